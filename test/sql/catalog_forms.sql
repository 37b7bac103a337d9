--
-- catalog_forms: the surface forms and indicators of the shipped catalog
-- (scripts/metric_catalog.tsv) that Hong Kong, Macau and Taiwan releases and
-- mainland bulletins use, on sentences written for this test in the genre's
-- wording (docs/catalog.md, "forms added in 1.2").  A form names its code only
-- where the unit fits; near misses keep NULL.
--
SET search_path = pg_catalog;

-- the indicators added in 1.2 and their forms
SELECT code, name, unit_dimension FROM parkdata.metric
WHERE code IN ('producer_price_index', 'export_orders') ORDER BY code;
SELECT metric, string_agg(word, ' ' ORDER BY word COLLATE "C") AS words
FROM parkdata.lexicon
WHERE metric IN ('producer_price_index', 'export_orders')
GROUP BY metric ORDER BY metric;

-- Taiwan: export orders, customs values, prices, GDP per person, patents
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '經濟部公布三月外銷訂單為512.6億美元，年增8.3%。財政部統計，第一季出口值1,204億美元，'
  '進口值983億美元。三月消費者物價指數年增1.9%，生產者物價指數年減0.7%，'
  '躉售物價總指數為101.52。主計總處預估每人GDP為3萬5120美元。'
  '智慧局受理專利申請件數共7萬1,900件。')
ORDER BY metric_no;

-- Hong Kong and Macau: volumes of trade, employment
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '本港二月商品整體出口貨量按年上升6.4%，進口貨量上升5.1%。'
  '澳門就業人口為36.8萬人，本地就業居民28.1萬人。')
ORDER BY metric_no;

-- mainland bulletins: prices, R&D, investment from other provinces, foreign
-- investment by source, retail sales, trade, employees
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '上半年，全国工业生产者出厂价格同比下降2.1%，工业生产者购进价格同比下降2.6%。'
  '全市R&D经费投入412.3亿元，比上年增长9.6%。全县招商引资到位资金48.2亿元，其中省外到位资金31.5亿元。'
  '东盟对华实际投入外资金额18.4亿美元。全区实现消费品零售总额96.7亿元。'
  '园区高新技术产品进出口额215亿元。全市工业企业员工人数达42.6万人。')
ORDER BY metric_no;

-- no code where the unit does not fit the indicator (每人GDP in 美元 fits)
SELECT i.ind, i.unit, i.kind, parkdata.indicator_metric(i.ind, i.unit, i.kind) AS metric
FROM (VALUES ('外銷訂單', '家', 'level'),
             ('生产者物价指数', '元', 'level'),
             ('出口值', '人', 'level'),
             ('每人GDP', '美元', 'level'),
             ('就業人口', '元', 'level')) AS i (ind, unit, kind);

-- a service industry's value added (or Hong Kong's net output) is a part of
-- the tertiary industry's; high-tech output as Shandong's cities word it;
-- contracted investment; 高新技术产业投资 (the provinces' broader class of
-- high and new technology industries) is not NBS's 高技术产业投资
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '分行业看，金融业增加值312.4亿元，增长6.1%；房地产业增加值下降2.3%。'
  '本港第三季金融及保險業的淨產值按年實質上升4.2%。'
  '全市规上工业实现高新技术产值826.5亿元，高新技术产值占比达48.3%。'
  '全年新增合同投资额356亿元；高新技术产业投资增长21.7%，高技术产业投资增长12.4%。')
ORDER BY metric_no;

-- Hong Kong's R&D statistics and re-exports, Taiwan's orders received, a
-- county's farm output without 业
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '本地研究及發展總開支在去年達298.4億港元。本港四月商品轉口貨量按年上升7.2%。'
  '統計處表示，五月資訊通信產品接單金額為201.3億美元。一季度全县农林牧渔总产值8.76亿元。')
ORDER BY metric_no;
SELECT i.ind, parkdata.indicator_metric(i.ind, '%', 'share') AS metric
FROM (VALUES ('研發總開支相對本地生產總值比率'), ('研發開支佔本地生產總值比率'),
             ('研发开支占GDP比重')) AS i (ind);

-- Macau's resident unemployment rate (居民 before 失业率 is no domain that
-- changes the indicator) and Taiwan's orders received by product
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '第三季本地居民失業率為2.6%。按貨品別觀察，光學器材接單18.2億美元。')
ORDER BY metric_no;

-- fourth session: the classes of the test3 misses.  Taiwan's park and
-- registration wording, Macau-invested enterprises, the stock of enterprises,
-- retail sales by class of goods, fixed-asset investment by industry and by
-- owner, Taiwan's approved investment and GDP's exports and imports
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '截至6月底，南科從業員工約8萬2千人。上半年園區貿易額年增12%。'
  '去年第3季全市公司登記家數增加2,140家，商業登記家數增加1,870家。'
  '截至3月，新區實有企業9,320戶，澳資企業412戶。'
  '1至6月全市汽车类零售额58.2亿元，增长6.4%。'
  '分产业看，第一产业投资增长12.5%，第三产业投资下降3.1%；民间投资增长4.6%。'
  '前5月核准僑外投資件數為720件，投(增)資金額計18億2,310萬美元。'
  '第2季商品及服務輸出實質成長11.2%，輸入實質成長8.7%。')
ORDER BY metric_no;

-- records and adverbs between an indicator and its number are cut; the
-- growth of a count of another thing (失业人数 after 就业人数) is no part of
-- the figure before; a factory is a thing counted on its own
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '園區就業人數同樣創下新高達6萬1,200人。生技園區營業額更較去年同期暴增84.2%。'
  '主計總處預估全年經濟成長率至少有3%。'
  '五月就業人數為1,151萬人；失業人數40萬3千人，減少2千人。'
  '勞動力參與率平均59.3%，失業率為3.4%。'
  '全年新增专精特新企业45家、智能工厂12家。')
ORDER BY metric_no;
SELECT i.ind, i.unit, parkdata.indicator_metric(i.ind, i.unit, 'level') AS metric
FROM (VALUES ('就业人数同样创下新高', '人'), ('营业额更较去年同期暴增', '元'),
             ('公司登记现有家数', '家'), ('实有市场主体', '户'), ('商品零售额', '元'),
             ('贸易额', '家'), ('输出', '人')) AS i (ind, unit);

-- fifth session: a share named by the pair of indicators it divides (the
-- pair's own code), two things counted together (neither), a contribution to
-- an indicator (none), a gloss in brackets, a trade balance (no part of the
-- imports before it), new products' output (not the total), and the items of
-- a 分别 list joined by 和 (each its own)
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '全县高新技术产业产值在规模以上工业总产值中的比重为61.8%。'
  '全市R&D经费内部支出占地区生产总值的比重达到2.7%，'
  '研究与试验发展经费投入强度（与地区生产总值之比）为2.31%。'
  '本港研發總開支目前只佔本地生產總值的0.9%。'
  '第三产业增加值占全市GDP的比重提高1.2个百分点。'
  '园区现有省级企业技术中心和重点实验室36家、独角兽及准独角兽企业12家。'
  '全年地区生产总值增长5.6%，消费对经济增长的贡献保持在55%左右，投资拉动经济增长1.4个百分点。'
  '7月貨物進口總值為96.4億元，當月貨物貿易逆差88.1億元。'
  '规上工业企业完成新产品产值312亿元。'
  '净利润和出口总额分别为21.5亿元和48.9亿元；高新技术企业和科技型中小企业分别达到86家和240家。')
ORDER BY metric_no;

-- sixth session: an average per firm or per 10,000 anywhere in the clause, a
-- firm's R&D intensity, activity driven elsewhere and balances counted on
-- their own (none); the scope of industry above designated size; a bare
-- amount after the count of the thing it is the amount of; slight moves,
-- first figures and investment by source country
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '园区企业平均每家获授权发明专利18项，每万名从业人员中的研发人员达到150人以上。'
  '全市规上工业研发投入强度提高到2.4%，重点企业的研发投入强度达到5%。'
  '境外合作区带动国内货物出口31亿元；城镇新增就业2.1万人，转移农村劳动力3.4万人。'
  '年末金融机构存款、贷款余额分别增长6.2%和9.1%。'
  '1—9月，52户规模以上入园工业企业完成产值64亿元，增长12.5%。'
  '全区规模以上工业产值210亿元，其中汽车零部件产值58亿元，增长8.8%。'
  '全年共登记技术合同3120项，成交额达到86.4亿元，同比增长21.3%。'
  '失業率按年微升0.2個百分點至2.1%；本地生產總值初值為912億元。'
  '德国、法国实际对华投资分别增长21.4%和12.8%。'
  '依推估，2027年每人平均GDP可达4万1200美元；工业生产者出厂价格上涨1.2%，购进价格上涨0.8%。')
ORDER BY metric_no;

-- a project's total investment said before its number and name; the
-- urbanization rate named by its part; the industries' shares keep no code
-- where the base is lost; MOFCOM's zone wording and domestic capital used
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '总投资86亿元的新能源电池项目和总投资42亿元的智能装备产业园已开工。'
  '年末常住人口512.3万人，其中城镇常住人口351.8万人，占常住人口的比重为68.67%，比上年末提高0.71个百分点。'
  '第二产业增加值310亿元，增长6.1%，占全省的12.4%。'
  '国家级经开区实际使用外资和外商投资企业再投资412亿美元，增长2.9%；全县实际利用内资56亿元。')
ORDER BY metric_no;

-- release wording between an indicator and its number: a forecast range
-- (介於…之間), holding a level (站穩, 站上), a peak (高點)
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '財政部預估11月出口值介於590億至610億美元之間，年增率介於25%至30%。'
  '園區營業額繼去年站穩8千億元後，今年前七月已達5,120億元。'
  '與2024年出口高點5,012.6億美元相比，只差約80億美元。')
ORDER BY metric_no;

-- parts named by how they are built (pd_metric_catalog_parts.c): a gloss the
-- span begins in; sectors and regions before 投资, each the total it lies
-- within (第一产业 after 工业投资 is the whole, a manufacturing branch
-- manufacturing, 加工业 no 工业); parts of a total without a code have none;
-- a grouping across sectors has none; slowing verbs before a growth rate;
-- signing verbs; the growth of a count of additions
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '1—5月，全县固定资产投资（不含农户）96.4亿元，同比增长7.2%。'
  '分产业看，第二产业完成投资41亿元，增长5.5%，其中工业投资39.8亿元，增长5.1%；第一产业完成投资3.2亿元，增长12%。'
  '分行业看，采矿业投资增长9.3%，制造业投资增长4.4%，其中农副食品加工业投资增长20.5%；房地产业投资下降6.1%。'
  '基础设施投资增长3.3%，其中水利管理业投资增长15.2%。战略性新兴产业投资增长18%。'
  '全县生产总值增速放缓至5.1%。全年签约新项目26个，其中10亿元以上项目全年新签5个。'
  '全县新设立外商投资企业14家，同比增长40%；实际使用外资2.1亿美元，增长3%。')
ORDER BY metric_no;

-- parts of the last total: performers beside the enterprises (R&D spending's,
-- not the enterprises'), 其中 after a share (the total before the share), an
-- industry opening a sentence after a total broken down by industry, not
-- after a project's amount
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '全省R&D经费612亿元，增长9%。按执行主体分，企业R&D经费498亿元，增长10%；政府属研究机构61亿元，增长2%；高等学校49亿元，增长7%。'
  '高技术产业实际使用外资增长12%，比重为31%，其中高技术服务业58亿元，增长20%。'
  '高技术制造业实际使用外资41亿元，增长9.5%。其中，医药制造业、航空航天器制造业同比分别增长30.2%、18.7%。'
  '新谋划储备项目40个，总投资260亿元。高技术制造业增长16%。')
ORDER BY metric_no;

-- a target held to a bound (控制在); sales are a measure of their own, no
-- part of the figure before
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '今年城镇新增就业4.2万人，城镇调查失业率控制在5.5%左右。'
  '全区固定资产投资增长6.2%，工业开票销售增长9.1%。')
ORDER BY metric_no;

-- the growth of a count of new firms of a stock has no code, in Traditional
-- spans too (企業 alone names nothing); the growth of a flow counted in its
-- own right (新增註冊企業, 城镇新增就业) is that flow's
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '今年前4月，全省新設外商投資企業1,208家，年增35.2%；新增註冊企業3.1萬家，增長8.4%；城镇新增就业1.2万人，同比增长6%。')
ORDER BY metric_no;

-- an industrial sector's value added or output is a part of the industry
-- total the document gave (past the secondary industry between), a grouping
-- of industries by a criterion (高技术制造业, 高耗能行业, 高新技术产品) and
-- the sales output are none; 建筑业 is no industrial sector
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '前三季度，全市规上工业增加值增长7.1%；第二产业增加值820亿元，增长6.4%。分行业看，专用设备制造业增加值增长12.3%，纺织行业增加值下降2.1%，高技术制造业增加值增长15.2%，六大高耗能行业增加值增长1.8%，建筑业增加值增长3.0%。'
  '全市规模以上工业总产值增长5.5%，其中高技术制造业产值增长9.0%；高新技术产品产值640亿元，工业销售产值2150亿元。')
ORDER BY metric_no;

-- Taiwan's science-park releases: approved investment and capital increases
-- (核准投資, 核准增資金額, 核准資本額, 總投增資額), a forecast range said with
-- 可望落在 and its 成長幅度, and 兩者分別 taking the figures before in order
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '審議會本月通過3件投資案，共計核准投資新台幣8億4500萬元。今年前9月竹科新引進廠商21家，核准資本額96.2億元，兩者分別成長31%、18%；另有15家廠商申請增資，核准增資金額820億元。截至9月底，總投增資額達1,105億元。'
  '管理局預估南科全年營業額可望落在9200億元至9600億元之間，成長幅度約5%到9%。')
ORDER BY metric_no;

-- parts of the last total by region: a group of places (省份, 市州) or places
-- listed in order (依次为) take its code for growth rates, not the counts
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '前三季度，中部地区固定资产投资增长3.1%。6个省份同比增长，增速较快的湖南、江西分别增长7.4%和5.2%。'
  '全省工业投资增长8.0%，武威市和张掖市2个市州为负增长，分别下降4.6%和11.9%。')
ORDER BY metric_no;

-- industry's value added by economic type and by region after the total
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '5月份，全省规模以上工业增加值同比增长5.4%。分经济类型看，国有控股企业增加值增长3.9%，私营企业增长7.2%。分行业看，纺织业增长2.6%。分地区看，西部地区增加值增长6.0%。')
ORDER BY metric_no;

-- tourism's revenue is no zone's revenue (旅游总收入), and rural labour moved
-- into work (转移就业) is no new urban jobs
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '全县接待游客520万人次，实现旅游总收入46亿元。城镇新增就业3100人，农村劳动力转移就业1.8万人。')
ORDER BY metric_no;

-- key technologies are things counted on their own, no part of the
-- document's indicator (专利申请量 before them)
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '全年工业企业专利申请量增长12.3%。攻克关键核心技术15项，8项关键技术达到国际先进水平。')
ORDER BY metric_no;

-- 比增 / 比降 (Fujian's short 比上年增长 / 下降) say a growth rate, which then
-- takes its indicator's code
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '一季度，全区实现生产总值21.6亿元，比增7.8%；规模以上工业增加值9.2亿元，比增10.5%；工业投资1.7亿元，比降4.2%。')
ORDER BY metric_no;

-- parts of a total that name its amount again (合同成交额, 技术服务合同成交额,
-- a field's 成交额, a bare 成交额 after the contracts counted), in order
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '今年前三季度，全省技术合同成交额612.4亿元，增长18.6%。认定登记技术合同9350项，增长9.1%；合同成交额中，技术服务、技术开发和技术转让合同成交额依次为301.2亿元、238.5亿元和40.3亿元。'
  '分领域看，电子信息领域成交额154.7亿元，增长26.3%。其中输往省外的合同2140项，成交额205.9亿元。')
ORDER BY metric_no;

-- the pace and manner of a growth said before its rate (放慢至, 減慢至, 預料為,
-- 溫和, 強勁, 顯著, 進一步) keep the indicator; the residents' product
-- (本地居民生產總值) is no GDP
SELECT raw, indicator, metric, kind FROM parkdata.extract_metrics(
  '本港經濟上年溫和增長2.4%，首季本地生產總值按年顯著增長3.5%，經季節性調整後按季進一步上升0.9%。'
  '分析員指下半年經濟增長將放慢至2%，全年經濟增長預料為2.8%。同季本地居民生產總值按年上升4.1%。')
ORDER BY metric_no;
