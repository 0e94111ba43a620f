/* quotes.h: quotations in news text and who said them. One analyser reads
 * the records of a document in order (whole documents, paragraphs or
 * sentences) and keeps what it needs across them: the recent persons of the
 * document (bounded), for "he said" and "the minister said", and a quote
 * still open at the end of a record. */
#ifndef NEWSFILTER_QUOTES_H
#define NEWSFILTER_QUOTES_H

#include <stddef.h>

enum nf_quote_kind { NF_QUOTE_DIRECT, NF_QUOTE_PARTIAL };

/* What a speaker is: a person, an organisation (a ministry, a company, an
 * outlet) or a government named by its country ("Russia said"). */
enum nf_speaker_type { NF_SPEAKER_NONE, NF_SPEAKER_PER, NF_SPEAKER_ORG,
	NF_SPEAKER_LOC };
extern const char *const nf_speaker_type_names[4];  /* NULL, "PER", ... */

/* How a record relates to the one before it in the same document. */
enum nf_quote_para {
	NF_PARA_NEW,     /* starts a paragraph (a paragraph or document record) */
	NF_PARA_SAME,    /* continues the paragraph of the record before */
	NF_PARA_UNKNOWN, /* a sentence record of unknown paragraph */
};

struct nf_quote {
	/* Byte offsets of the quote text in the record where it began; a quote
	 * that runs on into later records ends at the end of that record. */
	size_t start, end;
	int earlier;            /* began in an earlier record than this call's */
	const char *text;       /* inside the marks, trailing comma dropped */
	size_t len;
	const char *speaker;    /* the fullest name of the speaker, or NULL */
	size_t speaker_len;
	const char *cue;        /* the speech verb as written, or NULL */
	size_t cue_len;
	enum nf_quote_kind kind;
	enum nf_speaker_type speaker_type;  /* NONE when speaker is NULL */
	const char *role;       /* the speaker's role as the document gives it */
	size_t role_len;        /* ("defence secretary"), or role NULL */
	const char *source;     /* the source as written ("a senior official", */
	size_t source_len;      /* "he", "Sen. Jane Roe"), or NULL */
	int source_here;        /* source_start/end are bytes of this record */
	size_t source_start, source_end;
};

struct nf_quotes;

struct nf_quotes *nf_quotes_new(void);
void nf_quotes_free(struct nf_quotes *q);

/* Let the entity tagger with model m (NULL: none, the default) decide the
 * capitalised names near quotations that the rules leave open: PER makes
 * a person, ORG an organisation, LOC a place. Returns 0, -1 on failure. */
struct nf_ent_model;
int nf_quotes_use_tagger(struct nf_quotes *q, const struct nf_ent_model *m);
/* Bytes the tagger has read so far (to measure what it costs). */
size_t nf_quotes_tagged(const struct nf_quotes *q);

/* Forget the document: call before the first record of a new document,
 * after nf_quotes_end. */
void nf_quotes_reset(struct nf_quotes *q);

/* Analyse one record's text (UTF-8, not NUL-terminated). Stores in *out the
 * quotes completed by this record, in the order they began; they and their
 * strings stay valid until the next call. A quote still open at the end of
 * the record is held until a later record closes or ends it. */
size_t nf_quotes_scan(struct nf_quotes *q, const char *text, size_t len,
	enum nf_quote_para para, const struct nf_quote **out);

/* End of the document: the quote still open, if any, ends here. */
size_t nf_quotes_end(struct nf_quotes *q, const struct nf_quote **out);

/* Nonzero when the last record left open a quote that began in it (the
 * caller keeps that record to write the quote with it later). */
int nf_quotes_pending(const struct nf_quotes *q);

/* Nonzero when name is a form of speaker: equal, or one of its words
 * ("Putin" for "Vladimir Putin"), case kept. */
int nf_quotes_speaker_match(const char *speaker, size_t speaker_len,
	const char *name, size_t name_len);

#endif
