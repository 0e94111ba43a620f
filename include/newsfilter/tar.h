/* tar.h: the regular files of a tar archive (ustar, GNU, pax), one at a
 * time, each read whole into a buffer that grows with the largest one. */
#ifndef NEWSFILTER_TAR_H
#define NEWSFILTER_TAR_H

#include <stddef.h>

struct nf_input;
struct nf_tar;

/* Is block[0..len) the first header of a tar archive: at least 512 bytes,
 * "ustar" at offset 257 and a valid header checksum? */
int nf_tar_detect(const unsigned char *block, size_t len);

/* Read members from in (bytes a caller looked at with nf_input_ahead are
 * still read first). The caller keeps in and closes it after nf_tar_free. */
struct nf_tar *nf_tar_new(struct nf_input *in);

/* The next regular file: its path (pax "path" or GNU long name when given;
 * valid UTF-8, control characters shown as '?', NUL-terminated) and its
 * bytes. Directories, links, devices and pax/GNU meta entries are skipped.
 * Both slices stay valid until the next call. Returns 1, or 0 at the end
 * of the archive (two zero blocks, or end of input) or after a truncated
 * member or a bad header, which are reported once with nf_error and end
 * the archive. */
int nf_tar_next(struct nf_tar *t, const char **path, size_t *path_len,
	const char **data, size_t *len);

/* Number of members skipped so far (not regular files). */
long nf_tar_skipped(const struct nf_tar *t);

void nf_tar_free(struct nf_tar *t);

#endif
