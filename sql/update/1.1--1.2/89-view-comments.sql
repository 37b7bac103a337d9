
/*
 * 89-view-comments (last part): view columns that pass a column on take its
 * comment, as at install (sql/parkdata_comments.sql), so that a view made
 * again or a column comment changed by an earlier part reads as in a fresh
 * install.
 */
CREATE FUNCTION @extschema@.copy_view_comments(regnamespace, boolean) RETURNS integer
    AS 'MODULE_PATHNAME', 'pd_copy_view_comments'
    LANGUAGE C STRICT;
SELECT @extschema@.copy_view_comments('@extschema@'::pg_catalog.regnamespace, true);
DROP FUNCTION @extschema@.copy_view_comments(regnamespace, boolean);
