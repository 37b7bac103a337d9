/*-------------------------------------------------------------------------
 *
 * pd_metric_catalog_words.h
 *	  The word tables of the indicator catalog matcher: what is cut from a
 *	  phrase's end, what may follow an indicator, what a breakdown names,
 *	  and the units of each dimension.  Included by pd_metric_catalog.c
 *	  only, which decodes them once per catalog.  Simplified forms (the
 *	  matcher folds Traditional text to Simplified before it compares).
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_catalog_words.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_METRIC_CATALOG_WORDS_H
#define PD_METRIC_CATALOG_WORDS_H

#include "pd_metric_catalog.h"	/* PD_DIM_COUNT_ */

/*
 * Words between an indicator and its number, cut from the end of a phrase
 * (repeatedly): verbs, comparisons, adverbs (地区生产总值同比增长 ->
 * 地区生产总值).  Folded forms.
 */
static const char *const predicate_words[] = {
	"为", "达", "达到", "达到了", "已达", "已达到", "已", "实现", "完成", "突破",
	"超过", "超", "逾", "约", "约为", "近", "逼", "逼近", "将", "将达", "可望",
	"落在", "可望落在",			/* 營業額可望落在8000億至8500億元 */
	"有望", "预计", "共", "共计", "累计", "是", "有", "高达", "增长", "增长了",
	"增加", "增加了", "减少", "下降", "提高", "降低", "成长", "衰退", "年增", "增",
	"减", "降", "升", "扬升", "上升", "下滑", "大增", "大幅", "分别", "依次", "则",
	"亦", "也", "均", "仍", "再", "继续", "持续", "同比", "同期", "比上年",
	"比上年同期", "较上年", "较上年同期", "较去年", "较去年同期", "较前年", "较",
	"上年同月", "较上年同月", "比上年同月", "较上月", "环比", "贡献", "攀升", "攀升至",
	"比", "首次", "首度", "实际", "实质", "名义", "按年", "按季", "两年平均", "年均",
	"平均", "在", "的", "去年", "今年", "全年", "上年", "前年",
	"了", "于", "至", "到", ":", ",",
	/* falls and rises in the words of price and trade releases */
	"下跌", "上涨", "回落", "回升", "保持", "保持在", "跌", "涨", "月增", "月减",
	"季增", "季减",
	/* Hong Kong and Macau releases (本地生產總值錄得實質增長, 經濟倒退) */
	"录得", "倒退", "收缩", "继",
	/* a target or an estimate said between the indicator and its number */
	"目标", "预期目标", "估计", "保守估计", "预估", "可达", "上看",
	/* the currency said before the number (营业额合计新台币2兆元) */
	"新台币", "人民币", "港币",
	/* revisions, forecasts and first estimates (經濟成長率修正為, 上修至,
	 * 初步統計為, 地区生产总值初步测算为, 按可比价格计算) */
	"修正", "修正为", "调高", "调高至", "调升", "调升至", "调降", "调降至", "上修",
	"上修至", "下修", "下修至", "预测", "预测为", "预估为", "概估", "概估为",
	"初步统计", "初步统计为", "初步测算", "初步测算为", "初步核算", "初步核算为",
	"按可比价格", "按可比价格计算", "按可比价", "按可比价计算", "可望达", "可望达到",
	"预测值", "预估值",
	"计",						/* 投入研究发展经费计4,591亿元 */
	/* records and adverbs said between an indicator and its number
	 * (就業人數同樣創下新高，達…, 營業額更較去年同期暴增, 經濟成長率至少有5%,
	 * 实际投资又增长) */
	"创新高", "创下新高", "再创新高", "创历史新高", "创历年新高", "同样", "暴增",
	/* ... and where the span ends before 高达 (创下新|高达) */
	"创下新", "再创新", "创历史新", "创历年新",
	"更", "又", "至少", "至少有", "已逾",
	/* adverbs of a share's wording (研發總開支目前只佔本地生產總值的0.76%) */
	"目前", "只", "仅",
	/* slight moves and first figures (失業率按年微升0.1個百分點, 較上月微降;
	 * 本地生產總值初值為…) */
	"微升", "微降", "微跌", "微增", "微减", "初值", "初值为",
	/* most forecasts lie at (經濟成長率多在3.5%以上) */
	"多在",
	/* a deal's verb before its count (专利技术合同共成交1537项) */
	"成交", "共成交",
	/* ranges and thresholds of release wording (出口值将介于496亿至525亿美元
	 * 之间, 营业额继去年站稳1兆元, 出口连续三个月站上600亿美元) */
	"介于", "站稳", "站上",
	/* the pace of a growth rate said before it (增速放缓至4.8%, 实质收缩,
	 * 增幅回落至, 降幅收窄): the rate is still the indicator's */
	"放缓", "放缓至", "趋缓", "减缓", "加快", "加快至", "回落至", "回升至", "升至",
	"降至", "收窄", "收窄至",
	/* ... in Hong Kong's words (經濟增長將放慢至3%, 增長減慢至0.5%,
	 * 全年經濟增長預料為5.8%) */
	"放慢", "放慢至", "减慢", "减慢至", "预料", "预料为",
	/* ... and adverbs of manner (溫和增長, 強勁增長, 按年顯著增長, 進一步上升,
	 * 明顯放緩) */
	"温和", "强劲", "显著", "明显", "进一步",
	/* a target held to a bound (城镇调查失业率控制在5.5%左右, 稳定在) */
	"控制在", "控制", "稳定在"
};

/*
 * Measure words an indicator may be followed by (高新技术企业总数,
 * 营业额成长率): the synonym may end before them.
 */
static const char *const measure_words[] = {
	"数", "数量", "总数", "总量", "总额", "合计", "总计", "规模", "增速", "增幅",
	"增长率", "成长率", "年增率", "占比", "存量", "涨幅", "总值", "拥有量", "拥有数",
	/* the rates and forecasts of Taiwan's and Hong Kong's releases
	 * (海關出口值變動率, 研發總開支升幅, 經濟成長率預測值) */
	"变动率", "升幅", "跌幅", "预测值", "预估值", "数目",
	"成长幅度", "增长幅度",		/* 營業額增加233.6億元，成長幅度達30.54% */
	"高点"						/* 全年出口高点4794.2亿美元 */
};

/*
 * The amount of an indicator (合同利用外资额, 实际利用外资金额): the form may
 * end before them too, but a phrase ending so still names a measure of its
 * own (零售业销售额 is no part of the revenue before).
 */
static const char *const amount_words[] = {
	"额", "金额"
};

/*
 * Forms that name their indicator only for a growth rate: 经济增长6% is the
 * growth of GDP, while 经济 names no level (a form 经济 of gdp in the
 * catalog is read so).
 */
static const char *const growth_only_words[] = {
	"经济"
};

/*
 * Revisions of a forecast or an estimate (较前次预测增加357亿美元, 上修623亿美元):
 * a change said with them is the revision, not a change of the indicator.
 */
static const char *const revision_words[] = {
	"上修", "下修", "修正", "预测", "预估", "概估", "调高", "调降", "调升"
};

/* a phrase ending so names a count of additions (新增研发机构) */
static const char *const addition_words[] = {
	"新增", "新引进", "新认定", "新落地", "净增", "新设", "新设立"
};

/*
 * What a breakdown names when it names no measure: an industry or a park
 * (光电产业, 精密机械, 积体电路, 省级高新区, 南科).  Such a phrase at a
 * sentence's start continues the indicator the document was giving.
 */
static const char *const part_words[] = {
	"产业", "机械", "电路", "技术", "周边", "通讯", "高新区", "开发区", "园区", "片区"
};

/*
 * Codes an industry never reports under the same name: an industry's part
 * of GDP is its value added, an indicator of its own.  A phrase naming an
 * industry (电子信息产业, 装备制造业) never takes them from the figure or
 * the sentence before (地区生产总值增长6.1%。电子信息产业增长12.3%).
 */
static const char *const whole_only_codes[] = {
	"gdp"
};

/* industry words: a phrase ending so names an industry */
static const char *const industry_words[] = {
	"业", "产业", "机械", "电路", "技术", "周边", "通讯"
};

/*
 * The three industries named alone (其中第一产业21.2亿元): after a figure of
 * GDP they are its breakdown, each its value added; after another total
 * (固定资产投资…，第一产业增长129.2%) they break that total down.
 */
static const char *const three_industries[][2] = {
	{"第一产业", "primary_industry_value_added"},
	{"第二产业", "secondary_industry_value_added"},
	{"第三产业", "tertiary_industry_value_added"},
	{"一产", "primary_industry_value_added"},
	{"二产", "secondary_industry_value_added"},
	{"三产", "tertiary_industry_value_added"}
};

/* whose figure a phrase ending so gives: never a part of another's total */
static const char *const owner_words[] = {
	"居民", "农民", "职工", "人均"
};

/*
 * Things a phrase may count on its own (双创人才项目5个, 机器人产业平台10个):
 * a phrase ending so is no part of the figure before's indicator.
 */
static const char *const other_words[] = {
	"项目", "企业", "公司", "人才", "平台", "协议", "团队", "机构", "专利",
	"工厂", "车间", "基地",		/* 单项冠军企业58家、5G工厂6家 */
	"厂商",						/* 新引進廠商21家，…，兩者分別成長31%、18% */
	/* balances and labour of their own (城镇新增就业…，转移农村劳动力48.6万人;
	 * 存款、贷款余额分别增长…) */
	"存款", "贷款", "余额", "劳动力",
	"合同",						/* 专利技术合同共成交1537项 */
	"转移就业",					/* 农村劳动力转移就业83万人: no new urban jobs */
	"关键技术", "核心技术"		/* 攻克关键核心技术12项: no patents */
};

/*
 * Bodies a figure may count together with another (各级工程技术研究中心和重点
 * 实验室41家): a phrase that ends so before 和, 及 or 与 and a form makes the
 * figure a combined count, of neither alone (besides forms, measures and
 * other_words).
 */
static const char *const body_words[] = {
	"中心", "实验室", "工作站", "院所"
};

/*
 * Measure words that count what stands before them (失业人数, 企业数量): a
 * phrase cut so counts a thing of its own, no part of the figure before's
 * indicator (就业人数…；失业人数44万人 is not employment).
 */
static const char *const count_measure_words[] = {
	"数", "数量", "总数", "数目"
};

/*
 * Sectors before 经济, 经济总量 or 经济规模: one sector's economy (工业经济总量,
 * 数字经济增长20%), not the region's GDP.
 */
static const char *const sector_words[] = {
	"工业", "农业", "服务业", "数字", "海洋", "民营", "旅游", "文化", "实体", "夜间",
	"低空", "绿色", "循环", "平台", "网络", "外向型", "开放型", "非公", "非公有制", "共享",
	"枢纽", "园区", "楼宇", "总部", "口岸", "会展", "夜"
};

/*
 * Modifiers that make a figure per person, per area or per unit of output
 * (平均每平方公里产值, 万人有效发明专利, 亩均税收): a form after them names
 * the total, so only an indicator of a per-unit dimension fits.
 */
static const char *const per_words[] = {
	"人均", "万人", "每万人", "每万人口", "每千人", "每百人", "亩均", "地均",
	"每平方公里", "平均每平方公里", "每亩", "平均每", "每家", "户均",
	"每人"						/* Taiwan's 每人GDP */
};

/*
 * Modifiers that make another indicator of the form after them: the
 * all-inclusive total (全口径财政收入), the outward direction (境外直接
 * 投资总额), what was contracted rather than done (合同工业产值).
 */
#define SCOPE_REACH	2			/* characters a scope of two characters or
								 * more may stand before the form; one of one
								 * character must touch it */
static const char *const scope_words[] = {
	"全口径", "境外", "合同",
	"户籍",						/* 户籍人口城镇化率: not the resident rate */
	"净",						/* 淨產值, 净出口, 净收入: net, not gross */
	"新产品",					/* 新产品产值, 新产品销售收入: the new products' */
	"销售"						/* 工业销售产值: the sales output, a measure of its own */
};

/*
 * A size threshold said with 的 right before a form makes an ad-hoc class
 * of what it counts (营业收入超过1亿元的高新技术企业): not the total.  The
 * text the matcher reads stops at the digits, so these end the amount.
 * 亿元以上项目 without 的 is the standard category of investment reports
 * and keeps its code.
 */
static const char *const threshold_words[] = {
	"元的", "元以上的", "元以下的", "元及以上的"
};

/*
 * Verbs that join a breakdown or a modifier said before them to the
 * indicator after them (第一产业完成增加值, 规上企业实现营业收入, 每万人口
 * 拥有发明专利): the matcher reads the two as one phrase.
 */
static const char *const join_words[] = {
	"完成", "实现", "拥有", "共有", "创造", "累计完成", "累计实现"
};

/*
 * Words that begin a circumstance at a phrase's end (精密機械受惠半導體
 * 擴廠需求成長, 工業生產指數變動率由下修後的15.8%增為…): cut from there
 * when no form ends the phrase.  Not after the characters of not_before
 * (自由, 理由, 原因, 基因, 接受, 享受).
 */
static const char *const circumstance_words[] = {
	"受惠于", "受惠", "受益于", "受益", "由于", "因", "由"
};

/*
 * Domains before a short, generic form (总收入, 产值, 收入: three characters
 * or fewer) that make it that domain's own total: 财政总收入 is fiscal
 * revenue, not the operating revenue 总收入 names after a zone.
 */
#define GENERIC_FORM_MAX	3
static const char *const domain_words[] = {
	"财政", "税收", "居民", "农民", "职工",
	"旅游", "旅游业"				/* 旅游总收入8850亿元: tourism's, not a zone's revenue */
};

/*
 * A share of one indicator in another (高新技术产业产值在规模以上工业总产值中
 * 的比重, R&D经费内部支出占地区生产总值的比重): the pair's own indicator.
 * {part's code, whole's code, the share's code}.
 */
static const char *const share_codes[][3] = {
	{"rd_expenditure", "gdp", "rd_expenditure_intensity"},
	{"high_tech_industry_output", "industrial_output", "high_tech_industry_output_share"},
	{"high_tech_industry_output", "industrial_output_above_scale",
	"high_tech_industry_output_share"},
	{"primary_industry_value_added", "gdp", "industry_structure"},
	{"secondary_industry_value_added", "gdp", "industry_structure"},
	{"tertiary_industry_value_added", "gdp", "industry_structure"},
	{"tax_revenue", "general_public_budget_revenue", "tax_share_of_budget_revenue"}
};

/* the units a growth rate is given in (12个月 is no growth rate) */
static const char *const growth_units[] = {
	"%", "‰", "倍", "成", "百分点"
};

/* tails that say "share" in other words: rewritten to 比重 */
static const char *const share_tails[] = {
	"的比重", "之比重", "之比率", "的比率", "比率", "的比例", "比例"
};

/* the units a level or change of each dimension may be given in */
static const char *const dim_units[PD_DIM_COUNT_] = {
	[PD_DIM_MONEY] = "元 美元 港元 新台币 澳门元 欧元 日元",
	[PD_DIM_MONEY_PER_PERSON] = "元 美元 港元 新台币 澳门元 欧元 日元",
	[PD_DIM_MONEY_PER_AREA] = "元 美元 港元 新台币 澳门元 元/亩 元/平方米",
	[PD_DIM_PERCENT] = "% 百分点 ‰",
	[PD_DIM_RATIO] = "% 百分点",
	[PD_DIM_INDEX] = "点 %",
	[PD_DIM_AREA] = "平方米 平方公里 平方千米 公顷 亩",
	[PD_DIM_ENERGY_INTENSITY] = "% 百分点 吨标准煤 吨标准煤/万元",
	[PD_DIM_COUNT_ENTERPRISES] = "家 个 户 所 间",
	[PD_DIM_COUNT_PEOPLE] = "人 名 位 人次",
	[PD_DIM_COUNT_PATENTS] = "件 项 个",
	[PD_DIM_COUNT_PATENTS_PER_10K] = "件",
	[PD_DIM_COUNT_PLATFORMS] = "个 家 所 座 处 间",
	[PD_DIM_COUNT_PROJECTS] = "个 项",
	[PD_DIM_COUNT_TEAMS] = "个 支 家",
};

static const char *const dim_names[PD_DIM_COUNT_] = {
	"other", "money", "money_per_person", "money_per_area", "percent", "ratio",
	"index", "area", "energy_intensity", "count_enterprises", "count_people",
	"count_patents", "count_patents_per_10k", "count_platforms", "count_projects",
	"count_teams"
};

/*
 * Per a firm or per 10,000 anywhere in the clause before a form (平均每家获
 * 授权发明专利, 每万名就业人员中的研发人员): an average, not the total, so
 * only an indicator of a per-unit dimension fits (per_words must touch the
 * form; these need not).
 */
static const char *const per_anywhere_words[] = {
	"平均每", "每家", "每户", "户均", "家均", "每万", "每人平均"
};

/*
 * What a region's activity drives elsewhere (境外园区带动国内货物出口57亿元,
 * 拉动投资): not the region's own total.  Levels and changes only: 带动规上
 * 工业增加值增长8% is the total's growth.
 */
static const char *const driven_words[] = {
	"带动", "拉动"
};

/*
 * Owners before a form that make another measure of it: {code, owner}.  A
 * firm's or industry's R&D intensity is R&D spending against its revenue
 * (规上工业研发投入强度, “小巨人”企业的研发投入强度), not against GDP; the
 * residents' product (本地居民生产总值) is no GDP.
 */
static const char *const owner_refusals[][2] = {
	{"rd_expenditure_intensity", "企业"},
	{"rd_expenditure_intensity", "工业"},
	/* 本地居民生產總值: the residents' product (GNI), not the product made
	 * within the territory */
	{"gdp", "居民"}
};

/*
 * The scope of industry above designated size (规模以上工业): a generic
 * industrial figure said within it is the above-scale figure.  {generic
 * code, scoped code}.
 */
static const char *const scoped_codes[][2] = {
	{"industrial_output", "industrial_output_above_scale"},
	{"industrial_value_added", "industrial_value_added_above_scale"}
};

/* words that name the scope in the clause before the form (44户规模以上入园工业企业完成产值) */
static const char *const above_scale_words[] = {
	"规模以上", "规上", "规模工业"
};

/* codes of a figure before that set the scope for its sentence's next figures */
static const char *const above_scale_codes[] = {
	"industrial_output_above_scale", "industrial_value_added_above_scale",
	"enterprises_above_scale"
};

/*
 * Words that say a figure lies within the one before (其中装备制造业产值,
 * 规模以上工业企业130家，这些企业完成工业总产值).
 */
static const char *const within_words[] = {
	"其中", "这些企业", "上述企业", "这些工业企业"
};

/*
 * Shares named by their part alone, the whole being what the part is part
 * of (其中城镇常住人口…，占常住人口的比重为63.96%: the extractor gives the
 * share the level's phrase): {part, the share's code}.
 */
static const char *const share_names[][2] = {
	{"城镇常住人口", "urbanization_rate"},
	{"城镇人口", "urbanization_rate"}
};

/*
 * Parts named by how they are built (pd_metric_catalog_parts.c): a sector
 * or a region (a phrase ending in part_ends) before the head measure of a
 * total (part_heads), with a joining verb between or none (采矿业投资,
 * 第三产业完成投资, 东部地区投资).
 */
static const char *const part_heads[] = {
	"投资", "增加值", "产值", "总产值"
};
/* of these, the heads of industry's totals (industry_totals) */
static const char *const industry_heads[] = {
	"增加值", "产值", "总产值"
};
static const char *const part_ends[] = {
	"业", "地区"
};
static const char *const grouping_ends[] = {
	"产业"
};
/*
 * Words that make a grouping of industries by a criterion, across the
 * classification's sectors (高技术制造业, 先进制造业, 高加工度工业, 六大
 * 高耗能行业, 高新技术产品): its output or value added is no part of
 * industry's totals, nor are its parts.
 */
static const char *const grouping_marks[] = {
	"高技术", "高新技术", "高加工度", "高耗能", "先进", "新兴", "传统"
};
#define GROUPING_REACH	8		/* characters from a mark to the head */

/*
 * Industry's totals (output, value added), whose parts by structure are the
 * classification's industrial sectors only (industry_sector_ends): 建筑业增加值
 * or 农业产值 after 规上工业增加值 is none of its parts.  An industrial
 * sector's output or value added is a part of the industry total the
 * document gave last, whatever total came after it (第二产业增加值 …，汽车
 * 制造业增加值增长: statistics break industry down by sector, not the
 * secondary industry).
 */
static const char *const industry_totals[] = {
	"industrial_value_added", "industrial_value_added_above_scale",
	"industrial_output", "industrial_output_above_scale"
};
static const char *const industry_sector_ends[] = {
	"制造业", "加工业", "制品业", "采矿业", "采选业", "洗选业", "开采业", "供应业",
	"行业", "工业",
	"地区",						/* 分地区看，东部地区增加值增长4.1% */
	/* the economic types of industry statistics (分经济类型看，国有控股企业
	 * 增加值增长6.1%，股份制企业增长6.1%) */
	"国有控股企业", "国有企业", "集体企业", "股份制企业", "私营企业", "港澳台商投资企业"
};

/*
 * Parts of a total by region (增速较快的福建、广东分别增长…; 依次为天水市
 * （57.4%）、陇南市（57.3%）; 2个市州为负增长，分别下降…): a phrase ending in
 * a word for a group of places, or a place name (ending in region_name_ends,
 * REGION_NAME_MIN to REGION_NAME_MAX characters) after a word that lists
 * places in order.
 */
static const char *const region_group_words[] = {
	"省份", "市州", "地市", "县区", "区县", "县市", "市县", "县市区", "省区市"
};
static const char *const region_list_words[] = {
	"依次为", "依次是"
};
static const char *const region_name_ends[] = {
	"市", "州", "县", "区", "省", "盟", "旗"
};
#define REGION_NAME_MIN	2
#define REGION_NAME_MAX	6

/* sections of the classification whose name ends so all the same */
static const char *const section_words[] = {
	"房地产业"
};

/*
 * Totals that lie within another: {code, the total it is a part of}.  A
 * part after a figure of the first lies within it only if its sector does
 * (sector_scopes); otherwise it is a part of the second (第一产业投资 after
 * 工业投资 is fixed-asset investment).
 */
static const char *const part_chain[][2] = {
	{"manufacturing_investment", "industrial_investment"},
	{"industrial_investment", "fixed_asset_investment"},
	{"real_estate_investment", "fixed_asset_investment"},
	{"enterprise_rd_expenditure", "rd_expenditure"},
	{"basic_research_expenditure", "rd_expenditure"}
};

/*
 * The totals a sector lies within, by how its name ends (the national
 * industry classification's sections: mining, manufacturing, utilities):
 * {end of the sector's name, code}.
 */
static const char *const sector_scopes[][2] = {
	{"制造业", "manufacturing_investment"},
	{"加工业", "manufacturing_investment"},
	{"制品业", "manufacturing_investment"},
	{"冶炼和压延加工业", "manufacturing_investment"},
	{"采矿业", "industrial_investment"},
	{"采选业", "industrial_investment"},
	{"洗选业", "industrial_investment"},
	{"开采业", "industrial_investment"},
	{"开采辅助活动", "industrial_investment"},
	{"供应业", "industrial_investment"},
	/* R&D spending by performer and by activity */
	{"企业", "enterprise_rd_expenditure"},
	{"基础研究", "basic_research_expenditure"}
};

/*
 * Performers: with an amount of money or a growth rate, a phrase ending so
 * says whose part of a total it is (政府属研究机构3856亿元), not a count of
 * its own as other_words would have it.
 */
/*
 * Totals that releases break down by industry (其中，医药制造业、电子设备
 * 制造业同比分别增长…): a region's activity summed over its industries, not
 * a project's or a firm's amount.
 */
static const char *const by_industry_codes[] = {
	"fixed_asset_investment", "industrial_investment", "manufacturing_investment",
	"actual_fdi", "contracted_fdi", "industrial_value_added",
	"industrial_value_added_above_scale", "industrial_output",
	"industrial_output_above_scale", "industrial_production_index", "operating_revenue",
	"total_profit", "exports", "imports", "total_import_export", "export_orders",
	"retail_sales"
};

static const char *const performer_words[] = {
	"机构", "学校", "高校", "院所",
	/* industry's economic types (…，股份制企业增长6.1%) */
	"国有控股企业", "国有企业", "集体企业", "股份制企业", "私营企业", "港澳台商投资企业"
};

/*
 * Characters that make a sector's name of 工业 after them (加工业, 化工业,
 * 轻工业, 重工业, 手工业, 军工业): a form beginning with that 工业 is not
 * the industrial total.
 */
static const char *const sector_makers[] = {
	"加", "化", "轻", "重", "手", "军"
};

/*
 * Verbs that say what a count of things is (全年签约新项目38个, 亿元以上项目
 * 全年新签127个): {verb, the thing counted, code}.  The verb may stand
 * anywhere in the phrase and its clause, before or after the thing.
 */
static const char *const verb_objects[][3] = {
	{"签约", "项目", "signed_projects"},
	{"新签", "项目", "signed_projects"},
	{"签订", "项目", "signed_projects"},
	{"签下", "项目", "signed_projects"}
};

#endif							/* PD_METRIC_CATALOG_WORDS_H */