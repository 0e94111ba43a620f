# quotes-accuracy.sh: pull-quotes against hand-annotated quotations: the
# 17 quotes of the seed article (fail below 17 matched with speaker, cue
# and kind), and the Wikinews set (scores printed; fail below the level
# reached when this suite was written).
. tests/lib.sh

seed=$S/seed/kremlin-envoys.txt
gold=$S/data/quotes/seed-quotes.jsonl
if need "$seed" "$gold"; then
	pull-quotes "$seed" >"$T/seed.out"
	n=$(python3 - "$gold" "$T/seed.out" <<'PY'
import json, sys
gold = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
got = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
used, n = set(), 0
for g in gold:
    for i, p in enumerate(got):
        if i in used or p["quote"] != g["quote"]:
            continue
        if (g["speaker"] == "*" or p["speaker"] == g["speaker"]) and \
           p["cue"] == g["cue"] and p["kind"] == g["kind"]:
            used.add(i)
            n += 1
            break
        print("seed: wrong: want %s got %s" % (json.dumps(g), json.dumps(
            {k: p[k] for k in ("speaker", "cue", "kind")})), file=sys.stderr)
print(n)
PY
)
	echo "seed article: $n of 17 quotes with speaker, cue and kind; $(wc -l <"$T/seed.out") found"
	if [ "${n:-0}" -ge 17 ]; then pass "seed article quotes ($n/17)"; else fail "seed article quotes" "$n/17 matched, want 17"; fi
else
	skip "seed article quotes" "no $seed or $gold"
fi

wik=$S/data/quotes/wikinews-quotes.jsonl
if need "$wik" "$S/data/news/wikinews.jsonl.gz"; then
	for set in wikinews dev test; do
		NF_SHARED=$S "$NF_ROOT/scripts/eval-quotes" -c "$B/pull-quotes" -s $set >"$T/eval.$set" 2>&1
		sed "s/^/$set: /" "$T/eval.$set"
	done
	# Levels reached on the Wikinews set (speakers of every kind, lenient):
	# precision 0.984, recall 1.000, speaker 0.925, cue 0.952, kind 0.962
	# (of matched quotes); the floors leave a little room. Recall is
	# 0.978 since short quotations with no verb or source (a banner, a
	# term) are dropped as not speech: the set keeps four of them.
	awk '/^precision/ { p = $2; r = $4 } /^speaker/ { s = $2; c = $8; k = $10 }
		END { exit !(p >= 0.97 && r >= 0.97 && s >= 0.91 && c >= 0.94 && k >= 0.95) }' "$T/eval.wikinews" &&
		pass "wikinews quotes: precision, recall, speaker, cue and kind at level" ||
		fail "wikinews quotes" "below the level: $(tr '\n' ' ' <"$T/eval.wikinews")"
	# The development part (tests/data/quotes/wikinews-more.jsonl): speaker
	# 0.820, cue 0.902, F1 0.992. The set-aside part is printed, not held
	# to a level: it is looked at only to report.
	awk '/^precision/ { f = $6 } /^speaker/ { s = $2; c = $8 }
		END { exit !(f >= 0.97 && s >= 0.80 && c >= 0.88) }' "$T/eval.dev" &&
		pass "development quotes: F1, speaker and cue at level" ||
		fail "development quotes" "below the level: $(tr '\n' ' ' <"$T/eval.dev")"
else
	skip "wikinews quotes" "no $wik"
fi
