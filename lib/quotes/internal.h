/* internal.h: what the modules of the quotation analyser share: the tokens of
 * a record, capitalised runs, the document's persons and organisations,
 * attributions, quotes being built, and the analyser's state. Private to
 * lib/quotes/. */
#ifndef NF_QUOTES_INTERNAL_H
#define NF_QUOTES_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "newsfilter/buf.h"
#include "newsfilter/entities.h"
#include "newsfilter/quotes.h"
#include "qlex.h"

/* Token types and flags. */
enum { T_WORD, T_PUNCT, T_MARK, T_PARA };
enum {
	TF_CAP = 1,      /* starts with an upper-case letter */
	TF_POSS = 2,     /* ends in 's or ’s */
	TF_INQ = 4,      /* inside a top-level quote */
	TF_DIGIT = 8,    /* contains a digit */
	TF_SKIPMARK = 16, /* a mark that only continues a quote */
	TF_INITIAL = 32, /* "K." */
	TF_ALLCAPS = 64,
	TF_CLS = 128,    /* cls is computed */
};
enum { M_OPEN = 1, M_CLOSE = 2, M_AMBIG = 3 };
enum { F_DOUBLE = 1, F_SINGLE = 2 };

struct tok {
	uint32_t off, len;
	uint32_t cls;    /* lexicon classes, computed on first use (TF_CLS) */
	int32_t run;     /* index of the capitalised run, -1 none */
	int32_t quote;   /* quote opened/closed by this mark, -1 none */
	int16_t pid;     /* person meant (registry index, < NPERS), -1 none;
			  * 16 bits keep a token at 28 bytes, a long record's
			  * largest cost */
	uint8_t type, flags, role, fam, klen;
	char ch;         /* punctuation: the ASCII char; '-' for dashes */
};

#define NAMEMAX 96

/* A capitalised run and what it names. */
enum { R_PERSON = 1, R_NONPERSON, R_MAYBE, R_ROLE };
struct run {
	int a, b;        /* tokens of the run */
	int na, nb;      /* tokens of the name inside it */
	int kind;
	int pid;
	int gender;
	int place;       /* a place's name: a government as a source */
};

/* The documents a story names that "the report" may come back to. */
#define DOCMEM 8

/* The recent organisations of the document, for their fullest form:
 * "the SDF" after "Syrian Democratic Forces (SDF)", "Ford" after "Ford
 * Motor Company", "the ministry" after "Ministry of Health". */
#define NORGS 64
#define ACRMAX 16
struct org {
	char name[NAMEMAX];
	uint8_t len, alen;
	char acr[ACRMAX];
	uint64_t seq;
};

/* The recent persons of the document. */
#define NPERS 256
_Static_assert(NPERS <= INT16_MAX, "a token's pid is 16 bits");
#define NMAYBE 32
#define TITLEMAX 40
#define DESCMAX 48
#define SRCMAX 120
struct person {
	char name[NAMEMAX];
	uint8_t len, last;
	uint8_t gender;   /* 0 unknown, 1 man, 2 woman */
	uint8_t sex_guess;    /* gender was guessed from a first name alone */
	uint8_t tlen, dlen;
	char title[TITLEMAX];
	char desc[DESCMAX];   /* words of appositions: "professor 27-year-old" */
	uint32_t hlast;
	uint64_t seq;
	int used;
	uint32_t count;   /* mentions */
};

/* a bit beside a sex (1 man, 2 woman) passed to the registry: guessed
 * from a first name alone, so that a title may override it */
#define SEX_GUESS 4


/* last_subj when the sentence before was about an unnamed person; a
 * word's role is WR_ANON for a pronoun that goes on about one */
#define LAST_ANON (-2)
enum { WR_ANON = 1 };

/* An attribution found for a quote. */
struct attr {
	int found;          /* a cue or a speaker was found */
	int inherit;        /* the speaker of the quote before */
	int fwd;            /* "Saying "Q", X ...": speaker comes later */
	int spk;            /* speaker length, -1 none */
	char name[NAMEMAX];
	int cuelen;         /* -1 none */
	char cue[48];
	int cue_tok;        /* the cue's token in this record, or -1 */
	int stype;          /* NF_SPEAKER_PER, _ORG, _LOC; 0 with no speaker */
	int rolelen;        /* the speaker's role, -1 none */
	char role[TITLEMAX];
	int srclen;         /* the source as written, -1 none */
	char src[SRCMAX];
	long src_s, src_e;  /* its bytes in this record's text, -1 elsewhere */
};

/* A quote being built. */
struct wq {
	size_t start, end;  /* inner text in its first record */
	size_t part;        /* where its text resumes in this record */
	int earlier;
	int open_tok, close_tok; /* in this record; -1 when outside it */
	int terminated;     /* ended by a paragraph end, not a mark */
	int joined;         /* its text has parts: built in a buffer */
	int sent_initial;
	int prev_kind;      /* what stands before the open mark */
	int upper;          /* text starts with a capital */
	int multi;          /* text holds a sentence end */
	int skip;           /* not a quotation (a name, a gloss) */
	int addressee;      /* right after "told": a programme if titled */
	int named;          /* a naming verb a few words before: "calls them
	                     * her “A-Team”" */
	int det_before;     /* a determiner right before: "the “housewife”" */
	int fam;
	struct attr pre;
	int done;
};

enum { PK_NONE, PK_COMMA, PK_CUE, PK_CUENAME, PK_WORD, PK_DETLIKE, PK_PAREN,
	PK_NAMING };

#define NTCACHE 512
struct tcache {       /* a name's hash (odd; 0 empty) and its entity type */
	uint32_t h;
	int8_t type;
	int8_t split;     /* tokens before a person's name inside it, or 0 */
};

#define NIDX 1024
#define NWCACHE 4096
struct wcache {
	uint32_t key, len, cls;
};

/* A slot of the registry's indexes (qpersons.c): the person under a
 * name (pid + 1, 0 for none) and the high bits of the name's hash, so
 * that a slot of another name fails without comparing names. */
struct islot {
	int16_t pid;
	uint16_t tag;
};

struct nf_quotes {
	struct wcache wcache[NWCACHE];
	struct person pers[NPERS];
	struct org orgs[NORGS];
	char maybe[NMAYBE][NAMEMAX];  /* recent name-like runs of 2-4 words */
	unsigned nmaybe;
	struct nf_tagger *tg;   /* the entity tagger, when in use */
	struct tcache tcache[NTCACHE];
	size_t tagged;          /* bytes it has read */
	int norg_next;
	char gov[NAMEMAX];      /* the country whose government was named last */
	size_t gov_len;
	int gov_sent;           /* the sentence it was named in (nsent) */
	int org_subj;           /* the organisation in focus, -1 none */
	uint64_t org_subj_seq;
	int nsent, org_subj_sent; /* sentences seen, and when it was noted */
	struct islot idx_last[NIDX], idx_full[NIDX], idx_word[NIDX];
	int16_t mru[8];
	size_t nmarks;   /* quotation marks in the record */
	int clock;       /* where the search for an entry to reuse goes on */  /* the latest persons touched, latest first (pid+1) */
	uint64_t seq;
	/* scratch for one record */
	struct tok *tok;
	size_t ntok, captok;
	struct run *runs;
	size_t nrun, caprun;
	struct wq *wq;
	size_t nwq, capwq;
	/* output */
	int head_tc;         /* tokens of a title-case headline, else 0 */
	struct nf_quote *out;
	size_t nout, capout;
	struct nf_buf strs;
	size_t *strofs;      /* per output: text, speaker, cue offsets in strs */
	size_t capofs;
	/* a quote open at the end of the last record */
	int pending;
	int pending_here;
	struct wq pend;
	struct nf_buf ptext;
	/* an unfinished sentence at the end of the last record ("… said U.S."),
	 * read again before the next record of the same paragraph */
	struct nf_buf carry, join;
	size_t lead;             /* bytes of spaces and marks the text starts with */
	size_t base;
	long tail_off;
	int dry;         /* reading the sentence before: name, register nothing */
	int pend_nocont;
	uint8_t stack[8];
	int depth;
	/* the sentence before, in the same paragraph */
	int ps_valid, ps_quote;
	int ps_lazy, ps_lo, ps_hi;   /* tokens of it, not yet looked at */
	struct attr ps;              /* the speaker of its last quote */
	int ps_cue_found;
	struct attr ps_c;            /* its speech verb and subject */
	/* a paragraph that ended in a colon after a speech verb: the lead-in
	 * of a quotation opening the next paragraph */
	int leadin_valid;   /* 1: a lead-in (leadin), 2: a quotation ended
	                     * the paragraph (leadin: its speaker) */
	struct attr leadin;
	/* an exchange (new_para): the speaker of the turn before the last
	 * paragraph, and whether it asked (turn_q) */
	struct attr turn;
	int turn_valid, turn_q;
	int para_open_q;    /* this paragraph opened on a quotation */
	int last_asked;     /* the last quotation given ended on "?" */
	/* the quote before (for "Q1," X said. "Q2.") */
	struct attr lq;
	/* the paragraph's last quotation with a speaker, while no sentence
	 * since was about another person (pq_valid), for a quotation with
	 * no verb or source of its own later in the paragraph */
	struct attr pq;
	int pq_valid;
	struct attr voice;           /* the organisation of the last spokesman */
	struct attr doc;             /* the owner of the last document named */
	char doc_word[16];           /* its noun ("memo"), doc_wlen bytes */
	int doc_wlen;
	int doc_age;                 /* sentences since it was named */
	int doc_head;                /* it opened that sentence ("The
	                              * analysis … found. It warns") */
	int doc_said;                /* nsent when it last spoke ("the memo
	                              * says"), for "It also argued" */
	/* the documents named, newest last, with their owners (none for
	 * one met with no owner, which hides an older one of its noun):
	 * "the report" after "a letter accompanying the report" is still
	 * the report (nfq_doc_owner) */
	struct docmem {
		char word[16];
		int wlen;
		int sent;                /* nsent when last named */
		int times;               /* how often named */
		struct attr who;
	} docs[DOCMEM];
	int ndocs;                   /* named so far (the ring's next slot) */
	int doc_seen;                /* a document's noun in this sentence */
	int voice_seen;              /* a spokesperson's noun in it */
	char lowbuf[256];
	int sk;          /* where nfq_subject_left stopped */
	int rend;        /* subject_right: the last token of a role's name */
	int send;        /* subject_left_at: the source's last token, -1 the verb's */
	int last_subj;   /* the person the sentence before was about, or -1;
			  * LAST_ANON: an unnamed person ("One waiter said") */
	int anon_gender; /* that unnamed person's sex, when its noun tells */
	char anon_word[16];  /* and its noun ("executive"), lower case */
	int anon_wlen;
	uint64_t anon_seq;   /* the person clock when it was met */
	int subj_kept;   /* last_subj kept over a sentence that named no one */
	int focus_pid;   /* the person a sentence was last about, kept over
			  * sentences about no one, or -1 */
	int focus_sent;  /* that sentence (nsent) */
	int asked_pid;   /* the person a sentence said was asked ("Hammer
			  * asked Mr. Ridley whether …"), or -1 */
	int asked_sent;  /* that sentence (nsent) */
	int sent_lo, sent_hi;  /* the sentence finish_sentence reads (tokens) */
	int ask_tok;     /* this sentence's first verb of asking, or -1 (a
			  * token of the record analyse reads: set there) */
	int in_sources;  /* after a "Sources" heading: citations, no quotations */
	int first_pid;   /* whose words "I" stands in: the last "((Name))" label, or -1 */
	int first_age;   /* sentences since that label */
	int sent_person; /* a person was mentioned in this sentence so far */
	const char *text;
	size_t len;
};
#define TCLS(q, t) nfq_tcls((struct nf_quotes *)(q), (struct tok *)(t))

enum { AC_SPACE = 1, AC_PUNCT, AC_HIGH, AC_LOWER, AC_OTHERWORD };

/* Is token i the word w, in any case (w in lower case)? */
#define tok_is(q, i, w) nfq_tok_is_n(q, i, w, sizeof(w) - 1)

/* qmarks.c: tokens and quotation marks */
void nfq_init_ascii(void);
int nfq_mark_family(int32_t c);
int nfq_is_upper_cp(int32_t c);
int32_t nfq_decode(const char *s, size_t len, size_t i, size_t *n);
uint32_t nfq_word_class(struct nf_quotes *q, const char *w, size_t n, int cap);
void nfq_tokenise(struct nf_quotes *q, const char *s, size_t from, size_t len);
void nfq_trim_span(const char *s, size_t *a, size_t *b);
int nfq_can_open(const struct tok *t);
int nfq_closes_first(const struct nf_quotes *q, size_t from, int fam);
void nfq_pair_marks(struct nf_quotes *q, int cont);
void nfq_quote_part(struct nf_quotes *q, struct nf_buf *dst, size_t a,
	size_t b, int joined);

/* qpersons.c: persons, organisations, runs, pronouns */
int nfq_resolve_role(struct nf_quotes *q, const char *w, size_t n, int gender);
size_t nfq_run_name(const struct nf_quotes *q, const struct run *r,
	size_t *start);
int nfq_same_word_ci(const char *a, const char *b, size_t n);
int nfq_of_name_end(const struct nf_quotes *q, int c, int hi);
void nfq_note_asked(struct nf_quotes *q, int lo, int hi);
int nfq_ask_verb_in(const struct nf_quotes *q, int i);
int nfq_find_org(const struct nf_quotes *q, const char *w, size_t n, int how);
int nfq_find_org_prefix(const struct nf_quotes *q, const char *w, size_t n);
int nfq_scan_run(struct nf_quotes *q, int a);
int nfq_promote_run(struct nf_quotes *q, int ri);
int nfq_pronoun_tagged(struct nf_quotes *q, int k);
void nfq_speaker_run(struct nf_quotes *q, int ri, int a, int b);
int nfq_name_has_word(const char *name, size_t len, const char *w, size_t n,
	int first);

/* qorgs.c: organisations */
void nfq_register_org(struct nf_quotes *q, int ri);
int nfq_register_org_name(struct nf_quotes *q, const char *w, size_t n);
void nfq_note_org_subject(struct nf_quotes *q, int o);
int nfq_org_in_focus(const struct nf_quotes *q);
int nfq_org_subject_run(struct nf_quotes *q, int ri, int lo);
void nfq_attr_name(struct attr *a, const char *w, size_t n, int type);
int nfq_attr_org(struct nf_quotes *q, struct attr *a, int ri);
int nfq_word_in(const struct nf_quotes *q, int k, const char *const *list);
int nfq_word_in_ci(const struct nf_quotes *q, int k, const char *const *list);
int nfq_np_start(struct nf_quotes *q, int k, int lo);
int nfq_org_noun(const struct nf_quotes *q, int k);
int nfq_org_by_noun(struct nf_quotes *q, struct attr *a, int k, int lo);
size_t nfq_org_run_name(const struct nf_quotes *q, const struct run *r,
	size_t *start);
int nfq_org_short_name(const struct nf_quotes *q, int i);
void nfq_note_institution(struct nf_quotes *q, int ri);
size_t nfq_government_of(struct nf_quotes *q, int k, const char **name);
void nfq_note_government(struct nf_quotes *q, int k);
int nfq_attr_government(struct nf_quotes *q, struct attr *a, int k, int lo);
void nfq_note_person_group(struct nf_quotes *q, int k);
int nfq_poss_leadin(struct nf_quotes *q, struct attr *a, int lo, int e);
int nfq_attr_signature(struct nf_quotes *q, struct attr *a, int k, int hi);
void nfq_note_documents(struct nf_quotes *q, int lo, int hi, int had);
int nfq_doc_noun(const struct nf_quotes *q, int i);
extern const char *const nfq_preps[];
int nfq_sign_text(const struct nf_quotes *q, int p);
int nfq_doc_owner(struct nf_quotes *q, struct attr *a, int k);
int nfq_reading_lead(const struct nf_quotes *q, int k, int hi);
int nfq_demonym_person(const struct nf_quotes *q, int k);
int nfq_honour_noun(const struct nf_quotes *q, int k);
int nfq_org_of_person(struct nf_quotes *q, struct attr *a, int k);
int nfq_org_pronoun(struct nf_quotes *q, struct attr *a, int k, int lo);
int nfq_org_its(struct nf_quotes *q, struct attr *a, int k, int lo);
int nfq_src_has(const char *s, size_t n, const char *w);
int nfq_org_phrase(struct nf_quotes *q, struct attr *a, int di, int k);
void nfq_note_voice(struct nf_quotes *q, int lo, int hi);
int nfq_salient_pronoun(struct nf_quotes *q, int gender);
void nfq_note_subject(struct nf_quotes *q, int lo, int hi);
int nfq_desc_subject(struct nf_quotes *q, int lo, int hi);
int nfq_inverted_cue(const struct nf_quotes *q, int i);
int nfq_verb_may_follow(const struct nf_quotes *q, int b, int k);
void nfq_note_country_subject(struct nf_quotes *q, int ri);
int nfq_people_run(const struct nf_quotes *q, const struct run *r);

/* qscan.c */
void nfq_ps_compute(struct nf_quotes *q);

/* qattrib.c: attribution patterns */
void nfq_attr_none(struct attr *a);
void nfq_attr_person(struct nf_quotes *q, struct attr *a, int pid);
/* Is the speaker of a the person pid (by name)? */
int nfq_attr_is_person(const struct nf_quotes *q, const struct attr *a, int pid);
void nfq_attr_take_speaker(struct attr *dst, const struct attr *src);
void nfq_attr_take_source(struct attr *dst, const struct attr *src);
int nfq_unnamed_source(const struct attr *a);
void nfq_attr_set_cue(struct nf_quotes *q, struct attr *a, int k, int n);
int nfq_cue_at(const struct nf_quotes *q, int k, int lo);
int nfq_role_before_name(const struct nf_quotes *q, int e);
void nfq_subject_left(struct nf_quotes *q, struct attr *a, int k, int lo,
	int cue_tok);
void nfq_attr_before(struct nf_quotes *q, struct attr *a, int o, int lo);
int nfq_attr_after(struct nf_quotes *q, struct attr *a, int c, int hi);
int nfq_attr_tail(struct nf_quotes *q, struct attr *a, int lo, int hi);
void nfq_clause_subject(struct nf_quotes *q, struct attr *a, int k, int lo);
void nfq_sentence_subject(struct nf_quotes *q, struct attr *a, int k, int lo, int hi);
int nfq_person_noun(const struct nf_quotes *q, int k);
int nfq_kin_word(const struct nf_quotes *q, int k);
int nfq_kin_of(struct nf_quotes *q, const char *w, size_t n, const char *kin,
	size_t kn);
const struct person *nfq_fuller_by_last(const struct nf_quotes *q, const char *w,
	size_t n);
int nfq_focus_person(struct nf_quotes *q, int gender);
int nfq_anon_noun(const struct nf_quotes *q, int k, int pid);
int nfq_resolve_desc(struct nf_quotes *q, const char *w, size_t n, int gender);
int nfq_age_word(const struct nf_quotes *q, int k);

/* small and hot: inline everywhere */
static inline uint32_t nfq_tcls(struct nf_quotes *q, struct tok *t)
{
	if (!(t->flags & TF_CLS)) {
		t->flags |= TF_CLS;
		t->cls = t->type == T_WORD && t->klen && !(t->flags & TF_DIGIT) ?
			nfq_word_class(q, q->text + t->off, t->klen,
			(t->flags & TF_CAP) != 0) : 0;
	}
	return t->cls;
}

static inline int nfq_tok_is_n(const struct nf_quotes *q, int i, const char *w,
	size_t n)
{
	const struct tok *t = &q->tok[i];
	if (t->type != T_WORD || t->len != n)
		return 0;
	for (size_t k = 0; k < n; k++) {
		char c = q->text[t->off + k];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		if (c != w[k])
			return 0;
	}
	return 1;
}

/* The bytes of the possessive ending a token that ends at byte end of
 * s: "'s" 2, "’s" 4, or a plural's apostrophe alone ("Adams'", "Adams’":
 * 1, 3). */
static inline size_t nfq_poss_len(const char *s, size_t end)
{
	if (s[end - 1] == '\'')
		return 1;
	if ((unsigned char)s[end - 1] == 0x99)
		return 3;
	return s[end - 2] == '\'' ? 2 : 4;
}

/* Copy n bytes of s to d in ASCII lower case. */
static inline void nfq_lower_copy(char *d, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		d[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
}

static inline int nfq_word_ok(const struct nf_quotes *q, int i)
{
	return i >= 0 && (size_t)i < q->ntok && q->tok[i].type == T_WORD &&
		!(q->tok[i].flags & TF_INQ);
}

/* Is token i a US party tag ("R-Texas", "D-N.Y.", "I-Vt."): a
 * party's initial, a hyphen and a state, written after a legislator's
 * name? Never a name of its own. */
static inline int nfq_party_tag(const struct nf_quotes *q, int i)
{
	const struct tok *t = &q->tok[i];
	const char *w = q->text + t->off;
	return t->type == T_WORD && t->len >= 3 && (w[0] == 'R' || w[0] == 'D' ||
		w[0] == 'I') && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z';
}

/* Is token i the rest of a party tag's place ("R-Cape Girardeau", "D-San
 * Antonio"): a capitalised word right after the tag, no name? */
static inline int nfq_party_place(const struct nf_quotes *q, int i)
{
	int j = i - 1;
	while (j >= 0 && j > i - 3 && nfq_word_ok(q, j) && (q->tok[j].flags & TF_CAP) &&
		q->tok[j].run < 0 && !nfq_party_tag(q, j))
		j--;
	return j >= 0 && j < i && nfq_word_ok(q, j) && nfq_party_tag(q, j);
}

/* Is token i a party's member as a noun ("Democrat", "Republican",
 * "independent")? A description of a politician: "the Vermont
 * independent", "the California Democrat". */
static inline int nfq_party_noun(const struct nf_quotes *q, int i)
{
	static const char *const w[] = { "democrat", "republican", "independent",
		"conservative", "liberal", "progressive", "libertarian", "socialist",
		"tory", "populist", NULL };
	const struct tok *t = &q->tok[i];
	if (!nfq_word_ok(q, i) || t->len < 4 || t->len > 12)
		return 0;
	for (int k = 0; w[k]; k++)
		if (nfq_tok_is_n(q, i, w[k], strlen(w[k])))
			return 1;
	return 0;
}

/* May token i be a document's noun (memo, email, letter, report,
 * message, op-ed, complaint, lawsuit, petition, filing, analysis,
 * study, document, communiqué, ruling …)? Its first letters, no lookup: every word of the
 * text is asked (nfq_doc_noun then looks it up). */
static inline int nfq_doc_noun_maybe(const struct nf_quotes *q, int i)
{
	const char *w = q->text + q->tok[i].off;
	size_t n = q->tok[i].len;
	if (n < 4)
		return 0;
	switch (w[0]) {    /* (one branch per first letter: every word asks) */
	case 'm':
		return w[1] == 'e';    /* memo, message */
	case 'e':
		return w[1] == 'm' || (n == 9 && w[1] == 'd' && w[2] == 'i');
	case 'l':
		return w[1] == 'e' || (w[1] == 'a' && w[2] == 'w');
	case 'r':
		return w[1] == 'e' || (w[1] == 'u' && w[2] == 'l');
	case 'o':
		return w[1] == 'p';
	case 'c':
		return w[1] == 'o' && w[2] == 'm';
	case 'p':
		return (w[1] == 'e' && w[2] == 't') ||
			(n <= 5 && w[1] == 'o' && w[2] == 's' && w[3] == 't') ||
			(n == 12 && w[1] == 'r' && w[2] == 'e');    /* presentation */
	case 'f':
		return w[1] == 'i' && w[2] == 'l';
	case 's':
		return (n >= 9 && n <= 10 && w[1] == 't' && w[2] == 'a' && w[3] == 't' &&
			w[4] == 'e') || (n == 5 && w[1] == 't' && w[2] == 'u') ||
			(n == 6 && w[1] == 'u' && w[2] == 'r') ||
			(n >= 10 && w[1] == 'u' && w[2] == 'b');    /* submission */
	case 'n':
		return (n == 4 && w[1] == 'o' && w[2] == 't' && w[3] == 'e') ||
			(n == 6 && w[1] == 'o' && w[2] == 't') ||
			(n == 10 && w[1] == 'e' && w[2] == 'w');
	case 'a':
		return (n == 8 && w[1] == 'n' && w[2] == 'a') ||
			(n == 10 && w[1] == 's' && w[2] == 's') ||
			(n == 5 && w[1] == 'u' && w[2] == 'd') ||
			(n == 8 && w[1] == 'd' && w[2] != 'd') ||
			(n == 9 && w[1] == 'f' && w[2] != 'd');
	case 'd':
		return (n == 8 && w[1] == 'o' && w[2] == 'c') ||
			(w[1] == 'i' && w[2] == 'r') ||
			(n == 11 && w[1] == 'e' && w[2] == 'c');
	case 'j':
		return w[1] == 'u' && w[2] == 'd';
	case 't':
		return w[1] == 'w' && w[2] == 'e';
	case 'b':
		return (w[1] == 'u' && w[2] == 'l') || (n == 5 && w[1] == 'r' && w[2] == 'i');
	default:
		return 0;
	}
}

/* Is token i a verb of asking ("Hammer asked Mr. Ridley whether …")?
 * Tested on the lower-case words outside quotations as they are read:
 * all end in "ed", looked at here before the list. */
static inline int nfq_ask_verb(const struct nf_quotes *q, int i)
{
	const struct tok *v = &q->tok[i];
	const char *w = q->text + v->off;
	return v->len >= 5 && v->len <= 10 && w[v->len - 1] == 'd' &&
		w[v->len - 2] == 'e' && nfq_ask_verb_in(q, i);
}

/* 1 for he, 2 for she, else 0: read from the bytes, no lookup. */
static inline int nfq_pronoun(const struct nf_quotes *q, const struct tok *t)
{
	const char *w = q->text + t->off;
	if (t->len == 2 && (w[0] == 'h' || w[0] == 'H') && w[1] == 'e')
		return 1;
	if (t->len == 3 && (w[0] == 's' || w[0] == 'S') && w[1] == 'h' &&
		w[2] == 'e')
		return 2;
	return 0;
}

static inline int nfq_is_digit_cp(int32_t c)
{
	return c >= '0' && c <= '9';
}

#endif
