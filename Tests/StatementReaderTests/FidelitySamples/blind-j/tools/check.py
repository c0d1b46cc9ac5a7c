#!/usr/bin/env python3
"""Independent check of gold/ against texts/ (does not import build.py).

Segments each text with its own character scanner and checks that every gold
`start` occurs, in order, at a unit beginning and equals the unit's first eight
words (or the whole unit); that unit counts equal row counts (and the rows of
tools/codes.json, whose hints must match); that keys, actors and codes are well
formed (`cameo` under its `root`, codes from the guide's table); that meta agrees
with the front matter and tools/parties.json; and that each text has 12-15 units.
Prints every problem and the total; exit status 1 when there is any.
Python 3 standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold")

GENRES = {"ministry-readout", "wire-report", "joint-statement", "declaration"}
ROOTS = {"%02d" % i for i in range(1, 21)}
# Codes named in the guide's table (speech-acts.md).
CODES = {"010", "012", "013", "018", "019", "020", "030", "0311", "0312", "032",
         "036", "037", "040", "041", "042", "043", "044", "045", "046", "051",
         "052", "057", "061", "062", "064", "071", "072", "073", "100", "110",
         "111", "112", "120", "130", "160", "161", "162", "163", "164", "165", "166"}
NO_STOP = ("H.E", "Mr", "Mrs", "Ms", "Dr", "Hon", "Prof", "St", "No", "Gen", "Amb", "Jr", "Sr")
CLOSERS = "\"')]\u201d\u2019"
OPENERS = "\"'([\u201c\u2018"

problems = []


def problem(msg):
    problems.append(msg)


def split_doc(raw):
    """Return (front matter dict, body lines)."""
    lines = raw.splitlines()
    if not lines or lines[0] != "---":
        return None, lines
    try:
        end = lines.index("---", 1)
    except ValueError:
        return None, lines
    fm = {}
    for line in lines[1:end]:
        if ":" not in line:
            continue
        k, v = line.split(":", 1)
        v = v.strip()
        if v[:1] in "\"'" and v[-1:] == v[:1] and len(v) > 1:
            v = v[1:-1]
        fm[k.strip()] = v
    return fm, lines[end + 1:]


def strip_markers(text):
    text = text.strip()
    # a leading list marker or paragraph number
    if text[:2] in ("- ", "* ", "+ ", "> "):
        text = text[2:].lstrip()
    else:
        i = 0
        while i < len(text) and text[i].isdigit():
            i += 1
        if 0 < i < len(text) - 1 and text[i] in ".)" and text[i + 1] == " ":
            text = text[i + 2:].lstrip()
    text = text.replace("**", "").replace("__", "")
    return " ".join(text.split())


def scan_sentences(par):
    """Character scanner: end a sentence at . ! ? (plus closers) before a space
    and a capital, digit or opening quote, unless the word is a known abbreviation
    or a single initial."""
    if par[-1:] in (";", ":"):
        return [par]
    out = []
    begin = 0
    i = 0
    n = len(par)
    while i < n:
        ch = par[i]
        if ch in ".!?":
            j = i + 1
            while j < n and par[j] in CLOSERS:
                j += 1
            if j < n and par[j] == " ":
                k = j
                while k < n and par[k] == " ":
                    k += 1
                nxt = par[k:k + 2]
                starts_new = bool(nxt) and (nxt[0].isupper() or nxt[0].isdigit() or
                                            (nxt[0] in OPENERS and len(nxt) > 1 and
                                             (nxt[1].isupper() or nxt[1].isdigit())))
                if starts_new:
                    word_start = max(begin, par.rfind(" ", begin, i) + 1)
                    word = par[word_start:i].lstrip(OPENERS)
                    abbrev = ch == "." and (word in NO_STOP or (len(word) == 1 and word.isupper()))
                    if not abbrev:
                        out.append(par[begin:j].strip())
                        begin = k
                        i = k
                        continue
        i += 1
    rest = par[begin:].strip()
    if rest:
        out.append(rest)
    return out


def segment(body_lines):
    units = []
    para = []

    def flush():
        if para:
            text = strip_markers(" ".join(x.strip() for x in para))
            if text:
                units.extend(scan_sentences(text))
        del para[:]

    for line in body_lines:
        if line.strip() == "" or line.lstrip().startswith("#"):
            flush()
        else:
            para.append(line)
    flush()
    return units


def first_eight(unit):
    return " ".join(unit.split()[:8])


def main():
    with open(os.path.join(HERE, "codes.json"), encoding="utf-8") as fh:
        codes = json.load(fh)
    with open(os.path.join(HERE, "parties.json"), encoding="utf-8") as fh:
        parties_file = json.load(fh)
    names = sorted(x for x in os.listdir(TEXTS) if x.endswith(".md"))
    if len(names) != 15:
        problem("expected 15 texts, found %d" % len(names))
    total = 0
    for name in names:
        with open(os.path.join(TEXTS, name), encoding="utf-8") as fh:
            raw = fh.read()
        fm, body = split_doc(raw)
        if fm is None:
            problem("%s: missing front matter" % name)
            continue
        for key in ("title", "date", "genre"):
            if not fm.get(key):
                problem("%s: front matter lacks %s" % (name, key))
        if fm.get("genre") not in GENRES:
            problem("%s: bad genre %r" % (name, fm.get("genre")))
        d = fm.get("date", "")
        if not (len(d) == 10 and d[4] == "-" and d[7] == "-" and d.replace("-", "").isdigit()
                and "2022" <= d[:4] <= "2025"):
            problem("%s: bad date %r" % (name, d))
        units = segment(body)
        if not 12 <= len(units) <= 15:
            problem("%s: %d units (need 12-15)" % (name, len(units)))
        # gold rows
        gpath = os.path.join(GOLD, name + ".jsonl")
        mpath = os.path.join(GOLD, name + ".meta.json")
        if not os.path.exists(gpath) or not os.path.exists(mpath):
            problem("%s: gold or meta file missing" % name)
            continue
        rows = []
        with open(gpath, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                if not line.strip():
                    problem("%s.jsonl line %d: blank line" % (name, ln))
                    continue
                try:
                    rows.append(json.loads(line))
                except ValueError as e:
                    problem("%s.jsonl line %d: %s" % (name, ln, e))
        with open(mpath, encoding="utf-8") as fh:
            meta = json.load(fh)
        if set(meta) != {"doc", "title", "date", "parties"}:
            problem("%s meta: keys %s" % (name, sorted(meta)))
        if meta.get("doc") != name:
            problem("%s meta: doc %r" % (name, meta.get("doc")))
        if meta.get("title") != fm.get("title"):
            problem("%s meta: title differs from front matter" % name)
        if meta.get("date") != fm.get("date"):
            problem("%s meta: date differs from front matter" % name)
        parties = meta.get("parties") or []
        if parties != sorted(parties) or len(set(parties)) != len(parties) or len(parties) < 2:
            problem("%s meta: parties not sorted/unique/at least two: %s" % (name, parties))
        for p in parties:
            if not (len(p) == 3 and p.isalpha() and p.isupper()):
                problem("%s meta: bad party code %r" % (name, p))
        if sorted(parties_file.get(name, [])) != parties:
            problem("%s meta: parties differ from tools/parties.json" % name)
        if len(rows) != len(units):
            problem("%s: %d gold rows but %d units" % (name, len(rows), len(units)))
        crow = codes.get(name, [])
        if len(crow) != len(units):
            problem("%s: %d codes.json rows but %d units" % (name, len(crow), len(units)))
        # starts, in order, at unit beginnings of the flattened text
        flat = " ".join(units)
        pos = 0
        offsets = []
        acc = 0
        for u in units:
            offsets.append(acc)
            acc += len(u) + 1
        for i, row in enumerate(rows):
            where = "%s row %d" % (name, i + 1)
            keys = set(row)
            if not ({"doc", "start", "actor", "root", "cameo"} <= keys <= {"doc", "start", "actor", "root", "cameo", "clear"}):
                problem("%s: keys %s" % (where, sorted(keys)))
            if "clear" in row and row["clear"] is not False:
                problem("%s: clear must be false when present" % where)
            if row.get("doc") != name:
                problem("%s: doc %r" % (where, row.get("doc")))
            start = row.get("start", "")
            hit = flat.find(start, pos)
            if hit < 0:
                problem("%s: start %r not found after previous" % (where, start))
            elif hit not in offsets:
                problem("%s: start %r not at a unit beginning" % (where, start))
            else:
                pos = hit + 1
            if i < len(units):
                if start != first_eight(units[i]):
                    problem("%s: start %r != first eight words %r" % (where, start, first_eight(units[i])))
                if i < len(crow) and not units[i].startswith(crow[i].get("hint", "\0")):
                    problem("%s: codes.json hint %r does not begin the unit" % (where, crow[i].get("hint")))
                if i < len(crow):
                    for k in ("actor", "root", "cameo"):
                        if crow[i].get(k) != row.get(k):
                            problem("%s: %s differs from codes.json" % (where, k))
            actor = row.get("actor")
            if actor is not None and actor != "joint" and actor not in parties:
                problem("%s: actor %r is not joint/null/a party" % (where, actor))
            root, cameo = row.get("root"), row.get("cameo")
            if root is not None and (not isinstance(root, str) or root not in ROOTS):
                problem("%s: bad root %r" % (where, root))
            if cameo is not None:
                if not isinstance(cameo, str) or cameo not in CODES:
                    problem("%s: bad cameo %r" % (where, cameo))
                elif root is None or not cameo.startswith(root):
                    problem("%s: cameo %r not under root %r" % (where, cameo, root))
            if root is None and actor is not None:
                problem("%s: actor without an act" % where)
        total += len(rows)
    print("%d texts, %d units checked" % (len(names), total))
    for p in problems:
        print("PROBLEM " + p)
    print("%d problems" % len(problems))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
