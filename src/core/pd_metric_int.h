/*-------------------------------------------------------------------------
 *
 * pd_metric_int.h
 *	  Internal interface of the metric extractor, shared by its files:
 *
 *	  pd_metric.c			sentence windows, the driver, one sentence's figures
 *	  pd_metric_scan.c		word matching over the window, first-character filters
 *	  pd_metric_lists.c		the keyword tables (pd_metric_data.h) as word lists
 *	  pd_metric_place.c		gazetteer, place mentions, anaphora, companies
 *	  pd_metric_place_role.c	what a place is there for: dateline, origin
 *	  pd_metric_place_kind.c	parks by kind (typed anaphora), zones named by region
 *	  pd_metric_place_doc.c	the document's own region, named only by 全省; doc_has
 *	  pd_metric_subject.c	the subject of a figure
 *	  pd_metric_time.c		time expressions and the document's date
 *	  pd_metric_time_date.c	the calendar: dates, months, years as numbers
 *	  pd_metric_time_figure.c	the period and dates of one figure
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

#include "pd_fold.h"
#include "pd_metric.h"
#include "pd_numeral.h"
#include "pd_gazetteer_data.h"

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

/* ---------------------------------------------------------------------
 * Code points the scanners test one by one (numeral characters: the names
 * of pd_chars.h, where each is defined once)
 * --------------------------------------------------------------------- */
#define CP_IDEOGRAPHIC_COMMA	0x3001	/* 、 */
#define CP_WEI					0x59D4	/* 委 */
#define CP_SHI4					0x5E02	/* 市 */
#define CP_XIAN					0x53BF	/* 县 */
#define CP_FULL_STOP			0x3002	/* 。 */
#define CP_IDEOGRAPHIC_SPACE	PD_CP_IDEO_SPACE
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
#define CP_MINUS				PD_CP_MINUS	/* − */
#define CP_FW_EXCLAM			0xFF01	/* ！ */
#define CP_FW_DOLLAR			0xFF04	/* ＄ */
#define CP_FW_LPAREN			0xFF08	/* （ */
#define CP_FW_RPAREN			0xFF09	/* ） */
#define CP_FW_PLUS				PD_CP_FW_PLUS	/* ＋ */
#define CP_FW_COMMA				PD_CP_FW_COMMA	/* ， */
#define CP_FW_HYPHEN			PD_CP_FW_MINUS	/* － */
#define CP_FW_SLASH				PD_CP_FW_SLASH	/* ／ */
#define CP_FW_POINT				PD_CP_FW_POINT	/* ． */
#define CP_FW_COLON				0xFF1A	/* ： */
#define CP_FW_SEMICOLON			0xFF1B	/* ； */
#define CP_FW_QUESTION			0xFF1F	/* ？ */
#define CP_FW_TILDE				0xFF5E	/* ～ */
#define CP_FW_YEN				PD_CP_FW_YEN	/* ￥ */
#define CP_YEN					PD_CP_YEN	/* ¥ */
#define CP_NBSP					PD_CP_NBSP
#define CP_FW_ZERO				PD_CP_FW_DIGIT_0	/* ０ */
#define CP_FW_NINE				PD_CP_FW_DIGIT_9	/* ９ */
#define CP_CJK_FIRST			0x3400	/* first CJK ideograph (extension A) */

#define CP_YI					PD_CP_YI	/* 一 */
#define CP_YI_FIN				PD_CP_YI_CAP	/* 壹 */
#define CP_SHI					PD_CP_SHI	/* 十 */
#define CP_SHI_FIN				PD_CP_SHI_CAP	/* 拾 */
#define CP_BAI					PD_CP_BAI	/* 百 */
#define CP_QIAN					PD_CP_QIAN	/* 千 */
#define CP_WAN					PD_CP_WAN	/* 万 */
#define CP_WU					PD_CP_WU	/* 五 */
#define CP_ALREADY				0x5DF2	/* 已 */
#define CP_SHI_TIME				0x65F6	/* 时 */
#define CP_MEI					0x6BCF	/* 每 */
#define CP_MO_END				0x672B	/* 末 */
#define CP_WEI_BE				0x4E3A	/* 为 (為 folded) */
#define CP_SHI_BE				0x662F	/* 是 */
#define CP_DI_BOTTOM			0x5E95	/* 底 */
#define CP_BAN					0x534A	/* 半 */
#define CP_JI					0x51E0	/* 几 */
#define CP_DU					0x5EA6	/* 度 */
#define CP_GE					0x4E2A	/* 个 */
#define CP_ZHI					PD_CP_ZHI	/* 之 */
#define CP_FU					PD_CP_FU	/* 负 */
#define CP_NIAN					0x5E74	/* 年 */
#define CP_YUE					0x6708	/* 月 */
#define CP_RI					0x65E5	/* 日 */
#define CP_HAO					0x53F7	/* 号 */
#define CP_ZHI4					0x81F3	/* 至 */
#define CP_SHAO3				0x5C11	/* 少 (至少) */
#define CP_DAO					0x5230	/* 到 */
#define CP_PO4					0x7834	/* 破 */
#define CP_YOU					0x7531	/* 由 */
#define CP_CONG					0x4ECE	/* 从 */
#define CP_YU2					0x4E8E	/* 于 (於 folded) */
#define CP_LE					0x4E86	/* 了 */
#define CP_DE					0x7684	/* 的 */
#define CP_DENG					0x7B49	/* 等 */
#define CP_HE					0x548C	/* 和 */
#define CP_YU3					0x4E0E	/* 与 */
#define CP_JI2					0x53CA	/* 及 */
#define CP_QIAN_FRONT			0x524D	/* 前 */
#define CP_SHOU					0x9996	/* 首 */

/* 前10个月, 首8个月: the first months of a year begin with these */
static inline int
is_first_months_lead(uint32_t c)
{
	return c == CP_QIAN_FRONT || c == CP_SHOU;
}

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
#define PU_DEGREE	0x400		/* 度: 千瓦时 after a scale word (6.42亿度) */
#define PU_RANKABLE	0x800		/* 位: a rank after 前移, 位次 */
#define PU_SCORE	0x1000		/* 分: a score after Arabic digits, not 十分 or 9时30分 */
#define PU_KILO		0x2000		/* MW: the value in thousands of the unit named (千瓦) */

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
#define PK_SKIP		6			/* a noun that only looks like a kind word (下修值): read on */

typedef struct PdKindWord
{
	const char *word;
	uint8_t		what;			/* PK_* */
} PdKindWord;

/* where a period word takes its year from */
#define YS_NONE		0			/* nowhere: 近年来 */
#define YS_DOC		1			/* the document's date: 今年, 去年 */
#define YS_CTX		2			/* the year written before, else the document's: 全年 */
#define YS_NOW		3			/* a stock at the document's date: 目前 */
#define YS_SAME		4			/* the period the text is about, shifted: 去年同期 */
#define YS_PAST		5			/* the year written before, else the document's last: 过去一年 */
#define YS_DAY		6			/* a day: the document's date shifted by rel days (昨日) */
#define YS_PREV		7			/* the year before the one written before, else the document's last: 上年 */

/* Period words: 今年, 上半年, 目前 ... */
typedef struct PdPeriodWord
{
	const char *word;
	int8_t		rel;			/* year offset: 0 this year, -1 last year, ... */
	uint8_t		ysrc;			/* YS_* */
	uint8_t		part;			/* YP_*: the part of the year, 0 none */
} PdPeriodWord;

#define PA_DISTRICT	1			/* 我区 全区: the county-level district, else the park */
#define PA_PARK		2			/* 园区 高新区: the park, else the district */
#define PA_CITY		3			/* 我市 全市: the city (county-level or prefecture) */
#define PA_ANY		4			/* 该区: whichever region or park was named last */
#define PA_ORG		5			/* 该研究院 该公司: the organisation named last */
#define PA_COUNTY	6			/* 全县 我县: the county */
#define PA_PROVINCE	7			/* 全省 我省: the province */
#define PA_TAIWAN	8			/* 国科会 经济部: Taiwan, in a Traditional text */
#define PA_HK		9			/* 本港 政府统计处 财政司司长: Hong Kong */
#define PA_MACAU	10			/* 本澳 统计暨普查局: Macau */
#define PA_FTZ		11			/* 自贸区: the free trade zone named last, else the park */
#define PA_HITECH	12			/* 高新区: the high-tech zone named last, else the park */
#define PA_ETDZ		13			/* 经开区: the development zone named last, else the park */
#define PA_NEW_AREA	14			/* 新区: the new area named last */
#define PA_TAIWAN_SHARED 15		/* 财政部: Taiwan's in a Traditional text, unless
								 * the mainland's (大陆财政部, 人民币) */

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
extern const char *const *pd_currency_before_units;	/* PL_CURRENCY_BEFORE's units */
extern const PdUnitWord *pd_unit_permille;
extern const PdUnitWord *pd_unit_count;	/* 个, for 三市 after a list of three */
extern const PdUnitWord *pd_unit_month;	/* 个月, for 1年4个月 */
extern const PdUnitWord *pd_unit_kwh;	/* 千瓦时, for 亿度 */

/* Plain word lists, matched by table_at / table_before. */
typedef enum PdList
{
	PL_UNIT_BLOCKERS = 0,		/* 人才 after 2.4亿: no unit 人 */
	PL_EXCL_BEFORE,				/* 第 每 前: ordinals and per-unit phrases */
	PL_CODE_WORDS,				/* 邮编 电话 ICP: codes follow */
	PL_PERIOD_OPENERS,			/* 截至 到 至 (tags OPEN_*) */
	PL_TO_VERBS,				/* 增 降 升 提 before 至 */
	PL_SPAN_OPENERS,			/* 近 过去 未来 (tags SPAN_FUTURE, SPAN_PAST) */
	PL_SPAN_BEFORE,				/* 近3年: no quantity */
	PL_PLAN_TAIL,				/* “十三五”期间 (tags PLAN_*) */
	PL_YEAR_TAIL,				/* 2023年上半年 (tags YP_*) */
	PL_MONTH_PARTS,				/* 12月中旬 */
	PL_PLAN_NOUNS,				/* 全年计划: the plan, not the period */
	PL_BASE_WORDS,				/* 较 比 同比: a base of comparison follows */
	PL_BASE_AFTER,				/* 的基础上: a base of comparison before */
	PL_CUMULATIVE,				/* 累计: a stock at the end of its period */
	PL_PERIOD_END,				/* 期末: likewise, also in a period of its own */
	PL_PRESENT,					/* 已有 现有: a stock at the document's date */
	PL_SINCE_OPENERS,			/* 自 从: 自2013年9月…以来 */
	PL_EVENT_VERBS,				/* 于1984年获批: a date of an event, no period */
	PL_RUNNING,					/* 连续: a duration ending with its period */
	PL_DURATION_BEFORE,			/* 近30年: a duration, not a Republic year */
	PL_DURATION_AFTER,			/* 30年来 */
	PL_ROC_BEFORE,				/* 民国 */
	PL_TARGET_WORDS,			/* 力争 计划 将 (tags TW_*) */
	PL_TARGET_MASKS,			/* 将近 模拟 (tag: offset of the target word) */
	PL_PLAN_NOUN_AFTER,			/* 计划的, 规划司: a TW_NOUN word is a noun */
	PL_BA_VERBS,				/* 将…打造成 */
	PL_ANAPHOR_LEAD,			/* 目前 今年: a generic anaphor still opens its clause */
	PL_RESTATE_LEAD,			/* 这 上述 + a figure: a paragraph restating one */
	PL_GOVERNORS,				/* 为 向 在 落户 ...: a place after them is no subject */
	PL_DATELINE,				/* 新华社 中新社: a place after them is a dateline */
	PL_BREAKDOWN,				/* 其中 分地区看: the places after are parts */
	PL_ORIGIN_NOUNS,			/* 旅客 游客: the place before is where they come from */
	PL_PARTNER_WORDS,			/* 接单地区 地区别: the places after are trade partners */
	PL_ZONE_COUNTERS,			/* 个 家: 四个国家级高新区 after a list of places */
	PL_ZONE_LEVELS,				/* 国家级 省级: between the count and the kind */
	PL_ZONE_NOUNS,				/* 高新区 科学园区: the kind of the zones counted */
	PL_PARK_MARKS,				/* 自由贸易试验区: a park's kind in its name (tags PA_*) */
	PL_ZONE_SHORTS,				/* 开发区 after a region: its 经济技术开发区 */
	PL_GENERIC_BEFORE,			/* 中国 全国 各 个: 中国自贸试验区 is the kind in general */
	PL_ORGAN_WORDS,				/* 委 政府: 县委 is no county 和县 */
	PL_MAINLAND_MARKS,			/* 大陆 中国: 大陆财政部 is the mainland's */
	PL_NATION_BRACKET,			/* 全国平均水平（12.3%）: a national figure */
	PL_ANAPHOR_CROSS,			/* 市场: 资本市场 holds no anaphor 本市 */
	PL_PLACE_COUNTS,			/* 市州 县区: 4个市州 counts parts (tag: their level) */
	PL_PLACE_LIST_HEADS,		/* 市 省: 郑州、洛阳、新乡三市 counts the places listed */
	PL_PARK_WRITTEN,			/* 工业园区 综保区: a region's park, named as written */
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
	PL_IND_KEEP,				/* 有效 投资总额: no lead, no verb inside them */
	PL_SHARE_WORDS,				/* 比重 占比: not an indicator on their own */
	PL_IND_HEADS,				/* 企业 项目: heads of such a noun phrase */
	PL_IND_PREDICATES,			/* 增幅 名义 保持: no indicator on their own */
	PL_IND_ASIDES,				/* 受…影响: an aside inside an indicator */
	PL_ASIDE_ENDS,				/* 影响 而: where such an aside ends */
	PL_HELD_ADVERBS,			/* 已 均: 活动已举办30余场 */
	PL_NAME_UNITS,				/* 三次会议, 两位数: a name at the unit */
	PL_RANK_WORDS,				/* 前移7位 */
	PL_CLASS_AFTER,				/* 500万元的企业: a class, not a figure */
	PL_SPAN_AFTER,				/* 两年平均 */
	PL_CLASS_NOUNS,				/* 以上 + 企业: a class threshold */
	PL_INDEX_WORDS,				/* 指数 + a bare number: an index level */
	PL_LIST_MARKS,				/* 和 及 与: between the items of a list */
	PL_KIND_AFTER,				/* 48.85%成长率: a growth rate */
	PL_PARK_WORDS,				/* 科學園區: a document naming them reads 中科 */
	PL_PARK_HEADS,				/* 园区 管理局: 中科园区 names a park */
	PL_PARK_BLOCKERS,			/* 院 大: 中科院 is no park */
	PL_PARK_KINDS,				/* 高新区 经济开发区 after a region's name */
	PL_EFFECT_VERBS,			/* 预计可创造: a project's yield, a target */
	PL_RECORD_AFTER,			/* 2019年以来再度…, 以来新高: a record, no period */
	PL_ANNUAL,					/* 年均: a yearly average over the years since a base */
	PL_EVERY_YEAR,				/* 每年: a standing yearly amount, no period */
	PL_CURRENCY_BEFORE,			/* 新台币4.76兆元: the currency before */
	PL_SAME_BELOW,				/* （澳門元，下同）: it holds from here on */
	PL_TIMEFRAME_AFTER,			/* 三年内 两年前: a time frame */
	PL_SPAN_VERBS,				/* 连续 历时: 历时2年多 is a duration */
	PL_FLOW_BEFORE,				/* 新增就业2598人: a flow of its own */
	PL_FLOW_AFTER,				/* 增加2万个就业机会 */
	PL_KIND_AFTER_DOWN,			/* 1.0%的实质跌幅: a fall */
	PL_UNIT_UNBLOCKERS,			/* 5家园区: 家 despite 家园 */
	PL_BASE_NOUNS,				/* 较114年度法定预算数277.27亿元: the base's figure */
	PL_COMPARE_OPEN,			/* 和 与: 和2023年…相比 */
	PL_COMPARE_CLOSE,			/* 相比 相较: closes it */
	PL_ESTIMATE_NOTES,			/* （预计数，下同）: the figure before is an estimate */
	PL_BASE_MARKS,				/* 基数: 去年同期…基数较高, a base */
	PL_COMPAR_DOWN,				/* 比上年少300人: a fall right before the number */
	PL_COMPAR_UP,				/* 较去年多258亿元: a rise, the same way */
	PL_COMPAR_NOT,				/* 至少 最低: no such fall */
	PL_COMPAR_MARKS,			/* 比 较 则 却: the comparison before it */
	PL_COUNT,
	/* the words of the struct tables, indexed like the lists */
	PL_S_UNITS = PL_COUNT,		/* pd_unit_words */
	PL_S_QUAL_BEFORE,			/* pd_qual_before */
	PL_S_QUAL_BETWEEN,			/* pd_qual_between */
	PL_S_QUAL_AFTER,			/* pd_qual_after */
	PL_S_KINDS,					/* pd_kind_words */
	PL_S_PERIODS,				/* pd_period_words */
	PL_S_ANAPHORA,				/* pd_anaphora */
	PL_ALL
} PdList;

/* tags of PL_PERIOD_OPENERS */
#define OPEN_DEADLINE	1		/* 到: a deadline, hence a target when ahead */
#define OPEN_AFTER_VERB	2		/* 至: part of 增至 after PL_TO_VERBS */
/* tags of PL_SPAN_OPENERS */
#define SPAN_FUTURE		1		/* 未来五年: a plan */
#define SPAN_PAST		2		/* 过去一年: the year reviewed, early in the next */
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
#define TW_ESTIMATE		3		/* 预计 有望: an estimate unless the period is ahead */
#define TW_PROSPECT		4		/* 建成后 投产后: a project's yield, a target */

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
extern int	months_at(const PdMetricWork *w, int i, int *end);
extern int	unit_at(const PdMetricWork *w, int i, const PdUnitWord **u);
extern int	qual_word(const PdMetricWork *w, int i, PdList l,
					  const PdQualWord *tab, PdQualifier *q);
extern int	qual_before(const PdMetricWork *w, int i, PdQualifier *q);
extern int	glued(const PdMetricWork *w, int i, int j);
extern int	glued_before(const PdMetricWork *w, int i, int is_upper);
extern int	after_code_word(const PdMetricWork *w, int i);
extern int	is_range_conn(uint32_t c);
extern const PdUnitWord *range_at(const PdMetricWork *w, int i, int j);

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
