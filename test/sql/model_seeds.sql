--
-- model_seeds: the five seed documents CREATE EXTENSION loads, with title,
-- date and source from their text, bodies byte for byte (MD5 of the files in
-- seeds/; test/suites/60-model-seeds.sh compares the bytes themselves), and
-- full-text search over them.
--
SET search_path = pg_catalog;

SELECT source_file, title, published, source, octet_length(body) AS bytes,
       md5(body) AS md5, doc_id = parkdata.document_id(body) AS id_from_body
FROM parkdata.document WHERE builtin ORDER BY source_file;

-- every seed has a full-text vector with its title weighted A
SELECT source_file, length(tsv) > 100 AS has_vector,
       setweight(tsv, 'D') <> tsv AS title_weighted
FROM parkdata.document WHERE builtin ORDER BY source_file;

-- the stored vectors were computed after the park and region names joined the
-- lexicon: they equal a fresh computation, and 溧阳高新区 is one lexeme
SELECT source_file,
       tsv = setweight(to_tsvector('parkdata.chinese', title), 'A')
             || to_tsvector('parkdata.chinese', body) AS current,
       '溧阳高新区' = ANY (tsvector_to_array(tsv)) AS park_lexeme
FROM parkdata.document WHERE builtin ORDER BY source_file;
SELECT count(*) FILTER (WHERE source = 'park') AS park_words,
       count(*) FILTER (WHERE source = 'region') AS region_words,
       bool_and(builtin) FILTER (WHERE source IN ('park', 'region')) AS shipped,
       count(*) FILTER (WHERE word IN ('比如', '合作', '资源', '市中', '鼓楼')) AS ambiguous_in,
       count(*) FILTER (WHERE word IN ('溧阳', '金坛', '溧阳高新区', '华罗庚高新区', '天目湖先进储能技术研究院')) AS names_in
FROM parkdata.lexicon;

-- search: matches are ranked, best first, with a highlighted headline
SELECT count(*) > 0 AS found,
       bool_and(headline LIKE '%<b>%</b>%') AS highlighted,
       bool_and(strpos(headline, E'\n') = 0) AS one_line
FROM parkdata.search('溧阳高新区');
SELECT bool_and(rank <= lag_rank) AS best_first
FROM (SELECT rank, lag(rank, 1, 'Infinity'::real) OVER () AS lag_rank
      FROM parkdata.search('人才 平台', 100)) s;
-- a phrase only the 002 article has, and words none has
SELECT d.source_file FROM parkdata.search('"北方美谷"') s JOIN parkdata.document d USING (doc_id);
SELECT count(*) AS nothing FROM parkdata.search('量子计算机 火星');
-- every document search returns contains the query word literally, and
-- every seed that says 高新区 is found
SELECT count(*) > 0 AS found, bool_and(strpos(d.title || d.body, '高新区') > 0) AS contains_word,
       count(*) = (SELECT count(*) FROM parkdata.document WHERE strpos(title || body, '高新区') > 0)
           AS all_found
FROM parkdata.search('高新区') s JOIN parkdata.document d USING (doc_id);
-- max_rows is honoured; 0 gives nothing; negative is an error; NULL is NULL
SELECT count(*) FROM parkdata.search('溧阳', 2);
SELECT count(*) FROM parkdata.search('溧阳', 0);
SELECT count(*) FROM parkdata.search(NULL);
SELECT count(*) FROM parkdata.search('溧阳', -1);
-- empty and punctuation-only queries match nothing (no error)
SELECT count(*) FROM parkdata.search('');
SELECT count(*) FROM parkdata.search(',。、');
