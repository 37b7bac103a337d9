#!/usr/bin/env bash
# 62-model-client: a client library other than psql (Debian's python3-psycopg2)
# connects over TCP to 127.0.0.1:$PGPORT the way a BI tool does, reads the
# views and checks the column types it sees, the Python types of the values,
# and that information_schema and the comments describe every column.
cd "$PD_ROOT" || exit 1
export PGOPTIONS="-c client_min_messages=warning"
DB=pd_model_client
PY=python3
/usr/bin/python3 -c 'import psycopg2' 2>/dev/null && PY=/usr/bin/python3
if ! $PY -c 'import psycopg2' 2>/dev/null; then
	echo "FAIL python3-psycopg2 is not installed (scripts/pd deps installs it)"
	echo "0 passed, 1 failed"; exit 0
fi
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d $DB -c "CREATE EXTENSION parkdata" >/dev/null \
	|| { echo "FAIL create extension"; echo "0 passed, 1 failed"; exit 0; }

PD_DB=$DB $PY - <<'PY'
import datetime, decimal, os, sys
import psycopg2

passed = failed = 0
def check(cond, what):
    global passed, failed
    if cond:
        passed += 1; print("ok   " + what)
    else:
        failed += 1; print("FAIL " + what)

conn = psycopg2.connect(host="127.0.0.1", port=int(os.environ["PGPORT"]),
                        user=os.environ["PGUSER"], dbname=os.environ["PD_DB"],
                        connect_timeout=10)
conn.set_session(readonly=False, autocommit=True)
cur = conn.cursor()
cur.execute("SELECT inet_server_addr()::text, current_setting('server_encoding')")
addr, enc = cur.fetchone()
check(addr is not None and addr.startswith("127.0.0.1"), "connected over TCP to 127.0.0.1 (%s)" % addr)
check(enc == "UTF8", "server encoding UTF8")

# a document with figures, so that every view has rows of every kind
cur.execute("""SELECT parkdata.ingest('客户端测试', '截至11月,溧阳高新区10个科创平台已集聚人才1030人,其中硕士以上学历537人,占人才总数的52%。',
                                      DATE '2023-12-20', '测试')""")
doc_id = cur.fetchone()[0]
check(isinstance(doc_id, int) and doc_id > 0, "ingest returns a positive integer id")

cur.execute("SELECT oid, typname FROM pg_type")
typname = dict(cur.fetchall())

want = {
    "indicator_facts": {
        "doc_id": "int8", "metric_no": "int4", "published": "date", "document_title": "text",
        "document_source": "text", "province": "text", "city": "text", "county": "text",
        "region_code": "text", "park": "text", "park_kind": "text", "indicator": "text",
        "metric": "text", "metric_name": "text",
        "value": "numeric", "unit": "text", "qualifier": "text", "kind": "text",
        "status": "text", "is_target": "bool", "period": "text", "period_start": "date",
        "period_end": "date", "year": "int4", "subject": "text",
        "raw": "text", "sentence": "text"},
    "park_summary": {
        "park_id": "int8", "park": "text", "short_name": "text", "park_kind": "text",
        "park_level": "text", "approved_year": "int4", "province": "text", "city": "text",
        "county": "text", "region_code": "text", "documents": "int8", "indicators": "int8",
        "first_published": "date", "last_published": "date"},
    "region_summary": {
        "region_code": "text", "region": "text", "level": "text", "province": "text",
        "city": "text", "county": "text", "parks": "int8", "indicators": "int8",
        "indicators_total": "int8", "documents_total": "int8", "last_published": "date"},
}
for view, cols in want.items():
    cur.execute("SELECT * FROM parkdata.%s LIMIT 0" % view)
    got = {d.name: typname.get(d.type_code) for d in cur.description}
    check(got == cols, "%s: columns and types as documented%s" % (
        view, "" if got == cols else " (got %r)" % got))
    cur.execute("""SELECT c.column_name, c.data_type, col_description('parkdata.%s'::regclass, c.ordinal_position)
                   FROM information_schema.columns c
                   WHERE c.table_schema = 'parkdata' AND c.table_name = %%s ORDER BY c.ordinal_position""" % view, (view,))
    rows = cur.fetchall()
    check(len(rows) == len(cols), "%s: information_schema lists %d columns" % (view, len(rows)))
    check(all(r[2] for r in rows), "%s: every column has a comment" % view)
    cur.execute("SELECT obj_description('parkdata.%s'::regclass, 'pg_class')" % view)
    check(bool(cur.fetchone()[0]), "%s: the view has a comment" % view)

# values arrive as the right Python types
cur.execute("""SELECT published, value, is_target, metric_no, park, province, city, county
               FROM parkdata.indicator_facts WHERE doc_id = %s AND value = 1030""", (doc_id,))
r = cur.fetchone()
check(r is not None, "indicator_facts has the ingested 1030 人 row")
if r:
    check(r[0] == datetime.date(2023, 12, 20), "published is a datetime.date")
    check(isinstance(r[1], decimal.Decimal) and r[1] == decimal.Decimal("1030"), "value is an exact Decimal")
    check(r[2] in (True, False), "is_target is a bool")
    check(isinstance(r[3], int), "metric_no is an int")
    check((r[4], r[5], r[6], r[7]) == ("江苏省溧阳高新技术产业开发区", "江苏省", "常州市", "溧阳市"),
          "park and region hierarchy resolved: %r" % (r[4:],))

cur.execute("SELECT indicators, documents FROM parkdata.park_summary WHERE short_name = '溧阳高新区'")
r = cur.fetchone()
check(r is not None and r[0] >= 1 and r[1] >= 1, "park_summary counts the park's indicators: %r" % (r,))
cur.execute("SELECT count(*), sum(indicators_total) FILTER (WHERE level = 'province'), "
            "(SELECT count(*) FROM parkdata.region) FROM parkdata.region_summary")
n, tot, regions = cur.fetchone()
check(n == regions, "region_summary has one row per region (%d of %d)" % (n, regions))
cur.execute("SELECT count(*) FROM parkdata.indicator WHERE region_code IS NOT NULL")
linked = cur.fetchone()[0]
check(tot == linked, "province totals add up to the linked indicators (%s = %s)" % (tot, linked))

# search through the client
cur.execute("SELECT doc_id, title, published, rank, headline FROM parkdata.search(%s, 5)", ("科创平台",))
rows = cur.fetchall()
check(any(row[0] == doc_id for row in rows), "search finds the ingested document")
check(all(isinstance(row[3], float) for row in rows), "rank is a float")

# a role without privileges can read but not write
cur.execute("DROP ROLE IF EXISTS pd_model_reader")
cur.execute("CREATE ROLE pd_model_reader LOGIN")
r2 = psycopg2.connect(host="127.0.0.1", port=int(os.environ["PGPORT"]), user="pd_model_reader",
                      dbname=os.environ["PD_DB"], connect_timeout=10)
c2 = r2.cursor()
c2.execute("SELECT count(*) FROM parkdata.indicator_facts")
check(c2.fetchone()[0] >= 1, "PUBLIC can read indicator_facts")
try:
    c2.execute("INSERT INTO parkdata.park (name, kind) VALUES ('x', 'other')")
    check(False, "PUBLIC cannot write park")
except psycopg2.errors.InsufficientPrivilege:
    check(True, "PUBLIC cannot write park (insufficient privilege)")
r2.rollback()
try:
    c2.execute("SELECT parkdata.ingest('x', 'y')")
    check(False, "PUBLIC cannot ingest")
except psycopg2.errors.InsufficientPrivilege:
    check(True, "PUBLIC cannot ingest (insufficient privilege)")
r2.close()
cur.execute("DROP ROLE pd_model_reader")
conn.close()
print("%d passed, %d failed" % (passed, failed))
PY
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null
