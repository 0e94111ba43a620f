/* json.h: the JSON this project reads: one object per line, validated in
 * full (RFC 8259), its top-level members returned as raw slices so that
 * only the fields a tool needs are ever unescaped. */
#ifndef NEWSFILTER_JSON_H
#define NEWSFILTER_JSON_H

#include <stddef.h>

#include "newsfilter/buf.h"

enum nf_json_type {
	NF_JSON_NULL, NF_JSON_FALSE, NF_JSON_TRUE, NF_JSON_NUMBER,
	NF_JSON_STRING, NF_JSON_ARRAY, NF_JSON_OBJECT
};

struct nf_json_member {
	const char *key;          /* raw, inside the quotes, still escaped */
	size_t key_len;
	int key_escaped;          /* the key holds a backslash */
	const char *val;          /* the raw value; strings with their quotes */
	size_t val_len;
	enum nf_json_type type;
};

struct nf_json_object {
	struct nf_json_member *m;
	size_t n, cap;
};

/* Parse s[0..len) as one JSON object (white space around it allowed).
 * Returns 0, or -1 with *err a static message and *errpos the byte offset. */
int nf_json_parse_object(const char *s, size_t len, struct nf_json_object *obj,
	const char **err, size_t *errpos);

/* The last member whose key equals name (later duplicates win, as in jq). */
const struct nf_json_member *nf_json_get(const struct nf_json_object *obj,
	const char *name);

/* Append the unescaped contents of a raw JSON string (with its quotes) to
 * out. \u0000 becomes a space and a lone surrogate U+FFFD, as DESIGN.md
 * asks of all input; returns the number of such replacements. */
size_t nf_json_unescape(const char *raw, size_t len, struct nf_buf *out);

/* Append s as a JSON string, quotes included: RFC 8259 escapes, non-ASCII
 * as UTF-8 except U+2028 and U+2029, which are escaped. */
void nf_json_escape(struct nf_buf *out, const char *s, size_t len);

/* Is a raw value (as nf_json_parse_object gives it) safe to write as it is:
 * valid UTF-8, with no raw U+2028 or U+2029? */
int nf_json_raw_is_clean(const char *raw, size_t len);

/* Append a raw value to out made safe to write: bytes that are not UTF-8
 * become U+FFFD and a raw U+2028 or U+2029 its \u escape. Both can stand
 * only inside strings, so the value stays the same JSON. Returns the number
 * of invalid sequences replaced. */
size_t nf_json_raw_clean(struct nf_buf *out, const char *raw, size_t len);

void nf_json_object_free(struct nf_json_object *obj);

#endif
