"""Shared helpers for the world-stt generator: markup, numbers, speech renderings.
Python 3 stdlib only."""
import re

# ---------------------------------------------------------------- markup
# Inline markup used while building documents:
#   ⟦S|TYPE|ENTITY|VARIANT|BRAND⟧value⟦/⟧   labelled span
#   ⟦N|kind⟧value⟦/⟧                          recorded negative
MK = re.compile(r'⟦([^⟧]*)⟧(.*?)⟦/⟧', re.S)


def S(typ, ent, variant, value, brand=''):
    assert '⟦' not in value, value
    return '⟦S|%s|%s|%s|%s⟧%s⟦/⟧' % (typ, ent, variant, brand, value)


def N(kind, value):
    assert '⟦' not in value, value
    return '⟦N|%s⟧%s⟦/⟧' % (kind, value)


def parse(m):
    """markup -> (plain, [(start, end, header_list)])"""
    out, marks, pos, plen = [], [], 0, 0
    for mo in MK.finditer(m):
        seg = m[pos:mo.start()]
        out.append(seg)
        plen += len(seg)
        hdr = mo.group(1).split('|')
        val = mo.group(2)
        marks.append((plen, plen + len(val), hdr))
        out.append(val)
        plen += len(val)
        pos = mo.end()
    out.append(m[pos:])
    plain = ''.join(out)
    assert '⟦' not in plain and '⟧' not in plain, plain[:200]
    return plain, marks


def _isval(c):
    return c.isalnum()


VALUE_WORDS = None


def _value_word(w):
    global VALUE_WORDS
    if VALUE_WORDS is None:
        VALUE_WORDS = set(DW + TEENS + TENS[2:] + MONTHS + MON3 + ['oh', 'o', 'hundred', 'thousand', 'double', 'triple',
                                                                 'for', 'to', 'too', 'won', 'ate', 'nein'])
        VALUE_WORDS = {x.lower() for x in VALUE_WORDS}
    w = w.lower().strip('.,?!;:\'"')
    return any(ch.isdigit() for ch in w) or w in VALUE_WORDS or all(p in VALUE_WORDS for p in w.split('-') if p) and '-' in w


def trim_value(plain, cs, ce):
    """Shrink [cs, ce) so that it starts and ends on a digit, number word or month name."""
    while True:
        while cs < ce and not _isval(plain[cs]):
            cs += 1
        while ce > cs and not _isval(plain[ce - 1]):
            ce -= 1
        if cs >= ce:
            return cs, ce
        m = re.match(r'\S+', plain[cs:ce])
        first = m.group(0)
        if not _value_word(first):
            cs += len(first)
            continue
        last = re.search(r'\S+$', plain[cs:ce]).group(0)
        if not _value_word(last):
            ce -= len(last)
            continue
        return cs, ce


def wrap(plain, marks, a=0, b=None, entsuffix=''):
    """Markup for plain[a:b] with marks clipped to the range (clipped pieces are
    trimmed to start/end on a letter or digit). entsuffix renames span entities."""
    if b is None:
        b = len(plain)
    res, pos = [], a
    for (s, e, h) in marks:
        cs, ce = max(s, a), min(e, b)
        if cs >= ce:
            continue
        if (cs, ce) != (s, e):
            cs, ce = trim_value(plain, cs, ce)
            if cs >= ce:
                continue
        h = list(h)
        if h[0] == 'S' and entsuffix:
            h[2] = h[2] + entsuffix
        res.append(plain[pos:cs])
        res.append('⟦%s⟧%s⟦/⟧' % ('|'.join(h), plain[cs:ce]))
        pos = ce
    res.append(plain[pos:b])
    return ''.join(res)


def tmap(m, fn, entsuffix='', varsuffix=''):
    """Apply a text transform to each segment of a markup string separately."""
    out, pos = [], 0
    for mo in MK.finditer(m):
        out.append(fn(m[pos:mo.start()]))
        h = mo.group(1).split('|')
        if h[0] == 'S' and entsuffix:
            h[2] += entsuffix
        if h[0] == 'S' and varsuffix and not h[3].endswith(varsuffix):
            h[3] += varsuffix
        v = fn(mo.group(2))
        lead = v[:len(v) - len(v.lstrip())]
        trail = v[len(v.rstrip()):]
        v = v.strip()
        out.append(lead + ('⟦%s⟧%s⟦/⟧' % ('|'.join(h), v) if v else '') + trail)
        pos = mo.end()
    out.append(fn(m[pos:]))
    return ''.join(out)


def strip_marks(m):
    return parse(m)[0]


def suffix(m, sfx):
    return tmap(m, lambda x: x, entsuffix=sfx)


def finalize(markup):
    """markup -> (text, spans, negatives)"""
    plain, marks = parse(markup)
    spans, negs = [], []
    for s, e, h in marks:
        if h[0] == 'S':
            d = {'start': s, 'end': e, 'type': h[1], 'variant': h[3], 'entity': h[2]}
            if h[4]:
                d['brand'] = h[4]
            spans.append(d)
        else:
            negs.append({'start': s, 'end': e, 'kind': h[1]})
    return plain, spans, negs


# ---------------------------------------------------------------- numbers
def luhn_ok(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + ''.join(rng.choice('0123456789') for _ in range(length - len(prefix) - 1))
    for c in '0123456789':
        if luhn_ok(body + c):
            return body + c


BRANDS = {
    # brand: (prefix chooser, length, grouping)
    'visa16': (lambda r: '4' + r.choice(['147', '266', '485', '019', '532', '921', '003', '716', '388']), 16, (4, 4, 4, 4)),
    'visa19': (lambda r: '4' + r.choice(['571', '035', '829']), 19, (4, 4, 4, 4, 3)),
    'visa13': (lambda r: '4' + r.choice(['024', '556', '916']), 13, (4, 3, 3, 3)),
    'mc51': (lambda r: r.choice(['51', '52', '53', '54', '55']) + r.choice(['03', '47', '88', '12', '29']), 16, (4, 4, 4, 4)),
    'mc2': (lambda r: str(r.randint(2221, 2720)), 16, (4, 4, 4, 4)),
    'amex': (lambda r: r.choice(['34', '37']) + r.choice(['14', '82', '55', '07', '92']), 15, (4, 6, 5)),
    'discover': (lambda r: r.choice(['6011', '6445', '6479', '6500', '6559']), 16, (4, 4, 4, 4)),
    'diners': (lambda r: r.choice(['3056', '3612', '3841', '3008', '3699']), 14, (4, 6, 4)),
    'jcb': (lambda r: str(r.randint(3528, 3589)), 16, (4, 4, 4, 4)),
    'unionpay19': (lambda r: '62' + r.choice(['22', '48', '91']), 19, (4, 4, 4, 4, 3)),
    'discover19': (lambda r: '6011', 19, (4, 4, 4, 4, 3)),
}


def card(brand, rng):
    pf, ln, grp = BRANDS[brand]
    while True:
        d = luhn_complete(pf(rng), ln, rng)
        # avoid well-known test numbers and too many repeats
        if d not in ('4111111111111111', '4242424242424242', '5555555555554444', '378282246310005'):
            return d


def groups_of(d, grp):
    out, i = [], 0
    for g in grp:
        out.append(d[i:i + g])
        i += g
    if i < len(d):
        out.append(d[i:])
    return [g for g in out if g]


def brand_groups(brand):
    return BRANDS[brand][2]


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        return '%03d%02d%04d' % (a, g, s)


def ssn_ok(d):
    return (len(d) == 9 and d[:3] not in ('000', '666') and d[0] != '9'
            and d[3:5] != '00' and d[5:] != '0000')


def misheard(d, rng):
    """Change one digit so that the number fails Luhn."""
    while True:
        i = rng.randint(4, len(d) - 2)
        c = rng.choice('0123456789')
        x = d[:i] + c + d[i + 1:]
        if x != d and not luhn_ok(x):
            return x


def imei(rng):
    tac = rng.choice(['35209900', '35332811', '35693803', '86891203', '01326300', '35875210'])
    return luhn_complete(tac, 15, rng)


def aba(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return ''.join(map(str, x))


def digits(n, rng, first_nonzero=True):
    s = ''.join(rng.choice('0123456789') for _ in range(n))
    if first_nonzero and s[0] == '0':
        s = rng.choice('123456789') + s[1:]
    return s


def luhn_fail(n, rng, first=None):
    while True:
        s = (first or '') + digits(n - len(first or ''), rng, first_nonzero=first is None)
        if not luhn_ok(s):
            return s


AREA = ['212', '312', '415', '469', '503', '617', '702', '817', '901', '480', '614', '720', '919', '305', '206', '678', '813', '952']


def phone(rng):
    return rng.choice(AREA) + str(rng.randint(2, 9)) + digits(2, rng, False) + digits(4, rng, False)


# ---------------------------------------------------------------- speech
DW = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
HOMO = {'4': ['for'], '2': ['to', 'too'], '1': ['won'], '8': ['ate'], '9': ['nein'], '0': ['o']}
HOMO_P = {'4': 1.0, '2': 0.9, '1': 0.45, '8': 0.5, '9': 0.12}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
MON3 = [m[:3] for m in MONTHS]


def wd(d, zero='zero', homo=0.0, rng=None):
    if d == '0':
        w = zero
    else:
        w = DW[int(d)]
    if homo and rng and d in HOMO and d != '0' and rng.random() < homo * HOMO_P[d]:
        w = rng.choice(HOMO[d])
    return w


def words(s, rng, zero=None, homo=0.0, dbl=0.0, sep=' '):
    zero = zero or rng.choice(['zero', 'oh', 'oh', 'o'])
    out, i = [], 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if run >= 3 and rng.random() < dbl:
            out.append('triple ' + wd(d, zero, homo, rng))
            i += 3
            continue
        if run >= 2 and rng.random() < dbl:
            out.append('double ' + wd(d, zero, homo, rng))
            i += 2
            continue
        out.append(wd(d, zero, homo, rng))
        i += 1
    return sep.join(out)


def pair(pp, rng, zero='oh', hyphen=False):
    a, b = pp[0], pp[1]
    if a == '0':
        return zero + ' ' + (zero if b == '0' else DW[int(b)])
    n = int(pp)
    if n < 20:
        return TEENS[n - 10]
    if b == '0':
        return TENS[int(a)]
    return TENS[int(a)] + ('-' if hyphen else ' ') + DW[int(b)]


def pairs(s, rng, zero='oh', hyphen=None):
    hy = rng.random() < 0.3 if hyphen is None else hyphen
    out = []
    if len(s) == 4 and s[2:] == '00' and s[0] != '0':
        return pair(s[:2], rng, zero, hy) + ' hundred'
    if len(s) % 2 == 1:
        out.append(wd(s[0], zero))
        s = s[1:]
    for i in range(0, len(s), 2):
        out.append(pair(s[i:i + 2], rng, zero, hy))
    return ' '.join(out)


def under1000(n):
    out = []
    if n >= 100:
        out.append(DW[n // 100] + ' hundred')
        n %= 100
    if n >= 20:
        out.append(TENS[n // 10] + ('' if n % 10 == 0 else ' ' + DW[n % 10]))
    elif n >= 10:
        out.append(TEENS[n - 10])
    elif n > 0:
        out.append(DW[n])
    return ' '.join(out)


def quantity(s):
    """'4147' -> 'four thousand one hundred forty seven' (no leading zero)"""
    n = int(s)
    assert s[0] != '0'
    out = []
    if n >= 1000:
        out.append(under1000(n // 1000) + ' thousand')
        n %= 1000
    if n:
        out.append(under1000(n))
    return ' '.join(out)


def itn_quant(s, rng):
    """What an ITN layer does to a 4-digit group it takes for a quantity."""
    opts = []
    if s[0] != '0':
        opts += ['%s,%s' % (s[0], s[1:]), '$%s.%s' % (s[:2], s[2:])]
    opts += ['%s %s' % (s[:2], s[2:])]
    if s[0] != '0' and s[2] != '0':
        opts += ['%s%s' % (s[:2], ' ' + s[2:])]
    return rng.choice(opts)


def say_group(g, style, rng, zero='oh', homo=0.0):
    if style == 'dig':
        return g
    if style == 'words':
        return words(g, rng, zero=zero)
    if style == 'homo':
        return words(g, rng, zero=zero, homo=homo or 0.45)
    if style == 'dbl':
        return words(g, rng, zero=zero, dbl=1.0)
    if style == 'pairs':
        return pairs(g, rng, zero=zero)
    if style == 'quant':
        if g[0] == '0':
            return pairs(g, rng, zero=zero)
        return quantity(g)
    if style == 'itnq':
        return itn_quant(g, rng)
    raise ValueError(style)


FILL = ['um', 'uh', 'uh', 'um', 'er']


def join_groups(gs, rng, seps=(' ',), fill=0.0):
    out = gs[0]
    for g in gs[1:]:
        sep = rng.choice(seps)
        if fill and rng.random() < fill:
            sep = rng.choice([', %s, ' % rng.choice(FILL), ' %s ' % rng.choice(FILL), '... %s ' % rng.choice(FILL)])
        out += sep + g
    return out


def expiry_say(m, y, style, rng):
    """m: 1-12, y: 4-digit year. Returns text of the value only."""
    mm = '%02d' % m
    yy = str(y)[2:]
    M = MONTHS[m - 1]
    z = rng.choice(['oh', 'zero', 'o'])
    yw = pair(yy, rng)
    ylong = 'twenty ' + yw
    opts = {
        'oh_mm_yy': (z + ' ' + DW[m] if m < 10 else pair(mm, rng)) + ' ' + yw,
        'month_of_yy': M + ' of ' + yw,
        'month_of_yyyy': M + ' of ' + ylong,
        'month_yyyy_itn': M + ' ' + str(y),
        'month_yyyy_words': M + ' ' + ylong,
        'slash_words': (DW[m] if m < 10 else pair(mm, rng)) + ' slash ' + yw,
        'mm_yy': mm + '/' + yy,
        'm_yy': str(m) + '/' + yy,
        'mmyy': mm + yy,
        'mm_sp_yy': mm + ' ' + yy,
        'mm_yyyy': mm + '/' + str(y),
        'digits_words': words(mm + yy, rng, zero=z),
        'date_like': M + ' ' + yy + rng.choice(['th', '', '']),
        'mon_apos': MON3[m - 1] + " '" + yy,
        'mixed_itn': (z + ' ' + str(m) if m < 10 else mm) + ' ' + yy,
        'm_dash_yy': str(m) + '-' + yy,
        'dotted': mm + '. ' + yy,
        'eight_twenty_seven': (DW[m] if m < 10 else pair(mm, rng)) + ', ' + yw,
    }
    return opts[style]


EXP_STYLES = ['oh_mm_yy', 'month_of_yy', 'month_of_yyyy', 'month_yyyy_itn', 'month_yyyy_words', 'slash_words',
              'mm_yy', 'm_yy', 'mmyy', 'mm_sp_yy', 'mm_yyyy', 'digits_words', 'date_like', 'mon_apos',
              'mixed_itn', 'm_dash_yy', 'dotted', 'eight_twenty_seven']


def cvv_say(c, style, rng):
    if style == 'dig':
        return c
    if style == 'spaced':
        return ' '.join(c)
    if style == 'words':
        return words(c, rng)
    if style == 'homo':
        return words(c, rng, homo=0.9)
    if style == 'pair':  # 417 -> four seventeen
        if c[1] == '0':
            return words(c, rng)
        return DW[int(c[0])] + ' ' + pair(c[1:], rng) if len(c) == 3 else pairs(c, rng)
    if style == 'quant':
        return quantity(c) if c[0] != '0' else words(c, rng)
    if style == 'dollar':
        return '$%s.%s' % (c[0], c[1:]) if len(c) == 3 else '$%s.%s' % (c[:2], c[2:])
    if style == 'mixed':
        return DW[int(c[0])] + ' ' + c[1:]
    raise ValueError(style)


CVV_STYLES = ['dig', 'spaced', 'words', 'homo', 'pair', 'quant', 'dollar', 'mixed']


def num_to_words_text(t):
    """Azure-lexical-like transform: lowercase, drop punctuation, digits spoken one by one."""
    t = t.replace('$', ' ').replace('/', ' slash ').replace('%', ' percent')
    t = re.sub(r"[^\w\s']", ' ', t)
    t = re.sub(r'\d', lambda mo: ' ' + DW[int(mo.group())] + ' ', t)
    t = t.lower()
    return re.sub(r'\s+', ' ', t)


def ts_hms(sec, ms_sep=None, hours=True):
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    if ms_sep:
        return '%02d:%02d:%02d%s%03d' % (h, m, int(s), ms_sep, int(round((s - int(s)) * 1000)) % 1000)
    if hours:
        return '%02d:%02d:%02d' % (h, m, int(s))
    return '%d:%02d' % (m + 60 * h, int(s))
