/* html.c: HTML to plain text in one pass over the bytes, with a small tag
 * tokenizer and no tree: broken markup costs nothing extra and the time is
 * linear in the input. The text of WARC pages and feed content. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "newsfilter/buf.h"
#include "newsfilter/html.h"
#include "newsfilter/utf8.h"

struct entity {
	const char *name;
	int32_t cp;              /* -1: stands for nothing (&shy;) */
};

/* HTML 4's 253 entities, the HTML5 names for ASCII punctuation and the
 * letters of Central European names; sorted by strcmp for bsearch. */
static const struct entity entities[] = {
	{ "AElig", 198 },
	{ "AMP", 38 },
	{ "Aacute", 193 },
	{ "Abreve", 258 },
	{ "Acirc", 194 },
	{ "Agrave", 192 },
	{ "Alpha", 913 },
	{ "Amacr", 256 },
	{ "Aogon", 260 },
	{ "Aring", 197 },
	{ "Atilde", 195 },
	{ "Auml", 196 },
	{ "Beta", 914 },
	{ "COPY", 169 },
	{ "Cacute", 262 },
	{ "Ccaron", 268 },
	{ "Ccedil", 199 },
	{ "Chi", 935 },
	{ "Dagger", 8225 },
	{ "Dcaron", 270 },
	{ "Delta", 916 },
	{ "Dstrok", 272 },
	{ "ETH", 208 },
	{ "Eacute", 201 },
	{ "Ecaron", 282 },
	{ "Ecirc", 202 },
	{ "Egrave", 200 },
	{ "Emacr", 274 },
	{ "Eogon", 280 },
	{ "Epsilon", 917 },
	{ "Eta", 919 },
	{ "Euml", 203 },
	{ "GT", 62 },
	{ "Gamma", 915 },
	{ "Gbreve", 286 },
	{ "Hat", 94 },
	{ "Iacute", 205 },
	{ "Icirc", 206 },
	{ "Idot", 304 },
	{ "Igrave", 204 },
	{ "Imacr", 298 },
	{ "Iota", 921 },
	{ "Iuml", 207 },
	{ "Kappa", 922 },
	{ "LT", 60 },
	{ "Lambda", 923 },
	{ "Lstrok", 321 },
	{ "Mu", 924 },
	{ "Nacute", 323 },
	{ "Ncaron", 327 },
	{ "NewLine", 10 },
	{ "NoBreak", 8288 },
	{ "Ntilde", 209 },
	{ "Nu", 925 },
	{ "OElig", 338 },
	{ "Oacute", 211 },
	{ "Ocirc", 212 },
	{ "Odblac", 336 },
	{ "Ograve", 210 },
	{ "Omacr", 332 },
	{ "Omega", 937 },
	{ "Omicron", 927 },
	{ "Oslash", 216 },
	{ "Otilde", 213 },
	{ "Ouml", 214 },
	{ "Phi", 934 },
	{ "Pi", 928 },
	{ "Prime", 8243 },
	{ "Psi", 936 },
	{ "QUOT", 34 },
	{ "REG", 174 },
	{ "Rcaron", 344 },
	{ "Rho", 929 },
	{ "Sacute", 346 },
	{ "Scaron", 352 },
	{ "Scedil", 350 },
	{ "Sigma", 931 },
	{ "THORN", 222 },
	{ "TRADE", 8482 },
	{ "Tab", 9 },
	{ "Tau", 932 },
	{ "Tcaron", 356 },
	{ "Tcedil", 354 },
	{ "Theta", 920 },
	{ "Uacute", 218 },
	{ "Ucirc", 219 },
	{ "Udblac", 368 },
	{ "Ugrave", 217 },
	{ "Umacr", 362 },
	{ "Upsilon", 933 },
	{ "Uring", 366 },
	{ "Uuml", 220 },
	{ "Verbar", 8214 },
	{ "Xi", 926 },
	{ "Yacute", 221 },
	{ "Yuml", 376 },
	{ "Zacute", 377 },
	{ "Zcaron", 381 },
	{ "Zdot", 379 },
	{ "ZeroWidthSpace", 8203 },
	{ "Zeta", 918 },
	{ "aacute", 225 },
	{ "abreve", 259 },
	{ "acirc", 226 },
	{ "acute", 180 },
	{ "aelig", 230 },
	{ "agrave", 224 },
	{ "alefsym", 8501 },
	{ "alpha", 945 },
	{ "amacr", 257 },
	{ "amp", 38 },
	{ "and", 8743 },
	{ "ang", 8736 },
	{ "angst", 197 },
	{ "aogon", 261 },
	{ "apos", 39 },
	{ "aring", 229 },
	{ "ast", 42 },
	{ "asymp", 8776 },
	{ "atilde", 227 },
	{ "auml", 228 },
	{ "bdquo", 8222 },
	{ "beta", 946 },
	{ "breve", 728 },
	{ "brvbar", 166 },
	{ "bsol", 92 },
	{ "bull", 8226 },
	{ "bullet", 8226 },
	{ "cacute", 263 },
	{ "cap", 8745 },
	{ "caron", 711 },
	{ "ccaron", 269 },
	{ "ccedil", 231 },
	{ "cedil", 184 },
	{ "cent", 162 },
	{ "centerdot", 183 },
	{ "check", 10003 },
	{ "chi", 967 },
	{ "circ", 710 },
	{ "clubs", 9827 },
	{ "colon", 58 },
	{ "comma", 44 },
	{ "commat", 64 },
	{ "cong", 8773 },
	{ "copy", 169 },
	{ "copysr", 8471 },
	{ "crarr", 8629 },
	{ "cross", 10007 },
	{ "cup", 8746 },
	{ "curren", 164 },
	{ "dArr", 8659 },
	{ "dagger", 8224 },
	{ "darr", 8595 },
	{ "dash", 8208 },
	{ "dblac", 733 },
	{ "dcaron", 271 },
	{ "deg", 176 },
	{ "delta", 948 },
	{ "diams", 9830 },
	{ "div", 247 },
	{ "divide", 247 },
	{ "dollar", 36 },
	{ "dot", 729 },
	{ "dstrok", 273 },
	{ "eacute", 233 },
	{ "ecaron", 283 },
	{ "ecirc", 234 },
	{ "egrave", 232 },
	{ "emacr", 275 },
	{ "empty", 8709 },
	{ "emsp", 8195 },
	{ "ensp", 8194 },
	{ "eogon", 281 },
	{ "epsilon", 949 },
	{ "equals", 61 },
	{ "equiv", 8801 },
	{ "eta", 951 },
	{ "eth", 240 },
	{ "euml", 235 },
	{ "euro", 8364 },
	{ "excl", 33 },
	{ "exist", 8707 },
	{ "female", 9792 },
	{ "flat", 9837 },
	{ "fnof", 402 },
	{ "forall", 8704 },
	{ "frac12", 189 },
	{ "frac13", 8531 },
	{ "frac14", 188 },
	{ "frac15", 8533 },
	{ "frac18", 8539 },
	{ "frac23", 8532 },
	{ "frac34", 190 },
	{ "frac38", 8540 },
	{ "frac58", 8541 },
	{ "frac78", 8542 },
	{ "frasl", 8260 },
	{ "gamma", 947 },
	{ "gbreve", 287 },
	{ "ge", 8805 },
	{ "grave", 96 },
	{ "gt", 62 },
	{ "hArr", 8660 },
	{ "hairsp", 8202 },
	{ "half", 189 },
	{ "harr", 8596 },
	{ "hearts", 9829 },
	{ "hellip", 8230 },
	{ "horbar", 8213 },
	{ "hyphen", 8208 },
	{ "iacute", 237 },
	{ "icirc", 238 },
	{ "iexcl", 161 },
	{ "igrave", 236 },
	{ "imacr", 299 },
	{ "image", 8465 },
	{ "imath", 305 },
	{ "incare", 8453 },
	{ "infin", 8734 },
	{ "inodot", 305 },
	{ "int", 8747 },
	{ "iota", 953 },
	{ "iquest", 191 },
	{ "isin", 8712 },
	{ "iuml", 239 },
	{ "kappa", 954 },
	{ "lArr", 8656 },
	{ "lambda", 955 },
	{ "lang", 10216 },
	{ "laquo", 171 },
	{ "larr", 8592 },
	{ "lceil", 8968 },
	{ "lcub", 123 },
	{ "ldquo", 8220 },
	{ "ldquor", 8222 },
	{ "le", 8804 },
	{ "lfloor", 8970 },
	{ "lowast", 8727 },
	{ "lowbar", 95 },
	{ "loz", 9674 },
	{ "lpar", 40 },
	{ "lrm", 8206 },
	{ "lsaquo", 8249 },
	{ "lsqb", 91 },
	{ "lsquo", 8216 },
	{ "lsquor", 8218 },
	{ "lstrok", 322 },
	{ "lt", 60 },
	{ "macr", 175 },
	{ "male", 9794 },
	{ "mdash", 8212 },
	{ "micro", 181 },
	{ "middot", 183 },
	{ "minus", 8722 },
	{ "mldr", 8230 },
	{ "mu", 956 },
	{ "nabla", 8711 },
	{ "nacute", 324 },
	{ "natural", 9838 },
	{ "nbsp", 160 },
	{ "ncaron", 328 },
	{ "ndash", 8211 },
	{ "ne", 8800 },
	{ "ni", 8715 },
	{ "nldr", 8229 },
	{ "not", 172 },
	{ "notin", 8713 },
	{ "nsub", 8836 },
	{ "ntilde", 241 },
	{ "nu", 957 },
	{ "num", 35 },
	{ "numero", 8470 },
	{ "numsp", 8199 },
	{ "oacute", 243 },
	{ "ocirc", 244 },
	{ "odblac", 337 },
	{ "oelig", 339 },
	{ "ogon", 731 },
	{ "ograve", 242 },
	{ "ohm", 937 },
	{ "oline", 8254 },
	{ "omacr", 333 },
	{ "omega", 969 },
	{ "omicron", 959 },
	{ "oplus", 8853 },
	{ "or", 8744 },
	{ "ordf", 170 },
	{ "ordm", 186 },
	{ "oslash", 248 },
	{ "otilde", 245 },
	{ "otimes", 8855 },
	{ "ouml", 246 },
	{ "para", 182 },
	{ "part", 8706 },
	{ "percnt", 37 },
	{ "period", 46 },
	{ "permil", 8240 },
	{ "perp", 8869 },
	{ "phi", 966 },
	{ "phone", 9742 },
	{ "pi", 960 },
	{ "piv", 982 },
	{ "plus", 43 },
	{ "plusmn", 177 },
	{ "pm", 177 },
	{ "pound", 163 },
	{ "prime", 8242 },
	{ "prod", 8719 },
	{ "prop", 8733 },
	{ "psi", 968 },
	{ "puncsp", 8200 },
	{ "quest", 63 },
	{ "quot", 34 },
	{ "rArr", 8658 },
	{ "radic", 8730 },
	{ "rang", 10217 },
	{ "raquo", 187 },
	{ "rarr", 8594 },
	{ "rcaron", 345 },
	{ "rceil", 8969 },
	{ "rcub", 125 },
	{ "rdquo", 8221 },
	{ "rdquor", 8221 },
	{ "real", 8476 },
	{ "reg", 174 },
	{ "rfloor", 8971 },
	{ "rho", 961 },
	{ "ring", 730 },
	{ "rlm", 8207 },
	{ "rpar", 41 },
	{ "rsaquo", 8250 },
	{ "rsqb", 93 },
	{ "rsquo", 8217 },
	{ "rsquor", 8217 },
	{ "sacute", 347 },
	{ "sbquo", 8218 },
	{ "scaron", 353 },
	{ "scedil", 351 },
	{ "sdot", 8901 },
	{ "sect", 167 },
	{ "semi", 59 },
	{ "sharp", 9839 },
	{ "shy", -1 },
	{ "sigma", 963 },
	{ "sigmaf", 962 },
	{ "sim", 8764 },
	{ "sol", 47 },
	{ "spades", 9824 },
	{ "star", 9734 },
	{ "starf", 9733 },
	{ "sub", 8834 },
	{ "sube", 8838 },
	{ "sum", 8721 },
	{ "sup", 8835 },
	{ "sup1", 185 },
	{ "sup2", 178 },
	{ "sup3", 179 },
	{ "supe", 8839 },
	{ "szlig", 223 },
	{ "tau", 964 },
	{ "tcaron", 357 },
	{ "tcedil", 355 },
	{ "there4", 8756 },
	{ "theta", 952 },
	{ "thetasym", 977 },
	{ "thinsp", 8201 },
	{ "thorn", 254 },
	{ "tilde", 732 },
	{ "times", 215 },
	{ "trade", 8482 },
	{ "uArr", 8657 },
	{ "uacute", 250 },
	{ "uarr", 8593 },
	{ "ucirc", 251 },
	{ "udblac", 369 },
	{ "ugrave", 249 },
	{ "umacr", 363 },
	{ "uml", 168 },
	{ "upsih", 978 },
	{ "upsilon", 965 },
	{ "uring", 367 },
	{ "uuml", 252 },
	{ "verbar", 124 },
	{ "vert", 124 },
	{ "weierp", 8472 },
	{ "xi", 958 },
	{ "yacute", 253 },
	{ "yen", 165 },
	{ "yuml", 255 },
	{ "zacute", 378 },
	{ "zcaron", 382 },
	{ "zdot", 380 },
	{ "zeta", 950 },
	{ "zwj", 8205 },
	{ "zwnj", 8204 },
};

static int entity_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct entity *)elem)->name);
}

int32_t nf_html_cp1252(unsigned char b)
{
	static const uint16_t c1[32] = {
		0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
		0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
		0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
		0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
	};
	return b >= 0x80 && b < 0xA0 ? c1[b - 0x80] : b;
}

static int is_alpha(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static int hex_value(unsigned char c)
{
	if (is_digit(c))
		return c - '0';
	c |= 0x20;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

size_t nf_html_entity(const char *s, size_t len, int32_t *cp)
{
	size_t i = 1;

	if (len < 3 || s[0] != '&')
		return 0;
	if (s[1] == '#') {
		int hex = len > 2 && (s[2] == 'x' || s[2] == 'X');
		uint32_t v = 0;
		size_t start;
		i = start = hex ? 3 : 2;
		for (; i < len; i++) {
			int d = hex ? hex_value((unsigned char)s[i]) :
			    (is_digit((unsigned char)s[i]) ? s[i] - '0' : -1);
			if (d < 0)
				break;
			v = v * (hex ? 16 : 10) + (uint32_t)d;
			if (v > 0x10FFFF)
				v = 0x110000;   /* stays out of range, never wraps */
		}
		if (i == start)
			return 0;
		if (i < len && s[i] == ';')
			i++;
		if (v >= 0x80 && v < 0xA0)
			v = (uint32_t)nf_html_cp1252((unsigned char)v);
		if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
			v = 0xFFFD;
		*cp = (int32_t)v;
		return i;
	}
	char name[32];
	for (; i < len && i < sizeof name; i++) {
		unsigned char c = (unsigned char)s[i];
		if (!is_alpha(c) && !is_digit(c))
			break;
		name[i - 1] = (char)c;
	}
	if (i == 1 || i == sizeof name)
		return 0;
	name[i - 1] = 0;
	int semi = i < len && s[i] == ';';
	/* Without the ';' only the names old pages leave bare are taken, and
	 * only whole: "AT&T" and "&copy2020" stay as written. */
	if (!semi && strcmp(name, "amp") && strcmp(name, "lt") && strcmp(name, "gt") &&
	    strcmp(name, "quot") && strcmp(name, "nbsp"))
		return 0;
	const struct entity *e = bsearch(name, entities, sizeof entities / sizeof *entities,
		sizeof *entities, entity_cmp);
	if (!e)
		return 0;
	*cp = e->cp;
	return i + (size_t)semi;
}

/* Element flags. */
enum {
	BLOCK = 1,      /* start and end tags break the paragraph */
	SKIP = 2,       /* contents dropped up to the end tag */
	RCDATA = 4,     /* contents are text up to the end tag (title) */
	IN_HEAD = 8,    /* may appear in <head> without ending it */
	FOREIGN = 16,   /* svg, math: "<svg/>" is complete */
};

struct element {
	const char *name;
	int flags;
};

/* Sorted by strcmp for bsearch. */
static const struct element elements[] = {
	{ "address", BLOCK }, { "article", BLOCK }, { "aside", BLOCK },
	{ "audio", SKIP }, { "base", IN_HEAD }, { "blockquote", BLOCK },
	{ "body", BLOCK }, { "br", BLOCK }, { "canvas", SKIP },
	{ "caption", BLOCK }, { "center", BLOCK }, { "dd", BLOCK },
	{ "details", BLOCK }, { "dialog", BLOCK }, { "dir", BLOCK },
	{ "div", BLOCK }, { "dl", BLOCK }, { "dt", BLOCK },
	{ "fieldset", BLOCK }, { "figcaption", BLOCK }, { "figure", BLOCK },
	{ "footer", BLOCK }, { "form", BLOCK }, { "frameset", BLOCK },
	{ "h1", BLOCK }, { "h2", BLOCK }, { "h3", BLOCK }, { "h4", BLOCK },
	{ "h5", BLOCK }, { "h6", BLOCK }, { "head", BLOCK | IN_HEAD },
	{ "header", BLOCK }, { "hgroup", BLOCK }, { "hr", BLOCK },
	{ "html", BLOCK | IN_HEAD }, { "iframe", SKIP }, { "legend", BLOCK },
	{ "li", BLOCK }, { "link", IN_HEAD }, { "listing", BLOCK },
	{ "main", BLOCK }, { "math", SKIP | FOREIGN }, { "menu", BLOCK },
	{ "meta", IN_HEAD }, { "nav", BLOCK }, { "noembed", SKIP },
	{ "noframes", SKIP }, { "noscript", SKIP | IN_HEAD }, { "ol", BLOCK },
	{ "p", BLOCK }, { "plaintext", BLOCK }, { "pre", BLOCK },
	{ "script", SKIP | IN_HEAD }, { "section", BLOCK }, { "select", SKIP },
	{ "style", SKIP | IN_HEAD }, { "summary", BLOCK }, { "svg", SKIP | FOREIGN },
	{ "table", BLOCK }, { "tbody", BLOCK }, { "td", BLOCK },
	{ "template", SKIP | IN_HEAD }, { "textarea", SKIP }, { "tfoot", BLOCK },
	{ "th", BLOCK }, { "thead", BLOCK }, { "title", BLOCK | RCDATA | IN_HEAD },
	{ "tr", BLOCK }, { "ul", BLOCK }, { "video", SKIP }, { "xmp", SKIP },
};

static int element_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct element *)elem)->name);
}

struct conv {
	struct nf_buf *out;
	size_t base;             /* out->len on entry: text before is not ours */
	int space, brk;          /* a space or a paragraph break is pending */
	int in_head;             /* inside <head>: nothing is shown */
	size_t no_quote[2];      /* no '"' (0) or '\'' (1) at or after this */
};

/* Before text: write the pending separator, unless at the very start. */
static void lead_in(struct conv *c)
{
	if (c->out->len > c->base) {
		if (c->brk)
			nf_buf_add(c->out, "\n\n", 2);
		else if (c->space)
			nf_buf_addc(c->out, ' ');
	}
	c->brk = c->space = 0;
}

static void put_cp(struct conv *c, int32_t cp)
{
	char u[4];

	if (cp < 0)
		return;
	if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
	    cp == 0xA0 || cp == 0) {
		c->space = 1;
		return;
	}
	if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
		return;
	lead_in(c);
	nf_buf_add(c->out, u, nf_utf8_encode(cp, u));
}

/* Text between tags; entities decoded unless raw (CDATA). */
static void put_text(struct conv *c, const char *s, size_t n, int raw)
{
	size_t i = 0, k;

	if (c->in_head)
		return;
	while (i < n) {
		unsigned char b = (unsigned char)s[i];
		if (b == '&' && !raw) {
			int32_t cp;
			if ((k = nf_html_entity(s + i, n - i, &cp)) > 0) {
				put_cp(c, cp);
				i += k;
				continue;
			}
		}
		if (b > 0x20 && b < 0x7F) {
			/* A run of printable ASCII, copied at once. */
			size_t j = i + 1;
			while (j < n && (unsigned char)s[j] > 0x20 && (unsigned char)s[j] < 0x7F &&
			    (raw || s[j] != '&'))
				j++;
			lead_in(c);
			nf_buf_add(c->out, s + i, j - i);
			i = j;
		} else if (b < 0x80) {
			put_cp(c, b);
			i++;
		} else {
			int32_t cp = nf_utf8_decode(s + i, n - i, &k);
			if (cp == 0xA0 || (cp == 0xFFFD && k == 1)) {
				put_cp(c, cp);
			} else if (cp >= 0x80 && cp < 0xA0) {
				/* C1 controls: dropped. */
			} else {
				lead_in(c);
				nf_buf_add(c->out, s + i, k);
			}
			i += k;
		}
	}
}

/* Position of the first occurrence of pat (m bytes) in s[from..len), or
 * len. When fold, letters after the first byte (never a letter) match
 * either case; pat is then lower case. */
static size_t find(const char *s, size_t len, size_t from, const char *pat, size_t m, int fold)
{
	while (from + m <= len) {
		const char *p = memchr(s + from, pat[0], len - from - m + 1);
		if (!p)
			return len;
		size_t at = (size_t)(p - s), j = 1;
		for (; j < m; j++) {
			unsigned char x = (unsigned char)s[at + j];
			if (fold && x >= 'A' && x <= 'Z')
				x |= 0x20;
			if (x != (unsigned char)pat[j])
				break;
		}
		if (j == m)
			return at;
		from = at + 1;
	}
	return len;
}

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* The '>' ending the tag whose name ends at j, or len when the input ends
 * first. Quotes count only around attribute values. A quote that is never
 * closed falls back to the first '>', as most of the page would otherwise
 * vanish; no_quote makes that search happen once per quote character. */
static size_t tag_end(struct conv *c, const char *s, size_t len, size_t j)
{
	size_t from = j;

	while (j < len) {
		if (s[j] == '>')
			return j;
		if (s[j] != '=') {
			j++;
			continue;
		}
		j++;
		while (j < len && is_space((unsigned char)s[j]))
			j++;
		if (j < len && (s[j] == '"' || s[j] == '\'')) {
			int q = s[j] == '\'';
			const char *e = NULL;
			if (j + 1 < c->no_quote[q])
				e = memchr(s + j + 1, s[j], len - j - 1);
			if (!e) {
				if (j + 1 < c->no_quote[q])
					c->no_quote[q] = j + 1;
				const char *gt = memchr(s + from, '>', len - from);
				return gt ? (size_t)(gt - s) : len;
			}
			j = (size_t)(e - s) + 1;
		}
	}
	return len;
}

/* After "<name" or "</name" at i (name lower-cased in name[]), handle the
 * tag and return the position after it. */
static size_t tag(struct conv *c, const char *s, size_t len, size_t name_end,
	const char *name, int end)
{
	size_t gt = tag_end(c, s, len, name_end);
	if (gt >= len)
		return len;   /* a tag cut by the end of the input shows nothing */
	const struct element *el = bsearch(name, elements,
		sizeof elements / sizeof *elements, sizeof *elements, element_cmp);
	int flags = el ? el->flags : 0;
	size_t after = gt + 1;

	if (end) {
		if (strcmp(name, "head") == 0)
			c->in_head = 0;
		if (flags & BLOCK)
			c->brk = 1;
		return after;
	}
	if (strcmp(name, "head") == 0)
		c->in_head = 1;
	else if (!(flags & IN_HEAD))
		c->in_head = 0;   /* body content ends a head left open */
	if (flags & BLOCK)
		c->brk = 1;
	if ((flags & FOREIGN) && gt > name_end && s[gt - 1] == '/')
		return after;
	if (flags & (SKIP | RCDATA)) {
		/* Contents run to "</name" followed by space, '/' or '>'. */
		char pat[16];
		size_t m = strlen(name), at = after;
		pat[0] = '<';
		pat[1] = '/';
		memcpy(pat + 2, name, m);
		for (;;) {
			at = find(s, len, at, pat, m + 2, 1);
			if (at >= len || at + m + 2 >= len ||
			    is_space((unsigned char)s[at + m + 2]) || s[at + m + 2] == '/' ||
			    s[at + m + 2] == '>')
				break;
			at++;
		}
		if (flags & RCDATA)
			put_text(c, s + after, at - after, 0);
		if (at >= len)
			return len;
		gt = tag_end(c, s, len, at + m + 2);
		c->brk |= flags & BLOCK;
		return gt < len ? gt + 1 : len;
	}
	return after;
}

/* At a '<': markup, or a literal '<'. Returns the position after it. */
static size_t markup(struct conv *c, const char *s, size_t len, size_t i)
{
	size_t j;

	if (i + 1 >= len) {
		put_text(c, "<", 1, 1);
		return len;
	}
	unsigned char n = (unsigned char)s[i + 1];
	if (n == '!') {
		if (len - i >= 4 && s[i + 2] == '-' && s[i + 3] == '-') {
			j = find(s, len, i + 2, "-->", 3, 0);
			return j >= len ? len : j + 3;
		}
		if (len - i >= 9 && memcmp(s + i + 2, "[CDATA[", 7) == 0) {
			j = find(s, len, i + 9, "]]>", 3, 0);
			put_text(c, s + i + 9, j - (i + 9), 1);
			return j >= len ? len : j + 3;
		}
	}
	if (n == '!' || n == '?' || (n == '/' && i + 2 < len && !is_alpha((unsigned char)s[i + 2]))) {
		/* Doctype, processing instruction, bogus comment, "</>". */
		const char *gt = memchr(s + i + 1, '>', len - i - 1);
		return gt ? (size_t)(gt - s) + 1 : len;
	}
	int end = n == '/';
	j = i + 1 + (size_t)end;
	if (j >= len || !is_alpha((unsigned char)s[j])) {
		put_text(c, "<", 1, 1);
		return i + 1;
	}
	char name[16];
	size_t k = 0;
	for (; j < len && !is_space((unsigned char)s[j]) && s[j] != '/' && s[j] != '>'; j++) {
		unsigned char x = (unsigned char)s[j];
		if (k < sizeof name - 1)
			name[k++] = (char)(x >= 'A' && x <= 'Z' ? x | 0x20 : x);
		else
			name[0] = '-';   /* too long for any element we know */
	}
	name[k] = 0;
	return tag(c, s, len, j, name, end);
}

void nf_html_to_text(const char *html, size_t len, struct nf_buf *out)
{
	struct conv c = { .out = out, .base = out->len, .no_quote = { len + 1, len + 1 } };
	size_t i = 0;

	while (i < len) {
		const char *lt = memchr(html + i, '<', len - i);
		size_t j = lt ? (size_t)(lt - html) : len;
		put_text(&c, html + i, j - i, 0);
		if (j >= len)
			break;
		i = markup(&c, html, len, j);
	}
}
