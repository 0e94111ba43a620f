#ifndef NEWSFILTER_SENTENCES_H
#define NEWSFILTER_SENTENCES_H
#include <stddef.h>
int nf_sentence_next(const char *text, size_t len, size_t pos, size_t *start, size_t *end);
#endif
