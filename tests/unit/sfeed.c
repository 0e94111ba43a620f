/* sfeed.c: unit tests for the sfeed(5) reader: lines written here, and
 * the real sfeed(1) run over every feed fixture, each item checked. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

#include "newsfilter/buf.h"
#include "newsfilter/sfeed.h"
#include "newsfilter/utf8.h"
#include "test.h"

static struct nf_buf scratch, text;

static const char *doc_text(const char *line)
{
	struct nf_sfeed_item it;
	text.len = 0;
	if (nf_sfeed_parse(line, strlen(line), &it, &scratch) != 1)
		return "(not an item)";
	nf_sfeed_text(&it, &text);
	nf_buf_addc(&text, 0);
	return text.data;
}

static const char *field(const struct nf_sfeed_item *it, int f)
{
	static char buf[4][256];
	static int k;
	k = (k + 1) % 4;
	snprintf(buf[k], sizeof buf[k], "%.*s", (int)it->len[f], it->field[f]);
	return buf[k];
}

static void written_here(void)
{
	struct nf_sfeed_item it;
	const char *l = "1700000000\tA title\thttps://x.example/a\t<p>One\\\\two\\tthree</p>\\n<p>Four</p>\t"
		"html\tid-1\tAuthor\thttps://x.example/a.mp3\tnews|world";

	CHECK("sfeed: item parses", nf_sfeed_parse(l, strlen(l), &it, &scratch) == 1);
	CHECK("sfeed: timestamp", it.has_timestamp && it.timestamp == 1700000000);
	CHECK_STR("sfeed: title", field(&it, NF_SFEED_TITLE), "A title");
	CHECK_STR("sfeed: link", field(&it, NF_SFEED_LINK), "https://x.example/a");
	CHECK_STR("sfeed: content unescaped", field(&it, NF_SFEED_CONTENT), "<p>One\\two\tthree</p>\n<p>Four</p>");
	CHECK("sfeed: html", it.is_html);
	CHECK_STR("sfeed: id", field(&it, NF_SFEED_ID), "id-1");
	CHECK_STR("sfeed: author", field(&it, NF_SFEED_AUTHOR), "Author");
	CHECK_STR("sfeed: enclosure", field(&it, NF_SFEED_ENCLOSURE), "https://x.example/a.mp3");
	CHECK_STR("sfeed: category", field(&it, NF_SFEED_CATEGORY), "news|world");
	CHECK("sfeed: doc id is the id", it.doc_id_len == 4 && memcmp(it.doc_id, "id-1", 4) == 0);
	CHECK_STR("sfeed: text of an HTML item", doc_text(l), "A title\n\nOne\\two three\n\nFour");

	l = "\tNo time\thttps://x.example/b\tLine one\\nLine two\\r\tplain\t\t\t\t";
	CHECK("sfeed: empty timestamp", nf_sfeed_parse(l, strlen(l), &it, &scratch) == 1 && !it.has_timestamp);
	CHECK("sfeed: doc id falls back to the link",
		it.doc_id_len == 19 && memcmp(it.doc_id, "https://x.example/b", 19) == 0);
	CHECK_STR("sfeed: plain text keeps lines, drops unknown escapes", doc_text(l),
		"No time\n\nLine one\nLine two");
	CHECK_STR("sfeed: title only", doc_text("1\tJust a title\thttp://x/\t\t\t\t\t\t"), "Just a title");
	CHECK_STR("sfeed: content only", doc_text("1\t\thttp://x/\t<b>Body</b>\thtml\t\t\t\t"), "Body");
	CHECK_STR("sfeed: older eight-field line", doc_text("1\tT\thttp://x/\tC\tplain\tid\ta\te"), "T\n\nC");
	CHECK_STR("sfeed: trailing backslash", doc_text("1\tT\tl\tC\\\tplain"), "T\n\nC");
	CHECK_STR("sfeed: invalid UTF-8 and CR", doc_text("1\tT\xff\tl\tA\rB\tplain"), "T\xef\xbf\xbd\n\nAB");
	CHECK_STR("sfeed: HTML escaped twice",
		doc_text("1\tT\tl\t&lt;p&gt;Said &amp;quot;hi&amp;quot;&lt;/p&gt;&lt;p&gt;Two&lt;/p&gt;\thtml"),
		"T\n\nSaid \"hi\"\n\nTwo");
	CHECK_STR("sfeed: HTML about markup, escaped once",
		doc_text("1\tT\tl\t<p>Use &lt;b&gt; for bold</p>\thtml"), "T\n\nUse <b> for bold");
	CHECK("sfeed: blank line", nf_sfeed_parse("", 0, &it, &scratch) == 0);
	CHECK("sfeed: no tab is not sfeed", nf_sfeed_parse("hello world", 11, &it, &scratch) == -1);
	CHECK("sfeed: bad timestamp is not sfeed", nf_sfeed_parse("12x\tT\tl", 7, &it, &scratch) == -1);
	CHECK("sfeed: negative timestamp",
		nf_sfeed_parse("-5\tT\tl", 6, &it, &scratch) == 1 && it.timestamp == -5);
}

/* sfeed's escaping, to check that ours undoes it exactly. */
static void escape(const char *s, size_t n, struct nf_buf *out)
{
	out->len = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\\')
			nf_buf_add(out, "\\\\", 2);
		else if (s[i] == '\t')
			nf_buf_add(out, "\\t", 2);
		else if (s[i] == '\n')
			nf_buf_add(out, "\\n", 2);
		else
			nf_buf_addc(out, s[i]);
	}
}

static void real_feeds(void)
{
	const char *shared = getenv("NF_SHARED");
	static const char *const dirs[] = { "feed-rs", "rss-parser" };
	char path[4096], cmd[8192];
	long files = 0, items = 0, bad_parse = 0, bad_fields = 0, bad_round = 0,
		bad_utf8 = 0, no_id = 0, html = 0, tags_left = 0;
	struct nf_buf esc = { 0 };
	int guardian = 0;

	if (!shared) {
		puts("SKIP sfeed: real feeds: NF_SHARED not set");
		return;
	}
	if (system("command -v sfeed >/dev/null 2>&1") != 0) {
		puts("SKIP sfeed: real feeds: sfeed(1) is not installed");
		return;
	}
	for (size_t d = 0; d < sizeof dirs / sizeof *dirs; d++) {
		snprintf(path, sizeof path, "%s/data/feeds/%s", shared, dirs[d]);
		DIR *dir = opendir(path);
		struct dirent *e;
		if (!dir) {
			printf("SKIP sfeed: %s absent\n", path);
			continue;
		}
		while ((e = readdir(dir))) {
			if (e->d_name[0] == '.' || strncmp(e->d_name, "LICENSE", 7) == 0)
				continue;
			snprintf(cmd, sizeof cmd, "sfeed < '%s/%s' 2>/dev/null", path, e->d_name);
			FILE *p = popen(cmd, "r");
			char *line = NULL;
			size_t cap = 0;
			ssize_t n;
			if (!p)
				continue;
			files++;
			while ((n = getline(&line, &cap, p)) > 0) {
				struct nf_sfeed_item it;
				if (line[n - 1] == '\n')
					line[--n] = 0;
				size_t tabs = 0;
				for (ssize_t i = 0; i < n; i++)
					tabs += line[i] == '\t';
				bad_fields += tabs != 8;
				if (nf_sfeed_parse(line, (size_t)n, &it, &scratch) != 1) {
					bad_parse++;
					continue;
				}
				items++;
				/* Round trip: escaping our content gives sfeed's field. */
				escape(it.field[NF_SFEED_CONTENT], it.len[NF_SFEED_CONTENT], &esc);
				const char *raw = line;
				for (int t = 0; t < NF_SFEED_CONTENT; t++)
					raw = strchr(raw, '\t') + 1;
				size_t raw_len = strcspn(raw, "\t");
				bad_round += esc.len != raw_len || (raw_len && memcmp(esc.data, raw, raw_len) != 0);
				no_id += it.doc_id_len == 0 && (it.len[NF_SFEED_ID] || it.len[NF_SFEED_LINK]);
				text.len = 0;
				nf_sfeed_text(&it, &text);
				bad_utf8 += nf_utf8_clean_prefix(text.data, text.len) != text.len;
				if (it.is_html) {
					html++;
					/* A tag left in the text of an HTML item. */
					for (size_t i = 0; i + 3 < text.len; i++)
						if (memcmp(text.data + i, "<p>", 3) == 0 || memcmp(text.data + i, "</a", 3) == 0) {
							tags_left++;
							if (getenv("NF_DEBUG"))
								printf("tag left in %s: %.*s\n", e->d_name, (int)(text.len - i < 200 ? text.len - i : 200), text.data + i);
							break;
						}
				}
				if (strcmp(e->d_name, "guardian.rss") == 0 && !guardian++) {
					nf_buf_addc(&text, 0);
					const char *want = "Trump State of the Union address promised unity but "
						"emphasized discord\n\nThe president\xe2\x80\x99s \xe2\x80\x98new "
						"American moment\xe2\x80\x99 speech stirred";
					CHECK("sfeed: guardian first item text", strncmp(text.data, want, strlen(want)) == 0);
				}
			}
			free(line);
			pclose(p);
		}
		closedir(dir);
	}
	if (!files) {
		nf_buf_free(&esc);
		return;   /* the fixtures are absent: reported as skipped */
	}
	printf("sfeed: %ld feeds, %ld items (%ld HTML) through sfeed(1)\n", files, items, html);
	CHECK("sfeed: real feeds read", files >= 90 && items >= 1400);
	CHECK("sfeed: every line an item", bad_parse == 0);
	CHECK("sfeed: nine fields per line", bad_fields == 0);
	CHECK("sfeed: content unescaping round-trips", bad_round == 0);
	CHECK("sfeed: every item has an id", no_id == 0);
	CHECK("sfeed: texts are valid UTF-8", bad_utf8 == 0);
	CHECK("sfeed: no tags left in HTML items", tags_left == 0);
	CHECK("sfeed: the guardian feed was seen", guardian > 0);
	nf_buf_free(&esc);
}

int main(void)
{
	written_here();
	real_feeds();
	nf_buf_free(&scratch);
	nf_buf_free(&text);
	TEST_END();
}
