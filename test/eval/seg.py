#!/usr/bin/env python3
"""Word segmentation quality of parkdata.icu_zh (make eval-seg).

usage: seg.py SEGMENTATION_DIR DBNAME [--raw] [--parser NAME] [--peers] [--errors N]
              [--errors-heldout]

Sets:
  dev-J, dev-S   the project's hand-segmented development set
                 (test/data/seg/dev.txt, conventions in its README): units
                 whose segmentation standards disagree are joined in dev-J
                 and split in dev-S; dev-s and dev-t below are its
                 Simplified and Traditional lines under convention J
  held-J, held-S, held-s, held-t
                 the first held-out set (test/data/seg/heldout.txt, same
                 format and conventions; its Traditional lines follow the
                 comment line "# Traditional"), written from pages nobody
                 had developed on; open for development since 2026-12-02
                 (a new held-out set was written then): --errors lists its
                 words only with --errors-heldout
  held2-J, held2-S, held2-s, held2-t
                 the second held-out set (test/data/seg/heldout2.txt, written
                 2026-12-02 from pages nobody develops on): never tuned on,
                 its errors never listed
  pku, msr, cityu  SIGHAN 2005 test sets, read from SEGMENTATION_DIR (never
                 copied into the project; skipped with a message where
                 absent).  Reported, never tuned on.

Each set is segmented through PostgreSQL's ts_parse and scored by word
spans (precision, recall, F1), as the bakeoff's scorer does.  Blank tokens
(id 12) are split into runs of one repeated character (。 ， —— ……),
whitespace dropped: the parser merges neighbouring punctuation into one
blank token, the gold sets count each mark as a word.

--raw empties the lexicon inside a transaction that is rolled back;
--parser picks another parser (a peer's too: pg_jieba's jieba, zhparser's
zhparser; spaces it returns as words are dropped); --peers adds jieba (Debian's python3-jieba,
the word list parkdata is built from; HMM on is what cppjieba, and so
pg_jieba, does by default) on the same sets; --errors N prints the N
commonest missed gold words and wrong words per set (for the held-out set
heldout.txt only with --errors-heldout; any other held-out set, never).
"""
import collections
import os
import sys

import psycopg2

ROOT = os.environ.get('PD_ROOT', os.path.join(os.path.dirname(__file__), '..', '..'))
SIGHAN = ('pku', 'msr', 'cityu')


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


def spans(words):
    out, pos = set(), 0
    for w in words:
        out.add((pos, pos + len(w)))
        pos += len(w)
    return out


def score(gold, test, errors=None):
    """P, R, F1 over lists of word lists; errors: a Counter pair to fill"""
    ng = nt = nc = 0
    for g, t in zip(gold, test):
        gs, ts = spans(g), spans(t)
        ng, nt, nc = ng + len(gs), nt + len(ts), nc + len(gs & ts)
        if errors is not None:
            text = ''.join(g)
            errors[0].update(text[a:b] for a, b in gs - ts)
            errors[1].update(text[a:b] for a, b in ts - gs)
    p = nc / nt if nt else 0.0
    r = nc / ng if ng else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), ng


def is_traditional(line):
    return any(c in line for c in '區國會園營業額積體電為與發這個們產經濟臺灣')


def hand_sets(name, prefix, marked):
    """the sets of a hand-segmented file of test/data/seg; marked: its
    Traditional lines follow a "# Traditional" comment, else is_traditional"""
    path = os.path.join(ROOT, 'test', 'data', 'seg', name)
    if not os.path.exists(path):
        return {}
    joined, split, trad = [], [], []
    in_trad = False
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if marked and line.startswith('# Traditional'):
            in_trad = True
        if not line or line.startswith('#'):
            continue
        ws = line.split(' ')
        joined.append([w.replace('+', '') for w in ws])
        split.append([p for w in ws for p in w.split('+')])
        trad.append(in_trad if marked else is_traditional(line))
    return {
        f'{prefix}-J': joined,
        f'{prefix}-S': split,
        f'{prefix}-s': [w for w, t in zip(joined, trad) if not t],
        f'{prefix}-t': [w for w, t in zip(joined, trad) if t],
    }


def dev_sets():
    return hand_sets('dev.txt', 'dev', False)


def heldout_sets():
    return hand_sets('heldout.txt', 'held', True)


def heldout2_sets():
    return hand_sets('heldout2.txt', 'held2', True)


def lines_of(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    while lines and lines[-1].strip() == '':
        lines.pop()
    return lines


def sighan_set(segdir, name):
    """(gold word lists, raw lines) of a SIGHAN set, or None"""
    gold = os.path.join(segdir, f'{name}_test_gold.utf8')
    test = os.path.join(segdir, f'{name}_test.utf8')
    if not (os.path.exists(gold) and os.path.exists(test)):
        return None
    return [l.replace('\u3000', ' ').split() for l in lines_of(gold)], lines_of(test)


def parse(cur, parser, texts):
    """the words of each text as parser cuts them"""
    cur.execute("""
        SELECT u.i, p.tokid, p.token
        FROM unnest(%s::text[]) WITH ORDINALITY AS u(line, i),
             LATERAL ts_parse(%s, u.line) WITH ORDINALITY AS p(tokid, token, n)
        ORDER BY u.i, p.n""", (texts, parser))
    out = [[] for _ in texts]
    for i, tokid, tok in cur.fetchall():
        if tokid == 12:
            out[i - 1].extend(blank_words(tok))
        elif tok.isspace():
            continue                # a peer's parser returns spaces as words
        else:
            out[i - 1].append(tok)
    return out


def jieba_cut(hmm):
    try:
        sys.path.insert(0, '/usr/lib/python3/dist-packages')
        import jieba
        jieba.setLogLevel(60)
    except ImportError:
        return None

    def cut(texts):
        return [[w for w in jieba.cut(t, HMM=hmm) if not w.isspace()] for t in texts]
    return cut


def report(name, system, gold, test, errors):
    cnt = (collections.Counter(), collections.Counter()) if errors else None
    p, r, f, n = score(gold, test, cnt)
    print(f"{name:6s} {system:24s} P={p:.4f} R={r:.4f} F1={f:.4f}  ({n} words)")
    if errors:
        print("       missed: " + ' '.join(f"{w}×{c}" for w, c in cnt[0].most_common(errors)))
        print("       wrong:  " + ' '.join(f"{w}×{c}" for w, c in cnt[1].most_common(errors)))


def main():
    segdir, dbname = sys.argv[1], sys.argv[2]
    raw = '--raw' in sys.argv
    parser = sys.argv[sys.argv.index('--parser') + 1] if '--parser' in sys.argv else 'parkdata.icu_zh'
    errors = int(sys.argv[sys.argv.index('--errors') + 1]) if '--errors' in sys.argv else 0
    open_held = '--errors-heldout' in sys.argv
    conn = psycopg2.connect(dbname=dbname)
    cur = conn.cursor()
    if raw:
        cur.execute("DELETE FROM parkdata.lexicon")
    if parser.startswith('parkdata.'):
        cur.execute("SELECT parkdata.icu_version(), parkdata.lexicon_backend_words()")
        icu, nwords = cur.fetchone()
        print(f"{parser}, ICU {icu}, lexicon {nwords} words{' (raw: lexicon emptied)' if raw else ''}")
    else:
        cur.execute("SELECT e.extname || ' ' || e.extversion FROM pg_ts_parser p"
                    " JOIN pg_depend d ON d.classid = 'pg_ts_parser'::regclass AND d.objid = p.oid AND d.deptype = 'e'"
                    " JOIN pg_extension e ON e.oid = d.refobjid WHERE p.prsname = %s", (parser,))
        ext = cur.fetchone()
        print(f"{parser} (a peer's parser{', extension ' + ext[0] if ext else ''}; its own dictionary)")
    sets = {name: (gold, [''.join(ws) for ws in gold]) for name, gold in dev_sets().items()}
    if not sets:
        print("dev    skipped: test/data/seg/dev.txt is absent")
    held = heldout_sets()
    if not held:
        print("held   skipped: test/data/seg/heldout.txt is absent")
    sets.update((name, (gold, [''.join(ws) for ws in gold])) for name, gold in held.items())
    held2 = heldout2_sets()
    if not held2:
        print("held2  skipped: test/data/seg/heldout2.txt is absent")
    sets.update((name, (gold, [''.join(ws) for ws in gold])) for name, gold in held2.items())
    for name in SIGHAN:
        s = sighan_set(segdir, name)
        if s is None:
            print(f"{name:6s} skipped: {segdir}/{name}_test.utf8 or its gold file is absent")
        else:
            sets[name] = s
    peers = []
    if '--peers' in sys.argv:
        for hmm in (True, False):
            cut = jieba_cut(hmm)
            if cut:
                peers.append((f"jieba 0.42 HMM {'on' if hmm else 'off'}", cut))
    for name, (gold, texts) in sets.items():
        # held-out sets' errors are not listed (heldout.txt's on request only)
        listed = not name.startswith('held') or (name.startswith('held-') and open_held)
        report(name, parser, gold, parse(cur, parser, texts), errors if listed else 0)
        for label, cut in peers:
            report(name, label, gold, cut(texts), 0)
    conn.rollback()


if __name__ == '__main__':
    main()
