/* entities.c: libFuzzer target for the tokenizer, the tagger and the model
 * reader: tokens and entities must lie in order inside the text, and any
 * bytes given as a model file must be refused or be safe to use. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "newsfilter/entities.h"
#include "newsfilter/tokens.h"

static void check_tokens(const char *s, size_t len)
{
	size_t pos = 0, last = 0;
	struct nf_token t;
	while (nf_token_next(s, len, &pos, &t)) {
		if (t.start < last || t.end <= t.start || t.end > len || pos != t.end)
			abort();
		last = t.end;
	}
	if (pos != len)
		abort();
}

static void check_tagger(const struct nf_ent_model *m, const char *s, size_t len)
{
	struct nf_tagger *tg = nf_tagger_new(m);
	const struct nf_entity *e;
	const struct nf_token *toks;
	size_t ntoks, last = 0;
	size_t n = nf_tagger_run(tg, s, len, &e, &toks, &ntoks);
	for (size_t i = 0; i < n; i++) {
		if (e[i].start < last || e[i].end <= e[i].start || e[i].end > len ||
		    e[i].type < 0 || e[i].type >= NF_ENT_NTYPES || e[i].tok_end > ntoks)
			abort();
		last = e[i].end;
	}
	/* the same text again, as the next record of the document */
	nf_tagger_run(tg, s, len, &e, &toks, &ntoks);
	nf_tagger_free(tg);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	check_tokens(s, size);
	const struct nf_ent_model *m = nf_ent_model_builtin("default");
	if (m)
		check_tagger(m, s, size);

	/* the bytes as a model file (8-byte aligned, as a file read is) */
	uint64_t *buf = malloc(size / 8 + 1 > 0 ? (size / 8 + 1) * 8 : 8);
	if (!buf)
		return 0;
	memcpy(buf, data, size);
	struct nf_ent_model fm;
	const char *err;
	if (nf_ent_model_map(&fm, buf, size, &err) == 0)
		check_tagger(&fm, "Angela Merkel met Putin in Kyiv. NATO said", 42);
	free(buf);
	return 0;
}
