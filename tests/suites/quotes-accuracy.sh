# quotes-accuracy.sh: pull-quotes against hand-annotated quotations: the
# 17 quotes of the seed article (fail below 17 matched with speaker, cue
# and kind), and the Wikinews set and the annotated parts of
# tests/data/quotes (scores printed; fail below the level reached).
. tests/lib.sh

# evals SET...: scripts/eval-quotes's figures for each SET, in
# $T/eval.SET, printed with the set's name before each line (one run for
# them all: one interpreter, not one per set).
evals() {
	NF_SHARED=$S "$NF_ROOT/scripts/eval-quotes" -c "$B/pull-quotes" \
		-s "$(echo "$@" | tr ' ' ',')" >"$T/evals.out" 2>&1
	awk -v d="$T" '/^== / { f = d "/eval." $2; next } f { print >f }' "$T/evals.out"
	for set; do
		[ -f "$T/eval.$set" ] || cp "$T/evals.out" "$T/eval.$set"
		sed "s/^/$set: /" "$T/eval.$set"
	done
}

# floor SET F1 SPEAKER CUE: scripts/eval-quotes's figures for SET (in
# $T/eval.SET) at or above the levels given
floor() {
	awk -v f0="$2" -v s0="$3" -v c0="$4" '/^precision/ { f = $6 } /^speaker/ { s = $2; c = $8 }
		END { exit !(f >= f0 && s >= s0 && c >= c0) }' "$T/eval.$1" &&
		pass "$1 quotes: F1, speaker and cue at level" ||
		fail "$1 quotes" "below the level: $(tr '\n' ' ' <"$T/eval.$1")"
}

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
	evals wikinews dev test new-dev new-test wire-dev wire-test third-dev
	# Levels reached on the Wikinews set (speakers of every kind, lenient):
	# precision 1.000, recall 0.978, speaker 0.973, cue 0.967, kind 0.962
	# (of matched quotes); the speaker floor is issue 13's bar (.97), the
	# others leave a little room. Recall is below
	# 1 since short quotations with no verb or source (a banner, a term)
	# are dropped as not speech: the set keeps four of them.
	awk '/^precision/ { p = $2; r = $4 } /^speaker/ { s = $2; c = $8; k = $10 }
		END { exit !(p >= 0.98 && r >= 0.97 && s >= 0.97 && c >= 0.95 && k >= 0.95) }' "$T/eval.wikinews" &&
		pass "wikinews quotes: precision, recall, speaker, cue and kind at level" ||
		fail "wikinews quotes" "below the level: $(tr '\n' ' ' <"$T/eval.wikinews")"
	# The development parts, at the levels reached (F1, speaker, cue):
	# dev (wikinews-more.jsonl) 0.992 0.885 0.951; new-dev
	# (wikinews-new.jsonl) 0.993 0.942 0.973; wire-dev (wire-stories.jsonl)
	# 1.000 0.974 0.983; third-dev (wikinews-third.jsonl, third round)
	# 0.923 0.903 0.944 (its precision is low: scare quotes and names in
	# marks that are not annotated). Eleventh round: wire-dev 1.000 0.991
	# 0.983, wire-test 1.000 0.889 0.972.
	floor dev 0.97 0.89 0.94
	floor new-dev 0.98 0.93 0.96
	floor wire-dev 0.98 0.98 0.97
	floor third-dev 0.90 0.88 0.92
	# The set-aside parts were looked at only to report, after the rules
	# were written; these floors only guard against a regression, a
	# little under the levels measured at the end of the third round:
	# test 0.973 0.681 0.958, new-test 0.930 0.743 0.922, wire-test 1.000
	# 0.861 0.958 (remeasured 2026-12-04; the third round noted 0.681 and 0.875);
	# after the fifth round test 0.973 0.694 0.972, new-test 0.930 0.766 0.934;
	# after the tenth, new-test 0.958 0.802 0.924.
	floor test 0.95 0.78 0.95
	floor new-test 0.95 0.82 0.92
	floor wire-test 0.98 0.90 0.94
else
	skip "wikinews quotes" "no $wik"
fi

# The bench corpus's annotated articles (tests/data/quotes/bench-quotes.jsonl,
# seventh round): 80 articles that are not Wikinews, annotated by readers who
# never saw pull-quotes' output. Levels at the end of the seventh round
# (F1, speaker, cue): bench-dev 0.974 0.927 0.955, bench-test (set aside,
# scored only to report) 0.974 0.905 0.951.
bench=$S/bench/bench_news.txt.gz
if need "$bench"; then
	# The tenth round's second bench set (bench-2-quotes.jsonl, 50 more
	# articles no set held): bench2-dev, tuned on, 0.978 0.934 0.972 at
	# the end of the round (0.971 0.889 0.972 at its start, unseen);
	# bench2-test, set aside, 0.985 0.853 0.946 (unchanged by the round).
	# Eleventh round: bench-dev 0.981 0.933 0.955, bench2-dev 0.978 0.938
	# 0.972; the set-aside parts unchanged. Twelfth round: bench2-dev
	# 0.978 0.945 0.972.
	evals bench-dev bench-test bench2-dev bench2-test
	floor bench-dev 0.97 0.92 0.94
	floor bench-test 0.95 0.90 0.93
	floor bench2-dev 0.97 0.94 0.96
	floor bench2-test 0.97 0.84 0.93
else
	skip "bench quotes" "no $bench"
fi

# The political sets written for this project (texts in the repo, no
# shared data needed): pol-dev, tuned on, and pol-test, set aside, from
# tests/data/quotes/political.jsonl (eighth round); pol2, a second batch
# written by other writers after that round's rules were in, never tuned
# on; pol3-dev, the ninth round's development set, and pol3-test, its
# set-aside part (political-3.jsonl); pol4, a fourth batch never tuned
# on. Levels at the end of the ninth round (F1, speaker, cue): pol-dev
# 0.984 0.901 0.949; pol-test 0.982 0.869 0.964; pol2 0.981 0.827 0.924;
# pol3-dev 0.987 0.928 0.948; pol3-test 0.987 0.838 0.949; pol4 0.975
# 0.795 0.932.
# Tenth round: pol5-dev, its development set, and pol5-test, its
# set-aside part (political-5.jsonl), 0.992 0.940 0.974 and 1.000 0.867
# 0.933 at its end; pol6, a sixth batch scored only, 0.984 0.860 0.955;
# and pol2 0.981 0.848 0.924, pol4 0.975 0.812 0.932 after it.
# Eleventh round: sty-dev, its development set (styles.jsonl, twelve
# house styles, one story each), 0.987 0.803 0.966 at its start and
# 0.987 0.898 0.966 at its end; sty-test, set aside, 1.000 0.904 0.986
# (unchanged); sty2, six more styles by two other writers scored only,
# 0.995 0.822 -> 0.841 0.981. Raised after it: pol3-dev 0.938, pol3-test
# 0.846, pol-test 0.885, pol2 0.852.
# Twelfth round: sty3-dev, its development set (styles-3.jsonl, fifteen
# more styles by five other writers), 0.995 0.885 0.952 at its start and
# 0.995 0.952 0.952 at its end; sty3-test, set aside, 0.981 0.910 0.949
# (speaker unchanged); sty4, twelve more styles by four other writers
# scored only, 0.998 0.907 0.975 before and after. Raised after it:
# sty-dev 0.912, pol-test 0.892, pol2 0.861, pol5-dev 0.957, pol6 0.866.
# Thirteenth round: sty5-dev, its development set (styles-5.jsonl,
# twelve more styles by four other writers), 0.981 0.694 0.917 at its
# start and 0.981 0.809 0.917 at its end; sty5-test, set aside, 0.977
# 0.917 0.935 (unchanged). Raised after it: dev 0.902, sty-dev 0.939,
# new-test 0.808, wire-test 0.903, sty2 0.850.
# Fourteenth round: sty6-dev, its development set (styles-6.jsonl, six
# stories by two writers), 0.996 0.848 0.924 at its start and 0.996
# 0.947 0.939 at its end; sty6-test, the other two writers' six stories
# set aside, 0.986 0.847 0.898 -> 0.986 0.861 0.898; sty7, twelve more
# stories by four more writers scored only, 0.971 0.865 0.936 -> 0.971
# 0.876 0.936. Raised after it: sty2 0.860, bench-test 0.90, test 0.72,
# pol4 0.81, pol3-test
# 0.85.
# Fifteenth round: sty8-dev, its development set (styles-8.jsonl, six
# stories by two writers), 0.985 0.843 0.888 at its start and 0.985
# 0.933 0.896 at its end; sty8-test, the other two writers' six stories
# set aside, 0.976 0.798 0.911 -> 0.976 0.839 0.911; sty9, twelve more
# stories by four more writers scored only, 0.980 0.837 0.905 -> 0.980
# 0.845 0.905. Raised after it: sty6-test 0.87, sty7 0.88.
# Sixteenth round: sty10-dev, its development set (styles-10.jsonl, six
# stories by two writers), 0.977 0.889 0.897 at its start and 0.977
# 0.960 0.913 at its end; sty10-test, the other two writers' six stories
# set aside, 0.964 0.836 0.925 (unchanged); sty11, twelve more stories by
# four more writers scored only, 0.976 0.817 0.893 -> 0.978 0.829 0.894.
# Raised after it: test 0.78, sty4 0.92, sty7 0.89.
# Seventeenth round: five batches by twenty writers, each but one split
# by writer into a development part and a set-aside one (styles-12,
# -14, -15, -16, -17) and one scored only (styles-13). Speaker at the
# round's start -> end: sty12-dev 0.910 -> 0.934, sty12-test 0.872 ->
# 0.879, sty13 0.855 -> 0.859, sty14-dev 0.875 -> 0.953, sty14-test
# 0.855 -> 0.872, sty15-dev 0.794 -> 0.929, sty15-test 0.802 -> 0.835,
# sty16-dev 0.924 -> 0.958, sty16-test 0.907 -> 0.899 (its F1 0.977 ->
# 0.981), sty17-dev 0.832 -> 0.896, sty17-test 0.805 (unchanged; F1
# 0.938 -> 0.942). Raised after it: pol2 0.865, pol4 0.82, sty2 0.88,
# sty3-test 0.94, sty8-test 0.88, sty10-test 0.85, new-test 0.82.
# Eighteenth round: seven batches by twenty-eight writers, styles-18 to
# -24 (sty19 and sty24 scored only; the others split by writer).
# Speaker at the round's start -> end: sty18-dev 0.866 -> 0.906,
# sty18-test 0.844 (unchanged), sty19 0.880 (unchanged), sty20-dev 0.805
# -> 0.887, sty20-test 0.867 -> 0.876, sty21-dev 0.898 -> 0.930,
# sty21-test 0.891 (unchanged), sty22-dev 0.729 -> 0.932, sty22-test
# 0.832 -> 0.840, sty23-dev 0.841 -> 0.894, sty23-test 0.740 and sty24
# 0.828 (unchanged; written during the round), sty25 0.870 -> 0.874
# (written at its end). sty15-test fell 0.835 ->
# 0.826 with the documents kept in mind, one quotation of a set aside,
# not looked at: its floor is 0.82 now, the fall reported
# (docs/quotes.md).
# Nineteenth round: seven batches by twenty-eight writers, styles-26 to
# -32 (sty29 and sty31 scored only; the others split by writer). Speaker
# at the round's start -> end: sty26-dev 0.875 -> 0.898, sty26-test
# 0.863 -> 0.878, sty27-dev 0.795 -> 0.827, sty27-test 0.902 -> 0.910,
# sty28-dev 0.876 -> 0.946, sty28-test 0.724 -> 0.740, sty29 0.864 ->
# 0.868, sty30-dev 0.887 -> 0.927, sty30-test 0.960, sty31 0.847 (both
# unchanged), sty32-dev 0.881 -> 0.944, sty32-test 0.835 (unchanged).
evals pol-dev pol-test pol2 pol3-dev pol3-test pol4 pol5-dev pol5-test pol6 \
	sty-dev sty-test sty2 sty3-dev sty3-test sty4 sty5-dev sty5-test \
	sty6-dev sty6-test sty7 sty8-dev sty8-test sty9 sty10-dev sty10-test \
	sty11 sty12-dev sty12-test sty13 sty14-dev sty14-test sty15-dev \
	sty15-test sty16-dev sty16-test sty17-dev sty17-test sty18-dev sty18-test \
	sty19 sty20-dev sty20-test sty21-dev sty21-test sty22-dev sty22-test \
	sty23-dev sty23-test sty24 sty25 sty26-dev sty26-test sty27-dev \
	sty27-test sty28-dev sty28-test sty29 sty30-dev sty30-test sty31 \
	sty32-dev sty32-test
floor pol-dev 0.97 0.89 0.94
floor pol-test 0.97 0.88 0.95
floor pol2 0.97 0.865 0.92
floor pol3-dev 0.98 0.93 0.94
floor pol3-test 0.98 0.85 0.94
floor pol4 0.96 0.82 0.92
floor pol5-dev 0.98 0.95 0.97
floor pol5-test 0.99 0.85 0.92
floor pol6 0.97 0.86 0.94
floor sty-dev 0.98 0.93 0.96
floor sty-test 0.99 0.90 0.98
floor sty2 0.99 0.88 0.97
floor sty3-dev 0.99 0.94 0.94
floor sty3-test 0.97 0.94 0.94
floor sty4 0.99 0.92 0.97
floor sty5-dev 0.97 0.80 0.91
floor sty5-test 0.97 0.91 0.93
floor sty6-dev 0.99 0.94 0.93
floor sty6-test 0.98 0.87 0.89
floor sty7 0.96 0.89 0.93
floor sty8-dev 0.98 0.92 0.88
floor sty8-test 0.97 0.88 0.90
floor sty9 0.97 0.84 0.90
floor sty10-dev 0.97 0.95 0.90
floor sty10-test 0.96 0.85 0.92
floor sty11 0.97 0.83 0.89
floor sty12-dev 0.97 0.93 0.92
floor sty12-test 0.99 0.87 0.92
floor sty13 0.97 0.85 0.85
floor sty14-dev 0.98 0.95 0.89
floor sty14-test 0.96 0.87 0.95
floor sty15-dev 0.96 0.92 0.86
floor sty15-test 0.97 0.82 0.89
floor sty16-dev 0.97 0.95 0.92
floor sty16-test 0.98 0.89 0.91
floor sty17-dev 0.97 0.89 0.95
floor sty17-test 0.94 0.80 0.88
floor sty18-dev 0.98 0.90 0.90
floor sty18-test 0.97 0.83 0.95
floor sty19 0.97 0.87 0.92
floor sty20-dev 0.98 0.88 0.98
floor sty20-test 0.98 0.87 0.89
floor sty21-dev 0.96 0.92 0.90
floor sty21-test 0.98 0.88 0.94
floor sty22-dev 0.96 0.92 0.95
floor sty22-test 0.97 0.83 0.87
floor sty23-dev 0.98 0.88 0.90
floor sty23-test 0.99 0.73 0.86
floor sty24 0.97 0.82 0.89
floor sty25 0.98 0.86 0.94
floor sty26-dev 0.98 0.89 0.94
floor sty26-test 0.97 0.87 0.95
floor sty27-dev 0.97 0.82 0.96
floor sty27-test 0.97 0.90 0.96
floor sty28-dev 0.98 0.94 0.93
floor sty28-test 0.96 0.73 0.91
floor sty29 0.97 0.86 0.96
floor sty30-dev 0.98 0.92 0.99
floor sty30-test 0.96 0.95 0.96
floor sty31 0.97 0.84 0.93
floor sty32-dev 0.96 0.93 0.95
floor sty32-test 0.97 0.83 0.99
