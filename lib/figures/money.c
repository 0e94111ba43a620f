/* money.c: currencies around a number: symbols and codes before it ("$",
 * "US$", "€", "USD 5m", "Rs 500"), words after it ("4.50 euros",
 * "Australian dollars", "pounds sterling"). */
#include <string.h>

#include "scan.h"

/* Dollars with a country prefix: "A$", "C$", "HK$", "NZ$", "US$", "Mex$",
 * and ISO codes written before "$" ("aud$ 15"): case is ignored, but a
 * one-letter prefix must be a capital stuck to the sign ("a $5 bill"). */
static const char *dollar_prefix(const struct sc *s, size_t ls, size_t q, int spaced)
{
	static const char *const pre[][2] = {
		{ "us", "USD" }, { "u", "USD" }, { "a", "AUD" }, { "au", "AUD" },
		{ "c", "CAD" }, { "ca", "CAD" }, { "can", "CAD" }, { "nz", "NZD" },
		{ "hk", "HKD" }, { "s", "SGD" }, { "sg", "SGD" }, { "r", "BRL" },
		{ "nt", "TWD" }, { "mx", "MXN" }, { "mex", "MXN" }, { "usd", "USD" },
		{ "aud", "AUD" }, { "cad", "CAD" }, { "nzd", "NZD" }, { "hkd", "HKD" },
		{ "sgd", "SGD" }, { "mxn", "MXN" }, { "twd", "TWD" },
	};

	if (q - ls == 1 && (!is_upper(at(s, ls)) || spaced) && lc(at(s, ls)) != 'c')
		return NULL;
	for (size_t k = 0; k < sizeof pre / sizeof pre[0]; k++)
		if (weq(s, ls, q, pre[k][0]))
			return pre[k][1];
	return NULL;
}

/* The dollar sign at q: which dollar, and where its prefix starts. */
static const char *dollar_at(const struct sc *s, size_t q, size_t *cs)
{
	const char *cur;
	size_t ls = q, we;

	while (ls > 0 && is_alpha((unsigned char)s->t[ls - 1]) && q - ls < 4)
		ls--;
	if (ls > 0 && (is_alpha((unsigned char)s->t[ls - 1]) || is_digit(at(s, ls - 1))))
		ls = q;
	if (ls < q && (cur = dollar_prefix(s, ls, q, 0)) != NULL) {
		*cs = ls;
		return cur;
	}
	/* "C $ 16.4 million", "hk $ 10.05 billion", "U.S. $ 5": tokenised
	 * text, the sign apart from both ("the US $24 billion" is the
	 * country's) */
	we = back_sp(s, q);
	if (we < q && we > 0 && at(s, q + 1) == ' ') {
		size_t ws = we;
		if (s->t[ws - 1] == '.')
			ws--;
		if (ws >= 3 && weq(s, ws - 3, ws, "u.s") && (ws == 3 || !is_alpha(at(s, ws - 4)))) {
			*cs = ws - 3;
			return "USD";
		}
		ws = word_start_back(s, we);
		if (we - ws <= 3 && (ws == 0 || !is_alnum(at(s, ws - 1))) &&
		    (cur = dollar_prefix(s, ws, we, 1)) != NULL) {
			*cs = ws;
			return cur;
		}
	}
	*cs = q;
	return "USD";
}

/* Currency signs of two and three bytes, before or after a number. */
static const char *sign_at(const struct sc *s, size_t p, size_t *len)
{
	static const char *const e282[32] = {
		[0x01] = "CRC", [0x06] = "NGN", [0x09] = "KRW", [0x0A] = "ILS",
		[0x0B] = "VND", [0x0C] = "EUR", [0x0D] = "LAK", [0x0E] = "MNT",
		[0x11] = "PHP", [0x12] = "PYG", [0x14] = "UAH", [0x15] = "GHS",
		[0x18] = "KZT", [0x19] = "INR", [0x1A] = "TRY", [0x1C] = "AZN",
		[0x1D] = "RUB", [0x1E] = "GEL", [0x1F] = "BTC",
	};
	int c = at(s, p), d = at(s, p + 1), e = at(s, p + 2);

	if (c == 0xC2 && (d == 0xA3 || d == 0xA5)) {
		*len = 2;
		return d == 0xA3 ? "GBP" : "JPY";
	}
	if (c == 0xE2 && d == 0x82 && e >= 0xA0 && e <= 0xBF && e282[e - 0xA0]) {
		*len = 3;
		return e282[e - 0xA0];
	}
	if (c == 0xE0 && d == 0xB8 && e == 0xBF) {   /* ฿ */
		*len = 3;
		return "THB";
	}
	return NULL;
}

/* The currency sign ending right before p. */
static const char *sign_before(const struct sc *s, size_t p, size_t *cs)
{
	size_t len;
	const char *cur;

	if (p >= 2 && (cur = sign_at(s, p - 2, &len)) != NULL && len == 2) {
		*cs = p - 2;
		return cur;
	}
	if (p >= 3 && (cur = sign_at(s, p - 3, &len)) != NULL && len == 3) {
		*cs = p - 3;
		return cur;
	}
	return NULL;
}

/* An ISO code at [ws, we): "USD", "usd" (for the common ones), and "MUSD",
 * "kEUR" (millions and thousands of it, as finance writes them). */
const char *currency_code(const struct sc *s, size_t ws, size_t we, double *mul)
{
	static const char *const lower[] = { "usd", "eur", "gbp", "jpy", "cny",
		"rmb", "inr", "aud", "cad", "chf", "hkd", "sgd", "nzd", "btc", "rub",
		"krw", "brl", "mxn", "zar", "sek", "nok", "dkk", "pln", NULL };
	const struct nf_fig_sym *y;
	char up[3];

	*mul = 1;
	if (we - ws == 4 && (at(s, ws) == 'M' || at(s, ws) == 'k' || at(s, ws) == 'K') &&
	    is_upper(at(s, ws + 1)) && is_upper(at(s, ws + 3))) {
		*mul = at(s, ws) == 'M' ? 1e6 : 1e3;
		ws++;
	}
	if (we - ws != 3)
		return NULL;
	if (is_lower(at(s, ws))) {
		if (*mul != 1 || !word_in(lower, s, ws, we))
			return NULL;
		for (int k = 0; k < 3; k++)
			up[k] = (char)(at(s, ws + (size_t)k) - 32);
		y = nf_fig_sym_find(up, 3);
	} else {
		y = sym_at(s, ws, ws + 3);
	}
	return y ? y->currency : NULL;
}

/* A currency written before position i: "$", "US$", "€", "USD ", "MAUD",
 * "Rs ". Returns the unit and sets *cs to where it starts (and *mul for
 * "MAUD 60"). */
const char *currency_before_mul(const struct sc *s, size_t i, size_t *cs, double *mul)
{
	const char *cur;
	size_t p = i, ws, we;

	*mul = 1;
	if (p > 0 && space_len(s, p - 1) == 1)
		p = back_sp(s, p);
	if (p > 0 && s->t[p - 1] == '$')
		return dollar_at(s, p - 1, cs);
	if ((cur = sign_before(s, p, cs)) != NULL)
		return cur;
	/* a code: "USD 5m", "USD5m", "usd 20", "MAUD 60" */
	we = back_sp(s, i);
	ws = we;
	while (ws > 0 && is_alpha((unsigned char)s->t[ws - 1]) && we - ws < 5)
		ws--;
	if ((ws == 0 || !is_alnum((unsigned char)s->t[ws - 1])) &&
	    (cur = currency_code(s, ws, we, mul)) != NULL) {
		*cs = ws;
		return cur;
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

const char *currency_before(const struct sc *s, size_t i, size_t *cs)
{
	double mul;

	return currency_before_mul(s, i, cs, &mul);
}

/* A currency sign after a number at j: "10 €", "-15€", "100 ₡", "50¢",
 * "10 $" (a "$" with a number after it is that number's, unless that
 * number has one after it too: "10 $ 30 $"). */
int sign_after(const struct sc *s, size_t j, struct suf *x)
{
	const char *cur = NULL;
	size_t k = j, len = 1, n;

	if (space_len(s, k) == 1)
		k++;
	if (at(s, k) == '$') {
		cur = "USD";
	} else if (at(s, k) == 0xC2 && at(s, k + 1) == 0xA2) {
		x->e = k + 2, x->kind = NF_FIG_MONEY, x->unit = "USD", x->mul = 0.01;
		return 1;   /* "50¢" */
	} else {
		cur = sign_at(s, k, &len);
	}
	if (!cur)
		return 0;
	n = skip_sp(s, k + len);
	if (is_digit(at(s, n))) {
		size_t m = n;
		while (is_digit(at(s, m)) || ((at(s, m) == '.' || at(s, m) == ',') &&
		    is_digit(at(s, m + 1))))
			m++;
		if (space_len(s, m) == 1)
			m++;
		/* unless the number after has the same sign after it, or is
		 * cents: "10 $ 30 $", "10 $ 30 cent" */
		if ((m + len > s->n || memcmp(s->t + m, s->t + k, len) != 0) &&
		    !weq(s, m, word_end(s, m), "cent") && !weq(s, m, word_end(s, m), "cents"))
			return 0;
	}
	x->e = k + len;
	x->kind = NF_FIG_MONEY;
	x->unit = cur;
	return 1;
}

/* "3 dollars 50 cents", "thirteen dollars and forty-five cents", "17 USD
 * 25.", "15 dollars and 50.": the hundredths after a sum in a major unit
 * ending at e; adds them to *v and returns their end, or 0. */
size_t money_cents(const struct sc *s, size_t e, double *v)
{
	struct num c;
	size_t k = skip_sp(s, e), we, end;

	if (k == e)
		return 0;
	if (weq(s, k, word_end(s, k), "and")) {
		k = word_end(s, k);
		if (skip_sp(s, k) == k)
			return 0;
		k = skip_sp(s, k);
	}
	if (!parse_num(s, k, &c) || c.v < 1 || c.v >= 100 || c.v != (int)c.v ||
	    c.frac || c.mag || (!c.word && !c.plain) || (c.plain && c.intdig > 2))
		return 0;
	end = c.e;
	k = skip_sp(s, end);
	we = word_end(s, k);
	if (k > end && (weq(s, k, we, "cents") || weq(s, k, we, "cent") ||
	    weq(s, k, we, "pence") || weq(s, k, we, "p")))
		end = we;
	else if (!(k >= s->n || strchr(".,;:!?)", at(s, k))) ||
	    (at(s, k) == '.' && is_digit(at(s, k + 1))))
		return 0;   /* "15 dollars 50 times", "10 $ 30 $" */
	*v += c.v / 100;
	return end;
}

/* "Australian dollars", "Hong Kong dollars", "U.S. dollars", "Sri Lankan
 * rupees": a country before a currency word. Returns 1 and fills x, -1
 * when a country was there but no currency word, 0 when none was. */
static int country_money_at(const struct sc *s, size_t j, size_t we, struct suf *x)
{
	static const char *const two[][3] = {
		{ "Hong", "Kong", "HKD" }, { "New", "Zealand", "NZD" },
		{ "South", "African", "ZAR" }, { "Sri", "Lankan", "LKR" },
		{ "Costa", "Rican", "CRC" }, { "Saudi", "Arabian", "SAR" },
		{ "East", "Caribbean", "XCD" },
	};
	const struct nf_fig_lex *l = lex_at(s, j, we), *cw;
	const struct nf_fig_word *adj = l ? l->currency_adj : NULL, *w;
	const char *unit = adj ? adj->unit : NULL;
	size_t k = j, e2;

	if (adj && at(s, we) == ' ') {
		k = we + 1;
	} else if (seq(s, j, we, "U") && seq(s, we, we + 4, ".S. ")) {
		k = we + 4;
		unit = "USD";
	} else if (at(s, we) == ' ' && is_upper(at(s, j))) {
		e2 = word_end(s, we + 1);
		for (size_t t = 0; t < sizeof two / sizeof two[0]; t++)
			if (seq(s, j, we, two[t][0]) && seq(s, we + 1, e2, two[t][1])) {
				if (at(s, e2) != ' ')
					return -1;
				k = e2 + 1;
				unit = two[t][2];
			}
	}
	if (k == j)
		return 0;
	e2 = word_end(s, k);
	cw = lex_at(s, k, e2);
	if (!cw || !(w = cw->currency))
		return -1;
	x->e = e2;
	x->kind = NF_FIG_MONEY;
	x->unit = w->v == 1 && unit ? unit : w->unit;
	x->mul = w->v;
	return 1;
}

/* A currency word or code after a number: "euros", "cents", "USD", "usd",
 * "MUSD" (millions). */
int money_word_at(const struct sc *s, size_t j, struct suf *x, int mag)
{
	const struct nf_fig_lex *l;
	const char *code;
	size_t we = word_end(s, j);
	double mul;
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
	/* "sterling" needs "pounds"; "marks" a country ("German marks") */
	if (l && l->currency && strcmp(l->currency->w, "sterling") != 0 &&
	    strcmp(l->currency->w, "mark") != 0 && strcmp(l->currency->w, "marks") != 0) {
		x->e = we;
		x->kind = NF_FIG_MONEY;
		x->unit = l->currency->unit;
		x->mul = l->currency->v;
		return 1;
	}
	/* "USD50" is the 50's, not the number's before */
	if (!is_digit(at(s, we)) && (code = currency_code(s, j, we, &mul)) != NULL) {
		x->e = we;
		x->kind = NF_FIG_MONEY;
		x->unit = code;
		x->mul = mul;
		return 1;
	}
	return 0;
}
