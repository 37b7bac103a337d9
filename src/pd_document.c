/*-------------------------------------------------------------------------
 *
 * pd_document.c
 *	  parkdata.document_id(text): the id a document body gets.
 *
 * The first 63 bits of the MD5 of the body, as 1.0's SQL definition
 * (('x' || left(md5(body), 16))::bit(64)::bigint & 2^63 - 1) computed
 * them: the same body has the same id on every node and in every release.
 * Written in C so that the hash runs in 1 MB steps with an interrupt check
 * between them: md5() over a 100 MB body takes a noticeable fraction of a
 * second without one, and ingest() and the CHECK constraint of
 * parkdata.document both hash the whole body.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_document.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "common/cryptohash.h"
#include "common/md5.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#define PD_HASH_STEP (1024 * 1024)

PG_FUNCTION_INFO_V1(pd_document_id);
Datum
pd_document_id(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	const uint8 *p = (const uint8 *) VARDATA_ANY(body);
	size_t		len = VARSIZE_ANY_EXHDR(body);
	uint8		digest[MD5_DIGEST_LENGTH];
	pg_cryptohash_ctx *ctx;
	uint64		id = 0;
	int			i;

	ctx = pg_cryptohash_create(PG_MD5);
	if (pg_cryptohash_init(ctx) < 0)
		elog(ERROR, "could not initialize MD5: %s", pg_cryptohash_error(ctx));
	while (len > 0)
	{
		size_t		n = Min(len, PD_HASH_STEP);

		CHECK_FOR_INTERRUPTS();
		if (pg_cryptohash_update(ctx, p, n) < 0)
			elog(ERROR, "could not update MD5: %s", pg_cryptohash_error(ctx));
		p += n;
		len -= n;
	}
	if (pg_cryptohash_final(ctx, digest, sizeof(digest)) < 0)
		elog(ERROR, "could not finalize MD5: %s", pg_cryptohash_error(ctx));
	pg_cryptohash_free(ctx);

	for (i = 0; i < 8; i++)
		id = (id << 8) | digest[i];
	PG_FREE_IF_COPY(body, 0);
	PG_RETURN_INT64((int64) (id & UINT64CONST(0x7FFFFFFFFFFFFFFF)));
}
