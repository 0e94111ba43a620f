/* sfeed.c: one item of sfeed(5) TSV, as sfeed(1) writes it for a feed
 * fetched by cron: nine TAB-separated fields, only the content escaped. */
#include <string.h>

#include "newsfilter/buf.h"
#include "newsfilter/html.h"
#include "newsfilter/sfeed.h"
#include "newsfilter/utf8.h"

int nf_sfeed_parse(const char *line, size_t len, struct nf_sfeed_item *it,
	struct nf_buf *scratch)
{
	size_t i = 0, f = 0;

	memset(it, 0, sizeof *it);
	for (f = 0; f < NF_SFEED_NFIELDS; f++)
		it->field[f] = "";
	if (len && line[len - 1] == '\r')
		len--;
	if (len == 0)
		return 0;
	if (!memchr(line, '\t', len))
		return -1;
	for (f = 0; f < NF_SFEED_NFIELDS && i <= len; f++) {
		const char *tab = memchr(line + i, '\t', len - i);
		size_t end = tab ? (size_t)(tab - line) : len;
		it->field[f] = line + i;
		it->len[f] = end - i;
		i = end + 1;
	}
	/* Older sfeed wrote fewer fields; further ones are ignored. */

	const char *ts = it->field[NF_SFEED_TIMESTAMP];
	size_t tn = it->len[NF_SFEED_TIMESTAMP];
	if (tn) {
		size_t k = ts[0] == '-';
		long long v = 0;
		if (k == tn)
			return -1;
		for (; k < tn; k++) {
			if (ts[k] < '0' || ts[k] > '9' || v > 99999999999999LL)
				return -1;
			v = v * 10 + (ts[k] - '0');
		}
		it->timestamp = ts[0] == '-' ? -v : v;
		it->has_timestamp = 1;
	}

	/* The content: \\ \t \n decoded; sfeed's own readers drop any other
	 * escape, and so do we. */
	const char *c = it->field[NF_SFEED_CONTENT];
	size_t cn = it->len[NF_SFEED_CONTENT];
	scratch->len = 0;
	if (memchr(c, '\\', cn)) {
		for (size_t k = 0; k < cn; k++) {
			if (c[k] != '\\') {
				size_t run = k;
				while (run < cn && c[run] != '\\')
					run++;
				nf_buf_add(scratch, c + k, run - k);
				k = run - 1;
				continue;
			}
			if (++k >= cn)
				break;
			if (c[k] == '\\')
				nf_buf_addc(scratch, '\\');
			else if (c[k] == 't')
				nf_buf_addc(scratch, '\t');
			else if (c[k] == 'n')
				nf_buf_addc(scratch, '\n');
		}
		it->field[NF_SFEED_CONTENT] = scratch->data ? scratch->data : "";
		it->len[NF_SFEED_CONTENT] = scratch->len;
	}

	it->is_html = it->len[NF_SFEED_CONTENT_TYPE] == 4 &&
	    memcmp(it->field[NF_SFEED_CONTENT_TYPE], "html", 4) == 0;
	int f_id = it->len[NF_SFEED_ID] ? NF_SFEED_ID : NF_SFEED_LINK;
	it->doc_id = it->field[f_id];
	it->doc_id_len = it->len[f_id];
	return 1;
}

/* Plain text: CR dropped, the rest made valid UTF-8. */
static void add_plain(struct nf_buf *out, const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		const char *cr = memchr(s + i, '\r', n - i);
		size_t e = cr ? (size_t)(cr - s) : n;
		nf_utf8_sanitize(out, s + i, e - i);
		i = e + 1;
	}
}

/* Some feeds (Reddit's, for one) escape their HTML twice, so that its
 * text is still markup. End tags of the commonest elements in the text say
 * so; an article quoting "</p>" is rarer than such a feed. */
static int escaped_twice(const char *s, size_t n)
{
	static const char *const tags[] = { "</p>", "</a>", "</div>", "</li>" };
	for (size_t i = 0; i + 4 <= n; i++) {
		const char *lt = memchr(s + i, '<', n - i - 3);
		if (!lt)
			return 0;
		i = (size_t)(lt - s);
		for (size_t t = 0; t < sizeof tags / sizeof *tags; t++) {
			size_t m = strlen(tags[t]);
			if (m <= n - i && memcmp(s + i, tags[t], m) == 0)
				return 1;
		}
	}
	return 0;
}

void nf_sfeed_text(const struct nf_sfeed_item *it, struct nf_buf *out)
{
	size_t start = out->len;

	add_plain(out, it->field[NF_SFEED_TITLE], it->len[NF_SFEED_TITLE]);
	size_t after_title = out->len;
	nf_buf_add(out, "\n\n", 2);
	size_t before_content = out->len;
	if (it->is_html) {
		nf_html_to_text(it->field[NF_SFEED_CONTENT], it->len[NF_SFEED_CONTENT], out);
		if (escaped_twice(out->data + before_content, out->len - before_content)) {
			struct nf_buf once = { 0 };
			nf_buf_add(&once, out->data + before_content, out->len - before_content);
			out->len = before_content;
			nf_html_to_text(once.data, once.len, out);
			nf_buf_free(&once);
		}
	} else
		add_plain(out, it->field[NF_SFEED_CONTENT], it->len[NF_SFEED_CONTENT]);
	/* No separator when either part is empty. */
	if (out->len == before_content)
		out->len = after_title;
	else if (after_title == start) {
		memmove(out->data + start, out->data + before_content, out->len - before_content);
		out->len -= before_content - start;
	}
}
