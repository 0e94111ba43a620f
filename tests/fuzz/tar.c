/* tar.c: libFuzzer target for the tar reader: any bytes (plain or gzip)
 * read to the end without a fault; every path is valid UTF-8 with its NUL
 * in place. */
#include <stdint.h>
#include <stdlib.h>

#include "newsfilter/input.h"
#include "newsfilter/tar.h"
#include "newsfilter/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nf_input *in = nf_input_mem("fuzz", (const char *)data, size);
	struct nf_tar *t = nf_tar_new(in);
	const char *p, *d;
	size_t pl, dl;

	(void)nf_tar_detect(data, size);
	while (nf_tar_next(t, &p, &pl, &d, &dl)) {
		if (nf_utf8_clean_prefix(p, pl) != pl || p[pl] != 0)
			abort();
		/* Touch the first and last byte: ASan checks the slice. */
		if (dl && (d[0] == 1) + (d[dl - 1] == 1) > 2)
			abort();
	}
	nf_tar_free(t);
	nf_input_close(in);
	return 0;
}
