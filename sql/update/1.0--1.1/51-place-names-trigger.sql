-- reliab (issues 12, 13): the trigger function of region and park is named after
-- refresh_place_names(), which it calls; it runs as the owner, so it refuses
-- any other table, and PUBLIC loses its right to call it
ALTER FUNCTION @extschema@.place_name_refresh() RENAME TO refresh_place_names_trigger;
CREATE OR REPLACE FUNCTION @extschema@.refresh_place_names_trigger() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    -- it runs as the extension owner: only for the two tables it is made for
    IF TG_RELID OPERATOR(pg_catalog.<>) ALL (ARRAY['@extschema@.region'::regclass,
                                                   '@extschema@.park'::regclass]::oid[])
       OR TG_LEVEL OPERATOR(pg_catalog.<>) 'STATEMENT' THEN
        RAISE EXCEPTION 'parkdata.refresh_place_names_trigger() runs only as the statement trigger of parkdata.region and parkdata.park'
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = pg_catalog.format('It fired for each %s on %s.', pg_catalog.lower(TG_LEVEL), TG_RELID::regclass);
    END IF;
    PERFORM @extschema@.refresh_place_names();
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.refresh_place_names_trigger() IS
    'statement trigger on parkdata.region and parkdata.park: calls parkdata.refresh_place_names() as the extension owner (so roles granted INSERT on region or park need no rights on place_name); refuses to run for any other table';
REVOKE ALL ON FUNCTION @extschema@.refresh_place_names_trigger() FROM PUBLIC;
