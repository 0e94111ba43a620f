/* money.c: currencies around a number: symbols and codes before it ("$",
 * "US$", "€", "USD 5m", "Rs 500"), words after it ("4.50 euros",
 * "Australian dollars", "pounds sterling"). */
#include <string.h>

#include "scan.h"

/* Dollars with a country prefix: "A$", "C$", "HK$", "NZ$". */
static const char *dollar_prefix(const struct sc *s, size_t ls, size_t q)
{
	static const char *const pre[][2] = {
		{ "US", "USD" }, { "U", "USD" }, { "A", "AUD" }, { "AU", "AUD" },
		{ "C", "CAD" }, { "CA", "CAD" }, { "CAN", "CAD" }, { "NZ", "NZD" },
		{ "HK", "HKD" }, { "S", "SGD" }, { "SG", "SGD" }, { "R", "BRL" },
		{ "NT", "TWD" }, { "MX", "MXN" },
	};

	for (size_t k = 0; k < sizeof pre / sizeof pre[0]; k++)
		if (seq(s, ls, q, pre[k][0]))
			return pre[k][1];
	return NULL;
}

/* Currency signs of two and three bytes. */
static const char *sign_before(const struct sc *s, size_t p, size_t *cs)
{
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
	return NULL;
}

/* A currency written before position i: "$", "US$", "€", "USD ", "Rs ".
 * Returns the unit and sets *cs to where it starts. */
const char *currency_before(const struct sc *s, size_t i, size_t *cs)
{
	const struct nf_fig_sym *y;
	const char *cur;
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
		if ((cur = dollar_prefix(s, ls, q)) != NULL)
			return cur;
		*cs = q;
		return "USD";
	}
	if ((cur = sign_before(s, p, cs)) != NULL)
		return cur;
	/* a code: "USD 5m", "USD5m" */
	p = i;
	we = back_sp(s, p);
	ws = we;
	while (ws > 0 && is_upper((unsigned char)s->t[ws - 1]) && we - ws < 4)
		ws--;
	if (we - ws == 3 && (ws == 0 || !is_alnum((unsigned char)s->t[ws - 1])) &&
	    (y = nf_fig_sym_find(s->t + ws, 3)) != NULL && y->currency) {
		*cs = ws;
		return y->currency;
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

/* "Australian dollars", "Hong Kong dollars", "U.S. dollars": a country
 * before a currency word. */
static int country_money_at(const struct sc *s, size_t j, size_t we, struct suf *x)
{
	const struct nf_fig_lex *l = lex_at(s, j, we), *cw;
	const struct nf_fig_word *adj = l ? l->currency_adj : NULL, *w;
	size_t k = j, e2;

	if (adj && at(s, we) == ' ') {
		k = we + 1;
	} else if (seq(s, j, we, "U") && seq(s, we, we + 4, ".S. ")) {
		k = we + 4;
		adj = &nf_fig_currency_adjs[0];
	} else if ((seq(s, j, we, "Hong") || seq(s, j, we, "New")) && at(s, we) == ' ') {
		e2 = word_end(s, we + 1);
		if (seq(s, we + 1, e2, "Kong") || seq(s, we + 1, e2, "Zealand")) {
			k = e2 + 1;
			if (at(s, e2) != ' ')
				return -1;
		}
	} else if (seq(s, j, we, "South") && at(s, we) == ' ' &&
	    seq(s, we + 1, word_end(s, we + 1), "African")) {
		k = word_end(s, we + 1) + 1;
	}
	if (k == j)
		return 0;
	e2 = word_end(s, k);
	cw = lex_at(s, k, e2);
	if (!cw || !(w = cw->currency))
		return -1;
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

/* A currency word or code after a number: "euros", "cents", "USD". */
int money_word_at(const struct sc *s, size_t j, struct suf *x, int mag)
{
	const struct nf_fig_lex *l;
	const struct nf_fig_sym *y;
	size_t we = word_end(s, j);
	int r = country_money_at(s, j, we, x);

	if (r)
		return r > 0;
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
	l = lex_at(s, j, we);
	if (l && l->currency && strcmp(l->currency->w, "sterling") != 0) {
		x->e = we;
		x->kind = NF_FIG_MONEY;
		x->unit = l->currency->unit;
		x->mul = l->currency->v;
		return 1;
	}
	if (we - j == 3 && (y = nf_fig_sym_find(s->t + j, 3)) != NULL && y->currency) {
		x->e = we;
		x->kind = NF_FIG_MONEY;
		x->unit = y->currency;
		return 1;
	}
	return 0;
}
