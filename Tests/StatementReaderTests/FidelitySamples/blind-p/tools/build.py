#!/usr/bin/env python3
"""Segment the texts of blind-p into units, join the hand codes in codes.json
and write gold/DOC.jsonl and gold/DOC.meta.json.

Stops (exit 1) when a document's unit count differs from its code rows or a
unit does not start with the row's hint.  `python3 build.py --preview` only
prints the units."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold")

MARKER = re.compile(r"^(?:[-*+]\s+|\d+[.)]\s+)")
LIST_LINE = re.compile(r"^(?:[-*+]\s+|\d+[.)]\s+)")
BREAK = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")
OPENERS = "\"'\u201c\u2018"


def read_doc(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0].strip() != "---":
        raise SystemExit(f"{path}: no front matter")
    end = lines.index("---", 1)
    meta = {}
    for line in lines[1:end]:
        key, _, value = line.partition(":")
        value = value.strip()
        if value.startswith('"') and value.endswith('"'):
            value = value[1:-1]
        meta[key.strip()] = value
    return meta, lines[end + 1:]


def paragraphs(body):
    """Blank-line separated paragraphs; each list item its own paragraph;
    headings dropped."""
    out, cur = [], []

    def flush():
        if cur:
            out.append(list(cur))
            cur.clear()

    for raw in body:
        line = raw.strip()
        if not line:
            flush()
            continue
        if line.startswith("#"):
            flush()
            continue
        if LIST_LINE.match(line):
            flush()
        cur.append(line)
    flush()
    return out


def split_sentences(text):
    units, start = [], 0
    for m in BREAK.finditer(text):
        nxt = text[m.end():m.end() + 1]
        if nxt and (nxt.isupper() or nxt.isdigit() or nxt in OPENERS):
            units.append(text[start:m.end()].strip())
            start = m.end()
    tail = text[start:].strip()
    if tail:
        units.append(tail)
    return units


def segment(body):
    units = []
    for para in paragraphs(body):
        para[0] = MARKER.sub("", para[0], count=1)
        text = " ".join(para)
        text = re.sub(r"\s+", " ", text).strip()
        if len(para) == 1 and text.endswith((";", ":")):
            units.append(text)
        else:
            units.extend(split_sentences(text))
    return units


def start_of(unit):
    return " ".join(unit.split()[:8])


def norm(s):
    s = s.lower().replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(s.split())


def main():
    preview = "--preview" in sys.argv
    docs = sorted(f for f in os.listdir(TEXTS) if f.endswith(".md"))
    if preview:
        for d in docs:
            _, body = read_doc(os.path.join(TEXTS, d))
            print(f"== {d}")
            for i, u in enumerate(segment(body)):
                print(f"  {i:2d} {u}")
        return
    with open(os.path.join(HERE, "codes.json"), encoding="utf-8") as f:
        codes = json.load(f)
    with open(os.path.join(HERE, "parties.json"), encoding="utf-8") as f:
        parties = json.load(f)
    errors = []
    if sorted(codes) != docs:
        errors.append(f"codes.json documents {sorted(set(codes) ^ set(docs))} do not match texts")
    if sorted(parties) != docs:
        errors.append(f"parties.json documents {sorted(set(parties) ^ set(docs))} do not match texts")
    if errors:
        raise SystemExit("\n".join(errors))
    os.makedirs(GOLD, exist_ok=True)
    total = 0
    for d in docs:
        meta, body = read_doc(os.path.join(TEXTS, d))
        units = segment(body)
        rows = codes[d]
        if len(units) != len(rows):
            errors.append(f"{d}: {len(units)} units but {len(rows)} code rows")
            continue
        out = []
        for i, (u, r) in enumerate(zip(units, rows)):
            if not norm(u).startswith(norm(r["hint"])):
                errors.append(f"{d} unit {i}: hint {r['hint']!r} does not match {u[:60]!r}")
                continue
            row = {"doc": d, "start": start_of(u), "actor": r["actor"],
                   "root": r["root"], "cameo": r["cameo"]}
            if not r.get("clear", True):
                row["clear"] = False
            out.append(row)
        if errors:
            continue
        with open(os.path.join(GOLD, d + ".jsonl"), "w", encoding="utf-8") as f:
            for row in out:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        m = {"doc": d, "title": meta["title"], "date": meta["date"],
             "parties": sorted(parties[d])}
        with open(os.path.join(GOLD, d + ".meta.json"), "w", encoding="utf-8") as f:
            json.dump(m, f, ensure_ascii=False)
            f.write("\n")
        total += len(out)
    if errors:
        raise SystemExit("build.py: stopped\n" + "\n".join(errors))
    print(f"build.py: wrote gold for {len(docs)} documents, {total} units")


if __name__ == "__main__":
    main()
