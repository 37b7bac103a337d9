-- reliab (issue 13): search() refuses query texts of more than 16384 characters and
-- queries of more than 1024 tsquery nodes (54000)
CREATE OR REPLACE FUNCTION @extschema@.search(query text, max_rows integer DEFAULT 20)
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
