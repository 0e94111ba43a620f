/* numbers.c: numbers as written, before their context is read: digits with
 * separators and decimals, words ("twenty-eight", "one hundred and five"),
 * fractions ("two-thirds", "half", "a fifth") and magnitudes ("1.2
 * million", "$5bn", "300k"). */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "scan.h"

const struct nf_fig_numword *find_numword(const struct sc *s, size_t i, size_t e)
{
	if (e <= i || e - i < 3 || e - i > 9 || e > s->n)
		return NULL;
	return nf_fig_numword_find(s->t + i, e - i);
}

static double pow10i(int n)
{
	double p = 1;

	while (n-- > 0)
		p *= 10;   /* exact up to 1e22 */
	return p;
}

/* A vulgar fraction sign at i ("½", "⅔", "⅛"): its value and length, or
 * 0. */
double glyph_fraction(const struct sc *s, size_t i, size_t *len)
{
	/* U+2150..U+215E: 1/7 1/9 1/10 1/3 2/3 1/5 2/5 3/5 4/5 1/6 5/6 1/8 3/8 5/8 7/8 */
	static const double vulgar[15] = { 1.0 / 7, 1.0 / 9, 0.1, 1.0 / 3, 2.0 / 3,
		0.2, 0.4, 0.6, 0.8, 1.0 / 6, 5.0 / 6, 0.125, 0.375, 0.625, 0.875 };
	int c = at(s, i), d = at(s, i + 1);

	if (c == 0xC2 && (d == 0xBD || d == 0xBC || d == 0xBE)) {
		*len = 2;
		return d == 0xBD ? 0.5 : d == 0xBC ? 0.25 : 0.75;
	}
	if (c == 0xE2 && d == 0x85 && at(s, i + 2) >= 0x90 && at(s, i + 2) <= 0x9E) {
		*len = 3;
		return vulgar[at(s, i + 2) - 0x90];
	}
	return 0;
}

/* Denominators of the fractions news writes with a slash ("1/2", "3/4",
 * "1/40", "3/16"); "9/11" and "24/7" are no fractions. */
static int fraction_base(int b)
{
	static const int bases[] = { 2, 3, 4, 5, 6, 8, 10, 16, 20, 25, 32, 40, 50,
		64, 100 };

	for (size_t k = 0; k < sizeof bases / sizeof bases[0]; k++)
		if (bases[k] == b)
			return 1;
	return 0;
}

/* "1/2", "3/4", "1/40" at i: the value and end, or 0. */
int slash_fraction(const struct sc *s, size_t i, double *v, size_t *e)
{
	size_t j = i, k;
	int a = 0, b = 0;

	while (is_digit(at(s, j)) && j - i < 3)
		a = a * 10 + at(s, j++) - '0';
	if (j == i || at(s, j) != '/' || !is_digit(at(s, j + 1)))
		return 0;
	for (k = j + 1; is_digit(at(s, k)) && k - j <= 3; k++)
		b = b * 10 + at(s, k) - '0';
	if (is_digit(at(s, k)) || at(s, k) == '/' || is_alpha(at(s, k)) ||
	    a < 1 || a >= b || !fraction_base(b))
		return 0;
	*v = (double)a / b;
	*e = k;
	return 1;
}

/* Indian grouping at i: "12,34,567.89", "1,00,000" (a group of one or two
 * digits, then pairs, then three): the end of the groups, or 0. */
static size_t indian_groups(const struct sc *s, size_t i)
{
	size_t j = i;
	int pairs = 0;

	while (is_digit(at(s, j)) && j - i < 3)
		j++;
	if (j - i > 2)
		return 0;
	while (at(s, j) == ',' && is_digit(at(s, j + 1)) && is_digit(at(s, j + 2)) &&
	    !is_digit(at(s, j + 3)))
		j += 3, pairs++;
	if (!pairs || at(s, j) != ',' || !is_digit(at(s, j + 1)) || !is_digit(at(s, j + 2)) ||
	    !is_digit(at(s, j + 3)) || is_digit(at(s, j + 4)) ||
	    (at(s, j + 4) == ',' && is_digit(at(s, j + 5))))
		return 0;
	return j + 4;
}

/* European grouping at i: "1.000,5", "1.111,11" (groups of three after
 * full stops, then a decimal comma): the end of the groups, or 0. */
static size_t european_groups(const struct sc *s, size_t i)
{
	size_t j = i;
	int groups = 0;

	while (is_digit(at(s, j)) && j - i < 4)
		j++;
	if (j - i > 3)
		return 0;
	while (at(s, j) == '.' && is_digit(at(s, j + 1)) && is_digit(at(s, j + 2)) &&
	    is_digit(at(s, j + 3)) && !is_digit(at(s, j + 4)))
		j += 4, groups++;
	if (!groups || at(s, j) != ',' || !is_digit(at(s, j + 1)))
		return 0;
	return j;
}

/* Is what follows k a reason to read "1,5" as one and a half: a
 * magnitude, a percent, a currency, a unit ("€1,5 million", "1,5 km")? */
static int decimal_comma_cue(const struct sc *s, size_t k)
{
	const struct nf_fig_lex *l;
	const struct nf_fig_sym *y;
	size_t j = skip_sp(s, k), e = word_end(s, j);

	if (at(s, j) == '%' || (at(s, j) == 0xE2 && at(s, j + 1) == 0x82))
		return 1;
	if (e == j)
		return 0;
	l = lex_at(s, j, e);
	if (l && (l->magnitude || l->unit || l->currency || l->duration))
		return 1;
	y = sym_at(s, j, e);
	return y && (y->unit || y->currency);
}

/* Reads digits into *m (18 at most, then scales *dec down); their end. */
static size_t digits_into(const struct sc *s, size_t j, uint64_t *m, int *nd,
	int *dec, int after_point)
{
	for (; is_digit(at(s, j)); j++) {
		if (*nd < 18) {
			*m = *m * 10 + (uint64_t)(at(s, j) - '0');
			(*nd)++;
			if (after_point)
				(*dec)++;
		} else if (!after_point) {
			(*dec)--;   /* digits beyond 18: scale instead */
		}
	}
	return j;
}

/* A thousands separator at j after the digits read so far: its length, or
 * 0. A comma or a no-break or thin space before exactly three digits; a
 * plain space only after a short first group ("5 000", never "in 2019
 * 200"). */
static size_t thousands_sep(const struct sc *s, size_t j, const struct num *nm)
{
	size_t k, sl;

	if (nm->intdig > 3)
		return 0;
	if (at(s, j) == ',') {
		for (k = j + 1; is_digit(at(s, k)); k++)
			;
		/* "200,0000" (a typo for 200,000 or 2,000,000) is read as
		 * written */
		if (k - j - 1 != 3 && k - j - 1 != 4)
			return 0;
		return k - j - 1 == 4 && at(s, k) == ',' ? 0 : 1;
	}
	if ((sl = space_len(s, j)) == 0)
		return 0;
	for (k = j + sl; is_digit(at(s, k)); k++)
		;
	if (k - j - sl != 3 || at(s, k) == ',' || at(s, k) == ':')
		return 0;
	/* "1 234 567.89" with narrow no-break spaces has decimals; after a
	 * plain space, "2019 200.5" is two numbers */
	if (sl == 1 && at(s, k) == '.' && is_digit(at(s, k + 1)))
		return 0;
	return sl;
}

/* "2 1/4", "10 1/2", "1½": a whole number and a fraction. */
static void mixed_fraction(const struct sc *s, struct num *nm)
{
	size_t j = nm->e, k, len;
	double f;

	if (!nm->plain || nm->intdig > 3)
		return;
	if ((f = glyph_fraction(s, j, &len)) != 0) {
		nm->v += f;
		nm->e = j + len;
		nm->plain = 0;
		nm->dec = 1;
		return;
	}
	k = skip_sp(s, j);
	if (k == j || k - j > 2)
		return;
	if ((f = glyph_fraction(s, k, &len)) != 0) {
		nm->e = k + len;
	} else if (!slash_fraction(s, k, &f, &nm->e)) {
		return;
	}
	nm->v += f;
	nm->plain = 0;
	nm->dec = 1;
}

/* Digits at i, with thousands separators (see thousands_sep; Indian and
 * European grouping when the text leaves no doubt), a decimal part, a
 * fraction ("1/2", "2 1/4", "1½"); also a number that starts with its
 * decimal point (".08"). */
void parse_digits(const struct sc *s, size_t i, struct num *nm)
{
	uint64_t m = 0;
	int nd = 0, dec = 0, sep = 0;
	size_t j, sl, ig, eg;
	char point = '.';

	memset(nm, 0, sizeof *nm);
	nm->s = i;
	j = digits_into(s, i, &m, &nd, &dec, 0);
	if (at(s, j) == '/' && slash_fraction(s, i, &nm->v, &nm->e)) {
		nm->frac = 1;
		return;
	}
	nm->intdig = (int)(j - i);
	/* other groupings only after a short first group and a mark */
	ig = eg = 0;
	if (j - i <= 3 && (at(s, j) == ',' || at(s, j) == '.')) {
		ig = indian_groups(s, i);
		eg = ig ? 0 : european_groups(s, i);
	}
	if (ig || eg) {
		/* "12,34,567.89"; "1.000,5" with a decimal comma */
		if (eg)
			point = ',';
		while (j < (ig ? ig : eg))
			j = digits_into(s, j + 1, &m, &nd, &dec, 0);
		sep = 1;
	} else {
		while ((sl = thousands_sep(s, j, nm)) != 0) {
			j = digits_into(s, j + sl, &m, &nd, &dec, 0);
			sep = 1;
		}
	}
	if (at(s, j) == point && is_digit(at(s, j + 1))) {
		j = digits_into(s, j + 1, &m, &nd, &dec, 1);
		nm->dec = 1;
	} else if (point == '.' && at(s, j) == ',' && !sep && nm->intdig <= 3 &&
	    is_digit(at(s, j + 1)) && (!is_digit(at(s, j + 2)) || !is_digit(at(s, j + 3))) &&
	    !(at(s, j + 2) == ',' || at(s, j + 3) == ',')) {
		/* "€1,5 million", "1,5 km": a decimal comma where a magnitude,
		 * unit or currency says so; "1,5" alone is in doubt */
		size_t k = j + 1;
		while (is_digit(at(s, k)))
			k++;
		if (decimal_comma_cue(s, k) || (i > 0 && (s->t[i - 1] == '$' ||
		    (unsigned char)s->t[i - 1] >= 0x80))) {
			j = digits_into(s, j + 1, &m, &nd, &dec, 1);
			nm->dec = 1;
		} else {
			nm->doubt = 1;
			nm->e = k;
			return;
		}
	}
	/* one division by an exact power of ten rounds correctly: 427 / 100
	 * is the double nearest 4.27, 427 / 10 / 10 is not */
	if (!nm->dec && dec == 0 && m >= (1ull << 53))
		nm->whole = (long long)m;
	nm->v = (double)m;
	if (dec > 0)
		nm->v /= pow10i(dec);
	for (; dec < 0; dec++)
		nm->v *= 10;
	nm->e = j;
	nm->plain = !sep && !nm->dec;
	mixed_fraction(s, nm);
}

/* Parse the number at i (digits or words); 0 when there is none. */
int parse_num(const struct sc *s, size_t i, struct num *nm)
{
	if (is_digit(at(s, i)) || (at(s, i) == '.' && is_digit(at(s, i + 1)))) {
		parse_digits(s, i, nm);
		return 1;
	}
	return parse_words(s, i, nm);
}

/* A scale word after "half" or "quarter" at e: "half a million", "half
 * million", "quarter billion", "half a dozen"; its word and end. */
static const struct nf_fig_numword *scale_of(const struct sc *s, size_t e,
	int a_ok, size_t *end)
{
	const struct nf_fig_numword *w;
	size_t k = skip_sp(s, e), ke;

	if (k == e)
		return NULL;
	ke = word_end(s, k);
	if (a_ok && (weq(s, k, ke, "a") || weq(s, k, ke, "an"))) {
		k = skip_sp(s, ke);
		if (k == ke)
			return NULL;
		ke = word_end(s, k);
	}
	w = find_numword(s, k, ke);
	if (!w || (w->type != NW_SCALE && w->type != NW_DOZEN && w->type != NW_HUNDRED))
		return NULL;
	*end = ke;
	return w;
}

/* Does a unit of time follow the word ending at e: "a half hour", "a
 * quarter century"? The caller reads it as the figure's unit. */
static int duration_after(const struct sc *s, size_t e)
{
	struct suf d;

	if (at(s, e) != ' ')
		return 0;
	suf_none(&d, e);
	return duration_at(s, e + 1, &d, 0) != 0;
}

/* "half" as a figure: "half of", "more than half", "half a million", "half
 * million", "half an hour"; not "first half", "half-time", "their
 * attacking half". */
static int half_at(const struct sc *s, size_t i, size_t we0, struct num *a)
{
	static const char *const not_before[] = { "first", "second", "other",
		"and", "third", "final", NULL };
	static const char *const not_after[] = { "back", "time", "way",
		"brother", "sister", NULL };
	static const char *const after[] = { "of", "the", "a", "an", "his",
		"her", "their", "its", "our", "my", "your", "all", "that", "this",
		"these", "those", "what", NULL };
	static const char *const before[] = { "than", "about", "nearly",
		"almost", "over", "by", "around", "roughly", "some", "least",
		"just", "only", "under", "cut", "halved", "to", NULL };
	const struct nf_fig_numword *w3;
	size_t k2 = word_end(s, we0 + 1), ws, we, k3;
	int has_prev = prev_word(s, i, &ws, &we);

	if (has_prev && word_in(not_before, s, ws, we))
		return 0;
	if (at(s, we0) == '-' || at(s, we0) == 0xE2)
		return 0;
	if (at(s, we0) == ' ' && word_in(not_after, s, we0 + 1, k2))
		return 0;
	a->v = 0.5;
	if (has_prev && weq(s, ws, we, "a")) {
		/* "a half" is part of "and a half" or vague, but "below a
		 * half" is a figure, and so is "a half hour" */
		size_t hs;
		if (!hedge_before(s, ws, &hs) && !duration_after(s, we0))
			return 0;
		a->s = ws;
		return 1;
	}
	if ((w3 = scale_of(s, we0, 1, &k3)) != NULL) {
		a->v = 0.5 * w3->v;
		a->e = k3;
		a->frac = 0;
		a->mag = 1;
		return 1;
	}
	if (!(at(s, we0) == ' ' && word_in(after, s, we0 + 1, k2)) &&
	    !(has_prev && word_in(before, s, ws, we)))
		return 0;
	/* "half an hour": the unit is read by the caller */
	if (at(s, we0) == ' ' && (weq(s, we0 + 1, k2, "a") || weq(s, we0 + 1, k2, "an")) &&
	    at(s, k2) == ' ') {
		struct suf d;
		suf_none(&d, k2);
		if (duration_at(s, k2 + 1, &d, 0)) {
			a->e = k2;
			a->frac = 0;
		}
	}
	return 1;
}

/* "a fifth of", "roughly a fifth", "by a third.", "a quarter million",
 * "quarter million", "a quarter hour"; not "a third term", "a fourth"
 * (an ordinal). */
static int a_fraction_at(const struct sc *s, size_t we0,
	const struct nf_fig_numword *w, struct num *a)
{
	const struct nf_fig_numword *w3;
	size_t k2 = word_end(s, we0 + 1), ws, we, hs, k3;
	int has_a = prev_word(s, a->s, &ws, &we) && weq(s, ws, we, "a");

	if ((w3 = scale_of(s, we0, 0, &k3)) != NULL && w3->type == NW_SCALE) {
		if (has_a)
			a->s = ws;
		a->v = w3->v / w->v;
		a->e = k3;
		a->frac = 0;
		a->mag = 1;
		return 1;
	}
	if (!has_a || weq(s, a->s, we0, "fourth"))
		return 0;
	a->s = ws;
	a->v = 1.0 / w->v;
	return (at(s, we0) == ' ' && weq(s, we0 + 1, k2, "of")) ||
		hedge_before(s, ws, &hs) || duration_after(s, we0) ||
		(at(s, we0) != ' ' && !is_alnum(at(s, we0)) && at(s, we0) != '-');
}

/* A fraction word that starts no number ("half", "a fifth"): read into a
 * when it is a figure; 0 when it is not. */
int fraction_at(const struct sc *s, size_t i, size_t we0, struct num *a)
{
	const struct nf_fig_numword *w = find_numword(s, i, we0);

	if (!w)
		return 0;
	memset(a, 0, sizeof *a);
	a->s = i;
	a->e = we0;
	a->word = 1;
	a->frac = 1;
	if (w->type == NW_HALF)
		return half_at(s, i, we0, a);
	if (w->type == NW_FRAC)
		return a_fraction_at(s, we0, w, a);
	return 0;
}

/* v times a magnitude, without the binary noise of 4.1 * 1e6 =
 * 4099999.9999999995: a result within a billionth of a whole number is one. */
double scale_value(double v, double mag)
{
	double r = v * mag, n;

	if (!(fabs(r) < 9e15))
		return r;
	n = (double)(long long)(r + (r < 0 ? -0.5 : 0.5));
	return fabs(r - n) <= 1e-9 * fabs(r) ? n : r;
}

/* Is the "m" after a number at e metres, not millions: "1.8m tall", "a
 * 2.5m-long wall", "a height of 1.8m"? */
static int metres_context(const struct sc *s, const struct num *nm, size_t e)
{
	static const char *const after[] = { "tall", "long", "high", "deep",
		"wide", "thick", "away", "across", "apart", "below", "above",
		"underground", "underwater", "in", "from", "of", NULL };
	static const char *const measure[] = { "measuring", "measures",
		"measured", "height", "depth", "length", "width", "diameter",
		"altitude", "elevation", "radius", "span", "wingspan", NULL };
	size_t k = e, ws, we;

	if (at(s, k) == '-' || at(s, k) == ' ')
		k++;
	if (k > e && word_in(after, s, k, word_end(s, k))) {
		/* "2m of snow" is metres; "2m of them" is not: only before
		 * these, "of" and "in" and "from" need the measure below */
		we = word_end(s, k);
		if (!weq(s, k, we, "of") && !weq(s, k, we, "in") && !weq(s, k, we, "from"))
			return 1;
	}
	if (!prev_word(s, nm->s, &ws, &we))
		return 0;
	if (weq(s, ws, we, "of") || weq(s, ws, we, "about") || weq(s, ws, we, "some"))
		if (!prev_word(s, ws, &ws, &we))
			return 0;
	return word_in(measure, s, ws, we);
}

/* Is a one-letter magnitude at j (after the number nm) one? "$5m", "1.5m
 * people", "300k", "10M", "1.2b", "€10B", "$2.174T"; "100m" and "1.8m
 * tall" are metres, "a 10K race" kilometres. */
static int letter_magnitude(const struct sc *s, const struct num *nm, size_t j,
	size_t we, int money)
{
	int c = s->t[j];

	if (at(s, we) == '/' || at(s, we) == '2' || at(s, we) == '3' || at(s, we) == 0xC2)
		return 0;   /* "m/s", "m2", "m²" */
	switch (c) {
	case 'k':
		return 1;
	case 'K':
		return money;
	case 'M':
		/* the metre is "m"; "M☉" is a mass of suns */
		return at(s, we) < 0x80;
	case 'm':
		return money || (nm->dec && !metres_context(s, nm, we));
	case 'b': case 'B':
		return money || nm->dec;
	default:
		return 0;
	}
}

/* A magnitude after the number: " million", "bn", " m" (money only),
 * "1MM" (finance's million); digits go on in words after a spelled one
 * ("4 thousand 3 hundred and 21"). */
void magnitude_after(const struct sc *s, struct num *nm, int money)
{
	const struct nf_fig_lex *x;
	double v, digits = nm->v;
	size_t j = nm->e, we;
	int attached = 1, plain = nm->plain;

	if (nm->word && nm->mag)
		return;
	if (at(s, j) == '-') {
		j++;
		attached = 0;
	} else if (space_len(s, j)) {
		j = skip_sp(s, j);
		attached = 0;
	}
	we = word_end(s, j);
	if (we == j || is_digit(at(s, we)))
		return;
	if (seq(s, j, we, "MM")) {
		v = 1e6;
	} else if (seq(s, j, we, "T") && money) {
		v = 1e12;
	} else if ((x = lex_at(s, j, we)) != NULL && x->magnitude) {
		v = x->magnitude->v;
	} else {
		return;
	}
	/* "400 m" is metres, "5 k" is nothing; "2.33 k" at the end of a
	 * text, "1,674,200.5 M", are thousands and millions */
	if (we - j <= 2 && !attached && !money &&
	    !((s->t[j] == 'k' || s->t[j] == 'K' || s->t[j] == 'M') && we - j == 1 &&
	      !is_alnum(at(s, skip_sp(s, we))) && at(s, we) != '.'))
		return;
	if (we - j == 1 && !seq(s, j, we, "T") && !letter_magnitude(s, nm, j, we, money))
		return;
	if (at(s, j - 1) == '-' && we - j <= 3)
		return;
	if (we - j > 3 && !is_lower(at(s, j + 1)))
		return;
	/* "thousands", "millions" are vague, and not matched here */
	nm->v = scale_value(nm->v, v);
	nm->mag = 1;
	nm->e = we;
	/* "₹2 lakh crore" */
	if (at(s, we) == ' ' && weq(s, we + 1, word_end(s, we + 1), "crore") && v == 1e5) {
		nm->v = scale_value(nm->v, 1e7);
		nm->e = word_end(s, we + 1);
		return;
	}
	if (plain && digits < 1000 && we - j > 3 && v >= 100)
		words_after_digits(s, nm, digits, v);
}

/* "one" is a figure only where it counts: after a hedge or "by", or before
 * a unit, "per" or "out of"; not "one of", "this one", "One MP". */
int one_counts(const struct sc *s, const struct num *a, const char *q,
	const struct suf *x)
{
	size_t ws, we, k;

	if (q || x->kind >= 0)
		return 1;
	/* "minus one", "negative one" */
	if (prev_word(s, a->s, &ws, &we) &&
	    (weq(s, ws, we, "minus") || weq(s, ws, we, "negative")))
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
