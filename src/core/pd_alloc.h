/*-------------------------------------------------------------------------
 *
 * pd_alloc.h
 *	  The caller-supplied allocator of the PostgreSQL-free cores.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_alloc.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_ALLOC_H
#define PD_ALLOC_H

#include <stddef.h>

/*
 * Memory comes from the caller: alloc must return memory aligned for any
 * type or NULL; free may be NULL (arena-style allocators such as a
 * PostgreSQL memory context that is reset as a whole).
 */
typedef struct PdAllocator
{
	void	   *(*alloc) (void *arg, size_t size);
	void		(*free) (void *arg, void *ptr);
	void	   *arg;
} PdAllocator;

#endif							/* PD_ALLOC_H */
