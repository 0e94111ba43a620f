# limits.sh: the record limit (-L, newsfilter(5) "Record size") and what
# happens to the output when a tool must stop early: a record past the
# limit is reported once, skipped without being held, and the others are
# written (exit 1); a WARC page is decoded no further than the limit; an
# early exit (out of memory) still writes every record already made.
. tests/lib.sh

# A paragraph, a line, a JSON line and an sfeed line of 3 MB between good
# records, with -L 1M.
big=$(awk 'BEGIN { s = "word word word word word word word "; while (length(s) < 3000000) s = s s; print s }')
printf 'Before it.\n\n%s\nstill the big one.\n\nAfter it.\n' "$big" >"$T/para.txt"
# A 3 MB line is no wrapped prose: the file is read one paragraph per
# line (newsfilter(5), "Plain text"), so the line after it is a record.
t "-L: a long paragraph is skipped, the others written, exit 1" \
	'split-sentences -L 1M -o tsv "$T/para.txt" >"$T/o"; st=$?; cut -f2,6 "$T/o"; exit $st' '1	Before it.
4	still the big one.
6	After it.' 1
t "-L: one message naming the file, the line and the limit" \
	'split-sentences -L 1M "$T/para.txt" 2>&1 >/dev/null | sed "s|$T/||"' \
	'split-sentences: para.txt:3: record longer than 1 MiB skipped (-L sets the limit)'
t "-L: the default, 64 MiB, takes it" 'split-sentences -o text "$T/para.txt" | wc -l' '4'
t "-L 0: no limit" 'split-sentences -L 0 -o text "$T/para.txt" | wc -l' '4'
t "-L: in bytes, exactly" 'printf "12345678\n\n123456789\n\nabc\n" | split-sentences -L 8 -o text' '12345678
abc' 1
t "-L with -l: one line" 'split-sentences -l -L 1M -o tsv "$T/para.txt" >"$T/o"; st=$?; cut -f2,6 "$T/o"; exit $st' '1	Before it.
4	still the big one.
6	After it.' 1
printf '{"id":"a","text":"Before it."}\n{"id":"b","text":"%s"}\n{"id":"c","text":"After it."}\n' "$big" >"$T/big.jsonl"
t "-L: a long JSON line is skipped" 'split-sentences -L 1M -o tsv "$T/big.jsonl" >"$T/o"; st=$?; cut -f1,6 "$T/o"; exit $st' 'a	Before it.
c	After it.' 1
terr "-L: JSON message" 'split-sentences -L 1M "$T/big.jsonl" >/dev/null' \
	"^split-sentences: $T/big.jsonl:2: record longer than 1 MiB skipped" 1
gzip -c "$T/big.jsonl" >"$T/big.jsonl.gz"
t "-L: gzip input the same" 'split-sentences -L 1M -o tsv "$T/big.jsonl.gz" >"$T/o"; st=$?; cut -f1,6 "$T/o"; exit $st' 'a	Before it.
c	After it.' 1
printf '1700000000\tBefore\t\t\thtml\ta\n1700000001\tBig\t\t%s\thtml\tb\n1700000002\tAfter\t\t\thtml\tc\n' "$big" >"$T/feed.tsv"
t "-L: a long sfeed line is skipped" 'split-sentences -i sfeed -L 1M -o tsv "$T/feed.tsv" >"$T/o"; st=$?; cut -f1,8 "$T/o"; exit $st' 'a	Before
c	After' 1
# Every tool shares it.
for tool in tag-entities pull-quotes count-figures; do
	t "-L: $tool skips the same record" '$tool -L 1M -o tsv "$T/big.jsonl" >/dev/null; echo $?; wc -l <"$T/err"' '1
1'
done

# Bad sizes.
for bad in x -1 1T 12kb 1.5M ''; do
	terr "-L '$bad': usage error" 'split-sentences -L "$bad" "$T/big.jsonl"' "^split-sentences: -L: bad size '$bad'" 2
done
t "-L k, M, G suffixes" 'for s in 9 2k 2K 1m 1G; do printf "A b.\n" | split-sentences -L $s -o text; done' 'A b.
A b.
A b.
A b.
A b.'

# A WARC page whose gzip-encoded body inflates to 70 MiB (70 KB on disk):
# skipped at the default limit, after inflating no further than it; the
# pages before and after are written.
if command -v python3 >/dev/null; then
	python3 tests/mkwarc bomb 70 >"$T/bomb.warc"
	t "WARC gzip bomb: skipped, the other pages written, exit 1" \
		'split-sentences -o tsv "$T/bomb.warc" >"$T/o"; st=$?; cut -f1,6 "$T/o"; exit $st' 'http://good/	The minister said it was good.
http://good/	Mr Smith agreed.
http://after/	The minister said it was good.
http://after/	Mr Smith agreed.' 1
	t "WARC gzip bomb: one message" \
		'split-sentences "$T/bomb.warc" 2>&1 >/dev/null | sed "s|$T/||"' \
		'split-sentences: bomb.warc: WARC record at byte 252: longer than 64 MiB skipped (-L sets the limit)'
	t "WARC gzip bomb: -L 0 decodes it" 'split-sentences -L 0 -o tsv "$T/bomb.warc" | cut -f1 | uniq -c | sed "s/^ *//"' '2 http://good/
1 http://bomb/
2 http://after/'
	t "WARC: a block past -L is read past, not decoded; small pages pass" \
		'split-sentences -L 100 -o tsv "$T/bomb.warc" >"$T/o"; st=$?; cut -f1 "$T/o" | uniq; exit $st' 'http://good/
http://after/' 1
	gzip -c "$T/bomb.warc" >"$T/bomb.warc.gz"
	t "WARC gzip bomb inside a gzip file" 'split-sentences -o text "$T/bomb.warc.gz" >"$T/o"; st=$?; wc -l <"$T/o"; exit $st' '4' 1
	if [ "$NF_MODE" = rel ] && [ -x /usr/bin/time ]; then
		t "WARC gzip bomb: memory bounded by -L 4M" \
			'kb=$(/usr/bin/time -f %M split-sentences -L 4M "$T/bomb.warc" 2>&1 >/dev/null | tail -1); [ "$kb" -lt 20000 ] && echo ok || echo "$kb KB"' 'ok'
	fi
else
	skip "WARC gzip bomb" "no python3"
fi

# Out of memory (an address-space limit, release build only: the sanitizers
# reserve far more): the records made before are written, the exit is 1.
if [ "$NF_MODE" = rel ] && command -v python3 >/dev/null; then
	t "out of memory: good records already made are written, exit 1" \
		'(ulimit -v 300000; split-sentences -L 0 -o tsv "$T/bomb.warc" | cut -f1 | uniq; exit 0); (ulimit -v 300000; split-sentences -L 0 "$T/bomb.warc" >/dev/null; echo $?)' 'http://good/
1'
	terr "out of memory: says so" '(ulimit -v 300000; split-sentences -L 0 "$T/bomb.warc" >/dev/null)' '^split-sentences: out of memory' 1
else
	skip "out of memory" "release build with python3 only"
fi
