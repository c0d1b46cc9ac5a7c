#!/usr/bin/env python3
"""Sanity checks on blind-n: texts, gold and tools agree. Standard library only.

- every text has front matter with title, date (YYYY-MM-DD) and an allowed genre
  that fits its file-name prefix;
- gold/DOC.jsonl has one line per unit, in text order, with the right start;
- actor is "joint", null, or one of the doc's parties; root is a two-digit
  CAMEO root from the guide or null; cameo is a code of the guide that begins
  with root, or null; a code without a root is an error; clear is absent or false;
- starts are unique within a doc (matching is by start);
- meta files carry doc, title, date and sorted parties (ISO alpha-3 form);
- prints units per genre and the number of unclear units.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import segment  # noqa: E402

GENRES = {"readout": "ministry-readout", "wire": "wire-report", "joint": "joint-statement",
          "decl": "declaration", "chair": "chair-statement"}
ROOTS = {"01", "02", "03", "04", "05", "06", "07", "10", "11", "12", "13", "16"}
CODES = {"010", "012", "013", "018", "019", "020", "030", "0311", "0312", "032", "036",
         "037", "040", "041", "042", "043", "044", "045", "046", "051", "052", "057",
         "061", "062", "064", "071", "072", "073", "100", "110", "111", "112", "120",
         "130", "160", "161", "162", "163", "164", "165", "166"}


def main():
    errs, per_genre, unclear, total = [], {}, 0, 0
    texts = os.path.join(ROOT, "texts")
    gold = os.path.join(ROOT, "gold")
    docs = sorted(d for d in os.listdir(texts) if d.endswith(".md"))
    if len(docs) != 15:
        errs.append("expected 15 texts, found %d" % len(docs))
    for n, doc in enumerate(docs, 1):
        if not doc.startswith("%02d-" % n):
            errs.append("%s: numbering" % doc)
        kind = doc.split("-")[1]
        with open(os.path.join(texts, doc), encoding="utf-8") as f:
            meta, units = segment.units(f.read())
        if meta.get("genre") != GENRES.get(kind):
            errs.append("%s: genre %r does not fit prefix %r" % (doc, meta.get("genre"), kind))
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("date", "")):
            errs.append("%s: bad date" % doc)
        if not meta.get("title"):
            errs.append("%s: no title" % doc)
        gpath = os.path.join(gold, doc + ".jsonl")
        mpath = os.path.join(gold, doc + ".meta.json")
        if not (os.path.exists(gpath) and os.path.exists(mpath)):
            errs.append("%s: gold missing" % doc)
            continue
        with open(mpath, encoding="utf-8") as f:
            m = json.load(f)
        parties = m.get("parties", [])
        if m.get("doc") != doc or m.get("title") != meta.get("title") or m.get("date") != meta.get("date"):
            errs.append("%s: meta does not match front matter" % doc)
        if parties != sorted(parties) or not all(re.fullmatch(r"[A-Z]{3}", p) for p in parties) or len(parties) < 2:
            errs.append("%s: bad parties %r" % (doc, parties))
        with open(gpath, encoding="utf-8") as f:
            rows = [json.loads(l) for l in f if l.strip()]
        if len(rows) != len(units):
            errs.append("%s: %d gold rows, %d units" % (doc, len(rows), len(units)))
        starts = set()
        for i, (r, u) in enumerate(zip(rows, units), 1):
            where = "%s #%d" % (doc, i)
            if set(r) - {"doc", "start", "actor", "root", "cameo", "clear"}:
                errs.append("%s: extra keys" % where)
            if r.get("doc") != doc:
                errs.append("%s: doc field" % where)
            if r.get("start") != segment.start_of(u):
                errs.append("%s: start %r" % (where, r.get("start")))
            if r["start"].lower() in starts:
                errs.append("%s: duplicate start" % where)
            starts.add(r["start"].lower())
            a, root, cameo = r.get("actor"), r.get("root"), r.get("cameo")
            if a is not None and a != "joint" and a not in parties:
                errs.append("%s: actor %r not a party" % (where, a))
            if root is not None and root not in ROOTS:
                errs.append("%s: root %r" % (where, root))
            if cameo is not None and (cameo not in CODES or root is None or not cameo.startswith(root)):
                errs.append("%s: cameo %r / root %r" % (where, cameo, root))
            if "clear" in r and r["clear"] is not False:
                errs.append("%s: clear must be absent or false" % where)
            if r.get("clear") is False:
                unclear += 1
        per_genre[meta.get("genre")] = per_genre.get(meta.get("genre"), 0) + len(rows)
        total += len(rows)
    for g in GENRES.values():
        print("%-18s %4d units" % (g, per_genre.get(g, 0)))
    print("%-18s %4d units, %d unclear" % ("total", total, unclear))
    if errs:
        for e in errs:
            print("ERROR:", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
