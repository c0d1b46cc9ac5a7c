#!/usr/bin/env python3
"""Segment texts/*.md into units and join the hand codes.

Reads tools/codes.json (one row per unit: doc, hint, actor, root, cameo,
optional clear) and tools/parties.json (doc -> sorted party codes); writes
gold/DOC.jsonl and gold/DOC.meta.json. Stops on any mismatch between the
segmentation and the rows of codes.json (count or hint).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold")

MARKER = re.compile(r"^(?:\d+\.|\(\w{1,4}\)|[-*+>])\s+")
# sentence end: . ! ? optionally followed by closing quote/bracket, then space,
# then an opening quote or a capital letter / digit
SPLIT = re.compile(r"(?<=[.!?])([\"\u201d\u2019)]?)\s+(?=[\"\u201c\u2018(]?[A-Z0-9\u00c0-\u00dd])")


def front_matter(raw):
    m = re.match(r"^---\n(.*?)\n---\n", raw, re.S)
    if not m:
        raise SystemExit("no front matter")
    meta = {}
    for line in m.group(1).splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip().strip('"')
    return meta, raw[m.end():]


def units(body):
    out = []
    for block in re.split(r"\n\s*\n", body):
        lines = [l.strip() for l in block.splitlines()
                 if l.strip() and not l.strip().startswith("#")]
        if not lines:
            continue
        para = " ".join(lines)
        para = MARKER.sub("", para)
        para = re.sub(r"\s+", " ", para).strip()
        if para.endswith((";", ":")) and len(lines) == 1:
            out.append(para)
            continue
        pieces = SPLIT.split(para)
        # re-attach the captured closing quotes to the preceding sentence
        sent, buf = [], pieces[0]
        for i in range(1, len(pieces), 2):
            buf += pieces[i]
            sent.append(buf)
            buf = pieces[i + 1]
        sent.append(buf)
        out.extend(s.strip() for s in sent if s.strip())
    return out


def start_of(unit):
    return " ".join(unit.split()[:8])


def main():
    codes = json.load(open(os.path.join(HERE, "codes.json"), encoding="utf-8"))
    parties = json.load(open(os.path.join(HERE, "parties.json"), encoding="utf-8"))
    by_doc = {}
    for row in codes:
        by_doc.setdefault(row["doc"], []).append(row)
    os.makedirs(GOLD, exist_ok=True)
    errors = 0
    total = 0
    for name in sorted(os.listdir(TEXTS)):
        if not name.endswith(".md"):
            continue
        meta, body = front_matter(open(os.path.join(TEXTS, name), encoding="utf-8").read())
        us = units(body)
        rows = by_doc.pop(name, [])
        if len(us) != len(rows):
            print(f"{name}: {len(us)} units but {len(rows)} code rows")
            for i, u in enumerate(us):
                print(f"   {i+1:2d} {u[:70]}")
            errors += 1
            continue
        lines = []
        for u, r in zip(us, rows):
            if not u.startswith(r["hint"]):
                print(f"{name}: hint {r['hint']!r} does not start unit {u[:60]!r}")
                errors += 1
            rec = {"doc": name, "start": start_of(u), "actor": r["actor"],
                   "root": r["root"], "cameo": r["cameo"]}
            if "clear" in r:
                rec["clear"] = r["clear"]
            lines.append(json.dumps(rec, ensure_ascii=False))
        with open(os.path.join(GOLD, name + ".jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        m = {"doc": name, "title": meta["title"], "date": meta["date"],
             "parties": sorted(parties[name])}
        with open(os.path.join(GOLD, name + ".meta.json"), "w", encoding="utf-8") as f:
            json.dump(m, f, ensure_ascii=False)
            f.write("\n")
        total += len(us)
        print(f"{name}: {len(us)} units")
    for doc in by_doc:
        print(f"codes.json has rows for unknown doc {doc}")
        errors += 1
    print(f"{total} units, {errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
