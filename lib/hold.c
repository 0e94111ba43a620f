/* hold.c: records copied into one buffer, by offsets, so that the buffer
 * may move as it grows. */
#include <stdlib.h>
#include <string.h>

#include "newsfilter/hold.h"

struct nf_held {
	size_t id, id_len, file, text, len;  /* offsets and lengths in bytes */
	size_t keep, nkeep;  /* offset of nkeep (offset, length, present) triples */
	int id_is_number;
	long line, sent, file_line;
};

static size_t add(struct nf_hold *h, const void *p, size_t n)
{
	size_t off = h->bytes.len;
	nf_buf_add(&h->bytes, p, n);
	return off;
}

size_t nf_hold_add(struct nf_hold *h, const struct nf_record *r, int with_text)
{
	if (h->n == h->cap) {
		h->cap = h->cap ? h->cap * 2 : 64;
		h->recs = nf_xrealloc(h->recs, h->cap * sizeof *h->recs);
	}
	struct nf_held *p = h->recs + h->n;
	p->id = add(h, r->id, r->id_len);
	p->id_len = r->id_len;
	p->id_is_number = r->id_is_number;
	p->line = r->line;
	p->sent = r->sent;
	p->file = add(h, r->file ? r->file : "", r->file ? strlen(r->file) + 1 : 1);
	p->file_line = r->file_line;
	p->len = with_text ? r->len : 0;
	p->text = add(h, r->text, p->len);
	/* the triples first, then the values they point at */
	size_t trip[3] = { 0, 0, 0 };
	p->nkeep = r->nkeep;
	p->keep = h->bytes.len;
	for (size_t i = 0; i < r->nkeep; i++)
		add(h, trip, sizeof trip);
	for (size_t i = 0; i < r->nkeep && r->keep; i++) {
		trip[2] = r->keep[i].json != NULL;
		trip[1] = r->keep[i].json_len;
		trip[0] = trip[2] ? add(h, r->keep[i].json, r->keep[i].json_len) : 0;
		memcpy(h->bytes.data + p->keep + i * sizeof trip, trip, sizeof trip);
	}
	return h->n++;
}

void nf_hold_get(struct nf_hold *h, size_t i, struct nf_record *r)
{
	const struct nf_held *p = h->recs + i;
	const char *b = h->bytes.data;

	memset(r, 0, sizeof *r);
	r->id = b + p->id;
	r->id_len = p->id_len;
	r->id_is_number = p->id_is_number;
	r->line = p->line;
	r->sent = p->sent;
	r->file = b + p->file;
	r->file_line = p->file_line;
	r->text = b + p->text;
	r->len = p->len;
	if (p->nkeep > h->keptcap) {
		h->keptcap = p->nkeep;
		h->kept = nf_xrealloc(h->kept, h->keptcap * sizeof *h->kept);
	}
	for (size_t k = 0; k < p->nkeep; k++) {
		size_t trip[3];
		memcpy(trip, b + p->keep + k * sizeof trip, sizeof trip);
		h->kept[k].json = trip[2] ? b + trip[0] : NULL;
		h->kept[k].json_len = trip[1];
	}
	r->keep = p->nkeep ? h->kept : NULL;
	r->nkeep = p->nkeep;
}

void nf_hold_clear(struct nf_hold *h)
{
	h->n = 0;
	h->bytes.len = 0;
}

void nf_hold_free(struct nf_hold *h)
{
	nf_buf_free(&h->bytes);
	free(h->recs);
	free(h->kept);
	memset(h, 0, sizeof *h);
}
