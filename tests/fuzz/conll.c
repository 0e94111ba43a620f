/* conll.c: libFuzzer target for the CoNLL reader of train-entities: any
 * bytes (plain or gzip) read to the end, going on past bad lines; every
 * sentence has tokens, each a NUL-terminated word of its length with a
 * known tag. */
#include <stdint.h>
#include <stdlib.h>

#include "newsfilter/conll.h"
#include "newsfilter/entities.h"
#include "newsfilter/input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nf_input *in = nf_input_mem("fuzz", (const char *)data, size);
	struct nf_conll c;
	int k, doc_start, bad = 0;

	nf_conll_init(&c, in);
	while ((k = nf_conll_next(&c, &doc_start)) != 0 && bad < 1000) {
		if (k < 0) {
			bad++;
			continue;
		}
		if (c.n == 0)
			abort();
		for (size_t i = 0; i < c.n; i++) {
			const struct nf_conll_tok *t = &c.toks[i];
			if (t->word[t->len] != 0 || t->type < -1 || t->type >= NF_ENT_NTYPES ||
			    (t->type < 0 && t->inside))
				abort();
		}
	}
	nf_conll_free(&c);
	nf_input_close(in);
	return 0;
}
