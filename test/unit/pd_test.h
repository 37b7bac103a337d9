/*
 * pd_test.h - a minimal test harness for the plain-C unit tests.
 *
 * Each check counts as one test; pd_test_summary() prints the closing
 * line "N passed, N failed" that scripts/pd adds up.
 */
#ifndef PD_TEST_H
#define PD_TEST_H

#include <stdio.h>
#include <string.h>

static int	pd_tests_passed;
static int	pd_tests_failed;

#define PD_CHECK(cond, ...) \
	do { \
		if (cond) \
			pd_tests_passed++; \
		else \
		{ \
			pd_tests_failed++; \
			fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
			fprintf(stderr, __VA_ARGS__); \
			fputc('\n', stderr); \
		} \
	} while (0)

static inline int
pd_test_summary(const char *name)
{
	printf("%s: %d passed, %d failed\n", name, pd_tests_passed, pd_tests_failed);
	return pd_tests_failed == 0 ? 0 : 1;
}

#endif
