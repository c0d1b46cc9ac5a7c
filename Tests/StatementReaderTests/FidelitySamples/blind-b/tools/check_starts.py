"""Independent check of gold `start` strings against the texts.

For every gold line: the start must be eight whitespace-separated words (fewer
only if the unit is shorter), occur in the normalised body (Markdown markers and
paragraph numbers removed, spaces collapsed) at the beginning of a paragraph or
right after sentence-final punctuation, and the starts must occur in order.
"""
import glob
import json
import os
import re

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bad = 0
total = 0
for gpath in sorted(glob.glob(os.path.join(HERE, "gold", "*.jsonl"))):
    doc = os.path.basename(gpath)[:-len(".jsonl")]
    text = open(os.path.join(HERE, "texts", doc), encoding="utf-8").read()
    body = text.split("\n---", 1)[1].split("\n", 1)[1]
    paras = []
    for p in re.split(r"\n\s*\n", body):
        p = p.strip().replace("**", "")
        if not p or p == "###":
            continue
        p = re.sub(r"^\(?\d+[.)]\s+", "", p)
        paras.append(re.sub(r"\s+", " ", p))
    norm = "\n".join(paras)
    pos = 0
    meta = json.load(open(gpath[:-len(".jsonl")] + ".meta.json", encoding="utf-8"))
    assert meta["doc"] == doc
    for line in open(gpath, encoding="utf-8"):
        rec = json.loads(line)
        total += 1
        st = rec["start"]
        assert rec["doc"] == doc
        i = norm.find(st, pos)
        short_ok = i >= 0 and st[-1] in ".:;" and (i + len(st) == len(norm) or norm[i + len(st)] in "\n ")
        ok = (len(st.split()) == 8 or (len(st.split()) < 8 and short_ok)) and st == " ".join(st.split())
        if i < 0:
            ok = False
        else:
            before = norm[max(0, i - 2):i]
            ok = ok and (i == 0 or before.endswith("\n") or re.search(r'[.?!:;]["\u201d]? $', norm[max(0, i - 3):i]) is not None)
            pos = i + 1
        if not ok:
            bad += 1
            print("MISMATCH", doc, repr(st))
print(f"{total} gold lines checked, {bad} mismatches")
