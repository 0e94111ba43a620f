# sentences-accuracy: split-sentences end to end on the English Golden Rules
# (at least 47 of 48 exact) and the GUM news paragraphs (boundary F1 at
# least 0.96; the interview F1 is printed for information), with every
# record's code-point offsets checked against its text.
. tests/lib.sh

G=$S/data/sentences/golden_rules_en.jsonl
N=$S/data/gum-news/sentences_news.jsonl
I=$S/data/gum-news/sentences_interview.jsonl

if ! command -v python3 >/dev/null 2>&1; then
	skip sentences-accuracy "python3 not found"
	exit 0
fi

# check NAME OUTPUT-LINE AWK-CONDITION: pass when the condition holds
check() {
	if printf '%s\n' "$2" | awk "{ exit !($3) }"; then
		pass "$1"
	else
		fail "$1" "$2"
	fi
}

if need "$G"; then
	out=$(python3 scripts/eval-sentences --exact --tool "$B/split-sentences" "$G")
	echo "$out" | sed 's|^[^ ]*/\([^/ ]*:\)|\1|'
	check "split-sentences golden rules >= 47/48" "$(echo "$out" | grep exact)" \
		'split($3, a, "/") && a[1] >= 47'
	check "split-sentences golden rules offsets" "$(echo "$out" | grep offsets)" '$4 == 0'
else
	skip "golden rules" "$G absent"
fi

if need "$N"; then
	out=$(python3 scripts/eval-sentences --tool "$B/split-sentences" "$N")
	echo "$out" | sed 's|^[^ ]*/\([^/ ]*:\)|\1|'
	check "split-sentences GUM news F1 >= 0.96" "$(echo "$out" | grep F1)" '$3 >= 0.96'
	check "split-sentences GUM news offsets" "$(echo "$out" | grep offsets)" '$4 == 0'
else
	skip "GUM news F1" "$N absent"
fi

if need "$I"; then
	python3 scripts/eval-sentences --tool "$B/split-sentences" "$I" | sed 's|^[^ ]*/\([^/ ]*:\)|\1|'
fi
