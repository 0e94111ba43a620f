/* warc.h: documents from a WARC file (ISO 28500, 1.0 and 1.1, and the 0.17
 * and 0.18 drafts): the text and HTML pages of response, resource and
 * conversion (Common Crawl WET) records, HTTP wrapping removed. */
#ifndef NEWSFILTER_WARC_H
#define NEWSFILTER_WARC_H

#include <stddef.h>

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

/* Records read so far, and of those the ones skipped. */
long nf_warc_records(const struct nf_warc *w);

void nf_warc_free(struct nf_warc *w);

#endif
