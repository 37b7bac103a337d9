"""Checks and connections for the suites written in Python (test/pysuite.sh).

    T = Checks("pd_db"); check, conn, q = T.check, T.conn, q
    check("what must hold", cond) ... T.summary()

summary() prints the "N passed, N failed" line the suite driver reads.
"""
import psycopg2


def q(c, sql, *args):
    """the first column of the first row of sql on connection c, or None"""
    with c.cursor() as cur:
        cur.execute(sql, args or None)
        return cur.fetchone()[0] if cur.description else None


class Checks:
    def __init__(self, db):
        self.db = db
        self.passed = self.failed = 0

    def check(self, name, cond):
        print(("ok     " if cond else "FAILED ") + name)
        if cond:
            self.passed += 1
        else:
            self.failed += 1

    def conn(self, db=None, autocommit=True):
        c = psycopg2.connect(dbname=db or self.db)
        c.autocommit = autocommit
        return c

    def summary(self):
        print("%d passed, %d failed" % (self.passed, self.failed))
