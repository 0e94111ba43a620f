/* decode.c: the best BILOU tag sequence of a sentence under the model's
 * token scores and tag transitions (Viterbi), so that a span is always
 * well formed and an early choice can be undone by what follows; and the
 * spans of a tag sequence. */
#include <stdint.h>
#include <string.h>

#include "newsfilter/entities.h"

#define C NF_ENT_CLASSES
#define NEG (INT64_MIN / 4)

/* The last token cannot open or continue an entity. */
static int can_end(int c)
{
	return c == 0 || NF_ENT_POS(c) >= 2;
}

/* BILOU leaves few transitions: O, B and U follow O, L or U (of any
 * type); I and L follow B or I of their own type. */
#define NOUT (1 + 2 * NF_ENT_NTYPES)
static const unsigned char out_next[NOUT] = {  /* O, B-*, U-* */
	0, NF_ENT_B(0), NF_ENT_B(1), NF_ENT_B(2), NF_ENT_B(3),
	NF_ENT_U(0), NF_ENT_U(1), NF_ENT_U(2), NF_ENT_U(3) };
static const unsigned char out_prev[NOUT] = {  /* O, L-*, U-* */
	0, NF_ENT_L(0), NF_ENT_L(1), NF_ENT_L(2), NF_ENT_L(3),
	NF_ENT_U(0), NF_ENT_U(1), NF_ENT_U(2), NF_ENT_U(3) };

static void greedy(const int32_t *trans, const int32_t *sc, size_t n, unsigned char *tags)
{
	int p = -1;
	for (size_t i = 0; i < n; i++) {
		const int32_t *row = trans + (p + 1) * C;
		int best = -1;
		int64_t bv = NEG;
		for (int c = 0; c < C; c++) {
			if (!nf_ent_allowed(p < 0 ? 0 : p, c) || (i + 1 == n && !can_end(c)))
				continue;
			int64_t v = (int64_t)row[c] + sc[i * C + (size_t)c];
			if (best < 0 || v > bv) {
				best = c;
				bv = v;
			}
		}
		tags[i] = (unsigned char)best;
		p = best;
	}
}

/* Sentences are at most a few hundred tokens (the tagger cuts longer
 * ones), so the path scores fit on the stack. */
#define MAXN 256
/* Path scores are kept in 32 bits: after each token the best is made 0 and
 * none is let fall below FLOOR, so no sum can overflow (a token's score
 * and a transition are far smaller: nf_ent_model_map checks them). */
#define FLOOR (-(1 << 28))
#define NEG32 (-(1 << 30))

static inline int32_t max32(int32_t a, int32_t b)
{
	return a > b ? a : b;
}

/* The best predecessor of class c at a position whose previous path
 * scores are dprev, or -1. */
static int best_prev(const int32_t *trans, const int32_t *dprev, int c)
{
	int best = -1;
	int64_t bv = 0;
	if (c && NF_ENT_POS(c) >= 1 && NF_ENT_POS(c) <= 2) {
		int t = NF_ENT_TYPE(c), ps[2] = { NF_ENT_B(t), NF_ENT_I(t) };
		for (int k = 0; k < 2; k++) {
			int64_t v = (int64_t)dprev[ps[k]] + trans[(ps[k] + 1) * C + c];
			if (best < 0 || v > bv) {
				best = ps[k];
				bv = v;
			}
		}
		return best;
	}
	for (int q = 0; q < NOUT; q++) {
		int p = out_prev[q];
		int64_t v = (int64_t)dprev[p] + trans[(p + 1) * C + c];
		if (best < 0 || v > bv) {
			best = p;
			bv = v;
		}
	}
	return best;
}

/* Viterbi: the scores of the best paths ending in each class at each
 * position, forward; then the path, backward, each step recomputing only
 * the one choice it needs. */
static void viterbi(const int32_t *trans, const int32_t *sc, size_t n, unsigned char *tags)
{
	int32_t d[MAXN][C];
	int32_t tq[NOUT][16];       /* from out_prev[q] to out_next[0..8], padded */
	for (int q = 0; q < NOUT; q++)
		for (int k = 0; k < 16; k++)
			tq[q][k] = k < NOUT ? trans[(out_prev[q] + 1) * C + out_next[k]] : 0;
	for (int c = 0; c < C; c++)
		d[0][c] = NEG32;
	for (int k = 0; k < NOUT; k++)
		d[0][out_next[k]] = trans[out_next[k]] + sc[out_next[k]];
	for (size_t i = 1; i < n; i++) {
		const int32_t *s = sc + i * C, *dp = d[i - 1];
		int32_t best[16];
		for (int k = 0; k < 16; k++)
			best[k] = dp[out_prev[0]] + tq[0][k];
		for (int q = 1; q < NOUT; q++) {
			int32_t v = dp[out_prev[q]];
			for (int k = 0; k < 16; k++)
				best[k] = max32(best[k], v + tq[q][k]);
		}
		int32_t *e = d[i];
		for (int k = 0; k < NOUT; k++)
			e[out_next[k]] = best[k] + s[out_next[k]];
		for (int t = 0; t < NF_ENT_NTYPES; t++) {
			int b = NF_ENT_B(t), in = NF_ENT_I(t);
			for (int c = in; c <= NF_ENT_L(t); c++)
				e[c] = max32(dp[b] + trans[(b + 1) * C + c], dp[in] + trans[(in + 1) * C + c]) +
					s[c];
		}
		int32_t top = e[0];
		for (int c = 1; c < C; c++)
			top = max32(top, e[c]);
		for (int c = 0; c < C; c++)
			e[c] = max32(e[c] - top, FLOOR);
	}
	int best = 0;
	for (int c = 1; c < C; c++)
		if (can_end(c) && d[n - 1][c] > d[n - 1][best])
			best = c;
	for (size_t i = n; i-- > 0;) {
		tags[i] = (unsigned char)best;
		if (i)
			best = best_prev(trans, d[i - 1], best);
	}
}

void nf_ent_decode_with(const int32_t *trans, int greedy_only, const int32_t *sc, size_t n,
	unsigned char *tags)
{
	if (greedy_only) {
		greedy(trans, sc, n, tags);
		return;
	}
	/* a longer sentence is decoded in pieces */
	for (size_t at = 0; at < n; at += MAXN)
		viterbi(trans, sc + at * C, n - at < MAXN ? n - at : MAXN, tags + at);
}

void nf_ent_decode(const struct nf_ent_model *m, const int32_t *sc, size_t n,
	unsigned char *tags)
{
	nf_ent_decode_with(m->trans, (m->options & NF_ENT_OPT_GREEDY) != 0, sc, n, tags);
}

size_t nf_ent_spans(const unsigned char *tags, size_t n, struct nf_entity *out)
{
	size_t k = 0;
	for (size_t i = 0; i < n;) {
		int c = tags[i];
		if (!c) {
			i++;
			continue;
		}
		int type = NF_ENT_TYPE(c);
		size_t j = i + 1;
		if (NF_ENT_POS(c) != 3)
			while (j < n && tags[j] && NF_ENT_TYPE(tags[j]) == type &&
			       (NF_ENT_POS(tags[j]) == 1 || NF_ENT_POS(tags[j]) == 2)) {
				j++;
				if (NF_ENT_POS(tags[j - 1]) == 2)
					break;
			}
		out[k].tok_start = i;
		out[k].tok_end = j;
		out[k].type = type;
		out[k].start = out[k].end = 0;
		out[k].headline = 0;
		k++;
		i = j;
	}
	return k;
}
