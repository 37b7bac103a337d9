#!/usr/bin/env python3
"""
build_reference.py -- generate parkdata's reference data (contrib/unaccent style)

Reads the gazetteer (../shared/gazetteer/*.csv, or --gazetteer DIR) and the
seed articles (seeds/*.txt) and writes, in the source tree:

    sql/parkdata_reference.sql    regions (GB/T 2260 and HK/MO/TW) and
                                  parks/zones/platforms
    sql/parkdata_seeds.sql        the five seed documents, bodies byte-identical
    src/core/pd_gazetteer_data.h  the same names as a sorted C table for the
                                  metric extractor
    sql/parkdata_catalog_data.sql
                                  the indicator catalog and its synonyms, from
                                  scripts/metric_catalog.tsv (reference_catalog.py)

The upgrade scripts need no copy of these rows: the Makefile generates the
upgrade's shipped rows from the install script's INSERT statements
(sql/update/shipped_rows.sh).  Release 1.1's upgrade script, whose parts 31, 33
and 34 this script wrote, is frozen as sql/parkdata--1.0--1.1.sql.

Developers run it when the gazetteer or the seeds change and commit the
output; builds never run it, so they stay offline and reproducible:

    python3 scripts/build_reference.py [--gazetteer DIR] [--words DICT] [--check]

--words is jieba's dict.txt (default: Debian python3-jieba's), read to flag
short county names that ordinary text spells across word edges.

--check regenerates into memory and exits 1 if a committed file differs.

The output is deterministic (sorted, no timestamps).  Everything is derived
from the input files except the small tables below, which state facts the
files do not hold (where a seed entity is, what kind it is, which seed
mentions name the same entity, and each seed's date and source as the text
gives them); every such fact cites the seed text it comes from, and the
generator asserts that the cited text is really there.

Copyright (c) 2026, parkdata developers
IDENTIFICATION scripts/build_reference.py
"""

import argparse
import csv
import hashlib
import os
import re
import sys

import reference_additions as additions
import reference_catalog as catalog
import reference_places as places
from reference_fold import Folder

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------------------
# Short names of administrative divisions
# ---------------------------------------------------------------------------

# The 55 recognised minority nationalities, longest first, as they appear in
# the names of autonomous regions, prefectures, counties and banners.
ETHNIC = sorted("""蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎
傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬
锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春
赫哲 门巴 珞巴 基诺""".split(), key=len, reverse=True)

# Administrative suffixes, longest first.
SUFFIXES = ["特别行政区", "自治区", "自治州", "自治县", "自治旗", "林区", "特区",
            "地区", "省", "市", "区", "县", "旗", "盟"]

# Short county names that are also ordinary words or common terms, so that a
# bare occurrence is far more often the word than the place (see the
# gazetteer README: 合作, 资源, 新兴, 东方, 通道, 龙城, 三台, 平原, 市中, 长白).
# A matcher accepts these only with a suffix, a parent region nearby or a
# domain context.  Short names shared by several divisions, or equal to the
# name of a province or prefecture, are flagged as ambiguous as well, and so
# are short county names that ordinary text more often spells across a word
# boundary than as the name (see crosses_words).
ORDINARY_WORDS = set("""
合作 资源 新兴 东方 通道 龙城 三台 平原 市中 长白
比如 公安 南部 中方 解放 和平 光明 前进 前锋 友好 友谊 振兴 复兴 工农 红旗 向阳
太平 安定 安宁 安居 大同 大方 大观 大名 大悟 大英 江南 江北 河东 河西 江口 河口
湖口 港口 城关 城中 城东 城西 城北 城厢 新城 老城 古城 山城 钢城 新华 新市 新民
新建 新星 新都 中原 中山 天山 天台 天桥 天涯 天长 长安 长寿 长乐 长子 长海 永安
平安 平和 平房 和顺 共和 同心 同仁 会同 白云 白沙 白水 白杨 白银 白玉 白塔 青山
黄山 泰山 江山 金山 宝山 宝塔 东山 西山 南山 梁山 龙井 龙门 龙潭 龙凤 龙湖 凤凰
麒麟 牡丹 芙蓉 莲花 荷塘 海棠 紫金 玄武 弥勒 木兰 未央 路南 路北 路桥 桥东 桥西
铁东 铁西 站前 二道 七星 三元 三江 三河 三水 三门 上街 东风 东海 东港 南海 南湖
北湖 东湖 西湖 月湖 镜湖 南开 南沙 南岸 江岸 滨江 滨海 滨湖 湖滨 运河 灯塔 钟楼
鼓楼 温泉 清水 清流 清新 盐湖 盐田 磐石 马尾 高密 高明 高台 小店 商城 富裕 富民
富源 民权 民乐 回民 建华 建始 宏伟 元宝 爱民 延长 延寿 康乐 怀柔 无为 无极 明光
六合 台前 桃源 修文 光泽 开化 武功 政和 故城 兴业 兴隆 兴国 建设 阳春 朝阳 朝天
名山 千山 双峰 花都 盘龙 北流 北辰 海港 西安 南昌 河南 河北 海南
""".split())


def strip_ethnic(s):
    """Strip trailing "<nationality>族" groups (延边朝鲜族 -> 延边)."""
    changed = True
    while changed and s.endswith("族"):
        changed = False
        for e in ETHNIC:
            if s.endswith(e + "族") and len(s) > len(e) + 1:
                s = s[:-(len(e) + 1)]
                changed = True
                break
        if not changed and s.endswith("各族"):
            s, changed = s[:-2], True
    return s


class WordList:
    """jieba's general word list ("word frequency [tag]" lines; Debian
    python3-jieba, the list the segmenter uses): frequencies, and for every
    string the summed frequency of the words that end with it and of the
    words that start with it."""

    def __init__(self, path):
        self.freq, self.ends, self.starts = {}, {}, {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                p = line.split()
                if len(p) < 2:
                    continue
                w, n = p[0], max(1, int(p[1]))
                self.freq[w] = n
                for i in range(1, len(w) + 1):
                    self.starts[w[:i]] = self.starts.get(w[:i], 0) + n
                    self.ends[w[-i:]] = self.ends.get(w[-i:], 0) + n
        self.total = sum(self.freq.values())


def crosses_words(name, words):
    """Is name more likely, under the word list's own unigram model (the
    model the segmenter's cheapest path uses), to be two words' edges meeting
    (和|政府 for 和政, 人民|和 for 民和) than the name itself?  The chance
    that a word ending with name[:i] is followed by one starting with
    name[i:], summed over the cut points i, against the name's own
    frequency (1, the least a word can have, when the list lacks it)."""
    across = sum(words.ends.get(name[:i], 0) * words.starts.get(name[i:], 0)
                 for i in range(1, len(name)))
    return across > words.freq.get(name, 1) * words.total


def strip_nationality(s):
    """Strip one trailing nationality written without 族, as the autonomous
    divisions of Xinjiang and a few others are named (新疆维吾尔 -> 新疆,
    伊犁哈萨克 -> 伊犁, 巴音郭楞蒙古 -> 巴音郭楞), where two characters or
    more are left (内蒙古 stays)."""
    for e in ETHNIC:
        if s.endswith(e) and len(s) - len(e) >= 2:
            return s[:-len(e)]
    return s


def short_name(name):
    """The short form news uses (溧阳 for 溧阳市), or None if there is none."""
    for suf in SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf):
            s = strip_ethnic(name[:-len(suf)])
            if suf.startswith("自治") and not s.endswith("族"):
                s = strip_nationality(s)
            if s.endswith("族"):         # nationality we do not know: give up
                return None
            if len(s) >= 2 and s != name:
                return s
            return None
    return None


# ---------------------------------------------------------------------------
# Parks: kinds, and the facts about seed entities the gazetteer lacks
# ---------------------------------------------------------------------------

PARK_KINDS = ["national_hitech_zone", "provincial_hitech_zone",
              "economic_development_zone", "innovation_demonstration_zone",
              "free_trade_zone", "industrial_park", "industry_cluster",
              "research_institute", "innovation_platform", "incubator",
              "university", "scenic_area", "national_new_area", "science_park",
              "other"]
# C header kind: 4 zone/park, 5 institute/platform/organisation
ZONE_KINDS = {"national_hitech_zone", "provincial_hitech_zone",
              "economic_development_zone", "innovation_demonstration_zone",
              "free_trade_zone", "industrial_park", "industry_cluster",
              "scenic_area", "national_new_area", "science_park"}

# canonical name -> (kind, level, region code, evidence)
# level: national / provincial / None.  evidence: where the seeds say where
# the entity is (file prefix, text that must occur in that file).
SEED_PARKS = {
    "江苏省金坛华罗庚高新技术产业开发区": ("provincial_hitech_zone", "provincial", "320413", ("000", "江苏省金坛华罗庚高新技术产业开发区")),
    "苏南国家自主创新示范区": ("innovation_demonstration_zone", "national", "320000", ("000", "苏南国家自主创新示范区")),
    "金坛高新技术企业服务中心": ("incubator", None, "320413", ("000", "金坛高新技术企业服务中心")),
    "中国(常州)德国中心": ("innovation_platform", None, "320413", ("000", "123个日夜,中国(常州)德国中心拔地而起。我区")),
    "中德产业与创新深度融合示范区": ("innovation_demonstration_zone", None, "320413", ("000", "中德产业与创新深度融合示范区")),
    "河海大学常州新校区": ("university", None, "320413", ("000", "河海大学常州新校区")),
    "中国科学院物理研究所": ("research_institute", "national", "110108", ("002", "中国科学院物理研究所")),
    "长三角物理研究中心": ("research_institute", None, "320481", ("001", "在溧科创平台能级持续攀升,长三角物理研究中心")),
    "江苏智能无人装备产业创新中心": ("innovation_platform", "provincial", "320481", ("001", "在溧科创平台能级持续攀升")),
    "天目湖先进储能技术研究院": ("research_institute", None, "320481", ("002", "溧阳高新区超前布局,与中国科学院物理研究所共建天目湖先进储能技术研究院")),
    "重庆大学溧阳智慧城市研究院": ("research_institute", None, "320481", ("001", "重庆大学溧阳智慧城市研究院")),
    "东南大学溧阳研究院": ("research_institute", None, "320481", ("001", "东南大学溧阳研究院")),
    "溧阳(南京)创新中心": ("innovation_platform", None, "320481", ("001", "溧阳(南京)创新中心")),
    "溧阳(杭州)协同创新中心": ("innovation_platform", None, "320481", ("001", "溧阳(杭州)协同创新中心")),
    "省先进动力和储能电池技术创新中心": ("innovation_platform", "provincial", "320481", ("001", "长三角物理研究中心获评省先进动力和储能电池技术创新中心")),
    "省新型装备关键技术工程研究中心": ("innovation_platform", "provincial", "320481", ("001", "江苏智能无人装备产业创新中心获评省新型装备关键技术工程研究中心")),
    "近零碳场景创新中心": ("innovation_platform", None, "320481", ("001", "近零碳场景创新中心")),
    "近零碳园区": ("industrial_park", None, "320481", ("001", "近零碳园区")),
    "新能源人才小镇": ("innovation_platform", None, "320481", ("001", "新能源人才小镇")),
    "江苏省溧阳高新技术产业开发区": ("provincial_hitech_zone", "provincial", "320481", ("003", "江苏省溧阳高新技术产业开发区")),
    "天目湖健康研究院": ("research_institute", None, "320481", ("002", "天目湖健康研究院")),
    "医用应用物理平台": ("innovation_platform", None, "320481", ("002", "医用应用物理平台")),
    "上海交大江苏中关村研究院": ("research_institute", None, "320481", ("002", "上海交大江苏中关村研究院")),
    "创智园": ("other", None, "320481", ("002", "创智园")),
    "生命科学城": ("industrial_park", None, "370100", ("002", "生命科学城是济南高新区")),
    "北方美谷": ("industry_cluster", None, "370100", ("002", "济南高新区:深耕“美丽经济” 打造“北方美谷”")),
    "南方美谷": ("industry_cluster", None, "440000", ("002", "广东省是中国化妆品生产企业最多")),
    "白云美湾": ("industry_cluster", None, "440000", ("002", "“白云美湾”")),
    "中国美都": ("industry_cluster", None, "440000", ("002", "“中国美都”")),
    "白鹭创谷": ("incubator", None, "520100", ("002", "贵阳高新区发布“白鹭创谷”计划")),
    "大数据创客公园": ("incubator", None, "520100", ("002", "大数据创客公园")),
    "贵州人才城": ("innovation_platform", None, "520100", ("002", "贵州人才城")),
    "大学生创业孵化园": ("incubator", None, "520100", ("002", "大学生创业孵化园")),
    "火炬软件园孵化器": ("incubator", None, "520100", ("002", "火炬软件园孵化器")),
    "贵阳高新区异地孵化创新基地": ("incubator", None, "520100", ("002", "贵阳高新区异地孵化创新基地")),
    "佳鑫科技产业园": ("industrial_park", None, "441800", ("002", "佳鑫科技产业园")),
    "百慕科创园": ("industrial_park", None, "441800", ("002", "百慕科创园")),
    "清远佳创鑫科技产业园": ("industrial_park", None, "441800", ("002", "清远佳创鑫科技产业园")),
    "清远佳庆科技产业园": ("industrial_park", None, "441800", ("002", "清远佳庆科技产业园")),
    "新疆科技成果(技术)交易中心": ("innovation_platform", None, "650104", ("002", "在乌鲁木齐高新区(新市区)揭牌")),
    "中国(新疆)自由贸易试验区乌鲁木齐片区": ("free_trade_zone", "national", "650100", ("002", "中国(新疆)自由贸易试验区乌鲁木齐片区")),
    "高新功能区块": ("other", None, "650100", ("002", "高新功能区块")),
    "乌鲁木齐知识产权集聚区": ("other", None, "650100", ("002", "乌鲁木齐知识产权集聚区")),
    "江苏中关村科技产业城": ("industrial_park", None, "320481", ("003", "江苏中关村科技产业城")),
    "新能源科技馆": ("other", None, "320481", ("003", "新能源科技馆")),
    "双子楼孵化器": ("incubator", None, "320481", ("003", "双子楼孵化器")),
    "扬州经济技术开发区": ("economic_development_zone", "national", "321000", ("003", "扬州经济技术开发区")),
    "蜀冈—瘦西湖风景名胜区": ("scenic_area", None, "321000", ("003", "蜀冈—瘦西湖风景名胜区")),
    "江苏常州天宁经济开发区": ("economic_development_zone", "provincial", "320402", ("003", "天宁经济开发区")),
    "苏州北太湖旅游度假区": ("scenic_area", "provincial", "320500", ("003", "江苏省 苏州北太湖旅游度假区")),
    "长三角碳纤维及复合材料技术创新中心": ("innovation_platform", None, "320400", ("003", "常州关于成立长三角碳纤维及复合材料技术创新中心")),
    "江苏常州经济开发区": ("economic_development_zone", "provincial", "320400", ("003", "常州经开区")),
    "武进芯创天地": ("innovation_platform", None, "320412", ("004", "武进芯创天地")),
    "常州集成电路生态产业园": ("industrial_park", None, "320412", ("004", "常州集成电路生态产业园")),
    "西电化合物半导体创新中心": ("innovation_platform", None, "320412", ("004", "西电化合物半导体创新中心")),
    "常州大学微电子学院": ("university", None, "320412", ("004", "常州大学微电子学院")),
    "武进芯谷": ("industry_cluster", None, "320412", ("004", "滨湖高地 武进芯谷")),
    "江苏溧阳经济开发区": ("economic_development_zone", "provincial", "320481", ("004", "溧阳经开区")),
    "生命康原": ("other", None, "320481", ("004", "生命康原")),
}

# Seed mentions that name an entity under another canonical name than the
# one seed_entities.csv gives (blank canonical = the mention itself).
SAME_AS = {
    "中科院物理所": "中国科学院物理研究所",
    "智能无人装备产业创新中心": "江苏智能无人装备产业创新中心",
    "智能无人装备创新中心": "江苏智能无人装备产业创新中心",
    "天目湖先进储能研究院": "天目湖先进储能技术研究院",
    "重庆大学智慧城市研究院": "重庆大学溧阳智慧城市研究院",
    "上海江苏中关村研究院": "上海交大江苏中关村研究院",
}

# Short names of seed zones (the form the seeds use most).
SEED_SHORT = {
    "江苏省金坛华罗庚高新技术产业开发区": "华罗庚高新区",
    "江苏省溧阳高新技术产业开发区": "溧阳高新区",
    "江苏常州天宁经济开发区": "天宁经济开发区",
    "江苏常州经济开发区": "常州经开区",
    "江苏溧阳经济开发区": "溧阳经开区",
    "中国科学院物理研究所": "中科院物理所",
}
# Extra aliases the gazetteer README gives.
README_ALIASES = {
    "江苏省溧阳高新技术产业开发区": ["江苏溧阳高新技术产业开发区"],
}

# ---------------------------------------------------------------------------
# Seeds: title, date and source as the text gives them
# ---------------------------------------------------------------------------
# date: ISO date; how: "stated" (the page prints the full date, which the
# generator finds with the regex) or "dateline" (the text gives month and day
# of the report and the year elsewhere; each piece of evidence must occur).
SEEDS = {
    "000": dict(title="金坛绘就创新发展新蓝图", date="2021-03-11", how="stated",
                date_re=r"本期出版日期:(\d{4}-\d{2}-\d{2})",
                source="金坛时报", source_ev="金坛时报"),
    "001": dict(title="溧阳市:建强科创平台“支点” 撬动溧阳人才工作新成效", date="2024-09-06",
                how="stated", date_re=r"发布日期:(\d{4}-\d{2}-\d{2})",
                source="常州组工网(来源:溧阳市委组织部)", source_ev="来源:溧阳市委组织部"),
    "002": dict(title="江苏溧阳高新区走出特色产业发展路", date="2023-12-20", how="dateline",
                evidence=["12月中旬,记者从江苏溧阳高新区科技局了解到,截至11月",
                          "科技日报(陈科 实习记者李诏宇)12月20日",
                          "2023中国年度最佳雇主颁奖盛典"],
                source="科技日报", source_ev="科技日报(陈科"),
    "003": dict(title="溧阳高新区召开2022年创新发展大会", date="2022-02-10", how="dateline",
                evidence=["2月10日,溧阳高新区召开2022年创新发展大会"],
                source="溧阳厂房网", source_ev="本文由溧阳厂房网发布"),
    "004": dict(title="武进区发布四项实施意见", date="2021-02-19", how="dateline",
                evidence=["2月19日,武进区召开“新春第一会”",
                          "2021年,天宁将大力开展"],
                source=None, source_ev=None),
}


# ---------------------------------------------------------------------------

def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def sql_lit(s):
    if s is None:
        return "NULL"
    if isinstance(s, int):
        return str(s)
    if "\\" in s:
        raise SystemExit("backslash in %r" % s)
    return "'" + s.replace("'", "''") + "'"


def sql_array(items):
    if not items:
        return "'{}'::text[]"
    return "ARRAY[" + ", ".join(sql_lit(i) for i in items) + "]"


def c_lit(s):
    if s is None:
        return "NULL"
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def load(gaz, seeds_dir, words):
    """Regions, parks and seeds as this release ships them."""
    regions = {}
    order = []
    for r in read_csv(os.path.join(gaz, "divisions.csv")):
        code = r["code"]
        assert re.fullmatch(r"\d{6}", code), code
        regions[code] = dict(code=code, name=r["name"], level=r["level"],
                             parent=r["parent_code"] or None,
                             short=short_name(r["name"]), aliases=[])
        order.append(code)
    assert len(regions) == 3206, len(regions)
    for reg in regions.values():
        assert reg["parent"] is None or reg["parent"] in regions, reg
        assert reg["level"] in ("province", "prefecture", "county"), reg
    # known short forms the README and seed list quote
    for full, short in (("溧阳市", "溧阳"), ("金坛区", "金坛"), ("常州市", "常州"),
                        ("内蒙古自治区", "内蒙古"), ("广西壮族自治区", "广西"),
                        ("延边朝鲜族自治州", "延边"), ("长白朝鲜族自治县", "长白"),
                        ("新疆维吾尔自治区", "新疆"), ("伊犁哈萨克自治州", "伊犁")):
        got = [r["short"] for r in regions.values() if r["name"] == full]
        assert got and all(g == short for g in got), (full, got)

    # names and short names that several divisions share
    count = {}
    for reg in regions.values():
        for n in {reg["name"], reg["short"]} - {None}:
            count[n] = count.get(n, 0) + 1
    upper = {reg["name"] for reg in regions.values() if reg["level"] != "county"} | \
        {reg["short"] for reg in regions.values() if reg["level"] != "county" and reg["short"]}
    for reg in regions.values():
        s = reg["short"]
        amb = False
        if s:
            if reg["level"] == "county" and (s in ORDINARY_WORDS or s in upper):
                amb = True
            if count.get(s, 0) > 1 and reg["level"] == "county":
                amb = True
            if reg["level"] == "county" and crosses_words(s, words):
                amb = True
        reg["ambiguous"] = amb
    additions.add_regions(gaz, regions, order, short_name)

    # parks ----------------------------------------------------------------
    parks = {}

    def add_park(name, only_missing=False, **kw):
        p = parks.setdefault(name, dict(name=name, short=None, aliases=[],
                                        kind=None, level=None, region=None,
                                        year=None, nbs=None, sources=set()))
        for k, v in kw.items():
            if v is not None and k != "sources" and not (only_missing and p[k] is not None):
                p[k] = v
        return p

    for r in read_csv(os.path.join(gaz, "national_hitech_zones.csv")):
        codes = [c for c in r["city_code"].split("/") if c]
        code = next((c for c in codes if c in regions), None)
        assert code, r
        p = add_park(r["name"], short=r["short_name"] or None,
                     kind="national_hitech_zone", level="national",
                     region=code, year=int(r["approval_year"]) if r["approval_year"] else None,
                     nbs=r["nbs_code"] or None)
        p["sources"].add("national_hitech_zones.csv")
    n_national = len(parks)

    seed_files = sorted(f for f in os.listdir(seeds_dir) if f.endswith(".txt"))
    texts = {f[:3]: open(os.path.join(seeds_dir, f), encoding="utf-8").read() for f in seed_files}

    for r in read_csv(os.path.join(gaz, "seed_entities.csv")):
        if r["kind"] not in ("zone", "platform"):
            continue
        mention = r["mention"]
        canon = SAME_AS.get(mention) or r["canonical"] or mention
        assert mention in texts[r["file"][:3]], (mention, r["file"])
        if canon in parks and parks[canon]["kind"] == "national_hitech_zone":
            p = parks[canon]
        else:
            if canon not in SEED_PARKS:
                raise SystemExit("seed entity without a region: %s (%s)" % (canon, mention))
            kind, level, code, (fid, ev) = SEED_PARKS[canon]
            assert code in regions, (canon, code)
            assert ev in texts[fid], ("evidence not in seed", canon, ev)
            p = add_park(canon, kind=kind, level=level, region=code,
                         short=SEED_SHORT.get(canon))
        p["sources"].add("seed_entities.csv")
        if mention != p["name"] and mention != p["short"] and mention not in p["aliases"]:
            p["aliases"].append(mention)
    for canon, extra in README_ALIASES.items():
        for a in extra:
            if a not in parks[canon]["aliases"]:
                parks[canon]["aliases"].append(a)
    unused = set(SEED_PARKS) - set(parks)
    assert not unused, unused

    # ids of 1.0: national first in file order, then the others by name
    plist = list(parks.values())
    nat = plist[:n_national]
    rest = sorted(plist[n_national:], key=lambda p: p["name"].encode())
    for i, p in enumerate(nat + rest, 1):
        p["id"] = i
    additions.add_parks(gaz, regions, parks, add_park)
    plist = sorted(parks.values(), key=lambda p: p["id"])
    for p in plist:
        p["aliases"].sort(key=lambda a: a.encode())
        assert p["kind"] in PARK_KINDS, p
        assert p["region"] in regions, p

    # seeds ------------------------------------------------------------------
    seeds = []
    for f in seed_files:
        key = f[:3]
        meta = SEEDS[key]
        raw = open(os.path.join(seeds_dir, f), "rb").read()
        body = raw.decode("utf-8")
        assert meta["title"] in body, (f, meta["title"])
        if meta["how"] == "stated":
            m = re.search(meta["date_re"], body)
            assert m and m.group(1) == meta["date"], (f, m and m.group(1))
        else:
            for ev in meta["evidence"]:
                assert ev in body, (f, ev)
        if meta["source_ev"]:
            assert meta["source_ev"] in body, (f, meta["source_ev"])
        for bad in ("MODULE_PATHNAME", "@extschema@", "@extowner@", "\x00"):
            assert bad not in body, (f, bad)
        seeds.append(dict(file=f, body=body, **meta))
    assert len(seeds) == 5, seed_files
    return [regions[c] for c in order], plist, seeds


# ---------------------------------------------------------------------------

HEADER_SQL = """/* parkdata--1.1.sql: {what} -- GENERATED by scripts/build_reference.py; do not edit */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\\echo Use "CREATE EXTENSION parkdata" to load this file. \\quit

"""


def gen_reference(regions, parks):
    out = [HEADER_SQL.format(what="reference data (regions, parks)")]
    out.append("-- %d divisions from gazetteer/divisions.csv (GB/T 2260, 2023); parents first\n" % len(regions))
    # parents before children (the foreign key is checked per statement, but
    # keep the order readable anyway): provinces, prefectures, counties
    lv = {"province": 0, "prefecture": 1, "county": 2}
    rs = sorted(regions, key=lambda r: (lv[r["level"]], r["code"]))
    for i in range(0, len(rs), 500):
        out.append(region_insert(rs[i:i + 500]))
    out.append("\n-- %d parks: every national high-tech zone (national_hitech_zones.csv), national\n"
               "-- economic and technological development zone (national_etdz.csv), national new\n"
               "-- area (national_new_areas.csv), pilot free trade zone and area (pilot_ftz.csv),\n"
               "-- the science parks of hk_mo_tw.csv, and every zone, park, institute and\n"
               "-- platform the seeds name (seed_entities.csv)\n" % len(parks))
    out.append(park_insert(parks))
    return "".join(out)


REGION_COLS = ["code", "name", "short_name", "aliases", "level", "parent_code",
               "short_name_ambiguous", "builtin"]
PARK_COLS = ["park_id", "name", "short_name", "aliases", "kind", "level", "region_code",
             "approved_year", "nbs_code", "builtin"]


def region_values(r):
    return [sql_lit(r["code"]), sql_lit(r["name"]), sql_lit(r["short"]), sql_array(r["aliases"]),
            sql_lit(r["level"]), sql_lit(r["parent"]),
            "true" if r["ambiguous"] else "false", "true"]


def park_values(p):
    return [str(p["id"]), sql_lit(p["name"]), sql_lit(p["short"]), sql_array(p["aliases"]),
            sql_lit(p["kind"]), sql_lit(p["level"]), sql_lit(p["region"]),
            "NULL" if p["year"] is None else str(p["year"]), sql_lit(p["nbs"]), "true"]


def region_insert(rs):
    return ("INSERT INTO @extschema@.region (%s) VALUES\n" % ", ".join(REGION_COLS) +
            ",\n".join("(%s)" % ", ".join(region_values(r)) for r in rs) + ";\n")


def park_insert(ps):
    return ("INSERT INTO @extschema@.park (%s) VALUES\n" % ", ".join(PARK_COLS) +
            ",\n".join("(%s)" % ", ".join(park_values(p)) for p in ps) + ";\n")


def document_id(body):
    """parkdata.document_id(body): the first 63 bits of the body's MD5."""
    return int(hashlib.md5(body.encode("utf-8")).hexdigest()[:16], 16) & 0x7FFFFFFFFFFFFFFF


def dollar_tag(body):
    n = 0
    while True:
        tag = "$seed%d$" % n if n else "$seed$"
        if tag not in body:
            return tag
        n += 1


def gen_seeds(seeds):
    out = [HEADER_SQL.format(what="the five seed documents of seeds/, bodies byte for byte")]
    out.append("-- Provenance: docs/seeds.md.  Indicators are extracted in parkdata_post.sql,\n"
               "-- after the lexicon is filled, so the trigger is off while they load.\n")
    out.append("ALTER TABLE @extschema@.document DISABLE TRIGGER document_extract_indicators;\n")
    for s in seeds:
        tag = dollar_tag(s["body"])
        out.append("\n-- %s\n" % s["file"])
        out.append("INSERT INTO @extschema@.document (doc_id, title, published, source, source_file, body, builtin) VALUES\n")
        out.append("(%d, %s, %s, %s, %s, %s%s%s, true);\n" % (
            document_id(s["body"]), sql_lit(s["title"]), "DATE '%s'" % s["date"], sql_lit(s["source"]),
            sql_lit(s["file"]), tag, s["body"], tag))
    out.append("\nALTER TABLE @extschema@.document ENABLE TRIGGER document_extract_indicators;\n")
    return "".join(out)


def gazetteer_entries(regions, parks, fold):
    """(surface, canonical, code, kind, flags) for every name, folded as the
    extractor folds text; forms that fold alike (臺灣, 台灣 -> 台湾) are one."""
    kind_of = {"province": 1, "prefecture": 2, "county": 3}
    ents = set()
    for r in regions:
        k = kind_of[r["level"]]
        ents.add((fold(r["name"]), r["name"], r["code"], k, 0))
        if r["short"]:
            ents.add((fold(r["short"]), r["name"], r["code"], k, 1 | (2 if r["ambiguous"] else 0)))
        for a in r["aliases"]:
            ents.add((fold(a), r["name"], r["code"], k, 1 if len(a) < len(r["name"]) else 0))
        # 临夏州, 恩施州: an autonomous prefecture's short name with 州, the
        # form its own government and the province's bulletins write
        if r["short"] and r["name"].endswith("自治州"):
            ents.add((fold(r["short"] + "州"), r["name"], r["code"], k, 1))
    for p in parks:
        k = 4 if p["kind"] in ZONE_KINDS else 5
        ents.add((fold(p["name"]), p["name"], p["region"], k, 0))
        if p["short"]:
            ents.add((fold(p["short"]), p["name"], p["region"], k, 1))
        for a in p["aliases"]:
            ents.add((fold(a), p["name"], p["region"], k, 1 if len(a) < len(p["name"]) else 0))
        for a in additions.CONTEXT_ALIASES.get(p["name"], []):
            ents.add((fold(a), p["name"], p["region"], k, 1 | 2))
    # places no row holds (Taiwan's counties and cities, macro-regions),
    # unless a row spells them alike (reference_places.py)
    known = {e[0] for e in ents}
    ents |= {e for e in places.entries(fold) if e[0] not in known}
    # a folded surface that is also the same entity's full name is that name
    full = {(e[0], e[1]) for e in ents if e[4] == 0}
    ents = {e for e in ents if not (e[4] and (e[0], e[1]) in full)}
    return sorted(ents, key=lambda e: (e[0].encode(), e[2] or "", e[1].encode(), e[3], e[4]))


def gaz_pairs(ents):
    """{slot: (a, b, lo, hi)}: the first two code points of the names of
    ents (sorted as the header holds them), as pd_gazetteer_data.h's
    pd_gaz_pair_slot() places them, probing linearly."""
    size = 16384                # PD_GAZ_PAIRS
    table = {}
    for i, e in enumerate(ents):
        name = e[0]
        if len(name) < 2:
            continue
        a, b = ord(name[0]), ord(name[1])
        slot = (((a * 2654435761) ^ (b * 40503)) & 0xFFFFFFFF) & (size - 1)
        while slot in table and table[slot][:2] != (a, b):
            slot = (slot + 1) & (size - 1)
        if len(table) >= size // 2:
            sys.exit("build_reference: PD_GAZ_PAIRS too small")
        lo = table[slot][2] if slot in table else i
        table[slot] = (a, b, lo, i + 1)
    return table


def gen_header(regions, parks, fold):
    ents = gazetteer_entries(regions, parks, fold)
    out = ["""/* src/core/pd_gazetteer_data.h -- GENERATED by scripts/build_reference.py; do not edit */
/*
 * Surface forms of China's administrative divisions (GB/T 2260, 2023, with
 * Hong Kong, Macau and Taiwan: %d regions) and of the parks, zones,
 * institutes and platforms parkdata knows (%d), for the metric extractor.
 * Same source as sql/parkdata_reference.sql.  Surfaces are folded as the
 * extractor folds text before matching (Traditional to Simplified by
 * pd_fold_data.h; widths are kept, so both forms of 中国（上海）/中国(上海)
 * are rows): 香港特別行政區 is found as 香港特别行政区; canonical is the name
 * as parkdata.region or parkdata.park stores it, or for the places no row
 * holds (Taiwan's counties and cities, macro-regions: scripts/
 * reference_places.py) the name the extractor reports, with the code of the
 * region they lie in or NULL.  Included through the
 * extractor's internal header (src/core/pd_metric_int.h).
 *
 * IDENTIFICATION
 *	  src/core/pd_gazetteer_data.h
 */
#ifndef PD_GAZETTEER_DATA_H
#define PD_GAZETTEER_DATA_H

#include <stdint.h>

typedef struct PdGazEntry { const char *name; const char *canonical; const char *code; uint8_t kind; uint8_t flags; } PdGazEntry;
/* kind: 1 province, 2 prefecture, 3 county, 4 park/zone, 5 institute/platform/org; flags: 1 short form, 2 ambiguous short name (collides with ordinary words) */

/*
 * The table as it is stored: a PdGazEntry's strings as offsets into
 * pd_gaz_text (0: NULL), so that it holds no pointer and needs no
 * relocation when the module is loaded (it stays in pages shared by every
 * backend).  The extractor makes a PdGazEntry of a row when it first meets
 * it (pd_gaz_entry, pd_metric_place.c).
 */
typedef struct PdGazRow { uint32_t name; uint32_t canonical; uint32_t code; uint8_t kind; uint8_t flags; } PdGazRow;

#define PD_GAZ_PROVINCE		1
#define PD_GAZ_PREFECTURE	2
#define PD_GAZ_COUNTY		3
#define PD_GAZ_PARK			4
#define PD_GAZ_ORG			5
#define PD_GAZ_SHORT		1
#define PD_GAZ_AMBIGUOUS	2

#define PD_GAZETTEER_SIZE	%d

/*
 * sorted by strcmp(name), byte order; a name may occur several times (one
 * entry per division or park it can name), then ordered by code.  Defined
 * once, in the file that defines PD_GAZETTEER_DEFINE before including this
 * (pd_metric_gazetteer.c).
 */
extern const char pd_gaz_text[];
extern const PdGazRow pd_gazetteer[PD_GAZETTEER_SIZE];

/* the name of row i */
static inline const char *
pd_gaz_name(size_t i)
{
	return pd_gaz_text + pd_gazetteer[i].name;
}

/*
 * The names by their first two code points: an open-addressing hash of
 * (first, second) -> the range [lo, hi) of pd_gazetteer whose names begin
 * with them (UTF-8 byte order is code point order, so they are adjacent);
 * hi 0 marks an empty slot.  Names of one character have none.  Built here,
 * by build_reference.py's gaz_pairs() (the same slot function), so that no
 * backend builds it or holds a copy of its own.
 */
typedef struct PdGazPair { uint32_t a; uint32_t b; uint32_t lo; uint32_t hi; } PdGazPair;

#define PD_GAZ_PAIRS	16384	/* a power of two, > 2 x the distinct pairs */

static inline uint32_t
pd_gaz_pair_slot(uint32_t a, uint32_t b)
{
	return ((a * 2654435761u) ^ (b * 40503u)) & (PD_GAZ_PAIRS - 1);
}

extern const PdGazPair pd_gaz_pairs[PD_GAZ_PAIRS];

#ifdef PD_GAZETTEER_DEFINE
""" % (len(regions), len(parks), len(ents))]
    # the strings once each, in the order of their first use; 0 is NULL
    offs = {}
    pool = ["\t\"\\0\"\n"]
    size = 1
    for e in ents:
        for t in e[:3]:
            if t is not None and t not in offs:
                offs[t] = size
                size += len(t.encode("utf-8")) + 1
                pool.append("\t%s \"\\0\"\n" % c_lit(t))
    out.append("const char pd_gaz_text[%d] =\n" % size)
    out.extend(pool)
    out.append(";\n\nconst PdGazRow pd_gazetteer[PD_GAZETTEER_SIZE] = {\n")
    for name, canon, code, kind, flags in ents:
        out.append("\t{%d, %d, %d, %d, %d},\t/* %s */\n" % (
            offs[name], offs[canon] if canon is not None else 0,
            offs[code] if code is not None else 0, kind, flags, name.replace("*/", "* /")))
    out.append("""};   /* sorted by strcmp(name), byte order */

/* the non-empty slots of the pairs' hash (pd_gaz_pair_slot, linear probing) */
const PdGazPair pd_gaz_pairs[PD_GAZ_PAIRS] = {
""")
    for slot, (a, b, lo, hi) in sorted(gaz_pairs(ents).items()):
        out.append("\t[%d] = {0x%04X, 0x%04X, %d, %d},\n" % (slot, a, b, lo, hi))
    out.append("""};
#endif							/* PD_GAZETTEER_DEFINE */

#endif							/* PD_GAZETTEER_DATA_H */
""")
    return "".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--gazetteer", default=os.path.join(os.path.dirname(ROOT), "shared", "gazetteer"))
    ap.add_argument("--seeds", default=os.path.join(ROOT, "seeds"))
    ap.add_argument("--words", default="/usr/lib/python3/dist-packages/jieba/dict.txt",
                    help="jieba's dict.txt (Debian python3-jieba)")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    if not os.path.exists(a.words):
        sys.exit("build_reference: %s missing (apt-get install python3-jieba, or --words)" % a.words)
    words = WordList(a.words)
    fold = Folder(os.path.join(ROOT, "src", "core", "pd_fold_data.h"))
    fold_names = Folder(os.path.join(ROOT, "src", "core", "pd_fold_data.h"), width=False)
    regions, parks, seeds = load(a.gazetteer, a.seeds, words)
    places.NBS_FILE = os.path.join(a.gazetteer, "nbs_functional_zones.csv")
    files = {
        "sql/parkdata_reference.sql": gen_reference(regions, parks),
        "sql/parkdata_seeds.sql": gen_seeds(seeds),
        "src/core/pd_gazetteer_data.h": gen_header(regions, parks, fold_names),
    }
    metrics, words = catalog.load(os.path.join(ROOT, "scripts", "metric_catalog.tsv"), fold)
    files["sql/parkdata_catalog_data.sql"] = catalog.gen_sql(metrics, words, HEADER_SQL.format(
        what="indicator catalog rows and their synonyms (scripts/metric_catalog.tsv)"))
    bad = 0
    for rel, text in files.items():
        path = os.path.join(ROOT, rel)
        data = text.encode("utf-8")
        if a.check:
            try:
                same = open(path, "rb").read() == data
            except FileNotFoundError:
                same = False
            if not same:
                print("out of date: %s" % rel, file=sys.stderr)
                bad = 1
        else:
            with open(path, "wb") as f:
                f.write(data)
            print("wrote %s (%d bytes)" % (rel, len(data)))
    if not a.check:
        print("%d regions (%d short names, %d ambiguous), %d parks, %d seeds, %d gazetteer entries"
              % (len(regions), sum(1 for r in regions if r["short"]),
                 sum(1 for r in regions if r["ambiguous"]), len(parks), len(seeds),
                 len(gazetteer_entries(regions, parks, fold_names))))
        kinds = {}
        for p in parks:
            kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
        print("parks by kind: " + ", ".join("%s %d" % kv for kv in sorted(kinds.items())))
        print("%d indicators, %d surface forms" % (len(metrics), len(words)))
        print(catalog.compare(os.path.join(a.gazetteer, "indicator_terms.csv"), metrics, words, fold))
    return bad


if __name__ == "__main__":
    sys.exit(main())
