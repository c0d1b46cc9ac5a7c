#!/usr/bin/env python3
"""Sanity checks of blind-o: codes valid per the coding guide, roots match
cameo prefixes, actors are parties, joint or null, gold agrees with texts,
unit counts.  Exit status 1 on any problem."""
import json
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build  # noqa: E402

HERE = build.HERE
ROOT = build.ROOT

VALID = {"010", "012", "013", "018", "019", "020", "030", "0311", "0312", "032",
         "036", "037", "040", "041", "042", "043", "044", "045", "046", "051",
         "052", "057", "061", "062", "064", "071", "072", "073", "100", "110",
         "111", "112", "120", "130", "160", "161", "162", "163", "164", "165", "166"}
ROOTS = {"01", "02", "03", "04", "05", "06", "07", "10", "11", "12", "13", "16"}
GENRES = {1: "readout", 2: "readout", 3: "readout", 4: "readout",
          5: "wire", 6: "wire", 7: "wire", 8: "wire",
          9: "joint", 10: "joint", 11: "joint", 12: "joint",
          13: "declaration", 14: "declaration", 15: "chair-statement"}

problems = []


def bad(msg):
    problems.append(msg)


codes = json.load(open(os.path.join(HERE, "codes.json"), encoding="utf-8"))
parties = json.load(open(os.path.join(HERE, "parties.json"), encoding="utf-8"))
docs = sorted(f for f in os.listdir(os.path.join(ROOT, "texts")) if f.endswith(".md"))
if len(docs) != 15:
    bad(f"expected 15 texts, found {len(docs)}")

total, unclear, by_genre = 0, 0, {}
for doc in docs:
    num = int(doc[:2])
    meta, body = build.read_text(os.path.join(ROOT, "texts", doc))
    if meta["genre"] != GENRES.get(num):
        bad(f"{doc}: genre {meta['genre']} but {GENRES.get(num)} expected")
    if not re.fullmatch(r"20(22|23|24|25)-\d\d-\d\d", meta["date"]):
        bad(f"{doc}: date {meta['date']} not in 2022-2025")
    if re.search(r"\b(Mr|Mrs|Ms|Dr|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|St)\.\s", body) or "U.S." in body or "H.E." in body:
        bad(f"{doc}: abbreviation with a period")
    plist = parties[doc]
    if plist != sorted(plist) or len(plist) < 2 or not all(re.fullmatch(r"[A-Z]{3}", p) for p in plist):
        bad(f"{doc}: parties {plist} not sorted alpha-3 codes")
    units = build.units_of(body)
    rows = codes[doc]
    if len(units) != len(rows):
        bad(f"{doc}: {len(units)} units, {len(rows)} rows")
    gold_path = os.path.join(ROOT, "gold", doc + ".jsonl")
    gold = [json.loads(l) for l in open(gold_path, encoding="utf-8")]
    gmeta = json.load(open(os.path.join(ROOT, "gold", doc + ".meta.json"), encoding="utf-8"))
    if gmeta != {"doc": doc, "title": meta["title"], "date": meta["date"], "parties": plist}:
        bad(f"{doc}: meta.json out of date")
    if len(gold) != len(units):
        bad(f"{doc}: gold has {len(gold)} rows for {len(units)} units")
    used = set()
    for k, (unit, row, g) in enumerate(zip(units, rows, gold), 1):
        where = f"{doc} #{k}"
        if not unit.startswith(row["hint"]):
            bad(f"{where}: hint mismatch")
        if g["start"] != " ".join(unit.split()[:8]) or g["doc"] != doc:
            bad(f"{where}: gold start/doc mismatch")
        for key in ("actor", "root", "cameo"):
            if g[key] != row[key]:
                bad(f"{where}: gold {key} differs from codes.json")
        actor, root, cameo = row["actor"], row["root"], row["cameo"]
        clear = row.get("clear", True)
        if ("clear" in g) != (not clear):
            bad(f"{where}: clear flag not carried to gold")
        if not clear:
            unclear += 1
            if not row.get("note"):
                bad(f"{where}: unclear row without note")
        if actor is not None and actor != "joint" and actor not in plist:
            bad(f"{where}: actor {actor} is not a party")
        if actor is not None:
            used.add(actor)
        if root is None:
            if cameo is not None:
                bad(f"{where}: cameo without root")
            if actor is not None:
                bad(f"{where}: actor without act")
        else:
            if root not in ROOTS:
                bad(f"{where}: root {root} not in the guide")
            if actor is None and clear:
                bad(f"{where}: act without actor marked clear")
        if cameo is not None:
            if cameo not in VALID:
                bad(f"{where}: cameo {cameo} not in the guide")
            if cameo[:2] != root:
                bad(f"{where}: cameo {cameo} does not start with root {root}")
        for key in ("root", "cameo"):
            if row[key] is not None and not isinstance(row[key], str):
                bad(f"{where}: {key} must be a string")
    if not used & (set(plist) | {"joint"}):
        bad(f"{doc}: no party acts")
    total += len(units)
    genre = meta["genre"]
    by_genre[genre] = by_genre.get(genre, 0) + len(units)

long_joint = sum(1 for d in docs if 9 <= int(d[:2]) <= 12 and len(codes[d]) >= 20)
if long_joint < 2:
    bad("fewer than two joint statements with at least 20 units")
if not 200 <= total <= 230:
    bad(f"total {total} units outside 200-230")

for p in problems:
    print("PROBLEM:", p)
print(f"units per genre: {by_genre}")
print(f"total units: {total}; unclear: {unclear}")
sys.exit(1 if problems else 0)
