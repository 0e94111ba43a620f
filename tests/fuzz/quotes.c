/* quotes.c: libFuzzer target for the quotation analyser: the bytes are
 * cleaned as the record reader cleans them and cut into records at '|'
 * (the first byte picks how records relate); every quote must lie inside
 * its record, and speaker, cue, source and role be short, whole strings. */
#include <stdint.h>
#include <stdlib.h>

#include "newsfilter/buf.h"
#include "newsfilter/entities.h"
#include "newsfilter/quotes.h"
#include "newsfilter/utf8.h"

static void check(const struct nf_quote *qs, size_t n, size_t len)
{
	for (size_t i = 0; i < n; i++) {
		const struct nf_quote *q = &qs[i];
		if (!q->earlier && (q->start > q->end || q->end > len))
			abort();
		if (q->speaker && (q->speaker_len == 0 || q->speaker_len > 200))
			abort();
		if (q->cue && (q->cue_len == 0 || q->cue_len > 64))
			abort();
		if (q->len && !q->text)
			abort();
		/* the source lies inside its record; type and role go with a
		 * speaker */
		if (q->source && (q->source_len == 0 || q->source_len > 120))
			abort();
		if (q->source_here && !q->earlier && (q->source_start >
			q->source_end || q->source_end > len))
			abort();
		if ((q->speaker_type != NF_SPEAKER_NONE) != (q->speaker != NULL) ||
			q->speaker_type > NF_SPEAKER_LOC)
			abort();
		if (q->role && (!q->speaker || q->role_len == 0 || q->role_len > 64))
			abort();
		/* touch every byte, so that ASan sees a dangling pointer */
		volatile char c = 0;
		for (size_t k = 0; k < q->len; k++)
			c ^= q->text[k];
		for (size_t k = 0; k < q->speaker_len; k++)
			c ^= q->speaker[k];
		for (size_t k = 0; k < q->source_len; k++)
			c ^= q->source[k];
		for (size_t k = 0; k < q->role_len; k++)
			c ^= q->role[k];
		(void)c;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct nf_buf b;
	static struct nf_quotes *q;
	const struct nf_quote *qs;
	enum nf_quote_para para = NF_PARA_NEW;

	if (!q) {
		q = nf_quotes_new();
		/* the tagger decides names near quotes, as pull-quotes runs */
		nf_quotes_use_tagger(q, nf_ent_model_builtin("default"));
	}
	if (size && data[0] < 3) {
		para = (enum nf_quote_para)data[0];
		data++, size--;
	}
	b.len = 0;
	nf_utf8_sanitize(&b, (const char *)data, size);
	size_t pos = 0;
	int first = 1;
	while (pos <= b.len) {
		size_t e = pos;
		while (e < b.len && b.data[e] != '|')
			e++;
		/* an exact-size copy, so that ASan sees any read past the end */
		size_t len = e - pos;
		char *rec = malloc(len ? len : 1);
		if (len)
			memcpy(rec, b.data + pos, len);
		size_t n = nf_quotes_scan(q, rec, len, first ? NF_PARA_NEW : para, &qs);
		check(qs, n, len);
		free(rec);
		first = 0;
		pos = e + 1;
	}
	size_t n = nf_quotes_end(q, &qs);
	check(qs, n, 0);
	nf_quotes_reset(q);
	return 0;
}
