/* parkdata--1.0--1.1.sql, part 33: the indicator catalog (parkdata.metric, lexicon.metric) */

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

ALTER TABLE @extschema@.lexicon ADD COLUMN metric text REFERENCES @extschema@.metric (code);
COMMENT ON COLUMN @extschema@.lexicon.metric IS
    'the indicator (parkdata.metric code) the word names, if it is one of its surface forms (营业额 -> operating_revenue); extract_metrics gives a figure this code when the word is what the figure measures';
