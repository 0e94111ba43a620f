# count-figures.sh: the tool's records, formats, offsets, -c tallies, -k,
# plain text paragraphs, errors and exit status.
. tests/lib.sh

t "one figure per record, fields in order" \
	'printf "{\"id\":\"a\",\"text\":\"Over 19%% of it.\"}\n" | count-figures' \
	'{"id":"a","start":0,"end":8,"text":"Over 19%","kind":"percent","value":19,"unit":"%","qualifier":">"}'
t "money with magnitude, null qualifier" \
	'printf "{\"id\":1,\"text\":\"A \$45 million grant.\"}\n" | count-figures' \
	'{"id":1,"start":2,"end":13,"text":"$45 million","kind":"money","value":45000000,"unit":"USD","qualifier":null}'
t "a range carries upper" \
	'printf "{\"id\":\"r\",\"text\":\"between 55 and 60 per cent\"}\n" | count-figures' \
	'{"id":"r","start":0,"end":26,"text":"between 55 and 60 per cent","kind":"percent","value":55,"unit":"%","qualifier":null,"upper":60}'
t "dates and times are strings" \
	'printf "{\"id\":\"d\",\"text\":\"On 2 December 2025 at 9 a.m.\"}\n" | count-figures | jq -c "[.value,.kind]"' \
	'["2025-12-02","date"]
["09:00","time"]'
t "fractions as decimals" \
	'printf "{\"id\":\"f\",\"text\":\"roughly a fifth\"}\n" | count-figures | jq -c "[.text,.value,.qualifier]"' \
	'["roughly a fifth",0.2,"~"]'
t "offsets count code points, after multibyte text" \
	'printf "{\"id\":\"u\",\"text\":\"Zrínyi’s € cost €20,000 — “½” of 2 km.\"}\n" | count-figures | jq -r "[.start,.end,.text,(.text|length)]|@tsv"' \
	'16	23	€20,000	7
27	28	½	1
33	37	2 km	4'
if command -v python3 >/dev/null; then
	t "offsets agree with the text for every figure of the sample" \
		'count-figures "$NF_ROOT/tests/data/sample.jsonl" >"$T/s.json"; python3 -c "
import json, sys
docs = {d[\"id\"]: d[\"text\"] for d in map(json.loads, open(sys.argv[1]))}
figs = [json.loads(l) for l in open(sys.argv[2])]
bad = [f for f in figs if docs[f[\"id\"]][f[\"start\"]:f[\"end\"]] != f[\"text\"]]
print(len(figs) > 300, len(bad))" "$NF_ROOT/tests/data/sample.jsonl" "$T/s.json"' 'True 0'
fi
t "no figures: no output, exit 0" \
	'printf "{\"id\":\"n\",\"text\":\"COVID-19 on Route 9; call 555-123-4567.\"}\n" | count-figures' ''
t "-c: one tally per record, kinds in order" \
	'printf "{\"id\":\"c\",\"text\":\"In 2019, 28 people paid \$5 each; 19%% said so at 10:30 for two years.\"}\n{\"id\":\"e\",\"text\":\"None here.\"}\n" | count-figures -c' \
	'{"id":"c","figures":6,"count":1,"percent":1,"money":1,"quantity":0,"fraction":0,"ordinal":0,"date":1,"time":1,"duration":1}
{"id":"e","figures":0,"count":0,"percent":0,"money":0,"quantity":0,"fraction":0,"ordinal":0,"date":0,"time":0,"duration":0}'
t "-c -o tsv -H: tally columns" \
	'printf "{\"id\":\"c\",\"text\":\"3rd of 5.\"}\n" | count-figures -c -o tsv -H' \
	'id	line	sent	figures	count	percent	money	quantity	fraction	ordinal	date	time	duration
c			2	1	0	0	0	0	1	0	0	0'
t "-o tsv -H: figure columns, absent upper empty" \
	'printf "{\"id\":\"t\",\"text\":\"10-15 km and 3 km\"}\n" | count-figures -o tsv -H' \
	'id	line	sent	start	end	text	kind	value	unit	qualifier	upper
t			0	8	10-15 km	quantity	10	km		15
t			13	17	3 km	quantity	3	km		'
t "-o text: the figures as written" \
	'printf "{\"text\":\"about 115,600 sq km and over 1.2 million\"}\n" | count-figures -o text' \
	'about 115,600 sq km
over 1.2 million'
t "-k copies fields into each figure and each tally" \
	'printf "{\"id\":\"k\",\"date\":\"2026-01-02\",\"text\":\"5%% and 6 km\"}\n" | count-figures -k published=date -c' \
	'{"id":"k","published":"2026-01-02","figures":2,"count":0,"percent":1,"money":0,"quantity":1,"fraction":0,"ordinal":0,"date":0,"time":0,"duration":0}'
terr "-k date with -c clashes with the tally of dates: usage error" \
	'printf "{\"date\":\"2026-01-02\",\"text\":\"5%%\"}\n" | count-figures -k date -c' \
	"^count-figures: -k: 'date' is a field of this tool's output (rename it: -k NAME=FIELD)" 2
t "plain text: paragraphs are records with their line" \
	'printf "Headline\n\nIt cost \$5bn\nin 2019.\n" | count-figures | jq -c "[.id,.line,.start,.text]"' \
	'["-",3,8,"$5bn"]
["-",3,16,"2019"]'
if need "$S/seed/kremlin-envoys.txt"; then
	t "seed article: 12 figures" 'count-figures "$S/seed/kremlin-envoys.txt" | wc -l' '12'
	t "seed article -c: totals add up" \
		'count-figures -c "$S/seed/kremlin-envoys.txt" | jq -s "map(.figures) | add"' '12'
else
	skip "seed article" "no $S/seed"
fi
t "gzip input read without zcat" \
	'printf "{\"id\":\"g\",\"text\":\"42 km\"}\n" | gzip | count-figures -o text' '42 km'
t "a bad JSON record is skipped, status 1" \
	'printf "{\"id\":\"a\",\"text\":\"5 km\"}\n{bad\n{\"id\":\"b\",\"text\":\"6 km\"}\n" | count-figures -o text' \
	'5 km
6 km' 1
terr "a bad record is reported" \
	'printf "{bad\n" | count-figures' '^count-figures: -:1: ' 1
terr "unknown option is a usage error" 'count-figures -x </dev/null' 'count-figures' 2
t "--help mentions -c" 'count-figures --help | grep -c "^  -c"' '1'
t "invalid UTF-8 is cleaned, figures still found" \
	'printf "5 km \377\376 and 7%%\n" | count-figures -o text 2>/dev/null' '5 km
7%'
