#!/usr/bin/env python3
"""Segment texts/*.md into units, join the hand codes of tools/codes.json and
write gold/NN-name.md.jsonl and gold/NN-name.md.meta.json.
Stops (exit 1) on a unit-count or hint mismatch. Standard library only."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold")

ABBREV = {"h.e.", "hon.", "prof.", "dr.", "mr.", "mrs.", "ms.", "u.s.", "u.n.",
          "no.", "st.", "jr.", "e.g.", "i.e.", "sept.", "feb.", "oct.", "nov.",
          "dec.", "jan.", "aug.", "etc.", "vs."}
MARKER = re.compile(r"^(?:[-*+>]\s+|\d+[.)]\s+)")


def read_doc(path):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[0].strip() != "---":
        sys.exit(f"{path}: no front matter")
    end = lines.index("---", 1)
    front = {}
    for ln in lines[1:end]:
        key, _, val = ln.partition(":")
        val = val.strip()
        if len(val) >= 2 and val[0] == val[-1] and val[0] in "\"'":
            val = val[1:-1]
        front[key.strip()] = val
    return front, lines[end + 1:]


def paragraphs(body):
    paras, cur = [], []
    for ln in body:
        s = ln.strip()
        if not s:
            if cur:
                paras.append(cur)
            cur = []
            continue
        if s.startswith("#"):
            if cur:
                paras.append(cur)
            cur = []
            continue
        if MARKER.match(s) and cur:  # a list item starts its own paragraph
            paras.append(cur)
            cur = []
        cur.append(s)
    if cur:
        paras.append(cur)
    return paras


def split_sentences(text):
    out, start = [], 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in ".!?":
            j = i + 1
            while j < n and text[j] in "\"'”’)":
                j += 1
            if j < n and text[j] == " ":
                k = j
                while k < n and text[k] == " ":
                    k += 1
                nxt = text[k] if k < n else ""
                word = text[:i + 1].split(" ")[-1].lower()
                initial = re.fullmatch(r"(?:[a-z]\.)+", word) is not None
                if nxt and (nxt.isupper() or nxt.isdigit() or nxt in "\"“(") \
                        and word not in ABBREV and not initial:
                    out.append(text[start:j].strip())
                    start = k
                    i = k
                    continue
        i += 1
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def units_of(body):
    units = []
    for para in paragraphs(body):
        text = " ".join(para)
        text = MARKER.sub("", text, count=1)
        text = re.sub(r"\s+", " ", text).strip()
        if len(para) == 1 and text[-1:] in ";:":
            units.append(text)
        else:
            units.extend(split_sentences(text))
    return units


def first8(unit):
    return " ".join(unit.split()[:8])


def main():
    with open(os.path.join(HERE, "codes.json"), encoding="utf-8") as fh:
        codes = json.load(fh)
    with open(os.path.join(HERE, "parties.json"), encoding="utf-8") as fh:
        parties = json.load(fh)
    os.makedirs(GOLD, exist_ok=True)
    bydoc = {}
    for row in codes:
        bydoc.setdefault(row["doc"], []).append(row)
    docs = sorted(f for f in os.listdir(TEXTS) if f.endswith(".md"))
    problems = 0
    for doc in docs:
        front, body = read_doc(os.path.join(TEXTS, doc))
        units = units_of(body)
        rows = bydoc.pop(doc, [])
        if len(units) != len(rows):
            print(f"{doc}: {len(units)} units but {len(rows)} code rows")
            for k, u in enumerate(units):
                print(f"  {k + 1:2d} {u[:70]}")
            problems += 1
            continue
        out = []
        for k, (u, r) in enumerate(zip(units, rows)):
            if not u.startswith(r["hint"]):
                print(f"{doc} unit {k + 1}: hint {r['hint']!r} does not start {u[:60]!r}")
                problems += 1
            rec = {"doc": doc, "start": first8(u), "actor": r["actor"],
                   "root": r["root"], "cameo": r["cameo"]}
            if r.get("clear") is False:
                rec["clear"] = False
            out.append(rec)
        with open(os.path.join(GOLD, doc + ".jsonl"), "w", encoding="utf-8") as fh:
            for rec in out:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        meta = {"doc": doc, "title": front["title"], "date": front["date"],
                "parties": sorted(parties[doc])}
        with open(os.path.join(GOLD, doc + ".meta.json"), "w", encoding="utf-8") as fh:
            json.dump(meta, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    for doc in bydoc:
        print(f"codes for unknown doc {doc}")
        problems += 1
    print(f"build: {len(docs)} texts, {len(codes)} code rows, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
