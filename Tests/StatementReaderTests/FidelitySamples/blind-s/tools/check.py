#!/usr/bin/env python3
"""Consistency checks for this sample: codes, actors, gold, front matter, counts.

Run from anywhere after tools/build.py:  python3 tools/check.py
Exits non-zero and lists the problems when anything is wrong.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

GUIDE_CODES = {"010", "012", "013", "018", "019", "020", "030", "0311", "0312", "032",
               "036", "037", "040", "041", "042", "043", "044", "045", "046", "051",
               "052", "057", "061", "062", "064", "071", "072", "073", "100", "110",
               "111", "112", "120", "130", "160", "161", "162", "163", "164", "165", "166"}
GENRES = {"readout": "readout", "wire": "wire", "joint": "joint", "decl": "declaration",
          "chair": "chair-statement"}
GOLD_KEYS = {"doc", "start", "actor", "root", "cameo"}


def main():
    errs = []
    codes = json.loads((HERE / "codes.json").read_text())
    parties = json.loads((HERE / "parties.json").read_text())
    docs = sorted(p.name for p in (ROOT / "texts").glob("*.md"))
    if len(docs) != 15:
        errs.append(f"expected 15 texts, found {len(docs)}")
    if set(docs) != set(codes) or set(docs) != set(parties):
        errs.append("texts, codes.json and parties.json name different documents")
    per_genre, unclear, total = Counter(), 0, 0
    for doc in docs:
        text = (ROOT / "texts" / doc).read_text()
        meta, body = build.front_matter(text)
        if set(meta) != {"title", "date", "genre"}:
            errs.append(f"{doc}: front matter keys {sorted(meta)}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("date", "")):
            errs.append(f"{doc}: bad date {meta.get('date')!r}")
        m = re.match(r"(\d\d)-([a-z]+)-", doc)
        if not m or GENRES.get(m.group(2)) != meta.get("genre"):
            errs.append(f"{doc}: genre {meta.get('genre')!r} does not fit the file name")
        if re.search(r"\b(?:U\.S|Mr|Mrs|Ms|Dr|No|St|Jr)\.", text) or re.search(r"\b[A-Z]\.[A-Z]?\.?\s", body):
            errs.append(f"{doc}: abbreviation with a period")
        ps = parties.get(doc, [])
        if ps != sorted(ps) or not all(re.fullmatch(r"[A-Z]{3}", p) for p in ps) or len(ps) < 2:
            errs.append(f"{doc}: parties {ps}")
        units = build.units(body)
        rows = codes.get(doc, [])
        if len(units) != len(rows):
            errs.append(f"{doc}: {len(units)} units, {len(rows)} code rows")
        for i, (u, r) in enumerate(zip(units, rows), 1):
            where = f"{doc} #{i}"
            if set(r) - {"hint", "actor", "root", "cameo", "clear", "note"}:
                errs.append(f"{where}: unknown keys {set(r)}")
            if not u.startswith(r["hint"]):
                errs.append(f"{where}: hint mismatch")
            a, root, cam = r["actor"], r["root"], r["cameo"]
            if a is not None and a != "joint" and a not in ps:
                errs.append(f"{where}: actor {a} not a party")
            if (root is None) != (cam is None):
                errs.append(f"{where}: root/cameo one null")
            if cam is not None:
                if cam not in GUIDE_CODES:
                    errs.append(f"{where}: code {cam} not named in the guide")
                if not cam.startswith(root) or len(root) != 2:
                    errs.append(f"{where}: root {root} vs cameo {cam}")
            if not isinstance(r.get("clear"), bool):
                errs.append(f"{where}: clear must be a boolean")
            if r.get("clear") is False and not r.get("note"):
                errs.append(f"{where}: unclear without note")
            unclear += r.get("clear") is False
        # gold
        gpath = ROOT / "gold" / f"{doc}.jsonl"
        mpath = ROOT / "gold" / f"{doc}.meta.json"
        if not gpath.exists() or not mpath.exists():
            errs.append(f"{doc}: gold missing (run tools/build.py)")
            continue
        gold = [json.loads(l) for l in gpath.read_text().splitlines() if l.strip()]
        if len(gold) != len(units):
            errs.append(f"{doc}: gold has {len(gold)} rows, text {len(units)} units")
        for i, (g, u, r) in enumerate(zip(gold, units, rows), 1):
            where = f"{doc} gold #{i}"
            keys = set(g)
            if not (keys == GOLD_KEYS or keys == GOLD_KEYS | {"clear"}):
                errs.append(f"{where}: keys {sorted(keys)}")
            if "clear" in g and g["clear"] is not False:
                errs.append(f"{where}: clear present but not false")
            if g.get("doc") != doc or g.get("start") != " ".join(u.split()[:8]):
                errs.append(f"{where}: doc/start wrong")
            for k in ("actor", "root", "cameo"):
                if g.get(k) != r[k]:
                    errs.append(f"{where}: {k} differs from codes.json")
            if ("clear" in g) != (r["clear"] is False):
                errs.append(f"{where}: clear flag differs from codes.json")
            for k in ("root", "cameo"):
                if g.get(k) is not None and not isinstance(g[k], str):
                    errs.append(f"{where}: {k} not a string")
        meta_g = json.loads(mpath.read_text())
        if meta_g != {"doc": doc, "title": meta["title"], "date": meta["date"], "parties": ps}:
            errs.append(f"{doc}: meta.json differs")
        per_genre[meta.get("genre")] += len(units)
        total += len(units)
    if not 200 <= total <= 230:
        errs.append(f"total units {total} outside 200-230")
    extra = {p.name for p in (ROOT / "gold").glob("*")} - {f"{d}.jsonl" for d in docs} - {f"{d}.meta.json" for d in docs}
    if extra:
        errs.append(f"stray gold files {sorted(extra)}")
    for e in errs:
        print("ERROR", e)
    print(f"documents {len(docs)}, units {total}, unclear {unclear}; by genre {dict(per_genre)}")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
