/* tokens.h: the shared tokenizer. Cuts a UTF-8 slice into words, numbers and
 * punctuation as CoNLL-2003 does, giving byte offsets into the slice. */
#ifndef NEWSFILTER_TOKENS_H
#define NEWSFILTER_TOKENS_H

#include <stddef.h>

enum nf_token_kind {
	NF_TOK_WORD,    /* letters (and digits, marks, inner hyphens, apostrophes) */
	NF_TOK_NUMBER,  /* starts with a digit: 1,000.5  1996-08-22  3rd */
	NF_TOK_CLITIC,  /* 's ’s n't 're 've 'll 'd 'm split off a word */
	NF_TOK_PUNCT,   /* one punctuation or symbol character (runs of . - kept) */
};

/* Flags describing the letters of a token. */
enum {
	NF_TOKF_UPPER1 = 1,   /* the first letter is upper case (or title case) */
	NF_TOKF_ALLUPPER = 2, /* has letters, none of them lower case */
	NF_TOKF_LOWER = 4,    /* has a lower-case letter */
	NF_TOKF_DIGIT = 8,    /* has a digit */
	NF_TOKF_PERIOD = 16,  /* ends with a period that belongs to it (U.S., Mr.) */
	NF_TOKF_SPACE = 32,   /* white space (or the start of the text) before it */
};

struct nf_token {
	size_t start, end;    /* byte offsets in the slice, end exclusive */
	unsigned char kind;   /* enum nf_token_kind */
	unsigned char flags;
};

/* The next token of text[0..len) at or after *pos; advances *pos past it.
 * Returns 1, or 0 when only white space is left. The text need not be valid
 * UTF-8 (invalid bytes are single punctuation tokens). */
int nf_token_next(const char *text, size_t len, size_t *pos, struct nf_token *t);

/* Tokenize all of text into an array grown as needed (*toks, *cap);
 * returns the count. */
size_t nf_tokenize(const char *text, size_t len, struct nf_token **toks, size_t *cap);

#endif
