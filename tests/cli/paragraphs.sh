# paragraphs.sh: how plain text's lines make records (newsfilter(5), Plain
# text): one paragraph per line, decided per input, or wrapped prose, in
# which a short line without final punctuation (a headline, a dateline, a
# byline) is a paragraph of its own and is never glued to the sentence
# after it.
. tests/lib.sh

# A scraped article: headline, dateline, one paragraph per line.
cat >"$T/article.txt" <<'TXT'
Passenger flight crashes upon landing at Calicut airport in India
Friday, August 7, 2020
Yesterday, an Air India Express passenger flight attempted a landing at Calicut International Airport at Karipur, Kerala in India. The aircraft overshot the runway around 7:38 pm IST (1408 UTC) in the evening and slid off before breaking into at least two pieces.
According to authorities, at least a dozen people lost their lives and scores more were injured, officials from the airport and the state government said in the evening
The flight was carrying 190 passengers and crew members, the airline said, and rescue work went on through the night under heavy rain in the district.
TXT
t "per line: headline, dateline and paragraphs are records" \
	'split-sentences -o tsv "$T/article.txt" | cut -f2-6' '1	1	0	65	Passenger flight crashes upon landing at Calicut airport in India
2	2	0	22	Friday, August 7, 2020
3	3	0	130	Yesterday, an Air India Express passenger flight attempted a landing at Calicut International Airport at Karipur, Kerala in India.
3	4	131	263	The aircraft overshot the runway around 7:38 pm IST (1408 UTC) in the evening and slid off before breaking into at least two pieces.
4	5	0	168	According to authorities, at least a dozen people lost their lives and scores more were injured, officials from the airport and the state government said in the evening
5	6	0	150	The flight was carrying 190 passengers and crew members, the airline said, and rescue work went on through the night under heavy rain in the district.'
split-sentences -l "$T/article.txt" >"$T/l.out"
t "per line: the same as -l" 'split-sentences "$T/article.txt" | cmp - "$T/l.out" && echo same' 'same'
t "per line: every tool sees the headline alone" \
	'count-figures -c -o tsv "$T/article.txt" | cut -f2,4' '1	0
2	1
3	3
4	1
5	1'

# The same article wrapped at 60 columns, headline and dateline included.
# The fourth paragraph ends without punctuation on a full line: that
# cannot be told from a line wrapped in mid-sentence, so it runs on.
fold -s -w 60 "$T/article.txt" | sed 's/ *$//' >"$T/wrapped.txt"
t "wrapped: headline and dateline stay apart from the text" \
	'split-sentences -o tsv "$T/wrapped.txt" | cut -f2,6' '1	Passenger flight crashes upon landing at Calicut airport in India
3	Friday, August 7, 2020
4	Yesterday, an Air India Express passenger flight attempted a landing at Calicut International Airport at Karipur, Kerala in India.
4	The aircraft overshot the runway around 7:38 pm IST (1408 UTC) in the evening and slid off before breaking into at least two pieces.
4	According to authorities, at least a dozen people lost their lives and scores more were injured, officials from the airport and the state government said in the evening The flight was carrying 190 passengers and crew members, the airline said, and rescue work went on through the night under heavy rain in the district.'

printf 'By John Smith\nWASHINGTON (AP) -- The Senate voted on Tuesday\nto approve the bill, which now goes to the House\nof Representatives, where its fate is unclear.\n' >"$T/byline.txt"
t "wrapped: a byline is its own paragraph" \
	'split-sentences -o tsv "$T/byline.txt" | cut -f2,6' '1	By John Smith
2	WASHINGTON (AP) -- The Senate voted on Tuesday to approve the bill, which now goes to the House of Representatives, where its fate is unclear.'
printf 'The minister met with President\nObama on Monday in the capital,\nwhere the two spoke for an hour.\n' >"$T/name.txt"
t "wrapped: a name at the start of a line stays joined" \
	'split-sentences -o text "$T/name.txt"' 'The minister met with President Obama on Monday in the capital, where the two spoke for an hour.'
printf 'He left.\nShe stayed on in the town for the rest of the year.\n' >"$T/period.txt"
t "wrapped: a short line ending in a period keeps its record" \
	'split-sentences -o tsv "$T/period.txt" | cut -f2,6' '1	He left.
1	She stayed on in the town for the rest of the year.'
printf 'Distributed under the terms of the\nGNU General Public License, version 3 or\nlater, as published by the foundation.\n' >"$T/the.txt"
t "wrapped: a line ending in 'the' runs on" \
	'split-sentences -o text "$T/the.txt"' 'Distributed under the terms of the GNU General Public License, version 3 or later, as published by the foundation.'
t "-l still makes every line a record" \
	'split-sentences -l -o tsv "$T/name.txt" | cut -f2,6' '1	The minister met with President
2	Obama on Monday in the capital,
3	where the two spoke for an hour.'
# CR line ends: the same records.
tr '\n' '\r' <"$T/article.txt" >"$T/article-cr.txt"
split-sentences <"$T/article.txt" >"$T/lf.out"
t "per line with CR line ends" \
	'split-sentences <"$T/article-cr.txt" | cmp - "$T/lf.out" && echo same' 'same'
