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

# Time that must grow linearly: a record four times as long may take at
# most 4.84 times as long (2.2 per doubling); CPU seconds, the best of two
# runs, so that other work on the machine counts for little.
cpu() { # TOOL FILE: user+system seconds
	best=
	for _ in 1 2; do
		/usr/bin/time -f '%U %S' -o "$T/time" "$1" "$2" >/dev/null 2>"$T/err" || return 1
		s=$(awk '{ print $1 + $2 }' "$T/time")
		best=$(awk -v s="$s" -v b="$best" 'BEGIN { print (b == "" || s < b) ? s : b }')
	done
	echo "$best"
}
linear() { # NAME TOOL SMALL LARGE (LARGE four times SMALL)
	if ! a=$(cpu "$2" "$3") || ! b=$(cpu "$2" "$4"); then
		fail "linear $1: $2" "failed: $(head -c 200 "$T/err")"
	elif awk -v a="$a" -v b="$b" 'BEGIN { exit !(b <= 4.84 * (a > 0.05 ? a : 0.05)) }'; then
		pass "linear $1: $2 (${a} s, four times the input ${b} s)"
	else
		fail "linear $1: $2" "${a} s, four times the input ${b} s"
	fi
}
if [ -x /usr/bin/time ]; then
	# tag-entities on records with no sentence end (issue 17): NUL bytes,
	# white space, initials that never end a sentence
	head -c 4000000 /dev/zero >"$T/zeros1"
	head -c 16000000 /dev/zero >"$T/zeros4"
	awk 'BEGIN { for (i = 0; i < 50000; i++) printf "%80s", ""; print "x" }' >"$T/spaces1"
	awk 'BEGIN { for (i = 0; i < 200000; i++) printf "%80s", ""; print "x" }' >"$T/spaces4"
	awk 'BEGIN { for (i = 0; i < 30000; i++) printf "A. A. A. A. A. A. A. A. A. A. "; print "" }' >"$T/initials1"
	awk 'BEGIN { for (i = 0; i < 120000; i++) printf "A. A. A. A. A. A. A. A. A. A. "; print "" }' >"$T/initials4"
	for f in zeros spaces initials; do
		linear "$f" tag-entities "$T/${f}1" "$T/${f}4"
	done
else
	skip "linear" "no /usr/bin/time"
fi
