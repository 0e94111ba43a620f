# inject.sh: reads and writes that fail (an LD_PRELOAD shim) give exit 1
# and a message, never a silent partial result. The shim cannot be loaded
# under AddressSanitizer, so these run on the release build only.
. tests/lib.sh

shim=$NF_ROOT/build/rel/tests/inject.so
if [ "$NF_MODE" = san ] || [ ! -f "$shim" ]; then
	skip "error injection" "release build only"
	exit 0
fi
yes 'A sentence about the news. Another one follows it.' | head -n 50000 >"$T/big.txt"
gzip -c "$T/big.txt" >"$T/big.gz"

terr "read error: exit 1, message names the file" \
	'LD_PRELOAD=$shim NF_FAIL_READ=100000 split-sentences "$T/big.txt" >/dev/null' \
	"^split-sentences: $T/big.txt: read error: Input/output error" 1
terr "read error inside gzip: exit 1" \
	'LD_PRELOAD=$shim NF_FAIL_READ=300 split-sentences "$T/big.gz" >/dev/null' \
	"^split-sentences: $T/big.gz: read error: Input/output error" 1
t "read error: the records before it are written, the next file is read" \
	'printf "Next file.\n" >"$T/next.txt"; LD_PRELOAD=$shim NF_FAIL_READ=100000 split-sentences -o text "$T/big.txt" "$T/next.txt" >"$T/o" 2>/dev/null; st=$?; head -1 "$T/o"; tail -1 "$T/o"; exit $st' 'A sentence about the news.
Next file.' 1
# The other decoders, and members of an archive, read through the same
# paths: a read error part way is reported once, naming the file.
if command -v zstd >/dev/null 2>&1; then
	zstd -q -c "$T/big.txt" >"$T/big.zst"
	terr "read error inside zstd: exit 1" \
		'LD_PRELOAD=$shim NF_FAIL_READ=300 split-sentences "$T/big.zst" >/dev/null' \
		"^split-sentences: $T/big.zst: read error: Input/output error" 1
	t "read error inside zstd: one message" \
		'LD_PRELOAD=$shim NF_FAIL_READ=300 split-sentences "$T/big.zst" 2>&1 >/dev/null | wc -l' '1'
fi
(cd "$T" && tar cf big.tar big.txt)
terr "read error inside a tar member: exit 1" \
	'LD_PRELOAD=$shim NF_FAIL_READ=200000 split-sentences "$T/big.tar" >/dev/null' \
	"^split-sentences: $T/big.tar: read error: Input/output error" 1
t "read error inside a tar member: the records before it, one message" \
	'LD_PRELOAD=$shim NF_FAIL_READ=200000 split-sentences -o text "$T/big.tar" 2>"$T/e" | head -1; wc -l <"$T/e"' \
	'A sentence about the news.
1'
terr "write error: exit 1 and a message" \
	'LD_PRELOAD=$shim NF_FAIL_WRITE=70000 split-sentences "$T/big.txt" >"$T/out"' \
	"^split-sentences: standard output: write error: Input/output error" 1

# Every tool, on the same faults: a read error part way through a file,
# a write error part way through the output, and one on the last flush of
# a small output (all of it still in the buffer when the tool ends).
printf 'Angela Merkel said on Monday that "prices rose 4%% in Paris," in 2025.\n' >"$T/small.txt"
for i in $(seq 2000); do cat "$T/small.txt"; echo; done >"$T/many.txt"
for tool in split-sentences tag-entities pull-quotes count-figures; do
	[ -x "$B/$tool" ] || continue
	terr "$tool: read error: exit 1 and a message" \
		'LD_PRELOAD=$shim NF_FAIL_READ=50000 "$tool" "$T/many.txt" >/dev/null' \
		"^$tool: $T/many.txt: read error: Input/output error" 1
	t "$tool: read error: the next file is still read" \
		'LD_PRELOAD=$shim NF_FAIL_READ=50000 "$tool" -o text "$T/many.txt" "$T/small.txt" 2>/dev/null | tail -1 >"$T/o"; "$tool" -o text "$T/small.txt" | tail -1 | cmp - "$T/o" && echo same' 'same'
	terr "$tool: write error: exit 1 and a message" \
		'LD_PRELOAD=$shim NF_FAIL_WRITE=20000 "$tool" "$T/many.txt" >"$T/out"' \
		"^$tool: standard output: write error: Input/output error" 1
	terr "$tool: write error on the last flush: exit 1 and a message" \
		'LD_PRELOAD=$shim NF_FAIL_WRITE=0 "$tool" "$T/small.txt" >"$T/out"' \
		"^$tool: standard output: write error: Input/output error" 1
done
printf 'PER\tAngela Merkel\n' >"$T/gaz"
for i in $(seq 5000); do printf 'ORG\tAcme Widgets %d\n' "$i"; done >>"$T/gaz"
terr "tag-entities: a gazetteer that cannot be read: exit 2 and a message" \
	'LD_PRELOAD=$shim NF_FAIL_READ=1000 tag-entities -g "$T/gaz" "$T/small.txt" >/dev/null' \
	"^tag-entities: $T/gaz: read error: Input/output error" 2
