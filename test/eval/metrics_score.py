#!/usr/bin/env python3
"""Score extract_metrics against the hand-labelled gold sets.

usage: metrics_score.py GOT.csv [--seeds metrics_gold.tsv] [--gold DIR]
                        [--sets seeds,dev,test,test2,test3] [--list]
                        [--min-p P] [--min-r R] [--min NAME=V ...]

GOT.csv is what metrics_extract.sh writes (set, doc, script and every column
extract_metrics returns, by name).  Gold:
  seeds  test/data/metrics_gold.tsv (the five seeds; test/data/README.md)
  dev    test/data/gold/{docs,quantities}.tsv rows of set dev
  test   the same files' rows of set test: held out until it was scored once
         (e71af63, docs/extraction.md); open for development since
  test2  the same files' rows of set test2: held out until it was scored
         once (0a2fc76, docs/extraction.md); open for development since
  test3  the same files' rows of set test3: held out until it was scored
         once (2fa1bb1, docs/extraction.md); open for development since
  test4  the same files' rows of set test4: held out until it was scored
         once (294fc74, docs/extraction.md); open for development since
  test5  the same files' rows of set test5: held out until it was scored
         once (8199069, docs/extraction.md); open for development since
  test6  the same files' rows of set test6: held out until it was scored
         once (29f8b9e, docs/extraction.md); open for development since
  test7  the same files' rows of set test7: held out until it was scored
         once (f7b7b52, docs/extraction.md); open for development since
  test8  the same files' rows of set test8 (not written yet): held out, read
         only when --sets names it, reported only, never listed
The default sets are seeds,dev,test,test2,test3,test4,test5,test6,test7 (the development sets).

A found quantity matches a gold one when both are in the same document,
have the same value (as decimals) and unit, and their spans overlap (the
gold's span: the occurrence-th place raw occurs in the text).  Per set and
per script (s Simplified, t Traditional) it prints value+unit precision,
recall and F1, and on the matched pairs:
  subject       right where the gold names a gazetteer region (by code: the
                extractor must name that region, not a park in it) or park
                (by name); "all named" adds org:NAME and place:NAME (the
                extractor's subject as written must equal NAME); "national"
                figures are right when the extractor names no place
  metric        the catalog code, where the gold gives one; and how many
                figures the gold gives none got a code anyway (wrong codes)
  period        period_start and period_end both equal the gold's, over the
                figures whose gold has a period; "year" where the gold's
                period lies in one calendar year, the extractor's year
  status        actual | target | estimate (from is_target where the
                extractor has no status column yet)
  indicator     the indicator as written equals the gold's, where it has one
  extras        found quantities that match no gold one
Columns extract_metrics does not return yet are reported as n/a.  --list
prints misses, extras and differences for every set but test8.  --min-p,
--min-r and --min NAME=V (NAME one of the row labels below, e.g.
"subject gazetteer") set floors on the first set scored: exit status 1 if a
figure is below its floor.
"""
import csv
import os
import re
import sys
from decimal import Decimal, InvalidOperation

HELD_OUT = 'test8'     # scored only when --sets names it, never listed

SEED_COLS = ['doc', 'start_pos', 'raw', 'value', 'unit', 'qualifier', 'indicator',
             'kind', 'is_target', 'period', 'year', 'subject', 'metric']


def dec(s):
    try:
        return Decimal(s)
    except (InvalidOperation, TypeError):
        return None


def read_tsv(path):
    """Header line, tab-separated, no quoting, no tabs or newlines in fields."""
    with open(path, encoding='utf-8', newline='') as f:
        lines = [l for l in f.read().split('\n') if l and not l.startswith('#')]
    cols = lines[0].split('\t')
    return [dict(zip(cols, (l.split('\t') + [''] * len(cols))[:len(cols)])) for l in lines[1:]]


def load_seeds(path):
    rows = []
    for r in read_tsv(path):
        r = {c: r.get(c, '') for c in SEED_COLS}
        start = int(r['start_pos']) - 1
        rows.append(dict(set='seeds', script='s', doc=r['doc'], start=start,
                         end=start + len(r['raw']), raw=r['raw'], dec=dec(r['value']),
                         unit=r['unit'], qualifier=r['qualifier'], kind=r['kind'],
                         indicator=r['indicator'], subject=r['subject'], metric=r['metric'] or None,
                         status='target' if r['is_target'] == 't' else 'actual',
                         period_start=None, period_end=None,
                         year=r['year'] or None))
    return rows


def fold_parens(s):
    """Park names compare with full-width and ASCII parentheses alike: the park
    table writes 中国(上海)自由贸易试验区, gold rows may write 中国（上海）…."""
    return s.replace('（', '(').replace('）', ')') if s else s


def nth(text, raw, occ):
    """Start of the occ-th (1-based) occurrence of raw, overlaps counted."""
    i = text.find(raw)
    while i >= 0 and occ > 1:
        i = text.find(raw, i + 1)
        occ -= 1
    return i


def load_gold(gdir, sets):
    docs = {r['doc']: r for r in read_tsv(os.path.join(gdir, 'docs.tsv')) if r['set'] in sets}
    for d in docs.values():     # paragraphs: the two characters \n in the file
        d['text'] = d['text'].replace('\\n', '\n')
    rows = []
    for r in read_tsv(os.path.join(gdir, 'quantities.tsv')):
        d = docs.get(r['doc'])
        if d is None:
            continue
        start = nth(d['text'], r['raw'], int(r['occurrence']))
        if start < 0:
            raise SystemExit('gold: %s does not occur %s times in %s' % (r['raw'], r['occurrence'], r['doc']))
        ps, pe = r['period_start'] or None, r['period_end'] or None
        year = ps[:4] if ps and pe and ps[:4] == pe[:4] else None
        rows.append(dict(set=d['set'], script=d['script'], doc=r['doc'], start=start,
                         end=start + len(r['raw']), raw=r['raw'], dec=dec(r['value']),
                         unit=r['unit'], qualifier=r['qualifier'], kind=r['kind'],
                         indicator=r['indicator'], subject=fold_parens(r['subject']),
                         metric=r['metric'] or None, status=r['status'],
                         period_start=ps, period_end=pe, year=year))
    return docs, rows


def load_got(path):
    rows = []
    with open(path, encoding='utf-8', newline='') as f:
        rd = csv.DictReader(f)
        cols = set(rd.fieldnames or [])
        for r in rd:
            start = int(r['start_pos']) - 1
            r['start'], r['end'] = start, start + len(r['raw'])
            r['dec'] = dec(r['value'])
            if 'status' not in cols:
                r['status'] = 'target' if r['is_target'] == 't' else 'actual'
            rows.append(r)
    return rows, cols


def load_places(path):
    parks, regions = set(), {}
    with open(path, encoding='utf-8', newline='') as f:
        for name, kind, code in csv.reader(f):
            if kind == 'park':
                parks.add(fold_parens(name))
            else:
                regions.setdefault(name, set()).add(code)
    return parks, regions


def match(gold, got):
    """Greedy one-to-one: each gold quantity takes the first unused found
    quantity of its document with its value and unit whose span overlaps."""
    bydoc = {}
    for i, t in enumerate(got):
        bydoc.setdefault(t['doc'], []).append(i)
    used, pairs = set(), []
    for g in gold:
        for i in bydoc.get(g['doc'], []):
            t = got[i]
            if i in used or t['dec'] is None or t['dec'] != g['dec'] or (t['unit'] or '') != g['unit']:
                continue
            if t['start'] < g['end'] and g['start'] < t['end']:
                used.add(i)
                pairs.append((g, t))
                break
    return pairs, used


class Score:
    """The figures of one group of documents."""

    def __init__(self, gold, got, pairs, cols, places):
        self.rows = []
        self.cols, self.parks, self.regions = cols, places[0], places[1]
        n_docs = len({g['doc'] for g in gold} | {t['doc'] for t in got})
        tp = len(pairs)
        p = tp / len(got) if got else 1.0
        r = tp / len(gold) if gold else 1.0
        self.add('documents', n_docs)
        self.add('gold quantities', len(gold))
        self.add('found', len(got))
        self.add('value+unit P', p, tp, len(got))
        self.add('value+unit R', r, tp, len(gold))
        self.add('value+unit F1', 2 * p * r / (p + r) if p + r else 0.0)
        self.ratio('subject gazetteer', pairs, lambda g: self.gaz(g['subject']), self.subject_ok)
        self.ratio('subject all named', pairs,
                   lambda g: self.gaz(g['subject']) or g['subject'][:4] in ('org:', 'plac'),
                   self.subject_ok)
        self.ratio('subject national', pairs, lambda g: g['subject'] == 'national', self.subject_ok)
        if 'metric' in cols:
            self.ratio('metric right', pairs, lambda g: g['metric'], lambda g, t: t['metric'] == g['metric'])
            none = [(g, t) for g, t in pairs if not g['metric']]
            self.add('metric wrong on none', sum(1 for _, t in none if t['metric']), None, len(none))
        else:
            self.na('metric right', 'metric')
            self.na('metric wrong on none', 'metric')
        if 'period_start' in cols:
            self.ratio('period both ends', pairs, lambda g: g['period_start'],
                       lambda g, t: (t['period_start'] or None, t['period_end'] or None) ==
                       (g['period_start'], g['period_end']))
        else:
            self.na('period both ends', 'period_start')
        self.ratio('year', pairs, lambda g: g['year'], lambda g, t: t['year'] == g['year'])
        self.ratio('status', pairs, lambda g: True, lambda g, t: t['status'] == g['status'])
        self.ratio('indicator exact', pairs, lambda g: g['indicator'],
                   lambda g, t: (t['indicator'] or '') == g['indicator'])
        self.ratio('qualifier', pairs, lambda g: True, lambda g, t: (t['qualifier'] or '') == g['qualifier'])
        self.ratio('kind', pairs, lambda g: True, lambda g, t: t['kind'] == g['kind'])
        self.add('extras (not in gold)', len(got) - tp)

    def gaz(self, s):
        return bool(s) and (re.fullmatch(r'\d{6}', s) or s in self.parks or s in self.regions)

    def subject_ok(self, g, t):
        s, got = g['subject'], fold_parens(t['subject'] or '')
        if s == 'national':
            return got == ''
        if s.startswith('org:') or s.startswith('place:'):
            return got == s.split(':', 1)[1]
        if re.fullmatch(r'\d{6}', s):        # a region, named as a region
            return got not in self.parks and s in self.regions.get(got, ())
        return got == s                      # a park, or a seed gold's canonical name

    def add(self, label, v, n=None, d=None):
        self.rows.append((label, v, n, d))

    def na(self, label, col):
        self.rows.append((label, 'n/a', None, None))

    def ratio(self, label, pairs, applies, ok):
        ps = [(g, t) for g, t in pairs if applies(g)]
        n = sum(1 for g, t in ps if ok(g, t))
        self.add(label, n / len(ps) if ps else None, n, len(ps))

    def value(self, label):
        for lab, v, _, _ in self.rows:
            if lab == label:
                return v
        return None


def fmt(v, n, d):
    if isinstance(v, str):
        return v
    if v is None:
        return '-'
    if isinstance(v, int) and n is None and d is None:
        return str(v)
    if n is None and d is not None:                 # a count out of d
        return '%d/%d' % (v, d)
    s = '%.3f' % v
    return s + (' %d/%d' % (n, d) if d is not None else '')


def listing(name, gold, got, pairs, used, score):
    matched = {id(g) for g, _ in pairs}
    for g in gold:
        if id(g) not in matched:
            print('MISSED %s %s@%d %s %s %s' % (name, g['doc'], g['start'] + 1, g['raw'], g['dec'], g['unit']))
    for i, t in enumerate(got):
        if i not in used:
            print('EXTRA  %s %s@%d %s %s %s' % (name, t['doc'], t['start'] + 1, t['raw'], t['value'], t['unit']))
    for g, t in pairs:
        diffs = []
        if g['subject'] and not score.subject_ok(g, t):
            diffs.append('subject gold=%r got=%r' % (g['subject'], t['subject']))
        if 'metric' in score.cols and (g['metric'] or '') != (t['metric'] or ''):
            diffs.append('metric gold=%r got=%r (%s)' % (g['metric'], t['metric'], t['indicator']))
        if 'period_start' in score.cols and g['period_start'] and \
                (g['period_start'], g['period_end']) != (t['period_start'] or None, t['period_end'] or None):
            diffs.append('period gold=%s..%s got=%s..%s (%s)' % (g['period_start'], g['period_end'],
                                                                 t['period_start'], t['period_end'], t['period']))
        if g['status'] != t['status']:
            diffs.append('status gold=%s got=%s' % (g['status'], t['status']))
        for c in ('qualifier', 'kind'):
            if (t[c] or '') != g[c]:
                diffs.append('%s gold=%s got=%s' % (c, g[c], t[c]))
        if g['year'] and g['year'] != t['year']:
            diffs.append('year gold=%s got=%s' % (g['year'], t['year']))
        for d in diffs:
            print('DIFF   %s %s %s %s' % (name, g['doc'], g['raw'], d))


def main(argv):
    args = argv[1:]
    opt = lambda k, d=None: args[args.index(k) + 1] if k in args else d
    got_path = args[0]
    sets = opt('--sets', 'seeds,dev,test,test2,test3,test4,test5,test6,test7').split(',')
    mins = [a.split('=') for i, a in enumerate(args) if i and args[i - 1] == '--min']
    got, cols = load_got(got_path)
    places = load_places(got_path + '.places')
    gold = []
    if 'seeds' in sets and opt('--seeds'):
        gold += load_seeds(opt('--seeds'))
    gdir = opt('--gold')
    if gdir and os.path.exists(os.path.join(gdir, 'docs.tsv')):
        _, rows = load_gold(gdir, set(sets) - {'seeds'})
        gold += rows
    for g in gold:      # the seeds' gold names organisations as written
        if g['set'] == 'seeds' and g['subject'] and g['subject'] not in places[0] \
                and g['subject'] not in places[1]:
            g['subject'] = 'org:' + g['subject']
    missing = [c for c in ('metric', 'status', 'period_start', 'period_end') if c not in cols]
    if missing:
        print('extract_metrics returns no %s yet: those figures are n/a' % ', '.join(missing))
    groups = []
    for s in sets:
        scripts = sorted({g['script'] for g in gold if g['set'] == s})
        if not scripts:
            print('%s: no gold documents' % s)
            continue
        keys = [(s, sc) for sc in scripts] + ([(s, None)] if len(scripts) > 1 else [])
        for key in keys:
            sel = lambda r: r['set'] == key[0] and (key[1] is None or r['script'] == key[1])
            gs, ts = [g for g in gold if sel(g)], [t for t in got if sel(t)]
            pairs, used = match(gs, ts)
            groups.append((key, Score(gs, ts, pairs, cols, places), gs, ts, pairs, used))
    if not groups:
        return 0
    head = ['%s/%s' % (k[0], k[1] or 'all') for k, *_ in groups]
    width = max(14, max(len(h) for h in head) + 1)
    print('%-22s' % '' + ''.join('%*s' % (width, h) for h in head))
    for i, (label, *_) in enumerate(groups[0][1].rows):
        print('%-22s' % label + ''.join('%*s' % (width, fmt(*sc.rows[i][1:])) for _, sc, *_ in groups))
    if '--list' in args:
        for key, sc, gs, ts, pairs, used in groups:
            if key[0] != HELD_OUT and key[1] is not None:
                listing('%s/%s' % key, gs, ts, pairs, used, sc)
    first = groups[0][1]
    floors = [('value+unit P', opt('--min-p')), ('value+unit R', opt('--min-r'))] + \
        [(n, v) for n, v in mins]
    bad = 0
    for label, floor in floors:
        if floor is None:
            continue
        v = first.value(label)
        if not isinstance(v, float) or v < float(floor):
            print('BELOW FLOOR %s: %s < %s' % (label, v, floor))
            bad = 1
    return bad


if __name__ == '__main__':
    sys.exit(main(sys.argv))
