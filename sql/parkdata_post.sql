/* parkdata--1.0.sql: install steps that need every other part (lexicon, seed indicators) */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION parkdata" to load this file. \quit

/*
 * 1. The segmenter's lexicon (parkdata.lexicon, sql/parkdata_tsearch.sql)
 *    learns every region and park name, so that 溧阳高新区 or
 *    天目湖先进储能技术研究院 stay one token: full names, short names and
 *    aliases of parks (source 'park'), full names, short names and aliases
 *    of regions (source 'region'), except short county names that are also
 *    ordinary words or name several divisions (region.short_name_ambiguous;
 *    see ../shared/gazetteer/README.md) and names with spaces (Hong Kong
 *    Science Park: the parser's words have none).  They are shipped rows
 *    (builtin).  An upgrade runs the same statement on the
 *    shipped rows (sql/update/shipped_rows.sh generates it from this one).
 * 2. The seeds' full-text vectors are recomputed with that lexicon.
 * 3. The seeds' indicators are extracted and linked (parkdata.reextract).
 */
INSERT INTO @extschema@.lexicon (word, source, builtin)
SELECT DISTINCT ON (w.word) w.word, w.source, true
FROM (SELECT p.name AS word, 'park' AS source, 1 AS rank FROM @extschema@.park p
      UNION ALL SELECT p.short_name, 'park', 1 FROM @extschema@.park p
      UNION ALL SELECT a.alias, 'park', 1 FROM @extschema@.park p
                CROSS JOIN LATERAL pg_catalog.unnest(p.aliases) AS a (alias)
      UNION ALL SELECT r.name, 'region', 2 FROM @extschema@.region r
      UNION ALL SELECT r.short_name, 'region', 2 FROM @extschema@.region r
                WHERE NOT r.short_name_ambiguous
      UNION ALL SELECT a.alias, 'region', 2 FROM @extschema@.region r
                CROSS JOIN LATERAL pg_catalog.unnest(r.aliases) AS a (alias)) w
WHERE w.word IS NOT NULL
  AND w.word OPERATOR(pg_catalog.!~) '\s'
  AND pg_catalog.char_length(w.word) OPERATOR(pg_catalog.>=) 2
  AND pg_catalog.char_length(w.word) OPERATOR(pg_catalog.<=) 64
ORDER BY w.word, w.rank
ON CONFLICT (word) DO NOTHING;

-- recompute the stored vectors of the seeds with the filled lexicon
UPDATE @extschema@.document SET title = title WHERE builtin;

SELECT @extschema@.reextract(NULL);
