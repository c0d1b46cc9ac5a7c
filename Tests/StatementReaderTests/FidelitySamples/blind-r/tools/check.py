#!/usr/bin/env python3
"""Consistency checks for the blind-r sample (run from the sample folder after build.py)."""
import json
import os
import re
import sys
sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build  # noqa: E402

HERE = build.HERE
ROOT = build.ROOT

# CAMEO codes named in ../../reference/speech-acts.md (the coding guide)
GUIDE_CODES = {
    "010", "012", "013", "018", "019",
    "020",
    "030", "0311", "0312", "032", "036", "037",
    "040", "041", "042", "043", "044", "045", "046",
    "051", "052", "057",
    "061", "062", "064",
    "071", "072", "073",
    "100",
    "110", "111", "112",
    "120",
    "130",
    "160", "161", "162", "163", "164", "165", "166",
}
GENRES = {"readout", "wire", "joint", "declaration", "chair-statement"}
PREFIX_GENRE = {"readout": "readout", "wire": "wire", "joint": "joint", "decl": "declaration", "chair": "chair-statement"}
ISO = re.compile(r"^[A-Z]{3}$")
GOLD_KEYS = ["doc", "start", "actor", "root", "cameo"]
META_KEYS = ["doc", "title", "date", "parties"]


def main():
    errors = []
    err = errors.append
    with open(os.path.join(HERE, "codes.json"), encoding="utf-8") as f:
        codes = json.load(f)
    with open(os.path.join(HERE, "parties.json"), encoding="utf-8") as f:
        parties = json.load(f)
    docs = sorted(d for d in os.listdir(build.TEXTS) if d.endswith(".md"))
    if len(docs) != 15:
        err(f"expected 15 texts, found {len(docs)}")
    if set(docs) != set(codes) or set(docs) != set(parties):
        err("texts, codes.json and parties.json name different documents")
    per_genre, total, unclear = {}, 0, 0
    for d in docs:
        m = re.match(r"^(\d\d)-(readout|wire|joint|decl|chair)-[a-z0-9-]+\.md$", d)
        if not m:
            err(f"{d}: bad file name")
            continue
        fm, units = build.units_of(os.path.join(build.TEXTS, d))
        for k in ("title", "date", "genre"):
            if not fm.get(k):
                err(f"{d}: front matter lacks {k}")
        if not re.match(r"^\d{4}-\d\d-\d\d$", fm.get("date", "")):
            err(f"{d}: date not YYYY-MM-DD")
        elif not ("2022-01-01" <= fm["date"] <= "2025-12-31"):
            err(f"{d}: date outside 2022-2025")
        if fm.get("genre") not in GENRES or fm.get("genre") != PREFIX_GENRE[m.group(2)]:
            err(f"{d}: genre {fm.get('genre')!r} does not fit file name")
        text = open(os.path.join(build.TEXTS, d), encoding="utf-8").read()
        for bad in ("U.S.", "Mr.", "Mrs.", "Dr.", "No.", "St.", "H.E.", "e.g.", "i.e.", "etc."):
            if bad in text:
                err(f"{d}: abbreviation with period {bad!r}")
        ps = parties.get(d, [])
        if ps != sorted(ps) or not all(ISO.match(p) for p in ps) or len(ps) < 2:
            err(f"{d}: parties must be >= 2 sorted alpha-3 codes")
        rows = codes.get(d, [])
        if len(rows) != len(units):
            err(f"{d}: {len(units)} units, {len(rows)} code rows")
        for i, r in enumerate(rows, 1):
            where = f"{d} row {i}"
            for k in ("hint", "actor", "root", "cameo", "clear"):
                if k not in r:
                    err(f"{where}: missing {k}")
            a, root, c = r.get("actor"), r.get("root"), r.get("cameo")
            if a is not None and a != "joint" and a not in ps:
                err(f"{where}: actor {a} not a party")
            if c is not None:
                if not isinstance(c, str) or c not in GUIDE_CODES:
                    err(f"{where}: cameo {c!r} not named in the guide")
                if root != c[:2]:
                    err(f"{where}: root {root!r} does not match cameo {c!r}")
            elif root is not None:
                err(f"{where}: root without cameo")
            if a is not None and a != "joint" and c is None:
                err(f"{where}: party actor without a code")
            if a == "joint" and c is None:
                err(f"{where}: joint actor without a code")
            if r.get("clear") is False:
                unclear += 1
                if not r.get("note"):
                    err(f"{where}: unclear row without note")
            elif r.get("clear") is not True:
                err(f"{where}: clear must be true or false")
        # gold consistent with codes
        gpath = os.path.join(build.GOLD, d + ".jsonl")
        mpath = os.path.join(build.GOLD, d + ".meta.json")
        if not (os.path.exists(gpath) and os.path.exists(mpath)):
            err(f"{d}: gold missing (run build.py)")
            continue
        gold = [json.loads(l) for l in open(gpath, encoding="utf-8") if l.strip()]
        if len(gold) != len(units):
            err(f"{d}: gold has {len(gold)} rows, text {len(units)} units")
        for i, (g, u, r) in enumerate(zip(gold, units, rows), 1):
            where = f"{d} gold {i}"
            keys = list(g)
            if keys[:5] != GOLD_KEYS or set(keys) - set(GOLD_KEYS + ["clear"]):
                err(f"{where}: keys {keys}")
            if g["doc"] != d or g["start"] != build.start_of(u):
                err(f"{where}: doc/start mismatch")
            if len(g["start"].split()) > 8:
                err(f"{where}: start longer than eight words")
            if (g["actor"], g["root"], g["cameo"]) != (r["actor"], r["root"], r["cameo"]):
                err(f"{where}: differs from codes.json")
            if ("clear" in g) != (r["clear"] is False) or g.get("clear", False) is not False:
                err(f"{where}: clear flag differs from codes.json")
        meta = json.load(open(mpath, encoding="utf-8"))
        if list(meta) != META_KEYS:
            err(f"{d}: meta keys {list(meta)}")
        if meta.get("doc") != d or meta.get("title") != fm.get("title") or meta.get("date") != fm.get("date") or meta.get("parties") != ps:
            err(f"{d}: meta differs from front matter / parties.json")
        g = fm.get("genre")
        per_genre[g] = per_genre.get(g, 0) + len(units)
        total += len(units)
    # composition required by the brief
    joint_long = sum(1 for d in docs if "-joint-" in d and len(codes.get(d, [])) > 20)
    if joint_long < 2:
        err("fewer than two joint statements with more than 20 units")
    if not (200 <= total <= 230):
        err(f"total units {total} outside 200-230")
    for e in errors:
        print("ERROR", e)
    print(f"documents {len(docs)}, units {total}, unclear {unclear}")
    for g in ["readout", "wire", "joint", "declaration", "chair-statement"]:
        print(f"  {g}: {per_genre.get(g, 0)}")
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
