#!/usr/bin/env python3
"""Segment the texts of blind-o into units, join the hand codes in codes.json,
and write gold/DOC.jsonl and gold/DOC.meta.json.  Stops on any mismatch.

Usage: python3 tools/build.py            (from blind-o/)
       python3 tools/build.py --list     (print the units of every text)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold")

CLOSERS = "\"'”’)]"
OPENERS = "\"“‘'"


def read_text(path):
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    lines = raw.split("\n")
    if lines[0] != "---":
        sys.exit(f"{path}: no front matter")
    end = lines.index("---", 1)
    meta = {}
    for line in lines[1:end]:
        key, _, value = line.partition(":")
        value = value.strip()
        if value.startswith('"') and value.endswith('"'):
            value = json.loads(value)
        meta[key.strip()] = value
    for key in ("title", "date", "genre"):
        if key not in meta:
            sys.exit(f"{path}: front matter lacks {key}")
    body = "\n".join(lines[end + 1:])
    return meta, body


def paragraphs(body):
    paras, cur = [], []
    for line in body.split("\n"):
        if not line.strip():
            if cur:
                paras.append(cur)
                cur = []
            continue
        cur.append(line)
    if cur:
        paras.append(cur)
    out = []
    for para in paras:
        if para[0].lstrip().startswith("#"):
            if len(para) > 1:
                sys.exit(f"heading followed directly by text: {para}")
            continue
        text = " ".join(l.strip() for l in para)
        text = re.sub(r"^- ", "", text)
        text = re.sub(r"^\d+\. ", "", text)
        out.append(re.sub(r"\s+", " ", text).strip())
    return out


def sentences(para):
    units, start, i, n = [], 0, 0, len(para)
    while i < n:
        if para[i] in ".!?":
            j = i + 1
            while j < n and para[j] in CLOSERS:
                j += 1
            if j < n and para[j].isspace():
                k = j
                while k < n and para[k].isspace():
                    k += 1
                if k < n and (para[k].isupper() or para[k].isdigit() or para[k] in OPENERS):
                    units.append(para[start:j].strip())
                    start = k
                    i = k
                    continue
        i += 1
    tail = para[start:].strip()
    if tail:
        units.append(tail)
    return units


def units_of(body):
    out = []
    for para in paragraphs(body):
        out.extend(sentences(para))
    return out


def start_words(unit):
    return " ".join(unit.split()[:8])


def main():
    docs = sorted(f for f in os.listdir(TEXTS) if f.endswith(".md"))
    if "--list" in sys.argv:
        for doc in docs:
            _, body = read_text(os.path.join(TEXTS, doc))
            print(f"== {doc}")
            for k, u in enumerate(units_of(body), 1):
                print(f"{k:3d} {u}")
        return
    with open(os.path.join(HERE, "codes.json"), encoding="utf-8") as fh:
        codes = json.load(fh)
    with open(os.path.join(HERE, "parties.json"), encoding="utf-8") as fh:
        parties = json.load(fh)
    if sorted(codes) != docs or sorted(parties) != docs:
        sys.exit(f"documents differ: texts {docs}\ncodes {sorted(codes)}\nparties {sorted(parties)}")
    os.makedirs(GOLD, exist_ok=True)
    total = 0
    for doc in docs:
        meta, body = read_text(os.path.join(TEXTS, doc))
        units = units_of(body)
        rows = codes[doc]
        if len(units) != len(rows):
            sys.exit(f"{doc}: {len(units)} units but {len(rows)} code rows")
        out = []
        for k, (unit, row) in enumerate(zip(units, rows), 1):
            if not unit.startswith(row["hint"]):
                sys.exit(f"{doc} unit {k}: hint {row['hint']!r} does not match {unit[:60]!r}")
            rec = {"doc": doc, "start": start_words(unit), "actor": row["actor"],
                   "root": row["root"], "cameo": row["cameo"]}
            if not row.get("clear", True):
                rec["clear"] = False
            out.append(rec)
        with open(os.path.join(GOLD, doc + ".jsonl"), "w", encoding="utf-8") as fh:
            for rec in out:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        with open(os.path.join(GOLD, doc + ".meta.json"), "w", encoding="utf-8") as fh:
            json.dump({"doc": doc, "title": meta["title"], "date": meta["date"],
                       "parties": sorted(parties[doc])}, fh, ensure_ascii=False)
            fh.write("\n")
        total += len(out)
        print(f"{doc}: {len(out)} units")
    print(f"total: {total} units in {len(docs)} documents")


if __name__ == "__main__":
    main()
