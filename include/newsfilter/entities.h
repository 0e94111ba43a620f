/* entities.h: named-entity tagging (PER, ORG, LOC, MISC) with a greedy
 * averaged perceptron over BILOU tags, weights hashed into a compact table
 * that is used in place (compiled in, or read from a model file). */
#ifndef NEWSFILTER_ENTITIES_H
#define NEWSFILTER_ENTITIES_H

#include <stddef.h>
#include <stdint.h>

#include "newsfilter/tokens.h"

enum nf_ent_type { NF_ENT_PER, NF_ENT_ORG, NF_ENT_LOC, NF_ENT_MISC, NF_ENT_NTYPES };
extern const char *const nf_ent_type_names[NF_ENT_NTYPES];
/* "PER" -> NF_ENT_PER ...; -1 if not a type name. */
int nf_ent_type_parse(const char *s, size_t len);

/* BILOU classes: 0 is O; type t has B 1+4t, I 2+4t, L 3+4t, U 4+4t. */
#define NF_ENT_CLASSES 17
#define NF_ENT_B(t) (1 + 4 * (t))
#define NF_ENT_I(t) (2 + 4 * (t))
#define NF_ENT_L(t) (3 + 4 * (t))
#define NF_ENT_U(t) (4 + 4 * (t))
#define NF_ENT_TYPE(c) (((c) - 1) / 4)
#define NF_ENT_POS(c) (((c) - 1) % 4)  /* 0 B, 1 I, 2 L, 3 U */

/* Can class c follow class p (p = 0 at the start of a sentence)? */
int nf_ent_allowed(int p, int c);

/* Gazetteer kinds: phrases (lower case, tokenized) with a bit set of kinds. */
enum { NF_GAZ_LOC, NF_GAZ_COUNTRY, NF_GAZ_FIRST, NF_GAZ_DEMONYM,
	NF_GAZ_ORGSUF, NF_GAZ_ORGHEAD, NF_GAZ_TITLE, NF_GAZ_COMMON, NF_GAZ_NKINDS };
/* NF_GAZ_COMMON: words mostly written in lower case in the training data */
#define NF_GAZ_MAXLEN 4

struct nf_ent_gaz {
	uint32_t cap;            /* power of two; 0 when there is none */
	const uint32_t *keys;    /* phrase hash, 0 = empty slot */
	const uint32_t *vals;    /* bit set of NF_GAZ_ kinds */
};

/* A model: the weight table and the gazetteer, used in place. The feature
 * table has fcap slots (any size); a key's home slot is key * fcap >> 32,
 * then linear probing. A slot is two words, the key (0: empty) and the
 * offset in rows of the feature's weights, which are sparse: a count n, n class numbers, n little-endian int16 weights in
 * units of scale. */
struct nf_ent_model {
	uint32_t fcap, nrows, rowbytes;
	const uint32_t *slots;   /* fcap (key, offset) pairs */
	const unsigned char *rows;
	float scale;
	struct nf_ent_gaz gaz;
	void *owned;             /* the file's bytes when read from a file */
};

/* The compiled-in models: "default" or "open"; NULL for other names. */
const struct nf_ent_model *nf_ent_model_builtin(const char *name);
/* Check and map a model image (it must stay valid and be 8-byte aligned);
 * returns 0, or -1 with *err set to what is wrong. */
int nf_ent_model_map(struct nf_ent_model *m, const void *data, size_t len,
	const char **err);
/* Read a model file; returns 0, or -1 with *err set (errno kept for I/O). */
int nf_ent_model_read(struct nf_ent_model *m, const char *path, const char **err);
void nf_ent_model_free(struct nf_ent_model *m);

/* Per token lexical information, computed once per token. */
struct nf_ent_tok {
	uint64_t hw, hl, hs;     /* word, lower case, shape */
	uint64_t pre[3], suf[4]; /* lower-case prefixes and suffixes, 1..n */
	uint32_t gaz;            /* 4 position bits (B I L U) per gazetteer kind */
	uint8_t len;             /* length in code points, at most 255 */
	uint8_t flags;           /* NF_TOKF_ */
	uint8_t doc;             /* 1 + type tagged earlier in the document, or 0 */
	uint8_t kind;
	uint8_t lowseen;         /* capitalised, but seen in lower case in the document */
};

void nf_ent_tok_prepare(struct nf_ent_tok *t, const char *s, size_t len);
/* Hash of a lower-case token sequence, as the gazetteer keys are made. */
uint32_t nf_ent_phrase_hash(const struct nf_ent_tok *t, size_t n);
void nf_ent_gaz_mark(const struct nf_ent_gaz *g, struct nf_ent_tok *t, size_t n);
/* Whole-sentence case: 0 ordinary, 1 all capitals, 2 title case. */
int nf_ent_sentence_mode(const struct nf_ent_tok *t, size_t n);

/* Features of token i: those that do not depend on previous tags, then
 * those that do. Each returns the count written to f (at most 64). */
size_t nf_ent_features(const struct nf_ent_tok *t, size_t n, size_t i, int mode,
	uint32_t *f);
size_t nf_ent_tag_features(const struct nf_ent_tok *t, size_t i, int p1, int p2,
	uint32_t *f);

/* Document memory: the type last given to a capitalised word. Bounded:
 * a direct-mapped cache, so older words are forgotten. */
#define NF_ENT_DOCSLOTS 1024
struct nf_ent_doc {
	uint32_t key[NF_ENT_DOCSLOTS];
	uint8_t type[NF_ENT_DOCSLOTS];
	uint32_t low[NF_ENT_DOCSLOTS];  /* words seen in lower case */
};
void nf_ent_doc_clear(struct nf_ent_doc *d);
void nf_ent_doc_lookup(const struct nf_ent_doc *d, struct nf_ent_tok *t, size_t n);
void nf_ent_doc_learn(struct nf_ent_doc *d, const struct nf_ent_tok *t,
	const unsigned char *tags, size_t n);

/* Greedy decoding of one sentence with model m into tags[0..n). */
void nf_ent_decode(const struct nf_ent_model *m, const struct nf_ent_tok *t,
	size_t n, unsigned char *tags);

/* An entity found in a text, in byte offsets of the text. */
struct nf_entity {
	size_t start, end;
	size_t tok_start, tok_end;  /* token indices, end exclusive */
	int type;
	int headline;               /* in a sentence in capitals or title case */
};

/* The tagger: tokenizes a record, splits it into sentences, tags them.
 * Keeps document memory until nf_tagger_new_doc. */
struct nf_tagger;
struct nf_tagger *nf_tagger_new(const struct nf_ent_model *m);
void nf_tagger_free(struct nf_tagger *tg);
void nf_tagger_new_doc(struct nf_tagger *tg);
/* Tag text; the entities (in order) stay valid until the next call. The
 * tokens are available through *toks. */
size_t nf_tagger_run(struct nf_tagger *tg, const char *text, size_t len,
	const struct nf_entity **ents, const struct nf_token **toks, size_t *ntoks);

/* Turn BILOU tags of tokens into entities (repairs broken sequences). */
size_t nf_ent_spans(const unsigned char *tags, size_t n, struct nf_entity *out);

#endif
