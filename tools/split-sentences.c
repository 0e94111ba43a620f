/* split-sentences: documents in, one record per sentence out. Sentences
 * are numbered through each document (consecutive records with one id). */
#include "newsfilter/cli.h"
#include "newsfilter/sentences.h"
#include "newsfilter/utf8.h"

static long sent;

static int record(const struct nf_record *r, struct nf_out *o)
{
	size_t pos = 0, start, end, cp = 0, at = 0;

	if (r->new_doc)
		sent = 0;
	while (nf_sentence_next(r->text, r->len, pos, &start, &end)) {
		/* Offsets in code points, counted on from the last one (the
		 * usual gap, one space, is one). */
		cp += start - at == 1 ? 1 : nf_utf8_count(r->text + at, start - at);
		size_t cp_start = cp;
		cp += nf_utf8_count(r->text + start, end - start);
		at = end;
		nf_out_begin(o, r, ++sent);
		nf_out_int(o, "start", (long long)cp_start);
		nf_out_int(o, "end", (long long)cp);
		nf_out_main(o, "text", r->text + start, end - start);
		nf_out_end(o);
		pos = end;
	}
	return 0;
}

static const char *const columns[] = { "start", "end", "text", NULL };

static const struct nf_tool tool = {
	.name = "split-sentences",
	.summary = "Write one record per sentence of the input documents.",
	.options_help = "",
	.shortopts = "",
	.columns = columns,
	.record = record,
};

int main(int argc, char **argv)
{
	return nf_main(&tool, argc, argv);
}
