# compressed.sh: every compression and archive format, told by content:
# the Wikinews archive as zstd, xz, bzip2, zip and tar.zst (and more) gives
# the records of the .gz; cut short, with a byte changed, with garbage
# after it, each behaves as a broken gzip file does (DESIGN.md): every good
# record before the fault written, one message naming the file, exit 1,
# the next input still read. The fixtures are made here from ../shared.
. tests/lib.sh

src=$S/data/news/wikinews.jsonl.gz
if ! need "$src"; then skip "compressed formats" "no $src"; exit 0; fi
for prog in zstd xz bzip2 zip tar; do
	command -v $prog >/dev/null 2>&1 || { skip "compressed formats" "no $prog(1)"; exit 0; }
done

gzip -dc "$src" >"$T/w.jsonl"
(cd "$T" && zstd -q -c w.jsonl >w.zst && xz -c w.jsonl >w.xz && bzip2 -c w.jsonl >w.bz2 &&
	zip -q w.zip w.jsonl && tar cf w.tar w.jsonl && zstd -q -c w.tar >w.tar.zst &&
	xz -c w.tar >w.tar.xz && bzip2 -c w.tar >w.tar.bz2 && zip -q w.tar.zip w.tar &&
	gzip -c w.zip >w.zip.gz) || { fail "compressed formats" "could not make the fixtures"; exit 0; }

# The same records from every form: split-sentences (every sentence) and
# count-figures -c (one record per article).
split-sentences "$src" >"$T/ref.s"
count-figures -c -o tsv "$src" >"$T/ref.c"
for f in w.zst w.xz w.bz2 w.zip w.tar.zst w.tar.xz w.tar.bz2 w.tar.zip w.zip.gz; do
	t "$f: the sentences of the .gz" 'split-sentences "$T/$f" | cmp - "$T/ref.s" && echo same' 'same'
	t "$f: the figures of the .gz" 'count-figures -c -o tsv "$T/$f" | cmp - "$T/ref.c" && echo same' 'same'
done
t "zstd on standard input" 'split-sentences <"$T/w.zst" | cmp - "$T/ref.s" && echo same' 'same'
t "zip on standard input" 'cat "$T/w.zip" | split-sentences | cmp - "$T/ref.s" && echo same' 'same'
# The other tools over one form: the sample archive as zstd.
sample=$NF_ROOT/tests/data/sample.jsonl.gz
gzip -dc "$sample" | zstd -q -c >"$T/sample.zst"
for tool in tag-entities pull-quotes; do
	[ -x "$B/$tool" ] || continue
	"$tool" "$sample" >"$T/sample.ref" 2>/dev/null
	t "$tool: zstd gives the records of gzip" '"$tool" "$T/sample.zst" | cmp - "$T/sample.ref" && echo same' 'same'
done

# Several members or frames one after another, and zero padding after the
# last: read whole, as gzip's are.
for f in w.zst w.xz w.bz2; do
	cat "$T/$f" "$T/$f" >"$T/two.$f"
	t "$f: two streams in one file" 'count-figures -c -o tsv "$T/two.$f" | wc -l' \
		"$(($(wc -l <"$T/ref.c") * 2))"
	{ cat "$T/$f"; head -c 1000 /dev/zero; } >"$T/pad.$f"
	t "$f: zero padding after the data" 'count-figures -c -o tsv "$T/pad.$f" | cmp - "$T/ref.c" && echo same' 'same'
done

# Broken variants: broken FILE MESSAGE DECODER|-|flip. For a cut file,
# what comes out before the fault is the start of the whole file's records,
# and no less than DECODER (reading stdin) gets out of it; after a changed
# byte, data may come out garbled before the decoder can tell, so only the
# records before the change (at 80% of the file: at least half) must be
# intact.
printf 'After the fault. Paris is in France.\n' >"$T/good.txt"
count-figures -c -o tsv "$T/good.txt" >"$T/good.c"
total=$(wc -l <"$T/ref.c")
broken() {
	f=$1 pat=$2 dec=$3
	name="broken ${f##*/}"
	count-figures -c -o tsv "$f" "$T/good.txt" >"$T/out" 2>"$T/err"
	st=$?
	sed '$d' "$T/out" >"$T/out.bad"
	# records equal to the whole file's, from the first on
	same=$(awk 'NR == FNR { r[FNR] = $0; next } $0 != r[FNR] { exit } { n = FNR } END { print n + 0 }' \
		"$T/ref.c" "$T/out.bad")
	if [ $st != 1 ]; then
		fail "$name" "exit status $st, expected 1: $(head -c 200 "$T/err")"
	elif [ "$(grep -c -e truncated -e corrupt -e garbage "$T/err")" != 1 ] ||
	    ! grep -q "^count-figures: $f[^ ]*: $pat" "$T/err"; then
		fail "$name" "not one message naming the file: $(head -c 300 "$T/err")"
	elif ! tail -n 1 "$T/out" | cmp -s - "$T/good.c"; then
		fail "$name" "the next input was not read"
	elif [ "$dec" = flip ]; then
		if [ "$same" -ge $((total / 2)) ]; then pass "$name"
		else fail "$name" "only $same of $total records intact before the change"; fi
	elif [ "$same" != "$(wc -l <"$T/out.bad")" ] || [ "$same" = 0 ]; then
		fail "$name" "the records before the fault are not those of the whole file"
	elif [ "$dec" != - ] && [ "$same" -lt \
	    "$($dec <"$f" 2>/dev/null | count-figures -c -o tsv 2>/dev/null | wc -l)" ]; then
		fail "$name" "fewer records than $dec gets out of it"
	else
		pass "$name"
	fi
}
cut_at() { # file percent out
	head -c $(($(wc -c <"$1") * $2 / 100)) "$1" >"$3"
}
flip_at() { # file percent out: one byte changed
	cp "$1" "$3"
	n=$(($(wc -c <"$1") * $2 / 100))
	b=$(od -An -tu1 -j "$n" -N1 "$1" | tr -d ' ')
	printf "\\$(printf %03o $(((b + 85) % 256)))" | dd of="$3" bs=1 seek="$n" conv=notrunc 2>/dev/null
}
gzip -c "$T/w.jsonl" >"$T/w.gz"
for f in w.gz:gzip:"gzip -dc" w.zst:zstd:"zstd -dcq" w.xz:xz:"xz -dc" w.bz2:bzip2:"bzip2 -dc"; do
	file=${f%%:*} rest=${f#*:} codec=${rest%%:*} dec=${rest#*:}
	cut_at "$T/$file" 70 "$T/cut.$file"
	broken "$T/cut.$file" "truncated $codec file" "$dec"
	flip_at "$T/$file" 80 "$T/flip.$file"
	broken "$T/flip.$file" "corrupt $codec data" flip
	{ cat "$T/$file"; printf 'not compressed'; } >"$T/junk.$file"
	broken "$T/junk.$file" "trailing garbage after $codec data ignored" "$dec"
done
# A second gzip member whose header sets a reserved flag bit (0x20): RFC
# 1952 says to refuse it, zlib and gzip(1) do, and so must the ISA-L build
# (fuzzing found it reading past). The first member's records are written.
printf 'One line.\n' | gzip -n -c >"$T/rsv.gz"
printf 'Two lines.\n' | gzip -n -c | od -An -v -tx1 | tr -s ' \n' '  ' |
	awk '{ $4 = "28"; for (i = 1; i <= NF; i++) printf "\\x%s", $i }' |
	xargs -0 printf >>"$T/rsv.gz"
t "gzip: a reserved header flag is corrupt data, as for gzip -t" \
	'split-sentences -o tsv "$T/rsv.gz" >"$T/rsv.out"; echo "exit $?" >>"$T/rsv.out"; cut -f 2- "$T/rsv.out"; gzip -t "$T/rsv.gz" 2>/dev/null || echo "gzip -t refuses it"' \
	"$(printf '1\t1\t0\t9\tOne line.\nexit 1\ngzip -t refuses it')"
t "gzip: the reserved flag's message" \
	'split-sentences "$T/rsv.gz" 2>&1 >/dev/null | sed "s|$T/||"' \
	'split-sentences: rsv.gz: corrupt gzip data: unknown header flags set'
# A zstd frame whose header says 256 bytes and whose one block, the last,
# is empty: zstd -t calls it corrupt, and so must we however the bytes
# arrive; libzstd checks the size only when the whole frame comes in one
# read (fuzzing found the verdict changing with the reads).
printf '\050\265\057\375\101\000\000\000\000\001\000\000' >"$T/fcs.zst"
t "zstd: a frame shorter than its header says is corrupt, read whole" \
	'split-sentences "$T/fcs.zst" 2>"$T/fcs.err"; echo "exit $?"; sed "s|$T/||" "$T/fcs.err"; zstd -tq "$T/fcs.zst" 2>/dev/null || echo "zstd -t refuses it"' \
	"$(printf 'exit 1\nsplit-sentences: fcs.zst: corrupt zstd data: Data corruption detected\nzstd -t refuses it')"
t "zstd: ... and from a pipe in two reads" \
	'{ head -c 9 "$T/fcs.zst"; sleep 0.2; tail -c +10 "$T/fcs.zst"; } | split-sentences 2>&1; echo "exit $?"' \
	"$(printf 'split-sentences: -: corrupt zstd data: Data corruption detected\nexit 1')"
# A frame whose one block is compressed and empty: libzstd's single pass
# (the whole frame in one read) refuses it and its streaming path takes
# it; every frame streams here, so whole or in two reads the verdict is
# one (fuzzing found them apart).
printf '\050\265\057\375\044\000\005\000\000\231\351\330\121' >"$T/ecb.zst"
t "zstd: the verdict on a frame is the same whole and in two reads" \
	'split-sentences "$T/ecb.zst" >"$T/ecb.1" 2>&1; echo "exit $?" >>"$T/ecb.1"
	{ head -c 5 "$T/ecb.zst"; sleep 0.2; tail -c +6 "$T/ecb.zst"; } | split-sentences >"$T/ecb.2" 2>&1
	echo "exit $?" >>"$T/ecb.2"
	sed "s/^[^:]*: [^:]*: //" "$T/ecb.1" >"$T/ecb.1s"; sed "s/^[^:]*: [^:]*: //" "$T/ecb.2" >"$T/ecb.2s"
	cmp -s "$T/ecb.1s" "$T/ecb.2s" && echo same' 'same'
cut_at "$T/w.zip" 60 "$T/cut.zip"
broken "$T/cut.zip" "truncated zip archive" -
flip_at "$T/w.zip" 60 "$T/flip.zip"
broken "$T/flip.zip" "corrupt zip" flip
cut_at "$T/w.tar.zst" 60 "$T/cut.tar.zst"
broken "$T/cut.tar.zst" "truncated zstd file" "zstd -dcq"
cut_at "$T/w.tar" 60 "$T/cut.tar"
broken "$T/cut.tar" "truncated tar archive" -

# Memory stays flat as compressed input grows: the Wikinews archive once
# and twenty times over, in each codec, cost the same peak (the decoders'
# windows and the decoding thread's ring are fixed).
if [ "$NF_MODE" != san ] && [ -x /usr/bin/time ]; then
	for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do cat "$T/w.jsonl"; done >"$T/w20.jsonl"
	for z in "gzip -1 -c" "zstd -q -1 -c" "xz -0 -c" "bzip2 -1 -c"; do
		$z "$T/w.jsonl" >"$T/m1"
		$z "$T/w20.jsonl" >"$T/m20"
		one=$(/usr/bin/time -f %M split-sentences "$T/m1" 2>&1 >/dev/null | tail -1)
		twenty=$(/usr/bin/time -f %M split-sentences "$T/m20" 2>&1 >/dev/null | tail -1)
		echo "memory: split-sentences on ${z%% *}: $one KB for 1.4 MB of text, $twenty KB for 28 MB"
		if [ "$twenty" -le $((one + one / 10 + 1024)) ]; then pass "flat memory: ${z%% *}"
		else fail "flat memory: ${z%% *}" "$one KB for 1.4 MB, $twenty KB for 28 MB"; fi
	done
fi
