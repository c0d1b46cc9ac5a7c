#!/usr/bin/env python3
"""Independent check of the blind-g sample (does not import build.py).

For every texts/X.md it verifies that gold/X.md.jsonl and gold/X.md.meta.json exist
and that:
  * every line is JSON with exactly the keys doc, start, actor, root, cameo (+ optional clear=false);
  * doc is the file name; start has at most eight words;
  * actor is "joint", null or one of the meta parties; root is null or a known two-digit
    CAMEO root; cameo is null or a 3-4 digit code beginning with root; no cameo without root;
  * each start occurs, in order, at a unit beginning of the text (own normalisation:
    quotes folded, Markdown markers, list bullets and paragraph numbers dropped, case
    and whitespace folded; unit beginnings = start of each body line and each position
    after sentence-final punctuation followed by a space);
  * the number of gold lines equals the number of unit beginnings and lies in 12..15;
  * meta title and date equal the front matter, date is ISO, parties are sorted,
    unique, three upper-case letters; genre is one of the four genres.
Prints each problem and a final "N problems".
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
GENRES = {"ministry-readout", "wire-report", "joint-statement", "declaration"}
ROOTS = {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
         "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}
KEYS = {"doc", "start", "actor", "root", "cameo"}

problems = []


def bad(doc, msg):
    problems.append(f"{doc}: {msg}")


def fold(s):
    s = s.translate({0x201c: '"', 0x201d: '"', 0x2018: "'", 0x2019: "'"})
    s = s.replace("**", "").replace("*", "").replace("`", "")
    return " ".join(s.lower().split())


def body_lines(text):
    parts = text.split("\n---\n", 1)
    head = parts[0].lstrip("-\n")
    fm = {}
    for line in head.splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            fm[k.strip()] = v.strip().strip('"').strip("'")
    lines = []
    for line in parts[1].splitlines():
        t = line.strip()
        if not t or t.startswith("#"):
            continue
        t = re.sub(r"^(?:[-*+] |\d{1,3}\. |\(\w{1,3}\) )", "", t)
        lines.append(fold(t))
    return fm, lines


def beginnings(lines):
    """Return list of (line index, offset) of unit beginnings."""
    out = []
    for i, ln in enumerate(lines):
        out.append((i, 0))
        for m in re.finditer(r"[.!?][\"')]? (?=[\"'(a-z0-9\u00c0-\u017f])", ln):
            nxt = m.end()
            # only a sentence break if the original next char is upper case / quote / digit;
            # after folding we cannot see case, so require the previous token not to be an
            # abbreviation-like single letter
            prev = ln[:m.start()].split(" ")[-1] if ln[:m.start()] else ""
            if len(prev) == 1 and prev.isalpha():
                continue
            out.append((i, nxt))
    return out


def check_doc(tpath):
    doc = tpath.name
    gpath = ROOT / "gold" / f"{doc}.jsonl"
    mpath = ROOT / "gold" / f"{doc}.meta.json"
    if not gpath.exists() or not mpath.exists():
        bad(doc, "gold or meta file missing")
        return
    fm, lines = body_lines(tpath.read_text(encoding="utf-8"))
    meta = json.loads(mpath.read_text(encoding="utf-8"))
    # meta
    if set(meta) != {"doc", "title", "date", "parties"}:
        bad(doc, f"meta keys {sorted(meta)}")
    if meta.get("doc") != doc:
        bad(doc, "meta doc differs from file name")
    if meta.get("title") != fm.get("title"):
        bad(doc, "meta title differs from front matter")
    if meta.get("date") != fm.get("date") or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("date", "")):
        bad(doc, "meta date differs from front matter or is not ISO")
    if fm.get("genre") not in GENRES:
        bad(doc, f"genre {fm.get('genre')!r}")
    parties = meta.get("parties", [])
    if parties != sorted(set(parties)) or not all(re.fullmatch(r"[A-Z]{3}", p) for p in parties) or len(parties) < 2:
        bad(doc, f"parties {parties}")
    # gold lines
    rows = []
    for n, line in enumerate(gpath.read_text(encoding="utf-8").splitlines(), 1):
        try:
            r = json.loads(line)
        except ValueError:
            bad(doc, f"line {n} is not JSON")
            continue
        keys = set(r)
        if not (keys == KEYS or (keys == KEYS | {"clear"} and r["clear"] is False)):
            bad(doc, f"line {n} keys {sorted(keys)}")
        if r.get("doc") != doc:
            bad(doc, f"line {n} doc field")
        a, ro, c = r.get("actor"), r.get("root"), r.get("cameo")
        if not (a is None or a == "joint" or a in parties):
            bad(doc, f"line {n} actor {a!r} not joint/null/party")
        if ro is not None and ro not in ROOTS:
            bad(doc, f"line {n} root {ro!r}")
        if c is not None and (ro is None or not re.fullmatch(r"\d{3,4}", c) or not c.startswith(ro)):
            bad(doc, f"line {n} cameo {c!r} with root {ro!r}")
        if not isinstance(r.get("start"), str) or len(r["start"].split()) > 8 or not r["start"].strip():
            bad(doc, f"line {n} start not 1-8 words")
        rows.append(r)
    begins = beginnings(lines)
    if len(rows) != len(begins):
        bad(doc, f"{len(rows)} gold lines but {len(begins)} unit beginnings in text")
    if not 12 <= len(rows) <= 15:
        bad(doc, f"{len(rows)} units, outside 12..15")
    # in-order matching of starts at unit beginnings
    pos = 0
    for n, r in enumerate(rows, 1):
        s = fold(r.get("start", ""))
        found = None
        for k in range(pos, len(begins)):
            i, off = begins[k]
            if lines[i][off:].startswith(s):
                found = k
                break
        if found is None:
            bad(doc, f"line {n} start {r.get('start')!r} not found in order at a unit beginning")
        else:
            if found != n - 1:
                bad(doc, f"line {n} matched unit {found + 1}")
            pos = found + 1
    return len(rows)


def main():
    texts = sorted((ROOT / "texts").glob("*.md"))
    golds = sorted(p.name[:-6] for p in (ROOT / "gold").glob("*.jsonl"))
    if golds != [t.name for t in texts]:
        problems.append("gold files do not correspond one to one with texts")
    total = 0
    for t in texts:
        total += check_doc(t) or 0
    for p in problems:
        print(p)
    print(f"{len(texts)} texts, {total} units, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
