/* record.h: input records. A record is a paragraph (or a line, with -l) of a
 * plain-text input, or one object of a JSON Lines input; it carries the id
 * of its document and where it came from. Consecutive records with the same
 * id form one document (DESIGN.md). Containers are opened by content: each
 * regular member of a tar archive and each text or HTML page of a WARC file
 * is a document read as plain text (id: the member path, the target URI);
 * with -i sfeed each line of sfeed(5) TSV is one document. */
#ifndef NEWSFILTER_RECORD_H
#define NEWSFILTER_RECORD_H

#include <stddef.h>

enum nf_input_format { NF_IN_AUTO, NF_IN_TEXT, NF_IN_JSON, NF_IN_SFEED };

struct nf_read_opts {
	enum nf_input_format format;
	int lines;                /* -l: every non-blank line is a record */
	const char *text_field;   /* -f: JSON field holding the text ("text") */
	const char *const *keep;  /* -k: JSON fields copied to the output */
	size_t nkeep;
	int no_containers;        /* members of a container are not containers */
	size_t max_record;        /* -L: longer records are reported and
	                             skipped (0: no limit) */
};

/* The default -L: far above any article, low enough that a tool's memory,
 * a few times the largest record, stays within an ordinary machine. */
#define NF_MAX_RECORD_DEFAULT ((size_t)64 << 20)

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
	size_t ascii;             /* text[0, ascii) is plain ASCII, one code
	                           * point a byte (0: not known) */
	int new_doc;              /* first record of a new document */
	const char *file;         /* where it came from, for messages */
	long file_line;
	const struct nf_kept *keep;  /* nkeep entries, as in nf_read_opts */
	size_t nkeep;
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
