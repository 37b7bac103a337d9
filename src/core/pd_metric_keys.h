/*-------------------------------------------------------------------------
 *
 * pd_metric_keys.h
 *	  Code points and keyword tables of the metric extractor: the characters
 *	  its scanners test one by one, and the word lists of pd_metric_data.h
 *	  (exported by pd_metric_lists.c) with their flags.  Included by
 *	  pd_metric_int.h only.
 *
 * No PostgreSQL headers.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_keys.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_METRIC_KEYS_H
#define PD_METRIC_KEYS_H

#include <stddef.h>
#include <stdint.h>

#include "pd_fold.h"
#include "pd_metric.h"
#include "pd_numeral.h"

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
#define CP_CJK_LAST				0x9FFF	/* last CJK unified ideograph */

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
#define CP_BI					0x6BD4	/* 比 */
#define CP_JIAO					0x8F83	/* 较 (較 folded) */
#define CP_SHU					0x6570	/* 数 (數 folded) */

/* 前10个月, 首8个月: the first months of a year begin with these */
static inline int
is_first_months_lead(uint32_t c)
{
	return c == CP_QIAN_FRONT || c == CP_SHOU;
}

/* ---------------------------------------------------------------------
 * Words the rules test one by one (word_at); words tested as alternatives
 * are lists (PdList below)
 * --------------------------------------------------------------------- */
#define W_PERCENT_OF	"百分之"	/* 百分之五十: 50% */
#define W_PERMILLE_OF	"千分之"	/* 千分之三: 0.3% */
#define W_FRACTION_OF	"分之"		/* 三分之一 */
#define W_SHARE_OF		"占"		/* 占人才总数的52%: a share of what came before */
#define W_TARGET		"目标"		/* “…达到3%以上”目标 */
#define W_MONTHS		"个月"		/* 过去12个月, 前10个月 */
#define W_MONTHS_AGO	"月前"		/* 3个月前: no month */
#define W_MONTH_OF		"份"		/* 5月份 */
#define W_RUNNING		"连续"		/* 連續第4季: a count of quarters */
#define W_PLAN			"规划"		/* “十四五”规划: the plan, not its years */
#define W_SINCE			"以来"		/* 2019年以来 */
#define W_FOR_EXAMPLE	"为例"		/* 以2020年为例: no base */
#define W_THIS_FISCAL	"本年度"	/* the fiscal year the text named */
#define W_CUMULATIVE	"累计"		/* 今年累计 after the date a report runs to */

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
extern const PdUnitWord *pd_unit_day;	/* 日 after a decimal: 平均逗留1.6日 */
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
	PL_COMPARE_LEADS,			/* 较 比 opening an indicator: no indicator */
	PL_SCORE_TAILS,				/* 以上 左右 after 分: a score */
	PL_FORECAST_VERBS,			/* 预估 预测 after a date: when a forecast was made */
	PL_FISCAL_TAILS,			/* 财政年度 财年 after 2023/24 */
	PL_SAME_YEAR,				/* 当年 同年: the year a 以来 period began */
	PL_MONTH_ENDS,				/* 底 末 after a month: its last day */
	PL_FISCAL_CURRENT,			/* 本财政年度 本财年: the current fiscal year */
	PL_BUDGET_BILLS,			/* 总预算 预算案 after a fiscal year */
	PL_PLAN_ADDRESSES,			/* 施政报告 after a year ahead */
	PL_BUDGET_BREAKDOWNS,		/* 概算 政事别: the budget broken down */
	PL_FORECAST_NOUNS,			/* 预测 预估 预期 named as values */
	PL_FORMER_LEVELS,			/* 原本的 原来的: the level a change starts from */
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
	PL_YIELD_WORDS,			/* 可创造 可带动: a project's planned outcome */
	PL_DISTRIBUTORS,			/* 分别 依次: a list of places over a list of figures */
	PL_BETWEEN_STOPS,			/* 各 内: no customs area's name (天津市各综保区) */
	PL_PART_HEADS,				/* 园区 片区: a part of a park after its name */
	PL_PART_NOT,				/* 公园 家园: no such part */
	PL_CUT_VERBS,				/* 删除 删去: a cut, looked for to the clause's start */
	PL_NARROW_WORDS,			/* 收窄 扩大: a decline or a rise changing */
	PL_FALLING_RATES,			/* 降幅 跌幅 */
	PL_RISING_RATES,			/* 增幅 涨幅 */
	PL_PART_OF_MARKS,			/* 中的: the figure before is the whole */
	PL_DRAG_VERBS,				/* 拉低 拖累: before the growth they pull down */
	PL_ROC_YEAR_NOUNS,			/* 115年科技预算: a Republic year */
	PL_ROC_FROM,				/* 由113年的: a Republic year despite 的 */
	PL_SPEECH_VERBS,			/* 两人指出: the people named, no count */
	PL_COUNT_NOUNS,				/* 人数: 人数十万 is no vague 数十万 */
	PL_LATIN_INDICATORS,		/* GDP: 完成GDP872.93亿元 is no model number */
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

#endif							/* PD_METRIC_KEYS_H */
