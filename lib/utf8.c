/* utf8.c: UTF-8 decoding (utf8proc), code point counting for offsets, and
 * the cleaning of input bytes: invalid sequences become U+FFFD, NUL a space.
 * Clean ASCII is checked sixteen bytes at a time, since it is most news. */
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "newsfilter/utf8.h"
#include "simd.h"

#if !defined(__SSE2__)
#define ONES  0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

static inline uint64_t load8(const char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
	return w;
}
#endif

size_t nf_utf8_count(const char *s, size_t len)
{
	size_t n = 0, i = 0;

#if defined(__SSE2__)
	/* Sixteen bytes a step: each continuation byte (0x80..0xBF, below
	 * -64 as a signed byte) subtracts one from a byte counter, summed
	 * before any counter can wrap. */
	const __m128i lim = _mm_set1_epi8(-64), zero = _mm_setzero_si128();
	while (i + 16 <= len) {
		__m128i acc = zero;
		size_t stop = len - i >= 255 * 16 ? i + 255 * 16 : i + (len - i) / 16 * 16;
		for (; i < stop; i += 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
			acc = _mm_sub_epi8(acc, _mm_cmplt_epi8(v, lim));
		}
		__m128i sum = _mm_sad_epu8(acc, zero);
		n += (size_t)_mm_cvtsi128_si32(sum) + (size_t)_mm_cvtsi128_si32(_mm_srli_si128(sum, 8));
	}
	if (i < len && len >= 16) {
		/* The last bytes: the final sixteen, those already counted
		 * masked off by their index. */
		const __m128i idx = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + len - 16));
		__m128i fresh = _mm_cmpgt_epi8(idx, _mm_set1_epi8((char)(15 - (len - i))));
		__m128i sum = _mm_sad_epu8(_mm_and_si128(_mm_and_si128(_mm_cmplt_epi8(v, lim), fresh),
		    _mm_set1_epi8(1)), zero);
		n += (size_t)_mm_cvtsi128_si32(sum) + (size_t)_mm_cvtsi128_si32(_mm_srli_si128(sum, 8));
		i = len;
	}
	n = i - n;	/* bytes so far, less their continuation bytes */
#else
	/* Count the bytes that are not continuation bytes (10xxxxxx). */
	for (; i + 8 <= len; i += 8) {
		uint64_t w = load8(s + i);
		uint64_t cont = w & ~(w << 1) & HIGHS; /* bit7 set, bit6 clear */
		/* Sum the eight 0/1 flags with one multiply (no popcnt needed). */
		n += 8 - (size_t)(((cont >> 7) * ONES) >> 56);
	}
#endif
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

	/* Sixteen bytes a step: the ASCII ones need no look, NUL and CR end
	 * the prefix, and each multibyte sequence found in the block is
	 * checked in turn without loading the block again. */
	while (i + 16 <= len) {
		size_t base = i;
		nf_v16 v = nf_v16_load(s + base);
		unsigned hi = nf_v16_mask(v);
		unsigned bad = nf_v16_mask(nf_v16_or(nf_v16_eq(v, 0), nf_v16_eq(v, '\r')));
		unsigned m = hi | bad;
		i = base + 16;
		while (m) {
			unsigned k = nf_lowbit(m);
			if (bad >> k & 1)
				return base + k;
			n = valid_sequence((const unsigned char *)s + base + k, len - base - k);
			if (!n)
				return base + k;
			if (k + n >= 16) {	/* it runs into the next block */
				i = base + k + n;
				break;
			}
			m &= ~0u << (k + n);
		}
	}
	while (i < len) {
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
