-- reliab (issue 13): document_id() in C, the same 63 bits of the body's MD5,
-- hashed in 1 MB steps with an interrupt check between them
CREATE OR REPLACE FUNCTION @extschema@.document_id(body text) RETURNS bigint
    AS 'MODULE_PATHNAME', 'pd_document_id'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.document_id(text) IS
    'the doc_id a document body gets: the first 63 bits of its MD5, so the same body always has the same id, on every node';
