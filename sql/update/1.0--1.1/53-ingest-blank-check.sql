-- reliab (issue 13): ingest() no longer trims the whole body before its first
-- interrupt check (citus: when you redefine ingest() in your part, drop this file)
CREATE OR REPLACE FUNCTION @extschema@.ingest(title text, body text, published date DEFAULT NULL,
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
    IF NOT FOUND THEN
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
