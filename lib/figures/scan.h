/* scan.h: what the files of lib/figures/ share (not a public header): the
 * scan state, a number as written, the word after it, and the byte helpers
 * every reader of context uses. */
#ifndef NEWSFILTER_FIGURES_SCAN_H
#define NEWSFILTER_FIGURES_SCAN_H

#include <stddef.h>
#include <stdint.h>

#include "newsfilter/figures.h"
#include "words.h"

/* The last word looked up in each index: a number's neighbours are asked
 * about several times in a row (currency? month? name? hedge?). */
struct lexcache {
	const char *lw, *sw;
	size_t ll, sl;
	const struct nf_fig_lex *le;
	const struct nf_fig_sym *se;
};

struct sc {
	const char *t;
	size_t n;
	struct nf_figures *fs;
	size_t last_end;     /* end of the last figure emitted */
	struct lexcache *cache;
	nf_figure_fn *fn;    /* streaming: where figures go, and how many went */
	void *arg;
	size_t done;
};

/* A number as written: digits or words, before its context is read. */
struct num {
	size_t s, e;
	double v;
	int word;      /* spelled out */
	int intdig;    /* digits before a separator or decimal point */
	int plain;     /* digits only: no separator, no decimals */
	int dec;       /* has a decimal part */
	int frac;      /* a fraction: two-thirds, half */
	int mag;       /* a magnitude was applied: million, bn, k */
	int bare;      /* a scale word with no number before: "dozen" */
	int one;       /* the lone word "one" */
	int doubt;     /* "1,5" with nothing to say whether it is 1.5 */
	long long whole;   /* the digits of an integer beyond 2^53, else 0 */
};

/* What follows a number: its kind and unit. */
struct suf {
	size_t e;
	int kind;          /* -1: nothing */
	const char *unit;
	double mul;
	double secs;       /* seconds per unit for hour/minute/second */
	int points;        /* "45 points": a count that keeps its noun */
	int compound;      /* "four-pack" */
	const char *per;   /* a rate: "km per hour", "$15.4/hour" */
};

/* A figure being read (figure.c): the number, what precedes and follows
 * it, and the second number of a range. */
struct fig {
	struct num a, b;
	struct suf x, y;
	size_t i;            /* where the number starts */
	size_t start;        /* where the figure starts: hedge, sign, currency */
	size_t bws;          /* "between" */
	size_t e;            /* where the figure ends so far */
	const char *cur, *q;
	double cmul;         /* "MAUD 60": the currency before is in millions */
	int digit, neg, between, from, aged, have_b;
};

static inline int is_digit(int c) { return (unsigned)c - '0' < 10u; }
static inline int is_alpha(int c) { return (unsigned)((c | 0x20) - 'a') < 26u; }
static inline int is_upper(int c) { return (unsigned)c - 'A' < 26u; }
static inline int is_lower(int c) { return (unsigned)c - 'a' < 26u; }
static inline int is_alnum(int c) { return is_digit(c) || is_alpha(c); }
static inline int lc(int c) { return is_upper(c) ? c | 0x20 : c; }

static inline int at(const struct sc *s, size_t i)
{
	return i < s->n ? (unsigned char)s->t[i] : 0;
}

static inline size_t word_end(const struct sc *s, size_t i)
{
	while (i < s->n && is_alpha((unsigned char)s->t[i]))
		i++;
	return i;
}

/* The en dash U+2013 at i. */
static inline int en_dash(const struct sc *s, size_t i)
{
	return at(s, i) == 0xE2 && at(s, i + 1) == 0x80 && at(s, i + 2) == 0x93;
}

/* text.c: words and spaces around a position */
int weq(const struct sc *s, size_t i, size_t e, const char *w);
int seq(const struct sc *s, size_t i, size_t e, const char *w);
int32_t cp_before(const struct sc *s, size_t i, size_t *st);
int cp_is_letter(int32_t cp);
size_t space_len(const struct sc *s, size_t i);
size_t skip_sp(const struct sc *s, size_t i);
size_t back_sp(const struct sc *s, size_t i);
size_t word_start_back(const struct sc *s, size_t e);
int prev_word(const struct sc *s, size_t i, size_t *ws, size_t *we);
int prev_word_is(const struct sc *s, size_t i, const char *w);
int next_word_is(const struct sc *s, size_t e, const char *w);
const struct nf_fig_lex *lex_at(const struct sc *s, size_t i, size_t e);
int lex_has(const struct sc *s, size_t i, size_t e, unsigned role);
const struct nf_fig_sym *sym_at(const struct sc *s, size_t i, size_t e);
int word_in(const char *const *list, const struct sc *s, size_t i, size_t e);

/* figure.c: emitting */
struct nf_figure *emit(struct sc *s, size_t start, size_t end,
	enum nf_figure_kind kind, double v);

/* numbers.c: numbers as digits and as words */
const struct nf_fig_numword *find_numword(const struct sc *s, size_t i, size_t e);
void parse_digits(const struct sc *s, size_t i, struct num *nm);
/* spelled.c: numbers in words */
int parse_words(const struct sc *s, size_t i, struct num *nm);
void words_after_digits(const struct sc *s, struct num *nm, double digits,
	double scale);
int parse_num(const struct sc *s, size_t i, struct num *nm);
int fraction_at(const struct sc *s, size_t i, size_t we, struct num *a);
double glyph_fraction(const struct sc *s, size_t i, size_t *len);
int slash_fraction(const struct sc *s, size_t i, double *v, size_t *e);
double scale_value(double v, double mag);
void magnitude_after(const struct sc *s, struct num *nm, int money);
int one_counts(const struct sc *s, const struct num *a, const char *q,
	const struct suf *x);

/* money.c */
const char *currency_before(const struct sc *s, size_t i, size_t *cs);
const char *currency_before_mul(const struct sc *s, size_t i, size_t *cs,
	double *mul);
const char *currency_code(const struct sc *s, size_t ws, size_t we, double *mul);
int money_word_at(const struct sc *s, size_t j, struct suf *x, int mag);
int sign_after(const struct sc *s, size_t j, struct suf *x);
size_t money_cents(const struct sc *s, size_t e, double *v);

/* units.c: what follows a number */
void suf_none(struct suf *x, size_t e);
int percent_at(const struct sc *s, size_t j, struct suf *x);
int duration_at(const struct sc *s, size_t j, struct suf *x, int hyphen);
int unit_at(const struct sc *s, size_t j, struct suf *x, int hyphen);
void suffix_after(const struct sc *s, size_t e, struct suf *x, const struct num *nm);
const char *per_at(const struct sc *s, size_t e, int money, size_t *end);
size_t imperial_after(const struct sc *s, size_t e, const char *unit, double *v);

/* dates.c: dates and times */
int month_before(const struct sc *s, size_t i, size_t *ms, int comma_ok);
int month_at(const struct sc *s, size_t i, size_t *me);
int ordinal_suffix(const struct sc *s, size_t e, size_t *oe);
size_t try_clock(struct sc *s, size_t i, size_t start, const char *q);
size_t try_ampm(struct sc *s, const struct num *a, size_t start, const char *q);
size_t try_dotted_time(struct sc *s, const struct num *a, size_t start,
	const char *q);
size_t try_numeric_date(struct sc *s, size_t i);
size_t date_from_day(struct sc *s, size_t start, int d, int m, size_t e);
size_t try_day_month(struct sc *s, const struct num *a, size_t start);
size_t try_decade(struct sc *s, const struct num *a, size_t i, size_t we);
int year_at(const struct sc *s, size_t k, size_t *ye_out);
size_t season_end(const struct sc *s, size_t e, double year);
void iso_date(char *out, int y, int m, int d);

/* idents.c: numbers that are no figures */
int ident_before(const struct sc *s, size_t i);
size_t try_rank(struct sc *s, size_t i);
size_t skip_chunk(const struct sc *s, size_t i);
size_t url_chunk(const struct sc *s, size_t i);
size_t try_phone(struct sc *s, size_t i);
int address_after(const struct sc *s, size_t e);
int is_age(const struct sc *s, const struct num *a, size_t start, const char *q);

/* ranges.c: ranges and qualifiers */
const char *hedge_before(const struct sc *s, size_t i, size_t *hs);
const char *post_hedge(const struct sc *s, size_t e, const char *q);
int merge_bounds(struct sc *s, const struct fig *f, enum nf_figure_kind kind,
	const char *unit, double v, size_t e);
size_t join_range(struct sc *s, struct fig *f);
size_t compound_duration(struct sc *s, struct fig *f);

#endif
