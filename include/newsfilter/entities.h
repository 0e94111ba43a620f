/* entities.h: named-entity tagging (PER, ORG, LOC, MISC). A linear model
 * over BILOU tags decoded with Viterbi (a structured averaged perceptron),
 * whose features are the words and their shapes, word classes learnt from
 * unlabeled text, gazetteer matches and, in a second pass, how the same
 * words were tagged elsewhere in the document. The weights are hashed into
 * a compact table used in place (compiled in, or read from a model file). */
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

/* ---- the model ---- */

/* Gazetteer kinds: phrases (matched in any case, tokenized) with a bit set
 * of kinds. */
enum { NF_GAZ_LOC, NF_GAZ_COUNTRY, NF_GAZ_FIRST, NF_GAZ_DEMONYM, NF_GAZ_ORGSUF,
	NF_GAZ_ORGHEAD, NF_GAZ_TITLE, NF_GAZ_COMMON, NF_GAZ_CLUB, NF_GAZ_PARTY,
	NF_GAZ_GOVBODY, NF_GAZ_COMPANY, NF_GAZ_EVENT, NF_GAZ_REGION, NF_GAZ_NKINDS };
/* NF_GAZ_COMMON: words mostly written in lower case in the training data */
extern const char *const nf_gaz_kind_names[NF_GAZ_NKINDS];
#define NF_GAZ_MAXLEN 6

struct nf_ent_gaz {
	uint32_t cap;            /* power of two; 0 when there is none */
	const uint32_t *keys;    /* phrase hash, 0 = empty slot */
	const uint32_t *vals;    /* bit set of NF_GAZ_ kinds */
};

/* Word classes learnt from unlabeled text (scripts/wordclasses), keyed by
 * the word's exact form and by its lower-case form (the classes of its most
 * frequent spelling), so that a word in capitals still finds its classes. */
#define NF_WC_LEVELS 4
struct nf_ent_classes {
	uint32_t cap;            /* power of two; 0 when there is none */
	const uint32_t *keys;    /* nf_ent_class_key, 0 = empty slot */
	const uint64_t *vals;    /* NF_WC_LEVELS 12-bit class numbers (+1; 0 none),
	                          * then 4 bits of casing and 4 of frequency */
};
#define NF_WC_CLASS(v, l) ((uint32_t)((v) >> (12 * (l))) & 0xfff)
#define NF_WC_CASING(v) ((uint32_t)((v) >> 48) & 0xf)
#define NF_WC_FREQ(v) ((uint32_t)((v) >> 52) & 0xf)
uint32_t nf_ent_class_key(uint64_t h, int lower);

/* Which features a model uses (it records them, so that train-entities can
 * measure what each part is worth). */
enum {
	NF_ENT_OPT_CLASSES = 1,  /* word classes */
	NF_ENT_OPT_VOTES = 2,    /* a second pass with document votes */
	NF_ENT_OPT_GREEDY = 4,   /* greedy left-to-right decoding, not Viterbi */
};

/* A model: the weight table, transitions, gazetteer and word classes, used
 * in place. The feature table has fcap slots (any size); a key's home slot
 * is key * fcap >> 32, then linear probing. A slot is two words, the key
 * (0: empty) and the feature's row: NF_ENT_CLASSES int16 weights (in
 * units of scale), one per class. */
struct nf_ent_model {
	uint32_t fcap, nrows, options;
	const uint32_t *slots;   /* fcap (key, row) pairs */
	const int16_t *rows;     /* nrows x NF_ENT_CLASSES */
	const int32_t *trans;    /* (1 + NF_ENT_CLASSES) x NF_ENT_CLASSES: row 0 is
	                          * the start of a sentence, row 1 + p follows p */
	float scale;
	struct nf_ent_gaz gaz;
	struct nf_ent_classes classes;
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
/* The weights of feature key (its row), or NULL. */
const int16_t *nf_ent_model_row(const struct nf_ent_model *m, uint32_t key);

/* The model image train-entities writes. */
struct nf_ent_image {
	uint32_t options;
	float scale;
	uint32_t fcap, nrows;
	const uint32_t *slots;
	const int16_t *rows;
	const int32_t *trans;
	struct nf_ent_gaz gaz;
	struct nf_ent_classes classes;
};
struct nf_buf;
void nf_ent_model_write(struct nf_buf *out, const struct nf_ent_image *im);

/* ---- tokens and features ---- */

/* What depends on a word form alone (cached per form while tagging). */
struct nf_ent_word {
	uint64_t hw, hl, hs;     /* word, lower case, shape */
	uint64_t pre[3], suf[4]; /* lower-case prefixes and suffixes, 1..n */
	uint64_t cls;            /* word classes (struct nf_ent_classes value), or 0 */
	uint8_t len;             /* length in code points, at most 255 */
	uint8_t flags;           /* NF_TOKF_ */
};

/* A token in its sentence and document. */
struct nf_ent_tok {
	struct nf_ent_word w;
	uint64_t gaz;            /* 4 position bits (B I L U) per gazetteer kind */
	uint16_t vote[5];        /* how the document tagged the word elsewhere:
	                          * O, PER, ORG, LOC, MISC (capitalised words) */
	uint16_t low;            /* times seen in lower case in the document */
};

void nf_ent_word_prepare(struct nf_ent_word *w, const char *s, size_t len,
	const struct nf_ent_classes *cl);
/* Hash of a lower-case token sequence, as the gazetteer keys are made. */
uint32_t nf_ent_phrase_hash(const uint64_t *hl, size_t n);
void nf_ent_gaz_mark(const struct nf_ent_gaz *g, struct nf_ent_tok *t, size_t n);
/* Whole-sentence case: 0 ordinary, 1 all capitals, 2 title case. */
int nf_ent_sentence_mode(const struct nf_ent_tok *t, size_t n);

/* The features of a token come in three parts, whose weights add up:
 * those of each word in a window of two either side that depend on that
 * word alone and its offset (cached per word form while tagging), those
 * of the token in its context, and the document votes. Each returns the
 * number of keys written to f. */
#define NF_ENT_WINDOW 2
#define NF_ENT_MAXFEAT 48
size_t nf_ent_word_features(const struct nf_ent_word *w, int offset, uint32_t *f);
/* The key that stands for a window position outside the sentence. */
uint32_t nf_ent_edge_feature(int offset);
size_t nf_ent_context_features(const struct nf_ent_tok *t, size_t n, size_t i, int mode,
	uint32_t *f);
/* All of them but the votes, as training sums them (the tagger caches the
 * word part): at most NF_ENT_TOKFEAT keys. */
#define NF_ENT_TOKFEAT (4 * NF_ENT_MAXFEAT)
size_t nf_ent_token_features(const struct nf_ent_tok *t, size_t n, size_t i, int mode,
	uint32_t *f);
/* first: the sentence's tags from the first pass, or NULL in it. */
size_t nf_ent_vote_features(const struct nf_ent_tok *t, size_t i, int mode,
	const unsigned char *first, uint32_t *f);

/* ---- document memory ---- */

/* How the capitalised words of a document were tagged, and which words it
 * writes in lower case: a direct-mapped table keyed by the lower-case form,
 * so that its size is bounded and older words are forgotten. */
#define NF_ENT_DOCSLOTS 4096
struct nf_ent_doc {
	uint32_t key[NF_ENT_DOCSLOTS];
	uint16_t n[NF_ENT_DOCSLOTS][6];  /* votes O PER ORG LOC MISC, lower case */
};
void nf_ent_doc_clear(struct nf_ent_doc *d);
/* Add (sign 1) or take back (sign -1) the tags of one sentence. */
void nf_ent_doc_count(struct nf_ent_doc *d, const struct nf_ent_tok *t,
	const unsigned char *tags, size_t n, int sign);
/* Fill in vote and low of the tokens from the table. */
void nf_ent_doc_lookup(const struct nf_ent_doc *d, struct nf_ent_tok *t, size_t n);
/* Leave a token's own tag out of its votes. */
void nf_ent_doc_unvote(struct nf_ent_tok *t, int tag);

/* ---- decoding ---- */

/* The best tag sequence for scores sc[n][NF_ENT_CLASSES] with the model's
 * transitions (Viterbi, or greedy with NF_ENT_OPT_GREEDY): tags[0..n). */
void nf_ent_decode(const struct nf_ent_model *m, const int32_t *sc, size_t n,
	unsigned char *tags);
void nf_ent_decode_with(const int32_t *trans, int greedy, const int32_t *sc, size_t n,
	unsigned char *tags);

/* An entity found in a text, in byte offsets of the text. */
struct nf_entity {
	size_t start, end;
	size_t tok_start, tok_end;  /* token indices, end exclusive */
	int type;
	int headline;               /* in a sentence in capitals or title case */
};

/* Turn BILOU tags of tokens into entities (repairs broken sequences). */
size_t nf_ent_spans(const unsigned char *tags, size_t n, struct nf_entity *out);

/* ---- tagging ---- */

/* Tag tokens of a text, given as slices and cut into sentences (sent[k] is
 * the first token of sentence k, sent[nsent] = n), in two passes when the
 * model has document votes; doc is the document memory, updated. Used by
 * the tagger below and by train-entities to score a model. */
struct nf_ent_state;
struct nf_ent_state *nf_ent_state_new(const struct nf_ent_model *m);
void nf_ent_state_free(struct nf_ent_state *st);
void nf_ent_tag(struct nf_ent_state *st, struct nf_ent_doc *doc, const char *text,
	const struct nf_token *toks, size_t n, const size_t *sent, size_t nsent,
	unsigned char *tags);
/* The case of each sentence of the last text tagged (nf_ent_sentence_mode). */
const unsigned char *nf_ent_state_modes(const struct nf_ent_state *st);
/* The scores of every token of the last text tagged, votes left out
 * (n x NF_ENT_CLASSES), for tests to check the cache against the keys. */
const int32_t *nf_ent_state_scores(const struct nf_ent_state *st);

/* The tagger: tokenizes a record, splits it into sentences, tags them.
 * Keeps document memory until nf_tagger_new_doc. Setting one up costs
 * little (its caches fill as it tags), so a caller may tag short windows
 * of text with it. */
struct nf_tagger;
struct nf_tagger *nf_tagger_new(const struct nf_ent_model *m);
void nf_tagger_free(struct nf_tagger *tg);
void nf_tagger_new_doc(struct nf_tagger *tg);
/* Tag text; the entities (in order) stay valid until the next call. The
 * tokens are available through *toks. */
size_t nf_tagger_run(struct nf_tagger *tg, const char *text, size_t len,
	const struct nf_entity **ents, const struct nf_token **toks, size_t *ntoks);

#endif
