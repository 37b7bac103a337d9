
-- extract_metrics (issue 10): the document's date as a second argument, and
-- the columns metric, status, period_start and period_end.  The result type
-- changes, so the function is dropped and created again; nothing in 1.0
-- depends on it (the trigger, ingest() and reextract() call it by name at
-- run time, which still resolves with the new default argument).  Numbered
-- 19, before the parts of the extraction plumbing (20-29), because the view
-- parkdata.extraction (part 21) depends on the new function.
DROP FUNCTION @extschema@.extract_metrics(text);
CREATE FUNCTION @extschema@.extract_metrics(doc text, published date DEFAULT NULL)
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
COMMENT ON FUNCTION @extschema@.extract_metrics(text, date) IS
    'every quantity in Chinese news text (Simplified or Traditional) as a row: exact value with scale words multiplied out, unit, raw text and its 1-based character position, qualifier (approx, more_than, at_least, less_than, at_most), indicator as written and its catalog code (metric), kind (level, change, growth_rate, share), status (actual, target, estimate), period as written with its first and last day and year, subject region or park (gazetteer canonical name and region code) and sentence; published, the document''s date, resolves 今年 and 去年 and dates figures where the text gives no year';
