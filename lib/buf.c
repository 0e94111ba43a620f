/* buf.c: the growing byte buffer and allocation that cannot fail. A tool
 * that runs out of memory says so and exits rather than limp on. */
#include <stdio.h>
#include <stdlib.h>

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

void nf_buf_addi(struct nf_buf *b, long long v)
{
	char tmp[24], *p = tmp + sizeof tmp;
	unsigned long long u = v < 0 ? -(unsigned long long)v : (unsigned long long)v;

	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		*--p = '-';
	nf_buf_add(b, p, (size_t)(tmp + sizeof tmp - p));
}
