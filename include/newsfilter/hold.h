/* hold.h: copies of input records kept past the call that handed them
 * over, for a tool that writes a record's output later (a quote still open
 * at the end of its record, the entities of a document waiting for its
 * last name). The copies share one buffer; clearing it keeps the memory. */
#ifndef NEWSFILTER_HOLD_H
#define NEWSFILTER_HOLD_H

#include <stddef.h>

#include "newsfilter/buf.h"
#include "newsfilter/record.h"

struct nf_held;

struct nf_hold {
	struct nf_buf bytes;     /* ids, file names, texts, kept values */
	struct nf_held *recs;
	size_t n, cap;
	struct nf_kept *kept;    /* the kept fields of the last nf_hold_get */
	size_t keptcap;
};

/* Keep a copy of r (its text too when with_text; otherwise the copy's text
 * is empty); returns its index, counting from 0 after nf_hold_clear. */
size_t nf_hold_add(struct nf_hold *h, const struct nf_record *r, int with_text);

/* The copy at index i, as a record whose pointers stay valid until the
 * next nf_hold_add, nf_hold_get or nf_hold_clear. */
void nf_hold_get(struct nf_hold *h, size_t i, struct nf_record *r);

/* Bytes the copies take, for a caller that bounds what it holds. */
static inline size_t nf_hold_bytes(const struct nf_hold *h)
{
	return h->bytes.len;
}

void nf_hold_clear(struct nf_hold *h);
void nf_hold_free(struct nf_hold *h);

#endif
