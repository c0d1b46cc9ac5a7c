#!/usr/bin/env python3
"""Sanity checks for the blind sample: run after build.py.

- every text has front matter with title, date (YYYY-MM-DD) and a known genre,
  and its file-name prefix matches the genre;
- gold/DOC.jsonl has one row per unit (re-segmented here with build.py's rules)
  with the same `start`, and gold/DOC.meta.json matches the front matter and
  parties.json;
- every code is a CAMEO code listed in the coding guide, `cameo` starts with
  `root`, a row without a root has no cameo and no actor;
- every actor is "joint", one of the document's parties, or null; a null actor
  with a code is allowed only on a unit marked unclear (a subset of the parties);
- parties are known ISO 3166-1 alpha-3 codes, sorted, at least two per text.
Prints unit counts per genre and the unclear units. Exit 1 on any error.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build  # noqa: E402

GENRES = {"01": "ministry-readout", "02": "ministry-readout", "03": "ministry-readout",
          "04": "ministry-readout", "05": "wire-report", "06": "wire-report",
          "07": "wire-report", "08": "wire-report", "09": "joint-statement",
          "10": "joint-statement", "11": "joint-statement", "12": "joint-statement",
          "13": "declaration", "14": "declaration", "15": "chair-statement"}
PREFIX = {"ministry-readout": "readout", "wire-report": "wire", "joint-statement": "joint",
          "declaration": "decl", "chair-statement": "chair"}
ROOTS = {"01", "02", "03", "04", "05", "06", "07", "10", "11", "12", "13", "16"}
CAMEO = {"010", "012", "013", "018", "019", "020", "030", "0311", "0312", "032", "036",
         "037", "040", "041", "042", "043", "044", "045", "046", "051", "052", "057",
         "061", "062", "064", "071", "072", "073", "100", "110", "111", "112", "120",
         "130", "160", "161", "162", "163", "164", "165", "166"}
ISO = {"ARE": "United Arab Emirates", "ATG": "Antigua and Barbuda", "AUS": "Australia",
       "AZE": "Azerbaijan", "BEN": "Benin", "BHS": "Bahamas", "BLZ": "Belize",
       "BRA": "Brazil", "BRB": "Barbados", "CHL": "Chile", "CIV": "Cote d'Ivoire",
       "CPV": "Cabo Verde", "CZE": "Czechia", "DEU": "Germany", "DMA": "Dominica",
       "ESP": "Spain", "GHA": "Ghana", "GIN": "Guinea", "GMB": "Gambia",
       "GNB": "Guinea-Bissau", "GRD": "Grenada", "GUY": "Guyana", "HTI": "Haiti",
       "HUN": "Hungary", "IDN": "Indonesia", "IND": "India", "JAM": "Jamaica",
       "JPN": "Japan", "KEN": "Kenya", "KHM": "Cambodia", "KNA": "Saint Kitts and Nevis",
       "KOR": "Republic of Korea", "LAO": "Lao PDR", "LBR": "Liberia", "LCA": "Saint Lucia",
       "MEX": "Mexico", "MMR": "Myanmar", "MSR": "Montserrat", "NGA": "Nigeria",
       "NLD": "Netherlands", "NZL": "New Zealand", "PAK": "Pakistan", "PHL": "Philippines",
       "SEN": "Senegal", "SLE": "Sierra Leone", "SUR": "Suriname", "TGO": "Togo",
       "THA": "Thailand", "TTO": "Trinidad and Tobago", "UZB": "Uzbekistan",
       "VCT": "Saint Vincent and the Grenadines", "VNM": "Viet Nam"}


def main():
    errors = []
    docs = build.load_docs()
    with open(os.path.join(HERE, "parties.json"), encoding="utf-8") as f:
        parties = json.load(f)
    per_genre = {}
    unclear = []
    for name, (meta, units) in docs.items():
        num = name[:2]
        genre = meta.get("genre")
        if GENRES.get(num) != genre:
            errors.append(f"{name}: genre {genre!r}, expected {GENRES.get(num)!r}")
        if not name.startswith(f"{num}-{PREFIX.get(genre, '?')}-"):
            errors.append(f"{name}: file name does not match genre {genre!r}")
        if not meta.get("title"):
            errors.append(f"{name}: no title")
        if not re.fullmatch(r"20(2[2-5])-\d\d-\d\d", meta.get("date", "")):
            errors.append(f"{name}: date {meta.get('date')!r} not YYYY-MM-DD in 2022-2025")
        p = parties.get(name, [])
        if len(p) < 2 or p != sorted(p) or len(set(p)) != len(p):
            errors.append(f"{name}: parties must be >= 2 sorted distinct codes: {p}")
        for c in p:
            if c not in ISO:
                errors.append(f"{name}: unknown party code {c}")
        gpath = os.path.join(ROOT, "gold", name + ".jsonl")
        mpath = os.path.join(ROOT, "gold", name + ".meta.json")
        if not os.path.exists(gpath) or not os.path.exists(mpath):
            errors.append(f"{name}: gold files missing (run build.py)")
            continue
        with open(gpath, encoding="utf-8") as f:
            rows = [json.loads(l) for l in f if l.strip()]
        with open(mpath, encoding="utf-8") as f:
            gm = json.load(f)
        if gm != {"doc": name, "title": meta["title"], "date": meta["date"], "parties": sorted(p)}:
            errors.append(f"{name}: meta.json does not match front matter / parties.json")
        if len(rows) != len(units):
            errors.append(f"{name}: {len(units)} units, {len(rows)} gold rows")
        per_genre[genre] = per_genre.get(genre, 0) + len(rows)
        for i, (u, r) in enumerate(zip(units, rows)):
            where = f"{name} unit {i}"
            if r.get("doc") != name:
                errors.append(f"{where}: doc {r.get('doc')!r}")
            if r.get("start") != build.start_of(u):
                errors.append(f"{where}: start {r.get('start')!r} != {build.start_of(u)!r}")
            actor, root, cameo = r.get("actor"), r.get("root"), r.get("cameo")
            clear = r.get("clear", True)
            if root is None:
                if cameo is not None or actor is not None:
                    errors.append(f"{where}: no root but actor/cameo set")
            else:
                if root not in ROOTS:
                    errors.append(f"{where}: root {root!r} not in the guide")
                if cameo is not None and (cameo not in CAMEO or not cameo.startswith(root)):
                    errors.append(f"{where}: cameo {cameo!r} invalid for root {root!r}")
                if actor is None and clear:
                    errors.append(f"{where}: code without actor must be marked unclear")
            if actor is not None and actor != "joint" and actor not in p:
                errors.append(f"{where}: actor {actor!r} not a party {p}")
            if "clear" in r and r["clear"] is not False:
                errors.append(f"{where}: clear should only appear as false")
            if clear is False:
                unclear.append(f"{name} #{i}: {actor} {root} {cameo}")
    total = sum(per_genre.values())
    print("units per genre:")
    for g in ["ministry-readout", "wire-report", "joint-statement", "declaration", "chair-statement"]:
        print(f"  {g:17s} {per_genre.get(g, 0)}")
    print(f"  {'total':17s} {total}")
    print(f"unclear units: {len(unclear)}")
    for u in unclear:
        print("  " + u)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"check FAILED: {len(errors)} error(s)", file=sys.stderr)
        return 1
    print("check OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
