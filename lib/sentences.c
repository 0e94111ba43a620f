/* sentences.c: the sentence splitter behind split-sentences: a byte scan for
 * terminal marks, then rules on the words either side of each mark. */
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "newsfilter/sentences.h"
#include "simd.h"

/* ---- word tables ------------------------------------------------------ */

/* How a word written with a final period behaves. */
enum {
	AB_TITLE = 1,	/* before a name: never ends a sentence before a word */
	AB_NUM = 2,	/* before a number: never ends a sentence before a digit */
	AB_AMBIG = 4,	/* may end a sentence: ends it before a sentence starter */
	AB_CAP = 8,	/* only an abbreviation when written with a capital */
	AB_TIME = 16	/* a.m., p.m.: ends a sentence unless a zone or day follows */
};

struct abbrev {
	char word[8];		/* lower case, without the final period */
	unsigned char flags;
};

/* Sorted by strcmp (nf_sentence_tables_ok checks it). Dotted forms keep
 * their inner periods. */
static const struct abbrev abbrevs[] = {
	{"a.m", AB_TIME},
	{"acad", AB_AMBIG},
	{"adm", AB_TITLE},
	{"admin", AB_AMBIG},
	{"al", AB_AMBIG},
	{"ala", AB_CAP | AB_AMBIG},
	{"ald", AB_TITLE},
	{"amb", AB_TITLE},
	{"approx", AB_NUM | AB_AMBIG},
	{"apr", AB_CAP | AB_NUM | AB_AMBIG},
	{"ariz", AB_CAP | AB_AMBIG},
	{"ark", AB_CAP | AB_AMBIG},
	{"art", AB_NUM},
	{"arts", AB_NUM},
	{"asm", AB_TITLE},
	{"assn", AB_AMBIG},
	{"assoc", AB_AMBIG},
	{"atty", AB_TITLE},
	{"aug", AB_CAP | AB_NUM | AB_AMBIG},
	{"ave", AB_AMBIG},
	{"bldg", AB_AMBIG},
	{"blvd", AB_AMBIG},
	{"brig", AB_TITLE},
	{"bros", AB_AMBIG},
	{"ca", AB_NUM},
	{"calif", AB_CAP | AB_AMBIG},
	{"capt", AB_TITLE},
	{"cdr", AB_TITLE},
	{"cf", AB_TITLE},
	{"ch", AB_NUM},
	{"chap", AB_NUM},
	{"cl", AB_NUM},
	{"cmdr", AB_TITLE},
	{"co", AB_AMBIG},
	{"col", AB_TITLE},
	{"colo", AB_CAP | AB_AMBIG},
	{"comdr", AB_TITLE},
	{"commr", AB_TITLE},
	{"cong", AB_TITLE},
	{"conn", AB_CAP | AB_AMBIG},
	{"corp", AB_AMBIG},
	{"cos", AB_AMBIG},
	{"coun", AB_TITLE},
	{"cpl", AB_TITLE},
	{"cpt", AB_TITLE},
	{"cst", AB_TITLE},
	{"dec", AB_CAP | AB_NUM | AB_AMBIG},
	{"del", AB_CAP | AB_AMBIG},
	{"dept", AB_AMBIG},
	{"det", AB_TITLE},
	{"dist", AB_AMBIG},
	{"div", AB_AMBIG},
	{"dr", AB_TITLE},
	{"drs", AB_TITLE},
	{"e.g", AB_TITLE | AB_NUM},
	{"ed", AB_NUM},
	{"eds", AB_NUM},
	{"esq", AB_AMBIG},
	{"est", AB_NUM | AB_AMBIG},
	{"ext", AB_NUM},
	{"feb", AB_CAP | AB_NUM | AB_AMBIG},
	{"fig", AB_NUM},
	{"figs", AB_NUM},
	{"fla", AB_CAP | AB_AMBIG},
	{"fr", AB_TITLE},
	{"fri", AB_CAP | AB_AMBIG},
	{"ft", AB_NUM | AB_AMBIG},
	{"ga", AB_CAP | AB_AMBIG},
	{"gen", AB_TITLE},
	{"gov", AB_TITLE},
	{"govs", AB_TITLE},
	{"govt", AB_AMBIG},
	{"hon", AB_TITLE},
	{"hosp", AB_AMBIG},
	{"hwy", AB_NUM | AB_AMBIG},
	{"i.e", AB_TITLE | AB_NUM},
	{"ill", AB_CAP | AB_AMBIG},
	{"inc", AB_AMBIG},
	{"ind", AB_CAP | AB_AMBIG},
	{"insp", AB_TITLE},
	{"inst", AB_AMBIG},
	{"intl", AB_AMBIG},
	{"jan", AB_CAP | AB_NUM | AB_AMBIG},
	{"jr", AB_AMBIG},
	{"jul", AB_CAP | AB_NUM | AB_AMBIG},
	{"jun", AB_CAP | AB_NUM | AB_AMBIG},
	{"kan", AB_CAP | AB_AMBIG},
	{"kans", AB_CAP | AB_AMBIG},
	{"ky", AB_CAP | AB_AMBIG},
	{"la", AB_CAP | AB_AMBIG},
	{"lieut", AB_TITLE},
	{"llc", AB_AMBIG},
	{"lt", AB_TITLE},
	{"ltd", AB_AMBIG},
	{"maj", AB_TITLE},
	{"mar", AB_CAP | AB_NUM | AB_AMBIG},
	{"mass", AB_CAP | AB_AMBIG},
	{"md", AB_CAP | AB_AMBIG},
	{"messrs", AB_TITLE},
	{"mfg", AB_AMBIG},
	{"mich", AB_CAP | AB_AMBIG},
	{"minn", AB_CAP | AB_AMBIG},
	{"miss", AB_CAP | AB_AMBIG},
	{"mlle", AB_TITLE},
	{"mme", AB_TITLE},
	{"mo", AB_CAP | AB_AMBIG},
	{"mon", AB_CAP | AB_AMBIG},
	{"mont", AB_CAP | AB_AMBIG},
	{"mr", AB_TITLE},
	{"mrs", AB_TITLE},
	{"ms", AB_TITLE},
	{"msgr", AB_TITLE},
	{"mt", AB_AMBIG},
	{"natl", AB_AMBIG},
	{"neb", AB_CAP | AB_AMBIG},
	{"nebr", AB_CAP | AB_AMBIG},
	{"nev", AB_CAP | AB_AMBIG},
	{"no", AB_NUM},
	{"nos", AB_NUM},
	{"nov", AB_CAP | AB_NUM | AB_AMBIG},
	{"nr", AB_NUM},
	{"n\xc2\xb0", AB_NUM},
	{"oct", AB_CAP | AB_NUM | AB_AMBIG},
	{"okla", AB_CAP | AB_AMBIG},
	{"op", AB_NUM},
	{"ore", AB_CAP | AB_AMBIG},
	{"p", AB_NUM},
	{"p.m", AB_TIME},
	{"pa", AB_CAP | AB_AMBIG},
	{"para", AB_NUM},
	{"plc", AB_AMBIG},
	{"pp", AB_NUM},
	{"pres", AB_TITLE},
	{"prof", AB_TITLE},
	{"profs", AB_TITLE},
	{"pt", AB_NUM},
	{"pvt", AB_TITLE},
	{"rd", AB_AMBIG},
	{"rep", AB_TITLE},
	{"reps", AB_TITLE},
	{"rev", AB_TITLE},
	{"sec", AB_NUM},
	{"sect", AB_NUM},
	{"sen", AB_TITLE},
	{"sens", AB_TITLE},
	{"sep", AB_CAP | AB_NUM | AB_AMBIG},
	{"sept", AB_CAP | AB_NUM | AB_AMBIG},
	{"sgt", AB_TITLE},
	{"spc", AB_TITLE},
	{"sr", AB_AMBIG},
	{"st", AB_AMBIG},
	{"supt", AB_TITLE},
	{"supv", AB_TITLE},
	{"tel", AB_NUM},
	{"tenn", AB_CAP | AB_AMBIG},
	{"tex", AB_CAP | AB_AMBIG},
	{"thu", AB_CAP | AB_AMBIG},
	{"thur", AB_CAP | AB_AMBIG},
	{"thurs", AB_CAP | AB_AMBIG},
	{"tue", AB_CAP | AB_AMBIG},
	{"tues", AB_CAP | AB_AMBIG},
	{"univ", AB_AMBIG},
	{"v", AB_TITLE},
	{"va", AB_CAP | AB_AMBIG},
	{"vol", AB_NUM},
	{"vols", AB_NUM},
	{"vs", AB_TITLE | AB_NUM},
	{"vt", AB_CAP | AB_AMBIG},
	{"wash", AB_CAP | AB_AMBIG},
	{"wed", AB_CAP | AB_AMBIG},
	{"wis", AB_CAP | AB_AMBIG},
	{"wisc", AB_CAP | AB_AMBIG},
	{"wyo", AB_CAP | AB_AMBIG},
};

/* Words that, capitalised after an abbreviation, begin a new sentence:
 * pronouns, determiners, conjunctions, prepositions, auxiliaries and
 * sentence adverbs; with plural_nouns below. Proper nouns and the nouns
 * that follow "U.S." in names (Senate, Government) are not here, so "the
 * U.S. Senate" holds together. Lower case, sorted. */
static const char *const starters[] = {
	"a", "about", "according", "accordingly", "across", "additionally",
	"after", "afterward", "afterwards", "again", "against", "all",
	"almost", "already", "also", "alternatively", "although", "always",
	"among", "an", "and", "another", "any", "anyone", "anything",
	"apparently", "are", "aren", "as", "at", "because", "before",
	"being", "besides", "between", "both", "but", "by", "can",
	"consequently", "could", "couldn", "currently", "despite", "did",
	"didn", "do", "does", "doesn", "don", "during", "each", "earlier",
	"either", "elsewhere", "even", "eventually", "every", "everyone",
	"everything", "few", "finally", "first", "following", "for", "from",
	"further", "furthermore", "had", "has", "have", "he", "hence", "her",
	"here", "his", "how", "however", "i", "if", "in", "indeed",
	"initially", "instead", "is", "isn", "it", "its", "just", "last",
	"later", "let", "likewise", "many", "meanwhile", "might", "more",
	"moreover", "most", "much", "must", "my", "neither", "nevertheless",
	"next", "no", "none", "nonetheless", "nor", "not", "nothing", "now",
	"of", "often", "on", "once", "one", "only", "or", "other", "others",
	"otherwise", "our", "overall", "perhaps", "previously", "rather",
	"recently", "several", "she", "should", "similarly", "since", "so",
	"some", "sometimes", "soon", "still", "subsequently", "such", "that",
	"the", "their", "then", "there", "these", "they", "this", "those",
	"though", "thus", "to", "today", "together", "tomorrow",
	"ultimately", "under", "unless", "unlike", "until", "upon", "was",
	"wasn", "we", "were", "what", "when", "where", "whereas", "whether",
	"which", "while", "who", "whose", "why", "will", "with", "within",
	"without", "would", "yes", "yesterday", "yet", "you", "your",
};

/* The plural nouns news sentences open with ("... in the U.S. Analysts
 * said"); not in the possessive ("the U.N. Children's Fund"). */
static const char *const plural_nouns[] = {
	"activists", "analysts", "attorneys", "authorities", "children",
	"companies", "consumers", "critics", "customers", "demonstrators",
	"doctors", "experts", "families", "farmers", "firefighters", "firms",
	"investigators", "investors", "journalists", "judges", "lawmakers",
	"lawyers", "leaders", "legislators", "markets", "members",
	"militants", "negotiators", "observers", "officers", "officials",
	"opponents", "people", "police", "prices", "profits", "prosecutors",
	"protesters", "rebels", "reporters", "rescuers", "researchers",
	"residents", "sales", "scientists", "shares", "soldiers", "sources",
	"stocks", "students", "supporters", "survivors", "troops", "victims",
	"voters", "witnesses", "women", "workers",
};

/* After a.m. or p.m. these continue the sentence (9 a.m. Monday, 5 p.m.
 * EST). Lower case, sorted. */
static const char *const time_followers[] = {
	"aedt", "aest", "atlantic", "british", "bst", "cdt", "central", "cest",
	"cet", "coordinated", "cst", "ct", "eastern", "edt", "est", "et",
	"european", "friday", "gmt", "greenwich", "hst", "ist", "jst", "local",
	"mdt", "monday", "mountain", "msk", "mst", "mt", "pacific", "pdt",
	"pst", "pt", "saturday", "sunday", "thursday", "tuesday", "utc",
	"wednesday",
};

/* Cues that let a quoted question or exclamation run on: "Why?" Smith
 * asked. (After a full stop inside quotes news style starts a new sentence:
 * "... prayers." President Duda remarked, ...) */
static const char *const speech_verbs[] = {
	"added", "adds", "admitted", "agreed", "announced", "argued", "asked",
	"asks", "claimed", "commented", "concluded", "continued", "declared",
	"explained", "insisted", "noted", "pressed", "recalled", "remarked",
	"replied",
	"responded", "said", "says", "shouted", "stated", "suggested", "told",
	"tweeted", "warned", "writes", "wrote",
};

/* Labels of picture credits: a caption ends before "Image: Name." */
static const char *const credit_labels[] = {
	"Credit", "Image", "Photo", "Picture",
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* Compare the NUL-terminated key with w[0..n) as strcmp would; inline,
 * since the words are short and libc's strncmp call dominated. */
static int keycmp(const char *key, const char *w, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		unsigned char a = (unsigned char)key[i], b = (unsigned char)w[i];
		if (a != b || a == '\0')
			return a < b || a == '\0' ? -1 : 1;	/* a shorter key is less */
	}
	return key[n] != '\0';
}

static int in_list(const char *const *list, size_t nlist, const char *w,
                   size_t n)
{
	size_t lo = 0, hi = nlist;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = keycmp(list[mid], w, n);
		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

#define ABBREV_MAX 6	/* the longest word in abbrevs[] */

/* w[0..n), n <= 8, zero-padded to eight bytes, as a number that orders
 * as strcmp orders the words: the lookup below, once per period, then
 * compares one number per step instead of a string. */
static uint64_t word_key(const char *w, size_t n)
{
	unsigned char b[8] = { 0 };
	uint64_t k;

	for (size_t i = 0; i < n; i++)	/* n is small: no call to memcpy */
		b[i] = (unsigned char)w[i];
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(&k, b, 8);
	k = __builtin_bswap64(k);
#else
	k = 0;
	for (int i = 0; i < 8; i++)
		k = k << 8 | b[i];
#endif
	return k;
}

static int abbrev_flags(const char *w, size_t n)
{
	size_t lo = 0, hi = NELEM(abbrevs);
	uint64_t k;
	if (n > ABBREV_MAX)
		return 0;
	k = word_key(w, n);
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		uint64_t m = word_key(abbrevs[mid].word, 8);
		if (m == k)
			return abbrevs[mid].flags;
		if (m < k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

int nf_sentence_tables_ok(void)
{
	size_t i;
	for (i = 1; i < NELEM(abbrevs); i++)
		if (strcmp(abbrevs[i - 1].word, abbrevs[i].word) >= 0 ||
		    strlen(abbrevs[i].word) > ABBREV_MAX)
			return 0;
	for (i = 1; i < NELEM(starters); i++)
		if (strcmp(starters[i - 1], starters[i]) >= 0)
			return 0;
	for (i = 1; i < NELEM(plural_nouns); i++)
		if (strcmp(plural_nouns[i - 1], plural_nouns[i]) >= 0)
			return 0;
	for (i = 1; i < NELEM(time_followers); i++)
		if (strcmp(time_followers[i - 1], time_followers[i]) >= 0)
			return 0;
	for (i = 1; i < NELEM(credit_labels); i++)
		if (strcmp(credit_labels[i - 1], credit_labels[i]) >= 0)
			return 0;
	for (i = 1; i < NELEM(speech_verbs); i++)
		if (strcmp(speech_verbs[i - 1], speech_verbs[i]) >= 0)
			return 0;
	return 1;
}

/* ---- characters --------------------------------------------------------- */

/* Bytes the scan stops at: terminal marks, newline, the colon of a caption
 * credit, and the lead bytes of the ellipsis U+2026 (0xE2) and of the
 * full stops of other scripts (see other_mark). */
static const unsigned char stop[256] = {
	['.'] = 1, ['?'] = 1, ['!'] = 1, ['\n'] = 1, [':'] = 1, [0xD8] = 1,
	[0xDB] = 1, [0xE0] = 1, [0xE2] = 1, [0xE3] = 1, [0xEF] = 1,
};

/* A sentence mark of another script at t[i]: its length, or 0. *cjk is set
 * for the full-width marks, which need no space after them. Devanagari
 * danda and double danda, Arabic question mark and full stop, ideographic
 * full stop, full-width ! and ?. */
static size_t other_mark(const unsigned char *t, size_t len, size_t i,
                         int *cjk)
{
	*cjk = 0;
	if (i + 1 < len && ((t[i] == 0xD8 && t[i + 1] == 0x9F) ||
	    (t[i] == 0xDB && t[i + 1] == 0x94)))
		return 2;
	if (i + 2 >= len)
		return 0;
	if (t[i] == 0xE0 && t[i + 1] == 0xA5 && (t[i + 2] == 0xA4 || t[i + 2] == 0xA5))
		return 3;
	if ((t[i] == 0xE3 && t[i + 1] == 0x80 && t[i + 2] == 0x82) ||
	    (t[i] == 0xEF && t[i + 1] == 0xBC && (t[i + 2] == 0x81 || t[i + 2] == 0x9F))) {
		*cjk = 1;
		return 3;
	}
	return 0;
}

/* Bits of the bytes of v that may be in stop[]: the lead bytes there are
 * all 0xD8 or above, so one comparison finds them with the rarer bytes of
 * that range, which the table then turns down. */
static inline unsigned stop_mask(nf_v16 v)
{
	return nf_v16_mask(nf_v16_or(
	    nf_v16_or(nf_v16_or(nf_v16_eq(v, '.'), nf_v16_eq(v, '?')),
	              nf_v16_or(nf_v16_eq(v, '!'), nf_v16_eq(v, '\n'))),
	    nf_v16_or(nf_v16_eq(v, ':'), nf_v16_atleast(v, 0xD8))));
}

/* The first i in [i, limit) where stop[t[i]], or limit. Sixteen bytes at
 * a time: the scan passes every byte of the text. */
static size_t scan_stop(const unsigned char *t, size_t i, size_t limit)
{
	unsigned m;
	while (i + 16 <= limit) {
		for (m = stop_mask(nf_v16_load(t + i)); m; m &= m - 1)
			if (stop[t[i + nf_lowbit(m)]])
				return i + nf_lowbit(m);
		i += 16;
	}
	if (i < limit && limit >= 16) {
		/* the last bytes: the final sixteen, those before i masked */
		size_t base = limit - 16;
		for (m = stop_mask(nf_v16_load(t + base)) & (~0u << (i - base)); m; m &= m - 1)
			if (stop[t[base + nf_lowbit(m)]])
				return base + nf_lowbit(m);
		return limit;
	}
	while (i < limit && !stop[t[i]])
		i++;
	return i;
}

/* Bytes a word ends at, going back: ASCII white space (1), and 0xA0 (2),
 * which is white space only as the end of U+00A0. */
static const unsigned char word_end[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\v'] = 1, ['\f'] = 1,
	[0xA0] = 2,
};

static int ascii_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	       c == '\f';
}

/* Byte length of the white-space character at t[i], or 0. Besides ASCII:
 * U+00A0, U+2000..U+200A, U+202F, U+3000. */
static size_t space_len(const unsigned char *t, size_t len, size_t i)
{
	unsigned char c = t[i];
	if (c < 0x80)
		return ascii_space(c);
	if (c == 0xC2 && i + 1 < len && t[i + 1] == 0xA0)
		return 2;
	if (c == 0xE2 && i + 2 < len && t[i + 1] == 0x80 &&
	    (t[i + 2] <= 0x8A || t[i + 2] == 0xAF))
		return 3;
	if (c == 0xE3 && i + 2 < len && t[i + 1] == 0x80 && t[i + 2] == 0x80)
		return 3;
	return 0;
}

/* Is the UTF-8 sequence at t[i] one of the multi-byte quote marks
 * ‘ ’ ‚ “ ” „ ‹ › « »? Returns its length or 0. */
static size_t quote_len(const unsigned char *t, size_t len, size_t i)
{
	if (t[i] == 0xC2 && i + 1 < len && (t[i + 1] == 0xAB || t[i + 1] == 0xBB))
		return 2;
	if (t[i] == 0xE2 && i + 2 < len && t[i + 1] == 0x80 &&
	    ((t[i + 2] >= 0x98 && t[i + 2] <= 0x9F) || t[i + 2] == 0xB9 ||
	     t[i + 2] == 0xBA))
		return 3;
	return 0;
}

/* Length of a closing quote or bracket at t[i] (any quote mark counts:
 * after a terminal mark a quote can only close), or 0. Sets *q when it is
 * a quote. */
static size_t closer_len(const unsigned char *t, size_t len, size_t i, int *q)
{
	unsigned char c = t[i];
	if (c == '"' || c == '\'') {
		*q = 1;
		return 1;
	}
	if (c == ')' || c == ']' || c == '}')
		return 1;
	size_t n = quote_len(t, len, i);
	if (n)
		*q = 1;
	return n;
}

/* Length of an opening quote or bracket (or an inverted ¿ ¡), or 0. */
static size_t opener_len(const unsigned char *t, size_t len, size_t i)
{
	unsigned char c = t[i];
	if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '{')
		return 1;
	if (c == 0xC2 && i + 1 < len && (t[i + 1] == 0xBF || t[i + 1] == 0xA1))
		return 2;
	return quote_len(t, len, i);
}

static int is_ellipsis(const unsigned char *t, size_t len, size_t i)
{
	return t[i] == 0xE2 && i + 2 < len && t[i + 1] == 0x80 &&
	       t[i + 2] == 0xA6;
}

enum { CH_END, CH_LOWER, CH_UPPER, CH_DIGIT, CH_OTHER };

/* The class of the code point at t[i]. */
static int char_class(const unsigned char *t, size_t len, size_t i)
{
	unsigned char c = t[i];
	if (c >= 'a' && c <= 'z')
		return CH_LOWER;
	if (c >= 'A' && c <= 'Z')
		return CH_UPPER;
	if (c >= '0' && c <= '9')
		return CH_DIGIT;
	if (c < 0x80)
		return CH_OTHER;
	utf8proc_int32_t cp;
	utf8proc_ssize_t n = utf8proc_iterate(t + i,
	    (utf8proc_ssize_t)(len - i < 4 ? len - i : 4), &cp);
	if (n <= 0)
		return CH_OTHER;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LT:
		return CH_UPPER;
	case UTF8PROC_CATEGORY_LL:
		return CH_LOWER;
	case UTF8PROC_CATEGORY_ND:
		return CH_DIGIT;
	default:
		return CH_OTHER;
	}
}

static int ascii_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int ascii_alnum(unsigned char c)
{
	return ascii_alpha(c) || (c >= '0' && c <= '9');
}

/* ---- the words around a mark ------------------------------------------ */

#define WORD_MAX 24

/* The word after a terminal mark. */
struct next {
	int cls;		/* CH_* of its first character */
	size_t at;		/* where the word (after openers) starts */
	char low[WORD_MAX];	/* its ASCII letters, lower-cased */
	size_t n;		/* their count; 0 when too long or not ASCII */
	int dot;		/* the letters are followed by '.' */
	int comma;		/* ... by ',' */
	int under_secretary;	/* the word is "Under" before "Secretary" */
	int possessive;		/* ... by 's or ’s */
	int letters;		/* n, low and the flags above are set */
};

/* The letters of the word at w->at, once: their count, lower case, and
 * what follows them. Only the rules past the common case need them. */
static void word_letters(const unsigned char *t, size_t len, struct next *w)
{
	size_t i = w->at, k;
	if (w->letters)
		return;
	w->letters = 1;
	w->n = 0;
	w->dot = w->comma = w->under_secretary = w->possessive = 0;
	if (w->cls == CH_END)
		return;
	for (k = i; k < len && ascii_alpha(t[k]); k++) {
		if (k - i >= WORD_MAX) {
			w->n = 0;
			return;
		}
		w->low[k - i] = (char)(t[k] | 0x20);
	}
	if (k < len && t[k] >= 0x80 && char_class(t, len, k) != CH_OTHER)
		return;	/* a word with non-ASCII letters: in none of our lists */
	w->n = k - i;
	w->dot = k < len && t[k] == '.';
	w->comma = k < len && t[k] == ',';
	w->possessive = (k + 1 < len && t[k] == '\'' && t[k + 1] == 's') ||
	    (k + 3 < len && t[k] == 0xE2 && t[k + 1] == 0x80 && t[k + 2] == 0x99 &&
	     t[k + 3] == 's');
	w->under_secretary = w->n == 5 && memcmp(w->low, "under", 5) == 0 &&
	    len - k > 10 && (t[k] == ' ' || t[k] == '-') &&
	    memcmp(t + k + 1, "Secretary", 9) == 0;
	if (w->cls == CH_LOWER)	/* iPhone, eBay, wikiHow open sentences */
		for (k = i + 1; k < i + w->n; k++)
			if (t[k] >= 'A' && t[k] <= 'Z') {
				w->cls = CH_UPPER;
				break;
			}
}

/* Read the word at t[i] (after white space); skip opening marks. Its
 * letters are read now only when it starts in lower case (for iPhone). */
static void next_word(const unsigned char *t, size_t len, size_t i,
                      struct next *w)
{
	size_t n;
	while (i < len && (n = opener_len(t, len, i)) != 0)
		i += n;
	w->at = i;
	w->letters = 0;
	w->cls = i >= len ? CH_END : char_class(t, len, i);
	if (w->cls == CH_LOWER)
		word_letters(t, len, w);
}

/* Are t[0..7) all ASCII lower-case letters? t[7] is the period (read
 * with them, made an 'a'): one test on eight bytes at once. */
static int lower7(const unsigned char *t)
{
	static const unsigned char dot_to_a[8] = { 0, 0, 0, 0, 0, 0, 0, 'a' - '.' };
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	uint64_t w, fix;
	memcpy(&w, t, 8);
	memcpy(&fix, dot_to_a, 8);
	w += fix;	/* no carry: only the last byte changes, to 'a' */
	return !(w & highs) && ((w + (0x80 - 'a') * ones) & highs) == highs &&
	       !((w + (0x80 - 'z' - 1) * ones) & highs);
}

/* The word before a mark at t[p]: back to white space, without opening
 * marks before it or closing marks after it. */
static size_t prev_word(const unsigned char *t, size_t from, size_t p,
                        size_t *wend)
{
	size_t b = p, e = p;
	while (b > from && !word_end[t[b - 1]])
		b--;
	/* 0xA0 ends the word only as the second byte of U+00A0 */
	while (b > from && word_end[t[b - 1]] == 2 &&
	       !(b - 1 > from && t[b - 2] == 0xC2)) {
		b--;
		while (b > from && !word_end[t[b - 1]])
			b--;
	}
	for (;;) {
		size_t n;
		if (b < e && (t[b] == '"' || t[b] == '\'' || t[b] == '(' ||
		    t[b] == '[' || t[b] == '{'))
			b++;
		else if (b < e && (n = quote_len(t, e, b)) != 0)
			b += n;
		else
			break;
	}
	while (e > b && (t[e - 1] == ')' || t[e - 1] == ']' || t[e - 1] == '"' ||
	       t[e - 1] == '\''))
		e--;
	*wend = e;
	return b;
}

enum { W_PLAIN, W_ABBREV, W_DOTTED, W_INITIAL };

/* Classify the word t[b..e) that a period follows; *flags gets the table
 * flags of an abbreviation. One pass gathers all the word's shape: this
 * runs at every period. */
static int word_kind(const unsigned char *t, size_t b, size_t e, int *flags)
{
	char low[WORD_MAX];
	size_t n = e - b, i, seg = 0, segmax = 0, dots = 0, upper = 0, hyphen = 0;
	int dotted = 1;	/* letters and dots only, no dot first or doubled */
	*flags = 0;
	if (n == 0 || n >= WORD_MAX)
		return W_PLAIN;
	if (n == 1 && t[b] >= 'A' && t[b] <= 'Z')
		return W_INITIAL;	/* "Leroy P. Steele", not p. for page */
	for (i = 0; i < n; i++) {
		unsigned char c = t[b + i];
		if (c >= 'A' && c <= 'Z') {
			upper += upper == i;	/* the capitals it starts with */
			c |= 0x20;
		}
		low[i] = (char)c;
		if (c == '.') {
			dotted &= seg > 0;
			dots++;
			seg = 0;
		} else if (c >= 'a' && c <= 'z') {
			if (++seg > segmax)
				segmax = seg;
		} else {
			dotted = 0;
			hyphen = c == '-' ? i + 1 : hyphen;
		}
	}
	if (upper == n)
		return W_PLAIN;	/* "(ToF MS).": an acronym, not Ms. */
	*flags = abbrev_flags(low, n);
	/* Lt.-Gen.: the part after the last hyphen */
	if (!*flags && hyphen > 1 && hyphen < n && low[hyphen - 2] == '.') {
		*flags = abbrev_flags(low + hyphen, n - hyphen) & AB_TITLE;
		if (*flags)
			b += hyphen;
	}
	if (*flags) {
		if ((*flags & AB_CAP) && !(t[b] >= 'A' && t[b] <= 'Z'))
			return *flags = 0, W_PLAIN;
		return W_ABBREV;
	}
	if (n == 1 && ascii_alpha(t[b]))
		return W_INITIAL;
	/* U.S, D.C, Ph.D, U.S.A: letter groups of one or two joined by dots */
	if (dotted && dots > 0 && seg > 0 && segmax <= 2)
		return W_DOTTED;
	return W_PLAIN;
}

static int is_starter(const struct next *w)
{
	if (w->n == 0)
		return 0;
	if (w->dot && w->n == 1)	/* J. A. Smith: an initial, not "A" */
		return 0;
	if (w->comma && w->n > 4 && w->low[w->n - 2] == 'l' &&
	    w->low[w->n - 1] == 'y')
		return 1;	/* Unfortunately, ... */
	if (w->under_secretary)
		return 0;	/* the U.S. Under Secretary of State */
	if (in_list(starters, NELEM(starters), w->low, w->n))
		return 1;
	return !w->possessive &&
	       in_list(plural_nouns, NELEM(plural_nouns), w->low, w->n);
}

/* A capitalised title after an abbreviation: Co. Mr. Smith said ... */
static int is_title(const struct next *w)
{
	return w->dot && w->n > 0 &&
	       (abbrev_flags(w->low, w->n) & AB_TITLE);
}

/* After a quoted sentence: Name [Name [Name]] speech-verb. */
static int name_then_cue(const unsigned char *t, size_t len, size_t i)
{
	int names = 0;
	while (i < len) {
		size_t b = i;
		while (i < len && (ascii_alnum(t[i]) || t[i] == '-' ||
		       t[i] == '\'' || t[i] >= 0x80) && !space_len(t, len, i))
			i++;
		if (i == b)
			return 0;
		if (t[b] >= 'A' && t[b] <= 'Z') {
			if (++names > 3)
				return 0;
			/* a title written short: "Why?" Mr. Hammer asked. */
			if (i < len && t[i] == '.' && i - b <= ABBREV_MAX) {
				char low[ABBREV_MAX];
				for (size_t k = b; k < i; k++)
					low[k - b] = (char)(t[k] | 0x20);
				if (!(abbrev_flags(low, i - b) & AB_TITLE))
					return 0;
				i++;
			}
		} else {
			return names > 0 &&
			       in_list(speech_verbs, NELEM(speech_verbs),
			               (const char *)t + b, i - b);
		}
		if (i >= len || t[i] != ' ')
			return 0;
		i++;
	}
	return 0;
}

/* Does the sentence t[from..p) have more than n words? */
static int words_more_than(const unsigned char *t, size_t from, size_t p,
                           int n)
{
	int words = 0, in = 0;
	for (; from < p; from++) {
		int sp = ascii_space(t[from]);
		if (!sp && !in && ++words > n)
			return 1;
		in = !sp;
	}
	return 0;
}

/* A dash (- – —) or a further ellipsis at t[i]. */
static int dash_or_dots(const unsigned char *t, size_t len, size_t i)
{
	if (t[i] == '-' || t[i] == '.')
		return 1;
	return t[i] == 0xE2 && i + 2 < len && t[i + 1] == 0x80 &&
	       (t[i + 2] == 0x93 || t[i + 2] == 0x94 || t[i + 2] == 0xA6);
}

/* The colon at t[p] follows a credit label that does not start the
 * sentence begun at from: return where the label starts, else 0. */
static size_t credit_start(const unsigned char *t, size_t len, size_t from,
                           size_t p)
{
	size_t b = p;
	if (p + 1 >= len || t[p + 1] != ' ')
		return 0;
	while (b > from && ascii_alpha(t[b - 1]))
		b--;
	if (b == from || !ascii_space(t[b - 1]) || p - b < 5 ||
	    !in_list(credit_labels, NELEM(credit_labels), (const char *)t + b,
	             p - b))
		return 0;
	return b;
}

/* ---- list items ----------------------------------------------------- */

/* A list marker: "1." "1.)" "1)" "a." with an optional bullet before it
 * (• ⁃ ‣ ▪ - *). Returns the length of the marker's text (bullet included)
 * up to the space after it, or 0; *value gets the item number (letters
 * a = 1), *style how it was written. */
enum { LM_DOT = 1, LM_DOTPAREN, LM_PAREN, LM_LETTER = 8 };

static size_t bullet_len(const unsigned char *t, size_t len, size_t i)
{
	if (t[i] == '-' || t[i] == '*')
		return 1;
	if (t[i] == 0xE2 && i + 2 < len &&
	    ((t[i + 1] == 0x80 && (t[i + 2] == 0xA2 || t[i + 2] == 0xA3)) ||
	     (t[i + 1] == 0x81 && t[i + 2] == 0x83) ||
	     (t[i + 1] == 0x96 && t[i + 2] == 0xAA)))
		return 3;
	return 0;
}

static size_t list_marker(const unsigned char *t, size_t len, size_t i,
                          int *value, int *style)
{
	size_t s = i, n;
	int v = 0, letter = 0;
	if ((n = bullet_len(t, len, i)) != 0) {
		i += n;
		while (i < len && t[i] == ' ')
			i++;
	}
	if (i < len && t[i] >= '0' && t[i] <= '9') {
		v = t[i++] - '0';
		if (i < len && t[i] >= '0' && t[i] <= '9')
			v = v * 10 + (t[i++] - '0');
	} else if (i < len && t[i] >= 'a' && t[i] <= 'z') {
		v = t[i++] - 'a' + 1;
		letter = LM_LETTER;
	} else {
		return 0;
	}
	if (i + 1 < len && t[i] == '.' && t[i + 1] == ')') {
		*style = LM_DOTPAREN | letter;
		i += 2;
	} else if (i < len && t[i] == '.') {
		*style = LM_DOT | letter;
		i++;
	} else if (i < len && t[i] == ')') {
		*style = LM_PAREN | letter;
		i++;
	} else {
		return 0;
	}
	if (i >= len || t[i] != ' ')
		return 0;
	*value = v;
	return i - s;
}

/* The start of the next list item (value v, same style) in t[i..len), as
 * a space then a marker; len when there is none. The search ends at the
 * first mark followed by white space, where the sentence rules take over,
 * so that the work stays linear in the text ("1. 1. 1. ..."). */
static size_t find_item(const unsigned char *t, size_t len, size_t i, int v,
                        int style)
{
	size_t stop_at = len - i > 4096 ? i + 4096 : len;
	for (; i + 1 < stop_at; i++) {
		int nv, ns;
		if (t[i] == '\n')
			break;
		if ((t[i] == '.' || t[i] == '?' || t[i] == '!') &&
		    ascii_space(t[i + 1]))
			break;
		if (t[i] != ' ' && !bullet_len(t, len, i))
			continue;
		size_t j = t[i] == ' ' ? i + 1 : i;
		if (list_marker(t, len, j, &nv, &ns) && nv == v && ns == style)
			return j;
	}
	return len;
}

/* ---- the scan ------------------------------------------------------- */

/* Decide on the newline at t[p] inside a sentence begun at from. A blank
 * line always ends it; a single newline ends it unless the line was
 * hard-wrapped: the next line starts in lower case, or this one ends in a
 * character that cannot end a sentence or heading. */
static int newline_ends(const unsigned char *t, size_t len, size_t from,
                        size_t p)
{
	size_t i = p + 1, e = p, n;
	while (i < len && (n = space_len(t, len, i)) != 0) {
		if (t[i] == '\n')
			return 1;
		i += n;
	}
	if (i >= len)
		return 1;
	if (char_class(t, len, i) == CH_LOWER)
		return 0;
	while (e > from && ascii_space(t[e - 1]))
		e--;
	if (e == from)
		return 0;
	if (t[e - 1] >= 'a' && t[e - 1] <= 'z') {
		size_t b = e;	/* a line ending in "and", "the", "of" runs on */
		while (b > from && t[b - 1] >= 'a' && t[b - 1] <= 'z')
			b--;
		if ((b == from || !ascii_alnum(t[b - 1])) &&
		    in_list(starters, NELEM(starters), (const char *)t + b, e - b))
			return 0;
	}
	switch (t[e - 1]) {
	case '.':	/* the period rules kept this sentence going */
	case ',': case ';': case '(': case '&': case '/': case '-':
		return 0;
	}
	if (e - from >= 3 && t[e - 3] == 0xE2 && t[e - 2] == 0x80 &&
	    (t[e - 1] == 0x93 || t[e - 1] == 0x94))	/* – — */
		return 0;
	return 1;
}

/* The mark run at t[p] (. ? ! and ellipses) ends a sentence: return the
 * end of the sentence (after closing marks), or 0 when it does not. *skip
 * gets where the scan goes on. */
static size_t mark_ends(const unsigned char *t, size_t len, size_t from,
                        size_t p, size_t *skip)
{
	size_t q = p, n, end;
	int dots = 0, qe = 0, spaced = 0, quoted = 0, kind, flags;
	struct next w;

	for (;;) {
		if (q < len && t[q] == '.')
			dots++, q++;
		else if (q < len && (t[q] == '?' || t[q] == '!'))
			qe++, q++;
		else if (q < len && is_ellipsis(t, len, q))
			dots += 3, q += 3;
		else
			break;
	}
	/* spaced ellipsis: ". . ." */
	while (q + 1 < len && t[q] == ' ' && t[q + 1] == '.' &&
	       (q + 2 >= len || t[q + 2] != '.')) {
		spaced++;
		q += 2;
	}
	*skip = q;
	end = q;
	for (;;) {
		if (end < len && (n = closer_len(t, len, end, &quoted)) != 0) {
			end += n;
			continue;
		}
		/* a thin space between nested closing quotes: .'<U+2009>" */
		if (end > q && end + 3 < len && t[end] == 0xE2 && t[end + 1] == 0x80 &&
		    (t[end + 2] == 0x89 || t[end + 2] == 0x8A || t[end + 2] == 0xAF) &&
		    closer_len(t, len, end + 3, &quoted)) {
			end += 3;
			continue;
		}
		break;
	}
	if (end >= len)
		return end;
	if (!(n = space_len(t, len, end)))
		return 0;
	next_word(t, len, end + n, &w);
	if (w.cls == CH_END)
		return end;
	if (w.cls == CH_OTHER && dash_or_dots(t, len, w.at))
		return 0;	/* "... game." - Matthew Ingram; "it. ... The" */

	if (spaced) {
		int attached = p > from && !space_len(t, len, p - 1);
		if (w.cls != CH_UPPER)
			return 0;
		if (attached && dots == 1 && spaced >= 3)
			return *skip = p + 1;	/* "word. . . . Next": ". . ." opens the next */
		return dots + spaced >= 4 ? end : 0;
	}
	if (qe) {
		if (w.cls == CH_LOWER)
			return 0;
		word_letters(t, len, &w);
		if (quoted && w.cls == CH_UPPER && !is_starter(&w) &&
		    name_then_cue(t, len, w.at))
			return 0;
		return end;
	}
	if (dots >= 3) {
		if (p > from && t[p - 1] == '[' && q < len && t[q] == ']')
			/* [...] marks an omission: a sentence ends there only
			 * when a capital follows at once */
			return w.at == end + n && w.cls == CH_UPPER ? end : 0;
		if (p == from || space_len(t, len, p - 1))
			return 0;	/* " ... " runs on */
		return w.cls == CH_UPPER || (dots >= 4 && w.cls == CH_DIGIT) ? end : 0;
	}

	/* a single period */
	if (w.cls == CH_LOWER)
		return 0;
	/* Seven lower-case letters before it: longer than any abbreviation,
	 * no initial, no U.S.: a plain word (most sentence ends), known
	 * without reading the word back to its start. */
	if (p - from >= 7 && lower7(t + p - 7))
		return end;
	size_t wb, we;
	wb = prev_word(t, from, p, &we);
	kind = word_kind(t, wb, we, &flags);
	if (kind != W_PLAIN)
		word_letters(t, len, &w);
	switch (kind) {
	case W_PLAIN:
		return end;
	case W_INITIAL:
		if (w.cls == CH_UPPER && is_starter(&w))
			return end;
		return 0;
	case W_DOTTED:
		if (w.cls == CH_UPPER && is_starter(&w))
			return end;
		return 0;
	}
	/* W_ABBREV */
	if (w.cls == CH_DIGIT)
		return flags & (AB_NUM | AB_TITLE | AB_TIME) ? 0 : end;
	if (w.cls != CH_UPPER)
		return 0;
	if (flags & AB_TIME) {
		if (t[end + n] == '(')
			return 0;	/* "5:00 p.m. (2100 UTC)" */
		if (w.n && in_list(time_followers, NELEM(time_followers), w.low, w.n))
			return 0;
		return words_more_than(t, from, p, 3) ? end : 0;
	}
	if (flags & AB_TITLE)
		return 0;
	if (flags & AB_AMBIG)
		return is_starter(&w) || is_title(&w) ? end : 0;
	return end;	/* AB_NUM alone: "No." before a word is the word no */
}

int nf_sentence_next(const char *text, size_t len, size_t pos,
                     size_t *start, size_t *end)
{
	const unsigned char *t = (const unsigned char *)text;
	size_t i = pos, n, limit = len, e;
	int value, style;

	for (;;) {	/* white space; a plain space without a call */
		if (i < len && t[i] == ' ')
			i++;
		else if (i < len && (t[i] < 0x21 || t[i] >= 0x80) &&
		         (n = space_len(t, len, i)) != 0)
			i += n;
		else
			break;
	}
	if (i >= len)
		return 0;
	*start = i;

	/* A list item: its marker is no terminal mark, and the next item's
	 * marker ends it. (A capital starts no marker: most sentences.) */
	if (!(t[i] >= 'A' && t[i] <= 'Z') &&
	    (n = list_marker(t, len, i, &value, &style)) != 0) {
		limit = find_item(t, len, i + n, value + 1, style);
		i += n;
	}

	while ((i = scan_stop(t, i, limit)) < limit) {
		if (t[i] == '\n') {
			if (newline_ends(t, limit, *start, i)) {
				e = i;
				goto trim;
			}
			i++;
			continue;
		}
		if (t[i] == ':') {
			size_t b = credit_start(t, limit, *start, i);
			if (b) {
				e = b;
				goto trim;
			}
			i++;
			continue;
		}
		if (t[i] >= 0x80 && !is_ellipsis(t, limit, i)) {
			int cjk, quoted = 0;
			if ((n = other_mark(t, limit, i, &cjk)) == 0) {
				i++;
				continue;
			}
			e = i + n;
			while (e < limit && (n = closer_len(t, limit, e, &quoted)) != 0)
				e += n;
			if (cjk || e >= limit || space_len(t, limit, e)) {
				*end = e;
				return 1;
			}
			i = e;
			continue;
		}
		size_t skip;
		e = mark_ends(t, limit, *start, i, &skip);
		if (e) {
			*end = e;
			return 1;
		}
		i = skip > i ? skip : i + 1;
	}
	e = limit;
trim:
	while (e > *start) {
		if (ascii_space(t[e - 1]))
			e--;
		else if (e - *start >= 2 && t[e - 2] == 0xC2 && t[e - 1] == 0xA0)
			e -= 2;
		else
			break;
	}
	*end = e;
	return 1;
}
