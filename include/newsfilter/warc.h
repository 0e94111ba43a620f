/* warc.h: documents from a WARC file (ISO 28500, 1.0 and 1.1, and the 0.17
 * and 0.18 drafts): the text and HTML pages of response, resource and
 * conversion (Common Crawl WET) records, HTTP wrapping removed. */
#ifndef NEWSFILTER_WARC_H
#define NEWSFILTER_WARC_H

#include <stddef.h>

struct nf_buf;
struct nf_input;
struct nf_warc;

struct nf_warc_doc {
	const char *id;       /* WARC-Target-URI without <>, else WARC-Record-ID */
	size_t id_len;
	const char *body;     /* the payload: dechunked, gunzipped; raw bytes,
	                         not yet checked for UTF-8 */
	size_t len;
	int is_html;          /* text/html or application/xhtml+xml */
	const char *type;     /* "response", "resource" or "conversion" */
	const char *date;     /* WARC-Date, "" when absent */
	size_t date_len;
	long long offset;     /* byte offset of the record in the decompressed input */
};

/* Does s[0..len) start with a WARC version line ("WARC/1.0" CR LF, or 1.1,
 * 0.17, 0.18; LF alone is accepted)? */
int nf_warc_detect(const char *s, size_t len);

/* Read records from in (bytes a caller looked at with nf_input_ahead are
 * still read first). The caller keeps in and closes it after nf_warc_free. */
struct nf_warc *nf_warc_new(struct nf_input *in);

/* The next document: 1, or 0 at the end. Records that are not text or
 * HTML, HTTP responses other than 2xx, and warcinfo, request, metadata,
 * revisit and continuation records are skipped. A bad record header is
 * reported with nf_error and reading resumes at the next "WARC/" version
 * line; a truncated record is reported and ends the input. The document
 * stays valid until the next call. */
int nf_warc_next(struct nf_warc *w, struct nf_warc_doc *d);

/* Records whose content block or decoded payload is longer than max bytes
 * (the -L limit; 0, the default: no limit) are reported and skipped
 * without being held or decoded past the limit. */
void nf_warc_set_max(struct nf_warc *w, size_t max);

/* The payload of an HTTP response, block[0..len) (the content block of an
 * application/http record): 1 with d's body and is_html filled, 0 when it
 * is not a text document we want (status not 2xx, another media type,
 * an unknown content coding), -1 when decoded it would pass the limit.
 * Chunked transfer coding and gzip or deflate content coding are undone,
 * Latin-1 text made UTF-8. The body stays valid until the next call. */
int nf_warc_http_payload(struct nf_warc *w, const char *block, size_t len,
	struct nf_warc_doc *d);

/* Append the document's text to out: HTML turned into text, plain text as
 * it is (its bytes are checked for UTF-8 by whoever reads it as records). */
void nf_warc_doc_text(const struct nf_warc_doc *d, struct nf_buf *out);

/* Records read so far, and of those the ones skipped. */
long nf_warc_records(const struct nf_warc *w);

void nf_warc_free(struct nf_warc *w);

#endif
