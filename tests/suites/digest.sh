# digest.sh: the main job. scripts/digest over the sample archive prints
# the report's sections with counts that agree with the tools' own output.
. tests/lib.sh

sample=$NF_ROOT/tests/data/sample.jsonl.gz
NF_BIN=$B "$NF_ROOT/scripts/digest" -n 5 "$sample" >"$T/d" 2>"$T/err"
t "digest: exit 0, nothing on stderr" 'echo $? ; cat "$T/err"' '0' 0
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
