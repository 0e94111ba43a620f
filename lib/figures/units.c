/* units.c: what follows a number and gives it its kind: percent signs and
 * words, durations, units of measure (words, symbols, "sq km", "°C"),
 * currency words (money.c) and hyphen compounds ("10-year", "four-pack"). */
#include <string.h>

#include "scan.h"

void suf_none(struct suf *x, size_t e)
{
	x->e = e;
	x->kind = -1;
	x->unit = NULL;
	x->mul = 1;
	x->secs = 0;
	x->points = 0;
	x->compound = 0;
	x->per = NULL;
}

static int set_suf(struct suf *x, size_t e, int kind, const char *unit)
{
	x->e = e;
	x->kind = kind;
	x->unit = unit;
	return 1;
}

int percent_at(const struct sc *s, size_t j, struct suf *x)
{
	static const char *const points[][2] = { { "percentage", "pp" }, { "basis", "bp" } };
	size_t we = word_end(s, j), w2;

	if (at(s, j) == '%')
		return set_suf(x, j + 1, NF_FIG_PERCENT, "%");
	if (!lex_has(s, j, we, LEX_SUFFIX))
		return 0;   /* every word below is listed with this role */
	if (weq(s, j, we, "percent") || weq(s, j, we, "pct") || weq(s, j, we, "percents"))
		return set_suf(x, we, NF_FIG_PERCENT, "%");
	if (weq(s, j, we, "per") && at(s, we) == ' ' &&
	    weq(s, we + 1, word_end(s, we + 1), "cent"))
		return set_suf(x, word_end(s, we + 1), NF_FIG_PERCENT, "%");
	/* "percentage point(s)" and "basis point(s)", spaced or hyphenated. */
	for (size_t k = 0; k < 2; k++) {
		if (!weq(s, j, we, points[k][0]) || (at(s, we) != ' ' && at(s, we) != '-'))
			continue;
		w2 = word_end(s, we + 1);
		if (weq(s, we + 1, w2, "point") || weq(s, we + 1, w2, "points"))
			return set_suf(x, w2, NF_FIG_PERCENT, points[k][1]);
	}
	/* "100 percentage", "thirty percentage" (not "percentage points") */
	if (weq(s, j, we, "percentage"))
		return set_suf(x, we, NF_FIG_PERCENT, "%");
	if (seq(s, j, we, "bp") || seq(s, j, we, "bps"))
		return set_suf(x, we, NF_FIG_PERCENT, "bp");
	if (seq(s, j, we, "pp"))
		return set_suf(x, we, NF_FIG_PERCENT, "pp");
	return 0;
}

int duration_at(const struct sc *s, size_t j, struct suf *x, int hyphen)
{
	const struct nf_fig_lex *l;
	const struct nf_fig_word *w = NULL;
	size_t we = word_end(s, j), k;

	l = lex_at(s, j, we);
	if (l)
		w = l->duration;
	if (!w && !hyphen && l && (l->roles & LEX_DURATION_ADJ) && at(s, we) == ' ') {
		k = we + 1;
		we = word_end(s, k);
		l = lex_at(s, k, we);
		w = l ? l->duration : NULL;
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

/* The scale after "degrees" or "°" at k: "Celsius", "C", "c", "F",
 * "fahrenheit" (and their misspellings in the unit list), "Kelvin". */
static const char *degree_scale(const struct sc *s, size_t k, size_t *end)
{
	size_t ke = word_end(s, k);
	const struct nf_fig_lex *l;

	if (ke == k)
		return NULL;
	*end = ke;
	if (ke - k == 1 && !is_digit(at(s, ke)) && at(s, ke) != '-' && at(s, ke) != '\'') {
		if (lc(at(s, k)) == 'c')
			return "degC";
		if (lc(at(s, k)) == 'f')
			return "degF";
		return NULL;
	}
	l = lex_at(s, k, ke);
	if (l && l->unit && (!strcmp(l->unit->unit, "degC") || !strcmp(l->unit->unit, "degF") ||
	    !strcmp(l->unit->unit, "K")))
		return l->unit->unit;
	return NULL;
}

/* Signs that are units: "°C", "°F", "°", "℃", "℉", "µm". */
static int unit_sign_at(const struct sc *s, size_t j, struct suf *x)
{
	if (at(s, j) == 0xC2 && at(s, j + 1) == 0xB0) {
		const char *u;
		size_t k = j + 2 + (at(s, j + 2) == ' '), ke;
		if ((u = degree_scale(s, k, &ke)) != NULL)
			return set_suf(x, ke, NF_FIG_QUANTITY, u);
		return set_suf(x, j + 2, NF_FIG_QUANTITY, "deg");
	}
	/* "120 μg" (Greek mu) and "µg" (micro sign) */
	if (((at(s, j) == 0xCE && at(s, j + 1) == 0xBC) || (at(s, j) == 0xC2 && at(s, j + 1) == 0xB5)) &&
	    at(s, j + 2) == 'g' && !is_alpha(at(s, j + 3)))
		return set_suf(x, j + 3, NF_FIG_QUANTITY, "ug");
	if (at(s, j) == 0xE2 && at(s, j + 1) == 0x84 &&
	    (at(s, j + 2) == 0x83 || at(s, j + 2) == 0x89))
		return set_suf(x, j + 3, NF_FIG_QUANTITY,
			at(s, j + 2) == 0x83 ? "degC" : "degF");
	if (at(s, j) == 0xC2 && at(s, j + 1) == 0xB5 && at(s, j + 2) == 'm' &&
	    !is_alpha(at(s, j + 3)))
		return set_suf(x, j + 3, NF_FIG_QUANTITY, "um");
	return 0;
}

/* The unit word or symbol at [j, e), if any. */
static const struct nf_fig_word *unit_word(const struct sc *s, size_t j, size_t e)
{
	const struct nf_fig_lex *l = lex_at(s, j, e);
	const struct nf_fig_sym *y;

	if (l && l->unit)
		return l->unit;
	y = sym_at(s, j, e);
	return y ? y->unit : NULL;
}

/* Area and volume: "sq km", "square miles", "cubic metres". */
static int area_at(const struct sc *s, size_t j, size_t we, struct suf *x)
{
	static const char *const base[] = { "km", "m", "mi", "ft", "cm" };
	static const char *const sq[] = { "km2", "m2", "mi2", "ft2", "cm2" };
	static const char *const cu[] = { "km3", "m3", "mi3", "ft3", "cm3" };
	const struct nf_fig_word *w;
	int cubic = weq(s, j, we, "cubic");
	size_t k = we, k2;

	if (at(s, k) == '.')
		k++;
	if (at(s, k) != ' ' && at(s, k) != '-')
		return 0;
	k2 = word_end(s, k + 1);
	w = unit_word(s, k + 1, k2);
	for (size_t u = 0; w && u < 5; u++)
		if (strcmp(w->unit, base[u]) == 0) {
			/* "cubic metres per second" */
			const char *per;
			size_t pe;
			set_suf(x, k2, NF_FIG_QUANTITY, cubic ? cu[u] : sq[u]);
			if ((per = per_at(s, k2, 0, &pe)) != NULL)
				x->e = pe, x->per = per;
			return 1;
		}
	return 0;
}

/* "degrees", "degrees Celsius", "degrees F", "deg c", "deg.". */
static int degrees_at(const struct sc *s, size_t j, size_t we, struct suf *x)
{
	const char *u;
	size_t k2;

	if (we - j == 3 && at(s, we) == '.' && !is_alpha(at(s, we + 2)))
		we++;   /* "50 deg." */
	set_suf(x, we, NF_FIG_QUANTITY, "deg");
	if (at(s, we) == ' ' && (u = degree_scale(s, we + 1, &k2)) != NULL)
		x->e = k2, x->unit = u;
	return 1;
}

/* Two-word units: "light years", "astronomical units", "nautical miles",
 * "metric tons". */
static int two_word_unit_at(const struct sc *s, size_t j, size_t we, struct suf *x)
{
	static const struct { const char *a, *b, *b2, *b3, *unit; char sep; } two[] = {
		{ "light", "year", "years", NULL, "ly", '-' },
		{ "astronomical", "unit", "units", NULL, "au", ' ' },
		{ "nautical", "mile", "miles", NULL, "nmi", ' ' },
		{ "metric", "tons", "tonnes", "ton", "t", ' ' },
	};
	size_t k2;

	for (size_t k = 0; k < sizeof two / sizeof two[0]; k++) {
		if (!weq(s, j, we, two[k].a) ||
		    !(at(s, we) == ' ' || (two[k].sep == '-' && at(s, we) == '-')))
			continue;
		k2 = word_end(s, we + 1);
		if (weq(s, we + 1, k2, two[k].b) || weq(s, we + 1, k2, two[k].b2) ||
		    (two[k].b3 && weq(s, we + 1, k2, two[k].b3)))
			return set_suf(x, k2, NF_FIG_QUANTITY, two[k].unit);
	}
	return 0;
}

/* What a rate is per, after e: " per hour", " an hour", " a day", "/h",
 * "/hour"; for money only hours and measures ("$15.4/hour", "$80 a
 * barrel", "$350 per kg"), as "$5bn a year" is a sum. Its end in *end. */
const char *per_at(const struct sc *s, size_t e, int money, size_t *end)
{
	static const struct { const char *w, *per; int time; } pers[] = {
		{ "second", "s", 1 }, { "sec", "s", 1 }, { "s", "s", 1 },
		{ "minute", "min", 1 }, { "min", "min", 1 }, { "hour", "h", 1 },
		{ "hr", "h", 1 }, { "h", "h", 1 }, { "day", "d", 2 }, { "d", "d", 2 },
		{ "week", "wk", 2 }, { "month", "mo", 2 }, { "year", "yr", 2 },
		{ "yr", "yr", 2 }, { "annum", "yr", 2 }, { "kg", "kg", 0 },
		{ "kilo", "kg", 0 }, { "kilogram", "kg", 0 }, { "tonne", "t", 0 },
		{ "ton", "t", 0 }, { "barrel", "bbl", 0 }, { "bbl", "bbl", 0 },
		{ "litre", "L", 0 }, { "liter", "L", 0 }, { "gallon", "gal", 0 },
		{ "ounce", "oz", 0 }, { "oz", "oz", 0 }, { "lb", "lb", 0 },
		{ "pound", "lb", 0 }, { "MWh", "MWh", 0 }, { "kWh", "kWh", 0 },
	};
	size_t k, ke;
	int plural = 0;

	if (at(s, e) == '/' && is_alpha(at(s, e + 1))) {
		k = e + 1;
	} else if (at(s, e) == ' ') {
		size_t w = word_end(s, e + 1);
		if (at(s, w) != ' ' || !(weq(s, e + 1, w, "per") || weq(s, e + 1, w, "a") ||
		    weq(s, e + 1, w, "an") || weq(s, e + 1, w, "every")))
			return NULL;
		k = w + 1;
	} else {
		return NULL;
	}
	ke = word_end(s, k);
	if (is_alnum(at(s, ke)))
		return NULL;
	for (size_t t = 0; t < sizeof pers / sizeof pers[0]; t++) {
		size_t n = strlen(pers[t].w);
		/* "per hours" is no English; "/hrs" is */
		plural = ke - k == n + 1 && lc(at(s, ke - 1)) == 's' && at(s, e) == '/';
		if (!(ke - k == n || plural) || !weq(s, k, k + n, pers[t].w))
			continue;
		if (n == 1 && at(s, e) != '/')
			continue;   /* "a d" is nothing; "/h" is per hour */
		if (money && pers[t].time == 2)
			return NULL;
		*end = ke;
		return pers[t].per;
	}
	return NULL;
}

/* A rate after a unit: "kilometres per hour", "188 miles an hour",
 * "500,000 barrels a day", "km/hr"; "kilowatt hours" are energy. */
static void rate_after(const struct sc *s, size_t we, const struct nf_fig_word *w,
	struct suf *x)
{
	const char *per;
	size_t pe;

	if ((per = per_at(s, we, 0, &pe)) != NULL && strchr(x->unit, '/') == NULL &&
	    strcmp(x->unit, "mph") != 0) {
		x->e = pe;
		/* speeds keep the symbols they are known by */
		if (!strcmp(x->unit, "mi") && !strcmp(per, "h"))
			x->unit = "mph";
		else if (!strcmp(x->unit, "km") && !strcmp(per, "h"))
			x->unit = "km/h";
		else if (!strcmp(x->unit, "m") && !strcmp(per, "s"))
			x->unit = "m/s";
		else if (!strcmp(x->unit, "km") && !strcmp(per, "s"))
			x->unit = "km/s";
		else
			x->per = per;
		return;
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
		else if (!strcmp(w->unit, "W"))
			x->e = word_end(s, we + 1), x->unit = "Wh";
	}
}

/* Area and volume after a length symbol: "km^2", "m^3", "km squared",
 * "4 km cubed". */
static const char *power_after(const struct sc *s, size_t k, const char *unit, size_t *end)
{
	static const char *const base[] = { "km", "m", "mi", "ft", "cm" };
	static const char *const sq[] = { "km2", "m2", "mi2", "ft2", "cm2" };
	static const char *const cu[] = { "km3", "m3", "mi3", "ft3", "cm3" };
	int p = 0;

	if (at(s, k) == '^' && (at(s, k + 1) == '2' || at(s, k + 1) == '3') &&
	    !is_alnum(at(s, k + 2))) {
		p = at(s, k + 1) - '0';
		*end = k + 2;
	} else if (at(s, k) == ' ' && (weq(s, k + 1, word_end(s, k + 1), "squared") ||
	    weq(s, k + 1, word_end(s, k + 1), "cubed"))) {
		p = lc(at(s, k + 1)) == 's' ? 2 : 3;
		*end = word_end(s, k + 1);
	}
	for (size_t u = 0; p && u < 5; u++)
		if (strcmp(unit, base[u]) == 0)
			return p == 2 ? sq[u] : cu[u];
	return NULL;
}

/* "in" after a number is inches only where nothing else can be meant: at
 * the end of the text or a sentence, or before "thick", "long", "wide". */
static int inches_at(const struct sc *s, size_t we)
{
	static const char *const dims[] = { "thick", "long", "wide", "tall", "high",
		"deep", "across", "diameter", NULL };
	size_t k = we;

	if (at(s, k) == '.')
		k++;
	if (k >= s->n || (at(s, k) == ' ' && k > we && is_upper(at(s, k + 1))) || at(s, k) == ')')
		return 1;
	return k == we && at(s, k) == ' ' && word_in(dims, s, k + 1, word_end(s, k + 1));
}

int unit_at(const struct sc *s, size_t j, struct suf *x, int hyphen)
{
	const struct nf_fig_word *w;
	const struct nf_fig_sym *y;
	const struct nf_fig_lex *l;
	size_t we = word_end(s, j), k;

	if (we == j)
		return unit_sign_at(s, j, x);
	if (!lex_has(s, j, we, LEX_SUFFIX))
		goto symbols;   /* the words up to there have this role */
	if (weq(s, j, we, "sq") || weq(s, j, we, "square") || weq(s, j, we, "cubic"))
		return area_at(s, j, we, x);
	if (weq(s, j, we, "degree") || weq(s, j, we, "degrees") || weq(s, j, we, "deg") ||
	    weq(s, j, we, "degs"))
		return degrees_at(s, j, we, x);
	if (seq(s, j, we, "in") && !hyphen && inches_at(s, we))
		return set_suf(x, we, NF_FIG_QUANTITY, "in");
	if (two_word_unit_at(s, j, we, x))
		return 1;
symbols:
	if (at(s, we) == 0xC2 && (at(s, we + 1) == 0xB2 || at(s, we + 1) == 0xB3)) {
		y = sym_at(s, j, we);
		w = y ? y->unit : NULL;
		if (w && (!strcmp(w->unit, "km") || !strcmp(w->unit, "m")))
			return set_suf(x, we + 2, NF_FIG_QUANTITY, at(s, we + 1) == 0xB2 ?
				(w->unit[0] == 'k' ? "km2" : "m2") : (w->unit[0] == 'k' ? "km3" : "m3"));
	}
	/* symbols, with "/h", "2", "²", "³" */
	k = we;
	if (at(s, k) == '/' && is_alpha(at(s, k + 1)))
		k = word_end(s, k + 1);
	else if ((at(s, k) == '2' || at(s, k) == '3') && !is_alnum(at(s, k + 1)))
		k++;
	if (!is_digit(at(s, k)) && !is_alpha(at(s, k)) &&
	    (y = sym_at(s, j, k)) != NULL && y->unit &&
	    !(hyphen && k - j == 1)) {
		const char *p;
		size_t pe;
		set_suf(x, k, NF_FIG_QUANTITY, y->unit->unit);
		if ((p = power_after(s, k, x->unit, &pe)) != NULL)
			x->e = pe, x->unit = p;
		else if (!hyphen)
			rate_after(s, k, y->unit, x);
		return 1;
	}
	if (is_digit(at(s, we)) || at(s, we) == '/')
		return 0;
	l = lex_at(s, j, we);
	if (!l || !(w = l->unit))
		return 0;
	set_suf(x, we, NF_FIG_QUANTITY, w->unit);
	{
		const char *p;
		size_t pe;
		if ((p = power_after(s, we, x->unit, &pe)) != NULL)
			x->e = pe, x->unit = p;
		else if (!hyphen)
			rate_after(s, we, w, x);
	}
	return 1;
}

/* A hyphen compound after the number at j - 1: "10-year", "19-year-old",
 * "10-percent", "a 12-roll pack", "four-pack". */
static void compound_after(const struct sc *s, size_t k, struct suf *x)
{
	size_t we = word_end(s, k);

	if (duration_at(s, k, x, 1) || percent_at(s, k, x) || unit_at(s, k, x, 1) ||
	    money_word_at(s, k, x, 0))
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
}

/* Is "40C" a temperature, not the name of a form ("the 13F filing",
 * "Form 10K", "when must 13F be filed")? */
static int temperature_letter(const struct sc *s, const struct num *nm, size_t ne)
{
	static const char *const papers[] = { "filing", "filings", "filed", "file",
		"files", "form", "forms", "report", "reports", "holdings", "filer",
		"filers", "return", "returns", "disclosure", "disclosures",
		"statement", NULL };
	size_t k = skip_sp(s, ne), ws, we;

	if (prev_word(s, nm->s, &ws, &we) && (weq(s, ws, we, "form") ||
	    weq(s, ws, we, "schedule")))
		return 0;
	for (int n = 0; n < 2 && is_alpha(at(s, k)); n++) {
		if (word_in(papers, s, k, word_end(s, k)))
			return 0;
		k = skip_sp(s, word_end(s, k));
	}
	return 1;
}

/* A unit in brackets after the number: "20 (kg)", "20 [kg]", "20 <kg>". */
static int bracketed_unit(const struct sc *s, size_t j, struct suf *x)
{
	static const char open[] = "([{<", close[] = ")]}>";
	const char *o = at(s, j) ? strchr(open, at(s, j)) : NULL;

	if (!o || !unit_at(s, j + 1, x, 0) || at(s, x->e) != close[o - open]) {
		suf_none(x, x->e);
		return 0;
	}
	x->e++;
	return 1;
}

/* A magnitude after a currency code or word: "75 USD million". */
static void magnitude_after_money(const struct sc *s, struct suf *x)
{
	const struct nf_fig_lex *l;
	size_t k = x->e + 1, ke = word_end(s, k);

	if (at(s, x->e) != ' ' || ke - k < 3 || !(l = lex_at(s, k, ke)) || !l->magnitude ||
	    l->magnitude->v < 1000)
		return;
	x->mul *= l->magnitude->v;
	x->e = ke;
}

/* The kind-giving word after a number at j (spaces first skipped). */
void suffix_after(const struct sc *s, size_t e, struct suf *x,
	const struct num *nm)
{
	size_t j = e, we;

	suf_none(x, e);
	if (at(s, j) == '%') {
		percent_at(s, j, x);
		return;
	}
	if (sign_after(s, j, x))
		return;
	if (at(s, j) == '-' && is_alpha(at(s, j + 1))) {
		compound_after(s, j + 1, x);
		return;
	}
	if (space_len(s, j))
		j = skip_sp(s, j);
	else if (!is_alpha(at(s, j)) && at(s, j) < 0x80)
		return;
	/* "-5C", "40F": attached only, as a spaced "5 C" is no unit; and not
	 * "13F filing", a form */
	if (j == e && (at(s, j) == 'C' || at(s, j) == 'F') && !is_alnum(at(s, j + 1)) &&
	    at(s, j + 1) != '/' && !nm->word && temperature_letter(s, nm, j + 1)) {
		set_suf(x, j + 1, NF_FIG_QUANTITY, at(s, j) == 'C' ? "degC" : "degF");
		return;
	}
	if (j - e > 3)
		return;
	if (j > e && bracketed_unit(s, j, x))
		return;
	/* most numbers are followed by a noun that is in no list ("28
	 * people"): one lookup says so */
	we = word_end(s, j);
	if (we > j && at(s, we) < 0x80 && !lex_at(s, j, we) &&
	    !sym_at(s, j, we)) {
		double mul;
		if (!currency_code(s, j, we, &mul))
			return;
	}
	if (money_word_at(s, j, x, nm->mag)) {
		if (x->mul == 1)
			magnitude_after_money(s, x);
		return;
	}
	if (percent_at(s, j, x) || duration_at(s, j, x, 0) || unit_at(s, j, x, 0))
		return;
	we = word_end(s, j);
	if ((weq(s, j, we, "points") || weq(s, j, we, "point")) && !nm->frac) {
		x->e = we;
		x->kind = NF_FIG_COUNT;
		x->points = 1;
	}
}

/* "5 feet 2 inches", "12 ft 2 in", "8 lb 4 oz": a second, smaller unit
 * after feet or pounds; adds it to *v in the first unit and returns the
 * end, or 0. */
size_t imperial_after(const struct sc *s, size_t e, const char *unit, double *v)
{
	struct num c;
	size_t k = skip_sp(s, e), ke;
	int ft = !strcmp(unit, "ft");

	if (k == e || (!ft && strcmp(unit, "lb") != 0))
		return 0;
	if (weq(s, k, word_end(s, k), "and"))
		k = skip_sp(s, word_end(s, k));
	if (!is_digit(at(s, k)))
		return 0;
	parse_digits(s, k, &c);
	if (c.v >= (ft ? 12 : 16) || c.e == k)
		return 0;
	k = skip_sp(s, c.e);
	ke = word_end(s, k);
	if (ft ? !(weq(s, k, ke, "in") || weq(s, k, ke, "inch") || weq(s, k, ke, "inches")) :
	    !(weq(s, k, ke, "oz") || weq(s, k, ke, "ounce") || weq(s, k, ke, "ounces")))
		return 0;
	*v += c.v / (ft ? 12 : 16);
	return ke;
}
