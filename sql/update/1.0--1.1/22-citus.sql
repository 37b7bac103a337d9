
-- ---------------------------------------------------------------------------
-- 22-citus (issue 11): parkdata.lexicon_checksum(), parkdata.distribute(),
-- parkdata.lexicon_nodes()
-- ---------------------------------------------------------------------------
CREATE FUNCTION @extschema@.lexicon_checksum() RETURNS text
    AS 'MODULE_PATHNAME', 'pd_lexicon_checksum_sql'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lexicon_checksum() IS
    'this backend''s lexicon and indicator catalog, brought up to date, as rows:hash (rows read and the sum of their 64-bit hashes: a lexicon word with its metric, a parkdata.metric code with its unit_dimension): equal where two nodes or sessions read the same rows (parkdata.lexicon_nodes() compares every Citus node)';
/*
 * Nothing here needs Citus at install: the Citus functions these bodies call
 * are looked up when they run, and each function first checks that Citus is
 * there.  Design and measurements: docs/citus.md.
 *
 * distribute() turns the tables into Citus tables in one transaction:
 *   - document and indicator are distributed on doc_id and co-located (every
 *     key, unique constraint and foreign key between them holds doc_id);
 *   - region, park, place_name and lexicon become reference tables: a full
 *     copy on every node, the coordinator included, kept in step by Citus's
 *     two-phase commit.  The parser reads its node's copy of the lexicon
 *     (src/pd_node_table.c), never the distributed table, so no shard task
 *     runs a distributed query; each copy keeps the lexicon's trigger, so a
 *     change reaches every backend on every node at its next transaction.
 * Triggers: Citus runs none with transition tables (document's extraction
 * trigger), a BEFORE trigger cannot give the distribution column (doc_id)
 * Citus routes by, and place_name's triggers would run inside shard tasks:
 * those go, and so does the lexicon's restore trigger (a transition
 * table).  So do the builtin guards: Citus copies the shipped rows
 * (builtin = true) into the shards through them, which they refuse outside
 * CREATE EXTENSION, and indicator's queries document, a nested distributed
 * query inside a shard task.  The lexicon's trigger stays on every copy, and
 * so does park's row trigger that fills park_id from the name (every copy
 * computes the same id).  ingest() then extracts on the shard itself;
 * refresh_place_names() is called by hand after region or park changed.
 * Foreign keys between the tables are dropped and added again once every
 * table is a Citus table (so Citus has no local table to convert), first on
 * the workers' own copies of the extension's tables, which Citus leaves
 * alone (it would add the keys there too).  The keys, like the triggers,
 * are named here one by one: test/sql/model_keys.sql checks the lists
 * against the catalog.
 */
CREATE FUNCTION @extschema@.distribute(shard_count integer DEFAULT NULL) RETURNS text
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    SET client_min_messages TO warning
    AS $$
DECLARE
    ours text;
    w record;
    workers integer;
    mode text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extname OPERATOR(pg_catalog.=) 'citus') THEN
        RAISE EXCEPTION 'Citus is not installed in this database'
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'On every node: shared_preload_libraries = ''citus'' and CREATE EXTENSION citus; on the coordinator: citus_set_coordinator_host, citus_add_node for each worker, then parkdata.distribute().';
    END IF;
    IF (SELECT g.groupid FROM pg_catalog.pg_dist_local_group g) OPERATOR(pg_catalog.<>) 0 THEN
        RAISE EXCEPTION 'parkdata.distribute() must run on the Citus coordinator'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Connect to the coordinator and call it there.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_node n WHERE n.groupid OPERATOR(pg_catalog.=) 0) THEN
        RAISE EXCEPTION 'the coordinator is not in the Citus metadata'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = 'The reference tables (the lexicon the parser reads among them) need a copy on the coordinator.',
                  HINT = 'Run SELECT citus_set_coordinator_host(''<this host>'', <port>); then parkdata.distribute() again.';
    END IF;
    SELECT pg_catalog.count(*) INTO workers FROM pg_catalog.pg_dist_node n
    WHERE n.groupid OPERATOR(pg_catalog.<>) 0 AND n.isactive AND n.noderole OPERATOR(pg_catalog.=) 'primary';
    IF workers OPERATOR(pg_catalog.=) 0 THEN
        RAISE EXCEPTION 'the Citus cluster has no worker'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Add the workers with SELECT citus_add_node(''<host>'', <port>); first.';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_dist_partition p
               WHERE p.logicalrelid OPERATOR(pg_catalog.=) '@extschema@.document'::pg_catalog.regclass) THEN
        RAISE EXCEPTION 'parkdata is already distributed'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    SELECT e.extversion INTO ours FROM pg_catalog.pg_extension e WHERE e.extname OPERATOR(pg_catalog.=) 'parkdata';
    FOR w IN SELECT r.nodename, r.nodeport, r.success, r.result
             FROM pg_catalog.run_command_on_workers(
                 'SELECT extversion FROM pg_catalog.pg_extension WHERE extname OPERATOR(pg_catalog.=) ''parkdata''') r
    LOOP
        IF NOT w.success OR w.result IS DISTINCT FROM ours THEN
            RAISE EXCEPTION 'node %:% does not have parkdata %', w.nodename, w.nodeport, ours
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = CASE WHEN NOT w.success THEN w.result
                                    WHEN w.result OPERATOR(pg_catalog.=) '' THEN 'The extension is not created in this database there.'
                                    ELSE pg_catalog.format('It has parkdata %s.', w.result) END,
                      HINT = 'Install the same parkdata on every node (make install); CREATE EXTENSION parkdata on the coordinator creates it on the workers.';
        END IF;
    END LOOP;

    mode := pg_catalog.current_setting('citus.multi_shard_modify_mode');
    PERFORM pg_catalog.set_config('citus.multi_shard_modify_mode', 'sequential', true);

    DROP TRIGGER indicator_builtin ON @extschema@.indicator;
    DROP TRIGGER document_builtin_insert ON @extschema@.document;
    DROP TRIGGER document_builtin_update ON @extschema@.document;
    DROP TRIGGER lexicon_builtin_insert ON @extschema@.lexicon;
    DROP TRIGGER lexicon_builtin_update ON @extschema@.lexicon;
    DROP TRIGGER park_builtin_insert ON @extschema@.park;
    DROP TRIGGER park_builtin_update ON @extschema@.park;
    DROP TRIGGER region_builtin_insert ON @extschema@.region;
    DROP TRIGGER region_builtin_update ON @extschema@.region;
    DROP TRIGGER metric_builtin_insert ON @extschema@.metric;
    DROP TRIGGER metric_builtin_update ON @extschema@.metric;
    DROP TRIGGER lexicon_restore_refresh ON @extschema@.lexicon;
    DROP TRIGGER document_extract_indicators ON @extschema@.document;
    DROP TRIGGER document_set_id ON @extschema@.document;
    DROP TRIGGER park_place_names ON @extschema@.park;
    DROP TRIGGER region_place_names ON @extschema@.region;

    FOR w IN SELECT r.nodename, r.nodeport, r.success, r.result
             FROM pg_catalog.run_command_on_workers(
                 'ALTER TABLE @extschema@.indicator DROP CONSTRAINT IF EXISTS indicator_doc_id_fkey, DROP CONSTRAINT IF EXISTS indicator_region_code_fkey, DROP CONSTRAINT IF EXISTS indicator_park_id_fkey, DROP CONSTRAINT IF EXISTS indicator_metric_fkey; '
                 'ALTER TABLE @extschema@.lexicon DROP CONSTRAINT IF EXISTS lexicon_metric_fkey; '
                 'ALTER TABLE @extschema@.park DROP CONSTRAINT IF EXISTS park_region_code_fkey; '
                 'ALTER TABLE @extschema@.region DROP CONSTRAINT IF EXISTS region_parent_code_fkey') r
    LOOP
        IF NOT w.success THEN
            RAISE EXCEPTION 'could not prepare node %:% for distribution', w.nodename, w.nodeport
                USING ERRCODE = 'object_not_in_prerequisite_state', DETAIL = w.result;
        END IF;
    END LOOP;
    ALTER TABLE @extschema@.indicator DROP CONSTRAINT indicator_doc_id_fkey;
    ALTER TABLE @extschema@.indicator DROP CONSTRAINT indicator_region_code_fkey;
    ALTER TABLE @extschema@.indicator DROP CONSTRAINT indicator_park_id_fkey;
    ALTER TABLE @extschema@.indicator DROP CONSTRAINT indicator_metric_fkey;
    ALTER TABLE @extschema@.lexicon DROP CONSTRAINT lexicon_metric_fkey;
    ALTER TABLE @extschema@.park DROP CONSTRAINT park_region_code_fkey;
    ALTER TABLE @extschema@.region DROP CONSTRAINT region_parent_code_fkey;

    -- the lexicon's, the indicator catalog's and park's copies keep their triggers
    PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', 'on', true);
    PERFORM pg_catalog.create_reference_table('@extschema@.metric');
    PERFORM pg_catalog.create_reference_table('@extschema@.region');
    PERFORM pg_catalog.create_reference_table('@extschema@.park');
    PERFORM pg_catalog.create_reference_table('@extschema@.place_name');
    PERFORM pg_catalog.create_reference_table('@extschema@.lexicon');
    PERFORM pg_catalog.create_distributed_table('@extschema@.document', 'doc_id',
                                                colocate_with => 'none', shard_count => distribute.shard_count);
    PERFORM pg_catalog.create_distributed_table('@extschema@.indicator', 'doc_id',
                                                colocate_with => '@extschema@.document');
    PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', 'off', true);

    ALTER TABLE @extschema@.region ADD CONSTRAINT region_parent_code_fkey FOREIGN KEY (parent_code) REFERENCES @extschema@.region(code);
    ALTER TABLE @extschema@.park ADD CONSTRAINT park_region_code_fkey FOREIGN KEY (region_code) REFERENCES @extschema@.region(code);
    ALTER TABLE @extschema@.indicator ADD CONSTRAINT indicator_doc_id_fkey FOREIGN KEY (doc_id) REFERENCES @extschema@.document(doc_id) ON DELETE CASCADE;
    ALTER TABLE @extschema@.indicator ADD CONSTRAINT indicator_region_code_fkey FOREIGN KEY (region_code) REFERENCES @extschema@.region(code);
    ALTER TABLE @extschema@.indicator ADD CONSTRAINT indicator_park_id_fkey FOREIGN KEY (park_id) REFERENCES @extschema@.park(park_id);
    ALTER TABLE @extschema@.indicator ADD CONSTRAINT indicator_metric_fkey FOREIGN KEY (metric) REFERENCES @extschema@.metric(code);
    ALTER TABLE @extschema@.lexicon ADD CONSTRAINT lexicon_metric_fkey FOREIGN KEY (metric) REFERENCES @extschema@.metric(code);

    -- the rows now live in the shards; the coordinator's local copies go
    PERFORM pg_catalog.truncate_local_data_after_distributing_table('@extschema@.indicator');
    PERFORM pg_catalog.truncate_local_data_after_distributing_table('@extschema@.document');
    PERFORM pg_catalog.truncate_local_data_after_distributing_table('@extschema@.place_name');
    PERFORM pg_catalog.truncate_local_data_after_distributing_table('@extschema@.lexicon');
    PERFORM pg_catalog.truncate_local_data_after_distributing_table('@extschema@.park');
    PERFORM pg_catalog.truncate_local_data_after_distributing_table('@extschema@.region');
    PERFORM pg_catalog.truncate_local_data_after_distributing_table('@extschema@.metric');

    PERFORM pg_catalog.set_config('citus.multi_shard_modify_mode', mode, true);
    RETURN pg_catalog.format('document and indicator distributed on doc_id (%s shards) over %s worker(s); region, park, place_name, metric and lexicon are reference tables',
                             (SELECT pg_catalog.count(*) FROM pg_catalog.pg_dist_shard s
                              WHERE s.logicalrelid OPERATOR(pg_catalog.=) '@extschema@.document'::pg_catalog.regclass),
                             workers);
END
$$;
COMMENT ON FUNCTION @extschema@.distribute(integer) IS
    'on a Citus coordinator, after citus_set_coordinator_host and citus_add_node: distributes document and indicator on doc_id (co-located; shard_count NULL = citus.shard_count), makes region, park, place_name, metric and lexicon reference tables, drops the triggers Citus cannot run (all but the lexicon''s, the catalog''s metric_changed and park_set_id), clears the coordinator''s local copies; one transaction';
REVOKE ALL ON FUNCTION @extschema@.distribute(integer) FROM PUBLIC;

CREATE FUNCTION @extschema@.lexicon_nodes()
    RETURNS TABLE (node text, checksum text, same_as_here boolean)
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    here CONSTANT text := @extschema@.lexicon_checksum();
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extname OPERATOR(pg_catalog.=) 'citus') THEN
        RETURN QUERY SELECT 'this node'::text, here, true;
        RETURN;
    END IF;
    RETURN QUERY
    SELECT n.nodename OPERATOR(pg_catalog.||) ':' OPERATOR(pg_catalog.||) n.nodeport,
           r.result, r.success AND r.result OPERATOR(pg_catalog.=) here
    FROM pg_catalog.run_command_on_all_nodes('SELECT @extschema@.lexicon_checksum()') r
    JOIN pg_catalog.pg_dist_node n ON n.nodeid OPERATOR(pg_catalog.=) r.nodeid
    ORDER BY n.groupid, n.nodeid;
END
$$;
COMMENT ON FUNCTION @extschema@.lexicon_nodes() IS
    'the lexicon checksum (parkdata.lexicon_checksum()) of every Citus node, read by a new session on each, and whether it equals this session''s: all true when every node tokenizes alike; one row for this node without Citus';
