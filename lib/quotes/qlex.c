/* qlex.c: the hand-written word lists of pull-quotes (speech verbs,
 * titles, roles, function words) and one hash table over them and the
 * generated name lists of qnames.c. */
#include <string.h>

#include "newsfilter/buf.h"
#include "qlex.h"

struct wordlist {
	uint32_t cls;
	const char *words; /* space-separated, ASCII lower case */
};

/* Speech verbs. The past forms are unambiguous verbs; base and -s forms
 * that double as nouns (a call, the claims) get QW_CUE_BASE so that the
 * analyser accepts them only where a verb can stand. */
static const struct wordlist lists[] = {
	{QW_CUE, "said told wrote warned insisted added argued asked replied "
	 "stressed noted claimed explained announced stated tweeted remarked "
	 "commented continued elaborated characterized characterised declared "
	 "admitted acknowledged suggested urged recalled responded answered "
	 "conceded confirmed denied predicted promised vowed pledged shouted "
	 "yelled exclaimed whispered quipped joked boasted complained lamented "
	 "concluded criticized criticised reiterated repeated emphasized "
	 "emphasised underlined observed mentioned reported posted testified "
	 "informed asserted maintained alleged threatened spoke cautioned "
	 "contended countered agreed disagreed objected protested pleaded "
	 "begged demanded questioned wondered speculated estimated revealed "
	 "disclosed insists adds argues asks explains announces tweets "
	 "elaborates characterizes characterises declares admits acknowledges "
	 "suggests urges recalls responds concedes confirms denies "
	 "predicts promises vows pledges tells says writes reiterates "
	 "emphasizes emphasises underlines observes mentions "
	 "testifies asserts maintains alleges cautions contends "
	 "specifies specified supposes supposed concludes recounts recounted "
	 "proposed proposes attacked slammed blasted hailed praised accused "
	 "thanked defended cited accuses slams blasts hails praises"},
	{QW_CUE | QW_CUE_BASE, "say tell write warn insist add argue ask reply "
	 "stress note claim explain announce state tweet remark comment "
	 "continue declare admit suggest urge recall respond answer concede "
	 "confirm deny predict promise vow pledge shout conclude criticize "
	 "criticise reiterate repeat emphasize emphasise observe mention "
	 "report post testify assert maintain allege caution speak call "
	 "describe calls describes claims notes comments reports states "
	 "statements remarks tweets answers replies warns"},
	{QW_CUE | QW_CUE_NAME, "called described dubbed labelled labeled "
	 "branded termed deemed describes dubs labels brands terms deems "
	 "denounced denounces condemned condemns decried decries"},
	{QW_CUE | QW_CUE_ING, "saying telling writing warning insisting adding "
	 "arguing asking replying stressing noting claiming explaining "
	 "announcing stating tweeting remarking commenting continuing "
	 "elaborating characterizing characterising declaring admitting "
	 "acknowledging suggesting urging recalling responding answering "
	 "conceding confirming denying predicting promising vowing pledging "
	 "shouting concluding criticizing criticising reiterating repeating "
	 "emphasizing emphasising observing mentioning reporting posting "
	 "testifying asserting maintaining alleging threatening speaking "
	 "cautioning calling describing dubbing labelling branding terming "
	 "citing accusing proposing praising"},
	{QW_ACCORD, "according"},
	/* Offices and honorifics that stand before a name. */
	{QW_TITLE, "president vice prime minister secretary general senator "
	 "sen. rep. representative represenative gov. governor mayor "
	 "chancellor premier pope archbishop bishop cardinal rabbi imam "
	 "reverend rev. pastor dr. dr doctor sir dame lord professor prof. "
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
	 "broadcaster podcaster pundit strategist pollster"},
	/* Head nouns of roles that can stand for a person met earlier. */
	{QW_ROLE, "president minister secretary senator governor mayor "
	 "chancellor premier pope archbishop bishop cardinal pastor judge "
	 "prosecutor coach manager captain chief executive chairman chairwoman "
	 "director spokesman spokeswoman ambassador envoy leader speaker "
	 "commissioner lawyer attorney father mother husband wife king queen "
	 "prince princess sheikh emir priest actor actress singer striker "
	 "player driver officer inspector detective commander general "
	 "congressman congresswoman senator economist scientist researcher "
	 "professor doctor founder ceo"},
	{QW_MALE, "mr mr. king prince father husband son brother sir lord "
	 "congressman assemblyman councilman spokesman chairman emir sheikh "
	 "pope archbishop bishop cardinal monsenor monsignor priest actor "
	 "sultan ayatollah"},
	{QW_FEMALE, "mrs mrs. ms ms. miss queen princess mother wife daughter "
	 "sister dame lady congresswoman assemblywoman councilwoman "
	 "spokeswoman chairwoman actress"},
	{QW_PRON_M, "he"},
	{QW_PRON_F, "she"},
	{QW_GROUP, "they we i you it officials sources critics police "
	 "authorities experts analysts witnesses residents protesters "
	 "organizers organisers observers investigators prosecutors"},
	/* Words between a subject and its verb. */
	{QW_SKIP, "also later has have had repeatedly again then further "
	 "previously once earlier recently publicly reportedly would will "
	 "had already allegedly even just still first initially finally "
	 "subsequently immediately quickly loudly angrily simply only "
	 "separately similarly likewise additionally directly personally "
	 "privately openly frequently often never always clearly "
	 "specifically explicitly then-president went on to"},
	{QW_PASSIVE, "was were is are been be being"},
	{QW_MODAL, "to will would can could may might should must shall did "
	 "didn't does doesn't do don't not never i we they you"},
	{QW_CONJ, "and but or while"},
	{QW_DET, "the a an his her their its our my your this that these "
	 "those of for with by in on at from into about no any some every "
	 "each whose which what such"},
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
	 "saint former acting interim"},
	{QW_TIME, "monday tuesday wednesday thursday friday saturday sunday "
	 "january february march april may june july august september "
	 "october november december jan. feb. mar. apr. jun. jul. aug. sep. "
	 "sept. oct. nov. dec."},
	{QW_ORG, "inc inc. corp corp. corporation co co. ltd ltd. limited plc "
	 "llc llp ag gmbh holdings group partners associates bank party union "
	 "council ministry department agency commission committee association "
	 "federation university college institute foundation club fc airlines "
	 "airways motors industries securities exchange reuters court "
	 "parliament army police office board authority organisation "
	 "organization service times news press post journal herald guardian "
	 "telegraph tribune bbc cnn nbc abc cbs fox reuters ap afp "
	 "government administration embassy senate congress house assembly "
	 "church school hospital company network team league centre center "
	 "forces force navy coalition alliance movement front nato who imf "
	 "sdf kremlin pentagon twitter facebook instagram youtube command "
	 "society observer bureau corps unit division squad media agencies "
	 "ministries council organisation institution program programme "
	 "services affairs resources relations security"},
	{QW_PARTICLE, "de del della der den van von al el bin ibn da di du dos "
	 "das le la ter ben abu"},
	{QW_NAMING, "named known dubbed titled entitled nicknamed codenamed "
	 "as"},
	/* First names the SSA list lacks, common in the news. */
	{QW_FIRST_M, "volodymyr dmytro sadiq recep tayyip sergei sergey sergiy "
	 "andriy oleksandr olaf emmanuel rishi narendra xi jair nicolas "
	 "mahmoud benjamin yair kirill yuri dmitry dmitri mykhailo petro "
	 "viktor jens antonio nikos luigi sameh marcelo andres andrés "
	 "kyriakos alexis"},
	{QW_FIRST_F, "ursula giorgia annalena kaja yulia"},
};

/* Two tables: the hand lists, looked up for every word near a quote, are
 * small enough to stay in cache; the name lists only for capitalised
 * words. */
#define HANDSIZE 4096u
#define NAMESIZE 32768u

struct slot {
	const char *w;
	uint32_t len, cls, hash;
};

static struct slot *hand, *names;

static void add(struct slot *table, uint32_t size, const char *w, size_t len,
	uint32_t cls)
{
	uint32_t h = nf_qlex_hash(w, len);
	for (uint32_t i = h & (size - 1);; i = (i + 1) & (size - 1)) {
		struct slot *s = &table[i];
		if (!s->w) {
			s->w = w, s->len = (uint32_t)len, s->cls = cls, s->hash = h;
			return;
		}
		if (s->hash == h && s->len == len && memcmp(s->w, w, len) == 0) {
			s->cls |= cls;
			return;
		}
	}
}

void nf_qlex_init(void)
{
	if (hand)
		return;
	hand = nf_xcalloc(HANDSIZE, sizeof *hand);
	names = nf_xcalloc(NAMESIZE, sizeof *names);
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
	for (size_t i = 0; i < nf_qlex_nnames; i++)
		add(names, NAMESIZE, nf_qlex_names[i].word,
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
		c |= find(names, NAMESIZE, w, len, h);
	return c;
}
