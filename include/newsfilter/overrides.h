/* overrides.h: names the user gives tag-entities beside its model: phrase
 * lists (-g, lines of TYPE<TAB>phrase, matched on exact token sequences)
 * and PCRE2 patterns (-p TYPE=REGEX). A match replaces the model's entities
 * it overlaps; of phrases, the longest wins; later patterns win over
 * earlier ones and over phrases. */
#ifndef NEWSFILTER_OVERRIDES_H
#define NEWSFILTER_OVERRIDES_H

#include <stddef.h>

#include "newsfilter/entities.h"
#include "newsfilter/tokens.h"

struct nf_input;
struct nf_overrides;

struct nf_overrides *nf_overrides_new(void);
void nf_overrides_free(struct nf_overrides *o);

/* Read TYPE<TAB>phrase lines from in (blank lines and lines starting with
 * '#' skipped; a phrase listed again takes the later type). Returns 0, or
 * -1 after reporting a bad line as in:LINE (the phrases before it stay). */
int nf_overrides_read(struct nf_overrides *o, struct nf_input *in);

/* Add a pattern given as TYPE=REGEX; returns 0, or -1 after reporting
 * what is wrong with it. */
int nf_overrides_pattern(struct nf_overrides *o, const char *arg);

/* Nonzero when there is nothing to apply. */
int nf_overrides_empty(const struct nf_overrides *o);

/* The entities of one text: the model's (ents, in order) with the
 * overrides applied, in order of start, stored in *out, valid until the
 * next call. toks are the text's tokens, as the tagger gave them. */
size_t nf_overrides_apply(struct nf_overrides *o, const char *text, size_t len,
	const struct nf_token *toks, size_t ntoks,
	const struct nf_entity *ents, size_t nents, const struct nf_entity **out);

#endif
