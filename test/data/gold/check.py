#!/usr/bin/env python3
"""Validate the hand-labelled gold sets in this directory (docs.tsv, quantities.tsv,
proposed_metrics.tsv) and print their sizes.  Standard library only.

    python3 test/data/gold/check.py            # exit status 0 = every check passed

The gazetteer is looked up at $PD_SHARED/gazetteer, else ../shared/gazetteer relative to the
repository root; where neither exists the checks that need it are skipped with a message.
Every problem is printed (file, line, what is wrong); the exit status is 1 if there is any.
"""

import csv
import datetime
import decimal
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))

DOC_COLS = ["doc", "set", "script", "genre", "published", "place", "source_url", "text"]
QTY_COLS = ["doc", "raw", "occurrence", "value", "unit", "qualifier", "kind", "metric",
            "subject", "period_start", "period_end", "status", "indicator", "note"]
PROP_COLS = ["code", "name_zh", "synonyms_zh", "unit_dimension", "evidence"]

SETS = {"dev", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8"}
SCRIPTS = {"s", "t"}
GENRES = {"bulletin", "news", "report", "ministry"}
QUALIFIERS = {"", "approx", "more_than", "at_least", "less_than", "at_most"}
KINDS = {"level", "change", "growth_rate", "share"}
STATUSES = {"actual", "target", "estimate"}
# Units are normalised and written in Simplified characters in both scripts (README).
UNITS = {"", "元", "美元", "港元", "新台币", "澳门元", "欧元", "日元",
         "人", "人次", "名", "位", "家", "个", "间", "户", "所", "项", "件", "支", "座",
         "条", "台", "辆", "套", "批", "场", "次", "份", "部", "篇", "款", "种", "只", "头",
         "%", "百分点", "倍",
         "平方米", "平方公里", "公顷", "亩", "公里", "米",
         "吨", "斤", "千瓦", "千瓦时", "立方米", "标准箱", "元/亩", "分",
         "班次", "架", "颗", "届", "列",
         "年", "月", "天", "小时"}
DOC_ID = re.compile(r"^(dev|test|test2|test3|test4|test5|test6|test7|test8)-(s|t)-[0-9]{3}$")
DECIMAL = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")
CODE = re.compile(r"^[a-z][a-z0-9_]*$")
# rows may also use any code of the shipped catalog, scripts/metric_catalog.tsv (README: metric; since
# 2026-12-01 the dev, test and test2 rows too, brought to test3's vocabulary)
CATALOG = os.path.join(REPO, "scripts", "metric_catalog.tsv")

problems = []


def nth_match(text, raw, occ):
    """where the occ-th match of raw begins, overlapping matches counted, or None"""
    i = text.find(raw)
    while i >= 0 and occ > 1:
        occ -= 1
        i = text.find(raw, i + 1)
    return i if i >= 0 else None


def inside_number(text, raw, at):
    """raw at position at begins or ends inside a longer Arabic number (5% of 7.5%, 1个 of 11个)"""
    before = text[at - 1] if at > 0 else ""
    after = text[at + len(raw)] if at + len(raw) < len(text) else ""
    return (raw[0].isdigit() and before != "" and (before.isdigit() or before in ".,")) or \
        (raw[-1].isdigit() and after.isdigit())


def problem(where, msg):
    problems.append("%s: %s" % (where, msg))


def read_tsv(name, cols):
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        problem(name, "missing")
        return []
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    if "\r" in data:
        problem(name, "carriage return in file")
    lines = data.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        problem(name, "no newline at end of file")
    if not lines or lines[0].split("\t") != cols:
        problem(name + ":1", "header must be " + "\\t".join(cols))
        return []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(cols):
            problem("%s:%d" % (name, n), "%d fields, expected %d" % (len(fields), len(cols)))
            continue
        for c, v in zip(cols, fields):
            if v != v.strip():
                problem("%s:%d" % (name, n), "column %s has surrounding white space" % c)
        rows.append((n, dict(zip(cols, fields))))
    return rows


def parse_date(where, s):
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        problem(where, "not an ISO date: %r" % s)
        return None


def find_gazetteer():
    cands = []
    if os.environ.get("PD_SHARED"):
        cands.append(os.path.join(os.environ["PD_SHARED"], "gazetteer"))
    cands.append(os.path.join(REPO, "..", "shared", "gazetteer"))
    for c in cands:
        if os.path.exists(os.path.join(c, "divisions.csv")):
            return os.path.abspath(c)
    return None


def load_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def load_gazetteer(gz):
    regions, parks = set(), set()
    for r in load_csv(os.path.join(gz, "divisions.csv")):
        regions.add(r["code"])
    for fn in ("national_hitech_zones.csv", "national_etdz.csv", "national_new_areas.csv",
               "pilot_ftz.csv"):
        for r in load_csv(os.path.join(gz, fn)):
            parks.add(r["name"])
    for r in load_csv(os.path.join(gz, "hk_mo_tw.csv")):
        if r["kind"] == "region":
            regions.add(r["code"])
        else:
            parks.add(r["name"])
    for r in load_csv(os.path.join(gz, "seed_entities.csv")):
        if r["kind"] in ("zone", "platform") and r["canonical"] and \
                not r["canonical"].isdigit():
            parks.add(r["canonical"])
    metrics = {r["code"] for r in load_csv(os.path.join(gz, "indicator_terms.csv"))}
    return regions, parks, metrics


def main():
    docs = read_tsv("docs.tsv", DOC_COLS)
    qtys = read_tsv("quantities.tsv", QTY_COLS)
    props = read_tsv("proposed_metrics.tsv", PROP_COLS)

    catalog = set()
    if os.path.exists(CATALOG):
        with open(CATALOG, encoding="utf-8") as f:
            catalog = {line.split("\t", 1)[0] for line in f.read().split("\n")[1:] if line}
    gz = find_gazetteer()
    if gz is None:
        print("gazetteer not found ($PD_SHARED/gazetteer or ../shared/gazetteer): "
              "region, park and metric code checks skipped")
        regions = parks = metrics = None
    else:
        regions, parks, metrics = load_gazetteer(gz)

    # proposed metrics (from dev documents only)
    proposed = set()
    for n, r in props:
        w = "proposed_metrics.tsv:%d" % n
        if not CODE.match(r["code"]):
            problem(w, "bad code %r" % r["code"])
        if r["code"] in proposed:
            problem(w, "code %s twice" % r["code"])
        if metrics is not None and r["code"] in metrics:
            problem(w, "code %s is already in indicator_terms.csv" % r["code"])
        proposed.add(r["code"])
        for e in r["evidence"].split("|"):
            if not e.startswith("dev-"):
                problem(w, "evidence must be dev documents only: %r" % e)
        if not r["name_zh"] or not r["unit_dimension"]:
            problem(w, "name_zh and unit_dimension required")

    # documents
    bydoc, urls, texts = {}, {}, {}
    for n, r in docs:
        w = "docs.tsv:%d" % n
        d = r["doc"]
        if not DOC_ID.match(d):
            problem(w, "bad doc id %r" % d)
        elif d.split("-")[0] != r["set"] or d.split("-")[1] != r["script"]:
            problem(w, "doc id %s disagrees with set/script" % d)
        if d in bydoc:
            problem(w, "doc id %s twice" % d)
        if r["set"] not in SETS:
            problem(w, "set %r" % r["set"])
        if r["script"] not in SCRIPTS:
            problem(w, "script %r" % r["script"])
        if r["genre"] not in GENRES:
            problem(w, "genre %r" % r["genre"])
        if r["published"]:
            parse_date(w, r["published"])
        if not re.match(r"^https?://\S+$", r["source_url"]):
            problem(w, "source_url %r" % r["source_url"])
        elif r["source_url"] in urls:
            problem(w, "source_url already used by %s" % urls[r["source_url"]])
        urls[r["source_url"]] = d
        t = r["text"]
        if not t or "\t" in t or "\n" in t or "\r" in t:
            problem(w, "text empty or with a tab or real newline")
        sentences = len(re.findall(r"[。！？!?]", t))
        if not 3 <= sentences <= 12:
            problem(w, "%d sentences (3-12 wanted)" % sentences)
        if r["place"] and regions is not None and r["place"] not in regions \
                and r["place"] not in parks and r["place"] != "national" \
                and not r["place"].startswith(("place:", "org:")):
            problem(w, "place %r is neither a region code nor a park name" % r["place"])
        if t in texts and texts[t][1] != r["set"]:
            problem(w, "same text as %s, which is in the other set" % texts[t][0])
        texts[t] = (d, r["set"])
        bydoc[d] = r

    # quantities
    seen = set()
    perdoc = Counter()
    for n, r in qtys:
        w = "quantities.tsv:%d" % n
        d = r["doc"]
        if d not in bydoc:
            problem(w, "unknown doc %r" % d)
            continue
        doc = bydoc[d]
        perdoc[d] += 1
        raw = r["raw"]
        if not raw:
            problem(w, "empty raw")
        try:
            occ = int(r["occurrence"])
            if occ < 1:
                raise ValueError
        except ValueError:
            problem(w, "occurrence %r" % r["occurrence"])
            occ = 1
        if raw and doc["text"].count(raw) < occ:
            # str.count does not count overlapping matches; count them as the scorer may
            k, i = 0, doc["text"].find(raw)
            while i >= 0:
                k += 1
                i = doc["text"].find(raw, i + 1)
            if k < occ:
                problem(w, "raw %r occurs %d times in %s, occurrence %d" % (raw, k, d, occ))
        if raw:
            at = nth_match(doc["text"], raw, occ)
            if at is not None and inside_number(doc["text"], raw, at):
                problem(w, "occurrence %d of %r in %s is part of a longer number" % (occ, raw, d))
        if (d, raw, occ) in seen:
            problem(w, "same raw and occurrence twice")
        seen.add((d, raw, occ))
        if not DECIMAL.match(r["value"]):
            problem(w, "value %r is not a plain decimal" % r["value"])
        else:
            decimal.Decimal(r["value"])
        if r["unit"] not in UNITS:
            problem(w, "unit %r not in the list" % r["unit"])
        if r["qualifier"] not in QUALIFIERS:
            problem(w, "qualifier %r" % r["qualifier"])
        if r["kind"] not in KINDS:
            problem(w, "kind %r" % r["kind"])
        if r["status"] not in STATUSES:
            problem(w, "status %r" % r["status"])
        if r["unit"] == "百分点" and r["kind"] != "change":
            problem(w, "百分点 is a change")
        if r["kind"] == "growth_rate" and r["unit"] not in ("%", "倍"):
            problem(w, "growth_rate needs unit %% or 倍")
        m = r["metric"]
        if m:
            if not CODE.match(m):
                problem(w, "metric %r" % m)
            elif metrics is not None and m not in metrics and m not in proposed and \
                    m not in catalog:
                problem(w, "metric %s not in indicator_terms.csv, proposed_metrics.tsv nor "
                        "scripts/metric_catalog.tsv" % m)
            if doc["set"] != "dev" and m in proposed and m not in (metrics or set()):
                pass  # proposals come from dev documents; allowed in test
        s = r["subject"]
        if s and s != "national" and not s.startswith("org:") and not s.startswith("place:"):
            if re.match(r"^[0-9]{6}$", s):
                if regions is not None and s not in regions:
                    problem(w, "region code %s not in the gazetteer" % s)
            elif parks is not None and s not in parks:
                problem(w, "park %r not in the gazetteer" % s)
        elif s.startswith("org:") or s.startswith("place:"):
            if len(s.split(":", 1)[1]) < 2:
                problem(w, "subject %r without a name" % s)
        ps, pe = r["period_start"], r["period_end"]
        if bool(ps) != bool(pe):
            problem(w, "period_start and period_end both or neither")
        elif ps:
            a, b = parse_date(w, ps), parse_date(w, pe)
            if a and b and a > b:
                problem(w, "period_start after period_end")
        if not r["indicator"] and r["metric"]:
            problem(w, "metric without indicator")

    for d, r in bydoc.items():
        if perdoc[d] == 0:
            problem("docs.tsv", "%s has no quantities" % d)

    report(docs, qtys, bydoc, proposed)
    if problems:
        for p in problems:
            print("ERROR " + p)
        print("%d problem(s)" % len(problems))
        return 1
    print("OK")
    return 0


def subject_kind(s):
    if not s:
        return "empty"
    if s == "national":
        return "national"
    if s.startswith("org:"):
        return "org"
    if s.startswith("place:"):
        return "place"
    if re.match(r"^[0-9]{6}$", s):
        return "region"
    return "park"


def report(docs, qtys, bydoc, proposed):
    groups = defaultdict(lambda: {"docs": 0, "q": 0, "status": Counter(), "metric": 0,
                                  "subject": Counter(), "proposed": 0, "period": 0})
    for _, r in docs:
        groups[(r["set"], r["script"])]["docs"] += 1
    for _, r in qtys:
        if r["doc"] not in bydoc:
            continue
        g = groups[(bydoc[r["doc"]]["set"], bydoc[r["doc"]]["script"])]
        g["q"] += 1
        g["status"][r["status"]] += 1
        if r["metric"]:
            g["metric"] += 1
            if r["metric"] in proposed:
                g["proposed"] += 1
        if r["period_start"]:
            g["period"] += 1
        g["subject"][subject_kind(r["subject"])] += 1
    print("set   script docs quantities actual target estimate with_metric(proposed) "
          "without_metric with_period  subjects")
    for key in sorted(groups):
        g = groups[key]
        subj = " ".join("%s=%d" % kv for kv in sorted(g["subject"].items()))
        print("%-5s %-6s %4d %10d %6d %6d %8d %11d(%d) %14d %11d  %s" % (
            key[0], key[1], g["docs"], g["q"], g["status"]["actual"], g["status"]["target"],
            g["status"]["estimate"], g["metric"], g["proposed"], g["q"] - g["metric"],
            g["period"], subj))
    for st in sorted(SETS):
        d = sum(g["docs"] for k, g in groups.items() if k[0] == st)
        q = sum(g["q"] for k, g in groups.items() if k[0] == st)
        print("%s: %d documents, %d quantities" % (st, d, q))


if __name__ == "__main__":
    sys.exit(main())
