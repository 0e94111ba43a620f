/* tag-entities: write one record per named entity (PER, ORG, LOC, MISC) in
 * the input text, with the fullest form of its name in the document. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "newsfilter/cli.h"
#include "newsfilter/entities.h"
#include "newsfilter/hold.h"
#include "newsfilter/input.h"
#include "newsfilter/msg.h"
#include "newsfilter/names.h"
#include "newsfilter/overrides.h"
#include "newsfilter/sentences.h"
#include "newsfilter/utf8.h"

static const char *model_name = "default";
static const struct nf_ent_model *model;
static struct nf_ent_model model_file;
static struct nf_tagger *tagger;
static struct nf_overrides *overrides;   /* -g and -p */
static const char **gaz_paths;
static size_t ngaz_paths;

/* The document's mentions wait for its end, so that `name` can use a
 * fuller form that comes later; its records wait with them (without their
 * text), to be written with their mentions. What waits is bounded. */
static struct nf_names *names;
static struct nf_hold held;

#define DOC_MAX_MENTIONS 4096
#define DOC_MAX_BYTES (4u << 20)

static void flush_doc(struct nf_out *out)
{
	const struct nf_mention *m;
	size_t n = nf_names_end(names, &m);
	struct nf_record r;
	size_t rec = (size_t)-1;

	for (size_t i = 0; i < n; i++) {
		if (m[i].rec != rec)
			nf_hold_get(&held, rec = m[i].rec, &r);
		nf_out_begin(out, &r, 0);
		nf_out_int(out, "start", (long long)m[i].start);
		nf_out_int(out, "end", (long long)m[i].end);
		const char *type = nf_ent_type_names[m[i].type];
		nf_out_str(out, "type", type, strlen(type));
		nf_out_main(out, "text", m[i].text, m[i].len);
		nf_out_str(out, "name", m[i].name, m[i].name_len);
		nf_out_end(out);
	}
	nf_hold_clear(&held);
}

/* A record longer than this is tagged a piece at a time, each ending at
 * the end of a sentence, so that what is held for it stays small however
 * long it is (entities never cross a sentence end). */
#define PIECE (256u << 10)
/* How far past a piece the splitter may look to decide a sentence end
 * (it needs the next few words): bounded, or a record with no sentence
 * end would be scanned to its end again for every piece, in time that
 * grows with the square of its length. */
#define LOOKAHEAD 4096u

static int piece_space(unsigned char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0;
}

/* The end of the piece of text[0..len) that starts at `at`: the last
 * sentence end within PIECE bytes; failing that, the last space; failing
 * that, a character boundary. */
static size_t piece_end(const char *text, size_t len, size_t at)
{
	if (len - at <= PIECE)
		return len;
	size_t lim = at + PIECE, win = len - lim > LOOKAHEAD ? lim + LOOKAHEAD : len;
	size_t pos = at, ss, se, end = at;
	while (nf_sentence_next(text, win, pos, &ss, &se) && se <= lim)
		end = pos = se;
	if (end > at)
		return end;
	for (end = lim; end > at + PIECE / 2; end--)
		if (piece_space((unsigned char)text[end - 1]))
			return end;
	for (end = lim; end > at && ((unsigned char)text[end] & 0xC0) == 0x80; end--)
		;
	return end > at ? end : lim;
}

static int tag_record(const struct nf_record *r, struct nf_out *out)
{
	size_t bytes, at = 0, cp = 0;

	if (r->new_doc) {
		if (held.n)
			flush_doc(out);
		nf_tagger_new_doc(tagger);
	}
	size_t rec = nf_hold_add(&held, r, 0);
	while (at < r->len) {
		size_t end = piece_end(r->text, r->len, at);
		const char *text = r->text + at;
		size_t len = end - at;
		const struct nf_entity *ents;
		const struct nf_token *toks;
		size_t ntoks;
		size_t ne = nf_tagger_run(tagger, text, len, &ents, &toks, &ntoks);
		if (!nf_overrides_empty(overrides))
			ne = nf_overrides_apply(overrides, text, len, toks, ntoks, ents, ne, &ents);
		nf_names_add(names, rec, cp, text, len, ents, ne, toks, ntoks);
		size_t nm = nf_names_held(names, &bytes);
		at = end;
		if (nm > DOC_MAX_MENTIONS || bytes + nf_hold_bytes(&held) > DOC_MAX_BYTES) {
			flush_doc(out);
			if (at < r->len)
				rec = nf_hold_add(&held, r, 0);  /* the rest of the record */
		}
		if (at < r->len)
			cp += nf_utf8_count(text, len);
	}
	if (nf_out_unbuffered(out) && held.n)
		flush_doc(out);
	return 0;
}

static void finish(struct nf_out *out)
{
	if (held.n)
		flush_doc(out);
}

static int option(int c, const char *arg)
{
	switch (c) {
	case 'm':
		model_name = arg;
		return 0;
	case 'g':
		gaz_paths = nf_xrealloc(gaz_paths, (ngaz_paths + 1) * sizeof *gaz_paths);
		gaz_paths[ngaz_paths++] = arg;
		return 0;
	case 'p':
		return nf_overrides_pattern(overrides, arg);
	}
	return -1;
}

static int start(enum nf_output_format f)
{
	(void)f;
	model = nf_ent_model_builtin(model_name);
	if (!model) {
		const char *err;
		if (strcmp(model_name, "default") == 0 || strcmp(model_name, "open") == 0)
			nf_die(2, "the %s model is not compiled in (run make model)", model_name);
		if (nf_ent_model_read(&model_file, model_name, &err) != 0) {
			if (err)
				nf_die(2, "%s: bad model file: %s", model_name, err);
			nf_die(2, "%s: cannot read model: %s", model_name, strerror(errno));
		}
		model = &model_file;
	}
	for (size_t i = 0; i < ngaz_paths; i++) {
		struct nf_input *in = nf_input_open(gaz_paths[i]);
		int bad = !in || nf_overrides_read(overrides, in) != 0;
		if (in && nf_input_close(in) != 0)
			bad = 1;
		if (bad)
			return 2;
	}
	tagger = nf_tagger_new(model);
	names = nf_names_new();
	return 0;
}

int main(int argc, char **argv)
{
	static const char *const columns[] = { "start", "end", "type", "text", "name", NULL };
	static const struct nf_tool tool = {
		.name = "tag-entities",
		.summary = "Write one record per named entity (PER, ORG, LOC, MISC) in the text.",
		.options_help =
			"  -m MODEL      default, open (CC-licensed data only) or a model file\n"
			"  -g FILE       extra names, TYPE<TAB>phrase lines; they override the model\n"
			"  -p TYPE=REGEX tag every match of a PCRE2 pattern as TYPE\n",
		.shortopts = "m:g:p:",
		.option = option,
		.start = start,
		.columns = columns,
		.record = tag_record,
		.finish = finish,
	};
	overrides = nf_overrides_new();
	int st = nf_main(&tool, argc, argv);
	nf_overrides_free(overrides);
	nf_names_free(names);
	nf_hold_free(&held);
	nf_tagger_free(tagger);
	free(gaz_paths);
	return st;
}
