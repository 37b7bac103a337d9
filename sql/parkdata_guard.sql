/* parkdata--1.1.sql: privilege guards (the builtin column) */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION parkdata" to load this file. \quit

/*
 * builtin = true marks the rows shipped with the extension; pg_dump keeps
 * only the rows WHERE NOT builtin.  Roles granted INSERT (a loader) must not
 * be able to write builtin = true, or change builtin on any row: their rows
 * would be left out of dumps, or shipped rows dumped and restored twice.
 * Row triggers with WHEN clauses, so that ordinary rows (builtin = false)
 * never call a function.  Every table of the extension with a builtin
 * column has them (suite 84-security checks that).
 */
CREATE FUNCTION @extschema@.builtin_guard_trigger() RETURNS trigger
    AS 'MODULE_PATHNAME', 'pd_builtin_guard'
    LANGUAGE C;
COMMENT ON FUNCTION @extschema@.builtin_guard_trigger() IS
    'row trigger: refuses builtin = true on INSERT and any change of builtin on UPDATE unless the extension''s own install or update script is running';
REVOKE ALL ON FUNCTION @extschema@.builtin_guard_trigger() FROM PUBLIC;

CREATE TRIGGER region_builtin_insert BEFORE INSERT ON @extschema@.region
    FOR EACH ROW WHEN (NEW.builtin) EXECUTE FUNCTION @extschema@.builtin_guard_trigger();
CREATE TRIGGER region_builtin_update BEFORE UPDATE ON @extschema@.region
    FOR EACH ROW WHEN (OLD.builtin IS DISTINCT FROM NEW.builtin) EXECUTE FUNCTION @extschema@.builtin_guard_trigger();
CREATE TRIGGER park_builtin_insert BEFORE INSERT ON @extschema@.park
    FOR EACH ROW WHEN (NEW.builtin) EXECUTE FUNCTION @extschema@.builtin_guard_trigger();
CREATE TRIGGER park_builtin_update BEFORE UPDATE ON @extschema@.park
    FOR EACH ROW WHEN (OLD.builtin IS DISTINCT FROM NEW.builtin) EXECUTE FUNCTION @extschema@.builtin_guard_trigger();
CREATE TRIGGER document_builtin_insert BEFORE INSERT ON @extschema@.document
    FOR EACH ROW WHEN (NEW.builtin) EXECUTE FUNCTION @extschema@.builtin_guard_trigger();
CREATE TRIGGER document_builtin_update BEFORE UPDATE ON @extschema@.document
    FOR EACH ROW WHEN (OLD.builtin IS DISTINCT FROM NEW.builtin) EXECUTE FUNCTION @extschema@.builtin_guard_trigger();
CREATE TRIGGER lexicon_builtin_insert BEFORE INSERT ON @extschema@.lexicon
    FOR EACH ROW WHEN (NEW.builtin) EXECUTE FUNCTION @extschema@.builtin_guard_trigger();
CREATE TRIGGER lexicon_builtin_update BEFORE UPDATE ON @extschema@.lexicon
    FOR EACH ROW WHEN (OLD.builtin IS DISTINCT FROM NEW.builtin) EXECUTE FUNCTION @extschema@.builtin_guard_trigger();
CREATE TRIGGER metric_builtin_insert BEFORE INSERT ON @extschema@.metric
    FOR EACH ROW WHEN (NEW.builtin) EXECUTE FUNCTION @extschema@.builtin_guard_trigger();
CREATE TRIGGER metric_builtin_update BEFORE UPDATE ON @extschema@.metric
    FOR EACH ROW WHEN (OLD.builtin IS DISTINCT FROM NEW.builtin) EXECUTE FUNCTION @extschema@.builtin_guard_trigger();

/*
 * indicator is derived: its builtin is its document's (the extraction copies
 * it, in reextract() too, whoever calls it), and it is never dumped.  A row
 * may say builtin = true only for a shipped document.
 */
CREATE FUNCTION @extschema@.indicator_builtin_trigger() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM @extschema@.document d
                   WHERE d.doc_id OPERATOR(pg_catalog.=) NEW.doc_id AND d.builtin) THEN
        RAISE EXCEPTION 'an indicator of a document users added cannot have builtin = true'
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = pg_catalog.format('Document %s is not one of the documents shipped with parkdata.', NEW.doc_id);
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.indicator_builtin_trigger() IS
    'row trigger on parkdata.indicator: builtin = true only for indicators of a shipped document';
REVOKE ALL ON FUNCTION @extschema@.indicator_builtin_trigger() FROM PUBLIC;
CREATE TRIGGER indicator_builtin BEFORE INSERT OR UPDATE ON @extschema@.indicator
    FOR EACH ROW WHEN (NEW.builtin) EXECUTE FUNCTION @extschema@.indicator_builtin_trigger();
