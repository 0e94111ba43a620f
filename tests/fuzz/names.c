/* names.c: libFuzzer target for what tag-entities does after the tagger:
 * the user's gazetteer (-g) parsed from the bytes before the first "\n\n",
 * two fixed patterns (-p), then documents (cut at '\f') of records (cut at
 * '|'), their entities from the model or, when the first byte is odd, from
 * runs of capitalised tokens, overridden and resolved to names. Every
 * mention must lie inside its record, in order, and be valid UTF-8. Bits
 * 1-3 of the first byte give the offset of each record's text, as for the
 * later pieces of a long record. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "newsfilter/buf.h"
#include "newsfilter/input.h"
#include "newsfilter/names.h"
#include "newsfilter/overrides.h"
#include "newsfilter/utf8.h"

#define MAXRECS 64

static size_t cplen[MAXRECS];

static void valid(const char *s, size_t len)
{
	static struct nf_buf b;
	b.len = 0;
	if (len == 0 || nf_utf8_sanitize(&b, s, len) != 0 || memchr(s, 0, len))
		abort();
}

static void end_doc(struct nf_names *nm, size_t nrecs)
{
	const struct nf_mention *m;
	size_t n = nf_names_end(nm, &m);
	for (size_t i = 0; i < n; i++) {
		if (m[i].rec >= nrecs || m[i].start >= m[i].end || m[i].end > cplen[m[i].rec] ||
		    m[i].type < 0 || m[i].type >= NF_ENT_NTYPES)
			abort();
		if (i > 0 && (m[i].rec < m[i - 1].rec ||
		    (m[i].rec == m[i - 1].rec && m[i].start < m[i - 1].end)))
			abort();
		valid(m[i].text, m[i].len);
		valid(m[i].name, m[i].name_len);
	}
}

/* Entities without the model: each run of capitalised words. */
static size_t runs(const char *s, const struct nf_token *t, size_t n, struct nf_entity *e)
{
	size_t k = 0;
	for (size_t i = 0; i < n;) {
		if (!(t[i].flags & NF_TOKF_UPPER1)) {
			i++;
			continue;
		}
		size_t j = i + 1;
		while (j < n && (t[j].flags & NF_TOKF_UPPER1))
			j++;
		e[k++] = (struct nf_entity){ t[i].start, t[j - 1].end, i, j,
			(unsigned char)s[t[i].start] % NF_ENT_NTYPES, (t[i].end - t[i].start) % 5 == 0 };
		i = j;
	}
	return k;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct nf_buf b;
	static struct nf_tagger *tg;
	static struct nf_token *toks;
	static size_t tcap;

	if (size == 0)
		return 0;
	int use_model = !(data[0] & 1);
	size_t base = (size_t)(data[0] >> 1) & 7;  /* as for a piece of a record */
	data++, size--;
	if (!tg)
		tg = nf_tagger_new(nf_ent_model_builtin("default"));

	struct nf_overrides *o = nf_overrides_new();
	const uint8_t *sep = NULL;
	for (size_t i = 0; i + 1 < size; i++)
		if (data[i] == '\n' && data[i + 1] == '\n') {
			sep = data + i;
			break;
		}
	size_t glen = sep ? (size_t)(sep - data) : 0;
	if (sep) {
		struct nf_input *in = nf_input_mem("gaz", (const char *)data, glen);
		nf_overrides_read(o, in);
		nf_input_close(in);
		data += glen + 2, size -= glen + 2;
	}
	nf_overrides_pattern(o, "MISC=\\b[A-Z]+-[0-9]+\\b");
	nf_overrides_pattern(o, "ORG=\\s{3}");

	b.len = 0;
	nf_utf8_sanitize(&b, (const char *)data, size);
	struct nf_names *nm = nf_names_new();
	size_t pos = 0, nrecs = 0;
	while (pos <= b.len) {
		size_t e = pos;
		while (e < b.len && b.data[e] != '|' && b.data[e] != '\f')
			e++;
		/* an exact-size copy, so that ASan sees any read past the end */
		size_t len = e - pos;
		char *rec = malloc(len ? len : 1);
		if (len)
			memcpy(rec, b.data + pos, len);
		if (nrecs == MAXRECS) {
			end_doc(nm, nrecs);
			nrecs = 0;
		}
		const struct nf_entity *ents;
		const struct nf_token *tt;
		size_t nt, ne;
		struct nf_entity *own = NULL;
		if (use_model) {
			ne = nf_tagger_run(tg, rec, len, &ents, &tt, &nt);
		} else {
			nt = nf_tokenize(rec, len, &toks, &tcap);
			tt = toks;
			own = malloc((nt ? nt : 1) * sizeof *own);
			ne = runs(rec, tt, nt, own);
			ents = own;
		}
		ne = nf_overrides_apply(o, rec, len, tt, nt, ents, ne, &ents);
		cplen[nrecs] = base + nf_utf8_count(rec, len);
		nf_names_add(nm, nrecs++, base, rec, len, ents, ne, tt, nt);
		free(own);
		free(rec);
		if (e < b.len && b.data[e] == '\f') {
			end_doc(nm, nrecs);
			nrecs = 0;
			nf_tagger_new_doc(tg);
		}
		pos = e + 1;
	}
	end_doc(nm, nrecs);
	nf_tagger_new_doc(tg);
	nf_names_free(nm);
	nf_overrides_free(o);
	return 0;
}
