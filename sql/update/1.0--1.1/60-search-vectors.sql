
/*
 * 60-search-vectors (issue 14): 1.1's parser and dictionary index numbers
 * with their parts (2009年 -> 2009, 年; 16.7万元 -> 16.7万, 16.7, 167000,
 * 万元, 元), names before place and park suffixes (洞头区 -> 洞头, 园区 -> 园)
 * and a year with its 年度 (2021年度), so a query written with 1.1's tokens
 * may need lexemes that vectors computed by 1.0 lack.  The stored vectors
 * (generated column tsv) of the user's documents are recomputed here, after
 * every part that changes the lexicon (part 88 recomputes the shipped ones).  Indexes and stored vectors of your own built on
 * parkdata.chinese are listed in a NOTICE: REINDEX them (and recompute
 * stored tsvector columns) after the update.
 */
UPDATE @extschema@.document SET title = title WHERE NOT builtin;   -- part 88 recomputes the shipped ones

DO $$
DECLARE
    stale text;
BEGIN
    SELECT pg_catalog.string_agg(pg_catalog.format('%s', i.indexrelid::pg_catalog.regclass), ', ')
    INTO stale
    FROM pg_catalog.pg_index i
    WHERE pg_catalog.pg_get_indexdef(i.indexrelid) OPERATOR(pg_catalog.~) 'parkdata\.chinese'
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
                        AND d.objid OPERATOR(pg_catalog.=) i.indrelid
                        AND d.deptype OPERATOR(pg_catalog.=) 'e');
    IF stale IS NOT NULL THEN
        RAISE NOTICE 'parkdata 1.1 tokenizes numbers and place names differently: REINDEX these indexes built on parkdata.chinese: %', stale;
    END IF;
END
$$;
