"""Independent check: every gold `start` occurs, in order, at the beginning of a sentence
unit of its text (paragraph numbers and Markdown markers removed, spaces collapsed)."""
import json, os, re, glob
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bad = 0; total = 0
for g in sorted(glob.glob(os.path.join(BASE, 'gold', '*.jsonl'))):
    doc = os.path.basename(g)[:-len('.jsonl')]
    text = open(os.path.join(BASE, 'texts', doc), encoding='utf-8').read().split('---', 2)[2]
    text = re.sub(r'(?m)^\s*\d+\.\s+', '', text).replace('**', '')
    flat = ' '.join(text.split())
    pos = 0
    meta = json.load(open(g[:-len('.jsonl')] + '.meta.json'))
    assert meta['doc'] == doc and re.match(r'^\d{4}-\d{2}-\d{2}$', meta['date']) and meta['parties'] == sorted(meta['parties'])
    for line in open(g, encoding='utf-8'):
        r = json.loads(line); total += 1
        assert r['doc'] == doc and len(r['start'].split()) <= 8
        i = flat.find(r['start'], pos)
        at_unit_start = i == 0 or (i > 0 and flat[i-1] == ' ' and re.search(r'[.!?;:"]$', flat[:i-1]))
        if i < 0 or not at_unit_start:
            print('BAD', doc, r['start']); bad += 1
        else:
            pos = i + len(r['start'])
print(total, 'starts checked,', bad, 'bad')
