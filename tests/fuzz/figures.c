/* figures.c: libFuzzer target for the figure finder. The bytes go in raw,
 * not cleaned (the finder promises to tolerate invalid UTF-8); every figure
 * must lie inside the text, in order, without overlap, with a known kind
 * and a finite value or a short ISO string. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "newsfilter/figures.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct nf_figures fs;
	size_t n, k, last_end = 0;
	/* An exact-size copy, so that ASan sees any read past the end. */
	char *text = malloc(size ? size : 1);

	if (size)
		memcpy(text, data, size);
	n = nf_figures_find(&fs, text, size);
	for (k = 0; k < n; k++) {
		const struct nf_figure *f = &fs.v[k];
		if (f->start < last_end || f->end <= f->start || f->end > size)
			abort();
		if ((unsigned)f->kind >= NF_FIG_NKINDS)
			abort();
		if (f->kind == NF_FIG_DATE || f->kind == NF_FIG_TIME) {
			if (memchr(f->iso, 0, sizeof f->iso) == NULL || f->iso[0] == 0)
				abort();
		} else if (!isfinite(f->value) || (f->has_upper && !isfinite(f->upper))) {
			abort();
		}
		last_end = f->end;
	}
	free(text);
	return 0;
}
