/* figure.c: the figure finder behind count-figures. One forward pass over
 * the bytes stops only at digits, number words and a few signs; what is
 * around each (hedge, currency, month, unit, range) is read from there by
 * the other files of lib/figures/. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "newsfilter/buf.h"
#include "scan.h"

struct nf_figure *emit(struct sc *s, size_t start, size_t end,
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
	/* "17 USD 25": a figure never starts with the space after the last */
	while (start < end && space_len(s, start))
		start += space_len(s, start);
	f->start = start;
	f->end = end;
	f->kind = kind;
	f->value = v;
	f->whole = 0;
	f->upper = 0;
	f->has_upper = 0;
	f->unit = NULL;
	f->per = NULL;
	f->qualifier = NULL;
	f->iso[0] = 0;
	s->last_end = end;
	return f;
}

/* Forms of digits that are read whole before anything else: URLs, names
 * ("COVID-19"), numeric dates, telephone numbers, clock times. */
static size_t digits_first(struct sc *s, size_t i)
{
	size_t r, hs, start = i;
	const char *q;

	if ((r = url_chunk(s, i)) != 0)
		return r;
	if ((r = try_rank(s, i)) != 0)
		return r;
	if (ident_before(s, i))
		return skip_chunk(s, i);
	if ((r = try_numeric_date(s, i)) != 0)
		return r;
	if ((r = try_phone(s, i)) != 0)
		return r;
	/* "10:39", "2:14:04": only digits before a colon can be a clock */
	for (r = i; is_digit(at(s, r)) && r - i < 3; r++)
		;
	if (at(s, r) != ':')
		return 0;
	q = hedge_before(s, i, &hs);
	if (q)
		start = hs;
	return try_clock(s, i, start, q);
}

/* The number itself: digits, words, a fraction sign or word. Returns 0
 * when one was read into f->a, else where to go on. */
static size_t read_number(struct sc *s, struct fig *f, size_t we0)
{
	struct num *a = &f->a;
	size_t i = f->i, ws, we, len;
	double v;

	if ((v = glyph_fraction(s, i, &len)) != 0) {
		/* ½ ¼ ¾ ⅓ ⅔ ⅛ */
		memset(a, 0, sizeof *a);
		a->s = i;
		a->e = i + len;
		a->v = v;
		a->frac = 1;
	} else if (!parse_num(s, i, a)) {
		/* "half", "a fifth", "a quarter of" */
		if (!fraction_at(s, i, we0, a))
			return we0;
		f->start = a->s;
	}
	if (f->digit && a->e - a->s > 40)
		return a->e;   /* a digit string, not a figure */
	if (a->doubt)
		return a->e;   /* "1,5": 1.5 or a list? Better no figure */
	if (!a->word || !a->bare)
		return 0;
	/* "a dozen", "a thousand", "every thousand"; "a few hundred" is vague
	 * and "thousand" alone is not a figure, but a headline's "Hundred
	 * thousand flee" is: vague words come before */
	if (!prev_word(s, a->s, &ws, &we)) {
		size_t b = back_sp(s, a->s), we0 = word_end(s, a->s);
		if (lc(at(s, we0 - 1)) != 's' && a->v >= 100 &&
		    (b == 0 || (b < a->s && strchr(".!?:;\"(", s->t[b - 1]) != NULL)))
			return 0;   /* not "Dozens of", vague */
		return a->e;
	}
	if (weq(s, ws, we, "a") || weq(s, ws, we, "an")) {
		size_t w2s, w2e;
		if (prev_word(s, ws, &w2s, &w2e) && (weq(s, w2s, w2e, "few") ||
		    weq(s, w2s, w2e, "couple")))
			return a->e;
		a->s = ws;
	} else if (!weq(s, ws, we, "every") && !weq(s, ws, we, "per")) {
		return a->e;
	}
	f->start = a->s;
	return 0;
}

/* A minus sign right before digits: "-3.5", "(−4". */
static int sign_before(struct sc *s, struct fig *f)
{
	size_t i = f->i, x0, cs;

	if (i > 0 && s->t[i - 1] == '-' && !f->cur) {
		int32_t c0 = i >= 2 ? cp_before(s, i - 1, &x0) : ' ';
		/* "$-99.99": a currency, then the sign */
		if (i >= 2 && (f->cur = currency_before(s, i - 1, &cs)) != NULL &&
		    cs >= s->last_end) {
			f->start = cs;
			return 1;
		}
		f->cur = NULL;
		/* "75 -300mm" is a range typed with a stray space */
		if (c0 == ' ' && i >= 3 && is_digit(at(s, back_sp(s, i - 1) - 1)))
			return 0;
		if (c0 == ' ' || c0 == '(' || c0 == -1 || c0 == '\n') {
			f->start = i - 1;
			return 1;
		}
	} else if (i >= 3 && (unsigned char)s->t[i - 3] == 0xE2 &&
	    (unsigned char)s->t[i - 2] == 0x88 && (unsigned char)s->t[i - 1] == 0x92) {
		f->start = i - 3;
		return 1;
	}
	return 0;
}

/* A month before a plain number: "December 2, 2025", "March 2019",
 * "Dec. 2". Returns where to go on, or 0. */
static size_t month_then_number(struct sc *s, const struct fig *f)
{
	const struct num *a = &f->a;
	size_t ms, e, oe;
	struct nf_figure *r;
	int m = month_before(s, f->i, &ms, a->intdig == 4);

	if (!m)
		return 0;
	if (a->intdig <= 2 && a->v >= 1 && a->v <= 31) {
		e = a->e;
		if (ordinal_suffix(s, e, &oe))
			e = oe;
		if (!is_alpha(at(s, e)))
			return date_from_day(s, ms, (int)a->v, m, e);
	} else if (a->intdig == 4 && a->v >= 1000 && a->v < 2200 &&
	    !is_alnum(at(s, a->e))) {
		r = emit(s, ms, a->e, NF_FIG_DATE, 0);
		iso_date(r->iso, (int)a->v, m, 0);
		return a->e;
	}
	return 0;
}

/* "minus 52": not "T-minus 10", "two minus one", "plus or minus 1". */
static int minus_word_before(const struct sc *s, struct fig *f)
{
	size_t ws, we, w2s, w2e;

	if (!prev_word(s, f->a.s, &ws, &we) ||
	    !(weq(s, ws, we, "minus") || weq(s, ws, we, "negative")) ||
	    !(ws == 0 || s->t[ws - 1] == ' ' || s->t[ws - 1] == '(' || s->t[ws - 1] == '\n'))
		return 0;
	if (prev_word(s, ws, &w2s, &w2e) && (find_numword(s, w2s, w2e) ||
	    weq(s, w2s, w2e, "or")))
		return 0;
	f->start = ws;
	return 1;
}

/* What stands before the number: a currency, a sign, a month, a hedge, or
 * "between", "aged", "from". Returns where to go on when a date was read,
 * else 0. */
static size_t context_before(struct sc *s, struct fig *f)
{
	size_t r, hs, cs = f->i, ws, we;

	if (f->digit) {
		f->cur = currency_before_mul(s, f->i, &cs, &f->cmul);
		if (f->cur && cs < s->last_end)
			f->cur = NULL;   /* the "$" of "10 $ 30 $" is the 10's */
		if (f->cur)
			f->start = cs;
		f->neg = sign_before(s, f);
		if (!f->cur && !f->neg && f->a.plain && (r = month_then_number(s, f)) != 0)
			return r;
	}
	if (!f->neg)
		f->neg = minus_word_before(s, f);
	f->q = hedge_before(s, f->start, &hs);
	if (f->q) {
		f->start = hs;
	} else if (prev_word(s, f->start, &ws, &we)) {
		if (weq(s, ws, we, "between"))
			f->between = 1, f->bws = ws;
		else if (weq(s, ws, we, "aged") || weq(s, ws, we, "ages"))
			f->aged = 1;
		else if (weq(s, ws, we, "from"))
			f->from = 1;
	}
	return 0;
}

/* Letters right after digits: an ordinal ("31st October", "4th"), a
 * decade ("1990s"), a magnitude ("5bn"), a unit ("5km"), or an identifier
 * ("5G"). Returns where to go on, or 0. */
static size_t letters_after(struct sc *s, struct fig *f)
{
	struct num *a = &f->a;
	size_t we = word_end(s, a->e), oe, k, e, r;
	struct nf_figure *o;
	int m;

	if (ordinal_suffix(s, a->e, &oe) && a->plain) {
		/* "31st October", "the 4th of July" */
		k = skip_sp(s, oe);
		if (weq(s, k, word_end(s, k), "of"))
			k = skip_sp(s, word_end(s, k));
		if (k > oe && (m = month_at(s, k, &e)) != 0 && a->v >= 1 && a->v <= 31)
			return date_from_day(s, f->i, (int)a->v, m, e);
		o = emit(s, f->start, oe, NF_FIG_ORDINAL, a->v);
		o->qualifier = f->q;
		return oe;
	}
	if ((r = try_decade(s, a, f->i, we)) != 0)
		return r;
	magnitude_after(s, a, f->cur != NULL);
	if (is_alpha(at(s, a->e))) {
		suffix_after(s, a->e, &f->x, a);
		if (f->x.kind < 0 && !is_alpha(at(s, a->e - 1)))
			return skip_chunk(s, f->i);   /* "5G", "8chan" */
	}
	return 0;
}

/* Times and what is glued to digits. Returns where to go on, or 0. */
static size_t after_digits(struct sc *s, struct fig *f)
{
	size_t r;

	if (!f->cur && !f->neg && (r = try_ampm(s, &f->a, f->start, f->q)) != 0)
		return r;
	if (!f->cur && !f->neg && (r = try_dotted_time(s, &f->a, f->start, f->q)) != 0)
		return r;
	if (is_alpha(at(s, f->a.e)))
		return letters_after(s, f);
	magnitude_after(s, &f->a, f->cur != NULL);
	return 0;
}

/* A year standing alone: "in 1991", "around 1970."; not "1991 people". */
static int is_year(const struct sc *s, const struct fig *f)
{
	const struct num *a = &f->a;

	return f->digit && a->plain && a->intdig == 4 && a->v >= 1100 && a->v < 2200 &&
		!a->mag && !f->neg && !f->have_b &&
		(!f->q || (f->q[0] == '~' && a->v >= 1900 && a->v <= 2100 &&
		 !is_alpha(at(s, skip_sp(s, a->e)))));
}

/* "the one", "any one", "at one point": a lone "one" that is no figure. */
static int one_is_no_figure(const struct sc *s, const struct fig *f)
{
	static const char *const det[] = { "no", "any", "this", "that", "each",
		"every", "the", NULL };
	size_t ws, we;

	if (!f->a.one || f->have_b)
		return 0;
	if (!one_counts(s, &f->a, f->q, &f->x))
		return 1;
	if (f->x.points && prev_word_is(s, f->a.s, "at"))
		return 1;
	return f->a.word && prev_word(s, f->a.s, &ws, &we) && word_in(det, s, ws, we);
}

/* "The annual revenue is ($99.99).": money alone in brackets where a
 * value is due is a loss, as accounts write it; not "£5 ($6.50)" nor
 * "lari (about US$30,000)", a sum given again in another currency. */
static int accounting_negative(const struct sc *s, const struct fig *f, size_t e)
{
	static const char *const due[] = { "is", "was", "were", "are", "be",
		"of", "at", "totalled", "totaled", "total", "reported", "posted",
		"recorded", "loss", "net", "income", "revenue", "result", "profit",
		"earnings", "balance", NULL };
	size_t b, ws, we;

	if (f->q || f->start == 0 || s->t[f->start - 1] != '(' || at(s, e) != ')')
		return 0;
	b = back_sp(s, f->start - 1);
	if (b > 0 && (s->t[b - 1] == ':' || s->t[b - 1] == '='))
		return 1;
	return prev_word(s, f->start - 1, &ws, &we) && we == b && word_in(due, s, ws, we);
}

/* Money: the currency, its hundredths ("3 dollars 50 cents"), its rate
 * ("$15.4/hour"), a loss in brackets. *e and *v may grow. */
static const char *money(struct sc *s, struct fig *f, size_t *e, double *v,
	double *mul, const char **per)
{
	const char *unit = f->cur ? f->cur : f->x.unit;
	size_t k;

	if (f->cur) {
		/* "$ 30 cents" is thirty cents; "MAUD 60" sixty million */
		*mul = f->x.kind == NF_FIG_MONEY && f->x.mul < 1 ? f->x.mul : f->cmul;
		/* "rmb 10 usd 20": a currency after, of another kind and
		 * before a number, is that number's */
		if ((f->x.kind >= 0 && f->x.kind != NF_FIG_MONEY) ||
		    (f->x.kind == NF_FIG_MONEY && f->x.unit && strcmp(f->x.unit, f->cur) != 0 &&
		     is_digit(at(s, skip_sp(s, f->x.e)))))
			*e = f->have_b ? f->b.e : f->a.e;
	} else if (*mul == 1 && !f->have_b && !f->a.frac && f->x.kind == NF_FIG_MONEY &&
	    (k = money_cents(s, *e, v)) != 0) {
		*e = k;
	}
	if ((*per = per_at(s, *e, 1, &k)) != NULL)
		*e = k;
	if (!f->neg && accounting_negative(s, f, *e)) {
		f->neg = 1;
		*v = -*v;
		f->start--;
		(*e)++;
	}
	return unit;
}

/* The figure's kind and unit from what was read; emits it. Returns where
 * to go on. */
static size_t classify(struct sc *s, struct fig *f)
{
	enum nf_figure_kind kind = NF_FIG_COUNT;
	const char *unit = NULL, *per = NULL;
	struct nf_figure *r;
	size_t e = f->x.kind >= 0 ? f->x.e : (f->have_b ? f->b.e : f->a.e), k;
	double v, mul = f->x.kind >= 0 ? f->x.mul : 1;

	if (f->neg)
		f->a.v = -f->a.v;
	v = f->a.v;
	if (f->cur || f->x.kind == NF_FIG_MONEY) {
		kind = NF_FIG_MONEY;
		unit = money(s, f, &e, &v, &mul, &per);
	} else if (f->x.kind >= 0) {
		kind = (enum nf_figure_kind)f->x.kind;
		unit = f->x.kind == NF_FIG_COUNT ? NULL : f->x.unit;
		per = f->x.per;
		if (kind == NF_FIG_QUANTITY && !f->have_b && (k = imperial_after(s, e, unit, &v)))
			e = k;
	} else if (f->a.frac) {
		kind = NF_FIG_FRACTION;
	} else if (is_year(s, f)) {
		kind = NF_FIG_DATE;
		e = season_end(s, e, f->a.v);
	} else if (f->digit && (!f->have_b || f->aged) && is_age(s, &f->a, f->start, f->q)) {
		kind = NF_FIG_DURATION;
		unit = "year";
	}
	if (one_is_no_figure(s, f))
		return e;
	f->q = post_hedge(s, e, f->q);
	if (merge_bounds(s, f, kind, unit, v * mul, e))
		return e;
	r = emit(s, f->start, e, kind, v * mul);
	r->unit = unit;
	r->per = per;
	r->qualifier = f->q;
	if (kind == NF_FIG_DATE)
		iso_date(r->iso, (int)f->a.v, 0, 0);
	else if (f->a.whole && mul == 1 && !f->a.mag && !f->have_b)
		r->whole = f->neg ? -f->a.whole : f->a.whole;
	if (f->have_b) {
		r->has_upper = 1;
		r->upper = f->b.v * mul;
	}
	return e;
}

/* Hand the figures found so far to fn, all but the last, which the next
 * figure may look back at ("40 and 49," are two ages). */
#define HOLD 256

static size_t flush(struct nf_figures *fs, size_t keep, nf_figure_fn *fn, void *arg)
{
	size_t n = fs->n - keep;

	for (size_t k = 0; k < n; k++)
		fn(&fs->v[k], arg);
	if (keep)
		fs->v[0] = fs->v[fs->n - 1];
	fs->n = keep;
	return n;
}

/* The figure at i (a digit, a number word or a fraction sign); returns
 * where scanning goes on. */
static size_t figure_at(struct sc *s, size_t i)
{
	struct fig f;
	size_t r, we0;

	if (s->fn && s->fs->n >= HOLD)
		s->done += flush(s->fs, 1, s->fn, s->arg);

	memset(&f, 0, sizeof f);
	f.i = f.start = f.bws = i;
	f.cmul = 1;
	f.digit = is_digit(at(s, i)) || (at(s, i) == '.' && is_digit(at(s, i + 1)));
	we0 = f.digit ? i + 1 : word_end(s, i);
	if (we0 == i)
		we0 = i + 1;
	suf_none(&f.x, i);
	suf_none(&f.y, i);
	if (f.digit && (r = digits_first(s, i)) != 0)
		return r;
	if ((r = read_number(s, &f, we0)) != 0)
		return r;
	if ((r = context_before(s, &f)) != 0)
		return r;
	if (f.digit && (r = after_digits(s, &f)) != 0)
		return r;
	if (f.digit && f.a.plain && !f.cur && !f.q && f.a.intdig <= 2 && f.a.v >= 1 &&
	    f.a.v <= 31 && !f.a.mag && (r = try_day_month(s, &f.a, f.start)) != 0)
		return r;
	suffix_after(s, f.a.e, &f.x, &f.a);
	if (f.digit && f.x.kind < 0 && at(s, f.a.e) == '-' && is_alpha(at(s, f.a.e + 1)))
		return skip_chunk(s, i);   /* "2019-nCoV" */
	if (f.digit && f.x.kind < 0 && f.a.plain && !f.cur && !f.q &&
	    address_after(s, f.a.e))
		return f.a.e;
	if ((r = join_range(s, &f)) != 0)
		return r;
	if ((r = compound_duration(s, &f)) != 0)
		return r;
	r = classify(s, &f);
	return r > i ? r : i + 1;
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

/* The end of the run of ASCII letters from i, eight bytes at a time where
 * the byte order allows: a word's length is no branch to mispredict (a
 * byte loop mispredicted once a word, the scan's largest cost). */
static inline size_t letters_end(const unsigned char *t, size_t i, size_t len)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && defined(__GNUC__)
	const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;

	while (i + 8 <= len) {
		uint64_t w, x, letters;
		memcpy(&w, t + i, 8);
		x = (w | 0x20 * ones) & ~high;   /* lower case, top bit apart */
		/* 'a' <= x <= 'z', and the byte was ASCII */
		letters = (x + 0x1F * ones) & ~(x + 0x05 * ones) & ~w & high;
		if (letters != high)
			return i + ((size_t)__builtin_ctzll(~letters & high) >> 3);
		i += 8;
	}
#endif
	while (i < len && is_alpha(t[i]))
		i++;
	return i;
}

/* Scanning always moves forward, whatever a reader returned. */
static inline size_t next_pos(size_t i, size_t r)
{
	return r > i ? r : i + 1;
}

size_t nf_figures_each(struct nf_figures *fs, const char *text, size_t len,
	nf_figure_fn *fn, void *arg)
{
	const unsigned char *t = (const unsigned char *)text;
	const unsigned short (*lens)[26] = nf_fig_numword_lens();
	struct lexcache cache = { 0 };
	struct sc s;
	size_t i = 0, e, st;

	s.cache = &cache;
	s.t = text;
	s.n = len;
	s.fs = fs;
	s.last_end = 0;
	s.fn = fn;
	s.arg = arg;
	s.done = 0;
	fs->n = 0;
	while (i < len) {
		int k = byte_class[t[i]];
		if (!k) {
			i++;
		} else if (k & 1) {
			size_t n;
			unsigned c1, bits;
			e = letters_end(t, i + 1, len);
			/* a length mask by the first two letters rules out
			 * nearly every word that is no number word (the letters
			 * that start none have no bits), with no branch on the
			 * length to mispredict */
			n = e - i;
			c1 = n >= 2 ? (unsigned)(lc(t[i + 1]) - 'a') : 0;
			bits = n < 16 ? lens[lc(t[i]) - 'a'][c1] >> n : 0;
			if ((bits & 1) && (e == len || !is_digit(t[e])) &&
			    find_numword(&s, i, e) &&
			    (i == 0 || !cp_is_letter(cp_before(&s, i, &st))) &&
			    /* "seventy-two" is read from "seventy" */
			    !(i >= 2 && t[i - 1] == '-' && is_alpha(t[i - 2]))) {
				i = next_pos(i, figure_at(&s, i));
				if (i < e)
					i = e;
			} else {
				/* a space after a word is passed with it */
				i = e + (e < len && t[e] == ' ');
			}
		} else if (k & 4) {
			/* the decimals of "3.5" are read with it; after "v1." not */
			if (i >= 2 && t[i - 1] == '.' && is_digit(t[i - 2])) {
				while (i < len && is_digit(t[i]))
					i++;
				continue;
			}
			/* ".08", "$.50": a number that starts at its point */
			if (i >= 1 && t[i - 1] == '.' && (i == 1 || (!is_alnum(t[i - 2]) &&
			    t[i - 2] != '.' && t[i - 2] != ',')))
				i = next_pos(i, figure_at(&s, i - 1));
			else
				i = next_pos(i, figure_at(&s, i));
		} else if (i + 1 < len && t[i] == 0xC2 &&
		    (t[i + 1] == 0xBD || t[i + 1] == 0xBC || t[i + 1] == 0xBE)) {
			i = next_pos(i, figure_at(&s, i));
		} else if (i + 2 < len && t[i] == 0xE2 && t[i + 1] == 0x85 &&
		    t[i + 2] >= 0x90 && t[i + 2] <= 0x9E) {
			i = next_pos(i, figure_at(&s, i));
		} else {
			i++;
		}
	}
	if (fn)
		return s.done + flush(fs, 0, fn, arg);
	return fs->n;
}

size_t nf_figures_find(struct nf_figures *fs, const char *text, size_t len)
{
	return nf_figures_each(fs, text, len, NULL, NULL);
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
