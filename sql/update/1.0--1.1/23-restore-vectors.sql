
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
