/* quotes.c: find quotations in news text and attribute them to a speaker,
 * keeping the recent persons of a document to resolve "he", "the minister"
 * and last names, and a quote left open at the end of a record. */
#include <limits.h>
#include <stdint.h>
#include <string.h>

#include <stdlib.h>
#include <utf8proc.h>

#include "newsfilter/buf.h"
#include "newsfilter/entities.h"
#include "newsfilter/quotes.h"
#include "newsfilter/utf8.h"
#include "quotes_lex.h"

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
	int32_t pid;     /* person meant (registry index), -1 none */
	int32_t run;     /* index of the capitalised run, -1 none */
	int32_t quote;   /* quote opened/closed by this mark, -1 none */
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
#define TITLEMAX 40
#define SRCMAX 120
struct person {
	char name[NAMEMAX];
	uint8_t len, last;
	uint8_t gender;   /* 0 unknown, 1 man, 2 woman */
	uint8_t tlen;
	char title[TITLEMAX];
	uint32_t hlast;
	uint64_t seq;
	int used;
};

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
};

#define NIDX 1024
#define NWCACHE 4096
struct wcache {
	uint32_t key, len, cls;
};

struct nf_quotes {
	struct wcache wcache[NWCACHE];
	struct person pers[NPERS];
	struct org orgs[NORGS];
	struct nf_tagger *tg;   /* the entity tagger, when in use */
	struct tcache tcache[NTCACHE];
	size_t tagged;          /* bytes it has read */
	int norg_next;
	int16_t idx_last[NIDX], idx_full[NIDX];
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
	int dry;         /* looking, not registering: the sentence before */
	int pend_nocont;
	uint8_t stack[8];
	int depth;
	/* the sentence before, in the same paragraph */
	int ps_valid, ps_quote;
	int ps_lazy, ps_lo, ps_hi;   /* tokens of it, not yet looked at */
	struct attr ps;              /* the speaker of its last quote */
	int ps_cue_found;
	struct attr ps_c;            /* its speech verb and subject */
	/* the quote before (for "Q1," X said. "Q2.") */
	struct attr lq;
	struct attr voice;           /* the organisation of the last spokesman */
	char lowbuf[256];
	int sk;          /* where subject_left stopped */
	int last_subj;   /* the person the sentence before was about, or -1 */
	int sent_person; /* a person was mentioned in this sentence so far */
	const char *text;
	size_t len;
};

/* ---------- small helpers ---------- */

static int is_space_cp(int32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 ||
		c == 0x2009 || c == 0x202F || c == 0x200B || c == 0x3000 ||
		(c >= 0x2000 && c <= 0x200A) || c == 0xFEFF;
}

static int mark_family(int32_t c)
{
	switch (c) {
	case '"': case 0x201C: case 0x201D: case 0x201E: case 0x201F:
	case 0xAB: case 0xBB:
		return F_DOUBLE;
	case '\'': case 0x2018: case 0x2019: case 0x201A: case 0x201B:
	case 0x2039: case 0x203A:
		return F_SINGLE;
	}
	return 0;
}

/* Preferred role of a mark glyph when its neighbours do not tell. */
static int mark_default(int32_t c)
{
	switch (c) {
	case 0x201C: case 0x201E: case 0xAB: case 0x2018: case 0x201A:
	case 0x2039: case 0x201F: case 0x201B:
		return M_OPEN;
	case 0x201D: case 0xBB: case 0x2019: case 0x203A:
		return M_CLOSE;
	}
	return M_AMBIG;
}

static int is_dash_cp(int32_t c)
{
	return c == 0x2013 || c == 0x2014 || c == 0x2012 || c == 0x2015 ||
		c == 0x2026;
}

static int is_upper_cp(int32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	utf8proc_category_t k = utf8proc_category(c);
	return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

static int is_wordchar_cp(int32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			(c >= '0' && c <= '9') || c == '@' || c == '#' ||
			c == '_' || c == '%' || c == '$' || c == '&';
	if (mark_family(c))
		return 0;
	switch (utf8proc_category(c)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
	case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO: case UTF8PROC_CATEGORY_SC:
	case UTF8PROC_CATEGORY_CF:
		return 1;
	default:
		return 0;
	}
}

static int32_t decode(const char *s, size_t len, size_t i, size_t *n)
{
	unsigned char b = (unsigned char)s[i];
	if (b < 0x80) {
		*n = 1;
		return b;
	}
	return nf_utf8_decode(s + i, len - i, n);
}

/* The code point before byte i (i > 0). */
static int32_t decode_prev(const char *s, size_t i)
{
	size_t j = i - 1, n;
	while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80 && i - j < 4)
		j--;
	return nf_utf8_decode(s + j, i - j, &n);
}

static int is_letter_cp(int32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	return is_wordchar_cp(c);
}

static int is_digit_cp(int32_t c) { return c >= '0' && c <= '9'; }

/* ---------- tokenising ---------- */

static inline struct tok *newtok(struct nf_quotes *q)
{
	if (q->ntok == q->captok) {
		q->captok = q->captok ? 2 * q->captok : 256;
		q->tok = nf_xrealloc(q->tok, q->captok * sizeof *q->tok);
	}
	struct tok *t = &q->tok[q->ntok++];
	t->cls = 0;
	t->flags = t->role = t->fam = t->klen = 0;
	t->ch = 0;
	t->pid = -1;
	t->run = -1;
	t->quote = -1;
	return t;
}

static uint32_t word_class(struct nf_quotes *q, const char *w, size_t n,
	int cap)
{
	if (n > sizeof q->lowbuf)
		return 0;
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++) {
		char c = w[i];
		c = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
		q->lowbuf[i] = c;
		h = (h ^ (unsigned char)c) * 16777619u;
	}
	/* The lexicon is large and news repeats its words: a small cache of
	 * the words met last, by hash and length, saves most lookups. */
	uint32_t key = h ^ (cap ? 0x5bd1e995u : 0);
	struct wcache *e = &q->wcache[key & (NWCACHE - 1)];
	if (e->key == key && e->len == n)
		return e->cls;
	e->key = key;
	e->len = (uint32_t)n;
	e->cls = nf_qlex_lookup(q->lowbuf, n, h, cap);
	return e->cls;
}

static uint32_t tcls(struct nf_quotes *q, struct tok *t)
{
	if (!(t->flags & TF_CLS)) {
		t->flags |= TF_CLS;
		t->cls = t->type == T_WORD && t->klen && !(t->flags & TF_DIGIT) ?
			word_class(q, q->text + t->off, t->klen,
			(t->flags & TF_CAP) != 0) : 0;
	}
	return t->cls;
}
#define TCLS(q, t) tcls((struct nf_quotes *)(q), (struct tok *)(t))

/* Words with a dot inside or at the end that are abbreviations. */
static int keeps_dot(const char *w, size_t n, uint32_t cls)
{
	if (n == 1 && w[0] >= 'A' && w[0] <= 'Z')
		return 1;                    /* initial */
	for (size_t i = 0; i < n; i++)
		if (w[i] == '.')
			return 1;            /* U.S, e.g */
	(void)cls;
	if (n > 6 || (w[0] >= 'a' && w[0] <= 'z' && w[0] != 'v' && w[0] != 'c' &&
		w[0] != 'e' && w[0] != 'a'))
		return 0;
	static const char *ab[] = {"Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep",
		"Gov", "Gen", "Col", "Lt", "Sgt", "Capt", "Prof", "Jr", "Sr",
		"Inc", "Co", "Ltd", "Corp", "No", "vs", "Rev", "Jan", "Feb",
		"Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
		"Dec", "Mt", "Ft", "approx", "Mme", "Messrs", "Adm", "Cmdr",
		"Supt", "Insp", "Det", "Hon", "cf", "etc", "al", "Vol", "Op"};
	for (size_t i = 0; i < sizeof ab / sizeof ab[0]; i++)
		if (ab[i][0] == w[0] && strncmp(ab[i], w, n) == 0 && ab[i][n] == 0)
			return 1;
	return 0;
}

enum { AC_SPACE = 1, AC_PUNCT, AC_HIGH, AC_LOWER, AC_OTHERWORD };
static unsigned char ascii_class[256];

static void init_ascii(void)
{
	for (int c = 0; c < 256; c++) {
		unsigned char k = AC_PUNCT;
		if (c >= 0x80)
			k = AC_HIGH;
		else if (c == ' ' || c == '\t' || c == '\r')
			k = AC_SPACE;
		else if (c >= 'a' && c <= 'z')
			k = AC_LOWER;
		else if ((c >= '0' && c <= '9') || c == '_' || c == '%' ||
			c == '$' || c == '@' || c == '#')
			k = AC_OTHERWORD;
		ascii_class[c] = k;
	}
	/* upper case starts a capitalised word: the slow path */
	for (int c = 'A'; c <= 'Z'; c++)
		ascii_class[c] = AC_HIGH;
}

/* Tokens of s[from..len); from and len must be at word boundaries. */
static void tokenise(struct nf_quotes *q, const char *s, size_t from,
	size_t len)
{
	size_t i = from, n;
	q->ntok = 0;
	q->nmarks = 0;
	while (i < len) {
		unsigned char b0 = (unsigned char)s[i];
		if (b0 == ' ') {
			i++;
			continue;
		}
		if (ascii_class[b0] == AC_LOWER) {
			/* the common case: a lower-case ASCII word */
			size_t st = i;
			int dig = 0;
			for (; i < len; i++) {
				unsigned char k = ascii_class[(unsigned char)s[i]];
				if (k == AC_LOWER)
					continue;
				if (k != AC_OTHERWORD)
					break;
				dig = 1;
			}
			if (i >= len || ascii_class[(unsigned char)s[i]] == AC_SPACE ||
				(ascii_class[(unsigned char)s[i]] == AC_PUNCT &&
				s[i] != '.' && s[i] != '-' && s[i] != '\'' &&
				s[i] != '/' && s[i] != '&' && s[i] != ',' &&
				s[i] != ':')) {
				struct tok *t = newtok(q);
				t->type = T_WORD;
				t->off = (uint32_t)st;
				t->len = (uint32_t)(i - st);
				t->flags = dig ? TF_DIGIT : 0;
				t->klen = (uint8_t)(i - st < 255 ? i - st : 255);
				continue;
			}
			i = st;
		}
		if (b0 < 0x80 && ascii_class[b0] == AC_PUNCT && b0 != '\n' &&
			b0 != '"' && b0 != '\'' && b0 != '`') {
			/* ASCII punctuation: a token of its own */
			struct tok *t = newtok(q);
			t->type = T_PUNCT;
			t->off = (uint32_t)i;
			t->len = 1;
			t->ch = (char)b0;
			i++;
			continue;
		}
		if (b0 < 0x80 && ascii_class[b0] == AC_SPACE) {
			i++;
			continue;
		}
		int32_t c = decode(s, len, i, &n);
		if (c == '\n') {
			struct tok *t = newtok(q);
			t->type = T_PARA;
			t->off = (uint32_t)i;
			t->len = 1;
			i++;
			continue;
		}
		if (is_space_cp(c)) {
			i += n;
			continue;
		}
		int fam = mark_family(c), def = mark_default(c);
		/* ''doubled apostrophes'' and ``TeX-style'' marks: one double
		 * mark of two bytes (a lone ` opens a single quote) */
		if (c == '`') {
			fam = F_SINGLE, def = M_OPEN;
			if (i + 1 < len && s[i + 1] == '`')
				fam = F_DOUBLE, n = 2;
		} else if (c == '\'' && i + 1 < len && s[i + 1] == '\'') {
			fam = F_DOUBLE, n = 2;
		}
		if (fam) {
			int32_t p = i ? decode_prev(s, i) : ' ';
			size_t n2;
			int32_t nx = i + n < len ? decode(s, len, i + n, &n2) : ' ';
			/* apostrophes inside or at the start of a word */
			if (fam == F_SINGLE && c != '`' && c != 0x2018 && c != 0x201A &&
				c != 0x2039 && c != 0x203A) {
				if (is_letter_cp(p) && is_letter_cp(nx) &&
					!mark_family(p))
					goto word;   /* don't, Russia’s */
				if (!is_letter_cp(p) && is_digit_cp(nx))
					goto word;   /* ’90s */
				if (!is_letter_cp(p) && (nx == 'n' || nx == 'N') &&
					i + n + 1 < len) {
					size_t n3;
					int32_t c3 = decode(s, len, i + n + 1, &n3);
					if (c3 == c)
						goto word;   /* ’n’ */
				}
			}
			struct tok *t = newtok(q);
			q->nmarks++;
			t->type = T_MARK;
			t->off = (uint32_t)i;
			t->len = (uint32_t)n;
			t->fam = (uint8_t)fam;
			int pmark = mark_family(p) != 0;
			int lsp = i == 0 || is_space_cp(p) || p == '(' ||
				p == '[' || p == '{' || is_dash_cp(p) || p == '-' ||
				p == '/' || pmark;
			int rsp = i + n >= len || is_space_cp(nx) || nx == '.' ||
				nx == ',' || nx == ';' || nx == ':' || nx == '!' ||
				nx == '?' || nx == ')' || nx == ']' ||
				mark_family(nx) || is_dash_cp(nx);
			int can_open = lsp && i + n < len && !is_space_cp(nx);
			int can_close = i > 0 && !is_space_cp(p) && p != '(' &&
				p != '[' && p != '{' && rsp;
			if (can_open && !can_close)
				t->role = M_OPEN;
			else if (can_close && !can_open)
				t->role = M_CLOSE;
			else
				t->role = (uint8_t)def;
			/* a single mark with no clear side is an apostrophe */
			if (fam == F_SINGLE && !can_open && !can_close)
				t->role = 0;
			i += n;
			continue;
		}
		if (!is_wordchar_cp(c)) {
			struct tok *t = newtok(q);
			t->type = T_PUNCT;
			t->off = (uint32_t)i;
			t->len = (uint32_t)n;
			t->ch = c < 0x80 ? (char)c : is_dash_cp(c) ?
				(c == 0x2026 ? '~' : '-') : '*';
			i += n;
			continue;
		}
word:
		{
			size_t st = i;
			int flags = 0;
			if (is_upper_cp(c))
				flags |= TF_CAP;
			int allcaps = 1, nletters = 0;
			while (i < len) {
				unsigned char bb = (unsigned char)s[i];
				if (bb < 0x80 && ascii_class[bb] >= AC_LOWER) {
					if (bb <= '9')
						flags |= TF_DIGIT;
					else if (bb != '_' && bb != '%' && bb != '$' &&
						bb != '@' && bb != '#')
						nletters++, allcaps = 0;
					i++;
					continue;
				}
				if (bb >= 'A' && bb <= 'Z') {
					nletters++;
					i++;
					continue;
				}
				int32_t d = decode(s, len, i, &n);
				if (is_wordchar_cp(d)) {
					if (d >= '0' && d <= '9')
						flags |= TF_DIGIT;
					if (is_letter_cp(d)) {
						nletters++;
						if (!is_upper_cp(d))
							allcaps = 0;
					}
					i += n;
					continue;
				}
				/* inner apostrophe, hyphen, dot, comma in numbers */
				if (i + n < len && i > st && (d == '\'' || d == 0x2019 ||
					d == '-' || d == '.' || d == '/' || d == '&' ||
					d == ',' || d == ':')) {
					size_t n2;
					int32_t nx = decode(s, len, i + n, &n2);
					int32_t pv = decode_prev(s, i);
					if ((d == '\'' || d == 0x2019) &&
						is_letter_cp(pv) && is_letter_cp(nx)) {
						i += n;
						continue;
					}
					if ((d == '-' || d == '.' || d == '/' ||
						d == '&') && is_wordchar_cp(pv) &&
						is_wordchar_cp(nx) && !is_space_cp(nx)) {
						i += n;
						continue;
					}
					if ((d == ',' || d == ':') && is_digit_cp(pv) &&
						is_digit_cp(nx)) {
						i += n;
						continue;
					}
				}
				/* leading apostrophe of ’90s / ’n’ */
				if (i == st && mark_family(d)) {
					i += n;
					continue;
				}
				if (d == 0x2019 && i > st && i + n <= len) {
					/* rock ’n’: the closing ’ of ’n’ */
					size_t n0;
					if (i - st >= 2 && i - st <= 4 &&
						mark_family(decode(s, len, st, &n0))) {
						i += n;
						continue;
					}
				}
				break;
			}
			if (i == st) {
				i += n;   /* cannot happen: safety */
				continue;
			}
			size_t wl = i - st;
			/* abbreviation dot */
			if (i < len && s[i] == '.' && keeps_dot(s + st, wl, 0)) {
				i++;
				wl++;
			}
			struct tok *t = newtok(q);
			t->type = T_WORD;
			t->off = (uint32_t)st;
			t->len = (uint32_t)wl;
			if (allcaps && nletters >= 2)
				flags |= TF_ALLCAPS;
			if (wl == 2 && s[st + 1] == '.' && (flags & TF_CAP))
				flags |= TF_INITIAL;
			/* possessive: strip 's for the lookup */
			size_t kl = wl;
			if (kl > 2 && s[st + kl - 1] == 's' && s[st + kl - 2] == '\'')
				flags |= TF_POSS, kl -= 2;
			else if (kl > 4 && s[st + kl - 1] == 's' &&
				(unsigned char)s[st + kl - 2] == 0x99 &&
				(unsigned char)s[st + kl - 3] == 0x80 &&
				(unsigned char)s[st + kl - 4] == 0xE2)
				flags |= TF_POSS, kl -= 4;
			if ((flags & TF_POSS) && !(flags & TF_ALLCAPS) && kl >= 2) {
				size_t u = 0;   /* "WHO's": capitals before the 's */
				while (u < kl && s[st + u] >= 'A' && s[st + u] <= 'Z')
					u++;
				if (u == kl)
					flags |= TF_ALLCAPS;
			}
			t->flags = (uint8_t)flags;
			t->klen = (uint8_t)(kl < 255 ? kl : 255);
		}
	}
}

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
	if (gender)
		p->gender = (uint8_t)gender;
}

/* The registry is small (NPERS) but looked up for every capitalised word:
 * a direct-mapped index from the hash of a last or full name to the latest
 * person under it; a stale slot fails the comparison and is a miss. */
static int find_last(struct nf_quotes *q, const char *w, size_t n)
{
	uint32_t h = hash_bytes(w, n);
	int i = q->idx_last[h & (NIDX - 1)] - 1;
	if (i < 0)
		return -1;
	struct person *p = &q->pers[i];
	if (!p->used || p->hlast != h || (size_t)(p->len - p->last) != n ||
		memcmp(p->name + p->last, w, n) != 0)
		return -1;
	return i;
}

static int find_full(struct nf_quotes *q, const char *w, size_t n)
{
	uint32_t h = hash_bytes(w, n);
	int i = q->idx_full[h & (NIDX - 1)] - 1;
	if (i < 0)
		return -1;
	struct person *p = &q->pers[i];
	if (!p->used || p->len != n || memcmp(p->name, w, n) != 0)
		return -1;
	return i;
}

static void index_person(struct nf_quotes *q, int pid)
{
	struct person *p = &q->pers[pid];
	q->idx_last[p->hlast & (NIDX - 1)] = (int16_t)(pid + 1);
	q->idx_full[hash_bytes(p->name, p->len) & (NIDX - 1)] = (int16_t)(pid + 1);
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
	p->last = (uint8_t)l;
	p->hlast = hash_bytes(p->name + l, n - l);
}

/* A mention of a person named w[0..n): the registry index. */
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
	} else {
		pid = find_full(q, w, n);
		if (pid < 0) {
			const char *sp = w + n;
			while (sp > w && sp[-1] != ' ')
				sp--;
			int j = find_last(q, sp, (size_t)(w + n - sp));
			if (j >= 0 && memchr(q->pers[j].name, ' ',
				q->pers[j].len) == NULL) {
				set_name(&q->pers[j], w, n);  /* fuller form */
				pid = j;
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
		if (p->used && (!p->gender || p->gender == gender))
			return q->mru[k] - 1;
	}
	int best = -1;
	for (int i = 0; i < NPERS; i++) {
		struct person *p = &q->pers[i];
		if (!p->used || (p->gender && p->gender != gender))
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
static int resolve_role(struct nf_quotes *q, const char *w, size_t n,
	int gender)
{
	int best = -1;
	for (int i = 0; i < NPERS; i++) {
		struct person *p = &q->pers[i];
		if (!p->used)
			continue;
		int ok = 0;
		if (gender && p->gender == gender && !p->tlen &&
			(n == 6 && (!memcmp(w, "father", 6) || !memcmp(w, "mother", 6))))
			ok = 1;
		for (size_t k = 0; !ok && k + n <= p->tlen; k++)
			if ((k == 0 || p->title[k - 1] == ' ') &&
				(k + n == p->tlen || p->title[k + n] == ' ') &&
				memcmp(p->title + k, w, n) == 0 && !lesser_title(p->title, k))
				ok = 1;
		if (ok && (best < 0 || p->seq > q->pers[best].seq))
			best = i;
	}
	return best;
}

/* ---------- capitalised runs ---------- */

/* 1 for he, 2 for she, else 0: read from the bytes, no lookup. */
static inline int pronoun(const struct nf_quotes *q, const struct tok *t)
{
	const char *w = q->text + t->off;
	if (t->len == 2 && (w[0] == 'h' || w[0] == 'H') && w[1] == 'e')
		return 1;
	if (t->len == 3 && (w[0] == 's' || w[0] == 'S') && w[1] == 'h' &&
		w[2] == 'e')
		return 2;
	return 0;
}

#define tok_is(q, i, w) tok_is_n(q, i, w, sizeof(w) - 1)
static int tok_is_n(const struct nf_quotes *q, int i, const char *w, size_t n)
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

static int word_ok(const struct nf_quotes *q, int i)
{
	return i >= 0 && (size_t)i < q->ntok && q->tok[i].type == T_WORD &&
		!(q->tok[i].flags & TF_INQ);
}

static int is_namepart(const struct nf_quotes *q, int i)
{
	const struct tok *t = &q->tok[i];
	if (!word_ok(q, i))
		return 0;
	if (t->flags & TF_CAP)
		return !(TCLS(q, t) & (QW_PRON_M | QW_PRON_F));
	if (i > 0 && (q->tok[i - 1].flags & TF_CAP) && word_ok(q, i - 1) &&
		t->len > 4) {
		const char *w = q->text + t->off;
		size_t h = (w[2] == '-') ? 3 : (w[3] == '-') ? 4 : 0;
		if (h && h < t->len && w[h] >= 'A' && w[h] <= 'Z' &&
			(TCLS(q, t) & QW_PARTICLE) == 0 && (!memcmp(w, "al-", 3) ||
			!memcmp(w, "el-", 3) || !memcmp(w, "ad-", 3) ||
			!memcmp(w, "bin-", 4) || !memcmp(w, "ibn-", 4)))
			return 1;
	}
	if (word_ok(q, i + 1) && (q->tok[i + 1].flags & TF_CAP) && i > 0 &&
		word_ok(q, i - 1) && (q->tok[i - 1].flags & TF_CAP) &&
		(TCLS(q, t) & QW_PARTICLE))
		return 1;
	return 0;
}

static void add_title(char *buf, size_t *bl, const char *w, size_t n)
{
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
static size_t run_name(const struct nf_quotes *q, const struct run *r,
	size_t *start)
{
	int a = r->a, b = r->b;
	while (a < b && (TCLS(q, &q->tok[a]) & (QW_STOP | QW_TIME)) &&
		!(q->tok[a].flags & TF_ALLCAPS))
		a++;     /* "The", but not "WHO" */
	if (a >= b)
		return 0;
	size_t s = q->tok[a].off, e = q->tok[b - 1].off + q->tok[b - 1].len;
	if (q->tok[b - 1].flags & TF_POSS)
		e -= (q->text[e - 2] == '\'') ? 2 : 4;
	*start = s;
	return e > s ? e - s : 0;
}

static int same_word_ci(const char *a, const char *b, size_t n)
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
static int name_has_word(const char *name, size_t len, const char *w,
	size_t n, int first)
{
	for (size_t k = 0; k + n <= len; k++) {
		if (k && name[k - 1] != ' ')
			continue;
		if ((k + n == len || name[k + n] == ' ') && same_word_ci(name + k, w, n))
			return 1;
		if (first)
			return 0;
	}
	return 0;
}

static void register_org(struct nf_quotes *q, int ri)
{
	const struct run *r = &q->runs[ri];
	size_t s, n = run_name(q, r, &s);
	int b = r->b, i = -1;
	/* "Ministry of Health", "Court of Session": the "of" phrase is part
	 * of the name */
	if ((size_t)b + 1 < q->ntok && tok_is(q, b, "of") && word_ok(q, b + 1) &&
		(q->tok[b + 1].flags & TF_CAP) && !(TCLS(q, &q->tok[b + 1]) & QW_STOP)) {
		int e = b + 1;
		while ((size_t)e + 1 < q->ntok && word_ok(q, e + 1) &&
			(q->tok[e + 1].flags & TF_CAP) && e < b + 4)
			e++;
		n = q->tok[e].off + q->tok[e].len - s;
		if (q->tok[e].flags & TF_POSS)
			n -= (q->text[s + n - 2] == '\'') ? 2 : 4;
		b = e + 1;
	}
	if (n < 2 || n >= NAMEMAX)
		return;
	for (int k = 0; k < NORGS; k++)
		if (q->orgs[k].len == n && !memcmp(q->orgs[k].name, q->text + s, n))
			i = k;
	if (i < 0) {
		i = q->norg_next;
		q->norg_next = (q->norg_next + 1) % NORGS;
		memset(&q->orgs[i], 0, sizeof q->orgs[i]);
		memcpy(q->orgs[i].name, q->text + s, n);
		q->orgs[i].len = (uint8_t)n;
	}
	q->orgs[i].seq = ++q->seq;
	/* "Syrian Democratic Forces (SDF)" */
	if ((size_t)b + 2 < q->ntok && q->tok[b].type == T_PUNCT &&
		q->tok[b].ch == '(' && q->tok[b + 1].type == T_WORD &&
		(q->tok[b + 1].flags & TF_ALLCAPS) && q->tok[b + 1].len < ACRMAX &&
		q->tok[b + 2].type == T_PUNCT && q->tok[b + 2].ch == ')') {
		memcpy(q->orgs[i].acr, q->text + q->tok[b + 1].off, q->tok[b + 1].len);
		q->orgs[i].alen = q->tok[b + 1].len;
	}
}

/* The fullest form of an organisation named w[0..n): by its acronym, or
 * by its first word ("Ford"); how = 1 by any word ("the ministry"). The
 * latest match, or -1. */
static int find_org(const struct nf_quotes *q, const char *w, size_t n, int how)
{
	int best = -1;
	for (int k = 0; k < NORGS; k++) {
		const struct org *o = &q->orgs[k];
		if (!o->len || (best >= 0 && o->seq < q->orgs[best].seq))
			continue;
		if ((o->alen == n && !memcmp(o->acr, w, n)) ||
			((o->len > n || how) && name_has_word(o->name, o->len, w, n, !how)))
			best = k;
	}
	return best;
}

static int promote_run(struct nf_quotes *q, int ri);
static void attr_set_person(struct nf_quotes *q, struct attr *a, int pid);
static void attr_take_speaker(struct attr *dst, const struct attr *src);
static int attr_org_named(struct nf_quotes *q, struct attr *a, int di, int k);
static int attr_org_phrase(struct nf_quotes *q, struct attr *a, int di, int k);

/* A registered organisation whose name goes on from w ("Turkish
 * Ministry" -> "Turkish Ministry of Foreign Affairs"), or -1. */
static int find_org_prefix(const struct nf_quotes *q, const char *w, size_t n)
{
	int best = -1;
	for (int k = 0; k < NORGS; k++) {
		const struct org *o = &q->orgs[k];
		if (o->len > n + 1 && o->name[n] == ' ' && !memcmp(o->name, w, n) &&
			(best < 0 || o->seq > q->orgs[best].seq))
			best = k;
	}
	return best;
}

static void attr_set_name(struct attr *a, const char *w, size_t n, int type)
{
	if (n > NAMEMAX - 1)
		n = NAMEMAX - 1;
	memcpy(a->name, w, n);
	a->spk = (int)n;
	a->stype = type;
	a->rolelen = -1;
}

/* The run ri as a speaker that is no person: an organisation, or a
 * government named by its country. */
static int attr_set_org(struct nf_quotes *q, struct attr *a, int ri)
{
	const struct run *r = &q->runs[ri];
	size_t s, n = run_name(q, r, &s);
	if (n < 2 || r->kind != R_NONPERSON)
		return 0;
	/* a document speaks for nobody: "the Constitution", "the Act" */
	static const char *const docs[] = { "constitution", "act", "law",
		"report", "statement", "bill", "treaty", "charter", "code",
		"manifesto", "website", "letter", NULL };
	const struct tok *l = &q->tok[r->b - 1];
	for (int d = 0; docs[d]; d++)
		if (l->len == strlen(docs[d]) && same_word_ci(q->text + l->off,
			docs[d], l->len))
			return 0;
	if (r->place) {
		attr_set_name(a, q->text + s, n, NF_SPEAKER_LOC);
		return 1;
	}
	int o = memchr(q->text + s, ' ', n) ? find_org_prefix(q, q->text + s, n) :
		find_org(q, q->text + s, n, 0);
	if (o >= 0)
		attr_set_name(a, q->orgs[o].name, q->orgs[o].len, NF_SPEAKER_ORG);
	else
		attr_set_name(a, q->text + s, n, NF_SPEAKER_ORG);
	return 1;
}

/* Nouns through which someone else speaks: a spokesman, an office, a
 * statement, a tweet. */
static int voice_noun(const struct nf_quotes *q, int k)
{
	static const char *const nouns[] = { "spokesman", "spokeswoman",
		"spokesperson", "spokespeople", "spokesmen", "office", "campaign",
		"statement", "tweet", "tweets", "website", "account", "summary",
		"release", "post", "representative", "representatives", "ruling",
		"announcement", "letter", "memo", NULL };
	const struct tok *t = &q->tok[k];
	if (!word_ok(q, k) || (t->flags & TF_CAP))
		return 0;
	for (int i = 0; nouns[i]; i++)
		if (t->len == strlen(nouns[i]) && !memcmp(q->text + t->off, nouns[i],
			t->len))
			return 1;
	return 0;
}

/* The possessor at token i ("Roe's", "the court's") as the speaker. */
static int attr_possessor(struct nf_quotes *q, struct attr *a, int i)
{
	const struct tok *t = &q->tok[i];
	if (t->run >= 0) {
		struct run *r = &q->runs[t->run];
		if (r->kind == R_PERSON || r->kind == R_MAYBE) {
			attr_set_person(q, a, r->kind == R_PERSON ? r->pid :
				promote_run(q, t->run));
			return a->spk >= 0;
		}
		return attr_set_org(q, a, t->run);
	}
	if (t->flags & TF_CAP)
		return 0;
	size_t n = t->len - ((q->text[t->off + t->len - 2] == '\'') ? 2 : 4);
	int o = n > 1 ? find_org(q, q->text + t->off, n, 1) : -1;
	if (o < 0)
		return 0;
	attr_set_name(a, q->orgs[o].name, q->orgs[o].len, NF_SPEAKER_ORG);
	return 1;
}

/* "the ministry said", "an Interpol spokesperson", "a spokesman for the
 * Kremlin": the organisation meant, from the noun phrase di..k (and the
 * "for X" after it); "the spokesperson" again: the organisation of the
 * last one. */
static int attr_org_phrase(struct nf_quotes *q, struct attr *a, int di, int k)
{
	int spokes = q->tok[k].len > 6 && !memcmp(q->text + q->tok[k].off,
		"spokes", 6);
	if (attr_org_named(q, a, di, k)) {
		if (spokes)
			attr_take_speaker(&q->voice, a);
		return 1;
	}
	if (spokes && tok_is(q, di, "the") && q->voice.spk >= 0) {
		attr_take_speaker(a, &q->voice);
		return 1;
	}
	return 0;
}

static int attr_org_named(struct nf_quotes *q, struct attr *a, int di, int k)
{
	const struct tok *h = &q->tok[k];
	for (int i = di; i <= k; i++) {
		int ri = q->tok[i].run;
		if (ri < 0)
			continue;
		if (q->runs[ri].kind == R_MAYBE && (TCLS(q, h) & QW_TITLE) &&
			!(h->flags & TF_CAP))
			q->runs[ri].kind = R_NONPERSON;  /* "a Woolworths spokesperson" */
		if (attr_set_org(q, a, ri))
			return 1;
	}
	if ((TCLS(q, h) & QW_TITLE) && (size_t)k + 2 < q->ntok &&
		(tok_is(q, k + 1, "for") || tok_is(q, k + 1, "of"))) {
		int j = k + 2;
		if (tok_is(q, j, "the"))
			j++;
		if ((size_t)j < q->ntok && q->tok[j].run >= 0)
			return attr_set_org(q, a, q->tok[j].run);
	}
	if (!(tok_is(q, di, "the") || (di == k && di > 0 && tok_is(q, di - 1, "the"))) ||
		!(TCLS(q, h) & QW_ORG))
		return 0;     /* "the ministry", "the police" */
	int o = find_org(q, q->text + h->off, h->len, 1);
	if (o < 0)
		return 0;
	attr_set_name(a, q->orgs[o].name, q->orgs[o].len, NF_SPEAKER_ORG);
	return 1;
}

static int tag_window(struct nf_quotes *q, int a, int b);

/* The entity type the tagger gives tokens a..b (a name the rules cannot
 * place), or -1: it reads a few words either side, and only where a
 * quotation mark is near, so its cost stays a small part of the run. */
#define TAG_NEAR 30
#define TAG_SIDE 6
static int tag_run(struct nf_quotes *q, int a, int b)
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
	if (c->h == h)
		return c->type;
	c->h = h;
	c->type = (int8_t)tag_window(q, a, b);
	return c->type;
}

static int tag_window(struct nf_quotes *q, int a, int b)
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
static int scan_run(struct nf_quotes *q, int a)
{
	int b = a;
	while ((size_t)b < q->ntok && is_namepart(q, b)) {
		b++;
		if (q->tok[b - 1].flags & TF_POSS)
			break;
	}
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
	size_t tl = 0;
	int gender = 0, titled = 0;
	/* lower-case titles just before: "coach Matt Myers", "president X" */
	for (int i = a - 1; i >= 0 && i >= a - 3; i--) {
		if (!word_ok(q, i) || (q->tok[i].flags & TF_CAP) ||
			!(TCLS(q, &q->tok[i]) & QW_TITLE))
			break;
		titled = 1;
	}
	if (!titled && a >= 2 && tok_is(q, a - 1, "of") && b - a >= 2 &&
		(TCLS(q, &q->tok[a]) & QW_PLACE) && q->tok[a - 2].run >= 0 &&
		q->runs[q->tok[a - 2].run].kind == R_ROLE) {
		const struct run *pr = &q->runs[q->tok[a - 2].run];
		for (int k = pr->a; k < pr->b; k++)
			if (!(TCLS(q, &q->tok[k]) & QW_STOP) ||
				(TCLS(q, &q->tok[k]) & QW_ROLE))
				add_title(title, &tl, q->text + q->tok[k].off,
					q->tok[k].len);
		titled = 1;
	}
	if (titled && !tl) {
		int i = a - 1;
		while (i >= 0 && i >= a - 3 && word_ok(q, i) &&
			!(q->tok[i].flags & TF_CAP) && (TCLS(q, &q->tok[i]) & QW_TITLE))
			i--;
		for (int k = i + 1; k < a; k++) {
			add_title(title, &tl, q->text + q->tok[k].off, q->tok[k].len);
			if (TCLS(q, &q->tok[k]) & QW_MALE)
				gender = 1;
			if (TCLS(q, &q->tok[k]) & QW_FEMALE)
				gender = 2;
		}
	}
	/* the last title word in the run */
	int lt = -1;
	for (int i = a; i < b; i++) {
		uint32_t c = TCLS(q, &q->tok[i]);
		if ((c & QW_TITLE) && !(c & QW_ANYFIRST && i + 1 < b &&
			!(TCLS(q, &q->tok[i + 1]) & QW_TITLE) && i > a &&
			!(TCLS(q, &q->tok[i - 1]) & QW_TITLE)))
			lt = i;
	}
	int na = a;
	if (lt >= 0) {
		int ft = lt;
		while (ft > a && (TCLS(q, &q->tok[ft - 1]) & QW_TITLE))
			ft--;
		for (int k = ft; k <= lt; k++) {
			if (!(TCLS(q, &q->tok[k]) & (QW_STOP)) || (TCLS(q, &q->tok[k]) & QW_ROLE))
				add_title(title, &tl, q->text + q->tok[k].off,
					q->tok[k].len);
			if (TCLS(q, &q->tok[k]) & QW_MALE)
				gender = 1;
			if (TCLS(q, &q->tok[k]) & QW_FEMALE)
				gender = 2;
		}
		na = lt + 1;
		titled = 1;
	}
	/* leading function words, places, days */
	while (na < b && ((TCLS(q, &q->tok[na]) & (QW_STOP | QW_TIME)) ||
		((TCLS(q, &q->tok[na]) & QW_PLACE) && !(TCLS(q, &q->tok[na]) & QW_ANYFIRST) &&
		na + 1 < b)))
		na++;
	/* "United Nations Nikki Haley": start at the first name */
	for (int i = na + 1; i + 1 < b; i++)
		if ((TCLS(q, &q->tok[i]) & QW_ANYFIRST) &&
			!(TCLS(q, &q->tok[i - 1]) & QW_ANYFIRST) &&
			!(q->tok[i - 1].flags & TF_INITIAL) &&
			!(TCLS(q, &q->tok[i]) & QW_PLACE)) {
			na = i;
			break;
		}
	int nb = b;
	while (nb > na && (TCLS(q, &q->tok[nb - 1]) & QW_PARTICLE) &&
		!(q->tok[nb - 1].flags & TF_CAP))
		nb--;
	r->na = na, r->nb = nb;
	if (na >= nb) {
		r->kind = titled ? R_ROLE : R_NONPERSON;
		return b;
	}
	/* what kind of name is it? */
	int nwords = nb - na, org = 0, place = 0;
	for (int i = na; i < nb; i++) {
		if (TCLS(q, &q->tok[i]) & QW_ORG)
			org = 1;
		if ((q->tok[i].flags & TF_DIGIT))
			org = 1;
	}
	if (nwords == 1 && (TCLS(q, &q->tok[na]) & (QW_PLACE | QW_TIME | QW_STOP)))
		place = 1;
	if (nwords == 1 && (q->tok[na].flags & TF_ALLCAPS))
		org = 1;
	if (nwords > 1 && !org) {
		/* the whole run a place: "New York", "South Korea" */
		size_t s0 = q->tok[na].off, e0 = q->tok[nb - 1].off +
			q->tok[nb - 1].len;
		if (q->tok[nb - 1].flags & TF_POSS)
			e0 -= (q->text[e0 - 2] == '\'') ? 2 : 4;
		if (word_class(q, q->text + s0, e0 - s0, 1) & QW_PLACE)
			place = 1;
	}
	if (!gender) {
		uint32_t c = TCLS(q, &q->tok[na]);
		if ((c & QW_FIRST_M) && nwords > 1)
			gender = 1;
		else if ((c & QW_FIRST_F) && nwords > 1)
			gender = 2;
	}
	const char *nm = q->text + q->tok[na].off;
	size_t nl = q->tok[nb - 1].off + q->tok[nb - 1].len - q->tok[na].off;
	if (q->tok[nb - 1].flags & TF_POSS)
		nl -= (nm[nl - 2] == '\'') ? 2 : 4;
	r->gender = gender;
	if (org || (place && !titled)) {
		r->kind = R_NONPERSON;
		r->place = place && !org;
		if (org && !q->dry)
			register_org(q, ri);
		return b;
	}
	int person = titled || ((TCLS(q, &q->tok[na]) & QW_ANYFIRST) && nwords > 1 &&
		!(TCLS(q, &q->tok[na]) & QW_PLACE && nwords == 1));
	if (!person) {
		if (nwords == 1)
			person = find_last(q, nm, nl) >= 0;
		else
			person = find_full(q, nm, nl) >= 0;
	}
	if (!person && q->tg) {
		/* what the rules leave open, near a quotation: the entity
		 * tagger decides */
		int ent = tag_run(q, na, nb);
		if (ent == NF_ENT_PER && nwords > 1)
			person = 1;    /* one word alone is too little to go on */
		else if (ent == NF_ENT_ORG || ent == NF_ENT_LOC) {
			r->kind = R_NONPERSON;
			r->place = ent == NF_ENT_LOC;
			if (ent == NF_ENT_ORG && !q->dry)
				register_org(q, ri);
			return b;
		}
	}
	if (!person) {
		r->kind = R_MAYBE;
		return b;
	}
	r->kind = R_PERSON;
	r->pid = register_person(q, nm, nl, title, tl, gender);
	for (int i = a; i < b; i++)
		q->tok[i].pid = r->pid;
	return b;
}

/* Promote a run that stands as the subject of a speech verb. */
static int promote_run(struct nf_quotes *q, int ri)
{
	struct run *r = &q->runs[ri];
	if (r->kind == R_PERSON)
		return r->pid;
	if (r->kind != R_MAYBE || q->dry)
		return -1;
	/* "Senators", "Democrats": a title in the plural is a group */
	const struct tok *t = &q->tok[r->a];
	if (r->b == r->a + 1 && t->len > 3 && q->text[t->off + t->len - 1] == 's' &&
		(word_class(q, q->text + t->off, t->len - 1, 0) & (QW_TITLE | QW_ROLE)))
		return -1;
	const char *nm = q->text + q->tok[r->na].off;
	size_t nl = q->tok[r->nb - 1].off + q->tok[r->nb - 1].len -
		q->tok[r->na].off;
	if (q->tok[r->nb - 1].flags & TF_POSS)
		nl -= (nm[nl - 2] == '\'') ? 2 : 4;
	r->kind = R_PERSON;
	r->pid = register_person(q, nm, nl, NULL, 0, r->gender);
	for (int i = r->a; i < r->b; i++)
		q->tok[i].pid = r->pid;
	return r->pid;
}

static int cue_at(const struct nf_quotes *q, int k, int lo);
static int role_np(const struct nf_quotes *q, int k, int lo);
static void note_subject(struct nf_quotes *q, int lo, int hi);
static int subject_right(struct nf_quotes *q, struct attr *a, int k, int hi);
static void attr_set_source(struct nf_quotes *q, struct attr *a, int s, int e);
static int subject_start(const struct nf_quotes *q, int k, int lo);
static void subject_left(struct nf_quotes *q, struct attr *a, int k, int lo,
	int cue_tok);

/* A name standing next to a speech verb ("Maróth said", "said Maróth")
 * is a person even when nothing else says so. */
static void speaker_run(struct nf_quotes *q, int ri, int a, int b)
{
	if (ri < 0 || q->runs[ri].kind != R_MAYBE)
		return;
	if ((size_t)b + 2 < q->ntok && q->tok[b].type == T_PUNCT &&
		q->tok[b].ch == ',' && (tok_is(q, b + 1, "the") ||
		tok_is(q, b + 1, "a") || tok_is(q, b + 1, "an")))
		for (int k = b + 2; (size_t)k < q->ntok && k < b + 6 &&
			word_ok(q, k); k++)
			if (!(q->tok[k].flags & TF_CAP) &&
				(TCLS(q, &q->tok[k]) & QW_TITLE)) {
				promote_run(q, ri);
				return;
			}
	int k = b;
	while ((size_t)k < q->ntok && k < b + 2 && word_ok(q, k) &&
		(TCLS(q, &q->tok[k]) & QW_SKIP))
		k++;
	if (((size_t)k < q->ntok && word_ok(q, k) && cue_at(q, k, a) == 1 &&
		!(TCLS(q, &q->tok[k]) & QW_CUE_ING)) ||
		(a > 0 && word_ok(q, a - 1) && cue_at(q, a - 1, 0) == 1 &&
		!(TCLS(q, &q->tok[a - 1]) & QW_CUE_ING) &&
		(a - 1 == 0 || q->tok[a - 2].type != T_WORD)))
		promote_run(q, ri);
}

/* ---------- attribution ---------- */

static void attr_none(struct attr *a)
{
	memset(a, 0, sizeof *a);
	a->spk = -1;
	a->cuelen = -1;
	a->cue_tok = -1;
	a->rolelen = -1;
	a->srclen = -1;
	a->src_s = a->src_e = -1;
}

static void attr_set_person(struct nf_quotes *q, struct attr *a, int pid)
{
	a->rolelen = -1;
	if (pid < 0) {
		a->spk = -1;
		a->stype = 0;
		return;
	}
	struct person *p = &q->pers[pid];
	memcpy(a->name, p->name, p->len);
	a->spk = p->len;
	a->stype = NF_SPEAKER_PER;
	if (p->tlen) {
		memcpy(a->role, p->title, p->tlen);
		a->rolelen = p->tlen;
	}
}

/* The speaker, its type and role (not the source: a quote that takes the
 * speaker of another has none written of its own). */
static void attr_take_speaker(struct attr *dst, const struct attr *src)
{
	dst->spk = src->spk;
	dst->stype = src->spk >= 0 ? src->stype : 0;
	if (src->spk >= 0)
		memcpy(dst->name, src->name, (size_t)src->spk);
	dst->rolelen = src->spk >= 0 ? src->rolelen : -1;
	if (dst->rolelen > 0)
		memcpy(dst->role, src->role, (size_t)src->rolelen);
}

static void attr_take_source(struct attr *dst, const struct attr *src)
{
	dst->srclen = src->srclen;
	if (src->srclen > 0)
		memcpy(dst->src, src->src, (size_t)src->srclen);
	dst->src_s = src->src_s;
	dst->src_e = src->src_e;
}

static void attr_set_cue(struct nf_quotes *q, struct attr *a, int k, int n)
{
	size_t s = q->tok[k].off, e = q->tok[k + n - 1].off +
		q->tok[k + n - 1].len;
	if (e - s > sizeof a->cue)
		e = s + sizeof a->cue;
	memcpy(a->cue, q->text + s, e - s);
	a->cuelen = (int)(e - s);
	a->cue_tok = k;
}

/* Token k a speech verb standing as a verb? Returns its token count (2 for
 * "according to"), 0 if not. */
static int cue_at(const struct nf_quotes *q, int k, int lo)
{
	const struct tok *t = &q->tok[k];
	if (!word_ok(q, k))
		return 0;
	if (TCLS(q, t) & QW_ACCORD)
		return (word_ok(q, k + 1) && tok_is(q, k + 1, "to")) ? 2 : 0;
	if (!(TCLS(q, t) & QW_CUE))
		return 0;
	if ((t->flags & TF_CAP) && !(TCLS(q, t) & QW_CUE_ING))
		return 0;   /* "Said" only as -ing opener: Saying */
	if (TCLS(q, t) & QW_CUE_BASE) {
		if (k - 1 < lo || q->tok[k - 1].type != T_WORD)
			return 0;
		uint32_t pc = TCLS(q, &q->tok[k - 1]);
		if (pc & QW_MODAL)
			return 1;
		if (pc & (QW_DET | QW_PASSIVE))
			return 0;
		if (q->tok[k - 1].flags & TF_POSS)
			return 0;
		/* -s forms after a subject: "Ukraine says", "his
		 * administration describes", not "latest remarks" */
		char last = q->text[t->off + t->len - 1];
		if (last != 's')
			return 0;
		if ((q->tok[k - 1].flags & TF_CAP) ||
			(pc & (QW_PRON_M | QW_PRON_F | QW_SKIP)))
			return 1;
		if (!(pc & QW_STOP) && k - 2 >= lo && word_ok(q, k - 2) &&
			(TCLS(q, &q->tok[k - 2]) & QW_DET) &&
			!(q->tok[k - 2].flags & TF_POSS))
			return 1;
		return 0;
	}
	return 1;
}

static int find_paren_open(const struct nf_quotes *q, int k, int lo)
{
	int depth = 0;
	for (int i = k; i >= lo; i--) {
		if (q->tok[i].type != T_PUNCT)
			continue;
		if (q->tok[i].ch == ')')
			depth++;
		else if (q->tok[i].ch == '(' && --depth == 0)
			return i;
	}
	return -1;
}

/* A role noun phrase ending at token k ("the foreign minister"): its
 * first token, or -1. */
static int role_np(const struct nf_quotes *q, int k, int lo)
{
	if (!word_ok(q, k) || !(TCLS(q, &q->tok[k]) & QW_ROLE))
		return -1;
	int i = k - 1;
	while (i >= lo && word_ok(q, i) && (TCLS(q, &q->tok[i]) & QW_TITLE) &&
		!(TCLS(q, &q->tok[i]) & QW_DET) && k - i < 4)
		i--;
	if (i >= lo && word_ok(q, i) && tok_is(q, i, "the"))
		return i;
	return -1;
}

/* The nearest person mentioned at or before token k in the clause. */
static void person_before(struct nf_quotes *q, struct attr *a, int k, int lo)
{
	for (int i = k; i >= lo && i > k - 16; i--) {
		const struct tok *t = &q->tok[i];
		if (t->type == T_MARK && t->quote >= 0)
			return;
		if (t->type == T_PUNCT && (t->ch == ',' || t->ch == ';' ||
			t->ch == ':'))
			return;
		if (t->pid >= 0 && !(t->flags & TF_INQ) &&
			!(t->flags & TF_POSS)) {
			attr_set_person(q, a, t->pid);
			return;
		}
	}
}

/* Run ri an organisation standing where a clause's subject stands: at
 * the sentence start or after an opening phrase ("In June, the Supreme
 * Court ruled"), not inside a phrase ("the act of the NTC"). */
static int clause_org(const struct nf_quotes *q, int ri, int lo)
{
	const struct run *r = &q->runs[ri];
	size_t s;
	if (r->kind != R_NONPERSON || r->place || run_name(q, r, &s) < 2)
		return 0;
	int i = r->a - 1;
	if (i >= lo && tok_is(q, i, "the"))
		i--;
	return i < lo || (q->tok[i].type == T_PUNCT && q->tok[i].ch == ',');
}

/* The subject of the clause that a participle or "and" hangs on: the
 * first person or organisation of the sentence before token k, or the
 * speaker of a quote closed there. */
static void clause_subject(struct nf_quotes *q, struct attr *a, int k, int lo)
{
	int first = -1;
	for (int i = k; i >= lo; i--) {
		const struct tok *t = &q->tok[i];
		if (t->type == T_MARK && t->quote >= 0 && t->role == M_CLOSE) {
			if (first < 0)
				a->inherit = 1;
			break;
		}
		if (t->flags & TF_INQ)
			continue;
		if ((t->pid >= 0 && !(t->flags & TF_POSS)) || (t->run >= 0 &&
			clause_org(q, t->run, lo)))
			first = t->run >= 0 ? q->runs[t->run].a : i;
		else if (role_np(q, i, lo) >= 0)
			first = i;   /* "The president did not concede, and vowed" */
	}
	q->sk = -1;
	if (first < 0)
		return;
	const struct tok *t = &q->tok[first];
	if (t->pid >= 0) {
		attr_set_person(q, a, t->pid);
	} else if (t->run < 0) {
		int g = (TCLS(q, t) & QW_MALE) ? 1 : (TCLS(q, t) & QW_FEMALE) ? 2 : 0;
		attr_set_person(q, a, resolve_role(q, q->text + t->off, t->len, g));
		if (a->spk >= 0 && !q->dry)
			attr_set_source(q, a, role_np(q, first, lo), first);
		return;
	} else if (!q->dry) {
		attr_set_org(q, a, t->run);
	}
	if (a->spk >= 0 && !q->dry) {
		int e = t->run >= 0 ? q->runs[t->run].b - 1 : first;
		attr_set_source(q, a, subject_start(q, first, lo), e);
	}
}

/* The speaker named by the subject ending at token k (scanning left, from
 * the verb); lo is the sentence start. Sets a->spk, or leaves it -1 for an
 * unnamed source; a->inherit for "…," adding; a->fwd when none stands before. */
static void subject_left_at(struct nf_quotes *q, struct attr *a, int k, int lo,
	int cue_tok)
{
	int hops = 0;
	while (k >= lo && hops++ < 40) {
		struct tok *t = &q->tok[k];
		q->sk = k;
		if (t->type == T_MARK && t->quote >= 0 && t->role == M_CLOSE) {
			a->inherit = 1;
			return;
		}
		if (t->type == T_MARK && t->quote >= 0) {
			/* the open mark of an earlier quote: skip the quote */
			k--;
			continue;
		}
		if (t->flags & TF_INQ) {
			k--;
			continue;
		}
		if (t->type == T_MARK) {
			k--;
			continue;
		}
		if (t->type == T_PUNCT) {
			if (t->ch == ')') {
				int o = find_paren_open(q, k, lo);
				if (o < 0)
					return;
				k = o - 1;
				continue;
			}
			if (t->ch == ',' || t->ch == '-') {
				/* "…", adding,  /  X, the mayor, said */
				int j = k - 1;
				while (j >= lo && (q->tok[j].type == T_MARK &&
					q->tok[j].quote < 0))
					j--;
				if (j >= lo && q->tok[j].type == T_MARK &&
					q->tok[j].quote >= 0) {
					a->inherit = 1;
					return;
				}
				int c2 = -1;
				for (int i = k - 1; i >= lo && i >= k - 16; i--) {
					if (q->tok[i].type == T_PUNCT &&
						(q->tok[i].ch == ',' || q->tok[i].ch == '-' ||
						q->tok[i].ch == '(' || q->tok[i].ch == ';')) {
						c2 = i;
						break;
					}
					if (q->tok[i].type == T_MARK &&
						q->tok[i].quote >= 0)
						break;
				}
				if (cue_tok >= 0 && (TCLS(q, &q->tok[cue_tok]) & QW_CUE_ING)) {
					/* participle: the subject of the main clause,
					 * which comes first ("X said ... than Y, saying") */
					clause_subject(q, a, k - 1, lo);
					return;
				}
				if (c2 >= 0 && q->tok[c2].ch != ';') {
					/* X, the mayor of Y, said: skip the apposition */
					if (word_ok(q, c2 + 1) && ((!(q->tok[c2 + 1].flags & TF_CAP) &&
						(TCLS(q, &q->tok[c2 + 1]) & (QW_DET | QW_STOP))) ||
						(q->tok[c2 + 1].run >= 0 &&
						q->runs[q->tok[c2 + 1].run].kind == R_ROLE))) {
						k = c2 - 1;
						continue;
					}
					/* The mayor, Sadiq Khan, said: the name between */
					int ri = q->tok[k - 1].run;
					if (ri >= 0 && q->runs[ri].a > c2 &&
						(q->runs[ri].kind == R_PERSON ||
						q->runs[ri].kind == R_MAYBE)) {
						attr_set_person(q, a, promote_run(q, ri));
						return;
					}
				}
				/* an adverbial "In Washington, X said": stop */
				if (k - 1 < lo)
					return;
				return;
			}
			return;
		}
		if (t->type != T_WORD)
			return;
		if (t->run >= 0) {
			struct run *r = &q->runs[t->run];
			int pid = r->kind == R_PERSON ? r->pid :
				r->kind == R_MAYBE ? promote_run(q, t->run) : -1;
			if (r->kind == R_ROLE) {
				int b0 = r->b - 1;
				/* "The President insists": role by its head word */
				char hw[32];
				size_t hl = q->tok[b0].len < sizeof hw ?
					q->tok[b0].len : sizeof hw - 1;
				for (size_t x = 0; x < hl; x++) {
					char c = q->text[q->tok[b0].off + x];
					hw[x] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
				}
				pid = resolve_role(q, hw, hl, 0);
			}
			/* "Doug Collins of Georgia said": skip the "of" phrase */
			if (pid < 0 && r->a - 1 >= lo && word_ok(q, r->a - 1)) {
				int i = r->a - 1;
				if (q->tok[i].run >= 0 && (q->tok[i].flags & TF_POSS))
					i = q->runs[q->tok[i].run].a - 1;
				if (i >= lo && tok_is(q, i, "the"))
					i--;
				if (i >= lo && tok_is(q, i, "of")) {
					k = i - 1;
					continue;
				}
			}
			if (pid < 0 && r->a - 1 >= lo) {
				/* "a source within the Interior Ministry said": a
				 * modifier of the subject, which stands before it */
				int i = r->a - 1;
				while (i > lo && i > r->a - 3 && word_ok(q, i) &&
					!(q->tok[i].flags & TF_CAP) &&
					!(TCLS(q, &q->tok[i]) & QW_STOP))
					i--;     /* "the central Interior Ministry" */
				if (tok_is(q, i, "the"))
					i--;
				if (i > lo && (tok_is(q, i, "within") || tok_is(q, i, "in") ||
					tok_is(q, i, "at") || tok_is(q, i, "from") ||
					tok_is(q, i, "inside") || tok_is(q, i, "close"))) {
					k = i - 1;
					continue;
				}
			}
			if (pid < 0 && r->a - 2 >= lo && tok_is(q, r->a - 1, "and") &&
				word_ok(q, r->a - 2)) {
				/* "the U.S. and Ukraine said": several sources */
				int f = r->a - 2;
				q->sk = q->tok[f].run >= 0 ? q->runs[q->tok[f].run].a : f;
				attr_set_person(q, a, -1);
				return;
			}
			if (pid < 0 && !q->dry && attr_set_org(q, a, t->run))
				return;
			attr_set_person(q, a, pid);
			return;
		}
		if (cue_tok >= 0 && (TCLS(q, &q->tok[cue_tok]) & QW_CUE_ING) &&
			k == cue_tok - 1 && (tok_is(q, k, "by") || tok_is(q, k, "while") ||
			tok_is(q, k, "after") || tok_is(q, k, "before") ||
			tok_is(q, k, "when"))) {
			for (int i = k - 1; i >= lo; i--) {
				if (q->tok[i].pid >= 0 && !(q->tok[i].flags & TF_INQ)) {
					attr_set_person(q, a, q->tok[i].pid);
					return;
				}
				if (q->tok[i].type == T_MARK && q->tok[i].quote >= 0 &&
					q->tok[i].role == M_CLOSE) {
					a->inherit = 1;
					return;
				}
			}
			return;
		}
		if (TCLS(q, t) & QW_SKIP) {
			k--;
			continue;
		}
		if (TCLS(q, t) & QW_PRON_M || TCLS(q, t) & QW_PRON_F) {
			attr_set_person(q, a, t->pid);
			return;
		}
		if (TCLS(q, t) & QW_CONJ) {
			/* "… and argued": the subject of the verb before */
			clause_subject(q, a, k - 1, lo);
			return;
		}
		int ro = role_np(q, k, lo);
		if (ro >= 0) {
			char hw[32];
			size_t hl = t->len < sizeof hw ? t->len : sizeof hw - 1;
			memcpy(hw, q->text + t->off, hl);
			int g = (TCLS(q, t) & QW_MALE) ? 1 : (TCLS(q, t) & QW_FEMALE) ? 2 : 0;
			attr_set_person(q, a, resolve_role(q, hw, hl, g));
			return;
		}
		/* "of X": skip back over the "of" phrase to its head */
		if (tok_is(q, k, "of") && k - 1 >= lo) {
			k--;
			continue;
		}
		/* "Doe, who told ...": the name the clause hangs on */
		if ((tok_is(q, k, "who") || tok_is(q, k, "which")) && k - 2 >= lo &&
			q->tok[k - 1].type == T_PUNCT && q->tok[k - 1].ch == ',') {
			k -= 2;
			continue;
		}
		/* "Roe's spokesman", "the court's summary", "Trump's tweet":
		 * the possessor speaks through them */
		if (!q->dry && voice_noun(q, k)) {
			int i = k - 1;
			while (i >= lo && i > k - 3 && word_ok(q, i) &&
				!(q->tok[i].flags & (TF_POSS | TF_CAP)) &&
				!(TCLS(q, &q->tok[i]) & QW_DET))
				i--;
			if (i >= lo && word_ok(q, i) && (q->tok[i].flags & TF_POSS) &&
				attr_possessor(q, a, i)) {
				q->sk = i;
				return;
			}
		}
		/* an unnamed source: a spokesman, his administration; but a
		 * noun with no determiner is inside a modifier ("X speaking
		 * to the think tank called"): the person before it */
		int det = 0, di = -1;
		for (int i = k; i >= lo && i > k - 4 && word_ok(q, i); i--)
			if (TCLS(q, &q->tok[i]) & (QW_DET | QW_GROUP | QW_PASSIVE |
				QW_MODAL)) {
				det = 1;
				di = i;
				break;
			}
		if (det && di - 1 >= lo && tok_is(q, di, "the") &&
			tok_is(q, di - 1, "of")) {
			k = di - 2;
			continue;
		}
		if (!det)
			person_before(q, a, k - 1, lo);
		else if (!q->dry)
			attr_org_phrase(q, a, di, k);
		q->sk = det ? di : k;
		return;
	}
	if (k < lo)
		a->fwd = 1;
}

/* The speaker named right after a verb: "said Bash", "said the minister". */
static int subject_right_at(struct nf_quotes *q, struct attr *a, int k, int hi)
{
	if (k >= hi || !word_ok(q, k))
		return 0;
	/* "tweeted former thinktank executive Ken Gude": lower-case words
	 * with a title among them, then the name */
	int j = k, titled = 0;
	while (j < hi && j < k + 4 && word_ok(q, j) && !(q->tok[j].flags & TF_CAP) &&
		!(TCLS(q, &q->tok[j]) & (QW_DET | QW_PRON_M | QW_PRON_F | QW_CUE))) {
		titled |= (TCLS(q, &q->tok[j]) & QW_TITLE) != 0;
		j++;
	}
	if (titled && j > k && j < hi && word_ok(q, j) && (q->tok[j].flags & TF_CAP))
		k = j;
	struct tok *t = &q->tok[k];
	if (TCLS(q, t) & (QW_PRON_M | QW_PRON_F)) {
		attr_set_person(q, a, t->pid);
		return 1;
	}
	if (t->run >= 0 && (t->flags & TF_CAP)) {
		/* past an organisation and a lower-case title to the name */
		int j = k;
		while (j < hi && j < k + 8 && word_ok(q, j)) {
			const struct tok *u = &q->tok[j];
			if (u->run >= 0) {
				struct run *r = &q->runs[u->run];
				if (r->kind == R_PERSON || r->kind == R_MAYBE) {
					attr_set_person(q, a, r->kind == R_PERSON ?
						r->pid : promote_run(q, u->run));
					return 1;
				}
				j = r->b;
				continue;
			}
			if (!(u->flags & TF_CAP) && (TCLS(q, u) & QW_TITLE)) {
				j++;
				continue;
			}
			break;
		}
		attr_set_person(q, a, -1);
		return 1;
	}
	if (tok_is(q, k, "the") || tok_is(q, k, "a") || tok_is(q, k, "an")) {
		/* "said a Woolworths spokesperson", "said a spokesman for the
		 * Kremlin": the organisation behind an unnamed source */
		int h = k + 1;
		while (h < hi && h < k + 5 && word_ok(q, h) && ((q->tok[h].flags & TF_CAP) ||
			(TCLS(q, &q->tok[h]) & QW_TITLE)) && !(TCLS(q, &q->tok[h]) & QW_STOP))
			h++;
		if (h > k + 1 && !q->dry && (TCLS(q, &q->tok[h - 1]) & QW_TITLE) &&
			!(q->tok[h - 1].flags & TF_CAP) && attr_org_phrase(q, a, k, h - 1))
			return 1;
		int i = k + 1;
		while (i < hi && word_ok(q, i) && !(q->tok[i].flags & TF_CAP) &&
			(TCLS(q, &q->tok[i]) & QW_TITLE) && i - k < 4)
			i++;
		if (i > k + 1 && tok_is(q, k, "the") &&
			(TCLS(q, &q->tok[i - 1]) & QW_ROLE)) {
			struct tok *h = &q->tok[i - 1];
			int g = (TCLS(q, h) & QW_MALE) ? 1 : (TCLS(q, h) & QW_FEMALE) ? 2 : 0;
			attr_set_person(q, a, resolve_role(q, q->text + h->off,
				h->len, g));
			return 1;
		}
		a->spk = -1;   /* "said a spokesman" */
		return i > k + 1;
	}
	return 0;
}

/* The source as written: tokens a..b of this record, trimmed of the
 * adverbs and commas that stand between a subject and its verb. */
static void attr_set_source(struct nf_quotes *q, struct attr *a, int s, int e)
{
	while (e > s && (q->tok[e].type != T_WORD || (TCLS(q, &q->tok[e]) &
		QW_SKIP)) && q->tok[e].run < 0)
		e--;
	if (s < 0 || e < s || !word_ok(q, s))
		return;
	size_t bs = q->tok[s].off, be = q->tok[e].off + q->tok[e].len;
	if (q->tok[e].type == T_PUNCT && q->tok[e].ch == ')')
		;
	else if (q->tok[e].type != T_WORD)
		be = q->tok[e].off;
	if (be <= bs)
		return;
	size_t n = be - bs;
	if (n > SRCMAX)
		n = SRCMAX;
	while (n > 0 && n < be - bs && ((unsigned char)q->text[bs + n] & 0xC0) == 0x80)
		n--;      /* cut at a character */
	memcpy(a->src, q->text + bs, n);
	a->srclen = (int)n;
	a->src_s = (long)bs;
	a->src_e = (long)(bs + n);
}

/* The start of the subject phrase around token k: the name's run, and
 * the lower-case titles and article before it ("former prosecutor"). */
static int subject_start(const struct nf_quotes *q, int k, int lo)
{
	if (q->tok[k].run >= 0)
		k = q->runs[q->tok[k].run].a;
	while (k - 1 >= lo && word_ok(q, k - 1) && (!(q->tok[k - 1].flags & TF_CAP) ||
		k - 1 == lo) &&
		(TCLS(q, &q->tok[k - 1]) & (QW_TITLE | QW_DET)) &&
		!(TCLS(q, &q->tok[k - 1]) & (QW_CUE | QW_PASSIVE)) &&
		!tok_is(q, k - 1, "of") && !tok_is(q, k - 1, "to") &&
		!tok_is(q, k - 1, "by"))
		k--;
	return k;
}

static void subject_left(struct nf_quotes *q, struct attr *a, int k, int lo,
	int cue_tok)
{
	q->sk = -1;
	subject_left_at(q, a, k, lo, cue_tok);
	if (q->sk < lo || a->inherit || a->fwd || q->dry)
		return;
	int s = subject_start(q, q->sk, lo);
	attr_set_source(q, a, s, cue_tok - 1 >= s ? cue_tok - 1 : q->sk);
}

static int subject_right(struct nf_quotes *q, struct attr *a, int k, int hi)
{
	int r = subject_right_at(q, a, k, hi);
	if (!r || q->dry)
		return r;
	int e = k;
	while (e + 1 < hi && word_ok(q, e + 1) && !cue_at(q, e + 1, k) &&
		((q->tok[e + 1].flags & TF_CAP) || (TCLS(q, &q->tok[e + 1]) &
		(QW_TITLE | QW_PARTICLE)) || q->tok[e + 1].run >= 0) && e < k + 10)
		e++;
	attr_set_source(q, a, k, e);
	return r;
}

/* Attribution before a quote opening at token o; lo = sentence start. */
static void attr_before(struct nf_quotes *q, struct attr *a, int o, int lo)
{
	attr_none(a);
	int hops = 0;
	for (int k = o - 1; k >= lo && hops < 45; k--, hops++) {
		struct tok *t = &q->tok[k];
		if (t->type == T_PUNCT && t->ch == ';')
			break;
		if (t->type == T_PUNCT && t->ch == '-' && k == o - 1) {
			/* X commented — which the BBC noted … — “Q” */
			int d = k - 1;
			while (d >= lo && d > k - 30 && !(q->tok[d].type == T_PUNCT &&
				q->tok[d].ch == '-'))
				d--;
			if (d >= lo && d > k - 30) {
				k = d;
				continue;
			}
		}
		if (t->flags & TF_INQ)
			continue;
		int n = cue_at(q, k, lo);
		if (!n)
			continue;
		a->found = 1;
		attr_set_cue(q, a, k, n);
		if (n == 2) {
			/* according to X, "Q": the person in the phrase after
			 * "to" (Rutgers University scholar Kelly Dittmar) */
			a->spk = -1;
			for (int j = k + 2; j < o && j < k + 12; j++) {
				const struct tok *u = &q->tok[j];
				if (u->type == T_PUNCT || u->type == T_MARK)
					break;
				if (u->pid >= 0 || (u->run >= 0 &&
					q->runs[u->run].kind == R_MAYBE &&
					q->runs[u->run].b >= o - 1)) {
					attr_set_person(q, a, u->run >= 0 ?
						promote_run(q, u->run) : u->pid);
					break;
				}
			}
			return;
		}
		/* passive "was described as": no speaker here */
		int j = k - 1;
		while (j >= lo && word_ok(q, j) && (TCLS(q, &q->tok[j]) & QW_SKIP) &&
			!(TCLS(q, &q->tok[j]) & QW_PASSIVE))
			j--;
		if (j >= lo && word_ok(q, j) && (TCLS(q, &q->tok[j]) & QW_PASSIVE) &&
			!(TCLS(q, &q->tok[k]) & QW_CUE_ING))
			return;
		/* inverted: “Q1,” said Khan, “Q2.” */
		int inv = j < lo || (q->tok[j].type == T_MARK && q->tok[j].quote >= 0) ||
			(q->tok[j].type == T_PUNCT && q->tok[j].ch == ',' && j - 1 >= lo &&
			q->tok[j - 1].type == T_MARK && q->tok[j - 1].quote >= 0);
		if (inv && !(TCLS(q, &q->tok[k]) & QW_CUE_ING) && subject_right(q, a, k + 1, o))
			return;
		subject_left(q, a, k - 1, lo, k);
		if (a->fwd && !(TCLS(q, &q->tok[k]) & QW_CUE_ING))
			a->fwd = 0;
		return;
	}
}

/* Attribution after a quote closing at token c: "…," X said / said X. */
static int attr_after(struct nf_quotes *q, struct attr *a, int c, int hi)
{
	attr_none(a);
	int k = c + 1;
	if (k < hi && q->tok[k].type == T_PUNCT && (q->tok[k].ch == ',' ||
		q->tok[k].ch == '-'))
		k++;
	if (k >= hi || !word_ok(q, k))
		return 0;
	/* said X */
	int n = cue_at(q, k, c + 1);
	if (!n && (TCLS(q, &q->tok[k]) & QW_CUE) && (TCLS(q, &q->tok[k]) & QW_CUE_BASE) &&
		q->text[q->tok[k].off + q->tok[k].len - 1] == 's')
		n = 1;    /* "…," says Smith */
	if (n == 2) {
		attr_set_cue(q, a, k, 2);
		int j = k + 2;
		while (j < hi && word_ok(q, j) && !(q->tok[j].flags & TF_CAP) &&
			(TCLS(q, &q->tok[j]) & QW_TITLE))
			j++;
		if (!subject_right(q, a, j, hi))
			a->spk = -1;
		a->found = 1;
		return 1;
	}
	if (n && !(TCLS(q, &q->tok[k]) & QW_CUE_ING)) {
		if (subject_right(q, a, k + 1, hi)) {
			attr_set_cue(q, a, k, n);
			a->found = 1;
			return 1;
		}
		return 0;
	}
	/* X said: a subject of a few words, then the verb */
	int i = k, lim = k + 8;
	while (i < hi && i < lim && word_ok(q, i)) {
		if (cue_at(q, i, k) == 1 && !(TCLS(q, &q->tok[i]) & QW_CUE_ING) && i > k)
			break;
		if ((TCLS(q, &q->tok[i]) & (QW_PRON_M | QW_PRON_F | QW_SKIP | QW_TITLE |
			QW_GROUP | QW_DET | QW_PARTICLE)) || (q->tok[i].flags & TF_CAP) ||
			(i + 1 < hi && word_ok(q, i + 1) &&
			cue_at(q, i + 1, k) == 1))
			i++;
		else
			return 0;
	}
	if (i >= hi || i >= lim || !word_ok(q, i) || cue_at(q, i, k) != 1 ||
		(TCLS(q, &q->tok[i]) & QW_CUE_ING))
		return 0;
	attr_set_cue(q, a, i, 1);
	a->found = 1;
	subject_left(q, a, i - 1, k, i);
	a->fwd = 0;
	a->inherit = 0;
	return 1;
}

/* "The issue is the “main difference” between them, he added.": an
 * attribution closing the sentence, after a comma. */
static int attr_tail(struct nf_quotes *q, struct attr *a, int lo, int hi)
{
	attr_none(a);
	int k = hi - 1;
	if (k >= lo && q->tok[k].type == T_PUNCT && q->tok[k].ch == '.')
		k--;
	/* "…, according to a Woolworths spokesperson." */
	for (int c = k - 2; c >= lo && c > k - 12; c--) {
		if (q->tok[c].type == T_MARK || (q->tok[c].type == T_PUNCT &&
			q->tok[c].ch != ',' && q->tok[c].ch != '.'))
			break;
		if (q->tok[c].type == T_PUNCT && q->tok[c].ch == ',' &&
			cue_at(q, c + 1, c + 1) == 2) {
			attr_set_cue(q, a, c + 1, 2);
			a->found = 1;
			int j = c + 3;
			while (j <= k && word_ok(q, j) && !(q->tok[j].flags & TF_CAP) &&
				(TCLS(q, &q->tok[j]) & QW_TITLE))
				j++;
			if (!subject_right(q, a, j, k + 1))
				a->spk = -1;
			return 1;
		}
	}
	if (k <= lo || cue_at(q, k, lo) != 1 || (TCLS(q, &q->tok[k]) & QW_CUE_ING))
		return 0;
	int c = k - 1;
	while (c >= lo && c > k - 6 && word_ok(q, c))
		c--;
	if (c < lo || c == k - 1 || q->tok[c].type != T_PUNCT || q->tok[c].ch != ',')
		return 0;
	attr_set_cue(q, a, k, 1);
	a->found = 1;
	subject_left(q, a, k - 1, c + 1, k);
	a->fwd = a->inherit = 0;
	return 1;
}

/* ---------- building output ---------- */

static void trim_span(const char *s, size_t *a, size_t *b)
{
	size_t n;
	while (*a < *b && (is_space_cp(decode(s, *b, *a, &n))))
		*a += n;
	for (;;) {
		for (;;) {
			if (*b > *a && (s[*b - 1] == ' ' || s[*b - 1] == '\t'))
				(*b)--;
			else if (*b >= *a + 2 && (unsigned char)s[*b - 2] == 0xC2 &&
				(unsigned char)s[*b - 1] == 0xA0)
				*b -= 2;     /* no-break space */
			else if (*b >= *a + 3 && (unsigned char)s[*b - 3] == 0xE2 &&
				(unsigned char)s[*b - 2] == 0x80 &&
				(((unsigned char)s[*b - 1] >= 0x80 &&
				(unsigned char)s[*b - 1] <= 0x8A) ||
				(unsigned char)s[*b - 1] == 0xAF))
				*b -= 3;     /* U+2000..200A, U+202F */
			else
				break;
		}
		if (*b > *a && s[*b - 1] == ',')
			(*b)--;
		else
			break;
	}
}

static size_t put_str(struct nf_quotes *q, const char *s, size_t n)
{
	size_t o = q->strs.len;
	nf_buf_add(&q->strs, s, n);
	return o;
}

const char *const nf_speaker_type_names[4] = { NULL, "PER", "ORG", "LOC" };

#define NSTR 5   /* strings per quote: text, speaker, cue, role, source */

static size_t put_opt(struct nf_quotes *q, const char *s, int n)
{
	return n >= 0 ? put_str(q, s, (size_t)n) : (size_t)-1;
}

static void emit(struct nf_quotes *q, struct wq *w, const char *txt,
	size_t tlen, const struct attr *a, enum nf_quote_kind kind)
{
	if (q->nout == q->capout) {
		q->capout = q->capout ? 2 * q->capout : 16;
		q->out = nf_xrealloc(q->out, q->capout * sizeof *q->out);
		q->strofs = nf_xrealloc(q->strofs, q->capout * NSTR * sizeof *q->strofs);
	}
	struct nf_quote *o = &q->out[q->nout];
	size_t *so = &q->strofs[NSTR * q->nout];
	q->nout++;
	memset(o, 0, sizeof *o);
	o->start = w->start;
	o->end = w->end;
	o->earlier = w->earlier;
	so[0] = put_str(q, txt, tlen);
	o->len = tlen;
	so[1] = put_opt(q, a->name, a->spk);
	o->speaker_len = a->spk >= 0 ? (size_t)a->spk : 0;
	o->speaker_type = a->spk >= 0 ? (enum nf_speaker_type)a->stype : NF_SPEAKER_NONE;
	so[2] = put_opt(q, a->cue, a->cuelen);
	o->cue_len = a->cuelen >= 0 ? (size_t)a->cuelen : 0;
	int rl = a->spk >= 0 ? a->rolelen : -1;
	so[3] = put_opt(q, a->role, rl > 0 ? rl : -1);
	o->role_len = rl > 0 ? (size_t)rl : 0;
	so[4] = put_opt(q, a->src, a->srclen > 0 ? a->srclen : -1);
	o->source_len = a->srclen > 0 ? (size_t)a->srclen : 0;
	if (a->srclen > 0 && a->src_s >= 0) {
		o->source_here = 1;
		o->source_start = (size_t)a->src_s;
		o->source_end = (size_t)a->src_e;
	}
	o->kind = kind;
}

static void fix_pointers(struct nf_quotes *q)
{
	static const char empty[1];
	const char *base = q->strs.data ? q->strs.data : empty;
	for (size_t i = 0; i < q->nout; i++) {
		size_t *so = &q->strofs[NSTR * i];
		const char **p[NSTR] = { &q->out[i].text, &q->out[i].speaker,
			&q->out[i].cue, &q->out[i].role, &q->out[i].source };
		for (int k = 0; k < NSTR; k++)
			*p[k] = so[k] == (size_t)-1 ? NULL : base + so[k];
	}
}

/* Is the text a name or gloss rather than a quotation? */
static int not_a_quote(const char *s, size_t n, int prev_naming)
{
	if (n == 0)
		return 1;
	if (!prev_naming && memchr(s, ' ', n))
		return 0;
	int spaces = 0, digit = 0, lower_word = 0, at_start = 1;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == ' ')
			spaces++, at_start = 1;
		else {
			if (c >= '0' && c <= '9')
				digit = 1;
			if (at_start && c >= 'a' && c <= 'z')
				lower_word = 1;
			at_start = 0;
		}
	}
	if (!spaces && digit)
		return 1;            /* "COVID-19" */
	if (prev_naming && !lower_word && spaces < 4)
		return 1;            /* known as "Welcome To Video" */
	return 0;
}

/* One to three words, each starting with a capital or a digit. */
static int title_case(const char *s, size_t n)
{
	int words = 0, at = 1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ' ') {
			at = 1;
			continue;
		}
		if (at) {
			words++;
			if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') ||
				(unsigned char)s[i] >= 0xC3))
				return 0;
		}
		at = 0;
	}
	return words >= 1 && words <= 3;
}

static int text_upper(const char *s, size_t n)
{
	size_t i = 0, k;
	while (i < n && (s[i] == '[' || s[i] == '(' || s[i] == '.' ||
		(unsigned char)s[i] == 0xE2))
		i += (unsigned char)s[i] == 0xE2 ? 3 : 1;
	if (i >= n)
		return 0;
	int32_t c = decode(s, n, i, &k);
	return is_upper_cp(c) || is_digit_cp(c);
}

static int text_multi(const char *s, size_t n)
{
	for (size_t i = 0; i + 2 < n; i++)
		if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i + 1] == ' ' &&
			s[i + 2] >= 'A' && s[i + 2] <= 'Z')
			return 1;
	return 0;
}

/* The end of s[0..n) without the quotation marks, ']', spaces and no-break
 * spaces it ends with: where a quote's last word or stop is. At most 64
 * bytes are passed over, so that a run of marks costs no more than that
 * (there is no stop so far back). */
static size_t skip_back(const char *s, size_t n)
{
	size_t lim = n > 64 ? n - 64 : 0;
	while (n > lim) {
		size_t j = n - 1;
		while (j > lim && ((unsigned char)s[j] & 0xC0) == 0x80 && n - j < 4)
			j--;
		size_t k;
		int32_t c = nf_utf8_decode(s + j, n - j, &k);
		if (k != n - j || !(mark_family(c) || c == ']' || c == ' ' || c == 0xA0))
			return n;
		n = j;
	}
	return n > 0 ? (size_t)-1 : 0;
}

static int text_ends_stop(const char *s, size_t n)
{
	n = skip_back(s, n);
	return n != (size_t)-1 && n > 0 &&
		(s[n - 1] == '.' || s[n - 1] == '?' || s[n - 1] == '!');
}

/* ---------- the main pass ---------- */

static struct wq *new_wq(struct nf_quotes *q)
{
	if (q->nwq == q->capwq) {
		q->capwq = q->capwq ? 2 * q->capwq : 16;
		q->wq = nf_xrealloc(q->wq, q->capwq * sizeof *q->wq);
	}
	struct wq *w = &q->wq[q->nwq++];
	memset(w, 0, sizeof *w);
	w->open_tok = w->close_tok = -1;
	attr_none(&w->pre);
	return w;
}

static int can_open(const struct tok *t)
{
	return t->type == T_MARK && (t->role == M_OPEN || (t->role == M_AMBIG &&
		t->fam == F_DOUBLE));
}

/* Pair the marks of the record into top-level quotes. Continues the open
 * quote of the record before when cont is set. */
static void pair_marks(struct nf_quotes *q, int cont)
{
	if (!cont && !q->nmarks) {
		q->depth = 0;
		return;
	}
	int cur = -1;     /* index in wq of the open top-level quote */
	if (cont) {
		struct wq *w = new_wq(q);
		*w = q->pend;
		w->open_tok = -1;
		w->close_tok = -1;
		cur = 0;
	} else {
		q->depth = 0;
	}
	for (size_t i = 0; i < q->ntok; i++) {
		struct tok *t = &q->tok[i];
		if (cur >= 0 && t->type != T_MARK && t->type != T_PARA)
			t->flags |= TF_INQ;
		if (t->type == T_PARA) {
			if (q->depth == 0)
				continue;
			size_t j = i + 1;
			while (j < q->ntok && q->tok[j].type == T_PARA)
				j++;
			if (j < q->ntok && can_open(&q->tok[j]) &&
				q->tok[j].fam == q->stack[0]) {
				q->tok[j].flags |= TF_SKIPMARK;
				q->wq[cur].joined = 1;
				q->depth = 1;
				i = j;
				continue;
			}
			q->wq[cur].close_tok = (int)i;
			q->wq[cur].terminated = 1;
			t->quote = (int32_t)cur;
			q->depth = 0;
			cur = -1;
			continue;
		}
		if (t->type != T_MARK || (t->flags & TF_SKIPMARK) || !t->role)
			continue;
		int role = t->role;
		if (role == M_AMBIG) {
			int has = 0;
			for (int d = q->depth - 1; d >= 0; d--)
				if (q->stack[d] == t->fam)
					has = 1;
			role = has ? M_CLOSE : (t->fam == F_DOUBLE ? M_OPEN : 0);
			if (!role)
				continue;
		}
		if (role == M_OPEN) {
			if (q->depth == 0) {
				struct wq *w = new_wq(q);
				w->open_tok = (int)i;
				w->fam = t->fam;
				cur = (int)q->nwq - 1;
				t->quote = (int32_t)cur;
				t->role = M_OPEN;
				q->stack[q->depth++] = t->fam;
			} else if (q->depth < 8) {
				q->stack[q->depth++] = t->fam;
				t->flags |= TF_INQ;
			} else {
				t->flags |= TF_INQ;
			}
			continue;
		}
		/* a closing mark: find its opener */
		int d = q->depth - 1;
		while (d >= 0 && q->stack[d] != t->fam)
			d--;
		if (d < 0) {
			if (cur >= 0)
				t->flags |= TF_INQ;
			continue;    /* stray closer or apostrophe */
		}
		q->depth = d;
		if (d == 0) {
			q->wq[cur].close_tok = (int)i;
			t->quote = (int32_t)cur;
			t->role = M_CLOSE;
			cur = -1;
		} else {
			t->flags |= TF_INQ;
		}
	}
}

/* Text of a quote within this record, from byte a to b, with paragraph
 * joins ("\n“") made one space. Appends to dst. */
static void quote_part(struct nf_quotes *q, struct nf_buf *dst, size_t a,
	size_t b, int joined)
{
	if (!joined) {
		nf_buf_add(dst, q->text + a, b - a);
		return;
	}
	size_t p = a;
	/* tokens are in text order: start at the first one at or after a and
	 * stop at b, so a record of many joined quotes costs its length */
	size_t lo = 0, hi = q->ntok;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (q->tok[mid].off < a)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < q->ntok && q->tok[i].off < b; i++) {
		struct tok *t = &q->tok[i];
		if (t->type == T_PARA || (t->flags & TF_SKIPMARK)) {
			size_t e = t->off;
			while (e > p && q->text[e - 1] == ' ')
				e--;
			nf_buf_add(dst, q->text + p, e - p);
			p = t->off + t->len;
			while (p < b && q->text[p] == ' ')
				p++;
			if (t->type == T_PARA && dst->len &&
				dst->data[dst->len - 1] != ' ')
				nf_buf_addc(dst, ' ');
		}
	}
	nf_buf_add(dst, q->text + p, b - p);
}

static int mention_noun(const struct nf_quotes *q, int k)
{
	static const char *const nouns[] = { "word", "words", "term", "terms",
		"phrase", "nickname", "slogan", "hashtag", "label", "moniker",
		"title", "headline", "name", "motto", "catchphrase", NULL };
	const struct tok *t = &q->tok[k];
	for (int i = 0; nouns[i]; i++)
		if (t->len == strlen(nouns[i]) && !memcmp(q->text + t->off, nouns[i],
			t->len))
			return 1;
	return 0;
}

/* Pre-attribution and kind clues for the quote opening at token o. */
static void quote_opened(struct nf_quotes *q, struct wq *w, int o, int lo)
{
	const struct tok *t = &q->tok[o];
	size_t a = t->off + t->len;
	w->start = a;
	w->sent_initial = o == lo;
	attr_before(q, &w->pre, o, lo);
	int p = o - 1;
	w->prev_kind = PK_NONE;
	if (p >= lo) {
		const struct tok *pt = &q->tok[p];
		if (pt->type == T_PUNCT && (pt->ch == ',' || pt->ch == ':' ||
			pt->ch == '-'))
			w->prev_kind = PK_COMMA;
		else if (pt->type == T_PUNCT && (pt->ch == '(' || pt->ch == '['))
			w->prev_kind = PK_PAREN;
		else if (pt->type == T_WORD && w->pre.cue_tok == p)
			w->prev_kind = (TCLS(q, pt) & QW_CUE_NAME) ? PK_CUENAME : PK_CUE;
		else if (pt->type == T_WORD && (TCLS(q, pt) & (QW_DET | QW_PASSIVE |
			QW_NAMING)))
			w->prev_kind = (TCLS(q, pt) & QW_NAMING) ? PK_NAMING : PK_DETLIKE;
		else
			w->prev_kind = PK_WORD;
		/* the word “pandemic”, his nickname “Spike”: a word mentioned,
		 * not words said */
		if (pt->type == T_WORD && !(pt->flags & TF_CAP) && mention_noun(q, p))
			w->skip = 1;
		/* known as the “Radio Control Law” */
		if (w->prev_kind == PK_DETLIKE && p - 1 >= lo && word_ok(q, p - 1) &&
			(TCLS(q, &q->tok[p - 1]) & QW_NAMING))
			w->prev_kind = PK_NAMING;
		/* was commonly called “swine flu”, a program dubbed “Zrínyi
		 * 2026”: a name given, not words said */
		if (w->prev_kind == PK_CUENAME) {
			int j = p - 1;
			while (j >= lo && word_ok(q, j) && (TCLS(q, &q->tok[j]) & QW_SKIP) &&
				!(TCLS(q, &q->tok[j]) & QW_PASSIVE))
				j--;
			if (j >= lo && word_ok(q, j) && ((TCLS(q, &q->tok[j]) & QW_PASSIVE) ||
				(!(q->tok[j].flags & TF_CAP) && q->tok[j].pid < 0 &&
				!(TCLS(q, &q->tok[j]) & (QW_PRON_M | QW_PRON_F | QW_GROUP |
				QW_STOP)))))
				w->skip = 1;
		}
	}
}

static int n_words(const char *s, size_t n)
{
	int w = 0, in = 0;
	for (size_t i = 0; i < n; i++) {
		int sp = s[i] == ' ';
		if (!sp && !in)
			w++;
		in = !sp;
	}
	return w;
}

static enum nf_quote_kind decide_kind(struct nf_quotes *q, struct wq *w,
	const char *txt, size_t n, int after_lower)
{
	(void)q;
	int upper = text_upper(txt, n);
	if (w->sent_initial)
		return after_lower ? NF_QUOTE_PARTIAL : NF_QUOTE_DIRECT;
	if (text_multi(txt, n) && upper)
		return NF_QUOTE_DIRECT;
	switch (w->prev_kind) {
	case PK_COMMA:
		if (upper)
			return NF_QUOTE_DIRECT;
		return w->pre.found ? NF_QUOTE_DIRECT : NF_QUOTE_PARTIAL;
	case PK_CUE:
		/* saying “we are ready …”, but said “fine” */
		return upper || n_words(txt, n) >= 3 ? NF_QUOTE_DIRECT :
			NF_QUOTE_PARTIAL;
	case PK_WORD:
		return upper && w->pre.found ? NF_QUOTE_DIRECT : NF_QUOTE_PARTIAL;
	}
	return NF_QUOTE_PARTIAL;
}

static void ps_compute(struct nf_quotes *q);

/* Finish quote w: choose its attribution and emit it. post is NULL when
 * the quote was ended by a paragraph end. */
static void finish_quote(struct nf_quotes *q, struct wq *w, const char *txt,
	size_t n, struct attr *post, int comma_after, int after_lower,
	const struct attr *fwd)
{
	size_t a = 0, b = n;
	trim_span(txt, &a, &b);
	int trailing_comma = b < n && txt[b] == ',';
	txt += a;
	n = b - a;
	if (w->skip || not_a_quote(txt, n, w->prev_kind == PK_NAMING)) {
		w->done = 1;
		return;
	}
	struct attr res;
	attr_none(&res);
	const struct attr *pre = &w->pre;
	int ends_q = n && (txt[n - 1] == '?' || txt[n - 1] == '!');
	int use_post = !pre->fwd && post && post->found && (!pre->found || trailing_comma ||
		comma_after || ends_q || (pre->spk < 0 && post->spk >= 0) ||
		pre->inherit);
	if (use_post && pre->found && pre->spk >= 0 && post->spk < 0 &&
		!pre->inherit)
		use_post = 0;     /* “…,” according to NBC */
	if (use_post) {
		res = *post;
	} else if (pre->found) {
		res = *pre;
		if (res.inherit)
			attr_take_speaker(&res, &q->lq);
		if (res.fwd && fwd && fwd->spk >= 0) {
			attr_take_speaker(&res, fwd);
			attr_take_source(&res, fwd);
		}
	} else if (w->sent_initial && q->ps_valid && q->ps_quote) {
		attr_take_speaker(&res, &q->ps);
	} else if (w->sent_initial && q->ps_valid && (ps_compute(q),
		q->ps_cue_found)) {
		res.cuelen = q->ps_c.cuelen;
		memcpy(res.cue, q->ps_c.cue, (size_t)q->ps_c.cuelen);
		attr_take_speaker(&res, &q->ps_c);
		attr_take_source(&res, &q->ps_c);
		res.src_s = res.src_e = -1;  /* in the sentence before */
	}
	if (res.cuelen < 0 && res.spk < 0 && !w->sent_initial && title_case(txt, n)) {
		w->done = 1;     /* 'Stefan W', "COVI" */
		return;
	}
	if (!w->sent_initial && (w->prev_kind == PK_WORD || w->prev_kind ==
		PK_DETLIKE) && title_case(txt, n) && memchr(txt, ' ', n)) {
		w->done = 1;     /* a character on “My Little Pony”: a title */
		return;
	}
	enum nf_quote_kind kind = decide_kind(q, w, txt, n, after_lower);
	if (q->text && txt >= q->text && txt + n <= q->text + q->len && !w->earlier) {
		w->start = (size_t)(txt - q->text);
		w->end = w->start + n;
	}
	emit(q, w, txt, n, &res, kind);
	attr_take_speaker(&q->lq, &res);
	w->done = 1;
}

/* Is the sentence over after token i (outside quotes)? */
static int sentence_ends(struct nf_quotes *q, size_t i)
{
	struct tok *t = &q->tok[i];
	size_t j = i + 1;
	if (j >= q->ntok)
		return 0;   /* the record end is handled by the caller */
	struct tok *nx = &q->tok[j];
	if (t->type == T_PUNCT && (t->ch == '.' || t->ch == '!' || t->ch == '?')) {
		if (nx->type == T_PARA || nx->type == T_MARK)
			return 1;
		if (nx->type == T_WORD && ((nx->flags & TF_CAP) ||
			(nx->flags & TF_DIGIT)))
			return 1;
		if (nx->type == T_PUNCT && (nx->ch == '(' || nx->ch == '['))
			return 1;
		return 0;
	}
	if (t->type == T_MARK && t->quote >= 0 && t->role == M_CLOSE) {
		size_t e = t->off;
		/* a quote held from the record before may have all its words
		 * there */
		const char *ts = q->text;
		if (q->lead >= e && q->wq[t->quote].open_tok < 0)
			ts = q->ptext.data, e = q->ptext.len;
		if (!text_ends_stop(ts, e))
			return 0;
		if (nx->type == T_MARK && can_open(nx))
			return 1;
		if (nx->type != T_WORD || !(nx->flags & TF_CAP))
			return 0;
		if (pronoun(q, nx) || (TCLS(q, nx) & (QW_GROUP | QW_TITLE)))
			return 1;   /* “Q!” He said … starts anew, as split-sentences has it */
		/* “Why?” Smith asked. — but “Q.” He said … is two sentences */
		e = skip_back(ts, e);  /* not -1: text_ends_stop passed */
		if (e > 0 && ts[e - 1] != '.') {
			struct attr tmp;
			if (attr_after(q, &tmp, (int)i, (int)q->ntok))
				return 0;
		}
		return 1;
	}
	return 0;
}

/* The last speech verb of a quote-less sentence, for a quote that opens the
 * next one ("X also criticized the decision. “Q.”"). */
static void note_sentence(struct nf_quotes *q, int lo, int hi, int had_quote)
{
	q->ps_valid = 1;
	q->ps_quote = had_quote;
	q->ps_cue_found = 0;
	q->ps_lazy = 0;
	if (had_quote) {
		attr_take_speaker(&q->ps, &q->lq);
		return;
	}
	/* looked at only when a quote opens the next sentence, or at the
	 * end of the record */
	q->ps_lazy = 1;
	q->ps_lo = lo;
	q->ps_hi = hi;
}

static void ps_compute(struct nf_quotes *q)
{
	if (!q->ps_lazy)
		return;
	q->ps_lazy = 0;
	int lo = q->ps_lo, hi = q->ps_hi;
	for (int k = hi - 1; k >= lo; k--) {
		int n = cue_at(q, k, lo);
		if (n != 1 || (TCLS(q, &q->tok[k]) & QW_CUE_ING))
			continue;
		struct attr a;
		attr_none(&a);
		attr_set_cue(q, &a, k, 1);
		q->dry = 1;
		subject_left(q, &a, k - 1, lo, k);
		q->dry = 0;
		if (a.inherit || a.fwd)
			return;
		q->ps_cue_found = 1;
		q->ps_c = a;
		return;
	}
}

static void finish_sentence(struct nf_quotes *q, int lo, int hi, size_t *wfirst)
{
	int had = 0;
	for (size_t qi = *wfirst; qi < q->nwq; qi++) {
		struct wq *w = &q->wq[qi];
		if (w->done || w->close_tok < 0)
			continue;
		if (w->close_tok >= hi && !(w->close_tok == hi && w->terminated))
			break;
		had = 1;
		struct attr post;
		int c = w->close_tok, comma_after = 0, after_lower = 0;
		attr_none(&post);
		if (!w->terminated) {
			if (w->prev_kind == PK_PAREN && c + 1 < hi &&
				q->tok[c + 1].type == T_PUNCT && q->tok[c + 1].ch == ')')
				w->skip = 1;    /* ("British exit"): a gloss */
			if (!attr_after(q, &post, c, hi) && !w->pre.found)
				attr_tail(q, &post, c + 1, hi);
			if (c + 1 < hi && q->tok[c + 1].type == T_PUNCT &&
				q->tok[c + 1].ch == ',')
				comma_after = 1;
			if (c + 1 < hi && word_ok(q, c + 1) &&
				!(q->tok[c + 1].flags & TF_CAP) && !post.found &&
				!(TCLS(q, &q->tok[c + 1]) & (QW_CUE | QW_CONJ | QW_ACCORD |
				QW_PRON_M | QW_PRON_F)) && (TCLS(q, &q->tok[c + 1]) & QW_STOP) == 0)
				after_lower = 1;
		}
		size_t a = w->start;
		size_t b = q->tok[c].off;
		/* "Saying “Q”, President X elaborated": the next verb's subject */
		struct attr fwd;
		attr_none(&fwd);
		if (w->pre.fwd && !w->terminated)
			for (int k = c + 1; k < hi; k++)
				if (!(q->tok[k].flags & TF_INQ) && cue_at(q, k, c + 1) == 1 &&
					!(TCLS(q, &q->tok[k]) & QW_CUE_ING)) {
					subject_left(q, &fwd, k - 1, c + 1, k);
					break;
				}
		if (w->earlier || w->open_tok < 0) {
			/* began in an earlier record: its text is in ptext */
			quote_part(q, &q->ptext, w->part, b, w->joined);
			finish_quote(q, w, q->ptext.data, q->ptext.len,
				w->terminated ? NULL : &post, comma_after, after_lower,
				&fwd);
		} else if (w->joined) {
			q->ptext.len = 0;
			quote_part(q, &q->ptext, a, b, 1);
			w->end = b;
			finish_quote(q, w, q->ptext.data, q->ptext.len,
				w->terminated ? NULL : &post, comma_after, after_lower,
				&fwd);
		} else {
			finish_quote(q, w, q->text + a, b - a,
				w->terminated ? NULL : &post, comma_after, after_lower,
				&fwd);
		}
	}
	while (*wfirst < q->nwq && q->wq[*wfirst].done)
		(*wfirst)++;
	if (hi > lo) {
		note_sentence(q, lo, hi, had);
		if (!q->dry)
			note_subject(q, lo, hi);
	}
}

static void clear_ps(struct nf_quotes *q)
{
	q->ps_valid = 0;
	q->ps_quote = 0;
	q->ps_cue_found = 0;
	q->ps_lazy = 0;
}

/* he or she: a sentence that opens on a pronoun goes on about the
 * person the sentence before was about (its subject), not the last name
 * in it ("Bloomberg endorsed Joe Biden. “...,” he said"); later in a
 * sentence, the last person mentioned. */
static int salient_pronoun(struct nf_quotes *q, int gender)
{
	if (!q->sent_person && q->last_subj >= 0) {
		const struct person *p = &q->pers[q->last_subj];
		if (p->used && (!p->gender || p->gender == gender)) {
			touch(q, q->last_subj, NULL, 0, 0);
			return q->last_subj;
		}
	}
	return resolve_pronoun(q, gender);
}

/* The subject of the sentence lo..hi: its first person, outside quotes,
 * not a possessive and not the object of a preposition. */
static void note_subject(struct nf_quotes *q, int lo, int hi)
{
	q->sent_person = 0;
	for (int i = lo; i < hi; i++) {
		const struct tok *t = &q->tok[i];
		if (t->pid < 0 || (t->flags & (TF_INQ | TF_POSS)) || t->type != T_WORD)
			continue;
		int f = t->run >= 0 ? q->runs[t->run].a : i;
		int j = f - 1;
		while (j >= lo && word_ok(q, j) && !(q->tok[j].flags & TF_CAP) &&
			(TCLS(q, &q->tok[j]) & QW_TITLE))
			j--;
		if (j >= lo && word_ok(q, j) && (TCLS(q, &q->tok[j]) & QW_DET) &&
			!tok_is(q, j, "the"))
			continue;   /* "with his supporters", "than Joe Biden" */
		q->last_subj = t->pid;
		return;
	}
	q->last_subj = -1;   /* none found: the last person mentioned */
}

static void analyse(struct nf_quotes *q, int cont)
{
	int lo = 0;
	size_t wfirst = 0;
	int inq = cont;
	q->nrun = 0;
	for (size_t i = 0; i < q->ntok; i++) {
		struct tok *t = &q->tok[i];
		if (t->type == T_PARA) {
			if (inq) {
				/* a quote ended by the paragraph end, or joined on */
				if (t->quote < 0)
					continue;   /* pair_marks marks the end */
				inq = 0;
			}
			finish_sentence(q, lo, (int)i, &wfirst);
			clear_ps(q);
			lo = (int)i + 1;
			continue;
		}
		if (t->type == T_MARK && t->quote >= 0) {
			struct wq *w = &q->wq[t->quote];
			if (t->role == M_OPEN && w->open_tok == (int)i) {
				quote_opened(q, w, (int)i, lo);
				inq = 1;
			} else if (t->role == M_CLOSE) {
				inq = 0;
				if (sentence_ends(q, i)) {
					finish_sentence(q, lo, (int)i + 1, &wfirst);
					lo = (int)i + 1;
				}
			}
			continue;
		}
		if (inq || (t->flags & TF_INQ))
			continue;
		if (t->type == T_WORD) {
			int pr = pronoun(q, t);
			if (pr) {
				t->pid = salient_pronoun(q, pr);
			} else if ((t->flags & TF_CAP) && t->run < 0) {
				int b = scan_run(q, (int)i);
				speaker_run(q, t->run, (int)i, b);
			}
			if (t->pid >= 0)
				q->sent_person = 1;
			continue;
		}
		if (t->type == T_PUNCT && sentence_ends(q, i)) {
			finish_sentence(q, lo, (int)i + 1, &wfirst);
			lo = (int)i + 1;
		}
	}
	/* the record end */
	int open = q->depth > 0;
	q->tail_off = -1;
	if (!open && (size_t)lo < q->ntok) {
		/* only an abbreviation at the end ("said U.S.") leaves the
		 * sentence open; a heading or a caption is a paragraph */
		const struct tok *l = &q->tok[q->ntok - 1];
		int unfinished = l->type == T_WORD && l->len > 1 &&
			q->text[l->off + l->len - 1] == '.';
		for (size_t i = (size_t)lo; unfinished && i < q->ntok; i++)
			if (q->tok[i].type == T_MARK || q->tok[i].type == T_PARA)
				unfinished = 0;
		if (unfinished && q->len - q->tok[lo].off < 1000)
			q->tail_off = q->tok[lo].off;
	}
	if (!open) {
		finish_sentence(q, lo, (int)q->ntok, &wfirst);
	} else {
		/* quotes closed before the open one are final now */
		struct wq *last = &q->wq[q->nwq - 1];
		int save = last->close_tok;
		last->close_tok = -1;
		/* (a record wholly inside a held quote has no sentence of its own) */
		if (last->open_tok >= 0)
			finish_sentence(q, lo, last->open_tok, &wfirst);
		last->close_tok = save;
	}
	ps_compute(q);
}

/* ---------- the public interface ---------- */

struct nf_quotes *nf_quotes_new(void)
{
	nf_qlex_init();
	if (!ascii_class['a'])
		init_ascii();
	struct nf_quotes *q = nf_xcalloc(1, sizeof *q);
	attr_none(&q->lq);
	attr_none(&q->voice);
	q->last_subj = -1;
	return q;
}

int nf_quotes_use_tagger(struct nf_quotes *q, const struct nf_ent_model *m)
{
	if (q->tg)
		nf_tagger_free(q->tg);
	q->tg = m ? nf_tagger_new(m) : NULL;
	return q->tg || !m ? 0 : -1;
}

size_t nf_quotes_tagged(const struct nf_quotes *q)
{
	return q->tagged;
}

void nf_quotes_free(struct nf_quotes *q)
{
	if (!q)
		return;
	free(q->tok);
	free(q->runs);
	free(q->wq);
	free(q->out);
	free(q->strofs);
	nf_buf_free(&q->strs);
	nf_buf_free(&q->ptext);
	nf_buf_free(&q->carry);
	nf_buf_free(&q->join);
	if (q->tg)
		nf_tagger_free(q->tg);
	free(q);
}

void nf_quotes_reset(struct nf_quotes *q)
{
	memset(q->pers, 0, sizeof q->pers);
	memset(q->orgs, 0, sizeof q->orgs);
	q->norg_next = 0;
	if (q->tg)
		nf_tagger_new_doc(q->tg);
	memset(q->tcache, 0, sizeof q->tcache);
	q->last_subj = -1;
	q->sent_person = 0;
	memset(q->idx_last, 0, sizeof q->idx_last);
	memset(q->mru, 0, sizeof q->mru);
	q->clock = 0;
	memset(q->idx_full, 0, sizeof q->idx_full);
	q->seq = 0;
	q->pending = 0;
	q->pending_here = 0;
	q->depth = 0;
	q->ptext.len = 0;
	q->carry.len = 0;
	attr_none(&q->lq);
	attr_none(&q->voice);
	clear_ps(q);
}

/* End the held quote at the end of the record it was last in. */
static void end_pending(struct nf_quotes *q)
{
	if (!q->pending)
		return;
	struct wq w = q->pend;
	w.earlier = 1;
	finish_quote(q, &w, q->ptext.data, q->ptext.len, NULL, 0, 0, NULL);
	q->pending = 0;
	q->depth = 0;
	q->ptext.len = 0;
}

int nf_quotes_pending(const struct nf_quotes *q)
{
	return q->pending_here;
}

size_t nf_quotes_end(struct nf_quotes *q, const struct nf_quote **out)
{
	q->nout = 0;
	q->strs.len = 0;
	q->text = NULL;
	q->len = 0;
	end_pending(q);
	q->pending_here = 0;
	fix_pointers(q);
	*out = q->out;
	return q->nout;
}

size_t nf_quotes_scan(struct nf_quotes *q, const char *text, size_t len,
	enum nf_quote_para para, const struct nf_quote **out)
{
	/* Offsets are 32-bit and token numbers int: a record of more than
	 * 2 GiB (with what a held quote carries over) is read up to there. */
	if (len > INT_MAX / 2) {
		len = INT_MAX / 2;
		while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80)
			len--;
	}
	q->nout = 0;
	q->strs.len = 0;
	q->nwq = 0;
	q->base = 0;
	if (!q->pending && para != NF_PARA_NEW && q->carry.len) {
		q->join.len = 0;
		nf_buf_add(&q->join, q->carry.data, q->carry.len);
		nf_buf_addc(&q->join, ' ');
		nf_buf_add(&q->join, text, len);
		q->base = q->carry.len + 1;
		text = q->join.data;
		len = q->join.len;
	}
	q->carry.len = 0;
	q->text = text;
	q->len = len;
	/* where the record's first word starts, after spaces and marks */
	q->lead = 0;
	while (q->lead < len && (text[q->lead] == ' ' || mark_family((unsigned char)text[q->lead])))
		q->lead++;
	int cont = 0;
	tokenise(q, text, 0, len);
	if (q->pending) {
		const struct tok *f = q->ntok ? &q->tok[0] : NULL;
		int opens = f && can_open(f) && f->fam == q->stack[0];
		if (para == NF_PARA_SAME) {
			cont = 1;
		} else if (opens) {
			cont = 2;
		} else if (para == NF_PARA_UNKNOWN) {
			/* sentence records of unknown paragraphs: go on while a
			 * closing mark comes first, or a few records hold none */
			int marks = 0, closes = 0, depth = 1;
			for (size_t i = 0; i < q->ntok && !closes; i++) {
				const struct tok *t = &q->tok[i];
				if (t->type != T_MARK || t->fam != q->stack[0] ||
					!t->role)
					continue;
				marks = 1;
				if (t->role == M_OPEN)
					depth++;
				else if (--depth == 0)
					closes = 1;
			}
			/* go on when a mark closes it, or when none opens a new
			 * quote (inner pairs, no marks), for a few records */
			if (closes || (depth == 1 && q->pend_nocont < 4))
				cont = 1;
			if (!closes)
				q->pend_nocont++;
			(void)marks;
		}
		if (!cont) {
			/* the held quote ended with its paragraph */
			q->ptext.len = q->ptext.len;
			struct nf_quote *before = q->out;
			(void)before;
			const char *save = q->text;
			size_t slen = q->len;
			q->text = NULL;
			q->len = 0;
			end_pending(q);
			q->text = save;
			q->len = slen;
		}
	}
	if (para == NF_PARA_NEW && !cont)
		clear_ps(q);
	if (cont == 2) {
		q->tok[0].flags |= TF_SKIPMARK;
		if (q->ptext.len && q->ptext.data[q->ptext.len - 1] != ' ')
			nf_buf_addc(&q->ptext, ' ');
	} else if (cont == 1) {
		if (q->ptext.len && q->ptext.data[q->ptext.len - 1] != ' ')
			nf_buf_addc(&q->ptext, ' ');
	}
	if (cont) {
		q->pend.earlier = 1;
		q->pending = 0;
	}
	pair_marks(q, cont);
	if (cont)
		q->wq[0].part = cont == 2 ? q->tok[0].off + q->tok[0].len : 0;
	analyse(q, cont);
	if (q->tail_off >= 0) {
		/* copy first: text may be q->join */
		size_t tl = len - (size_t)q->tail_off;
		nf_buf_add(&q->carry, text + q->tail_off, tl);
	}
	/* a quote still open: hold it */
	q->pending_here = 0;
	if (q->depth > 0 && q->nwq) {
		struct wq *w = &q->wq[q->nwq - 1];
		if (!w->done && w->close_tok < 0) {
			size_t a = w->open_tok >= 0 ? w->start : w->part;
			if (!(w->earlier || w->open_tok < 0))
				q->ptext.len = 0, q->pend_nocont = 0;
			quote_part(q, &q->ptext, a, len, w->joined);
			while (q->ptext.len && q->ptext.data[q->ptext.len - 1] == ' ')
				q->ptext.len--;
			q->pend = *w;
			if (!(w->earlier || w->open_tok < 0)) {
				q->pend.end = len;
				q->pending_here = 1;
			}
			q->pend.joined = 0;
			q->pending = 1;
		}
	}
	if (q->base) {
		for (size_t i = 0; i < q->nout; i++) {
			if (q->out[i].earlier)
				continue;
			q->out[i].start = q->out[i].start >= q->base ?
				q->out[i].start - q->base : 0;
			q->out[i].end = q->out[i].end >= q->base ?
				q->out[i].end - q->base : 0;
			if (q->out[i].source_here && q->out[i].source_start < q->base)
				q->out[i].source_here = 0;
			else if (q->out[i].source_here) {
				q->out[i].source_start -= q->base;
				q->out[i].source_end -= q->base;
			}
		}
		if (q->pending_here) {
			q->pend.start = q->pend.start >= q->base ?
				q->pend.start - q->base : 0;
			q->pend.end -= q->base;
		}
	}
	fix_pointers(q);
	*out = q->out;
	return q->nout;
}

int nf_quotes_speaker_match(const char *speaker, size_t speaker_len,
	const char *name, size_t name_len)
{
	if (!speaker || !name_len)
		return 0;
	if (speaker_len == name_len && memcmp(speaker, name, name_len) == 0)
		return 1;
	/* any run of whole words of the speaker's name */
	for (size_t i = 0; i + name_len <= speaker_len; i++) {
		if (i > 0 && speaker[i - 1] != ' ')
			continue;
		if (i + name_len < speaker_len && speaker[i + name_len] != ' ')
			continue;
		if (memcmp(speaker + i, name, name_len) == 0)
			return 1;
	}
	return 0;
}
