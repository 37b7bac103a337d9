#!/usr/bin/env bash
# What `make demo` shows: parkdata at work on the seed documents.
# Runs against $PGDATABASE (created by scripts/pd with the extension in it).
set -euo pipefail
cd "$PD_ROOT"
P="psql -X -q -v ON_ERROR_STOP=1"

echo
echo "== cn_numeral_to_numeric: a few numerals"
$P -c "SELECT s AS numeral, parkdata.cn_numeral_to_numeric(s) AS value
       FROM unnest(ARRAY['一万二','16.7万','2.4亿','百分之五十','壹佰贰拾叁','九千九百九十九万亿零一','三分之一']) s"

echo "== extract_metrics: the figures inside a sentence"
$P -c "SELECT metric_no, value, unit, raw, qualifier, indicator, kind, period, year
       FROM parkdata.extract_metrics('截至“十三五”末,全区人才资源总量16.7万人,较“十二五”末增长46.3%。力争到2025年新增高新技术企业超200家。')"

echo "== the five seed documents, loaded at CREATE EXTENSION"
$P -c "SELECT doc_id, published, source, title, (SELECT count(*) FROM parkdata.indicator i WHERE i.doc_id = d.doc_id) AS indicators
       FROM parkdata.document d ORDER BY published"

echo "== indicator_facts (the BI view): 溧阳高新区 and 金坛区"
$P -c "SELECT published, coalesce(park, county, city) AS about, indicator, value, unit, qualifier, kind, is_target, year
       FROM parkdata.indicator_facts
       WHERE park LIKE '%溧阳高新技术产业开发区%' OR county = '金坛区'
       ORDER BY published, doc_id, metric_no LIMIT 25"

echo "== full-text search in Chinese: parkdata.search('\"科创平台\" 人才')"
$P -c "SELECT doc_id, published, title, round(rank::numeric, 3) AS rank, left(headline, 80) AS headline
       FROM parkdata.search('\"科创平台\" 人才', 3)"

echo "== every numeral in the seed documents, converted"
# load the seeds client-side (the server may not be able to read this checkout)
$P -c "CREATE TEMP TABLE IF NOT EXISTS x()" >/dev/null
{
	echo "CREATE TEMP TABLE seed(file text, body text);"
	for f in seeds/*.txt; do
		printf "INSERT INTO seed VALUES ('%s', \$seed\$%s\$seed\$);\n" "$(basename "$f")" "$(cat "$f")"
	done
	cat <<'SQL'
CREATE TEMP TABLE found AS
SELECT s.file, m.ord AS n, m.match[1] AS numeral, parkdata.try_cn_numeral_to_numeric(m.match[1]) AS value
FROM seed s,
     regexp_matches(s.body, '((?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?)[万亿]?%?)', 'g') WITH ORDINALITY AS m(match, ord)
WHERE char_length(m.match[1]) > 1 OR m.match[1] ~ '[0-9]';
\pset footer off
\pset format unaligned
\pset tuples_only on
\pset fieldsep '\n'
SELECT format('-- %s: %s numerals, %s converted', file, count(*), count(value)),
       string_agg(numeral || '=' || value, '  ' ORDER BY n)
FROM found GROUP BY file ORDER BY file;
\pset format aligned
\pset tuples_only off
SELECT count(*) AS numerals_found, count(value) AS converted, count(*) - count(value) AS not_numerals
FROM found;
\echo 'Candidates that are not numerals (returned NULL by try_cn_numeral_to_numeric, e.g. plan names):'
SELECT string_agg(DISTINCT numeral, '  ') FROM found WHERE value IS NULL;
SQL
} | $P
