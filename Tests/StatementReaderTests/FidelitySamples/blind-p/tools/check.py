#!/usr/bin/env python3
"""Sanity checks for blind-p: codes valid per the coding guide, roots match
cameo prefixes, actors are parties or joint/null, gold files consistent with
codes.json and parties.json, unit counts per genre."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold")

# Codes named in the guide's speech-act table.
CAMEO = {"010", "012", "013", "018", "019", "020",
         "030", "0311", "0312", "032", "036", "037",
         "040", "041", "042", "043", "044", "045", "046",
         "051", "052", "057", "061", "062", "064", "071", "072", "073",
         "100", "110", "111", "112", "120", "130",
         "160", "161", "162", "163", "164", "165", "166"}
ROOTS = {c[:2] for c in CAMEO}
GENRES = {"readout", "wire", "joint", "declaration", "chair-statement"}
ALPHA3 = re.compile(r"^[A-Z]{3}$")
EXPECTED_GENRE = {range(1, 5): "readout", range(5, 9): "wire", range(9, 13): "joint",
                  range(13, 15): "declaration", range(15, 16): "chair-statement"}

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def main():
    codes = json.load(open(os.path.join(HERE, "codes.json"), encoding="utf-8"))
    parties = json.load(open(os.path.join(HERE, "parties.json"), encoding="utf-8"))
    docs = sorted(f for f in os.listdir(TEXTS) if f.endswith(".md"))
    if len(docs) != 15:
        err(f"{len(docs)} texts, expected 15")
    per_genre = collections.Counter()
    docs_genre = collections.Counter()
    unclear = 0
    total = 0
    for d in docs:
        num = int(d[:2])
        with open(os.path.join(TEXTS, d), encoding="utf-8") as f:
            lines = f.read().split("\n")
        fm = lines[:5]
        if fm[0] != "---" or fm[4] != "---" or not fm[1].startswith('title: "') \
                or not re.match(r'^date: "\d{4}-\d{2}-\d{2}"$', fm[2]) or not fm[3].startswith("genre: "):
            err(f"{d}: front matter not in the required form")
        genre = fm[3][len("genre: "):]
        if genre not in GENRES:
            err(f"{d}: genre {genre!r}")
        for rng, g in EXPECTED_GENRE.items():
            if num in rng and g != genre:
                err(f"{d}: genre {genre} but number {num} should be {g}")
        year = int(fm[2][7:11])
        if not 2022 <= year <= 2025:
            err(f"{d}: date outside 2022-2025")
        body = "\n".join(lines[5:])
        for abbr in re.findall(r"\b(?:Mr|Mrs|Ms|Dr|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|e\.g|i\.e|etc)\.", body):
            err(f"{d}: abbreviation with a period: {abbr}")
        ps = parties.get(d, [])
        if ps != sorted(ps) or not ps or not all(ALPHA3.match(p) for p in ps):
            err(f"{d}: parties {ps} not sorted alpha-3 codes")
        rows = codes.get(d, [])
        for i, r in enumerate(rows):
            a, ro, c = r["actor"], r["root"], r["cameo"]
            where = f"{d} row {i} ({r['hint'][:30]})"
            if a is not None and a != "joint" and a not in ps:
                err(f"{where}: actor {a} is not a party")
            if ro is not None and ro not in ROOTS:
                err(f"{where}: root {ro} not in guide")
            if c is not None:
                if c not in CAMEO:
                    err(f"{where}: cameo {c} not in guide")
                if ro is None or not c.startswith(ro):
                    err(f"{where}: cameo {c} does not start with root {ro}")
            if ro is None and c is not None:
                err(f"{where}: cameo without root")
            if a is not None and ro is None:
                err(f"{where}: actor without an act")
            if a is None and ro is not None and r.get("clear", True):
                warnings.append(f"{where}: act with null actor marked clear")
            if not r.get("clear", True):
                unclear += 1
                if not r.get("note"):
                    err(f"{where}: unclear row without a note")
        # gold consistency
        gpath = os.path.join(GOLD, d + ".jsonl")
        mpath = os.path.join(GOLD, d + ".meta.json")
        if not os.path.exists(gpath) or not os.path.exists(mpath):
            err(f"{d}: gold missing (run build.py)")
            continue
        gold = [json.loads(l) for l in open(gpath, encoding="utf-8") if l.strip()]
        if len(gold) != len(rows):
            err(f"{d}: gold has {len(gold)} rows, codes {len(rows)}")
        for g, r in zip(gold, rows):
            if g["doc"] != d or (g["actor"], g["root"], g["cameo"]) != (r["actor"], r["root"], r["cameo"]):
                err(f"{d}: gold row {g['start']!r} differs from codes.json")
            if len(g["start"].split()) > 8:
                err(f"{d}: start longer than eight words")
            if ("clear" in g) != (not r.get("clear", True)):
                err(f"{d}: clear flag mismatch at {g['start']!r}")
        meta = json.load(open(mpath, encoding="utf-8"))
        if meta.get("doc") != d or meta.get("parties") != ps or meta.get("date") != fm[2][7:17] \
                or meta.get("title") != fm[1][len('title: "'):-1]:
            err(f"{d}: meta.json inconsistent")
        per_genre[genre] += len(rows)
        docs_genre[genre] += 1
        total += len(rows)
        if genre == "joint" and len(rows) >= 20:
            docs_genre["joint>=20"] += 1
    if not 200 <= total <= 230:
        err(f"{total} units, expected 200-230")
    if docs_genre["joint>=20"] < 2:
        err("fewer than two joint statements with at least 20 units")
    for w in warnings:
        print("warning:", w)
    for g in ["readout", "wire", "joint", "declaration", "chair-statement"]:
        print(f"{g:16s} {docs_genre[g]:2d} texts {per_genre[g]:4d} units")
    print(f"total {len(docs)} texts, {total} units, {unclear} unclear")
    if errors:
        print("\n".join("ERROR: " + e for e in errors))
        sys.exit(1)
    print("check.py: clean")


if __name__ == "__main__":
    main()
