/* html.h: HTML to plain text for WARC bodies and feed content: tags
 * dropped, entities decoded, block elements turned into paragraph breaks. */
#ifndef NEWSFILTER_HTML_H
#define NEWSFILTER_HTML_H

#include <stddef.h>
#include <stdint.h>

#include "newsfilter/buf.h"

/* Append the text of html[0..len) to out: valid UTF-8 without NUL or CR,
 * paragraphs separated by "\n\n", white space within a paragraph collapsed
 * to one space, no break or space at either end. The contents of head,
 * script, style, noscript, template, textarea, svg, math and comments are
 * dropped; CDATA sections are kept as text; &nbsp; and U+00A0 become a
 * plain space. Broken HTML is read the way a browser would show it, in
 * time linear in len. */
void nf_html_to_text(const char *html, size_t len, struct nf_buf *out);

/* The code point of byte b (0x80-0x9F) in windows-1252, which browsers
 * use for those bytes and for &#128; to &#159;; b itself where undefined. */
int32_t nf_html_cp1252(unsigned char b);

/* Decode the entity at s[0..len), which starts with '&'. On success store
 * its code point (or -1 for one that stands for nothing, like &shy;) in
 * *cp and return the bytes it spans; return 0 when s does not start an
 * entity (the '&' is then literal text). */
size_t nf_html_entity(const char *s, size_t len, int32_t *cp);

#endif
