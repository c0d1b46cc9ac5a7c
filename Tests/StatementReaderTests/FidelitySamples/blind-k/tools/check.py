#!/usr/bin/env python3
"""Independent check of gold/ against texts/ (own parsing, standard library only).
Prints every problem and a final count; exit status 1 when any."""
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GENRES = {"ministry-readout", "wire-report", "joint-statement", "declaration"}
KEYS = {"doc", "start", "actor", "root", "cameo"}
# abbreviations after which a full stop does not end a sentence
NOSTOP = re.compile(r"(?:\b(?:H\.E|Hon|Prof|Dr|Mr|Mrs|Ms|No|St|Jr|Sept|Feb|Oct|etc|e\.g|i\.e)"
                    r"|\b(?:[A-Z]\.)*[A-Z])\.$")
problems = []


def bad(msg):
    problems.append(msg)


def parse(path):
    raw = open(path, encoding="utf-8").read()
    m = re.match(r"---\n(.*?)\n---\n(.*)\Z", raw, re.S)
    if not m:
        bad(f"{path}: front matter missing")
        return {}, ""
    fm = {}
    for ln in m.group(1).splitlines():
        km = re.match(r"(\w+):\s*(.*)$", ln)
        if km:
            fm[km.group(1)] = km.group(2).strip().strip('"')
    return fm, m.group(2)


def blocks(body):
    """Paragraphs as lists of lines; headings dropped; each list item separate."""
    out = []
    for chunk in re.split(r"\n\s*\n", body):
        lines = [l.strip() for l in chunk.strip().splitlines() if l.strip()]
        lines = [l for l in lines if not l.startswith("#")]
        cur = []
        for l in lines:
            if re.match(r"([-*+>]|\d+[.)])\s", l) and cur:
                out.append(cur)
                cur = []
            cur.append(l)
        if cur:
            out.append(cur)
    return out


def sentences(text):
    pieces = re.split(r"(?<=[.!?])(?=[\"')\u201d\u2019]*\s+[\"\u201c(]?[A-Z0-9])", text)
    merged = []
    for p in pieces:
        if merged and NOSTOP.search(merged[-1].rstrip()):
            merged[-1] = merged[-1] + p
        else:
            merged.append(p)
    res = []
    for s in merged:
        s = s.strip()
        # closing quotes split off by the look-ahead belong to the previous sentence
        lead = re.match(r"^([\"')\u201d\u2019]+)\s", s)
        if lead and res:
            res[-1] += lead.group(1)
            s = s[len(lead.group(1)):].strip()
        if s:
            res.append(s)
    return res


def units(body):
    us = []
    for b in blocks(body):
        t = re.sub(r"\s+", " ", " ".join(b))
        t = re.sub(r"^(?:[-*+>]|\d+[.)])\s+", "", t)
        if len(b) == 1 and re.search(r"[;:]$", t):
            us.append(t)
        else:
            us += sentences(t)
    return us


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    parties = json.load(open(os.path.join(ROOT, "tools", "parties.json"), encoding="utf-8"))
    texts = sorted(glob.glob(os.path.join(ROOT, "texts", "*.md")))
    golds = sorted(glob.glob(os.path.join(ROOT, "gold", "*.md.jsonl")))
    if len(texts) != 15:
        bad(f"{len(texts)} texts, expected 15")
    names = [os.path.basename(t) for t in texts]
    if sorted(os.path.basename(g)[:-6] for g in golds) != names:
        bad("gold files do not match texts one to one")
    total = 0
    for t in texts:
        doc = os.path.basename(t)
        if not re.fullmatch(r"(0[1-9]|1[0-5])-[a-z0-9-]+\.md", doc):
            bad(f"{doc}: bad file name")
        fm, body = parse(t)
        if set(fm) != {"title", "date", "genre"}:
            bad(f"{doc}: front matter keys {sorted(fm)}")
        if fm.get("genre") not in GENRES:
            bad(f"{doc}: genre {fm.get('genre')!r}")
        if not re.fullmatch(r"20(22|23|24|25)-\d\d-\d\d", fm.get("date", "")):
            bad(f"{doc}: date {fm.get('date')!r}")
        gp = os.path.join(ROOT, "gold", doc + ".jsonl")
        mp = os.path.join(ROOT, "gold", doc + ".meta.json")
        if not (os.path.exists(gp) and os.path.exists(mp)):
            bad(f"{doc}: gold or meta missing")
            continue
        meta = json.load(open(mp, encoding="utf-8"))
        ps = meta.get("parties", [])
        if set(meta) != {"doc", "title", "date", "parties"}:
            bad(f"{doc}: meta keys {sorted(meta)}")
        if meta.get("doc") != doc or meta.get("title") != fm.get("title") or meta.get("date") != fm.get("date"):
            bad(f"{doc}: meta disagrees with front matter")
        if ps != sorted(ps) or len(ps) < 2 or not all(re.fullmatch(r"[A-Z]{3}", p) for p in ps):
            bad(f"{doc}: parties {ps}")
        if ps != sorted(parties.get(doc, [])):
            bad(f"{doc}: meta parties differ from tools/parties.json")
        rows = [json.loads(l) for l in open(gp, encoding="utf-8") if l.strip()]
        us = units(body)
        total += len(rows)
        if not 12 <= len(rows) <= 15:
            bad(f"{doc}: {len(rows)} units, outside 12-15")
        if len(us) != len(rows):
            bad(f"{doc}: check parser finds {len(us)} units, gold has {len(rows)}")
        flat = norm(re.sub(r"(?m)^(?:#.*|[-*+>]\s+|\d+[.)]\s+)", "", body))
        pos = 0
        for k, r in enumerate(rows):
            where = f"{doc} row {k + 1}"
            if not KEYS <= set(r) or not set(r) <= KEYS | {"clear"}:
                bad(f"{where}: keys {sorted(r)}")
                continue
            if r["doc"] != doc:
                bad(f"{where}: doc {r['doc']!r}")
            if "clear" in r and r["clear"] is not False:
                bad(f"{where}: clear must be false or absent")
            a, ro, c = r["actor"], r["root"], r["cameo"]
            if not (a is None or a == "joint" or a in ps):
                bad(f"{where}: actor {a!r} not joint/null/party")
            if ro is not None and not (isinstance(ro, str) and re.fullmatch(r"0[1-9]|1\d|20", ro)):
                bad(f"{where}: root {ro!r}")
            if c is not None and not (isinstance(c, str) and re.fullmatch(r"\d{3,4}", c)
                                      and ro is not None and c.startswith(ro)):
                bad(f"{where}: cameo {c!r} not under root {ro!r}")
            s = r["start"]
            if k < len(us):
                words = us[k].split()
                want = " ".join(words[:8])
                if s != want:
                    bad(f"{where}: start {s!r} != unit's first words {want!r}")
            i = flat.find(s, pos)
            if i < 0:
                bad(f"{where}: start not found in order: {s!r}")
            else:
                if i > 0 and flat[i - 1] != " ":
                    bad(f"{where}: start not at a word boundary")
                pos = i + len(s)
    print(f"check: {len(texts)} texts, {total} units, {len(problems)} problems")
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
