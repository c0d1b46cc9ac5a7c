"""Write gold/NN-name.md.jsonl and .meta.json from the hand coding below.

Each coding row is (actor, root, cameo, clear) for the units of the text in
order (units as split by units.py, which was checked by eye against the text).
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from units import units, start  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = None  # null
U = False  # unsure line

CODING = {
    "01-reuters-germany-poland-consultations.md": (["DEU", "POL"], [
        ("DEU", "03", N), ("joint", "04", "046"), ("DEU", "01", "010"), ("POL", "01", "010"),
        ("joint", "04", "040"), ("DEU", "01", "010"), ("POL", "01", "010"), (N, N, N),
        (N, N, N), ("joint", "03", "030"), ("DEU", "03", "0312"), ("POL", "02", "020"),
        (N, N, N), ("joint", "03", "036"),
    ]),
    "02-ap-us-kenya-state-visit.md": (["KEN", "USA"], [
        ("USA", "01", "010"), (N, N, N), (N, N, N), ("USA", "01", "010"),
        ("KEN", "05", "051"), ("joint", "04", "040"), ("KEN", "01", "010"), (N, N, N, U),
        ("USA", "01", "010"), ("joint", "03", "0311"), ("joint", "05", "057"), (N, N, N, U),
        ("USA", "04", "043"), (N, N, N),
    ]),
    "03-xinhua-china-vietnam-xi-to-lam.md": (["CHN", "VNM"], [
        ("CHN", "04", "040"), ("CHN", "04", "042"), (N, N, N), ("CHN", "01", "010"),
        ("CHN", "03", "0311"), ("CHN", "02", "020"), ("VNM", "01", "010"), ("VNM", "05", "051"),
        ("VNM", "01", "013"), ("joint", "05", "057"), ("joint", "03", "036"), (N, N, N),
        ("CHN", "01", "010"), ("CHN", "04", N, U),
    ]),
    "04-pti-india-sri-lanka-defence-pact.md": (["IND", "LKA"], [
        ("joint", "05", "057"), (N, N, N), ("LKA", "01", "010"), ("IND", "01", "010"),
        ("IND", "01", "010"), ("joint", "04", "040"), ("joint", "01", "019", U), (N, N, N),
        ("joint", "05", "057"), ("joint", "06", "061"), ("joint", "03", "0311"), ("LKA", "05", N),
        ("LKA", "04", "043"), (N, N, N), ("joint", "06", "061"),
    ]),
    "05-mea-india-singapore-ministerial-roundtable.md": (["IND", "SGP"], [
        ("joint", "04", N), (N, N, N), (N, N, N), ("joint", "04", "040"),
        ("IND", "01", "010"), ("IND", "01", "010"), ("joint", "03", "030"), ("joint", "03", "0311"),
        ("joint", "04", "040"), ("IND", "04", "042"), ("IND", "04", "040"), ("SGP", "01", "013"),
        ("IND", "05", "051"), ("IND", "02", "020"), ("SGP", "03", "036", U),
    ]),
    "06-fcdo-uk-nigeria-strategic-dialogue.md": (["GBR", "NGA"], [
        ("GBR", "04", "043"), ("joint", "04", "046"), ("GBR", "01", "010"), ("GBR", "05", "051"),
        ("NGA", "05", "051"), ("joint", "03", "0311"), ("joint", "03", "030"), ("GBR", "01", "012"),
        ("NGA", "04", "040"), ("joint", "03", "030"), ("GBR", "05", "051"), ("GBR", "02", "020"),
        ("NGA", "02", "020"), ("NGA", "04", "042"),
    ]),
    "07-state-us-philippines-blinken-manalo.md": (["PHL", "USA"], [
        (N, N, N), ("USA", "04", "040"), ("joint", "04", "040"), ("USA", "01", "010"),
        ("USA", "11", "111"), ("PHL", "01", "010"), ("joint", "05", "051"), ("joint", "03", "036"),
        ("USA", "01", "010"), ("PHL", "05", "051"), ("joint", "04", "040"), ("joint", "01", "019"),
        ("USA", "04", "042"), ("USA", "01", "010", U),
    ]),
    "08-mofa-japan-italy-foreign-ministers.md": (["ITA", "JPN"], [
        ("JPN", "04", "040"), (N, N, N), ("JPN", "05", "051"), ("ITA", "01", "010"),
        ("joint", "05", "051"), ("JPN", "01", "013"), ("joint", "03", "030"), ("joint", "04", "040"),
        ("JPN", "01", "010"), ("joint", "11", "111"), ("joint", "03", "030"), ("joint", "03", "030", U),
        ("JPN", "02", "020"),
    ]),
    "09-joint-korea-poland-state-visit.md": (["KOR", "POL"], [
        ("KOR", "04", "042"), ("joint", "04", "040"), ("joint", "01", "010"), ("joint", "03", "0312"),
        ("POL", "05", "051"), ("joint", "03", "0311"), ("joint", "03", "0311"), ("joint", "11", "111"),
        ("KOR", "03", N), ("joint", "02", "020"), ("joint", "01", "012"), ("POL", "05", "051"),
        ("joint", "03", "036"), ("KOR", "05", "051"),
    ]),
    "10-joint-cyprus-egypt-greece-trilateral.md": (["CYP", "EGY", "GRC"], [
        ("EGY", "04", "043"), ("joint", "04", "040"), ("joint", "01", "010"), ("joint", "01", "012"),
        ("joint", "02", "020"), ("joint", "12", "120"), ("joint", "11", "111"), ("joint", "01", "010"),
        (N, "05", "051", U), ("joint", "05", "051"), ("joint", "03", "0311"), ("joint", "01", "010"),
        ("joint", "05", "051"), ("joint", "03", "036"),
    ]),
    "11-joint-australia-new-zealand-leaders.md": (["AUS", "NZL"], [
        ("NZL", "04", "043"), ("joint", "01", "010"), ("joint", "03", "030"), ("joint", "05", "051"),
        ("joint", "03", "030"), ("joint", "01", "012"), ("AUS", "05", "051"), ("NZL", "01", "010"),
        ("joint", "03", "0312"), ("joint", "11", "111"), ("joint", "02", "020"), ("joint", "03", "0311"),
        ("NZL", "05", "051"), ("AUS", "05", "051"),
    ]),
    "12-asean-kuala-lumpur-declaration-2045.md": (["ASN"], [
        ("joint", "04", N), ("joint", "01", "010"), ("joint", "01", "010"), ("joint", "05", "051"),
        ("joint", "01", "012"), ("joint", "01", "010", U), ("joint", "05", "051", U), ("joint", "01", "010"),
        ("joint", "05", "057"), ("joint", "03", "030"), ("joint", "03", "0311"), ("joint", "03", "030"),
        ("joint", "02", "020"), ("joint", "03", "030"), ("joint", "05", "057"),
    ]),
    "13-ots-bishkek-declaration.md": (["AZE", "KAZ", "KGZ", "TUR", "UZB"], [
        ("joint", "04", N), ("joint", "01", "010", U), ("joint", "01", "010"), ("joint", "01", "010"),
        ("joint", "01", "010"), ("joint", "05", "051"), ("joint", "01", "010"), ("joint", "03", "0311"),
        ("joint", "03", "030"), ("joint", "03", "030"), ("joint", "11", "111"), ("joint", "05", "051"),
        ("joint", "01", "012"), ("joint", "03", "036"), ("joint", "05", "057"),
    ]),
    "14-un-amr-political-declaration.md": (["UNO"], [
        ("joint", "04", N), ("joint", "01", "010"), ("joint", "01", "012"), ("joint", "01", "010"),
        ("joint", "01", "010"), ("joint", "03", "030"), ("joint", "03", "030"), ("joint", "02", "020"),
        ("joint", "05", "051"), ("joint", "02", "020"), ("joint", "03", "030"), ("joint", "02", "020"),
        ("joint", "03", "036"),
    ]),
}


def front_matter(text):
    fm = {}
    block = text.split("\n---", 1)[0]
    for line in block.splitlines()[1:]:
        m = re.match(r'(\w+):\s*"?(.*?)"?\s*$', line)
        if m:
            fm[m.group(1)] = m.group(2)
    return fm


def main():
    for doc, (parties, rows) in CODING.items():
        text = open(os.path.join(HERE, "texts", doc), encoding="utf-8").read()
        us = units(text)
        assert len(us) == len(rows), (doc, len(us), len(rows))
        starts = [start(u) for u in us]
        assert len(set(starts)) == len(starts), doc
        fm = front_matter(text)
        with open(os.path.join(HERE, "gold", doc + ".jsonl"), "w", encoding="utf-8") as f:
            for st, row in zip(starts, rows):
                actor, root, cameo = row[:3]
                rec = {"doc": doc, "start": st, "actor": actor, "root": root, "cameo": cameo}
                if len(row) > 3 and row[3] is False:
                    rec["clear"] = False
                assert cameo is None or (root is not None and cameo.startswith(root)), (doc, st)
                assert actor is None or actor == "joint" or actor in parties, (doc, st)
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        meta = {"doc": doc, "title": fm["title"], "date": fm["date"], "parties": sorted(parties)}
        with open(os.path.join(HERE, "gold", doc + ".meta.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(meta, ensure_ascii=False) + "\n")
        print(f"{doc}: {len(rows)} units, genre {fm['genre']}")


if __name__ == "__main__":
    main()
