/* decode.h: compressed streams (gzip, zstd, xz, bzip2), told apart by their
 * magic bytes and decoded as they are read, member after member; on request
 * the decoding runs ahead in a second thread. */
#ifndef NEWSFILTER_DECODE_H
#define NEWSFILTER_DECODE_H

#include <stddef.h>

enum nf_codec { NF_CODEC_NONE, NF_CODEC_GZIP, NF_CODEC_ZSTD, NF_CODEC_XZ, NF_CODEC_BZIP2 };

/* The codec whose magic p[0..n) starts with, or NF_CODEC_NONE; -1 when
 * the bytes so far are the start of a magic and more are needed to tell
 * (never when eof is set: then a short prefix is no magic). */
int nf_codec_detect(const unsigned char *p, size_t n, int eof);

/* "gzip", "zstd", "xz", "bzip2". */
const char *nf_codec_name(enum nf_codec c);

/* Where compressed bytes come from: up to cap bytes into dst; returns the
 * count, 0 at the end, -1 on a read error (errno set), -2 after an error
 * its source has already reported. */
typedef long (*nf_source_fn)(void *ctx, unsigned char *dst, size_t cap);

struct nf_decode;

/* Decode codec c from src, starting with the head_len bytes at head (what
 * was read to sniff the magic; copied). With ahead, a second thread reads
 * and decodes ahead of the caller (src is then called from that thread). */
struct nf_decode *nf_decode_new(enum nf_codec c, nf_source_fn src, void *ctx,
	const unsigned char *head, size_t head_len, int ahead);

/* Up to cap decoded bytes, as soon as some are there; 0 at the end of the
 * data or at the first fault (then nf_decode_error says which). Members
 * (gzip members, zstd frames, xz and bzip2 streams) are read one after
 * another, zero bytes between them skipped. */
size_t nf_decode_read(struct nf_decode *d, char *dst, size_t cap);

/* After nf_decode_read returned 0: NULL at a clean end, else the message
 * for the fault ("truncated gzip file", "corrupt xz data: ...", "trailing
 * garbage after zstd data ignored", "read error: ..."); "" when the
 * source had already reported its own error. */
const char *nf_decode_error(const struct nf_decode *d);

/* Stop (joining the thread, if any) and free. */
void nf_decode_free(struct nf_decode *d);

#endif
