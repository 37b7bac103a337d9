/*
 * pd_test.h - a minimal test harness for the plain-C unit tests.
 *
 * Each check counts as one test; pd_test_summary() prints the closing
 * line "N passed, N failed" that scripts/pd adds up.
 */
#ifndef PD_TEST_H
#define PD_TEST_H

#include <stdio.h>
#include <stdlib.h>
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

/*
 * An allocator for the cores that take one (PdAllocator: alloc, free, arg):
 * malloc and free, failing once pd_test_alloc_budget allocations have been
 * made (-1: never), for the out-of-memory paths.
 */
static long pd_test_alloc_budget = -1;

static inline void *
pd_test_alloc(void *arg, size_t n)
{
	(void) arg;
	if (pd_test_alloc_budget == 0)
		return NULL;
	if (pd_test_alloc_budget > 0)
		pd_test_alloc_budget--;
	return malloc(n);
}

static inline void
pd_test_free(void *arg, void *p)
{
	(void) arg;
	free(p);
}

static inline int
pd_test_summary(const char *name)
{
	printf("%s: %d passed, %d failed\n", name, pd_tests_passed, pd_tests_failed);
	return pd_tests_failed == 0 ? 0 : 1;
}

#endif
