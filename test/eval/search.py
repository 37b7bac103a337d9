#!/usr/bin/env python3
"""Recall of numeric queries in full-text search, against LIKE (make eval-search).

usage: search.py DBNAME [--config NAME ...] [--show-misses N]

Documents: the paragraphs of the seed articles (seeds/*.txt, lines of 20
characters or more) and the sentences of the hand-segmented development set
(test/data/seg/dev.txt, the words joined back).  Queries: every number in
that text as a reader would search for it, found by regular expressions
(not by the parser under test): a year (2009 and 2009年), a month or day
(3月), a number with its scale word and without it (16.7万, 16.7), a percent
(46.3% and 46.3), Han-numeral dates and percents (二〇〇一年, 百分之五十,
and 百分之 alone), numbers with thousands separators.

A document is relevant to a query when the query's text occurs in it as a
number: not preceded by a digit or a decimal point, not followed by a digit
or a decimal part, and, for a query ending in a scale word, not followed by
a further scale word (16.7 is in 16.7万, 16.7万 is not in 16.7万亿).  Recall = relevant documents found / relevant documents,
summed over the queries (micro) and averaged per query (macro), for
phraseto_tsquery, to_tsquery and websearch_to_tsquery; "extra" counts
documents found that are not relevant.
"""
import os
import re
import sys

import psycopg2

ROOT = os.environ.get('PD_ROOT', os.path.join(os.path.dirname(__file__), '..', '..'))

HAN_DIGIT = '〇○零一二三四五六七八九两'
HAN_NUM = HAN_DIGIT + '十百千万亿'
SCALE = '万亿千百'


def documents():
    docs = []
    seeds = os.path.join(ROOT, 'seeds')
    for name in sorted(os.listdir(seeds)):
        if name.endswith('.txt'):
            for line in open(os.path.join(seeds, name), encoding='utf-8'):
                line = line.strip()
                if len(line) >= 20:
                    docs.append(line)
    dev = os.path.join(ROOT, 'test', 'data', 'seg', 'dev.txt')
    if os.path.exists(dev):
        for line in open(dev, encoding='utf-8'):
            if line.strip() and not line.startswith('#'):
                docs.append(line.strip().replace('+', '').replace(' ', ''))
    return docs


def queries(docs):
    qs = set()
    num = r'\d+(?:,\d{3})*(?:\.\d+)?'
    for d in docs:
        for m in re.finditer(r'(?<![\d.,])(' + num + r')([万亿千]*)(年|月份|月|日|%|％)?', d):
            n, sc, unit = m.group(1), m.group(2), m.group(3) or ''
            if unit == '年' and not re.fullmatch(r'\d{4}', n):
                unit = ''
            if len(n) < 2 and not sc and not unit:
                continue        # a lone digit: too common to be a query
            qs.add(n)
            if ',' in n:
                qs.add(n.replace(',', ''))
            if sc:
                qs.add(n + sc)
            if unit in ('年', '月', '日', '月份'):
                qs.add(n + sc + unit)
            elif unit:
                qs.add(n + sc + '%')
        for m in re.finditer('([' + HAN_DIGIT + ']{4})年', d):
            qs.add(m.group(0))
        for m in re.finditer('百分之([' + HAN_NUM + '点]+)', d):
            qs.add('百分之')
            qs.add(m.group(0))
    return sorted(qs)


def relevant(q, d):
    pat = re.escape(q)
    if q[0].isdigit():
        pat = r'(?<![\d.,])' + pat
    if q[-1].isdigit():
        pat += r'(?![\d]|[.,]\d)'
    elif q[-1] in SCALE:
        pat += '(?![' + SCALE + '])'
    return re.search(pat, d) is not None


def main():
    dbname = sys.argv[1]
    configs = []
    args = sys.argv[2:]
    show = 0
    while args:
        a = args.pop(0)
        if a == '--config':
            configs.append(args.pop(0))
        elif a == '--show-misses':
            show = int(args.pop(0))
    configs = configs or ['parkdata.chinese', 'simple']
    docs = documents()
    qs = queries(docs)
    rel = {q: {i for i, d in enumerate(docs) if relevant(q, d)} for q in qs}
    qs = [q for q in qs if rel[q]]
    conn = psycopg2.connect(dbname=dbname)
    cur = conn.cursor()
    cur.execute("CREATE TEMP TABLE d (id int, body text)")
    cur.executemany("INSERT INTO d VALUES (%s, %s)", list(enumerate(docs)))
    print(f"{len(docs)} documents, {len(qs)} queries, "
          f"{sum(len(r) for r in rel.values())} relevant (query, document) pairs")
    for cfg in configs:
        cur.execute("SELECT count(*) FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace "
                    "WHERE n.nspname || '.' || c.cfgname = %s OR c.cfgname = %s", (cfg, cfg))
        if cur.fetchone()[0] == 0:
            print(f"{cfg:24s} not installed; skipped")
            continue
        cur.execute(f"CREATE TEMP TABLE v AS SELECT id, to_tsvector(%s::regconfig, body) AS v FROM d", (cfg,))
        for fn in ('phraseto_tsquery', 'to_tsquery', 'websearch_to_tsquery'):
            found_rel = extra = 0
            per_q = []
            misses = []
            for q in qs:
                arg = "'" + q + "'" if fn == 'to_tsquery' else q
                cur.execute(f"SELECT id FROM v WHERE v @@ {fn}(%s::regconfig, %s)", (cfg, arg))
                got = {r[0] for r in cur.fetchall()}
                hit = len(got & rel[q])
                found_rel += hit
                extra += len(got - rel[q])
                per_q.append(hit / len(rel[q]))
                if hit < len(rel[q]):
                    misses.append(q)
            total = sum(len(rel[q]) for q in qs)
            print(f"{cfg:24s} {fn:22s} recall {found_rel / total:.3f} (micro, {found_rel}/{total}), "
                  f"{sum(per_q) / len(per_q):.3f} (macro); {extra} extra")
            if show and fn == 'phraseto_tsquery':
                print("    missed: " + ' '.join(misses[:show]))
        cur.execute("DROP TABLE v")
    conn.rollback()


if __name__ == '__main__':
    main()
