/*-------------------------------------------------------------------------
 *
 * pd_parser.c
 *	  Text-search parser parkdata.icu_zh (start / gettoken / end / lextype),
 *	  the per-backend ICU break iterator and lexicon caches, the lexicon
 *	  change trigger and parkdata.icu_version().
 *
 * ICU: one template word break iterator is opened per backend, lazily; a
 * parse borrows the backend's spare clone (or clones the template when the
 * spare is busy, as in a nested parse) and gives it back at end, or from a
 * memory-context reset callback when an error or a LIMIT cuts the parse
 * short.
 *
 * Lexicon: parkdata.lexicon is read through SPI into a hashed prefix table
 * (pd_segment.c) once per backend and version.  A statement-level trigger
 * on the table queues a relcache invalidation of it; every backend gets the
 * invalidation at its next transaction start (or lock acquisition) after the
 * change commits, and the relcache callback marks the cached lexicon stale.
 * The per-call check is therefore a load of one boolean: no catalog or
 * table access unless the lexicon changed.  A version still in use by a
 * running parse is kept until that parse releases it.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_parser.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unicode/uclean.h>
#include <unicode/uversion.h>

#include "catalog/namespace.h"
/* trigger.h pulls in server headers with unused parameters in inline functions */
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#endif
#include "commands/trigger.h"
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic pop
#endif
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "tsearch/ts_public.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"

#include "parkdata.h"
#include "pd_tsearch.h"
#include "pd_words.h"

/* ------------------------------------------------------------------------
 * Allocation and errors
 * ------------------------------------------------------------------------
 */

static void *
pd_palloc(void *arg, size_t size)
{
	return MemoryContextAllocExtended((MemoryContext) arg, size, MCXT_ALLOC_HUGE);
}

static void
pd_pfree(void *arg, void *ptr)
{
	(void) arg;
	pfree(ptr);
}

void
pd_allocator_init(PdAllocator *a, MemoryContext cxt)
{
	a->alloc = pd_palloc;
	a->free = pd_pfree;
	a->arg = cxt;
}

void
pd_segment_error(int rc, UErrorCode status)
{
	if (rc == PD_SEG_NOMEM)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory in the Chinese segmenter")));
	ereport(ERROR,
			(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
			 errmsg("ICU word segmentation failed: %s", u_errorName(status))));
}

/* ------------------------------------------------------------------------
 * ICU break iterators
 * ------------------------------------------------------------------------
 */

static UBreakIterator *pd_bi_template = NULL;
static UBreakIterator *pd_bi_spare = NULL;

UBreakIterator *
pd_iterator_acquire(void)
{
	UErrorCode	status = U_ZERO_ERROR;
	UBreakIterator *bi;

	if (pd_bi_spare)
	{
		bi = pd_bi_spare;
		pd_bi_spare = NULL;
		return bi;
	}
	if (!pd_bi_template)
	{
		pd_bi_template = pd_seg_open_template(&status);
		if (U_FAILURE(status) || !pd_bi_template)
		{
			pd_bi_template = NULL;
			ereport(ERROR,
					(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
					 errmsg("could not open the ICU word break iterator: %s",
							u_errorName(status))));
		}
	}
	bi = ubrk_clone(pd_bi_template, &status);
	if (U_FAILURE(status) || !bi)
		ereport(ERROR,
				(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
				 errmsg("could not clone the ICU word break iterator: %s",
						u_errorName(status))));
	return bi;
}

void
pd_iterator_release(UBreakIterator *bi)
{
	if (!bi)
		return;
	if (!pd_bi_spare)
		pd_bi_spare = bi;
	else
		ubrk_close(bi);
}

/* ------------------------------------------------------------------------
 * General word list: $SHAREDIR/tsearch_data/parkdata_zh.words, mapped
 * read-only once per backend (the page cache shares it between backends)
 * ------------------------------------------------------------------------
 */

static PdWords *pd_words = NULL;

const PdWords *
pd_words_get(void)
{
	char		sharepath[MAXPGPATH],
				path[MAXPGPATH];
	int			fd;
	struct stat st;
	void	   *img;
	PdAllocator a;

	if (pd_words)
		return pd_words;
	get_share_path(my_exec_path, sharepath);
	snprintf(path, sizeof(path), "%s/tsearch_data/parkdata_zh.words", sharepath);
	fd = open(path, O_RDONLY | PG_BINARY, 0);
	if (fd < 0)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not open the parkdata word list \"%s\": %m", path),
				 errhint("Reinstall parkdata (make install builds the word list).")));
	if (fstat(fd, &st) != 0 || st.st_size <= 0)
	{
		close(fd);
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not read the parkdata word list \"%s\"", path)));
	}
	img = mmap(NULL, (size_t) st.st_size, PROT_READ, MAP_SHARED, fd, 0);
	close(fd);
	if (img == MAP_FAILED)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not map the parkdata word list \"%s\": %m", path)));
	pd_allocator_init(&a, TopMemoryContext);
	pd_words = pd_words_open(&a, img, (size_t) st.st_size);
	if (!pd_words)
	{
		munmap(img, (size_t) st.st_size);
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("the parkdata word list \"%s\" is not a valid word list image", path),
				 errhint("Reinstall parkdata with the same build that runs the server.")));
	}
	return pd_words;
}

/*
 * pd_word_list_words - number of words in the general word list (mapping
 * it first)
 */
PG_FUNCTION_INFO_V1(pd_word_list_words);
Datum
pd_word_list_words(PG_FUNCTION_ARGS)
{
	(void) fcinfo;
	PG_RETURN_INT64((int64) pd_words_count(pd_words_get()));
}

/* ------------------------------------------------------------------------
 * Lexicon cache
 * ------------------------------------------------------------------------
 */

struct PdLexHandle
{
	MemoryContext cxt;			/* holds this struct and the lexicon */
	PdLexicon  *lex;
	int			pins;
};

static PdLexHandle *pd_lex_current = NULL;
static uint64 pd_lex_generation = 0;	/* bumped at every rebuild */
static bool pd_lex_valid = false;
static bool pd_lex_callback_registered = false;
static Oid	pd_lex_relid = InvalidOid;

/* pd_lexicon_inval - relcache callback: the lexicon table may have changed */
static void
pd_lexicon_inval(Datum arg, Oid relid)
{
	(void) arg;
	if (relid == InvalidOid || relid == pd_lex_relid)
		pd_lex_valid = false;
}

/*
 * pd_lexicon_add_names - derive names from words like 华罗庚高新区
 * (pd_lexicon_derive_names) with a lexicon-free segmenter
 */
static void
pd_lexicon_add_names(PdLexHandle *h, PdAllocator *a)
{
	UBreakIterator *bi = pd_iterator_acquire();
	PdSegmenter *volatile seg = NULL;

	PG_TRY();
	{
		int			rc;

		seg = pd_seg_create(a, bi, NULL);
		pd_seg_set_words(seg, pd_words_get());
		rc = pd_lexicon_derive_names(h->lex, seg);
		if (rc < 0)
			pd_segment_error(rc, pd_seg_icu_status(seg));
	}
	PG_FINALLY();
	{
		if (seg)
			pd_seg_destroy(seg);
		pd_iterator_release(bi);
	}
	PG_END_TRY();
}

/* pd_lexicon_build - a new handle with the words of parkdata.lexicon */
static PdLexHandle *
pd_lexicon_build(void)
{
	MemoryContext cxt,
				old;
	PdLexHandle *h;
	PdAllocator a;
	Oid			nsp;

	cxt = AllocSetContextCreate(TopMemoryContext, "parkdata lexicon",
								ALLOCSET_DEFAULT_SIZES);
	h = MemoryContextAllocZero(cxt, sizeof(PdLexHandle));
	h->cxt = cxt;
	pd_allocator_init(&a, cxt);
	h->lex = pd_lexicon_create(&a);

	nsp = get_namespace_oid("parkdata", true);
	pd_lex_relid = OidIsValid(nsp) ? get_relname_relid("lexicon", nsp) : InvalidOid;
	if (!OidIsValid(pd_lex_relid))
		return h;				/* no table (yet): an empty lexicon */

	PG_TRY();
	{
		uint64		i;
		bool		pushed = false;

		if (!ActiveSnapshotSet())
		{
			PushActiveSnapshot(GetTransactionSnapshot());
			pushed = true;
		}
		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		if (SPI_execute("SELECT word FROM parkdata.lexicon", true, 0) != SPI_OK_SELECT)
			elog(ERROR, "could not read parkdata.lexicon");
		old = MemoryContextSwitchTo(cxt);
		for (i = 0; i < SPI_processed; i++)
		{
			bool		isnull;
			Datum		d = SPI_getbinval(SPI_tuptable->vals[i],
										  SPI_tuptable->tupdesc, 1, &isnull);
			text	   *t;

			if (isnull)
				continue;
			t = DatumGetTextPP(d);
			if (pd_lexicon_add(h->lex, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)) < 0)
				ereport(ERROR,
						(errcode(ERRCODE_OUT_OF_MEMORY),
						 errmsg("out of memory loading parkdata.lexicon")));
			if ((i & 1023) == 0)
				CHECK_FOR_INTERRUPTS();
		}
		MemoryContextSwitchTo(old);
		SPI_finish();
		if (pushed)
			PopActiveSnapshot();
		pd_lexicon_add_names(h, &a);
	}
	PG_CATCH();
	{
		MemoryContextDelete(cxt);
		PG_RE_THROW();
	}
	PG_END_TRY();
	return h;
}

PdLexHandle *
pd_lexicon_acquire(void)
{
	if (!pd_lex_callback_registered)
	{
		CacheRegisterRelcacheCallback(pd_lexicon_inval, (Datum) 0);
		pd_lex_callback_registered = true;
	}
	if (!pd_lex_valid || !pd_lex_current)
	{
		PdLexHandle *old = pd_lex_current;
		PdLexHandle *volatile h = NULL;

		/* an invalidation arriving while we read marks it stale again */
		pd_lex_valid = true;
		PG_TRY();
		{
			h = pd_lexicon_build();
		}
		PG_CATCH();
		{
			pd_lex_valid = false;
			PG_RE_THROW();
		}
		PG_END_TRY();
		pd_lex_current = h;
		pd_lex_generation++;
		if (old && old->pins == 0)
			MemoryContextDelete(old->cxt);
	}
	pd_lex_current->pins++;
	return pd_lex_current;
}

uint64
pd_lexicon_generation(void)
{
	return pd_lex_generation;
}

const PdLexicon *
pd_lexicon_of(PdLexHandle *h)
{
	return h->lex;
}

void
pd_lexicon_release(PdLexHandle *h)
{
	if (!h)
		return;
	Assert(h->pins > 0);
	h->pins--;
	if (h->pins == 0 && h != pd_lex_current)
		MemoryContextDelete(h->cxt);
}

/*
 * pd_lexicon_changed - statement-level trigger on parkdata.lexicon: queue a
 * relcache invalidation, which every backend receives once the change
 * commits (and this one at its next command), so each rebuilds its lexicon
 * before the next use.
 */
PG_FUNCTION_INFO_V1(pd_lexicon_changed);
Datum
pd_lexicon_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("pd_lexicon_changed: not called by trigger manager")));
	CacheInvalidateRelcache(trigdata->tg_relation);
	PG_RETURN_POINTER(NULL);
}

/*
 * pd_lexicon_backend_words - number of words in this backend's current
 * lexicon (after bringing it up to date); for tests and diagnostics.
 */
PG_FUNCTION_INFO_V1(pd_lexicon_backend_words);
Datum
pd_lexicon_backend_words(PG_FUNCTION_ARGS)
{
	PdLexHandle *h = pd_lexicon_acquire();
	int64		n = (int64) pd_lexicon_count(h->lex);

	(void) fcinfo;
	pd_lexicon_release(h);
	PG_RETURN_INT64(n);
}

/* ------------------------------------------------------------------------
 * The parser
 * ------------------------------------------------------------------------
 */

typedef struct PdParse
{
	PdSegmenter *seg;
	UBreakIterator *bi;
	PdLexHandle *lexh;
	char	   *text;			/* the parser's input, not NUL-terminated */
	MemoryContextCallback cb;
	bool		done;
} PdParse;

/* pd_parse_cleanup - give back the ICU iterator and the lexicon pin */
static void
pd_parse_cleanup(void *arg)
{
	PdParse    *ps = (PdParse *) arg;

	if (ps->done)
		return;
	ps->done = true;
	if (ps->seg)
		pd_seg_destroy(ps->seg);	/* closes the UText; memory is palloc'd */
	ps->seg = NULL;
	pd_iterator_release(ps->bi);
	ps->bi = NULL;
	pd_lexicon_release(ps->lexh);
	ps->lexh = NULL;
}

/* parse_start - common start of both parsers */
static PdParse *
parse_start(char *buf, int len, bool use_words)
{
	PdParse    *ps;
	PdAllocator a;
	int			rc;

	pd_require_utf8();
	ps = palloc0(sizeof(PdParse));
	/* register the cleanup before anything can fail */
	ps->cb.func = pd_parse_cleanup;
	ps->cb.arg = ps;
	MemoryContextRegisterResetCallback(CurrentMemoryContext, &ps->cb);

	ps->text = buf;
	ps->lexh = pd_lexicon_acquire();
	ps->bi = pd_iterator_acquire();
	pd_allocator_init(&a, CurrentMemoryContext);
	ps->seg = pd_seg_create(&a, ps->bi, pd_lexicon_of(ps->lexh));
	if (use_words)
		pd_seg_set_words(ps->seg, pd_words_get());
	rc = pd_seg_reset(ps->seg, buf, len > 0 ? (size_t) len : 0);
	if (rc != PD_SEG_OK)
		pd_segment_error(rc, U_ZERO_ERROR);
	return ps;
}

/*
 * parkdata.icu_zh: Han text cut by the general word list (the cheapest
 * sequence of words), other scripts by ICU's word rules
 */
PG_FUNCTION_INFO_V1(pd_icu_zh_start);
Datum
pd_icu_zh_start(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(parse_start((char *) PG_GETARG_POINTER(0), PG_GETARG_INT32(1), true));
}

/* parkdata.icu_zh_icudict: Han text cut by ICU's own dictionary */
PG_FUNCTION_INFO_V1(pd_icu_zh_icudict_start);
Datum
pd_icu_zh_icudict_start(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(parse_start((char *) PG_GETARG_POINTER(0), PG_GETARG_INT32(1), false));
}

PG_FUNCTION_INFO_V1(pd_icu_zh_gettoken);
Datum
pd_icu_zh_gettoken(PG_FUNCTION_ARGS)
{
	PdParse    *ps = (PdParse *) PG_GETARG_POINTER(0);
	char	  **t = (char **) PG_GETARG_POINTER(1);
	int		   *tlen = (int *) PG_GETARG_POINTER(2);
	PdToken		tok;
	int			rc,
				new_chunk;

	if (ps->done || !ps->seg)
		PG_RETURN_INT32(0);
	rc = pd_seg_next(ps->seg, &tok, &new_chunk);
	if (new_chunk)
		CHECK_FOR_INTERRUPTS();
	if (rc < 0)
		pd_segment_error(rc, pd_seg_icu_status(ps->seg));
	if (rc == 0)
		PG_RETURN_INT32(0);
	*t = ps->text + tok.start;
	*tlen = tok.len;
	PG_RETURN_INT32(tok.type);
}

PG_FUNCTION_INFO_V1(pd_icu_zh_end);
Datum
pd_icu_zh_end(PG_FUNCTION_ARGS)
{
	PdParse    *ps = (PdParse *) PG_GETARG_POINTER(0);

	pd_parse_cleanup(ps);
	PG_RETURN_VOID();
}

/* token types; descriptions shown by ts_token_type and ts_debug */
static const struct
{
	int			id;
	const char *alias;
	const char *descr;
}			pd_lextypes[] =
{
	{PD_TOK_ASCIIWORD, "asciiword", "Word, all ASCII letters"},
	{PD_TOK_WORD, "word", "Word, letters of other alphabets"},
	{PD_TOK_NUMWORD, "numword", "Word, letters and digits"},
	{PD_TOK_BLANK, "blank", "Space, punctuation or symbol"},
	{PD_TOK_FLOAT, "float", "Decimal number"},
	{PD_TOK_UINT, "uint", "Unsigned integer"},
	{PD_TOK_CJK, "cjk", "Han word"},
	{PD_TOK_CJKNUM, "cjknum", "Number with Chinese scale or unit, or a date part"},
	{PD_TOK_KANA, "kana", "Japanese kana word"},
};

PG_FUNCTION_INFO_V1(pd_icu_zh_lextype);
Datum
pd_icu_zh_lextype(PG_FUNCTION_ARGS)
{
	int			n = lengthof(pd_lextypes),
				i;
	LexDescr   *descr = palloc(sizeof(LexDescr) * (n + 1));

	(void) fcinfo;
	for (i = 0; i < n; i++)
	{
		descr[i].lexid = pd_lextypes[i].id;
		descr[i].alias = pstrdup(pd_lextypes[i].alias);
		descr[i].descr = pstrdup(pd_lextypes[i].descr);
	}
	descr[n].lexid = 0;
	PG_RETURN_POINTER(descr);
}

/*
 * pd_icu_version - the ICU version that segments (the one the server loads,
 * of the major version parkdata was built against)
 */
PG_FUNCTION_INFO_V1(pd_icu_version);
Datum
pd_icu_version(PG_FUNCTION_ARGS)
{
	UVersionInfo v;
	char		buf[U_MAX_VERSION_STRING_LENGTH];

	(void) fcinfo;
	u_getVersion(v);
	u_versionToString(v, buf);
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}
