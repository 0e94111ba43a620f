/* tagger.c: tag-entities' tagging of a text: token scores (the part that
 * depends on a word form alone cached per form), Viterbi decoding per
 * sentence, and with document votes a second pass over the text once all
 * of it has had a first guess. */
#include <stdlib.h>
#include <string.h>

#include "newsfilter/buf.h"
#include "newsfilter/entities.h"
#include "newsfilter/sentences.h"

#define C NF_ENT_CLASSES
#define WIN (2 * NF_ENT_WINDOW + 1)

/* A word form's lexical data and, for each window offset, the sum of the
 * weights of its features there: most features of a token cost one cache
 * look-up per word, not one table look-up per feature. Four ways per set,
 * the least recently used replaced. */
struct wentry {
	uint64_t key;            /* hash of the bytes; 0: empty */
	uint32_t len, used;
	uint64_t hw, hl, hs, cls;
	uint8_t wlen, flags;
	int32_t v[WIN][C];
};
#define NWAYS 4
#define NSETS 8192          /* 13 MB in all, touched only as words come */

/* What the second pass needs of a token besides its scores. */
struct vtok {
	uint64_t hl, hs;
	uint8_t flags, len;
};

struct nf_ent_state {
	const struct nf_ent_model *m;
	struct wentry *cache;
	uint32_t clock;          /* for the cache's least recently used */
	int32_t edge[WIN][C];    /* a window position outside the sentence */
	struct nf_ent_tok *et;   /* one sentence */
	size_t etcap;
	int32_t *local;          /* every token of the text: its scores without votes */
	struct vtok *vt;
	uint32_t *vh;            /* every token: a hash of its vote features */
	size_t lcap;
	int32_t *sc;             /* one sentence: scores with votes */
	unsigned char *first;    /* one sentence: the first pass's tags */
	unsigned char *modes;    /* per sentence */
	size_t mcap;
};

/* 16 classes and one: a loop of 16 is one the compiler vectorizes */
static inline void add_row(int32_t *sc, const int16_t *r)
{
	for (int q = 0; q < 16; q++)
		sc[q] += r[q];
	sc[16] += r[16];
}

static inline void add_vec(int32_t *sc, const int32_t *v)
{
	for (int q = 0; q < 16; q++)
		sc[q] += v[q];
	sc[16] += v[16];
}

/* Add the weights of features f[0..k) to sc; the look-ups are issued
 * together (the table is megabytes, each a cache miss). */
static void add_features(const struct nf_ent_model *m, const uint32_t *f, size_t k, int32_t *sc)
{
	for (size_t j = 0; j < k; j++)
		__builtin_prefetch(m->slots + 2 * (((uint64_t)f[j] * m->fcap) >> 32));
	const int16_t *rows[NF_ENT_MAXFEAT + 16];
	size_t nr = 0;
	for (size_t j = 0; j < k; j++) {
		const int16_t *r = nf_ent_model_row(m, f[j]);
		if (r) {
			__builtin_prefetch(r);
			rows[nr++] = r;
		}
	}
	for (size_t j = 0; j < nr; j++)
		add_row(sc, rows[j]);
}

struct nf_ent_state *nf_ent_state_new(const struct nf_ent_model *m)
{
	struct nf_ent_state *st = nf_xcalloc(1, sizeof *st);
	st->m = m;
	for (int o = -NF_ENT_WINDOW; o <= NF_ENT_WINDOW; o++) {
		uint32_t f = nf_ent_edge_feature(o);
		if (o)
			add_features(m, &f, 1, st->edge[o + NF_ENT_WINDOW]);
	}
	return st;
}

void nf_ent_state_free(struct nf_ent_state *st)
{
	if (!st)
		return;
	free(st->cache);
	free(st->et);
	free(st->local);
	free(st->vt);
	free(st->vh);
	free(st->sc);
	free(st->first);
	free(st->modes);
	free(st);
}

static const struct wentry *word_entry(struct nf_ent_state *st, const char *s, size_t len)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 0x100000001b3ULL;
	h = (h ^ (h >> 29)) | 1;
	if (!st->cache)
		st->cache = nf_xcalloc((size_t)NSETS * NWAYS, sizeof *st->cache);
	struct wentry *set = &st->cache[(h & (NSETS - 1)) * NWAYS], *e = set;
	uint32_t now = ++st->clock;
	for (int k = 0; k < NWAYS; k++) {
		if (set[k].key == h && set[k].len == len) {
			set[k].used = now;
			return &set[k];
		}
		if (set[k].used < e->used)
			e = &set[k];
	}
	struct nf_ent_word w;
	nf_ent_word_prepare(&w, s, len, &st->m->classes);
	e->key = h;
	e->len = (uint32_t)len;
	e->used = now;
	e->hw = w.hw;
	e->hl = w.hl;
	e->hs = w.hs;
	e->cls = w.cls;
	e->wlen = w.len;
	e->flags = w.flags;
	memset(e->v, 0, sizeof e->v);
	uint32_t f[NF_ENT_MAXFEAT];
	for (int o = -NF_ENT_WINDOW; o <= NF_ENT_WINDOW; o++) {
		size_t k = nf_ent_word_features(&w, o, f);
		add_features(st->m, f, k, e->v[o + NF_ENT_WINDOW]);
	}
	return e;
}

static void grow(struct nf_ent_state *st, size_t ntext, size_t nsent, size_t maxsent)
{
	if (ntext > st->lcap) {
		st->lcap = ntext;
		st->local = nf_xrealloc(st->local, ntext * C * sizeof *st->local);
		st->vt = nf_xrealloc(st->vt, ntext * sizeof *st->vt);
		st->vh = nf_xrealloc(st->vh, ntext * sizeof *st->vh);
	}
	if (maxsent > st->etcap) {
		st->etcap = maxsent;
		st->et = nf_xrealloc(st->et, maxsent * sizeof *st->et);
		st->sc = nf_xrealloc(st->sc, maxsent * C * sizeof *st->sc);
		st->first = nf_xrealloc(st->first, maxsent);
	}
	if (nsent > st->mcap) {
		st->mcap = nsent;
		st->modes = nf_xrealloc(st->modes, nsent);
	}
}

/* Scores of the tokens of one sentence, without votes, into local. */
static void score_sentence(struct nf_ent_state *st, const char *text, const struct nf_token *toks,
	size_t n, int32_t *local, struct vtok *vt, unsigned char *mode)
{
	struct nf_ent_tok *et = st->et;
	memset(local, 0, n * C * sizeof *local);
	for (size_t j = 0; j < n; j++) {
		const struct wentry *e = word_entry(st, text + toks[j].start, toks[j].end - toks[j].start);
		et[j].w.hw = e->hw;
		et[j].w.hl = e->hl;
		et[j].w.hs = e->hs;
		et[j].w.cls = e->cls;
		et[j].w.len = e->wlen;
		et[j].w.flags = e->flags;
		/* word j is at offset o of token j - o */
		for (int o = -NF_ENT_WINDOW; o <= NF_ENT_WINDOW; o++) {
			if ((o > 0 && j < (size_t)o) || (o < 0 && j - (size_t)o >= n))
				continue;
			int32_t *d = local + (j - (size_t)o) * C;
			add_vec(d, e->v[o + NF_ENT_WINDOW]);
		}
	}
	/* window positions outside the sentence */
	for (size_t i = 0; i < n && i < NF_ENT_WINDOW; i++)
		for (int o = -NF_ENT_WINDOW; o < -(int)i; o++)
			add_vec(local + i * C, st->edge[o + NF_ENT_WINDOW]);
	for (size_t i = n > NF_ENT_WINDOW ? n - NF_ENT_WINDOW : 0; i < n; i++)
		for (int o = (int)(n - i); o <= NF_ENT_WINDOW; o++)
			add_vec(local + i * C, st->edge[o + NF_ENT_WINDOW]);
	nf_ent_gaz_mark(&st->m->gaz, et, n);
	*mode = (unsigned char)nf_ent_sentence_mode(et, n);
	uint32_t f[NF_ENT_MAXFEAT];
	for (size_t i = 0; i < n; i++) {
		size_t k = nf_ent_context_features(et, n, i, *mode, f);
		add_features(st->m, f, k, local + i * C);
		vt[i] = (struct vtok){ et[i].w.hl, et[i].w.hs, et[i].w.flags, et[i].w.len };
	}
}

/* The tokens of a sentence as the document memory sees them. */
static void vote_tokens(struct nf_ent_tok *et, const struct vtok *vt, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		memset(&et[i].w, 0, sizeof et[i].w);
		et[i].w.hl = vt[i].hl;
		et[i].w.hs = vt[i].hs;
		et[i].w.flags = vt[i].flags;
		et[i].w.len = vt[i].len;
	}
}

/* Scores with votes: local plus the vote features of each token, its own
 * tag (when it has one, in the second pass) left out. The features of
 * each token are remembered as a hash in vh; returns whether any differs
 * from what vh held. */
static int add_votes(struct nf_ent_state *st, const struct nf_ent_doc *doc, const int32_t *local,
	size_t n, int mode, const unsigned char *own, uint32_t *vh, int32_t *sc)
{
	struct nf_ent_tok *et = st->et;
	memcpy(sc, local, n * C * sizeof *sc);
	nf_ent_doc_lookup(doc, et, n);
	uint32_t f[16];
	int changed = 0;
	for (size_t i = 0; i < n; i++) {
		if (own)
			nf_ent_doc_unvote(&et[i], own[i]);
		size_t k = nf_ent_vote_features(et, i, mode, own, f);
		uint32_t h = 0;
		for (size_t j = 0; j < k; j++)
			h = (h ^ f[j]) * 0x01000193u;
		changed |= h != vh[i];
		vh[i] = h;
		if (k)
			add_features(st->m, f, k, sc + i * C);
	}
	return changed;
}

void nf_ent_tag(struct nf_ent_state *st, struct nf_ent_doc *doc, const char *text,
	const struct nf_token *toks, size_t n, const size_t *sent, size_t nsent,
	unsigned char *tags)
{
	const struct nf_ent_model *m = st->m;
	int votes = (m->options & NF_ENT_OPT_VOTES) != 0;
	size_t maxsent = 1;
	for (size_t k = 0; k < nsent; k++)
		if (sent[k + 1] - sent[k] > maxsent)
			maxsent = sent[k + 1] - sent[k];
	grow(st, n ? n : 1, nsent ? nsent : 1, maxsent);
	/* first pass: each sentence with what the document said before it */
	for (size_t k = 0; k < nsent; k++) {
		size_t a = sent[k], b = sent[k + 1];
		score_sentence(st, text, toks + a, b - a, st->local + a * C, st->vt + a, &st->modes[k]);
		if (!votes) {
			nf_ent_decode(m, st->local + a * C, b - a, tags + a);
			continue;
		}
		vote_tokens(st->et, st->vt + a, b - a);
		add_votes(st, doc, st->local + a * C, b - a, st->modes[k], NULL, st->vh + a, st->sc);
		nf_ent_decode(m, st->sc, b - a, tags + a);
		nf_ent_doc_count(doc, st->et, tags + a, b - a, 1);
	}
	if (!votes)
		return;
	/* second pass: with the votes of the whole text; then the document
	 * keeps the second guesses instead of the first */
	unsigned char *first = st->first;
	for (size_t k = 0; k < nsent; k++) {
		size_t a = sent[k], b = sent[k + 1];
		vote_tokens(st->et, st->vt + a, b - a);
		memcpy(first, tags + a, b - a);
		/* the same features give the same tags */
		if (!add_votes(st, doc, st->local + a * C, b - a, st->modes[k], first, st->vh + a,
			       st->sc))
			continue;
		nf_ent_decode(m, st->sc, b - a, tags + a);
		vote_tokens(st->et, st->vt + a, b - a);
		nf_ent_doc_count(doc, st->et, first, b - a, -1);
		nf_ent_doc_count(doc, st->et, tags + a, b - a, 1);
	}
}

const unsigned char *nf_ent_state_modes(const struct nf_ent_state *st)
{
	return st->modes;
}

const int32_t *nf_ent_state_scores(const struct nf_ent_state *st)
{
	return st->local;
}

/* ---- the tagger ---- */

#define MAXSENT 200   /* a longer sentence is a list or a table: cut it */

struct nf_tagger {
	const struct nf_ent_model *m;
	struct nf_ent_state *st;
	struct nf_token *toks;
	size_t tcap;
	size_t *sent;
	size_t scap;
	unsigned char *tags;
	size_t tagcap;
	struct nf_entity *ents;
	size_t entcap;
	struct nf_ent_doc doc;
};

struct nf_tagger *nf_tagger_new(const struct nf_ent_model *m)
{
	struct nf_tagger *tg = nf_xcalloc(1, sizeof *tg);
	tg->m = m;
	tg->st = nf_ent_state_new(m);
	return tg;
}

void nf_tagger_free(struct nf_tagger *tg)
{
	if (!tg)
		return;
	nf_ent_state_free(tg->st);
	free(tg->toks);
	free(tg->sent);
	free(tg->tags);
	free(tg->ents);
	free(tg);
}

void nf_tagger_new_doc(struct nf_tagger *tg)
{
	nf_ent_doc_clear(&tg->doc);
}

size_t nf_tagger_run(struct nf_tagger *tg, const char *text, size_t len,
	const struct nf_entity **ents, const struct nf_token **toks, size_t *ntoks)
{
	size_t n = nf_tokenize(text, len, &tg->toks, &tg->tcap);
	/* sentences: tokens that start before the sentence's end, at most
	 * MAXSENT of them */
	size_t ns = 0, pos = 0, ss, se = 0;
	for (size_t s = 0; s < n;) {
		while (se <= tg->toks[s].start && nf_sentence_next(text, len, pos, &ss, &se))
			pos = se;
		if (se <= tg->toks[s].start)
			se = len;
		size_t e = s + 1;
		while (e < n && tg->toks[e].start < se && e - s < MAXSENT)
			e++;
		if (ns + 2 > tg->scap) {
			tg->scap = tg->scap ? tg->scap * 2 : 64;
			tg->sent = nf_xrealloc(tg->sent, tg->scap * sizeof *tg->sent);
		}
		tg->sent[ns++] = s;
		s = e;
	}
	if (!tg->sent) {
		tg->scap = 2;
		tg->sent = nf_xmalloc(2 * sizeof *tg->sent);
	}
	tg->sent[ns] = n;
	if (n > tg->tagcap) {
		tg->tagcap = n;
		tg->tags = nf_xrealloc(tg->tags, n);
		tg->entcap = n;
		tg->ents = nf_xrealloc(tg->ents, n * sizeof *tg->ents);
	}
	nf_ent_tag(tg->st, &tg->doc, text, tg->toks, n, tg->sent, ns, tg->tags);
	const unsigned char *modes = nf_ent_state_modes(tg->st);
	size_t ne = 0;
	for (size_t k = 0; k < ns; k++) {
		size_t a = tg->sent[k], b = tg->sent[k + 1];
		size_t q = nf_ent_spans(tg->tags + a, b - a, tg->ents + ne);
		for (size_t j = ne; j < ne + q; j++) {
			struct nf_entity *x = &tg->ents[j];
			x->headline = modes[k] != 0;
			x->tok_start += a;
			x->tok_end += a;
			x->start = tg->toks[x->tok_start].start;
			x->end = tg->toks[x->tok_end - 1].end;
		}
		ne += q;
	}
	*ents = tg->ents;
	*toks = tg->toks;
	*ntoks = n;
	return ne;
}
