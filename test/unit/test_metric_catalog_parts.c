/*
 * test_metric_catalog_parts.c - unit tests of the catalog's readings of
 * parts named by how they are built (src/core/pd_metric_catalog_parts.c):
 * a sector or a region before the head measure of the total it lies within,
 * a form that only ends a sector's name, a verb that says what a count is,
 * a gloss the span begins in, the growth of a count of additions, and a
 * total's amount named again by a part (合同成交额, 技术服务合同成交额).
 * Sentences written for these tests.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pd_metric_catalog.h"
#include "pd_test.h"
#include "pd_test_catalog.h"

static const PdAllocator A = {pd_test_alloc, pd_test_free, NULL};

static const PdTestPair pairs[] = {
	{"固定资产投资", "fixed_asset_investment", "money"},
	{"第一产业投资", "fixed_asset_investment", "money"},
	{"工业投资", "industrial_investment", "money"},
	{"制造业投资", "manufacturing_investment", "money"},
	{"房地产投资", "real_estate_investment", "money"},
	{"房地产业投资", "real_estate_investment", "money"},
	{"工业增加值", "industrial_value_added", "money"},
	{"地区生产总值", "gdp", "money"},
	{"外商投资企业", "foreign_invested_enterprises", "count_enterprises"},
	{"实际使用外资", "actual_fdi", "money"},
	{"签约项目数", "signed_projects", "count_projects"},
	{"R&D经费", "rd_expenditure", "money"},
	{"企业R&D经费", "enterprise_rd_expenditure", "money"},
	{"基础研究经费", "basic_research_expenditure", "money"},
	{"核准投资金额", "approved_investment", "money"},
	{"总投资", "project_total_investment", "money"},
	{"城镇调查失业率", "unemployment_rate", "percent"},
	{"新签约项目", "signed_projects", "count_projects"},
	{"规上工业增加值", "industrial_value_added_above_scale", "money"},
	{"规上工业总产值", "industrial_output_above_scale", "money"},
	{"产值", "industrial_output", "money"},
	{"第二产业增加值", "secondary_industry_value_added", "money"},
	{"利润总额", "total_profit", "money"},
	{"技术合同成交额", "technology_contract_turnover", "money"},
	{"营业收入", "operating_revenue", "money"},
	{"本地生产总值", "gdp", "money"},
	{"生产总值", "gdp", "money"},
	{"经济", "gdp", "money"}
};

static PdMetricCatalog *
build(void)
{
	return pd_test_catalog(&A, pairs, PD_TEST_NPAIRS(pairs));
}

/*
 * the next figure of cur's document: text is "clause before|phrase", prev
 * the code of the figure before in the sentence
 */
static void
expect(PdMetricCatalogCursor *cur, const char *text, const char *unit, PdMetricKind kind,
	   const char *prev, const char *want)
{
	char		buf[256];
	const char *bar = strchr(text, '|');
	size_t		before = (size_t) (bar - text);
	const char *got;

	memcpy(buf, text, before);
	strcpy(buf + before, bar + 1);
	got = pd_metric_catalog_next(cur, buf + before, strlen(buf + before), before, unit, kind,
								 prev);
	PD_CHECK((got == NULL && want == NULL) || (got && want && strcmp(got, want) == 0),
			 "%s [%s, after %s]: got %s, want %s", text, unit ? unit : "", prev ? prev : "-",
			 got ? got : "NULL", want ? want : "NULL");
}

/*
 * industrial sectors before 增加值 or 产值: parts of the industry total the
 * document gave; a grouping of industries by a criterion is none, and the
 * cursor keeps the total past it
 */
static void
test_industry_parts(void)
{
	PdMetricCatalog *cat = build();
	PdMetricCatalogCursor cur;

	pd_metric_catalog_cursor_init(&cur, cat);
	/* a province's monthly industry release */
	expect(&cur, "|规上工业增加值", "%", PD_KIND_GROWTH_RATE, NULL,
		   "industrial_value_added_above_scale");
	expect(&cur, "其中，|专用设备制造业增加值", "%", PD_KIND_GROWTH_RATE, NULL,
		   "industrial_value_added_above_scale");
	expect(&cur, "|先进制造业增加值", "%", PD_KIND_GROWTH_RATE, NULL, NULL);
	expect(&cur, "|纺织行业增加值", "%", PD_KIND_GROWTH_RATE, NULL,
		   "industrial_value_added_above_scale");
	expect(&cur, "|水的生产和供应业增加值", "%", PD_KIND_GROWTH_RATE, NULL,
		   "industrial_value_added_above_scale");
	/* no industrial sector: none of industry's parts */
	expect(&cur, "|建筑业增加值", "%", PD_KIND_GROWTH_RATE, NULL, NULL);
	expect(&cur, "|高耗能行业增加值", "%", PD_KIND_GROWTH_RATE, NULL, NULL);
	/* a grouping before the form itself */
	expect(&cur, "|高技术工业增加值", "元", PD_KIND_LEVEL, NULL, NULL);

	/* a zone's report: the secondary industry between total and parts */
	pd_metric_catalog_cursor_init(&cur, cat);
	expect(&cur, "|规上工业增加值", "%", PD_KIND_GROWTH_RATE, NULL,
		   "industrial_value_added_above_scale");
	expect(&cur, "|第二产业增加值", "元", PD_KIND_LEVEL, NULL,
		   "secondary_industry_value_added");
	expect(&cur, "分行业看，|铁路、船舶和其他运输设备制造业增加值", "%", PD_KIND_GROWTH_RATE,
		   NULL, "industrial_value_added_above_scale");

	/* output: sales output and product classes are measures of their own */
	pd_metric_catalog_cursor_init(&cur, cat);
	expect(&cur, "|规上工业总产值", "元", PD_KIND_LEVEL, NULL, "industrial_output_above_scale");
	expect(&cur, "|规模以上高技术制造业产值", "%", PD_KIND_GROWTH_RATE, NULL, NULL);
	expect(&cur, "|高新技术产品产值", "元", PD_KIND_LEVEL, NULL, NULL);
	expect(&cur, "|工业销售产值", "元", PD_KIND_LEVEL, NULL, NULL);
	/* a firm's figure keeps its form's code */
	expect(&cur, "|高新技术企业产值", "元", PD_KIND_LEVEL, NULL, "industrial_output");
	/* by economic type and by region: parts of the industry total too */
	pd_metric_catalog_cursor_init(&cur, cat);
	expect(&cur, "|规上工业增加值", "%", PD_KIND_GROWTH_RATE, NULL,
		   "industrial_value_added_above_scale");
	expect(&cur, "分经济类型看，|私营企业增加值", "%", PD_KIND_GROWTH_RATE, NULL,
		   "industrial_value_added_above_scale");
	expect(&cur, "|股份制企业", "%", PD_KIND_GROWTH_RATE, "industrial_value_added_above_scale",
		   "industrial_value_added_above_scale");
	expect(&cur, "分地区看，西部地区|增加值", "%", PD_KIND_GROWTH_RATE, NULL,
		   "industrial_value_added_above_scale");
	/* no industry total before: a sector's value added has none */
	pd_metric_catalog_cursor_init(&cur, cat);
	expect(&cur, "|利润总额", "元", PD_KIND_LEVEL, NULL, "total_profit");
	expect(&cur, "|汽车制造业增加值", "%", PD_KIND_GROWTH_RATE, NULL, NULL);
	pd_metric_catalog_destroy(cat);
}

/*
 * parts by region: a group of places or places listed in order after a
 * total take its code (growth rates and amounts only, not the counts)
 */
static void
test_region_parts(void)
{
	PdMetricCatalog *cat = build();
	PdMetricCatalogCursor cur;

	pd_metric_catalog_cursor_init(&cur, cat);
	/* a national release by macro-region and province */
	expect(&cur, "|中部地区固定资产投资", "元", PD_KIND_LEVEL, NULL, "fixed_asset_investment");
	expect(&cur, "|个省份", "个", PD_KIND_LEVEL, NULL, NULL);
	expect(&cur, "增速较快的湖南、江西|省份", "%", PD_KIND_GROWTH_RATE, NULL,
		   "fixed_asset_investment");
	/* a province's industrial investment by prefecture */
	pd_metric_catalog_cursor_init(&cur, cat);
	expect(&cur, "|工业投资", "%", PD_KIND_GROWTH_RATE, NULL, "industrial_investment");
	expect(&cur, "|依次为定西市", "%", PD_KIND_GROWTH_RATE, NULL, "industrial_investment");
	expect(&cur, "|依次为定西市", "%", PD_KIND_GROWTH_RATE, "industrial_investment",
		   "industrial_investment");
	expect(&cur, "|市州", "%", PD_KIND_GROWTH_RATE, NULL, "industrial_investment");
	/* a share, a change in 百分点 and a place without a list are no part */
	expect(&cur, "|依次为定西市", "%", PD_KIND_SHARE, NULL, NULL);
	expect(&cur, "|市州", "百分点", PD_KIND_CHANGE, NULL, NULL);
	expect(&cur, "|全市", "%", PD_KIND_GROWTH_RATE, NULL, NULL);
	/* no total before: none */
	pd_metric_catalog_cursor_init(&cur, cat);
	expect(&cur, "|依次为白银市", "%", PD_KIND_GROWTH_RATE, NULL, NULL);
	pd_metric_catalog_destroy(cat);
}

/* sectors and regions before 投资: the total they lie within */
static void
test_sector_parts(void)
{
	PdMetricCatalog *cat = build();
	PdMetricCatalogCursor cur;

	pd_metric_catalog_cursor_init(&cur, cat);
	/* a county's first-quarter investment, by industry and by sector */
	expect(&cur, "|全县固定资产投资", "元", PD_KIND_LEVEL, NULL, "fixed_asset_investment");
	expect(&cur, "|第三产业完成投资", "元", PD_KIND_LEVEL, NULL, "fixed_asset_investment");
	expect(&cur, "|工业投资", "元", PD_KIND_LEVEL, NULL, "industrial_investment");
	/* 第一产业 is no part of industry: the total above it */
	expect(&cur, "|第二产业完成投资", "%", PD_KIND_GROWTH_RATE, "industrial_investment",
		   "fixed_asset_investment");
	expect(&cur, "|采矿业投资", "元", PD_KIND_LEVEL, NULL, "fixed_asset_investment");
	expect(&cur, "其中，|有色金属矿采选业投资", "%", PD_KIND_GROWTH_RATE, NULL,
		   "fixed_asset_investment");
	expect(&cur, "|制造业投资", "元", PD_KIND_LEVEL, NULL, "manufacturing_investment");
	/* a manufacturing branch lies within manufacturing; 加工业 is no 工业 */
	expect(&cur, "|纺织服装加工业投资", "%", PD_KIND_GROWTH_RATE, NULL,
		   "manufacturing_investment");
	expect(&cur, "|专用设备制造业投资", "%", PD_KIND_GROWTH_RATE, NULL,
		   "manufacturing_investment");
	/* utilities lie within industry, which this document gave above */
	expect(&cur, "|燃气生产和供应业投资", "%", PD_KIND_GROWTH_RATE, NULL,
		   "industrial_investment");
	expect(&cur, "|房地产业投资", "元", PD_KIND_LEVEL, NULL, "real_estate_investment");
	expect(&cur, "|北部地区投资", "%", PD_KIND_GROWTH_RATE, NULL, "fixed_asset_investment");
	/* the region left out of the span: it stands right before it */
	expect(&cur, "分地区看，南部地区|投资", "%", PD_KIND_GROWTH_RATE, NULL,
		   "fixed_asset_investment");
	/* a sector in the clause, something between it and the span: none */
	expect(&cur, "制造业方面，|投资", "%", PD_KIND_GROWTH_RATE, NULL, NULL);
	/* a grouping across sectors is no part of the classification's totals */
	expect(&cur, "|战略性新兴产业投资", "%", PD_KIND_GROWTH_RATE, NULL, NULL);
	/* a share of a part is no figure of the total */
	expect(&cur, "|交通运输业投资占比", "%", PD_KIND_SHARE, NULL, NULL);

	/* a utility after manufacturing, industry never given: the whole */
	pd_metric_catalog_cursor_init(&cur, cat);
	expect(&cur, "|固定资产投资", "%", PD_KIND_GROWTH_RATE, NULL, "fixed_asset_investment");
	expect(&cur, "|制造业投资", "%", PD_KIND_GROWTH_RATE, NULL, "manufacturing_investment");
	expect(&cur, "|燃气生产和供应业投资", "%", PD_KIND_GROWTH_RATE, NULL,
		   "fixed_asset_investment");

	/* with industry given, a utility lies within it */
	pd_metric_catalog_cursor_init(&cur, cat);
	expect(&cur, "|工业投资", "%", PD_KIND_GROWTH_RATE, NULL, "industrial_investment");
	expect(&cur, "其中|电力供应业投资", "%", PD_KIND_GROWTH_RATE, NULL, "industrial_investment");
	expect(&cur, "|制造业投资", "%", PD_KIND_GROWTH_RATE, NULL, "manufacturing_investment");
	expect(&cur, "|热力生产和供应业投资", "%", PD_KIND_GROWTH_RATE, NULL,
		   "industrial_investment");

	/* the parts of a total without a code have none */
	pd_metric_catalog_cursor_init(&cur, cat);
	expect(&cur, "|全市固定资产投资", "%", PD_KIND_GROWTH_RATE, NULL, "fixed_asset_investment");
	expect(&cur, "|基础设施投资", "%", PD_KIND_GROWTH_RATE, NULL, NULL);
	expect(&cur, "其中，|水利管理业投资", "元", PD_KIND_LEVEL, NULL, NULL);
	/* only after a total: a document that begins with a sector */
	pd_metric_catalog_cursor_init(&cur, cat);
	expect(&cur, "|采矿业投资", "%", PD_KIND_GROWTH_RATE, NULL, NULL);
	pd_metric_catalog_destroy(cat);
}

/* a gloss the span begins in; a verb that says what a count is; additions */
static void
test_built(void)
{
	PdMetricCatalog *cat = build();
	PdMetricCatalogCursor cur;

	pd_metric_catalog_cursor_init(&cur, cat);
	expect(&cur, "上半年，全区固定资产投资（|不含农户", "元", PD_KIND_LEVEL, NULL,
		   "fixed_asset_investment");
	expect(&cur, "全区固定资产投资(|不含农户", "%", PD_KIND_GROWTH_RATE, NULL,
		   "fixed_asset_investment");
	expect(&cur, "（|不含农户", "%", PD_KIND_GROWTH_RATE, NULL, NULL);

	pd_metric_catalog_cursor_init(&cur, cat);
	expect(&cur, "|全年签约新项目", "个", PD_KIND_LEVEL, NULL, "signed_projects");
	expect(&cur, "|10亿元以上工业项目全年新签", "个", PD_KIND_LEVEL, NULL,
		   "signed_projects");
	expect(&cur, "|新开工项目", "个", PD_KIND_LEVEL, NULL, NULL);
	/* a form of its own wins over the verb */
	expect(&cur, "|签约项目总投资", "元", PD_KIND_LEVEL, NULL, "project_total_investment");

	/* the growth of a count of additions that names nothing of its own */
	pd_metric_catalog_cursor_init(&cur, cat);
	expect(&cur, "|全区新设立外商投资企业", "家", PD_KIND_CHANGE, NULL,
		   "foreign_invested_enterprises");
	expect(&cur, "|企业", "%", PD_KIND_GROWTH_RATE, "foreign_invested_enterprises", NULL);
	expect(&cur, "|实际使用外资", "元", PD_KIND_LEVEL, NULL, "actual_fdi");
	expect(&cur, "|", "%", PD_KIND_GROWTH_RATE, "actual_fdi", "actual_fdi");
	/* new money of a flow is its level: the growth after it is the flow's */
	expect(&cur, "|新增实际使用外资", "美元", PD_KIND_CHANGE, NULL, "actual_fdi");
	expect(&cur, "|外资", "%", PD_KIND_GROWTH_RATE, "actual_fdi", "actual_fdi");
	pd_metric_catalog_destroy(cat);
}

/* parts of the last total: performers, siblings, 其中 after a share, industries */
static void
test_last_total(void)
{
	PdMetricCatalog *cat = build();
	PdMetricCatalogCursor cur;

	pd_metric_catalog_cursor_init(&cur, cat);
	expect(&cur, "|R&D经费", "元", PD_KIND_LEVEL, NULL, "rd_expenditure");
	/* a performer's part beside the enterprises' is R&D spending's */
	expect(&cur, "按执行主体分，|企业R&D经费", "元", PD_KIND_LEVEL, NULL,
		   "enterprise_rd_expenditure");
	expect(&cur, "|政府属研究机构", "元", PD_KIND_LEVEL, "enterprise_rd_expenditure",
		   "rd_expenditure");
	expect(&cur, "|政府属研究机构", "%", PD_KIND_GROWTH_RATE, "rd_expenditure",
		   "rd_expenditure");
	expect(&cur, "|高等学校", "元", PD_KIND_LEVEL, "rd_expenditure", "rd_expenditure");
	/* a target held to a bound; sales are a measure of their own */
	expect(&cur, "全年把|城镇调查失业率控制在", "%", PD_KIND_SHARE, NULL, "unemployment_rate");
	expect(&cur, "|工业开票销售", "%", PD_KIND_GROWTH_RATE, "rd_expenditure", NULL);
	/* institutions counted stay none */
	expect(&cur, "|新型研发机构", "家", PD_KIND_LEVEL, "rd_expenditure", NULL);

	/* 其中 after a share: the last total, not the share */
	pd_metric_catalog_cursor_init(&cur, cat);
	expect(&cur, "|高技术产业实际使用外资", "%", PD_KIND_GROWTH_RATE, NULL, "actual_fdi");
	expect(&cur, "|比重", "%", PD_KIND_SHARE, "actual_fdi", NULL);
	expect(&cur, "其中|高技术制造业", "元", PD_KIND_LEVEL, NULL, "actual_fdi");
	/* ... but an amount of its own after 其中 is no such part */
	expect(&cur, "其中已完成备案的|金额", "元", PD_KIND_LEVEL, NULL, NULL);

	/* an industry opening a sentence, after a total broken down by industry */
	pd_metric_catalog_cursor_init(&cur, cat);
	expect(&cur, "|高技术制造业实际使用外资", "%", PD_KIND_GROWTH_RATE, NULL, "actual_fdi");
	expect(&cur, "|医疗设备制造业", "%", PD_KIND_GROWTH_RATE, NULL, "actual_fdi");
	/* ... not after a project's amount */
	pd_metric_catalog_cursor_init(&cur, cat);
	expect(&cur, "新储备项目40个，|总投资", "元", PD_KIND_LEVEL, NULL, "project_total_investment");
	expect(&cur, "|高技术制造业", "%", PD_KIND_GROWTH_RATE, NULL, NULL);
	pd_metric_catalog_destroy(cat);
}

/*
 * a part that names the amount of one of the last totals again: by type,
 * by seller or by field, or the bare amount after a count of the things
 */
static void
test_amount_again(void)
{
	PdMetricCatalog *cat = build();
	PdMetricCatalogCursor cur;

	pd_metric_catalog_cursor_init(&cur, cat);
	expect(&cur, "|技术合同成交额", "元", PD_KIND_LEVEL, NULL, "technology_contract_turnover");
	/* a count of contracts with a growth rate of its own between */
	expect(&cur, "|登记技术合同", "项", PD_KIND_LEVEL, NULL, NULL);
	expect(&cur, "|登记技术合同", "%", PD_KIND_GROWTH_RATE, NULL, NULL);
	expect(&cur, "|合同成交额", "元", PD_KIND_LEVEL, NULL, "technology_contract_turnover");
	expect(&cur, "按类型看，|技术开发和技术转让合同成交额", "元", PD_KIND_LEVEL, NULL,
		   "technology_contract_turnover");
	expect(&cur, "分领域看，电子信息领域|成交额", "%", PD_KIND_GROWTH_RATE, NULL,
		   "technology_contract_turnover");
	expect(&cur, "其中流向省外的合同860项，|成交额", "元", PD_KIND_LEVEL, NULL,
		   "technology_contract_turnover");
	/* its share is of the whole, and a count is no amount */
	expect(&cur, "|高校成交额", "%", PD_KIND_SHARE, NULL, NULL);
	expect(&cur, "|成交额", "项", PD_KIND_LEVEL, NULL, NULL);
	/* one character shared (额) is no amount named again */
	expect(&cur, "|进口额", "元", PD_KIND_LEVEL, NULL, NULL);
	/* nor an amount without a total before */
	pd_metric_catalog_cursor_init(&cur, cat);
	expect(&cur, "|合同成交额", "元", PD_KIND_LEVEL, NULL, NULL);
	/* nor a measure that is not an amount (收入 after 营业收入) */
	expect(&cur, "|营业收入", "元", PD_KIND_LEVEL, NULL, "operating_revenue");
	expect(&cur, "。|技术性收入", "元", PD_KIND_LEVEL, NULL, NULL);
	pd_metric_catalog_destroy(cat);
}

/*
 * the pace and manner of a growth said between the indicator and its rate
 * (放慢至, 减慢至, 预料为, 温和, 强劲, 显著, 进一步); the residents' product
 * is no GDP
 */
static void
test_pace_words(void)
{
	PdMetricCatalog *cat = build();
	PdMetricCatalogCursor cur;

	pd_metric_catalog_cursor_init(&cur, cat);
	expect(&cur, "|今年经济增长将放慢至", "%", PD_KIND_GROWTH_RATE, NULL, "gdp");
	expect(&cur, "|本地生产总值按年实质增长减慢至", "%", PD_KIND_GROWTH_RATE, NULL, "gdp");
	expect(&cur, "|全年经济增长预料为", "%", PD_KIND_GROWTH_RATE, NULL, "gdp");
	expect(&cur, "|经济上年温和增长", "%", PD_KIND_GROWTH_RATE, NULL, "gdp");
	expect(&cur, "|经济强劲增长", "%", PD_KIND_GROWTH_RATE, NULL, "gdp");
	expect(&cur, "|本地生产总值按年显著增长", "%", PD_KIND_GROWTH_RATE, NULL, "gdp");
	expect(&cur, "|本地生产总值进一步上升", "%", PD_KIND_GROWTH_RATE, NULL, "gdp");
	expect(&cur, "|本地居民生产总值按年上升", "%", PD_KIND_GROWTH_RATE, NULL, NULL);
	expect(&cur, "|第三季本地居民生产总值", "元", PD_KIND_LEVEL, NULL, NULL);
	pd_metric_catalog_destroy(cat);
}

int
main(void)
{
	test_sector_parts();
	test_industry_parts();
	test_region_parts();
	test_built();
	test_last_total();
	test_amount_again();
	test_pace_words();
	return pd_test_summary("test_metric_catalog_parts");
}
