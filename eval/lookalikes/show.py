import json, sys
docs=[json.loads(l) for l in open('world-lookalikes.jsonl')]
def show(d):
  t=d['text']; out=[];last=0
  marks=sorted([(s['start'],s['end'],'['+s['type']+':') for s in d['spans']]+[(n['start'],n['end'],'{'+n['kind'][4:]+':') for n in d['negatives']])
  for st,en,lab in marks:
    out.append(t[last:st]); out.append(lab+t[st:en]+(']' if lab[0]=='[' else '}')); last=en
  out.append(t[last:])
  print('=====',d['id'],d['kind'],d['domain']); print(''.join(out))
want=sys.argv[1:]
for d in docs:
  if d['id'][-4:] in want or d['kind'] in want: show(d)
