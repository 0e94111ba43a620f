/* input.h: the bytes of one input (a file, standard input, an archive
 * member), decompressed when the content starts with the magic of gzip,
 * zstd, xz or bzip2, cut into lines of any length. */
#ifndef NEWSFILTER_INPUT_H
#define NEWSFILTER_INPUT_H

#include <stddef.h>

#include "newsfilter/decode.h"

struct nf_input;

/* Open path ("-" or NULL: standard input). On failure, report it and return
 * NULL. The name used in messages is path ("-" for standard input). */
struct nf_input *nf_input_open(const char *path);

/* Wrap a memory buffer (tests and fuzz targets); it must outlive the input. */
struct nf_input *nf_input_mem(const char *name, const char *data, size_t len);

/* Read from a callback (an archive member): src returns what
 * nf_source_fn says; when it returns -2 the input ends quietly, failed. */
struct nf_input *nf_input_source(const char *name, nf_source_fn src, void *ctx);

/* Read up to cap decoded bytes, those read ahead by nf_input_ahead or
 * nf_input_peek first; returns the count, 0 at the end or after an error
 * (reported once, with nf_error). */
size_t nf_input_read(struct nf_input *in, char *dst, size_t cap);

/* The next line, without its terminator (LF, CR LF, or a lone CR), with a
 * UTF-8 byte-order mark at the start of the input dropped. The slice stays
 * valid until the next call. Returns 1, or 0 at the end of the input. */
int nf_input_line(struct nf_input *in, const char **line, size_t *len);

/* How many bytes at the start of the line last returned are ASCII and not
 * NUL (found in the same pass as the line end): those need no UTF-8 check. */
size_t nf_input_line_plain(const struct nf_input *in);

/* Lines longer than max bytes (0: no limit, the default) are not held
 * whole: nf_input_line returns the start of such a line, at least max
 * bytes, with nf_input_line_cut true, and drops the rest of it unread
 * into memory. */
void nf_input_set_max_line(struct nf_input *in, size_t max);
int nf_input_line_cut(const struct nf_input *in);

/* Peek at the first non-blank byte of the input without consuming it;
 * -1 when the input has none. Blank lines before it are consumed (and
 * counted in nf_input_lineno), so that memory stays flat however many
 * there are. */
int nf_input_peek(struct nf_input *in);

/* The decoded bytes read ahead and not yet returned as lines (after a
 * UTF-8 BOM): what the first read gave, which for a file or gzip stream is
 * far more than min; a pipe is not waited on once something has come.
 * Nothing is consumed; the slice stays valid until the next call on in.
 * Used to tell a tar or WARC file from text. */
size_t nf_input_ahead(struct nf_input *in, size_t min, const char **p);

/* Has the input reported an error (read error, corrupt or truncated
 * compressed data)? A reader on top of it then stays quiet about the same fault. */
int nf_input_failed(const struct nf_input *in);

/* Was the line last returned cut short by that error (no line end came
 * before it)? A JSON record cut there is not reported again. */
int nf_input_line_at_fault(const struct nf_input *in);

/* 1-based number of the line last returned. */
long nf_input_lineno(const struct nf_input *in);
const char *nf_input_name(const struct nf_input *in);

/* Close; returns 0, or -1 if any read error or corrupt data was met. */
int nf_input_close(struct nf_input *in);

#endif
