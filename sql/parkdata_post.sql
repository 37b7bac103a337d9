/* parkdata--1.0.sql: install steps that need every other part (lexicon, seed indicators) */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION parkdata" to load this file. \quit

/*
 * 1. The segmenter's lexicon (parkdata.lexicon, issue 3) learns every region
 *    and park name, so that 溧阳高新区 or 天目湖先进储能技术研究院 stay one
 *    token: full names, short names and aliases of parks, full names and
 *    short names of regions, except short county names that are also
 *    ordinary words or name several divisions (region.short_name_ambiguous;
 *    see ../shared/gazetteer/README.md).  Entries are marked with source
 *    'gazetteer' and are shipped data.
 * 2. The seeds' full-text vectors are recomputed with that lexicon.
 * 3. The seeds' indicators are extracted and linked (parkdata.reextract).
 *
 * GUARD: parkdata.lexicon and parkdata.extract_metrics come from
 * sql/parkdata_tsearch.sql and sql/parkdata_metrics.sql (issues 3 and 4); on
 * a branch without them the corresponding step is skipped.  In the merged
 * extension both exist and every step runs.
 */
DO $post$
BEGIN
    IF pg_catalog.to_regclass('@extschema@.lexicon') IS NOT NULL THEN
        INSERT INTO @extschema@.lexicon (word, source)
        SELECT DISTINCT w.word, 'gazetteer'
        FROM (SELECT p.name AS word FROM @extschema@.park p
              UNION ALL SELECT p.short_name FROM @extschema@.park p
              UNION ALL SELECT a.alias FROM @extschema@.park p
                        CROSS JOIN LATERAL pg_catalog.unnest(p.aliases) AS a (alias)
              UNION ALL SELECT r.name FROM @extschema@.region r
              UNION ALL SELECT r.short_name FROM @extschema@.region r
                        WHERE NOT r.short_name_ambiguous) w
        WHERE w.word IS NOT NULL
          AND pg_catalog.char_length(w.word) OPERATOR(pg_catalog.>=) 2
        ON CONFLICT (word) DO NOTHING;
        -- recompute the stored vectors of the seeds with the filled lexicon
        UPDATE @extschema@.document SET title = title WHERE builtin;
    END IF;

    IF pg_catalog.to_regprocedure('@extschema@.extract_metrics(text)') IS NOT NULL THEN
        PERFORM @extschema@.reextract(NULL);
    END IF;
END
$post$;
