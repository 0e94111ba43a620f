/* entities.c: feature extraction, the in-place model format and greedy BILOU
 * decoding for tag-entities; train-entities uses the same features. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "newsfilter/buf.h"
#include "newsfilter/entities.h"
#include "newsfilter/sentences.h"

const char *const nf_ent_type_names[NF_ENT_NTYPES] = { "PER", "ORG", "LOC", "MISC" };

int nf_ent_type_parse(const char *s, size_t len)
{
	for (int t = 0; t < NF_ENT_NTYPES; t++)
		if (strlen(nf_ent_type_names[t]) == len && memcmp(s, nf_ent_type_names[t], len) == 0)
			return t;
	return -1;
}

int nf_ent_allowed(int p, int c)
{
	if (p && NF_ENT_POS(p) <= 1)  /* after B or I: I or L of the same type */
		return c && NF_ENT_POS(c) >= 1 && NF_ENT_POS(c) <= 2 &&
			NF_ENT_TYPE(c) == NF_ENT_TYPE(p);
	return c == 0 || NF_ENT_POS(c) == 0 || NF_ENT_POS(c) == 3;
}

/* ---- hashing ---- */

#define FNV_OFF 0xcbf29ce484222325ULL
#define FNV_MUL 0x100000001b3ULL

static inline uint64_t fnv(uint64_t h, unsigned char c)
{
	return (h ^ c) * FNV_MUL;
}

static inline uint64_t mix64(uint64_t x)
{
	x ^= x >> 31;
	x *= 0x7fb5d329728ea185ULL;
	x ^= x >> 27;
	x *= 0x81dadef4bc2dd44dULL;
	x ^= x >> 33;
	return x;
}

static inline uint32_t feat(uint32_t tmpl, uint64_t a, uint64_t b)
{
	uint64_t h = mix64(a * 0x9E3779B97F4A7C15ULL + b + (uint64_t)tmpl * 0xD6E8FEB86659FD93ULL);
	uint32_t k = (uint32_t)(h >> 32);
	return k ? k : 1;
}

/* ---- per token ---- */

static int shape_char(int32_t cp, int *upper, int *lower)
{
	if (cp < 0x80) {
		if (cp >= 'a' && cp <= 'z') { *lower = 1; return 'x'; }
		if (cp >= 'A' && cp <= 'Z') { *upper = 1; return 'X'; }
		if (cp >= '0' && cp <= '9') return 'd';
		return (int)cp;
	}
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT: *upper = 1; return 'X';
	case UTF8PROC_CATEGORY_LL: *lower = 1; return 'x';
	case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: return 'x';
	case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO: return 'd';
	case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: return 0;
	default:
		if (cp == 0x2019 || cp == 0x2018) return '\'';
		if (cp == 0x201C || cp == 0x201D) return '"';
		if (cp >= 0x2010 && cp <= 0x2015) return '-';
		return 'o';
	}
}

void nf_ent_tok_prepare(struct nf_ent_tok *t, const char *s, size_t len)
{
	uint64_t hw = FNV_OFF, hl = FNV_OFF, hs = FNV_OFF;
	size_t bound[260];       /* byte end of each code point in lower[] */
	unsigned char lower[260 * 4];
	size_t nl = 0, ncp = 0;
	int last_shape = -1, upper = 0, lowerc = 0, first_upper = -1, digit = 0;
	for (size_t i = 0; i < len; i++)
		hw = fnv(hw, (unsigned char)s[i]);
	for (size_t i = 0; i < len;) {
		utf8proc_int32_t cp;
		unsigned char c = (unsigned char)s[i];
		size_t k;
		if (c < 0x80) {
			cp = c;
			k = 1;
		} else {
			utf8proc_ssize_t r = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
				(utf8proc_ssize_t)(len - i), &cp);
			if (r <= 0) { cp = 0xFFFD; r = 1; }
			k = (size_t)r;
		}
		i += k;
		int u = 0, l = 0;
		int sc = shape_char(cp, &u, &l);
		upper |= u;
		lowerc |= l;
		if (sc == 'd') digit = 1;
		if (first_upper < 0 && (u || l)) first_upper = u;
		if (sc && sc != last_shape) {
			hs = fnv(hs, (unsigned char)sc);
			last_shape = sc;
		}
		if (ncp < 256) {
			int32_t lc = cp < 0x80 ? (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp)
				: utf8proc_tolower(cp);
			if (lc < 0x80)
				lower[nl++] = (unsigned char)lc;
			else
				nl += (size_t)utf8proc_encode_char(lc, lower + nl);
			bound[ncp] = nl;
		}
		ncp++;
	}
	size_t nc = ncp < 256 ? ncp : 256;
	for (size_t i = 0; i < nl; i++)
		hl = fnv(hl, lower[i]);
	/* shape also knows whether the word is short */
	hs = fnv(hs, (unsigned char)(ncp < 4 ? ncp : 4));
	t->hw = hw;
	t->hl = hl;
	t->hs = hs;
	for (int k = 0; k < 3; k++) {
		uint64_t h = FNV_OFF + 11 + (uint64_t)k;
		size_t e = (size_t)k < nc ? bound[k] : nl;
		for (size_t i = 0; i < e; i++)
			h = fnv(h, lower[i]);
		t->pre[k] = h;
	}
	for (int k = 0; k < 4; k++) {
		uint64_t h = FNV_OFF + 23 + (uint64_t)k;
		size_t b = (size_t)k + 1 < nc ? bound[nc - (size_t)k - 2] : 0;
		for (size_t i = b; i < nl; i++)
			h = fnv(h, lower[i]);
		t->suf[k] = h;
	}
	t->len = (uint8_t)(ncp < 255 ? ncp : 255);
	t->flags = 0;
	if (first_upper == 1) t->flags |= NF_TOKF_UPPER1;
	if (upper && !lowerc) t->flags |= NF_TOKF_ALLUPPER;
	if (lowerc) t->flags |= NF_TOKF_LOWER;
	if (digit) t->flags |= NF_TOKF_DIGIT;
	t->gaz = 0;
	t->doc = 0;
	t->kind = 0;
}

uint32_t nf_ent_phrase_hash(const struct nf_ent_tok *t, size_t n)
{
	uint64_t h = 0x51ed270b27ULL;
	for (size_t i = 0; i < n; i++)
		h = mix64(h ^ t[i].hl);
	uint32_t k = (uint32_t)h;
	return k ? k : 1;
}

static uint32_t gaz_get(const struct nf_ent_gaz *g, uint32_t key)
{
	uint32_t mask = g->cap - 1;
	for (uint32_t s = key & mask;; s = (s + 1) & mask) {
		if (g->keys[s] == key)
			return g->vals[s];
		if (g->keys[s] == 0)
			return 0;
	}
}

/* Phrases (up to NF_GAZ_MAXLEN words) start at a capitalised word; every
 * word is also looked up alone. */
void nf_ent_gaz_mark(const struct nf_ent_gaz *g, struct nf_ent_tok *t, size_t n)
{
	if (!g->cap)
		return;
	for (size_t i = 0; i < n; i++) {
		if (!(t[i].flags & (NF_TOKF_UPPER1 | NF_TOKF_ALLUPPER | NF_TOKF_LOWER)))
			continue;
		uint32_t v = gaz_get(g, nf_ent_phrase_hash(t + i, 1));
		for (int kind = 0; kind < NF_GAZ_NKINDS; kind++)
			if (v & (1u << kind))
				t[i].gaz |= 8u << (4 * kind);
		if (!(t[i].flags & (NF_TOKF_UPPER1 | NF_TOKF_ALLUPPER)))
			continue;
		size_t maxk = n - i < NF_GAZ_MAXLEN ? n - i : NF_GAZ_MAXLEN;
		for (size_t k = maxk; k >= 2; k--) {
			v = gaz_get(g, nf_ent_phrase_hash(t + i, k));
			if (!v)
				continue;
			for (int kind = 0; kind < NF_GAZ_NKINDS; kind++) {
				if (!(v & (1u << kind)))
					continue;
				t[i].gaz |= 1u << (4 * kind);
				for (size_t j = i + 1; j + 1 < i + k; j++)
					t[j].gaz |= 2u << (4 * kind);
				t[i + k - 1].gaz |= 4u << (4 * kind);
			}
			break;  /* the longest phrase from here */
		}
	}
}

int nf_ent_sentence_mode(const struct nf_ent_tok *t, size_t n)
{
	size_t words = 0, caps = 0, title = 0;
	for (size_t i = 0; i < n; i++) {
		if (!(t[i].flags & (NF_TOKF_UPPER1 | NF_TOKF_LOWER | NF_TOKF_ALLUPPER)))
			continue;
		words++;
		if (t[i].flags & NF_TOKF_ALLUPPER && t[i].len > 1)
			caps++;
		if (t[i].flags & NF_TOKF_UPPER1 || t[i].len <= 3)
			title++;
	}
	if (words >= 2 && caps * 10 >= words * 8)
		return 1;
	if (words >= 3 && title * 10 >= words * 9)
		return 2;
	return 0;
}

enum {
	F_BIAS = 1, F_W, F_L, F_S, F_P, F_SUF = F_P + 3, F_LM1 = F_SUF + 4, F_LP1, F_LM2,
	F_LP2, F_SM1, F_SP1, F_S3, F_LL, F_LR, F_WM1S, F_GAZ, F_DOC, F_DOCS, F_FIRST,
	F_MODE, F_MODEL, F_LEN, F_GAZM1, F_GAZP1, F_T1, F_T2, F_T1L, F_T1S, F_DOCT,
	F_WP1S, F_LOWSEEN, F_SM2, F_SP2, F_T1W, F_SUFM1, F_SUFP1, F_PAD
};

static const uint64_t BOUNDARY = 0x1234567;

size_t nf_ent_features(const struct nf_ent_tok *t, size_t n, size_t i, int mode, uint32_t *f)
{
	size_t k = 0;
	const struct nf_ent_tok *c = t + i;
	uint64_t lm1 = i > 0 ? t[i - 1].hl : BOUNDARY, lp1 = i + 1 < n ? t[i + 1].hl : BOUNDARY;
	uint64_t lm2 = i > 1 ? t[i - 2].hl : BOUNDARY, lp2 = i + 2 < n ? t[i + 2].hl : BOUNDARY;
	uint64_t sm1 = i > 0 ? t[i - 1].hs : BOUNDARY, sp1 = i + 1 < n ? t[i + 1].hs : BOUNDARY;
	f[k++] = feat(F_BIAS, 0, 0);
	f[k++] = feat(F_W, c->hw, 0);
	f[k++] = feat(F_L, c->hl, 0);
	f[k++] = feat(F_S, c->hs, 0);
	for (int j = 0; j < 3 && j < c->len; j++)
		f[k++] = feat(F_P + (uint32_t)j, c->pre[j], 0);
	for (int j = 0; j < 4 && j < c->len; j++)
		f[k++] = feat(F_SUF + (uint32_t)j, c->suf[j], 0);
	f[k++] = feat(F_LM1, lm1, 0);
	f[k++] = feat(F_LP1, lp1, 0);
	f[k++] = feat(F_LM2, lm2, 0);
	f[k++] = feat(F_LP2, lp2, 0);
	f[k++] = feat(F_SM1, sm1, c->hs);
	f[k++] = feat(F_SP1, sp1, c->hs);
	f[k++] = feat(F_S3, sm1 * 31 + c->hs, sp1);
	f[k++] = feat(F_LL, lm1, c->hl);
	f[k++] = feat(F_LR, c->hl, lp1);
	f[k++] = feat(F_WM1S, i > 0 ? t[i - 1].hw : BOUNDARY, c->hs);
	f[k++] = feat(F_WP1S, i + 1 < n ? t[i + 1].hw : BOUNDARY, c->hs);
	if (i == 0)
		f[k++] = feat(F_FIRST, c->hs, 0);
	f[k++] = feat(F_MODE, (uint64_t)mode, c->hs);
	if (mode)
		f[k++] = feat(F_MODEL, (uint64_t)mode, c->hl);
	uint32_t up = c->flags & (NF_TOKF_UPPER1 | NF_TOKF_ALLUPPER);
	for (uint32_t g = c->gaz; g; g &= g - 1) {
		uint32_t bit = (uint32_t)__builtin_ctz(g);
		f[k++] = feat(F_GAZ, bit, up);
	}
	if (i > 0)
		for (uint32_t g = t[i - 1].gaz; g; g &= g - 1)
			f[k++] = feat(F_GAZM1, (uint32_t)__builtin_ctz(g), up);
	if (i + 1 < n)
		for (uint32_t g = t[i + 1].gaz; g; g &= g - 1)
			f[k++] = feat(F_GAZP1, (uint32_t)__builtin_ctz(g), up);
	f[k++] = feat(F_SUFM1, i > 0 ? t[i - 1].suf[2] : BOUNDARY, 0);
	f[k++] = feat(F_SUFP1, i + 1 < n ? t[i + 1].suf[2] : BOUNDARY, 0);
	f[k++] = feat(F_SM2, i > 1 ? t[i - 2].hs : BOUNDARY, c->hs);
	f[k++] = feat(F_SP2, i + 2 < n ? t[i + 2].hs : BOUNDARY, c->hs);
	if (c->lowseen)
		f[k++] = feat(F_LOWSEEN, c->hs, 0);
	if (c->doc) {
		f[k++] = feat(F_DOC, c->doc, 0);
		f[k++] = feat(F_DOCS, c->doc, c->hs);
	}
	if (k > 56)
		k = 56;
	return k;
}

size_t nf_ent_tag_features(const struct nf_ent_tok *t, size_t i, int p1, int p2, uint32_t *f)
{
	size_t k = 0;
	const struct nf_ent_tok *c = t + i;
	f[k++] = feat(F_T1, (uint64_t)p1, 0);
	f[k++] = feat(F_T2, (uint64_t)p1 * 32 + (uint64_t)p2, 0);
	f[k++] = feat(F_T1L, (uint64_t)p1, c->hl);
	f[k++] = feat(F_T1S, (uint64_t)p1, c->hs);
	f[k++] = feat(F_T1W, (uint64_t)p1, i > 0 ? t[i - 1].hl : BOUNDARY);
	if (c->doc)
		f[k++] = feat(F_DOCT, (uint64_t)p1, c->doc);
	return k;
}

/* ---- document memory ---- */

void nf_ent_doc_clear(struct nf_ent_doc *d)
{
	memset(d->key, 0, sizeof d->key);
	memset(d->low, 0, sizeof d->low);
}

static uint32_t low_key(const struct nf_ent_tok *t)
{
	uint32_t k = (uint32_t)(t->hl >> 32);
	return k ? k : 1;
}

static uint32_t doc_key(const struct nf_ent_tok *t)
{
	uint32_t k = (uint32_t)(t->hw >> 32);
	return k ? k : 1;
}

void nf_ent_doc_lookup(const struct nf_ent_doc *d, struct nf_ent_tok *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		t[i].doc = 0;
		t[i].lowseen = 0;
		if (!(t[i].flags & NF_TOKF_UPPER1))
			continue;
		uint32_t lk = low_key(t + i);
		t[i].lowseen = d->low[lk & (NF_ENT_DOCSLOTS - 1)] == lk;
		uint32_t k = doc_key(t + i);
		uint32_t s = k & (NF_ENT_DOCSLOTS - 1);
		if (d->key[s] == k)
			t[i].doc = d->type[s];
	}
}

void nf_ent_doc_learn(struct nf_ent_doc *d, const struct nf_ent_tok *t,
	const unsigned char *tags, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (!(t[i].flags & NF_TOKF_UPPER1)) {
			if (t[i].flags & NF_TOKF_LOWER && t[i].len > 2) {
				uint32_t lk = low_key(t + i);
				d->low[lk & (NF_ENT_DOCSLOTS - 1)] = lk;
			}
			continue;
		}
		uint32_t k = doc_key(t + i);
		uint32_t s = k & (NF_ENT_DOCSLOTS - 1);
		if (tags[i]) {
			d->key[s] = k;
			d->type[s] = (uint8_t)(1 + NF_ENT_TYPE(tags[i]));
		}
	}
}

/* ---- the model ---- */

#define MODEL_MAGIC "NFENTMD1"
#define MODEL_HEADER 64

static uint32_t rd32(const unsigned char *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

/* Map a model image; check == 0 trusts the tables (the compiled-in models,
 * checked when they were made), so that start-up touches only the header. */
static int model_map(struct nf_ent_model *m, const void *data, size_t len, const char **err,
	int check)
{
	const unsigned char *p = data;
	memset(m, 0, sizeof *m);
	if (len < MODEL_HEADER || memcmp(p, MODEL_MAGIC, 8) != 0) {
		memset(m, 0, sizeof *m);
		*err = "not a tag-entities model";
		return -1;
	}
	if (rd32(p + 8) != 4 || rd32(p + 12) != NF_ENT_CLASSES) {
		*err = rd32(p + 8) == 0x04000000u ? "model has the wrong byte order"
			: "unsupported model version";
		return -1;
	}
	uint32_t fcap = rd32(p + 16), nrows = rd32(p + 20), gcap = rd32(p + 24);
	uint32_t rowbytes = rd32(p + 36);
	float scale;
	memcpy(&scale, p + 32, 4);
	if (fcap == 0 || (gcap & (gcap - 1)) || nrows >= fcap || !(scale > 0) ||
	    ((uintptr_t)p & 7)) {
		*err = "corrupt model header";
		return -1;
	}
	uint64_t need = MODEL_HEADER + 8ULL * fcap + 8ULL * gcap + rowbytes;
	if (need != len) {
		*err = need > len ? "model file is truncated" : "corrupt model header";
		return -1;
	}
	m->fcap = fcap;
	m->nrows = nrows;
	m->rowbytes = rowbytes;
	m->scale = scale;
	m->slots = (const uint32_t *)(p + MODEL_HEADER);
	m->gaz.cap = gcap;
	m->gaz.keys = m->slots + 2 * (size_t)fcap;
	m->gaz.vals = m->gaz.keys + gcap;
	m->rows = (const unsigned char *)(m->gaz.vals + gcap);
	if (!check)
		return 0;
	uint32_t used = 0;
	for (uint32_t i = 0; i < fcap; i++)
		if (m->slots[2 * i]) {
			uint32_t o = m->slots[2 * i + 1];
			if (o >= rowbytes || o + 1 + 3u * m->rows[o] > rowbytes) {
				*err = "corrupt model table";
				return -1;
			}
			for (uint32_t j = 0; j < m->rows[o]; j++)
				if (m->rows[o + 1 + j] >= NF_ENT_CLASSES) {
					*err = "corrupt model table";
					return -1;
				}
			used++;
		}
	uint32_t gused = 0;
	for (uint32_t i = 0; i < gcap; i++)
		gused += m->gaz.keys[i] != 0;
	if (used == fcap || (gcap && gused == gcap)) {
		*err = "corrupt model table";  /* a full table would never end a probe */
		return -1;
	}
	return 0;
}

int nf_ent_model_map(struct nf_ent_model *m, const void *data, size_t len, const char **err)
{
	return model_map(m, data, len, err, 1);
}

int nf_ent_model_read(struct nf_ent_model *m, const char *path, const char **err)
{
	FILE *fp = fopen(path, "rb");
	if (!fp) {
		*err = NULL;
		return -1;
	}
	struct nf_buf b = { 0 };
	char tmp[65536];
	size_t k;
	while ((k = fread(tmp, 1, sizeof tmp, fp)) > 0)
		nf_buf_add(&b, tmp, k);
	int bad = ferror(fp);
	fclose(fp);
	if (bad) {
		nf_buf_free(&b);
		*err = NULL;
		return -1;
	}
	/* malloc'd memory is aligned for any type */
	if (nf_ent_model_map(m, b.data ? b.data : "", b.len, err) != 0) {
		nf_buf_free(&b);
		return -1;
	}
	m->owned = b.data;
	return 0;
}

void nf_ent_model_free(struct nf_ent_model *m)
{
	free(m->owned);
	m->owned = NULL;
}

/* The weights of feature key, or NULL. */
static const unsigned char *model_row(const struct nf_ent_model *m, uint32_t key)
{
	uint32_t s = (uint32_t)(((uint64_t)key * m->fcap) >> 32);
	for (;;) {
		uint32_t k = m->slots[2 * s];
		if (k == key)
			return m->rows + m->slots[2 * s + 1];
		if (k == 0)
			return NULL;
		if (++s == m->fcap)
			s = 0;
	}
}

static inline void add_row(int32_t *sc, const unsigned char *r)
{
	unsigned nz = r[0];
	const unsigned char *w = r + 1 + nz;
	for (unsigned q = 0; q < nz; q++)
		sc[r[1 + q]] += (int16_t)(w[2 * q] | w[2 * q + 1] << 8);
}

#define BLOCK 32

/* Tokens are scored in blocks: first the features that do not depend on
 * the tags, all lookups of a block issued together (prefetched: the table
 * is megabytes, each lookup a cache miss), then the greedy pass adds the
 * few features of the previous tags. */
void nf_ent_decode(const struct nf_ent_model *m, const struct nf_ent_tok *t,
	size_t n, unsigned char *tags)
{
	uint32_t f[64];
	int32_t st[BLOCK][NF_ENT_CLASSES];
	int p1 = 0, p2 = 0;
	int mode = nf_ent_sentence_mode(t, n);
	for (size_t b = 0; b < n; b += BLOCK) {
		size_t e = n - b < BLOCK ? n : b + BLOCK;
		for (size_t i = b; i < e; i++) {
			int32_t *sc = st[i - b];
			memset(sc, 0, sizeof st[0]);
			size_t k = nf_ent_features(t, n, i, mode, f);
			for (size_t j = 0; j < k; j++)
				__builtin_prefetch(m->slots + 2 * (((uint64_t)f[j] * m->fcap) >> 32));
			const unsigned char *rows[64];
			size_t nr = 0;
			for (size_t j = 0; j < k; j++) {
				const unsigned char *r = model_row(m, f[j]);
				if (r) {
					__builtin_prefetch(r);
					rows[nr++] = r;
				}
			}
			for (size_t j = 0; j < nr; j++)
				add_row(sc, rows[j]);
		}
		for (size_t i = b; i < e; i++) {
			int32_t *sc = st[i - b];
			size_t k = nf_ent_tag_features(t, i, p1, p2, f);
			for (size_t j = 0; j < k; j++) {
				const unsigned char *r = model_row(m, f[j]);
				if (r)
					add_row(sc, r);
			}
			int best = -1;
			for (int c = 0; c < NF_ENT_CLASSES; c++) {
				if (!nf_ent_allowed(p1, c))
					continue;
				/* the last token cannot open or continue an entity */
				if (i + 1 == n && c && NF_ENT_POS(c) <= 1)
					continue;
				if (best < 0 || sc[c] > sc[best])
					best = c;
			}
			tags[i] = (unsigned char)best;
			p2 = p1;
			p1 = best;
		}
	}
}

size_t nf_ent_spans(const unsigned char *tags, size_t n, struct nf_entity *out)
{
	size_t k = 0;
	for (size_t i = 0; i < n;) {
		int c = tags[i];
		if (!c) {
			i++;
			continue;
		}
		int type = NF_ENT_TYPE(c);
		size_t j = i + 1;
		if (NF_ENT_POS(c) != 3)
			while (j < n && tags[j] && NF_ENT_TYPE(tags[j]) == type &&
			       (NF_ENT_POS(tags[j]) == 1 || NF_ENT_POS(tags[j]) == 2)) {
				j++;
				if (NF_ENT_POS(tags[j - 1]) == 2)
					break;
			}
		out[k].tok_start = i;
		out[k].tok_end = j;
		out[k].type = type;
		out[k].start = out[k].end = 0;
		out[k].headline = 0;
		k++;
		i = j;
	}
	return k;
}

/* ---- the tagger ---- */

struct nf_tagger {
	const struct nf_ent_model *m;
	struct nf_token *toks;
	size_t tcap;
	struct nf_ent_tok *et;
	unsigned char *tags;
	size_t ecap;
	struct nf_entity *ents;
	size_t entcap;
	struct nf_ent_doc doc;
};

struct nf_tagger *nf_tagger_new(const struct nf_ent_model *m)
{
	struct nf_tagger *tg = nf_xcalloc(1, sizeof *tg);
	tg->m = m;
	return tg;
}

void nf_tagger_free(struct nf_tagger *tg)
{
	if (!tg)
		return;
	free(tg->toks);
	free(tg->et);
	free(tg->tags);
	free(tg->ents);
	free(tg);
}

void nf_tagger_new_doc(struct nf_tagger *tg)
{
	nf_ent_doc_clear(&tg->doc);
}

size_t nf_tagger_run(struct nf_tagger *tg, const char *text, size_t len,
	const struct nf_entity **ents, const struct nf_token **toks, size_t *ntoks)
{
	size_t n = nf_tokenize(text, len, &tg->toks, &tg->tcap);
	size_t ne = 0, pos = 0, ss, se = 0;
	for (size_t s = 0; s < n;) {
		/* the sentence holding token s: tokens that start before its end,
		 * at most 200 (a sentence longer than that is a list or a table) */
		while (se <= tg->toks[s].start && nf_sentence_next(text, len, pos, &ss, &se))
			pos = se;
		if (se <= tg->toks[s].start)
			se = len;
		size_t e = s + 1;
		while (e < n && tg->toks[e].start < se && e - s < 200)
			e++;
		/* Lexical features a sentence at a time: what a record holds
		 * per token stays at its token and its entities, so a record of
		 * many megabytes costs tens of bytes a token, not hundreds. */
		size_t m = e - s;
		if (m > tg->ecap) {
			tg->ecap = m;
			tg->et = nf_xrealloc(tg->et, m * sizeof *tg->et);
			tg->tags = nf_xrealloc(tg->tags, m);
		}
		if (ne + m > tg->entcap) {
			tg->entcap = tg->entcap * 2 > ne + m ? tg->entcap * 2 : ne + m;
			tg->ents = nf_xrealloc(tg->ents, tg->entcap * sizeof *tg->ents);
		}
		struct nf_ent_tok *et = tg->et;
		for (size_t i = 0; i < m; i++) {
			const struct nf_token *t = tg->toks + s + i;
			nf_ent_tok_prepare(et + i, text + t->start, t->end - t->start);
			et[i].kind = t->kind;
		}
		nf_ent_gaz_mark(&tg->m->gaz, et, m);
		nf_ent_doc_lookup(&tg->doc, et, m);
		nf_ent_decode(tg->m, et, m, tg->tags);
		nf_ent_doc_learn(&tg->doc, et, tg->tags, m);
		size_t k = nf_ent_spans(tg->tags, m, tg->ents + ne);
		int mode = nf_ent_sentence_mode(et, m);
		for (size_t j = ne; j < ne + k; j++) {
			tg->ents[j].headline = mode != 0;
			tg->ents[j].tok_start += s;
			tg->ents[j].tok_end += s;
			tg->ents[j].start = tg->toks[tg->ents[j].tok_start].start;
			tg->ents[j].end = tg->toks[tg->ents[j].tok_end - 1].end;
		}
		ne += k;
		s = e;
	}
	*ents = tg->ents;
	*toks = tg->toks;
	*ntoks = n;
	return ne;
}

/* ---- the compiled-in models (scripts/bin2c, mk/entities.mk) ---- */

extern const char nf_ent_model_default_data[], nf_ent_model_open_data[];
extern const size_t nf_ent_model_default_len, nf_ent_model_open_len;

const struct nf_ent_model *nf_ent_model_builtin(const char *name)
{
	static struct nf_ent_model models[2];
	static int state[2];  /* 0 unmapped, 1 good, -1 bad or absent */
	int k;
	const char *data;
	size_t len;
	if (strcmp(name, "default") == 0) {
		k = 0;
		data = nf_ent_model_default_data;
		len = nf_ent_model_default_len;
	} else if (strcmp(name, "open") == 0) {
		k = 1;
		data = nf_ent_model_open_data;
		len = nf_ent_model_open_len;
	} else {
		return NULL;
	}
	if (!state[k]) {
		const char *err;
		state[k] = len && model_map(&models[k], data, len, &err, 0) == 0 ? 1 : -1;
	}
	return state[k] == 1 ? &models[k] : NULL;
}
