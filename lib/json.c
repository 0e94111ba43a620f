/* json.c: a strict JSON validator that keeps the raw slices of an object's
 * top-level members, plus string unescaping and escaping. Nesting is capped
 * so that a hostile line cannot exhaust the stack. A hand-written parser
 * rather than jansson: records only need three or four fields of each
 * object, and building a whole tree per record would dominate the tools'
 * time on large inputs (a record is parsed once and sliced, never copied). */
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "newsfilter/json.h"
#include "newsfilter/utf8.h"
#include "simd.h"

#define MAX_DEPTH 512

struct parser {
	const char *s, *end, *p;
	const char *err;
};

static void ws(struct parser *ps)
{
	while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t' ||
	    *ps->p == '\n' || *ps->p == '\r'))
		ps->p++;
}

static int fail(struct parser *ps, const char *msg)
{
	if (!ps->err)
		ps->err = msg;
	return -1;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* A string starting at the opening quote; sets *escaped if it holds a
 * backslash. Raw bytes are not checked for UTF-8 here: the text is
 * sanitised after unescaping, like any other input. */
static int string(struct parser *ps, int *escaped)
{
	ps->p++;
	*escaped = 0;
	for (;;) {
		const char *q = ps->p;
		while (q < ps->end && *q != '"' && *q != '\\' && (unsigned char)*q >= 0x20)
			q++;
		ps->p = q;
		if (q >= ps->end)
			return fail(ps, "unterminated string");
		if (*q == '"') {
			ps->p++;
			return 0;
		}
		if ((unsigned char)*q < 0x20)
			return fail(ps, "control character in string");
		*escaped = 1;
		if (q + 1 >= ps->end)
			return fail(ps, "unterminated string");
		switch (q[1]) {
		case '"': case '\\': case '/': case 'b': case 'f':
		case 'n': case 'r': case 't':
			ps->p = q + 2;
			break;
		case 'u':
			if (ps->end - q < 6 || hexval(q[2]) < 0 || hexval(q[3]) < 0 ||
			    hexval(q[4]) < 0 || hexval(q[5]) < 0)
				return fail(ps, "bad \\u escape");
			ps->p = q + 6;
			break;
		default:
			return fail(ps, "bad escape in string");
		}
	}
}

static int digits(struct parser *ps)
{
	const char *q = ps->p;

	while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9')
		ps->p++;
	return ps->p > q ? 0 : fail(ps, "bad number");
}

static int number(struct parser *ps)
{
	if (*ps->p == '-')
		ps->p++;
	if (ps->p < ps->end && *ps->p == '0')
		ps->p++;
	else if (digits(ps) < 0)
		return -1;
	if (ps->p < ps->end && *ps->p == '.') {
		ps->p++;
		if (digits(ps) < 0)
			return -1;
	}
	if (ps->p < ps->end && (*ps->p == 'e' || *ps->p == 'E')) {
		ps->p++;
		if (ps->p < ps->end && (*ps->p == '+' || *ps->p == '-'))
			ps->p++;
		if (digits(ps) < 0)
			return -1;
	}
	return 0;
}

static int literal(struct parser *ps, const char *word)
{
	size_t n = strlen(word);

	if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, word, n) != 0)
		return fail(ps, "unexpected character");
	ps->p += n;
	return 0;
}

static int value(struct parser *ps, int depth, enum nf_json_type *type);

static int object_or_array(struct parser *ps, int depth, int is_object,
	struct nf_json_object *obj)
{
	char close = is_object ? '}' : ']';
	int escaped = 0;
	enum nf_json_type t;

	if (depth > MAX_DEPTH)
		return fail(ps, "nesting too deep");
	ps->p++;
	ws(ps);
	if (ps->p < ps->end && *ps->p == close) {
		ps->p++;
		return 0;
	}
	for (;;) {
		const char *key = NULL;
		size_t key_len = 0;
		if (is_object) {
			if (ps->p >= ps->end || *ps->p != '"')
				return fail(ps, ps->p >= ps->end ? "truncated object" : "expected a string key");
			key = ps->p + 1;
			if (string(ps, &escaped) < 0)
				return -1;
			key_len = (size_t)(ps->p - 1 - key);
			ws(ps);
			if (ps->p >= ps->end || *ps->p != ':')
				return fail(ps, "expected ':'");
			ps->p++;
			ws(ps);
		}
		const char *v = ps->p;
		if (value(ps, depth + 1, &t) < 0)
			return -1;
		if (obj) {
			if (obj->n == obj->cap) {
				obj->cap = obj->cap ? obj->cap * 2 : 16;
				obj->m = nf_xrealloc(obj->m, obj->cap * sizeof *obj->m);
			}
			struct nf_json_member *m = &obj->m[obj->n++];
			m->key = key;
			m->key_len = key_len;
			m->key_escaped = escaped;
			m->val = v;
			m->val_len = (size_t)(ps->p - v);
			m->type = t;
		}
		ws(ps);
		if (ps->p >= ps->end)
			return fail(ps, is_object ? "truncated object" : "truncated array");
		if (*ps->p == ',') {
			ps->p++;
			ws(ps);
			continue;
		}
		if (*ps->p == close) {
			ps->p++;
			return 0;
		}
		return fail(ps, is_object ? "expected ',' or '}'" : "expected ',' or ']'");
	}
}

static int value(struct parser *ps, int depth, enum nf_json_type *type)
{
	int escaped;

	if (ps->p >= ps->end)
		return fail(ps, "truncated value");
	switch (*ps->p) {
	case '{':
		*type = NF_JSON_OBJECT;
		return object_or_array(ps, depth, 1, NULL);
	case '[':
		*type = NF_JSON_ARRAY;
		return object_or_array(ps, depth, 0, NULL);
	case '"':
		*type = NF_JSON_STRING;
		return string(ps, &escaped);
	case 't':
		*type = NF_JSON_TRUE;
		return literal(ps, "true");
	case 'f':
		*type = NF_JSON_FALSE;
		return literal(ps, "false");
	case 'n':
		*type = NF_JSON_NULL;
		return literal(ps, "null");
	default:
		*type = NF_JSON_NUMBER;
		if (*ps->p == '-' || (*ps->p >= '0' && *ps->p <= '9'))
			return number(ps);
		return fail(ps, "unexpected character");
	}
}

int nf_json_parse_object(const char *s, size_t len, struct nf_json_object *obj,
	const char **err, size_t *errpos)
{
	struct parser ps = { s, s + len, s, NULL };

	obj->n = 0;
	ws(&ps);
	if (ps.p >= ps.end || *ps.p != '{') {
		fail(&ps, "not a JSON object");
	} else if (object_or_array(&ps, 1, 1, obj) == 0) {
		ws(&ps);
		if (ps.p == ps.end)
			return 0;
		fail(&ps, "text after the object");
	}
	*err = ps.err;
	*errpos = (size_t)(ps.p - s);
	return -1;
}

static int key_equals(const struct nf_json_member *m, const char *name)
{
	size_t n = strlen(name);

	if (!m->key_escaped)
		return m->key_len == n && memcmp(m->key, name, n) == 0;
	/* Rare: compare the unescaped key. */
	struct nf_buf b = { 0 };
	int eq;
	nf_json_unescape(m->key - 1, m->key_len + 2, &b);
	eq = b.len == n && memcmp(b.data, name, n) == 0;
	nf_buf_free(&b);
	return eq;
}

const struct nf_json_member *nf_json_get(const struct nf_json_object *obj,
	const char *name)
{
	for (size_t i = obj->n; i-- > 0;)
		if (key_equals(&obj->m[i], name))
			return &obj->m[i];
	return NULL;
}

static unsigned hex4(const char *p)
{
	return (unsigned)(hexval(p[0]) << 12 | hexval(p[1]) << 8 |
		hexval(p[2]) << 4 | hexval(p[3]));
}

size_t nf_json_unescape(const char *raw, size_t len, struct nf_buf *out)
{
	const char *p = raw + 1, *end = raw + len - 1;
	size_t replaced = 0;
	char tmp[4];

	nf_buf_grow(out, len);
	while (p < end) {
		const char *q = memchr(p, '\\', (size_t)(end - p));
		if (!q)
			q = end;
		nf_buf_add(out, p, (size_t)(q - p));
		p = q;
		if (p >= end)
			break;
		char c = p[1];
		p += 2;
		switch (c) {
		case 'b': nf_buf_addc(out, '\b'); break;
		case 'f': nf_buf_addc(out, '\f'); break;
		case 'n': nf_buf_addc(out, '\n'); break;
		case 'r': nf_buf_addc(out, '\r'); break;
		case 't': nf_buf_addc(out, '\t'); break;
		case 'u': {
			unsigned cp = hex4(p);
			p += 4;
			if (cp >= 0xD800 && cp <= 0xDBFF && end - p >= 6 && p[0] == '\\' &&
			    p[1] == 'u') {
				unsigned lo = hex4(p + 2);
				if (lo >= 0xDC00 && lo <= 0xDFFF) {
					cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
					p += 6;
				}
			}
			if (cp == 0) {
				nf_buf_addc(out, ' ');
				replaced++;
				break;
			}
			if (cp >= 0xD800 && cp <= 0xDFFF) {
				cp = 0xFFFD;
				replaced++;
			}
			nf_buf_add(out, tmp, nf_utf8_encode((int32_t)cp, tmp));
			break;
		}
		default: /* " \ / */
			nf_buf_addc(out, c);
		}
	}
	return replaced;
}

/* Bytes that need an escape: control characters, '"', '\\', and 0xE2, the
 * lead byte of U+2028 and U+2029 (checked further when met). */
static const unsigned char needs_escape[256] = {
	[0x00] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	['"'] = 1, ['\\'] = 1, [0xE2] = 1,
};

int nf_json_raw_is_clean(const char *raw, size_t len)
{
	if (nf_utf8_clean_prefix(raw, len) != len)
		return 0;
	for (const char *p = raw; (p = memchr(p, 0xE2, len - (size_t)(p - raw))) != NULL; p++)
		if ((size_t)(p - raw) + 2 < len && (unsigned char)p[1] == 0x80 &&
		    ((unsigned char)p[2] == 0xA8 || (unsigned char)p[2] == 0xA9))
			return 0;
	return 1;
}

size_t nf_json_raw_clean(struct nf_buf *out, const char *raw, size_t len)
{
	size_t bad = 0, i = 0;

	while (i < len) {
		size_t run = i;
		while (run < len && (unsigned char)raw[run] < 0x80)
			run++;
		nf_buf_add(out, raw + i, run - i);
		if ((i = run) >= len)
			break;
		size_t n;
		int32_t cp = nf_utf8_decode(raw + i, len - i, &n);
		if (cp == 0xFFFD && n == 1) {
			nf_buf_add(out, "\xEF\xBF\xBD", 3);
			bad++;
		} else if (cp == 0x2028 || cp == 0x2029) {
			nf_buf_adds(out, cp == 0x2028 ? "\\u2028" : "\\u2029");
		} else {
			nf_buf_add(out, raw + i, n);
		}
		i += n;
	}
	return bad;
}

/* Append the byte at s[*i] escaped (or U+2028/U+2029 as \u2028/\u2029,
 * or a lone 0xE2 as it is) and move *i past what was written. */
static void escape_one(struct nf_buf *out, const char *s, size_t len, size_t *i)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char c = (unsigned char)s[*i];

	if (c == 0xE2) {
		if (*i + 2 < len && (unsigned char)s[*i + 1] == 0x80 &&
		    ((unsigned char)s[*i + 2] == 0xA8 || (unsigned char)s[*i + 2] == 0xA9)) {
			nf_buf_adds(out, (unsigned char)s[*i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
			*i += 3;
		} else {
			nf_buf_addc(out, (char)c);
			*i += 1;
		}
		return;
	}
	*i += 1;
	switch (c) {
	case '"': nf_buf_add(out, "\\\"", 2); break;
	case '\\': nf_buf_add(out, "\\\\", 2); break;
	case '\n': nf_buf_add(out, "\\n", 2); break;
	case '\r': nf_buf_add(out, "\\r", 2); break;
	case '\t': nf_buf_add(out, "\\t", 2); break;
	case '\b': nf_buf_add(out, "\\b", 2); break;
	case '\f': nf_buf_add(out, "\\f", 2); break;
	default: {
		char u[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
		nf_buf_add(out, u, 6);
	}
	}
}

/* Clean runs cost about a copy: sixteen bytes are tested and stored at
 * once, and the output pointer moves on by as many of them as need no
 * escape (so the buffer keeps 16 bytes of room past what is written). A
 * curly quote or dash (0xE2 0x80 ..) does not leave the fast loop: only
 * U+2028 and U+2029 do. */
void nf_json_escape(struct nf_buf *out, const char *s, size_t len)
{
	size_t i = 0;

	/* Room for the clean case, kept after every escape. */
	if (out->cap - out->len < len + 2 + 16)
		nf_buf_grow(out, len + 2 + 16);
	out->data[out->len++] = '"';
	for (;;) {
		char *d = out->data + out->len;
		unsigned m = 0;
		while (i + 18 <= len) {	/* two bytes past the block for U+2028 */
			nf_v16 v = nf_v16_load(s + i);
			m = nf_v16_mask(nf_v16_or(nf_v16_below(v, 0x20),
			    nf_v16_or(nf_v16_eq(v, '"'), nf_v16_eq(v, '\\'))));
			unsigned e = nf_v16_mask(nf_v16_eq(v, 0xE2));
			if (e) {
				nf_v16 v1 = nf_v16_load(s + i + 1), v2 = nf_v16_load(s + i + 2);
				m |= e & nf_v16_mask(nf_v16_and(nf_v16_eq(v1, 0x80),
				    nf_v16_or(nf_v16_eq(v2, 0xA8), nf_v16_eq(v2, 0xA9))));
			}
			nf_v16_store(d, v);
			if (m) {
				unsigned k = nf_lowbit(m);
				d += k;
				i += k;
				break;
			}
			d += 16;
			i += 16;
		}
		out->len = (size_t)(d - out->data);
		if (!m)
			break;
		escape_one(out, s, len, &i);
		if (out->cap - out->len < len - i + 1 + 16)
			nf_buf_grow(out, len - i + 1 + 16);
	}
	/* The last bytes (up to 17): when the final sixteen hold nothing to
	 * escape past i, two overlapping 8-byte moves copy them (the room is
	 * there). */
	if (i < len && len >= 16 && len - i <= 16) {
		nf_v16 v = nf_v16_load(s + len - 16);
		unsigned m = nf_v16_mask(nf_v16_or(nf_v16_or(nf_v16_below(v, 0x20), nf_v16_eq(v, 0xE2)),
		    nf_v16_or(nf_v16_eq(v, '"'), nf_v16_eq(v, '\\'))));
		size_t r = len - i;
		if (!(m >> (16 - r))) {
			char *d = out->data + out->len;
			if (r >= 8) {
				memcpy(d, s + i, 8);
				memcpy(d + r - 8, s + len - 8, 8);
			} else {
				for (size_t k = 0; k < r; k++)
					d[k] = s[i + k];
			}
			out->len += r;
			i = len;
		}
	}
	/* Else one at a time. */
	while (i < len) {
		size_t run = i;
		while (run < len && !needs_escape[(unsigned char)s[run]])
			run++;
		nf_buf_add(out, s + i, run - i);
		i = run;
		if (i < len)
			escape_one(out, s, len, &i);
	}
	nf_buf_addc(out, '"');
}

void nf_json_object_free(struct nf_json_object *obj)
{
	free(obj->m);
	obj->m = NULL;
	obj->n = obj->cap = 0;
}
