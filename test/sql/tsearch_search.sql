--
-- tsearch_search: configuration parkdata.chinese at work: stop words,
-- folding, phrase and web search, headlines, dictionary options.
-- Invariants only (no exact ICU segmentation).
--
SELECT getdatabaseencoding() <> 'UTF8' AS skip_test \gset
\if :skip_test
\quit
\endif

-- the problem the configuration solves
SELECT to_tsvector('simple', '全区人才资源总量') @@ to_tsquery('simple', '人才') AS simple_finds,
       to_tsvector('parkdata.chinese', '全区人才资源总量') @@ to_tsquery('parkdata.chinese', '人才') AS chinese_finds;

-- every token type but blank is mapped; blank never is
SELECT alias, array_agg(DISTINCT dictionary::text) AS dictionaries
FROM ts_debug('parkdata.chinese', '人才ＡＢＣ Zürich 5G 3.14 2024 16.7万元 カタカナ。') GROUP BY alias ORDER BY alias;

-- stop words: function words are dropped, content words kept
SELECT ts_lexize('parkdata.zh_compound', '的') AS de, ts_lexize('parkdata.zh_compound', '和') AS he,
       ts_lexize('parkdata.zh_compound', '人才') AS rencai;
SELECT to_tsvector('parkdata.chinese', '的') = ''::tsvector AS only_stop_words_empty;
SELECT numnode(plainto_tsquery('parkdata.chinese', '的')) AS stop_query_nodes;

-- folding: Traditional, full-width and case, in documents and queries
SELECT ts_lexize('parkdata.zh_compound', '國家') AS trad, ts_lexize('parkdata.zh_compound', 'ＧＤＰ') AS fullwidth,
       ts_lexize('parkdata.zh_compound', 'ICU') AS upper;
SELECT to_tsvector('parkdata.chinese', '國家高新區的領軍人才') @@ plainto_tsquery('parkdata.chinese', '国家高新区 领军人才') AS trad_doc,
       to_tsvector('parkdata.chinese', '国家高新区的领军人才') @@ plainto_tsquery('parkdata.chinese', '國家高新區') AS trad_query,
       to_tsvector('parkdata.chinese', 'ＧＤＰ增长５．２％') @@ plainto_tsquery('parkdata.chinese', 'gdp 5.2%') AS fullwidth;

-- to_tsvector's dictionary takes each token as the parser folded and typed
-- it; ts_debug's (ts_lexize) folds the token itself: the same lexemes
WITH t(doc) AS (VALUES ('國家高新區2021年度ＧＤＰ增長５．２％，百分之五十 中國國際廣播電臺 Zürich ICU 16.7萬元 二〇〇一年 東湖高新區　科學園區'))
SELECT tsvector_to_array(to_tsvector('parkdata.chinese', doc)) =
       (SELECT array_agg(DISTINCT l COLLATE "C" ORDER BY l COLLATE "C") FROM ts_debug('parkdata.chinese', doc), unnest(lexemes) l) AS same_lexemes,
       array_length(tsvector_to_array(to_tsvector('parkdata.chinese', doc)), 1) > 20 AS many
FROM t;
SELECT to_tsvector('parkdata.chinese', '國家高新區的領軍人才') = to_tsvector('parkdata.chinese', '国家高新区的领军人才') AS same_vector;

-- numbers with scale and unit are searchable as written
SELECT to_tsvector('parkdata.chinese', '实现产值16.7万元,增长46.3%') @@ to_tsquery('parkdata.chinese', '16.7万元 & 46.3%') AS numbers;
-- ... and by their parts: the number, its scale, its unit, its value, at the token's position
SELECT ts_lexize('parkdata.zh_compound', '16.7万元') AS scaled, ts_lexize('parkdata.zh_compound', '2021年度') AS year,
       ts_lexize('parkdata.zh_compound', '1,200') AS separators;
SELECT ts_lexize('parkdata.zh_compound', '二〇〇一年') AS han_date, ts_lexize('parkdata.zh_compound', '百分之五十') AS han_percent;
SELECT q, bool_and(to_tsvector('parkdata.chinese', '1998年3月份,营收16.7万元,占比百分之五十,二〇〇一年十二月,2021年度') @@ tq) AS found
FROM unnest(ARRAY['1998', '1998年', '3月', '16.7万', '16.7', '167000', '元', '百分之', '50%', '2001年', '12月', '2021年']) q,
     LATERAL (VALUES (to_tsquery('parkdata.chinese', quote_literal(q))), (phraseto_tsquery('parkdata.chinese', q)),
                     (websearch_to_tsquery('parkdata.chinese', q))) AS t(tq)
GROUP BY q ORDER BY q;
-- a different number is not found: 16.7万 is not in 16.7万亿, 2001年 not in 2011年
SELECT to_tsvector('parkdata.chinese', '投资16.7万亿元,2011年') @@ phraseto_tsquery('parkdata.chinese', '16.7万') AS other_scale,
       to_tsvector('parkdata.chinese', '投资16.7万亿元,2011年') @@ phraseto_tsquery('parkdata.chinese', '2001年') AS other_year;
-- a phrase across a number and its neighbours, either spelling of a Han date
SELECT to_tsvector('parkdata.chinese', '2009年全区GDP增长') @@ phraseto_tsquery('parkdata.chinese', '2009 全区') AS year_phrase,
       to_tsvector('parkdata.chinese', '二〇〇一年全区') @@ phraseto_tsquery('parkdata.chinese', '2001年全区') AS han_doc,
       to_tsvector('parkdata.chinese', '2001年全区') @@ phraseto_tsquery('parkdata.chinese', '二〇〇一年全区') AS han_query;
-- short names inside their full names, park words inside park suffix words
SELECT to_tsvector('parkdata.chinese', '温州市洞头区') @@ to_tsquery('parkdata.chinese', '洞头') AS short_name,
       to_tsvector('parkdata.chinese', '沈阳科學園區') @@ phraseto_tsquery('parkdata.chinese', '科学园') AS park_word;
-- a park's name in the lexicon is one token: its place and its alias straddling
-- the place (竹科 of 新竹科学园区) are both found in it
SELECT to_tsvector('parkdata.chinese', '新竹科學園區') @@ to_tsquery('parkdata.chinese', '新竹') AS place,
       to_tsvector('parkdata.chinese', '新竹科學園區') @@ to_tsquery('parkdata.chinese', '竹科') AS alias;

-- phrase search finds the phrase, not its words scattered
CREATE TEMP TABLE news (id int, body text);
INSERT INTO news VALUES
    (1, '溧阳高新区加快服务科创平台建设,带来聚才效应。'),
    (2, '科创平台在溧阳落地,高新区的服务正在加快。'),
    (3, '創新的活力來自於人,創新的優質源自人才的質量。'),
    (4, '今年,我区以一场“十所名校百名硕博金坛行”活动,拉开了招引高层次人才的序幕。');
SELECT id FROM news WHERE to_tsvector('parkdata.chinese', body) @@ phraseto_tsquery('parkdata.chinese', '溧阳高新区') ORDER BY id;
SELECT id FROM news WHERE to_tsvector('parkdata.chinese', body) @@ plainto_tsquery('parkdata.chinese', '溧阳高新区') ORDER BY id;
SELECT id FROM news WHERE to_tsvector('parkdata.chinese', body) @@ websearch_to_tsquery('parkdata.chinese', '"科创平台建设"') ORDER BY id;
-- a stop word inside a phrase keeps its place
SELECT phraseto_tsquery('parkdata.chinese', '高新区的服务');
SELECT id FROM news WHERE to_tsvector('parkdata.chinese', body) @@ phraseto_tsquery('parkdata.chinese', '高新区的服务') ORDER BY id;
SELECT id FROM news WHERE to_tsvector('parkdata.chinese', body) @@ websearch_to_tsquery('parkdata.chinese', '人才 -质量') ORDER BY id;
SELECT id FROM news WHERE to_tsvector('parkdata.chinese', body) @@ websearch_to_tsquery('parkdata.chinese', '人才 or 聚才效应') ORDER BY id;
-- a GIN index gives the same answers
CREATE INDEX ON news USING gin (to_tsvector('parkdata.chinese', body));
SET enable_seqscan = off;
SELECT id FROM news WHERE to_tsvector('parkdata.chinese', body) @@ phraseto_tsquery('parkdata.chinese', '创新的活力') ORDER BY id;
RESET enable_seqscan;

-- headlines: the match is marked, and without the marks the text is intact
SELECT id, ts_headline('parkdata.chinese', body, to_tsquery('parkdata.chinese', '高新区 | 人才'), 'HighlightAll=true') FROM news ORDER BY id;
SELECT bool_and(replace(replace(ts_headline('parkdata.chinese', body, plainto_tsquery('parkdata.chinese', '高新区 人才'),
                 'HighlightAll=true'), '<b>', ''), '</b>', '') = body) AS text_intact
FROM news;
SELECT ts_headline('parkdata.chinese', 'Parks  keep   their spaces:  高新区  and  科创平台 ', to_tsquery('parkdata.chinese', '科创平台'));
SELECT ts_headline('parkdata.chinese', repeat('其他内容很多。', 40) || '溧阳高新区加快服务科创平台建设。' || repeat('其他内容很多。', 40),
                   phraseto_tsquery('parkdata.chinese', '科创平台建设'));

-- ts_rank works on the vectors
SELECT id, ts_rank(to_tsvector('parkdata.chinese', body), to_tsquery('parkdata.chinese', '人才')) > 0 AS ranked
FROM news ORDER BY id;

-- empty and huge documents
SELECT to_tsvector('parkdata.chinese', '') AS empty, to_tsvector('parkdata.chinese', '  。，') AS blanks;
SELECT length(to_tsvector('parkdata.chinese', repeat('溧阳高新区加快服务科创平台建设,带来聚才效应。', 20000))) AS distinct_lexemes;

-- dictionary options
CREATE TEXT SEARCH DICTIONARY zh_plain (TEMPLATE = parkdata.zh_compound_template, Compounds = false);
SELECT ts_lexize('zh_plain', '规上工业总产值');
DROP TEXT SEARCH DICTIONARY zh_plain;
CREATE TEXT SEARCH DICTIONARY zh_stop (TEMPLATE = parkdata.zh_compound_template, StopWords = english);
SELECT ts_lexize('zh_stop', 'The') AS english_stop, ts_lexize('zh_stop', '的') AS not_stop_now;
DROP TEXT SEARCH DICTIONARY zh_stop;
CREATE TEXT SEARCH DICTIONARY zh_bad (TEMPLATE = parkdata.zh_compound_template, Colour = 'red');
