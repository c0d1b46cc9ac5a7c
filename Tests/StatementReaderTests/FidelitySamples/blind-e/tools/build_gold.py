#!/usr/bin/env python3
"""Split the texts of blind-e into sentence units and join the hand codes.

Usage: python3 tools/build_gold.py [--list]   (run from anywhere)

Reads texts/*.md, tools/codes.json (hand codes, one row per unit in text order)
and tools/parties.json, and writes gold/NAME.md.jsonl and gold/NAME.md.meta.json.
With --list it only prints the units it finds, to align the code table by eye.
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "texts"
GOLD = ROOT / "gold"
TOOLS = ROOT / "tools"

ABBREVIATIONS = {
    "mr.", "ms.", "mrs.", "dr.", "h.e.", "hon.", "rt.", "st.", "no.", "nos.",
    "p.m.", "a.m.", "u.s.", "u.k.", "u.n.", "e.g.", "i.e.", "vs.", "gen.",
    "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
    "oct.", "nov.", "dec.",
}

SPLIT = re.compile(r'[.!?]["\u201d\u2019)\]]*\s+(?=["\u201c(]?[A-Z0-9])')


def front_matter(text):
    m = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if not m:
        raise SystemExit("no front matter")
    meta = {}
    for line in m.group(1).splitlines():
        key, _, value = line.partition(":")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        meta[key.strip()] = value
    return meta, text[m.end():]


def paragraphs(body):
    for block in re.split(r"\n\s*\n", body):
        block = " ".join(line.strip() for line in block.strip().splitlines())
        if not block or block.startswith("#"):
            continue  # headings and titles are not units
        yield block


def sentences(par):
    out, start = [], 0
    for m in SPLIT.finditer(par):
        before = par[start:m.start() + 1]
        last = before.split()[-1].lstrip('("\u201c').lower() if before.split() else ""
        if last in ABBREVIATIONS or re.fullmatch(r"[a-z]\.", last):
            continue  # abbreviation or initial, not a sentence end
        out.append(par[start:m.end()].strip())
        start = m.end()
    out.append(par[start:].strip())
    return [s for s in out if s]


def normalise(unit, first_in_paragraph):
    s = unit.replace("**", "")
    s = re.sub(r"^[\s#*_-]+", "", s)
    if first_in_paragraph:
        s = re.sub(r"^\(?\d+[.)]\s+", "", s)
    s = re.sub(r"^[\s#*_-]+", "", s)
    return " ".join(s.split())


def units(path):
    meta, body = front_matter(path.read_text(encoding="utf-8"))
    result = []
    for par in paragraphs(body):
        # drop Markdown markers and the paragraph number before splitting, so
        # that "1." or "**2.**" is not taken for a sentence of its own
        par = normalise(par, True)
        for i, sent in enumerate(sentences(par)):
            result.append(normalise(sent, i == 0))
    return meta, result


def start_of(unit):
    return " ".join(unit.split()[:8])


def main():
    codes = json.loads((TOOLS / "codes.json").read_text(encoding="utf-8"))
    parties = json.loads((TOOLS / "parties.json").read_text(encoding="utf-8"))
    listing = "--list" in sys.argv
    GOLD.mkdir(exist_ok=True)
    errors = 0
    for path in sorted(TEXTS.glob("*.md")):
        doc = path.name
        meta, us = units(path)
        if listing:
            print(f"== {doc} ({len(us)} units)")
            for u in us:
                print("   ", u[:110])
            continue
        rows = codes[doc]
        if len(rows) != len(us):
            print(f"{doc}: {len(us)} units but {len(rows)} code rows")
            errors += 1
            continue
        lines = []
        for unit, (hint, actor, code, clear) in zip(us, rows):
            if not unit.startswith(hint):
                print(f"{doc}: code row '{hint}' does not match unit '{unit[:60]}'")
                errors += 1
            if actor not in (None, "joint") and actor not in parties[doc]:
                print(f"{doc}: actor {actor} is not a party")
                errors += 1
            root = code[:2] if code else None
            cameo = code if code and len(code) > 2 else None
            rec = {"doc": doc, "start": start_of(unit), "actor": actor,
                   "root": root, "cameo": cameo}
            if not clear:
                rec["clear"] = False
            lines.append(json.dumps(rec, ensure_ascii=False))
        (GOLD / f"{doc}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        m = {"doc": doc, "title": meta["title"], "date": meta["date"],
             "parties": sorted(parties[doc])}
        (GOLD / f"{doc}.meta.json").write_text(json.dumps(m, ensure_ascii=False) + "\n",
                                              encoding="utf-8")
    if errors:
        raise SystemExit(f"{errors} error(s)")
    if not listing:
        print("gold written")


if __name__ == "__main__":
    main()
