/*-------------------------------------------------------------------------
 *
 * pd_metric_catalog_int.h
 *	  The indicator catalog's internals, shared by its building and folding
 *	  (pd_metric_catalog.c) and its matching (pd_metric_catalog_match.c).
 *	  No PostgreSQL headers.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_catalog_int.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_METRIC_CATALOG_INT_H
#define PD_METRIC_CATALOG_INT_H

#include "pd_metric_catalog.h"
#include "pd_metric_catalog_words.h"

#define NWORDS(a)	(sizeof(a) / sizeof((a)[0]))
#define WORD_MAX	8			/* longest table word, in characters */
#define UNITS_MAX	8			/* most units of one dimension */

/* a short word of a table, as folded code points */
typedef struct Word
{
	uint32_t	cp[WORD_MAX];
	uint8_t		len;
	uint8_t		next;			/* 1 + the next word of its table in the same
								 * TailIndex bucket; 0 at a chain's end */
} Word;

/*
 * The words of a table by their last character (hashed), so that
 * longest_tail compares only those that end like the phrase.
 */
#define TAIL_BUCKETS	64
typedef struct TailIndex
{
	uint8_t		head[TAIL_BUCKETS];	/* 1 + a word's index; 0: none */
} TailIndex;

/* every table indexed so has fewer than 255 words (its indexes are bytes) */
typedef char pd_tail_index_fits[(NWORDS(predicate_words) < 255 &&
								 NWORDS(measure_words) < 255 &&
								 NWORDS(addition_words) < 255 &&
								 NWORDS(share_tails) < 255 &&
								 NWORDS(part_words) < 255 &&
								 NWORDS(owner_words) < 255 &&
								 NWORDS(industry_words) < 255 &&
								 NWORDS(other_words) < 255 &&
								 NWORDS(body_words) < 255 &&
								 NWORDS(sector_words) < 255 &&
								 NWORDS(per_words) < 255 &&
								 NWORDS(scope_words) < 255 &&
								 NWORDS(domain_words) < 255 &&
								 NWORDS(threshold_words) < 255 &&
								 NWORDS(join_words) < 255) ? 1 : -1];

/* a code (NUL-terminated copy) and its dimension (that of its first form) */
typedef struct Code
{
	char	   *name;
	uint8_t		dim;
} Code;

/* one surface form: pool[off .. off+len), read backwards for its hash */
typedef struct Entry
{
	uint32_t	hash;
	uint32_t	off;
	uint16_t	len;
	uint16_t	code;			/* index into codes */
	uint8_t		dim;
	uint8_t		used;
} Entry;

struct PdMetricCatalog
{
	PdAllocator alloc;
	Entry	   *table;			/* open addressing, capacity a power of 2 */
	size_t		capacity;
	size_t		count;
	uint32_t   *pool;			/* folded forms, back to back */
	size_t		pool_len;
	size_t		pool_cap;
	Code	   *codes;			/* the codes, with their dimension */
	size_t		ncodes;
	size_t		codes_cap;
	uint64_t	lengths;		/* bit L-1 set: some form has L characters */
	size_t		max_len;
	Word		predicates[NWORDS(predicate_words)];
	Word		measures[NWORDS(measure_words)];
	Word		amounts[NWORDS(amount_words)];
	Word		additions[NWORDS(addition_words)];
	Word		share_tails[NWORDS(share_tails)];
	Word		parts[NWORDS(part_words)];
	Word		owners[NWORDS(owner_words)];
	Word		industries[NWORDS(industry_words)];
	Word		others[NWORDS(other_words)];
	Word		bodies[NWORDS(body_words)];
	Word		sectors[NWORDS(sector_words)];
	Word		pers[NWORDS(per_words)];
	Word		scopes[NWORDS(scope_words)];
	Word		domains[NWORDS(domain_words)];
	Word		growth_units[NWORDS(growth_units)];
	Word		thresholds[NWORDS(threshold_words)];
	Word		joins[NWORDS(join_words)];
	Word		circumstances[NWORDS(circumstance_words)];
	Word		revisions[NWORDS(revision_words)];
	Word		count_measures[NWORDS(count_measure_words)];
	Word		per_anywhere[NWORDS(per_anywhere_words)];
	Word		driven[NWORDS(driven_words)];
	Word		owner_refusals[NWORDS(owner_refusals)];	/* the owners */
	Word		above_scale[NWORDS(above_scale_words)];
	Word		within[NWORDS(within_words)];
	TailIndex	predicates_ix;	/* the tables above by last character */
	TailIndex	measures_ix;
	TailIndex	additions_ix;
	TailIndex	share_tails_ix;
	TailIndex	parts_ix;
	TailIndex	owners_ix;
	TailIndex	industries_ix;
	TailIndex	others_ix;
	TailIndex	bodies_ix;
	TailIndex	sectors_ix;
	TailIndex	pers_ix;
	TailIndex	scopes_ix;
	TailIndex	domains_ix;
	TailIndex	thresholds_ix;
	TailIndex	joins_ix;
	Word		economy;		/* 经济 */
	Word		growth_only[NWORDS(growth_only_words)];
	Word		share;			/* 比重 */
	Word		points;			/* 百分点 */
	Word		units[PD_DIM_COUNT_][UNITS_MAX];
	uint8_t		nunits[PD_DIM_COUNT_];
};

#define HASH_INIT	2166136261u
#define HASH_STEP(h, c)	(((h) ^ (c)) * 16777619u)

/* pd_metric_catalog.c: folding, the word tables, the forms' hash table */
extern size_t pd_cat_fold(const char *s, size_t len, uint32_t *out, size_t max);
extern int	pd_cat_ends_with(const uint32_t *p, size_t n, const Word *w);
extern size_t pd_cat_longest_tail(const Word *ws, const TailIndex *ix, const uint32_t *p,
								  size_t n, size_t keep);
extern size_t pd_cat_share_tail(const PdMetricCatalog *cat, uint32_t *p, size_t n);
extern const Entry *pd_cat_lookup(const PdMetricCatalog *cat, const uint32_t *p, size_t len,
								  uint32_t h);

/* pd_metric_catalog_match.c: what the readings below share with it */
extern size_t pd_cat_cut_one(const PdMetricCatalog *cat, const uint32_t *p, size_t n,
							 size_t keep);
extern int	pd_cat_unit_fits(const PdMetricCatalog *cat, PdUnitDim d, const uint32_t *u,
							 size_t ulen, PdMetricKind kind);
extern const Entry *pd_cat_ending_at(const PdMetricCatalog *cat, const uint32_t *p, size_t e,
									 const uint32_t *u, size_t ulen, PdMetricKind kind,
									 size_t *start);
extern int	pd_cat_measure_head(uint32_t c);
extern int	pd_cat_is_industry_value_added(const char *code);

/* pd_metric_catalog_pairs.c: phrases that name two things */
extern const char *pd_cat_share_of(const PdMetricCatalog *cat, const uint32_t *p, size_t n,
								   const uint32_t *u, size_t ulen, PdMetricKind kind);
extern int	pd_cat_combined(const PdMetricCatalog *cat, const uint32_t *p, size_t start);
extern int	pd_cat_contribution_in(const uint32_t *p, size_t from, size_t n);
extern int	pd_cat_contribution_unit(const PdMetricCatalog *cat, const uint32_t *u,
									 size_t ulen);
extern size_t pd_cat_gloss_start(const char *phrase, size_t len);
extern size_t pd_cat_gloss_before(const char *text, size_t before);

/* pd_metric_catalog_scope.c: scopes, owners and ellipses */
extern int	pd_cat_word_in(const Word *ws, size_t nw, const uint32_t *p, size_t from,
						   size_t to);
extern int	pd_cat_refused(const PdMetricCatalog *cat, const uint32_t *p, size_t start,
						   const Entry *hit, PdMetricKind kind);
extern const char *pd_cat_scoped(const PdMetricCatalog *cat, const char *code,
								 const uint32_t *p, size_t start, const char *prev);
extern const char *pd_cat_share_named(const PdMetricCatalog *cat, const char *phrase,
									  size_t len);
extern const char *pd_cat_ellipsis(PdMetricCatalogCursor *cur, const char *phrase,
								   size_t len, const char *unit, PdMetricKind kind,
								   const char *code);

/* pd_metric_catalog_parts.c: parts named by how they are built */
extern int	pd_cat_inside_sector(const uint32_t *p, size_t start, const uint32_t *form,
								 size_t flen);
extern const char *pd_cat_sector_part(const PdMetricCatalog *cat, const char *phrase,
									  size_t len, size_t before, const char *unit,
									  PdMetricKind kind, const char *base,
									  const char *const *seen, int *grouping);
extern int	pd_cat_grouping(const uint32_t *p, size_t n);
extern const char *pd_cat_region_part(const PdMetricCatalog *cat, const char *phrase,
									  size_t len, const char *unit, PdMetricKind kind,
									  const char *total);
extern int	pd_cat_grouped_form(const PdMetricCatalog *cat, const uint32_t *p, size_t start,
								const char *code);
extern int	pd_cat_is_total(const char *unit, PdMetricKind kind);
extern int	pd_cat_is_money(const char *unit);
extern void pd_cat_note_total(PdMetricCatalogCursor *cur, const char *code);
extern const char *pd_cat_verb_object(const PdMetricCatalog *cat, const char *phrase,
									  size_t len, size_t before, const char *unit,
									  PdMetricKind kind);
extern const char *pd_cat_sibling(const PdMetricCatalog *cat, const char *code,
								  const uint32_t *p, size_t n);
extern int	pd_cat_performer(const uint32_t *p, size_t n, const char *unit, PdMetricKind kind);
extern int	pd_cat_names_within(const PdMetricCatalog *cat, const char *phrase, size_t len,
								size_t before);
extern int	pd_cat_by_industry(const char *code);
extern const char *pd_cat_amount_again(const PdMetricCatalogCursor *cur, const char *phrase,
									   size_t len, const char *unit, PdMetricKind kind);
extern int	pd_cat_has_addition(const PdMetricCatalog *cat, const char *phrase, size_t len,
								size_t before);

#endif							/* PD_METRIC_CATALOG_INT_H */
