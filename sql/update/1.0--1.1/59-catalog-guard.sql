/* parkdata--1.0--1.1.sql, part 59: the builtin guard of parkdata.metric (part 33 made the
   table, part 50 the guard function; sql/parkdata_guard.sql has the same two triggers) */

CREATE TRIGGER metric_builtin_insert BEFORE INSERT ON @extschema@.metric
    FOR EACH ROW WHEN (NEW.builtin) EXECUTE FUNCTION @extschema@.builtin_guard_trigger();
CREATE TRIGGER metric_builtin_update BEFORE UPDATE ON @extschema@.metric
    FOR EACH ROW WHEN (OLD.builtin IS DISTINCT FROM NEW.builtin) EXECUTE FUNCTION @extschema@.builtin_guard_trigger();
