# digest.sh: the main job. scripts/digest over the sample archive prints
# the report's sections with counts that agree with the tools' own output.
. tests/lib.sh

sample=$NF_ROOT/tests/data/sample.jsonl.gz
NF_BIN=$B "$NF_ROOT/scripts/digest" -n 5 "$sample" >"$T/d" 2>"$T/err"
rc=$?
t "digest: exit 0, nothing on stderr" 'echo $rc; cat "$T/err"' '0' 0
docs=$(gzip -dc "$sample" | wc -l)
figs=$(count-figures -o text "$sample" | wc -l)
quotes=$(pull-quotes -o text "$sample" | wc -l)
t "digest: totals agree with the tools" 'head -1 "$T/d" | sed "s/, [0-9]* sentences, [0-9]* entity mentions//"' \
	"newsfilter digest: $docs documents, $quotes quotes, $figs figures"
t "digest: sections" 'grep -v "^ " "$T/d" | sed "s/ (.*//" | grep .' 'newsfilter digest: '"$(head -1 "$T/d" | cut -d: -f2- | cut -c2-)"'
Most named people
Most named organisations
Most named places
Most quoted speakers
Figures by kind'
t "digest: the top five of each list" 'awk "/^Most named people/ { p = 1; next } /^$/ { p = 0 } p" "$T/d" | wc -l' '5'
# The most named person is one the sample article names most; the counts
# are the tools' own.
top=$(tag-entities -o tsv "$sample" | awk -F '\t' '$6 == "PER" { print $8 }' | sort | uniq -c | sort -k1,1nr -k2 | head -1 | sed 's/^ *//')
t "digest: most named person as tag-entities counts" 'awk "/^Most named people/ { getline; print; exit }" "$T/d" | sed "s/^ *//; s/  / /"' "$top"
t "digest: every quoted speaker has a quote" 'awk "/^Most quoted/ { q = 1; next } /^$/ { q = 0 } q && /^         /" "$T/d" | grep -c "“.*”"' '5'
t "digest: figures by kind sum to the total" 'awk "/^Figures by kind/ { f = 1; next } f { s += \$1 } END { print s }" "$T/d"' "$figs"

# The report byte for byte as the tools' complete output gives it, counted
# another way (every record kept, then sort | uniq -c), in the digest's
# layout: documents are runs of one id; names ranked by count, then by
# name (bytes); a speaker's quote is the longest under 160 bytes, or the
# first cut to 157 bytes and "...".
reference() { # TOP FILE...
	top=$1; shift
	split-sentences -o tsv "$@" | awk -F '\t' '$1 != p || NR == 1 { d++; p = $1 } END { printf "%d %d\n", d, NR }' >"$T/r.sen"
	tag-entities -o tsv "$@" | awk -F '\t' '{ print $6 "\t" ($8 != "" ? $8 : $7) }' >"$T/r.ent"
	pull-quotes -o tsv "$@" >"$T/r.quo"
	count-figures -o tsv "$@" | cut -f7 >"$T/r.fig"
	read -r docs sents <"$T/r.sen"
	printf 'newsfilter digest: %d documents, %d sentences, %d entity mentions, %d quotes, %d figures\n' \
		"$docs" "$sents" "$(wc -l <"$T/r.ent")" "$(wc -l <"$T/r.quo")" "$(wc -l <"$T/r.fig")"
	for kind in PER:people ORG:organisations LOC:places; do
		printf '\nMost named %s\n' "${kind#*:}"
		grep "^${kind%:*}	" "$T/r.ent" | cut -f2 | LC_ALL=C sort | uniq -c |
			sed 's/^ *\([0-9]*\) /\1	/' | LC_ALL=C sort -t '	' -k1,1nr -k2 | head -n "$top" >"$T/r.top"
		[ -s "$T/r.top" ] || echo "  (none)"
		awk -F '\t' '{ printf "  %5d  %s\n", $1, $2 }' "$T/r.top"
	done
	printf '\nMost quoted speakers (%d quotes had no named speaker)\n' "$(awk -F '\t' '$7 == ""' "$T/r.quo" | wc -l)"
	awk -F '\t' '$7 != "" { print $7 }' "$T/r.quo" | LC_ALL=C sort | uniq -c |
		sed 's/^ *\([0-9]*\) /\1	/' | LC_ALL=C sort -t '	' -k1,1nr -k2 | head -n "$top" >"$T/r.top"
	[ -s "$T/r.top" ] || echo "  (none)"
	LC_ALL=C awk -F '\t' 'NR == FNR { if ($7 != "") { n = length($6)
			if (n < 160 && n > length(s[$7])) s[$7] = $6
			if (n >= 160 && !($7 in l)) { c = substr($6, 158, 1); n = 157
				while (n > 0 && c >= "\200" && c < "\300") c = substr($6, n--, 1)
				l[$7] = substr($6, 1, n) "..." } }; next }
		{ printf "  %5d  %s\n         \342\200\234%s\342\200\235\n", $1, $2, $2 in s ? s[$2] : l[$2] }' "$T/r.quo" "$T/r.top"
	printf '\nFigures by kind\n'
	for k in count percent money quantity fraction ordinal date time duration; do
		printf '  %5d  %s\n' "$(grep -cx "$k" "$T/r.fig")" "$k"
	done
}
reference 5 "$sample" >"$T/ref"
t "digest: the report as the tools' full output gives it (sample, -n 5)" 'cmp "$T/d" "$T/ref" && echo same' 'same'
NF_BIN=$B "$NF_ROOT/scripts/digest" "$sample" >"$T/d10"
reference 10 "$sample" >"$T/ref"
t "digest: the report as the tools' full output gives it (sample)" 'cmp "$T/d10" "$T/ref" && echo same' 'same'
wiki=$S/data/news/wikinews.jsonl.gz
if need "$wiki"; then
	reference 20 "$wiki" >"$T/ref"
	t "digest: the report as the tools' full output gives it (Wikinews, -n 20)" \
		'NF_BIN=$B "$NF_ROOT/scripts/digest" -n 20 "$wiki" | cmp - "$T/ref" && echo same' 'same'
fi

# Standard input is read once, by tee, and fanned out to the four tools.
dg() { NF_BIN=$B "$NF_ROOT/scripts/digest" "$@"; }
t "digest: standard input (a pipe) as the file" 'gzip -dc "$sample" | dg -n 5 | cmp - "$T/d" && echo same' 'same'
t "digest: - between files" 'dg -n 5 "$sample" - <"$sample" >"$T/two"; dg -n 5 "$sample" "$sample" | cmp - "$T/two" && echo same' 'same'
terr "digest: standard input only once" 'dg - - </dev/null' 'only once' 2
terr "digest: -n takes a number" 'dg -n x "$sample"' '-n takes a number' 2
terr "digest: -o takes text or html" 'dg -o pdf "$sample"' 'text or html' 2
terr "digest: an unknown option" 'dg -q "$sample"' 'unknown option -q' 2
t "digest: --help" 'dg --help | head -1' 'usage: digest [-n TOP] [-o text|html] [--html] [-d FIELD] [-i FORMAT] [file ...]'
printf '{"id":"a","text":"Anna Berg said so."}\n{bad\n' >"$T/bad.jsonl"
t "digest: a bad record on standard input: the tools say -:LINE, exit 1" \
	'dg -n 1 <"$T/bad.jsonl" 2>&1 >/dev/null | sort' 'count-figures: -:2: malformed JSON: expected a string key at byte 2
pull-quotes: -:2: malformed JSON: expected a string key at byte 2
split-sentences: -:2: malformed JSON: expected a string key at byte 2
tag-entities: -:2: malformed JSON: expected a string key at byte 2' 0
t "digest: a missing file: reported, the rest counted, exit 1" \
	'dg -n 1 "$T/none" "$T/bad.jsonl" >"$T/o" 2>"$T/e"; echo $?; head -1 "$T/o"; grep -c "$T/none: cannot open" "$T/e"' \
	'1
newsfilter digest: 1 documents, 1 sentences, 1 entity mentions, 0 quotes, 0 figures
4'
t "digest: exit 1 when an input was bad" 'dg "$T/none" >/dev/null 2>&1; echo $?' '1'

# A tool that dies before it reads its fifo: tee is stopped and the other
# tools see the end of input, so the digest ends (exit 1), never hangs.
mkdir "$T/fake"
for tool in split-sentences tag-entities count-figures; do ln -s "$B/$tool" "$T/fake/$tool"; done
printf '#!/bin/sh\necho "pull-quotes: broken" >&2\nexit 2\n' >"$T/fake/pull-quotes"
chmod +x "$T/fake/pull-quotes"
t "digest: a tool that dies at once on standard input: no hang, exit 1" \
	'gzip -dc "$sample" | NF_BIN=$T/fake timeout 60 "$NF_ROOT/scripts/digest" >/dev/null 2>"$T/e"; echo $?; cat "$T/e"' '1
pull-quotes: broken'

# Progress on a terminal only: the share of input bytes read and the time
# left; nothing but the report when stderr is not a terminal.
if command -v script >/dev/null 2>&1; then
	need "$wiki" && prog=$wiki || prog=$sample
	t "digest: progress on a terminal, as the share of bytes read" \
		'script -qec "NF_BIN=$B $NF_ROOT/scripts/digest $prog >/dev/null" /dev/null | tr "\r" "\n" | grep -cE "^.\[Kdigest: [0-9]+% of [0-9.]+ [kMG]B read" | awk "{ print (\$1 > 0) }"' '1'
	t "digest: progress from a pipe: the time so far" \
		'script -qec "gzip -dc $sample | NF_BIN=$B $NF_ROOT/scripts/digest >/dev/null" /dev/null | tr "\r" "\n" | grep -cE "^.\[Kdigest: reading, [0-9]+ s" | awk "{ print (\$1 > 0) }"' '1'
else
	skip "digest: progress" "no script(1) (Debian package bsdutils)"
fi

# Interrupted: no tool left running, no temporary directory left behind.
mkdir "$T/dtmp"
gzip -dc "$sample" >"$T/big.jsonl"
for i in 1 2 3 4 5 6 7 8; do cat "$T/big.jsonl" "$T/big.jsonl" >"$T/big2" && mv "$T/big2" "$T/big.jsonl"; done
TMPDIR=$T/dtmp NF_BIN=$B "$NF_ROOT/scripts/digest" "$T/big.jsonl" >/dev/null 2>&1 &
dpid=$!
sleep 1
if kill -TERM $dpid 2>/dev/null; then killed=yes; else killed=no; fi
wait $dpid
t "digest: still running when killed (else the input is too small for this test)" 'echo $killed' 'yes'
t "digest: killed, it leaves no tool running" 'sleep 0.5; ps -eo args | grep -F -- "$T/big.jsonl" | grep -vc grep' '0' 1
t "digest: killed, it leaves no temporary directory" 'ls "$T/dtmp"' ''

# Memory and temporary disk flat as the input grows (release build only;
# scripts/memory -d 100 1000 gives the full-size figures).
if [ "$NF_MODE" = san ]; then
	skip "digest: flat memory and disk" "release build only"
else
	"$NF_ROOT/scripts/memory" -b "$B" -d 10 40 >"$T/mem" 2>&1
	cat "$T/mem"
	read -r m10 a10 d10 m40 a40 d40 <<-EOF2
	$(awk '$2 == "digest" { printf "%s %s %s ", $6, $9, $12 }' "$T/mem")
	EOF2
	if [ -z "$d40" ]; then
		fail "digest: flat memory and disk" "no figures: $(head -c 300 "$T/mem")"
	else
		# The anonymous part (heap, stacks) is what would grow with the
		# input; the tree's total also counts the compiled-in models' pages,
		# read in as features are first met, which the 10 MB run may not
		# reach (scripts/memory says more).
		t "digest: anonymous memory of the process tree flat from 10 to 40 MB" \
			'[ "$a40" -le $((a10 + a10 / 10 + 8192)) ] && echo flat || echo "$a10 KB, then $a40 KB"' 'flat'
		t "digest: memory of the process tree under 160 MB at 40 MB" \
			'[ "$m40" -le 163840 ] && echo bounded || echo "$m40 KB"' 'bounded'
		t "digest: temporary disk under 100 KB at 10 and 40 MB" \
			'[ "$d10" -le 100 ] && [ "$d40" -le 100 ] && echo small || echo "$d10 KB, then $d40 KB"' 'small'
	fi
fi

# The man page lists the options --help lists (as docs.sh checks the tools).
t "digest: --help and digest(1) list the same options" \
	'sed -n "s/^\.It Fl \([A-Za-z]\).*/\1/p" "$NF_ROOT/man/digest.1" | sort -u >"$T/man"; dg --help | sed -n "s/^  -\([A-Za-z]\).*/\1/p" | sort -u | diff - "$T/man" && echo same' 'same'
