/*
 * test_metric_catalog_scope.c - unit tests of the catalog's readings of
 * what stands around a form (src/core/pd_metric_catalog_scope.c): averages
 * and owners that make another measure of it, activity driven elsewhere,
 * the scope of industry above designated size, and a bare amount after a
 * figure of the thing it is the amount of.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pd_metric_catalog.h"
#include "pd_test.h"
#include "pd_test_catalog.h"

static const PdAllocator A = {pd_test_alloc, pd_test_free, NULL};

static const PdTestPair pairs[] = {
	{"授权发明专利", "invention_patents_granted", "count_patents"},
	{"研发人员", "rd_personnel", "count_people"},
	{"研发投入强度", "rd_expenditure_intensity", "percent"},
	{"出口", "exports", "money"},
	{"产值", "industrial_output", "money"},
	{"工业总产值", "industrial_output", "money"},
	{"全部工业增加值", "industrial_value_added", "money"},
	{"工业增加值", "industrial_value_added", "money"},
	{"规上工业产值", "industrial_output_above_scale", "money"},
	{"规模以上工业增加值", "industrial_value_added_above_scale", "money"},
	{"规模以上工业企业", "enterprises_above_scale", "count_enterprises"},
	{"技术合同成交额", "technology_contract_turnover", "money"},
	{"城镇新增就业", "new_urban_jobs", "count_people"},
	{"人均GDP", "gdp_per_capita", "money_per_person"},
	{"GDP", "gdp", "money"},
	{"总投资", "project_total_investment", "money"},
	{"城镇化率", "urbanization_rate", "percent"},
	{"第二产业增加值", "secondary_industry_value_added", "money"},
};

static PdMetricCatalog *
build(void)
{
	return pd_test_catalog(&A, pairs, PD_TEST_NPAIRS(pairs));
}

/*
 * one figure: text is "clause before|phrase", prev the code of the figure
 * before in the sentence; the cursor is cur (NULL: a fresh one)
 */
static void
expect_next(const PdMetricCatalog *cat, PdMetricCatalogCursor *cur, const char *text,
			const char *unit, PdMetricKind kind, const char *prev, const char *want)
{
	PdMetricCatalogCursor own;
	char		buf[256];
	const char *bar = strchr(text, '|');
	size_t		before = (size_t) (bar - text);
	const char *got;

	if (cur == NULL)
	{
		cur = &own;
		pd_metric_catalog_cursor_init(cur, cat);
	}
	memcpy(buf, text, before);
	strcpy(buf + before, bar + 1);
	got = pd_metric_catalog_next(cur, buf + before, strlen(buf + before), before, unit, kind,
								 prev);
	PD_CHECK((got == NULL && want == NULL) || (got && want && strcmp(got, want) == 0),
			 "%s [%s, after %s]: got %s, want %s", text, unit ? unit : "", prev ? prev : "-",
			 got ? got : "NULL", want ? want : "NULL");
}

/* an average per firm or per 10,000 anywhere in the clause; driven; owned */
static void
test_refused(void)
{
	PdMetricCatalog *cat = build();

	expect_next(cat, NULL, "|平均每家获授权发明专利", "项", PD_KIND_LEVEL, NULL, NULL);
	expect_next(cat, NULL, "|户均获得授权发明专利", "件", PD_KIND_LEVEL, NULL, NULL);
	expect_next(cat, NULL, "|获得授权发明专利", "件", PD_KIND_LEVEL, NULL,
				"invention_patents_granted");
	expect_next(cat, NULL, "每万名从业人员中的|研发人员", "人", PD_KIND_LEVEL, NULL, NULL);
	expect_next(cat, NULL, "|每人平均GDP", "美元", PD_KIND_LEVEL, NULL, NULL);
	expect_next(cat, NULL, "|GDP", "美元", PD_KIND_LEVEL, NULL, "gdp");
	expect_next(cat, NULL, "|人均GDP", "元", PD_KIND_LEVEL, NULL, "gdp_per_capita");
	/* what a region's activity drives elsewhere; its growth is the total's */
	expect_next(cat, NULL, "境外园区|带动国内出口", "元", PD_KIND_LEVEL, NULL, NULL);
	expect_next(cat, NULL, "|带动出口增长", "%", PD_KIND_GROWTH_RATE, NULL, "exports");
	/* a firm's or industry's R&D intensity is against revenue, not GDP */
	expect_next(cat, NULL, "重点企业的|研发投入强度", "%", PD_KIND_SHARE, NULL, NULL);
	expect_next(cat, NULL, "|规上工业研发投入强度", "%", PD_KIND_SHARE, NULL, NULL);
	expect_next(cat, NULL, "|全社会研发投入强度", "%", PD_KIND_SHARE, NULL,
				"rd_expenditure_intensity");
	/* refused: no part of the figure before's code either */
	expect_next(cat, NULL, "|规上工业研发投入强度", "%", PD_KIND_GROWTH_RATE,
				"industrial_value_added_above_scale", NULL);
	/* balances and labour counted on their own: no breakdown */
	expect_next(cat, NULL, "|转移农村劳动力", "人", PD_KIND_LEVEL, "new_urban_jobs", NULL);
	expect_next(cat, NULL, "|金融机构存款", "%", PD_KIND_GROWTH_RATE,
				"industrial_value_added_above_scale", NULL);
	pd_metric_catalog_destroy(cat);
}

/* the scope of industry above designated size */
static void
test_scoped(void)
{
	PdMetricCatalog *cat = build();

	expect_next(cat, NULL, "38户规模以上园区工业企业完成|产值", "元", PD_KIND_LEVEL, NULL,
				"industrial_output_above_scale");
	expect_next(cat, NULL, "|产值", "元", PD_KIND_LEVEL, NULL, "industrial_output");
	expect_next(cat, NULL, "其中|机械制造业产值", "元", PD_KIND_LEVEL,
				"industrial_output_above_scale", "industrial_output_above_scale");
	expect_next(cat, NULL, "这些企业完成|工业总产值", "元", PD_KIND_LEVEL,
				"enterprises_above_scale", "industrial_output_above_scale");
	/* only following an above-scale figure says nothing of whose */
	expect_next(cat, NULL, "|工业增加值增速", "%", PD_KIND_GROWTH_RATE,
				"industrial_output_above_scale", "industrial_value_added");
	expect_next(cat, NULL, "其中|机械制造业产值", "元", PD_KIND_LEVEL, "gdp",
				"industrial_output");
	/* all industry stays all industry */
	expect_next(cat, NULL, "规模以上工业企业以外，|全部工业增加值", "元", PD_KIND_LEVEL, NULL,
				"industrial_value_added");
	pd_metric_catalog_destroy(cat);
}

/* a bare amount after a figure of the thing it is the amount of */
static void
test_ellipsis(void)
{
	PdMetricCatalog *cat = build();
	PdMetricCatalogCursor cur;

	pd_metric_catalog_cursor_init(&cur, cat);
	expect_next(cat, &cur, "|全市共登记技术合同", "项", PD_KIND_LEVEL, NULL, NULL);
	expect_next(cat, &cur, "|成交额达到", "元", PD_KIND_LEVEL, NULL,
				"technology_contract_turnover");
	expect_next(cat, &cur, "|成交额", "%", PD_KIND_GROWTH_RATE, "technology_contract_turnover",
				"technology_contract_turnover");
	/* another thing: its amount is no technology contracts' */
	expect_next(cat, &cur, "|新签约项目", "个", PD_KIND_LEVEL, NULL, NULL);
	expect_next(cat, &cur, "|成交额", "元", PD_KIND_LEVEL, NULL, NULL);
	/* a deal's verb cut, a longer phrase is no bare amount */
	expect_next(cat, &cur, "|专利技术合同共成交", "项", PD_KIND_LEVEL, NULL, NULL);
	expect_next(cat, &cur, "|成交额", "元", PD_KIND_LEVEL, NULL, "technology_contract_turnover");
	/* a seller's amount after that total is a part of it (pd_cat_amount_again) */
	expect_next(cat, &cur, "|高校院所成交额", "元", PD_KIND_LEVEL, NULL,
				"technology_contract_turnover");
	/* a fresh document remembers nothing */
	pd_metric_catalog_cursor_init(&cur, cat);
	expect_next(cat, &cur, "|成交额", "元", PD_KIND_LEVEL, NULL, NULL);
	pd_metric_catalog_destroy(cat);
}

/* a share named by its part; a figure's own noun is no combined count */
static void
test_shares(void)
{
	PdMetricCatalog *cat = build();

	expect_next(cat, NULL, "|城镇常住人口", "%", PD_KIND_SHARE, NULL, "urbanization_rate");
	expect_next(cat, NULL, "|城镇常住人口", "百分点", PD_KIND_CHANGE, "urbanization_rate",
				"urbanization_rate");
	expect_next(cat, NULL, "|城镇常住人口", "人", PD_KIND_LEVEL, NULL, NULL);
	/* an industry's share keeps no code: its base (GDP, the nation's) is lost */
	expect_next(cat, NULL, "|第二产业增加值", "%", PD_KIND_SHARE,
				"secondary_industry_value_added", NULL);
	/* 总投资86亿元的电池项目和总投资42亿元: each its own; 项目和总投资 alone: both */
	expect_next(cat, NULL, "的电池项目和|总投资", "元", PD_KIND_LEVEL, NULL,
				"project_total_investment");
	expect_next(cat, NULL, "亿元的电池项目和|总投资", "元", PD_KIND_LEVEL, NULL,
				"project_total_investment");
	expect_next(cat, NULL, "电池项目和|总投资", "元", PD_KIND_LEVEL, NULL, NULL);
	pd_metric_catalog_destroy(cat);
}

/* release wording between an indicator and its number */
static void
test_release_words(void)
{
	PdMetricCatalog *cat = build();

	expect_next(cat, NULL, "|財政部預估11月出口介於", "美元", PD_KIND_LEVEL, NULL, "exports");
	expect_next(cat, NULL, "|出口繼去年站穩", "元", PD_KIND_LEVEL, NULL, "exports");
	expect_next(cat, NULL, "|出口已站上", "美元", PD_KIND_LEVEL, NULL, "exports");
	expect_next(cat, NULL, "|出口高點", "美元", PD_KIND_LEVEL, NULL, "exports");
	/* the verb alone names nothing */
	expect_next(cat, NULL, "|介於", "美元", PD_KIND_LEVEL, NULL, NULL);
	pd_metric_catalog_destroy(cat);
}

int
main(void)
{
	test_release_words();
	test_shares();
	test_refused();
	test_scoped();
	test_ellipsis();
	return pd_test_summary("test_metric_catalog_scope");
}
