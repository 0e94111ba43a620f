/* tar.c: the regular files of a tar archive, read in order from an input
 * that may be gzip-compressed (the input layer un-gzips). ustar, GNU (long
 * names, base-256 sizes) and pax (path and size records) are understood;
 * each member is read whole, so memory grows with the largest member. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "newsfilter/buf.h"
#include "newsfilter/input.h"
#include "newsfilter/msg.h"
#include "newsfilter/tar.h"
#include "newsfilter/utf8.h"

#define BLOCK 512
#define CHUNK (1 << 20)

struct nf_tar {
	struct nf_input *in;
	unsigned char hdr[BLOCK];
	struct nf_buf data;          /* the member's bytes; also meta bodies */
	struct nf_buf name;          /* the raw path being built */
	struct nf_buf path;          /* the path returned: valid UTF-8 */
	struct nf_buf long_name;     /* from a pax "path" or GNU 'L' entry */
	int have_long_name;
	unsigned long long pax_size;
	int have_pax_size;
	long long offset;            /* bytes consumed: for messages */
	long skipped;
	int done;
};

static int all_zero(const unsigned char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (b[i])
			return 0;
	return 1;
}

/* An octal field (NUL or space terminated, leading spaces allowed) or a
 * GNU base-256 one (top bit of the first byte set). -1 when malformed. */
static int field_number(const unsigned char *f, size_t n, unsigned long long *v)
{
	size_t i = 0;

	*v = 0;
	if (f[0] & 0x80) {
		if (f[0] != 0x80)
			return -1;   /* negative, or too large for us */
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

static int checksum_ok(const unsigned char *h)
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

int nf_tar_detect(const unsigned char *block, size_t len)
{
	return len >= BLOCK && memcmp(block + 257, "ustar", 5) == 0 && checksum_ok(block);
}

struct nf_tar *nf_tar_new(struct nf_input *in)
{
	struct nf_tar *t = nf_xcalloc(1, sizeof *t);

	t->in = in;
	return t;
}

void nf_tar_free(struct nf_tar *t)
{
	if (!t)
		return;
	nf_buf_free(&t->data);
	nf_buf_free(&t->name);
	nf_buf_free(&t->path);
	nf_buf_free(&t->long_name);
	free(t);
}

long nf_tar_skipped(const struct nf_tar *t)
{
	return t->skipped;
}

/* Read n bytes unless the input ends first; returns the count read. */
static size_t read_full(struct nf_tar *t, char *dst, size_t n)
{
	size_t got = 0;

	while (got < n) {
		size_t k = nf_input_read(t->in, dst + got, n - got);
		if (!k)
			break;
		got += k;
	}
	t->offset += (long long)got;
	return got;
}

static void truncated(struct nf_tar *t)
{
	if (!nf_input_failed(t->in)) /* else the gzip layer has said so */
		nf_error(nf_input_name(t->in), 0, "truncated tar archive at byte %lld", t->offset);
	t->done = 1;
}

/* Read a body of size bytes into b, grown as the bytes arrive (so a size
 * field that lies cannot make us allocate what is not there), then skip the
 * padding to the next block. 0, or -1 when the input ended (reported). */
static int read_body(struct nf_tar *t, struct nf_buf *b, unsigned long long size)
{
	b->len = 0;
	while (b->len < size) {
		size_t want = size - b->len > CHUNK ? CHUNK : (size_t)(size - b->len);
		if (b->cap - b->len < want)
			nf_buf_grow(b, want);
		size_t got = read_full(t, b->data + b->len, want);
		b->len += got;
		if (got < want) {
			truncated(t);
			return -1;
		}
	}
	size_t pad = (size_t)((BLOCK - size % BLOCK) % BLOCK);
	char z[BLOCK];
	if (read_full(t, z, pad) < pad) {
		truncated(t);
		return -1;
	}
	return 0;
}

/* Skip a body without keeping it. */
static int skip_body(struct nf_tar *t, unsigned long long size)
{
	unsigned long long left = (size + BLOCK - 1) / BLOCK * BLOCK;
	char z[16 * BLOCK];

	while (left) {
		size_t want = left > sizeof z ? sizeof z : (size_t)left;
		if (read_full(t, z, want) < want) {
			truncated(t);
			return -1;
		}
		left -= want;
	}
	return 0;
}

/* Take "path" and "size" from pax extended header records,
 * "LEN key=value\n"; a malformed record ends the parse. */
static void pax_records(struct nf_tar *t, const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		size_t len = 0, j = i;
		while (j < n && s[j] >= '0' && s[j] <= '9' && len < n)
			len = len * 10 + (size_t)(s[j++] - '0');
		if (j == i || j >= n || s[j] != ' ' || len > n - i || len < (j - i) + 3 ||
		    s[i + len - 1] != '\n')
			return;
		const char *kv = s + j + 1, *end = s + i + len - 1;
		const char *eq = memchr(kv, '=', (size_t)(end - kv));
		if (eq) {
			size_t klen = (size_t)(eq - kv), vlen = (size_t)(end - eq - 1);
			if (klen == 4 && memcmp(kv, "path", 4) == 0) {
				t->long_name.len = 0;
				nf_buf_add(&t->long_name, eq + 1, vlen);
				t->have_long_name = 1;
			} else if (klen == 4 && memcmp(kv, "size", 4) == 0) {
				unsigned long long v = 0;
				size_t d = 0;
				for (; d < vlen && eq[1 + d] >= '0' && eq[1 + d] <= '9' && v < (1ULL << 58); d++)
					v = v * 10 + (unsigned)(eq[1 + d] - '0');
				if (d == vlen && d > 0) {
					t->pax_size = v;
					t->have_pax_size = 1;
				}
			}
		}
		i += len;
	}
}

static size_t field_len(const unsigned char *f, size_t n)
{
	const unsigned char *z = memchr(f, 0, n);
	return z ? (size_t)(z - f) : n;
}

int nf_tar_next(struct nf_tar *t, const char **path, size_t *path_len,
	const char **data, size_t *len)
{
	const char *name = nf_input_name(t->in);

	while (!t->done) {
		long long at = t->offset;
		size_t got = read_full(t, (char *)t->hdr, BLOCK);
		if (got == 0) {
			t->done = 1;   /* the end without zero blocks: accepted */
			break;
		}
		if (got < BLOCK) {
			truncated(t);
			break;
		}
		if (all_zero(t->hdr, BLOCK)) {
			t->done = 1;   /* end of archive; what follows is padding */
			break;
		}
		unsigned long long size;
		if (!checksum_ok(t->hdr) || field_number(t->hdr + 124, 12, &size) < 0) {
			nf_error(name, 0, "bad tar header at byte %lld", at);
			t->done = 1;
			break;
		}
		if (t->have_pax_size)
			size = t->pax_size;
		t->have_pax_size = 0;
		int type = t->hdr[156];
		if (type == 'x' || type == 'L') {
			if (read_body(t, &t->data, size) < 0)
				break;
			if (type == 'x') {
				pax_records(t, t->data.data, t->data.len);
			} else {
				t->long_name.len = 0;
				if (t->data.len)
					nf_buf_add(&t->long_name, t->data.data,
						field_len((unsigned char *)t->data.data, t->data.len));
				t->have_long_name = 1;
			}
			continue;
		}
		/* Links, devices, directories and fifos have no data blocks,
		 * whatever their size field says (POSIX). */
		int no_data = type >= '1' && type <= '6';
		size_t nlen = field_len(t->hdr, 100);
		int regular = type == '0' || type == '7' ||
		    (type == 0 && !(nlen > 0 && t->hdr[nlen - 1] == '/'));
		if (!regular) {
			t->have_long_name = 0;
			t->skipped++;
			if (!no_data && skip_body(t, size) < 0)
				break;
			continue;
		}
		t->name.len = 0;
		if (t->have_long_name) {
			nf_buf_add(&t->name, t->long_name.data, t->long_name.len);
			t->have_long_name = 0;
		} else {
			/* POSIX ustar splits long paths into prefix "/" name; in
			 * GNU headers ("ustar  ") those bytes are times. */
			if (memcmp(t->hdr + 257, "ustar\0", 6) == 0) {
				size_t plen = field_len(t->hdr + 345, 155);
				if (plen) {
					nf_buf_add(&t->name, t->hdr + 345, plen);
					nf_buf_addc(&t->name, '/');
				}
			}
			nf_buf_add(&t->name, t->hdr, nlen);
		}
		if (read_body(t, &t->data, size) < 0)
			break;
		/* Control characters in a name (a newline, a CR) would break the
		 * id in every output format: shown as '?', as ls(1) does. */
		for (size_t i = 0; i < t->name.len; i++)
			if ((unsigned char)t->name.data[i] < 0x20 || t->name.data[i] == 0x7F)
				t->name.data[i] = '?';
		t->path.len = 0;
		nf_utf8_sanitize(&t->path, t->name.data ? t->name.data : "", t->name.len);
		nf_buf_addc(&t->path, 0);
		*path = t->path.data;
		*path_len = t->path.len - 1;
		*data = t->data.data ? t->data.data : "";
		*len = t->data.len;
		return 1;
	}
	return 0;
}
