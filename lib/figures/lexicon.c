/* lexicon.c: one hash index over the word lists of words.c, built once, so
 * that finding what a word is costs one lookup, not a walk of every list
 * (the walks were a third of count-figures' time). */
#include <pthread.h>
#include <stddef.h>
#include <string.h>

#include "words.h"

#define SLOTS 2048          /* a power of two, over twice the words */
#define MAXLEN 24           /* no listed word is longer */

struct slot {
	char key[MAXLEN + 1];
	unsigned char len, used;
};

static struct slot lex_slots[SLOTS], sym_slots[SLOTS];
static struct nf_fig_lex lex[SLOTS];
static struct nf_fig_sym sym[SLOTS];
/* Number words by their first two letters: the scan asks about nearly
 * every word, so this is cheaper than hashing: a length mask rules out
 * most words, and the few words left are compared. */
static unsigned short numword_lens[26][26];
static unsigned numword_third[26][26];   /* the third letters, as bits */
static unsigned char pair_at[26][26], pair_n[26][26];
static const struct nf_fig_numword *by_pair[128];
static unsigned char by_pair_len[128];
static struct nf_fig_hedge_ref hedge_pool[128];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static inline unsigned char fold(unsigned char c)
{
	return (unsigned)c - 'A' < 26u ? (unsigned char)(c | 0x20) : c;
}

static unsigned hash(const char *w, size_t len, int folded)
{
	unsigned h = 2166136261u;

	for (size_t i = 0; i < len; i++)
		h = (h ^ (folded ? fold((unsigned char)w[i]) : (unsigned char)w[i])) * 16777619u;
	return h ^ (h >> 15);
}

/* The slot of w: its own, or the empty one where it would go. */
static size_t probe(const struct slot *tab, const char *w, size_t len, int folded)
{
	size_t i = hash(w, len, folded) & (SLOTS - 1);

	for (;; i = (i + 1) & (SLOTS - 1)) {
		const struct slot *sl = &tab[i];
		size_t k;
		if (!sl->used)
			return i;
		if (sl->len != len)
			continue;
		for (k = 0; k < len; k++)
			if ((folded ? fold((unsigned char)w[k]) : (unsigned char)w[k]) !=
			    (unsigned char)sl->key[k])
				break;
		if (k == len)
			return i;
	}
}

/* A word longer than MAXLEN is not indexed (the unit test finds every
 * listed word through the index, so none can be left out unseen). */
static size_t add(struct slot *tab, const char *w, int folded)
{
	size_t len = strlen(w), i;

	if (len > MAXLEN)
		len = 0, w = "";
	i = probe(tab, w, len, folded);

	if (!tab[i].used) {
		for (size_t k = 0; k < len; k++)
			tab[i].key[k] = (char)(folded ? fold((unsigned char)w[k]) : (unsigned char)w[k]);
		tab[i].len = (unsigned char)len;
		tab[i].used = 1;
	}
	return i;
}

/* Every list, in the order a word's first entry wins. */
static void words(const struct nf_fig_word *t, size_t field)
{
	for (; t->w; t++) {
		const struct nf_fig_word **p = (const struct nf_fig_word **)
			((char *)&lex[add(lex_slots, t->w, 1)] + field);
		if (!*p)
			*p = t;
	}
}

static void roles(const char *const *list, unsigned role)
{
	for (; *list; list++)
		lex[add(lex_slots, *list, 1)].roles |= role;
}

/* The hedges by their last word, each word's in the order of the table
 * (longer first where one ends another). */
static void hedges(void)
{
	size_t n = 0, k;

	for (const struct nf_fig_hedge *h = nf_fig_hedges; h->w; h++) {
		const char *last = strrchr(h->w, ' ');
		struct nf_fig_lex *e;
		last = last ? last + 1 : h->w;
		e = &lex[add(lex_slots, last, 1)];
		if (e->hedge_n)
			continue;   /* its word's hedges are listed already */
		e->hedge_at = (unsigned short)n;
		for (const struct nf_fig_hedge *g = h; g->w && n < 128; g++) {
			const char *l2 = strrchr(g->w, ' ');
			l2 = l2 ? l2 + 1 : g->w;
			if (strcmp(l2, last) != 0)
				continue;
			hedge_pool[n].h = g;
			hedge_pool[n++].len = strlen(g->w);
			e->hedge_n++;
		}
	}
	(void)k;
}

static void build(void)
{
	const struct nf_fig_numword *n;
	const struct nf_fig_word *u;
	const char *const *c;

	for (n = nf_fig_numwords; n->w; n++) {
		struct nf_fig_lex *e = &lex[add(lex_slots, n->w, 1)];
		if (!e->num)
			e->num = n;
		numword_lens[n->w[0] - 'a'][n->w[1] - 'a'] |= (unsigned short)(1u << strlen(n->w));
		numword_third[n->w[0] - 'a'][n->w[1] - 'a'] |= 1u << (n->w[2] - 'a');
	}
	for (int a = 0, k = 0; a < 26; a++)
		for (int b = 0; b < 26; b++) {
			pair_at[a][b] = (unsigned char)k;
			for (n = nf_fig_numwords; n->w; n++)
				if (n->w[0] == 'a' + a && n->w[1] == 'a' + b && k < 128) {
					by_pair_len[k] = (unsigned char)strlen(n->w);
					by_pair[k++] = n;
				}
			pair_n[a][b] = (unsigned char)(k - pair_at[a][b]);
		}
	words(nf_fig_magnitudes, offsetof(struct nf_fig_lex, magnitude));
	words(nf_fig_durations, offsetof(struct nf_fig_lex, duration));
	words(nf_fig_unit_words, offsetof(struct nf_fig_lex, unit));
	words(nf_fig_currency_words, offsetof(struct nf_fig_lex, currency));
	words(nf_fig_currency_adjs, offsetof(struct nf_fig_lex, currency_adj));
	words(nf_fig_months, offsetof(struct nf_fig_lex, month));
	roles(nf_fig_duration_adjs, LEX_DURATION_ADJ);
	roles(nf_fig_free_caps, LEX_FREE_CAP);
	roles(nf_fig_id_words, LEX_ID_WORD);
	roles(nf_fig_call_words, LEX_CALL_WORD);
	roles(nf_fig_suffix_words, LEX_SUFFIX);
	hedges();
	for (u = nf_fig_unit_symbols; u->w; u++) {
		struct nf_fig_sym *e = &sym[add(sym_slots, u->w, 0)];
		if (!e->unit)
			e->unit = u;
	}
	for (c = nf_fig_currency_codes; *c; c++) {
		struct nf_fig_sym *e = &sym[add(sym_slots, *c, 0)];
		if (!e->currency)
			e->currency = strcmp(*c, "XBT") == 0 ? "BTC" :
				strcmp(*c, "RMB") == 0 ? "CNY" : *c;
	}
	for (c = nf_fig_timezones; *c; c++)
		sym[add(sym_slots, *c, 0)].timezone = 1;
}

/* The slot of w in tab, or SLOTS when it is not there. */
static size_t lookup(const struct slot *tab, const char *w, size_t len, int folded)
{
	size_t i;

	if (len == 0 || len > MAXLEN)
		return SLOTS;
	pthread_once(&once, build);
	i = probe(tab, w, len, folded);
	return tab[i].used ? i : SLOTS;
}

const struct nf_fig_lex *nf_fig_lex_find(const char *w, size_t len)
{
	size_t i = lookup(lex_slots, w, len, 1);

	return i < SLOTS ? &lex[i] : NULL;
}

const struct nf_fig_sym *nf_fig_sym_find(const char *w, size_t len)
{
	size_t i = lookup(sym_slots, w, len, 0);

	return i < SLOTS ? &sym[i] : NULL;
}

const struct nf_fig_numword *nf_fig_numword_find(const char *w, size_t len)
{
	unsigned a = fold((unsigned char)w[0]) - 'a', b;
	size_t k, m, c;

	if (len < 3 || len > 15 || a >= 26 || (b = fold((unsigned char)w[1]) - 'a') >= 26)
		return NULL;
	pthread_once(&once, build);
	if (!(numword_lens[a][b] >> len & 1) ||
	    !(numword_third[a][b] >> ((fold((unsigned char)w[2]) - 'a') & 31) & 1))
		return NULL;
	for (c = pair_at[a][b], m = pair_n[a][b]; m > 0; m--, c++) {
		if (by_pair_len[c] != len)
			continue;
		for (k = 2; k < len && fold((unsigned char)w[k]) == (unsigned char)by_pair[c]->w[k]; k++)
			;
		if (k == len)
			return by_pair[c];
	}
	return NULL;
}

const struct nf_fig_hedge_ref *nf_fig_hedge_pool(void)
{
	pthread_once(&once, build);
	return hedge_pool;
}

const unsigned short (*nf_fig_numword_lens(void))[26]
{
	pthread_once(&once, build);
	return numword_lens;
}
