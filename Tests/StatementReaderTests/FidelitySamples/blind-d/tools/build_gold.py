#!/usr/bin/env python3
"""Split the blind-d texts into sentence units and join the hand codes.

Usage: python3 build_gold.py [--list]

  --list   print the units of every text (with their index) and exit.

Reads ../texts/*.md and codes.json (hand codes, one entry per unit in text
order: [cue, actor, code, clear?]); writes ../gold/NN-name.md.jsonl and
../gold/NN-name.md.meta.json.  `code` is a CAMEO code string ("010",
"0311"), a two-digit root ("03") when only the root is settled (cameo null),
or null for background.  `cue` is the first three words of the unit's start
and is checked against the split, so a table out of step with the texts
fails loudly.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
TEXTS = os.path.join(BASE, "texts")
GOLD = os.path.join(BASE, "gold")

ABBREV = {"dr", "mr", "mrs", "ms", "prof", "st", "no", "nos", "h.e", "u.s",
          "u.n", "e.g", "i.e", "vs", "jan", "feb", "mar", "apr", "jun", "jul",
          "aug", "sep", "sept", "oct", "nov", "dec", "gen", "col", "lt", "gov"}


def read_text(path):
    raw = open(path, encoding="utf-8").read()
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", raw, re.S)
    if not m:
        raise SystemExit(f"{path}: no front matter")
    front = {}
    for line in m.group(1).splitlines():
        k, _, v = line.partition(":")
        v = v.strip()
        if len(v) >= 2 and v[0] == v[-1] == '"':
            v = v[1:-1]
        front[k.strip()] = v
    return front, m.group(2)


def is_heading(par):
    s = par.strip()
    if s.startswith("#"):
        return True
    if s.startswith("**") and s.endswith("**") and s.count("**") == 2 \
            and not re.search(r"[.;:!?]\*\*$", s):
        return True
    return False


def clean_paragraph(par):
    s = " ".join(par.split())
    s = s.replace("**", "").replace("__", "")
    s = re.sub(r"^(?:[#*_\-]+\s+)+", "", s)          # list / heading markers
    s = re.sub(r"^\(?\d{1,3}[.)]\s+", "", s)          # paragraph numbers
    return s.strip()


def split_sentences(par):
    """Split a cleaned paragraph into sentences."""
    out, start = [], 0
    for m in re.finditer(r'[.!?]["\')\]]*\s+(?=["\'(\[]?[A-Z0-9])', par):
        end = m.start() + 1
        before = par[start:end]
        word = re.search(r"(\S+)\.$", before[:m.end() - start - len(m.group(0)) + 1])
        tok = word.group(1) if word else ""
        tok_l = tok.lower().lstrip("(\"'")
        if par[m.start()] == "." and (tok_l in ABBREV or re.fullmatch(r"[A-Z]", tok)
                                      or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", tok)):
            continue
        out.append(par[start:m.end()].strip())
        start = m.end()
    rest = par[start:].strip()
    if rest:
        out.append(rest)
    return out


def units_of(body):
    units = []
    for par in re.split(r"\n\s*\n", body.strip()):
        if not par.strip() or is_heading(par):
            continue
        units.extend(split_sentences(clean_paragraph(par)))
    return units


def start_of(unit, n=8):
    return " ".join(unit.split()[:n])


def main():
    files = sorted(f for f in os.listdir(TEXTS) if f.endswith(".md"))
    if "--list" in sys.argv:
        for f in files:
            _, body = read_text(os.path.join(TEXTS, f))
            print(f"== {f}")
            for i, u in enumerate(units_of(body)):
                print(f"{i:2d} {u}")
        return
    codes = json.load(open(os.path.join(HERE, "codes.json"), encoding="utf-8"))
    os.makedirs(GOLD, exist_ok=True)
    bad = 0
    for f in files:
        front, body = read_text(os.path.join(TEXTS, f))
        units = units_of(body)
        table = codes[f]["units"]
        if len(table) != len(units):
            print(f"{f}: {len(units)} units but {len(table)} codes"); bad += 1; continue
        rows = []
        for u, entry in zip(units, table):
            cue, actor, code = entry[0], entry[1], entry[2]
            clear = entry[3] if len(entry) > 3 else True
            if start_of(u, 3) != cue:
                print(f"{f}: cue {cue!r} does not match unit {start_of(u, 3)!r}"); bad += 1
            if code is None:
                root = cameo = None
            elif len(code) == 2:
                root, cameo = code, None
            else:
                root, cameo = code[:2], code
            row = {"doc": f, "start": start_of(u), "actor": actor, "root": root, "cameo": cameo}
            if not clear:
                row["clear"] = False
            rows.append(row)
        with open(os.path.join(GOLD, f + ".jsonl"), "w", encoding="utf-8") as out:
            for r in rows:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
        meta = {"doc": f, "title": front["title"], "date": front["date"],
                "parties": sorted(codes[f]["parties"])}
        with open(os.path.join(GOLD, f + ".meta.json"), "w", encoding="utf-8") as out:
            out.write(json.dumps(meta, ensure_ascii=False) + "\n")
    print("errors:", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
