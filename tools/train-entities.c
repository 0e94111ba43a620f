/* train-entities: train the tag-entities model (a greedy averaged perceptron
 * over BILOU tags) from CoNLL-format files, or tag such a file for scoring. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "newsfilter/buf.h"
#include "newsfilter/conll.h"
#include "newsfilter/entities.h"
#include "newsfilter/input.h"
#include "newsfilter/msg.h"
#include "newsfilter/tokens.h"

static const char *prog = "train-entities";

static void die(const char *fmt, const char *arg)
{
	fprintf(stderr, "%s: ", prog);
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	exit(2);
}

/* ---- corpus ---- */

struct sent {
	size_t tok;        /* first token in the corpus arrays */
	size_t n;
	int doc_start;     /* a document starts here */
};

struct corpus {
	struct nf_buf text;       /* token strings, NUL-separated */
	size_t *toff;             /* token string offsets */
	unsigned char *gold;
	struct nf_ent_tok *et;
	size_t ntok, tcap;
	struct sent *s;
	size_t ns, scap;
};

static void add_token(struct corpus *c, const char *w, size_t len, int cls)
{
	if (c->ntok == c->tcap) {
		c->tcap = c->tcap ? c->tcap * 2 : 65536;
		c->toff = nf_xrealloc(c->toff, c->tcap * sizeof *c->toff);
		c->gold = nf_xrealloc(c->gold, c->tcap);
	}
	c->toff[c->ntok] = c->text.len;
	nf_buf_add(&c->text, w, len);
	nf_buf_addc(&c->text, 0);
	c->gold[c->ntok++] = (unsigned char)cls;
}

static void add_sent(struct corpus *c, size_t first, int doc_start)
{
	if (c->ntok == first)
		return;
	if (c->ns == c->scap) {
		c->scap = c->scap ? c->scap * 2 : 4096;
		c->s = nf_xrealloc(c->s, c->scap * sizeof *c->s);
	}
	c->s[c->ns].tok = first;
	c->s[c->ns].n = c->ntok - first;
	c->s[c->ns].doc_start = doc_start;
	c->ns++;
}

/* Titles (the TITLE lines of the gazetteers), lower case, to strip from the
 * front of PER spans: CoNLL-2003 leaves them out, GUM puts them in. */
static char **titles;
static size_t ntitles;

static int is_title(const char *w)
{
	for (size_t i = 0; i < ntitles; i++) {
		const char *a = titles[i], *b = w;
		while (*a && *b && (*a == *b || (*b >= 'A' && *b <= 'Z' && *a == *b + 32)))
			a++, b++;
		if (!*a && !*b)
			return 1;
	}
	return 0;
}

/* Make PER spans start after their titles. iob: type*2+inside, -1 for O. */
static void strip_titles(const struct corpus *c, size_t first, int *iob, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (iob[i] < 0 || iob[i] >> 1 != NF_ENT_PER || (iob[i] & 1))
			continue;
		while (i + 1 < n && iob[i + 1] == NF_ENT_PER * 2 + 1 &&
		       is_title(c->text.data + c->toff[first + i])) {
			iob[i] = -1;
			iob[i + 1] = NF_ENT_PER * 2;
			i++;
		}
	}
}

/* IOB tags of a sentence (as type*2+inside, -1 for O) to BILOU classes. */
static void iob_to_bilou(unsigned char *g, const int *iob, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (iob[i] < 0) {
			g[i] = 0;
			continue;
		}
		int t = iob[i] >> 1;
		int begins = !(iob[i] & 1) || i == 0 || iob[i - 1] < 0 || (iob[i - 1] >> 1) != t;
		int ends = i + 1 == n || iob[i + 1] < 0 || (iob[i + 1] >> 1) != t || !(iob[i + 1] & 1);
		g[i] = (unsigned char)(begins ? (ends ? NF_ENT_U(t) : NF_ENT_B(t))
			: (ends ? NF_ENT_L(t) : NF_ENT_I(t)));
	}
}

/* The CoNLL-2003 copy has no -DOCSTART- lines; its articles start with a
 * headline and a dateline ("LONDON 1996-08-30"), which give them back. */
static int is_date(const char *w)
{
	static const char pat[] = "dddd-dd-dd";
	for (int i = 0; pat[i]; i++)
		if (pat[i] == 'd' ? !(w[i] >= '0' && w[i] <= '9') : w[i] != pat[i])
			return 0;
	return w[10] == 0;
}

static void find_datelines(struct corpus *c, size_t from)
{
	for (size_t s = from + 1; s < c->ns; s++) {
		const struct sent *x = c->s + s;
		if (x->n <= 8 && is_date(c->text.data + c->toff[x->tok + x->n - 1]))
			c->s[s - 1].doc_start = 1;
	}
}

static void read_conll(struct corpus *c, const char *path)
{
	struct nf_input *in = nf_input_open(path);
	if (!in)
		exit(2);
	struct nf_conll r;
	nf_conll_init(&r, in);
	int *iob = NULL, doc_start, k;
	size_t icap = 0, first_sent = c->ns;
	while ((k = nf_conll_next(&r, &doc_start)) > 0) {
		size_t first = c->ntok, n = r.n;
		if (icap < n) {
			icap = n * 2;
			iob = nf_xrealloc(iob, icap * sizeof *iob);
		}
		for (size_t i = 0; i < n; i++) {
			const struct nf_conll_tok *t = &r.toks[i];
			iob[i] = t->type < 0 ? -1 : t->type * 2 + t->inside;
			add_token(c, t->word, t->len, 0);
		}
		if (ntitles)
			strip_titles(c, first, iob, n);
		iob_to_bilou(c->gold + first, iob, n);
		add_sent(c, first, doc_start);
	}
	if (k < 0)
		exit(1);  /* a bad line: training on part of a file is no good */
	if (!r.saw_docstart)
		find_datelines(c, first_sent);
	nf_conll_free(&r);
	free(iob);
	if (nf_input_close(in) != 0)
		exit(1);  /* a read error or corrupt gzip data, reported */
}

static void corpus_free(struct corpus *c)
{
	nf_buf_free(&c->text);
	free(c->toff);
	free(c->gold);
	free(c->et);
	free(c->s);
}

static void prepare(struct corpus *c, const struct nf_ent_gaz *gaz)
{
	c->et = nf_xrealloc(c->et, (c->ntok ? c->ntok : 1) * sizeof *c->et);
	for (size_t i = 0; i < c->ntok; i++) {
		const char *w = c->text.data + c->toff[i];
		size_t len = strlen(w);
		nf_ent_tok_prepare(c->et + i, w, len);
		size_t pos = 0;
		struct nf_token t;
		c->et[i].kind = nf_token_next(w, len, &pos, &t) ? t.kind : NF_TOK_PUNCT;
	}
	for (size_t s = 0; s < c->ns; s++)
		nf_ent_gaz_mark(gaz, c->et + c->s[s].tok, c->s[s].n);
}

/* Copies of every k-th sentence in capitals or title case, for headlines. */
static void augment(struct corpus *c, size_t every)
{
	size_t ns = c->ns;
	struct nf_buf w = { 0 };
	for (size_t s = 0; s < ns; s++) {
		int mode = s % every == 0 ? 1 : s % every == every / 2 ? 2 : 0;
		if (!mode)
			continue;
		size_t first = c->ntok;
		for (size_t i = c->s[s].tok; i < c->s[s].tok + c->s[s].n; i++) {
			const char *p = c->text.data + c->toff[i];
			size_t len = strlen(p);
			w.len = 0;
			nf_buf_add(&w, p, len);
			if (mode == 1) {
				for (size_t k = 0; k < len; k++)
					if (w.data[k] >= 'a' && w.data[k] <= 'z')
						w.data[k] -= 32;
			} else if (len > 3 && w.data[0] >= 'a' && w.data[0] <= 'z') {
				w.data[0] -= 32;
			}
			add_token(c, w.data, len, c->gold[i]);
		}
		add_sent(c, first, 1);
	}
	nf_buf_free(&w);
}

/* ---- gazetteer ---- */

struct gaztab {
	uint32_t cap, n;
	uint32_t *keys, *vals;
};

static void gaz_put(struct gaztab *g, uint32_t key, uint32_t bits)
{
	if ((g->n + 1) * 4 > g->cap * 3) {
		struct gaztab o = *g;
		g->cap = o.cap ? o.cap * 2 : 1024;
		g->keys = nf_xcalloc(g->cap, 4);
		g->vals = nf_xcalloc(g->cap, 4);
		g->n = 0;
		for (uint32_t i = 0; i < o.cap; i++)
			if (o.keys[i])
				gaz_put(g, o.keys[i], o.vals[i]);
		free(o.keys);
		free(o.vals);
	}
	uint32_t mask = g->cap - 1, s;
	for (s = key & mask; g->keys[s] && g->keys[s] != key; s = (s + 1) & mask)
		;
	if (!g->keys[s]) {
		g->keys[s] = key;
		g->n++;
	}
	g->vals[s] |= bits;
}

static void read_gazetteer(struct gaztab *g, const char *path)
{
	static const char *const kinds[NF_GAZ_NKINDS] = {
		"LOC", "COUNTRY", "FIRST", "DEMONYM", "ORGSUF", "ORGHEAD", "TITLE", "COMMON" };
	FILE *f = fopen(path, "r");
	if (!f)
		die("cannot open %s", path);
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	struct nf_token *toks = NULL;
	size_t tcap = 0;
	struct nf_ent_tok et[NF_GAZ_MAXLEN];
	while ((len = getline(&line, &cap, f)) > 0) {
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = 0;
		char *tab = strchr(line, '\t');
		if (line[0] == '#' || !tab)
			continue;
		int kind = -1;
		for (int k = 0; k < NF_GAZ_NKINDS; k++)
			if ((size_t)(tab - line) == strlen(kinds[k]) && !memcmp(line, kinds[k], (size_t)(tab - line)))
				kind = k;
		if (kind < 0)
			continue;
		const char *p = tab + 1;
		if (kind == NF_GAZ_TITLE) {
			titles = nf_xrealloc(titles, (ntitles + 1) * sizeof *titles);
			titles[ntitles] = nf_xmalloc(strlen(p) + 1);
			for (size_t i = 0; p[i] || (titles[ntitles][i] = 0); i++)
				titles[ntitles][i] = p[i] >= 'A' && p[i] <= 'Z' ? (char)(p[i] + 32) : p[i];
			ntitles++;
		}
		size_t n = nf_tokenize(p, strlen(p), &toks, &tcap);
		if (n == 0 || n > NF_GAZ_MAXLEN)
			continue;
		for (size_t i = 0; i < n; i++)
			nf_ent_tok_prepare(et + i, p + toks[i].start, toks[i].end - toks[i].start);
		gaz_put(g, nf_ent_phrase_hash(et, n), 1u << kind);
	}
	free(line);
	free(toks);
	fclose(f);
}

/* Words of the training data mostly written in lower case (not at the start
 * of a sentence) join the gazetteer as NF_GAZ_COMMON: a capitalised one in
 * a headline is probably not a name. */
static void add_common_words(struct gaztab *g, const struct corpus *c)
{
	struct gaztab low = { 0 }, cap = { 0 };
	struct nf_ent_tok t;
	for (size_t s = 0; s < c->ns; s++)
		for (size_t i = c->s[s].tok + 1; i < c->s[s].tok + c->s[s].n; i++) {
			const char *w = c->text.data + c->toff[i];
			nf_ent_tok_prepare(&t, w, strlen(w));
			if (t.len < 2 || t.flags & NF_TOKF_DIGIT)
				continue;
			if (t.flags & NF_TOKF_UPPER1)
				gaz_put(&cap, nf_ent_phrase_hash(&t, 1), 0);
			else if (t.flags & NF_TOKF_LOWER)
				gaz_put(&low, nf_ent_phrase_hash(&t, 1), 0);
			else
				continue;
			/* gaz_put ORs bits; count in the value instead */
			struct gaztab *x = t.flags & NF_TOKF_UPPER1 ? &cap : &low;
			uint32_t key = nf_ent_phrase_hash(&t, 1), m = x->cap - 1, sl;
			for (sl = key & m; x->keys[sl] != key; sl = (sl + 1) & m)
				;
			x->vals[sl]++;
		}

	for (uint32_t i = 0; i < low.cap; i++) {
		if (!low.keys[i] || low.vals[i] < 3)
			continue;
		uint32_t key = low.keys[i], m = cap.cap - 1, sl, nc = 0;
		for (sl = key & m; cap.keys[sl]; sl = (sl + 1) & m)
			if (cap.keys[sl] == key) {
				nc = cap.vals[sl];
				break;
			}
		if (low.vals[i] > 2 * nc) {
			gaz_put(g, key, 1u << NF_GAZ_COMMON);

		}
	}
	free(low.keys); free(low.vals); free(cap.keys); free(cap.vals);
}

/* ---- weights ---- */

struct weights {
	uint32_t cap, n;
	uint32_t *keys, *idx;
	int32_t *w;          /* n x classes */
	int64_t *u;          /* sum of step * update, for averaging */
	size_t rcap;
};

static uint32_t wt_find(const struct weights *W, uint32_t key)
{
	uint32_t mask = W->cap - 1;
	for (uint32_t s = key & mask;; s = (s + 1) & mask) {
		if (W->keys[s] == key)
			return W->idx[s];
		if (W->keys[s] == 0)
			return UINT32_MAX;
	}
}

static void wt_rehash(struct weights *W)
{
	uint32_t ocap = W->cap;
	uint32_t *ok = W->keys, *oi = W->idx;
	W->cap = ocap ? ocap * 2 : 1u << 20;
	W->keys = nf_xcalloc(W->cap, 4);
	W->idx = nf_xcalloc(W->cap, 4);
	uint32_t mask = W->cap - 1;
	for (uint32_t i = 0; i < ocap; i++) {
		if (!ok[i])
			continue;
		uint32_t s;
		for (s = ok[i] & mask; W->keys[s]; s = (s + 1) & mask)
			;
		W->keys[s] = ok[i];
		W->idx[s] = oi[i];
	}
	free(ok);
	free(oi);
}

static uint32_t wt_add(struct weights *W, uint32_t key)
{
	if ((W->n + 1) * 2 > W->cap)
		wt_rehash(W);
	uint32_t mask = W->cap - 1, s;
	for (s = key & mask; W->keys[s]; s = (s + 1) & mask)
		if (W->keys[s] == key)
			return W->idx[s];
	if (W->n == W->rcap) {
		W->rcap = W->rcap ? W->rcap * 2 : 1u << 19;
		W->w = nf_xrealloc(W->w, W->rcap * NF_ENT_CLASSES * sizeof *W->w);
		W->u = nf_xrealloc(W->u, W->rcap * NF_ENT_CLASSES * sizeof *W->u);
	}
	memset(W->w + (size_t)W->n * NF_ENT_CLASSES, 0, NF_ENT_CLASSES * sizeof *W->w);
	memset(W->u + (size_t)W->n * NF_ENT_CLASSES, 0, NF_ENT_CLASSES * sizeof *W->u);
	W->keys[s] = key;
	W->idx[s] = W->n;
	return W->n++;
}

#define QMAX 32767

/* ---- feature counts, to leave out features seen too rarely ---- */

static struct gaztab counts;   /* key -> count (a gaztab's vals as counts) */
static uint32_t mincount = 1;

static void count_add(uint32_t key)
{
	if ((counts.n + 1) * 2 > counts.cap) {
		struct gaztab o = counts;
		counts.cap = o.cap ? o.cap * 2 : 1u << 20;
		counts.keys = nf_xcalloc(counts.cap, 4);
		counts.vals = nf_xcalloc(counts.cap, 4);
		counts.n = 0;
		for (uint32_t i = 0; i < o.cap; i++)
			if (o.keys[i]) {
				uint32_t m = counts.cap - 1, s;
				for (s = o.keys[i] & m; counts.keys[s]; s = (s + 1) & m)
					;
				counts.keys[s] = o.keys[i];
				counts.vals[s] = o.vals[i];
				counts.n++;
			}
		free(o.keys);
		free(o.vals);
	}
	uint32_t m = counts.cap - 1, s;
	for (s = key & m; counts.keys[s] && counts.keys[s] != key; s = (s + 1) & m)
		;
	if (!counts.keys[s]) {
		counts.keys[s] = key;
		counts.n++;
	}
	counts.vals[s]++;
}

static uint32_t count_of(uint32_t key)
{
	uint32_t m = counts.cap - 1;
	for (uint32_t s = key & m;; s = (s + 1) & m) {
		if (counts.keys[s] == key)
			return counts.vals[s];
		if (!counts.keys[s])
			return 0;
	}
}

/* Count features with the gold tags as history. */
static void count_features(struct corpus *c)
{
	struct nf_ent_doc *doc = nf_xcalloc(1, sizeof *doc);
	uint32_t f[64];
	for (size_t s = 0; s < c->ns; s++) {
		if (c->s[s].doc_start || s % 50 == 0)
			nf_ent_doc_clear(doc);
		struct nf_ent_tok *et = c->et + c->s[s].tok;
		const unsigned char *gold = c->gold + c->s[s].tok;
		size_t n = c->s[s].n;
		nf_ent_doc_lookup(doc, et, n);
		int mode = nf_ent_sentence_mode(et, n);
		for (size_t i = 0; i < n; i++) {
			size_t k = nf_ent_features(et, n, i, mode, f);
			k += nf_ent_tag_features(et, i, i ? gold[i - 1] : 0, i > 1 ? gold[i - 2] : 0, f + k);
			for (size_t j = 0; j < k; j++)
				count_add(f[j]);
		}
		nf_ent_doc_learn(doc, et, gold, n);
	}
	free(doc);
}

/* ---- training ---- */

static uint64_t rng_state = 0x2545F4914F6CDD1DULL;
static uint64_t rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

/* One pass over the corpus in the given document order. */
static void train_epoch(struct weights *W, struct corpus *c, const size_t *order,
	size_t ndocs, const size_t *docs, int64_t *step, size_t *errors)
{
	struct nf_ent_doc *doc = nf_xcalloc(1, sizeof *doc);
	uint32_t f[64];
	uint32_t fi[64];
	unsigned char tags[1024];
	for (size_t d = 0; d < ndocs; d++) {
		nf_ent_doc_clear(doc);
		size_t s0 = docs[order[d]], s1 = docs[order[d] + 1];
		for (size_t s = s0; s < s1; s++) {
			struct nf_ent_tok *et = c->et + c->s[s].tok;
			const unsigned char *gold = c->gold + c->s[s].tok;
			size_t n = c->s[s].n;
			if (n > sizeof tags)
				n = sizeof tags;
			nf_ent_doc_lookup(doc, et, n);
			int mode = nf_ent_sentence_mode(et, n);
			int p1 = 0, p2 = 0;
			for (size_t i = 0; i < n; i++) {
				size_t k = nf_ent_features(et, n, i, mode, f);
				k += nf_ent_tag_features(et, i, p1, p2, f + k);
				int64_t sc[NF_ENT_CLASSES] = { 0 };
				for (size_t j = 0; j < k; j++) {
					fi[j] = wt_find(W, f[j]);
					if (fi[j] == UINT32_MAX)
						continue;
					const int32_t *r = W->w + (size_t)fi[j] * NF_ENT_CLASSES;
					for (int q = 0; q < NF_ENT_CLASSES; q++)
						sc[q] += r[q];
				}
				int best = -1;
				for (int q = 0; q < NF_ENT_CLASSES; q++) {
					if (!nf_ent_allowed(p1, q))
						continue;
					if (best < 0 || sc[q] > sc[best])
						best = q;
				}
				int g = gold[i];
				++*step;
				if (best != g) {
					++*errors;
					for (size_t j = 0; j < k; j++) {
						uint32_t x = fi[j];
						if (x == UINT32_MAX) {
							if (mincount > 1 && count_of(f[j]) < mincount)
								continue;
							x = wt_add(W, f[j]);
							fi[j] = x;
						}
						int32_t *r = W->w + (size_t)x * NF_ENT_CLASSES;
						int64_t *u = W->u + (size_t)x * NF_ENT_CLASSES;
						r[g]++;
						u[g] += *step;
						if (best >= 0) {
							r[best]--;
							u[best] -= *step;
						}
					}
				}
				tags[i] = (unsigned char)best;
				p2 = p1;
				p1 = best;
			}
			nf_ent_doc_learn(doc, et, tags, n);
		}
	}
	free(doc);
}

/* The model image: averaged weights, pruned and quantized, and the
 * gazetteer. */
static void build_model(struct nf_buf *out, const struct weights *W, int64_t step,
	const struct gaztab *g, double prune)
{
	size_t n = W->n;
	double *avg = nf_xmalloc((n ? n : 1) * NF_ENT_CLASSES * sizeof *avg);
	double maxabs = 0;
	for (size_t i = 0; i < n * NF_ENT_CLASSES; i++) {
		avg[i] = (double)W->w[i] - (double)W->u[i] / (double)step;
		double a = avg[i] < 0 ? -avg[i] : avg[i];
		if (a > maxabs)
			maxabs = a;
	}
	if (maxabs == 0)
		maxabs = 1;
	float scale = (float)(maxabs / 32000.0);
	/* keep a feature when some class weight survives pruning */
	uint32_t kept = 0;
	unsigned char *keep = nf_xcalloc(n ? n : 1, 1);
	for (size_t i = 0; i < n; i++) {
		for (int q = 0; q < NF_ENT_CLASSES; q++) {
			double a = avg[i * NF_ENT_CLASSES + (size_t)q];
			a = a < 0 ? -a : a;
			if (a >= prune && a >= scale * 0.5) {
				keep[i] = 1;
				kept++;
				break;
			}
		}
	}
	uint32_t fcap = kept + kept / 3 + 16;
	uint32_t *slots = nf_xcalloc(fcap, 8);
	struct nf_buf rows = { 0 };
	uint32_t nr = 0;
	/* walk the training table in slot order: deterministic */
	for (uint32_t s = 0; s < W->cap; s++) {
		if (!W->keys[s] || !keep[W->idx[s]])
			continue;
		uint32_t key = W->keys[s];
		uint32_t t = (uint32_t)(((uint64_t)key * fcap) >> 32);
		while (slots[2 * t])
			if (++t == fcap)
				t = 0;
		slots[2 * t] = key;
		slots[2 * t + 1] = (uint32_t)rows.len;
		const double *a = avg + (size_t)W->idx[s] * NF_ENT_CLASSES;
		unsigned char cls[NF_ENT_CLASSES];
		int16_t val[NF_ENT_CLASSES];
		unsigned nz = 0;
		for (int q = 0; q < NF_ENT_CLASSES; q++) {
			double v = a[q] / scale;
			long r = (long)(v < 0 ? v - 0.5 : v + 0.5);
			if (r > 32767) r = 32767;
			if (r < -32767) r = -32767;
			if (r) {
				cls[nz] = (unsigned char)q;
				val[nz++] = (int16_t)r;
			}
		}
		nf_buf_addc(&rows, (char)nz);
		nf_buf_add(&rows, cls, nz);
		for (unsigned q = 0; q < nz; q++) {
			uint16_t u = (uint16_t)val[q];
			nf_buf_addc(&rows, (char)(u & 0xff));
			nf_buf_addc(&rows, (char)(u >> 8));
		}
		nr++;
	}
	unsigned char h[64] = { 0 };
	uint32_t v;
	memcpy(h, "NFENTMD1", 8);
	v = 4; memcpy(h + 8, &v, 4);
	v = NF_ENT_CLASSES; memcpy(h + 12, &v, 4);
	memcpy(h + 16, &fcap, 4);
	memcpy(h + 20, &nr, 4);
	memcpy(h + 24, &g->cap, 4);
	v = NF_GAZ_MAXLEN; memcpy(h + 28, &v, 4);
	/* the rows end the image; nf_ent_model_map wants the size exact */
	memcpy(h + 32, &scale, 4);
	v = (uint32_t)rows.len; memcpy(h + 36, &v, 4);
	out->len = 0;
	nf_buf_add(out, h, sizeof h);
	nf_buf_add(out, slots, (size_t)fcap * 8);
	if (g->cap) {
		nf_buf_add(out, g->keys, (size_t)g->cap * 4);
		nf_buf_add(out, g->vals, (size_t)g->cap * 4);
	}
	nf_buf_add(out, rows.data, rows.len);
	free(avg);
	free(keep);
	free(slots);
	nf_buf_free(&rows);
}

/* ---- tagging a corpus with a model ---- */

struct score { long tp[NF_ENT_NTYPES], fp[NF_ENT_NTYPES], fn[NF_ENT_NTYPES]; };

static void tag_corpus(const struct nf_ent_model *m, struct corpus *c, unsigned char *pred)
{
	struct nf_ent_doc *doc = nf_xcalloc(1, sizeof *doc);
	for (size_t s = 0; s < c->ns; s++) {
		if (c->s[s].doc_start)
			nf_ent_doc_clear(doc);
		struct nf_ent_tok *et = c->et + c->s[s].tok;
		size_t n = c->s[s].n;
		nf_ent_gaz_mark(&m->gaz, et, n);  /* the model's own gazetteer */
		nf_ent_doc_lookup(doc, et, n);
		nf_ent_decode(m, et, n, pred + c->s[s].tok);
		nf_ent_doc_learn(doc, et, pred + c->s[s].tok, n);
	}
	free(doc);
}

static double f1_of(const struct score *sc, int t, double *p, double *r)
{
	long tp = 0, fp = 0, fn = 0;
	for (int q = 0; q < NF_ENT_NTYPES; q++)
		if (t < 0 || q == t) {
			tp += sc->tp[q];
			fp += sc->fp[q];
			fn += sc->fn[q];
		}
	*p = tp + fp ? 100.0 * tp / (tp + fp) : 0;
	*r = tp + fn ? 100.0 * tp / (tp + fn) : 0;
	return *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

static void score_corpus(const struct corpus *c, const unsigned char *pred, struct score *sc)
{
	struct nf_entity *a = nf_xmalloc(1024 * sizeof *a), *b = nf_xmalloc(1024 * sizeof *b);
	memset(sc, 0, sizeof *sc);
	for (size_t s = 0; s < c->ns; s++) {
		size_t n = c->s[s].n < 1024 ? c->s[s].n : 1024;
		size_t na = nf_ent_spans(c->gold + c->s[s].tok, n, a);
		size_t nb = nf_ent_spans(pred + c->s[s].tok, n, b);
		size_t i = 0, j = 0;
		for (size_t k = 0; k < na; k++)
			sc->fn[a[k].type]++;
		for (size_t k = 0; k < nb; k++)
			sc->fp[b[k].type]++;
		while (i < na && j < nb) {
			if (a[i].tok_start == b[j].tok_start && a[i].tok_end == b[j].tok_end &&
			    a[i].type == b[j].type) {
				sc->tp[a[i].type]++;
				sc->fn[a[i].type]--;
				sc->fp[a[i].type]--;
				i++;
				j++;
			} else if (a[i].tok_start < b[j].tok_start ||
				   (a[i].tok_start == b[j].tok_start && a[i].tok_end < b[j].tok_end)) {
				i++;
			} else {
				j++;
			}
		}
	}
	free(a);
	free(b);
}

static void print_tagged(const struct corpus *c, const unsigned char *pred)
{
	for (size_t s = 0; s < c->ns; s++) {
		if (c->s[s].doc_start)
			fputs("-DOCSTART-\tO\tO\n\n", stdout);
		for (size_t i = c->s[s].tok; i < c->s[s].tok + c->s[s].n; i++) {
			const unsigned char *tg[2] = { c->gold + i, pred + i };
			fputs(c->text.data + c->toff[i], stdout);
			for (int k = 0; k < 2; k++) {
				int q = *tg[k];
				if (!q) {
					fputs("\tO", stdout);
					continue;
				}
				int pos = NF_ENT_POS(q);
				printf("\t%c-%s", pos == 0 || pos == 3 ? 'B' : 'I',
					nf_ent_type_names[NF_ENT_TYPE(q)]);
			}
			putchar('\n');
		}
		putchar('\n');
	}
}

static const char help[] =
	"usage: train-entities [options] -o MODEL FILE...   train a model\n"
	"       train-entities [-m MODEL] -t FILE          tag a file for scoring\n"
	"Train the tag-entities model from CoNLL-format files (token ... tag).\n\n"
	"  -a N          add every Nth sentence again in capitals or title case (25)\n"
	"  -c N          leave out features seen fewer than N times (1)\n"
	"  -d FILE       keep the epoch that scores best on this CoNLL file\n"
	"  -e N          passes over the training data (10)\n"
	"  -g FILE       gazetteer, KIND<TAB>phrase lines (stored in the model)\n"
	"  -L            no list of words mostly written in lower case\n"
	"  -m MODEL      with -t: default, open or a model file\n"
	"  -o FILE       write the model here\n"
	"  -P W          leave out features whose weights are all below W (0.5)\n"
	"  -q            no progress messages\n"
	"  -t FILE       tag FILE: token, gold tag, tag found\n"
	"  -h, --help    show this help and exit\n"
	"  -V, --version show the version and exit\n"
	"See train-entities(1).\n";

static void usage(void)
{
	fprintf(stderr, "%s", help);
	exit(2);
}

/* The number given to option -opt: a whole number from lo to hi, all of
 * the argument (`-e ten` or `-c -1` is a usage error, not 0 or a huge
 * count). */
static long number_arg(int opt, const char *arg, long lo, long hi)
{
	char *end;
	errno = 0;
	long v = strtol(arg, &end, 10);
	if (end == arg || *end || errno || v < lo || v > hi) {
		fprintf(stderr, "%s: -%c: expected a whole number from %ld to %ld, not '%s'\n",
			prog, opt, lo, hi, arg);
		exit(2);
	}
	return v;
}

static double real_arg(int opt, const char *arg)
{
	char *end;
	errno = 0;
	double v = strtod(arg, &end);
	if (end == arg || *end || errno || !(v >= 0 && v < 1e9)) {
		fprintf(stderr, "%s: -%c: expected a number of 0 or more, not '%s'\n",
			prog, opt, arg);
		exit(2);
	}
	return v;
}

int main(int argc, char **argv)
{
	const char *outpath = NULL, *devpath = NULL, *model = NULL, *tagpath = NULL;
	const char *gazpaths[16];
	nf_prog = prog;
	int ngaz = 0, epochs = 10, quiet = 0, common = 1;
	size_t aug = 25;
	double prune = 0.5;
	int c;
	for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			fputs(help, stdout);
			return fflush(stdout) != 0;
		} else if (strcmp(argv[i], "--version") == 0 || strcmp(argv[i], "-V") == 0) {
			fputs("train-entities (newsfilter) " NF_VERSION "\n", stdout);
			return fflush(stdout) != 0;
		}
	while ((c = getopt(argc, argv, "a:c:d:e:g:Lm:o:P:qt:")) != -1) {
		switch (c) {
		case 'c': mincount = (uint32_t)number_arg(c, optarg, 1, 1000000); break;
		case 'a': aug = (size_t)number_arg(c, optarg, 0, 1000000); break;
		case 'd': devpath = optarg; break;
		case 'e': epochs = (int)number_arg(c, optarg, 1, 1000); break;
		case 'g': if (ngaz < 16) gazpaths[ngaz++] = optarg; break;
		case 'm': model = optarg; break;
		case 'o': outpath = optarg; break;
		case 'P': prune = real_arg(c, optarg); break;
		case 'q': quiet = 1; break;
		case 'L': common = 0; break;
		case 't': tagpath = optarg; break;
		default: usage();
		}
	}
	if (tagpath) {
		/* tag a CoNLL file: token, gold, predicted */
		struct nf_ent_model mm;
		const struct nf_ent_model *m = nf_ent_model_builtin(model ? model : "default");
		const char *err = "no such model";
		if (!m && model) {
			if (nf_ent_model_read(&mm, model, &err) != 0)
				die(err ? "%s: bad model" : "%s: cannot read", model);
			m = &mm;
		}
		if (!m)
			die("%s", err);
		struct corpus cc = { 0 };
		read_conll(&cc, tagpath);
		struct nf_ent_gaz none = { 0 };
		prepare(&cc, &none);
		unsigned char *pred = nf_xcalloc(cc.ntok + 1, 1);
		tag_corpus(m, &cc, pred);
		print_tagged(&cc, pred);
		struct score sc;
		score_corpus(&cc, pred, &sc);
		double p, r;
		fprintf(stderr, "%s: F1 %.2f\n", tagpath, f1_of(&sc, -1, &p, &r));
		free(pred);
		corpus_free(&cc);
		if (m == &mm)
			nf_ent_model_free(&mm);
		return fflush(stdout) != 0;
	}
	if (!outpath || optind >= argc)
		usage();

	struct gaztab g = { 0 };
	for (int i = 0; i < ngaz; i++)
		read_gazetteer(&g, gazpaths[i]);
	struct corpus tr = { 0 }, dev = { 0 };
	for (int i = optind; i < argc; i++)
		read_conll(&tr, argv[i]);
	if (common)
		add_common_words(&g, &tr);
	if (aug)
		augment(&tr, aug);
	struct nf_ent_gaz gz = { g.cap, g.keys, g.vals };
	prepare(&tr, &gz);
	if (devpath) {
		size_t nt = ntitles;
		ntitles = 0;  /* the dev gold is scored as it is */
		read_conll(&dev, devpath);
		ntitles = nt;
		prepare(&dev, &gz);
	}
	if (mincount > 1)
		count_features(&tr);
	/* documents: -DOCSTART- boundaries, or runs of 50 sentences */
	size_t *docs = nf_xmalloc((tr.ns + 2) * sizeof *docs), nd = 0;
	for (size_t s = 0; s < tr.ns; s++)
		if (tr.s[s].doc_start || s == 0 || s - docs[nd - 1] >= 50)
			docs[nd++] = s;
	docs[nd] = tr.ns;
	size_t *order = nf_xmalloc((nd ? nd : 1) * sizeof *order);
	for (size_t i = 0; i < nd; i++)
		order[i] = i;
	if (!quiet)
		fprintf(stderr, "%s: %zu tokens, %zu sentences, %zu documents, gazetteer %u\n",
			prog, tr.ntok, tr.ns, nd, g.n);

	struct weights W = { 0 };
	wt_rehash(&W);
	int64_t step = 0;
	struct nf_buf img = { 0 }, best = { 0 };
	double best_f1 = -1;
	unsigned char *pred = nf_xcalloc(dev.ntok + 1, 1);
	for (int e = 1; e <= epochs; e++) {
		for (size_t i = nd; i > 1; i--) {
			size_t j = (size_t)(rng() % i), t = order[i - 1];
			order[i - 1] = order[j];
			order[j] = t;
		}
		size_t errors = 0;
		clock_t t0 = clock();
		train_epoch(&W, &tr, order, nd, docs, &step, &errors);
		if (!devpath) {
			if (!quiet)
				fprintf(stderr, "%s: epoch %d: %zu errors, %u features, %.1fs\n",
					prog, e, errors, W.n, (double)(clock() - t0) / CLOCKS_PER_SEC);
			continue;
		}
		build_model(&img, &W, step, &g, prune);
		struct nf_ent_model m;
		const char *err;
		if (nf_ent_model_map(&m, img.data, img.len, &err) != 0)
			die("internal error: %s", err);
		tag_corpus(&m, &dev, pred);
		struct score sc;
		score_corpus(&dev, pred, &sc);
		double p, r, f = f1_of(&sc, -1, &p, &r);
		if (!quiet)
			fprintf(stderr, "%s: epoch %d: %zu errors, %u features, %u kept, dev F1 %.2f, %.1fs\n",
				prog, e, errors, W.n, m.nrows, f, (double)(clock() - t0) / CLOCKS_PER_SEC);
		if (f > best_f1) {
			best_f1 = f;
			best.len = 0;
			nf_buf_add(&best, img.data, img.len);
		}
	}
	if (!devpath)
		build_model(&best, &W, step, &g, prune);
	/* a model that tags nothing is no model: no training tokens, or -c or
	 * -P leaving out every feature */
	uint32_t kept_rows;
	memcpy(&kept_rows, best.data + 20, 4);
	if (kept_rows == 0) {
		fprintf(stderr, "%s: no feature kept: %s", prog, tr.ntok == 0 ?
			"no training sentences in the input\n" : "-c or -P leaves out every one\n");
		exit(1);
	}
	FILE *fo = fopen(outpath, "wb");
	if (!fo || fwrite(best.data, 1, best.len, fo) != best.len || fclose(fo) != 0)
		die("cannot write %s", outpath);
	if (!quiet)
		fprintf(stderr, "%s: wrote %s, %zu bytes\n", prog, outpath, best.len);
	corpus_free(&tr);
	corpus_free(&dev);
	free(docs);
	free(order);
	free(pred);
	free(W.keys);
	free(W.idx);
	free(W.w);
	free(W.u);
	free(g.keys);
	free(g.vals);
	free(counts.keys);
	free(counts.vals);
	nf_buf_free(&img);
	nf_buf_free(&best);
	for (size_t i = 0; i < ntitles; i++)
		free(titles[i]);
	free(titles);
	return 0;
}
