/* utf8.c: UTF-8 decoding (utf8proc), code point counting for offsets, and
 * the cleaning of input bytes: invalid sequences become U+FFFD, NUL a space.
 * Clean ASCII is checked eight bytes at a time, since it is most news. */
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "newsfilter/utf8.h"

#define ONES  0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

static inline uint64_t load8(const char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
	return w;
}

/* Nonzero when some byte of w is zero. */
static inline uint64_t has_zero(uint64_t w)
{
	return (w - ONES) & ~w & HIGHS;
}

size_t nf_utf8_count(const char *s, size_t len)
{
	size_t n = 0, i = 0;

	/* Count the bytes that are not continuation bytes (10xxxxxx). */
	for (; i + 8 <= len; i += 8) {
		uint64_t w = load8(s + i);
		uint64_t cont = w & ~(w << 1) & HIGHS; /* bit7 set, bit6 clear */
		/* Sum the eight 0/1 flags with one multiply (no popcnt needed). */
		n += 8 - (size_t)(((cont >> 7) * ONES) >> 56);
	}
	for (; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

int32_t nf_utf8_decode(const char *s, size_t len, size_t *n)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t r;

	if ((unsigned char)s[0] < 0x80) {
		*n = 1;
		return (unsigned char)s[0];
	}
	r = utf8proc_iterate((const utf8proc_uint8_t *)s,
		(utf8proc_ssize_t)(len > 4 ? 4 : len), &cp);
	if (r <= 0) {
		*n = 1;
		return 0xFFFD;
	}
	*n = (size_t)r;
	return cp;
}

size_t nf_utf8_encode(int32_t cp, char *out)
{
	utf8proc_ssize_t r = utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);

	if (r <= 0)
		return (size_t)utf8proc_encode_char(0xFFFD, (utf8proc_uint8_t *)out);
	return (size_t)r;
}

/* Length of the valid multibyte sequence at s (lead byte >= 0x80), or 0.
 * The same verdicts as utf8proc_iterate (no overlongs, no surrogates, no
 * code points past U+10FFFF), inline because curly quotes and dashes make
 * it hot on news text. */
static inline size_t valid_sequence(const unsigned char *s, size_t len)
{
	unsigned c = s[0];

	if (c >= 0xC2 && c <= 0xDF)
		return len >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF) {
		if (len < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F))
			return 0;
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (len < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
		    (s[3] & 0xC0) != 0x80)
			return 0;
		if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] > 0x8F))
			return 0;
		return 4;
	}
	return 0;
}

size_t nf_utf8_clean_prefix(const char *s, size_t len)
{
	size_t i = 0, n;

	while (i < len) {
		while (i + 8 <= len) {
			uint64_t w = load8(s + i);
			if ((w & HIGHS) || has_zero(w) || has_zero(w ^ (ONES * '\r')))
				break;
			i += 8;
		}
		if (i >= len)
			break;
		unsigned char c = (unsigned char)s[i];
		if (c == 0 || c == '\r')
			return i;
		if (c < 0x80) {
			i++;
			continue;
		}
		n = valid_sequence((const unsigned char *)s + i, len - i);
		if (!n)
			return i;
		i += n;
	}
	return len;
}

size_t nf_utf8_sanitize(struct nf_buf *out, const char *s, size_t len)
{
	size_t i = 0, bad = 0, n;

	while (i < len) {
		size_t ok = nf_utf8_clean_prefix(s + i, len - i);
		nf_buf_add(out, s + i, ok);
		i += ok;
		if (i >= len)
			break;
		if (s[i] == 0) {
			nf_buf_addc(out, ' ');
			i++;
		} else if (s[i] == '\r') {
			nf_buf_addc(out, '\r');
			i++;
		} else {
			nf_buf_add(out, "\xEF\xBF\xBD", 3);
			bad++;
			/* Swallow the continuation bytes of a broken sequence so
			 * one broken character gives one replacement. */
			(void)n;
			i++;
			while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80 &&
			    nf_utf8_clean_prefix(s + i, len - i) == 0)
				i++;
		}
	}
	return bad;
}
