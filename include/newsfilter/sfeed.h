/* sfeed.h: one line of sfeed(5) TSV, the format sfeed(1) writes for each
 * feed item: timestamp, title, link, content, content-type, id, author,
 * enclosure, category. */
#ifndef NEWSFILTER_SFEED_H
#define NEWSFILTER_SFEED_H

#include <stddef.h>

#include "newsfilter/buf.h"

enum nf_sfeed_field {
	NF_SFEED_TIMESTAMP, NF_SFEED_TITLE, NF_SFEED_LINK, NF_SFEED_CONTENT,
	NF_SFEED_CONTENT_TYPE, NF_SFEED_ID, NF_SFEED_AUTHOR, NF_SFEED_ENCLOSURE,
	NF_SFEED_CATEGORY, NF_SFEED_NFIELDS
};

struct nf_sfeed_item {
	const char *field[NF_SFEED_NFIELDS];  /* slices; missing fields are "" */
	size_t len[NF_SFEED_NFIELDS];
	long long timestamp;   /* UNIX time, valid when has_timestamp */
	int has_timestamp;
	int is_html;           /* content-type is "html" */
	const char *doc_id;    /* the item id, or the link when it has none */
	size_t doc_id_len;
};

/* Split line[0..len) (without its newline) into fields. The content field
 * is unescaped (\\ \t \n; other escapes are dropped, as sfeed's own tools
 * do) into scratch, which is reset; the other fields point into line.
 * Returns 1 for an item, 0 for a blank line, -1 for a line that is not
 * sfeed TSV (no TAB, or a timestamp that is not a number). */
int nf_sfeed_parse(const char *line, size_t len, struct nf_sfeed_item *it,
	struct nf_buf *scratch);

/* Append the item's document text to out: the title, "\n\n", then the
 * content (HTML through nf_html_to_text, plain text with its line breaks
 * kept); either part may be empty. The text is valid UTF-8 without NUL. */
void nf_sfeed_text(const struct nf_sfeed_item *it, struct nf_buf *out);

#endif
