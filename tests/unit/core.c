/* core.c: unit tests for the JSON and UTF-8 primitives under every record. */
#include <stdlib.h>

#include "newsfilter/buf.h"
#include "newsfilter/input.h"
#include "newsfilter/json.h"
#include "newsfilter/utf8.h"
#include "test.h"

static const char *unesc(const char *raw)
{
	static struct nf_buf b;
	b.len = 0;
	nf_json_unescape(raw, strlen(raw), &b);
	nf_buf_addc(&b, 0);
	return b.data;
}

static const char *esc(const char *s)
{
	static struct nf_buf b;
	b.len = 0;
	nf_json_escape(&b, s, strlen(s));
	nf_buf_addc(&b, 0);
	return b.data;
}

static const char *parse_err(const char *s)
{
	struct nf_json_object o = { 0 };
	const char *err = NULL;
	size_t pos;
	if (nf_json_parse_object(s, strlen(s), &o, &err, &pos) == 0)
		err = "ok";
	nf_json_object_free(&o);
	return err;
}

static const char *sanitize(const char *s, size_t len)
{
	static struct nf_buf b;
	b.len = 0;
	nf_utf8_sanitize(&b, s, len);
	nf_buf_addc(&b, 0);
	return b.data;
}

int main(void)
{
	struct nf_json_object o = { 0 };
	const char *err;
	size_t pos;
	const char *doc = "{\"id\": 12, \"text\": \"a\\nb\", \"x\": {\"y\": [1, {\"z\": null}]}, \"text\": \"last\"}";

	CHECK("json: object parses", nf_json_parse_object(doc, strlen(doc), &o, &err, &pos) == 0);
	CHECK("json: four members", o.n == 4);
	const struct nf_json_member *m = nf_json_get(&o, "text");
	CHECK("json: duplicate key, last wins", m && m->val_len == 6 && memcmp(m->val, "\"last\"", 6) == 0);
	m = nf_json_get(&o, "id");
	CHECK("json: number member", m && m->type == NF_JSON_NUMBER && m->val_len == 2);
	m = nf_json_get(&o, "x");
	CHECK("json: nested object kept raw", m && m->type == NF_JSON_OBJECT && m->val[m->val_len - 1] == '}');
	CHECK("json: absent member", nf_json_get(&o, "nope") == NULL);
	nf_json_object_free(&o);

	CHECK_STR("json: truncated", parse_err("{\"a\": \"b"), "unterminated string");
	CHECK_STR("json: truncated object", parse_err("{\"a\": 1"), "truncated object");
	CHECK_STR("json: not an object", parse_err("[1]"), "not a JSON object");
	CHECK_STR("json: trailing text", parse_err("{} x"), "text after the object");
	CHECK_STR("json: bad literal", parse_err("{\"a\": tru}"), "unexpected character");
	CHECK_STR("json: bad number", parse_err("{\"a\": 01}"), "expected ',' or '}'");
	CHECK_STR("json: bad escape", parse_err("{\"a\": \"\\x\"}"), "bad escape in string");
	CHECK_STR("json: raw control char", parse_err("{\"a\": \"\t\"}"), "control character in string");
	CHECK_STR("json: huge number is valid", parse_err("{\"a\": 1e999999, \"b\": -123456789012345678901234567890}"), "ok");
	char deep[3000];
	memset(deep, '[', sizeof deep);
	memcpy(deep, "{\"a\":", 5);
	deep[sizeof deep - 1] = 0;
	CHECK_STR("json: deep nesting refused", parse_err(deep), "nesting too deep");

	CHECK_STR("unescape: basic", unesc("\"a\\tb\\\\c\\/d\\\"\""), "a\tb\\c/d\"");
	CHECK_STR("unescape: BMP", unesc("\"\\u00e9\\u20ac\""), "é€");
	CHECK_STR("unescape: surrogate pair", unesc("\"\\ud83d\\ude00\""), "😀");
	CHECK_STR("unescape: lone high surrogate", unesc("\"a\\ud83db\""), "a\xEF\xBF\xBD" "b");
	CHECK_STR("unescape: lone low surrogate", unesc("\"\\ude00\""), "\xEF\xBF\xBD");
	CHECK_STR("unescape: NUL is a space", unesc("\"a\\u0000b\""), "a b");

	CHECK_STR("escape: quotes and controls", esc("a\"b\\c\n\x01"), "\"a\\\"b\\\\c\\n\\u0001\"");
	CHECK_STR("escape: UTF-8 kept", esc("é€😀"), "\"é€😀\"");
	CHECK_STR("escape: U+2028 U+2029", esc("a\xE2\x80\xA8" "b\xE2\x80\xA9"), "\"a\\u2028b\\u2029\"");
	CHECK_STR("escape: other E2 sequences kept", esc("\xE2\x80\x94"), "\"\xE2\x80\x94\"");

	CHECK("utf8: count ASCII", nf_utf8_count("hello world, long enough", 24) == 24);
	CHECK("utf8: count mixed", nf_utf8_count("é€😀abcdefghij", 19) == 13);
	CHECK("utf8: clean prefix stops at bad byte", nf_utf8_clean_prefix("abcdefghij\xFFxyz", 14) == 10);
	CHECK("utf8: clean prefix stops at NUL", nf_utf8_clean_prefix("abc\0def", 7) == 3);
	CHECK("utf8: overlong refused", nf_utf8_clean_prefix("\xC0\xAF", 2) == 0);
	CHECK("utf8: surrogate refused", nf_utf8_clean_prefix("\xED\xA0\x80", 3) == 0);
	CHECK("utf8: truncated sequence refused", nf_utf8_clean_prefix("ab\xE2\x82", 4) == 2);
	CHECK_STR("utf8: sanitize", sanitize("a\xFF" "b\0c\xE2\x82", 7), "a\xEF\xBF\xBD" "b c\xEF\xBF\xBD");
	CHECK_STR("utf8: sanitize keeps valid", sanitize("Zürich €5", strlen("Zürich €5")), "Zürich €5");

	/* Lines through a memory input: every kind of line end. */
	static const char text[] = "\xEF\xBB\xBFone\r\ntwo\rthree\n\nfour";
	struct nf_input *in = nf_input_mem("mem", text, sizeof text - 1);
	const char *line;
	size_t len;
	struct nf_buf all = { 0 };
	while (nf_input_line(in, &line, &len)) {
		nf_buf_add(&all, line, len);
		nf_buf_addc(&all, '|');
	}
	nf_buf_addc(&all, 0);
	CHECK_STR("input: BOM, CRLF, CR, LF, no final newline", all.data, "one|two|three||four|");
	CHECK("input: line count", nf_input_lineno(in) == 5);
	nf_input_close(in);
	nf_buf_free(&all);
	TEST_END();
}
