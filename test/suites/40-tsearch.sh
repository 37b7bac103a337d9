#!/usr/bin/env bash
# 40-tsearch: what pg_regress (one session) cannot show: a lexicon change
# seen by another live session at its next statement, uncommitted changes
# not seen, parallel workers loading the lexicon, and REINDEX after a
# lexicon change.  Needs python3-psycopg2 (in scripts/pd's PACKAGES).
cd "$PD_ROOT" || exit 1
. "$PD_ROOT/test/pysuite.sh"
pysuite_db 40-tsearch pd_tsearch_suite || exit 0
$PY - <<'PYEOF'
import psycopg2
from pdcheck import Checks, q
T = Checks("pd_tsearch_suite")
check, conn = T.check, T.conn

SEG = "SELECT string_agg(token, '|') FROM ts_parse('parkdata.icu_zh', %s) WHERE tokid <> 12"
a, b = conn(), conn()
text = '落户罗庚湾科技城的企业'
q(a, "DELETE FROM parkdata.lexicon WHERE word IN ('罗庚湾科技城', '罗庚湾')")
before = q(b, SEG, text)
check("before: the name is not one token (%s)" % before, '罗庚湾科技城' not in before.split('|'))

# an uncommitted INSERT is not seen by another session
w = conn(autocommit=False)
q(w, "INSERT INTO parkdata.lexicon (word, source) VALUES ('罗庚湾科技城', 'suite')")
check("uncommitted insert not seen", q(b, SEG, text) == before)
check("the inserting session sees its own insert", '罗庚湾科技城' in q(w, SEG, text).split('|'))
w.commit()
after = q(b, SEG, text)
check("committed insert seen by the other session at its next statement (%s)" % after,
      '罗庚湾科技城' in after.split('|'))
check("and in its to_tsvector", '罗庚湾科技城' in q(b, "SELECT to_tsvector('parkdata.chinese', %s)::text", text))

# a third session opened later loads it too
c = conn()
check("a new session sees it", '罗庚湾科技城' in q(c, SEG, text).split('|'))

# DELETE is seen
q(a, "DELETE FROM parkdata.lexicon WHERE word = '罗庚湾科技城'")
check("delete seen by the other session", q(b, SEG, text) == before)

# parallel workers load the lexicon themselves
q(a, "INSERT INTO parkdata.lexicon (word, source) VALUES ('罗庚湾科技城', 'suite')")
q(b, "CREATE TABLE IF NOT EXISTS docs AS SELECT g AS id, '第' || g || '家企业落户罗庚湾科技城' AS body FROM generate_series(1, 2000) g")
q(b, "SET force_parallel_mode = on")
q(b, "SET parallel_setup_cost = 0")
q(b, "SET parallel_tuple_cost = 0")
n = q(b, "SELECT count(*) FROM docs WHERE to_tsvector('parkdata.chinese', body) @@ to_tsquery('parkdata.chinese', '罗庚湾科技城')")
check("parallel query finds lexicon words (%s of 2000)" % n, n == 2000)
plan = "\n".join(r[0] for r in (lambda cur: (cur.execute("EXPLAIN SELECT count(*) FROM docs WHERE to_tsvector('parkdata.chinese', body) @@ to_tsquery('parkdata.chinese', '罗庚湾科技城')"), cur.fetchall())[1])(b.cursor()))
check("the plan is parallel", "Gather" in plan)
q(b, "RESET force_parallel_mode")

# an index built before a lexicon change needs REINDEX (documented)
q(a, "DELETE FROM parkdata.lexicon WHERE word = '罗庚湾科技城'")
q(a, "DROP TABLE IF EXISTS news")
q(a, "CREATE TABLE news (id int, body text)")
q(a, "INSERT INTO news SELECT g, '新闻' || g || '：企业落户罗庚湾科技城' FROM generate_series(1, 500) g")
q(a, "CREATE INDEX news_fts ON news USING gin (to_tsvector('parkdata.chinese', body))")
q(a, "INSERT INTO parkdata.lexicon (word, source) VALUES ('罗庚湾科技城', 'suite')")
q(b, "SET enable_seqscan = off")
stale = q(b, "SELECT count(*) FROM news WHERE to_tsvector('parkdata.chinese', body) @@ to_tsquery('parkdata.chinese', '罗庚湾科技城')")
q(a, "REINDEX INDEX news_fts")
fresh = q(b, "SELECT count(*) FROM news WHERE to_tsvector('parkdata.chinese', body) @@ to_tsquery('parkdata.chinese', '罗庚湾科技城')")
check("after REINDEX the index finds the new word (%s before, %s after)" % (stale, fresh), fresh == 500)

# the lexicon can be large: 50,000 words load once per backend
q(a, "INSERT INTO parkdata.lexicon (word, source) SELECT '测试词' || g, 'suite' FROM generate_series(1, 50000) g")
import time
def load_and_reuse():
    """(first load, best of 5 next calls) in seconds, in a new backend"""
    d = conn()
    t0 = time.time(); q(d, "SELECT parkdata.lexicon_backend_words()"); t1 = time.time()
    best = None
    for i in range(5):
        s0 = time.time(); q(d, "SELECT to_tsvector('parkdata.chinese', '测试词49999')"); s1 = time.time()
        best = s1 - s0 if best is None else min(best, s1 - s0)
    d.close()
    return t1 - t0, best
# relative, not wall-clock bounds (the machine may be loaded): the load is
# paid once, the next statements reuse it (best of 5, and measured once more
# in a new backend before failing; the speed itself is make bench's matter)
first, nxt = load_and_reuse()
if not nxt < first / 10:
    first, nxt = load_and_reuse()
check("50,000-word lexicon loaded once per backend: first load %.0f ms, next call %.2f ms (best of 5)" %
      (first * 1000, nxt * 1000), nxt < first / 10)
q(a, "DELETE FROM parkdata.lexicon WHERE source = 'suite'")

# the shipped rows come from the prebuilt image (data/parkdata_lexicon.img):
# a new backend compiles none of them; a table whose shipped rows differ
# from the image's is compiled row by row, with the same words
SENT = "SELECT to_tsvector('parkdata.chinese', '溧阳高新区和张江高科技园区、唐山曹妃甸的规上企业')::text"
def fresh(sql_before=None):
    d = conn(autocommit=False)
    if sql_before:
        q(d, sql_before)
    q(d, "SET client_min_messages = debug1")
    r = (q(d, "SELECT parkdata.lexicon_backend_words()"), q(d, SENT), " ".join(d.notices))
    d.rollback(); d.close()
    return r
n_img, v_img, note = fresh()
d = conn()
v_img_names = q(d, "SELECT to_tsvector('parkdata.chinese', '唐山曹妃甸，规上')::text")
d.close()
check("a new backend reads the shipped rows from the prebuilt image (%s words): %s" % (n_img, note.strip()[:120]),
      "over the prebuilt image, 0 words compiled here" in note)
n_all, v_all, note = fresh("DELETE FROM parkdata.lexicon WHERE word = '溧阳'; "
                           "INSERT INTO parkdata.lexicon (word, source) VALUES ('溧阳', 'region')")
check("shipped rows that differ from the image's: every row compiled (%s)" % note.strip()[:100],
      "differ from the prebuilt image" in note)
check("... with the same words (%s and %s) and the same vector" % (n_img, n_all), n_img == n_all and v_img == v_all)

# users' rows over the image: the names derived from the users' words and the
# shipped words they end (pd_lexicon_derive_over) are those of compiling every
# row: a user's word that ends a shipped word and moves its name's cut
# (曹妃甸经济技术开发区: 唐山曹妃甸 from 唐山曹妃甸经济技术开发区 no more), a
# derived name as a user's word (规上), a shipped word again in Traditional
# (國家高新區), users' words with names of their own (Traditional too), a
# word both ending and extending shipped words
USERS = ["曹妃甸经济技术开发区", "规上", "國家高新區", "罗庚湾科技城", "華羅庚高新區",
         "湾区高新区", "相城经开区管委会", "经开区管委会", "上工业总产值"]
NAMES = ["红嘴", "唐山曹妃甸", "规上", "相城", "源城", "金桥", "阿鲁", "雄安", "小蓝", "东侨", "杨林",
         "宾西", "子牙", "辉山", "英吉", "融侨", "袍江", "大榭", "堆龙", "张江", "准东", "唐山", "罗庚湾", "华罗庚"]
SENTS = ["SELECT to_tsvector('parkdata.chinese', '%s。')::text" % "，".join(NAMES + USERS)]
SENTS += ["SELECT string_agg(token, '|') FROM ts_parse('parkdata.icu_zh', '%s在%s落户') WHERE tokid <> 12" % (n, u)
          for n in NAMES for u in USERS[:3]]
def derived(full):
    d = conn(autocommit=False)
    q(d, "INSERT INTO parkdata.lexicon (word, source) SELECT unnest(%s::text[]), 'suite' ON CONFLICT DO NOTHING", USERS)
    if full:
        q(d, "DELETE FROM parkdata.lexicon WHERE word = '溧阳'; "
             "INSERT INTO parkdata.lexicon (word, source) VALUES ('溧阳', 'region')")
    q(d, "SET client_min_messages = debug1")
    r = (q(d, "SELECT parkdata.lexicon_backend_words()"), [q(d, s) for s in SENTS], " ".join(d.notices))
    d.rollback(); d.close()
    return r
n_inc, v_inc, note_inc = derived(False)
n_full, v_full, note_full = derived(True)
check("users' rows over the image: names derived from them and the shipped words they end (%s)" % note_inc.strip()[:110],
      "over the prebuilt image" in note_inc and "differ from the prebuilt image" in note_full)
check("... the same words as compiling every row (%s and %s) and the same %d results" % (n_inc, n_full, len(SENTS)),
      n_inc == n_full and v_inc == v_full)
check("... 唐山曹妃甸 no name once 曹妃甸经济技术开发区 is a word; 规上 kept, the user's",
      "'唐山曹妃甸'" not in v_inc[0] and "'规上'" in v_inc[0] and "'唐山曹妃甸'" in v_img_names)
for x in (a, b, c, w): x.close()
T.summary()
PYEOF
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS pd_tsearch_suite" >/dev/null 2>&1 || true
