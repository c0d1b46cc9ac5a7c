#!/usr/bin/env python3
"""Segment the texts of this sample into units, join the hand codes, write gold/.

Usage (from the sample folder or anywhere):
  python3 tools/build.py            # write gold/*.md.jsonl and gold/*.md.meta.json
  python3 tools/build.py --preview  # print the units of every text, numbered
Stops with an error when a document's unit count differs from tools/codes.json
or a unit does not start with its code row's hint.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TEXTS = ROOT / "texts"
GOLD = ROOT / "gold"

SPLIT = re.compile(r'(?<=[.!?])(["\u201d\u2019\')\]]*)\s+(?=[A-Z0-9"\u201c\u2018\'])')
MARKER = re.compile(r'^(?:- |\d+\. )')


def front_matter(text):
    m = re.match(r'^---\n(.*?)\n---\n', text, re.S)
    if not m:
        raise SystemExit("no front matter")
    meta = {}
    for line in m.group(1).splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip().strip('"')
    return meta, text[m.end():]


def paragraphs(body):
    paras, cur = [], []
    for line in body.splitlines():
        if not line.strip():
            if cur:
                paras.append(" ".join(cur))
                cur = []
            continue
        s = line.strip()
        if s.startswith("#"):
            if cur:
                paras.append(" ".join(cur))
                cur = []
            continue
        if MARKER.match(s) and cur:
            paras.append(" ".join(cur))
            cur = []
        cur.append(s)
        if MARKER.match(s):
            # a list item or numbered paragraph is a paragraph of its own
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    return paras


def split_sentences(para):
    out, start = [], 0
    for m in SPLIT.finditer(para):
        end = m.start() + len(m.group(1))
        out.append(para[start:end].strip())
        start = m.end()
    out.append(para[start:].strip())
    return [s for s in out if s]


def units(body):
    res = []
    for para in paragraphs(body):
        one_line = para
        para = MARKER.sub("", para, count=1).strip()
        para = re.sub(r"\s+", " ", para)
        if "\n" not in one_line and para.endswith((";", ":")):
            res.append(para)
        else:
            res.extend(split_sentences(para))
    return res


def start_words(unit):
    return " ".join(unit.split()[:8])


def main():
    preview = "--preview" in sys.argv
    codes = json.loads((HERE / "codes.json").read_text())
    parties = json.loads((HERE / "parties.json").read_text())
    docs = sorted(p.name for p in TEXTS.glob("*.md"))
    if set(docs) != set(codes):
        raise SystemExit(f"documents and codes.json differ: {sorted(set(docs) ^ set(codes))}")
    if not preview:
        GOLD.mkdir(exist_ok=True)
    total = 0
    for doc in docs:
        meta, body = front_matter((TEXTS / doc).read_text())
        us = units(body)
        if preview:
            print(f"== {doc} ({len(us)} units)")
            for i, u in enumerate(us, 1):
                print(f"{i:3d} {u}")
            continue
        rows = codes[doc]
        if len(rows) != len(us):
            raise SystemExit(f"{doc}: {len(us)} units but {len(rows)} code rows")
        lines = []
        for i, (u, r) in enumerate(zip(us, rows), 1):
            if not u.startswith(r["hint"]):
                raise SystemExit(f"{doc} unit {i}: hint {r['hint']!r} does not match {u[:60]!r}")
            g = {"doc": doc, "start": start_words(u), "actor": r["actor"],
                 "root": r["root"], "cameo": r["cameo"]}
            if not r.get("clear", True):
                g["clear"] = False
            lines.append(json.dumps(g, ensure_ascii=False))
        (GOLD / f"{doc}.jsonl").write_text("\n".join(lines) + "\n")
        m = {"doc": doc, "title": meta["title"], "date": meta["date"],
             "parties": sorted(parties[doc])}
        (GOLD / f"{doc}.meta.json").write_text(json.dumps(m, ensure_ascii=False) + "\n")
        total += len(us)
    if not preview:
        print(f"wrote gold for {len(docs)} documents, {total} units")


if __name__ == "__main__":
    main()
