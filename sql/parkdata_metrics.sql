-- parkdata--1.0.sql, part 3: extract_metrics (issue 4)

CREATE FUNCTION @extschema@.extract_metrics(doc text)
    RETURNS TABLE (
        metric_no    integer,
        value        numeric,
        unit         text,
        raw          text,
        start_pos    integer,
        qualifier    text,
        indicator    text,
        kind         text,
        is_target    boolean,
        period       text,
        year         integer,
        subject      text,
        sentence     text,
        subject_code text)
    AS 'MODULE_PATHNAME', 'pd_extract_metrics'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
    -- real work per document (about 0.4 ms for 750 bytes): with the default
    -- COST of 1 the planner never starts parallel workers for a full-table
    -- extract
    COST 10000
    ROWS 20;
COMMENT ON FUNCTION @extschema@.extract_metrics(text) IS
    'every quantity in Chinese news text as a row: exact value with scale words multiplied out, unit, raw text and its 1-based character position, qualifier (approx, more_than, at_least, less_than, at_most), indicator, kind (level, change, growth_rate, share), target flag, period and year, subject region or park (gazetteer canonical name and region code) and sentence';
