/* figures_tables.h: the word lists of lib/figures_tables.c, shared only with
 * lib/figures.c (not a public header). */
#ifndef NEWSFILTER_FIGURES_TABLES_H
#define NEWSFILTER_FIGURES_TABLES_H

enum nf_fig_numtype {
	NW_UNIT, NW_TEEN, NW_TENS, NW_HUNDRED, NW_SCALE, NW_DOZEN,
	NW_HALF, NW_FRAC, NW_FRACS
};

struct nf_fig_numword {
	const char *w;
	unsigned char len;
	int type;
	double v;   /* value; for fractions the denominator */
};

struct nf_fig_word {
	const char *w;
	const char *unit;
	double v;
};

struct nf_fig_hedge {
	const char *w;
	const char *qualifier;
};

extern const struct nf_fig_numword *const nf_fig_numwords[26];
extern const unsigned short nf_fig_numword_lens[26];
extern const struct nf_fig_word nf_fig_magnitudes[];
extern const struct nf_fig_word nf_fig_durations[];
extern const char *const nf_fig_duration_adjs[];
extern const struct nf_fig_word nf_fig_unit_words[];
extern const struct nf_fig_word nf_fig_unit_symbols[];
extern const struct nf_fig_word nf_fig_currency_words[];
extern const struct nf_fig_word nf_fig_currency_adjs[];
extern const char *const nf_fig_currency_codes[];
extern const char *const nf_fig_timezones[];
extern const struct nf_fig_hedge nf_fig_hedges[];
extern const struct nf_fig_word nf_fig_months[];
extern const char *const nf_fig_free_caps[];
extern const char *const nf_fig_id_words[];
extern const char *const nf_fig_call_words[];

#endif
