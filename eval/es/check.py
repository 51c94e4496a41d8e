#!/usr/bin/env python3
"""Checks world-spanish.jsonl: span texts, Luhn (after converting spoken Spanish /
English number words back to digits), SSA rules, expiry/CVV plausibility, no overlaps.
Standard library only. Exit status 1 on any error."""
import collections
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', 'sets', 'world-spanish.jsonl')


def fold(s):
    s = unicodedata.normalize('NFD', s.lower())
    return ''.join(c for c in s if unicodedata.category(c) != 'Mn')


# --- independent words-to-digits converter (accents folded before lookup)
UNITS = {'cero': 0, 'sero': 0, 'o': 0, 'oh': 0, 'zero': 0,
         'uno': 1, 'un': 1, 'una': 1, 'one': 1, 'won': 1,
         'dos': 2, 'dose': 2, 'two': 2, 'to': 2, 'too': 2,
         'tres': 3, 'trace': 3, 'three': 3,
         'cuatro': 4, 'quatro': 4, 'four': 4, 'for': 4,
         'cinco': 5, 'sinco': 5, 'sinko': 5, 'five': 5,
         'seis': 6, 'says': 6, 'six': 6,
         'siete': 7, 'seven': 7,
         'ocho': 8, 'eight': 8, 'ate': 8,
         'nueve': 9, 'nuebe': 9, 'nine': 9}
EN_UNITS = {'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'won', 'to', 'too',
            'for', 'ate'}
TEENS = {'diez': 10, 'once': 11, 'doce': 12, 'trece': 13, 'catorce': 14, 'quince': 15, 'dieciseis': 16,
         'diecisiete': 17, 'dieciocho': 18, 'diecinueve': 19, 'veinte': 20, 'beinte': 20,
         'veintiuno': 21, 'veintiun': 21, 'veintidos': 22, 'veintitres': 23, 'veinticuatro': 24,
         'veinticinco': 25, 'veintiseis': 26, 'veintisiete': 27, 'veintiocho': 28, 'veintinueve': 29,
         'ten': 10, 'eleven': 11, 'twelve': 12, 'thirteen': 13, 'fourteen': 14, 'fifteen': 15,
         'sixteen': 16, 'seventeen': 17, 'eighteen': 18, 'nineteen': 19}
TENS_ES = {'treinta': 30, 'cuarenta': 40, 'cincuenta': 50, 'sesenta': 60, 'setenta': 70, 'ochenta': 80,
           'noventa': 90}
TENS_EN = {'twenty': 20, 'thirty': 30, 'forty': 40, 'fifty': 50, 'sixty': 60, 'seventy': 70, 'eighty': 80,
           'ninety': 90}
HUNDREDS = {'cien': 100, 'ciento': 100, 'doscientos': 200, 'trescientos': 300, 'cuatrocientos': 400,
            'quinientos': 500, 'seiscientos': 600, 'setecientos': 700, 'ochocientos': 800,
            'novecientos': 900}
PLURALS = {'ceros': 0, 'unos': 1, 'doses': 2, 'treses': 3, 'cuatros': 4, 'cincos': 5, 'seises': 6,
           'sietes': 7, 'ochos': 8, 'nueves': 9}
REPEAT = {'doble': 2, 'double': 2, 'triple': 3}
MONTHS = {}
for i, (es, en) in enumerate(zip(
        ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
         'noviembre', 'diciembre'],
        ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
         'november', 'december']), 1):
    MONTHS[es] = MONTHS[en] = MONTHS[es[:3]] = MONTHS[en[:3]] = i
MONTHS['setiembre'] = 9
CORRECTION = {'perdon', 'digo', 'espere', 'sorry', 'mean'}
FILLERS = {'eh', 'em', 'este', 'mmm', 'mm', 'uh', 'um', 'del', 'de', 'ano', 'y', 'no', 'es', 'el', 'mes',
           'i', 'wait', 'and', 'twenty_'}
BREAK_FILLERS = {'eh', 'em', 'este', 'mmm', 'mm', 'uh', 'um'}


def tokenize(s):
    s = fold(s)
    toks = []
    for m in re.finditer(r'\d+|[a-zñ]+|[,.;…\n]', s):
        t = m.group()
        if t[0].isdigit():
            toks.append(('num', t))
        elif t in ',.;…\n':
            toks.append(('brk', t))
        else:
            toks.append(('w', t))
    return toks


class ConvError(Exception):
    pass


def to_chunks(s):
    """Return (list_of_groups_of_digit_strings, month or None). Corrections drop the last group."""
    toks = tokenize(s)
    groups = [[]]
    month = None
    corrected_at = None
    i = 0

    def nxt(j):
        return toks[j] if j < len(toks) else ('end', '')

    def close():
        if groups[-1]:
            groups.append([])

    while i < len(toks):
        typ, t = toks[i]
        if typ == 'brk':
            close()
            i += 1
            continue
        if typ == 'num':
            groups[-1].append(t)
            i += 1
            continue
        if t in MONTHS and t not in ('mar', 'may') or (t in ('mar', 'may') and nxt(i + 1)[0] != 'w'):
            month = MONTHS[t]
            i += 1
            continue
        if t in CORRECTION:
            # drop the last completed group (the wrong one); "sorry, I mean" counts once
            if corrected_at == sum(len(g) for g in groups):
                i += 1
                continue
            corrected_at = None
            if groups[-1]:
                groups[-1] = []
            elif len(groups) >= 2:
                groups.pop(-2)
            corrected_at = sum(len(g) for g in groups)
            i += 1
            continue
        if t in REPEAT:
            typ2, t2 = nxt(i + 1)
            if t2 not in UNITS:
                raise ConvError('repeat without unit: %r' % s)
            groups[-1].append(str(UNITS[t2]) * REPEAT[t])
            i += 2
            continue
        if t in HUNDREDS:
            v = HUNDREDS[t]
            j = i + 1
            if t != 'cien':
                typ2, t2 = nxt(j)
                if t2 in TENS_ES:
                    v += TENS_ES[t2]
                    j += 1
                    if nxt(j)[1] == 'y' and nxt(j + 1)[1] in UNITS:
                        v += UNITS[nxt(j + 1)[1]]
                        j += 2
                elif t2 in TEENS:
                    v += TEENS[t2]
                    j += 1
                elif t2 in UNITS and t2 not in ('o',):
                    v += UNITS[t2]
                    j += 1
            if nxt(j)[1] == 'mil':
                raise ConvError('hundreds mil unsupported')
            groups[-1].append(str(v))
            i = j
            continue
        if t == 'mil':
            prev = int(groups[-1].pop()) if groups[-1] else 1
            v = prev * 1000
            j = i + 1
            typ2, t2 = nxt(j)
            if t2 in TENS_ES:
                v += TENS_ES[t2]
                j += 1
                if nxt(j)[1] == 'y' and nxt(j + 1)[1] in UNITS:
                    v += UNITS[nxt(j + 1)[1]]
                    j += 2
            elif t2 in TEENS:
                v += TEENS[t2]
                j += 1
            elif t2 in UNITS:
                v += UNITS[t2]
                j += 1
            groups[-1].append(str(v))
            i = j
            continue
        if t in TENS_ES:
            v = TENS_ES[t]
            j = i + 1
            if nxt(j)[1] == 'y' and nxt(j + 1)[1] in UNITS:
                v += UNITS[nxt(j + 1)[1]]
                j += 2
            groups[-1].append(str(v))
            i = j
            continue
        if t in TENS_EN:
            v = TENS_EN[t]
            j = i + 1
            if nxt(j)[0] == 'w' and nxt(j)[1] in EN_UNITS:
                v += UNITS[nxt(j)[1]]
                j += 1
            groups[-1].append(str(v))
            i = j
            continue
        if t in TEENS:
            groups[-1].append(str(TEENS[t]))
            i += 1
            continue
        if t in UNITS:
            typ2, t2 = nxt(i + 1)
            if t2 in PLURALS and UNITS[t] in (2, 3):
                groups[-1].append(str(PLURALS[t2]) * UNITS[t])
                i += 2
                continue
            groups[-1].append(str(UNITS[t]))
            i += 1
            continue
        if t in FILLERS:
            if t in BREAK_FILLERS:
                close()
            i += 1
            continue
        raise ConvError('unknown token %r in %r' % (t, s))
    return [g for g in groups if g], month


def to_digits(s):
    groups, month = to_chunks(s)
    return ''.join(''.join(g) for g in groups), month


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


def brand_of(n):
    L = len(n)
    if n[0] == '4' and L in (13, 16, 19):
        return 'visa'
    if L == 16 and (51 <= int(n[:2]) <= 55 or 2221 <= int(n[:4]) <= 2720):
        return 'mastercard'
    if L == 15 and n[:2] in ('34', '37'):
        return 'amex'
    if L == 16 and (n[:4] == '6011' or n[:2] == '65' or 644 <= int(n[:3]) <= 649):
        return 'discover'
    return None


def ssa_ok(n):
    if len(n) != 9:
        return False
    a, g, s = int(n[:3]), int(n[3:5]), int(n[5:])
    return a != 0 and a != 666 and a < 900 and g != 0 and s != 0


def expiry_parse(s):
    d, month = to_digits(s)
    if month:
        y = int(d) if d else None
        m = month
    elif len(d) == 3:
        m, y = int(d[0]), int(d[1:])
    elif len(d) == 4:
        m, y = int(d[:2]), int(d[2:])
    elif len(d) == 5:
        m, y = int(d[0]), int(d[1:])
    elif len(d) == 6:
        m, y = int(d[:2]), int(d[2:])
    else:
        return None
    if y is None:
        return None
    if y < 100:
        y += 2000
    return m, y


def main():
    docs = [json.loads(l) for l in open(PATH, encoding='utf-8')]
    errors = []
    cnt_type = collections.Counter()
    cnt_items = collections.Counter()
    cnt_var = collections.Counter()
    cnt_tag = collections.Counter()
    cnt_neg = collections.Counter()
    cnt_kind = collections.Counter()
    cnt_brand = collections.Counter()
    samples = collections.defaultdict(list)
    ids = set()
    nosecret = 0
    for d in docs:
        E = lambda msg: errors.append('%s: %s' % (d['id'], msg))
        if d['id'] in ids:
            E('duplicate id')
        ids.add(d['id'])
        cnt_kind[d['kind']] += 1
        text = d['text']
        if d['kind'] not in ('transcript', 'chat', 'agent_note', 'email'):
            E('bad kind')
        for key in ('id', 'kind', 'text', 'spans', 'negatives'):
            if key not in d:
                E('missing ' + key)
        ivals = []
        if set(d) - {'id', 'kind', 'text', 'spans', 'negatives'}:
            E('extra top-level keys %r' % (set(d) - {'id', 'kind', 'text', 'spans', 'negatives'}))
        for s in d['spans']:
            if not isinstance(s.get('entity'), int) or not s.get('variant'):
                E('span lacks int entity / variant: %r' % s)
            if (s['type'] == 'CARD') != ('brand' in s):
                E('brand present iff CARD: %r' % s)
            if s['type'] not in ('CARD', 'SSN', 'CVV', 'EXPIRY', 'IGNORE'):
                E('bad type %r' % s['type'])
            if not (0 <= s['start'] < s['end'] <= len(text)):
                E('bad offsets %r' % s)
                continue
            st = text[s['start']:s['end']]
            if not ((st[0].isalnum() or (s['type'] == 'IGNORE' and st[0] in '*•X')) and st[-1].isalnum()):
                E('span does not start/end on a digit or word: %r' % st)
            if s['start'] > 0 and text[s['start'] - 1].isalnum():
                E('span starts mid-token: %r' % text[s['start'] - 3:s['end']])
            if s['end'] < len(text) and text[s['end']].isalnum():
                E('span ends mid-token: %r' % text[s['start']:s['end'] + 3])
            ivals.append((s['start'], s['end'], 'span'))
            cnt_type[s['type']] += 1
            cnt_var[(s['type'], s['variant'])] += 1
            for tg in s['variant'].split('+'):
                cnt_tag[(s['type'], tg)] += 1
            if len(samples[s['type']]) < 400:
                samples[s['type']].append((d['id'], s['variant'], st))
        for n in d['negatives']:
            if not (0 <= n['start'] < n['end'] <= len(text)):
                E('bad neg offsets')
                continue
            nt = text[n['start']:n['end']]
            if not (nt[0].isalnum() or nt[0] in '$(#[') or not (nt[-1].isalnum() or nt[-1] in ')]' or nt.endswith('m.')):
                E('neg boundary %r' % nt)
            ivals.append((n['start'], n['end'], 'neg'))
            cnt_neg[n['kind']] += 1
        ivals.sort()
        for a, b in zip(ivals, ivals[1:]):
            if b[0] < a[1]:
                E('overlap %r %r: %r / %r' % (a[2], b[2], text[a[0]:a[1]], text[b[0]:b[1]]))
        # entity-level checks
        ents = collections.defaultdict(list)
        for s in sorted(d['spans'], key=lambda s: s['start']):
            ents[(s['type'], s['entity'])].append(s)
        eids = collections.defaultdict(set)
        for (typ, e) in ents:
            eids[e].add(typ)
        for e, ts in eids.items():
            if len(ts) > 1:
                E('entity %d has several types %r' % (e, ts))
        if not any(s['type'] != 'IGNORE' for s in d['spans']):
            nosecret += 1
        for (typ, e), ss in ents.items():
            cnt_items[typ] += 1
            frags = [text[s['start']:s['end']] for s in ss]
            if len(ss) > 1 and not all('over_turns' in s['variant'] for s in ss):
                E('multi-fragment entity without over_turns tag: %r' % frags)
            if len(ss) > 1:
                for a, b in zip(ss, ss[1:]):
                    between = text[a['end']:b['start']]
                    if not re.search(r'[A-Za-záéíóúñ]{2,}|\n', between):
                        E('fragments of entity %d not separated by a turn: %r' % (e, between))
            if ss[0]['variant'].startswith('masked'):
                continue
            try:
                digits = ''.join(to_digits(f)[0] for f in frags)
            except ConvError as ex:
                E('convert: %s' % ex)
                continue
            if typ == 'CARD':
                b = brand_of(digits)
                if not luhn_ok(digits):
                    E('card fails Luhn: %s <- %r' % (digits, frags))
                if b is None:
                    E('card bad prefix/length: %s' % digits)
                elif b != ss[0].get('brand'):
                    E('brand mismatch %s vs %s' % (b, ss[0].get('brand')))
                cnt_brand[b] += 1
            elif typ == 'SSN':
                if not ssa_ok(digits):
                    E('SSN fails SSA rules: %s <- %r' % (digits, frags))
            elif typ == 'CVV':
                if len(digits) not in (3, 4):
                    E('CVV length: %s <- %r' % (digits, frags))
            elif typ == 'EXPIRY':
                r = expiry_parse(' '.join(frags))
                if not r or not (1 <= r[0] <= 12) or not (2025 <= r[1] <= 2035):
                    E('bad expiry %r -> %r' % (frags, r))
            elif typ == 'IGNORE':
                v = ss[0]['variant']
                if v.startswith('misread'):
                    if luhn_ok(digits):
                        E('misread card passes Luhn')
                elif v in ('last4', 'ssn_last4') and len(digits) != 4:
                    E('last4 not 4 digits: %r' % frags)
    # unlabelled card-like numbers outside spans (warnings)
    warns = []
    for d in docs:
        cov = [(s['start'], s['end']) for s in d['spans']]
        for m in re.finditer(r'(?<![\d])\d(?:[ \-.\u00a0]?\d){12,18}(?![\d])', d['text']):
            if any(a < m.end() and m.start() < b for a, b in cov):
                continue
            dg = re.sub(r'\D', '', m.group())
            if luhn_ok(dg) and brand_of(dg):
                warns.append('%s: unlabelled card-like number %r' % (d['id'], m.group()))
    # no two documents may share a skeleton (text with every span/negative blanked)
    skel = collections.Counter()
    for d in docs:
        t = d['text']
        cuts = sorted([(s['start'], s['end']) for s in d['spans']] + [(n['start'], n['end']) for n in d['negatives']])
        out, pos = [], 0
        for a, b in cuts:
            out.append(t[pos:a]); out.append('#'); pos = b
        out.append(t[pos:])
        skel[re.sub(r'\d', '9', ''.join(out))] += 1
    dup = sum(c - 1 for c in skel.values() if c > 1)
    if dup:
        errors.append('%d documents share a skeleton with another document' % dup)
    # report
    rnd = random.Random(1)
    print('documents:', len(docs), dict(cnt_kind), ' without any secret:', nosecret)
    print('items (entities):', dict(cnt_items))
    print('spans:', dict(cnt_type))
    print('card brands:', dict(cnt_brand))
    print('negatives:', sum(cnt_neg.values()), dict(sorted(cnt_neg.items(), key=lambda x: -x[1])))
    print('\nvariant tags per type:')
    for (typ, tg), c in sorted(cnt_tag.items()):
        print('  %-7s %-32s %d' % (typ, tg, c))
    print('\nsample span texts:')
    for typ in ('CARD', 'SSN', 'CVV', 'EXPIRY', 'IGNORE'):
        for did, var, st in rnd.sample(samples[typ], min(6, len(samples[typ]))):
            print('  %-6s %s %-45s %r' % (typ, did, var, st))
    for w in warns:
        print('WARNING', w)
    if errors:
        print('\nERRORS (%d):' % len(errors))
        for e in errors[:80]:
            print('  ' + e)
        sys.exit(1)
    print('\nall checks passed')


if __name__ == '__main__':
    main()
