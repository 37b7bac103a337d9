"""
reference_additions.py -- the gazetteer rows added in release 1.1

Read by scripts/build_reference.py (which see).  Release 1.0 shipped the
mainland divisions, the national high-tech zones and the seeds' entities;
1.1 adds, from ../shared/gazetteer (SOURCES-additions.md says where every
fact comes from):

    hk_mo_tw.csv            Hong Kong, Macau, Taiwan as province-level regions
                            (GB/T 2260 codes), and five science parks
    national_etdz.csv       national economic and technological development zones
    national_new_areas.csv  national-level new areas (国家级新区)
    pilot_ftz.csv           pilot free trade zones and their areas (片区)

Park ids are never renumbered: the rows of 1.0 keep theirs (1 to a few
hundred), rows added later count up from FIRST_ADDED_ID in the order of the
files above.  A row that names a park 1.0 already has (扬州经济技术开发区,
苏州工业园区, the seeds' 乌鲁木齐片区) is merged into it: values 1.0 had
win, the new file fills what was missing (short name, year, aliases).

Copyright (c) 2026, parkdata developers
IDENTIFICATION scripts/reference_additions.py
"""

import csv
import os

FIRST_ADDED_ID = 1001

# Aliases the files give that collide with more common words (hk_mo_tw.csv's
# notes: 中科 is also 中科院, 中科大 and companies named 中科…; 南科 also
# 南方科技大学): not rows of park.aliases (nor lexicon words), but entries of
# the extractor's gazetteer flagged ambiguous, which it may accept where the
# context shows Taiwan's parks (CONTEXT_ALIASES).
DROPPED_ALIASES = {"中科", "南科"}
CONTEXT_ALIASES = {"中部科学园区": ["中科"], "南部科学园区": ["南科"]}

# Names news uses for a zone that no file gives: 光谷 (中国光谷) is the common
# name of the East Lake zone in Wuhan.
EXTRA_ALIASES = {"武汉东湖新技术开发区": ["光谷", "中国光谷"]}

# Free trade zone areas whose prefecture the area's name does not contain;
# each is a fact stated in the zone's overall plan (SOURCES-additions.md).
FTZ_AREA_CITY = {
    "中国(四川)自由贸易试验区川南临港片区": "510500",      # 泸州市
    "中国(陕西)自由贸易试验区中心片区": "610100",          # 西安市
    "中国(陕西)自由贸易试验区杨凌示范区片区": "610403",    # 杨陵区 (the district is spelt 陵)
    "中国(浙江)自由贸易试验区金义片区": "330700",          # 金华市 (义乌 is one of its cities)
    "中国(河北)自由贸易试验区雄安片区": "130600",          # 保定市, as national_new_areas.csv places 雄安新区
}


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def halfwidth_parens(s):
    """Names are stored with ASCII parentheses, the form every text layer
    folds full-width ones to (the file's form is kept as an alias)."""
    return s.replace("\uff08", "(").replace("\uff09", ")")


def add_regions(gaz, regions, order, short_name):
    """Hong Kong, Macau and Taiwan: province-level regions without parent."""
    added = []
    for r in read_csv(os.path.join(gaz, "hk_mo_tw.csv")):
        if r["kind"] != "region":
            continue
        code, name = r["code"], r["name"]
        assert code not in regions, code
        short = short_name(name)
        aliases = [r["name_traditional"]] + r["aliases"].split("|")
        aliases = sorted({a for a in aliases if a and a not in (name, short)},
                         key=lambda a: a.encode())
        regions[code] = dict(code=code, name=name, level="province", parent=None,
                             short=short, aliases=aliases, ambiguous=False)
        order.append(code)
        added.append(code)
    assert sorted(added) == ["710000", "810000", "820000"], added
    return added


def area_region(area, province, regions):
    """The most specific division of the province whose name or short name
    the area's own name (after the zone's) contains: 大连片区 -> 大连市,
    青白江铁路港片区 -> 青白江区.  The province when none does."""
    best = None
    for reg in regions.values():
        if reg["level"] == "province" or not reg["code"].startswith(province[:2]):
            continue
        for n in (reg["name"], reg["short"]):
            if n and n in area:
                # longest name; of equal ones the prefecture (长沙 is 长沙市,
                # not 长沙县: an area is named after its city)
                key = (len(n), reg["level"] == "prefecture")
                if best is None or key > best[0]:
                    best = (key, reg["code"])
    return best[1] if best else province


def province_code(name, regions):
    got = [r["code"] for r in regions.values() if r["level"] == "province" and r["name"] == name]
    assert len(got) == 1, name
    return got[0]


def common_parent(codes, regions):
    """The one code, or the province of several prefectures."""
    if len(codes) == 1:
        return codes[0]
    provs = {c[:2] + "0000" for c in codes}
    assert len(provs) == 1 and all(p in regions for p in provs), codes
    return provs.pop()


def new_area_region(r, regions):
    """A new area's region: the division of the same name where there is one
    (浦东新区 = 310115, 滨海新区 = 120116: the same territory), else its city,
    or the province of its several cities."""
    codes = [c for c in r["city_codes"].split(";") if c]
    assert all(c in regions for c in codes), r
    for reg in regions.values():
        if reg["name"] == r["short_name"] and reg["code"][:2] == codes[0][:2]:
            return reg["code"]
    return common_parent(codes, regions)


def add_parks(gaz, regions, parks, add_park):
    """Every national ETDZ, new area, pilot FTZ and area, and the five
    science parks of hk_mo_tw.csv; returns how many rows each file added or
    merged."""
    next_id = [max(FIRST_ADDED_ID - 1, max(p["id"] for p in parks.values()))]
    assert next_id[0] == FIRST_ADDED_ID - 1, "1.0's ids reach %d" % next_id[0]
    stats = {}

    def put(src, name, short, aliases, **kw):
        name = halfwidth_parens(name)
        short = halfwidth_parens(short) if short and short != name else None
        fresh = name not in parks
        if not fresh and parks[name]["kind"] != kw["kind"]:
            # 苏州工业园区 is a high-tech zone in 1.0 and an ETDZ here: its
            # year and level are those of the kind 1.0 gave it
            kw = dict(kind=kw["kind"], region=kw["region"])
        p = add_park(name, only_missing=not fresh, short=short, **kw)
        if fresh:
            next_id[0] += 1
            p["id"] = next_id[0]
        for a in aliases:
            if a and a not in (p["name"], p["short"]) and a not in p["aliases"] \
                    and a not in DROPPED_ALIASES:
                p["aliases"].append(a)
        p["sources"].add(src)
        k = stats.setdefault(src, [0, 0])
        k[0 if fresh else 1] += 1

    for r in read_csv(os.path.join(gaz, "national_etdz.csv")):
        assert r["city_code"] in regions, r
        put("national_etdz.csv", r["name"], r["short_name"], [],
            kind="economic_development_zone", level="national", region=r["city_code"],
            year=int(r["approval_year"]) if r["approval_year"] else None)
    for r in read_csv(os.path.join(gaz, "national_new_areas.csv")):
        put("national_new_areas.csv", r["name"], r["short_name"], [],
            kind="national_new_area", level="national", region=new_area_region(r, regions),
            year=int(r["approval_year"]))
    zone = None
    for r in read_csv(os.path.join(gaz, "pilot_ftz.csv")):
        name = halfwidth_parens(r["name"])
        prov = province_code(r["province"], regions)
        if name.endswith("自由贸易试验区"):
            zone, region = name, prov
            aliases = [r["name"], r["short_name"].replace("自贸试验区", "自贸区")]
        else:
            assert zone and name.startswith(zone), (zone, name)
            region = FTZ_AREA_CITY.get(name) or area_region(name[len(zone):], prov, regions)
            aliases = [r["name"]]
        put("pilot_ftz.csv", name, r["short_name"], aliases, kind="free_trade_zone",
            level="national", region=region, year=int(r["approval_year"]))
    for name, extra in EXTRA_ALIASES.items():
        p = parks[name]
        p["aliases"] += [a for a in extra if a not in p["aliases"]]
        k = stats.setdefault("aliases", [0, 0])
        k[1] += 1
    for r in read_csv(os.path.join(gaz, "hk_mo_tw.csv")):
        if r["kind"] != "park":
            continue
        assert r["parent_code"] in regions, r
        put("hk_mo_tw.csv", r["name"], None,
            [r["name_traditional"]] + r["aliases"].split("|"),
            kind="science_park", level=None, region=r["parent_code"],
            year=int(r["year"]) if r["year"] else None)
    return stats
