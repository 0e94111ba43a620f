/* input.c: one input's bytes, decompressed when they start with the magic
 * of gzip, zstd, xz or bzip2 (never judged by the name; lib/decode.c does
 * the decoding, ahead in a second thread for a file or a pipe), cut into
 * lines of any length in one growing buffer. */
#include <errno.h>
#include <stdint.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <stdlib.h>

#include "newsfilter/buf.h"
#include "newsfilter/decode.h"
#include "newsfilter/input.h"
#include "newsfilter/msg.h"
#include "newsfilter/utf8.h"
#include "simd.h"

#define RAW_CHUNK (256 * 1024)
#define READ_CHUNK (1024 * 1024)
/* Decode files and pipes ahead in a second thread; 0 decodes in turn
 * (built so only to measure what the thread gains: docs/containers.md). */
#ifndef NF_DECODE_AHEAD
#define NF_DECODE_AHEAD 1
#endif

struct nf_input {
	const char *name;
	int fd;                    /* -1 for a memory or callback input */
	const char *mem;
	size_t memlen, mempos;
	nf_source_fn src;          /* a callback input (an archive member) */
	void *src_ctx;
	int raw_eof;

	unsigned char *raw;        /* bytes read to sniff the format */
	size_t raw_pos, raw_len;
	struct nf_decode *dec;     /* compressed: the decoder */
	int failed;                /* an error was reported: stop reading */
	int raw_eof_u16;           /* read_bytes has no more for utf16_read */

	int utf16;                 /* 0, or 1 little-endian, 2 big-endian */
	unsigned char *u16;        /* UTF-16 bytes not yet converted */
	size_t u16_pos, u16_len, u16_cap;

	char *buf;                 /* decoded bytes; a line is a slice */
	size_t cap, start, end;
	int eof;                   /* no more decoded bytes will come */
	int bom_done;
	int at_fault;              /* the last line ended at a fault */
	long lineno;
	size_t plain;              /* nf_input_line_plain */
	size_t max_line;           /* 0, or longer lines are cut (-L) */
	int cut;                   /* the last line returned was too long */
	int skip_rest;             /* drop the rest of that line first */
};

/* The input's own bytes, whatever they hold: the count, 0 at the end, -1
 * on a read error (errno set), -2 when a callback reported its own. Called
 * from the decoding thread too, so it touches only the source. */
static long source_read(void *ctx, unsigned char *dst, size_t cap)
{
	struct nf_input *in = ctx;
	ssize_t n;

	if (in->src)
		return in->src(in->src_ctx, dst, cap);
	if (in->fd < 0) {
		size_t k = in->memlen - in->mempos;
		if (k > cap)
			k = cap;
		memcpy(dst, in->mem + in->mempos, k);
		in->mempos += k;
		return (long)k;
	}
	do
		n = read(in->fd, dst, cap);
	while (n < 0 && errno == EINTR);
	return n < 0 ? -1 : (long)n;
}

static size_t raw_read(struct nf_input *in, unsigned char *dst, size_t cap)
{
	long n;

	if (in->raw_eof)
		return 0;
	n = source_read(in, dst, cap);
	if (n < 0) {
		if (n == -1)
			nf_error(in->name, 0, "read error:");
		in->failed = 1;
		in->raw_eof = 1;
		return 0;
	}
	if (n == 0)
		in->raw_eof = 1;
	return (size_t)n;
}

/* cap: the first size of the line buffer (a memory input, often a small
 * tar member or WARC page, needs no more than its own size to start). */
static struct nf_input *input_new(const char *name, size_t cap)
{
	struct nf_input *in = nf_xcalloc(1, sizeof *in);

	in->name = name;
	in->raw = nf_xmalloc(RAW_CHUNK);
	in->cap = cap;
	in->buf = nf_xmalloc(in->cap);
	return in;
}

/* Look at the first bytes to choose a decoder or none: as many bytes as it
 * takes to tell, so a pipe is not waited on once they cannot be a magic. */
static void sniff(struct nf_input *in)
{
	int c;

	while ((c = nf_codec_detect(in->raw, in->raw_len, in->raw_eof)) < 0)
		in->raw_len += raw_read(in, in->raw + in->raw_len, RAW_CHUNK - in->raw_len);
	if (c != NF_CODEC_NONE && !in->failed) {
		/* A file or a pipe decodes ahead in a second thread: the
		 * decoding then costs little on top of the analysis. */
		in->dec = nf_decode_new((enum nf_codec)c, source_read, in,
			in->raw, in->raw_len, NF_DECODE_AHEAD && in->fd >= 0);
		in->raw_pos = in->raw_len = 0;
	}
}

struct nf_input *nf_input_open(const char *path)
{
	struct nf_input *in;
	int fd;

	if (!path || strcmp(path, "-") == 0) {
		in = input_new("-", READ_CHUNK);
		in->fd = 0;
	} else {
		do
			fd = open(path, O_RDONLY);
		while (fd < 0 && errno == EINTR);
		if (fd < 0) {
			nf_error(path, 0, "cannot open:");
			return NULL;
		}
		in = input_new(path, READ_CHUNK);
		in->fd = fd;
	}
	sniff(in);
	return in;
}

struct nf_input *nf_input_mem(const char *name, const char *data, size_t len)
{
	struct nf_input *in = input_new(name, len < READ_CHUNK - 4096 ? len + 4096 : READ_CHUNK);

	in->fd = -1;
	in->mem = data;
	in->memlen = len;
	sniff(in);
	return in;
}

struct nf_input *nf_input_source(const char *name, nf_source_fn src, void *ctx)
{
	struct nf_input *in = input_new(name, READ_CHUNK);

	in->fd = -1;
	in->src = src;
	in->src_ctx = ctx;
	sniff(in);
	return in;
}

/* Decompressed (or plain) bytes, before any UTF-16 conversion. */
static size_t read_bytes(struct nf_input *in, char *dst, size_t cap)
{
	size_t got = 0;

	if (in->failed)
		return 0;
	if (in->dec) {
		got = nf_decode_read(in->dec, dst, cap);
		if (!got) {
			const char *err = nf_decode_error(in->dec);
			if (err && *err)
				nf_error(in->name, 0, "%s", err);
			if (err)
				in->failed = 1;
		}
		return got;
	}
	/* Plain: first what sniff() read, then straight reads. */
	if (in->raw_pos < in->raw_len) {
		got = in->raw_len - in->raw_pos;
		if (got > cap)
			got = cap;
		memcpy(dst, in->raw + in->raw_pos, got);
		in->raw_pos += got;
		return got;
	}
	return raw_read(in, (unsigned char *)dst, cap);
}

/* UTF-16 (announced by its byte-order mark) converted to UTF-8; an
 * unpaired surrogate or an odd final byte becomes U+FFFD. */
static size_t utf16_read(struct nf_input *in, char *dst, size_t cap)
{
	size_t out = 0;

	while (cap - out >= 8) {
		size_t left = in->u16_len - in->u16_pos;
		if (left < 4 && !in->raw_eof_u16) {
			memmove(in->u16, in->u16 + in->u16_pos, left);
			in->u16_pos = 0;
			size_t n = read_bytes(in, (char *)in->u16 + left, in->u16_cap - left);
			in->u16_len = left + n;
			if (!n)
				in->raw_eof_u16 = 1;
			continue;
		}
		if (left == 0)
			break;
		if (left == 1) {
			out += nf_utf8_encode(0xFFFD, dst + out);
			in->u16_pos++;
			continue;
		}
		const unsigned char *p = in->u16 + in->u16_pos;
		uint32_t u = in->utf16 == 1 ? (uint32_t)(p[0] | p[1] << 8) : (uint32_t)(p[0] << 8 | p[1]);
		in->u16_pos += 2;
		if (u >= 0xD800 && u <= 0xDBFF && left >= 4) {
			uint32_t lo = in->utf16 == 1 ? (uint32_t)(p[2] | p[3] << 8) : (uint32_t)(p[2] << 8 | p[3]);
			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
				in->u16_pos += 2;
			}
		}
		if (u >= 0xD800 && u <= 0xDFFF)
			u = 0xFFFD;
		if (u == 0)
			u = ' ';
		out += nf_utf8_encode((int32_t)u, dst + out);
	}
	return out;
}

/* Decoded bytes past those already in buf. */
static size_t decoded_read(struct nf_input *in, char *dst, size_t cap)
{
	if (in->utf16)
		return utf16_read(in, dst, cap);
	return read_bytes(in, dst, cap);
}

size_t nf_input_read(struct nf_input *in, char *dst, size_t cap)
{
	/* Bytes read ahead (to tell a tar or WARC file from text) come first,
	 * so a reader on top never has to hand them back. */
	if (in->start < in->end) {
		size_t k = in->end - in->start;
		if (k > cap)
			k = cap;
		memcpy(dst, in->buf + in->start, k);
		in->start += k;
		return k;
	}
	return decoded_read(in, dst, cap);
}

/* Read more decoded bytes into buf after end; moves or grows the buffer.
 * Returns 0 when nothing more will come. */
static int fill(struct nf_input *in)
{
	if (in->eof)
		return 0;
	if (in->start > 0) {
		memmove(in->buf, in->buf + in->start, in->end - in->start);
		in->end -= in->start;
		in->start = 0;
	}
	if (in->cap - in->end < (in->cap < READ_CHUNK ? in->cap : READ_CHUNK) / 4) {
		in->cap *= 2;
		in->buf = nf_xrealloc(in->buf, in->cap);
	}
	size_t n = decoded_read(in, in->buf + in->end, in->cap - in->end);
	if (!n) {
		in->eof = 1;
		return 0;
	}
	in->end += n;
	return 1;
}

static void drop_bom(struct nf_input *in)
{
	while (in->end - in->start < 3 && fill(in))
		;
	if (in->end - in->start >= 3 && memcmp(in->buf + in->start, "\xEF\xBB\xBF", 3) == 0)
		in->start += 3;
	else if (in->end - in->start >= 2 && (memcmp(in->buf + in->start, "\xFF\xFE", 2) == 0 ||
	    memcmp(in->buf + in->start, "\xFE\xFF", 2) == 0)) {
		/* UTF-16: what was read so far is converted first. */
		in->utf16 = (unsigned char)in->buf[in->start] == 0xFF ? 1 : 2;
		in->u16_len = in->end - in->start - 2;
		in->u16_cap = in->u16_len > RAW_CHUNK ? in->u16_len : RAW_CHUNK;
		in->u16 = nf_xmalloc(in->u16_cap);
		memcpy(in->u16, in->buf + in->start + 2, in->u16_len);
		in->start = in->end = 0;
		in->eof = 0;
		fill(in);
	}
	in->bom_done = 1;
}

/* The first LF or CR in s[from..n), or NULL: one pass for both, so that
 * text with CR line ends costs what LF text costs, and a run of lone CRs
 * is not searched to its end for an LF once per line. The same pass notes
 * in *odd (while it is SIZE_MAX) the first byte before the line end that
 * is not ASCII or is NUL: the bytes before it need no UTF-8 check. */
static const char *find_eol(const char *s, size_t from, size_t n, size_t *odd)
{
	size_t i = from;

	for (; i + 16 <= n; i += 16) {
		nf_v16 v = nf_v16_load(s + i);
		unsigned e = nf_v16_mask(nf_v16_or(nf_v16_eq(v, '\n'), nf_v16_eq(v, '\r')));
		if (*odd == SIZE_MAX) {
			unsigned o = nf_v16_mask(v) | nf_v16_mask(nf_v16_eq(v, 0));
			if (e)
				o &= (1u << nf_lowbit(e)) - 1;
			if (o)
				*odd = i + nf_lowbit(o);
		}
		if (e)
			return s + i + nf_lowbit(e);
	}
	for (; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\n' || c == '\r')
			return s + i;
		if ((c >= 0x80 || c == 0) && *odd == SIZE_MAX)
			*odd = i;
	}
	return NULL;
}

void nf_input_set_max_line(struct nf_input *in, size_t max)
{
	in->max_line = max;
}

int nf_input_line_cut(const struct nf_input *in)
{
	return in->cut;
}

/* Drop the rest of a line cut at max_line, its terminator included,
 * without holding it. */
static void skip_rest(struct nf_input *in)
{
	in->skip_rest = 0;
	for (;;) {
		char *s = in->buf + in->start;
		size_t avail = in->end - in->start, odd = 0;
		const char *e = find_eol(s, 0, avail, &odd);
		if (e) {
			in->start += (size_t)(e - s) + 1;
			if (*e == '\r' && (in->start < in->end || fill(in)) && in->buf[in->start] == '\n')
				in->start++;   /* CR LF is one terminator */
			return;
		}
		in->start = in->end;
		if (!fill(in))
			return;
	}
}

/* A line of len bytes is returned: count it, and say whether it is longer
 * than the limit. */
static int line_found(struct nf_input *in, size_t len)
{
	in->lineno++;
	in->cut = in->max_line && len > in->max_line;
	in->at_fault = 0;
	return 1;
}

int nf_input_line(struct nf_input *in, const char **line, size_t *len)
{
	size_t scanned = 0, odd = SIZE_MAX;

	if (!in->bom_done)
		drop_bom(in);
	if (in->skip_rest)
		skip_rest(in);
	for (;;) {
		char *s = in->buf + in->start;
		size_t avail = in->end - in->start;
		const char *eol = find_eol(s, scanned, avail, &odd);

		if (eol) {
			size_t k = (size_t)(eol - s), skip = 1;
			if (*eol == '\r') {
				if (k + 1 == avail && !in->eof) {
					/* A CR at the end of the data: CR LF may
					 * straddle a read. Look again after it. */
					scanned = k;
					fill(in);
					continue;
				}
				if (k + 1 < avail && s[k + 1] == '\n')
					skip = 2;
			}
			*line = s;
			*len = k;
			in->plain = odd < k ? odd : k;
			in->start += k + skip;
			return line_found(in, k);
		}
		scanned = avail;
		if (in->max_line && avail > in->max_line) {
			/* Too long to hold: the caller sees its start, cut. */
			*line = s;
			*len = in->max_line;
			in->plain = odd < *len ? odd : *len;
			in->start = in->end;
			in->skip_rest = 1;
			return line_found(in, avail);
		}
		if (!fill(in)) {
			if (in->end == in->start)
				return 0;
			*line = in->buf + in->start;
			*len = in->end - in->start;
			in->plain = odd < *len ? odd : *len;
			in->start = in->end;
			line_found(in, *len);
			in->at_fault = in->failed;
			return 1;
		}
	}
}

size_t nf_input_line_plain(const struct nf_input *in)
{
	return in->plain;
}

static int blank_byte(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

int nf_input_peek(struct nf_input *in)
{
	if (!in->bom_done)
		drop_bom(in);
	for (;;) {
		/* Blank lines before the first content are dropped as they are
		 * passed (and counted, so line numbers stay right): however many
		 * there are, only the current one is held. */
		size_t i = in->start;
		for (; i < in->end; i++) {
			char c = in->buf[i];
			if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 == in->end && !in->eof)
					break;	/* CR LF may straddle a read */
				if (c == '\r' && i + 1 < in->end && in->buf[i + 1] == '\n')
					i++;
				in->lineno++;
				in->start = i + 1;
			} else if (!blank_byte(c)) {
				return (unsigned char)c;
			}
		}
		if (!fill(in))
			return -1;
	}
}

size_t nf_input_ahead(struct nf_input *in, size_t min, const char **p)
{
	if (!in->bom_done)
		drop_bom(in);
	/* No further read once something is there: a pipe that delivers a
	 * record at a time (tail -f, -u) must not stall on the sniffing. A
	 * file or a gzip stream gives far more than min in its first read. */
	(void)min;
	while (in->end == in->start && fill(in))
		;
	*p = in->buf + in->start;
	return in->end - in->start;
}

int nf_input_failed(const struct nf_input *in)
{
	return in->failed;
}

int nf_input_line_at_fault(const struct nf_input *in)
{
	return in->at_fault;
}

long nf_input_lineno(const struct nf_input *in)
{
	return in->lineno;
}

const char *nf_input_name(const struct nf_input *in)
{
	return in->name;
}

int nf_input_close(struct nf_input *in)
{
	int failed;

	if (!in)
		return 0;
	failed = in->failed;
	nf_decode_free(in->dec);
	if (in->fd > 0)
		close(in->fd);
	free(in->raw);
	free(in->u16);
	free(in->buf);
	free(in);
	return failed ? -1 : 0;
}
