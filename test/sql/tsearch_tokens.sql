--
-- tsearch_tokens: exact segmentation by parkdata.icu_zh (the general word
-- list for Han text, ICU 72 rules for other scripts, the lexicon, numbers)
-- and by parkdata.icu_zh_icudict (ICU 72's own dictionary).  This is the one
-- tsearch test that compares segmentation exactly; it runs against a lexicon
-- emptied inside a transaction, so rows added at install (regions, parks)
-- do not change it.
--
SELECT getdatabaseencoding() <> 'UTF8' AS skip_test \gset
\if :skip_test
\quit
\endif
SELECT pg_catalog.split_part(parkdata.icu_version(), '.', 1) AS icu_major;

CREATE FUNCTION pg_temp.seg(t text) RETURNS text LANGUAGE sql AS
$$ SELECT string_agg(token, '|' ORDER BY n) FROM ts_parse('parkdata.icu_zh', t) WITH ORDINALITY AS p(tokid, token, n) WHERE tokid <> 12 $$;
CREATE FUNCTION pg_temp.typed(t text) RETURNS text LANGUAGE sql AS
$$ SELECT string_agg(token || '/' || alias, ' ' ORDER BY n)
   FROM ts_parse('parkdata.icu_zh', t) WITH ORDINALITY AS p(tokid, token, n)
   JOIN ts_token_type('parkdata.icu_zh') y ON y.tokid = p.tokid $$;

BEGIN;
DELETE FROM parkdata.lexicon;
-- without a lexicon: the word list knows 华罗庚 and 高新区, not 信维 or 飞荣达
SELECT parkdata.word_list_words() > 150000 AS word_list_loaded;
SELECT pg_temp.seg('目前,华罗庚高新区集聚了以信维通信、飞荣达为龙头的新一代信息技术产业企业22家');
-- ICU's own dictionary cuts unknown names into single characters
SELECT string_agg(token, '|') FROM ts_parse('parkdata.icu_zh_icudict', '华罗庚高新区集聚了以信维通信、飞荣达为龙头的新一代信息技术产业企业') WHERE tokid <> 12;
SELECT string_agg(token, '|') FROM ts_parse('parkdata.icu_zh_icudict', '國家高新區的領軍人才，营收16.7万元') WHERE tokid <> 12;
SELECT pg_temp.seg('溧阳高新区加快服务科创平台建设,带来聚才效应。');
-- entries of the list without corpus counts that its counted words build are dropped (phrases)
SELECT pg_temp.seg('国有企业的工作人员和执法人员');
-- numbers with scale and unit, Han-numeral dates
SELECT pg_temp.typed('营收16.7万元,增长46.3%,投资2.4亿元,二〇〇一年,1,200家,3.5万亿元');
SELECT pg_temp.typed('二○○一年十二月三十一日 2021年3月11日');
-- scale words that are not numbers here, 年度 a noun (a year's 年度 and a month's 月份 stay with their number)
SELECT pg_temp.seg('千万不要统一年度3月份2021年度');
-- letters, digits, mixed words, kana, other alphabets
SELECT pg_temp.typed('5G基站 ICU72 H100芯片 Zürich カタカナ 3.14');
-- full-width and Traditional text is cut like its folded form
SELECT pg_temp.typed('ＧＤＰ增长５．２％');
SELECT pg_temp.seg('國家高新區的領軍人才') AS traditional, pg_temp.seg('国家高新区的领军人才') AS simplified;

-- the lexicon: words come out whole, longest match first
INSERT INTO parkdata.lexicon (word) VALUES
    ('高新区'), ('华罗庚高新区'), ('信维通信'), ('飞荣达'), ('科创平台'), ('聚才效应');
SELECT pg_temp.seg('目前,华罗庚高新区集聚了以信维通信、飞荣达为龙头的新一代信息技术产业企业22家');
SELECT pg_temp.seg('溧阳高新区加快服务科创平台建设,带来聚才效应。');
-- a lexicon word that starts inside a word-list word cuts it
SELECT pg_temp.seg('全新高地 科学城市');
INSERT INTO parkdata.lexicon (word) VALUES ('新高地'), ('学城市');
SELECT pg_temp.seg('全新高地 科学城市');
-- Traditional text finds the Simplified lexicon word, and the reverse
INSERT INTO parkdata.lexicon (word) VALUES ('東湖高新區');
SELECT pg_temp.seg('國家高新區和东湖高新区');
ROLLBACK;
