/* decode.h: the check shared by the decoder fuzz targets (gzip, zstd, xz,
 * bzip2): the bytes decoded as one codec, handed over whole, in small
 * pieces, and whole to a decoder running ahead in its thread, must give the
 * same bytes and the same message; a decoder must never read or write out
 * of bounds (ASan) nor loop. */
#ifndef NF_FUZZ_DECODE_H
#define NF_FUZZ_DECODE_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "newsfilter/buf.h"
#include "newsfilter/decode.h"

struct piece_source {
	const uint8_t *data;
	size_t size, pos, step;
};

/* Hands out step bytes at a time (1 to 17, from the data's length), so
 * magics, headers and member ends straddle reads. */
static long piece_read(void *ctx, unsigned char *dst, size_t cap)
{
	struct piece_source *s = ctx;
	size_t n = s->size - s->pos;

	if (n > s->step)
		n = s->step;
	if (n > cap)
		n = cap;
	memcpy(dst, s->data + s->pos, n);
	s->pos += n;
	return (long)n;
}

/* Decode data as codec c; the output in out, the message (or "") in err. */
static void decode_all(enum nf_codec c, const uint8_t *data, size_t size, size_t step,
	int ahead, struct nf_buf *out, struct nf_buf *err)
{
	struct piece_source s = { data, size, 0, step };
	struct nf_decode *d = nf_decode_new(c, piece_read, &s, NULL, 0, ahead);
	char buf[4096];
	size_t n;

	out->len = err->len = 0;
	while ((n = nf_decode_read(d, buf, sizeof buf)) > 0)
		nf_buf_add(out, buf, n);
	const char *e = nf_decode_error(d);
	nf_buf_adds(err, e ? e : "");
	nf_decode_free(d);
}

/* The shorter of two outputs must begin the longer. */
static int is_prefix(const struct nf_buf *a, const struct nf_buf *b)
{
	const struct nf_buf *s = a->len <= b->len ? a : b, *l = s == a ? b : a;

	return !s->len || memcmp(s->data, l->data, s->len) == 0;
}

/* The kind of a message: up to its colon ("corrupt zstd data"); where in
 * a corrupt stream the decoder notices, and so its words after the colon,
 * may change with the reads. */
static size_t kind_len(const struct nf_buf *err)
{
	const char *colon = err->len ? memchr(err->data, ':', err->len) : NULL;

	return colon ? (size_t)(colon - err->data) : err->len;
}

/* 0 when the bytes are not this codec's; else 1, after checking that a
 * clean stream decodes to the same bytes however it arrives; at a fault
 * the message is of the same kind, and how much came out before it may
 * differ with the reads (decoders hold some back) but never disagree. */
static int check_decode(enum nf_codec c, const uint8_t *data, size_t size,
	struct nf_buf *whole, struct nf_buf *whole_err)
{
	struct nf_buf other = { 0 }, other_err = { 0 };

	/* Only what the input layer would hand this decoder: libzstd also
	 * reads the frames of its 0.x versions (other magics), and on those
	 * gives bytes no stream held. */
	if (nf_codec_detect(data, size, 1) != (int)c)
		return 0;
	decode_all(c, data, size, size ? size : 1, 0, whole, whole_err);
	/* In pieces, then whole again through the thread (in pieces too the
	 * thread would spend the run handing tiny blocks over). */
	for (int ahead = 0; ahead < 2; ahead++) {
		decode_all(c, data, size, ahead ? (size ? size : 1) : 1 + size % 17, ahead,
			&other, &other_err);
		size_t k = kind_len(whole_err);
		if (k != kind_len(&other_err) || (k && memcmp(whole_err->data, other_err.data, k)))
			abort();
		if (!is_prefix(whole, &other) || (!whole_err->len && whole->len != other.len))
			abort();
	}
	nf_buf_free(&other);
	nf_buf_free(&other_err);
	return 1;
}

#endif
