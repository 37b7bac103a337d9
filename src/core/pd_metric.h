/*-------------------------------------------------------------------------
 *
 * pd_metric.h
 *	  Quantities in Chinese news text: value, unit, qualifier, indicator,
 *	  kind, period, subject.  No PostgreSQL headers.
 *
 * pd_metric_extract() makes one left-to-right pass over UTF-8 text, sentence
 * by sentence.  In each sentence it finds numeral spans (Chinese, Arabic or
 * mixed), reads scale, unit and qualifier words around them, drops what is
 * not a quantity (dates, codes, ordinals, plan names, quoted slogans, names
 * with digits, per-unit phrases) and classifies the context with keyword
 * tables (pd_metric_data.h).  Every quantity is handed to a callback; the
 * extractor itself allocates nothing, so its memory is bounded by a fixed
 * sentence window and the caller decides where results live.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_METRIC_H
#define PD_METRIC_H

#include <stddef.h>
#include <stdint.h>

typedef enum PdQualifier
{
	PD_QUAL_NONE = 0,
	PD_QUAL_APPROX,				/* 约 近 左右 大约 将近 上下 */
	PD_QUAL_MORE_THAN,			/* 超 超过 逾 突破 余 多 */
	PD_QUAL_AT_LEAST,			/* 以上 不少于 不低于 */
	PD_QUAL_LESS_THAN,			/* 不到 不足 未满 */
	PD_QUAL_AT_MOST				/* 以下 以内 不超过 */
} PdQualifier;

typedef enum PdMetricKind
{
	PD_KIND_LEVEL = 0,			/* a stock or an amount */
	PD_KIND_CHANGE,				/* 新增, 增加, 减少: an absolute change */
	PD_KIND_GROWTH_RATE,		/* 增长 X%, 下降 X%, 增长 X 倍 */
	PD_KIND_SHARE				/* 占 X%, 比重 */
} PdMetricKind;

typedef enum PdMetricStatus
{
	PD_STATUS_ACTUAL = 0,		/* reported as achieved */
	PD_STATUS_TARGET,			/* 力争, 目标, 到2025年: a goal or a plan */
	PD_STATUS_ESTIMATE			/* 预计全年: an estimate before final figures */
} PdMetricStatus;

/* A calendar date written as the integer yyyymmdd (20230630); 0 = none. */
typedef int32_t PdDate;

/* A byte range of the input; len == 0 means "none". */
typedef struct PdSpan
{
	size_t		off;
	size_t		len;
} PdSpan;

/*
 * One quantity.  Every pointer is valid only during the callback: value is
 * the extractor's scratch buffer, unit and subject point into static
 * tables, spans into the caller's text.
 */
typedef struct PdMetric
{
	int			metric_no;		/* 1, 2, ... in text order */
	const char *value;			/* NUL-terminated decimal: "167000", "-3.1" */
	const char *unit;			/* NUL-terminated, or NULL when none */
	PdSpan		raw;			/* the quantity as written, qualifiers included */
	size_t		raw_char;		/* 0-based code-point offset of raw */
	size_t		raw_chars;		/* raw's length in code points */
	PdQualifier qualifier;
	PdSpan		indicator;		/* what is measured; len 0 if unknown */
	const char *metric;			/* catalog code of the indicator, or NULL */
	PdMetricKind kind;
	PdMetricStatus status;
	int			is_target;		/* status == PD_STATUS_TARGET */
	PdSpan		period;			/* time expression as written; len 0 if none */
	PdDate		period_start;	/* first day the figure covers, or 0 */
	PdDate		period_end;		/* last day, or 0; a stock at a date: = start */
	int			year;			/* the period's year if it lies in one, else 0 */
	const char *subject;		/* NUL-terminated canonical name, or NULL */
	const char *subject_code;	/* 6-digit region code, or NULL */
	int			subject_kind;	/* PD_GAZ_PROVINCE ... PD_GAZ_ORG, 0 if none */
	PdSpan		sentence;		/* the sentence (trimmed) */
} PdMetric;

/* Called for every quantity; return nonzero to stop the extraction. */
typedef int (*PdMetricEmit) (void *arg, const PdMetric *m);

/*
 * Called after every sentence with the number of bytes consumed so far, at
 * least once per PD_METRIC_SENTENCE_MAX characters, so that the caller can
 * check for interrupts.  May be NULL.
 */
typedef void (*PdMetricProgress) (void *arg, size_t done);

/* Longest sentence, in code points, looked at in one piece. */
#define PD_METRIC_SENTENCE_MAX	1024

/*
 * The catalog matcher: the catalog code of an indicator, or NULL.
 *
 * indicator is the indicator phrase folded to Simplified Chinese (UTF-8,
 * len bytes, not NUL-terminated); the before bytes that precede it are the
 * rest of its clause, which the matcher may read for a form the phrase
 * begins inside (实际利用|外资, 服务|业增加值: a verb or a word cut off the
 * span) and for a modifier that makes another indicator of it (新设|外资企业);
 * kind and unit (normalised, or NULL) are
 * the figure's; prev is the code the matcher gave the figure before in the
 * same sentence (NULL at a sentence's first figure), for breakdowns that
 * name only a part (竹科營業額…，南科5588億元).  The code returned is
 * NUL-terminated and must stay valid for the rest of the extraction; the
 * matcher must not allocate per call and must not fail.
 */
typedef const char *(*PdMetricClassify) (void *arg, const char *indicator,
										 size_t len, size_t before, PdMetricKind kind,
										 const char *unit, const char *prev);

typedef struct PdMetricOptions
{
	PdDate		published;		/* the document's date, 0 if unknown */
	PdMetricClassify classify;	/* NULL: every metric is NULL */
	void	   *classify_arg;
} PdMetricOptions;

/*
 * pd_metric_extract - find every quantity in doc[0..len)
 *
 * doc need not be NUL-terminated; invalid UTF-8 is read as U+FFFD.  Returns
 * the number of quantities emitted.  Allocates nothing; the sentence window
 * lives in *work (see pd_metric_work_size), which the caller owns.
 * pd_metric_extract_opt takes options (opt may be NULL).
 */
typedef struct PdMetricWork PdMetricWork;
extern size_t pd_metric_work_size(void);
extern int	pd_metric_extract(const char *doc, size_t len, PdMetricWork *work,
							  PdMetricEmit emit, PdMetricProgress progress,
							  void *arg);
extern int	pd_metric_extract_opt(const char *doc, size_t len,
								  const PdMetricOptions *opt, PdMetricWork *work,
								  PdMetricEmit emit, PdMetricProgress progress,
								  void *arg);

/* SQL spellings of the enums ("approx", "growth_rate" ...); NULL for NONE. */
extern const char *pd_metric_qualifier_name(PdQualifier q);
extern const char *pd_metric_kind_name(PdMetricKind k);
extern const char *pd_metric_status_name(PdMetricStatus s);

#endif							/* PD_METRIC_H */
