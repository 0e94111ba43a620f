/* entities_train.h: training the tag-entities model, a structured averaged
 * perceptron (Collins 2002): each sentence is decoded with the current
 * weights as the tagger decodes it, and where the best sequence differs
 * from the gold one the weights move towards the gold features and
 * transitions. train-entities reads the data and calls these. */
#ifndef NEWSFILTER_ENTITIES_TRAIN_H
#define NEWSFILTER_ENTITIES_TRAIN_H

#include <stddef.h>
#include <stdint.h>

#include "newsfilter/buf.h"
#include "newsfilter/entities.h"

/* Sentences of gold-tagged tokens, grouped in documents. */
struct nf_ent_sent {
	size_t tok;        /* first token */
	size_t n;
	int doc_start;     /* a document starts here */
};

struct nf_ent_corpus {
	struct nf_ent_tok *et;     /* prepared tokens (word, gazetteer matches) */
	const unsigned char *gold; /* BILOU classes */
	/* per token: 1 where the data's O may be a MISC it does not mark
	 * (data without MISC, or without nationalities as MISC); or NULL */
	const unsigned char *maybe_misc;
	size_t ntok;
	const struct nf_ent_sent *s;
	size_t ns;
	const size_t *docs;        /* first sentence of each document, and ns */
	size_t ndocs;
};

struct nf_ent_trainer;

/* options: NF_ENT_OPT_ bits; mincount: features seen fewer times in the
 * gold data are left out. */
struct nf_ent_trainer *nf_ent_trainer_new(uint32_t options, uint32_t mincount);
void nf_ent_trainer_free(struct nf_ent_trainer *tr);
/* Count every feature of the corpus (with gold tags for the votes), for
 * mincount; call once before the first epoch. */
void nf_ent_trainer_count(struct nf_ent_trainer *tr, struct nf_ent_corpus *c);
/* One pass over the documents in the given order; returns the number of
 * tokens tagged wrongly on the way. */
size_t nf_ent_trainer_epoch(struct nf_ent_trainer *tr, struct nf_ent_corpus *c,
	const size_t *order);
/* The number of features with weights so far. */
size_t nf_ent_trainer_features(const struct nf_ent_trainer *tr);
/* The model image of the averaged weights: features whose weights are all
 * smaller than prune are left out; gaz and classes are stored with it. */
void nf_ent_trainer_image(const struct nf_ent_trainer *tr, double prune,
	const struct nf_ent_gaz *gaz, const struct nf_ent_classes *classes, struct nf_buf *out);

#endif
