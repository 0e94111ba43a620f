/* sentences_eval.c: accuracy of nf_sentence_next on the English Golden
 * Rules and on the GUM news paragraphs, with the thresholds of the brief.
 *
 * Golden Rules: a rule passes when its sentence list equals the gold list
 * (each sentence trimmed of white space). GUM: a boundary is the number of
 * non-white-space characters before the end of every sentence but the last
 * of a paragraph, so white-space differences between the gold tokenisation
 * and the text do not count; F1 of predicted against gold boundaries,
 * summed over paragraphs. Run with -v to list every error. Data comes from
 * $NF_SHARED (default ../shared); missing files give SKIP. */
#include <stdlib.h>

#include "test.h"
#include "newsfilter/sentences.h"

#define MAXSENT 256

static int verbose;

/* ---- a small JSON reader for the evaluation files ----------------------- */

struct str {
	char *s;
	size_t n;
};

static const char *skip_ws(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
		p++;
	return p;
}

static size_t put_utf8(char *o, unsigned cp)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xC0 | cp >> 6);
		o[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (char)(0xE0 | cp >> 12);
		o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (char)(0xF0 | cp >> 18);
	o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

static unsigned hex4(const char *p)
{
	unsigned v = 0;
	for (int i = 0; i < 4; i++) {
		char c = p[i];
		v <<= 4;
		if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
	}
	return v;
}

/* Parse the string at p (at its opening quote) into a new buffer. */
static const char *parse_string(const char *p, struct str *out)
{
	char *o = malloc(strlen(p) + 1);
	size_t n = 0;
	if (!o)
		abort();
	for (p++; *p && *p != '"'; p++) {
		if (*p != '\\') {
			o[n++] = *p;
			continue;
		}
		p++;
		switch (*p) {
		case 'n': o[n++] = '\n'; break;
		case 't': o[n++] = '\t'; break;
		case 'r': o[n++] = '\r'; break;
		case 'b': o[n++] = '\b'; break;
		case 'f': o[n++] = '\f'; break;
		case 'u': {
			unsigned cp = hex4(p + 1);
			p += 4;
			if (cp >= 0xD800 && cp < 0xDC00 && p[1] == '\\' && p[2] == 'u') {
				unsigned lo = hex4(p + 3);
				cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
				p += 6;
			}
			n += put_utf8(o + n, cp);
			break;
		}
		default: o[n++] = *p; break;
		}
	}
	o[n] = '\0';
	out->s = o;
	out->n = n;
	return *p ? p + 1 : p;
}

struct item {
	struct str text;
	struct str sent[MAXSENT];
	int nsent;
};

/* Read "text" and "sentences" of one JSON object line; 0 on failure. */
static int parse_item(const char *p, struct item *it)
{
	memset(it, 0, sizeof *it);
	p = skip_ws(p);
	if (*p++ != '{')
		return 0;
	for (;;) {
		struct str key;
		p = skip_ws(p);
		if (*p == '}')
			break;
		if (*p != '"')
			return 0;
		p = skip_ws(parse_string(p, &key));
		if (*p++ != ':')
			return 0;
		p = skip_ws(p);
		if (*p == '"') {
			struct str v;
			p = parse_string(p, &v);
			if (strcmp(key.s, "text") == 0)
				it->text = v;
			else
				free(v.s);
		} else if (*p == '[') {
			p = skip_ws(p + 1);
			while (*p == '"') {
				struct str v;
				p = skip_ws(parse_string(p, &v));
				if (strcmp(key.s, "sentences") == 0 && it->nsent < MAXSENT)
					it->sent[it->nsent++] = v;
				else
					free(v.s);
				if (*p == ',')
					p = skip_ws(p + 1);
			}
			if (*p++ != ']')
				return 0;
		} else {
			while (*p && *p != ',' && *p != '}')
				p++;
		}
		free(key.s);
		p = skip_ws(p);
		if (*p == ',')
			p++;
	}
	return it->text.s != NULL;
}

static void free_item(struct item *it)
{
	free(it->text.s);
	for (int i = 0; i < it->nsent; i++)
		free(it->sent[i].s);
}

static char *read_line(FILE *f)
{
	static char *line;
	static size_t cap;
	ssize_t n = getline(&line, &cap, f);
	return n < 0 ? NULL : line;
}

/* ---- scoring -------------------------------------------------------- */

static int is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	       c == '\v';
}

static void trim(const char **s, size_t *n)
{
	while (*n && is_ws(**s))
		(*s)++, (*n)--;
	while (*n && is_ws((*s)[*n - 1]))
		(*n)--;
}

static size_t nonws(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += !is_ws(s[i]);
	return k;
}

static int golden(const char *path)
{
	FILE *f = fopen(path, "r");
	char *line;
	int total = 0, ok = 0;
	if (!f)
		return -1;
	while ((line = read_line(f))) {
		struct item it;
		size_t pos = 0, st, en;
		int k = 0, good = 1;
		if (!parse_item(line, &it))
			continue;
		total++;
		while (nf_sentence_next(it.text.s, it.text.n, pos, &st, &en)) {
			const char *g = k < it.nsent ? it.sent[k].s : NULL;
			size_t gn = g ? it.sent[k].n : 0;
			if (g)
				trim(&g, &gn);
			if (!g || gn != en - st || memcmp(g, it.text.s + st, gn) != 0)
				good = 0;
			k++;
			pos = en;
		}
		if (k != it.nsent)
			good = 0;
		ok += good;
		if (!good && verbose) {
			printf("golden miss: %s\n", it.text.s);
			pos = 0;
			while (nf_sentence_next(it.text.s, it.text.n, pos, &st, &en)) {
				printf("    got: %.*s\n", (int)(en - st), it.text.s + st);
				pos = en;
			}
		}
		free_item(&it);
	}
	fclose(f);
	printf("golden rules: %d/%d\n", ok, total);
	return ok;
}

/* F1 of sentence boundaries over the paragraphs of a GUM file; -1 when
 * the file is absent. */
static double gum_f1(const char *path, const char *label)
{
	FILE *f = fopen(path, "r");
	char *line;
	long tp = 0, fp = 0, fn = 0;
	if (!f)
		return -1;
	while ((line = read_line(f))) {
		struct item it;
		size_t gold[MAXSENT], pred[MAXSENT * 4];
		int ng = 0, np = 0, i, j;
		size_t pos = 0, st, en, acc = 0;
		if (!parse_item(line, &it))
			continue;
		for (i = 0; i + 1 < it.nsent; i++) {
			acc += nonws(it.sent[i].s, it.sent[i].n);
			gold[ng++] = acc;
		}
		size_t predb[MAXSENT * 4];
		while (nf_sentence_next(it.text.s, it.text.n, pos, &st, &en)) {
			if (np < MAXSENT * 4) {
				predb[np] = en;
				pred[np++] = nonws(it.text.s, en);
			}
			pos = en;
		}
		if (np > 0)
			np--;	/* the paragraph's end is no boundary */
		for (i = j = 0; i < ng || j < np;) {
			if (j >= np || (i < ng && gold[i] < pred[j])) {
				fn++;
				if (verbose)
					printf("%s missed: ...%.60s\n", label,
					       it.sent[i].s + (it.sent[i].n > 60 ? it.sent[i].n - 60 : 0));
				i++;
			} else if (i >= ng || pred[j] < gold[i]) {
				fp++;
				if (verbose) {
					size_t b = predb[j] > 60 ? predb[j] - 60 : 0;
					printf("%s false: ...%.60s | %.40s\n", label,
					       it.text.s + b, it.text.s + predb[j]);
				}
				j++;
			} else {
				tp++, i++, j++;
			}
		}
		free_item(&it);
	}
	fclose(f);
	double p = tp + fp ? (double)tp / (double)(tp + fp) : 0;
	double r = tp + fn ? (double)tp / (double)(tp + fn) : 0;
	double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
	printf("%s F1: %.4f (P %.4f, R %.4f; %ld tp, %ld fp, %ld fn)\n",
	       label, f1, p, r, tp, fp, fn);
	return f1;
}

int main(int argc, char **argv)
{
	const char *shared = getenv("NF_SHARED");
	char path[4096];
	int g;
	double f;
	verbose = argc > 1 && strcmp(argv[1], "-v") == 0;
	if (!shared)
		shared = "../shared";

	snprintf(path, sizeof path, "%s/data/sentences/golden_rules_en.jsonl", shared);
	g = golden(path);
	if (g < 0)
		printf("SKIP golden rules: %s absent\n", path);
	else
		CHECK("golden rules >= 47/48", g >= 47);

	snprintf(path, sizeof path, "%s/data/gum-news/sentences_news.jsonl", shared);
	f = gum_f1(path, "GUM news");
	if (f < 0)
		printf("SKIP GUM news F1: %s absent\n", path);
	else
		CHECK("GUM news F1 >= 0.96", f >= 0.96);

	snprintf(path, sizeof path, "%s/data/gum-news/sentences_interview.jsonl", shared);
	if (gum_f1(path, "GUM interview") < 0)
		printf("SKIP GUM interview F1: %s absent\n", path);
	TEST_END();
}
