/* parkdata--1.1.sql: last part: view columns take the comments of the columns they pass on */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION parkdata" to load this file. \quit

/*
 * A column's comment is written once, where the column is defined.  A view
 * column that is a plain reference to a table's (or another view's) column
 * gets that column's comment here, unless it has one of its own; suite
 * 20-regress (model_comments) fails if such a column's comment differs from
 * its source's, or if any column has none.  The function is the script's
 * tool, not part of the extension: it is dropped again.
 */
CREATE FUNCTION @extschema@.copy_view_comments(regnamespace, boolean) RETURNS integer
    AS 'MODULE_PATHNAME', 'pd_copy_view_comments'
    LANGUAGE C STRICT;
SELECT @extschema@.copy_view_comments('@extschema@'::pg_catalog.regnamespace, false);
DROP FUNCTION @extschema@.copy_view_comments(regnamespace, boolean);
