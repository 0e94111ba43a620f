# containers.sh: tar and zip archives and WARC files are opened by content,
# one document per member or page, archives inside archives too; -i sfeed
# reads sfeed(5) TSV, one document per feed item. Broken containers follow
# DESIGN.md's error rules.
. tests/lib.sh

# A tar made here: plain, gzip-compressed, and given on stdin.
mkdir -p "$T/arc/news"
printf 'First story. It has two sentences.\n' >"$T/arc/news/one.txt"
printf 'Second story.\n\nWith a second paragraph.\n' >"$T/arc/news/two.txt"
printf '{"id":"j1","text":"JSON inside a tar."}\n' >"$T/arc/news/three.jsonl"
(cd "$T/arc" && tar cf "$T/a.tar" news/one.txt news/two.txt news/three.jsonl)
gzip -c "$T/a.tar" >"$T/a.tgz"
expect='news/one.txt	1	1	First story.
news/one.txt	1	2	It has two sentences.
news/two.txt	1	1	Second story.
news/two.txt	3	2	With a second paragraph.
j1		1	JSON inside a tar.'
t "tar: one document per member, id = path" 'split-sentences -o tsv "$T/a.tar" | cut -f1-3,6' "$expect"
t "tar.gz detected by content" 'split-sentences -o tsv "$T/a.tgz" | cut -f1-3,6' "$expect"
t "tar on stdin" 'split-sentences -o tsv <"$T/a.tgz" | cut -f1-3,6' "$expect"
t "-i text applies to the members" 'split-sentences -i text -o tsv "$T/a.tar" | cut -f1 | sort -u' 'news/one.txt
news/three.jsonl
news/two.txt'

# A truncated tar: the members before the fault are read (two.txt is
# whole, only its padding is cut), the fault is reported naming the
# archive, the next input is still read.
size=$(wc -c <"$T/a.tar")
head -c 1600 "$T/a.tar" >"$T/cut.tar"
printf 'Next input.\n' >"$T/next.txt"
t "truncated tar: members before the fault, then the next input" \
	'split-sentences -o text "$T/cut.tar" "$T/next.txt"' 'First story.
It has two sentences.
Second story.
With a second paragraph.
Next input.' 1
terr "truncated tar: reported" 'split-sentences "$T/cut.tar"' "^split-sentences: $T/cut.tar: truncated tar archive" 1
# A header with a bad checksum (a byte of the second header changed).
cp "$T/a.tar" "$T/badsum.tar"
printf 'X' | dd of="$T/badsum.tar" bs=1 seek=1030 conv=notrunc 2>/dev/null
terr "tar with a bad header: reported" 'split-sentences "$T/badsum.tar"' "^split-sentences: $T/badsum.tar: bad tar header" 1
# Cut inside the gzip trailer: the tar inside is whole, the gzip is not.
head -c $(($(wc -c <"$T/a.tgz") - 4)) "$T/a.tgz" >"$T/cut.tgz"
t "truncated tar.gz: reported once, even after the end of the archive" 'split-sentences "$T/cut.tgz" 2>&1 >/dev/null' "split-sentences: $T/cut.tgz: truncated gzip file" 1

# zip: the same documents; stored or deflated, from a file or a pipe.
if command -v zip >/dev/null 2>&1; then
	(cd "$T/arc" && zip -q -r "$T/a.zip" news/one.txt news/two.txt news/three.jsonl &&
		zip -q -0 "$T/stored.zip" news/one.txt news/two.txt news/three.jsonl)
	t "zip: one document per member, id = path" 'split-sentences -o tsv "$T/a.zip" | cut -f1-3,6' "$expect"
	t "zip: stored members" 'split-sentences -o tsv "$T/stored.zip" | cut -f1-3,6' "$expect"
	t "zip on stdin" 'cat "$T/a.zip" | split-sentences -o tsv | cut -f1-3,6' "$expect"
	# zip writing to a pipe puts each size after the data.
	t "zip written to a pipe" 'printf "Piped in. Read out.\n" | zip -q - - | split-sentences -o tsv | cut -f1,6' '-	Piped in.
-	Read out.'
	head -c $(($(wc -c <"$T/a.zip") / 2)) "$T/a.zip" >"$T/cut.zip"
	terr "truncated zip: reported" 'split-sentences "$T/cut.zip"' "^split-sentences: $T/cut.zip: truncated zip archive" 1
	(cd "$T/arc" && zip -q -P secret "$T/enc.zip" news/one.txt && zip -q "$T/enc.zip" news/two.txt)
	t "zip: an encrypted member is skipped, the others read" \
		'split-sentences -o text "$T/enc.zip"' 'Second story.
With a second paragraph.' 1
	terr "zip: an encrypted member is reported by name" 'split-sentences "$T/enc.zip"' \
		"^split-sentences: $T/enc.zip:news/one.txt: encrypted member skipped" 1
else
	skip "zip archives" "no zip(1)"
fi

# Archives inside archives: read, their members' ids after the id of the
# member that holds them; nesting ends at four levels, reported.
mkdir -p "$T/nest"
(cd "$T/arc/news" && tar cf "$T/nest/inner.tar" one.txt && gzip -c "$T/nest/inner.tar" >"$T/nest/inner.tgz")
printf 'Outer text.\n' >"$T/nest/outer.txt"
(cd "$T/nest" && tar cf "$T/outer.tar" outer.txt inner.tar inner.tgz)
t "a tar inside a tar" 'split-sentences -o tsv "$T/outer.tar" | cut -f1,6' 'outer.txt	Outer text.
inner.tar:one.txt	First story.
inner.tar:one.txt	It has two sentences.
inner.tgz:one.txt	First story.
inner.tgz:one.txt	It has two sentences.'
cp "$T/arc/news/one.txt" "$T/nest/d0.txt"
prev=d0.txt
for i in 1 2 3 4 5; do (cd "$T/nest" && tar cf d$i.tar $prev); prev=d$i.tar; done
t "four levels of archives" 'split-sentences -o tsv "$T/nest/d4.tar" | cut -f1 | uniq' 'd3.tar:d2.tar:d1.tar:d0.txt'
terr "five levels: reported, exit 1" 'split-sentences "$T/nest/d5.tar"' \
	"^split-sentences: $T/nest/d5.tar:d4.tar:d3.tar:d2.tar:d1.tar: archive nested more than 4 deep" 1

# Sparse members (GNU and each pax version): the text around the holes, as
# in the file itself, with exit 0 (they were lost or garbled once).
printf 'Before the hole. It is here.\n' >"$T/nest/s.txt"
truncate -s 300000 "$T/nest/s.txt" && printf '\nAfter the hole.\n' >>"$T/nest/s.txt" && truncate -s 600000 "$T/nest/s.txt"
split-sentences -o tsv "$T/nest/s.txt" | sed "s|$T/nest/||" >"$T/sparse.ref"
for fmt in "--format=gnu" "--format=pax --sparse-version=0.0" "--format=pax --sparse-version=0.1" "--format=pax --sparse-version=1.0"; do
	if (cd "$T/nest" && tar $fmt -S -cf sparse.tar s.txt 2>/dev/null); then
		t "sparse member ($fmt)" 'split-sentences -o tsv "$T/nest/sparse.tar" | cmp - "$T/sparse.ref" && echo same' 'same'
	else
		skip "sparse member ($fmt)" "tar(1) cannot write it"
	fi
done

# A hole is cut to 1 MiB, said once: a tar of 10 KB may declare a hole of
# 20 GB (or petabytes), which would be read as that many spaces.
printf 'Before the hole. It is here.\n' >"$T/nest/h.txt"
truncate -s 20G "$T/nest/h.txt" && printf '\nAfter the hole.\n' >>"$T/nest/h.txt"
if (cd "$T/nest" && tar --format=gnu -S -cf huge.tar h.txt 2>/dev/null); then
	t "sparse member with a 20 GB hole: read at once" \
		'timeout 20 split-sentences -o tsv "$T/nest/huge.tar" 2>/dev/null | cut -f1,2,6' 'h.txt	1	Before the hole.
h.txt	1	It is here.
h.txt	3	After the hole.'
	terr "sparse member with a 20 GB hole: the cut is said, exit 0" \
		'split-sentences "$T/nest/huge.tar" >/dev/null' \
		"^split-sentences: $T/nest/huge.tar:h.txt: sparse member: a hole of [0-9]* bytes read as 1048576" 0
fi
rm -f "$T/nest/h.txt"

# A zip member stating a size of 2^54 with 16 bytes of data (found by the
# zip fuzz target: it was once padded with zeros to the stated size).
echo UEsDBC0AAAAAAO6wg11MyKHl//////////8BABQALQEAEAAQAAAAAABAABAAAAAAAAAAUGlwZWQgaW50byB6aXAuClBLAQIeAy0AAAAAAO6wg11MyKHlEAAAABAAAIARAAAAAC1QSwYGLJoAAAAAAAAeAy0AAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAALwAAAAAAAAAAQwAAAAAAAFBLBgcAAAAAcgEAAAAAAAABAC8AACcASwAAAAAA |
	base64 -d >"$T/lie.zip"
t "zip member stating more than its data: the data, at once" \
	'timeout 20 split-sentences -o tsv "$T/lie.zip"' '-	1	1	0	15	Piped into zip.'

# Messages inside an archive name the archive and the member; the invalid
# UTF-8 warning comes once for the archive, not once per member.
printf 'Caf\351 one.\n' >"$T/nest/bad1.txt"
printf 'Caf\351 two.\n' >"$T/nest/bad2.txt"
printf '{"text":"ok"}\n{"text":\n' >"$T/nest/bad.jsonl"
(cd "$T/nest" && tar cf "$T/warn.tar" bad1.txt bad2.txt bad.jsonl)
t "warnings inside a tar: once, naming archive and member" 'split-sentences "$T/warn.tar" 2>&1 >/dev/null' \
	"split-sentences: $T/warn.tar:bad1.txt:1: invalid UTF-8 replaced by U+FFFD (reported once per input)
split-sentences: $T/warn.tar:bad.jsonl:2: malformed JSON: truncated value at byte 9" 1

# A member is streamed, not held: a tar and a zip of one 64 MB member cost
# no more memory than those of a small one.
if [ "$NF_MODE" != san ] && [ -x /usr/bin/time ]; then
	yes 'A sentence in a paragraph of its own.
' | head -c 64000000 >"$T/nest/big.txt"
	head -c 1000000 "$T/nest/big.txt" >"$T/nest/small.txt"
	(cd "$T/nest" && tar cf "$T/big.tar" big.txt && tar cf "$T/small.tar" small.txt)
	kb() { /usr/bin/time -f %M split-sentences "$1" 2>&1 >/dev/null | tail -1; }
	small=$(kb "$T/small.tar") big=$(kb "$T/big.tar")
	echo "memory: split-sentences on a tar of one 1 MB member: $small KB, of one 64 MB member: $big KB"
	if [ "$big" -le $((small + 4096)) ]; then pass "tar member streamed"
	else fail "tar member streamed" "$small KB for 1 MB, $big KB for 64 MB"; fi
	if command -v zip >/dev/null 2>&1; then
		(cd "$T/nest" && zip -q -1 "$T/big.zip" big.txt && zip -q -1 "$T/small.zip" small.txt)
		small=$(kb "$T/small.zip") big=$(kb "$T/big.zip")
		echo "memory: split-sentences on a zip of one 1 MB member: $small KB, of one 64 MB member: $big KB"
		if [ "$big" -le $((small + 4096)) ]; then pass "zip member streamed"
		else fail "zip member streamed" "$small KB for 1 MB, $big KB for 64 MB"; fi
	fi
fi

tarf=$S/data/archives/wikinews_articles.tar.gz
if need "$tarf"; then
	t "tar fixture: 295 documents" 'split-sentences -o tsv "$tarf" | cut -f1 | sort -u | wc -l' '295'
	t "tar fixture: first member" 'split-sentences "$tarf" | head -1 | jq -r .id' 'wikinews/2019-01-04_000.txt'
else
	skip "tar fixture" "no $tarf"
fi

warc=$S/data/archives/warc/wikinews_pages.warc.gz
if need "$warc"; then
	t "WARC: one document per HTML page, id = target URI" \
		'split-sentences -o tsv "$warc" | cut -f1 | sort -u | grep -c "^https://en.wikinews.org/wiki/"' '60'
	t "WARC: HTML turned into text" 'split-sentences -o text "$warc" | grep -c -e "<p" -e "<div" -e "&amp;" -e "<script"' '0' 1
	t "WARC: paragraphs from block elements" 'split-sentences "$warc" | head -2 | jq -r "[.line,.text]|@tsv"' '1	Magnitogorsk apartment building collapses after explosion, dozens dead
3	An apartment building collapsed on Monday in Magnitogorsk, a city in the Ural region of Russia.'
else
	skip "WARC fixture" "no $warc"
fi
trunc=$S/data/bad/warcio/example-trunc.warc
if need "$trunc"; then
	terr "WARC with a bad record header: reported, the rest read" \
		'split-sentences "$trunc" >/dev/null' "^split-sentences: $trunc: bad WARC record header" 1
fi

# A WARC page made here: chunked HTML with entities and a script.
body='<html><head><title>T</title><script>var x = "<p>no</p>";</script></head><body><h1>Big &amp; bold</h1><p>Caf&eacute; opens.<br>It&#8217;s new.</p></body></html>'
n=$(printf '%s' "$body" | wc -c)
http=$(printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n%s' "$body")
hn=$(printf '%s' "$http" | wc -c)
printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/a\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' "$hn" "$http" >"$T/p.warc"
t "WARC page made here" 'split-sentences -o tsv "$T/p.warc" | cut -f1,2,6' 'http://example.org/a	1	Big & bold
http://example.org/a	3	Café opens.
http://example.org/a	5	It’s new.'

# sfeed: the real sfeed(1) over every feed fixture, through every tool.
if command -v sfeed >/dev/null 2>&1 && need "$S/data/feeds"; then
	for f in "$S"/data/feeds/*/*.xml "$S"/data/feeds/*/*.rss "$S"/data/feeds/*/*.atom; do
		[ -f "$f" ] && sfeed <"$f" 2>/dev/null
	done >"$T/feeds.tsv"
	items=$(grep -c . "$T/feeds.tsv")
	echo "sfeed: $items items from the feed fixtures"
	for tool in split-sentences tag-entities pull-quotes count-figures; do
		[ -x "$B/$tool" ] || continue
		t "sfeed items through $tool" '"$tool" -i sfeed "$T/feeds.tsv" | jq -c "[(.timestamp|type),(.link|type)]" | sort -u | grep -v -e "^\[\"number\",\"string\"\]\$" -e "^\[\"null\",\"string\"\]\$" | wc -l' '0'
	done
	# Items with neither title nor content hold no text, so no records.
	texts=$(awk -F '\t' '$2 != "" || $4 != ""' "$T/feeds.tsv" | wc -l)
	t "sfeed: one document per item with text" 'split-sentences -i sfeed "$T/feeds.tsv" | jq -r .line | uniq | wc -l' "$texts"
	t "sfeed: -k picks the carried fields" \
		'sfeed <"$S/data/feeds/feed-rs/atom_example_1.xml" | split-sentences -i sfeed -k title,author -o tsv -H | head -2 | cut -f1,4,5,8' \
		'id	title	author	text
tag:example.org,2003:3.2397	Atom draft-07 snapshot	Mark Pilgrim	Atom draft-07 snapshot'
	printf 'not sfeed at all\n' >"$T/notsfeed.tsv"
	terr "sfeed: a line that is not sfeed is reported" 'split-sentences -i sfeed "$T/notsfeed.tsv"' "^split-sentences: $T/notsfeed.tsv:1: not an sfeed line" 1
else
	skip "sfeed pipeline" "sfeed not installed (Debian package sfeed)"
fi
