/* bzip2.c: libFuzzer target for the bzip2 decoder (lib/decode.c): the bytes
 * as a bzip2 stream, whole and in pieces, decode the same (tests/fuzz/decode.h). */
#include "decode.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nf_buf out = { 0 }, err = { 0 };

	check_decode(NF_CODEC_BZIP2, data, size, &out, &err);
	nf_buf_free(&out);
	nf_buf_free(&err);
	return 0;
}
