/* spelled.c: numbers written in words, and words after digits: "twenty-
 * eight", "fifty - two", "one hundred and five", "3 hundred and 21",
 * "three lakh crore", "two hundred point zero three", "two-thirds", "three
 * and a fifth", "3 million and a half", "half a million". */
#include <string.h>

#include "scan.h"

enum { TOK_DIGITS = 100 };    /* a plain group of digits inside words */

/* Where a spelled number stands while its words are read. */
struct words {
	double total;        /* complete groups: "two million" */
	double cur;          /* the group being read: "three hundred and five" */
	double small;        /* what followed the last "hundred": "and two" */
	double scale;        /* the last scale word read, 0 before one */
	int last;            /* type of the last token, -1 before the first */
	int n;               /* tokens read */
	int frac, dec, bare, mag;
	int digits_ok;       /* digit groups may stand for words: "4 thousand 3 hundred" */
	size_t end;          /* end of the last token read */
};

/* The token at j: a number word, or (when digits may stand there) a plain
 * group of one to three digits. Its end in *e. */
static const struct nf_fig_numword *token_at(const struct sc *s, size_t j,
	int digits_ok, size_t *e, double *v)
{
	static const struct nf_fig_numword digits = { "", TOK_DIGITS, 0 };
	const struct nf_fig_numword *w;
	size_t k = j;

	if (is_digit(at(s, j))) {
		if (!digits_ok)
			return NULL;
		while (is_digit(at(s, k)) && k - j < 4)
			k++;
		if (k - j > 3 || is_alnum(at(s, k)) || at(s, k) == '.' || at(s, k) == ',' ||
		    at(s, k) == '/' || at(s, k) == ':' || at(s, k) == '-')
			return NULL;
		*v = 0;
		for (size_t q = j; q < k; q++)
			*v = *v * 10 + at(s, q) - '0';
		*e = k;
		return &digits;
	}
	*e = word_end(s, j);
	w = find_numword(s, j, *e);
	if (w)
		*v = w->v;
	return w;
}

/* The value of a scale word after the token ending at e, or 0. */
static double next_scale(const struct sc *s, size_t e)
{
	const struct nf_fig_numword *w;
	size_t k = skip_sp(s, e);

	if (k == e)
		return 0;
	w = find_numword(s, k, word_end(s, k));
	return w && w->type == NW_SCALE ? w->v : 0;
}

/* What joins the token ending at e to the next: one or more spaces, a
 * hyphen, or a hyphen between spaces ("fifty - two"). The next token's
 * start in *k; 0 none, ' ' spaces, '-' a hyphen. */
static int joiner(const struct sc *s, size_t e, size_t *k)
{
	size_t j = skip_sp(s, e);

	if (at(s, e) == '-' && is_alpha(at(s, e + 1))) {
		*k = e + 1;
		return '-';
	}
	if (j == e)
		return 0;
	if (at(s, j) == '-' && at(s, j + 1) == ' ') {
		*k = skip_sp(s, j + 1);
		return '-';
	}
	*k = j;
	return ' ';
}

static int is_small(int t)
{
	return t == NW_UNIT || t == NW_TEEN || t == NW_TENS || t == TOK_DIGITS;
}

/* One token more: does it continue the number? */
static int take(struct words *w, int t, double v, int join)
{
	switch (t) {
	case NW_UNIT: case NW_TEEN: case NW_TENS: case TOK_DIGITS:
		if (w->last == NW_TENS && t == NW_UNIT && v != 0 && join != 0) {
			w->cur += v, w->small += v;
			break;
		}
		if (w->last != -1 && w->last != NW_HUNDRED && w->last != NW_SCALE)
			return 0;
		if (join == '-' && w->last != -1)
			return 0;
		if (w->last == NW_HUNDRED && v >= 100)
			return 0;
		if (w->last != -1 && v == 0)
			return 0;   /* "3 hundred and 0" are two numbers */
		w->cur += v;
		w->small = v;
		break;
	case NW_HUNDRED:
		/* "two-hundred", "nine-billion": a hyphen after a small number */
		if ((join == '-' && !is_small(w->last)) ||
		    (w->last != -1 && !is_small(w->last)) || w->cur >= 100)
			return 0;
		if (w->last == -1)
			w->bare = 1;
		w->cur = (w->cur ? w->cur : 1) * 100;
		w->small = 0;
		break;
	case NW_SCALE:
		if (join == '-' && !is_small(w->last))
			return 0;
		if (w->last == NW_SCALE && w->cur == 0 && v > w->scale) {
			/* "three lakh crore", "one thousand million" */
			w->total *= v;
			w->scale = v;
			break;
		}
		if (w->last == NW_SCALE || (w->scale && v >= w->scale))
			return 0;   /* "five million five million" is two */
		if (w->last == -1)
			w->bare = 1;
		w->total += (w->cur ? w->cur : 1) * v;
		w->cur = w->small = 0;
		w->scale = v;
		w->mag = 1;
		break;
	case NW_DOZEN:
		if (join == '-' || (w->last != -1 && !is_small(w->last) && w->last != NW_HUNDRED))
			return 0;
		if (w->last == -1)
			w->bare = 1;
		/* "three hundred and two dozen" is 300 + 24 */
		if (w->small && w->last != NW_HUNDRED)
			w->cur += w->small * 11;
		else
			w->cur = (w->cur ? w->cur : 1) * 12;
		w->small = 0;
		break;
	default:
		return 0;
	}
	w->last = t;
	w->n++;
	return 1;
}

/* Is a scale word next: "three quarters billion"? */
static int scale_next(const struct sc *s, size_t e)
{
	const struct nf_fig_numword *w;

	if (at(s, e) != ' ')
		return 0;
	w = find_numword(s, e + 1, word_end(s, e + 1));
	return w && w->type == NW_SCALE;
}

/* Nouns that an ordinal makes a kind of: "one third party", "one fifth
 * place", "one quarter final". */
static const char *const ordinal_nouns[] = { "party", "parties", "world",
	"place", "round", "term", "time", "floor", "grade", "generation",
	"century", "way", "person", "reading", "estate", "wave", "year", "final",
	"finals", "leg", "day", "week", "month", "season", "period", "game",
	"race", "seed", "son", "daughter", "wife", "husband", "child", NULL };

/* Before the numerator ending at e: words that make "three quarters"
 * periods of a year. */
static int periods_before(const struct sc *s, size_t e)
{
	static const char *const period[] = { "the", "last", "next", "past",
		"first", "previous", "consecutive", "straight", "successive",
		"remaining", "for", "in", "over", "during", "all", "its", "their",
		"those", "these", "coming", NULL };
	size_t ws, we, ns = e;

	while (ns > 0 && is_alpha(at(s, ns - 1)))
		ns--;
	return prev_word(s, ns, &ws, &we) && word_in(period, s, ws, we);
}

/* A fraction after a numerator word at e: "two-thirds", "five eighths",
 * "one fifth", "one-half"; quarters only with "of" after them or a hyphen
 * ("the next three quarters" are periods). Returns the fraction's end. */
static size_t fraction_words(const struct sc *s, size_t e, double num, double *frac)
{
	const struct nf_fig_numword *f;
	size_t k, fe;
	int join = joiner(s, e, &k);

	if (!join)
		return 0;
	fe = word_end(s, k);
	f = find_numword(s, k, fe);
	if (!f)
		return 0;
	if (f->type == NW_HALF && num == 1) {
		*frac = 0.5;
		return fe;
	}
	if ((f->type != NW_FRAC && f->type != NW_FRACS) || num == 0 || num >= f->v ||
	    (num == 1) != (f->type == NW_FRAC))
		return 0;
	/* "one third of", "one fifth did"; not "one third party", where the
	 * ordinal names a kind */
	if (join == ' ' && f->type == NW_FRAC &&
	    word_in(ordinal_nouns, s, skip_sp(s, fe), word_end(s, skip_sp(s, fe))))
		return 0;
	/* quarters are also periods: "the last three quarters", "in two
	 * quarters" */
	if (join == ' ' && (weq(s, k, fe, "quarter") || weq(s, k, fe, "quarters")) &&
	    !next_word_is(s, fe, "of") && !scale_next(s, fe) && periods_before(s, e))
		return 0;
	*frac = num / f->v;
	return fe;
}

/* "and a half", "and a fifth", "and three quarters", "and one fourth"
 * after the number ending at e: the fraction and its end, or 0. */
static size_t and_fraction(const struct sc *s, size_t e, double *frac)
{
	size_t k, ne, fe;
	const struct nf_fig_numword *n;
	double num = 1;

	/* "three and a fifth", "three-and-a-half" */
	if (at(s, e) == '-')
		k = e + 1;
	else if (at(s, e) == ' ')
		k = skip_sp(s, e);
	else
		return 0;
	if (!weq(s, k, word_end(s, k), "and"))
		return 0;
	k = word_end(s, k);
	if (at(s, k) == '-')
		k++;
	else if (at(s, k) == ' ')
		k = skip_sp(s, k);
	else
		return 0;
	ne = word_end(s, k);
	if (weq(s, k, ne, "a")) {
		num = 1;
	} else if ((n = find_numword(s, k, ne)) != NULL && n->type == NW_UNIT && n->v > 0) {
		num = n->v;
	} else {
		return 0;
	}
	if (at(s, ne) != ' ' && at(s, ne) != '-')
		return 0;
	fe = word_end(s, ne + 1);
	n = find_numword(s, ne + 1, fe);
	if (!n)
		return 0;
	if (n->type == NW_HALF && num == 1) {
		*frac = 0.5;
		return fe;
	}
	if ((n->type != NW_FRAC && n->type != NW_FRACS) || num >= n->v ||
	    (num == 1) != (n->type == NW_FRAC))
		return 0;
	*frac = num / n->v;
	return fe;
}

/* "point zero three", "point seventy-one", "point nought four": the
 * decimals after a whole number, as a fraction; their end, or 0. Units
 * are one digit each; a tens word takes two places, and a unit after it
 * ("seventy-one", "twenty five") fills the second of them: 1.25 for
 * "one point twenty five", as it is said. */
static size_t point_decimals(const struct sc *s, size_t e, double *frac)
{
	size_t k, we;
	double scale = 1, d = 0;
	int got = 0, tens = 0;

	if (at(s, e) != ' ' || !weq(s, e + 1, word_end(s, e + 1), "point"))
		return 0;
	k = word_end(s, e + 1);
	while (at(s, k) == ' ' || (got && at(s, k) == '-')) {
		const struct nf_fig_numword *w;
		we = word_end(s, k + 1);
		w = find_numword(s, k + 1, we);
		if (!w || !(w->type == NW_UNIT || w->type == NW_TEEN || w->type == NW_TENS))
			break;
		if (at(s, k) == '-' && !(tens && w->type == NW_UNIT))
			break;
		if (w->type == NW_UNIT && tens) {
			d += w->v * scale;       /* the 1 of "seventy-one" */
			tens = 0;
		} else if (w->type == NW_UNIT) {
			scale /= 10;
			d += w->v * scale;
		} else {
			scale /= 100;
			d += w->v * scale;
			tens = w->type == NW_TENS;
		}
		got = 1;
		k = we;
	}
	if (!got)
		return 0;
	*frac = d;
	return k;
}

/* A scale word after a fraction or decimals: "five and a half million",
 * "two point five billion", "three quarters billion", "two thirds of a
 * million". Multiplies w and returns the end, or 0. */
static size_t scale_after(const struct sc *s, size_t e, double *v)
{
	const struct nf_fig_numword *w;
	size_t k = e, we;

	if (at(s, k) != ' ' && at(s, k) != '-')
		return 0;
	k++;
	if (weq(s, k, word_end(s, k), "of") && next_word_is(s, word_end(s, k), "a"))
		k = word_end(s, word_end(s, k) + 1) + 1;
	we = word_end(s, k);
	w = find_numword(s, k, we);
	if (!w || (w->type != NW_SCALE && w->type != NW_HUNDRED && w->type != NW_DOZEN))
		return 0;
	*v *= w->v;
	return we;
}

/* After a scale: "3 million and a half", "five billion and three
 * quarters", "one billion and a half million". */
static void scale_fraction(const struct sc *s, struct words *w)
{
	double frac, v2;
	size_t fe, se;

	if (w->last != NW_SCALE || w->cur != 0 || !(fe = and_fraction(s, w->end, &frac)))
		return;
	v2 = frac;
	se = scale_after(s, fe, &v2);
	if (se && v2 / frac < w->scale) {
		w->total += v2;
		w->end = se;
	} else {
		w->total += frac * w->scale;
		w->end = fe;
	}
	w->dec = 1;
	w->last = NW_HALF;
}

/* " and " or " & " after e (to go on after "hundred" or a scale word):
 * the next token's start in *k. */
static int and_next(const struct sc *s, size_t e, size_t *k)
{
	size_t j = skip_sp(s, e), a;

	if (j == e)
		return 0;
	if (at(s, j) == '&')
		a = j + 1;
	else if (weq(s, j, word_end(s, j), "and"))
		a = word_end(s, j);
	else
		return 0;
	if (at(s, a) != ' ')
		return 0;
	*k = skip_sp(s, a);
	return 1;
}

/* Read words (and digit groups after a scale word) from j on, from state
 * w; w->end is where the number ends. after_and: j follows an "and". */
static void read_words(const struct sc *s, size_t j, struct words *w, int join,
	int after_and)
{
	const struct nf_fig_numword *t;
	struct words before = *w, prev;
	size_t e, k, fe;
	double v, frac;

	for (;;) {
		t = token_at(s, j, w->digits_ok && (w->last == NW_HUNDRED ||
			w->last == NW_SCALE), &e, &v);
		if (t && (t->type == NW_FRAC || t->type == NW_FRACS || t->type == NW_HALF))
			t = NULL;   /* a fraction is read after its numerator */
		prev = *w;
		if (!t || !take(w, t->type, v, join)) {
			/* "three hundred and two hundred" are two numbers */
			if (after_and == 1 || (after_and == 2 && t))
				*w = before;
			break;
		}
		w->end = e;
		/* "five million five million": the second five is not the
		 * first's */
		if (prev.last == NW_SCALE && is_small(t->type) && next_scale(s, e) >= prev.scale) {
			*w = prev;
			break;
		}
		after_and = after_and == 1 ? 2 : 0;
		/* "two-thirds", "one fifth": a fraction ends the number */
		if (w->n == 1 && t->type == NW_UNIT && (fe = fraction_words(s, e, v, &frac))) {
			w->cur = frac;
			w->frac = 1;
			w->end = fe;
			if ((k = scale_after(s, fe, &w->cur)) != 0)
				w->end = k, w->frac = 0, w->mag = 1;
			return;
		}
		if (is_small(t->type) || t->type == NW_HUNDRED) {
			/* "three and a fifth", "five and a half million" */
			if ((fe = and_fraction(s, e, &frac)) != 0) {
				w->cur += frac;
				w->dec = 1;
				w->end = fe;
				w->last = NW_HALF;
				v = w->cur;
				if (t->type != NW_HUNDRED && (k = scale_after(s, fe, &v)) != 0 &&
				    (!w->scale || v / w->cur < w->scale)) {
					w->total += v;
					w->cur = 0;
					w->end = k;
					w->mag = 1;
				}
				return;
			}
		}
		if (t->type == NW_SCALE)
			scale_fraction(s, w);
		if (w->last == NW_HALF)
			return;
		join = joiner(s, e, &k);
		if (!join)
			return;
		/* "one hundred and five", "two thousand and two hundred" */
		if ((t->type == NW_HUNDRED || t->type == NW_SCALE) && and_next(s, e, &k)) {
			before = *w;
			after_and = 1;
		}
		j = k;
	}
}

/* Spelled-out numbers: "twenty-eight", "one hundred and five",
 * "three-and-a-half million", "two-thirds", "a dozen" (the "a" is read by
 * the caller), "two hundred point zero three". Returns 0 when the word at
 * i starts no number. */
int parse_words(const struct sc *s, size_t i, struct num *nm)
{
	struct words w = { .last = -1 };
	size_t pe;
	double frac;

	memset(nm, 0, sizeof *nm);
	nm->s = i;
	nm->word = 1;
	w.end = i;
	read_words(s, i, &w, 0, 0);
	if (w.n == 0)
		return 0;
	nm->v = w.total + w.cur;
	/* "two hundred point zero three", "nine point nought four million" */
	if (!w.frac && !w.dec && w.last != NW_DOZEN &&
	    (pe = point_decimals(s, w.end, &frac)) != 0) {
		nm->v += frac;
		w.end = pe;
		w.dec = 1;
		if ((pe = scale_after(s, pe, &nm->v)) != 0)
			w.end = pe, w.mag = 1;
	}
	nm->e = w.end;
	nm->frac = w.frac;
	nm->dec = w.dec;
	nm->bare = w.bare;
	nm->mag = w.mag;
	nm->one = w.n == 1 && w.last == NW_UNIT && nm->v == 1;
	return 1;
}

/* Digits then a scale word, read on in words: "4 thousand 3 hundred and
 * 21", "3 hundred and 21". nm holds the digits with the scale applied. */
void words_after_digits(const struct sc *s, struct num *nm, double digits,
	double scale)
{
	struct words w = { .last = NW_SCALE, .n = 2, .digits_ok = 1 };
	size_t k;
	int join;

	if (scale == 100) {
		w.last = NW_HUNDRED;
		w.cur = digits * 100;
	} else {
		w.total = nm->v;
		w.scale = scale;
	}
	w.end = nm->e;
	/* "3 million and a half" */
	scale_fraction(s, &w);
	if (w.last == NW_HALF) {
		nm->v = w.total;
		nm->e = w.end;
		nm->dec = 1;
		return;
	}
	if (and_next(s, nm->e, &k))
		read_words(s, k, &w, ' ', 1);
	else if ((join = joiner(s, nm->e, &k)) == ' ')
		read_words(s, k, &w, ' ', 0);
	if (w.n > 2 && w.end > nm->e) {
		nm->v = w.total + w.cur;
		nm->e = w.end;
	}
}
