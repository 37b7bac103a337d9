"""
reference_catalog.py -- the indicator catalog (parkdata.metric and its
synonyms in parkdata.lexicon), read by scripts/build_reference.py

Input: scripts/metric_catalog.tsv (committed; one row per code: code, name,
unit_dimension, synonyms '|'-separated, description).  It was derived from
../shared/gazetteer/indicator_terms.csv and checked against real text and
the dev gold set; docs/catalog.md records what was added, dropped and why.
When the shared file is present the generator prints how the catalog
differs from it, so that a change there is noticed.

Surface forms are stored as the extractor's matcher compares them (the
folding of reference_fold.py, quotes, brackets, spaces and the list mark 、
dropped): 专精特新“小巨人”企业 is stored 专精特新小巨人企业, 營業額 as 营业额,
孵化器、众创空间 as 孵化器众创空间 (no punctuation in the parser's words).
Every form names exactly one code; a code's name is one of its forms.

Copyright (c) 2026, parkdata developers
IDENTIFICATION scripts/reference_catalog.py
"""

import csv
import os
import re

# The closed vocabulary of parkdata.metric.unit_dimension (its CHECK) and
# the units a level or change of each may be given in: the matcher
# (src/core/pd_metric_catalog.c) holds the same table.
UNIT_DIMENSIONS = [
    "money", "money_per_person", "money_per_area", "percent", "ratio", "index", "area",
    "energy_intensity", "count_enterprises", "count_people", "count_patents",
    "count_patents_per_10k", "count_platforms", "count_projects", "count_teams", "other"]

COLS = ["code", "name", "unit_dimension", "synonyms", "description"]
CODE = re.compile(r"^[a-z][a-z0-9_]{1,62}$")
DROPPED = set("\u201c\u201d\u2018\u2019\"'\u300c\u300d\u300e\u300f\u300a\u300b\u3008\u3009()[]\u3010\u3011 \t\u3000\u3001")


def surface(fold, s):
    """The stored form of a synonym: folded, without quotes, brackets, spaces."""
    return "".join(c for c in fold(s) if c not in DROPPED)


def load(path, fold):
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    assert lines[0].split("\t") == COLS, "header of %s" % path
    metrics, words = [], {}
    for n, line in enumerate(lines[1:], 2):
        if not line:
            continue
        r = dict(zip(COLS, line.split("\t")))
        where = "%s:%d" % (os.path.basename(path), n)
        assert len(line.split("\t")) == len(COLS), where
        assert CODE.match(r["code"]), (where, r["code"])
        assert r["unit_dimension"] in UNIT_DIMENSIONS, (where, r["unit_dimension"])
        assert r["name"] and r["description"], where
        assert all(m["code"] != r["code"] for m in metrics), (where, "code twice")
        forms = [r["name"]] + [s for s in r["synonyms"].split("|") if s]
        for s in forms:
            w = surface(fold, s)
            assert 2 <= len(w) <= 64, (where, s)
            assert words.get(w, r["code"]) == r["code"], (where, s, "also", words.get(w))
            words[w] = r["code"]
        metrics.append(r)
    return metrics, sorted(words.items(), key=lambda kv: kv[0].encode())


def compare(shared_csv, metrics, words, fold):
    """How the catalog differs from the shared reference list (printed)."""
    if not os.path.exists(shared_csv):
        return "indicator_terms.csv absent: not compared"
    ref = {}
    with open(shared_csv, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            for s in [r["name_zh"]] + [s for s in r["synonyms_zh"].split("|") if s]:
                ref[surface(fold, s)] = r["code"]
    ours = dict(words)
    codes = {m["code"] for m in metrics}
    refcodes = set(ref.values())
    dropped = sorted(w for w in ref if w not in ours)
    moved = sorted(w for w in ref if w in ours and ours[w] != ref[w])
    added = sorted(w for w in ours if w not in ref)
    return ("catalog vs indicator_terms.csv: %d codes (%d new: %s), %d forms (%d new, %d dropped: %s; %d moved: %s)"
            % (len(codes), len(codes - refcodes), " ".join(sorted(codes - refcodes)),
               len(ours), len(added), len(dropped), " ".join(dropped), len(moved), " ".join(moved)))


def gen_sql(metrics, words, header):
    """INSERTs of the metric rows and of their synonyms as lexicon rows (a
    word the lexicon already has, such as the domain term 高新技术企业, gets
    its metric)."""
    lit = lambda s: "'" + s.replace("'", "''") + "'"
    out = [header]
    out.append("-- %d indicators (scripts/metric_catalog.tsv; docs/catalog.md)\n" % len(metrics))
    out.append("INSERT INTO @extschema@.metric (code, name, unit_dimension, description, builtin) VALUES\n")
    out.append(",\n".join("(%s, %s, %s, %s, true)" % (lit(m["code"]), lit(m["name"]), lit(m["unit_dimension"]),
                                                       lit(m["description"])) for m in metrics) + ";\n")
    out.append("\n-- %d surface forms, each naming one indicator\n" % len(words))
    out.append("INSERT INTO @extschema@.lexicon AS l (word, source, builtin, metric) VALUES\n")
    out.append(",\n".join("(%s, 'metric', true, %s)" % (lit(w), lit(c)) for w, c in words))
    out.append("\nON CONFLICT (word) DO UPDATE SET metric = excluded.metric;\n")
    return "".join(out)
