/* entities.c: unit tests of the entity model module: the compiled-in
 * models pass the full check, BILOU transitions, spans, the tagger. */
#include <stdlib.h>

#include "newsfilter/entities.h"
#include "test.h"

extern const char nf_ent_model_default_data[], nf_ent_model_open_data[];
extern const size_t nf_ent_model_default_len, nf_ent_model_open_len;

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

	struct nf_tagger *tg = nf_tagger_new(nf_ent_model_builtin("default"));
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
	nf_tagger_free(tg);
	TEST_END();
}
