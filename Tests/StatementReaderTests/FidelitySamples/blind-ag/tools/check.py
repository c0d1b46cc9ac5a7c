#!/usr/bin/env python3
"""Consistency checks for the blind-ag sample. Run from the sample folder after build.py."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build

GUIDE_CODES = {"010", "012", "013", "018", "019", "020", "030", "0311", "0312",
               "032", "036", "037", "040", "041", "042", "043", "044", "045", "046",
               "051", "052", "057", "061", "062", "064", "071", "072", "073",
               "100", "110", "111", "112", "120", "130",
               "160", "161", "162", "163", "164", "165", "166"}
GENRES = {"readout": "readout", "wire": "wire", "joint": "joint",
          "decl": "declaration", "chair": "chair-statement"}
GOLD_KEYS = ["doc", "start", "actor", "root", "cameo"]
errors = []


def err(msg):
    errors.append(msg)


docs = build.load_docs()
codes = json.load(open(os.path.join(HERE, "codes.json"), encoding="utf-8"))
parties = json.load(open(os.path.join(HERE, "parties.json"), encoding="utf-8"))

if len(docs) != 15:
    err(f"expected 15 texts, found {len(docs)}")
for fn, (meta, units) in docs.items():
    m = re.match(r"^(\d\d)-(readout|wire|joint|decl|chair)-[a-z0-9-]+\.md$", fn)
    if not m:
        err(f"{fn}: bad file name"); continue
    if set(meta) != {"title", "date", "genre"}:
        err(f"{fn}: front matter keys {sorted(meta)}")
    if not re.match(r"^\d{4}-\d\d-\d\d$", meta.get("date", "")) or not ("2022" <= meta["date"][:4] <= "2025"):
        err(f"{fn}: bad date {meta.get('date')}")
    if meta.get("genre") != GENRES[m.group(2)]:
        err(f"{fn}: genre {meta.get('genre')} does not match file name")
    raw = open(os.path.join(ROOT, "texts", fn), encoding="utf-8").read()
    for bad in ("U.S.", "Mr.", "Mrs.", "No.", "Dr.", "St.", "e.g.", "i.e."):
        if bad in raw:
            err(f"{fn}: abbreviation with period {bad!r}")
    pts = parties.get(fn)
    if not pts or any(not re.match(r"^[A-Z]{3}$", p) for p in pts):
        err(f"{fn}: bad parties {pts}")
    rows = codes.get(fn, [])
    if len(rows) != len(units):
        err(f"{fn}: {len(units)} units, {len(rows)} codes")
    for i, (u, r) in enumerate(zip(units, rows), 1):
        where = f"{fn} #{i}"
        if not u.startswith(r["hint"]):
            err(f"{where}: hint mismatch")
        a, root, cameo = r["actor"], r["root"], r["cameo"]
        if a is not None and a != "joint" and a not in pts:
            err(f"{where}: actor {a} not a party")
        if cameo is not None:
            if cameo not in GUIDE_CODES:
                err(f"{where}: code {cameo} not in guide")
            if root != cameo[:2]:
                err(f"{where}: root {root} vs cameo {cameo}")
        elif root is not None and not re.match(r"^\d\d$", root):
            err(f"{where}: bad root {root}")
        if a is None and cameo is None and root is not None:
            err(f"{where}: root without actor or code")
        if not isinstance(r.get("clear"), bool):
            err(f"{where}: clear must be boolean")
        if r.get("clear") is False and not r.get("note"):
            err(f"{where}: unclear row without note")
    # gold
    gpath = os.path.join(ROOT, "gold", fn + ".jsonl")
    mpath = os.path.join(ROOT, "gold", fn + ".meta.json")
    if not os.path.exists(gpath) or not os.path.exists(mpath):
        err(f"{fn}: gold missing"); continue
    gold = [json.loads(l) for l in open(gpath, encoding="utf-8") if l.strip()]
    if len(gold) != len(units):
        err(f"{fn}: gold has {len(gold)} rows for {len(units)} units")
    for i, (g, u, r) in enumerate(zip(gold, units, rows), 1):
        keys = list(g)
        exp = GOLD_KEYS + (["clear"] if not r["clear"] else [])
        if keys != exp:
            err(f"{fn} #{i}: gold keys {keys}")
        if g["doc"] != fn or g["start"] != " ".join(u.split()[:8]):
            err(f"{fn} #{i}: gold doc/start mismatch")
        if (g["actor"], g["root"], g["cameo"]) != (r["actor"], r["root"], r["cameo"]):
            err(f"{fn} #{i}: gold differs from codes")
        if "clear" in g and g["clear"] is not False:
            err(f"{fn} #{i}: clear present but not false")
    meta_g = json.load(open(mpath, encoding="utf-8"))
    if list(meta_g) != ["doc", "title", "date", "parties"]:
        err(f"{fn}: meta keys {list(meta_g)}")
    if meta_g.get("doc") != fn or meta_g.get("title") != meta["title"] or meta_g.get("date") != meta["date"]:
        err(f"{fn}: meta does not match front matter")
    if meta_g.get("parties") != sorted(pts):
        err(f"{fn}: meta parties not sorted party list")

extra = set(os.listdir(os.path.join(ROOT, "gold"))) - {f + s for f in docs for s in (".jsonl", ".meta.json")}
if extra:
    err(f"stray gold files {sorted(extra)}")

by_genre, unclear, total = {}, 0, 0
for fn, rows in codes.items():
    g = GENRES[fn.split("-")[1]]
    by_genre[g] = by_genre.get(g, 0) + len(rows)
    unclear += sum(1 for r in rows if not r["clear"])
    total += len(rows)
if not 200 <= total <= 230:
    err(f"total units {total} outside 200-230")
for e in errors:
    print("ERROR:", e)
print(f"units {total}; by genre {by_genre}; unclear {unclear}")
sys.exit(1 if errors else 0)
