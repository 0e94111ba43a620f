/* layout.h: how the lines of a plain-text input make paragraphs. Some text
 * is wrapped prose (a paragraph runs over lines cut at a width); scraped
 * and exported news has one paragraph per line, a headline and a dateline
 * on lines of their own. Which one an input is gets decided from its first
 * lines; in wrapped prose, a line that stops short of the width with no
 * final punctuation (a headline, a dateline, a byline) is a paragraph of
 * its own too. newsfilter(5) gives the rule in full. */
#ifndef NEWSFILTER_LAYOUT_H
#define NEWSFILTER_LAYOUT_H

#include <stddef.h>

struct nf_layout {
	int per_line;     /* every line is a paragraph */
	size_t width;     /* wrapped prose: the wrap width, in code points */
	size_t width_bytes;  /* ... in bytes (fold(1) counts bytes) */
};

/* What the sample says: how many of its first lines it reads, how long a
 * line must be to count as longer than any wrap width, and the bytes it
 * looks at. */
#define NF_LAYOUT_LINES 64
#define NF_LAYOUT_LONG 150
#define NF_LAYOUT_BYTES 65536

/* Decide from the first bytes of an input, blank lines before them dropped
 * (nf_input_peek, then nf_input_ahead, give them); s need not end at a line
 * end. */
void nf_layout_detect(struct nf_layout *l, const char *s, size_t len);

/* Does line[0..len) end its paragraph, with next[0..next_len) the line
 * after it? Both are trimmed of white space and not empty; indent is the
 * number of white-space bytes trimmed from the start of line. */
int nf_layout_breaks(const struct nf_layout *l, const char *line, size_t len,
                     size_t indent, const char *next, size_t next_len);

#endif
