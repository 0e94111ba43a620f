/* figures.c: the figure finder behind count-figures. One forward pass over
 * the bytes stops only at digits, number words and a few symbols; what is
 * around each (hedge, currency, month, unit, range) is read from there. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "newsfilter/buf.h"
#include "newsfilter/figures.h"
#include "figures_tables.h"

struct sc {
	const char *t;
	size_t n;
	struct nf_figures *fs;
	size_t last_end;     /* end of the last figure emitted */
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

static size_t word_end(const struct sc *s, size_t i)
{
	while (i < s->n && is_alpha((unsigned char)s->t[i]))
		i++;
	return i;
}

/* Does t[i..e) equal the lower-case word w, ignoring ASCII case? */
static int weq(const struct sc *s, size_t i, size_t e, const char *w)
{
	size_t k = 0;

	if (e > s->n)
		return 0;
	for (; i < e; i++, k++)
		if (!w[k] || lc((unsigned char)s->t[i]) != (unsigned char)w[k])
			return 0;
	return w[k] == 0;
}

/* The same, with case kept. */
static int seq(const struct sc *s, size_t i, size_t e, const char *w)
{
	size_t k = e - i;

	return e <= s->n && strlen(w) == k && memcmp(s->t + i, w, k) == 0;
}

static const struct nf_fig_word *find_word(const struct nf_fig_word *tab,
	const struct sc *s, size_t i, size_t e, int exact)
{
	int c0;

	if (e <= i)
		return NULL;
	c0 = (unsigned char)s->t[i];
	for (; tab->w; tab++) {
		/* the first letter rules out nearly every entry */
		if (exact ? tab->w[0] != c0 : tab->w[0] != lc(c0))
			continue;
		if (exact ? seq(s, i, e, tab->w) : weq(s, i, e, tab->w))
			return tab;
	}
	return NULL;
}

static int in_list(const char *const *list, const struct sc *s, size_t i,
	size_t e, int exact)
{
	int c0;

	if (e <= i)
		return 0;
	c0 = (unsigned char)s->t[i];
	for (; *list; list++) {
		if (exact ? (*list)[0] != c0 : (*list)[0] != lc(c0))
			continue;
		if (exact ? seq(s, i, e, *list) : weq(s, i, e, *list))
			return 1;
	}
	return 0;
}

static const struct nf_fig_numword *find_numword(const struct sc *s, size_t i,
	size_t e)
{
	const struct nf_fig_numword *w;
	size_t len = e - i, k;
	int c0;

	if (e <= i || len < 3 || len > 9)
		return NULL;
	c0 = lc((unsigned char)s->t[i]);
	if (!is_lower(c0) || !(nf_fig_numword_lens[c0 - 'a'] >> len & 1) ||
	    !(w = nf_fig_numwords[c0 - 'a']))
		return NULL;
	for (; w->w; w++) {
		if (w->len != len)
			continue;
		for (k = 1; k < len && lc((unsigned char)s->t[i + k]) == w->w[k]; k++)
			;
		if (k == len)
			return w;
	}
	return NULL;
}

/* The code point that ends at byte i, and its start in *st. */
static int32_t cp_before(const struct sc *s, size_t i, size_t *st)
{
	size_t j = i;
	int32_t cp;
	utf8proc_ssize_t r;

	if (i == 0) {
		*st = 0;
		return -1;
	}
	j = i - 1;
	if ((unsigned char)s->t[j] < 0x80) {
		*st = j;
		return (unsigned char)s->t[j];
	}
	while (j > 0 && i - j < 4 && ((unsigned char)s->t[j] & 0xC0) == 0x80)
		j--;
	r = utf8proc_iterate((const utf8proc_uint8_t *)s->t + j,
		(utf8proc_ssize_t)(i - j), &cp);
	if (r != (utf8proc_ssize_t)(i - j)) {
		*st = i - 1;
		return 0xFFFD;
	}
	*st = j;
	return cp;
}

static int cp_is_letter(int32_t cp)
{
	if (cp < 0)
		return 0;
	if (cp < 0x80)
		return is_alpha(cp);
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
		return 1;
	default:
		return 0;
	}
}

/* Spaces inside a figure: blanks and the no-break and thin spaces. */
static size_t space_len(const struct sc *s, size_t i)
{
	int c = at(s, i);

	if (c == ' ' || c == '\t')
		return 1;
	if (c == 0xC2 && at(s, i + 1) == 0xA0)
		return 2;
	if (c == 0xE2 && at(s, i + 1) == 0x80 &&
	    (at(s, i + 2) == 0xAF || at(s, i + 2) == 0x89 || at(s, i + 2) == 0x8A))
		return 3;
	return 0;
}

static size_t skip_sp(const struct sc *s, size_t i)
{
	size_t k;

	while ((k = space_len(s, i)) != 0)
		i += k;
	return i;
}

/* Back over spaces from i; returns the position after the word before. */
static size_t back_sp(const struct sc *s, size_t i)
{
	for (;;) {
		if (i > 0 && (s->t[i - 1] == ' ' || s->t[i - 1] == '\t'))
			i--;
		else if (i > 1 && (unsigned char)s->t[i - 2] == 0xC2 &&
		    (unsigned char)s->t[i - 1] == 0xA0)
			i -= 2;
		else
			return i;
	}
}

/* The word (letters, any script) ending at e; returns its start (== e
 * when there is none). */
static size_t word_start_back(const struct sc *s, size_t e)
{
	size_t i = e, st;
	int32_t cp;

	while (i > 0) {
		cp = cp_before(s, i, &st);
		if (!cp_is_letter(cp))
			break;
		i = st;
	}
	return i;
}

/* The word before position i across at least one space: [*ws, *we).
 * Returns 0 when there is none (punctuation in between). */
static int prev_word(const struct sc *s, size_t i, size_t *ws, size_t *we)
{
	size_t e = back_sp(s, i);

	if (e == i || e == 0)
		return 0;
	*we = e;
	*ws = word_start_back(s, e);
	return *ws < e;
}

/* ---- emitting ---------------------------------------------------------- */

static struct nf_figure *emit(struct sc *s, size_t start, size_t end,
	enum nf_figure_kind kind, double v)
{
	struct nf_figures *fs = s->fs;
	struct nf_figure *f;

	if (start < s->last_end)
		start = s->last_end;
	if (fs->n == fs->cap) {
		fs->cap = fs->cap ? fs->cap * 2 : 64;
		fs->v = nf_xrealloc(fs->v, fs->cap * sizeof *fs->v);
	}
	f = &fs->v[fs->n++];
	f->start = start;
	f->end = end;
	f->kind = kind;
	f->value = v;
	f->upper = 0;
	f->has_upper = 0;
	f->unit = NULL;
	f->qualifier = NULL;
	f->iso[0] = 0;
	s->last_end = end;
	return f;
}

static void put2(char *p, int v)
{
	p[0] = (char)('0' + v / 10 % 10);
	p[1] = (char)('0' + v % 10);
}

/* ISO 8601 as much as is given: year 0 leaves it out, month 0 too. */
static void iso_date(char *out, int y, int m, int d)
{
	char *p = out;

	if (y) {
		put2(p, y / 100);
		put2(p + 2, y % 100);
		p += 4;
	} else {
		*p++ = '-';
	}
	if (m) {
		*p++ = '-';
		put2(p, m);
		p += 2;
		if (d) {
			*p++ = '-';
			put2(p, d);
			p += 2;
		}
	}
	*p = 0;
}

static void iso_time(char *out, int h, int m)
{
	put2(out, h);
	out[2] = ':';
	put2(out + 3, m);
	out[5] = 0;
}

/* ---- numbers ------------------------------------------------------------ */

static double pow10i(int n)
{
	double p = 1;

	while (n-- > 0)
		p *= 10;   /* exact up to 1e22 */
	return p;
}

/* Digits at i, with thousands separators (",", no-break or thin space, or a
 * plain space before exactly three digits) and a decimal part. */
static void parse_digits(const struct sc *s, size_t i, struct num *nm)
{
	uint64_t m = 0;
	int nd = 0, dec = 0, sep = 0;
	size_t j = i, k, sl;

	memset(nm, 0, sizeof *nm);
	nm->s = i;
	while (is_digit(at(s, j))) {
		if (nd < 18)
			m = m * 10 + (uint64_t)(at(s, j) - '0'), nd++;
		else
			dec--;   /* digits beyond 18: scale instead */
		j++;
	}
	nm->intdig = (int)(j - i);
	for (;;) {
		if (at(s, j) == ',' && nm->intdig <= 3) {
			k = j + 1;
			while (is_digit(at(s, k)))
				k++;
			/* "200,0000" (a typo for 200,000 or 2,000,000) is
			 * read as written */
			if (k - j - 1 != 3 && k - j - 1 != 4)
				break;
			if (k - j - 1 == 4 && at(s, k) == ',')
				break;
		} else if ((sl = space_len(s, j)) != 0 && nm->intdig <= 3 &&
		    (sl > 1 || sep || nm->intdig <= 3)) {
			k = j + sl;
			while (is_digit(at(s, k)))
				k++;
			if (k - j - sl != 3 || at(s, k) == ',' || at(s, k) == ':' ||
			    (at(s, k) == '.' && is_digit(at(s, k + 1))))
				break;
			/* "in 2019 200 people" never reaches here (4 digits);
			 * "5 000" does. A plain space only joins when the first
			 * group is short and the next is exactly three digits. */
		} else {
			break;
		}
		for (j = j + (at(s, j) == ',' ? 1 : space_len(s, j)); is_digit(at(s, j)); j++)
			if (nd < 18)
				m = m * 10 + (uint64_t)(at(s, j) - '0'), nd++;
			else
				dec--;
		sep = 1;
	}
	if (at(s, j) == '.' && is_digit(at(s, j + 1))) {
		j++;
		nm->dec = 1;
		while (is_digit(at(s, j))) {
			if (nd < 18) {
				m = m * 10 + (uint64_t)(at(s, j) - '0');
				nd++;
				dec++;
			}
			j++;
		}
	}
	/* one division by an exact power of ten rounds correctly: 427 / 100
	 * is the double nearest 4.27, 427 / 10 / 10 is not */
	nm->v = (double)m;
	if (dec > 0)
		nm->v /= pow10i(dec);
	for (; dec < 0; dec++)
		nm->v *= 10;
	nm->e = j;
	nm->plain = !sep && !nm->dec;
	/* "1½" */
	if (at(s, j) == 0xC2 && (at(s, j + 1) == 0xBD || at(s, j + 1) == 0xBC ||
	    at(s, j + 1) == 0xBE) && !nm->dec) {
		nm->v += at(s, j + 1) == 0xBD ? 0.5 : at(s, j + 1) == 0xBC ? 0.25 : 0.75;
		nm->e = j + 2;
		nm->plain = 0;
		nm->dec = 1;
	}
}

/* Spelled-out numbers: "twenty-eight", "one hundred and five",
 * "three-and-a-half million", "two-thirds", "a dozen" (the "a" is read by
 * the caller). Returns 0 when the word at i starts no number. */
static int parse_words(const struct sc *s, size_t i, struct num *nm)
{
	const struct nf_fig_numword *w, *w2;
	double total = 0, cur = 0;
	int last = -1, n = 0;
	size_t j = i, we, k, k2, e2, end = i;

	memset(nm, 0, sizeof *nm);
	nm->s = i;
	nm->word = 1;
	for (;;) {
		we = word_end(s, j);
		w = find_numword(s, j, we);
		if (!w)
			break;
		if (w->type == NW_UNIT || w->type == NW_TEEN || w->type == NW_TENS) {
			if (last == NW_UNIT || last == NW_TEEN ||
			    (last == NW_TENS && w->type != NW_UNIT) || last == NW_HALF)
				break;
			if (last == NW_TENS && w->v == 0)
				break;
			cur += w->v;
		} else if (w->type == NW_HUNDRED) {
			if (last == NW_HUNDRED || last == NW_HALF)
				break;
			if (last == -1)
				nm->bare = 1;
			cur = (cur ? cur : 1) * 100;
		} else if (w->type == NW_SCALE) {
			if (last == NW_SCALE && cur == 0)
				break;
			if (last == -1)
				nm->bare = 1;
			total += (cur ? cur : 1) * w->v;
			cur = 0;
			nm->mag = 1;
		} else if (w->type == NW_DOZEN) {
			if (last == NW_DOZEN || last == NW_SCALE)
				break;
			if (last == -1)
				nm->bare = 1;
			cur = (cur ? cur : 1) * 12;
		} else if (w->type == NW_FRAC || w->type == NW_FRACS) {
			/* "two-thirds", "three quarters", "one-third" */
			double num = cur;
			if (last != NW_UNIT || n != 1 || num == 0 || num >= w->v)
				break;
			/* "three quarters of", but "the next three quarters" */
			if (s->t[j - 1] == ' ' && !(at(s, we) == ' ' &&
			    weq(s, we + 1, word_end(s, we + 1), "of")))
				break;
			if ((num == 1) != (w->type == NW_FRAC))
				break;
			cur = num / w->v;
			nm->frac = 1;
			n++;
			end = we;
			break;
		} else {
			break;   /* "half" alone: the caller's */
		}
		last = w->type;
		n++;
		j = end = we;
		/* what joins this word to the next */
		k = j;
		if (at(s, k) == '-' || at(s, k) == ' ') {
			k2 = k + 1;
			e2 = word_end(s, k2);
			if (weq(s, k2, e2, "and")) {
				/* "and a half", "-and-a-half" */
				size_t a = e2 + 1, ae = word_end(s, a);
				if ((at(s, e2) == ' ' || at(s, e2) == '-') &&
				    (last == NW_UNIT || last == NW_TEEN || last == NW_TENS) &&
				    weq(s, a, ae, "a") &&
				    (at(s, ae) == ' ' || at(s, ae) == '-') &&
				    weq(s, ae + 1, word_end(s, ae + 1), "half")) {
					cur += 0.5;
					j = end = word_end(s, ae + 1);
					last = NW_HALF;
					nm->dec = 1;
					k = j;
					if (at(s, k) == ' ' || at(s, k) == '-') {
						w2 = find_numword(s, k + 1, word_end(s, k + 1));
						if (w2 && w2->type == NW_SCALE) {
							j = k + 1;
							continue;
						}
					}
					break;
				}
				/* "one hundred and five" */
				if (at(s, e2) == ' ' && (last == NW_HUNDRED || last == NW_SCALE)) {
					w2 = find_numword(s, e2 + 1, word_end(s, e2 + 1));
					if (w2 && (w2->type == NW_UNIT || w2->type == NW_TEEN ||
					    w2->type == NW_TENS)) {
						j = e2 + 1;
						continue;
					}
				}
				break;
			}
			w2 = find_numword(s, k2, e2);
			if (!w2 || w2->type == NW_HALF)
				break;
			/* a hyphen joins tens and units or a fraction; "twenty
			 * eight" with a space is joined too, "one two" is not */
			if (at(s, k) == '-' && !(w2->type == NW_UNIT ||
			    w2->type == NW_FRAC || w2->type == NW_FRACS))
				break;
			j = k2;
			continue;
		}
		break;
	}
	if (n == 0)
		return 0;
	nm->v = total + cur;
	nm->e = end;
	nm->one = n == 1 && last == NW_UNIT && nm->v == 1;
	return 1;
}

/* ---- context before a number --------------------------------------------- */

/* A currency written before position i: "$", "US$", "€", "USD ", "Rs ".
 * Returns the unit and sets *cs to where it starts. */
static const char *currency_before(const struct sc *s, size_t i, size_t *cs)
{
	size_t p = i, ws, we;
	int c;

	if (p > 0 && space_len(s, p - 1) == 1)
		p = back_sp(s, p);
	c = p > 0 ? (unsigned char)s->t[p - 1] : 0;
	if (c == '$') {
		size_t q = p - 1, ls = q;
		while (ls > 0 && is_upper((unsigned char)s->t[ls - 1]) && q - ls < 3)
			ls--;
		if (ls > 0 && is_alpha((unsigned char)s->t[ls - 1]))
			ls = q;
		*cs = ls;
		if (ls == q)
			return "USD";
		if (seq(s, ls, q, "US") || seq(s, ls, q, "U"))
			return "USD";
		if (seq(s, ls, q, "A") || seq(s, ls, q, "AU"))
			return "AUD";
		if (seq(s, ls, q, "C") || seq(s, ls, q, "CA") || seq(s, ls, q, "CAN"))
			return "CAD";
		if (seq(s, ls, q, "NZ"))
			return "NZD";
		if (seq(s, ls, q, "HK"))
			return "HKD";
		if (seq(s, ls, q, "S") || seq(s, ls, q, "SG"))
			return "SGD";
		if (seq(s, ls, q, "R"))
			return "BRL";
		if (seq(s, ls, q, "NT"))
			return "TWD";
		if (seq(s, ls, q, "MX"))
			return "MXN";
		*cs = q;
		return "USD";
	}
	if (p >= 2 && (unsigned char)s->t[p - 2] == 0xC2) {
		*cs = p - 2;
		switch ((unsigned char)s->t[p - 1]) {
		case 0xA3: return "GBP";
		case 0xA5: return "JPY";
		}
	}
	if (p >= 3 && (unsigned char)s->t[p - 3] == 0xE2 &&
	    (unsigned char)s->t[p - 2] == 0x82) {
		*cs = p - 3;
		switch ((unsigned char)s->t[p - 1]) {
		case 0xAC: return "EUR";
		case 0xB9: return "INR";
		case 0xBD: return "RUB";
		case 0xB4: return "UAH";
		case 0xBF: return "BTC";
		case 0xA9: return "KRW";
		case 0xBA: return "TRY";
		case 0xA6: return "NGN";
		case 0xB1: return "PHP";
		case 0xAA: return "ILS";
		}
	}
	/* a code: "USD 5m", "USD5m" */
	p = i;
	we = back_sp(s, p);
	ws = we;
	while (ws > 0 && is_upper((unsigned char)s->t[ws - 1]) && we - ws < 4)
		ws--;
	if (we - ws == 3 && (ws == 0 || !is_alnum((unsigned char)s->t[ws - 1])) &&
	    in_list(nf_fig_currency_codes, s, ws, we, 1)) {
		const char *const *c2;
		*cs = ws;
		for (c2 = nf_fig_currency_codes; *c2; c2++)
			if (seq(s, ws, we, *c2))
				return strcmp(*c2, "XBT") == 0 ? "BTC" : *c2;
	}
	if (we == i)
		return NULL;
	/* "Rs 500", "Rs. 500" */
	{
		size_t e = we;
		if (e > 0 && s->t[e - 1] == '.')
			e--;
		if (e >= 2 && seq(s, e - 2, e, "Rs") &&
		    (e == 2 || !is_alpha((unsigned char)s->t[e - 3]))) {
			*cs = e - 2;
			return "INR";
		}
	}
	return NULL;
}

/* A hedge ending right before position i (across spaces): its qualifier,
 * and its start in *hs. */
static const char *hedge_before(const struct sc *s, size_t i, size_t *hs)
{
	static const char *const last_words[] = { "of", "over", "than", "under",
		"least", "most", "to", "as", "about", "around", "roughly",
		"approximately", "approx", "almost", "nearly", "some", "circa",
		"above", "below", NULL };
	const struct nf_fig_hedge *h;
	size_t e = back_sp(s, i), ws = e;

	if (e == i)
		return NULL;
	while (ws > 0 && is_alpha((unsigned char)s->t[ws - 1]))
		ws--;
	if (!in_list(last_words, s, ws, e, 0) &&
	    !(e > 0 && s->t[e - 1] == '.'))
		return NULL;
	if (e > 0 && s->t[e - 1] == '.' && e >= 7 && weq(s, e - 7, e - 1, "approx")) {
		*hs = e - 7;
		return "~";
	}
	for (h = nf_fig_hedges; h->w; h++) {
		size_t len = strlen(h->w), st;
		if (len > e)
			continue;
		st = e - len;
		if (!weq(s, st, e, h->w))
			continue;
		if (st > 0 && cp_is_letter((unsigned char)s->t[st - 1]))
			continue;
		if (st > 0 && (unsigned char)s->t[st - 1] >= 0x80) {
			size_t x;
			if (cp_is_letter(cp_before(s, st, &x)))
				continue;
		}
		/* "one percentage point more than two years ago": a
		 * comparison with the figure before, not a hedge */
		if (h->qualifier[0] != '~' && s->fs->n > 0 &&
		    back_sp(s, st) == s->last_end && s->last_end != st &&
		    (weq(s, st, st + 4, "more") || weq(s, st, st + 4, "less") ||
		     weq(s, st, st + 5, "fewer") || weq(s, st, st + 7, "greater")))
			return NULL;
		/* "no more than" is listed before "more than"? order guards it */
		if ((weq(s, st, st + 4, "more") || weq(s, st, st + 4, "less") ||
		     weq(s, st, st + 5, "fewer")) && st >= 3) {
			size_t ws, we;
			if (prev_word(s, st, &ws, &we) && weq(s, ws, we, "no")) {
				*hs = ws;
				return weq(s, st, st + 4, "more") ? "<=" : ">=";
			}
		}
		*hs = st;
		return h->qualifier;
	}
	return NULL;
}

static int is_month_word(const struct sc *s, size_t ws, size_t we, int *m)
{
	const struct nf_fig_word *w;

	if (!is_upper(at(s, ws)))
		return 0;
	w = find_word(nf_fig_months, s, ws, we, 0);
	if (!w)
		return 0;
	/* "Mar" and friends are abbreviations; a full name must be whole */
	*m = (int)w->v;
	return 1;
}

/* A month name ending right before i (across spaces, with an optional full
 * stop after an abbreviation or a comma before a year): its number, and
 * where it starts. */
static int month_before(const struct sc *s, size_t i, size_t *ms, int comma_ok)
{
	size_t e = back_sp(s, i), we, ws;
	int m;

	if (e == i)
		return 0;
	we = e;
	if (we > 0 && (s->t[we - 1] == '.' || (comma_ok && s->t[we - 1] == ',')))
		we--;
	ws = we;
	while (ws > 0 && is_alpha((unsigned char)s->t[ws - 1]))
		ws--;
	if (ws == we || (ws > 0 && cp_is_letter((unsigned char)s->t[ws - 1])))
		return 0;
	if (!is_month_word(s, ws, we, &m))
		return 0;
	if (we != e && s->t[we] == '.' && we - ws > 4)
		return 0;   /* "June." ends a sentence */
	*ms = ws;
	return m;
}

/* A month name starting at i: its number and end (after "." of "Dec."). */
static int month_at(const struct sc *s, size_t i, size_t *me)
{
	size_t e = word_end(s, i);
	int m;

	if (!is_month_word(s, i, e, &m))
		return 0;
	/* "Dec.", "Sept."; not the full stop after "July." */
	if (e - i <= 4 && at(s, e) == '.' && !weq(s, i, e, "june") &&
	    !weq(s, i, e, "july") && !weq(s, i, e, "may"))
		e++;
	*me = e;
	return m;
}

/* A score or points after the number at i: "Caboolture 43–5",
 * "Wynnum 45 points". */
static int score_after(const struct sc *s, size_t i)
{
	size_t k = i;

	while (is_digit(at(s, k)))
		k++;
	if (at(s, k) == '-' && is_digit(at(s, k + 1)))
		return 1;
	if (at(s, k) == 0xE2 && at(s, k + 1) == 0x80 && at(s, k + 2) == 0x93 &&
	    is_digit(at(s, k + 3)))
		return 1;
	return at(s, k) == ' ' && weq(s, k + 1, word_end(s, k + 1), "points");
}

/* Is the number starting at i part of a name or identifier: "COVID-19",
 * "Route 9", "Boeing 737", "No. 3846", "K2"? */
static int ident_before(const struct sc *s, size_t i)
{
	size_t st, ws, we, e;
	int32_t cp;

	if (i == 0)
		return 0;
	cp = cp_before(s, i, &st);
	if (cp_is_letter(cp))
		return 1;
	if (cp == '#')
		return 1;
	if (cp == '-' || cp == '/' || cp == '.' || cp == ':') {
		size_t x;
		int32_t c2 = cp_before(s, st, &x);
		if (cp == '-' && cp_is_letter(c2)) {
			ws = word_start_back(s, st);
			if (weq(s, ws, st, "mid") || weq(s, ws, st, "pre") ||
			    weq(s, ws, st, "post") || weq(s, ws, st, "early") ||
			    weq(s, ws, st, "late"))
				return 0;
			return 1;
		}
		if (cp != '-' && (cp_is_letter(c2) || is_digit(c2)))
			return 1;
		return 0;
	}
	if (!prev_word(s, i, &ws, &we)) {
		/* "No. 3846" */
		e = back_sp(s, i);
		if (e != i && e >= 3 && s->t[e - 1] == '.' &&
		    (seq(s, e - 3, e - 1, "No") || seq(s, e - 3, e - 1, "no")) &&
		    (e == 3 || !is_alpha((unsigned char)s->t[e - 4])))
			return 1;
		if (e != i && e >= 4 && s->t[e - 1] == '.' &&
		    weq(s, e - 4, e - 1, "nos"))
			return 1;
		return 0;
	}
	if (is_upper(at(s, ws)) || (at(s, ws) >= 0x80)) {
		int m;
		if (score_after(s, i))
			return 0;
		if (at(s, ws) >= 0x80) {
			utf8proc_int32_t c0 = -1;
			utf8proc_iterate((const utf8proc_uint8_t *)s->t + ws,
				(utf8proc_ssize_t)(we - ws), &c0);
			if (c0 < 0 || utf8proc_category(c0) != UTF8PROC_CATEGORY_LU)
				return 0;
		}
		if (in_list(nf_fig_free_caps, s, ws, we, 0))
			return 0;
		if (is_month_word(s, ws, we, &m))
			return 0;
		if (in_list(nf_fig_currency_codes, s, ws, we, 1))
			return 0;
		if (find_word(nf_fig_currency_adjs, s, ws, we, 0))
			return 0;
		if (in_list(nf_fig_timezones, s, ws, we, 1))
			return 0;
		/* all-capital short words: "US 5" is rare, "G 7" too; treat
		 * a capitalised word as a name */
		return 1;
	}
	if (in_list(nf_fig_id_words, s, ws, we, 0))
		return 1;
	for (e = ws + 1; e < we; e++)
		if (is_upper(at(s, e)))
			return 1;   /* "iPhone 11", "eBay 3" */
	if (in_list(nf_fig_call_words, s, ws, we, 0)) {
		size_t k = i;
		while (is_digit(at(s, k)))
			k++;
		if (k - i == 3 && !is_alnum(at(s, k)))
			return 1;
	}
	return 0;
}

/* Skip the identifier chunk at i: letters, digits and joining marks. */
static size_t skip_chunk(const struct sc *s, size_t i)
{
	for (;;) {
		int c = at(s, i);
		if (is_alnum(c))
			i++;
		else if ((c == '-' || c == '.' || c == '/' || c == ':' || c == ',') &&
		    is_alnum(at(s, i + 1)))
			i++;
		else
			return i;
	}
}

/* URLs, e-mail addresses and @handles: the whole chunk is skipped. */
static size_t url_chunk(const struct sc *s, size_t i)
{
	size_t b = i, e = i;
	int hit = 0;

	while (b > 0 && i - b < 256 && s->t[b - 1] != ' ' && s->t[b - 1] != '\n' &&
	    s->t[b - 1] != '\t' && s->t[b - 1] != '(' && s->t[b - 1] != '"')
		b--;
	while (e < s->n && e - i < 512 && s->t[e] != ' ' && s->t[e] != '\n' &&
	    s->t[e] != '\t' && s->t[e] != ')' && s->t[e] != '"')
		e++;
	for (size_t k = b; k < e && !hit; k++) {
		if (s->t[k] == '@' || (s->t[k] == ':' && k + 2 < e &&
		    s->t[k + 1] == '/' && s->t[k + 2] == '/'))
			hit = 1;
	}
	if (!hit && e - b > 4 && weq(s, b, b + 4, "www."))
		hit = 1;
	return hit ? e : 0;
}

/* ---- context after a number ----------------------------------------------- */

/* v times a magnitude, without the binary noise of 4.1 * 1e6 =
 * 4099999.9999999995: a result within a billionth of a whole number is one. */
static double scale_value(double v, double mag)
{
	double r = v * mag, n;

	if (!(fabs(r) < 9e15))
		return r;
	n = (double)(long long)(r + (r < 0 ? -0.5 : 0.5));
	return fabs(r - n) <= 1e-9 * fabs(r) ? n : r;
}

/* A magnitude after the number: " million", "bn", " m" (money only). */
static void magnitude_after(const struct sc *s, struct num *nm, int money)
{
	const struct nf_fig_word *w;
	size_t j = nm->e, we;
	int attached = 1;

	if (nm->word && nm->mag)
		return;
	if (at(s, j) == ' ' || at(s, j) == '-' || space_len(s, j)) {
		j += at(s, j) == '-' ? 1 : space_len(s, j);
		attached = 0;
	}
	we = word_end(s, j);
	if (we == j || is_digit(at(s, we)))
		return;
	w = find_word(nf_fig_magnitudes, s, j, we, 0);
	if (!w)
		return;
	if (we - j <= 2 && !attached && !money)
		return;    /* "400 m" is metres, "5 k" is nothing */
	if (we - j == 1) {
		/* "1.5m", "$5m", "300k"; "100m" without money is metres */
		if (s->t[j] == 'b' && !money)
			return;
		if ((s->t[j] == 'm' || s->t[j] == 'M') && !money && !nm->dec)
			return;
		if (at(s, we) == '/' || at(s, we) == '2' || at(s, we) == 0xC2)
			return;
		if (s->t[j] != 'm' && s->t[j] != 'k' && s->t[j] != 'b' &&
		    s->t[j] != 'M' && s->t[j] != 'K')
			return;
		if (s->t[j] == 'K' && !money)
			return;   /* "a 10K race" is ten kilometres */
	}
	if (at(s, j - 1) == '-' && we - j <= 3)
		return;
	if (we - j > 3 && !is_lower(at(s, j + 1)))
		return;
	/* "thousands", "millions" are vague, and not matched here */
	nm->v = scale_value(nm->v, w->v);
	nm->mag = 1;
	nm->e = we;
	/* "₹2 lakh crore" */
	if (at(s, we) == ' ' && weq(s, we + 1, word_end(s, we + 1), "crore") &&
	    w->v == 1e5) {
		nm->v = scale_value(nm->v, 1e7);
		nm->e = word_end(s, we + 1);
	}
}

static void suf_none(struct suf *x, size_t e)
{
	x->e = e;
	x->kind = -1;
	x->unit = NULL;
	x->mul = 1;
	x->secs = 0;
	x->points = 0;
	x->compound = 0;
}

static int percent_at(const struct sc *s, size_t j, struct suf *x)
{
	size_t we = word_end(s, j), w2;

	if (at(s, j) == '%') {
		x->e = j + 1;
		x->kind = NF_FIG_PERCENT;
		x->unit = "%";
		/* "2% points" */
		return 1;
	}
	if (weq(s, j, we, "percent") || weq(s, j, we, "pct")) {
		x->e = we;
		x->kind = NF_FIG_PERCENT;
		x->unit = "%";
		return 1;
	}
	if (weq(s, j, we, "per") && at(s, we) == ' ' &&
	    weq(s, we + 1, word_end(s, we + 1), "cent")) {
		x->e = word_end(s, we + 1);
		x->kind = NF_FIG_PERCENT;
		x->unit = "%";
		return 1;
	}
	/* "percentage point(s)" and "basis point(s)", spaced or hyphenated. */
	static const char *const points[][2] = { { "percentage", "pp" }, { "basis", "bp" } };
	for (size_t k = 0; k < 2; k++) {
		if (!weq(s, j, we, points[k][0]) || (at(s, we) != ' ' && at(s, we) != '-'))
			continue;
		w2 = word_end(s, we + 1);
		if (weq(s, we + 1, w2, "point") || weq(s, we + 1, w2, "points")) {
			x->e = w2;
			x->kind = NF_FIG_PERCENT;
			x->unit = points[k][1];
			return 1;
		}
	}
	if (seq(s, j, we, "bp") || seq(s, j, we, "bps")) {
		x->e = we;
		x->kind = NF_FIG_PERCENT;
		x->unit = "bp";
		return 1;
	}
	if (seq(s, j, we, "pp")) {
		x->e = we;
		x->kind = NF_FIG_PERCENT;
		x->unit = "pp";
		return 1;
	}
	return 0;
}

static int duration_at(const struct sc *s, size_t j, struct suf *x, int hyphen)
{
	const struct nf_fig_word *w;
	size_t we = word_end(s, j), k;

	w = find_word(nf_fig_durations, s, j, we, 0);
	if (!w && !hyphen && in_list(nf_fig_duration_adjs, s, j, we, 0) &&
	    at(s, we) == ' ') {
		k = we + 1;
		we = word_end(s, k);
		w = find_word(nf_fig_durations, s, k, we, 0);
		if (w && w->v)
			w = NULL;    /* "Earth days", not "light minutes" */
	}
	if (!w || is_digit(at(s, we)))
		return 0;
	x->e = we;
	x->kind = NF_FIG_DURATION;
	x->unit = w->unit;
	x->secs = w->v;
	if (strcmp(w->unit, "fortnight") == 0) {
		x->unit = "week";
		x->mul = 2;
	}
	/* ages: "19-year-old", "18 year old", "23 years old" */
	if (strcmp(w->unit, "year") == 0) {
		if ((at(s, we) == '-' || at(s, we) == ' ') &&
		    weq(s, we + 1, word_end(s, we + 1), "old"))
			x->e = word_end(s, we + 1);
	}
	return 1;
}

static int unit_at(const struct sc *s, size_t j, struct suf *x, int hyphen)
{
	const struct nf_fig_word *w;
	size_t we = word_end(s, j), k, k2;

	if (we == j) {
		/* "°C", "℃", "µm" */
		if (at(s, j) == 0xC2 && at(s, j + 1) == 0xB0) {
			if (at(s, j + 2) == 'C' && !is_alpha(at(s, j + 3))) {
				x->e = j + 3, x->kind = NF_FIG_QUANTITY, x->unit = "degC";
				return 1;
			}
			if (at(s, j + 2) == 'F' && !is_alpha(at(s, j + 3))) {
				x->e = j + 3, x->kind = NF_FIG_QUANTITY, x->unit = "degF";
				return 1;
			}
			x->e = j + 2, x->kind = NF_FIG_QUANTITY, x->unit = "deg";
			return 1;
		}
		if (at(s, j) == 0xE2 && at(s, j + 1) == 0x84 &&
		    (at(s, j + 2) == 0x83 || at(s, j + 2) == 0x89)) {
			x->e = j + 3, x->kind = NF_FIG_QUANTITY;
			x->unit = at(s, j + 2) == 0x83 ? "degC" : "degF";
			return 1;
		}
		if (at(s, j) == 0xC2 && at(s, j + 1) == 0xB5 && at(s, j + 2) == 'm' &&
		    !is_alpha(at(s, j + 3))) {
			x->e = j + 3, x->kind = NF_FIG_QUANTITY, x->unit = "um";
			return 1;
		}
		return 0;
	}
	/* area and volume: "sq km", "square miles", "cubic metres" */
	if (weq(s, j, we, "sq") || weq(s, j, we, "square") || weq(s, j, we, "cubic")) {
		int cubic = weq(s, j, we, "cubic");
		k = we;
		if (at(s, k) == '.')
			k++;
		if (at(s, k) == ' ' || at(s, k) == '-') {
			k2 = word_end(s, k + 1);
			w = find_word(nf_fig_unit_words, s, k + 1, k2, 0);
			if (!w)
				w = find_word(nf_fig_unit_symbols, s, k + 1, k2, 1);
			if (w && (!strcmp(w->unit, "km") || !strcmp(w->unit, "m") ||
			    !strcmp(w->unit, "mi") || !strcmp(w->unit, "ft") ||
			    !strcmp(w->unit, "cm"))) {
				static const char *const sq[] = { "km2", "m2", "mi2", "ft2", "cm2" };
				static const char *const cu[] = { "km3", "m3", "mi3", "ft3", "cm3" };
				int u = !strcmp(w->unit, "km") ? 0 : !strcmp(w->unit, "m") ? 1 :
					!strcmp(w->unit, "mi") ? 2 : !strcmp(w->unit, "ft") ? 3 : 4;
				x->e = k2;
				x->kind = NF_FIG_QUANTITY;
				x->unit = cubic ? cu[u] : sq[u];
				return 1;
			}
		}
		return 0;
	}
	if (weq(s, j, we, "degree") || weq(s, j, we, "degrees")) {
		x->e = we;
		x->kind = NF_FIG_QUANTITY;
		x->unit = "deg";
		if (at(s, we) == ' ') {
			k2 = word_end(s, we + 1);
			if (weq(s, we + 1, k2, "celsius") || weq(s, we + 1, k2, "centigrade") ||
			    seq(s, we + 1, k2, "C"))
				x->e = k2, x->unit = "degC";
			else if (weq(s, we + 1, k2, "fahrenheit") || seq(s, we + 1, k2, "F"))
				x->e = k2, x->unit = "degF";
		}
		return 1;
	}
	if (weq(s, j, we, "light") && (at(s, we) == '-' || at(s, we) == ' ')) {
		k2 = word_end(s, we + 1);
		if (weq(s, we + 1, k2, "year") || weq(s, we + 1, k2, "years")) {
			x->e = k2, x->kind = NF_FIG_QUANTITY, x->unit = "ly";
			return 1;
		}
	}
	if (weq(s, j, we, "astronomical") && at(s, we) == ' ') {
		k2 = word_end(s, we + 1);
		if (weq(s, we + 1, k2, "unit") || weq(s, we + 1, k2, "units")) {
			x->e = k2, x->kind = NF_FIG_QUANTITY, x->unit = "au";
			return 1;
		}
	}
	if (weq(s, j, we, "nautical") && at(s, we) == ' ') {
		k2 = word_end(s, we + 1);
		if (weq(s, we + 1, k2, "mile") || weq(s, we + 1, k2, "miles")) {
			x->e = k2, x->kind = NF_FIG_QUANTITY, x->unit = "nmi";
			return 1;
		}
	}
	if (weq(s, j, we, "metric") && at(s, we) == ' ') {
		k2 = word_end(s, we + 1);
		if (weq(s, we + 1, k2, "tons") || weq(s, we + 1, k2, "tonnes") ||
		    weq(s, we + 1, k2, "ton")) {
			x->e = k2, x->kind = NF_FIG_QUANTITY, x->unit = "t";
			return 1;
		}
	}
	if (at(s, we) == 0xC2 && (at(s, we + 1) == 0xB2 || at(s, we + 1) == 0xB3)) {
		w = find_word(nf_fig_unit_symbols, s, j, we, 1);
		if (w && (!strcmp(w->unit, "km") || !strcmp(w->unit, "m"))) {
			x->e = we + 2;
			x->kind = NF_FIG_QUANTITY;
			x->unit = at(s, we + 1) == 0xB2 ?
				(w->unit[0] == 'k' ? "km2" : "m2") : (w->unit[0] == 'k' ? "km3" : "m3");
			return 1;
		}
	}
	/* symbols, with "/h", "2", "²", "³" */
	k = we;
	if (at(s, k) == '/' && is_alpha(at(s, k + 1)))
		k = word_end(s, k + 1);
	else if ((at(s, k) == '2' || at(s, k) == '3') && !is_alnum(at(s, k + 1)))
		k++;
	if (!is_digit(at(s, k)) && !is_alpha(at(s, k)) &&
	    (w = find_word(nf_fig_unit_symbols, s, j, k, 1)) != NULL &&
	    !(hyphen && k - j == 1)) {
		x->e = k;
		x->kind = NF_FIG_QUANTITY;
		x->unit = w->unit;
		return 1;
	}
	if (is_digit(at(s, we)) || at(s, we) == '/')
		return 0;
	w = find_word(nf_fig_unit_words, s, j, we, 0);
	if (!w)
		return 0;
	x->e = we;
	x->kind = NF_FIG_QUANTITY;
	x->unit = w->unit;
	/* "kilometres per hour", "miles per hour", "kilowatt hours" */
	if (at(s, we) == ' ' && weq(s, we + 1, word_end(s, we + 1), "per") &&
	    at(s, word_end(s, we + 1)) == ' ') {
		k = word_end(s, we + 1) + 1;
		k2 = word_end(s, k);
		if (weq(s, k, k2, "hour")) {
			if (!strcmp(w->unit, "km"))
				x->e = k2, x->unit = "km/h";
			else if (!strcmp(w->unit, "mi"))
				x->e = k2, x->unit = "mph";
		} else if (weq(s, k, k2, "second") && !strcmp(w->unit, "m")) {
			x->e = k2, x->unit = "m/s";
		}
	}
	if ((at(s, we) == ' ' || at(s, we) == '-') &&
	    (weq(s, we + 1, word_end(s, we + 1), "hour") ||
	     weq(s, we + 1, word_end(s, we + 1), "hours"))) {
		if (!strcmp(w->unit, "kW"))
			x->e = word_end(s, we + 1), x->unit = "kWh";
		else if (!strcmp(w->unit, "MW"))
			x->e = word_end(s, we + 1), x->unit = "MWh";
		else if (!strcmp(w->unit, "GW"))
			x->e = word_end(s, we + 1), x->unit = "GWh";
	}
	return 1;
}

static int money_word_at(const struct sc *s, size_t j, struct suf *x, int mag)
{
	const struct nf_fig_word *w, *adj = NULL;
	size_t we = word_end(s, j), k;

	/* "Australian dollars", "Hong Kong dollars", "U.S. dollars" */
	adj = find_word(nf_fig_currency_adjs, s, j, we, 0);
	k = j;
	if (adj && at(s, we) == ' ') {
		k = we + 1;
	} else if (seq(s, j, we, "U") && seq(s, we, we + 4, ".S. ")) {
		adj = find_word(nf_fig_currency_adjs, s, j, j + 2, 0);
		k = we + 4;
		adj = &nf_fig_currency_adjs[0];
	} else if ((seq(s, j, we, "Hong") || seq(s, j, we, "New")) && at(s, we) == ' ') {
		size_t e2 = word_end(s, we + 1);
		if (seq(s, we + 1, e2, "Kong") || seq(s, we + 1, e2, "Zealand")) {
			k = e2 + 1;
			if (at(s, e2) != ' ')
				return 0;
		}
	} else if (seq(s, j, we, "South") && at(s, we) == ' ' &&
	    seq(s, we + 1, word_end(s, we + 1), "African")) {
		k = word_end(s, we + 1) + 1;
	}
	if (k != j) {
		size_t e2 = word_end(s, k);
		w = find_word(nf_fig_currency_words, s, k, e2, 0);
		if (!w)
			return 0;
		x->e = e2;
		x->kind = NF_FIG_MONEY;
		x->unit = w->unit;
		x->mul = w->v;
		if (adj && w->v == 1)
			x->unit = adj->unit;
		else if (seq(s, j, j + 4, "Hong"))
			x->unit = "HKD";
		else if (seq(s, j, j + 3, "New"))
			x->unit = "NZD";
		else if (seq(s, j, j + 5, "South"))
			x->unit = "ZAR";
		return 1;
	}
	if (weq(s, j, we, "pound") || weq(s, j, we, "pounds")) {
		size_t e2 = word_end(s, we + 1);
		if (at(s, we) == ' ' && weq(s, we + 1, e2, "sterling")) {
			x->e = e2, x->kind = NF_FIG_MONEY, x->unit = "GBP";
			return 1;
		}
		if (mag) {
			x->e = we, x->kind = NF_FIG_MONEY, x->unit = "GBP";
			return 1;
		}
		return 0;   /* a weight */
	}
	if (we == j + 1 && s->t[j] == 'z' && at(s, we) == 0xC5 && at(s, we + 1) == 0x82 &&
	    !is_alpha(at(s, we + 2))) {
		x->e = we + 2, x->kind = NF_FIG_MONEY, x->unit = "PLN";   /* "zł" */
		return 1;
	}
	w = find_word(nf_fig_currency_words, s, j, we, 0);
	if (w && strcmp(w->w, "sterling") != 0) {
		x->e = we;
		x->kind = NF_FIG_MONEY;
		x->unit = w->unit;
		x->mul = w->v;
		return 1;
	}
	if (we - j == 3 && in_list(nf_fig_currency_codes, s, j, we, 1)) {
		const char *const *c2;
		for (c2 = nf_fig_currency_codes; *c2; c2++)
			if (seq(s, j, we, *c2))
				break;
		x->e = we;
		x->kind = NF_FIG_MONEY;
		x->unit = strcmp(*c2, "XBT") == 0 ? "BTC" : *c2;
		return 1;
	}
	return 0;
}

/* The kind-giving word after a number at j (spaces first skipped). */
static void suffix_after(const struct sc *s, size_t e, struct suf *x,
	const struct num *nm)
{
	size_t j = e, we;

	suf_none(x, e);
	if (at(s, j) == '%') {
		percent_at(s, j, x);
		return;
	}
	/* hyphen compounds: "10-year", "19-year-old", "four-pack" */
	if (at(s, j) == '-' && is_alpha(at(s, j + 1))) {
		size_t k = j + 1;
		we = word_end(s, k);
		if (duration_at(s, k, x, 1) || percent_at(s, k, x) || unit_at(s, k, x, 1))
			return;
		if (weq(s, k, we, "point")) {
			x->e = we, x->kind = NF_FIG_COUNT;
			return;
		}
		/* lower-case word: a counted compound ("12-roll", "55-member") */
		for (size_t q = k; q < we; q++)
			if (!is_lower(at(s, q)))
				return;
		if (at(s, we) == '-' && is_digit(at(s, we + 1)))
			return;
		if (weq(s, k, we, "and") || weq(s, k, we, "or") || weq(s, k, we, "to"))
			return;
		x->e = we;
		x->kind = NF_FIG_COUNT;
		x->compound = 1;
		return;
	}
	if (space_len(s, j))
		j = skip_sp(s, j);
	else if (!is_alpha(at(s, j)) && at(s, j) < 0x80)
		return;
	/* "-5C", "40F": attached only, as a spaced "5 C" is no unit */
	if (j == e && (at(s, j) == 'C' || at(s, j) == 'F') && !is_alnum(at(s, j + 1)) &&
	    !nm->word) {
		x->e = j + 1;
		x->kind = NF_FIG_QUANTITY;
		x->unit = at(s, j) == 'C' ? "degC" : "degF";
		return;
	}
	if (j - e > 3)
		return;
	if (percent_at(s, j, x) || duration_at(s, j, x, 0) ||
	    money_word_at(s, j, x, nm->mag) || unit_at(s, j, x, 0))
		return;
	we = word_end(s, j);
	if ((weq(s, j, we, "points") || weq(s, j, we, "point")) && !nm->frac) {
		x->e = we;
		x->kind = NF_FIG_COUNT;
		x->points = 1;
	}
}

/* ---- figures --------------------------------------------------------- */

static int valid_tz(const struct sc *s, size_t j, size_t *end)
{
	size_t we = j;

	while (is_upper(at(s, we)))
		we++;
	if (we - j < 2 || is_alnum(at(s, we)))
		return 0;
	if (!in_list(nf_fig_timezones, s, j, we, 1))
		return 0;
	*end = we;
	return 1;
}

/* "a.m.", "am", "PM", "p.m": 1 am, 2 pm, 0 none; *end after it. */
static int ampm_at(const struct sc *s, size_t j, size_t *end)
{
	int c = lc(at(s, j)), r;

	if (c != 'a' && c != 'p')
		return 0;
	r = c == 'a' ? 1 : 2;
	if (at(s, j + 1) == '.' && lc(at(s, j + 2)) == 'm') {
		*end = j + 3;
		if (at(s, j + 3) == '.')
			(*end)++;
		return r;
	}
	if (lc(at(s, j + 1)) == 'm' && !is_alnum(at(s, j + 2))) {
		*end = j + 2;
		return r;
	}
	return 0;
}

/* Clock times and race times: "10:39 a.m.", "14:00 GMT", "2:14:04". */
static size_t try_clock(struct sc *s, size_t i, size_t start, const char *q)
{
	size_t j = i, end;
	int h = 0, m, sec, ap;
	struct nf_figure *f;

	while (is_digit(at(s, j)) && j - i < 3)
		h = h * 10 + at(s, j++) - '0';
	if (j - i > 2 || at(s, j) != ':' || !is_digit(at(s, j + 1)) ||
	    !is_digit(at(s, j + 2)) || is_digit(at(s, j + 3)))
		return 0;
	m = (at(s, j + 1) - '0') * 10 + at(s, j + 2) - '0';
	j += 3;
	if (at(s, j) == ':' && is_digit(at(s, j + 1)) && is_digit(at(s, j + 2)) &&
	    !is_digit(at(s, j + 3))) {
		double v;
		sec = (at(s, j + 1) - '0') * 10 + at(s, j + 2) - '0';
		j += 3;
		v = h * 3600.0 + m * 60 + sec;
		if (at(s, j) == '.' && is_digit(at(s, j + 1))) {
			double d = 0.1;
			for (j++; is_digit(at(s, j)); j++, d /= 10)
				v += (at(s, j) - '0') * d;
		}
		f = emit(s, start, j, NF_FIG_DURATION, v);
		f->unit = "second";
		f->qualifier = q;
		return j;
	}
	if (at(s, j) == '.' && is_digit(at(s, j + 1))) {
		/* "3:43.13": minutes, seconds and hundredths */
		double v = h * 60.0 + m, d = 0.1;
		for (j++; is_digit(at(s, j)); j++, d /= 10)
			v += (at(s, j) - '0') * d;
		f = emit(s, start, j, NF_FIG_DURATION, v);
		f->unit = "second";
		f->qualifier = q;
		return j;
	}
	if (h > 24 || m > 59)
		return 0;
	end = j;
	ap = ampm_at(s, skip_sp(s, j), &end);
	if (ap) {
		if (h == 12)
			h = 0;
		if (ap == 2)
			h += 12;
	} else {
		end = j;
	}
	{
		size_t tz = skip_sp(s, end), te;
		if (tz > end && valid_tz(s, tz, &te))
			end = te;
	}
	f = emit(s, start, end, NF_FIG_TIME, 0);
	iso_time(f->iso, h % 24, m);
	f->qualifier = q;
	return end;
}

/* "9 a.m.", "10.30am", "1930 UTC". */
static size_t try_ampm(struct sc *s, const struct num *a, size_t start,
	const char *q)
{
	size_t j = a->e, end, te;
	int h, m = 0, ap;
	struct nf_figure *f;

	if (a->intdig <= 2 && (a->plain || (a->dec && a->e - a->s == (size_t)a->intdig + 3))) {
		h = (int)a->v;
		if (a->dec)
			m = (int)((a->v - h) * 100 + 0.5);
		ap = ampm_at(s, skip_sp(s, j), &end);
		if (!ap || h < 1 || h > 12 || m > 59)
			return 0;
		if (h == 12)
			h = 0;
		if (ap == 2)
			h += 12;
		te = skip_sp(s, end);
		if (te > end && valid_tz(s, te, &te))
			end = te;
		f = emit(s, start, end, NF_FIG_TIME, 0);
		iso_time(f->iso, h, m);
		f->qualifier = q;
		return end;
	}
	if (a->plain && a->intdig == 4) {
		h = (int)a->v / 100;
		m = (int)a->v % 100;
		te = skip_sp(s, j);
		if (h > 23 || m > 59 || te == j || !valid_tz(s, te, &end))
			return 0;
		f = emit(s, start, end, NF_FIG_TIME, 0);
		iso_time(f->iso, h, m);
		f->qualifier = q;
		return end;
	}
	return 0;
}

static int two_digits(const struct sc *s, size_t j)
{
	return (at(s, j) - '0') * 10 + at(s, j + 1) - '0';
}

/* British clock times with a full stop, after a word of time: "at 5.30",
 * "until 7.45"; not prices ("closed at 5.45") nor "5.30 per cent". */
static size_t try_dotted_time(struct sc *s, const struct num *a, size_t start,
	const char *q)
{
	static const char *const cue[] = { "at", "until", "till", "before",
		"after", "from", "by", NULL };
	static const char *const price[] = { "closed", "traded", "stood", "ended",
		"finished", "settled", "priced", "valued", "peaked", "trading",
		"trades", "closing", "rate", "was", "is", "were", "ran", "running",
		"remained", "held", "fixed", "set", "cut", "raised", "lowered",
		"steady", "level", NULL };
	size_t ws, we, w2s, w2e;
	struct suf x;
	struct nf_figure *f;
	int h, m;

	if (!a->dec || a->intdig > 2 || a->e - a->s != (size_t)a->intdig + 3)
		return 0;
	h = (int)a->v;
	m = (int)((a->v - h) * 100 + 0.5);
	if (h > 23 || m > 59)
		return 0;
	if (!prev_word(s, a->s, &ws, &we) || !in_list(cue, s, ws, we, 0))
		return 0;
	if (prev_word(s, ws, &w2s, &w2e) && in_list(price, s, w2s, w2e, 0))
		return 0;
	suffix_after(s, a->e, &x, a);
	if (x.kind >= 0 || is_alpha(at(s, a->e)))
		return 0;
	f = emit(s, start, a->e, NF_FIG_TIME, 0);
	iso_time(f->iso, h, m);
	f->qualifier = q;
	return a->e;
}

/* "2025-12-02", "2022-07", "12/03/2020", "1/2", "24/7". */
static size_t try_numeric_date(struct sc *s, size_t i)
{
	size_t j = i;
	struct nf_figure *f;

	while (is_digit(at(s, j)))
		j++;
	if (j - i == 4 && at(s, j) == '-' && is_digit(at(s, j + 1)) &&
	    is_digit(at(s, j + 2)) && !is_digit(at(s, j + 3))) {
		int y = (int)((at(s, i) - '0') * 1000 + two_digits(s, i + 1) * 10 +
			at(s, i + 3) - '0');
		int m = two_digits(s, j + 1), d = 0;
		size_t e = j + 3;
		if (m < 1 || m > 12 || y < 1000)
			return 0;
		if (at(s, e) == '-' && is_digit(at(s, e + 1)) && is_digit(at(s, e + 2)) &&
		    !is_digit(at(s, e + 3))) {
			d = two_digits(s, e + 1);
			if (d < 1 || d > 31)
				return 0;
			e += 3;
		} else if (at(s, e) == '-' || is_alpha(at(s, e))) {
			return 0;
		}
		f = emit(s, i, e, NF_FIG_DATE, 0);
		iso_date(f->iso, y, m, d);
		return e;
	}
	if (j - i <= 2 && at(s, j) == '/' && is_digit(at(s, j + 1))) {
		size_t k = j + 1, l;
		int a = 0, b = 0, y = 0;
		for (l = i; l < j; l++)
			a = a * 10 + at(s, l) - '0';
		while (is_digit(at(s, k)) && k - j <= 3)
			b = b * 10 + at(s, k++) - '0';
		if (at(s, k) == '/' && is_digit(at(s, k + 1))) {
			size_t ys = k + 1, ye = ys;
			int d, m;
			while (is_digit(at(s, ye)) && ye - ys < 5)
				y = y * 10 + at(s, ye++) - '0';
			if ((ye - ys != 4 && ye - ys != 2) || is_alnum(at(s, ye)))
				return skip_chunk(s, i);
			if (ye - ys == 2)
				y += y < 50 ? 2000 : 1900;
			/* day first unless that cannot be */
			if (a > 12 || b <= 12)
				d = a, m = b;
			else
				d = b, m = a;
			if (m < 1 || m > 12 || d < 1 || d > 31)
				return skip_chunk(s, i);
			f = emit(s, i, ye, NF_FIG_DATE, 0);
			iso_date(f->iso, y, m, d);
			return ye;
		}
		if (is_alnum(at(s, k)) || at(s, k) == '/')
			return skip_chunk(s, i);
		if (a < b && a > 0 && (b == 2 || b == 3 || b == 4 || b == 5 || b == 8 ||
		    b == 10) && k - j - 1 <= 2) {
			f = emit(s, i, k, NF_FIG_FRACTION, (double)a / b);
			return k;
		}
		return k;   /* "24/7", "9/11": not figures */
	}
	return 0;
}

/* Telephone numbers and versions: "555-123-4567", "020 7946 0958",
 * "+44 20 ...", "1.2.3". */
static size_t try_phone(struct sc *s, size_t i)
{
	size_t j = i, k;
	int groups = 1, digits = 0, g[8], sep = 0;

	if (i > 0 && (s->t[i - 1] == '+' || (s->t[i - 1] == '(' && i + 4 < s->n &&
	    is_digit(at(s, i + 2)) && at(s, i + 3) == ')' ))) {
		while (j < s->n && (is_digit(at(s, j)) || at(s, j) == ' ' ||
		    at(s, j) == '-' || at(s, j) == '(' || at(s, j) == ')' || at(s, j) == '.'))
			j++;
		while (j > i && !is_digit(at(s, j - 1)))
			j--;
		return j;
	}
	g[0] = 0;
	while (is_digit(at(s, j)))
		j++, g[0]++;
	digits = g[0];
	/* "0300 123 4567": a leading zero and groups after spaces */
	if (at(s, i) == '0' && g[0] >= 3 && at(s, j) == ' ' && is_digit(at(s, j + 1))) {
		while (is_digit(at(s, j)) || (at(s, j) == ' ' && is_digit(at(s, j + 1))))
			j++;
		return j;
	}
	for (;;) {
		int c = at(s, j);
		if ((c != '-' && c != '.') || !is_digit(at(s, j + 1)))
			break;
		if (sep && c != sep)
			break;
		sep = c;
		k = j + 1;
		while (is_digit(at(s, k)))
			k++;
		if (groups < 8)
			g[groups] = (int)(k - j - 1);
		groups++;
		digits += (int)(k - j - 1);
		j = k;
	}
	if (groups >= 3 && sep == '.')
		return skip_chunk(s, i);
	if (groups >= 3 && sep == '-' && digits >= 7 && g[0] >= 2 && g[1] >= 2)
		return j;
	if (groups >= 4 && sep == '-' && digits >= 10)
		return j;   /* "1-800-555-0199" */
	if (groups == 2 && sep == '-' && g[0] == 3 && g[1] == 4)
		return j;
	return 0;
}

/* A street address after the number: "14 Mill Rd.", "10 Downing Street". */
static int address_after(const struct sc *s, size_t e)
{
	static const char *const streets[] = { "street", "st", "road", "rd",
		"avenue", "ave", "lane", "ln", "boulevard", "blvd", "drive", "dr",
		"way", "place", "pl", "terrace", "court", "ct", "square", "highway",
		"parkway", "crescent", "close", "quai", "rue", "strasse", "via", NULL };
	size_t k = e, we;
	int n;

	for (n = 0; n < 4; n++) {
		if (at(s, k) != ' ' || !is_upper(at(s, k + 1)))
			return 0;
		we = word_end(s, k + 1);
		if (n > 0 && in_list(streets, s, k + 1, we, 0))
			return 1;
		if (n == 0 && (weq(s, k + 1, we, "rue") || weq(s, k + 1, we, "quai") ||
		    weq(s, k + 1, we, "via")))
			return 1;
		/* words in any script: "Quai des Orfèvres" */
		for (k = we; at(s, k) >= 0x80 || is_alpha(at(s, k)); k++)
			;
	}
	return 0;
}

/* Ages: "Sudesh Amman, 20, was", "aged 17", "when he was (about) 18",
 * "Quirin and Redouane, 40 and 49,". */
static int is_age(const struct sc *s, const struct num *a, size_t start,
	const char *q)
{
	size_t ws, we, e, p;

	if (!a->plain || a->v < 1 || a->v > 115 || a->intdig > 3)
		return 0;
	if (q && strcmp(q, "~") != 0)
		return 0;
	if (prev_word(s, start, &ws, &we)) {
		if (weq(s, ws, we, "aged") || weq(s, ws, we, "age") ||
		    weq(s, ws, we, "ages"))
			return 1;
		if (weq(s, ws, we, "of")) {
			size_t w2s, w2e;
			if (prev_word(s, ws, &w2s, &w2e) && weq(s, w2s, w2e, "age"))
				return 1;
		}
		if (weq(s, ws, we, "was") || weq(s, ws, we, "is")) {
			size_t w2s, w2e;
			int c = at(s, a->e);
			if (prev_word(s, ws, &w2s, &w2e) &&
			    (weq(s, w2s, w2e, "he") || weq(s, w2s, w2e, "she") ||
			     weq(s, w2s, w2e, "who") || seq(s, w2s, w2e, "I")) &&
			    (c == '.' || c == ',' || c == ';' ||
			     (c == ' ' && weq(s, a->e + 1, word_end(s, a->e + 1), "and")) ||
			     (c == ' ' && weq(s, a->e + 1, word_end(s, a->e + 1), "when"))))
				return 1;
		}
		if (weq(s, ws, we, "and") && s->fs->n > 0 && !q) {
			const struct nf_figure *f = &s->fs->v[s->fs->n - 1];
			if (f->kind == NF_FIG_DURATION && f->unit && !strcmp(f->unit, "year") &&
			    f->end == back_sp(s, ws) && f->end - f->start <= 3 &&
			    (at(s, a->e) == ',' || at(s, a->e) == ')'))
				return 1;
		}
		return 0;
	}
	if (q)
		return 0;
	/* ", 20," after a name or noun; also "40 and 49," */
	e = back_sp(s, start);
	if (e == start || e < 2 || s->t[e - 1] != ',')
		return 0;
	if (!cp_is_letter(cp_before(s, e - 1, &p)))
		return 0;
	if (at(s, a->e) == ',')
		return 1;
	if (at(s, a->e) == ' ' && weq(s, a->e + 1, word_end(s, a->e + 1), "and")) {
		size_t k = word_end(s, a->e + 1) + 1, k2 = k;
		while (is_digit(at(s, k2)))
			k2++;
		return k2 > k && k2 - k <= 2 && at(s, k2) == ',';
	}
	return 0;
}

/* After "... or", "or more" -> ">=", "or so" -> "~", "or less" -> "<=". */
static const char *post_hedge(const struct sc *s, size_t e)
{
	size_t k, we;

	if (at(s, e) != ' ' || !weq(s, e + 1, word_end(s, e + 1), "or"))
		return NULL;
	k = e + 4;
	we = word_end(s, k);
	if (at(s, e + 3) != ' ')
		return NULL;
	if (weq(s, k, we, "more"))
		return ">=";
	if (weq(s, k, we, "so"))
		return "~";
	if (weq(s, k, we, "less") || weq(s, k, we, "fewer"))
		return "<=";
	return NULL;
}

static int by_before(const struct sc *s, size_t i)
{
	size_t ws, we;

	return prev_word(s, i, &ws, &we) && weq(s, ws, we, "by");
}

/* Parse the number at i (digits or words); 0 when there is none. */
static int parse_num(const struct sc *s, size_t i, struct num *nm)
{
	if (is_digit(at(s, i))) {
		parse_digits(s, i, nm);
		return 1;
	}
	return parse_words(s, i, nm);
}

/* A four-digit year at k (after ", " or " "): its value and end, or 0. */
static int year_at(const struct sc *s, size_t k, size_t *ye_out)
{
	size_t ye;
	int y;

	if (at(s, k) == ',')
		k++;
	k = skip_sp(s, k);
	ye = k;
	while (is_digit(at(s, ye)) && ye - k < 5)
		ye++;
	if (ye - k != 4 || is_alnum(at(s, ye)) || at(s, ye) == ':' ||
	    (at(s, ye) == ',' && is_digit(at(s, ye + 1))))
		return 0;
	y = (at(s, k) - '0') * 1000 + two_digits(s, k + 1) * 10 + at(s, k + 3) - '0';
	if (y < 1000 || y >= 2200)
		return 0;
	*ye_out = ye;
	return y;
}

/* A date with a day: "2 December 2025", "December 2, 2025", "4 March";
 * "March 4 and 5" and "March 15 to 17, 2020" give a second date. */
static size_t date_from_day(struct sc *s, size_t start, int d, int m, size_t e)
{
	int y, d2 = 0, y2 = 0;
	size_t ye = e, ds = 0, de = 0, ye2 = 0;
	struct nf_figure *f;

	y = year_at(s, e, &ye);
	if (!y) {
		size_t c = e;
		if (at(s, c) == ' ') {
			size_t we = word_end(s, c + 1);
			if (weq(s, c + 1, we, "and") || weq(s, c + 1, we, "to"))
				ds = at(s, we) == ' ' ? we + 1 : 0;
		} else if (at(s, c) == '-') {
			ds = c + 1;
		} else if (at(s, c) == 0xE2 && at(s, c + 1) == 0x80 && at(s, c + 2) == 0x93) {
			ds = c + 3;
		}
		if (ds) {
			de = ds;
			while (is_digit(at(s, de)) && de - ds < 3)
				d2 = d2 * 10 + at(s, de++) - '0';
			if (!(de > ds && de - ds <= 2 && d2 >= 1 && d2 <= 31 && d2 > d &&
			    !is_alnum(at(s, de)) && at(s, de) != ':' &&
			    !(at(s, de) == '.' && is_digit(at(s, de + 1)))))
				d2 = 0;
			else
				y2 = year_at(s, de, &ye2);
		}
	}
	f = emit(s, start, y ? ye : e, NF_FIG_DATE, 0);
	iso_date(f->iso, y ? y : y2, m, d);
	if (!d2)
		return y ? ye : e;
	f = emit(s, ds, y2 ? ye2 : de, NF_FIG_DATE, 0);
	iso_date(f->iso, y2, m, d2);
	return y2 ? ye2 : de;
}

static int ordinal_suffix(const struct sc *s, size_t e, size_t *oe)
{
	size_t we = word_end(s, e);

	if (we - e != 2 || is_digit(at(s, we)))
		return 0;
	if (weq(s, e, we, "st") || weq(s, e, we, "nd") || weq(s, e, we, "rd") ||
	    weq(s, e, we, "th")) {
		*oe = we;
		return 1;
	}
	return 0;
}

/* "one" is a figure only where it counts: after a hedge or "by", or before
 * a unit, "per" or "out of"; not "one of", "this one", "One MP". */
static int one_counts(const struct sc *s, const struct num *a, const char *q,
	const struct suf *x)
{
	size_t ws, we, k;

	if (q || x->kind >= 0)
		return 1;
	if (prev_word(s, a->s, &ws, &we) &&
	    (weq(s, ws, we, "by") || weq(s, ws, we, "only") || weq(s, ws, we, "just")))
		return 1;
	k = a->e;
	if (at(s, k) == ' ') {
		size_t e2 = word_end(s, k + 1);
		if (weq(s, k + 1, e2, "per"))
			return 1;
		if (weq(s, k + 1, e2, "out") && weq(s, e2 + 1, e2 + 3, "of"))
			return 1;
		/* "one pack per order", "one package per transaction" */
		if (at(s, e2) == ' ' && e2 > k + 1 &&
		    weq(s, e2 + 1, word_end(s, e2 + 1), "per"))
			return 1;
		if (weq(s, k + 1, e2, "in") && at(s, e2) == ' ') {
			struct num b;
			if (parse_num(s, e2 + 1, &b))
				return 1;
		}
	}
	return 0;
}

/* The figure at i (a digit, a number word or a fraction sign); returns
 * where scanning goes on. */
static size_t figure_at(struct sc *s, size_t i)
{
	struct num a, b;
	struct suf x, y;
	struct nf_figure *f;
	size_t start = i, r, cs = i, hs, e, k, ms, oe, we0, bws = i;
	const char *cur = NULL, *q = NULL;
	int m, neg = 0, between = 0, from = 0, have_b = 0, aged = 0;
	int digit = is_digit(at(s, i));

	we0 = digit ? i + 1 : word_end(s, i);
	if (we0 == i)
		we0 = i + 1;
	if (digit) {
		if ((r = url_chunk(s, i)) != 0)
			return r;
		if (ident_before(s, i))
			return skip_chunk(s, i);
		if ((r = try_numeric_date(s, i)) != 0)
			return r;
		if ((r = try_phone(s, i)) != 0)
			return r;
		q = hedge_before(s, i, &hs);
		if (q)
			start = hs;
		if ((r = try_clock(s, i, start, q)) != 0)
			return r;
		q = NULL;
		start = i;
	}

	/* the number itself */
	if (at(s, i) == 0xC2 || at(s, i) == 0xE2) {
		/* ½ ¼ ¾ ⅓ ⅔ */
		double v = 0;
		size_t l = 2;
		if (at(s, i) == 0xC2)
			v = at(s, i + 1) == 0xBD ? 0.5 : at(s, i + 1) == 0xBC ? 0.25 : 0.75;
		else
			v = at(s, i + 2) == 0x93 ? 1.0 / 3 : 2.0 / 3, l = 3;
		memset(&a, 0, sizeof a);
		a.s = i;
		a.e = i + l;
		a.v = v;
		a.frac = 1;
	} else if (!parse_num(s, i, &a)) {
		/* "half", "a fifth", "a quarter of" */
		const struct nf_fig_numword *w = find_numword(s, i, we0);
		size_t ws, we;
		int has_a = prev_word(s, i, &ws, &we) &&
			(weq(s, ws, we, "a") || weq(s, ws, we, "one"));
		if (!w)
			return we0;
		memset(&a, 0, sizeof a);
		a.s = i;
		a.e = we0;
		a.word = 1;
		a.frac = 1;
		if (w->type == NW_HALF) {
			size_t k2 = word_end(s, we0 + 1);
			/* not "first half", "half-time", "half back" */
			if (prev_word(s, i, &ws, &we) &&
			    (weq(s, ws, we, "first") || weq(s, ws, we, "second") ||
			     weq(s, ws, we, "other") || weq(s, ws, we, "and") ||
			     weq(s, ws, we, "third") || weq(s, ws, we, "final")))
				return we0;
			if (at(s, we0) == '-' || at(s, we0) == 0xE2)
				return we0;
			if (at(s, we0) == ' ' && (weq(s, we0 + 1, k2, "back") ||
			    weq(s, we0 + 1, k2, "time") || weq(s, we0 + 1, k2, "way") ||
			    weq(s, we0 + 1, k2, "brother") || weq(s, we0 + 1, k2, "sister")))
				return we0;
			a.v = 0.5;
			if (has_a && weq(s, ws, we, "a"))
				return we0;   /* "a half": part of "and a half" or vague */
			/* "half of", "half the", "more than half": not "their
			 * attacking half" */
			{
				static const char *const after[] = { "of", "the", "a", "an",
					"his", "her", "their", "its", "our", "my", "your", "all",
					"that", "this", "these", "those", "what", NULL };
				static const char *const before[] = { "than", "about", "nearly",
					"almost", "over", "by", "around", "roughly", "some", "least",
					"just", "only", "under", "cut", "halved", "to", NULL };
				int ok = at(s, we0) == ' ' && in_list(after, s, we0 + 1, k2, 0);
				size_t bs, be;
				if (!ok && prev_word(s, i, &bs, &be) && in_list(before, s, bs, be, 0))
					ok = 1;
				if (!ok)
					return we0;
			}
			/* "half a million", "half an hour" */
			if (at(s, we0) == ' ' && (weq(s, we0 + 1, k2, "a") || weq(s, we0 + 1, k2, "an"))) {
				size_t k3 = word_end(s, k2 + 1);
				const struct nf_fig_numword *w3 = find_numword(s, k2 + 1, k3);
				if (w3 && (w3->type == NW_SCALE || w3->type == NW_DOZEN ||
				    w3->type == NW_HUNDRED)) {
					a.v = 0.5 * w3->v;
					a.e = k3;
					a.frac = 0;
					a.mag = 1;
				} else if (at(s, k2) == ' ') {
					struct suf d;
					suf_none(&d, k2);
					if (duration_at(s, k2 + 1, &d, 0)) {
						a.e = k2;   /* the unit is read below */
						a.frac = 0;
					}
				}
			}
		} else if (w->type == NW_FRAC) {
			/* "a fifth of", "a quarter million" */
			size_t k2 = word_end(s, we0 + 1);
			const struct nf_fig_numword *w3;
			if (!has_a || !weq(s, ws, we, "a"))
				return we0;
			a.s = ws;
			a.v = 1.0 / w->v;
			w3 = at(s, we0) == ' ' ? find_numword(s, we0 + 1, k2) : NULL;
			if (w3 && w3->type == NW_SCALE) {
				a.v *= w3->v;
				a.e = k2;
				a.frac = 0;
				a.mag = 1;
			} else if (!(at(s, we0) == ' ' && weq(s, we0 + 1, k2, "of")) &&
			    !hedge_before(s, ws, &hs) &&
			    !(at(s, we0) != ' ' && !is_alnum(at(s, we0)) && at(s, we0) != '-')) {
				/* "a fifth of", "roughly a fifth", "by a third."; not
				 * "a third term" */
				return we0;
			}
		} else if (w->type == NW_HUNDRED || w->type == NW_SCALE || w->type == NW_DOZEN) {
			return we0;
		} else {
			return we0;
		}
		start = a.s;
	}
	if (digit && a.e - a.s > 40)
		return a.e;   /* a digit string, not a figure */
	if (a.word && a.bare) {
		/* "a dozen", "a thousand", "every thousand"; "a few hundred"
		 * is vague and "thousand" alone is not a figure */
		size_t ws, we;
		if (!prev_word(s, a.s, &ws, &we))
			return a.e;
		if (weq(s, ws, we, "a") || weq(s, ws, we, "an")) {
			size_t w2s, w2e;
			if (prev_word(s, ws, &w2s, &w2e) && (weq(s, w2s, w2e, "few") ||
			    weq(s, w2s, w2e, "couple")))
				return a.e;
			a.s = ws;
		} else if (!weq(s, ws, we, "every") && !weq(s, ws, we, "per")) {
			return a.e;
		}
		start = a.s;
	}
	/* context before */
	if (digit) {
		cur = currency_before(s, i, &cs);
		if (cur)
			start = cs;
		if (i > 0 && s->t[i - 1] == '-' && !cur) {
			size_t x0;
			int32_t c0 = i >= 2 ? cp_before(s, i - 1, &x0) : ' ';
			if (c0 == ' ' || c0 == '(' || c0 == -1 || c0 == '\n')
				neg = 1, start = i - 1;
		} else if (i >= 3 && (unsigned char)s->t[i - 3] == 0xE2 &&
		    (unsigned char)s->t[i - 2] == 0x88 && (unsigned char)s->t[i - 1] == 0x92) {
			neg = 1, start = i - 3;
		}
		/* month before: "December 2, 2025", "March 2019", "Dec. 2" */
		if (!cur && !neg && a.plain && (m = month_before(s, i, &ms, a.intdig == 4)) != 0) {
			if (a.intdig <= 2 && a.v >= 1 && a.v <= 31) {
				e = a.e;
				if (ordinal_suffix(s, e, &oe))
					e = oe;
				if (!is_alpha(at(s, e)))
					return date_from_day(s, ms, (int)a.v, m, e);
			} else if (a.intdig == 4 && a.v >= 1000 && a.v < 2200 &&
			    !is_alnum(at(s, a.e))) {
				f = emit(s, ms, a.e, NF_FIG_DATE, 0);
				iso_date(f->iso, (int)a.v, m, 0);
				return a.e;
			}
		}
	}
	if (!neg) {
		size_t ws, we;
		if (prev_word(s, a.s, &ws, &we) && weq(s, ws, we, "minus") &&
		    (ws == 0 || s->t[ws - 1] == ' ' || s->t[ws - 1] == '(' ||
		     s->t[ws - 1] == '\n')) {
			/* not "T-minus 10", "two minus one", "plus or minus 1" */
			size_t w2s, w2e;
			if (!(prev_word(s, ws, &w2s, &w2e) && (find_numword(s, w2s, w2e) ||
			    weq(s, w2s, w2e, "or"))))
				neg = 1, start = ws;
		}
	}
	q = hedge_before(s, start, &hs);
	if (q) {
		start = hs;
	} else {
		size_t ws, we;
		if (prev_word(s, start, &ws, &we)) {
			if (weq(s, ws, we, "between"))
				between = 1, bws = ws;
			else if (weq(s, ws, we, "aged") || weq(s, ws, we, "ages"))
				aged = 1;
			else if (weq(s, ws, we, "from"))
				from = 1;
		}
	}

	if (digit) {
		/* times: "9 a.m.", "10.30am", "1930 UTC" */
		if (!cur && !neg && (r = try_ampm(s, &a, start, q)) != 0)
			return r;
		if (!cur && !neg && (r = try_dotted_time(s, &a, start, q)) != 0)
			return r;
		/* attached letters: ordinals, decades, magnitudes, units */
		if (is_alpha(at(s, a.e))) {
			size_t we = word_end(s, a.e);
			if (ordinal_suffix(s, a.e, &oe) && a.plain) {
				/* "31st October", "the 4th of July" */
				k = skip_sp(s, oe);
				if (weq(s, k, word_end(s, k), "of"))
					k = skip_sp(s, word_end(s, k));
				if (k > oe && (m = month_at(s, k, &e)) != 0 && a.v >= 1 && a.v <= 31)
					return date_from_day(s, i, (int)a.v, m, e);
				f = emit(s, start, oe, NF_FIG_ORDINAL, a.v);
				f->qualifier = q;
				return oe;
			}
			if (we - a.e == 1 && at(s, a.e) == 's' && a.plain && a.intdig == 4 &&
			    (int)a.v % 10 == 0) {
				f = emit(s, i, we, NF_FIG_DATE, 0);
				f->iso[0] = s->t[i];
				f->iso[1] = s->t[i + 1];
				if ((int)a.v % 100 == 0) {
					f->iso[2] = 'X';
					f->iso[3] = 'X';
				} else {
					f->iso[2] = s->t[i + 2];
					f->iso[3] = 'X';
				}
				f->iso[4] = 0;
				return we;
			}
			magnitude_after(s, &a, cur != NULL);
			if (is_alpha(at(s, a.e))) {
				suffix_after(s, a.e, &x, &a);
				if (x.kind < 0 && !is_alpha(at(s, a.e - 1)))
					return skip_chunk(s, i);   /* "5G", "8chan" */
			}
		} else {
			magnitude_after(s, &a, cur != NULL);
		}
	}
	if (digit && a.plain && !cur && !q && a.intdig <= 2 && a.v >= 1 && a.v <= 31 &&
	    !a.mag) {
		/* "2 December 2025", "4 March" */
		k = skip_sp(s, a.e);
		if (k > a.e && (m = month_at(s, k, &e)) != 0)
			return date_from_day(s, start, (int)a.v, m, e);
		/* "17-18 July", "29–30 July 2026": two dates */
		k = a.e;
		if (at(s, k) == '-')
			k++;
		else if (at(s, k) == 0xE2 && at(s, k + 1) == 0x80 && at(s, k + 2) == 0x93)
			k += 3;
		if (k > a.e && is_digit(at(s, k))) {
			size_t ds = k, de = k, me, ye = 0;
			int d2 = 0, y;
			while (is_digit(at(s, de)) && de - ds < 3)
				d2 = d2 * 10 + at(s, de++) - '0';
			k = skip_sp(s, de);
			if (de - ds <= 2 && d2 > a.v && d2 <= 31 && k > de &&
			    (m = month_at(s, k, &me)) != 0) {
				y = year_at(s, me, &ye);
				f = emit(s, start, a.e, NF_FIG_DATE, 0);
				iso_date(f->iso, y, m, (int)a.v);
				f = emit(s, ds, y ? ye : me, NF_FIG_DATE, 0);
				iso_date(f->iso, y, m, d2);
				return y ? ye : me;
			}
		}
	}

	suffix_after(s, a.e, &x, &a);
	if (digit && x.kind < 0 && at(s, a.e) == '-' && is_alpha(at(s, a.e + 1)))
		return skip_chunk(s, i);   /* "2019-nCoV" */
	if (digit && x.kind < 0 && a.plain && !cur && !q && address_after(s, a.e))
		return a.e;

	/* a range: "10-15 km", "6% to 11%", "between 55 and 60", "forty or
	 * fifty minute"; scores ("43–5") and "from X to Y" stay two figures */
	e = x.kind >= 0 ? x.e : a.e;
	{
		size_t c = e, bs = 0;
		int conn = 0;
		if (at(s, c) == '-' && (is_digit(at(s, c + 1)) || at(s, c + 1) == '$'))
			conn = '-', bs = c + 1;
		else if (at(s, c) == 0xE2 && at(s, c + 1) == 0x80 &&
		    (at(s, c + 2) == 0x93 || at(s, c + 2) == 0x94))
			conn = '-', bs = skip_sp(s, c + 3);
		else if (at(s, c) == ' ') {
			size_t w1 = word_end(s, c + 1);
			if (at(s, c + 1) == 0xE2 && at(s, c + 2) == 0x80 && at(s, c + 3) == 0x93)
				conn = '-', bs = skip_sp(s, c + 4);
			else if (at(s, w1) == ' ' && weq(s, c + 1, w1, "to"))
				conn = 't', bs = w1 + 1;
			else if (at(s, w1) == ' ' && weq(s, c + 1, w1, "and") && between)
				conn = 'a', bs = w1 + 1;
			else if (at(s, w1) == ' ' && weq(s, c + 1, w1, "or"))
				conn = 'o', bs = w1 + 1;
		}
		if (conn && (a.word || digit) && !a.frac && (!neg || from)) {
			size_t bcs = bs, pe = word_end(s, bs);
			const char *bcur = NULL;
			int bneg = 0;
			/* "from minus 8 to plus 6 degrees" */
			if (at(s, pe) == ' ' && (weq(s, bs, pe, "plus") || weq(s, bs, pe, "minus"))) {
				bneg = weq(s, bs, pe, "minus");
				bs = pe + 1;
			}
			if (at(s, bs) == '$' || at(s, bs) == 0xE2 || at(s, bs) == 0xC2) {
				size_t t = bs;
				if (at(s, t) == '$')
					t++;
				else if (at(s, t) == 0xE2)
					t += 3;
				else
					t += 2;
				if (is_digit(at(s, t))) {
					bcur = currency_before(s, t, &bcs);
					bs = t;
				}
			}
			if (((digit && is_digit(at(s, bs))) || (!digit && !is_digit(at(s, bs)))) &&
			    parse_num(s, bs, &b) && !b.frac && !(b.word && b.bare)) {
				if (digit && is_alpha(at(s, b.e)) && ordinal_suffix(s, b.e, &oe))
					goto no_range;
				magnitude_after(s, &b, cur != NULL || bcur != NULL);
				suffix_after(s, b.e, &y, &b);
				if (is_alpha(at(s, b.e)) && y.kind < 0)
					goto no_range;
				if (bcur && cur && strcmp(bcur, cur) != 0)
					goto no_range;
				if (bneg)
					b.v = -b.v;
				if (from && conn == 't' && x.kind < 0 && y.kind >= 0 && !y.points &&
				    !y.compound && !cur) {
					/* "from 8 to 6 degrees": two figures, one unit */
					x = y;
					x.e = a.e;
					goto no_range;
				}
				if (conn == '-' && at(s, e) == '-' && a.plain && b.plain && !cur &&
				    y.kind < 0 && a.intdig >= 3 && b.e - b.s >= 3 &&
				    !(a.v >= 1000 && a.v < 2200 && b.v >= 1000 && b.v < 2200))
					return skip_chunk(s, i);   /* "737-800" */
				{
					int suffix_ok = y.kind >= 0 && (x.kind < 0 ||
						(x.kind == y.kind && x.unit == y.unit));
					int money_ok = cur && (bcur || conn != '-') ;
					int ok = 0;
					if (x.kind == NF_FIG_DURATION || (x.kind >= 0 && x.points))
						ok = 0;
					else if (conn == 'a')
						ok = 1;
					else if (conn == 't')
						ok = !from && (suffix_ok || (money_ok && (b.mag || a.mag)) ||
							(b.mag && !a.mag && !cur && !bcur));
					else if (conn == 'o')
						ok = suffix_ok && y.kind == NF_FIG_DURATION;
					else
						ok = suffix_ok || (cur && money_ok);
					if (a.plain && a.intdig == 4 && b.plain && y.kind < 0 && !cur)
						ok = 0;
					if (aged && y.kind < 0 && x.kind < 0 && (conn == 't' || conn == '-') &&
					    a.plain && b.plain)
						ok = 1;   /* "aged 18 to 64" */
					if (neg || bneg)
						ok = 0;
					/* "fell by 4.1 million barrels to 441.3 million
					 * barrels" is a change and a level, not a range */
					if (conn == 't' && by_before(s, a.s))
						ok = 0;
					if (ok) {
						double av = a.v, bv = b.v;
						if (b.mag && !a.mag) {
							/* the scale of b: 1e3, 1e6, 1e9, 1e12 */
							double scale = 1;
							while (scale * 1000 <= b.v && scale < 1e12)
								scale *= 1000;
							if (av * scale <= bv)
								av *= scale;
						}
						if (av < bv && !(conn == 't' && bv > 10 * av)) {
							have_b = 1;
							if (conn == 'a')
								start = bws;
							a.v = av;
							b.v = bv;
							if (y.kind >= 0)
								x = y;
							else
								x.e = b.e;
							if (!cur && bcur)
								cur = bcur;
							e = y.kind >= 0 ? y.e : b.e;
						}
					}
				}
			}
		}
	}
no_range:
	/* compound durations: "1 hour 59 minutes 40.2 seconds" */
	if (!have_b && x.kind == NF_FIG_DURATION && x.secs) {
		double total = a.v * x.secs, last = x.secs;
		size_t k2 = x.e;
		int parts = 1;
		for (;;) {
			struct num c;
			struct suf z;
			size_t p = k2;
			if (at(s, p) == ',')
				p++;
			p = skip_sp(s, p);
			if (weq(s, p, word_end(s, p), "and"))
				p = skip_sp(s, word_end(s, p));
			if (p == k2 || !is_digit(at(s, p)))
				break;
			parse_digits(s, p, &c);
			suffix_after(s, c.e, &z, &c);
			if (z.kind != NF_FIG_DURATION || !z.secs || z.secs >= last)
				break;
			total += c.v * z.secs;
			last = z.secs;
			k2 = z.e;
			parts++;
		}
		if (parts > 1) {
			f = emit(s, start, k2, NF_FIG_DURATION, total);
			f->unit = "second";
			f->qualifier = q;
			return k2;
		}
	}

	e = x.kind >= 0 ? x.e : (have_b ? b.e : a.e);
	if (neg)
		a.v = -a.v;
	{
		enum nf_figure_kind kind;
		const char *unit = NULL;
		double v = a.v, mul = x.kind >= 0 ? x.mul : 1;

		if (cur) {
			kind = NF_FIG_MONEY;
			unit = cur;
			if (x.kind == NF_FIG_MONEY && x.unit && strcmp(x.unit, cur) != 0 &&
			    x.mul == 1)
				e = x.e;
			else if (x.kind >= 0 && x.kind != NF_FIG_MONEY)
				e = have_b ? b.e : a.e;
			if (x.kind == NF_FIG_MONEY)
				e = x.e;
			mul = 1;
		} else if (x.kind >= 0) {
			kind = (enum nf_figure_kind)x.kind;
			unit = x.kind == NF_FIG_COUNT ? NULL : x.unit;
		} else if (a.frac) {
			kind = NF_FIG_FRACTION;
		} else if (digit && a.plain && a.intdig == 4 && a.v >= 1100 && a.v < 2200 &&
		    !a.mag && !neg && !have_b &&
		    (!q || (q[0] == '~' && a.v >= 1900 && a.v <= 2100 &&
		     !is_alpha(at(s, skip_sp(s, a.e)))))) {
			/* a year; hedged only as "around 1970." */
			kind = NF_FIG_DATE;
			/* a season or financial year, "2019-20", "2020–21": the
			 * second part is no figure of its own */
			{
				size_t k2 = e;
				if (at(s, k2) == '-' || at(s, k2) == '/')
					k2++;
				else if (at(s, k2) == 0xE2 && at(s, k2 + 1) == 0x80 &&
				    at(s, k2 + 2) == 0x93)
					k2 += 3;
				if (k2 > e && is_digit(at(s, k2)) && is_digit(at(s, k2 + 1)) &&
				    !is_alnum(at(s, k2 + 2)) &&
				    two_digits(s, k2) == ((int)a.v + 1) % 100)
					e = k2 + 2;
			}
		} else if (digit && (!have_b || aged) && x.kind < 0 && is_age(s, &a, start, q)) {
			kind = NF_FIG_DURATION;
			unit = "year";
		} else if (a.word && a.one && !one_counts(s, &a, q, &x)) {
			return e;
		} else {
			kind = NF_FIG_COUNT;
		}
		if (a.one && !one_counts(s, &a, q, &x))
			return e;
		if (a.one && x.points && prev_word(s, a.s, &k, &hs) && weq(s, k, hs, "at"))
			return e;   /* "at one point" */
		if (a.word && a.one && prev_word(s, a.s, &k, &hs) &&
		    (weq(s, k, hs, "no") || weq(s, k, hs, "any") || weq(s, k, hs, "this") ||
		     weq(s, k, hs, "that") || weq(s, k, hs, "each") || weq(s, k, hs, "every") ||
		     weq(s, k, hs, "the")))
			return e;
		if (!q) {
			const char *pq = post_hedge(s, e);
			if (pq)
				q = pq;
		}
		f = emit(s, start, e, kind, v * mul);
		f->unit = unit;
		f->qualifier = q;
		if (kind == NF_FIG_DATE) {
			iso_date(f->iso, (int)a.v, 0, 0);
		}
		if (have_b) {
			f->has_upper = 1;
			f->upper = b.v * mul;
		}
	}
	return e > i ? e : i + 1;
}

/* ---- the scan ---------------------------------------------------------- */

/* Byte classes of the scan: 1 letter, 2 a letter that may start a number
 * word, 4 digit, 8 the lead byte of a fraction sign. */
static const unsigned char byte_class[256] = {
	['0'] = 4, ['1'] = 4, ['2'] = 4, ['3'] = 4, ['4'] = 4, ['5'] = 4,
	['6'] = 4, ['7'] = 4, ['8'] = 4, ['9'] = 4,
	['A'] = 1, ['B'] = 3, ['C'] = 1, ['D'] = 3, ['E'] = 3, ['F'] = 3,
	['G'] = 1, ['H'] = 3, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1,
	['M'] = 3, ['N'] = 3, ['O'] = 3, ['P'] = 1, ['Q'] = 3, ['R'] = 1,
	['S'] = 3, ['T'] = 3, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
	['Y'] = 1, ['Z'] = 3,
	['a'] = 1, ['b'] = 3, ['c'] = 1, ['d'] = 3, ['e'] = 3, ['f'] = 3,
	['g'] = 1, ['h'] = 3, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
	['m'] = 3, ['n'] = 3, ['o'] = 3, ['p'] = 1, ['q'] = 3, ['r'] = 1,
	['s'] = 3, ['t'] = 3, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 3,
	[0xC2] = 8, [0xE2] = 8,
};

/* Scanning always moves forward, whatever a reader returned. */
static inline size_t next_pos(size_t i, size_t r)
{
	return r > i ? r : i + 1;
}

size_t nf_figures_find(struct nf_figures *fs, const char *text, size_t len)
{
	const unsigned char *t = (const unsigned char *)text;
	struct sc s;
	size_t i = 0, e, st;

	s.t = text;
	s.n = len;
	s.fs = fs;
	s.last_end = 0;
	fs->n = 0;
	while (i < len) {
		int k = byte_class[t[i]];
		if (!k) {
			i++;
		} else if (k & 1) {
			for (e = i + 1; e < len && (byte_class[t[e]] & 1); e++)
				;
			if ((k & 2) && e - i >= 3 && e - i <= 9 && (e == len || !is_digit(t[e])) &&
			    find_numword(&s, i, e) &&
			    (i == 0 || !cp_is_letter(cp_before(&s, i, &st))) &&
			    /* "seventy-two" is read from "seventy" */
			    !(i >= 2 && t[i - 1] == '-' && is_alpha(t[i - 2]))) {
				i = next_pos(i, figure_at(&s, i));
				if (i < e)
					i = e;
			} else {
				i = e;
			}
		} else if (k & 4) {
			/* the decimals of "3.5" are read with it; after "v1." not */
			if (i >= 2 && t[i - 1] == '.' && is_digit(t[i - 2])) {
				while (i < len && is_digit(t[i]))
					i++;
				continue;
			}
			i = next_pos(i, figure_at(&s, i));
		} else if (i + 1 < len && t[i] == 0xC2 &&
		    (t[i + 1] == 0xBD || t[i + 1] == 0xBC || t[i + 1] == 0xBE)) {
			i = next_pos(i, figure_at(&s, i));
		} else if (i + 2 < len && t[i] == 0xE2 && t[i + 1] == 0x85 &&
		    (t[i + 2] == 0x93 || t[i + 2] == 0x94)) {
			i = next_pos(i, figure_at(&s, i));
		} else {
			i++;
		}
	}
	return fs->n;
}

void nf_figures_free(struct nf_figures *fs)
{
	free(fs->v);
	fs->v = NULL;
	fs->n = fs->cap = 0;
}

const char *nf_figure_kind_name(enum nf_figure_kind k)
{
	static const char *const names[NF_FIG_NKINDS] = {
		"count", "percent", "money", "quantity", "fraction", "ordinal",
		"date", "time", "duration"
	};

	return (unsigned)k < NF_FIG_NKINDS ? names[k] : "count";
}
