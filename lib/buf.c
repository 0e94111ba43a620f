/* buf.c: the growing byte buffer and allocation that cannot fail. A tool
 * that runs out of memory says so and exits rather than limp on. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsfilter/buf.h"
#include "newsfilter/msg.h"

void *nf_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		nf_die(1, "out of memory (%zu bytes)", n);
	return p;
}

void *nf_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		nf_die(1, "out of memory (%zu bytes)", n);
	return p;
}

void *nf_xcalloc(size_t n, size_t m)
{
	void *p = calloc(n ? n : 1, m ? m : 1);
	if (!p)
		nf_die(1, "out of memory (%zu x %zu bytes)", n, m);
	return p;
}

void nf_buf_grow(struct nf_buf *b, size_t n)
{
	size_t cap = b->cap ? b->cap : 256;

	if (b->cap - b->len >= n && b->data)
		return;
	if (n > (size_t)-1 - b->len)
		nf_die(1, "out of memory");
	while (cap - b->len < n)
		cap = cap > ((size_t)-1) / 2 ? (size_t)-1 : cap * 2;
	b->data = nf_xrealloc(b->data, cap);
	b->cap = cap;
}

void nf_buf_free(struct nf_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

/* Two digits per division: integers are a good part of every output
 * record (start, end, line, sent). */
static const char digit_pairs[201] =
	"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	"8081828384858687888990919293949596979899";

size_t nf_fmt_int(char *out, long long v)
{
	unsigned long long u = v < 0 ? -(unsigned long long)v : (unsigned long long)v;
	char tmp[48], *end = tmp + 24, *p = end;

	/* Written backwards, two digits a step, then moved with one copy of
	 * a fixed size: no digit count and no call. */
	memset(end, 0, 24);
	for (; u > 0xFFFFFFFFu; u /= 100) {
		p -= 2;
		memcpy(p, digit_pairs + 2 * (u % 100), 2);
	}
	uint32_t x = (uint32_t)u;	/* the usual case, in cheaper arithmetic */
	for (; x >= 100; x /= 100) {
		p -= 2;
		memcpy(p, digit_pairs + 2 * (x % 100), 2);
	}
	if (x >= 10) {
		p -= 2;
		memcpy(p, digit_pairs + 2 * x, 2);
	} else {
		*--p = (char)('0' + x);
	}
	if (v < 0)
		*--p = '-';
	memcpy(out, p, NF_FMT_INT_MAX);
	return (size_t)(end - p);
}

void nf_buf_addi(struct nf_buf *b, long long v)
{
	if (b->cap - b->len < NF_FMT_INT_MAX)
		nf_buf_grow(b, NF_FMT_INT_MAX);
	b->len += nf_fmt_int(b->data + b->len, v);
}
