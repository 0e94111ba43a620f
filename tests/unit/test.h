/* test.h: the in-tree assertion macros for the C unit tests. Each check
 * prints "PASS name" or "FAIL name: ..." for tests/run.sh to count. */
#ifndef NF_TEST_H
#define NF_TEST_H

#include <stdio.h>
#include <string.h>

static int test_failures;

#define CHECK(name, cond) do { \
	if (cond) printf("PASS %s\n", (name)); \
	else { printf("FAIL %s: %s (%s:%d)\n", (name), #cond, __FILE__, __LINE__); test_failures++; } \
} while (0)

#define CHECK_STR(name, got, want) do { \
	const char *g_ = (got), *w_ = (want); \
	if (g_ && w_ && strcmp(g_, w_) == 0) printf("PASS %s\n", (name)); \
	else { printf("FAIL %s: got \"%s\", want \"%s\" (%s:%d)\n", (name), g_ ? g_ : "(null)", \
		w_ ? w_ : "(null)", __FILE__, __LINE__); test_failures++; } \
} while (0)

#define TEST_END() return test_failures != 0

#endif
