/* parkdata--1.0.sql: regions, parks, documents, indicators, ingestion, search, BI views */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION parkdata" to load this file. \quit

/*
 * Data model.  region, park (reference data, small, read everywhere) and
 * document, indicator (the data, large, both keyed by doc_id so that they can
 * be co-located when distributed; see "Scaling out" in the README).
 *
 * Rows shipped with the extension have builtin = true; rows users add have
 * builtin = false and are kept by pg_dump (pg_extension_config_dump below).
 */

-- ---------------------------------------------------------------------------
-- region
-- ---------------------------------------------------------------------------
CREATE TABLE @extschema@.region (
    code        text PRIMARY KEY CHECK (code OPERATOR(pg_catalog.~) '^[0-9]{6}$'),
    name        text NOT NULL,
    short_name  text,
    level       text NOT NULL CHECK (level IN ('province', 'prefecture', 'county')),
    parent_code text REFERENCES @extschema@.region (code),
    short_name_ambiguous boolean NOT NULL DEFAULT false,
    builtin     boolean NOT NULL DEFAULT false,
    -- added in 1.1, last so that a 1.0 database updated in place has the
    -- same column order
    aliases     text[] NOT NULL DEFAULT '{}',
    CHECK ((level OPERATOR(pg_catalog.=) 'province') OPERATOR(pg_catalog.=) (parent_code IS NULL))
);
COMMENT ON TABLE @extschema@.region IS
    'administrative divisions of China (GB/T 2260, 2023 edition): mainland China''s 31 provinces, 333 prefectures and 2,842 counties, and Hong Kong, Macau and Taiwan as province-level regions';
COMMENT ON COLUMN @extschema@.region.code IS
    'six-digit GB/T 2260 division code, e.g. 320481 for 溧阳市';
COMMENT ON COLUMN @extschema@.region.name IS
    'official full name, e.g. 溧阳市, 金坛区, 广西壮族自治区';
COMMENT ON COLUMN @extschema@.region.short_name IS
    'short form news uses (溧阳, 金坛, 广西): the name without its administrative suffix and nationality; NULL where that leaves less than two characters (城区)';
COMMENT ON COLUMN @extschema@.region.level IS
    'province, prefecture or county (county-level: counties, districts, county-level cities, banners)';
COMMENT ON COLUMN @extschema@.region.parent_code IS
    'code of the enclosing division; districts of the four municipalities and counties directly under a province point to the province; NULL for provinces';
COMMENT ON COLUMN @extschema@.region.short_name_ambiguous IS
    'true if the short name is also an ordinary word (合作, 资源, 比如) or names several divisions (朝阳, 鼓楼): accept it in text only with a suffix, a parent region nearby or a domain context';
COMMENT ON COLUMN @extschema@.region.builtin IS
    'true for rows shipped with the extension (not dumped by pg_dump); false for rows added by users';
COMMENT ON COLUMN @extschema@.region.aliases IS
    'other names seen in text, matched like name and short_name: Traditional spellings and common forms (香港特別行政區, 中国香港, 台湾地区)';
CREATE INDEX region_parent_code_idx ON @extschema@.region (parent_code);
CREATE INDEX region_name_idx ON @extschema@.region (name);
CREATE INDEX region_short_name_idx ON @extschema@.region (short_name);

-- ---------------------------------------------------------------------------
-- park
-- ---------------------------------------------------------------------------
CREATE FUNCTION @extschema@.park_id(name text) RETURNS bigint
    AS $$SELECT 100001 OPERATOR(pg_catalog.+)
                (('x' OPERATOR(pg_catalog.||) pg_catalog.left(pg_catalog.md5($1), 15))::pg_catalog.bit(60)::bigint)$$
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.park_id(text) IS
    'the park_id a park users add gets from its name: 100001 plus the first 60 bits of the name''s MD5, so every node computes the same id and no sequence is shared';

CREATE TABLE @extschema@.park (
    park_id     bigint PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    short_name  text,
    aliases     text[] NOT NULL DEFAULT '{}',
    kind        text NOT NULL CHECK (kind IN (
                    'national_hitech_zone', 'provincial_hitech_zone',
                    'economic_development_zone', 'innovation_demonstration_zone',
                    'free_trade_zone', 'industrial_park', 'industry_cluster',
                    'research_institute', 'innovation_platform', 'incubator',
                    'university', 'scenic_area', 'national_new_area',
                    'science_park', 'other')),
    level       text CHECK (level IN ('national', 'provincial', 'municipal')),
    region_code text REFERENCES @extschema@.region (code),
    approved_year integer CHECK (approved_year BETWEEN 1949 AND 2100),
    nbs_code    text CHECK (nbs_code OPERATOR(pg_catalog.~) '^[0-9]{6}$'),
    builtin     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE @extschema@.park IS
    'high-tech zones, development zones, new areas, free trade zones, industrial and science parks, research institutes, innovation platforms and incubators: every national high-tech zone, national economic and technological development zone, national new area, pilot free trade zone and area, the science parks of Hong Kong and Taiwan, and every park the seed articles name';
COMMENT ON COLUMN @extschema@.park.park_id IS
    'identifier; shipped rows use 1-100000; a row users add without one gets parkdata.park_id(name), above 100000 (kept if the park is renamed)';
COMMENT ON COLUMN @extschema@.park.name IS
    'full official name of the park, e.g. 江苏省溧阳高新技术产业开发区';
COMMENT ON COLUMN @extschema@.park.short_name IS
    'the form news uses most, e.g. 溧阳高新区';
COMMENT ON COLUMN @extschema@.park.aliases IS
    'other names seen in text (江苏溧阳高新区, 上海自贸区, 新竹科學園區), matched like name and short_name';
COMMENT ON COLUMN @extschema@.park.kind IS
    'national_hitech_zone, provincial_hitech_zone, economic_development_zone, innovation_demonstration_zone, free_trade_zone (a pilot free trade zone or one of its areas), industrial_park, industry_cluster, research_institute, innovation_platform, incubator, university, scenic_area, national_new_area (国家级新区), science_park (Hong Kong, Taiwan) or other';
COMMENT ON COLUMN @extschema@.park.level IS
    'approval level: national, provincial, municipal; NULL if unknown or not an approved zone';
COMMENT ON COLUMN @extschema@.park.region_code IS
    'the division the park is in (for national high-tech and development zones: the city the national lists give; for a zone spanning several cities: their province)';
COMMENT ON COLUMN @extschema@.park.approved_year IS
    'year of approval at its current level, where a source gives one';
COMMENT ON COLUMN @extschema@.park.nbs_code IS
    'National Bureau of Statistics code of the zone (x71-x80 codes), where one exists';
COMMENT ON COLUMN @extschema@.park.builtin IS
    'true for rows shipped with the extension (not dumped by pg_dump); false for rows added by users';
CREATE INDEX park_region_code_idx ON @extschema@.park (region_code);

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

-- ---------------------------------------------------------------------------
-- document
-- ---------------------------------------------------------------------------
CREATE FUNCTION @extschema@.document_id(body text) RETURNS bigint
    AS 'MODULE_PATHNAME', 'pd_document_id'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.document_id(text) IS
    'the doc_id a document body gets: the first 63 bits of its MD5, so the same body always has the same id, on every node';

CREATE TABLE @extschema@.document (
    doc_id      bigint PRIMARY KEY,
    title       text NOT NULL,
    published   date,
    source      text,
    source_file text,
    body        text NOT NULL,
    loaded_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    builtin     boolean NOT NULL DEFAULT false,
    CONSTRAINT document_id_from_body CHECK (doc_id OPERATOR(pg_catalog.=) @extschema@.document_id(body))
);
COMMENT ON TABLE @extschema@.document IS
    'news articles and reports; insert with parkdata.ingest() or in bulk with INSERT ... SELECT (indicators are extracted by a statement trigger)';
COMMENT ON COLUMN @extschema@.document.doc_id IS
    'parkdata.document_id(body): derived from the body, so loading the same text twice finds the existing row';
COMMENT ON COLUMN @extschema@.document.title IS
    'headline';
COMMENT ON COLUMN @extschema@.document.published IS
    'publication date as the text gives it; NULL if unknown';
COMMENT ON COLUMN @extschema@.document.source IS
    'publisher or website, e.g. 科技日报';
COMMENT ON COLUMN @extschema@.document.source_file IS
    'file the body was loaded from, if any (seeds/*.txt for the shipped documents)';
COMMENT ON COLUMN @extschema@.document.body IS
    'full text, stored exactly as given';
COMMENT ON COLUMN @extschema@.document.loaded_at IS
    'when the row was inserted';
COMMENT ON COLUMN @extschema@.document.builtin IS
    'true for the seed documents shipped with the extension (not dumped by pg_dump)';
CREATE INDEX document_published_idx ON @extschema@.document (published);

/*
 * The full-text column is generated with the parkdata.chinese configuration
 * (sql/parkdata_tsearch.sql), passed explicitly: a Citus worker never
 * inherits a session's default_text_search_config.
 */
ALTER TABLE @extschema@.document ADD COLUMN tsv tsvector GENERATED ALWAYS AS
    (pg_catalog.setweight(pg_catalog.to_tsvector('@extschema@.chinese'::regconfig, title), 'A')
     OPERATOR(pg_catalog.||) pg_catalog.to_tsvector('@extschema@.chinese'::regconfig, body)) STORED;
COMMENT ON COLUMN @extschema@.document.tsv IS
    'full-text vector of title (weight A) and body under the parkdata.chinese configuration (generated, stored; GIN-indexed)';
CREATE INDEX document_tsv_idx ON @extschema@.document USING gin (tsv);

-- ---------------------------------------------------------------------------
-- indicator
-- ---------------------------------------------------------------------------
CREATE TABLE @extschema@.indicator (
    doc_id      bigint NOT NULL REFERENCES @extschema@.document (doc_id) ON DELETE CASCADE,
    metric_no   integer NOT NULL,
    region_code text REFERENCES @extschema@.region (code),
    park_id     bigint REFERENCES @extschema@.park (park_id),
    subject     text,
    indicator   text,
    value       numeric,
    unit        text,
    raw         text,
    qualifier   text,
    kind        text NOT NULL,
    is_target   boolean,
    period      text,
    year        integer,
    sentence    text,
    start_pos   integer,
    builtin     boolean NOT NULL DEFAULT false,
    -- added in 1.1, last, as the update adds them
    metric      text REFERENCES @extschema@.metric (code),
    status      text NOT NULL,
    period_start date,
    period_end  date,
    PRIMARY KEY (doc_id, metric_no),
    CONSTRAINT indicator_qualifier_check CHECK (qualifier IN ('approx', 'more_than', 'at_least', 'less_than', 'at_most')),
    CONSTRAINT indicator_kind_check CHECK (kind IN ('level', 'change', 'growth_rate', 'share')),
    CONSTRAINT indicator_status_check CHECK (status IN ('actual', 'target', 'estimate')),
    CONSTRAINT indicator_is_target_check CHECK (is_target OPERATOR(pg_catalog.=) (status OPERATOR(pg_catalog.=) 'target')),
    CONSTRAINT indicator_period_check CHECK (period_start OPERATOR(pg_catalog.<=) period_end)
);
COMMENT ON TABLE @extschema@.indicator IS
    'one row per metric parkdata.extract_metrics finds in a document, linked to the region or park it is about; identified by (doc_id, metric_no); filled from parkdata.extraction';
COMMENT ON COLUMN @extschema@.indicator.doc_id IS
    'the document the metric was found in (deleting the document deletes its indicators)';
COMMENT ON COLUMN @extschema@.indicator.metric_no IS
    'ordinal of the metric within its document, from extract_metrics (with doc_id, the key)';
COMMENT ON COLUMN @extschema@.indicator.region_code IS
    'the division the metric is about: the subject''s region, or the region of the subject''s park; NULL if the subject was not recognised';
COMMENT ON COLUMN @extschema@.indicator.park_id IS
    'the park the metric is about, if the subject names one';
COMMENT ON COLUMN @extschema@.indicator.subject IS
    'the place or organisation the extractor says the metric is about, as written (我区 and 全区 already resolved)';
COMMENT ON COLUMN @extschema@.indicator.indicator IS
    'what is measured, as the text words it (人才资源总量, 營業額); metric is its catalog code';
COMMENT ON COLUMN @extschema@.indicator.value IS
    'exact value in the unit given (1030, 52, 46.3); Chinese numerals and 万/亿 already multiplied out';
COMMENT ON COLUMN @extschema@.indicator.unit IS
    'unit of value: a measure word (人, 家, 个), 元 for amounts in yuan (万元, 亿元 and 人民币 are normalised to 元 and the value multiplied out), another currency (美元), a physical unit (平方米, 吨), % (percent points), ‰, 百分点, 倍 or a time span; NULL where the text gives none';
COMMENT ON COLUMN @extschema@.indicator.raw IS
    'the text the value was read from, e.g. 16.7万人';
COMMENT ON COLUMN @extschema@.indicator.qualifier IS
    'how the value is bounded: approx (约, 近, 左右), more_than (超, 逾, 余), at_least (以上, 不少于), less_than (不到, 不足), at_most (以下, 不超过); NULL for an exact figure';
COMMENT ON COLUMN @extschema@.indicator.kind IS
    'kind of figure: level (an amount or count), change (an increase or decrease in units: 新增, 减少), growth_rate (a rate of change: 增长8.5%, 增长2倍), share (a part of a whole: 占52%)';
COMMENT ON COLUMN @extschema@.indicator.is_target IS
    'status = target: the figure is a goal or plan (力争, 到2023年) rather than an achieved or estimated value';
COMMENT ON COLUMN @extschema@.indicator.period IS
    'period the figure refers to as written (十三五, 截至11月, 今年以来)';
COMMENT ON COLUMN @extschema@.indicator.year IS
    'calendar year the figure refers to, where the text gives one';
COMMENT ON COLUMN @extschema@.indicator.sentence IS
    'the sentence the metric was found in';
COMMENT ON COLUMN @extschema@.indicator.start_pos IS
    'character position of the figure in the document body (as extract_metrics reports it)';
COMMENT ON COLUMN @extschema@.indicator.builtin IS
    'true for indicators of the shipped seed documents (not dumped by pg_dump)';
COMMENT ON COLUMN @extschema@.indicator.metric IS
    'the canonical indicator (parkdata.metric code: gdp, operating_revenue, high_tech_enterprises ...) whose synonym names what is measured; NULL where none does (never a guess)';
COMMENT ON COLUMN @extschema@.indicator.status IS
    'actual (an achieved value), target (a goal or plan: 力争, 目标, 到2025年), estimate (预计, 有望 about the current or just-ended period)';
COMMENT ON COLUMN @extschema@.indicator.period_start IS
    'first day the figure covers (2023-01-01 for 2023年, the stated day for a stock 截至9月末); NULL where the text and the document''s date give none';
COMMENT ON COLUMN @extschema@.indicator.period_end IS
    'last day the figure covers (2023-12-31 for 2023年, 2025-12-31 for “十四五”); NULL where the text and the document''s date give none';
CREATE INDEX indicator_region_code_idx ON @extschema@.indicator (region_code);
CREATE INDEX indicator_park_id_idx ON @extschema@.indicator (park_id);
CREATE INDEX indicator_indicator_idx ON @extschema@.indicator (indicator);
CREATE INDEX indicator_metric_idx ON @extschema@.indicator (metric);

-- ---------------------------------------------------------------------------
-- place names: every surface form of a region or park, resolved to one target
-- ---------------------------------------------------------------------------
CREATE TABLE @extschema@.place_name (
    surface     text PRIMARY KEY,
    region_code text,
    park_id     bigint,
    ambiguous   boolean NOT NULL
);
COMMENT ON TABLE @extschema@.place_name IS
    'every name, short name and alias of a park or region, resolved to the park and region it denotes (parks before regions, provinces before prefectures before counties, full names before short ones); region_code and park_id are NULL where the best match is ambiguous.  Derived from region and park, kept current by their triggers; not dumped';
COMMENT ON COLUMN @extschema@.place_name.surface IS 'the name as it may appear in text';
COMMENT ON COLUMN @extschema@.place_name.region_code IS 'the region it denotes (for a park: the park''s region); NULL if ambiguous';
COMMENT ON COLUMN @extschema@.place_name.park_id IS 'the park it denotes; NULL for regions and if ambiguous';
COMMENT ON COLUMN @extschema@.place_name.ambiguous IS 'true if several regions or parks share the name at its best rank';

CREATE FUNCTION @extschema@.refresh_place_names() RETURNS bigint
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    n bigint;
BEGIN
    -- one rebuild at a time: two at once (region's and park's triggers in a
    -- parallel pg_restore) would insert the same names twice
    LOCK TABLE @extschema@.place_name IN EXCLUSIVE MODE;
    DELETE FROM @extschema@.place_name;
    INSERT INTO @extschema@.place_name (surface, region_code, park_id, ambiguous)
    WITH form AS (
        SELECT p.name AS surface, p.region_code, p.park_id, 1 AS rank FROM @extschema@.park p
        UNION ALL
        SELECT p.short_name, p.region_code, p.park_id, 2 FROM @extschema@.park p
        WHERE p.short_name IS NOT NULL
        UNION ALL
        SELECT a.alias, p.region_code, p.park_id, 3
        FROM @extschema@.park p CROSS JOIN LATERAL pg_catalog.unnest(p.aliases) AS a (alias)
        UNION ALL
        SELECT r.name, r.code, NULL::bigint,
               CASE r.level WHEN 'province' THEN 4 WHEN 'prefecture' THEN 5 ELSE 6 END
        FROM @extschema@.region r
        UNION ALL
        SELECT r.short_name, r.code, NULL::bigint,
               CASE r.level WHEN 'province' THEN 7 WHEN 'prefecture' THEN 8 ELSE 9 END
        FROM @extschema@.region r
        WHERE r.short_name IS NOT NULL
        UNION ALL
        SELECT a.alias, r.code, NULL::bigint,
               CASE r.level WHEN 'province' THEN 7 WHEN 'prefecture' THEN 8 ELSE 9 END
        FROM @extschema@.region r CROSS JOIN LATERAL pg_catalog.unnest(r.aliases) AS a (alias)
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
COMMENT ON FUNCTION @extschema@.refresh_place_names() IS
    'rebuild parkdata.place_name from parkdata.region and parkdata.park (their triggers call it; call it yourself where those triggers are off, as on Citus); returns the number of names';
CREATE FUNCTION @extschema@.refresh_place_names_trigger() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    -- it runs as the extension owner: only for the two tables it is made for
    IF TG_RELID OPERATOR(pg_catalog.<>) ALL (ARRAY['@extschema@.region'::regclass,
                                                   '@extschema@.park'::regclass]::oid[])
       OR TG_LEVEL OPERATOR(pg_catalog.<>) 'STATEMENT' THEN
        RAISE EXCEPTION 'parkdata.refresh_place_names_trigger() runs only as the statement trigger of parkdata.region and parkdata.park'
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = pg_catalog.format('It fired for each %s on %s.', pg_catalog.lower(TG_LEVEL), TG_RELID::regclass);
    END IF;
    PERFORM @extschema@.refresh_place_names();
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.refresh_place_names_trigger() IS
    'statement trigger on parkdata.region and parkdata.park: calls parkdata.refresh_place_names() as the extension owner (so roles granted INSERT on region or park need no rights on place_name); refuses to run for any other table';
REVOKE ALL ON FUNCTION @extschema@.refresh_place_names_trigger() FROM PUBLIC;
CREATE TRIGGER region_place_names
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.region
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.refresh_place_names_trigger();
CREATE TRIGGER park_place_names
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.park
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.refresh_place_names_trigger();

-- ---------------------------------------------------------------------------
-- extraction: one definition, set-based (INSERT ... SELECT, co-located on doc_id)
-- ---------------------------------------------------------------------------
/*
 * parkdata.extraction is the one definition of how a document's
 * extract_metrics rows become indicator rows: its columns are
 * parkdata.indicator's, in the table's order, so every path that fills the
 * table is "INSERT INTO parkdata.indicator SELECT * FROM parkdata.extraction
 * WHERE ...": the statement trigger (bulk loads and ingest()), reextract(),
 * the install script, and the commands a user runs on Citus.  A view, not a
 * function, so that the planner (and Citus's, which sees the document and
 * place_name tables in the query) can push the doc_id condition down and run
 * the extraction on the shard that holds the document.  Every column the
 * table has is given: none falls back to a default (a volatile default would
 * pull a distributed INSERT ... SELECT to the coordinator).
 */
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

/*
 * The statement trigger extracts the indicators of all rows one INSERT adds,
 * in one INSERT ... SELECT: this is both ingest()'s path and the bulk path
 * (INSERT INTO parkdata.document ... SELECT ... FROM staging, COPY).  The
 * transition table gives the new ids; the planner looks each one up by
 * primary key (it knows the transition table's row count).
 */
CREATE FUNCTION @extschema@.document_extract_trigger() RETURNS trigger
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

CREATE FUNCTION @extschema@.document_id_trigger() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF NEW.doc_id IS NULL THEN
        NEW.doc_id := @extschema@.document_id(NEW.body);
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.document_id_trigger() IS
    'row trigger on parkdata.document: fills doc_id from the body when an INSERT leaves it out';

CREATE TRIGGER document_set_id
    BEFORE INSERT ON @extschema@.document
    FOR EACH ROW EXECUTE FUNCTION @extschema@.document_id_trigger();

CREATE TRIGGER document_extract_indicators
    AFTER INSERT ON @extschema@.document
    REFERENCING NEW TABLE AS new_documents
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.document_extract_trigger();

/*
 * ingest() inserts with an explicit doc_id, so it works where the triggers
 * are gone (Citus: parkdata.distribute() drops them); there it extracts the
 * document's indicators itself.  One document's extraction is a
 * materialized CTE: Citus runs it on the one shard that holds the document
 * and routes the rows back to it (an INSERT ... SELECT would be sent to
 * every shard, 32 tasks for one document: 0.4 s against 30 ms).
 */
CREATE FUNCTION @extschema@.ingest(title text, body text, published date DEFAULT NULL,
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

/*
 * reextract() deletes and inserts in two set-based statements, no temporary
 * table: it runs inside a two-phase commit (CREATE EXTENSION on a Citus
 * worker, any transaction Citus coordinates), and on Citus both statements
 * run on every shard at once.
 */
CREATE FUNCTION @extschema@.reextract(doc_id bigint DEFAULT NULL) RETURNS bigint
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

-- ---------------------------------------------------------------------------
-- stored vectors after lexicon changes, and after a restore
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
CREATE FUNCTION @extschema@.refresh_vectors() RETURNS bigint
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
          AND prs.prsnamespace OPERATOR(pg_catalog.=) '@extschema@'::pg_catalog.regnamespace
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
COMMENT ON FUNCTION @extschema@.refresh_vectors() IS
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
CREATE FUNCTION @extschema@.lexicon_restore_trigger() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    -- (pg_restore sends the COPY after comment lines: -- Data for Name: ...)
    IF pg_catalog.current_query() OPERATOR(pg_catalog.~*) '^(\s|--[^\n]*\n)*copy\s'
       AND EXISTS (SELECT 1 FROM new_words w WHERE NOT w.builtin) THEN
        PERFORM @extschema@.refresh_vectors();
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.lexicon_restore_trigger() IS
    'statement trigger on parkdata.lexicon: when user words arrive by COPY (a restore), rewrites the stored vectors (parkdata.refresh_vectors())';
CREATE TRIGGER lexicon_restore_refresh
    AFTER INSERT ON @extschema@.lexicon
    REFERENCING NEW TABLE AS new_words
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.lexicon_restore_trigger();

-- ---------------------------------------------------------------------------
-- search
-- ---------------------------------------------------------------------------
CREATE FUNCTION @extschema@.search(query text, max_rows integer DEFAULT 20)
    RETURNS TABLE (doc_id bigint, title text, published date, rank real, headline text)
    LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE ROWS 20
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    cfg CONSTANT regconfig := '@extschema@.chinese';
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
          FROM @extschema@.document d
          WHERE d.tsv OPERATOR(pg_catalog.@@) q
          ORDER BY rank DESC, d.published DESC NULLS LAST, d.doc_id
          LIMIT search.max_rows) t
    ORDER BY t.rank DESC, t.published DESC NULLS LAST, t.doc_id;
END
$$;
COMMENT ON FUNCTION @extschema@.search(text, integer) IS
    'full-text search of documents with the parkdata.chinese configuration (web-search syntax: words, "phrases", OR, -word); best first, with a highlighted headline';

-- ---------------------------------------------------------------------------
-- views for BI tools and psql
-- ---------------------------------------------------------------------------
/*
 * Column comments are written once: a view column that only passes a column
 * of a table (or of another view) on gets that column's comment at the end of
 * the install (sql/parkdata_comments.sql); only computed columns have their
 * own COMMENT here.  Suite 20-regress (model_comments) checks both.
 */
CREATE VIEW @extschema@.region_path AS
SELECT r.code AS region_code, r.name AS region, r.level,
       CASE r.level WHEN 'province' THEN r.name
                    WHEN 'prefecture' THEN r1.name
                    ELSE COALESCE(r2.name, r1.name) END AS province,
       CASE r.level WHEN 'prefecture' THEN r.name
                    WHEN 'county' THEN CASE WHEN r1.level OPERATOR(pg_catalog.=) 'prefecture' THEN r1.name
                                            WHEN r1.name OPERATOR(pg_catalog.~~) '%市' THEN r1.name END
                    ELSE CASE WHEN r.name OPERATOR(pg_catalog.~~) '%市' THEN r.name END END AS city,
       CASE WHEN r.level OPERATOR(pg_catalog.=) 'county' THEN r.name END AS county,
       CASE r.level WHEN 'province' THEN r.code
                    WHEN 'prefecture' THEN r1.code
                    ELSE COALESCE(r2.code, r1.code) END AS province_code,
       CASE r.level WHEN 'prefecture' THEN r.code
                    WHEN 'county' THEN CASE WHEN r1.level OPERATOR(pg_catalog.=) 'prefecture' THEN r1.code END
                    END AS prefecture_code
FROM @extschema@.region r
LEFT JOIN @extschema@.region r1 ON r1.code OPERATOR(pg_catalog.=) r.parent_code
LEFT JOIN @extschema@.region r2 ON r2.code OPERATOR(pg_catalog.=) r1.parent_code;
COMMENT ON VIEW @extschema@.region_path IS
    'each region with the names of its province, city and county (the four municipalities count as their own city)';
COMMENT ON COLUMN @extschema@.region_path.province IS 'province-level division of the region (the region itself for a province)';
COMMENT ON COLUMN @extschema@.region_path.city IS 'prefecture-level city (or municipality) of the region; NULL for a province and for counties directly under a province';
COMMENT ON COLUMN @extschema@.region_path.county IS 'the region itself if it is a county-level division, else NULL';
COMMENT ON COLUMN @extschema@.region_path.province_code IS 'code of the province of the region';
COMMENT ON COLUMN @extschema@.region_path.prefecture_code IS 'code of the prefecture of the region, if any';

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

CREATE VIEW @extschema@.park_summary AS
SELECT p.park_id,
       p.name AS park,
       p.short_name,
       p.kind AS park_kind,
       p.level AS park_level,
       p.approved_year,
       rp.province,
       rp.city,
       rp.county,
       p.region_code,
       COALESCE(s.documents, 0) AS documents,
       COALESCE(s.indicators, 0) AS indicators,
       s.first_published,
       s.last_published
FROM @extschema@.park p
LEFT JOIN @extschema@.region_path rp ON rp.region_code OPERATOR(pg_catalog.=) p.region_code
LEFT JOIN (SELECT i.park_id,
                  pg_catalog.count(DISTINCT i.doc_id) AS documents,
                  pg_catalog.count(*) AS indicators,
                  pg_catalog.min(d.published) AS first_published,
                  pg_catalog.max(d.published) AS last_published
           FROM @extschema@.indicator i
           JOIN @extschema@.document d ON d.doc_id OPERATOR(pg_catalog.=) i.doc_id
           WHERE i.park_id IS NOT NULL
           GROUP BY i.park_id) s ON s.park_id OPERATOR(pg_catalog.=) p.park_id;
COMMENT ON VIEW @extschema@.park_summary IS
    'one row per park with its place and how many documents and indicators are about it';
COMMENT ON COLUMN @extschema@.park_summary.documents IS 'number of documents with indicators about the park';
COMMENT ON COLUMN @extschema@.park_summary.indicators IS 'number of indicators about the park';
COMMENT ON COLUMN @extschema@.park_summary.first_published IS 'earliest publication date of those documents';
COMMENT ON COLUMN @extschema@.park_summary.last_published IS 'latest publication date of those documents';

CREATE VIEW @extschema@.region_summary AS
WITH link AS (
    -- every indicator counts for its region and for each enclosing region
    SELECT i.doc_id, up.code, up.direct
    FROM @extschema@.indicator i
    JOIN @extschema@.region r ON r.code OPERATOR(pg_catalog.=) i.region_code
    LEFT JOIN @extschema@.region r1 ON r1.code OPERATOR(pg_catalog.=) r.parent_code
    CROSS JOIN LATERAL (VALUES (r.code, true), (r1.code, false), (r1.parent_code, false)) AS up (code, direct)
    WHERE up.code IS NOT NULL
), agg AS (
    SELECT l.code,
           pg_catalog.count(*) FILTER (WHERE l.direct) AS indicators,
           pg_catalog.count(*) AS indicators_total,
           pg_catalog.count(DISTINCT l.doc_id) AS documents_total,
           pg_catalog.max(d.published) AS last_published
    FROM link l JOIN @extschema@.document d ON d.doc_id OPERATOR(pg_catalog.=) l.doc_id
    GROUP BY l.code
), parks AS (
    SELECT p.region_code, pg_catalog.count(*) AS parks
    FROM @extschema@.park p GROUP BY p.region_code
)
SELECT rp.region_code,
       rp.region,
       rp.level,
       rp.province,
       rp.city,
       rp.county,
       COALESCE(pk.parks, 0) AS parks,
       COALESCE(a.indicators, 0) AS indicators,
       COALESCE(a.indicators_total, 0) AS indicators_total,
       COALESCE(a.documents_total, 0) AS documents_total,
       a.last_published
FROM @extschema@.region_path rp
LEFT JOIN agg a ON a.code OPERATOR(pg_catalog.=) rp.region_code
LEFT JOIN parks pk ON pk.region_code OPERATOR(pg_catalog.=) rp.region_code;
COMMENT ON VIEW @extschema@.region_summary IS
    'one row per region: parks in it, indicators about it directly and including its sub-regions';
COMMENT ON COLUMN @extschema@.region_summary.parks IS 'number of parks located directly in this division';
COMMENT ON COLUMN @extschema@.region_summary.indicators IS 'indicators about this division itself (or its parks)';
COMMENT ON COLUMN @extschema@.region_summary.indicators_total IS 'indicators about this division or any division inside it';
COMMENT ON COLUMN @extschema@.region_summary.documents_total IS 'documents with indicators about this division or any division inside it';
COMMENT ON COLUMN @extschema@.region_summary.last_published IS 'latest publication date among those documents';

-- ---------------------------------------------------------------------------
-- privileges and dumps
-- ---------------------------------------------------------------------------
-- Reference data and documents are readable by everyone; writes belong to the
-- owner (grant INSERT on document and indicator to roles that should ingest).
GRANT SELECT ON @extschema@.region, @extschema@.park, @extschema@.document,
    @extschema@.indicator, @extschema@.place_name, @extschema@.extraction, @extschema@.region_path,
    @extschema@.indicator_facts, @extschema@.park_summary, @extschema@.region_summary
    TO PUBLIC;
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;

-- pg_dump keeps the rows users add and leaves the shipped ones to CREATE
-- EXTENSION, so a restore neither loses nor duplicates anything.
SELECT pg_catalog.pg_extension_config_dump('@extschema@.region', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.park', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.document', 'WHERE NOT builtin');
-- indicator is derived data and is not dumped: restoring a document fires
-- the extraction trigger, which derives its indicators again (run
-- parkdata.reextract() after a restore if parks were added by hand).
