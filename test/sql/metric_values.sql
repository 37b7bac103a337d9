-- extract_metrics: values, units and kinds by class (issue 10, third round).
-- Sentences written for these tests in the genre of Taiwan, Hong Kong and
-- mainland statistics releases.
SET search_path = parkdata, public;

-- a currency written before the number gives the unit (新台币, 港元)
SELECT raw, value, unit, qualifier, kind
FROM extract_metrics('園區上半年營業額約為新台幣5200.4億元，出口逾新臺幣3100億元，另有港幣2億元捐款。')
ORDER BY metric_no;

-- scores (景气对策信号) and Taiwan's metric unit names
SELECT raw, value, unit, kind
FROM extract_metrics('本月景氣綜合判斷分數為27分，較上月增加2分，工業生產指數分數減少1分；園區釋出2.6萬平方公尺廠房。')
ORDER BY metric_no;
SELECT count(*) AS none FROM extract_metrics('此事十分重要，會議於9時30分開始。');

-- rates of change named so, and the new value of a figure that moves
SELECT raw, value, kind
FROM extract_metrics('貨幣總計數變動率由上月4.1%減為3.6%，工業生產指數變動率由下修後的9.8%增為11.2%；第二季的升幅為3.1%。')
ORDER BY metric_no;

-- thresholds that classify what a later number counts are no figures
SELECT raw, value, unit
FROM extract_metrics('全县营业收入超过50亿元的企业达到3家，产值在5亿元以上的有12个，工业5亿以上企业9家。')
ORDER BY metric_no;

-- time frames (三年内, 两年前, 十年间, 五年累计) are no durations; 连续 counts years
SELECT raw, value, unit
FROM extract_metrics('该项目计划三年内建成，两年前已签约，十年间累计投资50亿元，已连续三年保持增长。')
ORDER BY metric_no;

-- flows of their own (jobs, people brought in, new enterprises) are levels;
-- things built or set up are changes of a stock
SELECT raw, value, kind
FROM extract_metrics('前三季度城镇新增就业8.5万人，引进高层次人才320人，提供2000个就业岗位；新建研发平台6个，新设企业4300家。')
ORDER BY metric_no;

-- tenths and halves are shares: 1/10, 十分之一, 一半, 半数
SELECT raw, value, unit, qualifier, kind
FROM extract_metrics('园区研发机构占全省近1/10，新设企业相当于全市的十分之一，近一半外资企业集中于此，汇聚全市半数以上的高新技术企业。')
ORDER BY metric_no;

-- a series of one growth rate over periods; a multiple; a fall named after the number
SELECT raw, value, kind
FROM extract_metrics('全市规上工业增加值增速5月份为15.2%，6月份回落至13.9%，7月份为12.1%；城镇化率为60.2%。')
ORDER BY metric_no;
SELECT raw, value, kind
FROM extract_metrics('开发区业务总收入380亿元，是2007年的4.6倍；零售业淨產值全年錄得2.3%的實質跌幅。')
ORDER BY metric_no;

-- units of ports, railways and power
SELECT raw, value, unit
FROM extract_metrics('完成集装箱吞吐量118.6万标箱，开行1020艘次，中欧班列开行18000列，光伏装机32MW，航线超过650班次。')
ORDER BY metric_no;

-- falls named by a cut or a comparison; 少 and 低 in other senses are none
SELECT raw, value, kind
FROM extract_metrics('修正後歲出比原編列數刪減5.2億元；失業率較上季低0.2個百分點，按月微降0.1個百分點；外籍移工則少300人，期程可縮短1年；至少3家，低碳園區達12家。')
ORDER BY metric_no;
SELECT raw, value, kind
FROM extract_metrics('補助款較去年多12億元，比全國高0.3個百分點，許多200人的團隊。')
ORDER BY metric_no;

-- budget figures with each myriad's group written digit by digit, read as cn_numeral_to_numeric reads them
SELECT raw, value, unit, qualifier
FROM extract_metrics('本縣明年度總預算歲入二七五億四一〇八萬六千元，較本年度增加一二億〇三五〇萬元，轄內登記工廠逾九萬二三〇七家，公債餘額約一兆二八〇〇億元。')
ORDER BY metric_no;

-- a bare scale word before 余/多 and a unit (not after 数); 下拉 and 压缩 say a fall; ranks after 排在/分列;
-- places of a level counted after the list that names them (the number must match the items), 部委 counted
SELECT raw, value, unit, qualifier, kind
FROM extract_metrics('招聘会吸引千余人到场，数千余人在线观看；食品制造业产值下降4.2%，下拉0.7个百分点；审批时限压缩62.5%。苏州、无锡、常州三市合计增长6%，排在后三位的城市分列第八、九位，全省“一区五园”格局初成，前5市合计30亿元。工信部、财政部等六部委联合发文，温州和台州两市各有百余家企业入选。')
ORDER BY metric_no;

-- 历时 (like 连续) makes 两年多 a duration, not a time frame; a fall after 连续N年 is no sign of the duration
SELECT raw, value, unit, qualifier, kind
FROM extract_metrics('新厂房历时三年多建成，投入4.2亿元；出口止住连续2年的跌势，两年多来园区产值增长8%。')
ORDER BY metric_no;

-- years and months in one duration are counted in months; a money threshold before 投资(建设)项目 is a class
SELECT raw, value, unit, qualifier, kind
FROM extract_metrics('新厂从动工到投产用了2年5个月，园区全年实施3000万元投资建设项目21个。')
ORDER BY metric_no;
