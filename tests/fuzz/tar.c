/* tar.c: libFuzzer target for the archive reader on tar (plain or
 * compressed: the input layer decodes): any bytes read to the end without
 * a fault; every path is valid UTF-8 with its NUL in place. */
#include "archive.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	read_archive(NF_ARCHIVE_TAR, data, size);
	return 0;
}
