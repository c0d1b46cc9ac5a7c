#!/usr/bin/env python3
"""Independent check of the blind-d gold files (does not import build_gold.py).

For every text in ../texts:
  * front matter has exactly title, date (YYYY-MM-DD), genre (one of four);
  * ../gold/<doc>.jsonl exists, rows have the right keys and value shapes,
    actors are "joint", null or one of the meta parties, cameo extends root;
  * every `start` occurs, in order, in the normalised text, at the start of a
    paragraph or right after sentence-final punctuation (. ! ? ; :, optionally
    followed by a closing quote or bracket); a start shorter than eight words
    must be a whole unit; every non-heading paragraph opens with some start;
  * ../gold/<doc>.meta.json has exactly doc, title, date, parties (sorted,
    unique ISO alpha-3 shapes) and agrees with the front matter.
Prints one line per problem and a summary; exit status 1 on any problem.
"""
import json, os, re, sys

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEXTS, GOLD = os.path.join(BASE, "texts"), os.path.join(BASE, "gold")
GENRES = {"wire-report", "ministry-readout", "joint-statement", "declaration"}
ROOTS = {f"{i:02d}" for i in range(1, 21)}
problems = []


def bad(doc, msg):
    problems.append(f"{doc}: {msg}")


def norm_par(p):
    p = p.replace("**", "").replace("__", "")
    p = " ".join(p.split())
    p = re.sub(r"^(?:[#*_\-]+ )+", "", p)
    p = re.sub(r"^(?:\(?\d+[.)] )", "", p)
    return p


def heading(p):
    s = p.strip()
    return s.startswith("#") or (s.startswith("**") and s.endswith("**")
                                 and s.count("**") == 2 and s[-3] not in ".;:!?")


def check_doc(doc):
    raw = open(os.path.join(TEXTS, doc), encoding="utf-8").read()
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", raw, re.S)
    if not m:
        return bad(doc, "no front matter"), 0
    front = {}
    for line in m.group(1).splitlines():
        k, sep, v = line.partition(":")
        if not sep:
            bad(doc, f"bad front matter line {line!r}"); continue
        v = v.strip()
        front[k.strip()] = v[1:-1] if v[:1] == v[-1:] == '"' and len(v) > 1 else v
    if set(front) != {"title", "date", "genre"}:
        bad(doc, f"front matter keys {sorted(front)}")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", front.get("date", "")):
        bad(doc, "date not YYYY-MM-DD")
    if front.get("genre") not in GENRES:
        bad(doc, f"genre {front.get('genre')!r}")

    # meta
    mpath = os.path.join(GOLD, doc + ".meta.json")
    parties = []
    try:
        meta = json.load(open(mpath, encoding="utf-8"))
        if set(meta) != {"doc", "title", "date", "parties"}:
            bad(doc, f"meta keys {sorted(meta)}")
        if meta.get("doc") != doc: bad(doc, "meta doc name")
        if meta.get("title") != front.get("title"): bad(doc, "meta title differs from front matter")
        if meta.get("date") != front.get("date"): bad(doc, "meta date differs from front matter")
        parties = meta.get("parties", [])
        if not parties or any(not re.fullmatch(r"[A-Z]{3}", p) for p in parties):
            bad(doc, f"parties {parties}")
        if parties != sorted(set(parties)):
            bad(doc, "parties not sorted/unique")
    except (OSError, ValueError) as e:
        bad(doc, f"meta unreadable: {e}")

    # gold rows
    gpath = os.path.join(GOLD, doc + ".jsonl")
    try:
        rows = [json.loads(l) for l in open(gpath, encoding="utf-8") if l.strip()]
    except (OSError, ValueError) as e:
        return bad(doc, f"gold unreadable: {e}"), 0
    for i, r in enumerate(rows):
        keys = set(r)
        if not ({"doc", "start", "actor", "root", "cameo"} <= keys <= {"doc", "start", "actor", "root", "cameo", "clear"}):
            bad(doc, f"row {i} keys {sorted(keys)}")
        if "clear" in r and r["clear"] is not False: bad(doc, f"row {i} clear must be false when present")
        if r.get("doc") != doc: bad(doc, f"row {i} doc {r.get('doc')!r}")
        a = r.get("actor")
        if a is not None and a != "joint" and a not in parties: bad(doc, f"row {i} actor {a!r} not a party")
        root, cameo = r.get("root"), r.get("cameo")
        if root is not None and root not in ROOTS: bad(doc, f"row {i} root {root!r}")
        if cameo is not None and (root is None or not re.fullmatch(r"\d{3,4}", cameo) or not cameo.startswith(root)):
            bad(doc, f"row {i} cameo {cameo!r} vs root {root!r}")
        if a is None and root is not None and "clear" not in r:
            bad(doc, f"row {i} coded act with null actor but not marked unclear")
    if not 12 <= len(rows) <= 15:
        bad(doc, f"{len(rows)} units (want 12-15)")

    # starts in order, at unit beginnings
    pars = [norm_par(p) for p in re.split(r"\n\s*\n", m.group(2).strip()) if p.strip() and not heading(p)]
    text = "\n".join(pars)
    par_starts, off = set(), 0
    for p in pars:
        par_starts.add(off); off += len(p) + 1
    pos, found = 0, []
    for i, r in enumerate(rows):
        s = " ".join(r["start"].split())
        if s != r["start"]: bad(doc, f"row {i} start has uncollapsed whitespace")
        hit = None
        j = text.find(s, pos)
        while j != -1:
            if j in par_starts or re.search(r"[.!?;:][\"')\]]*\s$", text[max(0, j - 4):j]):
                hit = j; break
            j = text.find(s, j + 1)
        if hit is None:
            bad(doc, f"row {i} start not found at a unit beginning after previous: {s!r}"); continue
        nwords = len(s.split())
        if nwords > 8: bad(doc, f"row {i} start longer than eight words")
        if nwords < 8:
            after = text[hit + len(s):hit + len(s) + 1]
            if not (after in ("", "\n") or (s[-1] in ".!?;:\"')" and after == " ")):
                bad(doc, f"row {i} start shorter than eight words but not a whole unit: {s!r}")
        found.append(hit); pos = hit + 1
    for ps in sorted(par_starts):
        if ps not in found:
            bad(doc, f"paragraph at offset {ps} has no unit: {text[ps:ps+40]!r}")
    return None, len(rows)


def main():
    docs = sorted(f for f in os.listdir(TEXTS) if f.endswith(".md"))
    total = 0
    for d in docs:
        _, n = check_doc(d); total += n
    extra = {f for f in os.listdir(GOLD)} - {d + ".jsonl" for d in docs} - {d + ".meta.json" for d in docs}
    for e in sorted(extra):
        problems.append(f"gold/{e}: no matching text")
    for p in problems:
        print("PROBLEM", p)
    print(f"checked {len(docs)} texts, {total} units: {'OK' if not problems else str(len(problems)) + ' problem(s)'}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
