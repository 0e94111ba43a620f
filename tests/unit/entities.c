/* entities.c: unit tests of the entity tagger: the compiled-in models pass
 * the full check, BILOU transitions, spans, Viterbi against an exhaustive
 * search, the per-word cache against the feature keys, the document
 * memory, the tagger. */
#include <stdlib.h>

#include "newsfilter/entities.h"
#include "test.h"

extern const char nf_ent_model_default_data[], nf_ent_model_open_data[];
extern const size_t nf_ent_model_default_len, nf_ent_model_open_len;

#define C NF_ENT_CLASSES

static long long path_score(const int32_t *tr, const int32_t *sc, const unsigned char *t,
	size_t n)
{
	long long s = 0;
	int p = -1;
	for (size_t i = 0; i < n; i++) {
		s += tr[(p + 1) * C + t[i]] + sc[i * C + t[i]];
		p = t[i];
	}
	return s;
}

static int well_formed(const unsigned char *t, size_t n)
{
	int p = 0;
	for (size_t i = 0; i < n; i++) {
		if (!nf_ent_allowed(p, t[i]))
			return 0;
		p = t[i];
	}
	return p == 0 || NF_ENT_POS(p) >= 2;
}

/* Viterbi finds a best well-formed sequence: checked against every
 * sequence of up to four tokens, with random scores. */
static int viterbi_exact(void)
{
	srand(7);
	for (int it = 0; it < 3000; it++) {
		size_t n = 1 + (size_t)rand() % 4, total = 1;
		int32_t tr[(C + 1) * C], sc[4 * C];
		unsigned char got[4], t[4];
		for (int i = 0; i < (C + 1) * C; i++)
			tr[i] = rand() % 2000 - 1000;
		for (size_t i = 0; i < n * C; i++)
			sc[i] = rand() % 2000 - 1000;
		nf_ent_decode_with(tr, 0, sc, n, got);
		long long best = -(1LL << 60);
		for (size_t i = 0; i < n; i++)
			total *= C;
		for (size_t x = 0; x < total; x++) {
			size_t y = x;
			for (size_t i = 0; i < n; i++, y /= C)
				t[i] = (unsigned char)(y % C);
			if (well_formed(t, n) && path_score(tr, sc, t, n) > best)
				best = path_score(tr, sc, t, n);
		}
		if (!well_formed(got, n) || path_score(tr, sc, got, n) != best)
			return 0;
	}
	return 1;
}

/* Extreme scores over a long sentence: no overflow (UBSan watches), and
 * still a well-formed answer. */
static int viterbi_extreme(void)
{
	enum { N = 300 };
	static int32_t sc[N * C];
	int32_t tr[(C + 1) * C];
	unsigned char t[N];
	for (int i = 0; i < (C + 1) * C; i++)
		tr[i] = i % 2 ? (1 << 24) : -(1 << 24);
	for (int i = 0; i < N * C; i++)
		sc[i] = i % 3 ? 2000000000 / 64 : -2000000000 / 64;
	nf_ent_decode_with(tr, 0, sc, N, t);
	return well_formed(t, 256) && well_formed(t + 256, N - 256);
}

/* The tagger's cached per-word sums equal the sums of the rows of every
 * feature key of each token. */
static int cache_matches_keys(const struct nf_ent_model *m)
{
	const char *text = "The European Commission fined Google 2.4 billion euros , "
		"said Margrethe Vestager in Brussels on Tuesday .";
	struct nf_token toks[64];
	size_t n = 0, pos = 0, sent[2];
	while (n < 64 && nf_token_next(text, strlen(text), &pos, &toks[n]))
		n++;
	sent[0] = 0;
	sent[1] = n;
	struct nf_ent_state *st = nf_ent_state_new(m);
	struct nf_ent_doc *doc = calloc(1, sizeof *doc);
	unsigned char tags[64];
	/* twice: the second time every word comes from the cache */
	nf_ent_tag(st, doc, text, toks, n, sent, 1, tags);
	nf_ent_tag(st, doc, text, toks, n, sent, 1, tags);
	const int32_t *got = nf_ent_state_scores(st);
	struct nf_ent_tok et[64];
	for (size_t i = 0; i < n; i++)
		nf_ent_word_prepare(&et[i].w, text + toks[i].start, toks[i].end - toks[i].start,
			&m->classes);
	nf_ent_gaz_mark(&m->gaz, et, n);
	int mode = nf_ent_sentence_mode(et, n), ok = 1;
	for (size_t i = 0; i < n; i++) {
		uint32_t f[NF_ENT_TOKFEAT];
		size_t k = nf_ent_token_features(et, n, i, mode, f);
		int32_t want[C] = { 0 };
		for (size_t j = 0; j < k; j++) {
			const int16_t *r = nf_ent_model_row(m, f[j]);
			for (int q = 0; r && q < C; q++)
				want[q] += r[q];
		}
		ok &= memcmp(want, got + i * C, sizeof want) == 0;
	}
	free(doc);
	nf_ent_state_free(st);
	return ok;
}

/* The document memory counts capitalised words by the type given them,
 * words in lower case apart, takes votes back, and stays its size. */
static int doc_votes(void)
{
	struct nf_ent_doc *d = calloc(1, sizeof *d);
	const char *w[] = { "Derby", "won", "derby", "Derby" };
	struct nf_ent_tok t[4];
	unsigned char tags[4] = { NF_ENT_U(NF_ENT_ORG), 0, 0, NF_ENT_U(NF_ENT_LOC) };
	for (int i = 0; i < 4; i++)
		nf_ent_word_prepare(&t[i].w, w[i], strlen(w[i]), NULL);
	nf_ent_doc_clear(d);
	nf_ent_doc_count(d, t, tags, 4, 1);
	nf_ent_doc_lookup(d, t, 4);
	int ok = t[0].vote[1 + NF_ENT_ORG] == 1 && t[0].vote[1 + NF_ENT_LOC] == 1 &&
		t[0].low == 1 && t[1].vote[0] == 0;
	nf_ent_doc_unvote(&t[0], tags[0]);
	ok &= t[0].vote[1 + NF_ENT_ORG] == 0 && t[0].vote[1 + NF_ENT_LOC] == 1;
	nf_ent_doc_count(d, t, tags, 4, -1);
	nf_ent_doc_lookup(d, t, 4);
	ok &= t[3].vote[1 + NF_ENT_LOC] == 0 && t[3].low == 0;
	free(d);
	return ok && sizeof(struct nf_ent_doc) < 100000;
}

int main(void)
{
	struct nf_ent_model m;
	const char *err = "";
	CHECK("default-model-checks", nf_ent_model_map(&m, nf_ent_model_default_data,
		nf_ent_model_default_len, &err) == 0);
	CHECK("open-model-checks", nf_ent_model_map(&m, nf_ent_model_open_data,
		nf_ent_model_open_len, &err) == 0);
	CHECK("builtin-default", nf_ent_model_builtin("default") != NULL);
	CHECK("builtin-open", nf_ent_model_builtin("open") != NULL);
	CHECK("builtin-other", nf_ent_model_builtin("closed") == NULL);
	CHECK("truncated", nf_ent_model_map(&m, nf_ent_model_open_data,
		nf_ent_model_open_len - 1, &err) != 0);
	const struct nf_ent_model *dm = nf_ent_model_builtin("default");
	CHECK("default-has-classes", dm && dm->classes.cap > 0 &&
		(dm->options & NF_ENT_OPT_CLASSES) && (dm->options & NF_ENT_OPT_VOTES));

	CHECK("allowed-O-B", nf_ent_allowed(0, NF_ENT_B(NF_ENT_PER)));
	CHECK("allowed-B-L", nf_ent_allowed(NF_ENT_B(NF_ENT_PER), NF_ENT_L(NF_ENT_PER)));
	CHECK("not-B-O", !nf_ent_allowed(NF_ENT_B(NF_ENT_PER), 0));
	CHECK("not-B-Lother", !nf_ent_allowed(NF_ENT_B(NF_ENT_PER), NF_ENT_L(NF_ENT_ORG)));
	CHECK("not-O-I", !nf_ent_allowed(0, NF_ENT_I(NF_ENT_LOC)));
	CHECK("allowed-U-U", nf_ent_allowed(NF_ENT_U(NF_ENT_LOC), NF_ENT_U(NF_ENT_MISC)));

	unsigned char tags[] = { 0, NF_ENT_B(NF_ENT_PER), NF_ENT_I(NF_ENT_PER),
		NF_ENT_L(NF_ENT_PER), NF_ENT_U(NF_ENT_LOC), 0, NF_ENT_U(NF_ENT_ORG) };
	struct nf_entity e[8];
	size_t n = nf_ent_spans(tags, sizeof tags, e);
	CHECK("spans", n == 3 && e[0].tok_start == 1 && e[0].tok_end == 4 &&
		e[0].type == NF_ENT_PER && e[1].tok_start == 4 && e[1].type == NF_ENT_LOC &&
		e[2].tok_start == 6 && e[2].tok_end == 7 && e[2].type == NF_ENT_ORG);

	CHECK("viterbi-exact", viterbi_exact());
	CHECK("viterbi-extreme", viterbi_extreme());
	CHECK("cache-matches-keys", dm && cache_matches_keys(dm));
	CHECK("doc-votes", doc_votes());

	struct nf_tagger *tg = nf_tagger_new(dm);
	const char *s = "President Vladimir Putin met Donald Trump in Alaska.";
	const struct nf_entity *ents;
	const struct nf_token *toks;
	size_t ntoks;
	n = nf_tagger_run(tg, s, strlen(s), &ents, &toks, &ntoks);
	CHECK("tagger-count", n == 3);
	CHECK("tagger-putin", n > 0 && ents[0].start == 10 && ents[0].end == 24 &&
		ents[0].type == NF_ENT_PER);
	CHECK("tagger-alaska", n > 2 && ents[2].start == 45 && ents[2].end == 51 &&
		ents[2].type == NF_ENT_LOC);
	CHECK("tagger-tokens", ntoks == 9);
	/* a short window, as pull-quotes tags around a quotation */
	n = nf_tagger_run(tg, "said Angela Merkel", 18, &ents, &toks, &ntoks);
	CHECK("tagger-window", n == 1 && ents[0].start == 5 && ents[0].type == NF_ENT_PER);
	n = nf_tagger_run(tg, "", 0, &ents, &toks, &ntoks);
	CHECK("tagger-empty", n == 0 && ntoks == 0);
	nf_tagger_free(tg);
	TEST_END();
}
