--
-- tsearch_lexicon: the domain lexicon and compound recall.  Everything runs
-- in a transaction that empties the lexicon first, so install-time rows
-- (regions, parks) neither help nor hurt.
--
SELECT getdatabaseencoding() <> 'UTF8' AS skip_test \gset
\if :skip_test
\quit
\endif

-- the built-in domain terms
SELECT count(*) >= 100 AS has_domain_terms,
       bool_and(builtin) AS builtin
FROM parkdata.lexicon WHERE source = 'domain';
SELECT word FROM parkdata.lexicon
WHERE word IN ('高新区', '科创平台', '领军人才', '独角兽企业', '专精特新', '规上工业总产值')
ORDER BY word;

BEGIN;
DELETE FROM parkdata.lexicon;
SELECT parkdata.lexicon_backend_words();
SELECT to_tsvector('parkdata.chinese', '华罗庚高新区');
-- an INSERT is seen by the next statement, without reconnecting
INSERT INTO parkdata.lexicon (word, source) VALUES ('华罗庚高新区', 'test'), ('高新区', 'test');
SELECT parkdata.lexicon_backend_words() >= 2 AS reloaded;
SELECT to_tsvector('parkdata.chinese', '华罗庚高新区');
-- the name before a lexicon word is a word too (ICU alone cuts 华罗庚 up)
SELECT to_tsquery('parkdata.chinese', '华罗庚');
-- compound recall: the whole, its lexicon sub-words and the name find it
SELECT q, to_tsvector('parkdata.chinese', '常州华罗庚高新区管委会') @@ to_tsquery('parkdata.chinese', q) AS found
FROM (VALUES ('华罗庚高新区'), ('高新区'), ('华罗庚'), ('华罗庚 & 管委会'), ('溧阳高新区')) v(q);
-- the query for the compound is the whole word or all its parts
SELECT to_tsquery('parkdata.chinese', '华罗庚高新区');
-- ICU sub-words of a lexicon word
INSERT INTO parkdata.lexicon (word) VALUES ('规上工业总产值'), ('信维通信');
SELECT ts_lexize('parkdata.zh_compound', '规上工业总产值');
SELECT ts_lexize('parkdata.zh_compound', '信维通信');
SELECT to_tsvector('parkdata.chinese', '信维通信') @@ to_tsquery('parkdata.chinese', '通信') AS found_by_part;
-- a compound inside a longer word: the sub-words of its sub-words are there too,
-- so a query for the inner compound (which asks for its own sub-words) finds it
SELECT q, to_tsvector('parkdata.chinese', '中国国际广播电台记者') @@ websearch_to_tsquery('parkdata.chinese', q) AS found
FROM (VALUES ('"国际广播电台"'), ('国际广播电台'), ('广播电台'), ('电台'), ('"国际广播电台记者"')) v(q);
-- phrase queries still see one position per token
SELECT to_tsvector('parkdata.chinese', '常州华罗庚高新区管委会') @@ phraseto_tsquery('parkdata.chinese', '华罗庚高新区管委会') AS phrase,
       to_tsvector('parkdata.chinese', '常州华罗庚高新区的管委会') @@ phraseto_tsquery('parkdata.chinese', '常州 高新区') AS phrase_adjacent_sub,
       to_tsvector('parkdata.chinese', '高新区常州') @@ phraseto_tsquery('parkdata.chinese', '常州高新区') AS phrase_wrong_order;
-- DELETE is seen too
DELETE FROM parkdata.lexicon WHERE word = '华罗庚高新区';
SELECT to_tsvector('parkdata.chinese', '华罗庚高新区');
-- Traditional and full-width lexicon entries are folded
INSERT INTO parkdata.lexicon (word) VALUES ('東湖高新區'), ('ＡＢ科技');
SELECT string_agg(token, '|') FROM ts_parse('parkdata.icu_zh', '东湖高新区AB科技') WHERE tokid <> 12;
-- a longer word wins; words are kept whole against ICU
INSERT INTO parkdata.lexicon (word) VALUES ('东湖'), ('东湖高新区管委会');
SELECT string_agg(token, '|') FROM ts_parse('parkdata.icu_zh', '武汉东湖高新区管委会东湖') WHERE tokid <> 12;
-- an ASCII lexicon word does not match inside a longer ASCII word
INSERT INTO parkdata.lexicon (word) VALUES ('AI');
SELECT string_agg(token, '|') FROM ts_parse('parkdata.icu_zh', 'AI芯片 MAIL AIR') WHERE tokid <> 12;
-- TRUNCATE empties it
TRUNCATE parkdata.lexicon;
SELECT parkdata.lexicon_backend_words();
ROLLBACK;
-- after ROLLBACK the lexicon is back as it was
SELECT parkdata.lexicon_backend_words() >= 100 AS restored;

-- bad lexicon words are refused
INSERT INTO parkdata.lexicon (word) VALUES ('高');
INSERT INTO parkdata.lexicon (word) VALUES (repeat('高', 65));
-- bulk insert (as the install does for regions and parks) then one reload
BEGIN;
INSERT INTO parkdata.lexicon (word, source)
SELECT '测试园区' || i, 'test' FROM generate_series(1, 20000) i;
SELECT parkdata.lexicon_backend_words() >= 20000 AS bulk_loaded;
SELECT string_agg(token, '|') FROM ts_parse('parkdata.icu_zh', '在测试园区19999落户') WHERE tokid <> 12;
ROLLBACK;

-- a user who may use the schema may tokenize (the parser reads the lexicon
-- as that user), but not change the lexicon
CREATE ROLE pd_tsearch_reader;
GRANT USAGE ON SCHEMA parkdata TO pd_tsearch_reader;
DELETE FROM parkdata.lexicon WHERE word = '读者词';   -- the reader's call reloads
SET ROLE pd_tsearch_reader;
SELECT to_tsvector('parkdata.chinese', '溧阳高新区的科创平台');
INSERT INTO parkdata.lexicon (word) VALUES ('读者词');
RESET ROLE;
REVOKE USAGE ON SCHEMA parkdata FROM pd_tsearch_reader;
DROP ROLE pd_tsearch_reader;
