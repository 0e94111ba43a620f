/* sentences.c: libFuzzer target for the sentence splitter: the bytes are
 * cleaned as the record reader cleans them, then split; every sentence must
 * lie inside the text, move forward, and not overlap the last. */
#include <stdint.h>
#include <stdlib.h>

#include "newsfilter/buf.h"
#include "newsfilter/sentences.h"
#include "newsfilter/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct nf_buf b;
	size_t pos = 0, start, end, last_end = 0;

	b.len = 0;
	nf_utf8_sanitize(&b, (const char *)data, size);
	/* An exact-size copy, so that ASan sees any read past the end. */
	char *text = malloc(b.len ? b.len : 1);
	if (b.len)
		memcpy(text, b.data, b.len);
	while (nf_sentence_next(text, b.len, pos, &start, &end)) {
		if (start < last_end || end <= start || end > b.len || end <= pos)
			abort();
		/* A sentence never starts or ends inside a UTF-8 sequence. */
		if ((start < b.len && ((unsigned char)text[start] & 0xC0) == 0x80) ||
		    (end < b.len && ((unsigned char)text[end] & 0xC0) == 0x80))
			abort();
		last_end = pos = end;
	}
	free(text);
	return 0;
}
