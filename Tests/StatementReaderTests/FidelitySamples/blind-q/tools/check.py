#!/usr/bin/env python3
"""Sanity checks on gold/ and tools/codes.json (run after build.py)."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GOLD = os.path.join(ROOT, "gold")
TEXTS = os.path.join(ROOT, "texts")

# codes listed in reference/speech-acts.md
CODES = {"010", "012", "013", "018", "019", "020",
         "030", "0311", "0312", "032", "036", "037",
         "040", "041", "042", "043", "044", "045", "046",
         "051", "052", "057", "061", "062", "064", "071", "072", "073",
         "100", "110", "111", "112", "120", "130",
         "160", "161", "162", "163", "164", "165", "166"}
ROOTS = {c[:2] for c in CODES}
GENRES = {"readout", "wire", "joint", "declaration", "chair-statement"}
ISO = re.compile(r'^[A-Z]{3}$')

errors = []


def err(msg):
    errors.append(msg)


with open(os.path.join(HERE, "codes.json"), encoding="utf-8") as f:
    codes = json.load(f)
with open(os.path.join(HERE, "parties.json"), encoding="utf-8") as f:
    parties = json.load(f)

docs = sorted(f for f in os.listdir(TEXTS) if f.endswith(".md"))
if len(docs) != 15:
    err(f"expected 15 texts, found {len(docs)}")
total = unclear = 0
by_genre = {}
for d in docs:
    with open(os.path.join(TEXTS, d), encoding="utf-8") as f:
        head = f.read().split("\n")[:5]
    if head[0] != "---" or head[4] != "---" or not head[1].startswith('title: "') \
            or not re.match(r'^date: "\d{4}-\d\d-\d\d"$', head[2]) or not head[3].startswith("genre: "):
        err(f"{d}: front matter not in the required form")
    genre = head[3][len("genre: "):]
    if genre not in GENRES:
        err(f"{d}: bad genre {genre}")
    date = head[2][7:17]
    if not ("2022-01-01" <= date <= "2025-12-31"):
        err(f"{d}: date {date} outside 2022-2025")
    gpath = os.path.join(GOLD, d + ".jsonl")
    mpath = os.path.join(GOLD, d + ".meta.json")
    if not os.path.exists(gpath) or not os.path.exists(mpath):
        err(f"{d}: gold files missing")
        continue
    with open(mpath, encoding="utf-8") as f:
        meta = json.load(f)
    if meta.get("doc") != d or meta.get("parties") != sorted(meta.get("parties", [])):
        err(f"{d}: meta doc or party order wrong")
    ps = set(meta["parties"])
    if len(ps) < 2 or not all(ISO.match(p) for p in ps):
        err(f"{d}: parties {ps}")
    rows = [json.loads(l) for l in open(gpath, encoding="utf-8")]
    if len(rows) != len(codes[d]):
        err(f"{d}: gold rows {len(rows)} != code rows {len(codes[d])}")
    for i, r in enumerate(rows):
        where = f"{d} #{i} ({r['start'][:30]!r})"
        if set(r) - {"doc", "start", "actor", "root", "cameo", "clear"}:
            err(f"{where}: unexpected keys")
        if r["doc"] != d:
            err(f"{where}: doc field")
        if len(r["start"].split()) > 8:
            err(f"{where}: start longer than eight words")
        a, root, cameo = r["actor"], r["root"], r["cameo"]
        is_clear = r.get("clear", True)
        if "clear" in r and r["clear"] is not False:
            err(f"{where}: clear present but not false")
        if a is not None and a != "joint" and a not in ps:
            err(f"{where}: actor {a} is not a party")
        if root is not None and root not in ROOTS:
            err(f"{where}: root {root} not in guide")
        if cameo is not None:
            if cameo not in CODES:
                err(f"{where}: cameo {cameo} not in guide")
            if root is None or not cameo.startswith(root):
                err(f"{where}: cameo {cameo} does not match root {root}")
        if root is None and cameo is not None:
            err(f"{where}: cameo without root")
        if a is not None and root is None:
            err(f"{where}: actor without act")
        if a is None and root is not None and is_clear:
            err(f"{where}: act without actor must be marked unclear")
        if not is_clear:
            unclear += 1
            if not codes[d][i].get("note"):
                err(f"{where}: unclear without note")
        if genre == "wire" and i == 0 and not re.match(r'^[A-Z][A-Z ]+, [A-Z][a-z]+ \d{1,2} \(', r["start"]):
            err(f"{where}: wire report lacks dateline")
    total += len(rows)
    g = by_genre.setdefault(genre, [0, 0])
    g[0] += 1
    g[1] += len(rows)

if sorted(parties) != docs:
    err("parties.json does not list exactly the texts")
if not (200 <= total <= 230):
    err(f"total units {total} outside 200-230")
for g, (n, u) in sorted(by_genre.items()):
    print(f"{g}: {n} texts, {u} units")
print(f"total: {total} units, {unclear} marked unclear")
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
