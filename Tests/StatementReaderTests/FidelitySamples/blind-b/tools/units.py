"""Split a text of the sample into sentence units and give each unit's `start`.

Unit rules (as in the gold-dev genres README): one unit per sentence; in a
declaration each preambular or operative line ending in ";" or ":" is one unit;
the dateline of a wire report belongs to the first sentence. `start` is the
first eight whitespace-separated words after Markdown markers and paragraph
numbers are removed and spaces collapsed.
"""
import re
import sys

ABBREV = {"Dr.", "Smt.", "Mr.", "Ms.", "Mrs.", "Hon.", "Jr.", "p.m.", "a.m.", "U.S.", "St.", "No."}


def body(text):
    if text.startswith("---"):
        end = text.index("\n---", 3)
        text = text[end + 4:]
    return text


def clean_paragraph(p):
    p = p.replace("**", "").replace("__", "")
    p = re.sub(r"^\s*#+\s*", "", p)
    p = re.sub(r"^\s*[-*+]\s+", "", p)
    p = re.sub(r"^\s*\(?\d+[.)]\s+", "", p)
    return re.sub(r"\s+", " ", p).strip()


def split_sentences(p):
    words = p.split(" ")
    out, cur = [], []
    for i, w in enumerate(words):
        cur.append(w)
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is None:
            break
        core = w.rstrip('"\u201d)')
        if not core or core[-1] not in ".!?":
            continue
        if core in ABBREV or re.fullmatch(r"[A-Z]\.", core):
            continue
        if not re.match(r'["\u201c(]?[A-Z0-9]', nxt):
            continue
        out.append(" ".join(cur))
        cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def units(text):
    res = []
    for para in re.split(r"\n\s*\n", body(text)):
        para = para.strip()
        if not para or para == "###":
            continue
        res.extend(split_sentences(clean_paragraph(para)))
    return res


def start(unit):
    return " ".join(unit.split()[:8])


if __name__ == "__main__":
    for path in sys.argv[1:]:
        us = units(open(path, encoding="utf-8").read())
        print(f"== {path} ({len(us)} units)")
        for i, u in enumerate(us, 1):
            print(f"{i:2d}. {u}")
