/* figures.c: libFuzzer target for the figure finder. The bytes go in raw,
 * not cleaned (the finder promises to tolerate invalid UTF-8); every figure
 * must lie inside the text, in order, without overlap, with a known kind
 * and a finite value or a short ISO string; streaming them gives the same
 * figures. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "newsfilter/figures.h"

struct seen {
	const struct nf_figures *all;
	size_t k;
};

/* The streamed figure must be the k-th of nf_figures_find's. */
static void same_figure(const struct nf_figure *f, void *arg)
{
	struct seen *s = arg;
	const struct nf_figure *g;

	if (s->k >= s->all->n)
		abort();
	g = &s->all->v[s->k++];
	if (f->start != g->start || f->end != g->end || f->kind != g->kind ||
	    f->unit != g->unit || f->qualifier != g->qualifier ||
	    strcmp(f->iso, g->iso) != 0 || f->value != g->value)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct nf_figures fs, part;
	struct seen seen = { &fs, 0 };
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
	if (nf_figures_each(&part, text, size, same_figure, &seen) != n || seen.k != n)
		abort();
	free(text);
	return 0;
}
