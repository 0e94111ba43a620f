/* qattrib.c: attribution patterns: the speech verb of a quote and its
 * subject, before or after the quote (said X, X said, according to X),
 * with appositions, possessors, participles, organisations behind a
 * spokesman, and the source as written. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "newsfilter/utf8.h"
#include "internal.h"

#define attr_set_person nfq_attr_person
static void attr_set_source(struct nf_quotes *q, struct attr *a, int s, int e);
static int subject_start(const struct nf_quotes *q, int k, int lo);
static int ly_adverb(const struct nf_quotes *q, int k);
static int noun_in(const char *w, size_t n, const char *const *list);
static int rel_pronoun_at(const struct nf_quotes *q, int i);

/* Spans of time that may stand between a subject and its verb ("who
 * last year demanded", "X this week told"). */
static const char *const time_spans[] = { "year", "week", "month", "night",
	"weekend", "summer", "winter", "spring", "autumn", "fall", "season",
	"term", "morning", "evening", NULL };

/* The person a role's head word t stands for (nfq_resolve_role, the
 * word in lower case); with sexed, a man's or a woman's title
 * ("spokeswoman") asks for that sex. */
static int role_by_head(struct nf_quotes *q, const struct tok *t, int sexed)
{
	char hw[32];
	size_t hl = t->len < sizeof hw ? t->len : sizeof hw - 1;
	nfq_lower_copy(hw, q->text + t->off, hl);
	int g = !sexed ? 0 : (TCLS(q, t) & QW_MALE) ? 1 : (TCLS(q, t) & QW_FEMALE) ? 2 : 0;
	/* "the congresswoman" is "Rep. Ann Dole" */
	if ((hl == 11 && !memcmp(hw, "congressman", 11)) ||
		(hl == 13 && !memcmp(hw, "congresswoman", 13)))
		return nfq_resolve_role(q, "representative", 14, g);
	int pid = nfq_resolve_role(q, hw, hl, g);
	/* "the judge" is "Mr Justice Conor Hanlon", "Justice Amy Roe" */
	if (pid < 0 && hl == 5 && !memcmp(hw, "judge", 5))
		pid = nfq_resolve_role(q, "justice", 7, g);
	return pid;
}

static int subject_right(struct nf_quotes *q, struct attr *a, int k, int hi);
static int desc_person(struct nf_quotes *q, int m, int h);
static int desc_person_at(struct nf_quotes *q, int m, int h);
static int name_after_comma(const struct nf_quotes *q, int c, int hi);
static int name_place_end(const struct nf_quotes *q, int ri, int hi);

/* Nouns through which someone else speaks: a spokesman, an office, a
 * statement, a tweet. */
static const char *const voice_nouns[] = { "spokesman", "spokeswoman",
		"spokesperson", "spokespeople", "spokesmen", "office", "campaign",
		"statement", "tweet", "tweets", "website", "account", "summary",
		"release", "post", "representative", "representatives", "rep",
		"reps", "ruling",
		"announcement", "letter", "memo", "memorandum",
		/* documents, signs: "“…,” reads the report", nobody's unless
		 * owned ("the ministry's report") */
		"report", "warning", "notice", "document", "proclamation",
		"message", "email", "note", "sign", "banner", "placard",
		"review", "audit",
		"complaint", "lawsuit", "petition", "filing", "remarks",
		"testimony", "communiqué", "communique", "judgment", "judgement",
		"directive", "newsletter", "bulletin", "advisory", "affidavit",
		"declaration", "editorial",
		/* what a body puts out under its name: "Skyhaul's latest
		 * investor deck calls", "Hearthly's own launch materials
		 * promised", "the league's rulebook says" */
		"materials", "deck", "slides", "presentation", "rulebook",
		"guidelines", "guidance", "handbook", "manual", "brochure",
		"prospectus", "submission", "proposal", "blog", "page", "profile",
		"bio", "caption", "advert", "advertisement", "ad", "ads", "leaflet",
		"flyer", "mailer", "invitation", "application", NULL };

static int voice_noun(const struct nf_quotes *q, int k)
{
	/* a study, as the head of its phrase ("the analysis warned"; not
	 * "study co-author Ted Scambos said") */
	static const char *const studies[] = { "analysis", "assessment",
		"study", "audit", "survey", NULL };
	return nfq_word_in(q, k, voice_nouns) || (nfq_word_in(q, k, studies) &&
		!((size_t)k + 1 < q->ntok && nfq_word_ok(q, k + 1) &&
		!(TCLS(q, &q->tok[k + 1]) & (QW_CUE | QW_STOP | QW_SKIP | QW_MODAL))));
}

/* Is token k a plural of a voice's noun, in lower case ("the
 * guidelines", "court documents", "the emails")? */
static int voice_plural(const struct nf_quotes *q, int k)
{
	const struct tok *t = &q->tok[k];
	if (!nfq_word_ok(q, k) || t->len < 4 || (t->flags & (TF_CAP | TF_POSS)) ||
		q->text[t->off + t->len - 1] != 's')
		return 0;
	return voice_noun(q, k) || noun_in(q->text + t->off, t->len - 1, voice_nouns);
}

/* Is token k a nation's word for one of its people standing alone
 * ("Swiss", "Spaniard", "Serb", "Briton"), with no noun after it (not
 * "the Swiss government")? */
int nfq_demonym_person(const struct nf_quotes *q, int k)
{
	static const char *const people[] = { "spaniard", "serb", "briton",
		"brit", "frenchman", "frenchwoman", "englishman", "englishwoman",
		"scot", "scotsman", "scotswoman", "welshman", "welshwoman",
		"irishman", "irishwoman", "dutchman", "dutchwoman", "dane",
		"swede", "finn", "pole", "turk", "croat", "czech", "slovak",
		"kiwi", "aussie", "argentine", "filipino", "filipina", NULL };
	const struct tok *t = &q->tok[k];
	if (!nfq_word_ok(q, k) || !(t->flags & TF_CAP) || (t->flags & (TF_POSS | TF_ALLCAPS)) ||
		((size_t)k + 1 < q->ntok && nfq_word_ok(q, k + 1) &&
		!(TCLS(q, &q->tok[k + 1]) & (QW_CUE | QW_STOP | QW_SKIP | QW_MODAL))))
		return 0;
	if (nfq_word_in_ci(q, k, people))
		return 1;
	/* a demonym of the lexicon that is no country's name and no
	 * first name ("the Swiss", not "the Jordan") */
	const char *c = nf_qlex_country_of(q->text + t->off, t->len);
	return c && !(TCLS(q, t) & QW_ANYFIRST) && !(strlen(c) == t->len &&
		!memcmp(c, q->text + t->off, t->len));
}

/* The person "the Swiss" at token k means: one the story gave that
 * nation ("Swiss Roger Federer"), else the one named last in this
 * sentence or the one before, else the one in focus. */
static int demonym_referent(struct nf_quotes *q, int k)
{
	const struct tok *t = &q->tok[k];
	char w[32];
	if (t->len < sizeof w) {
		nfq_lower_copy(w, q->text + t->off, t->len);
		int pid = nfq_resolve_desc(q, w, t->len, 0);
		if (pid >= 0)
			return pid;
	}
	/* the person named last, in a sentence or two ("followed Roger
	 * Federer's line … “…,” the Swiss said") */
	for (int i = k - 1, stops = 0; i >= 0 && i > k - 60 && stops < 2; i--) {
		const struct tok *u = &q->tok[i];
		if (u->type == T_PUNCT && (u->ch == '.' || u->ch == '!' || u->ch == '?'))
			stops++;
		if (u->type == T_WORD && u->pid >= 0 && !(u->flags & TF_INQ) &&
			!(TCLS(q, u) & (QW_PRON_M | QW_PRON_F)))
			return u->pid;
	}
	return nfq_focus_person(q, 0);
}

/* Is token k the noun of an honour's holder ("nominee", "laureate")? */
int nfq_honour_noun(const struct nf_quotes *q, int k)
{
	static const char *const honours[] = { "nominee", "winner", "laureate",
		"champion", "medallist", "medalist", "finalist", "honoree",
		"honouree", NULL };
	return nfq_word_in(q, k, honours);
}

/* Is token k a spokesperson's noun? */
static int spokes_noun(const struct nf_quotes *q, int k)
{
	static const char *const nouns[] = { "spokesman", "spokeswoman",
		"spokesperson", NULL };
	return nfq_word_in(q, k, nouns);
}

/* A firm's researchers before the name at token f ("analysts at Harlow
 * Brothers", "economists from Goldman Sachs", not before lo): the
 * group noun's token, or -1. Their note to clients speaks for the
 * firm, as a spokesman does (the financial wires' way). */
static int firm_group(const struct nf_quotes *q, int f, int lo)
{
	static const char *const nouns[] = { "analysts", "economists",
		"strategists", NULL };
	int p = f - 1;
	if (p >= lo && tok_is(q, p, "the"))
		p--;
	if (p - 1 < lo || !(tok_is(q, p, "at") || tok_is(q, p, "from")) ||
		!nfq_word_in(q, p - 1, nouns))
		return -1;
	return p - 1;
}

/* The firm of run ri as the speaker (firm_group). */
static int firm_speaks(struct nf_quotes *q, struct attr *a, int ri)
{
	struct run *r = &q->runs[ri];
	if (r->kind == R_PERSON)
		return 0;
	if (r->kind == R_MAYBE)
		r->kind = R_NONPERSON;    /* "analysts at Harlow Brothers" */
	return nfq_attr_org(q, a, ri);
}

/* Nouns of a person who speaks unnamed ("a senior official", "a woman
 * who lives nearby"): a man's, a woman's, and either's. */
static const char *const unnamed_male[] = { "spokesman", "man", "boy",
	"father", "husband", "son", "brother", "businessman", "policeman",
	"fireman", "fisherman", "grandfather", "uncle", "boyfriend", NULL };
static const char *const unnamed_female[] = { "spokeswoman", "woman",
	"girl", "mother", "wife", "daughter", "sister", "businesswoman",
	"policewoman", "waitress", "grandmother", "aunt", "girlfriend", "nun",
	NULL };
static const char *const unnamed_nouns[] = { "spokesperson", "official",
	"aide", "source", "representative", "rep", "officer", "diplomat", "witness",
	"resident", "protester", "lawyer", "adviser", "advisor", "executive",
	"head", "chief", "director", "manager", "leader", "commander",
	"inspector", "investigator", "member", "doctor", "teacher",
	/* occupations and people met in the news unnamed */
	"scientist", "researcher", "analyst", "expert", "economist", "worker",
	"employee", "student", "nurse", "engineer", "farmer", "soldier",
	"driver", "owner", "neighbour", "neighbor", "survivor", "victim",
	"voter", "activist", "volunteer", "passenger", "customer", "shopper",
	"fan", "parent", "veteran", "organiser", "organizer", "observer",
	"staffer", "insider", "person", "individual", "journalist",
	"reporter", "professor", "lecturer", "physician", "surgeon",
	"paramedic", "guard", "agent", "detective", "prosecutor", "judge",
	"negotiator", "consultant", "strategist", "pollster", "historian",
	"waiter", "shopkeeper", "teenager", "pensioner", "retiree", "pilot",
	"miner", "vendor", "trader", "cleaner", "chef", "bartender", "tourist",
	"visitor", "commuter", "cyclist", "patient", "mechanic", "builder",
	"labourer", "laborer", "homeowner", "tenant", "landlord", "villager",
	"eyewitness", "bystander", "onlooker", "friend", "relative",
	"colleague", "graduate", "spectator", "supporter", "critic", "local",
	NULL };

/* Is the word w (n bytes, as written) in the list? */
static int noun_in(const char *w, size_t n, const char *const *list)
{
	for (int i = 0; list[i]; i++)
		if (n == strlen(list[i]) && !memcmp(w, list[i], n))
			return 1;
	return 0;
}

/* Is token k a noun of a person who speaks unnamed? 1 a man's, 2 a
 * woman's, 3 either's, else 0. */
int nfq_person_noun(const struct nf_quotes *q, int k)
{
	return nfq_word_in(q, k, unnamed_male) ? 1 : nfq_word_in(q, k, unnamed_female) ? 2 :
		nfq_word_in(q, k, unnamed_nouns) ? 3 : 0;
}

/* Is token k a noun that heads a source: a role, an unnamed group, an
 * organisation's head noun or a voice ("a company spokesman", "a senior
 * official", "the appeals court", "the court's summary")? Lower-case
 * words before it are then its modifiers, not another clause: "“…,” a
 * company spokesman said". */
static int source_head(const struct nf_quotes *q, int k)
{
	return (TCLS(q, &q->tok[k]) & (QW_ROLE | QW_TITLE | QW_GROUP | QW_ORG | QW_ORG_INST |
		QW_ORG_GEN | QW_COLLECTIVE)) || voice_noun(q, k) ||
		nfq_person_noun(q, k);
}

/* Is the source of attribution a an unnamed person ("A police
 * spokesman", "a senior official")? The sex its noun tells (1, 2), 0 for
 * either, -1 when it is no such source. */
static int unnamed_voice(const struct attr *a)
{
	if (a->srclen <= 0)
		return -1;
	/* a person's spokesman speaks for that person ("Prime Minister
	 * Joana Ribeiro's spokesman") */
	int poss = 0;
	for (int i = 1; i + 1 < a->srclen && !poss; i++)
		poss = a->src[i] == 's' && a->src[i + 1] == ' ' &&
			(a->src[i - 1] == '\'' || (unsigned char)a->src[i - 1] == 0x99);
	if (a->spk >= 0 && a->stype == NF_SPEAKER_PER && !poss)
		return -1;
	/* the head noun: the word before the first "of", "for", "at",
	 * "from", "with" or "who" ("A spokeswoman for the hospital", "The
	 * chief of the fire department", "a woman who lives nearby"), else
	 * the last word */
	static const char *const preps[] = { "of", "for", "at", "from", "with",
		"who", NULL };
	int n = a->srclen, s = 0, prev = -1;
	for (int i = 0; i <= a->srclen; i++) {
		if (i < a->srclen && a->src[i] != ' ')
			continue;
		int w = i - s, hit = 0;
		for (int p = 0; preps[p] && !hit; p++)
			hit = (size_t)w == strlen(preps[p]) && !memcmp(a->src + s, preps[p],
				(size_t)w);
		if (hit && prev >= 0) {
			n = s - 1;
			s = prev;
			break;
		}
		prev = s;
		s = i + 1;
	}
	if (n == a->srclen) {
		s = n;
		while (s > 0 && a->src[s - 1] != ' ')
			s--;
	}
	return noun_in(a->src + s, (size_t)(n - s), unnamed_male) ? 1 :
		noun_in(a->src + s, (size_t)(n - s), unnamed_female) ? 2 :
		noun_in(a->src + s, (size_t)(n - s), unnamed_nouns) ? 0 : -1;
}

/* he or she as a speech verb's subject: the person it resolved to; but
 * a pronoun that opens its sentence's talk about the unnamed source of
 * the sentence before ("A police spokesman said …. “…,” he said") is
 * that source: its organisation, or nobody. */
/* Does the source of a hold a spokesperson's noun ("A spokesperson for
 * PizzaExpress")? */
static int spokes_source(const struct attr *a)
{
	for (int i = 0; i + 6 <= a->srclen; i++)
		if (!memcmp(a->src + i, "spokes", 6))
			return 1;
	return 0;
}

static void pron_source(struct nf_quotes *q, struct attr *a, int k)
{
	int g = nfq_pronoun(q, &q->tok[k]);
	int named = 0;    /* a person named earlier in this sentence */
	for (int i = k - 1; i >= 0 && i > k - 60 && !named; i--) {
		const struct tok *t = &q->tok[i];
		if (t->type == T_PARA || (t->type == T_PUNCT && (t->ch == '.' ||
			t->ch == '?' || t->ch == '!')))
			break;
		named = t->type == T_WORD && t->pid >= 0 && !(t->flags & TF_INQ);
	}
	if (!named && q->ps_valid) {
		int sk = q->sk;
		nfq_ps_compute(q);
		q->sk = sk;
		const struct attr *v = q->ps_quote ? &q->ps : q->ps_cue_found ?
			&q->ps_c : NULL;
		int vg = v ? unnamed_voice(v) : -1;
		/* never a place for "he" or "she" ("a Detroit surgeon who
		 * rarely speaks" is no speaker Detroit), an organisation or
		 * a government only through its spokesperson */
		if ((vg == 0 || vg == g) && (v->spk < 0 || v->stype == NF_SPEAKER_PER ||
			spokes_source(v))) {
			nfq_attr_take_speaker(a, v);
			return;
		}
	}
	attr_set_person(q, a, q->tok[k].pid);
}

static int agent_source(struct nf_quotes *q, struct attr *a, int k, int hi);

/* A person's campaign speaks as an organisation, "Parrish campaign"
 * for "Parrish's campaign" and "her campaign" (as "the Parrish
 * campaign" is one): a speaker found through the voice noun k. */
static void campaign_of(struct nf_quotes *q, struct attr *a, int k)
{
	if (a->spk <= 0 || a->stype != NF_SPEAKER_PER || !tok_is(q, k, "campaign"))
		return;
	int s = a->spk;
	while (s > 0 && a->name[s - 1] != ' ')
		s--;
	char n[NAMEMAX];
	size_t l = (size_t)(a->spk - s);
	if (l + 9 >= sizeof n)
		return;
	memcpy(n, a->name + s, l);
	memcpy(n + l, " campaign", 9);
	nfq_attr_name(a, n, l + 9, NF_SPEAKER_ORG);
	a->rolelen = -1;
	if (!q->dry)
		nfq_note_org_subject(q, nfq_register_org_name(q, n, l + 9));
}

/* Is a person's noun after the voice noun k ("his campaign manager",
 * "her office manager"): then that person speaks, not the owner. */
static int person_noun_after(const struct nf_quotes *q, int k)
{
	return (size_t)k + 1 < q->ntok && nfq_word_ok(q, k + 1) &&
		!(q->tok[k + 1].flags & TF_CAP) && (TCLS(q, &q->tok[k + 1]) &
		(QW_ROLE | QW_TITLE));
}

/* The possessor at token i ("Roe's", "the court's") as the speaker. */
static int attr_possessor(struct nf_quotes *q, struct attr *a, int i)
{
	const struct tok *t = &q->tok[i];
	if (t->run >= 0) {
		struct run *r = &q->runs[t->run];
		/* "Quillon's" after "Quillon Labs Ltd.": a body's short name
		 * (not a person's), in its fullest form */
		int o = r->kind == R_MAYBE || (r->kind == R_NONPERSON && !r->place) ?
			nfq_org_short_name(q, i) : -1;
		if (o >= 0) {
			nfq_attr_name(a, q->orgs[o].name, q->orgs[o].len, NF_SPEAKER_ORG);
			return 1;
		}
		if (r->kind == R_PERSON || r->kind == R_MAYBE) {
			attr_set_person(q, a, r->kind == R_PERSON ? r->pid :
				nfq_promote_run(q, t->run));
			return a->spk >= 0;
		}
		return nfq_attr_org(q, a, t->run);
	}
	if (t->flags & TF_CAP)
		return 0;
	/* "the company's statement", "the foundation's spokesman": the
	 * organisation that noun names */
	if (nfq_org_noun(q, i) == 1 || nfq_org_noun(q, i) == 2)
		return nfq_org_by_noun(q, a, i, 0);
	size_t n = t->len - nfq_poss_len(q->text, t->off + t->len);
	int o = n > 1 ? nfq_find_org(q, q->text + t->off, n, 1) : -1;
	if (o < 0 && n > 1 && n < 32 && (nfq_word_class(q, q->text + t->off, n, 0) &
		QW_ROLE)) {
		/* "the judge's statement": the judge of the story */
		int g = (nfq_word_class(q, q->text + t->off, n, 0) & QW_MALE) ? 1 :
			(nfq_word_class(q, q->text + t->off, n, 0) & QW_FEMALE) ? 2 : 0;
		attr_set_person(q, a, nfq_resolve_role(q, q->text + t->off, n, g));
		return a->spk >= 0;
	}
	if (o < 0)
		return 0;
	nfq_attr_name(a, q->orgs[o].name, q->orgs[o].len, NF_SPEAKER_ORG);
	return 1;
}

void nfq_subject_left(struct nf_quotes *q, struct attr *a, int k, int lo,
	int cue_tok);

/* ---------- documents and their owners ---------- */

/* Possessive determiners: an owner before a noun ("its", "her"). */
static const char *const owner_words[] = { "its", "his", "her", "their",
	"our", NULL };

/* The prepositions a noun phrase may follow ("for security reasons",
 * "In the report, …"). */
const char *const nfq_preps[] = { "of", "for", "with", "by", "in", "on",
	"at", "from", "into", "about", NULL };

/* Nouns of documents a story names with their owner and then quotes
 * alone ("the memo says"). */
static const char *const doc_nouns[] = { "memo", "memos", "email", "emails",
	"letter", "letters", "report", "message", "messages", "op-ed",
	"complaint", "lawsuit", "petition", "filing", "statement", "statements",
	"post", "posts", "memorandum", "note", "release",
	/* a study's findings: "An analysis prepared by the National
	 * Economic Council … The document warned" */
	"analysis", "assessment", "study", "audit", "survey", "document",
	"review",
	/* what bodies issue and courts hand down: "a communiqué issued at
	 * the end of the meeting … The communiqué read", "the ruling said" */
	"communiqué", "communique", "notice", "ruling", "judgment", "judgement",
	"directive", "tweet", "tweets", "newsletter", "bulletin", "advisory",
	"affidavit", "declaration", "editorial",
	/* what firms show investors, and what parties put to a court
	 * ("according to its investor presentation", "In its brief, the
	 * group wrote", "In a 24-page opinion") */
	"presentation", "submission", "submissions", "brief", "opinion", NULL };

/* The body a noun at k names ("the center", "council"; nfq_org_by_noun),
 * into a; 1 when it names one. */
static int body_by_noun(struct nf_quotes *q, struct attr *a, int k, int lo)
{
	struct attr c;
	nfq_attr_none(&c);
	if (!nfq_org_by_noun(q, &c, k, lo) || c.spk <= 0 || c.stype != NF_SPEAKER_ORG)
		return 0;
	nfq_attr_take_speaker(a, &c);
	return 1;
}

/* "a council report", "A company statement": the body the noun right
 * before document k names (as "the council" would), into a; 1 when
 * there is one. */
static int doc_body_noun(struct nf_quotes *q, struct attr *a, int k, int lo)
{
	int m = k - 1;
	return m >= lo && nfq_word_ok(q, m) && !(q->tok[m].flags & (TF_CAP | TF_POSS)) &&
		(nfq_org_noun(q, m) == 1 || nfq_org_noun(q, m) == 2) &&
		m - 1 >= lo && (TCLS(q, &q->tok[m - 1]) & QW_DET) && body_by_noun(q, a, m, lo);
}

/* "close to", "familiar with" at token i: what an unnamed source is
 * near ("Sources close to Meltemi", "people familiar with the talks"),
 * no speaker. */
static int near_words(const struct nf_quotes *q, int i)
{
	const struct tok *t = &q->tok[i];
	return (t->len == 5 || t->len == 8) && (size_t)i + 1 < q->ntok &&
		((tok_is(q, i, "close") && tok_is(q, i + 1, "to")) ||
		(tok_is(q, i, "familiar") && tok_is(q, i + 1, "with")));
}

/* Is token i a document's noun? */
int nfq_doc_noun(const struct nf_quotes *q, int i)
{
	return nfq_doc_noun_maybe(q, i) && nfq_word_in(q, i, doc_nouns);
}

/* The writer named after "from" or "by" at token k (before hi): "from
 * pollster Hal Petrakis", "from the Whitfield campaign's legal team",
 * "from the Campaign Integrity Project", into o; 1 when named. */
static int doc_agent(struct nf_quotes *q, struct attr *o, int k, int hi)
{
	int j = k, the = tok_is(q, k, "the");
	if (the && k + 1 < hi)
		k++;    /* "from the Whitfield campaign" */
	/* "by the newly formed Riverside Neighbors Alliance" */
	int m = k;
	while (the && m + 1 < hi && m < k + 3 && nfq_word_ok(q, m) && !(q->tok[m].flags & TF_CAP) &&
		(ly_adverb(q, m) || (q->tok[m].len > 4 && !memcmp(q->text + q->tok[m].off +
		q->tok[m].len - 2, "ed", 2))))
		m++;
	if (m > k && q->tok[m].run >= 0 && q->runs[q->tok[m].run].a == m &&
		q->runs[q->tok[m].run].kind == R_NONPERSON && !q->runs[q->tok[m].run].place) {
		nfq_attr_org(q, o, q->tok[m].run);
		return o->spk > 0;
	}
	while (k < hi && k < j + 4 && nfq_word_ok(q, k) &&
		!(q->tok[k].flags & TF_CAP) && (TCLS(q, &q->tok[k]) & QW_TITLE))
		k++;    /* "from pollster Hal Petrakis" */
	/* "by the commercial real estate firm Brightwater Partners": a
	 * body's kind, its noun last, before its name */
	if (the && k == j + 1) {
		int e = k;
		while (e < hi && e < k + 5 && nfq_word_ok(q, e) && !(q->tok[e].flags & TF_CAP) &&
			!(TCLS(q, &q->tok[e]) & (QW_STOP | QW_DET | QW_CUE)))
			e++;
		if (e > k && e < hi && (nfq_org_noun(q, e - 1) == 1 || nfq_org_noun(q, e - 1) == 2) &&
			q->tok[e].run >= 0 && q->runs[q->tok[e].run].a == e &&
			q->runs[q->tok[e].run].kind == R_NONPERSON) {
			nfq_attr_org(q, o, q->tok[e].run);
			return o->spk > 0;
		}
	}
	int ri = k < hi ? q->tok[k].run : -1;
	/* "A report published by the center in March": a body by its
	 * noun, as "the center said" would name it (not one that paid for
	 * it: "commissioned by the group from Riverbend Economics") */
	static const char *const paid[] = { "commissioned", "funded", "sponsored",
		"paid", "financed", NULL };
	if (ri < 0 && the && k == j + 1 && nfq_word_ok(q, k) && !(q->tok[k].flags & TF_CAP) &&
		!(j >= 2 && nfq_word_ok(q, j - 2) && nfq_word_in(q, j - 2, paid)) &&
		!((size_t)k + 1 < q->ntok && nfq_word_ok(q, k + 1) &&
		!(TCLS(q, &q->tok[k + 1]) & (QW_STOP | QW_DET | QW_TIME)) &&
		!(q->tok[k + 1].flags & TF_DIGIT)))
		return body_by_noun(q, o, k, j);
	if (ri < 0 || q->runs[ri].a != k)
		return 0;
	const struct run *r = &q->runs[ri];
	/* "by the City Auditor’s office", "from the Mayor’s Office": an
	 * office a title's holder runs, an organisation by that name */
	if ((size_t)r->b < q->ntok && r->b < hi && (q->tok[r->b - 1].flags & TF_POSS) &&
		r->kind == R_ROLE && nfq_org_noun(q, r->b)) {
		nfq_attr_name(o, q->text + q->tok[r->a].off, q->tok[r->b].off +
			q->tok[r->b].len - q->tok[r->a].off, NF_SPEAKER_ORG);
		return 1;
	}
	/* "from the Whitfield campaign's legal team": the campaign, an
	 * organisation */
	if ((size_t)r->b < q->ntok && r->b < hi &&
		nfq_org_noun(q, r->b) == 3 && !(q->tok[r->b - 1].flags & TF_POSS)) {
		struct attr c;
		nfq_attr_none(&c);
		if (nfq_org_of_person(q, &c, r->b))
			nfq_attr_take_speaker(o, &c);
	} else if ((r->kind == R_MAYBE || (r->kind == R_PERSON && r->na == r->a)) &&
		the && k == j + 1) {
		q->runs[ri].kind = R_NONPERSON;    /* "by the Observatoire
						    * Garonne": no one's name */
		nfq_attr_org(q, o, ri);
	} else if (r->kind == R_PERSON || r->kind == R_MAYBE)
		attr_set_person(q, o, nfq_promote_run(q, ri));
	else if (r->kind == R_NONPERSON && !r->place)
		nfq_attr_org(q, o, ri);
	return o->spk > 0;
}

/* Verbs of issuing a document: who "released a statement" wrote it. */
static const char *const doc_issued[] = { "filed", "issued", "released",
	"published", "submitted", "lodged", "circulated", "sent", "drafted",
	/* "The selectboard voted to send a letter", "will file a lawsuit" */
	"file", "issue", "release", "publish", "submit", "lodge", "circulate",
	"send", "draft", NULL };

/* Who issued the document at token i ("The group released a report",
 * "Facebook released a statement which read"): the subject of the
 * clause whose verb of issuing stands before "a", "an" or "its" and the
 * noun, into c; 1 when named. */
static int doc_issuer(struct nf_quotes *q, struct attr *c, int i, int lo)
{
	nfq_attr_none(c);
	/* (past what describes it: "released a longer statement", "issued
	 * a joint statement", "sent a two-page letter") */
	int d = i - 1;
	while (d > lo && d > i - 3 && nfq_word_ok(q, d) && !(q->tok[d].flags & TF_CAP) &&
		!(TCLS(q, &q->tok[d]) & (QW_DET | QW_STOP)))
		d--;
	if (d - 2 < lo || !nfq_word_in(q, d - 1, doc_issued) || !nfq_word_ok(q, d) ||
		!(tok_is(q, d, "a") || tok_is(q, d, "an") || tok_is(q, d, "its")))
		return 0;
	nfq_clause_subject(q, c, d - 2, lo);
	return c->spk > 0 && !c->inherit;
}

/* Participles of those who came by a document without writing it: "a
 * memo obtained by CNN", "a letter seen by Reuters". */
static const char *const doc_got[] = { "obtained", "seen", "reviewed",
	"viewed", "received", "published", "reported", "leaked", NULL };

/* The writer of a document named in the "by" or "from" phrase from token
 * j (before hi), right after its noun or a participle of making ("from
 * the Harbour Trust", "prepared by Aotea Consultants"; not "obtained by
 * CNN"), into o; 1 when named. */
static int doc_writer(struct nf_quotes *q, struct attr *o, int j, int hi)
{
	static const char *const made[] = { "prepared", "written", "issued",
		"signed", "commissioned", "compiled", "authored", "drafted",
		"sent", "produced", "released", "published", "filed", NULL };
	if (j + 1 < hi && nfq_word_ok(q, j) && nfq_word_in(q, j, made)) {
		j++;
		/* (past when: "published in March by", "released last
		 * week by", "filed Tuesday") */
		if (j + 2 < hi && nfq_word_ok(q, j + 1) && (tok_is(q, j, "in") ||
			tok_is(q, j, "on") || tok_is(q, j, "last") || tok_is(q, j, "this") ||
			tok_is(q, j, "earlier")) && ((TCLS(q, &q->tok[j + 1]) & QW_TIME) ||
			(q->tok[j + 1].flags & TF_DIGIT)))
			j += 2;
		else if (j + 1 < hi && nfq_word_ok(q, j) && (q->tok[j].flags & TF_CAP) &&
			(TCLS(q, &q->tok[j]) & QW_TIME))
			j++;
		/* (and where: "filed Tuesday in Spokane County Superior
		 * Court by", "in state Superior Court in New Brunswick by") */
		for (int w = 0; w < 3 && j + 2 < hi && (tok_is(q, j, "in") || tok_is(q, j, "at") ||
			tok_is(q, j, "with")); w++) {
			int r = j + 1;
			if (r + 1 < hi && nfq_word_ok(q, r) && !(q->tok[r].flags & TF_CAP) &&
				(tok_is(q, r, "state") || tok_is(q, r, "federal") ||
				tok_is(q, r, "the") || tok_is(q, r, "county") || tok_is(q, r, "district")))
				r++;
			if (q->tok[r].run < 0 || q->runs[q->tok[r].run].a != r ||
				q->runs[q->tok[r].run].b >= hi)
				break;
			j = q->runs[q->tok[r].run].b;
		}
	}
	return j + 1 < hi && nfq_word_ok(q, j + 1) && (tok_is(q, j, "from") ||
		tok_is(q, j, "by")) && doc_agent(q, o, j + 1, hi);
}

/* A suit's papers, one document ("filed a lawsuit … the complaint
 * says"). */
static const char *const suit_nouns[] = { "lawsuit", "complaint", "filing",
	"petition", NULL };

/* How many sentences on "the report" still names the document met
 * last: a few; a suit's papers, which a story about the suit cites all
 * through ("The lawsuit, filed Tuesday by the Wandermere Neighbors
 * Alliance, … ¶ … ¶ The complaint states"), a dozen. */
static int doc_reach(const struct nf_quotes *q)
{
	return noun_in(q->doc_word, (size_t)q->doc_wlen, suit_nouns) ? 12 : 3;
}

/* The length of token i's noun without a plural's "s" ("emails": "one
 * email reads"). */
static size_t doc_noun_len(const struct nf_quotes *q, int i)
{
	size_t n = q->tok[i].len;
	return n > 1 && q->text[q->tok[i].off + n - 1] == 's' ? n - 1 : n;
}

/* Is token i's noun, without a plural's "s" ("emails"), the one of the
 * document named last (q->doc_word)? */
static int doc_same_word(const struct nf_quotes *q, int i)
{
	size_t n = doc_noun_len(q, i);
	return (int)n == q->doc_wlen && !memcmp(q->text + q->tok[i].off, q->doc_word, n);
}

/* Is the document at token i's noun the one named last, in the last
 * few sentences, with its owner (nfq_doc_owner)? */
static int doc_known(const struct nf_quotes *q, int i)
{
	return q->doc_wlen && q->doc_age <= doc_reach(q) && q->doc.spk > 0 && doc_same_word(q, i);
}

/* Document w[0..n) (n < sizeof q->doc_word), owned by o, is the one
 * named last, just now; head: it opened its sentence. */
static void doc_last(struct nf_quotes *q, const char *w, size_t n,
	const struct attr *o, int head)
{
	memcpy(q->doc_word, w, n);
	q->doc_wlen = (int)n;
	q->doc_age = 0;
	q->doc_head = head;
	nfq_attr_none(&q->doc);
	nfq_attr_take_speaker(&q->doc, o);
}

/* Document w[0..n) named in this sentence, with its owner o (or none):
 * into the ring of those named (q->docs). */
static void doc_remember(struct nf_quotes *q, const char *w, size_t n,
	const struct attr *o)
{
	struct docmem *d = &q->docs[q->ndocs++ % DOCMEM];
	memcpy(d->word, w, n);
	d->wlen = (int)n;
	d->sent = q->nsent;
	d->times = 1;
	nfq_attr_none(&d->who);
	nfq_attr_take_speaker(&d->who, o);
}

/* The nouns of a study, which a story that keeps naming one calls by
 * any of them ("a state audit released Tuesday …. The report by the
 * Office of the Auditor found …. a letter accompanying the report ….
 * The audit tells a different story"). */
static const char *const study_nouns[] = { "report", "audit", "review",
	"study", "analysis", "assessment", "survey", "evaluation", NULL };

/* The document named w[0..n) last (or a study by another of its
 * nouns), within reach of when it was last named, or NULL. */
static struct docmem *doc_recall(struct nf_quotes *q, const char *w, size_t n)
{
	for (int m = q->ndocs - 1; m >= 0 && m >= q->ndocs - DOCMEM; m--) {
		struct docmem *d = &q->docs[m % DOCMEM];
		/* (a few sentences on, more for one the story keeps
		 * naming: "the report" far from "the US Senate report on
		 * torture", named once, is another) */
		if (q->nsent - d->sent > 2 + (d->times < 9 ? d->times : 9))
			continue;
		if ((d->wlen == (int)n && !memcmp(d->word, w, n)) ||
			(d->times > 1 && noun_in(d->word, (size_t)d->wlen, study_nouns) &&
			noun_in(w, n, study_nouns)) ||
			(noun_in(d->word, (size_t)d->wlen, suit_nouns) &&
			noun_in(w, n, suit_nouns)))
			return d;
	}
	return NULL;
}

/* Each document noun of the sentence lo..hi with its owner in it: a
 * name right before it ("an internal F.B.I. memo", "a Republican
 * National Committee memo"), an agent after it ("sent by Ms. Rourke",
 * "from pollster Hal Petrakis"), or, for one named in an opening phrase
 * ("In a memo to reporters, Gloria Tate wrote …"), the speaker of the
 * sentence's quotation. Remembered for "the memo says" later
 * (nfq_doc_owner). */
void nfq_note_documents(struct nf_quotes *q, int lo, int hi, int had)
{
	for (int i = lo; i < hi; i++) {
		const struct tok *d = &q->tok[i];
		/* "The union sued Metro …. The complaint calls": who sues
		 * filed the complaint, the lawsuit, the filing */
		/* (and who wrote to someone wrote a letter: "the
		 * Association, which wrote to the Ministry on January 14
		 * …. “…,” the letter reads") */
		int wrote_to = d->type == T_WORD && (tok_is(q, i, "wrote") ||
			tok_is(q, i, "writes")) && i + 1 < hi && tok_is(q, i + 1, "to");
		if (d->type == T_WORD && (tok_is(q, i, "sued") || tok_is(q, i, "sues") ||
			wrote_to) && i - 1 >= lo && !(d->flags & TF_INQ)) {
			const char *w = wrote_to ? "letter" : "lawsuit";
			struct attr c;
			nfq_attr_none(&c);
			/* (a relative clause's: "the Association, which wrote
			 * to", "Ms Roe, who sued") */
			int rel = i - 3 >= lo && rel_pronoun_at(q, i - 1) &&
				q->tok[i - 2].type == T_PUNCT && q->tok[i - 2].ch == ',' ?
				q->tok[i - 3].run : -1;
			if (rel >= 0 && q->runs[rel].b == i - 2 && q->runs[rel].kind == R_NONPERSON &&
				!q->runs[rel].place)
				nfq_attr_org(q, &c, rel);
			else if (rel >= 0 && q->runs[rel].b == i - 2 && q->runs[rel].kind == R_PERSON)
				attr_set_person(q, &c, q->runs[rel].pid);
			else
				nfq_clause_subject(q, &c, i - 1, lo);
			if (c.spk > 0 && !c.inherit) {
				doc_last(q, w, strlen(w), &c, 0);
				doc_remember(q, w, strlen(w), &c);
			}
			continue;
		}
		if (d->type != T_WORD || d->len < 4 || d->len > 12 || (d->flags & TF_INQ) ||
			!nfq_doc_noun(q, i))
			continue;
		struct attr o;
		nfq_attr_none(&o);
		int p = i - 1;
		while (p > lo && nfq_word_ok(q, p) && !(q->tok[p].flags & (TF_CAP | TF_POSS)) &&
			!(TCLS(q, &q->tok[p]) & (QW_DET | QW_STOP)) && p > i - 3)
			p--;    /* "an internal memo", "a six-page memo" */
		const struct tok *t = &q->tok[p];
		/* (or its possessor: "The Controller of Budget's report …
		 * The report said") */
		if (p >= lo && p < i && t->run >= 0 && q->runs[t->run].b == p + 1) {
			const struct run *r = &q->runs[t->run];
			if (t->flags & TF_POSS) {
				int h = r->a - 2;    /* "The Controller of Budget's" */
				if (h >= lo && tok_is(q, r->a - 1, "of") && q->tok[h].run >= 0 &&
					q->runs[q->tok[h].run].kind != R_PERSON &&
					!q->runs[q->tok[h].run].place) {
					size_t s;
					nfq_run_name(q, &q->runs[q->tok[h].run], &s);
					size_t e = t->off + t->len - nfq_poss_len(q->text,
						t->off + t->len);
					nfq_attr_name(&o, q->text + s, e - s, NF_SPEAKER_ORG);
				} else if (r->kind != R_MAYBE && !r->place)
					attr_possessor(q, &o, p);
			} else if (r->kind == R_PERSON || r->kind == R_MAYBE)
				attr_set_person(q, &o, r->kind == R_PERSON ? r->pid : -1);
			else if (r->kind == R_NONPERSON && !r->place)
				nfq_attr_org(q, &o, t->run);
		} else if (p >= lo && p < i && tok_is(q, p, "its") && !q->dry) {
			/* "according to its investor presentation": the
			 * body "it" would be */
			struct attr c;
			nfq_attr_none(&c);
			if (nfq_org_its(q, &c, p, lo) && c.spk > 0)
				nfq_attr_take_speaker(&o, &c);
		} else if (p >= lo && p < i && (t->flags & TF_POSS) && !(t->flags & TF_CAP) &&
			nfq_word_ok(q, p) && (nfq_org_noun(q, p) || (p - 1 >= lo &&
			tok_is(q, p - 1, "the")))) {
			/* (or a noun a body's name ends in: "the
			 * collaborative’s report") */
			/* "The group's post on Facebook …. The post added": a
			 * body's noun as the possessor */
			struct attr c;
			nfq_attr_none(&c);
			if (nfq_org_by_noun(q, &c, p, lo) && c.spk > 0)
				nfq_attr_take_speaker(&o, &c);
		}
		/* past an agent that names no one: "The analysis, by more
		 * than 60 scientists coordinated by the Rowan Centre" */
		for (int j = i + 1; o.spk < 0 && j + 1 < hi && j < i + 9 &&
			q->tok[j].type != T_MARK; j++)
			if ((tok_is(q, j, "by") || tok_is(q, j, "from")) &&
				nfq_word_ok(q, j + 1)) {
				if (tok_is(q, j, "by") && nfq_word_in(q, j - 1, doc_got))
					break;    /* "obtained by CNN": not its writer */
				if (doc_agent(q, &o, j + 1, hi))
					break;
			}
		/* "The lawsuit, filed Tuesday in Spokane County Superior
		 * Court by the Wandermere Neighbors Alliance,": its writer
		 * past when and where it was made */
		if (o.spk < 0 && i + 2 < hi) {
			int j = i + 1;
			if (q->tok[j].type == T_PUNCT && q->tok[j].ch == ',')
				j++;
			doc_writer(q, &o, j, hi);
		}
		/* "X sought to play it down in a memo sent to donors", "The
		 * group told donors in a memo", "announced it in a blog
		 * post": the clause's subject wrote it; "In a statement
		 * Thursday, the City of Thunder Bay said": the subject after
		 * the phrase that opens the sentence */
		int in = p;
		if (in > lo && nfq_word_ok(q, in) && !(q->tok[in].flags & TF_CAP) &&
			!(TCLS(q, &q->tok[in]) & QW_DET) && !nfq_word_in(q, in, owner_words))
			in--;    /* "in a six-page memo" */
		if (o.spk < 0 && in > lo && in < i && nfq_word_ok(q, in) &&
			((TCLS(q, &q->tok[in]) & QW_DET) || nfq_word_in(q, in, owner_words)) &&
			!(q->tok[in].flags & TF_POSS) &&
			nfq_word_ok(q, in - 1) && tok_is(q, in - 1, "in")) {
			struct attr c;
			nfq_attr_none(&c);
			if (in - 1 == lo && (tok_is(q, in, "a") || tok_is(q, in, "an") ||
				((tok_is(q, in, "the") || nfq_word_in(q, in, owner_words)) &&
				!doc_known(q, i)))) {
				/* (a new document: "In the letter" is one met
				 * before, its owner known; unless none is: "In the
				 * report, the charity asks") */
				int j = i + 1;    /* (past "sent to the company
						   * last week and reviewed by Axios") */
				while (j < hi && j < i + 14 && q->tok[j].type == T_WORD)
					j++;
				if (j + 1 < hi && q->tok[j].type == T_PUNCT && q->tok[j].ch == ',')
					for (int v = j + 1; v < hi && v < j + 14; v++)
						if (!(q->tok[v].flags & TF_INQ) && nfq_cue_at(q, v, j + 1) == 1 &&
							!(TCLS(q, &q->tok[v]) & QW_CUE_ING)) {
							nfq_subject_left(q, &c, v - 1, j + 1, v);
							break;
						}
				/* "In the report, the charity asks": a body's
				 * noun opening the clause, whatever its verb */
				if (c.spk <= 0 && j + 2 < hi && q->tok[j].type == T_PUNCT &&
					q->tok[j].ch == ',' && tok_is(q, j + 1, "the") &&
					(nfq_org_noun(q, j + 2) == 1 || nfq_org_noun(q, j + 2) == 2))
					nfq_subject_left(q, &c, j + 2, j + 1, -1);
				/* "the City of Thunder Bay said": the name with its
				 * place */
				int k = j + 1 + (j + 2 < hi && tok_is(q, j + 1, "the"));
				int ri = c.spk > 0 && k < hi ? q->tok[k].run : -1;
				int e = ri >= 0 && q->runs[ri].a == k &&
					q->runs[ri].kind == R_NONPERSON ?
					nfq_of_name_end(q, q->runs[ri].b, hi) : -1;
				if (ri >= 0 && e > q->runs[ri].b)
					nfq_attr_name(&c, q->text + q->tok[k].off, q->tok[e - 1].off +
						q->tok[e - 1].len - q->tok[k].off, NF_SPEAKER_ORG);
			} else if (in - 1 > lo && !tok_is(q, in, "the")) {
				/* (a new one: "said in a statement"; not "the
				 * allegations in the lawsuit", met before; or
				 * between commas after the subject: "The Ministry
				 * of Planning, in its latest quarterly review,") */
				int cs = in - 2;
				if (q->tok[cs].type == T_PUNCT && q->tok[cs].ch == ',' && cs - 1 > lo &&
					q->tok[cs - 1].run >= 0)
					cs--;
				nfq_clause_subject(q, &c, cs, lo);
			}
			if (c.spk > 0 && !c.inherit)
				nfq_attr_take_speaker(&o, &c);
		}
		/* "the Campaign Integrity Project, filed a complaint", "The
		 * group released a report": who files or issues it wrote it */
		if (o.spk < 0) {
			struct attr c;
			if (doc_issuer(q, &c, i, lo))
				nfq_attr_take_speaker(&o, &c);
		}
		if (o.spk < 0 && !q->dry)
			doc_body_noun(q, &o, i, lo);    /* "A council report" */
		if (o.spk < 0 && had && q->lq.spk > 0 && i < lo + 6 &&
			tok_is(q, lo, "in"))
			nfq_attr_take_speaker(&o, &q->lq);
		size_t n = doc_noun_len(q, i);
		if (n >= sizeof q->doc_word)
			continue;
		/* (one new and unowned hides an older one of its noun: "a
		 * new report … the report says"; "the report" again keeps
		 * the one met before in mind: "according to the report") */
		if (o.spk > 0 || (p >= lo && (tok_is(q, p, "a") || tok_is(q, p, "an") ||
			tok_is(q, p, "another"))))
			doc_remember(q, q->text + q->tok[i].off, n, &o);
		else if (p >= lo && tok_is(q, p, "the")) {
			struct docmem *m = doc_recall(q, q->text + q->tok[i].off, n);
			if (m) {
				m->sent = q->nsent;
				m->times++;
			}
			/* (and the document named last: "The audit makes nine
			 * recommendations …. It also notes") */
			if (m && m->who.spk > 0)
				doc_last(q, m->word, (size_t)m->wlen, &m->who, p == lo);
		}
		if (o.spk <= 0)
			continue;
		doc_last(q, q->text + q->tok[i].off, n, &o, i <= lo + 7 &&
			(nfq_np_start(q, i, lo) <= lo + 1 || (p >= lo && t->run >= 0 &&
			q->runs[t->run].a <= lo + 1)));
	}
}


/* "“…,” the memo says", "one email reads": the owner of the document
 * the story named last with that noun (k, after "the", "one", "that").
 * 1 when there is one. */
int nfq_doc_owner(struct nf_quotes *q, struct attr *a, int k)
{
	if (k < 1 || !nfq_word_in(q, k, doc_nouns) || !(tok_is(q, k - 1, "the") ||
		tok_is(q, k - 1, "one") ||
		tok_is(q, k - 1, "that") || tok_is(q, k - 1, "another")))
		return 0;
	/* named within the last few sentences: "the report" far from "the
	 * US Senate report on torture" is another; "the document":
	 * whichever the story named last; a suit's papers are one ("filed
	 * a lawsuit … the complaint says") */
	if (!q->doc_wlen || q->doc_age > doc_reach(q) || (!tok_is(q, k, "document") &&
		!doc_same_word(q, k) && !(nfq_word_in(q, k, suit_nouns) &&
		noun_in(q->doc_word, (size_t)q->doc_wlen, suit_nouns)))) {
		/* else one named before it with that noun, in the last
		 * few sentences ("The report by the Office of the Auditor
		 * found …. a letter accompanying the report …. according
		 * to the report. “…,” the report states") */
		const struct docmem *d = doc_recall(q, q->text + q->tok[k].off,
			doc_noun_len(q, k));
		if (!d || d->who.spk <= 0)
			return 0;
		nfq_attr_take_speaker(a, &d->who);
		/* (the document named last now, for "It also argued") */
		if (q->dry)
			return 1;
		doc_last(q, d->word, (size_t)d->wlen, &d->who, 0);
		q->doc_said = q->nsent;
		return 1;
	}
	nfq_attr_take_speaker(a, &q->doc);
	q->doc_said = q->nsent;
	return a->spk > 0;
}

/* Is token i, which ends in "ed" (nfq_ask_verb), a verb of asking? */
int nfq_ask_verb_in(const struct nf_quotes *q, int i)
{
	static const char *const asks[] = { "asked", "pressed", "questioned",
		"quizzed", NULL };
	return nfq_word_in(q, i, asks);
}

/* At a sentence's end: the person named right after its verb of asking
 * (q->ask_tok), for "His answer:" after it. */
void nfq_note_asked(struct nf_quotes *q, int lo, int hi)
{
	int i = q->ask_tok;
	q->ask_tok = -1;
	if (i < lo || i + 1 >= hi)
		return;
	const struct tok *t = &q->tok[i + 1];
	if (t->type == T_WORD && t->pid >= 0 && !(t->flags & TF_INQ) &&
		t->run >= 0 && !(TCLS(q, t) & (QW_PRON_M | QW_PRON_F))) {
		q->asked_pid = t->pid;
		q->asked_sent = q->nsent;
	}
}

/* "Price’s response: “…”", "His answer: “Yes.”": a sentence that opens
 * on a possessor and a noun of something said, then a colon (lo..e, e
 * the noun): the possessor speaks. 1 when it does. */
int nfq_poss_leadin(struct nf_quotes *q, struct attr *a, int lo, int e)
{
	static const char *const said_nouns[] = { "response", "answer", "reply",
		"retort", "reaction", "message", "verdict", "explanation", "advice",
		"comment", "take", "conclusion", "argument", "pitch", "plea",
		"promise", "warning", "prediction", "assessment", "rebuttal",
		"riposte", "comeback", "words", "view", "diagnosis", "shot",
		"quip", "line", "pledge", NULL };    /* "parting shot" */
	if (e <= lo || e > lo + 3 || !nfq_word_in(q, e, said_nouns))
		return 0;
	int i = e - 1;    /* "Price's blunt response" */
	while (i > lo && nfq_word_ok(q, i) && !(q->tok[i].flags & (TF_CAP | TF_POSS)) &&
		!(TCLS(q, &q->tok[i]) & (QW_DET | QW_STOP)))
		i--;
	int ps = i;    /* the possessor's first token */
	if (q->tok[i].run >= 0)
		ps = q->runs[q->tok[i].run].a;
	if (ps == lo + 1 && tok_is(q, lo, "the") && !(q->tok[i].flags & TF_CAP))
		ps = lo;    /* "The senator's verdict:" */
	if (ps != lo || !nfq_word_ok(q, i))
		return 0;
	if (q->tok[i].flags & TF_POSS) {
		if (!attr_possessor(q, a, i))
			return 0;
	} else {
		int g = tok_is(q, i, "his") ? 1 : tok_is(q, i, "her") ? 2 : 0;
		if (!g)
			return 0;
		int pid = nfq_salient_pronoun(q, g);
		/* "“…?” Mr. Hammer asked. His answer: “Yes.”": an answer is
		 * the one asked's, not the last speaker's */
		static const char *const answers[] = { "answer", "reply",
			"response", "retort", "rebuttal", "riposte", "comeback", NULL };
		/* "Mr. Hammer asked Mr. Ridley whether he expected further
		 * leaks. The director did not hesitate. His answer:" */
		if (nfq_word_in(q, e, answers) && q->asked_pid >= 0 &&
			q->nsent - q->asked_sent <= 2 && q->pers[q->asked_pid].used &&
			(!q->pers[q->asked_pid].gender || q->pers[q->asked_pid].gender == g))
			pid = q->asked_pid;
		else if (pid >= 0 && nfq_word_in(q, e, answers) && q->lq.spk > 0 &&
			nfq_attr_is_person(q, &q->lq, pid)) {
			int other = -1;
			for (int m = 0; m < 8 && q->mru[m] && other < 0; m++) {
				const struct person *p = &q->pers[q->mru[m] - 1];
				if (q->mru[m] - 1 != pid && p->used && p->gender == g)
					other = q->mru[m] - 1;
			}
			pid = other;
		}
		attr_set_person(q, a, pid);
		if (a->spk < 0)
			return 0;
	}
	attr_set_source(q, a, lo, e);
	return 1;
}

/* ---------- attribution ---------- */

void nfq_attr_none(struct attr *a)
{
	memset(a, 0, sizeof *a);
	a->spk = -1;
	a->cuelen = -1;
	a->cue_tok = -1;
	a->rolelen = -1;
	a->srclen = -1;
	a->src_s = a->src_e = -1;
}

void nfq_attr_person(struct nf_quotes *q, struct attr *a, int pid)
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

int nfq_attr_is_person(const struct nf_quotes *q, const struct attr *a, int pid)
{
	return pid >= 0 && a->spk == q->pers[pid].len &&
		!memcmp(a->name, q->pers[pid].name, q->pers[pid].len);
}

/* The speaker, its type and role (not the source: a quote that takes the
 * speaker of another has none written of its own). */
void nfq_attr_take_speaker(struct attr *dst, const struct attr *src)
{
	dst->spk = src->spk;
	dst->stype = src->spk >= 0 ? src->stype : 0;
	if (src->spk >= 0)
		memcpy(dst->name, src->name, (size_t)src->spk);
	dst->rolelen = src->spk >= 0 ? src->rolelen : -1;
	if (dst->rolelen > 0)
		memcpy(dst->role, src->role, (size_t)src->rolelen);
}

void nfq_attr_take_source(struct attr *dst, const struct attr *src)
{
	dst->srclen = src->srclen;
	if (src->srclen > 0)
		memcpy(dst->src, src->src, (size_t)src->srclen);
	dst->src_s = src->src_s;
	dst->src_e = src->src_e;
}

/* Does s[0..n) hold the string w? */
int nfq_src_has(const char *s, size_t n, const char *w)
{
	size_t m = strlen(w);
	for (size_t j = 0; j + m <= n; j++)
		if (!memcmp(s + j, w, m))
			return 1;
	return 0;
}

/* Does the source as written describe someone who is not named, and
 * say so ("the 87-year-old, who cannot be named for legal reasons", "One
 * resident, who asked not to be named for fear of losing her job")?
 * Then it names nobody, whoever the description might fit, nor the
 * body its member works for ("A senior official at the Trade ministry,
 * who asked not to be named"). A source that opens on a name ("Maria,
 * who asked that her surname not be used") is not one. */
int nfq_unnamed_source(const struct attr *a)
{
	static const char *const unnamed[] = { "not be named", "not to be named",
		"declined to be named", "not be identified", "not to be identified",
		"declined to be identified", "condition of anonymity",
		"requested anonymity", "requesting anonymity", "asked for anonymity",
		"declined to give", "refused to give", "pleaded anonymity", NULL };
	if (a->srclen < 12)
		return 0;
	const char *s = a->src;
	size_t n = (size_t)a->srclen;
	int det = (s[0] >= 'a' && s[0] <= 'z') || !strncmp(s, "The ", 4) ||
		!strncmp(s, "A ", 2) || !strncmp(s, "An ", 3) || !strncmp(s, "One ", 4) ||
		!strncmp(s, "Another ", 8);
	if (!det)
		return 0;
	/* (a spokesman so described still speaks for the body) */
	if (a->stype == NF_SPEAKER_ORG && (nfq_src_has(s, n, "spokes") ||
		nfq_src_has(s, n, "representative")))
		return 0;
	for (int i = 0; unnamed[i]; i++)
		if (nfq_src_has(s, n, unnamed[i]))
			return 1;
	return 0;
}

/* A verb that is a speech verb only with a particle after it: "“…,”
 * Voss shot back", "fired back", "hit back", "pushed back"; "She went
 * on: “…”", "he carried on," "Okafor weighed in:" before a quotation
 * (not "went on to win"). The cue is both words. */
static int particle_verb(const struct nf_quotes *q, int k)
{
	static const char *const verbs[] = { "shot", "shoots", "shoot",
		"fired", "fires", "fire", "hit", "hits", "pushed", "pushes",
		"snapped", "snaps", "wrote", "writes", "answered", "answers",
		"talked", "talks", "roared", "roars", NULL };
	static const char *const on_verbs[] = { "went", "goes", "go",
		"carried", "carries", NULL };
	static const char *const in_verbs[] = { "weighed", "weighs", "chimed",
		"chimes", "jumped", "jumps", "piped", "pipes", NULL };
	/* cheap tests first: every word that is no cue comes here */
	if ((size_t)k + 1 >= q->ntok || q->tok[k + 1].type != T_WORD)
		return 0;
	size_t pl = q->tok[k + 1].len;
	if (pl == 4)
		return tok_is(q, k + 1, "back") && nfq_word_ok(q, k + 1) &&
			nfq_word_in(q, k, verbs);
	/* "As Tom Hale put it, the deal is “dead”": the frame "as X put
	 * it" */
	if (pl == 2 && q->tok[k].len <= 4 && (tok_is(q, k, "put") || tok_is(q, k, "puts")) &&
		tok_is(q, k + 1, "it") && nfq_word_ok(q, k + 1)) {
		for (int j = k - 1; j >= 0 && j > k - 7 && nfq_word_ok(q, j); j--)
			if (tok_is(q, j, "as"))
				return 1;
		return 0;
	}
	return pl == 2 && ((tok_is(q, k + 1, "on") && nfq_word_in(q, k, on_verbs)) ||
		(tok_is(q, k + 1, "in") && nfq_word_in(q, k, in_verbs))) &&
		nfq_word_ok(q, k + 1) &&
		(size_t)k + 2 < q->ntok && ((q->tok[k + 2].type == T_PUNCT &&
		(q->tok[k + 2].ch == ':' || q->tok[k + 2].ch == ',')) ||
		(q->tok[k + 2].type == T_MARK && q->tok[k + 2].quote >= 0));
}

/* A verb that frames the quotation through a particle right before its
 * mark: "calling for “an inquiry”", "referred to “our moat”". The cue
 * is both words. ("described as “reckless”" is not: the sets' writers
 * split on it, "described" alone as often as with "as".) */
static int frame_particle(const struct nf_quotes *q, int k)
{
	static const char *const for_verbs[] = { "called", "calls", "calling",
		"call", NULL };
	static const char *const to_verbs[] = { "referred", "refers",
		"referring", NULL };
	if ((size_t)k + 2 >= q->ntok || q->tok[k + 2].type != T_MARK ||
		q->tok[k + 2].quote < 0 || q->tok[k + 2].role == M_CLOSE ||
		!nfq_word_ok(q, k + 1) || q->tok[k + 1].len > 3)
		return 0;
	return (tok_is(q, k + 1, "for") && nfq_word_in(q, k, for_verbs)) ||
		(tok_is(q, k + 1, "to") && nfq_word_in(q, k, to_verbs));
}

void nfq_attr_set_cue(struct nf_quotes *q, struct attr *a, int k, int n)
{
	if (n == 1 && (particle_verb(q, k) || frame_particle(q, k)))
		n = 2;
	int f = k;    /* the first word written in the cue */
	/* "was quoted as saying": the passive whole is the cue (its verb
	 * stays the cue's token) */
	if (n == 1 && k >= 3 && tok_is(q, k - 1, "as") && tok_is(q, k - 2, "quoted") &&
		nfq_word_ok(q, k - 3) && (TCLS(q, &q->tok[k - 3]) & QW_PASSIVE) &&
		(TCLS(q, &q->tok[k]) & QW_CUE_ING))
		f = k - 3;
	size_t s = q->tok[f].off, e = q->tok[k + n - 1].off +
		q->tok[k + n - 1].len;
	if (e - s > sizeof a->cue)
		e = s + sizeof a->cue;
	memcpy(a->cue, q->text + s, e - s);
	a->cuelen = (int)(e - s);
	a->cue_tok = k;
}

/* Token k a speech verb standing as a verb? Returns its token count (2 for
 * "according to"), 0 if not. */

/* "The report found", "a 2023 study by Aotea Consultants finds": a
 * verb of finding (k, lower case) whose subject, a few words before in
 * its clause, is a document's or a study's noun, reports what it says. */
static int doc_finds(const struct nf_quotes *q, int k, int lo)
{
	static const char *const finds[] = { "found", "finds", "concluded",
		"concludes", NULL };
	if (!nfq_word_in(q, k, finds) || (k - 1 >= lo && nfq_word_ok(q, k - 1) &&
		(TCLS(q, &q->tok[k - 1]) & QW_PASSIVE)))
		return 0;    /* (not "victims were found") */
	/* (past an aside between commas: "The report, released Tuesday
	 * by the City Auditor’s office, found") */
	if (k - 1 > lo && q->tok[k - 1].type == T_PUNCT && q->tok[k - 1].ch == ',')
		for (int c = k - 2; c > lo && c > k - 16; c--) {
			if (q->tok[c].type == T_MARK || (q->tok[c].flags & TF_INQ))
				break;
			if (q->tok[c].type == T_PUNCT && q->tok[c].ch == ',') {
				k = c;
				break;
			}
		}
	for (int i = k - 1; i >= lo && i > k - 9 && nfq_word_ok(q, i); i--)
		if (!(q->tok[i].flags & TF_CAP) && voice_noun(q, i) && nfq_doc_noun(q, i))
			return 1;    /* (the document's nouns hold the studies') */
	return 0;
}

/* Is token i a bare plural noun that may be a clause's subject
 * ("farmers", "Irrigators"): in -s, not -ss, no possessive, no function
 * word, no determiner before it? */
static int plural_before(const struct nf_quotes *q, int i, int lo)
{
	if (i < lo || !nfq_word_ok(q, i))
		return 0;
	const struct tok *t = &q->tok[i];
	const char *w = q->text + t->off;
	/* (a bare plural: "the scientists write" are the ones named) */
	if (i > lo && nfq_word_ok(q, i - 1) && ((TCLS(q, &q->tok[i - 1]) & QW_DET) ||
		(q->tok[i - 1].flags & TF_POSS)))
		return 0;
	return t->len > 4 && w[t->len - 1] == 's' && w[t->len - 2] != 's' &&
		w[t->len - 2] != 'u' && !(t->flags & (TF_POSS | TF_ALLCAPS | TF_INQ)) &&
		(t->run < 0 || (i == lo && q->runs[t->run].a == i && q->runs[t->run].b == i + 1 &&
		q->runs[t->run].kind != R_PERSON)) &&    /* "Farmers say" */
		!(TCLS(q, t) & (QW_STOP | QW_DET | QW_CUE | QW_MODAL |
		QW_PASSIVE | QW_SKIP | QW_TIME | QW_CONJ));
}

/* Is token k "not", "never" or a verb in n't ("doesn’t")? */
static int negation(const struct nf_quotes *q, int k)
{
	const struct tok *t = &q->tok[k];
	const char *w = q->text + t->off;
	if (!nfq_word_ok(q, k))
		return 0;
	return tok_is(q, k, "not") || tok_is(q, k, "never") ||
		(t->len > 3 && !memcmp(w + t->len - 3, "n't", 3)) ||
		(t->len > 5 && !memcmp(w + t->len - 5, "n\xe2\x80\x99t", 5));
}

/* "Nabil Jassim told the paper that the crisis reflected “…”": is the
 * subject of the verb at k, in a clause "that" opens after a verb of
 * speech, a thing (no person's, group's, body's or document's noun)? A
 * thing says nothing of its own; the verb before leads in. */
static int thing_in_that_clause(const struct nf_quotes *q, int k, int lo)
{
	int that = 0;    /* (the cheap test first: a "that" just before) */
	for (int j = k - 2; j > lo && j > k - 8 && !that; j--)
		that = q->tok[j].len == 4 && tok_is(q, j, "that");
	if (!that)
		return 0;
	int h = k - 1;
	while (h > lo && nfq_word_ok(q, h) && (TCLS(q, &q->tok[h]) & QW_SKIP) &&
		!(TCLS(q, &q->tok[h]) & QW_PASSIVE))
		h--;    /* "the crisis also reflected" */
	if (h <= lo || !nfq_word_ok(q, h) || (q->tok[h].flags & (TF_CAP | TF_POSS | TF_DIGIT)) ||
		(TCLS(q, &q->tok[h]) & (QW_STOP | QW_DET | QW_PRON_M | QW_PRON_F | QW_GROUP)) ||
		source_head(q, h) || nfq_doc_noun(q, h) || nfq_org_noun(q, h))
		return 0;
	int j = h - 1;
	while (j > lo && j > h - 5 && nfq_word_ok(q, j) && !(q->tok[j].flags & (TF_CAP | TF_INQ)) &&
		!tok_is(q, j, "that"))
		j--;
	if (j <= lo || !tok_is(q, j, "that"))
		return 0;
	for (int v = j - 1; v >= lo && v > j - 12; v--) {
		if (q->tok[v].type == T_MARK)
			return 0;
		if (nfq_word_ok(q, v) && !(q->tok[v].flags & (TF_CAP | TF_INQ)) &&
			(TCLS(q, &q->tok[v]) & QW_CUE) && !(TCLS(q, &q->tok[v]) & QW_CUE_ING) &&
			nfq_cue_at(q, v, lo) == 1)
			return 1;
	}
	return 0;
}

/* Is there a verb of bidding ("asked", "urged", "called on") before the
 * object that ends at token e, a few words back? */
static int bidding_verb_before(const struct nf_quotes *q, int e, int lo)
{
	static const char *const bids[] = { "asked", "asks", "ask", "urged", "urges",
		"urge", "told", "tells", "tell", "called", "calls", "call",
		"invited", "invites", "ordered", "orders", "encouraged", "encourages",
		"pressed", "presses", "requested", "requests", "begged", "begs",
		"challenged", "challenges", "directed", "directs", "instructed",
		"instructs", "implored", "implores", "pushed", "pushes", NULL };
	for (int j = e; j >= lo && j > e - 6; j--) {
		if (!nfq_word_ok(q, j) || (q->tok[j].flags & TF_INQ))
			return 0;
		if (!(q->tok[j].flags & TF_CAP) && q->tok[j].len >= 3 && nfq_word_in(q, j, bids))
			return j < e;    /* (an object between) */
		if (j < e && (TCLS(q, &q->tok[j]) & QW_CUE) && !(q->tok[j].flags & TF_CAP))
			return 0;
	}
	return 0;
}

int nfq_cue_at(const struct nf_quotes *q, int k, int lo)
{
	const struct tok *t = &q->tok[k];
	if (!nfq_word_ok(q, k))
		return 0;
	if (TCLS(q, t) & QW_ACCORD)
		return (nfq_word_ok(q, k + 1) && tok_is(q, k + 1, "to")) ? 2 : 0;
	if (!(TCLS(q, t) & QW_CUE)) {
		if ((t->len == 5 || t->len == 9) && doc_finds(q, k, lo))
			return 1;    /* "a 2023 report by … found" */
		/* counsel's word in courts of the Commonwealth, with its
		 * clause ("senior advocate X submitted that …"; not "a study
		 * submitted by the developer") */
		if ((t->len == 9 || t->len == 7) && q->text[t->off] == 's' &&
			(size_t)k + 1 < q->ntok && (tok_is(q, k, "submitted") ||
			tok_is(q, k, "submits")) && tok_is(q, k + 1, "that"))
			return 1;
		/* "back", "on", "in" after it */
		return (size_t)k + 1 < q->ntok && (q->tok[k + 1].len == 4 ||
			q->tok[k + 1].len == 2) ? particle_verb(q, k) : 0;
	}
	if ((t->flags & TF_CAP) && !(TCLS(q, t) & QW_CUE_ING))
		return 0;   /* "Said" only as -ing opener: Saying */
	/* a speech denied: "said the agency does not comment on pending
	 * litigation but “…”", "would not say" */
	if (k - 1 >= lo && negation(q, k - 1))
		return 0;
	/* an adjective after a word of degree: "the White House was more
	 * pointed:", "she was very guarded" */
	static const char *const degree[] = { "more", "less", "most", "least",
		"very", "rather", "quite", NULL };
	if (k - 1 >= lo && nfq_word_ok(q, k - 1) && nfq_word_in(q, k - 1, degree) &&
		t->len > 4 && !memcmp(q->text + t->off + t->len - 2, "ed", 2))
		return 0;
	/* a verb in -ing as a noun after a possessor or an article: "the
	 * court's reasoning", "his thinking", "the warning"; and "agreed
	 * on", "agreed to": a decision, no speech */
	if ((TCLS(q, t) & QW_CUE_ING) && k - 1 >= lo && q->tok[k - 1].type == T_WORD &&
		((q->tok[k - 1].flags & TF_POSS) || tok_is(q, k - 1, "the") ||
		tok_is(q, k - 1, "his") || tok_is(q, k - 1, "her") ||
		tok_is(q, k - 1, "its") || tok_is(q, k - 1, "their")))
		return 0;
	if (t->len >= 6 && !memcmp(q->text + t->off, "agree", 5) && (size_t)k + 1 < q->ntok &&
		(tok_is(q, k + 1, "on") || tok_is(q, k + 1, "to") || tok_is(q, k + 1, "upon")))
		return 0;
	/* "workers who failed to report for duty", "reported for work":
	 * one turns up, says nothing */
	if (t->len >= 6 && !memcmp(q->text + t->off, "report", 6) && (size_t)k + 2 < q->ntok &&
		tok_is(q, k + 1, "for") && (tok_is(q, k + 2, "duty") || tok_is(q, k + 2, "work") ||
		tok_is(q, k + 2, "training") || tok_is(q, k + 2, "service")))
		return 0;
	/* a participle as an adjective: "May's proposed deal", "the
	 * alleged plot", "her stated aim" */
	if (!(TCLS(q, t) & (QW_CUE_BASE | QW_CUE_ING)) && k - 1 >= lo &&
		q->tok[k - 1].type == T_WORD && ((q->tok[k - 1].flags & TF_POSS) ||
		((TCLS(q, &q->tok[k - 1]) & QW_DET) && !(TCLS(q, &q->tok[k - 1]) &
		(QW_PRON_M | QW_PRON_F | QW_GROUP)) && !tok_is(q, k - 1, "that") &&
		!tok_is(q, k - 1, "who") && !tok_is(q, k - 1, "which"))))
		return 0;
	if (!(TCLS(q, t) & QW_CUE_ING) && thing_in_that_clause(q, k, lo))
		return 0;
	/* "despite repeated orders", "amid heightened fears": a participle
	 * after a preposition, before a noun, is an adjective */
	static const char *const adj_preps[] = { "despite", "amid", "after", "with",
		"without", "over", "against", "following", "of", NULL };
	if (!(TCLS(q, t) & (QW_CUE_BASE | QW_CUE_ING)) && k - 1 >= lo &&
		nfq_word_in(q, k - 1, adj_preps) && (size_t)k + 1 < q->ntok &&
		nfq_word_ok(q, k + 1) && !(q->tok[k + 1].flags & TF_CAP) &&
		!(TCLS(q, &q->tok[k + 1]) & (QW_STOP | QW_DET | QW_MODAL)) &&
		(TCLS(q, &q->tok[k + 1]) & (QW_CUE | QW_CUE_BASE)) != QW_CUE)
		return 0;    /* (a noun that is a verb's -s form too: "orders") */
	/* "Faizal said the payments would be credited “by the end of this
	 * week”": a verb in the passive with no agent, in a clause that a
	 * verb of speech before it leads, is part of what was said (but
	 * a verb of naming: "are called “mods” by the engine") */
	if (!(TCLS(q, t) & (QW_CUE_BASE | QW_CUE_ING | QW_CUE_NAME)) && k - 2 >= lo &&
		nfq_word_ok(q, k - 1) && (TCLS(q, &q->tok[k - 1]) & QW_PASSIVE) &&
		!((size_t)k + 1 < q->ntok && tok_is(q, k + 1, "by")))
		for (int j = k - 2; j >= lo && q->tok[j].type != T_MARK; j--)
			if (q->tok[j].type == T_WORD && !(q->tok[j].flags & TF_INQ) &&
				(TCLS(q, &q->tok[j]) & QW_CUE) && !(TCLS(q, &q->tok[j]) & QW_CUE_ING) &&
				!(q->tok[j].flags & TF_CAP) && nfq_cue_at(q, j, lo) == 1)
				return 0;
	if (TCLS(q, t) & QW_CUE_BASE) {
		if (k - 1 < lo || q->tok[k - 1].type != T_WORD)
			return 0;
		uint32_t pc = TCLS(q, &q->tok[k - 1]);
		/* "in its motion to dismiss", "a bid to deny": an
		 * infinitive a noun of acting governs says nothing */
		static const char *const acts[] = { "motion", "bid", "attempt",
			"effort", "move", "plan", "decision", "vote", "request", "push",
			"order", "application", "petition", "offer", "proposal",
			"refusal", "right", "power", "authority", "efforts", "attempts",
			"plans", "bids", "moves", NULL };
		if (tok_is(q, k - 1, "to") && k - 2 >= lo && nfq_word_ok(q, k - 2) &&
			!(q->tok[k - 2].flags & TF_CAP) && nfq_word_in(q, k - 2, acts))
			return 0;
		/* "she asked the office to explain “…”", "urged residents to
		 * report “…”", "called on the minister to explain": the one
		 * bidden does not say it; the one who bids does (the verb
		 * before the object) */
		if (tok_is(q, k - 1, "to") && bidding_verb_before(q, k - 2, lo))
			return 0;
		/* "the media is partly to blame": "to" after a copula */
		if (tok_is(q, k - 1, "to") && k - 2 >= lo) {
			int c = k - 2;
			while (c > lo && nfq_word_ok(q, c) && (((TCLS(q, &q->tok[c]) & QW_SKIP) &&
				!(TCLS(q, &q->tok[c]) & QW_PASSIVE)) || ly_adverb(q, c)))
				c--;
			if (nfq_word_ok(q, c) && (TCLS(q, &q->tok[c]) & QW_PASSIVE))
				return 0;
		}
		if (pc & QW_MODAL) {
			/* "channelled funds to states, and that …": an -s
			 * form after "to" or "will" is a noun ("discuss",
			 * "focus" are base forms) */
			const char *w = q->text + t->off;
			return !(t->len > 3 && w[t->len - 1] == 's' && w[t->len - 2] != 's' &&
				w[t->len - 2] != 'u' && w[t->len - 2] != 'i');
		}
		if (pc & (QW_DET | QW_PASSIVE))
			return 0;
		if (q->tok[k - 1].flags & TF_POSS)
			return 0;
		/* "Her prepared remarks read", "his latest comments": a
		 * noun after an owner and a word in -ed or -est */
		if (k - 2 >= lo && nfq_word_ok(q, k - 2) && ((q->tok[k - 2].flags & TF_POSS) ||
			nfq_word_in_ci(q, k - 2, owner_words)) && !(pc & (QW_CUE | QW_STOP)) &&
			q->tok[k - 1].len > 4 && (!memcmp(q->text + q->tok[k - 1].off +
			q->tok[k - 1].len - 2, "ed", 2) || !memcmp(q->text +
			q->tok[k - 1].off + q->tok[k - 1].len - 3, "est", 3)))
			return 0;
		/* the base form after a plural subject: "Farmers say",
		 * "Irrigators in Victoria’s north-west say" */
		static const char *const group_says[] = { "say", "warn", "argue",
			"claim", "insist", "complain", "contend", "predict", "allege", NULL };
		if (nfq_word_in(q, k, group_says)) {
			if (plural_before(q, k - 1, lo))
				return 1;
			for (int j = k - 2; j > lo && j > k - 7 && nfq_word_ok(q, j); j--)
				if (tok_is(q, j, "in") || tok_is(q, j, "from") ||
					tok_is(q, j, "across") || tok_is(q, j, "at") ||
					tok_is(q, j, "near") || tok_is(q, j, "outside")) {
					if (plural_before(q, j - 1, lo))
						return 1;
					break;
				}
		}
		/* the base form after a plural of a voice's noun: "the
		 * agency's guidelines say", "court documents state" */
		static const char *const docs_say[] = { "say", "state", "note",
			"warn", "claim", "allege", "argue", "read", NULL };
		if (voice_plural(q, k - 1) && nfq_word_in(q, k, docs_say))
			return 1;
		/* -s forms after a subject: "Ukraine says", "his
		 * administration describes", not "latest remarks" */
		char last = q->text[t->off + t->len - 1];
		if (last != 's')
			return 0;
		if ((q->tok[k - 1].flags & TF_CAP) ||
			(pc & (QW_PRON_M | QW_PRON_F | QW_SKIP)))
			return 1;
		/* a voice's noun before it: "the agency's report states" */
		if (!(q->tok[k - 1].flags & TF_CAP) && voice_noun(q, k - 1))
			return 1;
		/* a determiner, not a preposition, before the subject:
		 * "for security reasons" is a noun phrase */
		if (!(pc & QW_STOP) && k - 2 >= lo && nfq_word_ok(q, k - 2) &&
			(TCLS(q, &q->tok[k - 2]) & QW_DET) &&
			!(q->tok[k - 2].flags & TF_POSS) && !nfq_word_in(q, k - 2, nfq_preps))
			return 1;
		return 0;
	}
	return 1;
}

/* A verb of reading ("read", "reads") as the verb of the quotation
 * beside it: lower case, not after a determiner. */
static int adjacent_cue(const struct nf_quotes *q, int k)
{
	const struct tok *t = &q->tok[k];
	if (!nfq_word_ok(q, k) || (t->flags & TF_CAP) ||
		!(TCLS(q, t) & QW_CUE_ADJ))
		return 0;
	return k == 0 || !nfq_word_ok(q, k - 1) ||
		!(TCLS(q, &q->tok[k - 1]) & (QW_DET | QW_MODAL)) ||
		tok_is(q, k - 1, "that") || tok_is(q, k - 1, "which");
}

/* Do the tokens between the verb at k and the quotation's mark at o
 * say only "in part" ("reads in part:", "read, in part,")? */
static int in_part_between(const struct nf_quotes *q, int k, int o)
{
	int i = k + 1;
	if (i < o && q->tok[i].type == T_PUNCT && q->tok[i].ch == ',')
		i++;
	if (i + 1 >= o || !tok_is(q, i, "in") || !tok_is(q, i + 1, "part"))
		return 0;
	i += 2;
	if (i < o && q->tok[i].type == T_PUNCT && (q->tok[i].ch == ',' ||
		q->tok[i].ch == ':'))
		i++;
	return i == o;
}

/* A verb of reading at k that leads in the next paragraph's quotation
 * from the end of its sentence (hi, past the colon): "Her prepared
 * remarks … read in part: ¶ “…”", "The letter reads: ¶ “…”". */
int nfq_reading_lead(const struct nf_quotes *q, int k, int hi)
{
	return hi - 1 > k && q->tok[hi - 1].type == T_PUNCT && q->tok[hi - 1].ch == ':' &&
		(hi - 2 == k || in_part_between(q, k, hi)) && adjacent_cue(q, k);
}

/* A verb of giving with the quotation as its object, owned: "gave its
 * “deepest sympathies”", "offered his “condolences”" (k is the verb,
 * the quotation opens two tokens after it). */
static int giving_cue(const struct nf_quotes *q, int k)
{
	const struct tok *t = &q->tok[k];
	return nfq_word_ok(q, k) && !(t->flags & TF_CAP) &&
		(TCLS(q, t) & QW_CUE_GIVE) && nfq_word_in(q, k + 1, owner_words);
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
	if (!nfq_word_ok(q, k) || !(TCLS(q, &q->tok[k]) & QW_ROLE))
		return -1;
	int i = k - 1;
	while (i >= lo && nfq_word_ok(q, i) && ((TCLS(q, &q->tok[i]) & QW_TITLE) ||
		nfq_age_word(q, i)) &&    /* "the 47-year-old congresswoman" */
		!(TCLS(q, &q->tok[i]) & QW_DET) && k - i < 4)
		i--;
	if (i >= lo && nfq_word_ok(q, i) && tok_is(q, i, "the"))
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
static int clause_org(struct nf_quotes *q, int ri, int lo)
{
	if (nfq_org_subject_run(q, ri, lo))
		return 1;
	/* "In the filing itself Ford also made this point, writing": a
	 * body's name inside the clause, its verb right after it (not the
	 * object of a preposition or a determiner) */
	const struct run *r = &q->runs[ri];
	return r->kind == R_NONPERSON && !r->place && r->a > lo &&
		nfq_word_ok(q, r->a - 1) && !(q->tok[r->a - 1].flags & TF_CAP) &&
		!(TCLS(q, &q->tok[r->a - 1]) & QW_DET) && !nfq_word_in(q, r->a - 1, nfq_preps) &&
		!tok_is(q, r->a - 1, "to") && !tok_is(q, r->a - 1, "than") &&
		!tok_is(q, r->a - 1, "as") &&
		!(q->tok[r->b - 1].flags & TF_POSS) &&
		(size_t)r->b < q->ntok && nfq_word_ok(q, r->b) && !(q->tok[r->b].flags & TF_CAP) &&
		(TCLS(q, &q->tok[r->b]) & (QW_SKIP | QW_CUE | QW_MODAL | QW_PASSIVE));
}

/* May token b start a verb phrase after a subject: a comma, an
 * auxiliary, a speech verb, a word in -ed or -s ("Amman, who …",
 * "Obama acknowledged", "Roe was blunt")? Not a noun run on from a
 * heading ("Worst part of the job:", "Job satisfaction:"). */
int nfq_verb_may_follow(const struct nf_quotes *q, int b, int k)
{
	if (b > k || !nfq_word_ok(q, b))
		return b <= k && q->tok[b].type == T_PUNCT && q->tok[b].ch == ',';
	const struct tok *t = &q->tok[b];
	const char *w = q->text + t->off;
	return (t->flags & TF_CAP) || (TCLS(q, t) & (QW_CUE | QW_CUE_BASE | QW_PASSIVE |
		QW_SKIP | QW_MODAL)) || w[t->len - 1] == 's' ||
		(t->len > 3 && w[t->len - 2] == 'e' && w[t->len - 1] == 'd');
}

/* Does a comma open an apposition that ends at token k (", the
 * Campaign Integrity Project" with k on "the", or ", Tom Reyes")? */
static int appos_comma(const struct nf_quotes *q, int k)
{
	if (k > 0 && tok_is(q, k, "the"))
		k--;
	return k >= 0 && q->tok[k].type == T_PUNCT && q->tok[k].ch == ',';
}

/* The subject of the clause that a participle or "and" hangs on: the
 * first person or organisation of the sentence before token k, or the
 * speaker of a quote closed there. */
void nfq_clause_subject(struct nf_quotes *q, struct attr *a, int k, int lo)
{
	int first = -1, saw_quote = 0;
	/* "It also credited Leonov …, noting": a pronoun opening the
	 * sentence is its subject */
	if (lo <= k && nfq_word_ok(q, lo) && (nfq_org_pronoun(q, a, lo, lo) ||
		((TCLS(q, &q->tok[lo]) & (QW_PRON_M | QW_PRON_F)) &&
		q->tok[lo].pid >= 0 && (attr_set_person(q, a, q->tok[lo].pid), 1)))) {
		attr_set_source(q, a, lo, lo);
		return;
	}
	for (int i = k; i >= lo; i--) {
		const struct tok *t = &q->tok[i];
		if (t->type == T_MARK && t->quote >= 0 && t->role == M_CLOSE) {
			saw_quote = 1;     /* look past it: "X gave “Q1” and said" */
			continue;
		}
		if (t->flags & TF_INQ)
			continue;
		if (t->run >= 0 && (size_t)q->runs[t->run].b < q->ntok &&
			q->runs[t->run].b <= k && nfq_org_noun(q, q->runs[t->run].b) == 3 &&
			!(q->tok[q->runs[t->run].b - 1].flags & TF_POSS) &&
			(q->runs[t->run].kind != R_NONPERSON || q->runs[t->run].place))    /* not "His campaign" */
			first = q->runs[t->run].b;   /* "The Biden campaign …, accusing" */
		else if ((t->pid >= 0 && !(t->flags & TF_POSS)) || (t->run >= 0 &&
			clause_org(q, t->run, lo)))
			first = t->run >= 0 ? q->runs[t->run].a : i;
		else if (t->run < 0 && i <= lo + 4 && (nfq_org_noun(q, i) == 1 ||
			nfq_org_noun(q, i) == 2) && nfq_np_start(q, i, lo) >= 0 &&
			(nfq_np_start(q, i, lo) == lo || nfq_np_start(q, i, lo) == lo + 1) &&
			!(first > i && q->tok[first].run >= 0 &&
			q->runs[q->tok[first].run].kind == R_NONPERSON &&
			(first == i + 1 || appos_comma(q, first - 1))))
			first = i;   /* "The ministry said …, adding"; but "A
				      * watchdog group, the Campaign Integrity
				      * Project, filed", "advocacy group Harbour
				      * Light Collective welcomed": the name */
		else if (t->run >= 0 && q->runs[t->run].kind == R_MAYBE &&
			q->runs[t->run].a == lo && !(t->flags & TF_POSS) &&
			/* (not a group's plural: "Families forced to sleep
			 * on airport floor: ‘…’") */
			!(q->runs[t->run].b == lo + 1 && (TCLS(q, t) & QW_GROUP)) &&
			nfq_verb_may_follow(q, q->runs[t->run].b, k) &&
			nfq_promote_run(q, t->run) >= 0)
			first = lo;   /* "Amman, who was described as …, and advised" */
		else if (t->run < 0 && i <= lo + 5 && spokes_noun(q, i) &&
			nfq_np_start(q, i, lo) <= lo + 1 && !((size_t)i + 1 < q->ntok &&
			q->tok[i + 1].run >= 0))    /* not "spokesperson Dana Kessler" */
			first = i;   /* "A Labor Department spokesperson declined
				      * to comment but said": whom it speaks for */
		else if (role_np(q, i, lo) >= 0 && !(first > i + 1 &&
			q->tok[first].pid >= 0 && q->tok[first - 1].type == T_PUNCT &&
			q->tok[first - 1].ch == ','))
			first = i;   /* "The president did not concede, and vowed";
				      * but "The mayor of London, Sadiq Khan,
				      * gave …, adding": the name in apposition */
	}
	q->sk = -1;
	if (first < 0) {
		a->inherit = saw_quote;   /* "“Q1,” adding": its speaker */
		return;
	}
	const struct tok *t = &q->tok[first];
	if (t->run < 0 && spokes_noun(q, first)) {
		nfq_subject_left(q, a, first, lo, -1);
		/* the source: the phrase, with "for X" after the noun */
		int e = first;
		if ((size_t)first + 2 < q->ntok && tok_is(q, first + 1, "for")) {
			int r = first + 2 + tok_is(q, first + 2, "the");
			if ((size_t)r < q->ntok && q->tok[r].run >= 0 && q->runs[q->tok[r].run].a == r)
				e = q->runs[q->tok[r].run].b - 1;
		}
		if (a->spk >= 0) {
			attr_set_source(q, a, lo, e);
			q->sk = lo;     /* (for the scan that called: "… but said") */
			q->send = e;
		}
		return;
	}
	if (t->run < 0 && (nfq_attr_government(q, a, first, lo) ||
		nfq_org_of_person(q, a, first) || nfq_org_by_noun(q, a, first, lo))) {
		int s = first - 1 >= lo && q->tok[first - 1].run >= 0 ?
			q->runs[q->tok[first - 1].run].a : nfq_np_start(q, first, lo);
		attr_set_source(q, a, subject_start(q, s >= lo ? s : first, lo), first);
		return;
	}
	if (t->pid >= 0) {
		attr_set_person(q, a, t->pid);
	} else if (t->run < 0) {
		/* by a title, or a word of an apposition ("the chairwoman"
		 * after "Sen. Donna Keel, …, who chairs the committee,") */
		int pid = role_by_head(q, t, 1);
		attr_set_person(q, a, pid >= 0 ? pid : nfq_resolve_desc(q, q->text + t->off,
			t->len, (TCLS(q, t) & QW_MALE) ? 1 : (TCLS(q, t) & QW_FEMALE) ? 2 : 0));
		if (a->spk >= 0)
			attr_set_source(q, a, role_np(q, first, lo), first);
		return;
	} else {
		nfq_attr_org(q, a, t->run);
	}
	if (a->spk >= 0) {
		int e = t->run >= 0 ? q->runs[t->run].b - 1 : first;
		attr_set_source(q, a, subject_start(q, first, lo), e);
	}
}

/* "The Atlantic claimed that …, Trump refused to … and referred to them
 * as “…”": the subject of the verb that "and" joins on is the nearest
 * one at the head of its clause (after a comma or "that"), not the
 * sentence's first; 0 when none stands there. */
/* Do the lower-case words from e on end in an office's word right
 * before a name ("Kuala Langat district officer Mohd Faizal Rahim"), so
 * that the name before them modifies the office? */
int nfq_role_before_name(const struct nf_quotes *q, int e)
{
	for (int i = e; (size_t)i + 1 < q->ntok && i < e + 3 && nfq_word_ok(q, i) &&
		!(q->tok[i].flags & (TF_CAP | TF_POSS)) &&
		!(TCLS(q, &q->tok[i]) & (QW_STOP | QW_DET | QW_CUE)); i++)
		if ((TCLS(q, &q->tok[i]) & (QW_TITLE | QW_ROLE)) && q->tok[i + 1].run >= 0 &&
			(q->tok[i + 1].flags & TF_CAP))
			return 1;
	return 0;
}

static int conj_subject(struct nf_quotes *q, struct attr *a, int k, int lo)
{
	for (int i = k; i > lo; i--) {
		const struct tok *t = &q->tok[i];
		if (t->type == T_MARK || (t->flags & TF_INQ) || t->type != T_WORD ||
			t->pid < 0 || (t->flags & TF_POSS) ||
			(t->run >= 0 && q->runs[t->run].a != i))
			continue;
		int f = i;
		while (f - 1 > lo && nfq_word_ok(q, f - 1) && !(q->tok[f - 1].flags & TF_CAP) &&
			(TCLS(q, &q->tok[f - 1]) & QW_TITLE))
			f--;
		const struct tok *p = &q->tok[f - 1];
		if (!((p->type == T_PUNCT && p->ch == ',') || tok_is(q, f - 1, "that")))
			continue;
		/* not the name in an apposition or a list: a verb follows */
		int e = t->run >= 0 ? q->runs[t->run].b : i + 1;
		while ((size_t)e < q->ntok && nfq_word_ok(q, e) && (TCLS(q, &q->tok[e]) & QW_SKIP))
			e++;
		if ((size_t)e >= q->ntok || !nfq_word_ok(q, e) || (q->tok[e].flags & TF_CAP) ||
			(TCLS(q, &q->tok[e]) & (QW_DET | QW_STOP | QW_CONJ)) ||
			/* (a name before a noun modifies it: "Kendrick
			 * spokesperson Kayla Brandt said") */
			((TCLS(q, &q->tok[e]) & (QW_TITLE | QW_ROLE)) && !(TCLS(q, &q->tok[e]) & QW_CUE)) ||
			nfq_role_before_name(q, e))
			continue;
		attr_set_person(q, a, t->pid);
		attr_set_source(q, a, subject_start(q, i, lo), e - 1);
		return 1;
	}
	return 0;
}

/* "In a statement signed by its director, Mr. Sam Tetteh, COCOBOD said
 * it was “…”, and assured lenders …": the subject of the speech verb
 * before the conjunction (an organisation too), when a name stands
 * right before that verb; 0 when none does. */
static int conj_cue_subject(struct nf_quotes *q, struct attr *a, int k, int lo)
{
	for (int j = k; j > lo; j--) {
		const struct tok *t = &q->tok[j];
		if (t->type != T_WORD || (t->flags & TF_INQ) || nfq_cue_at(q, j, lo) != 1 ||
			(TCLS(q, t) & QW_CUE_ING))
			continue;
		if (q->tok[j - 1].run < 0 || q->runs[q->tok[j - 1].run].b != j)
			return 0;
		struct attr s;
		nfq_attr_none(&s);
		nfq_subject_left(q, &s, j - 1, lo, j);
		q->sk = -1;    /* the source is the verb's subject, set here */
		if (s.spk < 0 || s.inherit)
			return 0;
		nfq_attr_take_speaker(a, &s);
		nfq_attr_take_source(a, &s);
		return 1;
	}
	return 0;
}

/* The comma, dash, bracket or semicolon nearest before token k (within
 * 24 tokens and this side of any quotation), or -1. */
static int comma_before(const struct nf_quotes *q, int k, int lo)
{
	for (int i = k - 1; i >= lo && i >= k - 24; i--) {
		/* a bracket's aside inside the apposition ("the head of the
		 * National Institute (INGD) in Zambezia,"): past it */
		if (q->tok[i].type == T_PUNCT && q->tok[i].ch == ')') {
			int o = find_paren_open(q, i, lo > k - 24 ? lo : k - 24);
			if (o > lo) {
				i = o;
				continue;
			}
		}
		if (q->tok[i].type == T_PUNCT && (q->tok[i].ch == ',' ||
			q->tok[i].ch == '-' || q->tok[i].ch == '(' ||
			q->tok[i].ch == ';'))
			return i;
		if (q->tok[i].type == T_MARK && q->tok[i].quote >= 0) {
			/* a partial quotation inside a relative clause ("Tom
			 * Hale, who called the plan “a gift” last week, said"):
			 * past it to the comma before */
			const struct wq *w = &q->wq[q->tok[i].quote];
			if (w->close_tok == i && w->open_tok >= lo &&
				w->open_tok < i && w->prev_kind != PK_NONE &&
				w->prev_kind != PK_COMMA && w->prev_kind != PK_PAREN) {
				i = w->open_tok;
				continue;
			}
			break;
		}
	}
	return -1;
}

/* Does a person's name (or an organisation's, not a place's) end right
 * before the punctuation at token c? */
static int name_ends_at(struct nf_quotes *q, int c, int lo)
{
	int pr = c - 1 >= lo ? q->tok[c - 1].run : -1;
	return pr >= 0 && q->runs[pr].b == c &&
		(q->runs[pr].kind == R_PERSON || q->runs[pr].kind == R_MAYBE ||
		(q->runs[pr].kind == R_NONPERSON && !q->runs[pr].place &&
		!(TCLS(q, &q->tok[c - 1]) & QW_TIME)));    /* not "on Monday," */
}

/* Do tokens s..e-1, between commas after a name, read as its apposition?
 * Lower case first ("52", "accepting the award", "director of news for
 * AFP"), a party tag ("R-Texas"), a possessive name first ("Sweden's
 * foreign minister", "Glastonbury's green issues organiser"), or a
 * lower-case noun last after capitalised words ("Panama coach", "Arsenal
 * manager"): a name's apposition, never a name of its own. */
static int appos_after_name(const struct nf_quotes *q, int s, int e)
{
	if (s >= e || !nfq_word_ok(q, s))
		return 0;
	const struct tok *t = &q->tok[s];
	if (!(t->flags & TF_CAP) || (t->flags & TF_DIGIT) || nfq_party_tag(q, s))
		return 1;
	int i = s;
	while (i < e && nfq_word_ok(q, i) && (q->tok[i].flags & TF_CAP) &&
		!(q->tok[i].flags & TF_POSS))
		i++;
	if (i < e && nfq_word_ok(q, i) && (q->tok[i].flags & TF_POSS) &&
		(q->tok[i].flags & TF_CAP))
		return 1;   /* Sweden's foreign minister */
	if (e - s <= 4 && nfq_word_ok(q, e - 1) &&
		!(q->tok[e - 1].flags & TF_CAP) && i < e &&
		!(TCLS(q, &q->tok[e - 1]) & (QW_STOP | QW_DET | QW_CUE |
		QW_CUE_ING | QW_SKIP)))
		return 1;    /* Panama coach */
	/* "Chair In Global Islamic Politics in the Faculty of …": an
	 * office in capitals, then words in lower case */
	if (i < e && (TCLS(q, t) & (QW_TITLE | QW_ROLE)) && !(TCLS(q, t) & QW_ANYFIRST))
		return 1;
	/* "USI associate professor of art history", "NASA senior
	 * scientist": a body's name, then a title in lower case */
	for (int j = i; j < e && j < i + 3 && nfq_word_ok(q, j) &&
		!(q->tok[j].flags & TF_CAP); j++)
		if ((TCLS(q, &q->tok[j]) & (QW_TITLE | QW_ROLE)) &&
			!(TCLS(q, &q->tok[j]) & (QW_STOP | QW_DET | QW_CUE)))
			return 1;
	return 0;
}

/* Is the chunk c+1..k-1 after the comma at c the rest of a name with a
 * list in it: capitalised words both sides of the comma and "and"
 * before a capitalised word ("the Centre for Speech, Language and the
 * Brain", "the Department for Environment, Food and Rural Affairs")? */
static int name_list_rest(const struct nf_quotes *q, int c, int k)
{
	if (c < 1 || !nfq_word_ok(q, c - 1) || !(q->tok[c - 1].flags & TF_CAP) ||
		q->tok[c - 1].pid >= 0)
		return 0;
	for (int i = c + 1; i + 1 < k && i < c + 6; i++) {
		if (!nfq_word_ok(q, i))
			return 0;
		if (tok_is(q, i, "and"))
			return (q->tok[i + 1].flags & TF_CAP) || (tok_is(q, i + 1, "the") &&
				i + 2 < k && (q->tok[i + 2].flags & TF_CAP));
		if (!(q->tok[i].flags & TF_CAP))
			return 0;
	}
	return 0;
}

/* An apposition of several clauses between commas after a name:
 * "Nyingi, who was detained for nine years, beaten and chained, said",
 * "Dirndorfer, one of the pioneers of DNA analysis, and a founder of
 * Virtopsy, told". The chunk after the comma at c starts in lower case
 * (or goes on with a name's list, name_list_rest); going left over such chunks (four at most), the comma after the name
 * the apposition starts at, or -1. */
static int appos_chain(struct nf_quotes *q, int c, int k, int lo)
{
	for (int n = 0; n < 4; n++) {
		int ri = q->tok[c + 1].run;    /* "…, University of Arkansas,
						* Fayetteville, said" */
		int place = ri >= 0 && q->runs[ri].a == c + 1 && q->runs[ri].b == k &&
			q->runs[ri].place;
		/* (or a possessor's description: "…, Greece's anti-drug
		 * centre, said") */
		int poss = ri >= 0 && q->runs[ri].a == c + 1 && q->runs[ri].b < k &&
			(q->tok[q->runs[ri].b - 1].flags & TF_POSS) &&
			nfq_word_ok(q, q->runs[ri].b) && !(q->tok[q->runs[ri].b].flags & TF_CAP);
		if (!nfq_word_ok(q, c + 1) || ((q->tok[c + 1].flags & TF_CAP) && !place &&
			!poss && !name_list_rest(q, c, k)) ||
			q->tok[c].ch != ',' || c + 1 >= k)
			return -1;
		int c3 = comma_before(q, c, lo);
		if (c3 < 0 || q->tok[c3].ch != ',')
			return -1;
		if (name_ends_at(q, c3, lo))
			return appos_after_name(q, c3 + 1, c) ? c3 : -1;
		/* (past a name's acronym: "The Federation of Coastal
		 * Shipping Crews (OPNA), which represents …, said") */
		if (c3 - 3 > lo && q->tok[c3 - 1].type == T_PUNCT && q->tok[c3 - 1].ch == ')' &&
			(q->tok[c3 - 2].flags & TF_ALLCAPS) && q->tok[c3 - 3].type == T_PUNCT &&
			q->tok[c3 - 3].ch == '(' && name_ends_at(q, c3 - 3, lo))
			return appos_after_name(q, c3 + 1, c) ? c3 - 3 : -1;
		k = c;
		c = c3;
	}
	return -1;
}

/* The speaker named by the subject ending at token k (scanning left, from
 * the verb); lo is the sentence start. Sets a->spk, or leaves it -1 for an
 * unnamed source; a->inherit for "…," adding; a->fwd when none stands before. */
#define STOP INT_MIN   /* the subject is found, or none stands there */

/* Does a description of an organisation open the clause before the
 * comma at c ("A super PAC backing Dunmore", "a Mesa-based group", "The
 * main opposition party")? */
static int org_desc_before(const struct nf_quotes *q, int c, int lo)
{
	if (c - lo > 8 || !(tok_is(q, lo, "a") || tok_is(q, lo, "an") ||
		tok_is(q, lo, "the")))
		return 0;
	for (int i = lo + 1; i < c && i < lo + 4; i++)
		if (nfq_word_ok(q, i) && (nfq_org_noun(q, i) == 1 ||
			nfq_org_noun(q, i) == 2 || tok_is(q, i, "pac")))
			return 1;
	return 0;
}

/* Irregular past participles that open a phrase after a noun ("a memo
 * sent to the committee", "a letter written by", "The prince, known as
 * Captain Wales in the army, said"). */
static const char *const participles[] = { "sent", "written", "given",
	"shown", "made", "read", "brought", "sold", "taken", "seen", "known",
	NULL };

/* The subject scan at punctuation token k: a closing parenthesis is
 * skipped, an apposition between commas is skipped or holds the name ("X,
 * the mayor, said", "The mayor, Sadiq Khan, said"), a participle after a
 * comma hangs on the main clause. The token to go on from, or STOP. */
/* A participle opening a phrase between a subject and its verb ("Wade
 * Hollis of Tennessee, campaigning in Grand Rapids, called", "Booker's
 * spokesman, asked Friday whether …, said"): a lower-case word in -ing
 * or -ed, or an irregular one, that is no speech verb. */
static int participle_at(const struct nf_quotes *q, int k)
{
	const struct tok *t = &q->tok[k];
	const char *w = q->text + t->off;
	return nfq_word_ok(q, k) && !(t->flags & TF_CAP) && (t->len > 4 ||
		nfq_word_in(q, k, participles)) &&    /* ("seen by The Yorkshire Post") */
		!(TCLS(q, t) & (QW_DET | QW_STOP)) && (!(TCLS(q, t) & QW_CUE) ||
		nfq_word_ok(q, k + 1)) &&    /* "asked Friday whether" */
		(!memcmp(w + t->len - 3, "ing", 3) || !memcmp(w + t->len - 2, "ed", 2) ||
		nfq_word_in(q, k, participles));
}

/* Does a description of a party's member end at token k: a
 * determiner or possessor, then up to four words, the last a party's
 * noun ("the top Senate Republican", "the panel's ranking Democrat", "a
 * House Democrat")? */
static int party_member_desc(const struct nf_quotes *q, int k, int lo)
{
	if (!nfq_party_noun(q, k))
		return 0;
	for (int i = k - 1; i >= lo && i >= k - 5; i--) {
		if (!nfq_word_ok(q, i) && !(q->tok[i].type == T_PUNCT &&
			q->tok[i].ch == '.'))    /* "No. 2" */
			return 0;
		if (nfq_word_ok(q, i) && ((q->tok[i].flags & TF_POSS) ||
			tok_is(q, i, "the") || tok_is(q, i, "a") || tok_is(q, i, "an")))
			return 1;
	}
	return 0;
}

/* The source's first token for a role or description ending at token r
 * before a name in apposition: the phrase's determiner or possessor
 * ("The Minister for Finance, …", "Another consultant paediatric
 * allergist, …"). */
static int role_source_start(struct nf_quotes *q, int r, int lo)
{
	int gs = nfq_np_start(q, r, lo);
	return gs < 0 ? r : gs > lo && ((q->tok[gs - 1].flags & TF_POSS) ||
		(TCLS(q, &q->tok[gs - 1]) & QW_DET)) ? gs - 1 : gs;
}

/* Words that open a noun phrase and can open a source. */
static const char *const articles[] = { "the", "a", "an", "another", "one",
	NULL };

/* Are the tokens i..k-1 a few capitalised names with "and", "the", "in"
 * or "of" between them ("Guys and St Thomas' Hospital in London")? */
static int names_to(const struct nf_quotes *q, int i, int k)
{
	if (i >= k || k - i > 12 || (!(q->tok[i].flags & TF_CAP) && !tok_is(q, i, "the")))
		return 0;
	for (; i < k; i++)
		if (!(q->tok[i].type == T_MARK && q->tok[i].quote < 0) &&    /* "Thomas’" */
			(!nfq_word_ok(q, i) || (!(q->tok[i].flags & TF_CAP) &&
			!tok_is(q, i, "and") && !tok_is(q, i, "the") && !tok_is(q, i, "in") &&
			!tok_is(q, i, "of"))))
			return 0;
	return 1;
}

/* Is token i "who", "whose" or "which"? */
static int rel_pronoun_at(const struct nf_quotes *q, int i)
{
	return nfq_word_ok(q, i) && (tok_is(q, i, "who") || tok_is(q, i, "whose") ||
		tok_is(q, i, "which"));
}

static int subject_punct(struct nf_quotes *q, struct attr *a, int k, int lo,
	int cue_tok)
{
	const struct tok *t = &q->tok[k];
		if (t->ch == ')') {
			int o = find_paren_open(q, k, lo);
			if (o < 0)
				return STOP;
			return o - 1;
		}
		if (t->ch == ',' && k - 1 > lo && q->tok[k - 1].type == T_PUNCT &&
			q->tok[k - 1].ch == ')') {
			/* "Sen. Lyle Crane (R-Neb.), who has not endorsed
			 * him, told": the name before the bracket */
			int o = find_paren_open(q, k - 1, lo);
			if (o > lo && name_ends_at(q, o, lo) &&
				q->runs[q->tok[o - 1].run].kind != R_NONPERSON)
				return o - 1;
			/* "The main opposition party, the People's
			 * Progressive Alliance (PPA), described": an
			 * organisation with its acronym, in an apposition (not
			 * after a preposition: "Baker, who worked at the
			 * National Security Agency (NSA), said") */
			if (o > lo && o == k - 3 && (q->tok[k - 2].flags & TF_ALLCAPS) &&
				name_ends_at(q, o, lo) && !q->runs[q->tok[o - 1].run].place) {
				int ra = q->runs[q->tok[o - 1].run].a;
				if (ra > lo && tok_is(q, ra - 1, "the"))
					ra--;
				if (ra - 1 >= lo && q->tok[ra - 1].type == T_PUNCT &&
					q->tok[ra - 1].ch == ',')
					return o - 1;
			}
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
				return STOP;
			}
			int c2 = comma_before(q, k, lo);
			if (cue_tok >= 0 && (TCLS(q, &q->tok[cue_tok]) & QW_CUE_ING) &&
				tok_is(q, k + 1, "with") && cue_tok > k + 2 &&
				!(q->tok[k + 1].flags & TF_INQ)) {
				/* "…, with residents from Zachary to Inniswold
				 * accusing leaders of trying to “tax the rain”":
				 * the participle's own subject, after "with" (a
				 * person named there, else no one) */
				for (int i = k + 2; i < cue_tok; i++) {
					int ri = q->tok[i].run;
					if (ri >= 0 && q->runs[ri].a == i && (q->runs[ri].kind == R_PERSON ||
						q->runs[ri].kind == R_MAYBE)) {
						attr_set_person(q, a, nfq_promote_run(q, ri));
						break;
					}
					if (ri >= 0 || !nfq_word_ok(q, i))
						break;
				}
				q->sk = k + 2;
				q->send = cue_tok - 1;
				return STOP;
			}
			if (cue_tok >= 0 && (TCLS(q, &q->tok[cue_tok]) & QW_CUE_ING)) {
				/* participle: the subject of the main clause,
				 * which comes first ("X said ... than Y, saying") */
				nfq_clause_subject(q, a, k - 1, lo);
				return STOP;
			}
			if (c2 >= 0 && q->tok[c2].ch != ';') {
				int ri = q->tok[k - 1].run;
				/* "One protester, a student who gave his name only
				 * as Bilal, said": the name the apposition gives */
				if (ri >= 0 && q->runs[ri].a > c2 + 1 &&
					(q->runs[ri].kind == R_PERSON || q->runs[ri].kind == R_MAYBE) &&
					nfq_word_ok(q, q->runs[ri].a - 1) &&
					(TCLS(q, &q->tok[q->runs[ri].a - 1]) & QW_NAMING)) {
					attr_set_person(q, a, nfq_promote_run(q, ri));
					q->sk = c2 + 1;
					return STOP;
				}
				/* "A super PAC backing Dunmore, Keystone Values
				 * Fund, called": an organisation's name after its
				 * description */
				if (ri >= 0 && (q->runs[ri].a == c2 + 1 || (q->runs[ri].a == c2 + 2 &&
					tok_is(q, c2 + 1, "the"))) && q->runs[ri].b == k &&
					q->runs[ri].kind == R_NONPERSON && !q->runs[ri].place &&
					org_desc_before(q, c2, lo) && nfq_attr_org(q, a, ri)) {
					q->sk = c2 + 1;    /* from "the" */
					return STOP;
				}
				/* X, the mayor of Y, said: skip the apposition; after
				 * a name, any that starts in lower case, with an age
				 * or a party tag ("Saltz, 52, said", "Lindqvist,
				 * accepting the award, said", "Chetwynd, director of
				 * news for AFP, called", "Hale, R-Texas, said") */
				/* past an organisation inside the apposition too:
				 * "Anderson Cooper, of CNN, one of her sons, said" */
				/* "Strand's campaign chair, former Rep. Lou Brennan
				 * of Ohio, told": a role, then the name between the
				 * commas is the subject */
				/* (or a party's member: "The No. 2 Senate
				 * Republican, Sen. Dale Ruskin of Wyoming, said") */
				int nb = name_after_comma(q, c2, k);
				if (nb >= 0 && c2 - 1 >= lo && nfq_word_ok(q, c2 - 1) &&
					((!(q->tok[c2 - 1].flags & TF_CAP) &&
					((TCLS(q, &q->tok[c2 - 1]) & (QW_TITLE | QW_ROLE)) ||
					(c2 - 2 >= lo && tok_is(q, c2 - 2, "the")))) ||
					party_member_desc(q, c2 - 1, lo)) &&
					name_place_end(q, nb, k) == k) {
					attr_set_person(q, a, nfq_promote_run(q, nb));
					q->sk = role_source_start(q, c2 - 1, lo);
					q->send = k - 1;    /* not "on Sunday" after it */
					return STOP;
				}
				int pr = c2 - 1 >= lo ? q->tok[c2 - 1].run : -1;
				int c = name_ends_at(q, c2, lo) && q->runs[pr].kind !=
					R_NONPERSON ? -1 : appos_chain(q, c2, k, lo);
				if (c >= 0)
					return c - 1;
				/* "Jo Kingsley, founder of the group Save the
				 * Parrett, whose report … was published, said": a
				 * relative clause after an apposition to a name;
				 * the apposition's comma next */
				int c3 = rel_pronoun_at(q, c2 + 1) ? comma_before(q, c2, lo) : -1;
				if (c3 >= 0 && q->tok[c3].ch == ',' && nfq_word_ok(q, c3 + 1) &&
					!(q->tok[c3 + 1].flags & TF_CAP) &&
					(TCLS(q, &q->tok[c3 + 1]) & (QW_TITLE | QW_ROLE | QW_DET)) &&
					name_ends_at(q, c3, lo) &&
					q->runs[q->tok[c3 - 1].run].kind != R_NONPERSON)
					return c2;
				if (nfq_word_ok(q, c2 + 1) && ((!(q->tok[c2 + 1].flags & TF_CAP) &&
					(TCLS(q, &q->tok[c2 + 1]) & (QW_DET | QW_STOP))) ||
					participle_at(q, c2 + 1) ||
					(q->tok[c2 + 1].run >= 0 &&
					q->runs[q->tok[c2 + 1].run].kind == R_ROLE) ||
					(name_ends_at(q, c2, lo) && appos_after_name(q, c2 + 1, k)))) {
					return c2 - 1;
				}
				/* The mayor, Sadiq Khan, said: the name between
				 * (with where the person is from: "A consultant,
				 * Adam Fox from Guys Hospital, said") */
				int rn = q->tok[c2 + 1].run;
				if (rn >= 0 && q->runs[rn].a == c2 + 1 && q->runs[rn].b < k &&
					(q->runs[rn].kind == R_PERSON || q->runs[rn].kind == R_MAYBE) &&
					(tok_is(q, q->runs[rn].b, "from") || tok_is(q, q->runs[rn].b, "of") ||
					tok_is(q, q->runs[rn].b, "at")) && names_to(q, q->runs[rn].b + 1, k))
					ri = rn;
				if (ri >= 0 && q->runs[ri].a > c2 &&
					(q->runs[ri].kind == R_PERSON ||
					q->runs[ri].kind == R_MAYBE)) {
					attr_set_person(q, a, nfq_promote_run(q, ri));
					/* the source from the description's start, if
					 * it opens there ("The mayor of London, …"),
					 * else the name ("rival, Bobby Jindal") */
					int st = c2 - 1 >= lo ? role_source_start(q, c2 - 1, lo) : -1;
					q->sk = st >= lo && (st == lo || (q->tok[st].flags & TF_POSS) ||
						nfq_word_in_ci(q, st, articles) ||
						nfq_word_in_ci(q, st, owner_words)) ? st : q->runs[ri].a;
					q->send = k - 1;
					return STOP;
				}
			}
			/* "Archbishop Desmond Tutu, said:": a stray comma
			 * after the sentence's subject, a name that opens it */
			if (c2 < 0 && k - 1 >= lo && q->tok[k - 1].run >= 0 &&
				cue_tok >= 0 && (size_t)cue_tok + 1 < q->ntok &&
				q->tok[cue_tok + 1].type != T_WORD) {    /* not "Humans,
				 * said X in 2013, are …" */
				const struct run *r = &q->runs[q->tok[k - 1].run];
				if (r->a == lo && r->b == k && (r->kind == R_PERSON ||
					r->kind == R_MAYBE))
					return k - 1;
			}
			/* an adverbial "In Washington, X said": stop */
			return STOP;
		}
		return STOP;
}

/* The subject scan at a capitalised run ending at token k: a person, a
 * role ("The President insists"), an organisation or a government; past
 * an "of" or "within" phrase to the head it modifies ("Doug Collins of
 * Georgia said", "a source within the Interior Ministry said"). */
static int subject_run(struct nf_quotes *q, struct attr *a, int k, int lo)
{
	const struct tok *t = &q->tok[k];
		struct run *r = &q->runs[t->run];
		/* "The group's post on Facebook called": where a voice
		 * spoke is no subject; the voice before it is */
		if (r->a - 2 >= lo && (tok_is(q, r->a - 1, "on") || tok_is(q, r->a - 1, "via")) &&
			nfq_word_ok(q, r->a - 2) && !(q->tok[r->a - 2].flags & TF_CAP) &&
			voice_noun(q, r->a - 2))
			return r->a - 2;
		/* "the California Democrat said": a party's member met
		 * before, never the place */
		if (nfq_party_noun(q, r->b - 1) && r->b - r->a <= 4 &&
			(tok_is(q, r->a, "the") || (r->a - 1 >= lo &&
			tok_is(q, r->a - 1, "the")))) {
			int m = tok_is(q, r->a, "the") ? r->a + 1 : r->a;
			attr_set_person(q, a, desc_person(q, m, r->b - 1));
			q->sk = m - 1;
			return STOP;
		}
		/* "the Swiss said", "the 37-year-old Spaniard added": a
		 * person by their nation (demonym_referent) */
		{
			int m = tok_is(q, r->a, "the") ? r->a + 1 : r->a;
			if (r->b == m + 1 && nfq_demonym_person(q, m) && (m > r->a || (m - 1 >= lo &&
				(tok_is(q, m - 1, "the") || (m - 2 >= lo && tok_is(q, m - 2, "the") &&
				nfq_age_word(q, m - 1)))))) {
				attr_set_person(q, a, demonym_referent(q, m));
				q->sk = m - 1 - (m == r->a && !tok_is(q, m - 1, "the"));
				return STOP;
			}
		}
		/* "Fans had chanted", "Officials said": a group, nobody named */
		if (r->b == r->a + 1 && (TCLS(q, &q->tok[r->a]) & QW_GROUP) &&
			!(TCLS(q, &q->tok[r->a]) & QW_ORG)) {
			attr_set_person(q, a, -1);
			return STOP;
		}
		/* "Aides to Sen. Donna Keel said", "allies of the mayor
		 * said": a group around a person, nobody named (NOTES.md) */
		if (r->kind == R_PERSON && r->a - 2 >= lo && (tok_is(q, r->a - 1, "to") ||
			tok_is(q, r->a - 1, "of")) && nfq_word_ok(q, r->a - 2) &&
			(TCLS(q, &q->tok[r->a - 2]) & QW_GROUP) &&
			!(TCLS(q, &q->tok[r->a - 2]) & (QW_PRON_M | QW_PRON_F)) &&
			q->tok[r->a - 2].len > 3) {
			attr_set_person(q, a, -1);
			q->sk = r->a - 2;
			return STOP;
		}
		int fg = firm_group(q, r->a, lo);
		if (fg >= 0 && firm_speaks(q, a, t->run)) {
			q->sk = fg;
			return STOP;
		}
		/* "Peter Iseley of worldwide victim group Ending Clergy Abuse
		 * said": a name after "of" or "from" and a few lower-case
		 * words modifies the subject before it */
		if (r->kind != R_PERSON && r->a - 1 >= lo) {
			int i = r->a - 1;
			while (i > lo && i > r->a - 4 && nfq_word_ok(q, i) &&
				!(q->tok[i].flags & TF_CAP) &&
				!(TCLS(q, &q->tok[i]) & (QW_STOP | QW_CUE)))
				i--;
			if (i > lo && tok_is(q, i, "the"))
				i--;
			if (i > lo && (tok_is(q, i, "of") || tok_is(q, i, "from")) &&
				i < r->a - 1 && q->tok[i - 1].run >= 0 &&
				(q->runs[q->tok[i - 1].run].kind == R_PERSON ||
				q->runs[q->tok[i - 1].run].kind == R_MAYBE))
				return i - 1;
		}
		/* "A memo obtained by Ledger Wire said", "a letter seen by
		 * Reuters says": the one who came by the document is not
		 * its subject; the document before is */
		{
			int i = r->a - 1;
			if (i > lo && tok_is(q, i, "the"))
				i--;
			if (i - 2 >= lo && tok_is(q, i, "by") && nfq_word_ok(q, i - 1) &&
				nfq_word_in(q, i - 1, doc_got))
				return i - 2;
		}
		if (r->kind == R_MAYBE && q->dry && r->na < r->nb) {
			/* the sentence before: named, not registered */
			size_t s = q->tok[r->na].off, e = q->tok[r->nb - 1].off +
				q->tok[r->nb - 1].len;
			if (q->tok[r->nb - 1].flags & TF_POSS)
				return STOP;
			nfq_attr_name(a, q->text + s, e - s, NF_SPEAKER_PER);
			return STOP;
		}
		int pid = r->kind == R_PERSON ? r->pid :
			r->kind == R_MAYBE ? nfq_promote_run(q, t->run) : -1;
		if (r->kind == R_ROLE) {
			int b0 = r->b - 1;
			/* "The President insists": role by its head word */
			pid = role_by_head(q, &q->tok[b0], 0);
			/* "the Minister said" after "The Minister for Finance,
			 * Dr. Abena Owusu-Sarpong,": the words that described
			 * her */
			if (pid < 0 && r->b == r->a + 1 && r->a - 1 >= lo && tok_is(q, r->a - 1, "the"))
				pid = nfq_resolve_desc(q, q->text + q->tok[b0].off, q->tok[b0].len, 0);
		}
		/* "Doug Collins of Georgia said": skip the "of" phrase (but
		 * "a panel of the Court of Appeals ruled": the court) */
		if (pid < 0 && r->a - 1 >= lo && nfq_word_ok(q, r->a - 1)) {
			int i = r->a - 1;
			if (q->tok[i].run >= 0 && (q->tok[i].flags & TF_POSS))
				i = q->runs[q->tok[i].run].a - 1;
			if (i >= lo && tok_is(q, i, "the"))
				i--;
			if (i >= lo && tok_is(q, i, "of") && !(i - 1 >= lo &&
				(tok_is(q, i - 1, "panel") || tok_is(q, i - 1, "judges")))) {
				return i - 1;
			}
		}
		/* "Jo Anne Val Tilburg of the University of California, Los
		 * Angeles disagreed": a place after a comma ends the name of
		 * the organisation before it (not a place: "In Moscow, Russia
		 * dismissed" is a place, then the subject) */
		if (pid < 0 && r->place && r->a - 2 > lo && q->tok[r->a - 1].type ==
			T_PUNCT && q->tok[r->a - 1].ch == ',' && q->tok[r->a - 2].run >= 0 &&
			q->runs[q->tok[r->a - 2].run].kind == R_NONPERSON &&
			!q->runs[q->tok[r->a - 2].run].place)
			return r->a - 2;
		if (pid < 0 && r->a - 1 >= lo) {
			/* "a source within the Interior Ministry said": a
			 * modifier of the subject, which stands before it */
			int i = r->a - 1;
			while (i > lo && i > r->a - 3 && nfq_word_ok(q, i) &&
				!(q->tok[i].flags & TF_CAP) &&
				!(TCLS(q, &q->tok[i]) & QW_STOP))
				i--;     /* "the central Interior Ministry" */
			if (tok_is(q, i, "the"))
				i--;
			if (i > lo && (tok_is(q, i, "within") || tok_is(q, i, "in") ||
				tok_is(q, i, "at") || tok_is(q, i, "from") ||
				tok_is(q, i, "inside") || tok_is(q, i, "close"))) {
				return i - 1;
			}
		}
		if (pid < 0 && r->a - 2 >= lo && tok_is(q, r->a - 1, "and") &&
			nfq_word_ok(q, r->a - 2)) {
			/* "the U.S. and Ukraine said": several sources */
			int f = r->a - 2;
			q->sk = q->tok[f].run >= 0 ? q->runs[q->tok[f].run].a : f;
			attr_set_person(q, a, -1);
			return STOP;
		}
		if (pid < 0 && nfq_attr_org(q, a, t->run))
			return STOP;
		attr_set_person(q, a, pid);
		return STOP;
}

/* The subject scan at a lower-case word k that names an organisation:
 * "the Trump campaign", "Pakistan's foreign ministry", "It" (not a noun
 * after a preposition: "Suman Haripriya of the Hajo assembly said"). */
static int subject_org(struct nf_quotes *q, struct attr *a, int k, int lo)
{
	/* "the German government", "Samoa's government", "the government"
	 * after one of them: the country */
	if (nfq_attr_government(q, a, k, lo)) {
		int gs = nfq_np_start(q, k, lo);
		if (gs < 0)
			gs = k;
		q->sk = gs > lo && ((q->tok[gs - 1].flags & TF_POSS) ||
			(TCLS(q, &q->tok[gs - 1]) & QW_DET)) ? gs - 1 : gs;
		return 1;
	}
	/* "the Trump campaign", "Pakistan's foreign ministry", "It" */
	if (nfq_org_of_person(q, a, k)) {
		q->sk = q->runs[q->tok[k - 1].run].a;
		return 1;
	}
	if (nfq_org_pronoun(q, a, k, lo)) {
		q->sk = k;
		return 1;
	}
	int ns = nfq_np_start(q, k, lo);
	/* "Suman Haripriya of the Hajo assembly said": a phrase after a
	 * preposition modifies the subject before it */
	int pp = ns > lo ? ns - 1 : -1;
	if (pp > lo && (q->tok[pp].flags & TF_POSS) && !(q->tok[pp].flags & TF_CAP))
		pp--;     /* "of the city's water agency" */
	if (pp > lo && (TCLS(q, &q->tok[pp]) & QW_DET) && !(q->tok[pp].flags & TF_POSS))
		pp--;
	if (pp > lo && (tok_is(q, pp, "of") || tok_is(q, pp, "from") ||
		tok_is(q, pp, "at") || tok_is(q, pp, "with") || tok_is(q, pp, "in") ||
		tok_is(q, pp, "for") || tok_is(q, pp, "to") || tok_is(q, pp, "by") ||
		tok_is(q, pp, "on")))
		ns = -1;    /* "Republicans on the committee said" */
	if (ns >= 0 && nfq_org_by_noun(q, a, k, lo)) {
		q->sk = ns > lo && ((q->tok[ns - 1].flags & TF_POSS) ||
			(TCLS(q, &q->tok[ns - 1]) & QW_DET)) ? ns - 1 : ns;
		return 1;
	}
	return 0;
}

/* Is the lower-case word k an adverb in -ly ("bluntly", "tersely")
 * before a speech verb? Not the nouns and adjectives in -ly a source
 * may end with ("the family said", "the assembly", "the weekly"). */
static int ly_adverb(const struct nf_quotes *q, int k)
{
	static const char *const not_adverbs[] = { "family", "assembly", "ally",
		"rally", "supply", "monopoly", "anomaly", "bully", "daily", "weekly",
		"monthly", "quarterly", "fortnightly", "biweekly", "italy", "only",
		NULL };
	const struct tok *t = &q->tok[k];
	return nfq_word_ok(q, k) && !(t->flags & (TF_CAP | TF_DIGIT)) && t->len > 4 &&
		q->text[t->off + t->len - 2] == 'l' && q->text[t->off + t->len - 1] == 'y' &&
		!nfq_word_in(q, k, not_adverbs);
}

/* Nouns a story uses, after "the", for a person it has named: a
 * profession or standing one person holds in the story ("the actress",
 * "the singer", "the billionaire") or an age, as "the 27-year-old" is
 * ("the teenager", "the pensioner"), not one met new in an event ("the
 * driver", "the victim", "the officer"). */
static const char *const anaphor_nouns[] = { "actor", "actress", "singer",
	"star", "scientist", "researcher", "professor", "academic", "author",
	"writer", "novelist", "poet", "filmmaker", "player", "striker",
	"midfielder", "defender", "goalkeeper", "veteran", "billionaire",
	"millionaire", "entrepreneur", "businessman", "businesswoman",
	"tycoon", "politician", "lawmaker", "legislator", "campaigner",
	"activist", "economist", "historian", "artist", "musician", "rapper",
	"comedian", "presenter", "broadcaster", "athlete", "champion",
	"sprinter", "cyclist", "swimmer", "boxer", "golfer", "founder",
	"designer", "architect", "astronaut", "explorer", "climber",
	"mountaineer", "candidate", "nominee", "incumbent", "frontrunner",
	"front-runner", "challenger", "hopeful", "teenager", "teen",
	"youngster", "schoolgirl", "schoolboy", "pensioner", "octogenarian",
	"nonagenarian", "centenarian", NULL };

/* Offices one person holds at a time, whom a story names once and then
 * calls by the office alone ("Barack Obama … The president said"). */
static const char *const sole_offices[] = { "president", "premier",
	"chancellor", "pope", "taoiseach", NULL };

/* Is the word at k a description's head that names no person by itself
 * but may come back to one: a role or title that is no voice, a noun of
 * a person, an age, a party's member ("professor", "actress",
 * "27-year-old", "the California Democrat")? */
static int desc_head(struct nf_quotes *q, int k)
{
	if (nfq_party_noun(q, k))
		return 1;
	if (!nfq_word_ok(q, k) || (q->tok[k].flags & TF_CAP) || voice_noun(q, k))
		return 0;
	if (nfq_age_word(q, k) || nfq_person_noun(q, k) ||
		nfq_word_in(q, k, anaphor_nouns))
		return 1;
	uint32_t c = TCLS(q, &q->tok[k]);
	return (c & (QW_ROLE | QW_TITLE)) && !(c & (QW_ORG | QW_ORG_INST |
		QW_ORG_GEN | QW_COLLECTIVE | QW_GROUP | QW_DET | QW_STOP));
}

/* May the word at k stand inside a description before its head: a
 * capitalised word that is no person's name ("the Uppsala professor",
 * "the Vermont senator"), a lower-case modifier ("the former mayor")? */
static int desc_modifier(struct nf_quotes *q, int k)
{
	if (!nfq_word_ok(q, k) || nfq_cue_at(q, k, k) == 1)
		return 0;
	const struct tok *t = &q->tok[k];
	if (t->flags & TF_CAP)
		return t->run < 0 || q->runs[t->run].kind != R_PERSON;
	uint32_t c = TCLS(q, t);
	return ((c & QW_TITLE) && !(c & QW_DET)) || (!(c & (QW_DET | QW_STOP |
		QW_PRON_M | QW_PRON_F | QW_CONJ | QW_PASSIVE | QW_SKIP)) &&
		!(t->flags & TF_POSS));    /* "former", "acting" are titles */
}

/* A definite description of a person with its head at h ("the Uppsala
 * professor", "says the 27-year-old", "the Vermont senator"): the
 * person it comes back to by a title (role_by_head) or by a word of an
 * apposition of theirs ("Mia Lund, a professor at Uppsala University,";
 * nfq_resolve_desc), -1 for nobody; -2 when h heads no such
 * description. The capitalised modifier is never the speaker. */
static int desc_lookup(struct nf_quotes *q, int h)
{
	const struct tok *t = &q->tok[h];
	if (!desc_head(q, h)) {
		/* any other noun of an apposition: "the billionaire" after
		 * "Tom Steyer, a billionaire investor," */
		if (!nfq_word_ok(q, h) || (t->flags & (TF_CAP | TF_POSS)) ||
			voice_noun(q, h) || (TCLS(q, t) & (QW_ORG | QW_ORG_INST |
			QW_ORG_GEN | QW_COLLECTIVE | QW_GROUP | QW_DET | QW_STOP |
			QW_CUE | QW_PLACE)))
			return -2;
		int pid = nfq_resolve_desc(q, q->text + t->off, t->len, 0);
		return pid >= 0 ? pid : -2;
	}
	if (TCLS(q, t) & QW_ROLE) {
		int pid = role_by_head(q, t, 1);
		/* "“…,” the senator said" after "One GOP senator who …
		 * told CNN": the unnamed one met since */
		if (nfq_anon_noun(q, h, pid))
			return -1;
		if (pid >= 0)
			return pid;
	}
	int g = nfq_person_noun(q, h);
	if (!g || g == 3)
		g = (TCLS(q, t) & QW_MALE) ? 1 : (TCLS(q, t) & QW_FEMALE) ? 2 : 0;
	int pid = nfq_resolve_desc(q, q->text + t->off, t->len, g);    /* any case */
	if (pid < 0 && (nfq_age_word(q, h) || nfq_word_in(q, h, anaphor_nouns) ||
		nfq_party_noun(q, h))) {
		/* "says the 27-year-old", "the actress recalled": the
		 * person in focus, as "she" would be */
		pid = nfq_focus_person(q, g);
	} else if (pid < 0 && h > 0 && tok_is(q, h - 1, "the") &&
		nfq_word_in(q, h, sole_offices)) {
		/* "… from Barack Obama and his wife. The president said": an
		 * office one person holds, which no one in the story holds by
		 * title, is the person named last, unless a title of theirs
		 * says otherwise */
		pid = q->mru[0] - 1;
		if (pid >= 0 && (!q->pers[pid].used || (q->pers[pid].tlen &&
			!nfq_name_has_word(q->pers[pid].title, q->pers[pid].tlen,
			q->text + t->off, t->len, 0))))
			pid = -1;
	}
	return pid;
}

/* A sentence that opens on a definite description of a person ("The
 * man who has produced … Bob Dylan and Luciano Pavarotti, said", "The
 * former mayor told"): the person it comes back to, -1 for none, or -2
 * when the sentence opens on none. The names inside it are not what
 * the sentence is about (nfq_note_subject). */
int nfq_desc_subject(struct nf_quotes *q, int lo, int hi)
{
	if (lo + 2 >= hi || !tok_is(q, lo, "the"))
		return -2;
	/* the relative clause, apposition or verb that ends it, first
	 * (cheap), then its head and modifiers */
	int k = lo + 2;
	for (; k < hi && k < lo + 6; k++) {
		if (tok_is(q, k, "who") || (q->tok[k].type == T_PUNCT && q->tok[k].ch == ',') ||
			(nfq_word_ok(q, k) && !(q->tok[k].flags & TF_CAP) &&
			(TCLS(q, &q->tok[k]) & (QW_CUE | QW_SKIP | QW_PASSIVE))))
			break;
		/* any verb in the past after a person's noun: "the
		 * astronaut demurred" */
		const struct tok *v = &q->tok[k];
		if (nfq_word_ok(q, k) && !(v->flags & (TF_CAP | TF_POSS)) && v->len > 3 &&
			!memcmp(q->text + v->off + v->len - 2, "ed", 2) &&
			desc_head(q, k - 1) && !desc_head(q, k))
			break;
		if (!nfq_word_ok(q, k) || (q->tok[k].flags & (TF_CAP | TF_POSS)))
			return -2;
	}
	int h = k - 1;
	if (k >= hi || k >= lo + 6 || (q->tok[h].flags & (TF_CAP | TF_POSS)) ||
		!desc_head(q, h))    /* a person's noun too */
		return -2;
	for (int i = lo + 1; i < h; i++)
		if ((q->tok[i].flags & (TF_CAP | TF_POSS)) || !desc_modifier(q, i))
			return -2;
	/* "The former minister, Stefan Lalević, now an MP, wrote": the
	 * person the apposition names (not one of several: "The first
	 * author, Margaret Atwood,", after whom "the author" is still the
	 * one the story is about) */
	static const char *const several[] = { "first", "second", "third", "other",
		"another", "fellow", "last", NULL };
	int one_of = 0;
	for (int i = lo + 1; i < h; i++)
		one_of |= nfq_word_in(q, i, several);
	if (!one_of && q->tok[k].type == T_PUNCT && q->tok[k].ch == ',' && k + 1 < hi &&
		q->tok[k + 1].pid >= 0 && q->tok[k + 1].run >= 0 &&
		q->runs[q->tok[k + 1].run].a == k + 1)
		return q->tok[k + 1].pid;
	return desc_person(q, lo + 1, h);
}

/* Do the modifiers m..h-1 of an office's description tell of one
 * person the story knows: an age ("the 44-year-old congressman"),
 * "former" ("the former governor"), a state's or a party's name ("the
 * Texas senator", "the Democratic senator")? Not a bare office ("the
 * judge"), which may be someone new. */
static int epithet(struct nf_quotes *q, int m, int h)
{
	for (int i = m; i < h; i++)
		if (nfq_age_word(q, i) || tok_is(q, i, "former") ||
			((q->tok[i].flags & TF_CAP) && nfq_word_ok(q, i) &&
			((TCLS(q, &q->tok[i]) & QW_PLACE) || nfq_party_noun(q, i))))
			return 1;
	return 0;
}

/* Does person p's description hold an age ("27-year-old")? */
static int desc_has_age(const struct person *p)
{
	for (int k = 0; k + 9 <= p->dlen; k++)
		if (!memcmp(p->desc + k, "-year-old", 9))
			return 1;
	return 0;
}

/* Do the lower-case modifiers m..h-1 of a description stand in person
 * pid's title or apposition ("former" for "the former governor")? */
static int mods_fit(const struct nf_quotes *q, int pid, int m, int h)
{
	const struct person *p = &q->pers[pid];
	for (int i = m; i < h; i++) {
		const struct tok *t = &q->tok[i];
		if ((t->flags & (TF_CAP | TF_POSS)) || !nfq_word_ok(q, i) ||
			(nfq_age_word(q, i) && !desc_has_age(p)))
			continue;    /* an age the story did not give before; a
				      * possessor ("the family's attorney") */
		const char *w = q->text + t->off;
		if (!nfq_name_has_word(p->title, p->tlen, w, t->len, 0) &&
			!nfq_name_has_word(p->desc, p->dlen, w, t->len, 0))
			return 0;
	}
	return 1;
}

/* desc_lookup for a description whose modifiers are tokens m..h-1:
 * each lower-case one must stand in the person's title or apposition
 * ("the former mayor" is Buttigieg after "the former mayor of South
 * Bend"; "the local health minister" is not the civil aviation
 * minister). */
static int desc_person(struct nf_quotes *q, int m, int h)
{
	int r = desc_person_at(q, m, h);
	/* "the executive said" after an unnamed executive came in */
	return r > -2 && h == m && nfq_anon_noun(q, h, r) ? -1 : r;
}

static int desc_person_at(struct nf_quotes *q, int m, int h)
{
	/* "the former governor" after "Hank Delacroix, a former governor
	 * of New Mexico," though "Gov. Jerome Sandoval" holds the office:
	 * an apposition that holds the modifiers first */
	const struct tok *ht = &q->tok[h];
	if (h > m && nfq_word_ok(q, h) && !(ht->flags & (TF_CAP | TF_POSS))) {
		int pd = nfq_resolve_desc(q, q->text + ht->off, ht->len, 0);
		if (pd >= 0 && mods_fit(q, pd, m, h))
			return pd;
	}
	int pid = desc_lookup(q, h);
	/* "the two-time Golden Globe nominee", "the Oscar winner": an
	 * honour's noun with its modifiers is the person in focus */
	if (pid == -2 && h > m && nfq_honour_noun(q, h))
		return nfq_focus_person(q, 0);
	if (pid == -2 && h > m && nfq_word_ok(q, h) &&
		!(q->tok[h].flags & (TF_CAP | TF_POSS)) && !(TCLS(q, &q->tok[h]) &
		(QW_DET | QW_STOP | QW_CUE | QW_PLACE | QW_GROUP)))
		for (int i = m; i < h; i++)
			if (nfq_age_word(q, i))
				/* "the 66-year-old developer": an age makes
				 * a person's description of any noun, the
				 * person in focus */
				return nfq_focus_person(q, 0);
	if (pid == -1 && h > m && (TCLS(q, &q->tok[h]) & QW_ROLE)) {
		/* "the former vice president" after "former Vice President
		 * Joe Biden": the title's words, not the office alone */
		size_t s0 = q->tok[m].off, n = q->tok[h].off + q->tok[h].len - s0;
		char w[TITLEMAX];
		if (n < sizeof w) {
			nfq_lower_copy(w, q->text + s0, n);
			pid = nfq_resolve_role(q, w, n, 0);
		}
	}
	int g = (TCLS(q, &q->tok[h]) & QW_MALE) ? 1 :
		(TCLS(q, &q->tok[h]) & QW_FEMALE) ? 2 : 0;
	if (pid == -1 && h > m && (TCLS(q, &q->tok[h]) & QW_ROLE) && epithet(q, m, h))
		/* "the 61-year-old senator", "the former Indiana governor"
		 * after a person named with no title: an office that
		 * someone the story knows holds, the person in focus */
		return nfq_focus_person(q, g);
	if (pid < 0)
		return pid;
	if (mods_fit(q, pid, m, h))
		return pid;
	/* the office's holder is not "former": another the story knows */
	if ((TCLS(q, &q->tok[h]) & QW_ROLE) && epithet(q, m, h)) {
		int f = nfq_focus_person(q, g);
		return f != pid ? f : -1;
	}
	return -1;
}

/* An unnamed member of a person's staff: "a senior Whitfield campaign
 * official", "one Trump aide", "a Delgado adviser". The name modifies
 * the noun and is not the source (NOTES.md: unnamed sources name
 * nobody). The determiner's token, or -1. */
static int anon_staff(const struct nf_quotes *q, int k, int lo)
{
	static const char *const staff[] = { "official", "officials", "aide",
		"aides", "adviser", "advisers", "advisor", "advisors", "strategist",
		"strategists", "staffer", "staffers", "operative", "operatives",
		"insider", "insiders", "source", "sources", "ally", "allies",
		"confidant", "donor", "donors", NULL };
	if (!nfq_word_ok(q, k) || (q->tok[k].flags & TF_CAP) ||
		!nfq_word_in(q, k, staff))
		return -1;
	int person = 0, i = k - 1;
	for (; i >= lo && i > k - 6 && nfq_word_ok(q, i); i--) {
		const struct tok *u = &q->tok[i];
		if (u->flags & TF_POSS)
			return -1;    /* "Roe's aide": the possessor speaks */
		if (u->run >= 0 && (q->runs[u->run].kind == R_PERSON ||
			q->runs[u->run].kind == R_MAYBE))
			person = 1;
		else if (tok_is(q, i, "a") || tok_is(q, i, "an") || tok_is(q, i, "one") ||
			tok_is(q, i, "another") || tok_is(q, i, "two"))    /* any case */
			break;
		else if (!(u->flags & TF_CAP) && (TCLS(q, u) & (QW_STOP | QW_DET |
			QW_CUE | QW_PRON_M | QW_PRON_F)))
			return -1;
	}
	return person && i >= lo && i < k - 1 && nfq_word_ok(q, i) &&
		!(q->tok[i].flags & TF_POSS) ? i : -1;
}

/* "“So the victim is the campaign,” Grant said. “One of the victims,
 * yes, senator,” she replied.": who replies is not who spoke last; of
 * that sex, the other person of the exchange met lately. */
static void reply_turn(struct nf_quotes *q, struct attr *a, int k, int cue_tok)
{
	static const char *const replies[] = { "replied", "replies", "answered",
		"answers", "responded", "responds", "retorted", "retorts", NULL };
	int g = nfq_pronoun(q, &q->tok[k]);
	if (cue_tok < 0 || !g || a->spk <= 0 || !nfq_word_in(q, cue_tok, replies) ||
		q->lq.spk != a->spk || memcmp(q->lq.name, a->name, (size_t)a->spk))
		return;
	for (int m = 0; m < 8 && q->mru[m]; m++) {
		const struct person *p = &q->pers[q->mru[m] - 1];
		if (p->used && p->gender == g && !nfq_attr_is_person(q, a, q->mru[m] - 1)) {
			attr_set_person(q, a, q->mru[m] - 1);
			return;
		}
	}
}

/* The subject scan at a lower-case word k: pronouns, roles ("the
 * minister"), relative clauses, possessors, unnamed sources and the
 * organisations behind them; adverbs and "of" phrases are skipped. */
static int subject_word(struct nf_quotes *q, struct attr *a, int k, int lo,
	int cue_tok)
{
	const struct tok *t = &q->tok[k];
	if (cue_tok >= 0 && (TCLS(q, &q->tok[cue_tok]) & QW_CUE_ING) &&
		k == cue_tok - 1 && (tok_is(q, k, "by") || tok_is(q, k, "while") ||
		tok_is(q, k, "after") || tok_is(q, k, "before") ||
		tok_is(q, k, "when"))) {
		for (int i = k - 1; i >= lo; i--) {
			if (q->tok[i].pid >= 0 && !(q->tok[i].flags & TF_INQ)) {
				attr_set_person(q, a, q->tok[i].pid);
				return STOP;
			}
			if (q->tok[i].type == T_MARK && q->tok[i].quote >= 0 &&
				q->tok[i].role == M_CLOSE) {
				a->inherit = 1;
				return STOP;
			}
		}
		return STOP;
	}
	if (t->len == 1 && q->text[t->off] == 'I' && t->pid >= 0) {
		attr_set_person(q, a, t->pid);    /* an interviewee's "I said" */
		return STOP;
	}
	/* "Rep. Calvin Brooks, D-Mich., whose speech … was billed as “…,”
	 * told": a party tag after the name, past a relative clause */
	if (k - 2 >= lo && nfq_party_tag(q, k) && q->tok[k - 1].type == T_PUNCT &&
		q->tok[k - 1].ch == ',')
		return k - 2;
	/* an adverb in -ly after a lower-case head ("the team bluntly
	 * said"); after a name the name is found past it */
	if ((TCLS(q, t) & QW_SKIP) || (k == cue_tok - 1 && k > lo &&
		q->tok[k - 1].run < 0 && ly_adverb(q, k))) {
		return k - 1;
	}
	/* "she was directing …", "they are urging": the progressive's
	 * auxiliary stands between the subject and its verb (a passive,
	 * "was told", has no -ing verb) */
	if (k == cue_tok - 1 && k > lo && (TCLS(q, t) & QW_PASSIVE) &&
		(TCLS(q, &q->tok[cue_tok]) & QW_CUE_ING))
		return k - 1;
	/* "the protesters Wikinews interviewed said": a relative clause
	 * (verb in -ed after a name) between the subject and its verb */
	if (k == cue_tok - 1 && k - 1 > lo && !(t->flags & TF_CAP) && t->len > 4 &&
		!memcmp(q->text + t->off + t->len - 2, "ed", 2) &&
		!(TCLS(q, t) & (QW_CUE | QW_PASSIVE)) && q->tok[k - 1].run >= 0 &&
		q->runs[q->tok[k - 1].run].b == k && q->runs[q->tok[k - 1].run].a - 1 >= lo)
		return q->runs[q->tok[k - 1].run].a - 1;
	if (TCLS(q, t) & QW_PRON_M || TCLS(q, t) & QW_PRON_F) {
		pron_source(q, a, k);
		reply_turn(q, a, k, cue_tok);
		return STOP;
	}
	/* "A person familiar with Halvard's thinking said", "people
	 * familiar with the matter said": the unnamed one before
	 * "familiar with" is the subject, not what they know */
	for (int f = k - 1; f > lo && f > k - 7 && nfq_word_ok(q, f); f--)
		if (near_words(q, f))
			return f - 1;
	int an = anon_staff(q, k, lo);
	if (an >= 0) {
		attr_set_person(q, a, -1);
		q->sk = an;
		return STOP;
	}
	if (TCLS(q, t) & QW_CONJ) {
		/* "… and argued": the subject of the verb before */
		if (!conj_subject(q, a, k - 1, lo) && !conj_cue_subject(q, a, k - 1, lo))
			nfq_clause_subject(q, a, k - 1, lo);
		return STOP;
	}
	int ro = role_np(q, k, lo);
	/* "An aide to the speaker said": a role inside a phrase after a
	 * preposition modifies the subject before it */
	if (ro - 1 > lo && (tok_is(q, ro - 1, "to") || tok_is(q, ro - 1, "of") ||
		tok_is(q, ro - 1, "for") || tok_is(q, ro - 1, "with") ||
		tok_is(q, ro - 1, "at")))
		return ro - 2;
	/* (but "the spokeswoman" again speaks for the body of the last
	 * one: nfq_org_phrase) */
	if (ro >= 0 && !(ro + 1 == k && q->voice.spk > 0 && spokes_noun(q, k) &&
		tok_is(q, ro, "the"))) {
		/* "the former governor": its modifiers must fit (not "Gov.
		 * Jerome Sandoval" in office) */
		int pid = ro + 1 < k ? -1 : role_by_head(q, t, 1);
		if (ro + 1 == k && nfq_anon_noun(q, k, pid)) {
			attr_set_person(q, a, -1);    /* an unnamed one met after */
			return STOP;
		}
		if (pid < 0)    /* "the former vice president", "Buttigieg,
				 * the former mayor of …, …" */
			pid = desc_person(q, ro + 1, k);
		attr_set_person(q, a, pid < 0 ? -1 : pid);
		return STOP;
	}
	/* "the Uppsala professor added", "the 27-year-old says": a person
	 * met before, by a title or an apposition */
	if (cue_tok >= 0 && (cue_tok - k <= 2 || (k + 2 < cue_tok &&
		q->tok[k + 1].type == T_PUNCT && q->tok[k + 1].ch == ',' &&
		(tok_is(q, k + 2, "who") || tok_is(q, k + 2, "whose"))))) {
		/* (or a relative clause between: "The 74-year-old chairman,
		 * who is retiring at the end of the year, added") */
		/* "the former secretary of state said": an office with its
		 * "of" phrase, the head before it */
		int h = k;
		if (k - 2 > lo && tok_is(q, k - 1, "of") && nfq_word_ok(q, k - 2) &&
			!(q->tok[k - 2].flags & TF_CAP) && (TCLS(q, &q->tok[k - 2]) & QW_ROLE) &&
			nfq_word_ok(q, k) && !(q->tok[k].flags & TF_CAP))
			h = k - 2;
		int d = h - 1;
		while (d >= lo && d > h - 5 && !tok_is(q, d, "the") && desc_modifier(q, d))
			d--;
		/* "The family's attorney said" after "Marcus Bell, an
		 * attorney representing the family": a possessor in lower
		 * case before the head (mods_fit does not ask for it) */
		if (d - 1 >= lo && d < h && nfq_word_ok(q, d) && (q->tok[d].flags & TF_POSS) &&
			!(q->tok[d].flags & TF_CAP) && tok_is(q, d - 1, "the"))
			d--;
		int pid = d >= lo && tok_is(q, d, "the") ? desc_person(q, d + 1, h) : -2;
		if (pid > -2) {
			attr_set_person(q, a, pid);
			q->sk = d;
			return STOP;
		}
	}
	/* "of X": skip back over the "of" phrase to its head */
	if (tok_is(q, k, "of") && k - 1 >= lo) {
		return k - 1;
	}
	/* "Doe, who told ...": the name the clause hangs on */
	if ((tok_is(q, k, "who") || tok_is(q, k, "which")) && k - 2 >= lo &&
		q->tok[k - 1].type == T_PUNCT && q->tok[k - 1].ch == ',') {
		/* "Mark Hay, a marine ecologist and Regents Professor at GT,
		 * who said": past an apposition to the name it follows */
		int c = k - 2;
		while (c > lo && c > k - 24 && q->tok[c].type == T_WORD &&
			!(q->tok[c].flags & TF_INQ))
			c--;
		if (c > lo && c < k - 2 && q->tok[c].type == T_PUNCT &&
			q->tok[c].ch == ',' && q->tok[c - 1].run >= 0 &&
			(q->runs[q->tok[c - 1].run].kind == R_PERSON ||
			q->runs[q->tok[c - 1].run].kind == R_MAYBE) &&
			(q->tok[k - 2].run < 0 ||
			q->runs[q->tok[k - 2].run].kind != R_PERSON))
			return c - 1;    /* unless a person stands right before */
		return k - 2;
	}
	/* "Facebook released a statement which read": who issued the
	 * document the relative clause hangs on */
	if ((tok_is(q, k, "which") || tok_is(q, k, "that")) && k - 1 >= lo &&
		nfq_doc_noun(q, k - 1)) {
		struct attr c;
		int sk = q->sk;
		if (doc_issuer(q, &c, k - 1, lo)) {
			nfq_attr_take_speaker(a, &c);
			nfq_attr_take_source(a, &c);
			return STOP;
		}
		q->sk = sk;
	}
	if (tok_is(q, k, "who") && k - 1 >= lo && q->tok[k - 1].run >= 0 &&
		q->runs[q->tok[k - 1].run].kind != R_NONPERSON)
		return k - 1;    /* "drafted by Alex Greenwich who said" */
	/* "Roe's spokesman", "the court's summary", "Trump's tweet":
	 * the possessor speaks through them ("the agency's guidelines say") */
	if (voice_noun(q, k) || voice_plural(q, k)) {
		int i = k - 1;
		while (i >= lo && i > k - 3 && nfq_word_ok(q, i) &&
			!(q->tok[i].flags & (TF_POSS | TF_CAP)) &&
			!(TCLS(q, &q->tok[i]) & QW_DET))
			i--;
		if (i >= lo && nfq_word_ok(q, i) && (q->tok[i].flags & TF_POSS) &&
			attr_possessor(q, a, i)) {
			campaign_of(q, a, k);
			q->sk = i;
			return STOP;
		}
		/* "The Nevada Secretary of State's office", "the attorney
		 * general's office": an office no one in the story holds,
		 * named by it */
		if (i >= lo && i == k - 1 && tok_is(q, k, "office") &&
			(q->tok[i].flags & TF_POSS) && nfq_word_ok(q, i)) {
			int s0 = -1;
			const struct tok *u = &q->tok[i];
			if (u->run >= 0 && q->runs[u->run].kind == R_ROLE)
				s0 = q->runs[u->run].a;
			else if (!(u->flags & TF_CAP) && (TCLS(q, u) & QW_ROLE))
				s0 = nfq_np_start(q, i, lo);
			/* (the whole title: "Nevada Secretary of State's") */
			while (s0 - 2 >= lo && tok_is(q, s0 - 1, "of") && nfq_word_ok(q, s0 - 2) &&
				(q->tok[s0 - 2].flags & TF_CAP))
				s0 = q->tok[s0 - 2].run >= 0 ? q->runs[q->tok[s0 - 2].run].a : s0 - 2;
			if (s0 >= lo && tok_is(q, s0, "the") && s0 < i)
				s0++;
			if (s0 >= lo) {
				nfq_attr_name(a, q->text + q->tok[s0].off, q->tok[k].off +
					q->tok[k].len - q->tok[s0].off, NF_SPEAKER_ORG);
				q->sk = s0;
				return STOP;
			}
		}
		/* "the memo says" after "an internal F.B.I. memo" (not
		 * after a preposition: "an official at one of the trusts
		 * named in the report, who …, said") */
		if (!(k - 2 >= lo && tok_is(q, k - 1, "the") && nfq_word_ok(q, k - 2) &&
			(TCLS(q, &q->tok[k - 2]) & QW_STOP) && !(TCLS(q, &q->tok[k - 2]) &
			(QW_PRON_M | QW_PRON_F | QW_CONJ))) && nfq_doc_owner(q, a, k)) {
			q->sk = k - 1;
			return STOP;
		}
		/* "A third email, from deputy finance director Grant Fowler,
		 * described": its writer in an apposition after it */
		if ((size_t)k + 3 < q->ntok && q->tok[k + 1].type == T_PUNCT &&
			q->tok[k + 1].ch == ',' && (tok_is(q, k + 2, "from") ||
			tok_is(q, k + 2, "by")) && doc_agent(q, a, k + 3, (int)q->ntok)) {
			q->sk = i >= lo ? i : k;
			return STOP;
		}
		/* (or made by them: "The report, released Tuesday by the
		 * City Auditor’s office, found") */
		if (cue_tok > k + 3 && q->tok[k + 1].type == T_PUNCT && q->tok[k + 1].ch == ',' &&
			nfq_doc_noun(q, k) && doc_writer(q, a, k + 2, cue_tok)) {
			q->sk = i >= lo ? i : k;
			return STOP;
		}
		/* "A letter from the Harbour Trust warned", "a 2023 report
		 * prepared by Aotea Consultants found": its writer, after
		 * "from" or "by" inside the subject */
		if (cue_tok > k + 2 && nfq_doc_noun(q, k) && doc_writer(q, a, k + 1, cue_tok)) {
			q->sk = i >= lo ? i : k;
			return STOP;
		}
		/* "a council report said", "A company statement said": the
		 * body its noun names */
		if (nfq_doc_noun(q, k) && doc_body_noun(q, a, k, lo)) {
			q->sk = i >= lo ? i : k;
			return STOP;
		}
		/* "her spokeswoman said", "his campaign said": the person
		 * "she" or "he" would be */
		int g = i >= lo ? (tok_is(q, i, "his") ? 1 : tok_is(q, i, "her") ? 2 : 0) : 0;
		if (g && !person_noun_after(q, k)) {
			attr_set_person(q, a, nfq_salient_pronoun(q, g));
			if (a->spk >= 0) {
				campaign_of(q, a, k);
				q->sk = i;
				return STOP;
			}
		}
	}
	/* "Whitacre's wife says": the wife the story named */
	if (k - 1 >= lo && (q->tok[k - 1].flags & TF_POSS) && q->tok[k - 1].run >= 0 &&
		q->runs[q->tok[k - 1].run].kind == R_PERSON && nfq_kin_word(q, k)) {
		const struct tok *o = &q->tok[k - 1];    /* klen: without "'s" */
		int pid = nfq_kin_of(q, q->text + o->off, o->klen, q->text + t->off, t->len);
		if (pid >= 0) {
			attr_set_person(q, a, pid);
			q->sk = q->runs[o->run].a;
			return STOP;
		}
	}
	if (subject_org(q, a, k, lo))
		return STOP;
	/* an unnamed source: a spokesman, his administration; but a
	 * noun with no determiner is inside a modifier ("X speaking
	 * to the think tank called"): the person before it */
	/* "The head of the police's internal investigators", "the
	 * director of the city's water agency": a noun phrase with a
	 * possessor after "of" hangs on the lower-case head before it */
	int ns = nfq_np_start(q, k, lo);
	if (ns > lo + 2 && (q->tok[ns - 1].flags & TF_POSS) &&
		!(q->tok[ns - 1].flags & TF_CAP) && tok_is(q, ns - 2, "the") &&
		tok_is(q, ns - 3, "of") && ns - 4 >= lo && nfq_word_ok(q, ns - 4) &&
		!(q->tok[ns - 4].flags & TF_CAP))
		return ns - 4;
	int det = 0, di = -1;
	for (int i = k; i >= lo && i > k - 4 && nfq_word_ok(q, i); i--)
		if (TCLS(q, &q->tok[i]) & (QW_DET | QW_GROUP | QW_PASSIVE |
			QW_MODAL)) {
			det = 1;
			di = i;
			break;
		}
	/* "a Moorgate District Council spokeswoman": the determiner
	 * before a longer name that modifies the head */
	if (!det && k - 1 > lo && q->tok[k - 1].run >= 0 &&
		q->runs[q->tok[k - 1].run].b == k) {
		int ra = q->runs[q->tok[k - 1].run].a;
		if (nfq_word_ok(q, ra) && (TCLS(q, &q->tok[ra]) & QW_DET))
			ra++;    /* the run holds a sentence's "A" */
		if (ra - 1 >= lo && nfq_word_ok(q, ra - 1) &&
			(TCLS(q, &q->tok[ra - 1]) & QW_DET)) {
			det = 1;
			di = ra - 1;
		}
	}
	if (det && di - 1 >= lo && tok_is(q, di, "the") &&
		tok_is(q, di - 1, "of")) {
		return di - 2;
	}
	/* a prepositional phrase between the subject and its verb ("Regina
	 * Ip from the pro-Beijing camp said", "Richard Ferrand in relaying
	 * the news to parliament said"): the subject stands before it */
	if (det && di - 1 > lo && cue_tok >= 0 && (cue_tok - k <= 3 ||
		q->tok[k + 1].type == T_PUNCT)) {
		/* (or past a phrase between commas: "A source at the
		 * agriculture ministry, speaking on condition of anonymity,
		 * told") */
		int p = (TCLS(q, &q->tok[di]) & QW_DET) && !tok_is(q, di, "to") ? di - 1 : di;
		if (p > lo && nfq_word_ok(q, p) && !(q->tok[p].flags & TF_CAP) &&
			q->tok[p].len > 4 && !memcmp(q->text + q->tok[p].off +
			q->tok[p].len - 3, "ing", 3) && p - 1 > lo)
			p--;      /* in relaying the news */
		if (p > lo && (tok_is(q, p, "from") || tok_is(q, p, "to") ||
			tok_is(q, p, "at") || tok_is(q, p, "in") || tok_is(q, p, "with") ||
			tok_is(q, p, "on") || tok_is(q, p, "for"))) {
			for (int i = p - 1; i >= lo && i > p - 12; i--) {
				const struct tok *u = &q->tok[i];
				if (u->type != T_WORD || (u->flags & TF_INQ))
					break;
				/* "Republicans on the committee said": a party's
				 * members (the party) or a people (nobody) */
				if (u->run >= 0 && ((q->runs[u->run].kind != R_NONPERSON &&
					q->runs[u->run].kind != R_ROLE) ||
					nfq_people_run(q, &q->runs[u->run])))
					return i;
				if (TCLS(q, u) & (QW_PRON_M | QW_PRON_F))
					return i;
				/* "A senior Democratic aide on the committee
				 * said", "A player on a rival team": a person's
				 * noun, the subject (an unnamed one speaks for
				 * no body) */
				if (!(u->flags & TF_CAP) && ((TCLS(q, u) & (QW_ROLE | QW_TITLE)) ||
					nfq_person_noun(q, i)) && !spokes_noun(q, i))
					return i;
			}
		}
	}
	/* "A Justice Department memo sent to the committee on Monday
	 * says": a past participle's phrase after the subject, which
	 * stands before it */
	if (det && tok_is(q, di, "the") && di - 2 > lo && (tok_is(q, di - 1, "to") ||
		tok_is(q, di - 1, "by") || tok_is(q, di - 1, "for")) &&
		nfq_word_ok(q, di - 2) && !(q->tok[di - 2].flags & TF_CAP) &&
		!(TCLS(q, &q->tok[di - 2]) & (QW_CUE | QW_PASSIVE | QW_STOP)) &&
		(nfq_word_in(q, di - 2, participles) || (q->tok[di - 2].len > 4 &&
		!memcmp(q->text + q->tok[di - 2].off + q->tok[di - 2].len - 2, "ed", 2))) &&
		nfq_word_ok(q, di - 3) && !(TCLS(q, &q->tok[di - 3]) & (QW_PASSIVE | QW_STOP |
		QW_MODAL)))
		return di - 3;
	if (!det)
		person_before(q, a, k - 1, lo);
	else
		nfq_org_phrase(q, a, di, k);
	q->sk = det ? di : k;
	/* "Smith bluntly said": the name is the source, not the adverb */
	if (!det && a->spk >= 0 && k - 1 >= lo && q->tok[k - 1].run >= 0 &&
		ly_adverb(q, k))
		q->sk = q->runs[q->tok[k - 1].run].a;
	return STOP;
	return STOP;
}

/* The comma before a relative pronoun ("…, which", "…, who", "…,
 * whose") in the few words before token o, or -1. */
static int rel_clause_before(const struct nf_quotes *q, int o, int lo)
{
	for (int i = o - 1; i > lo && i > o - 10; i--) {
		if (!nfq_word_ok(q, i))
			return -1;
		if ((tok_is(q, i, "who") || tok_is(q, i, "which") ||
			tok_is(q, i, "whose")) && q->tok[i - 1].type == T_PUNCT &&
			q->tok[i - 1].ch == ',')
			return i - 1;
	}
	return -1;
}

static void subject_left_at(struct nf_quotes *q, struct attr *a, int k, int lo,
	int cue_tok)
{
	int hops = 0;
	/* "One GOP senator who does not sit on the committee told": a
	 * restrictive relative clause inside the subject; its noun */
	for (int i = k; i > lo && i > k - 14 && nfq_word_ok(q, i) &&
		!(q->tok[i].flags & TF_INQ); i--)
		if (tok_is(q, i, "who") && nfq_word_ok(q, i - 1) &&
			!(q->tok[i - 1].flags & TF_CAP) && q->tok[i - 1].run < 0 &&
			!(TCLS(q, &q->tok[i - 1]) & (QW_STOP | QW_DET | QW_CUE |
			QW_SKIP | QW_CONJ | QW_GROUP))) {
			/* (its noun phrase opens the clause: not "She is a bar
			 * worker who says …") */
			int j = i - 2;
			while (j > lo && j > i - 7 && nfq_word_ok(q, j) &&
				!(TCLS(q, &q->tok[j]) & (QW_STOP | QW_DET | QW_CUE |
				QW_PASSIVE | QW_SKIP | QW_MODAL)))
				j--;
			if (j <= lo)
				k = i - 1;
			break;
		}
	/* "A memo from the Brandt campaign to major donors this week,
	 * reviewed by Ledger Wire, describes": a document opening the
	 * clause, its writer right after it; the phrases after that are
	 * the document's, not the subject's */
	if (cue_tok > lo + 3 && (tok_is(q, lo, "a") || tok_is(q, lo, "an") ||
		tok_is(q, lo, "the"))) {
		int d = lo + 1;
		while (d < lo + 4 && d < cue_tok && nfq_word_ok(q, d) && !nfq_doc_noun(q, d) &&
			!(q->tok[d].flags & TF_CAP) && !(TCLS(q, &q->tok[d]) & (QW_STOP | QW_CUE)))
			d++;
		struct attr c;
		nfq_attr_none(&c);
		if (d < cue_tok && nfq_doc_noun(q, d) && doc_writer(q, &c, d + 1, cue_tok)) {
			int e = d + 1;
			while (e < cue_tok && nfq_word_ok(q, e))
				e++;    /* to the comma, or the verb */
			nfq_attr_take_speaker(a, &c);
			q->sk = lo;
			q->send = e - 1;
			return;
		}
	}
	while (k >= lo && hops++ < 40) {
		struct tok *t = &q->tok[k];
		q->sk = k;
		if (t->type == T_MARK && t->quote >= 0 && t->role == M_CLOSE) {
			/* a partial quotation inside the subject's relative
			 * clause ("The RNC, which calls her “Delete Key
			 * Evelyn,” said"): past it, to the subject */
			const struct wq *w = &q->wq[t->quote];
			int rc = w->close_tok == k && w->open_tok > lo &&
				w->prev_kind != PK_NONE && w->prev_kind != PK_COMMA &&
				w->prev_kind != PK_PAREN ? rel_clause_before(q, w->open_tok, lo) : -1;
			if (rc > lo) {
				k = rc - 1;
				q->send = k;    /* the source ends before it */
				continue;
			}
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
		/* "Nur Khan Liton, on Sunday told", "who last year
		 * demanded": a day, month or span of time between the
		 * subject and its verb */
		if (t->type == T_WORD && ((TCLS(q, t) & QW_TIME) ||
			(nfq_word_in(q, k, time_spans) && !tok_is(q, k - 1, "on") &&
			!tok_is(q, k - 1, "in"))) && k - 1 > lo &&
			(tok_is(q, k - 1, "on") || tok_is(q, k - 1, "last") ||
			tok_is(q, k - 1, "next") || tok_is(q, k - 1, "this") ||
			tok_is(q, k - 1, "in") || tok_is(q, k - 1, "early") ||
			tok_is(q, k - 1, "late"))) {
			k -= 2;
			continue;
		}
		/* "on Monday night": a part of a day after its name */
		if (t->type == T_WORD && nfq_word_in(q, k, time_spans) && k - 1 > lo &&
			nfq_word_ok(q, k - 1) && (TCLS(q, &q->tok[k - 1]) & QW_TIME)) {
			k--;
			continue;
		}
		int next;
		if (t->run >= 0 && q->runs[t->run].place && cue_tok >= 0 &&
			(TCLS(q, &q->tok[cue_tok]) & QW_CUE_ING)) {
			/* "a statement at his golf club outside Washington, D.C.
			 * saying": the clause's subject */
			nfq_clause_subject(q, a, k, lo);
			return;
		}
		if (t->type == T_PUNCT)
			next = subject_punct(q, a, k, lo, cue_tok);
		else if (t->type != T_WORD)
			return;
		else if (t->run >= 0)
			next = subject_run(q, a, k, lo);
		else
			next = subject_word(q, a, k, lo, cue_tok);
		if (next == STOP)
			return;
		k = next;
	}
	if (k < lo)
		a->fwd = 1;
}

/* Lower-case words from token j that modify a title before a person's
 * name ("political" in "said CNN senior political commentator Terrence
 * Akers"): the title's token, or -1. */
static int title_modifiers(const struct nf_quotes *q, int j, int hi)
{
	int m = j;
	while (m < hi && m < j + 3 && nfq_word_ok(q, m) && !(q->tok[m].flags & TF_CAP) &&
		!(TCLS(q, &q->tok[m]) & (QW_STOP | QW_CUE | QW_TITLE)))
		m++;
	if (m > j && m + 1 < hi && nfq_word_ok(q, m) && !(q->tok[m].flags & TF_CAP) &&
		(TCLS(q, &q->tok[m]) & QW_TITLE) && q->tok[m + 1].run >= 0 &&
		(q->runs[q->tok[m + 1].run].kind == R_PERSON ||
		q->runs[q->tok[m + 1].run].kind == R_MAYBE))
		return m;
	return -1;
}

/* The speaker named right after a verb: "said Bash", "said the minister". */
/* The source is the person of run ri, after the verb; the source's
 * words run to the name's end (subject_right). */
static void source_run(struct nf_quotes *q, struct attr *a, int ri)
{
	attr_set_person(q, a, nfq_promote_run(q, ri));
	q->rend = q->runs[ri].b - 1;
}

/* The person a role in capitals stands for ("the Mayor", "the Welsh
 * Health Minister"): the last one given that title, by its head word,
 * whose title holds the role's other title words too ("health": not
 * the prime minister); places and peoples before it are not asked for.
 * -1 for none. */
static int role_run_person(struct nf_quotes *q, int ri)
{
	const struct run *r = &q->runs[ri];
	const struct tok *hd = &q->tok[r->b - 1];
	int pid = role_by_head(q, hd, 1);
	if (pid < 0)
		return -1;
	const struct person *p = &q->pers[pid];
	for (int i = r->a; i < r->b - 1; i++) {
		const struct tok *t = &q->tok[i];
		if ((TCLS(q, t) & QW_TITLE) && !(TCLS(q, t) & QW_PLACE) &&
			!nfq_name_has_word(p->title, p->tlen, q->text + t->off, t->len, 0))
			return -1;
	}
	return pid;
}

/* After a role at token j: "of", "at" or "for" an organisation, then a
 * person's name ("CEO of the Refugee Council Enver Solomon", "the
 * director of Amnesty International, Man-Kei Tam"): that person's run,
 * else -1. */
static int role_of_name(const struct nf_quotes *q, int j, int hi)
{
	if (j >= hi || !(tok_is(q, j, "of") || tok_is(q, j, "at") || tok_is(q, j, "for")))
		return -1;
	int m = j + 1;
	if (m < hi && tok_is(q, m, "the"))
		m++;
	if (m >= hi || q->tok[m].run < 0)
		return -1;
	const struct run *r = &q->runs[q->tok[m].run];
	if (r->kind == R_PERSON && r->na > m)
		return q->tok[m].run;    /* the organisation and the name, split */
	if (r->kind != R_NONPERSON && r->kind != R_MAYBE)
		return -1;
	int c = r->b;
	if (c + 1 < hi && q->tok[c].type == T_PUNCT && q->tok[c].ch == ',' &&
		q->tok[c + 1].run >= 0 && (q->runs[q->tok[c + 1].run].kind == R_PERSON ||
		q->runs[q->tok[c + 1].run].kind == R_MAYBE) &&
		(c + 1 + (q->runs[q->tok[c + 1].run].b - q->runs[q->tok[c + 1].run].a) >= hi ||
		q->tok[q->runs[q->tok[c + 1].run].b].type == T_PUNCT))
		return q->tok[c + 1].run;
	return -1;
}

/* The run of a person's name that opens right after the comma at token
 * c, or -1. */
/* The end of person run ri and a place or an organisation after it
 * ("Lou Brennan of Ohio", "Paul Okafor of NBC News"): the token after
 * them, before hi. */
static int name_place_end(const struct nf_quotes *q, int ri, int hi)
{
	int e = q->runs[ri].b;
	if (e + 1 < hi && tok_is(q, e, "of") && q->tok[e + 1].run >= 0 &&
		q->runs[q->tok[e + 1].run].kind == R_NONPERSON &&
		q->runs[q->tok[e + 1].run].b <= hi)
		e = q->runs[q->tok[e + 1].run].b;
	return e;
}

static int name_after_comma(const struct nf_quotes *q, int c, int hi)
{
	if (c + 1 >= hi || q->tok[c].type != T_PUNCT || q->tok[c].ch != ',')
		return -1;
	int n = c + 1;    /* past "former", "acting": ", former Rep. Lou Brennan" */
	while (n + 1 < hi && n < c + 3 && nfq_word_ok(q, n) && !(q->tok[n].flags & TF_CAP) &&
		(TCLS(q, &q->tok[n]) & QW_TITLE) && !(TCLS(q, &q->tok[n]) & QW_ROLE))
		n++;
	int ri = q->tok[n].run;
	return ri >= 0 && q->runs[ri].a == n && (q->runs[ri].kind == R_PERSON ||
		q->runs[ri].kind == R_MAYBE) ? ri : -1;
}

/* A role's words from token j (lower case, or capitals that are no
 * person's name: "the Welsh Health Minister"), then a comma and a
 * person's name that ends the phrase ("…, Mark Drakeford."): the name's
 * run, or -1. */
static int comma_name(const struct nf_quotes *q, int j, int hi)
{
	int j0 = j;
	while (j < hi && j < j0 + 5 && nfq_word_ok(q, j) &&
		(q->tok[j].run < 0 || q->runs[q->tok[j].run].kind == R_NONPERSON ||
		q->runs[q->tok[j].run].kind == R_ROLE) &&
		((q->tok[j].flags & (TF_CAP | TF_POSS)) || !(TCLS(q, &q->tok[j]) &
		(QW_CUE | QW_PRON_M | QW_PRON_F | QW_STOP | QW_DET))))
		j++;    /* "the report's editor" */
	if (j == j0)
		return -1;
	int ri = name_after_comma(q, j, hi);
	if (ri < 0)
		return -1;
	int b = name_place_end(q, ri, hi);    /* "…, Rep. Jamie Raskin of
					       * Maryland." */
	return b >= hi || q->tok[b].type == T_PUNCT ? ri : -1;
}

/* After "the" at k, a description's head: past its modifiers to the
 * last of its role's words ("the Vermont senator", "the former vice
 * president"), three words at most (before hi). */
static int desc_end(struct nf_quotes *q, int k, int hi)
{
	int h = k + 1;
	while (h + 1 < hi && h < k + 4 && desc_modifier(q, h) && !desc_head(q, h))
		h++;
	while (h + 1 < hi && h < k + 4 && desc_head(q, h) && desc_head(q, h + 1))
		h++;
	return h;
}

/* Is run ri a party's word before a person's noun in lower case that
 * ends the phrase ("the Democratic nominee", "the GOP senator"), not an
 * organisation's name before its officer ("the Bank of England
 * governor" speaks for the bank)? */
static int party_before_person(struct nf_quotes *q, int ri, int hi)
{
	const struct run *r = &q->runs[ri];
	int b = r->b;
	if (r->b - r->a != 1 || !(nfq_party_noun(q, r->a) ||
		tok_is(q, r->a, "democratic") || tok_is(q, r->a, "gop")))
		return 0;
	return b < hi && nfq_word_ok(q, b) && !(q->tok[b].flags & TF_CAP) &&
		desc_head(q, b) && !(b + 1 < hi && nfq_word_ok(q, b + 1) &&
		!(TCLS(q, &q->tok[b + 1]) & (QW_STOP | QW_CUE | QW_DET)));
}

/* subject_right_at at a determiner k ("said the director of …", "said a
 * Woolworths spokesperson", "said the Mayor"): 1 with a found, else 0. */
static int subject_right_det(struct nf_quotes *q, struct attr *a, int k, int hi)
{
	/* "said the director of Amnesty International, Man-Kei Tam":
	 * the name after the role's organisation */
	int h = k + 1;
	while (h < hi && h < k + 4 && nfq_word_ok(q, h) && !(q->tok[h].flags & TF_CAP) &&
		(TCLS(q, &q->tok[h]) & QW_TITLE))
		h++;
	int ri = h > k + 1 ? role_of_name(q, h, hi) : -1;
	if (ri >= 0) {
		source_run(q, a, ri);
		return 1;
	}
	/* "said a Woolworths spokesperson", "said a spokesman for the
	 * Kremlin": the organisation behind an unnamed source */
	h = k + 1;
	while (h < hi && h < k + 5 && nfq_word_ok(q, h) && ((q->tok[h].flags & TF_CAP) ||
		(TCLS(q, &q->tok[h]) & QW_TITLE)) && !(TCLS(q, &q->tok[h]) & QW_STOP))
		h++;
	if (h > k + 1 && (TCLS(q, &q->tok[h - 1]) & QW_TITLE) &&
		!(q->tok[h - 1].flags & TF_CAP) && nfq_org_phrase(q, a, k, h - 1))
		return 1;
	/* "said the Mayor", "said the Lemnos Mayor": a role, in
	 * capitals, resolved as in lower case */
	if (k + 1 < hi && q->tok[k + 1].run >= 0 &&
		q->runs[q->tok[k + 1].run].a == k + 1 &&
		q->runs[q->tok[k + 1].run].kind == R_ROLE) {
		attr_set_person(q, a, role_run_person(q, q->tok[k + 1].run));
		q->rend = q->runs[q->tok[k + 1].run].b - 1;
		return 1;
	}
	/* "said the Spaniard": a person by their nation
	 * (demonym_referent) */
	if (tok_is(q, k, "the") && k + 1 < hi && nfq_demonym_person(q, k + 1) &&
		(k + 2 >= hi || q->tok[k + 2].type != T_WORD)) {
		attr_set_person(q, a, demonym_referent(q, k + 1));
		q->rend = k + 1;
		return 1;
	}
	/* "said the California Democrat": a party's member met before */
	if (tok_is(q, k, "the")) {
		int h = desc_end(q, k, hi);
		if (nfq_party_noun(q, h)) {
			attr_set_person(q, a, desc_person(q, k + 1, h));
			q->rend = h;
			return 1;
		}
	}
	/* "said the Foreign Ministry", "said the KCNA news agency"; not a
	 * party's word before a person's noun ("said the Democratic
	 * nominee") */
	if (k + 1 < hi && (q->tok[k + 1].flags & TF_CAP) && q->tok[k + 1].run >= 0 &&
		q->runs[q->tok[k + 1].run].a == k + 1 &&
		q->runs[q->tok[k + 1].run].kind == R_NONPERSON &&
		!(q->tok[q->runs[q->tok[k + 1].run].b - 1].flags & TF_POSS) &&
		!party_before_person(q, q->tok[k + 1].run, hi) &&
		nfq_attr_org(q, a, q->tok[k + 1].run))
		return 1;
	/* "says the 27-year-old", "said the Uppsala professor": a person
	 * met before, by a title or an apposition */
	if (tok_is(q, k, "the")) {
		int h = desc_end(q, k, hi);
		int pid = desc_person(q, k + 1, h);
		if (pid > -2 && !(h + 1 < hi && nfq_word_ok(q, h + 1) &&
			(q->tok[h + 1].flags & TF_CAP))) {
			attr_set_person(q, a, pid);
			if (pid >= 0)
				q->rend = h;
			return 1;
		}
	}
	int i = k + 1;
	while (i < hi && nfq_word_ok(q, i) && !(q->tok[i].flags & TF_CAP) &&
		((TCLS(q, &q->tok[i]) & QW_TITLE) || nfq_person_noun(q, i) ||
		nfq_age_word(q, i)) && i - k < 4)
		i++;
	if (i > k + 1 && tok_is(q, k, "the") &&
		(TCLS(q, &q->tok[i - 1]) & QW_ROLE)) {
		attr_set_person(q, a, role_by_head(q, &q->tok[i - 1], 1));
		return 1;
	}
	/* "said a man surnamed Kang", "a woman named Ana": the name */
	if (i > k + 1 && i + 1 < hi && (tok_is(q, i, "surnamed") || tok_is(q, i, "named")) &&
		q->tok[i + 1].run >= 0 && q->runs[q->tok[i + 1].run].a == i + 1 &&
		(q->runs[q->tok[i + 1].run].kind == R_PERSON ||
		q->runs[q->tok[i + 1].run].kind == R_MAYBE)) {
		attr_set_person(q, a, nfq_promote_run(q, q->tok[i + 1].run));
		q->rend = q->runs[q->tok[i + 1].run].b - 1;
		return 1;
	}
	a->spk = -1;   /* "said a spokesman" */
	return i > k + 1;
}

static int subject_right_at(struct nf_quotes *q, struct attr *a, int k, int hi)
{
	if (k >= hi || !nfq_word_ok(q, k))
		return 0;
	/* "tweeted former thinktank executive Ken Gude": lower-case words
	 * with a title among them, then the name */
	int j = k, titled = 0, plain = 1;
	/* (a title that is a verb too: "said state Rep. Dana Whitfield") */
	while (j < hi && j < k + 4 && nfq_word_ok(q, j) && !(q->tok[j].flags & TF_CAP) &&
		!(TCLS(q, &q->tok[j]) & (QW_DET | QW_PRON_M | QW_PRON_F)) &&
		(!(TCLS(q, &q->tok[j]) & QW_CUE) || (TCLS(q, &q->tok[j]) & QW_TITLE))) {
		titled |= (TCLS(q, &q->tok[j]) & QW_TITLE) != 0;
		plain &= (!(TCLS(q, &q->tok[j]) & (QW_STOP | QW_SKIP | QW_CONJ)) ||
			(tok_is(q, j, "and") && j > k) || tok_is(q, j, "new") ||
			tok_is(q, j, "former")) && !(q->tok[j].flags & TF_POSS);
			/* "said new media specialist Ian Maude" */
		j++;
	}
	/* "said study co-author Professor Carl Lipo": a role the lists
	 * lack, in plain nouns before a person's name */
	if (!titled && plain && j > k && j < hi && q->tok[j].run >= 0 &&
		(q->runs[q->tok[j].run].kind == R_PERSON ||
		q->runs[q->tok[j].run].kind == R_MAYBE))
		titled = 1;
	if (titled && j > k && j < hi && nfq_word_ok(q, j) && (q->tok[j].flags & TF_CAP))
		k = j;
	else if (titled && j > k) {
		int ri = role_of_name(q, j, hi);    /* "said director of X Y" */
		if (ri >= 0) {
			source_run(q, a, ri);
			return 1;
		}
	}
	struct tok *t = &q->tok[k];
	if (TCLS(q, t) & (QW_PRON_M | QW_PRON_F)) {
		pron_source(q, a, k);
		return 1;
	}
	/* "said his father, Abdullah Kurdi", "said the Welsh Health
	 * Minister, Mark Drakeford", "said a neighbour, Omar Saleh": a
	 * relation or role, then the name after a comma */
	if (!(t->flags & TF_CAP) && (tok_is(q, k, "his") || tok_is(q, k, "her") ||
		tok_is(q, k, "their") || tok_is(q, k, "its") || tok_is(q, k, "the") ||
		tok_is(q, k, "a") || tok_is(q, k, "an"))) {
		int ri = comma_name(q, k + 1, hi);
		if (ri >= 0) {
			source_run(q, a, ri);
			return 1;
		}
	}
	if (t->run >= 0 && (t->flags & TF_CAP)) {
		/* past an organisation and a lower-case title to the name,
		 * and past a possessor and the words of a relation ("Huber's
		 * longtime tag team partner Erick Rowan"); with no name after
		 * it, the organisation itself ("said KCNA") */
		int j = k, org = -1;
		while (j < hi && j < k + 8 && nfq_word_ok(q, j)) {
			const struct tok *u = &q->tok[j];
			if (u->run >= 0 && (q->tok[q->runs[u->run].b - 1].flags & TF_POSS)) {
				int e = q->runs[u->run].b;
				while (e < hi && e < q->runs[u->run].b + 5 && nfq_word_ok(q, e) &&
					!(q->tok[e].flags & TF_CAP))
					e++;
				/* "Pedego’s Don DiCostanza": a name right after */
				if (e < hi && q->tok[e].run >= 0 && q->tok[e].run != u->run &&
					(q->runs[q->tok[e].run].kind == R_PERSON ||
					q->runs[q->tok[e].run].kind == R_MAYBE)) {
					j = e;
					continue;
				}
				/* "Wales' health minister, Mark Drakeford" */
				int ri = comma_name(q, q->runs[u->run].b, hi);
				if (ri >= 0) {
					source_run(q, a, ri);
					return 1;
				}
			}
			if (u->run >= 0) {
				struct run *r = &q->runs[u->run];
				/* "said Whitcomb campaign manager Trevor Haight":
				 * a person's group and a role, then the name */
				int g = r->b;
				if ((r->kind == R_PERSON || r->kind == R_MAYBE) && g + 2 < hi &&
					nfq_org_noun(q, g) == 3) {
					int m = g + 1;
					while (m < hi && m < g + 4 && nfq_word_ok(q, m) &&
						!(q->tok[m].flags & TF_CAP) && (TCLS(q, &q->tok[m]) & QW_TITLE))
						m++;
					if (m > g + 1 && m < hi && q->tok[m].run >= 0 &&
						q->runs[q->tok[m].run].a == m &&
						(q->runs[q->tok[m].run].kind == R_PERSON ||
						q->runs[q->tok[m].run].kind == R_MAYBE)) {
						j = m;
						continue;
					}
				}
				if (r->kind == R_PERSON || r->kind == R_MAYBE) {
					attr_set_person(q, a, r->kind == R_PERSON ?
						r->pid : nfq_promote_run(q, u->run));
					return 1;
				}
				int ri = r->kind == R_ROLE ? role_of_name(q, r->b, hi) : -1;
				if (ri >= 0) {    /* "said CEO of X Y" */
					source_run(q, a, ri);
					return 1;
				}
				if (org < 0 && (r->kind == R_NONPERSON || r->kind == R_ROLE) &&
					!(q->tok[r->b - 1].flags & TF_POSS))
					org = u->run;    /* or a role: "said Lemnos Mayor, X" */
				j = r->b;
				continue;
			}
			if (!(u->flags & TF_CAP) && (TCLS(q, u) & QW_TITLE)) {
				j++;
				continue;
			}
			/* "said CNN senior political commentator Terrence
			 * Akers": lower-case modifiers of a title before the
			 * name */
			int m = title_modifiers(q, j, hi);
			if (m > j) {
				j = m + 1;
				continue;
			}
			break;
		}
		/* "said University of California, San Diego's chancellor,
		 * Pradeep Khosla": the name after the organisation's role */
		if (org >= 0 && j + 1 < hi && q->tok[j].type == T_PUNCT && q->tok[j].ch == ',')
			for (int c = j; c + 1 < hi && c < j + 10; c++) {
				if (q->tok[c].type == T_PUNCT && q->tok[c].ch != ',')
					break;
				int ri = q->tok[c + 1].run;
				if (q->tok[c].type == T_PUNCT && ri >= 0 && q->runs[ri].a == c + 1 &&
					(q->runs[ri].kind == R_PERSON || q->runs[ri].kind == R_MAYBE) &&
					(q->runs[ri].b >= (int)hi || q->tok[q->runs[ri].b].type == T_PUNCT)) {
					source_run(q, a, ri);
					return 1;
				}
			}
		if (org >= 0 && q->runs[org].kind == R_NONPERSON &&
			(j >= hi || q->tok[j].type != T_WORD) && nfq_attr_org(q, a, org))
			return 1;
		attr_set_person(q, a, -1);
		return 1;
	}
	if (tok_is(q, k, "the") || tok_is(q, k, "a") || tok_is(q, k, "an"))
		return subject_right_det(q, a, k, hi);
	return 0;
}

/* The source as written: tokens a..b of this record, trimmed of the
 * adverbs and commas that stand between a subject and its verb. */
static void attr_set_source(struct nf_quotes *q, struct attr *a, int s, int e)
{
	/* "X, the populist, who last year": the relative pronoun and the
	 * time between it and the verb are not the source's */
	static const char *const tail[] = { "who", "which", "last", "this",
		"next", "on", "in", NULL };
	while (e > s && (q->tok[e].type != T_WORD || (TCLS(q, &q->tok[e]) &
		(QW_SKIP | QW_PASSIVE | QW_TIME)) || ly_adverb(q, e) ||
		nfq_word_in(q, e, tail) || nfq_word_in(q, e, time_spans)) &&
		q->tok[e].run < 0 &&
		!(q->tok[e].type == T_PUNCT &&
		q->tok[e].ch == ')'))
		e--;      /* a party tag "(D-Wis.)" stays */
	/* "with what WalesOnline called": the subject follows "what" */
	for (int j = s; s >= 0 && j < e && j <= s + 1 && nfq_word_ok(q, j); j++)
		if (tok_is(q, j, "what")) {
			s = j + 1;
			break;
		}
	if (s < 0 || e < s || !nfq_word_ok(q, s))
		return;
	/* "As Tom Hale put it", "But Roe said": the conjunction that
	 * opens the sentence is not the source's */
	if (s < e && nfq_word_ok(q, s + 1) && (tok_is(q, s, "as") || tok_is(q, s, "but") ||
		tok_is(q, s, "and")))
		s++;
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
	for (int runs = 0;; runs++) {
		while (k - 1 >= lo && nfq_word_ok(q, k - 1) && (!(q->tok[k - 1].flags & TF_CAP) ||
			k - 1 == lo) &&
			((TCLS(q, &q->tok[k - 1]) & (QW_TITLE | QW_DET)) ||
			((TCLS(q, &q->tok[k - 1]) & QW_COLLECTIVE) && nfq_word_ok(q, k) &&
			!(q->tok[k].flags & TF_CAP) && (TCLS(q, &q->tok[k]) & QW_TITLE))) &&
			!(TCLS(q, &q->tok[k - 1]) & (QW_CUE | QW_PASSIVE)) &&
			!tok_is(q, k - 1, "of") && !tok_is(q, k - 1, "to") &&
			!tok_is(q, k - 1, "by"))
			k--;
		/* "Trump campaign chairman Paul Manafort", "CNN political
		 * commentator X": a name that modifies the role's words */
		if (runs || k - 1 < lo || q->tok[k - 1].run < 0 || !nfq_word_ok(q, k) ||
			(q->tok[k].flags & TF_CAP) || q->runs[q->tok[k - 1].run].b != k ||
			!(TCLS(q, &q->tok[k]) & (QW_TITLE | QW_COLLECTIVE)) ||
			(q->tok[k - 1].flags & TF_POSS))
			return k;
		k = q->runs[q->tok[k - 1].run].a;
	}
}

static const char *const sign_nouns[] = { "sign", "signs", "banner",
	"banners", "placard", "placards", "poster", "posters", "shirt",
	"shirts", NULL };

/* Does a sign's noun stand just before the verb at token p ("signs
 * reading", "a sign that read", "banners saying")? Its words are then a
 * sign's text, a partial quotation by NOTES.md. */
int nfq_sign_text(const struct nf_quotes *q, int p)
{
	if (p < 1 || !nfq_word_ok(q, p) || !(TCLS(q, &q->tok[p]) & (QW_CUE_ADJ | QW_CUE)))
		return 0;
	for (int i = p - 1; i >= 0 && i >= p - 3 && nfq_word_ok(q, i); i--)
		if (nfq_word_in(q, i, sign_nouns))
			return 1;
	return 0;
}

void nfq_subject_left(struct nf_quotes *q, struct attr *a, int k, int lo,
	int cue_tok)
{
	q->sk = -1;
	/* "a banner from People's Vote saying": the sign says it, and a
	 * sign speaks for nobody, whoever carries or made it */
	if (cue_tok >= 0 && (TCLS(q, &q->tok[cue_tok]) & QW_CUE_ING))
		for (int i = k, by = 0; i >= lo && i > k - 8 && nfq_word_ok(q, i); i--) {
			by |= tok_is(q, i, "from") || tok_is(q, i, "of") || tok_is(q, i, "by");
			if (by && nfq_word_in(q, i, sign_nouns)) {
				int st = i - 1 >= lo && nfq_word_ok(q, i - 1) &&
					(TCLS(q, &q->tok[i - 1]) & QW_DET) ? i - 1 : i;
				attr_set_source(q, a, st, k);
				a->spk = -1;
				return;
			}
		}
	/* "Pratt volunteers held signs reading", "a sign that read": the
	 * sign's words, whoever holds it */
	if (cue_tok >= 0 && nfq_sign_text(q, cue_tok))
		for (int i = cue_tok - 1; i >= lo && i >= cue_tok - 3; i--)
			if (nfq_word_in(q, i, sign_nouns)) {
				int st = i - 1 >= lo && nfq_word_ok(q, i - 1) &&
					(TCLS(q, &q->tok[i - 1]) & QW_DET) ? i - 1 : i;
				attr_set_source(q, a, st, i);
				a->spk = -1;
				return;
			}
	q->send = -1;
	subject_left_at(q, a, k, lo, cue_tok);
	if (q->sk < lo || a->inherit || a->fwd)
		return;
	/* "Gregory Tan of the Edison firm Tan & Mirabelli said": the
	 * person before "of" and the body they work for */
	int sr = q->tok[q->sk].run;
	if (sr >= 0 && q->runs[sr].a == q->sk) {
		int o = q->sk - 1;
		/* (a firm of partners: "Tan & Mirabelli") */
		if (o - 1 > lo && q->tok[o].len == 1 && q->text[q->tok[o].off] == '&' &&
			q->tok[o - 1].run >= 0 && q->runs[q->tok[o - 1].run].b == o)
			o = q->runs[q->tok[o - 1].run].a - 1;
		for (int m = 0; m < 3 && o > lo && nfq_word_ok(q, o) && !tok_is(q, o, "of") &&
			!(TCLS(q, &q->tok[o]) & (QW_STOP | QW_DET | QW_CUE)); m++)
			o--;    /* (the body's kind and place: "the Edison law firm") */
		if (o > lo && tok_is(q, o, "the"))
			o--;
		int pr = o > lo && tok_is(q, o, "of") ? q->tok[o - 1].run : -1;
		if (pr >= 0 && q->runs[pr].b == o && q->runs[pr].kind == R_PERSON &&
			q->runs[pr].pid >= 0 && q->runs[pr].nb - q->runs[pr].na >= 2) {
			attr_set_person(q, a, q->runs[pr].pid);
			q->sk = q->runs[pr].a;
		}
	}
	int s = subject_start(q, q->sk, lo);
	/* "Sources close to Meltemi said", "people familiar with the
	 * talks": the name after "close to" or "familiar with" is whom
	 * the unnamed are near, not who speaks */
	static const char *const near[] = { "sources", "source", "people", "person",
		"insiders", "insider", "someone", "those", "officials", "one", NULL };
	if (s - 3 >= lo && near_words(q, s - 2) &&
		nfq_word_ok(q, s - 3) && nfq_word_in_ci(q, s - 3, near)) {
		int st = s - 4 >= lo && nfq_word_ok(q, s - 4) && (TCLS(q, &q->tok[s - 4]) & QW_DET) ?
			s - 4 : s - 3;
		attr_set_source(q, a, st, q->send >= s ? q->send : cue_tok - 1 >= s ?
			cue_tok - 1 : q->sk);
		a->spk = -1;
		a->stype = 0;
		return;
	}
	attr_set_source(q, a, s, q->send >= s ? q->send : cue_tok - 1 >= s ?
		cue_tok - 1 : q->sk);
	/* "Kay Ivey tweeted her reasoning saying": a participle after the
	 * object of a verb hangs on the clause's subject, not the object */
	if (a->spk < 0 && cue_tok >= 0 && (TCLS(q, &q->tok[cue_tok]) & QW_CUE_ING) &&
		s - 1 > lo && nfq_word_ok(q, s - 1) && !(q->tok[s - 1].flags & TF_CAP) &&
		!(TCLS(q, &q->tok[s - 1]) & (QW_STOP | QW_DET | QW_CONJ | QW_SKIP |
		QW_PASSIVE | QW_MODAL))) {
		/* but "carried banners saying": a sign's words are nobody's */
		for (int i = s; i < cue_tok; i++)
			if (nfq_word_in(q, i, sign_nouns))
				return;
		struct attr c;
		nfq_attr_none(&c);
		nfq_clause_subject(q, &c, s - 1, lo);
		if (c.spk >= 0 && !c.inherit) {
			nfq_attr_take_speaker(a, &c);
			nfq_attr_take_source(a, &c);
		}
	}
}

/* A voice named after the verb: "said the company's spokesman", "reads
 * Judge Miller's statement", "reads an AEW press release", "read a
 * statement from the club": the possessor, the organisation before the
 * noun or the agent after it speaks; an unowned one names nobody. The
 * noun's token (or the agent's last), or -1 when no voice stands at k. */
static int voice_right(struct nf_quotes *q, struct attr *a, int k, int hi)
{
	int i = k, p = -1, org = -1, group = -1;
	if (i < hi && nfq_word_ok(q, i) && (TCLS(q, &q->tok[i]) & QW_DET) &&
		!(q->tok[i].flags & TF_POSS))
		i++;
	for (; i < hi && i < k + 7 && nfq_word_ok(q, i); i++) {
		const struct tok *u = &q->tok[i];
		if (u->flags & TF_POSS) {
			p = i;
			continue;
		}
		if (voice_noun(q, i) && !(u->flags & TF_CAP) && (group < 0 || i > group))
			break;
		if (u->run >= 0 && (u->flags & TF_CAP)) {
			const struct run *r = &q->runs[u->run];
			/* "said a Brackett campaign spokesman": the group a
			 * person names */
			if ((r->kind == R_PERSON || r->kind == R_MAYBE) && r->a == i &&
				!(q->tok[r->b - 1].flags & TF_POSS) && r->b + 1 < hi &&
				nfq_org_noun(q, r->b) == 3 && voice_noun(q, r->b + 1)) {
				group = r->b;
				i = r->b;
				continue;
			}
			if ((r->kind == R_PERSON || r->kind == R_MAYBE) &&
				!(q->tok[r->b - 1].flags & TF_POSS))
				return -1;      /* a name: subject_right_at's */
			if (r->kind == R_NONPERSON && !(q->tok[r->b - 1].flags & TF_POSS))
				org = u->run;
			if (r->b - 1 > i)
				i = r->b - 2;
			continue;
		}
		if ((u->flags & TF_CAP) || (TCLS(q, u) & (QW_CUE | QW_PRON_M |
			QW_PRON_F | QW_STOP | QW_CONJ)))
			return -1;
	}
	if (i >= hi || i >= k + 7 || !nfq_word_ok(q, i) || !voice_noun(q, i) ||
		(q->tok[i].flags & TF_CAP))
		return -1;
	/* "said Acme spokesman John Doe": the voice has a name (past a
	 * title after it: "said Okafor-Reyes campaign spokeswoman Priya
	 * Castellanos") */
	int n = i + 1;
	while (n < hi && n < i + 4 && nfq_word_ok(q, n) && !(q->tok[n].flags & TF_CAP) &&
		(TCLS(q, &q->tok[n]) & QW_TITLE))
		n++;
	if (n < hi && q->tok[n].run >= 0 && q->runs[q->tok[n].run].a == n &&
		(q->runs[q->tok[n].run].kind == R_PERSON ||
		q->runs[q->tok[n].run].kind == R_MAYBE))
		return -1;
	a->spk = -1;
	if (p >= 0) {
		if (!attr_possessor(q, a, p))
			a->spk = -1;
		return i;
	}
	if (group >= 0) {
		if (!nfq_org_of_person(q, a, group))
			a->spk = -1;
		return i;
	}
	if (org >= 0) {
		if (!nfq_attr_org(q, a, org))
			a->spk = -1;
		return i;
	}
	if (nfq_doc_owner(q, a, i))
		return i;    /* "reads the memo" after "a Tate memo" */
	/* the agent's first token: "reads a letter from X", or past a
	 * participle of making and when ("warned a report published in
	 * March by the Observatoire Garonne": doc_writer) */
	int e = -1;
	if (nfq_doc_noun(q, i) && doc_writer(q, a, i + 1, hi)) {
		e = i + 2;
		while (e < hi && e < i + 8 && !(tok_is(q, e - 1, "by") || tok_is(q, e - 1, "from")))
			e++;
	} else if (i + 2 < hi && (tok_is(q, i + 1, "from") || tok_is(q, i + 1, "by") ||
		tok_is(q, i + 1, "of")) && agent_source(q, a, i + 2, hi))
		e = i + 2;
	if (e < 0)
		return i;
	/* the source ends with the agent's name */
	int lim = e + 10;
	while (e + 1 < hi && e < lim && nfq_word_ok(q, e + 1) &&
		((q->tok[e + 1].flags & TF_CAP) || q->tok[e + 1].run >= 0))
		e++;
	return e;
}

static int subject_right(struct nf_quotes *q, struct attr *a, int k, int hi)
{
	/* "wrote analysts at Harlow Brothers in a note" */
	int fr = k + 2 < hi && nfq_word_ok(q, k + 2) && tok_is(q, k + 2, "the") ? k + 3 : k + 2;
	if (fr < hi && q->tok[fr].run >= 0 && q->runs[q->tok[fr].run].a == fr &&
		firm_group(q, fr, k) == k && firm_speaks(q, a, q->tok[fr].run)) {
		attr_set_source(q, a, k, q->runs[q->tok[fr].run].b - 1);
		return 1;
	}
	int v = voice_right(q, a, k, hi);
	if (v >= 0) {
		attr_set_source(q, a, k, v);
		return 1;
	}
	q->rend = -1;
	int r = subject_right_at(q, a, k, hi);
	if (!r)
		return r;
	int e = k;
	if (q->rend > k) {
		/* "said CEO of the Refugee Council Enver Solomon" */
		attr_set_source(q, a, k, q->rend);
		return r;
	}
	if (!(q->tok[k].flags & TF_CAP) && !(TCLS(q, &q->tok[k]) & (QW_DET |
		QW_PRON_M | QW_PRON_F)))
		/* "study co-author Professor Carl Lipo": the role's words */
		while (e + 1 < hi && e < k + 4 && nfq_word_ok(q, e + 1) &&
			!(q->tok[e + 1].flags & TF_CAP) && !(TCLS(q, &q->tok[e + 1]) &
			(QW_DET | QW_STOP | QW_CUE | QW_PRON_M | QW_PRON_F)))
			e++;
	while (e + 1 < hi && nfq_word_ok(q, e + 1) && !nfq_cue_at(q, e + 1, k) &&
		((q->tok[e + 1].flags & TF_CAP) || (TCLS(q, &q->tok[e + 1]) &
		(QW_TITLE | QW_PARTICLE)) || q->tok[e + 1].run >= 0 ||
		title_modifiers(q, e + 1, hi) > e + 1) && e < k + 10)
		e++;
	if (e == k && !(q->tok[k].flags & TF_CAP) && (TCLS(q, &q->tok[k]) & QW_DET))
		/* "said his father, Omar Saleh": to the end of the name */
		while (e + 1 < hi && e < k + 10 && (nfq_word_ok(q, e + 1) ||
			(q->tok[e + 1].type == T_PUNCT && q->tok[e + 1].ch == ',' &&
			e + 2 < hi && q->tok[e + 2].run >= 0)))
			e++;
	attr_set_source(q, a, k, e);
	return r;
}

/* "X was quoted as saying", "X was quoted by the newspaper Y as
 * saying": the subject before the passive; "Y quoted X as saying": the
 * object. The verb is token k ("saying"). */
static int quoted_as(struct nf_quotes *q, struct attr *a, int k, int lo)
{
	if (!(TCLS(q, &q->tok[k]) & QW_CUE_ING) || k - 2 < lo || !tok_is(q, k - 1, "as"))
		return 0;
	int j = k - 2;
	while (j >= lo && j > k - 24 && !tok_is(q, j, "quoted") &&
		!(q->tok[j].type == T_PUNCT && q->tok[j].ch != ',') &&
		q->tok[j].type != T_MARK)
		j--;
	if (j < lo || !tok_is(q, j, "quoted"))
		return 0;
	if (j - 1 >= lo && nfq_word_ok(q, j - 1) && (TCLS(q, &q->tok[j - 1]) & QW_PASSIVE)) {
		nfq_subject_left(q, a, j - 2, lo, j);
	} else if (j + 1 < k - 1 && subject_right(q, a, j + 1, k - 1)) {
		;
	} else {
		return 0;
	}
	a->fwd = 0;
	return 1;
}

/* The source after "according to", tokens j..e: a person ("Rutgers
 * University scholar Kelly Dittmar", "a tweet by US Secretary of State
 * Mike Pompeo"), an organisation ("the CDC", "the ministry"), the
 * person in focus ("him"); nobody for several ("police and county
 * officials"). */
static void according_source(struct nf_quotes *q, struct attr *a, int j, int e)
{
	a->spk = -1;
	if (j >= e)
		return;
	if (tok_is(q, j, "him") || tok_is(q, j, "her")) {
		attr_set_person(q, a, nfq_salient_pronoun(q, tok_is(q, j, "him") ? 1 : 2));
		attr_set_source(q, a, j, j);
		return;
	}
	for (int i = j; i < e && i < j + 14; i++) {
		const struct tok *u = &q->tok[i];
		if (u->type != T_WORD || (u->flags & TF_INQ))
			break;
		int end = -1;
		/* "according to a copy of his prepared remarks": the
		 * person "he" is */
		if ((tok_is(q, i, "his") || tok_is(q, i, "her")) && !(u->flags & TF_CAP)) {
			int v = i + 1;
			while (v < e && v < i + 4 && nfq_word_ok(q, v) && !voice_noun(q, v) &&
				!(TCLS(q, &q->tok[v]) & (QW_STOP | QW_DET)))
				v++;
			if (v < e && nfq_word_ok(q, v) && voice_noun(q, v)) {
				attr_set_person(q, a, nfq_salient_pronoun(q,
					tok_is(q, i, "his") ? 1 : 2));
				if (a->spk >= 0)
					attr_set_source(q, a, j, v);
				return;
			}
		}
		if (u->run >= 0 && q->runs[u->run].kind == R_MAYBE &&
			q->runs[u->run].b < e && q->tok[q->runs[u->run].b].len > 6 &&
			!memcmp(q->text + q->tok[q->runs[u->run].b].off, "spokes", 6))
			q->runs[u->run].kind = R_NONPERSON;  /* a Woolworths spokesperson */
		if (u->pid >= 0 || (u->run >= 0 && q->runs[u->run].kind == R_MAYBE)) {
			attr_set_person(q, a, u->run >= 0 ? nfq_promote_run(q, u->run) :
				u->pid);
			end = u->run >= 0 ? q->runs[u->run].b - 1 : i;
		} else if (u->run >= 0 && q->runs[u->run].kind == R_NONPERSON) {
			int b = q->runs[u->run].b;
			/* "a Woolworths spokesperson", "a New York Times
			 * profile", "a Reuters analysis": the organisation
			 * speaks through them */
			static const char *const findings[] = { "study",
				"survey", "analysis", "profile", "poll", "article",
				"investigation", "editorial", "filing", NULL };
			int voice = b < e && (voice_noun(q, b) ||
				nfq_word_in(q, b, findings));
			if (b < e && nfq_word_ok(q, b) && !(q->tok[b].flags & TF_CAP) &&
				!tok_is(q, b, "and") && !voice)
				{ i = b - 1; continue; }    /* "a CNN reporter" */
			if (!nfq_attr_org(q, a, u->run))
				{ i = b - 1; continue; }
			end = voice ? b : b - 1;
		} else if (nfq_org_by_noun(q, a, i, j)) {
			end = i;
		} else {
			continue;
		}
		if (end + 1 < e && tok_is(q, end + 1, "and")) {
			attr_set_person(q, a, -1);    /* several sources */
			return;
		}
		attr_set_source(q, a, j, end);
		return;
	}
}

/* Does the speech verb at k stand in a parenthesis after a comma, its
 * subject alone after it and then a comma ("However, said Mathers, …",
 * "Historically, says Ingabire, Rwandan women …")? Tokens before hi. */
/* After the speech verb at k, the end of a subject standing alone there:
 * names, titles, roles and determiners, up to eight words (before hi). */
static int subject_after(struct nf_quotes *q, int k, int hi)
{
	int e = k + 1;
	while (e < hi && e < k + 9 && nfq_word_ok(q, e) &&
		((q->tok[e].flags & TF_CAP) || (TCLS(q, &q->tok[e]) &
		(QW_DET | QW_TITLE | QW_ROLE))) && !(TCLS(q, &q->tok[e]) & QW_STOP &&
		!(TCLS(q, &q->tok[e]) & QW_DET)) &&
		!(TCLS(q, &q->tok[e]) & QW_TIME))    /* not "said Tuesday," */
		e++;
	return e;
}

static int paren_cue(struct nf_quotes *q, int k, int hi)
{
	int e = subject_after(q, k, hi);    /* the subject alone, then the comma */
	return e > k + 1 && e < hi && q->tok[e].type == T_PUNCT && q->tok[e].ch == ',';
}

/* Does the speech verb at k end its sentence (before hi) with its
 * subject after it ("…, said Mary Chapman at Technomic.")? */
static int sentence_end_subject(struct nf_quotes *q, int k, int hi)
{
	int e = subject_after(q, k, hi);
	return e > k + 1 && (q->tok[k + 1].flags & TF_CAP) && (e >= hi ||
		(q->tok[e].type == T_PUNCT && q->tok[e].ch == '.'));
}

/* The subject of the speech verb at k of a sentence lo..hi that holds
 * no quotation: after the verb in a parenthesis ("Historically, says
 * Ingabire, women were forbidden to drum."), else before it. */
void nfq_sentence_subject(struct nf_quotes *q, struct attr *a, int k, int lo, int hi)
{
	if (k - 1 >= lo && q->tok[k - 1].type == T_PUNCT && q->tok[k - 1].ch == ',' &&
		(paren_cue(q, k, hi) || sentence_end_subject(q, k, hi)) &&
		subject_right(q, a, k + 1, hi))
		return;
	nfq_subject_left(q, a, k - 1, lo, k);
}

/* A verb of judgement whose subject is a court ("The three-judge court
 * found Johnson's advice “…”", "a panel of the Court of Appeals ruled
 * that …"): a court speaks by its findings. */
static int court_cue(const struct nf_quotes *q, int k, int lo)
{
	static const char *const verbs[] = { "found", "ruled", "held",
		"determined", "decided", NULL };    /* not "rules", a noun too */
	static const char *const courts[] = { "court", "tribunal", "judge",
		"judges", "justices", "panel", "jury", "magistrate", NULL };
	const struct tok *v = &q->tok[k];
	if (v->len < 4 || v->len > 10 || q->text[v->off + v->len - 1] != 'd' ||
		!nfq_word_ok(q, k) || (v->flags & TF_CAP) || !nfq_word_in(q, k, verbs))
		return 0;    /* (all end in "d": every word before a quote comes here) */
	for (int i = k - 1; i >= lo && i > k - 16; i--) {
		if (q->tok[i].type == T_PUNCT && q->tok[i].ch == ',')
			continue;    /* "The trial judge, Halima Oyedokun, in a
				      * judgment delivered on Tuesday, held" */
		if (!nfq_word_ok(q, i) || (TCLS(q, &q->tok[i]) & (QW_CUE | QW_PRON_M |
			QW_PRON_F)))
			return 0;
		if (nfq_word_in(q, i, courts))
			return 1;
		if ((q->tok[i].flags & TF_CAP) && tok_is(q, i, "court"))
			return 1;
	}
	return 0;
}

/* Attribution before a quote opening at token o; lo = sentence start. */
static void attr_before_at(struct nf_quotes *q, struct attr *a, int o, int lo,
	int from);

/* Is token i, opening a sentence, a speech verb in the past before the
 * name of the one who spoke, a colon or a comma and the quotation
 * ("Said Tom Hale: “…”", "Remarked Center for Biological Diversity
 * scientist Tierra Curry, “…”"; not "Said Hassan told")? */
int nfq_inverted_cue(const struct nf_quotes *q, int i)
{
	const struct tok *t = &q->tok[i];
	if (t->len < 4 || !nfq_word_ok(q, i) || !(TCLS(q, t) & QW_CUE) ||
		(TCLS(q, t) & (QW_CUE_ING | QW_CUE_BASE)) ||
		q->text[t->off + t->len - 1] != 'd')
		return 0;
	for (size_t k = (size_t)i + 1; k < q->ntok && k < (size_t)i + 12; k++) {
		const struct tok *u = &q->tok[k];
		if (u->type == T_PUNCT && (u->ch == ':' || u->ch == ','))
			return k > (size_t)i + 1 && k + 1 < q->ntok &&
				q->tok[k + 1].type == T_MARK;
		if (u->type != T_WORD || nfq_cue_at(q, (int)k, i + 1) == 1)
			return 0;
	}
	return 0;
}

void nfq_attr_before(struct nf_quotes *q, struct attr *a, int o, int lo)
{
	/* "Said Tom Hale: “…”": the name after the verb that opens the
	 * sentence */
	if (o - 2 > lo && q->tok[o - 1].type == T_PUNCT && (q->tok[o - 1].ch == ':' ||
		q->tok[o - 1].ch == ',') && nfq_inverted_cue(q, lo)) {
		nfq_attr_none(a);
		if (subject_right(q, a, lo + 1, o - 1)) {
			nfq_attr_set_cue(q, a, lo, 1);
			a->found = 1;
			return;
		}
	}
	attr_before_at(q, a, o, lo, o - 1);
}

/* Does a subordinate clause open within a few words before token k
 * ("after the lawsuit was", "when the plan was")? */
static int clause_word(const struct nf_quotes *q, int k, int lo)
{
	static const char *const subs[] = { "after", "before", "when", "once",
		"as", "since", "until", "because", "while", NULL };
	for (int i = k; i >= lo && i > k - 5 && nfq_word_ok(q, i); i--)
		if (nfq_word_in(q, i, subs))
			return i > lo;
	return 0;
}

/* Verbs of bidding someone do a thing ("had been asked to sign", "were
 * told to leave"): in the passive, no one's words. */
static const char *const bidden[] = { "asked", "told", "urged", "ordered",
	"instructed", "advised", "directed", "encouraged", "invited",
	"requested", "begged", "pressed", NULL };

/* The attribution before the quote at o, its verb looked for from token
 * from leftwards. */
static void attr_before_at(struct nf_quotes *q, struct attr *a, int o, int lo,
	int from)
{
	nfq_attr_none(a);
	int hops = 0;
	for (int k = from; k >= lo && hops < 45; k--, hops++) {
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
		int n = nfq_cue_at(q, k, lo);
		/* "the sign read: “…”": a verb of reading right beside it
		 * (or but for "in part": "The memo reads, in part: “…”") */
		if (!n && (k >= o - 2 || in_part_between(q, k, o)) && adjacent_cue(q, k))
			n = 1;
		if (!n && k == o - 2 && giving_cue(q, k))
			n = 1;
		if (!n && court_cue(q, k, lo))
			n = 1;
		/* "in the words of independent senator Tess Calloway, “…”":
		 * as "according to" */
		if (!n && k - 2 >= lo && k + 2 < o && tok_is(q, k, "words") &&
			tok_is(q, k - 1, "the") && tok_is(q, k - 2, "in") &&
			tok_is(q, k + 1, "of") && nfq_word_ok(q, k + 1)) {
			a->found = 1;
			nfq_attr_set_cue(q, a, k - 2, 4);
			according_source(q, a, k + 2, o);
			return;
		}
		/* “Q1,” reads the statement, “Q2”: the verb of reading
		 * between the halves of one quotation */
		if (!n && k - 1 >= lo && adjacent_cue(q, k) && ((q->tok[k - 1].type ==
			T_MARK && q->tok[k - 1].quote >= 0) || (k - 2 >= lo &&
			q->tok[k - 1].type == T_PUNCT && q->tok[k - 1].ch == ',' &&
			q->tok[k - 2].type == T_MARK && q->tok[k - 2].quote >= 0)))
			n = 1;
		if (!n)
			continue;
		/* "Kurtzer explained the reason to call the OS Rocky Linux:
		 * “…”": an infinitive is not the lead-in's verb */
		if (n == 1 && k - 1 >= lo && tok_is(q, k - 1, "to") &&
			q->tok[o - 1].type == T_PUNCT && q->tok[o - 1].ch == ':')
			continue;
		a->found = 1;
		nfq_attr_set_cue(q, a, k, n);
		if (n == 2) {
			/* according to X, "Q" */
			according_source(q, a, k + 2, o);
			return;
		}
		/* passive "was described as": no speaker here */
		int j = k - 1;
		while (j >= lo && nfq_word_ok(q, j) && (TCLS(q, &q->tok[j]) & QW_SKIP) &&
			!(TCLS(q, &q->tok[j]) & QW_PASSIVE))
			j--;
		if (j >= lo && nfq_word_ok(q, j) && (TCLS(q, &q->tok[j]) & QW_PASSIVE) &&
			!(TCLS(q, &q->tok[k]) & QW_CUE_ING)) {
			/* "were described by Johnson as a “historic mandate”",
			 * "was told by Minister X of “…”": the agent speaks */
			if (k + 2 < o && tok_is(q, k + 1, "by"))
				agent_source(q, a, k + 2, o);
			/* "families had been asked to sign consent forms …
			 * “at a meeting …”": one asked or told to do a thing
			 * is given no words; the verb before leads in */
			else if (k + 2 < o && tok_is(q, k + 1, "to") && nfq_word_ok(q, k + 2) &&
				!(q->tok[k + 2].flags & TF_CAP) && nfq_word_in(q, k, bidden)) {
				nfq_attr_none(a);
				continue;
			}
			/* "The coalition posted on Facebook shortly after the
			 * lawsuit was announced: “…”": a passive in a clause
			 * before the colon leads in nothing; the verb before
			 * it does */
			else if (k + 1 == o - 1 && q->tok[o - 1].type == T_PUNCT &&
				q->tok[o - 1].ch == ':' && j - 1 > lo && clause_word(q, j - 1, lo)) {
				nfq_attr_none(a);
				continue;
			}
			return;
		}
		if (quoted_as(q, a, k, lo))
			return;
		/* inverted: “Q1,” said Khan, “Q2.” */
		int inv = j < lo || (q->tok[j].type == T_MARK && q->tok[j].quote >= 0) ||
			(q->tok[j].type == T_PUNCT && q->tok[j].ch == ',' && j - 1 >= lo &&
			q->tok[j - 1].type == T_MARK && q->tok[j - 1].quote >= 0);
		/* a parenthesis: "However, said Mathers, “…”", "One of the
		 * themes, said Murray, was “…”" */
		if (!inv && j >= lo && q->tok[j].type == T_PUNCT && q->tok[j].ch == ',')
			inv = paren_cue(q, k, o);
		if (inv && !(TCLS(q, &q->tok[k]) & QW_CUE_ING) && subject_right(q, a, k + 1, o))
			return;
		nfq_subject_left(q, a, k - 1, lo, k);
		if (a->fwd && !(TCLS(q, &q->tok[k]) & QW_CUE_ING))
			a->fwd = 0;
		/* "Blackburn told Discover Magazine the frequency … suggested
		 * some deep pattern: “…”": a verb inside what another reports
		 * names no one; the reporting verb before it leads in */
		int ss = k - 1;    /* the source's first token */
		while (ss > lo && a->src_s >= 0 && q->tok[ss].off > (size_t)a->src_s)
			ss--;
		if (a->spk < 0 && !a->inherit && !a->fwd && from == o - 1 &&
			(a->srclen <= 0 || (ss >= lo && ss < k && nfq_word_ok(q, ss) &&
			/* a "source" that opens on a preposition is none */
			(TCLS(q, &q->tok[ss]) & QW_STOP) && !(TCLS(q, &q->tok[ss]) &
			(QW_PRON_M | QW_PRON_F | QW_GROUP)) && !tok_is(q, ss, "the") &&
			!tok_is(q, ss, "a") && !tok_is(q, ss, "an") && !tok_is(q, ss, "it") &&
			!tok_is(q, ss, "its") && !tok_is(q, ss, "his") &&
			!tok_is(q, ss, "her") && !tok_is(q, ss, "their") &&
			!tok_is(q, ss, "this") && !tok_is(q, ss, "that"))) &&
			q->tok[o - 1].type == T_PUNCT && q->tok[o - 1].ch == ':' &&
			k - 1 > lo) {
			struct attr b;
			attr_before_at(q, &b, o, lo, k - 1);
			if (b.spk >= 0)
				*a = b;
		}
		return;
	}
	/* "According to a copy of his prepared remarks, the intruders …
	 * [forty words] … to “move laterally”": a sentence that opens on
	 * "according to" is its source's, however long */
	if (from == o - 1 && o - lo > 45 && nfq_cue_at(q, lo, lo) == 2 &&
		!(q->tok[lo].flags & TF_INQ)) {
		a->found = 1;
		nfq_attr_set_cue(q, a, lo, 2);
		according_source(q, a, lo + 2, o);
	}
}

/* "“Q.” ― Jane Roe", "“Q.” - John Doe, 2016": a name alone after a dash
 * that ends the sentence (or is followed by a date or a place) signs the
 * quotation. */
static int dash_source(struct nf_quotes *q, struct attr *a, int k, int hi)
{
	int ri = q->tok[k].run;
	if (ri < 0 || (q->runs[ri].kind != R_PERSON && q->runs[ri].kind != R_MAYBE &&
		q->runs[ri].kind != R_NONPERSON))
		return 0;
	int e = q->runs[ri].b;
	/* then a comma, a stop, the end, or a bracket: "— Donald J. Trump
	 * (@realDonaldTrump) October 2, 2020", "– Sen. Bernie Sanders
	 * (I-Vt.)" */
	if (e < hi && !(q->tok[e].type == T_PUNCT && (q->tok[e].ch == ',' ||
		q->tok[e].ch == '.' || q->tok[e].ch == '(')) && q->tok[e].type != T_PARA)
		return 0;
	if (q->runs[ri].kind == R_NONPERSON) {
		if (!nfq_attr_org(q, a, ri))
			return 0;
	} else {
		attr_set_person(q, a, nfq_promote_run(q, ri));
	}
	a->found = 1;
	attr_set_source(q, a, q->runs[ri].a, e - 1);
	return a->spk >= 0;
}

/* A signature line after a paragraph that is only a quotation: "“…”
 * ¶ — Tom Whitaker (@GovTomWhitaker) October 8, 2028" (an embedded post),
 * "¶ ― Jane Roe". Token k is the dash; the line ends before hi. */
int nfq_attr_signature(struct nf_quotes *q, struct attr *a, int k, int hi)
{
	if (k + 1 >= hi || hi - k > 16 || q->tok[k].type != T_PUNCT ||
		q->tok[k].ch != '-' || !nfq_word_ok(q, k + 1) ||
		!(q->tok[k + 1].flags & TF_CAP))
		return 0;
	return dash_source(q, a, k + 1, hi);
}

/* "described as “knife-obsessed” by the police": the agent of a passive
 * naming verb, after the quote (the verb is the quote's own cue). */
static int agent_source(struct nf_quotes *q, struct attr *a, int k, int hi)
{
	int s = k;
	if (k < hi && tok_is(q, k, "the"))
		k++;
	if (k >= hi || !nfq_word_ok(q, k))
		return 0;
	if (q->tok[k].run >= 0) {
		const struct run *r = &q->runs[q->tok[k].run];
		if (r->kind == R_PERSON || r->kind == R_MAYBE)
			attr_set_person(q, a, nfq_promote_run(q, q->tok[k].run));
		else
			nfq_attr_org(q, a, q->tok[k].run);
		k = r->b - 1;
	} else if (!nfq_org_phrase(q, a, s, k)) {
		return 0;       /* "the police" */
	}
	if (a->spk < 0)
		return 0;
	a->found = 1;
	attr_set_source(q, a, s, k);
	return 1;
}

/* The comma that ends a clause of an apposition opening after the comma
 * at token i (within 24 tokens, no stop or quotation between), or -1. */
static int appos_end(const struct nf_quotes *q, int i, int hi)
{
	int e = i + 1;    /* past an apostrophe ("supporters’") */
	while (e < hi && e < i + 24 && !(q->tok[e].type == T_PUNCT &&
		(q->tok[e].ch == ',' || q->tok[e].ch == '.' ||
		q->tok[e].ch == ';')) && (q->tok[e].type != T_MARK ||
		q->tok[e].quote < 0))
		e++;
	if (e >= hi || q->tok[e].type != T_PUNCT || q->tok[e].ch != ',')
		return -1;
	return e;
}

/* At the comma at token i: a person's name, a comma and a speech verb
 * ("rival, Bobby Jindal, told"): the verb's token, or -1. k is where the
 * subject phrase starts. */
static int name_between(struct nf_quotes *q, int i, int hi, int k)
{
	int ri = i + 3 < hi ? name_after_comma(q, i, hi) : -1;
	if (ri < 0)
		return -1;
	int e = name_place_end(q, ri, hi);
	return e + 1 < hi && q->tok[e].type == T_PUNCT && q->tok[e].ch == ',' &&
		nfq_cue_at(q, e + 1, k) == 1 ? e + 1 : -1;
}

/* From the comma at c inside a name after "of", the rest of a list of
 * capitalised words ("Ministry of Trade, Industry and Energy", "Department
 * of Fisheries, Forestry and Oceans"): the token after it, or -1. */
static int name_list_end(const struct nf_quotes *q, int c, int hi)
{
	int of = 0;
	for (int i = c - 1; i >= 0 && i > c - 4 && nfq_word_ok(q, i); i--)
		if (tok_is(q, i, "of"))
			of = 1;
	if (!of || !nfq_word_ok(q, c - 1) || !(q->tok[c - 1].flags & TF_CAP))
		return -1;
	int i = c + 1, and = 0;
	while (i < hi && i < c + 12) {
		const struct tok *t = &q->tok[i];
		if (t->type == T_PUNCT && t->ch == ',' && !and)
			i++;
		else if (nfq_word_ok(q, i) && (t->flags & TF_CAP) && !(t->flags & TF_POSS))
			i++;
		else if (nfq_word_ok(q, i) && (tok_is(q, i, "and") || tok_is(q, i, "&")) &&
			!and && i > c + 1 && nfq_word_ok(q, i + 1) &&
			(q->tok[i + 1].flags & TF_CAP)) {
			and = 1;
			i++;
		} else
			break;
	}
	return and && i < hi && q->tok[i - 1].type == T_WORD ? i : -1;
}

/* "…," X said: the verb after a subject phrase that starts at token k:
 * words with a name or a role among them ("team owner Jonathan Pryce",
 * "union secretary general Philippe Garnier"), a party tag ("Rep. Jane
 * Roe (D-Wis.)"), an apposition after a name ("Boateng, whose two
 * children attend Lents Elementary, told"). The verb's token, or -1. */
static int subject_phrase_end(struct nf_quotes *q, int k, int hi)
{
	int i = k, lim = k + 8;
	if (nfq_word_ok(q, k) && (TCLS(q, &q->tok[k]) & QW_CONJ))
		return k + 1 < hi && nfq_cue_at(q, k + 1, k) == 1 &&
			!(TCLS(q, &q->tok[k + 1]) & QW_CUE_ING) ? k + 1 : -1;
		/* "“Q” and said": the clause's subject; else another clause */
	while (i < hi && i < lim) {
		const struct tok *u = &q->tok[i];
		/* a body's name counts as one word, whatever its length
		 * ("a spokesperson for the Office of Strategic Planning and
		 * Community Development wrote") */
		if (u->run >= 0 && q->runs[u->run].a == i && q->runs[u->run].b > i + 2 &&
			q->runs[u->run].kind == R_NONPERSON && q->runs[u->run].b < hi) {
			lim += q->runs[u->run].b - i - 1;
			i = q->runs[u->run].b;
			continue;
		}
		if (u->type == T_PUNCT && u->ch == '(' && i > k) {
			int e = i + 1;
			while (e < hi && e < i + 8 && !(q->tok[e].type == T_PUNCT &&
				q->tok[e].ch == ')') && q->tok[e].type != T_MARK)
				e++;
			if (e >= hi || q->tok[e].type != T_PUNCT || q->tok[e].ch != ')')
				return -1;
			lim += e + 1 - i;
			i = e + 1;
			continue;
		}
		/* "South Korea's Ministry of Trade, Industry and Energy
		 * said": a list of capitalised words ends the name */
		if (u->type == T_PUNCT && u->ch == ',' && i > k + 2) {
			int e = name_list_end(q, i, hi);
			if (e > 0 && nfq_cue_at(q, e, k) == 1 &&
				!(TCLS(q, &q->tok[e]) & QW_CUE_ING)) {
				i = e;
				break;
			}
		}
		if (u->type == T_PUNCT && u->ch == ',' && i > k &&
			((q->tok[i - 1].type == T_WORD && ((q->tok[i - 1].flags & (TF_CAP |
			TF_DIGIT)) || q->tok[i - 1].run >= 0 || voice_noun(q, i - 1))) ||
			(q->tok[i - 1].type == T_PUNCT && q->tok[i - 1].ch == ')'))) {
			/* (after a bracket too: "Sen. Lyle Crane (R-Neb.), who
			 * has not endorsed him, told") */
			/* an apposition after the name, to the next comma, and
			 * its further clauses in lower case ("X, one of the
			 * pioneers of DNA analysis, and a founder of Virtopsy,
			 * told") */
			int e = appos_end(q, i, hi);
			if (e < 0)
				return -1;
			for (int n = 0; n < 3 && nfq_word_ok(q, e + 1) &&
				!(q->tok[e + 1].flags & TF_CAP) &&
				nfq_cue_at(q, e + 1, k) != 1; n++) {
				int e2 = appos_end(q, e, hi);
				if (e2 < 0)
					break;
				e = e2;
			}
			lim = e + 4;
			i = e + 1;
			continue;
		}
		/* "“…,” former presidential rival, Bobby Jindal, told": a
		 * role, then the name between commas */
		if (i > k && nfq_word_ok(q, i - 1) && !(q->tok[i - 1].flags & TF_CAP) &&
			name_between(q, i, hi, k) > 0) {
			i = name_between(q, i, hi, k);
			break;
		}
		if (!nfq_word_ok(q, i))
			return -1;
		if (nfq_cue_at(q, i, k) == 1 && !(TCLS(q, u) & QW_CUE_ING) && i > k)
			break;
		if (i > k && adjacent_cue(q, i) && voice_noun(q, i - 1))
			break;    /* "…," the company's statement read */
		if ((TCLS(q, u) & (QW_PASSIVE | QW_CONJ)) && !(TCLS(q, u) & QW_SKIP))
			return -1;
		/* "a source close to Prime Minister Jo Roe said", "a person
		 * familiar with the talks told": past the one they are near */
		if (i > k && i + 2 < hi && near_words(q, i)) {
			lim = i + 10;
			i += 2;
			continue;
		}
		/* a lower-case word outside the subject's classes is a role
		 * before a name ("team owner Jonathan Pryce"), not the start
		 * of another clause ("contrasting it with what he said") */
		if (!(u->flags & TF_CAP) && u->run < 0 && !(TCLS(q, u) & (QW_PRON_M |
			QW_PRON_F | QW_SKIP | QW_TITLE | QW_GROUP | QW_DET | QW_PARTICLE))) {
			int j = i + 1;
			while (j < hi && j < i + 5 && nfq_word_ok(q, j) &&
				!(q->tok[j].flags & TF_CAP) && (!(TCLS(q, &q->tok[j]) & (QW_CUE |
				QW_PRON_M | QW_PRON_F | QW_STOP)) || (TCLS(q, &q->tok[j]) &
				(QW_SKIP | QW_CUE | QW_MODAL)) == QW_SKIP ||
				((TCLS(q, &q->tok[j]) & QW_CUE_BASE) && voice_noun(q, j))) &&
				!(adjacent_cue(q, j) && voice_noun(q, j - 1)))
				j++;    /* (to "reads" in "the statement reads"; past a
					 * noun that is a verb too: "the association’s
					 * report said") */
			int h = j - 1;    /* the head, before adverbs */
			while (h > i && ((TCLS(q, &q->tok[h]) & QW_SKIP) || ly_adverb(q, h)))
				h--;
			if (!(j < hi && nfq_word_ok(q, j) && (q->tok[j].flags & TF_CAP)) &&
				!(j < hi && nfq_cue_at(q, j, k) == 1 && (h == i ||
				source_head(q, h))) && name_between(q, j, hi, k) < 0 &&
				!(j < hi && adjacent_cue(q, j) && voice_noun(q, j - 1)) &&
				!(j < hi && h == j - 1 && tok_is(q, j, "of") && source_head(q, h)))
				return -1;
			/* (a source's head and its "of": "the 41-year-old
			 * mother of six told", "a resident of the town said") */
		}
		i++;
	}
	return i;
}

/* Attribution after a quote closing at token c: "…," X said / said X. */
int nfq_attr_after(struct nf_quotes *q, struct attr *a, int c, int hi)
{
	nfq_attr_none(a);
	int k = c + 1;
	if (k < hi && q->tok[k].type == T_PUNCT && (q->tok[k].ch == ',' ||
		q->tok[k].ch == '-'))
		k++;
	if (k >= hi || !nfq_word_ok(q, k))
		return 0;
	if (k == c + 2 && q->tok[c + 1].type == T_PUNCT && q->tok[c + 1].ch == '-' &&
		dash_source(q, a, k, hi))
		return 1;
	if (k == c + 1 && tok_is(q, k, "by") && agent_source(q, a, k + 1, hi))
		return 1;
	/* said X */
	int n = nfq_cue_at(q, k, c + 1);
	if (!n && adjacent_cue(q, k))
		n = 1;    /* "…," reads the statement */
	if (!n && (TCLS(q, &q->tok[k]) & QW_CUE) && (TCLS(q, &q->tok[k]) & QW_CUE_BASE) &&
		q->text[q->tok[k].off + q->tok[k].len - 1] == 's')
		n = 1;    /* "…," says Smith */
	if (n == 2) {
		nfq_attr_set_cue(q, a, k, 2);
		according_source(q, a, k + 2, hi);
		a->found = 1;
		return 1;
	}
	if (n && !(TCLS(q, &q->tok[k]) & QW_CUE_ING)) {
		if (subject_right(q, a, k + 1, hi)) {
			nfq_attr_set_cue(q, a, k, n);
			a->found = 1;
			return 1;
		}
		/* “…,” said and a source not read: speech all the same,
		 * never a scare quote to drop */
		if ((k > c + 1 || (c > 0 && q->tok[c - 1].type == T_PUNCT &&
			(q->tok[c - 1].ch == ',' || q->tok[c - 1].ch == '?' ||
			q->tok[c - 1].ch == '!'))) && nfq_word_ok(q, k + 1) &&
			nfq_cue_at(q, k, c + 1) == 1) {
			nfq_attr_none(a);
			nfq_attr_set_cue(q, a, k, n);
			a->found = 1;
			return 1;
		}
		return 0;
	}
	/* "“…,” a woman who lives nearby said": a relative clause on the
	 * source's head noun, then the verb (the last speech verb before
	 * the clause ends: "a man who said he saw it told reporters") */
	for (int p = k + 1; p < hi && p < k + 6 && nfq_word_ok(q, p) &&
		!nfq_cue_at(q, p - 1, k); p++) {
		if (!tok_is(q, p, "who"))
			continue;
		int c = -1;
		if (source_head(q, p - 1))
			for (int j = p + 2; j < hi && j < p + 14 && nfq_word_ok(q, j); j++)
				if (nfq_cue_at(q, j, k) == 1 && !(TCLS(q, &q->tok[j]) & QW_CUE_ING))
					c = j;
		if (c < 0)
			break;
		nfq_attr_set_cue(q, a, c, 1);
		a->found = 1;
		nfq_subject_left(q, a, p - 1, k, c);
		a->fwd = a->inherit = 0;
		return 1;
	}
	/* "“…,” Politico quoted a senior aide as saying": the one quoted */
	for (int p = k + 1; p < hi && p < k + 8 && nfq_word_ok(q, p); p++) {
		if (!tok_is(q, p, "quoted") || (TCLS(q, &q->tok[p - 1]) & QW_PASSIVE))
			continue;
		int as = p + 2;
		while (as < hi && as < p + 10 && nfq_word_ok(q, as) && !tok_is(q, as, "as"))
			as++;
		int obj = as == p + 2 && as < hi ? (tok_is(q, p + 1, "him") ? 1 :
			tok_is(q, p + 1, "her") ? 2 : 0) : 0;    /* "quoted her as" */
		if (as + 1 < hi && tok_is(q, as, "as") && nfq_word_ok(q, as + 1) &&
			(TCLS(q, &q->tok[as + 1]) & QW_CUE_ING) && (obj ||
			subject_right(q, a, p + 1, as))) {
			if (obj) {
				attr_set_person(q, a, nfq_salient_pronoun(q, obj));
				attr_set_source(q, a, p + 1, p + 1);
			}
			nfq_attr_set_cue(q, a, as + 1, 1);
			a->found = 1;
			a->fwd = a->inherit = 0;
			return 1;
		}
		break;
	}
	/* "“…,” X was quoted as saying": the passive's subject */
	for (int p = k + 1; p + 3 < hi && p < k + 10 && nfq_word_ok(q, p); p++)
		if ((TCLS(q, &q->tok[p]) & QW_PASSIVE) && tok_is(q, p + 1, "quoted") &&
			tok_is(q, p + 2, "as") && nfq_word_ok(q, p + 3) &&
			(TCLS(q, &q->tok[p + 3]) & QW_CUE_ING)) {
			nfq_attr_set_cue(q, a, p + 3, 1);
			a->found = 1;
			nfq_subject_left(q, a, p - 1, k, p + 1);
			a->fwd = a->inherit = 0;
			return 1;
		}
	int i = subject_phrase_end(q, k, hi);
	if (i < 0)
		return 0;
	if (i >= hi || !nfq_word_ok(q, i) || (nfq_cue_at(q, i, k) != 1 &&
		!(i > k && adjacent_cue(q, i) && voice_noun(q, i - 1))) ||
		(TCLS(q, &q->tok[i]) & QW_CUE_ING))
		return 0;
	nfq_attr_set_cue(q, a, i, 1);
	a->found = 1;
	nfq_subject_left(q, a, i - 1, k, i);
	a->fwd = 0;
	a->inherit = 0;
	return 1;
}

/* "The issue is the “main difference” between them, he added.": an
 * attribution closing the sentence, after a comma. */
int nfq_attr_tail(struct nf_quotes *q, struct attr *a, int lo, int hi)
{
	nfq_attr_none(a);
	int k = hi - 1;
	if (k >= lo && q->tok[k].type == T_PUNCT && q->tok[k].ch == '.')
		k--;
	/* "…, according to a Woolworths spokesperson." */
	for (int c = k - 2; c >= lo && c > k - 12; c--) {
		if (q->tok[c].type == T_MARK || (q->tok[c].type == T_PUNCT &&
			q->tok[c].ch != ',' && q->tok[c].ch != '.'))
			break;
		if (q->tok[c].type == T_PUNCT && q->tok[c].ch == ',' &&
			nfq_cue_at(q, c + 1, c + 1) == 2) {
			nfq_attr_set_cue(q, a, c + 1, 2);
			a->found = 1;
			according_source(q, a, c + 3, k + 1);
			return 1;
		}
	}
	if (k <= lo || nfq_cue_at(q, k, lo) != 1 || (TCLS(q, &q->tok[k]) & QW_CUE_ING))
		return 0;
	int c = k - 1;
	while (c >= lo && c > k - 6 && nfq_word_ok(q, c))
		c--;
	if (c < lo || c == k - 1 || q->tok[c].type != T_PUNCT || q->tok[c].ch != ',')
		return 0;
	nfq_attr_set_cue(q, a, k, 1);
	a->found = 1;
	nfq_subject_left(q, a, k - 1, c + 1, k);
	a->fwd = a->inherit = 0;
	return 1;
}
