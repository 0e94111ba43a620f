/* names.c: the mentions of one document, held in one arena, and the
 * resolution of each to the fullest form of its name. Mentions are indexed
 * by string hashes (chained through next[]), so that resolving a document
 * costs about one pass over it, not one per pair of mentions. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "newsfilter/buf.h"
#include "newsfilter/names.h"
#include "newsfilter/utf8.h"

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

struct index {
	size_t *head, *next, cap;
};

struct keyed {
	uint64_t key;
	size_t i;
};

struct nf_names {
	struct nf_buf arena;
	struct mention *ments;
	size_t nments, mentcap;
	int ended;           /* nf_names_end was called: the next add starts afresh */
	uint64_t *k_text, *k_last, *k_init, *k_first;
	struct index by_text, by_last, by_init, by_first;
	struct nf_mention *out;
	size_t outcap;
	struct keyed *keyed;     /* for grouping mentions by form */
	size_t *rep;
};

#define NONE ((size_t)-1)

struct nf_names *nf_names_new(void)
{
	struct nf_names *nm = nf_xcalloc(1, sizeof *nm);
	nf_buf_grow(&nm->arena, 1);  /* never a null arena, even with no text */
	return nm;
}

static void index_free(struct index *x)
{
	free(x->head);
	free(x->next);
}

void nf_names_free(struct nf_names *nm)
{
	if (!nm)
		return;
	nf_buf_free(&nm->arena);
	free(nm->ments);
	free(nm->k_text);
	free(nm->k_last);
	free(nm->k_init);
	free(nm->k_first);
	index_free(&nm->by_text);
	index_free(&nm->by_last);
	index_free(&nm->by_init);
	index_free(&nm->by_first);
	free(nm->out);
	free(nm->keyed);
	free(nm->rep);
	free(nm);
}

size_t nf_names_held(const struct nf_names *nm, size_t *bytes)
{
	*bytes = nm->ended ? 0 : nm->arena.len;
	return nm->ended ? 0 : nm->nments;
}

static size_t arena_add(struct nf_names *nm, const void *p, size_t n)
{
	size_t off = nm->arena.len;
	nf_buf_add(&nm->arena, p, n);
	return off;
}

static struct mention *new_mention(struct nf_names *nm)
{
	if (nm->nments == nm->mentcap) {
		nm->mentcap = nm->mentcap ? nm->mentcap * 2 : 256;
		nm->ments = nf_xrealloc(nm->ments, nm->mentcap * sizeof *nm->ments);
	}
	struct mention *m = nm->ments + nm->nments++;
	memset(m, 0, sizeof *m);
	m->name = -1;
	return m;
}

void nf_names_add(struct nf_names *nm, size_t rec, size_t base, const char *text,
	size_t len, const struct nf_entity *ents, size_t nents,
	const struct nf_token *toks, size_t ntoks)
{
	if (nm->ended) {
		nm->nments = 0;
		nm->arena.len = 0;
		nm->ended = 0;
	}
	/* capitalised words outside entities, for surname linking */
	size_t cp = base, at = 0, si = 0;
	for (size_t i = 0; i < ntoks; i++) {
		while (si < nents && ents[si].end <= toks[i].start)
			si++;
		int inside = si < nents && ents[si].start < toks[i].end;
		const char *w = text + toks[i].start;
		if (inside || toks[i].kind != NF_TOK_WORD || !(w[0] >= 'A' && w[0] <= 'Z') ||
		    toks[i].end - toks[i].start < 3 || (toks[i].flags & NF_TOKF_ALLUPPER))
			continue;
		struct mention *m = new_mention(nm);
		m->candidate = 1;
		m->rec = rec;
		cp += nf_utf8_count(text + at, toks[i].start - at);
		at = toks[i].start;
		m->start = cp;
		m->end = cp + nf_utf8_count(w, toks[i].end - toks[i].start);
		m->text = arena_add(nm, w, toks[i].end - toks[i].start);
		m->len = toks[i].end - toks[i].start;
		m->ntok = 1;
		m->first = m->last = m->text;
		m->first_len = m->last_len = m->len;
		m->first_end = m->end;
	}
	cp = base;
	at = 0;
	for (size_t i = 0; i < nents; i++) {
		const struct nf_entity *s = ents + i;
		if (s->start >= s->end || s->end > len)
			continue;
		struct mention *m = new_mention(nm);
		m->rec = rec;
		m->type = s->type;
		m->headline = s->headline;
		if (s->start < at) {  /* not in order: count from the start */
			cp = base;
			at = 0;
		}
		cp += nf_utf8_count(text + at, s->start - at);
		at = s->start;
		m->start = cp;
		m->end = cp + nf_utf8_count(text + s->start, s->end - s->start);
		/* the text with runs of white space as single spaces */
		m->text = nm->arena.len;
		size_t n = 0;
		int sp = 0;
		for (size_t j = s->start; j < s->end; j++) {
			char c = text[j];
			if (c == ' ' || c == '\t' || c == '\n') {
				sp = 1;
				continue;
			}
			if (sp && n)
				nf_buf_addc(&nm->arena, ' '), n++;
			sp = 0;
			nf_buf_addc(&nm->arena, c);
			n++;
		}
		if (n == 0) {  /* only white space (a -p pattern's match): no name */
			nm->nments--;
			continue;
		}
		m->len = n;
		m->ntok = 1;
		for (size_t j = 0; j < n; j++)
			m->ntok += nm->arena.data[m->text + j] == ' ';
		const char *t = nm->arena.data + m->text;
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
}

static int same(const struct nf_names *nm, size_t a, size_t alen, size_t b, size_t blen)
{
	return alen == blen && memcmp(nm->arena.data + a, nm->arena.data + b, alen) == 0;
}

/* Does mention a's text end with mention b's text, on a word boundary? */
static int ends_with(const struct nf_names *nm, const struct mention *a, const struct mention *b)
{
	if (b->len >= a->len)
		return 0;
	const char *at = nm->arena.data + a->text + a->len - b->len;
	return memcmp(at, nm->arena.data + b->text, b->len) == 0 && at[-1] == ' ';
}

/* NATO <- North Atlantic Treaty Organization */
static int acronym_of(const struct nf_names *nm, const struct mention *acr,
	const struct mention *full)
{
	const char *a = nm->arena.data + acr->text, *f = nm->arena.data + full->text;
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

static uint64_t str_hash(const struct nf_names *nm, size_t off, size_t len)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)nm->arena.data[off + i]) * 0x100000001b3ULL;
	return h;
}

static void index_build(struct index *x, const uint64_t *keys, size_t n)
{
	x->cap = 16;
	while (x->cap < n * 2)
		x->cap *= 2;
	x->head = nf_xrealloc(x->head, x->cap * sizeof *x->head);
	x->next = nf_xrealloc(x->next, (n ? n : 1) * sizeof *x->next);
	for (size_t i = 0; i < x->cap; i++)
		x->head[i] = NONE;
	for (size_t i = n; i-- > 0;) {
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

/* The capitals at the starts of a multi-word mention's words: NATO. */
static uint64_t initials_hash(const struct nf_names *nm, const struct mention *m)
{
	char buf[16];
	size_t k = 0;
	const char *f = nm->arena.data + m->text;
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

static void build_indexes(struct nf_names *nm)
{
	size_t n = nm->nments ? nm->nments : 1;
	nm->k_text = nf_xrealloc(nm->k_text, n * sizeof *nm->k_text);
	nm->k_last = nf_xrealloc(nm->k_last, n * sizeof *nm->k_last);
	nm->k_init = nf_xrealloc(nm->k_init, n * sizeof *nm->k_init);
	nm->k_first = nf_xrealloc(nm->k_first, n * sizeof *nm->k_first);
	for (size_t i = 0; i < nm->nments; i++) {
		const struct mention *m = nm->ments + i;
		nm->k_text[i] = m->candidate ? 0 : str_hash(nm, m->text, m->len) | 1;
		nm->k_last[i] = m->candidate ? 0 : str_hash(nm, m->last, m->last_len) | 1;
		nm->k_init[i] = m->candidate ? 0 : initials_hash(nm, m);
		nm->k_first[i] = m->candidate || m->type != NF_ENT_PER || m->ntok < 2 ? 0 :
			str_hash(nm, m->first, m->first_len) | 1;
	}
	index_build(&nm->by_text, nm->k_text, nm->nments);
	index_build(&nm->by_last, nm->k_last, nm->nments);
	index_build(&nm->by_init, nm->k_init, nm->nments);
	index_build(&nm->by_first, nm->k_first, nm->nments);
}

/* Each rule below gives the same answer for two mentions of the same form
 * (the same text, and for the last rule the same type), so it is worked
 * out once per form: a document that repeats one name ten thousand times
 * costs ten thousand steps, not a hundred million. rep[i] is the first
 * mention of i's form among those the rule looks at (i itself for the
 * first, NONE for a mention it skips). */
enum { G_CANDIDATE, G_HEADLINE, G_ONEWORD, G_ANY };

static int in_group(const struct mention *m, int g)
{
	switch (g) {
	case G_CANDIDATE: return m->candidate;
	case G_HEADLINE: return !m->candidate && m->headline && m->ntok >= 2;
	case G_ONEWORD: return !m->candidate && m->type != NF_ENT_PER && m->ntok == 1;
	default: return !m->candidate;
	}
}

static int cmp_keyed(const void *x, const void *y)
{
	const struct keyed *a = x, *b = y;
	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return a->i < b->i ? -1 : a->i > b->i;
}

static void group(struct nf_names *nm, int g)
{
	size_t n = 0, cap = nm->nments ? nm->nments : 1;
	nm->keyed = nf_xrealloc(nm->keyed, cap * sizeof *nm->keyed);
	nm->rep = nf_xrealloc(nm->rep, cap * sizeof *nm->rep);
	for (size_t i = 0; i < nm->nments; i++) {
		const struct mention *m = nm->ments + i;
		nm->rep[i] = NONE;
		if (!in_group(m, g))
			continue;
		uint64_t k = str_hash(nm, m->text, m->len);
		if (g == G_ANY)
			k = (k ^ (uint64_t)m->type) * 0x100000001b3ULL;
		nm->keyed[n++] = (struct keyed){ k, i };
	}
	if (n > 1)
		qsort(nm->keyed, n, sizeof *nm->keyed, cmp_keyed);
	/* in a run of one key, by index: each joins the first earlier
	 * mention of its form (another form in the run is a hash collision) */
	for (size_t a = 0, b; a < n; a = b) {
		for (b = a + 1; b < n && nm->keyed[b].key == nm->keyed[a].key; b++)
			;
		for (size_t k = a; k < b; k++) {
			const struct mention *m = nm->ments + nm->keyed[k].i;
			size_t r = nm->keyed[k].i;
			for (size_t j = a; j < k; j++) {
				const struct mention *p = nm->ments + nm->keyed[j].i;
				if (nm->rep[nm->keyed[j].i] == nm->keyed[j].i &&
				    (g != G_ANY || p->type == m->type) &&
				    same(nm, p->text, p->len, m->text, m->len)) {
					r = nm->keyed[j].i;
					break;
				}
			}
			nm->rep[nm->keyed[k].i] = r;
		}
	}
}

/* Capitalised words outside entities that are the surname of a person
 * named in full elsewhere in the document become PER. */
static void surnames(struct nf_names *nm)
{
	struct mention *ments = nm->ments;
	group(nm, G_CANDIDATE);
	for (size_t i = 0; i < nm->nments; i++) {
		struct mention *c = ments + i;
		if (!c->candidate || nm->rep[i] == NONE)
			continue;
		if (nm->rep[i] != i) {
			const struct mention *r = ments + nm->rep[i];
			c->candidate = r->candidate;
			c->type = r->type;
			continue;
		}
		uint64_t key = str_hash(nm, c->text, c->len) | 1;
		for (size_t j = index_first(&nm->by_last, key); j != NONE; j = nm->by_last.next[j]) {
			const struct mention *p = ments + j;
			if (nm->k_last[j] == key && p->type == NF_ENT_PER && p->ntok >= 2 &&
			    same(nm, p->last, p->last_len, c->text, c->len)) {
				c->candidate = 0;
				c->type = NF_ENT_PER;
				break;
			}
		}
	}
}

/* Headlines are tagged less reliably than body text: a headline mention
 * that starts with a word the body tags on its own (Kyiv in "Kyiv Pushes
 * Back") and that the body never uses as a whole is cut down to that word.
 * Whether headline mention i is cut, and to which type (*best). */
static int headline_cut(const struct nf_names *nm, size_t i, int *best)
{
	const struct mention *ments = nm->ments, *m = ments + i;
	const uint64_t *k_text = nm->k_text;
	size_t by[NF_ENT_NTYPES] = { 0 }, whole = 0;
	for (size_t j = index_first(&nm->by_text, k_text[i]); j != NONE; j = nm->by_text.next[j]) {
		const struct mention *p = ments + j;
		if (k_text[j] == k_text[i] && !p->headline && same(nm, p->text, p->len, m->text, m->len))
			whole++;
	}
	uint64_t fk = str_hash(nm, m->first, m->first_len) | 1;
	for (size_t j = index_first(&nm->by_text, fk); j != NONE; j = nm->by_text.next[j]) {
		const struct mention *p = ments + j;
		if (k_text[j] == fk && !p->headline && p->ntok == 1 &&
		    same(nm, p->text, p->len, m->first, m->first_len))
			by[p->type]++;
	}
	*best = 0;
	for (int t = 1; t < NF_ENT_NTYPES; t++)
		if (by[t] > by[*best])
			*best = t;
	return whole == 0 && by[*best] >= 2;
}

static void headlines(struct nf_names *nm)
{
	struct mention *ments = nm->ments;
	group(nm, G_HEADLINE);
	for (size_t i = 0; i < nm->nments; i++) {
		struct mention *m = ments + i;
		size_t r = nm->rep[i];
		int best, cut;
		if (r == NONE)
			continue;
		if (r == i) {
			cut = headline_cut(nm, i, &best);
		} else {  /* the first of its form was cut, or not */
			cut = ments[r].ntok == 1;
			best = ments[r].type;
		}
		if (cut) {
			m->type = best;
			m->len = m->first_len;
			m->last = m->first;
			m->last_len = m->first_len;
			m->ntok = 1;
			m->end = m->first_end;
		}
	}
}

/* A one-word mention of another type that is a person's surname. */
static void retype_surnames(struct nf_names *nm)
{
	struct mention *ments = nm->ments;
	const uint64_t *k_text = nm->k_text, *k_last = nm->k_last;
	group(nm, G_ONEWORD);
	for (size_t i = 0; i < nm->nments; i++) {
		struct mention *m = ments + i;
		if (nm->rep[i] == NONE)
			continue;
		if (nm->rep[i] != i) {
			/* the first of its form saw the most others of its text:
			 * once it became PER, each later one does too */
			if (ments[nm->rep[i]].type == NF_ENT_PER)
				m->type = NF_ENT_PER;
			continue;
		}
		size_t per = 0, other = 0;
		for (size_t j = index_first(&nm->by_last, k_text[i]); j != NONE; j = nm->by_last.next[j]) {
			const struct mention *p = ments + j;
			if (k_last[j] == k_text[i] && p->type == NF_ENT_PER && p->ntok >= 2 &&
			    same(nm, p->last, p->last_len, m->text, m->len))
				per++;
		}
		for (size_t j = index_first(&nm->by_text, k_text[i]); j != NONE; j = nm->by_text.next[j]) {
			const struct mention *p = ments + j;
			if (k_text[j] == k_text[i] && p->type != NF_ENT_PER &&
			    same(nm, p->text, p->len, m->text, m->len))
				other++;
		}
		if (per && per * 2 >= other)
			m->type = NF_ENT_PER;
	}
}

/* The fullest form: the longest mention of the same type that ends with
 * this one (Putin -> Vladimir Putin), or whose initials it is. */
static void fullest(struct nf_names *nm)
{
	struct mention *ments = nm->ments;
	const uint64_t *k_text = nm->k_text, *k_last = nm->k_last;
	group(nm, G_ANY);
	for (size_t i = 0; i < nm->nments; i++) {
		struct mention *m = ments + i;
		if (nm->rep[i] == NONE)
			continue;
		if (nm->rep[i] != i) {
			const struct mention *r = ments + nm->rep[i];
			m->name = r->name;
			m->name_off = r->name_off;
			m->name_len = r->name_len;
			continue;
		}
		long best = -1;
		/* an acronym's expansion first: RCMP -> Royal Canadian Mounted Police */
		if (m->type != NF_ENT_PER && m->ntok == 1)
			for (size_t j = index_first(&nm->by_init, k_text[i]); j != NONE; j = nm->by_init.next[j]) {
				const struct mention *c = ments + j;
				if (nm->k_init[j] != k_text[i] || c->type != m->type || !acronym_of(nm, m, c))
					continue;
				if (best < 0 || c->ntok > ments[best].ntok)
					best = (long)j;
			}
		if (best < 0)
			for (size_t j = index_first(&nm->by_last, k_last[i]); j != NONE; j = nm->by_last.next[j]) {
				const struct mention *c = ments + j;
				if (k_last[j] != k_last[i] || c->type != m->type || c->ntok <= m->ntok ||
				    !ends_with(nm, c, m))
					continue;
				if (best < 0 || c->ntok > ments[best].ntok)
					best = (long)j;
			}
		/* a first name alone names the one person of the document who
		 * has it (Paweł -> Paweł Adamowicz) */
		if (best < 0 && m->type == NF_ENT_PER && m->ntok == 1) {
			for (size_t j = index_first(&nm->by_first, k_text[i]); j != NONE; j = nm->by_first.next[j]) {
				const struct mention *c = ments + j;
				if (nm->k_first[j] != k_text[i] ||
				    !same(nm, c->first, c->first_len, m->text, m->len))
					continue;
				if (best >= 0 && !same(nm, c->text, c->len, ments[best].text, ments[best].len)) {
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

size_t nf_names_end(struct nf_names *nm, const struct nf_mention **out)
{
	if (nm->ended)
		nm->nments = 0;
	build_indexes(nm);
	surnames(nm);
	headlines(nm);
	build_indexes(nm);  /* the headline rule changed some texts */
	retype_surnames(nm);
	fullest(nm);
	if (nm->nments > 1)
		qsort(nm->ments, nm->nments, sizeof *nm->ments, cmp_mention);
	if (nm->nments > nm->outcap) {
		nm->outcap = nm->nments;
		nm->out = nf_xrealloc(nm->out, nm->outcap * sizeof *nm->out);
	}
	size_t n = 0;
	for (size_t i = 0; i < nm->nments; i++) {
		const struct mention *m = nm->ments + i;
		if (m->candidate)
			continue;
		nm->out[n++] = (struct nf_mention){
			.rec = m->rec, .start = m->start, .end = m->end, .type = m->type,
			.text = nm->arena.data + m->text, .len = m->len,
			.name = nm->arena.data + m->name_off, .name_len = m->name_len,
		};
	}
	nm->ended = 1;
	*out = nm->out;
	return n;
}
