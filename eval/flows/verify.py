import json, re, sys
from collections import Counter
ONES = {w:i for i,w in enumerate("zero one two three four five six seven eight nine".split())}
ONES.update({"oh":0,"o":0,"for":4,"to":2,"too":2,"ate":8,"free":3,"tree":3,"won":1})
TEENS = {w:10+i for i,w in enumerate("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w:(i+2)*10 for i,w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
FILL = {"uh","um","er","hmm"}
MONTHS = "january february march april may june july august september october november december".split()
def to_digits(t):
    toks = re.findall(r"[a-z]+|\d+", t.lower())
    out = ""; i = 0; mult = 1
    while i < len(toks):
        w = toks[i]
        if w in FILL: i += 1; continue
        if w.isdigit(): out += w*mult; mult=1; i += 1; continue
        if w == "double": mult = 2; i += 1; continue
        if w == "triple": mult = 3; i += 1; continue
        if w == "hundred": out += "00"; i += 1; continue
        if w in ONES: out += str(ONES[w])*mult; mult=1; i += 1; continue
        if w in TEENS: out += str(TEENS[w]); i += 1; continue
        if w in TENS:
            v = TENS[w]
            if i+1 < len(toks) and toks[i+1] in ONES and toks[i+1] not in ("oh","o","zero") :
                v += ONES[toks[i+1]]; i += 1
            out += str(v); i += 1; continue
        raise ValueError("unknown token %r in %r" % (w, t))
    return out
def luhn_ok(n):
    s=0
    for i,ch in enumerate(reversed(n)):
        d=int(ch)
        if i%2: d*=2; d-= 9 if d>9 else 0
        s+=d
    return s%10==0
WORDISH = re.compile(r"^[0-9a-z'](.*[0-9a-z])?$", re.I)
errs = 0
docs = [json.loads(l) for l in open(sys.argv[1])]
ids=set()
for d in docs:
    assert set(d) == {"id","kind","text","spans","negatives"}, d.keys()
    assert d["id"] not in ids; ids.add(d["id"])
    t = d["text"]
    ivs = []
    ent_digits = {}
    for s in d["spans"]:
        st = t[s["start"]:s["end"]]
        assert 0 <= s["start"] < s["end"] <= len(t)
        if not WORDISH.match(st) or st != st.strip():
            print(d["id"], "bad boundary", repr(st)); errs += 1
        first = re.findall(r"[a-z]+|\d+", st.lower())
        if first[0] in FILL or first[-1] in FILL:
            print(d["id"], "filler at edge", repr(st)); errs += 1
        if s["type"] in ("CARD",):
            ent_digits.setdefault(s["entity"], "")
            ent_digits[s["entity"]] += to_digits(st)
        elif s["type"] == "CVV":
            dg = to_digits(st)
            if len(dg) not in (3,4): print(d["id"], "cvv len", repr(st), dg); errs += 1
        elif s["type"] == "EXPIRY":
            low = st.lower()
            mon = next((i+1 for i,m in enumerate(MONTHS) if low.startswith(m[:3])), None)
            rest = low
            if mon:
                rest = re.sub(r"^[a-z.]+", "", low)
            rest = re.sub(r"\b(of|slash)\b", " ", rest); dg = to_digits(rest)
            if mon: mm, yy = mon, dg
            else:
                if "/" in st or "-" in st or (" " in st and st[0].isdigit()):
                    parts = re.split(r"\s*[/\- ]\s*", st); mm, yy = int(parts[0]), parts[1]
                elif st.isdigit():
                    mm, yy = int(dg[:-2]), dg[-2:]
                else:
                    # spoken: month words then year
                    mm, yy = int(dg[:-2]) if len(dg) in (3,4) else int(dg[:-4]), dg[-2:] if len(dg) in (3,4) else dg[-4:]
            yy = int(yy) % 100
            if not (1 <= mm <= 12 and 25 <= yy <= 31):
                print(d["id"], "expiry parse", repr(st), mm, yy); errs += 1
        ivs.append((s["start"], s["end"], "S"))
    for e, dg in ent_digits.items():
        if not (luhn_ok(dg) and len(dg) in (15,16)):
            print(d["id"], "card not luhn", e, dg); errs += 1
    for n in d["negatives"]:
        ivs.append((n["start"], n["end"], "N"))
        st = t[n["start"]:n["end"]]
        if st != st.strip() or not st: print(d["id"], "neg boundary", repr(st)); errs += 1
    ivs.sort()
    for a, b in zip(ivs, ivs[1:]):
        if b[0] < a[1]: print(d["id"], "overlap", a, b); errs += 1
    for s in d["spans"]:
        if s["type"]=="IGNORE" and s["variant"]=="ign_card_misread":
            dg=to_digits(t[s["start"]:s["end"]])
            assert not luhn_ok(dg)
print("docs", len(docs), "errors", errs)
print(Counter(d["kind"] for d in docs))
print(Counter(s["type"] for d in docs for s in d["spans"]))
print("card entities", sum(len({s['entity'] for s in d['spans'] if s['type']=='CARD'}) for d in docs))
print(Counter((s["type"], s["variant"]) for d in docs for s in d["spans"]))
print("docs with negatives", sum(1 for d in docs if d["negatives"]), "negatives", sum(len(d["negatives"]) for d in docs))
print("docs with no card", sum(1 for d in docs if not any(s['type']=='CARD' for s in d['spans'])))
print(Counter(n["kind"] for d in docs for n in d["negatives"]))
