/* record.c: input records from one input. Plain text gives a record per
 * paragraph (or per line with -l), identified by the file name and the line
 * it starts on; JSON Lines gives a record per object, its text and id taken
 * from named fields. Bad records are reported and skipped here, so a tool
 * only ever sees good ones. */
#include <stdlib.h>
#include <string.h>

#include "newsfilter/archive.h"
#include "newsfilter/buf.h"
#include "newsfilter/input.h"
#include "newsfilter/json.h"
#include "newsfilter/layout.h"
#include "newsfilter/msg.h"
#include "newsfilter/record.h"
#include "newsfilter/sfeed.h"
#include "newsfilter/utf8.h"
#include "newsfilter/warc.h"

struct nf_reader {
	struct nf_input *in;
	const struct nf_read_opts *o;
	int json;
	/* Containers: the documents come from a reader over each member. */
	struct nf_archive *arc;    /* tar or zip */
	struct nf_warc *warc;
	struct nf_reader *sub;
	struct nf_read_opts sub_opts;
	struct nf_buf doc;         /* a WARC page as text */
	struct nf_buf docname;     /* a member's id, NUL-terminated */
	struct nf_buf where;       /* "archive:member", for messages */
	int depth;                 /* archives this input is inside */
	int skip;                  /* nested too deep: nothing is read */
	const char *docid;         /* a member's id (else the input's name) */
	struct nf_reader *root;    /* the reader of the input named by the user */
	/* sfeed */
	int sfeed;
	struct nf_sfeed_item item;
	struct nf_buf keepbuf;     /* JSON of the fields an item carries */
	int warned_utf8;
	int warned_name;
	struct nf_buf text;        /* the record's text */
	struct nf_buf id;          /* the record's id */
	struct nf_buf prev_id;     /* the previous record's, for new_doc */
	struct nf_buf scratch;     /* unescaped JSON strings before cleaning */
	int have_prev;
	struct nf_json_object obj;
	struct nf_kept *keep;
	size_t *keepat;            /* offset in keepbuf of a cleaned kept value */
	/* A line read ahead while looking for the end of a paragraph. */
	const char *pending;
	size_t pending_len;
	struct nf_layout layout;   /* plain text: how lines make paragraphs */
};

/* NUL counts as a space (newsfilter(5)), so a line of NULs is blank. */
static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\n' || c == '\r' ||
		c == 0;
}

static void trim(const char **s, size_t *len)
{
	while (*len && is_space((unsigned char)**s))
		(*s)++, (*len)--;
	while (*len && is_space((unsigned char)(*s)[*len - 1]))
		(*len)--;
}

/* Archives inside archives are read, to this depth (a zip that holds
 * itself must end). */
#define NEST_MAX 4

static struct nf_reader *reader_new(struct nf_input *in, const struct nf_read_opts *o, int depth)
{
	struct nf_reader *rd = nf_xcalloc(1, sizeof *rd);

	rd->in = in;
	rd->o = o;
	rd->depth = depth;
	rd->root = rd;
	nf_input_set_max_line(in, o->max_record);
	if (o->nkeep) {
		rd->keep = nf_xcalloc(o->nkeep, sizeof *rd->keep);
		rd->keepat = nf_xcalloc(o->nkeep, sizeof *rd->keepat);
	}
	if (o->format == NF_IN_SFEED) {
		rd->sfeed = 1;
		return rd;
	}
	if (!o->no_containers) {
		/* tar, zip and WARC are containers whatever -i says: -i applies
		 * to their members, which may be archives in turn. */
		const char *p;
		size_t n = nf_input_ahead(in, 512, &p);
		enum nf_archive_kind k = nf_archive_detect((const unsigned char *)p, n);
		int warc = !k && nf_warc_detect(p, n);
		rd->sub_opts = *o;
		if ((k || warc) && depth >= NEST_MAX) {
			nf_error(nf_input_name(in), 0, "archive nested more than %d deep: not read", NEST_MAX);
			rd->skip = 1;
			return rd;
		}
		if (k) {
			rd->arc = nf_archive_new(in, k);
			return rd;
		}
		if (warc) {
			rd->warc = nf_warc_new(in);
			nf_warc_set_max(rd->warc, o->max_record);
			rd->sub_opts.format = NF_IN_TEXT;
			rd->sub_opts.no_containers = 1;
			return rd;
		}
	}
	if (o->format == NF_IN_JSON)
		rd->json = 1;
	else if (o->format == NF_IN_AUTO)
		rd->json = nf_input_peek(in) == '{';
	if (!rd->json && !o->lines) {
		const char *p;
		size_t n;
		nf_input_peek(in);
		n = nf_input_ahead(in, 0, &p);
		nf_layout_detect(&rd->layout, p, n);
	}
	return rd;
}

struct nf_reader *nf_reader_new(struct nf_input *in, const struct nf_read_opts *o)
{
	return reader_new(in, o, 0);
}

/* Append a line's bytes to the text, cleaning what is not UTF-8; the
 * first ok bytes are known to be clean. */
static void add_clean(struct nf_reader *rd, const char *s, size_t len, size_t ok, long line)
{
	if (ok == len) {
		nf_buf_add(&rd->text, s, len);
		return;
	}
	nf_buf_add(&rd->text, s, ok);
	/* A CR inside a JSON string stays: it is text, escaped on output. */
	size_t bad = nf_utf8_sanitize(&rd->text, s + ok, len - ok);
	if (bad && !rd->root->warned_utf8) {
		nf_warn(nf_input_name(rd->in), line,
			"invalid UTF-8 replaced by U+FFFD (reported once per input)");
		rd->root->warned_utf8 = 1;
	}
}

/* The id of a plain-text document: a member's path, else the file name. */
static const char *doc_name(const struct nf_reader *rd)
{
	return rd->docid ? rd->docid : nf_input_name(rd->in);
}

/* The document's name appended to an id, made UTF-8 like any text (a
 * Latin-1 file name), with one warning per input. */
static void add_name(struct nf_reader *rd, struct nf_buf *id)
{
	const char *name = doc_name(rd);

	if (nf_utf8_sanitize(id, name, strlen(name)) && !rd->warned_name) {
		nf_warn(nf_input_name(rd->in), 0, "the name is not UTF-8: invalid bytes replaced by U+FFFD in the id");
		rd->warned_name = 1;
	}
}

/* A record of the text and id made in rd, starting on line (plain text
 * and sfeed: no sent, the id a string). */
static int text_record(struct nf_reader *rd, struct nf_record *r, long line)
{
	r->text = rd->text.data ? rd->text.data : "";
	r->len = rd->text.len;
	r->id = rd->id.data ? rd->id.data : "";  /* "" when the id is empty */
	r->id_len = rd->id.len;
	r->id_is_number = 0;
	r->line = line;
	r->sent = 0;
	r->file_line = line;
	return 1;
}

static int next_text(struct nf_reader *rd, struct nf_record *r)
{
	const char *line, *raw;
	size_t len, raw_len, max = rd->o->max_record;
	int lines = rd->o->lines || rd->layout.per_line;

	for (;;) {
		long first = 0;
		int too_long = 0;
		size_t last = 0, last_indent = 0, as_is_len = 0;
		const char *as_is = NULL;
		rd->text.len = 0;
		for (;;) {
			if (rd->pending) {
				line = rd->pending, len = rd->pending_len;
				rd->pending = NULL;
			} else if (!nf_input_line(rd->in, &line, &len)) {
				break;
			}
			int cut = nf_input_line_cut(rd->in);
			raw = line, raw_len = len;
			trim(&line, &len);
			if (!len) {
				if (first)
					break;
				continue;
			}
			size_t indent = (size_t)(line - raw);
			if (first && !too_long && nf_layout_breaks(&rd->layout,
			    rd->text.data + last, rd->text.len - last, last_indent, line, len)) {
				rd->pending = raw;	/* valid until the next line is read */
				rd->pending_len = raw_len;
				break;
			}
			if (!first)
				first = nf_input_lineno(rd->in);
			/* A paragraph past the limit is read to its end and
			 * dropped, never held. */
			if (max && (cut || rd->text.len + (rd->text.len > 0) + len > max))
				too_long = 1;
			if (!too_long) {
				/* The line reader saw which bytes are plain
				 * ASCII: only the rest is checked for UTF-8. */
				size_t ok = nf_input_line_plain(rd->in);
				ok = ok > indent ? ok - indent : 0;
				ok = ok < len ? ok + nf_utf8_clean_prefix(line + ok, len - ok) : len;
				if (lines && ok == len) {
					/* A clean line as it is: no copy. */
					as_is = line;
					as_is_len = len;
					break;
				}
				if (rd->text.len)
					nf_buf_addc(&rd->text, ' ');
				last = rd->text.len;
				last_indent = indent;
				add_clean(rd, line, len, ok, nf_input_lineno(rd->in));
				/* U+FFFD for a bad byte may take it past the limit */
				too_long = max && rd->text.len > max;
			}
			if (lines)
				break;
		}
		if (!first)
			return 0;
		if (too_long) {
			nf_error_too_long(nf_input_name(rd->in), first, max);
			continue;
		}
		if (!rd->id.len)
			add_name(rd, &rd->id);   /* the same for every record */
		text_record(rd, r, first);
		if (as_is) {
			r->text = as_is;
			r->len = as_is_len;
		}
		return 1;
	}
}

/* An integer field (line, sent) if it is a plain positive integer. */
static long int_field(const struct nf_json_member *m)
{
	long v = 0;

	if (!m || m->type != NF_JSON_NUMBER)
		return 0;
	for (size_t i = 0; i < m->val_len; i++) {
		char c = m->val[i];
		if (c < '0' || c > '9' || v > 100000000000L)
			return 0;
		v = v * 10 + (c - '0');
	}
	return v;
}

static int next_json(struct nf_reader *rd, struct nf_record *r)
{
	const char *line, *err, *name = nf_input_name(rd->in);
	size_t len, errpos;
	const char *field = rd->o->text_field ? rd->o->text_field : "text";

	while (nf_input_line(rd->in, &line, &len)) {
		long ln = nf_input_lineno(rd->in);
		if (nf_input_line_cut(rd->in)) {
			nf_error_too_long(name, ln, rd->o->max_record);
			continue;
		}
		const char *t = line;
		size_t tl = len;
		trim(&t, &tl);
		if (!tl)
			continue;
		if (nf_json_parse_object(line, len, &rd->obj, &err, &errpos) < 0) {
			/* A line cut by a truncated or corrupt input: the
			 * input's message has said so. */
			if (!nf_input_line_at_fault(rd->in))
				nf_error(name, ln, "malformed JSON: %s at byte %zu", err, errpos + 1);
			continue;
		}
		const struct nf_json_member *text = nf_json_get(&rd->obj, field);
		if (!text) {
			nf_error(name, ln, "no \"%s\" field", field);
			continue;
		}
		if (text->type != NF_JSON_STRING) {
			nf_error(name, ln, "the \"%s\" field is not a string", field);
			continue;
		}
		rd->text.len = 0;
		rd->scratch.len = 0;
		nf_json_unescape(text->val, text->val_len, &rd->scratch);
		add_clean(rd, rd->scratch.data, rd->scratch.len,
			nf_utf8_clean_prefix(rd->scratch.data, rd->scratch.len), ln);
		if (rd->o->max_record && rd->text.len > rd->o->max_record) {
			nf_error_too_long(name, ln, rd->o->max_record);
			continue;
		}

		const struct nf_json_member *id = nf_json_get(&rd->obj, "id");
		rd->id.len = 0;
		r->id_is_number = 0;
		if (id && id->type == NF_JSON_STRING) {
			rd->scratch.len = 0;
			nf_json_unescape(id->val, id->val_len, &rd->scratch);
			nf_utf8_sanitize(&rd->id, rd->scratch.data, rd->scratch.len);
		} else if (id && id->type == NF_JSON_NUMBER) {
			nf_buf_add(&rd->id, id->val, id->val_len);
			r->id_is_number = 1;
		} else {
			add_name(rd, &rd->id);
			nf_buf_addc(&rd->id, ':');
			nf_buf_addi(&rd->id, ln);
		}
		r->id = rd->id.data ? rd->id.data : "";  /* "" when the id is empty */
		r->id_len = rd->id.len;
		r->line = int_field(nf_json_get(&rd->obj, "line"));
		r->sent = int_field(nf_json_get(&rd->obj, "sent"));
		/* Kept values go out as they came, unless they hold bytes that
		 * are not UTF-8 or a raw U+2028/U+2029: those are cleaned into
		 * keepbuf (offsets first: it may move as it grows). */
		rd->keepbuf.len = 0;
		for (size_t i = 0; i < rd->o->nkeep; i++) {
			const struct nf_json_member *m = nf_json_get(&rd->obj, rd->o->keep[i]);
			rd->keep[i].json = m ? m->val : NULL;
			rd->keep[i].json_len = m ? m->val_len : 0;
			rd->keepat[i] = (size_t)-1;
			if (!m || nf_json_raw_is_clean(m->val, m->val_len))
				continue;
			rd->keepat[i] = rd->keepbuf.len;
			if (nf_json_raw_clean(&rd->keepbuf, m->val, m->val_len) && !rd->root->warned_utf8) {
				nf_warn(name, ln, "invalid UTF-8 replaced by U+FFFD (reported once per input)");
				rd->root->warned_utf8 = 1;
			}
			rd->keep[i].json_len = rd->keepbuf.len - rd->keepat[i];
		}
		for (size_t i = 0; i < rd->o->nkeep; i++)
			if (rd->keepat[i] != (size_t)-1)
				rd->keep[i].json = rd->keepbuf.data + rd->keepat[i];
		r->text = rd->text.data ? rd->text.data : "";
		r->len = rd->text.len;
		r->file_line = ln;
		return 1;
	}
	return 0;
}

/* A member's id (its path or URI, after the id of the member holding its
 * archive, if any) and its name in messages ("archive:member"). */
static void member_names(struct nf_reader *rd, const char *name, size_t len)
{
	rd->docname.len = 0;
	if (rd->docid) {
		nf_buf_adds(&rd->docname, rd->docid);
		nf_buf_addc(&rd->docname, ':');
	}
	nf_buf_add(&rd->docname, name, len);
	nf_buf_addc(&rd->docname, '\0');
	rd->where.len = 0;
	nf_buf_adds(&rd->where, nf_input_name(rd->in));
	nf_buf_addc(&rd->where, ':');
	nf_buf_add(&rd->where, name, len);
	nf_buf_addc(&rd->where, '\0');
}

/* The next member of a tar or zip archive or page of a WARC file as a
 * reader of its own; 0 at the end of the container. A member is read as
 * it streams out of the archive, a WARC page from memory. */
static int next_member(struct nf_reader *rd)
{
	struct nf_input *in;
	const char *name;
	size_t name_len;

	if (rd->arc) {
		if (!nf_archive_next(rd->arc, &name, &name_len))
			return 0;
		member_names(rd, name, name_len);
		in = nf_input_source(rd->where.data, nf_archive_read, rd->arc);
	} else {
		struct nf_warc_doc d;
		if (!nf_warc_next(rd->warc, &d))
			return 0;
		member_names(rd, d.id, d.id_len);
		rd->doc.len = 0;
		nf_warc_doc_text(&d, &rd->doc);
		in = nf_input_mem(rd->where.data, rd->doc.data ? rd->doc.data : "", rd->doc.len);
	}
	rd->sub = reader_new(in, &rd->sub_opts, rd->depth + 1);
	rd->sub->docid = rd->docname.data;
	rd->sub->root = rd->root;
	return 1;
}

static int next_contained(struct nf_reader *rd, struct nf_record *r)
{
	for (;;) {
		if (rd->sub) {
			if (nf_reader_next(rd->sub, r))
				return 1;
			nf_reader_close(rd->sub);
			rd->sub = NULL;
		}
		if (!next_member(rd))
			return 0;
	}
}

/* A field of an sfeed item as JSON, for -k (timestamp is a number). */
static void sfeed_field_json(struct nf_reader *rd, const char *name)
{
	static const char *const names[NF_SFEED_NFIELDS] = {
		"timestamp", "title", "link", "content", "content-type", "id",
		"author", "enclosure", "category",
	};
	const struct nf_sfeed_item *it = &rd->item;

	if (strcmp(name, "timestamp") == 0) {
		if (it->has_timestamp)
			nf_buf_addi(&rd->keepbuf, it->timestamp);
		else
			nf_buf_adds(&rd->keepbuf, "null");
		return;
	}
	for (int f = 0; f < NF_SFEED_NFIELDS; f++) {
		if (strcmp(name, names[f]) != 0)
			continue;
		rd->scratch.len = 0;
		nf_utf8_sanitize(&rd->scratch, it->field[f], it->len[f]);
		nf_json_escape(&rd->keepbuf, rd->scratch.data ? rd->scratch.data : "", rd->scratch.len);
		return;
	}
	nf_buf_adds(&rd->keepbuf, "null");
}

static int next_sfeed(struct nf_reader *rd, struct nf_record *r)
{
	const char *line, *name = nf_input_name(rd->in);
	size_t len, at[64];

	while (nf_input_line(rd->in, &line, &len)) {
		long ln = nf_input_lineno(rd->in);
		if (nf_input_line_cut(rd->in)) {
			nf_error_too_long(name, ln, rd->o->max_record);
			continue;
		}
		int k = nf_sfeed_parse(line, len, &rd->item, &rd->doc);
		if (k == 0)
			continue;
		if (k < 0) {
			nf_error(name, ln, "not an sfeed line");
			continue;
		}
		rd->text.len = 0;
		nf_sfeed_text(&rd->item, &rd->text);
		rd->id.len = 0;
		if (rd->item.doc_id_len) {
			nf_utf8_sanitize(&rd->id, rd->item.doc_id, rd->item.doc_id_len);
		} else {
			add_name(rd, &rd->id);
			nf_buf_addc(&rd->id, ':');
			nf_buf_addi(&rd->id, ln);
		}
		rd->keepbuf.len = 0;
		for (size_t i = 0; i < rd->o->nkeep && i < 64; i++) {
			at[i] = rd->keepbuf.len;
			sfeed_field_json(rd, rd->o->keep[i]);
		}
		for (size_t i = 0; i < rd->o->nkeep; i++) {
			size_t end = i + 1 < rd->o->nkeep && i + 1 < 64 ? at[i + 1] : rd->keepbuf.len;
			rd->keep[i].json = i < 64 ? rd->keepbuf.data + at[i] : "null";
			rd->keep[i].json_len = i < 64 ? end - at[i] : 4;
		}
		return text_record(rd, r, ln);
	}
	return 0;
}

int nf_reader_next(struct nf_reader *rd, struct nf_record *r)
{
	int got;

	r->file = nf_input_name(rd->in);
	r->keep = rd->keep;
	r->nkeep = rd->o->nkeep;
	if (rd->skip)
		return 0;
	if (rd->arc || rd->warc) {
		got = next_contained(rd, r);
	} else if (rd->sfeed) {
		got = next_sfeed(rd, r);
	} else if (rd->json) {
		got = next_json(rd, r);
	} else {
		got = next_text(rd, r);
		for (size_t i = 0; i < rd->o->nkeep; i++)
			rd->keep[i].json = NULL;
	}
	if (!got)
		return 0;
	r->new_doc = !rd->have_prev || rd->prev_id.len != r->id_len ||
		(r->id_len && memcmp(rd->prev_id.data, r->id, r->id_len) != 0);
	if (r->new_doc) {
		rd->prev_id.len = 0;
		nf_buf_add(&rd->prev_id, r->id, r->id_len);
		rd->have_prev = 1;
	}
	return 1;
}

int nf_reader_close(struct nf_reader *rd)
{
	if (rd->sub)
		nf_reader_close(rd->sub);
	if (rd->arc || rd->warc) {
		/* Read what follows the end of the archive (padding), so that a
		 * gzip stream cut or corrupted there is still reported, and a
		 * writer into our stdin never sees a broken pipe. */
		char sink[16384];
		while (nf_input_read(rd->in, sink, sizeof sink))
			;
	}
	if (rd->arc)
		nf_archive_free(rd->arc);
	if (rd->warc)
		nf_warc_free(rd->warc);
	int r = nf_input_close(rd->in);
	nf_buf_free(&rd->doc);
	nf_buf_free(&rd->docname);
	nf_buf_free(&rd->where);
	nf_buf_free(&rd->keepbuf);
	nf_buf_free(&rd->text);
	nf_buf_free(&rd->id);
	nf_buf_free(&rd->prev_id);
	nf_buf_free(&rd->scratch);
	nf_json_object_free(&rd->obj);
	free(rd->keep);
	free(rd->keepat);
	free(rd);
	return r;
}
