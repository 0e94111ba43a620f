/* sentences.c: unit tests of nf_sentence_next, one case per rule of
 * split-sentences(1), with the exact split expected. */
#include <stdlib.h>

#include "test.h"
#include "newsfilter/sentences.h"

/* The sentences of s joined by " | ". */
static const char *split(const char *s)
{
	static char out[4096];
	size_t len = strlen(s), pos = 0, st, en, o = 0;
	out[0] = '\0';
	while (nf_sentence_next(s, len, pos, &st, &en)) {
		if (en <= st || en > len || st < pos || o + (en - st) + 4 >= sizeof out)
			return "(bad offsets)";
		if (o) {
			memcpy(out + o, " | ", 3);
			o += 3;
		}
		memcpy(out + o, s + st, en - st);
		o += en - st;
		out[o] = '\0';
		pos = en;
	}
	return out;
}

struct tcase {
	const char *name, *text, *want;
};

static const struct tcase cases[] = {
	/* plain marks */
	{"period", "The vote was held on Monday. Results are due Friday.",
	 "The vote was held on Monday. | Results are due Friday."},
	{"question", "Who pays? The council does.", "Who pays? | The council does."},
	{"exclaim-double", "It worked!! Nobody expected it.", "It worked!! | Nobody expected it."},
	{"interrobang", "Really?! She said yes.", "Really?! | She said yes."},
	{"trim", "  \t One.  Two. \n", "One. | Two."},
	{"no-final-mark", "Markets fell sharply. Oil was flat", "Markets fell sharply. | Oil was flat"},
	/* titles and ranks never end a sentence before a name */
	{"titles", "Mr. Smith met Dr. Jones and Gov. Andrew Cuomo.",
	 "Mr. Smith met Dr. Jones and Gov. Andrew Cuomo."},
	{"ranks", "Sen. Warren and Rep. Ocasio-Cortez praised Lt. Gen. Paul Smith and Sgt. Maj. Lee.",
	 "Sen. Warren and Rep. Ocasio-Cortez praised Lt. Gen. Paul Smith and Sgt. Maj. Lee."},
	{"prof-capt", "Prof. Ada Lovelace thanked Capt. Kirk and Col. Sanders.",
	 "Prof. Ada Lovelace thanked Capt. Kirk and Col. Sanders."},
	{"saint", "They met at St. Paul's Cathedral on Main St. The talks failed.",
	 "They met at St. Paul's Cathedral on Main St. | The talks failed."},
	{"hyphen-rank", "The commander, Lt.-Gen. Lance Smith, spoke.", "The commander, Lt.-Gen. Lance Smith, spoke."},
	{"under-secretary", "He met the U.S. Under Secretary of State in the U.S. Under the plan, aid grows.",
	 "He met the U.S. Under Secretary of State in the U.S. | Under the plan, aid grows."},
	{"adverb-comma", "Jumping is popular in the U.S. Unfortunately, it is risky.",
	 "Jumping is popular in the U.S. | Unfortunately, it is risky."},
	/* months before a day; month at the end */
	{"months", "The law passed on Jan. 5 and took effect Sept. 30, 2019.",
	 "The law passed on Jan. 5 and took effect Sept. 30, 2019."},
	{"month-final", "Prices peaked in Aug. The decline followed.",
	 "Prices peaked in Aug. | The decline followed."},
	/* corporate suffixes: boundary only before a sentence starter */
	{"inc-mid", "Apple Inc. shares rose after Acme Corp. Chairman Bob Lee spoke.",
	 "Apple Inc. shares rose after Acme Corp. Chairman Bob Lee spoke."},
	{"inc-final", "The deal went to Acme Corp. It closed on Friday.",
	 "The deal went to Acme Corp. | It closed on Friday."},
	{"ltd-co", "Warner Bros. Pictures and Smith & Co. Ltd. agreed. They signed.",
	 "Warner Bros. Pictures and Smith & Co. Ltd. agreed. | They signed."},
	/* Latin */
	{"latin", "Some states, e.g. Texas, i.e. the largest, refused, cf. Smith vs. Jones.",
	 "Some states, e.g. Texas, i.e. the largest, refused, cf. Smith vs. Jones."},
	{"etc-final", "They sold cars, boats, etc. The profits were large.",
	 "They sold cars, boats, etc. | The profits were large."},
	{"circa", "The church was built ca. 1450 and rebuilt later.",
	 "The church was built ca. 1450 and rebuilt later."},
	/* US states */
	{"states", "He lives in Sacramento, Calif. and works in Boston, Mass. The firm grew.",
	 "He lives in Sacramento, Calif. and works in Boston, Mass. | The firm grew."},
	{"state-word", "She fell ill. Doctors were called.", "She fell ill. | Doctors were called."},
	/* No. and a.m./p.m. */
	{"number-abbrev", "He was ranked No. 1 in the world. No. The answer was no.",
	 "He was ranked No. 1 in the world. | No. | The answer was no."},
	{"time", "Polls close at 8 p.m. Officials expect a long night.",
	 "Polls close at 8 p.m. | Officials expect a long night."},
	{"time-zone", "The launch is set for 9 a.m. EST on Tuesday.",
	 "The launch is set for 9 a.m. EST on Tuesday."},
	{"time-lead", "At 5 a.m. Mr. Smith left. He returned at 6 P.M. Mr. Smith then slept.",
	 "At 5 a.m. Mr. Smith left. | He returned at 6 P.M. | Mr. Smith then slept."},
	/* initials */
	{"initials", "J. R. R. Tolkien and George W. Bush met E. B. White.",
	 "J. R. R. Tolkien and George W. Bush met E. B. White."},
	{"initial-A", "The author J. A. Smith spoke.", "The author J. A. Smith spoke."},
	{"pronoun-I", "It was you and I. Did you see it?", "It was you and I. | Did you see it?"},
	/* U.S. and other dotted abbreviations */
	{"us-final", "The company is based in the U.S. Analysts said it would grow.",
	 "The company is based in the U.S. | Analysts said it would grow."},
	{"us-name", "He wrote to the U.S. Senate and the U.S. Government.",
	 "He wrote to the U.S. Senate and the U.S. Government."},
	{"us-lower", "Sales in the U.S. rose 3% while the U.K. economy shrank.",
	 "Sales in the U.S. rose 3% while the U.K. economy shrank."},
	{"possessive-plural", "Schools reopened, the U.N. Children's Fund said. It was in the U.N. Children were safe.",
	 "Schools reopened, the U.N. Children's Fund said. | It was in the U.N. | Children were safe."},
	{"dc-final", "The rally was in Washington D.C. The crowd was large.",
	 "The rally was in Washington D.C. | The crowd was large."},
	/* numbers */
	{"decimals", "Shares rose 3.5% to $4.50 and the index gained 1.25 points.",
	 "Shares rose 3.5% to $4.50 and the index gained 1.25 points."},
	{"digit-start", "It rose. 2024 was a good year.", "It rose. | 2024 was a good year."},
	{"money-final", "The fine was $100.00. It was paid.", "The fine was $100.00. | It was paid."},
	{"page", "See p. 55 and pp. 60-61 of Vol. 2 and Fig. 3.",
	 "See p. 55 and pp. 60-61 of Vol. 2 and Fig. 3."},
	/* ellipses */
	{"ellipsis-final", "He paused.... Then he left.", "He paused.... | Then he left."},
	{"ellipsis-mid", "I was ... well, surprised... and then . . . I left.",
	 "I was ... well, surprised... and then . . . I left."},
	{"ellipsis-char", "We waited\xe2\x80\xa6 Nothing came.",
	 "We waited\xe2\x80\xa6 | Nothing came."},
	{"ellipsis-bracket", "\"The law [...] is clear,\" she wrote.",
	 "\"The law [...] is clear,\" she wrote."},
	/* closing quotes and brackets */
	{"quote-final", "\"We will win,\" he said. \"The vote is ours.\" The crowd cheered.",
	 "\"We will win,\" he said. | \"The vote is ours.\" | The crowd cheered."},
	{"quote-continues", "\"Why?\" she asked. \"Because!\" he shouted.",
	 "\"Why?\" she asked. | \"Because!\" he shouted."},
	{"quote-name-cue", "\"Why not?\" Trump asked. The room was silent.",
	 "\"Why not?\" Trump asked. | The room was silent."},
	{"quote-title-cue", "He spoke. \"Why not?\" Mr. Hammer asked. The room was silent.",
	 "He spoke. | \"Why not?\" Mr. Hammer asked. | The room was silent."},
	{"quote-title-no-cue", "\"Why not?\" Mr. Hammer left. The room was silent.",
	 "\"Why not?\" | Mr. Hammer left. | The room was silent."},
	{"quote-period-name", "\"We pray for him.\" President Duda remarked, \"He is strong.\"",
	 "\"We pray for him.\" | President Duda remarked, \"He is strong.\""},
	{"acronym-not-title", "It uses mass spectrometry (ToF MS). The matrix helps.",
	 "It uses mass spectrometry (ToF MS). | The matrix helps."},
	{"initial-P", "He won the Leroy P. Steele Prize in 2000.", "He won the Leroy P. Steele Prize in 2000."},
	{"time-utc", "It crashed at 9:54 a.m. ET (1354 UTC) on Monday. The attack came at 7:45 p.m. \"No troops\" came.",
	 "It crashed at 9:54 a.m. ET (1354 UTC) on Monday. | The attack came at 7:45 p.m. | \"No troops\" came."},
	{"bracket-final", "The plan failed. (See below.) Next year may differ.",
	 "The plan failed. | (See below.) | Next year may differ."},
	{"bracket-mid", "He taught science (He was an engineer.) at the college.",
	 "He taught science (He was an engineer.) at the college."},
	{"curly", "\xe2\x80\x9cIt is over.\xe2\x80\x9d The minister left. \xe2\x80\x98" "Fine.\xe2\x80\x99 Then silence.",
	 "\xe2\x80\x9cIt is over.\xe2\x80\x9d | The minister left. | \xe2\x80\x98" "Fine.\xe2\x80\x99 | Then silence."},
	{"guillemets", "\xc2\xabNous gagnerons.\xc2\xbb The mayor smiled.",
	 "\xc2\xabNous gagnerons.\xc2\xbb | The mayor smiled."},
	{"nested-thin-space", "He said: \"They told me, 'Wait.'\xe2\x80\x89\" Nobody waited.",
	 "He said: \"They told me, 'Wait.'\xe2\x80\x89\" | Nobody waited."},
	{"attribution-dash", "\"It is a long game.\" - Matthew Ingram", "\"It is a long game.\" - Matthew Ingram"},
	/* other scripts */
	{"danda", "\xe0\xa4\xb9\xe0\xa4\xbe\xe0\xa4\x81\xe0\xa5\xa4 \xe0\xa4\xa8\xe0\xa4\xb9\xe0\xa5\x80\xe0\xa4\x82\xe0\xa5\xa4",
	 "\xe0\xa4\xb9\xe0\xa4\xbe\xe0\xa4\x81\xe0\xa5\xa4 | \xe0\xa4\xa8\xe0\xa4\xb9\xe0\xa5\x80\xe0\xa4\x82\xe0\xa5\xa4"},
	{"cjk", "\xe6\x88\x91\xe6\x9d\xa5\xe4\xba\x86\xe3\x80\x82\xe4\xbd\xa0\xe5\x91\xa2\xef\xbc\x9f",
	 "\xe6\x88\x91\xe6\x9d\xa5\xe4\xba\x86\xe3\x80\x82 | \xe4\xbd\xa0\xe5\x91\xa2\xef\xbc\x9f"},
	/* captions */
	{"credit", "Fans queue at the booth Image: Nick Moreau. The show opened Friday.",
	 "Fans queue at the booth | Image: Nick Moreau. | The show opened Friday."},
	/* URLs and e-mail */
	{"urls", "Visit example.com or www.x.org/a.b for details. Mail j.doe@mail.com today.",
	 "Visit example.com or www.x.org/a.b for details. | Mail j.doe@mail.com today."},
	{"url-final", "The report is at https://www.example.org/a/b.html. It is long.",
	 "The report is at https://www.example.org/a/b.html. | It is long."},
	{"camel-case", "He founded a site called eHow. eBay bought it. Sales of the iPhone rose.",
	 "He founded a site called eHow. | eBay bought it. | Sales of the iPhone rose."},
	{"yahoo", "She works at Yahoo! in the accounting department.",
	 "She works at Yahoo! in the accounting department."},
	/* lists */
	{"list-dot", "1. The first item 2. The second item", "1. The first item | 2. The second item"},
	{"list-paren", "1) Cut taxes. 2) Raise spending.", "1) Cut taxes. | 2) Raise spending."},
	{"list-letters", "a. The budget b. The army c. The courts",
	 "a. The budget | b. The army | c. The courts"},
	{"list-bullets", "\xe2\x80\xa2 9. Tax \xe2\x80\xa2 10. Trade",
	 "\xe2\x80\xa2 9. Tax | \xe2\x80\xa2 10. Trade"},
	/* newlines */
	{"blank-line", "Mr.\n\nSmith spoke", "Mr. | Smith spoke"},
	{"heading", "Storm hits coast\nThe storm arrived on Monday.",
	 "Storm hits coast | The storm arrived on Monday."},
	{"wrapped", "The storm arrived\non Monday, and\nThe Times reported it.",
	 "The storm arrived\non Monday, and\nThe Times reported it."},
	{"heading-quote", "Reaction\n\"It is a disaster,\" he said.",
	 "Reaction | \"It is a disaster,\" he said."},
	{"newline-abbrev", "He met Mr.\nSmith on Monday.", "He met Mr.\nSmith on Monday."},
	{"only-space", " \n\t ", ""},
};

int main(void)
{
	size_t i, st, en;
	CHECK("tables sorted", nf_sentence_tables_ok());
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		CHECK_STR(cases[i].name, split(cases[i].text), cases[i].want);

	/* not NUL-terminated: the scan must stop at len */
	const char buf[] = "Done. Not this";
	CHECK("len respected", nf_sentence_next(buf, 5, 0, &st, &en) == 1 &&
	      st == 0 && en == 5 && nf_sentence_next(buf, 5, en, &st, &en) == 0);
	CHECK("empty", nf_sentence_next("", 0, 0, &st, &en) == 0);
	/* offsets continue from pos */
	CHECK("from pos", nf_sentence_next("A b. C d.", 9, 4, &st, &en) == 1 &&
	      st == 5 && en == 9);
	TEST_END();
}
