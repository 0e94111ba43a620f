/* xz.c: libFuzzer target for the xz decoder (lib/decode.c): the bytes
 * as a xz stream, whole and in pieces, decode the same (tests/fuzz/decode.h). */
#include "decode.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nf_buf out = { 0 }, err = { 0 };

	check_decode(NF_CODEC_XZ, data, size, &out, &err);
	nf_buf_free(&out);
	nf_buf_free(&err);
	return 0;
}
