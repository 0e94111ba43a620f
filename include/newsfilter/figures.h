/* figures.h: the numeric figures of news text (counts, percentages, money,
 * quantities, fractions, ordinals, dates, times, durations), normalised with
 * their unit, hedge and range, as DESIGN.md's count-figures section says. */
#ifndef NEWSFILTER_FIGURES_H
#define NEWSFILTER_FIGURES_H

#include <stddef.h>

enum nf_figure_kind {
	NF_FIG_COUNT, NF_FIG_PERCENT, NF_FIG_MONEY, NF_FIG_QUANTITY,
	NF_FIG_FRACTION, NF_FIG_ORDINAL, NF_FIG_DATE, NF_FIG_TIME,
	NF_FIG_DURATION
};
#define NF_FIG_NKINDS 9

struct nf_figure {
	size_t start, end;          /* byte offsets into the text, end exclusive */
	enum nf_figure_kind kind;
	double value;               /* not for dates and times: see iso */
	long long whole;            /* nonzero: the value is this integer,
	                               written in full beyond 2^53, where a
	                               double loses its last digits */
	double upper;               /* the upper bound of a range */
	int has_upper;
	const char *unit;           /* static string, or NULL */
	const char *per;            /* a rate is unit per this: "h" for km/h
	                               and for "$15/hour"; or NULL */
	const char *qualifier;      /* "~" ">" "<" ">=" "<=", or NULL */
	char iso[16];               /* dates: "2025-12-02", "2022-07", "--03-04",
	                               "1991", "196X"; times: "HH:MM" */
};

/* A reusable result array: nf_figures_find overwrites it and grows it only
 * when a text has more figures than any before. Zero-initialise it. */
struct nf_figures {
	struct nf_figure *v;
	size_t n, cap;
};

/* Find the figures of text[0..len) (UTF-8, not NUL-terminated; invalid
 * bytes are tolerated and never part of a figure) in text order; returns
 * fs->n. */
size_t nf_figures_find(struct nf_figures *fs, const char *text, size_t len);

/* The same, streaming: fn is called for every figure in text order, and fs
 * holds only the last few hundred, so memory does not grow with the
 * number of figures in a text. Returns how many there were. */
typedef void nf_figure_fn(const struct nf_figure *f, void *arg);
size_t nf_figures_each(struct nf_figures *fs, const char *text, size_t len,
	nf_figure_fn *fn, void *arg);

void nf_figures_free(struct nf_figures *fs);

/* "count", "percent", ... as in DESIGN.md. */
const char *nf_figure_kind_name(enum nf_figure_kind k);

#endif
