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
DROP VIEW @extschema@.indicator_facts;
DROP VIEW @extschema@.extraction;

ALTER TABLE @extschema@.indicator RENAME COLUMN name TO indicator;
ALTER INDEX @extschema@.indicator_name_idx RENAME TO indicator_indicator_idx;
ALTER TABLE @extschema@.indicator
    ADD COLUMN metric text REFERENCES @extschema@.metric (code),
    ADD COLUMN status text,
    ADD COLUMN period_start date,
    ADD COLUMN period_end date;
UPDATE @extschema@.indicator
SET status = CASE WHEN is_target THEN 'target' ELSE 'actual' END;
ALTER TABLE @extschema@.indicator
    ALTER COLUMN status SET NOT NULL,
    ALTER COLUMN kind SET NOT NULL,
    ADD CONSTRAINT indicator_qualifier_check CHECK (qualifier IN ('approx', 'more_than', 'at_least', 'less_than', 'at_most')),
    ADD CONSTRAINT indicator_kind_check CHECK (kind IN ('level', 'change', 'growth_rate', 'share')),
    ADD CONSTRAINT indicator_status_check CHECK (status IN ('actual', 'target', 'estimate')),
    ADD CONSTRAINT indicator_is_target_check CHECK (is_target OPERATOR(pg_catalog.=) (status OPERATOR(pg_catalog.=) 'target')),
    ADD CONSTRAINT indicator_period_check CHECK (period_start OPERATOR(pg_catalog.<=) period_end);
CREATE INDEX indicator_metric_idx ON @extschema@.indicator (metric);
COMMENT ON COLUMN @extschema@.indicator.indicator IS
    'what is measured, as the text words it (人才资源总量, 營業額); metric is its catalog code';
COMMENT ON COLUMN @extschema@.indicator.is_target IS
    'status = target: the figure is a goal or plan (力争, 到2023年) rather than an achieved or estimated value';
COMMENT ON COLUMN @extschema@.indicator.metric IS
    'the canonical indicator (parkdata.metric code: gdp, operating_revenue, high_tech_enterprises ...) whose synonym names what is measured; NULL where none does (never a guess)';
COMMENT ON COLUMN @extschema@.indicator.status IS
    'actual (an achieved value), target (a goal or plan: 力争, 目标, 到2025年), estimate (预计, 有望 about the current or just-ended period)';
COMMENT ON COLUMN @extschema@.indicator.period_start IS
    'first day the figure covers (2023-01-01 for 2023年, the stated day for a stock 截至9月末); NULL where the text and the document''s date give none';
COMMENT ON COLUMN @extschema@.indicator.period_end IS
    'last day the figure covers (2023-12-31 for 2023年, 2025-12-31 for “十四五”); NULL where the text and the document''s date give none';

CREATE VIEW @extschema@.extraction AS
SELECT d.doc_id, m.metric_no, pl.region_code, pl.park_id, m.subject, m.indicator,
       m.value, m.unit, m.raw, m.qualifier, m.kind, m.is_target, m.period, m.year,
       m.sentence, m.start_pos, d.builtin, m.metric, m.status, m.period_start, m.period_end
FROM @extschema@.document d
CROSS JOIN LATERAL @extschema@.extract_metrics(d.body, d.published) m
LEFT JOIN @extschema@.place_name pl ON pl.surface OPERATOR(pg_catalog.=) m.subject;
COMMENT ON VIEW @extschema@.extraction IS
    'the indicator rows extraction gives now for every stored document (extract_metrics linked to place_name), in parkdata.indicator''s columns: INSERT INTO parkdata.indicator SELECT * FROM parkdata.extraction WHERE ... is how every path fills the table';
-- the columns extract_metrics gives, with parkdata.indicator's comments (suite
-- 20-regress, model_catalog, checks they agree; the others take their source's
-- comment at the end of the install, sql/parkdata_comments.sql)
COMMENT ON COLUMN @extschema@.extraction.metric_no IS
    'ordinal of the metric within its document, from extract_metrics (with doc_id, the key)';
COMMENT ON COLUMN @extschema@.extraction.subject IS
    'the place or organisation the extractor says the metric is about, as written (我区 and 全区 already resolved)';
COMMENT ON COLUMN @extschema@.extraction.indicator IS
    'what is measured, as the text words it (人才资源总量, 營業額); metric is its catalog code';
COMMENT ON COLUMN @extschema@.extraction.value IS
    'exact value in the unit given (1030, 52, 46.3); Chinese numerals and 万/亿 already multiplied out';
COMMENT ON COLUMN @extschema@.extraction.unit IS
    'unit of value: a measure word (人, 家, 个), 元 for amounts in yuan (万元, 亿元 and 人民币 are normalised to 元 and the value multiplied out), another currency (美元), a physical unit (平方米, 吨), % (percent points), ‰, 百分点, 倍 or a time span; NULL where the text gives none';
COMMENT ON COLUMN @extschema@.extraction.raw IS
    'the text the value was read from, e.g. 16.7万人';
COMMENT ON COLUMN @extschema@.extraction.qualifier IS
    'how the value is bounded: approx (约, 近, 左右), more_than (超, 逾, 余), at_least (以上, 不少于), less_than (不到, 不足), at_most (以下, 不超过); NULL for an exact figure';
COMMENT ON COLUMN @extschema@.extraction.kind IS
    'kind of figure: level (an amount or count), change (an increase or decrease in units: 新增, 减少), growth_rate (a rate of change: 增长8.5%, 增长2倍), share (a part of a whole: 占52%)';
COMMENT ON COLUMN @extschema@.extraction.is_target IS
    'status = target: the figure is a goal or plan (力争, 到2023年) rather than an achieved or estimated value';
COMMENT ON COLUMN @extschema@.extraction.period IS
    'period the figure refers to as written (十三五, 截至11月, 今年以来)';
COMMENT ON COLUMN @extschema@.extraction.year IS
    'calendar year the figure refers to, where the text gives one';
COMMENT ON COLUMN @extschema@.extraction.sentence IS
    'the sentence the metric was found in';
COMMENT ON COLUMN @extschema@.extraction.start_pos IS
    'character position of the figure in the document body (as extract_metrics reports it)';
COMMENT ON COLUMN @extschema@.extraction.metric IS
    'the canonical indicator (parkdata.metric code: gdp, operating_revenue, high_tech_enterprises ...) whose synonym names what is measured; NULL where none does (never a guess)';
COMMENT ON COLUMN @extschema@.extraction.status IS
    'actual (an achieved value), target (a goal or plan: 力争, 目标, 到2025年), estimate (预计, 有望 about the current or just-ended period)';
COMMENT ON COLUMN @extschema@.extraction.period_start IS
    'first day the figure covers (2023-01-01 for 2023年, the stated day for a stock 截至9月末); NULL where the text and the document''s date give none';
COMMENT ON COLUMN @extschema@.extraction.period_end IS
    'last day the figure covers (2023-12-31 for 2023年, 2025-12-31 for “十四五”); NULL where the text and the document''s date give none';

GRANT SELECT ON @extschema@.extraction TO PUBLIC;

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
FROM @extschema@.indicator i
JOIN @extschema@.document d ON d.doc_id OPERATOR(pg_catalog.=) i.doc_id
LEFT JOIN @extschema@.region_path rp ON rp.region_code OPERATOR(pg_catalog.=) i.region_code
LEFT JOIN @extschema@.park p ON p.park_id OPERATOR(pg_catalog.=) i.park_id
LEFT JOIN @extschema@.metric m ON m.code OPERATOR(pg_catalog.=) i.metric;
COMMENT ON VIEW @extschema@.indicator_facts IS
    'one row per extracted indicator with its document, place (province, city, county, park) and value: the fact table for BI tools';
GRANT SELECT ON @extschema@.indicator_facts TO PUBLIC;
