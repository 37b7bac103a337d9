#!/usr/bin/env bash
# 42-lexstate: the certificate that the lexicon's shipped rows are the
# prebuilt image's (parkdata.lexicon_state, src/pd_lexicon_state.c), with
# which a new backend reads only the users' rows.  Every way the shipped rows
# can change is tried, with and without the triggers that keep the
# certificate (a plain UPDATE, replica mode, triggers disabled, pg_trigger
# updated by hand, the trigger function replaced, a table rewrite, a column
# renamed, the index replaced, TRUNCATE, COPY, a rolled-back change, two
# transactions at once, pg_dump/pg_restore, a data-only restore with
# --disable-triggers, a database copied from a template): after each, a new
# backend must segment as the table says, and say whether it trusted the
# certificate (DEBUG1).  The word 瞪羚企业 is a shipped row (source domain);
# setting its source to 'metric' makes the parser cut it (瞪|羚|企业).
# Needs python3-psycopg2.
cd "$PD_ROOT" || exit 1
. "$PD_ROOT/test/pysuite.sh"
BIN=$("${PG_CONFIG:-pg_config}" --bindir)
export PD_BIN=$BIN PD_TMP=$(mktemp -d)
pysuite_db 42-lexstate pd_lexstate || exit 0
$PY - <<'PYEOF'
import os, subprocess, threading
import psycopg2
from pdcheck import Checks, q
T = Checks("pd_lexstate")
check, conn = T.check, T.conn

def run(db, *sqls):
    c = conn(db)
    for s in sqls:
        q(c, s)
    c.close()

W = '瞪羚企业'
SEG = "SELECT string_agg(token, '|') FROM ts_parse('parkdata.icu_zh', '培育瞪羚企业和罗庚湾科技城') WHERE tokid <> 12"
def fresh(db="pd_lexstate", c=None):
    """a new backend's (or c's) cut of the sentence, and whether it trusted the certificate"""
    d = c or conn(db)
    q(d, "SET client_min_messages = debug1")
    del d.notices[:]
    toks = q(d, SEG).split('|')
    note = " ".join(d.notices)
    q(d, "RESET client_min_messages")
    if c is None:
        d.close()
    return toks, ("certified by lexicon_state" in note)

def whole(db="pd_lexstate"):
    toks, cert = fresh(db)
    return W in toks, cert

def expect(label, want_whole, want_cert, db="pd_lexstate"):
    w, c = whole(db)
    check("%s: %s is %s, certificate %s" % (label, W, "whole" if w else "cut", "trusted" if c else "not trusted"),
          w == want_whole and c == want_cert)

TO_METRIC = "UPDATE parkdata.lexicon SET source = 'metric' WHERE word = '%s'" % W
TO_DOMAIN = "UPDATE parkdata.lexicon SET source = 'domain' WHERE word = '%s'" % W
NOOP = "DELETE FROM parkdata.lexicon WHERE false"
ALWAYS = ("ALTER TABLE parkdata.lexicon ENABLE ALWAYS TRIGGER lexicon_state_row, "
          "ENABLE ALWAYS TRIGGER lexicon_state, ENABLE ALWAYS TRIGGER lexicon_changed")

a = conn()
# a fresh install: the certificate holds, the users' rows are read
expect("fresh install", True, True)
q(a, "INSERT INTO parkdata.lexicon (word, source) VALUES ('罗庚湾科技城', 'user')")
toks, cert = fresh()
check("a user's word with the certificate: %s" % "|".join(toks), '罗庚湾科技城' in toks and W in toks and cert)
# the certified backend and one that reads every row agree on words, vectors,
# catalog and checksum
CMP = ("SELECT parkdata.lexicon_backend_words()::text || ' ' || "
       "to_tsvector('parkdata.chinese', '罗庚湾科技城的瞪羚企业和溧阳高新区规上工业总产值增长12%')::text || ' ' || "
       "(SELECT string_agg(coalesce(metric, '-') || ':' || value::text, ',' ORDER BY metric_no) "
       " FROM parkdata.extract_metrics('2023年溧阳高新区规上工业总产值增长12%，高新技术企业达到210家')) || ' ' || "
       "parkdata.lexicon_checksum()")
d = conn(); r_cert = q(d, CMP); d.close()
d = conn(autocommit=False); q(d, "DELETE FROM parkdata.lexicon_state"); r_all = q(d, CMP); d.rollback(); d.close()
check("certified and full read agree (words, vector, extract_metrics codes, checksum): %s" % r_cert[:80],
      r_cert == r_all and ':' in r_cert)
# the order of the first calls: catalog first, then words
d = conn(); r1 = q(d, "SELECT parkdata.lexicon_checksum()"); r2 = q(d, CMP); d.close()
check("checksum asked first, then the rest: same results", r2 == r_cert)

# 1. a plain UPDATE of a shipped row (the triggers run)
q(a, TO_METRIC); expect("UPDATE of a shipped row", False, False)
q(a, TO_DOMAIN); expect("... and back", True, True)
# 2. replica mode (logical replication, pg_restore's replica mode)
q(a, "SET session_replication_role = replica"); q(a, TO_METRIC); q(a, "RESET session_replication_role")
expect("UPDATE under session_replication_role = replica", False, False)
q(a, TO_DOMAIN); expect("... and back", True, True)
# 2b. COPY: a user's word (the certificate holds), and in replica mode, which
# passes the builtin guard, a shipped row (counted: the certificate no longer
# matches the image)
import io
def copy(c, data, sql="COPY parkdata.lexicon (word, source, builtin) FROM STDIN"):
    with c.cursor() as cur:
        cur.copy_expert(sql, io.StringIO(data))
copy(a, "复制测试园\tuser\tfalse\n")
toks, cert = fresh()
d = conn(); q(d, "SET client_min_messages = debug1"); del d.notices[:]
ok = q(d, "SELECT string_agg(token, '|') FROM ts_parse('parkdata.icu_zh', '复制测试园的企业') WHERE tokid <> 12").startswith('复制测试园|')
cert = "certified by lexicon_state" in " ".join(d.notices); d.close()
check("COPY of a user's word: whole, certificate trusted", ok and cert)
q(a, "SET session_replication_role = replica")
copy(a, "复制内置园\tdomain\ttrue\n")
q(a, "RESET session_replication_role")
d = conn(); q(d, "SET client_min_messages = debug1"); del d.notices[:]
ok = q(d, "SELECT string_agg(token, '|') FROM ts_parse('parkdata.icu_zh', '复制内置园的企业') WHERE tokid <> 12").startswith('复制内置园|')
cert = "certified by lexicon_state" in " ".join(d.notices); d.close()
check("COPY of a shipped row in replica mode: whole, certificate not trusted", ok and not cert)
q(a, "SET session_replication_role = replica")
q(a, "DELETE FROM parkdata.lexicon WHERE word IN ('复制内置园', '复制测试园')")
q(a, "RESET session_replication_role")
expect("... deleted again", True, True)
# 3. triggers disabled, the row changed, triggers enabled again (ENABLE
# TRIGGER ALL makes them fire on origin only: no certificate until ALWAYS)
run("pd_lexstate", "ALTER TABLE parkdata.lexicon DISABLE TRIGGER ALL", TO_METRIC, "ALTER TABLE parkdata.lexicon ENABLE TRIGGER ALL")
expect("UPDATE with the triggers disabled, then enabled", False, False)
q(a, TO_DOMAIN); expect("... back, triggers firing on origin only", True, False)
q(a, ALWAYS); q(a, NOOP); expect("... ENABLE ALWAYS again and a statement", True, True)
run("pd_lexstate", "ALTER TABLE parkdata.lexicon DISABLE TRIGGER lexicon_state", TO_METRIC,
    "ALTER TABLE parkdata.lexicon ENABLE ALWAYS TRIGGER lexicon_state")
expect("UPDATE with the statement trigger alone disabled, then enabled", False, False)
q(a, TO_DOMAIN); expect("... and back", True, True)
# 4. pg_trigger updated by hand (each step in its own backend, as the
# relcache of the lexicon is built afresh there)
run("pd_lexstate", "UPDATE pg_trigger SET tgenabled = 'D' WHERE tgrelid = 'parkdata.lexicon'::regclass AND tgname LIKE 'lexicon_state%'")
run("pd_lexstate", TO_METRIC)
run("pd_lexstate", "UPDATE pg_trigger SET tgenabled = 'A' WHERE tgrelid = 'parkdata.lexicon'::regclass AND tgname LIKE 'lexicon_state%'")
expect("UPDATE while pg_trigger said disabled, then enabled again by hand", False, False)
q(a, TO_DOMAIN); expect("... and back", True, True)
# 5. the trigger function replaced by one that does nothing
run("pd_lexstate", "CREATE OR REPLACE FUNCTION parkdata.lexicon_state_row() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NULL; END'", TO_METRIC)
expect("UPDATE with the row trigger's function replaced", False, False)
run("pd_lexstate", "CREATE OR REPLACE FUNCTION parkdata.lexicon_state_row() RETURNS trigger AS '$libdir/parkdata', 'pd_lexicon_state_row' LANGUAGE C", TO_DOMAIN)
expect("... the C function back", True, True)
# 6. a rewrite that changes words without a row trigger
q(a, "ALTER TABLE parkdata.lexicon ALTER COLUMN source TYPE text USING CASE WHEN word = '%s' THEN 'metric' ELSE source END" % W)
expect("ALTER TABLE ... TYPE ... USING (rewrite)", False, False)
q(a, TO_DOMAIN); expect("... and back", True, True)
# 7. a column renamed: without 'source' no row is a synonym
q(a, "ALTER TABLE parkdata.lexicon RENAME COLUMN source TO source_renamed")
toks, cert = fresh()
check("column source renamed: synonyms become words, certificate not trusted (%s)" % "|".join(toks), not cert)
q(a, "ALTER TABLE parkdata.lexicon RENAME COLUMN source_renamed TO source"); q(a, NOOP)
expect("... renamed back and a statement", True, True)
# 8. the index the users' rows are read through replaced by one that
# misses a user's word
q(a, "DROP INDEX parkdata.lexicon_users")
q(a, "CREATE INDEX lexicon_users ON parkdata.lexicon (word) WHERE builtin IS NOT TRUE AND word <> '罗庚湾科技城'")
q(a, NOOP)
toks, cert = fresh()
check("lexicon_users replaced by a narrower index: the user's word still whole, not certified (%s)" % "|".join(toks),
      '罗庚湾科技城' in toks and not cert)
q(a, "DROP INDEX parkdata.lexicon_users")
q(a, "CREATE INDEX lexicon_users ON parkdata.lexicon (word) WHERE builtin IS NOT TRUE"); q(a, NOOP)
expect("... the right index back", True, True)
# 9. a rolled-back change, seen by its own transaction only; TRUNCATE too
t = conn(autocommit=False)
q(t, TO_METRIC)
toks, cert = fresh(c=t)
check("uncommitted UPDATE: its own backend cuts %s (%s)" % (W, "|".join(toks)), W not in toks)
expect("... another backend does not see it", True, True)
t.rollback()
q(t, "TRUNCATE parkdata.lexicon")
toks, cert = fresh(c=t)
check("uncommitted TRUNCATE: its own backend has no lexicon (%s)" % "|".join(toks), W not in toks and not cert)
t.rollback(); t.close()
expect("... rolled back", True, True)
# 10. a backend with a certified lexicon learns of a change at its next statement
b = conn()
toks, cert = fresh(c=b)
q(a, TO_METRIC)
toks2, cert2 = fresh(c=b)
check("a live backend sees the committed change at its next statement", W in toks and W not in toks2 and not cert2)
q(a, TO_DOMAIN)
toks3, cert3 = fresh(c=b)
check("... and the change back", W in toks3 and cert3)
# 11. two transactions at once: the second counts after the first commits.
# t1 changes 瞪羚企业; t2 writes 专精特新 unchanged, and its count waits for
# t1's lock; counted under a snapshot taken before t1 committed, the state
# would be the image's while 瞪羚企业 is cut
t1, t2 = conn(autocommit=False), conn(autocommit=False)
q(t1, TO_METRIC)
pid2 = t2.get_backend_pid()
def second():
    q(t2, "UPDATE parkdata.lexicon SET source = source WHERE word = '专精特新'")
    t2.commit()
th = threading.Thread(target=second); th.start()
while not q(a, "SELECT count(*) > 0 FROM pg_locks WHERE pid = %s AND NOT granted", pid2):
    q(a, "SELECT pg_stat_clear_snapshot()")
t1.commit(); th.join()
expect("two transactions writing shipped rows at once", False, False)
q(a, TO_DOMAIN); expect("... and back", True, True)
t1.close(); t2.close()
# 12. pg_dump / pg_restore: the state is not dumped, CREATE EXTENSION writes it
q(a, TO_METRIC)   # a shipped row changed: not dumped, the restore has the shipped one
bin_, tmp = os.environ["PD_BIN"], os.environ["PD_TMP"]
dump = os.path.join(tmp, "lexstate.dump")
subprocess.run([bin_ + "/pg_dump", "-Fc", "-f", dump, "pd_lexstate"], check=True, stderr=subprocess.DEVNULL)
run("postgres", "DROP DATABASE IF EXISTS pd_lexstate_r", "CREATE DATABASE pd_lexstate_r")
r = subprocess.run([bin_ + "/pg_restore", "-d", "pd_lexstate_r", dump], capture_output=True, text=True)
check("pg_restore: no error (%s)" % r.stderr.strip()[:100], r.returncode == 0)
toks, cert = fresh("pd_lexstate_r")
check("restored: the user's word and the shipped %s whole, certified (%s)" % (W, "|".join(toks)),
      '罗庚湾科技城' in toks and W in toks and cert)
# a data-only restore with --disable-triggers into a fresh install
run("postgres", "DROP DATABASE IF EXISTS pd_lexstate_r")
run("postgres", "CREATE DATABASE pd_lexstate_r")
run("pd_lexstate_r", "CREATE EXTENSION parkdata")
r = subprocess.run([bin_ + "/pg_restore", "--data-only", "--disable-triggers", "-t", "lexicon", "-d", "pd_lexstate_r", dump],
                   capture_output=True, text=True)
toks, cert = fresh("pd_lexstate_r")
check("data-only restore with --disable-triggers: the user's word whole, not certified (%s; %s)" % ("|".join(toks), r.stderr.strip()[:60]),
      '罗庚湾科技城' in toks and W in toks and not cert)
run("pd_lexstate_r", ALWAYS, NOOP)
expect("... ENABLE ALWAYS again and a statement", True, True, db="pd_lexstate_r")
run("postgres", "DROP DATABASE IF EXISTS pd_lexstate_r")
# 13. a database copied from a template keeps its certificate
q(a, TO_DOMAIN)
a.close(); b.close()
run("postgres", "CREATE DATABASE pd_lexstate_c TEMPLATE pd_lexstate")
expect("a database copied from a template", True, True, db="pd_lexstate_c")
run("postgres", "DROP DATABASE pd_lexstate_c")
# 14. only the install's triggers keep it: the functions refuse other calls
c = conn()
try:
    q(c, "SELECT parkdata.lexicon_state_statement()"); ok = False
except psycopg2.Error as e:
    ok = e.pgcode == '39P01'
check("lexicon_state_statement() called directly: trigger protocol error", ok)
c.close()
T.summary()
PYEOF
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS pd_lexstate" -c "DROP DATABASE IF EXISTS pd_lexstate_r" >/dev/null 2>&1 || true
rm -rf "$PD_TMP"
