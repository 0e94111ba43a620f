/* utf8.h: UTF-8 scanning shared by every module: code point counts for
 * offsets, decoding one code point, and cleaning bytes that are not UTF-8. */
#ifndef NEWSFILTER_UTF8_H
#define NEWSFILTER_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "newsfilter/buf.h"

/* Number of code points in s[0..len). s must be valid UTF-8 (records are). */
size_t nf_utf8_count(const char *s, size_t len);

/* Decode the code point at s[0..len), len > 0; store its byte length in *n.
 * Invalid or truncated sequences decode as U+FFFD with *n = 1. */
int32_t nf_utf8_decode(const char *s, size_t len, size_t *n);

/* Encode cp into out (at least 4 bytes); returns the byte count. */
size_t nf_utf8_encode(int32_t cp, char *out);

/* Length of the longest prefix of s that is valid UTF-8 with no NUL and no
 * CR byte: the fast path for clean text. */
size_t nf_utf8_clean_prefix(const char *s, size_t len);

/* Append s to out with every invalid sequence replaced by U+FFFD and NUL
 * replaced by a space; returns the number of replacements made. */
size_t nf_utf8_sanitize(struct nf_buf *out, const char *s, size_t len);

#endif
