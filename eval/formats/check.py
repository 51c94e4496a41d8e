#!/usr/bin/env python3
"""Validate /tmp/probe5/docs.jsonl (written independently of gen.py's helpers)."""
import csv, io, json, re, sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from collections import Counter, defaultdict

ARGS = [a for a in sys.argv[1:] if not a.startswith('-')]
PATH = ARGS[0] if ARGS else '/tmp/probe5/docs.jsonl'

DIG = {'zero': 0, 'oh': 0, 'o': 0, 'one': 1, 'won': 1, 'two': 2, 'to': 2, 'too': 2, 'three': 3, 'free': 3,
       'four': 4, 'for': 4, 'five': 5, 'six': 6, 'sex': 6, 'seven': 7, 'eight': 8, 'ate': 8, 'nine': 9, 'nein': 9}
TEENS = {w: 10 + i for i, w in enumerate('ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split())}
TENS = {w: 20 + 10 * i for i, w in enumerate('twenty thirty forty fifty sixty seventy eighty ninety'.split())}
MONTHS = {m: i + 1 for i, m in enumerate('january february march april may june july august september october november december'.split())}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS['sept'] = 9
FILLERS = {'uh', 'um', 'hmm', 'mhm', 'hesitation', 'no', 'slash', 'of', 'and', 'then'}
KINDS = {'transcript', 'notes', 'chat', 'email', 'export'}
TYPES = {'CARD', 'SSN', 'CVV', 'EXPIRY', 'IGNORE'}
SECRET = {'CARD', 'SSN', 'CVV', 'EXPIRY'}


def luhn(s):
    total = 0
    for i, c in enumerate(s[::-1]):
        v = int(c) * (2 if i % 2 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def brand(d):
    n = len(d)
    if not d.isdigit() or n < 12:
        return None
    p2, p3, p4 = int(d[:2]), int(d[:3]), int(d[:4])
    if d[0] == '4' and n in (13, 16, 19):
        return 'visa'
    if n == 16 and (51 <= p2 <= 55 or 2221 <= p4 <= 2720):
        return 'mastercard'
    if n == 15 and p2 in (34, 37):
        return 'amex'
    if n in (16, 19) and (p4 == 6011 or 644 <= p3 <= 649 or p2 == 65):
        return 'discover'
    if 16 <= n <= 19 and 3528 <= p4 <= 3589:
        return 'jcb'
    if n in (14, 16) and (p2 in (36, 38, 39) or 300 <= p3 <= 305):
        return 'diners'
    if 16 <= n <= 19 and p2 == 62:
        return 'unionpay'
    if 12 <= n <= 19 and d[:4] in ('5018', '5020', '5038', '5893', '6304', '6759', '6761', '6762', '6763'):
        return 'maestro'
    return None


def is_card(d):
    return brand(d) is not None and luhn(d)


def ssn_ok(d):
    return len(d) == 9 and d[:3] not in ('000', '666') and d[0] != '9' and d[3:5] != '00' and d[5:] != '0000'


def aba_ok(d):
    return len(d) == 9 and sum(int(c) * w for c, w in zip(d, [3, 7, 1] * 3)) % 10 == 0


def read(text):
    """-> (digits, [marker positions], month or None). Tokens separated by punctuation do not combine."""
    toks = re.findall(r"[a-z]+|\d+|[^\sa-z\d]", text.lower())
    out, marks, month = '', [], None
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out += t
        elif t in DIG:
            out += str(DIG[t])
        elif t in TEENS:
            out += str(TEENS[t])
        elif t in TENS:
            if nxt in DIG and DIG[nxt] != 0:
                out += str(TENS[t] + DIG[nxt])
                i += 1
            else:
                out += str(TENS[t])
        elif t in ('double', 'triple') and nxt in DIG:
            out += str(DIG[nxt]) * (2 if t == 'double' else 3)
            i += 1
        elif t == 'sorry' or (t == 'mean' and i > 0 and toks[i - 1] == 'i'):
            marks.append(len(out))
        elif t in MONTHS and month is None:
            month = MONTHS[t]
        i += 1
    return out, marks, month


def candidates(digits, marks):
    cands = {digits}
    for p in marks:
        for g in range(1, 7):
            if p - g >= 0 and p + g <= len(digits):
                cands.add(digits[:p - g] + digits[p:])
    return cands


def expiry_ok(digits, month):
    if month:
        return len(digits) in (2, 4) and (digits[-2:].isdigit())
    d = digits
    if len(d) == 6 and d.startswith('20') and 1 <= int(d[4:]) <= 12:   # YYYYMM
        return True
    for mlen in (1, 2):
        m, y = d[:mlen], d[mlen:]
        if m and 1 <= int(m) <= 12 and (len(y) == 2 or (len(y) == 4 and y.startswith('20'))):
            return True
    return False


class HP(HTMLParser):
    pass


def fmt_check(doc):
    lay, t = doc['layout'], doc['text']
    errs = []
    if 'JSON-lines' in lay or 'JSONL' in lay:
        for k, line in enumerate(t.splitlines()):
            if line.strip():
                try:
                    json.loads(line)
                except Exception as e:
                    errs.append('JSONL line %d: %s' % (k, e))
    elif 'JSON' in lay:
        try:
            json.loads(t)
        except Exception as e:
            errs.append('JSON: %s' % e)
    if 'CSV' in lay or 'TSV' in lay:
        rows = list(csv.reader(io.StringIO(t, newline=''), delimiter='\t' if 'TSV' in lay else ','))
        rows = [r for r in rows if r]
        if len({len(r) for r in rows}) != 1:
            errs.append('CSV ragged: %s' % sorted({len(r) for r in rows}))
    if 'XML' in lay:
        try:
            ET.fromstring(t.encode('utf-8'))
        except Exception as e:
            errs.append('XML: %s' % e)
    if 'HTML' in lay and 'JSON' not in lay:
        try:
            HP().feed(t)
        except Exception as e:
            errs.append('HTML: %s' % e)
    if 'VTT' in lay and not t.startswith('WEBVTT'):
        errs.append('VTT header missing')
    if 'SRT' in lay and not re.match(r'1\n\d\d:\d\d:\d\d,\d{3} --> ', t):
        errs.append('SRT cue format')
    return errs


def main():
    docs = [json.loads(l) for l in open(PATH, encoding='utf-8')]
    errors = []
    ids = Counter(d['id'] for d in docs)
    for k, v in ids.items():
        if v > 1:
            errors.append('%s: duplicate id' % k)
    type_count, kind_count, neg_kinds, variants = Counter(), Counter(), Counter(), Counter()
    multi, nosecret, structured = [], [], []
    frag_negs = Counter()
    entity_count = Counter()
    for doc in docs:
        did, t = doc['id'], doc['text']
        E = lambda m: errors.append('%s: %s' % (did, m))
        if doc['kind'] not in KINDS:
            E('bad kind %s' % doc['kind'])
        kind_count[doc['kind']] += 1
        for e in fmt_check(doc):
            E(e)
        spans, negs = doc['spans'], doc['negatives']
        iv = []
        for s in spans:
            if s['type'] not in TYPES:
                E('bad type %s' % s['type'])
            if not (0 <= s['start'] < s['end'] <= len(t)):
                E('span out of range %s' % s)
                continue
            if not s.get('variant'):
                E('no variant')
            if not isinstance(s.get('entity'), int):
                E('entity not int')
            v = t[s['start']:s['end']]
            if s['type'] in SECRET and not (v[0].isalnum() and v[-1].isalnum()):
                E('span not trimmed %r' % v)
            if s['type'] == 'IGNORE' and not ((v[0].isalnum() or v[0] in '*X') and (v[-1].isalnum() or v[-1] == '*')):
                E('ignore span not trimmed %r' % v)
            iv.append((s['start'], s['end'], 'S'))
            type_count[s['type']] += 1
            variants[(s['type'], s['variant'])] += 1
        for n in negs:
            if not (0 <= n['start'] < n['end'] <= len(t)):
                E('neg out of range %s' % n)
                continue
            iv.append((n['start'], n['end'], 'N'))
            neg_kinds[n['kind']] += 1
        iv.sort()
        for a, b in zip(iv, iv[1:]):
            if b[0] < a[1]:
                E('overlap %s %r / %s %r' % (a, t[a[0]:a[1]], b, t[b[0]:b[1]]))
        if not negs:
            E('no negatives')
        # entities
        ents = defaultdict(list)
        for s in spans:
            ents[s['entity']].append(s)
        nsecret = 0
        for eid, ss in ents.items():
            ss.sort(key=lambda x: x['start'])
            tys = {x['type'] for x in ss}
            if len(tys) != 1:
                E('entity %d mixes types %s' % (eid, tys))
                continue
            ty = tys.pop()
            if ty == 'IGNORE':
                continue
            nsecret += 1
            joined = ''
            for k, x in enumerate(ss):
                if k:
                    between = t[ss[k - 1]['end']:x['start']].lower()
                    bw = set(re.findall(r'[a-z]+', between))
                    joined += ' sorry ' if ('sorry' in bw or {'i', 'mean'} <= bw) else ' '
                joined += t[x['start']:x['end']]
            digits, marks, month = read(joined)
            cands = candidates(digits, marks)
            if len(ss) > 1:   # fragments may be stored newest-first (e.g. Messenger exports)
                rj = ' '.join(t[x['start']:x['end']] for x in reversed(ss))
                cands |= candidates(*read(rj)[:2])
            show = '%r -> %s' % (joined[:120], digits)
            if ty == 'CARD':
                if not any(is_card(c) for c in cands):
                    E('CARD not valid: ' + show)
            elif ty == 'SSN':
                if not any(ssn_ok(c) for c in cands):
                    E('SSN not valid: ' + show)
            elif ty == 'CVV':
                if not any(len(c) in (3, 4) for c in cands):
                    E('CVV not 3/4 digits: ' + show)
            elif ty == 'EXPIRY':
                if not expiry_ok(digits, month):
                    E('EXPIRY unparsable: ' + show)
        if nsecret == 0:
            nosecret.append(did)
        for eid, ss in ents.items():
            entity_count[ss[0]['type']] += 1
        if any(s['type'] in ('EXPIRY', 'CVV') for s in spans) and not any(s['type'] == 'CARD' for s in spans):
            E('EXPIRY/CVV without any card in the document')
        # every typed occurrence of a secret's digits must be covered by a span of that type
        dpos = [i for i, ch in enumerate(t) if ch.isdigit()]
        dstr = ''.join(t[i] for i in dpos)
        for eid, ss in ents.items():
            ty = ss[0]['type']
            if ty not in ('CARD', 'SSN'):
                continue
            val = ''.join(re.sub(r'\D', '', t[x['start']:x['end']]) for x in ss)
            if not ((ty == 'CARD' and is_card(val)) or (ty == 'SSN' and ssn_ok(val))):
                continue
            cov = [(x['start'], x['end']) for x in spans if x['type'] == ty]
            k = dstr.find(val)
            while k >= 0:
                for p in dpos[k:k + len(val)]:
                    if not any(a <= p < b for a, b in cov):
                        E('%s digits %s occur outside %s spans at %d' % (ty, val, ty, p))
                        break
                k = dstr.find(val, k + 1)
        if nsecret >= 2:
            multi.append(did)
        if any(k in doc['layout'] for k in ('JSON', 'CSV', 'TSV', 'HTML', 'XML')):
            structured.append(did)
        # negatives content checks
        for n in negs:
            v = t[n['start']:n['end']]
            digits, _, _ = read(v)
            k = n['kind']
            full = {'neg_imei': 15, 'neg_iccid': 19, 'neg_sin': 9, 'neg_aba': 9, 'neg_loyalty_luhn': 16, 'neg_order_cardlike': 16}.get(k)
            if full and len(digits) < full:
                frag_negs[k] += 1   # a fragment of a negative split across words/segments
                continue
            if 12 <= len(digits) <= 19 and is_card(digits):
                E('negative %s looks like a card: %r' % (k, v))
            if k == 'neg_imei' and not (len(digits) == 15 and luhn(digits)):
                E('bad IMEI %r' % v)
            if k == 'neg_iccid' and not (digits.startswith('89') and len(digits) in (19, 20) and luhn(digits)):
                E('bad ICCID %r' % v)
            if k == 'neg_sin' and not (len(digits) == 9 and luhn(digits)):
                E('bad SIN %r' % v)
            if k == 'neg_aba' and not aba_ok(digits):
                E('bad ABA %r' % v)
            if k == 'neg_loyalty_luhn' and not (len(digits) == 16 and luhn(digits)):
                E('bad luhn loyalty %r' % v)
            if k == 'neg_order_cardlike' and not (len(digits) == 16 and digits[0] == '4' and not luhn(digits)):
                E('bad cardlike order %r' % v)
        # unlabelled card-shaped numbers / SSN-shaped numbers outside secret spans
        cover = [(s['start'], s['end']) for s in spans]
        inside = lambda a, b: any(x <= a and b <= y for x, y in cover) or any(a < y and x < b for x, y in cover)
        for m in re.finditer(r'(?<![\dA-Za-z])\d(?:[ -]?\d){11,18}(?![\dA-Za-z])', t):
            d = re.sub(r'\D', '', m.group())
            if is_card(d) and not inside(m.start(), m.end()):
                E('unlabelled card-like number %r' % m.group())
        for m in re.finditer(r'(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])', t):
            if not inside(m.start(), m.end()):
                E('unlabelled SSN-shaped number %r' % m.group())
    # -------- summary
    print('documents: %d' % len(docs))
    print('kinds: %s' % dict(kind_count))
    print('span types: %s' % dict(type_count))
    print('items (entities) per type: %s' % dict(entity_count))
    print('negatives: %d (%d kinds)' % (sum(neg_kinds.values()), len(neg_kinds)))
    print('negative fragments (split across words/segments, not content-checked): %s' % dict(frag_negs))
    print('structured (JSON/CSV/TSV/HTML/XML) docs: %d' % len(structured))
    print('docs with >=2 secret items: %d' % len(multi))
    print('docs with no secrets: %d %s' % (len(nosecret), nosecret))
    need = [('transcript >= 30', kind_count['transcript'] >= 30),
            ('notes/chat/email >= 25', kind_count['notes'] + kind_count['chat'] + kind_count['email'] >= 25),
            ('structured >= 15', len(structured) >= 15), ('multi-secret >= 15', len(multi) >= 15),
            ('no-secret 8..16', 8 <= len(nosecret) <= 16)]
    for name, ok in need:
        if not ok:
            errors.append('coverage: ' + name)
    if '-v' in sys.argv:
        for k, v in sorted(variants.items()):
            print('  %-7s %-40s %d' % (k[0], k[1], v))
        for k, v in sorted(neg_kinds.items()):
            print('  %-30s %d' % (k, v))
    print('errors: %d' % len(errors))
    for e in errors[:200]:
        print('  ' + e)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
