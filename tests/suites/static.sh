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
# The compression and archive libraries are linked in too: every form of
# the sample gives what bin/ gives.
s=$NF_ROOT/bin/static/split-sentences
if [ -x "$s" ]; then
	gzip -dc "$sample" >"$T/sample.jsonl"
	"$NF_ROOT/bin/split-sentences" "$sample" >"$T/dyn" 2>/dev/null
	for z in "zstd -q -c" "xz -c" "bzip2 -c"; do
		command -v ${z%% *} >/dev/null 2>&1 || continue
		$z "$T/sample.jsonl" >"$T/sample.z"
		t "static split-sentences: ${z%% *} input" '"$s" "$T/sample.z" | cmp - "$T/dyn" && echo same' 'same'
	done
	if command -v zip >/dev/null 2>&1; then
		(cd "$T" && zip -q sample.zip sample.jsonl && tar cf sample.tar sample.jsonl)
		t "static split-sentences: zip input" '"$s" "$T/sample.zip" | cmp - "$T/dyn" && echo same' 'same'
		t "static split-sentences: tar input" '"$s" "$T/sample.tar" | cmp - "$T/dyn" && echo same' 'same'
	fi
fi
