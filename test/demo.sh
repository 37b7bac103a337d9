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

title "Their figures as data: the place each is about, its catalog metric, value, status and the period it covers (the first three of each article)"
$P -c "SELECT published, coalesce(park, county, city, province) AS place, indicator, metric, value, unit,
              status, period_start, period_end
       FROM (SELECT f.*, row_number() OVER (PARTITION BY doc_id ORDER BY metric_no) AS n
             FROM parkdata.indicator_facts f WHERE metric IS NOT NULL) f
       WHERE n <= 3 ORDER BY published, n"

title "As an analyst asks: one metric, by place and year (WHERE metric = ... GROUP BY place, year)"
$P -c "SELECT metric, coalesce(park, county, city, province) AS place, year, status,
              count(*) AS figures, string_agg(value || unit, ', ' ORDER BY metric_no) AS values
       FROM parkdata.indicator_facts WHERE metric IN ('high_tech_enterprises', 'talent_teams', 'incubators')
       GROUP BY metric, place, year, status ORDER BY metric, place, year"

title "Grouped by place, as a BI tool would: figures per park or district"
$P -c "SELECT coalesce(park, county, city, province, '(no place)') AS place, count(*) AS figures,
              count(metric) AS with_metric, count(*) FILTER (WHERE status = 'target') AS targets,
              min(published) AS first, max(published) AS last
       FROM parkdata.indicator_facts GROUP BY 1 ORDER BY figures DESC, place LIMIT 8"

title "A sentence of your own: every figure with its unit, qualifier, what it measures, kind, status and period"
$P -c "SELECT value, unit, raw, qualifier, indicator, metric, kind, status, period, period_start, period_end
       FROM parkdata.extract_metrics('截至“十三五”末，全区人才资源总量16.7万人，较“十二五”末增长46.3%。力争到2025年新增高新技术企业超200家。')"

title "Chinese numerals, exact (and NULL where the text is not a numeral)"
$P -c "SELECT s AS text, parkdata.try_cn_numeral_to_numeric(s) AS value
       FROM unnest(ARRAY['一万二','16.7万','2.4亿','百分之五十','壹佰贰拾叁元整','三分之一','十三五']) AS s"

title "Full-text search in Chinese, best first, with the words that matched in <b>…</b>"
$P -c "SELECT s.published, s.title,
              regexp_replace(ts_headline('parkdata.chinese', d.body, q, 'MaxWords=14, MinWords=6'), '\s+', ' ', 'g') AS headline
       FROM parkdata.search('\"科创平台\" 人才', 3) s JOIN parkdata.document d USING (doc_id),
            websearch_to_tsquery('parkdata.chinese', '\"科创平台\" 人才') q
       ORDER BY s.rank DESC, s.doc_id"
