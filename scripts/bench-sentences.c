/* bench-sentences.c: speed of nf_sentence_next alone. Reads standard input
 * whole, then splits it once as a single text and once line by line (as
 * the tool sees paragraph records), printing MB/s and the sentence counts.
 *   cc -O2 -Iinclude scripts/bench-sentences.c build/rel/libnewsfilter.a \
 *       -lutf8proc -o /tmp/bench-sentences
 *   zcat ../shared/bench/bench_news.txt.gz | /tmp/bench-sentences */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "newsfilter/sentences.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(void)
{
	size_t cap = 1 << 20, len = 0, n, pos, st, en, count;
	char *buf = malloc(cap);
	double t0, t1;
	while (buf && (n = fread(buf + len, 1, cap - len, stdin)) > 0) {
		len += n;
		if (len == cap && !(buf = realloc(buf, cap *= 2)))
			break;
	}
	if (!buf)
		return 1;

	t0 = now();
	for (count = 0, pos = 0; nf_sentence_next(buf, len, pos, &st, &en); pos = en)
		count++;
	t1 = now();
	printf("whole text: %zu bytes, %zu sentences, %.3f s, %.0f MB/s\n",
	       len, count, t1 - t0, (double)len / 1e6 / (t1 - t0));

	t0 = now();
	count = 0;
	for (size_t b = 0; b < len;) {
		char *nl = memchr(buf + b, '\n', len - b);
		size_t e = nl ? (size_t)(nl - buf) : len;
		for (pos = 0; nf_sentence_next(buf + b, e - b, pos, &st, &en); pos = en)
			count++;
		b = e + 1;
	}
	t1 = now();
	printf("per line:   %zu bytes, %zu sentences, %.3f s, %.0f MB/s\n",
	       len, count, t1 - t0, (double)len / 1e6 / (t1 - t0));
	free(buf);
	return 0;
}
