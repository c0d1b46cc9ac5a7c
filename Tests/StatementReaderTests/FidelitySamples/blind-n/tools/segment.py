"""Segmentation of the blind-n texts into units (python3 standard library only).

Rules:
- YAML front matter between the first two '---' lines gives title, date, genre.
- Lines starting with '#' are headings and are not units.
- Paragraphs are separated by blank lines; each Markdown list item ('- ', '* ')
  and each numbered paragraph ('1. ') starts a paragraph of its own; its marker
  or number is removed.
- A paragraph that is a single line and ends in ';' or ':' is one unit.
- Any other paragraph is split into sentences; each sentence is one unit.
"""
import re

ABBREV = {"mr", "mrs", "ms", "dr", "st", "no", "nos", "jr", "sr", "prof", "gen",
          "col", "lt", "vs", "etc", "e.g", "i.e", "art", "para", "smt", "shri",
          "h.e", "u.s", "u.k", "u.n", "jan", "feb", "mar", "apr", "jun", "jul",
          "aug", "sep", "sept", "oct", "nov", "dec"}
MARKER = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+)")
OPENERS = "\"'“‘(["
CLOSERS = "\"'”’)]"


def parse(text):
    lines = text.split("\n")
    meta = {}
    body_start = 0
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                body_start = i + 1
                break
            m = re.match(r"^(\w+):\s*(.*)$", lines[i])
            if m:
                v = m.group(2).strip()
                if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
                    v = v[1:-1]
                meta[m.group(1)] = v
    return meta, lines[body_start:]


def paragraphs(body_lines):
    paras, cur = [], []
    for raw in body_lines:
        line = raw.rstrip()
        if not line.strip():
            if cur:
                paras.append(cur)
                cur = []
            continue
        if line.lstrip().startswith("#"):
            if cur:
                paras.append(cur)
                cur = []
            continue
        if MARKER.match(line):
            if cur:
                paras.append(cur)
            cur = [MARKER.sub("", line, count=1)]
            continue
        cur.append(line.strip())
    if cur:
        paras.append(cur)
    return paras


def split_sentences(text):
    out, start, i, n = [], 0, 0, len(text)
    while i < n:
        c = text[i]
        if c in ".!?":
            j = i + 1
            while j < n and text[j] in CLOSERS:
                j += 1
            if j < n and text[j] == " ":
                k = j
                while k < n and text[k] == " ":
                    k += 1
                if k < n:
                    nxt = text[k]
                    if nxt in OPENERS and k + 1 < n:
                        nxt = text[k + 1]
                    if nxt.isupper() or nxt.isdigit():
                        word = re.findall(r"[\w.]+$", text[start:i])
                        w = word[0].lower() if word else ""
                        single_initial = len(w) == 1 and w.isalpha()
                        if c != "." or (w not in ABBREV and not single_initial):
                            out.append(text[start:j].strip())
                            start = k
                            i = k
                            continue
        i += 1
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def units(text):
    meta, body = parse(text)
    res = []
    for p in paragraphs(body):
        joined = re.sub(r"\s+", " ", " ".join(p)).strip()
        if not joined:
            continue
        if len(p) == 1 and joined[-1] in ";:":
            res.append(joined)
        else:
            res.extend(split_sentences(joined))
    return meta, res


def start_of(unit):
    words = re.sub(r"\s+", " ", unit).strip().split(" ")
    return " ".join(words[:8])
