#!/usr/bin/env python3
"""Score extract_metrics output against test/data/metrics_gold.tsv.

usage: metrics_score.py GOLD.tsv GOT.tsv [--min-p P] [--min-r R] [--list]

A found quantity matches a gold one when both are in the same document, have
the same value (compared as decimals) and unit, and their raw spans overlap.
Prints precision, recall and F1 on (value, unit), then for the matched pairs
the share that agree exactly on every other column.  With --min-p/--min-r
the exit status is 1 when a figure is below its floor.
"""
import csv
import sys
from decimal import Decimal

COLS = ['doc', 'start_pos', 'raw', 'value', 'unit', 'qualifier', 'indicator',
        'kind', 'is_target', 'period', 'year', 'subject']


def load(path, header):
    rows = []
    with open(path, encoding='utf-8') as f:
        rd = csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE)
        for i, r in enumerate(rd):
            if header and i == 0:
                continue
            if not r or r[0].startswith('#'):
                continue
            r = (r + [''] * len(COLS))[:len(COLS)]
            d = dict(zip(COLS, r))
            d['start_pos'] = int(d['start_pos'])
            d['end_pos'] = d['start_pos'] + len(d['raw'])
            d['dec'] = Decimal(d['value'])
            rows.append(d)
    return rows


def main(argv):
    gold = load(argv[1], True)
    got = load(argv[2], False)
    min_p = float(argv[argv.index('--min-p') + 1]) if '--min-p' in argv else None
    min_r = float(argv[argv.index('--min-r') + 1]) if '--min-r' in argv else None
    listing = '--list' in argv
    used = set()
    pairs = []
    for gi, g in enumerate(gold):
        for ti, t in enumerate(got):
            if ti in used or t['doc'] != g['doc']:
                continue
            if t['dec'] == g['dec'] and t['unit'] == g['unit'] and \
                    t['start_pos'] < g['end_pos'] and g['start_pos'] < t['end_pos']:
                used.add(ti)
                pairs.append((g, t))
                break
    tp = len(pairs)
    p = tp / len(got) if got else 1.0
    r = tp / len(gold) if gold else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f'gold {len(gold)}, found {len(got)}, matched {tp}')
    print(f'(value, unit): precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}')
    print('accuracy on matched quantities:')
    for c in ['raw', 'start_pos', 'qualifier', 'kind', 'indicator', 'subject',
              'period', 'year', 'is_target']:
        ok = sum(1 for g, t in pairs if g[c] == t[c])
        print(f'  {c:10s} {ok / tp if tp else 0:.3f}  ({ok}/{tp})')
    if listing:
        matched_gold = {id(g) for g, _ in pairs}
        for g in gold:
            if id(g) not in matched_gold:
                print('MISSED', g['doc'][:3], g['start_pos'], g['raw'], g['value'], g['unit'])
        for ti, t in enumerate(got):
            if ti not in used:
                print('EXTRA ', t['doc'][:3], t['start_pos'], t['raw'], t['value'], t['unit'])
        for g, t in pairs:
            for c in ['qualifier', 'kind', 'indicator', 'subject', 'period', 'year', 'is_target']:
                if g[c] != t[c]:
                    print(f'DIFF   {g["doc"][:3]} {g["raw"]:12s} {c:9s} gold={g[c]!r} got={t[c]!r}')
    bad = (min_p is not None and p < min_p) or (min_r is not None and r < min_r)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
