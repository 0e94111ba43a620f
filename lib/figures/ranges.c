/* ranges.c: hedges and ranges: "about", "more than", "at least" before a
 * figure and "or more" after it set its qualifier; "10-15 km", "6% to
 * 11%", "between 55 and 60" are one figure with an upper bound; "1 hour
 * 59 minutes 40.2 seconds" is one duration. */
#include <math.h>
#include <string.h>

#include "scan.h"

/* "one percentage point more than two years ago": a comparison with the
 * figure before, not a hedge. */
static int compares_last(const struct sc *s, size_t st)
{
	return s->fs->n > 0 && back_sp(s, st) == s->last_end && s->last_end != st &&
		(weq(s, st, st + 4, "more") || weq(s, st, st + 4, "less") ||
		 weq(s, st, st + 5, "fewer") || weq(s, st, st + 7, "greater"));
}

/* A hedge ending right before position i (across spaces): its qualifier,
 * and its start in *hs. */
const char *hedge_before(const struct sc *s, size_t i, size_t *hs)
{
	const struct nf_fig_hedge_ref *r;
	const struct nf_fig_hedge *h;
	const struct nf_fig_lex *l;
	size_t e = back_sp(s, i), ws = e, n;

	if (e == i)
		return NULL;
	if (e >= 7 && s->t[e - 1] == '.' && weq(s, e - 7, e - 1, "approx")) {
		*hs = e - 7;
		return "~";
	}
	while (ws > 0 && e - ws < 16 && is_alpha((unsigned char)s->t[ws - 1]))
		ws--;
	if (!(l = lex_at(s, ws, e)) || !l->hedge_n)
		return NULL;
	/* only the hedges that end in this word */
	for (r = nf_fig_hedge_pool() + l->hedge_at, n = l->hedge_n; n > 0; n--, r++) {
		size_t len = r->len, st;
		h = r->h;
		if (len > e)
			continue;
		st = e - len;
		if (!weq(s, st, e, h->w))
			continue;
		if (st > 0 && cp_is_letter((unsigned char)s->t[st - 1]))
			continue;
		if (st > 0 && (unsigned char)s->t[st - 1] >= 0x80) {
			size_t x;
			if (cp_is_letter(cp_before(s, st, &x)))
				continue;
		}
		if (h->qualifier[0] != '~' && compares_last(s, st))
			return NULL;
		/* "no more than", "no fewer than" */
		if ((weq(s, st, st + 4, "more") || weq(s, st, st + 4, "less") ||
		     weq(s, st, st + 5, "fewer")) && st >= 3) {
			size_t ws2, we2;
			if (prev_word(s, st, &ws2, &we2) && weq(s, ws2, we2, "no")) {
				*hs = ws2;
				return weq(s, st, st + 4, "more") ? "<=" : ">=";
			}
		}
		*hs = st;
		return h->qualifier;
	}
	return NULL;
}

/* After a figure: "or more", "or greater", "and over", "or so", "or
 * less", "or younger"; "or equal" makes "less than 5000 or equal" "<=".
 * Not "or less than 6000", a comparator of its own. Returns the qualifier
 * the figure ends up with, given q from before it. */
const char *post_hedge(const struct sc *s, size_t e, const char *q)
{
	static const char *const up[] = { "more", "greater", "higher", "above",
		"over", "older", "longer", "larger", "bigger", "up", NULL };
	static const char *const down[] = { "less", "fewer", "lower", "below",
		"under", "younger", "smaller", "shorter", NULL };
	size_t k, we, t;
	int or;

	if (at(s, e) != ' ')
		return q;
	we = word_end(s, e + 1);
	or = weq(s, e + 1, we, "or");
	if ((!or && !weq(s, e + 1, we, "and")) || at(s, we) != ' ')
		return q;
	k = we + 1;
	we = word_end(s, k);
	if (or && weq(s, k, we, "so"))
		return q ? q : "~";
	/* "less than 5000 or equal"; not "more than 5000 or equal to 6000" */
	if (or && weq(s, k, we, "equal") && q && (q[0] == '>' || q[0] == '<') && !q[1]) {
		size_t t2 = skip_sp(s, we);
		if (weq(s, t2, word_end(s, t2), "to"))
			t2 = skip_sp(s, word_end(s, t2));
		if (is_digit(at(s, t2)) || find_numword(s, t2, word_end(s, t2)))
			return q;
		return q[0] == '>' ? ">=" : "<=";
	}
	if (!word_in(up, s, k, we) && !word_in(down, s, k, we))
		return q;
	/* "or less than 6000": the comparator of another number */
	if (at(s, we) == ' ' && weq(s, we + 1, (t = word_end(s, we + 1)), "than") &&
	    at(s, t) == ' ' && (is_digit(at(s, t + 1)) || find_numword(s, t + 1, word_end(s, t + 1))))
		return q;
	/* a qualifier of its own wins over a vague one: "about 500 or more" */
	if (q && q[0] != '~')
		return q;
	return word_in(up, s, k, we) ? ">=" : "<=";
}

/* Verbs of change: after one, "from 5 to 20" and "5% to 20%" are a change
 * from one level to another, two figures, not a range ("has doubled since
 * 1980 from 10 to 20%", "lift its target from 30 to 33%"); after a word of
 * range they are a range ("range from 1.5C to 5C", "anywhere from"). Up to
 * six words back, within the clause. */
static int change_before(const struct sc *s, size_t i)
{
	static const char *const ranging[] = { "range", "ranged", "ranges",
		"ranging", "vary", "varied", "varies", "varying", "anywhere",
		"between", "run", "ran", "span", "spans", "spanned", NULL };
	static const char *const verbs[] = { "rose", "rise", "rises", "risen",
		"rising", "fell", "fall", "falls", "fallen", "falling", "increased",
		"increase", "increases", "increasing", "decreased", "decrease",
		"decreases", "decreasing", "reduced", "reduce", "reduces", "reducing",
		"cut", "cuts", "cutting", "grew", "grow", "grows", "grown", "growing",
		"climbed", "climb", "climbs", "climbing", "jumped", "jump", "jumps",
		"jumping", "dropped", "drop", "drops", "dropping", "declined",
		"decline", "declines", "declining", "slipped", "slid", "plunged",
		"plummeted", "soared", "surged", "raised", "raise", "raises",
		"raising", "lowered", "lowering", "moved", "went", "changed",
		"shrank", "shrunk", "expanded", "doubled", "tripled", "tumbled",
		"sank", "eased", "edged", "gained", "improved", "widened",
		"narrowed", "swelled", "boosted", "slashed", "hiked", "revised",
		"up", "down", "by", "trimmed", "lifted", "upped", "lift", "double",
		"doubles", "doubling", "triple", "tripled", "halve", "halved",
		"quadrupled", "boost", "climbs", "tumble", NULL };
	size_t ws, we;

	for (int n = 0; n < 6; n++, i = ws) {
		/* the token before i: a word, a number, not past a clause */
		we = back_sp(s, i);
		if (we == i || we == 0 || strchr(",.;:!?()\"", s->t[we - 1]))
			return 0;
		for (ws = we; ws > 0 && we - ws < 32 && s->t[ws - 1] != ' ' &&
		    s->t[ws - 1] != '\n'; ws--)
			;
		if (word_in(ranging, s, ws, we))
			return 0;
		if (word_in(verbs, s, ws, we))
			return 1;
		if (n == 0 && !weq(s, ws, we, "from"))
			return 0;   /* "5% to 20%": only the word right before */
	}
	return 0;
}

/* Is a dash between two bare numbers a score or a vote ("a 3-1 win", "won
 * 52-48") rather than a range ("1000-5000", "10-15 people")? */
static int score_like(const struct sc *s, const struct fig *f)
{
	static const char *const after[] = { "win", "victory", "defeat", "loss",
		"lead", "draw", "scoreline", "result", "vote", "votes", "decision",
		"majority", "margin", "aggregate", "thrashing", "home", "away",
		"on", "in", "at", NULL };
	static const char *const before[] = { "won", "lost", "beat", "beating",
		"defeated", "drew", "trailed", "led", "leading", "trailing", "score",
		"scored", "scoreline", "vote", "voted", "tied", "draw", NULL };
	size_t ws, we, k = skip_sp(s, f->b.e);

	if (f->b.v < 10 || f->a.v >= f->b.v)
		return 1;
	if (word_in(after, s, k, word_end(s, k)))
		return 1;
	return prev_word(s, f->a.s, &ws, &we) && word_in(before, s, ws, we);
}

/* What joins two numbers at c: '-' a dash ("10-15", "10–15", "20~100",
 * "1000 - 5000", "75 -300mm"), 't' "to" or "through", 'a' "and" (after
 * "between"), 'A' "and" otherwise, 'o' "or"; 'T' the "to" of a hyphen left
 * hanging ("8- to 16-meter"). The second number's start in *bs. */
static int connector_at(const struct sc *s, size_t c, int between, size_t *bs)
{
	size_t w1;

	if ((at(s, c) == '-' || at(s, c) == '~') &&
	    (is_digit(at(s, c + 1)) || at(s, c + 1) == '$')) {
		*bs = c + 1;
		return '-';
	}
	if (at(s, c) == '-' && at(s, c + 1) == ' ' && weq(s, c + 2, word_end(s, c + 2), "to") &&
	    at(s, c + 4) == ' ') {
		*bs = c + 5;
		return 'T';
	}
	if (at(s, c) == 0xE2 && at(s, c + 1) == 0x80 &&
	    (at(s, c + 2) == 0x93 || at(s, c + 2) == 0x94)) {
		*bs = skip_sp(s, c + 3);
		return '-';
	}
	if (at(s, c) != ' ')
		return 0;
	if (en_dash(s, c + 1)) {
		*bs = skip_sp(s, c + 4);
		return '-';
	}
	if (at(s, c + 1) == '-' && (at(s, c + 2) == ' ' || is_digit(at(s, c + 2)))) {
		*bs = skip_sp(s, c + 2);
		return is_digit(at(s, *bs)) ? '-' : 0;
	}
	w1 = word_end(s, c + 1);
	if (at(s, w1) != ' ')
		return 0;
	*bs = w1 + 1;
	if (weq(s, c + 1, w1, "to") || weq(s, c + 1, w1, "through") || weq(s, c + 1, w1, "thru"))
		return 't';
	if (weq(s, c + 1, w1, "and"))
		return between ? 'a' : 'A';
	if (weq(s, c + 1, w1, "or"))
		return 'o';
	return 0;
}

static int year_like(const struct num *a)
{
	return a->plain && a->intdig == 4 && a->v >= 1100 && a->v < 2200;
}

/* Two bare numbers that look like years ("2019-2020", "1990 to 2000")
 * are two dates; a year is no bound of a range of anything else ("in
 * 2012 to 2.1 million in 2014"). */
static int years(const struct num *a, const struct num *b)
{
	return year_like(a) && (year_like(b) || !b->plain || b->v < 1000 || b->v >= 2200);
}

/* Is the second number of a range one the first can join: the range
 * rules, with changes ("rose from 5 to 20"), scores ("3-1") and years
 * left out? */
static int range_ok(const struct sc *s, const struct fig *f, int conn,
	const char *bcur, int bneg)
{
	const struct num *a = &f->a, *b = &f->b;
	const struct suf *x = &f->x, *y = &f->y;
	int suffix_ok = y->kind >= 0 && (x->kind < 0 ||
		(x->kind == y->kind && x->unit == y->unit));
	int money_ok = f->cur && (bcur || conn != '-');
	int bare = x->kind < 0 && y->kind < 0 && !f->cur && !bcur && !a->frac && !b->frac;

	if (x->kind == NF_FIG_DURATION || (x->kind >= 0 && x->points) || conn == 'A')
		return 0;
	if (years(a, b) && y->kind < 0 && !f->cur)
		return 0;
	if (f->aged && bare && (conn == 't' || conn == '-') && a->plain && b->plain)
		return 1;   /* "aged 18 to 64" */
	/* a negative joins a range only with a unit to say what it is:
	 * "-78-0 degrees Celsius", "-18 °C to -34 °C" */
	if ((f->neg || bneg) && conn != 'a' && !suffix_ok)
		return 0;
	if (conn == 'a')
		return 1;
	if (conn == 'T')
		return y->compound || (y->kind >= 0 && y->kind != NF_FIG_COUNT);
	if (conn == 'o')
		return suffix_ok && y->kind == NF_FIG_DURATION;
	if (conn == 't') {
		/* "fell by 4.1 million barrels to 441.3 million barrels", "rose
		 * from 5% to 20%": a change and a level, not a range */
		if (change_before(s, f->start))
			return 0;
		return suffix_ok || (money_ok && (b->mag || a->mag || f->from)) ||
			(b->mag && !a->mag && !f->cur && !bcur) ||
			(bare && (f->from || b->v <= 10 * a->v));
	}
	return suffix_ok || (f->cur && money_ok) || (bare && !score_like(s, f));
}

/* The range's bounds once it is one: "$5 to 7 billion" scales the first by
 * the second's magnitude; a range must rise ("10 to 8" is no range). */
static void make_range(struct fig *f, int conn, const char *bcur)
{
	double av = f->neg ? -f->a.v : f->a.v, bv = f->b.v;   /* signed */

	if (f->b.mag && !f->a.mag) {
		/* the scale of b: 1e3, 1e6, 1e9, 1e12 */
		double scale = 1;
		while (scale * 1000 <= bv && scale < 1e12)
			scale *= 1000;
		if (av * scale <= bv)
			av *= scale;
	}
	if (av > bv && (conn == 'a' || (conn == 't' && bv < 0 && f->y.kind >= 0))) {
		double t = av;   /* "from -18 °C to -34 °C", "between 50 and 40";
		                    not "49.4 percent to 42.0 percent", a poll */
		av = bv;
		bv = t;
	}
	if (!(av < bv))
		return;
	f->have_b = 1;
	if (conn == 'a')
		f->start = f->bws;
	f->a.v = f->neg ? -av : av;   /* classify() gives the sign back */
	f->b.v = bv;
	if (f->y.kind >= 0)
		f->x = f->y;
	else
		f->x.e = f->b.e;
	if (!f->cur && bcur)
		f->cur = bcur;
}

/* A currency sign before the second number: "$5-$7", "€5 to €7". */
static const char *second_currency(const struct sc *s, size_t *bs)
{
	size_t t = *bs, bcs;
	const char *bcur;

	if (at(s, t) == '$')
		t++;
	else if (at(s, t) == 0xE2)
		t += 3;
	else if (at(s, t) == 0xC2)
		t += 2;
	else
		return NULL;
	if (!is_digit(at(s, t)))
		return NULL;
	bcur = currency_before(s, t, &bcs);
	*bs = t;
	return bcur;
}

/* A range: "10-15 km", "6% to 11%", "between 55 and 60", "forty or fifty
 * minute"; scores ("43–5") and "from X to Y" stay two figures. Returns
 * where to go on when the number turns out to be no figure ("737-800"),
 * else 0. */
size_t join_range(struct sc *s, struct fig *f)
{
	size_t e = f->x.kind >= 0 ? f->x.e : f->a.e, bs = 0, pe, oe;
	const char *bcur;
	int conn = connector_at(s, e, f->between, &bs), bneg = 0;

	if (!conn || !(f->a.word || f->digit) || (f->a.frac && conn != 'a'))
		return 0;
	/* "from minus 8 to plus 6 degrees", "-5 to -10" */
	pe = word_end(s, bs);
	if (at(s, pe) == ' ' && (weq(s, bs, pe, "plus") || weq(s, bs, pe, "minus") ||
	    weq(s, bs, pe, "negative"))) {
		bneg = !weq(s, bs, pe, "plus");
		bs = pe + 1;
	} else if (at(s, bs) == '-' && is_digit(at(s, bs + 1)) && conn != '-') {
		bneg = 1;
		bs++;
	}
	bcur = second_currency(s, &bs);
	if (f->digit != is_digit(at(s, bs)) || !parse_num(s, bs, &f->b) ||
	    (f->b.frac && conn != 'a') || (f->b.word && f->b.bare) || f->b.doubt)
		return 0;
	if (f->digit && is_alpha(at(s, f->b.e)) && ordinal_suffix(s, f->b.e, &oe))
		return 0;
	magnitude_after(s, &f->b, f->cur != NULL || bcur != NULL);
	suffix_after(s, f->b.e, &f->y, &f->b);
	if (is_alpha(at(s, f->b.e)) && f->y.kind < 0)
		return 0;
	if (bcur && f->cur && strcmp(bcur, f->cur) != 0)
		return 0;
	if (bneg)
		f->b.v = -f->b.v;
	/* "737-800" is a name; "1000-5000" and "300-400" are ranges */
	if (conn == '-' && at(s, e) == '-' && f->a.plain && f->b.plain && !f->cur &&
	    f->y.kind < 0 && f->a.intdig >= 3 && f->b.e - f->b.s >= 3 && !years(&f->a, &f->b) &&
	    !(fmod(f->a.v, 10) == 0 && fmod(f->b.v, 10) == 0 && f->a.v < f->b.v))
		return skip_chunk(s, f->i);
	if (range_ok(s, f, conn, bcur, bneg))
		make_range(f, conn, bcur);
	if (!f->have_b && ((conn == 't' && f->from) || conn == 'A' || conn == 'o') && f->x.kind < 0 &&
	    f->y.kind >= 0 && f->y.kind != NF_FIG_COUNT && !f->y.compound && !f->cur &&
	    !f->a.frac && !years(&f->a, &f->b) && f->a.mag == f->b.mag) {
		/* "from 8 to 6 degrees", "45 and 50 mg", "3 or 4 percent": two
		 * figures, one unit */
		f->x = f->y;
		f->x.e = f->a.e;
		f->x.per = NULL;
	}
	return 0;
}

/* Compound durations: "1 hour 59 minutes 40.2 seconds", in seconds; the
 * figure's end, or 0 when there is only one part. */
size_t compound_duration(struct sc *s, struct fig *f)
{
	double total = f->a.v * f->x.secs, last = f->x.secs;
	size_t k2 = f->x.e;
	int parts = 1;
	struct nf_figure *r;

	if (f->have_b || f->x.kind != NF_FIG_DURATION || !f->x.secs)
		return 0;
	for (;;) {
		struct num c;
		struct suf z;
		size_t p = k2;
		if (at(s, p) == ',')
			p++;
		p = skip_sp(s, p);
		if (weq(s, p, word_end(s, p), "and"))
			p = skip_sp(s, word_end(s, p));
		if (p == k2 || !is_digit(at(s, p)))
			break;
		parse_digits(s, p, &c);
		suffix_after(s, c.e, &z, &c);
		if (z.kind != NF_FIG_DURATION || !z.secs || z.secs >= last)
			break;
		total += c.v * z.secs;
		last = z.secs;
		k2 = z.e;
		parts++;
	}
	if (parts == 1)
		return 0;
	r = emit(s, f->start, k2, NF_FIG_DURATION, total);
	r->unit = "second";
	r->qualifier = f->q;
	return k2;
}

/* "more than 10 and less than 20", "at most 100 and at least 20", "higher
 * or equal than 100, lower or equal than 300": a lower and an upper bound
 * in a row are one range. If the figure about to be emitted (value v,
 * ending at e) closes one with the figure before, that one becomes the
 * range and 1 is returned. */
int merge_bounds(struct sc *s, const struct fig *f, enum nf_figure_kind kind,
	const char *unit, double v, size_t e)
{
	struct nf_figure *p;
	size_t k;
	int lower_first;

	if (!f->q || !s->fs->n || f->have_b || f->q[0] == '~')
		return 0;
	p = &s->fs->v[s->fs->n - 1];
	if (!p->qualifier || p->qualifier[0] == '~' || p->has_upper ||
	    p->qualifier[0] == f->q[0] || p->end != s->last_end)
		return 0;
	/* only " and ", " but " between them (", " alone lists two facts:
	 * "at least 25%, as high as 90%") */
	k = skip_sp(s, p->end);
	if (at(s, k) == ',')
		k = skip_sp(s, k + 1);
	if (!weq(s, k, word_end(s, k), "and") && !weq(s, k, word_end(s, k), "but"))
		return 0;
	k = skip_sp(s, word_end(s, k));
	if (k != f->start)
		return 0;
	if (p->kind != kind && !(p->kind == NF_FIG_COUNT && !p->unit))
		return 0;
	if (p->unit && unit && strcmp(p->unit, unit) != 0)
		return 0;
	lower_first = p->qualifier[0] == '>';
	if (lower_first ? !(p->value < v) : !(v < p->value))
		return 0;
	p->upper = lower_first ? v : p->value;
	p->value = lower_first ? p->value : v;
	p->has_upper = 1;
	p->kind = kind;
	p->unit = unit;
	p->qualifier = NULL;
	p->whole = 0;
	p->end = e;
	s->last_end = e;
	return 1;
}
