/* idents.c: numbers that are no figures (parts of names and identifiers,
 * telephone numbers, URLs, street addresses) and numbers that are ages. */
#include <string.h>

#include <utf8proc.h>

#include "scan.h"

/* A score or points after the number at i: "Caboolture 43–5",
 * "Wynnum 45 points". */
static int score_after(const struct sc *s, size_t i)
{
	size_t k = i;

	while (is_digit(at(s, k)))
		k++;
	if (at(s, k) == '-' && is_digit(at(s, k + 1)))
		return 1;
	if (en_dash(s, k) && is_digit(at(s, k + 3)))
		return 1;
	return at(s, k) == ' ' && weq(s, k + 1, word_end(s, k + 1), "points");
}

/* A letter or mark right before the number: "K2", "#3", "COVID-19", "v1.2";
 * not "mid-2020". */
static int glued_before(const struct sc *s, size_t i, int32_t cp, size_t st)
{
	static const char *const times[] = { "mid", "pre", "post", "early", "late", NULL };
	size_t x;
	int32_t c2;

	if (cp_is_letter(cp) || cp == '#')
		return 1;
	if (cp != '-' && cp != '/' && cp != '.' && cp != ':')
		return 0;
	c2 = cp_before(s, st, &x);
	if (cp == '-' && cp_is_letter(c2))
		return !word_in(times, s, word_start_back(s, st), st);
	(void)i;
	return cp != '-' && (cp_is_letter(c2) || is_digit(c2));
}

/* "No. 3846", "Nos. 4": a number sign before the number. */
static int number_sign_before(const struct sc *s, size_t i)
{
	size_t e = back_sp(s, i);

	if (e != i && e >= 3 && s->t[e - 1] == '.' &&
	    (seq(s, e - 3, e - 1, "No") || seq(s, e - 3, e - 1, "no")) &&
	    (e == 3 || !is_alpha((unsigned char)s->t[e - 4])))
		return 1;
	return e != i && e >= 4 && s->t[e - 1] == '.' && weq(s, e - 4, e - 1, "nos");
}

/* "the world's No. 2 oil producer", "its No. 1 priority": a rank after a
 * determiner or a possessive is an ordinal ("No. 3846" alone names a
 * thing). Emits it and returns its end, or 0. */
size_t try_rank(struct sc *s, size_t i)
{
	static const char *const dets[] = { "the", "a", "its", "their", "his",
		"her", "our", "your", "my", "new", "former", NULL };
	size_t e = back_sp(s, i), k = i, ns, b, ws, we;
	double v = 0;

	if (e == i || e < 3 || s->t[e - 1] != '.' ||
	    !(seq(s, e - 3, e - 1, "No") || seq(s, e - 3, e - 1, "no")))
		return 0;
	ns = e - 3;
	if (ns > 0 && is_alpha(at(s, ns - 1)))
		return 0;
	while (is_digit(at(s, k)) && k - i < 4)
		v = v * 10 + at(s, k++) - '0';
	if (k - i > 3 || v < 1 || v > 100 || is_alnum(at(s, k)) ||
	    (at(s, k) == '.' && is_digit(at(s, k + 1))))
		return 0;
	/* "the No. 5 bus" is a route */
	if (at(s, k) == ' ' && lex_has(s, k + 1, word_end(s, k + 1), LEX_ID_WORD))
		return 0;
	b = back_sp(s, ns);
	/* "world's", "China’s" */
	if (!((b >= 2 && s->t[b - 1] == 's' && s->t[b - 2] == '\'') ||
	    (b >= 4 && s->t[b - 1] == 's' && (unsigned char)s->t[b - 4] == 0xE2 &&
	     (unsigned char)s->t[b - 3] == 0x80 && (unsigned char)s->t[b - 2] == 0x99) ||
	    (prev_word(s, ns, &ws, &we) && word_in(dets, s, ws, we))))
		return 0;
	emit(s, ns, k, NF_FIG_ORDINAL, v);
	return k;
}

/* A capitalised word before the number: a name ("Route 9", "Boeing 737")
 * unless it is a word that may start a sentence, a month, a currency or a
 * time zone. */
static int name_before(const struct sc *s, size_t i, size_t ws, size_t we)
{
	const struct nf_fig_lex *l;
	const struct nf_fig_sym *y;
	double mul;

	if (score_after(s, i))
		return 0;
	if (at(s, ws) >= 0x80) {
		utf8proc_int32_t c0 = -1;
		utf8proc_iterate((const utf8proc_uint8_t *)s->t + ws,
			(utf8proc_ssize_t)(we - ws), &c0);
		if (c0 < 0 || utf8proc_category(c0) != UTF8PROC_CATEGORY_LU)
			return 0;
	}
	l = lex_at(s, ws, we);
	if (l && ((l->roles & LEX_FREE_CAP) || l->month || l->currency_adj))
		return 0;
	y = sym_at(s, ws, we);
	if ((y && y->timezone) || currency_code(s, ws, we, &mul))
		return 0;
	/* all-capital short words: "US 5" is rare, "G 7" too; treat a
	 * capitalised word as a name */
	return 1;
}

/* Is the number starting at i part of a name or identifier: "COVID-19",
 * "Route 9", "Boeing 737", "No. 3846", "K2"? */
int ident_before(const struct sc *s, size_t i)
{
	size_t st, ws, we, e;
	int32_t cp;

	if (i == 0)
		return 0;
	cp = cp_before(s, i, &st);
	/* "USD115", "Rs500": a currency, not a name */
	if (cp_is_letter(cp) && currency_before(s, i, &ws))
		return 0;
	if (cp_is_letter(cp) || cp == '#' || cp == '-' || cp == '/' || cp == '.' ||
	    cp == ':')
		return glued_before(s, i, cp, st);
	if (!prev_word(s, i, &ws, &we))
		return number_sign_before(s, i);
	if (is_upper(at(s, ws)) || at(s, ws) >= 0x80)
		return name_before(s, i, ws, we);
	if (lex_has(s, ws, we, LEX_ID_WORD))
		return 1;
	for (e = ws + 1; e < we; e++)
		if (is_upper(at(s, e)))
			return 1;   /* "iPhone 11", "eBay 3" */
	if (lex_has(s, ws, we, LEX_CALL_WORD)) {
		size_t k = i;
		while (is_digit(at(s, k)))
			k++;
		if (k - i == 3 && !is_alnum(at(s, k)))
			return 1;
	}
	return 0;
}

/* Skip the identifier chunk at i: letters, digits and joining marks. */
size_t skip_chunk(const struct sc *s, size_t i)
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
size_t url_chunk(const struct sc *s, size_t i)
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

/* "+44 20 ...", "(02) 9...": a telephone number after a plus or a bracketed
 * area code; returns its end. */
static size_t intl_phone(const struct sc *s, size_t i)
{
	size_t j = i;

	while (j < s->n && (is_digit(at(s, j)) || at(s, j) == ' ' ||
	    at(s, j) == '-' || at(s, j) == '(' || at(s, j) == ')' || at(s, j) == '.'))
		j++;
	while (j > i && !is_digit(at(s, j - 1)))
		j--;
	return j;
}

/* Telephone numbers and versions: "555-123-4567", "020 7946 0958",
 * "+44 20 ...", "1.2.3". */
size_t try_phone(struct sc *s, size_t i)
{
	size_t j = i, k;
	int groups = 1, digits = 0, g[8], sep = 0;

	if (i > 0 && (s->t[i - 1] == '+' || (s->t[i - 1] == '(' && i + 4 < s->n &&
	    is_digit(at(s, i + 2)) && at(s, i + 3) == ')' )))
		return intl_phone(s, i);
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
int address_after(const struct sc *s, size_t e)
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
		if (n > 0 && word_in(streets, s, k + 1, we))
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

/* "when he was 18.", "I was 40 and": an age after "was" or "is". */
static int was_age(const struct sc *s, const struct num *a, size_t ws)
{
	size_t w2s, w2e;
	int c = at(s, a->e);

	return prev_word(s, ws, &w2s, &w2e) &&
		(weq(s, w2s, w2e, "he") || weq(s, w2s, w2e, "she") ||
		 weq(s, w2s, w2e, "who") || seq(s, w2s, w2e, "I")) &&
		(c == '.' || c == ',' || c == ';' ||
		 (c == ' ' && weq(s, a->e + 1, word_end(s, a->e + 1), "and")) ||
		 (c == ' ' && weq(s, a->e + 1, word_end(s, a->e + 1), "when")));
}

/* ", 20," after a name or noun; also "40 and 49,". */
static int apposed_age(const struct sc *s, const struct num *a, size_t start)
{
	size_t e = back_sp(s, start), p;

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

/* Ages: "Sudesh Amman, 20, was", "aged 17", "when he was (about) 18",
 * "Quirin and Redouane, 40 and 49,". "Smith (45)" is left a count: a
 * place takes brackets too ("Bardiya National Park (50)"). */
int is_age(const struct sc *s, const struct num *a, size_t start, const char *q)
{
	size_t ws, we;

	if (!a->plain || a->v < 1 || a->v > 115 || a->intdig > 3)
		return 0;
	if (q && strcmp(q, "~") != 0)
		return 0;
	if (prev_word(s, start, &ws, &we)) {
		if (weq(s, ws, we, "aged") || weq(s, ws, we, "age") ||
		    weq(s, ws, we, "ages"))
			return 1;
		if (weq(s, ws, we, "of"))
			return prev_word_is(s, ws, "age");
		if (weq(s, ws, we, "was") || weq(s, ws, we, "is"))
			return was_age(s, a, ws);
		if (weq(s, ws, we, "and") && s->fs->n > 0 && !q) {
			const struct nf_figure *f = &s->fs->v[s->fs->n - 1];
			if (f->kind == NF_FIG_DURATION && f->unit && !strcmp(f->unit, "year") &&
			    f->end == back_sp(s, ws) && f->end - f->start <= 3 &&
			    (at(s, a->e) == ',' || at(s, a->e) == ')'))
				return 1;
		}
		return 0;
	}
	return !q && apposed_age(s, a, start);
}
