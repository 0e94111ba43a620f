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
terr "write error: exit 1 and a message" \
	'LD_PRELOAD=$shim NF_FAIL_WRITE=70000 split-sentences "$T/big.txt" >"$T/out"' \
	"^split-sentences: standard output: write error: Input/output error" 1
