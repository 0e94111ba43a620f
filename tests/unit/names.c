/* names.c: unit tests of name resolution across a document (lib/names.c)
 * and of the user's overrides (lib/overrides.c), on spans given by hand so
 * that the model's choices do not enter. */
#include <stdlib.h>

#include "newsfilter/input.h"
#include "newsfilter/names.h"
#include "newsfilter/overrides.h"
#include "test.h"

static struct nf_token *toks;
static size_t tcap;

/* One record whose entities are the spans of the words given, with types. */
static void add(struct nf_names *nm, size_t rec, const char *text,
	const char *const *words, const int *types, size_t n, int headline)
{
	struct nf_entity e[8];
	const char *from = text;
	for (size_t i = 0; i < n; i++) {
		const char *at = strstr(from, words[i]);
		e[i] = (struct nf_entity){ (size_t)(at - text), (size_t)(at - text) + strlen(words[i]),
			0, 0, types[i], headline };
		from = at + strlen(words[i]);
	}
	size_t nt = nf_tokenize(text, strlen(text), &toks, &tcap);
	nf_names_add(nm, rec, 0, text, strlen(text), e, n, toks, nt);
}

static int has(const struct nf_mention *m, size_t n, size_t rec, const char *text,
	const char *name, int type)
{
	for (size_t i = 0; i < n; i++)
		if (m[i].rec == rec && m[i].len == strlen(text) && !memcmp(m[i].text, text, m[i].len) &&
		    m[i].name_len == strlen(name) && !memcmp(m[i].name, name, m[i].name_len) &&
		    m[i].type == type)
			return 1;
	return 0;
}

int main(void)
{
	struct nf_names *nm = nf_names_new();
	const struct nf_mention *m;
	size_t n, bytes;

	/* a short form before the full one; a surname the tagger missed */
	add(nm, 0, "Merkel spoke first.", (const char *const[]){ "Merkel" },
		(const int[]){ NF_ENT_PER }, 1, 0);
	add(nm, 1, "Later Chancellor Angela Merkel met the North Atlantic Treaty Organization.",
		(const char *const[]){ "Angela Merkel", "North Atlantic Treaty Organization" },
		(const int[]){ NF_ENT_PER, NF_ENT_ORG }, 2, 0);
	add(nm, 2, "NATO thanked Merkel, and Angela left with  Bob   Smith.",
		(const char *const[]){ "NATO", "Angela", "Bob   Smith" },
		(const int[]){ NF_ENT_ORG, NF_ENT_PER, NF_ENT_PER }, 3, 0);
	CHECK("names-held", nf_names_held(nm, &bytes) > 6 && bytes > 0);
	n = nf_names_end(nm, &m);
	CHECK("names-count", n == 7);
	CHECK("names-forward", has(m, n, 0, "Merkel", "Angela Merkel", NF_ENT_PER));
	CHECK("names-full", has(m, n, 1, "Angela Merkel", "Angela Merkel", NF_ENT_PER));
	CHECK("names-acronym", has(m, n, 2, "NATO", "North Atlantic Treaty Organization", NF_ENT_ORG));
	CHECK("names-surname-candidate", has(m, n, 2, "Merkel", "Angela Merkel", NF_ENT_PER));
	CHECK("names-first-name", has(m, n, 2, "Angela", "Angela Merkel", NF_ENT_PER));
	CHECK("names-spaces", has(m, n, 2, "Bob Smith", "Bob Smith", NF_ENT_PER));
	CHECK("names-order", n == 7 && m[0].rec == 0 && m[1].rec == 1 && m[2].rec == 1 &&
		m[3].rec == 2 && m[3].start == 0 && m[3].end == 4 && m[4].start == 13);
	CHECK("names-ended", nf_names_held(nm, &bytes) == 0 && bytes == 0);

	/* a new document forgets the last; code points, not bytes */
	add(nm, 0, "Zürich: Müller said so.", (const char *const[]){ "Zürich", "Müller" },
		(const int[]){ NF_ENT_LOC, NF_ENT_PER }, 2, 0);
	n = nf_names_end(nm, &m);
	CHECK("names-new-doc", n == 2 && has(m, n, 0, "Müller", "Müller", NF_ENT_PER));
	CHECK("names-codepoints", n == 2 && m[1].start == 8 && m[1].end == 14);

	/* a headline mention cut to the word the body tags alone */
	add(nm, 0, "Kyiv Pushes Back", (const char *const[]){ "Kyiv Pushes" },
		(const int[]){ NF_ENT_ORG }, 1, 1);
	add(nm, 1, "In Kyiv, and later in Kyiv again.", (const char *const[]){ "Kyiv", "Kyiv" },
		(const int[]){ NF_ENT_LOC, NF_ENT_LOC }, 2, 0);
	n = nf_names_end(nm, &m);
	CHECK("names-headline", n == 3 && has(m, n, 0, "Kyiv", "Kyiv", NF_ENT_LOC) && m[0].end == 4);

	/* two people with one first name: the first name alone stays itself */
	add(nm, 0, "Angela Merkel met Angela Davis; Angela spoke.",
		(const char *const[]){ "Angela Merkel", "Angela Davis", "Angela" },
		(const int[]){ NF_ENT_PER, NF_ENT_PER, NF_ENT_PER }, 3, 0);
	n = nf_names_end(nm, &m);
	CHECK("names-first-ambiguous", n == 3 && has(m, n, 0, "Angela", "Angela", NF_ENT_PER));

	/* spans out of range or empty are ignored, not read */
	struct nf_entity bad[] = { { 5, 3, 0, 0, NF_ENT_PER, 0 }, { 2, 99, 0, 0, NF_ENT_PER, 0 },
		{ 0, 2, 0, 0, NF_ENT_PER, 0 } };
	nf_names_add(nm, 0, 0, "  x", 3, bad, 3, NULL, 0);
	n = nf_names_end(nm, &m);
	CHECK("names-bad-spans", n == 0);
	n = nf_names_end(nm, &m);
	CHECK("names-end-twice", n == 0);
	nf_names_free(nm);

	/* overrides: phrases, longest first, later type wins, CRLF and '#' */
	struct nf_overrides *o = nf_overrides_new();
	CHECK("overrides-empty", nf_overrides_empty(o));
	static const char gaz[] = "LOC\tNew York\r\n# note\r\n\r\nORG\tNew York Times\r\n"
		"PER\tShell Bay\nORG\tShell Bay\n";
	struct nf_input *in = nf_input_mem("gaz", gaz, sizeof gaz - 1);
	CHECK("overrides-read", nf_overrides_read(o, in) == 0);
	nf_input_close(in);
	CHECK("overrides-pattern", nf_overrides_pattern(o, "MISC=\\bH5N1\\b") == 0);
	const char *s = "The New York Times saw Shell Bay and H5N1 in New York.";
	size_t nt = nf_tokenize(s, strlen(s), &toks, &tcap);
	struct nf_entity model[] = { { 4, 12, 1, 3, NF_ENT_LOC, 0 }, { 23, 28, 5, 6, NF_ENT_PER, 0 } };
	const struct nf_entity *e;
	n = nf_overrides_apply(o, s, strlen(s), toks, nt, model, 2, &e);
	CHECK("overrides-count", n == 4);
	CHECK("overrides-longest", n == 4 && e[0].start == 4 && e[0].end == 18 && e[0].type == NF_ENT_ORG);
	CHECK("overrides-later-type", n == 4 && e[1].start == 23 && e[1].end == 32 &&
		e[1].type == NF_ENT_ORG);
	CHECK("overrides-regex", n == 4 && e[2].start == 37 && e[2].end == 41 && e[2].type == NF_ENT_MISC);
	CHECK("overrides-last", n == 4 && e[3].start == 45 && e[3].type == NF_ENT_LOC);

	static const char badgaz[] = "PER\tAngela\nCITY\tParis\n";
	in = nf_input_mem("badgaz", badgaz, sizeof badgaz - 1);
	CHECK("overrides-bad-line", nf_overrides_read(o, in) == -1 && nf_input_lineno(in) == 2);
	nf_input_close(in);
	CHECK("overrides-bad-type", nf_overrides_pattern(o, "CITY=x") == -1);
	CHECK("overrides-bad-regex", nf_overrides_pattern(o, "PER=(x") == -1);
	nf_overrides_free(o);
	free(toks);
	TEST_END();
}
