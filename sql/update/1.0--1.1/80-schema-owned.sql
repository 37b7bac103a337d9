
/*
 * 80-schema-owned: the extension owns schema parkdata (issue 12), so that
 * DROP EXTENSION parkdata leaves nothing behind.  Release 1.0 lived in that
 * schema (control file: schema = parkdata), and PostgreSQL will neither add
 * the schema an extension lives in to the extension nor move a
 * non-relocatable extension; 1.1 lives in pg_catalog and creates the schema
 * (sql/parkdata.sql).  The catalog rows are brought to what a 1.1 install
 * records: the extension's schema is pg_catalog (pinned, so no dependency
 * row), and schema parkdata is a member of the extension.
 */
DO $$
DECLARE
    ext oid := (SELECT e.oid FROM pg_catalog.pg_extension e
                WHERE e.extname OPERATOR(pg_catalog.=) 'parkdata');
BEGIN
    IF (SELECT e.extnamespace FROM pg_catalog.pg_extension e WHERE e.oid OPERATOR(pg_catalog.=) ext)
       OPERATOR(pg_catalog.=) 'pg_catalog'::pg_catalog.regnamespace THEN
        RETURN;     -- already 1.1's layout
    END IF;
    UPDATE pg_catalog.pg_extension SET extnamespace = 'pg_catalog'::pg_catalog.regnamespace
    WHERE oid OPERATOR(pg_catalog.=) ext;
    DELETE FROM pg_catalog.pg_depend
    WHERE classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass
      AND objid OPERATOR(pg_catalog.=) ext
      AND refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_namespace'::pg_catalog.regclass;
    INSERT INTO pg_catalog.pg_depend (classid, objid, objsubid, refclassid, refobjid, refobjsubid, deptype)
    VALUES ('pg_catalog.pg_namespace'::pg_catalog.regclass, '@extschema@'::pg_catalog.regnamespace, 0,
            'pg_catalog.pg_extension'::pg_catalog.regclass, ext, 0, 'e');
END
$$;
