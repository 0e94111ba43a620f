# static.sh: `make static` gives binaries that need no shared library (one
# file to copy to a Hadoop or Spark worker) and write what bin/ writes.
. tests/lib.sh

[ "$NF_MODE" = san ] && { skip "static binaries" "checked once, on the release run"; exit 0; }
sample=$NF_ROOT/tests/data/sample.jsonl.gz
for tool in split-sentences tag-entities pull-quotes count-figures; do
	[ -f "$NF_ROOT/bin/$tool" ] || continue
	s=$NF_ROOT/bin/static/$tool
	if [ ! -x "$s" ]; then fail "static $tool" "not built by make static"; continue; fi
	t "static $tool: no dynamic section" 'LC_ALL=C readelf -d "$s" | grep -c NEEDED' '0' 1
	"$NF_ROOT/bin/$tool" "$sample" >"$T/dyn" 2>/dev/null
	t "static $tool: same output as bin/$tool" '"$s" "$sample" | cmp - "$T/dyn" && echo same' 'same'
done
