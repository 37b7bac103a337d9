#!/usr/bin/env bash
# make eval-metrics: extract_metrics on the five seeds against the hand-made
# gold set test/data/metrics_gold.tsv (format in test/data/README.md).
# Prints precision/recall/F1 on (value, unit) and per-column accuracy;
# METRICS_LIST=1 also lists misses, extras and column differences.
set -eu
work=$PD_ROOT/tmp/eval
mkdir -p "$work"
bash "$PD_ROOT/test/eval/metrics_extract.sh" "$work/metrics_got.tsv"
python3 "$PD_ROOT/test/eval/metrics_score.py" "$PD_ROOT/test/data/metrics_gold.tsv" \
	"$work/metrics_got.tsv" ${METRICS_LIST:+--list}
