/* parkdata--1.0--1.1.sql, part 30: gazetteer schema (Hong Kong, Macau, Taiwan; new park kinds) */

-- region: aliases (Traditional spellings, 中国香港, 台湾地区 ...), last column
ALTER TABLE @extschema@.region ADD COLUMN aliases text[] NOT NULL DEFAULT '{}';
COMMENT ON COLUMN @extschema@.region.aliases IS
    'other names seen in text, matched like name and short_name: Traditional spellings and common forms (香港特別行政區, 中国香港, 台湾地区)';
COMMENT ON TABLE @extschema@.region IS
    'administrative divisions of China (GB/T 2260, 2023 edition): mainland China''s 31 provinces, 333 prefectures and 2,842 counties, and Hong Kong, Macau and Taiwan as province-level regions';

-- park: two new kinds
ALTER TABLE @extschema@.park DROP CONSTRAINT park_kind_check;
ALTER TABLE @extschema@.park ADD CONSTRAINT park_kind_check CHECK (kind IN (
                    'national_hitech_zone', 'provincial_hitech_zone',
                    'economic_development_zone', 'innovation_demonstration_zone',
                    'free_trade_zone', 'industrial_park', 'industry_cluster',
                    'research_institute', 'innovation_platform', 'incubator',
                    'university', 'scenic_area', 'national_new_area',
                    'science_park', 'other'));
COMMENT ON TABLE @extschema@.park IS
    'high-tech zones, development zones, new areas, free trade zones, industrial and science parks, research institutes, innovation platforms and incubators: every national high-tech zone, national economic and technological development zone, national new area, pilot free trade zone and area, the science parks of Hong Kong and Taiwan, and every park the seed articles name';
COMMENT ON COLUMN @extschema@.park.kind IS
    'national_hitech_zone, provincial_hitech_zone, economic_development_zone, innovation_demonstration_zone, free_trade_zone (a pilot free trade zone or one of its areas), industrial_park, industry_cluster, research_institute, innovation_platform, incubator, university, scenic_area, national_new_area (国家级新区), science_park (Hong Kong, Taiwan) or other';
COMMENT ON COLUMN @extschema@.park.aliases IS
    'other names seen in text (江苏溧阳高新区, 上海自贸区, 新竹科學園區), matched like name and short_name';
COMMENT ON COLUMN @extschema@.park.region_code IS
    'the division the park is in (for national high-tech and development zones: the city the national lists give; for a zone spanning several cities: their province)';

-- place names: region aliases too
CREATE OR REPLACE FUNCTION @extschema@.refresh_place_names() RETURNS bigint
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
