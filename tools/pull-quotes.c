/* pull-quotes: one record per quotation in the input, with its speaker
 * resolved across the document, its speech verb and its kind. */
#include <stdlib.h>
#include <string.h>

#include "newsfilter/cli.h"
#include "newsfilter/entities.h"
#include "newsfilter/hold.h"
#include "newsfilter/msg.h"
#include "newsfilter/quotes.h"
#include "newsfilter/utf8.h"

static struct nf_quotes *qa;
static const char *only_speaker;   /* -s NAME */
static const char *model_name = "default";   /* -m MODEL, or "none" */

/* A quote that runs on past its record is written with that record, so
 * the record is kept until the quote ends. */
static struct nf_hold hold;
static struct nf_record held;
static long prev_line;

static void opt_str(struct nf_out *o, const char *key, const char *s, size_t n)
{
	if (s)
		nf_out_str(o, key, s, n);
	else
		nf_out_null(o, key);
}

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
		opt_str(o, "speaker", q->speaker, q->speaker_len);
		opt_str(o, "cue", q->cue, q->cue_len);
		nf_out_str(o, "kind", q->kind == NF_QUOTE_DIRECT ? "direct" :
			"partial", q->kind == NF_QUOTE_DIRECT ? 6 : 7);
		opt_str(o, "source", q->source, q->source_len);
		if (q->source && q->source_here && !q->earlier && q->source_end <= r->len &&
			q->source_start <= q->source_end) {
			/* the source is near the quote: count from there */
			size_t ss = q->source_start >= s ? cs + nf_utf8_count(
				r->text + s, q->source_start - s) : cs - nf_utf8_count(
				r->text + q->source_start, s - q->source_start);
			nf_out_int(o, "source_start", (long long)ss);
			nf_out_int(o, "source_end", (long long)(ss + nf_utf8_count(
				r->text + q->source_start, q->source_end - q->source_start)));
		} else {
			nf_out_null(o, "source_start");
			nf_out_null(o, "source_end");
		}
		const char *ty = nf_speaker_type_names[q->speaker_type];
		opt_str(o, "speaker_type", ty, ty ? strlen(ty) : 0);
		opt_str(o, "role", q->role, q->role_len);
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
	if (c == 'm') {
		model_name = arg;
		return 0;
	}
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
	if (strcmp(model_name, "none") != 0) {
		const struct nf_ent_model *m = nf_ent_model_builtin(model_name);
		if (!m) {
			nf_warn(NULL, 0, "no compiled-in model '%s' (default, open or none)",
				model_name);
			return 2;
		}
		if (nf_quotes_use_tagger(qa, m) != 0)
			return 2;
	}
	return 0;
}

/* nf_record does not say how many -k fields it carries; count them the
 * way getopt will see them. */
static const char *const columns[] = { "start", "end", "quote", "speaker",
	"cue", "kind", "source", "source_start", "source_end", "speaker_type",
	"role", NULL };

static const struct nf_tool tool = {
	.name = "pull-quotes",
	.summary = "Write one record per quotation, with its speaker, cue and kind.",
	.options_help = "  -m MODEL      entity model for names near quotes: default, open or none\n"
		"  -s NAME       only quotes by this speaker (any form of the name)\n",
	.shortopts = "m:s:",
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
