#!/usr/bin/env bash
# make eval-metrics: extract_metrics against the hand-labelled gold sets --
# the five seeds (test/data/metrics_gold.tsv, test/data/README.md) and the
# development and held-out sets of real text (test/data/gold/, its README).
# Prints, per set and script, value+unit precision/recall/F1 and the
# accuracy of subject, metric code, period, status (test/eval/metrics_score.py).
#   METRICS_SETS=seeds,dev   score only these sets (default seeds,dev,test,test2,test3,
#                            test4,test5,test6,test7, the development sets; a held-out set (test8) is
#                            extracted and scored only when named here)
#   METRICS_LIST=1           also list misses, extras and differences
#                            (all but test8, the held-out set)
set -eu
work=$PD_ROOT/tmp/eval
sets=${METRICS_SETS:-seeds,dev,test,test2,test3,test4,test5,test6,test7}
mkdir -p "$work"
chmod 777 "$work"
bash "$PD_ROOT/test/eval/metrics_extract.sh" "$work/metrics_got.csv" "$PD_ROOT/test/data/gold" "$sets"
python3 "$PD_ROOT/test/eval/metrics_score.py" "$work/metrics_got.csv" \
	--seeds "$PD_ROOT/test/data/metrics_gold.tsv" --gold "$PD_ROOT/test/data/gold" \
	--sets "$sets" ${METRICS_LIST:+--list}
