#!/usr/bin/env python3
"""Segment texts/*.md into units, join them with tools/codes.json and write gold/.

Stops with an error on any unit-count or hint mismatch.
Usage: python3 tools/build.py          (build gold)
       python3 tools/build.py --dump   (print the units of every text, write nothing)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold")

OPEN_QUOTES = '"\u201c'
CLOSERS = '"\'\u201d\u2019)]'
MARKER = re.compile(r'^(?:[-*]\s+|\d+\.\s+)')
BREAK = re.compile(r'[.!?][' + re.escape(CLOSERS) + r']*\s+')


def read_doc(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    if lines[0].strip() != "---":
        raise SystemExit(f"{path}: no front matter")
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
            raise SystemExit(f"{path}: front matter lacks {key}")
    return meta, "\n".join(lines[end + 1:])


def paragraphs(body):
    """Yield paragraphs: blank-line blocks; list items and numbered paragraphs separately."""
    for block in re.split(r'\n\s*\n', body):
        lines = [l.strip() for l in block.split("\n") if l.strip()]
        if not lines:
            continue
        current = []
        for line in lines:
            if line.startswith("#"):
                if current:
                    yield " ".join(current)
                    current = []
                continue  # headings are not units
            if MARKER.match(line):
                if current:
                    yield " ".join(current)
                current = [MARKER.sub("", line, count=1)]
            else:
                current.append(line)
        if current:
            yield " ".join(current)


def sentences(par):
    par = re.sub(r'\s+', ' ', par).strip()
    if par.endswith((";", ":")):
        return [par]
    out, start = [], 0
    for m in BREAK.finditer(par):
        nxt = par[m.end():m.end() + 1]
        if nxt and (nxt.isupper() or nxt.isdigit() or nxt in OPEN_QUOTES):
            out.append(par[start:m.end()].strip())
            start = m.end()
    out.append(par[start:].strip())
    return [s for s in out if s]


def units(body):
    res = []
    for p in paragraphs(body):
        res.extend(sentences(p))
    return res


def start_of(unit):
    return " ".join(unit.split()[:8])


def norm(s):
    s = s.lower().replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r'\s+', ' ', s).strip()


def main():
    docs = sorted(f for f in os.listdir(TEXTS) if f.endswith(".md"))
    if "--dump" in sys.argv:
        for d in docs:
            meta, body = read_doc(os.path.join(TEXTS, d))
            print(f"== {d} [{meta['genre']}]")
            for i, u in enumerate(units(body)):
                print(f"{i:3d} {u}")
        return
    with open(os.path.join(HERE, "codes.json"), encoding="utf-8") as f:
        codes = json.load(f)
    with open(os.path.join(HERE, "parties.json"), encoding="utf-8") as f:
        parties = json.load(f)
    if sorted(codes) != docs or sorted(parties) != docs:
        raise SystemExit(f"document lists differ: texts {docs}, codes {sorted(codes)}, parties {sorted(parties)}")
    os.makedirs(GOLD, exist_ok=True)
    total = 0
    for d in docs:
        meta, body = read_doc(os.path.join(TEXTS, d))
        us = units(body)
        rows = codes[d]
        if len(us) != len(rows):
            raise SystemExit(f"{d}: {len(us)} units but {len(rows)} code rows")
        out = []
        for i, (u, r) in enumerate(zip(us, rows)):
            if not norm(u).startswith(norm(r["hint"])):
                raise SystemExit(f"{d} unit {i}: hint {r['hint']!r} does not match {u[:60]!r}")
            row = {"doc": d, "start": start_of(u), "actor": r["actor"],
                   "root": r["root"], "cameo": r["cameo"]}
            if not r.get("clear", True):
                row["clear"] = False
            out.append(row)
        with open(os.path.join(GOLD, d + ".jsonl"), "w", encoding="utf-8") as f:
            for row in out:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        m = {"doc": d, "title": meta["title"], "date": meta["date"],
             "parties": sorted(parties[d])}
        with open(os.path.join(GOLD, d + ".meta.json"), "w", encoding="utf-8") as f:
            json.dump(m, f, ensure_ascii=False)
            f.write("\n")
        total += len(out)
        print(f"{d}: {len(out)} units")
    print(f"total: {total} units in {len(docs)} documents")


if __name__ == "__main__":
    main()
