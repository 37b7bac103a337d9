
/*
 * 65-lexicon-state (issue 14): the certificate that the lexicon's shipped
 * rows are those of the prebuilt image, so that a new backend reads only
 * the users' rows (src/pd_lexicon_state.c); the lexicon's invalidation
 * trigger fires in replica mode too.  The statement at the end writes the
 * state row; the shipped rows updated after this part keep it.  (Where
 * parkdata.distribute() made the lexicon a Citus reference table, Citus
 * creates triggers on it only with enable_unsafe_triggers; a placeholder
 * setting without Citus.  Not tried on a distributed database.)
 */
SET LOCAL citus.enable_unsafe_triggers TO on;
-- it fires under session_replication_role = replica too (logical replication)
ALTER TABLE @extschema@.lexicon ENABLE ALWAYS TRIGGER lexicon_changed;

/*
 * The certificate that the shipped rows are those of the prebuilt image
 * (src/pd_lexicon_state.c): one row, the count and hash sum of the rows
 * WHERE builtin and a stamp of the objects that keep it true, written by
 * the two triggers below whenever a statement writes a shipped row.  A
 * backend whose image has the same count and sum reads only the users'
 * rows, through lexicon_users; anything else reads every row.  Not dumped:
 * CREATE EXTENSION writes it again with the shipped rows.
 */
CREATE TABLE @extschema@.lexicon_state (
    builtin_rows bigint NOT NULL,
    builtin_sum  bigint NOT NULL,
    stamp        bigint NOT NULL
);
COMMENT ON TABLE @extschema@.lexicon_state IS
    'one row written by the triggers of parkdata.lexicon: the count and hash sum of its shipped rows, which let a backend skip them when they are those of the prebuilt image (never write it yourself)';
COMMENT ON COLUMN @extschema@.lexicon_state.builtin_rows IS 'rows of parkdata.lexicon WHERE builtin (-1: the triggers or the index are not as the install made them, no certificate)';
COMMENT ON COLUMN @extschema@.lexicon_state.builtin_sum IS 'the sum of their 64-bit hashes (a word, and whether the parser keeps it), modulo 2^64';
COMMENT ON COLUMN @extschema@.lexicon_state.stamp IS 'a hash of the catalog rows of the triggers, their functions, the index lexicon_users and the table''s file at the time of writing: if any changed since, the row is not trusted';
GRANT SELECT ON @extschema@.lexicon_state TO PUBLIC;

CREATE INDEX lexicon_users ON @extschema@.lexicon (word) WHERE builtin IS NOT TRUE;
COMMENT ON INDEX @extschema@.lexicon_users IS
    'the rows users added: what a backend reads when lexicon_state certifies the shipped ones';

CREATE FUNCTION @extschema@.lexicon_state_row() RETURNS trigger
    AS 'MODULE_PATHNAME', 'pd_lexicon_state_row'
    LANGUAGE C;
COMMENT ON FUNCTION @extschema@.lexicon_state_row() IS
    'row trigger of parkdata.lexicon: notes that a statement wrote a shipped row';
REVOKE ALL ON FUNCTION @extschema@.lexicon_state_row() FROM PUBLIC;
CREATE FUNCTION @extschema@.lexicon_state_statement() RETURNS trigger
    AS 'MODULE_PATHNAME', 'pd_lexicon_state_statement'
    LANGUAGE C;
COMMENT ON FUNCTION @extschema@.lexicon_state_statement() IS
    'statement trigger of parkdata.lexicon: counts the shipped rows again into parkdata.lexicon_state when a statement wrote one';
REVOKE ALL ON FUNCTION @extschema@.lexicon_state_statement() FROM PUBLIC;
CREATE TRIGGER lexicon_state_row
    AFTER INSERT OR UPDATE OR DELETE ON @extschema@.lexicon
    FOR EACH ROW EXECUTE FUNCTION @extschema@.lexicon_state_row();
COMMENT ON TRIGGER lexicon_state_row ON @extschema@.lexicon IS
    'keeps parkdata.lexicon_state: notes a shipped row written';
CREATE TRIGGER lexicon_state
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.lexicon
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.lexicon_state_statement();
COMMENT ON TRIGGER lexicon_state ON @extschema@.lexicon IS
    'keeps parkdata.lexicon_state: counts the shipped rows again after a statement that wrote one';
ALTER TABLE @extschema@.lexicon ENABLE ALWAYS TRIGGER lexicon_state_row;
ALTER TABLE @extschema@.lexicon ENABLE ALWAYS TRIGGER lexicon_state;
-- count the shipped rows into lexicon_state
DELETE FROM @extschema@.lexicon WHERE false;
