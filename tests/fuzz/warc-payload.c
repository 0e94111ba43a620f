/* warc-payload.c: libFuzzer target for the decoding of a WARC page's HTTP
 * payload: headers, chunked transfer coding, gzip and deflate content
 * coding (bombs included), charsets. The first byte picks the -L limit
 * (1 byte to 1 MiB); no input may decode past it, nor fault. */
#include <stdint.h>
#include <stdlib.h>

#include "newsfilter/buf.h"
#include "newsfilter/input.h"
#include "newsfilter/warc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct nf_input *in;
	static struct nf_warc *w;
	static struct nf_buf text;
	struct nf_warc_doc d = { 0 };

	if (!w) {
		in = nf_input_mem("fuzz", "", 0);
		w = nf_warc_new(in);
	}
	if (size < 1)
		return 0;
	size_t max = (size_t)1 << (data[0] % 21);
	nf_warc_set_max(w, max);
	int r = nf_warc_http_payload(w, (const char *)data + 1, size - 1, &d);
	if (r < -1 || r > 1)
		abort();
	if (r == 1) {
		/* Latin-1 made UTF-8 takes at most 3 bytes a byte. */
		if ((d.len && !d.body) || d.len > 3 * max)
			abort();
		text.len = 0;
		nf_warc_doc_text(&d, &text);
	}
	return 0;
}
