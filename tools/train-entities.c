/* train-entities: train the tag-entities model (a structured averaged
 * perceptron over BILOU tags) from CoNLL-format files, or tag such a file
 * for scoring. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "newsfilter/buf.h"
#include "newsfilter/conll.h"
#include "newsfilter/entities.h"
#include "newsfilter/entities_train.h"
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

struct corpus {
	struct nf_buf text;       /* token strings, NUL-separated */
	size_t *toff;             /* token string offsets */
	unsigned char *gold;
	unsigned char *maybe;     /* O that may be an unmarked MISC */
	size_t ntok, tcap;
	struct nf_ent_sent *s;
	size_t ns, scap;
};

static void add_token(struct corpus *c, const char *w, size_t len, int cls)
{
	if (c->ntok == c->tcap) {
		c->tcap = c->tcap ? c->tcap * 2 : 65536;
		c->toff = nf_xrealloc(c->toff, c->tcap * sizeof *c->toff);
		c->gold = nf_xrealloc(c->gold, c->tcap);
		c->maybe = nf_xrealloc(c->maybe, c->tcap);
	}
	c->maybe[c->ntok] = 0;
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
		const struct nf_ent_sent *x = c->s + s;
		if (x->n <= 8 && is_date(c->text.data + c->toff[x->tok + x->n - 1]))
			c->s[s - 1].doc_start = 1;
	}
}

/* Whether to bring MISC to CoNLL's conventions (-x misc leaves it). */
static int misc_conventions = 1;

/* The gazetteer being read, for its DEMONYM entries. */
static struct table *gazetteer;
static int is_demonym(const char *w);

/* MISC is marked differently by the data sets: some have none, some
 * leave nationalities ("German", "Italians") unmarked or tag them LOC or
 * ORG where CoNLL-2003 makes them MISC. Where a file tags fewer than half
 * the nationalities it has as MISC, they are made MISC; where it has no
 * MISC at all, any O may be an unmarked MISC, and training does not
 * punish a MISC found there (training with partial labels). */
static void unmarked_misc(struct corpus *c, size_t from)
{
	size_t misc = 0, dem = 0, dem_misc = 0;
	for (size_t i = from; i < c->ntok; i++) {
		int g = c->gold[i], m = g && NF_ENT_TYPE(g) == NF_ENT_MISC;
		misc += m;
		if ((m || !g) && is_demonym(c->text.data + c->toff[i])) {
			dem++;
			dem_misc += m;
		}
	}
	/* a nationality alone, O or an entity of another type in data that
	 * does not follow CoNLL here, is made MISC, as CoNLL has it */
	if (dem_misc * 2 < dem)
		for (size_t i = from; i < c->ntok; i++) {
			int g = c->gold[i];
			if ((!g || NF_ENT_POS(g) == 3) && is_demonym(c->text.data + c->toff[i]))
				c->gold[i] = NF_ENT_U(NF_ENT_MISC);
		}
	for (size_t i = from; i < c->ntok; i++)
		c->maybe[i] = !misc && !c->gold[i];
}

static void read_conll(struct corpus *c, const char *path)
{
	struct nf_input *in = nf_input_open(path);
	if (!in)
		exit(2);
	struct nf_conll r;
	nf_conll_init(&r, in);
	int *iob = NULL, doc_start, k;
	size_t icap = 0, first_sent = c->ns, first_tok = c->ntok;
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
	if (misc_conventions)
		unmarked_misc(c, first_tok);
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
	free(c->maybe);
	free(c->s);
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
			c->maybe[c->ntok - 1] = c->maybe[i];
		}
		add_sent(c, first, 1);
	}
	nf_buf_free(&w);
}

/* Documents: -DOCSTART- boundaries, or runs of 50 sentences. */
static size_t *documents(const struct corpus *c, size_t *nd)
{
	size_t *docs = nf_xmalloc((c->ns + 2) * sizeof *docs), n = 0;
	for (size_t s = 0; s < c->ns; s++)
		if (c->s[s].doc_start || s == 0 || s - docs[n - 1] >= 50)
			docs[n++] = s;
	docs[n] = c->ns;
	*nd = n;
	return docs;
}

/* ---- hash tables for the gazetteer and the word classes ---- */

struct table {
	uint32_t cap, n;
	uint32_t *keys;
	uint64_t *vals;
};

static uint64_t *table_slot(struct table *g, uint32_t key)
{
	if ((g->n + 1) * 2 > g->cap) {
		struct table o = *g;
		g->cap = o.cap ? o.cap * 2 : 1024;
		g->keys = nf_xcalloc(g->cap, sizeof *g->keys);
		g->vals = nf_xcalloc(g->cap, sizeof *g->vals);
		g->n = 0;
		for (uint32_t i = 0; i < o.cap; i++)
			if (o.keys[i])
				*table_slot(g, o.keys[i]) = o.vals[i];
		free(o.keys);
		free(o.vals);
	}
	uint32_t mask = g->cap - 1, s;
	for (s = key & mask; g->keys[s] && g->keys[s] != key; s = (s + 1) & mask)
		;
	if (!g->keys[s]) {
		g->keys[s] = key;
		g->vals[s] = 0;
		g->n++;
	}
	return &g->vals[s];
}

static uint64_t table_get(const struct table *g, uint32_t key)
{
	if (!g->cap)
		return 0;
	uint32_t mask = g->cap - 1;
	for (uint32_t s = key & mask;; s = (s + 1) & mask) {
		if (g->keys[s] == key)
			return g->vals[s];
		if (!g->keys[s])
			return 0;
	}
}

static void table_free(struct table *g)
{
	free(g->keys);
	free(g->vals);
}

/* Rebuild a table at most 75% full (it grows at half full): the word
 * classes are looked up only when a word enters the tagger's cache, so a
 * smaller table costs little time and much model size. */
static void table_pack(struct table *g)
{
	uint32_t cap = 1024;
	while (cap * 0.75 < g->n)
		cap *= 2;
	if (cap >= g->cap)
		return;
	struct table o = *g;
	g->cap = cap;
	g->n = 0;
	g->keys = nf_xcalloc(cap, sizeof *g->keys);
	g->vals = nf_xcalloc(cap, sizeof *g->vals);
	uint32_t mask = cap - 1;
	for (uint32_t i = 0; i < o.cap; i++)
		if (o.keys[i]) {
			uint32_t s;
			for (s = o.keys[i] & mask; g->keys[s]; s = (s + 1) & mask)
				;
			g->keys[s] = o.keys[i];
			g->vals[s] = o.vals[i];
			g->n++;
		}
	table_free(&o);
}

/* ---- gazetteer ---- */

static int is_demonym(const char *w)
{
	if (!gazetteer || !(w[0] >= 'A' && w[0] <= 'Z'))
		return 0;
	struct nf_ent_word x;
	nf_ent_word_prepare(&x, w, strlen(w), NULL);
	return (table_get(gazetteer, nf_ent_phrase_hash(&x.hl, 1)) >> NF_GAZ_DEMONYM) & 1;
}

static void read_gazetteer(struct table *g, const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		die("cannot open %s", path);
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	struct nf_token *toks = NULL;
	size_t tcap = 0;
	struct nf_ent_word w;
	uint64_t hl[NF_GAZ_MAXLEN];
	while ((len = getline(&line, &cap, f)) > 0) {
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = 0;
		char *tab = strchr(line, '\t');
		if (line[0] == '#' || !tab)
			continue;
		int kind = -1;
		for (int k = 0; k < NF_GAZ_NKINDS; k++)
			if ((size_t)(tab - line) == strlen(nf_gaz_kind_names[k]) &&
			    !memcmp(line, nf_gaz_kind_names[k], (size_t)(tab - line)))
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
		for (size_t i = 0; i < n; i++) {
			nf_ent_word_prepare(&w, p + toks[i].start, toks[i].end - toks[i].start, NULL);
			hl[i] = w.hl;
		}
		*table_slot(g, nf_ent_phrase_hash(hl, n)) |= 1u << kind;
	}
	free(line);
	free(toks);
	fclose(f);
}

/* Words of the training data mostly written in lower case (not at the start
 * of a sentence) join the gazetteer as NF_GAZ_COMMON: a capitalised one in
 * a headline is probably not a name. */
static void add_common_words(struct table *g, const struct corpus *c)
{
	struct table low = { 0 }, cap = { 0 };
	struct nf_ent_word w;
	for (size_t s = 0; s < c->ns; s++)
		for (size_t i = c->s[s].tok + 1; i < c->s[s].tok + c->s[s].n; i++) {
			const char *p = c->text.data + c->toff[i];
			nf_ent_word_prepare(&w, p, strlen(p), NULL);
			if (w.len < 2 || w.flags & NF_TOKF_DIGIT)
				continue;
			uint32_t key = nf_ent_phrase_hash(&w.hl, 1);
			if (w.flags & NF_TOKF_UPPER1)
				++*table_slot(&cap, key);
			else if (w.flags & NF_TOKF_LOWER)
				++*table_slot(&low, key);
		}
	for (uint32_t i = 0; i < low.cap; i++)
		if (low.keys[i] && low.vals[i] >= 3 && low.vals[i] > 2 * table_get(&cap, low.keys[i]))
			*table_slot(g, low.keys[i]) |= 1u << NF_GAZ_COMMON;
	table_free(&low);
	table_free(&cap);
}

/* ---- word classes ---- */

/* The casing of a word in the unlabeled text, from its counts in
 * mid-sentence: 1..6 from never to always capitalised, 7 mostly in
 * capitals (an acronym); 0 unknown. */
static uint64_t casing(uint64_t lower, uint64_t cap, uint64_t caps)
{
	uint64_t n = lower + cap + caps;
	if (!n)
		return 0;
	if (caps * 2 > n)
		return 7;
	double f = (double)(cap + caps) / (double)n;
	return f < 0.01 ? 1 : f < 0.1 ? 2 : f < 0.5 ? 3 : f < 0.9 ? 4 : f < 0.99 ? 5 : 6;
}

static uint64_t freq_bucket(uint64_t count)
{
	uint64_t b = 0;
	while (count > 1 && b < 30) {
		count >>= 1;
		b++;
	}
	b = 1 + b / 2;
	return b > 15 ? 15 : b;
}

struct wc_group {
	uint64_t lower, cap, caps;  /* mid-sentence counts by casing */
	uint64_t best, count;       /* classes of the most frequent form, total */
};

/* Lines: form, count, mid-sentence count, one class number per level. */
static void read_classes(struct table *t, const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		die("cannot open %s", path);
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	struct nf_ent_word w;
	struct table gi = { 0 };     /* lower-case key -> group + 1 */
	struct wc_group *grp = NULL;
	size_t ngrp = 0, gcap = 0;
	struct form { uint64_t hw, cls; size_t g; uint64_t count; } *forms = NULL;
	size_t nforms = 0, fcap = 0;
	while ((len = getline(&line, &cap, f)) > 0) {
		if (line[0] == '#')
			continue;
		char *p = strchr(line, '\t');
		if (!p)
			continue;
		*p++ = 0;
		char *e;
		uint64_t count = strtoull(p, &e, 10);
		uint64_t mid = strtoull(e, &e, 10), cls = 0;
		for (int l = 0; l < NF_WC_LEVELS && *e == '\t'; l++) {
			uint64_t k = strtoull(e, &e, 10);
			if (k < 0xffe)
				cls |= (k + 1) << (12 * l);
		}
		nf_ent_word_prepare(&w, line, strlen(line), NULL);
		uint32_t lk = nf_ent_class_key(w.hl, 1);
		uint64_t *gs = table_slot(&gi, lk);
		if (!*gs) {
			if (ngrp == gcap) {
				gcap = gcap ? gcap * 2 : 65536;
				grp = nf_xrealloc(grp, gcap * sizeof *grp);
			}
			memset(&grp[ngrp], 0, sizeof grp[ngrp]);
			grp[ngrp].best = cls;
			*gs = ++ngrp;
		}
		struct wc_group *g = &grp[*gs - 1];
		if (w.flags & NF_TOKF_ALLUPPER && w.len > 1)
			g->caps += mid;
		else if (w.flags & NF_TOKF_UPPER1)
			g->cap += mid;
		else
			g->lower += mid;
		g->count += count;  /* forms come most frequent first: best is set */
		if (nforms == fcap) {
			fcap = fcap ? fcap * 2 : 65536;
			forms = nf_xrealloc(forms, fcap * sizeof *forms);
		}
		forms[nforms++] = (struct form){ w.hw, cls, *gs - 1, count };
	}
	free(line);
	fclose(f);
	for (size_t i = 0; i < nforms; i++) {
		const struct wc_group *g = &grp[forms[i].g];
		uint64_t c = casing(g->lower, g->cap, g->caps);
		*table_slot(t, nf_ent_class_key(forms[i].hw, 0)) =
			forms[i].cls | c << 48 | freq_bucket(forms[i].count) << 52;
	}
	for (uint32_t i = 0; i < gi.cap; i++)
		if (gi.keys[i]) {
			const struct wc_group *g = &grp[gi.vals[i] - 1];
			*table_slot(t, gi.keys[i]) = g->best | casing(g->lower, g->cap, g->caps) << 48 |
				freq_bucket(g->count) << 52;
		}
	table_free(&gi);
	free(grp);
	free(forms);
}

/* ---- preparing and tagging a corpus ---- */

static struct nf_ent_tok *prepare(const struct corpus *c, const struct nf_ent_gaz *gaz,
	const struct nf_ent_classes *cl)
{
	struct nf_ent_tok *et = nf_xcalloc(c->ntok ? c->ntok : 1, sizeof *et);
	for (size_t i = 0; i < c->ntok; i++) {
		const char *w = c->text.data + c->toff[i];
		nf_ent_word_prepare(&et[i].w, w, strlen(w), cl);
	}
	for (size_t s = 0; s < c->ns; s++)
		nf_ent_gaz_mark(gaz, et + c->s[s].tok, c->s[s].n);
	return et;
}

/* Tag a corpus as tag-entities tags text: each document one record, its
 * sentences as given. */
static void tag_corpus(const struct nf_ent_model *m, const struct corpus *c, unsigned char *pred)
{
	struct nf_ent_doc *doc = nf_xcalloc(1, sizeof *doc);
	struct nf_ent_state *st = nf_ent_state_new(m);
	struct nf_token *toks = nf_xmalloc((c->ntok ? c->ntok : 1) * sizeof *toks);
	size_t *sent = nf_xmalloc((c->ns + 1) * sizeof *sent);
	for (size_t i = 0; i < c->ntok; i++) {
		toks[i].start = c->toff[i];
		toks[i].end = c->toff[i] + strlen(c->text.data + c->toff[i]);
	}
	size_t nd;
	size_t *docs = documents(c, &nd);
	for (size_t d = 0; d < nd; d++) {
		size_t s0 = docs[d], s1 = docs[d + 1], t0 = c->s[s0].tok;
		for (size_t s = s0; s < s1; s++)
			sent[s - s0] = c->s[s].tok - t0;
		sent[s1 - s0] = c->s[s1 - 1].tok + c->s[s1 - 1].n - t0;
		nf_ent_doc_clear(doc);
		nf_ent_tag(st, doc, c->text.data, toks + t0, sent[s1 - s0], sent, s1 - s0, pred + t0);
	}
	free(docs);
	free(sent);
	free(toks);
	nf_ent_state_free(st);
	free(doc);
}

struct score { long tp[NF_ENT_NTYPES], fp[NF_ENT_NTYPES], fn[NF_ENT_NTYPES]; };

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
	size_t maxn = 1;
	for (size_t s = 0; s < c->ns; s++)
		if (c->s[s].n > maxn)
			maxn = c->s[s].n;
	struct nf_entity *a = nf_xmalloc(maxn * sizeof *a), *b = nf_xmalloc(maxn * sizeof *b);
	memset(sc, 0, sizeof *sc);
	for (size_t s = 0; s < c->ns; s++) {
		size_t n = c->s[s].n;
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

/* ---- the command line ---- */

static const char help[] =
	"usage: train-entities [options] -o MODEL FILE...   train a model\n"
	"       train-entities [-m MODEL] -t FILE          tag a file for scoring\n"
	"Train the tag-entities model from CoNLL-format files (token ... tag).\n\n"
	"  -a N          add every Nth sentence again in capitals or title case (25)\n"
	"  -c N          leave out features seen fewer than N times (1)\n"
	"  -d FILE       keep the epoch that scores best on this CoNLL file\n"
	"                (repeated: on the mean of their F1s)\n"
	"  -e N          passes over the training data (10)\n"
	"  -g FILE       gazetteer, KIND<TAB>phrase lines (stored in the model)\n"
	"  -L            no list of words mostly written in lower case\n"
	"  -m MODEL      with -t: default, open or a model file\n"
	"  -o FILE       write the model here\n"
	"  -P W          leave out features whose weights are all below W (0.5)\n"
	"  -q            no progress messages\n"
	"  -t FILE       tag FILE: token, gold tag, tag found\n"
	"  -w FILE       word classes, lines of form, counts and classes (stored)\n"
	"  -x PART       leave out votes (the second pass), viterbi (greedy) or\n"
	"                misc (the MISC conventions), to measure them\n"
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

static uint64_t rng_state = 0x2545F4914F6CDD1DULL;
static uint64_t rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

static int tag_file(const char *model, const char *path)
{
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
	read_conll(&cc, path);
	unsigned char *pred = nf_xcalloc(cc.ntok + 1, 1);
	tag_corpus(m, &cc, pred);
	print_tagged(&cc, pred);
	struct score sc;
	score_corpus(&cc, pred, &sc);
	double p, r;
	fprintf(stderr, "%s: F1 %.2f\n", path, f1_of(&sc, -1, &p, &r));
	free(pred);
	corpus_free(&cc);
	if (m == &mm)
		nf_ent_model_free(&mm);
	return fflush(stdout) != 0;
}

int main(int argc, char **argv)
{
	const char *outpath = NULL, *devpaths[4], *model = NULL, *tagpath = NULL;
	const char *gazpaths[16], *classpath = NULL;
	nf_prog = prog;
	int ngaz = 0, ndev = 0, epochs = 10, quiet = 0, common = 1;
	uint32_t mincount = 1, options = NF_ENT_OPT_VOTES;
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
	while ((c = getopt(argc, argv, "a:c:d:e:g:Lm:o:P:qt:w:x:")) != -1) {
		switch (c) {
		case 'c': mincount = (uint32_t)number_arg(c, optarg, 1, 1000000); break;
		case 'a': aug = (size_t)number_arg(c, optarg, 0, 1000000); break;
		case 'd':
			if (ndev == 4)
				die("%s: at most 4 development files", optarg);
			devpaths[ndev++] = optarg;
			break;
		case 'e': epochs = (int)number_arg(c, optarg, 1, 1000); break;
		case 'g':
			if (ngaz == 16)
				die("%s: at most 16 gazetteers", optarg);
			gazpaths[ngaz++] = optarg;
			break;
		case 'm': model = optarg; break;
		case 'o': outpath = optarg; break;
		case 'P': prune = real_arg(c, optarg); break;
		case 'q': quiet = 1; break;
		case 'L': common = 0; break;
		case 't': tagpath = optarg; break;
		case 'w': classpath = optarg; break;
		case 'x':
			if (strcmp(optarg, "votes") == 0)
				options &= ~(uint32_t)NF_ENT_OPT_VOTES;
			else if (strcmp(optarg, "viterbi") == 0)
				options |= NF_ENT_OPT_GREEDY;
			else if (strcmp(optarg, "misc") == 0)
				misc_conventions = 0;
			else
				die("-x: expected votes, viterbi or misc, not '%s'", optarg);
			break;
		default: usage();
		}
	}
	if (tagpath)
		return tag_file(model, tagpath);
	if (!outpath || optind >= argc)
		usage();

	struct table g = { 0 }, wc = { 0 };
	for (int i = 0; i < ngaz; i++)
		read_gazetteer(&g, gazpaths[i]);
	gazetteer = &g;
	if (classpath) {
		read_classes(&wc, classpath);
		table_pack(&wc);
		options |= NF_ENT_OPT_CLASSES;
	}
	struct corpus tr = { 0 }, dev[4];
	memset(dev, 0, sizeof dev);
	for (int i = optind; i < argc; i++)
		read_conll(&tr, argv[i]);
	if (common)
		add_common_words(&g, &tr);
	if (aug)
		augment(&tr, aug);
	/* the tables as the model stores them: gazetteer values in 32 bits */
	uint32_t *gvals = nf_xcalloc(g.cap ? g.cap : 1, 4);
	for (uint32_t i = 0; i < g.cap; i++)
		gvals[i] = (uint32_t)g.vals[i];
	struct nf_ent_gaz gz = { g.cap, g.keys, gvals };
	struct nf_ent_classes cl = { wc.cap, wc.keys, wc.vals };
	size_t devmax = 0;
	for (int i = 0; i < ndev; i++) {
		size_t nt = ntitles;
		ntitles = 0;  /* the dev gold is scored as it is */
		read_conll(&dev[i], devpaths[i]);
		ntitles = nt;
		if (dev[i].ntok > devmax)
			devmax = dev[i].ntok;
	}
	gazetteer = NULL;
	size_t nd;
	size_t *docs = documents(&tr, &nd);
	struct nf_ent_corpus corpus = { prepare(&tr, &gz, &cl), tr.gold, tr.maybe, tr.ntok,
		tr.s, tr.ns, docs, nd };
	struct nf_ent_trainer *T = nf_ent_trainer_new(options, mincount);
	if (mincount > 1)
		nf_ent_trainer_count(T, &corpus);
	size_t *order = nf_xmalloc((nd ? nd : 1) * sizeof *order);
	for (size_t i = 0; i < nd; i++)
		order[i] = i;
	if (!quiet)
		fprintf(stderr, "%s: %zu tokens, %zu sentences, %zu documents, gazetteer %u, "
			"word classes %u\n", prog, tr.ntok, tr.ns, nd, g.n, wc.n);

	struct nf_buf img = { 0 }, best = { 0 };
	double best_f1 = -1;
	unsigned char *pred = nf_xcalloc(devmax + 1, 1);
	for (int e = 1; e <= epochs; e++) {
		for (size_t i = nd; i > 1; i--) {
			size_t j = (size_t)(rng() % i), t = order[i - 1];
			order[i - 1] = order[j];
			order[j] = t;
		}
		clock_t t0 = clock();
		size_t errors = nf_ent_trainer_epoch(T, &corpus, order);
		if (!ndev) {
			if (!quiet)
				fprintf(stderr, "%s: epoch %d: %zu errors, %zu features, %.1fs\n",
					prog, e, errors, nf_ent_trainer_features(T),
					(double)(clock() - t0) / CLOCKS_PER_SEC);
			continue;
		}
		nf_ent_trainer_image(T, prune, &gz, &cl, &img);
		struct nf_ent_model m;
		const char *err;
		if (nf_ent_model_map(&m, img.data, img.len, &err) != 0)
			die("internal error: %s", err);
		/* the epoch is chosen on the mean F1 of the development files,
		 * so that Reuters' testa alone does not pick it for all news */
		double f = 0;
		for (int i = 0; i < ndev; i++) {
			struct score sc;
			double p, r;
			tag_corpus(&m, &dev[i], pred);
			score_corpus(&dev[i], pred, &sc);
			f += f1_of(&sc, -1, &p, &r) / ndev;
		}
		if (!quiet)
			fprintf(stderr, "%s: epoch %d: %zu errors, %zu features, %u kept, dev F1 %.2f, %.1fs\n",
				prog, e, errors, nf_ent_trainer_features(T), m.nrows, f,
				(double)(clock() - t0) / CLOCKS_PER_SEC);
		if (f > best_f1) {
			best_f1 = f;
			best.len = 0;
			nf_buf_add(&best, img.data, img.len);
		}
	}
	if (!ndev)
		nf_ent_trainer_image(T, prune, &gz, &cl, &best);
	/* a model that tags nothing is no model: no training tokens, or -c or
	 * -P leaving out every feature */
	struct nf_ent_model bm;
	const char *err;
	if (nf_ent_model_map(&bm, best.data, best.len, &err) != 0)
		die("internal error: %s", err);
	if (bm.nrows == 0) {
		fprintf(stderr, "%s: no feature kept: %s", prog, tr.ntok == 0 ?
			"no training sentences in the input\n" : "-c or -P leaves out every one\n");
		exit(1);
	}
	FILE *fo = fopen(outpath, "wb");
	if (!fo || fwrite(best.data, 1, best.len, fo) != best.len || fclose(fo) != 0)
		die("cannot write %s", outpath);
	if (!quiet)
		fprintf(stderr, "%s: wrote %s, %zu bytes\n", prog, outpath, best.len);
	nf_ent_trainer_free(T);
	free(corpus.et);
	corpus_free(&tr);
	for (int i = 0; i < ndev; i++)
		corpus_free(&dev[i]);
	free(docs);
	free(order);
	free(pred);
	free(gvals);
	table_free(&g);
	table_free(&wc);
	nf_buf_free(&img);
	nf_buf_free(&best);
	for (size_t i = 0; i < ntitles; i++)
		free(titles[i]);
	free(titles);
	return 0;
}
