/* warc.c: libFuzzer target for the WARC reader: any bytes (plain or gzip)
 * read to the end without a fault, every document's body turned into text
 * as the record reader will, none past the record limit (-L, 1 MiB here). */
#include <stdint.h>
#include <stdlib.h>

#include "newsfilter/buf.h"
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
	const size_t max = 1 << 20;

	(void)nf_warc_detect((const char *)data, size);
	nf_warc_set_max(w, max);
	while (nf_warc_next(w, &d)) {
		/* Latin-1 made UTF-8 takes at most 3 bytes a byte; ids are UTF-8. */
		if (!d.id || !d.type || !d.date || (d.len && !d.body) || d.len > 3 * max ||
		    nf_utf8_clean_prefix(d.id, d.id_len) != d.id_len)
			abort();
		text.len = 0;
		nf_warc_doc_text(&d, &text);
	}
	nf_warc_free(w);
	nf_input_close(in);
	return 0;
}
