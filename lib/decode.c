/* decode.c: gzip, zstd, xz and bzip2 streams decoded as they are read. Each
 * library decodes one member; the loop here reads members one after
 * another and tells apart, after everything decoded before them, the
 * faults a user must hear about: a stream cut short, corrupt data, and
 * bytes after the last member that are not another one. gzip goes through
 * ISA-L's igzip where it was found at build time (4-5 times zlib's speed
 * here), through zlib otherwise. */
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bzlib.h>
#include <lzma.h>
#include <zstd.h>
#include <zstd_errors.h>
#ifdef NF_HAVE_ISAL
#include <isa-l/igzip_lib.h>
#else
#include <zlib.h>
#endif

#include "newsfilter/buf.h"
#include "newsfilter/decode.h"
#include "newsfilter/msg.h"

#define RAW_CHUNK (256 * 1024)
/* Zero bytes kept after the compressed bytes: ISA-L loads its input eight
 * bytes at a time, past the end it was given, and on corrupt data lets
 * those bytes into the output before it stops (found by fuzzing); here
 * they are ours, and always the same. */
#define RAW_PAD 64
/* The largest window a stream may ask for: xz's dictionary, zstd's window
 * (zstd --long=28, xz -9 needs 64 MiB). Memory is bounded by it, never by
 * the input. */
#define WINDOW_LOG_MAX 28
/* Decoding ahead: a ring of blocks the second thread fills. */
#define AHEAD_BLOCKS 4
#define AHEAD_BLOCK (256 * 1024)

enum step { STEP_OK, STEP_END, STEP_ERROR };

struct ahead {
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	unsigned char *block[AHEAD_BLOCKS];
	size_t len[AHEAD_BLOCKS];
	size_t pos;                /* read position in the first filled block */
	int first, filled;         /* the ring: first filled block, how many */
	int finished;              /* the thread has decoded all it will */
	int stop;                  /* asked to stop early */
};

struct nf_decode {
	enum nf_codec codec;
	nf_source_fn src;
	void *ctx;
	unsigned char *raw;        /* compressed bytes not yet decoded */
	size_t raw_pos, raw_len;
	int raw_eof;
	int member_done;           /* the decoder reached the end of a member */
	int done;                  /* nothing more will be decoded */
	int has_err;
	char err[200];
#ifdef NF_HAVE_ISAL
	struct inflate_state *isal;
	/* The gzip header is read here, not by isal_inflate: ISA-L 2.30
	 * keeps the header's flags in a struct of its own stack, so a header
	 * split over two reads (found by fuzzing: cut after the file name)
	 * was misread. This one lives as long as the member. */
	struct isal_gzip_header gz_header;
	int gz_header_done;
	size_t gz_header_pos;      /* header bytes of this member read so far */
#else
	z_stream zs;
#endif
	ZSTD_DCtx *zstd;
	/* This zstd frame's first bytes (fed one at a time, codec_step)
	 * and the bytes it has made: libzstd 1.5's streaming path does not
	 * check a frame's content size when its last block is empty (found
	 * by fuzzing: a header saying 256 bytes, no bytes; zstd -t calls it
	 * corrupt). We check it at every frame's end. */
	unsigned char zstd_head[18];   /* the largest frame header */
	size_t zstd_head_len;
	unsigned long long zstd_made;
	lzma_stream xz;
	bz_stream bz;
	struct ahead *ahead;
};

/* Magic bytes, each with a mask (a zstd skippable frame is 0x5? 2A 4D 18). */
static const struct magic {
	enum nf_codec codec;
	unsigned char len;
	unsigned char val[10], mask[10];
} magics[] = {
	{ NF_CODEC_GZIP, 2, { 0x1f, 0x8b }, { 0xff, 0xff } },
	{ NF_CODEC_ZSTD, 4, { 0x28, 0xb5, 0x2f, 0xfd }, { 0xff, 0xff, 0xff, 0xff } },
	{ NF_CODEC_ZSTD, 4, { 0x50, 0x2a, 0x4d, 0x18 }, { 0xf0, 0xff, 0xff, 0xff } },
	{ NF_CODEC_XZ, 6, { 0xfd, '7', 'z', 'X', 'Z', 0 }, { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff } },
	/* "BZh", a block size digit (checked below), then the magic of the
	 * first block (pi) or of the end of an empty stream (sqrt pi). */
	{ NF_CODEC_BZIP2, 10, { 'B', 'Z', 'h', 0, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59 },
		{ 0xff, 0xff, 0xff, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff } },
	{ NF_CODEC_BZIP2, 10, { 'B', 'Z', 'h', 0, 0x17, 0x72, 0x45, 0x38, 0x50, 0x90 },
		{ 0xff, 0xff, 0xff, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff } },
};

int nf_codec_detect(const unsigned char *p, size_t n, int eof)
{
	int partial = 0;

	for (size_t i = 0; i < sizeof magics / sizeof magics[0]; i++) {
		const struct magic *m = &magics[i];
		size_t k = 0;
		for (; k < m->len && k < n; k++) {
			if ((p[k] & m->mask[k]) != m->val[k])
				break;
			if (m->codec == NF_CODEC_BZIP2 && k == 3 && (p[k] < '1' || p[k] > '9'))
				break;
		}
		if (k == m->len)
			return m->codec;
		if (k == n)
			partial = 1;
	}
	return partial && !eof ? -1 : NF_CODEC_NONE;
}

const char *nf_codec_name(enum nf_codec c)
{
	switch (c) {
	case NF_CODEC_GZIP: return "gzip";
	case NF_CODEC_ZSTD: return "zstd";
	case NF_CODEC_XZ: return "xz";
	case NF_CODEC_BZIP2: return "bzip2";
	default: return "plain";
	}
}

static void set_error(struct nf_decode *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void set_error(struct nf_decode *d, const char *fmt, ...)
{
	va_list ap;

	if (d->has_err)
		return;
	va_start(ap, fmt);
	vsnprintf(d->err, sizeof d->err, fmt, ap);
	va_end(ap);
	d->has_err = 1;
	d->done = 1;
}

/* The decoders, one member at a time. */

static void codec_init(struct nf_decode *d)
{
	switch (d->codec) {
	case NF_CODEC_GZIP:
#ifdef NF_HAVE_ISAL
		d->isal = nf_xcalloc(1, sizeof *d->isal);
		isal_inflate_init(d->isal);
		isal_gzip_header_init(&d->gz_header);
		d->gz_header_done = 0;
		d->gz_header_pos = 0;
#else
		if (inflateInit2(&d->zs, 16 + MAX_WBITS) != Z_OK)
			nf_die(1, "zlib: cannot initialise");
#endif
		break;
	case NF_CODEC_ZSTD:
		d->zstd = ZSTD_createDCtx();
		if (!d->zstd)
			nf_die(1, "out of memory");
		ZSTD_DCtx_setParameter(d->zstd, ZSTD_d_windowLogMax, WINDOW_LOG_MAX);
		break;
	case NF_CODEC_XZ:
		d->xz = (lzma_stream)LZMA_STREAM_INIT;
		if (lzma_stream_decoder(&d->xz, (uint64_t)1 << WINDOW_LOG_MAX, 0) != LZMA_OK)
			nf_die(1, "xz: cannot initialise");
		break;
	case NF_CODEC_BZIP2:
		memset(&d->bz, 0, sizeof d->bz);
		if (BZ2_bzDecompressInit(&d->bz, 0, 0) != BZ_OK)
			nf_die(1, "bzip2: cannot initialise");
		break;
	default:
		break;
	}
}

static void codec_end(struct nf_decode *d)
{
	switch (d->codec) {
	case NF_CODEC_GZIP:
#ifdef NF_HAVE_ISAL
		free(d->isal);
#else
		inflateEnd(&d->zs);
#endif
		break;
	case NF_CODEC_ZSTD:
		ZSTD_freeDCtx(d->zstd);
		break;
	case NF_CODEC_XZ:
		lzma_end(&d->xz);
		break;
	case NF_CODEC_BZIP2:
		BZ2_bzDecompressEnd(&d->bz);
		break;
	default:
		break;
	}
}

/* Ready for the next member. */
static void codec_reset(struct nf_decode *d)
{
	switch (d->codec) {
	case NF_CODEC_GZIP:
#ifdef NF_HAVE_ISAL
		isal_inflate_reset(d->isal);
		isal_gzip_header_init(&d->gz_header);
		d->gz_header_done = 0;
		d->gz_header_pos = 0;
#else
		inflateReset(&d->zs);
#endif
		break;
	case NF_CODEC_ZSTD:
		ZSTD_DCtx_reset(d->zstd, ZSTD_reset_session_only);
		d->zstd_head_len = 0;
		d->zstd_made = 0;
		break;
	case NF_CODEC_XZ:
	case NF_CODEC_BZIP2:
		codec_end(d);
		codec_init(d);
		break;
	default:
		break;
	}
}

#ifdef NF_HAVE_ISAL
/* ISA-L's faults in zlib's words, so that messages stay as they were. */
static const char *isal_message(int r)
{
	switch (r) {
	case ISAL_INVALID_BLOCK: return "invalid block type";
	case ISAL_INVALID_SYMBOL: return "invalid code";
	case ISAL_INVALID_LOOKBACK: return "invalid distance too far back";
	case ISAL_INVALID_WRAPPER: return "incorrect header check";
	case ISAL_UNSUPPORTED_METHOD: return "unknown compression method";
	case ISAL_INCORRECT_CHECKSUM: return "incorrect data check";
	case ISAL_NEED_DICT: return "needs a dictionary";
	default: return "invalid data";
	}
}
#endif

static const char *xz_message(lzma_ret r)
{
	switch (r) {
	case LZMA_FORMAT_ERROR: return "not in the .xz format";
	case LZMA_OPTIONS_ERROR: return "unsupported options";
	case LZMA_DATA_ERROR: return "compressed data is corrupt";
	case LZMA_BUF_ERROR: return "unexpected end of input";
	default: return "internal error";
	}
}

/* Decode from in[0..inlen) into out[0..outlen): bytes used and made. */
static enum step codec_step(struct nf_decode *d, const unsigned char *in, size_t inlen,
	size_t *used, unsigned char *out, size_t outlen, size_t *made)
{
	const char *name = nf_codec_name(d->codec);

	if (inlen > UINT32_MAX)
		inlen = UINT32_MAX;
	if (outlen > UINT32_MAX)
		outlen = UINT32_MAX;
	switch (d->codec) {
	case NF_CODEC_GZIP: {
#ifdef NF_HAVE_ISAL
		struct inflate_state *s = d->isal;
		int r;
		s->next_in = (uint8_t *)(uintptr_t)in;
		s->avail_in = (uint32_t)inlen;
		s->next_out = out;
		s->avail_out = (uint32_t)outlen;
		if (!d->gz_header_done) {
			/* RFC 1952: a reader must refuse a header with a
			 * reserved flag bit (0xe0) set, as zlib and gzip(1)
			 * do; ISA-L reads past it (found by fuzzing, which
			 * holds the two readers to the same verdict). FLG is
			 * the header's fourth byte. */
			size_t k = d->gz_header_pos;
			if (k <= 3 && inlen > 3 - k && (in[3 - k] & 0xe0)) {
				*used = *made = 0;
				set_error(d, "corrupt gzip data: %s", "unknown header flags set");
				return STEP_ERROR;
			}
			r = isal_read_gzip_header(s, &d->gz_header);
			d->gz_header_pos += (size_t)(s->next_in - in);
			if (r == ISAL_DECOMP_OK) {
				d->gz_header_done = 1;
				s->crc_flag = ISAL_GZIP_NO_HDR_VER;   /* the trailer is checked */
				r = isal_inflate(s);
			} else if (r == ISAL_END_INPUT) {
				r = ISAL_DECOMP_OK;
			}
		} else {
			r = isal_inflate(s);
		}
		*used = (size_t)(s->next_in - in);
		*made = (size_t)(s->next_out - out);
		/* A distance past the start of the data: ISA-L has copied
		 * from its own buffers before it noticed, so what this call
		 * made ends in bytes that were never in the stream. */
		if (r == ISAL_INVALID_LOOKBACK)
			*made = 0;
		if (r != ISAL_DECOMP_OK) {
			set_error(d, "corrupt gzip data: %s", isal_message(r));
			return STEP_ERROR;
		}
		return s->block_state == ISAL_BLOCK_FINISH ? STEP_END : STEP_OK;
#else
		z_stream *z = &d->zs;
		z->next_in = (Bytef *)(uintptr_t)in;
		z->avail_in = (uInt)inlen;
		z->next_out = out;
		z->avail_out = (uInt)outlen;
		int r = inflate(z, Z_NO_FLUSH);
		*used = inlen - z->avail_in;
		*made = outlen - z->avail_out;
		if (r == Z_STREAM_END)
			return STEP_END;
		if (r == Z_MEM_ERROR)
			nf_die(1, "out of memory");
		if (r == Z_DATA_ERROR || r == Z_NEED_DICT || r == Z_STREAM_ERROR) {
			set_error(d, "corrupt gzip data: %s", z->msg ? z->msg : "invalid data");
			return STEP_ERROR;
		}
		return STEP_OK;   /* Z_BUF_ERROR: no progress; the loop sees it */
#endif
	}
	case NF_CODEC_ZSTD: {
		/* A frame's first 18 bytes (its largest header) go in one
		 * at a time: libzstd decodes a frame in a single pass when
		 * the call that completes its header holds the rest of it
		 * (or bytes that read as a frame there), and that pass
		 * judges some corrupt frames otherwise than its streaming
		 * path does (an empty compressed block; a skippable frame's
		 * magic right after the header's: found by fuzzing). One
		 * byte holds no frame: every frame streams, however the
		 * bytes arrive. */
		if (d->zstd_head_len < sizeof d->zstd_head && inlen > 1)
			inlen = 1;
		ZSTD_inBuffer zi = { in, inlen, 0 };
		ZSTD_outBuffer zo = { out, outlen, 0 };
		size_t r = ZSTD_decompressStream(d->zstd, &zo, &zi);
		*used = zi.pos;
		*made = zo.pos;
		size_t keep = sizeof d->zstd_head - d->zstd_head_len;
		if (keep > zi.pos)
			keep = zi.pos;
		memcpy(d->zstd_head + d->zstd_head_len, in, keep);
		d->zstd_head_len += keep;
		d->zstd_made += zo.pos;
		if (ZSTD_isError(r)) {
			if (ZSTD_getErrorCode(r) == ZSTD_error_frameParameter_windowTooLarge)
				set_error(d, "zstd data needs a window over %d MiB: not read",
					1 << (WINDOW_LOG_MAX - 20));
			else if (ZSTD_getErrorCode(r) == ZSTD_error_memory_allocation)
				nf_die(1, "out of memory");
			else
				set_error(d, "corrupt zstd data: %s", ZSTD_getErrorName(r));
			return STEP_ERROR;
		}
		if (r != 0)
			return STEP_OK;
		unsigned long long want = ZSTD_getFrameContentSize(d->zstd_head, d->zstd_head_len);
		if (want < ZSTD_CONTENTSIZE_ERROR && want != d->zstd_made) {
			set_error(d, "corrupt zstd data: %s",
				ZSTD_getErrorString(ZSTD_error_corruption_detected));
			return STEP_ERROR;
		}
		return STEP_END;
	}
	case NF_CODEC_XZ: {
		lzma_stream *x = &d->xz;
		x->next_in = in;
		x->avail_in = inlen;
		x->next_out = out;
		x->avail_out = outlen;
		lzma_ret r = lzma_code(x, LZMA_RUN);
		*used = inlen - x->avail_in;
		*made = outlen - x->avail_out;
		if (r == LZMA_STREAM_END)
			return STEP_END;
		if (r == LZMA_OK || r == LZMA_BUF_ERROR)
			return STEP_OK;
		if (r == LZMA_MEM_ERROR)
			nf_die(1, "out of memory");
		if (r == LZMA_MEMLIMIT_ERROR)
			set_error(d, "xz data needs a dictionary over %d MiB: not read",
				1 << (WINDOW_LOG_MAX - 20));
		else
			set_error(d, "corrupt xz data: %s", xz_message(r));
		return STEP_ERROR;
	}
	case NF_CODEC_BZIP2: {
		bz_stream *b = &d->bz;
		b->next_in = (char *)(uintptr_t)in;
		b->avail_in = (unsigned)inlen;
		b->next_out = (char *)out;
		b->avail_out = (unsigned)outlen;
		int r = BZ2_bzDecompress(b);
		*used = inlen - b->avail_in;
		*made = outlen - b->avail_out;
		if (r == BZ_STREAM_END)
			return STEP_END;
		if (r == BZ_OK)
			return STEP_OK;
		if (r == BZ_MEM_ERROR)
			nf_die(1, "out of memory");
		set_error(d, "corrupt bzip2 data: %s", r == BZ_DATA_ERROR_MAGIC ?
			"bad magic" : r == BZ_DATA_ERROR ? "data integrity error" : "internal error");
		return STEP_ERROR;
	}
	default:
		set_error(d, "%s: not a compressed stream", name);
		return STEP_ERROR;
	}
}

/* Compressed bytes from the source. */

static size_t source_read(struct nf_decode *d, unsigned char *dst, size_t cap)
{
	long n = d->src(d->ctx, dst, cap);

	if (n > 0)
		return (size_t)n;
	if (n == -1)
		set_error(d, "read error: %s", strerror(errno));
	else if (n < 0)
		set_error(d, "%s", "");   /* reported by the source */
	d->raw_eof = 1;
	return 0;
}

/* Append more compressed bytes after those not yet used. */
static void raw_more(struct nf_decode *d)
{
	if (d->raw_pos > 0) {
		memmove(d->raw, d->raw + d->raw_pos, d->raw_len - d->raw_pos);
		d->raw_len -= d->raw_pos;
		d->raw_pos = 0;
	}
	if (d->raw_len < RAW_CHUNK && !d->raw_eof)
		d->raw_len += source_read(d, d->raw + d->raw_len, RAW_CHUNK - d->raw_len);
}

/* After a member: another one, zero padding (tape blocks, preallocated
 * files: gzip accepts it, and so do we), the end, or garbage? */
static int next_member(struct nf_decode *d)
{
	for (;;) {
		if (d->raw_pos == d->raw_len) {
			if (d->raw_eof)
				return 0;
			raw_more(d);
			continue;
		}
		if (d->raw[d->raw_pos] == 0) {
			while (d->raw_pos < d->raw_len && d->raw[d->raw_pos] == 0)
				d->raw_pos++;
			continue;
		}
		int c = nf_codec_detect(d->raw + d->raw_pos, d->raw_len - d->raw_pos, d->raw_eof);
		if (c < 0) {
			raw_more(d);
			continue;
		}
		if (c == (int)d->codec) {
			codec_reset(d);
			d->member_done = 0;
			return 1;
		}
		set_error(d, "trailing garbage after %s data ignored", nf_codec_name(d->codec));
		return 0;
	}
}

/* Decode in the calling thread. Returns as soon as some output is there,
 * so that a stream on a slow pipe flows record by record. */
static size_t decode_direct(struct nf_decode *d, unsigned char *dst, size_t cap)
{
	size_t got = 0;

	while (got == 0 && !d->done) {
		if (d->member_done && !next_member(d)) {
			d->done = 1;
			break;
		}
		if (d->raw_pos == d->raw_len && !d->raw_eof) {
			d->raw_pos = d->raw_len = 0;
			d->raw_len = source_read(d, d->raw, RAW_CHUNK);
			if (d->done)
				break;
		}
		size_t used = 0, made = 0;
		memset(d->raw + d->raw_len, 0, RAW_PAD);
		enum step r = codec_step(d, d->raw + d->raw_pos, d->raw_len - d->raw_pos,
			&used, dst + got, cap - got, &made);
		d->raw_pos += used;
		got += made;
		if (r == STEP_END)
			d->member_done = 1;
		else if (r == STEP_ERROR)
			d->done = 1;
		else if (!used && !made) {
			/* The decoder wants more than there is. */
			if (d->raw_eof)
				set_error(d, "truncated %s file", nf_codec_name(d->codec));
			else if (d->raw_pos == 0 && d->raw_len == RAW_CHUNK)
				set_error(d, "corrupt %s data: no progress", nf_codec_name(d->codec));
			else if (d->raw_pos < d->raw_len)
				raw_more(d);
		}
	}
	return got;
}

/* Decoding ahead: the second thread fills blocks while the caller reads
 * the ones before. Errors are kept until the caller reaches them, so they
 * are reported in the same place as without the thread. */

static void *ahead_run(void *arg)
{
	struct nf_decode *d = arg;
	struct ahead *a = d->ahead;

	pthread_mutex_lock(&a->mu);
	for (;;) {
		while (a->filled == AHEAD_BLOCKS && !a->stop)
			pthread_cond_wait(&a->cv, &a->mu);
		if (a->stop)
			break;
		int i = (a->first + a->filled) % AHEAD_BLOCKS;
		pthread_mutex_unlock(&a->mu);
		size_t n = decode_direct(d, a->block[i], AHEAD_BLOCK);
		pthread_mutex_lock(&a->mu);
		if (!n)
			break;
		a->len[i] = n;
		a->filled++;
		pthread_cond_broadcast(&a->cv);
	}
	a->finished = 1;
	pthread_cond_broadcast(&a->cv);
	pthread_mutex_unlock(&a->mu);
	return NULL;
}

static size_t ahead_read(struct nf_decode *d, char *dst, size_t cap)
{
	struct ahead *a = d->ahead;
	size_t got = 0;
	int filled, done = 0;

	pthread_mutex_lock(&a->mu);
	while (!a->filled && !a->finished)
		pthread_cond_wait(&a->cv, &a->mu);
	filled = a->filled;
	pthread_mutex_unlock(&a->mu);
	/* Filled blocks are ours until handed back: copy without the lock. */
	for (int k = 0; k < filled && got < cap; k++) {
		int i = (a->first + k) % AHEAD_BLOCKS;
		size_t n = a->len[i] - a->pos;
		if (n > cap - got)
			n = cap - got;
		memcpy(dst + got, a->block[i] + a->pos, n);
		got += n;
		a->pos += n;
		if (a->pos < a->len[i])
			break;
		a->pos = 0;
		done++;
	}
	if (done) {
		pthread_mutex_lock(&a->mu);
		a->first = (a->first + done) % AHEAD_BLOCKS;
		a->filled -= done;
		pthread_cond_broadcast(&a->cv);
		pthread_mutex_unlock(&a->mu);
	}
	return got;
}

struct nf_decode *nf_decode_new(enum nf_codec c, nf_source_fn src, void *ctx,
	const unsigned char *head, size_t head_len, int ahead)
{
	struct nf_decode *d = nf_xcalloc(1, sizeof *d);

	d->codec = c;
	d->src = src;
	d->ctx = ctx;
	d->raw = nf_xcalloc(1, RAW_CHUNK + RAW_PAD);
	if (head_len > RAW_CHUNK)
		nf_die(1, "decode: %zu bytes of head", head_len);
	if (head_len)
		memcpy(d->raw, head, head_len);
	d->raw_len = head_len;
	codec_init(d);
	if (ahead) {
		struct ahead *a = nf_xcalloc(1, sizeof *a);
		for (int i = 0; i < AHEAD_BLOCKS; i++)
			a->block[i] = nf_xmalloc(AHEAD_BLOCK);
		pthread_mutex_init(&a->mu, NULL);
		pthread_cond_init(&a->cv, NULL);
		d->ahead = a;
		if (pthread_create(&a->thread, NULL, ahead_run, d) != 0) {
			/* No thread to be had: decode in turn, as without. */
			for (int i = 0; i < AHEAD_BLOCKS; i++)
				free(a->block[i]);
			pthread_mutex_destroy(&a->mu);
			pthread_cond_destroy(&a->cv);
			free(a);
			d->ahead = NULL;
		}
	}
	return d;
}

size_t nf_decode_read(struct nf_decode *d, char *dst, size_t cap)
{
	if (!cap)
		return 0;
	if (d->ahead)
		return ahead_read(d, dst, cap);
	return decode_direct(d, (unsigned char *)dst, cap);
}

const char *nf_decode_error(const struct nf_decode *d)
{
	/* With a thread, the error is read once the caller has seen the
	 * end, which it saw under the lock after the thread wrote it. */
	return d->has_err ? d->err : NULL;
}

void nf_decode_free(struct nf_decode *d)
{
	if (!d)
		return;
	if (d->ahead) {
		struct ahead *a = d->ahead;
		pthread_mutex_lock(&a->mu);
		a->stop = 1;
		pthread_cond_broadcast(&a->cv);
		pthread_mutex_unlock(&a->mu);
		pthread_join(a->thread, NULL);
		for (int i = 0; i < AHEAD_BLOCKS; i++)
			free(a->block[i]);
		pthread_mutex_destroy(&a->mu);
		pthread_cond_destroy(&a->cv);
		free(a);
	}
	codec_end(d);
	free(d->raw);
	free(d);
}
