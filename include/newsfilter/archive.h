/* archive.h: the regular files of a tar archive (ustar, GNU, pax, with
 * sparse members) or a zip archive, one at a time, each read as a stream:
 * memory does not grow with a member's size. libarchive reads the formats. */
#ifndef NEWSFILTER_ARCHIVE_H
#define NEWSFILTER_ARCHIVE_H

#include <stddef.h>

struct nf_input;
struct nf_archive;

enum nf_archive_kind { NF_ARCHIVE_NONE, NF_ARCHIVE_TAR, NF_ARCHIVE_ZIP };

/* What p[0..n) starts: a tar archive (at least 512 bytes, "ustar" at
 * offset 257 and a valid header checksum), a zip archive (a local file
 * header, or the end record of an empty archive), or neither. */
enum nf_archive_kind nf_archive_detect(const unsigned char *p, size_t n);

/* "tar", "zip". */
const char *nf_archive_kind_name(enum nf_archive_kind k);

/* Read the members of in (bytes a caller looked at with nf_input_ahead
 * are still read first). The caller keeps in and closes it after
 * nf_archive_free. */
struct nf_archive *nf_archive_new(struct nf_input *in, enum nf_archive_kind k);

/* The next regular file: its path as written (valid UTF-8, control
 * characters shown as '?', NUL-terminated), valid until the next call.
 * Directories, links, devices and meta entries are skipped, and so are
 * encrypted members (reported). Returns 1, or 0 at the end of the archive
 * or after a fault that ends it: a bad header or a truncated archive,
 * reported once, naming the archive. */
int nf_archive_next(struct nf_archive *a, const char **path, size_t *len);

/* The next bytes of the current member (an nf_source_fn: arc is the
 * archive): the count, 0 at its end, -2 after a fault, reported (a
 * truncated archive names the archive; corrupt member data names the
 * archive and the member). Sparse members come with their holes as zeros. */
long nf_archive_read(void *arc, unsigned char *dst, size_t cap);

/* Members skipped so far (not regular files). */
long nf_archive_skipped(const struct nf_archive *a);

void nf_archive_free(struct nf_archive *a);

#endif
