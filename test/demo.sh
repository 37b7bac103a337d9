#!/usr/bin/env bash
# What `make demo` shows: parkdata at work on the seed documents.
# Runs against $PGDATABASE (created by scripts/pd with the extension in it).
set -euo pipefail
P="psql -X -q -v ON_ERROR_STOP=1 -P footer=off"
title() { printf '== %s\n' "$*"; }
echo

title "The five seed articles, loaded at CREATE EXTENSION, and how many figures each holds"
$P -c "SELECT d.published, d.title, count(i.*) AS figures
       FROM parkdata.document d LEFT JOIN parkdata.indicator i USING (doc_id)
       WHERE d.builtin GROUP BY d.doc_id ORDER BY d.published"

title "Their figures as data: the place each is about, what it measures, its value (the largest amounts, head counts and firms of each article)"
$P -c "SELECT published, coalesce(park, county, city, province) AS place, indicator, value, unit,
              qualifier, kind, is_target AS target, year
       FROM (SELECT f.*, row_number() OVER (PARTITION BY doc_id ORDER BY value DESC, indicator) AS n
             FROM parkdata.indicator_facts f
             WHERE unit IN ('元', '人', '家') AND char_length(indicator) >= 3) f
       WHERE n <= 3 ORDER BY published, n"

title "Grouped by place, as a BI tool would: figures per park or district"
$P -c "SELECT coalesce(park, county, city, province, '(no place)') AS place, count(*) AS figures,
              count(*) FILTER (WHERE is_target) AS targets, min(published) AS first, max(published) AS last
       FROM parkdata.indicator_facts GROUP BY 1 ORDER BY figures DESC, place LIMIT 8"

title "A sentence of your own: every figure with its unit, qualifier, kind, period and year"
$P -c "SELECT value, unit, raw, qualifier, indicator, kind, is_target, period, year
       FROM parkdata.extract_metrics('截至“十三五”末，全区人才资源总量16.7万人，较“十二五”末增长46.3%。力争到2025年新增高新技术企业超200家。')"

title "Chinese numerals, exact (and NULL where the text is not a numeral)"
$P -c "SELECT s AS text, parkdata.try_cn_numeral_to_numeric(s) AS value
       FROM unnest(ARRAY['一万二','16.7万','2.4亿','百分之五十','壹佰贰拾叁元整','三分之一','十三五']) AS s"

title "Full-text search in Chinese, best first, with the words that matched in <b>…</b>"
$P -c "SELECT published, title, left(headline, 40) AS headline
       FROM parkdata.search('\"科创平台\" 人才', 3)"
