/* tokens.c: unit tests of the shared tokenizer, CoNLL-2003 style. */
#include <stdlib.h>

#include "newsfilter/tokens.h"
#include "test.h"

/* The tokens of s joined with '|'. */
static const char *toks(const char *s)
{
	static char out[1024];
	size_t pos = 0, n = 0, len = strlen(s);
	struct nf_token t;
	while (nf_token_next(s, len, &pos, &t)) {
		if (n)
			out[n++] = '|';
		memcpy(out + n, s + t.start, t.end - t.start);
		n += t.end - t.start;
	}
	out[n] = 0;
	return out;
}

static int kind_of(const char *s, size_t i)
{
	size_t pos = 0, len = strlen(s), k = 0;
	struct nf_token t;
	while (nf_token_next(s, len, &pos, &t))
		if (k++ == i)
			return t.kind;
	return -1;
}

int main(void)
{
	CHECK_STR("words", toks("Putin met  Trump."), "Putin|met|Trump|.");
	CHECK_STR("possessive-curly", toks("Russia\xe2\x80\x99s army"), "Russia|\xe2\x80\x99s|army");
	CHECK_STR("possessive-straight", toks("Witkoff's club"), "Witkoff|'s|club");
	CHECK_STR("negation", toks("don't can't"), "do|n't|ca|n't");
	CHECK_STR("clitics", toks("they're we've I'll"), "they|'re|we|'ve|I|'ll");
	CHECK_STR("name-apostrophe", toks("O'Brien left"), "O'Brien|left");
	CHECK_STR("hyphen", toks("a U.S.-based, well-known firm"), "a|U.S.-based|,|well-known|firm");
	CHECK_STR("hyphen-end", toks("is U.S.-based."), "is|U.S.-based|.");
	CHECK_STR("abbreviation", toks("the U.S. and Mr. Smith"), "the|U.S.|and|Mr.|Smith");
	CHECK_STR("initial", toks("George W. Bush"), "George|W.|Bush");
	CHECK_STR("sentence-end", toks("in Kyiv. Then"), "in|Kyiv|.|Then");
	CHECK_STR("numbers", toks("1,000.5 people, 19% and 3rd"), "1,000.5|people|,|19|%|and|3rd");
	CHECK_STR("date", toks("1996-08-22"), "1996-08-22");
	CHECK_STR("en-dash-splits", toks("U.S.\xe2\x80\x93Russia talks"), "U.S.|\xe2\x80\x93|Russia|talks");
	CHECK_STR("ampersand", toks("AT&T and Procter & Gamble"), "AT&T|and|Procter|&|Gamble");
	CHECK_STR("quotes", toks("\xe2\x80\x9cright now\xe2\x80\x9d"), "\xe2\x80\x9c|right|now|\xe2\x80\x9d");
	CHECK_STR("ellipsis", toks("wait... no"), "wait|...|no");
	CHECK_STR("accents", toks("Z\xc3\xbcrich and Zu\xcc\x88rich"), "Z\xc3\xbcrich|and|Zu\xcc\x88rich");
	CHECK_STR("cyrillic", toks("\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0!"), "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0|!");
	CHECK_STR("nbsp", toks("a\xc2\xa0" "b"), "a|b");
	CHECK_STR("invalid-utf8", toks("a\xff" "b"), "a|\xff|b");
	CHECK_STR("empty", toks("   "), "");
	CHECK("kind-number", kind_of("1,000 men", 0) == NF_TOK_NUMBER);
	CHECK("kind-clitic", kind_of("Russia's", 1) == NF_TOK_CLITIC);
	CHECK("kind-punct", kind_of("a ,", 1) == NF_TOK_PUNCT);

	size_t pos = 0;
	struct nf_token t;
	const char *s = "NATO said";
	nf_token_next(s, strlen(s), &pos, &t);
	CHECK("flags-allupper", (t.flags & NF_TOKF_ALLUPPER) && (t.flags & NF_TOKF_UPPER1) &&
		!(t.flags & NF_TOKF_LOWER));
	nf_token_next(s, strlen(s), &pos, &t);
	CHECK("flags-lower", (t.flags & NF_TOKF_LOWER) && !(t.flags & NF_TOKF_UPPER1) &&
		(t.flags & NF_TOKF_SPACE));
	TEST_END();
}
