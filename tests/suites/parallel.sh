# parallel.sh: a tool run in pieces equals the serial run, byte for byte:
# GNU parallel --pipe -k over the sample archive (JSON Lines documents),
# and xargs -P over one file per article. This holds because a record is
# a line and no state outlives its document (DESIGN.md, Scale).
. tests/lib.sh

sample=$NF_ROOT/tests/data/sample.jsonl.gz
gzip -dc "$sample" >"$T/sample.jsonl"
# Small blocks, so that the archive is cut into many pieces.
mkdir "$T/files"
awk -v d="$T/files" '{ f = sprintf("%s/%03d.jsonl", d, NR); print > f; close(f) }' "$T/sample.jsonl"

for tool in split-sentences tag-entities pull-quotes count-figures; do
	[ -x "$B/$tool" ] || continue
	for args in "" "-o tsv"; do
		"$tool" $args "$T/sample.jsonl" >"$T/serial" 2>"$T/serial.err"
		[ -s "$T/serial" ] || { fail "$tool $args: serial run" "no output"; continue; }
		if command -v parallel >/dev/null 2>&1; then
			t "parallel --pipe -k equals serial: $tool $args" \
				'parallel --will-cite --pipe -k --block 4k -j 4 "$tool" $args <"$T/sample.jsonl" | cmp - "$T/serial" && echo same' 'same'
		else
			skip "parallel --pipe -k: $tool $args" "GNU parallel not installed"
		fi
		t "xargs -P over files equals serial: $tool $args" \
			'ls "$T/files"/*.jsonl | xargs -P 4 -n 1 sh -c "\"$tool\" $args \"\$1\" >\"\$1.out\"" sh && cat "$T/files"/*.out | sed "s|$T/files/[0-9]*.jsonl|X|g" >"$T/par"; sed "s|$T/sample.jsonl|X|g" "$T/serial" | cmp - "$T/par" && echo same' 'same'
		rm -f "$T/files"/*.out
	done
done
