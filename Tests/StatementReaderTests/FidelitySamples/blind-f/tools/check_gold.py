#!/usr/bin/env python3
"""Independent check of gold/ against texts/ (does not import build_gold.py).

Checks: every text has a .jsonl and a .meta.json and no gold file lacks a text; each line is
a JSON object with exactly the keys doc, start, actor, root, cameo (+ optional clear: false);
doc equals the file name; actor is "joint", null or one of the meta parties; root is null or
a two-digit CAMEO root; cameo is null or a code of the guide's list and begins with root;
every start, in order, occurs at a unit beginning of the text under this script's own
normalisation and is the unit's first eight words (or the whole unit); the number of unit
beginnings in the text equals the number of gold lines; 12-15 units per text; meta has doc,
title, date, parties, agrees with the front matter, parties sorted unique alpha-3; genre is
one of the four.
"""
import datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GENRES = {"ministry-readout", "wire-report", "joint-statement", "declaration"}
CAMEO = set("010 012 013 018 019 020 030 0311 0312 032 036 037 040 041 042 043 044 045 046 "
            "051 052 057 061 062 064 071 072 073 100 110 111 112 120 130 "
            "160 161 162 163 164 165 166".split())
ROOTS = {c[:2] for c in CAMEO}
NO_BREAK_AFTER = ("hon.", "mr.", "dr.", "h.e.", "u.s.", "u.k.", "u.n.", "no.", "st.")
problems = []


def problem(msg):
    problems.append(msg)


def fold(s):
    """Own normalisation: fold quotes and dashes, drop Markdown emphasis, lower case, collapse spaces."""
    for a, b in (("\u201c", '"'), ("\u201d", '"'), ("\u2018", "'"), ("\u2019", "'"),
                 ("\u2013", "-"), ("\u2014", "-"), ("**", ""), ("__", ""), ("`", "")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().lower()


def read_front(path):
    raw = open(path, encoding="utf-8").read()
    if not raw.startswith("---\n"):
        problem(f"{path}: no front matter"); return {}, ""
    end = raw.index("\n---\n", 4)
    fm = {}
    for line in raw[4:end].split("\n"):
        m = re.match(r'^(\w+):\s*"?(.*?)"?\s*$', line)
        if m:
            fm[m.group(1)] = m.group(2)
    return fm, raw[end + 5:]


def blocks(body):
    """Paragraph texts after marker removal: blank lines separate; headings dropped; list items
    and numbered paragraphs begin new blocks."""
    out = []
    for chunk in re.split(r"\n\s*\n", body):
        lines = [l.strip() for l in chunk.split("\n") if l.strip() and not l.strip().startswith("#")]
        cur = ""
        for l in lines:
            item = re.match(r"^(?:[-*>]|\d+\.)\s+(.*)$", l)
            if item:
                if cur: out.append(cur)
                cur = item.group(1)
            else:
                cur = (cur + " " + l) if cur else l
        if cur:
            out.append(cur)
    return [fold(b) for b in out]


def beginnings(block):
    """Offsets in a folded block where a unit may begin."""
    offs = [0]
    if block.endswith(";") or block.endswith(":"):
        return offs
    for m in re.finditer(r"[.?!][\"')]*\s", block):
        prev = block[:m.start() + 1].split(" ")[-1].lstrip("\"'(")
        if prev in NO_BREAK_AFTER:
            continue
        nxt = m.end()
        if nxt < len(block) and (block[nxt].isalnum() or block[nxt] in "\"'("):
            offs.append(nxt)
    return offs


def check_doc(name):
    text_path = os.path.join(ROOT, "texts", name)
    fm, body = read_front(text_path)
    for k in ("title", "date", "genre"):
        if not fm.get(k):
            problem(f"{name}: front matter lacks {k}")
    if fm.get("genre") not in GENRES:
        problem(f"{name}: genre {fm.get('genre')!r} not allowed")
    try:
        datetime.date.fromisoformat(fm.get("date", ""))
    except ValueError:
        problem(f"{name}: date {fm.get('date')!r} not ISO")
    meta_path = os.path.join(ROOT, "gold", name + ".meta.json")
    gold_path = os.path.join(ROOT, "gold", name + ".jsonl")
    if not os.path.exists(meta_path) or not os.path.exists(gold_path):
        problem(f"{name}: gold or meta file missing"); return 0, None
    meta = json.load(open(meta_path, encoding="utf-8"))
    if set(meta) != {"doc", "title", "date", "parties"}:
        problem(f"{name}: meta keys {sorted(meta)}")
    if meta.get("doc") != name: problem(f"{name}: meta doc {meta.get('doc')!r}")
    if meta.get("title") != fm.get("title"): problem(f"{name}: meta title differs from front matter")
    if meta.get("date") != fm.get("date"): problem(f"{name}: meta date differs from front matter")
    parties = meta.get("parties", [])
    if parties != sorted(set(parties)) or not all(re.fullmatch(r"[A-Z]{3}", p) for p in parties) or len(parties) < 2:
        problem(f"{name}: parties {parties} not sorted unique alpha-3 codes (at least two)")

    rows = []
    for i, line in enumerate(open(gold_path, encoding="utf-8"), 1):
        if not line.strip():
            problem(f"{name}: empty line {i}"); continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            problem(f"{name}:{i}: bad JSON {e}"); continue
        keys = set(r)
        if not ({"doc", "start", "actor", "root", "cameo"} <= keys <= {"doc", "start", "actor", "root", "cameo", "clear"}):
            problem(f"{name}:{i}: keys {sorted(keys)}")
        if "clear" in r and r["clear"] is not False:
            problem(f"{name}:{i}: clear must be false when present")
        if r.get("doc") != name: problem(f"{name}:{i}: doc {r.get('doc')!r}")
        a = r.get("actor")
        if not (a is None or a == "joint" or a in parties):
            problem(f"{name}:{i}: actor {a!r} not joint/null/party")
        root, cameo = r.get("root"), r.get("cameo")
        if root is not None and root not in ROOTS:
            problem(f"{name}:{i}: root {root!r} malformed")
        if cameo is not None:
            if cameo not in CAMEO: problem(f"{name}:{i}: cameo {cameo!r} not a code of the guide")
            if root is None or not cameo.startswith(root): problem(f"{name}:{i}: cameo {cameo!r} does not match root {root!r}")
        if not isinstance(r.get("start"), str) or not r["start"].strip():
            problem(f"{name}:{i}: empty start")
        rows.append(r)
    if not 12 <= len(rows) <= 15:
        problem(f"{name}: {len(rows)} units (want 12-15)")

    bl = blocks(body)
    cands = [(bi, o) for bi, b in enumerate(bl) for o in beginnings(b)]
    if len(cands) != len(rows):
        problem(f"{name}: text has {len(cands)} unit beginnings, gold has {len(rows)} lines")
    ci = 0
    for i, r in enumerate(rows, 1):
        s = fold(r.get("start", ""))
        found = None
        for k in range(ci, len(cands)):
            bi, o = cands[k]
            if bl[bi].startswith(s, o):
                found = k; break
        if found is None:
            problem(f"{name}:{i}: start {r.get('start')!r} not found at a unit beginning after the previous one"); continue
        if found != ci:
            problem(f"{name}:{i}: {found - ci} unit beginning(s) skipped before {r.get('start')!r}")
        bi, o = cands[found]
        nxt = [oo for (bb, oo) in cands if bb == bi and oo > o]
        unit = bl[bi][o:nxt[0] if nxt else len(bl[bi])].strip()
        want = " ".join(unit.split()[:8])
        if s != want:
            problem(f"{name}:{i}: start is not the unit's first eight words: {r.get('start')!r} vs {want!r}")
        ci = found + 1
    return len(rows), fm.get("genre")


def main():
    texts = sorted(f for f in os.listdir(os.path.join(ROOT, "texts")) if f.endswith(".md"))
    for f in os.listdir(os.path.join(ROOT, "gold")):
        base = f[:-len(".jsonl")] if f.endswith(".jsonl") else f[:-len(".meta.json")] if f.endswith(".meta.json") else None
        if base is None or base not in texts:
            problem(f"gold/{f}: no matching text")
    total, by_genre = 0, {}
    for name in texts:
        n, g = check_doc(name)
        total += n
        by_genre.setdefault(g, [0, 0]); by_genre[g][0] += 1; by_genre[g][1] += n
    for p in problems:
        print("PROBLEM", p)
    for g, (d, n) in sorted(by_genre.items(), key=lambda x: str(x[0])):
        print(f"{g}: {d} texts, {n} units")
    print(f"{len(texts)} texts, {total} units, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
