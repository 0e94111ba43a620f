/* layout.c: wrapped prose or one paragraph per line, decided per input from
 * the lengths of its first lines; and where a wrapped paragraph ends early
 * (a headline, a dateline, a byline on a line of its own). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "newsfilter/layout.h"
#include "newsfilter/utf8.h"

static int blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\n' || c == '\r';
}

void nf_layout_detect(struct nf_layout *l, const char *s, size_t len)
{
	size_t lens[NF_LAYOUT_LINES], bytes[NF_LAYOUT_LINES];
	size_t n = 0, total = 0, longer = 0, i = 0;

	if (len > NF_LAYOUT_BYTES)
		len = NF_LAYOUT_BYTES;
	while (i < len && n < NF_LAYOUT_LINES) {
		size_t b = i, e;
		while (i < len && s[i] != '\n' && s[i] != '\r')
			i++;
		e = i++;
		while (e > b && blank((unsigned char)s[e - 1]))
			e--;
		if (b == e)
			continue;
		/* leading white space counts: wrapping counted it */
		/* a line cut at the end of the sample counts with what is seen:
		 * it is at least that long */
		size_t cp = nf_utf8_count(s + b, e - b);
		total += cp;
		if (cp > NF_LAYOUT_LONG)
			longer += cp;
		/* insertion keeps lens and bytes sorted for the percentile */
		size_t k = n;
		for (; k > 0 && lens[k - 1] > cp; k--)
			lens[k] = lens[k - 1];
		lens[k] = cp;
		for (k = n; k > 0 && bytes[k - 1] > e - b; k--)
			bytes[k] = bytes[k - 1];
		bytes[k] = e - b;
		n++;
	}
	/* Lines longer than any wrap width in use hold most of the text:
	 * each line is a paragraph. */
	l->per_line = total > 0 && 2 * longer >= total;
	/* The width wrapped lines fill: what nine lines in ten stay within,
	 * so that a stray long line (a URL) does not set it. */
	l->width = n ? lens[(n * 9 + 9) / 10 - 1] : 0;
	l->width_bytes = n ? bytes[(n * 9 + 9) / 10 - 1] : 0;
}

/* The code point that ends s[0..len), len > 0, and where it starts. */
static int32_t last_char(const char *s, size_t len, size_t *at)
{
	size_t i = len - 1, n;
	while (i > 0 && len - i < 4 && ((unsigned char)s[i] & 0xC0) == 0x80)
		i--;
	*at = i;
	return nf_utf8_decode(s + i, len - i, &n);
}

/* Punctuation that ends a sentence or carries it on to the next line. */
static int final_punct(int32_t c)
{
	switch (c) {
	case '.': case ',': case ';': case ':': case '!': case '?':
	case '-': case '/': case '&': case '(':
	case 0x2012: case 0x2013: case 0x2014: case 0x2015:	/* dashes */
	case 0x2026:						/* ellipsis */
	case 0x060C: case 0x061F: case 0x06D4:			/* Arabic */
	case 0x0964: case 0x0965:				/* dandas */
	case 0x3001: case 0x3002:				/* ideographic */
	case 0xFF01: case 0xFF0C: case 0xFF1A: case 0xFF1B: case 0xFF1F:
		return 1;
	}
	return 0;
}

/* Words a heading does not end with but a wrapped line often does:
 * articles, prepositions, conjunctions, determiners. Sorted. */
static const char *const runs_on[] = {
	"a", "an", "and", "as", "at", "but", "by", "for", "from", "her", "his",
	"if", "in", "into", "its", "nor", "of", "on", "onto", "or", "our",
	"than", "that", "the", "their", "these", "this", "those", "to", "under",
	"upon", "whether", "with", "your",
};

static int word_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Does line[0..len) end in one of runs_on (any case)? */
static int ends_running_on(const char *line, size_t len)
{
	char w[8];
	size_t b = len, n;
	while (b > 0 && ((line[b - 1] | 0x20) >= 'a' && (line[b - 1] | 0x20) <= 'z'))
		b--;
	n = len - b;
	if (n == 0 || n >= sizeof w || (b > 0 && line[b - 1] != ' '))
		return 0;
	for (size_t i = 0; i < n; i++)
		w[i] = (char)(line[b + i] | 0x20);
	w[n] = '\0';
	const char *key = w;
	return bsearch(&key, runs_on, sizeof runs_on / sizeof runs_on[0],
	               sizeof runs_on[0], word_cmp) != NULL;
}

static int closer(int32_t c)
{
	return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' ||
	       c == 0x2019 || c == 0x201D || c == 0x00BB || c == 0x203A;
}

static int opener(int32_t c)
{
	return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{' ||
	       c == 0x2018 || c == 0x201C || c == 0x00AB || c == 0x2039 ||
	       c == 0x00BF || c == 0x00A1;
}

int nf_layout_breaks(const struct nf_layout *l, const char *line, size_t len,
                     size_t indent, const char *next, size_t next_len)
{
	size_t word = 0, at, n;
	int32_t c;

	if (l->per_line)
		return 1;
	/* Would the next line's first word have fit on this one? Else the
	 * line was wrapped: it goes on. Counted both in characters and in
	 * bytes (as fold(1) and some others wrap), it must fit both ways. */
	while (word < next_len && next[word] != ' ' && next[word] != '\t')
		word++;
	if (indent + nf_utf8_count(line, len) + 1 + nf_utf8_count(next, word) > l->width ||
	    indent + len + 1 + word > l->width_bytes)
		return 0;
	/* Ended early with no final punctuation: a heading, unless the next
	 * line carries on in lower case. */
	do
		c = last_char(line, len, &at);
	while (closer(c) && (len = at) > 0);
	if (len == 0 || final_punct(c) || ends_running_on(line, len))
		return 0;
	size_t i = 0;
	do {
		c = nf_utf8_decode(next + i, next_len - i, &n);
		i += n;
	} while (opener(c) && i < next_len);
	return utf8proc_category(c) != UTF8PROC_CATEGORY_LL;
}
