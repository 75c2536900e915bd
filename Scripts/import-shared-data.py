#!/usr/bin/env python3
"""Regenerate chiso's bundled data from the shared research notes.

Usage:  python3 Scripts/import-shared-data.py [SHARED_DATA_DIR]

SHARED_DATA_DIR defaults to ../shared/data relative to the repository root
(the folder holding README.md, observations.csv, provinces-2025.csv and
resolutions.csv; the report text is read from SHARED_DATA_DIR/../sources/).

Writes (deterministically, UTF-8, LF, RFC 4180 CSV):
  Data/provinces.csv     from provinces-2025.csv + the region/alias tables below
  Data/observations.csv  all rows of observations.csv, values unchanged,
                         source_url renamed to source; published, as_of and note
                         as in the shared file (no text copied from the pages)
  Data/grdp.csv          all rows of grdp.csv (quarterly GRDP growth), values unchanged,
                         source_url renamed to source; scope, published, as_of and
                         note as in the shared file (the notes are the research
                         notes' own words, no text copied from the pages)
  Data/targets.csv       stated targets + annual estimates/plans implied by an
                         amount and its % of the estimate/plan in one source row pair
                         (our own notes; no text copied from the pages)
and prints checks: every observation province resolves to exactly one unit,
the duplicate/conflict groups, and all target candidates considered.

Data/regions.csv, Data/indicators.csv and Data/resolutions.yaml are edited by hand.
Python 3 standard library only.
"""

import csv
import io
import os
import re
import sys
import unicodedata
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_UP

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.normpath(os.path.join(REPO, "..", "shared", "data"))
SOURCES_DIR = os.path.normpath(os.path.join(SHARED, "..", "sources"))
OUT = os.path.join(REPO, "Data")

NGHE_AN_REPORT_URL = ("https://baonghean.vn/en/bi-thu-tinh-uy-nghe-an-tap-trung-cao-do-lanh-dao-chi-dao-"
                      "to-chuc-thuc-hien-cac-nhiem-vu-trong-tam-10299312.html")
NGHE_AN_REPORT_TXT = "nghe-an-standing-committee-2025-06-10.txt"

# ---------------------------------------------------------------------------
# Text helpers (mirror Sources/ChisoCore/Text/TextFold.swift)
# ---------------------------------------------------------------------------

def nfc(s):
    return unicodedata.normalize("NFC", s)


def fold(text):
    """Case/diacritic-insensitive key: `Tỉnh Nghệ An` -> `tinh nghe an`."""
    out, pending = [], False
    for ch in unicodedata.normalize("NFD", text):
        cat = unicodedata.category(ch)
        if cat in ("Mn", "Me"):
            continue
        if ch in "Đđ":
            ch = "d"
        if ch.isalnum():
            if pending and out:
                out.append(" ")
            pending = False
            out.append(ch.lower())
        else:
            pending = True
    return "".join(out)


def unit_key(text):
    k = fold(text)
    for prefix in ("tinh ", "thanh pho ", "tp "):
        if k.startswith(prefix):
            return k[len(prefix):]
    return k


def ascii_name(name):
    """`Bà Rịa - Vũng Tàu` -> `Ba Ria - Vung Tau`."""
    s = name.replace("Đ", "D").replace("đ", "d")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return s


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", ascii_name(text).lower()).strip("-")


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow([r.get(h, "") for h in header])
    data = buf.getvalue()
    assert unicodedata.is_normalized("NFC", data), path
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(data)
    return len(rows)


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))

# ---------------------------------------------------------------------------
# Editorial tables (chiso conventions, not from the shared files)
# ---------------------------------------------------------------------------

# Six-region grouping of the national master plan (Resolution 81/2023/QH15),
# by pre-1 July 2025 province (folded name -> region id).
REGION_OF_FORMER = {}
for region, names in {
    "northern-midlands-mountains": ["Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Yên Bái",
                                    "Thái Nguyên", "Lạng Sơn", "Bắc Giang", "Phú Thọ", "Điện Biên", "Lai Châu",
                                    "Sơn La", "Hòa Bình"],
    "red-river-delta": ["Hà Nội", "Vĩnh Phúc", "Bắc Ninh", "Quảng Ninh", "Hải Dương", "Hải Phòng", "Hưng Yên",
                        "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình"],
    "north-central-coast": ["Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Huế", "Đà Nẵng",
                            "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận",
                            "Bình Thuận"],
    "central-highlands": ["Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng"],
    "southeast": ["Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh"],
    "mekong-delta": ["Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang",
                     "Kiên Giang", "Cần Thơ", "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau"],
}.items():
    for n in names:
        REGION_OF_FORMER[unit_key(n)] = region
assert len(REGION_OF_FORMER) == 63

# Centrally-run cities before 1 July 2025 (all other units were provinces, `Tỉnh`).
CITIES_BEFORE_2025_07 = {unit_key(n) for n in ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"]}

# Extra aliases (folded bare name -> list), on top of the bare name and its ASCII form.
EXTRA_ALIASES_2025 = {
    "ho chi minh": ["TP.HCM", "HCMC", "Ho Chi Minh City", "TP Hồ Chí Minh"],
    "hue": ["Thừa Thiên Huế", "Thua Thien Hue"],
    "ha noi": ["Hanoi"],
}
EXTRA_ALIASES_FORMER = {
    "ho chi minh": ["Ho Chi Minh City", "TP.HCM", "HCMC", "TP Hồ Chí Minh"],
    "ba ria vung tau": ["Bà Rịa–Vũng Tàu"],
}

NATIONAL = {"id": "vietnam", "level": "national", "name": "Việt Nam", "name_en": "Vietnam", "region": "",
            "code": "", "successor": "", "merged_from": "",
            "aliases": "Vietnam;national;Viet Nam;ca nuoc;toàn quốc", "source": ""}

PROVINCE_HEADER = ["id", "level", "name", "name_en", "region", "code", "successor", "merged_from", "aliases", "source"]


def uniq(seq):
    out = []
    for s in seq:
        if s and s not in out:
            out.append(s)
    return out


def build_provinces(p25):
    units, formers = [], []
    unit_ids = []
    for r in p25:
        uid = "ho-chi-minh" if r["name_ascii"] == "Ho Chi Minh City" else slug(r["name_ascii"])
        unit_ids.append(uid)
    unit_id_set = set(unit_ids)
    for r, uid in zip(p25, unit_ids):
        name = nfc(r["name"])
        bare = re.sub(r"^(Tỉnh|Thành phố) ", "", name)
        mf_raw = nfc(r["merged_from"]).strip()
        not_merged = mf_raw.endswith("(not merged)")
        merged_ids = []
        if not_merged:
            kept = mf_raw.replace("(not merged)", "").strip()
            assert unit_key(kept) == unit_key(bare), (kept, bare)
            merged_ids = [uid]
        else:
            for fname in [x.strip() for x in mf_raw.split(";")]:
                fascii = ascii_name(fname)
                fid = slug(fascii)
                former = fid in unit_id_set
                if former:
                    fid += "-former"
                city = unit_key(fname) in CITIES_BEFORE_2025_07
                fen = "Ho Chi Minh City" if unit_key(fname) == "ho chi minh" else fascii
                formers.append({
                    "id": fid, "level": "former",
                    "name": ("Thành phố " if city else "Tỉnh ") + fname + (" (cũ)" if former else ""),
                    "name_en": fen + (" (former)" if former else ""),
                    "region": REGION_OF_FORMER[unit_key(fname)],
                    "code": "", "successor": uid, "merged_from": "",
                    "aliases": ";".join(uniq([fname, fascii] + EXTRA_ALIASES_FORMER.get(unit_key(fname), []))),
                    "source": r["source_url"],
                })
                merged_ids.append(fid)
        # region of the 2025 unit = region of the former unit whose name it kept
        region = REGION_OF_FORMER[unit_key(bare)]
        units.append({
            "id": uid, "level": "province", "name": name, "name_en": r["name_ascii"], "region": region,
            "code": r["code"], "successor": "", "merged_from": ";".join(merged_ids),
            "aliases": ";".join(uniq([bare, ascii_name(bare)] + EXTRA_ALIASES_2025.get(unit_key(bare), []))),
            "source": r["source_url"],
        })
    formers.sort(key=lambda x: x["id"])
    rows = [NATIONAL] + units + formers
    ids = [x["id"] for x in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(units) == 34, len(units)
    assert len(formers) == 52, len(formers)
    assert sum(1 for u in units if u["merged_from"] == u["id"]) == 11
    return rows


class Resolver:
    """Maps a name as written in a source to a unit id, with the period rule."""

    def __init__(self, rows):
        self.by_key = defaultdict(set)
        self.rows = {r["id"]: r for r in rows}
        for r in rows:
            names = [r["id"].replace("-", " "), r["name"], r["name_en"]] + [a for a in r["aliases"].split(";") if a]
            for n in names:
                self.by_key[unit_key(n)].add(r["id"])

    def candidates(self, name):
        return sorted(self.by_key.get(unit_key(name), set()))

    def resolve(self, name, period):
        c = self.candidates(name)
        if len(c) == 2:
            lv = {self.rows[i]["level"]: i for i in c}
            if set(lv) == {"province", "former"} and self.rows[lv["former"]]["id"].endswith("-former"):
                return [lv["former"]] if period < "2025-07" else [lv["province"]]
        return c

# ---------------------------------------------------------------------------
# Observations
# ---------------------------------------------------------------------------

OBS_HEADER = ["province", "period", "basis", "indicator", "value", "unit", "source", "published", "as_of", "note"]
OBS_ROWS = 527  # rows of the shared observations.csv (476 gathered first + 51 for May 2025)


def published_for(r):
    """The publication dates shared/data/README.md states for the rows of the Nghe An report of
    10 June 2025 and the conflicting pages: a cross-check of the shared `published` column."""
    url, ind, val = r["source_url"], r["indicator"], r["value"]
    if url == NGHE_AN_REPORT_URL:
        return ("2025-06-10", "published: report of the Provincial Party Standing Committee meeting held "
                              "10 June 2025, per shared/data/README.md")
    if "vneconomy.vn/nghe-an-thu-ngan-sach-dat-hon-10-800-ty-dong" in url:
        return ("2025-06-03", "published: date of the People's Committee meeting reported (3 June 2025), "
                              "per shared/data/README.md; conflicts with the 10 June 2025 report")
    if r["province"] == "Vietnam" and r["period"] == "2025-05" and ind == "pi_disbursed_pct_plan":
        if val == "24.1":
            return ("2025-06-04", "published: MoF estimate of 4 June 2025, per shared/data/README.md")
        if val == "22.3":
            return ("", "later MoF report, per shared/data/README.md (date not stated)")
    return ("", "")

# ---------------------------------------------------------------------------
# GRDP growth (quarterly)
# ---------------------------------------------------------------------------

GRDP_HEADER = ["province", "scope", "period", "basis", "indicator", "value", "unit", "source", "published", "as_of", "note"]
GRDP_ROWS = 417  # rows of the shared grdp.csv
SCOPE_PERIOD = {"former": "2025-06", "merged": "2025-07"}  # the side of 1 July 2025 a scope means
SUPERSEDED = re.compile(r"^(first|early) |later revised|\(later revised|earlier reports said")


# The GRDP figures whose rows disagree and that no `published` date decides: the value chiso shows
# and why, in our words, from the rows' own notes and sources (Data/README.md lists them). The
# reasons: `later` the value of a later release (a year-end release or a later report cites it
# as revised) replaces the first estimate; `office` the statistics office's figure, used in its
# ranking of the provinces, is shown, not the province's own estimate; `precise` the figure to
# two decimals, not another page's rounding of it; `agreed` the value several publications give,
# not one page's differing one; `attribution` the other page gives the merged city's figure
# under the former city's name.
GRDP_DECISIONS = {
    ("Vietnam", "former", "2024-Q1", "ytd"): ("5.98", "later", "voh.com.vn and dantri.com.vn give 5.98 with the 2024 year-end release; 5.66 was the estimate of March 2024"),
    ("Vietnam", "former", "2024-Q2", "quarter"): ("7.25", "later", "the 2024 year-end release (voh.com.vn, dantri.com.vn) revised the first estimate of 6.93"),
    ("Vietnam", "former", "2024-Q3", "quarter"): ("7.43", "later", "the 2024 year-end release (voh.com.vn, dantri.com.vn) revised the first estimate of 7.4"),
    ("Bac Giang", "former", "2025-Q1", "ytd"): ("13.82", "office", "the statistics office's ranking of the 63 provinces (thoidai.com.vn, cafebiz.vn, vnfinance.vn); 14.02 is the province's own estimate (kinhte.congthuong.vn)"),
    ("Bac Giang", "former", "2024-Q4", "ytd"): ("13.85", "agreed", "four publications give 13.85; 13.87 appears on kinhte.congthuong.vn only"),
    ("Hai Phong", "former", "2025-Q2", "ytd"): ("11.04", "attribution", "five publications give 11.04 for the city before the merger and 11.2 for the merged city; vneconomy.vn puts 11.2 under the former city"),
    ("Da Nang", "former", "2025-Q2", "ytd"): ("11.7", "later", "the city statistics office's figure of early July 2025; 11.03 was an earlier estimate given to the city council (cafef.vn)"),
    ("Da Nang", "former", "2024-Q2", "quarter"): ("7.96", "later", "the year-end release (doanhnghiephoinhap.vn) revised the 8.09 of the nine-month report"),
    ("Da Nang", "former", "2024-Q3", "quarter"): ("9.00", "later", "the year-end release (doanhnghiephoinhap.vn) revised the October 2024 estimate of 8.59"),
    ("Da Nang", "merged", "2025-Q2", "quarter"): ("11.40", "later", "the 2025 year-end release (cafef.vn) revised the July figure of 9.99"),
    ("Tra Vinh", "former", "2024-Q1", "ytd"): ("13.93", "precise", "znews.vn rounds 13.93 to 13.9"),
    ("Thanh Hoa", "former", "2024-Q1", "ytd"): ("13.15", "precise", "znews.vn rounds 13.15 to 13.2"),
    ("Quang Ninh", "former", "2024-Q1", "ytd"): ("8.79", "later", "danviet.vn cites 8.79 as the comparison base, after the preliminary 8.97 of May 2024"),
    ("Ha Noi", "former", "2024-Q2", "ytd"): ("6.13", "later", "cafef.vn cites 6.13 as the comparison base in 2025; 6.0 was the first estimate"),
    ("Ha Noi", "former", "2025-Q1", "ytd"): ("7.41", "later", "the 2025 year-end release revised the 7.56 of the half-year report"),
    ("Ha Noi", "former", "2025-Q2", "quarter"): ("8.13", "later", "the 2025 year-end release revised the 7.69 of the half-year report"),
    ("Ho Chi Minh City", "former", "2024-Q1", "ytd"): ("6.54", "later", "the year-end listing (viettimes.vn) and the 2025 comparisons (cafef.vn, baomoi.com) give 6.54; 6.79 is from the city's report of December 2024"),
    ("Ho Chi Minh City", "former", "2024-Q2", "quarter"): ("6.31", "later", "the year-end listing (viettimes.vn), after the city's report of December 2024 (6.53)"),
    ("Ho Chi Minh City", "former", "2024-Q3", "quarter"): ("7.33", "later", "the year-end listing (viettimes.vn), after the city's report of December 2024 (7.36)"),
}


def grdp_key(r):
    return (r["province"], r["scope"], r["period"], r["basis"])


def same_value(a, b):
    return Decimal(a) == Decimal(b)


def undecided_grdp(rows):
    """The figures the revision rule leaves to reading order: rows of one (unit, scope, period,
    basis) that disagree, where the latest `published` date (then the latest `as_of`, a row
    without one first) is shared by rows with different values."""
    groups = defaultdict(list)
    for r in rows:
        groups[grdp_key(r)].append(r)
    out = {}
    for key, rs in groups.items():
        if len({Decimal(r["value"]) for r in rs}) < 2:
            continue
        rank = lambda r: (r["published"], r["as_of"] == "", r["as_of"])
        top = max(rank(r) for r in rs)
        values = {Decimal(r["value"]) for r in rs if rank(r) == top}
        if len(values) > 1:
            out[key] = sorted(values)
    return out


def check_grdp_decisions(rows):
    """Every figure left to reading order has a decision, and every decision is still needed and
    names one of the figure's values."""
    undecided = undecided_grdp(rows)
    missing = sorted(set(undecided) - set(GRDP_DECISIONS))
    assert not missing, f"GRDP figures with disagreeing undated rows and no decision: {missing}"
    stale = sorted(set(GRDP_DECISIONS) - set(undecided))
    assert not stale, f"GRDP decisions no longer needed: {stale}"
    print(f"  {len(GRDP_DECISIONS)} GRDP figures decided (their rows disagree and no date decides):")
    for key, (value, reason, why) in GRDP_DECISIONS.items():
        assert Decimal(value) in undecided[key], (key, value, undecided[key])
        others = ", ".join(str(v) for v in undecided[key] if v != Decimal(value))
        print(f"    {' '.join(key)}: {value} over {others} ({reason}: {why})")


def import_grdp(resolver, problems):
    """Copies the shared grdp.csv into Data/grdp.csv and checks every row: a quarter period,
    a quarterly basis, a known scope that fits the unit its name resolves to."""
    rows = read_csv(os.path.join(SHARED, "grdp.csv"))
    out, bad = [], []
    for i, r in enumerate(rows):
        line = i + 2
        assert "quote" not in r, "the shared grdp.csv has a quote column: copy no text from pages"
        row = {k: r[k] for k in ("province", "scope", "period", "basis", "indicator", "value", "unit", "published", "as_of", "note")}
        row["source"] = r["source_url"]
        out.append(row)
        if not re.fullmatch(r"\d{4}-Q[1-4]", r["period"]):
            bad.append(f"line {line}: period {r['period']!r} is not YYYY-Qn")
        if r["basis"] not in ("quarter", "ytd"):
            bad.append(f"line {line}: basis {r['basis']!r}")
        if r["scope"] not in SCOPE_PERIOD:
            bad.append(f"line {line}: scope {r['scope']!r}")
            continue
        ids = resolver.resolve(r["province"], SCOPE_PERIOD[r["scope"]])
        if len(ids) != 1:
            bad.append(f"line {line}: {r['province']} ({r['scope']}) resolves to {ids}")
            continue
        unit = resolver.rows[ids[0]]
        if r["scope"] == "merged" and unit["level"] == "former":
            bad.append(f"line {line}: {r['province']} is merged away, scope merged")
        if r["scope"] == "former" and unit["level"] == "province" and unit["merged_from"] not in ("", unit["id"]):
            bad.append(f"line {line}: {r['province']} is a merged unit, scope former")
        for col in ("published", "as_of"):
            if r[col] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r[col]):
                bad.append(f"line {line}: {col} {r[col]!r}")
    assert len(out) == GRDP_ROWS, len(out)
    # Where the revision rule cannot choose (no `published` date, or the same one, on rows that
    # disagree) chiso keeps the row loaded later (Docs/data-format.md). Such figures are decided
    # here, each in GRDP_DECISIONS with its reason, by writing the chosen value's rows last; rows
    # whose own note says they were superseded (a first estimate, "later revised") come first too.
    # Every other row keeps the shared order.
    check_grdp_decisions(out)
    def order(x):
        chosen = GRDP_DECISIONS.get(grdp_key(x))
        if chosen:
            return 2 if same_value(x["value"], chosen[0]) else 0
        return 0 if SUPERSEDED.search(x["note"]) else 1
    out.sort(key=order)
    n = write_csv(os.path.join(OUT, "grdp.csv"), GRDP_HEADER, out)
    print(f"grdp.csv: {n} rows; published on {sum(1 for x in out if x['published'])}, "
          f"former {sum(1 for x in out if x['scope'] == 'former')}, merged {sum(1 for x in out if x['scope'] == 'merged')}")
    if bad:
        print(f"  GRDP PROBLEMS: {len(bad)}")
        for b in bad:
            print("   ", b)
        problems.extend(bad)
    else:
        print(f"  OK: all {n} GRDP rows have a quarter, a quarterly basis and a scope that fits their unit")
    return out

# ---------------------------------------------------------------------------
# Targets
# ---------------------------------------------------------------------------

TARGET_HEADER = ["province", "year", "target", "value", "unit", "derived", "source", "published", "note"]
PAIRS = {  # amount indicator -> (share indicator, target id)
    "budget_revenue": ("budget_revenue_pct_estimate", "budget_revenue_estimate"),
    "pi_disbursed": ("pi_disbursed_pct_plan", "pi_plan"),
}
APPROX_WORDS = r"(?:khoảng|xấp xỉ|gần|hơn|trên|about|approximately|around|nearly|over|more than)"

# Targets a page states outright (the figure is a fact from the page; the wording is ours):
# (observation province, period, indicator of the row from that page, url fragment, target, value, unit, note)
STATED = [
    ("Vietnam", "2025-09", "budget_revenue_pct_estimate", "thu-ngan-sach-nha-nuoc-2025-tang-manh-vuot-du-toan",
     "budget_revenue_estimate", "1966800", "VND bn",
     "stated on the page: the 2025 state budget revenue estimate, 1,966.8 trillion VND (x 1000); "
     "consistent with 9M revenue of about 1,926 trillion = 97.9% of the estimate"),
    ("Nghe An", "2024-02", "pi_disbursed_pct_plan", "hon-7-600-ty-von-dau-tu-vao-nghe-an-trong-thang-2",
     "pi_plan", "9076.67", "VND bn",
     "stated on the page: the 2024 public-investment plan, 9,076.67 bn, as of 20 Feb 2024; "
     "the 9M-2024 pair (5,590 bn = 60.26%) implies about 9,276"),
    ("Thanh Hoa", "2024-05", "pi_disbursed", "kinhtemoitruong.vn/tong-so-von-122611",
     "pi_plan", "12836.445", "VND bn",
     "stated on the page: the approved 2024 province-managed public-investment plan (as of May 2024)"),
    ("Quang Ninh", "2024-06", "pi_disbursed", "quang-ninh-6-thang-dau-nam-2024-grdp-tang-902",
     "pi_plan", "15130", "VND bn", "stated on the page: the total 2024 public-investment plan"),
    ("Hai Phong", "2025-06", "pi_disbursed", "hai-phong-giai-ngan-duoc-6-425-ty-dong-von-dau-tu-cong",
     "pi_plan", "25440", "VND bn",
     "stated on the page as more than 25,440 bn (a lower bound); plan of the PM and the city People's Council; "
     "old Hải Phòng before the merger"),
    ("Ho Chi Minh City", "2025-12", "pi_disbursed", "search_enginer.html",
     "pi_plan", "120353", "VND bn", "stated on the page: the 2025 plan the Prime Minister assigned to the merged city"),
]

# Figures of the 10 June 2025 report that the report itself gives as estimates ("ước"): its wording is
# checked in the report text (the pattern below must match), the note part is ours. chiso writes these
# "ước tăng" in the brief (a note part starting with "estimate", Docs/data-format.md).
# (period, basis, indicator, value, pattern in the report text)
REPORT_ESTIMATES = [
    ("2025-05", "month", "iip_yoy", "18.4", r"index in May estimated to increase by 18\.4%"),
    ("2025-05", "ytd", "iip_yoy", "13.89", r"IIP index is estimated to increase by 13\.89%"),
]
ESTIMATE_NOTE = "estimate: so called in the report of 10 June 2025"

GROWTH = [
    # (province id, year, value, source, note)
    # filled in main() from resolutions.csv / the report text
]


def digits(s):
    d = re.sub(r"\D", "", s)
    return d.rstrip("0") or "0"


def is_lower_bound(row):
    """The shared `note` flags an amount given as "hơn X" / "more than X" ("lower bound")."""
    return "lower bound" in row["note"].lower()


def pct_pattern(value):
    """Regex for a percent figure as printed (`64.1` -> `64[.,]1\\s*%`)."""
    v = value.rstrip("0").rstrip(".") if "." in value else value
    return re.escape(v).replace(r"\.", "[.,]") + r"(?:[.,]0+)?\s*(?:%|percent|per cent)"


def share_is_approx(row):
    """The shared `note` says when a share was given only approximately."""
    return re.search(APPROX_WORDS + r"\s*" + pct_pattern(row["value"]), row["note"], re.I) is not None \
        or "approximat" in row["note"].lower()


def denominator(row):
    """What the share is a share of, as the shared `note` names it ("base: …")."""
    m = re.search(r"base:\s*([^;]+)", row["note"])
    return f"'{m.group(1).strip()[:80]}'" if m else "base not named in the note"


def fmt_num(d):
    s = f"{d:,.3f}".rstrip("0").rstrip(".")
    return s


def main():
    for f in ("observations.csv", "grdp.csv", "provinces-2025.csv", "resolutions.csv"):
        if not os.path.exists(os.path.join(SHARED, f)):
            sys.exit(f"missing {f} in {SHARED}")
    os.makedirs(OUT, exist_ok=True)
    p25 = read_csv(os.path.join(SHARED, "provinces-2025.csv"))
    obs = read_csv(os.path.join(SHARED, "observations.csv"))
    res = read_csv(os.path.join(SHARED, "resolutions.csv"))
    with open(os.path.join(SOURCES_DIR, NGHE_AN_REPORT_TXT), encoding="utf-8") as f:
        report = nfc(f.read())

    # provinces ------------------------------------------------------------
    prov = build_provinces(p25)
    n = write_csv(os.path.join(OUT, "provinces.csv"), PROVINCE_HEADER, prov)
    print(f"provinces.csv: {n} rows (1 national, 34 province, 52 former)")
    resolver = Resolver(prov)

    # observations ---------------------------------------------------------
    out_rows, problems = [], []
    resolved, marked = [], []
    for r in obs:
        assert "quote" not in r, "the shared observations.csv has a quote column again: copy no text from pages"
        row = {k: r[k] for k in ("province", "period", "basis", "indicator", "value", "unit", "published", "as_of", "note")}
        row["source"] = r["source_url"]
        if r["source_url"] == NGHE_AN_REPORT_URL and r["province"] == "Nghe An":
            for (period, basis, ind, value, pattern) in REPORT_ESTIMATES:
                if (r["period"], r["basis"], r["indicator"], r["value"]) == (period, basis, ind, value):
                    assert re.search(pattern, report), f"the report does not call {ind} {basis} {value} an estimate"
                    row["note"] = ESTIMATE_NOTE + ("; " + row["note"] if row["note"] else "")
                    marked.append((period, basis, ind))
        out_rows.append(row)
        ids = resolver.resolve(r["province"], r["period"])
        if len(ids) != 1:
            problems.append((r["province"], r["period"], ids))
            resolved.append(None)
        else:
            resolved.append(ids[0])
    assert len(out_rows) == OBS_ROWS, len(out_rows)
    assert sorted(marked) == sorted(e[:3] for e in REPORT_ESTIMATES), marked
    n = write_csv(os.path.join(OUT, "observations.csv"), OBS_HEADER, out_rows)
    print(f"observations.csv: {n} rows; published on {sum(1 for x in out_rows if x['published'])}, "
          f"as_of on {sum(1 for x in out_rows if x['as_of'])}, note on {sum(1 for x in out_rows if x['note'])}")

    print("\n== date checks (published and as_of: YYYY-MM-DD; as_of in its month, or later with a note) ==")
    bad_dates = []
    for i, x in enumerate(out_rows):
        for col in ("published", "as_of"):
            if x[col] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", x[col]):
                bad_dates.append(f"line {i + 2}: {col} {x[col]!r}")
        if x["as_of"]:
            if x["as_of"][:7] < x["period"]:
                bad_dates.append(f"line {i + 2}: as_of {x['as_of']} before the period {x['period']}")
            elif x["as_of"][:7] > x["period"]:
                if not x["note"]:
                    bad_dates.append(f"line {i + 2}: as_of {x['as_of']} after the period {x['period']} and no note")
                else:
                    print(f"  after its period, note says why: line {i + 2} {x['province']} {x['period']} "
                          f"{x['indicator']} as_of {x['as_of']}")
    expected = 0
    for i, (r, x) in enumerate(zip(obs, out_rows)):
        pub, _ = published_for(r)
        if pub:
            expected += 1
            if x["published"] != pub:
                bad_dates.append(f"line {i + 2}: published {x['published'] or '-'}, shared README says {pub}")
    print(f"  {'OK' if not bad_dates else 'PROBLEMS: ' + str(len(bad_dates))}: "
          f"{expected} rows whose date the shared README states agree")
    for b in bad_dates:
        print("   ", b)
    problems.extend(bad_dates)

    print("\n== province check (name as written, period rule at 2025-07) ==")
    mapping = defaultdict(set)
    for r, rid in zip(obs, resolved):
        mapping[(r["province"], "<2025-07" if r["period"] < "2025-07" else ">=2025-07")].add(rid)
    for (name, side), ids in sorted(mapping.items()):
        print(f"  {name:20s} {side:10s} -> {', '.join(sorted(str(i) for i in ids))}")
    if problems:
        print(f"  UNRESOLVED/AMBIGUOUS: {len(problems)}")
        for p in sorted(set((a, b, tuple(c)) for a, b, c in problems)):
            print("   ", p)
    else:
        print(f"  OK: all {len(obs)} rows resolve to exactly one unit "
              f"({len(set(r['province'] for r in obs))} distinct names)")

    # GRDP growth ------------------------------------------------------------
    print("\n== GRDP growth (shared grdp.csv) ==")
    grdp = import_grdp(resolver, problems)

    # duplicate / conflict groups -----------------------------------------
    print("\n== groups with the same (province, period, basis, indicator) ==")
    groups = defaultdict(list)
    for i, row in enumerate(out_rows):
        groups[(row["province"], row["period"], row["basis"], row["indicator"])].append(i)
    for key, idx in groups.items():
        if len(idx) < 2:
            continue
        vals = {out_rows[i]["value"] for i in idx}
        kind = "confirmation" if len(vals) == 1 else "CONFLICT"
        print(f"  {kind}: {' / '.join(key)}")
        for i in idx:
            x = out_rows[i]
            print(f"     line {i + 2}: {x['value']} {x['unit']}  published={x['published'] or '-'}  {x['source'][:90]}")

    # targets --------------------------------------------------------------
    print("\n== target candidates ==")
    by_id = {(r["province"], r["period"], r["indicator"], r["source_url"]): r for r in obs}
    cands = defaultdict(list)  # (prov id, year, target) -> list of dicts

    for (oprov, period, ind, frag, target, value, unit, note) in STATED:
        hits = [(r, rid) for r, rid in zip(obs, resolved)
                if r["province"] == oprov and r["period"] == period and r["indicator"] == ind and frag in r["source_url"]]
        assert len(hits) == 1, (oprov, period, ind, len(hits))
        r, rid = hits[0]
        cands[(rid, period[:4], target)].append({
            "rank": (1, period, ""), "province": rid, "year": period[:4], "target": target, "value": value,
            "unit": unit, "derived": "false", "source": r["source_url"], "published": r["published"], "note": note})

    grouped = defaultdict(list)
    for r, rid in zip(obs, resolved):
        if r["basis"] == "ytd":
            grouped[(rid, r["period"], r["source_url"])].append(r)
    for (rid, period, url), rows in sorted(grouped.items()):
        for amount_ind, (share_ind, target) in PAIRS.items():
            am = [r for r in rows if r["indicator"] == amount_ind]
            sh = [r for r in rows if r["indicator"] == share_ind]
            if not am or not sh:
                continue
            label = f"{rid} {period} {target}"
            if len(am) != 1 or len(sh) != 1:
                print(f"  skip {label}: {len(am)} amount / {len(sh)} share rows in one source")
                continue
            a, s = am[0], sh[0]
            if is_lower_bound(a):
                print(f"  skip {label}: amount {a['value']} is a lower bound ('hơn'/'more than')")
                continue
            if share_is_approx(s):
                print(f"  skip {label}: share {s['value']}% is approximate")
                continue
            av, sv = Decimal(a["value"]), Decimal(s["value"])
            raw = av / (sv / 100)
            val = raw.quantize(Decimal("1"), rounding=ROUND_HALF_UP)
            pub = a["published"]
            when = f"published {pub}" if pub else f"figures for {period} ytd"
            note = (f"implied: {fmt_num(av)} / {(sv / 100).normalize()} = {fmt_num(raw.quantize(Decimal('0.1')))}, "
                    f"rounded ({when}; share of {denominator(s)})")
            cands[(rid, period[:4], target)].append({
                "rank": (0, period, pub), "province": rid, "year": period[:4], "target": target, "value": str(val),
                "unit": "VND bn", "derived": "true", "source": url, "published": pub, "note": note})

    targets = []
    for key in sorted(cands):
        lst = sorted(cands[key], key=lambda c: c["rank"], reverse=True)
        chosen = lst[0]
        targets.append(chosen)
        for c in lst:
            mark = "*" if c is chosen else " "
            print(f"  {mark} {key[0]} {key[1]} {key[2]}: {c['value']} derived={c['derived']}  [{c['note'][:110]}]")

    # growth targets -------------------------------------------------------
    # `published`: the day the target was set (a document's issue date) or stated (a meeting, a page).
    r123 = [r for r in res if r["id"] == "123-KL/TW"]
    assert len(r123) == 1
    r123 = r123[0]
    assert "8% trở lên" in r123["title"] and r123["issued"] == "2025-01-24"
    targets.append({"province": "vietnam", "year": "2025", "target": "grdp_growth", "value": "8", "unit": "%",
                    "derived": "false", "source": r123["source_url"], "published": r123["issued"],
                    "note": "national growth for 2025 under Conclusion 123-KL/TW of the Party Central Committee "
                            "(issued 24 Jan 2025): 8 % or more, so 8 is a floor"})
    # The report names a 10.5% growth scenario for 2025: check the figure and the word are there.
    assert re.search(r"growth scenario[^.]*10\.5% in 2025", report), "10.5% growth scenario not found in the report text"
    targets.append({"province": "nghe-an", "year": "2025", "target": "grdp_growth", "value": "10.5", "unit": "%",
                    "derived": "false", "source": NGHE_AN_REPORT_URL, "published": "2025-06-10",
                    "note": "Nghệ An's growth scenario for 2025 (10.5 %), under Conclusion 123-KL/TW, as named at the "
                            "Provincial Party Standing Committee meeting of 10 June 2025"})
    # The revised scenario of August 2025, from the research note on the page's H1 row in grdp.csv.
    revised = [r for r in grdp if "dieu-chinh-kich-ban-tang-truong" in r["source"] and "revised targets" in r["note"]]
    assert len(revised) == 1, len(revised)
    rv = revised[0]
    m = re.search(r"Q3 ([\d.]+)-([\d.]+); Q4 ([\d.]+)-([\d.]+); year ([\d.]+)-([\d.]+)", rv["note"])
    assert m and m.group(6) == "10.5", rv["note"]
    q3a, q3b, q4a, q4b, ya, yb = m.groups()
    targets.append({"province": "nghe-an", "year": "2025", "target": "grdp_growth", "value": yb, "unit": "%",
                    "derived": "false", "source": rv["source"], "published": rv["published"],
                    "note": f"revised growth scenario: the year's range set at {ya}-{yb} %, the aim kept at {yb} %; "
                            f"single Q3 {q3a}-{q3b} %, Q4 {q4a}-{q4b} % (ranges from the research note on this page's "
                            f"H1 row in shared grdp.csv)"})

    def order(t):
        return (t["province"] != "vietnam", t["province"], t["year"], t["target"], t.get("published", ""))
    targets.sort(key=order)
    keys = [(t["province"], t["year"], t["target"], t.get("published", "")) for t in targets]
    assert len(keys) == len(set(keys))
    for t in targets:
        assert t["province"] in resolver.rows, t["province"]
    n = write_csv(os.path.join(OUT, "targets.csv"), TARGET_HEADER, targets)
    print(f"\ntargets.csv: {n} rows ({sum(1 for t in targets if t['derived'] == 'true')} derived)")

    # cross-checks against the hand-edited catalogues --------------------------
    print("\n== catalogue checks ==")
    ok = True
    rpath, ipath = os.path.join(OUT, "regions.csv"), os.path.join(OUT, "indicators.csv")
    if os.path.exists(rpath):
        region_ids = {r["id"] for r in read_csv(rpath)}
        bad = sorted({p["region"] for p in prov if p["region"] and p["region"] not in region_ids})
        ok &= not bad
        print(f"  regions: {'OK' if not bad else 'unknown ' + ', '.join(bad)}")
    if os.path.exists(ipath):
        cat = {r["id"]: r for r in read_csv(ipath)}
        bad = sorted({(r["indicator"], r["unit"]) for r in obs + grdp
                      if r["indicator"] not in cat or cat[r["indicator"]]["unit"] != r["unit"]})
        tgt_ids = {t["target"] for t in targets}
        bad_t = sorted({c["target"] for c in cat.values() if c["target"] and c["target"] not in tgt_ids})
        ok &= not bad and not bad_t
        print(f"  indicators/units: {'OK' if not bad else bad}; indicator targets present: {'OK' if not bad_t else bad_t}")
    if problems or not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
