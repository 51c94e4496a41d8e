#!/usr/bin/env python3
"""Validator for world-stt.jsonl (stdlib only).

Checks: JSON shape; offsets in range; spans/negatives slice to a value that starts
and ends on a letter or digit; no overlaps; embedded JSON parses; each labelled
entity decodes (digits, digit words, homophones, pairs, double/triple,
quantities, month names) to the value stored in meta; Luhn for valid cards and
Luhn failure for cards marked luhn_valid=false; SSA rules for SSNs; expiry month
and year; prints counts by type/variant/format/scenario/negative kind."""
import collections
import json
import re
import sys

PATH = sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit('/', 1)[0] + '/world-stt.jsonl'

UNITS = {'zero': 0, 'oh': 0, 'o': 0, 'nought': 0, 'one': 1, 'won': 1, 'two': 2, 'to': 2, 'too': 2, 'three': 3,
         'four': 4, 'for': 4, 'five': 5, 'six': 6, 'seven': 7, 'eight': 8, 'ate': 8, 'nine': 9, 'nein': 9}
TEENS = {'ten': 10, 'eleven': 11, 'twelve': 12, 'thirteen': 13, 'fourteen': 14, 'fifteen': 15, 'sixteen': 16,
         'seventeen': 17, 'eighteen': 18, 'nineteen': 19}
TENS = {'twenty': 2, 'thirty': 3, 'forty': 4, 'fifty': 5, 'sixty': 6, 'seventy': 7, 'eighty': 8, 'ninety': 9}
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
          'november', 'december']
MON = {m: i + 1 for i, m in enumerate(MONTHS)}
MON.update({m[:3]: i + 1 for i, m in enumerate(MONTHS)})


def luhn(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c) * (2 if i % 2 else 1)
        t += x - 9 if x > 9 else x
    return t % 10 == 0


def ssn_ok(d):
    return len(d) == 9 and d[:3] not in ('000', '666') and d[0] != '9' and d[3:5] != '00' and d[5:] != '0000'


REAL_UNITS = {k: v for k, v in UNITS.items() if k not in ('oh', 'o', 'zero', 'nought', 'to', 'too', 'for', 'won', 'ate', 'nein')}


def parse_quantity(toks, i):
    """[U thousand] [U hundred] [T [U] | teen | U]  -> (digits, next index) or (None, i).
    Only applies when 'thousand' or 'hundred' follows a plain unit word."""
    j = i
    val = 0
    big = False
    if j + 1 < len(toks) and toks[j] in REAL_UNITS and toks[j + 1] == 'thousand':
        val += REAL_UNITS[toks[j]] * 1000
        j += 2
        big = True
    if j + 1 < len(toks) and toks[j] in REAL_UNITS and toks[j + 1] == 'hundred':
        val += REAL_UNITS[toks[j]] * 100
        j += 2
        big = True
    if not big:
        return None, i
    if j < len(toks) and toks[j] in TENS:
        val += TENS[toks[j]] * 10
        j += 1
        if j < len(toks) and toks[j] in REAL_UNITS:
            val += REAL_UNITS[toks[j]]
            j += 1
    elif j < len(toks) and toks[j] in TEENS:
        val += TEENS[toks[j]]
        j += 1
    elif j < len(toks) and toks[j] in REAL_UNITS:
        val += REAL_UNITS[toks[j]]
        j += 1
    return str(val), j


def decode(text):
    """Spoken/written number text -> (digit string, month or None)."""
    toks = re.findall(r"\d|[a-z]+|[.,;?!]", text.lower())
    out, month = [], None
    i = 0
    # quantity runs: a run of number words that contains hundred/thousand (not 'X hundred' after pairs like 'forty one hundred')
    while i < len(toks):
        w = toks[i]
        if w.isdigit():
            out.append(w)
        elif w in ('double', 'triple') and i + 1 < len(toks) and (toks[i + 1] in UNITS or toks[i + 1].isdigit()):
            n = 2 if w == 'double' else 3
            v = toks[i + 1] if toks[i + 1].isdigit() else str(UNITS[toks[i + 1]])
            out.append(v * n)
            i += 1
        elif w in UNITS or w in TEENS or w in TENS:
            q, j = parse_quantity(toks, i)
            if q is not None:
                out.append(q)
                i = j
                continue
            if w in UNITS:
                out.append(str(UNITS[w]))
            elif w in TEENS:
                out.append(str(TEENS[w]))
            elif w in TENS:
                if i + 1 < len(toks) and toks[i + 1] in UNITS and toks[i + 1] not in ('oh', 'o', 'zero', 'to', 'too', 'for'):
                    out.append(str(TENS[w]) + str(UNITS[toks[i + 1]]))
                    i += 1
                else:
                    out.append(str(TENS[w]) + '0')
        elif w == 'hundred':
            out.append('00')
        elif w in MON and month is None:
            month = MON[w]
        i += 1
    return ''.join(out), month


def main():
    errs = []
    docs = []
    with open(PATH, encoding='utf-8') as fh:
        for ln, line in enumerate(fh, 1):
            try:
                docs.append(json.loads(line))
            except Exception as ex:  # noqa
                errs.append('line %d: bad json %s' % (ln, ex))
    c_type, c_var, c_fmt, c_scen, c_neg, c_kind = (collections.Counter() for _ in range(6))
    c_brand = collections.Counter()
    ents_total = collections.Counter()
    renders_total = collections.Counter()
    ids = set()
    for d in docs:
        did = d.get('id')
        for k in ('id', 'kind', 'text', 'spans', 'negatives', 'meta'):
            if k not in d:
                errs.append('%s: missing %s' % (did, k))
        if did in ids:
            errs.append('duplicate id %s' % did)
        ids.add(did)
        t = d['text']
        meta = d['meta']
        c_kind[d['kind']] += 1
        c_fmt[meta['format']] += 1
        c_scen[meta['scenario']] += 1
        if '⟦' in t or '⟧' in t:
            errs.append('%s: markup left in text' % did)
        if meta.get('embedded_json') == 'document':
            try:
                json.loads(t)
            except Exception as ex:  # noqa
                errs.append('%s: embedded JSON invalid: %s' % (did, ex))
        elif meta.get('embedded_json') == 'lines':
            for l in t.split('\n'):
                try:
                    json.loads(l)
                except Exception as ex:  # noqa
                    errs.append('%s: JSON line invalid: %s' % (did, ex))
        iv = []
        byent = collections.defaultdict(list)
        items = set()
        if len(meta.get('span_renderings', [])) != len(d['spans']):
            errs.append('%s: span_renderings length mismatch' % did)
        for s in d['spans']:
            a, b = s['start'], s['end']
            if not (0 <= a < b <= len(t)):
                errs.append('%s: span out of range %r' % (did, s))
                continue
            v = t[a:b]
            if not (v[0].isalnum() or v[0] in '$') or not v[-1].isalnum():
                errs.append('%s: span edges not on value %r' % (did, v))
            if s['type'] not in ('CARD', 'SSN', 'CVV', 'EXPIRY', 'IGNORE'):
                errs.append('%s: bad type %r' % (did, s))
            iv.append((a, b, 'S'))
            rend = meta['span_renderings'][d['spans'].index(s)]
            byent[(s['entity'], rend)].append(s)
            items.add(s['entity'])
            c_type[s['type']] += 1
            c_var[(s['type'], s['variant'])] += 1
            if s['type'] == 'CARD' and 'brand' in s:
                c_brand[s['brand']] += 1
        for n in d['negatives']:
            a, b = n['start'], n['end']
            if not (0 <= a < b <= len(t)):
                errs.append('%s: neg out of range %r' % (did, n))
                continue
            v = t[a:b]
            if not (v[0].isalnum() or v[0] in '+($#') or not (v[-1].isalnum() or v.endswith('.m.')):
                errs.append('%s: negative edges %r' % (did, v))
            iv.append((a, b, 'N'))
            c_neg[n['kind']] += 1
        iv.sort()
        for x, y in zip(iv, iv[1:]):
            if y[0] < x[1]:
                errs.append('%s: overlap %r %r' % (did, x, y))
        # entity checks
        for e in items:
            typs = {s['type'] for (ee, _), ss in byent.items() if ee == e for s in ss}
            if len(typs) != 1:
                errs.append('%s: entity %s mixes types %s' % (did, e, typs))
            ents_total[typs.pop()] += 1
        for (e, rend), spans in byent.items():
            typ = spans[0]['type']
            renders_total[typ] += 1
            if typ == 'IGNORE':
                continue
            info = dict(meta['entities'].get(e) or {})
            if not info:
                errs.append('%s: entity %s has no meta' % (did, e))
                continue
            if rend.startswith('_p'):
                info['partial_hypothesis'] = True
            spans = sorted(spans, key=lambda s: s['start'])
            joined = ' '.join(t[s['start']:s['end']] for s in spans)
            dig, month = decode(joined)
            if typ == 'CARD':
                ref = info['digits']
                if info.get('luhn_valid') is True and not luhn(ref):
                    errs.append('%s: %s card marked valid fails Luhn' % (did, e))
                if info.get('luhn_valid') is False and luhn(ref):
                    errs.append('%s: %s card marked luhn_valid=false passes Luhn' % (did, e))
                said = info.get('said', ref)
                if info.get('partial_hypothesis'):
                    if not dig:
                        errs.append('%s: %s partial hypothesis without digits' % (did, e))
                elif said is not None and dig != said:
                    errs.append('%s: %s decodes to %s, expected %s  <%s>' % (did, e, dig, said, joined))
                if said is None and not dig:
                    errs.append('%s: %s has no digits' % (did, e))
            elif typ == 'SSN':
                if not ssn_ok(info['digits']):
                    errs.append('%s: %s SSN breaks SSA rules' % (did, e))
                if dig != info['digits']:
                    errs.append('%s: %s SSN decodes to %s, expected %s <%s>' % (did, e, dig, info['digits'], joined))
            elif info.get('partial_hypothesis'):
                if not dig and month is None:
                    errs.append('%s: %s partial hypothesis without digits' % (did, e))
            elif typ == 'CVV':
                if dig != info['digits']:
                    errs.append('%s: %s CVV decodes to %s, expected %s <%s>' % (did, e, dig, info['digits'], joined))
            elif typ == 'EXPIRY':
                m, y = info['month'], info['year']
                ok = False
                yy = str(y)[2:]
                if month is not None:
                    ok = month == m and dig.endswith(yy)
                else:
                    for mm in ('%02d' % m, str(m)):
                        if dig in (mm + yy, mm + str(y)):
                            ok = True
                if not ok:
                    errs.append('%s: %s expiry decodes to %s/%s, expected %s/%s <%s>' % (did, e, month, dig, m, y, joined))
    nspans = sum(c_type.values())
    nnegs = sum(c_neg.values())
    print('documents: %d  spans: %d  negatives: %d' % (len(docs), nspans, nnegs))
    print('items (entities) by type:', dict(ents_total), ' total non-IGNORE:', sum(v for k, v in ents_total.items() if k != 'IGNORE'))
    print('renderings (entity x rendering) by type:', dict(renders_total))
    print('spans by type:', dict(c_type))
    print('kinds:', dict(c_kind))
    print('\nformats:')
    for k, v in sorted(c_fmt.items()):
        print('  %-32s %d' % (k, v))
    print('\nscenarios:')
    for k, v in sorted(c_scen.items()):
        print('  %-24s %d' % (k, v))
    print('\nspan variants:')
    for k, v in sorted(c_var.items()):
        print('  %-8s %-40s %d' % (k[0], k[1], v))
    print('\ncard brands (spans):', dict(c_brand))
    print('\nnegative kinds:')
    for k, v in sorted(c_neg.items()):
        print('  %-26s %d' % (k, v))
    print('\nno-span documents:', sum(1 for d in docs if not [s for s in d['spans'] if s['type'] != 'IGNORE']))
    if errs:
        print('\nERRORS (%d):' % len(errs))
        for e in errs:
            print('  ' + e)
        sys.exit(1)
    print('\nOK: all checks passed')


if __name__ == '__main__':
    main()
