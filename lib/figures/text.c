/* text.c: reading around a number: words compared and looked up, code
 * points before a position, the spaces allowed inside a figure. */
#include <string.h>

#include <utf8proc.h>

#include "scan.h"

/* Does t[i..e) equal the lower-case word w, ignoring ASCII case? */
int weq(const struct sc *s, size_t i, size_t e, const char *w)
{
	size_t k = 0;

	if (e > s->n)
		return 0;
	for (; i < e; i++, k++)
		if (!w[k] || lc((unsigned char)s->t[i]) != (unsigned char)w[k])
			return 0;
	return w[k] == 0;
}

/* The same, with case kept. */
int seq(const struct sc *s, size_t i, size_t e, const char *w)
{
	size_t k = e - i;

	return e <= s->n && strlen(w) == k && memcmp(s->t + i, w, k) == 0;
}

const struct nf_fig_lex *lex_at(const struct sc *s, size_t i, size_t e)
{
	struct lexcache *c = s->cache;

	if (e <= i || e > s->n)
		return NULL;
	if (c->lw != s->t + i || c->ll != e - i) {
		c->lw = s->t + i;
		c->ll = e - i;
		c->le = nf_fig_lex_find(s->t + i, e - i);
	}
	return c->le;
}

const struct nf_fig_sym *sym_at(const struct sc *s, size_t i, size_t e)
{
	struct lexcache *c = s->cache;

	if (e <= i || e > s->n)
		return NULL;
	if (c->sw != s->t + i || c->sl != e - i) {
		c->sw = s->t + i;
		c->sl = e - i;
		c->se = nf_fig_sym_find(s->t + i, e - i);
	}
	return c->se;
}

int lex_has(const struct sc *s, size_t i, size_t e, unsigned role)
{
	const struct nf_fig_lex *x = lex_at(s, i, e);

	return x && (x->roles & role);
}

/* The code point that ends at byte i, and its start in *st. */
int32_t cp_before(const struct sc *s, size_t i, size_t *st)
{
	size_t j = i;
	int32_t cp;
	utf8proc_ssize_t r;

	if (i == 0) {
		*st = 0;
		return -1;
	}
	j = i - 1;
	if ((unsigned char)s->t[j] < 0x80) {
		*st = j;
		return (unsigned char)s->t[j];
	}
	while (j > 0 && i - j < 4 && ((unsigned char)s->t[j] & 0xC0) == 0x80)
		j--;
	r = utf8proc_iterate((const utf8proc_uint8_t *)s->t + j,
		(utf8proc_ssize_t)(i - j), &cp);
	if (r != (utf8proc_ssize_t)(i - j)) {
		*st = i - 1;
		return 0xFFFD;
	}
	*st = j;
	return cp;
}

int cp_is_letter(int32_t cp)
{
	if (cp < 0)
		return 0;
	if (cp < 0x80)
		return is_alpha(cp);
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
		return 1;
	default:
		return 0;
	}
}

/* Spaces inside a figure: blanks and the no-break and thin spaces. */
size_t space_len(const struct sc *s, size_t i)
{
	int c = at(s, i);

	if (c == ' ' || c == '\t')
		return 1;
	if (c == 0xC2 && at(s, i + 1) == 0xA0)
		return 2;
	if (c == 0xE2 && at(s, i + 1) == 0x80 &&
	    (at(s, i + 2) == 0xAF || at(s, i + 2) == 0x89 || at(s, i + 2) == 0x8A))
		return 3;
	return 0;
}

size_t skip_sp(const struct sc *s, size_t i)
{
	size_t k;

	while ((k = space_len(s, i)) != 0)
		i += k;
	return i;
}

/* Back over spaces from i; returns the position after the word before. */
size_t back_sp(const struct sc *s, size_t i)
{
	for (;;) {
		if (i > 0 && (s->t[i - 1] == ' ' || s->t[i - 1] == '\t'))
			i--;
		else if (i > 1 && (unsigned char)s->t[i - 2] == 0xC2 &&
		    (unsigned char)s->t[i - 1] == 0xA0)
			i -= 2;
		else
			return i;
	}
}

/* The word (letters, any script) ending at e; returns its start (== e
 * when there is none). */
size_t word_start_back(const struct sc *s, size_t e)
{
	size_t i = e, st;
	int32_t cp;

	for (;;) {
		while (i > 0 && is_alpha((unsigned char)s->t[i - 1]))
			i--;   /* ASCII letters, the common case, byte by byte */
		if (i == 0 || (unsigned char)s->t[i - 1] < 0x80)
			return i;
		cp = cp_before(s, i, &st);
		if (!cp_is_letter(cp))
			break;
		i = st;
	}
	return i;
}

/* The word before position i across at least one space: [*ws, *we).
 * Returns 0 when there is none (punctuation in between). */
int prev_word(const struct sc *s, size_t i, size_t *ws, size_t *we)
{
	size_t e = back_sp(s, i);

	if (e == i || e == 0)
		return 0;
	*we = e;
	*ws = word_start_back(s, e);
	return *ws < e;
}

int prev_word_is(const struct sc *s, size_t i, const char *w)
{
	size_t ws, we;

	return prev_word(s, i, &ws, &we) && weq(s, ws, we, w);
}

/* Is the word after one space at e the word w? */
int next_word_is(const struct sc *s, size_t e, const char *w)
{
	return at(s, e) == ' ' && weq(s, e + 1, word_end(s, e + 1), w);
}

/* Is t[i..e) one of the lower-case words of a short list? */
int word_in(const char *const *list, const struct sc *s, size_t i, size_t e)
{
	int c0;

	if (e <= i)
		return 0;
	c0 = lc((unsigned char)s->t[i]);
	for (; *list; list++)
		if ((*list)[0] == c0 && weq(s, i, e, *list))
			return 1;
	return 0;
}
