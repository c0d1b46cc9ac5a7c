"""Split each text into sentence units, attach the hand coding (in order), write gold files,
and check every `start` against its text."""
import json, re, os, sys
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
T, G = os.path.join(BASE, 'texts'), os.path.join(BASE, 'gold')

def body(path):
    s = open(path, encoding='utf-8').read()
    m = re.match(r'^---\n(.*?)\n---\n(.*)$', s, re.S)
    meta = {}
    for line in m.group(1).splitlines():
        k, v = line.split(':', 1)
        meta[k.strip()] = v.strip().strip('"')
    return meta, m.group(2)

def units(text):
    out = []
    for para in re.split(r'\n\s*\n', text.strip()):
        para = ' '.join(para.split())
        para = re.sub(r'^(#+\s*|[-*]\s+|\d+\.\s+)', '', para).replace('**', '')
        if re.search(r'[;:]$', para) and para.split()[0].isupper():
            out.append(para); continue
        out += [u for u in re.split(r'(?<=[.!?]["”])\s+(?=["“A-Z])|(?<=[.!?])\s+(?=["“A-Z])', para) if u]
    return out

def start(u):
    return ' '.join(u.split()[:8])

def norm(s):
    s = s.replace('“', '"').replace('”', '"').replace('’', "'").replace('**', '')
    return ' '.join(s.lower().split())

CODES = json.load(open(os.path.join(BASE, 'tools', 'codes.json'), encoding='utf-8'))
PARTIES = json.load(open(os.path.join(BASE, 'tools', 'parties.json'), encoding='utf-8'))
show = '-v' in sys.argv
ok = True
for fn in sorted(os.listdir(T)):
    meta, b = body(os.path.join(T, fn))
    us = units(b)
    cs = CODES[fn]
    if len(us) != len(cs):
        print('COUNT MISMATCH', fn, len(us), len(cs)); ok = False
    rows = []
    ntext = norm(re.sub(r'(?m)^\d+\.\s+', '', b))
    for u, c in zip(us, cs):
        actor, root, cameo = c[0], c[1], c[2]
        assert cameo is None or (root is not None and cameo.startswith(root)), (fn, u, c)
        assert (actor is None) or root is not None, (fn, u, c)
        r = {"doc": fn, "start": start(u), "actor": actor, "root": root, "cameo": cameo}
        if len(c) > 3 and c[3] is False:
            r["clear"] = False
        if norm(r["start"]) not in ntext:
            print('START NOT IN TEXT', fn, r['start']); ok = False
        rows.append(r)
        if show:
            print(f'{str(actor):6} {str(root):5} {str(cameo):5} {"?" if "clear" in r else " "} | {u[:110]}')
    starts = [r['start'] for r in rows]
    if len(set(starts)) != len(starts):
        print('DUPLICATE START', fn); ok = False
    for p in PARTIES[fn]:
        pass
    actors = {r['actor'] for r in rows} - {None, 'joint'}
    if not actors <= set(PARTIES[fn]):
        print('ACTOR NOT A PARTY', fn, actors - set(PARTIES[fn])); ok = False
    with open(os.path.join(G, fn + '.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(G, fn + '.meta.json'), 'w', encoding='utf-8') as f:
        json.dump({"doc": fn, "title": meta['title'], "date": meta['date'],
                   "parties": sorted(PARTIES[fn])}, f, ensure_ascii=False)
        f.write('\n')
    if show: print('==', fn, meta['genre'], len(rows))
print('OK' if ok else 'ERRORS')
