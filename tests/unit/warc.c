/* warc.c: unit tests for the WARC reader: the shared Wikinews and real
 * crawl fixtures, and records built here for each HTTP wrapping, each
 * record type and each way a file breaks. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <zlib.h>

#include "newsfilter/buf.h"
#include "newsfilter/html.h"
#include "newsfilter/input.h"
#include "newsfilter/msg.h"
#include "newsfilter/warc.h"
#include "test.h"

struct result {
	int n;
	struct nf_buf ids;      /* "type id html\n" per document */
	struct nf_buf bodies;   /* bodies, each followed by "|" */
	int status;
	long records;
};

static void read_all(struct nf_input *in, struct result *r)
{
	struct nf_warc *w = nf_warc_new(in);
	struct nf_warc_doc d;

	memset(r, 0, sizeof *r);
	nf_status = 0;
	while (nf_warc_next(w, &d)) {
		r->n++;
		nf_buf_adds(&r->ids, d.type);
		nf_buf_addc(&r->ids, ' ');
		nf_buf_add(&r->ids, d.id, d.id_len);
		nf_buf_adds(&r->ids, d.is_html ? " html\n" : " text\n");
		nf_buf_add(&r->bodies, d.body, d.len);
		nf_buf_addc(&r->bodies, '|');
	}
	nf_buf_addc(&r->ids, 0);
	nf_buf_addc(&r->bodies, 0);
	r->status = nf_status;
	r->records = nf_warc_records(w);
	nf_warc_free(w);
	nf_input_close(in);
}

static void read_mem(const struct nf_buf *b, struct result *r)
{
	read_all(nf_input_mem("test.warc", b->data, b->len), r);
}

static void drop(struct result *r)
{
	nf_buf_free(&r->ids);
	nf_buf_free(&r->bodies);
}

/* Append a record; block is the whole content block. */
static void record(struct nf_buf *b, const char *type, const char *uri, const char *ctype,
	const char *block, size_t len)
{
	nf_buf_adds(b, "WARC/1.0\r\nWARC-Type: ");
	nf_buf_adds(b, type);
	nf_buf_adds(b, "\r\nWARC-Record-ID: <urn:uuid:1234>\r\n");
	if (uri) {
		nf_buf_adds(b, "WARC-Target-URI: ");
		nf_buf_adds(b, uri);
		nf_buf_adds(b, "\r\n");
	}
	nf_buf_adds(b, "WARC-Date: 2020-01-02T03:04:05Z\r\nContent-Type: ");
	nf_buf_adds(b, ctype);
	nf_buf_adds(b, "\r\nContent-Length: ");
	nf_buf_addi(b, (long long)len);
	nf_buf_adds(b, "\r\n\r\n");
	nf_buf_add(b, block, len);
	nf_buf_adds(b, "\r\n\r\n");
}

static void response(struct nf_buf *b, const char *uri, const char *http)
{
	record(b, "response", uri, "application/http; msgtype=response", http, strlen(http));
}

static void gzip_bytes(const char *s, size_t n, struct nf_buf *out)
{
	z_stream zs;
	memset(&zs, 0, sizeof zs);
	deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
	out->len = 0;
	nf_buf_grow(out, deflateBound(&zs, n));
	zs.next_in = (Bytef *)(uintptr_t)s;
	zs.avail_in = (uInt)n;
	zs.next_out = (Bytef *)out->data;
	zs.avail_out = (uInt)out->cap;
	deflate(&zs, Z_FINISH);
	out->len = zs.total_out;
	deflateEnd(&zs);
}

static void fixtures(void)
{
	const char *shared = getenv("NF_SHARED");
	char path[4096];
	struct result r;

	if (!shared) {
		puts("SKIP warc: fixtures: NF_SHARED not set");
		return;
	}
	snprintf(path, sizeof path, "%s/data/archives/warc/wikinews_pages.warc.gz", shared);
	if (access(path, R_OK) != 0) {
		printf("SKIP warc: %s absent\n", path);
		return;
	}
	read_all(nf_input_open(path), &r);
	CHECK("warc: wikinews 61 records", r.records == 61);
	CHECK("warc: wikinews 60 documents", r.n == 60);
	CHECK("warc: wikinews read cleanly", r.status == 0);
	CHECK("warc: wikinews first URI", strncmp(r.ids.data,
		"response https://en.wikinews.org/wiki/Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead html\n",
		110) == 0);
	CHECK("warc: wikinews body is the HTML", strncmp(r.bodies.data, "<!DOCTYPE html>", 15) == 0);
	drop(&r);

	/* Real crawls: (file, documents, first id, clean). */
	static const struct { const char *file; int n; const char *first; int status; } real[] = {
		{ "archives/warc/real/warcio_example.warc.gz", 1, "response http://example.com/ html\n", 0 },
		{ "archives/warc/real/warcio_example.warc", 1, "response http://example.com/ html\n", 0 },
		{ "archives/warc/real/warcio_example-iana.org-chunked.warc", 1, "response http://www.iana.org/ html\n", 0 },
		{ "archives/warc/real/ukwa_IAH-urls-wget.warc.gz", 3, "response http://archive.org/robots.txt text\n", 0 },
		{ "archives/warc/real/ukwa_sopa-wikipedia-homepage.warc.gz", 3, NULL, 0 },
		{ "archives/warc/real/ukwa_IAH-20080430204825-00000-blackbook-truncated.warc.gz", 3,
		  "response http://www.archive.org/robots.txt text\n", 0 },
		{ "bad/warcio/example-wget-bad-target-uri.warc.gz", 1, "response http://example.com/ html\n", 0 },
		{ "bad/warcio/example-wrong-chunks.warc.gz", 1, "response http://example.com/ html\n", 0 },
		{ "bad/warcio/example-bad-non-chunked.warc.gz", 1, "response http://example.com/ html\n", 0 },
		{ "bad/warcio/example-trunc.warc", 1, "response http://example.com/ html\n", 1 },
		{ "bad/warcio/bad.arc", 0, NULL, 1 },
	};
	for (size_t i = 0; i < sizeof real / sizeof *real; i++) {
		char name[300];
		snprintf(path, sizeof path, "%s/data/%s", shared, real[i].file);
		if (access(path, R_OK) != 0) {
			printf("SKIP warc: %s absent\n", path);
			continue;
		}
		read_all(nf_input_open(path), &r);
		snprintf(name, sizeof name, "warc: %s: %d documents", real[i].file, real[i].n);
		CHECK(name, r.n == real[i].n);
		snprintf(name, sizeof name, "warc: %s: status %d", real[i].file, real[i].status);
		CHECK(name, r.status == real[i].status);
		if (real[i].first) {
			snprintf(name, sizeof name, "warc: %s: first id", real[i].file);
			CHECK(name, strncmp(r.ids.data, real[i].first, strlen(real[i].first)) == 0);
		}
		if (real[i].n) {
			/* Every page that is there has words in it. */
			snprintf(name, sizeof name, "warc: %s: body has text", real[i].file);
			struct nf_buf t = { 0 };
			nf_html_to_text(r.bodies.data, strlen(r.bodies.data), &t);
			CHECK(name, t.len > 20);
			nf_buf_free(&t);
		}
		drop(&r);
	}
}

static void built(void)
{
	struct nf_buf b = { 0 }, z = { 0 }, http = { 0 };
	struct result r;

	/* Every HTTP wrapping and record type. */
	record(&b, "warcinfo", NULL, "application/warc-fields", "software: test\r\n", 16);
	response(&b, "http://a.example/plain",
		"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlain body.");
	response(&b, "<http://b.example/chunked>",
		"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
		"5\r\n<p>He\r\n7;ext=1\r\nllo.</p\r\n1\r\n>\r\n0\r\n\r\n");
	response(&b, "http://c.example/badchunks",
		"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n<p>Not chunked.</p>");
	gzip_bytes("<p>Zipped page.</p>", 19, &z);
	nf_buf_adds(&http, "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Type: text/html\r\n\r\n");
	nf_buf_add(&http, z.data, z.len);
	record(&b, "response", "http://d.example/gzip", "application/http; msgtype=response", http.data, http.len);
	response(&b, "http://e.example/404",
		"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>Gone.</p>");
	response(&b, "http://f.example/img", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG");
	response(&b, "http://g.example/latin1",
		"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\r\n<p>Caf\xe9 \x93quoted\x94</p>");
	response(&b, "http://h.example/notype", "HTTP/1.0 200 OK\n\n<!DOCTYPE html><p>Sniffed.</p>");
	record(&b, "request", "http://a.example/plain", "application/http; msgtype=request",
		"GET / HTTP/1.1\r\n\r\n", 18);
	record(&b, "revisit", "http://a.example/plain", "application/http; msgtype=response",
		"HTTP/1.1 200 OK\r\n\r\n", 19);
	record(&b, "metadata", "http://a.example/plain", "application/warc-fields", "via: x\r\n", 8);
	record(&b, "resource", "file:///notes.txt", "text/plain", "Resource text.", 14);
	record(&b, "resource", "<metadata://gnu.org/software/wget/warc/wget.log>", "text/plain", "wget log", 8);
	record(&b, "conversion", "http://i.example/wet", "text/plain", "Converted text.", 15);
	record(&b, "resource", NULL, "application/xhtml+xml", "<p>No URI.</p>", 14);
	read_mem(&b, &r);
	CHECK_STR("warc: built: documents", r.ids.data,
		"response http://a.example/plain text\n"
		"response http://b.example/chunked html\n"
		"response http://c.example/badchunks html\n"
		"response http://d.example/gzip html\n"
		"response http://g.example/latin1 html\n"
		"response http://h.example/notype html\n"
		"resource file:///notes.txt text\n"
		"conversion http://i.example/wet text\n"
		"resource urn:uuid:1234 html\n");
	CHECK_STR("warc: built: bodies", r.bodies.data,
		"Plain body.|<p>Hello.</p>|<p>Not chunked.</p>|<p>Zipped page.</p>|"
		"<p>Caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d</p>|<!DOCTYPE html><p>Sniffed.</p>|"
		"Resource text.|Converted text.|<p>No URI.</p>|");
	CHECK("warc: built: clean", r.status == 0 && r.records == 16);
	drop(&r);

	/* Truncated inside the last record: the ones before, an error. */
	struct nf_buf t = { 0 };
	nf_buf_add(&t, b.data, b.len - 20);
	read_mem(&t, &r);
	CHECK("warc: truncated: documents before it", r.n == 8);
	CHECK("warc: truncated: reported", r.status == 1);
	drop(&r);
	/* Truncated inside a header. */
	t.len = 0;
	nf_buf_add(&t, b.data, 30);
	read_mem(&t, &r);
	CHECK("warc: cut header: reported", r.n == 0 && r.status == 1);
	drop(&r);

	/* Garbage between records and a bad Content-Length: reported, and
	 * reading goes on at the next record. */
	t.len = 0;
	response(&t, "http://1.example/", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nOne.");
	nf_buf_adds(&t, "garbage line\r\nmore garbage\r\n");
	response(&t, "http://2.example/", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nTwo.");
	nf_buf_adds(&t, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 12x\r\n\r\nbody\r\n\r\n");
	response(&t, "http://3.example/", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nThree.");
	nf_buf_adds(&t, "WARC/1.1\nWARC-Type: conversion\nWARC-Target-URI: http://4.example/\n"
		"Content-Length: 5\n\nFour.\n\n");
	read_mem(&t, &r);
	CHECK_STR("warc: resync after bad headers", r.bodies.data, "One.|Two.|Three.|Four.|");
	CHECK("warc: resync reported", r.status == 1);
	drop(&r);

	/* An image bigger than the HTTP peek is skipped, and the stream
	 * stays in step. */
	t.len = 0;
	http.len = 0;
	nf_buf_adds(&http, "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n");
	for (int i = 0; i < 200000; i++)
		nf_buf_addc(&http, (char)(i * 7));
	record(&t, "response", "http://big.example/img", "application/http; msgtype=response", http.data, http.len);
	http.len = 0;
	nf_buf_adds(&http, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n");
	for (int i = 0; i < 20000; i++)
		nf_buf_adds(&http, "word ");
	record(&t, "response", "http://big.example/text", "application/http; msgtype=response", http.data, http.len);
	read_mem(&t, &r);
	CHECK_STR("warc: big image skipped, big text kept", r.ids.data, "response http://big.example/text text\n");
	CHECK("warc: big text whole", strlen(r.bodies.data) == 100001 && r.status == 0);
	drop(&r);

	CHECK("warc: detect 1.0", nf_warc_detect("WARC/1.0\r\nWARC-Type", 19));
	CHECK("warc: detect 1.1 LF", nf_warc_detect("WARC/1.1\nx", 10));
	CHECK("warc: detect 0.17", nf_warc_detect("WARC/0.17\r\n", 11));
	CHECK("warc: not ARC", !nf_warc_detect("filedesc://x.arc 0.0.0.0", 24));
	CHECK("warc: not WARC/1.0x", !nf_warc_detect("WARC/1.0x\r\n", 11));
	CHECK("warc: not cut", !nf_warc_detect("WARC/1.0", 8));

	nf_buf_free(&b);
	nf_buf_free(&t);
	nf_buf_free(&z);
	nf_buf_free(&http);
}

int main(void)
{
	fixtures();
	built();
	TEST_END();
}
