/* output.c: libFuzzer target for the path from the record reader to the
 * record writer: the bytes read as an input (JSON Lines when they start
 * with '{', keeping the field "k"; else plain text), and every record
 * written in each of the three formats. What comes out must be one line per
 * record: JSON that the project's own parser reads back to the same id,
 * text and kept value, valid UTF-8 with no raw U+2028 or U+2029; TSV with
 * exactly its columns, each unescaping to what went in; text with no line
 * break inside. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "newsfilter/buf.h"
#include "newsfilter/input.h"
#include "newsfilter/json.h"
#include "newsfilter/output.h"
#include "newsfilter/record.h"

static FILE *tmp;
static struct nf_buf got, field;

/* Write one record in format f and read back what was written. */
static void write_record(enum nf_output_format f, const struct nf_record *r,
	const char *text, size_t len)
{
	static const char *const keep[] = { "k" };
	rewind(tmp);
	if (ftruncate(fileno(tmp), 0) != 0)
		abort();
	struct nf_out *o = nf_out_new(fileno(tmp), f, r->nkeep, keep);
	nf_out_begin(o, r, 0);
	nf_out_int(o, "start", -3);
	nf_out_double(o, "value", (double)len / 7);
	nf_out_null(o, "speaker");
	nf_out_absent(o, "upper");
	nf_out_main(o, "text", text, len);
	nf_out_end(o);
	nf_out_close(o);
	got.len = 0;
	rewind(tmp);
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, tmp)) > 0)
		nf_buf_add(&got, buf, n);
	if (got.len == 0 || got.data[got.len - 1] != '\n' || memchr(got.data, '\n', got.len - 1))
		abort();  /* one record, one line */
}

/* TSV field i of the line, unescaped into field. */
static int tsv_field(size_t want)
{
	size_t i = 0, k = 0;
	field.len = 0;
	for (; i < got.len - 1 && k < want; i++)
		k += got.data[i] == '\t';
	if (k != want)
		return -1;
	for (; i < got.len - 1 && got.data[i] != '\t'; i++) {
		char c = got.data[i];
		if (c == '\r')
			abort();
		if (c == '\\') {
			c = got.data[++i];
			c = c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
		}
		nf_buf_addc(&field, c);
	}
	return 0;
}

static int equal(const struct nf_buf *b, const char *s, size_t len)
{
	return b->len == len && (len == 0 || memcmp(b->data, s, len) == 0);
}

static void check(const struct nf_record *r)
{
	static struct nf_buf s;
	const char *err;
	size_t errpos;
	const char *text = r->text;
	size_t len = r->len;

	write_record(NF_OUT_JSON, r, text, len);
	struct nf_json_object back = { 0 };
	if (nf_json_parse_object(got.data, got.len - 1, &back, &err, &errpos) != 0)
		abort();
	if (!nf_json_raw_is_clean(got.data, got.len))
		abort();
	const struct nf_json_member *m = nf_json_get(&back, "text");
	s.len = 0;
	if (!m || m->type != NF_JSON_STRING)
		abort();
	nf_json_unescape(m->val, m->val_len, &s);
	if (!equal(&s, text, len))
		abort();
	m = nf_json_get(&back, "id");
	s.len = 0;
	if (!m || m->type != (r->id_is_number ? NF_JSON_NUMBER : NF_JSON_STRING))
		abort();
	if (!r->id_is_number) {
		nf_json_unescape(m->val, m->val_len, &s);
		if (!equal(&s, r->id, r->id_len))
			abort();
	}
	m = nf_json_get(&back, "k");
	const struct nf_kept *k = r->nkeep ? &r->keep[0] : NULL;
	if (!m || (k && k->json ? m->val_len != k->json_len || memcmp(m->val, k->json, k->json_len) :
	    m->type != NF_JSON_NULL))
		abort();
	nf_json_object_free(&back);

	/* TSV: id line sent k start value speaker upper text */
	write_record(NF_OUT_TSV, r, text, len);
	if (tsv_field(0) != 0 || (!r->id_is_number && !equal(&field, r->id, r->id_len)))
		abort();
	if (tsv_field(8) != 0 || !equal(&field, text, len) || tsv_field(9) == 0)
		abort();
	if (tsv_field(7) != 0 || field.len != 0 || tsv_field(6) != 0 || field.len != 0)
		abort();

	write_record(NF_OUT_TEXT, r, text, len);
	if (got.len != len + 1)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const keep[] = { "k" };
	struct nf_read_opts o = { .format = NF_IN_AUTO, .text_field = "text",
		.keep = keep, .nkeep = 1 };
	struct nf_record r;

	if (!tmp && !(tmp = tmpfile()))
		abort();
	struct nf_reader *rd = nf_reader_new(nf_input_mem("fuzz", (const char *)data, size), &o);
	while (nf_reader_next(rd, &r))
		check(&r);
	nf_reader_close(rd);
	return 0;
}
