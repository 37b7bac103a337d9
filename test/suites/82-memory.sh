#!/usr/bin/env bash
# 82-memory: backend memory stays flat.
#  1. extract_metrics and to_tsvector('parkdata.chinese') over 100k documents
#     (paragraphs of the seeds, each made distinct) in one query: the
#     backend's private memory (RssAnon of /proc/self/status, sampled every
#     2000 rows inside the query) may not grow by more than PD_MEM_BOUND_KB
#     (default 8192) between the 10 000th row and the end.  A leak of 100
#     bytes per row would show as 9 MB.
#  2. Repeated calls in one session: 5 000 calls of each function, three
#     rounds; the third round may not grow the backend's memory contexts
#     (pg_backend_memory_contexts, total_bytes) by more than 64 kB (the first
#     fills caches: ICU, word list, lexicon, plans).  The sub-word cache
#     (src/pd_dict.c, its own context) is left out: it grows once, to a fixed
#     size of about 1 MB, when it has missed as often as it has slots, which
#     may happen in any round, depending on the text and the lexicon.
cd "$PD_ROOT" || exit 1
. test/hostile/lib.sh
N=${PD_MEM_DOCS:-100000}
BOUND=${PD_MEM_BOUND_KB:-8192}
fresh_db pd_memory || { bad "create database"; echo "$pass passed, $fail failed"; exit 0; }
q "CREATE FUNCTION rss_anon() RETURNS bigint LANGUAGE sql VOLATILE AS
   \$\$SELECT (regexp_match(pg_read_file('/proc/self/status'), 'RssAnon:\s+(\d+) kB'))[1]::bigint\$\$;
   CREATE FUNCTION ctx_bytes() RETURNS bigint LANGUAGE sql VOLATILE AS
   \$\$SELECT sum(total_bytes)::bigint FROM pg_backend_memory_contexts
     WHERE name <> 'parkdata sub-word cache'\$\$;
   CREATE UNLOGGED TABLE para AS
     SELECT row_number() OVER () AS k, l AS body
     FROM parkdata.document d, regexp_split_to_table(d.body, E'\n+') l
     WHERE d.builtin AND octet_length(l) > 30;
   CREATE UNLOGGED TABLE docs AS
     SELECT i, p.body || '(第' || i || '号,产值' || (i % 977) || '.' || (i % 7) || '亿元,增长' || (i % 31) || '%。)' AS body
     FROM generate_series(1, $N) i JOIN para p ON p.k = 1 + i % (SELECT count(*) FROM para);
   ALTER TABLE docs ADD PRIMARY KEY (i)" >/dev/null && q "VACUUM ANALYZE docs" >/dev/null || bad "set up $N documents"
echo "# $N documents, $(q "SELECT pg_size_pretty(sum(octet_length(body))) FROM docs") of text"

# flat <what> <per-row expression>: one query over every document
flat() {
	local out base peak rows
	out=$(psql -X -At -F ' ' -d "$DB" -v ON_ERROR_STOP=1 -c "
		SELECT min(mem) FILTER (WHERE i = 10000), max(mem) FILTER (WHERE i >= 10000), sum(n)
		FROM (SELECT i, $2 AS n, CASE WHEN i % 2000 = 0 THEN rss_anon() END AS mem
		      FROM docs ORDER BY i) s" 2>&1)
	read -r base peak rows <<<"$out"
	if [[ "$base" =~ ^[0-9]+$ && "$peak" =~ ^[0-9]+$ && "$rows" =~ ^[0-9]+$ && "$rows" -gt 0 ]] &&
		[ $((peak - base)) -le "$BOUND" ]; then
		ok "$1 over $N documents ($rows results): private memory ${base} kB at row 10000, peak ${peak} kB after (+$((peak - base)) kB, bound $BOUND kB)"
	else
		bad "$1 over $N documents: at row 10000 '$base' kB, peak '$peak' kB, results '$rows' (bound +$BOUND kB): $(head -c 300 <<<"$out")"
	fi
}
# extract_metrics leaked ~0.9 kB per call here until fdc1689
# (InitMaterializedSRF now uses the executor's expected row type)
flat "extract_metrics" "(SELECT count(*) FROM parkdata.extract_metrics(body))"
flat "extract_metrics (every column)" "(SELECT count(*) FROM parkdata.extract_metrics(body) m WHERE m::text IS NOT NULL)"
flat "extract_metrics (select list)" "(parkdata.extract_metrics(body)).metric_no"
flat "to_tsvector" "length(to_tsvector('parkdata.chinese', body))"
flat "ts_headline" "CASE WHEN i % 10 = 0 THEN length(ts_headline('parkdata.chinese', body, to_tsquery('parkdata.chinese', '产值'))) ELSE 0 END"
flat "cn_numeral_to_numeric" "CASE WHEN parkdata.cn_numeral_to_numeric((i % 977) || '.' || (i % 7) || '亿') > 0 THEN 1 ELSE 0 END"

# repeated calls, one session: contexts after round 2 - after round 1
out=$(psql -X -At -d "$DB" -v ON_ERROR_STOP=1 <<'SQL' 2>&1
CREATE TEMP TABLE m (round int, bytes bigint);
DO $$
DECLARE b text; r int; k int;
BEGIN
  FOR r IN 1 .. 3 LOOP
    FOR k IN 1 .. 5000 LOOP
      SELECT d.body INTO b FROM docs d WHERE d.i = 1 + (k * 7919) % (SELECT max(d2.i) FROM docs d2);
      PERFORM count(*) FROM parkdata.extract_metrics(b);
      PERFORM to_tsvector('parkdata.chinese', b);
      PERFORM parkdata.try_cn_numeral_to_numeric(k || '万');
      PERFORM parkdata.numeric_to_cn(k * 1.5);
    END LOOP;
    PERFORM count(*) FROM parkdata.search('产值 增长');
    INSERT INTO m VALUES (r, ctx_bytes());
  END LOOP;
END $$;
SELECT (SELECT bytes FROM m WHERE round = 2) || ' ' || (SELECT bytes FROM m WHERE round = 3);
SQL
)
read -r r1 r2 <<<"$(tail -1 <<<"$out")"
if [[ "$r1" =~ ^[0-9]+$ && "$r2" =~ ^[0-9]+$ ]] && [ $((r2 - r1)) -le 65536 ]; then
	ok "5000 calls of each function, three rounds: memory contexts $r1 bytes after round 2, $r2 after round 3 (+$((r2 - r1)))"
else
	bad "repeated calls: contexts '$r1' then '$r2' bytes (bound +65536): $(head -c 300 <<<"$out")"
fi
# lexicon reloads: every change makes each backend rebuild its lexicon at its
# next statement; 400 add/remove cycles (800 reloads) in one session, contexts
# after 200 cycles and after 400 may differ by at most 64 kB
out=$( { for i in $(seq 1 400); do
		echo "INSERT INTO parkdata.lexicon (word) VALUES ('重载测试词') ON CONFLICT DO NOTHING;"
		echo "SELECT length(to_tsvector('parkdata.chinese', '溧阳高新区重载测试词'));"
		echo "DELETE FROM parkdata.lexicon WHERE word = '重载测试词';"
		echo "SELECT length(to_tsvector('parkdata.chinese', '溧阳高新区重载测试词'));"
		[ "$i" = 200 ] && echo "SELECT 'at200 ' || ctx_bytes();"
	done; echo "SELECT 'at400 ' || ctx_bytes();"; } | psql -X -At -d "$DB" 2>&1 | grep -E '^at|ERROR')
c200=$(grep -oE 'at200 [0-9]+' <<<"$out" | cut -c7-); c400=$(grep -oE 'at400 [0-9]+' <<<"$out" | cut -c7-)
if [[ "$c200" =~ ^[0-9]+$ && "$c400" =~ ^[0-9]+$ ]] && [ $((c400 - c200)) -le 65536 ]; then
	ok "800 lexicon reloads: memory contexts $c200 bytes after 400, $c400 after 800 (+$((c400 - c200)))"
else
	bad "lexicon reloads: '$c200' then '$c400' bytes: $(head -c 300 <<<"$out")"
fi
server_same
drop_db pd_memory
rm -rf "$TMPDIR_PD"
echo "$pass passed, $fail failed"
