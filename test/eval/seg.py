#!/usr/bin/env python3
"""Segment the SIGHAN 2005 test sets with parkdata.icu_zh (through
PostgreSQL's ts_parse) and score them with the shared score.py.

usage: seg.py SEGMENTATION_DIR DBNAME [--raw] [--parser NAME]

Reads {pku,msr,cityu}_test.utf8 and *_gold.utf8 from SEGMENTATION_DIR (never
copied into the project), writes the segmented text to a temporary file and
prints one line per set.  --raw empties the lexicon inside a transaction
that is rolled back (word list and number grouping only); --parser picks
another parser (parkdata.icu_zh_icudict: ICU's own dictionary).

Blank tokens (id 12) are split into runs of one repeated character
(。 ， —— ……), whitespace dropped: the parser merges neighbouring
punctuation into one blank token, the bakeoff counts each mark as a word.
"""
import os
import subprocess
import sys
import tempfile

import psycopg2

SETS = ('pku', 'msr', 'cityu')


def blank_words(tok):
    out, run = [], ''
    for ch in tok:
        if ch.isspace():
            if run:
                out.append(run)
            run = ''
        elif run and run[-1] != ch:
            out.append(run)
            run = ch
        else:
            run += ch
    if run:
        out.append(run)
    return out


def main():
    segdir, dbname = sys.argv[1], sys.argv[2]
    raw = '--raw' in sys.argv
    parser = sys.argv[sys.argv.index('--parser') + 1] if '--parser' in sys.argv else 'parkdata.icu_zh'
    conn = psycopg2.connect(dbname=dbname)
    cur = conn.cursor()
    if raw:
        cur.execute("DELETE FROM parkdata.lexicon")
    cur.execute("SELECT parkdata.icu_version(), parkdata.lexicon_backend_words()")
    icu, nwords = cur.fetchone()
    print(f"{parser}, ICU {icu}, lexicon {nwords} words{' (raw: lexicon emptied)' if raw else ''}")
    score = os.path.join(segdir, 'score.py')
    for name in SETS:
        test = os.path.join(segdir, f'{name}_test.utf8')
        gold = os.path.join(segdir, f'{name}_test_gold.utf8')
        if not (os.path.exists(test) and os.path.exists(gold)):
            print(f"{name:6s} skipped: {test} or its gold file is absent")
            continue
        lines = open(test, encoding='utf-8').read().split('\n')
        while lines and lines[-1].strip() == '':
            lines.pop()
        cur.execute("""
            SELECT u.i, p.tokid, p.token
            FROM unnest(%s::text[]) WITH ORDINALITY AS u(line, i),
                 LATERAL ts_parse(%s, u.line) WITH ORDINALITY AS p(tokid, token, n)
            ORDER BY u.i, p.n""", (lines, parser))
        out = [[] for _ in lines]
        for i, tokid, tok in cur.fetchall():
            if tokid == 12:
                out[i - 1].extend(blank_words(tok))
            else:
                out[i - 1].append(tok)
        with tempfile.NamedTemporaryFile('w', encoding='utf-8', suffix='.seg', delete=False) as f:
            f.write('\n'.join(' '.join(ws) for ws in out) + '\n')
            path = f.name
        try:
            res = subprocess.run([sys.executable, score, gold, path], capture_output=True, text=True)
        finally:
            os.unlink(path)
        if res.returncode != 0:
            print(f"{name:6s} scoring failed: {res.stdout}{res.stderr}")
            continue
        for line in res.stdout.splitlines():
            if line.startswith('all') or line.startswith('nopunct') or line.startswith('mismatched'):
                print(f"{name:6s} {line}")
    conn.rollback()


if __name__ == '__main__':
    main()
