/* archive.c: unit tests for the archive reader over the shared Wikinews
 * archive and over archives made here with tar(1) in every format it
 * writes (sparse members too) and with zip(1), whole, truncated and with a
 * broken header. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "newsfilter/archive.h"
#include "newsfilter/buf.h"
#include "newsfilter/input.h"
#include "newsfilter/msg.h"
#include "test.h"

struct listing {
	int n;
	struct nf_buf paths;        /* "path:len\n" per member */
	struct nf_buf data;         /* all member bytes, concatenated */
	int status;                 /* nf_status after reading */
};

static void list(struct nf_input *in, struct listing *l)
{
	const unsigned char *head;
	const char *p;
	size_t pl;
	unsigned char chunk[7000];   /* not a power of two: reads straddle */
	long k;

	memset(l, 0, sizeof *l);
	nf_status = 0;
	size_t n = nf_input_ahead(in, 512, (const char **)&head);
	enum nf_archive_kind kind = nf_archive_detect(head, n);
	struct nf_archive *a = nf_archive_new(in, kind ? kind : NF_ARCHIVE_TAR);
	while (nf_archive_next(a, &p, &pl)) {
		size_t len = 0;
		l->n++;
		nf_buf_add(&l->paths, p, pl);
		while ((k = nf_archive_read(a, chunk, sizeof chunk)) > 0) {
			nf_buf_add(&l->data, chunk, (size_t)k);
			len += (size_t)k;
		}
		nf_buf_addc(&l->paths, ':');
		nf_buf_addi(&l->paths, (long long)len);
		nf_buf_addc(&l->paths, '\n');
	}
	nf_buf_addc(&l->paths, 0);
	l->status = nf_status;
	nf_archive_free(a);
	nf_input_close(in);
}

static void list_mem(const char *s, size_t n, struct listing *l)
{
	list(nf_input_mem("test.tar", s, n), l);
}

/* memmem is not POSIX. */
static char *find_bytes(char *s, size_t n, const char *pat, size_t m)
{
	for (size_t i = 0; m <= n && i <= n - m; i++)
		if (memcmp(s + i, pat, m) == 0)
			return s + i;
	return NULL;
}

static void drop(struct listing *l)
{
	nf_buf_free(&l->paths);
	nf_buf_free(&l->data);
}

static int slurp(const char *path, struct nf_buf *b)
{
	FILE *f = fopen(path, "rb");
	char tmp[65536];
	size_t n;

	b->len = 0;
	if (!f)
		return -1;
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		nf_buf_add(b, tmp, n);
	fclose(f);
	return 0;
}

static void put_file(const char *path, const char *s, size_t n)
{
	FILE *f = fopen(path, "wb");
	if (f) {
		fwrite(s, 1, n, f);
		fclose(f);
	}
}

static void fixture(void)
{
	const char *shared = getenv("NF_SHARED");
	char path[4096];
	struct listing l;

	if (!shared) {
		puts("SKIP tar: wikinews_articles.tar.gz: NF_SHARED not set");
		return;
	}
	snprintf(path, sizeof path, "%s/data/archives/wikinews_articles.tar.gz", shared);
	if (access(path, R_OK) != 0) {
		printf("SKIP tar: %s absent\n", path);
		return;
	}
	list(nf_input_open(path), &l);
	CHECK("tar: wikinews archive has 295 members", l.n == 295);
	CHECK("tar: wikinews archive read cleanly", l.status == 0);
	CHECK("tar: wikinews 1342794 bytes in all", l.data.len == 1342794);
	CHECK("tar: wikinews first member",
		strncmp(l.paths.data, "wikinews/2019-01-04_000.txt:4050\n", 33) == 0);
	CHECK("tar: wikinews last member",
		strstr(l.paths.data, "wikinews/2020-12-28_294.txt:") != NULL);
	CHECK("tar: wikinews member text",
		l.data.len > 40 && memcmp(l.data.data, "Magnitogorsk apartment building collapses", 41) == 0);
	drop(&l);
}

/* The formats tar(1) writes, over a tree with a long path, a directory, a
 * symbolic and a hard link, an empty file and one larger than a read. */
static void made_here(void)
{
	char dir[] = "/tmp/nf-tar-XXXXXX", cmd[8192], p[4096];
	static const char *const formats[] = { "gnu", "pax", "ustar", "v7" };
	struct nf_buf big = { 0 }, bytes = { 0 };
	const char *longdir = "a-rather-long-directory-name-for-testing-the-ustar-prefix-field/"
		"and-another-one-to-pass-a-hundred-bytes";

	if (!mkdtemp(dir)) {
		puts("FAIL tar: cannot make a temporary directory");
		test_failures++;
		return;
	}
	if (system("tar --version >/dev/null 2>&1") != 0) {
		puts("SKIP tar: made-here archives: no tar(1)");
		return;
	}
	for (int i = 0; i < 3000000; i++)
		nf_buf_addc(&big, (char)('a' + i % 26));
	snprintf(p, sizeof p, "%s/t/%s", dir, longdir);
	snprintf(cmd, sizeof cmd, "mkdir -p '%s'", p);
	if (system(cmd) != 0)
		return;
	snprintf(p, sizeof p, "%s/t/%s/news.txt", dir, longdir);
	put_file(p, "Long path.\n", 11);
	snprintf(p, sizeof p, "%s/t/big.txt", dir);
	put_file(p, big.data, big.len);
	snprintf(p, sizeof p, "%s/t/empty.txt", dir);
	put_file(p, "", 0);
	snprintf(p, sizeof p, "%s/t/caf\xc3\xa9.txt", dir);
	put_file(p, "Caf\xc3\xa9.", 6);
	snprintf(cmd, sizeof cmd, "cd '%s/t' && ln -s big.txt sym && ln empty.txt hard", dir);
	if (system(cmd) != 0)
		return;

	for (size_t f = 0; f < sizeof formats / sizeof *formats; f++) {
		struct listing l;
		char name[128], out[4096];
		int v7 = strcmp(formats[f], "v7") == 0;
		snprintf(out, sizeof out, "%s/%s.tar", dir, formats[f]);
		/* v7 cannot store the long path or the non-ASCII name portably. */
		snprintf(cmd, sizeof cmd, "cd '%s/t' && LC_ALL=C tar --format=%s --sort=name -cf '%s' %s 2>/dev/null",
			dir, formats[f], out, v7 ? "big.txt empty.txt sym hard" : ".");
		if (system(cmd) != 0 || slurp(out, &bytes) < 0) {
			printf("SKIP tar: %s: tar(1) could not write it\n", formats[f]);
			continue;
		}
		snprintf(name, sizeof name, "tar: %s detected", formats[f]);
		CHECK(name, (nf_archive_detect((unsigned char *)bytes.data, bytes.len) == NF_ARCHIVE_TAR) == !v7);
		list_mem(bytes.data, bytes.len, &l);
		snprintf(name, sizeof name, "tar: %s members", formats[f]);
		if (v7) {
			CHECK_STR(name, l.paths.data, "big.txt:3000000\nempty.txt:0\n");
		} else {
			snprintf(p, sizeof p, "./%s/news.txt:11\n./big.txt:3000000\n./caf\xc3\xa9.txt:6\n./empty.txt:0\n",
				longdir);
			CHECK_STR(name, l.paths.data, p);
		}
		snprintf(name, sizeof name, "tar: %s big member intact", formats[f]);
		CHECK(name, find_bytes(l.data.data, l.data.len, big.data, big.len) != NULL);
		snprintf(name, sizeof name, "tar: %s no error", formats[f]);
		CHECK(name, l.status == 0);
		drop(&l);

		if (v7)
			continue;
		/* Truncated inside the big member: the long-path member, then
		 * the big one up to the cut (members are streamed). */
		size_t cut = bytes.len / 2;
		list_mem(bytes.data, cut, &l);
		snprintf(name, sizeof name, "tar: %s truncated keeps what came before the cut", formats[f]);
		CHECK(name, l.n == 2 && l.status == 1 && l.data.len > 11 && l.data.len < cut &&
			memcmp(l.data.data + 11, big.data, l.data.len - 11) == 0);
		drop(&l);
		/* Truncated inside a header. */
		list_mem(bytes.data, 100, &l);
		snprintf(name, sizeof name, "tar: %s cut header reported", formats[f]);
		CHECK(name, l.n == 0 && l.status == 1);
		drop(&l);
		/* A header with a bad checksum: what came before, then stop. */
		char *copy = nf_xmalloc(bytes.len);
		memcpy(copy, bytes.data, bytes.len);
		char *h = copy;
		while ((h = find_bytes(h + 1, bytes.len - (size_t)(h + 1 - copy), "./big.txt", 9)) &&
		    (size_t)(h - copy) % 512 != 0)
			;
		snprintf(name, sizeof name, "tar: %s bad checksum stops", formats[f]);
		if (h) {
			h[2] = 'B';
			list_mem(copy, bytes.len, &l);
			CHECK(name, l.n == 1 && l.status == 1);
			drop(&l);
		} else {
			CHECK(name, !"the header of big.txt was found");
		}
		free(copy);
	}
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		puts("could not remove the temporary directory");
	nf_buf_free(&big);
	nf_buf_free(&bytes);
}

static void handmade(void)
{
	struct listing l;
	unsigned char z[2048] = { 0 };

	list_mem("", 0, &l);
	CHECK("tar: empty input, no members, no error", l.n == 0 && l.status == 0);
	drop(&l);
	list_mem((char *)z, sizeof z, &l);
	CHECK("tar: zero blocks only", l.n == 0 && l.status == 0);
	drop(&l);
	CHECK("tar: text is not tar", !nf_archive_detect((const unsigned char *)"hello", 5));
	CHECK("tar: zero block is not tar", !nf_archive_detect(z, 512));

	/* A pax header whose path and size override the ustar ones, then a
	 * GNU long name, built by hand. */
	struct nf_buf b = { 0 };
	static const char pax[] = "32 path=pax/overridden/name.txt\n10 size=5\n";
	const char *names[] = { "PaxHeaders/x", "short.txt", "././@LongLink", "cut" };
	const char types[] = { 'x', '0', 'L', '0' };
	const char *bodies[] = { pax, "Hello, world", "gnu/a-long\nname.txt", "bytes" };
	size_t sizes[] = { sizeof pax - 1, 12, 20, 5 };
	for (int i = 0; i < 4; i++) {
		unsigned char h[512] = { 0 };
		unsigned sum = 0;
		strcpy((char *)h, names[i]);
		memcpy(h + 100, "0000644", 7);
		snprintf((char *)h + 124, 12, "%011o", (unsigned)sizes[i]);
		h[156] = (unsigned char)types[i];
		memcpy(h + 257, "ustar\0" "00", 8);
		memset(h + 148, ' ', 8);
		for (int k = 0; k < 512; k++)
			sum += h[k];
		snprintf((char *)h + 148, 8, "%06o", sum);
		nf_buf_add(&b, h, 512);
		char body[512] = { 0 };
		memcpy(body, bodies[i], sizes[i] < 512 ? sizes[i] : 512);
		nf_buf_add(&b, body, 512);
	}
	nf_buf_add(&b, z, 1024);
	nf_buf_add(&b, "trailing garbage after the end", 30);
	list_mem(b.data, b.len, &l);
	/* The pax size (5) wins over the header's 12: "Hello" then the
	 * padding; the rest of that block is padding, so the L entry follows. */
	CHECK_STR("tar: pax path and size, GNU long name", l.paths.data,
		"pax/overridden/name.txt:5\ngnu/a-long?name.txt:5\n");
	CHECK("tar: garbage after the end ignored", l.status == 0);
	drop(&l);
	nf_buf_free(&b);
}

/* Run a shell command in dir; 0 when it worked. */
static int sh(const char *dir, const char *cmd)
{
	char line[8192];

	snprintf(line, sizeof line, "cd '%s' && %s >/dev/null 2>&1", dir, cmd);
	return system(line);
}

/* Sparse members, as tar(1) writes them in each format: the holes come
 * back as zeros, the member as long as the file (old tar readers lost the
 * text after the first hole or read the sparse map as text). */
static void sparse(const char *dir)
{
	static const char *const formats[] = {
		"--format=gnu", "--format=pax --sparse-version=0.0",
		"--format=pax --sparse-version=0.1", "--format=pax --sparse-version=1.0",
	};
	struct nf_buf file = { 0 };
	char cmd[512], path[4096], name[128];

	if (sh(dir, "printf 'Before the hole.\\n' >s.txt && truncate -s 300000 s.txt && "
	    "printf 'After the hole.\\n' >>s.txt && truncate -s 700000 s.txt") != 0) {
		puts("SKIP tar: sparse: no truncate(1)");
		return;
	}
	snprintf(path, sizeof path, "%s/s.txt", dir);
	slurp(path, &file);
	for (size_t f = 0; f < sizeof formats / sizeof *formats; f++) {
		struct listing l;
		snprintf(cmd, sizeof cmd, "tar %s -S -cf sparse.tar s.txt", formats[f]);
		snprintf(name, sizeof name, "tar: sparse member (%s)", formats[f] + 9);
		if (sh(dir, cmd) != 0) {
			printf("SKIP %s: tar(1) could not write it\n", name);
			continue;
		}
		snprintf(path, sizeof path, "%s/sparse.tar", dir);
		list(nf_input_open(path), &l);
		CHECK(name, l.n == 1 && l.status == 0 && strcmp(l.paths.data, "s.txt:700000\n") == 0 &&
			l.data.len == file.len && memcmp(l.data.data, file.data, file.len) == 0);
		drop(&l);
	}
	nf_buf_free(&file);
}

/* zip(1)'s archives: stored and deflated members, directories skipped,
 * an encrypted member reported and skipped, a member whose data does not
 * match its CRC reported while the next is still read. */
static void zips(const char *dir)
{
	struct listing l;
	char path[4096];

	if (sh(dir, "mkdir -p z/d && printf 'One.\\n' >z/a.txt && printf 'Two words.\\n' >z/d/b.txt && "
	    "cd z && zip -q -r ../deflated.zip a.txt d && zip -q -0 -r ../stored.zip a.txt d && "
	    "zip -q -P pw ../enc.zip a.txt && zip -q ../enc.zip d/b.txt") != 0) {
		puts("SKIP zip: no zip(1)");
		return;
	}
	for (int k = 0; k < 2; k++) {
		snprintf(path, sizeof path, "%s/%s.zip", dir, k ? "stored" : "deflated");
		list(nf_input_open(path), &l);
		CHECK_STR(k ? "zip: stored members" : "zip: deflated members", l.paths.data,
			"a.txt:5\nd/b.txt:11\n");
		CHECK(k ? "zip: stored, bytes" : "zip: deflated, bytes",
			l.status == 0 && l.data.len == 16 && memcmp(l.data.data, "One.\nTwo words.\n", 16) == 0);
		drop(&l);
	}
	snprintf(path, sizeof path, "%s/enc.zip", dir);
	list(nf_input_open(path), &l);
	CHECK_STR("zip: encrypted member skipped, the next read", l.paths.data, "d/b.txt:11\n");
	CHECK("zip: encrypted member reported", l.status == 1);
	drop(&l);
	/* A byte of the first stored member changed: its CRC fails. */
	snprintf(path, sizeof path, "%s/stored.zip", dir);
	struct nf_buf b = { 0 };
	slurp(path, &b);
	char *one = find_bytes(b.data, b.len, "One.", 4);
	if (one) {
		one[0] = 'X';
		list_mem(b.data, b.len, &l);
		CHECK_STR("zip: bad CRC, the next member read", l.paths.data, "a.txt:5\nd/b.txt:11\n");
		CHECK("zip: bad CRC reported", l.status == 1);
		drop(&l);
	}
	/* Cut inside the second member's data: the first is whole. */
	char *two = find_bytes(b.data, b.len, "Two words", 9);
	if (two) {
		list_mem(b.data, (size_t)(two - b.data) + 3, &l);
		CHECK("zip: truncated archive reported", l.status == 1 && l.n >= 1 &&
			strncmp(l.paths.data, "a.txt:5\n", 8) == 0);
		drop(&l);
	}
	nf_buf_free(&b);
	CHECK("zip: detected", nf_archive_detect((const unsigned char *)"PK\3\4", 4) == NF_ARCHIVE_ZIP);
	CHECK("zip: empty archive detected", nf_archive_detect((const unsigned char *)"PK\5\6", 4) == NF_ARCHIVE_ZIP);
	CHECK("zip: text is not zip", nf_archive_detect((const unsigned char *)"PKZIP", 5) == NF_ARCHIVE_NONE);
}

int main(void)
{
	char dir[] = "/tmp/nf-archive-XXXXXX";

	fixture();
	made_here();
	handmade();
	if (mkdtemp(dir)) {
		sparse(dir);
		zips(dir);
		char cmd[256];
		snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
		if (system(cmd) != 0)
			puts("could not remove the temporary directory");
	}
	TEST_END();
}
