/* parkdata--1.1.sql: the indicator catalog (parkdata.metric) */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION parkdata" to load this file. \quit

/*
 * The canonical indicators extract_metrics assigns to figures (its metric
 * column), so that one indicator can be grouped across documents however
 * each words it.  The surface forms are rows of parkdata.lexicon with a
 * metric (the column is added below): one table, one per-backend cache for
 * everything the text layer must know.  A change here needs its upgrade
 * part in sql/update/ (the upgrade's shipped rows are generated from the
 * install's INSERTs: sql/update/shipped_rows.sh).  Shipped rows come from
 * scripts/metric_catalog.tsv (sql/parkdata_catalog_data.sql); users add
 * codes and synonyms with INSERT and apply them with parkdata.reextract().
 */
CREATE TABLE @extschema@.metric (
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
COMMENT ON TABLE @extschema@.metric IS
    'canonical indicators that bulletins, work reports and zone statistics report (地区生产总值, 高新技术企业 ...): extract_metrics gives each figure the code whose synonym (parkdata.lexicon rows with this metric) names what it measures, NULL where none does';
COMMENT ON COLUMN @extschema@.metric.code IS
    'identifier in lower snake_case (gdp, high_tech_enterprises), the value of extract_metrics.metric and indicator.metric';
COMMENT ON COLUMN @extschema@.metric.name IS
    'official Chinese name (地区生产总值, 高新技术企业)';
COMMENT ON COLUMN @extschema@.metric.unit_dimension IS
    'what a level of the indicator is measured in: money, money_per_person, money_per_area, percent, ratio, index, area, energy_intensity, count_enterprises, count_people, count_patents, count_patents_per_10k, count_platforms, count_projects, count_teams or other; a figure gets the code only if its unit fits (growth rates fit every indicator; shares and 百分点 changes only percent and ratio)';
COMMENT ON COLUMN @extschema@.metric.description IS
    'what the indicator measures, in English, with the wordings and caveats of the sources';
COMMENT ON COLUMN @extschema@.metric.builtin IS
    'true for rows shipped with the extension (not dumped by pg_dump); false for rows added by users';
GRANT SELECT ON @extschema@.metric TO PUBLIC;
SELECT pg_catalog.pg_extension_config_dump('@extschema@.metric', 'WHERE NOT builtin');

-- the lexicon's words that name an indicator
ALTER TABLE @extschema@.lexicon ADD COLUMN metric text REFERENCES @extschema@.metric (code);
COMMENT ON COLUMN @extschema@.lexicon.metric IS
    'the indicator (parkdata.metric code) the word names, if it is one of its surface forms (营业额 -> operating_revenue); extract_metrics gives a figure this code when the word is what the figure measures';

-- the lexicon cache holds the catalog: a change of an indicator's dimension
-- invalidates it like a change of the lexicon
CREATE TRIGGER metric_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.metric
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.lexicon_changed();
COMMENT ON TRIGGER metric_changed ON @extschema@.metric IS
    'invalidates the per-backend lexicon caches, which hold the indicator catalog';

CREATE FUNCTION @extschema@.indicator_metric(indicator text, unit text DEFAULT NULL,
                                             kind text DEFAULT 'level') RETURNS text
    AS 'MODULE_PATHNAME', 'pd_indicator_metric'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_metric(text, text, text) IS
    'the indicator catalog''s code for a figure whose indicator (as written), unit (元, 家, %, 百分点 ...; NULL: none) and kind (level, change, growth_rate, share) these are, as extract_metrics gives it; NULL where no synonym names the indicator or the unit does not fit: try a synonym before reextract()';
