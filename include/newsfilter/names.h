/* names.h: the named mentions of one document and the fullest form of each
 * name ("Putin" -> "Vladimir Putin", "NATO" -> "North Atlantic Treaty
 * Organization", "Angela" -> the one Angela of the document). The mentions
 * are held until the document ends, since the full form may come later;
 * the caller bounds what is held with nf_names_held. */
#ifndef NEWSFILTER_NAMES_H
#define NEWSFILTER_NAMES_H

#include <stddef.h>

#include "newsfilter/entities.h"
#include "newsfilter/tokens.h"

/* A mention as it is handed out at the end of the document. */
struct nf_mention {
	size_t rec;              /* the caller's record number, from nf_names_add */
	size_t start, end;       /* code points in that record's text */
	int type;                /* enum nf_ent_type; it may differ from the tagger's */
	const char *text;        /* the mention, runs of white space as one space */
	size_t len;
	const char *name;        /* the fullest form, or the text itself */
	size_t name_len;
};

struct nf_names;

struct nf_names *nf_names_new(void);
void nf_names_free(struct nf_names *nm);

/* Add one record of the document, or a piece of one: its entities (byte
 * offsets in text, in order, not overlapping) and its tokens, whose
 * capitalised words outside the entities may turn out to be surnames of
 * people named elsewhere. rec is the caller's number for the record, given
 * back with its mentions; base is the number of code points of the record
 * before text (0 for a whole record), added to every offset. */
void nf_names_add(struct nf_names *nm, size_t rec, size_t base, const char *text,
	size_t len, const struct nf_entity *ents, size_t nents,
	const struct nf_token *toks, size_t ntoks);

/* What is held: the number of mentions (and candidate words), and in *bytes
 * the size of their texts. */
size_t nf_names_held(const struct nf_names *nm, size_t *bytes);

/* End of the document (or of as much of it as the caller holds): resolve
 * the names and store in *out the mentions in order of record and offset.
 * They stay valid until the next call; the next nf_names_add starts a new
 * document. */
size_t nf_names_end(struct nf_names *nm, const struct nf_mention **out);

#endif
