/* parkdata--1.0--1.1.sql */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION parkdata UPDATE TO '1.1'" to load this file. \quit

/*
 * Release 1.1.  This script is concatenated from the files of sql/update/1.0--1.1/
 * in name order, one part per concern.  Every schema change made to the
 * install script (sql/parkdata*.sql) since 1.0 has its step here; suite
 * 85-upgrade proves that 1.0 + this script equals a fresh 1.1 install.
 */

-- extract_metrics (issue 10): the document's date as a second argument, and
-- the columns metric, status, period_start and period_end.  The result type
-- changes, so the function is dropped and created again; nothing in 1.0
-- depends on it (the trigger, ingest() and reextract() call it by name at
-- run time, which still resolves with the new default argument).  Numbered
-- 19, before the parts of the extraction plumbing (20-29), because the view
-- parkdata.extraction (part 21) depends on the new function.
DROP FUNCTION parkdata.extract_metrics(text);
CREATE FUNCTION parkdata.extract_metrics(doc text, published date DEFAULT NULL)
    RETURNS TABLE (
        metric_no    integer,
        value        numeric,
        unit         text,
        raw          text,
        start_pos    integer,
        qualifier    text,
        indicator    text,
        metric       text,
        kind         text,
        status       text,
        is_target    boolean,
        period       text,
        period_start date,
        period_end   date,
        year         integer,
        subject      text,
        subject_code text,
        sentence     text)
    AS 'MODULE_PATHNAME', 'pd_extract_metrics'
    -- IMMUTABLE, like to_tsvector(regconfig, text), although it reads the
    -- indicator catalog through the lexicon: Citus runs a table function in
    -- a multi-shard query (the extraction INSERT ... SELECT on every shard)
    -- only if it is immutable; after the catalog or the lexicon changed,
    -- parkdata.reextract() recomputes what was stored (as REINDEX does for
    -- vectors).  Not STRICT so that a NULL
    -- published date is allowed (a NULL doc gives no rows)
    LANGUAGE C IMMUTABLE PARALLEL SAFE
    -- real work per document (about 0.4 ms for 750 bytes): with the default
    -- COST of 1 the planner never starts parallel workers for a full-table
    -- extract
    COST 10000
    ROWS 20;
COMMENT ON FUNCTION parkdata.extract_metrics(text, date) IS
    'every quantity in Chinese news text (Simplified or Traditional) as a row: exact value with scale words multiplied out, unit, raw text and its 1-based character position, qualifier (approx, more_than, at_least, less_than, at_most), indicator as written and its catalog code (metric), kind (level, change, growth_rate, share), status (actual, target, estimate), period as written with its first and last day and year, subject region or park (gazetteer canonical name and region code) and sentence; published, the document''s date, resolves 今年 and 去年 and dates figures where the text gives no year';

-- ---------------------------------------------------------------------------
-- 20-keys (issue 11): keys any node computes
-- ---------------------------------------------------------------------------
/*
 * indicator is keyed by (doc_id, metric_no): indicator_id, a volatile
 * identity default, made a distributed INSERT ... SELECT run on the
 * coordinator.  indicator_facts showed it; it shows metric_no instead.
 * Users' indicator rows are kept (only the column goes).
 */
DROP VIEW parkdata.indicator_facts;
ALTER TABLE parkdata.indicator DROP CONSTRAINT indicator_pkey;
ALTER TABLE parkdata.indicator DROP COLUMN indicator_id;
ALTER TABLE parkdata.indicator DROP CONSTRAINT indicator_doc_id_metric_no_key;
ALTER TABLE parkdata.indicator ADD PRIMARY KEY (doc_id, metric_no);
COMMENT ON TABLE parkdata.indicator IS
    'one row per metric parkdata.extract_metrics finds in a document, linked to the region or park it is about; identified by (doc_id, metric_no); filled from parkdata.extraction';
COMMENT ON COLUMN parkdata.indicator.metric_no IS
    'ordinal of the metric within its document, from extract_metrics (with doc_id, the key)';

CREATE VIEW parkdata.indicator_facts AS
SELECT i.doc_id,
       i.metric_no,
       d.published,
       d.title AS document_title,
       d.source AS document_source,
       rp.province,
       rp.city,
       rp.county,
       i.region_code,
       p.name AS park,
       p.kind AS park_kind,
       i.name AS indicator,
       i.value,
       i.unit,
       i.qualifier,
       i.kind,
       i.is_target,
       i.period,
       i.year,
       i.subject,
       i.raw AS raw_text,
       i.sentence
FROM parkdata.indicator i
JOIN parkdata.document d ON d.doc_id OPERATOR(pg_catalog.=) i.doc_id
LEFT JOIN parkdata.region_path rp ON rp.region_code OPERATOR(pg_catalog.=) i.region_code
LEFT JOIN parkdata.park p ON p.park_id OPERATOR(pg_catalog.=) i.park_id;
COMMENT ON VIEW parkdata.indicator_facts IS
    'one row per extracted indicator with its document, place (province, city, county, park) and value: the fact table for BI tools';
COMMENT ON COLUMN parkdata.indicator_facts.doc_id IS 'document identifier';
COMMENT ON COLUMN parkdata.indicator_facts.metric_no IS 'ordinal of the indicator within its document (with doc_id, the key)';
COMMENT ON COLUMN parkdata.indicator_facts.published IS 'publication date of the document';
COMMENT ON COLUMN parkdata.indicator_facts.document_title IS 'headline of the document';
COMMENT ON COLUMN parkdata.indicator_facts.document_source IS 'publisher of the document';
COMMENT ON COLUMN parkdata.indicator_facts.province IS 'province-level division the indicator is about';
COMMENT ON COLUMN parkdata.indicator_facts.city IS 'prefecture-level city the indicator is about';
COMMENT ON COLUMN parkdata.indicator_facts.county IS 'county-level division the indicator is about';
COMMENT ON COLUMN parkdata.indicator_facts.region_code IS 'six-digit code of the most specific division';
COMMENT ON COLUMN parkdata.indicator_facts.park IS 'full name of the park the indicator is about, if any';
COMMENT ON COLUMN parkdata.indicator_facts.park_kind IS 'kind of that park (national_hitech_zone, research_institute, ...)';
COMMENT ON COLUMN parkdata.indicator_facts.indicator IS 'what is measured (人才资源总量, 硕士以上学历, ...)';
COMMENT ON COLUMN parkdata.indicator_facts.value IS 'exact value in the unit given';
COMMENT ON COLUMN parkdata.indicator_facts.unit IS 'unit of the value (人, 个, %, 亿元, ...)';
COMMENT ON COLUMN parkdata.indicator_facts.qualifier IS 'qualifier of the value (超, 近, 以上, ...)';
COMMENT ON COLUMN parkdata.indicator_facts.kind IS 'kind of figure (level, growth, share, ...)';
COMMENT ON COLUMN parkdata.indicator_facts.is_target IS 'true for goals and plans, false for achieved values';
COMMENT ON COLUMN parkdata.indicator_facts.period IS 'period the figure refers to, as written';
COMMENT ON COLUMN parkdata.indicator_facts.year IS 'calendar year the figure refers to';
COMMENT ON COLUMN parkdata.indicator_facts.subject IS 'the place or organisation as the text names it';
COMMENT ON COLUMN parkdata.indicator_facts.raw_text IS 'the text the value was read from';
COMMENT ON COLUMN parkdata.indicator_facts.sentence IS 'the sentence the indicator was found in';
GRANT SELECT ON parkdata.indicator_facts TO PUBLIC;

/*
 * park ids users add come from the name (parkdata.park_id), not from a
 * sequence each node would count on its own.  Parks added under 1.0 keep
 * their ids; the identity's sequence goes.
 */
CREATE FUNCTION parkdata.park_id(name text) RETURNS bigint
    AS $$SELECT 100001 OPERATOR(pg_catalog.+)
                (('x' OPERATOR(pg_catalog.||) pg_catalog.left(pg_catalog.md5($1), 15))::pg_catalog.bit(60)::bigint)$$
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION parkdata.park_id(text) IS
    'the park_id a park users add gets from its name: 100001 plus the first 60 bits of the name''s MD5, so every node computes the same id and no sequence is shared';

-- (out of the extension first, which also takes it off the list of tables
-- pg_dump dumps)
ALTER EXTENSION parkdata DROP SEQUENCE parkdata.park_park_id_seq;
ALTER TABLE parkdata.park ALTER COLUMN park_id DROP IDENTITY;
COMMENT ON COLUMN parkdata.park.park_id IS
    'identifier; shipped rows use 1-100000; a row users add without one gets parkdata.park_id(name), above 100000 (kept if the park is renamed)';
CREATE FUNCTION parkdata.park_id_trigger() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF NEW.park_id IS NULL THEN
        NEW.park_id := parkdata.park_id(NEW.name);
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION parkdata.park_id_trigger() IS
    'row trigger on parkdata.park: fills park_id from the name when an INSERT leaves it out';
CREATE TRIGGER park_set_id
    BEFORE INSERT ON parkdata.park
    FOR EACH ROW EXECUTE FUNCTION parkdata.park_id_trigger();

-- ---------------------------------------------------------------------------
-- 21-extraction (issue 11): the extraction -> indicator mapping written once
-- (parkdata.extraction), no temporary table in reextract() (two-phase commit),
-- ingest() extracting where the trigger is gone (Citus), reextract() of an
-- unknown document an error (issue 12)
-- ---------------------------------------------------------------------------
CREATE VIEW parkdata.extraction AS
SELECT d.doc_id, m.metric_no, pl.region_code, pl.park_id, m.subject, m.indicator AS name,
       m.value, m.unit, m.raw, m.qualifier, m.kind, m.is_target, m.period, m.year,
       m.sentence, m.start_pos, d.builtin
FROM parkdata.document d
CROSS JOIN LATERAL parkdata.extract_metrics(d.body, d.published) m
LEFT JOIN parkdata.place_name pl ON pl.surface OPERATOR(pg_catalog.=) m.subject;
COMMENT ON VIEW parkdata.extraction IS
    'the indicator rows extraction gives now for every stored document (extract_metrics linked to place_name), in parkdata.indicator''s columns: INSERT INTO parkdata.indicator SELECT * FROM parkdata.extraction WHERE ... is how every path fills the table';
-- the columns extract_metrics gives (the others take their source's comment at the
-- end of the install, sql/parkdata_comments.sql)
COMMENT ON COLUMN parkdata.extraction.metric_no IS
    'ordinal of the metric within its document, from extract_metrics (with doc_id, the key)';
COMMENT ON COLUMN parkdata.extraction.subject IS
    'the place or organisation the extractor says the metric is about, as written (我区 and 全区 already resolved)';
COMMENT ON COLUMN parkdata.extraction.name IS
    'what is measured, e.g. 人才资源总量, 硕士以上学历';
COMMENT ON COLUMN parkdata.extraction.value IS
    'exact value in the unit given (1030, 52, 46.3); Chinese numerals and 万/亿 already multiplied out';
COMMENT ON COLUMN parkdata.extraction.unit IS
    'unit of value, e.g. 人, 个, %, 亿元';
COMMENT ON COLUMN parkdata.extraction.raw IS
    'the text the value was read from, e.g. 16.7万人';
COMMENT ON COLUMN parkdata.extraction.qualifier IS
    'qualifier of the value as extracted (e.g. 超, 近, 以上)';
COMMENT ON COLUMN parkdata.extraction.kind IS
    'kind of figure as extracted (e.g. level, growth, share)';
COMMENT ON COLUMN parkdata.extraction.is_target IS
    'true if the figure is a goal or plan (力争, 到2023年) rather than an achieved value';
COMMENT ON COLUMN parkdata.extraction.period IS
    'period the figure refers to as written (十三五, 截至11月, 今年以来)';
COMMENT ON COLUMN parkdata.extraction.year IS
    'calendar year the figure refers to, where the text gives one';
COMMENT ON COLUMN parkdata.extraction.sentence IS
    'the sentence the metric was found in';
COMMENT ON COLUMN parkdata.extraction.start_pos IS
    'character position of the figure in the document body (as extract_metrics reports it)';GRANT SELECT ON parkdata.extraction TO PUBLIC;

CREATE OR REPLACE FUNCTION parkdata.document_extract_trigger() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    INSERT INTO parkdata.indicator
    SELECT e.* FROM parkdata.extraction e
    WHERE e.doc_id IN (SELECT n.doc_id FROM new_documents n);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION parkdata.document_extract_trigger() IS
    'statement trigger on parkdata.document: extracts and links the indicators of every document an INSERT adds (from parkdata.extraction)';

CREATE OR REPLACE FUNCTION parkdata.ingest(title text, body text, published date DEFAULT NULL,
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
    id := parkdata.document_id(body);
    INSERT INTO parkdata.document AS d (doc_id, title, published, source, body)
    VALUES (id, ingest.title, ingest.published, ingest.source, ingest.body)
    ON CONFLICT (doc_id) DO NOTHING;
    IF FOUND THEN
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t
                       WHERE t.tgrelid OPERATOR(pg_catalog.=) 'parkdata.document'::pg_catalog.regclass
                         AND t.tgname OPERATOR(pg_catalog.=) 'document_extract_indicators'
                         AND t.tgenabled OPERATOR(pg_catalog.<>) 'D') THEN
            WITH x AS MATERIALIZED (SELECT e.* FROM parkdata.extraction e
                                    WHERE e.doc_id OPERATOR(pg_catalog.=) id)
            INSERT INTO parkdata.indicator SELECT x.* FROM x;
        END IF;
    ELSE
        SELECT d.body INTO old_body FROM parkdata.document d
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
COMMENT ON FUNCTION parkdata.ingest(text, text, date, text) IS
    'store a document and extract and link its indicators in one transaction; returns its doc_id; the same body again returns the existing id and changes nothing';

CREATE OR REPLACE FUNCTION parkdata.reextract(doc_id bigint DEFAULT NULL) RETURNS bigint
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    n bigint;
BEGIN
    IF reextract.doc_id IS NULL THEN
        DELETE FROM parkdata.indicator;
        INSERT INTO parkdata.indicator
        SELECT e.* FROM parkdata.extraction e;
    ELSE
        IF NOT EXISTS (SELECT 1 FROM parkdata.document d
                       WHERE d.doc_id OPERATOR(pg_catalog.=) reextract.doc_id) THEN
            RAISE EXCEPTION 'document % does not exist', reextract.doc_id
                USING ERRCODE = 'no_data_found',
                      HINT = 'Pass the doc_id of a row of parkdata.document, or NULL for every document.';
        END IF;
        DELETE FROM parkdata.indicator i WHERE i.doc_id OPERATOR(pg_catalog.=) reextract.doc_id;
        WITH x AS MATERIALIZED (SELECT e.* FROM parkdata.extraction e
                                WHERE e.doc_id OPERATOR(pg_catalog.=) reextract.doc_id)
        INSERT INTO parkdata.indicator SELECT x.* FROM x;
    END IF;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION parkdata.reextract(bigint) IS
    'recompute the indicators of one document, or of all documents if doc_id is NULL (after the extractor, lexicon or gazetteer changed); returns the number of indicators written; an unknown doc_id is an error';

-- ---------------------------------------------------------------------------
-- 22-citus (issue 11): parkdata.lexicon_checksum(), parkdata.distribute(),
-- parkdata.lexicon_nodes()
-- ---------------------------------------------------------------------------
CREATE FUNCTION parkdata.lexicon_checksum() RETURNS text
    AS 'MODULE_PATHNAME', 'pd_lexicon_checksum_sql'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION parkdata.lexicon_checksum() IS
    'this backend''s lexicon and indicator catalog, brought up to date, as rows:hash (rows read and the sum of their 64-bit hashes: a lexicon word with its metric, a parkdata.metric code with its unit_dimension): equal where two nodes or sessions read the same rows (parkdata.lexicon_nodes() compares every Citus node)';
/*
 * Nothing here needs Citus at install: the Citus functions these bodies call
 * are looked up when they run, and each function first checks that Citus is
 * there.  Design and measurements: docs/citus.md.
 *
 * distribute() turns the tables into Citus tables in one transaction:
 *   - document and indicator are distributed on doc_id and co-located (every
 *     key, unique constraint and foreign key between them holds doc_id);
 *   - region, park, place_name and lexicon become reference tables: a full
 *     copy on every node, the coordinator included, kept in step by Citus's
 *     two-phase commit.  The parser reads its node's copy of the lexicon
 *     (src/pd_node_table.c), never the distributed table, so no shard task
 *     runs a distributed query; each copy keeps the lexicon's trigger, so a
 *     change reaches every backend on every node at its next transaction.
 * Triggers: Citus runs none with transition tables (document's extraction
 * trigger), a BEFORE trigger cannot give the distribution column (doc_id)
 * Citus routes by, and place_name's triggers would run inside shard tasks:
 * those go, and so does the lexicon's restore trigger (a transition
 * table).  So do the builtin guards: Citus copies the shipped rows
 * (builtin = true) into the shards through them, which they refuse outside
 * CREATE EXTENSION, and indicator's queries document, a nested distributed
 * query inside a shard task.  The lexicon's trigger stays on every copy, and
 * so does park's row trigger that fills park_id from the name (every copy
 * computes the same id).  ingest() then extracts on the shard itself;
 * refresh_place_names() is called by hand after region or park changed.
 * Foreign keys between the tables are dropped and added again once every
 * table is a Citus table (so Citus has no local table to convert), first on
 * the workers' own copies of the extension's tables, which Citus leaves
 * alone (it would add the keys there too).  The keys, like the triggers,
 * are named here one by one: test/sql/model_keys.sql checks the lists
 * against the catalog.
 */
CREATE FUNCTION parkdata.distribute(shard_count integer DEFAULT NULL) RETURNS text
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    SET client_min_messages TO warning
    AS $$
DECLARE
    ours text;
    w record;
    workers integer;
    mode text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extname OPERATOR(pg_catalog.=) 'citus') THEN
        RAISE EXCEPTION 'Citus is not installed in this database'
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'On every node: shared_preload_libraries = ''citus'' and CREATE EXTENSION citus; on the coordinator: citus_set_coordinator_host, citus_add_node for each worker, then parkdata.distribute().';
    END IF;
    IF (SELECT g.groupid FROM pg_catalog.pg_dist_local_group g) OPERATOR(pg_catalog.<>) 0 THEN
        RAISE EXCEPTION 'parkdata.distribute() must run on the Citus coordinator'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Connect to the coordinator and call it there.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_node n WHERE n.groupid OPERATOR(pg_catalog.=) 0) THEN
        RAISE EXCEPTION 'the coordinator is not in the Citus metadata'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = 'The reference tables (the lexicon the parser reads among them) need a copy on the coordinator.',
                  HINT = 'Run SELECT citus_set_coordinator_host(''<this host>'', <port>); then parkdata.distribute() again.';
    END IF;
    SELECT pg_catalog.count(*) INTO workers FROM pg_catalog.pg_dist_node n
    WHERE n.groupid OPERATOR(pg_catalog.<>) 0 AND n.isactive AND n.noderole OPERATOR(pg_catalog.=) 'primary';
    IF workers OPERATOR(pg_catalog.=) 0 THEN
        RAISE EXCEPTION 'the Citus cluster has no worker'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Add the workers with SELECT citus_add_node(''<host>'', <port>); first.';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_dist_partition p
               WHERE p.logicalrelid OPERATOR(pg_catalog.=) 'parkdata.document'::pg_catalog.regclass) THEN
        RAISE EXCEPTION 'parkdata is already distributed'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    SELECT e.extversion INTO ours FROM pg_catalog.pg_extension e WHERE e.extname OPERATOR(pg_catalog.=) 'parkdata';
    FOR w IN SELECT r.nodename, r.nodeport, r.success, r.result
             FROM pg_catalog.run_command_on_workers(
                 'SELECT extversion FROM pg_catalog.pg_extension WHERE extname OPERATOR(pg_catalog.=) ''parkdata''') r
    LOOP
        IF NOT w.success OR w.result IS DISTINCT FROM ours THEN
            RAISE EXCEPTION 'node %:% does not have parkdata %', w.nodename, w.nodeport, ours
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = CASE WHEN NOT w.success THEN w.result
                                    WHEN w.result OPERATOR(pg_catalog.=) '' THEN 'The extension is not created in this database there.'
                                    ELSE pg_catalog.format('It has parkdata %s.', w.result) END,
                      HINT = 'Install the same parkdata on every node (make install); CREATE EXTENSION parkdata on the coordinator creates it on the workers.';
        END IF;
    END LOOP;

    mode := pg_catalog.current_setting('citus.multi_shard_modify_mode');
    PERFORM pg_catalog.set_config('citus.multi_shard_modify_mode', 'sequential', true);

    DROP TRIGGER indicator_builtin ON parkdata.indicator;
    DROP TRIGGER document_builtin_insert ON parkdata.document;
    DROP TRIGGER document_builtin_update ON parkdata.document;
    DROP TRIGGER lexicon_builtin_insert ON parkdata.lexicon;
    DROP TRIGGER lexicon_builtin_update ON parkdata.lexicon;
    DROP TRIGGER park_builtin_insert ON parkdata.park;
    DROP TRIGGER park_builtin_update ON parkdata.park;
    DROP TRIGGER region_builtin_insert ON parkdata.region;
    DROP TRIGGER region_builtin_update ON parkdata.region;
    DROP TRIGGER metric_builtin_insert ON parkdata.metric;
    DROP TRIGGER metric_builtin_update ON parkdata.metric;
    DROP TRIGGER lexicon_restore_refresh ON parkdata.lexicon;
    DROP TRIGGER document_extract_indicators ON parkdata.document;
    DROP TRIGGER document_set_id ON parkdata.document;
    DROP TRIGGER park_place_names ON parkdata.park;
    DROP TRIGGER region_place_names ON parkdata.region;

    FOR w IN SELECT r.nodename, r.nodeport, r.success, r.result
             FROM pg_catalog.run_command_on_workers(
                 'ALTER TABLE parkdata.indicator DROP CONSTRAINT IF EXISTS indicator_doc_id_fkey, DROP CONSTRAINT IF EXISTS indicator_region_code_fkey, DROP CONSTRAINT IF EXISTS indicator_park_id_fkey, DROP CONSTRAINT IF EXISTS indicator_metric_fkey; '
                 'ALTER TABLE parkdata.lexicon DROP CONSTRAINT IF EXISTS lexicon_metric_fkey; '
                 'ALTER TABLE parkdata.park DROP CONSTRAINT IF EXISTS park_region_code_fkey; '
                 'ALTER TABLE parkdata.region DROP CONSTRAINT IF EXISTS region_parent_code_fkey') r
    LOOP
        IF NOT w.success THEN
            RAISE EXCEPTION 'could not prepare node %:% for distribution', w.nodename, w.nodeport
                USING ERRCODE = 'object_not_in_prerequisite_state', DETAIL = w.result;
        END IF;
    END LOOP;
    ALTER TABLE parkdata.indicator DROP CONSTRAINT indicator_doc_id_fkey;
    ALTER TABLE parkdata.indicator DROP CONSTRAINT indicator_region_code_fkey;
    ALTER TABLE parkdata.indicator DROP CONSTRAINT indicator_park_id_fkey;
    ALTER TABLE parkdata.indicator DROP CONSTRAINT indicator_metric_fkey;
    ALTER TABLE parkdata.lexicon DROP CONSTRAINT lexicon_metric_fkey;
    ALTER TABLE parkdata.park DROP CONSTRAINT park_region_code_fkey;
    ALTER TABLE parkdata.region DROP CONSTRAINT region_parent_code_fkey;

    -- the lexicon's, the indicator catalog's and park's copies keep their triggers
    PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', 'on', true);
    PERFORM pg_catalog.create_reference_table('parkdata.metric');
    PERFORM pg_catalog.create_reference_table('parkdata.region');
    PERFORM pg_catalog.create_reference_table('parkdata.park');
    PERFORM pg_catalog.create_reference_table('parkdata.place_name');
    PERFORM pg_catalog.create_reference_table('parkdata.lexicon');
    PERFORM pg_catalog.create_distributed_table('parkdata.document', 'doc_id',
                                                colocate_with => 'none', shard_count => distribute.shard_count);
    PERFORM pg_catalog.create_distributed_table('parkdata.indicator', 'doc_id',
                                                colocate_with => 'parkdata.document');
    PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', 'off', true);

    ALTER TABLE parkdata.region ADD CONSTRAINT region_parent_code_fkey FOREIGN KEY (parent_code) REFERENCES parkdata.region(code);
    ALTER TABLE parkdata.park ADD CONSTRAINT park_region_code_fkey FOREIGN KEY (region_code) REFERENCES parkdata.region(code);
    ALTER TABLE parkdata.indicator ADD CONSTRAINT indicator_doc_id_fkey FOREIGN KEY (doc_id) REFERENCES parkdata.document(doc_id) ON DELETE CASCADE;
    ALTER TABLE parkdata.indicator ADD CONSTRAINT indicator_region_code_fkey FOREIGN KEY (region_code) REFERENCES parkdata.region(code);
    ALTER TABLE parkdata.indicator ADD CONSTRAINT indicator_park_id_fkey FOREIGN KEY (park_id) REFERENCES parkdata.park(park_id);
    ALTER TABLE parkdata.indicator ADD CONSTRAINT indicator_metric_fkey FOREIGN KEY (metric) REFERENCES parkdata.metric(code);
    ALTER TABLE parkdata.lexicon ADD CONSTRAINT lexicon_metric_fkey FOREIGN KEY (metric) REFERENCES parkdata.metric(code);

    -- the rows now live in the shards; the coordinator's local copies go
    PERFORM pg_catalog.truncate_local_data_after_distributing_table('parkdata.indicator');
    PERFORM pg_catalog.truncate_local_data_after_distributing_table('parkdata.document');
    PERFORM pg_catalog.truncate_local_data_after_distributing_table('parkdata.place_name');
    PERFORM pg_catalog.truncate_local_data_after_distributing_table('parkdata.lexicon');
    PERFORM pg_catalog.truncate_local_data_after_distributing_table('parkdata.park');
    PERFORM pg_catalog.truncate_local_data_after_distributing_table('parkdata.region');
    PERFORM pg_catalog.truncate_local_data_after_distributing_table('parkdata.metric');

    PERFORM pg_catalog.set_config('citus.multi_shard_modify_mode', mode, true);
    RETURN pg_catalog.format('document and indicator distributed on doc_id (%s shards) over %s worker(s); region, park, place_name, metric and lexicon are reference tables',
                             (SELECT pg_catalog.count(*) FROM pg_catalog.pg_dist_shard s
                              WHERE s.logicalrelid OPERATOR(pg_catalog.=) 'parkdata.document'::pg_catalog.regclass),
                             workers);
END
$$;
COMMENT ON FUNCTION parkdata.distribute(integer) IS
    'on a Citus coordinator, after citus_set_coordinator_host and citus_add_node: distributes document and indicator on doc_id (co-located; shard_count NULL = citus.shard_count), makes region, park, place_name, metric and lexicon reference tables, drops the triggers Citus cannot run (all but the lexicon''s, the catalog''s metric_changed and park_set_id), clears the coordinator''s local copies; one transaction';
REVOKE ALL ON FUNCTION parkdata.distribute(integer) FROM PUBLIC;

CREATE FUNCTION parkdata.lexicon_nodes()
    RETURNS TABLE (node text, checksum text, same_as_here boolean)
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    here CONSTANT text := parkdata.lexicon_checksum();
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extname OPERATOR(pg_catalog.=) 'citus') THEN
        RETURN QUERY SELECT 'this node'::text, here, true;
        RETURN;
    END IF;
    RETURN QUERY
    SELECT n.nodename OPERATOR(pg_catalog.||) ':' OPERATOR(pg_catalog.||) n.nodeport,
           r.result, r.success AND r.result OPERATOR(pg_catalog.=) here
    FROM pg_catalog.run_command_on_all_nodes('SELECT parkdata.lexicon_checksum()') r
    JOIN pg_catalog.pg_dist_node n ON n.nodeid OPERATOR(pg_catalog.=) r.nodeid
    ORDER BY n.groupid, n.nodeid;
END
$$;
COMMENT ON FUNCTION parkdata.lexicon_nodes() IS
    'the lexicon checksum (parkdata.lexicon_checksum()) of every Citus node, read by a new session on each, and whether it equals this session''s: all true when every node tokenizes alike; one row for this node without Citus';

-- ---------------------------------------------------------------------------
-- 23-restore-vectors (issue 13): parkdata.refresh_vectors(), and a restore
-- that ends with the dump's vectors; refresh_place_names() one at a time
-- (pg_restore -j ran region's and park's at once)
-- ---------------------------------------------------------------------------
/*
 * A stored tsvector keeps the tokens of the lexicon it was computed with.
 * refresh_vectors() rewrites every stored generated column computed with a
 * text search configuration on parkdata's parsers: parkdata.document's and
 * any user table's (found through pg_depend: the column's expression depends
 * on the configuration).  Each table is locked in SHARE mode first, so a
 * load in progress (pg_restore -j) finishes before its rows are rewritten.
 * The table and column names come from the catalog (regclass, %I); this
 * and the trigger below are the only dynamic SQL of the scripts.
 */
CREATE FUNCTION parkdata.refresh_vectors() RETURNS bigint
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    t record;
    n bigint;
    total bigint := 0;
BEGIN
    FOR t IN
        -- per table: the columns its parkdata-vector columns are computed
        -- from (an UPDATE recomputes a generated column only when one of
        -- them is set)
        SELECT ad.adrelid::pg_catalog.regclass AS rel,
               pg_catalog.string_agg(DISTINCT pg_catalog.format('%I = %I', src.attname, src.attname), ', ') AS sets
        FROM pg_catalog.pg_depend dep
        JOIN pg_catalog.pg_attrdef ad ON ad.oid OPERATOR(pg_catalog.=) dep.objid
        JOIN pg_catalog.pg_attribute a ON a.attrelid OPERATOR(pg_catalog.=) ad.adrelid
                                      AND a.attnum OPERATOR(pg_catalog.=) ad.adnum
        JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) ad.adrelid
        JOIN pg_catalog.pg_ts_config cfg ON cfg.oid OPERATOR(pg_catalog.=) dep.refobjid
        JOIN pg_catalog.pg_ts_parser prs ON prs.oid OPERATOR(pg_catalog.=) cfg.cfgparser
        JOIN pg_catalog.pg_depend dcol ON dcol.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_attrdef'::pg_catalog.regclass
                                      AND dcol.objid OPERATOR(pg_catalog.=) ad.oid
                                      AND dcol.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
                                      AND dcol.refobjid OPERATOR(pg_catalog.=) ad.adrelid
                                      AND dcol.refobjsubid OPERATOR(pg_catalog.>) 0
        JOIN pg_catalog.pg_attribute src ON src.attrelid OPERATOR(pg_catalog.=) ad.adrelid
                                        AND src.attnum OPERATOR(pg_catalog.=) dcol.refobjsubid
                                        AND src.attgenerated OPERATOR(pg_catalog.=) ''
        WHERE dep.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_attrdef'::pg_catalog.regclass
          AND dep.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_ts_config'::pg_catalog.regclass
          AND a.attgenerated OPERATOR(pg_catalog.=) 's'
          AND c.relkind OPERATOR(pg_catalog.=) 'r'
          AND prs.prsnamespace OPERATOR(pg_catalog.=) 'parkdata'::pg_catalog.regnamespace
        GROUP BY ad.adrelid
        ORDER BY ad.adrelid
    LOOP
        EXECUTE pg_catalog.format('LOCK TABLE %s IN SHARE MODE', t.rel);  -- dynamic SQL: identifiers only (regclass)
        EXECUTE pg_catalog.format('UPDATE %s SET %s', t.rel, t.sets);  -- dynamic SQL: identifiers only (regclass, %I)
        GET DIAGNOSTICS n = ROW_COUNT;
        total := total OPERATOR(pg_catalog.+) n;
    END LOOP;
    RETURN total;
END
$$;
COMMENT ON FUNCTION parkdata.refresh_vectors() IS
    'rewrites every stored tsvector column computed with a configuration on parkdata''s parsers (parkdata.document.tsv and your own tables''), so that they hold the current lexicon''s tokens; returns the rows rewritten (indexes on them are updated with the rows)';

/*
 * pg_dump writes table data in name order (document before lexicon, and a
 * user schema such as app before parkdata), so a restore computes stored
 * vectors before the user's lexicon words are back.  pg_restore and psql
 * load a dump's rows with COPY: when user words arrive by COPY, this trigger
 * rewrites the stored vectors, so the restore ends with the vectors the dump
 * had.  (Ordinary INSERTs leave the refresh to the user, who may add many
 * words before one refresh.)
 */
CREATE FUNCTION parkdata.lexicon_restore_trigger() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    -- (pg_restore sends the COPY after comment lines: -- Data for Name: ...)
    IF pg_catalog.current_query() OPERATOR(pg_catalog.~*) '^(\s|--[^\n]*\n)*copy\s'
       AND EXISTS (SELECT 1 FROM new_words w WHERE NOT w.builtin) THEN
        PERFORM parkdata.refresh_vectors();
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION parkdata.lexicon_restore_trigger() IS
    'statement trigger on parkdata.lexicon: when user words arrive by COPY (a restore), rewrites the stored vectors (parkdata.refresh_vectors())';
CREATE TRIGGER lexicon_restore_refresh
    AFTER INSERT ON parkdata.lexicon
    REFERENCING NEW TABLE AS new_words
    FOR EACH STATEMENT EXECUTE FUNCTION parkdata.lexicon_restore_trigger();

CREATE OR REPLACE FUNCTION parkdata.refresh_place_names() RETURNS bigint
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    n bigint;
BEGIN
    -- one rebuild at a time: two at once (region's and park's triggers in a
    -- parallel pg_restore) would insert the same names twice
    LOCK TABLE parkdata.place_name IN EXCLUSIVE MODE;
    DELETE FROM parkdata.place_name;
    INSERT INTO parkdata.place_name (surface, region_code, park_id, ambiguous)
    WITH form AS (
        SELECT p.name AS surface, p.region_code, p.park_id, 1 AS rank FROM parkdata.park p
        UNION ALL
        SELECT p.short_name, p.region_code, p.park_id, 2 FROM parkdata.park p
        WHERE p.short_name IS NOT NULL
        UNION ALL
        SELECT a.alias, p.region_code, p.park_id, 3
        FROM parkdata.park p CROSS JOIN LATERAL pg_catalog.unnest(p.aliases) AS a (alias)
        UNION ALL
        SELECT r.name, r.code, NULL::bigint,
               CASE r.level WHEN 'province' THEN 4 WHEN 'prefecture' THEN 5 ELSE 6 END
        FROM parkdata.region r
        UNION ALL
        SELECT r.short_name, r.code, NULL::bigint,
               CASE r.level WHEN 'province' THEN 7 WHEN 'prefecture' THEN 8 ELSE 9 END
        FROM parkdata.region r
        WHERE r.short_name IS NOT NULL
    ), best AS (
        SELECT f.surface, pg_catalog.min(f.rank) AS rank FROM form f GROUP BY f.surface
    )
    SELECT f.surface,
           CASE WHEN pg_catalog.count(DISTINCT f.region_code) OPERATOR(pg_catalog.=) 1
                THEN pg_catalog.min(f.region_code) END AS region_code,
           CASE WHEN pg_catalog.count(DISTINCT f.park_id) OPERATOR(pg_catalog.=) 1
                 AND pg_catalog.count(*) OPERATOR(pg_catalog.=) pg_catalog.count(f.park_id)
                THEN pg_catalog.min(f.park_id) END AS park_id,
           pg_catalog.count(*) OPERATOR(pg_catalog.>) 1 AS ambiguous
    FROM form f JOIN best b ON b.surface OPERATOR(pg_catalog.=) f.surface AND b.rank OPERATOR(pg_catalog.=) f.rank
    GROUP BY f.surface;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
/* parkdata--1.0--1.1.sql, part 30: gazetteer schema (Hong Kong, Macau, Taiwan; new park kinds) */

-- region: aliases (Traditional spellings, 中国香港, 台湾地区 ...), last column
ALTER TABLE parkdata.region ADD COLUMN aliases text[] NOT NULL DEFAULT '{}';
COMMENT ON COLUMN parkdata.region.aliases IS
    'other names seen in text, matched like name and short_name: Traditional spellings and common forms (香港特別行政區, 中国香港, 台湾地区)';
COMMENT ON TABLE parkdata.region IS
    'administrative divisions of China (GB/T 2260, 2023 edition): mainland China''s 31 provinces, 333 prefectures and 2,842 counties, and Hong Kong, Macau and Taiwan as province-level regions';

-- park: two new kinds
ALTER TABLE parkdata.park DROP CONSTRAINT park_kind_check;
ALTER TABLE parkdata.park ADD CONSTRAINT park_kind_check CHECK (kind IN (
                    'national_hitech_zone', 'provincial_hitech_zone',
                    'economic_development_zone', 'innovation_demonstration_zone',
                    'free_trade_zone', 'industrial_park', 'industry_cluster',
                    'research_institute', 'innovation_platform', 'incubator',
                    'university', 'scenic_area', 'national_new_area',
                    'science_park', 'other'));
COMMENT ON TABLE parkdata.park IS
    'high-tech zones, development zones, new areas, free trade zones, industrial and science parks, research institutes, innovation platforms and incubators: every national high-tech zone, national economic and technological development zone, national new area, pilot free trade zone and area, the science parks of Hong Kong and Taiwan, and every park the seed articles name';
COMMENT ON COLUMN parkdata.park.kind IS
    'national_hitech_zone, provincial_hitech_zone, economic_development_zone, innovation_demonstration_zone, free_trade_zone (a pilot free trade zone or one of its areas), industrial_park, industry_cluster, research_institute, innovation_platform, incubator, university, scenic_area, national_new_area (国家级新区), science_park (Hong Kong, Taiwan) or other';
COMMENT ON COLUMN parkdata.park.aliases IS
    'other names seen in text (江苏溧阳高新区, 上海自贸区, 新竹科學園區), matched like name and short_name';
COMMENT ON COLUMN parkdata.park.region_code IS
    'the division the park is in (for national high-tech and development zones: the city the national lists give; for a zone spanning several cities: their province)';

-- place names: region aliases too
CREATE OR REPLACE FUNCTION parkdata.refresh_place_names() RETURNS bigint
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    n bigint;
BEGIN
    -- one rebuild at a time: two at once (region's and park's triggers in a
    -- parallel pg_restore) would insert the same names twice
    LOCK TABLE parkdata.place_name IN EXCLUSIVE MODE;
    DELETE FROM parkdata.place_name;
    INSERT INTO parkdata.place_name (surface, region_code, park_id, ambiguous)
    WITH form AS (
        SELECT p.name AS surface, p.region_code, p.park_id, 1 AS rank FROM parkdata.park p
        UNION ALL
        SELECT p.short_name, p.region_code, p.park_id, 2 FROM parkdata.park p
        WHERE p.short_name IS NOT NULL
        UNION ALL
        SELECT a.alias, p.region_code, p.park_id, 3
        FROM parkdata.park p CROSS JOIN LATERAL pg_catalog.unnest(p.aliases) AS a (alias)
        UNION ALL
        SELECT r.name, r.code, NULL::bigint,
               CASE r.level WHEN 'province' THEN 4 WHEN 'prefecture' THEN 5 ELSE 6 END
        FROM parkdata.region r
        UNION ALL
        SELECT r.short_name, r.code, NULL::bigint,
               CASE r.level WHEN 'province' THEN 7 WHEN 'prefecture' THEN 8 ELSE 9 END
        FROM parkdata.region r
        WHERE r.short_name IS NOT NULL
        UNION ALL
        SELECT a.alias, r.code, NULL::bigint,
               CASE r.level WHEN 'province' THEN 7 WHEN 'prefecture' THEN 8 ELSE 9 END
        FROM parkdata.region r CROSS JOIN LATERAL pg_catalog.unnest(r.aliases) AS a (alias)
    ), best AS (
        SELECT f.surface, pg_catalog.min(f.rank) AS rank FROM form f GROUP BY f.surface
    )
    SELECT f.surface,
           CASE WHEN pg_catalog.count(DISTINCT f.region_code) OPERATOR(pg_catalog.=) 1
                THEN pg_catalog.min(f.region_code) END AS region_code,
           CASE WHEN pg_catalog.count(DISTINCT f.park_id) OPERATOR(pg_catalog.=) 1
                 AND pg_catalog.count(*) OPERATOR(pg_catalog.=) pg_catalog.count(f.park_id)
                THEN pg_catalog.min(f.park_id) END AS park_id,
           pg_catalog.count(*) OPERATOR(pg_catalog.>) 1 AS ambiguous
    FROM form f JOIN best b ON b.surface OPERATOR(pg_catalog.=) f.surface AND b.rank OPERATOR(pg_catalog.=) f.rank
    GROUP BY f.surface;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
/* parkdata--1.0--1.1.sql, part 31: gazetteer rows added in 1.1 -- GENERATED by scripts/build_reference.py; do not edit */

-- 3 regions
INSERT INTO parkdata.region (code, name, short_name, aliases, level, parent_code, short_name_ambiguous, builtin) VALUES
('810000', '香港特别行政区', '香港', ARRAY['HKSAR', '中国香港', '中國香港', '香港特別行政區', '香港特区', '香港特區'], 'province', NULL, false, true),
('820000', '澳门特别行政区', '澳门', ARRAY['Macao SAR', '中国澳门', '中國澳門', '澳門', '澳門特別行政區', '澳門特區', '澳门特区'], 'province', NULL, false, true),
('710000', '台湾省', '台湾', ARRAY['中国台湾', '中國台灣', '中國臺灣', '台湾地区', '台灣', '台灣地區', '台灣省', '臺灣', '臺灣地區', '臺灣省'], 'province', NULL, false, true);

-- 344 parks
INSERT INTO parkdata.park (park_id, name, short_name, aliases, kind, level, region_code, approved_year, nbs_code, builtin) VALUES
(1001, '北京经济技术开发区', '北京经开区', '{}'::text[], 'economic_development_zone', 'national', '110000', 1994, NULL, true),
(1002, '天津经济技术开发区', '天津经开区', '{}'::text[], 'economic_development_zone', 'national', '120000', 1984, NULL, true),
(1003, '西青经济技术开发区', '西青经开区', '{}'::text[], 'economic_development_zone', 'national', '120000', 2010, NULL, true),
(1004, '武清经济技术开发区', '武清经开区', '{}'::text[], 'economic_development_zone', 'national', '120000', 2010, NULL, true),
(1005, '天津子牙经济技术开发区', '子牙经开区', '{}'::text[], 'economic_development_zone', 'national', '120000', 2012, NULL, true),
(1006, '北辰经济技术开发区', '北辰经开区', '{}'::text[], 'economic_development_zone', 'national', '120000', 2013, NULL, true),
(1007, '东丽经济技术开发区', '东丽经开区', '{}'::text[], 'economic_development_zone', 'national', '120000', 2014, NULL, true),
(1008, '秦皇岛经济技术开发区', '秦皇岛经开区', '{}'::text[], 'economic_development_zone', 'national', '130300', 1984, NULL, true),
(1009, '廊坊经济技术开发区', '廊坊经开区', '{}'::text[], 'economic_development_zone', 'national', '131000', 2009, NULL, true),
(1010, '沧州临港经济技术开发区', '沧州临港经开区', '{}'::text[], 'economic_development_zone', 'national', '130900', 2010, NULL, true),
(1011, '石家庄经济技术开发区', '石家庄经开区', '{}'::text[], 'economic_development_zone', 'national', '130100', 2012, NULL, true),
(1012, '唐山曹妃甸经济技术开发区', '曹妃甸经开区', '{}'::text[], 'economic_development_zone', 'national', '130200', 2013, NULL, true),
(1013, '邯郸经济技术开发区', '邯郸经开区', '{}'::text[], 'economic_development_zone', 'national', '130400', 2013, NULL, true),
(1014, '张家口经济技术开发区', '张家口经开区', '{}'::text[], 'economic_development_zone', 'national', '130700', 2021, NULL, true),
(1015, '太原经济技术开发区', '太原经开区', '{}'::text[], 'economic_development_zone', 'national', '140100', 2001, NULL, true),
(1016, '大同经济技术开发区', '大同经开区', '{}'::text[], 'economic_development_zone', 'national', '140200', 2010, NULL, true),
(1017, '晋中经济技术开发区', '晋中经开区', '{}'::text[], 'economic_development_zone', 'national', '140700', 2012, NULL, true),
(1018, '晋城经济技术开发区', '晋城经开区', '{}'::text[], 'economic_development_zone', 'national', '140500', 2013, NULL, true),
(1019, '呼和浩特经济技术开发区', '呼和浩特经开区', '{}'::text[], 'economic_development_zone', 'national', '150100', 2000, NULL, true),
(1020, '巴彦淖尔经济技术开发区', '巴彦淖尔经开区', '{}'::text[], 'economic_development_zone', 'national', '150800', 2013, NULL, true),
(1021, '呼伦贝尔经济技术开发区', '呼伦贝尔经开区', '{}'::text[], 'economic_development_zone', 'national', '150700', 2013, NULL, true),
(1022, '大连经济技术开发区', '大连经开区', '{}'::text[], 'economic_development_zone', 'national', '210200', 1984, NULL, true),
(1023, '营口经济技术开发区', '营口经开区', '{}'::text[], 'economic_development_zone', 'national', '210800', 1992, NULL, true),
(1024, '沈阳经济技术开发区', '沈阳经开区', '{}'::text[], 'economic_development_zone', 'national', '210100', 1993, NULL, true),
(1025, '大连长兴岛经济技术开发区', '长兴岛经开区', '{}'::text[], 'economic_development_zone', 'national', '210200', 2010, NULL, true),
(1026, '锦州经济技术开发区', '锦州经开区', '{}'::text[], 'economic_development_zone', 'national', '210700', 2010, NULL, true),
(1027, '盘锦辽滨沿海经济技术开发区', '辽滨沿海经开区', '{}'::text[], 'economic_development_zone', 'national', '211100', 2013, NULL, true),
(1028, '沈阳辉山经济技术开发区', '辉山经开区', '{}'::text[], 'economic_development_zone', 'national', '210100', 2013, NULL, true),
(1029, '铁岭经济技术开发区', '铁岭经开区', '{}'::text[], 'economic_development_zone', 'national', '211200', 2013, NULL, true),
(1030, '旅顺经济技术开发区', '旅顺经开区', '{}'::text[], 'economic_development_zone', 'national', '210200', 2013, NULL, true),
(1031, '沈阳金融商贸经济技术开发区', '沈阳金融商贸经开区', '{}'::text[], 'economic_development_zone', 'national', '210100', 2024, NULL, true),
(1032, '长春经济技术开发区', '长春经开区', '{}'::text[], 'economic_development_zone', 'national', '220100', 1993, NULL, true),
(1033, '吉林经济技术开发区', '吉林经开区', '{}'::text[], 'economic_development_zone', 'national', '220200', 2010, NULL, true),
(1034, '四平红嘴经济技术开发区', '红嘴经开区', '{}'::text[], 'economic_development_zone', 'national', '220300', 2010, NULL, true),
(1035, '长春汽车经济技术开发区', '长春汽开区', '{}'::text[], 'economic_development_zone', 'national', '220100', 2010, NULL, true),
(1036, '松原经济技术开发区', '松原经开区', '{}'::text[], 'economic_development_zone', 'national', '220700', 2013, NULL, true),
(1037, '哈尔滨经济技术开发区', '哈尔滨经开区', '{}'::text[], 'economic_development_zone', 'national', '230100', 1993, NULL, true),
(1038, '宾西经济技术开发区', '宾西经开区', '{}'::text[], 'economic_development_zone', 'national', '230100', 2010, NULL, true),
(1039, '海林经济技术开发区', '海林经开区', '{}'::text[], 'economic_development_zone', 'national', '231000', 2010, NULL, true),
(1040, '哈尔滨利民经济技术开发区', '利民经开区', '{}'::text[], 'economic_development_zone', 'national', '230100', 2011, NULL, true),
(1041, '大庆经济技术开发区', '大庆经开区', '{}'::text[], 'economic_development_zone', 'national', '230600', 2012, NULL, true),
(1042, '绥化经济技术开发区', '绥化经开区', '{}'::text[], 'economic_development_zone', 'national', '231200', 2012, NULL, true),
(1043, '牡丹江经济技术开发区', '牡丹江经开区', '{}'::text[], 'economic_development_zone', 'national', '231000', 2013, NULL, true),
(1044, '双鸭山经济技术开发区', '双鸭山经开区', '{}'::text[], 'economic_development_zone', 'national', '230500', 2013, NULL, true),
(1045, '闵行经济技术开发区', '闵行经开区', '{}'::text[], 'economic_development_zone', 'national', '310000', 1986, NULL, true),
(1046, '虹桥经济技术开发区', '虹桥经开区', '{}'::text[], 'economic_development_zone', 'national', '310000', 1986, NULL, true),
(1047, '上海漕河泾新兴技术开发区', '漕河泾开发区', '{}'::text[], 'economic_development_zone', 'national', '310000', 1988, NULL, true),
(1048, '上海金桥经济技术开发区', '金桥经开区', '{}'::text[], 'economic_development_zone', 'national', '310000', 2001, NULL, true),
(1049, '上海化学工业经济技术开发区', '上海化工区', '{}'::text[], 'economic_development_zone', 'national', '310000', 2012, NULL, true),
(1050, '松江经济技术开发区', '松江经开区', '{}'::text[], 'economic_development_zone', 'national', '310000', 2013, NULL, true),
(1051, '南通经济技术开发区', '南通经开区', '{}'::text[], 'economic_development_zone', 'national', '320600', 1984, NULL, true),
(1052, '连云港经济技术开发区', '连云港经开区', '{}'::text[], 'economic_development_zone', 'national', '320700', 1984, NULL, true),
(1053, '昆山经济技术开发区', '昆山经开区', '{}'::text[], 'economic_development_zone', 'national', '320500', 1992, NULL, true),
(1054, '南京经济技术开发区', '南京经开区', '{}'::text[], 'economic_development_zone', 'national', '320100', 2002, NULL, true),
(1055, '徐州经济技术开发区', '徐州经开区', '{}'::text[], 'economic_development_zone', 'national', '320300', 2010, NULL, true),
(1056, '镇江经济技术开发区', '镇江经开区', '{}'::text[], 'economic_development_zone', 'national', '321100', 2010, NULL, true),
(1057, '吴江经济技术开发区', '吴江经开区', '{}'::text[], 'economic_development_zone', 'national', '320500', 2010, NULL, true),
(1058, '江宁经济技术开发区', '江宁经开区', '{}'::text[], 'economic_development_zone', 'national', '320100', 2010, NULL, true),
(1059, '常熟经济技术开发区', '常熟经开区', '{}'::text[], 'economic_development_zone', 'national', '320500', 2010, NULL, true),
(1060, '淮安经济技术开发区', '淮安经开区', '{}'::text[], 'economic_development_zone', 'national', '320800', 2010, NULL, true),
(1061, '盐城经济技术开发区', '盐城经开区', '{}'::text[], 'economic_development_zone', 'national', '320900', 2010, NULL, true),
(1062, '锡山经济技术开发区', '锡山经开区', '{}'::text[], 'economic_development_zone', 'national', '320200', 2011, NULL, true),
(1063, '太仓港经济技术开发区', '太仓港经开区', '{}'::text[], 'economic_development_zone', 'national', '320500', 2011, NULL, true),
(1064, '张家港经济技术开发区', '张家港经开区', '{}'::text[], 'economic_development_zone', 'national', '320500', 2011, NULL, true),
(1065, '海安经济技术开发区', '海安经开区', '{}'::text[], 'economic_development_zone', 'national', '320600', 2012, NULL, true),
(1066, '靖江经济技术开发区', '靖江经开区', '{}'::text[], 'economic_development_zone', 'national', '321200', 2012, NULL, true),
(1067, '吴中经济技术开发区', '吴中经开区', '{}'::text[], 'economic_development_zone', 'national', '320500', 2012, NULL, true),
(1068, '宿迁经济技术开发区', '宿迁经开区', '{}'::text[], 'economic_development_zone', 'national', '321300', 2012, NULL, true),
(1069, '如皋经济技术开发区', '如皋经开区', '{}'::text[], 'economic_development_zone', 'national', '320600', 2013, NULL, true),
(1070, '宜兴经济技术开发区', '宜兴经开区', '{}'::text[], 'economic_development_zone', 'national', '320200', 2013, NULL, true),
(1071, '苏州浒墅关经济技术开发区', '浒墅关经开区', '{}'::text[], 'economic_development_zone', 'national', '320500', 2013, NULL, true),
(1072, '沭阳经济技术开发区', '沭阳经开区', '{}'::text[], 'economic_development_zone', 'national', '321300', 2013, NULL, true),
(1073, '相城经济技术开发区', '相城经开区', '{}'::text[], 'economic_development_zone', 'national', '320500', 2013, NULL, true),
(1074, '海门经济技术开发区', '海门经开区', '{}'::text[], 'economic_development_zone', 'national', '320600', 2013, NULL, true),
(1075, '无锡惠山经济技术开发区', '惠山经开区', '{}'::text[], 'economic_development_zone', 'national', '320200', 2021, NULL, true),
(1076, '宁波经济技术开发区', '宁波经开区', '{}'::text[], 'economic_development_zone', 'national', '330200', 1984, NULL, true),
(1077, '温州经济技术开发区', '温州经开区', '{}'::text[], 'economic_development_zone', 'national', '330300', 1992, NULL, true),
(1078, '宁波大榭开发区', '大榭开发区', '{}'::text[], 'economic_development_zone', 'national', '330200', 1993, NULL, true),
(1079, '杭州经济技术开发区', '杭州经开区', '{}'::text[], 'economic_development_zone', 'national', '330100', 1993, NULL, true),
(1080, '萧山经济技术开发区', '萧山经开区', '{}'::text[], 'economic_development_zone', 'national', '330100', 1993, NULL, true),
(1081, '嘉兴经济技术开发区', '嘉兴经开区', '{}'::text[], 'economic_development_zone', 'national', '330400', 2010, NULL, true),
(1082, '湖州经济技术开发区', '湖州经开区', '{}'::text[], 'economic_development_zone', 'national', '330500', 2010, NULL, true),
(1083, '绍兴袍江经济技术开发区', '袍江经开区', '{}'::text[], 'economic_development_zone', 'national', '330600', 2010, NULL, true),
(1084, '金华经济技术开发区', '金华经开区', '{}'::text[], 'economic_development_zone', 'national', '330700', 2010, NULL, true),
(1085, '长兴经济技术开发区', '长兴经开区', '{}'::text[], 'economic_development_zone', 'national', '330500', 2010, NULL, true),
(1086, '宁波石化经济技术开发区', '宁波石化经开区', '{}'::text[], 'economic_development_zone', 'national', '330200', 2010, NULL, true),
(1087, '嘉善经济技术开发区', '嘉善经开区', '{}'::text[], 'economic_development_zone', 'national', '330400', 2011, NULL, true),
(1088, '衢州经济技术开发区', '衢州经开区', '{}'::text[], 'economic_development_zone', 'national', '330800', NULL, NULL, true),
(1089, '义乌经济技术开发区', '义乌经开区', '{}'::text[], 'economic_development_zone', 'national', '330700', 2012, NULL, true),
(1090, '杭州余杭经济技术开发区', '余杭经开区', '{}'::text[], 'economic_development_zone', 'national', '330100', 2012, NULL, true),
(1091, '绍兴柯桥经济技术开发区', '柯桥经开区', '{}'::text[], 'economic_development_zone', 'national', '330600', 2012, NULL, true),
(1092, '富阳经济技术开发区', '富阳经开区', '{}'::text[], 'economic_development_zone', 'national', '330100', 2012, NULL, true),
(1093, '平湖经济技术开发区', '平湖经开区', '{}'::text[], 'economic_development_zone', 'national', '330400', 2013, NULL, true),
(1094, '杭州湾上虞经济技术开发区', '上虞经开区', '{}'::text[], 'economic_development_zone', 'national', '330600', 2013, NULL, true),
(1095, '宁波杭州湾经济技术开发区', '宁波杭州湾经开区', '{}'::text[], 'economic_development_zone', 'national', '330200', 2014, NULL, true),
(1096, '丽水经济技术开发区', '丽水经开区', '{}'::text[], 'economic_development_zone', 'national', '331100', 2014, NULL, true),
(1097, '台州湾经济技术开发区', '台州湾经开区', '{}'::text[], 'economic_development_zone', 'national', '331000', 2021, NULL, true),
(1098, '芜湖经济技术开发区', '芜湖经开区', '{}'::text[], 'economic_development_zone', 'national', '340200', 1993, NULL, true),
(1099, '合肥经济技术开发区', '合肥经开区', '{}'::text[], 'economic_development_zone', 'national', '340100', 2000, NULL, true),
(1100, '马鞍山经济技术开发区', '马鞍山经开区', '{}'::text[], 'economic_development_zone', 'national', '340500', NULL, NULL, true),
(1101, '安庆经济技术开发区', '安庆经开区', '{}'::text[], 'economic_development_zone', 'national', '340800', 2010, NULL, true),
(1102, '铜陵经济技术开发区', '铜陵经开区', '{}'::text[], 'economic_development_zone', 'national', '340700', 2011, NULL, true),
(1103, '滁州经济技术开发区', '滁州经开区', '{}'::text[], 'economic_development_zone', 'national', '341100', 2011, NULL, true),
(1104, '池州经济技术开发区', '池州经开区', '{}'::text[], 'economic_development_zone', 'national', '341700', 2011, NULL, true),
(1105, '六安经济技术开发区', '六安经开区', '{}'::text[], 'economic_development_zone', 'national', '341500', 2011, NULL, true),
(1106, '淮南经济技术开发区', '淮南经开区', '{}'::text[], 'economic_development_zone', 'national', '340400', NULL, NULL, true),
(1107, '宁国经济技术开发区', '宁国经开区', '{}'::text[], 'economic_development_zone', 'national', '341800', 2011, NULL, true),
(1108, '桐城经济技术开发区', '桐城经开区', '{}'::text[], 'economic_development_zone', 'national', '340800', NULL, NULL, true),
(1109, '宣城经济技术开发区', '宣城经开区', '{}'::text[], 'economic_development_zone', 'national', '341800', 2014, NULL, true),
(1110, '合肥蜀山经济技术开发区', '蜀山经开区', '{}'::text[], 'economic_development_zone', 'national', '340100', 2021, NULL, true),
(1111, '福州经济技术开发区', '福州经开区', '{}'::text[], 'economic_development_zone', 'national', '350100', 1985, NULL, true),
(1112, '厦门海沧台商投资区', '海沧台商投资区', '{}'::text[], 'economic_development_zone', 'national', '350200', 1989, NULL, true),
(1113, '福清融侨经济技术开发区', '融侨经开区', '{}'::text[], 'economic_development_zone', 'national', '350100', 1992, NULL, true),
(1114, '东山经济技术开发区', '东山经开区', '{}'::text[], 'economic_development_zone', 'national', '350600', 1993, NULL, true),
(1115, '漳州招商局经济技术开发区', '漳州招商局经开区', '{}'::text[], 'economic_development_zone', 'national', '350600', 2010, NULL, true),
(1116, '泉州经济技术开发区', '泉州经开区', '{}'::text[], 'economic_development_zone', 'national', '350500', 2010, NULL, true),
(1117, '漳州台商投资区', NULL, '{}'::text[], 'economic_development_zone', 'national', '350600', 2010, NULL, true),
(1118, '泉州台商投资区', NULL, '{}'::text[], 'economic_development_zone', 'national', '350500', 2010, NULL, true),
(1119, '龙岩经济技术开发区', '龙岩经开区', '{}'::text[], 'economic_development_zone', 'national', '350800', 2012, NULL, true),
(1120, '东侨经济技术开发区', '东侨经开区', '{}'::text[], 'economic_development_zone', 'national', '350900', NULL, NULL, true),
(1121, '南昌经济技术开发区', '南昌经开区', '{}'::text[], 'economic_development_zone', 'national', '360100', 2000, NULL, true),
(1122, '九江经济技术开发区', '九江经开区', '{}'::text[], 'economic_development_zone', 'national', '360400', 2010, NULL, true),
(1123, '赣州经济技术开发区', '赣州经开区', '{}'::text[], 'economic_development_zone', 'national', '360700', 2010, NULL, true),
(1124, '井冈山经济技术开发区', '井冈山经开区', '{}'::text[], 'economic_development_zone', 'national', '360800', 2010, NULL, true),
(1125, '上饶经济技术开发区', '上饶经开区', '{}'::text[], 'economic_development_zone', 'national', '361100', 2010, NULL, true),
(1126, '萍乡经济技术开发区', '萍乡经开区', '{}'::text[], 'economic_development_zone', 'national', '360300', NULL, NULL, true),
(1127, '南昌小蓝经济技术开发区', '小蓝经开区', '{}'::text[], 'economic_development_zone', 'national', '360100', 2012, NULL, true),
(1128, '宜春经济技术开发区', '宜春经开区', '{}'::text[], 'economic_development_zone', 'national', '360900', 2012, NULL, true),
(1129, '龙南经济技术开发区', '龙南经开区', '{}'::text[], 'economic_development_zone', 'national', '360700', 2013, NULL, true),
(1130, '瑞金经济技术开发区', '瑞金经开区', '{}'::text[], 'economic_development_zone', 'national', '360700', 2013, NULL, true),
(1131, '贵溪经济技术开发区', '贵溪经开区', '{}'::text[], 'economic_development_zone', 'national', '360600', 2024, NULL, true),
(1132, '青岛经济技术开发区', '青岛经开区', '{}'::text[], 'economic_development_zone', 'national', '370200', 1984, NULL, true),
(1133, '烟台经济技术开发区', '烟台经开区', '{}'::text[], 'economic_development_zone', 'national', '370600', 1984, NULL, true),
(1134, '威海经济技术开发区', '威海经开区', '{}'::text[], 'economic_development_zone', 'national', '371000', 1992, NULL, true),
(1135, '东营经济技术开发区', '东营经开区', '{}'::text[], 'economic_development_zone', 'national', '370500', 2010, NULL, true),
(1136, '日照经济技术开发区', '日照经开区', '{}'::text[], 'economic_development_zone', 'national', '371100', 2010, NULL, true),
(1137, '潍坊滨海经济技术开发区', '潍坊滨海经开区', '{}'::text[], 'economic_development_zone', 'national', '370700', 2010, NULL, true),
(1138, '邹平经济技术开发区', '邹平经开区', '{}'::text[], 'economic_development_zone', 'national', '371600', 2010, NULL, true),
(1139, '临沂经济技术开发区', '临沂经开区', '{}'::text[], 'economic_development_zone', 'national', '371300', 2010, NULL, true),
(1140, '招远经济技术开发区', '招远经开区', '{}'::text[], 'economic_development_zone', 'national', '370600', 2011, NULL, true),
(1141, '德州经济技术开发区', '德州经开区', '{}'::text[], 'economic_development_zone', 'national', '371400', 2012, NULL, true),
(1142, '明水经济技术开发区', '明水经开区', '{}'::text[], 'economic_development_zone', 'national', '370100', 2012, NULL, true),
(1143, '胶州经济技术开发区', '胶州经开区', '{}'::text[], 'economic_development_zone', 'national', '370200', 2012, NULL, true),
(1144, '聊城经济技术开发区', '聊城经开区', '{}'::text[], 'economic_development_zone', 'national', '371500', 2012, NULL, true),
(1145, '滨州经济技术开发区', '滨州经开区', '{}'::text[], 'economic_development_zone', 'national', '371600', 2013, NULL, true),
(1146, '威海临港经济技术开发区', '威海临港经开区', '{}'::text[], 'economic_development_zone', 'national', '371000', 2013, NULL, true),
(1147, '滕州经济技术开发区', '滕州经开区', '{}'::text[], 'economic_development_zone', 'national', '370400', 2021, NULL, true),
(1148, '郑州经济技术开发区', '郑州经开区', '{}'::text[], 'economic_development_zone', 'national', '410100', 2000, NULL, true),
(1149, '漯河经济技术开发区', '漯河经开区', '{}'::text[], 'economic_development_zone', 'national', '411100', 2010, NULL, true),
(1150, '鹤壁经济技术开发区', '鹤壁经开区', '{}'::text[], 'economic_development_zone', 'national', '410600', 2010, NULL, true),
(1151, '开封经济技术开发区', '开封经开区', '{}'::text[], 'economic_development_zone', 'national', '410200', 2012, NULL, true),
(1152, '许昌经济技术开发区', '许昌经开区', '{}'::text[], 'economic_development_zone', 'national', '411000', NULL, NULL, true),
(1153, '洛阳经济技术开发区', '洛阳经开区', '{}'::text[], 'economic_development_zone', 'national', '410300', 2012, NULL, true),
(1154, '新乡经济技术开发区', '新乡经开区', '{}'::text[], 'economic_development_zone', 'national', '410700', 2012, NULL, true),
(1155, '红旗渠经济技术开发区', '红旗渠经开区', '{}'::text[], 'economic_development_zone', 'national', '410500', NULL, NULL, true),
(1156, '濮阳经济技术开发区', '濮阳经开区', '{}'::text[], 'economic_development_zone', 'national', '410900', NULL, NULL, true),
(1157, '武汉经济技术开发区', '武汉经开区', '{}'::text[], 'economic_development_zone', 'national', '420100', 1993, NULL, true),
(1158, '黄石经济技术开发区', '黄石经开区', '{}'::text[], 'economic_development_zone', 'national', '420200', 2010, NULL, true),
(1159, '襄阳经济技术开发区', '襄阳经开区', '{}'::text[], 'economic_development_zone', 'national', '420600', 2010, NULL, true),
(1160, '武汉临空港经济技术开发区', '武汉临空港经开区', '{}'::text[], 'economic_development_zone', 'national', '420100', 2010, NULL, true),
(1161, '荆州经济技术开发区', '荆州经开区', '{}'::text[], 'economic_development_zone', 'national', '421000', 2011, NULL, true),
(1162, '鄂州葛店经济技术开发区', '葛店经开区', '{}'::text[], 'economic_development_zone', 'national', '420700', 2012, NULL, true),
(1163, '十堰经济技术开发区', '十堰经开区', '{}'::text[], 'economic_development_zone', 'national', '420300', NULL, NULL, true),
(1164, '枣阳经济技术开发区', '枣阳经开区', '{}'::text[], 'economic_development_zone', 'national', '420600', 2021, NULL, true),
(1165, '汉川经济技术开发区', '汉川经开区', '{}'::text[], 'economic_development_zone', 'national', '420900', 2021, NULL, true),
(1166, '长沙经济技术开发区', '长沙经开区', '{}'::text[], 'economic_development_zone', 'national', '430100', 2000, NULL, true),
(1167, '岳阳经济技术开发区', '岳阳经开区', '{}'::text[], 'economic_development_zone', 'national', '430600', 2010, NULL, true),
(1168, '常德经济技术开发区', '常德经开区', '{}'::text[], 'economic_development_zone', 'national', '430700', 2010, NULL, true),
(1169, '宁乡经济技术开发区', '宁乡经开区', '{}'::text[], 'economic_development_zone', 'national', '430100', 2010, NULL, true),
(1170, '湘潭经济技术开发区', '湘潭经开区', '{}'::text[], 'economic_development_zone', 'national', '430300', 2011, NULL, true),
(1171, '浏阳经济技术开发区', '浏阳经开区', '{}'::text[], 'economic_development_zone', 'national', '430100', 2012, NULL, true),
(1172, '娄底经济技术开发区', '娄底经开区', '{}'::text[], 'economic_development_zone', 'national', '431300', 2012, NULL, true),
(1173, '望城经济技术开发区', '望城经开区', '{}'::text[], 'economic_development_zone', 'national', '430100', 2014, NULL, true),
(1174, '永州经济技术开发区', '永州经开区', '{}'::text[], 'economic_development_zone', 'national', '431100', 2021, NULL, true),
(1175, '邵阳经济技术开发区', '邵阳经开区', '{}'::text[], 'economic_development_zone', 'national', '430500', 2021, NULL, true),
(1176, '广州经济技术开发区', '广州经开区', '{}'::text[], 'economic_development_zone', 'national', '440100', 1984, NULL, true),
(1177, '湛江经济技术开发区', '湛江经开区', '{}'::text[], 'economic_development_zone', 'national', '440800', 1984, NULL, true),
(1178, '广州南沙经济技术开发区', '南沙经开区', '{}'::text[], 'economic_development_zone', 'national', '440100', 1993, NULL, true),
(1179, '惠州大亚湾经济技术开发区', '大亚湾经开区', '{}'::text[], 'economic_development_zone', 'national', '441300', 1993, NULL, true),
(1180, '增城经济技术开发区', '增城经开区', '{}'::text[], 'economic_development_zone', 'national', '440100', 2010, NULL, true),
(1181, '珠海经济技术开发区', '珠海经开区', '{}'::text[], 'economic_development_zone', 'national', '440400', 2012, NULL, true),
(1182, '揭东经济技术开发区', '揭东经开区', '{}'::text[], 'economic_development_zone', 'national', '445200', 2021, NULL, true),
(1183, '广州花都经济技术开发区', '花都经开区', '{}'::text[], 'economic_development_zone', 'national', '440100', 2024, NULL, true),
(1184, '南宁经济技术开发区', '南宁经开区', '{}'::text[], 'economic_development_zone', 'national', '450100', 2001, NULL, true),
(1185, '钦州港经济技术开发区', '钦州港经开区', '{}'::text[], 'economic_development_zone', 'national', '450700', 2010, NULL, true),
(1186, '中国—马来西亚钦州产业园区', '中马钦州产业园区', '{}'::text[], 'economic_development_zone', 'national', '450700', 2012, NULL, true),
(1187, '广西—东盟经济技术开发区', '广西—东盟经开区', '{}'::text[], 'economic_development_zone', 'national', '450100', 2013, NULL, true),
(1188, '北海经济技术开发区', '北海经开区', '{}'::text[], 'economic_development_zone', 'national', '450500', 2021, NULL, true),
(1189, '海南洋浦经济开发区', '洋浦经济开发区', '{}'::text[], 'economic_development_zone', 'national', '460400', 1992, NULL, true),
(1190, '重庆经济技术开发区', '重庆经开区', '{}'::text[], 'economic_development_zone', 'national', '500000', 1993, NULL, true),
(1191, '万州经济技术开发区', '万州经开区', '{}'::text[], 'economic_development_zone', 'national', '500000', 2010, NULL, true),
(1192, '长寿经济技术开发区', '长寿经开区', '{}'::text[], 'economic_development_zone', 'national', '500000', 2010, NULL, true),
(1193, '涪陵经济技术开发区', '涪陵经开区', '{}'::text[], 'economic_development_zone', 'national', '500000', 2024, NULL, true),
(1194, '成都经济技术开发区', '成都经开区', '{}'::text[], 'economic_development_zone', 'national', '510100', 2000, NULL, true),
(1195, '德阳经济技术开发区', '德阳经开区', '{}'::text[], 'economic_development_zone', 'national', '510600', 2010, NULL, true),
(1196, '广安经济技术开发区', '广安经开区', '{}'::text[], 'economic_development_zone', 'national', '511600', 2010, NULL, true),
(1197, '遂宁经济技术开发区', '遂宁经开区', '{}'::text[], 'economic_development_zone', 'national', '510900', 2012, NULL, true),
(1198, '绵阳经济技术开发区', '绵阳经开区', '{}'::text[], 'economic_development_zone', 'national', '510700', 2012, NULL, true),
(1199, '广元经济技术开发区', '广元经开区', '{}'::text[], 'economic_development_zone', 'national', '510800', 2012, NULL, true),
(1200, '宜宾临港经济技术开发区', '宜宾临港经开区', '{}'::text[], 'economic_development_zone', 'national', '511500', 2013, NULL, true),
(1201, '内江经济技术开发区', '内江经开区', '{}'::text[], 'economic_development_zone', 'national', '511000', 2013, NULL, true),
(1202, '成都国际铁路港经济技术开发区', '成都国际铁路港经开区', '{}'::text[], 'economic_development_zone', 'national', '510100', 2021, NULL, true),
(1203, '雅安经济技术开发区', '雅安经开区', '{}'::text[], 'economic_development_zone', 'national', '511800', 2021, NULL, true),
(1204, '贵阳经济技术开发区', '贵阳经开区', '{}'::text[], 'economic_development_zone', 'national', '520100', 2000, NULL, true),
(1205, '遵义经济技术开发区', '遵义经开区', '{}'::text[], 'economic_development_zone', 'national', '520300', 2010, NULL, true),
(1206, '昆明经济技术开发区', '昆明经开区', '{}'::text[], 'economic_development_zone', 'national', '530100', 2000, NULL, true),
(1207, '曲靖经济技术开发区', '曲靖经开区', '{}'::text[], 'economic_development_zone', 'national', '530300', 2010, NULL, true),
(1208, '嵩明杨林经济技术开发区', '杨林经开区', '{}'::text[], 'economic_development_zone', 'national', '530100', NULL, NULL, true),
(1209, '蒙自经济技术开发区', '蒙自经开区', '{}'::text[], 'economic_development_zone', 'national', '532500', 2013, NULL, true),
(1210, '大理经济技术开发区', '大理经开区', '{}'::text[], 'economic_development_zone', 'national', '532900', 2014, NULL, true),
(1211, '拉萨经济技术开发区', '拉萨经开区', '{}'::text[], 'economic_development_zone', 'national', '540100', 2001, NULL, true),
(1212, '西安经济技术开发区', '西安经开区', '{}'::text[], 'economic_development_zone', 'national', '610100', 2000, NULL, true),
(1213, '陕西航空经济技术开发区', '陕西航空经开区', '{}'::text[], 'economic_development_zone', 'national', '610100', 2010, NULL, true),
(1214, '陕西航天经济技术开发区', '陕西航天经开区', '{}'::text[], 'economic_development_zone', 'national', '610100', 2010, NULL, true),
(1215, '汉中经济技术开发区', '汉中经开区', '{}'::text[], 'economic_development_zone', 'national', '610700', 2012, NULL, true),
(1216, '榆林经济技术开发区', '榆林经开区', '{}'::text[], 'economic_development_zone', 'national', '610800', NULL, NULL, true),
(1217, '兰州经济技术开发区', '兰州经开区', '{}'::text[], 'economic_development_zone', 'national', '620100', 2002, NULL, true),
(1218, '金昌经济技术开发区', '金昌经开区', '{}'::text[], 'economic_development_zone', 'national', '620300', 2010, NULL, true),
(1219, '天水经济技术开发区', '天水经开区', '{}'::text[], 'economic_development_zone', 'national', '620500', 2010, NULL, true),
(1220, '张掖经济技术开发区', '张掖经开区', '{}'::text[], 'economic_development_zone', 'national', '620700', 2013, NULL, true),
(1221, '西宁经济技术开发区', '西宁经开区', '{}'::text[], 'economic_development_zone', 'national', '630100', 2000, NULL, true),
(1222, '格尔木昆仑经济技术开发区', '格尔木昆仑经开区', '{}'::text[], 'economic_development_zone', 'national', '632800', 2012, NULL, true),
(1223, '银川经济技术开发区', '银川经开区', '{}'::text[], 'economic_development_zone', 'national', '640100', 2001, NULL, true),
(1224, '乌鲁木齐经济技术开发区', '乌鲁木齐经开区', '{}'::text[], 'economic_development_zone', 'national', '650100', 1994, NULL, true),
(1225, '石河子经济技术开发区', '石河子经开区', '{}'::text[], 'economic_development_zone', 'national', '659001', 2000, NULL, true),
(1226, '库尔勒经济技术开发区', '库尔勒经开区', '{}'::text[], 'economic_development_zone', 'national', '652800', 2011, NULL, true),
(1227, '奎屯—独山子经济技术开发区', '奎屯—独山子经开区', '{}'::text[], 'economic_development_zone', 'national', '654000', 2011, NULL, true),
(1228, '五家渠经济技术开发区', '五家渠经开区', '{}'::text[], 'economic_development_zone', 'national', '659004', 2011, NULL, true),
(1229, '准东经济技术开发区', '准东经开区', '{}'::text[], 'economic_development_zone', 'national', '652300', 2012, NULL, true),
(1230, '阿拉尔经济技术开发区', '阿拉尔经开区', '{}'::text[], 'economic_development_zone', 'national', '659002', 2012, NULL, true),
(1231, '乌鲁木齐甘泉堡经济技术开发区', '甘泉堡经开区', '{}'::text[], 'economic_development_zone', 'national', '650100', 2012, NULL, true),
(1232, '库车经济技术开发区', '库车经开区', '{}'::text[], 'economic_development_zone', 'national', '652900', 2015, NULL, true),
(1233, '上海浦东新区', '浦东新区', '{}'::text[], 'national_new_area', 'national', '310115', 1992, NULL, true),
(1234, '天津滨海新区', '滨海新区', '{}'::text[], 'national_new_area', 'national', '120116', 2006, NULL, true),
(1235, '重庆两江新区', '两江新区', '{}'::text[], 'national_new_area', 'national', '500000', 2010, NULL, true),
(1236, '浙江舟山群岛新区', '舟山群岛新区', '{}'::text[], 'national_new_area', 'national', '330900', 2011, NULL, true),
(1237, '甘肃兰州新区', '兰州新区', '{}'::text[], 'national_new_area', 'national', '620100', 2012, NULL, true),
(1238, '广州南沙新区', '南沙新区', '{}'::text[], 'national_new_area', 'national', '440100', 2012, NULL, true),
(1239, '陕西西咸新区', '西咸新区', '{}'::text[], 'national_new_area', 'national', '610000', 2014, NULL, true),
(1240, '贵州贵安新区', '贵安新区', '{}'::text[], 'national_new_area', 'national', '520000', 2014, NULL, true),
(1241, '青岛西海岸新区', '西海岸新区', '{}'::text[], 'national_new_area', 'national', '370200', 2014, NULL, true),
(1242, '大连金普新区', '金普新区', '{}'::text[], 'national_new_area', 'national', '210200', 2014, NULL, true),
(1243, '四川天府新区', '天府新区', '{}'::text[], 'national_new_area', 'national', '510000', 2014, NULL, true),
(1244, '湖南湘江新区', '湘江新区', '{}'::text[], 'national_new_area', 'national', '430100', 2015, NULL, true),
(1245, '南京江北新区', '江北新区', '{}'::text[], 'national_new_area', 'national', '320100', 2015, NULL, true),
(1246, '福州新区', NULL, '{}'::text[], 'national_new_area', 'national', '350100', 2015, NULL, true),
(1247, '云南滇中新区', '滇中新区', '{}'::text[], 'national_new_area', 'national', '530100', 2015, NULL, true),
(1248, '哈尔滨新区', NULL, '{}'::text[], 'national_new_area', 'national', '230100', 2015, NULL, true),
(1249, '长春新区', NULL, '{}'::text[], 'national_new_area', 'national', '220100', 2016, NULL, true),
(1250, '江西赣江新区', '赣江新区', '{}'::text[], 'national_new_area', 'national', '360000', 2016, NULL, true),
(1251, '河北雄安新区', '雄安新区', '{}'::text[], 'national_new_area', 'national', '130600', 2017, NULL, true),
(1252, '中国(上海)自由贸易试验区', '上海自贸试验区', ARRAY['上海自贸区', '中国（上海）自由贸易试验区'], 'free_trade_zone', 'national', '310000', 2013, NULL, true),
(1253, '中国(上海)自由贸易试验区保税区片区', '上海自贸试验区保税区片区', ARRAY['中国（上海）自由贸易试验区保税区片区'], 'free_trade_zone', 'national', '310000', 2013, NULL, true),
(1254, '中国(上海)自由贸易试验区陆家嘴金融片区', '陆家嘴片区', ARRAY['中国（上海）自由贸易试验区陆家嘴金融片区'], 'free_trade_zone', 'national', '310000', 2015, NULL, true),
(1255, '中国(上海)自由贸易试验区金桥开发片区', '金桥片区', ARRAY['中国（上海）自由贸易试验区金桥开发片区'], 'free_trade_zone', 'national', '310000', 2015, NULL, true),
(1256, '中国(上海)自由贸易试验区张江高科技片区', '张江片区', ARRAY['中国（上海）自由贸易试验区张江高科技片区'], 'free_trade_zone', 'national', '310000', 2015, NULL, true),
(1257, '中国(上海)自由贸易试验区临港新片区', '临港新片区', ARRAY['中国（上海）自由贸易试验区临港新片区'], 'free_trade_zone', 'national', '310000', 2019, NULL, true),
(1258, '中国(广东)自由贸易试验区', '广东自贸试验区', ARRAY['中国（广东）自由贸易试验区', '广东自贸区'], 'free_trade_zone', 'national', '440000', 2015, NULL, true),
(1259, '中国(广东)自由贸易试验区广州南沙新区片区', '南沙片区', ARRAY['中国（广东）自由贸易试验区广州南沙新区片区'], 'free_trade_zone', 'national', '440100', 2015, NULL, true),
(1260, '中国(广东)自由贸易试验区深圳前海蛇口片区', '前海蛇口片区', ARRAY['中国（广东）自由贸易试验区深圳前海蛇口片区'], 'free_trade_zone', 'national', '440300', 2015, NULL, true),
(1261, '中国(广东)自由贸易试验区珠海横琴新区片区', '横琴片区', ARRAY['中国（广东）自由贸易试验区珠海横琴新区片区'], 'free_trade_zone', 'national', '440400', 2015, NULL, true),
(1262, '中国(天津)自由贸易试验区', '天津自贸试验区', ARRAY['中国（天津）自由贸易试验区', '天津自贸区'], 'free_trade_zone', 'national', '120000', 2015, NULL, true),
(1263, '中国(天津)自由贸易试验区天津港片区', '天津港片区', ARRAY['中国（天津）自由贸易试验区天津港片区'], 'free_trade_zone', 'national', '120000', 2015, NULL, true),
(1264, '中国(天津)自由贸易试验区天津机场片区', '天津机场片区', ARRAY['中国（天津）自由贸易试验区天津机场片区'], 'free_trade_zone', 'national', '120000', 2015, NULL, true),
(1265, '中国(天津)自由贸易试验区滨海新区中心商务片区', '天津自贸试验区中心商务片区', ARRAY['中国（天津）自由贸易试验区滨海新区中心商务片区'], 'free_trade_zone', 'national', '120116', 2015, NULL, true),
(1266, '中国(福建)自由贸易试验区', '福建自贸试验区', ARRAY['中国（福建）自由贸易试验区', '福建自贸区'], 'free_trade_zone', 'national', '350000', 2015, NULL, true),
(1267, '中国(福建)自由贸易试验区平潭片区', '平潭片区', ARRAY['中国（福建）自由贸易试验区平潭片区'], 'free_trade_zone', 'national', '350128', 2015, NULL, true),
(1268, '中国(福建)自由贸易试验区厦门片区', '厦门片区', ARRAY['中国（福建）自由贸易试验区厦门片区'], 'free_trade_zone', 'national', '350200', 2015, NULL, true),
(1269, '中国(福建)自由贸易试验区福州片区', '福州片区', ARRAY['中国（福建）自由贸易试验区福州片区'], 'free_trade_zone', 'national', '350100', 2015, NULL, true),
(1270, '中国(辽宁)自由贸易试验区', '辽宁自贸试验区', ARRAY['中国（辽宁）自由贸易试验区', '辽宁自贸区'], 'free_trade_zone', 'national', '210000', 2017, NULL, true),
(1271, '中国(辽宁)自由贸易试验区大连片区', '大连片区', ARRAY['中国（辽宁）自由贸易试验区大连片区'], 'free_trade_zone', 'national', '210200', 2017, NULL, true),
(1272, '中国(辽宁)自由贸易试验区沈阳片区', '沈阳片区', ARRAY['中国（辽宁）自由贸易试验区沈阳片区'], 'free_trade_zone', 'national', '210100', 2017, NULL, true),
(1273, '中国(辽宁)自由贸易试验区营口片区', '营口片区', ARRAY['中国（辽宁）自由贸易试验区营口片区'], 'free_trade_zone', 'national', '210800', 2017, NULL, true),
(1274, '中国(浙江)自由贸易试验区', '浙江自贸试验区', ARRAY['中国（浙江）自由贸易试验区', '浙江自贸区'], 'free_trade_zone', 'national', '330000', 2017, NULL, true),
(1275, '中国(浙江)自由贸易试验区舟山片区', '舟山片区', ARRAY['中国（浙江）自由贸易试验区舟山片区'], 'free_trade_zone', 'national', '330900', 2017, NULL, true),
(1276, '中国(浙江)自由贸易试验区宁波片区', '宁波片区', ARRAY['中国（浙江）自由贸易试验区宁波片区'], 'free_trade_zone', 'national', '330200', 2020, NULL, true),
(1277, '中国(浙江)自由贸易试验区杭州片区', '杭州片区', ARRAY['中国（浙江）自由贸易试验区杭州片区'], 'free_trade_zone', 'national', '330100', 2020, NULL, true),
(1278, '中国(浙江)自由贸易试验区金义片区', '金义片区', ARRAY['中国（浙江）自由贸易试验区金义片区'], 'free_trade_zone', 'national', '330700', 2020, NULL, true),
(1279, '中国(河南)自由贸易试验区', '河南自贸试验区', ARRAY['中国（河南）自由贸易试验区', '河南自贸区'], 'free_trade_zone', 'national', '410000', 2017, NULL, true),
(1280, '中国(河南)自由贸易试验区郑州片区', '郑州片区', ARRAY['中国（河南）自由贸易试验区郑州片区'], 'free_trade_zone', 'national', '410100', 2017, NULL, true),
(1281, '中国(河南)自由贸易试验区开封片区', '开封片区', ARRAY['中国（河南）自由贸易试验区开封片区'], 'free_trade_zone', 'national', '410200', 2017, NULL, true),
(1282, '中国(河南)自由贸易试验区洛阳片区', '洛阳片区', ARRAY['中国（河南）自由贸易试验区洛阳片区'], 'free_trade_zone', 'national', '410300', 2017, NULL, true),
(1283, '中国(湖北)自由贸易试验区', '湖北自贸试验区', ARRAY['中国（湖北）自由贸易试验区', '湖北自贸区'], 'free_trade_zone', 'national', '420000', 2017, NULL, true),
(1284, '中国(湖北)自由贸易试验区武汉片区', '武汉片区', ARRAY['中国（湖北）自由贸易试验区武汉片区'], 'free_trade_zone', 'national', '420100', 2017, NULL, true),
(1285, '中国(湖北)自由贸易试验区襄阳片区', '襄阳片区', ARRAY['中国（湖北）自由贸易试验区襄阳片区'], 'free_trade_zone', 'national', '420600', 2017, NULL, true),
(1286, '中国(湖北)自由贸易试验区宜昌片区', '宜昌片区', ARRAY['中国（湖北）自由贸易试验区宜昌片区'], 'free_trade_zone', 'national', '420500', 2017, NULL, true),
(1287, '中国(重庆)自由贸易试验区', '重庆自贸试验区', ARRAY['中国（重庆）自由贸易试验区', '重庆自贸区'], 'free_trade_zone', 'national', '500000', 2017, NULL, true),
(1288, '中国(重庆)自由贸易试验区两江片区', '两江片区', ARRAY['中国（重庆）自由贸易试验区两江片区'], 'free_trade_zone', 'national', '500000', 2017, NULL, true),
(1289, '中国(重庆)自由贸易试验区西永片区', '西永片区', ARRAY['中国（重庆）自由贸易试验区西永片区'], 'free_trade_zone', 'national', '500000', 2017, NULL, true),
(1290, '中国(重庆)自由贸易试验区果园港片区', '果园港片区', ARRAY['中国（重庆）自由贸易试验区果园港片区'], 'free_trade_zone', 'national', '500000', 2017, NULL, true),
(1291, '中国(四川)自由贸易试验区', '四川自贸试验区', ARRAY['中国（四川）自由贸易试验区', '四川自贸区'], 'free_trade_zone', 'national', '510000', 2017, NULL, true),
(1292, '中国(四川)自由贸易试验区成都天府新区片区', '天府新区片区', ARRAY['中国（四川）自由贸易试验区成都天府新区片区'], 'free_trade_zone', 'national', '510100', 2017, NULL, true),
(1293, '中国(四川)自由贸易试验区成都青白江铁路港片区', '青白江铁路港片区', ARRAY['中国（四川）自由贸易试验区成都青白江铁路港片区'], 'free_trade_zone', 'national', '510113', 2017, NULL, true),
(1294, '中国(四川)自由贸易试验区川南临港片区', '川南临港片区', ARRAY['中国（四川）自由贸易试验区川南临港片区'], 'free_trade_zone', 'national', '510500', 2017, NULL, true),
(1295, '中国(陕西)自由贸易试验区', '陕西自贸试验区', ARRAY['中国（陕西）自由贸易试验区', '陕西自贸区'], 'free_trade_zone', 'national', '610000', 2017, NULL, true),
(1296, '中国(陕西)自由贸易试验区中心片区', '陕西自贸试验区中心片区', ARRAY['中国（陕西）自由贸易试验区中心片区'], 'free_trade_zone', 'national', '610100', 2017, NULL, true),
(1297, '中国(陕西)自由贸易试验区西安国际港务区片区', '西安国际港务区片区', ARRAY['中国（陕西）自由贸易试验区西安国际港务区片区'], 'free_trade_zone', 'national', '610100', 2017, NULL, true),
(1298, '中国(陕西)自由贸易试验区杨凌示范区片区', '杨凌示范区片区', ARRAY['中国（陕西）自由贸易试验区杨凌示范区片区'], 'free_trade_zone', 'national', '610403', 2017, NULL, true),
(1299, '中国(海南)自由贸易试验区', '海南自贸试验区', ARRAY['中国（海南）自由贸易试验区', '海南自贸区'], 'free_trade_zone', 'national', '460000', 2018, NULL, true),
(1300, '中国(山东)自由贸易试验区', '山东自贸试验区', ARRAY['中国（山东）自由贸易试验区', '山东自贸区'], 'free_trade_zone', 'national', '370000', 2019, NULL, true),
(1301, '中国(山东)自由贸易试验区济南片区', '济南片区', ARRAY['中国（山东）自由贸易试验区济南片区'], 'free_trade_zone', 'national', '370100', 2019, NULL, true),
(1302, '中国(山东)自由贸易试验区青岛片区', '青岛片区', ARRAY['中国（山东）自由贸易试验区青岛片区'], 'free_trade_zone', 'national', '370200', 2019, NULL, true),
(1303, '中国(山东)自由贸易试验区烟台片区', '烟台片区', ARRAY['中国（山东）自由贸易试验区烟台片区'], 'free_trade_zone', 'national', '370600', 2019, NULL, true),
(1304, '中国(江苏)自由贸易试验区', '江苏自贸试验区', ARRAY['中国（江苏）自由贸易试验区', '江苏自贸区'], 'free_trade_zone', 'national', '320000', 2019, NULL, true),
(1305, '中国(江苏)自由贸易试验区南京片区', '南京片区', ARRAY['中国（江苏）自由贸易试验区南京片区'], 'free_trade_zone', 'national', '320100', 2019, NULL, true),
(1306, '中国(江苏)自由贸易试验区苏州片区', '苏州片区', ARRAY['中国（江苏）自由贸易试验区苏州片区'], 'free_trade_zone', 'national', '320500', 2019, NULL, true),
(1307, '中国(江苏)自由贸易试验区连云港片区', '连云港片区', ARRAY['中国（江苏）自由贸易试验区连云港片区'], 'free_trade_zone', 'national', '320700', 2019, NULL, true),
(1308, '中国(广西)自由贸易试验区', '广西自贸试验区', ARRAY['中国（广西）自由贸易试验区', '广西自贸区'], 'free_trade_zone', 'national', '450000', 2019, NULL, true),
(1309, '中国(广西)自由贸易试验区南宁片区', '南宁片区', ARRAY['中国（广西）自由贸易试验区南宁片区'], 'free_trade_zone', 'national', '450100', 2019, NULL, true),
(1310, '中国(广西)自由贸易试验区钦州港片区', '钦州港片区', ARRAY['中国（广西）自由贸易试验区钦州港片区'], 'free_trade_zone', 'national', '450700', 2019, NULL, true),
(1311, '中国(广西)自由贸易试验区崇左片区', '崇左片区', ARRAY['中国（广西）自由贸易试验区崇左片区'], 'free_trade_zone', 'national', '451400', 2019, NULL, true),
(1312, '中国(河北)自由贸易试验区', '河北自贸试验区', ARRAY['中国（河北）自由贸易试验区', '河北自贸区'], 'free_trade_zone', 'national', '130000', 2019, NULL, true),
(1313, '中国(河北)自由贸易试验区雄安片区', '雄安片区', ARRAY['中国（河北）自由贸易试验区雄安片区'], 'free_trade_zone', 'national', '130600', 2019, NULL, true),
(1314, '中国(河北)自由贸易试验区正定片区', '正定片区', ARRAY['中国（河北）自由贸易试验区正定片区'], 'free_trade_zone', 'national', '130123', 2019, NULL, true),
(1315, '中国(河北)自由贸易试验区曹妃甸片区', '曹妃甸片区', ARRAY['中国（河北）自由贸易试验区曹妃甸片区'], 'free_trade_zone', 'national', '130209', 2019, NULL, true),
(1316, '中国(河北)自由贸易试验区大兴机场片区', '大兴机场片区', ARRAY['中国（河北）自由贸易试验区大兴机场片区'], 'free_trade_zone', 'national', '130000', 2019, NULL, true),
(1317, '中国(云南)自由贸易试验区', '云南自贸试验区', ARRAY['中国（云南）自由贸易试验区', '云南自贸区'], 'free_trade_zone', 'national', '530000', 2019, NULL, true),
(1318, '中国(云南)自由贸易试验区昆明片区', '昆明片区', ARRAY['中国（云南）自由贸易试验区昆明片区'], 'free_trade_zone', 'national', '530100', 2019, NULL, true),
(1319, '中国(云南)自由贸易试验区红河片区', '红河片区', ARRAY['中国（云南）自由贸易试验区红河片区'], 'free_trade_zone', 'national', '532500', 2019, NULL, true),
(1320, '中国(云南)自由贸易试验区德宏片区', '德宏片区', ARRAY['中国（云南）自由贸易试验区德宏片区'], 'free_trade_zone', 'national', '533100', 2019, NULL, true),
(1321, '中国(黑龙江)自由贸易试验区', '黑龙江自贸试验区', ARRAY['中国（黑龙江）自由贸易试验区', '黑龙江自贸区'], 'free_trade_zone', 'national', '230000', 2019, NULL, true),
(1322, '中国(黑龙江)自由贸易试验区哈尔滨片区', '哈尔滨片区', ARRAY['中国（黑龙江）自由贸易试验区哈尔滨片区'], 'free_trade_zone', 'national', '230100', 2019, NULL, true),
(1323, '中国(黑龙江)自由贸易试验区黑河片区', '黑河片区', ARRAY['中国（黑龙江）自由贸易试验区黑河片区'], 'free_trade_zone', 'national', '231100', 2019, NULL, true),
(1324, '中国(黑龙江)自由贸易试验区绥芬河片区', '绥芬河片区', ARRAY['中国（黑龙江）自由贸易试验区绥芬河片区'], 'free_trade_zone', 'national', '231081', 2019, NULL, true),
(1325, '中国(北京)自由贸易试验区', '北京自贸试验区', ARRAY['中国（北京）自由贸易试验区', '北京自贸区'], 'free_trade_zone', 'national', '110000', 2020, NULL, true),
(1326, '中国(北京)自由贸易试验区科技创新片区', '北京自贸试验区科技创新片区', ARRAY['中国（北京）自由贸易试验区科技创新片区'], 'free_trade_zone', 'national', '110000', 2020, NULL, true),
(1327, '中国(北京)自由贸易试验区国际商务服务片区', '北京自贸试验区国际商务服务片区', ARRAY['中国（北京）自由贸易试验区国际商务服务片区'], 'free_trade_zone', 'national', '110000', 2020, NULL, true),
(1328, '中国(北京)自由贸易试验区高端产业片区', '北京自贸试验区高端产业片区', ARRAY['中国（北京）自由贸易试验区高端产业片区'], 'free_trade_zone', 'national', '110000', 2020, NULL, true),
(1329, '中国(湖南)自由贸易试验区', '湖南自贸试验区', ARRAY['中国（湖南）自由贸易试验区', '湖南自贸区'], 'free_trade_zone', 'national', '430000', 2020, NULL, true),
(1330, '中国(湖南)自由贸易试验区长沙片区', '长沙片区', ARRAY['中国（湖南）自由贸易试验区长沙片区'], 'free_trade_zone', 'national', '430100', 2020, NULL, true),
(1331, '中国(湖南)自由贸易试验区岳阳片区', '岳阳片区', ARRAY['中国（湖南）自由贸易试验区岳阳片区'], 'free_trade_zone', 'national', '430600', 2020, NULL, true),
(1332, '中国(湖南)自由贸易试验区郴州片区', '郴州片区', ARRAY['中国（湖南）自由贸易试验区郴州片区'], 'free_trade_zone', 'national', '431000', 2020, NULL, true),
(1333, '中国(安徽)自由贸易试验区', '安徽自贸试验区', ARRAY['中国（安徽）自由贸易试验区', '安徽自贸区'], 'free_trade_zone', 'national', '340000', 2020, NULL, true),
(1334, '中国(安徽)自由贸易试验区合肥片区', '合肥片区', ARRAY['中国（安徽）自由贸易试验区合肥片区'], 'free_trade_zone', 'national', '340100', 2020, NULL, true),
(1335, '中国(安徽)自由贸易试验区芜湖片区', '芜湖片区', ARRAY['中国（安徽）自由贸易试验区芜湖片区'], 'free_trade_zone', 'national', '340200', 2020, NULL, true),
(1336, '中国(安徽)自由贸易试验区蚌埠片区', '蚌埠片区', ARRAY['中国（安徽）自由贸易试验区蚌埠片区'], 'free_trade_zone', 'national', '340300', 2020, NULL, true),
(1337, '中国(新疆)自由贸易试验区', '新疆自贸试验区', ARRAY['中国（新疆）自由贸易试验区', '新疆自贸区'], 'free_trade_zone', 'national', '650000', 2023, NULL, true),
(1338, '中国(新疆)自由贸易试验区喀什片区', '喀什片区', ARRAY['中国（新疆）自由贸易试验区喀什片区'], 'free_trade_zone', 'national', '653100', 2023, NULL, true),
(1339, '中国(新疆)自由贸易试验区霍尔果斯片区', '霍尔果斯片区', ARRAY['中国（新疆）自由贸易试验区霍尔果斯片区'], 'free_trade_zone', 'national', '654004', 2023, NULL, true),
(1340, '新竹科学园区', NULL, ARRAY['新竹园区', '新竹園區', '新竹科学工业园区', '新竹科學園區', '新竹科學工業園區', '竹科'], 'science_park', NULL, '710000', 1980, NULL, true),
(1341, '中部科学园区', NULL, ARRAY['中部科学工业园区', '中部科學園區', '中部科學工業園區'], 'science_park', NULL, '710000', 2003, NULL, true),
(1342, '南部科学园区', NULL, ARRAY['南部科学工业园区', '南部科學園區', '南部科學工業園區', '台南科学园区', '臺南科學園區', '路科', '路竹园区', '路竹園區'], 'science_park', NULL, '710000', 1995, NULL, true),
(1343, '香港科学园', NULL, ARRAY['HKSTP', 'Hong Kong Science Park', '香港科學園', '香港科技园', '香港科技園'], 'science_park', NULL, '810000', 2001, NULL, true),
(1344, '港深创新及科技园', NULL, ARRAY['河套區港深創新及科技園', '河套港深创新及科技园', '港深创科园', '港深創新及科技園', '港深創科園'], 'science_park', NULL, '810000', 2017, NULL, true);
UPDATE parkdata.park SET name = '武汉东湖新技术开发区', short_name = '东湖高新区', aliases = ARRAY['中国光谷', '光谷'], kind = 'national_hitech_zone', level = 'national', region_code = '420100', approved_year = 1991, nbs_code = NULL WHERE park_id OPERATOR(pg_catalog.=) 99 AND builtin;
UPDATE parkdata.park SET name = '中国(新疆)自由贸易试验区乌鲁木齐片区', short_name = '乌鲁木齐片区', aliases = ARRAY['中国（新疆）自由贸易试验区乌鲁木齐片区'], kind = 'free_trade_zone', level = 'national', region_code = '650100', approved_year = 2023, nbs_code = NULL WHERE park_id OPERATOR(pg_catalog.=) 182 AND builtin;
UPDATE parkdata.park SET name = '扬州经济技术开发区', short_name = '扬州经开区', aliases = '{}'::text[], kind = 'economic_development_zone', level = 'national', region_code = '321000', approved_year = 2009, nbs_code = NULL WHERE park_id OPERATOR(pg_catalog.=) 199 AND builtin;
/* parkdata--1.0--1.1.sql, part 32: the segmenter's lexicon learns the names part 31 added */

-- The statement of sql/parkdata_post.sql, on the shipped rows only (a
-- user's park is the user's to add).  A shipped word 1.0 had under another
-- source takes the source a fresh install gives it (浦东新区 was a region's
-- name in 1.0 and is a park's short name first in 1.1).
INSERT INTO parkdata.lexicon AS l (word, source, builtin)
SELECT DISTINCT ON (w.word) w.word, w.source, true
FROM (SELECT p.name AS word, 'park' AS source, 1 AS rank FROM parkdata.park p WHERE p.builtin
      UNION ALL SELECT p.short_name, 'park', 1 FROM parkdata.park p WHERE p.builtin
      UNION ALL SELECT a.alias, 'park', 1 FROM parkdata.park p
                CROSS JOIN LATERAL pg_catalog.unnest(p.aliases) AS a (alias) WHERE p.builtin
      UNION ALL SELECT r.name, 'region', 2 FROM parkdata.region r WHERE r.builtin
      UNION ALL SELECT r.short_name, 'region', 2 FROM parkdata.region r
                WHERE NOT r.short_name_ambiguous AND r.builtin
      UNION ALL SELECT a.alias, 'region', 2 FROM parkdata.region r
                CROSS JOIN LATERAL pg_catalog.unnest(r.aliases) AS a (alias) WHERE r.builtin) w
WHERE w.word IS NOT NULL
  AND w.word OPERATOR(pg_catalog.!~) '\s'
  AND pg_catalog.char_length(w.word) OPERATOR(pg_catalog.>=) 2
  AND pg_catalog.char_length(w.word) OPERATOR(pg_catalog.<=) 64
ORDER BY w.word, w.rank
ON CONFLICT (word) DO UPDATE SET source = excluded.source
    WHERE l.builtin AND l.source IN ('park', 'region')
      AND l.source OPERATOR(pg_catalog.<>) excluded.source;

-- the shipped documents' stored vectors, as a fresh install computes them
UPDATE parkdata.document SET title = title WHERE builtin;
/* parkdata--1.0--1.1.sql, part 33: the indicator catalog (parkdata.metric, lexicon.metric) -- GENERATED by scripts/build_reference.py from sql/parkdata_catalog.sql; do not edit */

CREATE TABLE parkdata.metric (
    code        text PRIMARY KEY
                CHECK (code OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]{1,62}$'),
    name        text NOT NULL UNIQUE,
    unit_dimension text NOT NULL
                CHECK (unit_dimension IN ('money', 'money_per_person', 'money_per_area',
                       'percent', 'ratio', 'index', 'area', 'energy_intensity',
                       'count_enterprises', 'count_people', 'count_patents',
                       'count_patents_per_10k', 'count_platforms', 'count_projects',
                       'count_teams', 'other')),
    description text,
    builtin     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE parkdata.metric IS
    'canonical indicators that bulletins, work reports and zone statistics report (地区生产总值, 高新技术企业 ...): extract_metrics gives each figure the code whose synonym (parkdata.lexicon rows with this metric) names what it measures, NULL where none does';
COMMENT ON COLUMN parkdata.metric.code IS
    'identifier in lower snake_case (gdp, high_tech_enterprises), the value of extract_metrics.metric and indicator.metric';
COMMENT ON COLUMN parkdata.metric.name IS
    'official Chinese name (地区生产总值, 高新技术企业)';
COMMENT ON COLUMN parkdata.metric.unit_dimension IS
    'what a level of the indicator is measured in: money, money_per_person, money_per_area, percent, ratio, index, area, energy_intensity, count_enterprises, count_people, count_patents, count_patents_per_10k, count_platforms, count_projects, count_teams or other; a figure gets the code only if its unit fits (growth rates fit every indicator; shares and 百分点 changes only percent and ratio)';
COMMENT ON COLUMN parkdata.metric.description IS
    'what the indicator measures, in English, with the wordings and caveats of the sources';
COMMENT ON COLUMN parkdata.metric.builtin IS
    'true for rows shipped with the extension (not dumped by pg_dump); false for rows added by users';
GRANT SELECT ON parkdata.metric TO PUBLIC;
SELECT pg_catalog.pg_extension_config_dump('parkdata.metric', 'WHERE NOT builtin');

-- the lexicon's words that name an indicator
ALTER TABLE parkdata.lexicon ADD COLUMN metric text REFERENCES parkdata.metric (code);
COMMENT ON COLUMN parkdata.lexicon.metric IS
    'the indicator (parkdata.metric code) the word names, if it is one of its surface forms (营业额 -> operating_revenue); extract_metrics gives a figure this code when the word is what the figure measures';

-- the lexicon cache holds the catalog: a change of an indicator's dimension
-- invalidates it like a change of the lexicon
CREATE TRIGGER metric_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON parkdata.metric
    FOR EACH STATEMENT EXECUTE FUNCTION parkdata.lexicon_changed();
COMMENT ON TRIGGER metric_changed ON parkdata.metric IS
    'invalidates the per-backend lexicon caches, which hold the indicator catalog';

CREATE FUNCTION parkdata.indicator_metric(indicator text, unit text DEFAULT NULL,
                                             kind text DEFAULT 'level') RETURNS text
    AS 'MODULE_PATHNAME', 'pd_indicator_metric'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION parkdata.indicator_metric(text, text, text) IS
    'the indicator catalog''s code for a figure whose indicator (as written), unit (元, 家, %, 百分点 ...; NULL: none) and kind (level, change, growth_rate, share) these are, as extract_metrics gives it; NULL where no synonym names the indicator or the unit does not fit: try a synonym before reextract()';
/* parkdata--1.0--1.1.sql, part 34: the indicator catalog's rows and synonyms -- GENERATED by scripts/build_reference.py; do not edit */

-- 110 indicators (scripts/metric_catalog.tsv; docs/catalog.md)
INSERT INTO parkdata.metric (code, name, unit_dimension, description, builtin) VALUES
('gdp', '地区生产总值', 'money', 'Gross domestic product of the region, zone or country (地区生产总值; national bulletins: 国内生产总值; Hong Kong, Macau: 本地生产总值; Taiwan: 国内生产毛额); its growth is usually real growth at comparable prices', true),
('gdp_per_capita', '人均地区生产总值', 'money_per_person', 'GDP per person (per resident or per registered person, as the bulletin says)', true),
('primary_industry_value_added', '第一产业增加值', 'money', 'Value added of the primary industry (agriculture, forestry, animal husbandry, fishery)', true),
('secondary_industry_value_added', '第二产业增加值', 'money', 'Value added of the secondary industry (industry and construction)', true),
('tertiary_industry_value_added', '第三产业增加值', 'money', 'Value added of the tertiary industry (services)', true),
('industry_structure', '三次产业结构', 'ratio', 'Structure of the three industries: each industry''s share of GDP, or the ratio a:b:c', true),
('industrial_value_added_above_scale', '规模以上工业增加值', 'money', 'Value added of industrial enterprises above designated size (annual main-business revenue of 20 million yuan or more); mostly reported as a growth rate at comparable prices', true),
('industrial_output_above_scale', '规模以上工业总产值', 'money', 'Gross output value of industrial enterprises above designated size', true),
('industrial_output', '工业总产值', 'money', 'Gross industrial output value (all industry, or all enterprises of a zone; a bare 产值 of a park or an industry)', true),
('industrial_value_added', '工业增加值', 'money', 'Industrial value added (all industry)', true),
('enterprises_above_scale', '规模以上工业企业', 'count_enterprises', 'Number of industrial enterprises above designated size (also those newly raised above it, 升规)', true),
('high_tech_industry_output', '高新技术产业产值', 'money', 'Output value of high-tech industries (provincial science and technology statistics, within industry above scale)', true),
('high_tech_industry_output_share', '高新技术产业产值占规模以上工业总产值比重', 'percent', 'Output value of high-tech industries as a share of the output of industry above designated size', true),
('high_tech_manufacturing_share', '高技术制造业增加值占规模以上工业增加值比重', 'percent', 'Value added of high-tech manufacturing as a share of the value added of industry above designated size (NBS classification)', true),
('strategic_emerging_industry_output', '战略性新兴产业产值', 'money', 'Output value of strategic emerging industries', true),
('operating_revenue', '营业收入', 'money', 'Operating revenue of the enterprises of a zone, region or industry (Torch statistics: 营业收入; Zhongguancun: 总收入; Taiwan science parks: 营业额)', true),
('technology_revenue', '技术收入', 'money', 'Technology revenue of enterprises (Torch and Zhongguancun statistics)', true),
('total_profit', '利润总额', 'money', 'Total profit of enterprises', true),
('net_profit', '净利润', 'money', 'Net profit of enterprises', true),
('taxes_paid', '上缴税费', 'money', 'Taxes and fees paid by enterprises (Torch statistics; 入库税收 of enterprises); differs from fiscal tax revenue', true),
('fixed_asset_investment', '固定资产投资', 'money', 'Investment in fixed assets (mostly reported as a growth rate, excluding rural households)', true),
('industrial_investment', '工业投资', 'money', 'Industrial investment in fixed assets', true),
('manufacturing_investment', '制造业投资', 'money', 'Manufacturing investment in fixed assets', true),
('high_tech_industry_investment', '高技术产业投资', 'money', 'Investment in high-tech industries (manufacturing and services, often reported separately)', true),
('real_estate_investment', '房地产开发投资', 'money', 'Investment in real estate development', true),
('major_project_investment', '重大项目完成投资', 'money', 'Investment completed on major or key projects in the period', true),
('project_total_investment', '项目总投资', 'money', 'Planned total investment of a project or group of projects, not spending in the period', true),
('investment_attracted', '招商引资到位资金', 'money', 'Investment funds attracted from outside the region and actually in place (招商引资到位资金)', true),
('signed_projects', '签约项目', 'count_projects', 'Number of projects signed', true),
('contract_investment_value', '协议投资额', 'money', 'Investment value of signed agreements', true),
('retail_sales', '社会消费品零售总额', 'money', 'Total retail sales of consumer goods', true),
('total_import_export', '进出口总额', 'money', 'Total value of imports and exports (customs figures in yuan; zone and Taiwan figures also 贸易总额, sometimes in US dollars)', true),
('exports', '出口总额', 'money', 'Value of exports (also 出口交货值, export deliveries of industry, and 出口创汇)', true),
('imports', '进口总额', 'money', 'Value of imports', true),
('actual_fdi', '实际使用外资', 'money', 'Foreign direct investment actually used (usually US dollars; MOFCOM: 实际使用外资)', true),
('foreign_invested_enterprises', '外商投资企业', 'count_enterprises', 'Number of foreign-invested enterprises (or of those newly set up)', true),
('general_public_budget_revenue', '一般公共预算收入', 'money', 'General public budget revenue of the local government (older bulletins: 地方一般预算收入; 财政收入 may also mean a broader total)', true),
('tax_revenue', '税收收入', 'money', 'Tax revenue of the budget (fiscal concept)', true),
('tax_share_of_budget_revenue', '税收收入占一般公共预算收入比重', 'percent', 'Tax revenue as a share of general public budget revenue', true),
('general_public_budget_expenditure', '一般公共预算支出', 'money', 'General public budget expenditure', true),
('resident_population', '常住人口', 'count_people', 'Resident population (常住人口), usually at year end', true),
('registered_population', '户籍人口', 'count_people', 'Registered (hukou) population', true),
('urbanization_rate', '常住人口城镇化率', 'percent', 'Urbanization rate of the resident population', true),
('disposable_income_per_capita', '居民人均可支配收入', 'money_per_person', 'Per capita disposable income of residents (all, urban or rural residents)', true),
('cpi', '居民消费价格指数', 'index', 'Consumer price index, usually reported as its rise in percent on the previous year', true),
('energy_intensity', '单位地区生产总值能耗', 'energy_intensity', 'Energy consumption per unit of GDP, normally reported as a percent decrease', true),
('employees', '年末从业人员', 'count_people', 'Persons employed in the enterprises of a zone at year end (Torch statistics; 就业人数 of Taiwan''s science parks)', true),
('new_urban_jobs', '城镇新增就业', 'count_people', 'New urban jobs created in the period', true),
('market_entities', '经营主体', 'count_enterprises', 'Number of market entities (renamed 经营主体 in 2023), or of those newly registered', true),
('new_enterprises', '新登记企业', 'count_enterprises', 'Number of newly registered enterprises', true),
('enterprises_in_statistics', '纳入统计企业', 'count_enterprises', 'Number of enterprises in a zone that report to statistics or have settled in it (Torch: 纳入统计企业)', true),
('rd_expenditure', '研究与试验发展经费支出', 'money', 'Expenditure on research and experimental development (R&D) of a region', true),
('rd_expenditure_intensity', '研究与试验发展经费投入强度', 'percent', 'R&D expenditure as a share of GDP (R&D intensity); not R&D against revenue', true),
('enterprise_rd_expenditure', '企业研究与试验发展经费内部支出', 'money', 'Internal R&D expenditure of enterprises (Torch and Zhongguancun: 研究开发费用)', true),
('basic_research_expenditure', '基础研究经费支出', 'money', 'Expenditure on basic research', true),
('rd_personnel', '研究与试验发展人员', 'count_people', 'R&D personnel', true),
('tech_progress_contribution', '科技进步贡献率', 'percent', 'Contribution rate of scientific and technological progress to growth', true),
('high_tech_enterprises', '高新技术企业', 'count_enterprises', 'Number of high-tech enterprises certified under the national recognition rules (高企)', true),
('tech_smes', '科技型中小企业', 'count_enterprises', 'Number of technology-based SMEs registered in the national evaluation database', true),
('little_giants', '专精特新“小巨人”企业', 'count_enterprises', 'Number of specialised, refined, distinctive and innovative "little giant" enterprises (national level, MIIT)', true),
('specialized_smes', '专精特新中小企业', 'count_enterprises', 'Number of specialised, refined, distinctive and innovative SMEs (provincial level; news often counts both levels)', true),
('single_champions', '制造业单项冠军企业', 'count_enterprises', 'Number of manufacturing single champion enterprises or products', true),
('unicorns', '独角兽企业', 'count_enterprises', 'Number of unicorn enterprises', true),
('potential_unicorns', '潜在独角兽企业', 'count_enterprises', 'Number of potential (or seed) unicorn enterprises', true),
('gazelles', '瞪羚企业', 'count_enterprises', 'Number of gazelle enterprises', true),
('listed_companies', '上市企业', 'count_enterprises', 'Number of listed companies', true),
('new_listings', '新增上市企业', 'count_enterprises', 'Number of companies newly listed', true),
('listing_reserve', '上市后备企业', 'count_enterprises', 'Number of enterprises in the listing pipeline (上市后备)', true),
('patents_granted', '专利授权量', 'count_patents', 'Number of patents granted (Taiwan: 专利核准)', true),
('invention_patents_granted', '发明专利授权量', 'count_patents', 'Number of invention patents granted', true),
('valid_invention_patents', '有效发明专利拥有量', 'count_patents', 'Number of valid invention patents held', true),
('invention_patents_per_10k_people', '每万人口发明专利拥有量', 'count_patents_per_10k', 'Valid invention patents per 10,000 residents (zone statistics: per 10,000 employees)', true),
('high_value_invention_patents_per_10k', '每万人口高价值发明专利拥有量', 'count_patents_per_10k', 'High-value invention patents per 10,000 residents', true),
('pct_applications', 'PCT国际专利申请量', 'count_patents', 'Number of international (PCT) patent applications', true),
('technology_contract_turnover', '技术合同成交额', 'money', 'Turnover of registered technology contracts', true),
('key_laboratories', '重点实验室', 'count_platforms', 'Number of key laboratories (national labs reorganised as 全国重点实验室 from 2022)', true),
('engineering_research_centers', '工程技术研究中心', 'count_platforms', 'Number of engineering (technology) research centres', true),
('enterprise_technology_centers', '企业技术中心', 'count_platforms', 'Number of enterprise technology centres', true),
('new_rd_institutions', '新型研发机构', 'count_platforms', 'Number of new-type R&D institutions', true),
('rd_institutions', '省级及以上研发机构', 'count_platforms', 'Number of R&D institutions (MOFCOM zone evaluation: provincial level and above)', true),
('incubators', '科技企业孵化器', 'count_platforms', 'Number of technology business incubators', true),
('maker_spaces', '众创空间', 'count_platforms', 'Number of maker spaces', true),
('incubators_and_maker_spaces', '孵化器和众创空间', 'count_platforms', 'Number of incubators and maker spaces counted together (MOFCOM, Torch)', true),
('innovation_platforms', '科技创新平台', 'count_platforms', 'Number of science and technology innovation platforms', true),
('academician_workstations', '院士工作站', 'count_platforms', 'Number of academician (expert) workstations', true),
('postdoc_workstations', '博士后科研工作站', 'count_platforms', 'Number of postdoctoral research workstations', true),
('talent_total', '人才资源总量', 'count_people', 'Total stock of talent of a region (人才资源总量)', true),
('high_level_talents', '高层次人才', 'count_people', 'Number of high-level talents', true),
('leading_talents', '领军人才', 'count_people', 'Number of leading talents', true),
('talent_teams', '创新创业团队', 'count_teams', 'Number of innovation and entrepreneurship teams', true),
('phd_holders', '博士', 'count_people', 'Number of doctoral-level talents (or of those attracted)', true),
('masters_and_above', '硕士及以上人才', 'count_people', 'Number of talents with a master''s degree or above', true),
('academicians', '院士', 'count_people', 'Number of academicians (CAS, CAE, foreign)', true),
('skilled_talents', '技能人才', 'count_people', 'Number of skilled (and highly skilled) workers', true),
('graduates_attracted', '新引进大学生', 'count_people', 'Number of college graduates newly attracted to the region', true),
('college_educated_employees', '大专以上学历从业人员', 'count_people', 'Employees with junior-college education or above (Torch breakdown of employees)', true),
('planned_area', '规划面积', 'area', 'Planned or approved area of a zone (State Council approvals in hectares; news often square kilometres)', true),
('built_up_area', '建成区面积', 'area', 'Built-up or developed area', true),
('land_area_occupied', '占地面积', 'area', 'Land area a zone, park or project occupies', true),
('floor_area', '建筑面积', 'area', 'Floor area of buildings (Hong Kong: 楼面面积)', true),
('land_supplied', '供地面积', 'area', 'Land supplied or sold for use', true),
('standard_factory_space', '标准厂房', 'area', 'Floor area of standard factory buildings (or of those newly built)', true),
('tax_per_mu', '亩均税收', 'money_per_area', 'Tax revenue per mu of industrial land', true),
('output_per_mu', '亩均产出', 'money_per_area', 'Output or revenue per mu of industrial land', true),
('industrial_production_index', '工业生产指数', 'index', 'Industrial production index and its components (Taiwan: 矿业及土石采取业, 制造业, 电力及燃气供应业, 用水供应业, 建筑工程业), levels against a base year and their growth; proposed by the dev gold set', true),
('agriculture_output', '农林牧渔业总产值', 'money', 'Gross output value of agriculture, forestry, animal husbandry and fishery, and of each of them; proposed by the dev gold set', true),
('patent_applications', '专利申请量', 'count_patents', 'Number of patent applications (invention patent applications included until the catalog has a code of their own); proposed by the dev gold set', true),
('approved_investment', '核准投资额', 'money', 'Investment approved for enterprises entering a park, new investment and capital increases together (Taiwan science parks); proposed by the dev gold set', true),
('contracted_fdi', '合同外资', 'money', 'Foreign investment contracted (agreed in contracts), as against actually used (actual_fdi); ETDZ and city reports', true),
('unemployment_rate', '城镇调查失业率', 'percent', 'Unemployment rate: the surveyed urban rate (since 2018), the registered urban rate, or Hong Kong''s and Macau''s rate', true);

-- 540 surface forms, each naming one indicator
INSERT INTO parkdata.lexicon AS l (word, source, builtin, metric) VALUES
('A股上市企业', 'metric', true, 'listed_companies'),
('A股上市公司', 'metric', true, 'listed_companies'),
('CPI', 'metric', true, 'cpi'),
('GDP', 'metric', true, 'gdp'),
('GDP总量', 'metric', true, 'gdp'),
('PCT专利申请', 'metric', true, 'pct_applications'),
('PCT专利申请量', 'metric', true, 'pct_applications'),
('PCT国际专利申请', 'metric', true, 'pct_applications'),
('PCT国际专利申请量', 'metric', true, 'pct_applications'),
('R&D人员', 'metric', true, 'rd_personnel'),
('R&D投入强度', 'metric', true, 'rd_expenditure_intensity'),
('R&D经费', 'metric', true, 'rd_expenditure'),
('R&D经费投入强度', 'metric', true, 'rd_expenditure_intensity'),
('R&D经费支出', 'metric', true, 'rd_expenditure'),
('R&D经费支出占GDP比重', 'metric', true, 'rd_expenditure_intensity'),
('一产增加值', 'metric', true, 'primary_industry_value_added'),
('一般公共预算支出', 'metric', true, 'general_public_budget_expenditure'),
('一般公共预算收入', 'metric', true, 'general_public_budget_revenue'),
('一般预算支出', 'metric', true, 'general_public_budget_expenditure'),
('一般预算收入', 'metric', true, 'general_public_budget_revenue'),
('万人发明专利拥有量', 'metric', true, 'invention_patents_per_10k_people'),
('万人高价值发明专利拥有量', 'metric', true, 'high_value_invention_patents_per_10k'),
('万元GDP能耗', 'metric', true, 'energy_intensity'),
('万元地区生产总值能耗', 'metric', true, 'energy_intensity'),
('三产增加值', 'metric', true, 'tertiary_industry_value_added'),
('三次产业占GDP比重', 'metric', true, 'industry_structure'),
('三次产业占地区生产总值比重', 'metric', true, 'industry_structure'),
('三次产业占生产总值比重', 'metric', true, 'industry_structure'),
('三次产业比例', 'metric', true, 'industry_structure'),
('三次产业比重', 'metric', true, 'industry_structure'),
('三次产业结构', 'metric', true, 'industry_structure'),
('三次产业结构比', 'metric', true, 'industry_structure'),
('上市企业', 'metric', true, 'listed_companies'),
('上市公司', 'metric', true, 'listed_companies'),
('上市后备企业', 'metric', true, 'listing_reserve'),
('上市后备资源', 'metric', true, 'listing_reserve'),
('上市挂牌企业', 'metric', true, 'listed_companies'),
('上缴税费', 'metric', true, 'taxes_paid'),
('上缴税额', 'metric', true, 'taxes_paid'),
('专利授权', 'metric', true, 'patents_granted'),
('专利授权数', 'metric', true, 'patents_granted'),
('专利授权量', 'metric', true, 'patents_granted'),
('专利核准', 'metric', true, 'patents_granted'),
('专利核准件数', 'metric', true, 'patents_granted'),
('专利申请', 'metric', true, 'patent_applications'),
('专利申请数', 'metric', true, 'patent_applications'),
('专利申请量', 'metric', true, 'patent_applications'),
('专精特新中小企业', 'metric', true, 'specialized_smes'),
('专精特新企业', 'metric', true, 'specialized_smes'),
('专精特新小巨人', 'metric', true, 'little_giants'),
('专精特新小巨人企业', 'metric', true, 'little_giants'),
('两院院士', 'metric', true, 'academicians'),
('中国工程院院士', 'metric', true, 'academicians'),
('中国科学院院士', 'metric', true, 'academicians'),
('主营业务收入', 'metric', true, 'operating_revenue'),
('二产增加值', 'metric', true, 'secondary_industry_value_added'),
('产业结构', 'metric', true, 'industry_structure'),
('产值', 'metric', true, 'industrial_output'),
('亩产', 'metric', true, 'output_per_mu'),
('亩均产值', 'metric', true, 'output_per_mu'),
('亩均产出', 'metric', true, 'output_per_mu'),
('亩均工业产值', 'metric', true, 'output_per_mu'),
('亩均税收', 'metric', true, 'tax_per_mu'),
('亩均税收贡献', 'metric', true, 'tax_per_mu'),
('亩均营业收入', 'metric', true, 'output_per_mu'),
('人均GDP', 'metric', true, 'gdp_per_capita'),
('人均可支配收入', 'metric', true, 'disposable_income_per_capita'),
('人均国内生产总值', 'metric', true, 'gdp_per_capita'),
('人均地区生产总值', 'metric', true, 'gdp_per_capita'),
('人均本地生产总值', 'metric', true, 'gdp_per_capita'),
('人均生产总值', 'metric', true, 'gdp_per_capita'),
('人才团队', 'metric', true, 'talent_teams'),
('人才总量', 'metric', true, 'talent_total'),
('人才资源', 'metric', true, 'talent_total'),
('人才资源总量', 'metric', true, 'talent_total'),
('从业人员', 'metric', true, 'employees'),
('从业人员数', 'metric', true, 'employees'),
('企业R&D经费', 'metric', true, 'enterprise_rd_expenditure'),
('企业R&D经费内部支出', 'metric', true, 'enterprise_rd_expenditure'),
('企业R&D经费支出', 'metric', true, 'enterprise_rd_expenditure'),
('企业技术中心', 'metric', true, 'enterprise_technology_centers'),
('企业法人单位R&D经费支出', 'metric', true, 'enterprise_rd_expenditure'),
('企业研发投入', 'metric', true, 'enterprise_rd_expenditure'),
('企业研发支出', 'metric', true, 'enterprise_rd_expenditure'),
('企业研发机构', 'metric', true, 'rd_institutions'),
('企业研发经费', 'metric', true, 'enterprise_rd_expenditure'),
('企业研发经费支出', 'metric', true, 'enterprise_rd_expenditure'),
('企业研究与试验发展经费内部支出', 'metric', true, 'enterprise_rd_expenditure'),
('众创空间', 'metric', true, 'maker_spaces'),
('供地面积', 'metric', true, 'land_supplied'),
('入库科技型中小企业', 'metric', true, 'tech_smes'),
('入库税收', 'metric', true, 'taxes_paid'),
('入统企业', 'metric', true, 'enterprises_in_statistics'),
('入驻企业', 'metric', true, 'enterprises_in_statistics'),
('全体居民人均可支配收入', 'metric', true, 'disposable_income_per_capita'),
('全口径工业总产值', 'metric', true, 'industrial_output'),
('全国重点实验室', 'metric', true, 'key_laboratories'),
('全社会固定资产投资', 'metric', true, 'fixed_asset_investment'),
('全社会研发投入', 'metric', true, 'rd_expenditure'),
('全社会研发投入占地区生产总值比重', 'metric', true, 'rd_expenditure_intensity'),
('全部工业增加值', 'metric', true, 'industrial_value_added'),
('公共财政预算支出', 'metric', true, 'general_public_budget_expenditure'),
('公共财政预算收入', 'metric', true, 'general_public_budget_revenue'),
('农业产值', 'metric', true, 'agriculture_output'),
('农业总产值', 'metric', true, 'agriculture_output'),
('农村居民人均可支配收入', 'metric', true, 'disposable_income_per_capita'),
('农林牧渔业产值', 'metric', true, 'agriculture_output'),
('农林牧渔业总产值', 'metric', true, 'agriculture_output'),
('净利润', 'metric', true, 'net_profit'),
('准独角兽', 'metric', true, 'potential_unicorns'),
('准独角兽企业', 'metric', true, 'potential_unicorns'),
('出口', 'metric', true, 'exports'),
('出口交货值', 'metric', true, 'exports'),
('出口创汇', 'metric', true, 'exports'),
('出口创汇额', 'metric', true, 'exports'),
('出口总值', 'metric', true, 'exports'),
('出口总额', 'metric', true, 'exports'),
('出口额', 'metric', true, 'exports'),
('出让面积', 'metric', true, 'land_supplied'),
('创新创业团队', 'metric', true, 'talent_teams'),
('创新创业领军人才', 'metric', true, 'leading_talents'),
('创新团队', 'metric', true, 'talent_teams'),
('创新平台', 'metric', true, 'innovation_platforms'),
('利润', 'metric', true, 'total_profit'),
('利润总额', 'metric', true, 'total_profit'),
('到位外资', 'metric', true, 'actual_fdi'),
('到位市外资金', 'metric', true, 'investment_attracted'),
('到位资金', 'metric', true, 'investment_attracted'),
('制造业单项冠军企业', 'metric', true, 'single_champions'),
('制造业固定资产投资', 'metric', true, 'manufacturing_investment'),
('制造业投资', 'metric', true, 'manufacturing_investment'),
('制造业生产', 'metric', true, 'industrial_production_index'),
('制造业生产指数', 'metric', true, 'industrial_production_index'),
('升规', 'metric', true, 'enterprises_above_scale'),
('升规企业', 'metric', true, 'enterprises_above_scale'),
('协议利用外资', 'metric', true, 'contracted_fdi'),
('协议外资', 'metric', true, 'contracted_fdi'),
('协议总投资', 'metric', true, 'contract_investment_value'),
('协议投资额', 'metric', true, 'contract_investment_value'),
('单位GDP能耗', 'metric', true, 'energy_intensity'),
('单位地区生产总值能耗', 'metric', true, 'energy_intensity'),
('单项冠军', 'metric', true, 'single_champions'),
('单项冠军产品', 'metric', true, 'single_champions'),
('单项冠军企业', 'metric', true, 'single_champions'),
('单项冠军示范企业', 'metric', true, 'single_champions'),
('博士', 'metric', true, 'phd_holders'),
('博士人才', 'metric', true, 'phd_holders'),
('博士及以上人才', 'metric', true, 'phd_holders'),
('博士后创新实践基地', 'metric', true, 'postdoc_workstations'),
('博士后工作站', 'metric', true, 'postdoc_workstations'),
('博士后科研工作站', 'metric', true, 'postdoc_workstations'),
('博士研究生', 'metric', true, 'phd_holders'),
('占地', 'metric', true, 'land_area_occupied'),
('占地面积', 'metric', true, 'land_area_occupied'),
('发明专利拥有量', 'metric', true, 'valid_invention_patents'),
('发明专利授权', 'metric', true, 'invention_patents_granted'),
('发明专利授权数', 'metric', true, 'invention_patents_granted'),
('发明专利授权量', 'metric', true, 'invention_patents_granted'),
('发明专利申请', 'metric', true, 'patent_applications'),
('发明专利申请量', 'metric', true, 'patent_applications'),
('台资企业', 'metric', true, 'foreign_invested_enterprises'),
('各类人才总量', 'metric', true, 'talent_total'),
('合同利用外资', 'metric', true, 'contracted_fdi'),
('合同外资', 'metric', true, 'contracted_fdi'),
('合同外资金额', 'metric', true, 'contracted_fdi'),
('合同外资额', 'metric', true, 'contracted_fdi'),
('园区生产总值', 'metric', true, 'gdp'),
('固定投资', 'metric', true, 'fixed_asset_investment'),
('固定资产投资', 'metric', true, 'fixed_asset_investment'),
('固定资产投资额', 'metric', true, 'fixed_asset_investment'),
('固投', 'metric', true, 'fixed_asset_investment'),
('国内生产总值', 'metric', true, 'gdp'),
('国内生产毛额', 'metric', true, 'gdp'),
('国家企业技术中心', 'metric', true, 'enterprise_technology_centers'),
('国家备案众创空间', 'metric', true, 'maker_spaces'),
('国家科技型中小企业', 'metric', true, 'tech_smes'),
('国家级专精特新企业', 'metric', true, 'little_giants'),
('国家级专精特新小巨人企业', 'metric', true, 'little_giants'),
('国家级众创空间', 'metric', true, 'maker_spaces'),
('国家级孵化器', 'metric', true, 'incubators'),
('国家级孵化器和众创空间', 'metric', true, 'incubators_and_maker_spaces'),
('国家级科技企业孵化器', 'metric', true, 'incubators'),
('国家级高新技术企业', 'metric', true, 'high_tech_enterprises'),
('国家重点实验室', 'metric', true, 'key_laboratories'),
('国家高新技术企业', 'metric', true, 'high_tech_enterprises'),
('土地供应', 'metric', true, 'land_supplied'),
('地区生产总值', 'metric', true, 'gdp'),
('地方一般公共预算收入', 'metric', true, 'general_public_budget_revenue'),
('地方一般预算收入', 'metric', true, 'general_public_budget_revenue'),
('地方级收入', 'metric', true, 'general_public_budget_revenue'),
('城镇化率', 'metric', true, 'urbanization_rate'),
('城镇居民人均可支配收入', 'metric', true, 'disposable_income_per_capita'),
('城镇新增就业', 'metric', true, 'new_urban_jobs'),
('城镇新增就业人数', 'metric', true, 'new_urban_jobs'),
('城镇登记失业率', 'metric', true, 'unemployment_rate'),
('城镇调查失业率', 'metric', true, 'unemployment_rate'),
('基础研究投入', 'metric', true, 'basic_research_expenditure'),
('基础研究经费', 'metric', true, 'basic_research_expenditure'),
('基础研究经费支出', 'metric', true, 'basic_research_expenditure'),
('境内外上市企业', 'metric', true, 'listed_companies'),
('增资案', 'metric', true, 'approved_investment'),
('外商实际投资', 'metric', true, 'actual_fdi'),
('外商投资企业', 'metric', true, 'foreign_invested_enterprises'),
('外商投资企业数', 'metric', true, 'foreign_invested_enterprises'),
('外籍院士', 'metric', true, 'academicians'),
('外贸进出口', 'metric', true, 'total_import_export'),
('外贸进出口总额', 'metric', true, 'total_import_export'),
('外资企业', 'metric', true, 'foreign_invested_enterprises'),
('大专以上学历从业人员', 'metric', true, 'college_educated_employees'),
('大专及以上学历人员', 'metric', true, 'college_educated_employees'),
('失业率', 'metric', true, 'unemployment_rate'),
('孵化器', 'metric', true, 'incubators'),
('孵化器众创空间', 'metric', true, 'incubators_and_maker_spaces'),
('孵化器加速器众创空间', 'metric', true, 'incubators_and_maker_spaces'),
('孵化器加速器和众创空间', 'metric', true, 'incubators_and_maker_spaces'),
('孵化器及众创空间', 'metric', true, 'incubators_and_maker_spaces'),
('孵化器和众创空间', 'metric', true, 'incubators_and_maker_spaces'),
('孵化载体', 'metric', true, 'incubators_and_maker_spaces'),
('实到外资', 'metric', true, 'actual_fdi'),
('实现净利润', 'metric', true, 'net_profit'),
('实现利润', 'metric', true, 'total_profit'),
('实缴税费', 'metric', true, 'taxes_paid'),
('实际上缴税费', 'metric', true, 'taxes_paid'),
('实际上缴税费总额', 'metric', true, 'taxes_paid'),
('实际使用外资', 'metric', true, 'actual_fdi'),
('实际使用外资金额', 'metric', true, 'actual_fdi'),
('实际利用外资', 'metric', true, 'actual_fdi'),
('实际利用外资金额', 'metric', true, 'actual_fdi'),
('实际到位内资', 'metric', true, 'investment_attracted'),
('实际到位资金', 'metric', true, 'investment_attracted'),
('实际到账外资', 'metric', true, 'actual_fdi'),
('小巨人企业', 'metric', true, 'little_giants'),
('就业人员', 'metric', true, 'employees'),
('就业人数', 'metric', true, 'employees'),
('居民人均可支配收入', 'metric', true, 'disposable_income_per_capita'),
('居民消费价格', 'metric', true, 'cpi'),
('居民消费价格指数', 'metric', true, 'cpi'),
('工业产值', 'metric', true, 'industrial_output'),
('工业固定资产投资', 'metric', true, 'industrial_investment'),
('工业增加值', 'metric', true, 'industrial_value_added'),
('工业总产值', 'metric', true, 'industrial_output'),
('工业投资', 'metric', true, 'industrial_investment'),
('工业投资额', 'metric', true, 'industrial_investment'),
('工业生产', 'metric', true, 'industrial_production_index'),
('工业生产指数', 'metric', true, 'industrial_production_index'),
('工业用地供应', 'metric', true, 'land_supplied'),
('工程技术中心', 'metric', true, 'engineering_research_centers'),
('工程技术研究中心', 'metric', true, 'engineering_research_centers'),
('工程研究中心', 'metric', true, 'engineering_research_centers'),
('已开发面积', 'metric', true, 'built_up_area'),
('市场主体', 'metric', true, 'market_entities'),
('市场主体总数', 'metric', true, 'market_entities'),
('常住人口', 'metric', true, 'resident_population'),
('常住人口城镇化率', 'metric', true, 'urbanization_rate'),
('年产值', 'metric', true, 'industrial_output'),
('年末从业人员', 'metric', true, 'employees'),
('年末从业人员数', 'metric', true, 'employees'),
('年末常住人口', 'metric', true, 'resident_population'),
('年末户籍人口', 'metric', true, 'registered_population'),
('建成区面积', 'metric', true, 'built_up_area'),
('建成面积', 'metric', true, 'built_up_area'),
('建筑工程业生产', 'metric', true, 'industrial_production_index'),
('建筑总面积', 'metric', true, 'floor_area'),
('建筑面积', 'metric', true, 'floor_area'),
('建设面积', 'metric', true, 'floor_area'),
('引进博士', 'metric', true, 'phd_holders'),
('引进大学生', 'metric', true, 'graduates_attracted'),
('引进市外资金', 'metric', true, 'investment_attracted'),
('德资企业', 'metric', true, 'foreign_invested_enterprises'),
('总建筑面积', 'metric', true, 'floor_area'),
('总投资', 'metric', true, 'project_total_investment'),
('总投资额', 'metric', true, 'project_total_investment'),
('总收入', 'metric', true, 'operating_revenue'),
('总营业额', 'metric', true, 'operating_revenue'),
('总营收', 'metric', true, 'operating_revenue'),
('战新产业产值', 'metric', true, 'strategic_emerging_industry_output'),
('战略性新兴产业产值', 'metric', true, 'strategic_emerging_industry_output'),
('战略性新兴产业增加值', 'metric', true, 'strategic_emerging_industry_output'),
('战略性新兴产业总产值', 'metric', true, 'strategic_emerging_industry_output'),
('户籍人口', 'metric', true, 'registered_population'),
('房地产开发投资', 'metric', true, 'real_estate_investment'),
('房地产投资', 'metric', true, 'real_estate_investment'),
('批复面积', 'metric', true, 'planned_area'),
('技术交易额', 'metric', true, 'technology_contract_turnover'),
('技术合同交易额', 'metric', true, 'technology_contract_turnover'),
('技术合同成交总额', 'metric', true, 'technology_contract_turnover'),
('技术合同成交金额', 'metric', true, 'technology_contract_turnover'),
('技术合同成交额', 'metric', true, 'technology_contract_turnover'),
('技术合同登记额', 'metric', true, 'technology_contract_turnover'),
('技术市场合同成交金额', 'metric', true, 'technology_contract_turnover'),
('技术市场成交额', 'metric', true, 'technology_contract_turnover'),
('技术性收入', 'metric', true, 'technology_revenue'),
('技术收入', 'metric', true, 'technology_revenue'),
('技能人才', 'metric', true, 'skilled_talents'),
('投增资总额', 'metric', true, 'approved_investment'),
('投资总金额', 'metric', true, 'approved_investment'),
('投资总额', 'metric', true, 'project_total_investment'),
('招商引资到位资金', 'metric', true, 'investment_attracted'),
('拟上市企业', 'metric', true, 'listing_reserve'),
('授权专利', 'metric', true, 'patents_granted'),
('授权发明专利', 'metric', true, 'invention_patents_granted'),
('新三板挂牌企业', 'metric', true, 'listed_companies'),
('新型研发机构', 'metric', true, 'new_rd_institutions'),
('新型研发机构数', 'metric', true, 'new_rd_institutions'),
('新增上市企业', 'metric', true, 'new_listings'),
('新增上市公司', 'metric', true, 'new_listings'),
('新增企业', 'metric', true, 'new_enterprises'),
('新增城镇就业', 'metric', true, 'new_urban_jobs'),
('新增大学生', 'metric', true, 'graduates_attracted'),
('新增注册企业', 'metric', true, 'new_enterprises'),
('新建标准厂房', 'metric', true, 'standard_factory_space'),
('新引进大学生', 'metric', true, 'graduates_attracted'),
('新注册企业', 'metric', true, 'new_enterprises'),
('新登记企业', 'metric', true, 'new_enterprises'),
('新登记市场主体', 'metric', true, 'market_entities'),
('新登记经营主体', 'metric', true, 'market_entities'),
('新签约项目', 'metric', true, 'signed_projects'),
('新设企业', 'metric', true, 'new_enterprises'),
('新设外商投资企业', 'metric', true, 'foreign_invested_enterprises'),
('日资企业', 'metric', true, 'foreign_invested_enterprises'),
('有效发明专利', 'metric', true, 'valid_invention_patents'),
('有效发明专利拥有量', 'metric', true, 'valid_invention_patents'),
('有效发明专利量', 'metric', true, 'valid_invention_patents'),
('有效高新技术企业', 'metric', true, 'high_tech_enterprises'),
('服务业占GDP比重', 'metric', true, 'industry_structure'),
('服务业增加值', 'metric', true, 'tertiary_industry_value_added'),
('服务业增加值占GDP比重', 'metric', true, 'industry_structure'),
('服务业增加值占地区生产总值比重', 'metric', true, 'industry_structure'),
('本地生产总值', 'metric', true, 'gdp'),
('本科及以上学历人员', 'metric', true, 'college_educated_employees'),
('林业产值', 'metric', true, 'agriculture_output'),
('标准厂房', 'metric', true, 'standard_factory_space'),
('标准厂房面积', 'metric', true, 'standard_factory_space'),
('核准投资金额', 'metric', true, 'approved_investment'),
('核准投资额', 'metric', true, 'approved_investment'),
('核准规划面积', 'metric', true, 'planned_area'),
('核准面积', 'metric', true, 'planned_area'),
('楼面', 'metric', true, 'floor_area'),
('楼面面积', 'metric', true, 'floor_area'),
('欧资企业', 'metric', true, 'foreign_invested_enterprises'),
('每万人发明专利拥有量', 'metric', true, 'invention_patents_per_10k_people'),
('每万人口发明专利拥有量', 'metric', true, 'invention_patents_per_10k_people'),
('每万人口有效发明专利拥有量', 'metric', true, 'invention_patents_per_10k_people'),
('每万人口高价值发明专利拥有量', 'metric', true, 'high_value_invention_patents_per_10k'),
('每万人有效发明专利拥有量', 'metric', true, 'invention_patents_per_10k_people'),
('每万人高价值发明专利拥有量', 'metric', true, 'high_value_invention_patents_per_10k'),
('渔业产值', 'metric', true, 'agriculture_output'),
('港资企业', 'metric', true, 'foreign_invested_enterprises'),
('潜在独角兽', 'metric', true, 'potential_unicorns'),
('潜在独角兽企业', 'metric', true, 'potential_unicorns'),
('潜在瞪羚企业', 'metric', true, 'gazelles'),
('牧业产值', 'metric', true, 'agriculture_output'),
('独角兽', 'metric', true, 'unicorns'),
('独角兽企业', 'metric', true, 'unicorns'),
('生产总值', 'metric', true, 'gdp'),
('用地面积', 'metric', true, 'land_area_occupied'),
('用水供应业生产', 'metric', true, 'industrial_production_index'),
('电力及燃气供应业生产', 'metric', true, 'industrial_production_index'),
('登记失业率', 'metric', true, 'unemployment_rate'),
('直接利用外资合同额', 'metric', true, 'contracted_fdi'),
('省专精特新企业', 'metric', true, 'specialized_smes'),
('省级专精特新中小企业', 'metric', true, 'specialized_smes'),
('省级专精特新企业', 'metric', true, 'specialized_smes'),
('省级以上创新平台', 'metric', true, 'innovation_platforms'),
('省级以上研发机构', 'metric', true, 'rd_institutions'),
('省级以上科技创新平台', 'metric', true, 'innovation_platforms'),
('省级以上领军人才', 'metric', true, 'leading_talents'),
('省级企业技术中心', 'metric', true, 'enterprise_technology_centers'),
('省级众创空间', 'metric', true, 'maker_spaces'),
('省级及以上研发机构', 'metric', true, 'rd_institutions'),
('省级孵化器', 'metric', true, 'incubators'),
('省级工程技术研究中心', 'metric', true, 'engineering_research_centers'),
('省级新型研发机构', 'metric', true, 'new_rd_institutions'),
('省级科技企业孵化器', 'metric', true, 'incubators'),
('省级重点实验室', 'metric', true, 'key_laboratories'),
('省重点实验室', 'metric', true, 'key_laboratories'),
('瞪羚', 'metric', true, 'gazelles'),
('瞪羚企业', 'metric', true, 'gazelles'),
('矿业及土石采取业生产', 'metric', true, 'industrial_production_index'),
('研发人员', 'metric', true, 'rd_personnel'),
('研发人数', 'metric', true, 'rd_personnel'),
('研发密集度', 'metric', true, 'rd_expenditure_intensity'),
('研发开支', 'metric', true, 'rd_expenditure'),
('研发总人数', 'metric', true, 'rd_personnel'),
('研发总开支', 'metric', true, 'rd_expenditure'),
('研发投入', 'metric', true, 'rd_expenditure'),
('研发投入占GDP比重', 'metric', true, 'rd_expenditure_intensity'),
('研发投入占比', 'metric', true, 'rd_expenditure_intensity'),
('研发投入强度', 'metric', true, 'rd_expenditure_intensity'),
('研发机构', 'metric', true, 'rd_institutions'),
('研发经费', 'metric', true, 'rd_expenditure'),
('研发经费占GDP比重', 'metric', true, 'rd_expenditure_intensity'),
('研发经费投入', 'metric', true, 'rd_expenditure'),
('研发经费投入占GDP比重', 'metric', true, 'rd_expenditure_intensity'),
('研发经费投入强度', 'metric', true, 'rd_expenditure_intensity'),
('研发费用', 'metric', true, 'enterprise_rd_expenditure'),
('研究与试验发展R&D经费支出', 'metric', true, 'rd_expenditure'),
('研究与试验发展人员', 'metric', true, 'rd_personnel'),
('研究与试验发展经费投入强度', 'metric', true, 'rd_expenditure_intensity'),
('研究与试验发展经费支出', 'metric', true, 'rd_expenditure'),
('研究与试验发展经费支出与国内生产总值之比', 'metric', true, 'rd_expenditure_intensity'),
('研究发展经费', 'metric', true, 'rd_expenditure'),
('研究开发人员', 'metric', true, 'rd_personnel'),
('研究开发费用', 'metric', true, 'enterprise_rd_expenditure'),
('研究生学历人才', 'metric', true, 'masters_and_above'),
('硕士', 'metric', true, 'masters_and_above'),
('硕士以上人才', 'metric', true, 'masters_and_above'),
('硕士以上学历', 'metric', true, 'masters_and_above'),
('硕士及以上人才', 'metric', true, 'masters_and_above'),
('硕士及以上学历', 'metric', true, 'masters_and_above'),
('硕士研究生', 'metric', true, 'masters_and_above'),
('社会消费品零售总额', 'metric', true, 'retail_sales'),
('社会消费品零售额', 'metric', true, 'retail_sales'),
('社消零总额', 'metric', true, 'retail_sales'),
('社零', 'metric', true, 'retail_sales'),
('社零总额', 'metric', true, 'retail_sales'),
('种子独角兽企业', 'metric', true, 'potential_unicorns'),
('科创平台', 'metric', true, 'innovation_platforms'),
('科技企业孵化器', 'metric', true, 'incubators'),
('科技企业孵化载体', 'metric', true, 'incubators_and_maker_spaces'),
('科技创新团队', 'metric', true, 'talent_teams'),
('科技创新平台', 'metric', true, 'innovation_platforms'),
('科技型中小企业', 'metric', true, 'tech_smes'),
('科技进步贡献率', 'metric', true, 'tech_progress_contribution'),
('科技领军人才', 'metric', true, 'leading_talents'),
('科研人员', 'metric', true, 'rd_personnel'),
('科研团队', 'metric', true, 'talent_teams'),
('税收', 'metric', true, 'tax_revenue'),
('税收占比', 'metric', true, 'tax_share_of_budget_revenue'),
('税收收入', 'metric', true, 'tax_revenue'),
('税收收入占一般公共预算收入比重', 'metric', true, 'tax_share_of_budget_revenue'),
('税收收入占比', 'metric', true, 'tax_share_of_budget_revenue'),
('税比', 'metric', true, 'tax_share_of_budget_revenue'),
('第一产业占GDP比重', 'metric', true, 'industry_structure'),
('第一产业占地区生产总值比重', 'metric', true, 'industry_structure'),
('第一产业占比', 'metric', true, 'industry_structure'),
('第一产业占生产总值比重', 'metric', true, 'industry_structure'),
('第一产业增加值', 'metric', true, 'primary_industry_value_added'),
('第一产业比重', 'metric', true, 'industry_structure'),
('第三产业占GDP比重', 'metric', true, 'industry_structure'),
('第三产业占地区生产总值比重', 'metric', true, 'industry_structure'),
('第三产业占比', 'metric', true, 'industry_structure'),
('第三产业占生产总值比重', 'metric', true, 'industry_structure'),
('第三产业增加值', 'metric', true, 'tertiary_industry_value_added'),
('第三产业增加值占GDP比重', 'metric', true, 'industry_structure'),
('第三产业增加值占地区生产总值比重', 'metric', true, 'industry_structure'),
('第三产业比重', 'metric', true, 'industry_structure'),
('第二产业占GDP比重', 'metric', true, 'industry_structure'),
('第二产业占地区生产总值比重', 'metric', true, 'industry_structure'),
('第二产业占比', 'metric', true, 'industry_structure'),
('第二产业占生产总值比重', 'metric', true, 'industry_structure'),
('第二产业增加值', 'metric', true, 'secondary_industry_value_added'),
('第二产业比重', 'metric', true, 'industry_structure'),
('签约总额', 'metric', true, 'contract_investment_value'),
('签约金额', 'metric', true, 'contract_investment_value'),
('签约项目', 'metric', true, 'signed_projects'),
('签约项目数', 'metric', true, 'signed_projects'),
('纳入统计企业', 'metric', true, 'enterprises_in_statistics'),
('纳税总额', 'metric', true, 'taxes_paid'),
('经济', 'metric', true, 'gdp'),
('经济总量', 'metric', true, 'gdp'),
('经营主体', 'metric', true, 'market_entities'),
('经营主体总数', 'metric', true, 'market_entities'),
('缴纳各项税收', 'metric', true, 'taxes_paid'),
('缴纳税收', 'metric', true, 'taxes_paid'),
('美资企业', 'metric', true, 'foreign_invested_enterprises'),
('营业总收入', 'metric', true, 'operating_revenue'),
('营业总额', 'metric', true, 'operating_revenue'),
('营业收入', 'metric', true, 'operating_revenue'),
('营业收入规模', 'metric', true, 'operating_revenue'),
('营业额', 'metric', true, 'operating_revenue'),
('营收', 'metric', true, 'operating_revenue'),
('规上企业', 'metric', true, 'enterprises_above_scale'),
('规上工业产值', 'metric', true, 'industrial_output_above_scale'),
('规上工业企业', 'metric', true, 'enterprises_above_scale'),
('规上工业企业总产值', 'metric', true, 'industrial_output_above_scale'),
('规上工业企业数', 'metric', true, 'enterprises_above_scale'),
('规上工业增加值', 'metric', true, 'industrial_value_added_above_scale'),
('规上工业总产值', 'metric', true, 'industrial_output_above_scale'),
('规划总面积', 'metric', true, 'planned_area'),
('规划控制面积', 'metric', true, 'planned_area'),
('规划面积', 'metric', true, 'planned_area'),
('规模以上企业', 'metric', true, 'enterprises_above_scale'),
('规模以上工业产值', 'metric', true, 'industrial_output_above_scale'),
('规模以上工业企业', 'metric', true, 'enterprises_above_scale'),
('规模以上工业企业增加值', 'metric', true, 'industrial_value_added_above_scale'),
('规模以上工业企业总产值', 'metric', true, 'industrial_output_above_scale'),
('规模以上工业增加值', 'metric', true, 'industrial_value_added_above_scale'),
('规模以上工业总产值', 'metric', true, 'industrial_output_above_scale'),
('规模工业产值', 'metric', true, 'industrial_output_above_scale'),
('规模工业增加值', 'metric', true, 'industrial_value_added_above_scale'),
('计划总投资', 'metric', true, 'project_total_investment'),
('计划投资额', 'metric', true, 'project_total_investment'),
('计画投资额', 'metric', true, 'project_total_investment'),
('评价入库科技型中小企业', 'metric', true, 'tech_smes'),
('调查失业率', 'metric', true, 'unemployment_rate'),
('财政支出', 'metric', true, 'general_public_budget_expenditure'),
('财政收入', 'metric', true, 'general_public_budget_revenue'),
('货物进出口总额', 'metric', true, 'total_import_export'),
('贸易总额', 'metric', true, 'total_import_export'),
('进出口总值', 'metric', true, 'total_import_export'),
('进出口总额', 'metric', true, 'total_import_export'),
('进口', 'metric', true, 'imports'),
('进口总值', 'metric', true, 'imports'),
('进口总额', 'metric', true, 'imports'),
('进口额', 'metric', true, 'imports'),
('重大项目完成投资', 'metric', true, 'major_project_investment'),
('重大项目投资', 'metric', true, 'major_project_investment'),
('重点实验室', 'metric', true, 'key_laboratories'),
('重点项目完成投资', 'metric', true, 'major_project_investment'),
('重点项目投资', 'metric', true, 'major_project_investment'),
('院士', 'metric', true, 'academicians'),
('院士专家工作站', 'metric', true, 'academician_workstations'),
('院士工作站', 'metric', true, 'academician_workstations'),
('韩资企业', 'metric', true, 'foreign_invested_enterprises'),
('项目总投资', 'metric', true, 'project_total_investment'),
('领军人才', 'metric', true, 'leading_talents'),
('领军人才创业团队', 'metric', true, 'talent_teams'),
('首发上市企业', 'metric', true, 'new_listings'),
('高企', 'metric', true, 'high_tech_enterprises'),
('高层次人才', 'metric', true, 'high_level_talents'),
('高层次人才总量', 'metric', true, 'high_level_talents'),
('高技术产业投资', 'metric', true, 'high_tech_industry_investment'),
('高技术制造业占比', 'metric', true, 'high_tech_manufacturing_share'),
('高技术制造业占规上工业增加值比重', 'metric', true, 'high_tech_manufacturing_share'),
('高技术制造业增加值占比', 'metric', true, 'high_tech_manufacturing_share'),
('高技术制造业增加值占规模以上工业增加值比重', 'metric', true, 'high_tech_manufacturing_share'),
('高技术制造业投资', 'metric', true, 'high_tech_industry_investment'),
('高技术服务业投资', 'metric', true, 'high_tech_industry_investment'),
('高技能人才', 'metric', true, 'skilled_talents'),
('高新技术产业产值', 'metric', true, 'high_tech_industry_output'),
('高新技术产业产值占比', 'metric', true, 'high_tech_industry_output_share'),
('高新技术产业产值占规上工业总产值比重', 'metric', true, 'high_tech_industry_output_share'),
('高新技术产业产值占规模以上工业总产值比重', 'metric', true, 'high_tech_industry_output_share'),
('高新技术产业产值规模', 'metric', true, 'high_tech_industry_output'),
('高新技术产业占比', 'metric', true, 'high_tech_industry_output_share'),
('高新技术产业总产值', 'metric', true, 'high_tech_industry_output'),
('高新技术企业', 'metric', true, 'high_tech_enterprises'),
('高新技术企业数', 'metric', true, 'high_tech_enterprises'),
('高端人才', 'metric', true, 'high_level_talents')
ON CONFLICT (word) DO UPDATE SET metric = excluded.metric;
/* parkdata--1.0--1.1.sql, part 35: the indicator columns of 1.1 (issue 10) */

/*
 * indicator: name becomes indicator (the same name in every layer: what is
 * measured, as written), and the figure gets its catalog code (metric), its
 * status and its period as dates.  Rows kept: a 1.0 row's status follows its
 * is_target; its metric and period stay NULL until the document is
 * extracted again (part 88 does the shipped documents; parkdata.reextract()
 * a user's).  The views over the table change their columns, so they are
 * made again (the view comments are copied by part 89).
 */
DROP VIEW parkdata.indicator_facts;
DROP VIEW parkdata.extraction;

ALTER TABLE parkdata.indicator RENAME COLUMN name TO indicator;
ALTER INDEX parkdata.indicator_name_idx RENAME TO indicator_indicator_idx;
ALTER TABLE parkdata.indicator
    ADD COLUMN metric text REFERENCES parkdata.metric (code),
    ADD COLUMN status text,
    ADD COLUMN period_start date,
    ADD COLUMN period_end date;
UPDATE parkdata.indicator
SET status = CASE WHEN is_target THEN 'target' ELSE 'actual' END;
ALTER TABLE parkdata.indicator
    ALTER COLUMN status SET NOT NULL,
    ALTER COLUMN kind SET NOT NULL,
    ADD CONSTRAINT indicator_qualifier_check CHECK (qualifier IN ('approx', 'more_than', 'at_least', 'less_than', 'at_most')),
    ADD CONSTRAINT indicator_kind_check CHECK (kind IN ('level', 'change', 'growth_rate', 'share')),
    ADD CONSTRAINT indicator_status_check CHECK (status IN ('actual', 'target', 'estimate')),
    ADD CONSTRAINT indicator_is_target_check CHECK (is_target OPERATOR(pg_catalog.=) (status OPERATOR(pg_catalog.=) 'target')),
    ADD CONSTRAINT indicator_period_check CHECK (period_start OPERATOR(pg_catalog.<=) period_end);
CREATE INDEX indicator_metric_idx ON parkdata.indicator (metric);
COMMENT ON COLUMN parkdata.indicator.indicator IS
    'what is measured, as the text words it (人才资源总量, 營業額); metric is its catalog code';
COMMENT ON COLUMN parkdata.indicator.is_target IS
    'status = target: the figure is a goal or plan (力争, 到2023年) rather than an achieved or estimated value';
COMMENT ON COLUMN parkdata.indicator.metric IS
    'the canonical indicator (parkdata.metric code: gdp, operating_revenue, high_tech_enterprises ...) whose synonym names what is measured; NULL where none does (never a guess)';
COMMENT ON COLUMN parkdata.indicator.status IS
    'actual (an achieved value), target (a goal or plan: 力争, 目标, 到2025年), estimate (预计, 有望 about the current or just-ended period)';
COMMENT ON COLUMN parkdata.indicator.period_start IS
    'first day the figure covers (2023-01-01 for 2023年, the stated day for a stock 截至9月末); NULL where the text and the document''s date give none';
COMMENT ON COLUMN parkdata.indicator.period_end IS
    'last day the figure covers (2023-12-31 for 2023年, 2025-12-31 for “十四五”); NULL where the text and the document''s date give none';

CREATE VIEW parkdata.extraction AS
SELECT d.doc_id, m.metric_no, pl.region_code, pl.park_id, m.subject, m.indicator,
       m.value, m.unit, m.raw, m.qualifier, m.kind, m.is_target, m.period, m.year,
       m.sentence, m.start_pos, d.builtin, m.metric, m.status, m.period_start, m.period_end
FROM parkdata.document d
CROSS JOIN LATERAL parkdata.extract_metrics(d.body, d.published) m
LEFT JOIN parkdata.place_name pl ON pl.surface OPERATOR(pg_catalog.=) m.subject;
COMMENT ON VIEW parkdata.extraction IS
    'the indicator rows extraction gives now for every stored document (extract_metrics linked to place_name), in parkdata.indicator''s columns: INSERT INTO parkdata.indicator SELECT * FROM parkdata.extraction WHERE ... is how every path fills the table';
-- the columns extract_metrics gives, with parkdata.indicator's comments (suite
-- 20-regress, model_catalog, checks they agree; the others take their source's
-- comment at the end of the install, sql/parkdata_comments.sql)
COMMENT ON COLUMN parkdata.extraction.metric_no IS
    'ordinal of the metric within its document, from extract_metrics (with doc_id, the key)';
COMMENT ON COLUMN parkdata.extraction.subject IS
    'the place or organisation the extractor says the metric is about, as written (我区 and 全区 already resolved)';
COMMENT ON COLUMN parkdata.extraction.indicator IS
    'what is measured, as the text words it (人才资源总量, 營業額); metric is its catalog code';
COMMENT ON COLUMN parkdata.extraction.value IS
    'exact value in the unit given (1030, 52, 46.3); Chinese numerals and 万/亿 already multiplied out';
COMMENT ON COLUMN parkdata.extraction.unit IS
    'unit of value: a measure word (人, 家, 个), 元 for amounts in yuan (万元, 亿元 and 人民币 are normalised to 元 and the value multiplied out), another currency (美元), a physical unit (平方米, 吨), % (percent points), ‰, 百分点, 倍 or a time span; NULL where the text gives none';
COMMENT ON COLUMN parkdata.extraction.raw IS
    'the text the value was read from, e.g. 16.7万人';
COMMENT ON COLUMN parkdata.extraction.qualifier IS
    'how the value is bounded: approx (约, 近, 左右), more_than (超, 逾, 余), at_least (以上, 不少于), less_than (不到, 不足), at_most (以下, 不超过); NULL for an exact figure';
COMMENT ON COLUMN parkdata.extraction.kind IS
    'kind of figure: level (an amount or count), change (an increase or decrease in units: 新增, 减少), growth_rate (a rate of change: 增长8.5%, 增长2倍), share (a part of a whole: 占52%)';
COMMENT ON COLUMN parkdata.extraction.is_target IS
    'status = target: the figure is a goal or plan (力争, 到2023年) rather than an achieved or estimated value';
COMMENT ON COLUMN parkdata.extraction.period IS
    'period the figure refers to as written (十三五, 截至11月, 今年以来)';
COMMENT ON COLUMN parkdata.extraction.year IS
    'calendar year the figure refers to, where the text gives one';
COMMENT ON COLUMN parkdata.extraction.sentence IS
    'the sentence the metric was found in';
COMMENT ON COLUMN parkdata.extraction.start_pos IS
    'character position of the figure in the document body (as extract_metrics reports it)';
COMMENT ON COLUMN parkdata.extraction.metric IS
    'the canonical indicator (parkdata.metric code: gdp, operating_revenue, high_tech_enterprises ...) whose synonym names what is measured; NULL where none does (never a guess)';
COMMENT ON COLUMN parkdata.extraction.status IS
    'actual (an achieved value), target (a goal or plan: 力争, 目标, 到2025年), estimate (预计, 有望 about the current or just-ended period)';
COMMENT ON COLUMN parkdata.extraction.period_start IS
    'first day the figure covers (2023-01-01 for 2023年, the stated day for a stock 截至9月末); NULL where the text and the document''s date give none';
COMMENT ON COLUMN parkdata.extraction.period_end IS
    'last day the figure covers (2023-12-31 for 2023年, 2025-12-31 for “十四五”); NULL where the text and the document''s date give none';

GRANT SELECT ON parkdata.extraction TO PUBLIC;

CREATE VIEW parkdata.indicator_facts AS
SELECT i.doc_id,
       i.metric_no,
       d.published,
       d.title AS document_title,
       d.source AS document_source,
       rp.province,
       rp.city,
       rp.county,
       i.region_code,
       p.name AS park,
       p.kind AS park_kind,
       i.indicator,
       i.metric,
       m.name AS metric_name,
       i.value,
       i.unit,
       i.qualifier,
       i.kind,
       i.status,
       i.is_target,
       i.period,
       i.period_start,
       i.period_end,
       i.year,
       i.subject,
       i.raw,
       i.sentence
FROM parkdata.indicator i
JOIN parkdata.document d ON d.doc_id OPERATOR(pg_catalog.=) i.doc_id
LEFT JOIN parkdata.region_path rp ON rp.region_code OPERATOR(pg_catalog.=) i.region_code
LEFT JOIN parkdata.park p ON p.park_id OPERATOR(pg_catalog.=) i.park_id
LEFT JOIN parkdata.metric m ON m.code OPERATOR(pg_catalog.=) i.metric;
COMMENT ON VIEW parkdata.indicator_facts IS
    'one row per extracted indicator with its document, place (province, city, county, park) and value: the fact table for BI tools';
GRANT SELECT ON parkdata.indicator_facts TO PUBLIC;
-- reliab (issue 13): only the extension's own scripts may set builtin
/*
 * builtin = true marks the rows shipped with the extension; pg_dump keeps
 * only the rows WHERE NOT builtin.  Roles granted INSERT (a loader) must not
 * be able to write builtin = true, or change builtin on any row: their rows
 * would be left out of dumps, or shipped rows dumped and restored twice.
 * Row triggers with WHEN clauses, so that ordinary rows (builtin = false)
 * never call a function.  Every table of the extension with a builtin
 * column has them (suite 84-security checks that).
 */
CREATE FUNCTION parkdata.builtin_guard_trigger() RETURNS trigger
    AS 'MODULE_PATHNAME', 'pd_builtin_guard'
    LANGUAGE C;
COMMENT ON FUNCTION parkdata.builtin_guard_trigger() IS
    'row trigger: refuses builtin = true on INSERT and any change of builtin on UPDATE unless the extension''s own install or update script is running';
REVOKE ALL ON FUNCTION parkdata.builtin_guard_trigger() FROM PUBLIC;

CREATE TRIGGER region_builtin_insert BEFORE INSERT ON parkdata.region
    FOR EACH ROW WHEN (NEW.builtin) EXECUTE FUNCTION parkdata.builtin_guard_trigger();
CREATE TRIGGER region_builtin_update BEFORE UPDATE ON parkdata.region
    FOR EACH ROW WHEN (OLD.builtin IS DISTINCT FROM NEW.builtin) EXECUTE FUNCTION parkdata.builtin_guard_trigger();
CREATE TRIGGER park_builtin_insert BEFORE INSERT ON parkdata.park
    FOR EACH ROW WHEN (NEW.builtin) EXECUTE FUNCTION parkdata.builtin_guard_trigger();
CREATE TRIGGER park_builtin_update BEFORE UPDATE ON parkdata.park
    FOR EACH ROW WHEN (OLD.builtin IS DISTINCT FROM NEW.builtin) EXECUTE FUNCTION parkdata.builtin_guard_trigger();
CREATE TRIGGER document_builtin_insert BEFORE INSERT ON parkdata.document
    FOR EACH ROW WHEN (NEW.builtin) EXECUTE FUNCTION parkdata.builtin_guard_trigger();
CREATE TRIGGER document_builtin_update BEFORE UPDATE ON parkdata.document
    FOR EACH ROW WHEN (OLD.builtin IS DISTINCT FROM NEW.builtin) EXECUTE FUNCTION parkdata.builtin_guard_trigger();
CREATE TRIGGER lexicon_builtin_insert BEFORE INSERT ON parkdata.lexicon
    FOR EACH ROW WHEN (NEW.builtin) EXECUTE FUNCTION parkdata.builtin_guard_trigger();
CREATE TRIGGER lexicon_builtin_update BEFORE UPDATE ON parkdata.lexicon
    FOR EACH ROW WHEN (OLD.builtin IS DISTINCT FROM NEW.builtin) EXECUTE FUNCTION parkdata.builtin_guard_trigger();

/*
 * indicator is derived: its builtin is its document's (the extraction copies
 * it, in reextract() too, whoever calls it), and it is never dumped.  A row
 * may say builtin = true only for a shipped document.
 */
CREATE FUNCTION parkdata.indicator_builtin_trigger() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM parkdata.document d
                   WHERE d.doc_id OPERATOR(pg_catalog.=) NEW.doc_id AND d.builtin) THEN
        RAISE EXCEPTION 'an indicator of a document users added cannot have builtin = true'
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = pg_catalog.format('Document %s is not one of the documents shipped with parkdata.', NEW.doc_id);
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION parkdata.indicator_builtin_trigger() IS
    'row trigger on parkdata.indicator: builtin = true only for indicators of a shipped document';
REVOKE ALL ON FUNCTION parkdata.indicator_builtin_trigger() FROM PUBLIC;
CREATE TRIGGER indicator_builtin BEFORE INSERT OR UPDATE ON parkdata.indicator
    FOR EACH ROW WHEN (NEW.builtin) EXECUTE FUNCTION parkdata.indicator_builtin_trigger();
-- reliab (issues 12, 13): the trigger function of region and park is named after
-- refresh_place_names(), which it calls; it runs as the owner, so it refuses
-- any other table, and PUBLIC loses its right to call it
ALTER FUNCTION parkdata.place_name_refresh() RENAME TO refresh_place_names_trigger;
CREATE OR REPLACE FUNCTION parkdata.refresh_place_names_trigger() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    -- it runs as the extension owner: only for the two tables it is made for
    IF TG_RELID OPERATOR(pg_catalog.<>) ALL (ARRAY['parkdata.region'::regclass,
                                                   'parkdata.park'::regclass]::oid[])
       OR TG_LEVEL OPERATOR(pg_catalog.<>) 'STATEMENT' THEN
        RAISE EXCEPTION 'parkdata.refresh_place_names_trigger() runs only as the statement trigger of parkdata.region and parkdata.park'
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = pg_catalog.format('It fired for each %s on %s.', pg_catalog.lower(TG_LEVEL), TG_RELID::regclass);
    END IF;
    PERFORM parkdata.refresh_place_names();
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION parkdata.refresh_place_names_trigger() IS
    'statement trigger on parkdata.region and parkdata.park: calls parkdata.refresh_place_names() as the extension owner (so roles granted INSERT on region or park need no rights on place_name); refuses to run for any other table';
REVOKE ALL ON FUNCTION parkdata.refresh_place_names_trigger() FROM PUBLIC;
-- reliab (issue 13): search() refuses query texts of more than 16384 characters and
-- queries of more than 1024 tsquery nodes (54000)
CREATE OR REPLACE FUNCTION parkdata.search(query text, max_rows integer DEFAULT 20)
    RETURNS TABLE (doc_id bigint, title text, published date, rank real, headline text)
    LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE ROWS 20
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    cfg CONSTANT regconfig := 'parkdata.chinese';
    max_nodes CONSTANT integer := 1024;
    max_chars CONSTANT integer := 16384;
    q tsquery;
BEGIN
    IF max_rows < 0 THEN
        RAISE EXCEPTION 'max_rows must not be negative' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    /*
     * ts_rank_cd's memory and time grow with the square of the query's size
     * (about 1 GB a call near 32,000 nodes, then an internal error), and so
     * does websearch_to_tsquery's time with the text's (71 s for 1 MB at load
     * 26): refuse long texts before parsing and large queries before ranking.
     */
    IF pg_catalog.char_length(search.query) OPERATOR(pg_catalog.>) max_chars THEN
        RAISE EXCEPTION 'search query is too long'
            USING ERRCODE = 'program_limit_exceeded',
                  DETAIL = pg_catalog.format('The query has %s characters; the limit is %s.', pg_catalog.char_length(search.query), max_chars);
    END IF;
    q := pg_catalog.websearch_to_tsquery(cfg, search.query);
    IF pg_catalog.numnode(q) OPERATOR(pg_catalog.>) max_nodes THEN
        RAISE EXCEPTION 'search query is too large'
            USING ERRCODE = 'program_limit_exceeded',
                  DETAIL = pg_catalog.format('The query has %s tsquery nodes; the limit is %s.', pg_catalog.numnode(q), max_nodes),
                  HINT = 'Search for fewer words (each word and each operator is a node).';
    END IF;
    RETURN QUERY
    SELECT t.doc_id, t.title, t.published, t.rank,
           pg_catalog.regexp_replace(
               pg_catalog.ts_headline(cfg, t.body, q,
                                      'MaxFragments=2, MaxWords=40, MinWords=10, FragmentDelimiter=" … "'),
               '\s+', ' ', 'g')
    FROM (SELECT d.doc_id, d.title, d.published, d.body,
                 pg_catalog.ts_rank_cd(d.tsv, q) AS rank
          FROM parkdata.document d
          WHERE d.tsv OPERATOR(pg_catalog.@@) q
          ORDER BY rank DESC, d.published DESC NULLS LAST, d.doc_id
          LIMIT search.max_rows) t
    ORDER BY t.rank DESC, t.published DESC NULLS LAST, t.doc_id;
END
$$;
COMMENT ON FUNCTION parkdata.search(text, integer) IS
    'full-text search of documents with the parkdata.chinese configuration (web-search syntax: words, "phrases", OR, -word); best first, with a highlighted headline';
-- reliab (issue 13): document_id() in C, the same 63 bits of the body's MD5,
-- hashed in 1 MB steps with an interrupt check between them
CREATE OR REPLACE FUNCTION parkdata.document_id(body text) RETURNS bigint
    AS 'MODULE_PATHNAME', 'pd_document_id'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION parkdata.document_id(text) IS
    'the doc_id a document body gets: the first 63 bits of its MD5, so the same body always has the same id, on every node';
/* parkdata--1.0--1.1.sql, part 59: the builtin guard of parkdata.metric (part 33 made the
   table, part 50 the guard function; sql/parkdata_guard.sql has the same two triggers) */

CREATE TRIGGER metric_builtin_insert BEFORE INSERT ON parkdata.metric
    FOR EACH ROW WHEN (NEW.builtin) EXECUTE FUNCTION parkdata.builtin_guard_trigger();
CREATE TRIGGER metric_builtin_update BEFORE UPDATE ON parkdata.metric
    FOR EACH ROW WHEN (OLD.builtin IS DISTINCT FROM NEW.builtin) EXECUTE FUNCTION parkdata.builtin_guard_trigger();

/*
 * 60-search-vectors (issue 14): 1.1's parser and dictionary index numbers
 * with their parts (2009年 -> 2009, 年; 16.7万元 -> 16.7万, 16.7, 167000,
 * 万元, 元), names before place and park suffixes (洞头区 -> 洞头, 园区 -> 园)
 * and a year with its 年度 (2021年度), so a query written with 1.1's tokens
 * may need lexemes that vectors computed by 1.0 lack.  The stored vectors
 * (generated column tsv) of the user's documents are recomputed here, after
 * every part that changes the lexicon (part 88 recomputes the shipped ones).  Indexes and stored vectors of your own built on
 * parkdata.chinese are listed in a NOTICE: REINDEX them (and recompute
 * stored tsvector columns) after the update.
 */
UPDATE parkdata.document SET title = title WHERE NOT builtin;   -- part 88 recomputes the shipped ones

DO $$
DECLARE
    stale text;
BEGIN
    SELECT pg_catalog.string_agg(pg_catalog.format('%s', i.indexrelid::pg_catalog.regclass), ', ')
    INTO stale
    FROM pg_catalog.pg_index i
    WHERE pg_catalog.pg_get_indexdef(i.indexrelid) OPERATOR(pg_catalog.~) 'parkdata\.chinese'
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
                        AND d.objid OPERATOR(pg_catalog.=) i.indrelid
                        AND d.deptype OPERATOR(pg_catalog.=) 'e');
    IF stale IS NOT NULL THEN
        RAISE NOTICE 'parkdata 1.1 tokenizes numbers and place names differently: REINDEX these indexes built on parkdata.chinese: %', stale;
    END IF;
END
$$;
/*
 * 61-lexicon-source (issue 14): rows of source 'metric' (the shipped
 * surface forms of the indicator catalog, part 34) name an indicator for
 * extract_metrics only; the parser does not keep them whole (most are
 * ordinary phrases such as 工业投资 that segmentation standards cut).
 */
COMMENT ON COLUMN parkdata.lexicon.source IS 'where the word comes from (domain, region, park, user ...); words of source metric only name an indicator (lexicon.metric): the parser does not keep them whole';

/*
 * 80-schema-owned: the extension owns schema parkdata (issue 12), so that
 * DROP EXTENSION parkdata leaves nothing behind.  Release 1.0 lived in that
 * schema (control file: schema = parkdata), and PostgreSQL will neither add
 * the schema an extension lives in to the extension nor move a
 * non-relocatable extension; 1.1 lives in pg_catalog and creates the schema
 * (sql/parkdata.sql).  The catalog rows are brought to what a 1.1 install
 * records: the extension's schema is pg_catalog (pinned, so no dependency
 * row), and schema parkdata is a member of the extension.
 */
DO $$
DECLARE
    ext oid := (SELECT e.oid FROM pg_catalog.pg_extension e
                WHERE e.extname OPERATOR(pg_catalog.=) 'parkdata');
BEGIN
    IF (SELECT e.extnamespace FROM pg_catalog.pg_extension e WHERE e.oid OPERATOR(pg_catalog.=) ext)
       OPERATOR(pg_catalog.=) 'pg_catalog'::pg_catalog.regnamespace THEN
        RETURN;     -- already 1.1's layout
    END IF;
    UPDATE pg_catalog.pg_extension SET extnamespace = 'pg_catalog'::pg_catalog.regnamespace
    WHERE oid OPERATOR(pg_catalog.=) ext;
    DELETE FROM pg_catalog.pg_depend
    WHERE classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass
      AND objid OPERATOR(pg_catalog.=) ext
      AND refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_namespace'::pg_catalog.regclass;
    INSERT INTO pg_catalog.pg_depend (classid, objid, objsubid, refclassid, refobjid, refobjsubid, deptype)
    VALUES ('pg_catalog.pg_namespace'::pg_catalog.regclass, 'parkdata'::pg_catalog.regnamespace, 0,
            'pg_catalog.pg_extension'::pg_catalog.regclass, ext, 0, 'e');
END
$$;

/*
 * 81-column-comments: comments corrected in 1.1 (issue 12), true to what the
 * columns hold.  When you change one of these comments in the install script
 * later, change it here too (or drop the line): later parts win.
 */
COMMENT ON COLUMN parkdata.indicator.unit IS
    'unit of value: a measure word (人, 家, 个), 元 for amounts in yuan (万元, 亿元 and 人民币 are normalised to 元 and the value multiplied out), another currency (美元), a physical unit (平方米, 吨), % (percent points), ‰, 百分点, 倍 or a time span; NULL where the text gives none';
COMMENT ON COLUMN parkdata.indicator.qualifier IS
    'how the value is bounded: approx (约, 近, 左右), more_than (超, 逾, 余), at_least (以上, 不少于), less_than (不到, 不足), at_most (以下, 不超过); NULL for an exact figure';
COMMENT ON COLUMN parkdata.indicator.kind IS
    'kind of figure: level (an amount or count), change (an increase or decrease in units: 新增, 减少), growth_rate (a rate of change: 增长8.5%, 增长2倍), share (a part of a whole: 占52%)';
COMMENT ON COLUMN parkdata.park.name IS
    'full official name of the park, e.g. 江苏省溧阳高新技术产业开发区';
COMMENT ON COLUMN parkdata.region_path.province IS 'province-level division of the region (the region itself for a province)';
COMMENT ON COLUMN parkdata.region_path.city IS 'prefecture-level city (or municipality) of the region; NULL for a province and for counties directly under a province';
COMMENT ON COLUMN parkdata.region_path.county IS 'the region itself if it is a county-level division, else NULL';
COMMENT ON COLUMN parkdata.region_path.province_code IS 'code of the province of the region';
COMMENT ON COLUMN parkdata.region_path.prefecture_code IS 'code of the prefecture of the region, if any';

/*
 * 88-shipped-derived: what the extension derives by code from the rows it
 * ships (the seed documents' search vectors and indicators) is derived again
 * here, after every other part has changed the segmenter, the extractor,
 * the gazetteer and the tables, so that an updated database holds the same
 * shipped data as a fresh install (suite 85-upgrade compares them).  The
 * user's documents are left as they are: recomputing them can take long, and
 * the README (Upgrading) tells when and how.
 */
UPDATE parkdata.document SET title = title WHERE builtin;
SELECT parkdata.reextract(d.doc_id) FROM parkdata.document d WHERE d.builtin ORDER BY d.doc_id;

/*
 * 89-view-comments (last part): view columns that pass a column on take its
 * comment, as at install (sql/parkdata_comments.sql).  Release 1.0 copied
 * them by hand, and several disagreed with the data (qualifier, kind, unit):
 * here the source's comment replaces whatever a plain-reference column has.
 */
CREATE FUNCTION parkdata.copy_view_comments(regnamespace, boolean) RETURNS integer
    AS 'MODULE_PATHNAME', 'pd_copy_view_comments'
    LANGUAGE C STRICT;
SELECT parkdata.copy_view_comments('parkdata'::pg_catalog.regnamespace, true);
DROP FUNCTION parkdata.copy_view_comments(regnamespace, boolean);
