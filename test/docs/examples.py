#!/usr/bin/env python3
"""test/docs/examples.py - run the SQL examples of README.md and docs/*.md.

An example is a fenced ```sql block followed (blank lines allowed) by a
fenced ```text block: the text block is what psql prints for the SQL
(default aligned format, no "(N rows)" footer, errors as psql shows them).
A ```sql block preceded by the line <!-- doc-test: run --> is run as set-up
and must not fail; any other ```sql block is illustration and is not run.

Each file gets its own database, a copy of one with the extension freshly
created; its examples run in order (so an example may use tables an earlier
one created), each in its own psql session.

    examples.py [--update] [FILE ...]     (default: README.md docs/*.md)

Connection: the usual PG* variables.  Prints "ok FILE:LINE" or "FAIL
FILE:LINE" with a diff per example and ends with "N passed, N failed".
--update rewrites each text block with what psql printed (review the diff).
"""
import difflib
import glob
import os
import re
import subprocess
import sys

RUN_MARK = '<!-- doc-test: run -->'
FENCE = re.compile(r'^(\s*)(`{3,})\s*([A-Za-z0-9_+-]*)\s*$')
TEMPLATE = 'pd_docs_template'


class Block:
    def __init__(self, lang, start, end, body, indent):
        self.lang, self.start, self.end, self.body, self.indent = lang, start, end, body, indent


def blocks(lines):
    """Fenced blocks of a markdown file: (lang, first line, closing line, text)."""
    out, i = [], 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, ticks, lang = m.group(1), m.group(2), m.group(3).lower()
        j = i + 1
        while j < len(lines) and not re.match(r'^\s*' + ticks + r'\s*$', lines[j]):
            j += 1
        body = [l[len(indent):] if l.startswith(indent) else l.lstrip() for l in lines[i + 1:j]]
        out.append(Block(lang, i, j, '\n'.join(body), indent))
        i = j + 1
    return out


def examples(lines):
    """(sql block, text block or None, is set-up) for every block that runs."""
    bl, res = blocks(lines), []
    for k, b in enumerate(bl):
        if b.lang != 'sql':
            continue
        nxt = bl[k + 1] if k + 1 < len(bl) else None
        between = lines[b.end + 1:nxt.start] if nxt else []
        if nxt and nxt.lang == 'text' and all(not l.strip() for l in between):
            res.append((b, nxt, False))
        elif b.start > 0 and lines[b.start - 1].strip() == RUN_MARK:
            res.append((b, None, True))
    return res


def psql(db, sql, stop_on_error=False):
    cmd = ['psql', '-X', '-q', '-P', 'footer=off', '-P', 'pager=off', '-d', db]
    if stop_on_error:
        cmd[1:1] = ['-v', 'ON_ERROR_STOP=1']
    env = dict(os.environ, PGOPTIONS=os.environ.get('PGOPTIONS', ''), PSQL_PAGER='', PAGER='')
    p = subprocess.run(cmd, input=sql + '\n', stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       env=env, encoding='utf-8', errors='replace')
    return p.returncode, p.stdout


def norm(text):
    return '\n'.join(l.rstrip() for l in text.strip('\n').split('\n')).strip('\n')


def admin(sql):
    rc, out = psql('postgres', sql, stop_on_error=True)
    if rc != 0:
        sys.exit('examples.py: %s failed: %s' % (sql, out.strip()))


def run_file(path, update, counts):
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    ex = examples(lines)
    if not ex:
        return
    db = 'pd_docs_' + re.sub(r'[^a-z0-9]+', '_', os.path.splitext(path)[0].lower()).strip('_')
    admin('DROP DATABASE IF EXISTS %s' % db)
    admin('CREATE DATABASE %s TEMPLATE %s' % (db, TEMPLATE))
    edits = []
    for sql_b, text_b, setup in ex:
        where = '%s:%d' % (path, sql_b.start + 1)
        rc, out = psql(db, sql_b.body, stop_on_error=setup)
        if setup:
            if rc == 0:
                counts[0] += 1
                print('ok   %s (set-up)' % where)
            else:
                counts[1] += 1
                print('FAIL %s (set-up): %s' % (where, out.strip()[:400]))
            continue
        want, got = norm(text_b.body), norm(out)
        if want == got:
            counts[0] += 1
            print('ok   %s' % where)
            continue
        if update:
            edits.append((text_b, got))
            print('upd  %s' % where)
            continue
        counts[1] += 1
        print('FAIL %s: psql prints something else than the text block at line %d:' % (where, text_b.start + 1))
        for d in difflib.unified_diff(want.split('\n'), got.split('\n'), 'documented', 'psql', lineterm='', n=1):
            print('     ' + d)
    admin('DROP DATABASE IF EXISTS %s' % db)
    if edits:
        for text_b, got in sorted(edits, key=lambda e: -e[0].start):
            new = [text_b.indent + l if l else l for l in got.split('\n')] if got else []
            lines[text_b.start + 1:text_b.end] = new
        with open(path, 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines))


def main(argv):
    update = '--update' in argv
    files = [a for a in argv if a != '--update']
    if not files:
        files = ['README.md'] + sorted(glob.glob('docs/*.md'))
    admin('DROP DATABASE IF EXISTS %s' % TEMPLATE)
    admin('CREATE DATABASE %s' % TEMPLATE)
    rc, out = psql(TEMPLATE, 'SET client_min_messages = warning; CREATE EXTENSION parkdata;', stop_on_error=True)
    if rc != 0:
        sys.exit('examples.py: CREATE EXTENSION parkdata failed: %s' % out.strip())
    counts = [0, 0]
    for path in files:
        run_file(path, update, counts)
    admin('DROP DATABASE IF EXISTS %s' % TEMPLATE)
    print('%d passed, %d failed' % tuple(counts))
    return 0 if counts[1] == 0 else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
