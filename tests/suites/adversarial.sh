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

# ---- scanning (issue 17 items 4 and 5): line ends and blank lines ----
# Runs of lone CRs were searched to their end for an LF once per line
# (4M leading CRs: 92 s), and blank lines before the first content were
# all held by format detection (1 GB of newlines: 978 MB). Now: 8M lone
# CRs in well under the cap, CR-only text as LF text, and the peak memory
# on 128 MB of newlines that of a one-line input.
awk 'BEGIN { s = "\r"; while (length(s) < 8388608) s = s s; printf "%sLone CRs end here. Then this.\r", s }' >"$T/crs.txt"
gzip -dc "$NF_ROOT/tests/data/sample.jsonl.gz" | jq -r .text >"$T/lf.txt"
while [ "$(wc -c <"$T/lf.txt")" -lt 4000000 ]; do cat "$T/lf.txt" "$T/lf.txt" >"$T/lf2.txt"; mv "$T/lf2.txt" "$T/lf.txt"; done
tr '\n' '\r' <"$T/lf.txt" >"$T/cr.txt"
printf 'One line of text.\n' >"$T/tiny.txt"
cpu() { # seconds of CPU (user + system) for: tool file
	/usr/bin/time -f '%U %S' "$@" 2>&1 >/dev/null | tail -1 | awk '{ print $1 + $2 }'
}
for tool in split-sentences tag-entities pull-quotes count-figures; do
	[ -x "$B/$tool" ] || continue
	s=$(date +%s)
	timeout 20 "$tool" -o text "$T/crs.txt" >"$T/out" 2>"$T/err"
	st=$? secs=$(($(date +%s) - s))
	if [ $st = 124 ]; then
		fail "adversarial 8M lone CRs: $tool" "still running after 20 s"
	elif [ $st != 0 ] || [ -s "$T/err" ]; then
		fail "adversarial 8M lone CRs: $tool" "exit $st: $(head -c 200 "$T/err")"
	else
		pass "adversarial 8M lone CRs: $tool (${secs} s)"
	fi
	# CR line ends give the records LF ones give, at the same cost.
	"$tool" <"$T/lf.txt" >"$T/lf.out" 2>&1
	"$tool" <"$T/cr.txt" >"$T/cr.out" 2>&1
	if ! cmp -s "$T/lf.out" "$T/cr.out"; then
		fail "CR-only text as LF text: $tool" "output differs"
	elif [ -x /usr/bin/time ]; then
		a=$(cpu "$tool" "$T/lf.txt") b=$(cpu "$tool" "$T/cr.txt")
		if awk -v a="$a" -v b="$b" 'BEGIN { exit !(b <= a * 1.5 + 0.2) }'; then
			pass "CR-only text as LF text: $tool (${b} s, LF ${a} s)"
		else
			fail "CR-only text as LF text: $tool" "${b} s of CPU, LF text ${a} s"
		fi
	fi
	if [ -x /usr/bin/time ]; then
		small=$(/usr/bin/time -f %M "$tool" "$T/tiny.txt" 2>&1 >/dev/null | tail -1)
		big=$(head -c 134217728 /dev/zero | tr '\0' '\n' | cat - "$T/tiny.txt" |
			/usr/bin/time -f %M "$tool" 2>&1 >/dev/null | tail -1)
		if [ "$big" -le $((small + 8192)) ]; then
			pass "128 MB of blank lines first: $tool (${big} KB, one line ${small} KB)"
		else
			fail "128 MB of blank lines first: $tool" "peak ${big} KB, one line ${small} KB"
		fi
	fi
done
t "line number after 100000 blank lines" \
	'awk "BEGIN { for (i = 0; i < 100000; i++) print \"\"; print \"Text.\" }" | split-sentences -o tsv | cut -f2' '100001'
t "line number after blank CR LF lines" \
	'printf "\r\n \r\n\t\r\n\r\rText.\r\n" | split-sentences -o tsv | cut -f2' '6'
# ---- end of scanning's block ----
