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
	if (weq(s, j, we, "percent") || weq(s, j, we, "pct"))
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

/* Signs that are units: "°C", "°F", "°", "℃", "℉", "µm". */
static int unit_sign_at(const struct sc *s, size_t j, struct suf *x)
{
	if (at(s, j) == 0xC2 && at(s, j + 1) == 0xB0) {
		if (at(s, j + 2) == 'C' && !is_alpha(at(s, j + 3)))
			return set_suf(x, j + 3, NF_FIG_QUANTITY, "degC");
		if (at(s, j + 2) == 'F' && !is_alpha(at(s, j + 3)))
			return set_suf(x, j + 3, NF_FIG_QUANTITY, "degF");
		return set_suf(x, j + 2, NF_FIG_QUANTITY, "deg");
	}
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
	y = e > j ? nf_fig_sym_find(s->t + j, e - j) : NULL;
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
		if (strcmp(w->unit, base[u]) == 0)
			return set_suf(x, k2, NF_FIG_QUANTITY, cubic ? cu[u] : sq[u]);
	return 0;
}

/* "degrees", "degrees Celsius", "degrees F". */
static int degrees_at(const struct sc *s, size_t we, struct suf *x)
{
	size_t k2;

	set_suf(x, we, NF_FIG_QUANTITY, "deg");
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

/* "kilometres per hour", "miles per hour", "kilowatt hours". */
static void rate_after(const struct sc *s, size_t we, const struct nf_fig_word *w,
	struct suf *x)
{
	size_t k, k2;

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
}

int unit_at(const struct sc *s, size_t j, struct suf *x, int hyphen)
{
	const struct nf_fig_word *w;
	const struct nf_fig_sym *y;
	const struct nf_fig_lex *l;
	size_t we = word_end(s, j), k;

	if (we == j)
		return unit_sign_at(s, j, x);
	if (weq(s, j, we, "sq") || weq(s, j, we, "square") || weq(s, j, we, "cubic"))
		return area_at(s, j, we, x);
	if (weq(s, j, we, "degree") || weq(s, j, we, "degrees"))
		return degrees_at(s, we, x);
	if (two_word_unit_at(s, j, we, x))
		return 1;
	if (at(s, we) == 0xC2 && (at(s, we + 1) == 0xB2 || at(s, we + 1) == 0xB3)) {
		y = nf_fig_sym_find(s->t + j, we - j);
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
	    (y = nf_fig_sym_find(s->t + j, k - j)) != NULL && y->unit &&
	    !(hyphen && k - j == 1))
		return set_suf(x, k, NF_FIG_QUANTITY, y->unit->unit);
	if (is_digit(at(s, we)) || at(s, we) == '/')
		return 0;
	l = lex_at(s, j, we);
	if (!l || !(w = l->unit))
		return 0;
	set_suf(x, we, NF_FIG_QUANTITY, w->unit);
	rate_after(s, we, w, x);
	return 1;
}

/* A hyphen compound after the number at j - 1: "10-year", "19-year-old",
 * "10-percent", "a 12-roll pack", "four-pack". */
static void compound_after(const struct sc *s, size_t k, struct suf *x)
{
	size_t we = word_end(s, k);

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
	if (at(s, j) == '-' && is_alpha(at(s, j + 1))) {
		compound_after(s, j + 1, x);
		return;
	}
	if (space_len(s, j))
		j = skip_sp(s, j);
	else if (!is_alpha(at(s, j)) && at(s, j) < 0x80)
		return;
	/* "-5C", "40F": attached only, as a spaced "5 C" is no unit */
	if (j == e && (at(s, j) == 'C' || at(s, j) == 'F') && !is_alnum(at(s, j + 1)) &&
	    !nm->word) {
		set_suf(x, j + 1, NF_FIG_QUANTITY, at(s, j) == 'C' ? "degC" : "degF");
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
