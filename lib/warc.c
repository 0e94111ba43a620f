/* warc.c: the text and HTML documents in a WARC file: record headers
 * parsed, Content-Length followed, HTTP responses unwrapped (chunked
 * transfer coding, gzip and deflate content coding, Latin-1 text), all
 * other records skipped without being kept in memory. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "newsfilter/buf.h"
#include "newsfilter/html.h"
#include "newsfilter/input.h"
#include "newsfilter/msg.h"
#include "newsfilter/utf8.h"
#include "newsfilter/warc.h"

#define READ_CHUNK (256 * 1024)
#define MAX_LINE (64 * 1024)        /* a longer header line is bad */
#define MAX_HEADER (1024 * 1024)    /* so is a longer header block */
#define HTTP_PEEK (64 * 1024)       /* HTTP headers looked for in this much */

struct nf_warc {
	struct nf_input *in;
	char *buf;                       /* read-ahead: buf[pos..end) unread */
	size_t cap, pos, end;
	int eof, done;
	int resync;                      /* a bad header was reported */
	long long offset;                /* input offset of buf[pos] */
	long records;
	size_t max;                      /* 0, or the -L limit on a record */

	/* The record being read. */
	char type[16];
	struct nf_buf uri, record_id, date, ctype;
	long long clen;
	struct nf_buf block;             /* the record's content block */
	struct nf_buf body;              /* the payload, decoded */
	struct nf_buf conv;              /* charset conversion */
	struct nf_buf tmp;               /* an id being cleaned */
};

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c | 0x20 : c;
}

/* Case-insensitive: does s[0..n) start with the lower-case prefix p? */
static int has_prefix(const char *s, size_t n, const char *p)
{
	size_t m = strlen(p);

	if (n < m)
		return 0;
	for (size_t i = 0; i < m; i++)
		if (lower((unsigned char)s[i]) != p[i])
			return 0;
	return 1;
}

/* A buffer's bytes, "" while it has none (never a null pointer). */
static const char *str(const struct nf_buf *b)
{
	return b->data ? b->data : "";
}

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

int nf_warc_detect(const char *s, size_t len)
{
	size_t i = 5;

	if (len < 9 || memcmp(s, "WARC/", 5) != 0 || !is_digit(s[5]))
		return 0;
	while (i < len && is_digit(s[i]))
		i++;
	if (i >= len || s[i++] != '.' || i >= len || !is_digit(s[i]))
		return 0;
	while (i < len && is_digit(s[i]))
		i++;
	return i < len && (s[i] == '\n' || (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n'));
}

struct nf_warc *nf_warc_new(struct nf_input *in)
{
	struct nf_warc *w = nf_xcalloc(1, sizeof *w);

	w->in = in;
	w->cap = READ_CHUNK;
	w->buf = nf_xmalloc(w->cap);
	return w;
}

void nf_warc_free(struct nf_warc *w)
{
	if (!w)
		return;
	free(w->buf);
	nf_buf_free(&w->uri);
	nf_buf_free(&w->record_id);
	nf_buf_free(&w->date);
	nf_buf_free(&w->ctype);
	nf_buf_free(&w->block);
	nf_buf_free(&w->body);
	nf_buf_free(&w->conv);
	nf_buf_free(&w->tmp);
	free(w);
}

void nf_warc_set_max(struct nf_warc *w, size_t max)
{
	w->max = max;
}

long nf_warc_records(const struct nf_warc *w)
{
	return w->records;
}

static size_t raw_read(struct nf_warc *w, char *dst, size_t n)
{
	return nf_input_read(w->in, dst, n);
}

/* More bytes after end; 0 when the input has no more. */
static int fill(struct nf_warc *w)
{
	if (w->eof)
		return 0;
	if (w->pos > 0) {
		memmove(w->buf, w->buf + w->pos, w->end - w->pos);
		w->end -= w->pos;
		w->pos = 0;
	}
	size_t n = raw_read(w, w->buf + w->end, w->cap - w->end);
	if (!n)
		w->eof = 1;
	w->end += n;
	return n > 0;
}

/* The next line without its LF (and CR), or at most MAX_LINE bytes of it;
 * 0 at the end of the input. */
static int read_line(struct nf_warc *w, const char **line, size_t *len)
{
	size_t scanned = 0;

	for (;;) {
		char *s = w->buf + w->pos;
		size_t avail = w->end - w->pos;
		char *nl = memchr(s + scanned, '\n', avail - scanned);
		if (nl || avail >= MAX_LINE || (!fill(w) && w->end == w->pos + avail)) {
			s = w->buf + w->pos;
			avail = w->end - w->pos;
			if (!avail)
				return 0;
			size_t n = nl ? (size_t)(nl - s) : (avail < MAX_LINE ? avail : MAX_LINE);
			size_t next = nl ? n + 1 : n;
			*line = s;
			*len = n > 0 && s[n - 1] == '\r' ? n - 1 : n;
			w->pos += next;
			w->offset += (long long)next;
			return 1;
		}
		scanned = avail;
	}
}

/* Read n bytes of the block into b (grown as they arrive), or skip them
 * when b is NULL. Returns the count actually had. */
static size_t take(struct nf_warc *w, struct nf_buf *b, size_t n)
{
	size_t got = 0;

	while (got < n) {
		if (w->pos == w->end && !fill(w))
			break;
		size_t k = w->end - w->pos;
		if (k > n - got)
			k = n - got;
		if (b)
			nf_buf_add(b, w->buf + w->pos, k);
		w->pos += k;
		w->offset += (long long)k;
		got += k;
	}
	return got;
}

static int is_version_line(const char *s, size_t n)
{
	char tmp[24];

	if (n > 20)
		return 0;
	memcpy(tmp, s, n);
	tmp[n] = '\n';
	return nf_warc_detect(tmp, n + 1);
}

static void set(struct nf_buf *b, const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	b->len = 0;
	nf_buf_add(b, s, n);
	nf_buf_addc(b, 0);
	b->len--;
}

/* Read a record header after its version line. 1 good, 0 bad (reported),
 * -1 the input ended inside it (reported). */
static int read_header(struct nf_warc *w, long long at)
{
	const char *name = nf_input_name(w->in), *l;
	size_t n, total = 0;
	int have_len = 0;

	w->type[0] = 0;
	w->uri.len = w->record_id.len = w->date.len = w->ctype.len = 0;
	w->clen = 0;
	for (;;) {
		if (!read_line(w, &l, &n)) {
			if (!nf_input_failed(w->in))
				nf_error(name, 0, "truncated WARC record at byte %lld", at);
			return -1;
		}
		if (n == 0)
			break;
		total += n;
		if (total > MAX_HEADER || n >= MAX_LINE) {
			nf_error(name, 0, "bad WARC record header at byte %lld: too long; skipping to the next record", at);
			return 0;
		}
		const char *colon = memchr(l, ':', n);
		if (!colon)
			continue;   /* a continuation or junk line: nothing we need */
		size_t k = (size_t)(colon - l), vn = n - k - 1;
		const char *v = colon + 1;
		if (k == 9 && has_prefix(l, k, "warc-type")) {
			size_t t = 0;
			while (vn && (*v == ' ' || *v == '\t'))
				v++, vn--;
			for (; t < vn && t < sizeof w->type - 1 && v[t] != ' ' && v[t] != '\t'; t++)
				w->type[t] = (char)lower((unsigned char)v[t]);
			w->type[t] = 0;
		} else if (k == 15 && has_prefix(l, k, "warc-target-uri")) {
			set(&w->uri, v, vn);
		} else if (k == 14 && has_prefix(l, k, "warc-record-id")) {
			set(&w->record_id, v, vn);
		} else if (k == 9 && has_prefix(l, k, "warc-date")) {
			set(&w->date, v, vn);
		} else if (k == 12 && has_prefix(l, k, "content-type")) {
			set(&w->ctype, v, vn);
		} else if (k == 14 && has_prefix(l, k, "content-length")) {
			size_t i = 0;
			long long len = 0;
			while (i < vn && (v[i] == ' ' || v[i] == '\t'))
				i++;
			size_t d = i;
			for (; i < vn && is_digit(v[i]) && len < (1LL << 50); i++)
				len = len * 10 + (v[i] - '0');
			while (i < vn && (v[i] == ' ' || v[i] == '\t'))
				i++;
			if (i == d || i < vn) {
				nf_error(name, 0, "bad WARC record header at byte %lld: bad Content-Length; skipping to the next record", at);
				return 0;
			}
			w->clen = len;
			have_len = 1;
		}
	}
	if (!have_len) {
		nf_error(name, 0, "bad WARC record header at byte %lld: no Content-Length; skipping to the next record", at);
		return 0;
	}
	return 1;
}

/* Strip "<" ">" around a URI (wget writes them, the standard does not). */
static void unbracket(struct nf_buf *b)
{
	if (b->len >= 2 && b->data[0] == '<' && b->data[b->len - 1] == '>') {
		memmove(b->data, b->data + 1, b->len - 2);
		b->len -= 2;
		b->data[b->len] = 0;
	}
}

/* Bytes of a URI that are not UTF-8 (a crawled link in raw Latin-1), and
 * NUL and CR, percent-encoded as a browser sends them: the id stays the
 * same URL and is valid UTF-8 to write. */
static void uri_clean(struct nf_buf *b, struct nf_buf *tmp)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t i = 0;

	if (nf_utf8_clean_prefix(str(b), b->len) == b->len)
		return;
	tmp->len = 0;
	while (i < b->len) {
		size_t ok = nf_utf8_clean_prefix(b->data + i, b->len - i);
		nf_buf_add(tmp, b->data + i, ok);
		if ((i += ok) >= b->len)
			break;
		unsigned char c = (unsigned char)b->data[i++];
		char e[3] = { '%', hex[c >> 4], hex[c & 15] };
		nf_buf_add(tmp, e, 3);
	}
	set(b, tmp->data, tmp->len);
}

/* The media type of a Content-Type value: 1 HTML, 0 plain text, -1 other.
 * The charset parameter, if any, goes to charset. */
static int media_type(const char *v, size_t n, const char **charset, size_t *charset_len)
{
	size_t i = 0;
	int kind = -1;

	while (i < n && (v[i] == ' ' || v[i] == '\t'))
		i++;
	if (has_prefix(v + i, n - i, "text/html"))
		kind = 1, i += 9;
	else if (has_prefix(v + i, n - i, "application/xhtml+xml"))
		kind = 1, i += 21;
	else if (has_prefix(v + i, n - i, "text/plain"))
		kind = 0, i += 10;
	else
		return -1;
	if (i < n && v[i] != ';' && v[i] != ' ' && v[i] != '\t')
		return -1;   /* text/plainfoo */
	*charset = NULL;
	*charset_len = 0;
	for (; i + 8 <= n; i++) {
		if (has_prefix(v + i, n - i, "charset=")) {
			size_t s = i + 8, e;
			if (s < n && (v[s] == '"' || v[s] == '\''))
				s++;
			for (e = s; e < n && v[e] != ';' && v[e] != '"' && v[e] != '\'' &&
			    v[e] != ' ' && v[e] != '\t'; e++)
				;
			*charset = v + s;
			*charset_len = e - s;
			break;
		}
	}
	return kind;
}

/* Undo the chunked transfer coding of s[0..n) into out; -1 if it is not
 * well-formed chunking (the caller then keeps the raw bytes). */
static int dechunk(const char *s, size_t n, struct nf_buf *out)
{
	size_t i = 0;

	out->len = 0;
	for (;;) {
		size_t size = 0, digits = 0;
		for (; i < n; i++, digits++) {
			int c = lower((unsigned char)s[i]), d;
			if (is_digit(c))
				d = c - '0';
			else if (c >= 'a' && c <= 'f')
				d = c - 'a' + 10;
			else
				break;
			if (digits >= 15)
				return -1;
			size = size * 16 + (size_t)d;
		}
		if (!digits)
			return -1;
		/* Chunk extensions, then CR LF. */
		const char *nl = memchr(s + i, '\n', n - i);
		if (!nl)
			return -1;
		for (const char *p = s + i; p < nl; p++)
			if (*p != ';' && *p != ' ' && *p != '\t' && *p != '\r' && p == s + i)
				return -1;
		i = (size_t)(nl - s) + 1;
		if (size == 0)
			return 0;   /* trailers, if any, are not text */
		if (size > n - i)
			return -1;
		nf_buf_add(out, s + i, size);
		i += size;
		if (i < n && s[i] == '\r')
			i++;
		if (i < n && s[i] == '\n')
			i++;
		else if (i < n)
			return -1;
		if (i >= n)
			return 0;   /* the last chunk without "0": accepted */
	}
}

/* Inflate gzip, zlib or raw deflate data; what was inflated before an
 * error is kept. Returns the bytes made, -1 when nothing could be, or -2
 * when the output would pass max (0: no limit): inflating stops there, so
 * a small bomb costs neither the memory nor the time of its full size. */
static long long inflate_all(const char *s, size_t n, struct nf_buf *out, int raw, size_t max)
{
	z_stream zs;
	int r;

	memset(&zs, 0, sizeof zs);
	if (inflateInit2(&zs, raw ? -MAX_WBITS : MAX_WBITS + 32) != Z_OK)
		return -1;
	out->len = 0;
	zs.next_in = (Bytef *)(uintptr_t)s;
	zs.avail_in = (uInt)(n > UINT32_MAX ? UINT32_MAX : n);
	do {
		if (out->cap - out->len < 65536)
			nf_buf_grow(out, 65536);
		size_t room = out->cap - out->len;
		/* One byte past max is enough to know it is too long. */
		if (max && room > max + 1 - out->len)
			room = max + 1 - out->len;
		zs.next_out = (Bytef *)out->data + out->len;
		zs.avail_out = (uInt)(room > UINT32_MAX ? UINT32_MAX : room);
		r = inflate(&zs, Z_NO_FLUSH);
		out->len = (size_t)((char *)zs.next_out - out->data);
	} while (r == Z_OK && !(max && out->len > max));
	inflateEnd(&zs);
	if (r == Z_MEM_ERROR)
		nf_die(1, "out of memory");
	if (max && out->len > max)
		return -2;
	if (r != Z_STREAM_END && out->len == 0)
		return -1;
	return (long long)out->len;
}

/* Is the charset label one of Latin-1 and its relatives, which browsers
 * read as windows-1252? */
static int latin1_label(const char *c, size_t n)
{
	static const char *const names[] = {
		"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "windows-1252",
		"cp1252", "iso-8859-15", "iso_8859-1", "us-ascii", "ascii", "cp819",
		"ibm819", "x-cp1252",
	};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (n == strlen(names[i]) && has_prefix(c, n, names[i]))
			return 1;
	return 0;
}

/* A <meta charset> or http-equiv charset in the first 1024 bytes. */
static void meta_charset(const char *s, size_t n, const char **c, size_t *cn)
{
	if (n > 1024)
		n = 1024;
	for (size_t i = 0; i + 8 <= n; i++) {
		if (!has_prefix(s + i, n - i, "charset="))
			continue;
		size_t b = i + 8, e;
		while (b < n && (s[b] == '"' || s[b] == '\'' || s[b] == ' '))
			b++;
		for (e = b; e < n && s[e] != '"' && s[e] != '\'' && s[e] != ';' &&
		    s[e] != ' ' && s[e] != '>' && s[e] != '/'; e++)
			;
		*c = s + b;
		*cn = e - b;
		return;
	}
}

/* Bytes that are not UTF-8 and are labelled Latin-1 (or not labelled at
 * all) are read as windows-1252: old crawls are full of them. */
static void maybe_latin1(struct nf_warc *w, struct nf_warc_doc *d, const char *charset,
	size_t charset_len)
{
	if (nf_utf8_clean_prefix(d->body, d->len) == d->len)
		return;
	if (!charset && d->is_html)
		meta_charset(d->body, d->len, &charset, &charset_len);
	if (charset && !latin1_label(charset, charset_len))
		return;
	/* Valid UTF-8 apart from CR and NUL is UTF-8 whatever the label. */
	size_t i = 0;
	while (i < d->len) {
		i += nf_utf8_clean_prefix(d->body + i, d->len - i);
		if (i < d->len && d->body[i] != '\r' && d->body[i] != 0)
			break;
		i++;
	}
	if (i >= d->len)
		return;
	w->conv.len = 0;
	for (i = 0; i < d->len; i++) {
		unsigned char b = (unsigned char)d->body[i];
		if (b < 0x80) {
			nf_buf_addc(&w->conv, (char)b);
		} else {
			char u[4];
			nf_buf_add(&w->conv, u, nf_utf8_encode(nf_html_cp1252(b), u));
		}
	}
	d->body = w->conv.data;
	d->len = w->conv.len;
}

static int looks_like_html(const char *s, size_t n)
{
	size_t i = 0;

	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
		i++;
	return has_prefix(s + i, n - i, "<!doctype html") || has_prefix(s + i, n - i, "<html");
}

int nf_warc_http_payload(struct nf_warc *w, const char *block, size_t len,
	struct nf_warc_doc *d)
{
	if (len < 12)
		return 0;
	const char *s = block, *end = s + len;
	const char *ct = NULL, *charset = NULL;
	size_t ct_len = 0, charset_len = 0;
	int chunked = 0, coding = 0;   /* 0 none, 1 gzip/zlib, 2 deflate */

	if (!has_prefix(s, len, "http/"))
		return 0;
	const char *sp = memchr(s, ' ', (size_t)(end - s) < 16 ? (size_t)(end - s) : 16);
	if (!sp || end - sp < 4 || sp[1] != '2' || !is_digit(sp[2]) || !is_digit(sp[3]))
		return 0;
	const char *p = memchr(s, '\n', (size_t)(end - s));
	for (;;) {
		if (!p)
			return 0;   /* no end of the headers */
		p++;
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		if (n && p[n - 1] == '\r')
			n--;
		if (n == 0) {
			p = nl ? nl + 1 : end;
			break;
		}
		if (has_prefix(p, n, "content-type:")) {
			ct = p + 13;
			ct_len = n - 13;
		} else if (has_prefix(p, n, "transfer-encoding:")) {
			for (size_t i = 18; i + 7 <= n; i++)
				if (has_prefix(p + i, n - i, "chunked"))
					chunked = 1;
		} else if (has_prefix(p, n, "content-encoding:")) {
			size_t i = 17;
			while (i < n && (p[i] == ' ' || p[i] == '\t'))
				i++;
			if (has_prefix(p + i, n - i, "gzip") || has_prefix(p + i, n - i, "x-gzip"))
				coding = 1;
			else if (has_prefix(p + i, n - i, "deflate"))
				coding = 2;
			else if (i < n && !has_prefix(p + i, n - i, "identity"))
				return 0;   /* br, compress: not for us */
		}
		p = nl;
	}
	if (ct && (d->is_html = media_type(ct, ct_len, &charset, &charset_len)) < 0)
		return 0;
	d->body = p;
	d->len = (size_t)(end - p);
	if (chunked && dechunk(d->body, d->len, &w->body) == 0) {
		d->body = w->body.data ? w->body.data : "";
		d->len = w->body.len;
	}
	if (coding) {
		struct nf_buf *out = d->body == w->body.data ? &w->conv : &w->body;
		long long r = inflate_all(d->body, d->len, out, 0, w->max);
		if (r == -1 && coding == 2)
			r = inflate_all(d->body, d->len, out, 1, w->max);
		if (r == -2)
			return -1;
		if (r >= 0) {
			if (out == &w->conv) {
				/* Keep conv free for the charset step. */
				struct nf_buf t = w->body;
				w->body = w->conv;
				w->conv = t;
			}
			d->body = w->body.data ? w->body.data : "";
			d->len = w->body.len;
		} else if (d->len >= 2 && (unsigned char)d->body[0] == 0x1f &&
		    (unsigned char)d->body[1] == 0x8b) {
			return 0;   /* gzip we cannot read is no text */
		}
		/* Otherwise the archiver stored it decoded: keep it. */
	}
	if (!ct) {
		if (!looks_like_html(d->body, d->len))
			return 0;
		d->is_html = 1;
	}
	if (w->max && d->len > w->max)
		return -1;
	maybe_latin1(w, d, charset, charset_len);
	return 1;
}

/* From the first bytes of an HTTP response: could it be a text document
 * (2xx, and a text Content-Type or none)? */
static int http_head_wanted(const char *b, size_t n)
{
	const char *sp = memchr(b, ' ', n < 16 ? n : 16);
	if (!has_prefix(b, n, "http/") || !sp || (size_t)(b + n - sp) < 4 || sp[1] != '2')
		return 0;
	for (const char *p = memchr(b, '\n', n); p; p = memchr(p, '\n', (size_t)(b + n - p))) {
		p++;
		size_t left = (size_t)(b + n - p);
		if (left == 0 || *p == '\n' || (*p == '\r' && left > 1 && p[1] == '\n'))
			return 1;   /* the end of the headers, no Content-Type */
		if (has_prefix(p, left, "content-type:")) {
			const char *e = memchr(p, '\n', left), *cs;
			size_t csn, k = (size_t)((e ? e : b + n) - p);
			if (p[k - 1] == '\r')
				k--;
			return media_type(p + 13, k - 13, &cs, &csn) >= 0;
		}
	}
	return 0;   /* headers longer than the peek: not a page */
}

void nf_warc_doc_text(const struct nf_warc_doc *d, struct nf_buf *out)
{
	if (d->is_html)
		nf_html_to_text(d->body, d->len, out);
	else
		nf_buf_add(out, d->body, d->len);
}

int nf_warc_next(struct nf_warc *w, struct nf_warc_doc *d)
{
	const char *name = nf_input_name(w->in), *l;
	size_t n;

	while (!w->done) {
		/* Blank lines end the previous record; then a version line. */
		long long at;
		do {
			at = w->offset;
			if (!read_line(w, &l, &n)) {
				w->done = 1;
				return 0;
			}
		} while (n == 0);
		if (!is_version_line(l, n)) {
			if (!w->resync)
				nf_error(name, 0, "bad WARC record header at byte %lld: skipping to the next record", at);
			do {
				at = w->offset;
				if (!read_line(w, &l, &n)) {
					w->done = 1;
					return 0;
				}
			} while (!is_version_line(l, n));
		}
		int r = read_header(w, at);
		if (r < 0) {
			w->done = 1;
			return 0;
		}
		w->records++;
		w->resync = r == 0;
		if (r == 0)
			continue;   /* reported: resynchronise at the next version line */
		const char *type = NULL;
		int want = 0;
		const char *charset = NULL;
		size_t charset_len = 0;
		int http = has_prefix(str(&w->ctype), w->ctype.len, "application/http");
		if (strcmp(w->type, "response") == 0) {
			type = "response";
			want = http || media_type(str(&w->ctype), w->ctype.len, &charset, &charset_len) >= 0;
		} else if (strcmp(w->type, "resource") == 0) {
			type = "resource";
			/* wget stores its log and arguments as metadata:// resources. */
			want = !has_prefix(str(&w->uri), w->uri.len, "<metadata:") &&
			    !has_prefix(str(&w->uri), w->uri.len, "metadata:") &&
			    (http || media_type(str(&w->ctype), w->ctype.len, &charset, &charset_len) >= 0);
		} else if (strcmp(w->type, "conversion") == 0) {
			type = "conversion";
			want = 1;
		}
		if ((unsigned long long)w->clen > SIZE_MAX / 2)
			want = 0;
		/* An HTTP block is kept only if its headers say text: look at the
		 * start of it first, so that images and videos are never held.
		 * A block past the limit is read past, never held. */
		size_t clen = (size_t)w->clen, first = 0;
		int too_long = w->max && clen > w->max;
		if (want && http)
			first = clen < HTTP_PEEK ? clen : HTTP_PEEK;
		else if (want && !too_long)
			first = clen;
		w->block.len = 0;
		size_t got = take(w, &w->block, first);
		if (got == first && first < clen) {
			if (want && http)
				want = http_head_wanted(w->block.data, w->block.len);
			got += take(w, want && !too_long ? &w->block : NULL, clen - first);
		}
		if (got < clen) {
			if (!nf_input_failed(w->in))
				nf_error(name, 0, "truncated WARC record at byte %lld", at);
			w->done = 1;
			return 0;
		}
		if (!want)
			continue;
		memset(d, 0, sizeof *d);
		d->type = type;
		d->offset = at;
		if (http && w->block.len == clen) {   /* held whole: decode it */
			int r = nf_warc_http_payload(w, w->block.data, w->block.len, d);
			if (r == 0)
				continue;
			too_long = r < 0;
		}
		if (too_long) {
			char size[32];
			nf_error(name, 0, "WARC record at byte %lld: longer than %s skipped (-L sets the limit)",
				at, nf_size_str(w->max, size, sizeof size));
			continue;
		} else if (!http) {
			d->body = w->block.data ? w->block.data : "";
			d->len = w->block.len;
			d->is_html = strcmp(type, "conversion") != 0 &&
			    media_type(str(&w->ctype), w->ctype.len, &charset, &charset_len) == 1;
			maybe_latin1(w, d, charset, charset_len);
		}
		unbracket(&w->uri);
		unbracket(&w->record_id);
		uri_clean(&w->uri, &w->tmp);
		uri_clean(&w->record_id, &w->tmp);
		if (w->uri.len) {
			d->id = w->uri.data;
			d->id_len = w->uri.len;
		} else {
			d->id = w->record_id.data ? w->record_id.data : "";
			d->id_len = w->record_id.len;
		}
		d->date = w->date.data ? w->date.data : "";
		d->date_len = w->date.len;
		return 1;
	}
	return 0;
}
