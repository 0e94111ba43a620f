/* zip.c: libFuzzer target for the archive reader on zip (members stored,
 * deflated, or with the other methods libarchive reads): any bytes read to
 * the end without a fault; every path is valid UTF-8 with its NUL in place. */
#include "archive.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	read_archive(NF_ARCHIVE_ZIP, data, size);
	return 0;
}
