#!/usr/bin/env python3
"""probe5: independent test-set generator for a contact-centre redactor.

Deterministic (seeded per document), standard library only.
Writes the file named as its argument (default docs.jsonl beside it).  Every span/negative offset is recorded while
the text is being built (Doc.put), never by searching afterwards.
"""
import json, random, re, html as htmlmod, sys, os

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs.jsonl")

# ---------------------------------------------------------------- vocabulary
CANON = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
UNIT_WORDS = {'zero': '0', 'oh': '0', 'o': '0', 'one': '1', 'won': '1', 'two': '2', 'to': '2',
              'too': '2', 'three': '3', 'free': '3', 'four': '4', 'for': '4', 'five': '5',
              'six': '6', 'sex': '6', 'seven': '7', 'eight': '8', 'ate': '8', 'nine': '9',
              'nein': '9'}
HOMO = {'0': ['o'], '1': ['won'], '2': ['to', 'too'], '3': ['free'], '4': ['for'], '6': ['sex'],
        '8': ['ate'], '9': ['nein']}
TEEN_W = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen',
          'eighteen', 'nineteen']
TENS_W = {'2': 'twenty', '3': 'thirty', '4': 'forty', '5': 'fifty', '6': 'sixty', '7': 'seventy',
          '8': 'eighty', '9': 'ninety'}
TENS_R = {v: k for k, v in TENS_W.items()}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
NUMWORDS = set(UNIT_WORDS) | set(TEEN_W) | set(TENS_R) | {'double', 'triple'}
MONTHWORDS = {m.lower() for m in MONTHS} | {m.lower() for m in MONTH_ABBR} | {'sept'}
ORD = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
       'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth',
       'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty first', 'twenty second',
       'twenty third', 'twenty fourth', 'twenty fifth', 'twenty sixth', 'twenty seventh',
       'twenty eighth', 'twenty ninth', 'thirtieth', 'thirty first']


def is_numtok(t):
    t = t.lower()
    return t.isdigit() or t in NUMWORDS or t in MONTHWORDS


TOK = re.compile(r"[A-Za-z]+|\d+|[^\sA-Za-z\d]")


def read_digits(text):
    """Digits a listener would write down (no correction handling)."""
    toks = [t.lower() for t in TOK.findall(text)]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
        elif t in UNIT_WORDS:
            out.append(UNIT_WORDS[t])
        elif t in TEEN_W:
            out.append(str(10 + TEEN_W.index(t)))
        elif t in TENS_R:
            if i + 1 < len(toks) and toks[i + 1] in UNIT_WORDS and UNIT_WORDS[toks[i + 1]] != '0':
                out.append(TENS_R[t] + UNIT_WORDS[toks[i + 1]])
                i += 1
            else:
                out.append(TENS_R[t] + '0')
        elif t in ('double', 'triple') and i + 1 < len(toks) and toks[i + 1] in UNIT_WORDS:
            out.append(UNIT_WORDS[toks[i + 1]] * (2 if t == 'double' else 3))
            i += 1
        i += 1
    return ''.join(out)


def to_written(text):
    """Rough inverse text normalisation as a recogniser would do it: canonical number
    words become digits, adjacent digit runs separated by one space are merged;
    misheard homophones ('for', 'to', 'won' ...) stay as words."""
    parts = re.findall(r"[A-Za-z]+|\d+|[^A-Za-z\d]+", text)
    conv = set(CANON) | {'oh'}
    out = []  # (isdigit, str)
    i = 0
    while i < len(parts):
        t = parts[i]
        tl = t.lower()
        nxt = parts[i + 2].lower() if i + 2 < len(parts) and parts[i + 1] == ' ' else None
        if t.isdigit():
            out.append((True, t))
        elif tl in conv:
            out.append((True, UNIT_WORDS[tl]))
        elif tl in TEEN_W:
            out.append((True, str(10 + TEEN_W.index(tl))))
        elif tl in TENS_R:
            if nxt in UNIT_WORDS and UNIT_WORDS[nxt] != '0':
                out.append((True, TENS_R[tl] + UNIT_WORDS[nxt]))
                i += 2
            else:
                out.append((True, TENS_R[tl] + '0'))
        elif tl in ('double', 'triple') and nxt in UNIT_WORDS:
            out.append((True, UNIT_WORDS[nxt] * (2 if tl == 'double' else 3)))
            i += 2
        else:
            out.append((False, t))
        i += 1
    res = []
    for k, (isd, s) in enumerate(out):
        if not isd and s == ' slash ' and 0 < k < len(out) - 1 and out[k - 1][0] and out[k + 1][0]:
            res.append('/')
            continue
        if (not isd and s == ' ' and 0 < k < len(out) - 1 and out[k - 1][0] and out[k + 1][0]):
            continue
        res.append(s)
    return ''.join(res)


def lexicalize(s):
    s = re.sub(r'[,.?!;:"](?=\s|$)', '', s)
    s = re.sub(r'\s+', ' ', s)
    return s.lower()


# ---------------------------------------------------------------- checksums
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(p):
    for c in '0123456789':
        if luhn_ok(p + c):
            return p + c


def luhn_break(s):
    if not luhn_ok(s):
        return s
    return s[:-1] + str((int(s[-1]) + 1) % 10)


MAESTRO = ['5018', '5020', '5038', '5893', '6304', '6759', '6761', '6762', '6763']


def brand_of(d):
    n = len(d)
    if not d.isdigit() or n < 12:
        return None
    if d[0] == '4' and n in (13, 16, 19):
        return 'visa'
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return 'mc'
    if n == 15 and d[:2] in ('34', '37'):
        return 'amex'
    if n in (16, 19) and (d.startswith('6011') or 644 <= int(d[:3]) <= 649 or d.startswith('65')):
        return 'discover'
    if 16 <= n <= 19 and 3528 <= int(d[:4]) <= 3589:
        return 'jcb'
    if n in (14, 16) and (d[:2] in ('36', '38', '39') or 300 <= int(d[:3]) <= 305):
        return 'diners'
    if 16 <= n <= 19 and d.startswith('62'):
        return 'unionpay'
    if 12 <= n <= 19 and d[:4] in MAESTRO:
        return 'maestro'
    return None


def cardlike(d):
    return brand_of(d) is not None and luhn_ok(d)


BRAND_NAME = {'visa': 'Visa', 'mc': 'Mastercard', 'amex': 'American Express', 'discover': 'Discover',
              'jcb': 'JCB', 'diners': 'Diners Club', 'unionpay': 'UnionPay', 'maestro': 'Maestro'}


def make_card(rng, brand, length=None):
    if brand == 'visa':
        p, L = '4', length or rng.choice([16, 16, 16, 13, 19])
    elif brand == 'mc':
        p, L = rng.choice([str(rng.randint(51, 55)), str(rng.randint(2221, 2720))]), 16
    elif brand == 'mc2':
        p, L = str(rng.randint(2221, 2720)), 16
    elif brand == 'amex':
        p, L = rng.choice(['34', '37']), 15
    elif brand == 'discover':
        p, L = rng.choice(['6011', str(rng.randint(644, 649)), '65']), 16
    elif brand == 'jcb':
        p, L = str(rng.randint(3528, 3589)), 16
    elif brand == 'diners':
        p, L = rng.choice(['36', '38', str(rng.randint(300, 305))]), 14
    elif brand == 'unionpay':
        p, L = '62' + str(rng.choice([1, 3, 4, 5, 8])), length or rng.choice([16, 19])
    elif brand == 'maestro':
        p, L = rng.choice(MAESTRO), length or rng.choice([16, 19])
    else:
        raise ValueError(brand)
    if length:
        L = length
    body = p + ''.join(str(rng.randint(0, 9)) for _ in range(L - len(p) - 1))
    d = luhn_complete(body)
    assert brand_of(d) and luhn_ok(d), d
    return d


def card_groups(d):
    n = len(d)
    return {13: [4, 4, 5], 14: [4, 6, 4], 15: [4, 6, 5], 16: [4, 4, 4, 4], 17: [4, 4, 4, 5],
            18: [4, 4, 4, 6], 19: [4, 4, 4, 4, 3]}[n]


def split_sizes(d, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    assert i == len(d)
    return out


def fmt_groups(d, sizes, sep=' '):
    return sep.join(split_sizes(d, sizes))


def fmt_card(d, style='space'):
    g = card_groups(d)
    if style == 'space':
        return fmt_groups(d, g, ' ')
    if style == 'dash':
        return fmt_groups(d, g, '-')
    if style == 'plain':
        return d
    if style == 'dot':
        return fmt_groups(d, g, '.')
    if style == 'double':
        return fmt_groups(d, g, '  ')
    raise ValueError(style)


def ssn_valid(d):
    return (len(d) == 9 and d.isdigit() and d[:3] not in ('000', '666') and d[0] != '9'
            and d[3:5] != '00' and d[5:] != '0000')


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        d = '%03d%02d%04d' % (a, rng.randint(1, 99), rng.randint(1, 9999))
        if ssn_valid(d):
            return d


def fmt_ssn(d, style='dash'):
    return {'dash': f'{d[:3]}-{d[3:5]}-{d[5:]}', 'space': f'{d[:3]} {d[3:5]} {d[5:]}',
            'plain': d, 'dot': f'{d[:3]}.{d[3:5]}.{d[5:]}'}[style]


def aba_ok(d):
    w = [3, 7, 1] * 3
    return len(d) == 9 and sum(int(c) * k for c, k in zip(d, w)) % 10 == 0


def make_aba(rng):
    pre = '%02d' % rng.choice(list(range(1, 13)) + list(range(21, 33)))
    body = pre + ''.join(str(rng.randint(0, 9)) for _ in range(6))
    for c in '0123456789':
        if aba_ok(body + c):
            return body + c


def make_sin(rng):
    body = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + ''.join(str(rng.randint(0, 9)) for _ in range(7))
    return luhn_complete(body)


def make_imei(rng):
    tac = rng.choice(['35', '35', '86', '01']) + ''.join(str(rng.randint(0, 9)) for _ in range(6))
    return luhn_complete(tac + ''.join(str(rng.randint(0, 9)) for _ in range(6)))


def fmt_imei(d, style='plain'):
    return {'plain': d, 'dash': f'{d[:2]}-{d[2:8]}-{d[8:14]}-{d[14]}',
            'space': f'{d[:2]} {d[2:8]} {d[8:14]} {d[14]}'}[style]


def make_iccid(rng, L=None):
    L = L or rng.choice([19, 20])
    body = '8901' + rng.choice(['260', '410', '120', '480']) + ''.join(
        str(rng.randint(0, 9)) for _ in range(L - 8))
    return luhn_complete(body)


def rdig(rng, n, first=None):
    s = (first if first is not None else str(rng.randint(0, 9))) + ''.join(
        str(rng.randint(0, 9)) for _ in range(n - 1))
    return s


def safe_digits(rng, n, first=None):
    """random digit string that is NOT card-like (no brand+Luhn)."""
    while True:
        s = rdig(rng, n, first)
        if not cardlike(s):
            return s


AREA = ['212', '312', '415', '617', '713', '404', '206', '303', '602', '305', '214', '469', '702',
        '503', '612', '919', '704', '615', '512', '718', '646', '202', '773', '818', '971', '480']


def make_phone(rng):
    return rng.choice(AREA) + str(rng.randint(2, 9)) + rdig(rng, 2) + rdig(rng, 4)


def fmt_phone(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return {'paren': f'({a}) {b}-{c}', 'dash': f'{a}-{b}-{c}', 'dot': f'{a}.{b}.{c}',
            'plus': f'+1 {a}-{b}-{c}', 'plain': d, 'space': f'{a} {b} {c}',
            'one': f'1-{a}-{b}-{c}', 'plus2': f'+1{d}', 'plus3': f'+1 ({a}) {b}-{c}'}[style]


PHONE_STYLES = ['paren', 'dash', 'dot', 'plus', 'plain', 'space', 'one', 'plus3']


def make_ups(rng):
    al = 'ABCDEFGHJKLMNPRTVWXY'
    shipper = ''.join(rng.choice(al + '0123456789') for _ in range(5)) + rng.choice(al)
    return '1Z' + shipper + rdig(rng, 2, '0') + rdig(rng, 8)


def fmt_ups(t, spaced=False):
    return f'{t[:2]} {t[2:5]} {t[5:8]} {t[8:10]} {t[10:14]} {t[14:]}' if spaced else t


def make_fedex(rng, n=12):
    return safe_digits(rng, n, '7' if n == 12 else rng.choice(['0', '1', '7']))


def make_usps(rng, n=22):
    if n == 22:
        return rng.choice(['9400', '9205', '9361', '9270']) + rdig(rng, 18)
    return '7019' + rdig(rng, 16)


def group4(s, sep=' '):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def make_zip(rng):
    return '%05d' % rng.randint(1001, 99950)


def make_expiry(rng):
    return rng.randint(1, 12), rng.randint(25, 32)


FIRST = ['Maria', 'James', 'Aisha', 'Wei', 'Carlos', 'Priya', 'Tom', 'Keisha', 'Dmitri', 'Fatima',
         'Liam', 'Sofia', 'Jamal', 'Hannah', 'Raj', 'Grace', 'Diego', 'Olivia', 'Marcus', 'Yuki',
         'Brenda', 'Kevin', 'Leticia', 'Owen', 'Nadia', 'Trevor', 'Imani', 'Sean']
LAST = ['Lopez', 'Nguyen', 'Patel', 'Johnson', 'Okafor', 'Kowalski', 'Chen', 'Murphy', 'Haddad',
        'Schmidt', 'Garcia', 'Brooks', 'Silva', 'Novak', 'Reyes', 'Bennett', 'Kim', 'Dubois',
        'Rossi', 'Hughes', 'Adeyemi', 'Tanaka', 'Walsh', 'Ortega']
STREETS = ['Maple Ave', 'W Addison St', 'Harbor Blvd', 'Elm St', 'N Lincoln Ave', 'Sunset Dr',
           'Pine Ridge Rd', 'Lakeview Ct', 'Commerce Pkwy', 'Oak Hollow Ln']
CITIES = [('Chicago', 'IL'), ('Austin', 'TX'), ('Denver', 'CO'), ('Tampa', 'FL'), ('Portland', 'OR'),
          ('Columbus', 'OH'), ('Raleigh', 'NC'), ('Phoenix', 'AZ'), ('Boston', 'MA'),
          ('Nashville', 'TN'), ('San Jose', 'CA'), ('Atlanta', 'GA')]

SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
         'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
         'nineteen']


def num_words(n):
    if n < 20:
        return SMALL[n]
    if n < 100:
        return TENS_W[str(n // 10)] + ('' if n % 10 == 0 else ' ' + SMALL[n % 10])
    if n < 1000:
        return SMALL[n // 100] + ' hundred' + ('' if n % 100 == 0 else ' ' + num_words(n % 100))
    return num_words(n // 1000) + ' thousand' + ('' if n % 1000 == 0 else ' ' + num_words(n % 1000))


def year_words(y):
    if 2000 <= y < 2010:
        return 'two thousand ' + SMALL[y - 2000] if y > 2000 else 'two thousand'
    a, b = divmod(y, 100)
    return num_words(a) + ' ' + ('hundred' if b == 0 else ('oh ' + SMALL[b] if b < 10 else num_words(b)))


# ---------------------------------------------------------------- items & document builder
class M:
    """A marked piece of text. type: CARD SSN CVV EXPIRY IGNORE or NEG (variant = neg kind)."""
    __slots__ = ('text', 'type', 'variant', 'ent', 'wtext', 'src')

    def __init__(self, text, type, variant, ent=None, wtext=None, src=None):
        self.text, self.type, self.variant, self.ent, self.wtext = text, type, variant, ent, wtext
        self.src = src if src is not None else self

    def copy(self, text):
        return M(text, self.type, self.variant, self.ent, None, self.src)


def N(text, kind, wtext=None):
    return M(text, 'NEG', kind, None, wtext)


def core_bounds(text, typ):
    if typ in ('NEG', 'IGNORE'):
        a, b = 0, len(text)
        while a < b and text[a] in ' \t\n,.;:!?"\'':
            a += 1
        while b > a and text[b - 1] in ' \t\n,.;:!?"\'':
            b -= 1
        return a, b
    toks = [m for m in re.finditer(r"[A-Za-z]+|\d+", text) if is_numtok(m.group())]
    if not toks:
        return None
    return toks[0].start(), toks[-1].end()


class Doc:
    def __init__(self, did, kind, layout):
        self.id, self.kind, self.layout = did, kind, layout
        self.buf, self.pos, self.spans, self.negs, self.entmap = [], 0, [], [], {}

    def raw(self, s):
        self.buf.append(s)
        self.pos += len(s)

    def ent(self, key):
        if key[0] is None:
            key = ('anon', len(self.entmap), key[1])
        if key not in self.entmap:
            self.entmap[key] = len(self.entmap)
        return self.entmap[key]

    def put(self, item, esc=None, rep=0):
        if isinstance(item, (list, tuple)):
            for x in item:
                self.put(x, esc, rep)
            return
        if isinstance(item, str):
            self.raw(esc(item) if esc else item)
            return
        text = esc(item.text) if esc else item.text
        cb = core_bounds(text, item.type)
        if cb is None or cb[0] >= cb[1]:
            self.raw(text)
            return
        a, b = cb
        self.raw(text[:a])
        s = self.pos
        self.raw(text[a:b])
        e = self.pos
        self.raw(text[b:])
        if item.type == 'NEG':
            self.negs.append({'start': s, 'end': e, 'kind': item.variant})
        else:
            ek = item.src.ent if item.src is not None else item.ent
            if ek is None:
                ek = ('ign', id(item.src))
            self.spans.append({'start': s, 'end': e, 'type': item.type, 'variant': item.variant,
                               'entity': self.ent((ek, rep))})

    def w(self, *items, esc=None, rep=0):
        for it in items:
            self.put(it, esc, rep)

    def text(self):
        return ''.join(self.buf)

    def record(self):
        t = self.text()
        spans = sorted(self.spans, key=lambda x: x['start'])
        # renumber entities in order of first appearance
        remap = {}
        for s in spans:
            if s['entity'] not in remap:
                remap[s['entity']] = len(remap)
            s['entity'] = remap[s['entity']]
        return {'id': self.id, 'kind': self.kind, 'layout': self.layout, 'text': t,
                'spans': spans, 'negatives': sorted(self.negs, key=lambda x: x['start'])}


class R:
    """Rich string value for the JSON/CSV/HTML emitters: list of str / M, plus a
    representation tag so that each copy of a secret is its own entity."""

    def __init__(self, items, rep=0):
        self.items = items if isinstance(items, list) else [items]
        self.rep = rep


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def emit_json(doc, obj, indent=None, seps=(', ', ': '), level=0):
    if isinstance(obj, R):
        doc.raw('"')
        doc.put(obj.items, esc=jesc, rep=obj.rep)
        doc.raw('"')
    elif isinstance(obj, dict):
        if not obj:
            doc.raw('{}')
            return
        if indent is None:
            doc.raw('{')
            for i, (k, v) in enumerate(obj.items()):
                if i:
                    doc.raw(seps[0])
                doc.raw(json.dumps(k) + seps[1])
                emit_json(doc, v, indent, seps, level + 1)
            doc.raw('}')
        else:
            doc.raw('{\n')
            for i, (k, v) in enumerate(obj.items()):
                doc.raw(' ' * (indent * (level + 1)) + json.dumps(k) + ': ')
                emit_json(doc, v, indent, seps, level + 1)
                doc.raw(',\n' if i < len(obj) - 1 else '\n')
            doc.raw(' ' * (indent * level) + '}')
    elif isinstance(obj, list):
        if not obj:
            doc.raw('[]')
            return
        if indent is None:
            doc.raw('[')
            for i, v in enumerate(obj):
                if i:
                    doc.raw(seps[0])
                emit_json(doc, v, indent, seps, level + 1)
            doc.raw(']')
        else:
            doc.raw('[\n')
            for i, v in enumerate(obj):
                doc.raw(' ' * (indent * (level + 1)))
                emit_json(doc, v, indent, seps, level + 1)
                doc.raw(',\n' if i < len(obj) - 1 else '\n')
            doc.raw(' ' * (indent * level) + ']')
    else:
        doc.raw(json.dumps(obj, ensure_ascii=False))


def hesc(s):
    return htmlmod.escape(s, quote=True)


def xesc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def csv_field(doc, val, delim=',', rep=0, always=False):
    """write one CSV field; val is str or R or list of items."""
    items = val.items if isinstance(val, R) else (val if isinstance(val, list) else [val])
    rep = val.rep if isinstance(val, R) else rep
    plain = ''.join(x if isinstance(x, str) else x.text for x in items)
    need = always or any(c in plain for c in (delim, '"', '\n', '\r'))
    if delim == '\t':
        need = need and ('\t' in plain or '\n' in plain or '"' in plain)
    if need:
        doc.raw('"')
        doc.put(items, esc=lambda s: s.replace('"', '""'), rep=rep)
        doc.raw('"')
    else:
        doc.put(items, rep=rep)


def csv_row(doc, vals, delim=',', rep=0, always=False, eol='\r\n'):
    for i, v in enumerate(vals):
        if i:
            doc.raw(delim)
        csv_field(doc, v, delim, rep, always)
    doc.raw(eol)


def hexid(rng, n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def uid(rng):
    return f'{hexid(rng, 8)}-{hexid(rng, 4)}-4{hexid(rng, 3)}-{rng.choice("89ab")}{hexid(rng, 3)}-{hexid(rng, 12)}'


# ---------------------------------------------------------------- speaking numbers
def say_digit(rng, d, homo_p=0.0):
    if d in HOMO and rng.random() < homo_p:
        return rng.choice(HOMO[d])
    if d == '0':
        return rng.choice(['zero', 'oh', 'oh'])
    return CANON[int(d)]


def _say_pair(rng, p, homo_p):
    a, b = p
    if a == '0':
        return ['oh', say_digit(rng, b, homo_p)]
    if a == '1':
        return [TEEN_W[int(b)]]
    if b == '0':
        return [TENS_W[a]]
    return [TENS_W[a], say_digit(rng, b, homo_p)]


def _say_group(rng, g, style, homo_p):
    if style == 'numeral':
        return [g]
    if style == 'numdigits':
        return list(g)
    if style == 'mixed':
        toks = [d if rng.random() < 0.5 else say_digit(rng, d, homo_p) for d in g]
        if all(t.isdigit() for t in toks) or not any(t.isdigit() for t in toks):
            toks[0] = say_digit(rng, g[0], 0) if toks[0].isdigit() else g[0]
        return toks
    if style == 'pairs':
        toks = []
        i = 0
        while i + 1 < len(g):
            toks += _say_pair(rng, g[i:i + 2], homo_p)
            i += 2
        if i < len(g):
            toks.append(say_digit(rng, g[i], homo_p))
        return toks
    # single digits, with "double"/"triple" for runs
    toks = []
    i = 0
    while i < len(g):
        j = i
        while j < len(g) and g[j] == g[i]:
            j += 1
        run = j - i
        if run >= 3 and rng.random() < 0.6:
            toks += ['triple', say_digit(rng, g[i])]
            i += 3
            continue
        if run >= 2 and rng.random() < 0.6:
            toks += ['double', say_digit(rng, g[i])]
            i += 2
            continue
        toks.append(say_digit(rng, g[i], homo_p))
        i += 1
    return toks


def say_group(rng, g, style='single', homo_p=0.0):
    for k in range(40):
        toks = _say_group(rng, g, style if k < 20 else 'single', homo_p)
        if read_digits(' '.join(toks)) == g:
            return ' '.join(toks)
    raise ValueError((g, style))


FILLER_SEPS = [', uh, ', ', um, ', ' uh ', ', hmm, ', '... ', ', uh... ', ' um, ']
CORRECTIONS = [', sorry, ', ', no, sorry, ', ', sorry I mean ', ', I mean ', '... sorry, ']


def speak_number(rng, digits, sizes, parts=None, style='single', homo_p=0.0, filler_p=0.0,
                 seps=(', ', ' '), correction=False):
    """Return one text per fragment (parts = number of digit groups per fragment)."""
    groups = split_sizes(digits, sizes)
    parts = parts or [len(groups)]
    assert sum(parts) == len(groups), (parts, sizes)
    for attempt in range(80):
        st = style if attempt < 50 else 'single'
        gt = [say_group(rng, g, st, homo_p) for g in groups]
        if filler_p:
            for gi_, txt in enumerate(gt):
                tk = txt.split(' ')
                if len(tk) >= 2 and rng.random() < filler_p * 0.6:
                    k = rng.randrange(1, len(tk))
                    gt[gi_] = ' '.join(tk[:k] + [rng.choice(['uh', 'um', 'uh,', 'hmm'])] + tk[k:])
        frags, gi = [], 0
        for pc in parts:
            pieces = []
            for j in range(pc):
                if j:
                    if filler_p and rng.random() < filler_p:
                        pieces.append(rng.choice(FILLER_SEPS))
                    else:
                        pieces.append(', ' if st == 'pairs' else rng.choice(seps))
                pieces.append(gt[gi + j])
            frags.append(pieces)
            gi += pc
        texts = [''.join(p) for p in frags]
        exp, gi = [], 0
        for pc in parts:
            exp.append(''.join(groups[gi:gi + pc]))
            gi += pc
        if all(read_digits(t) == x for t, x in zip(texts, exp)) and read_digits(' '.join(texts)) == digits:
            break
    else:
        raise ValueError('cannot speak ' + digits)
    if correction:
        fi = rng.randrange(len(frags))
        pieces = frags[fi]
        k = rng.choice(list(range(0, len(pieces), 2)))
        right = pieces[k]
        gd = read_digits(right)
        wrong = list(gd)
        pos = rng.randrange(len(wrong))
        wrong[pos] = str((int(wrong[pos]) + rng.randint(1, 8)) % 10)
        wst = st if st in ('numeral', 'numdigits', 'single') else 'single'
        pieces[k] = say_group(rng, ''.join(wrong), wst) + rng.choice(CORRECTIONS) + right
        texts = [''.join(p) for p in frags]
    return texts


def say_year2(yy):
    return num_words(yy) if yy >= 10 else 'oh ' + SMALL[yy]


def say_month_num(rng, mm):
    if mm < 10:
        return rng.choice(['oh ', 'zero ', '']) + CANON[mm]
    return SMALL[mm]


def say_expiry(rng, mm, yy, style):
    if style == 'mmyy':
        return say_month_num(rng, mm) + rng.choice([' ', ', ', ' slash ', ' ']) + say_year2(yy)
    if style == 'name':
        y = rng.choice([say_year2(yy), 'twenty ' + say_year2(yy), 'of twenty ' + say_year2(yy),
                        '20%02d' % yy])
        return MONTHS[mm - 1] + ' ' + y
    if style == 'digits':
        return ' '.join(say_digit(rng, d) for d in '%02d%02d' % (mm, yy))
    if style == 'numeral':
        return rng.choice(['%02d/%02d', '%d/%02d']) % (mm, yy)
    raise ValueError(style)


def say_cvv(rng, c, homo_p=0.0):
    if len(c) == 3 and c[1] != '0' and rng.random() < 0.35:
        t = say_digit(rng, c[0], homo_p) + ' ' + ' '.join(_say_pair(rng, c[1:], homo_p))
        if read_digits(t) == c:
            return t
    return say_group(rng, c, 'single', homo_p)


def month_typed(rng, mm, yy, style):
    return {'mm/yy': '%02d/%02d' % (mm, yy), 'm/yy': '%d/%02d' % (mm, yy),
            'mm/yyyy': '%02d/20%02d' % (mm, yy), 'mmyy': '%02d%02d' % (mm, yy),
            'mm-yy': '%02d-%02d' % (mm, yy), 'mon yyyy': '%s 20%02d' % (MONTH_ABBR[mm - 1], yy),
            'mm yy': '%02d %02d' % (mm, yy), 'yyyy-mm': '20%02d-%02d' % (yy, mm),
            'month yy': "%s '%02d" % (MONTHS[mm - 1], yy), 'mm / yy': '%02d / %02d' % (mm, yy)}[style]


# ---------------------------------------------------------------- per-document context
class Cx:
    def __init__(self, did):
        self.did = did
        self.rng = random.Random('probe5:' + did)
        self._e = 0
        r = self.rng
        self.agent = r.choice(FIRST) + ' ' + r.choice(LAST)
        self.cust = r.choice(FIRST) + ' ' + r.choice(LAST)
        while self.cust.split()[0] == self.agent.split()[0]:
            self.cust = r.choice(FIRST) + ' ' + r.choice(LAST)

    def eid(self):
        self._e += 1
        return self._e

    # ---- typed negatives
    def phone(self, style=None):
        return N(fmt_phone(make_phone(self.rng), style or self.rng.choice(PHONE_STYLES)), 'neg_phone')

    def imei(self, style=None):
        return N(fmt_imei(make_imei(self.rng), style or self.rng.choice(['plain', 'plain', 'dash', 'space'])), 'neg_imei')

    def iccid(self):
        return N(make_iccid(self.rng), 'neg_iccid')

    def ups(self, spaced=None):
        return N(fmt_ups(make_ups(self.rng), self.rng.random() < 0.3 if spaced is None else spaced), 'neg_tracking_ups')

    def fedex(self, n=None):
        n = n or self.rng.choice([12, 12, 15])
        d = make_fedex(self.rng, n)
        return N(d if self.rng.random() < 0.6 or n != 12 else group4(d), 'neg_tracking_fedex')

    def usps(self, n=22, grouped=None):
        d = make_usps(self.rng, n)
        g = self.rng.random() < 0.5 if grouped is None else grouped
        return N(group4(d) if g else d, 'neg_tracking_usps')

    def sin(self, style=None):
        d = make_sin(self.rng)
        st = style or self.rng.choice(['space', 'dash', 'plain'])
        return N({'space': f'{d[:3]} {d[3:6]} {d[6:]}', 'dash': f'{d[:3]}-{d[3:6]}-{d[6:]}', 'plain': d}[st], 'neg_sin')

    def aba(self):
        return N(make_aba(self.rng), 'neg_aba')

    def acct(self, n=None):
        return N(safe_digits(self.rng, n or self.rng.randint(8, 11)), 'neg_account')

    def zip(self):
        return N(make_zip(self.rng), 'neg_zip')

    def zip4(self):
        return N(make_zip(self.rng) + '-' + rdig(self.rng, 4), 'neg_zip4')

    def dob(self, style=None):
        r = self.rng
        y, m, d = r.randint(1948, 2003), r.randint(1, 12), r.randint(1, 28)
        st = style or r.choice(['us', 'us2', 'iso', 'long', 'short'])
        return N({'us': f'{m:02d}/{d:02d}/{y}', 'us2': f'{m}/{d}/{y % 100:02d}', 'iso': f'{y}-{m:02d}-{d:02d}',
                  'long': f'{MONTHS[m - 1]} {d}, {y}', 'short': f'{m}-{d}-{y}'}[st], 'neg_dob')

    def date(self, style=None, kind='neg_date'):
        r = self.rng
        y, m, d = r.choice([2024, 2025]), r.randint(1, 12), r.randint(1, 28)
        st = style or r.choice(['us', 'iso', 'long', 'abbr', 'md'])
        return N({'us': f'{m:02d}/{d:02d}/{y}', 'iso': f'{y}-{m:02d}-{d:02d}', 'long': f'{MONTHS[m - 1]} {d}, {y}',
                  'abbr': f'{MONTH_ABBR[m - 1]} {d}', 'md': f'{m}/{d}'}[st], kind)

    def amount(self, big=False):
        r = self.rng
        v = r.randint(100, 250000 if big else 60000) / 100
        return N(r.choice(['${:,.2f}', '${:,.2f}', '{:.2f} USD', 'USD {:,.2f}']).format(v), 'neg_amount')

    def time(self):
        r = self.rng
        h, mi = r.randint(1, 12), r.choice([0, 15, 30, 45, 5, 20, 50])
        return N(r.choice(['{}:{:02d} {}', '{}:{:02d}{}']).format(h, mi, r.choice(['AM', 'PM', 'am', 'pm'])), 'neg_time')

    def pct(self):
        r = self.rng
        return N(r.choice(['%.1f%%' % (r.randint(5, 299) / 10), '%d%%' % r.randint(5, 40),
                           '%.2f%%' % (r.randint(500, 2999) / 100)]), 'neg_percent')

    def ext(self):
        return N(str(self.rng.randint(100, 9999)), 'neg_ext')

    def conf(self):
        r = self.rng
        st = r.choice(['pnr', 'cnf', 'num'])
        if st == 'pnr':
            return N(''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6)), 'neg_confirmation')
        if st == 'cnf':
            return N('CNF-' + rdig(r, 6, str(r.randint(1, 9))), 'neg_confirmation')
        return N(rdig(r, 8, str(r.randint(1, 9))), 'neg_confirmation')

    def otp(self):
        return N(rdig(self.rng, 6, str(self.rng.randint(1, 9))), 'neg_otp')

    def loyalty(self, luhn=None):
        r = self.rng
        if luhn or (luhn is None and r.random() < 0.5):
            d = luhn_complete(r.choice(['9', '8']) + rdig(r, 14))
            return N(group4(d) if r.random() < 0.5 else d, 'neg_loyalty_luhn')
        return N(r.choice(['', 'RW', 'MB']) + rdig(r, r.randint(8, 11), str(r.randint(1, 9))), 'neg_loyalty')

    def member(self):
        r = self.rng
        return N(''.join(r.choice('ABCDEFGHJKMNPRSTUWXYZ') for _ in range(3)) + rdig(r, 9), 'neg_member_id')

    def serial(self):
        r = self.rng
        st = r.choice(['alnum', 'dell', 'num'])
        if st == 'alnum':
            return N(r.choice(['R58', 'C02', 'F2L', 'DMP']) + ''.join(r.choice('ABCDEFGHJKLMNPQRSTVWXYZ0123456789') for _ in range(8)), 'neg_serial')
        if st == 'dell':
            return N(''.join(r.choice('ABCDEFGHJKLMNPQRSTVWXYZ0123456789') for _ in range(7)), 'neg_serial')
        return N(safe_digits(r, 12, '2'), 'neg_serial')

    def model(self):
        return N(self.rng.choice(['SM-S918U', 'SM-A546U', 'A2650', 'MQ0H3LL/A', 'XT2315-4', 'GVU6C',
                                  'iPhone 15 Pro', 'Pixel 8', 'WRT54G', 'EX3200', 'MG7700']), 'neg_model')

    def order(self, style=None):
        r = self.rng
        st = style or r.choice(['amzn', 'hash', 'ord', 'w', 'long'])
        if st == 'amzn':
            return N(f'{r.randint(111, 114)}-{rdig(r, 7)}-{rdig(r, 7)}', 'neg_order')
        if st == 'hash':
            return N('#' + rdig(r, r.randint(5, 7), str(r.randint(1, 9))), 'neg_order')
        if st == 'ord':
            return N(f'ORD-{r.choice([2024, 2025])}-{rdig(r, 6)}', 'neg_order')
        if st == 'w':
            return N('W' + rdig(r, 9, str(r.randint(1, 9))), 'neg_order')
        return N(luhn_break(rdig(r, 16, '4')), 'neg_order_cardlike')

    def ticket(self):
        r = self.rng
        return N(r.choice(['INC00', 'CS-', '#', 'TKT-', 'REQ']) + rdig(r, r.randint(5, 7), str(r.randint(1, 9))), 'neg_ticket')

    def case(self):
        return N('0' + rdig(self.rng, 7, str(self.rng.randint(1, 4))), 'neg_case')

    def claim(self):
        r = self.rng
        return N(f'CLM-{r.choice([2024, 2025])}-{rdig(r, 6)}', 'neg_claim')

    def policy(self):
        r = self.rng
        return N(r.choice(['HO', 'PA', 'AU', 'LF']) + '-' + rdig(r, 7, str(r.randint(1, 9))) + '-' + rdig(r, 2), 'neg_policy')

    def auth(self):
        r = self.rng
        return N(''.join(r.choice('0123456789ABCDEF') for _ in range(6)), 'neg_auth_code')

    def npi(self):
        # Luhn-valid with the 80840 prefix, i.e. a real-shaped NPI
        r = self.rng
        while True:
            body = str(r.choice([1, 2])) + rdig(r, 8)
            for c in '0123456789':
                if luhn_ok('80840' + body + c):
                    return N(body + c, 'neg_npi')

    def money_words(self):
        """spoken amount, with written form"""
        r = self.rng
        d, c = r.randint(12, 1900), r.choice([0, 0, 10, 25, 49, 50, 75, 99, 5])
        st = r.choice(['full', 'short'])
        if st == 'full' or c == 0:
            s = num_words(d) + ' dollars' + ('' if c == 0 else ' and ' + num_words(c) + ' cents')
        else:
            s = num_words(d) + ' ' + (num_words(c) if c >= 10 else 'oh ' + SMALL[c])
        return N(s, 'neg_amount', wtext='${:,.2f}'.format(d + c / 100))

    # ---- spoken negatives (spoken text + written form)
    def _sp(self, digits, sizes, kind, wtext, style=None):
        r = self.rng
        st = style or r.choice(['single', 'single', 'pairs'])
        txt = speak_number(r, digits, sizes, None, st, 0.1 if r.random() < 0.3 else 0.0, 0.0)[0]
        return N(txt, kind, wtext=wtext)

    def s_phone(self):
        d = make_phone(self.rng)
        return self._sp(d, [3, 3, 4], 'neg_phone', fmt_phone(d, 'dash'), self.rng.choice(['single', 'single', 'pairs']))

    def s_zip(self):
        d = make_zip(self.rng)
        return self._sp(d, [5], 'neg_zip', d, 'single')

    def s_imei(self):
        d = make_imei(self.rng)
        return self._sp(d, self.rng.choice([[2, 6, 6, 1], [3, 3, 3, 3, 3], [4, 4, 4, 3]]), 'neg_imei', d, 'single')

    def s_iccid(self):
        d = make_iccid(self.rng, 19)
        return self._sp(d, [4, 4, 4, 4, 3], 'neg_iccid', d, 'single')

    def s_digits(self, n, kind, sizes=None, first=None):
        d = safe_digits(self.rng, n, first)
        sizes = sizes or ([3] * (n // 3) + ([n % 3] if n % 3 else []))
        return self._sp(d, sizes, kind, d)

    def s_aba(self):
        d = make_aba(self.rng)
        return self._sp(d, [3, 3, 3], 'neg_aba', d, 'single')

    def s_sin(self):
        d = make_sin(self.rng)
        return self._sp(d, [3, 3, 3], 'neg_sin', f'{d[:3]} {d[3:6]} {d[6:]}', 'single')

    def s_loyalty(self):
        d = luhn_complete(self.rng.choice(['9', '8']) + rdig(self.rng, 14))
        return self._sp(d, [4, 4, 4, 4], 'neg_loyalty_luhn', d, 'single')

    def s_fedex(self):
        d = make_fedex(self.rng, 12)
        return self._sp(d, [4, 4, 4], 'neg_tracking_fedex', d, 'single')

    def s_usps(self):
        d = make_usps(self.rng, 22)
        return self._sp(d, [4, 4, 4, 4, 4, 2], 'neg_tracking_usps', d, 'single')

    def s_ups(self):
        t = make_ups(self.rng)
        sp = ' '.join(CANON[int(ch)] if ch.isdigit() else ch for ch in t)
        return N(sp, 'neg_tracking_ups', wtext=t)

    def s_code(self, kind='neg_confirmation', n=6):
        r = self.rng
        code = ''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(n))
        sp = ', '.join(CANON[int(ch)] if ch.isdigit() else (ch + (' as in ' + NATO[ch] if r.random() < 0.3 else '')) for ch in code)
        return N(sp, kind, wtext=code)

    def s_date(self, with_year=None):
        r = self.rng
        m, d = r.randint(1, 12), r.randint(1, 28)
        y = r.choice([2024, 2025])
        wy = r.random() < 0.4 if with_year is None else with_year
        s = f'{MONTHS[m - 1]} {ORD[d]}' + (', ' + year_words(y) if wy else '')
        return N(s, 'neg_date', wtext=f'{MONTHS[m - 1]} {d}' + (f', {y}' if wy else ''))

    def s_dob(self):
        r = self.rng
        m, d, y = r.randint(1, 12), r.randint(1, 28), r.randint(1950, 2002)
        if r.random() < 0.5:
            s = f'{MONTHS[m - 1]} {ORD[d]}, {year_words(y)}'
            w = f'{MONTHS[m - 1]} {d}, {y}'
        else:
            s = f'{say_month_num(r, m)}, {num_words(d)}, {num_words(y % 100) if y % 100 >= 10 else "oh " + SMALL[y % 100]}'
            w = f'{m:02d}/{d:02d}/{y % 100:02d}'
        return N(s, 'neg_dob', wtext=w)

    def s_time(self):
        r = self.rng
        h, mi = r.randint(1, 12), r.choice([0, 15, 30, 45])
        ap = r.choice(['a m', 'p m', 'in the morning', 'in the afternoon'])
        s = num_words(h) + ('' if mi == 0 else ' ' + num_words(mi)) + ' ' + ap
        return N(s, 'neg_time', wtext=f'{h}:{mi:02d} ' + ('AM' if ap in ('a m', 'in the morning') else 'PM'))

    def s_pct(self):
        r = self.rng
        a, b = r.randint(1, 29), r.randint(1, 9)
        return N(f'{num_words(a)} point {SMALL[b]} percent', 'neg_percent', wtext=f'{a}.{b}%')


NATO = {c: w for c, w in zip('ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                            ['alpha', 'bravo', 'Charlie', 'delta', 'echo', 'Frank', 'George', 'Henry', 'India',
                             'Juliet', 'King', 'Lima', 'Mike', 'Nancy', 'Oscar', 'Peter', 'Queen', 'Robert',
                             'Sam', 'Tom', 'uniform', 'Victor', 'William', 'X-ray', 'yellow', 'zebra'])}


# ---------------------------------------------------------------- transcript machinery
class Talk:
    """Dialogue builder; consecutive utterances by the same speaker are merged into one turn."""

    def __init__(self):
        self.turns = []

    def _add(self, role, items):
        items = [x for x in items if x != '']
        if self.turns and self.turns[-1][0] == role:
            self.turns[-1][1].append(' ')
            self.turns[-1][1].extend(items)
        else:
            self.turns.append((role, items))

    def a(self, *items):
        self._add('A', items)

    def c(self, *items):
        self._add('C', items)


def view(turns, form):
    """form: spoken (as authored) | written (ITN digits) | lexical | itn (lexical+digits)"""
    out = []
    for role, items in turns:
        ni = []
        for it in items:
            if isinstance(it, str):
                ni.append(lexicalize(it) if form in ('lexical', 'itn') else it)
            else:
                t = it.text
                if form in ('written', 'itn'):
                    t = it.wtext if it.wtext else to_written(t)
                if form in ('lexical', 'itn'):
                    t = lexicalize(t)
                ni.append(it.copy(t))
        out.append((role, ni))
    return out


def words_of(items):
    out = []
    for it in items:
        text = it if isinstance(it, str) else it.text
        owner = None if isinstance(it, str) else it
        for tok in text.split():
            m = re.match(r'^(.*?)([,.?!;:]*)$', tok)
            w, p = m.group(1), m.group(2)
            if not w:
                if out:
                    out[-1]['p'] += p
                continue
            if owner is None:
                num = False
            elif owner.type == 'IGNORE':
                num = True
            else:
                num = any(is_numtok(t) for t in re.findall(r'[A-Za-z]+|\d+', w))
            out.append({'w': w, 'p': p, 'owner': owner, 'num': num})
    return out


def timeline(rng, turns):
    t = rng.uniform(0.3, 2.0)
    out = []
    for role, items in turns:
        ws = words_of(items)
        assert ws, items
        for x in ws:
            d = 0.1 + 0.045 * len(x['w']) + rng.uniform(0.02, 0.2)
            x['s'], x['e'] = round(t, 2), round(t + d, 2)
            x['conf'] = round(rng.uniform(0.55, 0.99) if x['num'] else rng.uniform(0.86, 1.0), 3)
            x['role'] = role
            t += d + rng.uniform(0.0, 0.06)
            if x['p'] and x['p'][-1] in '.?!':
                t += rng.uniform(0.15, 0.5)
        out.append({'role': role, 'items': items, 'words': ws, 'start': ws[0]['s'], 'end': ws[-1]['e']})
        t += rng.uniform(0.3, 1.4)
    return out


def items_from_words(ws, punct=True, lower=False):
    items = []
    for k, x in enumerate(ws):
        w = x['w'].lower() if lower else x['w']
        txt = w + (x['p'] if punct else '') + (' ' if k < len(ws) - 1 else '')
        o = x['owner']
        if o is not None and items and isinstance(items[-1], M) and items[-1].src is o.src:
            items[-1].text += txt
        elif o is not None:
            items.append(o.copy(txt))
        else:
            items.append(txt)
    return items


def wordval(x, rep, text=None):
    t = x['w'] if text is None else text
    if x['owner'] is not None and x['num']:
        return R([x['owner'].copy(t)], rep)
    return t


def smart_chunks(ws, rng, lo, hi):
    out, cur = [], []
    for x in ws:
        cur.append(x)
        if len(cur) >= hi or (len(cur) >= lo and x['p'] and x['p'][-1] in '.?!'):
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def turn_chunks(tl, rng, lo=5, hi=14):
    out = []
    for turn in tl:
        for ch in smart_chunks(turn['words'], rng, lo, hi):
            out.append({'role': turn['role'], 'words': ch, 'start': ch[0]['s'], 'end': ch[-1]['e']})
    return out


def flat_chunks(tl, rng, lo=6, hi=16):
    ws = [x for turn in tl for x in turn['words']]
    return [{'role': ch[0]['role'], 'words': ch, 'start': ch[0]['s'], 'end': ch[-1]['e']}
            for ch in smart_chunks(ws, rng, lo, hi)]


def all_items(tl, sep=' '):
    out = []
    for i, turn in enumerate(tl):
        if i:
            out.append(sep)
        out += turn['items']
    return out


def ts_srt(t):
    ms = int(round(t * 1000))
    return '%02d:%02d:%02d,%03d' % (ms // 3600000, ms // 60000 % 60, ms // 1000 % 60, ms % 1000)


def ts_vtt(t):
    return ts_srt(t).replace(',', '.')


def ts_ms(t):
    return '%d:%02d' % (int(t) // 60, int(t) % 60)


def ts_hms(t):
    t = int(t)
    return '%02d:%02d:%02d' % (t // 3600, t // 60 % 60, t % 60)


# ---------------------------------------------------------------- dialogues
ACKS = ['Uh huh.', 'Okay.', 'Mm-hmm.', 'Go on.', 'Got it.', 'Yep.', 'Okay, go ahead.', 'Uh huh, go ahead.',
        'Alright.', 'Okay, keep going.', 'Mhm.', 'Yes.']
COMPANY = {'utility': 'Northwind Energy', 'mobile': 'Brightline Wireless', 'retail': 'Cedar & Pine Home',
           'airline': 'Skyward Air', 'insurance': 'Harborview Insurance', 'hotel': 'Lakeshore Suites',
           'charity': "Children's Lantern Fund", 'subscription': 'FitLoop', 'bank': 'First Prairie Bank',
           'benefits': 'Meridian Health Plans', 'tax': 'ClearFile Tax', 'isp': 'Blue Ridge Fiber',
           'auto': 'Route 9 Motors', 'clinic': 'Summit Family Clinic', 'telecom': 'Brightline Wireless',
           'lender': 'Oakmont Lending', 'canada': 'Maple Leaf Telecom'}


def greet(cx, T, dom):
    r = cx.rng
    T.a(r.choice(['Thank you for calling {co}, this is {a}. How can I help you today?',
                  '{co}, my name is {a}, how can I help?',
                  'Thanks for calling {co}. This call may be recorded for quality. My name is {a}, who do I have the pleasure of speaking with?'
                  ]).format(co=COMPANY[dom], a=cx.agent.split()[0]))


def pre(cx, T, dom):
    r = cx.rng
    greet(cx, T, dom)
    if dom == 'utility':
        T.c('Hi, yeah, I got a disconnect notice and I want to pay my bill.')
        T.a("I can help with that. What's the account number on the bill?")
        T.c("Okay, it's ", cx.s_digits(10, 'neg_account', [3, 3, 4]), '.')
        T.a('Thanks. And the zip code for the service address?')
        T.c(cx.s_zip(), '.')
        T.a('I see a past due balance of ', cx.money_words(), ' and the disconnect is scheduled for ', cx.s_date(False), '.')
        T.c('Yeah, I want to pay the whole thing today.')
    elif dom == 'mobile':
        T.c('Hi, my autopay failed and I need to make a payment. The number is ', cx.s_phone(), '.')
        T.a("Okay, I've got the account. I see the balance is ", cx.money_words(), ', it was due on ', cx.s_date(False), '.')
        T.c("Right. Also while I have you, the phone I'm trading in, the IMEI is ", cx.s_imei(), ', is that on the account?')
        T.a("Yes, I see that device listed. Okay, let's get that payment taken care of.")
    elif dom == 'retail':
        T.c("Hi, I'm calling about an order, the order number is ", cx.s_digits(9, 'neg_order', [3, 3, 3], str(r.randint(1, 9))), '.')
        T.a('Let me pull that up. Okay, one item shipped, UPS tracking ', cx.s_ups(), ', and the other one is on backorder.')
        T.c("Yeah, the backorder one, I'd like to pay for the expedited shipping, it's ", cx.money_words(), ' right?')
        T.a('Yes, and it would arrive by ', cx.s_date(False), '. Shipping to the zip code ', cx.s_zip(), '?')
        T.c('Correct.')
    elif dom == 'airline':
        T.c('Hi, I need to change my flight. The confirmation code is ', cx.s_code(), '.')
        T.a('Thank you. I see you on the flight on ', cx.s_date(False), ' at ', cx.s_time(), '. The change fee is ', cx.money_words(), '.')
        T.c("That's fine. Oh and can you add my frequent flyer number? It's ", cx.s_loyalty(), '.')
        T.a("Added. Okay, I'll need a card for the change fee.")
    elif dom == 'insurance':
        T.c("Hi, I'm paying my premium. Policy number is ", N('H O dash ' + say_group(r, rdig(r, 7, '4'), 'single'), 'neg_policy'), '.')
        T.a('Thank you. Can you verify your date of birth?')
        T.c(cx.s_dob(), '.')
        T.a('Thank you. The premium due is ', cx.money_words(), ' and it covers through ', cx.s_date(True), '.')
        T.c('Okay.')
    elif dom == 'hotel':
        T.c("Hi, I'd like to guarantee a reservation. Confirmation number ", cx.s_digits(8, 'neg_confirmation', [4, 4], str(r.randint(1, 9))), '.')
        T.a('I see it, checking in on ', cx.s_date(False), ' for ', N(r.choice(['two', 'three', 'four']), 'neg_count'),
            ' nights, at ', cx.money_words(), ' a night. Check in is after ', cx.s_time(), '.')
        T.c('Yes, that sounds right.')
    elif dom == 'charity':
        T.c("Hi, I'd like to make a donation, I saw the ad.")
        T.a('Wonderful, thank you! Can I get a phone number in case we need to reach you?')
        T.c('Sure, ', cx.s_phone(), '.')
        T.a('And your zip code?')
        T.c(cx.s_zip(), '.')
        T.a('And how much would you like to give today?')
        T.c(cx.money_words(), '.')
    elif dom == 'subscription':
        T.c("Hi, my membership lapsed and I want to renew. My member number is ", cx.s_digits(9, 'neg_loyalty', [3, 3, 3], '7'), '.')
        T.a("Thanks. If you renew today it's ", cx.money_words(), ' a month, that includes the ', cx.s_pct(), ' discount, and it renews on ', cx.s_date(False), '.')
        T.c("Okay let's do it.")
    elif dom == 'isp':
        T.c('Hi, my internet is about to get cut off, I need to make a payment. The account phone number is ', cx.s_phone(), '.')
        T.a('Got it. The modem on the account, serial ending ', cx.s_digits(4, 'neg_serial', [4]), ', right? Your balance is ', cx.money_words(), '.')
        T.c("Yeah. Can I get a tech appointment too? Like ", cx.s_date(False), ' around ', cx.s_time(), '?')
        T.a("I'll note that. Let's take the payment first.")
    else:
        T.c('Hi, I need to make a payment.')
        T.a('Sure, can I get the phone number on the account?')
        T.c(cx.s_phone(), '.')


def closing(cx, T, dom=None):
    r = cx.rng
    T.a(r.choice(['Okay, that went through. Your confirmation number is ', 'All set. The confirmation code is ',
                  'Payment approved, reference number ']), r.choice([cx.s_code, lambda: cx.s_digits(8, 'neg_confirmation', [4, 4], '3')])(), '.')
    if r.random() < 0.5:
        T.a("You'll get a text receipt at ", cx.s_phone(), '.')
    else:
        T.a('We will send the receipt to the mobile number ending in ', cx.s_digits(4, 'neg_phone_last4', [4]), '.')
    T.c(r.choice(['Great, thank you.', 'Perfect, thanks so much.', 'Okay, thanks.']))
    T.a(r.choice(['Is there anything else I can help you with?', 'Anything else today?']))
    T.c(r.choice(["No, that's it.", "Nope, that's everything. Bye.", 'No thanks, have a good one.']))


def capture_card(cx, T, o):
    """One card read by the customer (possibly over several turns), then expiry and code."""
    r = cx.rng
    brand = o.get('brand', 'visa')
    card = o.get('card') or make_card(r, brand, o.get('length'))
    o['card'] = card
    sizes = o.get('sizes') or card_groups(card)
    parts = o.get('parts') or [len(sizes)]
    style = o.get('style', 'single')
    homo, fill = o.get('homo', 0.0), o.get('fill', 0.0)
    frags = speak_number(r, card, sizes, parts, style, homo, fill, correction=o.get('correction', False))
    e = cx.eid()
    var = o.get('variant') or ('spoken_' + style + ('_homophones' if homo else '') + ('_fillers' if fill else '')
                               + ('_multiturn' if len(parts) > 1 else '') + ('_correction' if o.get('correction') else ''))
    L = len(card)
    T.a(r.choice(["Okay, go ahead with the card number whenever you're ready.", "Alright, what's the card number?",
                  'Can I get the long number on the front of the card?',
                  'Go ahead with the %s digit card number.' % num_words(L)]))
    if o.get('which'):
        T.c(f"It's a {BRAND_NAME[brand if brand != 'mc2' else 'mc']}. Okay, ready?")
        T.a('Ready.')
    g0 = split_sizes(card, sizes)[0]
    for i, f in enumerate(frags):
        pre_ = r.choice(['', "Yeah, it's ", 'Okay, ', 'Um, ', "It's "]) if i == 0 else r.choice(['', 'then ', '', 'and ', 'Okay, '])
        T.c(pre_, M(f, 'CARD', var, e))
        if i < len(frags) - 1:
            if i == 0 and o.get('echo'):
                T.a('Sorry, you cut out a little. After ', M(say_group(r, g0, 'single'), 'IGNORE', 'agent_partial_echo'), '?')
            else:
                T.a(r.choice(ACKS))
    mm, yy = make_expiry(r)
    o['exp'] = (mm, yy)
    T.a(r.choice(['And the expiration date?', "What's the expiry on that card?", 'Okay, and when does it expire?',
                  'And the exp date, month and year?']))
    T.c(r.choice(['', "It's ", 'Expires ', 'Uh, ']), M(say_expiry(r, mm, yy, o.get('exp_style', 'mmyy')), 'EXPIRY', 'spoken_' + o.get('exp_style', 'mmyy'), cx.eid()), '.')
    cv = rdig(r, 4 if brand == 'amex' else 3)
    if brand == 'amex':
        T.a('And the four digit code printed on the front, above the number?')
    else:
        T.a(r.choice(['And the three digits on the back?', 'And the security code on the back of the card?',
                      'Last thing, the CVV?', 'And the three digit code by the signature strip?']))
        if o.get('clarify'):
            T.c('The three on the back, next to the signature?')
            T.a('Yes, those three.')
    T.c(r.choice(['', "It's ", 'Okay, ', 'Uh, ']), M(say_cvv(r, cv, homo), 'CVV', 'spoken', cx.eid()), '.')
    if o.get('readback'):
        rb = speak_number(r, card, card_groups(card), None, o.get('rb_style', 'single'), 0, 0)[0]
        T.a('Let me read that back. ', M(rb, 'CARD', 'agent_readback', cx.eid()), ', expiring ',
            M(say_expiry(r, mm, yy, 'mmyy'), 'EXPIRY', 'agent_readback', cx.eid()), '. Is that correct?')
        T.c("Yes, that's right.")
    return card


def capture_ssn(cx, T, o):
    r = cx.rng
    ssn = make_ssn(r)
    style = o.get('style', 'single')
    parts = o.get('parts') or [3]
    homo, fill = o.get('homo', 0.0), o.get('fill', 0.0)
    frags = speak_number(r, ssn, [3, 2, 4], parts, style, homo, fill, correction=o.get('correction', False))
    e = cx.eid()
    var = 'spoken_' + style + ('_homophones' if homo else '') + ('_multiturn' if len(parts) > 1 else '') + ('_correction' if o.get('correction') else '')
    T.a(o.get('q') or r.choice(['And I will need your social security number to continue.',
                                 'Can I have your full social, please?',
                                 'For the credit check I need the social security number.']))
    for i, f in enumerate(frags):
        T.c(r.choice(['', "Sure, it's ", 'Okay, ', 'Um, ']) if i == 0 else r.choice(['', 'then ', '']), M(f, 'SSN', var, e), '.')
        if i < len(frags) - 1:
            T.a(r.choice(ACKS))
    return ssn


def dlg_pay(cx, o):
    T = Talk()
    dom = o.get('domain', 'utility')
    pre(cx, T, dom)
    capture_card(cx, T, o)
    if o.get('second'):
        T.a("I'm sorry, that one came back declined. Do you have another card you'd like to try?")
        T.c('Ugh, okay, hang on. Try this one.')
        o2 = dict(o['second'])
        capture_card(cx, T, o2)
    closing(cx, T, dom)
    return T.turns


def dlg_ssn(cx, o):
    T = Talk()
    r = cx.rng
    dom = o.get('domain', 'benefits')
    greet(cx, T, dom)
    if dom == 'benefits':
        T.c("Hi, I'm calling about a claim that got denied, the claim number is ", cx.s_digits(9, 'neg_claim', [3, 3, 3], '2'), '.')
        T.a('I can look into that. What is your member ID?')
        T.c("It's ", N('W ' + say_group(r, rdig(r, 9, '1'), 'single'), 'neg_member_id', ), '.')
    elif dom == 'bank':
        T.c('Hi, I want to open a savings account. My checking account number is ', cx.s_digits(10, 'neg_account', [3, 3, 4], '4'), '.')
        T.a("Sure. The savings rate right now is ", cx.s_pct(), ' A P Y.')
    elif dom == 'tax':
        T.c('Hi, I got a letter about my return, the notice number is ', cx.s_digits(6, 'neg_ticket', [3, 3], '5'), '.')
        T.a('Okay, that notice says there is a balance of ', cx.money_words(), ' as of ', cx.s_date(True), '.')
    else:
        T.c("Hi, I'm trying to add a line and it says I need a credit check. My number is ", cx.s_phone(), '.')
        T.a('No problem, the new line would be ', cx.money_words(), ' a month.')
    T.a('First I need to verify you. What is your date of birth?')
    T.c(cx.s_dob(), '.')
    T.a('And the zip code on file?')
    T.c(cx.s_zip(), '.')
    if o.get('last4'):
        T.a('And the last four of your social?')
        T.c(M(say_group(r, rdig(r, 4, str(r.randint(1, 9))), 'single'), 'IGNORE', 'ssn_last4_alone'), '.')
        T.a("Thanks. Hmm, the system is asking for the full number for this one, I'm sorry.")
    capture_ssn(cx, T, o)
    if o.get('card'):
        T.a('Thank you. There is also a one time fee of ', cx.money_words(), '. What card would you like to use?')
        capture_card(cx, T, dict(o['card']))
    T.a("Okay, you're verified. I'm opening a ticket for you, the number is ", cx.s_digits(7, 'neg_ticket', [3, 4], '8'),
        ". If you need to call back, the direct line is ", cx.s_phone(), ' extension ', N(say_group(r, rdig(r, 4, '4'), 'single'), 'neg_ext', wtext=None), '.')
    T.c('Okay, thank you so much.')
    return T.turns


def dlg_device(cx, o):
    """no secrets: IMEI, ICCID, order, tracking, appointment"""
    T = Talk()
    r = cx.rng
    greet(cx, T, 'mobile')
    T.c("Hi, my new phone isn't activating. I have the order number, it's ", cx.s_digits(9, 'neg_order', [3, 3, 3], '1'), '.')
    T.a('Thanks. Can you read me the IMEI? You can find it in settings, about.')
    T.c("Okay it's ", cx.s_imei(), '.')
    T.a("And the SIM card number, the long one starting with eight nine?")
    T.c(cx.s_iccid(), '.')
    T.a("Thank you. I'm also seeing the old device with IMEI ", cx.s_imei(), ' still active, so I will swap that.')
    T.c('Okay. And the return label, what is the tracking?')
    T.a("It's FedEx ", cx.s_fedex(), '. Please ship the old phone by ', cx.s_date(False), '.')
    T.c('And if it still does not work?')
    T.a("Then call us at ", cx.s_phone(), ", or I can book a store appointment on ", cx.s_date(False), ' at ', cx.s_time(), '.')
    T.c("Okay, that works, thanks.")
    return T.turns


def dlg_shipping(cx, o):
    T = Talk()
    greet(cx, T, 'retail')
    T.c("Hi, I never got my package. The tracking number is ", cx.s_usps(), '.')
    T.a('Let me check. It shows delivered on ', cx.s_date(False), ' at ', cx.s_time(), ' to zip code ', cx.s_zip(), '. Is that right?')
    T.c("That's my zip, but it is not here. The order number was ", cx.s_digits(10, 'neg_order', [3, 3, 4], '6'), '.')
    T.a("I'm sorry. I'll send a replacement, it will go UPS, tracking ", cx.s_ups(), ', and I am refunding the shipping, ', cx.money_words(), '.')
    T.c('Okay. Can you also text me at ', cx.s_phone(), '?')
    T.a('Sure. Your case number is ', cx.s_digits(8, 'neg_case', [4, 4], '0'), '.')
    T.c('Thank you.')
    return T.turns


def dlg_ach(cx, o):
    T = Talk()
    r = cx.rng
    greet(cx, T, 'bank' if not o.get('ssn') else 'lender')
    T.c("Hi, I want to set up direct deposit for my paycheck, or actually automatic payments from my checking.")
    T.a("Sure. What's the routing number?")
    T.c(cx.s_aba(), '.')
    T.a('And the account number?')
    T.c(cx.s_digits(r.choice([9, 10, 11]), 'neg_account', None, str(r.randint(1, 9))), '.')
    T.a('Okay. The first draft will be ', cx.money_words(), ' on ', cx.s_date(False), ', and your rate stays at ', cx.s_pct(), '.')
    if o.get('ssn'):
        capture_ssn(cx, T, o['ssn'])
    T.c('Perfect. Can you send the confirmation to ', cx.s_phone(), '?')
    T.a('Yes. Reference number ', cx.s_code(), '.')
    T.c('Great.')
    return T.turns


def dlg_refund(cx, o):
    """no real secrets: masked/last four only"""
    T = Talk()
    r = cx.rng
    greet(cx, T, 'retail')
    T.c("Hi, I returned a blender two weeks ago and I still don't see the refund. Order ", cx.s_digits(7, 'neg_order', [3, 4], '2'), '.')
    T.a('I see the return received on ', cx.s_date(False), '. The refund of ', cx.money_words(), ' went back to the card ending in ',
        M(say_group(r, rdig(r, 4), r.choice(['single', 'pairs'])), 'IGNORE', 'card_last4_alone'), '.')
    T.c("Oh that's my old card. It ends in ", M(say_group(r, rdig(r, 4), 'single'), 'IGNORE', 'card_last4_alone'), ', right?')
    T.a("Yes. Refunds go back to the original payment, it can take ", N('five to ten', 'neg_count'), ' business days. Reference ', cx.s_code(), '.')
    T.c('Okay. And can you email me a receipt? Or text ', cx.s_phone(), '.')
    T.a('Done. Anything else?')
    T.c('No, thanks.')
    return T.turns


def dlg_canada(cx, o):
    T = Talk()
    r = cx.rng
    greet(cx, T, 'canada')
    T.c("Hi, I'm setting up a new account and the form wants my SIN, is that okay? It's ", cx.s_sin(), '.')
    T.a("Yes, for the credit check. And your postal code?")
    pc = r.choice('ABCEGHJKLMNPRSTVXY') + str(r.randint(1, 9)) + r.choice('ABCEGHJKLMNPRSTVWXYZ') + ' ' + str(r.randint(1, 9)) + r.choice('ABCEGHJKLMNPRSTVWXYZ') + str(r.randint(0, 9))
    T.c(N(' '.join(CANON[int(ch)] if ch.isdigit() else ch for ch in pc.replace(' ', '')), 'neg_postal', wtext=pc), '.')
    T.a('Thanks. The first bill will be ', cx.money_words(), ' on ', cx.s_date(False), '. For the activation fee I need a credit card.')
    capture_card(cx, T, o)
    closing(cx, T)
    return T.turns


def dlg_loan(cx, o):
    """several secrets: SSN + card + negatives (routing/account, DOB)"""
    T = Talk()
    r = cx.rng
    greet(cx, T, 'lender')
    T.c("Hi, I'm finishing my loan application, it's application number ", cx.s_digits(8, 'neg_ticket', [4, 4], '2'), '.')
    T.a('Great. Date of birth?')
    T.c(cx.s_dob(), '.')
    capture_ssn(cx, T, o.get('ssn', {}))
    T.a('And for the deposit, the routing number?')
    T.c(cx.s_aba(), '.')
    T.a('Account number?')
    T.c(cx.s_digits(10, 'neg_account', [3, 3, 4], '3'), '.')
    T.a('And the application fee of ', cx.money_words(), ' goes on a card.')
    capture_card(cx, T, o.get('card', {}))
    T.a('Done. Your rate is locked at ', cx.s_pct(), ' until ', cx.s_date(False), '.')
    T.c('Thanks.')
    return T.turns


# ---------------------------------------------------------------- transcript renderers
def partialize(items, variant='stream_partial_hypothesis'):
    out = []
    for it in items:
        if isinstance(it, M) and it.type in ('CARD', 'SSN', 'CVV', 'EXPIRY'):
            out.append(M(it.text, 'IGNORE', variant))
        else:
            out.append(it)
    return out


def mutate_items(rng, items):
    """n-best alternative: one digit of each secret misheard -> IGNORE"""
    out = []
    for it in items:
        if isinstance(it, M) and it.type in ('CARD', 'SSN', 'CVV', 'EXPIRY'):
            t = it.text
            ds = [m.start() for m in re.finditer(r'\d', t)]
            if ds:
                p = rng.choice(ds)
                t = t[:p] + str((int(t[p]) + rng.randint(1, 8)) % 10) + t[p + 1:]
            else:
                ws = [m for m in re.finditer(r'[a-z]+', t) if m.group() in CANON]
                if ws:
                    m = rng.choice(ws)
                    t = t[:m.start()] + rng.choice([c for c in CANON if c != m.group()]) + t[m.end():]
            out.append(M(t, 'IGNORE', 'nbest_alternative_misheard'))
        else:
            out.append(it)
    return out


def names(cx, o):
    return o.get('names') or {'A': cx.agent, 'C': cx.cust}


def r_aws(doc, cx, turns, o):
    rng = cx.rng
    tl = timeline(rng, view(turns, o.get('form', 'written')))
    spk = {'A': 'spk_0', 'C': 'spk_1'} if rng.random() < 0.5 else {'A': 'spk_1', 'C': 'spk_0'}
    ch = {'A': 'ch_0', 'C': 'ch_1'}
    items, segs, n = [], [], 0
    per_ch = {'ch_0': [], 'ch_1': []}
    for turn in tl:
        seg_items = []
        for x in turn['words']:
            it = {'id': n, 'type': 'pronunciation',
                  'alternatives': [{'confidence': '%.4f' % x['conf'], 'content': wordval(x, 1)}],
                  'start_time': '%.3f' % x['s'], 'end_time': '%.3f' % x['e']}
            if not o.get('channels'):
                it['speaker_label'] = spk[turn['role']]
            n += 1
            items.append(it)
            per_ch[ch[turn['role']]].append(it)
            seg_items.append({'start_time': '%.3f' % x['s'], 'speaker_label': spk[turn['role']], 'end_time': '%.3f' % x['e']})
            for p in x['p']:
                pi = {'id': n, 'type': 'punctuation', 'alternatives': [{'confidence': '0.0', 'content': p}]}
                if not o.get('channels'):
                    pi['speaker_label'] = spk[turn['role']]
                items.append(pi)
                per_ch[ch[turn['role']]].append(pi)
                n += 1
        segs.append({'start_time': '%.3f' % turn['start'], 'speaker_label': spk[turn['role']],
                     'end_time': '%.3f' % turn['end'], 'items': seg_items})
    res = {'transcripts': [{'transcript': R(all_items(tl), 0)}]}
    if o.get('channels'):
        chans = []
        for c in ('ch_0', 'ch_1'):
            its = []
            for turn in tl:
                if ch[turn['role']] != c:
                    continue
                for x in turn['words']:
                    its.append({'start_time': '%.3f' % x['s'], 'end_time': '%.3f' % x['e'],
                                'alternatives': [{'confidence': '%.4f' % x['conf'], 'content': wordval(x, 2)}], 'type': 'pronunciation'})
                    for p in x['p']:
                        its.append({'alternatives': [{'confidence': '0.0', 'content': p}], 'type': 'punctuation'})
            chans.append({'channel_label': c, 'items': its})
        res['channel_labels'] = {'channels': chans, 'number_of_channels': 2}
    else:
        res['speaker_labels'] = {'segments': segs, 'channel_label': 'ch_0', 'speakers': 2}
    res['items'] = items
    obj = {'jobName': 'cc-%s-%s' % (o.get('job', 'call'), hexid(rng, 12)), 'accountId': str(rng.randint(10 ** 11, 10 ** 12 - 1)),
           'results': res, 'status': 'COMPLETED'}
    emit_json(doc, obj, None, (',', ':'))


def r_aws_analytics(doc, cx, turns, o):
    rng = cx.rng
    tl = timeline(rng, view(turns, o.get('form', 'written')))
    role = {'A': 'AGENT', 'C': 'CUSTOMER'}
    tr = []
    for chn in turn_chunks(tl, rng, 4, o.get('hi', 12)):
        its = []
        for x in chn['words']:
            its.append({'Content': wordval(x, 1), 'Confidence': x['conf'], 'BeginOffsetMillis': int(x['s'] * 1000),
                        'EndOffsetMillis': int(x['e'] * 1000), 'Type': 'pronunciation'})
            for p in x['p']:
                its.append({'Content': p, 'Type': 'punctuation'})
        tr.append({'LoudnessScores': [round(rng.uniform(60, 85), 2) for _ in range(max(1, int(chn['end'] - chn['start'])))],
                   'Content': R(items_from_words(chn['words']), 0), 'Items': its, 'Id': uid(rng),
                   'BeginOffsetMillis': int(chn['start'] * 1000), 'EndOffsetMillis': int(chn['end'] * 1000),
                   'Sentiment': rng.choice(['NEUTRAL', 'NEUTRAL', 'POSITIVE', 'NEGATIVE']), 'ParticipantRole': role[chn['role']]})
    dur = int(tl[-1]['end'] * 1000)
    obj = {'JobStatus': 'COMPLETED', 'LanguageCode': 'en-US', 'AccountId': str(rng.randint(10 ** 11, 10 ** 12 - 1)),
           'Channel': 'VOICE', 'Participants': [{'ParticipantRole': 'AGENT'}, {'ParticipantRole': 'CUSTOMER'}],
           'ContentMetadata': {'Output': 'Raw'}, 'Transcript': tr,
           'ConversationCharacteristics': {'NonTalkTime': {'TotalTimeMillis': rng.randint(2000, 9000), 'Instances': []},
                                           'TotalConversationDurationMillis': dur,
                                           'Interruptions': {'TotalCount': 0, 'TotalTimeMillis': 0, 'InterruptionsByInterrupter': {}},
                                           'TalkSpeed': {'DetailsByParticipant': {'AGENT': {'AverageWordsPerMinute': rng.randint(130, 180)},
                                                                                  'CUSTOMER': {'AverageWordsPerMinute': rng.randint(110, 170)}}}},
           'Categories': {'MatchedCategories': ['payment-taken'], 'MatchedDetails': {'payment-taken': {'PointsOfInterest': []}}}}
    emit_json(doc, obj, 2)


def r_contact_lens(doc, cx, turns, o):
    rng = cx.rng
    tl = timeline(rng, view(turns, o.get('form', 'written')))
    pid = {'A': 'AGENT', 'C': 'CUSTOMER'}
    tr = []
    for chn in turn_chunks(tl, rng, 4, o.get('hi', 11)):
        tr.append({'BeginOffsetMillis': int(chn['start'] * 1000), 'Content': R(items_from_words(chn['words']), 0),
                   'EndOffsetMillis': int(chn['end'] * 1000), 'Id': uid(rng), 'ParticipantId': pid[chn['role']],
                   'Sentiment': rng.choice(['NEUTRAL', 'NEUTRAL', 'POSITIVE']),
                   'LoudnessScore': [round(rng.uniform(55, 85), 2) for _ in range(max(1, int(chn['end'] - chn['start'])))]})
    obj = {'Version': '1.1.0', 'AccountId': str(rng.randint(10 ** 11, 10 ** 12 - 1)), 'Channel': 'VOICE',
           'ContentMetadata': {'Output': 'Raw', 'RedactionTypes': []}, 'JobStatus': 'COMPLETED',
           'JobDetails': {'SkippedAnalysis': []}, 'LanguageCode': 'en-US',
           'Participants': [{'ParticipantId': 'CUSTOMER', 'ParticipantRole': 'CUSTOMER'},
                            {'ParticipantId': 'AGENT', 'ParticipantRole': 'AGENT'}],
           'Categories': {'MatchedCategories': o.get('cats', []), 'MatchedDetails': {}},
           'ConversationCharacteristics': {'TotalConversationDurationMillis': int(tl[-1]['end'] * 1000),
                                           'Sentiment': {'OverallSentiment': {'AGENT': 2.1, 'CUSTOMER': round(rng.uniform(-2, 3), 1)}},
                                           'TalkTime': {'TotalTimeMillis': int(tl[-1]['end'] * 900)}},
           'CustomModels': [], 'Transcript': tr}
    emit_json(doc, obj, 4)


def r_contact_lens_rt(doc, cx, turns, o):
    rng = cx.rng
    tl = timeline(rng, view(turns, o.get('form', 'written')))
    pid = {'A': 'AGENT', 'C': 'CUSTOMER'}
    segs = []
    for chn in turn_chunks(tl, rng, 3, 8):
        segs.append({'Transcript': {'Id': uid(rng), 'ParticipantId': pid[chn['role']], 'ParticipantRole': pid[chn['role']],
                                    'Content': R(items_from_words(chn['words']), 0),
                                    'BeginOffsetMillis': int(chn['start'] * 1000), 'EndOffsetMillis': int(chn['end'] * 1000),
                                    'Sentiment': 'NEUTRAL', 'IssuesDetected': []}})
        if rng.random() < 0.08:
            segs.append({'Categories': {'MatchedCategories': ['verification'], 'MatchedDetails': {'verification': {
                'PointsOfInterest': [{'BeginOffsetMillis': int(chn['start'] * 1000), 'EndOffsetMillis': int(chn['end'] * 1000)}]}}}})
    obj = {'Channel': 'VOICE', 'Status': 'IN_PROGRESS', 'Segments': segs, 'NextToken': hexid(rng, 40)}
    emit_json(doc, obj, 2)


def r_google(doc, cx, turns, o):
    rng = cx.rng
    tl = timeline(rng, view(turns, o.get('form', 'spoken')))
    results = []
    tag = {'A': 1, 'C': 2}
    for k, chn in enumerate(turn_chunks(tl, rng, 4, o.get('hi', 10))):
        items = items_from_words(chn['words'], lower=False)
        if k:
            items = [' '] + items
        alt = {'transcript': R(items, 0), 'confidence': round(rng.uniform(0.82, 0.97), 6)}
        ws = []
        for x in chn['words']:
            w = {'startTime': '%.3fs' % x['s'], 'endTime': '%.3fs' % x['e'], 'word': wordval(x, 1, x['w'] + x['p'])}
            if o.get('diarize'):
                w['speakerTag'] = tag[x['role']]
            ws.append(w)
        alt['words'] = ws
        alts = [alt]
        if o.get('nbest') and any(isinstance(i, M) and i.type in ('CARD', 'SSN', 'CVV', 'EXPIRY') for i in items):
            alts.append({'transcript': R(mutate_items(rng, items), 2), 'confidence': round(rng.uniform(0.5, 0.8), 6)})
        results.append({'alternatives': alts, 'resultEndTime': '%.3fs' % chn['end'], 'languageCode': 'en-us'})
    obj = {'name': str(rng.randint(10 ** 18, 10 ** 19 - 1)),
           'metadata': {'@type': 'type.googleapis.com/google.cloud.speech.v1.LongRunningRecognizeMetadata',
                        'progressPercent': 100, 'startTime': '2024-03-12T15:04:05.118Z', 'lastUpdateTime': '2024-03-12T15:04:41.502Z'},
           'done': True,
           'response': {'@type': 'type.googleapis.com/google.cloud.speech.v1.LongRunningRecognizeResponse',
                        'results': results, 'totalBilledTime': '%ds' % (int(tl[-1]['end']) + 1), 'requestId': str(rng.randint(10 ** 18, 10 ** 19 - 1))}}
    emit_json(doc, obj, 2)


def r_google_stream(doc, cx, turns, o):
    """JSON-lines of StreamingRecognizeResponse with interim results"""
    rng = cx.rng
    tl = timeline(rng, view(turns, o.get('form', 'spoken')))
    for chn in turn_chunks(tl, rng, 4, 9):
        ws = chn['words']
        cuts = sorted(set(rng.sample(range(1, len(ws)), min(2, len(ws) - 1)))) if len(ws) > 2 else []
        for c in cuts:
            obj = {'results': [{'alternatives': [{'transcript': R(partialize(items_from_words(ws[:c], punct=False, lower=True)), 0)}],
                                'stability': round(rng.uniform(0.01, 0.9), 2), 'resultEndTime': '%.3fs' % ws[c - 1]['e'],
                                'languageCode': 'en-us'}], 'speechEventType': 'SPEECH_EVENT_UNSPECIFIED'}
            emit_json(doc, obj, None, (',', ':'))
            doc.raw('\n')
        obj = {'results': [{'alternatives': [{'transcript': R(items_from_words(ws, lower=True, punct=False), 1),
                                              'confidence': round(rng.uniform(0.8, 0.97), 4)}],
                            'isFinal': True, 'resultEndTime': '%.3fs' % chn['end'], 'languageCode': 'en-us'}],
               'speechEventType': 'SPEECH_EVENT_UNSPECIFIED'}
        emit_json(doc, obj, None, (',', ':'))
        doc.raw('\n')


def _az_ticks(t):
    return int(round(t * 10_000_000))


def _az_dur(t):
    return 'PT%gS' % round(t, 2) if t < 60 else 'PT%dM%gS' % (int(t // 60), round(t % 60, 2))


def r_azure_batch(doc, cx, turns, o):
    rng = cx.rng
    lex, itn, disp = view(turns, 'lexical'), view(turns, 'itn'), view(turns, 'written')
    tl = timeline(rng, turns)
    phrases = []
    spk = {'A': 1, 'C': 2}
    for i, turn in enumerate(tl):
        conf = round(rng.uniform(0.78, 0.96), 7)
        phrases.append({'recognitionStatus': 'Success', 'channel': 0, 'speaker': spk[turn['role']],
                        'offset': _az_dur(turn['start']), 'duration': _az_dur(turn['end'] - turn['start']),
                        'offsetInTicks': float(_az_ticks(turn['start'])), 'durationInTicks': float(_az_ticks(turn['end'] - turn['start'])),
                        'nBest': [{'confidence': conf, 'lexical': R(lex[i][1], 0), 'itn': R(itn[i][1], 1),
                                   'maskedITN': R(itn[i][1], 2), 'display': R(disp[i][1], 3)}]})

    def join(v):
        out = []
        for k, (_, its) in enumerate(v):
            if k:
                out.append(' ')
            out += its
        return out
    obj = {'source': 'https://ccrecordings.blob.core.windows.net/calls/%s.wav' % uid(rng),
           'timestamp': '2024-03-%02dT%02d:%02d:%02dZ' % (rng.randint(1, 28), rng.randint(13, 22), rng.randint(0, 59), rng.randint(0, 59)),
           'durationInTicks': _az_ticks(tl[-1]['end'] + 1), 'duration': _az_dur(tl[-1]['end'] + 1),
           'combinedRecognizedPhrases': [{'channel': 0, 'lexical': R(join(lex), 4), 'itn': R(join(itn), 5),
                                          'maskedITN': R(join(itn), 6), 'display': R(join(disp), 7)}],
           'recognizedPhrases': phrases}
    emit_json(doc, obj, 2)


def r_azure_sdk(doc, cx, turns, o):
    rng = cx.rng
    lex, itn, disp = view(turns, 'lexical'), view(turns, 'itn'), view(turns, 'written')
    tl = timeline(rng, turns)
    for i, turn in enumerate(tl):
        obj = {'Id': hexid(rng, 32), 'RecognitionStatus': 'Success', 'Offset': _az_ticks(turn['start']),
               'Duration': _az_ticks(turn['end'] - turn['start']), 'Channel': 0, 'Type': 'ConversationTranscription',
               'SpeakerId': 'Guest-1' if turn['role'] == 'A' else 'Guest-2', 'DisplayText': R(disp[i][1], 0),
               'NBest': [{'Confidence': round(rng.uniform(0.7, 0.97), 7), 'Lexical': R(lex[i][1], 1), 'ITN': R(itn[i][1], 2),
                          'MaskedITN': R(itn[i][1], 3), 'Display': R(disp[i][1], 4)}]}
        emit_json(doc, obj, None, (',', ':'))
        doc.raw('\n')


def r_deepgram(doc, cx, turns, o):
    rng = cx.rng
    tl = timeline(rng, view(turns, o.get('form', 'written')))
    spk = {'A': 0, 'C': 1}

    def alt_for(tls, multich=False):
        ws = [x for t in tls for x in t['words']]
        words = [{'word': wordval(x, 1, x['w'].lower()), 'start': x['s'], 'end': x['e'], 'confidence': x['conf'],
                  'speaker': spk[x['role']], 'speaker_confidence': round(rng.uniform(0.3, 0.9), 4),
                  'punctuated_word': wordval(x, 2, x['w'] + x['p'])} for x in ws]
        ptxt, paras = [], []
        for t in tls:
            ptxt += ['\n' if not ptxt else '\n\n', 'Speaker %d: ' % spk[t['role']]] + t['items']
            paras.append({'sentences': [{'text': R(t['items'], 4), 'start': t['start'], 'end': t['end']}],
                          'speaker': spk[t['role']], 'num_words': len(t['words']), 'start': t['start'], 'end': t['end']})
        return {'transcript': R(all_items(tls), 0), 'confidence': round(rng.uniform(0.9, 0.99), 8), 'words': words,
                'paragraphs': {'transcript': R(ptxt, 3), 'paragraphs': paras}}
    if o.get('multichannel'):
        channels = [{'alternatives': [alt_for([t for t in tl if t['role'] == rl])]} for rl in ('A', 'C')]
    else:
        channels = [{'alternatives': [alt_for(tl)]}]
    mid = uid(rng)
    obj = {'metadata': {'transaction_key': 'deprecated', 'request_id': uid(rng), 'sha256': hexid(rng, 64),
                        'created': '2024-04-%02dT17:%02d:%02d.%03dZ' % (rng.randint(1, 28), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)),
                        'duration': round(tl[-1]['end'] + 0.8, 4), 'channels': len(channels), 'models': [mid],
                        'model_info': {mid: {'name': '2-phonecall-nova', 'version': '2024-01-09.29447', 'arch': 'nova-2'}}},
           'results': {'channels': channels}}
    emit_json(doc, obj, 2)


def r_assembly(doc, cx, turns, o):
    rng = cx.rng
    tl = timeline(rng, view(turns, o.get('form', 'written')))
    spk = o.get('spk') or {'A': 'A', 'C': 'B'}
    utts = []
    for t in tl:
        utts.append({'confidence': round(rng.uniform(0.85, 0.98), 6), 'end': int(t['end'] * 1000), 'speaker': spk[t['role']],
                     'start': int(t['start'] * 1000), 'text': R(t['items'], 1),
                     'words': [{'text': wordval(x, 2, x['w'] + x['p']), 'start': int(x['s'] * 1000), 'end': int(x['e'] * 1000),
                                'confidence': x['conf'], 'speaker': spk[t['role']]} for x in t['words']]})
    obj = {'id': uid(rng), 'language_model': 'assemblyai_default', 'acoustic_model': 'assemblyai_default',
           'language_code': 'en_us', 'status': 'completed', 'audio_url': 'https://cdn.assemblyai.com/upload/%s' % uid(rng),
           'text': R(all_items(tl), 0), 'utterances': utts, 'confidence': round(rng.uniform(0.88, 0.96), 6),
           'audio_duration': int(tl[-1]['end']) + 1, 'punctuate': True, 'format_text': True, 'speaker_labels': True,
           'redact_pii': False, 'speech_model': 'best'}
    emit_json(doc, obj, 2)


def r_whisper_json(doc, cx, turns, o):
    rng = cx.rng
    tl = timeline(rng, view(turns, o.get('form', 'written')))
    segs, allit = [], []
    seek = 0
    for k, chn in enumerate(flat_chunks(tl, rng, 6, 15)):
        its = [' '] + items_from_words(chn['words'])
        allit += its
        if chn['start'] > seek / 100 + 30:
            seek += 3000
        segs.append({'id': k, 'seek': seek, 'start': chn['start'], 'end': chn['end'], 'text': R(its, 1),
                     'tokens': [rng.randint(220, 50256) for _ in range(len(chn['words']) + rng.randint(1, 5))],
                     'temperature': 0.0, 'avg_logprob': round(-rng.uniform(0.1, 0.6), 6),
                     'compression_ratio': round(rng.uniform(1.1, 1.7), 6), 'no_speech_prob': round(rng.uniform(0.001, 0.2), 6)})
    obj = {'text': R(allit, 0), 'segments': segs, 'language': 'en'}
    emit_json(doc, obj, None, (', ', ': '))


def _cue_lines(ws):
    if len(ws) > 7:
        h = len(ws) // 2
        return items_from_words(ws[:h]) + ['\n'] + items_from_words(ws[h:])
    return items_from_words(ws)


def r_srt(doc, cx, turns, o):
    rng = cx.rng
    tl = timeline(rng, view(turns, o.get('form', 'written')))
    for k, chn in enumerate(flat_chunks(tl, rng, 5, 13)):
        doc.raw('%d\n%s --> %s\n' % (k + 1, ts_srt(chn['start']), ts_srt(chn['end'])))
        doc.put(_cue_lines(chn['words']))
        doc.raw('\n\n')


def r_vtt(doc, cx, turns, o):
    rng = cx.rng
    tl = timeline(rng, view(turns, o.get('form', 'written')))
    doc.raw('WEBVTT\n\n')
    for k, chn in enumerate(flat_chunks(tl, rng, 5, 13)):
        doc.raw('%s --> %s\n' % (ts_vtt(chn['start']), ts_vtt(chn['end'])))
        doc.put(_cue_lines(chn['words']))
        doc.raw('\n\n')


def r_zoom_vtt(doc, cx, turns, o):
    rng = cx.rng
    nm = names(cx, o)
    tl = timeline(rng, view(turns, o.get('form', 'written')))
    doc.raw('WEBVTT\n\n')
    for k, chn in enumerate(turn_chunks(tl, rng, 5, 14)):
        doc.raw('%d\n%s --> %s\n%s: ' % (k + 1, ts_vtt(chn['start']), ts_vtt(chn['end']), nm[chn['role']]))
        doc.put(items_from_words(chn['words']))
        doc.raw('\n\n')


def r_teams_vtt(doc, cx, turns, o):
    rng = cx.rng
    nm = names(cx, o)
    tl = timeline(rng, view(turns, o.get('form', 'written')))
    g = uid(rng)
    doc.raw('WEBVTT\n\n')
    for k, chn in enumerate(turn_chunks(tl, rng, 5, 16)):
        doc.raw('%s/%d-%d\n%s --> %s\n<v %s>' % (g, 10 + k, rng.randint(0, 1), ts_vtt(chn['start']), ts_vtt(chn['end']), nm[chn['role']]))
        doc.put(items_from_words(chn['words']))
        doc.raw('</v>\n\n')


def r_teams_docx(doc, cx, turns, o):
    rng = cx.rng
    nm = names(cx, o)
    tl = timeline(rng, view(turns, o.get('form', 'written')))

    def t(x):
        return '%d:%d:%d.%03d' % (int(x) // 3600, int(x) // 60 % 60, int(x) % 60, int(round((x % 1) * 1000)) % 1000)
    for chn in turn_chunks(tl, rng, 6, 18):
        doc.raw('%s --> %s\n%s\n' % (t(chn['start']), t(chn['end']), nm[chn['role']]))
        doc.put(items_from_words(chn['words']))
        doc.raw('\n\n')


def r_otter(doc, cx, turns, o):
    rng = cx.rng
    tl = timeline(rng, view(turns, o.get('form', 'written')))
    nm = o.get('names') or {'A': cx.agent, 'C': 'Speaker 2'}
    for t in tl:
        doc.raw('%s  %s\n' % (nm[t['role']], ts_ms(t['start'])))
        doc.put(t['items'])
        doc.raw('\n\n')
    doc.raw('Transcribed by https://otter.ai\n')


def r_rev_txt(doc, cx, turns, o):
    rng = cx.rng
    tl = timeline(rng, view(turns, o.get('form', 'written')))
    nm = o.get('names') or {'A': 'Speaker 1', 'C': 'Speaker 2'}
    for t in tl:
        doc.raw('%s (%s):\n' % (nm[t['role']], ts_ms(t['start']).rjust(5, '0')))
        doc.put(t['items'])
        doc.raw('\n\n')


def r_rev_json(doc, cx, turns, o):
    rng = cx.rng
    tl = timeline(rng, view(turns, o.get('form', 'spoken')))
    mons = []
    for t in tl:
        els = []
        for k, x in enumerate(t['words']):
            els.append({'type': 'text', 'value': wordval(x, 1), 'ts': x['s'], 'end_ts': x['e'], 'confidence': round(x['conf'], 2)})
            for p in x['p']:
                els.append({'type': 'punct', 'value': p})
            if k < len(t['words']) - 1:
                els.append({'type': 'punct', 'value': ' '})
        mons.append({'speaker': 0 if t['role'] == 'A' else 1, 'elements': els})
    emit_json(doc, {'monologues': mons}, None, (',', ':'))


def r_genesys(doc, cx, turns, o):
    rng = cx.rng
    sp, wr = view(turns, 'lexical'), view(turns, 'written')
    tl = timeline(rng, sp)
    phrases = []
    for i, t in enumerate(tl):
        phrases.append({'text': R(t['items'], 0), 'stability': 1.0, 'confidence': round(rng.uniform(0.7, 0.95), 3),
                        'startTimeMs': int(t['start'] * 1000), 'duration': {'milliseconds': int((t['end'] - t['start']) * 1000)},
                        'words': [{'word': wordval(x, 1), 'confidence': x['conf'], 'startTimeMs': int(x['s'] * 1000),
                                   'duration': {'milliseconds': int((x['e'] - x['s']) * 1000)}} for x in t['words']],
                        'decoratedText': R(wr[i][1], 2), 'participantPurpose': 'internal' if t['role'] == 'A' else 'external',
                        'channelId': 0 if t['role'] == 'A' else 1})
    obj = {'organizationId': uid(rng), 'conversationId': uid(rng), 'communicationId': uid(rng), 'recordingId': uid(rng),
           'transcripts': [{'transcriptId': uid(rng), 'language': 'en-US', 'programId': uid(rng), 'engineProvider': 'GENESYS',
                            'engineId': 'en-US', 'engineName': 'Genesys', 'phrases': phrases,
                            'analytics': {'sentiment': [], 'topics': []}}],
           'uri': '/api/v2/speechandtextanalytics/conversations/%s/communications/%s/transcripturl' % (uid(rng), uid(rng)),
           'startTime': 1710255845000 + rng.randint(0, 10 ** 8), 'mediaType': 'call', 'conversationStartTime': 1710255840000}
    emit_json(doc, obj, 2)


def r_five9(doc, cx, turns, o):
    rng = cx.rng
    tl = timeline(rng, view(turns, o.get('form', 'written')))
    doc.raw('Call ID: %d\nCampaign: %s\nAgent: %s\nANI: ' % (rng.randint(10 ** 9, 10 ** 10), o.get('campaign', 'Inbound_Billing'), cx.agent))
    doc.put(cx.phone('plain'))
    doc.raw('\nDNIS: ')
    doc.put(N('800' + rdig(rng, 7, '5'), 'neg_phone'))
    doc.raw('\n--- Transcript ---\n')
    for chn in turn_chunks(tl, rng, 5, 20):
        doc.raw('[%s] %s: ' % (ts_hms(chn['start']), 'Agent' if chn['role'] == 'A' else 'Customer'))
        doc.put(items_from_words(chn['words']))
        doc.raw('\n')


def r_talkdesk_csv(doc, cx, turns, o):
    rng = cx.rng
    tl = timeline(rng, view(turns, o.get('form', 'written')))
    csv_row(doc, ['interaction_id', 'offset', 'participant', 'participant_name', 'utterance'])
    iid = hexid(rng, 32)
    for chn in turn_chunks(tl, rng, 4, 12):
        csv_row(doc, [iid, ts_hms(chn['start']), 'agent' if chn['role'] == 'A' else 'contact',
                      cx.agent if chn['role'] == 'A' else cx.cust, items_from_words(chn['words'])])


def r_nice_json(doc, cx, turns, o):
    rng = cx.rng
    tl = timeline(rng, view(turns, o.get('form', 'written')))
    segs = [{'segmentId': k, 'speaker': 'Agent' if c['role'] == 'A' else 'Customer', 'startOffsetMs': int(c['start'] * 1000),
             'endOffsetMs': int(c['end'] * 1000), 'text': R(items_from_words(c['words']), 0),
             'sentiment': rng.choice(['Neutral', 'Positive', 'Neutral'])} for k, c in enumerate(turn_chunks(tl, rng, 5, 13))]
    obj = {'contactId': str(rng.randint(10 ** 10, 10 ** 11)), 'masterContactId': str(rng.randint(10 ** 10, 10 ** 11)),
           'mediaType': 'Voice', 'skill': o.get('skill', 'Billing_EN'), 'agentName': cx.agent,
           'transcript': {'language': 'en-US', 'segments': segs}}
    emit_json(doc, obj, 2)


def r_dialpad(doc, cx, turns, o):
    rng = cx.rng
    tl = timeline(rng, view(turns, o.get('form', 'written')))
    cph = fmt_phone(make_phone(rng), 'plus3')
    doc.raw('Dialpad Ai transcript\nCall with ')
    doc.put(N(cph, 'neg_phone'))
    doc.raw(' on %s %d, 2024 at ' % (MONTH_ABBR[rng.randint(0, 11)], rng.randint(1, 28)))
    doc.put(cx.time())
    doc.raw('\n\n')
    for t in tl:
        if t['role'] == 'A':
            doc.raw('%s  %s\n' % (cx.agent, ts_ms(t['start'])))
        else:
            doc.put(N(cph, 'neg_phone'))
            doc.raw('  %s\n' % ts_ms(t['start']))
        doc.put(t['items'])
        doc.raw('\n\n')


def dlg_ivr(cx, o):
    T = Talk()
    r = cx.rng
    T.a('Welcome to Blue Ridge Fiber automated payments. Please say your account number.')
    T.c(cx.s_digits(10, 'neg_account', [3, 3, 4], '2'))
    T.a('Your balance is ', cx.money_words(), '. To pay the full amount, say yes.')
    T.c('yes')
    T.a('Please say your card number.')
    card = make_card(r, o.get('brand', 'visa'))
    T.c(M(speak_number(r, card, card_groups(card), None, o.get('style', 'single'), o.get('homo', 0.0), 0.0)[0], 'CARD', 'ivr_speech', cx.eid()))
    T.a('Please say the expiration date, month and year.')
    mm, yy = make_expiry(r)
    T.c(M(say_expiry(r, mm, yy, 'mmyy'), 'EXPIRY', 'ivr_speech', cx.eid()))
    T.a('Please say the security code on the back of your card.')
    T.c(M(say_cvv(r, rdig(r, 3)), 'CVV', 'ivr_speech', cx.eid()))
    T.a('Please say your billing zip code.')
    T.c(cx.s_zip())
    T.a('Thank you. Your payment was accepted. Your confirmation number is ', cx.s_digits(8, 'neg_confirmation', [4, 4], '5'), '.')
    return T.turns


def r_twilio(doc, cx, turns, o):
    rng = cx.rng
    v = view(turns, o.get('form', 'written'))
    sid = 'CA' + hexid(rng, 32)
    acc = 'AC' + hexid(rng, 32)
    frm = fmt_phone(make_phone(rng), 'plus2')
    t0 = rng.randint(0, 3000)
    prompt = None
    for role, items in v:
        if role == 'A':
            prompt = items
            continue
        t0 += rng.randint(6, 19)
        obj = {'timestamp': '2024-03-12T15:%02d:%02d.%03dZ' % (t0 // 60 % 60, t0 % 60, rng.randint(0, 999)),
               'level': 'info', 'event': 'gather.complete', 'CallSid': sid, 'AccountSid': acc,
               'From': R([N(frm, 'neg_phone')], 0), 'To': '+18005550100', 'prompt': R(prompt or [''], 0),
               'SpeechResult': R(items, 0), 'Confidence': '%.8f' % rng.uniform(0.6, 0.95), 'Language': 'en-US',
               'speechModel': 'phone_call'}
        emit_json(doc, obj, None, (',', ':'))
        doc.raw('\n')


def r_vosk(doc, cx, turns, o):
    rng = cx.rng
    tl = timeline(rng, view(turns, 'lexical'))
    for chn in turn_chunks(tl, rng, 4, 12):
        ws = chn['words']
        for c in sorted(set(rng.sample(range(1, len(ws)), min(2, len(ws) - 1)))) if len(ws) > 2 else []:
            emit_json(doc, {'partial': R(partialize(items_from_words(ws[:c], punct=False)), 0)}, None, (', ', ' : '))
            doc.raw('\n')
        emit_json(doc, {'result': [{'conf': round(min(1.0, x['conf'] + 0.05), 6), 'end': x['e'], 'start': x['s'],
                                    'word': wordval(x, 1)} for x in ws],
                        'text': R(items_from_words(ws, punct=False), 2)}, None, (', ', ' : '))
        doc.raw('\n')


def r_speechmatics(doc, cx, turns, o):
    rng = cx.rng
    tl = timeline(rng, view(turns, o.get('form', 'written')))
    res = []
    spk = {'A': 'S1', 'C': 'S2'}
    for t in tl:
        for x in t['words']:
            res.append({'alternatives': [{'confidence': round(x['conf'], 2), 'content': wordval(x, 0), 'language': 'en',
                                          'speaker': spk[t['role']]}], 'end_time': x['e'], 'start_time': x['s'], 'type': 'word'})
            for p in x['p']:
                res.append({'alternatives': [{'confidence': 1.0, 'content': p, 'language': 'en', 'speaker': spk[t['role']]}],
                            'attaches_to': 'previous', 'end_time': x['e'], 'is_eos': p in '.?!', 'start_time': x['e'],
                            'type': 'punctuation'})
    obj = {'format': '2.9', 'job': {'created_at': '2024-05-02T10:41:22.913Z', 'data_name': 'call-%s.wav' % hexid(rng, 8),
                                    'duration': int(tl[-1]['end']) + 1, 'id': hexid(rng, 10)},
           'metadata': {'created_at': '2024-05-02T10:42:01.412Z', 'type': 'transcription',
                        'transcription_config': {'diarization': 'speaker', 'language': 'en', 'operating_point': 'enhanced'}},
           'results': res}
    emit_json(doc, obj, 2)


def _hes(s):
    return re.sub(r'\b(uh|um|hmm|mhm)\b', '%HESITATION', s)


def r_watson(doc, cx, turns, o):
    rng = cx.rng
    lx = [(r_, [(_hes(i) if isinstance(i, str) else i.copy(_hes(i.text))) for i in its]) for r_, its in view(turns, 'lexical')]
    tl = timeline(rng, lx)
    results, labels = [], []
    for chn in turn_chunks(tl, rng, 4, 12):
        ws = chn['words']
        results.append({'final': True, 'alternatives': [{
            'transcript': R(items_from_words(ws, punct=False) + [' '], 0), 'confidence': round(rng.uniform(0.7, 0.97), 2),
            'timestamps': [[wordval(x, 1), x['s'], x['e']] for x in ws],
            'word_confidence': [[wordval(x, 2), round(x['conf'], 2)] for x in ws]}]})
        for x in ws:
            labels.append({'from': x['s'], 'to': x['e'], 'speaker': 0 if x['role'] == 'A' else 1,
                           'confidence': round(rng.uniform(0.3, 0.9), 3), 'final': False})
    emit_json(doc, {'result_index': 0, 'results': results, 'speaker_labels': labels}, 2)


def r_assist_log(doc, cx, turns, o):
    rng = cx.rng
    tl = timeline(rng, view(turns, o.get('form', 'written')))
    base = rng.randint(13, 19) * 3600 + rng.randint(0, 3599)
    for chn in turn_chunks(tl, rng, 3, 9):
        t = base + chn['end']
        doc.raw('%02d:%02d:%06.3f  %-8s ' % (int(t) // 3600, int(t) // 60 % 60, t % 60, 'AGENT' if chn['role'] == 'A' else 'CALLER'))
        doc.put(items_from_words(chn['words']))
        doc.raw('\n')
        if chn['role'] == 'C' and rng.random() < 0.15:
            doc.raw('%02d:%02d:%06.3f  %-8s [suggestion] %s\n' % (int(t) // 3600, int(t) // 60 % 60, (t + 0.4) % 60, 'ASSIST',
                                                                  rng.choice(['Verify caller identity', 'Offer paperless billing', 'Read payment disclosure'])))


# ---------------------------------------------------------------- transcript documents
TRANSCRIPTS = [
    ('AWS Transcribe batch JSON (speaker_labels, items); utility bill payment, card read in two turns, agent reads card back',
     r_aws, dict(form='written', job='billing'), dlg_pay, dict(domain='utility', brand='visa', length=16, parts=[2, 2], readback=True)),
    ('AWS Transcribe batch JSON (channel_labels); benefits call, full SSN spoken as words with misheard homophones',
     r_aws, dict(form='spoken', channels=True, job='benefits'), dlg_ssn, dict(domain='benefits', homo=0.35)),
    ('AWS Transcribe Call Analytics JSON; retail backorder payment, Mastercard read one group per turn with fillers, expiry as month name',
     r_aws_analytics, dict(form='written'), dlg_pay, dict(domain='retail', brand='mc', parts=[1, 1, 1, 1], fill=0.4, exp_style='name')),
    ('Amazon Connect Contact Lens post-call JSON; mobile bill, Amex read in digit pairs ("thirty seven forty one"), 4-digit front code',
     r_contact_lens, dict(form='spoken', cats=['payment']), dlg_pay, dict(domain='mobile', brand='amex', style='pairs', parts=[1, 2])),
    ('Amazon Connect Contact Lens real-time segments JSON; credit check, SSN split over three customer turns',
     r_contact_lens_rt, dict(form='written'), dlg_ssn, dict(domain='telecom', parts=[1, 1, 1])),
    ('Google Speech-to-Text LongRunningRecognize JSON with n-best alternatives; airline change fee, Discover with homophones and a self-correction',
     r_google, dict(form='spoken', nbest=True), dlg_pay, dict(domain='airline', brand='discover', homo=0.35, correction=True)),
    ('Google Speech-to-Text JSON with diarization speakerTag; phone activation support, IMEIs and ICCID read aloud (no secrets)',
     r_google, dict(form='spoken', diarize=True, hi=12), dlg_device, dict()),
    ('Azure Speech batch transcription JSON (lexical/itn/maskedITN/display + combinedRecognizedPhrases); insurance premium, JCB card',
     r_azure_batch, dict(), dlg_pay, dict(domain='insurance', brand='jcb', homo=0.2, exp_style='name')),
    ('Azure Speech SDK conversation transcription JSON-lines (DisplayText, NBest Lexical/ITN/MaskedITN); loan application with SSN and card',
     r_azure_sdk, dict(), dlg_loan, dict(ssn=dict(style='single'), card=dict(brand='visa', length=16, parts=[2, 2]))),
    ('Deepgram Nova JSON (words, punctuated_word, paragraphs; smart_format numerals); hotel guarantee, 13-digit Visa read over three turns',
     r_deepgram, dict(form='written'), dlg_pay, dict(domain='hotel', brand='visa', length=13, style='pairs', parts=[1, 1, 1])),
    ('Deepgram multichannel JSON; lost package call with USPS/UPS tracking, zip, order and case numbers (no secrets)',
     r_deepgram, dict(form='written', multichannel=True), dlg_shipping, dict()),
    ('AssemblyAI JSON (text, utterances speaker A/B, words); subscription renewal, Diners Club 14 digits with correction and agent read-back',
     r_assembly, dict(form='written'), dlg_pay, dict(domain='subscription', brand='diners', correction=True, readback=True, rb_style='pairs')),
    ('AssemblyAI JSON utterances (formatted numerals); tax notice call, last four of SSN then the full SSN',
     r_assembly, dict(form='written'), dlg_ssn, dict(domain='tax', last4=True, style='pairs')),
    ('Whisper JSON (text + segments with tokens); charity donation, 19-digit UnionPay with heavy homophones, segments cut mid-number',
     r_whisper_json, dict(form='spoken'), dlg_pay, dict(domain='charity', brand='unionpay', length=19, homo=0.45)),
    ('Whisper SRT subtitles; retail order, Maestro read as mixed digits and words ("5 0 one 8")',
     r_srt, dict(form='spoken'), dlg_pay, dict(domain='retail', brand='maestro', length=16, style='mixed', parts=[2, 2])),
    ('Whisper WebVTT; ACH autopay setup with routing/account numbers then SSN for the lender',
     r_vtt, dict(form='written'), dlg_ach, dict(ssn=dict(style='single', parts=[2, 1]))),
    ('Rev.com transcript TXT ("Speaker 1 (00:03):"); utility bill, 2-series Mastercard in pairs ("twenty two thirty one")',
     r_rev_txt, dict(form='spoken'), dlg_pay, dict(domain='utility', brand='mc2', style='pairs')),
    ('Rev.ai JSON (monologues/elements); benefits claim, SSN with correction across two turns',
     r_rev_json, dict(form='spoken'), dlg_ssn, dict(domain='benefits', parts=[2, 1], correction=True)),
    ('Otter.ai TXT export ("Speaker 2  0:41"); mobile bill, card over four turns with fillers and agent echo of first group',
     r_otter, dict(form='written'), dlg_pay, dict(domain='mobile', brand='visa', length=16, parts=[1, 1, 1, 1], fill=0.5, echo=True)),
    ('Genesys Cloud speech analytics transcript JSON (phrases, words, decoratedText); airline, Amex over three turns',
     r_genesys, dict(), dlg_pay, dict(domain='airline', brand='amex', parts=[1, 1, 1])),
    ('Five9 call transcript TXT export with header; Canadian customer gives SIN (not a secret) and Mastercard',
     r_five9, dict(form='written', campaign='CA_Activations'), dlg_canada, dict(brand='mc', parts=[2, 2])),
    ('Talkdesk transcript CSV (offset, participant, utterance); hotel guarantee, card in two turns, caller asks which three digits',
     r_talkdesk_csv, dict(form='written'), dlg_pay, dict(domain='hotel', brand='mc', parts=[2, 2], clarify=True)),
    ('NICE CXone interaction transcript JSON (segments); loan application with SSN over three turns and Discover card',
     r_nice_json, dict(form='written'), dlg_loan, dict(ssn=dict(parts=[1, 1, 1]), card=dict(brand='discover'))),
    ('Dialpad Ai call transcript TXT; refund enquiry with card last four only (no secrets)',
     r_dialpad, dict(form='written'), dlg_refund, dict()),
    ('Zoom meeting transcript VTT ("Name: text"); fitness subscription, Discover read with "double"/"triple" and fillers',
     r_zoom_vtt, dict(form='spoken'), dlg_pay, dict(domain='subscription', brand='discover', style='single', fill=0.3)),
    ('Microsoft Teams VTT (<v Name>); ISP payment plus tech appointment, Visa with misheard digits',
     r_teams_vtt, dict(form='spoken'), dlg_pay, dict(domain='isp', brand='visa', length=16, homo=0.3)),
    ('Microsoft Teams transcript (.docx text layout "0:0:3.520 --> ..."); insurance premium, 19-digit Visa',
     r_teams_docx, dict(form='written'), dlg_pay, dict(domain='insurance', brand='visa', length=19)),
    ('Vosk/Kaldi JSON-lines (partial + result with word confs); ISP payment, partial hypotheses contain prefixes of the card',
     r_vosk, dict(), dlg_pay, dict(domain='isp', brand='visa', length=16, parts=[2, 2])),
    ('Speechmatics JSON v2.9 (word/punctuation results, speakers S1/S2); retail, Mastercard one group per turn',
     r_speechmatics, dict(form='written'), dlg_pay, dict(domain='retail', brand='mc', parts=[1, 1, 1, 1])),
    ('IBM Watson STT JSON (%HESITATION, timestamps, word_confidence); bank account opening, SSN with hesitations',
     r_watson, dict(), dlg_ssn, dict(domain='bank', fill=0.6)),
    ('Twilio <Gather> speech results logged as JSON-lines; IVR payment: card, expiry, code, zip each a separate SpeechResult',
     r_twilio, dict(form='written'), dlg_ivr, dict(brand='mc')),
    ('Agent-assist live caption log (timestamped CALLER/AGENT lines); first card declined, second card given',
     r_assist_log, dict(form='written'), dlg_pay, dict(domain='utility', brand='visa', length=16, parts=[2, 2],
                                                       second=dict(brand='amex', parts=[1, 1, 1]))),
    ('AWS Transcribe batch JSON (channel_labels); charity donation, JCB given as digit groups "3530 1113"',
     r_aws, dict(form='written', channels=True, job='donations'), dlg_pay, dict(domain='charity', brand='jcb', style='numeral', parts=[2, 2])),
    ('Google STT streaming responses JSON-lines (interim + isFinal); credit check SSN in three turns, interim hypotheses carry partial SSNs',
     r_google_stream, dict(form='spoken'), dlg_ssn, dict(domain='telecom', parts=[1, 1, 1])),
    ('Amazon Connect Contact Lens post-call JSON; utility payment, caller names the brand, asks which code, homophones ("for", "won")',
     r_contact_lens, dict(form='spoken', cats=['payment', 'disconnect-risk']), dlg_pay,
     dict(domain='utility', brand='visa', length=16, which=True, clarify=True, homo=0.4, parts=[1, 3])),
    ('Deepgram JSON without smart_format (words, lowercase); bank savings account, SSN in pairs',
     r_deepgram, dict(form='lexical'), dlg_ssn, dict(domain='bank', style='pairs')),
    ('Rev.com transcript TXT; new line credit check with SSN, then deposit paid by card (several secrets over turns)',
     r_rev_txt, dict(form='written', names={'A': 'Agent', 'C': 'Customer'}), dlg_ssn,
     dict(domain='telecom', card=dict(brand='mc', parts=[2, 2]))),
    ('Otter.ai TXT export; ACH draft setup, routing/account read out, SSN for identity (one secret among bank numbers)',
     r_otter, dict(form='spoken'), dlg_ach, dict(ssn=dict(style='single', homo=0.2))),
    ('Genesys Cloud transcript JSON; refund follow-up with last four only (no secrets)',
     r_genesys, dict(), dlg_refund, dict()),
    ('Whisper SRT; tax notice call, SSN spoken with homophones split across subtitle cues',
     r_srt, dict(form='spoken'), dlg_ssn, dict(domain='tax', homo=0.4)),
    ('Azure Speech SDK JSON-lines; airline change fee paid with Amex read in pairs',
     r_azure_sdk, dict(), dlg_pay, dict(domain='airline', brand='amex', style='pairs')),
    ('Five9 call transcript TXT; mobile bill, customer corrects a group, agent reads back in pairs',
     r_five9, dict(form='spoken', campaign='Inbound_Billing'), dlg_pay,
     dict(domain='mobile', brand='mc', correction=True, readback=True, rb_style='pairs')),
]


# ---------------------------------------------------------------- typed documents
TYPED = []


def typed(kind, layout):
    def deco(f):
        TYPED.append((kind, layout, f))
        return f
    return deco


BRANDS = ['visa', 'visa', 'mc', 'mc2', 'amex', 'discover', 'jcb', 'diners', 'unionpay', 'maestro']


def t_card(cx, brand=None, style=None, variant=None, length=None, ent=None):
    r = cx.rng
    brand = brand or r.choice(BRANDS)
    d = make_card(r, brand, length)
    st = style or r.choice(['space', 'plain', 'dash', 'space'])
    return M(fmt_card(d, st), 'CARD', variant or 'typed_' + st, ent or cx.eid()), d, brand


def t_exp(cx, style=None, variant=None):
    r = cx.rng
    mm, yy = make_expiry(r)
    st = style or r.choice(['mm/yy', 'mm/yy', 'm/yy', 'mm/yyyy', 'mmyy', 'mm-yy'])
    return M(month_typed(r, mm, yy, st), 'EXPIRY', variant or 'typed_' + st.replace(' ', '_'), cx.eid())


def t_cvv(cx, brand='visa', variant='typed'):
    return M(rdig(cx.rng, 4 if brand == 'amex' else 3), 'CVV', variant, cx.eid())


def t_ssn(cx, style=None, variant=None):
    st = style or cx.rng.choice(['dash', 'dash', 'space', 'plain'])
    return M(fmt_ssn(make_ssn(cx.rng), st), 'SSN', variant or 'typed_' + st, cx.eid())


def last4(cx):
    return M(rdig(cx.rng, 4), 'IGNORE', 'card_last4_alone')


def masked(cx, brand='visa'):
    r = cx.rng
    d = make_card(r, brand)
    st = r.choice(['stars', 'x', 'first6'])
    if st == 'stars':
        t = '*' * (len(d) - 4) + d[-4:]
    elif st == 'x':
        t = 'XXXX-XXXX-XXXX-' + d[-4:]
    else:
        t = d[:6] + '*' * (len(d) - 10) + d[-4:]
    return M(t, 'IGNORE', 'masked_pan_' + st)


def pad_row(d, cells, widths, gap='  '):
    for i, c in enumerate(cells):
        txt = c if isinstance(c, str) else c.text
        d.put(c)
        if i < len(cells) - 1:
            d.raw(' ' * max(1, widths[i] - len(txt)) + gap)
    d.raw('\n')


@typed('notes', 'Agent wrap-up note typed fast: one line, no punctuation, abbreviations (cx, cc, exp, cvv, cb)')
def n_wrapup(d, cx):
    c, _, b = t_card(cx, style='plain')
    d.w('cx called re declined pmt on acct ', cx.acct(), ' verified dob ', cx.dob('us2'), ' zip ', cx.zip(),
        ' took new cc ', c, ' exp ', t_exp(cx, 'mmyy'), ' cvv ', t_cvv(cx, b), ' pmt ', cx.amount(), ' posted conf ',
        cx.conf(), ' cb ', cx.phone('plain'), ' ext ', cx.ext(), ' adv 3-5 bus days')


@typed('notes', 'CRM fields pasted as "Key: value" lines (name, DOB, SSN, phones, ZIP+4, member ID, case, masked card)')
def n_crm(d, cx):
    r = cx.rng
    city, st = r.choice(CITIES)
    d.w('Customer Name: ', cx.cust, '\nCustomer ID: ', N(rdig(r, 10, '0'), 'neg_customer_id'), '\nDOB: ', cx.dob('iso'),
        '\nSSN: ', t_ssn(cx, 'dash'), '\nPrimary Phone: ', cx.phone('paren'), '\nAlt Phone: ', cx.phone('dot'),
        '\nAddress: ', N(str(r.randint(100, 9999)), 'neg_house_number'), ' ', r.choice(STREETS), ', ', city, ', ', st, ' ', cx.zip4(),
        '\nMember ID: ', cx.member(), '\nCase #: ', cx.case(), '\nLast Contact: ', cx.date('us'), ' ', cx.time(),
        '\nPreferred Payment: VISA ending ', last4(cx), '\nNotes: caller wants paperless, verified w/ DOB + SSN\n')


@typed('notes', 'Agent scratch table, fixed-width columns: two cards side by side with expiry, CVV, amount, order number')
def n_table(d, cx):
    rows = []
    for b in cx.rng.sample(['visa', 'amex', 'mc', 'discover'], 2):
        c, _, b2 = t_card(cx, brand=b, style='space')
        rows.append([BRAND_NAME[b].upper()[:4], c, t_exp(cx, 'mm/yy'), t_cvv(cx, b2), cx.amount(), cx.order('amzn')])
    w = [6, 22, 7, 6, 11, 20]
    d.raw('PAYMENT METHODS ON CALL (split tender)\n')
    pad_row(d, ['TYPE', 'NUMBER', 'EXP', 'CVV', 'AMT', 'ORDER'], w)
    for rw in rows:
        pad_row(d, rw, w)
    d.w('total charged ', cx.amount(), ' / ticket ', cx.ticket(), '\n')


@typed('notes', 'Typo-heavy verification note: ss# with spaces, dob, claim #, member id that has 9 digits, callback')
def n_typo(d, cx):
    d.w('cllr verifed identiy w/ ss# ', t_ssn(cx, 'space'), ' and dob ', cx.dob('us2'), ' .. clm# ', cx.claim(), ' mbr id ',
        cx.member(), ' (the 9 digits after letters is NOT the ss)\nclaim denied bc out of netwrk, adv appeal w/in 180 days, appeal fax ',
        cx.phone('dash'), '\ncb ', cx.phone('paren'), ' btwn ', cx.time(), ' - ', cx.time(), '\n')


@typed('notes', 'Timestamped running notes: caller reads first 8 digits, goes to find glasses, reads the rest later')
def n_running(d, cx):
    r = cx.rng
    card = make_card(r, 'visa', 16)
    e = cx.eid()
    d.w('10:02 cx calling to pay overdue bal ', cx.amount(), ', verified name + dob ', cx.dob('us'), '\n')
    d.w('10:03 cx reading card - first 8: ', M(card[:4] + ' ' + card[4:8], 'CARD', 'typed_notes_split_fragment', e), '\n')
    d.w('10:03 cx had to find glasses lol, on hold 1 min\n')
    d.w('10:05 rest of card ', M(card[8:12] + ' ' + card[12:], 'CARD', 'typed_notes_split_fragment', e), '\n')
    d.w('10:05 exp ', t_exp(cx, 'mm/yy'), ' cvv ', t_cvv(cx), '\n')
    d.w('10:06 pmt declined code ', N('R05', 'neg_decline_code'), ', adv cx to call bank at ', N('1-800-' + rdig(r, 3, '4') + '-' + rdig(r, 4), 'neg_phone'),
        ' / ref ', cx.conf(), '\n')


@typed('notes', 'Device swap note (no secrets): old/new IMEI (Luhn-valid), ICCID, order, FedEx return label, model, serial')
def n_device(d, cx):
    d.w('DEVICE SWAP - warranty\nold: ', cx.model(), ' IMEI ', cx.imei('plain'), ' s/n ', cx.serial(), '\nnew: ', cx.model(),
        ' IMEI ', cx.imei('dash'), '\nSIM ICCID ', cx.iccid(), '\nrepl order ', cx.order('w'), ' ships ', cx.date('md'),
        '\nreturn label FedEx ', cx.fedex(12), ' due ', cx.date('abbr'), '\ncx phone ', cx.phone('dash'), ' // restocking fee ', cx.amount(),
        ' waived (', cx.pct(), ' promo)\n')


@typed('notes', 'Escalation note: masked PAN and last four (not secrets), refund amount, case #, then the new card for re-issue')
def n_escal(d, cx):
    c, _, b = t_card(cx, brand='discover', style='dash')
    d.w('ESCALATION to T2 - refund not received\n- original charge ', cx.amount(), ' on ', cx.date('us'), ' to card ', masked(cx), '\n',
        '- gateway shows refund to acct ending ', last4(cx), ' (closed by cx)\n- case ', cx.case(), ' / ticket ', cx.ticket(), '\n',
        '- cx wants refund re-issued to new card ', c, ' exp ', t_exp(cx, 'mm/yyyy'), ' (no cvv needed for refund)\n',
        '- promised callback by ', cx.date('abbr'), ' at ', cx.phone('paren'), '\n')


@typed('notes', 'Canadian customer note: SIN (Luhn-valid, not a secret), postal code, phone, then Visa card, expiry, CVV')
def n_canada(d, cx):
    r = cx.rng
    c, _, b = t_card(cx, brand='visa', style='space')
    pc = r.choice('ABCEGHJKLMNPRSTVXY') + str(r.randint(1, 9)) + r.choice('ABCEGHJKLMNPRSTVXY') + ' ' + str(r.randint(1, 9)) + r.choice('ABCEGHJKLMNPRSTVXY') + str(r.randint(0, 9))
    d.w('new acct ON - credit chk w/ SIN ', cx.sin(), ' dob ', cx.dob('iso'), '\npostal ', N(pc, 'neg_postal'), ' ph ', cx.phone('dash'),
        '\nactivation fee CAD ', N('%.2f' % (r.randint(2000, 9000) / 100), 'neg_amount'), ' on visa ', c, ' ', t_exp(cx, 'mm/yy'),
        ' cvv ', t_cvv(cx), '\nGST/HST ', cx.pct(), ' // first bill ', cx.date('long'), '\n')


@typed('notes', 'Markdown bullet note: ACH setup (routing/account are not secrets) plus SSN verification')
def n_md_ach(d, cx):
    d.w('### Autopay enrollment\n\n- **Routing:** ', cx.aba(), '\n- **Account:** ', cx.acct(), ' (checking)\n- **Draft date:** ',
        cx.date('md'), ' monthly\n- **Amount:** ', cx.amount(), '\n- **SSN verified:** ', t_ssn(cx, 'dash'), '\n- **Phone:** ',
        cx.phone('dash'), '\n- **Loan #:** ', N(rdig(cx.rng, 12, '2'), 'neg_loan_number'), '\n- APR ', cx.pct(), '\n')


@typed('notes', 'Agent typed the caller\'s words literally: card as mixed words and numerals, "exp aug 27", CVV in words')
def n_words(d, cx):
    r = cx.rng
    card = make_card(r, 'mc')
    txt = speak_number(r, card, card_groups(card), None, 'mixed', 0.0, 0.0, seps=(' ', ', '))[0]
    mm, yy = make_expiry(r)
    cv = rdig(r, 3)
    d.w('per cx: cc ', M(txt, 'CARD', 'typed_words_mixed', cx.eid()), ' exp ', M('%s %d' % (MONTH_ABBR[mm - 1].lower(), yy), 'EXPIRY', 'typed_mon_yy', cx.eid()),
        ' cvv ', M(say_group(r, cv, 'single'), 'CVV', 'typed_words', cx.eid()), '\nbilling zip ', cx.zip(), ' amt ', cx.amount(), ' order ', cx.order('hash'), '\n')


@typed('notes', 'Supervisor callback note (no secrets): phone, extension, ticket, appointment date/time, credit amount, percent')
def n_callback(d, cx):
    d.w('SUP CALLBACK REQ\ncx: ', cx.cust, '\nbest # ', cx.phone('paren'), ' ext ', cx.ext(), ' (work) or cell ', cx.phone('dash'),
        '\nticket ', cx.ticket(), ' re: tech no-show on ', cx.date('us'), ' btwn ', cx.time(), '-', cx.time(),
        '\noffered credit ', cx.amount(), ' = ', cx.pct(), ' of monthly, cx wants more\nrescheduled appt ', cx.date('abbr'),
        ' ', cx.time(), ' ref ', cx.conf(), '\nzip ', cx.zip4(), '\n')


@typed('notes', 'Sticky note: card/expiry/CVV/zip/phone on one line separated by slashes, nothing labelled')
def n_slashes(d, cx):
    c, _, b = t_card(cx, brand='visa', style='plain', length=16)
    d.w(c, '/', t_exp(cx, 'mmyy'), '/', t_cvv(cx, b), '/', cx.zip(), '/', cx.phone('plain'), '\ncall back after ', cx.time(), ' re order ', cx.order('ord'), '\n')


@typed('notes', 'Shift handover notes for three customers: two cards and an SSN among many non-secret numbers')
def n_handover(d, cx):
    r = cx.rng
    c1, _, b1 = t_card(cx, brand='maestro', length=19, style='space')
    c2, _, b2 = t_card(cx, style='dash')
    d.w('HANDOVER ', cx.date('us'), ' eve shift\n\n1) ', r.choice(FIRST), ' ', r.choice(LAST), ' - acct ', cx.acct(), ' - wants pmt run tmrw ',
        cx.date('md'), ' for ', cx.amount(), ' on card ', c1, ' exp ', t_exp(cx), ' cvv ', t_cvv(cx, b1), ' (cx ok w/ us keeping it till then)\n\n',
        '2) ', r.choice(FIRST), ' ', r.choice(LAST), ' - ph ', cx.phone('dash'), ' - disputing ', cx.amount(), ' from ', cx.date('abbr'),
        ', imei ', cx.imei(), ' blacklisted by mistake, ticket ', cx.ticket(), '\n\n',
        '3) ', r.choice(FIRST), ' ', r.choice(LAST), ' - credit app pending, soc ', t_ssn(cx, 'plain'), ', dob ', cx.dob('us'), ', zip ', cx.zip(),
        '; deposit ', cx.amount(), ' to be paid w/ ', c2, ' ', t_exp(cx, 'mm/yyyy'), '\n')


@typed('notes', 'Note where the card number wraps onto the next line and the code is labelled "sec code"')
def n_wrap(d, cx):
    r = cx.rng
    card = make_card(r, 'visa', 16)
    d.w('Pmt arrangement: 3 installments of ', cx.amount(), ' starting ', cx.date('md'), '. Card on file for installments: ',
        M(card[:4] + ' ' + card[4:8] + '\n' + card[8:12] + ' ' + card[12:], 'CARD', 'typed_line_wrapped', cx.eid()),
        ' exp ', t_exp(cx, 'mm/yy'), ' sec code ', t_cvv(cx), '.\nConf ', cx.conf(), '. Callback ', cx.phone('paren'), ' x', cx.ext(), '.\n')


def clock(rng, h=None):
    t = [(h or rng.randint(8, 20)) * 3600 + rng.randint(0, 3000)]

    def nxt(lo=3, hi=60):
        t[0] += rng.randint(lo, hi)
        return t[0]
    return nxt


def hms12(s):
    h, m, sec = s // 3600, s // 60 % 60, s % 60
    return '%d:%02d:%02d %s' % ((h - 1) % 12 + 1, m, sec, 'AM' if h < 12 else 'PM')


@typed('chat', 'Web chat transcript (LivePerson-style "[10:02:13 AM] Visitor:"): card typed over three messages with agent "ok" between, expiry and code asked separately')
def c_web(d, cx):
    r = cx.rng
    nx = clock(r)
    ag = cx.agent.split()[0]
    card = make_card(r, 'visa', 16)
    e = cx.eid()

    def line(who, *items):
        d.raw('[%s] %s: ' % (hms12(nx(2, 40)), who))
        d.w(*items)
        d.raw('\n')
    line('Visitor', 'hi my autopay failed, order ', cx.order('hash'), ' i need to update card')
    line('Agent (%s)' % ag, 'Sure! This chat is secure. Please go ahead with the card number.')
    line('Visitor', M(card[:4], 'CARD', 'chat_multi_message', e))
    line('Visitor', M(card[4:8] + ' ' + card[8:12], 'CARD', 'chat_multi_message', e))
    line('Agent (%s)' % ag, 'ok')
    line('Visitor', M(card[12:], 'CARD', 'chat_multi_message', e))
    line('Agent (%s)' % ag, 'Thanks, and the expiration date?')
    line('Visitor', t_exp(cx, r.choice(['mm/yy', 'm/yy', 'mmyy'])))
    line('Agent (%s)' % ag, 'And the 3 digit code on the back?')
    line('Visitor', t_cvv(cx))
    line('Agent (%s)' % ag, 'Thank you. The balance of ', cx.amount(), ' will be charged today and your next bill is ', cx.date('long'), '.')
    line('Visitor', 'ok can u text receipt to ', cx.phone('dash'))
    line('Agent (%s)' % ag, 'Done, confirmation ', cx.conf(), '. Anything else?')


@typed('chat', 'WhatsApp iOS chat export ("[12/03/2024, 10:15:22] Name:"): card and expiry in one message, CVV later, OTP and attachment lines')
def c_wa_ios(d, cx):
    r = cx.rng
    nx = clock(r)
    biz = COMPANY['hotel']
    day = r.randint(1, 28)

    def line(who, *items):
        s = nx(10, 300)
        d.raw('[%02d/03/2024, %02d:%02d:%02d] %s: ' % (day, s // 3600, s // 60 % 60, s % 60, who))
        d.w(*items)
        d.raw('\n')
    c, _, b = t_card(cx, brand='maestro', length=19, style='space')
    line(biz, 'Hi ', cx.cust.split()[0], '! To hold the room for ', cx.date('abbr'), ' we need a card. Rate ', cx.amount(), '/night.')
    line(cx.cust, c, ' ', t_exp(cx, 'mm/yy'))
    line(cx.cust, '\u200e<attached: 00000012-PHOTO-2024-03-%02d-10-15-22.jpg>' % day)
    line(biz, 'Thanks! And the security code please?')
    line(cx.cust, 'its ', t_cvv(cx, b))
    line(cx.cust, 'also i got a text with code ', cx.otp(), ' is that from you?')
    line(biz, 'No, please never share that code. Your booking ref is ', cx.conf(), '. Call us at ', cx.phone('plus'), ' if anything changes.')


@typed('chat', 'WhatsApp Android export ("12/03/2024, 10:15 - Name:"): SSN typed without dashes for a benefits check, DOB and ZIP beside it')
def c_wa_android(d, cx):
    r = cx.rng
    nx = clock(r)
    day = r.randint(1, 28)

    def line(who, *items):
        s = nx(20, 400)
        d.raw('%02d/04/2024, %02d:%02d - %s: ' % (day, s // 3600, s // 60 % 60, who))
        d.w(*items)
        d.raw('\n')
    d.raw('%02d/04/2024, 09:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n' % day)
    line('Meridian Health', 'Hello, to look up your claim ', cx.claim(), ' we need to verify you. Please send DOB, ZIP and SSN.')
    line(cx.cust, cx.dob('us'))
    line(cx.cust, 'zip ', cx.zip(), ' ssn ', t_ssn(cx, 'plain'))
    line('Meridian Health', 'Thank you. The claim for ', cx.amount(), ' was reprocessed on ', cx.date('us'), '. Member ID ', cx.member(), '.')
    line(cx.cust, '<Media omitted>')
    line(cx.cust, 'thx. my new number is ', cx.phone('dash'))


@typed('chat', 'SMS Backup & Restore XML: customer texts a card to a small business, OTP and UPS delivery texts around it')
def c_sms_xml(d, cx):
    r = cx.rng
    mine = fmt_phone(make_phone(r), 'plus2')
    base = 1710255322000 + r.randint(0, 10 ** 8)
    msgs = []
    c, _, b = t_card(cx, brand='amex', style='space')
    msgs.append((cx.phone('plus2'), 1, ['Your First Prairie verification code is ', cx.otp(), ". Don't share it with anyone."]))
    shop = fmt_phone(make_phone(r), 'plus2')
    msgs.append((N(shop, 'neg_phone'), 2, ['hey its ', cx.cust.split()[0], ' for the deposit: ', c, ' ', t_exp(cx, 'mm/yy'), ' ', t_cvv(cx, b)]))
    msgs.append((N(shop, 'neg_phone'), 1, ['got it thx! deposit ', cx.amount(), ' charged, balance due ', cx.date('md')]))
    msgs.append((N('69277', 'neg_short_code'), 1, ['UPS: Your package ', cx.ups(), ' is scheduled for delivery ', cx.date('abbr'), ' by ', cx.time(), '. Reply STOP to opt out.']))
    d.raw("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<!--File Created By SMS Backup & Restore v10.20.002 on 12/03/2024 10:15:22-->\n")
    d.raw('<smses count="%d" backup_set="%s" backup_date="%d" type="full">\n' % (len(msgs), uid(r), base + 10 ** 7))
    for i, (addr, typ, body) in enumerate(msgs):
        t = base + i * r.randint(60000, 900000)
        d.raw('  <sms protocol="0" address="')
        d.put(addr, esc=xesc)
        d.raw('" date="%d" type="%d" subject="null" body="' % (t, typ))
        d.put(body, esc=xesc)
        d.raw('" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="%d" sub_id="1" readable_date="Mar 12, 2024 %s" contact_name="(Unknown)" />\n' % (t - 2000, hms12(r.randint(30000, 70000))))
    d.raw('</smses>\n')


@typed('chat', 'Intercom conversation JSON export (source + conversation_parts with HTML bodies): card and expiry in <p>, CVV in a later part')
def c_intercom(d, cx):
    r = cx.rng
    c, _, b = t_card(cx, brand='discover', style='space')
    ts = 1710255322 + r.randint(0, 10 ** 7)
    user = {'type': 'user', 'id': hexid(r, 24), 'name': cx.cust, 'email': cx.cust.lower().replace(' ', '.') + '@example.com'}
    admin = {'type': 'admin', 'id': str(r.randint(10 ** 6, 10 ** 7)), 'name': cx.agent, 'email': 'support@fitloop.example'}
    parts = [
        (admin, ['<p>Hi ', cx.cust.split()[0], ', I can update that. Please send the new card number and expiry.</p>']),
        (user, ['<p>', c, '<br>exp ', t_exp(cx, 'mm/yy'), '</p>']),
        (admin, ['<p>Thanks! Last thing, the security code?</p>']),
        (user, ['<p>', t_cvv(cx, b), '</p>']),
        (admin, ['<p>All set. Your plan renews ', cx.date('long'), ' at ', cx.amount(), '. Reference <b>', cx.conf(), '</b></p>']),
    ]
    cps = []
    for i, (au, body) in enumerate(parts):
        cps.append({'type': 'conversation_part', 'id': str(r.randint(10 ** 9, 10 ** 10)), 'part_type': 'comment',
                    'body': R(body, 0), 'created_at': ts + 60 * (i + 1), 'updated_at': ts + 60 * (i + 1), 'notified_at': ts + 60 * (i + 1),
                    'assigned_to': None, 'author': au, 'attachments': [], 'external_id': None, 'redacted': False})
    obj = {'type': 'conversation', 'id': str(r.randint(10 ** 11, 10 ** 12)), 'created_at': ts, 'updated_at': ts + 600,
           'source': {'type': 'conversation', 'id': str(r.randint(10 ** 9, 10 ** 10)), 'delivered_as': 'customer_initiated',
                      'subject': '', 'body': R(['<p>Hi my card expired, member # ', cx.loyalty(False), ', phone ', cx.phone('dash'), '</p>'], 0),
                      'author': user, 'attachments': [], 'url': None, 'redacted': False},
           'contacts': {'type': 'contact.list', 'contacts': [{'type': 'contact', 'id': user['id']}]},
           'state': 'closed', 'read': True, 'priority': 'not_priority',
           'conversation_parts': {'type': 'conversation_part.list', 'conversation_parts': cps, 'total_count': len(cps)}}
    emit_json(d, obj, 2)


@typed('chat', 'Slack channel export JSON (text + rich_text blocks duplicate the message): agent pastes a customer card asking for help, supervisor replies')
def c_slack(d, cx):
    r = cx.rng
    c, _, b = t_card(cx, brand='mc', style='plain')
    ex = t_exp(cx, 'mm/yy')
    ts = 1710255322 + r.randint(0, 10 ** 7)
    u1, u2 = 'U0' + hexid(r, 8).upper(), 'U0' + hexid(r, 8).upper()

    def msg(user, name, items, k):
        return {'type': 'message', 'text': R(items, 0), 'user': user, 'ts': '%d.%06d' % (ts + 40 * k, r.randint(0, 999999)),
                'blocks': [{'type': 'rich_text', 'block_id': hexid(r, 5),
                            'elements': [{'type': 'rich_text_section', 'elements': [{'type': 'text', 'text': R(items, 1)}]}]}],
                'team': 'T0' + hexid(r, 8).upper(), 'user_profile': {'real_name': name, 'display_name': name.split()[0].lower()}}
    msgs = [msg(u1, cx.agent, ['cx on line says gateway rejects ', c, ' exp ', ex, ' - order ', cx.order('amzn'), ', total ', cx.amount(), ' any idea?'], 0),
            msg(u2, 'Dana Whitfield', ['please never paste full card numbers in slack :rotating_light: delete that. check AVS - billing zip ', cx.zip(), ' vs ship zip ', cx.zip()], 1),
            msg(u1, cx.agent, ['sorry deleting. zip matched, cx also gave cvv ', t_cvv(cx, b), ' and it still fails, ticket ', cx.ticket()], 2),
            msg(u2, 'Dana Whitfield', ['escalate to payments ext ', cx.ext(), ' and tell cx to call the bank at the number on the back'], 3)]
    emit_json(d, msgs, 4)


@typed('chat', 'Salesforce Live Agent chat transcript text ("( 1m 2s ) Visitor:"); Amex and four-digit CID, account and zip nearby')
def c_sfdc_chat(d, cx):
    r = cx.rng
    ag = cx.agent.split()[0] + ' ' + cx.agent.split()[1][0]
    c, _, b = t_card(cx, brand='amex', style='space')
    d.raw('Chat Started: Tuesday, March %d, 2024, %02d:%02d:%02d (-0500)\nChat Origin: Billing Chat\nAgent %s\n' % (r.randint(1, 28), r.randint(8, 18), r.randint(0, 59), r.randint(0, 59), ag))
    t = [r.randint(2, 9)]

    def line(who, *items):
        s = t[0]
        d.raw('( %s ) %s: ' % ('%ds' % s if s < 60 else '%dm %ds' % (s // 60, s % 60), who))
        d.w(*items)
        d.raw('\n')
        t[0] += r.randint(5, 50)
    line(ag, 'Hi, thanks for contacting ', COMPANY['isp'], '. How can I help?')
    line('Visitor', 'I want to pay my bill. account ', cx.acct(10), ' zip ', cx.zip())
    line(ag, 'I see a balance of ', cx.amount(), '. Which card?')
    line('Visitor', 'amex ', c)
    line('Visitor', 'exp ', t_exp(cx, 'mm/yy'))
    line(ag, 'And the 4 digit code on the front of the card?')
    line('Visitor', t_cvv(cx, b))
    line(ag, 'Payment posted, confirmation ', cx.conf(), '. Your next due date is ', cx.date('md'), '.')


@typed('chat', 'Zendesk Chat (Zopim) transcript text "(10:15:22 AM) Name:"; device support with IMEIs, order, tracking, then the visitor pays an upgrade fee by card')
def c_zopim(d, cx):
    r = cx.rng
    nx = clock(r)
    v = 'Visitor %d' % r.randint(10000, 99999)

    def line(who, *items):
        d.raw('(%s) %s: ' % (hms12(nx(5, 60)), who))
        d.w(*items)
        d.raw('\n')
    d.raw('(%s) *** %s joined the chat ***\n' % (hms12(nx()), cx.agent.split()[0]))
    line(v, 'my replacement phone never came, order ', cx.order('w'))
    line(cx.agent.split()[0], 'Sorry about that! It shipped FedEx ', cx.fedex(), ' on ', cx.date('abbr'), '. Can you confirm the IMEI on the box label?')
    line(v, cx.imei('plain'), ' its a ', cx.model())
    line(cx.agent.split()[0], 'Thanks. The old one ', cx.imei('plain'), ' is still on the account, I will keep it active until ', cx.date('md'), '.')
    line(v, 'ok my number is ', cx.phone('dot'), ' text me pls')
    line(cx.agent.split()[0], 'Will do. Your credit of ', cx.amount(), ' is ', cx.pct(), ' of the plan. The upgrade fee is ', cx.amount(), ', want to pay it now?')
    c, _, b = t_card(cx, brand='discover', style='space')
    line(v, 'sure ', c)
    line(v, t_exp(cx, 'm/yy'), ' and ', t_cvv(cx, b))
    line(cx.agent.split()[0], 'Thanks, paid. Receipt ', cx.conf(), '.')
    d.raw('(%s) *** %s left the chat ***\n' % (hms12(nx()), v))


@typed('chat', 'Amazon Connect chat transcript JSON (Transcript[] with ParticipantRole, ContentType): card in two messages, expiry with "exp", CVV')
def c_connect_chat(d, cx):
    r = cx.rng
    card = make_card(r, 'visa', 16)
    e = cx.eid()
    t = 1710255322 + r.randint(0, 10 ** 7)
    pa, pc, pb = uid(r), uid(r), uid(r)
    msgs = [('SYSTEM', 'BOT', ['Hello! I am the virtual assistant. What can I help with?']),
            ('CUSTOMER', pc, ['pay my bill, phone ', cx.phone('dash')]),
            ('SYSTEM', 'BOT', ['Connecting you to an agent. Your position in queue is 2.']),
            ('AGENT', pa, ['Hi this is ', cx.agent.split()[0], '. Your balance is ', cx.amount(), ', go ahead with the card when ready']),
            ('CUSTOMER', pc, [M(card[:8], 'CARD', 'chat_multi_message', e)]),
            ('CUSTOMER', pc, [M(card[8:], 'CARD', 'chat_multi_message', e), ' exp ', t_exp(cx, 'mm/yy')]),
            ('AGENT', pa, ['thanks! cvv?']),
            ('CUSTOMER', pc, [t_cvv(cx)]),
            ('AGENT', pa, ['Done, confirmation ', cx.conf(), '. Next bill ', cx.date('long')])]
    tr = []
    for k, (role, pid, items) in enumerate(msgs):
        tr.append({'AbsoluteTime': '2024-03-12T15:%02d:%02d.%03dZ' % (k * 2 % 60, (k * 17) % 60, r.randint(0, 999)),
                   'Content': R(items, 0), 'ContentType': 'text/plain', 'Id': uid(r), 'Type': 'MESSAGE',
                   'ParticipantId': pid, 'DisplayName': {'AGENT': cx.agent.split()[0], 'CUSTOMER': 'Customer', 'SYSTEM': 'BOT'}[role],
                   'ParticipantRole': role})
    obj = {'Version': '2019-08-26', 'AWSAccountId': str(r.randint(10 ** 11, 10 ** 12 - 1)), 'InstanceId': uid(r),
           'InitialContactId': uid(r), 'ContactId': uid(r), 'Participants': [{'ParticipantId': pa}, {'ParticipantId': pc}],
           'Transcript': tr}
    emit_json(d, obj, 2)


@typed('chat', 'Teams 1:1 chat pasted between agents ("Name  10:42 AM" headers): agent asks a colleague about an SSN and a card a caller gave')
def c_teams_chat(d, cx):
    r = cx.rng
    other = r.choice(FIRST) + ' ' + r.choice(LAST)
    nx = clock(r)

    def line(who, *items):
        s = nx(20, 200)
        d.raw('%s  %d:%02d %s\n' % (who, (s // 3600 - 1) % 12 + 1, s // 60 % 60, 'AM' if s < 43200 else 'PM'))
        d.w(*items)
        d.raw('\n\n')
    c, _, b = t_card(cx, brand='visa', style='space')
    line(cx.agent, 'quick q - caller says his soc is ', t_ssn(cx, 'dash'), ' but system has dob ', cx.dob('us'), ' and it won\'t match')
    line(other, 'check if it\'s the spouse on the acct, ticket ', cx.ticket())
    line(cx.agent, 'yep spouse. also she wants to pay with ', c, ' exp ', t_exp(cx, 'm/yy'), ' is that ok without her on the line?')
    line(other, 'no, needs the card holder. also don\'t type cards in teams lol. call her back at ', cx.phone('paren'))


@typed('chat', 'Web chat where the customer types the card with irregular spacing and a stray dash, expiry as "08 / 27", code in the same message')
def c_irregular(d, cx):
    r = cx.rng
    card = make_card(r, 'mc', 16)
    cuts = sorted(r.sample(range(2, 15), 4))
    parts, prev = [], 0
    for c in cuts:
        parts.append(card[prev:c])
        prev = c
    parts.append(card[prev:])
    txt = parts[0]
    for p in parts[1:]:
        txt += r.choice([' ', '  ', '-', ' ']) + p
    d.w('Customer: hi pls charge the balance ', cx.amount(), ' to my card\nAgent: Sure, go ahead\nCustomer: ',
        M(txt, 'CARD', 'typed_irregular_spacing', cx.eid()), ' ', t_exp(cx, 'mm / yy'), ' ', t_cvv(cx), '\n',
        'Agent: Got it. Charged. Your receipt # is ', cx.conf(), ' and order ', cx.order('ord'), ' ships to ', cx.zip4(), '\n',
        'Customer: thanks, call me at ', cx.phone('space'), ' if problem\n')


@typed('chat', 'Web chat with no secrets: order, UPS tracking, IMEI of a returned phone, ZIP+4, phone numbers, dates, amounts')
def c_nosecret(d, cx):
    d.w('Visitor: where is my return refund? RMA ', N('RMA' + rdig(cx.rng, 7), 'neg_rma'), '\nAgent: Let me check. The return for IMEI ',
        cx.imei('plain'), ' was received ', cx.date('us'), ' via UPS ', cx.ups(), '.\nAgent: The refund of ', cx.amount(), ' was issued ',
        cx.date('abbr'), ', order ', cx.order('amzn'), '.\nVisitor: my zip is ', cx.zip4(), ' and phone ', cx.phone('paren'), ' if you need\n',
        'Agent: Thanks! Refunds take 5-7 business days. Promo ', cx.pct(), ' applied. Ticket ', cx.ticket(), '.\n')


@typed('chat', 'Facebook Messenger data export JSON (messages[].content, sender_name, timestamp_ms): card sent in two messages to a page')
def c_messenger(d, cx):
    r = cx.rng
    card = make_card(r, 'visa', 16)
    e = cx.eid()
    t = 1710255322000 + r.randint(0, 10 ** 10)
    page = COMPANY['charity']
    msgs = [(page, ['Thanks ', cx.cust.split()[0], '! Your pledge of ', cx.amount(), ' - what card should we use?']),
            (cx.cust, [M(fmt_groups(card, [4, 4]) if False else card[:4] + ' ' + card[4:8], 'CARD', 'chat_multi_message', e), ' ', M(card[8:12], 'CARD', 'chat_multi_message', e)]),
            (cx.cust, [M(card[12:], 'CARD', 'chat_multi_message', e), ' exp ', t_exp(cx, 'mm/yy'), ' code ', t_cvv(cx)]),
            (page, ['Received, thank you! Tax receipt to zip ', cx.zip(), '. Questions? ', cx.phone('dash')])]
    obj = {'participants': [{'name': page}, {'name': cx.cust}],
           'messages': [{'sender_name': s, 'timestamp_ms': t - 60000 * k, 'content': R(items, 0), 'is_geoblocked_for_viewer': False}
                        for k, (s, items) in reversed(list(enumerate(msgs)))],
           'title': cx.cust, 'is_still_participant': True, 'thread_path': 'inbox/%s_%s' % (cx.cust.split()[0].lower(), safe_digits(r, 16, '1')),
           'magic_words': []}
    emit_json(d, obj, 2)


@typed('chat', 'Freshchat conversation messages JSON (message_parts[].text.content, actor_type): SSN and card for a credit application')
def c_freshchat(d, cx):
    r = cx.rng
    c, _, b = t_card(cx, brand='jcb', style='space')
    conv = uid(r)
    msgs = [('agent', ['Hi! To finish the application I need your SSN and a card for the ', cx.amount(), ' fee.']),
            ('user', ['ssn ', t_ssn(cx, 'dash'), ' dob ', cx.dob('us')]),
            ('user', ['card ', c, ' ', t_exp(cx, 'mm/yy'), ' cvc ', t_cvv(cx, b)]),
            ('agent', ['Thanks, application ', N('APP-' + rdig(r, 8), 'neg_ticket'), ' submitted, decision by ', cx.date('md'), '.'])]
    out = {'messages': [{'id': uid(r), 'conversation_id': conv, 'actor_type': a, 'actor_id': uid(r), 'message_type': 'normal',
                         'created_time': '2024-04-0%dT1%d:%02d:%02d.%03dZ' % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)),
                         'message_parts': [{'text': {'content': R(items, 0)}}]} for a, items in msgs],
           'link': {'href': '/conversations/%s/messages?page=2' % conv, 'rel': 'next_page'}}
    emit_json(d, out, 2)


@typed('chat', 'Bot-to-human handoff chat: bot collects only the last 4 (not a secret), human agent then takes full card, expiry and code')
def c_bot(d, cx):
    r = cx.rng
    c, _, b = t_card(cx, brand='diners', style='space')
    d.w('BOT: Hi! I can help with billing. Please enter the last 4 digits of the card on file.\nYOU: ', last4(cx),
        '\nBOT: Thanks. I found 2 accounts for ', cx.phone('paren'), '. Transferring you to an agent.\n',
        cx.agent.split()[0].upper(), ': Hi, that card ending ', last4(cx), ' expired. Do you want to add a new one?\nYOU: yes ',
        c, '\nYOU: exp ', t_exp(cx, 'mm/yyyy'), '\n', cx.agent.split()[0].upper(), ': and the CVV?\nYOU: ', t_cvv(cx, b), '\n',
        cx.agent.split()[0].upper(), ': Saved. Autopay resumes ', cx.date('md'), ' for ', cx.amount(), '.\n')


@typed('chat', 'SMS thread text export ("Me:" / "+1 (312) ..."): card, expiry and code side by side in one text, plus a delivery text')
def c_sms_text(d, cx):
    r = cx.rng
    c, _, b = t_card(cx, brand='unionpay', style='plain')
    ph = fmt_phone(make_phone(r), 'plus3')
    d.raw('Conversation with ')
    d.put(N(ph, 'neg_phone'))
    d.raw('\n\n')
    d.w('Mar %d, %s\n' % (r.randint(1, 28), '2:14 PM'))
    d.put(N(ph, 'neg_phone'))
    d.w(': Hi this is the dispatcher, the tow is ', cx.amount(), ', can you text the card?\nMe: ', c, ' ', t_exp(cx, 'mmyy'), ' ', t_cvv(cx, b),
        '\n')
    d.put(N(ph, 'neg_phone'))
    d.w(': got it. driver ETA ', cx.time(), ', truck # ', N(str(r.randint(10, 99)), 'neg_unit'), ', call ', cx.phone('dash'), ' if delayed\n',
        'Me: ok my zip is ', cx.zip(), '\n')


@typed('chat', 'Sunshine Conversations (Zendesk messaging) webhook JSON: card typed in a message with emoji and a stray newline')
def c_sunshine(d, cx):
    r = cx.rng
    card = make_card(r, 'visa', 16)
    e = cx.eid()
    obj = {'app': {'id': hexid(r, 24)}, 'webhook': {'id': hexid(r, 24), 'version': 'v2'},
           'events': [{'id': hexid(r, 24), 'createdAt': '2024-03-12T15:04:05.118Z', 'type': 'conversation:message',
                       'payload': {'conversation': {'id': hexid(r, 24), 'type': 'personal'},
                                   'message': {'id': hexid(r, 24), 'received': '2024-03-12T15:04:05.118Z',
                                               'author': {'userId': hexid(r, 24), 'displayName': cx.cust, 'type': 'user'},
                                               'content': {'type': 'text', 'text': R(['ok here it is \U0001F605\n',
                                                                                      M(card[:8] + '\n' + card[8:], 'CARD', 'typed_newline_inside', e),
                                                                                      '\nexp ', t_exp(cx, 'mm/yy'), ' cvv ', t_cvv(cx),
                                                                                      '\norder ', cx.order('hash'), ' phone ', cx.phone('dash'), '\nbilling zip ', cx.zip4(),
                                                                                      ' (total should be ', cx.amount(), ' after the ', cx.pct(), ' coupon)'], 0)},
                                               'source': {'type': 'web', 'integrationId': hexid(r, 24)}}}}]}
    emit_json(d, obj, 2)


def email_addr(name, dom='example.com'):
    return '%s <%s@%s>' % (name, name.lower().replace(' ', '.'), dom)


def rfc_date(rng):
    day = rng.randint(1, 28)
    return '%s, %d Mar 2024 %02d:%02d:%02d -0500' % (['Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed', 'Thu'][day % 7], day, rng.randint(8, 19), rng.randint(0, 59), rng.randint(0, 59))


@typed('email', 'Customer email with card, expiry and CVV in the body above a quoted agent message ("> ") and a signature with phone/extension')
def e_quoted(d, cx):
    r = cx.rng
    c, _, b = t_card(cx, style='space')
    o = cx.order('hash')
    amt = cx.amount()
    d.w('From: ', email_addr(cx.cust), '\nTo: Cedar & Pine Billing <billing@cedarpine.example>\nSubject: Re: Payment failed - Order ', o,
        '\nDate: ', rfc_date(r), '\n\nHi,\n\nHere is the new card: ', c, ' exp ', t_exp(cx, 'mm/yy'), ' cvv ', t_cvv(cx, b),
        '. Please charge the ', amt, ' and ship it.\n\nThanks,\n', cx.cust.split()[0], '\n', cx.phone('paren'), '\n\n',
        'On Mon, Mar 11, 2024 at 4:02 PM Cedar & Pine Billing <billing@cedarpine.example> wrote:\n> Hello ', cx.cust.split()[0], ',\n>\n',
        '> Your payment of ', N(amt.text, 'neg_amount'), ' for order ', N(o.text, 'neg_order'), ' was declined. Please reply with an updated\n',
        '> card or call us at ', N('1-800-' + rdig(r, 3, '6') + '-' + rdig(r, 4), 'neg_phone'), ' ext. ', cx.ext(), '.\n>\n',
        '> Cedar & Pine Home | Mon-Fri 8am-6pm CT | Ref ', cx.conf(), '\n')


@typed('email', 'Agent reply with nested quoting ("> >") of a customer email containing SSN, DOB and member ID; ticket number in subject')
def e_nested(d, cx):
    r = cx.rng
    tk = str(r.randint(40000, 99999))
    d.w('Subject: RE: [Ticket #', N(tk, 'neg_ticket'), '] Benefits enrollment question\nFrom: Meridian Health Plans <help@meridian.example>\n\n',
        'Hi ', cx.cust.split()[0], ',\n\nYou are enrolled as of ', cx.date('long'), '. For your security, please do not send your Social Security number by email.\n\n',
        'Kind regards,\n', cx.agent, '\nMember Services | ', cx.phone('dash'), ' option 3\n\n> On ', cx.date('us'), ', ', cx.cust, ' wrote:\n',
        '> Hi, following up again.\n>\n> > On ', cx.date('us'), ', ', cx.cust, ' wrote:\n> > Hello, I need to enroll my daughter. My SSN is ', t_ssn(cx, 'dash'),
        ',\n> > her DOB is ', cx.dob('us'), ' and my member ID is ', cx.member(), '.\n> > Call me at ', cx.phone('paren'), '.\n')


@typed('email', 'Forwarded email chain: headers, order and tracking numbers, ZIP+4, phones, amounts, dates; the support reply thread ends with the customer paying re-shipping by card')
def e_forward(d, cx):
    r = cx.rng
    d.w('---------- Forwarded message ---------\nFrom: Cedar & Pine Home <orders@cedarpine.example>\nDate: ', rfc_date(r),
        '\nSubject: Your order ', cx.order('amzn'), ' has shipped\nTo: ', email_addr(cx.cust), '\n\n',
        'Your order has shipped!\n\nCarrier: USPS\nTracking: ', cx.usps(22, True), '\nEstimated delivery: ', cx.date('long'), '\n',
        'Ship to: ', cx.cust, ', ', str(r.randint(100, 9999)), ' ', r.choice(STREETS), ', ', ', '.join(r.choice(CITIES)), ' ', cx.zip4(), '\n',
        'Order total: ', cx.amount(), ' (tax ', cx.amount(), ')\nQuestions? ', cx.phone('one'), '\n\n',
        '---------- Forwarded message ---------\nFrom: ', email_addr(cx.cust), '\n\nThis never arrived, FedEx also says ', cx.fedex(12),
        ' for the other box. Please help. ', cx.phone('dash'), '\n\n')
    c, _, b = t_card(cx, brand='visa', style='space', length=16)
    d.w('---------- Forwarded message ---------\nFrom: Cedar & Pine Support <help@cedarpine.example>\n\nWe can re-ship for ', cx.amount(),
        '. Reply with a card.\n\n> ok use ', c, ' exp ', t_exp(cx, 'mm/yy'), ' sec code ', t_cvv(cx, b), '\n')


@typed('email', 'Raw .eml multipart/alternative (text/plain + text/html parts): the same card and expiry appear in both parts')
def e_eml(d, cx):
    r = cx.rng
    card = make_card(r, 'mc', 16)
    mm, yy = make_expiry(r)
    cv = rdig(r, 3)
    bnd = '000000000000' + hexid(r, 16)
    ph = fmt_phone(make_phone(r), 'dash')
    ecard, eexp, ecvv = cx.eid(), cx.eid(), cx.eid()
    d.w('MIME-Version: 1.0\nDate: ', rfc_date(r), '\nMessage-ID: <CA+', hexid(r, 20), '@mail.gmail.com>\nSubject: card for the deposit\nFrom: ',
        email_addr(cx.cust), '\nTo: reservations@lakeshore.example\nContent-Type: multipart/alternative; boundary="', bnd, '"\n\n--', bnd,
        '\nContent-Type: text/plain; charset="UTF-8"\n\nHi, please use ', M(fmt_card(card, 'space'), 'CARD', 'email_text_part', ecard), ' exp ',
        M('%02d/%02d' % (mm, yy), 'EXPIRY', 'email_text_part', eexp), ' code ', M(cv, 'CVV', 'email_text_part', ecvv), ' for confirmation ',
        N(rdig(r, 8, '7'), 'neg_confirmation'), '.\nMy cell is ', N(ph, 'neg_phone'), '.\n\n--', bnd, '\nContent-Type: text/html; charset="UTF-8"\n\n',
        '<div dir="ltr">Hi, please use ', M(fmt_card(card, 'space'), 'CARD', 'email_html_part', cx.eid()), ' exp ',
        M('%02d/%02d' % (mm, yy), 'EXPIRY', 'email_html_part', cx.eid()), ' code ', M(cv, 'CVV', 'email_html_part', cx.eid()),
        '<div>My cell is ', N(ph, 'neg_phone'), '.</div></div>\n\n--', bnd, '--\n')


@typed('email', 'HTML email body (payment details table from a web form notification): card, expiry, CVV cells beside order, amount, phone, ZIP')
def e_html(d, cx):
    c, _, b = t_card(cx, brand='visa', style='plain', length=16)
    d.raw('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>New phone order</title></head>\n<body style="font-family:Arial">\n'
          '<p>A new phone order was submitted via the call-in form.</p>\n<table border="1" cellpadding="4">\n')
    rows = [('Order', cx.order('ord')), ('Customer', cx.cust), ('Phone', cx.phone('paren')), ('Billing ZIP', cx.zip()),
            ('Card Number', c), ('Expiration', t_exp(cx, 'mm/yyyy')), ('CVV2', t_cvv(cx, b)), ('Amount', cx.amount()),
            ('Delivery Date', cx.date('us'))]
    for k, v in rows:
        d.raw('  <tr><th align="left">%s</th><td>' % hesc(k))
        d.put(v, esc=hesc)
        d.raw('</td></tr>\n')
    d.raw('</table>\n<p style="color:#888">Sent by FormRelay &middot; Do not reply &middot; ')
    d.put(cx.phone('dash'), esc=hesc)
    d.raw('</p>\n</body></html>\n')


@typed('email', 'Canadian customer email: SIN and void-cheque numbers (transit/institution/account, not secrets) plus a card for the setup fee')
def e_canada(d, cx):
    r = cx.rng
    c, _, b = t_card(cx, brand='mc', style='space')
    d.w('Subject: Pre-authorized debit form\n\nHello,\n\nAs requested: SIN ', cx.sin('dash'), ', DOB ', cx.dob('iso'), '.\nFrom my void cheque: transit ',
        N(rdig(r, 5, '0'), 'neg_transit'), ', institution ', N('00' + str(r.randint(1, 9)), 'neg_institution'), ', account ', cx.acct(7),
        '.\nFor the ', cx.amount(), ' setup fee please use my Mastercard ', c, ', expiry ', t_exp(cx, 'mm/yy'), ', CVC ', t_cvv(cx, b),
        '.\n\nThanks,\n', cx.cust, '\n', cx.phone('plus'), '\n')


@typed('email', 'Outlook reply with "From:/Sent:/To:/Subject:" header blocks: card and expiry in the first message, CVV sent in a follow-up')
def e_outlook(d, cx):
    r = cx.rng
    c, _, b = t_card(cx, brand='discover', style='dash')
    d.w('From: ', cx.cust, ' <', cx.cust.lower().replace(' ', ''), '@example.net>\nSent: ', rfc_date(r), '\nTo: Route 9 Motors Service\nSubject: RE: Repair invoice ',
        N('INV-' + rdig(r, 6), 'neg_invoice'), '\n\nSorry forgot the code on the back, it is ', t_cvv(cx, b), '.\n\n',
        'From: ', cx.cust, '\nSent: ', rfc_date(r), '\nTo: Route 9 Motors Service\nSubject: RE: Repair invoice\n\nPlease put the ', cx.amount(),
        ' on ', c, ' exp ', t_exp(cx, 'mm/yy'), '. VIN ', N('1HGCM' + ''.join(r.choice('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(12)), 'neg_vin'),
        ', mileage ', N('%d,%03d' % (r.randint(10, 180), r.randint(0, 999)), 'neg_mileage'), '.\n\nFrom: Route 9 Motors Service\nSent: ', rfc_date(r),
        '\n\nYour vehicle is ready. Total ', cx.amount(), '. Pickup before ', cx.time(), '. ', cx.phone('dash'), '\n')


@typed('email', 'Auto-acknowledgement with case number, customer text quoted below: Amex with 4-digit CID, member number, phone')
def e_autoack(d, cx):
    c, _, b = t_card(cx, brand='amex', style='space')
    d.w('Thank you for contacting Skyward Air. Your case number is ', cx.case(), '. We respond within 48 hours.\n\n',
        '--- Your message ---\nPlease charge the seat upgrade (', cx.amount(), ') for confirmation ', cx.conf(), ' to my Amex ', c,
        ', exp ', t_exp(cx, 'mm/yy'), ', 4-digit code ', t_cvv(cx, b), '. SkyMiles ', cx.loyalty(True), '. Flight ', cx.date('abbr'),
        ' ', cx.time(), '. Cell ', cx.phone('dash'), '.\n')


@typed('export', 'CRM customer record JSON (nested): masked card on file, SSN field, full card pasted in a free-text notes field, phones, ZIP+4')
def x_crm_json(d, cx):
    r = cx.rng
    c, _, b = t_card(cx, brand='visa', style='plain', length=16)
    obj = {'customerId': R([N(rdig(r, 10, '1'), 'neg_customer_id')]), 'name': {'first': cx.cust.split()[0], 'last': cx.cust.split()[1]},
           'dateOfBirth': R([cx.dob('iso')]), 'ssn': R([t_ssn(cx, 'plain')]),
           'phones': [{'type': 'mobile', 'number': R([cx.phone('plus2')])}, {'type': 'home', 'number': R([cx.phone('dash')])}],
           'address': {'line1': '%d %s' % (r.randint(100, 9999), r.choice(STREETS)), 'city': r.choice(CITIES)[0], 'postalCode': R([cx.zip4()])},
           'paymentMethods': [{'type': 'card', 'brand': 'VISA', 'maskedNumber': R([masked(cx)]), 'expMonth': r.randint(1, 12), 'expYear': 2000 + r.randint(25, 30), 'token': 'tok_' + hexid(r, 24)}],
           'loyalty': {'memberNumber': R([cx.loyalty(True)]), 'tier': 'GOLD', 'points': r.randint(1000, 90000)},
           'notes': [{'createdAt': '2024-03-12T15:04:05Z', 'author': cx.agent,
                      'text': R(['cx asked to use new card ', c, ' exp ', t_exp(cx, 'mm/yy'), ' for order ', cx.order('ord'), ', charged ', cx.amount()])}],
           'lastOrderTracking': R([cx.ups()])}
    emit_json(d, obj, 2)


@typed('export', 'Payment gateway debug log as JSON-lines: masked PANs, auth codes, amounts, one request that leaked the full PAN, expiry and CVV')
def x_gateway(d, cx):
    r = cx.rng
    for k in range(6):
        ts = '2024-03-12T15:%02d:%02d.%03dZ' % (10 + k, r.randint(0, 59), r.randint(0, 999))
        if k == 3:
            c, _, b = t_card(cx, brand='mc', style='plain')
            obj = {'ts': ts, 'level': 'DEBUG', 'svc': 'pay-proxy', 'msg': 'outbound request',
                   'body': R(['{"amount":', N(str(r.randint(500, 90000)), 'neg_amount_minor_units'), ',"currency":"USD","source":{"number":"', c,
                              '","exp_month":"', M('%02d' % r.randint(1, 12), 'EXPIRY', 'json_log_exp_month', 'expx'), '","exp_year":"',
                              M('20%02d' % r.randint(25, 31), 'EXPIRY', 'json_log_exp_year', 'expx'), '","cvc":"', t_cvv(cx, b), '"},"metadata":{"order_id":"',
                              cx.order('ord'), '"}}'])}
        else:
            obj = {'ts': ts, 'level': 'INFO', 'svc': 'pay-proxy', 'msg': 'authorization',
                   'txn_id': 'ch_' + hexid(r, 24), 'pan': R([masked(cx, r.choice(['visa', 'mc', 'amex']))]),
                   'amount': R([cx.amount()]), 'auth_code': R([cx.auth()]), 'avs_zip': R([cx.zip()]),
                   'merchant_phone': R([cx.phone('plain')]), 'status': r.choice(['approved', 'approved', 'declined'])}
        emit_json(d, obj, None, (',', ':'))
        d.raw('\n')


@typed('export', 'Orders CSV export (no secrets): order IDs incl. 16-digit Luhn-invalid references starting with 4, tracking, ZIP+4, phone, amounts')
def x_orders_csv(d, cx):
    r = cx.rng
    csv_row(d, ['order_id', 'order_ref', 'placed_at', 'ship_zip', 'phone', 'carrier', 'tracking', 'total'])
    for _ in range(7):
        carrier = r.choice(['UPS', 'FedEx', 'USPS'])
        tr = cx.ups() if carrier == 'UPS' else cx.fedex() if carrier == 'FedEx' else cx.usps(22, False)
        csv_row(d, [cx.order('w'), cx.order('long'), cx.date('iso'), cx.zip4(), cx.phone('dash'), carrier, tr, cx.amount()])


@typed('export', 'Call disposition TSV export: free-text agent notes column containing card/expiry/CVV on some rows, phones and ANI/DNIS on all')
def x_dispo_tsv(d, cx):
    r = cx.rng
    csv_row(d, ['call_id', 'start', 'ani', 'dnis', 'agent', 'disposition', 'notes'], delim='\t', eol='\n')
    for k in range(5):
        if k in (1, 3):
            c, _, b = t_card(cx, style=r.choice(['plain', 'space']))
            notes = ['took pmt ', cx.amount(), ' cc ', c, ' ', t_exp(cx, 'mm/yy'), ' cvv ', t_cvv(cx, b)]
            disp = 'PAYMENT'
        else:
            notes = r.choice([lambda: ['cx asked about late fee of ', cx.amount()], lambda: ['wrong dept, transferred to ', cx.phone('dash')],
                              lambda: ['callback scheduled ', cx.date('us'), ' ', cx.time()]])()
            disp = r.choice(['INFO', 'TRANSFER', 'CALLBACK'])
        csv_row(d, [str(r.randint(10 ** 9, 10 ** 10)), cx.date('iso').text + ' ' + '%02d:%02d' % (r.randint(8, 19), r.randint(0, 59)),
                    cx.phone('plain'), N('800' + rdig(r, 7, '5'), 'neg_phone'), cx.agent, disp, notes], delim='\t', eol='\n')


@typed('export', 'Freshdesk tickets CSV export: quoted multi-line Description with card and code, Ticket ID, phone, created date columns')
def x_freshdesk(d, cx):
    r = cx.rng
    csv_row(d, ['Ticket ID', 'Subject', 'Description', 'Status', 'Priority', 'Created time', 'Contact phone'])
    for k in range(3):
        if k == 1:
            c, _, b = t_card(cx, style='space')
            desc = ['Hi,\nPlease update my card to ', c, '\nExp ', t_exp(cx, 'mm/yy'), ', "CVV" ', t_cvv(cx, b), '\nThanks ', cx.cust.split()[0]]
            subj = 'Update payment method'
        else:
            desc = [r.choice(['Order ', 'Return for order ']), cx.order('hash'), ' not received, tracking ', cx.ups(), ' shows delivered ', cx.date('us')]
            subj = 'Where is my order'
        csv_row(d, [cx.ticket(), subj, desc, r.choice(['Open', 'Pending', 'Resolved']), 'Medium', cx.date('iso').text + ' 10:%02d:00' % r.randint(0, 59),
                    cx.phone('dash')])


@typed('export', 'Salesforce Case CSV (Data Loader, every field quoted): SSN and card inside Description, CaseNumber, phone, dates')
def x_sfdc_csv(d, cx):
    r = cx.rng
    csv_row(d, ['Id', 'CaseNumber', 'Subject', 'Description', 'SuppliedPhone', 'CreatedDate'], always=True)
    for k in range(4):
        if k == 0:
            desc = ['Caller verified with SSN ', t_ssn(cx, 'dash'), ' and DOB ', cx.dob('us'), '. Requested copy of 1099.']
            subj = 'Tax form'
        elif k == 2:
            c, _, b = t_card(cx, brand='unionpay', length=16, style='plain')
            desc = ['Payment taken by phone: ', c, ' exp ', t_exp(cx, 'mmyy'), ' cvv ', t_cvv(cx, b), ' amt ', cx.amount()]
            subj = 'Billing'
        else:
            desc = ['Customer reports outage since ', cx.date('us'), ' at ', cx.time(), '. Modem serial ', cx.serial(), '.']
            subj = 'Outage'
        csv_row(d, ['500' + hexid(r, 12).upper(), cx.case(), subj, desc, cx.phone('paren'),
                    '2024-03-%02dT%02d:%02d:00.000+0000' % (r.randint(1, 28), r.randint(8, 20), r.randint(0, 59))], always=True)


@typed('export', 'Zendesk ticket JSON (comments[] with body, html_body, plain_body): the same card appears three times per comment')
def x_zendesk(d, cx):
    r = cx.rng
    card = make_card(r, 'visa', 16)
    mm, yy = make_expiry(r)
    cv = rdig(r, 3)
    ph = fmt_phone(make_phone(r), 'paren')
    cmts = []
    cmts.append({'id': r.randint(10 ** 12, 10 ** 13), 'type': 'Comment', 'author_id': r.randint(10 ** 11, 10 ** 12),
                 'body': R(['Order ', cx.order('hash'), ' - please charge the balance to a new card, I will call at ', N(ph, 'neg_phone')], 0),
                 'html_body': '<div class="zd-comment"><p>see above</p></div>', 'public': True})
    for k, field in enumerate(['body', 'html_body', 'plain_body']):
        pass
    e = {'body': (cx.eid(), cx.eid(), cx.eid()), 'html_body': (cx.eid(), cx.eid(), cx.eid()), 'plain_body': (cx.eid(), cx.eid(), cx.eid())}

    def ver(f, html_=False):
        ec, ee, ev = e[f]
        items = ['Card: ', M(fmt_card(card, 'space'), 'CARD', 'ticket_' + f, ec), (' ' if not html_ else '<br>'), 'Exp: ',
                 M('%02d/%02d' % (mm, yy), 'EXPIRY', 'ticket_' + f, ee), (' ' if not html_ else '<br>'), 'CVV: ', M(cv, 'CVV', 'ticket_' + f, ev),
                 (' ' if not html_ else '<br>'), 'Amount: ', cx.amount()]
        return R((['<div class="zd-comment" dir="auto"><p>'] + items + ['</p></div>']) if html_ else items, 0)
    cmts.append({'id': r.randint(10 ** 12, 10 ** 13), 'type': 'Comment', 'author_id': r.randint(10 ** 11, 10 ** 12),
                 'body': ver('body'), 'html_body': ver('html_body', True), 'plain_body': ver('plain_body'), 'public': False,
                 'attachments': [], 'via': {'channel': 'web'}, 'created_at': '2024-03-12T15:%02d:00Z' % r.randint(0, 59)})
    obj = {'ticket': {'id': r.randint(10000, 99999), 'subject': 'Payment update', 'status': 'open', 'requester_id': r.randint(10 ** 11, 10 ** 12),
                      'custom_fields': [{'id': 360001234567, 'value': R([cx.order('amzn')])}, {'id': 360001234568, 'value': R([N(ph, 'neg_phone')])}]},
           'comments': cmts, 'next_page': None, 'previous_page': None, 'count': len(cmts)}
    emit_json(d, obj, 2)


@typed('export', 'HTML ticket print view (helpdesk "Print ticket" page): conversation with card in a customer reply, phone/order/IMEI in properties')
def x_html_ticket(d, cx):
    r = cx.rng
    c, _, b = t_card(cx, brand='mc2', style='space')
    d.raw('<!DOCTYPE html><html><head><title>Ticket</title><style>.prop{color:#555}</style></head><body>\n')
    d.raw('<h1>#')
    d.put(N(str(r.randint(10000, 99999)), 'neg_ticket'))
    d.raw(' Trade-in credit not applied</h1>\n<div class="props">\n')
    for k, v in [('Requester phone', cx.phone('paren')), ('Order', cx.order('amzn')), ('Trade-in IMEI', cx.imei('plain')), ('Created', cx.date('long'))]:
        d.raw('<div class="prop"><span>%s:</span> <b>' % k)
        d.put(v, esc=hesc)
        d.raw('</b></div>\n')
    d.raw('</div>\n<div class="thread">\n<div class="msg agent"><p>Hi! The trade-in credit of ')
    d.put(cx.amount(), esc=hesc)
    d.raw(' failed. Can you pay the difference by card?</p></div>\n<div class="msg customer"><p>Sure &ndash; ')
    d.put([c, ' &amp; exp '], esc=None)
    d.put(t_exp(cx, 'mm/yy'), esc=hesc)
    d.raw(' &amp; cvc ')
    d.put(t_cvv(cx, b))
    d.raw('</p><p>Sent from my iPhone</p></div>\n</div>\n</body></html>\n')


@typed('export', 'Markdown ticket export (front matter + table): card, expiry, CVV in table cells beside order, tracking and amount columns')
def x_markdown(d, cx):
    r = cx.rng
    d.w('---\nticket: ', cx.ticket(), '\ncreated: ', cx.date('iso'), '\nrequester_phone: "', cx.phone('plus'), '"\n---\n\n# Split shipment payment\n\n')
    d.raw('| Item | Order | Tracking | Amount | Card | Exp | CVV |\n|---|---|---|---|---|---|---|\n')
    c, _, b = t_card(cx, brand='maestro', length=16, style='plain')
    ex, cv = t_exp(cx, 'mm/yy'), t_cvv(cx, b)
    d.w('| Sofa | ', cx.order('amzn'), ' | ', cx.ups(), ' | ', cx.amount(), ' | ', c, ' | ', ex, ' | ', cv, ' |\n')
    d.w('| Lamp | ', cx.order('amzn'), ' | ', cx.fedex(12), ' | ', cx.amount(), ' | same | same | - |\n\n')
    d.w('> Customer asked to keep card on file. Denied per policy. Callback ', cx.phone('dash'), ' after ', cx.time(), '.\n')


@typed('export', 'Spreadsheet CSV where the card is split over four columns (card_1..card_4) and expiry over month/year columns')
def x_split_cols(d, cx):
    r = cx.rng
    csv_row(d, ['name', 'phone', 'card_1', 'card_2', 'card_3', 'card_4', 'exp_mm', 'exp_yy', 'cvv', 'zip', 'amount'])
    for k in range(3):
        card = make_card(r, r.choice(['visa', 'mc', 'discover']), 16)
        e, ee = cx.eid(), cx.eid()
        mm, yy = make_expiry(r)
        g = split_sizes(card, [4, 4, 4, 4])
        csv_row(d, [r.choice(FIRST) + ' ' + r.choice(LAST), cx.phone('dash')] + [M(x, 'CARD', 'csv_split_columns', e) for x in g] +
                [M('%02d' % mm, 'EXPIRY', 'csv_split_columns', ee), M('%02d' % yy, 'EXPIRY', 'csv_split_columns', ee), t_cvv(cx), cx.zip(), cx.amount()])


@typed('export', 'HTTP access/debug log: form-encoded payment POST (card_number, exp_month, exp_year, cvc) then the error response body with last4')
def x_http(d, cx):
    r = cx.rng
    c, dig, b = t_card(cx, brand='visa', style='plain', length=16)
    ip = '10.%d.%d.%d' % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    d.w(ip, ' - - [12/Mar/2024:15:04:05 -0500] "POST /v1/charges HTTP/1.1" 402 ', N(str(r.randint(200, 900)), 'neg_bytes'), ' "-" "ivr-bridge/2.3"\n')
    ee = cx.eid()
    d.w('DEBUG request body: amount=', N(str(r.randint(500, 99999)), 'neg_amount_minor_units'), '&currency=usd&card_number=', c, '&exp_month=',
        M('%02d' % r.randint(1, 12), 'EXPIRY', 'form_encoded_month', ee), '&exp_year=', M('20%02d' % r.randint(25, 31), 'EXPIRY', 'form_encoded_year', ee),
        '&cvc=', t_cvv(cx, b), '&address_zip=', cx.zip(), '&phone=%2B1', N(make_phone(r), 'neg_phone'), '\n')
    d.w('DEBUG response: {"error":{"code":"card_declined","decline_code":"insufficient_funds","charge":"ch_', hexid(r, 24), '","last4":"', M(dig[-4:], 'IGNORE', 'card_last4_alone'),
        '","order":"', cx.order('ord'), '"}}\n')


@typed('export', 'Device inventory CSV (no secrets): IMEI (Luhn-valid, 15 digits), ICCID (Luhn-valid, 19-20 digits), serial, model, MDN')
def x_devices(d, cx):
    csv_row(d, ['asset_tag', 'model', 'serial', 'imei', 'iccid', 'mdn', 'activated'])
    for _ in range(6):
        csv_row(d, [N('AT-' + rdig(cx.rng, 5), 'neg_asset_tag'), cx.model(), cx.serial(), cx.imei('plain'), cx.iccid(), cx.phone('plain'), cx.date('iso')])


@typed('export', 'Loyalty members JSON export (no secrets): 16-digit Luhn-valid member numbers (prefix 8/9), phones, DOBs, points')
def x_loyalty(d, cx):
    r = cx.rng
    members = []
    for _ in range(4):
        members.append({'member_number': R([cx.loyalty(True)]), 'name': r.choice(FIRST) + ' ' + r.choice(LAST), 'phone': R([cx.phone('dash')]),
                        'birth_date': R([cx.dob('iso')]), 'points': r.randint(100, 99999), 'zip': R([cx.zip()]),
                        'last_visit': R([cx.date('iso')]), 'lifetime_spend': R([cx.amount(True)])})
    emit_json(d, {'program': 'FitLoop Rewards', 'exported_at': '2024-04-01T00:00:00Z', 'members': members}, 2)


@typed('export', 'ACH returns CSV (no secrets): routing numbers (valid checksum), account numbers, trace numbers, amounts, dates, return codes')
def x_ach(d, cx):
    r = cx.rng
    csv_row(d, ['effective_date', 'routing', 'account', 'trace_number', 'amount', 'return_code', 'customer_phone'])
    for _ in range(6):
        csv_row(d, [cx.date('iso'), cx.aba(), cx.acct(), N(safe_digits(r, 15, '0'), 'neg_ach_trace'), cx.amount(), r.choice(['R01', 'R02', 'R03', 'R10']), cx.phone('dash')])


@typed('export', 'Shipping manifest HTML table (no secrets): UPS/FedEx/USPS tracking numbers, ZIP+4, phones, weights, dates')
def x_manifest(d, cx):
    r = cx.rng
    d.raw('<html><body><h2>Manifest ')
    d.put(cx.date('us'))
    d.raw('</h2>\n<table>\n<thead><tr><th>Order</th><th>Carrier</th><th>Tracking</th><th>Ship ZIP</th><th>Phone</th><th>Weight</th></tr></thead>\n<tbody>\n')
    for _ in range(6):
        carrier = r.choice(['UPS', 'FedEx', 'USPS'])
        tr = cx.ups() if carrier == 'UPS' else cx.fedex() if carrier == 'FedEx' else cx.usps(r.choice([20, 22]))
        d.raw('<tr><td>')
        d.put(cx.order('hash'), esc=hesc)
        d.raw('</td><td>%s</td><td>' % carrier)
        d.put(tr, esc=hesc)
        d.raw('</td><td>')
        d.put(cx.zip4(), esc=hesc)
        d.raw('</td><td>')
        d.put(cx.phone('paren'), esc=hesc)
        d.raw('</td><td>%.1f lb</td></tr>\n' % (r.randint(5, 400) / 10))
    d.raw('</tbody></table></body></html>\n')


@typed('export', 'QA scorecard HTML with a transcript excerpt: card read aloud in words over turns inside <p> tags, scores and percentages')
def x_qa_html(d, cx):
    r = cx.rng
    T = Talk()
    capture_card(cx, T, dict(brand='visa', length=16, parts=[2, 2], homo=0.2))
    d.raw('<html><body>\n<h1>QA Evaluation</h1>\n<p>Agent: %s &middot; Score: ' % hesc(cx.agent))
    d.put(cx.pct())
    d.raw(' &middot; Call date: ')
    d.put(cx.date('us'))
    d.raw('</p>\n<h2>Excerpt (auto-transcribed)</h2>\n<div class="excerpt">\n')
    for role, items in T.turns:
        d.raw('<p><b>%s:</b> ' % ('Agent' if role == 'A' else 'Caller'))
        d.put(items, esc=hesc)
        d.raw('</p>\n')
    d.raw('</div>\n<p>Finding: agent did not pause recording before card capture (PCI). Coaching ticket ')
    d.put(cx.ticket())
    d.raw('. Callback ')
    d.put(cx.phone('dash'), esc=hesc)
    d.raw('.</p>\n</body></html>\n')


@typed('export', 'JSON-lines QA sampling export: one object per sampled call with snippet text (SSN, card) and metadata numbers (ANI, durations, IDs)')
def x_qa_jsonl(d, cx):
    r = cx.rng
    for k in range(4):
        if k == 0:
            snip = ['caller: my social is ', M(speak_number(r, make_ssn(r), [3, 2, 4], None, 'single')[0], 'SSN', 'snippet_spoken', cx.eid()), ' and zip ', cx.zip()]
        elif k == 2:
            c, _, b = t_card(cx, style='space')
            snip = ['caller: card is ', c, ' expires ', t_exp(cx, 'mm/yy'), ' code ', t_cvv(cx, b)]
        else:
            snip = ['caller: i need to reschedule the install from ', cx.date('abbr'), ' my number is ', cx.phone('dash')]
        obj = {'sample_id': r.randint(10 ** 5, 10 ** 6), 'call_id': uid(r), 'ani': R([cx.phone('plus2')]), 'duration_s': r.randint(60, 1400),
               'queue': r.choice(['billing', 'tech', 'sales']), 'snippet': R(snip), 'hold_s': r.randint(0, 300)}
        emit_json(d, obj, None, (', ', ': '))
        d.raw('\n')


@typed('export', 'ServiceNow incident JSON export (records[] with work_notes/comments): SSN in work notes, phones, INC numbers, CI serials')
def x_servicenow(d, cx):
    r = cx.rng
    recs = []
    for k in range(2):
        wn = (['Caller verified: SSN ', t_ssn(cx, r.choice(['dash', 'space'])), ', DOB ', cx.dob('us'), '. Reset portal password.'] if k == 0 else
              ['Laptop ', cx.serial(), ' reimaged, asset ', N('AT-' + rdig(r, 5), 'neg_asset_tag'), ', user ext ', cx.ext()])
        recs.append({'number': R([N('INC00' + rdig(r, 5, '1'), 'neg_ticket')]), 'short_description': 'Portal access' if k == 0 else 'Laptop slow',
                     'caller_id': cx.cust, 'u_callback_phone': R([cx.phone('dash')]), 'opened_at': R([cx.date('iso')]),
                     'work_notes': R(wn), 'comments': R(['Ticket ', cx.ticket(), ' linked.']), 'priority': str(r.randint(2, 4))})
    emit_json(d, {'records': recs}, 2)


@typed('export', 'XML web-to-case payload with CDATA description: card and expiry inside CDATA, phone and ZIP in attributes/elements')
def x_xml(d, cx):
    r = cx.rng
    c, _, b = t_card(cx, brand='jcb', style='space')
    d.raw('<?xml version="1.0" encoding="UTF-8"?>\n<caseRequest source="web" formId="')
    d.put(N(rdig(r, 6, '3'), 'neg_form_id'))
    d.raw('">\n  <contact phone="')
    d.put(cx.phone('dash'), esc=xesc)
    d.raw('" zip="')
    d.put(cx.zip(), esc=xesc)
    d.raw('">')
    d.raw(xesc(cx.cust))
    d.raw('</contact>\n  <subject>Billing</subject>\n  <description><![CDATA[Please charge ')
    d.put([cx.amount(), ' to ', c, ' exp ', t_exp(cx, 'mm/yy'), ' (cvv ', t_cvv(cx, b), ') for order ', cx.order('ord'), ' <thanks>'])
    d.raw(']]></description>\n  <submitted>')
    d.put(cx.date('iso'))
    d.raw('</submitted>\n</caseRequest>\n')


# ---------------------------------------------------------------- main
def build():
    docs = []
    n = 0
    for layout, rend, ro, dlg, do in TRANSCRIPTS:
        n += 1
        did = 'p5-%04d' % n
        cx = Cx(did)
        d = Doc(did, 'transcript', layout)
        rend(d, cx, dlg(cx, dict(do)), dict(ro))
        docs.append(d.record())
    for kind, layout, f in TYPED:
        n += 1
        did = 'p5-%04d' % n
        cx = Cx(did)
        d = Doc(did, kind, layout)
        f(d, cx)
        docs.append(d.record())
    return docs


def main():
    docs = build()
    with open(OUT, 'w', encoding='utf-8') as fh:
        for rec in docs:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print('wrote %d documents to %s' % (len(docs), OUT))


if __name__ == '__main__':
    main()
