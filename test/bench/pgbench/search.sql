-- pgbench script (83-concurrency): search, then the lexicon probe
SELECT count(*) FROM parkdata.search('高新区 人才');
SELECT bench_probe_ok();
