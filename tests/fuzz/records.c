/* records.c: libFuzzer target for the record reader: the bytes as an
 * input (plain, gzip, JSON Lines, plain text whatever its layout, -l) read
 * to the end, each record checked to be valid UTF-8 without NUL, as every
 * analyser assumes, with a valid UTF-8 id, no longer than the -L limit when
 * one is set, and plain-text records to hold no line end. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "newsfilter/input.h"
#include "newsfilter/record.h"
#include "newsfilter/utf8.h"

/* Valid UTF-8 with no NUL: a CR may remain inside JSON strings (it is
 * text, escaped on output); nothing else may. */
static int utf8_but_cr(const char *s, size_t n)
{
	for (size_t i = nf_utf8_clean_prefix(s, n); i < n; ) {
		if (s[i] != '\r')
			return 0;
		i++;
		i += nf_utf8_clean_prefix(s + i, n - i);
	}
	return 1;
}

static void read_all(const uint8_t *data, size_t size, enum nf_input_format f, int lines,
	size_t max)
{
	static const char *const keep[] = { "date", "title" };
	struct nf_read_opts o = { .format = f, .lines = lines, .text_field = "text",
		.keep = keep, .nkeep = 2, .max_record = max };
	struct nf_input *in = nf_input_mem("fuzz", (const char *)data, size);
	struct nf_reader *rd = nf_reader_new(in, &o);
	struct nf_record r;

	while (nf_reader_next(rd, &r)) {
		/* Plain text: lines are joined with spaces, or each is a
		 * record: no line end is ever inside one. */
		if (f == NF_IN_TEXT && (memchr(r.text, '\n', r.len) || memchr(r.text, '\r', r.len)))
			abort();
		if ((max && r.len > max) || !utf8_but_cr(r.id, r.id_len) ||
		    !utf8_but_cr(r.text, r.len))
			abort();
	}
	nf_reader_close(rd);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	read_all(data, size, NF_IN_AUTO, 0, 0);
	read_all(data, size, NF_IN_JSON, 0, 0);
	read_all(data, size, NF_IN_TEXT, 0, 0);
	read_all(data, size, NF_IN_TEXT, 1, 0);
	/* A limit small enough for fuzzed inputs to pass it. */
	read_all(data, size, NF_IN_AUTO, 0, 100);
	return 0;
}
