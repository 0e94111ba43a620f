/* count-figures: text records in, one record per numeric figure out, with
 * its kind, normalised value, unit, hedge and range; -c: a tally per record. */
#include <stdio.h>
#include <string.h>

#include "newsfilter/cli.h"
#include "newsfilter/figures.h"
#include "newsfilter/msg.h"
#include "newsfilter/utf8.h"

static int tally;
static struct nf_figures figs;

static const char *const columns[] = {
	"start", "end", "text", "kind", "value", "unit", "qualifier", "upper", NULL
};
static const char *const tally_columns[] = {
	"figures", "count", "percent", "money", "quantity", "fraction", "ordinal",
	"date", "time", "duration", NULL
};

static struct nf_tool tool;

static int option(int c, const char *arg)
{
	(void)arg;
	if (c != 'c')
		return -1;
	tally = 1;
	tool.columns = tally_columns;
	return 0;
}

/* Where the figures of one record go, with the code-point offset reached. */
struct emit {
	const struct nf_record *r;
	struct nf_out *o;
	size_t at, cp;
	long per[NF_FIG_NKINDS];
};

static void figure(const struct nf_figure *f, void *arg)
{
	struct emit *m = arg;
	const struct nf_record *r = m->r;
	struct nf_out *o = m->o;
	const char *kind = nf_figure_kind_name(f->kind);
	size_t cp_start;

	if (tally) {
		m->per[f->kind]++;
		return;
	}
	/* Offsets in code points, counted on from the last figure. */
	m->cp += nf_utf8_count(r->text + m->at, f->start - m->at);
	cp_start = m->cp;
	m->cp += nf_utf8_count(r->text + f->start, f->end - f->start);
	m->at = f->end;
	nf_out_begin(o, r, 0);
	nf_out_int(o, "start", (long long)cp_start);
	nf_out_int(o, "end", (long long)m->cp);
	nf_out_main(o, "text", r->text + f->start, f->end - f->start);
	nf_out_str(o, "kind", kind, strlen(kind));
	if (f->kind == NF_FIG_DATE || f->kind == NF_FIG_TIME)
		nf_out_str(o, "value", f->iso, strlen(f->iso));
	else if (f->whole)
		nf_out_int(o, "value", f->whole);
	else
		nf_out_double(o, "value", f->value);
	if (f->unit && f->per) {
		/* a rate: "km/h", "USD/h", "bbl/d" */
		char rate[64];
		int n = snprintf(rate, sizeof rate, "%s/%s", f->unit, f->per);
		nf_out_str(o, "unit", rate, n > 0 && (size_t)n < sizeof rate ? (size_t)n : 0);
	} else if (f->unit) {
		nf_out_str(o, "unit", f->unit, strlen(f->unit));
	} else {
		nf_out_null(o, "unit");
	}
	if (f->qualifier)
		nf_out_str(o, "qualifier", f->qualifier, strlen(f->qualifier));
	else
		nf_out_null(o, "qualifier");
	if (f->has_upper)
		nf_out_double(o, "upper", f->upper);
	else
		nf_out_absent(o, "upper");
	nf_out_end(o);
}

static int record(const struct nf_record *r, struct nf_out *o)
{
	struct emit m = { .r = r, .o = o };
	size_t n, i;

	/* Figures are written as they are found: a record of a million
	 * numbers costs no more memory than one of a few. */
	n = nf_figures_each(&figs, r->text, r->len, figure, &m);
	if (tally) {
		nf_out_begin(o, r, 0);
		nf_out_int(o, "figures", (long long)n);
		for (i = 0; i < NF_FIG_NKINDS; i++)
			nf_out_int(o, tally_columns[i + 1], m.per[i]);
		nf_out_end(o);
	}
	return 0;
}

static void finish(struct nf_out *o)
{
	(void)o;
	nf_figures_free(&figs);
}

static struct nf_tool tool = {
	.name = "count-figures",
	.summary = "Write one record per numeric figure of the input records.",
	.options_help = "  -c            write one tally per input record instead:\n"
		"                figures, then a count per kind\n",
	.shortopts = "c",
	.option = option,
	.columns = columns,
	.record = record,
	.finish = finish,
};

int main(int argc, char **argv)
{
	return nf_main(&tool, argc, argv);
}
