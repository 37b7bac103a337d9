--
-- model_ingest: ingest(), the bulk INSERT ... SELECT path, reextract(),
-- cascades and constraints.  Assertions are invariants (what is stored
-- equals what extract_metrics returns), not the extractor's exact output.
-- Everything happens in a transaction that is rolled back.
--
SET search_path = pg_catalog;
BEGIN;

CREATE TEMP TABLE t_doc AS
SELECT parkdata.ingest('溧阳高新区人才',
                       '截至11月,溧阳高新区10个科创平台已集聚人才1030人,其中硕士以上学历537人,占人才总数的52%;建成科学家工作室19个。',
                       DATE '2023-12-20', '测试') AS id;

-- the id is the body's, the row is there, not builtin
SELECT d.doc_id = parkdata.document_id(d.body) AS id_from_body, d.title, d.published, d.source,
       d.builtin, d.tsv IS NOT NULL AS has_vector
FROM parkdata.document d JOIN t_doc ON d.doc_id = t_doc.id;

-- one indicator per metric extract_metrics finds, with its fields
SELECT (SELECT count(*) FROM parkdata.indicator i JOIN t_doc ON i.doc_id = t_doc.id)
     = (SELECT count(*) FROM parkdata.document d JOIN t_doc ON d.doc_id = t_doc.id,
              parkdata.extract_metrics(d.body)) AS one_row_per_metric,
       (SELECT count(*) FROM parkdata.indicator i JOIN t_doc ON i.doc_id = t_doc.id) > 0 AS found_some;
SELECT count(*) AS fields_differ
FROM parkdata.indicator i JOIN t_doc ON i.doc_id = t_doc.id
JOIN parkdata.document d ON d.doc_id = i.doc_id
JOIN LATERAL parkdata.extract_metrics(d.body) m ON m.metric_no = i.metric_no
WHERE (i.value, i.unit, i.indicator, i.subject, i.is_target, i.start_pos)
      IS DISTINCT FROM (m.value, m.unit, m.indicator, m.subject, m.is_target, m.start_pos);
-- linked through the subject: parks and regions as place_name resolves them
SELECT count(*) AS links_differ
FROM parkdata.indicator i JOIN t_doc ON i.doc_id = t_doc.id
LEFT JOIN parkdata.place_name n ON n.surface = i.subject
WHERE (i.region_code, i.park_id) IS DISTINCT FROM (n.region_code, n.park_id);
SELECT count(*) FILTER (WHERE p.short_name = '溧阳高新区') > 0 AS linked_to_park
FROM parkdata.indicator i JOIN t_doc ON i.doc_id = t_doc.id
LEFT JOIN parkdata.park p USING (park_id);

-- the same body again: the same id, nothing added (title and date ignored)
SELECT parkdata.ingest('另一个标题', body) = doc_id AS same_id
FROM parkdata.document d JOIN t_doc ON d.doc_id = t_doc.id;
SELECT count(*) AS documents FROM parkdata.document d JOIN t_doc ON d.doc_id = t_doc.id;
SELECT (SELECT count(*) FROM parkdata.indicator i JOIN t_doc ON i.doc_id = t_doc.id)
     = (SELECT count(*) FROM parkdata.document d JOIN t_doc ON d.doc_id = t_doc.id,
              parkdata.extract_metrics(d.body)) AS not_doubled;

-- reextract recomputes one document and says how many rows it wrote
SELECT parkdata.reextract(id) = (SELECT count(*) FROM parkdata.indicator i WHERE i.doc_id = t_doc.id)
       AS reextract_count
FROM t_doc;
-- a document that does not exist is an error, not 0 rows
SAVEPOINT unknown;
\set VERBOSITY terse
SELECT parkdata.reextract(-1) AS unknown_document;
\set VERBOSITY default
ROLLBACK TO unknown;

-- where the extraction trigger is gone (as on Citus), ingest() extracts the
-- document itself, with the same INSERT ... SELECT from parkdata.extraction
SAVEPOINT no_trigger;
ALTER TABLE parkdata.document DISABLE TRIGGER document_extract_indicators;
SELECT parkdata.ingest('无触发器', '无触发器时,溧阳高新区新增企业25家,实现产值12.5亿元。') AS no_trigger_id \gset
SELECT count(*) = (SELECT count(*) FROM parkdata.extract_metrics('无触发器时,溧阳高新区新增企业25家,实现产值12.5亿元。'))
       AND count(*) > 0 AS extracted_without_trigger
FROM parkdata.indicator WHERE doc_id = :no_trigger_id;
ROLLBACK TO no_trigger;

-- the extraction view is the table's shape: the rows it gives for a
-- document are the rows stored for it
SELECT count(*) AS rows_differ FROM (
    (SELECT * FROM parkdata.extraction e WHERE e.doc_id IN (SELECT id FROM t_doc)
     EXCEPT ALL
     SELECT i.* FROM parkdata.indicator i WHERE i.doc_id IN (SELECT id FROM t_doc))
    UNION ALL
    (SELECT i.* FROM parkdata.indicator i WHERE i.doc_id IN (SELECT id FROM t_doc)
     EXCEPT ALL
     SELECT * FROM parkdata.extraction e WHERE e.doc_id IN (SELECT id FROM t_doc))) x;

-- the bulk path: one INSERT ... SELECT, doc_id filled from the body,
-- indicators of all rows extracted by one statement trigger
INSERT INTO parkdata.document (title, body, published, source)
SELECT '批量' || g, '溧阳高新区第' || g || '批项目' || (g % 7 + 1) || '个,总投资' || g || '.5亿元,同比增长' || (g % 30) || '%。',
       DATE '2024-01-01' + g, 'bulk'
FROM generate_series(1, 200) g;
SELECT count(*) AS bulk_documents, bool_and(doc_id = parkdata.document_id(body)) AS ids_from_bodies
FROM parkdata.document WHERE source = 'bulk';
SELECT (SELECT count(*) FROM parkdata.indicator i JOIN parkdata.document d USING (doc_id) WHERE d.source = 'bulk')
     = (SELECT count(*) FROM parkdata.document d, parkdata.extract_metrics(d.body) WHERE d.source = 'bulk')
       AS bulk_extracted;
-- loading the same rows again adds nothing
INSERT INTO parkdata.document (title, body, source)
SELECT '批量' || g, '溧阳高新区第' || g || '批项目' || (g % 7 + 1) || '个,总投资' || g || '.5亿元,同比增长' || (g % 30) || '%。', 'bulk'
FROM generate_series(1, 200) g
ON CONFLICT (doc_id) DO NOTHING;
SELECT count(*) AS still_200 FROM parkdata.document WHERE source = 'bulk';

-- deleting a document deletes its indicators
DELETE FROM parkdata.document WHERE source = 'bulk';
SELECT count(*) AS orphans FROM parkdata.indicator i
WHERE NOT EXISTS (SELECT 1 FROM parkdata.document d WHERE d.doc_id = i.doc_id);

-- bad input (each in a savepoint, the transaction goes on)
\set VERBOSITY terse
SAVEPOINT s;
SELECT parkdata.ingest(NULL, '正文');
ROLLBACK TO s;
SELECT parkdata.ingest('标题', NULL);
ROLLBACK TO s;
INSERT INTO parkdata.document (doc_id, title, body) VALUES (1, '错误的编号', '正文');
ROLLBACK TO s;
INSERT INTO parkdata.park (name, kind) VALUES ('测试园区', 'theme_park');
ROLLBACK TO s;
INSERT INTO parkdata.region (code, name, level, parent_code) VALUES ('3204', '测试', 'county', '320400');
ROLLBACK TO s;
INSERT INTO parkdata.region (code, name, level, parent_code) VALUES ('320499', '测试', 'county', '999999');
ROLLBACK TO s;
INSERT INTO parkdata.indicator (doc_id, metric_no, kind, status) VALUES (-1, 1, 'level', 'actual');
ROLLBACK TO s;
-- the closed vocabularies of 1.1 (issue 10) and the catalog code
INSERT INTO parkdata.indicator (doc_id, metric_no, kind, status)
SELECT doc_id, 999, 'growth', 'actual' FROM parkdata.document WHERE NOT builtin LIMIT 1;
ROLLBACK TO s;
INSERT INTO parkdata.indicator (doc_id, metric_no, kind, status)
SELECT doc_id, 999, 'level', 'planned' FROM parkdata.document WHERE NOT builtin LIMIT 1;
ROLLBACK TO s;
INSERT INTO parkdata.indicator (doc_id, metric_no, kind, status, qualifier)
SELECT doc_id, 999, 'level', 'actual', '超' FROM parkdata.document WHERE NOT builtin LIMIT 1;
ROLLBACK TO s;
INSERT INTO parkdata.indicator (doc_id, metric_no, kind, status, is_target)
SELECT doc_id, 999, 'level', 'actual', true FROM parkdata.document WHERE NOT builtin LIMIT 1;
ROLLBACK TO s;
INSERT INTO parkdata.indicator (doc_id, metric_no, kind, status, period_start, period_end)
SELECT doc_id, 999, 'level', 'actual', DATE '2024-12-31', DATE '2024-01-01' FROM parkdata.document WHERE NOT builtin LIMIT 1;
ROLLBACK TO s;
INSERT INTO parkdata.indicator (doc_id, metric_no, kind, status, metric)
SELECT doc_id, 999, 'level', 'actual', 'no_such_metric' FROM parkdata.document WHERE NOT builtin LIMIT 1;
ROLLBACK TO s;
\set VERBOSITY default

-- a park users add gets an id from the user range and is found in text
INSERT INTO parkdata.park (name, short_name, kind, region_code)
VALUES ('溧阳测试科技产业园', '测试科技园', 'industrial_park', '320481')
RETURNING park_id >= 100001 AS user_range, builtin;
SELECT region_code, park_id >= 100001 AS user_park FROM parkdata.place_name WHERE surface = '测试科技园';

-- a query over the extraction can run on parallel workers: every function
-- in it is parallel safe (costs forced so that the plan shape shows on five
-- documents)
SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
SET LOCAL min_parallel_table_scan_size = 0;
SET LOCAL max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT * FROM parkdata.extraction;

ROLLBACK;
