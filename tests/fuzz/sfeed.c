/* sfeed.c: libFuzzer target for sfeed(5) lines: every line of the input
 * parsed, and each item's text valid UTF-8 without NUL or CR. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "newsfilter/buf.h"
#include "newsfilter/sfeed.h"
#include "newsfilter/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct nf_buf scratch, text;
	const char *s = (const char *)data;
	size_t i = 0;

	while (i <= size) {
		const char *nl = memchr(s + i, '\n', size - i);
		size_t e = nl ? (size_t)(nl - s) : size;
		struct nf_sfeed_item it;
		int r = nf_sfeed_parse(s + i, e - i, &it, &scratch);
		if (r == 1) {
			text.len = 0;
			nf_sfeed_text(&it, &text);
			if (nf_utf8_clean_prefix(text.data, text.len) != text.len)
				abort();
			if (it.doc_id_len && !it.doc_id)
				abort();
		} else if (r != 0 && r != -1) {
			abort();
		}
		i = e + 1;
	}
	return 0;
}
