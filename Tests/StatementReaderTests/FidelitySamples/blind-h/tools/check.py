#!/usr/bin/env python3
"""Independent check of gold/ against texts/ (does not import build.py).

Verifies: every text has a gold file and a meta file and nothing else is in
gold/; each gold row has well-formed keys and codes; each `start` occurs, in
order, at a unit beginning of the text (own normalisation: quotes folded,
case folded, whitespace collapsed, headings and paragraph numbers dropped);
the number of rows equals this script's own count of unit beginnings; actors
are joint, null or a party; meta agrees with the front matter; 12-15 units.
Prints each problem and the total.
"""
import json
import os
import re
import sys

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEXTS, GOLD = os.path.join(BASE, "texts"), os.path.join(BASE, "gold")
GENRES = {"ministry-readout", "wire-report", "joint-statement", "declaration"}
ROOTS = {"%02d" % i for i in range(1, 21)}
KEYS = {"doc", "start", "actor", "root", "cameo"}

problems = []


def problem(msg):
    problems.append(msg)
    print("PROBLEM:", msg)


def fold(s):
    for a, b in (("\u201c", '"'), ("\u201d", '"'), ("\u2018", "'"), ("\u2019", "'")):
        s = s.replace(a, b)
    return " ".join(s.split())


def read_text(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines[0].strip() != "---":
        problem(f"{path}: no front matter")
        return {}, ""
    end = lines.index("---", 1)
    fm = {}
    for l in lines[1:end]:
        m = re.match(r'^(\w+):\s*"?(.*?)"?\s*$', l)
        if m:
            fm[m.group(1)] = m.group(2)
    paras, cur = [], []
    for l in lines[end + 1:] + [""]:
        if not l.strip():
            if cur:
                paras.append(" ".join(cur))
            cur = []
        elif not l.lstrip().startswith("#"):
            cur.append(l.strip())
    body = []
    for p in paras:
        p = re.sub(r"^\s*(\d+\.\s+|\([a-z0-9]+\)\s+|[-*+>]\s+)", "", p)
        body.append(fold(p))
    return fm, body


def beginnings(paragraph):
    """Offsets in the paragraph where a unit begins."""
    offs = [0]
    for m in re.finditer(r"[.!?][\"')]?\s(?=[\"'(]?[A-Z0-9\u00c0-\u00dd])", paragraph):
        offs.append(m.end())
    return offs


def main():
    texts = sorted(f for f in os.listdir(TEXTS) if f.endswith(".md"))
    expected = set()
    total = 0
    for name in texts:
        expected |= {name + ".jsonl", name + ".meta.json"}
        fm, paras = read_text(os.path.join(TEXTS, name))
        if not re.match(r"^\d{2}-[a-z0-9-]+\.md$", name):
            problem(f"{name}: file name not NN-name.md")
        if set(fm) != {"title", "date", "genre"}:
            problem(f"{name}: front matter keys {sorted(fm)}")
        if fm.get("genre") not in GENRES:
            problem(f"{name}: bad genre {fm.get('genre')}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", fm.get("date", "")):
            problem(f"{name}: bad date")
        # meta
        mpath = os.path.join(GOLD, name + ".meta.json")
        parties = []
        try:
            meta = json.load(open(mpath, encoding="utf-8"))
            if set(meta) != {"doc", "title", "date", "parties"}:
                problem(f"{name}: meta keys {sorted(meta)}")
            if meta.get("doc") != name:
                problem(f"{name}: meta doc {meta.get('doc')}")
            if meta.get("title") != fm.get("title"):
                problem(f"{name}: meta title differs from front matter")
            if meta.get("date") != fm.get("date"):
                problem(f"{name}: meta date differs from front matter")
            parties = meta.get("parties", [])
            if parties != sorted(set(parties)) or len(parties) < 2 or \
                    not all(re.match(r"^[A-Z]{3}$", p) for p in parties):
                problem(f"{name}: parties not sorted unique alpha-3 codes: {parties}")
        except (OSError, ValueError) as e:
            problem(f"{name}: meta unreadable ({e})")
        # units
        units = []  # (paragraph index, offset)
        for i, p in enumerate(paras):
            if p.endswith((";", ":")) and not re.search(r"[.!?]\s+[A-Z]", p):
                units.append((i, 0))
            else:
                units.extend((i, o) for o in beginnings(p))
        try:
            rows = [json.loads(l) for l in open(os.path.join(GOLD, name + ".jsonl"),
                                                encoding="utf-8") if l.strip()]
        except (OSError, ValueError) as e:
            problem(f"{name}: gold unreadable ({e})")
            continue
        if not 12 <= len(rows) <= 15:
            problem(f"{name}: {len(rows)} units, not 12-15")
        if len(rows) != len(units):
            problem(f"{name}: {len(rows)} gold rows but {len(units)} unit beginnings in text")
        pos = 0
        for k, r in enumerate(rows):
            tag = f"{name} row {k+1}"
            extra = set(r) - KEYS
            if not KEYS <= set(r) or extra - {"clear"}:
                problem(f"{tag}: keys {sorted(r)}")
            if "clear" in r and r["clear"] is not False:
                problem(f"{tag}: clear should be false when present")
            if r.get("doc") != name:
                problem(f"{tag}: doc {r.get('doc')}")
            actor, root, cameo = r.get("actor"), r.get("root"), r.get("cameo")
            if actor is not None and actor != "joint" and actor not in parties:
                problem(f"{tag}: actor {actor} not joint/null/party")
            if root is not None and root not in ROOTS:
                problem(f"{tag}: root {root!r}")
            if cameo is not None:
                if not (isinstance(cameo, str) and re.match(r"^\d{3,4}$", cameo)):
                    problem(f"{tag}: cameo {cameo!r}")
                elif root is None or not cameo.startswith(root):
                    problem(f"{tag}: cameo {cameo} does not fall under root {root}")
            if root is None and actor is not None:
                problem(f"{tag}: actor without act")
            start = fold(r.get("start", "")).lower()
            nwords = len(start.split())
            found = None
            for j in range(pos, len(units)):
                pi, off = units[j]
                seg = paras[pi][off:].lower()
                if seg.startswith(start):
                    found = j
                    break
            if found is None:
                problem(f"{tag}: start {r.get('start')!r} not found at a unit beginning after unit {pos}")
                continue
            if found != k:
                problem(f"{tag}: start matches unit {found+1}, expected {k+1}")
            pi, off = units[found]
            nxt = [o for (q, o) in units if q == pi and o > off]
            unit_text = paras[pi][off:(nxt[0] if nxt else None)].strip()
            if nwords != 8 and start != unit_text.lower():
                problem(f"{tag}: start has {nwords} words but is not the whole unit")
            if nwords == 8 and " ".join(unit_text.split()[:8]).lower() != start:
                problem(f"{tag}: start is not the unit's first eight words")
            pos = found + 1
        total += len(rows)
    present = set(os.listdir(GOLD))
    for f in sorted(present - expected):
        problem(f"gold/{f}: no matching text")
    for f in sorted(expected - present):
        problem(f"gold/{f}: missing")
    print(f"{len(texts)} texts, {total} units, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
