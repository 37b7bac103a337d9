/*-------------------------------------------------------------------------
 *
 * pd_lexicon.h
 *	  The per-backend cache of parkdata.lexicon (pd_lexicon.c).
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_lexicon.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_LEXICON_H
#define PD_LEXICON_H

#include "utils/relcache.h"
#include "utils/snapshot.h"

#include "pd_metric_catalog.h"
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
/* the indicator catalog: the words that have a metric (pd_catalog.c) */
extern const PdMetricCatalog *pd_lexicon_catalog(PdLexHandle *h);
extern void pd_lexicon_release(PdLexHandle *h);

/* pd_lexicon_generation - changes whenever the current lexicon is rebuilt */
extern uint64 pd_lexicon_generation(void);

/*
 * pd_lexicon_checksum - the backend's current lexicon (brought up to date)
 * as "rows:hex", where hex sums a 64-bit hash of every row read (the
 * lexicon's words with their metric, the catalog's codes with their
 * unit_dimension): equal on two nodes or backends when they read the same rows
 */
extern char *pd_lexicon_checksum(void);
/* the 64-bit hash of one row read (s2 NULL: a row of one field) */
extern uint64 pd_row_hash(const char *s, size_t len, const char *s2, size_t len2);

/*
 * pd_lexicon_synonym_only - is a row of this source (a text datum) one the
 * segmenter does not keep whole (source 'metric': it only names an indicator)?
 */
extern bool pd_lexicon_synonym_only(Datum source, bool isnull);

/* the number of rel's column name, InvalidAttrNumber if none (no syscache) */
extern AttrNumber pd_rel_attnum(Relation rel, const char *name);

/*
 * pd_lexicon_state_certifies - parkdata.lexicon_state's certificate that
 * lex's shipped rows are rows rows of hash sum rowsum (pd_lexicon_state.c):
 * the index that holds the other rows, opened, or NULL (read every row)
 */
extern Relation pd_lexicon_state_certifies(Relation lex, Snapshot snap,
										   uint64 rows, uint64 rowsum);

#endif							/* PD_LEXICON_H */
