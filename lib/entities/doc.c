/* doc.c: the document memory of tag-entities: how each capitalised word
 * was tagged so far in the document, and whether it was also written in
 * lower case, so that the document votes on a word instead of copying the
 * first guess (the prediction history and aggregation of Ratinov and Roth
 * 2009). Bounded: a direct-mapped table, older words are forgotten. */
#include <string.h>

#include "newsfilter/entities.h"

void nf_ent_doc_clear(struct nf_ent_doc *d)
{
	memset(d->key, 0, sizeof d->key);
}

static uint32_t doc_key(const struct nf_ent_word *w)
{
	uint32_t k = (uint32_t)(w->hl >> 32);
	return k ? k : 1;
}

/* Words that count: those with a letter and more than one character
 * ("A" and "I" start sentences too often to tell anything). */
static int counted(const struct nf_ent_word *w)
{
	return w->len > 1 && (w->flags & (NF_TOKF_UPPER1 | NF_TOKF_ALLUPPER | NF_TOKF_LOWER));
}

void nf_ent_doc_count(struct nf_ent_doc *d, const struct nf_ent_tok *t,
	const unsigned char *tags, size_t n, int sign)
{
	for (size_t i = 0; i < n; i++) {
		const struct nf_ent_word *w = &t[i].w;
		if (!counted(w))
			continue;
		uint32_t k = doc_key(w), s = k & (NF_ENT_DOCSLOTS - 1);
		int q = w->flags & (NF_TOKF_UPPER1 | NF_TOKF_ALLUPPER) ?
			(tags[i] ? 1 + NF_ENT_TYPE(tags[i]) : 0) : 5;
		if (d->key[s] != k) {
			if (sign < 0)
				continue;  /* forgotten already */
			d->key[s] = k;
			memset(d->n[s], 0, sizeof d->n[s]);
		}
		if (sign > 0 && d->n[s][q] < UINT16_MAX)
			d->n[s][q]++;
		else if (sign < 0 && d->n[s][q] > 0)
			d->n[s][q]--;
	}
}

void nf_ent_doc_lookup(const struct nf_ent_doc *d, struct nf_ent_tok *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		memset(t[i].vote, 0, sizeof t[i].vote);
		t[i].low = 0;
		const struct nf_ent_word *w = &t[i].w;
		if (!counted(w))
			continue;
		uint32_t k = doc_key(w), s = k & (NF_ENT_DOCSLOTS - 1);
		if (d->key[s] != k)
			continue;
		memcpy(t[i].vote, d->n[s], sizeof t[i].vote);
		t[i].low = d->n[s][5];
	}
}

void nf_ent_doc_unvote(struct nf_ent_tok *t, int tag)
{
	if (!counted(&t->w))
		return;
	if (t->w.flags & (NF_TOKF_UPPER1 | NF_TOKF_ALLUPPER)) {
		int q = tag ? 1 + NF_ENT_TYPE(tag) : 0;
		if (t->vote[q])
			t->vote[q]--;
	} else if (t->low) {
		t->low--;
	}
}
