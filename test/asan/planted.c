/*
 * test/asan/planted.c - planted memory errors for `make test-asan-server`
 *
 * Built by scripts/asan-server.sh into a throwaway module under /tmp (never
 * part of parkdata) to prove that the AddressSanitizer server catches
 * errors inside memory contexts: a write one byte past a palloc'd chunk and
 * a read of a pfree'd chunk.
 */
#include "postgres.h"

#include "fmgr.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(planted_overflow);
Datum
planted_overflow(PG_FUNCTION_ARGS)
{
	int32		n = PG_GETARG_INT32(0);
	volatile char *p = palloc(n);

	p[n] = 'x';					/* one byte past the chunk */
	PG_RETURN_INT32(p[0]);
}

PG_FUNCTION_INFO_V1(planted_use_after_free);
Datum
planted_use_after_free(PG_FUNCTION_ARGS)
{
	volatile char *p = palloc0(64);

	pfree((void *) p);
	PG_RETURN_INT32(p[3]);		/* read after free */
}
