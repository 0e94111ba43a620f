/* qlex.h: the word lists pull-quotes compiles in (speech verbs, titles,
 * roles, function words, first names, places) and their lookup. Private to
 * lib/quotes/. */
#ifndef NF_QUOTES_LEX_H
#define NF_QUOTES_LEX_H

#include <stddef.h>
#include <stdint.h>

enum {
	QW_CUE      = 1u << 0,  /* speech verb form: said, says, warning */
	QW_CUE_BASE = 1u << 1,  /* base or -s form that is also a noun: call, calls */
	QW_CUE_NAME = 1u << 2,  /* naming verb: called, described, dubbed */
	QW_CUE_ING  = 1u << 3,  /* -ing form: saying, insisting */
	QW_TITLE    = 1u << 4,  /* office or honorific before a name */
	QW_ROLE     = 1u << 5,  /* head noun of "the minister": resolvable role */
	QW_STOP     = 1u << 6,  /* function word: never part of a name */
	QW_PRON_M   = 1u << 7,  /* he */
	QW_PRON_F   = 1u << 8,  /* she */
	QW_SKIP     = 1u << 9,  /* adverb or auxiliary between subject and verb */
	QW_DET      = 1u << 10, /* determiner or preposition: makes "call" a noun */
	QW_PASSIVE  = 1u << 11, /* was, were, been: "was described as" */
	QW_ORG      = 1u << 12, /* organisation head noun: Ministry, Agency */
	QW_PARTICLE = 1u << 13, /* de, van, al: inside a name */
	QW_FIRST_M  = 1u << 14, /* a man's first name */
	QW_FIRST_F  = 1u << 15, /* a woman's first name */
	QW_FIRST    = 1u << 16, /* a first name of either sex */
	QW_PLACE    = 1u << 17, /* country, demonym, capital, city, region */
	QW_TIME     = 1u << 18, /* day or month name */
	QW_MALE     = 1u << 19, /* a title or role of a man: Mr, king, father */
	QW_FEMALE   = 1u << 20, /* a title or role of a woman: Mrs, queen */
	QW_NAMING   = 1u << 21, /* "known as", "named": a following quote is a name */
	QW_GROUP    = 1u << 22, /* they, officials: unnamed source */
	QW_MODAL    = 1u << 23, /* to, will, would: makes a base form a verb */
	QW_CONJ     = 1u << 24, /* and, but: shares the subject */
	QW_ACCORD   = 1u << 25, /* according (to) */
	QW_CUE_ADJ  = 1u << 26, /* read: a speech verb only beside the quote */
	QW_ORG_INST = 1u << 27, /* ministry, army: names an institution */
	QW_ORG_GEN  = 1u << 28, /* company: an organisation met before */
	QW_COLLECTIVE = 1u << 29, /* campaign: a person's group */
	QW_CUE_GIVE = 1u << 30, /* gave, offered: a verb only before "its “…”" */
	QW_THING    = 1u << 31, /* Day, Prize, Act: a name it ends is no person's */
};
#define QW_ANYFIRST (QW_FIRST_M | QW_FIRST_F | QW_FIRST)

/* The trades firms are named by, the last word of a firm's name
 * ("Brightwater Polymers", "Ardmore Marine", "Jinwoo Energy"):
 * organisations' words in the lexicon, and firm_name's in qorgs.c.
 * Space-separated, ASCII lower case, a space at the end. */
#define NF_QLEX_TRADES "energy polymers plastics chemicals metals minerals " \
	"mining steel marine esports foods brands logistics materials " \
	"therapeutics biosciences biotech solutions properties capital " \
	"ventures aerospace automotive electronics semiconductors telecom " \
	"telecoms shipping railways petroleum oil insurance realty olefins " \
	/* building and its services: "Himshikhar Builders", "Kestrel \
	 * Construction", "Aotea Consultants", "Halden Hotels" */ \
	"construction builders engineering developers contractors " \
	"consulting consultants enterprises investments hotels resorts " \
	"textiles haulage "

/* The nouns a firm is called by again ("the company", "the contractor",
 * "the label"): heads of organisations in the lexicon, and the ones
 * nfq_org_by_noun takes for the latest body whose name says it is a firm.
 * Space-separated, ASCII lower case, a space at the end. */
#define NF_QLEX_FIRM_NOUNS "company firm contractor developer operator " \
	"supplier insurer lender retailer manufacturer carrier airline " \
	"producer distributor exporter importer miner refiner brewer " \
	"conglomerate startup start-up brokerage shipper grocer homebuilder " \
	"automaker steelmaker carmaker drugmaker chipmaker planemaker telecom " \
	"utility label streamer "

struct nf_qlex_entry {
	const char *word;
	uint32_t cls;
};

extern const struct nf_qlex_entry nf_qlex_names[];
extern const size_t nf_qlex_nnames;

struct nf_qlex_demonym {
	const char *demonym;    /* ASCII lower case, sorted: "german" */
	const char *country;    /* "Germany" */
};

extern const struct nf_qlex_demonym nf_qlex_demonyms[];
extern const size_t nf_qlex_ndemonyms;

/* The country of a demonym (len bytes, any case: "German", "south
 * korean"), or NULL. */
const char *nf_qlex_country_of(const char *w, size_t len);

/* Build the lookup table once (not thread-safe on the first call). */
void nf_qlex_init(void);

/* Classes of a word given in ASCII lower case (len bytes), 0 if unknown;
 * the first names and places only when cap is set (a capitalised word). */
uint32_t nf_qlex_lookup(const char *w, size_t len, uint32_t hash, int cap);

/* The hash nf_qlex_lookup expects, of the ASCII-lower-cased bytes. */
static inline uint32_t nf_qlex_hash(const char *w, size_t len)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)w[i]) * 16777619u;
	return h;
}

#endif
