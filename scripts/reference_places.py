"""
reference_places.py -- places the extractor names that no table row holds

Read by scripts/build_reference.py (which see).  News names places that
parkdata.region and parkdata.park do not hold, because GB/T 2260 gives them no
code or because they are no division at all.  The gold sets' convention
(test/data/gold/README.md, subject) reports them as `place:NAME`, the name in
Simplified characters; the extractor reports them the same way: subject = the
name below, subject_code = the code of the region they lie in (710000 for
Taiwan's counties and cities; none for a macro-region across provinces).
They are entries of the extractor's gazetteer only (src/core/pd_gazetteer_data.h),
not rows of region or park, so the schema and users' rows are untouched.

    TAIWAN_DIVISIONS  Taiwan's 6 special municipalities, 3 cities and 13
                      counties (Ministry of the Interior's list; 金门县 and
                      连江县 are left out: GB/T 2260 has 金门县 as 350527 and
                      Fujian has its own 连江县 350122, whose names the
                      gazetteer matches already).  Kind county (so 全市, 全县
                      and 本县 mean them and a bare two-character short name
                      is read only at a word edge); short names that both a
                      county and a city carry (新竹, 嘉义) are ambiguous.
    COOPERATION_ZONES the cooperation zones the State Council set up with Hong
                      Kong and Macau (横琴, 前海), parks no national list holds:
                      kind park, the code of their prefecture.
    MACRO_REGIONS     regions of several provinces or parts of one that news
                      reports figures for: the four economic regions of the
                      NBS (东部, 中部, 西部, 东北地区), the city clusters and the
                      parts of Xinjiang; the name is the gold README's form
                      (长三角 -> 长三角地区).  Kind province, no code.
    FUNCTIONAL_ZONES  the functional zones the NBS gives statistical codes of
                      their own (x71-x80 under a prefecture: 郑州航空港经济综合
                      实验区 410173, 山西转型综合改革示范区, 镇江新区, 屈原管理区),
                      read from the gazetteer's nbs_functional_zones.csv; not
                      its high-tech and development zones, whose names there
                      are statistical variants of the national lists' rows (or
                      provincial parks the extractor names by region and kind).
                      Kind park, the code of their prefecture.
    SPECIAL_ZONES     zones and bodies news reports figures for that neither a
                      national list nor the NBS codes hold, and the short
                      forms news writes for them or for an NBS zone
                      (郑州航空港区; 宁东基地, 沈抚示范区, 兵团): kind park, the
                      code of the prefecture they lie in (of the province for
                      the Production and Construction Corps, a body of
                      provincial rank across Xinjiang).

Copyright (c) 2026, parkdata developers
IDENTIFICATION scripts/reference_places.py
"""

TAIWAN = "710000"

# name (Simplified), short name or None, ambiguous short name
TAIWAN_DIVISIONS = [
    ("台北市", "台北", False), ("新北市", None, False), ("桃园市", "桃园", False),
    ("台中市", "台中", False), ("台南市", "台南", False), ("高雄市", "高雄", False),
    ("基隆市", "基隆", False), ("新竹市", "新竹", True), ("嘉义市", "嘉义", True),
    ("新竹县", "新竹", True), ("苗栗县", "苗栗", False), ("彰化县", "彰化", False),
    ("南投县", "南投", False), ("云林县", "云林", False), ("嘉义县", "嘉义", True),
    ("屏东县", "屏东", False), ("宜兰县", "宜兰", False), ("花莲县", "花莲", False),
    ("台东县", "台东", False), ("澎湖县", "澎湖", False),
]

# name, prefecture code, other surfaces
COOPERATION_ZONES = [
    ("横琴粤澳深度合作区", "440400", ["横琴深合区", "横琴合作区"]),
    ("前海深港现代服务业合作区", "440300", ["前海合作区", "前海深港合作区"]),
]

# name, code of the region it lies in, other surfaces (short forms)
SPECIAL_ZONES = [
    ("郑州航空港经济综合实验区", "410100",
     ["郑州航空港区", "郑州航空港", "郑州航空港实验区", "航空港实验区"]),
    ("宁东能源化工基地", "640100", ["宁东基地", "宁东"]),
    ("沈抚改革创新示范区", "210400", ["沈抚示范区", "沈抚新区"]),
    ("新疆生产建设兵团", "650000", ["兵团"]),
]

# name, other surfaces (Simplified; Traditional text is folded before matching)
MACRO_REGIONS = [
    ("东部地区", []), ("中部地区", []), ("西部地区", []), ("东北地区", []),
    ("中西部地区", []),
    ("长三角地区", ["长三角", "长江三角洲", "长江三角洲地区", "长三角区域"]),
    ("珠三角地区", ["珠三角", "珠江三角洲", "珠江三角洲地区"]),
    ("京津冀地区", ["京津冀"]),
    ("粤港澳大湾区", []),
    ("成渝地区双城经济圈", ["成渝双城经济圈"]),
    ("长株潭地区", ["长株潭"]),
    ("北疆地区", ["北疆"]), ("南疆地区", ["南疆"]), ("东疆地区", ["东疆"]),
]


# set by build_reference.py: the gazetteer's nbs_functional_zones.csv
NBS_FILE = None

# the kinds of the NBS file's zones that the national lists hold (or that are
# named by region and kind): left to those lists
NBS_LISTED_KINDS = ("高新技术", "高技术", "开发区", "管委会")


def functional_zones():
    """(name, prefecture code) of the NBS functional zones to add."""
    import csv
    if not NBS_FILE:
        return []
    with open(NBS_FILE, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [(r["name"], r["parent_code"]) for r in rows
            if not any(k in r["name"] for k in NBS_LISTED_KINDS)]


def entries(fold):
    """(surface, canonical, code, kind, flags) of every place above, folded
    as build_reference.gazetteer_entries folds its names."""
    ents = set()
    for name, short, ambiguous in TAIWAN_DIVISIONS:
        ents.add((fold(name), name, TAIWAN, 3, 0))
        if short:
            ents.add((fold(short), name, TAIWAN, 3, 1 | (2 if ambiguous else 0)))
    for name, code, surfaces in COOPERATION_ZONES:
        ents.add((fold(name), name, code, 4, 0))
        for s in surfaces:
            ents.add((fold(s), name, code, 4, 1))
    for name, code in functional_zones():
        ents.add((fold(name), name, code, 4, 0))
    for name, code, surfaces in SPECIAL_ZONES:
        ents.add((fold(name), name, code, 4, 0))
        for s in surfaces:
            ents.add((fold(s), name, code, 4, 1))
    for name, surfaces in MACRO_REGIONS:
        ents.add((fold(name), name, None, 1, 0))
        for s in surfaces:
            ents.add((fold(s), name, None, 1, 1 if len(s) < len(name) else 0))
    return ents
