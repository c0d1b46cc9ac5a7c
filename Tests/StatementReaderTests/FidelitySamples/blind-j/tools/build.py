#!/usr/bin/env python3
"""Segment texts/*.md into units and join them with the hand codes.

Reads texts/NN-*.md, tools/codes.json (one row per unit, with a `hint` that the
unit must start with) and tools/parties.json; writes gold/NN-*.md.jsonl and
gold/NN-*.md.meta.json. Stops (exit 1) on a unit-count or hint mismatch.
Python 3 standard library only.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold")

# Tokens that end in a period without ending a sentence.
ABBREVIATIONS = {"h.e", "mr", "mrs", "ms", "dr", "hon", "prof", "st", "no", "gen", "amb", "jr", "sr"}

LEAD_MARKER = re.compile(r"^\s*(?:[-*+>]\s+|\d+[.)]\s+)")
BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")


def read_front_matter(text):
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise ValueError("no front matter")
    meta = {}
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return meta, "\n".join(lines[i + 1:])
        key, _, value = lines[i].partition(":")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        meta[key.strip()] = value
    raise ValueError("unterminated front matter")


def paragraphs(body):
    block = []
    for line in body.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            if block:
                yield " ".join(block)
            block = []
            continue
        block.append(line.strip())
    if block:
        yield " ".join(block)


def clean(par):
    par = LEAD_MARKER.sub("", par, count=1)
    par = par.replace("**", "").replace("__", "")
    return re.sub(r"\s+", " ", par).strip()


def sentences(par):
    if par.endswith(";") or par.endswith(":"):
        return [par]
    out, start = [], 0
    for m in BOUNDARY.finditer(par):
        before = par[start:m.start()]
        last = before.split(" ")[-1] if before else ""
        token = last.lstrip("\"'(\u201c\u2018").lower()
        if token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token):
            continue
        out.append(par[start:m.end()].strip())
        start = m.end()
    tail = par[start:].strip()
    if tail:
        out.append(tail)
    return out


def units(body):
    result = []
    for par in paragraphs(body):
        par = clean(par)
        if par:
            result.extend(sentences(par))
    return result


def start_of(unit):
    return " ".join(unit.split()[:8])


def main():
    with open(os.path.join(HERE, "codes.json"), encoding="utf-8") as fh:
        codes = json.load(fh)
    with open(os.path.join(HERE, "parties.json"), encoding="utf-8") as fh:
        parties = json.load(fh)
    os.makedirs(GOLD, exist_ok=True)
    names = sorted(n for n in os.listdir(TEXTS) if n.endswith(".md"))
    errors = []
    total = 0
    for name in names:
        with open(os.path.join(TEXTS, name), encoding="utf-8") as fh:
            meta, body = read_front_matter(fh.read())
        us = units(body)
        rows = codes.get(name)
        if rows is None:
            errors.append("%s: no codes" % name)
            continue
        if len(rows) != len(us):
            errors.append("%s: %d units but %d code rows" % (name, len(us), len(rows)))
            for i, u in enumerate(us):
                print("   %2d %s" % (i + 1, start_of(u)), file=sys.stderr)
            continue
        out = []
        for i, (u, row) in enumerate(zip(us, rows)):
            if not u.startswith(row["hint"]):
                errors.append("%s unit %d: hint %r does not match %r" % (name, i + 1, row["hint"], start_of(u)))
            rec = {"doc": name, "start": start_of(u), "actor": row["actor"],
                   "root": row["root"], "cameo": row["cameo"]}
            if row.get("clear") is False:
                rec["clear"] = False
            out.append(rec)
        if name not in parties:
            errors.append("%s: no parties" % name)
            continue
        with open(os.path.join(GOLD, name + ".jsonl"), "w", encoding="utf-8") as fh:
            for rec in out:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        with open(os.path.join(GOLD, name + ".meta.json"), "w", encoding="utf-8") as fh:
            json.dump({"doc": name, "title": meta.get("title"), "date": meta.get("date"),
                       "parties": sorted(parties[name])}, fh, ensure_ascii=False)
            fh.write("\n")
        total += len(out)
        print("%-52s %2d units" % (name, len(out)))
    if errors:
        for e in errors:
            print("ERROR " + e, file=sys.stderr)
        sys.exit(1)
    print("built %d texts, %d units" % (len(names), total))


if __name__ == "__main__":
    main()
