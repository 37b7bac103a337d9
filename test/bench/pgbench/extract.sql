-- pgbench script (83-concurrency): extract metrics, then the lexicon probe
\set k random(1, 1000)
SELECT count(*) FROM bench_para p, parkdata.extract_metrics(p.body) WHERE p.k = 1 + :k % (SELECT count(*) FROM bench_para);
SELECT bench_probe_ok();
