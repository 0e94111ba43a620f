/* qlex.c: the hand-written word lists of pull-quotes (speech verbs,
 * titles, roles, function words) and one hash table over them and the
 * generated name lists of qnames.c. */
#include <stdlib.h>
#include <string.h>

#include "newsfilter/buf.h"
#include "newsfilter/msg.h"
#include "qlex.h"

struct wordlist {
	uint32_t cls;
	const char *words; /* space-separated, ASCII lower case */
};

/* Speech verbs come from the verbs lists below, by base form, with their
 * -s, past and -ing forms made at start-up (see add_verbs); the other
 * lists are words. */
static const struct wordlist lists[] = {
	{QW_ACCORD, "according"},
	/* a speech verb in its past form only ("“But if he doesn’t?”
	 * Brannigan pressed"; "press" is a noun too: "an AEW press
	 * release") */
	{QW_CUE, "pressed"},
	/* Offices and honorifics that stand before a name. */
	{QW_TITLE, "president vice prime minister secretary general senator "
	 "king queen prince princess duke duchess emperor empress "
	 "sen. rep. rep representative represenative gov. governor mayor "
	 "chancellor premier pope archbishop bishop cardinal rabbi imam "
	 "reverend rev. pastor dr. dr doctor sir dame lord lady professor prof. "
	 "judge justice attorney lawyer prosecutor coach manager captain capt. "
	 "chief executive ceo chairman chairwoman chair director spokesman "
	 "spokeswoman spokesperson ambassador envoy aide adviser advisor "
	 "officer inspector detective sergeant sgt. constable commissioner "
	 "superintendent colonel col. gen. lt. lieutenant admiral commander "
	 "leader speaker deputy assemblywoman assemblyman congressman "
	 "congresswoman councillor councilman councilwoman mp mep monsenor "
	 "monsignor sheikh emir crown former acting interim outgoing incoming "
	 "senior defence defense interior health finance treasury foreign "
	 "home first whip founder co-founder chairperson head analyst "
	 "economist scientist researcher author reporter journalist editor "
	 "physician surgeon nurse astronomer scholar historian activist "
	 "striker midfielder defender goalkeeper player winger forward fullback "
	 "driver rider runner athlete champion president-elect state "
	 "minority majority opposition party house cabinet ministers "
	 "spokespeople officials commandant marshal sultan ayatollah "
	 "chief-executive vice-president secretary-general frontman singer "
	 "actor actress comedian director-general attorney-general "
	 "solicitor-general mr mr. mrs mrs. ms ms. miss mx mx. sen gov "
	 "host anchor presenter correspondent commentator columnist "
	 "broadcaster podcaster pundit strategist pollster "
	 /* offices of a state, a county, a city */
	 "treasurer comptroller auditor sheriff clerk alderman alderwoman "
	 /* heads of government and deputies by other countries' titles */
	 "taoiseach t\xc3\xa1naiste tanaiste ombudsman "
	 /* ranks and offices as the wires abbreviate them */
	 "maj. maj brig. brig adm. cmdr. cpl. pfc. spc. det. insp. supt. "
	 "const. amb. sec. atty. asst. dep. magistrate governor-general "
	 /* honorifics and offices of English-language news elsewhere: the
	  * Philippines (Atty., Engr., Usec.), Nigeria and Ghana (Alhaji,
	  * Chief, Barr., Comrade, Otunba, Oba, Mallam), South Asia (Shri,
	  * Smt., Begum, Sardar, Maulana, Mufti, MLA), Malaysia (Datuk,
	  * Dato'), Britain's councils (Cllr), the churches (Fr.) */
	 "engr. arch. usec. asec. hon. hon alhaji alhaja barr. comrade otunba "
	 "oba ooni mallam shri smt. smt begum sardar maulana mufti hajji mla "
	 "datuk dato dato' cllr fr. "
	 /* the offices of councils, boards and legislatures before a name
	  * as local news writes them (Canada's "Coun.", Australia's "Cr",
	  * Chicago's "Ald.", New England's selectmen, Quebec's MNAs,
	  * Ireland's TDs), ranks and church offices written short */
	 "coun. ald. cr clr councilor councilmember assemblymember asm. "
	 "trustee selectman selectwoman supervisor supv. freeholder legislator "
	 "mpp mha mna msp td cst. pvt. msgr. commr. pres. baroness deacon"},
	/* Head nouns of roles that can stand for a person met earlier. */
	{QW_ROLE, "president minister secretary senator governor mayor "
	 "chancellor premier pope archbishop bishop cardinal pastor judge "
	 "prosecutor coach manager captain chief executive chairman chairwoman "
	 "director spokesman spokeswoman ambassador envoy leader speaker "
	 "commissioner lawyer attorney father mother husband wife king queen "
	 "prince princess duke duchess emperor empress "
	 "sheikh emir priest actor actress singer striker "
	 "player driver officer inspector detective commander general "
	 "congressman congresswoman senator economist scientist researcher "
	 "professor doctor founder ceo treasurer comptroller auditor sheriff "
	 "clerk taoiseach t\xc3\xa1naiste tanaiste ombudsman "
	 /* (offices a story names one holder of; not "supervisor" or
	  * "trustee", said of anyone unnamed at a plant or a school) */
	 "councillor councilor councilmember alderman alderwoman assemblymember "
	 "monsignor"},
	{QW_MALE, "mr mr. king prince father husband son brother sir lord "
	 "alhaji shri sardar maulana mufti hajji fr. oba ooni mallam otunba "
	 "congressman assemblyman councilman spokesman chairman emir sheikh "
	 "pope archbishop bishop cardinal monsenor monsignor priest "
	 "sultan ayatollah"},
	{QW_FEMALE, "mrs mrs. ms ms. miss queen princess mother wife daughter "
	 "alhaja smt. smt begum "
	 "sister dame lady congresswoman assemblywoman councilwoman "
	 "spokeswoman chairwoman actress"},
	{QW_PRON_M, "he"},
	{QW_PRON_F, "she"},
	{QW_GROUP, "they we i you it officials sources critics police "
	 "authorities experts analysts economists strategists witnesses "
	 "residents protesters "
	 "organizers organisers observers investigators prosecutors "
	 /* people in the plural: a group, no one named */
	 "fans supporters marchers voters demonstrators students workers "
	 "parents lawmakers activists opponents people members families "
	 "neighbours neighbors locals villagers onlookers spectators "
	 "attendees participants delegates diplomats scientists researchers "
	 "doctors nurses teachers farmers employees passengers travellers "
	 "travelers commentators soldiers troops rebels militants citizens "
	 "survivors relatives aides allies advisers advisors staffers "
	 "associates colleagues friends "
	 /* trades in the plural: "Shopkeepers in Hebden Bridge say" */
	 "shopkeepers traders retailers merchants vendors landlords tenants "
	 "homeowners commuters motorists miners growers fishermen "
	 "businesses"},
	/* Words between a subject and its verb. */
	{QW_SKIP, "also later has have had repeatedly again then further "
	 /* "it had long called for", "has long argued" */
	 "long "
	 "previously once earlier recently publicly reportedly would will "
	 "had already allegedly even just still first initially finally "
	 "subsequently immediately quickly loudly angrily simply only "
	 "separately similarly likewise additionally directly personally "
	 "privately openly frequently often never always clearly "
	 "specifically explicitly then-president went on to yesterday today "
	 "tonight"},
	{QW_PASSIVE, "was were is are been be being"},
	{QW_MODAL, "to will would can could may might should must shall did "
	 "didn't does doesn't do don't not never i we they you"},
	{QW_CONJ, "and but or while"},
	{QW_DET, "the a an his her their its our my your this that these "
	 "those of for with by in on at from into about no any some every "
	 "each whose which what such one another several two three"},
	/* Function words: never part of a person's name. */
	{QW_STOP, "the a an in on at for from with by of to and or but as "
	 "after before during since until while when where what who whom "
	 "whose why how if though although because despite following last "
	 "next this that these those there here it its his her their our my "
	 "your we they i you he she yesterday today tomorrow tonight "
	 "meanwhile however also still then now later earlier both all some "
	 "many most several other another each every no not one two three "
	 "four five six seven eight nine ten new over under about against "
	 "among between through within without upon per via amid like unlike "
	 "according is was are were be been has have had do does did will "
	 "would can could may might should must shall so yet thus hence "
	 "instead indeed overall image photo file video read see more less "
	 "just only even such mr mr. mrs mrs. ms ms. dr dr. sir dame lord "
	 "lady prof. rev. sen. rep. gov. gen. col. lt. sgt. capt. st. "
	 "saint former acting interim someone somebody anyone anybody "
	 "everyone everybody nobody"},
	{QW_TIME, "monday tuesday wednesday thursday friday saturday sunday "
	 "january february march april may june july august september "
	 "october november december jan. feb. mar. apr. jun. jul. aug. sep. "
	 "sept. oct. nov. dec. "
	 /* "Days later, Desaki resigned": a span of time opening a
	  * sentence, no name */
	 "seconds minutes hours days weeks months years decades"},
	{QW_ORG, "inc inc. corp corp. corporation co co. ltd ltd. limited plc "
	 "llc llp ag gmbh jv tbk bhd pty holdings group partners associates brothers bros. bank "
	 "party union "
	 "council ministry department agency commission committee association "
	 "federation university college institute foundation club fc airlines "
	 "airways motors industries securities exchange reuters court "
	 "parliament army police office board authority organisation "
	 "organization service times news press post journal herald guardian "
	 "telegraph tribune bbc cnn nbc abc cbs fox reuters ap afp "
	 "government administration embassy senate congress house assembly "
	 "church school hospital company network team league centre center "
	 "centres centers institutes "
	 "forces force navy coalition alliance movement front nato who imf "
	 "sdf kremlin pentagon twitter facebook instagram youtube command "
	 "society observer bureau corps unit division squad media agencies "
	 "ministries council organisation institution program programme "
	 "pac pacs caucus project fund initiative forum academy chamber watch "
	 "panel inquiry taskforce "
	 /* bodies of a state named by their seat or their staff ("the
	 * Provincial Fire Headquarters", "the UN Secretariat", "the
	 * Division Bench", "the Prison Inspectorate") */
	 "headquarters secretariat directorate inspectorate registry bench "
	 /* and bodies of members ("the Northland Rural Health
	 * Collaborative", "the Greenfield Consortium") */
	 "collaborative consortium cooperative co-op guild "
	 "services affairs resources relations security labs laboratories "
	 "pharmaceuticals pharma technologies systems studios entertainment "
	 "communications nations trust fed treasury "
	 /* a seat of power that speaks for its office: "Kensington Palace
	  * said", "Malacañang Palace said" */
	 "palace "
	 /* bodies that name themselves by their form: "Harbour Light
	  * Collective", "the Riverside Cooperative" */
	 "collective cooperative co-operative consortium guild syndicate "
	 /* a firm's trade, the last word of its name */
	 NF_QLEX_TRADES
	 /* the same words in the languages news names bodies in (Spanish,
	  * Portuguese, Italian, French, German, Dutch): "Grupo Modelo",
	  * "Banco do Brasil", "Partido Popular", "Société Générale" */
	 "grupo banco banca banque partido partito parti frente movimiento "
	 "movimento mouvement unión união unione confederación "
	 "confederação confédération sindicato sindacato syndicat "
	 "asociación associação associazione ministerio ministério ministero "
	 "ministère secretaría consejo conselho consiglio conseil comisión "
	 "comissão commissione fundación fundação fondazione fondation "
	 "instituto istituto institut universidad universidade università "
	 "université compañía companhia compagnia compagnie société sociedad "
	 "sociedade società empresa empresas industrias indústrias petróleos "
	 "gesellschaft verband bund stiftung partei gewerkschaft groupe gruppo "
	 "tribunal corte juzgado"},
	/* abbreviated places the generated lists lack */
	{QW_PLACE, "u.s. u.s.a. usa u.k. uk d.c. e.u. uae n.y. l.a."},
	/* Heads of a lower-case phrase that names an institution by itself
	 * ("the army said", "Pakistan's foreign ministry said"). */
	{QW_ORG_INST,
	 "ministry department army police navy military embassy court "
	 "parliament senate congress council commission committee agency "
	 "office service authority tribunal cabinet legislature assembly "
	 "bureau directorate presidency coastguard caucus selectboard "
	 "headquarters secretariat inspectorate registry bench"},
	/* Heads that stand for an organisation met before ("the company"). */
	{QW_ORG_GEN,
	 /* a firm's nouns, the trades' among them ("the contractor"), a
	  * record company's, a streaming service's ("a rep for the
	  * label", "the streamer has said") */
	 NF_QLEX_FIRM_NOUNS
	 "group organisation organization club team union bank "
	 "network charity foundation association maker "
	 "publisher newspaper "
	 "broadcaster magazine outlet channel studio party center centre "
	 "institute university school hospital observatory "
	 "chain giant watchdog regulator body unit "
	 "league coalition alliance federation collective cooperative "
	 "consortium guild nonprofit non-profit ngo collaborative co-op "
	 /* the heads bodies are named by, called so again ("the Residents
	  * Forum … the forum said", "the trust said", "the fund said") */
	 "forum trust society fund initiative movement church academy "
	 "chamber bloc "
	 /* a firm's board speaks for it ("Kestrel's board wrote") */
	 "board "
	 /* a trade's firms beside those ("South Korea's biggest
	  * shipbuilder"; and any "-maker", nfq_org_noun) */
	 "shipbuilder distiller bottler supermarket"},
	/* Nouns after a person's name that make a group named for them
	 * ("the Trump campaign"). */
	{QW_COLLECTIVE,
	 "campaign administration camp team family government foundation "
	 "organization organisation"},
	/* Nouns of an occasion, an award, a law, a work or a building
	 * that end a name made from a person's ("the Jane Addams Award",
	 * "the Gordon Brown Act", "Jeremy Kyle Show"; "Day" is a surname
	 * too: qpersons.c looks at it apart). */
	{QW_THING, "prize award awards medal trophy cup festival "
	 "act bill syndrome disease effect doctrine index lecture memorial "
	 "show stadium arena airport avenue square museum gallery theatre "
	 "theater library fellowship scholarship book novel film movie album "
	 "song opera musical"},
	{QW_PARTICLE, "de del della der den van von al el bin bint binti ibn da di du dos "
	 "das le la ter ben abu"},
	{QW_NAMING, "named known dubbed titled entitled nicknamed codenamed "
	 "as"},
	/* First names the SSA list lacks, common in the news. */
	{QW_FIRST_M, "volodymyr dmytro sadiq recep tayyip sergei sergey sergiy "
	 "andriy oleksandr olaf emmanuel rishi narendra xi jair nicolas "
	 "mahmoud benjamin yair kirill yuri dmitry dmitri mykhailo petro "
	 "viktor jens antonio nikos luigi sameh marcelo andres andrés "
	 "kyriakos"},
	{QW_FIRST_F, "ursula giorgia annalena kaja yulia"},
};

/* Reporting verbs, by base form: the verbs of communication of Levin's
 * English Verb Classes (1993), classes 37.1-37.9 (transfer of a message,
 * manner of speaking, instrument of communication, talk, say, complain,
 * advise), the verbs of judgement of class 33 and the dub verbs of 29.3
 * that news uses to bring in a quotation, with the directive verbs
 * (urge, order, direct). A missing verb is a class of error: a quote
 * whose own verb is unknown takes a verb farther off, and its subject.
 *
 * Each word is "base[:past[:ing]][+]": the past and -ing forms when they
 * are not regular (said, quipped), and "+" when the -s form is also a
 * plural noun (claims, notes), which is then a verb only after a
 * subject. Base forms are always taken as verbs only where a verb can
 * stand (after "to", "will", a pronoun). */
static const char *const say_verbs =
	/* say (37.7) and transfer of a message (37.1): report content */
	"say:said tell:told write:wrote:writing speak:spoke add announce assert "
	"claim+ confess confide declare disclose explain express mention note+ "
	"observe proclaim propose recount relate remark+ repeat report+ reveal "
	"state+ suggest reiterate emphasize emphasise stress+ underline affirm "
	"allege contend insist maintain predict promise+ vow+ pledge+ warn "
	"acknowledge admit:admitted:admitting concede agree disagree deny "
	"continue conclude respond reply+ answer+ retort+ counter+ recall+ "
	"clarify specify elaborate comment+ testify indicate imply hint+ "
	"point+ opine muse reflect estimate+ forecast:forecast guarantee+ "
	"swear:swore cite recite summarize summarise paraphrase characterize "
	"characterise apologize apologise voice+ "
	"confirm inform assure reassure remind notify post+ "
	/* asking and directives (37.9 advise, inquiry, order) */
	"ask inquire enquire question+ wonder+ demand+ urge implore caution+ "
	"advise instruct request+ order+ "
	"command+ direct threaten beg:begged:begging "
	/* manner of speaking (37.3) and complaint (37.8) */
	"shout+ yell+ scream+ cry:cried exclaim whisper+ mutter murmur mumble "
	"snap:snapped:snapping bark+ growl roar+ sigh+ laugh+ chant+ gasp+ "
	"stammer quip:quipped:quipping joke+ boast+ brag:bragged:bragging "
	"complain lament+ grumble protest+ object+ interject interrupt chime "
	"intone "
	/* the rest of 37.3 that news writes after a quotation ("“They were
	 * dead!” he chuckles"), and the gestures features use the same way
	 * ("“Yes,” she smiled"); not "enthuse", an adjective more often
	 * ("is enthused by the idea") */
	"chuckle gush+ marvel:marvelled:marvelling marvel:marveled:marveling "
	"groan+ moan+ whine+ wail+ howl+ bellow+ holler+ hiss+ drawl+ "
	"rage+ fume+ thunder+ sob:sobbed:sobbing rasp+ croak+ stutter+ "
	"splutter+ sputter+ grunt+ scoff+ sneer+ snort+ chide rebuke+ scold "
	"admonish smile+ grin:grinned:grinning beam+ shrug:shrugged:shrugging "
	"remember reminisce "
	/* more of 37.3 as tabloid, sports and campaign copy writes it
	 * ("“Bye-bye!” he taunted", "he needled"; not "plead", as in
	 * "pleading guilty") */
	"taunt+ jeer+ heckle tease+ needle goad gripe+ grouse+ "
	"fret:fretted:fretting rail+ seethe snipe+ crow+ exult "
	"cheer+ "
	/* talk (37.5) and instrument of communication (37.4) */
	"talk+ chat:chatted:chatting tweet+ text+ email+ blog:blogged:blogging "
	"speculate discuss "
	/* judgement (33): praise and blame, said in so many words */
	"praise+ hail+ laud commend applaud criticize criticise condemn "
	"denounce decry slam:slammed:slamming blast+ attack+ accuse blame+ "
	"dismiss reject defend welcome+ thank+ congratulate mock+ ridicule "
	"deride argue reason+ rebut:rebutted:rebutting lash credit+";

/* Dub verbs (29.3) and their kin: a quotation after them may be a name
 * given rather than words said ("was dubbed “Operation X”"). */
static const char *const naming_verbs =
	"call+ describe dub:dubbed:dubbing label:labelled:labelling "
	"label:labeled:labeling brand+ term+ deem denounce condemn decry "
	"refer:referred:referring";

/* Verbs that bring in written words only right beside the quotation:
 * "the sign read “…”", "“…,” reads the statement", "“…,” the memo
 * begins". */
static const char *const adjacent_verbs = "read:read:reading begin:began:beginning";

/* Verbs of giving (13.1, 13.3) whose object is the quotation, with its
 * owner before it: "gave its “deepest sympathies”", "offered his
 * “heartfelt condolences”", "sent their “best wishes”". */
static const char *const giving_verbs =
	"give:gave:giving offer extend convey send:sent:sending";

/* Two tables: the hand lists, looked up for every word near a quote, are
 * small enough to stay in cache; the name lists only for capitalised
 * words, sized at start-up to twice their entries (a fixed size once
 * made a regenerated list of 42,000 names fill it, and a lookup of an
 * absent word probe for ever). */
#define HANDSIZE 4096u
static uint32_t namesize;

struct slot {
	const char *w;
	uint32_t len, cls, hash;
};

static struct slot *hand, *names;

/* 1 when the table now points at w, 0 when the word was there before. */
static int add(struct slot *table, uint32_t size, const char *w, size_t len,
	uint32_t cls)
{
	uint32_t h = nf_qlex_hash(w, len);
	for (uint32_t i = h & (size - 1), n = 0;; i = (i + 1) & (size - 1), n++) {
		struct slot *s = &table[i];
		if (n == size)
			nf_die(70, "internal error: a word table of %u entries is full", size);
		if (!s->w) {
			s->w = w, s->len = (uint32_t)len, s->cls = cls, s->hash = h;
			return 1;
		}
		if (s->hash == h && s->len == len && memcmp(s->w, w, len) == 0) {
			s->cls |= cls;
			return 0;
		}
	}
}

static int vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* A word made at start-up into the table: its own copy, kept for the life
 * of the process while the table points at it, freed when the word was
 * listed before (a verb in two classes). */
static void add_made(struct slot *table, uint32_t size, const char *w,
	size_t n, uint32_t cls)
{
	char *p = nf_xmalloc(n);
	memcpy(p, w, n);
	if (!add(table, size, p, n, cls))
		free(p);
}

/* The forms of one verb entry into the hand table: base, -s, past, -ing.
 * The base and the irregular forms point into the lists themselves. */
static void add_verb(struct slot *table, uint32_t size, const char *e,
	size_t n, uint32_t extra, int naming)
{
	int noun = n > 0 && e[n - 1] == '+';
	if (noun)
		n--;
	const char *c1 = memchr(e, ':', n);
	size_t bl = c1 ? (size_t)(c1 - e) : n;
	const char *past = NULL, *ing = NULL;
	size_t pl = 0, il = 0;
	if (c1) {
		past = c1 + 1;
		const char *c2 = memchr(past, ':', (size_t)(e + n - past));
		pl = c2 ? (size_t)(c2 - past) : (size_t)(e + n - past);
		if (c2)
			ing = c2 + 1, il = (size_t)(e + n - ing);
	}
	char f[4][40];
	size_t fl[4];
	if (bl == 0 || bl + 4 > sizeof f[0])
		return;
	for (int k = 1; k < 4; k++) {
		memcpy(f[k], e, bl);
		fl[k] = bl;
	}
	char last = e[bl - 1], prev = bl > 1 ? e[bl - 2] : 0;
	/* -s: argues, wishes, replies */
	if (last == 's' || last == 'x' || last == 'z' || (last == 'h' &&
		(prev == 'c' || prev == 's')))
		memcpy(f[1] + bl, "es", 2), fl[1] += 2;
	else if (last == 'y' && !vowel(prev))
		memcpy(f[1] + bl - 1, "ies", 3), fl[1] += 2;
	else
		f[1][fl[1]++] = 's';
	/* past: argued, replied, asked */
	if (last == 'e')
		f[2][fl[2]++] = 'd';
	else if (last == 'y' && !vowel(prev))
		memcpy(f[2] + bl - 1, "ied", 3), fl[2] += 2;
	else
		memcpy(f[2] + bl, "ed", 2), fl[2] += 2;
	/* -ing: arguing, replying, agreeing */
	if (last == 'e' && prev != 'e' && prev != 'y' && prev != 'o')
		memcpy(f[3] + bl - 1, "ing", 3), fl[3] += 2;
	else
		memcpy(f[3] + bl, "ing", 3), fl[3] += 3;
	uint32_t cue = extra ? extra : QW_CUE;
	add(table, size, e, bl, cue | QW_CUE_BASE);
	add_made(table, size, f[1], fl[1], cue | (noun ? QW_CUE_BASE : 0) |
		(naming ? QW_CUE_NAME : 0));
	if (past)
		add(table, size, past, pl, cue | (naming ? QW_CUE_NAME : 0));
	else
		add_made(table, size, f[2], fl[2], cue | (naming ? QW_CUE_NAME : 0));
	if (ing)
		add(table, size, ing, il, cue | QW_CUE_ING);
	else
		add_made(table, size, f[3], fl[3], cue | QW_CUE_ING);
}

static void add_verbs(struct slot *table, uint32_t size, const char *p,
	uint32_t extra, int naming)
{
	while (*p) {
		const char *e = strchr(p, ' ');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		if (n)
			add_verb(table, size, p, n, extra, naming);
		p += n;
		while (*p == ' ')
			p++;
	}
}

void nf_qlex_init(void)
{
	if (hand)
		return;
	hand = nf_xcalloc(HANDSIZE, sizeof *hand);
	for (namesize = 1024; namesize < 2 * nf_qlex_nnames; namesize <<= 1)
		;
	names = nf_xcalloc(namesize, sizeof *names);
	for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
		const char *p = lists[i].words;
		while (*p) {
			const char *e = strchr(p, ' ');
			size_t n = e ? (size_t)(e - p) : strlen(p);
			if (n)
				add(hand, HANDSIZE, p, n, lists[i].cls);
			p += n;
			while (*p == ' ')
				p++;
		}
	}
	add_verbs(hand, HANDSIZE, say_verbs, 0, 0);
	add_verbs(hand, HANDSIZE, naming_verbs, 0, 1);
	add_verbs(hand, HANDSIZE, adjacent_verbs, QW_CUE_ADJ, 0);
	add_verbs(hand, HANDSIZE, giving_verbs, QW_CUE_GIVE, 0);
	for (size_t i = 0; i < nf_qlex_nnames; i++)
		add(names, namesize, nf_qlex_names[i].word,
			strlen(nf_qlex_names[i].word), nf_qlex_names[i].cls);
}

static uint32_t find(const struct slot *table, uint32_t size, const char *w,
	size_t len, uint32_t h)
{
	for (uint32_t i = h & (size - 1);; i = (i + 1) & (size - 1)) {
		const struct slot *s = &table[i];
		if (!s->w)
			return 0;
		if (s->hash == h && s->len == len && memcmp(s->w, w, len) == 0)
			return s->cls;
	}
}

uint32_t nf_qlex_lookup(const char *w, size_t len, uint32_t h, int cap)
{
	uint32_t c = find(hand, HANDSIZE, w, len, h);
	if (cap)
		c |= find(names, namesize, w, len, h);
	return c;
}

const char *nf_qlex_country_of(const char *w, size_t len)
{
	char key[40];
	if (len == 0 || len >= sizeof key)
		return NULL;
	for (size_t i = 0; i < len; i++)
		key[i] = w[i] >= 'A' && w[i] <= 'Z' ? (char)(w[i] + 32) : w[i];
	key[len] = 0;
	size_t lo = 0, hi = nf_qlex_ndemonyms;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(nf_qlex_demonyms[mid].demonym, key);
		if (c == 0)
			return nf_qlex_demonyms[mid].country;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}
