# memory.sh: memory stays flat as the input grows. Each tool's peak RSS on
# 100 MB of news is within 10% (plus 1 MB of slack for allocator noise) of
# its peak on 10 MB, both as JSON Lines articles and as one plain-text
# document of the same size (the case of a multi-gigabyte text file).
# Release build only: sanitizer shadow memory would blur the figures.
. tests/lib.sh

if [ "$NF_MODE" = san ]; then skip "flat memory" "release build only"; exit 0; fi
if [ ! -x /usr/bin/time ]; then skip "flat memory" "no GNU time (Debian package time)"; exit 0; fi

gzip -dc "$NF_ROOT/tests/data/sample.jsonl.gz" >"$T/one.jsonl"
make_input() { # MB FILE
	awk -v mb="$1" 'BEGIN { n = 0 } { line[n++] = $0 } END {
		want = mb * 1000000; got = 0; r = 0
		while (got < want) { for (i = 0; i < n; i++) {
			l = line[i]; sub(/"id": *"/, "&" r "-", l); print l; got += length(l) + 1 } r++ } }' \
		"$T/one.jsonl" >"$2"
}
make_input 10 "$T/small.jsonl"
make_input 100 "$T/large.jsonl"
# One plain-text document: the texts as paragraphs.
for s in small large; do
	jq -r '.text + "\n"' "$T/$s.jsonl" >"$T/$s.txt"
done

peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }

for tool in split-sentences tag-entities pull-quotes count-figures; do
	[ -x "$B/$tool" ] || continue
	for kind in jsonl txt; do
		a=$(peak "$B/$tool" "$T/small.$kind")
		b=$(peak "$B/$tool" "$T/large.$kind")
		echo "memory: $tool $kind: 10 MB ${a} KB, 100 MB ${b} KB"
		if [ "$b" -le $((a + a / 10 + 1024)) ]; then
			pass "flat memory: $tool ($kind)"
		else
			fail "flat memory: $tool ($kind)" "peak ${a} KB on 10 MB, ${b} KB on 100 MB"
		fi
	done
done
