--
-- metric_context: indicator, period, year, target, subject and sentence
--
SELECT getdatabaseencoding() <> 'UTF8' AS skip_test \gset
\if :skip_test
\quit
\endif
SET search_path = parkdata, public;

-- indicator before the number, after the verb, or after the unit
SELECT raw, indicator, kind
FROM extract_metrics('截至“十三五”末，全区人才资源总量16.7万人，较“十二五”末增长46.3%。园区现有高新技术企业51家，累计引进38个领军人才创业团队。')
ORDER BY metric_no;

SELECT raw, indicator, kind
FROM extract_metrics('截至11月，该高新区10个科创平台已集聚人才1030人，其中硕士以上学历537人，占人才总数的52%；建成科学家工作室19个。')
ORDER BY metric_no;

-- periods and years: the document's own date resolves 今年
SELECT raw, period, year, is_target
FROM extract_metrics('本期出版日期:2021-03-11
今年以来，全区新增企业120家。2020年，园区营业收入突破100亿元。力争到2023年累计新增优质科技型项目600个以上。“十三五”期间，我区实施省重大项目21个。')
ORDER BY metric_no;

-- subjects from the gazetteer and resolution of 我区 / 全区 / 园区
SELECT raw, subject, subject_code
FROM extract_metrics('金坛绘就创新发展新蓝图
“十三五”期间，我区实施省重大项目21个。武进区：新增上市企业15家。天宁区召开大会。截至目前，全区成功申报2个省重点项目。溧阳高新区加快建设，园区现有高新技术企业51家。')
ORDER BY metric_no;

-- the sentence a figure came from
SELECT raw, sentence
FROM extract_metrics('第一句没有数字。第二句有12家企业！第三句？')
ORDER BY metric_no;

-- the genre beyond the seeds: a statistical communiqué
SELECT raw, value, unit, qualifier, indicator, kind, is_target, period, year, subject
FROM extract_metrics('2023年，苏州工业园区实现地区生产总值3686亿元，同比增长5.8%；规上工业增加值增长6.2%。全年实际使用外资18.5亿美元，高新技术产业产值占规上工业总产值比重达76.3%。截至2023年底，园区累计拥有国家级专精特新“小巨人”企业51家，每万人发明专利拥有量达到185件，研发经费投入强度4.0%。今年1至10月，昆山市完成进出口总额6800亿元，下降3.2%，其中出口4300亿元。预计到2025年，全区高新技术企业数量将超过2000家。亩均税收达到60万元，人均GDP约18万元。')
ORDER BY metric_no;

-- companies the gazetteer does not hold: the name before its legal form
SELECT raw, subject, subject_code
FROM extract_metrics('作为国内单体规模最大的锂离子动力电池生产基地之一，中航锂电科技有限公司始终坚持以创新引领发展。目前，该公司在金坛的研发总人数达到了1200人左右。')
ORDER BY metric_no;

-- spans of time before or after now are periods, not quantities
SELECT raw, period, is_target
FROM extract_metrics('近三年累计引进人才500名。过去5年新增企业30家。未来五年投资100亿元。')
ORDER BY metric_no;
