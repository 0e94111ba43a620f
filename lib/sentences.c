/* sentences.c: interim sentence boundaries (terminal punctuation followed
 * by a space, and paragraph breaks); the real splitter replaces it. */
#include "newsfilter/sentences.h"

static int space(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

int nf_sentence_next(const char *text, size_t len, size_t pos, size_t *start, size_t *end)
{
	while (pos < len && space(text[pos]))
		pos++;
	if (pos >= len)
		return 0;
	*start = pos;
	size_t i = pos, e = len;
	for (; i < len; i++) {
		if ((text[i] == '.' || text[i] == '?' || text[i] == '!') &&
		    (i + 1 == len || space(text[i + 1]))) {
			e = i + 1;
			break;
		}
		if (text[i] == '\n') {
			size_t j = i + 1;
			while (j < len && space(text[j]) && text[j] != '\n')
				j++;
			if (j < len && text[j] == '\n') {
				e = i;
				break;
			}
		}
	}
	while (e > pos && space(text[e - 1]))
		e--;
	*end = e;
	return 1;
}
