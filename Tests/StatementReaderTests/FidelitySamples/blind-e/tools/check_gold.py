#!/usr/bin/env python3
"""Independent check of the blind-e gold files (does not import build_gold.py).

For every text: the gold .jsonl exists, each line has exactly the keys doc, start,
actor, root, cameo (and optionally clear=false); every `start` occurs, in order,
at the beginning of a unit of the normalised text: the start of a paragraph (after
Markdown markers and a paragraph number are removed) or the position after a
sentence or line end (. ! ? ; : and closing quotes, then whitespace); a start of
fewer than eight words must be a whole unit. The meta file is well formed and
agrees with the text's front matter. Exit status 0 when all is well.
"""
import json
import re
import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
GENRES = {"wire-report", "ministry-readout", "joint-statement", "declaration"}
problems = []


def bad(doc, msg):
    problems.append(f"{doc}: {msg}")


def read_text(path):
    raw = path.read_text(encoding="utf-8")
    if not raw.startswith("---\n"):
        return None, None
    head, _, body = raw[4:].partition("\n---\n")
    fm = {}
    for line in head.split("\n"):
        if ":" in line:
            k, v = line.split(":", 1)
            fm[k.strip()] = v.strip().strip('"')
    return fm, body


def norm_paragraph(block):
    text = " ".join(block.split())
    text = text.replace("**", "")
    text = re.sub(r"^[#*_\-\s]+", "", text)
    text = re.sub(r"^\(?[0-9]+[.)] ", "", text)
    return text


def candidate_beginnings(body):
    """Normalised paragraphs joined by a separator, and the offsets where a unit may begin."""
    paras = [b for b in re.split(r"\n[ \t]*\n", body) if b.strip() and not b.strip().startswith("#")]
    joined, starts = "", []
    for b in paras:
        p = norm_paragraph(b)
        offset = len(joined)
        starts.append(offset)
        for m in re.finditer(r"[.!?;:][\"\u201d')]* (?=\S)", p):
            starts.append(offset + m.end())
        joined += p + "\n"
    return joined, starts, paras


def main():
    texts = sorted((BASE / "texts").glob("*.md"))
    if len(texts) != 15:
        bad("texts", f"expected 15 texts, found {len(texts)}")
    total = 0
    for tp in texts:
        doc = tp.name
        fm, body = read_text(tp)
        if fm is None:
            bad(doc, "no YAML front matter")
            continue
        if set(fm) != {"title", "date", "genre"}:
            bad(doc, f"front matter keys {sorted(fm)}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", fm.get("date", "")):
            bad(doc, "bad date")
        if fm.get("genre") not in GENRES:
            bad(doc, f"bad genre {fm.get('genre')}")
        # meta
        mp = BASE / "gold" / f"{doc}.meta.json"
        try:
            meta = json.loads(mp.read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            bad(doc, f"meta unreadable: {e}")
            meta = None
        parties = []
        if meta is not None:
            if set(meta) != {"doc", "title", "date", "parties"}:
                bad(doc, f"meta keys {sorted(meta)}")
            if meta.get("doc") != doc:
                bad(doc, "meta doc mismatch")
            if meta.get("title") != fm.get("title"):
                bad(doc, "meta title differs from front matter")
            if meta.get("date") != fm.get("date"):
                bad(doc, "meta date differs from front matter")
            parties = meta.get("parties") or []
            if (not isinstance(parties, list) or len(parties) < 2 or parties != sorted(set(parties))
                    or not all(isinstance(p, str) and re.fullmatch(r"[A-Z]{3}", p) for p in parties)):
                bad(doc, f"parties not a sorted list of >=2 distinct alpha-3 codes: {parties}")
        # gold lines
        gp = BASE / "gold" / f"{doc}.jsonl"
        if not gp.exists():
            bad(doc, "gold jsonl missing")
            continue
        joined, starts, _ = candidate_beginnings(body)
        lo = -1
        n = 0
        for i, line in enumerate(gp.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                bad(doc, f"line {i} empty")
                continue
            rec = json.loads(line)
            n += 1
            keys = set(rec)
            if keys - {"clear"} != {"doc", "start", "actor", "root", "cameo"}:
                bad(doc, f"line {i} keys {sorted(keys)}")
            if "clear" in rec and rec["clear"] is not False:
                bad(doc, f"line {i} clear must be false when present")
            if rec.get("doc") != doc:
                bad(doc, f"line {i} doc field {rec.get('doc')}")
            actor, root, cameo = rec.get("actor"), rec.get("root"), rec.get("cameo")
            if actor is not None and actor != "joint" and actor not in parties:
                bad(doc, f"line {i} actor {actor} not joint/null/party")
            if root is not None and not re.fullmatch(r"(0[1-9]|1[0-9]|20)", str(root)):
                bad(doc, f"line {i} bad root {root!r}")
            if cameo is not None and (not isinstance(cameo, str) or not re.fullmatch(r"\d{3,4}", cameo)
                                      or root is None or not cameo.startswith(root)):
                bad(doc, f"line {i} cameo {cameo!r} inconsistent with root {root!r}")
            if actor is not None and root is None:
                bad(doc, f"line {i} has an actor but no act")
            start = rec.get("start", "")
            words = start.split()
            if " ".join(words) != start or not (1 <= len(words) <= 8):
                bad(doc, f"line {i} start not 1-8 collapsed words: {start!r}")
            hit = None
            for s in starts:
                if s > lo and joined.startswith(start, s):
                    hit = s
                    break
            if hit is None:
                bad(doc, f"line {i} start not found at a unit beginning after the previous one: {start!r}")
                continue
            if len(words) < 8:
                rest = joined[hit + len(start):]
                if not (rest.startswith("\n") or rest == ""):
                    # a short whole unit must end where a sentence ends
                    if not re.match(r"[\"\u201d')]* ", rest) or not re.search(r"[.!?;:][\"\u201d')]*$", start):
                        bad(doc, f"line {i} short start is not a whole unit: {start!r}")
            lo = hit
        if not 12 <= n <= 15:
            bad(doc, f"{n} units, expected 12-15")
        total += n
    for p in problems:
        print("FAIL", p)
    print(f"{len(texts)} texts, {total} units checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
