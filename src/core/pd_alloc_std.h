/*-------------------------------------------------------------------------
 *
 * pd_alloc_std.h
 *	  The C library's malloc as a PdAllocator, and a whole file read into
 *	  memory: for the programs built from the cores without PostgreSQL
 *	  (unit tests, fuzzers, benches, the build's generators).  The
 *	  extension itself allocates in memory contexts and never includes this.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_alloc_std.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_ALLOC_STD_H
#define PD_ALLOC_STD_H

#include <stdio.h>
#include <stdlib.h>

#include "pd_alloc.h"

static inline void *
pd_std_alloc(void *arg, size_t size)
{
	(void) arg;
	return malloc(size);
}

static inline void
pd_std_free(void *arg, void *ptr)
{
	(void) arg;
	free(ptr);
}

/* initialiser of a PdAllocator that is malloc and free */
#define PD_STD_ALLOCATOR	{pd_std_alloc, pd_std_free, NULL}

/*
 * pd_read_file - the whole of path, malloc'ed and NUL-terminated (*len
 * does not count the NUL); NULL if it cannot be read
 */
static inline char *
pd_read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *s = NULL;
	long		n;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
		(s = malloc((size_t) n + 1)) != NULL && fread(s, 1, (size_t) n, f) == (size_t) n)
	{
		*len = (size_t) n;
		s[n] = '\0';
	}
	else
	{
		free(s);
		s = NULL;
	}
	fclose(f);
	return s;
}

#endif							/* PD_ALLOC_STD_H */
