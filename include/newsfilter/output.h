/* output.h: output records in JSON Lines, TSV or plain text, built in one
 * buffer and written in large blocks. A tool calls nf_out_begin, one call
 * per field in the order DESIGN.md gives, then nf_out_end. */
#ifndef NEWSFILTER_OUTPUT_H
#define NEWSFILTER_OUTPUT_H

#include <stddef.h>

#include "newsfilter/record.h"

enum nf_output_format { NF_OUT_JSON, NF_OUT_TSV, NF_OUT_TEXT };

struct nf_out;

struct nf_out *nf_out_new(int fd, enum nf_output_format f, size_t nkeep,
	const char *const *keep_names);

/* Write the TSV header line (-H): id, line, sent, kept fields, columns. */
void nf_out_header(struct nf_out *o, const char *const *columns);

/* Start a record for input record r: writes id, line and sent (sent > 0
 * overrides the record's own), then the kept fields. */
void nf_out_begin(struct nf_out *o, const struct nf_record *r, long sent);

void nf_out_int(struct nf_out *o, const char *key, long long v);
void nf_out_double(struct nf_out *o, const char *key, double v);
void nf_out_str(struct nf_out *o, const char *key, const char *s, size_t len);
void nf_out_null(struct nf_out *o, const char *key);
/* A value already in JSON (TSV: written as is). */
void nf_out_raw(struct nf_out *o, const char *key, const char *json, size_t len);
/* A field absent from this record: left out of JSON, an empty TSV column. */
void nf_out_absent(struct nf_out *o, const char *key);
/* The record's main text: a string field, and all that -o text writes. */
void nf_out_main(struct nf_out *o, const char *key, const char *s, size_t len);

void nf_out_end(struct nf_out *o);

/* -u: the caller flushes after every input record. A tool that would hold
 * output back across records (to improve it with later context) asks here
 * and does not. */
void nf_out_set_unbuffered(struct nf_out *o, int on);
int nf_out_unbuffered(const struct nf_out *o);

/* Write what is buffered. On a write error other than a closed pipe, report
 * it and exit 1; on a closed pipe, exit quietly. */
void nf_out_flush(struct nf_out *o);

/* Flush, close the descriptor and check that all was written; exits 1 with
 * a message if not. */
void nf_out_close(struct nf_out *o);

#endif
