/*-------------------------------------------------------------------------
 *
 * pd_metric_catalog.h
 *	  The indicator catalog matcher: which canonical indicator (a code of
 *	  parkdata.metric) a figure measures, from the phrase that names it.
 *	  No PostgreSQL headers.
 *
 * The catalog is built from (surface form -> code, unit dimension) pairs:
 * the rows of parkdata.lexicon that have a metric, with that metric's
 * unit_dimension.  pd_metric_catalog_find() reads the phrase before a
 * figure (its indicator as written) and returns the code of the synonym
 * that heads it, or NULL:
 *
 *	- phrase and synonyms are compared folded (Traditional to Simplified,
 *	  full-width to ASCII, ASCII letters upper case) without quotes,
 *	  brackets, spaces and the list mark 、, so 營業額 and 营业额,
 *	  专精特新“小巨人”企业 and 专精特新小巨人企业 read alike;
 *	- the predicate words between the indicator and its number (为, 达,
 *	  增长, 比上年 ...) are cut from the phrase's end, then the synonym must
 *	  end the phrase, or end just before a measure word (总数, 增长率,
 *	  成长率 ...): Chinese puts what is measured last, so 高新技术企业营收 is
 *	  revenue and 第二批高企备案公示 names no indicator;
 *	- of the synonyms ending there the longest wins (规上工业增加值 over
 *	  工业增加值);
 *	- the figure's unit must fit the indicator's dimension (120亿元 is not a
 *	  count of enterprises): growth rates fit every indicator, shares and
 *	  百分点 changes only percent and ratio indicators, a figure without a
 *	  unit any;
 *	- the growth rate of a count of additions (新增研发机构 ... 增长45%) is
 *	  not a growth of the stock: NULL.
 * NULL rather than a guess: 企业 alone names nothing.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_catalog.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_METRIC_CATALOG_H
#define PD_METRIC_CATALOG_H

#include <stddef.h>
#include <stdint.h>

#include "pd_metric.h"			/* PdMetricKind */
#include "pd_segment.h"			/* PdAllocator, pd_fold_char */

/* parkdata.metric.unit_dimension (its CHECK lists the same names) */
typedef enum PdUnitDim
{
	PD_DIM_OTHER = 0,			/* any unit fits */
	PD_DIM_MONEY,
	PD_DIM_MONEY_PER_PERSON,
	PD_DIM_MONEY_PER_AREA,
	PD_DIM_PERCENT,
	PD_DIM_RATIO,
	PD_DIM_INDEX,
	PD_DIM_AREA,
	PD_DIM_ENERGY_INTENSITY,
	PD_DIM_COUNT_ENTERPRISES,
	PD_DIM_COUNT_PEOPLE,
	PD_DIM_COUNT_PATENTS,
	PD_DIM_COUNT_PATENTS_PER_10K,
	PD_DIM_COUNT_PLATFORMS,
	PD_DIM_COUNT_PROJECTS,
	PD_DIM_COUNT_TEAMS,
	PD_DIM_COUNT_				/* number of dimensions */
} PdUnitDim;

/* longest surface form, in characters (the lexicon's limit) */
#define PD_METRIC_SYNONYM_MAX	64

/* pd_add_status - what pd_metric_catalog_add did with a pair */
typedef enum PdCatalogAdd
{
	PD_CATALOG_ADDED = 0,
	PD_CATALOG_IGNORED,			/* nothing left after folding, or too long */
	PD_CATALOG_DUPLICATE,		/* folds to a form added before: first kept */
	PD_CATALOG_NOMEM = -1
} PdCatalogAdd;

typedef struct PdMetricCatalog PdMetricCatalog;

/*
 * pd_metric_dim_parse - the dimension a unit_dimension name spells; -1 if
 * name[0..len) is none of them.
 */
extern int	pd_metric_dim_parse(const char *name, size_t len);

/* pd_metric_catalog_create - an empty catalog; NULL when out of memory */
extern PdMetricCatalog *pd_metric_catalog_create(const PdAllocator *alloc);

/*
 * pd_metric_catalog_add - add the surface form word[0..wlen) (UTF-8, any
 * script) of the indicator code[0..clen), whose dimension is dim.  Both
 * are copied.  Invalid UTF-8 is read as U+FFFD.
 */
extern PdCatalogAdd pd_metric_catalog_add(PdMetricCatalog *cat,
										  const char *word, size_t wlen,
										  const char *code, size_t clen,
										  PdUnitDim dim);

/* pd_metric_catalog_count - number of surface forms added */
extern size_t pd_metric_catalog_count(const PdMetricCatalog *cat);

/*
 * pd_metric_catalog_find - the code of the indicator that phrase[0..len)
 * (UTF-8, the words before a figure, as written) names, for a figure of
 * the given kind and unit (NUL-terminated, as the extractor normalises it:
 * "元", "家", "%", "百分点"; NULL or "" when the text gives none).  Returns
 * a NUL-terminated string the catalog owns, or NULL.  Only the last
 * PD_METRIC_PHRASE_MAX characters of a longer phrase are read.
 */
#define PD_METRIC_PHRASE_MAX	256
extern const char *pd_metric_catalog_find(const PdMetricCatalog *cat,
										  const char *phrase, size_t len,
										  const char *unit, PdMetricKind kind);

/*
 * pd_metric_catalog_classify - pd_metric_catalog_find, and where the phrase
 * names no indicator and does not end in a measure of its own (额, 值, 量,
 * 数, 率, 收入 ...), prev: the code of the figure before in the same
 * sentence (NULL at a sentence's start), if the unit fits it.  A breakdown
 * takes the code of the total it breaks down (营业额1兆元，其中竹科5000億元,
 * 積體電路成長12%); a phrase with a measure of its own does not
 * (社会消费品零售总额…，其中零售业销售额 …).
 */
extern const char *pd_metric_catalog_classify(const PdMetricCatalog *cat, const char *phrase,
											  size_t len, const char *unit, PdMetricKind kind,
											  const char *prev);

/*
 * PdMetricCatalogCursor - the catalog read along one document, figure by
 * figure in text order (pd_metric_catalog_next).  It remembers the
 * document's indicator: the code of the last figure that had one.
 */
#define PD_METRIC_CURSOR_REST	16
#define PD_METRIC_CURSOR_TOTALS	4
typedef struct PdMetricCatalogCursor
{
	const PdMetricCatalog *cat;
	const char *topic;			/* code of the last figure that had one */
	const char *total;			/* code (or NULL) of the last total: a level
								 * in money or a growth rate */
	const char *totals[PD_METRIC_CURSOR_TOTALS];	/* the codes of the last
													 * totals that had one,
													 * each once */
	int			addition;		/* the last figure counted additions */
	uint32_t	rest[PD_METRIC_CURSOR_REST];	/* the last phrase that named
												 * a thing, folded, without its
												 * predicates (its last
												 * characters) */
	size_t		rest_len;
} PdMetricCatalogCursor;

/* pd_metric_catalog_cursor_init - a cursor at a document's start */
extern void pd_metric_catalog_cursor_init(PdMetricCatalogCursor *cur,
										  const PdMetricCatalog *cat);

/*
 * pd_metric_catalog_next - pd_metric_catalog_classify for the next figure
 * of the cursor's document, and where that gives nothing, the figure is
 * the first of its sentence (prev NULL) and its phrase names a part (an
 * industry or a park: 光電產業, 精密機械, 省级高新区, 南科) with no measure of
 * its own, the document's indicator so far, if the unit fits it
 * (營業額 … 。光電產業成長28%).  The before bytes preceding phrase are the
 * rest of its clause: a form may begin there (实际利用|外资), and a modifier
 * there may make another indicator of the form (新设|外资企业, 全口径|财政收入,
 * 万人|有效发明专利).  A bare amount (成交额) after a figure of the thing
 * it is the amount of (登记技术合同9023项，成交额490.69亿元) names what the
 * two name together (技术合同成交额).  Allocates nothing, never fails.
 */
extern const char *pd_metric_catalog_next(PdMetricCatalogCursor *cur, const char *phrase,
										  size_t len, size_t before, const char *unit,
										  PdMetricKind kind, const char *prev);

/* pd_metric_catalog_destroy - free the catalog (a no-op with a NULL free) */
extern void pd_metric_catalog_destroy(PdMetricCatalog *cat);

#endif							/* PD_METRIC_CATALOG_H */
