/* features.c: what tag-entities knows about a token: hashes of its form,
 * shape and affixes, its word classes, gazetteer matches around it, and
 * the feature keys built from them (shared by the tagger and
 * train-entities, so that both see the same features). */
#include <string.h>

#include <utf8proc.h>

#include "newsfilter/entities.h"

const char *const nf_gaz_kind_names[NF_GAZ_NKINDS] = {
	"LOC", "COUNTRY", "FIRST", "DEMONYM", "ORGSUF", "ORGHEAD", "TITLE", "COMMON",
	"CLUB", "PARTY", "GOVBODY", "COMPANY", "EVENT", "REGION" };

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

uint32_t nf_ent_class_key(uint64_t h, int lower)
{
	uint32_t k = (uint32_t)(mix64(h + (lower ? 0x5bd1e995ULL : 0)) >> 32);
	return k ? k : 1;
}

/* ---- one word form ---- */

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

static uint64_t class_get(const struct nf_ent_classes *cl, uint32_t key)
{
	uint32_t mask = cl->cap - 1;
	for (uint32_t s = key & mask;; s = (s + 1) & mask) {
		if (cl->keys[s] == key)
			return cl->vals[s];
		if (cl->keys[s] == 0)
			return 0;
	}
}

void nf_ent_word_prepare(struct nf_ent_word *t, const char *s, size_t len,
	const struct nf_ent_classes *cl)
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
	t->cls = 0;
	if (cl && cl->cap) {
		t->cls = class_get(cl, nf_ent_class_key(hw, 0));
		if (!t->cls)
			t->cls = class_get(cl, nf_ent_class_key(hl, 1));
	}
}

/* ---- gazetteer matches ---- */

uint32_t nf_ent_phrase_hash(const uint64_t *hl, size_t n)
{
	uint64_t h = 0x51ed270b27ULL;
	for (size_t i = 0; i < n; i++)
		h = mix64(h ^ hl[i]);
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

/* Phrases (up to NF_GAZ_MAXLEN words) start at a capitalised word and are
 * matched in any case; of those starting at a word, the longest counts.
 * Every word is also looked up alone. */
void nf_ent_gaz_mark(const struct nf_ent_gaz *g, struct nf_ent_tok *t, size_t n)
{
	for (size_t i = 0; i < n; i++)
		t[i].gaz = 0;
	if (!g->cap)
		return;
	uint64_t hl[NF_GAZ_MAXLEN];
	for (size_t i = 0; i < n; i++) {
		if (!(t[i].w.flags & (NF_TOKF_UPPER1 | NF_TOKF_ALLUPPER | NF_TOKF_LOWER)))
			continue;
		hl[0] = t[i].w.hl;
		uint32_t v = gaz_get(g, nf_ent_phrase_hash(hl, 1));
		for (uint32_t b = v; b; b &= b - 1)
			t[i].gaz |= 8ULL << (4 * __builtin_ctz(b));
		if (!(t[i].w.flags & (NF_TOKF_UPPER1 | NF_TOKF_ALLUPPER)))
			continue;
		size_t maxk = n - i < NF_GAZ_MAXLEN ? n - i : NF_GAZ_MAXLEN;
		for (size_t k = 1; k < maxk; k++)
			hl[k] = t[i + k].w.hl;
		for (size_t k = maxk; k >= 2; k--) {
			v = gaz_get(g, nf_ent_phrase_hash(hl, k));
			if (!v)
				continue;
			for (uint32_t b = v; b; b &= b - 1) {
				int kind = __builtin_ctz(b);
				t[i].gaz |= 1ULL << (4 * kind);
				for (size_t j = i + 1; j + 1 < i + k; j++)
					t[j].gaz |= 2ULL << (4 * kind);
				t[i + k - 1].gaz |= 4ULL << (4 * kind);
			}
			break;
		}
	}
}

int nf_ent_sentence_mode(const struct nf_ent_tok *t, size_t n)
{
	size_t words = 0, caps = 0, title = 0;
	for (size_t i = 0; i < n; i++) {
		uint8_t f = t[i].w.flags;
		if (!(f & (NF_TOKF_UPPER1 | NF_TOKF_LOWER | NF_TOKF_ALLUPPER)))
			continue;
		words++;
		if (f & NF_TOKF_ALLUPPER && t[i].w.len > 1)
			caps++;
		if (f & NF_TOKF_UPPER1 || t[i].w.len <= 3)
			title++;
	}
	if (words >= 2 && caps * 10 >= words * 8)
		return 1;
	if (words >= 3 && title * 10 >= words * 9)
		return 2;
	return 0;
}

/* ---- feature keys ---- */

enum {
	/* the word itself */
	F_W = 1, F_L, F_S, F_P, F_SUF = F_P + 3, F_CLS = F_SUF + 4,
	F_CLSNONE = F_CLS + NF_WC_LEVELS, F_CASING, F_FREQ,
	/* its neighbours, alone: by offset -2 -1 +1 +2 */
	F_NL, F_NSUF = F_NL + 4, F_NCLS = F_NSUF + 4, F_EDGE = F_NCLS + 4 * NF_WC_LEVELS,
	/* in context */
	F_BIAS = F_EDGE + 4, F_SM1, F_SP1, F_S3, F_SM2, F_SP2, F_LL, F_LR, F_WM1S, F_WP1S,
	F_FIRST, F_MODE, F_MODEL, F_GAZ, F_GAZM1, F_GAZP1, F_CLSLR, F_CASEMODE,
	/* document votes */
	F_VMAJ, F_VHAS, F_VMAJPOS, F_LOWSEEN, F_LOWVOTE, F_PAREN
};

static const uint64_t BOUNDARY = 0x1234567;

/* Offsets -2 -1 +1 +2 as 0..3. */
static inline uint32_t off_index(int o)
{
	return (uint32_t)(o < 0 ? o + 2 : o + 1);
}

/* Which classes a neighbour contributes: the coarse and the finest. */
static const int neighbour_levels[2][NF_WC_LEVELS] = {
	{ 1, 0, 1, 0 },   /* two away */
	{ 1, 1, 1, 1 },   /* next to it */
};

size_t nf_ent_word_features(const struct nf_ent_word *w, int o, uint32_t *f)
{
	size_t k = 0;
	if (o == 0) {
		f[k++] = feat(F_W, w->hw, 0);
		f[k++] = feat(F_L, w->hl, 0);
		f[k++] = feat(F_S, w->hs, 0);
		for (int j = 0; j < 3 && j < w->len; j++)
			f[k++] = feat(F_P + (uint32_t)j, w->pre[j], 0);
		for (int j = 0; j < 4 && j < w->len; j++)
			f[k++] = feat(F_SUF + (uint32_t)j, w->suf[j], 0);
		if (w->cls) {
			for (int l = 0; l < NF_WC_LEVELS; l++)
				if (NF_WC_CLASS(w->cls, l))
					f[k++] = feat(F_CLS + (uint32_t)l, NF_WC_CLASS(w->cls, l), 0);
			uint32_t up = w->flags & (NF_TOKF_UPPER1 | NF_TOKF_ALLUPPER);
			f[k++] = feat(F_CASING, NF_WC_CASING(w->cls), up);
			f[k++] = feat(F_FREQ, NF_WC_FREQ(w->cls), up);
		} else {
			f[k++] = feat(F_CLSNONE, w->hs, 0);
		}
		return k;
	}
	uint32_t x = off_index(o);
	f[k++] = feat(F_NL + x, w->hl, 0);
	if (o == -1 || o == 1)
		f[k++] = feat(F_NSUF + x, w->suf[2], 0);
	const int *lv = neighbour_levels[o == -1 || o == 1];
	for (int l = 0; l < NF_WC_LEVELS; l++)
		if (lv[l] && NF_WC_CLASS(w->cls, l))
			f[k++] = feat(F_NCLS + x * NF_WC_LEVELS + (uint32_t)l, NF_WC_CLASS(w->cls, l), 0);
	return k;
}

uint32_t nf_ent_edge_feature(int o)
{
	return feat(F_EDGE + off_index(o), 0, 0);
}

size_t nf_ent_context_features(const struct nf_ent_tok *t, size_t n, size_t i, int mode,
	uint32_t *f)
{
	size_t k = 0;
	const struct nf_ent_word *c = &t[i].w;
	uint64_t lm1 = i > 0 ? t[i - 1].w.hl : BOUNDARY, lp1 = i + 1 < n ? t[i + 1].w.hl : BOUNDARY;
	uint64_t sm1 = i > 0 ? t[i - 1].w.hs : BOUNDARY, sp1 = i + 1 < n ? t[i + 1].w.hs : BOUNDARY;
	uint32_t up = c->flags & (NF_TOKF_UPPER1 | NF_TOKF_ALLUPPER);
	f[k++] = feat(F_BIAS, 0, 0);
	f[k++] = feat(F_SM1, sm1, c->hs);
	f[k++] = feat(F_SP1, sp1, c->hs);
	f[k++] = feat(F_S3, sm1 * 31 + c->hs, sp1);
	f[k++] = feat(F_SM2, i > 1 ? t[i - 2].w.hs : BOUNDARY, c->hs);
	f[k++] = feat(F_SP2, i + 2 < n ? t[i + 2].w.hs : BOUNDARY, c->hs);
	f[k++] = feat(F_LL, lm1, c->hl);
	f[k++] = feat(F_LR, c->hl, lp1);
	f[k++] = feat(F_WM1S, i > 0 ? t[i - 1].w.hw : BOUNDARY, c->hs);
	f[k++] = feat(F_WP1S, i + 1 < n ? t[i + 1].w.hw : BOUNDARY, c->hs);
	if (i == 0)
		f[k++] = feat(F_FIRST, c->hs, 0);
	f[k++] = feat(F_MODE, (uint64_t)mode, c->hs);
	if (mode) {
		f[k++] = feat(F_MODEL, (uint64_t)mode, c->hl);
		if (c->cls)
			f[k++] = feat(F_CASEMODE, (uint64_t)mode, NF_WC_CASING(c->cls));
	}
	if (c->cls) {
		uint64_t cm = i > 0 ? NF_WC_CLASS(t[i - 1].w.cls, 1) : 0xfff;
		uint64_t cp = i + 1 < n ? NF_WC_CLASS(t[i + 1].w.cls, 1) : 0xfff;
		f[k++] = feat(F_CLSLR, (cm << 24) | ((uint64_t)NF_WC_CLASS(c->cls, 1) << 12) | cp, up);
	}
	for (uint64_t g = t[i].gaz; g && k < NF_ENT_MAXFEAT - 8; g &= g - 1)
		f[k++] = feat(F_GAZ, (uint64_t)__builtin_ctzll(g), up);
	if (i > 0)
		for (uint64_t g = t[i - 1].gaz; g && k < NF_ENT_MAXFEAT - 4; g &= g - 1)
			f[k++] = feat(F_GAZM1, (uint64_t)__builtin_ctzll(g), up);
	if (i + 1 < n)
		for (uint64_t g = t[i + 1].gaz; g && k < NF_ENT_MAXFEAT; g &= g - 1)
			f[k++] = feat(F_GAZP1, (uint64_t)__builtin_ctzll(g), up);
	return k;
}

size_t nf_ent_token_features(const struct nf_ent_tok *t, size_t n, size_t i, int mode,
	uint32_t *f)
{
	size_t k = 0;
	for (int o = -NF_ENT_WINDOW; o <= NF_ENT_WINDOW; o++) {
		if ((o < 0 && i < (size_t)-o) || (o > 0 && i + (size_t)o >= n))
			f[k++] = nf_ent_edge_feature(o);
		else
			k += nf_ent_word_features(&t[i + (size_t)o].w, o, f + k);
	}
	return k + nf_ent_context_features(t, n, i, mode, f + k);
}

/* The share of the majority among n votes, in four steps. */
static uint64_t share(unsigned top, unsigned n)
{
	return top == n ? 3 : top * 3 >= n * 2 ? 2 : top * 2 > n ? 1 : 0;
}

/* The lower-case hash of "(". */
static uint64_t open_paren(void)
{
	return fnv(FNV_OFF, '(');
}

size_t nf_ent_vote_features(const struct nf_ent_tok *t, size_t i, int mode,
	const unsigned char *first, uint32_t *f)
{
	size_t k = 0;
	const struct nf_ent_tok *c = t + i;
	unsigned n = 0, top = 0;
	int maj = 0;
	for (int q = 0; q < 5; q++) {
		n += c->vote[q];
		if (c->vote[q] > top) {
			top = c->vote[q];
			maj = q;
		}
	}
	uint64_t pos = i == 0 ? 1 : mode ? 2 : 0;
	if (n) {
		f[k++] = feat(F_VMAJ, (uint64_t)maj, share(top, n));
		f[k++] = feat(F_VMAJPOS, (uint64_t)maj, pos);
		for (int q = 1; q < 5; q++)
			if (c->vote[q] && q != maj)
				f[k++] = feat(F_VHAS, (uint64_t)q, 0);
	}
	if (c->low && (c->w.flags & (NF_TOKF_UPPER1 | NF_TOKF_ALLUPPER))) {
		f[k++] = feat(F_LOWSEEN, c->w.hs, pos);
		if (n)
			f[k++] = feat(F_LOWVOTE, (uint64_t)maj, c->low > n);
	}
	/* an abbreviation in brackets after a name: "World Trade Organisation
	 * ( WTO )" -- the name's type, as the first pass found it */
	if (first && i >= 2 && t[i - 1].w.hl == open_paren() && first[i - 2] &&
	    NF_ENT_POS(first[i - 2]) >= 2)
		f[k++] = feat(F_PAREN, (uint64_t)NF_ENT_TYPE(first[i - 2]),
			c->w.flags & (NF_TOKF_UPPER1 | NF_TOKF_ALLUPPER));
	return k;
}
