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
