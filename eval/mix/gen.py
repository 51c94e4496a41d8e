#!/usr/bin/env python3
"""Independent labelled probe set (p4) for a contact-centre redactor that must hide
PANs, US SSNs, CVV/CVC/CID and card expiry dates, and keep everything else.

Standard library only, fixed seed.  Writes the file named as its argument (default /tmp/probe4/docs.jsonl).

How offsets are made: every labelled value is wrapped at the moment it is put into
a document in a private-use marker  U+E000 type U+E001 ... value U+E002.  The
builder then walks the raw document once, left to right, copies plain text and
values into the output, and records each value's start/end from the running output
position at the moment the value is copied.  Nothing is ever searched for in the
finished text.  (JSON/CSV serialisers run before the walk; values are digits,
words, spaces and a few punctuation marks, so the serialiser leaves them as they are
or escapes them, and the span then covers the escaped form that the text really has.)
"""
import json, random, re, unicodedata, csv, io, os, sys
from collections import Counter, defaultdict

SEED = 4417
R = random.Random(SEED)
OUT_DIR = os.path.dirname(os.path.abspath(sys.argv[1])) if len(sys.argv) > 1 else '/tmp/probe4'
OUT_NAME = os.path.basename(sys.argv[1]) if len(sys.argv) > 1 else 'docs.jsonl'
SO, SEP, EO = '\ue000', '\ue001', '\ue002'
_auto = [0]


def _lab():
    _auto[0] += 1
    return f'_a{_auto[0]}'


def M(typ, val, var, e=None, truth='', chk='exact'):
    val = str(val)
    for ch in (SO, SEP, EO):
        assert ch not in val
    return SO + SEP.join([typ, var, e or _lab(), truth, chk, val]) + EO


def C(val, truth, var, e=None, chk='exact'):
    return M('CARD', val, var, e, truth, chk)


def SS(val, truth, var, e=None, chk='exact'):
    return M('SSN', val, var, e, truth, chk)


def CV(val, truth, var, e=None, chk='exact'):
    return M('CVV', val, var, e, truth, chk)


def EX(val, truth, var, e=None, chk='exp'):
    return M('EXPIRY', val, var, e, truth, chk)


def IG(val, var, e=None):
    return M('IGNORE', val, var, e, '', 'none')


def N(val, kind):
    return M('NEG', val, kind, '-', '', 'none')


def build(raw):
    """Single left-to-right pass: copy text, record value offsets as they are copied."""
    out, spans, negs, labmap, meta = [], [], [], {}, {}
    pos = i = 0
    while True:
        j = raw.find(SO, i)
        if j < 0:
            tail = raw[i:]
            out.append(tail)
            pos += len(tail)
            break
        chunk = raw[i:j]
        out.append(chunk)
        pos += len(chunk)
        k = raw.index(EO, j)
        typ, var, lab, truth, chk, val = raw[j + 1:k].split(SEP)
        start = pos
        out.append(val)
        pos += len(val)
        end = pos
        if typ == 'NEG':
            negs.append({'start': start, 'end': end, 'kind': var})
        else:
            if lab not in labmap:
                labmap[lab] = len(labmap)
            ent = labmap[lab]
            spans.append({'start': start, 'end': end, 'type': typ, 'variant': var, 'entity': ent})
            md = meta.setdefault(ent, {'type': typ, 'truth': truth, 'chk': chk, 'frags': []})
            assert md['type'] == typ and md['truth'] == truth, (lab, typ, md)
            md['frags'].append(val)
        i = k + 1
    text = ''.join(out)
    assert len(text) == pos
    return text, spans, negs, meta

# ----------------------------------------------------------------- value makers

FIRST = ['Maria', 'James', 'Aisha', 'Tom', 'Priya', 'Luis', 'Karen', 'Dwayne', 'Mei', 'Olga', 'Jamal',
         'Rebecca', 'Carlos', 'Hannah', 'Tyrone', 'Sofia', 'Derek', 'Nadia', 'Brian', 'Lucia', 'Kevin',
         'Fatima', 'Greg', 'Yolanda', 'Sean', 'Ingrid', 'Omar', 'Beth', 'Hector', 'Wendy']
LAST = ['Lopez', 'Smith', 'Patel', 'Nguyen', 'Johnson', 'Garcia', 'Okafor', 'Kowalski', 'Chen', 'Williams',
        'Brown', 'Ramirez', 'Hughes', 'Davis', 'Martinez', 'Kim', 'Jackson', 'Rossi', 'Flores', 'OBrien',
        'Schmidt', 'Haddad', 'Turner', 'Alvarez']
AGENTS = ['Dana', 'Marcus', 'Tiffany', 'Ben', 'Alicia', 'Raj', 'Keisha', 'Tom', 'Elena', 'Chris', 'Noor', 'Jake']
AREAS = ['212', '312', '415', '617', '713', '305', '404', '206', '503', '602', '214', '469', '720', '615', '704',
         '919', '512', '702', '818', '646', '773', '832', '480', '925', '216', '313', '267', '801']
STREETS = ['Maple Ave', 'Oak St', 'Lakeview Dr', 'Elm Ct', 'Sunset Blvd', 'Cedar Ln', 'Main St', 'Harbor Rd']
CITIES = [('Chicago', 'IL'), ('Austin', 'TX'), ('Tampa', 'FL'), ('Denver', 'CO'), ('Columbus', 'OH'),
          ('Phoenix', 'AZ'), ('Atlanta', 'GA'), ('Portland', 'OR'), ('Raleigh', 'NC'), ('Newark', 'NJ')]
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
MON3 = [m[:3] for m in MONTHS]
MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre',
         'octubre', 'noviembre', 'diciembre']


def dg(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def nzd(n):
    return str(R.randint(1, 9)) + dg(n - 1)


def name():
    return R.choice(FIRST), R.choice(LAST)


def hexid(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def uuid():
    return f'{hexid(8)}-{hexid(4)}-4{hexid(3)}-{R.choice("89ab")}{hexid(3)}-{hexid(12)}'


def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def luhn_complete(partial):
    for c in '0123456789':
        if luhn_ok(partial + c):
            return partial + c


def card(brand='visa'):
    L = 16
    if brand == 'visa':
        p = '4'
    elif brand == 'mc':
        p = str(R.randint(51, 55))
    elif brand == 'mc2':
        p = str(R.randint(2221, 2720))
    elif brand == 'amex':
        p, L = R.choice(['34', '37']), 15
    elif brand == 'disc':
        p = R.choice(['6011', '65', str(R.randint(644, 649))])
    elif brand == 'jcb':
        p = str(R.randint(3528, 3589))
    elif brand == 'diners':
        p, L = R.choice(['36', '38', str(R.randint(300, 305))]), 14
    elif brand == 'cup':
        p = '62' + str(R.choice([1, 3, 4, 5, 6, 8]))
    elif brand == 'cup19':
        p, L = '62' + str(R.choice([1, 3, 4, 5, 8])), 19
    else:
        raise ValueError(brand)
    while True:
        n = luhn_complete(p + dg(L - len(p) - 1))
        if len(set(n[len(p):])) > 3:
            return n


def brand_of(n):
    L = len(n)
    if not n.isdigit():
        return None
    if n[0] == '4' and L in (13, 16, 19):
        return 'visa'
    if L == 16 and (51 <= int(n[:2]) <= 55 or 2221 <= int(n[:4]) <= 2720):
        return 'mastercard'
    if L == 15 and n[:2] in ('34', '37'):
        return 'amex'
    if L in (16, 19) and (n.startswith('6011') or n.startswith('65') or 644 <= int(n[:3]) <= 649):
        return 'discover'
    if 16 <= L <= 19 and 3528 <= int(n[:4]) <= 3589:
        return 'jcb'
    if L == 14 and (n[:2] in ('36', '38', '39') or 300 <= int(n[:3]) <= 305):
        return 'diners'
    if n.startswith('62') and 16 <= L <= 19:
        return 'unionpay'
    return None


def grp(n, sep=' '):
    L = len(n)
    if L in (14, 15):
        parts = [n[:4], n[4:10], n[10:]]
    elif L == 19:
        parts = [n[i:i + 4] for i in range(0, 16, 4)] + [n[16:]]
    else:
        parts = [n[i:i + 4] for i in range(0, L, 4)]
    return sep.join(parts)


def g4(n):
    return [n[i:i + 4] for i in range(0, len(n), 4)]


W = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
ES = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve']
HOMO = {'1': 'won', '2': 'to', '3': 'free', '4': 'for', '6': 'sex', '8': 'ate', '9': 'nein', '0': 'oh'}
TEEN = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
        'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
ES_TWENTIES = ['veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis',
               'veintisiete', 'veintiocho', 'veintinueve']


def wd(s, oh=0.4, homo=0.0, sep=' '):
    r = []
    for ch in s:
        if ch == '0' and R.random() < oh:
            r.append('oh')
        elif ch in HOMO and R.random() < homo:
            r.append(HOMO[ch])
        else:
            r.append(W[int(ch)])
    return sep.join(r)


def wes(s, sep=' '):
    return sep.join(ES[int(c)] for c in s)


def wdouble(s, oh=0.4):
    """digit words with 'double'/'triple' for runs"""
    r = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        w = 'oh' if (s[i] == '0' and R.random() < oh) else W[int(s[i])]
        if run == 2:
            r.append('double ' + w)
        elif run == 3:
            r.append('triple ' + w)
        else:
            r.extend([w] * run)
        i = j
    return ' '.join(r)


def pair(dd):
    a, b = int(dd[0]), int(dd[1])
    if a == 0:
        return 'oh ' + ('oh' if b == 0 else W[b])
    if a == 1:
        return TEEN[b]
    return TENS[a] + ('' if b == 0 else ' ' + W[b])


def pairs(s, sep=', '):
    return sep.join(pair(s[i:i + 2]) for i in range(0, len(s), 2))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return f'{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}'


def sf(s, sep='-'):
    return f'{s[:3]}{sep}{s[3:5]}{sep}{s[5:]}'


def ssa_ok(s):
    return (len(s) == 9 and s.isdigit() and s[:3] not in ('000', '666') and s[0] != '9'
            and s[3:5] != '00' and s[5:] != '0000')


def exp_gen():
    return R.randint(1, 12), R.randint(25, 31)


def et(m, y):
    return f'{m:02d}{y:02d}'


def ew(m, y, oh=True):
    """spoken expiry: 'oh nine twenty seven' / 'nine twenty seven'"""
    mm = f'{m:02d}'
    ms = pair(mm) if (m >= 10 or oh) else W[m]
    return f'{ms} {pair(f"{y:02d}")}'


# negatives
def phone(style=None):
    a = R.choice(AREAS)
    x = str(R.randint(201, 989))
    while x[1:] == '11':
        x = str(R.randint(201, 989))
    l = dg(4)
    style = style or R.choice(['paren', 'dash', 'dot', 'plus', 'plusdash', 'raw', 'one', 'space'])
    return {'paren': f'({a}) {x}-{l}', 'dash': f'{a}-{x}-{l}', 'dot': f'{a}.{x}.{l}',
            'plus': f'+1 {a} {x} {l}', 'plusdash': f'+1-{a}-{x}-{l}', 'e164': f'+1{a}{x}{l}',
            'raw': f'{a}{x}{l}', 'one': f'1-{a}-{x}-{l}', 'space': f'{a} {x} {l}',
            'plusparen': f'+1 ({a}) {x}-{l}', 'words': f'{wd(a)}, {wd(x)}, {wd(l)}'}[style]


def tollfree():
    return f'1-{R.choice(["800", "888", "877", "866", "855"])}-{R.randint(201, 989)}-{dg(4)}'


def ups():
    ship = ''.join(R.choice('ABCDEFGHJKLMNPRTVWXY0123456789') for _ in range(6))
    body = ship + R.choice(['01', '02', '03', '12', '13', '42']) + dg(7)
    t = 0
    for i, ch in enumerate(body):
        v = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        t += v * (2 if i % 2 == 1 else 1)
    return '1Z' + body + str((10 - t % 10) % 10)


def usps():
    body = R.choice(['9400', '9205', '9405', '9361']) + dg(17)
    t = 0
    for i, ch in enumerate(reversed(body)):
        t += int(ch) * (3 if i % 2 == 0 else 1)
    return body + str((10 - t % 10) % 10)


def fedex():
    return nzd(12)


def imei():
    return luhn_complete(R.choice(['35', '86', '01', '35']) + dg(12))


def iccid():
    return luhn_complete('8901' + R.choice(['260', '410', '480', '120']) + dg(11))


def routing():
    while True:
        p = R.choice(['0210', '0260', '1110', '1210', '0710', '0440', '3222', '0530', '0610']) + dg(4)
        d = [int(c) for c in p]
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        return p + str((-s) % 10)


def zip5():
    return f'{R.randint(1001, 99950):05d}'


def zip4():
    return zip5() + '-' + dg(4)


def amount(lo=10, hi=2000):
    return f'${R.uniform(lo, hi):,.2f}'


def dob(style='slash'):
    y, m, d = R.randint(1950, 2001), R.randint(1, 12), R.randint(1, 28)
    if style == 'slash':
        return f'{m:02d}/{d:02d}/{y}'
    if style == 'iso':
        return f'{y}-{m:02d}-{d:02d}'
    if style == 'long':
        return f'{MONTHS[m - 1]} {d}, {y}'
    if style == 'short':
        return f'{m}/{d}/{str(y)[2:]}'
    raise ValueError


def otp():
    return nzd(6)


def arn():
    return luhn_complete(R.choice(['7', '2', '8']) + dg(21))


def authcode():
    return ''.join(R.choice('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))


def npi():
    base = '1' + dg(8)
    full = luhn_complete('80840' + base)
    return base + full[-1]


def ein():
    return f'{R.choice([12, 20, 26, 27, 45, 46, 47, 81, 82, 84, 86, 88])}-{dg(7)}'


def addr():
    c, s = R.choice(CITIES)
    return f'{R.randint(12, 9899)} {R.choice(STREETS)}', c, s


def hhmm():
    return f'{R.randint(8, 17)}:{R.randint(0, 59):02d}'


def hms(sec):
    return f'{int(sec // 3600):02d}:{int(sec % 3600 // 60):02d}:{int(sec % 60):02d}'


def hmsm(sec, sep='.'):
    return f'{hms(sec)}{sep}{int(round((sec % 1) * 1000)) % 1000:03d}'


# ----------------------------------------------------------------- ASR helpers
_kc = [0]


def sec(typ, val, var, truth='', chk=None, k=None):
    if chk is None:
        chk = {'EXPIRY': 'exp', 'IGNORE': 'none'}.get(typ, 'exact')
    if k is None:
        _kc[0] += 1
        k = f'k{_kc[0]}'
    return ('S', typ, str(val), var, truth, chk, k)


def neg(val, kind):
    return ('N', str(val), kind)


def flat(parts, where=''):
    if isinstance(parts, str):
        return parts
    s = ''
    for p in parts:
        if isinstance(p, str):
            s += p
        elif p[0] == 'S':
            _, typ, val, var, truth, chk, k = p
            s += M(typ, val, var, k + where, truth, chk)
        else:
            s += N(p[1], p[2])
    return s


def toks(parts, where=''):
    if isinstance(parts, str):
        parts = [parts]
    out = []
    for p in parts:
        if isinstance(p, str):
            for w in p.split():
                m = re.match(r'^(.*?)([.,?!]*)$', w)
                core, pu = m.group(1), m.group(2)
                if core:
                    out.append((core, core, False))
                for c in pu:
                    out.append((c, c, True))
        elif p[0] == 'S':
            _, typ, val, var, truth, chk, k = p
            for w in val.split():
                out.append((M(typ, w, var, k + where, truth, chk), w, False))
        else:
            for w in p[1].split():
                out.append((N(w, p[2]), w, False))
    return out


def timed(turns, where, t0=0.6):
    t = t0
    res = []
    for spk, parts in turns:
        for tok, plain, pu in toks(parts, where):
            if pu:
                res.append(dict(tok=tok, plain=plain, punct=True, spk=spk, st=t, et=t))
                continue
            d = round(0.14 + 0.05 * len(plain) + R.random() * 0.12, 2)
            res.append(dict(tok=tok, plain=plain, punct=False, spk=spk, st=round(t, 2), et=round(t + d, 2)))
            t += d + 0.04
        t += 0.3 + R.random() * 0.9
    return res


DOCS = []


def D(kind, layout):
    def w(fn):
        DOCS.append((kind, layout, fn))
        return fn
    return w



def JD(obj, indent=None):
    return json.dumps(obj, indent=indent, ensure_ascii=False)

# =================================================================== TRANSCRIPTS

@D('transcript', 'AWS Transcribe batch JSON: results.transcripts string + per-word items with speaker_label')
def t_aws_transcribe():
    c = card('visa'); m, y = exp_gen(); v = dg(3); order = 'W' + dg(8)
    a, x, l = R.choice(AREAS), str(R.randint(201, 989)), dg(4)
    amt = f'${R.randint(120, 480)}.{dg(2)}'
    turns = [
        ('spk_0', "Thank you for calling Northwind Home, this is Dana. How can I help you today?"),
        ('spk_1', ["Hi, yeah, I need to pay the balance on order ", neg(order, 'neg_order'), "."]),
        ('spk_0', "Sure. What card would you like to use?"),
        ('spk_1', ["It's a Visa, ", sec('CARD', grp(c), 'asr_digit_groups', c), "."]),
        ('spk_0', "And the expiration?"),
        ('spk_1', [sec('EXPIRY', f'{m:02d} {y:02d}', 'asr_mm_yy', et(m, y)), "."]),
        ('spk_0', "And the three digit code on the back?"),
        ('spk_1', [sec('CVV', v, 'asr_digits', v), "."]),
        ('spk_0', "Great. And a callback number in case we get disconnected?"),
        ('spk_1', [neg(f'{a} {x} {l}', 'neg_phone'), "."]),
        ('spk_0', ["Perfect, ", neg(amt, 'neg_amount'), " was approved and you'll get an email confirmation."]),
    ]
    transcript = ' '.join(flat(p, '_t') for _, p in turns)
    items = []
    for w in timed(turns, '_i'):
        if w['punct']:
            items.append({"alternatives": [{"confidence": "0.0", "content": w['tok']}], "type": "punctuation"})
        else:
            items.append({"start_time": f"{w['st']:.2f}", "end_time": f"{w['et']:.2f}",
                          "alternatives": [{"confidence": f"{R.uniform(0.86, 1):.4f}", "content": w['tok']}],
                          "type": "pronunciation", "speaker_label": w['spk']})
    obj = {"jobName": f"cc-rec-{dg(10)}", "accountId": N(dg(12), 'neg_account'),
           "results": {"transcripts": [{"transcript": transcript}],
                       "speaker_labels": {"channel_label": "ch_0", "speakers": 2}, "items": items},
           "status": "COMPLETED"}
    return JD(obj)


@D('transcript', 'Amazon Connect Contact Lens post-call JSON; SSN split over two customer turns')
def t_contact_lens():
    s = ssn(); fn, ln = name(); z = zip5(); l4 = dg(4)
    turns = [
        ('AGENT', "Thanks for calling Lakeside Mutual, this is Ben, may I have your full name?"),
        ('CUSTOMER', f"{fn} {ln}."),
        ('AGENT', "Thank you. For verification can I get your date of birth?"),
        ('CUSTOMER', [neg(dob('long'), 'neg_dob'), "."]),
        ('AGENT', "And your social security number please."),
        ('CUSTOMER', ["Yeah it's ", sec('SSN', f'{s[:3]} {s[3:5]}', 'split_turns', s, k='s1'), " um"]),
        ('AGENT', "Okay."),
        ('CUSTOMER', [sec('SSN', s[5:], 'split_turns', s, k='s1'), "."]),
        ('AGENT', "Thank you. And the ZIP code on the policy?"),
        ('CUSTOMER', [neg(z, 'neg_zip'), "."]),
        ('AGENT', ["Great. I see the card ending in ", neg(l4, 'neg_last4'),
                   " on file for autopay. What can I help you with today?"]),
        ('CUSTOMER', ["I got charged twice for the ", neg('March 3rd', 'neg_date'), " premium, ",
                      neg(amount(80, 300), 'neg_amount'), " both times."]),
    ]
    t = 800
    tr = []
    for spk, p in turns:
        d = 1500 + R.randint(0, 4000)
        tr.append({"BeginOffsetMillis": t, "Content": flat(p), "EndOffsetMillis": t + d, "Id": uuid(),
                   "ParticipantId": spk, "Sentiment": R.choice(["NEUTRAL", "NEUTRAL", "NEGATIVE"]),
                   "LoudnessScore": [round(R.uniform(60, 80), 2) for _ in range(3)]})
        t += d + R.randint(200, 900)
    obj = {"AccountId": N(dg(12), 'neg_account'), "Channel": "VOICE",
           "ContentMetadata": {"Output": "Raw", "RedactionTypes": []}, "JobStatus": "COMPLETED",
           "LanguageCode": "en-US",
           "Participants": [{"ParticipantId": "AGENT", "ParticipantRole": "AGENT"},
                            {"ParticipantId": "CUSTOMER", "ParticipantRole": "CUSTOMER"}],
           "Transcript": tr, "Version": "1.1.0"}
    return JD(obj, indent=2)


@D('transcript', 'Google Speech-to-Text JSON, no diarization; card split across two results (leading spaces)')
def t_google_plain():
    c = card('mc'); g = g4(c); m, y = exp_gen(); v = dg(3); ref = nzd(5)
    res = [
        "thank you for holding I can take that payment now what's the card number",
        [" it's ", sec('CARD', f'{g[0]} {g[1]}', 'split_results', c, k='c')],
        [" ", sec('CARD', f'{g[2]} {g[3]}', 'split_results', c, k='c'), " and it expires ",
         sec('EXPIRY', f'{m:02d} {y:02d}', 'mm_yy', et(m, y))],
        [" and the code on the back is ", sec('CVV', v, 'digits', v)],
        [" okay your reference number for today is ", neg(ref, 'neg_ref'), " and it'll post by ",
         neg('3:30 p.m.', 'neg_time'), " tomorrow"],
    ]
    t = 0.0
    out = []
    for p in res:
        t += R.uniform(2, 7)
        out.append({"alternatives": [{"transcript": flat(p), "confidence": round(R.uniform(0.78, 0.97), 6)}],
                    "resultEndTime": f"{t:.3f}s", "languageCode": "en-us"})
    return JD({"results": out, "totalBilledTime": f"{int(t) + 1}s"}, indent=2)


@D('transcript', 'Google STT JSON with diarization: per-result transcripts + final words[] with speakerTag')
def t_google_diar():
    s = ssn(); mem = 'W' + dg(9)
    turns = [
        (1, "thanks for calling Brightside Health member services can I have your member ID"),
        (2, ["yes it's ", neg(mem, 'neg_member')]),
        (1, "and for security the last four of your social"),
        (2, ["oh I have it right here it's ", sec('SSN', f'{s[:3]} {s[3:5]} {s[5:]}', 'asr_digit_groups', s)]),
        (1, ["thank you and is ", neg(phone('space'), 'neg_phone'), " still the best number"]),
        (2, "yes it is"),
    ]
    results = []
    t = 0
    for spk, p in turns:
        t += R.uniform(2, 5)
        results.append({"alternatives": [{"transcript": flat(p, '_r'), "confidence": round(R.uniform(.8, .96), 6)}],
                        "resultEndTime": f"{t:.2f}s", "languageCode": "en-us"})
    words = []
    for w in timed(turns, '_w'):
        words.append({"startTime": f"{w['st']:.3f}s", "endTime": f"{w['et']:.3f}s", "word": w['tok'],
                      "speakerTag": w['spk']})
    results.append({"alternatives": [{"transcript": "", "confidence": 0, "words": words}],
                    "resultEndTime": f"{t:.2f}s", "languageCode": "en-us"})
    return JD({"results": results}, indent=1)


@D('transcript', 'Deepgram pre-recorded JSON (no smart_format): spoken digit words with "double", words[] with punctuated_word')
def t_deepgram():
    c = card('visa'); m, y = exp_gen(); v = dg(3)
    cw = wdouble(c)
    parts = ["yes the card number is ", sec('CARD', cw, 'words_double', c, k='c'),
             " the expiration is ", sec('EXPIRY', ew(m, y), 'spoken_words', et(m, y), k='e'),
             " and the security code is ", sec('CVV', wdouble(v, oh=1.0), 'words', v, k='v'),
             " and can you email the receipt please"]
    tw = timed([(0, parts)], '_w')
    tp = timed([(0, parts)], '_p')
    words = []
    for a, b in zip(tw, tp):
        if a['punct']:
            continue
        pw = b['tok']
        words.append({"word": a['tok'], "start": a['st'], "end": a['et'],
                      "confidence": round(R.uniform(0.7, 0.999), 4), "punctuated_word": pw})
    obj = {"metadata": {"request_id": uuid(), "created": "2024-05-02T16:11:09.410Z", "duration": tw[-1]['et'],
                        "channels": 1, "models": [uuid()]},
           "results": {"channels": [{"alternatives": [{"transcript": flat(parts, '_t'),
                                                        "confidence": 0.9712, "words": words}]}]}}
    return JD(obj, indent=2)


@D('transcript', 'AssemblyAI JSON: full text + utterances[] (speaker A/B), formatted digits')
def t_assembly():
    c = card('disc'); m, y = exp_gen(); v = dg(3); trk = ups(); ordn = f'{nzd(2)}-{dg(4)}-{dg(4)}'
    utts = [
        ('A', "Thank you for calling Kettle and Crate, this is Raj."),
        ('B', ["Hi, I'm calling about order ", neg(ordn, 'neg_order'), ". The tracking says ",
               neg(trk, 'neg_tracking'), " but it hasn't moved."]),
        ('A', "I'm sorry about that. I can reship it with expedited shipping, it's an extra $14.99. Want to put that on a card?"),
        ('B', ["Sure. It's a Discover, ", sec('CARD', grp(c), 'digit_groups', c), "."]),
        ('A', "And the expiration date?"),
        ('B', [sec('EXPIRY', f'{m}/{y:02d}', 'm_slash_yy', et(m, y)), "."]),
        ('A', "And the CVV?"),
        ('B', [sec('CVV', v, 'digits', v), "."]),
        ('A', ["You're all set. You'll get a new tracking number by email within ", neg('24', 'neg_qty'), " hours."]),
    ]
    text = ' '.join(flat(p, '_x') for _, p in utts)
    ul = []
    t = 400
    for spk, p in utts:
        d = R.randint(1800, 6000)
        ul.append({"speaker": spk, "text": flat(p, '_u'), "start": t, "end": t + d,
                   "confidence": round(R.uniform(.85, .99), 5)})
        t += d + R.randint(100, 700)
    obj = {"id": uuid(), "status": "completed", "language_code": "en_us", "audio_duration": t // 1000,
           "text": text, "utterances": ul, "speaker_labels": True, "punctuate": True, "format_text": True}
    return JD(obj, indent=2)


@D('transcript', 'Azure batch transcription JSON: each phrase in lexical / itn / maskedITN / display forms')
def t_azure():
    c = card('amex'); cid = dg(4)
    a, x, l = R.choice(AREAS), str(R.randint(201, 989)), dg(4)
    phr = []

    def P(spk, lex, itn, disp, off):
        # itn is a function so that itn and maskedITN get their own (separately labelled) occurrences
        phr.append({"recognitionStatus": "Success", "channel": 0, "speaker": spk, "offset": f"PT{off}S",
                    "duration": f"PT{R.randint(2, 9)}.{R.randint(1, 9)}S",
                    "nBest": [{"confidence": round(R.uniform(.8, .97), 7), "lexical": lex, "itn": itn(),
                               "maskedITN": itn(), "display": disp}]})
    P(1, "can i get the card number please", lambda: "can i get the card number please",
      "Can I get the card number, please?", 3.2)
    lexc = wd(c, oh=0.5)
    P(2, "it's " + M('CARD', lexc, 'lexical_words', None, c),
      lambda: "it's " + M('CARD', c, 'itn_digits', None, c),
      "It's " + M('CARD', grp(c), 'display_amex_4_6_5', None, c) + ".", 6.9)
    P(1, "and the four digit code on the front of the card", lambda: "and the 4 digit code on the front of the card",
      "And the 4 digit code on the front of the card?", 19.4)
    P(2, M('CVV', wd(cid, oh=1), 'lexical_words', None, cid), lambda: M('CVV', cid, 'itn', None, cid),
      M('CVV', cid, 'display', None, cid) + ".", 23.3)
    P(1, "and a good callback number", lambda: "and a good callback number", "And a good callback number?", 26.0)
    P(2, N(f'{wd(a)} {wd(x)} {wd(l)}', 'neg_phone'), lambda: N(f'{a} {x} {l}', 'neg_phone'),
      N(f'{a}-{x}-{l}', 'neg_phone') + ".", 28.8)
    obj = {"source": f"https://storage.example.net/recordings/{uuid()}.wav", "timestamp": "2024-06-11T18:02:44Z",
           "durationInTicks": R.randint(300000000, 400000000), "recognizedPhrases": phr}
    return JD(obj, indent=2)


@D('transcript', 'Whisper plain text, one paragraph, no speakers, dashed digits')
def t_whisper_plain():
    c = card('visa'); m, y = exp_gen(); v = dg(3); ordn = dg(7); ph = phone('dash')
    return (" Okay, yeah, so I'm looking at it now. The card number is "
            + C(grp(c, '-'), c, 'dashed') + ". Expiration is " + EX(f'{m:02d}/{y:02d}', et(m, y), 'mm_slash_yy')
            + ". And the CVV, it's " + CV('-'.join(v), v, 'dashed_digits')
            + ". Yeah, and my phone number is " + N(ph, 'neg_phone')
            + " just in case. Oh, and the order number was " + N('-'.join(ordn), 'neg_order')
            + ". It was like " + N('$' + str(R.randint(40, 99)), 'neg_amount') + " and change. Thank you so much."
            " You too, bye.")


@D('transcript', 'Whisper segments [hh:mm:ss.mmm --> hh:mm:ss.mmm]; card split over two segments')
def t_whisper_segments():
    c = card('visa'); g = g4(c); m, y = exp_gen(); v = dg(3); code = otp()
    segs = [
        "Thank you for calling Summit Wireless, this is Keisha. How can I help?",
        "Hi, I want to pay my bill, it's past due.",
        "No problem. I'll just need to verify you first. I'm sending a code to the phone on the account.",
        ["Okay, I got it. The code you texted me is ", N(code, 'neg_otp'), "."],
        "Perfect, you're verified. What card are we using today?",
        ["Yeah, the card number is " + C(f'{g[0]} {g[1]}', c, 'split_segments', 'c')],
        [C(f'{g[2]} {g[3]}', c, 'split_segments', 'c') + "."],
        "And when does it expire?",
        [EX(f'{MONTHS[m - 1]} 20{y}', et(m, y), 'month_name_yyyy') + "."],
        "And the security code?",
        [CV(v, v, 'digits') + "."],
        ["Thank you. That's " + N(amount(60, 250), 'neg_amount') + " applied, confirmation "
         + N(nzd(9), 'neg_confirmation') + "."],
    ]
    t = 0.0
    out = []
    for s in segs:
        d = R.uniform(1.5, 5.5)
        txt = s if isinstance(s, str) else ''.join(s)
        out.append(f"[{hmsm(t)} --> {hmsm(t + d)}]  {txt}")
        t += d
    return '\n'.join(out) + '\n'


@D('transcript', 'WebVTT with <v> voice tags; SSN given then read back by agent')
def t_webvtt():
    s = ssn(); d = dob('slash'); z = zip4(); l4 = dg(4); ph = phone('paren')
    cues = [
        ("Agent", "Thank you for calling Crescent Bank, this is Alicia. Who do I have the pleasure of speaking with?"),
        ("Customer", "Hi, this is " + ' '.join(name()) + "."),
        ("Agent", "Thanks. Can I have your date of birth?"),
        ("Customer", N(d, 'neg_dob') + "."),
        ("Agent", "And your Social Security number?"),
        ("Customer", "It's " + SS(sf(s), s, 'dashed') + "."),
        ("Agent", "Thank you, I have " + SS(sf(s, ' '), s, 'readback_spaced') + ", is that correct?"),
        ("Customer", "Yes."),
        ("Agent", "And the ZIP code on file?"),
        ("Customer", N(z, 'neg_zip4') + "."),
        ("Agent", "Great, you're verified. I see the debit card ending in " + N(l4, 'neg_last4')
         + " was declined this morning."),
        ("Customer", "Yeah, can you call me back at " + N(ph, 'neg_phone') + " if it happens again?"),
    ]
    out = ["WEBVTT", ""]
    t = 1.0
    for i, (spk, txt) in enumerate(cues, 1):
        d = R.uniform(2, 5)
        out += [str(i), f"{hmsm(t)} --> {hmsm(t + d)}", f"<v {spk}>{txt}", ""]
        t += d + 0.2
    return '\n'.join(out)


@D('transcript', 'SRT subtitles; card read in pairs ("forty five, thirty two") across two cues')
def t_srt_pairs():
    c = card('mc'); m, y = exp_gen(); v = dg(3)
    p1 = pairs(c[:8]); p2 = pairs(c[8:])
    cues = [
        "Okay go ahead with the card number whenever you're ready.",
        "Yeah it's " + C(p1, c, 'pairs_split_cues', 'c') + ",",
        C(p2, c, 'pairs_split_cues', 'c') + ".",
        "Okay, and the expiration?",
        EX(pairs(f'{m:02d}{y:02d}'), et(m, y), 'pairs') + ".",
        "And the security code on the back?",
        "It's " + CV(wd(v, oh=1.0), v, 'words') + ".",
        "Alright, running that now for " + N(amount(20, 900), 'neg_amount') + ".",
    ]
    out = []
    t = 31.0
    for i, txt in enumerate(cues, 1):
        d = R.uniform(1.8, 4.2)
        out += [str(i), f"{hmsm(t, ',')} --> {hmsm(t + d, ',')}", txt, ""]
        t += d + 0.1
    return '\n'.join(out)


@D('transcript', 'NICE CXone transcript CSV (contact_id,seq,party,offset,text); old engine with homophones, card over two rows')
def t_nice_csv():
    c = card('visa'); m, y = exp_gen(); v = dg(3); cid = nzd(11)
    h = c[:8]; t2 = c[8:]
    rows = [
        ("Agent", "thank you for calling how can i help you"),
        ("Customer", "yeah i need to make a payment on my account"),
        ("Agent", "sure what card number would you like to use"),
        ("Customer", "it's " + C(wd(h, oh=0.6, homo=0.7), c, 'homophones_split_rows', 'c')),
        ("Agent", "uh huh"),
        ("Customer", C(wd(t2, oh=0.6, homo=0.7), c, 'homophones_split_rows', 'c')),
        ("Agent", "and the expiration date"),
        ("Customer", EX(ew(m, y).replace('eight', 'ate', 1), et(m, y), 'spoken_homophone')),
        ("Agent", "and the three digit security code"),
        ("Customer", CV(wd(v, homo=1.0), v, 'homophones')),
        ("Agent", "thank you one moment"),
    ]
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator='\r\n')
    wr.writerow(['contact_id', 'seq', 'party', 'offset_ms', 'text'])
    off = 0
    for i, (p, txt) in enumerate(rows, 1):
        wr.writerow([N(cid, 'neg_ref'), i, p, off, txt])
        off += R.randint(1500, 6000)
    return buf.getvalue()


@D('transcript', 'Genesys Cloud transcript JSON (phrases with participantPurpose); Amex + CID in words')
def t_genesys():
    c = card('amex'); cid = dg(4); m, y = exp_gen()
    ph = [
        ("internal", "thank you for calling this is marcus how can i help"),
        ("external", "hi i wanted to book the two night package you have"),
        ("internal", "sure i can do that what card are we putting that on"),
        ("external", "american express " + C(wd(c[:4]) + ' ' + wd(c[4:10]) + ' ' + wd(c[10:]), c, 'words_amex')),
        ("internal", "and the expiration"),
        ("external", EX(ew(m, y, oh=False), et(m, y), 'spoken_words')),
        ("internal", "and the four digit code on the front"),
        ("external", CV(wd(cid), cid, 'words_cid4')),
        ("internal", "thank you your confirmation number is " + N(' '.join(authcode()), 'neg_confirmation')),
    ]
    t = 1200
    phrases = []
    for p, txt in ph:
        d = R.randint(1500, 5000)
        phrases.append({"text": txt, "stability": 1, "startTimeMs": t, "duration": {"milliseconds": d},
                        "participantPurpose": p, "confidence": round(R.uniform(.7, .95), 2)})
        t += d + 300
    obj = {"organizationId": uuid(), "conversationId": uuid(), "communicationId": uuid(),
           "mediaType": "call", "transcripts": [{"utteranceId": uuid(), "language": "en-US", "phrases": phrases}]}
    return JD(obj, indent=2)


@D('transcript', 'Five9 call transcript text export: "hh:mm:ss SPEAKER: text"; SSN in words, phone in words')
def t_five9():
    s = ssn(); pw = phone('words'); conf = 'F9' + dg(6)
    lines = [
        ("AGENT", "Thanks for calling Redwood Lending, my name is Elena, can I get your name?"),
        ("CUSTOMER", ' '.join(name()) + "."),
        ("AGENT", "Thanks. To pull up the application I need your social."),
        ("CUSTOMER", "Okay it's " + SS(f'{wd(s[:3])}, {wd(s[3:5])}, {wd(s[5:])}', s, 'words_grouped') + "."),
        ("AGENT", "Got it. And the best number to reach you?"),
        ("CUSTOMER", N(pw, 'neg_phone') + "."),
        ("AGENT", "And the loan amount you applied for?"),
        ("CUSTOMER", N('twelve thousand five hundred', 'neg_amount') + "."),
        ("AGENT", "Okay. Your application reference is " + N(conf, 'neg_ref') + ", I'll email that too."),
    ]
    t = 10 * 3600 + 2 * 60 + R.randint(0, 59)
    out = [f"Call ID: {N(nzd(10), 'neg_ref')}   Campaign: Inbound_Loans   Disposition: Verified", ""]
    for spk, txt in lines:
        out.append(f"{hms(t)} {spk}: {txt}")
        t += R.randint(3, 12)
    return '\n'.join(out)


@D('transcript', 'Plain Agent:/Customer: transcript; self-correction inside card ("no sorry"), span covers whole readout')
def t_selfcorrect():
    c = card('mc2'); g = g4(c); m, y = exp_gen(); v = dg(3)
    wrong = g[2][:3] + str((int(g[2][3]) + 3) % 10)
    cw = (f"{wd(g[0])}, {wd(g[1])}, {wd(wrong)}, no sorry, {wd(g[2][3])} not {wd(wrong[3])}, "
          f"{wd(g[3])}")
    return '\n'.join([
        "Agent: Okay, go ahead with the card number.",
        "Customer: Okay so it's " + C(cw, c, 'words_self_correction', chk='skip') + ".",
        "Agent: Let me read that back, " + C(f"{g[0]} {g[1]} {g[2]} {g[3]}", c, 'readback_digits') + "?",
        "Customer: Yes that's it.",
        "Agent: Expiration?",
        "Customer: " + EX(f"{wd(f'{m:02d}')} {wd(f'{y:02d}')}", et(m, y), 'words_digit_by_digit') + ".",
        "Agent: And the CVC?",
        "Customer: Um " + CV(wd(v), v, 'words') + ".",
        "Agent: Thank you. Your account number with us ends in " + N(dg(4), 'neg_last4')
        + " and your payment of " + N(amount(30, 300), 'neg_amount') + " is scheduled for "
        + N(f"{MONTHS[R.randint(0, 11)]} {R.randint(1, 28)}", 'neg_date') + ".",
    ])


@D('transcript', 'Speaker-labelled transcript where the recogniser garbled the questions ("security coat", "ex pirate ion")')
def t_garbled_questions():
    c = card('visa'); m, y = exp_gen(); v = dg(3)
    vv = ' '.join(HOMO.get(d, W[int(d)]) if d in '1234689' else W[int(d)] for d in v)
    return '\n'.join([
        "SPEAKER 1: can i get the long number across the front of the card",
        "SPEAKER 2: yeah " + C(grp(c), c, 'digit_groups'),
        "SPEAKER 1: and the ex pirate ion date",
        "SPEAKER 2: " + EX(ew(m, y), et(m, y), 'spoken_words'),
        "SPEAKER 1: and the security coat on the back",
        "SPEAKER 2: " + CV(vv, v, 'homophones'),
        "SPEAKER 1: and is this for the room at " + N(str(R.randint(2, 9)) + dg(2), 'neg_room')
        + " or the one at the other property",
        "SPEAKER 2: the room yeah checking out on the " + N('fourteenth', 'neg_date'),
    ])


@D('transcript', 'Agent/caller transcript with numbers formatted inconsistently (digits, then words, then pairs)')
def t_mixed_format():
    c = card('visa'); g = g4(c); m, y = exp_gen(); v = dg(3)
    cw = f"{g[0]} {g[1]} {wd(g[2], oh=1.0)} {pairs(g[3], ' ')}"
    return '\n'.join([
        "Caller: hi yeah I'm paying the invoice for " + N('INV-' + dg(6), 'neg_invoice'),
        "Agent: sure what's the card",
        "Caller: " + C(cw, c, 'digits_words_pairs_mixed'),
        "Agent: and the expiration date",
        "Caller: " + EX(f"{m:02d} 20{y}", et(m, y), 'mm_yyyy'),
        "Agent: and the three digits on the back",
        "Caller: " + CV(f"{v[0]} {wd(v[1:], oh=1.0)}", v, 'digit_then_words'),
        "Agent: okay " + N(amount(200, 3000), 'neg_amount') + " goes through in about " + N('2', 'neg_qty')
        + " business days",
    ])


@D('transcript', 'Spanish/English mixed call transcript (Agente/Cliente); Spanish number words')
def t_spanglish():
    c = card('visa'); g = g4(c); m = R.randint(1, 12); y = R.randint(25, 29); v = dg(3)
    acct = dg(10); ph = phone('paren')
    cw = ', '.join(wes(x) for x in g)
    return '\n'.join([
        "Agente: Gracias por llamar a TelcoPlus, my name is Ana, ¿en qué le puedo ayudar?",
        "Cliente: Sí, quiero pagar mi factura. Mi número de cuenta es " + N(acct, 'neg_account') + ".",
        "Agente: Perfecto. ¿Con qué tarjeta?",
        "Cliente: Con mi Visa, es " + C(cw, c, 'spanish_words') + ".",
        "Agente: ¿Y la fecha de vencimiento?",
        "Cliente: " + EX(f"{wes(f'{m:02d}')} del {ES_TWENTIES[y - 20]}", et(m, y), 'spanish_words') + ".",
        "Agente: ¿Y el código de seguridad, los tres números atrás?",
        "Cliente: " + CV(wes(v), v, 'spanish_words') + ".",
        "Agente: Listo, se aplicó el pago de " + N(amount(30, 200), 'neg_amount')
        + ". Si necesita algo more, call us al " + N(ph, 'neg_phone') + ".",
    ])


@D('transcript', 'One-line lowercase transcript, no speaker labels, no punctuation (legacy engine)')
def t_oneline():
    c = card('disc'); m, y = exp_gen(); v = dg(3)
    a, x, l = R.choice(AREAS), str(R.randint(201, 989)), dg(4)
    return ("yes hi i'm calling about my bill i think it was due on the " + N('fifteenth', 'neg_date')
            + " okay the card number is " + C(wd(c, oh=0.7), c, 'words_run_on')
            + " expiration " + EX(ew(m, y), et(m, y), 'spoken_words')
            + " and the cvv is " + CV(wd(v, oh=1), v, 'words') + " my callback number is "
            + N(f"{wd(a)} {wd(x)} {wd(l)}", 'neg_phone') + " thank you bye")


@D('transcript', 'Otter-style transcript "Speaker 1  0:12" blocks; agent asks last four, caller gives whole SSN')
def t_otter_last4():
    s = ssn(); l4c = dg(4)
    blocks = [
        ("Speaker 1", "0:03", "Okay, before I can go into the account, can I get the last four of your social?"),
        ("Speaker 2", "0:09", "Sure, it's uh " + SS(sf(s), s, 'dashed_when_last4_asked') + ", the whole thing."),
        ("Speaker 1", "0:15", "Thank you, I only needed the last four, " + IG(s[5:], 'ssn_last4_readback')
         + ". You're verified. And you're calling about the card ending in " + N(l4c, 'neg_last4') + "?"),
        ("Speaker 2", "0:24", "Yes, I was born " + N(dob('long'), 'neg_dob')
         + " if you need that too. There's a charge for " + N(amount(10, 90), 'neg_amount')
         + " I don't recognise."),
        ("Speaker 1", "0:33", "I'll open a dispute, the case number is " + N(nzd(8), 'neg_case') + "."),
    ]
    return '\n\n'.join(f"{a}  {b}\n{c}" for a, b, c in blocks)


@D('transcript', 'Dialpad-style transcript "[name] mm:ss"; agent reads the full card back, then "ending in"')
def t_readback():
    c = card('jcb'); m, y = exp_gen(); v = dg(3); ag = R.choice(AGENTS); cu = ' '.join(name())
    L = [
        (ag, "01:12", "Okay, go ahead with the card."),
        (cu, "01:15", "It's " + C(grp(c), c, 'digit_groups') + "."),
        (ag, "01:24", "Let me read that back: " + C(wd(c[:4]) + ", " + wd(c[4:8]) + ", " + wd(c[8:12]) + ", "
                                                    + wd(c[12:]), c, 'readback_words') + "."),
        (cu, "01:33", "Yep."),
        (ag, "01:35", "Expiration date and security code?"),
        (cu, "01:38", EX(f"{m:02d}/{y:02d}", et(m, y), 'mm_slash_yy') + ", and " + CV(v, v, 'digits') + "."),
        (ag, "01:45", "Perfect, so the JCB ending in " + IG(c[-4:], 'card_last4_readback') + " is charged "
         + N(amount(100, 600), 'neg_amount') + ". Your booking reference is " + N(authcode(), 'neg_confirmation') + "."),
    ]
    return '\n'.join(f"[{a}] {b}\n{t}\n" for a, b, t in L)


@D('transcript', 'RingCentral-style transcript "Name (hh:mm:ss):"; caller gives one card then switches to another')
def t_wrong_card():
    c1 = card('mc'); c2 = card('visa'); m, y = exp_gen(); v = dg(3)
    L = [
        ("Agent", "Which card would you like to use?"),
        ("Caller", "Let's do " + C(grp(c1, '-'), c1, 'digit_groups_first_card') + ", oh wait, that's the old one."),
        ("Agent", "No problem."),
        ("Caller", "Use this one instead: " + C(grp(c2), c2, 'digit_groups_second_card') + "."),
        ("Agent", "And the expiration on that one?"),
        ("Caller", EX(f"{MON3[m - 1]} {y:02d}", et(m, y), 'mon_abbr_yy') + "."),
        ("Agent", "And the code on the back?"),
        ("Caller", CV(v, v, 'digits') + ". And can you take the old one off, it ends in " + IG(c1[-4:], 'card_last4_same_doc') + "."),
        ("Agent", "Done. Ticket " + N('#' + nzd(6), 'neg_ticket') + " for your records."),
    ]
    t = 14 * 3600 + R.randint(0, 3000)
    out = []
    for a, txt in L:
        out.append(f"{a} ({hms(t)}): {txt}")
        t += R.randint(2, 10)
    return '\n'.join(out)


@D('transcript', 'Twilio Voice Intelligence sentences JSON; digits with "uh" fillers inside the card')
def t_twilio():
    c = card('visa'); g = g4(c); m, y = exp_gen(); v = dg(3)
    cw = f"{' '.join(g[0])}, uh, {' '.join(g[1])}, {' '.join(g[2])}, um, {' '.join(g[3])}"
    sents = [
        (0, "I can take the card number when you're ready."),
        (1, "Okay, it's " + C(cw, c, 'single_digits_with_fillers') + "."),
        (0, "And the expiration?"),
        (1, "Uh, it says " + EX(f"{m:02d} slash {y:02d}", et(m, y), 'mm_slash_word_yy') + "."),
        (0, "And the CVV?"),
        (1, CV(' '.join(v), v, 'single_digits') + "."),
        (0, "Thank you. Is the billing ZIP still " + N(zip5(), 'neg_zip') + "?"),
        (1, "Yes."),
    ]
    out = []
    t = 2.0
    for i, (ch, txt) in enumerate(sents):
        d = R.uniform(1, 5)
        out.append({"media_channel": ch + 1, "sentence_index": i, "start_time": f"{t:.2f}",
                    "end_time": f"{t + d:.2f}", "transcript": txt, "sid": "GX" + hexid(32),
                    "confidence": f"{R.uniform(.8, .99):.2f}"})
        t += d
    return JD({"sentences": out, "meta": {"page": 0, "page_size": 50}}, indent=2)


@D('transcript', 'Agent/Customer transcript with "triple"/"double" digits, spoken amounts and "December of twenty eight"')
def t_triple():
    c = card('cup'); v = dg(3); y = R.randint(26, 31)
    c = c[:5] + c[5] * 3 + c[8:15]
    c = luhn_complete(c)
    cw = f"{wdouble(c[:8])}, {wdouble(c[8:])}"
    return '\n'.join([
        "AGENT: so the balance is " + N('twelve thirty four fifty six', 'neg_amount') + ", do you want to pay all of it",
        "CUSTOMER: yes on my UnionPay card " + C(cw, c, 'words_triple_double'),
        "AGENT: and when does it expire",
        "CUSTOMER: " + EX(f"December of {pair(str(y))}", f'12{y}', 'month_of_year_words'),
        "AGENT: and the CVN",
        "CUSTOMER: " + CV(wd(v), v, 'words'),
        "AGENT: okay that's done, your receipt number is " + N(pairs(dg(6), ' '), 'neg_receipt') + " and it goes to the email on file",
    ])


@D('transcript', 'Zoom/Teams meeting VTT (Name: text cues); SSN with homophones (nein, ate, won)')
def t_zoom_vtt():
    s = ssn()
    while not any(d in s for d in '1689'):
        s = ssn()
    sw = f"{wd(s[:3], homo=1)}, {wd(s[3:5], homo=1)}, {wd(s[5:], homo=1)}"
    cu = name()[0]
    cues = [
        ("Kim Tran", "Okay so for the background check form I just need your social."),
        (cu, "Sure, it's " + SS(sw, s, 'homophones_words') + "."),
        ("Kim Tran", "Got it. And your employee ID is " + N(nzd(6), 'neg_employee_id') + "?"),
        (cu, "Yes. And my start date is " + N('June 3rd', 'neg_date') + "."),
    ]
    out = ["WEBVTT", ""]
    t = 60.0
    for i, (n, txt) in enumerate(cues, 1):
        d = R.uniform(2, 6)
        out += [str(i), f"{hmsm(t)} --> {hmsm(t + d)}", f"{n}: {txt}", ""]
        t += d
    return '\n'.join(out)


@D('transcript', 'Call transcript; SSN in pairs with "uh" fillers and a false start')
def t_ssn_pairs():
    s = ssn()
    sw = f"{W[int(s[0])]} uh {pair(s[1:3])}, {pair(s[3:5])}, {pair(s[5:7])} {pair(s[7:9])}"
    return '\n'.join([
        "Rep: and I'll need your social security number to run the credit check",
        "Caller: okay it's " + SS(sw, s, 'pairs_with_filler'),
        "Rep: and your current address",
        "Caller: " + N(f"{R.randint(100, 9999)}", 'neg_address_number') + " " + R.choice(STREETS).lower()
        + " apartment " + N(f"{R.randint(1, 30)}{R.choice('ABCD')}", 'neg_room'),
        "Rep: thank you the hard inquiry will show up within " + N('thirty', 'neg_qty') + " days",
    ])


@D('transcript', 'Carrier support call, numbers only: IMEI read out, account, tracking, OTP, amounts (no secrets)')
def t_negatives_only():
    im = imei(); acct = nzd(9); trk = usps(); code = otp()
    return '\n'.join([
        "Agent: Thanks for calling, can I have the account number?",
        "Customer: " + N(acct, 'neg_account') + ".",
        "Agent: I just texted a code to the number on file.",
        "Customer: It says " + N(' '.join(code), 'neg_otp') + ".",
        "Agent: Thanks. And the IMEI on the phone that's not working?",
        "Customer: Okay, dial star pound zero six pound... it's " + N(im, 'neg_imei') + ".",
        "Agent: Got it. The replacement shipped USPS, tracking " + N(' '.join(g4(trk)), 'neg_tracking') + ".",
        "Customer: And the charge was " + N(amount(20, 120), 'neg_amount') + "?",
        "Agent: Yes, on " + N(dob('slash')[:6] + '2024', 'neg_date') + ", and the credit of "
        + N(amount(5, 30), 'neg_amount') + " posts in " + N('1 to 2', 'neg_qty') + " billing cycles.",
        "Customer: And which card did that go on?",
        "Agent: The card ending " + N(dg(4), 'neg_last4') + ". Your ticket is " + N('CS-' + nzd(7), 'neg_ticket') + ".",
    ])


@D('transcript', 'Call transcript; CVV with leading zero "oh", expiry "nine twenty seven", confirmation read digit by digit')
def t_cvv_zero():
    c = card('mc'); m = R.randint(1, 9); y = R.randint(25, 31); v = '0' + dg(2)
    conf = nzd(8)
    return '\n'.join([
        "A: and the card",
        "B: " + C(f"{c[:4]} {c[4:8]}", c, 'split_turns', 'c') + " hang on " + C(f"{c[8:12]} {c[12:]}", c, 'split_turns', 'c'),
        "A: thank you and expiration",
        "B: " + EX(ew(m, y, oh=False), et(m, y), 'spoken_m_yy'),
        "A: and the card verification value",
        "B: is that the one on the back it's " + CV(wd(v, oh=1), v, 'words_leading_oh'),
        "A: yes thank you your confirmation number is " + N(wd(conf), 'neg_confirmation'),
        "B: can you repeat that",
        "A: " + N(' '.join(conf), 'neg_confirmation'),
    ])


@D('transcript', 'WhisperX JSON segments with speaker and per-word timings; card split across segments, words[] spans')
def t_whisperx():
    c = card('mc'); g = g4(c); m, y = exp_gen(); v = dg(3)
    segs = [
        ("SPEAKER_00", ["What's the card number?"]),
        ("SPEAKER_01", ["It's ", sec('CARD', f'{g[0]} {g[1]}', 'split_segments', c, k='c')]),
        ("SPEAKER_01", [sec('CARD', f'{g[2]} {g[3]}', 'split_segments', c, k='c'), "."]),
        ("SPEAKER_00", ["And expiry?"]),
        ("SPEAKER_01", [sec('EXPIRY', f'{m:02d}/{y:02d}', 'mm_slash_yy', et(m, y), k='e'), ", CVV ",
                        sec('CVV', v, 'digits', v, k='v'), "."]),
    ]
    out = []
    t = 12.0
    for spk, parts in segs:
        ws = []
        for w in timed([(spk, parts)], '_w', t0=t):
            if w['punct']:
                continue
            ws.append({"word": w['tok'], "start": w['st'], "end": w['et'], "score": round(R.uniform(.5, .99), 3),
                       "speaker": spk})
        e = ws[-1]['end'] if ws else t + 1
        out.append({"start": round(t, 3), "end": e, "text": " " + flat(parts, '_s'), "speaker": spk, "words": ws})
        t = e + 0.4
    return JD({"segments": out, "language": "en"}, indent=1)


@D('transcript', 'Speechmatics-style JSON results[] (type word/punctuation, alternatives content/speaker); SSN and DOB')
def t_speechmatics():
    s = ssn(); d = dob('long')
    turns = [("S1", "can I have your social security number"),
             ("S2", ["it's ", sec('SSN', f'{s[:3]} {s[3:5]} {s[5:]}', 'word_items', s)]),
             ("S1", "and date of birth"),
             ("S2", [neg(d, 'neg_dob')])]
    res = []
    for w in timed(turns, '_i'):
        res.append({"type": "punctuation" if w['punct'] else "word", "start_time": w['st'], "end_time": w['et'],
                    "alternatives": [{"content": w['tok'], "confidence": round(R.uniform(.8, 1), 2),
                                      "language": "en", "speaker": w['spk']}]})
    return JD({"format": "2.9", "job": {"id": hexid(10), "data_name": "call_" + dg(8) + ".wav"},
                       "results": res}, indent=1)


@D('transcript', 'Agent/customer transcript: card given twice because the first read was cut off; expiry as "oh six of twenty nine"')
def t_cutoff():
    c = card('visa'); g = g4(c); m, y = exp_gen(); v = dg(3)
    return '\n'.join([
        "AGENT: go ahead",
        "CUSTOMER: " + C(f"{wd(g[0])} {wd(g[1])} {wd(g[2])}", c, 'partial_12_digits_cut_off', chk='skip') + " -- [crosstalk]",
        "AGENT: sorry you cut out after " + IG(wd(g[2]), 'partial_readback') + ", can you start over",
        "CUSTOMER: " + C(f"{wd(g[0])} {wd(g[1])} {wd(g[2])} {wd(g[3])}", c, 'words'),
        "AGENT: expiration",
        "CUSTOMER: " + EX(f"{pair(f'{m:02d}')} of {pair(str(y))}", et(m, y), 'spoken_of'),
        "AGENT: and the CVV",
        "CUSTOMER: " + CV(wd(v), v, 'words') + " and I'm at extension " + N(dg(3), 'neg_extension') + " if we drop",
    ])
# =================================================================== CHATS

@D('chat', 'Web chat widget transcript (Visitor/Agent with times); card, exp, cvv in one message')
def c_widget():
    c = card('visa'); m, y = exp_gen(); v = dg(3); o = nzd(6); fn = name()[0]
    L = [
        ("Agent Tiffany", "Hi there! How can I help you today?"),
        ("Visitor", "hi i need to update payment for order #" + N(o, 'neg_order') + " it got declined"),
        ("Agent Tiffany", "Sorry about that! I can take a new card here, or you can update it in your account."),
        ("Visitor", "card " + C(grp(c), c, 'spaced') + " exp " + EX(f"{m:02d}/{y:02d}", et(m, y), 'mm_slash_yy')
         + " cvv " + CV(v, v, 'digits') + " zip " + N(zip5(), 'neg_zip')),
        ("Agent Tiffany", "Thank you " + fn + ", that went through. Total charged " + N(amount(20, 400), 'neg_amount') + "."),
    ]
    t = R.randint(13 * 3600, 16 * 3600)
    out = [f"Chat started: {N('2024-03-14', 'neg_date')} {t // 3600 - 12}:{t // 60 % 60:02d} PM", ""]
    for who, msg in L:
        t += R.randint(8, 70)
        out.append(f"({t // 3600 - 12}:{t // 60 % 60:02d}:{t % 60:02d} PM) {who}: {msg}")
    return '\n'.join(out)


@D('chat', 'WhatsApp export "[dd/mm/yyyy, hh:mm:ss] Name: msg"; card in two messages, expiry and code in separate messages')
def c_whatsapp():
    c = card('mc'); g = g4(c); m, y = exp_gen(); v = dg(3); fn, ln = name()
    t = [10, 22, 31]

    def ts():
        t[2] += R.randint(3, 40)
        if t[2] >= 60:
            t[2] -= 60; t[1] += 1
        return f"[14/03/2024, {t[0]}:{t[1]:02d}:{t[2]:02d}]"
    L = [
        ("Bella Boutique", "Hi " + fn + "! Your order is ready, we just need payment to ship it 😊"),
        (f"{fn} {ln}", "ok one sec"),
        (f"{fn} {ln}", C(f"{g[0]} {g[1]}", c, 'split_messages', 'c')),
        (f"{fn} {ln}", C(f"{g[2]} {g[3]}", c, 'split_messages', 'c')),
        ("Bella Boutique", "Thank you! Expiry and the 3 numbers on the back?"),
        (f"{fn} {ln}", EX(f"{m:02d}/{y:02d}", et(m, y), 'mm_slash_yy')),
        (f"{fn} {ln}", CV(v, v, 'digits_alone')),
        ("Bella Boutique", "Perfect. We'll ship to the address ending " + N(zip5(), 'neg_zip')
         + ", tracking will come from " + N(phone('plusparen'), 'neg_phone') + " by SMS."),
        (f"{fn} {ln}", "👍"),
    ]
    return '\n'.join(f"{ts()} {a}: {b}" for a, b in L)


@D('chat', 'Microsoft Teams copy (name + time headers, blank lines); SSN with a missing digit then corrected')
def c_teams_typo():
    s = ssn(); typo = s[:4] + s[5:]
    fn, ln = name()
    blocks = [
        (f"{ln}, {fn}", "10:14 AM", "hey can you help me with my enrollment? HR said you need my SSN"),
        ("Benefits Desk (Noor)", "10:15 AM", "Hi! Yes, for the 401k enrollment form I need your SSN and date of birth."),
        (f"{ln}, {fn}", "10:16 AM", SS(typo, s, 'typo_8_digits', chk='skip') + " and dob " + N(dob('slash'), 'neg_dob')),
        ("Benefits Desk (Noor)", "10:16 AM", "That SSN looks one digit short, can you double check?"),
        (f"{ln}, {fn}", "10:17 AM", "sorry " + SS(sf(s), s, 'dashed_correction')),
        ("Benefits Desk (Noor)", "10:18 AM", "Thanks! Your employee number is " + N(nzd(6), 'neg_employee_id')
         + " and the plan ID is " + N(nzd(3) + '-' + dg(5), 'neg_plan_id') + "."),
    ]
    return '\n\n'.join(f"{a}  {b}\n{c}" for a, b, c in blocks)


@D('chat', 'Slack channel copy between agents; card pasted with emoji labels')
def c_slack_emoji():
    c = card('visa'); m, y = exp_gen(); v = dg(3); res = nzd(7)
    return '\n'.join([
        "Jake Ortiz  10:41 AM",
        "can someone run this for the phone order, POS is down on my station",
        "Jake Ortiz  10:42 AM",
        "💳 " + C(grp(c), c, 'spaced_after_emoji') + " 🗓 " + EX(f"{m:02d}/{y:02d}", et(m, y), 'mm_slash_yy')
        + " 🔒 " + CV(v, v, 'digits') + "\nres# " + N(res, 'neg_reservation') + " total " + N(amount(200, 900), 'neg_amount'),
        "",
        "Priya Shah  10:44 AM",
        "done ✅ auth " + N(authcode(), 'neg_authcode') + ". pls dont paste cards in slack tho 😬",
        "Jake Ortiz  10:44 AM",
        "my bad 🙏 deleting",
    ])


@D('chat', 'SMS thread copy with header phone; NBSP/thin-space inside card, en-dash in expiry')
def c_sms_unicode():
    c = card('visa'); g = g4(c); m, y = exp_gen(); v = dg(3)
    cs = g[0] + '\u00a0' + g[1] + '\u2009' + g[2] + '\u00a0' + g[3]
    return '\n'.join([
        "Conversation with " + N(phone('plusparen'), 'neg_phone'),
        "",
        "Them (Mar 14, 9:02 AM): Hi this is " + name()[0] + ", you called about my appointment deposit?",
        "Me (Mar 14, 9:05 AM): Yes! We need a $50 deposit to hold the " + N('3:15', 'neg_time') + " slot on "
        + N('Thursday 3/21', 'neg_date') + ". Reply with card details or call us.",
        "Them (Mar 14, 9:11 AM): " + C(cs, c, 'nbsp_thinspace'),
        "Them (Mar 14, 9:11 AM): exp " + EX(f"{m:02d}\u2013{y:02d}", et(m, y), 'en_dash') + " code " + CV(v, v, 'digits'),
        "Me (Mar 14, 9:20 AM): Got it, you're booked. Ref " + N('APT-' + nzd(5), 'neg_ref'),
    ])


@D('chat', 'Amazon Connect chat transcript JSON (Transcript[] messages); Amex without spaces, CID 4 digits, expiry MMYY')
def c_connect_chat():
    c = card('amex'); cid = dg(4); m, y = exp_gen()
    msgs = [
        ("SYSTEM", "Customer has joined the chat."),
        ("AGENT", "Hello, thanks for contacting Orbit Air. How may I assist?"),
        ("CUSTOMER", "I need to pay the change fee for confirmation " + N(''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6)), 'neg_confirmation')),
        ("AGENT", "Certainly. The fee is " + N(amount(75, 200), 'neg_amount') + ". Please provide the card number."),
        ("CUSTOMER", C(c, c, 'no_spaces')),
        ("CUSTOMER", EX(et(m, y), et(m, y), 'mmyy')),
        ("CUSTOMER", "cid " + CV(cid, cid, 'cid4_amex')),
        ("AGENT", "Thank you. Your new flight departs " + N('06:45', 'neg_time') + " from gate " + N('B12', 'neg_gate') + "."),
    ]
    tr = []
    t = 1710410000
    for role, txt in msgs:
        t += R.randint(5, 60)
        tr.append({"AbsoluteTime": f"2024-03-14T10:{(t // 60) % 60:02d}:{t % 60:02d}.{dg(3)}Z",
                   "Content": txt, "ContentType": "text/plain", "Id": uuid(), "Type": "MESSAGE",
                   "ParticipantId": uuid(), "DisplayName": role.title(), "ParticipantRole": role})
    return JD({"Version": "2019-08-26", "Participants": [{"ParticipantId": uuid()}, {"ParticipantId": uuid()}],
               "ContactId": uuid(), "InitialContactId": uuid(), "Transcript": tr}, indent=2)


@D('chat', 'Intercom conversation export JSON (conversation_parts with HTML bodies)')
def c_intercom():
    c = card('mc2'); m, y = exp_gen(); v = dg(3); inv = 'in_' + hexid(14)
    parts_ = [
        ("user", "<p>Hi, my subscription payment failed, invoice " + N(inv, 'neg_invoice') + "</p>"),
        ("admin", "<p>Hi! I can update it for you. You can also do it from Settings &gt; Billing.</p>"),
        ("user", "<p>just do it pls: " + C(grp(c), c, 'spaced_in_html') + "</p><p>" + EX(f"{m:02d}/20{y}", et(m, y), 'mm_slash_yyyy')
         + "</p><p>" + CV(v, v, 'digits_in_html') + "</p>"),
        ("admin", "<p>Done, the charge of " + N(amount(9, 99), 'neg_amount') + " succeeded.</p>"),
    ]
    cp = []
    t = 1710400000
    for typ, body in parts_:
        t += R.randint(30, 300)
        cp.append({"type": "conversation_part", "id": nzd(11), "part_type": "comment", "body": body,
                   "created_at": t, "author": {"type": typ, "id": hexid(24)}})
    return JD({"type": "conversation", "id": nzd(12), "created_at": 1710400000,
               "conversation_parts": {"type": "conversation_part.list", "conversation_parts": cp,
                                      "total_count": len(cp)}}, indent=2)


@D('chat', 'Zendesk Chat transcript text; zero-width characters inside the card and code')
def c_zendesk_zw():
    c = card('visa'); g = g4(c); m, y = exp_gen(); v = dg(3)
    cz = g[0] + '\u200b' + g[1] + '\u200b' + g[2][:2] + '\u200c' + g[2][2:] + '\u200b' + g[3]
    vz = v[0] + '\u200d' + v[1:]
    return '\n'.join([
        "(10:22:03 AM) *** Visitor 88213 joined the chat ***",
        "(10:22:15 AM) Visitor 88213: hello need to pay for my repair ticket " + N('RT-' + nzd(6), 'neg_ticket'),
        "(10:22:40 AM) Lena: Sure! Please send the card number, expiry and security code.",
        "(10:23:05 AM) Visitor 88213: " + C(cz, c, 'zero_width_joined'),
        "(10:23:09 AM) Visitor 88213: " + EX(f"{m:02d}/{y:02d}", et(m, y), 'mm_slash_yy') + " " + CV(vz, v, 'zero_width_inside'),
        "(10:24:30 AM) Lena: Payment received, thank you! Pickup after " + N('4 PM', 'neg_time') + ".",
    ])


@D('chat', 'Support chat where the customer mistypes one digit, then resends the corrected card')
def c_typo_card():
    c = card('disc'); g = g4(c); m, y = exp_gen(); v = dg(3)
    bad = list(c)
    i = R.randint(5, 13)
    bad[i] = str((int(bad[i]) + 1) % 10)
    bad = ''.join(bad)
    return '\n'.join([
        "Customer: " + C(grp(bad, '-'), c, 'mistyped_one_digit', chk='skip'),
        "Agent: Hmm, that number didn't validate. Could you check it again?",
        "Customer: oops " + C(grp(c, '-'), c, 'dashed_corrected'),
        "Customer: " + EX(f"{m}/{y:02d}", et(m, y), 'm_slash_yy') + " and " + CV(v, v, 'digits'),
        "Agent: Thanks, all good now. Your order " + N('#' + nzd(5), 'neg_order') + " will ship by "
        + N(f"{MON3[R.randint(0, 11)]} {R.randint(1, 28)}", 'neg_date') + ".",
    ])


@D('chat', 'Chat where the customer IME typed full-width digits (card, expiry, code); Japanese/English mix')
def c_fullwidth():
    c = card('jcb'); m, y = exp_gen(); v = dg(3)
    fw = lambda s: ''.join(chr(0xFF10 + int(ch)) if ch.isdigit() else ch for ch in s)
    return '\n'.join([
        "Agent: Hello, thank you for contacting Sakura Travel. How can I help?",
        "Customer: こんにちは。予約番号 " + N(fw(nzd(8)), 'neg_reservation') + " の支払いをしたいです。",
        "Agent: Sure, please send the card number.",
        "Customer: " + C(fw(grp(c, '\u3000')), c, 'fullwidth_ideographic_space'),
        "Customer: 有効期限 " + EX(fw(f'{m:02d}') + '／' + fw(f'{y:02d}'), et(m, y), 'fullwidth_slash')
        + " セキュリティコード " + CV(fw(v), v, 'fullwidth'),
        "Agent: Thank you. The total is ¥" + N('48,200', 'neg_amount') + ". Hotel check-in " + N('15:00', 'neg_time') + ".",
    ])


@D('chat', 'Spanish-language web chat; card, expiry and code in one message')
def c_spanish():
    c = card('mc'); m, y = exp_gen(); v = dg(3)
    return '\n'.join([
        "[11:02] Asesor: Hola, gracias por escribir a MundoHogar. ¿En qué le ayudo?",
        "[11:03] Cliente: hola quiero pagar el pedido " + N(nzd(7), 'neg_order') + " que no pasó",
        "[11:03] Asesor: Claro. Me puede enviar los datos de la tarjeta por favor.",
        "[11:05] Cliente: mi tarjeta es " + C(grp(c), c, 'spaced') + ", vence el " + EX(f"{m:02d}/{y:02d}", et(m, y), 'mm_slash_yy')
        + ", código " + CV(v, v, 'digits'),
        "[11:06] Asesor: Listo. Cobramos " + N('$' + f"{R.randint(1, 9)},{dg(3)}.{dg(2)}", 'neg_amount')
        + " MXN. Le llamamos al " + N(f"55 {dg(4)} {dg(4)}", 'neg_phone') + " para la entrega.",
    ])


@D('chat', 'Chat with card written with dots, plus a 16-digit order number and a 12-digit FedEx tracking')
def c_dots():
    c = card('visa'); m, y = exp_gen(); v = dg(3)
    o16 = nzd(16)
    return '\n'.join([
        "customer> my order " + N(o16, 'neg_order') + " never arrived and the fedex tracking " + N(fedex(), 'neg_tracking') + " says delivered??",
        "agent> So sorry! I can send a replacement with a " + N('$9.99', 'neg_amount') + " rush fee, or refund you.",
        "customer> replacement. charge " + C(grp(c, '.'), c, 'dotted') + " exp " + EX(f"{m:02d}.{y:02d}", et(m, y), 'mm_dot_yy')
        + " sec " + CV(v, v, 'digits'),
        "agent> Done, new order number " + N(nzd(16), 'neg_order') + ".",
    ])


@D('chat', 'Wireless carrier chat: IMEI, ICCID, account PIN, SSN for credit check, phone numbers')
def c_carrier():
    s = ssn(); im = imei(); ic = iccid(); pin = dg(4)
    return '\n'.join([
        "Agent Marco: Welcome to Vertex Mobile! To add a line I need the IMEI of the device.",
        "Customer: " + N(im, 'neg_imei'),
        "Agent Marco: And the SIM card number (ICCID)?",
        "Customer: " + N(ic, 'neg_iccid'),
        "Agent Marco: Thanks. Adding a line needs a soft credit check. May I have your SSN?",
        "Customer: " + SS(sf(s, ' '), s, 'spaced'),
        "Agent Marco: And please confirm your account PIN.",
        "Customer: " + N(pin, 'neg_pin'),
        "Agent Marco: Approved! Your new number is " + N(phone('dash'), 'neg_phone') + ". Port-in from "
        + N(phone('paren'), 'neg_phone') + " will finish within " + N('24', 'neg_qty') + " hours.",
    ])


@D('chat', 'Facebook Messenger copy ("You sent"/"<name> replied"); card split over lines in one message')
def c_messenger():
    c = card('mc'); g = g4(c); m, y = exp_gen(); v = dg(3); fn = name()[0]
    return '\n'.join([
        f"{fn}",
        "hey do you still have the blue one in size 8?",
        "You sent",
        "Yes! It's " + N('$64.00', 'neg_amount') + " plus shipping. Want me to hold it?",
        f"{fn}",
        "yes pls here is my card\n" + C(f"{g[0]} {g[1]}\n{g[2]} {g[3]}", c, 'line_break_inside') + "\n"
        + EX(f"{m:02d}/{y:02d}", et(m, y), 'mm_slash_yy') + "\n" + CV(v, v, 'digits'),
        "You sent",
        "Thank you! Ships tomorrow, USPS " + N(usps(), 'neg_tracking'),
    ])


@D('chat', 'LiveChat transcript e-mailed to support inbox (header + transcript body)')
def c_livechat_email():
    c = card('visa'); m, y = exp_gen(); v = dg(3); s = ssn()
    return '\n'.join([
        "From: LiveChat <no-reply@livechatinc.com>",
        "Subject: Chat transcript with Visitor (ID " + N(nzd(9), 'neg_ref') + ")",
        "Date: " + N('Tue, 12 Mar 2024 16:40:11 -0500', 'neg_date'),
        "",
        "Chat transcript",
        "Visitor: Visitor " + dg(4),
        "Agent: Greg",
        "Duration: 6m 12s",
        "",
        "Greg: Hello, welcome to Harbor Credit Union online support.",
        "Visitor: i want to apply for the secured card and fund the deposit",
        "Greg: I can start that. I'll need your SSN for the application.",
        "Visitor: " + SS(sf(s), s, 'dashed'),
        "Greg: Thank you. How would you like to fund the " + N('$300', 'neg_amount') + " deposit?",
        "Visitor: debit card " + C(c, c, 'no_spaces') + " " + EX(f"{m}/{y:02d}", et(m, y), 'm_slash_yy') + " " + CV(v, v, 'digits'),
        "Greg: Application " + N('APP' + nzd(8), 'neg_ref') + " submitted. Call " + N(tollfree(), 'neg_phone') + " with questions.",
    ])


@D('chat', 'Chat where customer types single spaced digits and asks about the code')
def c_single_digits():
    c = card('diners'); m, y = exp_gen(); v = dg(3)
    return '\n'.join([
        "Bot: Hi! I'm Ava. Type 'agent' to talk to a person.",
        "User: agent",
        "Bot: Connecting you to an agent... Estimated wait: " + N('3', 'neg_qty') + " minutes.",
        "Agent (Sam): Hi, I can help with the booking deposit. Card number please?",
        "User: " + C(' '.join(c), c, 'single_spaced_digits'),
        "User: its a diners club card exp " + EX(f"{MONTHS[m - 1]} {y:02d}", et(m, y), 'month_name_yy'),
        "User: cvv is 3 digits right? " + CV(v, v, 'digits'),
        "Agent (Sam): Yes, thanks! Deposit of " + N(amount(50, 200), 'neg_amount') + " taken for table for "
        + N('6', 'neg_qty') + " at " + N('7:30 PM', 'neg_time') + ".",
    ])


@D('chat', 'Internal agent group chat (Google Chat copy) forwarding a caller\'s card, expiry and SSN for a manual order')
def c_gchat():
    c = card('visa'); m, y = exp_gen(); v = dg(3); s = ssn()
    return '\n'.join([
        "Raj Menon, 3:02 PM",
        "caller needs financing + payment, system timed out. can someone key this in?",
        "name: " + ' '.join(name()),
        "ss " + SS(sf(s), s, 'dashed_abbrev_label'),
        "dob " + N(dob('short'), 'neg_dob'),
        "cc " + C(c, c, 'no_spaces') + " " + EX(f"{m:02d}{y:02d}", et(m, y), 'mmyy') + " " + CV(v, v, 'digits'),
        "",
        "Keisha Brown, 3:04 PM",
        "on it. quote # " + N('Q-' + nzd(6), 'neg_quote') + "?",
        "Raj Menon, 3:04 PM",
        "yes, and ship to store " + N('#' + dg(4), 'neg_store'),
    ])


@D('chat', 'Chat where customer first sends a masked card, then the full number')
def c_masked_then_full():
    c = card('visa'); m, y = exp_gen(); v = dg(3)
    return '\n'.join([
        "[customer] is it the card " + IG(c[:4] + ' **** **** ' + c[-4:], 'masked_card') + "?",
        "[agent] I need the full number to process the refund to a different card, or I can refund the original.",
        "[customer] ugh fine " + C(grp(c), c, 'spaced'),
        "[customer] " + EX(f"{m:02d}/{y:02d}", et(m, y), 'mm_slash_yy') + " / " + CV(v, v, 'digits'),
        "[agent] Thanks. Refund " + N(amount(10, 300), 'neg_amount') + " will show in " + N('5-7', 'neg_qty') + " business days.",
    ])


@D('chat', 'Chat typed on a phone: Amex and expiry in words, agent asks for the 4-digit code, customer declines')
def c_words_chat():
    c = card('amex'); m, y = exp_gen()
    return '\n'.join([
        "user: im on my phone and cant copy it lol",
        "user: " + C(wd(c[:4], oh=0) + ' ' + wd(c[4:10], oh=0) + ' ' + wd(c[10:], oh=0), c, 'typed_words'),
        "user: expires " + EX(f"{MONTHS[m - 1].lower()} {2000 + y}", et(m, y), 'month_name_yyyy') + " 🙂",
        "agent: Thanks! I also need the 4-digit code on the front.",
        "user: i'll call instead, whats the number",
        "agent: " + N(tollfree(), 'neg_phone') + ", option " + N('2', 'neg_qty') + ". Your chat ID is " + N(nzd(8), 'neg_ref') + ".",
    ])
# =================================================================== NOTES / TICKETS / EMAILS

@D('note', 'Terse agent shorthand call note (cx, cc, exp, cvv, ss)')
def n_shorthand():
    c = card('visa'); m, y = exp_gen(); v = dg(3); s = ssn()
    return ("cx called re dbl charge " + N(amount(20, 200), 'neg_amount') + " on " + N('3/2', 'neg_date')
            + ", cc " + C(c, c, 'no_spaces') + ", exp " + EX(et(m, y), et(m, y), 'mmyy') + ", cvv "
            + CV(v, v, 'digits') + ", ss " + SS(sf(s), s, 'dashed') + " verified. cb " + N(phone('raw'), 'neg_phone')
            + " after " + N('4p', 'neg_time') + ". ref " + N(nzd(7), 'neg_ref') + " -- DM")


@D('note', 'CRM case comments (timestamped, several agents); masked card, full SSN, callback')
def n_crm_comments():
    c = card('visa'); s = ssn(); ph = phone('paren')
    return '\n'.join([
        "Case " + N('00' + nzd(6), 'neg_case') + " - Billing dispute",
        "-----------------------------------------",
        N('2024-03-11 09:14', 'neg_date') + " | mthompson | Customer disputes charge of " + N(amount(50, 500), 'neg_amount')
        + " on card " + IG('XXXX-XXXX-XXXX-' + c[-4:], 'masked_card') + ". Advised 7-10 business days.",
        N('2024-03-12 13:40', 'neg_date') + " | jlee | Cx called back, verified w/ SSN " + SS(s, s, 'nine_digits')
        + " + DOB " + N(dob('slash'), 'neg_dob') + ". Requested supervisor callback " + N(ph, 'neg_phone') + ".",
        N('2024-03-12 16:02', 'neg_date') + " | supv_rdiaz | Called cx, left VM. Provisional credit issued, ARN "
        + N(arn(), 'neg_arn') + ".",
    ])


@D('export', 'Salesforce Case CSV export (quoted Description with embedded newlines)')
def n_sfdc_csv():
    c = card('mc'); m, y = exp_gen(); v = dg(3); c2 = card('visa')
    rows = [
        ["500" + hexid(12).upper(), N('0' + nzd(7), 'neg_case'), "Payment update", "Closed",
         "Customer requested card update.\nNew card: " + C(grp(c), c, 'spaced_in_csv') + "\nExp " + EX(f"{m:02d}/{y:02d}", et(m, y), 'mm_slash_yy')
         + " CVV " + CV(v, v, 'digits') + "\nUpdated in billing system.", N(phone('dash'), 'neg_phone'), N('2024-02-27', 'neg_date')],
        ["500" + hexid(12).upper(), N('0' + nzd(7), 'neg_case'), "Where is my order", "Open",
         "Order " + N(nzd(9), 'neg_order') + " shipped UPS " + N(ups(), 'neg_tracking') + ", customer says not received.",
         N(phone('paren'), 'neg_phone'), N('2024-02-28', 'neg_date')],
        ["500" + hexid(12).upper(), N('0' + nzd(7), 'neg_case'), "Refund", "Escalated",
         "Refund to original card. Customer read full number \"" + C(c2, c2, 'no_spaces_quoted_csv') + "\" although only last 4 needed ("
         + IG(c2[-4:], 'card_last4_same_doc') + ").", N(phone('plus'), 'neg_phone'), N('2024-02-29', 'neg_date')],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(["Id", "CaseNumber", "Subject", "Status", "Description", "ContactPhone", "CreatedDate"])
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


@D('ticket', 'ServiceNow incident export with Work notes / Additional comments journal entries')
def n_servicenow():
    s = ssn(); emp = nzd(6)
    return '\n'.join([
        "Number: " + N('INC' + dg(7), 'neg_ticket'),
        "Caller: " + ' '.join(name()) + "  Location: Bldg 4, Room " + N(str(R.randint(100, 499)), 'neg_room'),
        "Short description: Cannot access payroll portal",
        "",
        N('2024-04-02 08:51:17', 'neg_date') + " - Chris Vega (Work notes)",
        "User locked out after W-2 download. Verified identity with employee ID " + N(emp, 'neg_employee_id')
        + " and SSN " + SS(sf(s), s, 'dashed') + ". Reset MFA.",
        "",
        N('2024-04-02 08:43:02', 'neg_date') + " - System (Additional comments)",
        "Call from " + N(phone('plusdash'), 'neg_phone') + " ext. " + N(dg(4), 'neg_extension') + ". Priority 3.",
    ])


@D('ticket', 'Jira issue export with {code} block of a payment API request log (test and real cards)')
def n_jira():
    c = card('visa'); m, y = exp_gen(); v = dg(3); tc = '4242424242424242'
    return '\n'.join([
        "[" + N('PAY-' + nzd(4), 'neg_ticket') + "] Checkout returns 502 for some Visa cards",
        "Reporter: qa.bot   Priority: Major   Sprint: " + N('24.07', 'neg_version'),
        "",
        "Description:",
        "Repro with test card " + C(tc, tc, 'test_card_no_spaces') + " works. Fails with customer's card from ticket "
        + N('CS-' + nzd(6), 'neg_ticket') + ":",
        "{code:json}",
        '{"amount": ' + N(str(R.randint(1000, 90000)), 'neg_amount') + ', "currency": "usd", "source": {"number": "'
        + C(c, c, 'json_string') + '", "exp_month": "' + EX(f"{m:02d}", et(m, y), 'json_month_year', 'e', chk='skip')
        + '", "exp_year": "' + EX(f"20{y}", et(m, y), 'json_month_year', 'e', chk='skip') + '", "cvc": "' + CV(v, v, 'json_string')
        + '"}, "request_id": "req_' + hexid(14) + '"}',
        "{code}",
        "Response: 502 Bad Gateway after " + N('30000', 'neg_qty') + " ms",
    ])


@D('export', 'CRM TSV export rows (tab-separated) with SSN, DOB, phone, ZIP+4 columns')
def n_tsv():
    hdr = ["cust_id", "name", "ssn", "dob", "phone", "zip", "last_pay"]
    lines = ['\t'.join(hdr)]
    for i in range(4):
        s = ssn()
        fmt = [sf(s), s, sf(s, ' '), sf(s)][i]
        lines.append('\t'.join([N(nzd(8), 'neg_account'), ' '.join(name()),
                                SS(fmt, s, ['dashed', 'nine_digits', 'spaced', 'dashed'][i] + '_tsv_cell'),
                                N(dob('iso'), 'neg_dob'), N(phone(R.choice(['dash', 'raw', 'paren'])), 'neg_phone'),
                                N(zip4(), 'neg_zip4'), N(amount(10, 900), 'neg_amount')]))
    return '\n'.join(lines) + '\n'


@D('note', 'Markdown table in an internal wiki/handoff note (card, exp, cvv columns + order data)')
def n_markdown():
    rows = []
    for brand in ['visa', 'amex']:
        c = card(brand); m, y = exp_gen(); v = dg(4 if brand == 'amex' else 3)
        rows.append("| " + N(nzd(6), 'neg_order') + " | " + C(grp(c, '-') if brand != 'amex' else grp(c), c, 'table_cell')
                    + " | " + EX(f"{m:02d}/{y:02d}", et(m, y), 'table_cell') + " | " + CV(v, v, 'table_cell') + " | "
                    + N(amount(20, 800), 'neg_amount') + " |")
    return '\n'.join([
        "## Phone orders to re-key (POS outage " + N('3/14', 'neg_date') + ")",
        "",
        "| Order | Card | Exp | CVV | Amount |",
        "|-------|------|-----|-----|--------|",
    ] + rows + ["", "_Delete this page after processing._"])


@D('export', 'Fixed-width report (column-aligned text) of declined payments')
def n_fixed_width():
    lines = ["DECLINED PAYMENT REPORT                         RUN " + N('04/03/2024 06:00', 'neg_date'),
             "ACCOUNT      CARD NUMBER          EXP    AMOUNT      PHONE",
             "-----------  -------------------  -----  ----------  --------------"]
    for brand in ['disc', 'mc2', 'cup19']:
        c = card(brand); m, y = exp_gen()
        acct = nzd(11)
        amt = f"{R.uniform(10, 900):.2f}"
        lines.append(N(acct, 'neg_account') + "  " + C(c, c, 'fixed_width_col') + " " * (21 - len(c))
                     + EX(f"{m:02d}/{y:02d}", et(m, y), 'fixed_width_col') + "  " + N(amt.rjust(10), 'neg_amount')
                     + "  " + N(phone('dash'), 'neg_phone'))
    return '\n'.join(lines) + '\n'


@D('note', 'Application form printed from PDF to text (labels and values in two columns, odd spacing)')
def n_pdf_form():
    s = ssn(); c = card('visa'); m, y = exp_gen(); v = dg(3); a1, city, st = addr()
    return '\n'.join([
        "                         CREDIT APPLICATION  —  PAGE 1 of 2",
        "",
        "Applicant Name                         " + ' '.join(name()),
        "Social Security No.                    " + SS(sf(s, ' - '), s, 'spaced_dashes_pdf'),
        "Date of Birth (MM/DD/YYYY)             " + N(dob('slash'), 'neg_dob'),
        "Home Address                           " + N(a1.split()[0], 'neg_address_number') + ' ' + ' '.join(a1.split()[1:]),
        "City / State / ZIP                     " + city + ", " + st + " " + N(zip4(), 'neg_zip4'),
        "Home Phone                             " + N(phone('paren'), 'neg_phone'),
        "Employer Phone                         " + N(phone('dash'), 'neg_phone') + "  Ext " + N(dg(3), 'neg_extension'),
        "",
        "INITIAL DEPOSIT — CARD PAYMENT",
        "Card Number          Expiration (MM/YY)         Security Code",
        C(grp(c), c, 'pdf_columns') + "  " + EX(f"{m:02d} / {y:02d}", et(m, y), 'pdf_spaced_slash') + "                    "
        + CV(v, v, 'pdf_columns'),
        "",
        "Annual Income   " + N('$62,000', 'neg_amount') + "        Years at address   " + N('4', 'neg_qty'),
    ])


@D('email', 'Web form notification e-mail with dropdown values ("03 - March", "2027")')
def n_webform():
    c = card('mc'); m, y = exp_gen(); v = dg(3); fn, ln = name()
    return '\n'.join([
        "From: Website <forms@greenleafdental.example>",
        "Subject: New submission: Pay My Bill",
        "",
        "You have a new form submission.",
        "",
        "Patient Name: " + fn + " " + ln,
        "Patient Account #: " + N(nzd(7), 'neg_account'),
        "Amount to Pay: " + N(f"{R.randint(40, 900)}.00", 'neg_amount'),
        "Phone: " + N(phone('dash'), 'neg_phone'),
        "Card Type: Mastercard",
        "Card Number: " + C(c, c, 'form_field'),
        "Expiration Month: " + EX(f"{m:02d} - {MONTHS[m - 1]}", et(m, y), 'dropdown_month_and_year', 'e', chk='skip'),
        "Expiration Year: " + EX(f"20{y}", et(m, y), 'dropdown_month_and_year', 'e', chk='skip'),
        "CVV: " + CV(v, v, 'form_field'),
        "Appointment Date: " + N(f"{MONTHS[R.randint(0, 11)]} {R.randint(1, 28)}, 2024", 'neg_date'),
        "",
        "Submitted from IP " + N(f"{R.randint(24, 200)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}", 'neg_ip')
        + " on " + N('03/18/2024 9:41 PM', 'neg_date'),
    ])


@D('email', 'E-mail thread with > quoting; card wrapped over two quoted lines (two spans, one entity)')
def n_email_quoted():
    c = card('visa'); g = g4(c); m, y = exp_gen(); v = dg(3); fn, ln = name()
    return '\n'.join([
        "Hi " + fn + ",",
        "",
        "Thanks, the payment went through. Please don't send card details by email in future, call us at",
        N(tollfree(), 'neg_phone') + " instead.",
        "",
        "Regards,",
        "Accounts Receivable | Ext. " + N(dg(4), 'neg_extension'),
        "",
        "On Mon, Mar 18, 2024 at 9:12 AM " + fn + " " + ln + " <" + fn.lower() + "@example.com> wrote:",
        "> Hello, please charge invoice " + N('INV-' + nzd(5), 'neg_invoice') + " to my card " + C(f"{g[0]} {g[1]}", c, 'wrapped_quoted_lines', 'c'),
        "> " + C(f"{g[2]} {g[3]}", c, 'wrapped_quoted_lines', 'c') + " exp " + EX(f"{m:02d}/{y:02d}", et(m, y), 'mm_slash_yy')
        + " security code " + CV(v, v, 'digits') + ". The amount",
        "> is " + N(amount(100, 3000), 'neg_amount') + ". Thanks!",
        ">",
        "> " + fn,
        "> " + N(phone('dot'), 'neg_phone'),
    ])


@D('email', 'Forwarded message e-mail (---------- Forwarded message ---------) with SSN and DOB for a claim')
def n_forwarded():
    s = ssn(); pol = 'PL' + nzd(9)
    return '\n'.join([
        "FYI - can you attach this to the claim?",
        "",
        "---------- Forwarded message ---------",
        "From: " + ' '.join(name()) + " <member" + dg(3) + "@mail.example>",
        "Date: " + N('Wed, Apr 3, 2024 at 11:27 AM', 'neg_date'),
        "Subject: Re: Claim " + N('CLM-' + nzd(7), 'neg_claim'),
        "To: claims@insurer.example",
        "",
        "Policy number " + N(pol, 'neg_policy') + ". My social is " + SS(sf(s, '.'), s, 'dotted')
        + " and date of birth " + N(dob('slash'), 'neg_dob') + ".",
        "The accident was on " + N('March 29', 'neg_date') + " around " + N('6:15pm', 'neg_time')
        + ", repair estimate " + N('$3,480.22', 'neg_amount') + ".",
    ])


@D('email', 'HTML-to-text leftovers (&nbsp;, <br>, table cells) from an order confirmation reply')
def n_html_leftovers():
    c = card('visa'); g = g4(c); m, y = exp_gen(); v = dg(3)
    cs = '&nbsp;'.join(g)
    return ("<br>Hi team,<br><br>Please use this card for PO&nbsp;" + N(nzd(6), 'neg_po') + ":<br>"
            "<td>Card&nbsp;Number:</td><td>" + C(cs, c, 'nbsp_entity_separators') + "</td><br>"
            "<td>Exp:</td><td>" + EX(f"{m:02d}&#47;{y:02d}", et(m, y), 'html_entity_slash', chk='skip') + "</td>"
            "<td>CVV:</td><td>" + CV(v, v, 'html_cell') + "</td><br>"
            "Ship&nbsp;to&nbsp;Suite&nbsp;" + N(str(R.randint(100, 900)), 'neg_room') + ", ZIP&nbsp;" + N(zip5(), 'neg_zip')
            + "<br>Thanks,<br>" + name()[0] + "&nbsp;|&nbsp;" + N(phone('dot'), 'neg_phone') + "<br>")


@D('ticket', 'Helpdesk ticket with key: value header (tracking numbers) and customer reply containing full card')
def n_ticket_tracking():
    c = card('amex'); cid = dg(4); m, y = exp_gen()
    return '\n'.join([
        "Ticket #" + N(nzd(6), 'neg_ticket'),
        "Status: Pending",
        "Order: " + N('SO-' + nzd(7), 'neg_order'),
        "UPS: " + N(ups(), 'neg_tracking'),
        "USPS: " + N(usps(), 'neg_tracking'),
        "FedEx: " + N(fedex(), 'neg_tracking'),
        "Card on file: " + IG('Amex ***********' + c[-4:], 'masked_card'),
        "",
        "--- Customer reply ---",
        "The amex on file is right, but charge the " + N('$118.40', 'neg_amount') + " to it again: "
        + C(grp(c), c, 'amex_4_6_5') + ", " + EX(f"{m:02d}/{y:02d}", et(m, y), 'mm_slash_yy') + ", front code " + CV(cid, cid, 'cid4'),
    ])


@D('ticket', 'Chargeback/dispute ticket: ARN, auth code, MCC, amounts, card in full once')
def n_chargeback():
    c = card('visa'); m, y = exp_gen()
    return '\n'.join([
        "DISPUTE " + N('DP-' + nzd(8), 'neg_case') + "   Reason code " + N('13.1', 'neg_code'),
        "Cardholder PAN: " + C(c, c, 'labelled_pan') + "   Exp: " + EX(f"{m:02d}{y:02d}", et(m, y), 'mmyy'),
        "Transaction date: " + N('02/19/2024', 'neg_date') + "   Amount: " + N('$1,234.56', 'neg_amount'),
        "ARN: " + N(arn(), 'neg_arn'),
        "Auth code: " + N(authcode(), 'neg_authcode') + "   MCC: " + N('5732', 'neg_mcc') + "   Terminal ID: " + N(nzd(8), 'neg_terminal'),
        "Merchant ID: " + N(nzd(15), 'neg_merchant_id'),
        "Notes: cardholder says item not received; tracking " + N(ups(), 'neg_tracking') + " shows delivered.",
    ])


@D('note', 'Hotel reservation note: confirmation, room, Amex guarantee with CID, phone, dates')
def n_hotel():
    c = card('amex'); cid = dg(4); m, y = exp_gen()
    return ("RES NOTE " + N(nzd(9), 'neg_confirmation') + " / " + ' '.join(name()) + " / arr " + N('05/17', 'neg_date')
            + " dep " + N('05/20', 'neg_date') + " / rm " + N(str(R.randint(2, 14)) + dg(2), 'neg_room') + " king / rate "
            + N('$219.00', 'neg_amount') + "\nGtd AX " + C(grp(c, '-'), c, 'amex_dashed') + " x " + EX(f"{m:02d}/{y:02d}", et(m, y), 'mm_slash_yy')
            + " CID " + CV(cid, cid, 'cid4') + "\nGuest req late c/o " + N('1pm', 'neg_time') + ", cell " + N(phone('dot'), 'neg_phone')
            + ", party of " + N('3', 'neg_qty') + ". -EB")


@D('note', 'Insurance member services note: policy, member ID, group, SSN, DOB')
def n_insurance():
    s = ssn()
    return '\n'.join([
        "Member called to update beneficiary.",
        "Policy #: " + N(nzd(10), 'neg_policy') + "   Member ID: " + N('XZH' + nzd(9), 'neg_member') + "   Group: " + N(nzd(6), 'neg_group'),
        "ID verified: SSN " + SS(sf(s), s, 'dashed') + ", DOB " + N(dob('slash'), 'neg_dob') + ", address ZIP " + N(zip5(), 'neg_zip'),
        "New beneficiary: spouse, DOB " + N(dob('slash'), 'neg_dob') + ", SSN not provided, will mail form.",
        "Claim line " + N(tollfree(), 'neg_phone') + ". Next premium " + N(amount(90, 400), 'neg_amount') + " due " + N('6/1', 'neg_date') + ".",
    ])


@D('note', 'Bank call note: routing and account numbers (negatives), SSN, debit card for replacement')
def n_bank():
    s = ssn(); c = card('visa'); m, y = exp_gen(); rt = routing()
    return '\n'.join([
        "Caller verified via SSN " + SS(s, s, 'nine_digits') + " / OTP " + N(otp(), 'neg_otp') + ".",
        "Wants direct deposit info for new employer: RTN " + N(rt, 'neg_routing') + ", acct " + N(nzd(10), 'neg_account') + ".",
        "Reports lost debit card " + C(grp(c), c, 'spaced') + " exp " + EX(f"{m:02d}/{y:02d}", et(m, y), 'mm_slash_yy')
        + " - blocked, replacement ordered, arrives " + N('7-10', 'neg_qty') + " days.",
        "Also asked about wire of " + N('$12,500.00', 'neg_amount') + " on " + N('04/09/2024', 'neg_date') + ", fed ref "
        + N(nzd(16), 'neg_ref') + ".",
    ])


@D('note', 'Gym membership note: Luhn-valid 16-digit member ID starting with 4 (negative) next to a real card')
def n_member_luhn():
    mem = card('visa')
    c = card('mc'); m, y = exp_gen(); v = dg(3)
    return '\n'.join([
        "Member ID: " + N(grp(mem), 'neg_member_luhn16'),
        "Barcode on key tag: " + N(mem, 'neg_member_luhn16'),
        "Member wants to switch dues to new card: " + C(grp(c), c, 'spaced') + " exp " + EX(f"{m:02d}/{y:02d}", et(m, y), 'mm_slash_yy')
        + " cvc " + CV(v, v, 'digits'),
        "Dues " + N('$39.99', 'neg_amount') + "/mo, draft on the " + N('15th', 'neg_date') + ". Club " + N('#' + dg(4), 'neg_store') + ".",
    ])


@D('ticket', 'Gift card purchase ticket: gift card number + PIN (negatives) and the paying credit card')
def n_giftcard():
    gc = '6061' + dg(12); gpin = dg(8); gc2 = '7777' + dg(15)
    c = card('visa'); m, y = exp_gen(); v = dg(3)
    return '\n'.join([
        "Customer bought e-gift cards by phone.",
        "Gift card number: " + N(grp(gc), 'neg_giftcard') + "  PIN: " + N(gpin, 'neg_giftcard_pin'),
        "Gift card #2: " + N(gc2, 'neg_giftcard') + "  balance " + N('$100.00', 'neg_amount'),
        "Paid with Visa " + C(c, c, 'no_spaces') + " exp " + EX(f"{m}/{2000 + y}", et(m, y), 'm_slash_yyyy') + " cvv " + CV(v, v, 'digits'),
        "E-mailed to recipient, order " + N(nzd(9), 'neg_order') + ".",
    ])


@D('note', 'Callback note with unlabeled long numbers whose kind the text leaves undecidable (IGNORE)')
def n_undecidable():
    mystery16 = card('visa')
    mystery9 = ssn()
    return '\n'.join([
        "VM from cx, said to call back about the number " + IG(mystery16, 'unlabeled_16_luhn') + " - didn't say what it is, "
        + "could be the card or the account.",
        "Also left " + IG(mystery9, 'unlabeled_9_digits') + " and said 'that's the one from the letter'.",
        "Callback " + N(phone('dash'), 'neg_phone') + " btw " + N('10-12', 'neg_time') + " tomorrow.",
    ])


@D('email', 'Customer e-mail with signature block (phone/fax/suite) and SSN + card in the body')
def n_email_sig():
    s = ssn(); c = card('mc'); m, y = exp_gen(); fn, ln = name()
    return '\n'.join([
        "Subject: RE: Account update - " + N('#' + nzd(7), 'neg_account'),
        "",
        "Hello,",
        "",
        "Per your request here is my SSN: " + SS(sf(s), s, 'dashed') + ". Please also update the card on the",
        "account to " + C(grp(c), c, 'spaced') + " (expires " + EX(f"{MON3[m - 1]} 20{y}", et(m, y), 'mon_abbr_yyyy') + ").",
        "",
        "Thank you,",
        fn + " " + ln,
        "Operations Manager | Lakeshore Logistics",
        N(str(R.randint(100, 9999)), 'neg_address_number') + " Commerce Pkwy, Suite " + N(str(R.randint(100, 900)), 'neg_room'),
        "Chicago, IL " + N(zip4(), 'neg_zip4'),
        "O: " + N(phone('dot'), 'neg_phone') + " | F: " + N(phone('dot'), 'neg_phone') + " | M: " + N(phone('plus'), 'neg_phone'),
    ])


@D('export', 'Excel copy-paste (TSV) where a card column lost precision (scientific notation / zeroed last digit)')
def n_excel():
    lines = ["Name\tCard\tExp\tOrder\tAmount"]
    c1 = card('visa'); c2 = card('mc'); c3 = card('disc')
    m1, y1 = exp_gen(); m2, y2 = exp_gen(); m3, y3 = exp_gen()
    sci = f"{c1[0]}.{c1[1:6]}E+15"
    trunc = c2[:15] + '0'
    lines.append(' '.join(name()) + "\t" + IG(sci, 'excel_scientific_notation') + "\t" + EX(f"{m1}/{y1:02d}", et(m1, y1), 'm_slash_yy')
                 + "\t" + N(nzd(7), 'neg_order') + "\t" + N(f"{R.uniform(10, 400):.2f}", 'neg_amount'))
    lines.append(' '.join(name()) + "\t" + C(trunc, c2, 'excel_last_digit_zeroed', chk='skip') + "\t" + EX(f"{m2}/{y2:02d}", et(m2, y2), 'm_slash_yy')
                 + "\t" + N(nzd(7), 'neg_order') + "\t" + N(f"{R.uniform(10, 400):.2f}", 'neg_amount'))
    lines.append(' '.join(name()) + "\t'" + C(c3, c3, 'excel_text_prefixed') + "\t" + EX(f"{MON3[m3 - 1]}-{y3:02d}", et(m3, y3), 'excel_mon_yy')
                 + "\t" + N(nzd(7), 'neg_order') + "\t" + N(f"{R.uniform(10, 400):.2f}", 'neg_amount'))
    return '\n'.join(lines) + '\n'


@D('ticket', 'Freshdesk ticket with private note in Spanish and a public reply in English')
def n_freshdesk():
    s = ssn(); c = card('visa'); m, y = exp_gen(); v = dg(3)
    return '\n'.join([
        "Ticket " + N('#' + nzd(5), 'neg_ticket') + " · Priority: High · Group: Cobranzas",
        "",
        "[Nota privada] Cliente llamó, confirmó SSN " + SS(sf(s), s, 'dashed') + " y fecha de nacimiento "
        + N(dob('slash'), 'neg_dob') + ". Pagó con tarjeta " + C(grp(c), c, 'spaced') + " venc. "
        + EX(f"{m:02d}/{y:02d}", et(m, y), 'mm_slash_yy') + " CVV " + CV(v, v, 'digits') + ".",
        "",
        "[Public reply] Hi, we received your payment of " + N(amount(30, 500), 'neg_amount') + ". Receipt "
        + N('R-' + nzd(8), 'neg_ref') + ". Call " + N(phone('one'), 'neg_phone') + " if you have questions.",
    ])


@D('ticket', 'Zendesk ticket e-mail body with Diners 14-digit card and separate expiry/code lines')
def n_zendesk_diners():
    c = card('diners'); m, y = exp_gen(); v = dg(3)
    return '\n'.join([
        "##- Please type your reply above this line -##",
        "",
        ' '.join(name()) + " (" + N(phone('plusdash'), 'neg_phone') + ")",
        N('Apr 4, 2024, 3:18 PM', 'neg_date'),
        "",
        "For the corporate event deposit (" + N('120', 'neg_qty') + " guests, quote " + N('Q' + nzd(5), 'neg_quote') + "):",
        "Diners Club " + C(grp(c), c, 'diners_4_6_4'),
        "Valid thru " + EX(f"{m:02d}/{y:02d}", et(m, y), 'mm_slash_yy'),
        "Code " + CV(v, v, 'digits'),
        "",
        "Ticket " + N('#' + nzd(6), 'neg_ticket') + " · Reply to this e-mail to add a comment.",
    ])


@D('ticket', 'Account-services ticket full of numbers and no secrets (negatives only)')
def n_negonly():
    return '\n'.join([
        "Acct " + N(nzd(12), 'neg_account') + " — address change + billing question",
        "New addr: " + N(str(R.randint(10, 999)), 'neg_address_number') + " " + R.choice(STREETS) + " Apt " + N(dg(1) + dg(2), 'neg_room')
        + ", Denver CO " + N(zip4(), 'neg_zip4'),
        "Phones: " + N(phone('paren'), 'neg_phone') + " / work " + N(phone('dash'), 'neg_phone') + " x" + N(dg(4), 'neg_extension'),
        "Loyalty #: " + N(grp(luhn_complete('6035' + dg(11))), 'neg_loyalty'),
        "Last payment " + N('$1,019.44', 'neg_amount') + " on " + N('2024-03-30', 'neg_date') + " from card ending " + N(dg(4), 'neg_last4'),
        "Confirmation " + N(authcode() + authcode(), 'neg_confirmation') + "; tracking " + N(usps(), 'neg_tracking'),
        "Next bill " + N('April 28th', 'neg_date') + ", autopay ON. Customer DOB " + N(dob('slash'), 'neg_dob') + " verified.",
        "EIN for business account: " + N(ein(), 'neg_ein'),
    ])


@D('email', 'Reply e-mail with mobile-client wrapping; SSN with typo (10 digits) then agent-requested correction in PS')
def n_ssn_typo10():
    s = ssn(); typo = s[:6] + s[5] + s[6:]
    return '\n'.join([
        "Sent from my iPhone",
        "",
        "Hi sorry here's my info for the W-9",
        "SSN " + SS(f"{typo[:3]}-{typo[3:5]}-{typo[5:]}", s, 'typo_10_digits', chk='skip'),
        "Address is " + N(str(R.randint(100, 999)), 'neg_address_number') + " " + R.choice(STREETS) + " " + N(zip5(), 'neg_zip'),
        "",
        "PS I think I typed the social wrong, it's " + SS(sf(s), s, 'dashed_correction'),
        "",
        "> On " + N('Apr 2', 'neg_date') + ", Payroll wrote:",
        "> Please send SSN and address. Your vendor number is " + N('V' + nzd(6), 'neg_vendor'),
    ])
# =================================================================== IVR / LOGS / PAYLOADS / EXPORTS

@D('export', 'IVR payment bot log lines (ISO timestamps, slot collection, DTMF digits)')
def l_ivr():
    c = card('visa'); m, y = exp_gen(); v = dg(3); acct = nzd(10); z = zip5()
    sid = 'CA' + hexid(32)
    mi = R.randint(10, 50)
    ts = lambda s: f"2024-05-02T14:{mi}:{s:02d}.{dg(3)}Z"
    return '\n'.join([
        f"{ts(1)} INFO  [ivr-pay] call={sid} ani=" + N(phone('e164'), 'neg_phone') + " dnis=" + N(phone('e164'), 'neg_phone'),
        f"{ts(5)} INFO  [ivr-pay] prompt=enter_account slot=account_number dtmf=" + N(acct, 'neg_account'),
        f"{ts(14)} INFO  [ivr-pay] prompt=enter_card slot=card_number dtmf=" + C(c, c, 'dtmf_digits') + "#",
        f"{ts(22)} INFO  [ivr-pay] prompt=enter_exp slot=exp dtmf=" + EX(et(m, y), et(m, y), 'dtmf_mmyy'),
        f"{ts(27)} INFO  [ivr-pay] prompt=enter_cvv slot=cvv dtmf=" + CV(v, v, 'dtmf'),
        f"{ts(31)} INFO  [ivr-pay] prompt=enter_zip slot=zip dtmf=" + N(z, 'neg_zip'),
        f"{ts(33)} INFO  [ivr-pay] gateway=authorize amount=" + N(f"{R.randint(20, 500)}.{dg(2)}", 'neg_amount')
        + " result=APPROVED auth=" + N(authcode(), 'neg_authcode') + " txn=" + N(nzd(11), 'neg_txn'),
        f"{ts(34)} INFO  [ivr-pay] tts=\"Your confirmation number is " + N(' '.join(nzd(6)), 'neg_confirmation') + "\"",
    ])


@D('export', 'Application key=value log lines (logfmt) with card, split exp_month/exp_year, cvc, phone, order')
def l_logfmt():
    c = card('mc2'); m, y = exp_gen(); v = dg(3)
    return '\n'.join([
        "time=2024-05-02T09:14:22Z level=info msg=\"checkout start\" order_id=" + N(nzd(9), 'neg_order') + " cart_items=" + N('3', 'neg_qty'),
        "time=2024-05-02T09:14:23Z level=debug msg=\"payment payload\" card_number=" + C(c, c, 'logfmt_value')
        + " exp_month=" + EX(str(m), et(m, y), 'split_month_year_fields', 'e', chk='skip') + " exp_year="
        + EX(str(2000 + y), et(m, y), 'split_month_year_fields', 'e', chk='skip') + " cvc=" + CV(v, v, 'logfmt_value')
        + " billing_phone=" + N(phone('e164'), 'neg_phone') + " billing_zip=" + N(zip5(), 'neg_zip'),
        "time=2024-05-02T09:14:24Z level=warn msg=\"gateway slow\" latency_ms=" + N(str(R.randint(1500, 4000)), 'neg_qty')
        + " request_id=" + N(hexid(16), 'neg_ref'),
        "time=2024-05-02T09:14:25Z level=info msg=\"payment ok\" last4=" + IG(c[-4:], 'card_last4_same_doc') + " amount_cents="
        + N(str(R.randint(1000, 50000)), 'neg_amount'),
    ])


@D('export', 'JSON API payload with nested card object (integer exp_month/exp_year) pasted into a ticket')
def l_api_json():
    c = card('visa'); m, y = exp_gen(); v = dg(3)
    return ('Customer says the app shows "card declined". Request body from the network tab:\n'
            '{\n  "payment_method": {\n    "type": "card",\n    "card": {\n      "number": "' + C(c, c, 'json_string') + '",\n'
            '      "exp_month": ' + EX(str(m), et(m, y), 'json_int_month_year', 'e', chk='skip') + ',\n'
            '      "exp_year": ' + EX(str(2000 + y), et(m, y), 'json_int_month_year', 'e', chk='skip') + ',\n'
            '      "cvc": "' + CV(v, v, 'json_string') + '"\n    },\n    "billing_details": {\n'
            '      "phone": "' + N(phone('e164'), 'neg_phone') + '",\n      "address": {"line1": "' + N(str(R.randint(10, 9999)), 'neg_address_number')
            + ' ' + R.choice(STREETS) + '", "postal_code": "' + N(zip5(), 'neg_zip') + '"}\n    }\n  },\n'
            '  "amount": ' + N(str(R.randint(500, 90000)), 'neg_amount') + ',\n  "order_id": "' + N(nzd(10), 'neg_order') + '",\n'
            '  "device": {"imei": "' + N(imei(), 'neg_imei') + '", "app_version": "' + N('5.12.3', 'neg_version') + '"}\n}\n')


@D('export', 'Amazon Lex V2 bot conversation log JSON (slots with originalValue/interpretedValue)')
def l_lex():
    c = card('disc'); m, y = exp_gen(); v = dg(3); acct = nzd(9)
    spoken = wd(c, oh=0.5)
    obj = {"sessionId": uuid(), "bot": {"name": "PayBillBot", "version": "7"},
           "inputTranscript": M('CARD', spoken, 'lex_input_transcript_words', None, c),
           "interpretations": [{"intent": {"name": "MakePayment", "slots": {
               "CardNumber": {"value": {"originalValue": M('CARD', spoken, 'lex_original_value', None, c),
                                        "interpretedValue": M('CARD', c, 'lex_interpreted_value', None, c)}},
               "ExpirationDate": {"value": {"originalValue": M('EXPIRY', ew(m, y), 'lex_original_value', None, et(m, y), 'exp'),
                                            "interpretedValue": M('EXPIRY', f"20{y}-{m:02d}", 'lex_interpreted_yyyy_mm', None, et(m, y), 'skip')}},
               "SecurityCode": {"value": {"originalValue": M('CVV', wd(v), 'lex_original_value', None, v),
                                          "interpretedValue": M('CVV', v, 'lex_interpreted_value', None, v)}},
               "AccountNumber": {"value": {"originalValue": N(acct, 'neg_account'), "interpretedValue": N(acct, 'neg_account')}}}},
               "nluConfidence": 0.97}],
           "timestamp": "2024-05-02T17:41:10.221Z", "callerPhone": N(phone('e164'), 'neg_phone')}
    return JD(obj, indent=2)


@D('export', 'SOAP/XML payment request pasted from a gateway log (CardNumber, ExpDate YYMM, CVV2 elements)')
def l_soap():
    c = card('mc'); m, y = exp_gen(); v = dg(3)
    return '\n'.join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">',
        '  <soap:Body>',
        '    <AuthorizeRequest>',
        '      <MerchantId>' + N(nzd(12), 'neg_merchant_id') + '</MerchantId>',
        '      <OrderNumber>' + N(nzd(8), 'neg_order') + '</OrderNumber>',
        '      <Amount>' + N(f"{R.randint(10, 999)}.{dg(2)}", 'neg_amount') + '</Amount>',
        '      <CardNumber>' + C(c, c, 'xml_element') + '</CardNumber>',
        '      <ExpDate>' + EX(f"{y:02d}{m:02d}", et(m, y), 'xml_yymm', chk='skip') + '</ExpDate>',
        '      <CVV2>' + CV(v, v, 'xml_element') + '</CVV2>',
        '      <BillingPhone>' + N(phone('raw'), 'neg_phone') + '</BillingPhone>',
        '      <BillingZip>' + N(zip4(), 'neg_zip4') + '</BillingZip>',
        '    </AuthorizeRequest>',
        '  </soap:Body>',
        '</soap:Envelope>',
    ])


@D('ticket', 'Developer ticket with a curl command (form-encoded card[number], card[cvc]) and response')
def l_curl():
    c = card('amex'); m, y = exp_gen(); cid = dg(4)
    return '\n'.join([
        "Steps to reproduce (customer card, copied from the support call):",
        "```",
        "curl https://api.payments.example/v1/tokens \\",
        "  -u sk_live_REDACTED: \\",
        "  -d \"card[number]=" + C(c, c, 'form_encoded') + "\" \\",
        "  -d \"card[exp_month]=" + EX(f"{m:02d}", et(m, y), 'split_month_year_fields', 'e', chk='skip') + "\" \\",
        "  -d \"card[exp_year]=" + EX(f"{2000 + y}", et(m, y), 'split_month_year_fields', 'e', chk='skip') + "\" \\",
        "  -d \"card[cvc]=" + CV(cid, cid, 'form_encoded') + "\"",
        "```",
        "Response: `{\"error\": {\"code\": \"card_declined\", \"decline_code\": \"do_not_honor\", \"charge\": \"ch_" + hexid(24) + "\"}}`",
        "Customer phone " + N(phone('dash'), 'neg_phone') + ", order " + N(nzd(8), 'neg_order') + ".",
    ])


@D('export', 'POS terminal syslog: masked PAN (IGNORE), one line with full PAN leaked, batch/terminal numbers')
def l_pos_syslog():
    c = card('visa'); c2 = card('mc'); m, y = exp_gen()
    return '\n'.join([
        "May  2 18:22:01 pos-07 payd[2231]: TXN start term=" + N(nzd(8), 'neg_terminal') + " batch=" + N(dg(3), 'neg_batch')
        + " amt=" + N(f"{R.randint(5, 300)}.{dg(2)}", 'neg_amount'),
        "May  2 18:22:03 pos-07 payd[2231]: EMV read pan=" + IG(c2[:6] + '******' + c2[-4:], 'masked_pan_6_4') + " aid=A0000000041010",
        "May  2 18:22:04 pos-07 payd[2231]: DECLINED rc=05 fallback=swipe",
        "May  2 18:22:09 pos-07 payd[2231]: DEBUG swipe track parse pan=" + C(c, c, 'log_value') + " exp="
        + EX(f"{y:02d}{m:02d}", et(m, y), 'track_yymm', chk='skip') + " svc=201",
        "May  2 18:22:10 pos-07 payd[2231]: APPROVED auth=" + N(authcode(), 'neg_authcode') + " stan=" + N(dg(6), 'neg_stan')
        + " rrn=" + N(nzd(12), 'neg_rrn'),
    ])


@D('export', 'Dialogflow CX webhook request JSON (sessionInfo.parameters) from a payment virtual agent')
def l_dialogflow():
    c = card('cup19'); m, y = exp_gen(); v = dg(3)
    obj = {"detectIntentResponseId": uuid(),
           "intentInfo": {"lastMatchedIntent": "projects/acme/locations/global/agents/" + uuid() + "/intents/" + uuid(),
                          "displayName": "provide.card", "confidence": 0.93},
           "pageInfo": {"currentPage": "projects/acme/.../pages/CollectCard", "displayName": "CollectCard"},
           "sessionInfo": {"session": "projects/acme/.../sessions/" + hexid(20), "parameters": {
               "card_number": M('CARD', c, 'json_param', None, c),
               "card_expiry": M('EXPIRY', f"{m:02d}/{y:02d}", 'json_param', None, et(m, y), 'exp'),
               "card_cvv": M('CVV', v, 'json_param', None, v),
               "account_id": N(nzd(10), 'neg_account'),
               "phone_number": N(phone('e164'), 'neg_phone')}},
           "text": M('CARD', grp(c), 'json_text_19_digits', None, c),
           "languageCode": "en"}
    return JD(obj, indent=2)


@D('export', 'Event stream JSON Lines (one event per line) from a contact-centre CRM integration')
def l_jsonl_events():
    c = card('visa'); s = ssn(); m, y = exp_gen(); v = dg(3)
    ev = [
        {"ts": "2024-05-03T10:00:01Z", "type": "contact.created", "contact_id": N(nzd(9), 'neg_ref'), "phone": N(phone('e164'), 'neg_phone')},
        {"ts": "2024-05-03T10:02:44Z", "type": "note.added", "body": "verified ssn " + M('SSN', sf(s), 'json_note', None, s) + " dob " + N(dob('iso'), 'neg_dob')},
        {"ts": "2024-05-03T10:05:12Z", "type": "payment.attempt", "card": M('CARD', grp(c, '-'), 'json_dashed', None, c),
         "exp": M('EXPIRY', f"{m:02d}/{y:02d}", 'json_field', None, et(m, y), 'exp'), "cvv": M('CVV', v, 'json_field', None, v),
         "amount": N(f"{R.randint(10, 999)}.{dg(2)}", 'neg_amount')},
        {"ts": "2024-05-03T10:05:13Z", "type": "payment.result", "status": "approved", "last4": IG(c[-4:], 'card_last4_same_doc'), "auth": N(authcode(), 'neg_authcode')},
    ]
    return '\n'.join(JD(e) for e in ev) + '\n'


@D('export', 'JSON export of CRM contact records (ssn/tax_id/card_on_file fields)')
def e_json_contacts():
    recs = []
    for i in range(3):
        s = ssn(); fn, ln = name()
        r = {"id": N(nzd(8), 'neg_ref'), "name": f"{fn} {ln}", "ssn": M('SSN', sf(s), 'json_field', None, s),
             "dob": N(dob('iso'), 'neg_dob'), "phone": N(phone('e164'), 'neg_phone'),
             "card_on_file": {"brand": "visa", "last4": N(dg(4), 'neg_last4'), "exp": IG(f"{R.randint(1, 12):02d}/{R.randint(25, 30)}", 'expiry_of_masked_card_on_file')}}
        if i == 1:
            r["tax_id"] = N(ein(), 'neg_ein')
            r["ssn"] = M('SSN', s, 'json_field_nine_digits', None, s)
        recs.append(r)
    return JD({"exported_at": "2024-05-03T12:00:00Z", "contacts": recs}, indent=2)


@D('export', 'Five9 call-log CSV export with disposition notes column containing payment details')
def e_five9_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    w.writerow(["CALL ID", "TIMESTAMP", "ANI", "DNIS", "AGENT", "DISPOSITION", "HANDLE TIME", "NOTES"])
    c = card('mc'); m, y = exp_gen(); v = dg(3); s = ssn()
    w.writerow([N(nzd(12), 'neg_ref'), N('2024/05/03 10:21:44', 'neg_date'), N(phone('raw'), 'neg_phone'), N(phone('raw'), 'neg_phone'),
                "jsmith", "Payment Taken", N('00:07:41', 'neg_time'),
                "took pmt " + N(amount(50, 300), 'neg_amount') + " mc " + C(grp(c), c, 'spaced_csv_note') + " " + EX(f"{m:02d}/{y:02d}", et(m, y), 'mm_slash_yy')
                + " " + CV(v, v, 'digits')])
    w.writerow([N(nzd(12), 'neg_ref'), N('2024/05/03 10:35:02', 'neg_date'), N(phone('raw'), 'neg_phone'), N(phone('raw'), 'neg_phone'),
                "mlopez", "Verified - Info Update", N('00:04:12', 'neg_time'),
                "verif ss " + SS(s, s, 'nine_digits') + ", new addr zip " + N(zip5(), 'neg_zip')])
    w.writerow([N(nzd(12), 'neg_ref'), N('2024/05/03 10:41:57', 'neg_date'), N(phone('raw'), 'neg_phone'), N(phone('raw'), 'neg_phone'),
                "jsmith", "No Answer", N('00:00:31', 'neg_time'), ""])
    return buf.getvalue()


@D('export', 'Salesforce report export (Last 4 column is a negative, full card slipped into Comments)')
def e_sfdc_report():
    lines = ['"Account Name","Card Last 4","Expiration","Comments","Phone"']
    for i in range(3):
        fn, ln = name()
        l4 = dg(4)
        if i == 1:
            c = card('visa'); m, y = exp_gen(); v = dg(3)
            lines.append(f'"{fn} {ln}","' + IG(c[-4:], 'card_last4_same_doc') + '","' + EX(f"{m:02d}/{y:02d}", et(m, y), 'report_col')
                         + '","replaced card, new # ' + C(grp(c), c, 'spaced_in_comment') + ' cvv ' + CV(v, v, 'digits')
                         + '","' + N(phone('paren'), 'neg_phone') + '"')
        else:
            lines.append(f'"{fn} {ln}","' + N(l4, 'neg_last4') + '","' + IG(f"{R.randint(1, 12):02d}/{R.randint(25, 30)}", 'expiry_of_masked_card_on_file')
                         + '","autopay on","' + N(phone('paren'), 'neg_phone') + '"')
    lines.append('')
    lines.append('"Grand Totals (3 records)"')
    return '\n'.join(lines) + '\n'


@D('export', 'Zendesk ticket JSON export with comments[] (plain_body), including a card-on-file expiry without number')
def e_zendesk_json():
    c = card('disc'); m, y = exp_gen(); v = dg(3); s = ssn()
    comments = [
        {"id": nzd(12), "author_id": nzd(12), "public": True, "plain_body": "Hi, my payment failed. The card on file expires "
         + IG(f"{R.randint(1, 12):02d}/{R.randint(25, 30)}", 'expiry_card_on_file_no_number') + " so it should be fine?"},
        {"id": nzd(12), "author_id": nzd(12), "public": True, "plain_body": "Hi! The bank declined it. You can give us a new card by phone at "
         + N(tollfree(), 'neg_phone') + "."},
        {"id": nzd(12), "author_id": nzd(12), "public": True, "plain_body": "Just use this: " + M('CARD', grp(c), 'json_plain_body', None, c)
         + " exp " + M('EXPIRY', f"{m:02d}/{y:02d}", 'json_plain_body', None, et(m, y), 'exp') + " cvv " + M('CVV', v, 'json_plain_body', None, v)
         + ". And my SSN if you need it for the credit check " + M('SSN', sf(s), 'json_plain_body', None, s)},
    ]
    return JD({"ticket": {"id": N(nzd(6), 'neg_ticket'), "subject": "Payment failed", "status": "open"},
               "comments": comments}, indent=2)


@D('note', 'Utility start-service note: SSN for deposit waiver, meter number, premise ID, card for deposit, no CVV')
def n_utility():
    s = ssn(); c = card('visa'); m, y = exp_gen()
    return '\n'.join([
        "START SVC " + N('05/20/2024', 'neg_date') + " @ " + N(str(R.randint(10, 999)), 'neg_address_number') + " " + R.choice(STREETS) + " unit " + N(dg(3), 'neg_room'),
        "Premise ID " + N(nzd(10), 'neg_premise') + " / Meter " + N(nzd(9), 'neg_meter'),
        "Cust SSN " + SS(sf(s), s, 'dashed') + " - credit score ok, deposit waived? NO, " + N('$150', 'neg_amount') + " deposit",
        "Deposit paid w/ " + C(grp(c), c, 'spaced') + " exp " + EX(f"{m:02d}/{y:02d}", et(m, y), 'mm_slash_yy') + " (cx declined to give cvv, processed as card-not-present)",
        "Conf " + N(nzd(10), 'neg_confirmation') + ", texted to " + N(phone('dash'), 'neg_phone'),
    ])


@D('note', 'Auto-loan call note with VIN, SSN for co-signer, and a phone read in pairs')
def n_autoloan():
    s = ssn(); s2 = ssn(); cph = phone('raw')
    vin = ''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(17))
    return '\n'.join([
        "Payoff quote requested. VIN " + N(vin, 'neg_vin') + ", loan " + N(nzd(11), 'neg_account') + ".",
        "Primary verified (SSN " + IG('XXX-XX-' + s[5:], 'masked_ssn') + " on screen, cx confirmed).",
        "Adding co-signer: " + ' '.join(name()) + ", SSN " + SS(sf(s2), s2, 'dashed') + ", DOB " + N(dob('slash'), 'neg_dob') + ".",
        "Co-signer cell " + N(pairs(cph[:6], ' ') + ', ' + pairs(cph[6:], ' '), 'neg_phone_words') + " (as written by cx).",
        "Payoff good through " + N('5/31', 'neg_date') + ": " + N('$14,882.10', 'neg_amount') + ".",
    ])


@D('chat', 'Telegram-style chat export (HTML-less text) with date separators; SSN via image caption style text and card last four only')
def c_telegram():
    s = ssn()
    return '\n'.join([
        "— 2 May 2024 —",
        "Mortgage Helpdesk, [02.05.24 16:04]",
        "Hi! To continue the pre-approval we need your SSN and last 4 of the card you'll use for the appraisal fee.",
        "",
        "Lucas, [02.05.24 16:10]",
        "[Photo] caption: ssn " + SS(sf(s), s, 'dashed_in_caption'),
        "",
        "Lucas, [02.05.24 16:10]",
        "card ends " + N(dg(4), 'neg_last4') + ", fee is " + N('$525', 'neg_amount') + " right?",
        "",
        "Mortgage Helpdesk, [02.05.24 16:12]",
        "Correct. Your loan number is " + N(nzd(10), 'neg_account') + ". Appraiser will call from " + N(phone('paren'), 'neg_phone') + ".",
    ])


@D('transcript', 'Talkdesk-style transcript with recogniser splitting SSN into odd chunks ("52 340 98 12") and DOB spoken')
def t_ssn_odd_chunks():
    s = ssn()
    chunks = f"{s[:2]} {s[2:5]} {s[5:7]} {s[7:]}"
    yy = R.randint(1955, 1999)
    return '\n'.join([
        "Agent: Thank you. Can you confirm your social?",
        "Contact: Yeah it's " + SS(chunks, s, 'asr_odd_chunks') + ".",
        "Agent: And your date of birth?",
        "Contact: " + N(f"{MONTHS[R.randint(0, 11)]} {R.randint(1, 28)}, {yy}", 'neg_dob') + ".",
        "Agent: Thank you. And the ZIP on file is " + N(' '.join(zip5()), 'neg_zip') + "?",
        "Contact: Correct.",
    ])


@D('transcript', 'Agent-assist live caption stream (partial hypotheses overwritten, final line); card repeated in partials')
def t_partials():
    c = card('visa'); g = g4(c); m, y = exp_gen()
    return '\n'.join([
        "[partial] customer: the card is " + IG(f"{g[0]} {g[1]}", 'partial_hypothesis_8_digits'),
        "[partial] customer: the card is " + C(f"{g[0]} {g[1]} {g[2]}", c, 'partial_hypothesis_12_digits', chk='skip'),
        "[final]   customer: the card is " + C(grp(c), c, 'final_hypothesis'),
        "[final]   agent: and the expiration",
        "[partial] customer: " + IG(f"{m:02d}", 'partial_hypothesis_month_only'),
        "[final]   customer: " + EX(f"{m:02d} {2000 + y}", et(m, y), 'mm_yyyy'),
        "[final]   agent: thanks and I'll note your callback " + N(phone('dash'), 'neg_phone'),
    ])
# =================================================================== VALIDATION + OUTPUT

NUMW = {w: str(i) for i, w in enumerate(W)}
NUMW.update({'oh': '0', 'o': '0', 'won': '1', 'to': '2', 'too': '2', 'free': '3', 'tree': '3', 'for': '4', 'fore': '4',
             'sex': '6', 'ate': '8', 'nein': '9'})
NUMW.update({w: str(i) for i, w in enumerate(ES)})
TEENW = {w: str(10 + i) for i, w in enumerate(TEEN)}
TEENW.update({w: str(20 + i) for i, w in enumerate(ES_TWENTIES)})
TENSW = {w: str(i) for i, w in enumerate(TENS) if w}
MONW = {}
for i, mname in enumerate(MONTHS):
    MONW[mname.lower()] = f'{i + 1:02d}'
    MONW[mname[:3].lower()] = f'{i + 1:02d}'
MONW['sept'] = '09'
for i, mname in enumerate(MESES):
    MONW[mname] = f'{i + 1:02d}'


def norm(s, months=False):
    s = s.replace('\\n', ' ').replace('\\t', ' ').replace('&nbsp;', ' ')
    tk = re.findall(r'\w+', s.lower())
    out = ''
    mult = 1
    i = 0
    while i < len(tk):
        t = tk[i]
        if all(unicodedata.category(ch) == 'Nd' for ch in t):
            out += ''.join(str(unicodedata.digit(ch)) for ch in t) * mult
        elif t == 'double':
            mult = 2; i += 1; continue
        elif t == 'triple':
            mult = 3; i += 1; continue
        elif t in NUMW:
            out += NUMW[t] * mult
        elif t in TEENW:
            out += TEENW[t]
        elif t in TENSW:
            nx = tk[i + 1] if i + 1 < len(tk) else ''
            if nx in W[1:]:
                out += TENSW[t] + NUMW[nx]; i += 1
            else:
                out += TENSW[t] + '0'
        elif months and t in MONW:
            out += MONW[t]
        mult = 1
        i += 1
    return out


def check_doc(d, meta, review, errors):
    text, spans, negs = d['text'], d['spans'], d['negatives']
    allsp = sorted([(s['start'], s['end'], s['type']) for s in spans] + [(n['start'], n['end'], 'NEG:' + n['kind']) for n in negs])
    prev = (-1, -1)
    for s in spans:
        if not (0 <= s['start'] < s['end'] <= len(text)):
            errors.append((d['id'], 'span outside text', s))
        if s['start'] < prev[1] or (s['start'], s['end']) < prev:
            errors.append((d['id'], 'spans not sorted / overlapping', s))
        prev = (s['start'], s['end'])
        v = text[s['start']:s['end']]
        if v != v.strip() or v[-1] in ',.;:' or v[0] in ',.;:':
            errors.append((d['id'], 'span has edge whitespace/punct', repr(v)))
        if s['type'] not in ('CARD', 'SSN', 'CVV', 'EXPIRY', 'IGNORE'):
            errors.append((d['id'], 'bad type', s))
    for a, b in zip(allsp, allsp[1:]):
        if b[0] < a[1]:
            errors.append((d['id'], 'overlap between labelled ranges', a, b))
    for n in negs:
        if not (0 <= n['start'] < n['end'] <= len(text)):
            errors.append((d['id'], 'negative outside text', n))
    for ent, md in meta.items():
        typ, truth, chk = md['type'], md['truth'], md['chk']
        joined = ' '.join(md['frags'])
        if typ == 'CARD':
            if not (brand_of(truth) and luhn_ok(truth)):
                errors.append((d['id'], 'card truth invalid', truth))
            got = norm(joined)
            if chk == 'exact' and got != truth:
                errors.append((d['id'], 'card rendering != truth', joined, got, truth))
            if chk != 'exact':
                review.append((d['id'], typ, joined, got, truth))
        elif typ == 'SSN':
            if not ssa_ok(truth):
                errors.append((d['id'], 'ssn truth invalid', truth))
            got = norm(joined)
            if chk == 'exact' and got != truth:
                errors.append((d['id'], 'ssn rendering != truth', joined, got, truth))
            if chk != 'exact':
                review.append((d['id'], typ, joined, got, truth))
        elif typ == 'CVV':
            got = norm(joined)
            if not (truth.isdigit() and len(truth) in (3, 4)) or (chk == 'exact' and got != truth):
                errors.append((d['id'], 'cvv bad', joined, got, truth))
        elif typ == 'EXPIRY':
            mm, yy = truth[:2], truth[2:]
            if not (1 <= int(mm) <= 12 and 25 <= int(yy) <= 31):
                errors.append((d['id'], 'expiry truth invalid', truth))
            got = norm(joined, months=True)
            ok = {mm + yy, mm.lstrip('0') + yy, mm + '20' + yy, mm.lstrip('0') + '20' + yy}
            if chk == 'exp' and got not in ok:
                errors.append((d['id'], 'expiry rendering != truth', joined, got, truth))
            if chk == 'skip':
                review.append((d['id'], typ, joined, got, truth))
    # sanity warnings: card-like or SSN-like digit runs that carry no label at all
    covered = [(a, b) for a, b, _ in allsp]
    for mt in re.finditer(r'(?<![\w])(?:\d[ \-.]?){12,18}\d(?![\w])', text):
        digs = re.sub(r'\D', '', mt.group())
        if 13 <= len(digs) <= 19 and luhn_ok(digs) and brand_of(digs):
            if not any(a <= mt.start() < b or a < mt.end() <= b for a, b in covered):
                errors.append((d['id'], 'unlabelled card-like run', mt.group()))
    for mt in re.finditer(r'(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)', text):
        if not any(a <= mt.start() < b for a, b in covered):
            errors.append((d['id'], 'unlabelled ssn-like run', mt.group()))


def main():
    built = []
    for kind, layout, fn in DOCS:
        raw = fn()
        text, spans, negs, meta = build(raw)
        assert SO not in text and SEP not in text and EO not in text
        built.append(({'kind': kind, 'layout': layout, 'text': text, 'spans': spans, 'negatives': negs}, meta))
    random.Random(SEED + 1).shuffle(built)
    docs = []
    review, errors = [], []
    for i, (d, meta) in enumerate(built, 1):
        d = {'id': f'p4-{i:04d}', **d}
        check_doc(d, meta, review, errors)
        docs.append((d, meta))
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, OUT_NAME), 'w', encoding='utf-8') as f:
        for d, _ in docs:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    # re-read and re-check that offsets survive the JSONL round trip
    with open(os.path.join(OUT_DIR, OUT_NAME), encoding='utf-8') as f:
        for line, (d, _) in zip(f, docs):
            e = json.loads(line)
            assert e['text'] == d['text'] and e['spans'] == d['spans']
    ent = Counter(); spn = Counter(); var = Counter(); kinds = Counter(); negk = Counter(); layouts = set()
    for d, meta in docs:
        kinds[d['kind']] += 1
        layouts.add(d['layout'])
        for s in d['spans']:
            spn[s['type']] += 1
            var[(s['type'], s['variant'])] += 1
        for md in meta.values():
            ent[md['type']] += 1
        for n in d['negatives']:
            negk[n['kind']] += 1
    print(f"documents: {len(docs)}  by kind: {dict(kinds)}")
    print("entities by type:", dict(ent))
    print("spans by type:   ", dict(spn))
    print(f"negatives: {sum(negk.values())} in {len(negk)} kinds")
    if '-v' in sys.argv:
        print(dict(negk))
        for r in review:
            print('REVIEW', r)
    for e in errors:
        print('ERROR', e)
    if errors:
        sys.exit(1)
    print("validation OK")


if __name__ == '__main__':
    main()
