/* overrides.c: phrase lists in an open-addressed table of token-sequence
 * hashes, patterns compiled with PCRE2 (JIT where the platform has it),
 * and their application to one text's entities. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <pcre2.h>

#include "newsfilter/buf.h"
#include "newsfilter/input.h"
#include "newsfilter/msg.h"
#include "newsfilter/overrides.h"

struct phrase {
	uint64_t key;        /* 0: an empty slot */
	uint8_t type, ntok;
};

struct pattern {
	int type;
	pcre2_code *re;
};

struct nf_overrides {
	struct phrase *phrases;
	size_t phcap, nphrases, phmaxlen;
	struct pattern *patterns;
	size_t npatterns;
	pcre2_match_data *match_data;
	struct nf_token *toks;   /* for reading phrases */
	size_t tcap;
	struct nf_entity *spans;
	size_t nspans, spancap;
};

struct nf_overrides *nf_overrides_new(void)
{
	return nf_xcalloc(1, sizeof(struct nf_overrides));
}

void nf_overrides_free(struct nf_overrides *o)
{
	if (!o)
		return;
	for (size_t i = 0; i < o->npatterns; i++)
		pcre2_code_free(o->patterns[i].re);
	pcre2_match_data_free(o->match_data);
	free(o->patterns);
	free(o->phrases);
	free(o->toks);
	free(o->spans);
	free(o);
}

int nf_overrides_empty(const struct nf_overrides *o)
{
	return o->nphrases == 0 && o->npatterns == 0;
}

/* ---- phrases ---- */

static uint64_t seq_hash(const char *text, const struct nf_token *t, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < n; i++) {
		for (size_t j = t[i].start; j < t[i].end; j++)
			h = (h ^ (unsigned char)text[j]) * 0x100000001b3ULL;
		h = (h ^ 0xff) * 0x100000001b3ULL;
	}
	return h ? h : 1;
}

static struct phrase *phrase_slot(const struct nf_overrides *o, uint64_t key)
{
	size_t mask = o->phcap - 1;
	for (size_t s = (size_t)key & mask;; s = (s + 1) & mask)
		if (o->phrases[s].key == key || o->phrases[s].key == 0)
			return &o->phrases[s];
}

static void phrase_put(struct nf_overrides *o, uint64_t key, int type, size_t ntok)
{
	if ((o->nphrases + 1) * 2 > o->phcap) {
		struct phrase *old = o->phrases;
		size_t ocap = o->phcap;
		o->phcap = o->phcap ? o->phcap * 2 : 256;
		o->phrases = nf_xcalloc(o->phcap, sizeof *o->phrases);
		o->nphrases = 0;
		for (size_t i = 0; i < ocap; i++)
			if (old[i].key) {
				*phrase_slot(o, old[i].key) = old[i];
				o->nphrases++;
			}
		free(old);
	}
	struct phrase *p = phrase_slot(o, key);
	if (!p->key)
		o->nphrases++;
	p->key = key;
	p->type = (uint8_t)type;
	p->ntok = (uint8_t)ntok;
	if (ntok > o->phmaxlen)
		o->phmaxlen = ntok;
}

int nf_overrides_read(struct nf_overrides *o, struct nf_input *in)
{
	const char *line;
	size_t len;

	while (nf_input_line(in, &line, &len)) {
		if (len == 0 || line[0] == '#')
			continue;
		const char *tab = memchr(line, '\t', len);
		int type = tab ? nf_ent_type_parse(line, (size_t)(tab - line)) : -1;
		if (type < 0) {
			nf_warn(nf_input_name(in), nf_input_lineno(in),
				"expected TYPE<TAB>phrase with TYPE one of PER ORG LOC MISC");
			return -1;
		}
		const char *p = tab + 1;
		size_t n = nf_tokenize(p, len - (size_t)(p - line), &o->toks, &o->tcap);
		if (n == 0 || n > 255)
			continue;
		phrase_put(o, seq_hash(p, o->toks, n), type, n);
	}
	return nf_input_failed(in) ? -1 : 0;
}

/* ---- patterns ---- */

int nf_overrides_pattern(struct nf_overrides *o, const char *arg)
{
	const char *eq = strchr(arg, '=');
	int type = eq ? nf_ent_type_parse(arg, (size_t)(eq - arg)) : -1;
	if (type < 0) {
		nf_warn("-p", 0, "expected TYPE=REGEX with TYPE one of PER ORG LOC MISC: '%s'", arg);
		return -1;
	}
	int ec;
	PCRE2_SIZE off;
	/* \C matches one byte, so a match could end inside a character and
	 * the entity's text be broken UTF-8: it is refused at compile time */
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)(eq + 1), PCRE2_ZERO_TERMINATED,
		PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_NEVER_BACKSLASH_C, &ec, &off, NULL);
	if (!re && ec == PCRE2_ERROR_BACKSLASH_C_CALLER_DISABLED) {
		nf_warn("-p", 0, "bad pattern at offset %zu: \\C is not allowed (it matches "
			"one byte and can split a character)", (size_t)off);
		return -1;
	}
	if (!re) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(ec, msg, sizeof msg);
		nf_warn("-p", 0, "bad pattern at offset %zu: %s", (size_t)off, (char *)msg);
		return -1;
	}
	pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	o->patterns = nf_xrealloc(o->patterns, (o->npatterns + 1) * sizeof *o->patterns);
	o->patterns[o->npatterns].type = type;
	o->patterns[o->npatterns].re = re;
	o->npatterns++;
	if (!o->match_data)
		o->match_data = pcre2_match_data_create(4, NULL);
	return 0;
}

/* ---- applying them ---- */

static void span_add(struct nf_overrides *o, struct nf_entity e)
{
	if (o->nspans == o->spancap) {
		o->spancap = o->spancap ? o->spancap * 2 : 64;
		o->spans = nf_xrealloc(o->spans, o->spancap * sizeof *o->spans);
	}
	o->spans[o->nspans++] = e;
}

/* An override replaces the spans it overlaps. */
static void span_override(struct nf_overrides *o, size_t s, size_t e, size_t ts,
	size_t te, int type)
{
	size_t k = 0;
	for (size_t i = 0; i < o->nspans; i++)
		if (o->spans[i].end <= s || o->spans[i].start >= e)
			o->spans[k++] = o->spans[i];
	o->nspans = k;
	span_add(o, (struct nf_entity){ s, e, ts, te, type, 0 });
}

static int cmp_span(const void *x, const void *y)
{
	const struct nf_entity *a = x, *b = y;
	return a->start < b->start ? -1 : a->start > b->start;
}

size_t nf_overrides_apply(struct nf_overrides *o, const char *text, size_t len,
	const struct nf_token *toks, size_t ntoks,
	const struct nf_entity *ents, size_t nents, const struct nf_entity **out)
{
	o->nspans = 0;
	for (size_t i = 0; i < nents; i++)
		span_add(o, ents[i]);
	if (o->nphrases)
		for (size_t i = 0; i < ntoks;) {
			size_t k = o->phmaxlen < ntoks - i ? o->phmaxlen : ntoks - i;
			for (; k > 0; k--) {
				struct phrase *p = phrase_slot(o, seq_hash(text, toks + i, k));
				if (p->key && p->ntok == k) {
					span_override(o, toks[i].start, toks[i + k - 1].end, i, i + k, p->type);
					break;
				}
			}
			i += k ? k : 1;
		}
	for (size_t q = 0; q < o->npatterns; q++) {
		size_t off = 0;
		while (off <= len) {
			int rc = pcre2_match(o->patterns[q].re, (PCRE2_SPTR)text, len, off, 0,
				o->match_data, NULL);
			if (rc < 0)
				break;
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(o->match_data);
			if (ov[1] > ov[0])
				span_override(o, ov[0], ov[1], SIZE_MAX, SIZE_MAX, o->patterns[q].type);
			off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
			while (off < len && ((unsigned char)text[off] & 0xC0) == 0x80)
				off++;
		}
	}
	if (o->nspans > 1)
		qsort(o->spans, o->nspans, sizeof *o->spans, cmp_span);
	*out = o->spans;
	return o->nspans;
}
