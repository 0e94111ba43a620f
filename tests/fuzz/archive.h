/* archive.h: the reading shared by the tar and zip fuzz targets: the bytes
 * as an input (decoded if compressed), read as an archive of one kind to
 * the end, members in odd-sized pieces. */
#ifndef NF_FUZZ_ARCHIVE_H
#define NF_FUZZ_ARCHIVE_H

#include <stdint.h>
#include <stdlib.h>

#include "newsfilter/archive.h"
#include "newsfilter/input.h"
#include "newsfilter/utf8.h"

static void read_archive(enum nf_archive_kind kind, const uint8_t *data, size_t size)
{
	struct nf_input *in = nf_input_mem("fuzz", (const char *)data, size);
	struct nf_archive *a = nf_archive_new(in, kind);
	const char *p;
	size_t pl;
	unsigned char buf[3001];
	long n;

	(void)nf_archive_detect(data, size);
	while (nf_archive_next(a, &p, &pl)) {
		if (nf_utf8_clean_prefix(p, pl) != pl || p[pl] != 0)
			abort();
		while ((n = nf_archive_read(a, buf, sizeof buf)) > 0)
			if ((size_t)n > sizeof buf)
				abort();
	}
	nf_archive_free(a);
	nf_input_close(in);
}

#endif
