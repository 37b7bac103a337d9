-- pgbench script (83-concurrency): add a new word, and flip the 20 probe words
-- (all in or all out) in the same transaction
\set k random(1, 2000000000)
BEGIN;
SELECT pg_advisory_xact_lock(4242);
INSERT INTO parkdata.lexicon (word, source) VALUES ('测词' || :k, 'pgbench') ON CONFLICT (word) DO NOTHING;
INSERT INTO bench_lexicon_log (word) VALUES ('测词' || :k);
SELECT bench_flip_probe();
END;
