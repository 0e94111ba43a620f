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

# Wrong outputs of old (issue 14), each with the record it must give now.
cf() { printf '{"id":"w","text":"%s"}\n' "$1" | count-figures; }
t "a leading decimal point is kept: .08, .25ml" 'cf "A dose of .08 and .25ml."' \
	'{"id":"w","start":10,"end":13,"text":".08","kind":"count","value":0.08,"unit":null,"qualifier":null}
{"id":"w","start":18,"end":23,"text":".25ml","kind":"quantity","value":0.25,"unit":"mL","qualifier":null}'
t "1.8m tall is metres, not 1,800,000" 'cf "He is 1.8m tall."' \
	'{"id":"w","start":6,"end":10,"text":"1.8m","kind":"quantity","value":1.8,"unit":"m","qualifier":null}'
t "75 -300mm is a range, not -300 mm" 'cf "a 75 -300mm lens"' \
	'{"id":"w","start":2,"end":11,"text":"75 -300mm","kind":"quantity","value":75,"unit":"mm","qualifier":null,"upper":300}'
t "\$ 30 cent is thirty cents, not 30 USD" 'cf "It was \$ 30 cent."' \
	'{"id":"w","start":7,"end":16,"text":"$ 30 cent","kind":"money","value":0.3,"unit":"USD","qualifier":null}'
t "13F filing is no temperature" 'cf "The 13F filing was late; when must 13F be filed?"' ''
t "five million five million dollars is not summed" 'cf "It cost five million five million dollars."' \
	'{"id":"w","start":8,"end":20,"text":"five million","kind":"count","value":5000000,"unit":null,"qualifier":null}
{"id":"w","start":21,"end":41,"text":"five million dollars","kind":"money","value":5000000,"unit":"USD","qualifier":null}'
t "European grouping with a decimal comma: 1.000,5 tonnes" 'cf "It weighs 1.000,5 tonnes."' \
	'{"id":"w","start":10,"end":24,"text":"1.000,5 tonnes","kind":"quantity","value":1000.5,"unit":"t","qualifier":null}'
t "a decimal comma before a magnitude: €1,5 million" 'cf "It costs €1,5 million."' \
	'{"id":"w","start":9,"end":21,"text":"€1,5 million","kind":"money","value":1500000,"unit":"EUR","qualifier":null}'
t "a decimal comma in doubt gives no figure: 1,3" 'cf "The number is 1,3."' ''
t "Indian grouping: 1,00,000 rupees" 'cf "He paid 1,00,000 rupees."' \
	'{"id":"w","start":8,"end":23,"text":"1,00,000 rupees","kind":"money","value":100000,"unit":"INR","qualifier":null}'
t "31/02/2020 and 2020-02-31 are no dates" 'cf "due 31/02/2020 or 2020-02-31"' ''
t "an integer above 2^53 keeps its digits" 'cf "a count of 9007199254740993 stars"' \
	'{"id":"w","start":11,"end":27,"text":"9007199254740993","kind":"count","value":9007199254740993,"unit":null,"qualifier":null}'
t "narrow no-break spaces group thousands, decimals too" \
	'printf "{\"id\":\"w\",\"text\":\"In all 1\342\200\257234\342\200\257567.89 euros\"}\n" | count-figures' \
	'{"id":"w","start":7,"end":25,"text":"1 234 567.89 euros","kind":"money","value":1234567.89,"unit":"EUR","qualifier":null}'
t "17 USD 25 is one figure and starts with no space" 'cf "The fee rises to 17 USD 25."' \
	'{"id":"w","start":17,"end":26,"text":"17 USD 25","kind":"money","value":17.25,"unit":"USD","qualifier":null}'
t "a line of NUL bytes ends a paragraph" \
	'printf "a 5 km\n\0\0\0\nb 6 km\n" | count-figures | jq -c "[.line,.text]"' \
	'[1,"5 km"]
[3,"6 km"]'
t "a rate: unit per unit" 'cf "It pays \$15.4/hour and runs at 188 miles an hour." | jq -c "[.text,.unit]"' \
	'["$15.4/hour","USD/h"]
["188 miles an hour","mph"]'
t "negative money: \$-99.99 and a loss in brackets" 'cf "The revenue is (\$99.99), down \$-5." | jq -c "[.text,.value]"' \
	'["($99.99)",-99.99]
["$-5",-5]'
t "ranges: 1000-5000, 20 through 100, 8- to 16-meter" \
	'cf "1000-5000 and 20 through 100 and an 8- to 16-meter mast" | jq -c "[.text,.value,.upper,.unit]"' \
	'["1000-5000",1000,5000,null]
["20 through 100",20,100,null]
["8- to 16-meter",8,16,"m"]'
t "comparators: less than or equal to, exceeding, or greater" \
	'cf "less than or equal to 30, exceeding 150, 200 or greater" | jq -c "[.value,.qualifier]"' \
	'[30,"<="]
[150,">"]
[200,">="]'
