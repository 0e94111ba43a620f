/* pull-quotes: one record per quotation in the input, with its speaker
 * resolved across the document, its speech verb and its kind. */
#include <stdlib.h>
#include <string.h>

#include "newsfilter/cli.h"
#include "newsfilter/hold.h"
#include "newsfilter/msg.h"
#include "newsfilter/quotes.h"
#include "newsfilter/utf8.h"

static struct nf_quotes *qa;
static const char *only_speaker;   /* -s NAME */

/* A quote that runs on past its record is written with that record, so
 * the record is kept until the quote ends. */
static struct nf_hold hold;
static struct nf_record held;
static long prev_line;

static void emit(const struct nf_record *r, const struct nf_quote *qs,
	size_t n, struct nf_out *o)
{
	/* quotes come in order: count code points on from the last one */
	const struct nf_record *last = NULL;
	size_t at = 0, cp = 0;
	for (size_t i = 0; i < n; i++) {
		const struct nf_quote *q = &qs[i];
		const struct nf_record *from = q->earlier ? &held : r;
		if (only_speaker && !nf_quotes_speaker_match(q->speaker,
			q->speaker_len, only_speaker, strlen(only_speaker)))
			continue;
		size_t s = q->start <= from->len ? q->start : from->len;
		size_t e = q->end <= from->len ? q->end : from->len;
		if (from != last || s < at)
			last = from, at = 0, cp = 0;
		cp += nf_utf8_count(from->text + at, s - at);
		at = s;
		size_t cs = cp;
		nf_out_begin(o, from, 0);
		nf_out_int(o, "start", (long long)cs);
		nf_out_int(o, "end", (long long)(cs + nf_utf8_count(from->text + s,
			e > s ? e - s : 0)));
		nf_out_main(o, "quote", q->text, q->len);
		if (q->speaker)
			nf_out_str(o, "speaker", q->speaker, q->speaker_len);
		else
			nf_out_null(o, "speaker");
		if (q->cue)
			nf_out_str(o, "cue", q->cue, q->cue_len);
		else
			nf_out_null(o, "cue");
		nf_out_str(o, "kind", q->kind == NF_QUOTE_DIRECT ? "direct" :
			"partial", q->kind == NF_QUOTE_DIRECT ? 6 : 7);
		nf_out_end(o);
	}
}

static void end_document(struct nf_out *o)
{
	const struct nf_quote *qs;
	size_t n = nf_quotes_end(qa, &qs);
	emit(&held, qs, n, o);
	nf_quotes_reset(qa);
}

static int record(const struct nf_record *r, struct nf_out *o)
{
	const struct nf_quote *qs;
	enum nf_quote_para para = NF_PARA_NEW;

	if (r->new_doc)
		end_document(o);
	else if (r->line && r->line == prev_line)
		para = NF_PARA_SAME;        /* sentences of one paragraph */
	else if (!r->line && r->sent)
		para = NF_PARA_UNKNOWN;     /* sentences, paragraphs unknown */
	prev_line = r->line;
	size_t n = nf_quotes_scan(qa, r->text, r->len, para, &qs);
	emit(r, qs, n, o);
	if (nf_quotes_pending(qa)) {
		nf_hold_clear(&hold);
		nf_hold_add(&hold, r, 1);
		nf_hold_get(&hold, 0, &held);
	}
	return 0;
}

static void finish(struct nf_out *o)
{
	end_document(o);
}

static int option(int c, const char *arg)
{
	if (c != 's')
		return -1;
	if (!*arg) {
		nf_warn(NULL, 0, "empty name for -s");
		return -1;
	}
	only_speaker = arg;
	return 0;
}

static int start(enum nf_output_format f)
{
	(void)f;
	qa = nf_quotes_new();
	return 0;
}

/* nf_record does not say how many -k fields it carries; count them the
 * way getopt will see them. */
static const char *const columns[] = { "start", "end", "quote", "speaker",
	"cue", "kind", NULL };

static const struct nf_tool tool = {
	.name = "pull-quotes",
	.summary = "Write one record per quotation, with its speaker, cue and kind.",
	.options_help = "  -s NAME       only quotes by this speaker (any form of the name)\n",
	.shortopts = "s:",
	.option = option,
	.start = start,
	.columns = columns,
	.record = record,
	.finish = finish,
};

int main(int argc, char **argv)
{
	int st = nf_main(&tool, argc, argv);
	nf_quotes_free(qa);
	nf_hold_free(&hold);
	return st;
}
