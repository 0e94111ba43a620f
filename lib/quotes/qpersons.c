/* qpersons.c: the document's persons and organisations: capitalised runs and
 * what they name, the bounded registry of recent persons, organisations
 * with their acronyms and fullest names, pronouns and roles resolved to the
 * person meant, and the entity tagger for names the rules leave open. */
#include <limits.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "newsfilter/utf8.h"
#include "internal.h"

static int tag_window(struct nf_quotes *q, int a, int b, int *split);

/* ---------- the person registry ---------- */

static uint32_t hash_bytes(const char *s, size_t n)
{
	return nf_qlex_hash(s, n);
}

static void touch(struct nf_quotes *q, int pid, const char *title, size_t tlen,
	int gender)
{
	struct person *p = &q->pers[pid];
	p->seq = ++q->seq;
	p->count++;
	int k = 0;
	while (k < 7 && q->mru[k] != pid + 1)
		k++;
	memmove(q->mru + 1, q->mru, (size_t)k * sizeof q->mru[0]);
	q->mru[0] = (int16_t)(pid + 1);
	if (tlen) {
		if (tlen > TITLEMAX - 1)
			tlen = TITLEMAX - 1;
		memcpy(p->title, title, tlen);
		p->tlen = (uint8_t)tlen;
	}
	/* (a guess never overrides what a title or an apposition said) */
	if ((gender & 3) && (!(gender & SEX_GUESS) || !p->gender || p->sex_guess)) {
		p->gender = (uint8_t)(gender & 3);
		p->sex_guess = (gender & SEX_GUESS) != 0;
	}
}

/* The bytes of an Arabic article before a surname ("al-Assad",
 * "el-Sisi"): the surname stands alone for the name ("Assad said"). */
static size_t article_len(const char *w, size_t n)
{
	return n > 4 && (w[0] == 'a' || w[0] == 'A' || w[0] == 'e' || w[0] == 'E') &&
		w[1] == 'l' && w[2] == '-' && w[3] >= 'A' && w[3] <= 'Z' ? 3 : 0;
}

/* The registry is small (NPERS) but looked up for every capitalised word:
 * an index from the hash of a last name, a full name or a word of one to
 * the person under it. Each index is set-associative, NIDX / IDXWAYS
 * buckets of IDXWAYS slots, so that two names whose hashes meet do not
 * push each other out: with one slot a bucket, "Gulfside" registered
 * after "Rear Adm. Colleen Marsh" took her slot, and "Marsh said" became
 * a person of its own. A full bucket gives up the slot of the person
 * seen longest ago; a stale slot fails the comparison and is a miss. */
#define IDXWAYS 4

struct idx_key {
	const char *w;
	size_t n;
	uint32_t h;
};

/* Does person p stand under key k in the index of last names, full
 * names, words before the last? */
static int key_last(const struct person *p, const struct idx_key *k)
{
	return p->used && p->hlast == k->h && (size_t)(p->len - p->last) == k->n &&
		memcmp(p->name + p->last, k->w, k->n) == 0;
}

static int key_full(const struct person *p, const struct idx_key *k)
{
	return p->used && p->len == k->n && memcmp(p->name, k->w, k->n) == 0;
}

static int key_word(const struct person *p, const struct idx_key *k)
{
	return p->used && p->len > k->n && nfq_name_has_word(p->name, p->len, k->w, k->n, 0);
}

typedef int key_fn(const struct person *, const struct idx_key *);

static struct islot *idx_bucket(struct islot *idx, uint32_t h)
{
	return idx + (h & (NIDX / IDXWAYS - 1)) * IDXWAYS;
}

static uint16_t idx_tag(uint32_t h)
{
	return (uint16_t)(h >> 16);
}

/* The person under key k in index idx, or -1. */
static inline int idx_find(const struct nf_quotes *q, struct islot *idx, key_fn *same,
	const struct idx_key *k)
{
	const struct islot *b = idx_bucket(idx, k->h);
	for (int s = 0; s < IDXWAYS; s++)
		if (b[s].pid > 0 && b[s].tag == idx_tag(k->h) && same(&q->pers[b[s].pid - 1], k))
			return b[s].pid - 1;
	return -1;
}

/* The slot of key k (a key of person pid) in index idx: the one that
 * holds it already (*held set), else a free one, else the one of the
 * person seen longest ago; its tag is k's. */
static inline struct islot *idx_slot(const struct nf_quotes *q, struct islot *idx, key_fn *same,
	const struct idx_key *k, int pid, int *held)
{
	struct islot *b = idx_bucket(idx, k->h), *free_s = NULL, *old = NULL, *r;
	*held = 0;
	for (int s = 0; s < IDXWAYS; s++) {
		if (b[s].pid <= 0 || !q->pers[b[s].pid - 1].used) {
			if (!free_s)
				free_s = &b[s];
			continue;
		}
		/* (pid's own slot holds its key: a mention again, no name
		 * compared) */
		if (b[s].tag == idx_tag(k->h) && (b[s].pid - 1 == pid ||
			same(&q->pers[b[s].pid - 1], k))) {
			*held = 1;
			return &b[s];
		}
		if (!old || q->pers[b[s].pid - 1].seq < q->pers[old->pid - 1].seq)
			old = &b[s];
	}
	r = free_s ? free_s : old;
	r->tag = idx_tag(k->h);
	return r;
}

static struct idx_key last_key(const struct person *p)
{
	struct idx_key k = { p->name + p->last, (size_t)(p->len - p->last), p->hlast };
	return k;
}

static int find_last(struct nf_quotes *q, const char *w, size_t n)
{
	size_t art = article_len(w, n);
	struct idx_key k = { w + art, n - art, hash_bytes(w + art, n - art) };
	return idx_find(q, q->idx_last, key_last, &k);
}

/* Is w[0..n) the surname (last word) of person p, in use? */
static int has_last(const struct person *p, const char *w, size_t n)
{
	return p->used && (size_t)(p->len - p->last) == n &&
		memcmp(p->name + p->last, w, n) == 0;
}

static int find_full(struct nf_quotes *q, const char *w, size_t n)
{
	struct idx_key k = { w, n, hash_bytes(w, n) };
	return idx_find(q, q->idx_full, key_full, &k);
}

static int is_child(const struct person *p)
{
	return nfq_name_has_word(p->desc, p->dlen, "son", 3, 0) ||
		nfq_name_has_word(p->desc, p->dlen, "daughter", 8, 0);
}

/* Make pid the person its surname stands for alone. */
static void set_last(struct nf_quotes *q, int pid)
{
	struct idx_key k = last_key(&q->pers[pid]);
	int held;
	idx_slot(q, q->idx_last, key_last, &k, pid, &held)->pid = (int16_t)(pid + 1);
}

static void index_person(struct nf_quotes *q, int pid)
{
	struct person *p = &q->pers[pid];
	/* a surname shared by two people ("Joe Biden", his son "Hunter
	 * Biden") stands alone for the one the story names most */
	struct idx_key k = last_key(p);
	int held;
	struct islot *slot = idx_slot(q, q->idx_last, key_last, &k, pid, &held);
	const struct person *op = held && slot->pid - 1 != pid ? &q->pers[slot->pid - 1] : NULL;
	/* (but a son or a daughter the story named, "the younger Castle",
	 * never takes it from the parent: "Castle said" is Roy) */
	if (!op || (op->count <= p->count && !(is_child(p) && !is_child(op))))
		slot->pid = (int16_t)(pid + 1);
	struct idx_key f = { p->name, p->len, hash_bytes(p->name, p->len) };
	idx_slot(q, q->idx_full, key_full, &f, pid, &held)->pid = (int16_t)(pid + 1);
	/* the words before the last, for a name met by one of them alone
	 * (fuller_person): the person met most keeps the slot */
	for (size_t b = 0; b < p->last;) {
		size_t e = b;
		while (e < p->last && p->name[e] != ' ')
			e++;
		if (e > b && p->name[e - 1] != '-') {
			struct idx_key wk = { p->name + b, e - b, hash_bytes(p->name + b, e - b) };
			slot = idx_slot(q, q->idx_word, key_word, &wk, pid, &held);
			if (!held || slot->pid - 1 == pid || q->pers[slot->pid - 1].count <= p->count)
				slot->pid = (int16_t)(pid + 1);
		}
		b = e + 1;
	}
}

static void set_name(struct person *p, const char *w, size_t n)
{
	if (n > NAMEMAX - 1)
		n = NAMEMAX - 1;
	memcpy(p->name, w, n);
	p->len = (uint8_t)n;
	size_t l = n;
	while (l > 0 && p->name[l - 1] != ' ')
		l--;
	if (l > 0)      /* not "Al-Jazeera" alone */
		l += article_len(p->name + l, n - l);
	p->last = (uint8_t)l;
	p->hlast = hash_bytes(p->name + l, n - l);
}

int nfq_name_has_word(const char *name, size_t len, const char *w,
	size_t n, int first);

static int appos_org(struct nf_quotes *q, int ri, int hi);

/* A registered person whose fuller name holds the word w (not as its
 * last word, which find_last looks up): the one met most, or -1. */
static int fuller_person(struct nf_quotes *q, const char *w, size_t n)
{
	struct idx_key k = { w, n, hash_bytes(w, n) };
	return idx_find(q, q->idx_word, key_word, &k);
}

/* The one person of the registry whose fuller name ends in the single
 * word w[0..n) ("Richard Lang" for "Lang"), or NULL for none, for two
 * ("Roy Castle", "Trey Castle") or when one is named by it alone. */
const struct person *nfq_fuller_by_last(const struct nf_quotes *q, const char *w,
	size_t n)
{
	const struct person *f = NULL;
	for (int i = 0; i < NPERS; i++) {
		const struct person *p = &q->pers[i];
		if (p->used && p->len == n && memcmp(p->name, w, n) == 0)
			return NULL;    /* "Mr Whitlock", another than Caroline */
		if (!p->used || p->len <= n + 1 || p->name[p->len - n - 1] != ' ' ||
			memcmp(p->name + p->len - n, w, n) != 0)
			continue;
		if (f && (f->len != p->len || memcmp(f->name, p->name, p->len) != 0))
			return NULL;
		f = p;
	}
	return f;
}

/* "Mr Whitlock" after "Caroline Whitlock" and "Tom Whitlock": of the
 * persons with the surname w[0..n), the one of that sex (or of none
 * known) met most, or -1 for none (a new person: her husband). */
static int last_of_sex(struct nf_quotes *q, const char *w, size_t n, int gender)
{
	int best = -1;
	for (int i = 0; i < NPERS; i++) {
		const struct person *p = &q->pers[i];
		if (!has_last(p, w, n) || (p->gender && p->gender != gender))
			continue;
		if (best < 0 || (p->gender == gender) > (q->pers[best].gender == gender) ||
			((p->gender == gender) == (q->pers[best].gender == gender) &&
			p->count > q->pers[best].count))
			best = i;
	}
	return best;
}

/* A mention of a person named w[0..n): the registry index. gender may
 * carry SEX_GUESS: the sex was guessed from a first name alone. */
static int register_person(struct nf_quotes *q, const char *w, size_t n,
	const char *title, size_t tlen, int gender)
{
	if (n == 0)
		return -1;
	if (n > NAMEMAX - 1)
		n = NAMEMAX - 1;
	int single = memchr(w, ' ', n) == NULL;
	int pid;
	if (single) {
		pid = find_last(q, w, n);
		if (pid < 0)
			pid = fuller_person(q, w, n);  /* "Prime Minister Tuilaepa" */
		/* another of that surname and sex; else a sex guessed from a
		 * first name gives way to a title's ("Mr Iqbal" after "Rana
		 * Iqbal": Rana is a woman's name in Arabic, a man's in
		 * Punjab) */
		if (pid >= 0 && (gender & 3) && q->pers[pid].gender &&
			q->pers[pid].gender != (gender & 3)) {
			int o = last_of_sex(q, w, n, gender & 3);
			if (o >= 0 || !q->pers[pid].sex_guess || (gender & SEX_GUESS))
				pid = o;
		}
	} else {
		pid = find_full(q, w, n);
		if (pid < 0) {
			const char *sp = w + n;
			while (sp > w && sp[-1] != ' ')
				sp--;
			int j = find_last(q, sp, (size_t)(w + n - sp));
			const struct person *pj = j >= 0 ? &q->pers[j] : NULL;
			if (pj && memchr(pj->name, ' ', pj->len) == NULL) {
				set_name(&q->pers[j], w, n);  /* fuller form */
				pid = j;
			} else if (pj && pj->len > n && pj->name[pj->len - n - 1] == ' ' &&
				nfq_same_word_ci(pj->name + pj->len - n, w, n)) {
				pid = j;    /* "Van Otterdijk" after "Robert van
					     * Otterdijk": the name's tail */
			}
		}
	}
	if (pid < 0) {
		/* a free entry, else the next one on the clock that was not
		 * met lately (second chance): bounded work per new name */
		int free_i = q->clock;
		for (int tries = 0; tries < 16; tries++) {
			struct person *p = &q->pers[free_i];
			if (!p->used || q->seq - p->seq > NPERS / 2)
				break;
			free_i = (free_i + 1) % NPERS;
		}
		q->clock = (free_i + 1) % NPERS;
		pid = free_i;
		struct person *p = &q->pers[pid];
		memset(p, 0, sizeof *p);
		p->used = 1;
		set_name(p, w, n);
	}
	touch(q, pid, title, tlen, gender);
	index_person(q, pid);
	return pid;
}

static int resolve_pronoun(struct nf_quotes *q, int gender)
{
	for (int k = 0; k < 8 && q->mru[k]; k++) {
		struct person *p = &q->pers[q->mru[k] - 1];
		if (p->used && (!p->gender || !gender || p->gender == gender))
			return q->mru[k] - 1;
	}
	int best = -1;
	for (int i = 0; i < NPERS; i++) {
		struct person *p = &q->pers[i];
		if (!p->used || (p->gender && gender && p->gender != gender))
			continue;
		if (best < 0 || p->seq > q->pers[best].seq)
			best = i;
	}
	return best;
}

/* "vice president", "former minister", "deputy mayor": not "the
 * president", "the minister" or "the mayor" of the story. */
static int lesser_title(const char *title, size_t k)
{
	static const char *const pre[] = { "vice ", "former ", "deputy ",
		"ex-", "assistant ", "acting ", NULL };
	for (int i = 0; pre[i]; i++) {
		size_t n = strlen(pre[i]);
		if (k >= n && !memcmp(title + k - n, pre[i], n))
			return 1;
	}
	return 0;
}

/* "the minister": the latest person whose title has that word. */
int nfq_resolve_role(struct nf_quotes *q, const char *w, size_t n,
	int gender)
{
	int best = -1, former = -1;
	for (int i = 0; i < NPERS; i++) {
		struct person *p = &q->pers[i];
		if (!p->used)
			continue;
		int ok = 0;
		if (gender && p->gender == gender && !p->tlen &&
			(n == 6 && (!memcmp(w, "father", 6) || !memcmp(w, "mother", 6))))
			ok = 1;
		for (size_t k = 0; ok != 1 && k + n <= p->tlen; k++)
			if ((k == 0 || p->title[k - 1] == ' ') &&
				(k + n == p->tlen || p->title[k + n] == ' ') &&
				memcmp(p->title + k, w, n) == 0)
				ok = !lesser_title(p->title, k) ? 1 :
					k >= 7 && !memcmp(p->title + k - 7, "former ", 7) ? 2 : ok;
		if (ok == 1 && (best < 0 || p->seq > q->pers[best].seq))
			best = i;
		if (ok == 2 && (former < 0 || p->seq > q->pers[former].seq))
			former = i;
	}
	/* "the governor" after "Former Gov. Jo Hart", when no one holds
	 * the office in the story */
	return best >= 0 ? best : former;
}

/* ---------- capitalised runs ---------- */


static int opens_sentence(const struct nf_quotes *q, int a);

static int is_namepart(const struct nf_quotes *q, int i)
{
	const struct tok *t = &q->tok[i];
	if (!nfq_word_ok(q, i))
		return 0;
	const char *tw = q->text + t->off;
	if (t->len > 2 && tw[0] == 'I' && (tw[1] == '\'' || (t->len > 4 &&
		!memcmp(tw + 1, "\xe2\x80\x99", 3))))
		return 0;    /* "I'm", "I've": the speaker himself, no name */
	/* "MORE than 3 000 workers downed tools": a sentence's first word
	 * in capitals that is a function word in lower case, before a word
	 * in lower case that is no verb of speech, is no name */
	if ((t->flags & TF_ALLCAPS) && t->len >= 3 && (size_t)i + 1 < q->ntok &&
		opens_sentence(q, i) && nfq_word_ok(q, i + 1) &&
		!(q->tok[i + 1].flags & TF_CAP) && !(TCLS(q, &q->tok[i + 1]) & QW_CUE)) {
		uint32_t c = nfq_word_class((struct nf_quotes *)q, tw, t->len, 0);
		if ((c & QW_STOP) && !(c & (QW_GROUP | QW_PRON_M | QW_PRON_F)))
			return 0;
	}
	if (t->flags & TF_CAP)
		return !(TCLS(q, t) & (QW_PRON_M | QW_PRON_F)) &&
			(TCLS(q, t) & (QW_GROUP | QW_STOP)) != (QW_GROUP | QW_STOP);
	if (i > 0 && (q->tok[i - 1].flags & TF_CAP) && nfq_word_ok(q, i - 1) &&
		t->len > 4) {
		const char *w = q->text + t->off;
		size_t h = (w[2] == '-') ? 3 : (w[3] == '-') ? 4 : 0;
		if (h && h < t->len && w[h] >= 'A' && w[h] <= 'Z' &&
			(TCLS(q, t) & QW_PARTICLE) == 0 && (!memcmp(w, "al-", 3) ||
			!memcmp(w, "el-", 3) || !memcmp(w, "ad-", 3) ||
			!memcmp(w, "bin-", 4) || !memcmp(w, "ibn-", 4)))
			return 1;
	}
	/* a particle between capitalised words, alone or with another
	 * ("Rafael de la Torre", "Maria van der Hoeven") */
	if (!(TCLS(q, t) & QW_PARTICLE))
		return 0;
	int p = i - 1, n = i + 1;
	if (p > 0 && nfq_word_ok(q, p) && !(q->tok[p].flags & TF_CAP) &&
		(TCLS(q, &q->tok[p]) & QW_PARTICLE))
		p--;
	if (nfq_word_ok(q, n) && !(q->tok[n].flags & TF_CAP) &&
		(TCLS(q, &q->tok[n]) & QW_PARTICLE))
		n++;
	return p >= 0 && nfq_word_ok(q, p) &&
		(q->tok[p].flags & TF_CAP) && nfq_word_ok(q, n) &&
		(q->tok[n].flags & TF_CAP) && n - p <= 3;
}

/* A title's abbreviation written out, so that "the senator" comes back
 * to "Sen. Tom Barker" and "the governor" to "Gov. Lisa Marr"
 * (nfq_resolve_role matches the title's words). */
static const char *title_abbr(const char *w, size_t *n)
{
	static const char *const abbr[][2] = { { "sen", "senator" },
		{ "gov", "governor" }, { "rep", "representative" },
		{ "lt", "lieutenant" }, { "atty", "attorney" },
		{ "sec", "secretary" }, { "pres", "president" },
		{ "prof", "professor" }, { "supt", "superintendent" },
		{ "insp", "inspector" }, { "det", "detective" },
		{ "sgt", "sergeant" }, { "capt", "captain" },
		{ "cmdr", "commander" }, { "col", "colonel" },
		{ "gen", "general" }, { "adm", "admiral" },
		{ "amb", "ambassador" }, { "cllr", "councillor" },
		{ "coun", "councillor" }, { "cr", "councillor" },
		{ "ald", "alderman" }, { "cst", "constable" },
		{ "msgr", "monsignor" }, { "commr", "commissioner" },
		{ "supv", "supervisor" }, { "pvt", "private" },
		{ "asm", "assemblymember" }, { "clr", "councillor" } };
	size_t m = *n && w[*n - 1] == '.' ? *n - 1 : *n;
	for (size_t i = 0; i < sizeof abbr / sizeof abbr[0]; i++)
		if (m == strlen(abbr[i][0]) && nfq_same_word_ci(w, abbr[i][0], m)) {
			*n = strlen(abbr[i][1]);
			return abbr[i][1];
		}
	return NULL;
}

/* Does token k go into a person's title: a title's word, not a
 * function word or an honorific ("Mr."), but an office written short
 * ("Sen.", "Gov.")? */
static int title_part(const struct nf_quotes *q, int k)
{
	size_t n = q->tok[k].len;
	uint32_t c = TCLS(q, &q->tok[k]);
	return !(c & QW_STOP) || (c & QW_ROLE) ||
		title_abbr(q->text + q->tok[k].off, &n) != NULL;
}

static void add_title(char *buf, size_t *bl, const char *w, size_t n)
{
	const char *full = title_abbr(w, &n);
	if (full)
		w = full;
	if (*bl + n + 1 >= TITLEMAX)
		return;
	if (*bl)
		buf[(*bl)++] = ' ';
	for (size_t k = 0; k < n; k++) {
		char c = w[k];
		buf[(*bl)++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
	}
}

/* The name of a run that names an organisation or a place, without a
 * leading "The" or a possessive 's: bytes of q->text. */
/* Is token i, opening a run that ends before b, a function word or a
 * day that is no part of the name ("The", "But", "Monday")? Not "WHO",
 * and not "New" before more of the name ("New York Times"). */
static int lead_word(const struct nf_quotes *q, int i, int b)
{
	return (TCLS(q, &q->tok[i]) & (QW_STOP | QW_TIME)) &&
		!(i + 1 < b && tok_is(q, i, "new"));
}

/* The name a run holds, without a leading "The" and a possessive's 's:
 * its length, and its first byte in *start (set whatever the length). */
size_t nfq_run_name(const struct nf_quotes *q, const struct run *r,
	size_t *start)
{
	int a = r->a, b = r->b;
	*start = q->tok[a].off;    /* set for an empty name too: callers add it */
	while (a < b && lead_word(q, a, b) && !(q->tok[a].flags & TF_ALLCAPS))
		a++;     /* "The", but not "WHO" */
	if (a >= b)
		return 0;
	size_t s = q->tok[a].off, e = q->tok[b - 1].off + q->tok[b - 1].len;
	if (q->tok[b - 1].flags & TF_POSS)
		e -= nfq_poss_len(q->text, e);
	*start = s;
	return e > s ? e - s : 0;
}

int nfq_same_word_ci(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char x = a[i], y = b[i];
		if (x >= 'A' && x <= 'Z')
			x = (char)(x + 32);
		if (y >= 'A' && y <= 'Z')
			y = (char)(y + 32);
		if (x != y)
			return 0;
	}
	return 1;
}

/* Does the name hold the word w (any case) as a whole word? first: only
 * as its first word. */
int nfq_name_has_word(const char *name, size_t len, const char *w,
	size_t n, int first)
{
	for (size_t k = 0; k + n <= len; k++) {
		if (k && name[k - 1] != ' ')
			continue;
		if ((k + n == len || name[k + n] == ' ') && nfq_same_word_ci(name + k, w, n))
			return 1;
		if (first)
			return 0;
	}
	return 0;
}

/* The entity type the tagger gives tokens a..b (a name the rules cannot
 * place), or -1: it reads a few words either side, and only where a
 * quotation mark is near, so its cost stays a small part of the run. */
#define TAG_NEAR 30
#define TAG_SIDE 6
static int tag_run(struct nf_quotes *q, int a, int b, int *split)
{
	int near = 0;
	for (int i = a - TAG_NEAR > 0 ? a - TAG_NEAR : 0;
		!near && (size_t)i < q->ntok && i < b + TAG_NEAR; i++)
		near = q->tok[i].type == T_MARK && q->tok[i].quote >= 0;
	if (!near)
		return -1;
	/* a document names the same few people and bodies again and again:
	 * the type given to a name is kept for the document */
	uint32_t h = hash_bytes(q->text + q->tok[a].off, q->tok[b - 1].off +
		q->tok[b - 1].len - q->tok[a].off) | 1;
	struct tcache *c = &q->tcache[h & (NTCACHE - 1)];
	if (c->h == h) {
		*split = c->split;
		return c->type;
	}
	c->h = h;
	c->type = (int8_t)tag_window(q, a, b, split);
	c->split = (int8_t)(*split < 127 ? *split : 0);
	return c->type;
}

/* The entity type the tagger gives the run a..b in a window of a few
 * tokens each side (-1 for none); *split is the number of tokens before
 * a person's name that ends the run after another entity inside it
 * ("Amnesty International Man-Kei Tam": 2), else 0. */
static int tag_window(struct nf_quotes *q, int a, int b, int *split)
{
	int wa = a - TAG_SIDE > 0 ? a - TAG_SIDE : 0;
	int wb = (size_t)(b + TAG_SIDE) < q->ntok ? b + TAG_SIDE : (int)q->ntok;
	while (wa < a && q->tok[wa].type == T_PARA)
		wa++;
	for (int i = wa; i < a; i++)
		if (q->tok[i].type == T_PARA)
			wa = i + 1;     /* not over a paragraph end */
	for (int i = b; i < wb; i++)
		if (q->tok[i].type == T_PARA)
			wb = i;
	size_t s = q->tok[wa].off, e = q->tok[wb - 1].off + q->tok[wb - 1].len;
	size_t as = q->tok[a].off, ae = q->tok[b - 1].off + q->tok[b - 1].len;
	const struct nf_entity *ents;
	const struct nf_token *toks;
	size_t nt, ne = nf_tagger_run(q->tg, q->text + s, e - s, &ents, &toks, &nt);
	q->tagged += e - s;
	size_t best = 0;
	int type = -1;
	*split = 0;
	for (size_t i = 0; i < ne; i++) {
		size_t es = s + ents[i].start, ee = s + ents[i].end;
		if (es < as || ee >= ae || ents[i].type == NF_ENT_PER)
			continue;
		/* what follows the organisation inside the run: a person the
		 * tagger names, or two words or more of no organisation or
		 * place ("Refugee Council Enver Solomon") */
		int after = i + 1 < ne && s + ents[i + 1].start < ae;
		if (after && !(ents[i + 1].type == NF_ENT_PER && s + ents[i + 1].end == ae))
			continue;
		int k = a + 1;
		while (k < b && q->tok[k].off < ee)
			k++;
		if (k < b && !after)
			for (int x = k; x < b; x++)
				if (TCLS(q, &q->tok[x]) & (QW_ORG | QW_PLACE | QW_STOP))
					k = b;
		if (k < b)
			*split = k - a;
	}
	for (size_t i = 0; i < ne; i++) {
		size_t es = s + ents[i].start, ee = s + ents[i].end;
		size_t ov = (ee < ae ? ee : ae) > (es > as ? es : as) ?
			(ee < ae ? ee : ae) - (es > as ? es : as) : 0;
		if (ov > best)
			best = ov, type = ents[i].type;
	}
	return best * 2 >= ae - as ? type : -1;
}

/* Look at the run of capitalised words starting at token a; register the
 * person it names. Returns the token after the run. */
/* The titles of the run a..b, before it ("coach Matt Myers", "president
 * X") and inside it ("Foreign Minister Dmytro Kuleba"), into title[0..*tl)
 * in lower case, with the sex they tell; returns the run's first token
 * after its titles. */
/* A trade or a position written before a name in lower case ("forward
 * Lionel Messi", "pollster Hal Petrakis"): inside a capitalised run it
 * is part of a name ("Keystone Forward Action"), no title. */
static int trade_title(const struct nf_quotes *q, int i)
{
	static const char *const trades[] = { "forward", "striker",
		"midfielder", "defender", "goalkeeper", "winger", "fullback",
		"player", "driver", "rider", "runner", "athlete", "champion",
		"host", "anchor", "presenter", "correspondent", "commentator",
		"columnist", "broadcaster", "podcaster", "pundit", "strategist",
		"pollster", "analyst", "economist", "scientist", "researcher",
		"author", "reporter", "journalist", "editor", "activist", NULL };
	return nfq_word_in_ci(q, i, trades);
}

/* Words that modify an office ("the former governor"), no office
 * themselves. */
static const char *const office_mods[] = { "former", "acting", "interim",
	"outgoing", "incoming", "senior", NULL };

/* The end of run a..b without the letters of a seat in a legislature
 * or of counsel after a name ("Euan Strachan MSP", "Mary Byrne TD",
 * "Priya Nair KC": after two words that are no title, place or body's,
 * and that the tagger, near a quotation, reads as a person's; not
 * "Liberal Democrat MP", nor "Acme Holdings CEO"), else b. */
static int post_nominal(struct nf_quotes *q, int a, int b)
{
	static const char *const letters[] = { "mp", "msp", "mla", "mpp", "mha",
		"mna", "td", "mep", "qc", "kc", NULL };
	int e = b;
	if (b - a < 3 || !(q->tok[b - 1].flags & TF_ALLCAPS))
		return b;
	if (a > 0 && nfq_word_ok(q, a - 1) && (TCLS(q, &q->tok[a - 1]) & QW_DET))
		return b;     /* "a Sinn Féin TD": a party's member */
	while (e - a >= 3 && (q->tok[e - 1].flags & TF_ALLCAPS) &&
		nfq_word_in_ci(q, e - 1, letters) &&
		!(q->tok[a].flags & (TF_ALLCAPS | TF_POSS)) &&
		!((TCLS(q, &q->tok[a]) | TCLS(q, &q->tok[a + 1])) & (QW_TITLE | QW_PLACE | QW_ORG)))
		e--;
	int sp;
	if (e < b && q->tg && tag_run(q, a, e, &sp) >= 0 && tag_run(q, a, e, &sp) != NF_ENT_PER)
		return b;
	return e;
}

static int run_titles(struct nf_quotes *q, int a, int b, char *title,
	size_t *tl, int *gender, int *titled)
{
	b = post_nominal(q, a, b);    /* (no title before the name) */
	/* lower-case titles just before: "coach Matt Myers", "president X" */
	for (int i = a - 1; i >= 0 && i >= a - 3; i--) {
		if (!nfq_word_ok(q, i) || (q->tok[i].flags & TF_CAP) ||
			!(TCLS(q, &q->tok[i]) & QW_TITLE))
			break;
		*titled = 1;
	}
	if (!*titled && a >= 2 && tok_is(q, a - 1, "of") && b - a >= 2 &&
		(TCLS(q, &q->tok[a]) & QW_PLACE) && q->tok[a - 2].run >= 0 &&
		q->runs[q->tok[a - 2].run].kind == R_ROLE) {
		const struct run *pr = &q->runs[q->tok[a - 2].run];
		for (int k = pr->a; k < pr->b; k++)
			if (title_part(q, k))
				add_title(title, tl, q->text + q->tok[k].off,
					q->tok[k].len);
		*titled = 1;
	}
	if (*titled && !*tl) {
		int i = a - 1;
		while (i >= 0 && i >= a - 3 && nfq_word_ok(q, i) &&
			!(q->tok[i].flags & TF_CAP) && (TCLS(q, &q->tok[i]) & QW_TITLE))
			i--;
		/* "Former Ohio governor Dutch Calloway": an office's
		 * modifier before a place before the title */
		if (i >= 1 && i < a - 1 && nfq_word_ok(q, i) && (TCLS(q, &q->tok[i]) & QW_PLACE) &&
			nfq_word_ok(q, i - 1) && nfq_word_in_ci(q, i - 1, office_mods))
			i -= 2;
		for (int k = i + 1; k < a; k++) {
			if ((TCLS(q, &q->tok[k]) & QW_PLACE) && !(TCLS(q, &q->tok[k]) & QW_TITLE))
				continue;
			add_title(title, tl, q->text + q->tok[k].off, q->tok[k].len);
			if (TCLS(q, &q->tok[k]) & QW_MALE)
				*gender = 1;
			if (TCLS(q, &q->tok[k]) & QW_FEMALE)
				*gender = 2;
		}
	}
	/* the last title word in the run; but a title word ending a run
	 * whose first first name has no other after it is a surname
	 * ("Stephen King", "Mike Judge", and "Treasurer Wade Bishop"
	 * with an office our lists lack before the name) */
	int f = a;
	while (f + 2 < b && !((TCLS(q, &q->tok[f]) & QW_ANYFIRST) &&
		!(TCLS(q, &q->tok[f]) & QW_TITLE)))
		f++;
	int lt = -1, surname = b - f >= 2 && (TCLS(q, &q->tok[f]) & QW_ANYFIRST) &&
		!(TCLS(q, &q->tok[f]) & QW_TITLE);
	for (int i = f + 1; i + 1 < b && surname; i++)
		if (TCLS(q, &q->tok[i]) & QW_TITLE)
			surname = 0;
	for (int i = a; i < b - surname; i++) {
		uint32_t c = TCLS(q, &q->tok[i]);
		/* a title that is a first name too is the name when no
		 * title stands beside it, unless a first name follows:
		 * "District Judge Celia Okonkwo-Hart" */
		if ((c & QW_TITLE) && !(c & QW_ANYFIRST && i + 1 < b &&
			!(TCLS(q, &q->tok[i + 1]) & (QW_TITLE | QW_ANYFIRST)) && i > a &&
			!(TCLS(q, &q->tok[i - 1]) & QW_TITLE)) && !(i > a && trade_title(q, i)))
			lt = i;
	}
	int na = a;
	if (lt >= 0) {
		int ft = lt;
		/* (with an office's modifiers: "Former President Barack
		 * Obama", for "the former president" later) */
		/* (past a place between: "Former Ohio Gov. Dutch Calloway",
		 * for "the former Ohio governor"; the place itself is no
		 * word of the title) */
		while (ft > a && ((TCLS(q, &q->tok[ft - 1]) & QW_TITLE) ||
			nfq_word_in_ci(q, ft - 1, office_mods) ||
			((TCLS(q, &q->tok[ft - 1]) & QW_PLACE) && ft - 2 >= a &&
			((TCLS(q, &q->tok[ft - 2]) & QW_TITLE) ||
			nfq_word_in_ci(q, ft - 2, office_mods)))))
			ft--;
		for (int k = ft; k <= lt; k++) {
			if ((TCLS(q, &q->tok[k]) & QW_PLACE) && !(TCLS(q, &q->tok[k]) & QW_TITLE))
				continue;
			if (title_part(q, k) || nfq_word_in_ci(q, k, office_mods))
				add_title(title, tl, q->text + q->tok[k].off,
					q->tok[k].len);
			if (TCLS(q, &q->tok[k]) & QW_MALE)
				*gender = 1;
			if (TCLS(q, &q->tok[k]) & QW_FEMALE)
				*gender = 2;
		}
		na = lt + 1;
		*titled = 1;
	}
	return na;
}

/* Are the lower-case title words just before token a only words that
 * modify an office ("former", "acting"), no office itself? Then a place
 * after them is no person titled: "the former Indiana governor". */
static int modifier_titles(const struct nf_quotes *q, int a)
{
	int any = 0;
	for (int i = a - 1; i >= 0 && i >= a - 3 && nfq_word_ok(q, i) &&
		!(q->tok[i].flags & TF_CAP) && (TCLS(q, &q->tok[i]) & QW_TITLE); i--) {
		if (!nfq_word_in(q, i, office_mods))
			return 0;
		any = 1;
	}
	return any;
}

/* Is token i the possessive of a people's plural inside a name, before
 * another capitalised word ("People's Progressive Alliance", "Workers'
 * Party", "Women's Aid", "Children's Hospital"), where a possessive
 * ends no run? */
static int collective_poss(const struct nf_quotes *q, int i)
{
	static const char *const plurals[] = { "people", "women", "men",
		"children", "workers", "citizens", "farmers", "teachers",
		"veterans", "nurses", "doctors", "employers", "traders", "students",
		"miners", "consumers", "taxpayers", "pensioners", "peasants",
		"writers", "lawyers", "physicians", "parents", "journalists",
		"nations", "soldiers", "fishermen", "seafarers", NULL };
	const struct tok *t = &q->tok[i];
	if (!(t->flags & TF_CAP) || !nfq_word_ok(q, i + 1) ||
		!(q->tok[i + 1].flags & TF_CAP))
		return 0;
	char w[16];    /* without its "'s" or bare "'" (klen) */
	if (t->klen >= sizeof w)
		return 0;
	nfq_lower_copy(w, q->text + t->off, t->klen);
	w[t->klen] = 0;
	for (int k = 0; plurals[k]; k++)
		if (!strcmp(w, plurals[k]))
			return 1;
	return 0;
}

static int namepart_end(const struct nf_quotes *q, int b)
{
	int a = b;
	for (;;) {
		/* "Ward 10 Coun. Harpreet Dhaliwal", "District 3 Supervisor
		 * Ana Ruiz": a district's number before an office's title */
		int num = b > a && (size_t)b + 1 < q->ntok && (q->tok[b].flags & TF_DIGIT) &&
			q->tok[b].len <= 3 && nfq_word_ok(q, b) && q->text[q->tok[b].off] >= '0' &&
			q->text[q->tok[b].off] <= '9' && (q->tok[b + 1].flags & TF_CAP) &&
			(TCLS(q, &q->tok[b + 1]) & QW_TITLE);
		b += num;
		if ((size_t)b >= q->ntok || !is_namepart(q, b)) {
			b -= num;
			break;
		}
		b++;
		if ((q->tok[b - 1].flags & TF_POSS) && !collective_poss(q, b - 1))
			break;
	}
	return b;
}

static int has_org_word(struct nf_quotes *q, int a, int b)
{
	for (int i = a; i < b; i++)
		if (TCLS(q, &q->tok[i]) & QW_ORG)
			return 1;
	return 0;
}

/* Is token i an ordinal in figures ("9th", "11th", "2nd")? */
static int ordinal_at(const struct nf_quotes *q, int i)
{
	const struct tok *t = &q->tok[i];
	const char *w = q->text + t->off;
	if (!nfq_word_ok(q, i) || t->len < 3 || t->len > 5 || w[0] < '1' || w[0] > '9')
		return 0;
	const char *e = w + t->len - 2;
	return !memcmp(e, "st", 2) || !memcmp(e, "nd", 2) || !memcmp(e, "rd", 2) ||
		!memcmp(e, "th", 2);
}

/* From the comma at c, a list's other items in capitals, none a name of
 * its own (two words or more with an organisation's noun), then "and"
 * and its last item ("…, Food and Rural Affairs"): where the last item
 * ends, or -1. */
static int list_in_name(struct nf_quotes *q, int c)
{
	for (int items = 0; items < 4; items++) {
		int n = c + 1, last = 0;
		if ((size_t)n < q->ntok && tok_is(q, n, "and"))
			n++, last = 1;    /* ", and Sport" */
		if ((size_t)n + 1 < q->ntok && tok_is(q, n, "the") &&
			!(q->tok[n].flags & TF_CAP) && (q->tok[n + 1].flags & TF_CAP))
			n++;    /* "Climate Change, Energy, the Environment and Water" */
		if ((size_t)n >= q->ntok || !nfq_word_ok(q, n) || !(q->tok[n].flags & TF_CAP) ||
			(TCLS(q, &q->tok[n]) & (QW_STOP | QW_PRON_M | QW_PRON_F)))
			return -1;
		int e = namepart_end(q, n);
		if (e - n > 3 || (e - n > 1 && has_org_word(q, n, e)))
			return -1;    /* (not "…, Foreign Office and …") */
		if (last)
			return e;    /* ", and Sport": the last */
		if ((size_t)e + 1 < q->ntok && tok_is(q, e, "and")) {
			int f = e + 1;
			if (!nfq_word_ok(q, f) || !(q->tok[f].flags & TF_CAP))
				return -1;
			int g = namepart_end(q, f);
			return g - f <= 3 ? g : -1;
		}
		if ((size_t)e >= q->ntok || q->tok[e].type != T_PUNCT || q->tok[e].ch != ',')
			return -1;
		c = e;
	}
	return -1;
}

/* An organisation's name goes on over "of", "for", "on", "and" and a
 * possessive where the words before hold an organisation noun:
 * "Department of Health and Social Care", "Commission on Presidential
 * Debates", "Alachua Sheriff's Office", "Food and Drug Administration".
 * Without this the last part ("Social Care") stands alone and is taken
 * for the source. The run's end. */
static int org_run_end(struct nf_quotes *q, int a, int b)
{
	int org = has_org_word(q, a, b), of = 0;
	/* (capitalised after a plural's apostrophe, a group's name: the
	 * organisations' nouns, and these the lexicon lacks) */
	static const char *const groups[] = { "forum", "guild", "collective",
		NULL };
	while (b > a && (size_t)b + 1 < q->ntok && b - a < 14) {
		const struct tok *l = &q->tok[b - 1];
		/* "National Farmers' Union", "Mamelodi East Concerned
		 * Residents’ Forum": a plural's apostrophe that closes no
		 * quotation, then an organisation's noun */
		const struct tok *m = &q->tok[b];
		if (m->type == T_MARK && m->fam == F_SINGLE && m->quote < 0 &&
			l->type == T_WORD && m->off == l->off + l->len && l->len > 2 &&
			q->text[l->off + l->len - 1] == 's' && (q->tok[b + 1].flags & TF_CAP) &&
			nfq_word_ok(q, b + 1) && ((TCLS(q, &q->tok[b + 1]) & QW_ORG) ||
			nfq_word_in_ci(q, b + 1, groups))) {
			b = namepart_end(q, b + 1);
			org = 1;
			continue;
		}
		if (l->flags & TF_POSS) {
			/* "Sheriff's Office", "Children's Hospital" */
			if (!(q->tok[b].flags & TF_CAP) || !nfq_word_ok(q, b) ||
				!(TCLS(q, &q->tok[b]) & QW_ORG))
				break;
			b = namepart_end(q, b);
			org = 1;
			continue;
		}
		/* "Department for Environment, Food and Rural Affairs",
		 * "Ministry of Housing, Communities and Local Government": a
		 * list in the "of" phrase, commas, then "and" */
		if (of && q->tok[b].type == T_PUNCT && q->tok[b].ch == ',') {
			int e = list_in_name(q, b);
			if (e < 0)
				break;
			b = e;
			continue;
		}
		int c = b, n = b + 1;
		/* "US Court of Appeals for the 9th Circuit", "Ministry for
		 * the Environment", "University of the West Indies": "for
		 * the" or "of the" in an organisation's name, then a
		 * capitalised word or an ordinal and one */
		if (org && (size_t)n + 1 < q->ntok && (tok_is(q, c, "for") || tok_is(q, c, "of")) &&
			tok_is(q, n, "the")) {
			int w = ordinal_at(q, n + 1) ? n + 2 : n + 1;
			if ((size_t)w < q->ntok && (q->tok[w].flags & TF_CAP) && nfq_word_ok(q, w) &&
				!(TCLS(q, &q->tok[w]) & (QW_STOP | QW_PRON_M | QW_PRON_F))) {
				b = namepart_end(q, w);
				of = 1;
				continue;
			}
		}
		/* (a day or a month is no part of it: "Minister for Water
		 * Resources Mian Tariq Shahzad on Tuesday said") */
		if (!nfq_word_ok(q, c) || !nfq_word_ok(q, n) ||
			!(q->tok[n].flags & TF_CAP) ||
			(TCLS(q, &q->tok[n]) & (QW_STOP | QW_PRON_M | QW_PRON_F | QW_TIME)))
			break;
		int e = namepart_end(q, n);
		/* "Americans for Prosperity", "Citizens for Clean
		 * Campaigns", "Moms for Liberty": a plural people's word and
		 * "for" make a group's name */
		if (!org && b == a + 1 && tok_is(q, c, "for") && l->len > 3 &&
			q->text[l->off + l->len - 1] == 's' && !(TCLS(q, l) & QW_STOP))
			org = 1;
		if (tok_is(q, c, "of") || tok_is(q, c, "for") || tok_is(q, c, "on")) {
			if (!org)
				break;
			of = 1;
		} else if (tok_is(q, c, "and") || tok_is(q, c, "&")) {
			/* "and" inside an "of" phrase, or one word and then a
			 * name that ends in an organisation noun: not "Google
			 * and Facebook", "Ford and General Motors" */
			/* (up to three words before "and", past "The", none
			 * an organisation's: "The U.S. Chemical Safety and
			 * Hazard Investigation Board", "The Securities and
			 * Exchange Commission") */
			int w1 = b - a - ((TCLS(q, &q->tok[a]) & QW_STOP) != 0);
			if (!of && !(w1 >= 1 && (w1 == 1 || (w1 <= 3 && !org)) &&
				e - n >= 2 && (TCLS(q, &q->tok[e - 1]) & QW_ORG)))
				break;
			org = 1;
		} else {
			break;
		}
		b = e;
	}
	return b;
}

/* Is token k, capitalised, a noun of a person's trade in lower case
 * ("Hairdresser", "Scaffolder", "Pensioner", "Nurse"): a person's noun,
 * or a word in -er, -or or -ist that is no first name, place or body? */
static int trade_word(struct nf_quotes *q, int k)
{
	const struct tok *t = &q->tok[k];
	const char *w = q->text + t->off;
	if (!nfq_word_ok(q, k) || t->len < 5 || (t->flags & (TF_ALLCAPS | TF_POSS)) ||
		(TCLS(q, t) & (QW_ANYFIRST | QW_PLACE | QW_ORG | QW_STOP)))
		return 0;
	char low[32];
	if (t->len >= sizeof low)
		return 0;
	for (size_t i = 0; i < t->len; i++)
		low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
	uint32_t c = nfq_word_class(q, low, t->len, 0);
	if (c & (QW_ROLE | QW_TITLE))
		return 1;
	return (!memcmp(low + t->len - 2, "er", 2) || !memcmp(low + t->len - 2, "or", 2) ||
		!memcmp(low + t->len - 3, "ist", 3)) && !(c & (QW_ANYFIRST | QW_PLACE));
}

/* Does token a open a sentence, a paragraph or a quotation? */
static int opens_sentence(const struct nf_quotes *q, int a)
{
	return a == 0 || q->tok[a - 1].type == T_PARA || q->tok[a - 1].type == T_MARK ||
		(q->tok[a - 1].type == T_PUNCT && (q->tok[a - 1].ch == '.' ||
		q->tok[a - 1].ch == '!' || q->tok[a - 1].ch == '?'));
}

/* "June Calloway", "April Ruiz": a month's name that is a first name
 * too, opening the run (no "in" or "since" before it) before a surname
 * that is no time's word, is the first name. */
static int month_first_name(const struct nf_quotes *q, int i, int b)
{
	static const char *const times_before[] = { "in", "on", "since", "until",
		"by", "from", "last", "next", "early", "late", "mid", "of", "through",
		"during", "before", "after", "till", NULL };
	uint32_t c = TCLS(q, &q->tok[i]);
	if (!(c & QW_TIME) || !(c & QW_ANYFIRST) || i + 1 >= b ||
		(q->tok[i].flags & TF_ALLCAPS) || !nfq_word_ok(q, i + 1) ||
		(TCLS(q, &q->tok[i + 1]) & (QW_TIME | QW_STOP | QW_THING)) ||
		(q->tok[i + 1].flags & TF_DIGIT))
		return 0;
	return !(i > 0 && nfq_word_ok(q, i - 1) && nfq_word_in_ci(q, i - 1, times_before));
}

/* The name inside the run a..b, past its titles and the words that are
 * no part of it: sets *na..*nb, the titles (title, *tl) and the sex they
 * tell, and whether a title stood before or in it. */
static void run_name_span(struct nf_quotes *q, int a, int b, char *title,
	size_t *tlp, int *genderp, int *titledp, int *nap, int *nbp)
{
	size_t tl = 0;
	int gender = 0, titled = 0;
	int na = run_titles(q, a, b, title, &tl, &gender, &titled);
	/* "a senior US researcher", "a former Israeli minister": a
	 * country, its people or an acronym after a title modifies the
	 * noun of a person after it; it names no one */
	if (titled && na == a && b == a + 1 && ((q->tok[a].flags & TF_ALLCAPS) ||
		nf_qlex_country_of(q->text + q->tok[a].off, q->tok[a].len)) &&
		(size_t)b < q->ntok && nfq_word_ok(q, b) &&
		!(q->tok[b].flags & TF_CAP) && (TCLS(q, &q->tok[b]) & (QW_TITLE | QW_ROLE))) {
		titled = 0;
		tl = 0;
		gender = 0;
	}
	/* "Department of Health (and Social Care)", "State Department": a
	 * title word inside an organisation's name, with no name after it,
	 * is part of the name, not a role */
	if (titled && na > a && has_org_word(q, a, b) && (na >= b ||
		!(q->tok[na].flags & TF_CAP))) {
		na = a;
		titled = 0;
		tl = 0;
	}
	/* leading function words, places, days, an age ("Thirteen-year-old
	 * Bennett") */
	while (na < b && (lead_word(q, na, b) || nfq_age_word(q, na) ||
		((TCLS(q, &q->tok[na]) & QW_PLACE) && !(TCLS(q, &q->tok[na]) & QW_ANYFIRST) &&
		na + 1 < b)) && !month_first_name(q, na, b))
		na++;
	/* "Opposition Spokesman on National Security Fitz-Albert
	 * Grizzle": a role's domain after "on", "for" or "of" opens the
	 * run, and the name, which no first name of our lists may open, is
	 * the two or three words after the domain's last organisation
	 * word (before the first name's search: "Federal Minister for
	 * Water Resources Mian Tariq Shahzad") */
	int domain = 0;
	if (na == a && a >= 2 && q->tok[a - 2].run >= 0 &&
		q->runs[q->tok[a - 2].run].kind == R_ROLE && (tok_is(q, a - 1, "on") ||
		tok_is(q, a - 1, "for") || tok_is(q, a - 1, "of"))) {
		int last = -1;
		for (int i = a; i < b; i++)
			if (TCLS(q, &q->tok[i]) & QW_ORG)
				last = i;
		int ok = last >= 0 && b - last - 1 >= 2 && b - last - 1 <= 3;
		for (int i = last + 1; ok && i < b; i++)
			if (!nfq_word_ok(q, i) || (TCLS(q, &q->tok[i]) & (QW_ORG | QW_PLACE)) ||
				((q->tok[i].flags & TF_POSS) && i + 1 < b))
				ok = 0;
		if (ok) {
			na = last + 1;
			titled = 1;
			domain = 1;
		}
	}
	/* "United Nations Nikki Haley": start at the first name (not
	 * one past the list in an organisation's name: "Department for
	 * Education, Children and Young People", list_in_name) */
	for (int i = na + 1; !domain && i + 1 < b && !(q->tok[i - 1].type == T_PUNCT &&
		q->tok[i - 1].ch == ','); i++)
		if ((TCLS(q, &q->tok[i]) & QW_ANYFIRST) &&
			!(TCLS(q, &q->tok[i - 1]) & (QW_ANYFIRST | QW_PARTICLE)) &&
			!(q->tok[i - 1].flags & TF_INITIAL) &&
			!(TCLS(q, &q->tok[i]) & QW_PLACE)) {
			na = i;
			break;
		}
	/* "Jailing Keeley for four years, Judge Alison Trent said",
	 * "Sentencing Marsh, …": a verb in -ing that opens the sentence is
	 * no first name */
	if (na == a && b - a >= 2 && opens_sentence(q, a) && q->tok[a].len >= 6 && nfq_word_ok(q, a) &&
		!memcmp(q->text + q->tok[a].off + q->tok[a].len - 3, "ing", 3) &&
		!(TCLS(q, &q->tok[a]) & (QW_ANYFIRST | QW_PLACE | QW_ORG | QW_THING)) &&
		!(q->tok[a].flags & (TF_ALLCAPS | TF_POSS)))
		na = a + 1;
	/* "Hairdresser Kerry told The Sun", "Scaffolder Lee said": a
	 * trade's noun opening the sentence before a first name alone is
	 * the tabloids' title, not a name */
	if (na == a && b == a + 2 && opens_sentence(q, a) &&
		trade_word(q, a) && (TCLS(q, &q->tok[a + 1]) & QW_ANYFIRST) &&
		!(TCLS(q, &q->tok[a + 1]) & QW_PLACE))
		na = a + 1;
	/* "on Twitter West accused": a known person's surname after words
	 * that are no first name; but a first name our lists lack is
	 * another person of that surname ("Suneel Singh" after "Arvind
	 * Singh"), when the tagger reads the two words as one person */
	int sp = 0, lp;
	if (b - na == 2 && !(TCLS(q, &q->tok[na]) & (QW_ANYFIRST | QW_TITLE)) &&
		!(q->tok[na].flags & (TF_INITIAL | TF_POSS)) && !(q->tok[b - 1].flags & TF_POSS) &&
		(lp = find_last(q, q->text + q->tok[b - 1].off, q->tok[b - 1].len)) >= 0 &&
		!(TCLS(q, &q->tok[b - 1]) & (QW_ORG | QW_PLACE)) &&
		!(q->tok[na].len > 2 && !nfq_name_has_word(q->pers[lp].name, q->pers[lp].len,
		q->text + q->tok[na].off, q->tok[na].len, 0) && q->tg &&
		tag_run(q, na, b, &sp) == NF_ENT_PER && !sp))
		na = b - 1;
	int nb = b;
	while (nb > na && (TCLS(q, &q->tok[nb - 1]) & QW_PARTICLE) &&
		!(q->tok[nb - 1].flags & TF_CAP))
		nb--;
	/* "Euan Strachan MSP", "Mary Byrne TD": an office's letters after
	 * the name (a title in capitals) are not the name */
	nb = post_nominal(q, na, nb);
	if (na >= nb && b - a == 1 && !(q->tok[a].flags & TF_POSS) &&
		find_last(q, q->text + q->tok[a].off, q->tok[a].len) >= 0) {
		/* "King said" after "Stephen King": the surname, no title */
		na = a;
		titled = 0;
		tl = 0;
		gender = 0;
	}
	*tlp = tl;
	*genderp = gender;
	*titledp = titled;
	*nap = na;
	*nbp = nb;
}

/* Is token k an age written as a noun or adjective ("27-year-old",
 * "40-year-olds")? */
int nfq_age_word(const struct nf_quotes *q, int k)
{
	const struct tok *t = &q->tok[k];
	const char *w = q->text + t->off;
	size_t n = t->len;
	if (n > 10 && w[n - 1] == 's')
		n--;
	if (!nfq_word_ok(q, k) || n < 10 || memcmp(w + n - 9, "-year-old", 9))
		return 0;
	if ((t->flags & TF_DIGIT) && w[0] >= '0' && w[0] <= '9')
		return 1;
	/* spelled out: "Thirteen-year-old", "twenty-five-year-old" */
	for (size_t i = 0; i < n - 9; i++)
		if (!((w[i] >= 'a' && w[i] <= 'z') || (w[i] >= 'A' && w[i] <= 'Z') ||
			w[i] == '-'))
			return 0;
	return n >= 12;    /* "two-year-old" */
}

static void desc_add(struct person *p, const char *w, size_t n)
{
	if (n == 0 || n >= DESCMAX || p->dlen + n + 1 > DESCMAX)
		return;
	if (p->dlen)
		p->desc[p->dlen++] = ' ';
	nfq_lower_copy(p->desc + p->dlen, w, n);
	p->dlen = (uint8_t)(p->dlen + n);
}

/* Kin nouns: of an apposition before a name ("his son, Trey Castle,",
 * "Calder's husband, Jim Calder,"), kept in the person's description. */
static const char *const kin_nouns[] = { "son", "daughter", "father",
	"mother", "wife", "husband", "brother", "sister", NULL };

/* The person the story named as the kin (a word of kin_nouns) of one
 * whose surname is w[0..n) ("Whitacre's wife" after "Joanne Whitacre,
 * the senator's wife," or "his wife, Joanne Whitacre,"), or -1. */
int nfq_kin_of(struct nf_quotes *q, const char *w, size_t n, const char *kin,
	size_t kn)
{
	int best = -1;
	for (int i = 0; i < NPERS; i++) {
		const struct person *p = &q->pers[i];
		if (!has_last(p, w, n) || !nfq_name_has_word(p->desc, p->dlen, kin, kn, 0))
			continue;
		if (best < 0 || p->seq > q->pers[best].seq)
			best = i;
	}
	return best;
}

/* Is token k a kin noun ("wife", "son")? */
int nfq_kin_word(const struct nf_quotes *q, int k)
{
	return nfq_word_in(q, k, kin_nouns);
}

/* The kin noun (index + 1) of "his son, " or "X's wife, " right before
 * token a, else 0. */
static int kin_before(const struct nf_quotes *q, int a)
{
	/* with its comma or without ("Calloway's son Wes Calloway") */
	int c = a >= 1 && q->tok[a - 1].type == T_PUNCT && q->tok[a - 1].ch == ',';
	if (a < 2 + c || !nfq_word_ok(q, a - 1 - c))
		return 0;
	const struct tok *p = &q->tok[a - 2 - c];
	if (!(p->type == T_WORD && ((p->flags & TF_POSS) || tok_is(q, a - 2 - c, "his") ||
		tok_is(q, a - 2 - c, "her") || tok_is(q, a - 2 - c, "their"))))
		return 0;
	for (int k = 0; kin_nouns[k]; k++)
		if (nfq_tok_is_n(q, a - 1 - c, kin_nouns[k], strlen(kin_nouns[k])))
			return k + 1;
	return 0;
}

/* "Curtis Penny, 41, is the son of Walter Penny", "Wes Calloway, the son
 * of …": the kin noun (index + 1) that the name ending at token b is,
 * else 0. */
static int kin_after(const struct nf_quotes *q, int b)
{
	int k = b;
	if ((size_t)k + 1 < q->ntok && q->tok[k].type == T_PUNCT && q->tok[k].ch == ',')
		k++;
	if ((size_t)k < q->ntok && (tok_is(q, k, "is") || tok_is(q, k, "was")))
		k++;
	if ((size_t)k + 2 >= q->ntok || k == b || !tok_is(q, k, "the") ||
		!tok_is(q, k + 2, "of"))
		return 0;
	for (int n = 0; kin_nouns[n]; n++)
		if (nfq_tok_is_n(q, k + 1, kin_nouns[n], strlen(kin_nouns[n])))
			return n + 1;
	return 0;
}

/* The age an apposition gave person p ("66-year-old" in its
 * description), or -1. */
static int desc_age(const struct person *p)
{
	for (size_t i = 0; i + 9 <= p->dlen; i++)
		if (!memcmp(p->desc + i, "-year-old", 9)) {
			size_t s = i;
			while (s > 0 && p->desc[s - 1] >= '0' && p->desc[s - 1] <= '9')
				s--;
			if (s == i || i - s > 3)
				return -1;
			int age = 0;
			for (size_t j = s; j < i; j++)
				age = age * 10 + (p->desc[j] - '0');
			return age;
		}
	return -1;
}

/* "the elder Castle" 1, "the younger Castle" 2, right before token a;
 * else 0. */
static int elder_before(const struct nf_quotes *q, int a)
{
	if (a < 1 || !nfq_word_ok(q, a - 1))
		return 0;
	return tok_is(q, a - 1, "elder") ? 1 : tok_is(q, a - 1, "younger") ? 2 : 0;
}

/* Of the persons with the surname w[0..n), the younger is a son or a
 * daughter by an apposition, the elder the other one (or a father, a
 * mother): -1 when that does not tell them apart. */
static int elder_younger(struct nf_quotes *q, const char *w, size_t n, int age)
{
	int child = -1, other = -1, nsame = 0;
	for (int i = 0; i < NPERS; i++) {
		const struct person *p = &q->pers[i];
		if (!has_last(p, w, n) || p->last == 0)
			continue;
		nsame++;
		if (is_child(p))
			child = child < 0 ? i : -2;
		else
			other = other < 0 ? i : -2;
	}
	if (nsame == 2 && (child < 0 || other < 0)) {
		/* no son nor daughter said: their ages, when both given
		 * ("Calloway, 66," and "Wes Calloway, 34,") */
		int x = -1, y = -1;
		for (int i = 0; i < NPERS; i++)
			if (has_last(&q->pers[i], w, n) && q->pers[i].last != 0) {
				if (x < 0)
					x = i;
				else
					y = i;
			}
		int ax = x >= 0 ? desc_age(&q->pers[x]) : -1;
		int ay = y >= 0 ? desc_age(&q->pers[y]) : -1;
		if (ax > 0 && ay > 0 && ax != ay)
			return (age == 2) == (ax < ay) ? x : y;
	}
	if (nsame != 2 || child < 0 || other < 0)
		return -1;
	return age == 2 ? child : other;
}

/* "Maria Ocampo, D-Ariz., who chairs the committee,": a relative clause
 * that gives an office by its verb; its nouns go into the person's
 * description, for "the chair" later (nfq_resolve_desc). */
static void note_rel_role(struct nf_quotes *q, int pid, int b)
{
	static const char *const verbs[] = { "chairs", "chaired", "leads", "led",
		"heads", "headed", "directs", "directed", "manages", "managed",
		"founded", "owns", "coaches", "coached", NULL };
	static const char *const nouns[] = { "chair chairman chairwoman",
		"chair chairman chairwoman", "leader", "leader", "head", "head",
		"director", "director", "manager", "manager", "founder", "owner",
		"coach", "coach" };
	if (pid < 0 || (size_t)b >= q->ntok || q->tok[b].type != T_PUNCT ||
		(q->tok[b].ch != ',' && q->tok[b].ch != '('))
		return;
	int i = b;    /* past a party tag or a bracket: ", D-Ariz.,", "(D-Vt.)" */
	while ((size_t)i + 1 < q->ntok && i < b + 8 && !tok_is(q, i, "who") &&
		(q->tok[i].type == T_PUNCT || nfq_party_tag(q, i) || nfq_party_place(q, i)))
		i++;    /* (and its place's other words: "R-Cape Girardeau") */
	if ((size_t)i + 1 >= q->ntok || i == b || !tok_is(q, i, "who") ||
		q->tok[i - 1].type != T_PUNCT || q->tok[i - 1].ch != ',')
		return;
	for (int v = 0; verbs[v]; v++)
		if (nfq_tok_is_n(q, i + 1, verbs[v], strlen(verbs[v]))) {
			const char *n = nouns[v];
			while (*n) {
				size_t l = strcspn(n, " ");
				desc_add(&q->pers[pid], n, l);
				n += l + (n[l] == ' ');
			}
			return;
		}
}

/* The words of an apposition after the name of person pid ending at
 * token b (", a professor at Uppsala University,", ", 27,", ", the
 * former mayor of South Bend,"): its lower-case words before a
 * preposition or a clause, an age as "27-year-old". A description that
 * comes back to the person later is resolved by them ("the Uppsala
 * professor added", "says the 27-year-old"). */
static void note_appos(struct nf_quotes *q, int pid, int b)
{
	if (pid < 0 || (size_t)b + 2 >= q->ntok || q->tok[b].type != T_PUNCT ||
		q->tok[b].ch != ',')
		return;
	struct person *p = &q->pers[pid];
	int k = b + 1;
	const struct tok *t = &q->tok[k];
	if (nfq_word_ok(q, k) && (t->flags & TF_DIGIT) && t->len <= 3 &&
		q->tok[k + 1].type == T_PUNCT) {
		char age[16];
		int n = snprintf(age, sizeof age, "%.*s-year-old", (int)t->len,
			q->text + t->off);
		if (n > 0 && (size_t)n < sizeof age)
			desc_add(p, age, (size_t)n);
		/* and an apposition after the age: "Hollis, 63, a former
		 * president of the Federal Reserve Bank of Cleveland," */
		if (q->tok[k + 1].ch == ',')
			note_appos(q, pid, k + 1);
		return;
	}
	if (!nfq_word_ok(q, k) || (t->flags & TF_CAP))
		return;
	/* the noun phrase, then a preposition, a relative or punctuation:
	 * "Feinstein, the bill lets the NSA …" is a clause, no apposition */
	static const char *const ends[] = { "of", "at", "for", "in", "from",
		"with", "on", "to", "who", "whose", "since", "and", NULL };
	int w[5], nw = 0, i = k, ing = 0;
	for (; (size_t)i < q->ntok && i < k + 8 && nfq_word_ok(q, i); i++) {
		const struct tok *u = &q->tok[i];
		if ((u->flags & TF_CAP) && !nfq_party_noun(q, i))
			continue;    /* but "a California Democrat" */
		/* "an attorney representing the family": a participle ends
		 * the noun phrase */
		if (nw > 0 && u->len > 5 && !memcmp(q->text + u->off + u->len - 3, "ing", 3) &&
			!(TCLS(q, u) & QW_TITLE)) {
			ing = 1;
			break;
		}
		if (i == k && (tok_is(q, i, "a") || tok_is(q, i, "an") ||
			tok_is(q, i, "the")))
			continue;
		uint32_t c = TCLS(q, u);
		if (!(c & QW_TITLE) && (c & (QW_STOP | QW_DET | QW_CUE | QW_CONJ |
			QW_PRON_M | QW_PRON_F | QW_PASSIVE)))
			break;    /* but "former", "acting" go on */
		if (nw == 5)
			return;
		w[nw++] = i;
	}
	if (!ing && ((size_t)i >= q->ntok || !(q->tok[i].type == T_PUNCT ?
		strchr(",.);", q->tok[i].ch) != NULL : nfq_word_in(q, i, ends))))
		return;
	for (int j = 0; j < nw; j++)
		desc_add(p, q->text + q->tok[w[j]].off, q->tok[w[j]].len);
}

/* A role's phrase that opens the sentence or a clause before a name
 * between commas: "The finance minister, Abena Owusu-Sarpong, told
 * Parliament", "The Minister for Finance, Dr. Abena Owusu-Sarpong,":
 * its words describe the person, for "the minister said" later. Only
 * after "the" (not "South Africa's president, Jacob Zuma," whose
 * office is another country's), with an office's word in it, and not
 * one of several ("The first author, Margaret Atwood,"). */
static void note_pre_appos(struct nf_quotes *q, int pid, int a)
{
	if (pid < 0 || a < 3 || q->tok[a - 1].type != T_PUNCT || q->tok[a - 1].ch != ',')
		return;
	/* "The first author, Margaret Atwood,": one of several */
	static const char *const nth[] = { "first", "second", "third", "last",
		"next", "other", "another", NULL };
	int k = a - 2, title = 0;
	for (; k >= 0 && k > a - 8 && nfq_word_ok(q, k); k--) {
		const struct tok *u = &q->tok[k];
		if (tok_is(q, k, "the"))
			break;
		if ((u->flags & (TF_POSS | TF_DIGIT)) || ((TCLS(q, u) & (QW_STOP | QW_DET |
			QW_CUE | QW_CONJ | QW_PRON_M | QW_PRON_F)) && !tok_is(q, k, "for") &&
			!tok_is(q, k, "of")))
			return;
		if (TCLS(q, u) & QW_ROLE)
			title = 1;
		if (nfq_word_in_ci(q, k, nth))
			return;
	}
	if (k < 0 || !tok_is(q, k, "the") || !title || k + 1 > a - 2 ||
		!(k == 0 || q->tok[k - 1].type == T_PARA || (q->tok[k - 1].type == T_PUNCT &&
		strchr(".,;", q->tok[k - 1].ch))))
		return;
	struct person *p = &q->pers[pid];
	for (int i = k + 1; i <= a - 2; i++)
		if (!tok_is(q, i, "for") && !tok_is(q, i, "of") &&
			!nfq_name_has_word(p->desc, p->dlen, q->text + q->tok[i].off, q->tok[i].len, 0))
			desc_add(p, q->text + q->tok[i].off, q->tok[i].len);
}

/* The words that describe a person before the name ("businessman Dale
 * Booker", "Billionaire hedge fund founder Martin Sayre", "former state
 * Treasurer Wade Bishop"), kept in the description, whether or not our
 * lists know them as titles: "the businessman replied", "the
 * billionaire said", "the former treasurer insisted" come back to the
 * person. The capitalised words of the run before the name (a..na),
 * and up to four words before it that a clean edge opens
 * (a sentence's start, a determiner, a comma, a conjunction, a speech
 * verb or a preposition: not "met Dale Booker"). */
static void note_premods(struct nf_quotes *q, int pid, int a, int na)
{
	if (pid < 0)
		return;
	struct person *p = &q->pers[pid];
	/* a nation before the name: "Swiss Roger Federer", for "the
	 * Swiss said" later */
	for (int i = a; i < na; i++)
		if (nfq_word_ok(q, i) && !(q->tok[i].flags & (TF_ALLCAPS | TF_POSS)) &&
			(TCLS(q, &q->tok[i]) & QW_PLACE) &&
			nf_qlex_country_of(q->text + q->tok[i].off, q->tok[i].len))
			desc_add(p, q->text + q->tok[i].off, q->tok[i].len);
	for (int i = a; i < na; i++)
		if (nfq_word_ok(q, i) && !(TCLS(q, &q->tok[i]) & (QW_ORG | QW_PLACE |
			QW_ANYFIRST | QW_STOP | QW_DET)) && !(q->tok[i].flags &
			(TF_DIGIT | TF_POSS | TF_ALLCAPS | TF_INITIAL)) &&
			!nfq_name_has_word(p->title, p->tlen, q->text + q->tok[i].off,
			q->tok[i].len, 0))
			desc_add(p, q->text + q->tok[i].off, q->tok[i].len);
	int j = a - 1, n = 0;
	for (; j >= 0 && n < 4 && nfq_word_ok(q, j); j--, n++) {
		const struct tok *t = &q->tok[j];
		uint32_t c = TCLS(q, t);
		if ((t->flags & (TF_DIGIT | TF_POSS | TF_INQ)) || (!(c & QW_TITLE) &&
			(c & (QW_STOP | QW_DET | QW_CONJ | QW_PRON_M | QW_PRON_F |
			QW_PASSIVE | QW_SKIP | QW_TIME | QW_CUE))))
			break;    /* but "former", "state" are an office's words */
		if (t->flags & TF_CAP) {
			/* the sentence's first word, no name of its own */
			if ((t->run < 0 || q->runs[t->run].b - q->runs[t->run].a == 1) &&
				!(c & (QW_ANYFIRST | QW_PLACE | QW_ORG)) && (j == 0 ||
				q->tok[j - 1].type == T_PARA || (q->tok[j - 1].type ==
				T_PUNCT && strchr(".!?-", q->tok[j - 1].ch))))
				j--, n++;    /* (or a dateline's dash) */
			break;
		}
		if (t->len > 3 && (!memcmp(q->text + t->off + t->len - 2, "ed", 2) ||
			!memcmp(q->text + t->off + t->len - 3, "ing", 3)))
			return;    /* a verb: "praised Biden" */
	}
	/* the edge: the chain j+1..a-1 stands after it */
	if (n == 0 || n > 4)
		return;
	if (j >= 0 && !(q->tok[j].type == T_PARA || (q->tok[j].type == T_PUNCT &&
		strchr(".!?,;:(-", q->tok[j].ch)) || (nfq_word_ok(q, j) &&
		!(q->tok[j].flags & TF_CAP) && (TCLS(q, &q->tok[j]) & (QW_STOP |
		QW_DET | QW_CUE | QW_CONJ)))))
		return;
	for (int i = j + 1; i < a; i++)
		if (!nfq_name_has_word(p->title, p->tlen, q->text + q->tok[i].off,
			q->tok[i].len, 0))
			desc_add(p, q->text + q->tok[i].off, q->tok[i].len);
}

/* "the professor", "the 27-year-old": the latest person whose
 * apposition held the word (of the sex asked, when one is), or -1. */
int nfq_resolve_desc(struct nf_quotes *q, const char *w, size_t n, int gender)
{
	int best = -1;
	for (int i = 0; i < NPERS; i++) {
		struct person *p = &q->pers[i];
		if (!p->used || !p->dlen || (gender && p->gender && p->gender != gender))
			continue;
		if (nfq_name_has_word(p->desc, p->dlen, w, n, 0) &&
			(best < 0 || p->seq > q->pers[best].seq))
			best = i;
	}
	return best;
}

/* Is w[0..n) the surname of a person met before under a first name
 * and a surname ("French" after "Chris French")? */
static int surname_of_person(struct nf_quotes *q, const char *w, size_t n)
{
	int pid = find_last(q, w, n);
	if (pid < 0)
		return 0;
	const struct person *p = &q->pers[pid];
	const char *sp = memchr(p->name, ' ', p->len);
	return p->last > 0 && sp && (nfq_word_class(q, p->name, (size_t)(sp - p->name), 1) &
		QW_ANYFIRST) != 0;
}

/* After a one-word name ending at token b: ", 34," or ", a/an/the
 * (words) NOUN," with the noun of a person: 1, 2 or 3 as
 * nfq_person_noun tells its sex (3 for an age), else 0. */
static int appos_person(const struct nf_quotes *q, int b)
{
	if ((size_t)b + 2 >= q->ntok || q->tok[b].type != T_PUNCT || q->tok[b].ch != ',')
		return 0;
	int k = b + 1;
	if (nfq_word_ok(q, k) && (q->tok[k].flags & TF_DIGIT) && q->tok[k].len <= 3 &&
		(size_t)k + 1 < q->ntok && q->tok[k + 1].type == T_PUNCT &&
		q->tok[k + 1].ch == ',')
		return 3;
	if (!(tok_is(q, k, "a") || tok_is(q, k, "an") || tok_is(q, k, "the")))
		return 0;
	for (int i = k + 1; (size_t)i < q->ntok && i < k + 5 && nfq_word_ok(q, i); i++) {
		int g = nfq_person_noun(q, i);
		if (g && (size_t)i + 1 < q->ntok && q->tok[i + 1].type == T_PUNCT &&
			(q->tok[i + 1].ch == ',' || q->tok[i + 1].ch == '.'))
			return g;
	}
	return 0;
}

/* The name-like run met before that holds the word w[0..n) but does
 * not end in it ("Malala" in "Malala Yousafzai"), or -1. */
static int maybe_holding(const struct nf_quotes *q, const char *w, size_t n)
{
	for (int i = 0; i < NMAYBE; i++) {
		const char *m = q->maybe[i];
		size_t ml = strnlen(m, NAMEMAX);
		if (ml > n && memchr(m, ' ', ml) && nfq_name_has_word(m, ml, w, n, 0))
			return i;
	}
	return -1;
}

/* A one-word run na..nb (of the run a..b) that opens a sentence as the
 * subject of a verb and ends a name-like run met before ("by Grégoire
 * Delacourt" … "Delacourt has tried explaining"): a person, whom "he"
 * after it means. That run's index in q->maybe plus one, else 0 (the
 * first run that ends in it decides). */
static int surname_subject(const struct nf_quotes *q, int a, int na, int nb, int b)
{
	if (na != a || nb != b || (size_t)b >= q->ntok || !nfq_word_ok(q, b) ||
		(q->tok[na].flags & (TF_POSS | TF_ALLCAPS)) || (q->tok[b].flags & TF_CAP) ||
		!nfq_verb_may_follow(q, b, b) ||
		!(a == 0 || q->tok[a - 1].type == T_PARA || (q->tok[a - 1].type == T_PUNCT &&
		(q->tok[a - 1].ch == '.' || q->tok[a - 1].ch == ';'))))
		return 0;
	const struct tok *t = &q->tok[na];
	if (TCLS(q, t) & ~(uint32_t)QW_ANYFIRST)
		return 0;    /* a word the lexicon knows otherwise: "London has",
			      * "People are" */
	for (int m = 0; m < NMAYBE; m++) {
		const char *mn = q->maybe[m];
		size_t ml = strnlen(mn, NAMEMAX);
		if (ml <= t->len || mn[ml - t->len - 1] != ' ' ||
			!nfq_same_word_ci(mn + ml - t->len, q->text + t->off, t->len))
			continue;
		/* (each word of it as names are written: "Grégoire
		 * Delacourt", not a heading's "WNL Are MOOCs") */
		for (size_t i = 0; i < ml; i++)
			if ((i == 0 || mn[i - 1] == ' ') && !(mn[i] >= 'A' && mn[i] <= 'Z' &&
				i + 1 < ml && ((mn[i + 1] >= 'a' && mn[i + 1] <= 'z') ||
				(unsigned char)mn[i + 1] >= 0xC3)))
				return 0;
		return m + 1;
	}
	return 0;
}

/* Do the words of tokens a..b name a person, or a name-like run, met
 * before ("Malala", "Martin Luther King")? */
static int named_before(struct nf_quotes *q, int a, int b)
{
	size_t s = q->tok[a].off, n = q->tok[b - 1].off + q->tok[b - 1].len - s;
	return find_full(q, q->text + s, n) >= 0 || find_last(q, q->text + s, n) >= 0 ||
		(b - a == 1 && (fuller_person(q, q->text + s, n) >= 0 ||
		maybe_holding(q, q->text + s, n) >= 0));
}

static int royal_title(const struct nf_quotes *q, int k)
{
	static const char *const w[] = { "prince", "princess", "king", "queen",
		"pope", "emperor", "empress", "sheikh", "sultan", "swami", NULL };
	for (int i = 0; w[i]; i++)
		if (nfq_tok_is_n(q, k, w[i], strlen(w[i])))
			return 1;
	return 0;
}

/* Does a lower-case word that is no verb stand right after the run
 * ending at b ("Environmental groups cheered"): the run modifies it? */
static int modifies_noun_after(const struct nf_quotes *q, int b)
{
	if ((size_t)b >= q->ntok || !nfq_word_ok(q, b) || (q->tok[b].flags & TF_CAP))
		return 0;
	const struct tok *t = &q->tok[b];
	return !(TCLS(q, t) & (QW_CUE | QW_SKIP | QW_STOP | QW_MODAL | QW_PASSIVE |
		QW_CONJ | QW_DET)) && !(t->len > 3 &&
		!memcmp(q->text + t->off + t->len - 2, "ed", 2));
}

/* Does the run a..b stand between "the" (and maybe one lower-case
 * modifier: "the two-time") and a person's noun in lower case that ends
 * the phrase ("nominee", "star", "producers")? */
static int modifies_person_noun(struct nf_quotes *q, int a, int b)
{
	static const char *const nouns[] = { "star", "stars", "producer",
		"producers", "hopeful", "veteran", "legend", "frontman", "heiress",
		"heir", NULL };
	int d = a - 1;
	if (d >= 1 && nfq_word_ok(q, d) && !(q->tok[d].flags & TF_CAP) && !tok_is(q, d, "the") &&
		!(TCLS(q, &q->tok[d]) & (QW_STOP | QW_CUE | QW_DET)))
		d--;
	if (d < 0 || !tok_is(q, d, "the") || (size_t)b + 1 >= q->ntok || !nfq_word_ok(q, b) ||
		(q->tok[b].flags & (TF_CAP | TF_POSS)))
		return 0;
	if (!(nfq_word_in(q, b, nouns) || nfq_honour_noun(q, b) ||
		((TCLS(q, &q->tok[b]) & (QW_ROLE | QW_TITLE)) &&
		!(TCLS(q, &q->tok[b]) & (QW_ORG | QW_STOP | QW_DET)))))
		return 0;
	const struct tok *n = &q->tok[b + 1];    /* the phrase ends there */
	return n->type != T_WORD || (TCLS(q, n) & (QW_CUE | QW_STOP | QW_SKIP | QW_MODAL));
}

int nfq_scan_run(struct nf_quotes *q, int a)
{
	int b = namepart_end(q, a);
	if (!(q->tok[a].flags & TF_POSS) || has_org_word(q, a, b))
		b = org_run_end(q, a, b);
	if (q->nrun == q->caprun) {
		q->caprun = q->caprun ? 2 * q->caprun : 64;
		q->runs = nf_xrealloc(q->runs, q->caprun * sizeof *q->runs);
	}
	int ri = (int)q->nrun++;
	struct run *r = &q->runs[ri];
	memset(r, 0, sizeof *r);
	r->a = a, r->b = b, r->pid = -1;
	for (int i = a; i < b; i++)
		q->tok[i].run = ri;

	char title[TITLEMAX];
	size_t tl;
	int gender, titled, na, nb;
	run_name_span(q, a, b, title, &tl, &gender, &titled, &na, &nb);
	r->na = na, r->nb = nb;
	if (na >= nb) {
		r->kind = titled ? R_ROLE : R_NONPERSON;
		return b;
	}
	/* "House Democrats", "Britons": a group, no person */
	if (nfq_people_run(q, r)) {
		r->kind = R_NONPERSON;
		return b;
	}
	/* what kind of name is it? */
	int nwords = nb - na, org = 0, place = 0;
	for (int i = na; i < nb; i++) {
		if ((TCLS(q, &q->tok[i]) & QW_ORG) || tok_is(q, i, "for"))
			org = 1;    /* (no person's name holds "for") */
		if ((q->tok[i].flags & TF_DIGIT))
			org = 1;
	}
	/* "Adam Fox", "Liam Fox", "Frank Church", "Margaret Court": a
	 * first name, then an organisation's word that is a surname too */
	static const char *const surnames[] = { "fox", "church", "court", "steel",
		NULL };
	if (org && nwords == 2 && (TCLS(q, &q->tok[na]) & QW_ANYFIRST) &&
		!(TCLS(q, &q->tok[na]) & (QW_ORG | QW_PLACE)) &&
		nfq_word_in_ci(q, nb - 1, surnames))
		org = 0;
	if (nwords == 1 && (TCLS(q, &q->tok[na]) & (QW_PLACE | QW_TIME | QW_STOP)) &&
		!((size_t)nb + 1 < q->ntok && q->tok[nb].type == T_PUNCT &&
		q->tok[nb].ch == ',' && tok_is(q, nb + 1, "who")))
		place = 1;   /* but "Amman, who was described …" is a person */
	if (nwords == 1 && (q->tok[na].flags & TF_ALLCAPS) && !place)
		org = 1;     /* "NATO", but not a dateline's "LONDON" */
	/* "said French," after "Chris French": the surname of a person met
	 * before, where a place's word or a people's would go on to a noun
	 * ("French officials") */
	if (place && nwords == 1 && nb == b && (size_t)b < q->ntok &&
		(q->tok[b].type == T_PUNCT || (TCLS(q, &q->tok[b]) & QW_CUE)) &&
		surname_of_person(q, q->text + q->tok[na].off, q->tok[na].len))
		place = 0;
	if (nwords > 1 && !org) {
		/* the whole run a place: "New York", "South Korea" */
		size_t s0 = q->tok[na].off, e0 = q->tok[nb - 1].off +
			q->tok[nb - 1].len;
		if (q->tok[nb - 1].flags & TF_POSS)
			e0 -= nfq_poss_len(q->text, e0);
		if (nfq_word_class(q, q->text + s0, e0 - s0, 1) & QW_PLACE)
			place = 1;
	}
	/* "Jonah Ferriter of Ferriter Blum", "Paul Grinnell of Halvorsen
	 * Tate": a name of two words or more right after a person's and
	 * "of" is where the person works, a firm, not another person */
	if (!place && !org && nwords > 1 && na == a && a >= 2 && tok_is(q, a - 1, "of") &&
		q->tok[a - 2].run >= 0 && (q->runs[q->tok[a - 2].run].kind == R_PERSON ||
		q->runs[q->tok[a - 2].run].kind == R_MAYBE) &&
		!(q->tok[a - 2].flags & TF_POSS))
		org = 1;
	if (!gender) {
		uint32_t c = TCLS(q, &q->tok[na]);
		/* a first name of one sex only: "Alexis" is both; a
		 * particle before another is a surname's ("Van der Hoeven",
		 * "De la Torre"), no first name */
		if (na + 1 < nb && (c & QW_PARTICLE) &&
			(TCLS(q, &q->tok[na + 1]) & QW_PARTICLE))
			c = 0;
		if ((c & QW_ANYFIRST) == QW_FIRST_M && nwords > 1)
			gender = 1 | SEX_GUESS;
		else if ((c & QW_ANYFIRST) == QW_FIRST_F && nwords > 1)
			gender = 2 | SEX_GUESS;
	}
	const char *nm = q->text + q->tok[na].off;
	size_t nl = q->tok[nb - 1].off + q->tok[nb - 1].len - q->tok[na].off;
	if (q->tok[nb - 1].flags & TF_POSS)
		nl -= nfq_poss_len(nm, nl);
	r->gender = gender;
	/* "Refugee Council Enver Solomon", "Amnesty International Man-Kei
	 * Tam": an organisation's name, then a person's, with no mark
	 * between; near a quotation the tagger tells where they meet */
	int split = 0, ent = -2;
	if (q->tg && !titled && nwords >= 3 &&
		!(TCLS(q, &q->tok[nb - 1]) & (QW_ORG | QW_PLACE)) &&
		(ent = tag_run(q, na, nb, &split)) >= -1 && split > 0 &&
		nb - (na + split) > 1) {
		na += split;
		r->na = na;
		nm = q->text + q->tok[na].off;
		nl = q->tok[nb - 1].off + q->tok[nb - 1].len - q->tok[na].off;
		if (q->tok[nb - 1].flags & TF_POSS)
			nl -= nfq_poss_len(nm, nl);
		org = place = 0;
		titled = 1;    /* a person */
	}
	if (place && titled && na == a && modifier_titles(q, a))
		titled = 0;    /* "the former Indiana governor" */
	/* "A former Brightwater employee": "former" before one word that
	 * modifies the noun after it is no title of a person's name */
	if (titled && nwords == 1 && tl == 6 && !memcmp(title, "former", 6) &&
		nb == b && modifies_noun_after(q, b)) {
		r->kind = R_NONPERSON;
		return b;
	}
	if (org || (place && !titled)) {
		r->kind = R_NONPERSON;
		r->place = place && !org;
		if (org)
			nfq_register_org(q, ri);
		return b;
	}
	/* "a Kent County Republican", "the California Democrat": a party's
	 * member described, never a name ("Kent" is a first name too) */
	if (nwords > 1 && nfq_party_noun(q, nb - 1) && !(q->tok[nb - 1].flags & TF_POSS)) {
		r->kind = R_NONPERSON;
		return b;
	}
	/* "the two-time Golden Globe nominee", "the Harry Potter star": a
	 * name-like run between "the" and a person's noun modifies the
	 * noun; it names no one */
	if (!titled && na == a && modifies_person_noun(q, a, b)) {
		r->kind = R_NONPERSON;
		return b;
	}
	int person = titled || ((TCLS(q, &q->tok[na]) & QW_ANYFIRST) && nwords > 1 &&
		!(TCLS(q, &q->tok[na]) & QW_PLACE && nwords == 1));
	/* "Prince Harry", "Pope Francis", "Queen Rania": a royal's or a
	 * pope's one name keeps its title, which is part of it ("Harry"
	 * alone later is still found by it), unless a fuller name of
	 * theirs came first ("Ubolratana Mahidol") */
	if (nwords == 1 && na > a && nfq_word_ok(q, na - 1) &&
		(q->tok[na - 1].flags & TF_CAP) && royal_title(q, na - 1) &&
		!named_before(q, na, nb)) {
		nm = q->text + q->tok[na - 1].off;
		nl += q->tok[na].off - q->tok[na - 1].off;
	}
	/* "the Jane Addams Award", "Malala Day" after "Malala Yousafzai":
	 * a thing named for a person (but "Doris Day", "Jason Day said") */
	if (!titled && nwords > 1 && (((TCLS(q, &q->tok[nb - 1]) & QW_THING) &&
		!((size_t)b < q->ntok && (TCLS(q, &q->tok[b]) & QW_CUE))) ||
		(tok_is(q, nb - 1, "day") && named_before(q, na, nb - 1)))) {
		r->kind = R_NONPERSON;
		return b;
	}
	/* "Carver said" after "Carver Tenants Union", "Brannock" after
	 * "Brannock & Co.": one word that begins a body's name met before,
	 * and no person's, is the body */
	if (!person && !titled && nwords == 1 && !(q->tok[na].flags & TF_ALLCAPS) &&
		((q->tok[na].flags & TF_POSS) || ((size_t)b < q->ntok &&
		nfq_word_ok(q, b) && !(q->tok[b].flags & TF_CAP) &&
		nfq_verb_may_follow(q, b, (int)q->ntok - 1))) &&
		!modifies_noun_after(q, b) &&    /* not "Environmental groups" */
		find_last(q, nm, nl) < 0 && nfq_find_org_prefix(q, nm, nl) >= 0) {
		r->kind = R_NONPERSON;
		r->place = 0;
		return b;
	}
	/* "Calder Valley Flood Watch, a volunteer group": a body's name
	 * by its apposition */
	if (!person && !titled && nb == b && !(q->tok[nb - 1].flags & TF_POSS) &&
		nwords >= 2 && (size_t)b + 1 < q->ntok && q->tok[b].type == T_PUNCT &&
		q->tok[b].ch == ',' && (tok_is(q, b + 1, "a") || tok_is(q, b + 1, "an")) &&
		appos_org(q, ri, (int)q->ntok) && find_full(q, nm, nl) < 0) {
		r->kind = R_NONPERSON;
		nfq_register_org(q, ri);
		return b;
	}
	/* "Brightwater, which employs about 400 people": a name a
	 * thing's relative pronoun follows is no one's */
	if (!person && !titled && (size_t)b + 1 < q->ntok && q->tok[b].type == T_PUNCT &&
		q->tok[b].ch == ',' && tok_is(q, b + 1, "which") && nb == b &&
		!(q->tok[nb - 1].flags & TF_POSS) && find_full(q, nm, nl) < 0 &&
		find_last(q, nm, nl) < 0 && fuller_person(q, nm, nl) < 0 &&
		maybe_holding(q, nm, nl) < 0) {
		/* (not the fuller name met before that it begins: "Halder"
		 * after "the German carmaker Halder Automobil", found by
		 * it) */
		r->kind = R_NONPERSON;
		return b;
	}
	if (!person) {
		int m;
		if (nwords == 1 && find_last(q, nm, nl) < 0 &&
			(m = surname_subject(q, a, na, nb, b)) > 0) {
			nm = q->maybe[m - 1];    /* the fuller name it ends */
			nl = strnlen(nm, NAMEMAX);
			person = 1;
		} else if (nwords == 1)
			person = find_last(q, nm, nl) >= 0;
		else
			person = find_full(q, nm, nl) >= 0;
	}
	/* "Thirteen-year-old Bennett", "the 27-year-old Ruiz": one word
	 * after an age is a person's name */
	if (!person && nwords == 1 && !(q->tok[na].flags & (TF_ALLCAPS | TF_POSS)) &&
		((na > a && nfq_age_word(q, na - 1)) || (na == a && a > 0 &&
		nfq_age_word(q, a - 1))))
		person = 1;
	if (!person && nwords == 1 && !(q->tok[na].flags & (TF_ALLCAPS | TF_POSS)) &&
		nb == b) {
		/* "Zeina, a twenty-something student,", "Maria, 34,": a name
		 * the story gives alone, with an apposition of a person */
		int g = appos_person(q, b);
		if (g > 0) {
			person = 1;
			if (!gender && g < 3)
				gender = g;
		}
	}
	/* "Refilwe Ngobeni of Ramatsui Inc", "Tom Hale of Acme
	 * Holdings": two or three words, then "of" and a firm's or a
	 * body's name, are a person who works there */
	if (!person && nwords >= 2 && nwords <= 3 && nb == b && !(q->tok[nb - 1].flags & TF_POSS) &&
		(size_t)b + 2 < q->ntok && tok_is(q, b, "of") && nfq_word_ok(q, b + 1) &&
		(q->tok[b + 1].flags & TF_CAP) && !(TCLS(q, &q->tok[b + 1]) & (QW_STOP | QW_DET))) {
		int e = namepart_end(q, b + 1);
		if (e > b + 2 && has_org_word(q, e - 1, e) && !(TCLS(q, &q->tok[na]) &
			(QW_PLACE | QW_STOP)))
			person = 1;
	}
	if (!person && q->tg) {
		/* what the rules leave open, near a quotation: the entity
		 * tagger decides */
		if (ent == -2)
			ent = tag_run(q, na, nb, &split);
		if (ent == NF_ENT_PER && nwords > 1)
			person = 1;    /* one word alone is too little to go on */
		else if (ent == NF_ENT_ORG || ent == NF_ENT_LOC) {
			r->kind = R_NONPERSON;
			r->place = ent == NF_ENT_LOC;
			if (ent == NF_ENT_ORG)
				nfq_register_org(q, ri);
			return b;
		}
	}
	if (!person) {
		r->kind = R_MAYBE;
		if (nwords >= 2 && nwords <= 4 && nl < NAMEMAX) {
			/* a name-like run, for a surname alone later */
			char *m = q->maybe[q->nmaybe++ % NMAYBE];
			memcpy(m, nm, nl);
			m[nl] = 0;
		}
		return b;
	}
	r->kind = R_PERSON;
	r->pid = register_person(q, nm, nl, title, tl, gender);
	int kin = kin_before(q, a);
	if (!kin)
		kin = kin_after(q, b);
	if (kin && r->pid >= 0)    /* "his son, Trey Castle," */
		desc_add(&q->pers[r->pid], kin_nouns[kin - 1], strlen(kin_nouns[kin - 1]));
	int age = elder_before(q, a);
	if (age && !memchr(nm, ' ', nl)) {
		int e = elder_younger(q, nm, nl, age);
		if (e >= 0) {
			/* and "Castle said" after "The elder Castle" is
			 * him, until the story says otherwise; after "the
			 * younger Calloway" it is still the father, the
			 * one the story is about */
			r->pid = e;
			if (age == 1 || !is_child(&q->pers[e]))
				set_last(q, e);
		}
	}
	for (int i = a; i < b; i++)
		q->tok[i].pid = r->pid;
	note_appos(q, r->pid, b);
	note_pre_appos(q, r->pid, a);
	note_rel_role(q, r->pid, b);
	note_premods(q, r->pid, a, na);
	return b;
}

/* A one-word name standing for a fuller one that holds it but does not
 * end in it: "Rosselló" for "Ricardo Rosselló Nevares" (two surnames),
 * "Baloch" for "Qandeel Baloch" met as a name-like run. The person, or
 * -1. */
static int fuller_name(struct nf_quotes *q, const char *w, size_t n)
{
	int best = fuller_person(q, w, n);
	if (best >= 0)
		return best;
	int i = maybe_holding(q, w, n);
	return i >= 0 ? register_person(q, q->maybe[i], strnlen(q->maybe[i], NAMEMAX),
		NULL, 0, 0) : -1;
}

/* Promote a run that stands as the subject of a speech verb. */
int nfq_promote_run(struct nf_quotes *q, int ri)
{
	struct run *r = &q->runs[ri];
	if (r->kind == R_PERSON)
		return r->pid;
	if (r->kind != R_MAYBE || q->dry)
		return -1;
	/* "Senators", "Democrats": a title in the plural is a group; so
	 * are "Experts", "Shopkeepers": a group's word */
	const struct tok *t = &q->tok[r->a];
	if (r->b == r->a + 1 && t->len > 3 && q->text[t->off + t->len - 1] == 's' &&
		((nfq_word_class(q, q->text + t->off, t->len - 1, 0) & (QW_TITLE | QW_ROLE)) ||
		(TCLS(q, t) & QW_GROUP)))
		return -1;
	/* "Stridewell said" after "Stridewell Inc": a firm named without
	 * its legal form; "Gulfside said" after "Gulfside Marine Systems":
	 * an organisation by its first word, when that word is no one's
	 * first name or surname in the story */
	if (r->nb - r->na == 1) {
		static const char *const forms[] = { "Inc", "Inc.", "Corp", "Corp.",
			"Co", "Co.", "Ltd", "Ltd.", "LLC", "plc", "PLC", "AG", "SA",
			"GmbH", "Group", "Holdings", NULL };
		const struct tok *w = &q->tok[r->na];
		int o = nfq_find_org_prefix(q, q->text + w->off, w->klen);
		if (o >= 0 && !(TCLS(q, w) & QW_ANYFIRST) &&
			find_last(q, q->text + w->off, w->klen) < 0) {
			r->kind = R_NONPERSON;
			return -1;
		}
		for (int f = 0; o >= 0 && forms[f]; f++) {
			size_t fl = strlen(forms[f]);
			if (q->orgs[o].len == w->klen + 1 + fl &&
				!memcmp(q->orgs[o].name + w->klen + 1, forms[f], fl)) {
				r->kind = R_NONPERSON;
				return -1;
			}
		}
	}
	/* "The Bill states", "under a Bill tabled": a first name after an
	 * article is a thing's name, no one's */
	if (r->nb - r->na == 1 && (TCLS(q, &q->tok[r->na]) & QW_ANYFIRST) &&
		r->na > 0 && (tok_is(q, r->na - 1, "the") || tok_is(q, r->na - 1, "a"))) {
		r->kind = R_NONPERSON;
		return -1;
	}
	/* "Oxfam said": one word the tagger, near a quotation, calls an
	 * organisation is one */
	int split = 0;
	if (q->tg && r->nb - r->na == 1 && tag_run(q, r->na, r->nb, &split) == NF_ENT_ORG) {
		r->kind = R_NONPERSON;
		nfq_register_org(q, ri);
		return -1;
	}
	const char *nm = q->text + q->tok[r->na].off;
	size_t nl = q->tok[r->nb - 1].off + q->tok[r->nb - 1].len -
		q->tok[r->na].off;
	if (q->tok[r->nb - 1].flags & TF_POSS)
		nl -= nfq_poss_len(nm, nl);
	r->kind = R_PERSON;
	r->pid = r->nb - r->na == 1 ? fuller_name(q, nm, nl) : -1;
	if (r->pid >= 0)
		touch(q, r->pid, NULL, 0, 0);
	else
		r->pid = register_person(q, nm, nl, NULL, 0, r->gender);
	for (int i = r->a; i < r->b; i++)
		q->tok[i].pid = r->pid;
	return r->pid;
}

/* A name standing next to a speech verb ("Maróth said", "said Maróth")
 * is a person even when nothing else says so. */
void nfq_speaker_run(struct nf_quotes *q, int ri, int a, int b)
{
	if (ri < 0 || q->runs[ri].kind != R_MAYBE)
		return;
	/* "the Serb said": a person by their nation, no name */
	if (b == a + 1 && a > 0 && tok_is(q, a - 1, "the") && nfq_demonym_person(q, a))
		return;
	/* "Marc Ouellet of the Holy See said": the name after "of" is
	 * not the speaker */
	/* "the employee who wrote to Unite said": the object of a
	 * preposition is not the verb's subject */
	if (a > 0 && (tok_is(q, a - 1, "to") || tok_is(q, a - 1, "with") ||
		tok_is(q, a - 1, "for") || tok_is(q, a - 1, "at") || tok_is(q, a - 1, "by") ||
		tok_is(q, a - 1, "about") || tok_is(q, a - 1, "against")))
		return;
	int p = a - 1;
	/* "Peter Iseley of worldwide victim group Ending Clergy Abuse
	 * said": past a few lower-case words too */
	while (p > 0 && p > a - 4 && nfq_word_ok(q, p) && !(q->tok[p].flags & TF_CAP) &&
		!(TCLS(q, &q->tok[p]) & (QW_STOP | QW_CUE)))
		p--;
	if (p > 0 && tok_is(q, p, "the"))
		p--;
	if (p > 0 && (tok_is(q, p, "of") || tok_is(q, p, "from")) &&
		q->tok[p - 1].run >= 0)
		return;
	if ((size_t)b + 2 < q->ntok && q->tok[b].type == T_PUNCT &&
		q->tok[b].ch == ',' && (tok_is(q, b + 1, "the") ||
		tok_is(q, b + 1, "a") || tok_is(q, b + 1, "an")))
		for (int k = b + 2; (size_t)k < q->ntok && k < b + 6 &&
			nfq_word_ok(q, k); k++)
			if (!(q->tok[k].flags & TF_CAP) &&
				(TCLS(q, &q->tok[k]) & QW_TITLE)) {
				nfq_promote_run(q, ri);
				return;
			}
	int k = b;
	/* "Pelosi, speaking to reporters, said": past an apposition (not
	 * a thing's: "National Trust, which employs …, said") */
	if ((size_t)b + 2 < q->ntok && q->tok[b].type == T_PUNCT && q->tok[b].ch == ',' &&
		!tok_is(q, b + 1, "which") && !tok_is(q, b + 1, "that")) {
		int c = b + 1;
		/* a relative clause may run longer ("Edna, who was widowed
		 * in 2019 after 58 years of marriage to former mill worker
		 * Jack, said") */
		int most = tok_is(q, b + 1, "who") ? 28 : 12;
		while ((size_t)c < q->ntok && c < b + most && nfq_word_ok(q, c))
			c++;
		if ((size_t)c + 1 < q->ntok && c > b + 1 && q->tok[c].type == T_PUNCT &&
			q->tok[c].ch == ',')
			k = c + 1;
	}
	while ((size_t)k < q->ntok && k < b + 2 && nfq_word_ok(q, k) &&
		(TCLS(q, &q->tok[k]) & QW_SKIP))
		k++;
	if (((size_t)k < q->ntok && nfq_word_ok(q, k) && nfq_cue_at(q, k, a) == 1 &&
		!(TCLS(q, &q->tok[k]) & QW_CUE_ING)) ||
		(a > 0 && nfq_word_ok(q, a - 1) && nfq_cue_at(q, a - 1, 0) == 1 &&
		!(TCLS(q, &q->tok[a - 1]) & QW_CUE_ING) &&
		(a - 1 == 0 || q->tok[a - 2].type != T_WORD)))
		nfq_promote_run(q, ri);
}

/* "to shoot Malala Yousafzai … “…,” she said": a pronoun at token k
 * that no person of the story can take goes to the latest name-like run
 * of two to four words in the few sentences before it that the entity
 * tagger reads as a person's name (not "Softex Cotton" or "Flappy Bird",
 * which the rules leave open too). The person, or -1. */
int nfq_pronoun_tagged(struct nf_quotes *q, int k)
{
	if (!q->tg || q->dry)
		return -1;
	for (int i = k - 1, stops = 0, tried = 0; i >= 0 && i > k - 150 &&
		stops < 4 && tried < 2; i--) {
		const struct tok *t = &q->tok[i];
		if (t->type == T_PUNCT && (t->ch == '.' || t->ch == '?' || t->ch == '!'))
			stops++;
		if (t->run < 0 || q->runs[t->run].a != i || (t->flags & TF_INQ))
			continue;
		const struct run *r = &q->runs[t->run];
		if (r->kind != R_MAYBE || r->nb - r->na < 2 || r->nb - r->na > 4)
			continue;
		int split = 0;
		tried++;
		if (tag_window(q, r->na, r->nb, &split) == NF_ENT_PER && !split)
			return nfq_promote_run(q, t->run);
	}
	return -1;
}

/* he or she: a sentence that opens on a nfq_pronoun goes on about the
 * person the sentence before was about (its subject), not the last name
 * in it ("Bloomberg endorsed Joe Biden. “...,” he said"); later in a
 * sentence, the last person mentioned. */
/* What the sentence before was about, when this one names no one: its
 * unnamed person (LAST_ANON, of the sex asked for, 0 either), or the
 * subject of its last attribution, or -1. */
static int subject_before(struct nf_quotes *q, int gender)
{
	if (q->sent_person)
		return -1;
	if (q->last_subj == LAST_ANON &&
		(!q->anon_gender || !gender || q->anon_gender == gender))
		return LAST_ANON;
	if (q->last_subj >= 0) {
		const struct person *p = &q->pers[q->last_subj];
		if (p->used && (!p->gender || !gender || p->gender == gender)) {
			if (!q->dry)
				touch(q, q->last_subj, NULL, 0, 0);
			return q->last_subj;
		}
	}
	return -1;
}

/* The person a description comes back to, of the sex asked for (0
 * either): the subject of the sentence before when this one names no
 * one, else the one the story is about among those met lately (the most
 * mentioned of the last eight: "the author" is the novelist of the story,
 * not the composer named in passing in the same sentence), or -1. */
int nfq_focus_person(struct nf_quotes *q, int gender)
{
	int s = subject_before(q, gender);
	if (s != -1)
		return s >= 0 ? s : -1;
	int best = -1;
	for (int k = 0; k < 8 && q->mru[k]; k++) {
		int i = q->mru[k] - 1;
		const struct person *p = &q->pers[i];
		if (p->used && (!p->gender || !gender || p->gender == gender) &&
			(best < 0 || p->count > q->pers[best].count))
			best = i;
	}
	if (best >= 0 && !q->dry)
		touch(q, best, NULL, 0, 0);
	return best;
}

int nfq_salient_pronoun(struct nf_quotes *q, int gender)    /* 0: either */
{
	int s = subject_before(q, gender);
	return s != -1 ? s : resolve_pronoun(q, gender);
}

/* The subject of the sentence lo..hi: its first person, outside quotes,
 * not a possessive and not the object of a preposition. */
/* The sentence's attribution that comes last: "Duda said …, while
 * Interior Minister Joachim Brudziński wrote …. He tweeted": a person
 * right before a speech verb, at the head of a clause joined by "while",
 * "and", "but" or a semicolon (not one inside what was said: "X said Y
 * told him"), is the one a pronoun in the next sentence goes on about. */
static void later_speaker(struct nf_quotes *q, int from, int hi)
{
	for (int i = from + 1; i < hi; i++) {
		const struct tok *t = &q->tok[i];
		if (t->pid < 0 || (t->flags & (TF_INQ | TF_POSS)) || t->type != T_WORD ||
			(t->run >= 0 && q->runs[t->run].a != i))
			continue;
		int e = t->run >= 0 ? q->runs[t->run].b : i + 1;
		while ((size_t)e < q->ntok && e < hi && nfq_word_ok(q, e) &&
			(TCLS(q, &q->tok[e]) & QW_SKIP))
			e++;
		if (e >= hi || !nfq_word_ok(q, e) || !(TCLS(q, &q->tok[e]) & QW_CUE) ||
			(TCLS(q, &q->tok[e]) & QW_CUE_ING) || (q->tok[e].flags & TF_CAP))
			continue;
		int j = i - 1;
		while (j > from && nfq_word_ok(q, j) && !(q->tok[j].flags & TF_CAP) &&
			(TCLS(q, &q->tok[j]) & (QW_TITLE | QW_DET)))
			j--;     /* "while Interior Minister …" has its titles in the run */
		if (j > from && ((nfq_word_ok(q, j) && (tok_is(q, j, "while") ||
			tok_is(q, j, "and") || tok_is(q, j, "but") ||
			tok_is(q, j, "whereas"))) || (q->tok[j].type == T_PUNCT &&
			q->tok[j].ch == ';')))
			q->last_subj = t->pid;
	}
}

/* The sentence lo..hi is about an unnamed person: it opens on one ("One
 * waiter, who …, said", "A woman who lives nearby told") or on a
 * pronoun that stood for one. Its sex (1, 2; 0 for either), or -1. */
static int anon_subject(struct nf_quotes *q, int lo, int hi)
{
	if (lo >= hi || !nfq_word_ok(q, lo))
		return -1;
	if (q->tok[lo].role == WR_ANON)
		return q->anon_gender;
	/* a new person, not "the lawyer" (who may be one named before) */
	if (!(tok_is(q, lo, "a") || tok_is(q, lo, "an") || tok_is(q, lo, "one") ||
		tok_is(q, lo, "another")))
		return -1;
	/* "One of those executives, who …,": one of a group */
	int of = tok_is(q, lo, "one") && lo + 3 < hi && tok_is(q, lo + 1, "of") &&
		nfq_word_ok(q, lo + 2) && (TCLS(q, &q->tok[lo + 2]) & (QW_DET | QW_STOP)) &&
		!(q->tok[lo + 2].flags & TF_CAP) ? 2 : 0;
	/* but "One of the cardinals … was a Mexican cardinal, Monsignor
	 * Oscar Sanchez Barba": the copula names the one */
	for (int i = lo; of && i < hi; i++)
		if (tok_is(q, i, "was") || tok_is(q, i, "is"))
			for (int j = i + 1; j < hi && j < i + 9; j++)
				if (q->tok[j].run >= 0 && q->runs[q->tok[j].run].kind == R_PERSON)
					return -1;
	for (int i = lo + 1 + of; i < hi && i < lo + 5 + of && nfq_word_ok(q, i) &&
		!(q->tok[i].flags & TF_POSS) && (!(q->tok[i].flags & TF_CAP) ||
		/* "One GOP senator", "A Labour MP": a party or a body
		 * before the noun */
		q->tok[i].run < 0 || q->runs[q->tok[i].run].kind != R_PERSON); i++) {
		int g = nfq_person_noun(q, i);
		if (!g && of && q->tok[i].len > 3 && q->text[q->tok[i].off + q->tok[i].len - 1] == 's' &&
			(nfq_word_class(q, q->text + q->tok[i].off, q->tok[i].len - 1, 0) &
			(QW_TITLE | QW_ROLE)))
			g = 3;    /* "executives", "officials": one of them */
		if (!g && !of && (TCLS(q, &q->tok[i]) & QW_ROLE) &&
			!(TCLS(q, &q->tok[i]) & (QW_ORG | QW_ORG_INST | QW_ORG_GEN)))
			g = (TCLS(q, &q->tok[i]) & QW_MALE) ? 1 :
				(TCLS(q, &q->tok[i]) & QW_FEMALE) ? 2 : 3;    /* "One GOP senator" */
		if (g) {
			/* "Another voice actor, Lauren Landa, would": named
			 * (past a role: "Another passenger, retired nurse
			 * Maureen Tate, 71, …") */
			int nm = i + 2;
			while (nm < hi && nm < i + 5 && nfq_word_ok(q, nm) &&
				!(q->tok[nm].flags & TF_CAP) && !(TCLS(q, &q->tok[nm]) &
				(QW_STOP | QW_DET | QW_CUE | QW_PASSIVE | QW_MODAL)))
				nm++;
			if (nm < hi && q->tok[i + 1].type == T_PUNCT &&
				q->tok[i + 1].ch == ',' && q->tok[nm].run >= 0 &&
				q->runs[q->tok[nm].run].a == nm &&
				q->runs[q->tok[nm].run].kind != R_NONPERSON)
				return -1;
			if (!(i + 1 < hi && (q->tok[i + 1].type == T_WORD ||
				(q->tok[i + 1].type == T_PUNCT && q->tok[i + 1].ch == ',')) &&
				!tok_is(q, i + 1, "of")))
				return -1;
			/* its noun, for "the executive said" after "One
			 * executive, who spoke on condition of anonymity,"
			 * (nfq_anon_noun) */
			const struct tok *t = &q->tok[i];
			size_t n = t->len - (of && q->text[t->off + t->len - 1] == 's');
			if (!q->dry && n < sizeof q->anon_word) {
				nfq_lower_copy(q->anon_word, q->text + t->off, n);
				q->anon_wlen = (int)n;
				q->anon_seq = q->seq;
			}
			return g == 3 ? 0 : g;
		}
		if (TCLS(q, &q->tok[i]) & (QW_STOP | QW_CUE))
			return -1;
	}
	return -1;
}

/* Is the word at k the noun of the last unnamed person met, who came
 * after person pid was last named ("the executive said" after "One
 * executive at a major retailer, who spoke on condition of
 * anonymity," is that one, not "Frank Price, chief executive of …")? */
int nfq_anon_noun(const struct nf_quotes *q, int k, int pid)
{
	const struct tok *t = &q->tok[k];
	return q->anon_wlen && (int)t->len == q->anon_wlen &&
		nfq_same_word_ci(q->text + t->off, q->anon_word, t->len) &&
		(pid < 0 || q->pers[pid].seq <= q->anon_seq);
}

/* he or she, alone or with a verb's ending ("he’s", "she'd"): 1 or 2,
 * else 0. */
static int subject_pronoun(const struct nf_quotes *q, const struct tok *t)
{
	int g = nfq_pronoun(q, t);
	if (g || t->len < 4)
		return g;
	const char *w = q->text + t->off;
	size_t n = (w[0] == 'h' || w[0] == 'H') ? 2 : 3;
	if (t->len <= n || !((n == 2 && (w[1] == 'e')) || (n == 3 &&
		(w[0] == 's' || w[0] == 'S') && w[1] == 'h' && w[2] == 'e')))
		return 0;
	size_t a = w[n] == '\'' ? 1 : (t->len > n + 3 && !memcmp(w + n,
		"\xE2\x80\x99", 3)) ? 3 : 0;
	if (!a)
		return 0;
	const char *e = w + n + a;
	size_t el = t->len - n - a;
	if ((el == 1 && (e[0] == 's' || e[0] == 'd')) || (el == 2 && !memcmp(e, "ll", 2)))
		return n == 2 ? 1 : 2;
	return 0;
}

/* Does the sentence lo..hi hold a name or a capitalised run (outside
 * quotations)? */
static int sentence_names_any(const struct nf_quotes *q, int lo, int hi)
{
	for (int i = lo; i < hi; i++)
		if (q->tok[i].run >= 0 && !(q->tok[i].flags & TF_INQ) &&
			!(i == lo && q->runs[q->tok[i].run].b == i + 1 &&
			q->runs[q->tok[i].run].kind != R_PERSON))
			return 1;
	return 0;
}

/* The end of "of North County", "of the Earth" after a name ending at
 * token c ("Second Chance Paws of North County", "Friends of the
 * Earth"): the token after its run, else c. */
int nfq_of_name_end(const struct nf_quotes *q, int c, int hi)
{
	if (c + 1 >= hi || !tok_is(q, c, "of"))
		return c;
	int k = c + 1 + (c + 2 < hi && tok_is(q, c + 1, "the"));
	int ri = q->tok[k].run;
	return ri >= 0 && q->runs[ri].a == k && q->runs[ri].b <= hi ? q->runs[ri].b : c;
}

/* Does the name of run ri have an apposition headed by an
 * organisation's noun ("Great Lakes Forward, a super PAC supporting
 * Marsh,", "Ballot Watch, a Mesa-based election integrity group,")?
 * Then it names an organisation, whatever its words. */
static int appos_org(struct nf_quotes *q, int ri, int hi)
{
	const struct run *r = &q->runs[ri];
	int c = r->b;
	c = nfq_of_name_end(q, c, hi);    /* the apposition after the name's place */
	if (c + 2 >= hi || q->tok[c].type != T_PUNCT || q->tok[c].ch != ',')
		return 0;
	int d = c + 1;    /* its determiner, or a place's possessive: "South
			   * Korea's second-largest steelmaker" */
	while (d < hi && d < c + 4 && nfq_word_ok(q, d) && (q->tok[d].flags & TF_CAP) &&
		!(q->tok[d].flags & TF_POSS))
		d++;
	if (!(tok_is(q, c + 1, "a") || tok_is(q, c + 1, "an") || tok_is(q, c + 1, "the") ||
		(nfq_word_ok(q, d) && (q->tok[d].flags & (TF_CAP | TF_POSS)) ==
		(TF_CAP | TF_POSS) && d + 1 < hi && ((TCLS(q, &q->tok[d]) & QW_PLACE) ||
		(q->tok[d].run >= 0 && q->runs[q->tok[d].run].place)))))
		return 0;
	if (!tok_is(q, c + 1, "a") && !tok_is(q, c + 1, "an") && !tok_is(q, c + 1, "the"))
		c = d - 1;    /* the head after the possessive */
	int head = -1;
	for (int i = c + 2; i < hi && i < c + 8 && nfq_word_ok(q, i) &&
		!(TCLS(q, &q->tok[i]) & (QW_STOP | QW_DET | QW_CUE | QW_CUE_ING)); i++) {
		if (q->tok[i].len > 4 && !memcmp(q->text + q->tok[i].off +
			q->tok[i].len - 3, "ing", 3))
			break;    /* "a super PAC supporting Marsh" */
		static const char *const after_head[] = { "best", "well", "widely",
			"known", "founded", "based", "run", "owned", "backed", "set",
			"formed", "created", "established", "launched", "listed",
			"that", "which", "who", NULL };
		if (head >= 0 && nfq_word_in(q, i, after_head))
			break;    /* "the smart-home company best known for" */
		head = i;
	}
	return head >= 0 && (nfq_org_noun(q, head) == 1 || nfq_org_noun(q, head) == 2 ||
		tok_is(q, head, "pac") || tok_is(q, head, "pacs"));
}

/* Does the sentence at lo open on a participle ("Asked", "Speaking",
 * "Addressing"): a capitalised word in -ing or -ed that names no one? */
static int opening_participle(const struct nf_quotes *q, int lo)
{
	const struct tok *t = &q->tok[lo];
	const char *w = q->text + t->off;
	if (!nfq_word_ok(q, lo) || t->pid >= 0 || t->len < 5 || (t->flags & TF_POSS) ||
		(t->run >= 0 && q->runs[t->run].b > lo + 1))
		return 0;
	return !memcmp(w + t->len - 3, "ing", 3) || !memcmp(w + t->len - 2, "ed", 2);
}

/* Is the run ri, at the head of its noun phrase, the object of a
 * preposition ("at Dumka's Gandhi Maidan", "at Mile 12 Market", "with
 * his supporters", "than Joe Biden"), no subject? lo: the sentence's
 * start. */
static int object_of_prep(const struct nf_quotes *q, int f, int lo)
{
	int j = f - 1;
	while (j >= lo && j > f - 6 && nfq_word_ok(q, j) && ((!(q->tok[j].flags & TF_CAP) &&
		(TCLS(q, &q->tok[j]) & QW_TITLE)) || (q->tok[j].flags & (TF_CAP | TF_DIGIT))) &&
		!((q->tok[j].flags & TF_CAP) && (TCLS(q, &q->tok[j]) & QW_DET)))
		j--;    /* titles, and a possessor, a name or a number before it */
	return j >= lo && nfq_word_ok(q, j) && (TCLS(q, &q->tok[j]) & QW_DET) &&
		!tok_is(q, j, "the");
}

/* "A group calling itself Save Walden Woods has collected …", "a
 * coalition called Keep Cork Green", "a campaign known as …": the body
 * a sentence names by a verb of naming after a body's noun, noted as
 * its subject (for "the group said" later). */
static void named_body(struct nf_quotes *q, int lo, int hi)
{
	for (int i = lo; i + 2 < hi && i < lo + 6; i++) {
		const struct tok *v = &q->tok[i + 1];    /* (the verb first: cheap) */
		if (v->type != T_WORD || v->len < 5 || v->len > 7 || (v->flags & TF_CAP) ||
			!(tok_is(q, i + 1, "calling") || tok_is(q, i + 1, "called") ||
			tok_is(q, i + 1, "named") || tok_is(q, i + 1, "known")))
			continue;
		if (!nfq_word_ok(q, i) || (q->tok[i].flags & (TF_CAP | TF_INQ)) ||
			!(nfq_org_noun(q, i) == 1 || nfq_org_noun(q, i) == 2))
			return;
		int n = i + 1;
		if (tok_is(q, n, "calling") && n + 1 < hi && (tok_is(q, n + 1, "itself") ||
			tok_is(q, n + 1, "themselves")))
			n += 2;
		else if (tok_is(q, n, "called") || tok_is(q, n, "named"))
			n++;
		else if (tok_is(q, n, "known") && n + 1 < hi && tok_is(q, n + 1, "as"))
			n += 2;
		else
			return;
		if (n < hi && q->tok[n].type == T_MARK)
			n++;    /* (a name in marks: "a group called “Save …”") */
		int ri = n < hi ? q->tok[n].run : -1;
		if (ri < 0 || q->runs[ri].a != n)
			return;    /* (whatever the run was taken for: a body's) */
		size_t s = q->tok[q->runs[ri].a].off, len = q->tok[q->runs[ri].b - 1].off +
			q->tok[q->runs[ri].b - 1].len - s;
		int o = nfq_find_org(q, q->text + s, len, 0);
		if (o < 0)
			o = nfq_register_org_name(q, q->text + s, len);
		nfq_note_org_subject(q, o);
		return;
	}
}

void nfq_note_subject(struct nf_quotes *q, int lo, int hi)
{
	int kept = q->subj_kept;
	q->subj_kept = 0;
	q->sent_person = 0;
	q->nsent++;
	if (!q->dry)
		named_body(q, lo, hi);
	int g = anon_subject(q, lo, hi);
	if (g >= 0) {
		q->last_subj = LAST_ANON;
		q->anon_gender = g;
		return;
	}
	/* "The report says …": a sentence about a thing; "it" after it is
	 * no organisation */
	if (lo + 1 < hi && nfq_word_ok(q, lo) && (TCLS(q, &q->tok[lo]) & QW_DET) &&
		!nfq_word_in_ci(q, lo, nfq_preps) &&    /* (not "In the report, …") */
		nfq_word_ok(q, lo + 1) && !(q->tok[lo + 1].flags & TF_CAP) &&
		!(TCLS(q, &q->tok[lo + 1]) & QW_ORG) && !(TCLS(q, &q->tok[lo + 1]) & QW_TITLE))
		q->org_subj = -1;
	for (int i = lo; i < hi && i < lo + 12; i++) {
		int ri = q->tok[i].run;
		if (ri < 0 || (q->tok[i].flags & TF_INQ) || q->runs[ri].a != i)
			continue;
		if (q->tok[q->runs[ri].b - 1].flags & TF_POSS)
			continue;    /* "Gluvexa's maker, Norrell Labs, said" */
		size_t s0;
		if (q->runs[ri].b == i + 1 && !nfq_run_name(q, &q->runs[ri], &s0))
			continue;    /* "The" alone: "The mass circulation Yomiuri
				      * Shimbun said" */
		if (i == lo && !q->dry)
			nfq_note_country_subject(q, ri);
		const struct run *r = &q->runs[ri];
		size_t s = 0, n = 0;
		if ((size_t)r->b < q->ntok && r->b < hi &&
			!((q->tok[r->b - 1].flags | q->tok[r->b].flags) & TF_POSS) &&
			(nfq_org_noun(q, r->b) == 1 || nfq_org_noun(q, r->b) == 2 ||
			tok_is(q, r->b, "party")) &&
			(i == lo || (i == lo + 1 && tok_is(q, lo, "the"))) &&
			r->kind != R_PERSON && !q->dry &&
			!(r->b == r->a + 1 && (TCLS(q, &q->tok[r->a]) & QW_DET))) {
			/* "The Georgia Republican party said it would
			 * appeal", "The Hotel Okura chain … confessed": the
			 * name and its noun, an organisation for "the party"
			 * or "it" after it */
			nfq_run_name(q, r, &s);    /* not "The" */
			n = q->tok[r->b].off + q->tok[r->b].len - s;
		} else if (nfq_org_subject_run(q, ri, lo) || appos_org(q, ri, hi)) {
			n = nfq_org_run_name(q, r, &s);
			int c = nfq_of_name_end(q, r->b, hi);   /* "… of North County" */
			if (n && c > r->b)
				n = q->tok[c - 1].off + q->tok[c - 1].len - s;
		}
		if (n) {
			int o = nfq_find_org(q, q->text + s, n, 0);
			if (o < 0)
				o = nfq_register_org_name(q, q->text + s, n);
			nfq_note_org_subject(q, o);
		}
		break;
	}
	/* "The man who has worked with … Bob Dylan …, said": the person
	 * the description comes back to, or the one before stays; after
	 * an opening conjunction too ("But the astronaut demurred when
	 * asked about Donald Trump and Bernie Sanders. … he said") */
	static const char *const opens[] = { "but", "and", "yet", "still",
		"so", "then", "now", "meanwhile", "instead", NULL };
	int ds = lo;
	if (ds + 2 < hi && nfq_word_in_ci(q, ds, opens)) {
		ds++;
		if (q->tok[ds].type == T_PUNCT && q->tok[ds].ch == ',')
			ds++;
	}
	int d = nfq_desc_subject(q, ds, hi);
	if (d != -2) {
		if (d >= 0)
			q->last_subj = d;
		return;
	}
	/* "When Mendez read her that line, Calder laughed.": the main
	 * clause's subject, after a clause that opens on a subordinator */
	static const char *const subs[] = { "when", "as", "after", "while",
		"although", "though", "because", "since", "once", "until",
		"before", "if", "whenever", NULL };
	/* (or on a participle: "Asked whether he would …, Whitaker was
	 * unequivocal", "Addressing a rally at Dumka's Gandhi Maidan,
	 * Kujur said") */
	int from = lo;
	if (((TCLS(q, &q->tok[lo]) & QW_STOP) && nfq_word_in_ci(q, lo, subs)) ||
		opening_participle(q, lo))
		for (int i = lo + 2; i < hi && i < lo + 24; i++) {
			if (q->tok[i].type == T_MARK)
				break;
			if (q->tok[i].type == T_PUNCT && q->tok[i].ch == ',') {
				/* a name right after it, not "he said," */
				if (i + 1 < hi && q->tok[i + 1].run >= 0 &&
					q->tok[i + 1].pid >= 0)
					from = i + 1;
				break;
			}
		}
	for (int i = from; i < hi; i++) {
		const struct tok *t = &q->tok[i];
		if (t->pid < 0 || (t->flags & (TF_INQ | TF_POSS)) || t->type != T_WORD)
			continue;
		int f = t->run >= 0 ? q->runs[t->run].a : i;
		if (object_of_prep(q, f, lo))
			continue;
		int e = t->run >= 0 ? q->runs[t->run].b : i + 1;
		int r = (size_t)e + 1 < q->ntok && e + 1 < hi && nfq_org_noun(q, e) == 3 ?
			e + 1 : e;    /* "Whitcomb campaign manager" */
		if ((size_t)r < q->ntok && r < hi && nfq_word_ok(q, r) &&
			!(q->tok[r].flags & TF_CAP) && ((TCLS(q, &q->tok[r]) & (QW_TITLE | QW_ROLE)) ||
			nfq_role_before_name(q, r)) && !(q->tok[e - 1].flags & TF_POSS)) {
			i = r;    /* "said Whitcomb campaign manager Trevor
				   * Haight": a name as a modifier */
			continue;
		}
		q->last_subj = t->pid;
		later_speaker(q, i, hi);
		return;
	}
	/* no name: "Now, to compete, he’s had to quit Tokyo" is still
	 * about the person "he" stands for */
	for (int i = lo; i < hi; i++) {
		const struct tok *t = &q->tok[i];
		int g = t->type == T_WORD && !(t->flags & TF_INQ) ? subject_pronoun(q, t) : 0;
		if (g) {
			q->last_subj = nfq_salient_pronoun(q, g);
			return;
		}
	}
	/* a sentence about no one ("And climate change is already
	 * having an effect.") between the person's and a quotation
	 * alone: still about them, for one sentence */
	if (q->last_subj >= 0 && !kept && !sentence_names_any(q, lo, hi)) {
		q->subj_kept = 1;
		return;
	}
	q->last_subj = -1;   /* none found: the last person mentioned */
}
