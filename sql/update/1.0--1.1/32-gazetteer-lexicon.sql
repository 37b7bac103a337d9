/* parkdata--1.0--1.1.sql, part 32: the segmenter's lexicon learns the names part 31 added */

-- The statement of sql/parkdata_post.sql, on the shipped rows only (a
-- user's park is the user's to add).  A shipped word 1.0 had under another
-- source takes the source a fresh install gives it (浦东新区 was a region's
-- name in 1.0 and is a park's short name first in 1.1).
INSERT INTO @extschema@.lexicon AS l (word, source, builtin)
SELECT DISTINCT ON (w.word) w.word, w.source, true
FROM (SELECT p.name AS word, 'park' AS source, 1 AS rank FROM @extschema@.park p WHERE p.builtin
      UNION ALL SELECT p.short_name, 'park', 1 FROM @extschema@.park p WHERE p.builtin
      UNION ALL SELECT a.alias, 'park', 1 FROM @extschema@.park p
                CROSS JOIN LATERAL pg_catalog.unnest(p.aliases) AS a (alias) WHERE p.builtin
      UNION ALL SELECT r.name, 'region', 2 FROM @extschema@.region r WHERE r.builtin
      UNION ALL SELECT r.short_name, 'region', 2 FROM @extschema@.region r
                WHERE NOT r.short_name_ambiguous AND r.builtin
      UNION ALL SELECT a.alias, 'region', 2 FROM @extschema@.region r
                CROSS JOIN LATERAL pg_catalog.unnest(r.aliases) AS a (alias) WHERE r.builtin) w
WHERE w.word IS NOT NULL
  AND w.word OPERATOR(pg_catalog.!~) '\s'
  AND pg_catalog.char_length(w.word) OPERATOR(pg_catalog.>=) 2
  AND pg_catalog.char_length(w.word) OPERATOR(pg_catalog.<=) 64
ORDER BY w.word, w.rank
ON CONFLICT (word) DO UPDATE SET source = excluded.source
    WHERE l.builtin AND l.source IN ('park', 'region')
      AND l.source OPERATOR(pg_catalog.<>) excluded.source;

-- the shipped documents' stored vectors, as a fresh install computes them
UPDATE @extschema@.document SET title = title WHERE builtin;
