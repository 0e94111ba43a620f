/* conll.h: the CoNLL format train-entities reads: one token per line, its
 * word in the first column and its IOB tag (O, B-TYPE, I-TYPE with TYPE one
 * of PER ORG LOC MISC) in the last, columns separated by tabs or else by
 * spaces; a blank line ends a sentence and a -DOCSTART- line a document.
 * Read from an nf_input, so gzip, CR LF and any line length come free. */
#ifndef NEWSFILTER_CONLL_H
#define NEWSFILTER_CONLL_H

#include <stddef.h>

#include "newsfilter/buf.h"

struct nf_input;

struct nf_conll_tok {
	const char *word;        /* NUL-terminated */
	size_t len;
	int type;                /* enum nf_ent_type, or -1 for O */
	int inside;              /* I- rather than B- */
};

struct nf_conll {
	struct nf_input *in;
	struct nf_buf words;     /* the sentence's words, NUL-separated */
	struct nf_conll_tok *toks;
	size_t n, cap;
	int doc_start;           /* the next sentence starts a document */
	int saw_docstart;        /* a -DOCSTART- line was read */
};

/* Start reading in (not owned). */
void nf_conll_init(struct nf_conll *c, struct nf_input *in);
void nf_conll_free(struct nf_conll *c);

/* The next sentence: returns 1 with c->toks[0..c->n) (valid until the next
 * call) and *doc_start nonzero when it is the first of the input or comes
 * after a -DOCSTART- line; 0 at the end of the input; -1 at a line with no
 * tag column or an unknown tag, reported as FILE:LINE (the words of its
 * sentence before it are dropped; reading can go on after it). */
int nf_conll_next(struct nf_conll *c, int *doc_start);

#endif
