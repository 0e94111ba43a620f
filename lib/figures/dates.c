/* dates.c: dates and times: "2 December 2025", "Dec. 2, 2025", "July
 * 2022", "2025-12-02", "12/03/2020", "the 1990s", "2019-20"; "9 a.m.",
 * "10.30am", "14:00 GMT", "at 5.30"; race times ("2:14:04") are durations. */
#include <string.h>

#include "scan.h"

static void put2(char *p, int v)
{
	p[0] = (char)('0' + v / 10 % 10);
	p[1] = (char)('0' + v % 10);
}

/* ISO 8601 as much as is given: year 0 leaves it out, month 0 too. */
void iso_date(char *out, int y, int m, int d)
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

/* Is day d of month m (of year y, 0 when not given) a day? */
static int valid_day(int y, int m, int d)
{
	static const int days[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
		return 0;
	return !(m == 2 && d == 29 && y && (y % 4 != 0 || (y % 100 == 0 && y % 400 != 0)));
}

static int two_digits(const struct sc *s, size_t j)
{
	return (at(s, j) - '0') * 10 + at(s, j + 1) - '0';
}

static int is_month_word(const struct sc *s, size_t ws, size_t we, int *m)
{
	const struct nf_fig_lex *l;

	if (!is_upper(at(s, ws)))
		return 0;
	l = lex_at(s, ws, we);
	if (!l || !l->month)
		return 0;
	/* "Mar" and friends are abbreviations; a full name must be whole */
	*m = (int)l->month->v;
	return 1;
}

/* A month name ending right before i (across spaces, with an optional full
 * stop after an abbreviation or a comma before a year): its number, and
 * where it starts. */
int month_before(const struct sc *s, size_t i, size_t *ms, int comma_ok)
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
int month_at(const struct sc *s, size_t i, size_t *me)
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

int ordinal_suffix(const struct sc *s, size_t e, size_t *oe)
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

static int valid_tz(const struct sc *s, size_t j, size_t *end)
{
	const struct nf_fig_sym *y;
	size_t we = j;

	while (is_upper(at(s, we)))
		we++;
	if (we - j < 2 || is_alnum(at(s, we)))
		return 0;
	y = sym_at(s, j, we);
	if (!y || !y->timezone)
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

static size_t emit_time(struct sc *s, size_t start, size_t end, int h, int m,
	const char *q)
{
	struct nf_figure *f = emit(s, start, end, NF_FIG_TIME, 0);

	iso_time(f->iso, h, m);
	f->qualifier = q;
	return end;
}

static size_t emit_seconds(struct sc *s, size_t start, size_t end, double v,
	const char *q)
{
	struct nf_figure *f = emit(s, start, end, NF_FIG_DURATION, v);

	f->unit = "second";
	f->qualifier = q;
	return end;
}

/* Decimals after a full stop at j: added to v in units of 1/10. */
static size_t decimals(const struct sc *s, size_t j, double *v)
{
	double d = 0.1;

	for (j++; is_digit(at(s, j)); j++, d /= 10)
		*v += (at(s, j) - '0') * d;
	return j;
}

/* Clock times and race times: "10:39 a.m.", "14:00 GMT", "2:14:04". */
size_t try_clock(struct sc *s, size_t i, size_t start, const char *q)
{
	size_t j = i, end, tz, te;
	int h = 0, m, sec, ap;
	double v;

	while (is_digit(at(s, j)) && j - i < 3)
		h = h * 10 + at(s, j++) - '0';
	if (j - i > 2 || at(s, j) != ':' || !is_digit(at(s, j + 1)) ||
	    !is_digit(at(s, j + 2)) || is_digit(at(s, j + 3)))
		return 0;
	m = (at(s, j + 1) - '0') * 10 + at(s, j + 2) - '0';
	j += 3;
	if (at(s, j) == ':' && is_digit(at(s, j + 1)) && is_digit(at(s, j + 2)) &&
	    !is_digit(at(s, j + 3))) {
		sec = (at(s, j + 1) - '0') * 10 + at(s, j + 2) - '0';
		j += 3;
		v = h * 3600.0 + m * 60 + sec;
		if (at(s, j) == '.' && is_digit(at(s, j + 1)))
			j = decimals(s, j, &v);
		return emit_seconds(s, start, j, v, q);
	}
	if (at(s, j) == '.' && is_digit(at(s, j + 1))) {
		/* "3:43.13": minutes, seconds and hundredths */
		v = h * 60.0 + m;
		j = decimals(s, j, &v);
		return emit_seconds(s, start, j, v, q);
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
	tz = skip_sp(s, end);
	if (tz > end && valid_tz(s, tz, &te))
		end = te;
	return emit_time(s, start, end, h % 24, m, q);
}

/* "9 a.m.", "10.30am", "1930 UTC". */
size_t try_ampm(struct sc *s, const struct num *a, size_t start, const char *q)
{
	size_t j = a->e, end, te;
	int h, m = 0, ap;

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
		return emit_time(s, start, end, h, m, q);
	}
	if (a->plain && a->intdig == 4) {
		h = (int)a->v / 100;
		m = (int)a->v % 100;
		te = skip_sp(s, j);
		if (h > 23 || m > 59 || te == j || !valid_tz(s, te, &end))
			return 0;
		return emit_time(s, start, end, h, m, q);
	}
	return 0;
}

/* British clock times with a full stop, after a word of time: "at 5.30",
 * "until 7.45"; not prices ("closed at 5.45") nor "5.30 per cent". */
size_t try_dotted_time(struct sc *s, const struct num *a, size_t start,
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
	int h, m;

	if (!a->dec || a->intdig > 2 || a->e - a->s != (size_t)a->intdig + 3)
		return 0;
	h = (int)a->v;
	m = (int)((a->v - h) * 100 + 0.5);
	if (h > 23 || m > 59)
		return 0;
	if (!prev_word(s, a->s, &ws, &we) || !word_in(cue, s, ws, we))
		return 0;
	if (prev_word(s, ws, &w2s, &w2e) && word_in(price, s, w2s, w2e))
		return 0;
	suffix_after(s, a->e, &x, a);
	if (x.kind >= 0 || is_alpha(at(s, a->e)))
		return 0;
	return emit_time(s, start, a->e, h, m, q);
}

/* "2025-12-02", "2022-07". */
static size_t iso_numeric_date(struct sc *s, size_t i, size_t j)
{
	int y = (int)((at(s, i) - '0') * 1000 + two_digits(s, i + 1) * 10 +
		at(s, i + 3) - '0');
	int m = two_digits(s, j + 1), d = 0;
	size_t e = j + 3;
	struct nf_figure *f;

	if (m < 1 || m > 12 || y < 1000)
		return 0;
	if (at(s, e) == '-' && is_digit(at(s, e + 1)) && is_digit(at(s, e + 2)) &&
	    !is_digit(at(s, e + 3))) {
		d = two_digits(s, e + 1);
		if (!valid_day(y, m, d))
			return skip_chunk(s, i);
		e += 3;
	} else if (at(s, e) == '-' || is_alpha(at(s, e))) {
		return 0;
	}
	f = emit(s, i, e, NF_FIG_DATE, 0);
	iso_date(f->iso, y, m, d);
	return e;
}

/* "12/03/2020", "1/2", "24/7" from the digits [i, j). */
static size_t slash_date(struct sc *s, size_t i, size_t j)
{
	size_t k = j + 1, l, e;
	int a = 0, b = 0, y = 0;
	struct nf_figure *r;
	double f;

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
		if (!valid_day(y, m, d))
			return skip_chunk(s, i);   /* "31/02/2020" is no date */
		r = emit(s, i, ye, NF_FIG_DATE, 0);
		iso_date(r->iso, y, m, d);
		return ye;
	}
	if (is_alnum(at(s, k)) || at(s, k) == '/')
		return skip_chunk(s, i);
	if (slash_fraction(s, i, &f, &e))
		return 0;   /* "1/2", "3/4": a number (numbers.c) */
	return k;   /* "24/7", "9/11": not figures */
}

/* "2025-12-02", "2022-07", "12/03/2020", "1/2", "24/7". */
size_t try_numeric_date(struct sc *s, size_t i)
{
	size_t j = i;

	while (is_digit(at(s, j)))
		j++;
	if (j - i == 4 && at(s, j) == '-' && is_digit(at(s, j + 1)) &&
	    is_digit(at(s, j + 2)) && !is_digit(at(s, j + 3)))
		return iso_numeric_date(s, i, j);
	if (j - i <= 2 && at(s, j) == '/' && is_digit(at(s, j + 1)))
		return slash_date(s, i, j);
	return 0;
}

/* A four-digit year at k (after ", " or " "): its value and end, or 0. */
int year_at(const struct sc *s, size_t k, size_t *ye_out)
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

/* The day after "and", "to", "-" or "–" at c in "March 4 and 5", "March
 * 15 to 17, 2020": its start in *ds, or 0. */
static size_t second_day_start(const struct sc *s, size_t c)
{
	if (at(s, c) == ' ') {
		size_t we = word_end(s, c + 1);
		if (weq(s, c + 1, we, "and") || weq(s, c + 1, we, "to"))
			return at(s, we) == ' ' ? we + 1 : 0;
		return 0;
	}
	if (at(s, c) == '-')
		return c + 1;
	if (en_dash(s, c))
		return c + 3;
	return 0;
}

/* A date with a day: "2 December 2025", "December 2, 2025", "4 March";
 * "March 4 and 5" and "March 15 to 17, 2020" give a second date. */
size_t date_from_day(struct sc *s, size_t start, int d, int m, size_t e)
{
	int y, d2 = 0, y2 = 0;
	size_t ye = e, ds = 0, de = 0, ye2 = 0;
	struct nf_figure *f;

	y = year_at(s, e, &ye);
	if (!valid_day(y, m, d))
		return y ? ye : e;   /* "31 February" is no date, nor a count */
	if (!y && (ds = second_day_start(s, e)) != 0) {
		de = ds;
		while (is_digit(at(s, de)) && de - ds < 3)
			d2 = d2 * 10 + at(s, de++) - '0';
		if (!(de > ds && de - ds <= 2 && valid_day(0, m, d2) && d2 > d &&
		    !is_alnum(at(s, de)) && at(s, de) != ':' &&
		    !(at(s, de) == '.' && is_digit(at(s, de + 1)))))
			d2 = 0;
		else
			y2 = year_at(s, de, &ye2);
	}
	f = emit(s, start, y ? ye : e, NF_FIG_DATE, 0);
	iso_date(f->iso, y ? y : y2, m, d);
	if (!d2)
		return y ? ye : e;
	f = emit(s, ds, y2 ? ye2 : de, NF_FIG_DATE, 0);
	iso_date(f->iso, y2, m, d2);
	return y2 ? ye2 : de;
}

/* "2 December 2025", "4 March", and "17-18 July", "29–30 July 2026" (two
 * dates), for a plain number of one or two digits at a. */
size_t try_day_month(struct sc *s, const struct num *a, size_t start)
{
	size_t k = skip_sp(s, a->e), e, ds, de, me, ye = 0;
	int m, d2 = 0, y;
	struct nf_figure *f;

	if (k > a->e && (m = month_at(s, k, &e)) != 0)
		return date_from_day(s, start, (int)a->v, m, e);
	k = a->e;
	if (at(s, k) == '-')
		k++;
	else if (en_dash(s, k))
		k += 3;
	if (k == a->e || !is_digit(at(s, k)))
		return 0;
	ds = de = k;
	while (is_digit(at(s, de)) && de - ds < 3)
		d2 = d2 * 10 + at(s, de++) - '0';
	k = skip_sp(s, de);
	if (de - ds > 2 || d2 <= a->v || d2 > 31 || k == de ||
	    (m = month_at(s, k, &me)) == 0)
		return 0;
	y = year_at(s, me, &ye);
	f = emit(s, start, a->e, NF_FIG_DATE, 0);
	iso_date(f->iso, y, m, (int)a->v);
	f = emit(s, ds, y ? ye : me, NF_FIG_DATE, 0);
	iso_date(f->iso, y, m, d2);
	return y ? ye : me;
}

/* A decade: "the 1990s" 199X, "the 1900s" 19XX. */
size_t try_decade(struct sc *s, const struct num *a, size_t i, size_t we)
{
	struct nf_figure *f;

	if (we - a->e != 1 || at(s, a->e) != 's' || !a->plain || a->intdig != 4 ||
	    (int)a->v % 10 != 0)
		return 0;
	f = emit(s, i, we, NF_FIG_DATE, 0);
	f->iso[0] = s->t[i];
	f->iso[1] = s->t[i + 1];
	f->iso[2] = (int)a->v % 100 == 0 ? 'X' : s->t[i + 2];
	f->iso[3] = 'X';
	f->iso[4] = 0;
	return we;
}

/* A season or financial year, "2019-20", "2020–21", after the year ending
 * at e: where the figure ends (the second part is no figure of its own). */
size_t season_end(const struct sc *s, size_t e, double year)
{
	size_t k2 = e;

	if (at(s, k2) == '-' || at(s, k2) == '/')
		k2++;
	else if (en_dash(s, k2))
		k2 += 3;
	if (k2 > e && is_digit(at(s, k2)) && is_digit(at(s, k2 + 1)) &&
	    !is_alnum(at(s, k2 + 2)) && two_digits(s, k2) == ((int)year + 1) % 100)
		return k2 + 2;
	return e;
}
