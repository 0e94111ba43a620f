/* warc.c: libFuzzer target for the WARC reader: any bytes (plain or gzip)
 * read to the end without a fault, every document's body turned into text
 * as the record reader will. */
#include <stdint.h>
#include <stdlib.h>

#include "newsfilter/buf.h"
#include "newsfilter/html.h"
#include "newsfilter/input.h"
#include "newsfilter/utf8.h"
#include "newsfilter/warc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct nf_buf text;
	struct nf_input *in = nf_input_mem("fuzz", (const char *)data, size);
	struct nf_warc *w = nf_warc_new(in);
	struct nf_warc_doc d;

	(void)nf_warc_detect((const char *)data, size);
	while (nf_warc_next(w, &d)) {
		if (!d.id || !d.type || !d.date || (d.len && !d.body))
			abort();
		text.len = 0;
		if (d.is_html)
			nf_html_to_text(d.body, d.len, &text);
		else
			nf_utf8_sanitize(&text, d.body, d.len);
	}
	nf_warc_free(w);
	nf_input_close(in);
	return 0;
}
