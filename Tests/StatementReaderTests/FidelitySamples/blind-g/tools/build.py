#!/usr/bin/env python3
"""Segment texts/*.md into units and join the hand codes of codes.json.

Writes gold/NN-name.md.jsonl (one unit a line) and gold/NN-name.md.meta.json.
Unit rules: front matter and lines starting with '#' are skipped; every other
non-empty line is a paragraph (list items and declaration lines ending in ';',
':' or ',' are their own line, hence their own unit); a paragraph is split into
sentences after '.', '!' or '?' (optionally followed by a closing quote or
bracket) when whitespace and an upper-case letter, digit or opening quote follow.
Usage: python3 tools/build.py   (from the sample folder or anywhere)
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
TEXTS = ROOT / "texts"
GOLD = ROOT / "gold"

MARKER = re.compile(r"^\s*(?:[-*+]\s+|\d+\.\s+|\(\w{1,3}\)\s+)")
SPLIT = re.compile(r"(?<=[.!?])([\"'\u201d\u2019)]?)\s+(?=[\"\u201c'(A-Z0-9\u00c0-\u017f])")


def front_matter(text):
    m = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    if not m:
        raise SystemExit("no front matter")
    meta = {}
    for line in m.group(1).splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip().strip('"')
    return meta, text[m.end():]


def clean(s):
    s = MARKER.sub("", s)
    s = s.replace("**", "").replace("__", "")
    return re.sub(r"\s+", " ", s).strip()


def units(body):
    out = []
    for line in body.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        para = clean(line)
        parts = SPLIT.split(para)
        # re-attach the captured closing quote to the preceding sentence
        sents, i = [], 0
        while i < len(parts):
            s = parts[i]
            if i + 1 < len(parts):
                s += parts[i + 1]
            sents.append(s.strip())
            i += 2
        out.extend(x for x in sents if x)
    return out


def start_of(unit):
    words = unit.split()
    return " ".join(words[:8])


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    codes = json.loads((ROOT / "tools" / "codes.json").read_text(encoding="utf-8"))
    parties = json.loads((ROOT / "tools" / "parties.json").read_text(encoding="utf-8"))
    GOLD.mkdir(exist_ok=True)
    errors = 0
    for path in sorted(TEXTS.glob("*.md")):
        doc = path.name
        meta, body = front_matter(path.read_text(encoding="utf-8"))
        us = units(body)
        rows = codes.get(doc)
        if rows is None:
            print(f"{doc}: no codes"); errors += 1; continue
        if len(rows) != len(us):
            print(f"{doc}: {len(us)} units but {len(rows)} code rows")
            for u in us:
                print("   ", u[:70])
            errors += 1
            continue
        lines = []
        for u, r in zip(us, rows):
            if not norm(u).startswith(norm(r["hint"])):
                print(f"{doc}: hint {r['hint']!r} does not start unit {u[:60]!r}")
                errors += 1
            obj = {"doc": doc, "start": start_of(u), "actor": r["actor"],
                   "root": r["root"], "cameo": r["cameo"]}
            if r.get("clear") is False:
                obj["clear"] = False
            lines.append(json.dumps(obj, ensure_ascii=False))
        (GOLD / f"{doc}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        m = {"doc": doc, "title": meta["title"], "date": meta["date"],
             "parties": sorted(parties[doc])}
        (GOLD / f"{doc}.meta.json").write_text(json.dumps(m, ensure_ascii=False) + "\n",
                                               encoding="utf-8")
        print(f"{doc}: {len(us)} units")
    print(f"{errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
