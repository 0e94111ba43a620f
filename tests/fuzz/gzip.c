/* gzip.c: libFuzzer target for the gzip decoder (lib/decode.c): the bytes
 * as a gzip stream, whole and in pieces, decode the same
 * (tests/fuzz/decode.h); built with ISA-L, the result must also be zlib's:
 * a stream one of them reads cleanly the other reads cleanly to the same
 * bytes (members, zero padding and garbage taken as lib/decode.c takes
 * them). */
#include "decode.h"

#ifdef NF_HAVE_ISAL
#include <zlib.h>

/* zlib's reading: 0 when clean, -1 at a fault. */
static int zlib_all(const uint8_t *data, size_t size, struct nf_buf *out)
{
	z_stream z;
	unsigned char buf[4096];
	size_t pos = 0;
	int st = -1;

	memset(&z, 0, sizeof z);
	if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)
		abort();
	out->len = 0;
	for (;;) {
		z.next_in = (Bytef *)(uintptr_t)(data + pos);
		z.avail_in = (uInt)(size - pos);
		z.next_out = buf;
		z.avail_out = sizeof buf;
		int r = inflate(&z, Z_NO_FLUSH);
		size_t made = sizeof buf - z.avail_out;
		nf_buf_add(out, buf, made);
		pos = size - z.avail_in;
		if (r == Z_STREAM_END) {
			while (pos < size && data[pos] == 0)
				pos++;
			if (pos == size) {
				st = 0;
				break;
			}
			if (size - pos >= 2 && data[pos] == 0x1f && data[pos + 1] == 0x8b) {
				inflateReset(&z);
				continue;
			}
			break;
		}
		if (r != Z_OK && r != Z_BUF_ERROR)
			break;
		if (r == Z_BUF_ERROR && !made)
			break;   /* truncated */
	}
	inflateEnd(&z);
	return st;
}
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nf_buf out = { 0 }, err = { 0 };

	if (!check_decode(NF_CODEC_GZIP, data, size, &out, &err))
		return 0;
#ifdef NF_HAVE_ISAL
	struct nf_buf ref = { 0 };
	int ref_clean = zlib_all(data, size, &ref) == 0;
	int clean = err.len == 0;
	if (ref_clean != clean)
		abort();
	if (clean && (ref.len != out.len || (out.len && memcmp(ref.data, out.data, out.len))))
		abort();
	nf_buf_free(&ref);
#endif
	nf_buf_free(&out);
	nf_buf_free(&err);
	return 0;
}
