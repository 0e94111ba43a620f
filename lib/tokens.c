/* tokens.c: the shared tokenizer, CoNLL-2003 style: words with their inner
 * hyphens and apostrophes, numbers with inner . and , , clitics split off
 * (Russia’s -> Russia ’s), abbreviations keeping their period. */
#include <stdint.h>

#include <utf8proc.h>

#include "newsfilter/buf.h"
#include "newsfilter/tokens.h"

enum { C_SPACE, C_UPPER, C_LOWER, C_LETTER, C_DIGIT, C_MARK, C_OTHER };

/* Class of the code point at s[i..len); its byte length in *n. */
static int cclass(const char *s, size_t len, size_t i, size_t *n, int32_t *cpp)
{
	unsigned char c = (unsigned char)s[i];
	if (c < 0x80) {
		*n = 1;
		*cpp = c;
		if (c >= 'a' && c <= 'z') return C_LOWER;
		if (c >= 'A' && c <= 'Z') return C_UPPER;
		if (c >= '0' && c <= '9') return C_DIGIT;
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
		    c == '\v' || c == 0)
			return C_SPACE;
		if (c < 0x20 || c == 0x7f) return C_SPACE;
		return C_OTHER;
	}
	utf8proc_int32_t cp;
	utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		(utf8proc_ssize_t)(len - i), &cp);
	if (k <= 0) {
		*n = 1;
		*cpp = 0xFFFD;
		return C_OTHER;
	}
	*n = (size_t)k;
	*cpp = cp;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT: return C_UPPER;
	case UTF8PROC_CATEGORY_LL: return C_LOWER;
	case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: return C_LETTER;
	case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO: return C_DIGIT;
	case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME: return C_MARK;
	case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_CC: return C_SPACE;
	case UTF8PROC_CATEGORY_CF:
		return cp == 0x200B || cp == 0xFEFF || cp == 0x2060 ? C_SPACE : C_MARK;
	default: return C_OTHER;
	}
}

static int is_alnum(int c)
{
	return c == C_UPPER || c == C_LOWER || c == C_LETTER || c == C_DIGIT || c == C_MARK;
}

static int is_apos(int32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x2018;
}

static int lower_ascii(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* Abbreviations that keep their period (lower case, without the period). */
static int is_abbrev(const char *s, size_t n)
{
	static const char *const abbr[] = {
		"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "corp",
		"co", "ltd", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt",
		"maj", "adm", "cmdr", "rev", "hon", "no", "vs", "etc", "jan", "feb",
		"mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
		"ave", "bros", "messrs", "pres", "supt", "dept", "univ", "assn",
		"est", "approx", "fig", "vol", "pp", "op", "cf", "al", "plc",
		"coun", "ald", "cst", "pvt", "msgr", "commr", "supv", NULL,
	};
	if (n > 6)
		return 0;
	for (int i = 0; abbr[i]; i++) {
		const char *a = abbr[i];
		size_t k = 0;
		while (k < n && a[k] && lower_ascii((unsigned char)s[k]) == a[k])
			k++;
		if (k == n && !a[k])
			return 1;
	}
	return 0;
}

/* Is there a clitic ('s 're 've 'll 'd 'm) at s[i], after the apostrophe of
 * byte length an? Returns its total byte length, or 0. */
static size_t clitic_at(const char *s, size_t len, size_t i, size_t an)
{
	size_t j = i + an, n;
	int32_t cp;
	static const char *const cl[] = { "s", "re", "ve", "ll", "d", "m", NULL };
	for (int k = 0; cl[k]; k++) {
		size_t m = 0;
		while (cl[k][m] && j + m < len &&
		       lower_ascii((unsigned char)s[j + m]) == cl[k][m])
			m++;
		if (cl[k][m])
			continue;
		if (j + m >= len || !is_alnum(cclass(s, len, j + m, &n, &cp)))
			return an + m;
	}
	return 0;
}

int nf_token_next(const char *s, size_t len, size_t *pos, struct nf_token *t)
{
	size_t i = *pos, n;
	int32_t cp;
	int c;
	int space = i == 0;
	for (;;) {
		if (i >= len) {
			*pos = len;
			return 0;
		}
		c = cclass(s, len, i, &n, &cp);
		if (c != C_SPACE)
			break;
		space = 1;
		i += n;
	}
	t->start = i;
	t->flags = space ? NF_TOKF_SPACE : 0;

	if (is_apos(cp) && !space) {
		size_t k = clitic_at(s, len, i, n);
		if (k) {
			t->end = i + k;
			t->kind = NF_TOK_CLITIC;
			if ((unsigned char)s[i + n] >= 'a')
				t->flags |= NF_TOKF_LOWER;
			else
				t->flags |= NF_TOKF_ALLUPPER;
			*pos = t->end;
			return 1;
		}
	}
	if (!is_alnum(c)) {
		size_t j = i + n;
		if (cp == '.' || cp == '-' || cp == '*' || cp == '=' || cp == '!' || cp == '?')
			while (j < len && s[j] == (char)cp)
				j++;
		t->end = j;
		t->kind = NF_TOK_PUNCT;
		*pos = j;
		return 1;
	}

	/* A word or number. */
	int numeric = c == C_DIGIT;
	int first = 1, seglen = 0, dots = 0, letters = 0;
	unsigned flags = t->flags;
	size_t j = i, last_start = i;
	int prev_n = 0;
	int kind = NF_TOK_WORD;
scan:
	for (;;) {
		if (j >= len)
			break;
		c = cclass(s, len, j, &n, &cp);
		if (is_alnum(c)) {
			if (c == C_UPPER) {
				if (first) flags |= NF_TOKF_UPPER1;
				letters++;
			} else if (c == C_LOWER) {
				flags |= NF_TOKF_LOWER;
				letters++;
			} else if (c == C_LETTER) {
				letters++;
			} else if (c == C_DIGIT) {
				flags |= NF_TOKF_DIGIT;
			}
			if (c != C_MARK && c != C_DIGIT)
				first = 0;
			prev_n = cp == 'n' || cp == 'N';
			last_start = j;
			j += n;
			seglen++;
			continue;
		}
		/* A joiner between two alphanumerics? */
		size_t n2 = 0;
		int32_t cp2 = 0;
		int c2 = j + n < len ? cclass(s, len, j + n, &n2, &cp2) : C_SPACE;
		if ((cp == '-' || cp == 0x2010 || cp == 0x2011) && is_alnum(c2)) {
			j += n;
			seglen = 0;
			continue;
		}
		if (cp == '&' && is_alnum(c2) && c2 != C_DIGIT && letters > 0 &&
		    !(flags & NF_TOKF_LOWER) && c2 == C_UPPER) {
			j += n;
			seglen = 0;
			continue;
		}
		if ((cp == '.' || cp == ',') && numeric && c2 == C_DIGIT) {
			j += n;
			seglen = 0;
			continue;
		}
		if (cp == '.' && !numeric && seglen == 1 && (c2 == C_UPPER || c2 == C_LOWER)) {
			/* U.S, a.m, e.g: single letters joined by periods */
			size_t n3;
			int32_t cp3 = 0;
			int c3 = j + n + n2 < len ? cclass(s, len, j + n + n2, &n3, &cp3) : C_SPACE;
			if (cp3 == '.' || !is_alnum(c3)) {
				j += n;
				seglen = 0;
				dots++;
				continue;
			}
		}
		if (is_apos(cp) && !numeric) {
			if (clitic_at(s, len, j, n))
				break;
			if ((cp2 == 't' || cp2 == 'T') && prev_n) {
				size_t n3;
				int32_t cp3;
				size_t k = j + n + n2;
				if (k >= len || !is_alnum(cclass(s, len, k, &n3, &cp3))) {
					if (last_start > i) {
						j = last_start; /* don't -> do n't */
					} else {
						j = k;          /* n't itself */
						kind = NF_TOK_CLITIC;
					}
					break;
				}
			}
			if (c2 == C_UPPER || c2 == C_LOWER || c2 == C_LETTER) {
				j += n;     /* O'Brien, rock'n'roll */
				seglen = 0;
				continue;
			}
		}
		break;
	}
	if (!numeric && kind == NF_TOK_WORD && j < len && s[j] == '.' &&
	    (dots > 0 || (letters == 1 && j - i <= 2 && (flags & NF_TOKF_UPPER1)) ||
	     is_abbrev(s + i, j - i))) {
		j++;
		flags |= NF_TOKF_PERIOD;
		/* U.S.-based */
		size_t n4;
		int32_t cp4;
		if (j + 1 < len && s[j] == '-' && is_alnum(cclass(s, len, j + 1, &n4, &cp4))) {
			j++;
			seglen = 0;
			flags &= (unsigned)~NF_TOKF_PERIOD;
			dots = 0;
			letters = 2;
			goto scan;
		}
	}
	if (letters > 0 && !(flags & NF_TOKF_LOWER))
		flags |= NF_TOKF_ALLUPPER;
	t->end = j;
	*pos = j;
	t->kind = (unsigned char)(numeric ? NF_TOK_NUMBER : kind);
	t->flags = (unsigned char)flags;
	return 1;
}

size_t nf_tokenize(const char *text, size_t len, struct nf_token **toks, size_t *cap)
{
	size_t pos = 0, n = 0;
	struct nf_token t;
	while (nf_token_next(text, len, &pos, &t)) {
		if (n == *cap) {
			*cap = *cap ? *cap * 2 : 256;
			*toks = nf_xrealloc(*toks, *cap * sizeof **toks);
		}
		(*toks)[n++] = t;
	}
	return n;
}
