/* buf.h: a growing byte buffer, the one allocation pattern of the library.
 * Output records, joined paragraphs and unescaped JSON strings live in one. */
#ifndef NEWSFILTER_BUF_H
#define NEWSFILTER_BUF_H

#include <stddef.h>
#include <string.h>

struct nf_buf {
	char *data;
	size_t len, cap;
};

/* Make room for n more bytes; aborts with a message when memory runs out. */
void nf_buf_grow(struct nf_buf *b, size_t n);
void nf_buf_free(struct nf_buf *b);

static inline void nf_buf_add(struct nf_buf *b, const void *p, size_t n)
{
	if (b->cap - b->len < n)
		nf_buf_grow(b, n);
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
}

static inline void nf_buf_addc(struct nf_buf *b, char c)
{
	if (b->cap == b->len)
		nf_buf_grow(b, 1);
	b->data[b->len++] = c;
}

static inline void nf_buf_adds(struct nf_buf *b, const char *s)
{
	nf_buf_add(b, s, strlen(s));
}

/* Append a decimal integer. */
void nf_buf_addi(struct nf_buf *b, long long v);

/* Write v in decimal at out, which has room for NF_FMT_INT_MAX bytes (all
 * may be written); returns the length of the number. */
#define NF_FMT_INT_MAX 24
size_t nf_fmt_int(char *out, long long v);

/* Allocation that cannot fail: on exhaustion, message and exit 1. */
void *nf_xmalloc(size_t n);
void *nf_xrealloc(void *p, size_t n);
void *nf_xcalloc(size_t n, size_t m);

#endif
