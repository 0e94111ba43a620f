/* html.c: unit tests for HTML to text: what a reader of the page would
 * see, paragraph by paragraph, from clean and from broken markup. */
#include <stdlib.h>
#include <time.h>

#include "newsfilter/buf.h"
#include "newsfilter/html.h"
#include "newsfilter/utf8.h"
#include "test.h"

static const char *text_n(const char *html, size_t len)
{
	static struct nf_buf b;
	b.len = 0;
	nf_html_to_text(html, len, &b);
	nf_buf_addc(&b, 0);
	return b.data;
}

static const char *text(const char *html)
{
	return text_n(html, strlen(html));
}

/* Seconds to convert n copies of unit (a pathological pattern). */
static double seconds_for(const char *unit, size_t n, size_t *out_len)
{
	struct nf_buf in = { 0 }, out = { 0 };
	for (size_t i = 0; i < n; i++)
		nf_buf_adds(&in, unit);
	clock_t t = clock();
	nf_html_to_text(in.data, in.len, &out);
	double s = (double)(clock() - t) / CLOCKS_PER_SEC;
	*out_len = out.len;
	int ok = nf_utf8_clean_prefix(out.data, out.len) == out.len;
	nf_buf_free(&in);
	nf_buf_free(&out);
	return ok ? s : 1e9;
}

int main(void)
{
	CHECK_STR("html: paragraphs", text("<p>One.</p><p>Two.</p>"), "One.\n\nTwo.");
	CHECK_STR("html: inline tags join", text("<p>Put<b>in</b> <i>said</i>.</p>"), "Putin said.");
	CHECK_STR("html: white space collapsed",
		text("  <div>\n  a \t\r\n b  </div>\n\n<div> c</div> "), "a b\n\nc");
	CHECK_STR("html: br breaks", text("line one<br>line two<br/>three"),
		"line one\n\nline two\n\nthree");
	CHECK_STR("html: headings and lists",
		text("<h1>Title</h1><ul><li>a</li><li>b</li></ul>end"), "Title\n\na\n\nb\n\nend");
	CHECK_STR("html: table cells", text("<table><tr><td>1</td><td>2</td></tr></table>"), "1\n\n2");
	CHECK_STR("html: head skipped, title too",
		text("<html><head><title>T - Site</title><meta charset=utf-8><style>p{}</style></head>"
		"<body><p>Body</p></body></html>"), "Body");
	CHECK_STR("html: head left open ends at body content",
		text("<head><title>T</title><p>Text"), "Text");
	CHECK_STR("html: title outside head is a paragraph", text("<title>A &amp; B</title>text"),
		"A & B\n\ntext");
	CHECK_STR("html: script and style skipped",
		text("a<script>if (a < b) { x = '</p>'; }</script>b<style>.x{}</style>c"), "abc");
	CHECK_STR("html: script end tag case-insensitive, not a prefix",
		text("a<SCRIPT>x</scripts></Script >b"), "ab");
	CHECK_STR("html: noscript, template, svg skipped",
		text("a <noscript>no js</noscript><template><p>t</p></template><svg><text>s</text></svg>b"), "a b");
	CHECK_STR("html: self-closed svg is empty", text("a<svg/>b <math x='1'/>c"), "ab c");
	CHECK_STR("html: comments", text("a<!-- <p>hidden</p> -->b<!---->c<!-->d"), "abcd");
	CHECK_STR("html: unterminated comment hides the rest", text("a<!-- b <p>c"), "a");
	CHECK_STR("html: CDATA is text, not decoded", text("<p><![CDATA[x < y &amp; z]]></p>"),
		"x < y &amp; z");
	CHECK_STR("html: doctype and PI dropped", text("<!DOCTYPE html><?xml version='1.0'?>x"), "x");
	CHECK_STR("html: named entities",
		text("&ldquo;Caf&eacute;&rdquo; &mdash; 5&nbsp;&euro; &lt;&gt; &copy; &hellip;"),
		"\xE2\x80\x9C" "Caf\xC3\xA9\xE2\x80\x9D \xE2\x80\x94 5 \xE2\x82\xAC <> \xC2\xA9 \xE2\x80\xA6");
	CHECK_STR("html: numeric entities", text("&#8220;&#x201d;&#X41;&#65&#150;&#0;"),
		"\xE2\x80\x9C\xE2\x80\x9D" "AA\xE2\x80\x93\xEF\xBF\xBD");
	CHECK_STR("html: bad numeric entities", text("&#xD800; &#1114112; &#; &#x;"),
		"\xEF\xBF\xBD \xEF\xBF\xBD &#; &#x;");
	CHECK_STR("html: unknown and bare entities", text("AT&T &amp &bogus; &copy2020 & x"),
		"AT&T & &bogus; &copy2020 & x");
	CHECK_STR("html: first and last entity names", text("&AElig;&zwnj;&zwj;&yuml;&Zdot;&zcaron;"),
		"\xC3\x86\xE2\x80\x8C\xE2\x80\x8D\xC3\xBF\xC5\xBB\xC5\xBE");
	CHECK_STR("html: soft hyphen vanishes", text("news&shy;paper"), "newspaper");
	CHECK_STR("html: U+00A0 is a space", text("10\xC2\xA0" "000 \xC2\xA0 x"), "10 000 x");
	CHECK_STR("html: literal <", text("1 < 2 and 3 <= 4 <"), "1 < 2 and 3 <= 4 <");
	CHECK_STR("html: quoted > in attribute", text("<a title=\"a > b\" href='x'>link</a>"), "link");
	CHECK_STR("html: unclosed quote falls back to first >", text("<a href=\"x>link</a> more"), "link more");
	CHECK_STR("html: quote not after = is just a char", text("<a b\"c>x</a>\"y\""), "x\"y\"");
	CHECK_STR("html: tag cut at end shows nothing", text("text <a href="), "text");
	CHECK_STR("html: unclosed tags", text("<p>a<p>b<div>c"), "a\n\nb\n\nc");
	CHECK_STR("html: invalid UTF-8 replaced", text("a\xFF" "b\xC3"), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
	CHECK_STR("html: NUL and controls", text_n("a\0b\x01" "c\x7F" "d", 7), "a bcd");
	CHECK_STR("html: C1 control dropped, cp1252 for &#146;", text("it\xC2\x92s it&#146;s"),
		"its it\xE2\x80\x99s");
	CHECK_STR("html: empty and tag-only", text("<p></p><br><div> </div>"), "");
	CHECK_STR("html: stray end tags", text("</p>a</div>b</b>c</script>d"), "a\n\nbcd");
	CHECK_STR("html: </ not a tag", text("a </ b> c </3"), "a c");
	CHECK_STR("html: select options skipped", text("Pick<select><option>x</option></select> one"),
		"Pick one");

	struct nf_buf b = { 0 };
	nf_buf_adds(&b, "kept ");
	nf_html_to_text("<p>x</p>", 8, &b);
	CHECK("html: appends to what out holds", b.len == 6 && memcmp(b.data, "kept x", 6) == 0);
	nf_buf_free(&b);

	/* Linear time: 2 MB of each hostile pattern in well under a second. */
	static const char *const hostile[] = {
		"<a x='", "<a x=\"", "<!--", "<![CDATA[", "<script>", "<a ", "&#x", "&amp",
		"<<<<", "<a b='>' c=\">", "</title", "<p><p></p>", "<title>&",
	};
	for (size_t i = 0; i < sizeof hostile / sizeof *hostile; i++) {
		size_t n = 2000000 / strlen(hostile[i]), olen;
		double s = seconds_for(hostile[i], n, &olen);
		char name[80];
		snprintf(name, sizeof name, "html: linear on \"%s\" x %zu", hostile[i], n);
		CHECK(name, s < 1.0);
	}
	TEST_END();
}
