#!/usr/bin/env python3
"""Segment texts/*.md into units and join the hand codes of codes.json and parties.json.

Writes gold/NN-name.md.jsonl (one unit a line) and gold/NN-name.md.meta.json.
Units: paragraphs (blank-line separated; each list item or heading line on its own),
headings (#) skipped, paragraph numbers and Markdown markers removed, then split into
sentences; a paragraph ending in ';' or ':' is one unit.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ABBREV = {"hon.", "mr.", "mrs.", "ms.", "dr.", "h.e.", "u.s.", "u.k.", "u.n.", "no.", "st.",
          "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "e.g.", "i.e.", "vs."}


def front_matter(raw):
    m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    meta = {}
    for line in m.group(1).splitlines():
        k, v = line.split(":", 1)
        v = v.strip()
        if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
            v = v[1:-1]
        meta[k.strip()] = v
    return meta, raw[m.end():]


def paragraphs(body):
    paras, cur = [], []
    for line in body.splitlines():
        s = line.strip()
        if not s or s.startswith("#") or re.match(r"^([-*]|\d+\.)\s", s):
            if cur:
                paras.append(" ".join(cur)); cur = []
            if s and not s.startswith("#"):
                cur = [s]
                if re.match(r"^[-*]\s", s):  # a list item is a paragraph of its own
                    paras.append(s); cur = []
            continue
        cur.append(s)
    if cur:
        paras.append(" ".join(cur))
    return paras


def clean(p):
    p = re.sub(r"^(?:[-*>]\s+|\d+\.\s+|\(\w{1,3}\)\s+)", "", p.strip())
    p = p.replace("**", "").replace("__", "").replace("`", "")
    return " ".join(p.split())


def sentences(p):
    if p.endswith(";") or p.endswith(":"):
        return [p]
    out, start = [], 0
    for m in re.finditer(r"[.!?][\"')\]]*(\s+)(?=[\"'(A-Z0-9À-Ý])", p):
        token = p[:m.start() + 1].split()[-1].lower().lstrip("\"'(")
        if token in ABBREV:
            continue
        out.append(p[start:m.start(1)].strip())
        start = m.end()
    out.append(p[start:].strip())
    return [s for s in out if s]


def norm(s):
    return " ".join(s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").lower().split())


def main():
    codes = json.load(open(os.path.join(HERE, "codes.json"), encoding="utf-8"))
    parties = json.load(open(os.path.join(HERE, "parties.json"), encoding="utf-8"))
    by_doc = {}
    for row in codes:
        by_doc.setdefault(row["doc"], []).append(row)
    errors = 0
    texts = sorted(f for f in os.listdir(os.path.join(ROOT, "texts")) if f.endswith(".md"))
    for name in texts:
        raw = open(os.path.join(ROOT, "texts", name), encoding="utf-8").read()
        meta, body = front_matter(raw)
        units = [u for p in paragraphs(body) for u in sentences(clean(p))]
        rows = by_doc.get(name, [])
        if len(rows) != len(units):
            print(f"{name}: {len(units)} units but {len(rows)} code rows")
            errors += 1
            for i in range(max(len(units), len(rows))):
                u = units[i] if i < len(units) else "-"
                h = rows[i]["hint"] if i < len(rows) else "-"
                print(f"   {i+1:2} {h!r:40} | {u[:70]}")
            continue
        out = []
        for u, r in zip(units, rows):
            if not norm(u).startswith(norm(r["hint"])):
                print(f"{name}: hint {r['hint']!r} does not begin unit {u[:60]!r}")
                errors += 1
            rec = {"doc": name, "start": " ".join(u.split()[:8]), "actor": r["actor"],
                   "root": r["root"], "cameo": r["cameo"]}
            if r.get("clear") is False:
                rec["clear"] = False
            out.append(rec)
        with open(os.path.join(ROOT, "gold", name + ".jsonl"), "w", encoding="utf-8") as f:
            for rec in out:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        m = {"doc": name, "title": meta["title"], "date": meta["date"], "parties": sorted(parties[name])}
        with open(os.path.join(ROOT, "gold", name + ".meta.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
        print(f"{name}: {len(out)} units")
    extra = set(by_doc) - set(texts)
    for d in sorted(extra):
        print(f"codes.json has rows for a missing text: {d}"); errors += 1
    print(f"{errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
