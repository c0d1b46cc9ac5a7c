#!/usr/bin/env python3
"""Segment texts/*.md into sentence units, join the hand codes of codes.json
and write gold/NN-name.md.jsonl and gold/NN-name.md.meta.json.

Stops (exit 1) on a unit-count or hint mismatch. Python 3 standard library only.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold")

ABBREV = {"h.e.", "mr.", "mrs.", "ms.", "dr.", "hon.", "st.", "no.", "nos.", "jr.",
          "sr.", "prof.", "gen.", "lt.", "col.", "capt.", "u.s.", "u.k.", "u.n.",
          "e.g.", "i.e.", "etc.", "vs.", "art.", "para.", "jan.", "feb.", "mar.",
          "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."}


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
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        meta[key.strip()] = value
    return meta, lines[end + 1:]


def paragraphs(body):
    block = []
    for line in body + [""]:
        s = line.strip()
        if not s:
            if block:
                yield " ".join(block)
            block = []
        elif s.startswith("#"):
            continue
        else:
            block.append(s)


def clean(par):
    par = re.sub(r"^(?:[-*+]\s+|>\s*|\d+[.)]\s+|\([a-z0-9]+\)\s+)", "", par)
    par = par.replace("**", "").replace("__", "").replace("`", "")
    return re.sub(r"\s+", " ", par).strip()


def split_sentences(par):
    if par.endswith((";", ":")) and "\n" not in par and not re.search(r"[.!?][\"')\]]*\s+[A-Z]", par):
        return [par]
    out, start = [], 0
    for m in re.finditer(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(]?[A-Z0-9])", par):
        word = par[:m.start() + 1].split()[-1].lower()
        if word in ABBREV or re.fullmatch(r"[a-z]\.", word):
            continue
        out.append(par[start:m.end()].strip())
        start = m.end()
    tail = par[start:].strip()
    if tail:
        out.append(tail)
    return out


def units(body):
    for par in paragraphs(body):
        yield from split_sentences(clean(par))


def norm(s):
    s = s.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    return re.sub(r"\s+", " ", s).strip().casefold()


def main():
    with open(os.path.join(HERE, "codes.json"), encoding="utf-8") as f:
        codes = json.load(f)
    with open(os.path.join(HERE, "parties.json"), encoding="utf-8") as f:
        parties = json.load(f)
    by_doc = {}
    for row in codes:
        by_doc.setdefault(row["doc"], []).append(row)
    os.makedirs(GOLD, exist_ok=True)
    docs = sorted(n for n in os.listdir(TEXTS) if n.endswith(".md"))
    problems = 0
    for doc in docs:
        meta, body = read_doc(os.path.join(TEXTS, doc))
        us = list(units(body))
        rows = by_doc.get(doc, [])
        if len(us) != len(rows):
            print(f"{doc}: {len(us)} units but {len(rows)} code rows")
            for i, u in enumerate(us):
                print(f"  {i + 1:2d} {u[:70]}")
            problems += 1
            continue
        out = []
        for i, (u, row) in enumerate(zip(us, rows), 1):
            if not norm(u).startswith(norm(row["hint"])):
                print(f"{doc} unit {i}: hint {row['hint']!r} does not begin {u[:60]!r}")
                problems += 1
            rec = {"doc": doc, "start": " ".join(u.split()[:8]), "actor": row["actor"],
                   "root": row["root"], "cameo": row["cameo"]}
            if row.get("clear") is False:
                rec["clear"] = False
            out.append(rec)
        if problems:
            continue
        with open(os.path.join(GOLD, doc + ".jsonl"), "w", encoding="utf-8") as f:
            for rec in out:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        m = {"doc": doc, "title": meta["title"], "date": meta["date"],
             "parties": sorted(parties[doc])}
        with open(os.path.join(GOLD, doc + ".meta.json"), "w", encoding="utf-8") as f:
            json.dump(m, f, ensure_ascii=False, indent=1)
            f.write("\n")
    extra = set(by_doc) - set(docs)
    for d in sorted(extra):
        print(f"codes.json: rows for unknown doc {d}")
        problems += 1
    print(f"build: {len(docs)} texts, {len(codes)} code rows, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
