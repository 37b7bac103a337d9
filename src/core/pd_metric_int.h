/*-------------------------------------------------------------------------
 *
 * pd_metric_int.h
 *	  Internal interface of the metric extractor, shared by its files:
 *
 *	  pd_metric.c			sentence windows, the driver, one sentence's figures
 *	  pd_metric_scan.c		word matching over the window, first-character filters
 *	  pd_metric_lists.c		the keyword tables (pd_metric_data.h) as word lists
 *	  pd_metric_keys.h		code points and keyword-table flags (included here)
 *	  pd_metric_gazetteer.c	the gazetteer: entries, first characters, gaz_match
 *	  pd_metric_place.c		place mentions, anaphora, companies
 *	  pd_metric_place_role.c	what a place is there for: dateline, origin
 *	  pd_metric_place_kind.c	parks by kind (typed anaphora), zones named by region
 *	  pd_metric_place_doc.c	the document's own region, named only by 全省; doc_has
 *	  pd_metric_subject.c	the subject of a figure
 *	  pd_metric_time.c		time expressions and the document's date
 *	  pd_metric_time_date.c	the calendar: dates, months, years as numbers
 *	  pd_metric_time_figure.c	the period and dates of one figure
 *	  pd_metric_status.c	targets, estimates and actuals
 *	  pd_metric_number.c	numeral spans, units, qualifiers, ranges, values
 *	  pd_metric_number_labels.c	numbers that label: versions, specs in names
 *	  pd_metric_kind.c		kind and sign of a figure
 *	  pd_metric_indicator.c	what a figure measures
 *
 * No PostgreSQL headers.  Everything here works on one sentence window
 * (PdMetricWork) decoded once into code points and byte offsets.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_int.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_METRIC_INT_H
#define PD_METRIC_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pd_fold.h"
#include "pd_metric.h"
#include "pd_numeral.h"
#include "pd_gazetteer_data.h"

/* PdGazEntry.flags of the extractor's own */
#define PD_GAZ_AREA		4		/* a customs area (天津港保税区) */
#define PD_GAZ_PART		8		/* a part of a park (巴中经济开发区驷马园) */

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

#define MAX_NUM_CHARS	40		/* a longer digit run is a code, not a number */
#define MAX_MENTIONS	64		/* place mentions remembered per sentence */
#define MAX_PERIODS		16		/* time expressions remembered per sentence */
#define MAX_TARGETS		8		/* target words remembered per sentence */
#define KIND_WINDOW		14		/* characters looked back for kind words */
#define IND_WINDOW		24		/* characters looked back for the indicator */
#define IND_RIGHT		20		/* characters looked ahead for the indicator */
#define SHORT_QUOTE		16		/* a quote this short is a name or a slogan */
#define VALUE_MAX		512
#define SEEN_CODES		32
#define PARK_RING		8		/* parks remembered for 自贸区, 高新区 … */
#define COMPANIES		4
#define COMPANY_MAX		96
#define ZONES			16			/* zones named by region and kind, a ring */

/* per-character flags of the sentence window */
#define F_QUOTE		0x01		/* inside a short quote: a slogan or a code */
#define F_TITLE		0x02		/* inside 《...》 */
#define F_PAREN		0x04		/* inside (...): an aside */

#include "pd_metric_keys.h"

/* ---------------------------------------------------------------------
 * The sentence window and the document state
 * --------------------------------------------------------------------- */

typedef struct Mention
{
	int			start;			/* character index in the sentence */
	int			end;
	const PdGazEntry *entry;	/* what it names (NULL: unresolved anaphor) */
	int			subject_ok;		/* may be a figure's subject */
	int			origin;			/* where visitors come from (香港旅客) */
	const PdGazEntry *topic;	/* document topic after this mention */
} Mention;

typedef struct Period
{
	int			start;			/* characters in the sentence */
	int			end;
	int			year;			/* the year it lies in, 0 if none or several */
	PdDate		from;			/* first and last day, 0 if unresolved */
	PdDate		to;
	int			target;			/* 到2025年: points to the future */
	int			base;			/* 较“十二五”末: a base of comparison */
	int			relative;		/* 去年同期: sets no context for what follows */
	int			deadline;		/* opened by 到 */
	int			since;			/* 2017年以来: 1; 2 when it ends at the document's date */
	int			event;			/* 于1984年获批: the date of an event */
	int			day;			/* 今日, 昨天: the day of an event, not a stock's date */
	int			doc_relative;	/* 去年, 明年: a year counted from the document's date */
	int			bare;			/* 第二季, 上半年: a part of a year written without it */
	int			aside;			/* a bare part after a figure: its own clause only */
	int			plan;			/* frames the text after it: 1 a year ahead, 2 a budget */
	int			now;			/* 目前, 至今: the document's date, not the text's year */
	int			asof;			/* 截至3月5日: the date a report runs to */
	int			window;			/* 高於近5年的平均: a span compared with, no period */
} Period;

/* where a qualifier was written */
#define QF_BEFORE	1			/* 超50万人 */
#define QF_AFTER	2			/* 1200人左右 */

/* A quantity read by read_number. */
typedef struct Candidate
{
	int			start;			/* raw start (qualifier included) */
	int			nstart;			/* numeral start */
	int			nend;			/* numeral end */
	int			end;			/* raw end */
	int			reached;		/* the level the change before it reached: no list item */
	const PdUnitWord *unit;
	PdQualifier qual;
	int			extra_scale;	/* 余万: index of the scale character, or -1 */
	int			extra_scale_n;	/* its characters: 0 or 1 for one, 2 for 百萬 */
	int			months;			/* 1年4个月: the months after the years, or -1 */
	int			percent_of;		/* 百分之: 1, 千分之: 2 */
	int			half;			/* 两米半: add one half */
	int			negative;		/* 负3, -3 */
	const char *symbol_unit;	/* ￥300, $20 */
	const PdUnitWord *per;		/* 2.5万元/平方米: the unit after the slash */
	int			qual_from;		/* QF_*: where the qualifier was written */
	int			fraction;		/* 1/8, 三分之一: a share in %; FRACTION_HALF: 一半 */
	int			tenth_digit;	/* 两成二: the digit after 成, or -1 */
} Candidate;

#define FRACTION_HALF	2		/* Candidate.fraction of 一半, 半数: 50 % */
#define FRACTION_HALF_TENTH	3	/* of 半成: 5 % */

/* A figure of the sentence: the quantity and what the scans said of it. */
typedef struct Figure
{
	Candidate	c;
	int			what;			/* PK_* of the kind word before it, 0 if none */
	int			kind_at;		/* where that word starts */
	int			list_prev;		/* the item before it in its list, or -1 */
	const PdGazEntry *subject;	/* given by a list of places (分别), or NULL */
	int			ind_a;			/* indicator given by a list of them (分别), */
	int			ind_b;			/* or ind_a == ind_b */
	int			period_item;	/* its period given by a list of them (分别), or -1 */
} Figure;

#define MAX_FIGURES	128			/* figures of one sentence handled together */

struct PdMetricWork
{
	/* document state: cleared at the start of every document */
	const char *doc;
	size_t		len;
	PdMetricOptions opt;
	size_t		traditional;	/* characters folded so far */
	int			doc_year;		/* of opt.published, else of a date in the text */
	PdDate		doc_date;		/* the same as a date, if the day is known */
	const char *doc_currency;	/* what a bare 元 is: （澳門元，下同） */
	int			ctx_year;		/* the year written last, not as a base */
	int			ctx_relative;	/* ctx_year came from 去年, 明年 (Period.doc_relative) */
	Period		run;			/* the period figures without one of their own take */
	Period		run0;			/* run as it stood when the sentence began */
	int			metric_no;
	const PdGazEntry *last[4];	/* named as a subject: province, prefecture, county, park */
	const PdGazEntry *seen_at[4];	/* named at all, in passing too */
	const PdGazEntry *seen0[4];	/* seen_at as it stood when the sentence began */
	const PdGazEntry *last_org;
	const PdGazEntry *parks[PARK_RING];	/* parks named, a ring (typed anaphora) */
	int			nparks;
	const PdGazEntry *topic;	/* the place the document is about so far */
	const PdGazEntry *doc_region[2];	/* what 全省, 全市 mean when the text names
										 * no such place (pd_metric_place_doc.c) */
	int			doc_region_done[2];	/* looked for */
	int			roc_years;		/* a year of the Republic calendar was read */
	Period		last_base;		/* the last base of comparison with dates (低於11月的) */
	Period		last_base_run;	/* run when it was read */
	Period		budget_run;		/* the last budget bill's year that framed the text */
	int			head_year;		/* without a date: the year the first sentence named */
	int			park_words;		/* PL_PARK_WORDS in the document: 0 not looked, 1 no, 2 yes */
	const char *seen[SEEN_CODES];	/* codes named in full */
	int			nseen;
	int			ncompany;
	int			nzone;			/* zones named so far (w->zone) */
	size_t		char_base;		/* code points before the sentence */

	/*
	 * The sentence window: code points folded to Simplified (cp), their
	 * byte offsets in the document (off), and the folded text (fold), whose
	 * byte k is the folded doc[off[0] + k]: folding keeps every character's
	 * length, so the offsets serve both.  Rewritten for every sentence.
	 */
	uint32_t	cp[PD_METRIC_SENTENCE_MAX + 1];
	size_t		off[PD_METRIC_SENTENCE_MAX + 2];
	char		fold[PD_METRIC_SENTENCE_MAX * 4 + 4];
	uint8_t		fl[PD_METRIC_SENTENCE_MAX + 1];
	uint8_t		cls[PD_METRIC_SENTENCE_MAX + 1];	/* PdNumClass of cp[] */
	uint16_t	cf[PD_METRIC_SENTENCE_MAX + 1];	/* pd_cflags of cp[] (FC_*);
												 * beyond the BMP FC_NUMBER
												 * and FC_DIGIT only */
	uint16_t	cf_any;			/* their union */
	int			n;

	Mention		mentions[MAX_MENTIONS];
	int			nmentions;
	Period		periods[MAX_PERIODS];
	int			nperiods;
	int			target_at;		/* first target word, or n */
	int			target_tag;		/* its tag (TW_*) */
	int			targets[MAX_TARGETS];	/* every target word used, in order */
	uint8_t		target_tags[MAX_TARGETS];
	int			ntargets;
	int			range_next;		/* start of a range's upper end (2-3家), or -1 */
	int			reach_next;		/* start of the level a change reached (减少2 700人至115 700人), or -1 */
	Figure		figs[MAX_FIGURES];	/* the sentence's figures, in text order */
	int			nfigs;

	/* companies named in the text (not in the gazetteer), a small ring */
	PdGazEntry	company[COMPANIES];
	char		company_name[COMPANIES][COMPANY_MAX];
	/* zones named by a region and their kind (如皋高新区), not in the gazetteer */
	PdGazEntry	zone[ZONES];
	char		zone_name[ZONES][COMPANY_MAX];
	const PdGazEntry *zone_region[ZONES];	/* the region it is named by */

	/* scratch */
	char		unitbuf[64];
	char		numbuf[VALUE_MAX];
	char		value[VALUE_MAX];
};

/* ---------------------------------------------------------------------
 * Character classes
 * --------------------------------------------------------------------- */

/* the numeral class of c: pd_chars.h, one table lookup */
extern uint8_t pd_ccls[0x10000];	/* the PdNumClass of every BMP code point
									 * (pd_metric_scan.c, built once) */

static inline PdNumClass
ncls(uint32_t c)
{
	int			v;

	return pd_numeral_class(c, &v);
}

static inline PdNumClass
wcls(const PdMetricWork *w, int i)
{
	return (PdNumClass) w->cls[i];
}

/* the number of items of the list of figures that starts at figure j */
static inline int
list_length(const PdMetricWork *w, int j)
{
	int			n = 1;

	while (j + n < w->nfigs && w->figs[j + n].list_prev == j + n - 1)
		n++;
	return n;
}

static inline int
is_adigit(uint32_t c)
{
	return pd_is_arabic_digit(c);
}

/* a Chinese digit (廿 卅 too); pd_ccls is ready once pd_metric_init has run */
/* is_ideograph - a CJK unified ideograph (not punctuation, not a fullwidth form) */
static inline int
is_ideograph(uint32_t c)
{
	return c >= CP_CJK_FIRST && c <= CP_CJK_LAST;
}

static inline int
is_cdigit(uint32_t c)
{
	PdNumClass	k = c < 0x10000 ? (PdNumClass) pd_ccls[c] : ncls(c);

	return k == PD_NC_DIGIT || k == PD_NC_TENS;
}

/* a Chinese digit or 十: what a month, a span or a plan count is written with */
static inline int
is_month_digit(uint32_t c)
{
	return is_adigit(c) || is_cdigit(c) || c == CP_SHI;
}

static inline int
is_latin(uint32_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		(c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

static inline int
is_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == CP_IDEOGRAPHIC_SPACE || c == CP_NBSP ||
		c == '\n' || c == '\r';
}

/* the folded text of the window from character i on */
static inline const char *
wtext(const PdMetricWork *w, int i)
{
	return w->fold + (w->off[i] - w->off[0]);
}

/*
 * word_at - does the UTF-8 word start at character i of the sentence?
 * Returns its length in characters, 0 if not; never reads past the window.
 * Called at many positions for many words: the first two bytes are compared
 * here, inline, and turn nearly all of them away before the call of
 * word_at_slow (pd_metric_scan.c).
 */
extern int	word_at_slow(const PdMetricWork *w, int i, const char *word);

static inline int
word_at(const PdMetricWork *w, int i, const char *word)
{
	const char *d;

	if (i < 0 || i >= w->n || *(d = wtext(w, i)) != word[0])
		return 0;
	/* the second byte too (the window's text ends in a NUL: fill_fold) */
	if (word[1] && d[1] != word[1])
		return 0;
	return word_at_slow(w, i, word);
}

/*
 * fold_cp - the Simplified form of c (c itself if it has none): pd_fold.c's
 * table, the same-length pairs only (pd_fold_han), so that byte offsets
 * serve the original and the folded text alike
 */
static inline uint32_t
fold_cp(uint32_t c)
{
	return pd_fold_han(c);
}

static inline int
is_sentence_end(uint32_t c)
{
	return c == CP_FULL_STOP || c == CP_FW_EXCLAM || c == CP_FW_QUESTION ||
		c == '!' || c == '?' || c == '\n' || c == '\r';
}

static inline int
is_closer(uint32_t c)
{
	return c == CP_RDQUOTE || c == CP_RSQUOTE || c == CP_RCORNER ||
		c == CP_RWCORNER || c == CP_FW_RPAREN || c == ')' || c == CP_RTITLE ||
		c == '"';
}


/*
 * is_clause_punct - clause punctuation: bounds of indicator and kind
 * windows.  Inline, with the characters between the CJK symbols and the
 * full-width forms (kana, Han: most of the text) turned away by one test.
 */
static inline int
is_clause_punct(uint32_t c)
{
	if (c >= 0x3040 && c < 0xFF00)
		return 0;
	return c == CP_FW_COMMA || c == ',' || c == CP_FW_SEMICOLON || c == ';' ||
		c == CP_FW_COLON || c == ':' || c == CP_FULL_STOP ||
		c == CP_IDEOGRAPHIC_COMMA || c == CP_EM_DASH || c == CP_ELLIPSIS ||
		c == ' ' || c == CP_IDEOGRAPHIC_SPACE || c == '\t' ||
		c == CP_FW_EXCLAM || c == CP_FW_QUESTION || c == '\n' || c == '\r';
}
extern int	clause_mark_in(const PdMetricWork *w, int a, int b);
extern int	clause_break_slow(const PdMetricWork *w, int k);

/*
 * clause_break - does character k end a clause (pd_metric_scan.c)?  Kana
 * and Han, most of the text, are turned away inline, as by is_clause_punct.
 */
static inline int
clause_break(const PdMetricWork *w, int k)
{
	uint32_t	c = w->cp[k];

	if (c >= 0x3040 && c < 0xFF00)
		return 0;
	return clause_break_slow(w, k);
}

/* ---------------------------------------------------------------------
 * Word matching (pd_metric_scan.c)
 * --------------------------------------------------------------------- */

/*
 * What a code point may begin (or end) for the per-character scans: one
 * 16-bit mask per BMP code point (pd_cflags), copied into the window for
 * every character (w->cf) so that each scan tests one bit.
 */
#define FC_GAZ		0x0001		/* first characters of gazetteer names */
#define FC_GAZ2		0x0002		/* their second characters */
#define FC_ANAPHOR	0x0004
#define FC_PERIOD	0x0008
#define FC_TARGET	0x0010
#define FC_UNIT		0x0020		/* first characters of unit words */
#define FC_KIND_LAST 0x0040		/* last characters of kind words */
#define FC_ANAPHOR2	0x0080		/* second characters of anaphora */
#define FC_COMPANY	0x0100		/* first characters of company forms */
#define FC_BREAKDOWN 0x0200		/* first characters of 其中, 分地区看 */
#define FC_END		0x0400		/* 。！？!? and line ends (is_sentence_end) */
#define FC_OPEN		0x0800		/* “ ‘ 「 『 " 《 ( （: a quote, title or aside opens */
#define FC_NUMBER	0x1000		/* of a class that begins a number (has_number) */
#define FC_DIGIT	0x2000		/* is_adigit or is_cdigit */

extern uint16_t pd_cflags[0x10000];

static inline int
fc_has(int t, uint32_t c)
{
	return c >= 0x10000 || (pd_cflags[c] & t);
}

/* the same for character i of the window */
static inline int
cf_has(const PdMetricWork *w, int i, int t)
{
	return (w->cf[i] & t) != 0;
}

extern void fc_set(int t, const char *word, int nth);
extern uint32_t first_cp(const char *word);
extern int	word_chars(const char *word);

extern void pd_metric_init(void);
extern int	pd_metric_words_indexed(void);
extern void pd_metric_scan_init(void);
extern void pd_metric_place_init(void);
extern void pd_metric_time_init(void);
extern void pd_metric_number_init(void);
extern void pd_metric_kind_init(void);
extern void pd_metric_status_init(void);

extern int	word_before(const PdMetricWork *w, int i, const char *word);
/* stop(w, k): a search looking back ends at position k */
typedef int (*PdStopFn) (const PdMetricWork *w, int k);
extern int	fenbie_before(const PdMetricWork *w, int i, int window, PdStopFn stop);
extern uint8_t pd_list_first[PL_ALL][512];
extern uint8_t pd_list_last[PL_ALL][512];
extern int	table_at_slow(const PdMetricWork *w, int i, PdList l, size_t *idx);
extern int	table_before_slow(const PdMetricWork *w, int i, PdList l, size_t *idx);

#define LF_BIT(set, c)	(((set)[((c) & 4095) >> 3] >> ((c) & 7)) & 1)

/*
 * table_at - longest word of list l starting at i; *idx (may be NULL) gets
 * its index in the list.  Returns its length in characters, 0 if none.  A
 * hashed filter of the words' first characters turns most positions away
 * before any comparison.
 */
static inline int
table_at(const PdMetricWork *w, int i, PdList l, size_t *idx)
{
	if (i < 0 || i >= w->n || !LF_BIT(pd_list_first[l], w->cp[i]))
		return 0;
	return table_at_slow(w, i, l, idx);
}

/* table_before_idx - longest word of list l ending right before i */
static inline int
table_before_idx(const PdMetricWork *w, int i, PdList l, size_t *idx)
{
	if (i <= 0 || i > w->n || !LF_BIT(pd_list_last[l], w->cp[i - 1]))
		return 0;
	return table_before_slow(w, i, l, idx);
}

static inline int
table_before(const PdMetricWork *w, int i, PdList l)
{
	return table_before_idx(w, i, l, NULL);
}

/* ---------------------------------------------------------------------
 * The scans of a sentence, in the order pd_metric.c runs them
 * --------------------------------------------------------------------- */

/* is the document written in Traditional characters? */
static inline int
traditional_doc(const PdMetricWork *w)
{
	return w->traditional >= 3;
}

/* pd_metric_place.c */
extern const PdGazEntry *pd_gaz_taiwan;	/* 台湾省 */
extern const PdGazEntry *pd_gaz_hk;	/* 香港特别行政区 */
extern const PdGazEntry *pd_gaz_macau;	/* 澳门特别行政区 */
extern const char *const *pd_park_kind_full_names;	/* PL_PARK_KINDS in full */
extern const char *const *pd_park_written_full_names;	/* PL_PARK_WRITTEN in full */
extern const char *const *pd_zone_short_full_names;	/* PL_ZONE_SHORTS in full */
extern void scan_mentions(PdMetricWork *w);
extern const PdGazEntry *gaz_lookup(const char *name);
extern const PdGazEntry *pd_gaz_entry(size_t i);
extern int	gaz_match(PdMetricWork *w, int i, const PdGazEntry **hit);
/* narrow [*lo, *hi) of the sorted gazetteer to the names beginning with s[0..L), s[0..from) already shared */
extern void gaz_narrow(const char *s, size_t from, size_t L, size_t *lo, size_t *hi);
extern int	mention_subject_ok(const PdMetricWork *w, int i);

/* pd_metric_place_role.c */
extern int	dateline_after(const PdMetricWork *w, int k);
extern int	aside_of_mention(const PdMetricWork *w, int i);
extern int	origin_after(const PdMetricWork *w, int k);
extern int	place_gap(const PdMetricWork *w, int a, int b);
extern int	compared_base(const PdMetricWork *w, int i, int end);
extern void unmark_origins(PdMetricWork *w, const PdGazEntry *topic0);
extern void zone_lists(PdMetricWork *w, const PdGazEntry *topic0);
extern void note_park(PdMetricWork *w, const PdGazEntry *e);
extern const PdGazEntry *park_of_kind(const PdMetricWork *w, int what);
extern const PdGazEntry *park_named_with(const PdMetricWork *w, const char *word);
extern void forget_kind(PdMetricWork *w, int what);
extern int	zone_short_at(PdMetricWork *w, int i, int l, const PdGazEntry **e);
extern int	zone_at(PdMetricWork *w, int i, int l, const PdGazEntry **e);
extern int	park_written_at(PdMetricWork *w, int i, int l, const PdGazEntry **e);
extern int	sub_park_at(PdMetricWork *w, int i, int l, const PdGazEntry **e);
extern int	foreign_park_at(PdMetricWork *w, int i, int l, const PdGazEntry **e);
extern void zone_of_short(const PdMetricWork *w, const PdGazEntry **e);

/* pd_metric_place_doc.c */
extern const PdGazEntry *doc_region(PdMetricWork *w, int lv);
extern const PdGazEntry *region_around(const PdGazEntry *e, int kind);
extern int	doc_has(const PdMetricWork *w, const char *word);

/* pd_metric_subject.c */
extern const PdGazEntry *subject_for(const PdMetricWork *w, int i,
									 const PdGazEntry *topic0);
extern const PdGazEntry *counted_parts_whole(const PdMetricWork *w, int i,
											 int end, const PdGazEntry *topic0);
extern void distribute_subjects(PdMetricWork *w);

/* pd_metric_time.c */
extern void scan_doc_year(PdMetricWork *w);
extern void scan_periods(PdMetricWork *w);

/* pd_metric_time_figure.c */
extern const Period *period_for(const PdMetricWork *w, int i);
extern const Period *figure_period(const PdMetricWork *w, const Candidate *c,
								  const Period *own);
extern void figure_dates(const PdMetricWork *w, const Candidate *c,
						 PdMetricKind kind, const Period *own, const Period *p,
						 PdMetric *m);

/* pd_metric_time_date.c */
/* What month_at read: months m0..m1, or a day, or a point at a month's end. */
typedef struct MonthSpec
{
	int			m0;
	int			m1;
	int			day;			/* 3月8日; 0 if none */
	int			end_point;		/* 9月末, 10月底 */
} MonthSpec;

extern PdDate mkdate(int y, int m, int d);
extern int	month_days(int y, int m);
extern int	valid_year(int y);
extern void set_months(Period *p, int y, int m0, int m1);
extern void set_point(Period *p, int y, int m, int d);
extern void set_part(const PdMetricWork *w, Period *p, int y, int part);
extern PdDate date_add_days(PdDate d, int days);
extern PdDate date_add_months(PdDate d, int months);
extern int	period_ahead(const PdMetricWork *w, const Period *p);
extern int	this_year_word(const PdMetricWork *w, int i);
extern int	context_year(const PdMetricWork *w);
/* pd_metric_time_fiscal.c */
extern int	fiscal_year_at(const PdMetricWork *w, int j, int *y);
extern int	fiscal_word_at(const PdMetricWork *w, int j, Period *p);
extern void set_fiscal_year(Period *p, int y);
extern void set_fiscal_months(Period *p, int y, int n);
extern int	is_fiscal_year(const Period *p);
extern void fiscal_part(const PdMetricWork *w, const Period *fy, Period *p);
extern long adigits_value(const PdMetricWork *w, int i, int j);
extern int	adigit_run(const PdMetricWork *w, int i);
extern long small_value(const PdMetricWork *w, int i, int j);
extern int	month_digits(const PdMetricWork *w, int i, int max);
extern int	month_at(const PdMetricWork *w, int i, MonthSpec *ms);
extern void set_month_spec(Period *p, int y, const MonthSpec *ms);
extern int	year_number_roc(const PdMetricWork *w, int j, int *k, int *roc);
extern int	year_number_at(const PdMetricWork *w, int j, int *k);

/* pd_metric_time_frame.c */
extern int	paren_date_at(const PdMetricWork *w, int j, Period *p);
extern int	budget_after(const PdMetricWork *w, int e, int ahead);
extern int	plan_frame(const PdMetricWork *w, Period *q);
extern void plan_again(const PdMetricWork *w, Period *q);
extern void budget_return(PdMetricWork *w);
extern int	bill_year(const PdMetricWork *w);
extern void year_range_back(const PdMetricWork *w, Period *p);
extern void year_so_far(PdMetricWork *w, Period *q);

/* 至 to - — ～ between two periods: 2020年至2025年 */
static inline int
is_period_range_conn(uint32_t c)
{
	return c == CP_ZHI4 || c == CP_DAO || c == '-' || c == CP_EM_DASH ||
		c == CP_EN_DASH || c == CP_FW_HYPHEN || c == CP_FW_TILDE || c == '~';
}
extern void passing_year(PdMetricWork *w, int ctx_year0, int ctx_relative0);
extern void forecast_part(PdMetricWork *w);
extern void paragraph_end(PdMetricWork *w, const char *next, size_t len);
extern int	aside_period(const PdMetricWork *w, const Period *q);
extern int	aside_cut(const PdMetricWork *w, const Period *q, int i);
extern void year_to_day(const PdMetricWork *w, Period *q);
extern int	since_year(const PdMetricWork *w, int j);
extern void note_base(PdMetricWork *w, const Period *q);
extern const Period *from_base(const PdMetricWork *w, const Candidate *c,
							   const Period *own);

/* pd_metric_status.c */
extern void scan_targets(PdMetricWork *w);
extern int	prospect_at(const PdMetricWork *w, int i);
extern PdMetricStatus figure_status(const PdMetricWork *w, const Candidate *c,
									const Period *p);

/* pd_metric_number.c */
extern int	read_number(PdMetricWork *w, int i, Candidate *c, int *ok);

/* pd_metric_number_words.c */
extern int	span_continues(const PdMetricWork *w, int i);
extern void currency_declared(PdMetricWork *w, int i, int j);
extern int	space_before_scale(const PdMetricWork *w, int i);
extern int	skip_unit_space(const PdMetricWork *w, int k);
extern int	span_end(const PdMetricWork *w, int i, int bounded);
extern int	listed_places_at(const PdMetricWork *w, const Candidate *c, int k);
extern int	bare_scale_money(const PdMetricWork *w, int i);
extern int	bare_scale_approx(const PdMetricWork *w, int i);
extern int	vague_scale(const PdMetricWork *w, int i);
extern int	first_items(const PdMetricWork *w, int i, int j);
extern int	vague_end(const PdMetricWork *w, int i);
extern int	months_at(const PdMetricWork *w, int i, int *end);

/* pd_metric_number_labels.c */
extern int	name_spec(const PdMetricWork *w, int e);
extern int	version_label(const PdMetricWork *w, const Candidate *c);
extern int	once_adverb(const PdMetricWork *w, const Candidate *c, int k, int l);
extern int	named_people(const PdMetricWork *w, const Candidate *c, int k, int l);
extern int	unit_at(const PdMetricWork *w, int i, const PdUnitWord **u);
extern int	qual_word(const PdMetricWork *w, int i, PdList l,
					  const PdQualWord *tab, PdQualifier *q);
extern int	qual_before(const PdMetricWork *w, int i, PdQualifier *q);
extern int	glued(const PdMetricWork *w, int i, int j);
extern int	glued_before(const PdMetricWork *w, int i, int is_upper);
extern int	after_code_word(const PdMetricWork *w, int i);
extern int	is_range_conn(uint32_t c);
extern const PdUnitWord *range_at(const PdMetricWork *w, int i, int j);
extern int	range_scale(const PdMetricWork *w, int ns, int j, int *len);

/* pd_metric_number_value.c */
extern int	make_value(PdMetricWork *w, const Candidate *c, int negative);

/* pd_metric_kind.c */
extern int	find_kind(const PdMetricWork *w, int i, int lo, int *at);
extern PdMetricKind figure_kind(const PdMetricWork *w, Figure *f, int *negative);
extern void carry_kinds(PdMetricWork *w);

/* pd_metric_list.c */
extern void link_lists(PdMetricWork *w);

/* pd_metric_indicator.c */
typedef struct IndicatorState
{
	int			prev_ia;		/* indicator of the figure before */
	int			prev_ib;
	const PdUnitWord *prev_unit;
	int			money_ia;		/* indicator of the last amount of money */
	int			money_ib;
} IndicatorState;

extern int	indicator_context(const PdMetricWork *w, int ia);
extern void figure_indicator(const PdMetricWork *w, const Figure *f,
							 PdMetricKind kind, int lo,
							 const IndicatorState *st, int *ia, int *ib);
extern void distribute_indicators(PdMetricWork *w);
extern void distribute_periods(PdMetricWork *w);
extern int	period_list_gap(const PdMetricWork *w, int a, int b);

#endif							/* PD_METRIC_INT_H */
