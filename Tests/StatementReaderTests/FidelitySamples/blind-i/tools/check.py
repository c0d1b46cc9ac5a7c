#!/usr/bin/env python3
"""Independent check of the blind-i sample (own parsing, not build.py's).

Checks: front matter and file names; one gold .jsonl and .meta.json per text;
units (sentences of paragraphs, headings skipped) counted and compared with
rows; every `start` is the first eight words (or the whole unit) of the unit
at the same position and occurs in order in the body; keys and codes well
formed (`cameo` under its `root`, codes from the guide's tables); actors are
joint/null/a party; meta agrees with the front matter and tools/parties.json;
12-15 units per text; genre mix 4/4/4/3. Prints the problems and their count.
Python 3 standard library only.
"""
import datetime
import json
import os
import re
import sys

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GENRES = {"ministry-readout": 4, "wire-report": 4, "joint-statement": 4, "declaration": 3}
GUIDE_CODES = {"010", "012", "013", "018", "019", "020", "030", "0311", "0312", "032",
               "036", "037", "040", "041", "042", "043", "044", "045", "046", "051",
               "052", "057", "061", "062", "064", "071", "072", "073", "100", "110",
               "111", "112", "120", "130", "160", "161", "162", "163", "164", "165", "166"}
NOT_ENDS = re.compile(r"(?:^|\s)(?:H\.E|Mr|Mrs|Ms|Dr|Hon|St|No|Jr|Sr|Prof|Gen|Lt|Col|Capt|"
                      r"U\.S|U\.K|U\.N|e\.g|i\.e|etc|vs|[A-Z])\.$")
problems = []


def problem(msg):
    problems.append(msg)


def front_matter(text, name):
    m = re.match(r"---\n(.*?)\n---\n(.*)\Z", text, re.S)
    if not m:
        problem(f"{name}: no YAML front matter")
        return {}, ""
    fm = {}
    for line in m.group(1).splitlines():
        k, v = line.split(":", 1)
        v = v.strip()
        if v[:1] in "\"'" and v[-1:] == v[:1]:
            v = v[1:-1]
        fm[k.strip()] = v
    return fm, m.group(2)


def body_units(body):
    units = []
    for block in re.split(r"\n[ \t]*\n", body):
        lines = [l.strip() for l in block.splitlines() if l.strip() and not l.strip().startswith("#")]
        if not lines:
            continue
        par = " ".join(lines)
        par = re.sub(r"^(?:- |\* |\+ |> ?|[0-9]+\. |[0-9]+\) )", "", par)
        par = " ".join(par.replace("**", "").split())
        cur = ""
        i = 0
        while i < len(par):
            ch = par[i]
            cur += ch
            if ch in ".!?":
                j = i + 1
                while j < len(par) and par[j] in "\"'”’)]":
                    cur += par[j]
                    j += 1
                rest = par[j:]
                nxt = rest.lstrip()
                if rest[:1] == " " and nxt and (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in "\"“‘'("):
                    if not NOT_ENDS.search(cur.rstrip("\"'”’)]")):
                        units.append(cur.strip())
                        cur = ""
                i = j
                continue
            i += 1
        if cur.strip():
            units.append(cur.strip())
    return units


def first_words(unit):
    return " ".join(unit.split()[:8])


def main():
    tdir, gdir = os.path.join(BASE, "texts"), os.path.join(BASE, "gold")
    with open(os.path.join(BASE, "tools", "parties.json"), encoding="utf-8") as f:
        party_file = json.load(f)
    with open(os.path.join(BASE, "tools", "codes.json"), encoding="utf-8") as f:
        codes = json.load(f)
    texts = sorted(n for n in os.listdir(tdir) if n.endswith(".md"))
    if [n[:2] for n in texts] != [f"{i:02d}" for i in range(1, 16)]:
        problem(f"texts are not numbered 01..15: {texts}")
    genre_count = {}
    total = 0
    for name in texts:
        if not re.fullmatch(r"\d\d-[a-z0-9-]+\.md", name):
            problem(f"{name}: bad file name")
        with open(os.path.join(tdir, name), encoding="utf-8") as f:
            fm, body = front_matter(f.read(), name)
        if set(fm) != {"title", "date", "genre"}:
            problem(f"{name}: front matter keys {sorted(fm)}")
        try:
            datetime.date.fromisoformat(fm.get("date", ""))
            if not "2022-01-01" <= fm["date"] <= "2025-12-31":
                problem(f"{name}: date outside 2022-2025")
        except ValueError:
            problem(f"{name}: bad date {fm.get('date')!r}")
        genre = fm.get("genre")
        if genre not in GENRES:
            problem(f"{name}: genre {genre!r}")
        genre_count[genre] = genre_count.get(genre, 0) + 1
        units = body_units(body)
        if not 12 <= len(units) <= 15:
            problem(f"{name}: {len(units)} units (want 12-15)")
        if genre == "wire-report" and not re.match(r"[A-Z][A-Z .'-]+, [A-Z][a-z]+ \d{1,2} \([A-Za-z ]+\) -", units[0]):
            problem(f"{name}: first unit has no dateline")
        meta_path = os.path.join(gdir, name + ".meta.json")
        gold_path = os.path.join(gdir, name + ".jsonl")
        if not os.path.exists(meta_path) or not os.path.exists(gold_path):
            problem(f"{name}: gold or meta missing")
            continue
        with open(meta_path, encoding="utf-8") as f:
            meta = json.load(f)
        if set(meta) != {"doc", "title", "date", "parties"}:
            problem(f"{name}: meta keys {sorted(meta)}")
        if meta.get("doc") != name or meta.get("title") != fm.get("title") or meta.get("date") != fm.get("date"):
            problem(f"{name}: meta disagrees with front matter")
        parties = meta.get("parties", [])
        if parties != sorted(set(parties)) or not parties or not all(re.fullmatch(r"[A-Z]{3}", p) for p in parties):
            problem(f"{name}: parties not sorted unique alpha-3 codes")
        if parties != party_file.get(name):
            problem(f"{name}: parties differ from tools/parties.json")
        with open(gold_path, encoding="utf-8") as f:
            rows = [json.loads(l) for l in f if l.strip()]
        total += len(rows)
        if len(rows) != len(units):
            problem(f"{name}: {len(rows)} rows but {len(units)} units")
        flat = " ".join(body.split())
        pos = 0
        for k, (row, unit) in enumerate(zip(rows, units), 1):
            where = f"{name} row {k}"
            keys = set(row)
            if not {"doc", "start", "actor", "root", "cameo"} <= keys or keys - {"doc", "start", "actor", "root", "cameo", "clear"}:
                problem(f"{where}: keys {sorted(keys)}")
            if "clear" in row and row["clear"] is not False:
                problem(f"{where}: clear must be false when present")
            if row.get("doc") != name:
                problem(f"{where}: doc {row.get('doc')!r}")
            if row.get("start") != first_words(unit):
                problem(f"{where}: start {row.get('start')!r} != unit beginning {first_words(unit)!r}")
            at = flat.find(row.get("start", "\0"), pos)
            if at < 0:
                problem(f"{where}: start not found in order in the body")
            else:
                pos = at + 1
            actor, root, cameo = row.get("actor"), row.get("root"), row.get("cameo")
            if actor is not None and actor != "joint" and actor not in parties:
                problem(f"{where}: actor {actor!r} is not joint/null/a party")
            if root is not None and not (isinstance(root, str) and re.fullmatch(r"(0[1-9]|1[0-9]|20)", root)):
                problem(f"{where}: root {root!r}")
            if cameo is not None:
                if not (isinstance(cameo, str) and re.fullmatch(r"\d{3,4}", cameo)):
                    problem(f"{where}: cameo {cameo!r}")
                elif root is None or not cameo.startswith(root):
                    problem(f"{where}: cameo {cameo} not under root {root}")
                elif cameo not in GUIDE_CODES:
                    problem(f"{where}: cameo {cameo} not in the guide's tables")
        doc_codes = [c for c in codes if c.get("doc") == name]
        if len(doc_codes) != len(rows) or any(
                (c["actor"], c["root"], c["cameo"], c.get("clear", True)) !=
                (r["actor"], r["root"], r["cameo"], r.get("clear", True)) for c, r in zip(doc_codes, rows)):
            problem(f"{name}: gold differs from tools/codes.json (rebuild)")
    for g, want in GENRES.items():
        if genre_count.get(g, 0) != want:
            problem(f"genre {g}: {genre_count.get(g, 0)} texts (want {want})")
    stray = set(os.listdir(gdir)) - {n + ".jsonl" for n in texts} - {n + ".meta.json" for n in texts}
    for s in sorted(stray):
        problem(f"gold/{s}: no matching text")
    for p in problems:
        print(p)
    print(f"check: {len(texts)} texts, {total} units, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
