/*-------------------------------------------------------------------------
 *
 * pd_tsearch.h
 *	  Per-backend ICU and lexicon state shared by the text-search parser
 *	  (pd_parser.c) and the compound dictionary (pd_dict.c).
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_tsearch.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_TSEARCH_H
#define PD_TSEARCH_H

#include "pd_segment.h"

/* a pinned lexicon version; see pd_lexicon_acquire */
typedef struct PdLexHandle PdLexHandle;

/*
 * pd_lexicon_acquire - the current lexicon, rebuilt from parkdata.lexicon if
 * a change was committed since it was built.  The handle stays valid (and
 * its lexicon unchanged) until pd_lexicon_release, even if a newer version
 * is built meanwhile.
 */
extern PdLexHandle *pd_lexicon_acquire(void);
extern const PdLexicon *pd_lexicon_of(PdLexHandle *h);
extern void pd_lexicon_release(PdLexHandle *h);

/* pd_lexicon_generation - changes whenever the current lexicon is rebuilt */
extern uint64 pd_lexicon_generation(void);

/*
 * pd_iterator_acquire - a word break iterator for one parse (the backend's
 * spare one, or a clone of the template); give it back with
 * pd_iterator_release.  ICU memory: never palloc'd.
 */
extern UBreakIterator *pd_iterator_acquire(void);
extern void pd_iterator_release(UBreakIterator *bi);

/*
 * pd_words_get - the general word list, mapped on first use (ERROR if it
 * is missing or damaged)
 */
extern const PdWords *pd_words_get(void);

/* palloc-backed allocator for the core, in the context current at the call */
extern void pd_allocator_init(PdAllocator *a, MemoryContext cxt);

/* report a core failure as an ERROR */
extern void pd_segment_error(int rc, UErrorCode status) pg_attribute_noreturn();

#endif							/* PD_TSEARCH_H */
