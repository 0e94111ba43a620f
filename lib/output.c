/* output.c: output records as JSON Lines, TSV (jq @tsv escaping) or bare
 * text, built in one buffer and written in large blocks with write(2), so
 * that a write error is seen where it happens and a closed pipe ends the
 * tool quietly. */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "newsfilter/buf.h"
#include "newsfilter/json.h"
#include "newsfilter/msg.h"
#include "newsfilter/output.h"

#define FLUSH_AT (64 * 1024)
#define KEY_MAX 32	/* longer names are written without the cache */
#define KEY_SLOTS 16

struct nf_out {
	int fd;
	enum nf_output_format f;
	size_t nkeep;
	const char *const *keep_names;
	struct nf_buf keep_keys;   /* JSON: ',"name":' for each kept field */
	size_t *keep_key_at;       /* where each starts in keep_keys (nkeep + 1) */
	struct nf_buf b;
	size_t done;               /* b[0..done) holds whole records only */
	struct nf_buf tmp;         /* a kept JSON string unescaped for TSV */
	int unbuffered;
	int dead;                  /* a write failed: write nothing more */
	const char *main;          /* -o text: the main text of this record */
	size_t main_len;
	/* The id of the last record begun, as it came and as written, and its
	 * line number written (id_written, line_written). */
	struct nf_buf id_raw, id_out;
	int id_number, id_valid;
	long line_value, sent_value;
	char line_txt[NF_FMT_INT_MAX], sent_txt[NF_FMT_INT_MAX];
	size_t line_len, sent_len;
	/* JSON keys as written (,"start":), by the address of the name: a
	 * tool names its fields with the same few string constants. */
	struct { const char *name; size_t len; char json[KEY_MAX]; } keys[KEY_SLOTS];
};

/* Room for n more bytes at the end of b; where they go. */
static inline char *room(struct nf_buf *b, size_t n)
{
	if (b->cap - b->len < n)
		nf_buf_grow(b, n);
	return b->data + b->len;
}

/* The output of the tool, written out by flush_at_exit when the tool
 * exits early (out of memory, a write error): the records already made
 * are good and must not be lost with the buffer. */
static struct nf_out *pending;

static void write_quietly(struct nf_out *o, size_t len)
{
	size_t off = 0;

	while (off < len && !o->dead) {
		ssize_t n = write(o->fd, o->b.data + off, len - off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			o->dead = 1;
		else
			off += (size_t)n;
	}
}

static void flush_at_exit(void)
{
	if (pending)
		write_quietly(pending, pending->done);
}

struct nf_out *nf_out_new(int fd, enum nf_output_format f, size_t nkeep,
	const char *const *keep_names)
{
	static int registered;
	struct nf_out *o = nf_xcalloc(1, sizeof *o);

	o->fd = fd;
	o->f = f;
	o->nkeep = nkeep;
	o->keep_names = keep_names;
	/* Kept names come from the command line: escaped once, here. */
	o->keep_key_at = nf_xcalloc(nkeep + 1, sizeof *o->keep_key_at);
	for (size_t i = 0; i < nkeep; i++) {
		o->keep_key_at[i] = o->keep_keys.len;
		nf_buf_addc(&o->keep_keys, ',');
		nf_json_escape(&o->keep_keys, keep_names[i], strlen(keep_names[i]));
		nf_buf_addc(&o->keep_keys, ':');
	}
	o->keep_key_at[nkeep] = o->keep_keys.len;
	nf_buf_grow(&o->b, 4096);	/* grows to FLUSH_AT as records come */
	if (!registered && atexit(flush_at_exit) == 0)
		registered = 1;
	if (registered)
		pending = o;
	return o;
}

/* TSV field escaping as jq's @tsv: \\ \t \r \n. */
static void tsv_escape(struct nf_buf *b, const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		size_t run = i;
		while (run < len && s[run] != '\\' && s[run] != '\t' && s[run] != '\n' &&
		    s[run] != '\r')
			run++;
		nf_buf_add(b, s + i, run - i);
		if (run >= len)
			break;
		switch (s[run]) {
		case '\\': nf_buf_add(b, "\\\\", 2); break;
		case '\t': nf_buf_add(b, "\\t", 2); break;
		case '\n': nf_buf_add(b, "\\n", 2); break;
		default: nf_buf_add(b, "\\r", 2); break;
		}
		i = run + 1;
	}
}

void nf_out_header(struct nf_out *o, const char *const *columns)
{
	if (o->f != NF_OUT_TSV)
		return;
	nf_buf_adds(&o->b, "id\tline\tsent");
	for (size_t i = 0; i < o->nkeep; i++) {
		nf_buf_addc(&o->b, '\t');
		tsv_escape(&o->b, o->keep_names[i], strlen(o->keep_names[i]));
	}
	for (size_t i = 0; columns && columns[i]; i++) {
		nf_buf_addc(&o->b, '\t');
		nf_buf_adds(&o->b, columns[i]);
	}
	nf_buf_addc(&o->b, '\n');
	o->done = o->b.len;
}

/* Fill the cache slot for key k, or write the key at once when it is too
 * long for one (then returns 0). */
static int key_cache(struct nf_out *o, size_t slot, const char *k)
{
	size_t n = strlen(k);
	if (n + 4 > KEY_MAX) {
		char *d = room(&o->b, n + 4);
		d[0] = ',';
		d[1] = '"';
		memcpy(d + 2, k, n);
		d[n + 2] = '"';
		d[n + 3] = ':';
		o->b.len += n + 4;
		return 0;
	}
	memset(o->keys[slot].json, 0, KEY_MAX);
	memcpy(o->keys[slot].json, ",\"", 2);
	memcpy(o->keys[slot].json + 2, k, n);
	memcpy(o->keys[slot].json + 2 + n, "\":", 2);
	o->keys[slot].len = n + 4;
	o->keys[slot].name = k;
	return 1;
}

/* JSON: the separator and key before a field, at the end of the output,
 * with extra bytes of room after them; returns where the value goes (the
 * caller sets the length past it). */
static inline char *key_at(struct nf_out *o, const char *k, size_t extra)
{
	size_t slot = ((size_t)(uintptr_t)k >> 3) % KEY_SLOTS;
	if (o->keys[slot].name != k && !key_cache(o, slot, k))
		return room(&o->b, extra);
	char *d = room(&o->b, KEY_MAX + extra);
	memcpy(d, o->keys[slot].json, KEY_MAX);	/* a fixed size: no call */
	return d + o->keys[slot].len;
}

/* The separator and key before a field. */
static inline void key(struct nf_out *o, const char *k)
{
	if (o->f != NF_OUT_JSON) {
		nf_buf_addc(&o->b, '\t');
		return;
	}
	o->b.len = (size_t)(key_at(o, k, 0) - o->b.data);
}

/* The id of r as the output format writes it (JSON: with its quotes).
 * Every output record of an input record (every sentence, every entity)
 * starts with it: it is escaped once, not once per output. */
static const struct nf_buf *id_written(struct nf_out *o, const struct nf_record *r)
{
	if (o->id_valid && o->id_raw.len == r->id_len && o->id_number == r->id_is_number &&
	    (r->id_len == 0 || memcmp(o->id_raw.data, r->id, r->id_len) == 0))
		return &o->id_out;
	o->id_raw.len = o->id_out.len = 0;
	nf_buf_add(&o->id_raw, r->id, r->id_len);
	o->id_number = r->id_is_number;
	o->id_valid = 1;
	if (o->f == NF_OUT_TSV)
		tsv_escape(&o->id_out, r->id, r->id_len);
	else if (r->id_is_number)
		nf_buf_add(&o->id_out, r->id, r->id_len);
	else
		nf_json_escape(&o->id_out, r->id, r->id_len);
	return &o->id_out;
}

/* The record's line number in decimal, likewise written once. */
static size_t line_written(struct nf_out *o, long line, char *d)
{
	if (o->line_value != line || !o->line_len) {
		o->line_value = line;
		o->line_len = nf_fmt_int(o->line_txt, line);
	}
	memcpy(d, o->line_txt, NF_FMT_INT_MAX);
	return o->line_len;
}

/* The sentence number in decimal: most often the last one plus one, so
 * the last one's digits are counted up in place. */
static size_t sent_written(struct nf_out *o, long s, char *d)
{
	if (o->sent_len && s > 0 && s - 1 == o->sent_value) {
		size_t i = o->sent_len;
		while (i > 0 && o->sent_txt[i - 1] == '9')
			o->sent_txt[--i] = '0';
		if (i > 0) {
			o->sent_txt[i - 1]++;
		} else {	/* 99 -> 100 */
			memmove(o->sent_txt + 1, o->sent_txt, o->sent_len);
			o->sent_txt[0] = '1';
			o->sent_len++;
		}
	} else {
		o->sent_len = nf_fmt_int(o->sent_txt, s);
	}
	o->sent_value = s;
	memcpy(d, o->sent_txt, NF_FMT_INT_MAX);
	return o->sent_len;
}

void nf_out_begin(struct nf_out *o, const struct nf_record *r, long sent)
{
	long s = sent > 0 ? sent : r->sent;

	o->main = NULL;
	o->main_len = 0;
	if (o->f == NF_OUT_TEXT)
		return;
	const struct nf_buf *id = id_written(o, r);
	if (o->f == NF_OUT_JSON) {
		char *d = room(&o->b, 6 + id->len + 2 * (8 + NF_FMT_INT_MAX));
		memcpy(d, "{\"id\":", 6);
		memcpy(d + 6, id->data, id->len);
		d += 6 + id->len;
		if (r->line > 0) {
			memcpy(d, ",\"line\":", 8);
			d += 8;
			d += line_written(o, r->line, d);
		}
		if (s > 0) {
			memcpy(d, ",\"sent\":", 8);
			d += 8;
			d += sent_written(o, s, d);
		}
		o->b.len = (size_t)(d - o->b.data);
		for (size_t i = 0; i < o->nkeep; i++) {
			nf_buf_add(&o->b, o->keep_keys.data + o->keep_key_at[i],
				o->keep_key_at[i + 1] - o->keep_key_at[i]);
			if (r->keep && r->keep[i].json)
				nf_buf_add(&o->b, r->keep[i].json, r->keep[i].json_len);
			else
				nf_buf_add(&o->b, "null", 4);
		}
		return;
	}
	nf_buf_add(&o->b, id->data, id->len);
	nf_buf_addc(&o->b, '\t');
	if (r->line > 0)
		nf_buf_addi(&o->b, r->line);
	nf_buf_addc(&o->b, '\t');
	if (s > 0)
		nf_buf_addi(&o->b, s);
	for (size_t i = 0; i < o->nkeep; i++) {
		nf_buf_addc(&o->b, '\t');
		if (r->keep && r->keep[i].json) {
			const struct nf_kept *k = &r->keep[i];
			if (k->json_len == 4 && memcmp(k->json, "null", 4) == 0) {
				/* null is an absent value: an empty field */
			} else if (k->json[0] == '"') {
				o->tmp.len = 0;
				nf_json_unescape(k->json, k->json_len, &o->tmp);
				tsv_escape(&o->b, o->tmp.data ? o->tmp.data : "", o->tmp.len);
			} else {
				tsv_escape(&o->b, k->json, k->json_len);
			}
		}
	}
}

void nf_out_int(struct nf_out *o, const char *k, long long v)
{
	char *d;

	if (o->f == NF_OUT_TEXT)
		return;
	if (o->f == NF_OUT_JSON) {
		d = key_at(o, k, NF_FMT_INT_MAX);
	} else {
		nf_buf_addc(&o->b, '\t');
		d = room(&o->b, NF_FMT_INT_MAX);
	}
	o->b.len = (size_t)(d + nf_fmt_int(d, v) - o->b.data);
}


void nf_out_double(struct nf_out *o, const char *k, double v)
{
	char tmp[40];

	if (o->f == NF_OUT_TEXT)
		return;
	key(o, k);
	if (!isfinite(v)) {
		nf_buf_add(&o->b, o->f == NF_OUT_JSON ? "null" : "", o->f == NF_OUT_JSON ? 4 : 0);
		return;
	}
	if (v == floor(v) && fabs(v) < 1e15) {
		nf_buf_addi(&o->b, (long long)v);
		return;
	}
	/* The shortest of %.15g..%.17g that reads back as the same double. */
	for (int prec = 15; prec <= 17; prec++) {
		snprintf(tmp, sizeof tmp, "%.*g", prec, v);
		if (strtod(tmp, NULL) == v)
			break;
	}
	nf_buf_adds(&o->b, tmp);
}

void nf_out_str(struct nf_out *o, const char *k, const char *s, size_t len)
{
	if (o->f == NF_OUT_TEXT)
		return;
	key(o, k);
	if (o->f == NF_OUT_JSON)
		nf_json_escape(&o->b, s, len);
	else
		tsv_escape(&o->b, s, len);
}

void nf_out_null(struct nf_out *o, const char *k)
{
	if (o->f == NF_OUT_TEXT)
		return;
	key(o, k);
	if (o->f == NF_OUT_JSON)
		nf_buf_add(&o->b, "null", 4);
}

void nf_out_raw(struct nf_out *o, const char *k, const char *json, size_t len)
{
	if (o->f == NF_OUT_TEXT)
		return;
	key(o, k);
	if (o->f == NF_OUT_JSON)
		nf_buf_add(&o->b, json, len);
	else
		tsv_escape(&o->b, json, len);
}

void nf_out_absent(struct nf_out *o, const char *k)
{
	if (o->f == NF_OUT_TSV)
		key(o, k);
}

void nf_out_main(struct nf_out *o, const char *k, const char *s, size_t len)
{
	if (o->f == NF_OUT_TEXT) {
		o->main = s;
		o->main_len = len;
		return;
	}
	nf_out_str(o, k, s, len);
}

void nf_out_end(struct nf_out *o)
{
	if (o->f == NF_OUT_JSON) {
		memcpy(room(&o->b, 2), "}\n", 2);
		o->b.len += 2;
	} else if (o->f == NF_OUT_TSV) {
		nf_buf_addc(&o->b, '\n');
	} else {
		/* One record, one line: line breaks inside become spaces. */
		size_t start = o->b.len;
		nf_buf_add(&o->b, o->main, o->main_len);
		for (size_t i = start; i < o->b.len; i++)
			if (o->b.data[i] == '\n' || o->b.data[i] == '\r')
				o->b.data[i] = ' ';
		nf_buf_addc(&o->b, '\n');
	}
	o->done = o->b.len;
	if (o->b.len >= FLUSH_AT)
		nf_out_flush(o);
}

void nf_out_set_unbuffered(struct nf_out *o, int on)
{
	o->unbuffered = on;
}

int nf_out_unbuffered(const struct nf_out *o)
{
	return o->unbuffered;
}

/* The reader of the output has gone: end as if killed by SIGPIPE (status
 * 141 in the shell), as cat and grep do, even when the caller left SIGPIPE
 * ignored or blocked (nf_main undoes both; this is for other callers). */
static void reader_gone(void)
{
	sigset_t pipe;

	signal(SIGPIPE, SIG_DFL);
	sigemptyset(&pipe);
	sigaddset(&pipe, SIGPIPE);
	sigprocmask(SIG_UNBLOCK, &pipe, NULL);
	raise(SIGPIPE);
	_exit(128 + SIGPIPE);   /* not reached */
}

void nf_out_flush(struct nf_out *o)
{
	size_t off = 0;

	while (off < o->b.len && !o->dead) {
		ssize_t n = write(o->fd, o->b.data + off, o->b.len - off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == EPIPE)
			reader_gone();
		if (n <= 0) {
			o->dead = 1;
			nf_die(1, "standard output: write error:");
		}
		off += (size_t)n;
	}
	o->b.len = o->done = 0;
}

void nf_out_close(struct nf_out *o)
{
	nf_out_flush(o);
	if (pending == o)
		pending = NULL;
	nf_buf_free(&o->b);
	nf_buf_free(&o->tmp);
	nf_buf_free(&o->keep_keys);
	free(o->keep_key_at);
	nf_buf_free(&o->id_raw);
	nf_buf_free(&o->id_out);
	free(o);
}
