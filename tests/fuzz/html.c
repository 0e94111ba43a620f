/* html.c: libFuzzer target for HTML to text: any bytes give valid UTF-8
 * without NUL or CR, no space or break at either end, never more than one
 * blank line in a row, and no space next to a break. */
#include <stdint.h>
#include <stdlib.h>

#include "newsfilter/buf.h"
#include "newsfilter/html.h"
#include "newsfilter/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct nf_buf out;
	int32_t cp;

	out.len = 0;
	nf_html_to_text((const char *)data, size, &out);
	if (nf_utf8_clean_prefix(out.data, out.len) != out.len)
		abort();
	if (out.len && (out.data[0] == ' ' || out.data[0] == '\n' ||
	    out.data[out.len - 1] == ' ' || out.data[out.len - 1] == '\n'))
		abort();
	for (size_t i = 0; i + 1 < out.len; i++) {
		if (out.data[i] == '\t' || (out.data[i] == ' ' && out.data[i + 1] == ' '))
			abort();
		if (out.data[i] == '\n' && (out.data[i + 1] == ' ' || (i > 0 && out.data[i - 1] == ' ')))
			abort();
		if (out.data[i] == '\n' && out.data[i + 1] == '\n' && i + 2 < out.len && out.data[i + 2] == '\n')
			abort();
	}
	/* The entity decoder on its own, at every '&'. */
	for (size_t i = 0; i < size; i++) {
		if (data[i] != '&')
			continue;
		size_t k = nf_html_entity((const char *)data + i, size - i, &cp);
		if (k > size - i || (k && (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0)))
			abort();
	}
	return 0;
}
