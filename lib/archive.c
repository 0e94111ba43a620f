/* archive.c: the regular files of tar and zip archives, read in order from
 * an input that may be compressed (the input layer decodes) and streamed a
 * member at a time. libarchive reads the formats: it knows every tar
 * dialect (GNU and pax sparse members included) and zip's; the hand-made
 * tar reader it replaced held each member whole and was no faster (see
 * docs/containers.md for the figures). Detection is ours, on the bytes the
 * record reader looks at before choosing, since libarchive would consume
 * them; so are the messages, in the words the tar reader used. */
#include <stdlib.h>
#include <string.h>

#include <archive.h>
#include <archive_entry.h>

#include "newsfilter/archive.h"
#include "newsfilter/buf.h"
#include "newsfilter/input.h"
#include "newsfilter/msg.h"
#include "newsfilter/utf8.h"

#define BLOCK 512
#define FEED (64 * 1024)

struct nf_archive {
	struct nf_input *in;
	enum nf_archive_kind kind;
	struct archive *ar;
	unsigned char feed[FEED];    /* the block libarchive reads from */
	long long fed;               /* bytes handed to libarchive so far */
	int eof;                     /* the input gave all it had */
	struct nf_buf path;          /* the member's path, valid UTF-8 */
	struct nf_buf where;         /* "archive:member" for messages */
	long skipped;
	int open;                    /* archive_read_open succeeded */
	int in_member;               /* a member is being read */
	int done;                    /* the archive has ended */
	/* The member's data, a block at a time as libarchive holds it (a
	 * fault then loses nothing read before it), holes as zeros. */
	const char *blk;             /* bytes of the block not yet returned */
	size_t blk_len;
	long long blk_at;            /* their offset in the member */
	long long at;                /* offset of the next byte returned */
	long long size;              /* the member's size, -1 if not known */
	int blocks_done;             /* libarchive has no more blocks */
	int bad_data;                /* a warning came with the last block */
	int sparse;                  /* a sparse member: holes are zeros */
	int cut;                     /* a hole of this member was cut */
};

/* The most zeros one hole of a sparse member gives. A hole is NULs in the
 * file, read as spaces: past this it adds nothing to read but time, and a
 * tar of a few bytes may declare a hole of petabytes. */
#define HOLE_MAX ((long long)1 << 20)

/* An octal field (NUL or space terminated, leading spaces allowed) or a
 * GNU base-256 one; -1 when malformed. */
static int field_number(const unsigned char *f, size_t n, unsigned long long *v)
{
	size_t i = 0;

	*v = 0;
	if (f[0] & 0x80) {
		if (f[0] != 0x80)
			return -1;
		for (i = 1; i < n; i++) {
			if (*v >> 55)
				return -1;
			*v = *v << 8 | f[i];
		}
		return 0;
	}
	while (i < n && f[i] == ' ')
		i++;
	for (; i < n && f[i] >= '0' && f[i] <= '7'; i++)
		*v = *v << 3 | (unsigned)(f[i] - '0');
	if (i < n && f[i] != 0 && f[i] != ' ')
		return -1;
	return 0;
}

static int tar_checksum_ok(const unsigned char *h)
{
	unsigned long long want;
	unsigned long sum = 0;
	long ssum = 0;

	if (field_number(h + 148, 8, &want) < 0)
		return 0;
	for (size_t i = 0; i < BLOCK; i++) {
		unsigned char c = i >= 148 && i < 156 ? ' ' : h[i];
		sum += c;
		ssum += (signed char)c;   /* some old tars summed signed chars */
	}
	return want == sum || (long long)want == ssum;
}

enum nf_archive_kind nf_archive_detect(const unsigned char *p, size_t n)
{
	if (n >= BLOCK && memcmp(p + 257, "ustar", 5) == 0 && tar_checksum_ok(p))
		return NF_ARCHIVE_TAR;
	if (n >= 4 && p[0] == 'P' && p[1] == 'K' &&
	    ((p[2] == 3 && p[3] == 4) || (p[2] == 5 && p[3] == 6)))
		return NF_ARCHIVE_ZIP;
	return NF_ARCHIVE_NONE;
}

const char *nf_archive_kind_name(enum nf_archive_kind k)
{
	return k == NF_ARCHIVE_ZIP ? "zip" : "tar";
}

static la_ssize_t feed(struct archive *ar, void *arg, const void **block)
{
	struct nf_archive *a = arg;
	size_t n;

	(void)ar;
	*block = a->feed;
	n = a->eof ? 0 : nf_input_read(a->in, (char *)a->feed, sizeof a->feed);
	if (!n)
		a->eof = 1;
	a->fed += (long long)n;
	return (la_ssize_t)n;
}

struct nf_archive *nf_archive_new(struct nf_input *in, enum nf_archive_kind k)
{
	struct nf_archive *a = nf_xcalloc(1, sizeof *a);

	a->in = in;
	a->kind = k;
	a->ar = archive_read_new();
	if (!a->ar)
		nf_die(1, "out of memory");
	if (k == NF_ARCHIVE_ZIP)
		archive_read_support_format_zip_streamable(a->ar);
	else
		archive_read_support_format_tar(a->ar);
	return a;
}

void nf_archive_free(struct nf_archive *a)
{
	if (!a)
		return;
	archive_read_free(a->ar);
	nf_buf_free(&a->path);
	nf_buf_free(&a->where);
	free(a);
}

long nf_archive_skipped(const struct nf_archive *a)
{
	return a->skipped;
}

/* A fault that ends the archive: the input ran out (truncated), or the
 * data is not what the format says (a bad header). Quiet when the input
 * layer has reported its own fault (a corrupt gzip stream) already. */
static void fault(struct nf_archive *a, int in_header)
{
	const char *name = nf_input_name(a->in);
	const char *kind = nf_archive_kind_name(a->kind);
	const char *why = archive_error_string(a->ar);

	a->done = 1;
	if (nf_input_failed(a->in))
		return;
	if (a->eof) {
		nf_error(name, 0, "truncated %s archive at byte %lld", kind, a->fed);
	} else if (in_header) {
		/* libarchive keeps no position once it has failed; what it
		 * consumed ends with the bad tar header block. */
		long long at = (long long)archive_filter_bytes(a->ar, 0);
		if (a->kind == NF_ARCHIVE_TAR && at >= BLOCK)
			at -= BLOCK;
		nf_error(name, 0, "bad %s header at byte %lld: %s", kind, at, why ? why : "unreadable");
	} else {
		nf_error(a->where.data, 0, "corrupt %s data: %s", kind, why ? why : "unreadable");
	}
}

/* The path as written, made safe for ids: valid UTF-8, and control
 * characters (a newline, a CR) shown as '?', as ls(1) does. */
static void set_path(struct nf_archive *a, struct archive_entry *e)
{
	const char *p = archive_entry_pathname_utf8(e);

	if (!p)
		p = archive_entry_pathname(e);
	if (!p)
		p = "";
	a->path.len = 0;
	nf_utf8_sanitize(&a->path, p, strlen(p));
	for (size_t i = 0; i < a->path.len; i++)
		if ((unsigned char)a->path.data[i] < 0x20 || a->path.data[i] == 0x7F)
			a->path.data[i] = '?';
	nf_buf_addc(&a->path, 0);
	a->path.len--;
	a->where.len = 0;
	nf_buf_adds(&a->where, nf_input_name(a->in));
	nf_buf_addc(&a->where, ':');
	nf_buf_add(&a->where, a->path.data, a->path.len);
	nf_buf_addc(&a->where, 0);
}

int nf_archive_next(struct nf_archive *a, const char **path, size_t *len)
{
	struct archive_entry *e;

	a->in_member = 0;
	if (a->done)
		return 0;
	if (!a->open) {
		if (archive_read_open(a->ar, a, NULL, feed, NULL) != ARCHIVE_OK) {
			if (a->fed)   /* no bytes at all: an empty archive */
				fault(a, 1);
			a->done = 1;
			return 0;
		}
		a->open = 1;
	}
	for (;;) {
		int r = archive_read_next_header(a->ar, &e);
		if (r == ARCHIVE_EOF) {
			a->done = 1;
			return 0;
		}
		if (r != ARCHIVE_OK && r != ARCHIVE_WARN) {
			fault(a, 1);
			return 0;
		}
		/* A hard link carries no data: its file came earlier. */
		if (archive_entry_filetype(e) != AE_IFREG || archive_entry_hardlink(e)) {
			a->skipped++;
			continue;
		}
		set_path(a, e);
		if (archive_entry_is_encrypted(e)) {
			nf_error(a->where.data, 0, "encrypted member skipped");
			a->skipped++;
			continue;
		}
		a->in_member = 1;
		a->blk_len = 0;
		a->at = 0;
		a->blocks_done = 0;
		a->bad_data = 0;
		a->sparse = archive_entry_sparse_count(e) > 0;
		a->cut = 0;
		a->size = archive_entry_size_is_set(e) ? (long long)archive_entry_size(e) : -1;
		*path = a->path.data;
		*len = a->path.len;
		return 1;
	}
}

/* A fault while reading a member's data. */
static long member_fault(struct nf_archive *a, int r)
{
	a->in_member = 0;
	if (r == ARCHIVE_FATAL || a->eof) {
		fault(a, 0);
	} else if (!nf_input_failed(a->in)) {
		/* This member is unreadable (a bad CRC, an unsupported
		 * method); the next may be fine. */
		const char *why = archive_error_string(a->ar);
		nf_error(a->where.data, 0, "corrupt %s member: %s", nf_archive_kind_name(a->kind),
			why ? why : "unreadable");
	}
	return -2;
}

/* The zeros of a hole n bytes long, at most cap of them; a hole longer
 * than HOLE_MAX is first cut to that (once said per member). */
static size_t zeros(struct nf_archive *a, unsigned char *dst, size_t cap, long long n)
{
	if (n > HOLE_MAX) {
		if (!a->cut)
			nf_warn(a->where.data, 0, "sparse member: a hole of %lld bytes read as %lld",
				n, HOLE_MAX);
		a->cut = 1;
		a->at += n - HOLE_MAX;
		n = HOLE_MAX;
	}
	size_t k = n < (long long)cap ? (size_t)n : cap;

	memset(dst, 0, k);
	a->at += (long long)k;
	return k;
}

long nf_archive_read(void *arc, unsigned char *dst, size_t cap)
{
	struct nf_archive *a = arc;

	while (a->in_member) {
		if (a->blk_len) {
			size_t k;
			if (a->blk_at > a->at)          /* a hole before the block */
				return (long)zeros(a, dst, cap, a->blk_at - a->at);
			k = a->blk_len < cap ? a->blk_len : cap;
			memcpy(dst, a->blk, k);
			a->blk += k;
			a->blk_len -= k;
			a->blk_at += (long long)k;
			a->at += (long long)k;
			return (long)k;
		}
		if (a->bad_data)   /* a zip member's CRC, after its data */
			return member_fault(a, ARCHIVE_WARN);
		if (a->blocks_done) {
			/* A hole at the end; only a sparse member has one (a
			 * zip member short of its stated size does not). */
			if (a->sparse && a->size > a->at)
				return (long)zeros(a, dst, cap, a->size - a->at);
			a->in_member = 0;
			break;
		}
		const void *b;
		size_t len;
		la_int64_t off;
		int r = archive_read_data_block(a->ar, &b, &len, &off);
		if (r == ARCHIVE_EOF) {
			a->blocks_done = 1;
		} else if (r != ARCHIVE_OK && r != ARCHIVE_WARN) {
			return member_fault(a, r);
		} else if (r == ARCHIVE_WARN) {
			a->bad_data = 1;
		}
		if (r != ARCHIVE_EOF && off + (la_int64_t)len > a->at) {
			/* Never back over bytes returned (blocks do not
			 * overlap in a sound archive). */
			size_t skip = off < a->at ? (size_t)(a->at - off) : 0;
			a->blk = (const char *)b + skip;
			a->blk_len = len - skip;
			a->blk_at = (long long)off + (long long)skip;
		}
	}
	return 0;
}
