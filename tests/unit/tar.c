/* tar.c: unit tests for the tar reader over the shared Wikinews archive
 * and over archives made here with tar(1) in every format it writes,
 * whole, truncated and with a broken header. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "newsfilter/buf.h"
#include "newsfilter/input.h"
#include "newsfilter/msg.h"
#include "newsfilter/tar.h"
#include "test.h"

struct listing {
	int n;
	struct nf_buf paths;        /* "path:len\n" per member */
	struct nf_buf data;         /* all member bytes, concatenated */
	int status;                 /* nf_status after reading */
};

static void list(struct nf_input *in, struct listing *l)
{
	struct nf_tar *t = nf_tar_new(in);
	const char *p, *d;
	size_t pl, dl;

	memset(l, 0, sizeof *l);
	nf_status = 0;
	while (nf_tar_next(t, &p, &pl, &d, &dl)) {
		l->n++;
		nf_buf_add(&l->paths, p, pl);
		nf_buf_addc(&l->paths, ':');
		nf_buf_addi(&l->paths, (long long)dl);
		nf_buf_addc(&l->paths, '\n');
		nf_buf_add(&l->data, d, dl);
	}
	nf_buf_addc(&l->paths, 0);
	l->status = nf_status;
	nf_tar_free(t);
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
		CHECK(name, nf_tar_detect((unsigned char *)bytes.data, bytes.len) == !v7);
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
		/* Truncated inside the big member: the long-path member only. */
		size_t cut = bytes.len / 2;
		list_mem(bytes.data, cut, &l);
		snprintf(name, sizeof name, "tar: %s truncated keeps what was whole", formats[f]);
		CHECK(name, l.n == 1 && l.status == 1);
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
	CHECK("tar: text is not tar", !nf_tar_detect((const unsigned char *)"hello", 5));
	CHECK("tar: zero block is not tar", !nf_tar_detect(z, 512));

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

int main(void)
{
	fixture();
	made_here();
	handmade();
	TEST_END();
}
