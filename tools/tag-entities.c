/* tag-entities: write one record per named entity (PER, ORG, LOC, MISC) in
 * the input text, with the fullest form of its name in the document. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pcre2.h>

#include "newsfilter/buf.h"
#include "newsfilter/input.h"
#include "newsfilter/cli.h"
#include "newsfilter/entities.h"
#include "newsfilter/msg.h"
#include "newsfilter/output.h"
#include "newsfilter/tokens.h"
#include "newsfilter/utf8.h"

static const char *model_name = "default";
static const struct nf_ent_model *model;
static struct nf_ent_model model_file;
static struct nf_tagger *tagger;
static size_t nkeep;   /* -k fields: the same for every record */
static int unbuffered; /* -u: no look-ahead for names */

/* ---- -p TYPE=REGEX ---- */

struct pattern {
	int type;
	pcre2_code *re;
};
static struct pattern *patterns;
static size_t npatterns;
static pcre2_match_data *match_data;

static int add_pattern(const char *arg)
{
	const char *eq = strchr(arg, '=');
	int type = eq ? nf_ent_type_parse(arg, (size_t)(eq - arg)) : -1;
	if (type < 0) {
		nf_warn("-p", 0, "expected TYPE=REGEX with TYPE one of PER ORG LOC MISC: '%s'", arg);
		return -1;
	}
	int ec;
	PCRE2_SIZE off;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)(eq + 1), PCRE2_ZERO_TERMINATED,
		PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &ec, &off, NULL);
	if (!re) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(ec, msg, sizeof msg);
		nf_warn("-p", 0, "bad pattern at offset %zu: %s", (size_t)off, (char *)msg);
		return -1;
	}
	pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	patterns = nf_xrealloc(patterns, (npatterns + 1) * sizeof *patterns);
	patterns[npatterns].type = type;
	patterns[npatterns].re = re;
	npatterns++;
	return 0;
}

/* ---- -g FILE: TYPE<TAB>phrase, matched on exact token sequences ---- */

struct phrase {
	uint64_t key;
	uint8_t type, ntok;
};
static struct phrase *phrases;
static size_t phcap, nphrases, phmaxlen;
static const char **gaz_paths;
static size_t ngaz_paths;

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

static struct phrase *phrase_slot(uint64_t key)
{
	size_t mask = phcap - 1;
	for (size_t s = (size_t)key & mask;; s = (s + 1) & mask)
		if (phrases[s].key == key || phrases[s].key == 0)
			return &phrases[s];
}

static void phrase_put(uint64_t key, int type, size_t ntok)
{
	if ((nphrases + 1) * 2 > phcap) {
		struct phrase *old = phrases;
		size_t ocap = phcap;
		phcap = phcap ? phcap * 2 : 256;
		phrases = nf_xcalloc(phcap, sizeof *phrases);
		nphrases = 0;
		for (size_t i = 0; i < ocap; i++)
			if (old[i].key) {
				*phrase_slot(old[i].key) = old[i];
				nphrases++;
			}
		free(old);
	}
	struct phrase *p = phrase_slot(key);
	if (!p->key)
		nphrases++;
	p->key = key;
	p->type = (uint8_t)type;
	p->ntok = (uint8_t)ntok;
	if (ntok > phmaxlen)
		phmaxlen = ntok;
}

static int load_gazetteer(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		nf_warn(path, 0, "cannot open gazetteer:");
		return -1;
	}
	char *line = NULL;
	size_t cap = 0, tcap = 0;
	ssize_t len;
	long lineno = 0;
	struct nf_token *toks = NULL;
	int bad = 0;
	while ((len = getline(&line, &cap, f)) > 0) {
		lineno++;
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = 0;
		if (len == 0 || line[0] == '#')
			continue;
		char *tab = strchr(line, '\t');
		int type = tab ? nf_ent_type_parse(line, (size_t)(tab - line)) : -1;
		if (type < 0) {
			nf_warn(path, lineno, "expected TYPE<TAB>phrase with TYPE one of PER ORG LOC MISC");
			bad = 1;
			break;
		}
		const char *p = tab + 1;
		size_t n = nf_tokenize(p, strlen(p), &toks, &tcap);
		if (n == 0 || n > 255)
			continue;
		phrase_put(seq_hash(p, toks, n), type, n);
	}
	if (ferror(f)) {
		nf_warn(path, 0, "read error:");
		bad = 1;
	}
	free(line);
	free(toks);
	fclose(f);
	return bad ? -1 : 0;
}

/* ---- the pending document: mentions wait for the document's end so that
 * `name` can use a fuller form that comes later ---- */

struct prec {            /* an input record, copied */
	size_t id, id_len, file;  /* offsets in arena */
	int id_is_number;
	long line, sent, file_line;
	size_t keep;         /* offset of nkeep (offset, len, present) triples */
};

struct mention {
	size_t rec;
	size_t start, end;   /* code points in the record's text */
	size_t text, len;    /* the entity text in the arena */
	size_t first, first_len, last, last_len; /* its first and last word */
	size_t ntok;
	int type;
	long name;           /* index of the mention giving the name, -1 self */
	size_t name_off, name_len;
	int candidate;       /* a capitalised word outside entities, not output */
	int headline;        /* found in a headline-like sentence */
	size_t first_end;    /* end (code points) of its first word */
};

static struct nf_buf arena;
static struct prec *recs;
static size_t nrecs, reccap;
static struct mention *ments;
static size_t nments, mentcap;

#define DOC_MAX_MENTIONS 4096
#define DOC_MAX_BYTES (4u << 20)

static size_t arena_add(const void *p, size_t n)
{
	size_t off = arena.len;
	nf_buf_add(&arena, p, n);
	return off;
}

static void snapshot(const struct nf_record *r)
{
	if (nrecs == reccap) {
		reccap = reccap ? reccap * 2 : 64;
		recs = nf_xrealloc(recs, reccap * sizeof *recs);
	}
	struct prec *p = recs + nrecs++;
	p->id = arena_add(r->id, r->id_len);
	p->id_len = r->id_len;
	p->id_is_number = r->id_is_number;
	p->line = r->line;
	p->sent = r->sent;
	p->file = arena_add(r->file ? r->file : "", r->file ? strlen(r->file) + 1 : 1);
	p->file_line = r->file_line;
	size_t trip[3];
	p->keep = arena.len;
	for (size_t i = 0; i < nkeep; i++)
		arena_add(trip, sizeof trip);
	for (size_t i = 0; i < nkeep && r->keep; i++) {
		trip[2] = r->keep[i].json != NULL;
		trip[1] = r->keep[i].json_len;
		trip[0] = trip[2] ? arena_add(r->keep[i].json, r->keep[i].json_len) : 0;
		memcpy(arena.data + p->keep + i * sizeof trip, trip, sizeof trip);
	}
}

static struct mention *new_mention(void)
{
	if (nments == mentcap) {
		mentcap = mentcap ? mentcap * 2 : 256;
		ments = nf_xrealloc(ments, mentcap * sizeof *ments);
	}
	struct mention *m = ments + nments++;
	memset(m, 0, sizeof *m);
	m->name = -1;
	return m;
}

static int same(size_t a, size_t alen, size_t b, size_t blen)
{
	return alen == blen && memcmp(arena.data + a, arena.data + b, alen) == 0;
}

/* Does mention a's text end with mention b's text, on a word boundary? */
static int ends_with(const struct mention *a, const struct mention *b)
{
	if (b->len >= a->len)
		return 0;
	const char *at = arena.data + a->text + a->len - b->len;
	return memcmp(at, arena.data + b->text, b->len) == 0 && at[-1] == ' ';
}

/* NATO <- North Atlantic Treaty Organization */
static int acronym_of(const struct mention *acr, const struct mention *full)
{
	const char *a = arena.data + acr->text, *f = arena.data + full->text;
	size_t k = 0;
	if (acr->ntok != 1 || acr->len < 2 || acr->len > 6 || full->ntok < 2)
		return 0;
	for (size_t i = 0; i < full->len; i++) {
		if (i > 0 && f[i - 1] != ' ')
			continue;
		if (f[i] >= 'A' && f[i] <= 'Z') {
			if (k >= acr->len || a[k] != f[i])
				return 0;
			k++;
		}
	}
	return k == acr->len;
}

static int cmp_mention(const void *x, const void *y)
{
	const struct mention *a = x, *b = y;
	if (a->rec != b->rec)
		return a->rec < b->rec ? -1 : 1;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return 0;
}

/* Mentions indexed by a string hash (chained through next[]), so that
 * resolving a document costs about one pass, not one per pair. */
struct index {
	size_t *head, *next, cap;
};

static uint64_t str_hash(size_t off, size_t len)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)arena.data[off + i]) * 0x100000001b3ULL;
	return h;
}

#define NONE ((size_t)-1)

static void index_build(struct index *x, const uint64_t *keys)
{
	x->cap = 16;
	while (x->cap < nments * 2)
		x->cap *= 2;
	x->head = nf_xrealloc(x->head, x->cap * sizeof *x->head);
	x->next = nf_xrealloc(x->next, (nments ? nments : 1) * sizeof *x->next);
	for (size_t i = 0; i < x->cap; i++)
		x->head[i] = NONE;
	for (size_t i = nments; i-- > 0;) {
		if (keys[i] == 0)
			continue;
		size_t h = (size_t)keys[i] & (x->cap - 1);
		x->next[i] = x->head[h];
		x->head[h] = i;
	}
}

static size_t index_first(const struct index *x, uint64_t key)
{
	return x->head[(size_t)key & (x->cap - 1)];
}

static uint64_t *k_text, *k_last, *k_init, *k_first;
static struct index by_text, by_last, by_init, by_first;

/* The capitals at the starts of a multi-word mention's words: NATO. */
static uint64_t initials_hash(const struct mention *m)
{
	char buf[16];
	size_t k = 0;
	const char *f = arena.data + m->text;
	if (m->ntok < 2)
		return 0;
	static const char *const small[] = { "of", "the", "and", "for", "de", "du",
		"la", "on", "in", "&", NULL };
	for (size_t i = 0; i < m->len; i++) {
		if (i > 0 && f[i - 1] != ' ')
			continue;
		if (f[i] >= 'A' && f[i] <= 'Z') {
			if (k == sizeof buf)
				return 0;
			buf[k++] = f[i];
			continue;
		}
		/* only capitalised words and a few small ones: not a phrase */
		size_t w = i;
		while (w < m->len && f[w] != ' ')
			w++;
		int ok = 0;
		for (int j = 0; small[j]; j++)
			if (strlen(small[j]) == w - i && memcmp(small[j], f + i, w - i) == 0)
				ok = 1;
		if (!ok)
			return 0;
	}
	if (k < 2)
		return 0;
	uint64_t h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < k; i++)
		h = (h ^ (unsigned char)buf[i]) * 0x100000001b3ULL;
	return h | 1;
}

static void build_indexes(void)
{
	size_t n = nments ? nments : 1;
	k_text = nf_xrealloc(k_text, n * sizeof *k_text);
	k_last = nf_xrealloc(k_last, n * sizeof *k_last);
	k_init = nf_xrealloc(k_init, n * sizeof *k_init);
	k_first = nf_xrealloc(k_first, n * sizeof *k_first);
	for (size_t i = 0; i < nments; i++) {
		const struct mention *m = ments + i;
		k_text[i] = m->candidate ? 0 : str_hash(m->text, m->len) | 1;
		k_last[i] = m->candidate ? 0 : str_hash(m->last, m->last_len) | 1;
		k_init[i] = m->candidate ? 0 : initials_hash(m);
		k_first[i] = m->candidate || m->type != NF_ENT_PER || m->ntok < 2 ? 0 :
			str_hash(m->first, m->first_len) | 1;
	}
	index_build(&by_text, k_text);
	index_build(&by_last, k_last);
	index_build(&by_init, k_init);
	index_build(&by_first, k_first);
}

static void resolve(void)
{
	build_indexes();
	/* Capitalised words outside entities that are the surname of a
	 * person named in full elsewhere in the document become PER. */
	for (size_t i = 0; i < nments; i++) {
		struct mention *c = ments + i;
		if (!c->candidate)
			continue;
		uint64_t key = str_hash(c->text, c->len) | 1;
		for (size_t j = index_first(&by_last, key); j != NONE; j = by_last.next[j]) {
			const struct mention *p = ments + j;
			if (k_last[j] == key && p->type == NF_ENT_PER && p->ntok >= 2 &&
			    same(p->last, p->last_len, c->text, c->len)) {
				c->candidate = 0;
				c->type = NF_ENT_PER;
				break;
			}
		}
	}
	/* Headlines are tagged less reliably than body text: a headline
	 * mention that starts with a word the body tags on its own (Kyiv in
	 * "Kyiv Pushes Back") and that the body never uses as a whole is cut
	 * down to that word. */
	for (size_t i = 0; i < nments; i++) {
		struct mention *m = ments + i;
		if (m->candidate || !m->headline || m->ntok < 2)
			continue;
		size_t by[NF_ENT_NTYPES] = { 0 }, whole = 0;
		for (size_t j = index_first(&by_text, k_text[i]); j != NONE; j = by_text.next[j]) {
			const struct mention *p = ments + j;
			if (k_text[j] == k_text[i] && !p->headline && same(p->text, p->len, m->text, m->len))
				whole++;
		}
		uint64_t fk = str_hash(m->first, m->first_len) | 1;
		for (size_t j = index_first(&by_text, fk); j != NONE; j = by_text.next[j]) {
			const struct mention *p = ments + j;
			if (k_text[j] == fk && !p->headline && p->ntok == 1 &&
			    same(p->text, p->len, m->first, m->first_len))
				by[p->type]++;
		}
		int best = 0;
		for (int t = 1; t < NF_ENT_NTYPES; t++)
			if (by[t] > by[best])
				best = t;
		if (whole == 0 && by[best] >= 2) {
			m->type = best;
			m->len = m->first_len;
			m->last = m->first;
			m->last_len = m->first_len;
			m->ntok = 1;
			m->end = m->first_end;
		}
	}
	/* the headline rule changed some texts */
	build_indexes();
	/* A one-word mention of another type that is a person's surname. */
	for (size_t i = 0; i < nments; i++) {
		struct mention *m = ments + i;
		if (m->candidate || m->type == NF_ENT_PER || m->ntok != 1)
			continue;
		size_t per = 0, other = 0;
		for (size_t j = index_first(&by_last, k_text[i]); j != NONE; j = by_last.next[j]) {
			const struct mention *p = ments + j;
			if (k_last[j] == k_text[i] && p->type == NF_ENT_PER && p->ntok >= 2 &&
			    same(p->last, p->last_len, m->text, m->len))
				per++;
		}
		for (size_t j = index_first(&by_text, k_text[i]); j != NONE; j = by_text.next[j]) {
			const struct mention *p = ments + j;
			if (k_text[j] == k_text[i] && p->type != NF_ENT_PER &&
			    same(p->text, p->len, m->text, m->len))
				other++;
		}
		if (per && per * 2 >= other)
			m->type = NF_ENT_PER;
	}
	/* The fullest form: the longest mention of the same type that ends
	 * with this one (Putin -> Vladimir Putin), or whose initials it is. */
	for (size_t i = 0; i < nments; i++) {
		struct mention *m = ments + i;
		if (m->candidate)
			continue;
		long best = -1;
		/* an acronym's expansion first: RCMP -> Royal Canadian Mounted Police */
		if (m->type != NF_ENT_PER && m->ntok == 1)
			for (size_t j = index_first(&by_init, k_text[i]); j != NONE; j = by_init.next[j]) {
				const struct mention *c = ments + j;
				if (k_init[j] != k_text[i] || c->type != m->type || !acronym_of(m, c))
					continue;
				if (best < 0 || c->ntok > ments[best].ntok)
					best = (long)j;
			}
		if (best < 0)
			for (size_t j = index_first(&by_last, k_last[i]); j != NONE; j = by_last.next[j]) {
				const struct mention *c = ments + j;
				if (k_last[j] != k_last[i] || c->type != m->type || c->ntok <= m->ntok ||
				    !ends_with(c, m))
					continue;
				if (best < 0 || c->ntok > ments[best].ntok)
					best = (long)j;
			}
		/* a first name alone names the one person of the document who
		 * has it (Paweł -> Paweł Adamowicz) */
		if (best < 0 && m->type == NF_ENT_PER && m->ntok == 1) {
			for (size_t j = index_first(&by_first, k_text[i]); j != NONE; j = by_first.next[j]) {
				const struct mention *c = ments + j;
				if (k_first[j] != k_text[i] || !same(c->first, c->first_len, m->text, m->len))
					continue;
				if (best >= 0 && !same(c->text, c->len, ments[best].text, ments[best].len)) {
					best = -2;  /* two people: leave it */
					break;
				}
				best = (long)j;
			}
			if (best == -2)
				best = -1;
		}
		m->name = best;
		m->name_off = best >= 0 ? ments[best].text : m->text;
		m->name_len = best >= 0 ? ments[best].len : m->len;
	}
}

static void flush_doc(struct nf_out *out)
{
	resolve();
	if (nments > 1)
		qsort(ments, nments, sizeof *ments, cmp_mention);
	struct nf_kept *kept = nkeep ? nf_xcalloc(nkeep, sizeof *kept) : NULL;
	for (size_t i = 0; i < nments; i++) {
		const struct mention *m = ments + i;
		if (m->candidate)
			continue;
		const struct prec *p = recs + m->rec;
		struct nf_record r = { 0 };
		r.id = arena.data + p->id;
		r.id_len = p->id_len;
		r.id_is_number = p->id_is_number;
		r.line = p->line;
		r.sent = p->sent;
		r.file = arena.data + p->file;
		r.file_line = p->file_line;
		r.text = "";
		for (size_t k = 0; k < nkeep; k++) {
			size_t trip[3];
			memcpy(trip, arena.data + p->keep + k * sizeof trip, sizeof trip);
			kept[k].json = trip[2] ? arena.data + trip[0] : NULL;
			kept[k].json_len = trip[1];
		}
		r.keep = kept;
		nf_out_begin(out, &r, 0);
		nf_out_int(out, "start", (long long)m->start);
		nf_out_int(out, "end", (long long)m->end);
		nf_out_str(out, "type", nf_ent_type_names[m->type], strlen(nf_ent_type_names[m->type]));
		nf_out_main(out, "text", arena.data + m->text, m->len);
		nf_out_str(out, "name", arena.data + m->name_off, m->name_len);
		nf_out_end(out);
	}
	free(kept);
	nments = nrecs = 0;
	arena.len = 0;
}

/* ---- one record ---- */

struct span {
	size_t start, end;   /* bytes */
	size_t tok_start, tok_end;
	int type;
	int headline;
};
static struct span *spans;
static size_t nspans, spancap;

static void span_add(size_t s, size_t e, size_t ts, size_t te, int type, int headline)
{
	if (nspans == spancap) {
		spancap = spancap ? spancap * 2 : 64;
		spans = nf_xrealloc(spans, spancap * sizeof *spans);
	}
	spans[nspans++] = (struct span){ s, e, ts, te, type, headline };
}

/* An override (from -g or -p) replaces the spans it overlaps. */
static void span_override(size_t s, size_t e, size_t ts, size_t te, int type)
{
	size_t k = 0;
	for (size_t i = 0; i < nspans; i++)
		if (spans[i].end <= s || spans[i].start >= e)
			spans[k++] = spans[i];
	nspans = k;
	span_add(s, e, ts, te, type, 0);
}

static int cmp_span(const void *x, const void *y)
{
	const struct span *a = x, *b = y;
	return a->start < b->start ? -1 : a->start > b->start;
}

static int tag_record(const struct nf_record *r, struct nf_out *out)
{
	nkeep = r->nkeep;
	unbuffered = nf_out_unbuffered(out);
	if (r->new_doc) {
		if (nments)
			flush_doc(out);
		nf_tagger_new_doc(tagger);
	}
	const struct nf_entity *ents;
	const struct nf_token *toks;
	size_t ntoks;
	size_t ne = nf_tagger_run(tagger, r->text, r->len, &ents, &toks, &ntoks);
	nspans = 0;
	for (size_t i = 0; i < ne; i++)
		span_add(ents[i].start, ents[i].end, ents[i].tok_start, ents[i].tok_end,
			ents[i].type, ents[i].headline);
	if (nphrases)
		for (size_t i = 0; i < ntoks;) {
			size_t k = phmaxlen < ntoks - i ? phmaxlen : ntoks - i;
			for (; k > 0; k--) {
				struct phrase *p = phrase_slot(seq_hash(r->text, toks + i, k));
				if (p->key && p->ntok == k) {
					span_override(toks[i].start, toks[i + k - 1].end, i, i + k, p->type);
					break;
				}
			}
			i += k ? k : 1;
		}
	for (size_t q = 0; q < npatterns; q++) {
		size_t off = 0;
		while (off <= r->len) {
			int rc = pcre2_match(patterns[q].re, (PCRE2_SPTR)r->text, r->len, off, 0,
				match_data, NULL);
			if (rc < 0)
				break;
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(match_data);
			if (ov[1] > ov[0])
				span_override(ov[0], ov[1], SIZE_MAX, SIZE_MAX, patterns[q].type);
			off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
			while (off < r->len && ((unsigned char)r->text[off] & 0xC0) == 0x80)
				off++;
		}
	}
	if (nspans > 1)
		qsort(spans, nspans, sizeof *spans, cmp_span);

	snapshot(r);
	size_t rec = nrecs - 1, cp = 0, at = 0;
	/* capitalised words outside entities, for surname linking */
	size_t si = 0;
	for (size_t i = 0; i < ntoks; i++) {
		while (si < nspans && spans[si].end <= toks[i].start)
			si++;
		int inside = si < nspans && spans[si].start < toks[i].end;
		const char *w = r->text + toks[i].start;
		if (inside || toks[i].kind != NF_TOK_WORD || !(w[0] >= 'A' && w[0] <= 'Z') ||
		    toks[i].end - toks[i].start < 3 || (toks[i].flags & NF_TOKF_ALLUPPER))
			continue;
		struct mention *m = new_mention();
		m->candidate = 1;
		m->rec = rec;
		cp += nf_utf8_count(r->text + at, toks[i].start - at);
		at = toks[i].start;
		m->start = cp;
		m->end = cp + nf_utf8_count(w, toks[i].end - toks[i].start);
		m->text = arena_add(w, toks[i].end - toks[i].start);
		m->len = toks[i].end - toks[i].start;
		m->ntok = 1;
		m->first = m->last = m->text;
		m->first_len = m->last_len = m->len;
		m->first_end = m->end;
	}
	cp = at = 0;
	for (size_t i = 0; i < nspans; i++) {
		const struct span *s = spans + i;
		struct mention *m = new_mention();
		m->rec = rec;
		m->type = s->type;
		m->headline = s->headline;
		if (s->start < at) {  /* cannot happen after overrides; be safe */
			cp = 0;
			at = 0;
		}
		cp += nf_utf8_count(r->text + at, s->start - at);
		at = s->start;
		m->start = cp;
		m->end = cp + nf_utf8_count(r->text + s->start, s->end - s->start);
		/* the text with runs of white space as single spaces */
		m->text = arena.len;
		size_t n = 0;
		int sp = 0;
		for (size_t j = s->start; j < s->end; j++) {
			char c = r->text[j];
			if (c == ' ' || c == '\t' || c == '\n') {
				sp = 1;
				continue;
			}
			if (sp && n)
				nf_buf_addc(&arena, ' '), n++;
			sp = 0;
			nf_buf_addc(&arena, c);
			n++;
		}
		m->len = n;
		m->ntok = 1;
		for (size_t j = 0; j < n; j++)
			m->ntok += arena.data[m->text + j] == ' ';
		const char *t = arena.data + m->text;
		const char *sp1 = memchr(t, ' ', n);
		m->first = m->text;
		m->first_len = sp1 ? (size_t)(sp1 - t) : n;
		m->first_end = m->start + nf_utf8_count(t, m->first_len);
		size_t l = n;
		while (l > 0 && t[l - 1] != ' ')
			l--;
		m->last = m->text + l;
		m->last_len = n - l;
	}
	if (unbuffered || nments > DOC_MAX_MENTIONS || arena.len > DOC_MAX_BYTES)
		flush_doc(out);
	return 0;
}

static void finish(struct nf_out *out)
{
	if (nments)
		flush_doc(out);
}

static int option(int c, const char *arg)
{
	switch (c) {
	case 'm':
		model_name = arg;
		return 0;
	case 'g':
		gaz_paths = nf_xrealloc(gaz_paths, (ngaz_paths + 1) * sizeof *gaz_paths);
		gaz_paths[ngaz_paths++] = arg;
		return 0;
	case 'p':
		return add_pattern(arg);
	}
	return -1;
}

static int start(enum nf_output_format f)
{
	(void)f;
	model = nf_ent_model_builtin(model_name);
	if (!model) {
		const char *err;
		if (strcmp(model_name, "default") == 0 || strcmp(model_name, "open") == 0)
			nf_die(2, "the %s model is not compiled in (run make model)", model_name);
		if (nf_ent_model_read(&model_file, model_name, &err) != 0) {
			if (err)
				nf_die(2, "%s: bad model file: %s", model_name, err);
			nf_die(2, "%s: cannot read model: %s", model_name, strerror(errno));
		}
		model = &model_file;
	}
	for (size_t i = 0; i < ngaz_paths; i++)
		if (load_gazetteer(gaz_paths[i]) != 0)
			return 2;
	if (npatterns)
		match_data = pcre2_match_data_create(4, NULL);
	tagger = nf_tagger_new(model);
	return 0;
}

int main(int argc, char **argv)
{
	static const char *const columns[] = { "start", "end", "type", "text", "name", NULL };
	static const struct nf_tool tool = {
		.name = "tag-entities",
		.summary = "Write one record per named entity (PER, ORG, LOC, MISC) in the text.",
		.options_help =
			"  -m MODEL      default, open (CC-licensed data only) or a model file\n"
			"  -g FILE       extra names, TYPE<TAB>phrase lines; they override the model\n"
			"  -p TYPE=REGEX tag every match of a PCRE2 pattern as TYPE\n",
		.shortopts = "m:g:p:",
		.option = option,
		.start = start,
		.columns = columns,
		.record = tag_record,
		.finish = finish,
	};
	return nf_main(&tool, argc, argv);
}
