/*-------------------------------------------------------------------------
 *
 * pd_metric_data.h
 *	  Keyword tables of the metric extractor: units, qualifiers, kinds,
 *	  exclusions, periods, targets, anaphora, indicator trimming.
 *
 * Included by pd_metric_lists.c only, which exports the tables to the
 * other files of the extractor (types and flags in pd_metric_int.h).  Every
 * table is plain data, matched by the generic word matcher of
 * pd_metric_scan.c (longest entry wins; on equal length the first, so
 * longer words come first within a table where order matters).  A word
 * list may carry a tag per word (PdWordList.tags) for the rules that treat
 * some of its words apart.  The words are
 * chosen for the genre -- government and newspaper reports on districts,
 * development zones and enterprises -- not for particular documents.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_data.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_METRIC_DATA_H
#define PD_METRIC_DATA_H

/* ---- units -------------------------------------------------------------- */

/*
 * Words that may follow a number.  Scale words (十 百 千 万 亿) are part of
 * the numeral, so 万元 and 亿元 arrive here as 元.  Longest match wins.
 */
const PdUnitWord pd_unit_words[] = {
	/* percent, multiples, points */
	{"个百分点", "百分点", PU_POINT},
	{"百分点", "百分点", PU_POINT},
	{"%", "%", PU_PERCENT},
	{"％", "%", PU_PERCENT},
	{"‰", "%", PU_PERCENT | PU_PERMILLE},	/* in percent points, as 千分之: 0.37‰ -> 0.037 */
	{"成", "%", PU_PERCENT | PU_TENTH},
	{"倍", "倍", PU_MULT},
	/* currencies */
	{"元人民币", "元", PU_MONEY},
	{"美元", "美元", PU_MONEY},
	{"欧元", "欧元", PU_MONEY},
	{"日元", "日元", PU_MONEY},
	{"港元", "港元", PU_MONEY},
	{"澳门元", "澳门元", PU_MONEY},
	{"澳门币", "澳门元", PU_MONEY},
	{"澳币", "澳门元", PU_MONEY},
	{"港币", "港元", PU_MONEY},
	{"韩元", "韩元", PU_MONEY},
	{"英镑", "英镑", PU_MONEY},
	{"卢布", "卢布", PU_MONEY},
	{"块钱", "元", PU_MONEY},
	{"人民币", "元", PU_MONEY},
	{"美圆", "美元", PU_MONEY},
	{"澳元", "澳元", PU_MONEY},
	{"加元", "加元", PU_MONEY},
	{"新台币", "新台币", PU_MONEY},
	{"泰铢", "泰铢", PU_MONEY},
	{"卢比", "卢比", PU_MONEY},
	{"瑞郎", "瑞士法郎", PU_MONEY},
	{"法郎", "法郎", PU_MONEY},
	{"奈拉", "奈拉", PU_MONEY},
	{"元", "元", PU_MONEY},

	/* area, length, volume, mass, energy, power */
	{"平方公里", "平方公里", PU_PHYS},
	{"平方千米", "平方公里", PU_PHYS},
	{"平方米", "平方米", PU_PHYS},
	{"平米", "平方米", PU_PHYS},
	{"㎡", "平方米", PU_PHYS},
	{"m²", "平方米", PU_PHYS},
	{"立方米", "立方米", PU_PHYS},
	{"亩", "亩", PU_PHYS},
	{"公里", "公里", PU_PHYS},
	{"千米", "公里", PU_PHYS},
	{"厘米", "厘米", PU_PHYS},
	{"毫米", "毫米", PU_PHYS},
	{"纳米", "纳米", PU_PHYS},
	{"米", "米", PU_PHYS},
	{"km", "公里", PU_PHYS},
	{"吨", "吨", PU_PHYS},
	{"公斤", "千克", PU_PHYS},
	{"千克", "千克", PU_PHYS},
	{"克", "克", PU_PHYS},
	{"千瓦时", "千瓦时", PU_PHYS},
	{"兆瓦时", "兆瓦时", PU_PHYS},
	{"千瓦", "千瓦", PU_PHYS},
	{"兆瓦", "兆瓦", PU_PHYS},
	{"吉瓦", "吉瓦", PU_PHYS},
	{"瓦", "瓦", PU_PHYS},
	{"GWh", "GWh", PU_PHYS},
	{"MWh", "MWh", PU_PHYS},
	{"kWh", "kWh", PU_PHYS},
	{"GW", "GW", PU_PHYS},
	{"MW", "千瓦", PU_PHYS | PU_KILO},	/* 32MW = 32000 千瓦 */
	{"kW", "kW", PU_PHYS},
	{"千伏安", "千伏安", PU_PHYS},	/* transformers' capacity: 2828万千伏安 */
	{"千伏", "千伏", PU_PHYS},
	{"伏", "伏", PU_PHYS},
	{"升", "升", PU_PHYS},
	{"标准箱", "标准箱", PU_PHYS},
	{"TEU", "TEU", PU_PHYS},
	{"度", "度", PU_PHYS | PU_DEGREE},
	/* time spans (dates are excluded below) */
	{"个月", "月", PU_SPAN},
	{"个季度", "季度", PU_SPAN},	/* 连续两个季度: a duration in quarters */
	{"个小时", "小时", 0},
	{"小时", "小时", 0},
	{"分钟", "分钟", 0},
	{"周年", NULL, PU_EXCLUDE},	/* 成立75周年: an anniversary */
	{"奈米", NULL, PU_EXCLUDE},	/* 1.4奈米制程: a process node (Taiwan's word) */
	{"周岁", "岁", 0},
	{"岁", "岁", 0},
	{"天", "天", PU_SPAN},
	{"年", "年", PU_YEAR | PU_SPAN},
	{"公分", "厘米", PU_PHYS},
	{"cm", "厘米", PU_PHYS},
	{"mm", "毫米", PU_PHYS},
	{"kg", "千克", PU_PHYS},
	{"mg", "毫克", PU_PHYS},
	{"毫克", "毫克", PU_PHYS},
	{"微克", "微克", PU_PHYS},
	{"斤", "斤", PU_PHYS},
	{"千卡", "千卡", PU_PHYS},
	{"兆赫兹", "兆赫兹", PU_PHYS},
	{"赫兹", "赫兹", PU_PHYS},
	{"兆字节", "兆字节", PU_PHYS},
	{"字节", "字节", PU_PHYS},
	{"比特", "比特", PU_PHYS},
	{"MB", "MB", PU_PHYS},
	{"GB", "GB", PU_PHYS},
	{"TB", "TB", PU_PHYS},
	{"摄氏度", "摄氏度", PU_PHYS},
	{"℃", "摄氏度", PU_PHYS},
	{"公顷", "公顷", PU_PHYS},
	{"周", "周", PU_SPAN},
	/* measure words (counts) */
	{"人次", "人次", 0},
	{"家次", "家次", 0},
	{"批次", "批次", 0},
	{"个", "个", 0},
	{"人", "人", 0},
	{"名", "名", 0},
	{"家", "家", 0},
	{"项", "项", 0},
	{"件", "件", 0},
	{"条", "条", 0},
	{"场", "场", 0},
	{"所", "所", 0},
	{"份", "份", 0},
	{"台套", "套", 0},			/* 连接设备4000万台套: sets of equipment */
	{"台", "台", 0},
	{"套", "套", 0},
	{"座", "座", 0},
	{"户", "户", 0},
	{"次", "次", 0},
	{"批", "批", 0},
	{"位", "位", PU_RANKABLE},
	{"支", "支", 0},
	{"只", "只", 0},
	{"辆", "辆", 0},
	{"架", "架", 0},
	{"艘", "艘", 0},
	{"部", "部", 0},
	{"篇", "篇", 0},
	{"本", "本", 0},
	{"张", "张", 0},
	{"种", "种", 0},
	{"类", "类", 0},
	{"款", "款", 0},
	{"处", "处", 0},
	{"栋", "栋", 0},
	{"幢", "幢", 0},
	{"间", "间", 0},
	{"层", "层", 0},
	{"颗", "颗", 0},
	{"株", "株", 0},
	{"头", "头", 0},
	{"笔", "笔", 0},
	{"单", "单", 0},
	{"例", "例", 0},
	{"轮", "轮", 0},
	{"片", "片", 0},
	{"块", "块", 0},
	{"枚", "枚", 0},
	{"棵", "棵", 0},
	{"门", "门", 0},
	{"册", "册", 0},
	{"县市", "个", 0},			/* 全台22县市: a count of counties and cities */
	{"部委", "个", 0},			/* 五部委联合发文: a count of ministries and commissions */
	/* followers that make the number a date, clock time, ordinal or name */
	{"个月前", NULL, PU_EXCLUDE},
	{"县市长", NULL, PU_EXCLUDE},	/* 2022县市长选举 */
	{"年代", NULL, PU_EXCLUDE},
	{"月份", NULL, PU_EXCLUDE},
	{"月", NULL, PU_EXCLUDE},
	{"日", NULL, PU_EXCLUDE},
	{"号", NULL, PU_EXCLUDE},
	{"时", NULL, PU_EXCLUDE},
	{"点钟", NULL, PU_EXCLUDE},
	{"届", NULL, PU_EXCLUDE},
	{"期", NULL, PU_EXCLUDE},
	{"版", NULL, PU_EXCLUDE},
	{"楼", NULL, PU_EXCLUDE},
	{"强", NULL, PU_EXCLUDE},
	{"代", NULL, PU_EXCLUDE},
	{"中全会", NULL, PU_EXCLUDE},
	{"级", NULL, PU_EXCLUDE},
	{"线", NULL, PU_EXCLUDE},
	{"流", NULL, PU_EXCLUDE},
	{"方阵", NULL, PU_EXCLUDE},
	{"连冠", NULL, PU_EXCLUDE},
	{"路", NULL, PU_EXCLUDE},
	{"室", NULL, PU_EXCLUDE},
	/* Taiwan's metric names (平方公尺 is 平方米), scores (景气对策信号38分) */
	{"平方公尺", "平方米", PU_PHYS},
	{"立方公尺", "立方米", PU_PHYS},
	{"公尺", "米", PU_PHYS},
	{"公吨", "吨", PU_PHYS},
	{"坪", "坪", PU_PHYS},
	{"分", "分", PU_SCORE},
	{"标箱", "标准箱", PU_PHYS},
	{"班次", "班次", 0},
	{"艘次", "艘次", 0},
	{"列", "列", 0},			/* 中欧班列开行18000列 */
};

/*
 * Words that begin like a unit but are ordinary words: 2.4亿人才创新母基金
 * is money, not 2.4亿 人.  Checked at the unit's position before the unit
 * table; a hit means "no unit here".
 */
static const char *const pd_unit_blockers[] = {
	"人才", "人员", "人口", "人民", "人士", "人工", "人类", "人力", "人气",
	"人群", "人物", "人生", "人文", "人居", "人城", "人社", "人大", "人保",
	"名校", "名单", "名称", "名城", "名牌", "名誉", "名片", "名优",
	"家庭", "家居", "家电", "家乡", "家园", "家具", "家政",
	"项目", "台阶", "台湾", "场景", "场所", "场地", "场馆", "所属", "所在",
	"所有", "所得", "位于", "位置", "座谈", "次数", "次级", "批准", "批复",
	"条例", "条件", "条线", "户籍", "套餐", "份额", "元素", "元件", "元器件",
	"元宇宙", "支持", "支撑", "支付", "支柱", "部门", "部署", "部分", "部件",
	"本科", "本土", "本地", "本期", "种类", "种植", "种子", "类型", "款式",
	"处理", "层次", "层面", "头部", "单位", "单项", "单体", "例如", "门类",
	"门户", "片区", "块地", "块儿", "块状", "天然", "天目湖", "周边", "周期", "方面", "方向",
	"方式", "方案", "岁月", "岁入", "岁出", "岁计", "代表", "成为", "成立", "成果", "成本", "成效",
	"成员", "成长", "成功", "成熟", "成都", "成就", "成交", "成绩", "成型",
	"成套", "成品", "倍增", "米粮", "度假", "个人所得", "件事", "张家港",
	"年轻", "年度", "年初", "年底", "年末", "年产", "年均", "年营", "年销",
	"台州", "天津", "天宁", "场合", "年行动", "年规划", "年计划", "年发展规划",
	"列入", "列为", "列车", "列居", "列全", "列第",
};

/*
 * A number with its unit and the word after it that is a name, not a
 * quantity: 人大三次会议, 三次产业, 两位数, 500千伏输变电工程.  Matched at
 * the unit.
 */
static const char *const pd_name_units[] = {
	"次会议", "次全会", "次全体会议", "次全体", "次代表大会", "次党代会", "次产业",
	"位数", "千伏输变电", "千伏变电站", "千伏线路", "千伏特高压",
	"类新药", "类创新药", "类医疗器械",	/* 1类新药: a class, not a count */
	/* 28纳米产线, 7纳米工艺: a process node (奈米 is one as a unit) */
	"纳米工艺", "纳米制程", "纳米产线", "纳米生产线", "纳米芯片", "纳米技术",
	"纳米节点", "纳米先进制程", "纳米及以下",
};

/* Words before 位 that make it a rank, not people: 位次前移7位 */
static const char *const pd_rank_words[] = {
	"位次", "排名", "前移", "后移", "前进", "后退", "跃升", "上升", "提升",
	"下降", "下滑", "升至", "降至", "位列", "位居", "居",
	"排在", "分列", "并列",		/* 排在后三位, 分列第二、三位 */
};

/*
 * After an amount of money: a class of enterprises or projects, not a
 * figure (入库税收超过500万元的企业, 新增20亿元企业, 300亿元级园区).
 */
static const char *const pd_class_after[] = {
	"级", "的企业", "企业", "以上企业", "以上的企业", "以上工业企业", "的项目",
	"项目", "以上项目", "以上的项目", "规模",
	"投资项目", "投资建设项目",	/* 实施500万元投资建设项目15个 */
};

/* Nouns a threshold classifies: 15亿元以上制造业企业 */
static const char *const pd_class_nouns[] = {
	"企业", "工业企业", "制造业企业", "项目", "园区",
};

/* Before a bare number: an index level (工业生产指数一二二, 指数为98) */
static const char *const pd_index_words[] = {
	"指数", "指数为", "指数达", "指数达到",
};

/* After a number of years: a phrase, not a quantity (两年平均增长, 三年来). */
static const char *const pd_span_after[] = {
	"平均", "来", "以来",
};

/* Words between the items of a list of figures (besides 、 and spaces). */
static const char *const pd_list_marks[] = {
	"和", "及", "与", "以及", "或", "或者", "至", "到",
};

/* ---- qualifiers ---------------------------------------------------------- */

/* Immediately before the number (longest first). */
const PdQualWord pd_qual_before[] = {
	{"不少于", PD_QUAL_AT_LEAST},
	{"不低于", PD_QUAL_AT_LEAST},
	{"不超过", PD_QUAL_AT_MOST},
	{"不高于", PD_QUAL_AT_MOST},
	{"至少", PD_QUAL_AT_LEAST},
	{"最少", PD_QUAL_AT_LEAST},
	{"最多", PD_QUAL_AT_MOST},
	{"不到", PD_QUAL_LESS_THAN},
	{"不足", PD_QUAL_LESS_THAN},
	{"未满", PD_QUAL_LESS_THAN},
	{"未达", PD_QUAL_LESS_THAN},
	{"大约", PD_QUAL_APPROX},
	{"约莫", PD_QUAL_APPROX},	/* Taiwan: 約莫300億元 */
	{"约略", PD_QUAL_APPROX},
	{"将近", PD_QUAL_APPROX},
	{"接近", PD_QUAL_APPROX},
	{"约合", PD_QUAL_APPROX},
	{"约增", PD_QUAL_APPROX},	/* 歲出約增七十一億元: about, a rise (pd_kind_words) */
	{"约减", PD_QUAL_APPROX},
	{"超过", PD_QUAL_MORE_THAN},
	{"打破", PD_QUAL_NONE},		/* 打破3项纪录: no qualifier, and 破 is none */
	{"突破", PD_QUAL_MORE_THAN},
	{"冲破", PD_QUAL_MORE_THAN},	/* 營業額衝破4兆元大關: a threshold crossed */
	{"跨过", PD_QUAL_MORE_THAN},	/* 工业增加值跨过1万亿元大关 */
	{"跨越", PD_QUAL_MORE_THAN},
	{"迈过", PD_QUAL_MORE_THAN},
	{"跌破", PD_QUAL_LESS_THAN},	/* 跌破20%: fell below */
	{"下破", PD_QUAL_LESS_THAN},
	{"高于", PD_QUAL_MORE_THAN},
	{"多于", PD_QUAL_MORE_THAN},
	{"约", PD_QUAL_APPROX},
	{"近", PD_QUAL_APPROX},
	{"超", PD_QUAL_MORE_THAN},
	{"上看", PD_QUAL_AT_MOST},	/* 全年上看8000億元 */
	{"上限", PD_QUAL_AT_MOST},
	{"最长", PD_QUAL_AT_MOST},
	{"跃上", PD_QUAL_MORE_THAN},	/* a level reached, read as 突破 */
	{"迈上", PD_QUAL_MORE_THAN},
	{"站上", PD_QUAL_MORE_THAN},
	{"逼近", PD_QUAL_APPROX},
	{"逾", PD_QUAL_MORE_THAN},
	{"破", PD_QUAL_MORE_THAN},	/* 营收破兆 */
};

/* Between the number and its unit: 8900余人, 60多家, 20来个. */
const PdQualWord pd_qual_between[] = {
	{"余", PD_QUAL_MORE_THAN},
	{"多", PD_QUAL_MORE_THAN},
	{"来", PD_QUAL_APPROX},
};

/* After the unit: 1200人左右, 600个以上. */
const PdQualWord pd_qual_after[] = {
	{"左右", PD_QUAL_APPROX},
	{"上下", PD_QUAL_APPROX},
	{"以上", PD_QUAL_AT_LEAST},
	{"及以上", PD_QUAL_AT_LEAST},
	{"以下", PD_QUAL_AT_MOST},
	{"及以下", PD_QUAL_AT_MOST},
	{"以内", PD_QUAL_AT_MOST},
	{"之内", PD_QUAL_AT_MOST},
	{"有余", PD_QUAL_MORE_THAN},
	{"多", PD_QUAL_MORE_THAN},
};

/* ---- kinds --------------------------------------------------------------- */

/* Looked for in the clause before the number; the nearest one wins. */
const PdKindWord pd_kind_words[] = {
	{"复合增长率", PK_RATE},
	{"增长率", PK_RATE},
	{"增速", PK_RATE},
	{"增幅", PK_RATE},
	{"涨幅", PK_RATE},
	{"降幅", PK_DOWN},
	{"减幅", PK_DOWN},
	{"跌幅", PK_DOWN},
	{"新增", PK_CHANGE},
	{"净增", PK_CHANGE},
	{"净减", PK_DOWN},
	{"增长", PK_UP},
	{"增加", PK_UP},
	{"提高", PK_UP},
	{"提升", PK_UP},
	{"上升", PK_UP},
	{"上涨", PK_UP},
	{"增至", 0},
	{"增加值", 0},				/* value added: a noun */
	{"贡献率", PK_SHARE},
	{"成长率", PK_RATE},
	{"新落地", PK_CHANGE},
	{"新引进", PK_CHANGE},
	{"新认定", PK_CHANGE},
	{"新设立", PK_CHANGE},
	{"累计引进", 0},			/* a stock */
	{"累计认定", 0},
	{"引进", PK_CHANGE},
	{"认定", PK_CHANGE},
	{"升规", PK_CHANGE},
	{"多出", PK_UP},
	{"大增", PK_UP},
	{"约增", PK_UP},			/* 歲入約增一〇七億元 */
	{"约减", PK_DOWN},
	{"激增", PK_UP},
	{"暴增", PK_UP},			/* 營業額較去年同期暴增565.6% */
	{"猛增", PK_UP},
	{"大减", PK_DOWN},
	{"锐减", PK_DOWN},
	{"骤降", PK_DOWN},
	{"年增率", PK_RATE},
	{"年增", PK_UP},
	{"比增", PK_UP},			/* Fujian's 比上年增长: 生产总值33.74亿元，比增9.2% */
	{"比降", PK_DOWN},
	{"成长", PK_UP},
	{"微增", PK_UP},
	{"扬升", PK_UP},
	{"攀升", PK_UP},
	{"衰退", PK_DOWN},
	{"收缩", PK_DOWN},
	{"倒退", PK_DOWN},
	{"负增长", PK_DOWN},
	{"负成长", PK_DOWN},		/* Taiwan's 負成長0.5% */
	{"年减", PK_DOWN},
	{"萎缩", PK_DOWN},
	{"下降", PK_DOWN},
	{"减少", PK_DOWN},
	{"降低", PK_DOWN},
	{"回落", PK_DOWN},
	{"下滑", PK_DOWN},
	{"下跌", PK_DOWN},
	{"跌", PK_DOWN},			/* 出口貨量跌22.2%, 月跌0.69% */
	{"涨", PK_UP},				/* 物价月涨0.3% */
	{"回升", PK_UP},
	{"月增", PK_UP},			/* 出口月增4.5% */
	{"月减", PK_DOWN},
	{"季增", PK_UP},
	{"季减", PK_DOWN},
	{"缩减", PK_DOWN},
	{"删减", PK_DOWN},			/* 比原编的预算删减3亿元 */
	{"删除", PK_DOWN},			/* 议会删除旅费276万元 */
	{"删去", PK_DOWN},
	{"删掉", PK_DOWN},
	{"核删", PK_DOWN},
	{"少了", PK_DOWN},			/* 2023年少了3000多亿元 */
	{"删", PK_DOWN},			/* 决议删6亿, 遭删3亿元, 小删1350万元 */
	{"砍", PK_DOWN},			/* 只砍201万4600元 */
	{"削减", PK_DOWN},
	{"微降", PK_DOWN},			/* 按期微降0.2个百分点 */
	{"微减", PK_DOWN},
	{"略降", PK_DOWN},
	{"略减", PK_DOWN},
	{"缩短", PK_DOWN},			/* 审批时间缩短2天 */
	{"压缩", PK_DOWN},			/* 办理时限压缩60% */
	{"下拉", PK_DOWN},			/* 产值下降5%，下拉0.6个百分点 */
	{"拉低", PK_DOWN},			/* 資本形成拉低經濟成長0.01個百分點 */
	{"拖累", PK_DOWN},
	{"追加", 0},				/* 計畫追加30.1億元: a supplementary amount, a level */
	{"占比", PK_SHARE},
	{"比重", PK_SHARE},
	{"占地", 0},
	{"占", PK_SHARE},
	/* rates and revisions of statistics releases (Taiwan, Hong Kong) */
	{"变动率", PK_RATE},		/* 股价指数变动率由20.2%增为21.6% */
	{"升幅", PK_RATE},			/* 第三季的升幅则为2.2% */
	{"高出", PK_UP},			/* 较2019年同期高出逾两成 */
	{"上修", PK_UP},			/* 出口值上修623亿美元 */
	{"下修", PK_DOWN},
	{"上修值", PK_SKIP},				/* 由上月下修值11.8%: the revised figure */
	{"下修值", PK_SKIP},
	{"上修后", PK_SKIP},
	{"下修后", PK_SKIP},
	{"新建", PK_CHANGE},		/* things built or set up: additions to a stock */
	{"新设", PK_CHANGE},
	{"新设企业", 0},			/* new enterprises: a flow of its own */
	{"新设立企业", 0},
	{"新注册企业", 0},
	{"新增注册企业", 0},
};

/* Right after the number: its kind follows it (48.85%成长率, 10%以上的增长). */
static const char *const pd_kind_after[] = {
	"的增长", "的增速", "的增幅", "增长率", "成长率", "的成长", "的年均增长",
	"增速", "增幅", "的升幅", "的实质增长", "的实质升幅", "的涨幅",
	"之增幅", "之按年增幅", "的按年增幅", "之升幅",	/* 61.5%之按年增幅 (Macau) */
};

/* ---- exclusions before the number ------------------------------------- */

/* A number right after one of these is an ordinal or a per-unit phrase. */
static const char *const pd_excl_before[] = {
	"第", "每", "前", "届", "No.", "NO.", "No", "#", "＃",
};

/* A number shortly after one of these (within a few characters) is a code. */
static const char *const pd_code_words[] = {
	"邮编", "邮政编码", "电话", "手机", "热线", "传真", "ICP", "备案号", "网安备",
	"编号", "代码", "编码", "号码", "QQ", "微信", "邮箱", "账号", "尾号", "Tel",
	"TEL", "tel", "地址", "版权", "Copyright", "©", "统一社会信用代码", "证号",
	"文号", "浏览", "访问量", "阅读", "点击",
	/* 苏ICP备05003616号, 京公网安备: not 备 alone (外汇储备3.2万亿美元, 设备4000万台套) */
	"ICP备", "icp备", "公安备", "网备",
};

/* ---- periods ------------------------------------------------------------- */

const PdPeriodWord pd_period_words[] = {
	{"今年以来", 0, YS_DOC, YP_SINCE},
	{"年初以来", 0, YS_CTX, YP_SINCE},
	{"今年上半年", 0, YS_DOC, YP_H1},
	{"今年下半年", 0, YS_DOC, YP_H2},
	{"今年前三季度", 0, YS_DOC, YP_Q1_3},
	{"今年一季度", 0, YS_DOC, YP_Q1},
	{"今年年底", 0, YS_DOC, YP_END},
	{"今年年末", 0, YS_DOC, YP_END},
	{"今年", 0, YS_DOC, YP_YEAR},
	{"本年度", 0, YS_DOC, YP_YEAR},
	{"去年同期", -1, YS_SAME, YP_YEAR},
	{"上年同期", -1, YS_SAME, YP_YEAR},
	{"去年底", -1, YS_DOC, YP_END},
	{"去年末", -1, YS_DOC, YP_END},
	{"去年", -1, YS_DOC, YP_YEAR},
	{"上年末", -1, YS_PREV, YP_END},
	{"上年", -1, YS_PREV, YP_YEAR},
	{"前年", -2, YS_DOC, YP_YEAR},
	{"明年", 1, YS_DOC, YP_YEAR},
	{"当年", 0, YS_CTX, YP_YEAR},
	{"同年", 0, YS_CTX, YP_YEAR},
	{"今年上半年度", 0, YS_DOC, YP_H1},
	{"上半年度", 0, YS_CTX, YP_H1},
	{"下半年度", 0, YS_CTX, YP_H2},
	{"上半年", 0, YS_CTX, YP_H1},
	{"下半年", 0, YS_CTX, YP_H2},
	{"前三季度", 0, YS_CTX, YP_Q1_3},
	{"前3季度", 0, YS_CTX, YP_Q1_3},
	{"首3季", 0, YS_CTX, YP_Q1_3},
	{"首三季", 0, YS_CTX, YP_Q1_3},
	{"第一季度", 0, YS_CTX, YP_Q1},
	{"第二季度", 0, YS_CTX, YP_Q2},
	{"第三季度", 0, YS_CTX, YP_Q3},
	{"第四季度", 0, YS_CTX, YP_Q4},
	{"第一季", 0, YS_CTX, YP_Q1},
	{"第二季", 0, YS_CTX, YP_Q2},
	{"第三季", 0, YS_CTX, YP_Q3},
	{"第四季", 0, YS_CTX, YP_Q4},
	{"第1季", 0, YS_CTX, YP_Q1},
	{"第2季", 0, YS_CTX, YP_Q2},
	{"第3季", 0, YS_CTX, YP_Q3},
	{"第4季", 0, YS_CTX, YP_Q4},
	{"一季度", 0, YS_CTX, YP_Q1},
	{"二季度", 0, YS_CTX, YP_Q2},
	{"三季度", 0, YS_CTX, YP_Q3},
	{"四季度", 0, YS_CTX, YP_Q4},
	{"全年", 0, YS_CTX, YP_YEAR},
	{"年底", 0, YS_CTX, YP_END},
	{"年末", 0, YS_CTX, YP_END},
	{"过去一年", 0, YS_PAST, YP_YEAR},
	{"这一年", 0, YS_PAST, YP_YEAR},
	{"一年来", 0, YS_PAST, YP_YEAR},
	{"今天", 0, YS_DAY, 0},
	{"今日", 0, YS_DAY, 0},
	{"近日", 0, YS_DAY, 0},		/* the news of the day: its date */
	{"日前", 0, YS_DAY, 0},
	{"昨日", -1, YS_DAY, 0},
	{"昨天", -1, YS_DAY, 0},
	{"当天", -1, YS_DAY, 0},	/* in the genre: the day the report speaks of, 昨日 */
	{"截至目前", 0, YS_NOW, 0},
	{"截止目前", 0, YS_NOW, 0},
	{"迄今", 0, YS_NOW, 0},
	{"至今", 0, YS_NOW, 0},
	{"目前", 0, YS_NOW, 0},
	{"当前", 0, YS_NOW, 0},
	{"近年来", 0, YS_NONE, 0},
	{"近年", 0, YS_NONE, 0},
	{"近日", 0, YS_NONE, 0},
	{"日前", 0, YS_NONE, 0},
};

/* Words that open a period phrase running to the end of the clause. */
static const char *const pd_period_openers[] = {
	"截至", "截止", "截止到", "到", "至",
};
static const uint8_t pd_period_openers_tags[] = {
	0, 0, 0, OPEN_DEADLINE, OPEN_AFTER_VERB,
};

/* Verbs that 至 completes (增至2021年 is no period): before 至. */
static const char *const pd_to_verbs[] = {
	"增", "降", "升", "提",
	/* 提高到2022年的: also before 到, which then opens no deadline */
	"提高", "增加", "增长", "上升", "下降", "降低", "提升", "扩大", "减少",
};

/* 近三年, 过去5年: a span before now; 未来五年, 今后3个月: after now (a plan). */
static const char *const pd_span_openers[] = {
	"近", "过去", "未来", "今后", "最近",
};
static const uint8_t pd_span_openers_tags[] = {
	0, SPAN_PAST, SPAN_FUTURE, SPAN_FUTURE, 0,
};

/* The same and 此前: 近3年 before a unit is a period, not a quantity. */
static const char *const pd_span_before[] = {
	"近", "过去", "未来", "今后", "最近", "此前",
	"首",						/* 累计首8个月, 首两个月: the first months of a year */
	"先前", "底的", "末的", "止的",	/* 截至2月底的三个月: a window of a release */
	"剩下的", "剩下", "剩余的", "剩余",	/* 今年剩下的3个月 */
};

/* After a plan name: “十三五”期间, “十四五”末, “十三五”期末. */
static const char *const pd_plan_tail[] = {
	"期间", "时期", "末", "初", "以来", "规划期", "中期", "期末", "期初",
};
static const uint8_t pd_plan_tail_tags[] = {
	PLAN_WHOLE, PLAN_WHOLE, PLAN_END, PLAN_START, PLAN_SINCE, PLAN_WHOLE, PLAN_MID,
	PLAN_END, PLAN_START,
};

/* After a year: 2023年上半年, 2021年度, 2020年末. */
static const char *const pd_year_tail[] = {
	"上半年度", "下半年度",
	"上半年", "下半年", "前三季度", "一季度", "二季度", "三季度", "四季度",
	"第一季度", "第二季度", "第三季度", "第四季度", "第1季", "第2季", "第3季",
	"第4季", "第一季", "第二季", "第三季", "第四季", "全年",
	"年度", "度", "末", "底", "初", "以来",
	"首3季", "首三季", "前3季", "前三季", "前3季度", "首季", "首季度",
};
static const uint8_t pd_year_tail_tags[] = {
	YP_H1, YP_H2,
	YP_H1, YP_H2, YP_Q1_3, YP_Q1, YP_Q2, YP_Q3, YP_Q4,
	YP_Q1, YP_Q2, YP_Q3, YP_Q4, YP_Q1, YP_Q2, YP_Q3,
	YP_Q4, YP_Q1, YP_Q2, YP_Q3, YP_Q4, YP_YEAR,
	YP_YEAR, YP_YEAR, YP_END, YP_END, YP_START, YP_SINCE,
	YP_Q1_3, YP_Q1_3, YP_Q1_3, YP_Q1_3, YP_Q1_3, YP_Q1, YP_Q1,
};

/* After a month: 12月中旬, 3月底. */
static const char *const pd_month_parts[] = {
	"中旬", "上旬", "下旬", "底", "末", "初",
};

/* 完成全年计划的35.1%: after a period word, the plan as a noun. */
static const char *const pd_plan_nouns[] = {
	"计划", "目标", "任务",
};

/* 较“十二五”末, 同比: the period after these is a base of comparison. */
static const char *const pd_base_words[] = {
	"较", "比", "相比", "同比", "与", "同", "高于", "低于", "快于", "慢于", "以",
	"相当于", "超过",
};

/* 在2022年的基础上: the period before these is a base of comparison. */
static const char *const pd_base_after[] = {
	"的基础上", "基础上", "相比", "同期相比", "水平", "为100", "为基期", "为基数",
	"同期",
};

/*
 * Opening the words before a figure (较“十二五”末增长46.3%, 比上年…): they
 * name a base of comparison, no indicator of their own.
 */
static const char *const pd_compare_leads[] = {
	"较", "比",
};

/* After 分 and Arabic digits: a score (91.9分以上, 38分左右). */
static const char *const pd_score_tails[] = {
	"以上", "左右",
};

/* After a date (主計總處8月預估): when a forecast was made, not its period. */
static const char *const pd_forecast_verbs[] = {
	"预估", "预测",
};

/* After two years (2023/24, 2023-2024): a fiscal year. */
static const char *const pd_fiscal_tails[] = {
	"财政年度", "年度", "财年", "年财政年度",
};

/* After a 以来 period (自2013年…以来, 当年): the year it began. */
static const char *const pd_same_year[] = {
	"当年", "同年",
};

/* After a month (9月末, 12月底): its last day. */
static const char *const pd_month_ends[] = {
	"底", "末",
};

/* The current fiscal year, in a text not about Macau. */
static const char *const pd_fiscal_current[] = {
	"本财政年度", "今个财政年度", "本财年", "今个财年",
};

/* After a fiscal year: a budget bill (115年度中央政府總預算案). */
static const char *const pd_budget_bills[] = {
	"总预算", "预算案", "追加预算", "预算草案", "特别预算",
	"预算额度",					/* 107年度科技發展計畫預算額度: a ceiling set */
};

/* After a year ahead: the address that sets out its plans (2026年財政年度施政報告). */
static const char *const pd_plan_addresses[] = {
	"施政报告",
};

/* Words that break a budget down (按政事別概算, 按政事别分析). */
static const char *const pd_budget_breakdowns[] = {
	"概算", "政事别",
};

/*
 * Forecasts named as values: 8月预测的2.91%, 预测数1.89%, 市场预期的5%, 比原先
 * 预测多7.39个百分点.  Such a word is no verb of the sentence: the figure it
 * names is an estimate, the figures compared with it are what they are.
 */
static const char *const pd_forecast_nouns[] = {
	"预测", "预估", "预期",
};

/* Before a figure a change starts from: the level as it was (將由原本的5%提高至16%). */
static const char *const pd_former_levels[] = {
	"原本的", "原来的", "原先的", "原有的",
};

/*
 * Between a base period and a figure, right before the figure: the figure is
 * the base's own amount (较114年度法定预算数277.27亿元，增加24.85亿元).
 */
static const char *const pd_base_nouns[] = {
	"预算数", "决算数", "预测数", "预估数", "实际数", "核定数", "同期数",
	"数字", "的数字", "预算",		/* 比106年行政院核定的科技預算1,078.5億元 */
};

/*
 * A comparison bracket: 和 (与, 同, 跟) + a period … 相比 (相较, 比较) in one
 * clause; the period is a base, a figure inside the bracket is the base's
 * (和一一三年度法定预算数二五〇点五〇亿元相比，多出…).
 */
static const char *const pd_compare_open[] = {
	"和", "与", "同", "跟",
};
static const char *const pd_compare_close[] = {
	"相比", "相较", "比较",
};

/*
 * Later in the clause of a period, before any figure: the period is the base
 * of the change that follows (去年同期港珠澳大桥口岸工程基数较高而大跌51.6%).
 */
static const char *const pd_base_marks[] = {
	"基数", "基期",
};

/* Inside parentheses right after a figure: it is an estimate (（预计数，下同）). */
static const char *const pd_estimate_notes[] = {
	"预计数", "预计", "预估数", "预估", "估计数", "估计", "初步估计",
};

/* Before a figure: a cumulative total, a stock at the end of its period. */
static const char *const pd_cumulative[] = {
	"累计", "累计达", "累计达到", "累计完成", "累计引进", "累计实现", "累计新增",
	"累计建成", "累计培育", "累计认定",
};

/* Before a figure: a stock at the end of the period, even one of its own. */
static const char *const pd_period_end[] = {
	"期末", "年末", "月末", "季末", "拥有量", "拥有数", "保有量",
};

/* Before a period that 以来 closes later in its clause: 自2013年9月…以来. */
static const char *const pd_since_openers[] = {
	"自", "从", "自从",
};

/* After 于 + a year: the date of an event (于1984年获批), not a period of figures. */
static const char *const pd_event_verbs[] = {
	"获批", "成立", "设立", "建立", "创建", "挂牌", "批准设立", "升级为",
};

/* Before a figure without a period: a stock at the document's date. */
static const char *const pd_present[] = {
	"已有", "已经", "已", "现有", "共有", "拥有",
};

/* Right before a duration: it ends with the period it is reported in. */
static const char *const pd_running[] = {
	"连续", "已连续", "持续",
};

/*
 * Around a 2-3 digit number and 年 in a Traditional document: words that
 * make it a duration (近30年, 成立40年来), not a year of the Republic
 * calendar (103年, 九十二年).
 */
static const char *const pd_duration_before[] = {
	"近", "过去", "未来", "今后", "最近", "超过", "逾", "多", "约", "第", "每",
	"前", "已", "满", "达", "历时", "长达", "成立", "连续", "经过", "了", "这",
	"此", "那", "的", "共", "总共", "将近",
};
static const char *const pd_duration_after[] = {
	"来", "以来", "间", "时间", "内", "后", "多", "前", "之久", "历史", "代",
	"龄", "期间", "左右", "的", "之",
};

/* Words before a number of years that name the Republic calendar. */
static const char *const pd_roc_before[] = {
	"民国",
};

/* ---- targets ------------------------------------------------------------- */

static const char *const pd_target_words[] = {
	"力争", "计划", "目标", "预计", "争取", "确保", "预期", "拟", "将", "规划",
	"有望", "设定为", "可望", "预估", "估计", "冀", "预留",
	"政府会", "我们会", "我会", "当局会", "建议",
	/* 科技园会另拨30亿元, 第一阶段会动用50亿至60亿元: allocations announced */
	"会动用", "会另拨", "会拨出", "会增拨", "会拨款", "会预留", "会注资", "会斥资",
	"预测",
	"上看",						/* 全年外銷訂單上看7,000億美元: also a qualifier */
	"建成后", "投产后", "达产后", "完工后", "竣工后", "完成后", "投用后",
	"运营后", "落成后", "扩建后", "达效后", "启用后",
};
static const uint8_t pd_target_words_tags[] = {
	0, TW_NOUN, TW_NOUN, TW_ESTIMATE, 0, 0, 0, 0, TW_BA, TW_NOUN,
	TW_ESTIMATE, 0, TW_ESTIMATE, TW_ESTIMATE, TW_ESTIMATE, 0, 0,
	0, 0, 0, 0, TW_NOUN,
	0, 0, 0, 0, 0, 0, 0, 0,
	TW_ESTIMATE,
	TW_ESTIMATE,
	TW_PROSPECT, TW_PROSPECT, TW_PROSPECT, TW_PROSPECT, TW_PROSPECT, TW_PROSPECT, TW_PROSPECT,
	TW_PROSPECT, TW_PROSPECT, TW_PROSPECT, TW_PROSPECT, TW_PROSPECT,
};

/*
 * After a target word with tag TW_NOUN: the word is a noun (完成全年计划的,
 * 工信部规划司, “十四五”规划目标, 完成年度目标任务, 计划投资额, 获得土地
 * 计划指标奖励1000亩: a quota).
 */
static const char *const pd_plan_noun_after[] = {
	"的", "司", "局", "处", "科", "院", "馆", "部", "厅", "办", "委",
	"目标", "任务", "纲要", "投资", "总投资", "面积", "书", "中", "内", "期",
	"要求", "指标",
};

/*
 * Words that contain a target word without stating a plan: 将近 (nearly),
 * 模拟 and 虚拟 (拟 in another sense).  The tag is the target word's
 * character offset inside the word.
 */
static const char *const pd_target_masks[] = {
	"将近", "模拟", "虚拟", "京津冀", "冀中", "冀东", "冀南", "冀北", "冀州",
	"将军",
	/* 优于预期, 超预期, 符合预期: expectations, not a plan; 预期寿命 */
	"于预期", "超预期", "超出预期", "不及预期", "符合预期", "预期寿命",
	"于预测", "次预测",
	/* 發表預先估計數字: a statistics office's advance estimate, a release of actuals */
	"预先估计",
};
static const uint8_t pd_target_masks_tags[] = {
	0, 1, 1, 2, 0, 0, 0, 0, 0,
	0,
	1, 1, 2, 2, 2, 0,
	1, 1,
	2,
};

/* 将 as the object marker: 将面积约123亩的工业用地打造成… */
static const char *const pd_ba_verbs[] = {
	"打造成", "打造为", "转让给", "列为", "作为", "改造成", "建成为",
	"转化为", "纳入", "视为", "交给", "落实到", "移往", "移至", "迁往",
	"迁至", "转往", "转移到", "转移至", "调整至", "调整到", "用于", "用作",
	/* 将今年经济成长率…调高至7.37%: a forecast revised */
	"调高至", "调升至", "上修至", "下修至", "调降至", "上调至", "下调至",
};

/*
 * After an estimate word, before the figure: what a project will yield
 * (预计共可创造2,980个就业机会, 预估可带来3万个就业机会), a target.
 */
static const char *const pd_effect_verbs[] = {
	"创造", "提供", "带来", "带动", "吸纳", "安置", "容纳", "拉动",
	"可减少",					/* 預估每年可減少約十一萬噸廢棄物 */
};

/*
 * After X以来: the figure is a record since X, not a total over the years
 * (2019年以来再度突破2000亿元, 创2015年以来新高); X is no period.
 */
static const char *const pd_record_after[] = {
	"再度", "再次", "首次", "首度", "最高", "最低", "新高", "新低", "最快",
	"最大", "最多", "最好", "最佳", "之最", "同期最高",
	"的正成长", "的正增长",		/* 延續去年第3季以來的正成長 */
};

/*
 * Before a growth or a change: a yearly average over the years after a base
 * year (比2012年…年均增长6.5%, 2015年以来年均提高4.2: 2013 or 2016 on).
 */
static const char *const pd_annual[] = {
	"年均", "年平均", "平均每年", "每年平均",
};

/*
 * Before a figure without a period of its own: a standing yearly amount
 * (每年約千億元的常態預算), no period, and no target of a budget's frame.
 */
static const char *const pd_every_year[] = {
	"每年", "每年度",
};

/* ---- anaphora: 我区, 全区, 园区 ... ------------------------------------- */

const PdAnaphor pd_anaphora[] = {
	/* Taiwan's central institutions stand for Taiwan (in a Traditional text) */
	{"国科会", PA_TAIWAN, 0},
	{"经济部", PA_TAIWAN, 0},
	{"行政院", PA_TAIWAN, 0},
	{"主计总处", PA_TAIWAN, 0},
	{"国发会", PA_TAIWAN, 0},
	/* bodies of Taiwan's government whose names the mainland's do not share */
	{"内政部", PA_TAIWAN, 0},
	{"劳动部", PA_TAIWAN, 0},
	{"卫福部", PA_TAIWAN, 0},
	{"卫生福利部", PA_TAIWAN, 0},
	{"金管会", PA_TAIWAN, 0},
	{"数位发展部", PA_TAIWAN, 0},
	{"数发部", PA_TAIWAN, 0},
	{"立法院", PA_TAIWAN, 0},
	/* ministries the mainland has too: Taiwan's unless marked the mainland's */
	{"财政部", PA_TAIWAN_SHARED, 0},
	{"教育部", PA_TAIWAN_SHARED, 0},
	{"交通部", PA_TAIWAN_SHARED, 0},
	{"文化部", PA_TAIWAN_SHARED, 0},
	{"农业部", PA_TAIWAN_SHARED, 0},
	{"环境部", PA_TAIWAN_SHARED, 0},
	/* Hong Kong's and Macau's own words for themselves and their bodies */
	{"本港", PA_HK, 0},
	{"政府统计处", PA_HK, 0},
	{"财政司司长", PA_HK, 0},
	{"创新科技署", PA_HK, 0},
	{"创新及科技局", PA_HK, 0},
	{"创新科技及工业局", PA_HK, 0},
	{"香港政府", PA_HK, 0},
	{"本澳", PA_MACAU, 0},
	{"统计暨普查局", PA_MACAU, 0},
	{"经济财政司司长", PA_MACAU, 0},
	{"澳门政府", PA_MACAU, 0},
	{"该高新区", PA_PARK, 0},
	{"该园区", PA_PARK, 0},
	{"该开发区", PA_PARK, 0},
	{"该综保区", PA_PARK, 0},
	{"该保税区", PA_PARK, 0},
	{"全园区", PA_PARK, 0},
	{"园区", PA_PARK, 1},
	{"高新区", PA_HITECH, 1},
	{"开发区", PA_PARK, 1},
	{"合作区", PA_PARK, 1},
	{"经开区", PA_ETDZ, 1},
	{"自贸区", PA_FTZ, 1},
	{"自贸试验区", PA_FTZ, 1},
	{"新区", PA_NEW_AREA, 1},
	{"我区", PA_DISTRICT, 0},
	{"全区", PA_DISTRICT, 0},
	{"本区", PA_DISTRICT, 0},
	{"该区", PA_ANY, 0},
	{"我市", PA_CITY, 0},
	{"全市", PA_CITY, 0},
	{"本市", PA_CITY, 0},
	{"该市", PA_CITY, 0},
	{"我县", PA_COUNTY, 0},
	{"全县", PA_COUNTY, 0},
	{"本县", PA_COUNTY, 0},
	{"该县", PA_COUNTY, 0},
	{"我省", PA_PROVINCE, 0},
	{"全省", PA_PROVINCE, 0},
	{"本省", PA_PROVINCE, 0},
	{"该省", PA_PROVINCE, 0},
	{"该研究院", PA_ORG, 0},
	{"该中心", PA_ORG, 0},
	{"该公司", PA_ORG, 0},
	{"该企业", PA_ORG, 0},
	{"该集团", PA_ORG, 0},
	{"该平台", PA_ORG, 0},
	{"该校", PA_ORG, 0},
	{"该院", PA_ORG, 0},
	{"该品牌", PA_ORG, 0},
	{"公司", PA_ORG, 1},
};

/*
 * Prepositions, verbs and list marks that govern a place: after them a
 * place is an object (落户金坛, 服务武进), not the subject of the clause.
 */
static const char *const pd_governors[] = {
	"为", "向", "给", "对", "在", "从", "与", "和", "同", "赴", "到", "来",
	"至", "往", "于", "落户", "扎根", "齐聚", "助力", "服务", "支持",
	"带领", "建设", "打造", "融入", "推动", "携手", "位于", "由", "距",
	"离", "比", "较", "像", "如", "全力打造", "来自", "访问", "考察", "入选", "获评", "、",
	"视察", "调研", "前往", "新华社", "中新社", "中央社", "中新网", "本报",
	"高于", "低于", "超过", "领先", "占", "根据", "据", "约占",
	"新增", "居", "位居", "位列", "领跑",
};

/* Words after which the places of a sentence are parts of the topic: 其中舟山市… */
static const char *const pd_breakdown[] = {
	"其中", "分地区看", "分区域看", "分县区看", "分地区", "分区域", "从地区看",
	"分园区看", "分城市看", "区域方面", "按区域",
};

/*
 * People counted by where they come from, right after the place: 香港旅客,
 * 内地游客 (the place is their origin, not the figure's subject).
 */
static const char *const pd_origin_nouns[] = {
	"旅客", "游客", "访客", "旅行团", "客源",
};

/*
 * Words that open figures by trade partner: the places after them in the
 * sentence are partners (接单地区以美国…最多, 以地区别观察，美国…), not the
 * subject (the reporting place is).
 */
static const char *const pd_partner_words[] = {
	"接单地区", "地区别", "国别", "市场别", "出口市场", "进口来源", "贸易伙伴",
	"贸易对象", "来源地", "资金来源",
};

/*
 * A count of zones after a list of places (桂林、南宁、柳州、北海四个国家级高新区):
 * the counter, and the level that may stand before the zone's kind
 */
static const char *const pd_zone_counters[] = {
	"个", "家", "所", "大",
};
static const char *const pd_zone_levels[] = {
	"国家级", "国家", "省级", "自治区级",
};
static const char *const pd_zone_nouns[] = {
	"高新技术产业开发区", "高新区", "经济技术开发区", "经开区", "经济开发区",
	"开发区", "科学园区", "园区", "自贸片区", "片区", "新区", "综保区", "综合保税区",
};

/*
 * A park's kind as its name writes it (the tag: the anaphor that means the
 * last park of that kind: 自贸区, 高新区, 经开区, 新区)
 */
static const char *const pd_park_marks[] = {
	"自由贸易试验区", "自由贸易区", "高新技术产业开发区", "新技术产业开发区",
	"经济技术开发区", "新区",
};
static const uint8_t pd_park_marks_tags[] = {
	PA_FTZ, PA_FTZ, PA_HITECH, PA_HITECH,
	PA_ETDZ, PA_NEW_AREA,
};

/*
 * Before 自贸试验区, 高新区 …: the kind in general (中国自贸试验区, 全国高新区,
 * 21个自贸试验区, 各高新区), no particular park
 */
static const char *const pd_generic_before[] = {
	"中国", "全国", "我国", "各", "个", "家", "所有", "多个", "批",
};

/*
 * Short names of a zone after its region's name (广州开发区 is the 广州经济技术
 * 开发区): the gazetteer's park named by the region and the full kind, if
 * there is one (the tag: the full kind's index in pd_zone_short_full)
 */
static const char *const pd_zone_shorts[] = {
	"开发区",
};
static const uint8_t pd_zone_shorts_tags[] = {
	0,
};
static const char *const pd_zone_short_full[] = {
	"经济技术开发区",
};

/*
 * News agencies before a dateline's place: 中新社 北京12月12日电 (the date
 * and 电 after the place make any place a dateline's: dateline_after); the
 * place after 电 opens the story and may be its subject
 */
static const char *const pd_dateline[] = {
	"新华社", "中新社", "中央社", "中新网", "本报讯", "本报",
};

/* After a county's name, organs of a government: 县委, 县政府 (和县委) */
static const char *const pd_organ_words[] = {
	"委", "政府", "长", "人大", "政协", "级", "域", "城", "里",
};

/*
 * Before a ministry both sides of the strait have (财政部): the mainland's
 * (大陆财政部, 中国财政部, 国家财政部, 内地财政部)
 */
static const char *const pd_mainland_marks[] = {
	"大陆", "中国", "国家", "内地", "中共", "国务院",
};

/*
 * The nation, written before a figure of its own in brackets: 比全国平均水平
 * （12.3%）高3.8个百分点, 高于全国(3.9%): that figure is national, whatever
 * place the sentence is about
 */
static const char *const pd_nation_before_bracket[] = {
	"全国", "全国平均", "全国平均水平", "全国水平", "全国增速", "全国平均增速",
	"全国同期", "全国平均值",
};

/*
 * Words that begin with an anaphor's last character: read across them the
 * anaphor is none (资本市场 holds no 本市, 全市场 is the whole market)
 */
static const char *const pd_anaphor_cross[] = {
	"市场", "市值", "市盈率",
};

/*
 * After a count (4个市州, 9个县区): the places counted are parts, and the count
 * is the figure of the place they lie in.  Tag: the level counted (2
 * prefectures, 3 counties: PD_GAZ_*).
 */
static const char *const pd_place_count_nouns[] = {
	"市州", "地市", "市（州）", "市(州)", "地州市",
	"县区", "县市区", "县（市、区）", "县(市、区)", "区县", "县市",
};
static const uint8_t pd_place_count_nouns_tags[] = {
	2, 2, 2, 2, 2,
	3, 3, 3, 3, 3, 3,
};

/*
 * Places of one level after a list that names them, counted: 郑州、洛阳、新乡
 * 三市 (three cities), 甲、乙两省.  The number must equal the items listed.
 */
static const char *const pd_place_list_heads[] = {
	"市", "省", "县", "州", "区", "国",
};

/* A company's name runs back to the last of these (or a clause mark). */
static const char *const pd_name_bounds[] = {
	"的", "“", "”", "与", "和", "及", "由", "被", "向", "给", "对", "在",
	"为", "是", "）",
};

/* Legal forms that end a company's name (longest first). */
static const char *const pd_company_forms[] = {
	"集团股份有限公司", "股份有限公司", "集团有限公司", "有限责任公司", "有限公司",
};

/* Trailing words dropped from a company's name for its short form. */
static const char *const pd_company_trim[] = {
	"科技发展", "科技",
};

/* Words after which a generic anaphor (全区, 园区) still opens its clause. */
static const char *const pd_anaphor_lead[] = {
	"目前", "今年", "去年", "近年来", "其中", "同时", "此外", "以来", "期间",
	"时期", "末", "年", "月", "当前", "现在", "迄今", "截至目前", "如今",
};

/*
 * Words opening a paragraph that restates a figure of the one before
 * (这633家入库企业…): that figure's date still holds.  Before a digit.
 */
static const char *const pd_restate_lead[] = {
	"这", "這", "上述",
};

/* Share bases cut off the indicator: 年产量约占全国15% -> 年产量. */
static const char *const pd_share_cut[] = {
	"约占全国", "约占全省", "约占全市", "约占全区", "占全国", "占全省", "占全市",
	"占全区", "占全球", "约占",
};

/* Event nouns: 2024年凝聚态物理大会 names an event, not a period. */
static const char *const pd_event_nouns[] = {
	"大会", "会议", "论坛", "年会", "峰会", "博览会", "展会", "大赛", "年鉴",
	"报告", "白皮书",
};

/* ---- indicator trimming -------------------------------------------------- */

/*
 * Words stripped from the front of the text before a number until none
 * applies: conjunctions, adverbs of accumulation and the verbs that
 * introduce an amount (建成科学家工作室19个 -> 科学家工作室).
 */
static const char *const pd_ind_lead[] = {
	"其中", "同时", "此外", "另外", "并且", "并", "和", "与", "及", "以及",
	"累计", "共计", "总计", "合计", "共", "总共", "一共", "已经", "已", "现已",
	"现有", "拥有", "已有", "有", "还有", "新增", "净增", "全力", "大力",
	"加快", "成功", "先后", "分别", "相继", "陆续", "逐步", "进一步", "全面",
	"力争", "计划", "预计", "争取", "确保", "拟", "将", "要", "努力", "目标",
	"建成", "新建", "引进", "引育", "实施", "落地", "集聚", "聚集",
	"汇聚", "签约", "培育", "孵化", "吸引", "招引", "申报", "组建", "举办",
	"开展", "促成", "集中", "获评", "入选", "获批", "认定", "通过", "全部",
	"项目", "达到", "达", "实现", "完成", "形成", "带动", "推动", "带来", "吸纳",
	"了", "对", "向", "为", "是", "于", "到", "使", "让",
	"较", "比", "同比", "环比", "约", "近", "超", "都", "也", "再", "还",
	"其", "该", "这", "此", "仅", "就", "更", "再次", "首次", "的", "以下",
	"各", "各较", "分别较", "反观", "而", "但", "另", "据", "同期",
};

/* Words stripped from the end of the text before a number. */
static const char *const pd_ind_trail[] = {
	"达到了", "达到", "达", "为", "是", "至", "到", "增至", "升至", "降至",
	"超过", "突破", "增长", "下降", "增加", "减少", "提高", "提升", "降低",
	"新增", "共", "累计", "共计", "总计", "合计", "约", "近", "超", "逾",
	"已", "了", "分别", "同比", "环比", "有", "的", "约占", "占",
	"多达", "高达", "仅", "就", "也", "还", "已经", "已达", "年均", "均",
	"实现", "完成", "拥有", "集聚", "引进", "达成", "由", "从", "将", "将会",
	"预计", "可", "能", "成长", "衰退", "下滑", "大增", "微增", "扬升", "攀升",
	"大幅扬升", "大幅成长", "回落", "年增", "年减", "则", "亦", "却", "而",
	"只", "仅", "依次", "分别为", "加快", "也", "可望", "朝", "上看", "合计",
	"合占", "大幅", "摺合", "折合", "多出", "反而", "虽", "雖僅", "攀升至", "较",
	"较上年同月", "比上年同月", "较上年同期", "比上年同期", "较上月", "较上季",
	/* release wording (metcode: 失业率分别按年下跌, 淨產值實質上升) */
	"下跌", "上涨", "按年", "按季", "实质",
	"平均",						/* 勞動力參與率平均59.14%: not 參與率平 */
	"至少", "至少有",			/* 經濟成長率至少有5% */
};

/* Words that open an aside inside an indicator (受…影响, 因…而): cut there. */
static const char *const pd_ind_asides[] = {
	"受", "因", "由于",
};
static const char *const pd_aside_ends[] = {
	"影响", "带动", "拉动", "拉抬", "冲击", "推动", "驱动", "而",
};

/*
 * Verbs that take the counted thing as object: in 引进38个领军人才创业团队
 * and 集聚人才1030人 the indicator is what follows the last of them.
 */
static const char *const pd_ind_verbs[] = {
	"创建", "建成", "建起", "新建", "组建", "搭建", "设立", "成立", "引进", "引育",
	"孵化", "吸引", "收到", "举办", "召开", "召集", "培育", "培养", "建设",
	"集聚", "聚集", "汇聚", "签约", "实施", "落地", "打造", "获得", "入选",
	"申报", "发布", "开展", "包括", "拥有", "现有", "下辖", "结转", "预排",
	"迎来", "迈过", "投资", "设定为", "推出", "认定", "获批", "新增", "促成",
	"带动", "吸纳", "招引", "签订", "完成", "实现", "达到", "突破", "累计",
	"邀请", "参加", "出台", "制定", "承办", "主办", "培训", "服务", "帮助",
	"入驻", "落户", "聚焦", "支持", "扶持", "奖励", "兑现", "发放", "拨付",
	"新设", "新开", "开通", "开工", "竣工", "投产", "储备", "推进", "招聘",
	"录用", "利用", "公布", "历时", "耗时", "用时", "吸纳了", "引进了", "建成了", "集聚了", "吸引了", "孵化了",
};

/* Adverbs between a noun and its verb: 品牌活动已举办30余场. */
static const char *const pd_held_adverbs[] = {
	"已", "已经", "均", "都", "共", "累计",
};

/*
 * Words that say how a figure changed, not what it measures: an indicator
 * made of nothing else is the figure before's (…，名义增长6.4%, 增幅为3%).
 */
static const char *const pd_ind_predicates[] = {
	"增幅", "增速", "涨幅", "降幅", "减幅", "名义", "实际", "同比", "环比",
	"增长", "下降", "上升", "提高", "提升", "提高到", "提升到", "保持", "成长",
	"年增", "年减", "年增率", "增加", "减少", "为", "达", "达到", "按名义价格计算",
	"按可比价格计算", "按可比价计算", "比上年", "较上年", "同期", "分别", "均",
	"实质", "按年", "大增", "微增", "回升", "回落",
	"两者", "二者", "三者",		/* 兩者分別成長42%、45%: the figures before */
};

/*
 * Indicator words that begin with a lead word or an object-taking verb
 * (有 效, 就 业, 投资 总额, 签约 项目, 比 重): kept whole.
 */
static const char *const pd_ind_keep[] = {
	"有效", "就业", "投资总额", "投资额", "签约项目", "签约金额", "签约额",
	"实际利用外资", "实际使用外资", "比重", "比例",
};

/* A share's word: …占生产总值的比重 is read whole, not after its 的. */
static const char *const pd_share_words[] = {
	"比重", "比例", "占比",
};

/* Words that end a noun phrase read after the unit. */
static const char *const pd_ind_stops[] = {
	"已", "将", "为", "是", "和", "与", "及", "并", "等", "的", "达", "共",
	"集中", "签约", "落地", "入驻", "上市", "建成", "投产", "齐聚", "参加",
	"获评", "上榜", "入选", "顺利", "正式", "成功", "相继", "累计", "通过",
	"实现", "完成", "开展", "举办", "增至", "增长", "达到", "突破", "超过",
	"今年", "去年", "目前", "或",
};

/*
 * Ambiguous short names of parks (中科 南科: also 中科院, 南科大) are read in
 * a Traditional document that names science parks (the words below, looked
 * for in the document's bytes: both scripts), or before one of the heads
 * after them (中科园区, 中科管理局).
 */
static const char *const pd_park_words[] = {
	"科學園區", "科學工業園區", "科学园区", "科学工业园区",
};
static const char *const pd_park_heads[] = {
	"园区", "管理局",
};
/* ... but never before these: 中科院, 中科大, 南科大 */
static const char *const pd_park_blockers[] = {
	"院", "大", "学",			/* 其中科學園區: 中 + 科学, not 中科 */
};

/*
 * After a region's name, the kinds of zones whose names the gazetteer may
 * lack (如皋高新区, 曾都经济开发区): the zone is the subject, named by the
 * region as written and the kind in full (pd_park_kind_full, same order).
 */
static const char *const pd_park_kinds[] = {
	"高新技术产业开发区", "高新区", "经济技术开发区", "经开区", "经济开发区",
};
static const char *const pd_park_kind_full[] = {
	"高新技术产业开发区", "高新技术产业开发区", "经济技术开发区", "经济技术开发区",
	"经济开发区",
};

/*
 * After a region's name, the kinds of parks no national list holds
 * (临泉工业园区, 巴中市工业园, 海口综保区): the park is the subject, named as
 * written with the kind in full (pd_park_written_full, same order); tag 1:
 * after a county-level region only (巴中市产业园区, 玉溪市工业园区 are the
 * city's parks together: the city is the subject); tag 2: customs areas,
 * whose own name may stand between the region and the kind (天津港保税区,
 * 太原武宿综合保税区), also after a municipality
 */
static const char *const pd_park_written[] = {
	"工业园区", "工业园", "产业园区", "产业园", "工业集中区", "综合保税区", "综保区",
	"保税区", "保税港区",
};
static const uint8_t pd_park_written_tags[] = {
	1, 0, 1, 1, 0, 2, 2, 2, 2,
};
static const char *const pd_park_written_full[] = {
	"工业园区", "工业园", "产业园区", "产业园", "工业集中区", "综合保税区", "综合保税区",
	"保税区", "保税港区",
};

/*
 * Words that end a customs area's own name looked for between a region and
 * its kind (天津市各综合保税区, 广东省内13个综保区 name no area), besides the
 * name bounds (pd_name_bounds) and digits.
 */
/*
 * The heads of a part of a park named right after the park (巴中经济开发区
 * 驷马园, 兰州新区氢能产业园), and words they end that are no such part.
 */
static const char *const pd_part_heads[] = {
	"园区", "产业园", "工业园", "科技园", "分园", "片区", "园",
};
static const char *const pd_part_not[] = {
	"公园", "家园", "校园", "花园", "乐园", "庄园", "陵园", "田园", "游园",
};

static const char *const pd_between_stops[] = {
	"各", "全", "内", "等", "个", "家", "所有", "其他", "多",
};

/* A place name followed by one of these is part of an organisation's name. */
static const char *const pd_mention_blockers[] = {
	"大学", "交大", "学院", "研究院", "研究所", "路", "街", "大道", "公司", "集团",
	"银行", "日报", "时报", "晚报", "电视台", "广播", "中学", "小学", "医院",
	"交通大学", "理工", "师范", "证券", "海关", "机场", "火车站", "站",
	"级",						/* 苏州市级总部: a level, not the place */
	"生产建设兵团",				/* 新疆生产建设兵团: a body of its own */
};

/* Noun heads: an indicator read after the unit ends at the last of these. */
static const char *const pd_ind_heads[] = {
	"企业", "项目", "团队", "人才", "平台", "机构", "中心", "载体", "孵化器",
	"园区", "基地", "单位", "高校", "院所", "工作室", "论坛", "活动", "企业家",
	"专家", "学者", "院士", "人员", "毕业生", "学生", "研究生", "本科生",
	"产业链", "产业", "集群", "联合体", "专利", "成果", "品牌", "工程", "基金",
	"协议", "标准", "简历", "校区", "学院", "高地", "空间", "园", "集成商",
	"冠军", "小镇", "公寓", "机制", "政策", "任务", "举措", "方面", "名校",
	"储备项目", "重点项目", "国家高新区", "高新区", "企业集团", "商户", "会员",
	"头部企业", "会议", "大会", "座谈会", "科研团队", "研发机构", "众创空间",
	"厂房", "标准厂房",
};

/*
 * Currencies written before the number (新台币4.76兆元, 逾新台币1000亿元):
 * the figure's unit is that currency where the unit after is 元 or none.
 */
static const char *const pd_currency_before[] = {
	"新台币", "台币", "人民币", "港币", "港元", "澳门币", "澳门元", "美元", "美金",
};
static const char *const pd_currency_before_unit[] = {
	"新台币", "新台币", "元", "港元", "港元", "澳门元", "澳门元", "美元", "美元",
};

/*
 * A currency declared for the rest of a text in parentheses after its first
 * figure, (澳門元，下同), (人民幣，下同): the words that say it holds below.
 */
static const char *const pd_same_below[] = {
	"下同", "以下同", "下文同", "后同",
};

/*
 * After a number of years or months: a time frame, not a quantity (三年内,
 * 10年间, 两年前, 五年累计, 两年多); after 连续 they stay durations.
 */
static const char *const pd_timeframe_after[] = {
	"内", "之内", "间", "期间", "前", "后", "之后", "以后", "累计", "多", "有余",
	"新高", "新低",				/* 創下15年新高: the frame of a record */
};

/* Right before such a number: it measures how long something took (历时2年多). */
static const char *const pd_span_verbs[] = {
	"连续", "历时", "耗时", "用时", "费时", "历经",
};

/*
 * Flows of their own, not changes of a stock: people brought in, jobs
 * created (城镇新增就业2598人, 引进各类人才6.3万人, 新增就业岗位3000个)
 * right before the number; after it, the jobs it creates (增加2万个就业机会).
 */
static const char *const pd_flow_before[] = {
	"就业", "人才", "岗位", "博士后", "就业人员",
};
static const char *const pd_flow_after[] = {
	"就业机会", "就业岗位", "工作岗位", "工作机会", "个就业机会", "个就业岗位",
};

/* Right after the number: a fall follows it (全年录得1.0%的实质跌幅). */
static const char *const pd_kind_after_down[] = {
	"的跌幅", "的实质跌幅", "的降幅", "的实质降幅", "的减幅", "的跌势", "的下跌",
	"的实质下跌", "的下降", "的实质下降", "的收缩", "的实质收缩",
};

/*
 * Right before the number after a comparison in its clause (比, 较, 则, 却):
 * a fall (比上年少300人, 则少2亿元, 较去年同期低0.3个百分点, 短2年).  Only
 * there: 少 and 低 alone say nothing of a change (少数, 低碳).
 */
static const char *const pd_compar_down[] = {
	"少", "低", "短",
};

/* The same for a rise: a change (较去年多258亿元, 比上年高0.4个百分点). */
static const char *const pd_compar_up[] = {
	"多", "高",
};

/* Longer words ending like them that are no change after a comparison. */
static const char *const pd_compar_not[] = {
	"至少", "不少", "多少", "最少", "缺少", "稀少", "很少", "较少", "更少",
	"最低", "不低", "较低", "很低", "更低", "最短", "较短", "更短",
	"最多", "至多", "不多", "很多", "许多", "较多", "更多", "众多", "诸多",
	"最高", "不高", "较高", "很高", "更高",
};

/* The comparison before them, in the same clause. */
static const char *const pd_compar_marks[] = {
	"比", "较", "则", "却",
};

/*
 * Cuts of a budget: the amount cut may follow a long object (刪除縣府出國
 * 辦理觀光推介會的旅費N萬元), so they are looked for further back than the
 * kind words, to the start of the clause.
 */
static const char *const pd_cut_verbs[] = {
	"删除", "删去", "删减", "删掉", "核删", "砍掉", "削减", "缩减", "删", "砍",
};

/*
 * Verbs of saying after 两人, 三人 (楊、劉兩人指出): the people named before,
 * no count.
 */
static const char *const pd_speech_verbs[] = {
	"指出", "表示", "说", "认为", "强调", "坦言", "均表示", "都表示", "皆表示",
	"均认为", "都认为", "共同表示", "质疑", "呼吁",
};

/*
 * A change of a growth rate that says whether a decline or a rise got
 * smaller or larger (降幅收窄N个百分点, 跌幅擴大N個百分點): 收窄 raises a
 * falling rate and lowers a rising one, 扩大 the other way.
 */
static const char *const pd_narrow_words[] = {
	"收窄", "扩大",
};
static const char *const pd_falling_rates[] = {
	"降幅", "跌幅", "减幅", "下降幅度", "跌势",
};
static const char *const pd_rising_rates[] = {
	"增幅", "涨幅", "升幅", "增速", "增长幅度",
};

/*
 * Verbs that pull a growth rate down, before the rate they pull (拉低經濟
 * 成長0.01個百分點, 拖累GDP增长0.5个百分点): a negative contribution.
 */
static const char *const pd_drag_verbs[] = {
	"拉低", "拖累", "下拉", "拉下",
};

/* 中的 between a whole and its part: 刪去N萬元罰款收入中的M萬元 */
static const char *const pd_part_of_marks[] = {
	"中的", "当中的", "其中的",
};

/*
 * Nouns after a number of years that make it a year of the Republic in a
 * Traditional text even after 的 (以N億元的115年科技預算): budgets are
 * yearly, a duration has none.
 */
static const char *const pd_roc_year_nouns[] = {
	"预算", "科技预算", "总预算", "决算", "施政计划", "预算案",
};

/*
 * Words of comparison before a Republic year followed by 的 (由113年的50億元
 * 增至60億元, 較112年的): the base year, not a duration.
 */
static const char *const pd_roc_from[] = {
	"由", "从", "较", "比", "与", "跟",
};

/*
 * What a project or an investment can yield, written without an estimate
 * word (约可创造7,500个就业机会, 可带动就业2000人, 可讓時程縮短3至5年): a
 * planned outcome.  Not 可提供, 可容纳: a capacity at hand.
 */
static const char *const pd_yield_words[] = {
	"可创造", "可带动", "可带来", "可让",
};

/*
 * Between a list of places and a list of as many figures, these give the
 * i-th figure to the i-th place (甲、乙和丙分别增长5%、6%和7%; 甲、乙依次为
 * 48亿元和36.7亿元).
 */
static const char *const pd_distributors[] = {
	"分别", "依次",
};

/*
 * Nouns ending in 数 (a count of them, not "several"): 人数十万 is no vague
 * 数十万.
 */
static const char *const pd_count_nouns[] = {
	"人数", "户数", "家数", "件数", "次数", "总数", "个数", "笔数", "位数", "项数",
	"票数", "席数", "床数", "店数", "厂数", "岁数", "股数", "条数", "台数",
};

/*
 * Latin acronyms of indicators a number may follow at once (完成GDP872.93
 * 亿元): not a model number like A17 or RTX4090.
 */
static const char *const pd_latin_indicators[] = {
	"GDP", "GNP", "GNI", "CPI", "PPI", "PMI",
};

/* Unit words that a blocker would hide: 5家园区 is 5 家 (not 家园). */
static const char *const pd_unit_unblockers[] = {
	"家园区",
	"人民币",					/* 112亿人民币: not hidden by 人民 */
	"人口",						/* 覆盖约8600万人口: people (人口 hides 人 elsewhere) */
};

#endif							/* PD_METRIC_DATA_H */
