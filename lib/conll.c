/* conll.c: CoNLL lines into sentences of words and IOB tags. */
#include <stdlib.h>
#include <string.h>

#include "newsfilter/conll.h"
#include "newsfilter/entities.h"
#include "newsfilter/input.h"
#include "newsfilter/msg.h"

void nf_conll_init(struct nf_conll *c, struct nf_input *in)
{
	memset(c, 0, sizeof *c);
	c->in = in;
	c->doc_start = 1;
}

void nf_conll_free(struct nf_conll *c)
{
	nf_buf_free(&c->words);
	free(c->toks);
	memset(c, 0, sizeof *c);
}

/* O -> -1; B-TYPE, I-TYPE -> type * 2 + inside; anything else -2. */
static int parse_tag(const char *s, size_t n)
{
	if (n == 1 && s[0] == 'O')
		return -1;
	if (n < 3 || (s[0] != 'B' && s[0] != 'I') || s[1] != '-')
		return -2;
	int t = nf_ent_type_parse(s + 2, n - 2);
	return t < 0 ? -2 : t * 2 + (s[0] == 'I');
}

/* The sentence read so far, as c->toks pointing into c->words. */
static int sentence(struct nf_conll *c, int *doc_start)
{
	size_t off = 0;
	for (size_t i = 0; i < c->n; i++) {
		c->toks[i].word = c->words.data + off;
		off += c->toks[i].len + 1;
	}
	*doc_start = c->doc_start;
	c->doc_start = 0;
	return 1;
}

int nf_conll_next(struct nf_conll *c, int *doc_start)
{
	const char *l;
	size_t len;

	c->n = 0;
	c->words.len = 0;
	while (nf_input_line(c->in, &l, &len)) {
		if (len == 0 || (len >= 10 && memcmp(l, "-DOCSTART-", 10) == 0)) {
			int r = c->n ? sentence(c, doc_start) : 0;
			if (len) {
				c->doc_start = 1;
				c->saw_docstart = 1;
			}
			if (r)
				return r;
			continue;
		}
		const char *we = memchr(l, '\t', len), *tag;
		if (we) {
			tag = l + len;
			while (tag[-1] != '\t')
				tag--;
		} else {
			we = memchr(l, ' ', len);
			tag = l + len;
			while (tag > l && tag[-1] != ' ')
				tag--;
			if (!we) {
				nf_error(nf_input_name(c->in), nf_input_lineno(c->in), "no tag column");
				return -1;
			}
		}
		int t = parse_tag(tag, (size_t)(l + len - tag));
		if (t == -2) {
			nf_error(nf_input_name(c->in), nf_input_lineno(c->in), "bad tag '%.*s'",
				(int)(l + len - tag > 40 ? 40 : l + len - tag), tag);
			return -1;
		}
		if (c->n == c->cap) {
			c->cap = c->cap ? c->cap * 2 : 64;
			c->toks = nf_xrealloc(c->toks, c->cap * sizeof *c->toks);
		}
		size_t wl = (size_t)(we - l);
		c->toks[c->n++] = (struct nf_conll_tok){ NULL, wl, t < 0 ? -1 : t >> 1, t >= 0 && (t & 1) };
		nf_buf_add(&c->words, l, wl);
		nf_buf_addc(&c->words, 0);
	}
	return c->n ? sentence(c, doc_start) : 0;
}
