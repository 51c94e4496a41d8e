import json, sys
docs = [json.loads(l) for l in open('/work/probe19b/world-pastes.jsonl')]
meta = {json.loads(l)['id']: json.loads(l) for l in open('/work/probe19b/world-pastes.meta.jsonl')}
want = set(sys.argv[1:])
for d in docs:
    m = meta[d['id']]
    if want and m['template'] not in want and d['id'] not in want: continue
    t = d['text']; out = []; last = 0
    marks = sorted([(s['start'], s['end'], s['type'][:3] + ':' + s['entity']) for s in d['spans']] + [(n['start'], n['end'], 'n') for n in d['negatives']])
    for a, b, k in marks:
        out.append(t[last:a]); out.append('[%s|%s]' % (k, t[a:b]) if k != 'n' else '{%s}' % t[a:b]); last = b
    out.append(t[last:])
    print('=====', d['id'], d['kind'], m['template'], 'use', m['intended_secret']); print(''.join(out))
