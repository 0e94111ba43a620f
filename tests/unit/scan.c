/* scan.c: the byte scans that work sixteen bytes at a time (JSON escaping,
 * UTF-8 counting and checking, the line reader) against byte-at-a-time
 * references written here, with each special byte put at every offset of
 * a block and across block edges. */
#include <stdlib.h>

#include "test.h"
#include "newsfilter/buf.h"
#include "newsfilter/input.h"
#include "newsfilter/json.h"
#include "newsfilter/output.h"
#include "newsfilter/record.h"
#include "newsfilter/utf8.h"

/* RFC 8259 escaping one byte at a time, U+2028 and U+2029 escaped. */
static void ref_escape(struct nf_buf *b, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	nf_buf_addc(b, '"');
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
			nf_buf_adds(b, (unsigned char)s[i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
			i += 2;
		} else if (c == '"' || c == '\\') {
			nf_buf_addc(b, '\\');
			nf_buf_addc(b, (char)c);
		} else if (c == '\n') {
			nf_buf_adds(b, "\\n");
		} else if (c == '\r') {
			nf_buf_adds(b, "\\r");
		} else if (c == '\t') {
			nf_buf_adds(b, "\\t");
		} else if (c == '\b') {
			nf_buf_adds(b, "\\b");
		} else if (c == '\f') {
			nf_buf_adds(b, "\\f");
		} else if (c < 0x20) {
			char u[7] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0 };
			nf_buf_adds(b, u);
		} else {
			nf_buf_addc(b, (char)c);
		}
	}
	nf_buf_addc(b, '"');
}

static size_t ref_count(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* Pieces put into a run of plain letters: each needs care of its own. */
static const char *const pieces[] = {
	"\"", "\\", "\n", "\r", "\x01", "\x1f", "\t",
	"\xE2\x80\xA8", "\xE2\x80\xA9", "\xE2\x80\x9C", "\xE2\x80\x94", "\xE2",
	"\xE2\x80", "\xC3\xA9", "\xF0\x9F\x98\x80", "\xFF", "\xC0\xAF", "\xED\xA0\x80",
	"", NULL,
};

int main(void)
{
	struct nf_buf got = { 0 }, want = { 0 };
	char s[96];
	int bad_esc = 0, bad_count = 0, bad_clean = 0, cases = 0;

	for (size_t p = 0; pieces[p]; p++) {
		size_t plen = strlen(pieces[p]);
		for (size_t total = plen; total < 70; total += 7) {
			for (size_t at = 0; at + plen <= total; at++) {
				memset(s, 'a', total);
				memcpy(s + at, pieces[p], plen);
				/* a second copy further on, in another block */
				if (at + 2 * plen + 17 <= total)
					memcpy(s + at + plen + 17, pieces[p], plen);
				/* an exact-size copy: a read past the end is seen */
				char *t = malloc(total ? total : 1);
				memcpy(t, s, total);
				got.len = want.len = 0;
				nf_json_escape(&got, t, total);
				ref_escape(&want, t, total);
				if (got.len != want.len || memcmp(got.data, want.data, got.len) != 0)
					bad_esc++;
				if (nf_utf8_count(t, total) != ref_count(t, total))
					bad_count++;
				/* the clean prefix ends at the piece when the piece
				 * is not clean UTF-8 without CR (or not at all) */
				size_t cp = nf_utf8_clean_prefix(t, total);
				size_t pc = nf_utf8_clean_prefix(pieces[p], plen);
				if (pc == plen ? cp != total : cp != at + pc)
					bad_clean++;
				free(t);
				cases++;
			}
		}
	}
	printf("scan: %d cases\n", cases);
	CHECK("escape: every piece at every offset as the reference", bad_esc == 0);
	CHECK("count: every piece at every offset as the reference", bad_count == 0);
	CHECK("clean prefix: stops at the piece, wherever it is", bad_clean == 0);

	/* A long clean run, then a piece: past several blocks. */
	memset(s, 'x', sizeof s);
	memcpy(s + 80, "\xE2\x80\xA8", 3);
	got.len = want.len = 0;
	nf_json_escape(&got, s, sizeof s);
	ref_escape(&want, s, sizeof s);
	CHECK("escape: U+2028 after five blocks", got.len == want.len &&
	      memcmp(got.data, want.data, got.len) == 0);

	/* Lines: every kind of line end at every offset of a block. */
	int bad_lines = 0;
	for (size_t at = 0; at < 40; at++) {
		static const char *const ends[] = { "\n", "\r", "\r\n", "\n\r" };
		for (size_t e = 0; e < 4; e++) {
			char buf[128];
			size_t n = 0;
			memset(buf, 'b', at);
			n = at;
			memcpy(buf + n, ends[e], strlen(ends[e]));
			n += strlen(ends[e]);
			memcpy(buf + n, "tail", 4);
			n += 4;
			struct nf_input *in = nf_input_mem("t", buf, n);
			const char *l;
			size_t ll;
			int lines = 0, ok = 1;
			while (nf_input_line(in, &l, &ll)) {
				if (lines == 0 && ll != at)
					ok = 0;
				lines++;
			}
			/* "\n\r" is two line ends: an empty line between */
			if (lines != (e == 3 ? 3 : 2) || !ok)
				bad_lines++;
			nf_input_close(in);
		}
	}
	CHECK("lines: LF, CR, CR LF at every offset", bad_lines == 0);

	/* Integers: every power of ten and its neighbours, both signs, the
	 * 32-bit edge and the extremes, as printf writes them. */
	int bad_int = 0;
	long long vals[200];
	size_t nv = 0;
	static const long long pow10s[] = { 1, 10, 100, 1000, 10000, 100000,
		1000000, 10000000, 100000000, 1000000000, 10000000000LL,
		100000000000LL, 1000000000000LL, 10000000000000LL,
		100000000000000LL, 1000000000000000LL, 10000000000000000LL,
		100000000000000000LL, 1000000000000000000LL };
	for (size_t e = 0; e < sizeof pow10s / sizeof pow10s[0]; e++)
		for (long long d = -1, p = pow10s[e]; d <= 1; d++) {
			vals[nv++] = p + d;
			vals[nv++] = -(p + d);
		}
	vals[nv++] = 4294967295LL;
	vals[nv++] = 4294967296LL;
	vals[nv++] = 9223372036854775807LL;
	vals[nv++] = -9223372036854775807LL - 1;
	for (size_t k = 0; k < nv; k++) {
		char a[NF_FMT_INT_MAX + 1], b[32];
		size_t n = nf_fmt_int(a, vals[k]);
		a[n] = '\0';
		snprintf(b, sizeof b, "%lld", vals[k]);
		bad_int += strcmp(a, b) != 0;
	}
	CHECK("integers as printf writes them", bad_int == 0);

	/* Output records: the sentence number counted up in place across
	 * 9 -> 10, 99 -> 100, ..., then a jump back; the line written once
	 * per record. */
	FILE *f = tmpfile();
	struct nf_record r = { .id = "doc", .id_len = 3, .line = 7 };
	struct nf_out *o = nf_out_new(fileno(f), NF_OUT_JSON, 0, NULL);
	long sents[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 98, 99, 100, 101, 999, 1000, 5, 6 };
	size_t ns = sizeof sents / sizeof sents[0];
	want.len = 0;
	for (size_t k = 0; k < ns; k++) {
		r.line = k < 12 ? 7 : 12345;
		nf_out_begin(o, &r, sents[k]);
		nf_out_int(o, "start", (long long)k * 1000);
		nf_out_end(o);
		char line[128];
		snprintf(line, sizeof line, "{\"id\":\"doc\",\"line\":%ld,\"sent\":%ld,\"start\":%zu}\n",
		         r.line, sents[k], k * 1000);
		nf_buf_adds(&want, line);
	}
	nf_out_flush(o);
	got.len = 0;
	rewind(f);
	size_t nr;
	while ((nr = fread(s, 1, sizeof s, f)) > 0)
		nf_buf_add(&got, s, nr);
	CHECK("output: sent counted up in place, line written once per record",
	      got.len == want.len && memcmp(got.data, want.data, got.len) == 0);
	nf_out_close(o);
	fclose(f);

	/* A plain-text record's ASCII start (r.ascii, which spares
	 * split-sentences counting code points there): exactly up to the
	 * first byte past ASCII, through the lines a paragraph joins, with
	 * "é" put at every offset of the second of three lines, in
	 * paragraphs and with -l. */
	int bad_ascii = 0;
	for (int lines = 0; lines <= 1; lines++) {
		for (size_t at = 0; at <= 40; at++) {
			char doc[256];
			const char *l2 = "the second line of the paragraph goes on";
			int n = snprintf(doc, sizeof doc, "A first line of prose, wrapped\n%.*s%s%s\nand a third line.\n",
			                 (int)at, l2, at < 40 ? "\xc3\xa9" : "", at < 40 ? l2 + at : "");
			struct nf_read_opts ro = { .format = NF_IN_TEXT, .lines = lines };
			struct nf_reader *rd = nf_reader_new(nf_input_mem("t", doc, (size_t)n), &ro);
			struct nf_record rec;
			while (nf_reader_next(rd, &rec)) {
				size_t first = 0;
				while (first < rec.len && (unsigned char)rec.text[first] < 0x80)
					first++;
				if (rec.ascii != first) {
					printf("ascii: lines %d at %zu: %zu, want %zu\n", lines, at, rec.ascii, first);
					bad_ascii++;
				}
			}
			nf_reader_close(rd);
		}
	}
	CHECK("records: the ASCII start of plain text, exactly", bad_ascii == 0);

	nf_buf_free(&got);
	nf_buf_free(&want);
	TEST_END();
}
