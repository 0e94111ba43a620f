/* train.c: the structured averaged perceptron behind train-entities. The
 * features and the two passes with document votes are those of the tagger
 * (lib/entities/tagger.c); only the scores are summed here from the keys,
 * not from a per-word cache. */
#include <stdlib.h>
#include <string.h>

#include "newsfilter/entities_train.h"

#define C NF_ENT_CLASSES
#define NTRANS ((1 + C) * C)
#define MAXF (NF_ENT_TOKFEAT + 16)   /* keys of one token, votes too */

/* ---- a hash table of 32-bit keys ---- */

struct keytab {
	uint32_t cap, n;
	uint32_t *keys, *vals;
};

static uint32_t *key_slot(struct keytab *t, uint32_t key, int add)
{
	if (add && (t->n + 1) * 2 > t->cap) {
		struct keytab o = *t;
		t->cap = o.cap ? o.cap * 2 : 1u << 20;
		t->keys = nf_xcalloc(t->cap, 4);
		t->vals = nf_xcalloc(t->cap, 4);
		t->n = 0;
		for (uint32_t i = 0; i < o.cap; i++)
			if (o.keys[i])
				*key_slot(t, o.keys[i], 1) = o.vals[i];
		free(o.keys);
		free(o.vals);
	}
	if (!t->cap)
		return NULL;
	uint32_t mask = t->cap - 1, s;
	for (s = key & mask; t->keys[s] && t->keys[s] != key; s = (s + 1) & mask)
		;
	if (!t->keys[s]) {
		if (!add)
			return NULL;
		t->keys[s] = key;
		t->vals[s] = 0;
		t->n++;
	}
	return &t->vals[s];
}

/* ---- the trainer ---- */

struct nf_ent_trainer {
	uint32_t options, mincount;
	struct keytab index;    /* feature key -> row + 1 */
	struct keytab counts;   /* feature key -> times seen */
	uint32_t *rowkey;       /* key of each row */
	int32_t *w;             /* rows x C */
	int64_t *u;             /* sum of step * update, for averaging */
	size_t nrows, rcap;
	int32_t trans[NTRANS];
	int64_t utrans[NTRANS];
	int64_t step;
	/* scratch for one sentence */
	uint32_t *keys;         /* n x MAXF */
	uint16_t *nkeys;
	int32_t *sc;
	unsigned char *pred, *first, *gold;
	size_t scap;
	struct nf_ent_doc *doc;
	unsigned char *dfirst;  /* the first pass's tags of a document */
	size_t dcap;
};

struct nf_ent_trainer *nf_ent_trainer_new(uint32_t options, uint32_t mincount)
{
	struct nf_ent_trainer *tr = nf_xcalloc(1, sizeof *tr);
	tr->options = options;
	tr->mincount = mincount;
	tr->doc = nf_xcalloc(1, sizeof *tr->doc);
	return tr;
}

void nf_ent_trainer_free(struct nf_ent_trainer *tr)
{
	if (!tr)
		return;
	free(tr->index.keys);
	free(tr->index.vals);
	free(tr->counts.keys);
	free(tr->counts.vals);
	free(tr->rowkey);
	free(tr->w);
	free(tr->u);
	free(tr->keys);
	free(tr->nkeys);
	free(tr->sc);
	free(tr->pred);
	free(tr->first);
	free(tr->gold);
	free(tr->doc);
	free(tr->dfirst);
	free(tr);
}

size_t nf_ent_trainer_features(const struct nf_ent_trainer *tr)
{
	return tr->nrows;
}

static void scratch(struct nf_ent_trainer *tr, size_t n)
{
	if (n <= tr->scap)
		return;
	tr->scap = n;
	tr->keys = nf_xrealloc(tr->keys, n * MAXF * sizeof *tr->keys);
	tr->nkeys = nf_xrealloc(tr->nkeys, n * sizeof *tr->nkeys);
	tr->sc = nf_xrealloc(tr->sc, n * C * sizeof *tr->sc);
	tr->pred = nf_xrealloc(tr->pred, n);
	tr->first = nf_xrealloc(tr->first, n);
	tr->gold = nf_xrealloc(tr->gold, n);
}

/* The keys of every token of a sentence, votes included when asked. */
static void sentence_keys(struct nf_ent_trainer *tr, const struct nf_ent_tok *et, size_t n,
	int votes, const unsigned char *first)
{
	int mode = nf_ent_sentence_mode(et, n);
	for (size_t i = 0; i < n; i++) {
		uint32_t *f = tr->keys + i * MAXF;
		size_t k = nf_ent_token_features(et, n, i, mode, f);
		if (votes)
			k += nf_ent_vote_features(et, i, mode, first, f + k);
		tr->nkeys[i] = (uint16_t)k;
	}
}

static void count_sentence(struct nf_ent_trainer *tr, size_t n)
{
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < tr->nkeys[i]; j++)
			++*key_slot(&tr->counts, tr->keys[i * MAXF + j], 1);
}

void nf_ent_trainer_count(struct nf_ent_trainer *tr, struct nf_ent_corpus *c)
{
	int votes = (tr->options & NF_ENT_OPT_VOTES) != 0;
	for (size_t d = 0; d < c->ndocs; d++) {
		nf_ent_doc_clear(tr->doc);
		for (size_t s = c->docs[d]; s < c->docs[d + 1]; s++) {
			struct nf_ent_tok *et = c->et + c->s[s].tok;
			size_t n = c->s[s].n;
			scratch(tr, n);
			if (votes)
				nf_ent_doc_lookup(tr->doc, et, n);
			/* the gold tags stand for the first pass's */
			sentence_keys(tr, et, n, votes, votes ? c->gold + c->s[s].tok : NULL);
			count_sentence(tr, n);
			if (votes)
				nf_ent_doc_count(tr->doc, et, c->gold + c->s[s].tok, n, 1);
		}
	}
}

/* The row of a key, made when asked and the key is frequent enough. */
static uint32_t row_of(struct nf_ent_trainer *tr, uint32_t key, int add)
{
	uint32_t *v = key_slot(&tr->index, key, 0);
	if (v)
		return *v;
	if (!add)
		return 0;
	if (tr->mincount > 1) {
		uint32_t *cnt = key_slot(&tr->counts, key, 0);
		if (!cnt || *cnt < tr->mincount)
			return 0;
	}
	if (tr->nrows == tr->rcap) {
		tr->rcap = tr->rcap ? tr->rcap * 2 : 1u << 18;
		tr->w = nf_xrealloc(tr->w, tr->rcap * C * sizeof *tr->w);
		tr->u = nf_xrealloc(tr->u, tr->rcap * C * sizeof *tr->u);
		tr->rowkey = nf_xrealloc(tr->rowkey, tr->rcap * sizeof *tr->rowkey);
	}
	memset(tr->w + tr->nrows * C, 0, C * sizeof *tr->w);
	memset(tr->u + tr->nrows * C, 0, C * sizeof *tr->u);
	tr->rowkey[tr->nrows] = key;
	v = key_slot(&tr->index, key, 1);
	*v = (uint32_t)++tr->nrows;
	return *v;
}

static void score(struct nf_ent_trainer *tr, size_t n)
{
	memset(tr->sc, 0, n * C * sizeof *tr->sc);
	for (size_t i = 0; i < n; i++) {
		int32_t *sc = tr->sc + i * C;
		for (size_t j = 0; j < tr->nkeys[i]; j++) {
			uint32_t r = row_of(tr, tr->keys[i * MAXF + j], 0);
			if (!r)
				continue;
			const int32_t *w = tr->w + (size_t)(r - 1) * C;
			for (int q = 0; q < C; q++)
				sc[q] += w[q];
		}
	}
}

static void update_trans(struct nf_ent_trainer *tr, int p, int c, int d)
{
	tr->trans[p * C + c] += d;
	tr->utrans[p * C + c] += d * tr->step;
}

/* Data that does not mark MISC (Universal NER, the Broad Twitter Corpus)
 * says nothing of a MISC span found where it has only O: the span is
 * taken as right (training with partial labels), not punished. */
static const unsigned char *partial_gold(struct nf_ent_trainer *tr, const unsigned char *gold,
	const unsigned char *maybe, size_t n)
{
	memcpy(tr->gold, gold, n);
	for (size_t i = 0; i < n;) {
		int p = tr->pred[i];
		if (!p || NF_ENT_TYPE(p) != NF_ENT_MISC) {
			i++;
			continue;
		}
		size_t j = i + 1;
		if (NF_ENT_POS(p) == 0)
			while (j < n && NF_ENT_POS(tr->pred[j - 1]) != 2)
				j++;
		size_t k = i;
		while (k < j && gold[k] == 0 && maybe[k])
			k++;
		if (k == j)
			memcpy(tr->gold + i, tr->pred + i, j - i);
		i = j;
	}
	return tr->gold;
}

/* Decode the sentence and, where it differs from gold, update. Returns the
 * number of wrong tokens. */
static size_t learn(struct nf_ent_trainer *tr, const unsigned char *gold,
	const unsigned char *maybe, size_t n)
{
	score(tr, n);
	nf_ent_decode_with(tr->trans, (tr->options & NF_ENT_OPT_GREEDY) != 0, tr->sc, n, tr->pred);
	if (maybe)
		gold = partial_gold(tr, gold, maybe, n);
	tr->step++;
	size_t wrong = 0;
	for (size_t i = 0; i < n; i++) {
		int g = gold[i], p = tr->pred[i];
		int gp = i ? 1 + gold[i - 1] : 0, pp = i ? 1 + tr->pred[i - 1] : 0;
		if (g != p || gp != pp) {
			update_trans(tr, gp, g, 1);
			update_trans(tr, pp, p, -1);
		}
		if (g == p)
			continue;
		wrong++;
		for (size_t j = 0; j < tr->nkeys[i]; j++) {
			uint32_t r = row_of(tr, tr->keys[i * MAXF + j], 1);
			if (!r)
				continue;
			int32_t *w = tr->w + (size_t)(r - 1) * C;
			int64_t *u = tr->u + (size_t)(r - 1) * C;
			w[g]++;
			u[g] += tr->step;
			w[p]--;
			u[p] -= tr->step;
		}
	}
	return wrong;
}

size_t nf_ent_trainer_epoch(struct nf_ent_trainer *tr, struct nf_ent_corpus *c,
	const size_t *order)
{
	int votes = (tr->options & NF_ENT_OPT_VOTES) != 0;
	size_t wrong = 0;
	for (size_t d = 0; d < c->ndocs; d++) {
		size_t s0 = c->docs[order[d]], s1 = c->docs[order[d] + 1];
		size_t dn = c->s[s1 - 1].tok + c->s[s1 - 1].n - c->s[s0].tok;
		if (dn > tr->dcap) {
			tr->dcap = dn;
			tr->dfirst = nf_xrealloc(tr->dfirst, dn);
		}
		nf_ent_doc_clear(tr->doc);
		/* first pass, the document so far voting */
		for (size_t s = s0; s < s1; s++) {
			struct nf_ent_tok *et = c->et + c->s[s].tok;
			size_t n = c->s[s].n;
			scratch(tr, n);
			if (votes)
				nf_ent_doc_lookup(tr->doc, et, n);
			sentence_keys(tr, et, n, votes, NULL);
			wrong += learn(tr, c->gold + c->s[s].tok,
				c->maybe_misc ? c->maybe_misc + c->s[s].tok : NULL, n);
			if (votes) {
				nf_ent_doc_count(tr->doc, et, tr->pred, n, 1);
				memcpy(tr->dfirst + (c->s[s].tok - c->s[s0].tok), tr->pred, n);
			}
		}
		if (!votes)
			continue;
		/* second pass, the whole document voting */
		for (size_t s = s0; s < s1; s++) {
			struct nf_ent_tok *et = c->et + c->s[s].tok;
			size_t n = c->s[s].n;
			scratch(tr, n);
			memcpy(tr->first, tr->dfirst + (c->s[s].tok - c->s[s0].tok), n);
			nf_ent_doc_lookup(tr->doc, et, n);
			for (size_t i = 0; i < n; i++)
				nf_ent_doc_unvote(&et[i], tr->first[i]);
			sentence_keys(tr, et, n, 1, tr->first);
			wrong += learn(tr, c->gold + c->s[s].tok,
				c->maybe_misc ? c->maybe_misc + c->s[s].tok : NULL, n);
			nf_ent_doc_count(tr->doc, et, tr->first, n, -1);
			nf_ent_doc_count(tr->doc, et, tr->pred, n, 1);
		}
	}
	return wrong;
}

/* ---- the image ---- */

void nf_ent_trainer_image(const struct nf_ent_trainer *tr, double prune,
	const struct nf_ent_gaz *gaz, const struct nf_ent_classes *classes, struct nf_buf *out)
{
	size_t n = tr->nrows;
	double step = tr->step ? (double)tr->step : 1;
	double *avg = nf_xmalloc((n ? n : 1) * C * sizeof *avg);
	double tavg[NTRANS];
	double maxabs = 0;
	for (size_t i = 0; i < n * C; i++) {
		avg[i] = (double)tr->w[i] - (double)tr->u[i] / step;
		double a = avg[i] < 0 ? -avg[i] : avg[i];
		if (a > maxabs)
			maxabs = a;
	}
	for (int i = 0; i < NTRANS; i++) {
		tavg[i] = (double)tr->trans[i] - (double)tr->utrans[i] / step;
		double a = tavg[i] < 0 ? -tavg[i] : tavg[i];
		if (a > maxabs)
			maxabs = a;
	}
	if (maxabs == 0)
		maxabs = 1;
	float scale = (float)(maxabs / 32000.0);
	/* keep a feature when some class weight survives pruning */
	uint32_t kept = 0;
	unsigned char *keep = nf_xcalloc(n ? n : 1, 1);
	for (size_t i = 0; i < n; i++)
		for (int q = 0; q < C; q++) {
			double a = avg[i * C + (size_t)q];
			a = a < 0 ? -a : a;
			if (a >= prune && a >= scale * 0.5) {
				keep[i] = 1;
				kept++;
				break;
			}
		}
	uint32_t fcap = kept + kept / 3 + 16;
	uint32_t *slots = nf_xcalloc(fcap, 8);
	int16_t *rows = nf_xmalloc(((size_t)kept + 1) * C * sizeof *rows);
	uint32_t nr = 0;
	/* rows in the order they were made: deterministic */
	for (size_t i = 0; i < n; i++) {
		if (!keep[i])
			continue;
		uint32_t key = tr->rowkey[i];
		uint32_t t = (uint32_t)(((uint64_t)key * fcap) >> 32);
		while (slots[2 * t])
			if (++t == fcap)
				t = 0;
		slots[2 * t] = key;
		slots[2 * t + 1] = nr;
		for (int q = 0; q < C; q++) {
			double v = avg[i * C + (size_t)q] / scale;
			long r = (long)(v < 0 ? v - 0.5 : v + 0.5);
			rows[(size_t)nr * C + (size_t)q] = (int16_t)(r > 32767 ? 32767 : r < -32767 ? -32767 : r);
		}
		nr++;
	}
	int32_t trans[NTRANS];
	for (int i = 0; i < NTRANS; i++) {
		double v = tavg[i] / scale;
		trans[i] = (int32_t)(v < 0 ? v - 0.5 : v + 0.5);
	}
	struct nf_ent_image im = {
		.options = tr->options, .scale = scale, .fcap = fcap, .nrows = nr,
		.slots = slots, .rows = rows,
		.trans = trans, .gaz = *gaz, .classes = *classes,
	};
	nf_ent_model_write(out, &im);
	free(avg);
	free(keep);
	free(slots);
	free(rows);
}
