/* ranges.c: hedges and ranges: "about", "more than", "at least" before a
 * figure and "or more" after it set its qualifier; "10-15 km", "6% to
 * 11%", "between 55 and 60" are one figure with an upper bound; "1 hour
 * 59 minutes 40.2 seconds" is one duration. */
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
	const struct nf_fig_hedge *h;
	size_t e = back_sp(s, i), ws = e;

	if (e == i)
		return NULL;
	while (ws > 0 && is_alpha((unsigned char)s->t[ws - 1]))
		ws--;
	if (!lex_has(s, ws, e, LEX_HEDGE_END) && !(e > 0 && s->t[e - 1] == '.'))
		return NULL;
	if (e > 0 && s->t[e - 1] == '.' && e >= 7 && weq(s, e - 7, e - 1, "approx")) {
		*hs = e - 7;
		return "~";
	}
	for (h = nf_fig_hedges; h->w; h++) {
		size_t len = strlen(h->w), st;
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

/* After "... or", "or more" -> ">=", "or so" -> "~", "or less" -> "<=". */
const char *post_hedge(const struct sc *s, size_t e)
{
	size_t k, we;

	if (at(s, e) != ' ' || !weq(s, e + 1, word_end(s, e + 1), "or"))
		return NULL;
	k = e + 4;
	we = word_end(s, k);
	if (at(s, e + 3) != ' ')
		return NULL;
	if (weq(s, k, we, "more"))
		return ">=";
	if (weq(s, k, we, "so"))
		return "~";
	if (weq(s, k, we, "less") || weq(s, k, we, "fewer"))
		return "<=";
	return NULL;
}

/* What joins two numbers at c: '-' a dash, 't' "to", 'a' "and" (after
 * "between"), 'o' "or"; the second number's start in *bs. */
static int connector_at(const struct sc *s, size_t c, int between, size_t *bs)
{
	size_t w1;

	if (at(s, c) == '-' && (is_digit(at(s, c + 1)) || at(s, c + 1) == '$')) {
		*bs = c + 1;
		return '-';
	}
	if (at(s, c) == 0xE2 && at(s, c + 1) == 0x80 &&
	    (at(s, c + 2) == 0x93 || at(s, c + 2) == 0x94)) {
		*bs = skip_sp(s, c + 3);
		return '-';
	}
	if (at(s, c) != ' ')
		return 0;
	w1 = word_end(s, c + 1);
	if (en_dash(s, c + 1)) {
		*bs = skip_sp(s, c + 4);
		return '-';
	}
	if (at(s, w1) != ' ')
		return 0;
	*bs = w1 + 1;
	if (weq(s, c + 1, w1, "to"))
		return 't';
	if (weq(s, c + 1, w1, "and") && between)
		return 'a';
	if (weq(s, c + 1, w1, "or"))
		return 'o';
	return 0;
}

/* Is the second number of a range one the first can join: the range
 * rules, with "from 8 to 6", "fell by 4.1 to 441.3" and scores left out? */
static int range_ok(const struct sc *s, const struct fig *f, int conn,
	const char *bcur, int bneg)
{
	const struct num *a = &f->a, *b = &f->b;
	const struct suf *x = &f->x, *y = &f->y;
	int suffix_ok = y->kind >= 0 && (x->kind < 0 ||
		(x->kind == y->kind && x->unit == y->unit));
	int money_ok = f->cur && (bcur || conn != '-');
	int ok = 0;

	if (x->kind == NF_FIG_DURATION || (x->kind >= 0 && x->points))
		ok = 0;
	else if (conn == 'a')
		ok = 1;
	else if (conn == 't')
		ok = !f->from && (suffix_ok || (money_ok && (b->mag || a->mag)) ||
			(b->mag && !a->mag && !f->cur && !bcur));
	else if (conn == 'o')
		ok = suffix_ok && y->kind == NF_FIG_DURATION;
	else
		ok = suffix_ok || (f->cur && money_ok);
	if (a->plain && a->intdig == 4 && b->plain && y->kind < 0 && !f->cur)
		ok = 0;
	if (f->aged && y->kind < 0 && x->kind < 0 && (conn == 't' || conn == '-') &&
	    a->plain && b->plain)
		ok = 1;   /* "aged 18 to 64" */
	if (f->neg || bneg)
		ok = 0;
	/* "fell by 4.1 million barrels to 441.3 million barrels" is a change
	 * and a level, not a range */
	if (conn == 't' && prev_word_is(s, a->s, "by"))
		ok = 0;
	return ok;
}

/* The range's bounds once it is one: "$5 to 7 billion" scales the first by
 * the second's magnitude; a range must rise ("10 to 8" is no range). */
static void make_range(struct fig *f, int conn, const char *bcur)
{
	double av = f->a.v, bv = f->b.v;

	if (f->b.mag && !f->a.mag) {
		/* the scale of b: 1e3, 1e6, 1e9, 1e12 */
		double scale = 1;
		while (scale * 1000 <= bv && scale < 1e12)
			scale *= 1000;
		if (av * scale <= bv)
			av *= scale;
	}
	if (!(av < bv) || (conn == 't' && bv > 10 * av))
		return;
	f->have_b = 1;
	if (conn == 'a')
		f->start = f->bws;
	f->a.v = av;
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

	if (!conn || !(f->a.word || f->digit) || f->a.frac || (f->neg && !f->from))
		return 0;
	/* "from minus 8 to plus 6 degrees" */
	pe = word_end(s, bs);
	if (at(s, pe) == ' ' && (weq(s, bs, pe, "plus") || weq(s, bs, pe, "minus"))) {
		bneg = weq(s, bs, pe, "minus");
		bs = pe + 1;
	}
	bcur = second_currency(s, &bs);
	if (f->digit != is_digit(at(s, bs)) || !parse_num(s, bs, &f->b) || f->b.frac ||
	    (f->b.word && f->b.bare))
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
	if (f->from && conn == 't' && f->x.kind < 0 && f->y.kind >= 0 && !f->y.points &&
	    !f->y.compound && !f->cur) {
		/* "from 8 to 6 degrees": two figures, one unit */
		f->x = f->y;
		f->x.e = f->a.e;
		return 0;
	}
	if (conn == '-' && at(s, e) == '-' && f->a.plain && f->b.plain && !f->cur &&
	    f->y.kind < 0 && f->a.intdig >= 3 && f->b.e - f->b.s >= 3 &&
	    !(f->a.v >= 1000 && f->a.v < 2200 && f->b.v >= 1000 && f->b.v < 2200))
		return skip_chunk(s, f->i);   /* "737-800" */
	if (range_ok(s, f, conn, bcur, bneg))
		make_range(f, conn, bcur);
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
