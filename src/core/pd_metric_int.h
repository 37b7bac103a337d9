/*-------------------------------------------------------------------------
 *
 * pd_metric_int.h
 *	  Internal interface of the metric extractor, shared by its files:
 *
 *	  pd_metric.c			sentence windows, the driver, one sentence's figures
 *	  pd_metric_scan.c		word matching over the window, first-character filters
 *	  pd_metric_lists.c		the keyword tables (pd_metric_data.h) as word lists
 *	  pd_metric_place.c		gazetteer, place mentions, anaphora, companies
 *	  pd_metric_subject.c	the subject of a figure
 *	  pd_metric_time.c		time expressions and the document's date
 *	  pd_metric_status.c	targets, estimates and actuals
 *	  pd_metric_number.c	numeral spans, units, qualifiers, ranges, values
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

#include "pd_metric.h"
#include "pd_numeral.h"
#include "pd_gazetteer_data.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

#define MAX_NUM_CHARS	40		/* a longer digit run is a code, not a number */
#define MAX_MENTIONS	64		/* place mentions remembered per sentence */
#define MAX_PERIODS		16		/* time expressions remembered per sentence */
#define KIND_WINDOW		14		/* characters looked back for kind words */
#define IND_WINDOW		24		/* characters looked back for the indicator */
#define IND_RIGHT		20		/* characters looked ahead for the indicator */
#define SHORT_QUOTE		16		/* a quote this short is a name or a slogan */
#define VALUE_MAX		512
#define SEEN_CODES		32
#define COMPANIES		4
#define COMPANY_MAX		96

/* per-character flags of the sentence window */
#define F_QUOTE		0x01		/* inside a short quote: a slogan or a code */
#define F_TITLE		0x02		/* inside 《...》 */

/* ---------------------------------------------------------------------
 * Code points the scanners test one by one
 * --------------------------------------------------------------------- */
#define CP_IDEOGRAPHIC_COMMA	0x3001	/* 、 */
#define CP_FULL_STOP			0x3002	/* 。 */
#define CP_IDEOGRAPHIC_SPACE	0x3000
#define CP_LDQUOTE				0x201C	/* “ */
#define CP_RDQUOTE				0x201D	/* ” */
#define CP_LSQUOTE				0x2018	/* ‘ */
#define CP_RSQUOTE				0x2019	/* ’ */
#define CP_LCORNER				0x300C	/* 「 */
#define CP_RCORNER				0x300D	/* 」 */
#define CP_LWCORNER				0x300E	/* 『 */
#define CP_RWCORNER				0x300F	/* 』 */
#define CP_LTITLE				0x300A	/* 《 */
#define CP_RTITLE				0x300B	/* 》 */
#define CP_LLENS				0x3010	/* 【 */
#define CP_RLENS				0x3011	/* 】 */
#define CP_EM_DASH				0x2014	/* — */
#define CP_EN_DASH				0x2013	/* – */
#define CP_ELLIPSIS				0x2026	/* … */
#define CP_MINUS				0x2212	/* − */
#define CP_FW_EXCLAM			0xFF01	/* ！ */
#define CP_FW_DOLLAR			0xFF04	/* ＄ */
#define CP_FW_RPAREN			0xFF09	/* ） */
#define CP_FW_PLUS				0xFF0B	/* ＋ */
#define CP_FW_COMMA				0xFF0C	/* ， */
#define CP_FW_HYPHEN			0xFF0D	/* － */
#define CP_FW_SLASH				0xFF0F	/* ／ */
#define CP_FW_COLON				0xFF1A	/* ： */
#define CP_FW_SEMICOLON			0xFF1B	/* ； */
#define CP_FW_QUESTION			0xFF1F	/* ？ */
#define CP_FW_TILDE				0xFF5E	/* ～ */
#define CP_FW_YEN				0xFFE5	/* ￥ */
#define CP_YEN					0x00A5	/* ¥ */
#define CP_NBSP					0x00A0
#define CP_FW_ZERO				0xFF10	/* ０ */
#define CP_FW_NINE				0xFF19	/* ９ */
#define CP_CJK_FIRST			0x3400	/* first CJK ideograph (extension A) */

#define CP_YI					0x4E00	/* 一 */
#define CP_YI_FIN				0x58F9	/* 壹 */
#define CP_SHI					0x5341	/* 十 */
#define CP_SHI_FIN				0x62FE	/* 拾 */
#define CP_BAI					0x767E	/* 百 */
#define CP_QIAN					0x5343	/* 千 */
#define CP_WU					0x4E94	/* 五 */
#define CP_BAN					0x534A	/* 半 */
#define CP_JI					0x51E0	/* 几 */
#define CP_GE					0x4E2A	/* 个 */
#define CP_ZHI					0x4E4B	/* 之 */
#define CP_FU					0x8D1F	/* 负 */
#define CP_NIAN					0x5E74	/* 年 */
#define CP_YUE					0x6708	/* 月 */
#define CP_RI					0x65E5	/* 日 */
#define CP_HAO					0x53F7	/* 号 */
#define CP_ZHI4					0x81F3	/* 至 */
#define CP_DAO					0x5230	/* 到 */
#define CP_DE					0x7684	/* 的 */
#define CP_DENG					0x7B49	/* 等 */
#define CP_HE					0x548C	/* 和 */
#define CP_YU3					0x4E0E	/* 与 */
#define CP_JI2					0x53CA	/* 及 */

/* ---------------------------------------------------------------------
 * Keyword tables (pd_metric_data.h, exported by pd_metric_lists.c)
 * --------------------------------------------------------------------- */

/* unit flags */
#define PU_PERCENT	0x01		/* % ‰ 成: share/growth-style units */
#define PU_TENTH	0x02		/* 成: value x 10, unit % */
#define PU_MULT		0x04		/* 倍 */
#define PU_POINT	0x08		/* 百分点 */
#define PU_YEAR		0x10		/* 年: a date after a 4-digit year, else years */
#define PU_EXCLUDE	0x20		/* not a quantity: date, ordinal, name (月 日 号 届 强 ...) */
#define PU_MONEY	0x40
#define PU_PERMILLE 0x80
#define PU_PHYS		0x100		/* a physical or time unit: 一吨 is a quantity, 一个 an article */
#define PU_SPAN		0x200		/* 年 个月 天 周: 近3年 is a period, not a quantity */

typedef struct PdUnitWord
{
	const char *word;			/* as written after the number */
	const char *unit;			/* normalised unit (NULL for PU_EXCLUDE) */
	unsigned	flags;
} PdUnitWord;

typedef struct PdQualWord
{
	const char *word;
	uint8_t		qual;			/* PdQualifier */
} PdQualWord;

#define PK_UP		1			/* an increase: growth_rate with % or 倍, else change */
#define PK_DOWN		2			/* a decrease: the value turns negative */
#define PK_CHANGE	3			/* always change (新增) */
#define PK_SHARE	4
#define PK_RATE		5			/* always growth_rate (增速, 增长率) */

typedef struct PdKindWord
{
	const char *word;
	uint8_t		what;			/* PK_* */
} PdKindWord;

/* Period words; the value is the year offset to the document's year. */
typedef struct PdPeriodWord
{
	const char *word;
	int8_t		rel;			/* 0 this year, -1 last year, ... */
	uint8_t		has_year;		/* rel is meaningful */
} PdPeriodWord;

#define PA_DISTRICT	1			/* 我区 全区: the county-level district, else the park */
#define PA_PARK		2			/* 园区 高新区: the park, else the district */
#define PA_CITY		3			/* 我市 全市: the city (county-level or prefecture) */
#define PA_ANY		4			/* 该区: whichever region or park was named last */
#define PA_ORG		5			/* 该研究院 该公司: the organisation named last */

typedef struct PdAnaphor
{
	const char *word;
	uint8_t		what;
	uint8_t		generic;		/* also an ordinary noun: only at a clause's start */
} PdAnaphor;

extern const PdUnitWord pd_unit_words[];
extern const size_t pd_n_unit_words;
extern const PdQualWord pd_qual_before[];
extern const size_t pd_n_qual_before;
extern const PdQualWord pd_qual_between[];
extern const size_t pd_n_qual_between;
extern const PdQualWord pd_qual_after[];
extern const size_t pd_n_qual_after;
extern const PdKindWord pd_kind_words[];
extern const size_t pd_n_kind_words;
extern const PdPeriodWord pd_period_words[];
extern const size_t pd_n_period_words;
extern const PdAnaphor pd_anaphora[];
extern const size_t pd_n_anaphora;

/* index of the unit word "%" and "‰" in pd_unit_words (百分之, 千分之) */
extern const PdUnitWord *pd_unit_percent;
extern const PdUnitWord *pd_unit_permille;

/* Plain word lists, matched by table_at / table_before. */
typedef enum PdList
{
	PL_UNIT_BLOCKERS = 0,		/* 人才 after 2.4亿: no unit 人 */
	PL_EXCL_BEFORE,				/* 第 每 前: ordinals and per-unit phrases */
	PL_CODE_WORDS,				/* 邮编 电话 ICP: codes follow */
	PL_PERIOD_OPENERS,			/* 截至 到 至 (tags OPEN_*) */
	PL_TO_VERBS,				/* 增 降 升 提 before 至 */
	PL_SPAN_OPENERS,			/* 近 过去 未来 (tag SPAN_FUTURE) */
	PL_SPAN_BEFORE,				/* 近3年: no quantity */
	PL_PLAN_TAIL,				/* “十三五”期间 (tags PLAN_*) */
	PL_YEAR_TAIL,				/* 2023年上半年 (tags YP_*) */
	PL_MONTH_PARTS,				/* 12月中旬 */
	PL_PLAN_NOUNS,				/* 全年计划: the plan, not the period */
	PL_BASE_WORDS,				/* 较 比 同比: a base of comparison follows */
	PL_TARGET_WORDS,			/* 力争 计划 将 (tags TW_*) */
	PL_TARGET_MASKS,			/* 将近 模拟 (tag: offset of the target word) */
	PL_BA_VERBS,				/* 将…打造成 */
	PL_ANAPHOR_LEAD,			/* 目前 今年: a generic anaphor still opens its clause */
	PL_GOVERNORS,				/* 为 向 在 落户 ...: a place after them is no subject */
	PL_NAME_BOUNDS,				/* 的 和 由 ...: where a company's name begins */
	PL_COMPANY_FORMS,			/* 有限公司 ... */
	PL_COMPANY_TRIM,			/* 科技: dropped from a company's short name */
	PL_MENTION_BLOCKERS,		/* 大学 路: a place name inside an organisation's */
	PL_SHARE_CUT,				/* 占全国: the base of a share */
	PL_EVENT_NOUNS,				/* 大会 论坛: 2024年…大会 is a name */
	PL_IND_LEAD,				/* stripped off the front of an indicator */
	PL_IND_TRAIL,				/* stripped off its end */
	PL_IND_VERBS,				/* 引进 集聚: the indicator is their object */
	PL_IND_STOPS,				/* end a noun phrase after the unit */
	PL_IND_HEADS,				/* 企业 项目: heads of such a noun phrase */
	PL_HELD_ADVERBS,			/* 已 均: 活动已举办30余场 */
	PL_COUNT
} PdList;

/* tags of PL_PERIOD_OPENERS */
#define OPEN_DEADLINE	1		/* 到: a deadline, hence a target when ahead */
#define OPEN_AFTER_VERB	2		/* 至: part of 增至 after PL_TO_VERBS */
/* tags of PL_SPAN_OPENERS */
#define SPAN_FUTURE		1		/* 未来五年: a plan */
/* tags of PL_PLAN_TAIL */
#define PLAN_WHOLE		1		/* 期间 时期: the five years */
#define PLAN_END		2		/* 末: the last year */
#define PLAN_START		3		/* 初: the first year */
#define PLAN_SINCE		4		/* 以来: from the first year on */
#define PLAN_MID		5		/* 中期 */
/* tags of PL_YEAR_TAIL */
#define YP_H1			1		/* 上半年 */
#define YP_H2			2		/* 下半年 */
#define YP_Q1_3			3		/* 前三季度 */
#define YP_Q1			4
#define YP_Q2			5
#define YP_Q3			6
#define YP_Q4			7
#define YP_YEAR			8		/* 年度 */
#define YP_END			9		/* 末 底: the year's last day */
#define YP_START		10		/* 初 */
#define YP_SINCE		11		/* 以来 */
/* tags of PL_TARGET_WORDS */
#define TW_NOUN			1		/* 计划 目标: a noun before 的 or a clause mark */
#define TW_BA			2		/* 将: also the object marker (PL_BA_VERBS) */

typedef struct PdWordList
{
	const char *const *words;
	size_t		n;
	const uint8_t *tags;		/* one per word, or NULL */
} PdWordList;

extern const PdWordList pd_lists[PL_COUNT];

/* the tag of word idx of list l (0 for lists without tags) */
static inline int
list_tag(PdList l, size_t idx)
{
	return pd_lists[l].tags ? pd_lists[l].tags[idx] : 0;
}

/* ---------------------------------------------------------------------
 * The sentence window and the document state
 * --------------------------------------------------------------------- */

typedef struct Mention
{
	int			start;			/* character index in the sentence */
	int			end;
	const PdGazEntry *entry;	/* what it names (NULL: unresolved anaphor) */
	int			subject_ok;		/* may be a figure's subject */
	const PdGazEntry *topic;	/* document topic after this mention */
} Mention;

typedef struct Period
{
	int			start;
	int			end;
	int			year;
	int			target;			/* 到2025年: points to the future */
	int			base;			/* 较“十二五”末: a base of comparison */
} Period;

/* A quantity read by read_number. */
typedef struct Candidate
{
	int			start;			/* raw start (qualifier included) */
	int			nstart;			/* numeral start */
	int			nend;			/* numeral end */
	int			end;			/* raw end */
	const PdUnitWord *unit;
	PdQualifier qual;
	int			extra_scale;	/* 余万: index of the scale character, or -1 */
	int			percent_of;		/* 百分之: 1, 千分之: 2 */
	int			half;			/* 两米半: add one half */
	int			negative;		/* 负3, -3 */
	const char *symbol_unit;	/* ￥300, $20 */
	const PdUnitWord *per;		/* 2.5万元/平方米: the unit after the slash */
} Candidate;

struct PdMetricWork
{
	/* the sentence window */
	uint32_t	cp[PD_METRIC_SENTENCE_MAX + 1];
	size_t		off[PD_METRIC_SENTENCE_MAX + 2];
	uint8_t		fl[PD_METRIC_SENTENCE_MAX + 1];
	uint8_t		cls[PD_METRIC_SENTENCE_MAX + 1];	/* PdNumClass of cp[] */
	int			n;
	size_t		char_base;		/* code points before the sentence */

	Mention		mentions[MAX_MENTIONS];
	int			nmentions;
	Period		periods[MAX_PERIODS];
	int			nperiods;
	int			target_at;		/* first target word, or n */
	int			range_next;		/* start of a range's upper end (2-3家), or -1 */

	/* document state */
	const char *doc;
	size_t		len;
	int			doc_year;
	int			metric_no;
	const PdGazEntry *last_county;
	const PdGazEntry *last_park;
	const PdGazEntry *last_city;
	const PdGazEntry *last_org;
	const PdGazEntry *topic;	/* last county or park named */
	const char *seen[SEEN_CODES];	/* codes named in full */
	int			nseen;

	/* companies named in the text (not in the gazetteer), a small ring */
	PdGazEntry	company[COMPANIES];
	char		company_name[COMPANIES][COMPANY_MAX];
	int			ncompany;

	/* scratch, not cleared per document */
	char		unitbuf[64];
	char		numbuf[VALUE_MAX];
	char		value[VALUE_MAX];
};

/* ---------------------------------------------------------------------
 * Character classes
 * --------------------------------------------------------------------- */

/* BMP code points of some numeral class other than NONE (pd_metric_scan.c) */
extern uint8_t pd_numeric_bmp[0x10000 / 8];

static inline PdNumClass
ncls(uint32_t c)
{
	int			v;

	if (c < 0x10000 && !((pd_numeric_bmp[c >> 3] >> (c & 7)) & 1))
		return PD_NC_NONE;
	return pd_numeral_class(c, &v);
}

static inline PdNumClass
wcls(const PdMetricWork *w, int i)
{
	return (PdNumClass) w->cls[i];
}

static inline int
is_adigit(uint32_t c)
{
	return (c >= '0' && c <= '9') || (c >= CP_FW_ZERO && c <= CP_FW_NINE);
}

static inline int
is_cdigit(uint32_t c)
{
	PdNumClass	k = ncls(c);

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

extern int	is_sentence_end(uint32_t c);
extern int	is_closer(uint32_t c);
extern int	is_clause_punct(uint32_t c);

/* ---------------------------------------------------------------------
 * Word matching (pd_metric_scan.c)
 * --------------------------------------------------------------------- */

/* first-character bit sets of the per-character scans */
#define FC_GAZ		0			/* first characters of gazetteer names */
#define FC_GAZ2		1			/* their second characters */
#define FC_ANAPHOR	2
#define FC_PERIOD	3
#define FC_TARGET	4
#define FC_UNIT		5			/* first characters of unit words */
#define FC_KIND_LAST 6			/* last characters of kind words */
#define FC_ANAPHOR2	7			/* second characters of anaphora */
#define FC_TABLES	8

extern uint8_t pd_fc[FC_TABLES][0x10000 / 8];

static inline int
fc_has(int t, uint32_t c)
{
	return c >= 0x10000 || ((pd_fc[t][c >> 3] >> (c & 7)) & 1);
}

extern void fc_set(int t, const char *word, int nth);
extern uint32_t first_cp(const char *word);
extern int	word_chars(const char *word);

extern void pd_metric_init(void);
extern void pd_metric_scan_init(void);
extern void pd_metric_place_init(void);
extern void pd_metric_time_init(void);
extern void pd_metric_number_init(void);
extern void pd_metric_kind_init(void);
extern void pd_metric_status_init(void);

extern int	word_at(const PdMetricWork *w, int i, const char *word);
extern int	word_before(const PdMetricWork *w, int i, const char *word);
extern int	table_at(const PdMetricWork *w, int i, PdList l, size_t *idx);
extern int	table_before(const PdMetricWork *w, int i, PdList l);

/* ---------------------------------------------------------------------
 * The scans of a sentence, in the order pd_metric.c runs them
 * --------------------------------------------------------------------- */

/* pd_metric_place.c */
extern void scan_mentions(PdMetricWork *w);
extern int	mention_subject_ok(const PdMetricWork *w, int i);

/* pd_metric_subject.c */
extern const PdGazEntry *subject_for(const PdMetricWork *w, int i,
									 const PdGazEntry *topic0);

/* pd_metric_time.c */
extern void scan_doc_year(PdMetricWork *w);
extern void scan_periods(PdMetricWork *w);
extern const Period *period_for(const PdMetricWork *w, int i);

/* pd_metric_status.c */
extern void scan_targets(PdMetricWork *w);

/* pd_metric_number.c */
extern int	read_number(PdMetricWork *w, int i, Candidate *c, int *ok);
extern int	make_value(PdMetricWork *w, const Candidate *c, int negative);
extern int	qual_before(const PdMetricWork *w, int i, PdQualifier *q);

/* pd_metric_kind.c */
extern PdMetricKind figure_kind(const PdMetricWork *w, Candidate *c, int lo,
								int *negative);

/* pd_metric_indicator.c */
typedef struct IndicatorState
{
	int			prev_ia;		/* indicator of the figure before */
	int			prev_ib;
	const PdUnitWord *prev_unit;
	int			money_ia;		/* indicator of the last amount of money */
	int			money_ib;
} IndicatorState;

extern void figure_indicator(const PdMetricWork *w, const Candidate *c,
							 PdMetricKind kind, int lo,
							 const IndicatorState *st, int *ia, int *ib);

#endif							/* PD_METRIC_INT_H */
