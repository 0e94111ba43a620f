# pull-quotes.sh: the pull-quotes command line: fields and formats, -s,
# quotes over several paragraphs and records, and the same quotes from a
# document, its paragraphs and its sentences.
. tests/lib.sh

printf '“We will win,” Smith said.\n' >"$T/one.txt"
t "JSON fields in order" 'pull-quotes "$T/one.txt"' \
	'{"id":"'"$T"'/one.txt","line":1,"start":1,"end":12,"quote":"We will win","speaker":"Smith","cue":"said","kind":"direct","source":"Smith","source_start":15,"source_end":20,"speaker_type":"PER","role":null}'
t "offsets count code points" 'pull-quotes "$T/one.txt" | jq -r "[.start,.end]|@tsv"' '1	12'
t "TSV with header" 'pull-quotes -o tsv -H <"$T/one.txt"' 'id	line	sent	start	end	quote	speaker	cue	kind	source	source_start	source_end	speaker_type	role
-	1		1	12	We will win	Smith	said	direct	Smith	15	20	PER	'
t "text output is the quote" 'pull-quotes -o text "$T/one.txt"' 'We will win'
# a sign names nobody; "read" beside the quote is its verb; its text is partial (NOTES.md)
t "null speaker, reading verb" 'printf "The sign read “Revoke it” in red.\n" | pull-quotes | jq -c "[.speaker,.cue,.kind]"' '[null,"read","partial"]'
t "JSON Lines: id and kept fields" \
	'printf "{\"id\":7,\"src\":\"x\",\"text\":\"“Go,” Ann Lee said.\"}\n" | pull-quotes -k src' \
	'{"id":7,"src":"x","start":1,"end":3,"quote":"Go","speaker":"Ann Lee","cue":"said","kind":"direct","source":"Ann Lee","source_start":6,"source_end":13,"speaker_type":"PER","role":null}'

# -s keeps the quotes of one speaker, by any form of the name.
printf 'Russian President Vladimir Putin spoke. “War is near,” Putin said.\n\n“No,” said Dmytro Kuleba.\n' >"$T/two.txt"
t "-s by last name" 'pull-quotes -s Putin -o tsv "$T/two.txt" | cut -f6,7' 'War is near	Vladimir Putin'
t "-s by full name" 'pull-quotes -s "Dmytro Kuleba" -o text "$T/two.txt"' 'No'
t "-s matches whole words only" 'pull-quotes -s Put -o text "$T/two.txt"' ''
terr "-s needs a name" 'pull-quotes -s "" "$T/two.txt"' 'empty name' 2

# A quote over paragraphs: no closing mark, the next paragraph opens.
printf 'Smith said: “We will win.\n\n“We will fight on,” he added.\n\nJones called it “nonsense”.\n' >"$T/multi.txt"
t "multi-paragraph quote is one record" 'pull-quotes -o tsv "$T/multi.txt" | cut -f2,4-9' \
	'1	13	25	We will win. We will fight on	Smith	added	direct
5	17	25	nonsense	Jones	called	partial'
t "multi-paragraph quote from sentence records" \
	'split-sentences "$T/multi.txt" | pull-quotes -o tsv | cut -f6-9' \
	'We will win. We will fight on	Smith	added	direct
nonsense	Jones	called	partial'
# An unclosed mark ends with its paragraph.
printf 'He said “we will win.\n\nLater, Ann Lee said it was “fine” again.\n' >"$T/open.txt"
t "unbalanced mark ends at the paragraph" 'pull-quotes -o tsv "$T/open.txt" | cut -f2,6-9' \
	'1	we will win.		said	direct
3	fine	Ann Lee	said	partial'

# Documents, paragraphs and sentences give the same quotes.
seed=$S/seed/kremlin-envoys.txt
if need "$seed"; then
	pull-quotes -o tsv "$seed" | cut -f6-10,13,14 >"$T/doc"
	t "split-sentences | pull-quotes equals pull-quotes FILE" \
		'split-sentences "$seed" | pull-quotes -o tsv | cut -f6-10,13,14 | cmp - "$T/doc" && wc -l <"$T/doc"' '17'
	t "sentence records as text lines of one paragraph each" \
		'split-sentences -o tsv "$seed" | awk -F"\t" "{ printf \"{\\\"id\\\":\\\"d\\\",\\\"line\\\":%s,\\\"sent\\\":%s,\\\"text\\\":\\\"%s\\\"}\\n\", \$2, \$3, \$6 }" | pull-quotes -o tsv | cut -f6-10,13,14 | cmp - "$T/doc" && echo same' 'same'
else
	skip "documents and sentences agree" "no $seed"
fi
wik=$S/data/quotes/wikinews-quotes.jsonl
if need "$wik"; then
	# (the tagger reads names near quotes within a record, so with it a
	# sentence record may see less: the rules alone must agree exactly)
	t "Wikinews: JSON documents and their sentence records agree" \
		'pull-quotes -m none "$wik" | jq -r "[.quote,.speaker,.cue,.kind]|@tsv" >"$T/a"; split-sentences "$wik" | pull-quotes -m none | jq -r "[.quote,.speaker,.cue,.kind]|@tsv" >"$T/b"; cmp "$T/a" "$T/b" && [ "$(wc -l <"$T/a")" -ge 150 ] && echo same' 'same'
	t "Wikinews: with the tagger, documents and sentence records nearly agree" \
		'pull-quotes "$wik" | jq -r "[.quote,.speaker]|@tsv" >"$T/a"; split-sentences "$wik" | pull-quotes | jq -r "[.quote,.speaker]|@tsv" >"$T/b"; [ "$(diff "$T/a" "$T/b" | grep -c "^<")" -le 3 ] && echo nearly' 'nearly'
else
	skip "Wikinews documents and sentences agree" "no $wik"
fi

# A record with more quotations than a 16-bit index holds: each is found,
# the last as well as the first (quote numbers once wrapped past 32767 and
# gave one quote spanning the whole record).
awk 'BEGIN { printf "Anna Berg spoke."; for (i = 0; i < 33000; i++) printf " \"We will build %d more homes here,\" she said.", i; print "" }' >"$T/many.txt"
t "33000 quotations in one record" \
	'pull-quotes -o tsv "$T/many.txt" >"$T/o"; wc -l <"$T/o"; tail -1 "$T/o" | cut -f6-9' \
	'33000
We will build 32999 more homes here	Anna Berg	said	direct'

# A quote held over to the next record is written with the record it began
# in: its numeric id, its line and its kept fields, not the later record's.
printf '{"id":7,"line":3,"src":"first","text":"Ann Lee said: “We will win."}\n{"id":7,"line":5,"src":"second","text":"“And we will fight on,” she added."}\n' >"$T/held.jsonl"
t "a held quote keeps its first record's id, line and kept fields" 'pull-quotes -k src "$T/held.jsonl"' \
	'{"id":7,"line":3,"src":"first","start":15,"end":27,"quote":"We will win. And we will fight on","speaker":"Ann Lee","cue":"added","kind":"direct","source":"she","source_start":null,"source_end":null,"speaker_type":"PER","role":null}'

# Sources of every kind: the source as written with its offsets, the
# speaker's type (an organisation by its fullest form, a government by its
# country) and role; a source that names nobody keeps speaker null.
printf 'The Syrian Democratic Forces (SDF) met on Monday. The SDF said the deal was “a betrayal”.\n\nRussia said it was “a step forward”.\n\nA senior official said “nothing is agreed”.\n\nFormer prosecutor Elie Honig said: “It is a crime.”\n' >"$T/kinds.txt"
t "sources: organisation, government, description, person with role" \
	'pull-quotes -o tsv "$T/kinds.txt" | cut -f6,7,10-' \
	'a betrayal	Syrian Democratic Forces	The SDF	50	57	ORG	
a step forward	Russia	Russia	0	6	LOC	
nothing is agreed		A senior official	0	17		
It is a crime.	Elie Honig	Former prosecutor Elie Honig	0	28	PER	prosecutor'
t "-s matches an organisation" 'pull-quotes -s "Syrian Democratic Forces" -o text "$T/kinds.txt"' 'a betrayal'

# Attribution patterns: a possessor speaks through a spokesman or a
# statement, "the spokesperson" again is the same organisation, "X, who
# denounced" hangs on X; a word mentioned or a title is not a quotation.
printf 'An Interpol spokesperson said the rules “forbid it”. The spokesperson added they “would not act”.\n\nThe Court of Session sat in Edinburgh. The court'"'"'s summary concluded: “The order is void.”\n\nOthers, such as governor Chris Christie, who denounced the claims as a “national embarrassment”, disagreed.\n\nThe word “pandemic” is old. He read a book on “My Little Pony” yesterday.\n' >"$T/patterns.txt"
t "patterns: spokesperson, possessive, relative clause, mentions" \
	'pull-quotes -o tsv "$T/patterns.txt" | cut -f6,7,8,13' \
	'forbid it	Interpol	said	ORG
would not act	Interpol	added	ORG
The order is void.	Court of Session	concluded	ORG
national embarrassment	Chris Christie	denounced	PER'

# Doubled apostrophes and TeX-style marks are quotation marks: the text and
# the offsets leave both bytes of each mark out.
printf "Smith spoke. \`\`We will fight,'' Smith added. Ann said ''no'' and \`yes' to it.\n" >"$T/tex.txt"
t "TeX marks and doubled apostrophes" 'pull-quotes -o tsv "$T/tex.txt" | cut -f4-7' \
	'15	28	We will fight	Smith
56	58	no	Ann
66	69	yes	Ann'

# The entity tagger decides names the rules leave open near a quotation:
# a person with no known first name, an organisation the lists lack
# (with no speech verb after the name, the rules alone cannot tell).
printf 'Agnès Callamard, a UN rapporteur, visited the site. “True justice takes time,” she said.\n' >"$T/tagger.txt"
t "tagger: a person the lists do not know" 'pull-quotes -o tsv "$T/tagger.txt" | cut -f6,7,13' \
	'True justice takes time	Agnès Callamard	PER'
t "-m none: rules alone" 'pull-quotes -m none -o tsv "$T/tagger.txt" | cut -f6,7' \
	'True justice takes time	'
terr "-m with an unknown model" 'pull-quotes -m nosuch "$T/tagger.txt"' 'no compiled-in model' 2
printf 'The World Health Organization (WHO) met. The WHO'"'"'s website said: “Stay home.” Sales rose in a “sharp increase” last week, according to a Woolworths spokesperson. In a statement, the Turkish Ministry of Foreign Affairs denounced the summit, calling the deal “legitimate”.\n' >"$T/orgs.txt"
t "organisations: acronym possessive, according to at the end, participle" \
	'pull-quotes -o tsv "$T/orgs.txt" | cut -f6,7,8,13' \
	'Stay home.	World Health Organization	said	ORG
sharp increase	Woolworths	according to	ORG
legitimate	Turkish Ministry of Foreign Affairs	calling	ORG'

# The attribution patterns of issue 13, one paragraph each
# (tests/data/quotes/patterns.txt): party tags, "said MSNBC host X",
# appositions, colon lead-ins with and without a speech verb, dash
# signatures, the passive "was quoted as saying", possessors, unnamed
# sources, pronouns.
t "attribution patterns" 'pull-quotes -o tsv "$NF_ROOT/tests/data/quotes/patterns.txt" | cut -f6-10,13,14' \
	'We will not back down.	Jane Roe	said	direct	Rep. Jane Roe (D-Wis.)	PER	representative
It is a disgrace	John Doe	said	direct	MSNBC host John Doe	PER	host
dead on arrival	John Doe	said	partial	John Doe, a spokesman for the campaign	PER	host
We have the votes.	Jane Roe	continued	direct	Jane Roe	PER	representative
This bill is finished.	Jane Roe		direct	Roe	PER	representative
Nobody is above the law.	Jane Roe		direct	Jane Roe	PER	representative
Democracy dies in darkness.	John Doe		direct	John Doe	PER	host
we will win		was quoted as saying	direct	The minister		
deeply concerned	Jane Roe	said	partial	Roe'"'"'s spokesman	PER	representative
talks have stalled		said	direct	A senior official		
a betrayal	Mary Smith	told	partial	Sen. Mary Smith (R-Texas)	PER	senator
We were misled.	Mary Smith	added	direct	She	PER	senator
We are ready	Tim Walz	said	direct	Gov. Tim Walz	PER	governor
The state is prepared.	Tim Walz	added	direct	He	PER	governor
knife-obsessed	Metropolitan Police	described	partial	the police	ORG	
sympathies	State Department	gave	partial	The State Department	ORG	
attention at senior levels	State Department	said	partial	The State Department	ORG	'

# The classes of the second round, one paragraph each
# (tests/data/quotes/patterns2.txt): a role phrase, an age or a
# participle around a name, a name an apposition gives, "said his father,
# X", "quoted X as saying", an institution's noun and its fullest phrase,
# "it" and "the company" for the organisation in focus, a person's
# campaign, a pronoun after an unnamed spokesman, the last attribution's
# subject, a surname shared by two people, "according to" an
# organisation, scare quotes and names dropped, a participle as an
# adjective, the person in focus, a surname for a fuller name.
t "attribution patterns, second round" 'pull-quotes -o tsv "$NF_ROOT/tests/data/quotes/patterns2.txt" | cut -f6-10,13,14' \
	'We lost the game	Ada Park	said	direct	Ada Park	PER	
I was wrong	Ben Hale	told	direct	Ben Hale, 52	PER	
thrilled	Lena Cruz	said	partial	Lena Cruz, accepting the prize by video	PER	
We are tired.	Maria	said	direct	a nurse who gave her name only as Maria	PER	
He was a good boy	Omar Saleh	said	direct	his father, Omar Saleh	PER	
the deal is off	Paul Reed	saying	direct	Paul Reed	PER	
Work resumes today	mining ministry	said	direct	the ministry	ORG	
a danger to shipping	Harbor Agency	said	partial	It	ORG	
We expect growth next year	Kestrel Labs	said	direct	the company	ORG	
a lie	Lopez campaign	called	partial	The Lopez campaign	ORG	
They were armed	police	said	direct	he	ORG	
It is over.	Tom Blake	tweeted	direct	He	PER	interior minister
our life	Joe Harlow	called	partial	Harlow	PER	
Demand is weak	Central Statistics Office	according to	direct	the Central Statistics Office	ORG	
a fantasy	Tom Wu	called	partial	Tom Wu	PER	
The referee was poor today.	Ivan Petrov		direct		PER	coach
I leave with pride	Rosa Maria Vidal Soto	said	direct	Vidal	PER	'

# Third round's classes, one paragraph each (tests/data/quotes/patterns3.txt):
# the agent of a passive before the quote ("described by X as", "told by X
# of"), a document or voice owned by a name after a verb of reading, with
# the second half of the quotation it splits ("…," reads a Northwind Railways
# press release, "…"; reads Judge X's statement), a lower-case
# organisation's possessive for the organisation in focus ("the company's
# statement read"), a name after an organisation's possessive
# ("Brightcycle's Omar Diaz"), and an interview's "((Name))" label for
# the "I" of the answer after it, over paragraphs, until "((WN))"; from
# the third round's development part: "X, an apposition, who said", "said
# study co-author Professor X" (a role the lists lack), a place after a
# comma inside an organisation's name ("of the University of Texas,
# Austin"), an infinitive that is not a colon lead-in's verb, a document
# after a verb of reading ("reads the report"), a day between a subject
# and its verb, a colon lead-in's verb in -ed, "the Department" for the
# institution named before, the reporting verb before a verb inside what
# it reports, "apologised for", a participle after a verb's object for
# the clause's subject (not a banner's words).
t "attribution patterns, third round" 'pull-quotes -o tsv "$NF_ROOT/tests/data/quotes/patterns3.txt" | cut -f6-10,13,14' \
	'clear mandate	Ana Lutz	described	partial	Prime Minister Ana Lutz	PER	prime minister
at least twelve people	Karl Benz	told	partial	Mayor Karl Benz	PER	mayor
Orlov was loved by everyone here	Northwind Railways	reads	direct	a Northwind Railways press release	ORG	
a patient teacher and a kind friend.	Northwind Railways	reads	direct	a Northwind Railways press release	ORG	
The old rules may once have made sense	Hana Ito	reads	direct	Judge Hana Ito'\''s statement	PER	judge
but they no longer apply.	Hana Ito	reads	direct	Judge Hana Ito'\''s statement	PER	judge
We regret the closures	Vela Foods Ltd	read	direct	the company'\''s statement	ORG	
Demand is back	Omar Diaz	says	direct	Brightcycle’s Omar Diaz	PER	
I want to build bridges.	Mara Lind	said	direct	I	PER	
the bridge is finished	Mara Lind	told	partial	I	PER	
thank you		said	partial	I		
The plots are recovering.	Ruth Amsel	said	direct	Ruth Amsel, a soil chemist and lecturer at Brandt College	PER	
The wells were dug later	Ivo Marsh	said	direct	study co-author Professor Ivo Marsh	PER	professor
The samples were far too small.	Lena Obi	disagreed	direct	Lena Obi of the University of Texas, Austin	PER	
My grandmother was called Aurora.	Pavel Rusk	explained	direct	Pavel Rusk	PER	
Cases are far more numerous than reported		reads	direct	the report		
as a weapon against the poor	Rosa Kell	told	partial	One activist, Rosa Kell	PER	
The voters will decide this election.	Harlow campaign	recycled	direct	The Harlow campaign	ORG	
Nobody was hurt in the fire.	Oregon Department of Youth Services	issued	direct	The Department	ORG	
These frogs are turning on ancient machinery.	Dana Cole	told	direct	Herpetologist Dana Cole	PER	
having an idiot as economy minister.	Ana Lutz	apologised	partial	The prime minister	PER	prime minister
Today I signed the bill into law.	Mae Dunn	saying	direct	Governor Mae Dunn	PER	governor
hands off our pensions		saying	partial	banners		'

# A progressive's auxiliary between the subject and an -ing verb is not
# the source ("she was directing"); a passive ("was told") keeps its
# listener out of the speaker's place (its agent after the quote, "by
# an aide", is not read yet).
printf 'Pelosi spoke on Tuesday. Specifically, she was directing six committees to "proceed with their investigations" at once.\n\nJane Roe arrived late. She is urging voters to "stay home" this week.\n\nBob Dole arrived. He was told "the plan is dead" by an aide.\n' >"$T/aux.txt"
t "progressive: the subject before is, was" \
	'pull-quotes -o tsv "$T/aux.txt" | cut -f6,7,10' \
	'proceed with their investigations	Pelosi	she
stay home	Jane Roe	She
the plan is dead		'

# A pronoun after an unnamed source ("The head of …", "A spokeswoman for
# …") goes on about that source, not a person of its sex named earlier;
# the head of an "of" phrase with a possessor is the source.
cat >"$T/desc.txt" <<'END'
Lawyer Ann Cole spoke first. The head of the police's internal investigators told the court "Basic checks weren't done." She also said "I regret it."

Mayor Tom Reed opened the hearing. The director of the city's water agency told reporters "The pipes are old." She added "We need money."

Judge Amy Park heard the case. A spokeswoman for the hospital said "He is stable." She said "He will recover."

Senator Bill Hart visited. The chief of the fire department told residents "Leave now." He said "It is spreading."
END
t "a pronoun after an unnamed source names nobody" \
	'pull-quotes -o tsv "$T/desc.txt" | cut -f6,7,10' \
	"Basic checks weren't done.		The head of the police's internal investigators
I regret it.		She
The pipes are old.		The director of the city's water agency
We need money.		She
He is stable.		A spokeswoman for the hospital
He will recover.		She
Leave now.		The chief of the fire department
It is spreading.		He"

# A verb of giving with the quotation as its owned object ("gave its
# “…”") brings it in. "The police" before the story names the force
# stays "police": a name from later in the record would make documents
# and their sentence records disagree.
cat >"$T/give.txt" <<'END'
The State Department gave its "deepest sympathies" and said it would help.

Prime Minister Ann Holt offered her "heartfelt condolences" to the families.

Officers shot the man in what the police declared a "terrorist-related" attack. Commander Ian Reed of the Metropolitan Police Counter Terrorism Command spoke later.
END
t "giving verbs; no name from later in the record" \
	'pull-quotes -o tsv "$T/give.txt" | cut -f6-8,13' \
	'deepest sympathies	State Department	gave	ORG
heartfelt condolences	Ann Holt	offered	PER
terrorist-related	police	declared	ORG'

# A government named by its country is the country (LOC): by demonym,
# by possessive, and "the government" soon after; a city's government
# is an organisation, as before.
cat >"$T/gov.txt" <<'END'
The Samoan government closed schools on Monday. The government said "Schools will reopen."

The German government said Navalny was poisoned, calling the evidence "unequivocal".

India's government said "We are ready."

The Seoul government said "Buses will run."
END
t "governments named by their country" \
	'pull-quotes -o tsv "$T/gov.txt" | cut -f6,7,10,13' \
	'Schools will reopen.	Samoa	The government	LOC
unequivocal	Germany	The German government	LOC
We are ready.	India	India'"'"'s government	LOC
Buses will run.	Seoul government	The Seoul government	ORG'

# An unnamed source of more than one word after the quotation: lower-case
# modifiers before a head noun of sources (a role, an official, an
# organisation's noun, a voice) are the source's, not another clause
# (these quotations were once lost whole); a quantifier opens the source
# ("one executive"); a voice ("spokesman") speaks for the organisation
# before it, an officer or official for nobody named.
cat >"$T/unnamed.txt" <<'END'
"We will appeal," a company spokesman said.

"We will appeal," the court's summary said.

"Prices will rise," a senior government official said.

"Nobody warned us," one executive said.

"Stay inside," an army officer said.

"Stay calm," a police spokesman said.
END
t "unnamed sources of several words after the quotation" \
	'pull-quotes -o tsv "$T/unnamed.txt" | cut -f6,7,10,13' \
	"We will appeal		a company spokesman	
We will appeal	court	the court's summary	ORG
Prices will rise		a senior government official	
Nobody warned us		one executive	
Stay inside		an army officer	
Stay calm	police	a police spokesman	ORG"

# A party tag after a legislator's name ("Sen. Mark Hale, R-Texas,") is
# an apposition, never a name; "X was quoted as saying" after the
# quotation gives X.
cat >"$T/party.txt" <<'END'
Sen. Mark Hale, R-Texas, said "It is over."

"It is over," Rep. Ann Lee, D-N.Y., said.

"The plan failed," Jane Roe was quoted as saying.
END
t "party tags and quoted as saying after the quotation" \
	'pull-quotes -o tsv "$T/party.txt" | cut -f6-8,10' \
	'It is over.	Mark Hale	said	Sen. Mark Hale, R-Texas
It is over	Ann Lee	said	Rep. Ann Lee, D-N.Y.
The plan failed	Jane Roe	was quoted as saying	Jane Roe'

# An unnamed person as the source: a relative clause on its noun before
# the verb ("a woman who lives nearby said") or after it ("said a man
# who declined to give his name"), nouns of people met unnamed in the
# news ("a scientist", "a woman"), and a pronoun after such a source
# going on about it, not about a woman named before it.
cat >"$T/who.txt" <<'END'
Ann Lee chaired the panel. "It is expanding," a woman who lives nearby said. "We measured it," she said.

"We ran," said a man who declined to give his name. "It was loud," he said.

Ann Lee chaired the panel. A scientist at the lab said the universe was expanding. "We measured it," she said.
END
t "unnamed people with a relative clause, and a pronoun after them" \
	'pull-quotes -o tsv "$T/who.txt" | cut -f6-8,10' \
	'It is expanding		said	a woman who lives nearby
We measured it		said	she
We ran		said	a man who declined to give his name
It was loud		said	he
We measured it		said	she'

# Adverbs between a source and its verb: in -ly ("bluntly") as well as
# the listed ones ("later", "has"), before the quotation and after it,
# and never part of the source; "appeared to mock" is a verb phrase,
# not a source.
cat >"$T/adverb.txt" <<'END'
Ann Smith spoke. Smith bluntly said, "It undermines the principle."

"We are sad," the team later said.

"We are sad," a company spokesman has said.

"Prices will rise," Ann Smith tersely said.

He claimed that the protester deserved to be "roughed up", appeared to mock a reporter and left.
END
t "adverbs between a source and its verb" \
	'pull-quotes -o tsv "$T/adverb.txt" | cut -f6-8,10' \
	'It undermines the principle.	Ann Smith	said	Smith
We are sad		said	the team
We are sad		said	a company spokesman
Prices will rise	Ann Smith	said	Ann Smith
roughed up		claimed	He'

# A role "of" an organisation, then the person's name, after the verb:
# with the organisation and the name in one capitalised run ("CEO of the
# Refugee Council Enver Solomon", the tagger or the words telling where
# the name starts) or the name after a comma; the source runs to the
# name's end.
cat >"$T/roleof.txt" <<'END'
"This is cruel," said CEO of the Refugee Council Enver Solomon.

"This is cruel," said director of Amnesty International Man-Kei Tam.

"This is cruel," said the director of Amnesty International, Man-Kei Tam.
END
t "a role of an organisation, then the name" \
	'pull-quotes -o tsv "$T/roleof.txt" | cut -f6,7,10' \
	'This is cruel	Enver Solomon	CEO of the Refugee Council Enver Solomon
This is cruel	Man-Kei Tam	director of Amnesty International Man-Kei Tam
This is cruel	Man-Kei Tam	the director of Amnesty International, Man-Kei Tam'

# A name, an apposition and "who" before the verb, with a span of time
# between ("X, the populist, who last year demanded"): the name; the
# relative pronoun and the time are no part of the source. A noun
# compound after a preposition is no subject and verb ("for security
# reasons, such as “…”").
cat >"$T/who2.txt" <<'END'
Geert Wilders, the far-right populist, who last year demanded that "repeat offenders" be punished.

Ann Lee this week told reporters "We are ready."

Crews turn transponders off for security reasons, such as "in areas where piracy is a risk".
END
t "a name, an apposition, who, a span of time" \
	'pull-quotes -o tsv "$T/who2.txt" | cut -f6-8,10' \
	'repeat offenders	Geert Wilders	demanded	Geert Wilders, the far-right populist
We are ready.	Ann Lee	told	Ann Lee
in areas where piracy is a risk			'

# Royal titles are titles ("Prince Harry" ... "the prince said", and a
# royal's single name keeps its title: "Prince Harry"); a title
# word that ends a name after a first name is a surname ("Stephen
# King" ... "King said"), also when it comes alone later.
printf '%s\n' 'Prince Harry spoke to reporters. "Of course I read them," the prince said.' 'Stephen King spoke. "I read them," King said.' 'King Charles spoke. "We are grateful," the King said.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/royal.jsonl"
t "royal titles; a title word as a surname" \
	'pull-quotes -o tsv "$T/royal.jsonl" | cut -f6,7,10,14' \
	'Of course I read them	Prince Harry	the prince	prince
I read them	Stephen King	King	
We are grateful	King Charles	the King	king'

# An organisation after the verb is the source ("said KCNA", "said the
# Foreign Ministry"), and "it" after it; a name after the
# organisation's role is the person ("said University of California,
# San Diego's chancellor, Pradeep Khosla"). "New" opens a name ("The
# New York Times"); the United Nations is an organisation.
printf '%s\n' '"War is bad," said KCNA. "Provocation deserves punishment," it added.' '"War is bad," said the Foreign Ministry.' '"Walter was brilliant," said University of California, San Diego'"'"'s chancellor, Pradeep Khosla.' 'The New York Times said "War is bad."' 'The United Nations said "War is bad."' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/orgafter.jsonl"
t "organisations after the verb" \
	'pull-quotes -o tsv "$T/orgafter.jsonl" | cut -f6,7,13' \
	'War is bad	KCNA	ORG
Provocation deserves punishment	KCNA	ORG
War is bad	Foreign Ministry	ORG
Walter was brilliant	Pradeep Khosla	PER
War is bad.	New York Times	ORG
War is bad.	United Nations	ORG'

# A country or an acronym between a title and a person's noun names no
# one ("a senior US researcher" is not a person "US" for a later
# "she"); a one-word name with an apposition of a person or an age
# ("Zeina, a twenty-something student,", "Maria, 34,") is a person.
printf '%s\n' 'People screen out noises, a senior US researcher warns. Zeina, a twenty-something student, fears danger. “I used to have nightmares,” she reflected.' 'Maria, 34, lives here. “There is no work,” she says.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/single.jsonl"
t "one-word names with an apposition; no person from a modifier" \
	'pull-quotes -o tsv "$T/single.jsonl" | cut -f6,7,10' \
	'I used to have nightmares	Zeina	she
There is no work	Maria	she'

# A voice with a name after it is the person, without one the
# organisation.
printf '%s\n' '"War is bad," said Acme spokesman John Doe.' '"War is bad," said an Acme spokesman.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/voice.jsonl"
t "a voice with a name" \
	'pull-quotes -o tsv "$T/voice.jsonl" | cut -f7,10,13' \
	'John Doe	Acme spokesman John Doe	PER
Acme	an Acme spokesman	ORG'

# A name given alone, an apposition, then a speech verb is a person
# ("Pelosi, speaking to reporters, said"), whom "she" goes on about;
# not a thing's name with "which" ("The charity National Trust, which
# employs …, said").
printf '%s\n' 'Rep. Alexandria Ocasio-Cortez spoke first. Pelosi, speaking to reporters, said the House would act. Asked about the president, she said: "He is afraid of the truth."' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/appos.jsonl"
t "a name alone, an apposition, a speech verb" \
	'pull-quotes -o tsv "$T/appos.jsonl" | cut -f7,10' \
	'Pelosi	she'

# A sign from someone says its words, and a sign is nobody: "a banner
# from People's Vote saying “…”" names no one (the source is the
# banner).
printf '%s\n' "Protesters carried flags and a banner from People's Vote saying \"put it to the people\"." |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/banner.jsonl"
t "a sign from an organisation is nobody" \
	'pull-quotes -o tsv "$T/banner.jsonl" | cut -f6,7,10' \
	"put it to the people		a banner from People's Vote"

# An acronym with its words in brackets, either way round, names the
# organisation by its words ("AEW (All Elite Wrestling)", "All Elite
# Wrestling (AEW)"), also where the words alone name no organisation.
printf '%s\n' 'Huber performed for AEW (All Elite Wrestling) as Brodie Lee. "Huber was respected," reads an AEW press release.' 'Huber performed for All Elite Wrestling (AEW). "Huber was respected," reads an AEW press release.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/acronym.jsonl"
t "an acronym and its words in brackets" \
	'pull-quotes -o tsv "$T/acronym.jsonl" | cut -f7,13' \
	'All Elite Wrestling	ORG
All Elite Wrestling	ORG'

# A name after "of" and a few lower-case words modifies the subject
# before it, also when it stands next to the verb ("Peter Iseley of
# worldwide victim group Ending Clergy Abuse said").
printf '%s\n' 'To this, Peter Iseley of worldwide victim group Ending Clergy Abuse said, "The church should establish the law."' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/ofgroup.jsonl"
t "a name after of and lower-case words is no speaker" \
	'pull-quotes -o tsv "$T/ofgroup.jsonl" | cut -f7,13' \
	'Peter Iseley	PER'

# "X quoted Y as saying" after the quotation gives Y (a pronoun too);
# "the Post", "the Times" give the paper named before in full.
printf '%s\n' '"The plan is dead," Politico quoted a senior aide as saying.' 'Jane Roe spoke. "The plan is dead," the paper quoted her as saying.' 'The Washington Post reported the story first. "The plan is dead," the Post reported.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/quotedas.jsonl"
t "X quoted Y as saying; the paper by its last word" \
	'pull-quotes -o tsv "$T/quotedas.jsonl" | cut -f7,8,10' \
	'	saying	a senior aide
Jane Roe	saying	her
Washington Post	reported	the Post'

# A title in headline case after a word is a title, also with the
# sentence's stop inside the marks (American punctuation): "She spoke
# on NBC's “Meet the Press.”" holds no quotation.
printf '%s\n' 'She spoke on NBC'"'"'s "Meet the Press." Critics called the plan "dead on arrival."' >"$T/show.txt"
t "a programme's title with the stop inside the marks" \
	'pull-quotes -o tsv "$T/show.txt" | cut -f6,8' \
	'dead on arrival.	called'

# A paragraph that ends in a colon after a speech verb leads in the
# quotation opening the next paragraph (a block quotation), in a JSON
# record's text and across plain-text paragraphs alike.
printf 'Doe wrote in a letter:\n\n"We have reviewed the case.\n\n"We found no fault."\n\nThe board met on Friday.\n' >"$T/block.txt"
t "a colon lead-in over the paragraph end" \
	'pull-quotes -o tsv "$T/block.txt" | cut -f6-8; jq -R -s -c "{id: \"x\", text: .}" "$T/block.txt" | pull-quotes -o tsv | cut -f6-8' \
	'We have reviewed the case. We found no fault.	Doe	wrote
We have reviewed the case. We found no fault.	Doe	wrote'

# After the verb, a role in capitals then a comma and the name gives the
# person ("said Lemnos Mayor, Dimitris Marinakis"); "the Mayor" in
# capitals is resolved as "the mayor" is, its other title words asked
# for ("the Welsh Health Minister" is not the prime minister).
printf '%s\n' '"We will suffer more," said Lemnos Mayor, Dimitris Marinakis.' 'Mayor Dimitris Marinakis spoke. "We will suffer more," said the Mayor.' 'Prime Minister David Cameron spoke. "This is a huge day," said the Welsh Health Minister.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/capsrole.jsonl"
t "roles in capitals after the verb" \
	'pull-quotes -o tsv "$T/capsrole.jsonl" | cut -f7,10' \
	'Dimitris Marinakis	Lemnos Mayor, Dimitris Marinakis
Dimitris Marinakis	the Mayor
	the Welsh Health Minister'

# A sentence about an unnamed person ("One waiter, who …, said …"), and
# pronouns that go on about them, keep "he" and "she" off the persons
# named before: the quotation gets no speaker. "The lawyer" may be a
# person named before, and is not taken for a new one.
printf '%s\n' 'Richard Hodgson of Unite spoke. One waiter, who has worked for 11 years for another chain, said that a third of his income is from tips. He does not want to be identified. "I work in a busy London branch," he says.' 'Ann Lee chaired the panel. A woman who lives nearby said the noise was terrible. "We cannot sleep," she said.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/anon.jsonl"
t "pronouns after an unnamed person" \
	'pull-quotes -o tsv "$T/anon.jsonl" | cut -f6,7,10' \
	'I work in a busy London branch		he
We cannot sleep		she'

# Appositions after a name that open with a possessive ("Sweden's foreign
# minister") or end in a lower-case head after capitals ("Arsenal
# manager"), and appositions of several clauses ("who was detained …,
# beaten …", "one of the pioneers …, and a founder of …"), before or
# after the quotation: the name is the speaker, never the role alone.
printf '%s\n' 'Anna Berg, Sweden'"'"'s foreign minister, said: "This is unacceptable."' '"We were poor," Jim Boyd, Arsenal manager, said.' 'Nyingi, who was detained for nine years, beaten and chained, said: "I wanted the truth."' '"It will replace the autopsy," Richard Dirndorfer, one of the pioneers of DNA analysis, and a founder of Virtopsy, told the magazine.' '"It was late," Tom Hale, who left on Monday, tired and angry, said.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/appos2.jsonl"
t "appositions with a possessive, a bare role or several clauses" \
	'pull-quotes -o tsv "$T/appos2.jsonl" | cut -f7,10' \
	"Anna Berg	Anna Berg, Sweden's foreign minister
Jim Boyd	Jim Boyd, Arsenal manager
Nyingi	Nyingi, who was detained for nine years, beaten and chained
Richard Dirndorfer	Richard Dirndorfer, one of the pioneers of DNA analysis, and a founder of Virtopsy
Tom Hale	Tom Hale, who left on Monday, tired and angry"

# A possessive set apart from its word ("Delacourt ’s novel", as text
# taken from PDF writes it) is an apostrophe, not a quotation opening
# to the end of the paragraph.
printf '%s\n' 'Her lawyer said that Delacourt ’s novel used her name. He has gone to court. “It is theft,” he said.' >"$T/sposs.txt"
t "a possessive set apart is no quotation mark" \
	'pull-quotes -o tsv "$T/sposs.txt" | cut -f6,8' \
	'It is theft	said'

# A definite description that comes back to a person named before: by a
# word of their apposition ("Mia Lund, a professor at …" … "the Uppsala
# professor added"; "the former mayor"), their title, or, for an
# age or a profession the story gives one person ("says the
# 27-year-old", "the author"), the person in focus. A capitalised
# modifier is never the speaker ("the Vermont senator" gave "Vermont");
# a modifier the person's title lacks is someone else ("the local health
# minister" is not the civil aviation minister); a clause after a name
# is no apposition ("Feinstein, the bill lets …").
printf '%s\n' 'Mia Lund, a professor at Uppsala University, led the study. "This is a surprise," the Uppsala professor added.' \
	'Senator Bernie Sanders spoke in Iowa. "We will win," the Vermont senator said.' \
	'Pete Buttigieg, the former mayor of South Bend, spoke on Monday. "We are ready," said the former mayor.' \
	'Louise Ingabire, 27, runs the shop. "I had no job before," says the 27-year-old.' \
	'Novelist Tom Reed read from his book. "It is long," Reed said. Reed said it was "a hard year". The title is from a song by composer Ann Cole, but the author said it was "a gift".' \
	'Civil Aviation Minister Hardeep Puri said 18 people died. The local health minister said, "The injured are in hospital."' \
	'Under a plan by Senator Dianne Feinstein, the bill lets the agency keep data. "It is a fig leaf," the bill maintains.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/desc.jsonl"
t "descriptions that come back to a person" \
	'pull-quotes -o tsv "$T/desc.jsonl" | cut -f7,10' \
	'Mia Lund	the Uppsala professor
Bernie Sanders	the Vermont senator
Pete Buttigieg	the former mayor
Louise Ingabire	the 27-year-old
Tom Reed	Reed
Tom Reed	Reed
Tom Reed	the author
	The local health minister
	the bill'

# Verbs of manner of speaking and the gestures features write after a
# quotation ("he chuckles", "she smiled", "remembers Timms") are speech
# verbs; "enthused" is left out, an adjective more often ("is enthused
# by the idea").
printf '%s\n' 'Izumi Tabata has seen it all before. "They were dead!" he chuckles.' '"Back home, every pub closed," remembers Neil Timms.' 'Ann Lee waved. "Yes," she smiled.' 'Fatuma Ndangiza runs the board. She is enthused by the idea. "I think it is great," she said.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/manner.jsonl"
t "verbs of manner of speaking" \
	'pull-quotes -o tsv "$T/manner.jsonl" | cut -f7,8' \
	'Izumi Tabata	chuckles
Neil Timms	remembers
Ann Lee	smiled
Fatuma Ndangiza	said'

# After the verb, a role with a determiner or a possessor, a comma and
# the name ("said the Welsh Health Minister, Mark Drakeford", "says
# SOHAY's programme manager, Mohammed al-Mamun", "said a neighbour, Omar
# Saleh"): the name is the speaker; with a clause after the comma, the
# role stays unresolved.
printf '%s\n' '"This is a huge day," said the Welsh Health Minister, Mark Drakeford.' '"We aim to teach," says SOHAY'"'"'s programme manager, Mohammed al-Mamun.' '"We are broken," said a neighbour, Omar Saleh.' '"We are broken," said the minister, who was in Paris.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/rolecomma.jsonl"
t "a role, a comma and the name after the verb" \
	'pull-quotes -o tsv "$T/rolecomma.jsonl" | cut -f7,10' \
	"Mark Drakeford	the Welsh Health Minister, Mark Drakeford
Mohammed al-Mamun	SOHAY's programme manager, Mohammed al-Mamun
Omar Saleh	a neighbour, Omar Saleh
	the minister"

# A quotation that opens the sentence after one whose speech verb
# stands in a parenthesis ("Historically, says Ingabire, women were
# forbidden to drum. “…”") goes on with that verb's subject, after the
# verb; a surname that is a people's word ("French" after "Chris
# French") names the person beside a verb or a comma, not before a
# noun ("French officials").
printf '%s\n' 'Historically, says Louise Ingabire, women were forbidden to drum. "But it brings unity."' 'Chris French spoke. As the technology develops, said French, scientists need to think. "We need care."' 'Chris French spoke. French officials said it was "too early".' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/paren.jsonl"
t "a parenthesis in the sentence before, a surname that is a people's word" \
	'pull-quotes -o tsv "$T/paren.jsonl" | cut -f7,10' \
	'Louise Ingabire	Louise Ingabire
Chris French	French
	French officials'

# "is to blame" is a copula and an infinitive, no speech verb: the
# parenthesis before it ("The media, she said, is partly to blame for
# making the rich “…”") attributes the quotation.
printf '%s\n' 'Jamie Traeger-Muney spoke. The media, she said, is partly to blame for making the rich "feel ashamed".' >"$T/toblame.txt"
t "'is to blame' is no speech verb" \
	'pull-quotes -o tsv "$T/toblame.txt" | cut -f7,8,10' \
	'Jamie Traeger-Muney	said	she'

# A speech verb right after a quotation and its comma keeps the quotation
# as speech even when its source is not read ("said the report's
# editor." lost a six-word quotation as a scare quote); a possessor in
# a role before the comma and the name ("said the report's editor,
# Anders Jägerskog"); "new" among a role's words ("said new media
# specialist Ian Maude").
printf '%s\n' '"We need a new recipe," said the report'"'"'s editor, Anders Jägerskog.' '"We need a new recipe," said the report'"'"'s editor.' 'A spokeswoman for Facebook declined to comment. "The problem is here," said new media specialist Ian Maude at Enders Analysis.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/unread.jsonl"
t "a speech verb after a quotation with its source unread" \
	'pull-quotes -o tsv "$T/unread.jsonl" | cut -f6-8' \
	'We need a new recipe	Anders Jägerskog	said
We need a new recipe		said
The problem is here	Ian Maude	said'

# A scare quote dropped is no quotation of its sentence: the next
# sentence's quotation goes on with that sentence's own verb, read
# after it when it ends the sentence ("The “expensive” tag was
# unjustified, said Mary Chapman at Technomic. “…”"); a naming verb
# ("a report called “Human Performance”") leads in nothing.
printf '%s\n' 'The "expensive" tag was unjustified, said Mary Chapman at Technomic. "Prices have gone up."' 'Arianna Huffington spoke first. In 2008, the Pentagon published a report called "Human Performance". "Imagine that you could make a human who slept less."' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/scareps.jsonl"
t "a dropped scare quote, the sentence's own verb" \
	'pull-quotes -o tsv "$T/scareps.jsonl" | cut -f6-8' \
	'Prices have gone up.	Mary Chapman	said
Imagine that you could make a human who slept less.		'

# US political news: a party's member as a description ("the Vermont
# independent", "the California Democrat", "The Kentucky Republican")
# comes back to the politician in focus, never to the place; "the former
# vice president" to the person with that title; a programme after
# "told" in headline case ("told “Fox & Friends.”", "told NBC's “Meet
# the Press”") is whom one tells, no quotation.
printf '%s\n' 'Senator Bernie Sanders spoke. "I am not going anywhere," the Vermont independent told CNN.' \
	'Rep. Adam Schiff spoke. "We have it," said the California Democrat.' \
	'Mitch McConnell spoke. The Kentucky Republican said the bill was "a socialist wish list."' \
	'On Monday, former Vice President Joe Biden spoke in Ohio. "We are ready," said the former vice president.' \
	'"I know nothing about it," Trump told "Fox & Friends."' \
	'Biden told NBC'"'"'s "Meet the Press" that "we will win."' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/uspol.jsonl"
t "party members, past titles and programmes in US political news" \
	'pull-quotes -o tsv "$T/uspol.jsonl" | cut -f6,7' \
	'I am not going anywhere	Bernie Sanders
We have it	Adam Schiff
a socialist wish list.	Mitch McConnell
We are ready	Joe Biden
I know nothing about it	Trump
we will win.	Biden'

# A dash attribution whose name a bracket follows: an embedded tweet's
# handle and date, a party tag ("— Donald J. Trump (@realDonaldTrump)
# October 2, 2020", "– Sen. Bernie Sanders (I-Vt.)"); with the comma
# inside the marks the quotation was lost whole.
printf '%s\n' '"Tonight we tested positive." — Donald J. Trump (@realDonaldTrump) October 2, 2020' '"Our democracy is at stake," – Sen. Bernie Sanders (I-Vt.)' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/dashb.jsonl"
t "dash attributions with a bracket after the name" \
	'pull-quotes -o tsv "$T/dashb.jsonl" | cut -f6,7,10' \
	'Tonight we tested positive.	Donald J. Trump	Donald J. Trump
Our democracy is at stake	Bernie Sanders	Sen. Bernie Sanders'

# An organisation's name with "for" and "and" in it ("the Centers for
# Disease Control and Prevention": a plural head noun); "the campaign"
# after "the Trump campaign" is that campaign.
printf '%s\n' 'According to the Centers for Disease Control and Prevention, masks "reduce transmission."' 'The Trump campaign said the ruling was "a travesty." "We will appeal," the campaign said in a statement.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/orgnames.jsonl"
t "organisations named with 'for' and 'and', and 'the campaign' again" \
	'pull-quotes -o tsv "$T/orgnames.jsonl" | cut -f7,13' \
	'Centers for Disease Control and Prevention	ORG
Trump campaign	ORG
Trump campaign	ORG'

# Appositions that hold an organisation or a place of their own
# ("Anderson Cooper, of CNN, one of her sons, stated", "Cynthia
# Thompson, curator … at the University of Arkansas, Fayetteville,
# said"), a stray comma after a name opening the sentence ("Archbishop
# Desmond Tutu, said:"; not when a subject follows the verb: "Humans,
# said the naturalist in 2013, are a “plague on earth”"), and a role
# then the name between commas after the quotation ("“…,” former
# presidential rival, Bobby Jindal, told the Guardian").
printf '%s\n' 'Anderson Cooper, of CNN, one of her four sons, stated, "She was extraordinary."' \
	'Cynthia Thompson, curator of exhibits at the University of Arkansas, Fayetteville, said, "These images are documents."' \
	'Archbishop Desmond Tutu, said: "He made people believe in Africa."' \
	'Humans, said TV naturalist Sir David Attenborough in 2013, are a "plague on earth".' \
	'"He is an egomaniac," former presidential rival, Bobby Jindal, told the Guardian.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/appos3.jsonl"
t "appositions with organisations and places, stray commas, a role then the name" \
	'pull-quotes -o tsv "$T/appos3.jsonl" | cut -f6,7' \
	'She was extraordinary.	Anderson Cooper
These images are documents.	Cynthia Thompson
He made people believe in Africa.	Desmond Tutu
plague on earth	
He is an egomaniac	Bobby Jindal'

# A participle after a clause whose subject is a role with the name in
# apposition ("The mayor of London, Sadiq Khan, gave …, adding, “…”"):
# the name, not the role looked up; a role alone stays the role.
printf '%s\n' 'The mayor of London, Sadiq Khan, gave his condolences via Twitter, adding, "An enquiry is underway."' 'President Joe Biden spoke. The president, who met Sadiq Khan, spoke on Monday, adding, "We will fight."' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/rolenamepart.jsonl"
t "a role with its name in apposition before a participle" \
	'pull-quotes -o tsv "$T/rolenamepart.jsonl" | cut -f6,7' \
	'An enquiry is underway.	Sadiq Khan
We will fight.	Joe Biden'

# A closing mark set apart from the word before it, as scraped and PDF
# text writes it ("what they called the “symbol of infidels ”."): it
# closes the quotation (it had opened one that ran to the paragraph's
# end); a mark before a word still opens one.
printf '%s\n' 'The gunman was sent to remove what they called the “symbol of infidels ”. She survived.' \
	'He said it was “a huge reward ”, and left. Then he said: “ We won.”' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/detached.jsonl"
t "a closing mark set apart closes the quotation" \
	'pull-quotes -o tsv "$T/detached.jsonl" | cut -f6,8' \
	'symbol of infidels	called
a huge reward	said
We won.	said'

# Names: an Arabic surname with its article stands alone without it
# ("Assad" for "Bashar al-Assad", "Mamun" for "Mohammed Abdullah
# al-Mamun"); a thing named for a person is no person ("Malala Day"
# after "Malala Yousafzai", "the Jane Addams Award"; but "Doris Day");
# an age noun comes back to the person in focus, as "the 27-year-old"
# does ("the teenager continued").
printf '%s\n' 'Syrian President Bashar al-Assad spoke on TV. "We will win," Assad said.' \
	'Malala Yousafzai spoke at the UN. The event, dubbed Malala Day, was a success. "I am not against anyone," she said. The Jane Addams Award went to her. "Books are weapons," Malala said.' \
	'Doris Day died at 97. "I have the reputation of being Miss Goody Two-Shoes," Day said.' \
	'Malala Yousafzai spoke for an hour. "The extremists are afraid of books," the teenager continued.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/names7.jsonl"
t "article surnames, things named for a person, age nouns" \
	'pull-quotes -o tsv "$T/names7.jsonl" | cut -f6,7' \
	'We will win	Bashar al-Assad
I am not against anyone	Malala Yousafzai
Books are weapons	Malala Yousafzai
I have the reputation of being Miss Goody Two-Shoes	Doris Day
The extremists are afraid of books	Malala Yousafzai'

# A web address ends a sentence with its dot ("said James Dunworth, of
# ecigarettedirect.co.uk. “…”": the next quotation goes on with no verb
# of its own), where "U.S." and "Ph.D." keep theirs.
printf '%s\n' '"The figures are out," said James Dunworth, of ecigarettedirect.co.uk. "Our customers are happy."' \
	'"It is," said Dr. Smith of the U.S. Army. "We agree," Ph.D. student Jane Roe said.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/webdot.jsonl"
t "a web address ends its sentence" \
	'pull-quotes -o tsv "$T/webdot.jsonl" | cut -f6-8' \
	'The figures are out	James Dunworth	said
Our customers are happy.	James Dunworth	
It is	Smith	said
We agree	Jane Roe	said'

# Words mentioned, not said: a list of three or more short quotations
# nobody says ("responds to “killed”, “convicted”, “murdered” and
# “confessed”"; but "Laing said the effects could be “profound”,
# “terrifying” and “incredibly traumatizing”"), and a name after a
# naming verb and its object ("calls them her “A-Team”"; but "called it
# “a total disgrace”").
printf '%s\n' 'The same region of the brain responds to “killed”, “convicted”, “murdered” and “confessed”.' \
	'Bruce Laing, a psychologist, said the effects could be “profound”, “terrifying” and “incredibly traumatizing”.' \
	'Arianna Huffington calls them her “A-Team”. She called it “a total disgrace”.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/mentioned.jsonl"
t "lists of words mentioned and names given are no quotations" \
	'pull-quotes -o tsv "$T/mentioned.jsonl" | cut -f6,7' \
	'profound	Bruce Laing
terrifying	Bruce Laing
incredibly traumatizing	Bruce Laing
a total disgrace	Arianna Huffington'

# A quotation left open at a paragraph's end goes on in the next one
# when that paragraph's first mark closes it (a line break inside a
# quotation, or a block quotation that forgot a paragraph's opening
# mark), in a document and in plain-text paragraphs alike.
printf '%s\n' 'After the match, Hernan Dario Gomez, Panama coach, said, "I think we have learned a lot.' \
	'It was a very emotional day. The team was focused."' \
	'Harry Kane won the award. He said, "In the first half it felt good.' \
	'We could have scored more." Then he left.' >"$T/openpara.txt"
t "a quotation goes on in a paragraph that closes it, plain text" \
	'pull-quotes -o tsv "$T/openpara.txt" | cut -f6,7' \
	'I think we have learned a lot. It was a very emotional day. The team was focused.	Hernan Dario Gomez
In the first half it felt good. We could have scored more.	Harry Kane'
t "a quotation goes on in a paragraph that closes it, one document" \
	'jq -Rs -c "{id: \"d\", text: .}" "$T/openpara.txt" | pull-quotes -o tsv | cut -f6,7' \
	'I think we have learned a lot. It was a very emotional day. The team was focused.	Hernan Dario Gomez
In the first half it felt good. We could have scored more.	Harry Kane'

# "according to a recent New York Times profile", "a Reuters analysis":
# the organisation owns the document it speaks through (but "a CNN
# reporter" is a person, unnamed).
printf '%s\n' 'She has "nine or so" assistants, according to a recent New York Times profile.' \
	'According to a Reuters analysis, the bank "lost its way".' 'According to a CNN reporter, it was "chaos".' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/accdoc.jsonl"
t "according to an organisation's document" \
	'pull-quotes -o tsv "$T/accdoc.jsonl" | cut -f6,7,13' \
	'nine or so	New York Times	ORG
lost its way	Reuters	ORG
chaos		'

# An apposition whose organisation has a list with a comma in its name
# ("head of the Centre for Speech, Language and the Brain, said").
printf '%s\n' 'Lorraine Tyler, head of the Centre for Speech, Language and the Brain at Cambridge University, said the research was a “tour de force”.' \
	'Jane Roe, a spokeswoman for the Department for Environment, Food and Rural Affairs, said it was “a disgrace”.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/namelist.jsonl"
t "an apposition with a name that holds a list" \
	'pull-quotes -o tsv "$T/namelist.jsonl" | cut -f6,7' \
	'tour de force	Lorraine Tyler
a disgrace	Jane Roe'

# A sentence that opens on a definite description of a person is about
# that person, not about the names inside its relative clause ("The man
# who has worked with … Bob Dylan and Luciano Pavarotti, said …. “…,” he
# said").
printf '%s\n' 'Festivals are over, according to the rock promoter Harvey Goldsmith. The man who has worked with Madonna, Bob Dylan and Luciano Pavarotti, said the problem was a lack of bands. "The circuit has peaked," he said.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/descsubj.jsonl"
t "a sentence about a description, not the names in its clause" \
	'pull-quotes -o tsv "$T/descsubj.jsonl" | cut -f6,7' \
	'The circuit has peaked	Harvey Goldsmith'

# A sentence with no name whose subject is "he" or "she" (also "he’s")
# is still about that person; a quotation standing alone after it is
# theirs ("Now, to compete, he’s had to quit Tokyo. “…”").
printf '%s\n' 'The problem with Google Glass, says Takahito Iguchi, is that it is egotistical. Now, to compete, he’s had to quit Tokyo for Silicon Valley. “Tokyo is very rich in fashion but it is still an island.”' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/pronsubj.jsonl"
t "a sentence about 'he' goes on about that person" \
	'pull-quotes -o tsv "$T/pronsubj.jsonl" | cut -f6,7' \
	'Tokyo is very rich in fashion but it is still an island.	Takahito Iguchi'

# A paragraph that is a quotation with no attribution of its own, after a
# paragraph that ended on someone's quotation, is theirs ("Truss said:
# “…” ¶ “By opening up this data, …”"); a lead-in is never carried into
# the next document.
printf '%s\n' '{"id":"a","text":"Elizabeth Truss said: “Food is the heart of our society.”\n“By opening up this data, we can look beyond what, where or how previous generations were eating.”\n"}' \
	'{"id":"b","text":"“We will appeal,” the chain said in a statement."}' \
	'{"id":"c","text":"“Earth-based life can survive.” The professor spoke for an hour."}' >"$T/paraquote.jsonl"
t "a quotation alone after a paragraph that ended on a quotation" \
	'pull-quotes -o tsv "$T/paraquote.jsonl" | cut -f1,7' \
	'a	Elizabeth Truss
a	Elizabeth Truss
b	
c	'

# A span of time opening a sentence is no name ("Days later, Desaki
# resigned, conceding …"); a work's title is no person ("The Mindfulness
# Colouring Book"); a country as a sentence's subject makes "the
# government" after it that country's; a city does not (the government
# is then the institution by its noun).
printf '%s\n' 'The hotel group’s president, Hiroshi Desaki, apologised. Days later, Desaki resigned, conceding that the group had “betrayed our customers”.' \
	'Argentina has lodged a protest. “Argentina rejects the request,” the government notes.' \
	'Paris is lovely in spring. “We are ready,” the government said.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/timegov.jsonl"
t "time spans, works and countries as subjects" \
	'pull-quotes -o tsv "$T/timegov.jsonl" | cut -f6,7,13' \
	'betrayed our customers	Hiroshi Desaki	PER
Argentina rejects the request	Argentina	LOC
We are ready	government	ORG'

# A royal's or a pope's single name keeps its title ("Prince Harry",
# "Pope Francis"), unless a fuller name of theirs came first.
printf '%s\n' 'Prince Harry has left Afghanistan. “It is over,” Harry said. “We won,” the prince said.' \
	'Pope Francis spoke. “Peace,” Francis said.' \
	'Ubolratana Mahidol was nominated. “I am ready,” Princess Ubolratana said.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/royal2.jsonl"
t "a royal's single name keeps its title" \
	'pull-quotes -o tsv "$T/royal2.jsonl" | cut -f6,7' \
	'It is over	Prince Harry
We won	Prince Harry
Peace	Pope Francis
I am ready	Ubolratana Mahidol'

# A noun phrase in marks right after a determiner, that nobody is found
# to say, is a term or a scare quote ("asking the “housewife” to fill it
# in", "a recent study suggested there is a “pause”"); but not after
# "as" ("citing the move as a “grave abuse”"), not words in the first
# person ("a “chance to face my demons”"), not after "said" or "told"
# ("are a “plague on earth”, said …").
printf '%s\n' 'The survey stopped asking the “housewife” to fill out the questionnaire.' \
	'A recent study suggested that there is a “pause”, but this is wrong.' \
	'Senators condemned the act, citing the move as a “grave abuse of power”.' \
	'One fan wrote that it was a “chance to face my demons”.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/scare2.jsonl"
t "terms in marks after a determiner" \
	'pull-quotes -o tsv "$T/scare2.jsonl" | cut -f1,6' \
	'3	grave abuse of power
4	chance to face my demons'

# A party's members in the plural are the party ("House Democrats said":
# an organisation, not a place or a person); a people in the plural
# names nobody ("Americans said").
printf '%s\n' 'Democrats said the bill was "dead on arrival".' 'Senate Republicans said it was "a sham".' 'Americans said it was "a sham".' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/parties.jsonl"
t "party members are the party, a people nobody" \
	'pull-quotes -o tsv "$T/parties.jsonl" | cut -f7,10,13' \
	'Democrats	Democrats	ORG
Senate Republicans	Senate Republicans	ORG
	Americans	'

# ... also with a phrase between them and the verb ("Republicans on the
# committee said": the party, not the committee; "Voters in the poll").
printf '%s\n' 'The panel voted 12-9. Republicans on the committee said the bill was "a blank check."' \
	'Democrats on the panel called it "long overdue."' 'Americans in the survey said it was "getting worse."' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/parties2.jsonl"
t "party members before a phrase are the party" \
	'pull-quotes -o tsv "$T/parties2.jsonl" | cut -f7,10' \
	'Republicans	Republicans on the committee
Democrats	Democrats on the panel
	Americans in the survey'

# One sentence that names no one, between a person's sentence and a
# quotation standing alone, keeps the story on that person ("He also said
# that pollution is getting worse. And climate change is already having
# an effect. “…”"); two such sentences do not.
printf '%s\n' 'Tua Pittman is happy. He also said that pollution is getting worse. And climate change is already having a serious effect. "The decisions of the big countries hurt small ones."' \
	'Tua Pittman is happy. He also said that pollution is getting worse. And climate change is already having a serious effect. The seas are rising fast. "The decisions of the big countries hurt small ones."' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/keptsubj.jsonl"
t "a sentence about no one keeps the subject for one sentence" \
	'pull-quotes -o tsv "$T/keptsubj.jsonl" | cut -f1,7' \
	'1	Tua Pittman
2	'

# A heading before a colon is no subject ("Worst part of the job: “…,”
# says Ryan", "Job satisfaction: “…”"; "Asked …, he said", "Fifty …"):
# a capitalised word opening the sentence is promoted to a person only
# when a verb may follow it.
printf '%s\n' '{"id":"x","text":"Worst part of the job: “The unsociable hours,” says Ryan. His worst task, he says, was selling pants: “It was a very tricky hour.”\nJob satisfaction: “Every day is different.”\n"}' >"$T/heading.jsonl"
t "a heading before a colon is no speaker" \
	'pull-quotes -o tsv "$T/heading.jsonl" | cut -f6,7' \
	'The unsociable hours	Ryan
It was a very tricky hour.	Ryan
Every day is different.	'

# "the agency said" after an organisation whose name holds no other
# institution's noun is that organisation ("The World Health
# Organization warned …", "Interpol …"); not after "the Department of
# Health".
printf '%s\n' 'The World Health Organization warned that cases were rising. "We are very concerned," the agency said in a statement.' \
	'The Department of Health issued figures. "We are concerned," the agency said.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/agency.jsonl"
t "the agency after a named organisation" \
	'pull-quotes -o tsv "$T/agency.jsonl" | cut -f7,13' \
	'World Health Organization	ORG
agency	ORG'

# A description comes back to the person named before: an office by a
# title written short ("the senator" is "Sen. Tom Barker", "the
# congresswoman" "Rep. Ann Dole", "the governor" "Gov. Lisa Marr"), and
# a standing one person holds ("the Republican nominee", "the
# billionaire") to the person in focus; the party's name in it is no
# speaker. "Mr." is no office.
printf '%s\n' 'Sen. Tom Barker (R-Texas) criticized the deal. "It is a disaster," the senator said.' \
	'Rep. Ann Dole (D-Ohio) voted no. "We will not back down," the congresswoman said.' \
	'Lt. Gov. Lisa Marr signed the bill. "This is a good day," the lieutenant governor said.' \
	'Donald Hale spoke in Tampa on Monday. "We will win Florida," the Republican nominee said.' \
	'Donald Hale spoke in Tampa on Monday. "We will win Florida," the billionaire told the crowd.' \
	'Mr. Tom Barker spoke. "It is a disaster," the senator said.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/descs.jsonl"
t "descriptions come back to the person by title or focus" \
	'pull-quotes -o tsv "$T/descs.jsonl" | cut -f1,7,13' \
	'1	Tom Barker	PER
2	Ann Dole	PER
3	Lisa Marr	PER
4	Donald Hale	PER
5	Donald Hale	PER
6		'
printf '%s\n' '"We will win," said Sen. Tom Barker, R-Texas.' >"$T/role.txt"
t "an office written short is the role" \
	'pull-quotes "$T/role.txt" | jq -r .role' 'senator'

# "shot back", "fired back", "hit back": a verb that is a speech verb
# only with "back" after it; the cue is both words. "He fired back at
# the crowd" before no quotation is no cue.
printf '%s\n' '"You have declined a lot today," Voss shot back.' \
	'Sen. Carl Voss fired back: "Nobody is above the law."' \
	'"I have never gone bankrupt," Grant Fowler hit back during the debate.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/back.jsonl"
t "speech verbs with back" \
	'pull-quotes -o tsv "$T/back.jsonl" | cut -f7,8' \
	'Voss	shot back
Carl Voss	fired back
Grant Fowler	hit back'

# An office's description with an age, "former" or a state's name comes
# back to the person in focus when nobody holds that title ("Tom
# Whitaker … the former Indiana governor", "the 61-year-old senator");
# an age the story never gave does not keep a titled person from it
# ("Sen. Walter Frank … the 74-year-old senator"); "the former
# secretary of state" by its head; "District Judge Celia Okonkwo-Hart"
# is titled though "Judge" is a first name too. A bare office ("the
# judge") after an untitled person stays nobody's.
printf '%s\n' 'Republican Tom Whitaker spoke in Saginaw. "Ask anybody in this room," the former Indiana governor said.' \
	'Diane Marsh spoke. The 61-year-old senator also quipped that she would be "happy to send him a nightlight" if he could not sleep.' \
	'Sen. Walter Frank (I-Vt.) lost the primary. "Satisfied? No," the 74-year-old senator said.' \
	'Evelyn Hart spoke in Ohio. "Let Nathan answer," the former secretary of state said.' \
	'District Judge Celia Okonkwo-Hart ruled on Friday. "The State has offered no evidence," the judge wrote.' \
	'Luis Carranza spoke. "It is a show," the judge said.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/epithets.jsonl"
t "offices with an age, former or a state come back to a person" \
	'pull-quotes -o tsv "$T/epithets.jsonl" | cut -f1,7' \
	'1	Tom Whitaker
2	Diane Marsh
3	Walter Frank
4	Evelyn Hart
5	Celia Okonkwo-Hart
6	'

# A pronoun possessor speaks through a voice noun as a name does ("her
# spokesman said" is the person "she" would be); a person's campaign is
# an organisation, "Parrish campaign", whether written "the Parrish
# campaign", "Parrish's campaign" or "her campaign", and "the campaign"
# after it is that campaign; "his campaign manager" is someone else.
printf '%s\n' 'Evelyn Parrish did not speak. "I never sent it," her spokesman said.' \
	'Evelyn Parrish did not mention the hearing. Her campaign said in a statement that Parrish "never sent classified information." "It is a sideshow," the campaign added.' \
	'Evelyn Parrish spoke. "I never sent it," Parrish'"'"'s campaign said.' \
	'Tom Pell spoke. "We will win," his campaign manager said.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/posspron.jsonl"
t "pronoun possessors and a person's campaign" \
	'pull-quotes -o tsv "$T/posspron.jsonl" | cut -f1,7,13' \
	'1	Evelyn Parrish	PER
2	Parrish campaign	ORG
2	Parrish campaign	ORG
3	Parrish campaign	ORG
4		'

# A person's campaign named in a clause no attribution reads ("The Pell
# campaign did not dispute it, but the campaign said") is the campaign
# a later "the campaign" means; a super PAC is an organisation, and "the
# group" after it is that PAC.
printf '%s\n' '{"id":"c","text":"The Pell campaign did not dispute the emails on Monday, but the campaign said that they had been \"stolen.\"\nBadger Values PAC, a super PAC supporting Pell, said it would spend $9 million.\n\"Wisconsin families deserve to know,\" the group said."}' >"$T/groups.jsonl"
t "a campaign named in passing and a PAC as the group" \
	'pull-quotes -o tsv "$T/groups.jsonl" | cut -f7,13' \
	'Pell campaign	ORG
Badger Values PAC	ORG'

# A quoted question or exclamation goes on into a title and a name and
# their verb ("“Director, is there one standard?” Mr. Hammer asked.", as
# split-sentences has it): the quotation is theirs, not the sentence
# before's.
printf '%s\n' 'Senator Boyd Hammer of Idaho noted the speed. “Director, is there one standard?” Mr. Hammer asked.' >"$T/qtitle.txt"
t "a question then a title, a name and the verb" \
	'pull-quotes -o tsv "$T/qtitle.txt" | cut -f7,8,10' \
	'Boyd Hammer	asked	Mr. Hammer'
t "split-sentences keeps the question with its title and name" \
	'split-sentences -o tsv "$T/qtitle.txt" | cut -f6' \
	'Senator Boyd Hammer of Idaho noted the speed.
“Director, is there one standard?” Mr. Hammer asked.'

# A party tag with its state written short keeps its dot ("Tom Hale,
# R-Fla., said", AP style) and a relative clause may follow a bracketed
# tag ("Sen. Lyle Crane (R-Neb.), who has not endorsed Pell, told"); the
# passive "was quoted as saying" is the cue whole.
printf '%s\n' '"I would suggest that," Tom Hale, R-Fla., said.' \
	'"Put down the phone," Sen. Lyle Crane (R-Neb.), who has not endorsed Pell, told HuffPost.' \
	'"It is a Ponzi scheme," Tom Whitaker was quoted as saying.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/tags.jsonl"
t "party tags written short, a clause after a bracket, the passive cue" \
	'pull-quotes -o tsv "$T/tags.jsonl" | cut -f7,8' \
	'Tom Hale	said
Lyle Crane	told
Tom Whitaker	was quoted as saying'

# A role, then the name between commas, is the subject and the source
# from the role's possessor ("Strand's campaign chair, former Rep. Lou
# Brennan of Ohio, told"); lower-case words before a title after the
# verb ("said CNN senior political commentator Terrence Akers").
printf '%s\n' '"Nadia is running for the nomination," Strand'"'"'s campaign chair, former Rep. Lou Brennan of Ohio, told reporters.' \
	'"She did two things tonight," said CNN senior political commentator Terrence Akers, a former congressman.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/rolename.jsonl"
t "a role and the name between commas, modifiers before a title" \
	'pull-quotes -o tsv "$T/rolename.jsonl" | cut -f7,10' \
	"Lou Brennan	Strand's campaign chair, former Rep. Lou Brennan of Ohio
Terrence Akers	CNN senior political commentator Terrence Akers"

# A sentence that opens on a possessor and a noun of something said,
# then a colon, is the possessor's ("Price’s response: “…”", "His
# answer: “Yes.”", "The senator’s verdict:"); "The company’s
# response" names no one the story knows.
printf '%s\n' 'Grant Fowler attacked Gordon Price over tariffs. Price’s response: “Grant, the families lost their mills because of people like you.”' \
	'Thomas Ridley was asked if the bureau had acted. His answer: “Yes.”' \
	'Sen. Ann Roe spoke. The senator’s verdict: “We will see about that in the fall.”' \
	'The company’s response: “We will see about that in the fall.”' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/possleadin.jsonl"
t "a possessor's response before a colon" \
	'pull-quotes -o tsv "$T/possleadin.jsonl" | cut -f1,7' \
	'1	Gordon Price
2	Thomas Ridley
3	Ann Roe
4	'

# A paragraph that is only a quotation, then a short line with a dash
# and a name, is signed by it (an embedded post: "“…” ¶ — Tom Whitaker
# (@GovTomWhitaker) October 8, 2028"); a colon lead-in before gives the
# verb. In a document only: a sentence record cannot see the next line.
printf '%s\n' '{"id":"p","text":"The two candidates took the fight online.\n“Rosa says nothing’s going wrong. Tell that to the 8 million Americans who can’t make rent.”\n— Tom Whitaker (@GovTomWhitaker) October 8, 2028\nDelgado replied an hour later:\n“Tom, the 8 million Americans you mention are the ones your plan forgets.”\n— Rosa Delgado (@RosaDelgado) October 8, 2028"}' >"$T/sig.jsonl"
t "signature lines of embedded posts" \
	'pull-quotes -o tsv "$T/sig.jsonl" | cut -f7,8' \
	'Tom Whitaker	
Rosa Delgado	replied'

# A document named with its owner is that owner's when quoted alone a
# few sentences later ("an internal F.B.I. memo … “…,” the memo says";
# "In a memo to reporters, Gloria Tate wrote … The memo adds:"; "The
# emails were sent by Owen Markley … one email reads"); a statement is
# who issued it ("Acme issued a statement. … the statement reads"), and
# with no owner names nobody; an owner a sentence far back is not the
# document's.
printf '%s\n' '{"id":"d1","text":"But an internal F.B.I. memo, released during the hearing, suggested that agents had been uneasy. “We are at risk of the appearance of disparate treatment,” the memo says."}' \
	'{"id":"d2","text":"In a memo to reporters on Friday, campaign manager Gloria Tate wrote that “the enthusiasm gap has not materialized.” The memo adds: “We are not taking a single vote for granted.”"}' \
	'{"id":"d3","text":"The emails were sent last spring by Owen Markley, then the finance director.\n“Nadia knows who her friends are and who pays,” one email reads."}' \
	'{"id":"d4","text":"Acme issued a statement.\n“We are sorry for the harm done to all of you,” the statement reads."}' \
	'{"id":"d4b","text":"The recall began on Monday.\n“We are sorry for the harm done to all of you,” the statement reads."}' \
	'{"id":"d5","text":"The WWF report came out. It rained. It rained. It rained. It rained.\n“We are sorry for the harm done to all of you,” the report says."}' >"$T/docs.jsonl"
t "documents and their owners" \
	'pull-quotes -o tsv "$T/docs.jsonl" | cut -f1,7,8' \
	'd1	F.B.I.	says
d2	Gloria Tate	wrote
d2	Gloria Tate	adds
d3	Owen Markley	reads
d4	Acme	reads
d4b		reads
d5		says'

# A paragraph that ends on a colon lead-in with no speech verb gives the
# next paragraph's quotation its clause's subject ("Near the end, she
# offered a direct appeal to voters: ¶ “…”"), as "Roe was blunt: “…”"
# does in one paragraph; with no cue.
printf '%s\n' '{"id":"a","text":"Sen. Nadia Ferrell spoke for an hour. Near the end, she offered a direct appeal to voters who had backed the other party:\n“If you voted Republican last time, I am not asking you to change who you are.”"}' >"$T/leadin2.jsonl"
t "a colon lead-in with no verb before a paragraph's quotation" \
	'pull-quotes -o tsv "$T/leadin2.jsonl" | cut -f7,8,10' \
	'Nadia Ferrell		she'

# "he" or "she" is never a place: "a Detroit surgeon who rarely speaks"
# before "he wrote" is no speaker Detroit (the person the sentence is
# about is); an organisation only through its spokesperson ("A
# spokesperson for PizzaExpress said … “…,” she said"). "said Whitcomb
# campaign manager Trevor Haight": the name after a person's group and a
# role, not the first name.
printf '%s\n' '{"id":"a","text":"The senator'"'"'s husband, David Ferrell, a Detroit surgeon who rarely speaks to the press, also came to her defense. In a post on Facebook, he wrote that his wife was “the most stubbornly honest person I have ever met.”"}' \
	'{"id":"b","text":"A spokesperson for PizzaExpress said that the money pays for a system. “Staff use this system to decide how to share tips made by card,” she said."}' \
	'{"id":"c","text":"“We have the resources we need to compete in every early state,” said Whitcomb campaign manager Trevor Haight."}' >"$T/pronplace.jsonl"
t "he is never a place; a group's role before the name" \
	'pull-quotes -o tsv "$T/pronplace.jsonl" | cut -f1,7,13' \
	'a	David Ferrell	PER
b	PizzaExpress	ORG
c	Trevor Haight	PER'

# An exchange: paragraphs that open on quotations, one asking and the
# other answering; a paragraph that is only a quotation with no speaker
# of its own is the next turn, the person before the last ("“…?” Mr.
# Hammer asked. ¶ “No, senator,” Mr. Ridley replied. ¶ “Then explain
# the eight months.”"), in a document and in its sentence records of
# known paragraphs alike.
printf '%s\n\n' 'Republicans pressed Mr. Ridley.' '“Director, is there one standard for Democrats and another for Republicans?” Mr. Hammer asked.' '“No, senator. There is one standard,” Mr. Ridley replied.' '“Then explain the eight months.”' '“Did you meet with him, yes or no?” Whitlock asked.' '“I have met with thousands of donors, Dana. I met with him once,” Ferrell said.' '“And trade never came up?”' '“Trade comes up everywhere I go in Michigan. It did not come up with him.”' >"$T/turns.txt"
t "turns of an exchange" \
	'pull-quotes -o tsv "$T/turns.txt" | cut -f7' \
	'Hammer
Ridley
Hammer
Whitlock
Ferrell
Whitlock
Ferrell'
t "turns of an exchange in sentence records" \
	'split-sentences -o tsv "$T/turns.txt" | awk -F"\t" "{ printf \"{\\\"id\\\":\\\"d\\\",\\\"line\\\":%s,\\\"sent\\\":%s,\\\"text\\\":\\\"%s\\\"}\\n\", \$2, \$3, \$6 }" | pull-quotes -o tsv | cut -f7 | paste -sd,' \
	'Hammer,Ridley,Hammer,Whitlock,Ferrell,Whitlock,Ferrell'

# "pressed" is a speech verb ("“But if he doesn’t?” Brannigan pressed.",
# one sentence for split-sentences too); "an AEW press release" holds no
# verb.
printf '%s\n' '“But if he doesn’t?” Brannigan pressed.' '"Huber was exceptionally respected", reads an AEW press release.' >"$T/pressed.txt"
t "pressed as a speech verb, press as a noun" \
	'pull-quotes -o tsv "$T/pressed.txt" | cut -f7,8,10' \
	'Brannigan	pressed	Brannigan
AEW	reads	an AEW press release'

# A trade or position inside a capitalised run is part of a name, no
# title ("Keystone Forward Action said": an organisation, not a person
# "Action" titled "forward"); before a name it is a role ("said
# Barcelona forward Lionel Messi"); "the super PAC said" is the PAC in
# focus.
printf '%s\n' 'Keystone Forward Action said in a statement that it had “no knowledge of any improper conduct” and would return all money.' \
	'"We will win," said Barcelona forward Lionel Messi.' \
	'Badger Values PAC ran ads. In a brief statement, the super PAC said it “has never coordinated, and will never coordinate, its activities.”' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/trades.jsonl"
t "trades in a name, the super PAC" \
	'pull-quotes -o tsv "$T/trades.jsonl" | cut -f7,13' \
	'Keystone Forward Action	ORG
Lionel Messi	PER
Badger Values PAC	ORG'

# Some of a party's members are a group that names nobody ("some
# Democrats called it", "Some Democrats"), the party's members in the
# plural the party.
printf '%s\n' 'Some Democrats called the posts "juvenile."' 'But some Democrats called the posts "juvenile."' 'House Democrats called the posts "juvenile."' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/somedems.jsonl"
t "some of a party's members name nobody" \
	'pull-quotes -o tsv "$T/somedems.jsonl" | cut -f1,7' \
	'1	
2	
3	House Democrats'

# A run that ends in a party's member in the singular is a description,
# no name ("a Kent County Republican told": nobody, though "Kent" is a
# first name; "the Wisconsin Republican said" after Sen. Ron Johnson is
# him).
printf '%s\n' '"It is over," a Kent County Republican told the paper.' 'Sen. Ron Johnson spoke. "We will win," the Wisconsin Republican said.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/member.jsonl"
t "a party's member described is no name" \
	'pull-quotes -o tsv "$T/member.jsonl" | cut -f1,7,13' \
	'1		
2	Ron Johnson	PER'

# The source holds the name that modifies a role ("Trump campaign
# chairman Paul Manafort", "Scripps Oceanography director Margaret
# Leinen"), not a place before the verb's clause.
printf '%s\n' '"We have the resources," Trump campaign chairman Paul Manafort told reporters.' 'Scripps Oceanography director Margaret Leinen said it was "a good day for science."' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/srcrole.jsonl"
t "a name before a role is in the source" \
	'pull-quotes -o tsv "$T/srcrole.jsonl" | cut -f7,10' \
	'Paul Manafort	Trump campaign chairman Paul Manafort
Margaret Leinen	Scripps Oceanography director Margaret Leinen'

# A sign's text is a partial quotation with no speaker (NOTES.md:
# "Signs, banners and posters"), whatever its capitals.
printf '%s\n' 'Some delegates waved signs reading "Frank Was Robbed," and chanted.' >"$T/signs.txt"
t "a sign's text is partial" \
	'pull-quotes -o tsv "$T/signs.txt" | cut -f6,7,9' \
	'Frank Was Robbed		partial'

# A place before a comma that opens the sentence ("In Moscow, Russia
# dismissed", "In Beijing, China called") is an adverbial: the country
# after it is the subject, not the place's tail ("the University of
# California, Los Angeles"), which stays one organisation's name.
printf '%s\n' 'In Moscow, Russia dismissed the report as "an old fairy tale."' 'In Beijing, China called the sanctions "a grave mistake."' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/fronted.jsonl"
t "a place fronted before the subject" \
	'pull-quotes -o tsv "$T/fronted.jsonl" | cut -f7,10,13' \
	'Russia	Russia	LOC
China	China	LOC'

# A partial quotation inside the subject's relative clause ("The RNC,
# which calls her "Delete Key Evelyn," said", "Tom Hale, who called the
# plan "a gift" last week, said Tuesday") is passed over to the subject;
# a day after the verb is never the subject.
printf '%s\n' 'The Republican National Committee, which has taken to calling her "Delete Key Evelyn," said the emails were "a scandal."' 'Tom Hale, who called the plan "a gift to Wall Street" last week, said Tuesday, "I stand by every word."' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/relq.jsonl"
t "a quotation in the subject's relative clause" \
	'pull-quotes -o tsv "$T/relq.jsonl" | cut -f1,6,7' \
	'1	a scandal.	Republican National Committee
2	a gift to Wall Street	Tom Hale
2	I stand by every word.	Tom Hale'

# A generic noun ("the union") is not an institution in focus (the
# Republican National Committee); "the watchdog", "the group" may be
# one of any kind.
printf '%s\n' 'The Republican National Committee said it was "a scandal." The union said it was "ready to talk."' 'The United Auto Workers said it was "a scandal." The union said it was "ready to talk."' 'The Federal Election Commission fined the group. The watchdog said it was "a serious breach."' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/genorg.jsonl"
t "a generic noun is no institution in focus" \
	'pull-quotes -o tsv "$T/genorg.jsonl" | cut -f1,7' \
	'1	Republican National Committee
1	
2	United Auto Workers
2	United Auto Workers
3	Federal Election Commission'

# A sign's words are nobody's, whoever holds it ("Pratt volunteers
# held signs reading"); an age makes a person's description of any noun
# ("the 66-year-old developer", not an organisation); a description
# keeps its person across a relative clause ("The 74-year-old chairman,
# who is retiring, added"); a name that modifies an unnamed staffer
# ("a senior Whitfield campaign official", "one Whitfield aide") is not
# the source.
printf '%s\n' 'Owen Pratt spoke first. Outside the hall, a handful of Pratt volunteers held signs reading "Pratt Gets It Done."' \
	'Grant Whitfield brushed off the hearing. "They have got nothing, so they hold a hearing," the 66-year-old developer told the crowd.' \
	'Richard Lang opened the hearing. The 74-year-old chairman, who is retiring at the end of the year, added that the committee would "follow this wherever it goes."' \
	'Grant Whitfield spoke. A senior Whitfield campaign official, who spoke on condition of anonymity, told NPR the campaign expects "zero exposure" once it ends.' \
	'Grant Whitfield spoke. "We are fine," one Whitfield aide said.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/descs9.jsonl"
t "signs, ages, relative clauses and unnamed staff" \
	'pull-quotes -o tsv "$T/descs9.jsonl" | cut -f1,7' \
	'1	
2	Grant Whitfield
3	Richard Lang
4	
5	'

# Documents' owners: "a memo from the X campaign's legal team", the
# subject of the clause that sent it ("X sought to play it down in a
# memo"; not "obtained by CNN"), a name before it past a participle's
# phrase ("A Justice Department memo sent to the committee on Monday
# night says"); a name with an apposition headed by an organisation's
# noun ("Great Lakes Forward, a super PAC supporting Marsh,") is an
# organisation for "the group" after it.
printf '%s\n' \
	'The campaign denied it. An internal memo from the Whitfield campaign'"'"'s legal team describes the emails as routine. "At no time did campaign personnel request any expenditure," the memo says.' \
	'Ellen Marsh lost. His campaign manager, Kelsey Dunmore, sought to play down the result in a memo sent to donors. "The electorate is older," the memo says.' \
	'Great Lakes Forward, a super PAC supporting Marsh, spent $9 million. The group told donors in a memo, obtained by CNN, that it gained. "This is the most efficient spend of the cycle," the memo says.' \
	'A Justice Department memo sent to the committee on Monday night says the department has found "no evidence at this time" that Carrow knew.' |
	jq -R -c '{id: input_line_number|tostring, text: .}' >"$T/docs9.jsonl"
t "documents' owners, ninth round" \
	'pull-quotes -o tsv "$T/docs9.jsonl" | cut -f1,7,13' \
	'1	Whitfield campaign	ORG
2	Kelsey Dunmore	PER
3	Great Lakes Forward	ORG
4	Justice Department	ORG'

# A person named by the surname alone before the full name comes (a
# live page, newest entry first; a headline's "Marsh to supporters:")
# is given in the fullest form the record holds, when one person alone
# holds that surname.
printf '%s\n' '{"id":"live","text":"Lang shot back: \"Because your staff asked us to wait.\"\n\nSen. Richard Lang (D-Vt.), the committee chairman, opened the hearing. \"These are not my words,\" Lang said."}' \
	'{"id":"two","text":"\"We will win,\" Castle said.\n\nRoy Castle and his son, Trey Castle, spoke later."}' >"$T/fuller.jsonl"
t "a surname first is given in its fullest form" \
	'pull-quotes -o tsv "$T/fuller.jsonl" | cut -f1,7' \
	'live	Richard Lang
live	Richard Lang
two	Castle'

# A title's sex picks among persons of one surname ("Mr Whitlock" after
# "Caroline Whitlock" and "Tom Whitlock" is Tom; with Caroline alone,
# another person, not her).
printf '%s\n' '{"id":"a","text":"Caroline Whitlock won. Ms Whitlock said: ‘We won.’ Asked about it, Tom Whitlock, a retired producer, did not hold back. ‘He had the money,’ Mr Whitlock said."}' \
	'{"id":"b","text":"Caroline Whitlock won. Ms Whitlock said: ‘We won.’ ‘He had the money,’ Mr Whitlock said."}' >"$T/sexes.jsonl"
t "a title's sex picks among one surname" \
	'pull-quotes -o tsv "$T/sexes.jsonl" | cut -f1,7' \
	'a	Caroline Whitlock
a	Tom Whitlock
b	Caroline Whitlock
b	Whitlock'

# Another person of a known surname whose first name no list holds
# ("Suneel Singh, a guru," after "Arvind Singh") is not that person:
# the entity tagger reads the two words as one name; a name's tail
# ("Sanchez Barba" after "Oscar Sanchez Barba") is still the person.
printf '%s\n' '{"id":"a","text":"“It is the only way,” said Arvind Singh at 6.15am. Suneel Singh, a guru in south Delhi, agreed that yoga belonged to nobody: “Is football just English?”"}' \
	'{"id":"b","text":"“It was simple,” said Oscar Sanchez Barba, a priest. “Then we left,” Sanchez Barba said."}' >"$T/singh.jsonl"
t "a first name no list holds is another person" \
	'pull-quotes -o tsv "$T/singh.jsonl" | cut -f1,7' \
	'a	Arvind Singh
a	Suneel Singh
b	Oscar Sanchez Barba
b	Oscar Sanchez Barba'

# The words before a name describe the person ("businessman Dale
# Booker", "Billionaire hedge fund founder Martin Sayre", "former state
# Treasurer Wade Bishop"), whether or not a list knows them as titles:
# "the businessman", "the billionaire", "the former treasurer" come
# back to them, not to whoever spoke last. A surname that is a title's
# word ("Bishop") stays a surname after an office before the first name.
printf '%s\n' '{"id":"a","text":"Secretary of State Alana Whitcomb, businessman Dale Booker and former state Treasurer Wade Bishop met for 90 minutes. “Yes or no?” Whitcomb asked. “It is the answer you are getting,” the businessman replied. “I do not plan on losing,” the former treasurer insisted. “Sure,” Bishop said."}' \
	'{"id":"b","text":"Billionaire hedge fund founder Martin Sayre urged Diane Okafor to drop the tax. “Did you ask for anything?” asked CNBC anchor Dana Whitcomb. “Not a thing,” the billionaire said."}' >"$T/premods.jsonl"
t "the words before a name describe the person" \
	'pull-quotes -o tsv "$T/premods.jsonl" | cut -f1,7' \
	'a	Alana Whitcomb
a	Dale Booker
a	Wade Bishop
a	Wade Bishop
b	Dana Whitcomb
b	Martin Sayre'

# A firm's analysts speak for the firm, as a spokesman does ("wrote
# analysts at Harlow Brothers in a note to clients", "economists at
# Bellmore Capital said"); "X Brothers" is a firm; "the caucus" is the
# caucus named before; a document someone filed is theirs ("A watchdog
# group, the Campaign Integrity Project, filed a complaint … the
# complaint says"), the name in apposition before the generic noun.
printf '%s\n' '{"id":"a","text":"“Tariffs will hurt,” wrote analysts at Harlow Brothers in a note to clients on Wednesday. “Rates will fall,” economists at Bellmore Capital said. “Rates will rise,” said analysts."}' \
	'{"id":"b","text":"The Senate Democratic Caucus was less restrained. In a news release, the caucus accused Republicans of “tying the hands of the people.” A watchdog group, the Campaign Integrity Project, filed a complaint with the Federal Election Commission on Thursday. The emails “raise serious questions,” the complaint says."}' >"$T/firms.jsonl"
t "a firm's analysts, a caucus, a filer's complaint" \
	'pull-quotes -o tsv "$T/firms.jsonl" | cut -f1,7,13' \
	'a	Harlow Brothers	ORG
a	Bellmore Capital	ORG
a		
b	Senate Democratic Caucus	ORG
b	Campaign Integrity Project	ORG'

# A name's tail in other capitals is the person ("Van Otterdijk says"
# after "Robert van Otterdijk"); a hyphen a line break left with a
# space after it stays inside the name ("Jean- Pierre Moore", "Najat
# Vallaud- Belkacem"), and the first name's sex is then not known.
printf '%s\n' '{"id":"a","text":"“There is no waste,” says Robert van Otterdijk, coordinator of the programme. Van Otterdijk says that people care. “We have to do more,” he says."}' \
	'{"id":"b","text":"“Bravo to Clermont Foot,” tweeted Najat Vallaud- Belkacem, the minister. Jean- Pierre Moore left the room. “We could see it,” he said."}' >"$T/nametails.jsonl"
t "a name's tail and a broken hyphen" \
	'pull-quotes -o tsv "$T/nametails.jsonl" | cut -f1,7,10' \
	'a	Robert van Otterdijk	Robert van Otterdijk
a	Robert van Otterdijk	he
b	Najat Vallaud- Belkacem	Najat Vallaud- Belkacem
b	Jean- Pierre Moore	he'

# A sentence whose subject is a description of a person ("But the
# astronaut demurred when asked about Donald Trump and Bernie Sanders.")
# is about that person: "he" in the next is not the last name met.
printf '%s\n' '{"id":"a","text":"Scott Kelly landed on Tuesday. “It seemed long,” Kelly said. But the astronaut demurred when asked for his thoughts on the likes of Donald Trump and Bernie Sanders. “I am subject to the Hatch Act,” he said."}' >"$T/descsubj.jsonl"
t "a description as the subject holds the pronoun" \
	'pull-quotes -o tsv "$T/descsubj.jsonl" | cut -f7' \
	'Scott Kelly
Scott Kelly'

# A participle's phrase between the subject and its verb is passed over
# whatever stands before it ("Former Gov. Wade Hollis of Tennessee,
# campaigning in Grand Rapids, called", "Booker's spokesman, asked
# Friday whether …, said"); the source holds it, as after a name.
printf '%s\n' '{"id":"a","text":"Dale Booker spoke. Booker’s spokesman, asked Friday whether the candidate would walk back his answer, said he “stands by every word.” Former Gov. Wade Hollis of Tennessee, campaigning in Grand Rapids, called the emails “the most Washington thing I have ever read.”"}' >"$T/partphrase.jsonl"
t "a participle's phrase before the verb" \
	'pull-quotes -o tsv "$T/partphrase.jsonl" | cut -f7,10' \
	'Dale Booker	Booker’s spokesman, asked Friday whether the candidate would walk back his answer
Wade Hollis	Former Gov. Wade Hollis of Tennessee, campaigning in Grand Rapids'

# A pronoun right after a relative pronoun, before a speech or naming
# verb, is the sentence's subject, not the last person named ("Sen.
# Curtis Dunleavy, a Brandt ally, pressed Hollis on the cut, which he
# said had looked “suspiciously timed”"); not across another clause
# ("Critics accused the house, but Thut said that the seller, who he
# described as a “well known collector”") nor for a group.
printf '%s\n' '{"id":"a","text":"Sen. Curtis Dunleavy (R-S.C.), a Brandt ally, pressed Margaret Hollis on the cut in July, which he said had looked “suspiciously timed.”"}' \
	'{"id":"b","text":"Frederic Thut runs the gallery. Critics have accused the auction house of selling stolen property but Thut said that the seller, who he described as a “well known collector”, was the owner."}' >"$T/relpron.jsonl"
t "a pronoun after a relative pronoun is the subject" \
	'pull-quotes -o tsv "$T/relpron.jsonl" | cut -f1,7' \
	'a	Curtis Dunleavy
b	Frederic Thut'

# The rest of a party tag's place is no name ("Sen. Donna Keel,
# R-Cape Girardeau,"); aides to or allies of a person are a group, no
# one named (NOTES.md); an apposition after an age describes the person
# too ("Hollis, 63, a former president of the Federal Reserve Bank of
# Cleveland," is "the former Cleveland Fed president").
printf '%s\n' '{"id":"a","text":"Aides to Sen. Donna Keel, R-Cape Girardeau, who chairs the committee, said she planned a vote “within a couple of weeks.” “We will vote,” said Sen. Donna Keel, R-Cape Girardeau."}' \
	'{"id":"b","text":"Margaret Hollis, 63, a former president of the Federal Reserve Bank of Cleveland, declined to say more. “That is a bridge I will cross,” the former Cleveland Fed president said."}' >"$T/keel.jsonl"
t "party places, aides, an apposition after an age" \
	'pull-quotes -o tsv "$T/keel.jsonl" | cut -f1,7' \
	'a	
a	Donna Keel
b	Margaret Hollis'

# One word after an age is a person's name, and the age no part of it
# ("Thirteen-year-old Bennett", "the 13-year-old Bennett"): "he" after
# it is the boy, not the specialist quoted before.
printf '%s\n' '{"id":"a","text":"“It is complex,” says Benedict Evans, a specialist. Thirteen-year-old Bennett has three devices. He keeps his phone for messaging. “Instagram is Facebook without parents,” he says. “I was scared,” said Fourteen-year-old Zoe."}' >"$T/ageword.jsonl"
t "a name after an age" \
	'pull-quotes -o tsv "$T/ageword.jsonl" | cut -f7' \
	'Benedict Evans
Bennett
Zoe'

# A speech verb inside a clause that opens on a subordinator is not a
# colon quotation's ("When Okafor asked whether …, the chairwoman was
# brief: “…”"): the main clause's subject speaks, found by a title or
# by what a relative clause said of them ("who chairs the committee",
# past a party tag's two-word place).
printf '%s\n' '{"id":"a","text":"Aides to Sen. Donna Keel, R-Cape Girardeau, who chairs the committee, said she planned a vote. Sen. Ruth Okafor sits on it. When Okafor asked whether the committee would hear from the counties, the chairwoman was brief: “We will hear from everybody.” When Okafor asked about it again, Keel said: “Everybody.”"}' >"$T/subcolon.jsonl"
t "a verb in a subordinate clause is not the colon's" \
	'pull-quotes -o tsv "$T/subcolon.jsonl" | cut -f7,8' \
	'Donna Keel	
Donna Keel	said'

# A document's writer in an apposition after it speaks through it ("A
# third email, from deputy finance director Grant Fowler, described",
# "A letter, from the Campaign Integrity Project, said").
printf '%s\n' '{"id":"a","text":"A third email, from deputy finance director Grant Fowler, described the LLCs as “parking spots until the PAC is ready to drive.” A letter, from the Campaign Integrity Project, said it was “unlawful.”"}' >"$T/docfrom.jsonl"
t "a document's writer after it" \
	'pull-quotes -o tsv "$T/docfrom.jsonl" | cut -f7,13' \
	'Grant Fowler	PER
Campaign Integrity Project	ORG'

# A naming verb, a noun object and a name in capitals ("has branded
# the plan “the Brandt Dividend”", "dubbed the bill “The Big Fix”")
# name a thing; words in lower case so placed are said.
printf '%s\n' '{"id":"a","text":"He has branded the plan “the Brandt Dividend” and argues that exporters pay. Okafor called the plan “a gift to Wall Street.” They dubbed the bill “The Big Fix.”"}' >"$T/branded.jsonl"
t "a naming verb's capitalised object is a name" \
	'pull-quotes -o tsv "$T/branded.jsonl" | cut -f6' \
	'a gift to Wall Street.'

# After a "Sources" heading, titles cited with a dash, the outlet and
# a date quote no one; the first quotation not so cited ends the list
# (a plain-text stream runs on into the next article).
printf '%s\n' 'Bernier resigned. “I regret it,” he said.' 'Sources' '"Sensitive government document found" — CBC.ca, August 15, 2008' 'Peter Zimonjic. "MP calls for probe" — Edmonton Sun, August 16, 2008' '' 'Next story.' '“Fine,” she said.' >"$T/sources.txt"
t "a list of sources cites titles" \
	'pull-quotes -o tsv "$T/sources.txt" | cut -f6' \
	'I regret it
Fine'

# A plural people's word and "for" make a group's name, an
# organisation ("Americans for Prosperity", "Citizens for Clean
# Campaigns"); no person's name holds "for".
printf '%s\n' '{"id":"a","text":"“It is wrong,” Americans for Prosperity said. “It is unlawful,” said Citizens for Clean Campaigns, a watchdog group."}' >"$T/forgroup.jsonl"
t "a people's word and for make a group" \
	'pull-quotes -o tsv "$T/forgroup.jsonl" | cut -f7,13' \
	'Americans for Prosperity	ORG
Citizens for Clean Campaigns	ORG'

# "the executive said" after an unnamed executive came in ("One of
# those executives, who spoke on condition of anonymity, said") is that
# one, nobody named, not the chief executive named before; with a
# modifier that fits the named one ("the 58-year-old executive") it is
# him; "One of the cardinals was … Oscar Barba" names the one.
printf '%s\n' '{"id":"a","text":"“Tariffs hurt,” Frank Price, 58, chief executive of Carver Stores, told analysts. One of those executives, who spoke on condition of anonymity, said the plan was “the thing that keeps me up at night.” “He listened, and then he told us we were thinking like bankers,” the executive said. “We will get through it,” the 58-year-old executive told analysts."}' \
	'{"id":"b","text":"One of the cardinals at the gathering was a Mexican cardinal, Monsignor Oscar Barba. “We were all in the Apostolic Palace,” he said."}' >"$T/anonnoun.jsonl"
t "an unnamed person's noun comes back to them" \
	'pull-quotes -o tsv "$T/anonnoun.jsonl" | cut -f1,7' \
	'a	Frank Price
a	
a	
a	Frank Price
b	Oscar Barba'

# "went on", "carried on" before a colon or a comma are speech verbs
# (the cue holds both words); a name with "party" or an institution's
# noun after it, as a sentence's subject ("The Georgia Republican party
# said"), is the organisation "the party" names after it.
printf '%s\n' '{"id":"a","text":"Caroline Whitlock won. She went on: ‘For eight years we have been told to sit down.’"}' \
	'{"id":"b","text":"The Georgia Republican party said it would appeal. ‘Today two judges decided,’ the party wrote on X."}' >"$T/went.jsonl"
t "went on; a state's party" \
	'pull-quotes -o tsv "$T/went.jsonl" | cut -f1,7,8' \
	'a	Caroline Whitlock	went on
b	Georgia Republican party	wrote'

# An age in a role's description ("The 47-year-old congresswoman …,
# calling") keeps the role's person; an organisation's name between
# commas after its description ("A super PAC backing Dunmore, Keystone
# Values Fund, called") is the subject.
printf '%s\n' '{"id":"a","text":"Rep. Laurel Briggs of Arizona accepted the nomination. The 47-year-old congresswoman also took aim at the Democratic ticket, calling its immigration record “a four-year open house.”"}' \
	'{"id":"b","text":"A super PAC backing Dunmore, Keystone Values Fund, called the ad blitz “the most expensive rescue mission in Michigan.”"}' >"$T/appos9.jsonl"
t "an aged role; an organisation after its description" \
	'pull-quotes -o tsv "$T/appos9.jsonl" | cut -f1,7,13' \
	'a	Laurel Briggs	PER
b	Keystone Values Fund	ORG'

# A court speaks by its findings: "found", "ruled", "held" with a
# court, a judge or a panel as the subject are speech verbs there (not
# "Police found"); "a panel of the X Court" is the court.
printf '%s\n' '{"id":"a","text":"The High Court of England and Wales ruled, “In our view, the decision was lawful.”"}' \
	'{"id":"b","text":"A panel of the Court of Appeals found that the rule gave officials “unbounded discretion.”"}' \
	'{"id":"c","text":"Police found the body near a house where “nobody lived.”"}' >"$T/courts.jsonl"
t "a court's findings" \
	'pull-quotes -o tsv "$T/courts.jsonl" | cut -f1,7,8' \
	'a	High Court of England and Wales	ruled
b	Court of Appeals	found
c		'

# The person a sentence is about is its main clause's subject, after a
# clause that opens on a subordinator ("When Mendez read her that line,
# Calder laughed. "…," she said": Calder).
printf '%s\n' '{"id":"a","text":"Carla Mendez asked Ruth Calder about it. When Mendez read her that line, Calder laughed. “He’s not wrong,” she said."}' >"$T/subord.jsonl"
t "the main clause's subject after a subordinate clause" \
	'pull-quotes -o tsv "$T/subord.jsonl" | cut -f7' \
	'Ruth Calder'

# Verbs of manner of speaking as tabloid and campaign copy writes them
# ("he taunted"), particles ("roared back", "weighed in:"), and a
# possessor's "parting shot:" before a quotation.
printf '%s\n' '{"id":"a","text":"Dutch Calloway did not flinch. \"Bye-bye! Go home!\" he taunted as the crowd cheered."}' \
	'{"id":"b","text":"Miriam Okafor weighed in: “Emails. Wire transfers. An indictment.”"}' \
	'{"id":"c","text":"Dutch Calloway spoke. Calloway’s parting shot: \"I will see you in Atlanta.\""}' >"$T/verbs9.jsonl"
t "manner verbs, particles and a parting shot" \
	'pull-quotes -o tsv "$T/verbs9.jsonl" | cut -f1,7,8' \
	'a	Dutch Calloway	taunted
b	Miriam Okafor	weighed in
c	Dutch Calloway	'

# "what she calls “the Washington cartel”", "an attack on what he has
# called “the swamp”": a term someone uses, a label, no quotation; but
# "lodged what it called “a strong protest”", "was met with what
# WalesOnline called “fury”" (a simple past: once) are words said, and
# the source is the subject after "what".
printf '%s\n' '{"id":"a","text":"She has built her campaign on an attack on what she calls ‘the Washington cartel’ of lobbyists. Pell railed against what he has called “the swamp” for years. Pakistan lodged what it called “a strong protest.” The closure was met with what WalesOnline called “fury” from hoteliers."}' >"$T/whatcalls.jsonl"
t "what someone calls is a label" \
	'pull-quotes -o tsv "$T/whatcalls.jsonl" | cut -f6,7,10' \
	'a strong protest.		it
fury	WalesOnline	WalesOnline'

# Terms, not words said: a compound word in marks inside a noun phrase
# ("300 “spear-phishing” emails"), a name after "calling itself", what
# officials "call" ("what election officials call “federal-only”
# voters"); a plain word so placed stays ("called it “shameful” and"),
# and so does a compound a speech verb reports ("said it was a
# “cost-benefit” function").
printf '%s\n' '{"id":"a","text":"The officers sent more than 300 “spear-phishing” emails. A website calling itself \"DCBreach\" posted them. Arizona keeps what election officials call “federal-only” voters. She called it “shameful” and left. Dr Gazzola said it was a “cost-benefit” function."}' >"$T/terms.jsonl"
t "terms in marks are no quotations" \
	'pull-quotes -o tsv "$T/terms.jsonl" | cut -f6' \
	'shameful
cost-benefit'

# A present naming verb right before the marks, its object before it
# ("the trade deal he now calls “the Great Giveaway”"), names a thing.
printf '%s\n' '{"id":"a","text":"Whitacre voted for the same trade deal he now calls “the Great Giveaway” on the trail. He called the deal “a gift to Wall Street.”"}' >"$T/nowcalls.jsonl"
t "a present naming verb names a thing" \
	'pull-quotes -o tsv "$T/nowcalls.jsonl" | cut -f6' \
	'a gift to Wall Street.'

# An office given by a relative clause's verb ("Maria Ocampo, D-Ariz.,
# who chairs the committee,") is in the person's description: "the
# chair" and "the chairwoman" come back to her.
printf '%s\n' '{"id":"a","text":"Senator Maria Ocampo, D-Ariz., who chairs the committee, opened the hearing. “Is that a yes?” the chair shot back."}' >"$T/chairs.jsonl"
t "an office by a relative clause's verb" \
	'pull-quotes -o tsv "$T/chairs.jsonl" | cut -f7' \
	'Maria Ocampo'

# A name that modifies a role ("said Whitcomb campaign manager Trevor
# Haight") is not the person the sentence is about: "he" after it is
# the manager.
printf '%s\n' '{"id":"a","text":"Reid Whitcomb spoke. “We have the resources,” said Whitcomb campaign manager Trevor Haight. Anyone drawing conclusions from a memo, he added, “is going to be disappointed.”"}' >"$T/modname.jsonl"
t "a name modifying a role is not the subject" \
	'pull-quotes -o tsv "$T/modname.jsonl" | cut -f7' \
	'Trevor Haight
Trevor Haight'

# Who replies is not who spoke last: "she replied" after Grant's
# question is the witness of that sex met lately.
printf '%s\n' '{"id":"a","text":"FBI Director Karen Holloway testified. “Did anybody know?” asked Sen. Hollis Grant (R-Utah). “Not that we have found,” Holloway said. “So the victim here is the campaign,” Grant said. “One of the victims, yes, senator,” she replied."}' >"$T/reply.jsonl"
t "a reply is the other turn's" \
	'pull-quotes -o tsv "$T/reply.jsonl" | cut -f7 | tail -1' \
	'Karen Holloway'

# "It" opening a sentence after a document spoke ("“…,” the memo says.
# … It also argued") is still that document, for its owner.
printf '%s\n' '{"id":"a","text":"His campaign manager, Kelsey Dunmore, sought to play down the result in a memo sent to donors. ‘The electorate is older,’ the memo says. ‘We always knew this.’ It also argued that Ms Whitlock had ‘peaked too early’ and would struggle."}' >"$T/docit.jsonl"
t "it after a document" \
	'pull-quotes -o tsv "$T/docit.jsonl" | cut -f7' \
	'Kelsey Dunmore
Kelsey Dunmore
Kelsey Dunmore'

# Kin: "his son, Trey Castle," makes Trey the younger Castle and Roy
# the elder ("Castle said" after "The elder Castle" is Roy); "Whitacre's
# wife said" is the wife the story named.
printf '%s\n' '{"id":"a","text":"Sen. Roy Castle (R-Okla.) was introduced by his son, Trey Castle, a 31-year-old councilman. “My dad used to tell me to stand,” the younger Castle said. The elder Castle, 72, made the case for Haskett. “I have served with five presidents,” Castle said."}' \
	'{"id":"b","text":"Sen. Dale Whitacre debated with his wife, Joanne Whitacre, at his side. “He won,” Whitacre’s wife said."}' >"$T/kin.jsonl"
t "kin: the elder, the younger, a wife" \
	'pull-quotes -o tsv "$T/kin.jsonl" | cut -f1,7' \
	'a	Trey Castle
a	Roy Castle
b	Joanne Whitacre'

# "the former governor" is the one an apposition calls a former
# governor, not the governor in office.
printf '%s\n' '{"id":"a","text":"California Gov. Jerome Sandoval escalated his feud with Republican nominee Hank Delacroix, a former governor of New Mexico. Delacroix himself appeared to relish the fight. “He started it, and I’m finishing it,” the former governor told Breitbart News."}' >"$T/former.jsonl"
t "the former office-holder is not the one in office" \
	'pull-quotes -o tsv "$T/former.jsonl" | cut -f7' \
	'Hank Delacroix'

# Eleventh round. A double opener right after a stop inside an open
# double quotation is its next paragraph, run into the same line (the
# bench corpus does so): the quotation goes on to its closing mark, and
# the next speaker's quotation is their own.
printf '%s\n' '{"id":"a","text":"Ann Francke, the chief executive, said: “It is time to move. This is about management. “In solving this issue, we would raise performance. What are we waiting for?” Dr Ruth Sealy, a research fellow, added: “It is not surprising.”"}' >"$T/runon.jsonl"
t "a paragraph's opener run into the line goes on with the quotation" \
	'pull-quotes -o tsv "$T/runon.jsonl" | cut -f6,7' \
	'It is time to move. This is about management. “In solving this issue, we would raise performance. What are we waiting for?	Ann Francke
It is not surprising.	Ruth Sealy'

# "I'm", "I've" are the speaker speaking of himself, never a name.
printf '%s\n' '{"id":"a","text":"Mountaineer Kenton Cool has climbed Everest 13 times. I’ve Been There is his book. “I hate to think what happens,” he says."}' >"$T/ime.jsonl"
t "I've is no name" \
	'pull-quotes -o tsv "$T/ime.jsonl" | cut -f7' \
	'Kenton Cool'

# An organisation named with its place ("Second Chance Paws of North
# County, a volunteer rescue group,", "Friends of the Earth, an
# environmental group,") is the group that speaks after it; a one-word
# name no first name, title or pronoun made a person's, the company.
printf '%s\n' '{"id":"a","text":"Second Chance Paws of North County, a volunteer rescue group, also put out an alert. \"If you see this baby, do NOT chase him,\" the group said."}' \
	'{"id":"b","text":"Friends of the Earth, an environmental group, joined the suit. “This is a good day,” the group said."}' \
	'{"id":"c","text":"Stridewell said in a statement that it was disappointed by the ruling. “We are confident the facts will show that,” the company said."}' >"$T/orgof.jsonl"
t "an organisation of a place, a one-word firm" \
	'pull-quotes -o tsv "$T/orgof.jsonl" | cut -f1,7,13' \
	'a	Second Chance Paws of North County	ORG
b	Friends of the Earth	ORG
c	Stridewell	ORG'

# A longer relative clause before the verb ("Edna, who was widowed in
# 2019 after 58 years of marriage to former mill worker Jack, said")
# still makes the first name a speaker, for the "She" after it; "a
# Moorgate District Council spokeswoman": a determiner before a name of
# three words that modifies the voice is the organisation's.
printf '%s\n' '{"id":"a","text":"Widow Edna Pilkington was left in tears. Founder Lorraine Tattersall said: “We hear from pensioners every week.”\n\nEdna, who was widowed in 2019 after 58 years of marriage to former mill worker Jack, said last night she would not pay.\n\nShe said: “I’ve got my pride.”\n\nLast night a Moorgate District Council spokeswoman said: “We are aware of this case.”"}' >"$T/longrel.jsonl"
t "a long relative clause; a named organisation's voice" \
	'pull-quotes -o tsv "$T/longrel.jsonl" | cut -f7,13' \
	'Lorraine Tattersall	PER
Edna Pilkington	PER
Moorgate District Council	ORG'

# Documents by who issued them: "In a statement Thursday, the City of
# Thunder Bay said …. “…,” the statement said" (the subject after a
# phrase that opens the sentence, with its place); "The company
# announced the change in a blog post …. “…,” the post reads" (a
# modifier between the article and the noun; "the company" four
# sentences after the firm was a subject, "Hearthly, the smart-home
# company best known for …"); "In the letter" is one met before, and
# "In an internal memo …, Thornbury pollster Hal Petrakis told" is the
# pollster's.
printf '%s\n' '{"id":"a","text":"In a statement Thursday, the City of Thunder Bay said the division is short of drivers. “We’ve reached a point where the overtime isn’t sustainable,” the statement said."}' \
	'{"id":"b","text":"Hearthly, the smart-home company best known for its round thermostats, will end support for the Dial. The Dial will keep working. Owners are angry. Many have posted complaints. The company announced the change in a blog post late Monday. “We know many of you have relied on your Dial,” the post reads."}' \
	'{"id":"c","text":"Margaret Thornbury spoke in Ohio. In an internal memo obtained by Fox News, Thornbury pollster Hal Petrakis told donors the race was close. “Our voters are late deciders,” the memo says."}' >"$T/docin.jsonl"
t "a statement, a blog post, a memo by who issued them" \
	'pull-quotes -o tsv "$T/docin.jsonl" | cut -f1,7,13' \
	'a	City of Thunder Bay	ORG
b	Hearthly	ORG
c	Hal Petrakis	PER'

# A firm named without its legal form ("Stridewell said" after "fitness
# app maker Stridewell Inc"); a name after a person's and "of" is where
# the person works ("Jonah Ferriter of Ferriter Blum, a lawyer", "Paul
# Grinnell of Halvorsen Tate"); a place before a person's noun ("A
# Chicago woman says") tells of someone unnamed, not the city.
printf '%s\n' '{"id":"a","text":"A judge refused to dismiss a class action accusing fitness app maker Stridewell Inc of selling locations.\nStridewell said it would “continue to defend ourselves vigorously.”"}' \
	'{"id":"b","text":"Jonah Ferriter of Ferriter Blum, a lawyer for the plaintiffs, called the ruling “an important first step.”"}' \
	'{"id":"c","text":"Stridewell’s lawyer, Paul Grinnell of Halvorsen Tate, told the court that “nobody’s name ever left Stridewell’s servers.”"}' \
	'{"id":"d","text":"A Chicago woman says she is “beyond grateful” to the stranger."}' >"$T/firms.jsonl"
t "a firm without its legal form, a person of a firm, a place's resident" \
	'pull-quotes -o tsv "$T/firms.jsonl" | cut -f1,7,13' \
	'a	Stridewell Inc	ORG
b	Jonah Ferriter	PER
c	Paul Grinnell	PER
d		'

# A first-person quotation opening a sentence, with no verb or source,
# a few sentences after the person the story was last about and no one
# named since, is theirs; not right after another quotation, nor after
# an organisation became the subject, nor with a comma leading on.
printf '%s\n' '{"id":"a","text":"Helena Hartlauer, 32, is from Vienna. She said she was not surprised about her city’s top position. For many years, Vienna’s government has spent money on good social housing. This makes Vienna a cheap place to live.\n\n“I live in a 100 square-metre apartment in a good area. But my rent is just €800 a month.”"}' \
	'{"id":"b","text":"Arianna Huffington wrote a book about sleep. In 2008, the Pentagon published a report called “Human Performance”. “Imagine that you could make a human who slept for the same amount of time as a dolphin,” it began."}' >"$T/focus.jsonl"
t "a first-person quotation alone is the person in focus" \
	'pull-quotes -o tsv "$T/focus.jsonl" | cut -f1,7' \
	'a	Helena Hartlauer
b	'

# Namesakes told apart: a kin noun with no comma ("Calloway's son Wes
# Calloway") or after the name ("Curtis Penny, is the son of Walter
# Penny"), else the ages the story gave; "the younger Calloway" is the
# son, and "Calloway" alone after it is still the father.
printf '%s\n' '{"id":"a","text":"Dutch Calloway came out swinging. Calloway, 66, was in his element. Calloway'"'"'s son Wes Calloway, 34, who runs his father'"'"'s digital operation, posted a clip.\n\n“Wake up, Adrian,” the younger Calloway wrote.\n\nA heckler interrupted Calloway. “Bye-bye! Go home!” he taunted."}' \
	'{"id":"b","text":"Dutch Calloway, 66, was in his element. Wes Calloway, 34, who runs the digital operation, posted a clip.\n\n“Wake up, Adrian,” the younger Calloway wrote. “I am here,” the elder Calloway said."}' \
	'{"id":"c","text":"The fundraiser at the center of the case, Curtis Penny, is the son of Walter Penny, a trucking magnate. Walter Penny has given millions.\n\nThe indictment says the younger Penny told one employee the arrangement was “how grown-ups do politics.”"}' >"$T/namesakes.jsonl"
t "namesakes by kin and by age" \
	'pull-quotes -o tsv "$T/namesakes.jsonl" | cut -f1,7' \
	'a	Wes Calloway
a	Dutch Calloway
b	Wes Calloway
b	Dutch Calloway
c	Curtis Penny'

# "His answer:" after "Mr. Hammer asked Mr. Ridley whether …" is the
# one asked, a sentence or two on.
printf '%s\n' '{"id":"a","text":"Sen. Boyd Hammer questioned FBI Director Thomas Ridley for an hour. Near the end of the hearing, Mr. Hammer asked Mr. Ridley whether he expected further leaks. The director did not hesitate. His answer: “Yes.”"}' >"$T/asked.jsonl"
t "an answer is the one asked's" \
	'pull-quotes -o tsv "$T/asked.jsonl" | cut -f7' \
	'Thomas Ridley'

# "it" for the organisation the sentence or the one before was about:
# "Pakistan's foreign ministry … lodged what it called" (past the
# possessor opening the sentence), "The Hotel Okura chain … confessed
# … . “…,” it said" (a name and a firm's noun as the subject).
printf '%s\n' '{"id":"a","text":"Pakistan’s foreign ministry summoned the Danish ambassador and lodged what it called “a strong protest.”"}' \
	'{"id":"b","text":"The Hotel Okura chain – whose guests have included Barack Obama – confessed myriad sins.\n\n“We deeply apologize for betraying the expectations of our clients,” it said in a statement."}' >"$T/itorg.jsonl"
t "it for a ministry, for a hotel chain" \
	'pull-quotes -o tsv "$T/itorg.jsonl" | cut -f1,7,13' \
	'a	Pakistan’s foreign ministry	ORG
b	Hotel Okura chain	ORG'

# A colon lead-in after a clause on a participle of asking: "Asked
# whether …, Whitmore was blunt: “…”" is the main clause's subject's.
printf '%s\n' '{"id":"a","text":"Pressed on whether the plant would reopen, Delacroix was curt: “Not this year.”"}' \
	'{"id":"b","text":"Asked about the delay, the mayor, Ruth Okonjo, was direct: “We ran out of money.”"}' >"$T/askedlead.jsonl"
t "a lead-in after an asking clause" \
	'pull-quotes -o tsv "$T/askedlead.jsonl" | cut -f1,7' \
	'a	Delacroix
b	Ruth Okonjo'

# A party's member described, then named with a place: "The No. 2
# Senate Republican, Sen. Dale Ruskin of Wyoming, said" and "said the
# panel's top Democrat, Rep. Ann Fry of Ohio".
printf '%s\n' '{"id":"a","text":"The top House Republican, Rep. Walt Pruitt of Idaho, said the deal was “dead on arrival” in the chamber."}' \
	'{"id":"b","text":"“We will not be rushed,” said the committee’s ranking Democrat, Rep. Ann Fry of Ohio."}' \
	'{"id":"c","text":"“We will not be rushed,” said the committee chairman, Rep. Ann Fry of Ohio, on Friday."}' >"$T/partydesc.jsonl"
t "a party's member named with a place" \
	'pull-quotes -o tsv "$T/partydesc.jsonl" | cut -f1,7' \
	'a	Walt Pruitt
b	Ann Fry
c	Ann Fry'

# A study or report speaks for who made it, named by a possessive
# ("The Controller of Budget's report"), by "prepared by" or by an agent
# past one that names no one; "the document" is the one named last;
# "It" opening the next sentence is the study the sentence before
# opened on. "study co-author Jo Lind" is no study.
printf '%s\n' '{"id":"a","text":"The Auditor of Markets’s report, out on Monday, shows a shortfall.\n\nThe report said spending was “far below target” for a second year."}' \
	'{"id":"b","text":"An assessment prepared by the Treasury Advisory Board was circulated on Tuesday. The document predicted “a long and shallow recession.”"}' \
	'{"id":"c","text":"The survey, by 40 economists polled by the Halden Institute for Policy, found little optimism.\n\nIt describes the outlook as “bleak but not hopeless”."}' \
	'{"id":"d","text":"“The ice is thinning from below,” said study co-author Jo Lind."}' >"$T/studies.jsonl"
t "a study speaks for who made it" \
	'pull-quotes -o tsv "$T/studies.jsonl" | cut -f1,7,13' \
	'a	Auditor of Markets	ORG
b	Treasury Advisory Board	ORG
c	Halden Institute for Policy	ORG
d	Jo Lind	PER'

# A party's word before a person's noun is no organisation ("said the
# Democratic nominee" is the nominee met before), and an honour's noun
# with its modifiers is the person in focus ("the Nobel laureate").
printf '%s\n' '{"id":"a","text":"Marta Ruiz campaigned in Reno on Monday.\n\n“Nevada is ours to lose,” said the Democratic nominee."}' \
	'{"id":"b","text":"Ilse Brandt was woken at 4 a.m. by the call from Stockholm.\n\nThe Nobel laureate said the prize was “a shock, and a lovely one.”"}' \
	'{"id":"c","text":"“We will be ready,” said the Bank of Ruritania governor."}' >"$T/nominee.jsonl"
t "a nominee and a laureate are the person meant" \
	'pull-quotes -o tsv "$T/nominee.jsonl" | cut -f1,7,13' \
	'a	Marta Ruiz	PER
b	Ilse Brandt	PER
c	Bank of Ruritania	ORG'

# An organisation's name holds a plural's apostrophe ("National
# Farmers' Union") and a list ("Department for Environment, Food and
# Rural Affairs"), with no person in it ("…, Children and Young People");
# not two bodies' names ("Ministry of Defence, Foreign Office and …").
printf '%s\n' '{"id":"a","text":"The Hill Farmers’ Union said the scheme was “unworkable for small growers”."}' \
	'{"id":"b","text":"A spokesperson for the Department for Culture, Media and Sport said the decision was “final”."}' \
	'{"id":"c","text":"The Department for Education, Children and Young People said it would “look again” at the plan."}' \
	'{"id":"d","text":"The Ministry of Defence, Foreign Office and Treasury have all said the deal is “sound”."}' >"$T/orgnames.jsonl"
t "organisations' names with apostrophes and lists" \
	'pull-quotes -o tsv "$T/orgnames.jsonl" | cut -f1,7' \
	'a	Hill Farmers’ Union
b	Department for Culture, Media and Sport
c	Department for Education, Children and Young People
d	'

# Offices by other countries' names are titles and roles: "the
# Taoiseach said" after "Taoiseach Ciarán Hale" is him.
printf '%s\n' '{"id":"a","text":"Taoiseach Ciarán Hale faced questions in the Dáil.\n\n“We are building,” the Taoiseach said."}' \
	'{"id":"b","text":"Ombudsman Rita Kloss published her findings.\n\n“The council failed these families,” said the ombudsman."}' >"$T/offices.jsonl"
t "offices by other countries' names" \
	'pull-quotes -o tsv "$T/offices.jsonl" | cut -f1,7' \
	'a	Ciarán Hale
b	Rita Kloss'

# An unnamed spokesperson opening the clause that "but said" or "and
# said" goes on from speaks for the body named with them; a named one is
# themself.
printf '%s\n' '{"id":"a","text":"A Treasury Department spokeswoman declined to discuss the talks but said the secretary was “confident of a deal.”"}' \
	'{"id":"b","text":"A spokesman for Norvale Foods did not answer questions about the recall and said the firm “acted within hours.”"}' \
	'{"id":"c","text":"Norvale spokeswoman Ada Lusk declined to discuss the recall but said the firm “acted within hours.”"}' >"$T/spokesconj.jsonl"
t "a spokesperson's conjoined verb" \
	'pull-quotes -o tsv "$T/spokesconj.jsonl" | cut -f1,7,13' \
	'a	Treasury Department	ORG
b	Norvale Foods	ORG
c	Ada Lusk	PER'

# An ordinal after "for the" in a court's or a unit's name goes on with
# the name: "the US Court of Appeals for the 9th Circuit".
printf '%s\n' '{"id":"a","text":"A panel of the US Court of Appeals for the 4th Circuit found that the map was “drawn with race as its compass.”"}' >"$T/circuit.jsonl"
t "a court's name with an ordinal" \
	'pull-quotes -o tsv "$T/circuit.jsonl" | cut -f7,13' \
	'US Court of Appeals for the 4th Circuit	ORG'

# A verb of reading leads in with "in part" between ("The memo reads, in
# part: “…”"), from the paragraph before too; a person's remarks and
# testimony speak for them ("Her prepared remarks … read in part:"),
# and "remarks" after an owner and a word in -ed is a noun, not the verb.
printf '%s\n' '{"id":"a","text":"Quill Labs sent a memo to staff. The memo reads, in part: “We will not cut pay.”"}' \
	'{"id":"b","text":"Nadia Roth testified on Tuesday. Her prepared remarks, released an hour before the hearing, read in part:\n\n“The bank has never bent to an election.”"}' \
	'{"id":"c","text":"Owen Pike testified for four hours. According to a copy of his prepared remarks, the intruders had first taken over the email account of a volunteer in Tucson in late August, using a message dressed up as a note from the campaign’s own bank, and then used the volunteer’s password to “move laterally” for weeks."}' >"$T/inpart.jsonl"
t "reads in part, prepared remarks" \
	'pull-quotes "$T/inpart.jsonl" | jq -r "[.id, .cue, .speaker] | @tsv"' \
	'a	reads	Quill Labs
b	read	Nadia Roth
c	According to	Owen Pike'

# A nation's word for one of its people is a description, never a name
# nor a place: the person the story gave that nation, else the one named
# last; "the UK" and "the Swiss government" are no such word.
printf '%s\n' '{"id":"a","text":"Italian Marco Ventresca beat Anna Kessel in the sprint. Kessel had led for most of the day.\n\n“My legs were fresh,” the Italian said."}' \
	'{"id":"b","text":"Most riders followed Marco Ventresca’s line that the climb was fair. “It was hard for all of us,” the Italian said."}' \
	'{"id":"c","text":"“We will sign it,” the Swiss government said."}' >"$T/demonym.jsonl"
t "a person by their nation" \
	'pull-quotes -o tsv "$T/demonym.jsonl" | cut -f1,7,13' \
	'a	Marco Ventresca	PER
b	Marco Ventresca	PER
c	Switzerland	LOC'

# A name-like run between "the" and a person's noun modifies the noun:
# "the two-time Golden Globe nominee" names no one, and "she" after it
# is still the actress.
printf '%s\n' '{"id":"a","text":"Marisol Vance announced her divorce on Monday.\n\nThe three-time Golden Globe nominee says she wrote the script in a week.\n\n“I could not stop typing,” she says."}' >"$T/modifier.jsonl"
t "a name-like modifier of a person's noun" \
	'pull-quotes -o tsv "$T/modifier.jsonl" | cut -f7' \
	'Marisol Vance'

# An office's modifier opening the sentence is part of the title:
# "Former President Alma Reyes" is "the former president"; "the
# governor" is a former governor when no one holds the office in the
# story.
printf '%s\n' '{"id":"a","text":"Former President Alma Reyes spoke in Tucson. “Vote early,” the former president said."}' \
	'{"id":"b","text":"Former Gov. Lyle Marsh spoke in Madison. “Vote early,” the governor said."}' >"$T/former.jsonl"
t "a former office's holder" \
	'pull-quotes -o tsv "$T/former.jsonl" | cut -f1,7' \
	'a	Alma Reyes
b	Lyle Marsh'

# "the appeals court" after "the US Court of Appeals for the 4th
# Circuit" is that court (a name that holds the noun and its modifier);
# "the appeals court" with no such name is its own.
printf '%s\n' '{"id":"a","text":"The US Court of Appeals for the 4th Circuit heard the case in May. On Friday the appeals court said the map was “unlawful”."}' \
	'{"id":"b","text":"The state Supreme Court heard the case in May. On Friday the appeals court said the map was “unlawful”."}' >"$T/appeals.jsonl"
t "the appeals court named before" \
	'pull-quotes -o tsv "$T/appeals.jsonl" | cut -f1,7' \
	'a	US Court of Appeals for the 4th Circuit
b	appeals court'

# A possessive written with the apostrophe alone after a name's s
# ("Adams’ office", "Jones' lawyer") is a possessive; inside an open
# single quotation the mark still closes it.
printf '%s\n' '{"id":"a","text":"Mayor Ruth Adams’ office said the city “will comply with the order.”"}' \
	"{\"id\":\"b\",\"text\":\"Sen. Tom Jones' lawyer said the charges were \\\"baseless.\\\"\"}" \
	'{"id":"c","text":"She wrote ‘It was all about the Beatles’ and signed it. “No,” said Jo Hart."}' >"$T/bareposs.jsonl"
t "a possessive with the apostrophe alone" \
	'pull-quotes -o tsv "$T/bareposs.jsonl" | cut -f1,6,7' \
	'a	will comply with the order.	Ruth Adams
b	baseless.	Tom Jones
c	It was all about the Beatles	
c	No	Jo Hart'

# A quotation with no verb or source of its own later in a paragraph
# whose quotation before had a speaker, with no sentence about another
# person between, is that speaker's (the paragraph's voice goes on over
# the reporter's words); not after an unnamed source's quotation, and
# not in the next paragraph.
printf '%s\n' '{"id":"a","text":"“It took a week,” Tom Axel said, as fans waved signs. During the premiere, “the whole cast felt like a family at the ball.”"}' \
	'{"id":"b","text":"“It took a week,” an aide said, as fans waved signs. During the premiere, “the whole cast felt like a family at the ball.”"}' \
	'{"id":"c","text":"“It took a week,” Tom Axel said, as fans waved signs.\n\nDuring the premiere, “the whole cast felt like a family at the ball.”"}' >"$T/paravoice.jsonl"
t "the paragraph's voice goes on" \
	'pull-quotes -o tsv "$T/paravoice.jsonl" | cut -f1,6,7' \
	'a	It took a week	Tom Axel
a	the whole cast felt like a family at the ball.	Tom Axel
b	It took a week	
b	the whole cast felt like a family at the ball.	
c	It took a week	Tom Axel
c	the whole cast felt like a family at the ball.	'

# The registry's index keeps two names whose hashes meet: "Gulfside"
# (registered by "Gulfside said") after "Rear Adm. Colleen Marsh" once
# pushed her out, and "Marsh said" became a person of its own.
printf '%s\n' '{"id":"a","text":"The lead ship is late, Rear Adm. Colleen Marsh, the program executive officer, told the subcommittee.\n\nIn a statement, Gulfside said it was “fully committed” to the program.\n\nOkafor pressed Marsh on costs. Marsh said it would depend on “demonstrated performance at the yard, not promises.”"}' >"$T/collide.jsonl"
t "names whose hashes meet" \
	'pull-quotes -o tsv "$T/collide.jsonl" | cut -f7' \
	'Gulfside
Colleen Marsh'

# A sex guessed from a first name alone gives way to a title's ("Rana"
# is a woman's name in the US lists, a man's in Punjab: "Mr Iqbal" is
# still Rana Mubashir Iqbal), unless another of that surname has the
# title's sex (the husband named); "Lady" is a title of its sex.
printf '%s\n' '{"id":"a","text":"The petition was filed by Rana Mubashir Iqbal, who led by 1,143 votes.\n\n“I won this seat,” Mr Iqbal said."}' \
	'{"id":"b","text":"Marjorie Teig came with her husband, Carl Teig, to the rally.\n\n“She will vote for him,” Mr Teig said."}' \
	'{"id":"c","text":"Lady Fiona Carnarvon runs the estate.\n\n“It was gloom,” Lord Carnarvon said. “It is thin,” Lady Carnarvon said."}' >"$T/sexguess.jsonl"
t "a first name's sex gives way to a title's" \
	'pull-quotes -o tsv "$T/sexguess.jsonl" | cut -f1,7' \
	'a	Rana Mubashir Iqbal
b	Carl Teig
c	Carnarvon
c	Fiona Carnarvon'

# "for the" or "of the" and a capitalised word go on in an
# organisation's name, as "for the" and an ordinal do ("Ministry for
# the Environment", "Department of the Interior").
printf '%s\n' '{"id":"a","text":"A spokesperson for the Ministry for the Environment said it would “not comment on individual council plans”."}' \
	'{"id":"b","text":"The Department of the Interior said the permit was “under review”."}' \
	'{"id":"c","text":"The Commission for the Protection of Journalists said the arrest was “a grave mistake”."}' >"$T/forthe.jsonl"
t "for the in an organisation's name" \
	'pull-quotes -o tsv "$T/forthe.jsonl" | cut -f1,7,13' \
	'a	Ministry for the Environment	ORG
b	Department of the Interior	ORG
c	Commission for the Protection of Journalists	ORG'

# An organisation named before by a fuller name is meant by its first
# word alone ("Gulfside said" after "Gulfside Marine Systems"), when
# that word is no one's first name or surname in the story.
printf '%s\n' '{"id":"a","text":"Gulfside Marine Systems builds the ship in Mobile.\n\nIn a statement, Gulfside said it was “fully committed” to the program."}' \
	'{"id":"b","text":"Ford Motor Company cut prices. Nora Ford runs the union local.\n\n“It is not enough,” Ford said."}' >"$T/orgprefix.jsonl"
t "an organisation by its first word" \
	'pull-quotes -o tsv "$T/orgprefix.jsonl" | cut -f1,7,13' \
	'a	Gulfside Marine Systems	ORG
b	Nora Ford	PER'

# A group's noun that heads organisations' names ("the collective", "a
# league spokesperson") stands for the one of that noun met before, as
# "the company" does; a web forum is no organisation.
printf '%s\n' '{"id":"a","text":"The Maungarua Dairy Collective, which represents 140 farms, opposed the plan.\n\nThe rules would cost farmers “up to $60 million a year,” the collective warned."}' \
	'{"id":"b","text":"The Rift Protocol Pro League fined the team on Monday.\n\n“The RPL is aware of the allegations,” a league spokesperson said."}' \
	'{"id":"c","text":"One user on an online forum wrote: “Most people cannot do it correctly.”"}' >"$T/groupnoun.jsonl"
t "a group's noun for an organisation" \
	'pull-quotes -o tsv "$T/groupnoun.jsonl" | cut -f1,7,13' \
	'a	Maungarua Dairy Collective	ORG
b	Rift Protocol Pro League	ORG
c		'

# A role's domain after "on", "for" or "of" opens the run before a name
# no first name of our lists opens: the name is what follows the
# domain's last organisation word ("Opposition Spokesman on National
# Security Fitz-Albert Grizzle"), and the surname alone is that person.
printf '%s\n' '{"id":"a","text":"But Opposition Spokesman on National Security Fitz-Albert Grizzle said the Government was “dressing up failure”.\n\n“The minister has had four years,” Grizzle said."}' >"$T/domain.jsonl"
t "a role's domain before a name" \
	'pull-quotes -o tsv "$T/domain.jsonl" | cut -f7,13' \
	'Fitz-Albert Grizzle	PER
Fitz-Albert Grizzle	PER'

# One of a body's people, unnamed ("a senior ECP official", "one
# senior Government source"), speaks for no one named, even when the
# body was named before; its spokesperson speaks for it.
printf '%s\n' '{"id":"a","text":"The Election Commission of Pakistan met on Monday. A senior ECP official, requesting anonymity, told reporters the commission was being “deliberately cautious”."}' \
	'{"id":"b","text":"The Election Commission of Pakistan met on Monday. An ECP spokesperson said the commission “will comply”."}' >"$T/member.jsonl"
t "a body's unnamed member" \
	'pull-quotes -o tsv "$T/member.jsonl" | cut -f1,7' \
	'a	
b	Election Commission of Pakistan'

# "X said …, and assured …": the subject of the speech verb before the
# conjunction, an organisation too, not a person named in the phrase
# that opens the sentence.
printf '%s\n' '{"id":"a","text":"In a statement signed by its director, Mr. Sam Tetteh, COCOBOD said it was “in advanced discussions” with banks, and assured lenders that all facilities “will be honoured in full”."}' >"$T/conjcue.jsonl"
t "a coordinated verb's subject" \
	'pull-quotes -o tsv "$T/conjcue.jsonl" | cut -f6,7,10' \
	'in advanced discussions	COCOBOD	COCOBOD
will be honoured in full	COCOBOD	COCOBOD'

# An office's phrase after "the" before a name between commas ("The
# Minister for Finance, Dr. Abena Owusu-Sarpong,") describes the person
# for "the Minister said" later; not a possessive country's office, not
# one of several ("The first author, Margaret Atwood,": "the author" is
# still the one the story is about).
printf '%s\n' '{"id":"a","text":"The Minister for Finance, Dr. Abena Owusu-Sarpong, told Parliament that it would “not fail”.\n\n“Cocoa is not just a commodity,” the Minister said."}' \
	'{"id":"b","text":"South Africa’s president, Jacob Zuma, met Sen. Tom Hale on Monday.\n\n“We are partners,” the president said."}' \
	'{"id":"c","text":"David Mitchell wrote the book. The first author, Margaret Atwood, gave hers in 2015.\n\nThe manuscript is now, says the author, “gone from me”."}' >"$T/preappos.jsonl"
t "an office's phrase before a name" \
	'pull-quotes -o tsv "$T/preappos.jsonl" | cut -f1,7' \
	'a	Abena Owusu-Sarpong
a	Abena Owusu-Sarpong
b	
c	David Mitchell'

# A pronoun no person of the story can take goes to the latest
# name-like run before it that the entity tagger reads as a person's
# name, even far from any quotation (the rules left "Nasrin
# Qaderi-Bakhsh" open: no first name of the lists, no title).
printf '%s\n' '{"id":"a","text":"When gunmen shot Nasrin Qaderi-Bakhsh in March as she rode home on a bus after school, they made their aim clear: to silence the teenager and end her campaign for the education of girls in the province.\n\nSeven months and many operations later, she stood up at the assembly on her birthday. “They thought the bullet would silence us,” she said."}' >"$T/tagpron.jsonl"
t "a pronoun's referent the tagger names" \
	'pull-quotes -o tsv "$T/tagpron.jsonl" | cut -f6,7' \
	'They thought the bullet would silence us	Nasrin Qaderi-Bakhsh'

# Lower-case particles inside a name, one or two ("Maria van der
# Hoeven", "Rafael de la Torre"), belong to it; a capitalised particle
# before another ("Van der Hoeven said") is no first name, and gives
# the person no sex.
printf '%s\n' '{"id":"a","text":"Maria van der Hoeven, the head of the agency, warned that coal would keep growing. Van der Hoeven said that only cheaper gas could cut demand.\n\n“Coal is here to stay,” she said."}' \
	'{"id":"b","text":"The head of the league, Rafael de la Torre, said the season would go on. “We will play,” he said."}' >"$T/particles.jsonl"
t "particles inside a name" \
	'pull-quotes -o tsv "$T/particles.jsonl" | cut -f1,7' \
	'a	Maria van der Hoeven
b	Rafael de la Torre'

# A document as the subject, with its writer after "from" or "by"
# ("A letter from the Harbour Trust warned", "a report prepared by
# Aotea Consultants"): the writer speaks; not one who only obtained or
# saw it ("A memo obtained by Ledger Wire said": nobody named).
printf '%s\n' '{"id":"a","text":"A letter from the Harbour Trust warned that the plan was “reckless and rushed”."}' \
	'{"id":"b","text":"A report prepared by Aotea Freshwater Consultants said nitrate levels were “steadily declining”."}' \
	'{"id":"c","text":"A memo obtained by Ledger Wire said the committee was “an unelected body”."}' \
	'{"id":"d","text":"A letter seen by Reuters says the board was “misled”."}' >"$T/docwriter.jsonl"
t "a document's writer in its subject" \
	'pull-quotes -o tsv "$T/docwriter.jsonl" | cut -f1,7,13' \
	'a	Harbour Trust	ORG
b	Aotea Freshwater Consultants	ORG
c		
d		'

# A bracket's aside inside an apposition or a relative clause ("the
# head of the National Institute (INGD) in Zambezia,", "who worked at
# the National Security Agency (NSA),") leaves the name before it the
# subject; an organisation with its acronym as the apposition after a
# description speaks ("The main opposition party, the People's
# Progressive Alliance (PPA), described"); a people's plural in the
# possessive is inside a name ("People's", "Workers'").
printf '%s\n' '{"id":"a","text":"\"The situation is critical,\" Ana Lucia Mabunda, the head of the National Institute for Disaster Risk Management (INGD) in Zambezia province, told AFP."}' \
	'{"id":"b","text":"Stewart Baker, who worked at the US National Security Agency (NSA), said “Metadata tells you everything.”"}' \
	'{"id":"c","text":"The main opposition party, the People’s Progressive Alliance (PPA), described the palliatives as “a drop in the ocean”."}' \
	'{"id":"d","text":"The Workers'"'"' Party of Ireland said the budget was “a con”."}' >"$T/parens.jsonl"
t "a bracket's aside in an apposition" \
	'pull-quotes -o tsv "$T/parens.jsonl" | cut -f1,7' \
	'a	Ana Lucia Mabunda
b	Stewart Baker
c	People’s Progressive Alliance
d	Workers'"'"' Party of Ireland'

# The subject a later "he" or "she" goes on about: not a name after a
# preposition, past a possessor or a number before it ("at Dumka's
# Gandhi Maidan", "at Mile 12 Market"), and after an opening participle's
# clause, the name after its comma ("Asked whether he would …, Whitaker
# was unequivocal").
printf '%s\n' '{"id":"a","text":"A foodstuff seller at Mile 12 Market, Mrs Bisi Adeola, said the price of rice had risen. “People are just looking at the goods,” she said."}' \
	'{"id":"b","text":"Addressing a rally at Dumka’s Gandhi Maidan, Kujur said, “These people come here only at election time.” “Jharkhand knows its own sons,” he added."}' \
	'{"id":"c","text":"Gov. Dale Whitaker met Marcus Holloway on Monday. “Suing is easy,” Holloway said. Asked whether he would consider a compromise, Whitaker was unequivocal. “There’s nothing to negotiate,” he said."}' >"$T/subject.jsonl"
t "the subject a pronoun goes on about" \
	'pull-quotes -o tsv "$T/subject.jsonl" | cut -f1,7' \
	'a	Bisi Adeola
b	Kujur
b	Kujur
c	Marcus Holloway
c	Dale Whitaker'

# An organisation's apposition headed by a trade's noun, after a
# place's possessive too ("Hanseong Steel, South Korea's second-largest
# steelmaker,"; any "-maker"), makes it the company "the company" is.
printf '%s\n' '{"id":"a","text":"Hanseong Steel, South Korea’s second-largest steelmaker, said the duties could cut its shipments.\n\n\"Mexico is one of our most important markets,\" the company said."}' \
	'{"id":"b","text":"Brindle Toys, the Danish toymaker, said sales fell.\n\n\"We are disappointed,\" the company said."}' >"$T/trade.jsonl"
t "a trade's noun in an organisation's apposition" \
	'pull-quotes -o tsv "$T/trade.jsonl" | cut -f1,7' \
	'a	Hanseong Steel
b	Brindle Toys'

# An organisation after a place's possessive opens the sentence and is
# its subject ("Mexico's Economy Ministry said …, citing what it
# called"); a list of capitalised words after "of" with commas in it
# is one name ("South Korea's Ministry of Trade, Industry and Energy
# said").
printf '%s\n' '{"id":"a","text":"Mexico’s Economy Ministry said on Wednesday that duties would rise, citing what it called \"unfair and predatory pricing\" by foreign producers."}' \
	'{"id":"b","text":"\"We regret it,\" the Department of Fisheries, Forestry and Oceans said."}' >"$T/orglist.jsonl"
t "an organisation after a possessive, and with a list in its name" \
	'pull-quotes -o tsv "$T/orglist.jsonl" | cut -f1,7,13' \
	'a	Mexico’s Economy Ministry	ORG
b	Department of Fisheries, Forestry and Oceans	ORG'

# A speech verb's -ed form after a word of degree is an adjective ("was
# more pointed:", "was very guarded:"): the colon's lead-in names the
# speaker; "too" after a subject is "also" ("Miller too suggested").
printf '%s\n' '{"id":"a","text":"In a written statement, the White House was more pointed: “The American people expect Congress to secure the border.”"}' \
	'{"id":"b","text":"Doug Miller too suggested the equipment had been “tampered with”."}' >"$T/degree.jsonl"
t "a word of degree before a speech verb's form" \
	'pull-quotes -o tsv "$T/degree.jsonl" | cut -f1,7,8' \
	'a	White House	
b	Doug Miller	suggested'

# The words that make a name an organisation's, in the languages news
# names bodies in too ("Grupo Modelo", "Partido Popular").
printf '%s\n' '{"id":"a","text":"“We lost orders,” said Grupo Modelo."}' \
	'{"id":"b","text":"“We will win,” Partido Popular said in a statement."}' >"$T/orgwords.jsonl"
t "organisations' words in other languages" \
	'pull-quotes -o tsv "$T/orgwords.jsonl" | cut -f1,7,13' \
	'a	Grupo Modelo	ORG
b	Partido Popular	ORG'

# Titles of English-language news beyond the US and British desks, and
# the wires' abbreviations of ranks, keep their dot and stand before a
# name ("Atty. Renaldo Cruz", "Alhaji Musa Bello", "Smt. Kamala Devi",
# "Maj. Gen. …"), with the sex some of them tell.
printf '%s\n' '{"id":"a","text":"“We were not consulted,” said Atty. Renaldo Cruz, the group’s counsel."}' \
	'{"id":"b","text":"Alhaji Musa Bello told reporters the strike was “unnecessary”."}' \
	'{"id":"c","text":"“We will not yield,” Smt. Kamala Devi said. Her rival, Ravi Menon, disagreed. “It is over,” she said."}' \
	'{"id":"d","text":"“The strikes will continue,” Maj. Gen. Pat Ryder said."}' >"$T/titles2.jsonl"
t "titles of news elsewhere and the wires' ranks" \
	'pull-quotes -o tsv "$T/titles2.jsonl" | cut -f1,7' \
	'a	Renaldo Cruz
b	Musa Bello
c	Kamala Devi
c	Kamala Devi
d	Pat Ryder'

# A spokesperson of a person's campaign speaks for the campaign ("A
# Brackett campaign spokesman said", "said a Brackett campaign
# spokesman"); a named one speaks for themselves, past the title after
# the campaign's noun ("said campaign spokeswoman Priya Castellanos").
printf '%s\n' '{"id":"a","text":"Tom Brackett attacked her. A Brackett campaign spokesman said the ad was “a lie”."}' \
	'{"id":"b","text":"Tom Brackett attacked her. “It is a lie,” said a Brackett campaign spokesman."}' \
	'{"id":"c","text":"“We are confident,” said campaign spokeswoman Priya Castellanos."}' >"$T/campspokes.jsonl"
t "a campaign's spokesperson" \
	'pull-quotes -o tsv "$T/campspokes.jsonl" | cut -f1,7,13' \
	'a	Brackett campaign	ORG
b	Brackett campaign	ORG
c	Priya Castellanos	PER'

# A verb of finding is a speech verb when a document or a study is its
# subject ("A 2023 report by Aotea Freshwater Consultants found", "the
# report found “no evidence”": not the police named before it); not
# otherwise ("Police found “drugs”": a scare quote, no record).
printf '%s\n' '{"id":"a","text":"A 2023 report by Aotea Freshwater Consultants found nitrate levels had been “steadily declining for at least two decades”."}' \
	'{"id":"b","text":"The police said the fans were drunk, but the report found “no evidence” for this."}' \
	'{"id":"c","text":"Police found “drugs” in the car."}' >"$T/docfinds.jsonl"
t "a document's verb of finding" \
	'pull-quotes -o tsv "$T/docfinds.jsonl" | cut -f1,7,8,10' \
	'a	Aotea Freshwater Consultants	found	A 2023 report by Aotea Freshwater Consultants
b		found	the report'

# A party tag after the name, then a relative clause with a quotation
# in it, before the verb ("Rep. Calvin Brooks, D-Mich., whose speech was
# billed as “…,” told"): the name is the subject (and the slogan, in
# headline case after "billed as", is no quotation).
printf '%s\n' '{"id":"a","text":"Rep. Calvin Brooks, D-Mich., whose speech Tuesday night was billed by organizers as “A Fair Shot for Every Family,” told reporters beforehand that the indictment “doesn’t change a thing.”"}' >"$T/partyrel.jsonl"
t "a party tag before a relative clause" \
	'pull-quotes -o tsv "$T/partyrel.jsonl" | cut -f6,7' \
	'doesn’t change a thing.	Calvin Brooks'

# An apposition after a name that opens on a body's name and goes on
# with a title in lower case ("USI associate professor of art history"),
# or on an office in capitals ("Chair In Global Islamic Politics in …"),
# and a chain of appositions whose second is a possessor's description
# ("the director of Kethea, Greece's anti-drug centre,"), leave the name
# the subject.
printf '%s\n' '{"id":"a","text":"Hilary Braysmith, USI associate professor of art history, said, “I think his photography is influential.”"}' \
	'{"id":"b","text":"Charalampos Poulopoulos, the director of Kethea, Greece’s anti-drug centre, said shisha is an “austerity drug”."}' \
	'{"id":"c","text":"Professor Greg Barton, Chair In Global Islamic Politics in the Faculty of Arts and Education at the Deakin University, said \"The attacker was using a couple of guns.\""}' >"$T/appos2.jsonl"
t "appositions with a body's name, an office or a possessor" \
	'pull-quotes -o tsv "$T/appos2.jsonl" | cut -f1,7' \
	'a	Hilary Braysmith
b	Charalampos Poulopoulos
c	Greg Barton'

# A description, then a name between commas with where the person is
# from ("Another consultant paediatric allergist, Adam Fox from Guys and
# St Thomas' Hospital in London, said"): the name speaks, with the
# description as the source when it opens on an article, else the name
# alone ("rival, Bobby Jindal"); "Fox" after a first name is a surname,
# no network.
printf '%s\n' '{"id":"a","text":"Another consultant paediatric allergist, Adam Fox from Guys and St Thomas’ Hospital in London, said: “I get a number of patients.”"}' \
	'{"id":"b","text":"In Iowa, rival, Bobby Jindal, told reporters: “He is an egomaniac.”"}' \
	'{"id":"c","text":"“We will leave,” Liam Fox said."}' >"$T/descname.jsonl"
t "a description, then a name with where the person is from" \
	'pull-quotes -o tsv "$T/descname.jsonl" | cut -f1,7,10' \
	'a	Adam Fox	Another consultant paediatric allergist, Adam Fox from Guys and St Thomas’ Hospital in London
b	Bobby Jindal	Bobby Jindal
c	Liam Fox	Liam Fox'

# "which read" as "that read": a verb of reading after a relative
# pronoun leads in the quotation (", in part," too), and a document
# someone released or issued speaks for them ("Facebook released a
# statement which read, in part, “…”"); a group's names no one.
printf '%s\n' '{"id":"a","text":"Facebook released a statement which read, in part, \"This judgment raises critical questions.\""}' \
	'{"id":"b","text":"They released a statement which said, \"The museum must be maintained.\""}' >"$T/whichread.jsonl"
t "a statement which read" \
	'pull-quotes -o tsv "$T/whichread.jsonl" | cut -f1,7,8' \
	'a	Facebook	read
b		said'

# A possessor's noun of something said, then a copula before the colon
# ("Costa's comment on that description was: “…”", "His answer was
# simple: “Yes.”"): the possessor speaks, as with the colon right after
# the noun.
printf '%s\n' '{"id":"a","text":"Helena Costa took charge of the club in May. Costa’s comment on that description was: “Like Mourinho, I always want to win.”"}' \
	'{"id":"b","text":"Mr. Hammer asked Mr. Ridley whether he expected more leaks. His answer was simple: “Yes.”"}' >"$T/posscop.jsonl"
t "a possessor's remark with a copula before the colon" \
	'pull-quotes -o tsv "$T/posscop.jsonl" | cut -f1,7' \
	'a	Helena Costa
b	Ridley'

# A record that opens on the comma before a name in apposition has no
# description before it: the name alone is the source (the fuzz target
# found the source's start looked up before the record).
printf '%s\n' '{"id":"a","text":", John Smith, said the clinic was “full”."}' >"$T/commaopen.jsonl"
t "a record opening on an apposition's comma" \
	'pull-quotes -o tsv "$T/commaopen.jsonl" | cut -f7,10' \
	'John Smith	John Smith'

# An office one person holds, which no one in the story holds by title,
# is the person named last ("… from Barack Obama and his wife. The
# president said"); a title of theirs that says otherwise keeps it open.
printf '%s\n' '{"id":"a","text":"Congratulations came from the White House, from Barack Obama and his wife. The president said: “We are so pleased.”"}' \
	'{"id":"b","text":"Sen. Mary Byrne met officials on Monday. The president said: “We are so pleased.”"}' >"$T/office.jsonl"
t "the president, named without a title" \
	'pull-quotes -o tsv "$T/office.jsonl" | cut -f1,7' \
	'a	Barack Obama
b	'

# A seat of power speaks for its office ("Kensington Palace said"); a
# body named by its form ("Harbour Light Collective") is an
# organisation, and after its kind ("advocacy group Harbour Light
# Collective welcomed …, describing it as") it is the clause's subject.
printf '%s\n' '{"id":"a","text":"In a statement, Kensington Palace said: “The duchess is well.”"}' \
	'{"id":"b","text":"Migrant worker advocacy group Harbour Light Collective welcomed the plan, describing it as “long overdue”."}' >"$T/palace.jsonl"
t "a palace and a collective as organisations" \
	'pull-quotes -o tsv "$T/palace.jsonl" | cut -f1,7,13' \
	'a	Kensington Palace	ORG
b	Harbour Light Collective	ORG'

# "the judge" is the one titled "Mr Justice"; a first name after an
# article is a thing's name ("The Bill states"), no one's.
printf '%s\n' '{"id":"a","text":"Mr Justice Conor Hanlon rejected the claims. The judge said the inspector had made “a careful and adequate assessment”."}' \
	'{"id":"b","text":"Employers will halt work under a Bill tabled in Parliament.\n\nThe Bill states that employers must take “all reasonably practicable measures”."}' >"$T/justice.jsonl"
t "a justice as the judge; the Bill as no one" \
	'pull-quotes -o tsv "$T/justice.jsonl" | cut -f1,7,10' \
	'a	Conor Hanlon	The judge
b		The Bill'

# A label opening the paragraph ("Driving the news:", as Axios writes)
# is no part of the sentence after it: "In a letter …, the FAA said"
# still opens it, and the letter is the FAA's. Who votes to send a
# letter wrote it; a nonprofit is an organisation met before.
printf '%s\n' '{"id":"a","text":"Driving the news: In a letter sent to the company last week and reviewed by Axios, the FAA said Skyhaul aircraft had flown outside approved corridors.\n\n“These deviations reflect a pattern,” the letter says."}' \
	'{"id":"b","text":"The Ashford Falls Selectboard met on Monday.\n\nThe selectboard voted to send a letter to the governor. The letter says the state’s handling was “a failure of basic transparency.”"}' \
	'{"id":"c","text":"Bayline Shelter Services did not respond. The nonprofit’s website describes its mission as “restoring dignity through stable housing.”"}' >"$T/label.jsonl"
t "a paragraph's label; letters and websites of bodies" \
	'pull-quotes -o tsv "$T/label.jsonl" | cut -f1,7' \
	'a	FAA
b	Ashford Falls Selectboard
c	Bayline Shelter Services'

# A restrictive relative clause inside the subject ("One GOP senator
# who does not sit on the committee told"): the subject is its noun, not
# the committee; a party's elected member speaks for no body; "the
# senator" after that unnamed one is still unnamed (not "Sen. Megan
# Oyelaran" met before). Not a relative clause after a copula ("She is
# a bar worker who says …, telling her"): the subject stays "She".
printf '%s\n' '{"id":"a","text":"Sen. Megan Oyelaran voted yes.\n\nNot every Republican was persuaded. One GOP senator who does not sit on the committee told CNN the vote had been “rushed” by leaders.\n\n“There are people in our conference who have not read it,” the senator said."}' \
	'{"id":"b","text":"Sen. Tom Hale voted yes.\n\nA lawmaker who sits on the Senate Commerce Committee said the vote was “rushed” by leaders."}' \
	'{"id":"c","text":"It was Felicia Nordström’s idea. She is a bar worker who says she was fed up with beer snobs telling her: “What do you know about beer?”"}' >"$T/relsubj.jsonl"
t "a restrictive relative clause in the subject" \
	'pull-quotes -o tsv "$T/relsubj.jsonl" | cut -f1,7,10' \
	'a		One GOP senator who does not sit on the committee
a		the senator
b		A lawmaker who sits on the Senate Commerce Committee
c	Felicia Nordström	She'

# A fragment in the first person singular inside the reporter's
# sentence, with no verb or source of its own, is the words of the
# person the sentence is about; not a fragment with none ("the
# “access-all-areas” secrets").
printf '%s\n' '{"id":"a","text":"James Goodfellow invented the cash machine. Goodfellow accepts he didn’t invent the concept “but I did invent a way of doing it”."}' \
	'{"id":"b","text":"Lauren Raskauskas deleted her account after realizing she “didn’t like everyone knowing what I was doing”."}' \
	'{"id":"c","text":"Tom Hale sold some of the “access-all-areas” secrets to a rival."}' >"$T/firstsing.jsonl"
t "a fragment in the first person: the sentence's subject" \
	'pull-quotes -o tsv "$T/firstsing.jsonl" | cut -f1,6,7' \
	'a	but I did invent a way of doing it	James Goodfellow
b	didn’t like everyone knowing what I was doing	Lauren Raskauskas'

# A sentence opening on a speech verb in the past, then the name, a
# colon or a comma and the quotation ("Said Tom Hale: “…”", "Remarked …
# scientist Tierra Curry, “…”"): the name speaks and the verb is the
# cue; "Said" as a first name before a verb stays a name. "As X put
# it" frames a quotation as X's; the source leaves out an opening "As"
# or "But".
printf '%s\n' '{"id":"a","text":"Said Tom Hale: “We are done.”"}' \
	'{"id":"b","text":"Remarked Center for Biological Diversity scientist Tierra Curry, \"This reprieve is a thank-you.\""}' \
	'{"id":"c","text":"Said Hassan told reporters: “We are done.”"}' \
	'{"id":"d","text":"As Tom Hale put it, the deal is “dead on arrival”."}' \
	'{"id":"e","text":"But Roe said the deal was “dead on arrival”."}' >"$T/inverted.jsonl"
t "an opening speech verb before the name; as X put it" \
	'pull-quotes -o tsv "$T/inverted.jsonl" | cut -f1,7,8,10' \
	'a	Tom Hale	Said	Tom Hale
b	Tierra Curry	Remarked	Center for Biological Diversity scientist Tierra Curry
c	Said Hassan	told	Said Hassan
d	Tom Hale	put it	Tom Hale
e	Roe	said	Roe'

# A headline that ends on a colon and a quotation keeps it, however few
# its words; a quotation the story gives again further down takes the
# speaker of the later one that holds its words (a headline's, or one
# left with none).
printf '%s\n' '{"id":"a","text":"Wyoming governor vows to fight coal rule: ‘We will not go quietly’\n\nGov. Dale Whitaker said on Monday: “We will not go quietly.”"}' \
	'{"id":"b","text":"Scientists say the find is “a step towards finding life elsewhere in the universe”.\n\n“It is a step towards finding life elsewhere in the universe,” said Sara Seager of MIT."}' >"$T/repeated.jsonl"
t "a headline's quotation and one given again below" \
	'pull-quotes -o tsv "$T/repeated.jsonl" | cut -f1,6,7' \
	'a	We will not go quietly	Dale Whitaker
a	We will not go quietly.	Dale Whitaker
b	a step towards finding life elsewhere in the universe	Sara Seager
b	It is a step towards finding life elsewhere in the universe	Sara Seager'

# A headline in title case, as many US sites write them: its speech
# verbs and function words are read in lower case ("Pelosi Warns
# Democrats:", "GOP Border Hawk Says … Is ‘…’"), and its capitals tell
# no title of a work; a title before a name stays ("Gov. Lisa Marr").
printf '%s\n' '{"id":"a","text":"Pelosi Warns Democrats: ‘We Cannot Be Complacent’\n\nThe story goes on."}' \
	'{"id":"b","text":"EXCLUSIVE: GOP Border Hawk Says Bipartisan Immigration Bill Is ‘Amnesty By Another Name’\n\nThe story goes on."}' \
	'{"id":"c","text":"Gov. Lisa Marr Tells Voters: ‘We Will Win This’\n\nThe story goes on."}' >"$T/titlecase.jsonl"
t "a headline in title case" \
	'pull-quotes -o tsv "$T/titlecase.jsonl" | cut -f1,6,8,10' \
	'a	We Cannot Be Complacent	Warns	Pelosi
b	Amnesty By Another Name	Says	GOP Border Hawk
c	We Will Win This	Tells	Gov. Lisa Marr'

# A document opening the clause with its writer right after it ("A memo
# from the Brandt campaign to major donors this week, reviewed by Ledger
# Wire, describes"): the writer speaks, not the one who saw it; "the
# memo begins" brings in its words as "reads" does.
printf '%s\n' '{"id":"a","text":"A memo from the Brandt campaign to major donors this week, reviewed by Ledger Wire, describes the Fed as “an unelected committee”."}' \
	'{"id":"b","text":"A memo obtained by CNN says the plan is “a disaster”."}' \
	'{"id":"c","text":"“We are not going to sugarcoat this,” the memo begins."}' >"$T/docwriter.jsonl"
t "a document's writer after it; the memo begins" \
	'pull-quotes -o tsv "$T/docwriter.jsonl" | cut -f1,7,8,10' \
	'a	Brandt campaign	describes	A memo from the Brandt campaign to major donors
b		says	A memo obtained by CNN
c		begins	the memo'

# A surname alone opening a sentence as the subject of a verb, the last
# word of a name-like run met before ("by Grégoire Delacourt" …
# "Delacourt has tried explaining"), is that person: "He said" after it
# is him, not the lawyer of the sentence before. Not a heading's run
# ("WNL Are MOOCs" … "MOOCs have").
printf '%s\n' '{"id":"a","text":"The First Thing We Look At by Grégoire Delacourt tells the story of a model. Her lawyer, Vincent Toledano, told Le Figaro it was “fraudulent”.\n\nDelacourt has tried explaining his choice. He said: “I wrote a work of fiction.”"}' \
	'{"id":"b","text":"WNL Are MOOCs\nMOOCs have changed teaching. “It is a revolution,” he said."}' >"$T/surnamesubj.jsonl"
t "a surname opening a sentence, of a name-like run met before" \
	'pull-quotes -o tsv "$T/surnamesubj.jsonl" | cut -f1,7' \
	'a	Vincent Toledano
a	Grégoire Delacourt
b	'

# An office no one in the story holds speaks by its name ("The Nevada
# Secretary of State's office told"); one held speaks for the holder.
# A sentence's first run that is "The" alone does not end the look for
# its organisation; "voiced concerns that" is a verb of saying.
printf '%s\n' '{"id":"a","text":"The Nevada Secretary of State'"'"'s office told the county in a letter in May that a hand count would have “no legal effect” on it."}' \
	'{"id":"b","text":"Gov. Lisa Marr vetoed it. The governor'"'"'s office said the plan was “dead” now."}' \
	'{"id":"c","text":"The Yomiuri Shimbun said it was “astonished by the lack of morals.”\n\nThe newspaper voiced concerns that the scandal could “harm the credibility of brand Japan.”"}' >"$T/office.jsonl"
t "an office by its name; a newspaper that voiced concerns" \
	'pull-quotes -o tsv "$T/office.jsonl" | cut -f1,7,8,13' \
	'a	Nevada Secretary of State'"'"'s office	told	ORG
b	Lisa Marr	said	PER
c	Yomiuri Shimbun	said	ORG
c	Yomiuri Shimbun	voiced	ORG'

# A quotation held open at a record's end and ended by the next
# paragraph has no tokens of its own any more: the first-person rule
# does not look for its sentence's subject (it read a freed record).
t "a held first-person fragment ended by the next paragraph" \
	'printf "Tom Hale wrote a book. The book was “my own fault and nobody else\n\nThe next paragraph starts here.\n" | pull-quotes -o tsv; echo "rc=$?"' \
	'rc=0'

# "the spokesperson" after "A spokesperson for Skyline Meridian said"
# speaks for the same body.
printf '%s\n' '{"id":"a","text":"A spokesperson for Skyline Meridian said the airline “categorically rejects” the claims.\n\n“These are recycled accusations,” the spokesperson said."}' >"$T/spokesagain.jsonl"
t "the spokesperson again" \
	'pull-quotes -o tsv "$T/spokesagain.jsonl" | cut -f7,10' \
	'Skyline Meridian	A spokesperson for Skyline Meridian
Skyline Meridian	the spokesperson'

# An apposition that opens on an irregular participle ("The prince,
# known as Captain Wales in the army, said") is skipped to the subject.
printf '%s\n' '{"id":"a","text":"Prince Harry flew home on Monday. The prince, known as Captain Wales in the army, said he was “one in the army”."}' >"$T/known.jsonl"
t "an apposition opening on known as" \
	'pull-quotes -o tsv "$T/known.jsonl" | cut -f7,10' \
	'Prince Harry	The prince, known as Captain Wales in the army'

# A noun a body's name ends in stands for it again, known to the
# lexicon or not ("the compact", "the forum"); a body met with "a" or
# "an" for the first time is none named before ("One user on an online
# forum wrote"); a firm's board speaks for the firm.
printf '%s\n' '{"id":"a","text":"The Northern Growers Compact, a group of fruit farmers, met on Friday. “We will not sell below cost,” the compact said."}' \
	'{"id":"b","text":"Dana Ruiz chairs the Eastfield Residents Forum. The forum said it was “tired of waiting”."}' \
	'{"id":"c","text":"The Harlow Parents Forum met on Monday. One user on an online forum wrote: “Nobody asked us.”"}' \
	'{"id":"d","text":"Brightwater Mining rejected the offer. Brightwater'"'"'s board wrote that the bid was “far too low”."}' >"$T/orghead.jsonl"
t "a body called again by the noun its name ends in" \
	'pull-quotes -o tsv "$T/orghead.jsonl" | cut -f1,7,13' \
	'a	Northern Growers Compact	ORG
b	Eastfield Residents Forum	ORG
c		
d	Brightwater Mining	ORG'

# Who issues a document wrote it, past what describes it ("released a
# brief statement"); a body's communiqué, ruling or notice is its own
# when quoted again.
printf '%s\n' '{"id":"a","text":"The Coastal Ferry Union released a brief statement on Tuesday. “Our members have waited long enough,” the statement read."}' \
	'{"id":"b","text":"The Lagos Traders Guild issued a communiqué after its meeting. The communiqué said the levy was “unjust and unlawful”."}' \
	'{"id":"c","text":"Harbour Trust, which runs the marina, sent a two-page notice to berth holders. The notice warned of “sharp increases” in fees."}' >"$T/docissue.jsonl"
t "who issues a document, past what describes it; a communiqué" \
	'pull-quotes -o tsv "$T/docissue.jsonl" | cut -f1,7' \
	'a	Coastal Ferry Union
b	Lagos Traders Guild
c	Harbour Trust'

# A speech verb denied is no verb of the quotation ("said the council
# does not comment on … but “…”"); a relative clause after an
# apposition to a name is passed to the name.
printf '%s\n' '{"id":"a","text":"A council spokesman, Omar Field, said the council does not comment on staffing but “values every employee”."}' \
	'{"id":"b","text":"Mia Stone, director of the charity Clean the Wye, whose survey “Rivers at Risk” came out in May, said: “The fine is too small.”"}' >"$T/denied.jsonl"
t "a speech verb denied; a relative clause after an apposition" \
	'pull-quotes -o tsv "$T/denied.jsonl" | cut -f1,7,8' \
	'a	Omar Field	said
b	Mia Stone	said'

# Who sues filed the complaint, the lawsuit, the petition quoted after
# it; a body's short name owns its board ("Corvane's board").
printf '%s\n' '{"id":"a","text":"The Eastside Renters Association sued the county in June. The complaint calls the rezoning “an act of bad faith”."}' \
	'{"id":"b","text":"Corvane Mining Ltd. rejected the offer on Monday. The stock rose 4%.\n\nIn a letter published on its website, Corvane'"'"'s board wrote that the bid “undervalues” the firm."}' >"$T/sued.jsonl"
t "who sues wrote the complaint; a body's board by its short name" \
	'pull-quotes -o tsv "$T/sued.jsonl" | cut -f1,7' \
	'a	Eastside Renters Association
b	Corvane Mining Ltd.'

# A body's noun with only a number's or a hyphen's words before it is
# the body met before ("The three-judge court" after "the Court of
# Appeal of Tarvia"); "calling for", "referred to" before a mark are
# the cue with their particle.
printf '%s\n' '{"id":"a","text":"The Court of Appeal of Tarvia ruled on Friday. The three-judge court said the order was “plainly unlawful”."}' \
	'{"id":"b","text":"The Dock Workers League struck on Monday, calling for “a wage that keeps pace with rent”."}' >"$T/court3.jsonl"
t "a three-judge court; calling for" \
	'pull-quotes -o tsv "$T/court3.jsonl" | cut -f1,7,8' \
	'a	Court of Appeal of Tarvia	said
b	Dock Workers League	calling for'

# "In the report, the charity asks …": a document opening the sentence
# with no owner known is the clause subject's, whatever its verb; a
# sentence opening on a preposition ("In the report") is no sentence
# about a thing, and the body in focus stays.
printf '%s\n' '{"id":"a","text":"The Harrow Food Trust published its figures on Monday. In the report, the charity asks ministers to act. The report said hunger had “doubled in two years”."}' >"$T/inreport.jsonl"
t "in the report, the charity asks" \
	'pull-quotes -o tsv "$T/inreport.jsonl" | cut -f7,10' \
	'Harrow Food Trust	The report'

# An institution named after a place's possessive keeps the place in
# its name, capitalised or not ("Norway’s Foreign Ministry"), and
# "the ministry" after it is the same.
printf '%s\n' '{"id":"a","text":"Norway’s Foreign Ministry summoned the envoy. “This is unacceptable,” the ministry said."}' \
	'{"id":"b","text":"Ruritania'"'"'s transport ministry said the bridge was “unsafe”."}' >"$T/placeinst.jsonl"
t "an institution keeps its place's possessive" \
	'pull-quotes -o tsv "$T/placeinst.jsonl" | cut -f1,7' \
	'a	Norway’s Foreign Ministry
b	Ruritania'"'"'s transport ministry'

# What a body puts out under its name speaks for it: "Acme's launch
# materials promised", "the league's rulebook says".
printf '%s\n' '{"id":"a","text":"Zorvane Labs Ltd. closed the app. Zorvane'"'"'s own launch materials promised it would “learn your habits”."}' >"$T/materials.jsonl"
t "a body's materials speak for it" \
	'pull-quotes -o tsv "$T/materials.jsonl" | cut -f7,10' \
	'Zorvane Labs Ltd.	Zorvane'"'"'s own launch materials'

# "A senior aide on the committee said": a person's noun before the
# phrase is the subject, an unnamed one who speaks for no body; a
# spokesperson for a body still speaks for it.
printf '%s\n' '{"id":"a","text":"The Budget Committee met on Monday. A senior aide on the committee said the plan was “dead on arrival”."}' \
	'{"id":"b","text":"The Budget Committee met on Monday. A spokesman for the committee said the plan was “under review”."}' >"$T/aideon.jsonl"
t "an aide on the committee speaks for no body" \
	'pull-quotes -o tsv "$T/aideon.jsonl" | cut -f1,7' \
	'a	
b	Budget Committee'

# One word that begins a body's name met before, and no person's, is
# the body ("Carver said" after "Carver Tenants Union"), not when it
# modifies a noun ("Environmental groups" after "Environmental
# Protection Agency"); a body's name inside a clause is the subject of
# its participle ("In the filing Ford also made this point, writing").
printf '%s\n' '{"id":"a","text":"The suit was filed by Carver Tenants Union. Carver said the rent rise was “illegal”."}' \
	'{"id":"b","text":"The Environmental Protection Agency issued the rule. Environmental groups accused the governor of “fearmongering.”"}' \
	'{"id":"c","text":"The Ford Motor Company filed a report. In the filing itself Ford also made this point, writing “We are cooperating with all agencies.”"}' >"$T/orgshort.jsonl"
t "a body's first word is the body; its name as a participle's subject" \
	'pull-quotes -o tsv "$T/orgshort.jsonl" | cut -f1,7,13' \
	'a	Carver Tenants Union	ORG
b		
c	Ford Motor Company	ORG'

# An office's modifier before a place before the title stays in the
# title ("Former Ohio Gov. Dutch Calloway", "Former Ohio governor …"),
# so "the former Ohio governor" is he, not the person in focus.
printf '%s\n' '{"id":"a","text":"Former Ohio Gov. Dutch Calloway held a rally. Senator Adrian Fell spoke too. “He cannot finish a sentence,” the former Ohio governor said."}' \
	'{"id":"b","text":"Former Ohio governor Dutch Calloway held a rally. Senator Adrian Fell spoke too. “He cannot finish a sentence,” the former Ohio governor said."}' >"$T/formerplace.jsonl"
t "the former Ohio governor" \
	'pull-quotes -o tsv "$T/formerplace.jsonl" | cut -f1,7' \
	'a	Dutch Calloway
b	Dutch Calloway'

# A list in a body's name may hold "the" before an item ("Department of
# Climate Change, Energy, the Environment and Water").
printf '%s\n' '{"id":"a","text":"A spokesperson for the Department of Climate Change, Energy, the Environment and Water said bids would be judged on “value for money”."}' >"$T/listthe.jsonl"
t "a list in a body's name with the" \
	'pull-quotes -o tsv "$T/listthe.jsonl" | cut -f7' \
	'Department of Climate Change, Energy, the Environment and Water'

# A speech verb's base form after a bare plural subject, or one with a
# place after it ("Farmers in Kent say", "critics warn"), is the cue of
# a partial quotation: found, and given to no one (a group); not after
# a determiner ("the scientists write" are the ones named).
printf '%s\n' '{"id":"a","text":"Farmers in Kent say the plan will “hollow out” small towns."}' \
	'{"id":"b","text":"The bill passed. But critics warn it will “gut” the agency."}' >"$T/groupsay.jsonl"
t "a group's base-form verb" \
	'pull-quotes -o tsv "$T/groupsay.jsonl" | cut -f1,6,7,8' \
	'a	hollow out		say
b	gut		warn'

# On plain text as in documents, a paragraph that is only a quotation
# after one whose quotation's attribution ends it goes on in the same
# voice ("“…,” the ministry said. ¶ “…”").
t "a quotation's paragraph after an attributed one, plain text" \
	'printf "The Ministry of Health issued a statement. “We are watching closely,” the ministry said.\n\n“All hospitals are on alert.”\n" | pull-quotes -o tsv | cut -f6,7' \
	'We are watching closely	Ministry of Health
All hospitals are on alert.	Ministry of Health'

# A source's head noun with its "of" phrase after a quotation ("the
# 41-year-old mother of six told", "a resident of the town said") is the
# source: the quotation is found, and the described person met before
# speaks; an unnamed one gives no speaker.
printf '%s\n' '{"id":"a","text":"Hawa Zorvane stood knee-deep in water. “We lost everything,” the 41-year-old mother of six told reporters."}' \
	'{"id":"b","text":"The river rose overnight. “We lost everything,” a resident of the town said."}' >"$T/headof.jsonl"
t "a source's head with an of phrase after the quotation" \
	'pull-quotes -o tsv "$T/headof.jsonl" | cut -f1,6,7,8,10' \
	'a	We lost everything	Hawa Zorvane	told	the 41-year-old mother of six
b	We lost everything		said	a resident of the town'

# A body's long name counts as one word in the source after a quotation
# ("a spokesperson for the Office of Strategic Planning and Community
# Development wrote"): the body speaks, not the person named before.
printf '%s\n' '{"id":"a","text":"Representative Teresa Zorvane said she was not taking sides. “The board conducted a thorough review,” a spokesperson for the Office of Strategic Planning and Community Development wrote in an email."}' >"$T/longorg.jsonl"
t "a body's long name after a quotation" \
	'pull-quotes -o tsv "$T/longorg.jsonl" | cut -f7,8' \
	'Office of Strategic Planning and Community Development	wrote'

# A verb of asking after "when" or "after" inside a colon lead-in has the
# main clause's subject, who answers ("Ferrante was blunt when asked
# whether …: “…”"); its own speech verb stays the cue.
printf '%s\n' '{"id":"a","text":"Senator Alicia Zorvane sponsored the bill. Rep. Tom Corvane spoke. Zorvane was blunt when asked whether she would accept amendments: “Not if they gut the bill.”"}' \
	'{"id":"b","text":"Senator Alicia Zorvane sponsored the bill. Zorvane said when asked about amendments: “Not if they gut the bill.”"}' >"$T/whenasked.jsonl"
t "a colon lead-in with when asked" \
	'pull-quotes -o tsv "$T/whenasked.jsonl" | cut -f1,7,8' \
	'a	Alicia Zorvane	
b	Alicia Zorvane	said'

# A plural of a voice's noun before a base-form verb is its subject
# ("the agency's guidelines say", "court documents state"), and a
# voice's noun before a verb in -s after a possessive ("the agency's
# report states"): the possessor speaks through them.
printf '%s\n' '{"id":"a","text":"The National Zorvane Agency will let officers shoot bears. The agency’s guidelines say police should act “in close consultation with hunters”."}' \
	'{"id":"b","text":"The National Zorvane Agency will let officers shoot bears. The agency’s report states that police should act “in close consultation with hunters”."}' \
	'{"id":"c","text":"The bears came back. The court documents state that police acted “without warning”."}' >"$T/docsay.jsonl"
t "a document's plural or its verb in -s after a possessive" \
	'pull-quotes -o tsv "$T/docsay.jsonl" | cut -f1,7,8,10' \
	'a	National Zorvane Agency	say	The agency’s guidelines
b	National Zorvane Agency	states	The agency’s report
c		state	The court documents'

# A body's spokesperson named in a sentence with no quotation is the
# one "the spokeswoman" means later: the body speaks.
printf '%s\n' '{"id":"a","text":"A spokeswoman for the Department for Zorvane Affairs said the merger would go ahead. Parents were angry. “We are committed to every family,” the spokeswoman said."}' >"$T/spokesagain.jsonl"
t "the spokeswoman after a sentence with no quotation" \
	'pull-quotes -o tsv "$T/spokesagain.jsonl" | cut -f7,10,13' \
	'Department for Zorvane Affairs	the spokeswoman	ORG'

# "a campaign spokesperson" speaks for the campaign named before, as
# "the campaign" does.
printf '%s\n' '{"id":"a","text":"Gov. Reid Zorvane is running. The Zorvane campaign disputed the math. “We have the resources,” a campaign spokesperson said."}' >"$T/campspokes.jsonl"
t "a campaign spokesperson" \
	'pull-quotes -o tsv "$T/campspokes.jsonl" | cut -f7,13' \
	'Zorvane campaign	ORG'

# A body's short form (its first and last words, some between left out)
# is the body met before, named in its fullest form ("Adinkra Bank"
# after "Adinkra Commercial Bank PLC").
printf '%s\n' '{"id":"a","text":"Zorvane Commercial Bank PLC posted a profit. Zorvane Bank said: “We are prudent.”"}' >"$T/orgshortform.jsonl"
t "a body's short form in its fullest form" \
	'pull-quotes -o tsv "$T/orgshortform.jsonl" | cut -f7,10' \
	'Zorvane Commercial Bank PLC	Zorvane Bank'

# An unnamed person's noun opening a sentence, then a role and a name
# after the comma ("Another passenger, retired nurse Maureen Tate, 71,
# …"), is the person named: "she" after it is she.
printf '%s\n' '{"id":"a","text":"Another passenger, retired nurse Maureen Zorvane, 71, who was travelling with her husband Ken, described the scenes as “total chaos”. “People were crying,” she said."}' >"$T/anonnamed.jsonl"
t "an unnamed person's noun named after a role" \
	'pull-quotes -o tsv "$T/anonnamed.jsonl" | cut -f6,7 | tail -1' \
	'People were crying	Maureen Zorvane'

# "said a man surnamed Kang", "said a woman named Ana Zorvane": the name
# after "surnamed" or "named" is the speaker (Korean and Chinese wires
# name people so).
printf '%s\n' '{"id":"a","text":"Relatives voiced anger. “My son told me last month,” said a man surnamed Kang, whose son was among the dead. “He was scared.”"}' \
	'{"id":"b","text":"“We were not told,” said a woman named Ana Zorvane."}' >"$T/surnamed.jsonl"
t "a person surnamed or named after the verb" \
	'pull-quotes -o tsv "$T/surnamed.jsonl" | cut -f1,7' \
	'a	Kang
a	Kang
b	Ana Zorvane'

# A court's verb of judgement reads past commas to the judge its
# subject names ("The trial judge, Halima Oyedokun, in a judgment
# delivered on Tuesday, held that …").
printf '%s\n' '{"id":"a","text":"The trial judge, Halima Zorvane, in a judgment delivered on Tuesday, held that the congress “did not meet the minimum requirements” of the party."}' >"$T/judgeheld.jsonl"
t "a judge's verb of judgement past commas" \
	'pull-quotes -o tsv "$T/judgeheld.jsonl" | cut -f7,8' \
	'Halima Zorvane	held'

# "and" inside a body's name after up to three words none of which is
# an organisation's ("The Securities and Exchange Commission", "The
# U.S. Chemical Safety and Hazard Investigation Board") joins one name.
printf '%s\n' '{"id":"a","text":"The Securities and Exchange Commission said it was “gathering information” about the trades."}' \
	'{"id":"b","text":"The U.S. Zorvane Safety and Hazard Investigation Board said it was “gathering information” about the fire."}' >"$T/andname.jsonl"
t "a body's name with and" \
	'pull-quotes -o tsv "$T/andname.jsonl" | cut -f1,7,13' \
	'a	Securities and Exchange Commission	ORG
b	U.S. Zorvane Safety and Hazard Investigation Board	ORG'

# One of a body's people with a phrase between commas before the verb
# ("A source at the agriculture ministry, speaking on condition of
# anonymity, told") speaks for no one; a spokesman so placed speaks for
# the body.
printf '%s\n' '{"id":"a","text":"A source at the agriculture ministry, speaking on condition of anonymity, told reporters the funds would be paid “before the harvest”."}' \
	'{"id":"b","text":"A spokesman at the agriculture ministry, speaking on condition of anonymity, told reporters the funds would be paid “before the harvest”."}' >"$T/sourceat.jsonl"
t "a body's member before a phrase between commas" \
	'pull-quotes -o tsv "$T/sourceat.jsonl" | cut -f1,7' \
	'a	
b	agriculture ministry'

# A document after its verb with its writer after "published … by"
# ("warned a report published in March by the Observatoire Zorvane"):
# the writer speaks.
printf '%s\n' '{"id":"a","text":"“Up to a third of the vineyard could become unviable,” warned a report published in March by the Observatoire Zorvane, an independent think tank."}' >"$T/docright.jsonl"
t "a document's writer after its verb" \
	'pull-quotes -o tsv "$T/docright.jsonl" | cut -f7,8,13' \
	'Observatoire Zorvane	warned	ORG'

# A group's plural opening a colon lead-in ("Families forced to sleep on
# airport floor: ‘We’ve been abandoned’", a headline) is a group: the
# quotation is found and given to no one.
printf '%s\n' '{"id":"a","text":"Families forced to sleep on airport floor after airline axes flights: ‘We’ve been abandoned’"}' >"$T/groupcolon.jsonl"
t "a group's plural before a colon" \
	'pull-quotes -o tsv "$T/groupcolon.jsonl" | cut -f6,7,13' \
	'We’ve been abandoned		'

# An acronym of three letters or more whose letters are the initials of
# a name met before, registered as a body or not, stands for it ("A BPS
# spokesperson" after "a Boston Public Schools proposal").
printf '%s\n' '{"id":"a","text":"Parents are vowing to fight a Zorvane Public Schools proposal to close the building. A ZPS spokesperson said the committee would hold “at least two” meetings."}' >"$T/acronymrun.jsonl"
t "an acronym of a name met before" \
	'pull-quotes -o tsv "$T/acronymrun.jsonl" | cut -f7,13' \
	'Zorvane Public Schools	ORG'

# A name ending in a firm's trade ("Brightwater Polymers", "Ardmore
# Marine") is a body's: its statement and "the company" are its.
printf '%s\n' '{"id":"a","text":"Zorvane Polymers said in a statement Wednesday that it “strongly disputes” the allegations. A spokesperson for the company told reporters it would be “inappropriate to comment further” on the valve."}' >"$T/tradename.jsonl"
t "a name ending in a firm's trade" \
	'pull-quotes -o tsv "$T/tradename.jsonl" | cut -f7,13' \
	'Zorvane Polymers	ORG
Zorvane Polymers	ORG'

# The tabloids' trade before a first name opening a sentence
# ("Hairdresser Kerry told The Sun", "Scaffolder Lee said") is a title:
# the person is the one of that first name met before.
printf '%s\n' '{"id":"a","text":"Kerry Zorvane, 34, and partner Lee Corvane, 37, had saved for two years. Hairdresser Kerry told The Sun: “We were sat by the pool.” Scaffolder Lee said: “Alfie asked me why.”"}' >"$T/tradetitle.jsonl"
t "a trade before a first name" \
	'pull-quotes -o tsv "$T/tradetitle.jsonl" | cut -f7,10' \
	'Kerry Zorvane	Hairdresser Kerry
Lee Corvane	Scaffolder Lee'

# "A former Zorvane employee" names no person Zorvane ("former" before
# one word that modifies a noun is no title), nor does "Zorvane, which
# employs 400 people": "he" later is the person named, not the firm.
printf '%s\n' '{"id":"a","text":"Marcus Corvane, an attorney representing the family, spoke on Tuesday.\nA former Zorvane employee, who asked not to be identified, told reporters that complaints were common.\nZorvane, which employs about 400 people at the site, resumed operations last week, a company spokesperson said.\nThe family’s attorney said the timing was “a slap in the face.”\n“They could not wait to get the line running again,” he said."}' >"$T/whichfirm.jsonl"
t "a firm before which, after former" \
	'pull-quotes -o tsv "$T/whichfirm.jsonl" | cut -f7,13 | tail -1' \
	'Marcus Corvane	PER'

# A verb in -ing after a possessor or an article is a noun ("the
# court's reasoning"), and "agreed on" or "agreed to" a decision: no
# quotation's verb, so the sentence's speech verb leads in.
printf '%s\n' '{"id":"a","text":"Minister Katrin Zorvane said her ministry would examine the court’s reasoning “very carefully” before deciding whether to appeal."}' \
	'{"id":"b","text":"A spokesman for the Federal Zorvane Ministry told reporters that the federal and state governments had agreed on “faster and more practical” rules."}' >"$T/ingnoun.jsonl"
t "a noun in -ing and agreed on are no cues" \
	'pull-quotes -o tsv "$T/ingnoun.jsonl" | cut -f1,7,8' \
	'a	Katrin Zorvane	said
b	Federal Zorvane Ministry	told'

# An apposition ended by a participle ("Marcus Zorvane, an attorney
# representing the family,") describes the person, and "the family's
# attorney" later, a possessor before the head, is that person.
printf '%s\n' '{"id":"a","text":"Marcus Zorvane, an attorney representing the family, spoke on Tuesday. The plant reopened. The family’s attorney said the timing was “a slap in the face.”"}' >"$T/possdesc.jsonl"
t "a description with a possessor" \
	'pull-quotes -o tsv "$T/possdesc.jsonl" | cut -f7,10' \
	'Marcus Zorvane	The family’s attorney'

# "said in a statement … the allegations in the lawsuit": a document
# after "in the" is one met before, not a new one whose owner is the
# clause's subject, so "the statement read" is still the statement's.
printf '%s\n' '{"id":"a","text":"Zorvane Polymers said in a statement Wednesday that it “strongly disputes” the allegations in the lawsuit and intends to “vigorously defend” itself.\n“The safety of our employees has always been our priority,” the statement read."}' >"$T/twodocs.jsonl"
t "a document after in the is one met before" \
	'pull-quotes -o tsv "$T/twodocs.jsonl" | cut -f7 | tail -1' \
	'Zorvane Polymers'

# "…, and accused “…”": the subject of the clause before is the name
# that heads it, not one modifying a noun before it ("Zorvane
# spokesperson Kayla Corvane said").
printf '%s\n' '{"id":"a","text":"Rep. Travis Zorvane spoke at a rally. In a statement, Zorvane spokesperson Kayla Corvane said the congressman “stands by every word” and accused “paid activists” of hijacking the event."}' >"$T/conjmod.jsonl"
t "a conjoined verb's subject past a modifying name" \
	'pull-quotes -o tsv "$T/conjmod.jsonl" | cut -f7,8' \
	'Kayla Corvane	said
Kayla Corvane	accused'

# "The company says" is the latest firm by its name ("Zorvane Minerals,
# a London-listed firm"), not a residents' group in focus.
printf '%s\n' '{"id":"a","text":"Their quarrel is with Zorvane Minerals, a London-listed firm. In June Guardiões do Corvane asked the court to suspend the licence. The company says the challenge is “without merit”."}' >"$T/thecompany.jsonl"
t "the company is the latest firm" \
	'pull-quotes -o tsv "$T/thecompany.jsonl" | cut -f7,13' \
	'Zorvane Minerals	ORG'

# "The government said" with no country named in the story speaks as
# the institution its noun names, as "the ministry said" does.
printf '%s\n' '{"id":"a","text":"Villagers oppose the mine. The government, which has declared the mine a project “of strategic public interest”, hopes it will be the first."}' >"$T/govnoun.jsonl"
t "the government with no country named" \
	'pull-quotes -o tsv "$T/govnoun.jsonl" | cut -f7,13' \
	'government	ORG'

# A title that is a verb too before a name after the verb ("said state
# Rep. Dana Zorvane"), and the Treasury as a body ("A Treasury
# spokeswoman said").
printf '%s\n' '{"id":"a","text":"“The bill is popular,” said state Rep. Dana Zorvane."}' \
	'{"id":"b","text":"A Treasury spokeswoman said the department did not comment on applications, but that all bids were “subject to careful scrutiny”."}' >"$T/statetitle.jsonl"
t "a title that is a verb, and the Treasury" \
	'pull-quotes -o tsv "$T/statetitle.jsonl" | cut -f1,7,13' \
	'a	Dana Zorvane	PER
b	Treasury	ORG'

# A group's plural as a speech verb's subject is no person ("Experts
# say …": "she" after it is no "Experts"; "Shopkeepers in Zorvane say"
# gives no one).
printf '%s\n' '{"id":"a","text":"Shopkeepers in Zorvane say the town is “living on borrowed time”."}' \
	'{"id":"b","text":"Experts say the union is strong. “They see what their friends earn,” she said."}' >"$T/groupsubj.jsonl"
t "a group's plural is no person" \
	'pull-quotes -o tsv "$T/groupsubj.jsonl" | cut -f1,7,13' \
	'a		
b		'

# A name whose apposition names a kind of body ("Zorvane Valley Flood
# Watch, a volunteer group set up after …") is that body's, so "the
# group's post" is its; where a voice spoke ("on Facebook") is no
# subject; and "a person familiar with X's thinking" is an unnamed one,
# not X.
printf '%s\n' '{"id":"a","text":"Zorvane Valley Flood Watch, a volunteer group set up after the 2015 floods, was less measured. The group’s post on Facebook called the delay “another kick in the teeth” for the town."}' \
	'{"id":"b","text":"Corvane Capital made a bid. A person familiar with Corvane’s thinking said the firm was “not going anywhere”."}' >"$T/apposorg.jsonl"
t "a body by its apposition, a platform, familiar with" \
	'pull-quotes -o tsv "$T/apposorg.jsonl" | cut -f1,7,13' \
	'a	Zorvane Valley Flood Watch	ORG
b		'

# A short irregular participle's phrase between the subject and its verb
# ("The agency's letter, seen by The Yorkshire Post, described …").
printf '%s\n' '{"id":"a","text":"The Zorvane Agency confirmed the delay. The agency’s letter, seen by The Yorkshire Post, described the timetable as “the most realistic we can offer”."}' >"$T/seenby.jsonl"
t "a short participle's phrase before the verb" \
	'pull-quotes -o tsv "$T/seenby.jsonl" | cut -f7,8' \
	'Zorvane Agency	described'

# A work's title after a naming verb, in headline case with its small
# words ("titled “Burning Questions: Wildfire and the Colorado
# Homeowner,”"), is no quotation.
printf '%s\n' '{"id":"a","text":"The report, titled “Burning Questions: Wildfire and the Colorado Homeowner,” warned that the foothills face “a slow-motion affordability crisis” unless insurers act."}' >"$T/titled.jsonl"
t "a title after titled" \
	'pull-quotes -o tsv "$T/titled.jsonl" | cut -f6' \
	'a slow-motion affordability crisis'

# A document owned by a body's noun in the possessive ("The group's post
# on Facebook … The post added:") is that body's.
printf '%s\n' '{"id":"a","text":"Zorvane Valley Flood Watch, a volunteer group, was less measured. The group’s post on Facebook called the delay “another kick in the teeth” for the town.\nThe post added: “We were told in 2016 that this would be sorted.”"}' >"$T/grouppost.jsonl"
t "a document of a body's noun" \
	'pull-quotes -o tsv "$T/grouppost.jsonl" | cut -f7,10' \
	'Zorvane Valley Flood Watch	The group’s post on Facebook
Zorvane Valley Flood Watch	The post'

# A firm by its trade's noun ("The contractor, however, has blamed …
# what it called “…”") is the latest body whose name says it is a firm
# ("Zorvane Builders", "Corvane-Tarapati JV").
printf '%s\n' '{"id":"a","text":"The road was awarded to Zorvane Builders in 2019. The contractor, however, has blamed the delay on what it called “unpaid bills worth over Rs 180 million.”"}' \
	'{"id":"b","text":"The road was awarded to Corvane-Tarapati JV in 2019. The contractor said it was owed “unpaid bills worth over Rs 180 million.”"}' >"$T/tradenoun.jsonl"
t "a firm by its trade's noun" \
	'pull-quotes -o tsv "$T/tradenoun.jsonl" | cut -f1,7,13' \
	'a	Zorvane Builders	ORG
b	Corvane-Tarapati JV	ORG'

# A role's domain before a name opens it before any first name inside
# ("Federal Minister for Water Resources Mian Tariq Zorvane"), and a day
# after "on" is no part of a name; "bin" keeps a name whole ("Khalid bin
# Saif Al Corvani").
printf '%s\n' '{"id":"a","text":"Federal Minister for Water Resources Mian Tariq Zorvane on Tuesday vowed “strict action” against the officials responsible."}' \
	'{"id":"b","text":"The ministry set targets. “The logistics sector is one of the fastest-growing,” Khalid bin Saif Al Corvani, the undersecretary, said."}' >"$T/domainname.jsonl"
t "a role's domain, a day, bin" \
	'pull-quotes -o tsv "$T/domainname.jsonl" | cut -f1,7' \
	'a	Mian Tariq Zorvane
b	Khalid bin Saif Al Corvani'

# Two words, then "of" and a firm's name, are a person who works there
# ("Refilwe Zorvane of Corvane Inc"), not one body.
printf '%s\n' '{"id":"a","text":"The hearing was adjourned. The community’s attorney, Refilwe Zorvane of Corvane Inc, said the ruling “sends a clear message” to miners."}' >"$T/personof.jsonl"
t "a person of a firm" \
	'pull-quotes -o tsv "$T/personof.jsonl" | cut -f7,13' \
	'Refilwe Zorvane	PER'

# One asked or told to do a thing is given no words: the verb before
# leads in ("Zorvane stated that families had been asked to sign forms
# “at a meeting at the chief's kraal”").
printf '%s\n' '{"id":"a","text":"The hearing was adjourned. In his founding affidavit, Zorvane stated that families had been asked to sign consent forms written only in English “at a meeting at the chief’s kraal”."}' >"$T/bidden.jsonl"
t "a bidden passive is no cue" \
	'pull-quotes -o tsv "$T/bidden.jsonl" | cut -f7,8' \
	'Zorvane	stated'

# A verb in -ing that opens the sentence is no first name ("Jailing
# Corvane for four years, Judge Alison Zorvane said"); a source that says
# it goes unnamed names nobody ("the 87-year-old, who cannot be named for
# legal reasons").
printf '%s\n' '{"id":"a","text":"Jailing Corvane for four years, Judge Alison Zorvane said: “You preyed on the kindness of people.” She added that his remorse was “late in arriving”."}' \
	'{"id":"b","text":"“He presented himself as a tradesman,” Ms Zorvane told the court. In a statement read to the court, the 87-year-old, who cannot be named for legal reasons, said: “I used to leave my back door open.”"}' >"$T/jailing.jsonl"
t "a participle opening the sentence, a source unnamed" \
	'pull-quotes -o tsv "$T/jailing.jsonl" | cut -f1,7' \
	'a	Alison Zorvane
a	Alison Zorvane
b	Zorvane
b	'

# A document's agent after its kind ("a report by the commercial real
# estate firm Zorvane Partners"); a body's acronym between its name and
# a relative clause ("The Federation of Corvane Crews (OPNA), which …,
# said").
printf '%s\n' '{"id":"a","text":"Metro Atlanta led the market, according to a report by the commercial real estate firm Zorvane Partners. The report called the growth “unprecedented in both scale and speed.”"}' \
	'{"id":"b","text":"Ferries may stop. The Federation of Corvane Crews (OPNA), which represents some 9,000 deck, engine-room and catering staff, said on Tuesday that the decision “trades the safety of passengers for a few euros in wages”."}' >"$T/agentkind.jsonl"
t "a document's agent by its kind, an acronym before a clause" \
	'pull-quotes -o tsv "$T/agentkind.jsonl" | cut -f1,7' \
	'a	Zorvane Partners
b	Federation of Corvane Crews'

# "a rep for the label", "the streamer": a body by its trade's noun; a
# month that is a first name opens a name ("June Zorvane").
printf '%s\n' '{"id":"a","text":"Corvane Records released her first albums. “These claims are baseless,” a rep for the label said."}' \
	'{"id":"b","text":"Singer June Zorvane sued her label. “I am done asking permission,” Zorvane tells the magazine."}' >"$T/replabel.jsonl"
t "a rep for the label, a month's first name" \
	'pull-quotes -o tsv "$T/replabel.jsonl" | cut -f1,7' \
	'a	Corvane Records
b	June Zorvane'

# The documents a story names stay in mind with their owners: "the
# report" after "a letter accompanying the report" is still the report,
# and a study is called by any of its nouns ("The audit tells …"); a
# suit's papers after "filed Tuesday in … Court by X" are X's; "in its
# latest quarterly review" between commas after the subject is the
# subject's.
printf '%s\n' '{"id":"a","text":"The report by the Office of the Zorvane Auditor found that the department lacked controls. “We could not determine how many people exited homelessness,” acting Auditor Carla Corvane wrote in a letter accompanying the report. Lawmakers have put money in. The audit tells a different story. Auditors sampled files, according to the report. “Department staff told us they did not have the capacity,” the report states."}' \
	'{"id":"b","text":"Residents sued the county. The lawsuit, filed Tuesday in Spokane County Superior Court by the Zorvane Neighbors Alliance, asks a judge to overturn the vote. The county says it followed the law. Its lawyers are confident. The complaint states that the county relied on data “based on outdated groundwater data and wishful thinking.”"}' \
	'{"id":"c","text":"The Zorvane Ministry of Planning, in its latest quarterly review of federal projects, had termed the dam a scheme “at high risk” of overruns. The review noted that “the absence of a project director has impaired decision-making”."}' >"$T/docmem.jsonl"
t "documents kept in mind with their owners" \
	'pull-quotes -o tsv "$T/docmem.jsonl" | cut -f1,7,10' \
	'a	Carla Corvane	acting Auditor Carla Corvane
a	Office of the Zorvane Auditor	the report
b	Zorvane Neighbors Alliance	The complaint
c	Zorvane Ministry of Planning	The Zorvane Ministry of Planning, in its latest quarterly review of federal projects
c	Zorvane Ministry of Planning	The review'

# "in the words of X" is as "according to"; a possessor's said-noun
# before "was … blunt:" is the possessor's ("Zorvane's assessment of the
# whole affair was characteristically blunt:"); a passive in a clause
# before a colon leads in nothing ("The coalition posted on Facebook
# shortly after the lawsuit was announced:"); "with X accusing" is X's;
# "the firm" is a partnership ("Corvane Partners").
printf '%s\n' '{"id":"a","text":"The department paid $14 million for a review that, in the words of independent senator Tess Zorvane, “may never have existed in any recognisable form”. Zorvane’s assessment of the whole affair was characteristically blunt: “It’s a black box with a logo on it.”"}' \
	'{"id":"b","text":"“We wrote everything down,” said Keisha Corvane, an organizer with the Zorvane Renters Coalition, which helped tenants. The coalition posted on Facebook shortly after the lawsuit was announced: “Heat is a right, not a favor.”"}' \
	'{"id":"c","text":"The council put off a vote, with Mayor Ann Zorvane accusing the leaders of trying to “tax the rain.” The department paid Corvane Partners $14 million. A spokesperson for the firm said it had “delivered every milestone required under the contract”."}' >"$T/wordsof.jsonl"
t "in the words of, a said-noun's possessor, a passive before a colon" \
	'pull-quotes -o tsv "$T/wordsof.jsonl" | cut -f1,7,8' \
	'a	Tess Zorvane	in the words of
a	Tess Zorvane	
b	Keisha Corvane	said
b	Zorvane Renters Coalition	posted
c	Ann Zorvane	accusing
c	Corvane Partners	said'

# "Watch" ends a body's name ("Mekong Zorvane Watch", as "Human Rights
# Watch"): no person, so "she" later is the woman the story is about.
printf '%s\n' '{"id":"a","text":"In a post on X on Monday, Mekong Zorvane Watch wrote that two dams had been “quietly revived” in recent months. For Bounthavy Corvane, the priority is buying time. Closing her address to the Assembly, she described the coming years as “a period of consolidation”."}' >"$T/watch.jsonl"
t "Watch ends a body's name" \
	'pull-quotes -o tsv "$T/watch.jsonl" | cut -f7,13' \
	'Mekong Zorvane Watch	ORG
Bounthavy Corvane	PER'

# "workers who failed to report for duty" turn up, say nothing: the
# quotation after it is the company's, which warned.
printf '%s\n' '{"id":"a","text":"Zorvane Pelagic Holdings faces a strike. In a statement issued on Sunday, the company said the strike was “unprotected” and warned that workers who failed to report for duty “may face disciplinary action in terms of the Labour Act”."}' >"$T/reportduty.jsonl"
t "report for duty is no speech" \
	'pull-quotes -o tsv "$T/reportduty.jsonl" | cut -f7,8' \
	'Zorvane Pelagic Holdings	said
Zorvane Pelagic Holdings	warned'

# An infinitive a noun of acting governs says nothing ("in its motion to
# dismiss that …"): the verb before it leads in.
printf '%s\n' '{"id":"a","text":"Zorvane sued Corvane Technologies LLC last year. Corvane had argued in its motion to dismiss that the claims were “a textbook fishing expedition” dressed up as a case."}' >"$T/motionto.jsonl"
t "a motion to dismiss is no cue" \
	'pull-quotes -o tsv "$T/motionto.jsonl" | cut -f7,8' \
	'Corvane Technologies LLC	argued'

# Offices of councils, legislatures and police written short before a
# name ("Coun.", "Ald.", "Cst.", "Cr") are titles, not a sentence's end
# nor a name; the office comes back as "the councillor". A seat's letters
# after a name ("MSP", "TD") are no part of it; "a Sinn Féin TD" is
# still a party's member, unnamed.
printf '%s\n' '{"id":"a","text":"“We keep being told that height is the price of affordability,” said Coun. Harjit Zorvane, who voted against it. Mayor Dana Corvane disagreed. “I do not accept that,” the councillor said."}' \
	'{"id":"b","text":"Scottish Labour’s transport spokesman, Euan Zorvane MSP, said the figures were “a damning indictment” of the plan."}' \
	'{"id":"c","text":"“It is wrong,” a Sinn Féin TD said. “It is late,” said Ald. Marta Corvane."}' >"$T/localtitles.jsonl"
t "local offices written short, a seat's letters" \
	'pull-quotes -o tsv "$T/localtitles.jsonl" | cut -f1,7,14' \
	'a	Harjit Zorvane	councillor
a	Harjit Zorvane	councillor
b	Euan Zorvane	
c		
c	Marta Corvane	alderman'

# "The former minister, Stefan Zorvane, now an MP, wrote …": the
# sentence is about the person the apposition names, so "he" after it is
# him, not the speaker before.
printf '%s\n' '{"id":"a","text":"“It is fine,” Dragan Corvane said. The former minister, Stefan Zorvane, now an MP, wrote on Facebook that the inquiry was “a political show”. “I signed documents prepared by experts,” he wrote."}' >"$T/descappos.jsonl"
t "a description's apposition is the subject" \
	'pull-quotes -o tsv "$T/descappos.jsonl" | cut -f7' \
	'Dragan Corvane
Stefan Zorvane
Stefan Zorvane'

# A verb in the passive with no agent inside a clause a speech verb
# leads ("Zorvane said the payments would be credited “…”") is part of
# what was said; so is an infinitive after one bidden ("she asked the
# office to explain “…”", "urged residents to report"): the one who
# speaks or bids is the source.
printf '%s\n' '{"id":"a","text":"District officer Mohd Faizal Zorvane denied any delay. Zorvane said the first payments would be credited “by the end of this week”, with the rest later."}' \
	'{"id":"b","text":"Nurul Corvane said she had written to the district office twice. In the letter, she asked the office to explain “the specific reasons for the delay”. Mayor Jo Zorvane urged residents to report “anything suspicious” to police."}' >"$T/bidden.jsonl"
t "a passive or a bidden infinitive is no cue" \
	'pull-quotes -o tsv "$T/bidden.jsonl" | cut -f7,8' \
	'Mohd Faizal Zorvane	said
Nurul Corvane	asked
Jo Zorvane	urged'

# A document a body calls its own ("according to its investor
# presentation", "In its brief, the group wrote") is that body's, as "it"
# would be; a presentation, a brief and an opinion are documents. A
# district's number before an office ("Ward 10 Coun. X", "District 3
# Supervisor Y") is part of the title, not the end of a name.
printf '%s\n' '{"id":"a","text":"Zorvane Cement announced a plan. The company also plans to raise green power, according to its investor presentation. “Decarbonisation is no longer optional for us,” the presentation stated."}' \
	'{"id":"b","text":"“We heard loud and clear today,” said Ward 10 Coun. Harpreet Corvane, who moved the referral. “It is late,” said District 3 Supervisor Ana Zorvane."}' >"$T/itsdoc.jsonl"
t "a body's own document, a district's number" \
	'pull-quotes -o tsv "$T/itsdoc.jsonl" | cut -f7,14' \
	'Zorvane Cement	
Harpreet Corvane	councillor
Ana Zorvane	supervisor'

# A verb of speech whose subject is a thing, in a clause "that" opens
# after a verb of speech ("told the paper that the crisis reflected “…”"),
# says nothing of its own; nor does a participle between a preposition
# and its noun ("despite repeated orders"). Counsel "submitted that".
printf '%s\n' '{"id":"a","text":"Political researcher Nabil Zorvane told the paper that the crisis reflected “a deeper struggle over who inherits the leadership” after the removal."}' \
	'{"id":"b","text":"Appearing for the petitioners, senior advocate Anupam Corvane submitted that despite repeated orders of the court, “not a single challan” had been issued."}' >"$T/thingsubj.jsonl"
t "a thing's verb, a participle as adjective, counsel's submission" \
	'pull-quotes -o tsv "$T/thingsubj.jsonl" | cut -f7,8' \
	'Nabil Zorvane	told
Anupam Corvane	submitted'

# A document's verb of finding past an aside between commas ("The
# report, released Tuesday by the City Auditor’s office, found"), and
# its maker there: an office a title's holder runs is an organisation.
printf '%s\n' '{"id":"a","text":"The report, released Tuesday by the City Auditor’s office, found the city “did not consistently verify” occupancy numbers. “Without independent verification, the City cannot be assured,” the report reads."}' >"$T/docaside.jsonl"
t "a document's finding past an aside" \
	'pull-quotes -o tsv "$T/docaside.jsonl" | cut -f7,8,13' \
	'City Auditor’s office	found	ORG
City Auditor’s office	reads	ORG'

# Bodies named by their seat or staff ("Headquarters", "Secretariat",
# "Bench") are organisations, and "the headquarters" is the one name met
# before that holds the word.
printf '%s\n' '{"id":"a","text":"Nine workers were killed, according to the North Zorvane Provincial Fire Headquarters. The headquarters said in a press release that it was “a tragedy that should not have happened.”"}' >"$T/seatnames.jsonl"
t "a body named by its seat" \
	'pull-quotes -o tsv "$T/seatnames.jsonl" | cut -f7,13' \
	'North Zorvane Provincial Fire Headquarters	ORG'

# "the association’s report said" after a quotation: a document's noun
# that is a verb too ("report") is passed on the way to the verb. Who
# wrote to someone wrote the letter ("the Association, which wrote to the
# Ministry … “…,” the letter reads"). An unnamed source written with its
# verb before the quotation keeps it from the next sentence's name.
printf '%s\n' '{"id":"a","text":"The Zorvane Growers Association met on Monday. “Every closure pushes more families onto highways,” the association’s report said."}' \
	'{"id":"b","text":"Genet is among the members of the Corvane Oil Manufacturers Association, which wrote to the Ministry on January 14 requesting a cut. “A rigid price in a floating currency regime is a recipe for shortages,” the letter reads."}' \
	'{"id":"c","text":"At one point a man in the back of the chambers shouted, “Sell it to a fisherman!” Planning Board Chairwoman Ruth Zorvane called for order."}' >"$T/possdoc.jsonl"
t "a body's report after the quotation, a letter, an unnamed shout" \
	'pull-quotes -o tsv "$T/possdoc.jsonl" | cut -f1,7,8' \
	'a	Zorvane Growers Association	said
b	Corvane Oil Manufacturers Association	reads
c		shouted'

# A title-case headline's capitals tell no name's end: its long runs
# are no organisation for "the parliament" below.
printf '%s\n' '{"id":"a","text":"Zorvane’s Parliament Fails for Third Time to Elect Speaker\nFirst Deputy Speaker Mohsen Corvane adjourned the session “until further notice,” the parliament'"'"'s media office said in a statement."}' >"$T/tchead.jsonl"
t "no body from a title-case headline" \
	'pull-quotes -o tsv "$T/tchead.jsonl" | cut -f7,13' \
	'parliament	ORG'

# A document made "by the center" is the body the noun stands for, as
# "the center said" would be; one "commissioned by the group from X"
# is not the group's.
printf '%s\n' '{"id":"a","text":"“It is wasted,” said Sara Corvane, a researcher at the Zorvane Center for Environmental Studies. A report published by the center in March warned that the marshes could lose “up to 70% of their surface area within a decade.”"}' >"$T/bycenter.jsonl"
t "a document by a body's noun" \
	'pull-quotes -o tsv "$T/bycenter.jsonl" | cut -f7' \
	'Sara Corvane
Zorvane Center for Environmental Studies'

# "Sources close to Meltemi said", "a person familiar with the talks":
# unnamed, whoever they are near. "A spokesperson for Transport Minister
# Ellen X said …. “…,” the spokesperson said": the minister, both times.
# "It had long called for": "long" stands between a subject and its verb.
printf '%s\n' '{"id":"a","text":"Zorvane shares fell. Sources close to Zorvane said the company will “do what it takes” to secure approval. “They are very close to a deal,” said a person familiar with the talks."}' \
	'{"id":"b","text":"A spokesperson for Transport Minister Ellen Corvane said the government would “consider it carefully”. “We understand the pressures on parking,” the spokesperson said."}' \
	'{"id":"c","text":"The Zorvane Guardians Society welcomed the vote. It had long called for “an end to car parks”."}' >"$T/nearsrc.jsonl"
t "sources close to, a person's spokesperson, has long" \
	'pull-quotes -o tsv "$T/nearsrc.jsonl" | cut -f1,7' \
	'a	
a	
b	Ellen Corvane
b	Ellen Corvane
c	Zorvane Guardians Society'

# "A group calling itself Save Walden Woods …", "a group called X": the
# body a verb of naming names after a body's noun, for "the group" later.
printf '%s\n' '{"id":"a","text":"A group calling itself Save Zorvane Woods has collected signatures. On its Facebook page, the group wrote Monday afternoon: “Tonight is the night. Wear green.”"}' >"$T/namedbody.jsonl"
t "a body named by a verb of naming" \
	'pull-quotes -o tsv "$T/namedbody.jsonl" | cut -f7,13' \
	'Save Zorvane Woods	ORG'

# A suit's writer past two places and an agent's modifiers ("filed
# Tuesday in state Superior Court in New Brunswick by the newly formed
# X").
printf '%s\n' '{"id":"a","text":"The lawsuit, filed Tuesday in state Superior Court in New Brunswick by the newly formed Zorvane Neighbors Alliance, says the approval was “arbitrary, capricious and unreasonable” and asks a judge to throw it out."}' >"$T/suitwhere.jsonl"
t "a suit's writer past places and modifiers" \
	'pull-quotes -o tsv "$T/suitwhere.jsonl" | cut -f7' \
	'Zorvane Neighbors Alliance'

# "Gregory Tan of the Edison firm Tan & Mirabelli said": the person
# before "of", not the firm. An unnamed source before a quotation keeps
# it from a name opening the next sentence, not from "read the
# statement" right after it.
printf '%s\n' '{"id":"a","text":"Gregory Zorvane of the Edison firm Zorvane & Corvane said the planning board “never once asked” about the findings."}' \
	'{"id":"b","text":"On Friday, the Combined Joint Task Force Zorvane released a statement saying an attack produced no casualties. A spokesperson told the Military Times the attack took place at about 7:45 p.m. “No Coalition troops were injured. We appreciate the response;” read the statement; “we will not be deterred.”"}' >"$T/nameoforg.jsonl"
t "a person of a firm, a statement read after" \
	'pull-quotes -o tsv "$T/nameoforg.jsonl" | cut -f1,7,8 | head -2' \
	'a	Gregory Zorvane	said
b	Combined Joint Task Force Zorvane	read'

# "a council report said", "A company statement said": the body the noun
# before the document names.
printf '%s\n' '{"id":"a","text":"Zorvane City Council voted on Tuesday. “The scheme would raise money,” a council report said."}' \
	'{"id":"b","text":"Corvane Ltd closed the plant. A company statement said it was “a hard decision”."}' >"$T/bodydoc.jsonl"
t "a document named by a body's noun" \
	'pull-quotes -o tsv "$T/bodydoc.jsonl" | cut -f7' \
	'Zorvane City Council
Corvane Ltd'

# A story's first word in capitals that is a function word ("MORE than
# 3 000 workers downed tools") is no name; "WHO said" still is one.
printf '%s\n' '{"id":"a","text":"MORE than 3 000 workers at Zorvane Apparel yesterday downed tools, accusing the company of “treating us like we are not human beings”."}' \
	'{"id":"b","text":"WHO said the outbreak was “over”."}' >"$T/dropcap.jsonl"
t "a drop capital is no name" \
	'pull-quotes -o tsv "$T/dropcap.jsonl" | cut -f1,7' \
	'a	
b	WHO'
