# entities-accuracy: exact-span F1 (conlleval style) of both compiled-in
# models on CoNLL-2003 eng.testa and GUM news (never trained on), failing
# below the levels reached; and `make model` reproduces the committed
# models byte for byte (release build only: it trains for a minute).
. tests/lib.sh

R=${NF_ROOT:-.}
N=$S/data/ner
testa=$N/conll2003/eng.testa gum=$N/open/gum_news_test.conll
if ! need "$testa" "$gum"; then
	skip entities-accuracy "no $N"
	exit 0
fi
if ! command -v python3 >/dev/null; then
	skip entities-accuracy "no python3"
	exit 0
fi

# check MODEL FILE NAME MINIMUM: overall F1 at least MINIMUM
check() {
	if ! python3 "$R/scripts/eval-entities" -b "$B" -m "$1" "$2" >"$T/eval" 2>"$T/err"; then
		fail "$3" "eval-entities failed: $(head -c 300 "$T/err")"
		return
	fi
	sed 's/^/  /' "$T/eval"
	f1=$(awk '$1 == "overall" { print $7 }' "$T/eval")
	if awk -v f="$f1" -v m="$4" 'BEGIN { exit !(f + 0 >= m) }'; then
		pass "$3"
	else
		fail "$3" "overall F1 $f1 below $4"
	fi
}

check default "$testa" f1-default-testa 89.3
check default "$gum" f1-default-gum 56.6
check open "$testa" f1-open-testa 60.3
check open "$gum" f1-open-gum 55.3

if [ "${NF_MODE:-rel}" = rel ]; then
	for m in model model-open; do
		if make -s -C "$R" "$m" NF_SHARED="$S" ENT_MODEL_DIR="$T" >"$T/out" 2>&1; then
			f=entities-default.model
			[ $m = model-open ] && f=entities-open.model
			if cmp -s "$T/$f" "$R/lib/data/$f"; then
				pass "reproducible-$m"
			else
				fail "reproducible-$m" "make $m does not reproduce lib/data/$f"
			fi
		else
			fail "reproducible-$m" "make $m failed: $(tail -c 300 "$T/out")"
		fi
	done
fi
