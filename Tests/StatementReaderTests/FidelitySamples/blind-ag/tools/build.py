#!/usr/bin/env python3
"""Segment texts/ into units, join them with tools/codes.json, write gold/.

Usage (from the sample folder):  python3 tools/build.py [--preview]
Stops with an error on a unit-count or hint mismatch.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold")

MARKER = re.compile(r"^(?:- |\d+\. )")
SPLIT = re.compile(r"([.!?][\"'”’)\]]*)\s+(?=[A-Z0-9\"“‘'])")


def front_matter(text):
    lines = text.split("\n")
    if lines[0].strip() != "---":
        raise ValueError("no front matter")
    end = lines.index("---", 1)
    meta = {}
    for ln in lines[1:end]:
        k, _, v = ln.partition(":")
        meta[k.strip()] = v.strip().strip('"')
    return meta, "\n".join(lines[end + 1:])


def paragraphs(body):
    paras, cur = [], []
    def flush():
        if cur:
            paras.append(" ".join(cur))
            cur.clear()
    for ln in body.split("\n"):
        s = ln.strip()
        if not s:
            flush(); continue
        if s.startswith("#"):
            flush(); continue
        if MARKER.match(s):
            flush()
            cur.append(MARKER.sub("", s, count=1).strip())
            continue
        cur.append(s)
    flush()
    return [re.sub(r"\s+", " ", p).strip() for p in paras if p.strip()]


def units_of(body):
    out = []
    for p in paragraphs(body):
        if p.endswith(";") or p.endswith(":"):
            out.append(p)
            continue
        parts = SPLIT.split(p)
        # re-attach the captured punctuation to the preceding piece
        sent, i = [], 0
        while i < len(parts):
            piece = parts[i]
            if i + 1 < len(parts):
                piece += parts[i + 1]
            sent.append(piece.strip())
            i += 2
        out.extend(s for s in sent if s)
    return out


def start_of(unit, n=8):
    return " ".join(unit.split()[:n])


def load_docs():
    docs = {}
    for fn in sorted(os.listdir(TEXTS)):
        if fn.endswith(".md"):
            with open(os.path.join(TEXTS, fn), encoding="utf-8") as f:
                meta, body = front_matter(f.read())
            docs[fn] = (meta, units_of(body))
    return docs


def main():
    docs = load_docs()
    if "--preview" in sys.argv:
        for fn, (meta, units) in docs.items():
            print(f"== {fn} ({len(units)} units)")
            for i, u in enumerate(units, 1):
                print(f"{i:3d}. {u}")
        return
    with open(os.path.join(HERE, "codes.json"), encoding="utf-8") as f:
        codes = json.load(f)
    with open(os.path.join(HERE, "parties.json"), encoding="utf-8") as f:
        parties = json.load(f)
    if set(codes) != set(docs):
        sys.exit(f"documents differ: codes {sorted(set(codes) ^ set(docs))}")
    os.makedirs(GOLD, exist_ok=True)
    for fn, (meta, units) in docs.items():
        rows = codes[fn]
        if len(rows) != len(units):
            sys.exit(f"{fn}: {len(units)} units but {len(rows)} code rows")
        out = []
        for i, (u, r) in enumerate(zip(units, rows), 1):
            hint = r["hint"]
            if not u.startswith(hint):
                sys.exit(f"{fn} unit {i}: hint {hint!r} does not start {u[:60]!r}")
            g = {"doc": fn, "start": start_of(u), "actor": r["actor"],
                 "root": r["root"], "cameo": r["cameo"]}
            if not r.get("clear", True):
                g["clear"] = False
            out.append(g)
        with open(os.path.join(GOLD, fn + ".jsonl"), "w", encoding="utf-8") as f:
            for g in out:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
        m = {"doc": fn, "title": meta["title"], "date": meta["date"],
             "parties": sorted(parties[fn])}
        with open(os.path.join(GOLD, fn + ".meta.json"), "w", encoding="utf-8") as f:
            json.dump(m, f, ensure_ascii=False)
            f.write("\n")
    print(f"built {len(docs)} documents, {sum(len(u) for _, u in docs.values())} units")


if __name__ == "__main__":
    main()
