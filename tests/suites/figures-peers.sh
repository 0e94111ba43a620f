# figures-peers.sh: count-figures on the English test suites of its peers,
# Recognizers-Text and quantulum3 (../shared/data/figures/peers, MIT):
# found, value, unit and range right on the figures in scope, for the
# development part, the set-aside part and both (scripts/eval-peers says
# how; `scripts/eval-peers -s` lists what is out of scope and why). The
# floors hold the level reached on every suite, both parts together.
. tests/lib.sh

peers=$S/data/figures/peers
if ! need "$peers/recognizers" "$peers/quantulum3"; then
	skip figures-peers "no $peers"
elif ! command -v python3 >/dev/null; then
	skip figures-peers "no python3"
else
	python3 "$NF_ROOT/scripts/eval-peers" --tool "$B/count-figures" \
		--min found=0.96 --min value=0.93 --min unit=0.95 --min range=0.97 \
		"$peers" >"$T/peers" 2>&1
	st=$?
	sed -n '1p; / in /p; /^below/p' "$T/peers" | sed 's/^/peers /'
	if [ $st -eq 0 ]; then
		pass figures-peers
	else
		fail figures-peers "below the floors: $(grep '^below' "$T/peers")"
	fi
fi
