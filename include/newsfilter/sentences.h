/* sentences.h: sentence boundaries in English news text, found by
 * punctuation rules with compiled-in abbreviation and word lists. */
#ifndef NEWSFILTER_SENTENCES_H
#define NEWSFILTER_SENTENCES_H

#include <stddef.h>

/* Find the next sentence in text[0..len) at or after byte pos. Returns 0
 * when only white space remains; otherwise 1 with [*start, *end) the
 * sentence, trimmed of surrounding white space. Continue from *end.
 *
 * text is UTF-8 and need not be NUL-terminated. A sentence ends at a
 * terminal mark (. ? ! ... or an ellipsis) with its closing quotes and
 * brackets, when the next word can start a sentence (see split-sentences(1)
 * for the rules on abbreviations, initials, numbers and lists); at a blank
 * line; and at a single newline unless the next line starts with a
 * lower-case letter or the line ends in , ; ( & / or a dash (a hard-wrapped
 * line). The function keeps no state and allocates nothing. */
int nf_sentence_next(const char *text, size_t len, size_t pos,
                     size_t *start, size_t *end);

/* For the unit test: 1 when the compiled-in word tables are sorted and
 * unique (binary search needs it), else 0. */
int nf_sentence_tables_ok(void);

#endif
