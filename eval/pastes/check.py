#!/usr/bin/env python3
"""Checker for world-pastes.jsonl (stdlib only). Exit 1 on any error."""
import json, re, sys, os, html, urllib.parse, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import luhn_ok, brand_of

HERE = os.path.dirname(os.path.abspath(__file__))
WORDS = {'zero': '0', 'oh': '0', 'one': '1', 'two': '2', 'three': '3', 'four': '4', 'five': '5', 'six': '6', 'seven': '7', 'eight': '8', 'nine': '9'}
OCR = {'O': '0', 'o': '0', 'l': '1', 'I': '1', '|': '1', 'S': '5', 'B': '8', 'Z': '2'}
SEPS = set(' ,-./\n>\u00a0\u2009\u2013\u2011\u202f\u200b\u2044\u2014\t\u2007\u2060')
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

def normalize(t, ocr=True):
    t = t.replace('=\n', '').replace('=20', ' ').replace('=3D', '=')
    t = html.unescape(t)
    for _ in range(3):
        t = urllib.parse.unquote(t)
    t = t.replace('+', ' ').replace('slash', '/')
    t = re.sub(r'\b(' + '|'.join(WORDS) + r')\b', lambda m: WORDS[m.group(1)], t)
    if ocr:
        t = ''.join(OCR.get(c, c) for c in t)
    return t

def digits_only(t, errs, where):
    bad = [c for c in t if not c.isdigit() and c not in SEPS]
    if bad:
        errs.append('%s: unexpected chars %r in %r' % (where, ''.join(sorted(set(bad))), t))
    return ''.join(c for c in t if c.isdigit())

def brand_family(b):
    return {'visa13': 'visa', 'visa16': 'visa', 'visa19': 'visa'}.get(b, b)

def main(path):
    errs = []
    docs = [json.loads(l) for l in open(path, encoding='utf-8')]
    meta = {m['id']: m for m in (json.loads(l) for l in open(os.path.join(HERE, 'world-pastes.meta.jsonl')))}
    ids = set()
    types = collections.Counter(); variants = collections.Counter(); negk = collections.Counter(); brands = collections.Counter()
    with_secret = 0; kinds = collections.Counter(); templates = collections.Counter()
    for d in docs:
        did = d['id']; t = d['text']; kinds[d['kind']] += 1
        if did in ids: errs.append('dup id ' + did)
        ids.add(did)
        if set(d) != {'id', 'kind', 'text', 'spans', 'negatives'}: errs.append(did + ': bad keys')
        prev = -1
        for s in d['spans']:
            if not (0 <= s['start'] < s['end'] <= len(t)): errs.append('%s: span out of range %r' % (did, s))
            if s['start'] < prev: errs.append('%s: spans unsorted/overlap at %r' % (did, s))
            prev = s['end']
            st = t[s['start']:s['end']]
            if st != st.strip() or not (st[0].isalnum() or st[0] in '|') or not (st[-1].isalnum()):
                errs.append('%s: span edges not value chars %r' % (did, st))
            if s['type'] not in ('CARD', 'SSN', 'CVV', 'EXPIRY', 'IGNORE'): errs.append(did + ': bad type')
            types[s['type']] += 1; variants[(s['type'], s['variant'])] += 1
        prev = -1
        for n in d['negatives']:
            if not (0 <= n['start'] < n['end'] <= len(t)): errs.append('%s: neg out of range %r' % (did, n))
            if n['start'] < prev: errs.append('%s: negs unsorted/overlap %r' % (did, n))
            prev = n['end']; negk[n['kind']] += 1
            for s in d['spans']:
                if n['start'] < s['end'] and s['start'] < n['end']:
                    errs.append('%s: negative %r overlaps span %r' % (did, n, s))
            nt = re.sub(r'\D', '', t[n['start']:n['end']])
            if re.fullmatch(r'[\d ,.:$€/-]*', t[n['start']:n['end']]) and 13 <= len(nt) <= 19 and luhn_ok(nt) and brand_of(nt):
                errs.append('%s: negative looks like a real card %r' % (did, t[n['start']:n['end']]))
        # entities
        ents = collections.OrderedDict()
        for s in d['spans']:
            ents.setdefault(s['entity'], []).append(s)
        has_secret = False
        for e, ss in ents.items():
            tys = {s['type'] for s in ss}
            if len(tys) != 1: errs.append('%s: entity %s mixes types' % (did, e)); continue
            ty = tys.pop(); var = ss[0]['variant']; where = '%s/%s' % (did, e)
            if ty != 'IGNORE': has_secret = True
            raw = ''.join(t[s['start']:s['end']] for s in ss)
            if ty == 'CARD':
                dg = digits_only(normalize(raw), errs, where)
                b = brand_of(dg)
                if not luhn_ok(dg) or not b: errs.append('%s: CARD invalid %r -> %s' % (where, raw, dg))
                gb = ss[0].get('brand')
                if gb is None: errs.append(where + ': CARD without brand')
                elif b and brand_family(gb) != b and not (gb in ('maestro',) and b in ('maestro',)) and not (gb == 'unionpay' and b == 'discover'):
                    errs.append('%s: brand %s but digits say %s' % (where, gb, b))
                brands[gb] += 1
                if len(ss) > 1 and var not in ('card_html_tag_split', 'card_pdf_column_split'): errs.append(where + ': multi-span card with non-split variant')
            elif ty == 'SSN':
                dg = digits_only(normalize(raw), errs, where)
                ok = len(dg) == 9 and dg[:3] not in ('000', '666') and dg[0] != '9' and dg[3:5] != '00' and dg[5:] != '0000'
                if not ok: errs.append('%s: SSN invalid %r' % (where, raw))
            elif ty == 'CVV':
                dg = digits_only(normalize(raw, ocr=False), errs, where)
                if not (3 <= len(dg) <= 4): errs.append('%s: CVV bad %r' % (where, raw))
            elif ty == 'EXPIRY':
                if var == 'expiry_split_fields':
                    if len(ss) != 2: errs.append(where + ': split expiry needs 2 parts')
                    m = int(re.sub(r'\D', '', t[ss[0]['start']:ss[0]['end']]))
                    y = re.sub(r'\D', '', t[ss[1]['start']:ss[1]['end']])
                    if len(y) not in (2, 4): errs.append(where + ': bad year ' + y)
                elif var == 'expiry_month_name':
                    m = MONTHS.index(raw.split()[0].lower()) + 1
                else:
                    nt = normalize(raw).replace(' ', '')
                    if var == 'expiry_yymm':
                        m = int(nt[2:4])
                    else:
                        parts = re.split(r'[/\-\u2044]', nt)
                        if len(parts) == 2:
                            m = int(parts[1]) if len(parts[0]) == 4 else int(parts[0])
                            if len(parts[0]) == 4 and len(parts[1]) != 2: errs.append(where + ': bad yyyy-mm')
                        elif nt.isdigit() and len(nt) in (4, 6):
                            m = int(nt[:2])
                        else:
                            errs.append('%s: unparsed expiry %r' % (where, raw)); m = 0
                if not (1 <= m <= 12): errs.append('%s: expiry month %r' % (where, raw))
            else:  # IGNORE sanity
                dg = re.sub(r'\D', '', normalize(raw, ocr=False))
                if var in ('ign_card_last4', 'ign_ssn_last4') and len(dg) != 4: errs.append('%s: last4 not 4 digits %r' % (where, raw))
                if var == 'ign_luhn_noncard_id' and (not luhn_ok(dg) or brand_of(dg)): errs.append(where + ': noncard id wrong')
                if var == 'ign_card_ocr_luhn_fail' and luhn_ok(dg): errs.append(where + ': ocr luhn-fail actually passes')
                if var == 'ign_card_sci_notation' and not re.fullmatch(r'\d\.\d+E\+\d\d', raw): errs.append(where + ': sci notation malformed')
                if var == 'ign_card_bin' and len(dg) != 6: errs.append(where + ': bin not 6')
                if var == 'ign_card_masked' and len(dg) > 10: errs.append(where + ': masked shows too much')
        if has_secret: with_secret += 1
        m = meta.get(did)
        if m is None: errs.append(did + ': no meta')
        else:
            templates[m['template']] += 1
            if m['intended_secret'] != has_secret: errs.append('%s: intended_secret=%s but has_secret=%s' % (did, m['intended_secret'], has_secret))
            for a, b in m['json_regions']:
                try: json.loads(t[a:b])
                except Exception as ex: errs.append('%s: JSON region does not parse: %s %r' % (did, ex, t[a:b][:80]))
        # accidental cards outside spans: digit runs with single space/dash separators
        covered = [False] * len(t)
        for s in d['spans']:
            for i in range(s['start'], s['end']): covered[i] = True
        for mt in re.finditer(r'\d(?:[ -]?\d){12,18}', t):
            if any(covered[mt.start():mt.end()]): continue
            dg = re.sub(r'\D', '', mt.group())
            for L in range(13, 20):
                for i in range(0, len(dg) - L + 1):
                    sub = dg[i:i + L]
                    if (i == 0 and i + L == len(dg)) and luhn_ok(sub) and brand_of(sub):
                        errs.append('%s: unlabelled card-like number %r' % (did, mt.group()))
        # unlabelled CVV / expiry values right after their labels
        for mt in re.finditer(r'(?i)\b(cvv2?|cvc|csc|cid|security code)\b["\']?\s*[:=]?\s*["\']?(\d{3,4})\b', t):
            if not covered[mt.start(2)]: errs.append('%s: unlabelled CVV-context number %r' % (did, mt.group()))
        for mt in re.finditer(r'(?i)\b(exp|expiry|expires|valid thru|valid until)\b\W{0,3}(\d{1,2}/\d{2,4})', t):
            if not covered[mt.start(2)]: errs.append('%s: unlabelled expiry-context value %r' % (did, mt.group()))
        # sci-notation cards must really lose digits (<= 15 significant digits shown for a longer PAN)
        for s_ in d['spans']:
            if s_['variant'] == 'ign_card_sci_notation':
                mant = t[s_['start']:s_['end']].split('E')[0].replace('.', '')
                if len(mant) >= int(t[s_['start']:s_['end']].split('+')[1]) + 1: errs.append('%s: sci notation keeps all digits' % did)
        # unlabelled SSN-valid 9-digit number right after SSN words
        for mt in re.finditer(r'(?i)(ssn|social|ss#)[^\n\d]{0,20}(\d{3}[- ]?\d{2}[- ]?\d{4})\b', t):
            if not covered[mt.start(2)]: errs.append('%s: unlabelled SSN-context number %r' % (did, mt.group()))
    n = len(docs)
    print('documents:', n, ' with secret:', with_secret, '(%.0f%%)' % (100.0 * with_secret / n))
    print('kinds:', dict(kinds))
    print('templates used:', len(templates), 'max uses:', max(templates.values()))
    items = collections.Counter()
    for d in docs:
        seen = set()
        for s in d['spans']:
            if s['entity'] in seen: continue
            seen.add(s['entity']); items[(s['type'], s['variant'])] += 1
    print('items per type:', dict(collections.Counter(k[0] for k in items.elements())))
    print('items per (type, variant):')
    for k, v in sorted(items.items()): print('  %-8s %-28s %d' % (k[0], k[1], v))
    print('card brands (spans):', dict(brands))
    print('negatives per kind (%d):' % sum(negk.values()))
    print('  ' + ', '.join('%s=%d' % kv for kv in sorted(negk.items(), key=lambda x: -x[1])))
    if errs:
        print('\nERRORS (%d):' % len(errs))
        for e in errs[:80]: print(' ', e)
        sys.exit(1)
    print('\nOK: all checks passed')

if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'world-pastes.jsonl'))
