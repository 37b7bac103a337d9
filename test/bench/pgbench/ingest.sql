-- pgbench script (83-concurrency): store a new document, log its id
\set k random(1, 2000000000)
INSERT INTO bench_ingest_log (doc_id)
SELECT parkdata.ingest('bench ' || :client_id || '-' || :k,
                       p.body || '(第' || :client_id || '-' || :k || '号)', DATE '2024-01-01', 'pgbench')
FROM bench_para p WHERE p.k = 1 + :k % (SELECT count(*) FROM bench_para);
