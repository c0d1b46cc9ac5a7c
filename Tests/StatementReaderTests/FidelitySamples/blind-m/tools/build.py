#!/usr/bin/env python3
"""Segment the texts of ../texts into units, join the hand codes of codes.json
and parties.json, and write ../gold/DOC.jsonl and ../gold/DOC.meta.json.

Segmentation rules (see ../README.md):
- YAML front matter (between the first two '---' lines) gives title, date, genre.
- Lines starting with '#' are headings: not units.
- Blank lines separate paragraphs; every Markdown list item ('- ...') and every
  numbered paragraph ('1. ...') starts a paragraph of its own, marker removed.
- A one-line paragraph ending in ';' or ':' is one unit.
- Other paragraphs are split into sentences; every sentence is a unit.
- `start` = the unit's first eight whitespace-separated words (whitespace
  collapsed), or the whole unit when shorter.

Stops (exit 1) on any count or hint mismatch.
Usage: python3 build.py            build gold/
       python3 build.py --dump     print the units with their index
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold")

LIST_RE = re.compile(r"^\s*[-*+]\s+")
NUM_RE = re.compile(r"^\s*\d+[.)]\s+")
ABBREV = {"mr", "mrs", "ms", "dr", "st", "no", "gen", "sen", "rep", "prof",
          "u.s", "u.n", "e.g", "i.e", "etc", "vs", "h.e", "jr", "sr", "lt", "col"}
# sentence end: . ! ? plus closing quotes/brackets, then whitespace, then a
# capital, a digit or an opening quote/bracket
END_RE = re.compile(r"[.!?][\"\u201d\u2019)\]]*(?=\s+[\"\u201c(\[]?[A-Z0-9\u00C0-\u00DE])")


def read_text(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    lines = raw.split("\n")
    meta = {}
    body_start = 0
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                body_start = i + 1
                break
            m = re.match(r"^(\w+):\s*(.*)$", lines[i])
            if m:
                v = m.group(2).strip()
                if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
                    v = v[1:-1]
                meta[m.group(1)] = v
        else:
            raise SystemExit(f"{path}: unterminated front matter")
    return meta, lines[body_start:]


def paragraphs(lines):
    """Yield (text, n_lines) per paragraph, markers removed."""
    cur = []

    def flush():
        if cur:
            out = (" ".join(l.strip() for l in cur), len(cur))
            cur.clear()
            return out
        return None

    for line in lines:
        if not line.strip():
            p = flush()
            if p:
                yield p
            continue
        if line.lstrip().startswith("#"):
            p = flush()
            if p:
                yield p
            continue
        if LIST_RE.match(line) or NUM_RE.match(line):
            p = flush()
            if p:
                yield p
            line = NUM_RE.sub("", LIST_RE.sub("", line, count=1), count=1)
        cur.append(line)
    p = flush()
    if p:
        yield p


def split_sentences(text):
    out = []
    pos = 0
    for m in END_RE.finditer(text):
        end = m.end()
        # word carrying the period
        before = text[pos:m.start()].split()
        word = before[-1].lower().strip("(\"'\u201c") if before else ""
        if text[m.start()] == "." and (word in ABBREV or re.fullmatch(r"[a-z]", word)):
            continue
        seg = text[pos:end].strip()
        if seg:
            out.append(seg)
        pos = end
    seg = text[pos:].strip()
    if seg:
        out.append(seg)
    return out


def units_of(lines):
    units = []
    for text, nlines in paragraphs(lines):
        text = re.sub(r"\s+", " ", text).strip()
        if not text:
            continue
        if nlines == 1 and text[-1] in ";:":
            units.append(text)
        else:
            units.extend(split_sentences(text))
    return units


def start_of(unit):
    return " ".join(unit.split()[:8])


def norm(s):
    s = s.lower()
    s = re.sub(r"[\"\u201c\u201d\u2018\u2019'`*_]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def load_docs():
    docs = {}
    for name in sorted(os.listdir(TEXTS)):
        if name.endswith(".md"):
            meta, lines = read_text(os.path.join(TEXTS, name))
            docs[name] = (meta, units_of(lines))
    return docs


def main():
    docs = load_docs()
    if "--dump" in sys.argv:
        for name, (meta, units) in docs.items():
            print(f"== {name} [{meta.get('genre')}] {len(units)} units")
            for i, u in enumerate(units):
                print(f"  {i:2d} {u}")
        return 0
    with open(os.path.join(HERE, "codes.json"), encoding="utf-8") as f:
        codes = json.load(f)
    with open(os.path.join(HERE, "parties.json"), encoding="utf-8") as f:
        parties = json.load(f)
    errors = []
    for name in docs:
        if name not in codes:
            errors.append(f"{name}: no codes")
        if name not in parties:
            errors.append(f"{name}: no parties")
    for name in codes:
        if name not in docs:
            errors.append(f"codes.json: {name} has no text")
    for name, (meta, units) in docs.items():
        rows = codes.get(name, [])
        if len(rows) != len(units):
            errors.append(f"{name}: {len(units)} units but {len(rows)} code rows")
        for i, (u, r) in enumerate(zip(units, rows)):
            if not norm(u).startswith(norm(r["hint"])):
                errors.append(f"{name} unit {i}: hint {r['hint']!r} does not match {start_of(u)!r}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"build stopped: {len(errors)} error(s)", file=sys.stderr)
        return 1
    os.makedirs(GOLD, exist_ok=True)
    total = 0
    for name, (meta, units) in docs.items():
        with open(os.path.join(GOLD, name + ".jsonl"), "w", encoding="utf-8") as f:
            for u, r in zip(units, codes[name]):
                row = {"doc": name, "start": start_of(u), "actor": r["actor"],
                       "root": r["root"], "cameo": r["cameo"]}
                if r.get("clear") is False:
                    row["clear"] = False
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
                total += 1
        m = {"doc": name, "title": meta["title"], "date": meta["date"],
             "parties": sorted(parties[name])}
        with open(os.path.join(GOLD, name + ".meta.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print(f"built gold for {len(docs)} texts, {total} units")
    return 0


if __name__ == "__main__":
    sys.exit(main())
