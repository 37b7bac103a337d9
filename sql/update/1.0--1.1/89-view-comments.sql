
/*
 * 89-view-comments (last part): view columns that pass a column on take its
 * comment, as at install (sql/parkdata_comments.sql).  Release 1.0 copied
 * them by hand, and several disagreed with the data (qualifier, kind, unit):
 * here the source's comment replaces whatever a plain-reference column has.
 */
CREATE FUNCTION @extschema@.copy_view_comments(regnamespace, boolean) RETURNS integer
    AS 'MODULE_PATHNAME', 'pd_copy_view_comments'
    LANGUAGE C STRICT;
SELECT @extschema@.copy_view_comments('@extschema@'::pg_catalog.regnamespace, true);
DROP FUNCTION @extschema@.copy_view_comments(regnamespace, boolean);
