/* record.h: input records. A record is a paragraph (or a line, with -l) of a
 * plain-text input, or one object of a JSON Lines input; it carries the id
 * of its document and where it came from. Consecutive records with the same
 * id form one document (DESIGN.md). */
#ifndef NEWSFILTER_RECORD_H
#define NEWSFILTER_RECORD_H

#include <stddef.h>

enum nf_input_format { NF_IN_AUTO, NF_IN_TEXT, NF_IN_JSON };

struct nf_read_opts {
	enum nf_input_format format;
	int lines;                /* -l: every non-blank line is a record */
	const char *text_field;   /* -f: JSON field holding the text ("text") */
	const char *const *keep;  /* -k: JSON fields copied to the output */
	size_t nkeep;
};

/* A field kept with -k: its raw JSON value, or json == NULL when absent. */
struct nf_kept {
	const char *json;
	size_t json_len;
};

struct nf_record {
	const char *id;           /* the document id, unescaped */
	size_t id_len;
	int id_is_number;         /* a JSON number: written without quotes */
	long line;                /* line carried by the record, 0 if none */
	long sent;                /* sentence number carried, 0 if none */
	const char *text;         /* the text: valid UTF-8, no NUL */
	size_t len;
	int new_doc;              /* first record of a new document */
	const char *file;         /* where it came from, for messages */
	long file_line;
	const struct nf_kept *keep;  /* nkeep entries, as in nf_read_opts */
};

struct nf_reader;
struct nf_input;

/* Read records from an open input; the reader owns the input. */
struct nf_reader *nf_reader_new(struct nf_input *in, const struct nf_read_opts *o);

/* The next good record: 1, or 0 at the end. Bad records are reported and
 * skipped. The record stays valid until the next call. */
int nf_reader_next(struct nf_reader *rd, struct nf_record *r);

/* Close the reader and its input; returns 0, or -1 if the input had an error. */
int nf_reader_close(struct nf_reader *rd);

#endif
