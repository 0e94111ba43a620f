/* layout.c: unit tests of nf_layout_detect (wrapped prose or a paragraph
 * per line, and the wrap width) and nf_layout_breaks (which lines of
 * wrapped prose end their paragraph). */
#include "test.h"
#include "newsfilter/layout.h"

static struct nf_layout detect(const char *s)
{
	struct nf_layout l;
	nf_layout_detect(&l, s, strlen(s));
	return l;
}

static int breaks(const struct nf_layout *l, const char *line, const char *next)
{
	return nf_layout_breaks(l, line, strlen(line), 0, next, strlen(next));
}

#define LONG_PARA "Yesterday, an Air India Express passenger flight attempted a landing " \
	"at Calicut International Airport at Karipur, Kerala in India. The aircraft " \
	"overshot the runway around 7:38 pm IST in the evening."

int main(void)
{
	struct nf_layout l;

	/* a paragraph per line: the long lines hold most of the text */
	l = detect("Passenger flight crashes upon landing at Calicut airport\n" LONG_PARA "\n"
	           LONG_PARA "\n");
	CHECK("per line: headline and long paragraphs", l.per_line);
	CHECK("per line: every line ends its paragraph",
	      breaks(&l, LONG_PARA, "and then it went on"));
	/* wrapped prose: no line longer than a wrap width */
	l = detect("The storm arrived on Monday and flooded the\n"
	           "town, officials said, before it moved out to\n"
	           "sea on Tuesday morning.\n");
	CHECK("wrapped: short lines", !l.per_line);
	CHECK("wrapped: width is what nine lines in ten stay within", l.width == 44);
	/* one stray long line (a URL) does not make wrapped text per-line,
	 * nor does it set the width */
	l = detect("The report is online at this address, with the tables\n"
	           "https://example.org/a/very/long/path/that/goes/on/and/on/and/on/and/on/and/on/and/on/and/on/and/on/and/on/and/on/and/on/and/on/and/on/and/on/index.html\n"
	           "and the appendix, which lists the sources the authors\n"
	           "used for each of the figures in the second chapter.\n"
	           "The data were collected over the course of two years\n"
	           "by a team of researchers working in three countries,\n"
	           "who interviewed more than a thousand people, mostly\n"
	           "farmers, about the way they use water in dry years.\n"
	           "Their answers are summarised in the first chapter,\n"
	           "and the full transcripts are kept by the university.\n"
	           "Funding came from the national research council and\n");
	CHECK("wrapped: one long line in eleven", !l.per_line);
	CHECK("wrapped: the long line does not set the width", l.width < 60);
	/* the width counts leading white space, as wrapping did */
	l = detect("    indented by four, then thirty more chars\n");
	CHECK("width counts the indent", l.width == 44);
	/* nothing to read */
	l = detect("");
	CHECK("empty sample: wrapped, no width", !l.per_line && l.width == 0);
	CHECK("empty sample: never breaks", !breaks(&l, "Headline", "Body"));

	/* breaks in wrapped prose (width 45) */
	l.per_line = 0;
	l.width = l.width_bytes = 45;
	CHECK("headline before a capital", breaks(&l, "Storm hits coast", "The storm arrived on"));
	CHECK("dateline", breaks(&l, "Friday, July 21, 2017", "A group of teenagers"));
	CHECK("byline", breaks(&l, "By John Smith", "WASHINGTON (AP) -- The"));
	CHECK("before a digit", breaks(&l, "Results", "2024 was a good year"));
	CHECK("before an opening quote", breaks(&l, "Reaction", "\"It is a disaster,\" he"));
	CHECK("closing quote after a letter", breaks(&l, "Smith: 'We will win'", "The vote is on"));
	CHECK("full line: wrapped", !breaks(&l, "The minister met with the President of the", "United States"));
	CHECK("next word would not fit: wrapped",
	      !breaks(&l, "The minister met with President", "Obama-Biden-Harris-admin on"));
	CHECK("final period", !breaks(&l, "He left.", "She stayed."));
	CHECK("period inside quotes", !breaks(&l, "He said \"yes.\"", "She left."));
	CHECK("comma carries on", !breaks(&l, "Storm hits coast,", "The storm"));
	CHECK("colon carries on", !breaks(&l, "He said:", "The storm"));
	CHECK("dash carries on", !breaks(&l, "Storm hits coast \xE2\x80\x94", "The storm"));
	CHECK("ideographic full stop", !breaks(&l, "\xE6\x88\x91\xE6\x9D\xA5\xE4\xBA\x86\xE3\x80\x82", "\xE4\xBD\xA0"));
	CHECK("lower case next line carries on", !breaks(&l, "Storm hits", "coast and town"));
	CHECK("lower case after an opening quote", !breaks(&l, "Storm hits", "\"coast\" and town"));
	CHECK("capital after a quote: heading", breaks(&l, "Storm hits", "\xE2\x80\x9C" "Coast\xE2\x80\x9D"));
	CHECK("line ending in 'the' runs on", !breaks(&l, "Under the terms of the", "GNU License"));
	CHECK("line ending in 'or' runs on", !breaks(&l, "In Source or", "Object form"));
	CHECK("a word ending in 'the' is no 'the'", breaks(&l, "Sunset at Bathe", "The day"));
	/* the list is searched by halves: words from its start, middle, end */
	static const char *const runs[] = { "a", "an", "for", "of", "the", "under", "whether", "your" };
	int found = 0;
	for (size_t k = 0; k < sizeof runs / sizeof runs[0]; k++) {
		char line[32];
		snprintf(line, sizeof line, "Storm hits %s", runs[k]);
		found += !breaks(&l, line, "Coast");
	}
	CHECK("every function word is found", found == (int)(sizeof runs / sizeof runs[0]));
	CHECK("non-ASCII capital: heading", breaks(&l, "Storm hits coast", "\xC3\x89mile said"));
	CHECK("non-ASCII lower case: runs on", !breaks(&l, "Storm hits coast", "\xC3\xA9t\xC3\xA9 came"));
	/* the indent counts toward the length */
	CHECK("indent makes the line full",
	      !nf_layout_breaks(&l, "Storm hits the coast", 20, 21, "Then", 4));
	/* fold(1) counts bytes: an en dash is three of them, so a line that
	 * looks short in characters was full in bytes */
	l.width = 47;
	l.width_bytes = 47;
	CHECK("full in bytes: wrapped",
	      !breaks(&l, "Sweden 1 \xE2\x80\x93 0, Belgium 3 \xE2\x80\x93 0, Peru 1 \xE2\x80\x93 2", "England"));
	l.width_bytes = 60;
	CHECK("short both ways: heading",
	      breaks(&l, "Sweden 1 \xE2\x80\x93 0, Belgium 3 \xE2\x80\x93 0, Peru 1 \xE2\x80\x93 2", "England"));
	TEST_END();
}
