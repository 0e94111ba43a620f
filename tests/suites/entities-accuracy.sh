# entities-accuracy: exact-span F1 (conlleval style) of both compiled-in
# models on CoNLL-2003 eng.testa and GUM news (never trained on), failing
# below the levels reached; and `make model` reproduces the committed
# models byte for byte (release build only: it trains for a few minutes).
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

# check MODEL FILE NAME ROW MINIMUM: F1 of ROW (overall, PER/ORG/LOC) at
# least MINIMUM
check() {
	if ! python3 "$R/scripts/eval-entities" -b "$B" -m "$1" "$2" >"$T/eval" 2>"$T/err"; then
		fail "$3" "eval-entities failed: $(head -c 300 "$T/err")"
		return
	fi
	sed 's/^/  /' "$T/eval"
	f1=$(awk -v row="$4" '$1 == row { print $7 }' "$T/eval")
	if awk -v f="$f1" -v m="$5" 'BEGIN { exit !(f + 0 >= m) }'; then
		pass "$3"
	else
		fail "$3" "$4 F1 $f1 below $5"
	fi
}

# CoNLL-2003 testa (where both models are tuned) and GUM news (never
# trained or tuned on; PER/ORG/LOC, as GUM's MISC is not CoNLL's)
check default "$testa" f1-default-testa overall 93.0
check default "$gum" f1-default-gum PER/ORG/LOC 67.8
check open "$testa" f1-open-testa overall 76.2
check open "$gum" f1-open-gum PER/ORG/LOC 67.3
# the development part of the open sets, which neither model trains on
if sh "$R/scripts/split-conll" "$T/split" $N/open/wikigold.conll $N/open/gum_open_train.conll \
	$N/open/uner_ewt.conll $N/open/uner_pud.conll $N/open/re3d_open.conll; then
	cat "$T"/split/*.dev >"$T/open-dev.conll"
	check open "$T/open-dev.conll" f1-open-dev overall 69.6
	check default "$T/open-dev.conll" f1-default-dev overall 70.2
else
	fail f1-open-dev "scripts/split-conll failed"
fi

# Both models in one make, two jobs at once (each trains on one core;
# make builds the development split they share once): about half the
# wall clock of one after the other on two cores.
if [ "${NF_MODE:-rel}" = rel ]; then
	if make -s -j 2 -C "$R" model model-open NF_SHARED="$S" ENT_MODEL_DIR="$T" >"$T/out" 2>&1; then
		for f in entities-default.model entities-open.model; do
			if cmp -s "$T/$f" "$R/lib/data/$f"; then
				pass "reproducible $f"
			else
				fail "reproducible $f" "make model model-open does not reproduce lib/data/$f"
			fi
		done
	else
		fail "reproducible models" "make model model-open failed: $(tail -c 300 "$T/out")"
	fi
fi
