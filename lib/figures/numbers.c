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

/* Digits at i, with thousands separators (",", no-break or thin space, or a
 * plain space before exactly three digits) and a decimal part. */
void parse_digits(const struct sc *s, size_t i, struct num *nm)
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

/* "and a half", "-and-a-half" after the number word ending at j: its end,
 * or 0. */
static size_t and_a_half(const struct sc *s, size_t k)
{
	size_t e2 = word_end(s, k + 1), a = e2 + 1, ae = word_end(s, a);

	if (!weq(s, k + 1, e2, "and") || (at(s, e2) != ' ' && at(s, e2) != '-') ||
	    !weq(s, a, ae, "a") || (at(s, ae) != ' ' && at(s, ae) != '-') ||
	    !weq(s, ae + 1, word_end(s, ae + 1), "half"))
		return 0;
	return word_end(s, ae + 1);
}

/* Spelled-out numbers: "twenty-eight", "one hundred and five",
 * "three-and-a-half million", "two-thirds", "a dozen" (the "a" is read by
 * the caller). Returns 0 when the word at i starts no number. */
int parse_words(const struct sc *s, size_t i, struct num *nm)
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
				size_t h = 0;
				if (last == NW_UNIT || last == NW_TEEN || last == NW_TENS)
					h = and_a_half(s, k);
				if (h) {
					cur += 0.5;
					j = end = h;
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

/* Parse the number at i (digits or words); 0 when there is none. */
int parse_num(const struct sc *s, size_t i, struct num *nm)
{
	if (is_digit(at(s, i))) {
		parse_digits(s, i, nm);
		return 1;
	}
	return parse_words(s, i, nm);
}

/* "half" as a figure: "half of", "more than half", "half a million", "half
 * an hour"; not "first half", "half-time", "their attacking half". */
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
	size_t k2 = word_end(s, we0 + 1), ws, we;
	int has_prev = prev_word(s, i, &ws, &we);

	if (has_prev && word_in(not_before, s, ws, we))
		return 0;
	if (at(s, we0) == '-' || at(s, we0) == 0xE2)
		return 0;
	if (at(s, we0) == ' ' && word_in(not_after, s, we0 + 1, k2))
		return 0;
	a->v = 0.5;
	if (has_prev && weq(s, ws, we, "a"))
		return 0;   /* "a half": part of "and a half" or vague */
	if (!(at(s, we0) == ' ' && word_in(after, s, we0 + 1, k2)) &&
	    !(has_prev && word_in(before, s, ws, we)))
		return 0;
	/* "half a million", "half an hour" */
	if (at(s, we0) == ' ' && (weq(s, we0 + 1, k2, "a") || weq(s, we0 + 1, k2, "an"))) {
		size_t k3 = word_end(s, k2 + 1);
		const struct nf_fig_numword *w3 = find_numword(s, k2 + 1, k3);
		if (w3 && (w3->type == NW_SCALE || w3->type == NW_DOZEN ||
		    w3->type == NW_HUNDRED)) {
			a->v = 0.5 * w3->v;
			a->e = k3;
			a->frac = 0;
			a->mag = 1;
		} else if (at(s, k2) == ' ') {
			struct suf d;
			suf_none(&d, k2);
			if (duration_at(s, k2 + 1, &d, 0)) {
				a->e = k2;   /* the unit is read by the caller */
				a->frac = 0;
			}
		}
	}
	return 1;
}

/* "a fifth of", "roughly a fifth", "by a third.", "a quarter million";
 * not "a third term". */
static int a_fraction_at(const struct sc *s, size_t we0,
	const struct nf_fig_numword *w, struct num *a)
{
	size_t k2 = word_end(s, we0 + 1), ws, we, hs;
	const struct nf_fig_numword *w3;

	if (!prev_word(s, a->s, &ws, &we) || !weq(s, ws, we, "a"))
		return 0;
	a->s = ws;
	a->v = 1.0 / w->v;
	w3 = at(s, we0) == ' ' ? find_numword(s, we0 + 1, k2) : NULL;
	if (w3 && w3->type == NW_SCALE) {
		a->v *= w3->v;
		a->e = k2;
		a->frac = 0;
		a->mag = 1;
		return 1;
	}
	return (at(s, we0) == ' ' && weq(s, we0 + 1, k2, "of")) ||
		hedge_before(s, ws, &hs) ||
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

/* A magnitude after the number: " million", "bn", " m" (money only). */
void magnitude_after(const struct sc *s, struct num *nm, int money)
{
	const struct nf_fig_lex *x;
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
	x = lex_at(s, j, we);
	if (!x || !(w = x->magnitude))
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

/* "one" is a figure only where it counts: after a hedge or "by", or before
 * a unit, "per" or "out of"; not "one of", "this one", "One MP". */
int one_counts(const struct sc *s, const struct num *a, const char *q,
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
