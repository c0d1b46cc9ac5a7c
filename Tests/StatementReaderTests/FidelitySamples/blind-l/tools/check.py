#!/usr/bin/env python3
"""Sanity checks for the blind-l sample.  Standard library only:

    python3 tools/build.py && python3 tools/check.py

Checks: front matter of every text; file names and genre counts; that gold/
matches a fresh segmentation of texts/ (unit count and `start`); that every
row's actor is "joint", null or one of the document's parties; that root and
cameo are codes of the coding guide (listed below, and cross-checked against
/work/shared/reference/speech-acts.md when that file is readable); that meta files agree
with the texts and tools/parties.json; and that gold/ agrees with codes.json.
Exits non-zero on any error.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402  (same folder)

ROOT = build.ROOT
TEXTS = build.TEXTS
GOLD = build.GOLD
GUIDE = "/work/shared/reference/speech-acts.md"

# Codes of the guide's speech-act table (speech-acts.md, "Speech act").
CAMEO = {"010", "012", "013", "018", "019", "020",
         "030", "0311", "0312", "032", "036", "037",
         "040", "041", "042", "043", "044", "045", "046",
         "051", "052", "057", "061", "062", "064", "071", "072", "073",
         "100", "110", "111", "112", "120", "130",
         "160", "161", "162", "163", "164", "165", "166"}
ROOTS = {c[:2] for c in CAMEO}

GENRES = {"readout": "readout", "wire": "wire", "joint": "joint",
          "decl": "declaration", "chair": "chair"}
EXPECTED = {"readout": 4, "wire": 4, "joint": 4, "declaration": 2, "chair": 1}

# Every party code used, with the country it stands for (ISO 3166-1 alpha-3).
ISO = {
    "ARE": "United Arab Emirates", "ARG": "Argentina", "ARM": "Armenia",
    "AUS": "Australia", "BGD": "Bangladesh", "BLZ": "Belize", "BRA": "Brazil",
    "CHL": "Chile", "COM": "Comoros", "CRI": "Costa Rica", "CZE": "Czechia",
    "DEU": "Germany", "DJI": "Djibouti", "DOM": "Dominican Republic",
    "DZA": "Algeria", "ERI": "Eritrea", "ETH": "Ethiopia", "FRA": "France",
    "GRC": "Greece", "GTM": "Guatemala", "HND": "Honduras", "IDN": "Indonesia",
    "IND": "India", "IRN": "Iran", "ITA": "Italy", "JPN": "Japan", "KEN": "Kenya",
    "KOR": "Republic of Korea", "LKA": "Sri Lanka", "MDG": "Madagascar",
    "MDV": "Maldives", "MNG": "Mongolia", "MOZ": "Mozambique", "MUS": "Mauritius",
    "MYS": "Malaysia", "NIC": "Nicaragua", "NOR": "Norway", "OMN": "Oman",
    "PAK": "Pakistan", "PAN": "Panama", "SDN": "Sudan", "SGP": "Singapore",
    "SLV": "El Salvador", "SOM": "Somalia", "SSD": "South Sudan",
    "SYC": "Seychelles", "SYR": "Syria", "THA": "Thailand", "TUR": "Turkiye",
    "TZA": "Tanzania", "UGA": "Uganda", "UZB": "Uzbekistan", "YEM": "Yemen",
    "ZAF": "South Africa",
}

errors = []


def err(msg):
    errors.append(msg)


def guide_codes():
    """Codes named in the guide's table, ranges like 040-046 expanded."""
    try:
        with open(GUIDE, encoding="utf-8") as fh:
            text = fh.read()
    except OSError:
        return None
    found = set(re.findall(r"\b0\d{2,3}\b|\b1\d{2}\b", text))
    for a, b in re.findall(r"\b(\d{3})-(\d{3})\b", text):
        for n in range(int(a), int(b) + 1):
            found.add("%03d" % n)
    return found


def main():
    with open(os.path.join(HERE, "codes.json"), encoding="utf-8") as fh:
        codes = json.load(fh)
    with open(os.path.join(HERE, "parties.json"), encoding="utf-8") as fh:
        parties = json.load(fh)

    g = guide_codes()
    if g is not None:
        missing = sorted(c for c in CAMEO if c not in g)
        if missing:
            err("codes listed here but not in the guide: %s" % missing)

    docs = sorted(f for f in os.listdir(TEXTS) if f.endswith(".md"))
    per_genre, units_genre, unclear = {}, {}, []
    for i, doc in enumerate(docs, 1):
        m = re.fullmatch(r"(\d\d)-(readout|wire|joint|decl|chair)-[a-z0-9-]+\.md", doc)
        if not m:
            err("%s: bad file name" % doc)
            continue
        if int(m.group(1)) != i:
            err("%s: numbering out of sequence (expected %02d)" % (doc, i))
        genre = GENRES[m.group(2)]
        per_genre[genre] = per_genre.get(genre, 0) + 1

        meta, units = build.units_of(os.path.join(TEXTS, doc))
        if set(meta) != {"title", "date", "genre"}:
            err("%s: front matter keys %s" % (doc, sorted(meta)))
        if not meta.get("title"):
            err("%s: empty title" % doc)
        try:
            d = datetime.date.fromisoformat(meta.get("date", ""))
            if not (2022 <= d.year <= 2025):
                err("%s: date %s outside 2022-2025" % (doc, d))
        except ValueError:
            err("%s: bad date %r" % (doc, meta.get("date")))
        if meta.get("genre") != genre:
            err("%s: genre %r, file name says %r" % (doc, meta.get("genre"), genre))

        ps = parties.get(doc)
        if ps is None:
            err("%s: no parties in parties.json" % doc)
            ps = []
        if ps != sorted(ps) or len(set(ps)) != len(ps):
            err("%s: parties not sorted/unique" % doc)
        for p in ps:
            if p not in ISO:
                err("%s: unknown party code %s" % (doc, p))
        if len(ps) < 2:
            err("%s: fewer than two parties" % doc)

        gpath = os.path.join(GOLD, doc + ".jsonl")
        mpath = os.path.join(GOLD, doc + ".meta.json")
        if not (os.path.exists(gpath) and os.path.exists(mpath)):
            err("%s: gold files missing (run build.py)" % doc)
            continue
        with open(gpath, encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        with open(mpath, encoding="utf-8") as fh:
            gm = json.load(fh)
        if gm != {"doc": doc, "title": meta.get("title"), "date": meta.get("date"),
                  "parties": ps}:
            err("%s: meta file disagrees with text/parties.json: %s" % (doc, gm))

        if len(rows) != len(units):
            err("%s: %d gold rows, %d units" % (doc, len(rows), len(units)))
        if len(codes.get(doc, [])) != len(rows):
            err("%s: codes.json has %d rows, gold %d" % (doc, len(codes.get(doc, [])), len(rows)))
        for k, (row, unit) in enumerate(zip(rows, units), 1):
            where = "%s #%d" % (doc, k)
            keys = set(row)
            if not ({"doc", "start", "actor", "root", "cameo"} <= keys
                    <= {"doc", "start", "actor", "root", "cameo", "clear"}):
                err("%s: keys %s" % (where, sorted(keys)))
            if "clear" in row and row["clear"] is not False:
                err("%s: 'clear' present but not false" % where)
            if row["doc"] != doc:
                err("%s: doc field %r" % (where, row["doc"]))
            if row["start"] != build.start_of(unit):
                err("%s: start %r != %r" % (where, row["start"], build.start_of(unit)))
            a, r, c = row["actor"], row["root"], row["cameo"]
            if a is not None and a != "joint" and a not in ps:
                err("%s: actor %r is not joint/null/a party" % (where, a))
            if r is not None and r not in ROOTS:
                err("%s: root %r not in the guide" % (where, r))
            if c is not None:
                if c not in CAMEO:
                    err("%s: cameo %r not in the guide" % (where, c))
                if r is None or not c.startswith(r):
                    err("%s: cameo %r does not fall under root %r" % (where, c, r))
            for v in (r, c):
                if v is not None and not isinstance(v, str):
                    err("%s: code %r is not a string" % (where, v))
            if r is None and c is not None:
                err("%s: cameo without root" % where)
            if a is None and r is not None and row.get("clear", True):
                err("%s: act coded without an actor but marked clear" % where)
            if a is not None and r is None:
                err("%s: actor %r without an act" % (where, a))
            cr = codes[doc][k - 1]
            if (cr["actor"], cr["root"], cr["cameo"], cr.get("clear", True)) != \
                    (a, r, c, row.get("clear", True)):
                err("%s: gold differs from codes.json" % where)
            if row.get("clear", True) is False:
                unclear.append((doc, k, row["start"], cr.get("note", "")))
        units_genre[genre] = units_genre.get(genre, 0) + len(rows)

    if per_genre != EXPECTED:
        err("documents per genre %s, expected %s" % (per_genre, EXPECTED))

    total = sum(units_genre.values())
    print("units per genre:")
    for gname in EXPECTED:
        print("  %-12s %2d docs %4d units" % (gname, per_genre.get(gname, 0),
                                            units_genre.get(gname, 0)))
    print("  %-12s %2d docs %4d units" % ("total", len(docs), total))
    print("unclear units: %d" % len(unclear))
    for doc, k, start, note in unclear:
        print("  %s #%d  %s\n      %s" % (doc, k, start, note))
    if errors:
        print("\n%d ERROR(S):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
