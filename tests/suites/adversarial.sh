# adversarial.sh: inputs built to find work that grows faster than the
# input: runs of one quotation mark, quotes in text without ASCII, one
# name repeated, mixed marks. Each tool must get through each in linear
# time: a few seconds at most (timeout 20), where each once took from
# half a minute to hours. Every run must also exit 0 with no message.
. tests/lib.sh

gen() { # NAME BYTES PIECE...: the pieces repeated to about BYTES, one line
	n=$1 bytes=$2; shift 2
	awk -v b="$bytes" -v p="$*" 'BEGIN { s = p " "; while (length(out) < 65536) out = out s
		for (got = 0; got < b; got += length(out)) printf "%s", out; print "" }' >"$T/$n.txt"
}
gen marks 1000000 '""""""""""""""""'
gen cjk 3000000 '“我们将建造房屋” 他说 “更多”'
gen cyrillic 3000000 '«Мы построим дома» сказал он и «ещё» добавил'
gen name 4000000 'Mr Smith'
gen mixed 2000000 '"‘“«'
gen surnames 2000000 'Mr Smith met Jones and Smith and Jones'

for f in marks cjk cyrillic name mixed surnames; do
	for tool in split-sentences tag-entities pull-quotes count-figures; do
		[ -x "$B/$tool" ] || continue
		s=$(date +%s)
		timeout 20 "$tool" "$T/$f.txt" >/dev/null 2>"$T/err"
		st=$?
		secs=$(($(date +%s) - s))
		if [ $st = 124 ]; then
			fail "adversarial $f: $tool" "still running after 20 s"
		elif [ $st != 0 ] || [ -s "$T/err" ]; then
			fail "adversarial $f: $tool" "exit $st: $(head -c 200 "$T/err")"
		else
			pass "adversarial $f: $tool (${secs} s)"
		fi
	done
done

# Quotations running over paragraphs inside one JSON record (issue 17):
# each once walked the whole record. Doubling the record may at most
# double the CPU time and a bit (2.2x; the best of three runs of each).
python3 - "$T" <<'PY'
import json, sys
p = "\u201cWe will build the houses.\n\n\u201cAnd more,\u201d he said.\n\n"
for name, n in (("joined1", 4000000), ("joined2", 8000000)):
    with open(sys.argv[1] + "/" + name + ".jsonl", "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "x", "text": p * (n // len(p))}) + "\n")
PY
cpu() { # FILE: best CPU seconds of three pull-quotes runs
	python3 - "$B/pull-quotes" "$1" <<'PY'
import resource, subprocess, sys
best = None
for _ in range(3):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.argv[1], sys.argv[2]], stdout=subprocess.DEVNULL, check=True, timeout=60)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime
    best = t if best is None else min(best, t)
print("%.3f" % best)
PY
}
if c1=$(cpu "$T/joined1.jsonl") && c2=$(cpu "$T/joined2.jsonl"); then
	if awk -v a="$c1" -v b="$c2" 'BEGIN { exit !(b <= 2.2 * a + 0.05) }'; then
		pass "adversarial joined quotes: pull-quotes linear (4 MB ${c1} s, 8 MB ${c2} s)"
	else
		fail "adversarial joined quotes: pull-quotes" "4 MB ${c1} s, 8 MB ${c2} s: more than 2.2x"
	fi
else
	fail "adversarial joined quotes: pull-quotes" "a run failed or took over 60 s"
fi
