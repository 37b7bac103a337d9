/* parkdata--1.0.sql: core objects (numerals) */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION parkdata" to load this file. \quit

-- The cores read UTF-8.  The script is read in the database's encoding
-- (no "encoding" in the control file), so in LATIN1 or SQL_ASCII this check
-- runs before any Chinese text is used and refuses clearly.
DO $$
BEGIN
    IF pg_catalog.getdatabaseencoding() OPERATOR(pg_catalog.<>) 'UTF8' THEN
        RAISE EXCEPTION 'parkdata requires a UTF8 database'
            USING ERRCODE = 'feature_not_supported',
                  DETAIL = pg_catalog.format('The database encoding is %s.', pg_catalog.getdatabaseencoding()),
                  HINT = 'Create the database with ENCODING ''UTF8''.';
    END IF;
END
$$;

/*
 * The extension creates and owns its schema, so that DROP EXTENSION parkdata
 * leaves nothing behind.  PostgreSQL cannot make the schema an extension lives
 * in a member of it, so parkdata lives in pg_catalog (parkdata.control, as
 * pg_cron does) and this script creates schema parkdata.  Here @extschema@
 * therefore means "parkdata": the Makefile writes the schema name in when it
 * builds the script (PostgreSQL would substitute pg_catalog).  A schema of
 * that name that already exists is not taken over: its owner could have
 * planted objects in it.
 */
DO $$
BEGIN
    IF pg_catalog.to_regnamespace('@extschema@') IS NOT NULL THEN
        RAISE EXCEPTION 'schema "@extschema@" already exists'
            USING ERRCODE = 'duplicate_schema',
                  DETAIL = 'CREATE EXTENSION parkdata creates the schema @extschema@ and owns it; it does not take over an existing schema.',
                  HINT = 'Move your objects out of schema @extschema@ and drop it (parkdata 1.0 left its schema behind after DROP EXTENSION: that one is empty).';
    END IF;
END
$$;
CREATE SCHEMA @extschema@;
COMMENT ON SCHEMA @extschema@ IS 'parkdata: Chinese regional-innovation text as data (numerals, metrics, full-text search, regions and parks)';

CREATE FUNCTION @extschema@.cn_numeral_to_numeric(text) RETURNS numeric
    AS 'MODULE_PATHNAME', 'pd_cn_numeral_to_numeric'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cn_numeral_to_numeric(text) IS
    'exact value of a Chinese, Arabic or mixed numeral (一万二, 16.7万, 百分之五十, 壹佰元整, 三分之一); raises 22P02 on anything else';

CREATE FUNCTION @extschema@.try_cn_numeral_to_numeric(text) RETURNS numeric
    AS 'MODULE_PATHNAME', 'pd_try_cn_numeral_to_numeric'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.try_cn_numeral_to_numeric(text) IS
    'like cn_numeral_to_numeric, but NULL instead of an error for text that is not a numeral (for cleaning columns of mixed text)';

CREATE FUNCTION @extschema@.numeric_to_cn(numeric, style text DEFAULT 'plain') RETURNS text
    AS 'MODULE_PATHNAME', 'pd_numeric_to_cn'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.numeric_to_cn(numeric, text) IS
    'a number written in Chinese: style plain (一万二千三百四十五), financial (壹万贰仟叁佰肆拾伍) or rmb (壹万贰仟叁佰肆拾伍元陆角柒分)';
