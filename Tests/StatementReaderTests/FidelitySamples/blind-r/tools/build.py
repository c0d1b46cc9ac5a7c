#!/usr/bin/env python3
"""Segment texts/ into units, join tools/codes.json, write gold/.

Usage (from the sample folder):
  python3 tools/build.py            # write gold/*.md.jsonl and gold/*.md.meta.json
  python3 tools/build.py --preview  # print the units of every text (optionally: names)
Stops with an error on a unit-count or hint mismatch.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold")

MARKER = re.compile(r"^(?:- |\d+\. )")
CANDIDATE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(\s+)")
OPEN_QUOTES = "\"'\u201c\u2018"


def read_doc(path):
    """Return (front matter dict, body lines)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0].strip() != "---":
        raise SystemExit(f"{path}: no front matter")
    end = lines.index("---", 1)
    fm = {}
    for line in lines[1:end]:
        if not line.strip():
            continue
        key, _, value = line.partition(":")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1].replace('\\"', '"')
        fm[key.strip()] = value
    return fm, lines[end + 1:]


def paragraphs(body):
    """Paragraphs separated by blank lines; each list item its own paragraph; headings dropped."""
    paras, cur = [], []

    def flush():
        if cur:
            paras.append(list(cur))
            cur.clear()

    for line in body:
        s = line.strip()
        if not s:
            flush()
        elif s.startswith("#"):
            flush()
        elif MARKER.match(s):
            flush()
            cur.append(MARKER.sub("", s, count=1))
        else:
            cur.append(s)
    flush()
    return paras


def split_sentences(text):
    out, start = [], 0
    for m in CANDIDATE.finditer(text):
        nxt = m.end()
        if nxt >= len(text):
            continue
        c = text[nxt]
        if c.isupper() or c.isdigit() or c in OPEN_QUOTES:
            out.append(text[start:m.start(1)].strip())
            start = nxt
    out.append(text[start:].strip())
    return [s for s in out if s]


def units_of(path):
    fm, body = read_doc(path)
    units = []
    for para in paragraphs(body):
        text = " ".join(para)
        if len(para) == 1 and text.rstrip().endswith((";", ":")):
            units.append(text.strip())
        else:
            units.extend(split_sentences(text))
    return fm, units


def start_of(unit):
    return " ".join(unit.split()[:8])


def norm(s):
    s = s.lower().replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")
    return " ".join(s.split())


def main(argv):
    preview = "--preview" in argv
    only = [a for a in argv if not a.startswith("--")]
    docs = sorted(f for f in os.listdir(TEXTS) if f.endswith(".md"))
    if only:
        docs = [d for d in docs if any(o in d for o in only)]
    if preview:
        for d in docs:
            _, units = units_of(os.path.join(TEXTS, d))
            print(f"== {d} ({len(units)} units)")
            for i, u in enumerate(units, 1):
                print(f"{i:3d}  {u}")
        return 0
    with open(os.path.join(HERE, "codes.json"), encoding="utf-8") as f:
        codes = json.load(f)
    with open(os.path.join(HERE, "parties.json"), encoding="utf-8") as f:
        parties = json.load(f)
    missing = set(docs) ^ set(codes)
    if missing:
        raise SystemExit(f"texts and codes.json differ: {sorted(missing)}")
    os.makedirs(GOLD, exist_ok=True)
    errors = []
    outputs = {}
    for d in docs:
        fm, units = units_of(os.path.join(TEXTS, d))
        rows = codes[d]
        if len(units) != len(rows):
            errors.append(f"{d}: {len(units)} units but {len(rows)} code rows")
            continue
        lines = []
        for i, (u, r) in enumerate(zip(units, rows), 1):
            if not norm(u).startswith(norm(r["hint"])):
                errors.append(f"{d} unit {i}: hint {r['hint']!r} does not match {start_of(u)!r}")
                continue
            obj = {"doc": d, "start": start_of(u), "actor": r["actor"], "root": r["root"], "cameo": r["cameo"]}
            if not r.get("clear", True):
                obj["clear"] = False
            lines.append(json.dumps(obj, ensure_ascii=False))
        meta = {"doc": d, "title": fm.get("title"), "date": fm.get("date"), "parties": sorted(parties[d])}
        outputs[d] = (lines, meta)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        return 1
    for d, (lines, meta) in outputs.items():
        with open(os.path.join(GOLD, d + ".jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        with open(os.path.join(GOLD, d + ".meta.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(meta, ensure_ascii=False) + "\n")
    n = sum(len(l) for l, _ in outputs.values())
    print(f"wrote gold for {len(outputs)} documents, {n} units")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
