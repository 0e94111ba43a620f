/* wordclasses.c: word classes for tag-entities, learnt from unlabeled text
 * by the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney
 * 1998): words are moved between classes, one at a time, to whichever class
 * makes a class bigram model of the text most likely, until few move. It
 * runs once per granularity, so that each word gets a coarse and a fine
 * class (as the prefixes of Brown clusters give; Ratinov and Roth 2009).
 *
 *   wordclasses [-v VOCAB] [-i ITER] [-k N,N,...] TEXT... > wordclasses.tsv
 *
 * TEXT is plain text or WikiExtractor output (<doc> lines and each
 * article's title line are skipped), gzip or not, tokenized as tag-entities
 * tokenizes. The VOCAB most frequent word forms (case kept) are clustered;
 * rarer words stand in the text as one of four pseudo-words by their shape.
 * Output, most frequent first: form, count, count in mid-sentence (not
 * after a sentence end or at a line start), then one class number per
 * granularity. The result depends only on the input and the options. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "newsfilter/buf.h"
#include "newsfilter/input.h"
#include "newsfilter/msg.h"
#include "newsfilter/tokens.h"

/* ---- interned word forms ---- */

struct form {
	uint32_t off, len;   /* in the arena */
	uint64_t count, mid;
};

static struct nf_buf arena;
static struct form *forms;
static uint32_t nforms, formcap;
static uint32_t *slots;  /* form id + 1, 0 empty */
static uint32_t slotcap;

static uint64_t hash_bytes(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 0x100000001b3ULL;
	return h;
}

static uint32_t intern(const char *s, size_t n)
{
	if ((nforms + 1) * 2 > slotcap) {
		uint32_t ocap = slotcap;
		uint32_t *old = slots;
		slotcap = slotcap ? slotcap * 2 : 1u << 20;
		slots = nf_xcalloc(slotcap, sizeof *slots);
		for (uint32_t i = 0; i < ocap; i++)
			if (old[i]) {
				const struct form *f = &forms[old[i] - 1];
				uint32_t k = (uint32_t)hash_bytes(arena.data + f->off, f->len) & (slotcap - 1);
				while (slots[k])
					k = (k + 1) & (slotcap - 1);
				slots[k] = old[i];
			}
		free(old);
	}
	uint32_t k = (uint32_t)hash_bytes(s, n) & (slotcap - 1);
	for (; slots[k]; k = (k + 1) & (slotcap - 1)) {
		const struct form *f = &forms[slots[k] - 1];
		if (f->len == n && memcmp(arena.data + f->off, s, n) == 0)
			return slots[k] - 1;
	}
	if (nforms == formcap) {
		formcap = formcap ? formcap * 2 : 1u << 20;
		forms = nf_xrealloc(forms, formcap * sizeof *forms);
	}
	forms[nforms] = (struct form){ (uint32_t)arena.len, (uint32_t)n, 0, 0 };
	nf_buf_add(&arena, s, n);
	slots[k] = nforms + 1;
	return nforms++;
}

/* ---- the text as a stream of form ids ---- */

#define BOUNDARY 0u   /* form 0: the start or end of a line */

static uint32_t *stream;
static size_t nstream, streamcap;

static void push(uint32_t id)
{
	if (nstream == streamcap) {
		streamcap = streamcap ? streamcap * 2 : 1u << 24;
		stream = nf_xrealloc(stream, streamcap * sizeof *stream);
	}
	stream[nstream++] = id;
}

static int ends_sentence(const char *s, size_t n)
{
	return n == 1 && (*s == '.' || *s == '!' || *s == '?' || *s == ':' || *s == '"');
}

static void read_text(const char *path)
{
	struct nf_input *in = nf_input_open(path);
	if (!in)
		exit(2);
	const char *line;
	size_t len;
	struct nf_token *toks = NULL;
	size_t tcap = 0;
	int title = 0;
	while (nf_input_line(in, &line, &len)) {
		if (len >= 4 && memcmp(line, "<doc", 4) == 0) {
			title = 1;
			continue;
		}
		if (len >= 5 && memcmp(line, "</doc", 5) == 0)
			continue;
		if (title) {  /* the article's title, repeated as its first line */
			title = 0;
			continue;
		}
		size_t n = nf_tokenize(line, len, &toks, &tcap);
		if (!n)
			continue;
		int mid = 0;
		for (size_t i = 0; i < n; i++) {
			const char *w = line + toks[i].start;
			size_t wl = toks[i].end - toks[i].start;
			uint32_t id = intern(w, wl);
			forms[id].count++;
			forms[id].mid += (uint64_t)mid;
			push(id);
			mid = !ends_sentence(w, wl);
		}
		push(BOUNDARY);
	}
	free(toks);
	if (nf_input_close(in) != 0)
		exit(1);
}

/* ---- the vocabulary ---- */

/* Rare words are replaced by one of these, by shape. */
enum { RARE_UPPER, RARE_LOWER, RARE_DIGIT, RARE_OTHER, NRARE };

static int rare_kind(const char *s, size_t n)
{
	unsigned char c = (unsigned char)s[0];
	(void)n;
	if (c >= '0' && c <= '9')
		return RARE_DIGIT;
	if (c >= 'A' && c <= 'Z')
		return RARE_UPPER;
	if (c >= 'a' && c <= 'z')
		return RARE_LOWER;
	if (c >= 0xC3 && c <= 0xC5)  /* Latin-1 and Extended-A letters */
		return c == 0xC3 && (unsigned char)s[1] < 0x9F ? RARE_UPPER : RARE_LOWER;
	return RARE_OTHER;
}

static uint32_t *order;     /* form ids, most frequent first */

static int by_count(const void *a, const void *b)
{
	const struct form *x = &forms[*(const uint32_t *)a], *y = &forms[*(const uint32_t *)b];
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(arena.data + x->off, arena.data + y->off, n);
	if (c)
		return c;
	return x->len < y->len ? -1 : x->len > y->len;
}

/* ---- word bigrams, as lists of (neighbour, count) per word ---- */

struct nb {
	uint32_t w, n;
};

struct graph {
	size_t *off;        /* V + 1 */
	struct nb *nb;
};

static int by_word(const void *a, const void *b)
{
	const struct nb *x = a, *y = b;
	return x->w < y->w ? -1 : x->w > y->w;
}

/* Lists of right neighbours (dir 0) or left neighbours (dir 1) of every
 * word of the stream (already mapped to 0..V-1). */
static void build_graph(struct graph *g, const uint32_t *s, size_t n, uint32_t V, int dir)
{
	size_t *cnt = nf_xcalloc((size_t)V + 1, sizeof *cnt);
	for (size_t i = 0; i + 1 < n; i++)
		cnt[dir ? s[i + 1] : s[i]]++;
	g->off = nf_xmalloc(((size_t)V + 1) * sizeof *g->off);
	size_t total = 0;
	for (uint32_t v = 0; v < V; v++) {
		g->off[v] = total;
		total += cnt[v];
	}
	g->off[V] = total;
	struct nb *all = nf_xmalloc((total ? total : 1) * sizeof *all);
	memset(cnt, 0, ((size_t)V + 1) * sizeof *cnt);
	for (size_t i = 0; i + 1 < n; i++) {
		uint32_t a = dir ? s[i + 1] : s[i], b = dir ? s[i] : s[i + 1];
		all[g->off[a] + cnt[a]++] = (struct nb){ b, 1 };
	}
	/* sort each list and count runs, compacting in place */
	size_t w = 0;
	for (uint32_t v = 0; v < V; v++) {
		size_t a = g->off[v], e = g->off[v + 1];
		qsort(all + a, e - a, sizeof *all, by_word);
		g->off[v] = w;
		for (size_t i = a; i < e;) {
			size_t j = i;
			while (j < e && all[j].w == all[i].w)
				j++;
			all[w++] = (struct nb){ all[i].w, (uint32_t)(j - i) };
			i = j;
		}
	}
	g->off[V] = w;
	g->nb = nf_xrealloc(all, (w ? w : 1) * sizeof *all);
	free(cnt);
}

/* ---- the exchange algorithm ---- */

#define FTAB (1u << 22)
static double *ftab;   /* x log x for small x */

static inline double F(int64_t x)
{
	return (uint64_t)x < FTAB ? ftab[x] : (double)x * log((double)x);
}

struct classes {
	uint32_t C;
	int64_t *N;      /* C x C class bigram counts: N[a * C + b] */
	int64_t *NT;     /* its transpose */
	int64_t *left;   /* counts of class as the left word of a bigram */
	int64_t *right;
	uint32_t *cls;   /* class of each word */
};

static void exchange(struct classes *k, const struct graph *R, const struct graph *L,
	uint32_t V, int iters, int verbose)
{
	uint32_t C = k->C;
	k->N = nf_xcalloc((size_t)C * C, sizeof *k->N);
	k->NT = nf_xcalloc((size_t)C * C, sizeof *k->NT);
	k->left = nf_xcalloc(C, sizeof *k->left);
	k->right = nf_xcalloc(C, sizeof *k->right);
	k->cls = nf_xmalloc((size_t)V * sizeof *k->cls);
	/* start: words dealt out by frequency, so every class has frequent ones */
	for (uint32_t w = 0; w < V; w++)
		k->cls[w] = w % C;
	for (uint32_t w = 0; w < V; w++)
		for (size_t j = R->off[w]; j < R->off[w + 1]; j++) {
			uint32_t a = k->cls[w], b = k->cls[R->nb[j].w];
			k->N[(size_t)a * C + b] += R->nb[j].n;
			k->NT[(size_t)b * C + a] += R->nb[j].n;
			k->left[a] += R->nb[j].n;
			k->right[b] += R->nb[j].n;
		}
	int64_t *Lw = nf_xcalloc(C, sizeof *Lw), *Rw = nf_xcalloc(C, sizeof *Rw);
	uint32_t *nzL = nf_xmalloc(C * sizeof *nzL), *nzR = nf_xmalloc(C * sizeof *nzR);
	double *gain = nf_xmalloc(C * sizeof *gain);
	for (int it = 0; it < iters; it++) {
		clock_t t0 = clock();
		uint32_t moved = 0;
		for (uint32_t w = 0; w < V; w++) {
			uint32_t a = k->cls[w], nl = 0, nr = 0;
			int64_t self = 0, outw = 0, inw = 0;
			/* w's neighbours by class (w itself apart) */
			for (size_t j = R->off[w]; j < R->off[w + 1]; j++) {
				uint32_t v = R->nb[j].w;
				outw += R->nb[j].n;
				if (v == w) {
					self += R->nb[j].n;
					continue;
				}
				uint32_t c = k->cls[v];
				if (!Rw[c])
					nzR[nr++] = c;
				Rw[c] += R->nb[j].n;
			}
			for (size_t j = L->off[w]; j < L->off[w + 1]; j++) {
				uint32_t v = L->nb[j].w;
				inw += L->nb[j].n;
				if (v == w)
					continue;
				uint32_t c = k->cls[v];
				if (!Lw[c])
					nzL[nl++] = c;
				Lw[c] += L->nb[j].n;
			}
			/* take w out of its class */
			for (uint32_t q = 0; q < nr; q++) {
				uint32_t c = nzR[q];
				k->N[(size_t)a * C + c] -= Rw[c];
				k->NT[(size_t)c * C + a] -= Rw[c];
			}
			for (uint32_t q = 0; q < nl; q++) {
				uint32_t c = nzL[q];
				k->N[(size_t)c * C + a] -= Lw[c];
				k->NT[(size_t)a * C + c] -= Lw[c];
			}
			k->N[(size_t)a * C + a] -= self;
			k->NT[(size_t)a * C + a] -= self;
			k->left[a] -= outw;
			k->right[a] -= inw;
			/* the gain in log likelihood of putting it in each class b */
			for (uint32_t b = 0; b < C; b++) {
				const int64_t *row = k->N + (size_t)b * C, *col = k->NT + (size_t)b * C;
				double g = 0;
				for (uint32_t q = 0; q < nr; q++) {
					uint32_t c = nzR[q];
					g += F(row[c] + Rw[c]) - F(row[c]);
				}
				for (uint32_t q = 0; q < nl; q++) {
					uint32_t c = nzL[q];
					g += F(col[c] + Lw[c]) - F(col[c]);
				}
				/* the diagonal cell was counted by both sums: do it once */
				int64_t d = row[b];
				g -= (F(d + Rw[b]) - F(d)) + (F(d + Lw[b]) - F(d));
				g += F(d + Rw[b] + Lw[b] + self) - F(d);
				g -= F(k->left[b] + outw) - F(k->left[b]);
				g -= F(k->right[b] + inw) - F(k->right[b]);
				gain[b] = g;
			}
			uint32_t best = a;
			for (uint32_t b = 0; b < C; b++)
				if (gain[b] > gain[best] + 1e-9)
					best = b;
			if (best != a)
				moved++;
			a = best;
			k->cls[w] = a;
			for (uint32_t q = 0; q < nr; q++) {
				uint32_t c = nzR[q];
				k->N[(size_t)a * C + c] += Rw[c];
				k->NT[(size_t)c * C + a] += Rw[c];
				Rw[c] = 0;
			}
			for (uint32_t q = 0; q < nl; q++) {
				uint32_t c = nzL[q];
				k->N[(size_t)c * C + a] += Lw[c];
				k->NT[(size_t)a * C + c] += Lw[c];
				Lw[c] = 0;
			}
			k->N[(size_t)a * C + a] += self;
			k->NT[(size_t)a * C + a] += self;
			k->left[a] += outw;
			k->right[a] += inw;
		}
		if (verbose)
			fprintf(stderr, "wordclasses: %u classes, pass %d: %u words moved, %.0fs\n",
				C, it + 1, moved, (double)(clock() - t0) / CLOCKS_PER_SEC);
		if (moved * 1000u < V)  /* fewer than one in a thousand: done */
			break;
	}
	free(Lw);
	free(Rw);
	free(nzL);
	free(nzR);
	free(gain);
	free(k->N);
	free(k->NT);
	free(k->left);
	free(k->right);
}

/* ---- main ---- */

int main(int argc, char **argv)
{
	uint32_t V = 100000;
	int iters = 15, verbose = 1, c;
	uint32_t ks[8] = { 0 }, nk = 0;
	const char *klist = "64,256,1024";
	nf_prog = "wordclasses";
	while ((c = getopt(argc, argv, "i:k:qv:")) != -1) {
		switch (c) {
		case 'i': iters = atoi(optarg); break;
		case 'k': klist = optarg; break;
		case 'q': verbose = 0; break;
		case 'v': V = (uint32_t)strtoul(optarg, NULL, 10); break;
		default:
			fprintf(stderr, "usage: wordclasses [-q] [-v VOCAB] [-i ITER] [-k N,N,...] TEXT...\n");
			return 2;
		}
	}
	for (const char *p = klist; *p && nk < 8;) {
		ks[nk] = (uint32_t)strtoul(p, (char **)&p, 10);
		if (ks[nk] < 2 || (*p && *p != ','))
			nf_die(2, "-k: expected class counts like 64,256,1024");
		nk++;
		if (*p == ',')
			p++;
	}
	if (optind >= argc || V < 100 || iters < 1)
		nf_die(2, "usage: wordclasses [-q] [-v VOCAB] [-i ITER] [-k N,N,...] TEXT...");

	intern("", 0);  /* form 0: the line boundary */
	for (int i = optind; i < argc; i++)
		read_text(argv[i]);
	if (verbose)
		fprintf(stderr, "wordclasses: %zu tokens, %u forms\n", nstream, nforms);

	/* words 1..nforms-1 by frequency; the vocabulary is the boundary, the
	 * rare-word stand-ins and the most frequent V forms */
	order = nf_xmalloc(nforms * sizeof *order);
	for (uint32_t i = 1; i < nforms; i++)
		order[i - 1] = i;
	qsort(order, nforms - 1, sizeof *order, by_count);
	uint32_t nv = nforms - 1 < V ? nforms - 1 : V;
	uint32_t W = 1 + NRARE + nv;   /* ids in the clustering */
	uint32_t *map = nf_xmalloc(nforms * sizeof *map);
	for (uint32_t i = 1; i < nforms; i++) {
		const struct form *f = &forms[i];
		map[i] = 1 + (uint32_t)rare_kind(arena.data + f->off, f->len);
	}
	map[0] = 0;
	for (uint32_t r = 0; r < nv; r++)
		map[order[r]] = 1 + NRARE + r;
	for (size_t i = 0; i < nstream; i++)
		stream[i] = map[stream[i]];
	free(slots);

	struct graph R, L;
	build_graph(&R, stream, nstream, W, 0);
	build_graph(&L, stream, nstream, W, 1);
	free(stream);
	if (verbose)
		fprintf(stderr, "wordclasses: %u words, %zu bigram types\n", W, R.off[W]);

	ftab = nf_xmalloc(FTAB * sizeof *ftab);
	ftab[0] = 0;
	for (uint32_t x = 1; x < FTAB; x++)
		ftab[x] = (double)x * log((double)x);

	uint32_t **cls = nf_xmalloc(nk * sizeof *cls);
	for (uint32_t q = 0; q < nk; q++) {
		struct classes k = { .C = ks[q] };
		exchange(&k, &R, &L, W, iters, verbose);
		cls[q] = k.cls;
	}

	printf("# word classes by scripts/wordclasses -v %u -i %d -k %s: form, count,\n"
		"# count in mid-sentence, class at each granularity\n", V, iters, klist);
	for (uint32_t r = 0; r < nv; r++) {
		const struct form *f = &forms[order[r]];
		printf("%.*s\t%llu\t%llu", (int)f->len, arena.data + f->off,
			(unsigned long long)f->count, (unsigned long long)f->mid);
		for (uint32_t q = 0; q < nk; q++)
			printf("\t%u", cls[q][1 + NRARE + r]);
		putchar('\n');
	}
	return fflush(stdout) != 0;
}
