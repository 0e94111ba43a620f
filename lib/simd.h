/* simd.h: sixteen bytes at a time, for the byte scans that take most of a
 * tool's time (lines, UTF-8, sentence marks, escaping). SSE2, which every
 * x86-64 has, where the compiler offers it; elsewhere plain C with the same
 * meaning, so the library builds anywhere. Private to lib/. */
#ifndef NEWSFILTER_SIMD_H
#define NEWSFILTER_SIMD_H

#include <stddef.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>

typedef __m128i nf_v16;

static inline nf_v16 nf_v16_load(const void *p)
{
	return _mm_loadu_si128((const __m128i *)p);
}

/* Each byte 0xFF where v's byte equals c, else 0. */
static inline nf_v16 nf_v16_eq(nf_v16 v, unsigned char c)
{
	return _mm_cmpeq_epi8(v, _mm_set1_epi8((char)c));
}

/* Each byte 0xFF where v's byte, unsigned, is below c (1 <= c <= 255). */
static inline nf_v16 nf_v16_below(nf_v16 v, unsigned char c)
{
	const __m128i m = _mm_set1_epi8((char)(c - 1));
	return _mm_cmpeq_epi8(_mm_max_epu8(v, m), m);
}

/* ... at or above c. */
static inline nf_v16 nf_v16_atleast(nf_v16 v, unsigned char c)
{
	const __m128i m = _mm_set1_epi8((char)c);
	return _mm_cmpeq_epi8(_mm_max_epu8(v, m), v);
}

static inline nf_v16 nf_v16_or(nf_v16 a, nf_v16 b)
{
	return _mm_or_si128(a, b);
}

static inline nf_v16 nf_v16_and(nf_v16 a, nf_v16 b)
{
	return _mm_and_si128(a, b);
}

static inline void nf_v16_store(void *p, nf_v16 v)
{
	_mm_storeu_si128((__m128i *)p, v);
}

/* Bit i set when the top bit of byte i is: of a comparison, where it held;
 * of raw bytes, where they are not ASCII. */
static inline unsigned nf_v16_mask(nf_v16 v)
{
	return (unsigned)_mm_movemask_epi8(v);
}

#else

typedef struct { unsigned char b[16]; } nf_v16;

static inline nf_v16 nf_v16_load(const void *p)
{
	nf_v16 v;
	memcpy(v.b, p, 16);
	return v;
}

static inline nf_v16 nf_v16_eq(nf_v16 v, unsigned char c)
{
	for (int i = 0; i < 16; i++)
		v.b[i] = v.b[i] == c ? 0xFF : 0;
	return v;
}

static inline nf_v16 nf_v16_below(nf_v16 v, unsigned char c)
{
	for (int i = 0; i < 16; i++)
		v.b[i] = v.b[i] < c ? 0xFF : 0;
	return v;
}

static inline nf_v16 nf_v16_atleast(nf_v16 v, unsigned char c)
{
	for (int i = 0; i < 16; i++)
		v.b[i] = v.b[i] >= c ? 0xFF : 0;
	return v;
}

static inline nf_v16 nf_v16_or(nf_v16 a, nf_v16 b)
{
	for (int i = 0; i < 16; i++)
		a.b[i] |= b.b[i];
	return a;
}

static inline nf_v16 nf_v16_and(nf_v16 a, nf_v16 b)
{
	for (int i = 0; i < 16; i++)
		a.b[i] &= b.b[i];
	return a;
}

static inline void nf_v16_store(void *p, nf_v16 v)
{
	memcpy(p, v.b, 16);
}

static inline unsigned nf_v16_mask(nf_v16 v)
{
	unsigned m = 0;
	for (int i = 0; i < 16; i++)
		m |= (unsigned)(v.b[i] >> 7) << i;
	return m;
}

#endif

/* Index of the lowest set bit of m, m != 0. */
static inline unsigned nf_lowbit(unsigned m)
{
#if defined(__GNUC__)
	return (unsigned)__builtin_ctz(m);
#else
	unsigned i = 0;
	while (!(m & 1))
		m >>= 1, i++;
	return i;
#endif
}

#endif
