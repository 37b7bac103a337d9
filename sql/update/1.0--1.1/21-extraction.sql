
-- ---------------------------------------------------------------------------
-- 21-extraction (issue 11): the extraction -> indicator mapping written once
-- (parkdata.extraction), no temporary table in reextract() (two-phase commit),
-- ingest() extracting where the trigger is gone (Citus), reextract() of an
-- unknown document an error (issue 12)
-- ---------------------------------------------------------------------------
CREATE VIEW @extschema@.extraction AS
SELECT d.doc_id, m.metric_no, pl.region_code, pl.park_id, m.subject, m.indicator AS name,
       m.value, m.unit, m.raw, m.qualifier, m.kind, m.is_target, m.period, m.year,
       m.sentence, m.start_pos, d.builtin
FROM @extschema@.document d
CROSS JOIN LATERAL @extschema@.extract_metrics(d.body, d.published) m
LEFT JOIN @extschema@.place_name pl ON pl.surface OPERATOR(pg_catalog.=) m.subject;
COMMENT ON VIEW @extschema@.extraction IS
    'the indicator rows extraction gives now for every stored document (extract_metrics linked to place_name), in parkdata.indicator''s columns: INSERT INTO parkdata.indicator SELECT * FROM parkdata.extraction WHERE ... is how every path fills the table';
-- the columns extract_metrics gives (the others take their source's comment at the
-- end of the install, sql/parkdata_comments.sql)
COMMENT ON COLUMN @extschema@.extraction.metric_no IS
    'ordinal of the metric within its document, from extract_metrics (with doc_id, the key)';
COMMENT ON COLUMN @extschema@.extraction.subject IS
    'the place or organisation the extractor says the metric is about, as written (我区 and 全区 already resolved)';
COMMENT ON COLUMN @extschema@.extraction.name IS
    'what is measured, e.g. 人才资源总量, 硕士以上学历';
COMMENT ON COLUMN @extschema@.extraction.value IS
    'exact value in the unit given (1030, 52, 46.3); Chinese numerals and 万/亿 already multiplied out';
COMMENT ON COLUMN @extschema@.extraction.unit IS
    'unit of value, e.g. 人, 个, %, 亿元';
COMMENT ON COLUMN @extschema@.extraction.raw IS
    'the text the value was read from, e.g. 16.7万人';
COMMENT ON COLUMN @extschema@.extraction.qualifier IS
    'qualifier of the value as extracted (e.g. 超, 近, 以上)';
COMMENT ON COLUMN @extschema@.extraction.kind IS
    'kind of figure as extracted (e.g. level, growth, share)';
COMMENT ON COLUMN @extschema@.extraction.is_target IS
    'true if the figure is a goal or plan (力争, 到2023年) rather than an achieved value';
COMMENT ON COLUMN @extschema@.extraction.period IS
    'period the figure refers to as written (十三五, 截至11月, 今年以来)';
COMMENT ON COLUMN @extschema@.extraction.year IS
    'calendar year the figure refers to, where the text gives one';
COMMENT ON COLUMN @extschema@.extraction.sentence IS
    'the sentence the metric was found in';
COMMENT ON COLUMN @extschema@.extraction.start_pos IS
    'character position of the figure in the document body (as extract_metrics reports it)';GRANT SELECT ON @extschema@.extraction TO PUBLIC;

CREATE OR REPLACE FUNCTION @extschema@.document_extract_trigger() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    INSERT INTO @extschema@.indicator
    SELECT e.* FROM @extschema@.extraction e
    WHERE e.doc_id IN (SELECT n.doc_id FROM new_documents n);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.document_extract_trigger() IS
    'statement trigger on parkdata.document: extracts and links the indicators of every document an INSERT adds (from parkdata.extraction)';

CREATE OR REPLACE FUNCTION @extschema@.ingest(title text, body text, published date DEFAULT NULL,
                                   source text DEFAULT NULL)
    RETURNS bigint
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    id bigint;
    old_body text;
BEGIN
    IF body IS NULL OR title IS NULL THEN
        RAISE EXCEPTION 'document title and body must not be null'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    -- blank: look at the first 4096 characters only unless they are all
    -- blank (btrim over the whole body would run long before any interrupt
    -- check)
    IF pg_catalog.ltrim(pg_catalog.substr(body, 1, 4096), E' \t\r\n\u3000') OPERATOR(pg_catalog.=) ''
       AND pg_catalog.btrim(body, E' \t\r\n\u3000') OPERATOR(pg_catalog.=) '' THEN
        RAISE EXCEPTION 'document body is empty'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'A document needs text to index and to extract figures from.';
    END IF;
    id := @extschema@.document_id(body);
    INSERT INTO @extschema@.document AS d (doc_id, title, published, source, body)
    VALUES (id, ingest.title, ingest.published, ingest.source, ingest.body)
    ON CONFLICT (doc_id) DO NOTHING;
    IF FOUND THEN
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t
                       WHERE t.tgrelid OPERATOR(pg_catalog.=) '@extschema@.document'::pg_catalog.regclass
                         AND t.tgname OPERATOR(pg_catalog.=) 'document_extract_indicators'
                         AND t.tgenabled OPERATOR(pg_catalog.<>) 'D') THEN
            WITH x AS MATERIALIZED (SELECT e.* FROM @extschema@.extraction e
                                    WHERE e.doc_id OPERATOR(pg_catalog.=) id)
            INSERT INTO @extschema@.indicator SELECT x.* FROM x;
        END IF;
    ELSE
        SELECT d.body INTO old_body FROM @extschema@.document d
        WHERE d.doc_id OPERATOR(pg_catalog.=) id;
        IF old_body IS DISTINCT FROM body THEN
            RAISE EXCEPTION 'document id % is taken by a different body', id
                USING ERRCODE = 'unique_violation',
                      DETAIL = 'Two different texts have the same 63-bit MD5 prefix.';
        END IF;
    END IF;
    RETURN id;
END
$$;
COMMENT ON FUNCTION @extschema@.ingest(text, text, date, text) IS
    'store a document and extract and link its indicators in one transaction; returns its doc_id; the same body again returns the existing id and changes nothing';

CREATE OR REPLACE FUNCTION @extschema@.reextract(doc_id bigint DEFAULT NULL) RETURNS bigint
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    n bigint;
BEGIN
    IF reextract.doc_id IS NULL THEN
        DELETE FROM @extschema@.indicator;
        INSERT INTO @extschema@.indicator
        SELECT e.* FROM @extschema@.extraction e;
    ELSE
        IF NOT EXISTS (SELECT 1 FROM @extschema@.document d
                       WHERE d.doc_id OPERATOR(pg_catalog.=) reextract.doc_id) THEN
            RAISE EXCEPTION 'document % does not exist', reextract.doc_id
                USING ERRCODE = 'no_data_found',
                      HINT = 'Pass the doc_id of a row of parkdata.document, or NULL for every document.';
        END IF;
        DELETE FROM @extschema@.indicator i WHERE i.doc_id OPERATOR(pg_catalog.=) reextract.doc_id;
        WITH x AS MATERIALIZED (SELECT e.* FROM @extschema@.extraction e
                                WHERE e.doc_id OPERATOR(pg_catalog.=) reextract.doc_id)
        INSERT INTO @extschema@.indicator SELECT x.* FROM x;
    END IF;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.reextract(bigint) IS
    'recompute the indicators of one document, or of all documents if doc_id is NULL (after the extractor, lexicon or gazetteer changed); returns the number of indicators written; an unknown doc_id is an error';
