/* qorgs.c: organisations as sources: the document's organisations (their
 * fullest names, acronyms and initials, the one in focus) and the phrases
 * that name one (a run, "the ministry", "the Trump campaign", "a police
 * spokesman", "it"). */
#include <string.h>

#include "internal.h"

static int attr_org_named(struct nf_quotes *q, struct attr *a, int di, int k);
static int speaks_for(const struct nf_quotes *q, int k);
static int in_words(const char *words, const char *w, size_t n);

/* The length of name[0..n) without a firm's legal suffix at its end
 * ("Adinkra Commercial Bank PLC": up to "Bank"). */
static size_t without_suffix(const char *name, size_t n)
{
	static const char *const sfx[] = { "PLC", "Plc", "plc", "Ltd", "Ltd.",
		"Limited", "Inc", "Inc.", "LLC", "Corp", "Corp.", "AG", "SA",
		"NV", "GmbH",
		/* a joint venture's, a partnership's and the suffixes of
		 * the countries news names firms from ("Himshikhar-Tarapati
		 * JV", "PT Morowali Nikel Tbk", "Sdn Bhd", "Pty") */
		"JV", "LLP", "Tbk", "Bhd", "Pty", "BV", NULL };
	size_t s = n;
	while (s > 0 && name[s - 1] != ' ')
		s--;
	for (int i = 0; s > 0 && sfx[i]; i++)
		if (n - s == strlen(sfx[i]) && !memcmp(name + s, sfx[i], n - s))
			return s - 1;
	return n;
}

/* Is the name w[0..n), of two words or more, a short form of the longer
 * name o: the same first and last words (o's legal suffix left out),
 * and every word of w in o in order ("Adinkra Bank" of "Adinkra
 * Commercial Bank PLC")? */
static int short_form_of(const char *w, size_t n, const char *o, size_t on)
{
	on = without_suffix(o, on);
	if (on <= n || !memchr(w, ' ', n))
		return 0;
	size_t i = 0, j = 0;    /* the next word of each */
	int first = 1;
	while (i < n) {
		size_t e = i;
		while (e < n && w[e] != ' ')
			e++;
		/* the word in o from j on (the first word right at 0) */
		int found = 0;
		while (j < on && !found) {
			size_t f = j;
			while (f < on && o[f] != ' ')
				f++;
			found = f - j == e - i && !memcmp(o + j, w + i, e - i);
			if (found && e == n && f != on)
				found = 0;    /* the last word is o's last */
			j = f + 1;
			if (first && !found)
				return 0;
		}
		if (!found)
			return 0;
		first = 0;
		i = e + 1;
	}
	return 1;
}

/* Does registered body o's name say it is a firm: a legal suffix at its
 * end, or a trade or a firm's word as its last ("Tâmega Minerals",
 * "Halvorsen Holdings", "Acme Ltd")? */
static int firm_name(struct nf_quotes *q, int o)
{
	static const char words[] = "corporation co co. holdings group "
		"company motors airlines airways industries pharmaceuticals "
		"pharma technologies systems labs bank partners associates " NF_QLEX_TRADES;
	const char *n = q->orgs[o].name;
	size_t len = q->orgs[o].len, s = len;
	if (without_suffix(n, len) < len)
		return 1;
	while (s > 0 && n[s - 1] != ' ')
		s--;
	return s > 0 && in_words(words, n + s, len - s);
}

/* Is w[0..n), in any case, one of the space-separated words (a space
 * after the last)? */
static int in_words(const char *words, const char *w, size_t n)
{
	for (const char *x = words; *x; ) {
		const char *e = strchr(x, ' ');
		if ((size_t)(e - x) == n && nfq_same_word_ci(w, x, n))
			return 1;
		x = e + 1;
	}
	return 0;
}

/* The organisation named w[0..n) (as written), registered or found: its
 * index. */
int nfq_register_org_name(struct nf_quotes *q, const char *w, size_t n)
{
	if (n < 2 || n >= NAMEMAX)
		return -1;
	/* a title-case headline's capitals tell no name's end: a long run
	 * there is words of the headline ("Iraq’s Parliament Fails for
	 * Third Time to Elect Speaker") */
	if (q->head_tc && q->text && w >= q->text && w < q->text + q->tok[q->head_tc].off) {
		int words = 1;
		for (size_t k = 0; k < n; k++)
			words += w[k] == ' ';
		if (words >= 4)
			return -1;
	}
	int i = -1;
	for (int k = 0; k < NORGS; k++)
		if (q->orgs[k].len == n && !memcmp(q->orgs[k].name, w, n))
			i = k;
	/* a short form of a name met before is that body, in its fullest
	 * form ("Adinkra Bank's shares" after "Adinkra Commercial Bank
	 * PLC"); the first word compared first, as most differ there */
	const char *sp = i < 0 ? memchr(w, ' ', n) : NULL;
	size_t fw = sp ? (size_t)(sp - w) : 0;
	for (int k = 0; fw && i < 0 && k < NORGS; k++)
		if (q->orgs[k].len > n && q->orgs[k].name[fw] == ' ' &&
			!memcmp(q->orgs[k].name, w, fw) &&
			short_form_of(w, n, q->orgs[k].name, q->orgs[k].len))
			i = k;
	if (i < 0) {
		i = q->norg_next;
		q->norg_next = (q->norg_next + 1) % NORGS;
		memset(&q->orgs[i], 0, sizeof q->orgs[i]);
		memcpy(q->orgs[i].name, w, n);
		q->orgs[i].len = (uint8_t)n;
	}
	q->orgs[i].seq = ++q->seq;
	return i;
}

/* The organisation a clause is about ("Brightpath said …; the company
 * said", "The AIU said …. It said"): noted with the sentence it was the
 * subject of. */
void nfq_note_org_subject(struct nf_quotes *q, int o)
{
	if (o < 0)
		return;
	q->org_subj = o;
	q->org_subj_seq = q->orgs[o].seq;
	q->org_subj_sent = q->nsent;
}

/* The organisation a sentence was last about, if it was within the last
 * n sentences, else -1. */
static int org_focus_within(const struct nf_quotes *q, int n)
{
	int o = q->org_subj;
	if (o < 0 || q->orgs[o].seq < q->org_subj_seq || !q->orgs[o].len ||
		q->nsent - q->org_subj_sent > n)
		return -1;
	return o;
}

/* The organisation in focus: the subject of a recent sentence (within
 * the last two), else -1. */
int nfq_org_in_focus(const struct nf_quotes *q)
{
	return org_focus_within(q, 2);
}

static int initials_of(const char *name, size_t len, const char *w, size_t n);

/* Register the organisation name[0..n) with the acronym token t. */
static void org_with_acronym(struct nf_quotes *q, const char *name, size_t n,
	const struct tok *t)
{
	int i = nfq_register_org_name(q, name, n);
	if (i >= 0) {
		memcpy(q->orgs[i].acr, q->text + t->off, t->len);
		q->orgs[i].alen = (uint8_t)t->len;
	}
}

/* Where the name of the lower-case institution's phrase from token s
 * starts: at the place whose possessive stands right before it, else
 * at s. */
static size_t place_poss_start(const struct nf_quotes *q, int s)
{
	const struct tok *p = s >= 1 ? &q->tok[s - 1] : NULL;
	size_t ps;
	if (!p || !(p->flags & TF_POSS) || p->run < 0 || !q->runs[p->run].place ||
		q->runs[p->run].b != s || !nfq_run_name(q, &q->runs[p->run], &ps) ||
		q->tok[s].off - ps > NAMEMAX / 2)
		return q->tok[s].off;
	return ps;
}

/* An organisation's run's name, with the place whose possessive stands
 * before an institution's ("Mexico’s Foreign Ministry", "Quebec’s
 * Public Security Ministry": which ministry it is); from *start. */
size_t nfq_org_run_name(const struct nf_quotes *q, const struct run *r,
	size_t *start)
{
	size_t n = nfq_run_name(q, r, start);
	if (!n || !(TCLS(q, &q->tok[r->b - 1]) & QW_ORG_INST))
		return n;
	size_t ps = place_poss_start(q, r->a);
	if (ps < q->tok[r->a].off && *start - ps + n < NAMEMAX) {
		n += *start - ps;
		*start = ps;
	}
	return n;
}

/* The body whose name begins with the one-word run at token i, its
 * possessive's "'s" left out ("Kestrel's" after "Kestrel Minerals
 * Plc"), or -1. */
int nfq_org_short_name(const struct nf_quotes *q, int i)
{
	const struct tok *t = &q->tok[i];
	if (t->run < 0 || q->runs[t->run].a != i || q->runs[t->run].b != i + 1)
		return -1;
	return nfq_find_org_prefix(q, q->text + t->off,
		t->len - nfq_poss_len(q->text, t->off + t->len));
}

void nfq_register_org(struct nf_quotes *q, int ri)
{
	const struct run *r = &q->runs[ri];
	size_t s, n = nfq_org_run_name(q, r, &s);
	int b = r->b;
	/* "AEW (All Elite Wrestling)": an acronym, then its words */
	if (b == r->a + 1 && (q->tok[r->a].flags & TF_ALLCAPS) && q->tok[r->a].len < ACRMAX &&
		(size_t)b + 2 < q->ntok && q->tok[b].type == T_PUNCT && q->tok[b].ch == '(') {
		int e = b + 1;
		while ((size_t)e < q->ntok && e < b + 10 && nfq_word_ok(q, e))
			e++;
		if ((size_t)e < q->ntok && e > b + 2 && q->tok[e].type == T_PUNCT &&
			q->tok[e].ch == ')') {
			size_t xs = q->tok[b + 1].off, xn = q->tok[e - 1].off +
				q->tok[e - 1].len - xs;
			const struct tok *t = &q->tok[r->a];
			if (xn < NAMEMAX && initials_of(q->text + xs, xn, q->text + t->off, t->len)) {
				org_with_acronym(q, q->text + xs, xn, t);
				return;
			}
		}
	}
	/* "All Elite Wrestling (AEW)", where the words alone said no
	 * organisation: the acronym's words are its name */
	if (b == r->a + 1 && (q->tok[r->a].flags & TF_ALLCAPS) && q->tok[r->a].len < ACRMAX &&
		r->a >= 2 && (size_t)b < q->ntok && q->tok[b].type == T_PUNCT &&
		q->tok[b].ch == ')' && q->tok[r->a - 1].type == T_PUNCT &&
		q->tok[r->a - 1].ch == '(' && q->tok[r->a - 2].run >= 0) {
		const struct run *x = &q->runs[q->tok[r->a - 2].run];
		size_t xs, xn = nfq_run_name(q, x, &xs);
		const struct tok *t = &q->tok[r->a];
		if (xn && !initials_of(q->text + xs, xn, q->text + t->off, t->len)) {
			xs = q->tok[x->a].off;    /* "All Elite Wrestling": "All" */
			xn = q->tok[x->b - 1].off + q->tok[x->b - 1].len - xs;
		}
		if (x->b == r->a - 1 && xn && xn < NAMEMAX &&
			initials_of(q->text + xs, xn, q->text + t->off, t->len)) {
			org_with_acronym(q, q->text + xs, xn, t);
			return;
		}
	}
	/* "Ministry of Health", "Court of Session": the "of" phrase is part
	 * of the name */
	if ((size_t)b + 1 < q->ntok && tok_is(q, b, "of") && nfq_word_ok(q, b + 1) &&
		(q->tok[b + 1].flags & TF_CAP) && !(TCLS(q, &q->tok[b + 1]) & QW_STOP)) {
		int e = b + 1;
		while ((size_t)e + 1 < q->ntok && nfq_word_ok(q, e + 1) &&
			(q->tok[e + 1].flags & TF_CAP) && e < b + 4)
			e++;
		n = q->tok[e].off + q->tok[e].len - s;
		if (q->tok[e].flags & TF_POSS)
			n -= nfq_poss_len(q->text, s + n);
		b = e + 1;
	}
	/* "Syrian Democratic Forces (SDF)" */
	if ((size_t)b + 2 < q->ntok && q->tok[b].type == T_PUNCT &&
		q->tok[b].ch == '(' && q->tok[b + 1].type == T_WORD &&
		(q->tok[b + 1].flags & TF_ALLCAPS) && q->tok[b + 1].len < ACRMAX &&
		q->tok[b + 2].type == T_PUNCT && q->tok[b + 2].ch == ')')
		org_with_acronym(q, q->text + s, n, &q->tok[b + 1]);
	else
		nfq_register_org_name(q, q->text + s, n);
}

/* The fullest form of an organisation named w[0..n): by its acronym, or
 * by its first word ("Ford"); how = 1 by any word ("the ministry"). The
 * latest match, or -1. */
/* Is w[0..n) (upper case) the initials of the name's capitalised words
 * ("AIU" for "Athletics Integrity Unit"; "of", "and", "the" left out)? */
static int initials_of(const char *name, size_t len, const char *w, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < len; i++) {
		if (i && name[i - 1] != ' ')
			continue;
		if (name[i] < 'A' || name[i] > 'Z')
			continue;
		if (k == n || name[i] != w[k])
			return 0;
		k++;
	}
	return k == n;
}

int nfq_find_org(const struct nf_quotes *q, const char *w, size_t n, int how)
{
	int best = -1;
	int caps = n >= 2 && n <= 6;
	for (size_t i = 0; caps && i < n; i++)
		caps = w[i] >= 'A' && w[i] <= 'Z';
	for (int k = 0; k < NORGS; k++) {
		const struct org *o = &q->orgs[k];
		if (!o->len || (best >= 0 && o->seq < q->orgs[best].seq))
			continue;
		if ((o->alen == n && !memcmp(o->acr, w, n)) ||
			((o->len > n || how) && nfq_name_has_word(o->name, o->len, w, n, !how)) ||
			(caps && o->len > n && initials_of(o->name, o->len, w, n)))
			best = k;
	}
	return best;
}

/* A registered organisation whose name goes on from w ("Turkish
 * Ministry" -> "Turkish Ministry of Foreign Affairs"), or -1. */
int nfq_find_org_prefix(const struct nf_quotes *q, const char *w, size_t n)
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

/* An organisation's run at the head of a clause: at the sentence start
 * or after a comma, not a modifier of a noun after it ("European Union
 * observers", "Union leader Isabel Nunes"). */
int nfq_org_subject_run(struct nf_quotes *q, int ri, int lo)
{
	const struct run *r = &q->runs[ri];
	size_t s;
	if (r->kind != R_NONPERSON || r->place || nfq_run_name(q, r, &s) < 2)
		return 0;
	int i = r->a - 1;
	if (i >= lo && tok_is(q, i, "the"))
		i--;
	/* (after a place's possessive that opens the sentence: "Mexico's
	 * Economy Ministry said") */
	if (i >= lo && (q->tok[i].flags & TF_POSS) && q->tok[i].run >= 0 &&
		q->runs[q->tok[i].run].a == lo && q->runs[q->tok[i].run].place)
		i = lo - 1;
	/* (after its kind at the sentence start: "Migrant worker advocacy
	 * group Harbour Light Collective welcomed") */
	if (i >= lo && (nfq_org_noun(q, i) == 1 || nfq_org_noun(q, i) == 2)) {
		int j = i - 1;
		while (j >= lo && i - j <= 4 && nfq_word_ok(q, j) &&
			(!(q->tok[j].flags & TF_CAP) || j == lo) &&
			!(q->tok[j].flags & TF_POSS) && !(TCLS(q, &q->tok[j]) &
			(QW_STOP | QW_CUE | QW_MODAL | QW_PASSIVE)))
			j--;
		if (j < lo || (j == lo && tok_is(q, j, "the")))
			i = lo - 1;
	}
	if (!(i < lo || (q->tok[i].type == T_PUNCT && q->tok[i].ch == ',')))
		return 0;
	return !((size_t)r->b < q->ntok && nfq_word_ok(q, r->b) &&
		!(q->tok[r->b].flags & TF_CAP) &&
		(TCLS(q, &q->tok[r->b]) & (QW_TITLE | QW_GROUP | QW_ROLE)));
}

/* ---------- organisations named in an attribution ---------- */

void nfq_attr_name(struct attr *a, const char *w, size_t n, int type)
{
	if (n > NAMEMAX - 1)
		n = NAMEMAX - 1;
	memcpy(a->name, w, n);
	a->spk = (int)n;
	a->stype = type;
	a->rolelen = -1;
}

/* "the California Department of Corrections and Rehabilitation": an
 * institution's full name, kept when met so that "the Department" after
 * it, in this record or a later one, names it. */
void nfq_note_institution(struct nf_quotes *q, int ri)
{
	if (ri < 0)
		return;
	const struct run *r = &q->runs[ri];
	size_t s, n;
	if (q->dry || r->kind != R_NONPERSON || r->place || r->b - r->a < 2)
		return;
	n = nfq_org_run_name(q, r, &s);
	if (!memchr(q->text + s, ' ', n))
		return;
	for (int i = r->a; i < r->b; i++)
		if ((q->tok[i].flags & TF_CAP) && (TCLS(q, &q->tok[i]) & QW_ORG_INST)) {
			if (nfq_find_org(q, q->text + s, n, 1) < 0)
				nfq_register_org_name(q, q->text + s, n);
			return;
		}
}

/* Organisation o (or none, -1) as the speaker of a: its name, and the
 * subject of its sentence. 1 when there is one. */
static int org_speaks(struct nf_quotes *q, struct attr *a, int o)
{
	if (o < 0)
		return 0;
	nfq_attr_name(a, q->orgs[o].name, q->orgs[o].len, NF_SPEAKER_ORG);
	if (!q->dry)
		nfq_note_org_subject(q, o);
	return 1;
}

/* Is the run a people in the plural ("Americans": 1, a group that names
 * nobody) or a party's members ("Democrats", "House Republicans",
 * "Liberal Democrats": 2, the party as an organisation), else 0? Never
 * a person, nor a place. */
int nfq_people_run(const struct nf_quotes *q, const struct run *r)
{
	const struct tok *l = &q->tok[r->b - 1];
	const char *w = q->text + l->off;
	if (r->b - r->a > 2 || l->len < 5 || w[l->len - 1] != 's' || (l->flags & TF_POSS))
		return 0;
	static const char *const party[] = { "democrat", "republican", "tory",
		"liberal", "conservative", "socialist", "progressive", NULL };
	for (int k = 0; party[k]; k++)
		if (l->len - 1 == strlen(party[k]) && nfq_same_word_ci(w, party[k], l->len - 1))
			return 2;
	return r->b - r->a == 1 && nf_qlex_country_of(w, l->len - 1) != NULL;
}

/* The run ri as a speaker that is no person: an organisation, or a
 * government named by its country. */
int nfq_attr_org(struct nf_quotes *q, struct attr *a, int ri)
{
	const struct run *r = &q->runs[ri];
	size_t s, n = nfq_org_run_name(q, r, &s);
	if (n < 2 || r->kind != R_NONPERSON)
		return 0;
	/* a document speaks for nobody: "the Constitution", "the Act" */
	static const char *const docs[] = { "constitution", "act", "law",
		"report", "statement", "bill", "treaty", "charter", "code",
		"manifesto", "website", "letter", NULL };
	const struct tok *l = &q->tok[r->b - 1];
	for (int d = 0; docs[d]; d++)
		if (l->len == strlen(docs[d]) && nfq_same_word_ci(q->text + l->off,
			docs[d], l->len))
			return 0;
	int people = nfq_people_run(q, r);
	/* "some Democrats called it": a few of a party's members are a
	 * group, nobody, not the party */
	static const char *const some[] = { "some", "many", "several", "few",
		"other", "most", "two", "three", "dozens", "moderate", "younger",
		"older", NULL };
	for (int j = r->a - 1; people == 2 && j <= r->a && j < r->b - 1; j++)
		if (j >= 0 && nfq_word_in_ci(q, j, some))
			people = 1;    /* ("Some Democrats" a run too) */
	if (people == 1)
		return 1;     /* "Americans said": a people, nobody */
	if (nfq_party_noun(q, r->b - 1) && !(q->tok[r->b - 1].flags & TF_POSS))
		return 1;     /* "a Kent County Republican": one unnamed member */
	/* "the super PAC said": the PAC in focus, as "the group" */
	if (n == 3 && !memcmp(q->text + s, "PAC", 3) && nfq_org_in_focus(q) >= 0)
		return org_speaks(q, a, nfq_org_in_focus(q));
	if (r->place && !people) {
		nfq_attr_name(a, q->text + s, n, NF_SPEAKER_LOC);
		return 1;
	}
	int o = memchr(q->text + s, ' ', n) ? nfq_find_org_prefix(q, q->text + s, n) :
		nfq_find_org(q, q->text + s, n, 0);
	/* "The Department issued": the institution met before with that
	 * word in its name (nfq_note_institution); "the Post", "the
	 * Times": a paper met before by the last word of its name */
	if (o < 0 && !memchr(q->text + s, ' ', n) &&
		(TCLS(q, &q->tok[r->b - 1]) & (QW_ORG_INST | QW_ORG)))
		for (int k = 0; k < NORGS; k++)
			if (q->orgs[k].len > n && nfq_name_has_word(q->orgs[k].name,
				q->orgs[k].len, q->text + s, n, 0) && (o < 0 ||
				q->orgs[k].seq > q->orgs[o].seq))
				o = k;
	/* "A BPS spokesperson" after "a Boston Public Schools proposal":
	 * an acronym stands for the earlier name whose initials it spells,
	 * registered or not */
	if (o < 0 && !q->dry && r->nb == r->na + 1 && (l->flags & TF_ALLCAPS) &&
		n >= 3 && n < ACRMAX)
		for (int x = ri - 1; x >= 0 && x > ri - 200; x--) {
			const struct run *e = &q->runs[x];
			size_t es, en = nfq_run_name(q, e, &es);
			/* (with a place's run right before it: "Boston"
			 * "Public Schools") */
			if (x > 0 && q->runs[x - 1].b == e->a && q->runs[x - 1].place &&
				!(q->tok[e->a - 1].flags & TF_POSS)) {
				size_t ps;
				if (nfq_run_name(q, &q->runs[x - 1], &ps) && ps < es) {
					en += es - ps;
					es = ps;
				}
			}
			if (en > n && en < NAMEMAX && e->b - e->a >= 1 &&
				initials_of(q->text + es, en, q->text + s, n)) {
				org_with_acronym(q, q->text + es, en, l);
				o = nfq_find_org(q, q->text + s, n, 0);
				break;
			}
		}
	if (o < 0 && !q->dry)
		o = nfq_register_org_name(q, q->text + s, n);
	if (!org_speaks(q, a, o))
		nfq_attr_name(a, q->text + s, n, NF_SPEAKER_ORG);
	return 1;
}

/* ---------- organisations named by a common noun ---------- */

int nfq_word_in(const struct nf_quotes *q, int k, const char *const *list)
{
	const struct tok *t = &q->tok[k];
	if (!nfq_word_ok(q, k) || (t->flags & TF_CAP))
		return 0;
	const char *w = q->text + t->off;
	for (int i = 0; list[i]; i++)    /* the first byte before the length */
		if (list[i][0] == w[0] && t->len == strlen(list[i]) &&
			!memcmp(w, list[i], t->len))
			return 1;
	return 0;
}

/* nfq_word_in in any case: a word of the list capitalised too
 * ("Some Democrats", "Keystone Forward Action"). */
int nfq_word_in_ci(const struct nf_quotes *q, int k, const char *const *list)
{
	const struct tok *t = &q->tok[k];
	if (!nfq_word_ok(q, k))
		return 0;
	char c0 = q->text[t->off];
	if (c0 >= 'A' && c0 <= 'Z')
		c0 = (char)(c0 + 32);
	for (int i = 0; list[i]; i++)    /* the first byte before the length */
		if (list[i][0] == c0 && t->len == strlen(list[i]) &&
			nfq_same_word_ci(q->text + t->off, list[i], t->len))
			return 1;
	return 0;
}

/* The first word of the noun phrase whose head is the lower-case word k,
 * after its determiner or possessor ("the Russian defence ministry",
 * "Pakistan's foreign ministry", "a police spokesman"); -1 when no
 * determiner, possessor or clause start stands before its modifiers. */
int nfq_np_start(struct nf_quotes *q, int k, int lo)
{
	int i = k - 1;
	while (i >= lo && k - i <= 4 && nfq_word_ok(q, i) &&
		!(q->tok[i].flags & TF_POSS) &&
		!(TCLS(q, &q->tok[i]) & (QW_DET | QW_STOP | QW_CUE | QW_MODAL |
		QW_PASSIVE)) && (!(q->tok[i].flags & TF_CAP) ||
		(TCLS(q, &q->tok[i]) & QW_PLACE) || (q->tok[i].flags & TF_ALLCAPS) ||
		(q->tok[i].run >= 0 && q->runs[q->tok[i].run].kind == R_NONPERSON)))
		i--;
	if (i < lo || !nfq_word_ok(q, i) || (q->tok[i].flags & TF_POSS) ||
		(TCLS(q, &q->tok[i]) & QW_DET))
		return i + 1;
	return -1;
}

/* Does organisation o's name hold an institution's noun ("Department
 * of Health", "Federal Bureau of Investigation")? */
static int names_institution(struct nf_quotes *q, int o)
{
	const char *n = q->orgs[o].name;
	size_t len = q->orgs[o].len;
	for (size_t i = 0; i < len;) {
		size_t e = i;
		while (e < len && n[e] != ' ')
			e++;
		if (e > i && (nfq_word_class(q, n + i, e - i, 0) & QW_ORG_INST))
			return 1;
		i = e + 1;
	}
	return 0;
}

/* Does word w (n bytes) stand in organisation o's name, in any case? */
static int org_has_word(const struct nf_quotes *q, int o, const char *w, size_t n)
{
	const char *nm = q->orgs[o].name;
	size_t len = q->orgs[o].len;
	for (size_t i = 0; i + n <= len; i++)
		if ((i == 0 || nm[i - 1] == ' ') && (i + n == len || nm[i + n] == ' ') &&
			nfq_same_word_ci(nm + i, w, n))
			return 1;
	return 0;
}

/* Does organisation o's name hold the institution's noun at k and each
 * modifier s..k-1 in lower case, but those with a hyphen or a figure
 * ("three-judge")? */
static int org_holds_phrase(struct nf_quotes *q, int o, int s, int k)
{
	const struct tok *h = &q->tok[k];
	if (!org_has_word(q, o, q->text + h->off, h->klen))
		return 0;
	int named = 0;
	for (int i = s; i < k; i++) {
		const struct tok *t = &q->tok[i];
		if (t->type != T_WORD || (t->flags & TF_CAP))
			return 0;
		if ((t->flags & TF_DIGIT) || memchr(q->text + t->off, '-', t->len))
			continue;
		if (!org_has_word(q, o, q->text + t->off, t->len))
			return 0;
		named = 1;
	}
	/* (only a number's or a hyphen's: "The three-judge court" is the
	 * court met before) */
	return named || s < k;
}

/* The organisation a lower-case noun phrase with head k names: one of
 * that name met before ("the ministry" after "Ministry of Health"), for
 * an institution the fullest phrase with that head in the record ("the
 * ministry" after "Ukraine's agriculture ministry"), for a generic noun
 * ("the company") the organisation in focus. */
int nfq_org_by_noun(struct nf_quotes *q, struct attr *a, int k, int lo)
{
	int inst = nfq_org_noun(q, k) == 1;
	const struct tok *h = &q->tok[k];
	/* "The Global Fashion Buyers Compact … said. “…,” the compact
	 * said": any noun a name met before ends in stands for it ("the
	 * forum", "the trust", "the times"), whether or not the lexicon
	 * knows it for a body's; a body's noun the lexicon knows, when
	 * the one name that holds it ends in it ("the headquarters" after
	 * "the North Chungcheong Provincial Fire Headquarters"; not "the
	 * ministry" with a Ministry of Trade and an Economy Ministry) */
	if (k - 1 >= lo && tok_is(q, k - 1, "the") &&
		nfq_word_ok(q, k) && !(h->flags & TF_CAP) && h->klen >= 4 &&
		!nfq_doc_noun(q, k)) {
		int o = -1, holders = 0;
		for (int i = 0; i < NORGS; i++) {
			const struct org *g = &q->orgs[i];
			if (g->len && org_has_word(q, i, q->text + h->off, h->klen))
				holders++;
			if (g->len > h->klen && g->name[g->len - h->klen - 1] == ' ' &&
				nfq_same_word_ci(g->name + g->len - h->klen, q->text + h->off,
				h->klen) && (o < 0 || g->seq > q->orgs[o].seq))
				o = i;
		}
		if (o >= 0 && (!nfq_org_noun(q, k) || holders == 1))
			return org_speaks(q, a, o);
	}
	if (nfq_org_noun(q, k) == 3 && k - 1 >= lo && (tok_is(q, k - 1, "the") ||
		(tok_is(q, k - 1, "a") && (size_t)k + 1 < q->ntok && speaks_for(q, k + 1)))) {
		/* "the campaign said" after "the Trump campaign": the
		 * organisation named with that word, else nobody named (and
		 * its spokesperson: "a campaign spokesperson said") */
		return org_speaks(q, a, nfq_find_org(q, q->text + h->off, h->klen, 1));
	}
	if ((!inst && nfq_org_noun(q, k) != 2))
		return 0;
	int s = nfq_np_start(q, k, lo), e = k;
	/* "One person on an online forum wrote": a body met for the first
	 * time, unnamed, is none met before (as the head of its phrase:
	 * "a league spokesperson" speaks for the league) */
	if (!inst && s > lo && (tok_is(q, s - 1, "a") || tok_is(q, s - 1, "an")) &&
		((size_t)k + 1 >= q->ntok || !nfq_word_ok(q, k + 1) ||
		(TCLS(q, &q->tok[k + 1]) & (QW_CUE | QW_STOP | QW_DET))))
		return 0;
	/* "Erdogan's office", "Roe's campaign": the person speaks through
	 * it, not an organisation */
	if (s > lo && (q->tok[s - 1].flags & TF_POSS) && q->tok[s - 1].run >= 0 &&
		q->runs[q->tok[s - 1].run].kind != R_NONPERSON) {
		/* (but "Kestrel's board" after "Kestrel Minerals Plc": a
		 * body's short name, whatever its run was taken for) */
		if (!(TCLS(q, &q->tok[s - 1]) & (QW_PRON_M | QW_PRON_F)))
			return org_speaks(q, a, nfq_org_short_name(q, s - 1));
		return 0;
	}
	/* "Kestrel's board wrote": a body's own board, union, network */
	if (!inst && s > lo && (q->tok[s - 1].flags & TF_POSS) && q->tok[s - 1].run >= 0 &&
		!q->runs[q->tok[s - 1].run].place && nfq_attr_org(q, a, q->tok[s - 1].run))
		return 1;
	/* "the 66-year-old developer": an age makes a person of any noun */
	for (int i = s; i >= 0 && i < k; i++)
		if (nfq_age_word(q, i))
			return 0;
	int o = -1;
	if (s >= 0 && s < k) {
		/* "the Russian defence ministry": its own name, or one met
		 * before that holds it */
		size_t bs = q->tok[s].off, be = h->off + h->klen;
		size_t ps = place_poss_start(q, s);    /* (its name: "Romania’s
							 * transport ministry") */
		for (int i = 0; i < NORGS && o < 0; i++)
			if (q->orgs[i].len >= be - bs && nfq_same_word_ci(q->orgs[i].name +
				q->orgs[i].len - (be - bs), q->text + bs, be - bs))
				o = i;
		/* "The appeals court said" after "the US Court of Appeals for
		 * the 9th Circuit": a name met before that holds the noun and
		 * the modifiers (but a number's or a hyphen's: "the federal
		 * three-judge appeals court") */
		if (o < 0) {
			/* the one the story is about, else the one met last */
			int f = org_focus_within(q, 6);
			if (f >= 0 && org_holds_phrase(q, f, s, k))
				o = f;
			else
				for (int i = 0; i < NORGS; i++)
					if (q->orgs[i].len && org_holds_phrase(q, i, s, k) &&
						(o < 0 || q->orgs[i].seq > q->orgs[o].seq))
						o = i;
		}
		if (o < 0 && q->dry) {
			nfq_attr_name(a, q->text + ps, be - ps, NF_SPEAKER_ORG);
			return 1;
		}
		if (o < 0)
			o = nfq_register_org_name(q, q->text + ps, be - ps);
	}
	if (o < 0)
		o = nfq_find_org(q, q->text + h->off, h->klen, 1);
	if (o < 0 && !inst) {
		/* "the union" is not the Republican National Committee
		 * met before: an institution is called by its own noun;
		 * "the group", "the body" or "the watchdog" are any kind */
		static const char *const any_kind[] = { "group", "organisation",
			"organization", "body", "watchdog", "regulator", "unit", NULL };
		o = nfq_org_in_focus(q);
		/* "the company" a few sentences after the one it was the
		 * subject of: the last organisation that was a subject ("the
		 * group" may be another kind: a band of brewers) */
		/* "the company" is a firm, and so are a firm's trade's nouns
		 * ("The contractor, however, has blamed …"): the latest
		 * body whose name says so ("Tâmega Minerals", "Acme Ltd")
		 * before a body in focus that may be a residents' group */
		int firm = in_words(NF_QLEX_FIRM_NOUNS, q->text + h->off, h->len);
		if (firm && (o < 0 || !firm_name(q, o))) {
			int f = -1;
			for (int i = 0; i < NORGS; i++)
				if (q->orgs[i].len && firm_name(q, i) &&
					(f < 0 || q->orgs[i].seq > q->orgs[f].seq))
					f = i;
			if (f >= 0)
				o = f;
		}
		if (o < 0 && firm)
			o = org_focus_within(q, 6);
		if (o >= 0 && names_institution(q, o) && !nfq_word_in(q, k, any_kind))
			o = -1;
		/* "Stridewell said …. “…,” the company said": the sentence
		 * before was about a one-word name that no first name,
		 * title or pronoun ever made a person's; the firm */
		const struct person *p = q->last_subj >= 0 ? &q->pers[q->last_subj] : NULL;
		if (o < 0 && p && p->used && p->last == 0 && !p->gender && !p->tlen &&
			!q->dry)
			o = nfq_register_org_name(q, p->name, p->len);
	}
	if (o < 0 && inst && s == k && tok_is(q, k, "agency")) {
		/* "The World Health Organization warned …. “…,” the agency
		 * said", "Interpol …, the agency": an agency is named in
		 * many ways, so the organisation in focus, when its name
		 * holds no other institution's noun ("the Department of
		 * Health"); "the army" after "Fath Airport" is not it */
		int f = nfq_org_in_focus(q);
		if (f >= 0 && !names_institution(q, f))
			o = f;
	}
	if (o < 0 && !inst)
		return 0;
	if (o < 0) {
		/* the phrase with most modifiers among the latest ones */
		for (int j = k - 1; j >= 0 && j > k - 600 && s == k; j--) {
			if (nfq_org_noun(q, j) != 1 || q->tok[j].klen != h->klen ||
				memcmp(q->text + q->tok[j].off, q->text + h->off, h->klen))
				continue;
			int sj = nfq_np_start(q, j, 0);
			if (sj >= 0 && sj < j)
				s = sj, e = j;
		}
		if (s < 0)
			s = k;
		size_t bs = q->tok[s].off, be = q->tok[e].off + q->tok[e].klen;
		if (q->dry) {
			nfq_attr_name(a, q->text + bs, be - bs, NF_SPEAKER_ORG);
			return 1;
		}
		o = nfq_register_org_name(q, q->text + bs, be - bs);
	}
	return org_speaks(q, a, o);
}

/* "the Trump campaign", "the Biden administration": a person's name
 * and a collective noun name a group, an organisation, not the person. */
int nfq_org_of_person(struct nf_quotes *q, struct attr *a, int k)
{
	if (k < 1 || nfq_org_noun(q, k) != 3)
		return 0;
	const struct tok *p = &q->tok[k - 1];
	if (p->run < 0 || (p->flags & TF_POSS) || q->runs[p->run].b != k ||
		(q->runs[p->run].kind != R_PERSON && q->runs[p->run].kind != R_MAYBE &&
		!q->runs[p->run].place) || q->runs[p->run].na >= q->runs[p->run].nb)
		return 0;   /* a place's name too: "the Lincoln campaign" */
	const struct run *r = &q->runs[p->run];
	/* without "'s": "the Whitfield campaign's" */
	size_t s = q->tok[r->na].off, e = q->tok[k].off + q->tok[k].klen;
	/* the name as written in the phrase, without its titles */
	nfq_attr_name(a, q->text + s, e - s, NF_SPEAKER_ORG);
	if (!q->dry)
		nfq_note_org_subject(q, nfq_register_org_name(q, q->text + s, e - s));
	return 1;
}

/* The run ending at token k a person's or a place's name with
 * "campaign" or "administration" after it ("The Pell campaign did not
 * dispute it"): registered as the organisation as the scan meets it, so
 * that a later "the campaign said" finds it though no attribution read
 * that clause (in a document and its sentence records alike). */
void nfq_note_person_group(struct nf_quotes *q, int k)
{
	if ((size_t)k >= q->ntok || nfq_org_noun(q, k) != 3 ||
		!(tok_is(q, k, "campaign") || tok_is(q, k, "administration")))
		return;
	const struct tok *p = &q->tok[k - 1];
	if (p->run < 0 || (p->flags & TF_POSS) || q->runs[p->run].b != k ||
		(q->runs[p->run].kind != R_PERSON && q->runs[p->run].kind != R_MAYBE) ||
		q->runs[p->run].na >= q->runs[p->run].nb)
		return;
	const struct run *r = &q->runs[p->run];
	size_t s = q->tok[r->na].off, e = q->tok[k].off + q->tok[k].len;
	if (nfq_find_org(q, q->text + s, e - s, 0) < 0)
		nfq_register_org_name(q, q->text + s, e - s);
}

static int org_referent(struct nf_quotes *q, struct attr *a, int k, int lo);

/* "It said", "what it called": the organisation this sentence opened
 * on, else the one in focus. */
int nfq_org_pronoun(struct nf_quotes *q, struct attr *a, int k, int lo)
{
	if (!tok_is(q, k, "it"))
		return 0;
	return org_referent(q, a, k, lo);
}

/* "according to its investor presentation": the organisation "its" at
 * k stands for, as "it" would (nfq_org_pronoun). */
int nfq_org_its(struct nf_quotes *q, struct attr *a, int k, int lo)
{
	return tok_is(q, k, "its") && org_referent(q, a, k, lo);
}

static int org_referent(struct nf_quotes *q, struct attr *a, int k, int lo)
{
	/* "“…,” the memo says. … It also argued": the document the
	 * last quotation came from speaks for its owner still */
	/* (or the one the sentence before opened on: "The analysis, by
	 * … the Rowan Centre, found …. It warns") */
	if (k == lo && tok_is(q, k, "it") && q->doc_wlen && q->doc.spk > 0 &&
		(q->nsent - q->doc_said <= 2 ||
		(q->doc_age == 0 && q->doc_head))) {
		nfq_attr_take_speaker(a, &q->doc);
		return 1;
	}
	int o = -1;
	for (int i = lo; i < k && i < lo + 8 && o < 0; i++) {
		int ri = q->tok[i].run;
		if (ri >= 0 && q->runs[ri].a == i && nfq_org_subject_run(q, ri, lo)) {
			struct attr t;
			nfq_attr_none(&t);
			if (nfq_attr_org(q, &t, ri)) {
				nfq_attr_take_speaker(a, &t);
				return 1;
			}
		}
		/* (a body by its noun: "The contractor, however, has blamed
		 * … what it called") */
		if (q->tok[i].run < 0 && nfq_word_ok(q, i) && !(q->tok[i].flags & TF_CAP) &&
			((TCLS(q, &q->tok[i]) & QW_ORG) || nfq_org_noun(q, i) == 1 ||
			nfq_org_noun(q, i) == 2) && nfq_np_start(q, i, lo) == lo + (i > lo))
			return nfq_org_by_noun(q, a, i, lo);
		/* (past a possessor opening it: "Pakistan's foreign
		 * ministry … lodged what it called") */
		if ((q->tok[i].run >= 0 && !(i == lo && (q->tok[i].flags & TF_POSS)) &&
			!(i == lo && (TCLS(q, &q->tok[i]) & QW_DET))) || !nfq_word_ok(q, i))
			break;    /* (the sentence's "The" may be a run) */
	}
	o = nfq_org_in_focus(q);
	if (o < 0)
		return 0;
	nfq_attr_name(a, q->orgs[o].name, q->orgs[o].len, NF_SPEAKER_ORG);
	return 1;
}


/* 1 for an institution's noun (ministry), 2 for a generic one (company),
 * 3 for a collective noun after a person's name (campaign), else 0: the
 * lists are in qlex.c. */
int nfq_org_noun(const struct nf_quotes *q, int k)
{
	const struct tok *t = &q->tok[k];
	if (!nfq_word_ok(q, k) || (t->flags & TF_CAP))
		return 0;
	uint32_t c = TCLS(q, t);
	if (!(c & (QW_ORG_INST | QW_ORG_GEN | QW_COLLECTIVE)) && t->len > 7 &&
		!memcmp(q->text + t->off + t->len - 5, "maker", 5))
		return 2;    /* "toymaker", "the Swiss watchmaker" */
	return (c & QW_ORG_INST) ? 1 : (c & QW_ORG_GEN) ? 2 : (c & QW_COLLECTIVE) ? 3 : 0;
}

/* "the ministry said", "an Interpol spokesperson", "a spokesman for the
 * Kremlin": the organisation meant, from the noun phrase di..k (and the
 * "for X" after it); "the spokesperson" again: the organisation of the
 * last one. */
int nfq_org_phrase(struct nf_quotes *q, struct attr *a, int di, int k)
{
	int spokes = q->tok[k].len > 6 && !memcmp(q->text + q->tok[k].off,
		"spokes", 6);
	/* "A senior ECP official, requesting anonymity", "One senior
	 * Government source", "a player on a rival RPL team": one of the
	 * body's people, unnamed, speaks for no one but themselves (a
	 * spokesperson speaks for the body) */
	static const char *const members[] = { "official", "source", "aide",
		"insider", "staffer", "player", "employee", "worker", "member",
		"diplomat",
		/* "One GOP senator", "a Labour MP": a party's elected member */
		"senator", "lawmaker", "legislator", "congressman",
		"congresswoman", "mp", "councillor", "councilman",
		"councilwoman", "delegate", NULL };
	if (nfq_word_in(q, k, members))
		return 0;
	if (attr_org_named(q, a, di, k)) {
		if (spokes)
			nfq_attr_take_speaker(&q->voice, a);
		return 1;
	}
	if (spokes && tok_is(q, di, "the") && q->voice.spk >= 0) {
		nfq_attr_take_speaker(a, &q->voice);
		return 1;
	}
	return 0;
}

/* A sentence with no quotation that names a body's spokesperson ("A
 * spokesperson for Aceros del Golfo said the tariff was fair"): that
 * body for "the spokesperson" later, as after one with a quotation. */
void nfq_note_voice(struct nf_quotes *q, int lo, int hi)
{
	for (int i = lo; i < hi; i++) {
		const struct tok *t = &q->tok[i];
		if (t->type != T_WORD || (t->flags & (TF_INQ | TF_CAP)) || t->len < 9 ||
			memcmp(q->text + t->off, "spokes", 6))
			continue;
		int di = i - 1;    /* the phrase's determiner */
		while (di > lo && di > i - 4 && nfq_word_ok(q, di) &&
			!(TCLS(q, &q->tok[di]) & QW_DET))
			di--;
		if (di < lo || !nfq_word_ok(q, di))
			continue;
		struct attr a;
		nfq_attr_none(&a);
		if (attr_org_named(q, &a, di, i) && a.spk > 0)
			nfq_attr_take_speaker(&q->voice, &a);
	}
}

/* Is the lower-case title at k one whose words are an organisation's
 * ("spokesman", "spokeswoman", "representative")? */
static int speaks_for(const struct nf_quotes *q, int k)
{
	const struct tok *t = &q->tok[k];
	return (t->len > 6 && !memcmp(q->text + t->off, "spokes", 6)) ||
		tok_is(q, k, "representative") || tok_is(q, k, "representatives") ||
		tok_is(q, k, "rep") || tok_is(q, k, "reps");
}

static int attr_org_named(struct nf_quotes *q, struct attr *a, int di, int k)
{
	const struct tok *h = &q->tok[k];
	for (int i = di; i <= k; i++) {
		int ri = q->tok[i].run;
		if (ri < 0)
			continue;
		if (q->runs[ri].place && nfq_person_noun(q, k))
			continue;    /* "a Chicago woman": someone unnamed */
		if (q->runs[ri].kind == R_MAYBE && (TCLS(q, h) & QW_TITLE) &&
			!(h->flags & TF_CAP))
			q->runs[ri].kind = R_NONPERSON;  /* "a Woolworths spokesperson" */
		if (nfq_attr_org(q, a, ri))
			return 1;
	}
	if (((TCLS(q, h) & QW_TITLE) || speaks_for(q, k)) && (size_t)k + 2 < q->ntok &&
		(tok_is(q, k + 1, "for") || tok_is(q, k + 1, "of"))) {
		int j = k + 2;
		if (tok_is(q, j, "the"))
			j++;
		int rj = (size_t)j < q->ntok ? q->tok[j].run : -1;
		/* "a spokeswoman for Zorvane Steel": a name the rules could
		 * not place, a body (as "a Woolworths spokesperson" above) */
		if (rj >= 0 && q->runs[rj].kind == R_MAYBE && speaks_for(q, k) &&
			!(h->flags & TF_CAP))
			q->runs[rj].kind = R_NONPERSON;
		if (rj >= 0)
			return nfq_attr_org(q, a, rj);
		/* "a rep for the label", "a spokesperson for the
		 * streamer": a body by its noun */
		if ((size_t)j < q->ntok && tok_is(q, j - 1, "the") && speaks_for(q, k) &&
			(nfq_org_noun(q, j) == 1 || nfq_org_noun(q, j) == 2))
			return nfq_org_by_noun(q, a, j, j - 1);
	}
	/* "a police spokesman", "a company spokeswoman": a voice speaks
	 * for the organisation before it; "an army officer" and "a
	 * government official" speak for themselves, unnamed */
	/* (or the group a person names: "A Brackett campaign spokesman") */
	if ((TCLS(q, h) & QW_TITLE) && !(h->flags & TF_CAP) && speaks_for(q, k))
		for (int i = k - 1; i >= di && i >= k - 3; i--)
			if (nfq_org_of_person(q, a, i) || nfq_org_by_noun(q, a, i, di))
				return 1;
	/* "the ministry", "the police", "the company" */
	return nfq_org_by_noun(q, a, k, di);
}

/* ---------- governments named by their country ---------- */

#define GOV_SENTS 12

/* The country a government at the lower-case word k is named by: a
 * country's name or demonym before it ("the German government", "the
 * South Korean government"), or its possessive ("Samoa's government").
 * Its name in *name, its length returned; 0 for none. */
size_t nfq_government_of(struct nf_quotes *q, int k, const char **name)
{
	if (!tok_is(q, k, "government") || k < 1)
		return 0;
	int i = k - 1;
	const struct tok *t = &q->tok[i];
	if (!nfq_word_ok(q, i) || !(t->flags & TF_CAP) || (t->flags & TF_ALLCAPS))
		return 0;
	/* up to two capitalised words: "South Korean", "New Zealand's" */
	int a = i;
	if (i - 1 >= 0 && nfq_word_ok(q, i - 1) && (q->tok[i - 1].flags & TF_CAP) &&
		!(q->tok[i - 1].flags & TF_POSS) && !(TCLS(q, &q->tok[i - 1]) & QW_DET))
		a = i - 1;
	for (; a <= i; a++) {
		/* a country by name or demonym, not a city ("the Seoul
		 * government") or a first name */
		size_t s = q->tok[a].off, e = t->off + t->klen;
		const char *c = nf_qlex_country_of(q->text + s, e - s);
		if (c) {
			*name = c;
			return strlen(c);
		}
	}
	return 0;
}

/* Country c[0..n) as the government in focus from this sentence on. */
static void note_gov(struct nf_quotes *q, const char *c, size_t n)
{
	if (n && n < NAMEMAX) {
		memcpy(q->gov, c, n);
		q->gov_len = n;
		q->gov_sent = q->nsent;
	}
}

/* A government named by its country, noted as the record is read: "the
 * government" later in the document is that country's. */
void nfq_note_government(struct nf_quotes *q, int k)
{
	const char *c;
	size_t n = nfq_government_of(q, k, &c);
	note_gov(q, c, n);
}

/* A country opening a sentence as its subject ("Argentina has lodged a
 * protest"): "the government" after it is that country's. */
void nfq_note_country_subject(struct nf_quotes *q, int ri)
{
	const struct run *r = &q->runs[ri];
	if (!r->place || r->b >= (int)q->ntok || !nfq_word_ok(q, r->b) ||
		(q->tok[r->b].flags & TF_CAP))
		return;
	size_t s = q->tok[r->a].off, e = q->tok[r->b - 1].off + q->tok[r->b - 1].klen;
	const char *c = nf_qlex_country_of(q->text + s, e - s);
	size_t n = c ? strlen(c) : 0;
	if (n == e - s && !memcmp(c, q->text + s, n))
		note_gov(q, c, n);
}

/* "the German government said", "Samoa's government said", and "the
 * government said" after one of them: the country, as a speaker of type
 * LOC. k is the word "government". */
int nfq_attr_government(struct nf_quotes *q, struct attr *a, int k, int lo)
{
	const char *c;
	if (!tok_is(q, k, "government"))
		return 0;
	size_t n = nfq_government_of(q, k, &c);
	/* "the government" within a few sentences of the country's: a
	 * plain-text file is one document, and the next article's
	 * government is another country's */
	if (!n && k - 1 >= lo && tok_is(q, k - 1, "the") && q->gov_len &&
		q->nsent - q->gov_sent <= GOV_SENTS) {
		c = q->gov;
		n = q->gov_len;
	}
	if (!n) {
		/* no country named: the institution by its noun phrase, as
		 * "the ministry" ("The government said", "the state
		 * government") */
		int s = nfq_np_start(q, k, lo);
		if (s >= lo && s < k && tok_is(q, s, "the"))
			s++;
		if (s < 0 || s > k || !(s - 1 >= lo && tok_is(q, s - 1, "the")) || k - s > 2)
			return 0;
		for (int i = s; i < k; i++)
			if (!nfq_word_ok(q, i) || (q->tok[i].flags & (TF_CAP | TF_POSS)))
				return 0;
		nfq_attr_name(a, q->text + q->tok[s].off, q->tok[k].off + q->tok[k].len -
			q->tok[s].off, NF_SPEAKER_ORG);
		return 1;
	}
	nfq_attr_name(a, c, n, NF_SPEAKER_LOC);
	return 1;
}
