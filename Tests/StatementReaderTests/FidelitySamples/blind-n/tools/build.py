#!/usr/bin/env python3
"""Build gold/ from texts/, tools/codes.json and tools/parties.json.

Segments every text with segment.py, joins the hand codes row by row, checks
that each doc has as many code rows as units and that every row's hint is the
beginning of its unit, and writes gold/DOC.jsonl and gold/DOC.meta.json.
Stops (exit 1) on any count or hint mismatch. Standard library only.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import segment  # noqa: E402


def norm(s):
    s = s.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    texts = os.path.join(ROOT, "texts")
    gold = os.path.join(ROOT, "gold")
    os.makedirs(gold, exist_ok=True)
    with open(os.path.join(HERE, "codes.json"), encoding="utf-8") as f:
        codes = json.load(f)
    with open(os.path.join(HERE, "parties.json"), encoding="utf-8") as f:
        parties = json.load(f)
    by_doc = {}
    for row in codes:
        by_doc.setdefault(row["doc"], []).append(row)
    docs = sorted(d for d in os.listdir(texts) if d.endswith(".md"))
    errors = []
    extra = set(by_doc) - set(docs)
    if extra:
        errors.append("codes for unknown docs: %s" % sorted(extra))
    missing_p = set(docs) - set(parties)
    if missing_p:
        errors.append("no parties for: %s" % sorted(missing_p))
    out = {}
    for doc in docs:
        with open(os.path.join(texts, doc), encoding="utf-8") as f:
            meta, units = segment.units(f.read())
        rows = by_doc.get(doc, [])
        if len(rows) != len(units):
            errors.append("%s: %d units but %d code rows" % (doc, len(units), len(rows)))
            continue
        lines = []
        for i, (u, r) in enumerate(zip(units, rows), 1):
            if not norm(u).startswith(norm(r["hint"])):
                errors.append("%s unit %d: hint %r does not start %r" % (doc, i, r["hint"], u[:60]))
                continue
            g = {"doc": doc, "start": segment.start_of(u), "actor": r["actor"],
                 "root": r["root"], "cameo": r["cameo"]}
            if r.get("clear") is False:
                g["clear"] = False
            lines.append(g)
        m = {"doc": doc, "title": meta.get("title"), "date": meta.get("date"),
             "parties": sorted(parties.get(doc, []))}
        out[doc] = (lines, m)
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    for doc, (lines, m) in out.items():
        with open(os.path.join(gold, doc + ".jsonl"), "w", encoding="utf-8") as f:
            for g in lines:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
        with open(os.path.join(gold, doc + ".meta.json"), "w", encoding="utf-8") as f:
            json.dump(m, f, ensure_ascii=False)
            f.write("\n")
    total = sum(len(v[0]) for v in out.values())
    print("built %d docs, %d units" % (len(out), total))


if __name__ == "__main__":
    main()
