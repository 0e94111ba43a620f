/* qmarks.c: the tokens of a record (words, punctuation, quotation marks,
 * paragraph ends) and the pairing of quotation marks into top-level quotes,
 * with the text of quotes joined over paragraphs. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "newsfilter/utf8.h"
#include "internal.h"

/* ---------- small helpers ---------- */

static int is_space_cp(int32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 ||
		c == 0x2009 || c == 0x202F || c == 0x200B || c == 0x3000 ||
		(c >= 0x2000 && c <= 0x200A) || c == 0xFEFF;
}

int nfq_mark_family(int32_t c)
{
	switch (c) {
	case '"': case 0x201C: case 0x201D: case 0x201E: case 0x201F:
	case 0xAB: case 0xBB:
		return F_DOUBLE;
	case '\'': case 0x2018: case 0x2019: case 0x201A: case 0x201B:
	case 0x2039: case 0x203A:
		return F_SINGLE;
	}
	return 0;
}

/* Preferred role of a mark glyph when its neighbours do not tell. */
static int mark_default(int32_t c)
{
	switch (c) {
	case 0x201C: case 0x201E: case 0xAB: case 0x2018: case 0x201A:
	case 0x2039: case 0x201F: case 0x201B:
		return M_OPEN;
	case 0x201D: case 0xBB: case 0x2019: case 0x203A:
		return M_CLOSE;
	}
	return M_AMBIG;
}

static int is_dash_cp(int32_t c)
{
	return c == 0x2013 || c == 0x2014 || c == 0x2012 || c == 0x2015 ||
		c == 0x2026;
}

int nfq_is_upper_cp(int32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	utf8proc_category_t k = utf8proc_category(c);
	return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

static int is_wordchar_cp(int32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			(c >= '0' && c <= '9') || c == '@' || c == '#' ||
			c == '_' || c == '%' || c == '$' || c == '&';
	if (nfq_mark_family(c))
		return 0;
	switch (utf8proc_category(c)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
	case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO: case UTF8PROC_CATEGORY_SC:
	case UTF8PROC_CATEGORY_CF:
		return 1;
	default:
		return 0;
	}
}

int32_t nfq_decode(const char *s, size_t len, size_t i, size_t *n)
{
	unsigned char b = (unsigned char)s[i];
	if (b < 0x80) {
		*n = 1;
		return b;
	}
	return nf_utf8_decode(s + i, len - i, n);
}

/* The code point before byte i (i > 0). */
static int32_t decode_prev(const char *s, size_t i)
{
	size_t j = i - 1, n;
	while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80 && i - j < 4)
		j--;
	return nf_utf8_decode(s + j, i - j, &n);
}

static int is_letter_cp(int32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	return is_wordchar_cp(c);
}


/* ---------- tokenising ---------- */

static inline struct tok *newtok(struct nf_quotes *q)
{
	if (q->ntok == q->captok) {
		q->captok = q->captok ? 2 * q->captok : 256;
		q->tok = nf_xrealloc(q->tok, q->captok * sizeof *q->tok);
	}
	struct tok *t = &q->tok[q->ntok++];
	t->cls = 0;
	t->flags = t->role = t->fam = t->klen = 0;
	t->ch = 0;
	t->pid = -1;
	t->run = -1;
	t->quote = -1;
	return t;
}

uint32_t nfq_word_class(struct nf_quotes *q, const char *w, size_t n,
	int cap)
{
	if (n > sizeof q->lowbuf)
		return 0;
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++) {
		char c = w[i];
		c = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
		q->lowbuf[i] = c;
		h = (h ^ (unsigned char)c) * 16777619u;
	}
	/* The lexicon is large and news repeats its words: a small cache of
	 * the words met last, by hash and length, saves most lookups. */
	uint32_t key = h ^ (cap ? 0x5bd1e995u : 0);
	struct wcache *e = &q->wcache[key & (NWCACHE - 1)];
	if (e->key == key && e->len == n)
		return e->cls;
	e->key = key;
	e->len = (uint32_t)n;
	e->cls = nf_qlex_lookup(q->lowbuf, n, h, cap);
	return e->cls;
}


/* Words with a dot inside or at the end that are abbreviations. */
static int keeps_dot(const char *w, size_t n, uint32_t cls)
{
	if (n == 1 && w[0] >= 'A' && w[0] <= 'Z')
		return 1;                    /* initial */
	/* U.S, e.g, Ph.D, D-N.Y: every part between dots short; not a web
	 * address ("ecigarettedirect.co.uk.", "bbc.co.uk." end sentences) */
	if (memchr(w, '.', n)) {
		size_t part = 0;
		for (size_t i = 0; i < n; i++) {
			if (w[i] == '.' || w[i] == '-')
				part = 0;      /* "D-N.Y." */
			else if (++part > 2)
				return 0;
		}
		return 1;
	}
	(void)cls;
	/* a party tag with its state written short: "R-Fla.", "D-Calif." */
	if (n >= 4 && n <= 8 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') &&
		w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z') {
		size_t i = 3;
		while (i < n && w[i] >= 'a' && w[i] <= 'z')
			i++;
		if (i == n)
			return 1;
	}
	if (n > 6 || (w[0] >= 'a' && w[0] <= 'z' && w[0] != 'v' && w[0] != 'c' &&
		w[0] != 'e' && w[0] != 'a'))
		return 0;
	static const char *ab[] = {"Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep",
		"Gov", "Gen", "Col", "Lt", "Sgt", "Capt", "Prof", "Jr", "Sr",
		"Inc", "Co", "Ltd", "Corp", "No", "vs", "Rev", "Jan", "Feb",
		"Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
		"Dec", "Mt", "Ft", "approx", "Mme", "Messrs", "Adm", "Cmdr",
		"Supt", "Insp", "Det", "Hon", "cf", "etc", "al", "Vol", "Op",
		/* titles of the wires and of news elsewhere (qlex.c) */
		"Maj", "Brig", "Cpl", "Pfc", "Spc", "Const", "Amb", "Sec",
		"Atty", "Asst", "Dep", "Engr", "Arch", "Usec", "Asec", "Barr",
		"Smt", "Fr",
		/* a council's, a police force's, a church's (Canada's "Coun.",
		 * "Cst.", Chicago's "Ald.") */
		"Coun", "Ald", "Cst", "Pvt", "Msgr", "Pres", "Commr", "Supv", "Asm"};
	for (size_t i = 0; i < sizeof ab / sizeof ab[0]; i++)
		if (ab[i][0] == w[0] && strncmp(ab[i], w, n) == 0 && ab[i][n] == 0)
			return 1;
	return 0;
}
static unsigned char ascii_class[256];

void nfq_init_ascii(void)
{
	if (ascii_class['a'])
		return;     /* built once */
	for (int c = 0; c < 256; c++) {
		unsigned char k = AC_PUNCT;
		if (c >= 0x80)
			k = AC_HIGH;
		else if (c == ' ' || c == '\t' || c == '\r')
			k = AC_SPACE;
		else if (c >= 'a' && c <= 'z')
			k = AC_LOWER;
		else if ((c >= '0' && c <= '9') || c == '_' || c == '%' ||
			c == '$' || c == '@' || c == '#')
			k = AC_OTHERWORD;
		ascii_class[c] = k;
	}
	/* upper case starts a capitalised word: the slow path */
	for (int c = 'A'; c <= 'Z'; c++)
		ascii_class[c] = AC_HIGH;
}

/* Tokens of s[from..len); from and len must be at word boundaries. */
/* A quotation mark c of n bytes at byte i, of family fam and default
 * role def: its token, with the role its neighbours give it (opening after
 * a space, closing before one). Returns the bytes it takes, or 0 when it
 * is an apostrophe that begins or belongs to a word. */
static size_t add_mark(struct nf_quotes *q, const char *s, size_t i,
	size_t len, int32_t c, size_t n, int fam, int def)
{
		int32_t p = i ? decode_prev(s, i) : ' ';
		size_t n2;
		int32_t nx = i + n < len ? nfq_decode(s, len, i + n, &n2) : ' ';
		/* apostrophes inside or at the start of a word */
		if (fam == F_SINGLE && c != '`' && c != 0x2018 && c != 0x201A &&
			c != 0x2039 && c != 0x203A) {
			if (is_letter_cp(p) && is_letter_cp(nx) &&
				!nfq_mark_family(p))
				return 0;   /* don't, Russia’s */
			if (!is_letter_cp(p) && nfq_is_digit_cp(nx))
				return 0;   /* ’90s */
			if (is_space_cp(p) && (nx == 's' || nx == 'S') &&
				(i + n + 1 >= len || !is_letter_cp(nfq_decode(s, len,
				i + n + 1, &n2))))
				return 0;   /* "Delacourt ’s novel": a possessive
				             * set apart, as PDF text writes it */
			if (!is_letter_cp(p) && (nx == 'n' || nx == 'N') &&
				i + n + 1 < len) {
				size_t n3;
				int32_t c3 = nfq_decode(s, len, i + n + 1, &n3);
				if (c3 == c)
					return 0;   /* ’n’ */
			}
		}
		struct tok *t = newtok(q);
		q->nmarks++;
		t->type = T_MARK;
		t->off = (uint32_t)i;
		t->len = (uint32_t)n;
		t->fam = (uint8_t)fam;
		int pmark = nfq_mark_family(p) != 0;
		int lsp = i == 0 || is_space_cp(p) || p == '(' ||
			p == '[' || p == '{' || is_dash_cp(p) || p == '-' ||
			p == '/' || pmark;
		int rsp = i + n >= len || is_space_cp(nx) || nx == '.' ||
			nx == ',' || nx == ';' || nx == ':' || nx == '!' ||
			nx == '?' || nx == ')' || nx == ']' ||
			nfq_mark_family(nx) || is_dash_cp(nx);
		/* "Malala ”." (a closing mark set apart, as scraped and PDF
		 * text writes it): a mark before a stop, a comma or a
		 * bracket opens nothing */
		int opens = lsp && i + n < len && !is_space_cp(nx) &&
			!(nx == ',' || nx == ';' || nx == ':' || nx == ')' ||
			nx == ']' || (nx == '.' && (i + n + 1 >= len ||
			s[i + n + 1] != '.')));
		int can_close = i > 0 && !is_space_cp(p) && p != '(' &&
			p != '[' && p != '{' && rsp;
		if (opens && !can_close)
			t->role = M_OPEN;
		else if (can_close && !opens)
			t->role = M_CLOSE;
		else
			t->role = (uint8_t)def;
		/* a single mark with no clear side is an apostrophe */
		if (fam == F_SINGLE && !opens && !can_close)
			t->role = 0;
		return n;
}

/* Is a single quotation of the family of mark d (' or ’) open before
 * byte st in its paragraph: more openers than closers since the last
 * line break (or 600 bytes)? An opener stands after a space or the
 * start and before a letter ("‘We", "'We"); a closer after a letter and
 * before a space or a stop. */
static int single_open_before(const char *s, size_t st, int32_t d)
{
	int open = 0;
	size_t lo = st > 600 ? st - 600 : 0;
	for (size_t i = st; i > lo; i--) {
		size_t k = i - 1;
		if (s[k] == '\n')
			break;
		int opener = 0, closer = 0;
		if (d == 0x2019 && k + 2 < st && (unsigned char)s[k] == 0xE2 &&
			(unsigned char)s[k + 1] == 0x80) {
			opener = (unsigned char)s[k + 2] == 0x98;
			closer = (unsigned char)s[k + 2] == 0x99 && k > 0 &&
				s[k - 1] != ' ' && (k + 3 >= st || s[k + 3] == ' ' ||
				s[k + 3] == '.' || s[k + 3] == ',');
		} else if (d == '\'' && s[k] == '\'' && k + 1 < st) {
			opener = (k == 0 || s[k - 1] == ' ') && s[k + 1] != ' ';
			closer = k > 0 && s[k - 1] != ' ' && (s[k + 1] == ' ' ||
				s[k + 1] == '.' || s[k + 1] == ',');
		}
		open += opener - closer;
	}
	return open > 0;
}

/* The word starting at byte i with code point c: its token, flags (capital,
 * all capitals, digits, initial, possessive) and where it ends. */
static size_t add_word(struct nf_quotes *q, const char *s, size_t i,
	size_t len, int32_t c)
{
	size_t n = 0;
		size_t st = i;
		int flags = 0;
		if (nfq_is_upper_cp(c))
			flags |= TF_CAP;
		/* "el-Haite", "al-Assad", "bin-Salman": an Arabic surname
		 * with its article is a name, capital or not */
		else if (i + 4 < len && (!memcmp(s + i, "al-", 3) || !memcmp(s + i, "el-", 3) ||
			!memcmp(s + i, "ad-", 3)) && s[i + 3] >= 'A' && s[i + 3] <= 'Z')
			flags |= TF_CAP;
		int allcaps = 1, nletters = 0;
		size_t bare_poss = 0;
		while (i < len) {
			unsigned char bb = (unsigned char)s[i];
			if (bb < 0x80 && ascii_class[bb] >= AC_LOWER) {
				if (bb <= '9')
					flags |= TF_DIGIT;
				else if (bb != '_' && bb != '%' && bb != '$' &&
					bb != '@' && bb != '#')
					nletters++, allcaps = 0;
				i++;
				continue;
			}
			if (bb >= 'A' && bb <= 'Z') {
				nletters++;
				i++;
				continue;
			}
			int32_t d = nfq_decode(s, len, i, &n);
			if (is_wordchar_cp(d)) {
				if (d >= '0' && d <= '9')
					flags |= TF_DIGIT;
				if (is_letter_cp(d)) {
					nletters++;
					if (!nfq_is_upper_cp(d))
						allcaps = 0;
				}
				i += n;
				continue;
			}
			/* inner apostrophe, hyphen, dot, comma in numbers */
			if (i + n < len && i > st && (d == '\'' || d == 0x2019 ||
				d == '-' || d == '.' || d == '/' || d == '&' ||
				d == ',' || d == ':')) {
				size_t n2;
				int32_t nx = nfq_decode(s, len, i + n, &n2);
				int32_t pv = decode_prev(s, i);
				if ((d == '\'' || d == 0x2019) &&
					is_letter_cp(pv) && is_letter_cp(nx)) {
					i += n;
					continue;
				}
				if ((d == '-' || d == '.' || d == '/' ||
					d == '&') && is_wordchar_cp(pv) &&
					is_wordchar_cp(nx) && !is_space_cp(nx)) {
					i += n;
					continue;
				}
				/* a hyphen a line break left with a space after
				 * it, inside a name: "Jean- Pierre Moore",
				 * "Najat Vallaud- Belkacem" are one word */
				if (d == '-' && nx == ' ' && (flags & TF_CAP) &&
					is_letter_cp(pv) && i + n + 1 < len &&
					s[i + n + 1] >= 'A' && s[i + n + 1] <= 'Z') {
					i += n + 1;
					continue;
				}
				if ((d == ',' || d == ':') && nfq_is_digit_cp(pv) &&
					nfq_is_digit_cp(nx)) {
					i += n;
					continue;
				}
			}
			/* leading apostrophe of ’90s / ’n’ */
			if (i == st && nfq_mark_family(d)) {
				i += n;
				continue;
			}
			if (d == 0x2019 && i > st && i + n <= len) {
				/* rock ’n’: the closing ’ of ’n’ */
				size_t n0;
				if (i - st >= 2 && i - st <= 4 &&
					nfq_mark_family(nfq_decode(s, len, st, &n0))) {
					i += n;
					continue;
				}
			}
			/* "Adams’ office", "Jones' lawyer": a name's final s
			 * and an apostrophe alone, a word in lower case after
			 * it, and no single quotation open before (a capital
			 * after it is a name's: "Farmers’ Union", org_run_end) */
			if ((d == '\'' || d == 0x2019) && (flags & TF_CAP) && i - st > 2 &&
				s[i - 1] == 's' && i + n + 1 < len && s[i + n] == ' ' &&
				s[i + n + 1] >= 'a' && s[i + n + 1] <= 'z' &&
				!single_open_before(s, st, d)) {
				i += n;
				bare_poss = n;
			}
			break;
		}
		if (i == st)
			return i + n;   /* cannot happen: safety */
		size_t wl = i - st;
		/* abbreviation dot */
		if (i < len && s[i] == '.' && keeps_dot(s + st, wl, 0)) {
			i++;
			wl++;
		}
		struct tok *t = newtok(q);
		t->type = T_WORD;
		t->off = (uint32_t)st;
		t->len = (uint32_t)wl;
		if (allcaps && nletters >= 2)
			flags |= TF_ALLCAPS;
		if (wl == 2 && s[st + 1] == '.' && (flags & TF_CAP))
			flags |= TF_INITIAL;
		/* possessive: strip 's for the lookup */
		size_t kl = wl;
		if (bare_poss)
			flags |= TF_POSS, kl -= bare_poss;
		else if (kl > 2 && s[st + kl - 1] == 's' && s[st + kl - 2] == '\'')
			flags |= TF_POSS, kl -= 2;
		else if (kl > 4 && s[st + kl - 1] == 's' &&
			(unsigned char)s[st + kl - 2] == 0x99 &&
			(unsigned char)s[st + kl - 3] == 0x80 &&
			(unsigned char)s[st + kl - 4] == 0xE2)
			flags |= TF_POSS, kl -= 4;
		if ((flags & TF_POSS) && !(flags & TF_ALLCAPS) && kl >= 2) {
			size_t u = 0;   /* "WHO's": capitals before the 's */
			while (u < kl && s[st + u] >= 'A' && s[st + u] <= 'Z')
				u++;
			if (u == kl)
				flags |= TF_ALLCAPS;
		}
		t->flags = (uint8_t)flags;
		t->klen = (uint8_t)(kl < 255 ? kl : 255);
	return i;
}

void nfq_tokenise(struct nf_quotes *q, const char *s, size_t from,
	size_t len)
{
	size_t i = from, n;
	q->ntok = 0;
	q->nmarks = 0;
	while (i < len) {
		unsigned char b0 = (unsigned char)s[i];
		if (b0 == ' ') {
			i++;
			continue;
		}
		if (ascii_class[b0] == AC_LOWER) {
			/* the common case: a lower-case ASCII word */
			size_t st = i;
			int dig = 0;
			for (; i < len; i++) {
				unsigned char k = ascii_class[(unsigned char)s[i]];
				if (k == AC_LOWER)
					continue;
				if (k != AC_OTHERWORD)
					break;
				dig = 1;
			}
			if (i >= len || ascii_class[(unsigned char)s[i]] == AC_SPACE ||
				(ascii_class[(unsigned char)s[i]] == AC_PUNCT &&
				s[i] != '.' && s[i] != '-' && s[i] != '\'' &&
				s[i] != '/' && s[i] != '&' && s[i] != ',' &&
				s[i] != ':')) {
				struct tok *t = newtok(q);
				t->type = T_WORD;
				t->off = (uint32_t)st;
				t->len = (uint32_t)(i - st);
				t->flags = dig ? TF_DIGIT : 0;
				t->klen = (uint8_t)(i - st < 255 ? i - st : 255);
				continue;
			}
			i = st;
		}
		if (b0 < 0x80 && ascii_class[b0] == AC_PUNCT && b0 != '\n' &&
			b0 != '"' && b0 != '\'' && b0 != '`') {
			/* ASCII punctuation: a token of its own */
			struct tok *t = newtok(q);
			t->type = T_PUNCT;
			t->off = (uint32_t)i;
			t->len = 1;
			t->ch = (char)b0;
			i++;
			continue;
		}
		if (b0 < 0x80 && ascii_class[b0] == AC_SPACE) {
			i++;
			continue;
		}
		int32_t c = nfq_decode(s, len, i, &n);
		if (c == '\n') {
			struct tok *t = newtok(q);
			t->type = T_PARA;
			t->off = (uint32_t)i;
			t->len = 1;
			i++;
			continue;
		}
		if (is_space_cp(c)) {
			i += n;
			continue;
		}
		int fam = nfq_mark_family(c), def = mark_default(c);
		/* ''doubled apostrophes'' and ``TeX-style'' marks: one double
		 * mark of two bytes (a lone ` opens a single quote) */
		if (c == '`') {
			fam = F_SINGLE, def = M_OPEN;
			if (i + 1 < len && s[i + 1] == '`')
				fam = F_DOUBLE, n = 2;
		} else if (c == '\'' && i + 1 < len && s[i + 1] == '\'') {
			fam = F_DOUBLE, n = 2;
		}
		if (fam) {
			size_t used = add_mark(q, s, i, len, c, n, fam, def);
			if (used) {
				i += used;
				continue;
			}
		} else if (!is_wordchar_cp(c)) {
			struct tok *t = newtok(q);
			t->type = T_PUNCT;
			t->off = (uint32_t)i;
			t->len = (uint32_t)n;
			t->ch = c < 0x80 ? (char)c : is_dash_cp(c) ?
				(c == 0x2026 ? '~' : '-') : '*';
			i += n;
			continue;
		}
		i = add_word(q, s, i, len, c);
	}
}


/* ---------- building output ---------- */

void nfq_trim_span(const char *s, size_t *a, size_t *b)
{
	size_t n;
	while (*a < *b && (is_space_cp(nfq_decode(s, *b, *a, &n))))
		*a += n;
	for (;;) {
		for (;;) {
			if (*b > *a && (s[*b - 1] == ' ' || s[*b - 1] == '\t'))
				(*b)--;
			else if (*b >= *a + 2 && (unsigned char)s[*b - 2] == 0xC2 &&
				(unsigned char)s[*b - 1] == 0xA0)
				*b -= 2;     /* no-break space */
			else if (*b >= *a + 3 && (unsigned char)s[*b - 3] == 0xE2 &&
				(unsigned char)s[*b - 2] == 0x80 &&
				(((unsigned char)s[*b - 1] >= 0x80 &&
				(unsigned char)s[*b - 1] <= 0x8A) ||
				(unsigned char)s[*b - 1] == 0xAF))
				*b -= 3;     /* U+2000..200A, U+202F */
			else
				break;
		}
		if (*b > *a && s[*b - 1] == ',')
			(*b)--;
		else
			break;
	}
}

/* ---------- the main pass ---------- */

static struct wq *new_wq(struct nf_quotes *q)
{
	if (q->nwq == q->capwq) {
		q->capwq = q->capwq ? 2 * q->capwq : 16;
		q->wq = nf_xrealloc(q->wq, q->capwq * sizeof *q->wq);
	}
	struct wq *w = &q->wq[q->nwq++];
	memset(w, 0, sizeof *w);
	w->open_tok = w->close_tok = -1;
	nfq_attr_none(&w->pre);
	return w;
}

int nfq_can_open(const struct tok *t)
{
	return t->type == T_MARK && (t->role == M_OPEN || (t->role == M_AMBIG &&
		t->fam == F_DOUBLE));
}

/* Does the paragraph that starts at token from close a quotation of
 * family fam before it opens one: its first mark of that family a
 * closing one? A quotation left open at a paragraph's end goes on in
 * such a paragraph ("… said, "I think we learned a lot. ¶ It was a very
 * emotional day.""), as one that opens it with a mark does. */
int nfq_closes_first(const struct nf_quotes *q, size_t from, int fam)
{
	for (size_t i = from; i < q->ntok && q->tok[i].type != T_PARA; i++) {
		const struct tok *t = &q->tok[i];
		if (t->type == T_MARK && t->fam == fam && t->role)
			return t->role == M_CLOSE;
	}
	return 0;
}

/* Pair the marks of the record into top-level quotes. Continues the open
 * quote of the record before when cont is set. */
void nfq_pair_marks(struct nf_quotes *q, int cont)
{
	if (!cont && !q->nmarks) {
		q->depth = 0;
		return;
	}
	int cur = -1;     /* index in wq of the open top-level quote */
	if (cont) {
		struct wq *w = new_wq(q);
		*w = q->pend;
		w->open_tok = -1;
		w->close_tok = -1;
		cur = 0;
	} else {
		q->depth = 0;
	}
	for (size_t i = 0; i < q->ntok; i++) {
		struct tok *t = &q->tok[i];
		if (cur >= 0 && t->type != T_MARK && t->type != T_PARA)
			t->flags |= TF_INQ;
		if (t->type == T_PARA) {
			if (q->depth == 0)
				continue;
			size_t j = i + 1;
			while (j < q->ntok && q->tok[j].type == T_PARA)
				j++;
			if (j < q->ntok && nfq_can_open(&q->tok[j]) &&
				q->tok[j].fam == q->stack[0]) {
				q->tok[j].flags |= TF_SKIPMARK;
				q->wq[cur].joined = 1;
				q->depth = 1;
				i = j;
				continue;
			}
			if (j < q->ntok && q->depth == 1 && nfq_closes_first(q, j,
				q->stack[0])) {
				q->wq[cur].joined = 1;
				i = j - 1;
				continue;
			}
			q->wq[cur].close_tok = (int)i;
			q->wq[cur].terminated = 1;
			t->quote = (int32_t)cur;
			q->depth = 0;
			cur = -1;
			continue;
		}
		if (t->type != T_MARK || (t->flags & TF_SKIPMARK) || !t->role)
			continue;
		int role = t->role;
		if (role == M_AMBIG) {
			int has = 0;
			for (int d = q->depth - 1; d >= 0; d--)
				if (q->stack[d] == t->fam)
					has = 1;
			role = has ? M_CLOSE : (t->fam == F_DOUBLE ? M_OPEN : 0);
			if (!role)
				continue;
		}
		if (role == M_OPEN) {
			/* A double opener right after a stop inside an open
			 * double quotation begins its next paragraph, the
			 * break lost when paragraphs were run into one line
			 * ("… rewards. “In solving this issue, …”"): the
			 * quotation goes on; nested speech takes the other
			 * marks or follows a comma or a colon. */
			if (q->depth == 1 && q->stack[0] == t->fam && t->fam == F_DOUBLE &&
				i > 0 && q->tok[i - 1].type == T_PUNCT &&
				(q->tok[i - 1].ch == '.' || q->tok[i - 1].ch == '?' ||
				q->tok[i - 1].ch == '!' || q->tok[i - 1].ch == '~')) {
				t->flags |= TF_INQ;
				continue;
			}
			if (q->depth == 0) {
				struct wq *w = new_wq(q);
				w->open_tok = (int)i;
				w->fam = t->fam;
				cur = (int)q->nwq - 1;
				t->quote = (int32_t)cur;
				t->role = M_OPEN;
				q->stack[q->depth++] = t->fam;
			} else if (q->depth < 8) {
				q->stack[q->depth++] = t->fam;
				t->flags |= TF_INQ;
			} else {
				t->flags |= TF_INQ;
			}
			continue;
		}
		/* a closing mark: find its opener */
		int d = q->depth - 1;
		while (d >= 0 && q->stack[d] != t->fam)
			d--;
		if (d < 0) {
			if (cur >= 0)
				t->flags |= TF_INQ;
			continue;    /* stray closer or apostrophe */
		}
		q->depth = d;
		if (d == 0) {
			q->wq[cur].close_tok = (int)i;
			t->quote = (int32_t)cur;
			t->role = M_CLOSE;
			cur = -1;
		} else {
			t->flags |= TF_INQ;
		}
	}
}

/* Text of a quote within this record, from byte a to b, with paragraph
 * joins ("\n“") made one space. Appends to dst. */
void nfq_quote_part(struct nf_quotes *q, struct nf_buf *dst, size_t a,
	size_t b, int joined)
{
	if (!joined) {
		nf_buf_add(dst, q->text + a, b - a);
		return;
	}
	size_t p = a;
	/* tokens are in text order: start at the first one at or after a and
	 * stop at b, so a record of many joined quotes costs its length */
	size_t lo = 0, hi = q->ntok;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (q->tok[mid].off < a)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < q->ntok && q->tok[i].off < b; i++) {
		struct tok *t = &q->tok[i];
		if (t->type == T_PARA || (t->flags & TF_SKIPMARK)) {
			size_t e = t->off;
			while (e > p && q->text[e - 1] == ' ')
				e--;
			nf_buf_add(dst, q->text + p, e - p);
			p = t->off + t->len;
			while (p < b && q->text[p] == ' ')
				p++;
			if (t->type == T_PARA && dst->len &&
				dst->data[dst->len - 1] != ' ')
				nf_buf_addc(dst, ' ');
		}
	}
	nf_buf_add(dst, q->text + p, b - p);
}
