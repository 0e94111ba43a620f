/* qscan.c: one record's sentences and quotes, the choice of attribution
 * and kind for each quote, the output, and the public nf_quotes_ API. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "newsfilter/utf8.h"
#include "internal.h"

#define ps_compute nfq_ps_compute

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

/* A person named by the surname alone before the full name comes
 * ("Lang shot back:" at the top of a live page, "Sen. Richard Lang"
 * further down; a headline's "Marsh to supporters:"): the fullest
 * form the record gave, as the contract asks, when one person alone
 * has it. */
static void fuller_speakers(struct nf_quotes *q)
{
	for (size_t i = 0; i < q->nout; i++) {
		struct nf_quote *o = &q->out[i];
		size_t *so = &q->strofs[NSTR * i];
		if (o->speaker_type != NF_SPEAKER_PER || so[1] == (size_t)-1 ||
			!o->speaker_len || memchr(q->strs.data + so[1], ' ', o->speaker_len))
			continue;
		const struct person *p = nfq_fuller_by_last(q, q->strs.data + so[1],
			o->speaker_len);
		if (!p)
			continue;
		so[1] = put_str(q, p->name, p->len);
		o->speaker_len = p->len;
	}
}

/* s[0..n) in lower case, letters and digits only, into buf (of cap
 * bytes); its length, 0 when it does not fit. */
static size_t fold_text(const char *s, size_t n, char *buf, size_t cap)
{
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == 0xE2) {
			i += 2;      /* curly marks, dashes: U+2000-U+2FFF */
			continue;
		}
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + 32);
		else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80))
			continue;
		if (m + 1 >= cap)
			return 0;
		buf[m++] = (char)c;
	}
	buf[m] = 0;
	return m;
}

/* A quotation the story gives again further down ("Wyoming governor
 * vows …: ‘We will not go quietly’" in the headline, "“We will not go
 * quietly,” Whitaker said" below): a headline's, or one left with no
 * speaker, takes the speaker of the later one that holds its words. */
static void repeated_quotes(struct nf_quotes *q)
{
	const char *nl = q->text ? memchr(q->text, '\n', q->len) : NULL;
	size_t head_end = nl ? (size_t)(nl - q->text) : 0;
	char a[512], b[2048];
	for (size_t i = 0; i + 1 < q->nout; i++) {
		struct nf_quote *o = &q->out[i];
		size_t *so = &q->strofs[NSTR * i];
		if (so[1] != (size_t)-1 && o->start >= head_end)
			continue;
		size_t an = fold_text(q->strs.data + so[0], o->len, a, sizeof a);
		if (an < 12)
			continue;
		/* (within the next 64 quotations: the pass stays linear in
		 * a record of thousands) */
		for (size_t j = i + 1; j < q->nout && j <= i + 64; j++) {
			const struct nf_quote *r = &q->out[j];
			const size_t *sr = &q->strofs[NSTR * j];
			if (sr[1] == (size_t)-1 || !r->speaker_len || r->start < head_end ||
				!fold_text(q->strs.data + sr[0], r->len, b, sizeof b) ||
				!strstr(b, a))
				continue;
			so[1] = sr[1];
			o->speaker_len = r->speaker_len;
			o->speaker_type = r->speaker_type;
			so[3] = sr[3];
			o->role_len = r->role_len;
			break;
		}
	}
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

static int headline_case(const char *s, size_t n);

/* Is the text a name or gloss rather than a quotation? */
static int not_a_quote(const char *s, size_t n, int prev_naming)
{
	if (n == 0)
		return 1;
	if (!prev_naming && memchr(s, ' ', n))
		return 0;
	int spaces = 0, digit = 0, lower_word = 0, at_start = 1;
	if (prev_naming && n > 4 && (!memcmp(s, "the ", 4) || !memcmp(s, "The ", 4)))
		s += 4, n -= 4;    /* "the Brandt Dividend" */
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
	if (prev_naming && headline_case(s, n))
		return 1;            /* titled "Burning Questions: Wildfire and
				      * the Colorado Homeowner" */
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

/* Headline case: two to eight words, each capitalised but for short
 * function words inside ("Person of the Year", "Hero of the Soviet
 * Union", "Build Back Better"), no sentence inside: a name or a title. */
static int headline_case(const char *s, size_t n)
{
	static const char *const small[] = { "of", "the", "and", "a", "an", "to",
		"for", "in", "on", "at", "by", "with", "or", "&", NULL };
	int words = 0, lastcap = 0;
	if (n > 1 && (s[n - 1] == '.' || s[n - 1] == ','))
		n--;    /* NBC's “Meet the Press.”: the sentence's stop inside */
	for (size_t i = 0; i < n;) {
		while (i < n && s[i] == ' ')
			i++;
		size_t e = i;
		while (e < n && s[e] != ' ')
			e++;
		if (e == i)
			break;
		words++;
		for (size_t k = i; k < e; k++)
			if (s[k] == '.' || s[k] == '?' || s[k] == '!' || s[k] == ',')
				return 0;
		lastcap = (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') ||
			(unsigned char)s[i] >= 0xC3;
		if (!lastcap) {
			int sm = 0;
			for (int k = 0; small[k] && !sm; k++)
				sm = e - i == strlen(small[k]) && !memcmp(s + i, small[k], e - i);
			if (!sm || words == 1)
				return 0;
		}
		i = e;
	}
	return words >= 2 && words <= 8 && lastcap;
}

static int text_upper(const char *s, size_t n)
{
	size_t i = 0, k;
	while (i < n && (s[i] == '[' || s[i] == '(' || s[i] == '.' ||
		(unsigned char)s[i] == 0xE2))
		i += (unsigned char)s[i] == 0xE2 ? 3 : 1;
	if (i >= n)
		return 0;
	int32_t c = nfq_decode(s, n, i, &k);
	return nfq_is_upper_cp(c) || nfq_is_digit_cp(c);
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
		if (k != n - j || !(nfq_mark_family(c) || c == ']' || c == ' ' || c == 0xA0))
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

/* Is the quote closing at token c a modifier of a noun after it ("the
 * “one country, two systems” model", "Trump's “mini-strokes” tweet",
 * "the “losers” and “suckers” comment"): a name for the thing, not
 * words said? */
static int names_noun(struct nf_quotes *q, int c, int hi)
{
	/* nouns for words and names themselves (not "a “surgical”
	 * campaign", where the quoted word is said of the campaign) */
	static const char *const nouns[] = { "tweet", "tweets", "comment",
		"comments", "remark", "remarks", "slogan", "slogans", "label",
		"term", "phrase", "model", "doctrine", "programme", "program",
		"hashtag", "nickname", "mantra", "motto", "catchphrase", NULL };
	int k = c + 1;
	/* "“losers” and “suckers” comment": past the next quote */
	if (k + 1 < hi && (tok_is(q, k, "and") || tok_is(q, k, "or")) &&
		q->tok[k + 1].type == T_MARK && q->tok[k + 1].quote >= 0) {
		for (k = k + 2; k < hi && (q->tok[k].flags & TF_INQ); k++)
			;
		while (k < hi && q->tok[k].type == T_MARK)
			k++;
	}
	if (k >= hi || q->tok[k].type != T_WORD || (q->tok[k].flags & TF_CAP))
		return 0;
	for (int i = 0; nouns[i]; i++)
		if (q->tok[k].len == strlen(nouns[i]) && !memcmp(q->text + q->tok[k].off,
			nouns[i], q->tok[k].len))
			return 1;
	return 0;
}

/* The comma that ends a clause opening the sentence lo.. on a
 * subordinator ("When Okafor asked whether …, the chairwoman"), before
 * token o; -1 for none. */
static int sub_clause_end(const struct nf_quotes *q, int lo, int o)
{
	/* (or on a participle of asking: "Asked whether …, Whitmore was
	 * blunt: “…”") */
	static const char *const subs[] = { "when", "as", "after", "while",
		"although", "though", "because", "since", "once", "until", "if",
		"before", "asked", "pressed", "questioned", "challenged", NULL };
	if (!nfq_word_ok(q, lo) || !nfq_word_in_ci(q, lo, subs))
		return -1;
	for (int i = lo + 1; i < o && i < lo + 40; i++) {
		if (q->tok[i].type == T_MARK)
			return -1;
		if (q->tok[i].type == T_PUNCT && q->tok[i].ch == ',')
			return i;
	}
	return -1;
}

/* Pre-attribution and kind clues for the quote opening at token o. */
static void quote_opened(struct nf_quotes *q, struct wq *w, int o, int lo)
{
	const struct tok *t = &q->tok[o];
	size_t a = t->off + t->len;
	w->start = a;
	w->sent_initial = o == lo;
	nfq_attr_before(q, &w->pre, o, lo);
	/* "When Okafor asked whether …, the chairwoman was brief: “…”":
	 * a speech verb inside a clause that opens on a subordinator is
	 * not the quotation's; the main clause after its comma leads in */
	int sc = o - 2 > lo && q->tok[o - 1].type == T_PUNCT && q->tok[o - 1].ch == ':' ?
		sub_clause_end(q, lo, o) : -1;
	int clo = lo;    /* where the clause that leads in starts */
	if (sc > 0 && o - 2 > sc) {
		if (w->pre.found && w->pre.cue_tok >= lo && w->pre.cue_tok < sc)
			nfq_attr_none(&w->pre);
		clo = sc + 1;
	}
	/* "Ferrante was blunt when asked whether …: “…”": a verb of
	 * asking right after a subordinator has the main clause's subject,
	 * who answers; the lead-in is the clause before it */
	int cend = o - 2;
	int ak = w->pre.cue_tok;
	if (w->pre.found && q->tok[o - 1].type == T_PUNCT && q->tok[o - 1].ch == ':' &&
		ak - 3 >= clo && ak < o && nfq_ask_verb_in(q, ak) &&
		nfq_word_ok(q, ak - 1) && (tok_is(q, ak - 1, "when") ||
		tok_is(q, ak - 1, "after") || tok_is(q, ak - 1, "once") ||
		tok_is(q, ak - 1, "if"))) {
		nfq_attr_none(&w->pre);
		cend = ak - 2;
	}
	/* "Roe was blunt: “…”": a colon lead-in with no speech verb; the
	 * clause's subject speaks */
	if (!w->pre.found && cend >= clo && q->tok[o - 1].type == T_PUNCT &&
		q->tok[o - 1].ch == ':') {
		struct attr c;
		nfq_attr_none(&c);
		/* "Price’s response: “…”": the possessor; "Costa's comment
		 * on that description was: “…”", "His answer was simple:" */
		int cop = cend;
		if (cop - 1 > clo && nfq_word_ok(q, cop) && !(q->tok[cop].flags & TF_CAP) &&
			(tok_is(q, cop - 1, "was") || tok_is(q, cop - 1, "is")))
			cop--;
		/* (past an "of" phrase and an adverb: "Calloway’s assessment
		 * of the whole affair was characteristically blunt:") */
		for (int v = clo + 2; !(tok_is(q, cop, "was") || tok_is(q, cop, "is")) &&
			v < cend && v < clo + 10 && nfq_word_ok(q, v); v++)
			if (tok_is(q, v, "was") || tok_is(q, v, "is"))
				cop = v;
		int poss = 0;
		if (tok_is(q, cop, "was") || tok_is(q, cop, "is"))
			for (int e = clo + 1; !poss && e <= clo + 3 && e < cop; e++)
				poss = nfq_poss_leadin(q, &c, clo, e);
		if (!poss && !nfq_poss_leadin(q, &c, clo, cend))
			nfq_clause_subject(q, &c, cend, clo);
		if (c.spk >= 0 && !c.inherit) {
			/* "The Biden campaign recycled a statement: “…”": the
			 * verb in -ed right after the subject leads in */
			int v = clo;
			while (v < o - 1 && (c.src_e < 0 || q->tok[v].off < (size_t)c.src_e))
				v++;
			const struct tok *vt = &q->tok[v];
			if (c.src_e >= 0 && v < o - 1 && nfq_word_ok(q, v) &&
				!(vt->flags & TF_CAP) && ((vt->len > 4 &&
				!memcmp(q->text + vt->off + vt->len - 2, "ed", 2) &&
				!(TCLS(q, vt) & (QW_STOP | QW_DET | QW_PASSIVE | QW_SKIP))) ||
				(v <= cend && cend < o - 2 && nfq_cue_at(q, v, clo) == 1)))
				nfq_attr_set_cue(q, &c, v, 1);    /* (or "said when
								   * asked") */
			w->pre = c;
			w->pre.found = 1;
		}
	}
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
		/* "told “Fox & Friends.”", "told NBC's “Meet the Press”":
		 * whom one tells, a programme when titled (finish_quote) */
		int tp = p;
		if (tp - 1 >= lo && pt->type == T_WORD && (pt->flags & (TF_CAP | TF_POSS)) ==
			(TF_CAP | TF_POSS))
			tp--;
		w->addressee = nfq_word_ok(q, tp) && (tok_is(q, tp, "told") ||
			tok_is(q, tp, "tells") || tok_is(q, tp, "tell") ||
			tok_is(q, tp, "telling"));
		/* known as the “Radio Control Law” */
		if (w->prev_kind == PK_DETLIKE && p - 1 >= lo && nfq_word_ok(q, p - 1) &&
			(TCLS(q, &q->tok[p - 1]) & QW_NAMING))
			w->prev_kind = PK_NAMING;
		/* "the “housewife”", "a “pause”": a determiner right before
		 * (not "was “…”", "as “…”") */
		static const char *const dets[] = { "the", "a", "an", "his", "her",
			"their", "its", "our", "my", "your", "this", "these", "those",
			"some", NULL };
		w->det_before = nfq_word_in(q, p, dets) && !(p - 1 >= lo &&
			tok_is(q, p - 1, "as"));    /* "citing it as a “…”" */
		/* labels (NOTES.md): "the deal he now calls “the Great
		 * Giveaway”", a present naming verb with its object before
		 * it; "what he calls “the swamp”", "an attack on what she
		 * has called “the cartel”", the term someone uses (present
		 * or perfect); but "lodged what it called “a strong
		 * protest”", "was met with what WalesOnline called “fury”"
		 * (a simple past) report words said once */
		static const char *const presents[] = { "calls", "call", "dubs",
			"terms", "labels", "brands", NULL };
		static const char *const perfects[] = { "has", "have", "had", NULL };
		static const char *const preps[] = { "in", "on", "into", "against",
			"with", "to", "for", "of", "about", "from", "at", "by", NULL };
		if (nfq_word_ok(q, p) && !(pt->flags & TF_CAP) &&
			(TCLS(q, pt) & QW_CUE_NAME)) {
			if (nfq_word_in(q, p, presents))
				w->skip = 1;
			for (int j = p - 1; j >= lo && j >= p - 5 && nfq_word_ok(q, j); j--)
				if (tok_is(q, j, "what")) {
					w->skip = !(pt->len > 2 && !memcmp(q->text + pt->off +
						pt->len - 2, "ed", 2)) ||    /* "call", "calls" */
						(j - 1 >= lo && nfq_word_in_ci(q, j - 1, preps) &&
						nfq_word_in(q, p - 1, perfects));
					break;
				}
		}
		static const char *const reflexives[] = { "itself", "himself",
			"herself", "themselves", NULL };
		/* "calls them her “A-Team”", "dubbed it the “Iron Lady”": a
		 * naming verb, its object and a determiner before the mark;
		 * a name when capitalised (finish_quote) */
		for (int j = p, k = 0; j >= lo && k < 4 && nfq_word_ok(q, j) &&
			!(q->tok[j].flags & TF_CAP); j--, k++)
			if (((TCLS(q, &q->tok[j]) & QW_CUE_NAME) || (tok_is(q, j, "calling") &&
				nfq_word_in(q, j + 1, reflexives))) &&
				j < p) {    /* "a website calling itself “DCBreach”" */
				w->named = 1;
				break;
			} else if (!(TCLS(q, &q->tok[j]) & (QW_DET | QW_PRON_M |
				QW_PRON_F | QW_GROUP)) && !tok_is(q, j, "them") &&
				!tok_is(q, j, "it") && !tok_is(q, j, "their") &&
				!tok_is(q, j, "its") && !nfq_word_in(q, j, reflexives) &&
				/* "has branded the plan “the Brandt Dividend”":
				 * a noun after its determiner */
				!(j == p && j - 1 >= lo && nfq_word_ok(q, j - 1) &&
				(TCLS(q, &q->tok[j - 1]) & QW_DET) && !(TCLS(q, &q->tok[j]) &
				(QW_CUE | QW_STOP | QW_PASSIVE | QW_MODAL)))) {
				break;
			}
		/* was commonly called “swine flu”, a program dubbed “Zrínyi
		 * 2026”: a name given, not words said */
		if (w->prev_kind == PK_CUENAME) {
			int j = p - 1;
			while (j >= lo && nfq_word_ok(q, j) && (TCLS(q, &q->tok[j]) & QW_SKIP) &&
				!(TCLS(q, &q->tok[j]) & QW_PASSIVE))
				j--;
			if (j >= lo && nfq_word_ok(q, j) && ((TCLS(q, &q->tok[j]) & QW_PASSIVE) ||
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
	int upper = text_upper(txt, n);
	/* "signs reading “Frank Was Robbed”": a sign's text is partial */
	if (q->text && !w->earlier && w->open_tok > 1 &&
		nfq_sign_text(q, w->open_tok - 1))    /* (not a held quote's end) */
		return NF_QUOTE_PARTIAL;
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

/* Is the attribution's verb a form of "say" or "tell", which report
 * words said ("are a “plague on earth”, said Attenborough")? */
static int say_or_tell(const struct attr *a)
{
	static const char *const v[] = { "said", "says", "say", "saying", "told",
		"tells", "tell", "telling", NULL };
	for (int k = 0; v[k]; k++)
		if (a->cuelen == (int)strlen(v[k]) && nfq_same_word_ci(a->cue, v[k],
			(size_t)a->cuelen))
			return 1;
	return 0;
}

/* Does s[0..n) hold one of the words w (split at spaces, commas and
 * stops)? */
static int holds_word(const char *s, size_t n, const char *const *w)
{
	for (size_t i = 0; i < n;) {
		while (i < n && s[i] == ' ')
			i++;
		size_t e = i;
		while (e < n && s[e] != ' ' && s[e] != ',' && s[e] != '.')
			e++;
		for (int k = 0; w[k]; k++)
			if (e - i == strlen(w[k]) && !memcmp(s + i, w[k], e - i))
				return 1;
		i = e + 1;
	}
	return 0;
}

/* Does the text speak in the first person (I, me, my, we, us, our)?
 * Words someone said, not a term ("a “chance to face my demons”"). */
static int first_person(const char *s, size_t n)
{
	static const char *const w[] = { "I", "me", "my", "we", "us", "our",
		"I'm", "I’m", NULL };
	return holds_word(s, n, w);
}

/* Does s[0..n) hold a word of the first person singular ("I", "me",
 * "my", "I’m")? */
static int first_person_sing(const char *s, size_t n)
{
	static const char *const w[] = { "I", "me", "my", "myself", "mine",
		"I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll", NULL };
	return holds_word(s, n, w);
}

/* The short quotation (at most three words, under 40 bytes) that
 * stands next to the one from token a to b in a list, after it (dir 1)
 * or before it (-1): separated by a comma, "and", "or" or a slash, or
 * by nothing when the comma is inside (“wife,” “husband,”). Its wq
 * index, or -1. */
static int list_neighbour(const struct nf_quotes *q, int a, int b, int dir)
{
	int j = dir > 0 ? b + 1 : a - 1;
	for (int k = 0; k < 2 && j >= 0 && (size_t)j < q->ntok && ((q->tok[j].type == T_PUNCT &&
		(q->tok[j].ch == ',' || q->tok[j].ch == '/')) || tok_is(q, j, "and") ||
		tok_is(q, j, "or")); k++)
		j += dir;
	if (j < 0 || (size_t)j >= q->ntok || q->tok[j].type != T_MARK || q->tok[j].quote < 0)
		return -1;
	const struct wq *o = &q->wq[q->tok[j].quote];
	int oa = o->open_tok, ob = o->close_tok;
	if ((dir > 0 ? oa : ob) != j || oa < 0 || ob <= oa || ob - oa > 4 ||
		q->tok[ob].off - q->tok[oa].off >= 40)
		return -1;
	int cb = dir > 0 ? b : ob;     /* the closing mark of the first */
	if (j == (dir > 0 ? b + 1 : a - 1) && !(q->tok[cb - 1].type == T_PUNCT &&
		q->tok[cb - 1].ch == ','))
		return -1;
	return q->tok[j].quote;
}

/* A list of three or more short quotations: “killed”, “convicted”,
 * “murdered” and “confessed”; family terms: “wife”, “husband”,
 * “children”: words mentioned when nobody says them (finish_quote; but
 * he said it was “fake” and “a hoax”, Laing said the effects could be
 * “profound”, “terrifying” and “incredibly traumatizing”). */
static int quoted_list(const struct nf_quotes *q, const struct wq *w)
{
	int a = w->open_tok, b = w->close_tok;
	if (a < 0 || b < 0 || b - a > 4 || q->tok[b].off - q->tok[a].off >= 40)
		return 0;
	int n = 1;
	for (int dir = -1; dir <= 1; dir += 2) {
		int oa = a, ob = b, o;
		while (n < 3 && (o = list_neighbour(q, oa, ob, dir)) >= 0) {
			n++;
			oa = q->wq[o].open_tok;
			ob = q->wq[o].close_tok;
		}
	}
	return n >= 3;
}

/* A single compound word in marks inside a noun phrase, a word before
 * it and a lower-case noun after it ("sent more than 300
 * “spear-phishing” emails", "the “federal-only” rolls"): a term, not
 * words said (a plain word so placed, "was “iconic” and", often is). */
static int modifier_word(const struct nf_quotes *q, const struct wq *w,
	const char *txt, size_t n)
{
	if (memchr(txt, ' ', n) || !memchr(txt, '-', n) ||
		(w->prev_kind != PK_WORD && w->prev_kind != PK_DETLIKE) ||
		w->close_tok < 0 || (size_t)w->close_tok + 1 >= q->ntok || q->text == NULL)
		return 0;
	/* "said it was a “cost-benefit” function": in what a speech verb
	 * reports, the speaker's word */
	for (int j = w->open_tok - 1; j >= 0 && j >= w->open_tok - 5 &&
		nfq_word_ok(q, j); j--)
		if (!(q->tok[j].flags & TF_CAP) && (TCLS(q, &q->tok[j]) & QW_CUE))
			return 0;
	int k = w->close_tok + 1;
	const struct tok *t = &q->tok[k];
	return t->type == T_WORD && !(t->flags & TF_CAP) && nfq_word_ok(q, k) &&
		!(TCLS(q, t) & (QW_STOP | QW_DET | QW_CUE | QW_CUE_ING | QW_CONJ |
		QW_PRON_M | QW_PRON_F | QW_SKIP | QW_PASSIVE | QW_MODAL));
}

/* Is quote w a citation of a list of sources: a title in marks, then
 * a dash, the outlet and a year before the paragraph ends ("“Document
 * found on street not secret, say feds” — The Canadian Press, August
 * 15, 2008")? */
static int citation(const struct nf_quotes *q, const struct wq *w)
{
	int dash = 0;
	if (w->close_tok < 0)
		return 0;
	for (size_t i = (size_t)w->close_tok + 1; i < q->ntok &&
		q->tok[i].type != T_PARA && q->tok[i].type != T_MARK; i++) {
		const struct tok *t = &q->tok[i];
		const char *s = q->text + t->off;
		if (t->type == T_PUNCT && t->ch == '-')
			dash = 1;
		else if (t->len == 3 && !memcmp(s, "\xe2\x80", 2) &&
			((unsigned char)s[2] == 0x94 || (unsigned char)s[2] == 0x93))
			dash = 1;    /* an em or en dash */
		else if (dash && t->len == 4 && (t->flags & TF_DIGIT) &&
			(!memcmp(s, "19", 2) || !memcmp(s, "20", 2)))
			return 1;
	}
	return 0;
}

/* Is the paragraph lo..hi the heading of a list of citations
 * ("Sources", "References", as Wikinews and encyclopaedic pages end)?
 * What follows cites titles ("“Document found on street not secret,
 * say feds” — The Canadian Press, August 15, 2008") and quotes no one.
 * A word that ends a record counts too: a plain-text line with no stop
 * is joined to the sentence before it. */
static int sources_heading(const struct nf_quotes *q, int lo, int hi)
{
	static const char *const heads[] = { "sources", "references",
		"bibliography", NULL };
	while (hi > lo && q->tok[hi - 1].type == T_PARA)
		hi--;
	return hi == lo + 1 && nfq_word_ok(q, lo) && (q->tok[lo].flags & TF_CAP) &&
		(lo == 0 || q->tok[lo - 1].type == T_PARA || (size_t)hi >= q->ntok) &&
		((size_t)hi >= q->ntok || q->tok[hi].type == T_PARA) &&
		nfq_word_in_ci(q, lo, heads);
}

/* Has the sentence being finished (sent_lo..sent_hi) a speech verb
 * outside its quotations, whose speaker was not read ("“…,” one voter,
 * a retired auto worker, said between bites")? */
static int sentence_cue(struct nf_quotes *q)
{
	for (int k = q->sent_lo; k < q->sent_hi; k++)
		if (q->tok[k].type == T_WORD && !(q->tok[k].flags & TF_INQ) &&
			nfq_cue_at(q, k, q->sent_lo) == 1)
			return 1;
	return 0;
}

/* A headline in title case ("Massachusetts Town Official Says State Hid
 * Migrant Hotel Deal: ‘We Found Out from Facebook’", as many US sites
 * write them): the record's first paragraph, with no stop, most of its
 * words outside quotation marks capitalised. Its speech verbs and
 * function words ("Says", "About", "Is") are read in lower case, so
 * that a name's run ends before them and the verb is one. */
static void headline_case_words(struct nf_quotes *q)
{
	if (!q->len || !memchr(q->text, '\n', q->len))
		return;    /* (a record of one paragraph: no headline) */
	size_t e = 0;
	int words = 0, caps = 0, depth = 0;
	for (; e < q->ntok && q->tok[e].type != T_PARA; e++) {
		const struct tok *t = &q->tok[e];
		if (t->type == T_MARK)
			depth = !depth;
		else if (t->type == T_PUNCT && (t->ch == '.' || t->ch == '?' || t->ch == '!'))
			return;
		else if (t->type == T_WORD && !depth && t->len > 3 && !(t->flags & TF_DIGIT)) {
			words++;
			caps += (t->flags & TF_CAP) != 0;
		}
	}
	if (e >= q->ntok || words < 3 || caps * 5 < words * 4)
		return;
	q->head_tc = (int)e;    /* (0 until here: nf_quotes_scan) */
	/* (from the right: a role's word is a common noun unless a name
	 * follows it: "Town Official Says", not "Gov. Lisa Marr") */
	for (size_t i = e - 1; i >= 1; i--) {
		struct tok *t = &q->tok[i];
		if (t->type != T_WORD || !(t->flags & TF_CAP) || (t->flags & TF_ALLCAPS) ||
			t->len < 2)
			continue;
		uint32_t c = nfq_word_class(q, q->text + t->off, t->klen, 0);
		if (c & (QW_ANYFIRST | QW_PLACE | QW_ORG | QW_TIME))
			continue;
		const struct tok *n = &q->tok[i + 1];
		if (((c & (QW_CUE | QW_STOP)) && !(c & QW_TITLE)) ||
			((c & (QW_ROLE | QW_TITLE | QW_GROUP)) && !(n->type == T_WORD &&
			(n->flags & TF_CAP))))
			t->flags &= ~(TF_CAP | TF_CLS);    /* (its class again, in lower case) */
	}
}

/* Does quote w close the record's first paragraph, a headline with no
 * stop, right after a colon ("…: ‘We will not go quietly’")? */
static int headline_colon(const struct nf_quotes *q, const struct wq *w)
{
	int o = w->open_tok, c = w->close_tok;
	if (o < 1 || c < 0 || w->earlier || q->base || q->tok[o - 1].type != T_PUNCT ||
		q->tok[o - 1].ch != ':' || !((size_t)c + 1 >= q->ntok ||
		q->tok[c + 1].type == T_PARA))
		return 0;
	for (int k = 0; k < o; k++)
		if (q->tok[k].type == T_PARA || (q->tok[k].type == T_PUNCT &&
			(q->tok[k].ch == '.' || q->tok[k].ch == '?' || q->tok[k].ch == '!')))
			return 0;
	return 1;
}

/* Finish quote w: choose its attribution and emit it. post is NULL when
 * the quote was ended by a paragraph end. */
static void finish_quote(struct nf_quotes *q, struct wq *w, const char *txt,
	size_t n, struct attr *post, int comma_after, int after_lower,
	const struct attr *fwd)
{
	size_t a = 0, b = n;
	nfq_trim_span(txt, &a, &b);
	int trailing_comma = b < n && txt[b] == ',';
	txt += a;
	n = b - a;
	if (q->in_sources)    /* a quotation ends the list of sources */
		q->in_sources = citation(q, w);
	if (w->skip || q->in_sources || not_a_quote(txt, n, w->prev_kind == PK_NAMING || w->named) ||
		(w->addressee && headline_case(txt, n)) || modifier_word(q, w, txt, n)) {
		w->done = 1;
		return;
	}
	struct attr res;
	nfq_attr_none(&res);
	const struct attr *pre = &w->pre;
	int ends_q = n && (txt[n - 1] == '?' || txt[n - 1] == '!');
	int use_post = !pre->fwd && post && post->found && (!pre->found || trailing_comma ||
		comma_after || ends_q || (pre->spk < 0 && post->spk >= 0) ||
		pre->inherit);
	if (use_post && pre->found && pre->spk >= 0 && (post->spk < 0 ||
		(post->cuelen > 9 && !memcmp(post->cue + 1, "ccording", 8))) &&
		!pre->inherit)
		use_post = 0;     /* X called it “…,” according to NBC */
	/* "a man at the back shouted, “Sell it!” Chairwoman Ruth Okafor
	 * called for order": an unnamed source written before, with its
	 * verb, keeps the quotation that no comma after it splits, when a
	 * name opens what follows (not "…;” read the statement") */
	if (use_post && pre->found && pre->cuelen >= 0 && pre->srclen > 0 && pre->spk < 0 &&
		!pre->inherit && !trailing_comma && !comma_after && post->srclen > 0 &&
		post->src[0] >= 'A' && post->src[0] <= 'Z')
		use_post = 0;
	if (use_post) {
		res = *post;
		if (res.cuelen < 0 && pre->found && pre->cuelen >= 0) {
			/* “Q” by the police: the verb stood before the quote */
			res.cuelen = pre->cuelen;
			memcpy(res.cue, pre->cue, (size_t)pre->cuelen);
		}
	} else if (pre->found) {
		res = *pre;
		if (res.inherit)
			nfq_attr_take_speaker(&res, &q->lq);
		if (res.fwd && fwd && fwd->spk >= 0) {
			nfq_attr_take_speaker(&res, fwd);
			nfq_attr_take_source(&res, fwd);
		}
	} else if (w->sent_initial && q->ps_valid && q->ps_quote) {
		nfq_attr_take_speaker(&res, &q->ps);
	} else if (w->sent_initial && q->ps_valid && (ps_compute(q),
		q->ps_cue_found)) {
		res.cuelen = q->ps_c.cuelen;    /* -1: a lead-in with no verb */
		if (res.cuelen > 0)
			memcpy(res.cue, q->ps_c.cue, (size_t)q->ps_c.cuelen);
		nfq_attr_take_speaker(&res, &q->ps_c);
		nfq_attr_take_source(&res, &q->ps_c);
		res.src_s = res.src_e = -1;  /* in the sentence before */
	}
	if (res.spk >= 0 && !res.inherit && nfq_unnamed_source(&res))
		nfq_attr_person(q, &res, -1);
	/* a headline that ends on a colon and the quotation ("Wyoming
	 * governor vows to fight coal rule: ‘We will not go quietly’"):
	 * words said, in whatever case, however few */
	int head_said = headline_colon(q, w);
	/* (in a title-case headline, capitals tell no title) */
	int tc_head = !w->earlier && w->open_tok >= 0 && w->open_tok < q->head_tc;
	if (res.cuelen < 0 && res.spk < 0 && !w->sent_initial && title_case(txt, n) &&
		!head_said) {
		w->done = 1;     /* 'Stefan W', "COVI" */
		return;
	}
	/* a sentence that is only a quotation, with no verb or source of
	 * its own anywhere: the person the sentence before was about
	 * ("…, leaving Ingram unimpressed. “One of them was
	 * questionable.”") */
	if (res.cuelen < 0 && res.spk < 0 && !res.inherit && w->sent_initial &&
		q->ps_valid && !q->ps_quote && q->last_subj >= 0 &&
		text_upper(txt, n) && n_words(txt, n) >= 4 && !pre->found &&
		text_ends_stop(txt, n) &&    /* said, not a sign or a caption */
		!(post && post->found))
		nfq_attr_person(q, &res, q->last_subj);
	/* a quotation in the first person opening a sentence, with no
	 * verb or source of its own, a few sentences after the person the
	 * story was last about, no one else named since ("She said she was
	 * not surprised. For many years, Vienna's government has spent
	 * money on housing. … ¶ “I live in a 100 square-metre apartment
	 * …”"): theirs; not after an organisation was a subject ("the
	 * Pentagon published a report …. “Imagine …”"), nor right after a
	 * quotation (a memo's goes on), nor with a comma that leads on to
	 * an attribution we could not read */
	if (res.cuelen < 0 && res.spk < 0 && !res.inherit && w->sent_initial &&
		!pre->found && !(post && post->found) && !trailing_comma && !comma_after &&
		!(q->ps_valid && q->ps_quote) && q->focus_pid >= 0 &&
		q->mru[0] == q->focus_pid + 1 && q->pers[q->focus_pid].used &&
		q->nsent - q->focus_sent <= 4 && !(q->org_subj >= 0 &&
		q->org_subj_sent > q->focus_sent) && text_upper(txt, n) &&
		n_words(txt, n) >= 4 && first_person(txt, n))
		nfq_attr_person(q, &res, q->focus_pid);
	/* a fragment in the first person singular inside the reporter's
	 * sentence, with no verb or source of its own ("Goodfellow accepts
	 * he didn’t invent the concept “but I did invent a way of doing
	 * it”", "after realizing she “didn’t like everyone knowing what I
	 * was doing”"): the person the sentence is about said it */
	if (res.cuelen < 0 && res.spk < 0 && !res.inherit && res.srclen < 0 &&
		!w->sent_initial && !w->earlier && !pre->found && !(post && post->found) &&
		w->open_tok > q->sent_lo && first_person_sing(txt, n)) {
		struct attr c;
		nfq_attr_none(&c);
		nfq_clause_subject(q, &c, w->open_tok - 1, q->sent_lo);
		if (c.spk > 0 && !c.inherit && c.stype == NF_SPEAKER_PER)
			nfq_attr_take_speaker(&res, &c);
	}
	/* words in a list with nobody who says them: mentioned */
	if (res.spk < 0 && !res.inherit && quoted_list(q, w)) {
		w->done = 1;
		return;
	}
	/* a few words in marks with no speech verb, source or quote before
	 * them anywhere, and no sentence of their own: a scare quote, a term
	 * or a name ("one country, two systems", "Hero of the Soviet
	 * Union"), not reported speech */
	if (res.cuelen < 0 && res.spk < 0 && !res.inherit && n_words(txt, n) <= 6 &&
		!text_ends_stop(txt, n) && !(post && post->found) && !pre->found &&
		!head_said) {
		w->done = 1;
		return;
	}
	/* a noun phrase in marks after a determiner that nobody is found
	 * to say ("asking the “housewife” to fill it in", "some of the
	 * “access-all-areas” secrets", "there is a “pause”"): a term or a
	 * scare quote, whatever verb stands near */
	if (res.spk < 0 && !res.inherit && w->det_before && !w->named &&
		!w->sent_initial && n_words(txt, n) <= 6 && !text_ends_stop(txt, n) &&
		!first_person(txt, n) && !say_or_tell(&res)) {
		w->done = 1;
		return;
	}
	/* "Build Back Better" is …: a name opening the sentence, with no
	 * comma or stop of its own */
	if (w->sent_initial && headline_case(txt, n) && !trailing_comma &&
		!text_ends_stop(txt, n) && !pre->found &&
		!head_said && !tc_head) {
		w->done = 1;
		return;
	}
	if (!w->sent_initial && !tc_head && (w->prev_kind == PK_WORD || w->prev_kind ==
		PK_DETLIKE) && (title_case(txt, n) || headline_case(txt, n)) &&
		memchr(txt, ' ', n)) {
		w->done = 1;     /* a character on “My Little Pony”: a title */
		return;
	}
	/* a quotation with no verb, source or speaker of its own, later in
	 * a paragraph whose quotation before had a speaker, no sentence
	 * since about anyone else: the paragraph's voice goes on over the
	 * reporter's words between ("“…,” Axani said. There was a certain
	 * amount of “natural stumbling” around “the dos and don’ts of
	 * travelling together” …"; "Lee talked about how the series has
	 * been underestimated “up ’til now.” During the premiere, “I felt
	 * …”") */
	if (res.cuelen < 0 && res.spk < 0 && res.srclen < 0 && !res.inherit &&
		!pre->found && !(post && post->found) && q->pq_valid &&
		!sentence_cue(q))
		nfq_attr_take_speaker(&res, &q->pq);
	enum nf_quote_kind kind = decide_kind(q, w, txt, n, after_lower);
	if (q->text && txt >= q->text && txt + n <= q->text + q->len && !w->earlier) {
		w->start = (size_t)(txt - q->text);
		w->end = w->start + n;
	}
	emit(q, w, txt, n, &res, kind);
	/* "A spokesperson for Skyline Meridian said": the body "the
	 * spokesperson" speaks for after it (nfq_org_phrase) */
	/* (and the person: "A spokesperson for Transport Minister Ellen
	 * Hartigan said …. “…,” the spokesperson said") */
	for (int i = 0; res.spk > 0 && (res.stype == NF_SPEAKER_ORG ||
		res.stype == NF_SPEAKER_PER) && i + 6 <= res.srclen; i++)
		if (!memcmp(res.src + i, "spokes", 6)) {
			if (res.stype == NF_SPEAKER_ORG || nfq_src_has(res.src + i,
				(size_t)(res.srclen - i), " for "))
				nfq_attr_take_speaker(&q->voice, &res);
			break;
		}
	if (res.spk >= 0) {
		nfq_attr_take_speaker(&q->pq, &res);
		q->pq_valid = 1;
	} else if (res.cuelen >= 0 || res.srclen >= 0 || res.inherit ||
		(w->sent_initial && q->ps_valid && q->ps_quote)) {
		q->pq_valid = 0;    /* someone unnamed, or a document, spoke */
	}
	nfq_attr_take_speaker(&q->lq, &res);
	nfq_attr_take_source(&q->lq, &res);
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
		if (nx->type == T_MARK && nfq_can_open(nx))
			return 1;
		if (nx->type != T_WORD || !(nx->flags & TF_CAP))
			return 0;
		if (nfq_pronoun(q, nx) || (TCLS(q, nx) & QW_GROUP))
			return 1;   /* “Q!” He said … starts anew, as split-sentences has it */
		/* (a title goes on: “Why?” Mr. Hammer asked, Senator Hammer
		 * asked, as split-sentences has it) */
		/* “Why?” Smith asked. — but “Q.” He said … is two sentences */
		e = skip_back(ts, e);  /* not -1: text_ends_stop passed */
		/* but a quote that has its speaker before it ("X said,
		 * “…?” Y said, “…”") is a sentence of its own */
		const struct wq *cw = &q->wq[t->quote];
		if (e > 0 && ts[e - 1] != '.' && !(cw->pre.found && cw->pre.spk >= 0 &&
			!cw->pre.inherit && cw->pre.cue_tok >= 0)) {
			struct attr tmp;
			if (nfq_attr_after(q, &tmp, (int)i, (int)q->ntok))
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
		nfq_attr_take_speaker(&q->ps, &q->lq);
		nfq_attr_take_source(&q->ps, &q->lq);
		return;
	}
	/* looked at only when a quote opens the next sentence, or at the
	 * end of the record */
	q->ps_lazy = 1;
	q->ps_lo = lo;
	q->ps_hi = hi;
}

void nfq_ps_compute(struct nf_quotes *q)
{
	if (!q->ps_lazy)
		return;
	q->ps_lazy = 0;
	int lo = q->ps_lo, hi = q->ps_hi;
	int colon = hi - 1 > lo && q->tok[hi - 1].type == T_PUNCT && q->tok[hi - 1].ch == ':';
	for (int k = hi - 1; k >= lo; k--) {
		int n = nfq_cue_at(q, k, lo), reading = 0;
		if (n != 1 && colon && k >= hi - 5 && nfq_reading_lead(q, k, hi))
			n = reading = 1;
		/* a naming verb ("called it “…”") leads in no quotation of
		 * the next sentence */
		if (n != 1 || (TCLS(q, &q->tok[k]) & (QW_CUE_ING | QW_CUE_NAME)))
			continue;
		struct attr a;
		nfq_attr_none(&a);
		nfq_attr_set_cue(q, &a, k, 1);
		/* looked at lazily here or at the record's end: it must
		 * change nothing, so that documents and their sentence
		 * records give the same */
		q->dry = 1;
		nfq_sentence_subject(q, &a, k, lo, hi);
		q->dry = 0;
		if (a.inherit || a.fwd)
			return;
		/* (a verb of reading whose subject names no one leaves the
		 * lead-in to its clause's subject, note_lead) */
		if (reading && a.spk <= 0)
			return;
		q->ps_cue_found = 1;
		q->ps_c = a;
		return;
	}
}

/* "Sen. Curtis Dunleavy, a Brandt ally, pressed Hollis on the cut,
 * which he said had looked …": a pronoun right after a relative
 * pronoun, before a verb, is the sentence's subject (its first person,
 * of the pronoun's sex), not the last person named; -1 when the
 * sentence opens on none. */
static int rel_pronoun_subject(struct nf_quotes *q, int i, int lo, int sex)
{
	if (i - 1 <= lo || !(tok_is(q, i - 1, "which") || tok_is(q, i - 1, "who") ||
		tok_is(q, i - 1, "whom")) || (size_t)i + 1 >= q->ntok ||
		!nfq_word_ok(q, i + 1) || !(TCLS(q, &q->tok[i + 1]) & (QW_CUE | QW_CUE_NAME)))
		return -1;
	int s = -1;
	for (int k = lo; k < i - 1 && k < lo + 4; k++) {
		const struct tok *t = &q->tok[k];
		if (t->type != T_WORD || (t->flags & TF_INQ))
			return -1;
		if (t->pid >= 0 && !(t->flags & TF_POSS) && (t->run >= 0 ?
			q->runs[t->run].kind == R_PERSON &&
			!(TCLS(q, &q->tok[q->runs[t->run].a]) & QW_GROUP) :
			nfq_pronoun(q, t) != 0)) {    /* a name or "He" */
			s = t->pid;
			break;
		}
	}
	/* but another clause's subject may stand between ("…, but Thut
	 * said that the seller, who he described as") */
	for (int k = lo; s >= 0 && k < i - 1; k++)
		if (tok_is(q, k, "but") || tok_is(q, k, "while") || tok_is(q, k, "and") ||
			tok_is(q, k, "whereas") || tok_is(q, k, "that") ||
			(q->tok[k].type == T_PUNCT && q->tok[k].ch == ';'))
			return -1;
	if (s < 0 || (q->pers[s].gender && q->pers[s].gender != sex))
		return -1;
	return s;
}

/* The capitalised run at token i, as the scan meets it: built, a
 * speaker's if it is one, an institution noted. Its end. */
static int scan_run(struct nf_quotes *q, int i)
{
	int b = nfq_scan_run(q, i);
	nfq_speaker_run(q, q->tok[i].run, i, b);
	nfq_note_institution(q, q->tok[i].run);
	nfq_note_person_group(q, b);
	return b;
}

/* A paragraph that is only the quotation of w, then a short line that
 * opens on a dash and a name: the post's or the block's signature
 * ("“…” ¶ — Tom Whitaker (@GovTomWhitaker) October 8, 2028"), in a
 * document (a sentence record cannot see the next paragraph). */
static void signature(struct nf_quotes *q, struct wq *w, struct attr *post)
{
	int o = w->open_tok, c = w->close_tok;
	if (o < 0 || w->earlier || (o > 0 && q->tok[o - 1].type != T_PARA))
		return;

	size_t j = (size_t)c + 1;
	if (j < q->ntok && q->tok[j].type == T_PUNCT && (q->tok[j].ch == '.' ||
		q->tok[j].ch == '!' || q->tok[j].ch == '?'))
		j++;
	if (j + 2 >= q->ntok || q->tok[j].type != T_PARA)
		return;
	j++;
	size_t e = j;
	while (e < q->ntok && q->tok[e].type != T_PARA && e < j + 17)
		e++;
	if (e >= j + 17 || !(q->tok[j + 1].flags & TF_CAP) || q->tok[j + 1].type != T_WORD)
		return;
	if (q->tok[j + 1].run < 0 && !nfq_party_tag(q, (int)j + 1))
		scan_run(q, (int)j + 1);
	if (!nfq_attr_signature(q, post, (int)j, (int)e) || o < 2 ||
		q->tok[o - 2].type != T_PUNCT || q->tok[o - 2].ch != ':')
		return;
	/* "Delgado replied an hour later: ¶ “…” ¶ — Rosa Delgado (@…)":
	 * the lead-in's verb is the cue */
	for (int k = o - 3; k >= 0 && k > o - 30 && q->tok[k].type != T_PARA; k--)
		if (nfq_cue_at(q, k, 0) == 1 && !(TCLS(q, &q->tok[k]) & QW_CUE_ING)) {
			nfq_attr_set_cue(q, post, k, 1);
			break;
		}
}

/* sentences an interview's "((Name))" label holds for without another */
enum { FIRST_SPAN = 40 };

static void finish_sentence(struct nf_quotes *q, int lo, int hi, size_t *wfirst)
{
	int had = 0;
	q->sent_lo = lo;
	q->sent_hi = hi;
	if (sources_heading(q, lo, hi))
		q->in_sources = 1;
	for (size_t qi = *wfirst; qi < q->nwq; qi++) {
		struct wq *w = &q->wq[qi];
		if (w->done || w->close_tok < 0)
			continue;
		if (w->close_tok >= hi && !(w->close_tok == hi && w->terminated))
			break;
		size_t nout0 = q->nout;
		struct attr post;
		int c = w->close_tok, comma_after = 0, after_lower = 0;
		nfq_attr_none(&post);
		if (!w->terminated) {
			if (w->prev_kind == PK_PAREN && c + 1 < hi &&
				q->tok[c + 1].type == T_PUNCT && q->tok[c + 1].ch == ')')
				w->skip = 1;    /* ("British exit"): a gloss */
			if (names_noun(q, c, hi))
				w->skip = 1;    /* the "mini-strokes" tweet */
			if (!nfq_attr_after(q, &post, c, hi) && !w->pre.found)
				nfq_attr_tail(q, &post, c + 1, hi);
			if (!post.found && !w->pre.found)
				signature(q, w, &post);
			if (c + 1 < hi && q->tok[c + 1].type == T_PUNCT &&
				q->tok[c + 1].ch == ',')
				comma_after = 1;
			if (c + 1 < hi && nfq_word_ok(q, c + 1) &&
				!(q->tok[c + 1].flags & TF_CAP) && !post.found &&
				!(TCLS(q, &q->tok[c + 1]) & (QW_CUE | QW_CONJ | QW_ACCORD |
				QW_PRON_M | QW_PRON_F)) && (TCLS(q, &q->tok[c + 1]) & QW_STOP) == 0)
				after_lower = 1;
		}
		size_t a = w->start;
		size_t b = q->tok[c].off;
		/* "Saying “Q”, President X elaborated": the next verb's subject */
		struct attr fwd;
		nfq_attr_none(&fwd);
		if (w->pre.fwd && !w->terminated)
			for (int k = c + 1; k < hi; k++)
				if (!(q->tok[k].flags & TF_INQ) && nfq_cue_at(q, k, c + 1) == 1 &&
					!(TCLS(q, &q->tok[k]) & QW_CUE_ING)) {
					nfq_subject_left(q, &fwd, k - 1, c + 1, k);
					break;
				}
		if (w->earlier || w->open_tok < 0) {
			/* began in an earlier record: its text is in ptext */
			nfq_quote_part(q, &q->ptext, w->part, b, w->joined);
			finish_quote(q, w, q->ptext.data, q->ptext.len,
				w->terminated ? NULL : &post, comma_after, after_lower,
				&fwd);
		} else if (w->joined) {
			q->ptext.len = 0;
			nfq_quote_part(q, &q->ptext, a, b, 1);
			w->end = b;
			finish_quote(q, w, q->ptext.data, q->ptext.len,
				w->terminated ? NULL : &post, comma_after, after_lower,
				&fwd);
		} else {
			finish_quote(q, w, q->text + a, b - a,
				w->terminated ? NULL : &post, comma_after, after_lower,
				&fwd);
		}
		/* a scare quote or a title dropped is no quotation of the
		 * sentence: "The “expensive” tag was unjustified, said Mary
		 * Chapman. “…”" goes on with the sentence's own verb */
		if (q->nout > nout0) {
			had = 1;
			q->last_asked = c > 0 && q->tok[c - 1].type == T_PUNCT &&
				q->tok[c - 1].ch == '?';
		}
	}
	while (*wfirst < q->nwq && q->wq[*wfirst].done)
		(*wfirst)++;
	/* an interview's label holds for its answer, not for the text of
	 * another article that a plain-text stream runs on into */
	if (hi > lo && q->first_pid >= 0 && ++q->first_age > FIRST_SPAN)
		q->first_pid = -1;
	if (hi > lo) {
		note_sentence(q, lo, hi, had);
		nfq_note_subject(q, lo, hi);
		if (!had && q->pq_valid && q->last_subj != -1 &&
			!nfq_attr_is_person(q, &q->pq, q->last_subj))
			q->pq_valid = 0;    /* a sentence about another person */
		nfq_note_asked(q, lo, hi);
		if (q->last_subj != -1) {    /* (an unnamed one ends it) */
			q->focus_pid = q->last_subj >= 0 ? q->last_subj : -1;
			q->focus_sent = q->nsent;
		}
		q->doc_age++;
		if (q->doc_seen)
			nfq_note_documents(q, lo, hi, had);
		q->doc_seen = 0;
		if (q->voice_seen && !had)
			nfq_note_voice(q, lo, hi);
		q->voice_seen = 0;
	}
}

static void clear_ps(struct nf_quotes *q)
{
	q->ps_valid = 0;
	q->ps_quote = 0;
	q->ps_cue_found = 0;
	q->ps_lazy = 0;
}

/* "Doe wrote in a letter:" ending a paragraph, the next opening on a
 * quotation mark: the lead-in goes on over the paragraph end (a block
 * quotation). note_lead at the end of the paragraph whose last token is
 * last; use_lead after the paragraph end, where the next one opens at
 * token first. */
/* At the start of a paragraph (its first token at first): the
 * paragraph before was a turn of an exchange when it opened on a
 * quotation and its last sentence had a speaker. When the turn before
 * that was another person's, and one of the two asked and the other did
 * not ("“…?” Mr. Hammer asked. ¶ “No, senator,” Mr. Ridley replied. ¶
 * “Then explain the eight months.”"), a paragraph that is only a
 * quotation with no speaker of its own is the next turn: the person
 * before the last (a lead-in, as use_lead gives it). Run at paragraph
 * starts, in documents and in sentence records of known paragraphs
 * alike. */
static void new_para(struct nf_quotes *q, size_t first)
{
	q->pq_valid = 0;
	if (q->para_open_q && q->ps_valid && q->ps_quote && q->ps.spk > 0) {
		if (q->turn_valid && q->turn.spk > 0 && q->last_asked != q->turn_q &&
			!(q->turn.spk == q->ps.spk && !memcmp(q->turn.name, q->ps.name,
			(size_t)q->ps.spk))) {
			q->leadin = q->turn;
			q->leadin_valid = 2;
		}
		nfq_attr_none(&q->turn);
		nfq_attr_take_speaker(&q->turn, &q->ps);
		q->turn_q = q->last_asked;
		q->turn_valid = 1;
	} else {
		q->turn_valid = 0;
	}
	q->para_open_q = first < q->ntok && q->tok[first].type == T_MARK &&
		q->tok[first].role == M_OPEN;
}

/* Does the sentence lo..m open on a quotation whose attribution ends
 * it ("“…,” the ministry said.")? */
static int lead_after_quote(const struct nf_quotes *q, int lo, int m)
{
	if (lo < 0 || lo >= m || q->tok[lo].type != T_MARK || q->tok[lo].quote < 0)
		return 0;
	int c = q->wq[q->tok[lo].quote].close_tok;
	return c > lo && c < m && m - c <= 8;
}

static void note_lead(struct nf_quotes *q, int lo, int last)
{
	q->leadin_valid = 0;
	/* a paragraph that ends on a quotation with a speaker, and the
	 * next opening on one with none: the same voice goes on
	 * ("Truss said: “…” ¶ “By opening up this data, …”") */
	int m = last >= 1 && q->tok[last].type == T_PUNCT && q->tok[last].ch == '.' ?
		last - 1 : last;
	if (m >= 0 && q->ps_valid && q->ps_quote && q->ps.spk >= 0 &&
		((q->tok[m].type == T_MARK && q->tok[m].quote >= 0 &&
		q->wq[q->tok[m].quote].close_tok == m) || lead_after_quote(q, lo, m))) {
		q->leadin = q->ps;
		q->leadin_valid = 2;
		return;
	}
	if (last < 0 || q->tok[last].type != T_PUNCT || q->tok[last].ch != ':')
		return;
	ps_compute(q);
	if (q->ps_valid && !q->ps_quote && q->ps_cue_found) {
		q->leadin = q->ps_c;
		q->leadin_valid = 1;
		return;
	}
	/* "Near the end, she offered a direct appeal to voters: ¶ “…”",
	 * "The nominee saved her toughest lines for Pell: ¶ “…”": a lead-in
	 * with no speech verb, as "Roe was blunt: “…”" in one paragraph;
	 * its clause's subject speaks */
	if (lo >= 0 && last - 1 > lo && !(q->tok[last - 1].flags & TF_INQ)) {
		struct attr c;
		nfq_attr_none(&c);
		nfq_clause_subject(q, &c, last - 1, lo);
		if (c.spk >= 0 && !c.inherit) {
			q->leadin = c;
			q->leadin_valid = 1;
		}
	}
}

static void use_lead(struct nf_quotes *q, size_t first)
{
	while (first < q->ntok && q->tok[first].type == T_PARA)
		first++;
	if (q->leadin_valid && first < q->ntok && q->tok[first].type == T_MARK &&
		q->tok[first].role == M_OPEN && q->tok[first].quote >= 0) {
		q->ps_valid = 1;
		q->ps_quote = q->leadin_valid == 2;
		q->ps_lazy = 0;
		q->ps_cue_found = q->leadin_valid == 1;
		if (q->leadin_valid == 2)
			q->ps = q->leadin;
		else
			q->ps_c = q->leadin;
	}
	q->leadin_valid = 0;
}

/* "((Zara Kay)) So I was born in Tanzania.": an interview's label at a
 * paragraph's start names whose words follow, in the first person, until
 * the next label ("((WN))" for the interviewer names nobody); the run
 * at token k ends at b. */
static void interview_label(struct nf_quotes *q, int k, int b)
{
	const struct tok *p = &q->tok[k - 1], *pp = &q->tok[k - 2];
	if (p->type != T_PUNCT || p->ch != '(' || pp->type != T_PUNCT ||
		pp->ch != '(' || (size_t)b + 1 >= q->ntok ||
		q->tok[b].type != T_PUNCT || q->tok[b].ch != ')' ||
		q->tok[b + 1].type != T_PUNCT || q->tok[b + 1].ch != ')')
		return;
	const struct run *r = &q->runs[q->tok[k].run];
	q->first_age = 0;
	q->first_pid = r->kind == R_PERSON ? r->pid : r->kind == R_MAYBE &&
		r->b - r->a >= 2 ? nfq_promote_run(q, q->tok[k].run) : -1;
}

/* Is the colon at token c the end of a label opening the paragraph
 * (lo..c), as Axios and wire digests write them ("Why it matters:",
 * "Driving the news: In a letter …, the FAA said", "EXCLUSIVE:")? A few
 * words with no speech verb, then a capitalised word (not a quotation:
 * "Roe was blunt: “…”" is a lead-in). */
static int label_colon(struct nf_quotes *q, int lo, int c)
{
	if (c - lo < 1 || c - lo > 5 || (lo > 0 && q->tok[lo - 1].type != T_PARA) ||
		(size_t)c + 1 >= q->ntok || q->tok[c + 1].type != T_WORD ||
		!(q->tok[c + 1].flags & TF_CAP))
		return 0;
	for (int k = lo; k < c; k++)
		if (q->tok[k].type != T_WORD || nfq_cue_at(q, k, lo) == 1)
			return 0;
	return 1;
}

static void analyse(struct nf_quotes *q, int cont)
{
	int lo = 0;
	size_t wfirst = 0;
	int inq = cont;
	q->nrun = 0;
	q->ask_tok = -1;    /* (a token of this record's) */
	for (size_t i = 0; i < q->ntok; i++) {
		struct tok *t = &q->tok[i];
		if (t->type == T_PARA) {
			if (inq) {
				/* a quote ended by the paragraph end, or joined on */
				if (t->quote < 0)
					continue;   /* nfq_pair_marks marks the end */
				inq = 0;
			}
			if ((int)i == lo && q->ps_valid) {
				/* a paragraph ended on a stop (its state holds),
				 * or a blank line */
				if (i > 0 && q->tok[i - 1].type != T_PARA) {
					new_para(q, i + 1);
					use_lead(q, i + 1);
				}
				lo = (int)i + 1;
				continue;
			}
			finish_sentence(q, lo, (int)i, &wfirst);
			note_lead(q, lo, (int)i - 1 >= lo ? (int)i - 1 : -1);
			new_para(q, i + 1);
			clear_ps(q);
			use_lead(q, i + 1);
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
			int pr = nfq_pronoun(q, t);
			/* "the German government": noted for a later "the
			 * government" (the length, "government"'s, first) */
			if (t->len == 10 && !(t->flags & TF_CAP))
				nfq_note_government(q, (int)i);
			/* a document's noun in the sentence: its owner is
			 * looked for when the sentence ends (cheap tests first) */
			if (t->len >= 4 && t->len <= 12 && !(t->flags & TF_CAP)) {
				const char *w = q->text + t->off;
				if ((nfq_doc_noun_maybe(q, (int)i) && nfq_doc_noun(q, (int)i)) ||
					(t->len == 4 && w[0] == 's' && w[1] == 'u' && w[2] == 'e' &&
					(w[3] == 'd' || w[3] == 's')) ||    /* "sued" */
					((t->len == 5 || t->len == 6) && w[0] == 'w' && w[1] == 'r' &&
					(w[2] == 'o' || w[2] == 'i') && i + 1 < q->ntok &&
					tok_is(q, (int)i + 1, "to")))    /* "wrote to" */
					q->doc_seen = 1;
				else if (q->ask_tok < lo && nfq_ask_verb(q, (int)i))
					q->ask_tok = (int)i;
			}
			if (t->len >= 9 && t->len <= 12 && !(t->flags & TF_CAP) &&
				!memcmp(q->text + t->off, "spokes", 6))
				q->voice_seen = 1;
			if (pr) {
				t->pid = rel_pronoun_subject(q, (int)i, lo, pr);
				if (t->pid < 0)
					t->pid = nfq_salient_pronoun(q, pr);
				if (t->pid == -1)
					t->pid = nfq_pronoun_tagged(q, (int)i);
				if (t->pid == LAST_ANON) {
					t->pid = -1;    /* an unnamed person */
					t->role = WR_ANON;
				}
			} else if (t->len == 1 && q->text[t->off] == 'I' &&
				q->first_pid >= 0) {
				t->pid = q->first_pid;    /* the interviewee's "I" */
			} else if ((t->flags & TF_CAP) && t->run < 0 && (int)i == lo &&
				nfq_inverted_cue(q, (int)i)) {
				/* "Said Tom Hale:", "Remarked … scientist Tierra
				 * Curry,": the verb opens the sentence, the name
				 * follows */
			} else if ((t->flags & TF_CAP) && t->run < 0 &&
				!nfq_party_tag(q, (int)i) && !nfq_party_place(q, (int)i)) {
				int b = scan_run(q, (int)i);
				if (i >= 2 && (size_t)lo + 2 == i)
					interview_label(q, (int)i, b);
			}
			if (t->pid >= 0)
				q->sent_person = 1;
			continue;
		}
		if (t->type == T_PUNCT && sentence_ends(q, i)) {
			finish_sentence(q, lo, (int)i + 1, &wfirst);
			lo = (int)i + 1;
		} else if (t->type == T_PUNCT && t->ch == ':' && label_colon(q, lo, (int)i)) {
			lo = (int)i + 1;    /* the sentence opens after the label */
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
	note_lead(q, lo, !open ? (int)q->ntok - 1 : -1);
}

/* ---------- the public interface ---------- */

struct nf_quotes *nf_quotes_new(void)
{
	nf_qlex_init();
	nfq_init_ascii();
	struct nf_quotes *q = nf_xcalloc(1, sizeof *q);
	nfq_attr_none(&q->lq);
	nfq_attr_none(&q->voice);
	q->last_subj = -1;
	q->subj_kept = 0;
	q->focus_pid = -1;
	q->asked_pid = -1;
	q->first_pid = -1;
	q->org_subj = -1;
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
	memset(q->maybe, 0, sizeof q->maybe);
	q->nmaybe = 0;
	q->norg_next = 0;
	q->gov_len = 0;
	q->org_subj = -1;
	if (q->tg)
		nf_tagger_new_doc(q->tg);
	memset(q->tcache, 0, sizeof q->tcache);
	q->last_subj = -1;
	q->focus_pid = -1;
	q->asked_pid = -1;
	q->first_pid = -1;
	q->in_sources = 0;
	q->anon_wlen = 0;
	q->sent_person = 0;
	memset(q->idx_last, 0, sizeof q->idx_last);
	memset(q->mru, 0, sizeof q->mru);
	q->clock = 0;
	memset(q->idx_full, 0, sizeof q->idx_full);
	memset(q->idx_word, 0, sizeof q->idx_word);
	q->seq = 0;
	q->pending = 0;
	q->pending_here = 0;
	q->depth = 0;
	q->ptext.len = 0;
	q->carry.len = 0;
	nfq_attr_none(&q->lq);
	nfq_attr_none(&q->voice);
	q->pq_valid = 0;        /* nor a paragraph's voice */
	q->doc_wlen = 0;        /* nor a document's owner */
	q->ndocs = 0;
	q->doc_said = -100;
	q->turn_valid = 0;      /* nor an exchange */
	clear_ps(q);
	q->leadin_valid = 0;    /* a lead-in is not the next document's */
}

/* End the held quote at the end of the record it was last in. */
static void end_pending(struct nf_quotes *q)
{
	if (!q->pending)
		return;
	struct wq w = q->pend;
	w.earlier = 1;
	q->sent_lo = q->sent_hi = 0;    /* no sentence of this record */
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
	fuller_speakers(q);
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
	while (q->lead < len && (text[q->lead] == ' ' || nfq_mark_family((unsigned char)text[q->lead])))
		q->lead++;
	int cont = 0;
	nfq_tokenise(q, text, 0, len);
	q->head_tc = 0;
	if (!q->base)
		headline_case_words(q);
	if (q->pending) {
		const struct tok *f = q->ntok ? &q->tok[0] : NULL;
		int opens = f && nfq_can_open(f) && f->fam == q->stack[0];
		if (para == NF_PARA_SAME) {
			cont = 1;
		} else if (opens) {
			cont = 2;
		} else if (para == NF_PARA_NEW && nfq_closes_first(q, 0, q->stack[0])) {
			cont = 1;
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
	if (para == NF_PARA_NEW && !cont) {
		new_para(q, 0);
		clear_ps(q);
	}
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
	nfq_pair_marks(q, cont);
	if (para == NF_PARA_NEW && !cont)
		use_lead(q, 0);
	q->leadin_valid = 0;
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
			nfq_quote_part(q, &q->ptext, a, len, w->joined);
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
	if (!q->base)
		repeated_quotes(q);
	fuller_speakers(q);
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
