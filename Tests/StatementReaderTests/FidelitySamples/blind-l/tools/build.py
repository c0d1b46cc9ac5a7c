#!/usr/bin/env python3
"""Segment texts/*.md into units, join the hand codes of tools/codes.json and
write gold/NN-name.md.jsonl and gold/NN-name.md.meta.json.

Segmentation (see ../README.md):
  * YAML front matter (title, date, genre) is read and dropped;
  * lines starting with '#' are headings: dropped, they also end a paragraph;
  * paragraphs are separated by blank lines; every Markdown list item ('- ...')
    and every numbered paragraph ('1. ...') starts a paragraph of its own, and
    its marker or number is removed;
  * a paragraph is split into sentences after '.', '!' or '?' (plus any closing
    quotes or brackets) followed by whitespace and an upper-case letter, a digit
    or an opening quote; a paragraph with no such break (for instance a clause
    ending in ';' or ':') is one unit;
  * `start` is the unit's first eight whitespace-separated words.

Stops with an error when a document's unit count differs from its number of
coded rows, or when a unit does not begin with the row's hint.
Standard library only:  python3 tools/build.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold")

MARKER = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
CLOSERS = "\"'\u201d\u2019)]"
OPENERS = "\"'\u201c\u2018(["
ABBREV = {"mr", "mrs", "ms", "dr", "st", "no", "nos", "vs", "etc", "e.g", "i.e",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
          "nov", "dec", "u.s", "u.k", "u.n", "h.e", "prof"}
BREAK = re.compile(r"[.!?][" + re.escape(CLOSERS) + r"]*\s+")


def read_doc(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    lines = text.split("\n")
    meta = {}
    body_start = 0
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                body_start = i + 1
                break
            key, _, value = lines[i].partition(":")
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            meta[key.strip()] = value
        else:
            sys.exit("%s: unterminated front matter" % path)
    return meta, lines[body_start:]


def paragraphs(body_lines):
    paras, cur = [], []

    def flush():
        if cur:
            paras.append(" ".join(cur))
            cur.clear()

    for line in body_lines:
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
    return [" ".join(p.split()) for p in paras if p.strip()]


def sentences(par):
    out, start = [], 0
    for m in BREAK.finditer(par):
        nxt = par[m.end():m.end() + 1]
        if not nxt:
            continue
        if not (nxt.isupper() or nxt.isdigit() or nxt in OPENERS):
            continue
        before = par[start:m.start()]
        last = before.split()[-1].lower() if before.split() else ""
        last = last.lstrip(OPENERS)
        if last in ABBREV or re.fullmatch(r"[a-z]", last):
            continue
        out.append(par[start:m.end()].strip())
        start = m.end()
    tail = par[start:].strip()
    if tail:
        out.append(tail)
    return out


def units_of(path):
    meta, body = read_doc(path)
    units = []
    for p in paragraphs(body):
        units.extend(sentences(p))
    return meta, units


def start_of(unit):
    return " ".join(unit.split()[:8])


def fold(s):
    s = s.lower()
    for a, b in (("\u201c", '"'), ("\u201d", '"'), ("\u2018", "'"), ("\u2019", "'")):
        s = s.replace(a, b)
    s = s.replace('"', "").replace("'", "")
    return " ".join(s.split())


def main():
    with open(os.path.join(HERE, "codes.json"), encoding="utf-8") as fh:
        codes = json.load(fh)
    with open(os.path.join(HERE, "parties.json"), encoding="utf-8") as fh:
        parties = json.load(fh)
    docs = sorted(f for f in os.listdir(TEXTS) if f.endswith(".md"))
    if sorted(codes) != docs or sorted(parties) != docs:
        sys.exit("documents differ: texts %s / codes %s / parties %s"
                 % (docs, sorted(codes), sorted(parties)))
    os.makedirs(GOLD, exist_ok=True)
    total = 0
    for doc in docs:
        meta, units = units_of(os.path.join(TEXTS, doc))
        rows = codes[doc]
        if len(units) != len(rows):
            for i, u in enumerate(units):
                print("%3d %s" % (i + 1, start_of(u)), file=sys.stderr)
            sys.exit("%s: %d units but %d coded rows" % (doc, len(units), len(rows)))
        for i, (u, r) in enumerate(zip(units, rows)):
            if not fold(u).startswith(fold(r["hint"])):
                sys.exit("%s unit %d: hint %r does not match %r"
                         % (doc, i + 1, r["hint"], start_of(u)))
        with open(os.path.join(GOLD, doc + ".jsonl"), "w", encoding="utf-8") as fh:
            for u, r in zip(units, rows):
                obj = {"doc": doc, "start": start_of(u), "actor": r["actor"],
                       "root": r["root"], "cameo": r["cameo"]}
                if not r.get("clear", True):
                    obj["clear"] = False
                fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
        m = {"doc": doc, "title": meta.get("title"), "date": meta.get("date"),
             "parties": sorted(parties[doc])}
        with open(os.path.join(GOLD, doc + ".meta.json"), "w", encoding="utf-8") as fh:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
        total += len(units)
        print("%-45s %3d units" % (doc, len(units)))
    print("total %d units in %d documents" % (total, len(docs)))


if __name__ == "__main__":
    main()
