
-- ---------------------------------------------------------------------------
-- 20-keys (issue 11): keys any node computes
-- ---------------------------------------------------------------------------
/*
 * indicator is keyed by (doc_id, metric_no): indicator_id, a volatile
 * identity default, made a distributed INSERT ... SELECT run on the
 * coordinator.  indicator_facts showed it; it shows metric_no instead.
 * Users' indicator rows are kept (only the column goes).
 */
DROP VIEW @extschema@.indicator_facts;
ALTER TABLE @extschema@.indicator DROP CONSTRAINT indicator_pkey;
ALTER TABLE @extschema@.indicator DROP COLUMN indicator_id;
ALTER TABLE @extschema@.indicator DROP CONSTRAINT indicator_doc_id_metric_no_key;
ALTER TABLE @extschema@.indicator ADD PRIMARY KEY (doc_id, metric_no);
COMMENT ON TABLE @extschema@.indicator IS
    'one row per metric parkdata.extract_metrics finds in a document, linked to the region or park it is about; identified by (doc_id, metric_no); filled from parkdata.extraction';
COMMENT ON COLUMN @extschema@.indicator.metric_no IS
    'ordinal of the metric within its document, from extract_metrics (with doc_id, the key)';

CREATE VIEW @extschema@.indicator_facts AS
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
FROM @extschema@.indicator i
JOIN @extschema@.document d ON d.doc_id OPERATOR(pg_catalog.=) i.doc_id
LEFT JOIN @extschema@.region_path rp ON rp.region_code OPERATOR(pg_catalog.=) i.region_code
LEFT JOIN @extschema@.park p ON p.park_id OPERATOR(pg_catalog.=) i.park_id;
COMMENT ON VIEW @extschema@.indicator_facts IS
    'one row per extracted indicator with its document, place (province, city, county, park) and value: the fact table for BI tools';
COMMENT ON COLUMN @extschema@.indicator_facts.doc_id IS 'document identifier';
COMMENT ON COLUMN @extschema@.indicator_facts.metric_no IS 'ordinal of the indicator within its document (with doc_id, the key)';
COMMENT ON COLUMN @extschema@.indicator_facts.published IS 'publication date of the document';
COMMENT ON COLUMN @extschema@.indicator_facts.document_title IS 'headline of the document';
COMMENT ON COLUMN @extschema@.indicator_facts.document_source IS 'publisher of the document';
COMMENT ON COLUMN @extschema@.indicator_facts.province IS 'province-level division the indicator is about';
COMMENT ON COLUMN @extschema@.indicator_facts.city IS 'prefecture-level city the indicator is about';
COMMENT ON COLUMN @extschema@.indicator_facts.county IS 'county-level division the indicator is about';
COMMENT ON COLUMN @extschema@.indicator_facts.region_code IS 'six-digit code of the most specific division';
COMMENT ON COLUMN @extschema@.indicator_facts.park IS 'full name of the park the indicator is about, if any';
COMMENT ON COLUMN @extschema@.indicator_facts.park_kind IS 'kind of that park (national_hitech_zone, research_institute, ...)';
COMMENT ON COLUMN @extschema@.indicator_facts.indicator IS 'what is measured (人才资源总量, 硕士以上学历, ...)';
COMMENT ON COLUMN @extschema@.indicator_facts.value IS 'exact value in the unit given';
COMMENT ON COLUMN @extschema@.indicator_facts.unit IS 'unit of the value (人, 个, %, 亿元, ...)';
COMMENT ON COLUMN @extschema@.indicator_facts.qualifier IS 'qualifier of the value (超, 近, 以上, ...)';
COMMENT ON COLUMN @extschema@.indicator_facts.kind IS 'kind of figure (level, growth, share, ...)';
COMMENT ON COLUMN @extschema@.indicator_facts.is_target IS 'true for goals and plans, false for achieved values';
COMMENT ON COLUMN @extschema@.indicator_facts.period IS 'period the figure refers to, as written';
COMMENT ON COLUMN @extschema@.indicator_facts.year IS 'calendar year the figure refers to';
COMMENT ON COLUMN @extschema@.indicator_facts.subject IS 'the place or organisation as the text names it';
COMMENT ON COLUMN @extschema@.indicator_facts.raw_text IS 'the text the value was read from';
COMMENT ON COLUMN @extschema@.indicator_facts.sentence IS 'the sentence the indicator was found in';
GRANT SELECT ON @extschema@.indicator_facts TO PUBLIC;

/*
 * park ids users add come from the name (parkdata.park_id), not from a
 * sequence each node would count on its own.  Parks added under 1.0 keep
 * their ids; the identity's sequence goes.
 */
CREATE FUNCTION @extschema@.park_id(name text) RETURNS bigint
    AS $$SELECT 100001 OPERATOR(pg_catalog.+)
                (('x' OPERATOR(pg_catalog.||) pg_catalog.left(pg_catalog.md5($1), 15))::pg_catalog.bit(60)::bigint)$$
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.park_id(text) IS
    'the park_id a park users add gets from its name: 100001 plus the first 60 bits of the name''s MD5, so every node computes the same id and no sequence is shared';

-- (out of the extension first, which also takes it off the list of tables
-- pg_dump dumps)
ALTER EXTENSION parkdata DROP SEQUENCE @extschema@.park_park_id_seq;
ALTER TABLE @extschema@.park ALTER COLUMN park_id DROP IDENTITY;
COMMENT ON COLUMN @extschema@.park.park_id IS
    'identifier; shipped rows use 1-100000; a row users add without one gets parkdata.park_id(name), above 100000 (kept if the park is renamed)';
CREATE FUNCTION @extschema@.park_id_trigger() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF NEW.park_id IS NULL THEN
        NEW.park_id := @extschema@.park_id(NEW.name);
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.park_id_trigger() IS
    'row trigger on parkdata.park: fills park_id from the name when an INSERT leaves it out';
CREATE TRIGGER park_set_id
    BEFORE INSERT ON @extschema@.park
    FOR EACH ROW EXECUTE FUNCTION @extschema@.park_id_trigger();
