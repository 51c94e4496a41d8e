# Shared helpers for the paste evaluation set generator (stdlib only).
import random, string

BRANDS = {
    'visa13': ([('4',)], [13]),
    'visa16': ([('4',)], [16]),
    'visa19': ([('4',)], [19]),
    'mastercard': ([(p,) for p in ('51', '52', '53', '54', '55')], [16]),
    'mastercard2': ([(str(p),) for p in range(2221, 2721)], [16]),
    'amex': ([('34',), ('37',)], [15]),
    'discover': ([('6011',)] + [(str(p),) for p in range(644, 650)] + [('65',)], [16]),
    'jcb': ([(str(p),) for p in range(3528, 3590)], [16]),
    'diners': ([('36',), ('38',)] + [(str(p),) for p in range(300, 306)], [14]),
    'diners16': ([('36',)], [16]),
    'unionpay': ([('62',)], [16, 19]),
    'maestro': ([(p,) for p in ('5018', '5020', '5038', '6304', '6759', '6761', '6763')], [16, 19]),
}

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

def luhn_complete(rng, prefix, length):
    body = prefix + ''.join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c

def brand_of(pan):
    """Return brand key if pan has a real prefix and length (used by checker)."""
    n = len(pan)
    if pan.startswith('4') and n in (13, 16, 19): return 'visa'
    if pan[:2] in ('34', '37') and n == 15: return 'amex'
    if n == 16 and 51 <= int(pan[:2]) <= 55: return 'mastercard'
    if n == 16 and 2221 <= int(pan[:4]) <= 2720: return 'mastercard2'
    if n == 16 and (pan.startswith('6011') or pan.startswith('65') or 644 <= int(pan[:3]) <= 649): return 'discover'
    if n == 16 and 3528 <= int(pan[:4]) <= 3589: return 'jcb'
    if n == 14 and (pan[:2] in ('36', '38') or 300 <= int(pan[:3]) <= 305): return 'diners'
    if n == 16 and pan[:2] == '36': return 'diners16'
    if pan.startswith('62') and 16 <= n <= 19: return 'unionpay'
    if pan[:4] in ('5018', '5020', '5038', '6304', '6759', '6761', '6763') and 12 <= n <= 19: return 'maestro'
    return None

def make_card(rng, brand=None):
    if brand is None:
        brand = rng.choice(list(BRANDS))
    prefixes, lengths = BRANDS[brand]
    p = rng.choice(prefixes)[0]
    return luhn_complete(rng, p, rng.choice(lengths)), brand

def group_pattern(pan):
    n = len(pan)
    if n == 15: return [4, 6, 5]
    if n == 14: return [4, 6, 4]
    if n == 13: return [4, 4, 5]
    if n == 19: return [4, 4, 4, 4, 3]
    if n == 18: return [4, 4, 4, 6]
    return [4] * (n // 4)

def groups(pan, pattern=None):
    pattern = pattern or group_pattern(pan)
    out, i = [], 0
    for g in pattern:
        out.append(pan[i:i + g]); i += g
    if i < len(pan): out[-1] += pan[i:]
    return out

def fmt(pan, sep=' ', pattern=None):
    return sep.join(groups(pan, pattern))

def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666: break
    return '%03d%02d%04d' % (a, rng.randint(1, 99), rng.randint(1, 9999))

def ssn_dash(s): return s[:3] + '-' + s[3:5] + '-' + s[5:]

def bad_ssn(rng):
    a = rng.choice([0, 666, rng.randint(900, 999)])
    return '%03d-%02d-%04d' % (a, rng.randint(1, 99), rng.randint(1, 9999))

def make_exp(rng):
    return rng.randint(1, 12), rng.randint(2026, 2033)

def make_cvv(rng, brand):
    return '%04d' % rng.randint(0, 9999) if brand == 'amex' else '%03d' % rng.randint(0, 999)

def nonluhn(rng, n, first=None):
    while True:
        s = (first or rng.choice('123456789')) + ''.join(rng.choice(string.digits) for _ in range(n - 1))
        s = s[:n]
        if not luhn_ok(s): return s

def luhn_noncard(rng, n):
    while True:
        s = luhn_complete(rng, rng.choice('01789'), n)
        if brand_of(s) is None: return s

def digits(rng, n, first=None):
    if n >= 12:
        return nonluhn(rng, n, first)
    return (first or rng.choice('123456789')) + ''.join(rng.choice(string.digits) for _ in range(n - 1))

def hexs(rng, n): return ''.join(rng.choice('0123456789abcdef') for _ in range(n))
def alnum(rng, n, chars=string.ascii_uppercase + string.digits): return ''.join(rng.choice(chars) for _ in range(n))
def uuid(rng): h = hexs(rng, 32); return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], rng.choice('89ab'), h[17:20], h[20:32])
def ip(rng): return '%d.%d.%d.%d' % (rng.choice([10, 172, 192, 34, 52, 104, 185]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
def epoch_ms(rng):
    while True:
        s = str(rng.randint(1767225600000, 1796000000000))
        if not luhn_ok(s): return s
def epoch_s(rng): return str(rng.randint(1767225600, 1796000000))
def iso_ts(rng, z=True):
    return '2026-%02d-%02dT%02d:%02d:%02d.%03d%s' % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999), 'Z' if z else '+00:00')
def amount(rng): return '%d.%02d' % (rng.randint(1, 2400), rng.randint(0, 99))
def cents(rng): return str(rng.randint(100, 250000))
def phone(rng):
    a, b, c = rng.randint(201, 989), rng.randint(201, 989), rng.randint(0, 9999)
    return rng.choice(['(%d) %d-%04d', '%d-%d-%04d', '+1 %d %d %04d', '+1%d%d%04d', '%d.%d.%04d']) % (a, b, c)
def zip4(rng): return '%05d-%04d' % (rng.randint(1001, 99950), rng.randint(1, 9999))
def version(rng): return '%d.%d.%d' % (rng.randint(1, 12), rng.randint(0, 40), rng.randint(0, 99))
def auth_code(rng): return rng.choice([alnum(rng, 6), '%06d' % rng.randint(0, 999999)])
def tracking(rng): return '1Z' + alnum(rng, 6) + digits(rng, 10, '0')

FIRST = ['James', 'Maria', 'Wei', 'Aisha', 'Tomasz', 'Priya', 'Diego', 'Fatima', 'Kenji', 'Olivia', 'Noah', 'Chidi', 'Sofia', 'Liam', 'Hana', 'Marcus', 'Elena', 'Rahul']
LAST = ['Okafor', 'Smith', 'Nguyen', 'Garcia', 'Kowalski', 'Patel', 'Haddad', 'Tanaka', 'Johnson', 'Moreau', 'Brennan', 'Silva', 'Lindqvist', 'Adeyemi', 'Rossi', 'Cohen']
AGENTS = ['Kayla', 'Ben', 'Ines', 'Omar', 'Trish', 'Devon', 'Mei', 'Rob', 'Sanjay', 'Leah', 'Gus', 'Noor']
COMPANIES = ['Northwind Mobile', 'Brightline Energy', 'Cobalt Insurance', 'Helio Streaming', 'Parcelo', 'Juniper Health', 'Arcadia Bank', 'Vantage Rentals', 'Orbit Fiber', 'Meridian Travel']
HOSTS = ['pay.northwind-mobile.com', 'checkout.helio.tv', 'secure.brightline-energy.com', 'billing.orbitfiber.net', 'my.cobalt-ins.com', 'portal.junihealth.org', 'app.parcelo.io', 'book.meridiantravel.com', 'crm.internal.vantage.local', 'gw.arcadiabank.com']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

def name(rng): return rng.choice(FIRST) + ' ' + rng.choice(LAST)

class S:
    """A labelled secret / ignore piece."""
    def __init__(self, text, typ, variant, ent=None, brand=None):
        self.text, self.typ, self.variant, self.ent, self.brand = text, typ, variant, ent, brand

class N:
    def __init__(self, text, kind):
        self.text, self.kind = text, kind

class Doc:
    def __init__(self, kind):
        self.kind = kind
        self.buf = []; self.n = 0
        self.spans = []; self.negs = []; self.json = []; self._e = 0
        self._jstack = []
    def ent(self):
        self._e += 1
        return 'e%d' % self._e
    def add(self, *parts):
        for p in parts:
            if isinstance(p, S):
                if p.ent is None: p.ent = self.ent()
                sp = {'start': self.n, 'end': self.n + len(p.text), 'type': p.typ, 'variant': p.variant, 'entity': p.ent}
                if p.brand: sp['brand'] = p.brand
                self.spans.append(sp); self._app(p.text)
            elif isinstance(p, N):
                self.negs.append({'start': self.n, 'end': self.n + len(p.text), 'kind': p.kind}); self._app(p.text)
            elif p is None:
                continue
            else:
                self._app(str(p))
        return self
    __call__ = add
    def _app(self, t):
        self.buf.append(t); self.n += len(t)
    def js(self):  # mark start of JSON payload
        self._jstack.append(self.n)
    def je(self):
        self.json.append([self._jstack.pop(), self.n])
    def text(self): return ''.join(self.buf)
