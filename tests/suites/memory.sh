# memory.sh: memory stays flat as the input grows. Each tool's peak RSS on
# 100 MB of news is within 10% (plus 1 MB of slack for allocator noise) of
# its peak on 10 MB, both as JSON Lines articles and as one plain-text
# document of the same size (scripts/memory makes both; `scripts/memory
# 100 1000` gives the full-size figures). Release build only: sanitizer
# shadow memory would blur the figures.
. tests/lib.sh

if [ "$NF_MODE" = san ]; then skip "flat memory" "release build only"; exit 0; fi
if [ ! -x /usr/bin/time ]; then skip "flat memory" "no GNU time (Debian package time)"; exit 0; fi

# tag-entities (the slowest) is measured on one core, the other tools on
# the other: peak RSS does not depend on what runs beside it.
tools= slow= rest=
for tool in split-sentences tag-entities pull-quotes count-figures; do
	[ -x "$B/$tool" ] || continue
	tools="$tools $tool"
	case $tool in tag-entities) slow=$tool ;; *) rest="$rest $tool" ;; esac
done
st=0
[ -z "$slow" ] || { "$NF_ROOT/scripts/memory" -b "$B" 10 100 -- $slow >"$T/mem.slow" & }
pid=$!
[ -z "$rest" ] || "$NF_ROOT/scripts/memory" -b "$B" 10 100 -- $rest >"$T/mem.rest" || st=1
[ -z "$slow" ] || wait $pid || st=1
[ $st = 0 ] || { fail "flat memory" "scripts/memory failed"; exit 0; }
cat "$T/mem.rest" "$T/mem.slow" 2>/dev/null >"$T/mem"
cat "$T/mem"
for tool in $tools; do
	for kind in jsonl txt; do
		a=$(awk -v t="$tool" -v k="$kind:" '$2 == t && $3 == k && $4 == 10 { print $6 }' "$T/mem")
		b=$(awk -v t="$tool" -v k="$kind:" '$2 == t && $3 == k && $4 == 100 { print $6 }' "$T/mem")
		if [ -z "$a" ] || [ -z "$b" ]; then
			fail "flat memory: $tool ($kind)" "no figure"
		elif [ "$b" -le $((a + a / 10 + 1024)) ]; then
			pass "flat memory: $tool ($kind)"
		else
			fail "flat memory: $tool ($kind)" "peak ${a} KB on 10 MB, ${b} KB on 100 MB"
		fi
	done
done

# One record of 16 MB (a text file with no blank line): a tool holds the
# record and what it derives from it, a few times its size, never the
# thirty-odd times tag-entities once took (or the sixty on a record with
# no sentence end to cut it at). What the record costs is the peak over
# the tool's own on one sentence, measured in the same run (with
# transparent huge pages set to "always" a base grows by megabytes:
# pull-quotes' 178 MB on the long line became 189 MB).
gzip -dc "$NF_ROOT/tests/data/sample.jsonl.gz" | jq -j '.text + " "' >"$T/one.txt"
while [ "$(wc -c <"$T/one.txt")" -lt 16000000 ]; do cat "$T/one.txt" "$T/one.txt" >"$T/two.txt"; mv "$T/two.txt" "$T/one.txt"; done
tr '\n' ' ' <"$T/one.txt" | head -c 16000000 >"$T/line.txt"; echo >>"$T/line.txt"
# The same size with no sentence end at all: a list of names.
awk 'BEGIN { s = "THE UN AND NATO AND Mr Smith OF Oslo "; while (length(l) < 65536) l = l s
	for (n = 0; n < 16000000; n += length(l)) printf "%s", l; print "" }' >"$T/list.txt"
printf 'The minister said it was good. Mr Smith agreed.\n' >"$T/sentence.txt"
for rec in line list; do
	size=$(( $(wc -c <"$T/$rec.txt") / 1024 ))
	for tool in $tools; do
		base=$(/usr/bin/time -f %M "$B/$tool" "$T/sentence.txt" 2>&1 >/dev/null | tail -1)
		kb=$(/usr/bin/time -f %M "$B/$tool" "$T/$rec.txt" 2>&1 >/dev/null | tail -1)
		echo "memory: $tool, one record of $size KB ($rec): $kb KB ($base KB on one sentence)"
		if [ $((kb - base)) -le $((size * 12)) ]; then
			pass "one long record ($rec): $tool"
		else
			fail "one long record ($rec): $tool" "peak $kb KB ($base KB on one sentence) for a record of $size KB"
		fi
	done
done

# One record that is nothing but figures ("1 1 1 ..."): count-figures writes
# them as it finds them, so it holds the record, not one entry per figure
# (it once took 41 times the record's size here).
if [ -x "$B/count-figures" ]; then
	awk 'BEGIN { l = ""; while (length(l) < 65536) l = l "1 "
		for (n = 0; n < 16000000; n += length(l)) printf "%s", l; print "" }' >"$T/ones.txt"
	size=$(( $(wc -c <"$T/ones.txt") / 1024 ))
	kb=$(/usr/bin/time -f %M "$B/count-figures" "$T/ones.txt" 2>&1 >/dev/null | tail -1)
	echo "memory: count-figures, one record of $size KB (all figures): $kb KB"
	if [ "$kb" -le $((size * 4)) ]; then
		pass "one record of figures: count-figures"
	else
		fail "one record of figures: count-figures" "peak $kb KB for a record of $size KB"
	fi
fi
