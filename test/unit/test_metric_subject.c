/*
 * test_metric_subject.c - unit tests of a figure's subject: the place (a
 * region or park of the gazetteer, or an organisation) the figure is about,
 * one sentence written for each rule (src/core/pd_metric_place.c,
 * pd_metric_place_role.c, pd_metric_subject.c), no server.  Rows are
 * "raw|subject" joined by ";".
 */
#include "pd_test_rows.h"

static const PdRowCase cases[] = {
	/* short names of autonomous regions written without 族: 新疆, 伊犁 */
	{"据自治区发改委介绍，今年前三季度新疆新开工项目3200个。", 20231020,
	 "3200个|新疆维吾尔自治区"},
	{"伊犁州全年接待游客4500万人次。", 20240110, "4500万人次|伊犁哈萨克自治州"},
	/* 新疆生产建设兵团 is a body of its own, not the region (a place no row holds) */
	{"新疆生产建设兵团今年引进项目85个。", 20240110, "85个|新疆生产建设兵团"},
	/* a dateline's place is no subject, whatever the agency */
	{"光明网合肥3月2日电 安徽省去年新增高新技术企业4100家。", 20240302,
	 "4100家|安徽省"},
	{"央广网南宁6日电 广西全年外贸进出口增长8.1%。", 20240106,
	 "8.1%|广西壮族自治区"},
	/* where visitors come from is no subject: the reporting place is */
	{"統計暨普查局公布，上月入境旅客有260萬人次。香港及台灣地區旅客分別增加12%及9%。", 20240220,
	 "260萬人次|澳门特别行政区;12%|澳门特别行政区;9%|澳门特别行政区"},
	{"统计暨普查局资料显示，香港（51万人次）及台湾（6万人次）旅客按年减少3%及5%。", 20130520,
	 "51万人次|澳门特别行政区;6万人次|澳门特别行政区;3%|澳门特别行政区;5%|澳门特别行政区"},
	/* a part named after 分园区看 is no antecedent of 园区 in the next paragraph */
	{"國科會公布，三大科學園區去年營業額3兆元。分園區看，竹科1.2兆元；南科1.1兆元。\n"
	 "去年園區就業人數為31萬人。", 20240220,
	 "3兆元|台湾省;1.2兆元|新竹科学园区;1.1兆元|南部科学园区;31萬人|台湾省"},
	/* an aside on the place before it names it again: the place before stays */
	{"乌鲁木齐经济技术开发区工作报告\n2023年，乌鲁木齐经开区（头屯河区）地区生产总值增长4.5%。"
	 "全年新引进企业120家。", 20240110,
	 "4.5%|乌鲁木齐经济技术开发区;120家|乌鲁木齐经济技术开发区"},
	/* trade partners after 接单地区 or 以地区别观察 are no subjects */
	{"經濟部統計處今日發布，上月外銷訂單為600億美元。接單地區以美國200億美元最多；"
	 "中國大陸及香港110億美元，年增5%。全年訂單可望達6800億美元。", 20251020,
	 "600億美元|台湾省;200億美元|台湾省;110億美元|台湾省;5%|台湾省;6800億美元|台湾省"},
	/* Taiwan's own ministries stand for Taiwan in a Traditional text */
	{"內政部統計，今年首季新增住宅8,500戶。", 20240420, "8,500戶|台湾省"},
	/* a list of places and a count of zones: each place's zone for 分别, the
	 * zones together are the region's */
	{"今年上半年，河北省高新区营业收入增长12%。石家庄、保定、承德3家国家高新区营业收入占全省高新区的35%。"
	 "石家庄、保定、承德三个高新区的税收增速分别为8%、9%和10%。", 20240720,
	 "12%|河北省;3家|河北省;35%|河北省;三个|河北省;8%|石家庄高新技术产业开发区;9%|保定高新技术产业开发区;"
	 "10%|承德高新技术产业开发区"},
	/* 三大科学园区 after the list: the parks together are Taiwan's */
	{"國科會統計，竹科、中科、南科三大科學園區去年營業額4.7兆元。其中南科2.2兆元，竹科1.5兆元。\n"
	 "園區全年出口額3.4兆元。", 20250313,
	 "4.7兆元|台湾省;2.2兆元|南部科学园区;1.5兆元|新竹科学园区;3.4兆元|台湾省"},
	/* 自贸区 means the free trade zone named last, not the new area named after it */
	{"上海自贸区扩区一年。浦东新区生产总值增长9.1%。\n自贸区全年新设企业1.8万家。", 20160218,
	 "9.1%|上海浦东新区;1.8万家|中国(上海)自由贸易试验区"},
	/* after 中国自贸试验区 (the kind in general) 自贸试验区 means no zone named before */
	{"自2013年上海自贸试验区挂牌起，中国自贸试验区已有十年。\n自贸试验区实际使用外资增长21.2%。",
	 20230803, "十年|中国(上海)自由贸易试验区;21.2%|"},
	/* 广州开发区: the zone's short name after its region */
	{"全年广州开发区实现生产总值3104亿元。", 20210617, "3104亿元|广州经济技术开发区"},
	/* Taiwan's counties and cities: the name in Simplified (no row holds them) */
	{"彰化縣政府公布，去年全縣招商金額達320億元，較前年成長15%。", 20250305,
	 "320億元|彰化县;15%|彰化县"},
	{"臺中市經發局統計，今年上半年臺中新設公司2,100家。", 20250715, "2,100家|台中市"},
	/* 臺中園區 is a part of the science park, not the city */
	{"中部科學園區臺中園區去年營業額6,800億元。", 20250305, "6,800億元|中部科学园区"},
	/* 二七 of a numeral is no 二七区 */
	{"苗栗縣明年度總預算歲入二七七點三億元。", 20250830, "二七七點三億元|苗栗县"},
	/* macro-regions: the subject of their own sentence, never the topic */
	{"今年前三季度全国实际使用外资8000亿元。分区域看，东部地区6500亿元，中部地区800亿元。"
	 "全年新设外资企业4.2万家。", 20241020,
	 "8000亿元|;6500亿元|东部地区;800亿元|中部地区;4.2万家|"},
	{"长三角地区生产总值30万亿元，占全国的24%。长株潭技术合同成交额400亿元。", 20240105,
	 "30万亿元|长三角地区;24%|长三角地区;400亿元|长株潭地区"},
	/* 财政部 is Taiwan's in a Traditional text, unless marked the mainland's */
	{"財政部統計處今日發布，上月出口450億美元，年增20%。", 20251009, "450億美元|台湾省;20%|台湾省"},
	{"大陸財政部公布，前10月全國一般公共預算收入18兆元。", 20251120, "18兆元|"},
	/* a region and the kind of a park no list holds: that park, named as written */
	{"去年，江西万年县工业园区完成工业总产值120亿元，园区新入驻企业15家。", 20240115,
	 "120亿元|万年县工业园区;15家|万年县工业园区"},
	{"南宁综保区前三季度进出口额80亿元。", 20241020, "80亿元|南宁综合保税区"},
	/* ... not after an ambiguous short name, nor a city's parks together */
	{"全市战略性新兴产业园实现产值30亿元。", 20240115, "30亿元|"},
	{"绵阳市产业园区去年完成投资50亿元。", 20240115, "50亿元|绵阳市"},
	/* the cooperation zones with Hong Kong and Macau; 合作区 means the zone */
	{"橫琴粵澳深度合作區去年地區生產總值增長4%。合作區新設澳資企業820戶。", 20250210,
	 "4%|横琴粤澳深度合作区;820戶|横琴粤澳深度合作区"},
	/* source places of investment are no subjects, nor places of last resort */
	{"大陸商務部今天公布，前5月實際使用外資3,000億元。按來源地看，新加坡及澳門的實際投入金額"
	 "分別增長30%和15%。", 20250620, "3,000億元|;30%|;15%|"},
	/* places each followed by its own figure in brackets, after 依次为 */
	{"湖南省上半年规上工业增加值增长7%，增速居前的依次为郴州市（9.2%）、益阳市（8.8%）和"
	 "常德市（8.1%）。", 20240720,
	 "7%|湖南省;9.2%|郴州市;8.8%|益阳市;8.1%|常德市"},
	/* 开发区 means the park named last that is one, not a new area named in passing */
	{"南京经济技术开发区简介\n南京经开区1992年设立。2015年，南京江北新区的一个组团在此设立。"
	 "开发区规划面积200平方公里，常住人口约30万。", 20240115,
	 "200平方公里|南京经济技术开发区;约30万|南京经济技术开发区"},
	/* parks listed together are no antecedent of a later 园区: the province's figures stay its own */
	{"四川省统计局公布，全省8个重点园区上半年营业收入增长9%，增幅居前的为成都高新技术产业开发区和"
	 "成都高新综合保税区。外贸方面，园区进出口总额600亿元，增长12%。", 20240720,
	 "8个|四川省;9%|四川省;600亿元|四川省;12%|四川省"},
	/* 全省 in a bulletin that never writes its province: the province its prefectures lie in */
	{"前三季度全省工业投资运行简况\n前三季度，全省工业投资增长9.5%。分市看，增速较快的为"
	 "绵阳市（21.3%）、宜宾市（18.0%）和泸州市（15.2%）。", 20241025,
	 "9.5%|四川省;21.3%|绵阳市;18.0%|宜宾市;15.2%|泸州市"},
	/* ... and no province where the places it names lie in several */
	{"全省技术合同成交额增长12%。南京市、杭州市增速居前。", 20241025, "12%|"},
	/* 全市 likewise: the prefecture of the counties listed */
	{"全市规上工业增加值增长6.1%，其中沭阳县增长8.4%，泗洪县增长7.0%。", 20240425,
	 "6.1%|宿迁市;8.4%|沭阳县;7.0%|泗洪县"},
	/* an autonomous prefecture's short name with 州 */
	{"全省新建5G基站1.2万个，其中恩施州1600个，湘西州900个。", 20240115,
	 "1.2万个|;1600个|恩施土家族苗族自治州;900个|湘西土家族苗族自治州"},
	/* 全区 in an autonomous region's news: the region again after a city named in passing */
	{"广西壮族自治区工信厅通报，全区工业增加值增长7%。柳州汽车产量180万辆；全区新能源汽车产量"
	 "60万辆，增长30%。", 20240125,
	 "7%|广西壮族自治区;180万辆|柳州市;60万辆|广西壮族自治区;30%|广西壮族自治区"},
	/* functional zones with NBS statistical codes of their own, named in full */
	{"郑州航空港经济综合实验区今年前三季度进出口总值增长12%，示范区外的郑州市增长5%。", 20241020,
	 "12%|郑州航空港经济综合实验区;5%|郑州市"},
	{"山西转型综合改革示范区1—9月规上工业增加值增长9.3%，新签约项目52个。", 20241020,
	 "9.3%|山西转型综合改革示范区;52个|山西转型综合改革示范区"},
	/* the nation's own figure in brackets after 全国 is national */
	{"内蒙古自治区1—8月规上工业增加值增长6.9%，高于全国（4.5%）2.4个百分点，比全国平均水平(5.1%)"
	 "高1.8个百分点。", 20240920,
	 "6.9%|内蒙古自治区;4.5%|;2.4个百分点|内蒙古自治区;5.1%|;1.8个百分点|内蒙古自治区"},
	/* a place compared with (比…湖北省多) is no subject, nor the topic after */
	{"湖南一季度实际利用外资增长12%\n一季度全省实际利用外资52亿美元，比排在第二位的湖北省多3亿美元。"
	 "全省新设外资企业210家。", 20240425,
	 "12%|湖南省;52亿美元|湖南省;3亿美元|湖南省;210家|湖南省"},
	/* 资本市场 holds no 本市: the province's figures stay its own after a city named in passing */
	{"贵州省科技厅在贵阳通报，全省科技型企业1.1万家。其中在资本市场挂牌的有41家。", 20240425,
	 "1.1万家|贵州省;41家|贵州省"},
	/* ... while 全市面积 is 全市 */
	{"记者从佛山市获悉，按全市面积3797平方公里计算，每平方公里有高新技术企业2家。", 20240425,
	 "3797平方公里|佛山市;2家|佛山市"},
	/* a region's name before another province's park short name: that region's zone as written */
	{"烟台滨海新区前三季度规上工业产值增长8%。\n滨海新区新签约项目31个。", 20241020,
	 "8%|烟台滨海新区;31个|烟台滨海新区"},
	{"天津滨海新区前三季度规上工业产值增长6%。滨海新区新签约项目40个。", 20241020,
	 "6%|天津滨海新区;40个|天津滨海新区"},
	/* 全市 before its city is named: the one city the document names, at every mention */
	{"前三季度，全市规上工业增加值增长7.2%。石化产业拉动湛江市工业增长4个百分点，对湛江市工业增长的"
	 "贡献率为55%。", 20241020,
	 "7.2%|湛江市;4个百分点|湛江市;55%|湛江市"},
	/* a count of places of a level (3个市州) is the figure of the place they lie in */
	{"四川省上半年外贸进出口增长5%。绵阳市（21%）和德阳市（18%）2个市州增速居前。\n"
	 "泸州市下降3%。与一季度相比，6个市州增速回升。", 20240720,
	 "5%|四川省;21%|绵阳市;18%|德阳市;2个|四川省;3%|泸州市;6个|四川省"},
	/* a prefecture's 工业园区 are the city's parks together: the city (a county's stays a park) */
	{"曲靖市工业园区前两个月完成工业总产值90亿元，增长8%；全市园区新签约项目14个。"
	 "陆良县工业园区产值12亿元。", 20240320,
	 "90亿元|曲靖市;8%|曲靖市;14个|曲靖市;12亿元|陆良县工业园区"},
	/* 依次 gives each listed place its figure, as 分别 does */
	{"安徽省技术合同成交额600亿元。合肥居首，为150亿元；芜湖、蚌埠、滁州依次为40亿元、35亿元和"
	 "30亿元。", 20240720,
	 "600亿元|安徽省;150亿元|合肥市;40亿元|芜湖市;35亿元|蚌埠市;30亿元|滁州市"},
	/* zones no list holds, and the short forms news writes for them */
	{"郑州航空港区前10个月进出口增长15%，全区规上工业增加值增长9%。", 20241120,
	 "15%|郑州航空港经济综合实验区;9%|郑州航空港经济综合实验区"},
	{"宁东基地今年新增科技型企业8家。兵团1至5月固定资产投资增长6%。沈抚示范区上半年技术合同"
	 "成交额增长30%。", 20240620,
	 "8家|宁东能源化工基地;6%|新疆生产建设兵团;30%|沈抚改革创新示范区"},
	/* places listed with their own figures in brackets are no topic: the document's place keeps the next figures */
	{"江西省前三季度技术合同成交额增长20%。买方省份中，浙江（30亿元）、福建（21亿元）居前。"
	 "电子信息领域成交额98亿元。", 20241020,
	 "20%|江西省;30亿元|浙江省;21亿元|福建省;98亿元|江西省"},
	/* customs areas named by their region, their own name and kind (a municipality's too) */
	{"上海外高桥保税区上半年进出口增长6%。重庆西永综合保税区进出口额900亿元。该综保区新设企业"
	 "40家。", 20240720,
	 "6%|上海外高桥保税区;900亿元|重庆西永综合保税区;40家|重庆西永综合保税区"},
	/* ... but not a count of areas (各, digits), and one inside the topic park is a part named in passing */
	{"天津市各综合保税区上半年进出口增长5%。", 20240720, "5%|天津市"},
	{"西安高新区前三季度营业收入增长9%，西安高新综合保税区进出口继续居全省首位。全区新增高新技术"
	 "企业300家。", 20241020,
	 "9%|西安高新技术产业开发区;300家|西安高新技术产业开发区"},
	/* a list of zones with an item the gazetteer lacks, then their count: the province's zones together */
	{"河北省高新区营业收入增长12%。廊坊、燕郊、邯郸3家高新区营业收入占全省高新区的30%。", 20240420,
	 "12%|河北省;3家|河北省;30%|河北省"},
	/* places counted after their list (甲、乙5市) or as 前N市, and what they sum to: the region around them */
	{"安徽省技术合同成交额500亿元。合肥居首，为120亿元；前3市合计200亿元，占全省的四成。"
	 "淮南、宣城2市合计仅9亿元，占全省的1.8%。", 20240720,
	 "500亿元|安徽省;120亿元|合肥市;200亿元|安徽省;四成|安徽省;2市|安徽省;9亿元|安徽省;"
	 "1.8%|安徽省"},
	/* ... but not a city-level count of projects (12个市重点项目) nor a single 一区 */
	{"全区申报2个省重点项目，结转12个市重点项目，预排9个区重点项目。", 20240220,
	 "2个|;12个|;9个|"},
	/* a part of a park named right after it: its own subject, not the topic (the city's figures stay its own) */
	{"达州市产业园区全年完成基础设施投资3亿元。达州高新区金垭园累计完成投资8000万元。入园企业"
	 "实现产值120亿元。", 20240120,
	 "3亿元|达州市;8000万元|达州高新技术产业开发区金垭园;120亿元|达州市"},
	/* ... named by the park as written where the full name only adds a province; not the park's own kind read short */
	{"兰州新区氢能产业园今年新开工项目12个。", 20240520, "12个|兰州新区氢能产业园"},
	{"中关村科技园今年新增企业3000家。", 20240520, "3000家|中关村科技园区"},
	/* a campus in brackets after a university's name is no place of the text */
	{"湖北省上半年技术合同成交额900亿元。高校中，华中农业大学（武汉）居首。流向省外的成交额"
	 "400亿元。", 20240820,
	 "900亿元|湖北省;400亿元|湖北省"},
};

int
main(void)
{
	return pd_rows_run("test_metric_subject", cases, sizeof(cases) / sizeof(cases[0]), PD_ROWS_SUBJECT);
}
