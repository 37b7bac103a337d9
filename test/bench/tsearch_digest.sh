#!/usr/bin/env bash
# test/bench/tsearch_digest.sh [OUT] - digests of what parkdata.chinese makes of
# a fixed set of texts, to compare a change that must not alter a single
# result (speed work): run it on the build before and after, compare the
# printed lines (or diff the dumps written to OUT.*).
#
# Texts: the seed articles, the hand-written development sentences of
# test/data/seg/dev.txt (spaces and "+" of the segmentation removed), the raw
# SIGHAN PKU/MSR/CityU test texts from $PD_SHARED when present (read, never
# copied), and a few lines of Traditional, full-width and mixed text written
# here.  Per line: to_tsvector; phraseto_tsquery and plainto_tsquery of the
# dev sentences; ts_debug (token, type, lexemes: the dictionary called
# through ts_lexize) and ts_headline (a query of one of its words) of every
# seventh line.  Against the cluster of `scripts/pd env`.
cd "${PD_ROOT:-$(dirname "$0")/../..}" || exit 1
OUT=${1:-/tmp/pd_tsearch_digest}
SEGDIR=${PD_SHARED:-$PWD/../shared}/conformance/segmentation
DB=pd_tsearch_digest
export PGOPTIONS="-c client_min_messages=warning"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" || exit 1
P() { psql -X -q -At -v ON_ERROR_STOP=1 -d $DB "$@"; }
P -c "CREATE EXTENSION parkdata" -c "CREATE TABLE t (src text, line text, n serial)" || exit 1
load() {	# load SRC FILE: one row per non-empty line
	P -c "CREATE TEMP TABLE l (line text)" \
	  -c "\\copy l FROM '$2' WITH (FORMAT csv, DELIMITER E'\\x01', QUOTE E'\\x02')" \
	  -c "INSERT INTO t (src, line) SELECT '$1', line FROM l WHERE btrim(coalesce(line, '')) <> ''"
}
for f in seeds/*.txt; do load seeds "$f"; done
DEV=$(mktemp /tmp/pd_digest_dev.XXXXXX)
chmod 644 "$DEV"
grep -v '^#' test/data/seg/dev.txt | sed 's/[ +]//g' > "$DEV"
load dev "$DEV"
rm -f "$DEV"
for s in pku msr cityu; do [ -f "$SEGDIR/${s}_test.utf8" ] && load $s "$SEGDIR/${s}_test.utf8"; done
P <<'SQL'
INSERT INTO t (src, line) VALUES
 ('mixed', '國家高新區ＧＤＰ增長５．２％，研發投入１６．７億元'),
 ('mixed', '2023年H100芯片出货量达3.5万片，同比增长46.3%，COVID-19后首次'),
 ('mixed', '二〇〇一年十二月三十一日，全区实现产值三千二百万元，占比百分之五十'),
 ('mixed', 'Zürich ETH と東京大学のカタカナ研究，Don''t STOP at 3-5 km'),
 ('mixed', '中国国际广播电台报道：华罗庚高新区科学园区人才资源总量－5'),
 ('mixed', '');
SQL
P -c "SELECT src, count(*) FROM t GROUP BY src ORDER BY src" | tr '\n' ' '; echo
P -c "\\copy (SELECT n, to_tsvector('parkdata.chinese', line) FROM t ORDER BY n) TO '$OUT.tsvector'"
P -c "\\copy (SELECT n, phraseto_tsquery('parkdata.chinese', line), plainto_tsquery('parkdata.chinese', line) FROM t WHERE src IN ('dev', 'mixed') ORDER BY n) TO '$OUT.tsquery'"
P -c "\\copy (SELECT n, d.token, d.alias, d.lexemes FROM t, ts_debug('parkdata.chinese', line) d WHERE n % 7 = 0 ORDER BY n) TO '$OUT.debug'"
P -c "\\copy (SELECT n, ts_headline('parkdata.chinese', line, plainto_tsquery('parkdata.chinese', w), 'MaxWords=12, MinWords=4') FROM (SELECT n, line, (SELECT lexeme FROM unnest(to_tsvector('parkdata.chinese', line)) ORDER BY length(lexeme) DESC, lexeme LIMIT 1) AS w FROM t WHERE n % 7 = 0) s WHERE w IS NOT NULL ORDER BY n) TO '$OUT.headline'"
for k in tsvector tsquery debug headline; do
	printf '%-9s %8s lines  md5 %s\n' $k "$(wc -l < "$OUT.$k")" "$(md5sum < "$OUT.$k" | cut -c1-32)"
done
psql -X -q -d postgres -c "DROP DATABASE $DB"
