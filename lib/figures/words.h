/* words.h: the word lists of lib/figures/words.c (number words, units,
 * currencies, durations, hedges, months, name words) and the one index
 * over them that every lookup goes through (lib/figures/lexicon.c). */
#ifndef NEWSFILTER_FIGURES_WORDS_H
#define NEWSFILTER_FIGURES_WORDS_H

#include <stddef.h>

enum nf_fig_numtype {
	NW_UNIT, NW_TEEN, NW_TENS, NW_HUNDRED, NW_SCALE, NW_DOZEN,
	NW_HALF, NW_FRAC, NW_FRACS
};

struct nf_fig_numword {
	const char *w;
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

extern const struct nf_fig_numword nf_fig_numwords[];
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
extern const char *const nf_fig_suffix_words[];

/* What a word is, in every list at once. The lists above whose words are
 * matched ignoring case are indexed by the word in lower case; unit
 * symbols, currency codes and time zones keep their case (MW is not mW)
 * and are indexed apart. */
enum {
	LEX_DURATION_ADJ = 1, LEX_FREE_CAP = 2, LEX_ID_WORD = 4, LEX_CALL_WORD = 8,
	LEX_SUFFIX = 16
};

struct nf_fig_lex {
	const struct nf_fig_numword *num;
	const struct nf_fig_word *magnitude, *duration, *unit, *currency,
		*currency_adj, *month;
	unsigned roles;
	unsigned short hedge_at, hedge_n;   /* the hedges ending in this word */
};

/* A hedge of nf_fig_hedges[] with its length, as the lexicon lists them by
 * their last word: nf_fig_hedge_pool()[l->hedge_at .. + l->hedge_n). */
struct nf_fig_hedge_ref {
	const struct nf_fig_hedge *h;
	size_t len;
};
const struct nf_fig_hedge_ref *nf_fig_hedge_pool(void);

struct nf_fig_sym {
	const struct nf_fig_word *unit;   /* a unit symbol */
	const char *currency;             /* an ISO 4217 code, as meant */
	int timezone;
};

/* The entry of w[0..len), or NULL: folded ignores ASCII case. */
const struct nf_fig_lex *nf_fig_lex_find(const char *w, size_t len);
const struct nf_fig_sym *nf_fig_sym_find(const char *w, size_t len);

/* The number word w[0..len), ignoring case, or NULL. */
const struct nf_fig_numword *nf_fig_numword_find(const char *w, size_t len);

/* Bit l of nf_fig_numword_lens()[c - 'a'][d - 'a'] is set when a number
 * word of length l starts with the letters c and d: nearly every other word
 * is ruled out by it before any lookup. */
const unsigned short (*nf_fig_numword_lens(void))[26];

#endif
