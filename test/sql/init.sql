--
-- init: create the extension; every other test runs after this one.
--
CREATE EXTENSION parkdata;
SELECT extname, extversion, nspname AS schema, extrelocatable
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE extname = 'parkdata';
-- every function, table, view, type, parser, dictionary and configuration
-- the extension owns has a comment
SELECT pg_describe_object(classid, objid, 0) AS object_without_comment
FROM pg_depend d
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'parkdata')
  AND d.deptype = 'e'
  AND obj_description(objid, classid::regclass::text) IS NULL
  AND classid <> 'pg_type'::regclass
ORDER BY 1;
