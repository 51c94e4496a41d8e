#!/usr/bin/env python3
"""world-desk: an independent labelled set for the contact-centre redactor.

Writes eval/sets/world-desk.jsonl (about 150 documents, ids desk-0001...) and
checks it.  Stdlib only, seeded: the same seed gives the same file.

    python3 eval/desk/gen.py                       # seed 20250910
    python3 eval/desk/gen.py --seed 7 --out /tmp/desk.jsonl
    python3 eval/desk/gen.py --check-only          # re-check the written file

Subjects (see README.md): long exports, relay/captioned transcripts,
disputes and chargebacks, accented/noisy speech-recogniser output, hurried
agent notes, hard negatives.
"""
import argparse
import datetime
import json
import os
import random
import re
import sys

SEED = 20250910
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "sets", "world-desk.jsonl"))

R = random.Random(SEED)


def pick(xs):
    return R.choice(xs)


def chance(p):
    return R.random() < p


def rd(n):
    return "".join(R.choice("0123456789") for _ in range(n))


# --------------------------------------------------------------------------
# document builder: a list of segments (text, label); offsets come at the end
# --------------------------------------------------------------------------

class Frag:
    """Text pieces with labels; Doc.put() copies them into a document,
    escaping each piece (JSON / CSV) so that offsets follow the escapes."""

    def __init__(self, doc):
        self.doc = doc
        self.segs = []

    def t(self, s):
        self.segs.append((s, None))
        return self

    def s(self, s, typ, variant, eid, brand=None):
        lab = {"type": typ, "variant": variant, "entity": eid}
        if brand:
            lab["brand"] = brand
        self.segs.append((s, ("span", lab)))
        return self

    def n(self, s, kind):
        self.segs.append((s, ("neg", kind)))
        return self

    def text(self):
        return "".join(s for s, _ in self.segs)

    def ent(self, *a, **k):
        return self.doc.ent(*a, **k)


class Doc(Frag):
    def __init__(self, kind, subject):
        self.doc = self
        self.segs = []
        self.kind = kind
        self.subject = subject
        self.nent = 0
        self.ents = {}
        self.fmt = None      # "jsonl" / "csv" / ... for exports

    def ent(self, typ, value=None, heard=None, brand=None, misheard=False):
        self.nent += 1
        eid = "e%d" % self.nent
        self.ents[eid] = {"type": typ, "value": value,
                          "heard": value if heard is None else heard,
                          "brand": brand, "misheard": misheard}
        return eid

    def put(self, frag, esc=lambda s: s):
        for s, lab in frag.segs:
            self.segs.append((esc(s), lab))
        return self

    def build(self, did):
        text, spans, negs, pos = [], [], [], 0
        for s, lab in self.segs:
            if lab is not None and s:
                if lab[0] == "span":
                    d = {"start": pos, "end": pos + len(s)}
                    d.update(lab[1])
                    spans.append(d)
                else:
                    negs.append({"start": pos, "end": pos + len(s), "kind": lab[1]})
            text.append(s)
            pos += len(s)
        used = {sp["entity"] for sp in spans}
        return {"id": did, "kind": self.kind, "text": "".join(text),
                "spans": spans, "negatives": negs,
                "_meta": {"subject": self.subject, "fmt": self.fmt,
                          "ents": {k: v for k, v in self.ents.items() if k in used}}}


def json_esc(ascii_only=True):
    def f(s):
        return json.dumps(s, ensure_ascii=ascii_only)[1:-1]
    return f


def csv_esc(s):
    return s.replace('"', '""')


# --------------------------------------------------------------------------
# numbers
# --------------------------------------------------------------------------

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


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def luhn_break(s):
    """same length, last digit changed so that Luhn fails"""
    while True:
        c = str((int(s[-1]) + R.randint(1, 9)) % 10)
        if not luhn_ok(s[:-1] + c):
            return s[:-1] + c


BRAND_SPEC = {
    "visa16": (lambda: "4" + rd(1), 16),
    "visa13": (lambda: "4" + rd(1), 13),
    "visa19": (lambda: "4" + rd(1), 19),
    "mastercard": (lambda: "5" + pick("12345"), 16),
    "mastercard2": (lambda: str(R.randint(2221, 2720)), 16),
    "amex": (lambda: pick(["34", "37"]), 15),
    "discover": (lambda: pick(["6011", "65", "644", "645", "646", "647", "648", "649"]), 16),
    "jcb": (lambda: "35" + str(R.randint(28, 89)), 16),
    "diners": (lambda: pick(["36", "300", "301", "303", "305", "38"]), 14),
    "unionpay": (lambda: pick(["6210", "6217", "6231", "6250", "6259", "6282"]), None),
    "maestro": (lambda: pick(["6759", "5018", "6304", "5020"]), None),
}


def make_card(brand):
    pre_f, n = BRAND_SPEC[brand]
    if n is None:
        n = pick([16, 19]) if brand == "unionpay" else pick([16, 16, 18, 19])
    pre = pre_f()
    return luhn_complete(pre + rd(n - 1 - len(pre)))


def brands_of(d):
    """brands whose prefix and length fit the digits"""
    out, n = set(), len(d)
    p2, p3, p4, p6 = int(d[:2]), int(d[:3]), int(d[:4]), int(d[:6])
    if d[0] == "4" and n in (13, 16, 19):
        out.add({13: "visa13", 16: "visa16", 19: "visa19"}[n])
    if 51 <= p2 <= 55 and n == 16:
        out.add("mastercard")
    if 2221 <= p4 <= 2720 and n == 16:
        out.add("mastercard2")
    if p2 in (34, 37) and n == 15:
        out.add("amex")
    if (p4 == 6011 or p2 == 65 or 644 <= p3 <= 649 or 622126 <= p6 <= 622925) and 16 <= n <= 19:
        out.add("discover")
    if 3528 <= p4 <= 3589 and 16 <= n <= 19:
        out.add("jcb")
    if (300 <= p3 <= 305 or p2 in (36, 38, 39)) and 14 <= n <= 16:
        out.add("diners")
    if p2 == 62 and 16 <= n <= 19:
        out.add("unionpay")
    if (p4 in (5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763)) and 12 <= n <= 19:
        out.add("maestro")
    return out


def card_like(d):
    return 13 <= len(d) <= 19 and luhn_ok(d) and bool(brands_of(d))


GROUPED = re.compile(r"(?<![A-Za-z0-9])\d(?:[ \-.\u00a0\u2009\u202f\u2007\u2013]?\d){12,18}(?![A-Za-z0-9])")


def grouped_card_runs(text):
    """digit runs (single separators allowed) that read as a Luhn-valid card number"""
    return [m for m in GROUPED.finditer(text) if card_like(re.sub(r"\D", "", m.group(0)))]


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def ssn_ok(s):
    return (len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9"
            and s[3:5] != "00" and s[5:] != "0000")


def make_cvv(brand):
    return rd(4) if brand == "amex" else rd(3)


def make_exp():
    return (R.randint(1, 12), R.randint(25, 31))


def nonluhn(n, first="123456789"):
    """digit string that fails Luhn"""
    while True:
        s = pick(first) + rd(n - 1)
        if not luhn_ok(s):
            return s


def giftcard(n):
    """a store gift card number: issuer-style 6xxx prefix that no payment brand uses, fails Luhn"""
    while True:
        s = pick(["6006", "6035", "6046", "6394", "7777"]) + rd(n - 4)
        if not luhn_ok(s) and not brands_of(s):
            return s


def safe_num(n, first="123456789"):
    """digit string that is not a Luhn-valid card-brand number"""
    while True:
        s = pick(first) + rd(n - 1)
        if not card_like(s):
            return s


def imei():
    tac = pick(["35332811", "35391110", "35290611", "86769904", "01332700", "35925408", "35467211"])
    return luhn_complete(tac + rd(6))


def iccid():
    pre = pick(["8901260", "8901410", "891480", "8901240"])
    n = pick([19, 20])
    return luhn_complete(pre + rd(n - 1 - len(pre)))


ROUTING = ["021000021", "026009593", "121000248", "011000138", "322271627",
           "111000025", "071000013", "063100277", "091000019", "044000037",
           "031176110", "053000196", "122000661", "256074974"]


def aba_ok(s):
    w = [3, 7, 1] * 3
    return sum(int(c) * k for c, k in zip(s, w)) % 10 == 0


def ups():
    body = pick(["1Z"]) + "".join(pick("0123456789ABCDEFGHJKLMNPRTVWXY") for _ in range(6)) \
        + pick(["01", "02", "03", "12", "13", "42"]) + rd(7)
    tot = 0
    for i, ch in enumerate(body[2:]):
        v = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        tot += v * (2 if i % 2 == 1 else 1)
    return body + str((10 - tot % 10) % 10)


def usps():
    body = pick(["9400", "9205", "9261", "9300", "9405"]) + rd(17)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return body + str((10 - tot % 10) % 10)


def fedex():
    return pick(["7", "5", "3", "2"]) + rd(11) if chance(0.6) else "96" + rd(13)


def arn(window_valid=True):
    """23-digit acquirer reference number: 1 format digit, 6-digit acquirer
    BIN, YDDD date, 11-digit sequence, check digit.  With window_valid the
    digits 2-17 form a Luhn-valid Visa-looking number (a trap)."""
    while True:
        head = pick("27") + "4" + rd(5) + "5" + "%03d" % R.randint(1, 330)
        seq = rd(11)
        if window_valid:
            w = (head + seq)[1:16]
            w = luhn_complete(w)
            a = head[0] + w + (head + seq)[17:]
            a = a[:22]
        else:
            a = (head + seq)[:22]
        a = luhn_complete(a)
        if len(a) == 23:
            return a


def phone_fmt(area=None, style=None):
    area = area or pick(["404", "312", "214", "602", "720", "615", "919", "503", "813",
                         "702", "916", "718", "469", "832", "210", "678", "901", "865"])
    ex = pick(["555"] * 3 + [str(R.randint(201, 989))])
    line = "01" + rd(2) if ex == "555" else rd(4)
    style = style or pick(["paren", "dash", "dot", "plus", "plain", "plus1", "e164"])
    return {
        "paren": "(%s) %s-%s" % (area, ex, line),
        "dash": "%s-%s-%s" % (area, ex, line),
        "dot": "%s.%s.%s" % (area, ex, line),
        "plus": "+1 %s %s %s" % (area, ex, line),
        "plain": "%s%s%s" % (area, ex, line),
        "plus1": "1-%s-%s-%s" % (area, ex, line),
        "e164": "+1%s%s%s" % (area, ex, line),
    }[style], area + ex + line


def tollfree():
    return "1-8%s-%s-%s" % (pick(["00", "88", "77", "66", "55"]), rd(3).replace("0", "5", 1), rd(4))


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def date_us(y=2025):
    m, d = R.randint(1, 12), R.randint(1, 28)
    return pick(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%d/%d" % (m, d),
                 "%s %d" % (MONTHS[m - 1][:3], d), "%d-%02d-%02d" % (y, m, d)])


def dob():
    y, m, d = R.randint(1938, 2001), R.randint(1, 12), R.randint(1, 28)
    return pick(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%d/%d/%02d" % (m, d, y % 100),
                 "%s %d, %d" % (MONTHS[m - 1], d, y), "%d-%02d-%02d" % (y, m, d)])


def money(lo=5, hi=900):
    v = R.uniform(lo, hi)
    return pick(["$%.2f" % v, "$%.2f" % v, "%.2f" % v, "$%s" % format(round(v, 2), ",.2f"), "USD %.2f" % v])


def tm():
    h, m = R.randint(7, 20), R.randint(0, 59)
    return pick(["%d:%02d %s" % ((h - 1) % 12 + 1, m, "pm" if h >= 12 else "am"), "%02d:%02d" % (h, m),
                 "%d:%02d%s" % ((h - 1) % 12 + 1, m, "PM" if h >= 12 else "AM")])


def zip4():
    return "%05d-%04d" % (R.randint(10001, 99950), R.randint(1, 9999))


# --------------------------------------------------------------------------
# rendering: written cards, spoken numbers
# --------------------------------------------------------------------------

def std_groups(n):
    return {13: [4, 3, 3, 3], 14: [4, 6, 4], 15: [4, 6, 5], 16: [4, 4, 4, 4],
            18: [4, 4, 4, 4, 2], 19: [4, 4, 4, 4, 3]}[n]


def split_groups(d, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(d[i:i + k])
        i += k
    if i < len(d):
        out.append(d[i:])
    return [g for g in out if g]


def odd_sizes(n):
    sizes, left = [], n
    while left > 0:
        k = min(left, R.randint(2, 6))
        sizes.append(k)
        left -= k
    return sizes


def card_written(d, style):
    g = split_groups(d, std_groups(len(d)))
    if style == "contiguous":
        return d
    if style == "spaces":
        return " ".join(g)
    if style == "dashes":
        return "-".join(g)
    if style == "dots":
        return ".".join(g)
    if style == "mixed":
        return "".join(x + (pick([" ", "-", " - ", "  "]) if i < len(g) - 1 else "") for i, x in enumerate(g))
    if style == "irregular":
        return " ".join(split_groups(d, odd_sizes(len(d))))
    if style == "nbsp":
        return pick(["\u00a0", "\u00a0", "\u2009", "\u202f", "\u2007"]).join(g)
    if style == "nbsp00a0":
        return "\u00a0".join(g)
    if style == "udash":
        return pick(["\u2013", "\u2010", "\u2011", "\u2012"]).join(g)
    if style == "zw":
        return "\u200b".join(g) if chance(0.5) else " \u200b".join(g)
    raise ValueError(style)


CARD_VARIANT = {"nbsp00a0": "card_unicode_space", "contiguous": "card_contiguous", "spaces": "card_spaces", "dashes": "card_dashes",
                "dots": "card_dots", "mixed": "card_mixed_sep", "irregular": "card_irregular_groups",
                "nbsp": "card_unicode_space", "udash": "card_unicode_dash", "zw": "card_zero_width"}

W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
HOMO = {"4": ["for"], "2": ["to", "too"], "1": ["won"], "8": ["ate"], "3": ["tree"],
        "5": ["fife"], "9": ["niner"], "0": ["o", "oh"]}


class Voice:
    """how one speaker (and the recogniser) says digits"""

    def __init__(self, zero=("zero", "oh"), doubles=0.0, homo=0.0, numerals=0.0, pairs=0.0):
        self.zero, self.doubles, self.homo, self.numerals, self.pairs = zero, doubles, homo, numerals, pairs

    def w(self, c):
        if self.homo and c in HOMO and chance(self.homo):
            return pick(HOMO[c])
        if c == "0":
            return pick(self.zero)
        return W[int(c)]

    def singles(self, g):
        out, i = [], 0
        while i < len(g):
            c = g[i]
            if self.doubles and i + 2 < len(g) + 0 and g[i + 1:i + 3] == c + c and chance(self.doubles):
                out.append("triple " + self.w(c))
                i += 3
            elif self.doubles and i + 1 < len(g) and g[i + 1] == c and chance(self.doubles):
                out.append("double " + self.w(c))
                i += 2
            else:
                out.append(self.w(c))
                i += 1
        return " ".join(out)

    def group(self, g):
        if self.numerals and chance(self.numerals):
            return g
        if self.pairs and len(g) in (2, 4) and not (g[-1] == "0" and g[-2] not in "01") and chance(self.pairs):
            return pairs(g)
        return self.singles(g)


def pair(ab):
    a, b = ab
    if a == "0":
        return ("oh " + ("oh" if b == "0" else W[int(b)])) if chance(0.8) else ("zero " + W[int(b)])
    if a == "1":
        return TEENS[int(b)]
    return TENS[int(a)] + ("" if b == "0" else pick([" ", "-"]) + W[int(b)])


def pairs(g):
    return " ".join(pair(g[i:i + 2]) for i in range(0, len(g), 2))


def hundreds(g):
    """three digits as a speaker might: four hundred twelve, four twelve"""
    a, bc = g[0], g[1:]
    if a == "0":
        if bc[0] == "0":
            return "oh oh " + W[int(bc[1])]
        if bc[1] == "0" and bc[0] != "1":
            return "oh %s oh" % W[int(bc[0])]
        return "oh " + pair(bc)
    if bc == "00":
        return W[int(a)] + pick([" oh oh", " double oh", " zero zero"])
    if bc[0] == "0":
        return W[int(a)] + pick([" oh ", " hundred and ", " hundred "]) + W[int(bc[1])]
    if bc[1] == "0" and bc[0] != "1":
        return "%s %s %s" % (W[int(a)], W[int(bc[0])], pick(["oh", "zero"]))
    return W[int(a)] + pick([" hundred ", " hundred and ", " "]) + pair(bc)


def say_groups(d, sizes, voice, sep=None):
    gs = split_groups(d, sizes)
    seps = sep or [", ", " ", "... ", ", uh, ", " - ", ". "]
    out = []
    for i, g in enumerate(gs):
        out.append(voice.group(g))
        if i < len(gs) - 1:
            out.append(pick(seps) if isinstance(seps, list) else seps)
    return "".join(out)


def ssn_written(s, style):
    a, b, c = s[:3], s[3:5], s[5:]
    return {"dashes": "%s-%s-%s" % (a, b, c), "spaces": "%s %s %s" % (a, b, c),
            "dots": "%s.%s.%s" % (a, b, c), "plain": s, "nbsp": "%s\u00a0%s\u00a0%s" % (a, b, c),
            "udash": "%s\u2013%s\u2013%s" % (a, b, c), "slash": "%s/%s/%s" % (a, b, c)}[style]


SSN_VARIANT = {"dashes": "ssn_dashes", "spaces": "ssn_spaces", "dots": "ssn_dots",
               "plain": "ssn_unformatted_context", "nbsp": "ssn_unicode_space",
               "udash": "ssn_unicode_dash", "slash": "ssn_mixed_sep"}


def ssn_spoken(s, voice, style=None):
    a, b, c = s[:3], s[3:5], s[5:]
    style = style or pick(["single", "single", "pairs", "hundreds"])
    if style == "single":
        return "%s%s%s%s%s" % (voice.singles(a), pick([", ", " ", "... ", " - "]), voice.singles(b),
                               pick([", ", " ", "... ", " - "]), voice.singles(c))
    if style == "pairs":
        return "%s, %s, %s" % (voice.singles(a) if chance(0.5) else hundreds(a), pair(b), pairs(c))
    return "%s %s %s" % (hundreds(a), voice.singles(b), pairs(c) if chance(0.6) else voice.singles(c))


def exp_written(m, y, style=None):
    style = style or pick(["mm/yy", "mm/yy", "m/yy", "mm/yyyy", "mm-yy", "mmyy", "mon yyyy", "month yyyy",
                           "mon 'yy", "mm yy", "m/yyyy", "mm.yy"])
    return {"mm/yy": "%02d/%02d" % (m, y), "m/yy": "%d/%02d" % (m, y), "mm/yyyy": "%02d/20%02d" % (m, y),
            "mm-yy": "%02d-%02d" % (m, y), "mmyy": "%02d%02d" % (m, y),
            "mon yyyy": "%s 20%02d" % (MONTHS[m - 1][:3], y), "month yyyy": "%s 20%02d" % (MONTHS[m - 1], y),
            "mon 'yy": "%s '%02d" % (MONTHS[m - 1][:3], y), "mm yy": "%02d %02d" % (m, y),
            "m/yyyy": "%d/20%02d" % (m, y), "mm.yy": "%02d.%02d" % (m, y)}[style]


def exp_spoken(m, y, voice=None):
    voice = voice or Voice()
    mm = "%02d" % m
    yy = "%02d" % y
    style = pick(["pair", "pair", "single", "month", "month_of", "slash", "full"])
    if style == "pair":
        mw = ("oh " + W[m]) if m < 10 and chance(0.7) else (W[m] if m < 10 else TEENS[m - 10])
        return "%s %s" % (mw, pair(yy))
    if style == "single":
        return "%s %s" % (voice.singles(mm), voice.singles(yy))
    if style == "month":
        return "%s %s" % (MONTHS[m - 1].lower(), pick(["twenty ", ""]) + pair(yy))
    if style == "month_of":
        return "%s of %s" % (MONTHS[m - 1].lower(), pick(["twenty ", "'", ""]).replace("'", "") + pair(yy))
    if style == "slash":
        return "%s slash %s" % (voice.singles(mm), voice.singles(yy))
    return "%s, two thousand %s" % (voice.singles(mm), pair(yy) if y >= 10 else W[y])


def cvv_spoken(c, voice):
    if len(c) == 3 and chance(0.3):
        return hundreds(c)
    if len(c) == 4 and chance(0.3):
        return pairs(c)
    return voice.singles(c)


def phone_spoken(digits, voice):
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return "%s, %s, %s" % (voice.singles(a), voice.singles(b), voice.singles(c) if chance(0.6) else pairs(c))


# --------------------------------------------------------------------------
# people, places
# --------------------------------------------------------------------------

FIRST = ["Maria", "James", "Aisha", "Rohan", "Priya", "Chinedu", "Ngozi", "Marisol", "Jun", "Patricia",
         "Earl", "Loretta", "Dwayne", "Kofi", "Ananya", "Venkat", "Rosalind", "Tobias", "Hye-jin", "Luz",
         "Bernadette", "Olumide", "Adaeze", "Ramon", "Cristina", "Joselito", "Imelda", "Beulah", "Clyde",
         "Harold", "Deepa", "Sanjay", "Mae", "Tomasz", "Yusuf", "Fatima", "Gloria", "Wendell", "Shanice",
         "Kwame", "Lakshmi", "Arjun", "Emeka", "Bolanle", "Rey", "Maricel", "Dolores", "Virgil", "Opal"]
LAST = ["Okafor", "Reyes", "Patel", "Nguyen", "Johnson", "Adeyemi", "Santos", "Krishnan", "Walker",
        "Dela Cruz", "Hollis", "Mbeki", "Garcia", "Iyer", "Thompson", "Bautista", "Eze", "Whitfield",
        "Nakamura", "Brennan", "Odum", "Raman", "Pruitt", "Castillo", "Ogunleye", "Villanueva", "Sutton",
        "Mendoza", "Banerjee", "Tate", "Abernathy", "Obi", "Fernandez", "Haskins", "Reddy", "Lumbao"]
AGENTS = ["Dana", "Marcus", "Keisha", "Tom", "Sofia", "Brent", "Alicia", "Jorge", "Nina", "Andre",
          "Holly", "Raj", "Megan", "Curtis", "Yolanda", "Pete", "Lin", "Shawna"]
COMPANIES = ["Pinecrest Utilities", "Brightline Wireless", "Harbor Federal Credit Union", "Northgate Insurance",
             "Sunvale Energy", "Copperleaf Home", "Bluewater Cable", "Redfern Pharmacy", "Meridian Auto Finance",
             "Clearpath Airlines", "Oakridge Medical Billing", "Summit Fitness", "Lakeshore Water",
             "Tidewater Gas & Electric", "Fairway Outdoor Supply", "Hollis Furniture", "Keystone Bank",
             "Arbor Pet Insurance", "Vantage Mobile", "Crescent Hotels"]
STREETS = ["Peachtree St NE", "Oak Hollow Dr", "W 5th Ave", "Magnolia Ln", "County Rd 12", "Harbor Blvd",
           "Lakeview Ter", "Old Mill Rd", "Sycamore Ct", "N Main St"]
CITIES = [("Atlanta", "GA"), ("Tulsa", "OK"), ("Fresno", "CA"), ("Knoxville", "TN"), ("Dayton", "OH"),
          ("Mesa", "AZ"), ("Raleigh", "NC"), ("Boise", "ID"), ("El Paso", "TX"), ("Mobile", "AL")]


def name():
    return "%s %s" % (pick(FIRST), pick(LAST))


def brand_pick(weights=None):
    b = ["visa16"] * 8 + ["mastercard"] * 5 + ["mastercard2"] * 2 + ["amex"] * 4 + ["discover"] * 3 \
        + ["jcb", "diners", "unionpay", "visa13", "visa19", "maestro"]
    return pick(b)


BRAND_WORD = {"visa16": "Visa", "visa13": "Visa", "visa19": "Visa", "mastercard": "Mastercard",
              "mastercard2": "Mastercard", "amex": "Amex", "discover": "Discover", "jcb": "JCB",
              "diners": "Diners", "unionpay": "UnionPay", "maestro": "Maestro"}


# --------------------------------------------------------------------------
# adding items
# --------------------------------------------------------------------------

WRITTEN_STYLES = ["contiguous", "contiguous", "spaces", "spaces", "dashes", "dots", "mixed", "irregular",
                  "nbsp", "udash", "zw", "dots", "irregular"]


def card_w(f, brand=None, style=None, d=None, variant=None, text=None):
    brand = brand or brand_pick()
    d = d or make_card(brand)
    style = style or pick(WRITTEN_STYLES)
    txt = text if text is not None else card_written(d, style)
    eid = f.ent("CARD", d, brand=brand)
    f.s(txt, "CARD", variant or CARD_VARIANT.get(style, "card_" + style), eid, brand)
    return d, brand


def card_say(f, voice, brand=None, d=None, variant="card_spoken", sizes=None, seps=None):
    brand = brand or brand_pick()
    d = d or make_card(brand)
    txt = say_groups(d, sizes or std_groups(len(d)), voice, seps)
    eid = f.ent("CARD", d, brand=brand)
    f.s(txt, "CARD", variant, eid, brand)
    return d, brand


def exp_w(f, m=None, y=None, style=None, variant="expiry_written"):
    if m is None:
        m, y = make_exp()
    txt = exp_written(m, y, style)
    f.s(txt, "EXPIRY", variant, f.ent("EXPIRY", "%02d/%02d" % (m, y)))
    return m, y


def exp_say(f, voice=None, m=None, y=None, variant="expiry_spoken"):
    if m is None:
        m, y = make_exp()
    f.s(exp_spoken(m, y, voice), "EXPIRY", variant, f.ent("EXPIRY", "%02d/%02d" % (m, y)))
    return m, y


def cvv_w(f, brand="visa16", c=None, variant="cvv_written"):
    c = c or make_cvv(brand)
    f.s(c, "CVV", variant, f.ent("CVV", c))
    return c


def cvv_say(f, voice, brand="visa16", variant="cvv_spoken"):
    c = make_cvv(brand)
    f.s(cvv_spoken(c, voice), "CVV", variant, f.ent("CVV", c))
    return c


def ssn_w(f, style=None, s=None):
    s = s or make_ssn()
    style = style or pick(["dashes", "dashes", "dashes", "spaces", "plain", "plain", "dots", "nbsp", "udash"])
    f.s(ssn_written(s, style), "SSN", SSN_VARIANT[style], f.ent("SSN", s))
    return s


def ssn_say(f, voice, s=None, style=None, variant=None):
    s = s or make_ssn()
    f.s(ssn_spoken(s, voice, style), "SSN", variant or "ssn_spoken", f.ent("SSN", s))
    return s


def ign(f, txt, variant):
    f.s(txt, "IGNORE", variant, f.ent("IGNORE", None))


def ign_masked(f, txt):
    """a masked card: the IGNORE span runs from its first to its last digit"""
    m = re.search(r"\d.*\d", txt)
    f.t(txt[:m.start()])
    ign(f, m.group(0), "ign_card_masked")
    f.t(txt[m.end():])


def neg_phone(f, style=None):
    p, digits = phone_fmt(style=style)
    f.n(p, "neg_phone")
    return digits


def neg_order(f):
    k = pick(["amazon", "long", "ord", "hash", "long4", "inv"])
    if k == "amazon":
        f.n("%s-%s-%s" % (pick(["111", "112", "113", "114"]), rd(7), rd(7)), "neg_order")
    elif k == "long":
        f.n(nonluhn(R.randint(16, 19), "456789"), "neg_order_luhn_invalid")
    elif k == "long4":
        d = nonluhn(16, "45")
        f.n(" ".join(split_groups(d, [4, 4, 4, 4])), "neg_order_luhn_invalid")
    elif k == "ord":
        f.n("ORD-%d-%s" % (R.randint(2024, 2025), rd(7)), "neg_order")
    elif k == "inv":
        f.n("INV%s" % rd(10), "neg_invoice")
    else:
        f.n("#%s" % rd(R.randint(5, 8)), "neg_order")


def neg_tracking(f):
    k = pick(["ups", "usps", "fedex"])
    if k == "ups":
        u = ups()
        f.n(u if chance(0.6) else "%s %s %s %s %s" % (u[:2], u[2:5], u[5:8], u[8:10], u[10:]), "neg_tracking_ups")
    elif k == "usps":
        u = usps()
        f.n(u if chance(0.5) else " ".join(split_groups(u, [4] * 6)), "neg_tracking_usps")
    else:
        f.n(fedex(), "neg_tracking_fedex")


def neg_money(f, lo=5, hi=900):
    f.n(money(lo, hi), "neg_amount")


def neg_date(f):
    f.n(date_us(), "neg_date")


def neg_dob(f):
    f.n(dob(), "neg_dob")


def conf_no():
    return pick([rd(8), "C" + rd(9), rd(3) + "-" + rd(4), "PMT" + rd(7), rd(10)])


# --------------------------------------------------------------------------
# transcript layouts
# --------------------------------------------------------------------------

class Layout:
    def __init__(self, style, a="Agent", c="Customer"):
        self.style, self.a, self.c = style, a, c
        self.t = R.randint(5, 40)
        self.first = True

    def ts(self, fmt):
        m, s = divmod(self.t, 60)
        h, m = divmod(m, 60)
        if fmt == "hms":
            return "%02d:%02d:%02d" % (h, m, s)
        if fmt == "ms":
            return "%d:%02d" % (m + 60 * h, s)
        return "%02d:%02d:%02d.%03d" % (h, m, s, R.randint(0, 999))

    def head(self, f, who):
        self.t += R.randint(2, 11)
        st = self.style
        lab = self.a if who == "a" else self.c
        if st == "plain":
            f.t("%s: " % lab)
        elif st == "caps":
            f.t("%s: " % lab.upper())
        elif st == "spk":
            f.t("spk_%d: " % (0 if who == "a" else 1))
        elif st == "speaker_ts":
            f.t("[%s] Speaker %d: " % (self.ts("hms"), 1 if who == "a" else 2))
        elif st == "ts_line":
            f.t("%s %s\n" % (lab, self.ts("ms")))
        elif st == "paren_ts":
            f.t("%s (%s): " % (lab.upper(), self.ts("ms")))
        elif st == "vtt":
            a = self.ts("vtt")
            self.t += R.randint(1, 4)
            f.t("%s --> %s\n<v %s>" % (a, self.ts("vtt"), lab))
        elif st in ("none", "oneline"):
            pass
        elif st == "dash":
            f.t("- ")
        return f

    def end(self, f):
        f.t("\n\n" if self.style == "vtt" else (" " if self.style == "oneline" else "\n"))
        return f

    def start(self, f):
        if self.style == "vtt":
            f.t("WEBVTT\n\n")
        return f


# --------------------------------------------------------------------------
# subject 5: agents' notes typed in a hurry (entries reused by exports)
# --------------------------------------------------------------------------

CARD_LAB = ["cc#", "cc", "cc #", "card#", "card", "crad", "cc no", "CC:", "card num", "cc num", "c/c", "cared", "pan"]
EXP_LAB = ["exp", "exp", "exp", "exp.", "exp dt", "experation", "expir", "xp", "exp:", "expiry", "expires", "exps"]
CVV_LAB = ["cvv", "cvv", "cvc", "cvv2", "sec code", "secuirty code", "cvn", "csc", "cvv:", "code"]
SSN_LAB = ["ssn", "ssn", "SSN", "ssm", "ss#", "soc", "soc sec", "social", "SS no.", "SSN#", "ssn:", "SS"]
DONE = ["pmt posted", "conf #", "ok", "cust satisfied", "pmt approved", "auth ok", "approved"]


def ent_payment(f, brand=None):
    """a hurried payment line with card, maybe exp/cvv"""
    brand = brand or brand_pick()
    k = R.randint(1, 6)
    if k == 1:
        f.t(pick(["took pmt ", "pmt ", "otp pmt ", "pd "]))
        neg_money(f, 20, 600)
        f.t(" %s " % pick(["cc#", "on cc", "w/ card", "by card", "visa" if brand.startswith("visa") else "card"]))
        d, _ = card_w(f, brand, pick(["contiguous", "spaces", "dashes", "contiguous"]))
        if chance(0.7):
            f.t(" %s " % pick(EXP_LAB))
            exp_w(f)
            if chance(0.8):
                f.t(" %s " % pick(CVV_LAB))
                cvv_w(f, brand)
        f.t(". conf ")
        f.n(conf_no(), "neg_confirmation")
    elif k == 2:
        f.t(pick(["cc ", "cc:", "cc#", "CC "]))
        card_w(f, brand, "contiguous")
        sep = pick([" ", " ", "/", " / ", " | "])
        f.t(sep + pick(["exp", "exp", "ex", "xp"]) + pick(["", ":", ""]))
        exp_w(f, style=pick(["mmyy", "mm/yy"]))
        f.t(sep + pick(["cvc", "cvv", "cv"]) + pick(["", ":"]))
        cvv_w(f, brand)
    elif k == 3:
        f.t(pick(["pmt info: ", "upd card on file -> ", "new card ", "card/exp/cvv: ", ""]))
        card_w(f, brand, pick(["contiguous", "spaces"]))
        f.t(" ")
        exp_w(f, style=pick(["mmyy", "mm/yy", "mmyy"]), variant="expiry_side_by_side")
        f.t(" ")
        cvv_w(f, brand, variant="cvv_side_by_side")
        f.t(pick(["", " - cust ok w/ autopay", " approved", " (primary)"]))
    elif k == 4:
        f.t("%s " % pick(CARD_LAB))
        card_w(f, brand)
        if chance(0.7):
            f.t(" %s " % pick(EXP_LAB))
            exp_w(f)
        if chance(0.75):
            f.t(" %s " % pick(CVV_LAB))
            cvv_w(f, brand)
    elif k == 5:
        f.t("cb ")
        neg_phone(f, pick(["dash", "dot", "paren"]))
        f.t(" x")
        f.n(rd(4), "neg_extension")
        f.t(pick([" - card ", " / cc ", "; card "]))
        card_w(f, brand, pick(["dashes", "spaces", "contiguous"]))
        f.t(" ")
        exp_w(f, style=pick(["mm/yy", "m/yy"]))
        f.t(" ")
        cvv_w(f, brand, variant="cvv_side_by_side")
    else:
        f.t(pick(["visa ending ", "card ending ", "l4 ", "card on file x"]))
        ign(f, rd(4), "ign_card_last4")
        f.t(pick([" declined", " expired", " DECLINED insuf funds"]) + pick([", cust gave another: ", " - new card ", ". using "]))
        card_w(f, brand)
        if chance(0.5):
            f.t(" exp ")
            exp_w(f)
    return brand


def ent_ssn(f):
    k = R.randint(1, 5)
    if k == 1:
        f.t("%s " % pick(SSN_LAB))
        ssn_w(f)
        f.t(" dob ")
        neg_dob(f)
    elif k == 2:
        f.t(pick(["ss#", "ssn ", "ssn#", "soc "]))
        ssn_w(f, "plain")
        f.t(pick([" cb# ", " cb ", " ph "]))
        neg_phone(f, "plain")
    elif k == 3:
        f.t("verif %s " % pick(["dob", "DOB"]))
        neg_dob(f)
        f.t(" + %s " % pick(SSN_LAB))
        ssn_w(f)
        f.t(pick([" ok", " match", ""]))
    elif k == 4:
        f.t("%s " % pick(SSN_LAB))
        ssn_w(f)
        f.t(pick([" verified, routing ", " / rtn ", ", ACH rtng "]))
        f.n(pick(ROUTING), "neg_routing")
        f.t(" acct ")
        f.n(rd(R.randint(8, 12)), "neg_bank_account")
    else:
        f.t(pick(["mbr id ", "member# "]))
        f.n(pick(["W", "XKM", "H", ""]) + rd(9), "neg_member_id")
        f.t(" %s " % pick(SSN_LAB))
        ssn_w(f)


def ent_plain(f, avoid=None):
    """an entry with no secret; numbers that must stay"""
    k = R.randint(1, 14)
    while k == avoid:
        k = R.randint(1, 14)
    f.last_plain = k
    if k == 1:
        f.t("cust req callback ")
        neg_phone(f)
        f.t(" after ")
        f.n(tm(), "neg_time")
    elif k == 2:
        f.t("order ")
        neg_order(f)
        f.t(" delayed, tracking ")
        neg_tracking(f)
    elif k == 3:
        f.t("refund ")
        neg_money(f)
        f.t(" issued, posts in 5-7 bus days")
    elif k == 4:
        f.t(pick(["l4 ", "last 4 ", "card ending ", "cc x"]))
        ign(f, rd(4), "ign_card_last4")
        f.t(pick([" on file", " confirmed", " verified"]))
    elif k == 5:
        f.t("dob ")
        neg_dob(f)
        f.t(" zip ")
        f.n(zip4(), "neg_zip4")
        f.t(" verified")
    elif k == 6:
        f.t("acct ")
        f.n(rd(R.randint(9, 12)), "neg_account")
        f.t(" bal ")
        neg_money(f, 20, 3000)
        f.t(" due ")
        neg_date(f)
    elif k == 7:
        f.t("sent OTP ")
        f.n(rd(6), "neg_otp")
        f.t(pick([" to cell on file", " via sms", ""]))
    elif k == 8:
        f.t("IMEI ")
        f.n(imei(), "neg_imei")
        f.t(pick([" unlock req", " blacklisted? no", " swap ok"]))
    elif k == 9:
        f.t("appt ")
        neg_date(f)
        f.t(" @ ")
        f.n(tm(), "neg_time")
    elif k == 10:
        f.t(pick(["ticket ", "case ", "INC"]))
        f.n(rd(R.randint(7, 10)), "neg_case")
        f.t(" escalated tier 2")
    elif k == 11:
        f.t("ssn last 4 ")
        ign(f, rd(4), "ign_ssn_last4")
        f.t(" ok")
    elif k == 12:
        f.t("gift card ")
        f.n(" ".join(split_groups(giftcard(19), [4, 4, 4, 4, 3])), "neg_giftcard")
        f.t(" pin ")
        f.n(rd(4), "neg_giftcard_pin")
        f.t(" bal ")
        neg_money(f, 5, 100)
    elif k == 13:
        f.t("policy ")
        f.n("%s-%s-%s" % (pick(["HO", "AU", "PA", "LF"]), rd(2), rd(7)), "neg_policy")
        f.t(" renews ")
        neg_date(f)
    else:
        f.t("cust has 2 cards on file, wants autopay on the %s one" % pick(["visa", "mc", "amex", "debit"]))
    return f


def wrap_segs(segs, width, hard=False):
    """word-wrap (or hard-wrap) the text of segments, keeping the labels"""
    out, col = [], 0
    for s, lab in segs:
        buf = []
        for ch in s:
            if ch == "\n":
                col = 0
                buf.append(ch)
                continue
            if hard and col >= width:
                if not buf and lab is not None:
                    out.append(("\n", None))
                else:
                    buf.append("\n")
                col = 0
            if not hard and col >= width and ch == " ":
                buf.append("\n")
                col = 0
                continue
            buf.append(ch)
            col += 1
        txt = "".join(buf)
        if lab and lab[0] == "span" and "\n" in txt and "\n" not in s:
            lab = (lab[0], dict(lab[1], variant={"CARD": "card_linebreak", "SSN": "ssn_linebreak",
                                                  "EXPIRY": "expiry_linebreak", "CVV": "cvv_linebreak",
                                                  "IGNORE": "ign_linebreak"}[lab[1]["type"]]))
        out.append((txt, lab))
    return out


def who_stamp():
    return pick(["%s %s" % (date_us()[:5].rstrip("/"), tm()), tm(), "%s -" % pick(AGENTS).lower()[:2],
                 "[%s]" % pick(AGENTS).upper()[:3], "%d/%d" % (R.randint(1, 12), R.randint(1, 28))])


def s5_log(n_secret):
    d = Doc("notes", "hurried")
    entries = ["p"] * R.randint(2, 5)
    for _ in range(n_secret):
        entries.insert(R.randint(0, len(entries)), pick(["pay", "ssn"]))
    if n_secret and chance(0.3):
        entries.insert(0, "pay" if chance(0.5) else "ssn")  # a secret at the very start
        entries = entries[:6]
    stamp = chance(0.6)
    for i, e in enumerate(entries):
        if stamp and not (i == 0 and e != "p" and chance(0.5)):
            d.t(who_stamp() + " ")
        {"pay": ent_payment, "ssn": ent_ssn, "p": ent_plain}[e](d)
        d.t(pick(["\n", "\n", ". ", "; ", " // "]) if i < len(entries) - 1 else pick(["", "\n", "."]))
    return d


def s5_tabbed(secret=True):
    d = Doc("notes", "hurried")
    who = name()
    rows = [("Name", lambda: d.t(who)), ("DOB", lambda: neg_dob(d)),
            ("Phone", lambda: neg_phone(d)), ("ZIP", lambda: d.n(zip4(), "neg_zip4"))]
    brand = brand_pick()
    id_only = secret and chance(0.3)
    if secret:
        if chance(0.6) or id_only:
            rows.insert(2, (pick(["SSN", "SS#", "Soc Sec No", "Social"]), lambda: ssn_w(d, pick(["plain", "dashes"]))))
    if id_only:
        rows += [("Card", lambda: (d.t("%s ****" % BRAND_WORD[brand]), ign(d, rd(4), "ign_card_last4"))),
                 ("Acct", lambda: d.n(rd(10), "neg_account"))]
    elif secret:
        rows += [(pick(["Card", "Card Number", "CC", "Payment Card"]), lambda: card_w(d, brand, pick(["contiguous", "spaces"])))]
        if chance(0.8):
            rows.append((pick(["Exp", "Expiration", "Exp Date", "Expires"]), lambda: exp_w(d, style=pick(["mm/yy", "mm/yyyy", "mmyy"]))))
        if chance(0.8):
            rows.append((pick(["CVV", "Security Code", "CVV2", "CVC"]), lambda: cvv_w(d, brand)))
    else:
        rows += [("Card", lambda: (d.t("%s ****" % BRAND_WORD[brand]), ign(d, rd(4), "ign_card_last4"))),
                 ("Acct", lambda: d.n(rd(10), "neg_account")),
                 ("Member ID", lambda: d.n(pick(["W", "ZQ"]) + rd(9), "neg_member_id"))]
    R.shuffle(rows[3:])
    if chance(0.5):
        d.t("--- copied from %s ---\n" % pick(["CRM", "Salesforce", "account screen", "billing tab"]))
    colon = pick([":\t", "\t", ":\t\t", "\t\t"])
    for i, (k, fn) in enumerate(rows):
        d.t(k + colon)
        fn()
        d.t("\n")
    d.t(pick(["", "note: cust calling from work, cb after 5", "pmt sched for %s" % date_us()]))
    return d


def s5_wrapped(secret=True, hard=None):
    d = Doc("notes", "hurried")
    f = Frag(d)
    hard = chance(0.4) if hard is None else hard
    f.t(pick(["CALLER STATES ", "Cust called, ", "Caller ", "CX "]))
    f.t(pick(["she was double billed for ", "he wants to pay past due of ", "wants to pay ", "disputing late fee on "]))
    neg_money(f, 30, 700)
    f.t(pick([". ", ", ", " and "]))
    if secret:
        brand = brand_pick()
        f.t(pick(["Provided card number ", "gave card ", "new card number is ", "paid with "]))
        card_w(f, brand, pick(["spaces", "contiguous", "spaces", "dashes"]))
        if chance(0.75):
            f.t(pick([" expiring ", " exp ", " exp date "]))
            exp_w(f, style=pick(["mm/yy", "mm/yyyy"] + ([] if hard else ["month yyyy"])))
        if chance(0.7):
            f.t(pick([" and security code ", " cvv ", ", code on back "]))
            cvv_w(f, brand)
        f.t(". ")
        if chance(0.4):
            f.t("Verified identity with %s " % pick(["SSN", "social", "ssn"]))
            ssn_w(f, pick(["dashes", "plain", "spaces"]))
            f.t(". ")
    else:
        f.t("Verified last 4 of card ")
        ign(f, rd(4), "ign_card_last4")
        f.t(" and DOB ")
        neg_dob(f)
        f.t(". ")
    f.t("Callback number ")
    neg_phone(f)
    f.t(pick([". Reference ", ". Ticket ", ". Conf "]))
    f.n(conf_no(), "neg_confirmation")
    f.t(pick([". Advised 3-5 business days.", ". Nothing further.", ". Cust thanked me."]))
    segs = wrap_segs(f.segs, pick([40, 48, 60, 72]) if not hard else pick([32, 40, 64, 80]), hard)
    d.segs.extend(segs)
    return d


def s5_pipe_line(secret=True):
    d = Doc("notes", "hurried")
    who = name()
    parts = [lambda: d.t("Caller: " + who), lambda: (d.t("DOB "), neg_dob(d)),
             lambda: (d.t("CB "), neg_phone(d))]
    if secret:
        brand = brand_pick()
        parts += [lambda: (d.t(pick(SSN_LAB).upper() + " "), ssn_w(d))] if chance(0.6) else []
        parts += [lambda: (d.t("Card "), card_w(d, brand)), lambda: (d.t("Exp "), exp_w(d)),
                  lambda: (d.t("CVV "), cvv_w(d, brand))]
    else:
        parts += [lambda: (d.t("Acct "), d.n(rd(11), "neg_account")), lambda: (d.t("Order "), neg_order(d)),
                  lambda: (d.t("L4 "), ign(d, rd(4), "ign_card_last4"))]
    sep = pick([" | ", " | ", " / ", " -- ", "; "])
    for i, p in enumerate(parts):
        p()
        if i < len(parts) - 1:
            d.t(sep)
    return d


# --------------------------------------------------------------------------
# subject 1: long exports (JSON lines, CSV, TSV, IVR logs)
# --------------------------------------------------------------------------

def uuid():
    h = "0123456789abcdef"
    while True:
        u = "-".join("".join(pick(h) for _ in range(k)) for k in (8, 4, 4, 4, 12))
        if not grouped_card_runs(u):
            return u


TZ = ["-05:00"]


def iso(day, sec):
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    return "2025-%sT%02d:%02d:%02d%s" % (day, h, m, s, TZ[0])


def chat_secret(f, nbsp=False):
    brand = brand_pick()
    vis, ag = pick(["Visitor", "Customer", "Guest"]), pick(["Agent", pick(AGENTS)])
    f.t("%s: %s\n" % (vis, pick(["hi i need to pay my bill", "hello, payment didnt go thru on the app",
                                 "Hi can I update my card on file", "i want to pay the past due"])))
    f.t("%s: %s\n" % (ag, pick(["Sure, I can help with that. Please enter the card number.",
                                "Happy to help! What card would you like to use?",
                                "I can take that payment here. Card number please?"])))
    k = R.randint(1, 4)
    f.t("%s: " % vis)
    if k == 1:
        card_w(f, brand, "nbsp00a0" if nbsp else "spaces")
        f.t("\n%s: %s " % (vis, pick(["exp", "expires", "exp date"])))
        exp_w(f)
        f.t(pick([" cvv ", " code ", " and "]))
        cvv_w(f, brand)
    elif k == 2:
        g = split_groups(make_card(brand), [8, 8]) if brand not in ("amex", "diners", "visa13", "visa19") else None
        if g and chance(0.5):
            dd = make_card(brand)
            half = len(dd) // 2
            # typed on two lines in one message
            eid = f.ent("CARD", dd, brand=brand)
            f.s(dd[:half] + "\n" + dd[half:], "CARD", "card_linebreak", eid, brand)
        else:
            card_w(f, brand, pick(["contiguous", "dashes"]))
        f.t("\n%s: %s\n%s: " % (ag, pick(["And the expiration and CVV?", "Thanks. Expiry and security code?"]), vis))
        exp_w(f)
        f.t(pick([" ", ", ", " / "]))
        cvv_w(f, brand, variant="cvv_side_by_side")
    elif k == 3:
        card_w(f, brand, pick(["contiguous", "spaces", "nbsp00a0" if nbsp else "spaces"]))
        if chance(0.5):
            f.t(" %s " % pick(["exp", "exp", "ex"]))
            exp_w(f, style=pick(["mm/yy", "m/yy", "mmyy"]))
            f.t(" ")
            cvv_w(f, brand, variant="cvv_side_by_side")
        else:
            f.t(pick([" (same exp as before)", " - expiry didn't change", ""]))
    else:
        f.t(pick(["its my ", "using my ", "the "]) + BRAND_WORD[brand].lower() + " ")
        card_w(f, brand, pick(["nbsp00a0", "nbsp00a0", "udash"]) if nbsp else pick(["spaces", "dashes"]))
        f.t("\n%s: Thank you. The expiration date?\n%s: " % (ag, vis))
        exp_w(f, style=pick(["mm/yy", "mon yyyy", "month yyyy", "mm/yyyy"]))
    f.t("\n%s: %s " % (ag, pick(["Payment of", "Done, a payment of", "All set:"])))
    neg_money(f, 20, 400)
    f.t(pick([" was processed. Confirmation ", " posted. Ref "]))
    f.n(conf_no(), "neg_confirmation")
    return f


def chat_ssn(f):
    vis = pick(["Visitor", "Customer", "Guest"])
    k = R.randint(0, 2)
    f.t("%s: %s\n" % (vis, ["I need to open a new line", "credit check for the financing", "i got locked out of my account"][k]))
    f.t("Agent: %s\n%s: " % (["For the credit check on the new line I'll need your SSN and date of birth.",
                              "For the credit check please provide your Social Security number.",
                              "To verify your identity I'll need your SSN and date of birth."][k], vis))
    if chance(0.5):
        ssn_w(f, pick(["dashes", "plain", "nbsp", "nbsp"]))
        f.t(pick([" dob ", " born ", "\n%s: dob " % vis]))
        neg_dob(f)
    else:
        neg_dob(f)
        f.t(pick([" and ssn is ", "\n%s: " % vis, ", social "]))
        ssn_w(f, pick(["dashes", "plain", "spaces"]))
    f.t("\nAgent: Thank you, you're verified. %s" % ["Your new line is approved.", "The financing is approved.",
                                                     "I've sent a reset link."][k])
    return f


def chat_plain(f):
    vis = pick(["Visitor", "Customer", "Guest"])
    k = R.randint(1, 7)
    if k == 1:
        f.t("%s: where is my order " % vis)
        neg_order(f)
        f.t("\nAgent: It shipped, tracking ")
        neg_tracking(f)
    elif k == 2:
        f.t("%s: please call me back at " % vis)
        neg_phone(f)
        f.t("\nAgent: Will do, between ")
        f.n(tm(), "neg_time")
        f.t(" and ")
        f.n(tm(), "neg_time")
    elif k == 3:
        f.t("%s: why was i charged " % vis)
        neg_money(f)
        f.t(" on ")
        neg_date(f)
        f.t("\nAgent: That's the annual fee; I've requested a refund.")
    elif k == 4:
        f.t("%s: the code you texted " % vis)
        f.n(rd(6), "neg_otp")
        f.t(" doesn't work\nAgent: I've sent a new one, it's valid for 10 minutes.")
    elif k == 5:
        f.t("%s: my card ending in " % vis)
        ign(f, rd(4), "ign_card_last4")
        f.t(" got declined\nAgent: I see a fraud hold; I've released it.")
    elif k == 6:
        f.t("%s: new phone, IMEI " % vis)
        f.n(imei(), "neg_imei")
        f.t("\nAgent: Thanks, the eSIM is on its way.")
    else:
        f.t("%s: I want to cancel. account " % vis)
        f.n(rd(10), "neg_account")
        f.t("\nAgent: Done, final bill ")
        neg_money(f)
        f.t(" due ")
        neg_date(f)
    return f


def chat_ask(f):
    """a record that asks for a secret and never gets it"""
    k = R.randint(1, 3)
    if k == 1:
        f.t("Visitor: i want to pay\nAgent: Sure, what's the card number and expiration date?\n*** Visitor left the chat ***")
    elif k == 2:
        f.t("Agent: Can you confirm the last four of your social or your full SSN?\nVisitor: hang on")
    else:
        f.t("Visitor: ok ready\nAgent: Please type the 3 digit security code on the back of the card.")
    return f


def note_ask(f):
    f.t(pick(["asked for card number, cust had to go get wallet - will call back",
              "cust refused to give ssn over phone, sent to branch",
              "requested cvv, call dropped", "asked for card # + exp, disconnected"]))
    return f


def note_leading_number(f):
    k = R.randint(1, 6)
    if k == 6:
        neg_tracking(f)
        f.t(pick([" - cust says pkg never arrived, claim filed", " delivered to wrong address per cust"]))
    elif k == 1:
        f.n(str(R.randint(100, 9999)), "neg_address_number")
        f.t(" %s - caller reports outage since " % pick(STREETS))
        f.n(tm(), "neg_time")
    elif k == 2:
        f.t(pick(["store ", "Store #"]))
        f.n(rd(4), "neg_store_number")
        f.t(" called re: price adjustment ")
        neg_money(f, 5, 90)
    elif k == 3:
        f.n(str(R.randint(2, 48)), "neg_count")
        f.t(" min hold before transfer, cust upset")
    elif k == 4:
        f.n(rd(3), "neg_room")
        f.t(" - room number for the reservation, checkout ")
        neg_date(f)
    else:
        f.n(rd(4), "neg_extension")
        f.t(" = ext for %s, warm transfer. model " % pick(["billing", "repairs", "claims"]))
        f.n("%s-%s" % (pick(["WX", "RF", "DW"]), rd(5)), "neg_model")
    return f


def chat_leading_number(f):
    """a chat that opens with a bare number right after a record that asked for a secret"""
    vis = pick(["Visitor", "Customer", "Guest"])
    k = R.randint(1, 6)
    if k == 5:
        f.t("%s: " % vis)
        f.n(" ".join(split_groups(usps(), [4] * 6)), "neg_tracking_usps")
        f.t(" says delivered but nothing here\nAgent: I'm sorry! I've opened a claim, reference ")
        f.n(rd(9), "neg_case")
    elif k == 6:
        f.t("%s: order " % vis)
        f.n(" ".join(split_groups(nonluhn(16, "4"), [4] * 4)), "neg_order_luhn_invalid")
        f.t(" never arrived\nAgent: Let me look that up for you.")
    elif k == 1:
        f.t("%s: " % vis)
        f.n(str(R.randint(100, 9999)), "neg_address_number")
        f.t(" %s - is there an outage in my area?\nAgent: Yes, crews expect to restore power by " % pick(STREETS))
        f.n(tm(), "neg_time")
    elif k == 2:
        f.t("%s: " % vis)
        f.n(rd(3), "neg_count")
        f.t(" minutes on hold yesterday!! nobody answered\nAgent: I'm very sorry about that.")
    elif k == 3:
        f.t("%s: " % vis)
        f.n(rd(4), "neg_store_number")
        f.t(" is the store number on my receipt, can I return there?\nAgent: Yes, any store within 30 days.")
    else:
        f.t("%s: " % vis)
        f.n("%02d/%02d" % (R.randint(1, 12), R.randint(1, 28)), "neg_date")
        f.t(" is when my package was supposed to come\nAgent: Let me check the order.")
    return f


def ent_payment_paste(f):
    """a note pasted from a form or a phone screen: line breaks and no-break spaces inside the values"""
    brand = pick(["visa16", "mastercard", "discover", "mastercard2", "visa16"])
    dg = make_card(brand)
    g = split_groups(dg, std_groups(len(dg)))
    k = R.randint(1, 3)
    f.t(pick(["pmt card:\n", "Card on call:\n", "CARD\n", "new card - "]))
    eid = f.ent("CARD", dg, brand=brand)
    if k == 1:
        f.s(" ".join(g[:2]) + "\n" + " ".join(g[2:]), "CARD", "card_linebreak", eid, brand)
    elif k == 2:
        f.s("\u00a0".join(g), "CARD", "card_unicode_space", eid, brand)
    else:
        f.s("".join(g[:2]) + "\n" + "".join(g[2:]), "CARD", "card_linebreak", eid, brand)
    f.t(pick(["\nexp ", "\nEXP: ", " exp\u00a0"]))
    exp_w(f, style=pick(["mm/yy", "mm/yyyy", "mm/yy"]))
    if chance(0.6):
        f.t(pick(["\ncvv ", "\nCVV: ", " cvv\u00a0"]))
        cvv_w(f, brand)
    return f


def plan_records(n, n_secret, n_ask):
    kinds = ["plain"] * n
    idx = R.sample(range(n), n_secret + n_ask)
    for j, i in enumerate(idx):
        kinds[i] = "secret" if j < n_secret else "ask"
    return kinds


def s1_jsonl_calls(n, n_secret, ascii_only=True):
    d = Doc("export", "exports")
    d.fmt = "jsonl"
    esc = json_esc(ascii_only)
    day = "%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))
    TZ[0] = pick(["Z", "-05:00", "-04:00", "-07:00"])
    sec = R.randint(7 * 3600, 9 * 3600)
    kinds = plan_records(n, n_secret, R.randint(1, 3))
    compact = chance(0.5)
    cs, kv = (",", ":") if compact else (", ", ": ")
    uc = R.randint(10 ** 12, 10 ** 13)
    prev = None
    for i, k in enumerate(kinds):
        sec += R.randint(30, 900)
        f = Frag(d)
        if k == "secret":
            pick([ent_payment, ent_ssn, ent_payment_paste])(f)
            if chance(0.4):
                f.t(pick([". ", "\n", " // "]))
                ent_plain(f)
        elif k == "ask":
            note_ask(f)
        elif prev in ("secret", "ask") or chance(0.15):
            note_leading_number(f)
        else:
            ent_plain(f)
            if chance(0.4):
                f.t(pick([". ", "\n", "; "]))
                ent_plain(f, f.last_plain)
        prev = k
        ani = Frag(d)
        p, _ = phone_fmt(style="e164")
        ani.n(p, "neg_phone")
        ucid = Frag(d)
        ucid.n("0000%s" % (uc + i * R.randint(3, 40)) + rd(3), "neg_ucid")
        fields = [("contact_id", uuid()), ("ucid", ucid), ("queue", pick(["BILLING", "PAYMENTS", "TECH", "RETENTION", "GENERAL"])),
                  ("ani", ani), ("start", iso(day, sec)), ("handle_s", R.randint(40, 1500)),
                  ("agent", pick(AGENTS).lower() + pick(["", "_", "."]) + pick(LAST).lower()[:5]),
                  ("wrap", pick(["PAYMENT", "INQUIRY", "DISPUTE", "TECH_SUPPORT", "CANCEL", "OTHER"])), ("notes", f)]
        d.t("{")
        for j, (key, val) in enumerate(fields):
            d.t('"%s"%s' % (key, kv))
            if isinstance(val, Frag):
                d.t('"')
                d.put(val, esc)
                d.t('"')
            elif isinstance(val, int):
                d.t(str(val))
            else:
                d.t(json.dumps(val))
            if j < len(fields) - 1:
                d.t(cs)
        d.t("}\n")
    return d


def s1_jsonl_chats(n, n_secret, ascii_only=True):
    d = Doc("export", "exports")
    d.fmt = "jsonl"
    esc = json_esc(ascii_only)
    day = "%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))
    TZ[0] = pick(["Z", "-05:00", "-04:00", "-06:00"])
    sec = R.randint(8 * 3600, 10 * 3600)
    kinds = plan_records(n, n_secret, R.randint(2, 4))
    base = R.randint(100000, 900000)
    prev = None
    for i, k in enumerate(kinds):
        sec += R.randint(20, 600)
        f = Frag(d)
        if k == "secret":
            chat_ssn(f) if chance(0.25) else chat_secret(f, nbsp=chance(0.6))
        elif k == "ask":
            chat_ask(f)
        elif prev in ("secret", "ask") and chance(0.7):
            chat_leading_number(f)
        else:
            chat_plain(f)
        prev = k
        rec = [("chat_id", "CH-%d" % (base + i)), ("started", iso(day, sec)),
               ("visitor_name", pick(FIRST)), ("channel", pick(["web", "app", "sms", "whatsapp"])),
               ("transcript", f), ("csat", pick([None, 1, 2, 3, 4, 5]))]
        d.t("{")
        for j, (key, val) in enumerate(rec):
            d.t('"%s": ' % key)
            if isinstance(val, Frag):
                d.t('"')
                d.put(val, esc)
                d.t('"')
            else:
                d.t(json.dumps(val, ensure_ascii=ascii_only))
            if j < len(rec) - 1:
                d.t(", ")
        d.t("}\n")
    return d


def csv_field(d, val, delim=","):
    if isinstance(val, Frag):
        t = val.text()
        if any(c in t for c in (delim, '"', "\n")):
            d.t('"')
            d.put(val, csv_esc)
            d.t('"')
        else:
            d.put(val)
    else:
        val = str(val)
        if any(c in val for c in (delim, '"', "\n")):
            d.t('"' + val.replace('"', '""') + '"')
        else:
            d.t(val)


def s1_csv_calls(n, n_secret, delim=","):
    d = Doc("export", "exports")
    d.fmt = "csv" if delim == "," else "tsv"
    hdr = pick([["call_id", "date", "time", "agent", "queue", "caller_phone", "duration_sec", "disposition", "notes"],
                ["Interaction ID", "Date", "Time", "Agent", "Skill", "ANI", "Talk Time", "Wrap Code", "Agent Notes"]])
    d.t(delim.join(hdr) + "\n")
    base = R.randint(1000000, 9000000)
    m, dd = R.randint(1, 12), R.randint(1, 28)
    sec = R.randint(8 * 3600, 9 * 3600)
    kinds = plan_records(n, n_secret, R.randint(1, 3))
    prev = None
    for i, k in enumerate(kinds):
        sec += R.randint(60, 700)
        f = Frag(d)
        if k == "secret":
            pick([ent_payment, ent_ssn])(f)
            if chance(0.5):
                f.t(pick([", ", "\n", ". "]))
                ent_plain(f)
        elif k == "ask":
            note_ask(f)
        elif prev in ("secret", "ask") or chance(0.1):
            note_leading_number(f)
        else:
            ent_plain(f)
            if chance(0.3):
                f.t(pick([", ", "\n", ". "]))
                ent_plain(f, f.last_plain)
        prev = k
        base += R.randint(1, 3)
        row = [base, "%02d/%02d/2025" % (m, dd),
               "%02d:%02d:%02d" % (sec // 3600, sec // 60 % 60, sec % 60),
               pick(AGENTS) + " " + pick(LAST)[0] + ".", pick(["Billing", "Payments", "Tech", "Sales", "Retention"])]
        ph = Frag(d)
        ph.n(phone_fmt(style=pick(["plain", "dash", "paren"]))[0], "neg_phone")
        row += [ph, R.randint(35, 1800), pick(["PAID", "INFO", "ESCALATED", "CALLBACK", "RESOLVED"]), f]
        for j, v in enumerate(row):
            csv_field(d, v, delim)
            if j < len(row) - 1:
                d.t(delim)
        d.t("\n" if chance(0.7) else "\r\n")
    return d


def s1_ivr_log(n_calls, n_secret):
    """IVR event log: DTMF entries per prompt, many calls interleaved in time order"""
    d = Doc("export", "exports")
    d.fmt = "log"
    day = "2025-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))
    sec = R.randint(6 * 3600, 8 * 3600)
    secret_calls = set(R.sample(range(n_calls), n_secret))
    base = R.randint(200000, 800000)
    sep = pick(["|", " | ", "\t"])
    kv = pick(["=", ": "])
    cpre = pick(["C", "CALL-", ""])
    for c in range(n_calls):
        base += R.randint(1, 4)
        cid = "%s%d" % (cpre, base)
        ev = []
        p, _ = phone_fmt(style="plain")
        ev.append(("CALL_START", ("ani", p, "neg_phone")))
        ev.append(("PROMPT", "main_menu"))
        ev.append(("DTMF", str(R.randint(1, 5)), None))
        if c in secret_calls:
            brand = brand_pick()
            ev.append(("PROMPT", pick(["acct_number", "account_lookup"])))
            ev.append(("DTMF", rd(10), "neg_account"))
            ev.append(("PROMPT", pick(["pay_card_number", "enter_card", "cc_entry"])))
            ev.append(("DTMF", "CARD", brand))
            ev.append(("PROMPT", pick(["pay_card_exp", "enter_expiry", "cc_exp_mmyy"])))
            ev.append(("DTMF", "EXP", None))
            if chance(0.7):
                ev.append(("PROMPT", pick(["pay_card_cvv", "enter_cvv", "cc_sec_code"])))
                ev.append(("DTMF", "CVV", brand))
            ev.append(("PROMPT", "enter_zip"))
            ev.append(("DTMF", "%05d" % R.randint(10001, 99950), "neg_zip"))
            ev.append(("PAYMENT", pick(["APPROVED", "DECLINED"])))
        else:
            k = R.randint(1, 4)
            if k == 1:
                ev.append(("PROMPT", "acct_number"))
                ev.append(("DTMF", rd(10), "neg_account"))
                ev.append(("PROMPT", "balance_readout"))
            elif k == 2:
                ev.append(("PROMPT", "enter_phone"))
                ev.append(("DTMF", phone_fmt(style="plain")[0], "neg_phone"))
            elif k == 3:
                ev.append(("PROMPT", pick(["pay_card_number", "enter_card"])))
                ev.append(("TIMEOUT", "no_input"))
                ev.append(("TRANSFER", "agent_queue_%d" % R.randint(1, 9)))
            else:
                ev.append(("PROMPT", "enter_order_number"))
                ev.append(("DTMF", safe_num(R.choice([10, 12, 16]), "789"), "neg_order"))
        ev.append(("CALL_END", str(R.randint(20, 400))))
        for e in ev:
            sec += R.randint(1, 25)
            d.t("%s %02d:%02d:%02d%s%s%s%s" % (day, sec // 3600, sec // 60 % 60, sec % 60, sep, cid, sep, e[0]))
            if e[0] == "DTMF":
                d.t("%sdigits%s" % (sep, kv))
                if e[1] == "CARD":
                    card_w(d, e[2], "contiguous", variant="card_dtmf")
                    d.t("#" if chance(0.5) else "")
                elif e[1] == "EXP":
                    exp_w(d, style="mmyy", variant="expiry_dtmf")
                elif e[1] == "CVV":
                    cvv_w(d, e[2], variant="cvv_dtmf")
                elif e[2]:
                    d.n(e[1], e[2])
                else:
                    d.t(e[1])
            elif e[0] == "CALL_START":
                d.t("%sani%s" % (sep, kv))
                d.n(e[1][1], "neg_phone")
            elif e[0] == "CALL_END":
                d.t("%sdur_s%s%s" % (sep, kv, e[1]))
            else:
                d.t("%s%s" % (sep, e[1]))
            d.t("\n")
    return d


# --------------------------------------------------------------------------
# subject 2: relay (TTY / IP relay) and captioned-telephone transcripts
# --------------------------------------------------------------------------

def typed_odd(dg, letter_o=False):
    """a deaf caller typing a long number: odd groupings, sometimes no spaces"""
    k = R.randint(1, 5)
    if k == 1:
        out = " ".join(split_groups(dg, odd_sizes(len(dg))))
    elif k == 2:
        out = " ".join(split_groups(dg, [R.randint(5, 9)]))
    elif k == 3:
        out = "-".join(split_groups(dg, [3] * 7))
    elif k == 4:
        out = " ".join(split_groups(dg, [2] * 10))
    else:
        out = " ".join(split_groups(dg, [4] * 5)).replace(" ", "  ", 1)
    if letter_o and "0" in out[1:-1]:
        i = out.index("0", 1)
        if i < len(out) - 1:
            out = out[:i] + "O" + out[i + 1:]
    return out


class Relay:
    def __init__(self, d, style):
        self.d, self.style = d, style
        self.t = R.randint(9 * 3600, 17 * 3600)

    def line(self, who, *parts, ga=True):
        n0 = len(self.d.segs)
        self._line(who, *parts, ga=ga)
        # relay text is all caps, dates and amounts included
        self.d.segs[n0:] = [(t.upper(), lab) for t, lab in self.d.segs[n0:]]

    def _line(self, who, *parts, ga=True):
        d = self.d
        self.t += R.randint(8, 70)
        if self.style == "labels":
            d.t({"a": "AGENT: ", "c": "CALLER: ", "o": "CA: "}[who])
        elif self.style == "ts":
            d.t("[%02d:%02d:%02d] %s " % (self.t // 3600, self.t // 60 % 60, self.t % 60,
                                          {"a": "HEARING PARTY:", "c": "RELAY USER:", "o": "CA:"}[who]))
        elif self.style == "tty":
            d.t({"a": "", "c": "", "o": ""}[who])
        for p in parts:
            if isinstance(p, str):
                d.t(p)
            else:
                p()
        if ga and who != "o":
            d.t(pick([" GA", " GA", " GA", "  GA", " GA."]))
        d.t("\n")


def relay_intro(r, company, agent):
    d = r.d
    if r.style == "tty":
        d.t(pick(["TTY CONVERSATION LOG  ", "*** TTY CALL ***  ", "TTY LINE %d  " % R.randint(1, 6)]))
        d.n(date_us(), "neg_date")
        d.t("  ")
        d.n(tm(), "neg_time")
        d.t("\n")
    else:
        d.t(pick(["IP RELAY SESSION ", "RELAY CALL TRANSCRIPT ", "TRS SESSION LOG "]))
        d.n(date_us(), "neg_date")
        d.t("\n")
    op = rd(4)
    r.line("o", "(RELAY OPERATOR %s " % pick(["CA", "OPR", "#", "CA#"]), lambda: d.n(op, "neg_operator_id"),
           " %s ON LINE)" % pick(["F", "M", ""]) if chance(0.5) else ")")
    if chance(0.5):
        r.line("o", "(DIALING ", lambda: d.n(tollfree(), "neg_phone"), ")")
        r.line("o", pick(["(RINGING)", "(RINGING 2X)", "(RINGING 3X)"]))
    r.line("a", "THANK YOU FOR CALLING %s THIS IS %s HOW CAN I HELP YOU Q" % (company.upper(), agent.upper()))
    if chance(0.5):
        r.line("o", pick(["(CALLER TYPING)", "(PAUSE)", "(RELAY USER IS TYPING)"]))


def s2_relay(secret=True):
    d = Doc("transcript", "relay")
    r = Relay(d, pick(["tty", "labels", "ts", "labels"]))
    company, agent = pick(COMPANIES), pick(AGENTS)
    relay_intro(r, company, agent)
    r.line("c", pick(["HI THIS IS %s I NEED TO PAY MY BILL BY CARD" % name().upper(),
                      "HELLO I AM DEAF USING RELAY. I WANT TO MAKE PAYMENT ON MY ACCOUNT",
                      "HI I GOT LATE NOTICE AND WANT PAY TODAY PLS",
                      "HELLO MY NAME IS %s I NEED HELP WITH MY BILL" % name().upper()]))
    by_phone = chance(0.5)
    r.line("a", pick(["CAN I HAVE THE ACCOUNT NUMBER OR PHONE NUMBER ON THE ACCOUNT Q",
                      "SURE WHAT IS THE PHONE NUMBER ON THE ACCOUNT Q" if by_phone else "SURE WHAT IS YOUR ACCOUNT NUMBER Q"]))
    if chance(0.4):
        r.line("o", "(CALLER TYPING)")
    if by_phone:
        p, dg = phone_fmt(style="plain")
        r.line("c", pick(["MY NUMBER ", "PHONE IS ", ""]), lambda: d.n(" ".join(split_groups(dg, pick([[3, 3, 4], [3, 7], [10]]))), "neg_phone"))
    else:
        r.line("c", "ACCT ", lambda: d.n(typed_odd(rd(R.randint(9, 12))), "neg_account"))
    if secret and chance(0.45):
        r.line("a", pick(["FOR VERIFICATION I NEED YOUR SOCIAL SECURITY NUMBER PLEASE",
                          "TO VERIFY CAN YOU TYPE YOUR FULL SOCIAL Q", "WHAT IS YOUR SSN FOR VERIFICATION Q"]))
        ss = make_ssn()
        st = pick(["spaces", "dashes", "plain", "odd"])
        if st == "odd":
            txt = " ".join(split_groups(ss, pick([[3, 3, 3], [5, 4], [2, 3, 4]])))
            r.line("c", pick(["MY SS IS ", "SSN ", "SOCIAL ", ""]),
                   lambda: d.s(txt, "SSN", "ssn_typed_odd_groups", d.ent("SSN", ss)))
        else:
            r.line("c", pick(["MY SS IS ", "SSN ", "SOCIAL ", "ITS "]), lambda: ssn_w(d, st, ss))
        r.line("a", "THANK YOU AND DATE OF BIRTH Q")
        r.line("c", lambda: neg_dob(d))
    else:
        if chance(0.5):
            r.line("a", "FOR VERIFICATION WHAT ARE LAST 4 OF YOUR SOCIAL Q")
            r.line("c", lambda: ign(d, rd(4), "ign_ssn_last4"))
        else:
            r.line("a", "CAN YOU VERIFY YOUR ZIP CODE Q")
            r.line("c", lambda: d.n(zip4() if chance(0.5) else "%05d" % R.randint(10001, 99950), "neg_zip"))
    bal = R.uniform(40, 900)
    r.line("a", "THANK YOU. YOUR BALANCE IS ", lambda: d.n("$%.2f" % bal, "neg_amount"), ". ",
           pick(["HOW MUCH DO YOU WANT TO PAY Q", "DO YOU WANT TO PAY FULL AMOUNT Q"]))
    if chance(0.5):
        paid = bal
        r.line("c", pick(["PAY ALL", "FULL AMOUNT PLS", "ALL OF IT"]))
    else:
        paid = R.uniform(20, 40)
        r.line("c", pick(["PAY ", "I CAN PAY ", ""]), lambda: d.n(pick(["$%.2f", "%.2f"]) % paid, "neg_amount"), pick([" TODAY", " NOW", ""]))
    if secret:
        brand = brand_pick()
        dg = make_card(brand)
        r.line("a", pick(["OK WHAT IS THE CARD NUMBER Q", "PLEASE TYPE THE CARD NUMBER", "OK I NEED THE CARD NUMBER Q"]))
        r.line("o", pick(["(CALLER TYPING)", "(PAUSE)", "(CALLER TYPING SLOWLY)"]))
        k = R.randint(1, 5)
        if k <= 2:
            lo = chance(0.25)
            txt = typed_odd(dg, letter_o=lo)
            eid = d.ent("CARD", dg, brand=brand)
            r.line("c", pick(["CARD ", "CARD NUMBER IS ", "", "OK ", "%s " % BRAND_WORD[brand].upper()]),
                   lambda: d.s(txt, "CARD", "card_typed_letter_o" if "O" in txt else "card_typed_odd_groups", eid, brand))
        elif k == 3:
            cut = R.randint(5, len(dg) - 5)
            eid = d.ent("CARD", dg, brand=brand)
            a, b = dg[:cut], dg[cut:]
            r.line("c", "CARD IS ", lambda: d.s(typed_odd(a) if len(a) > 6 else a, "CARD", "card_typed_turns", eid, brand))
            r.line("a", pick(["OK CONTINUE", "GOT IT GO ON", "OK"]))
            r.line("c", lambda: d.s(typed_odd(b) if len(b) > 6 else b, "CARD", "card_typed_turns", eid, brand))
        elif k == 4:
            # typed a wrong digit, marked the error with XXX, then retyped the last group (TTY habit)
            g = split_groups(dg, std_groups(len(dg)))
            last = g[-1]
            wrong = last[:-2] + last[-1] + last[-2] if last[-1] != last[-2] else last[:-1] + str((int(last[-1]) + 3) % 10)
            heard = "".join(g[:-1]) + wrong + last
            txt = " ".join(g[:-1] + [wrong]) + pick([" XXX ", " XX ", " XXXX "]) + last
            eid = d.ent("CARD", dg, heard=heard, brand=brand, misheard=True)
            r.line("c", pick(["CARD ", "NUMBER "]), lambda: d.s(txt, "CARD", "card_typed_corrected", eid, brand))
        else:
            # mistyped, agent catches it, caller types again
            bad = list(dg)
            i = R.randint(4, len(dg) - 2)
            bad.insert(i, bad[i]) if chance(0.5) else bad.pop(i)
            bad = "".join(bad)
            e1 = d.ent("CARD", dg, heard=bad, brand=brand, misheard=True)
            r.line("c", lambda: d.s(typed_odd(bad), "CARD", "card_typed_mistyped", e1, brand))
            r.line("a", "I THINK A NUMBER IS %s CAN YOU TYPE IT AGAIN SLOWLY Q" % pick(["MISSING", "EXTRA", "WRONG"]))
            r.line("o", "(CALLER TYPING)")
            r.line("c", pick(["SORRY ", "OOPS ", ""]), lambda: card_w(d, brand, pick(["spaces", "contiguous"]), d=dg))
        if chance(0.7):
            r.line("a", pick(["AND THE EXPIRATION DATE Q", "EXP DATE Q", "WHAT IS EXPIRATION MONTH AND YEAR Q"]))
            r.line("c", pick(["", "EXP ", "ITS "]), lambda: exp_w(d, style=pick(["mm/yy", "mm yy", "mmyy", "mon yyyy", "m/yy", "mm/yyyy"])))
        if chance(0.7):
            r.line("a", pick(["AND THE 3 DIGIT CODE ON BACK Q", "SECURITY CODE ON THE BACK Q", "CVV Q"])
                   if brand != "amex" else "AND THE 4 DIGIT CODE ON FRONT Q")
            r.line("c", lambda: cvv_w(d, brand))
        r.line("o", pick(["(PAUSE)", "(HOLD)", "(AGENT TYPING)", "(HOLD MUSIC)"]))
        r.line("a", "OK PAYMENT OF ", lambda: d.n("$%.2f" % paid, "neg_amount"), " IS APPROVED. CONFIRMATION NUMBER ",
               lambda: d.n(conf_no(), "neg_confirmation"))
    else:
        k = R.randint(1, 4)
        if k == 1:
            r.line("a", "I SEE A CARD ON FILE ENDING ", lambda: ign(d, rd(4), "ign_card_last4"), " DO YOU WANT TO USE THAT Q")
            r.line("c", "YES USE THAT ONE")
            r.line("a", "DONE. CONFIRMATION ", lambda: d.n(conf_no(), "neg_confirmation"), " PAYMENT POSTS ", lambda: neg_date(d))
        elif k == 2:
            r.line("a", "WE CAN SET UP BANK DRAFT. ROUTING NUMBER Q")
            r.line("c", lambda: d.n(pick(ROUTING), "neg_routing"))
            r.line("a", "AND ACCOUNT NUMBER Q")
            r.line("c", lambda: d.n(typed_odd(rd(R.randint(9, 12))), "neg_bank_account"))
            r.line("a", "FIRST DRAFT ", lambda: neg_date(d), " OK Q")
        elif k == 3:
            r.line("c", "I WANT PAY BY PHONE BUT NOT TODAY. I WILL CALL BACK FRIDAY")
            r.line("a", "OK YOUR DUE DATE IS ", lambda: neg_date(d), " AND YOU CAN ALSO CALL OUR TTY LINE ", lambda: d.n(tollfree(), "neg_phone"))
        else:
            r.line("c", "I ALSO NEED TO ACTIVATE NEW PHONE. IMEI IS ", lambda: d.n(typed_odd(imei()), "neg_imei"))
            r.line("a", "THANK YOU AND THE SIM CARD NUMBER Q IT STARTS WITH 89")
            r.line("c", lambda: d.n(typed_odd(iccid()), "neg_iccid"))
            r.line("a", "OK ACTIVATED. ORDER NUMBER ", lambda: neg_order(d))
    r.line("c", pick(["THANK YOU VERY MUCH", "THANKS FOR YOUR HELP", "OK THANK YOU BYE"]) + pick([" GA TO SK", " SK", " SKSK"]), ga=False)
    r.line("a", pick(["YOU ARE WELCOME HAVE A GOOD DAY SK", "THANK YOU FOR CALLING BYE SKSK"]), ga=False)
    if chance(0.6):
        r.line("o", pick(["(CALLER DISCONNECTED)", "(HANGS UP)", "(CALL ENDED)"]))
    return d


def s2_ip_relay_ivr(secret=True):
    """IP relay user reaching an IVR: the CA notes what the recording says and the digits entered"""
    d = Doc("transcript", "relay")
    r = Relay(d, "ts")
    company = pick(COMPANIES)
    d.t("IP RELAY TRANSCRIPT - SESSION ")
    d.n(rd(9), "neg_session_id")
    d.t("\n")
    r.line("o", "(DIALING ", lambda: d.n(tollfree(), "neg_phone"), ")")
    r.line("o", "(RECORDING) THANK YOU FOR CALLING %s. FOR BILLING PRESS 1. FOR TECHNICAL SUPPORT PRESS 2" % company.upper())
    r.line("c", "PRESS 1")
    r.line("o", "(PRESSED 1) (RECORDING) PLEASE ENTER YOUR 10 DIGIT ACCOUNT NUMBER FOLLOWED BY POUND")
    acct = rd(10)
    r.line("c", lambda: d.n(typed_odd(acct), "neg_account"))
    r.line("o", "(ENTERED ", lambda: d.n(acct, "neg_account"), "#)")
    r.line("o", "(RECORDING) YOUR BALANCE IS ", lambda: neg_money(d, 30, 500), " DUE ", lambda: neg_date(d),
           ". TO PAY NOW PRESS 1")
    if secret:
        brand = brand_pick()
        dg = make_card(brand)
        r.line("c", "1 PLS")
        r.line("o", "(PRESSED 1) (RECORDING) ENTER YOUR CARD NUMBER FOLLOWED BY POUND")
        r.line("c", lambda: d.s(typed_odd(dg), "CARD", "card_typed_odd_groups", d.ent("CARD", dg, brand=brand), brand))
        r.line("o", "(ENTERED ", lambda: card_w(d, brand, "contiguous", d=dg, variant="card_operator_note"), "#)")
        m, y = make_exp()
        r.line("o", "(RECORDING) ENTER THE 4 DIGIT EXPIRATION DATE")
        r.line("c", lambda: exp_w(d, m, y, style=pick(["mm/yy", "mmyy", "mm yy"])))
        r.line("o", "(ENTERED ", lambda: exp_w(d, m, y, style="mmyy", variant="expiry_operator_note"), ")")
        if chance(0.6):
            c = make_cvv(brand)
            r.line("o", "(RECORDING) ENTER THE SECURITY CODE")
            r.line("c", lambda: cvv_w(d, brand, c))
            r.line("o", "(ENTERED ", lambda: cvv_w(d, brand, c, variant="cvv_operator_note"), ")")
        r.line("o", "(RECORDING) YOUR PAYMENT OF ", lambda: neg_money(d, 30, 500), " WAS ACCEPTED. CONFIRMATION ",
               lambda: d.n(" ".join(rd(1) for _ in range(8)), "neg_confirmation"))
    else:
        r.line("c", "NO I WANT TALK TO PERSON. AGENT")
        r.line("o", "(PRESSED 0) (HOLD MUSIC) (HOLD 4 MIN)")
        r.line("a", "THIS IS %s WITH BILLING HOW CAN I HELP Q" % pick(AGENTS).upper())
        r.line("c", "I WAS CHARGED TWICE ON ", lambda: neg_date(d), " FOR ", lambda: neg_money(d, 30, 200))
        r.line("a", "I SEE IT. REFUND WILL POST IN 3 TO 5 DAYS TO CARD ENDING ", lambda: ign(d, rd(4), "ign_card_last4"),
               ". REFERENCE ", lambda: d.n(conf_no(), "neg_confirmation"))
    r.line("c", "THANK YOU SK", ga=False)
    r.line("o", "(CALL ENDED)")
    return d


def s2_captions(secret=True):
    """captioned telephone: only the agent's side is captioned, in caps, in short lines"""
    d = Doc("transcript", "relay")
    t = R.randint(9 * 3600, 17 * 3600)
    ts_style = pick(["br", "plain", "none"])
    d.t(pick(["CAPTIONED CALL LOG\n", "CAPTIONS  ", "CAPTEL SESSION "]))
    d.n(date_us(), "neg_date")
    d.t("\n")
    voice = Voice(zero=("ZERO", "OH"), homo=0.2, numerals=0.35)

    def cap(*parts):
        nonlocal t
        t += R.randint(2, 9)
        if ts_style == "br":
            d.t("[%02d:%02d:%02d] " % (t // 3600, t // 60 % 60, t % 60))
        elif ts_style == "plain":
            d.t("%d:%02d " % (t // 60 % 60, t % 60))
        for p in parts:
            d.t(p) if isinstance(p, str) else p()
        d.t("\n")

    agent, company = pick(AGENTS), pick(COMPANIES)
    cap("THANK YOU FOR CALLING %s THIS IS %s" % (company.upper(), agent.upper()))
    cap("HOW CAN I HELP YOU TODAY")
    cap("(PAUSE)")
    cap(pick(["OKAY I CAN HELP YOU WITH THAT", "ALL RIGHT LET ME PULL THAT UP", "SURE NO PROBLEM"]))
    cap("CAN I HAVE THE PHONE NUMBER ON THE ACCOUNT")
    cap("(PAUSE)")
    p, dg = phone_fmt(style="plain")
    cap("I HAVE ", lambda: d.n(phone_spoken(dg, voice).upper() if chance(0.5) else phone_fmt(style="dash")[0], "neg_phone"), " IS THAT RIGHT")
    if secret:
        brand = brand_pick()
        cd = make_card(brand)
        cap(pick(["OKAY GO AHEAD WITH THE CARD NUMBER WHEN YOU'RE READY", "AND THE CARD NUMBER"]))
        cap("(PAUSE)")
        g = split_groups(cd, std_groups(len(cd)))
        eid = d.ent("CARD", cd, brand=brand)
        cut = R.randint(1, len(g) - 1)
        first = " ".join(voice.group(x).upper() for x in g[:cut])
        rest = " ".join(voice.group(x).upper() for x in g[cut:])
        cap("OKAY I HAVE ", lambda: d.s(first, "CARD", "card_captioned_readback", eid, brand))
        if chance(0.5):
            cap("(PAUSE)")
        cap(lambda: d.s(rest, "CARD", "card_captioned_readback", eid, brand))
        m, y = make_exp()
        cap("AND THAT EXPIRES ", lambda: d.s(exp_spoken(m, y, voice).upper() if chance(0.5) else exp_written(m, y, "mm/yy"),
                                            "EXPIRY", "expiry_captioned", d.ent("EXPIRY", "%02d/%02d" % (m, y))))
        if chance(0.7):
            c = make_cvv(brand)
            cap(pick(["AND THE CODE ON THE BACK ", "SECURITY CODE "]) if brand != "amex" else "AND THE FOUR DIGIT CODE ON THE FRONT ",
                lambda: d.s(voice.group(c).upper(), "CVV", "cvv_captioned", d.ent("CVV", c)))
        cap("PERFECT")
        if chance(0.4):
            cap("AND I ALSO NEED THE SOCIAL FOR THE CREDIT CHECK")
            cap("(PAUSE)")
            ss = make_ssn()
            cap("I HAVE ", lambda: d.s(ssn_spoken(ss, voice, "single").upper(), "SSN", "ssn_captioned", d.ent("SSN", ss)))
        cap("YOUR CONFIRMATION NUMBER IS ", lambda: d.n(conf_no(), "neg_confirmation"))
    else:
        cap("(PAUSE)")
        cap("I SEE TWO CARDS ON FILE ONE ENDING IN ", lambda: ign(d, rd(4), "ign_card_last4"),
            " AND ONE ENDING IN ", lambda: ign(d, rd(4), "ign_card_last4"))
        cap("(PAUSE)")
        cap("OKAY THE PAYMENT OF ", lambda: neg_money(d, 20, 300), " IS SCHEDULED FOR ", lambda: neg_date(d))
        cap("AND YOUR REWARDS CARD EXPIRES ", lambda: d.n(exp_written(*make_exp(), style="mm/yy"), "neg_loyalty_expiry"),
            " SO USE THE POINTS BEFORE THEN")
    cap("IS THERE ANYTHING ELSE")
    cap("(PAUSE)")
    cap("OKAY YOU HAVE A GOOD DAY BYE BYE")
    return d


# --------------------------------------------------------------------------
# subject 3: disputes and chargebacks
# --------------------------------------------------------------------------

def masked(dg, style=None):
    style = style or pick(["x4", "stars", "bin", "xdash", "first4", "bullets"])
    l4 = dg[-4:]
    n = len(dg)
    return {"x4": "%s XXXX XXXX %s" % (dg[:4], l4) if n == 16 else "%s XXXXXX X%s" % (dg[:4], l4),
            "stars": "*" * (n - 4) + l4, "bin": dg[:6] + "*" * (n - 10) + l4,
            "xdash": "XXXX-XXXX-XXXX-" + l4, "first4": dg[:4] + "*" * (n - 8) + l4,
            "bullets": "\u2022\u2022\u2022\u2022 " + l4}[style]


def reason_code():
    return pick(["10.4", "13.1", "13.3", "12.6.1", "13.2", "4837", "4853", "4863", "4834", "F29", "C08", "UA02"])


def auth_code():
    return pick([rd(6), "".join(pick("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)), "0" + rd(5)])


def txn_id():
    return pick([safe_num(15), "MCC" + "".join(pick("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)), "ch_3" + "".join(pick("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(20))])


MERCH = ["STREAMFLIX*MONTHLY", "GLOBALAIR 0142", "SQ *BEANERY CAFE", "AMZN Mktp US*2K4", "TST* LUNA TAQUERIA",
         "PAYPAL *ELECTROMART", "UBER *TRIP", "HOTELSPOT.COM", "APPLE.COM/BILL", "SP * GLOWSKIN CO",
         "WALMART.COM 8009", "DD *DOORDASH PIZZA", "SHELL OIL 57442", "PRIMEGYM CLUB FEE"]


def fmt_day(dt):
    return pick(["%02d/%02d/%d" % (dt.month, dt.day, dt.year), "%d/%d" % (dt.month, dt.day),
                 "%s %d" % (MONTHS[dt.month - 1][:3], dt.day), "%d-%02d-%02d" % (dt.year, dt.month, dt.day)])


def disputed_lines(f, n, label_style):
    """transaction lines; returns (total amount, last posting date)"""
    day = datetime.date(2025, 1, 1) + datetime.timedelta(days=R.randint(0, 300))
    total = 0.0
    bullet = pick(["  ", "- ", "* ", ""])
    for _ in range(n):
        day += datetime.timedelta(days=R.randint(0, 12))
        amt = round(R.uniform(9, 1400), 2)
        total += amt
        f.t(bullet)
        f.n(fmt_day(day), "neg_date")
        f.t(" ")
        f.n(pick(["$%.2f", "%.2f", "USD %.2f"]) % amt, "neg_amount")
        f.t(" %s  %s " % (pick(MERCH), pick(["auth", "auth code", "AC", "apprv"])))
        f.n(auth_code(), "neg_auth_code")
        if chance(0.5):
            f.t(" posted ")
            f.n(fmt_day(day + datetime.timedelta(days=R.randint(1, 3))), "neg_date")
        if chance(0.5):
            f.t(" ARN ")
            f.n(arn(chance(0.7)), "neg_arn")
        f.t("\n")
    return total, day


def s3_intake_note(full=True):
    d = Doc("notes", "disputes")
    brand = pick(["visa16", "visa16", "mastercard", "mastercard2", "amex", "discover"])
    dg = make_card(brand)
    other_b = brand_pick()
    other = make_card(other_b)
    d.t(pick(["DISPUTE INTAKE", "Dispute intake", "CHARGEBACK REQ", "Fraud/dispute notes"]) + " - case ")
    d.n(pick(["DSP-2025-%s-%s" % (rd(4), rd(4)), "CB%s" % rd(8), rd(9)]), "neg_case")
    d.t("\n%s %s  DOB " % (pick(["Cardholder:", "CH:", "Cust:"]), name()))
    neg_dob(d)
    d.t(pick([" (verified)\n", " verif ok\n", "\n"]))
    d.t("%s %s ending " % (pick(["Cards on acct:", "2 cards:", "Cards:"]), BRAND_WORD[brand]))
    ign(d, dg[-4:], "ign_card_last4")
    d.t(" and %s ending " % BRAND_WORD[other_b])
    ign(d, other[-4:], "ign_card_last4")
    d.t("\nDisputed on the %s (" % BRAND_WORD[brand])
    ign_masked(d, masked(dg))
    d.t("):\n")
    total, day = disputed_lines(d, R.randint(1, 3), None)
    d.t("%s %s. Prov credit " % (pick(["Reason code", "Reason cd", "Reason", "RC"]), reason_code()))
    d.n("$%.2f" % total, "neg_amount")
    d.t(" issued ")
    today = day + datetime.timedelta(days=R.randint(5, 40))
    d.n(fmt_day(today), "neg_date")
    d.t(".\n")
    if full:
        k = R.randint(1, 4)
        if k == 1:
            d.t(pick(["Cust read full card to confirm: ", "full PAN per cust: ", "Cust gave full cc# (not needed): "]))
            card_w(d, brand, pick(["spaces", "contiguous", "dashes"]), d=dg)
            if chance(0.5):
                d.t(" exp ")
                exp_w(d)
            d.t("\n")
        elif k == 2:
            d.t("Old card ")
            card_w(d, brand, pick(["spaces", "contiguous"]), d=dg)
            d.t(" closed (reported lost ")
            neg_date(d)
            d.t("), replaced by ")
            nb = make_card(brand)
            card_w(d, brand, pick(["spaces", "contiguous"]), d=nb)
            d.t(" exp ")
            exp_w(d)
            d.t("\n")
        elif k == 3:
            d.t("Merchant receipt shows card ")
            card_w(d, brand, pick(["spaces", "contiguous"]), d=dg)
            d.t(" - matches our records. ")
            if chance(0.6):
                d.t("Cust also read cvv ")
                cvv_w(d, brand)
                d.t(", told not needed.")
            d.t("\n")
        else:
            d.t("Cust says she also has her husband's card ")
            card_w(d, other_b, pick(["spaces", "contiguous"]), d=other)
            d.t(" exp ")
            exp_w(d, style=pick(["mm/yy", "mmyy"]))
            d.t(" but no disputed charges on that one.\n")
    d.t("Next: submit cb by ")
    d.n(fmt_day(today + datetime.timedelta(days=R.randint(10, 30))), "neg_date")
    d.t(pick([". Cust cb# ", ". Contact ", ". Cell "]))
    neg_phone(d)
    d.t("\n")
    return d


def s3_chat(full=True):
    d = Doc("chat", "disputes")
    brand = pick(["visa16", "mastercard", "amex", "discover", "visa16", "mastercard2"])
    dg = make_card(brand)
    vis, ag = pick(FIRST), pick(AGENTS)
    st = pick(["brk", "name"])
    clock = [R.randint(8 * 60, 20 * 60)]
    h24 = chance(0.5)

    def who(x):
        clock[0] += R.randint(0, 3)
        h, m = divmod(clock[0], 60)
        stamp = "%02d:%02d" % (h, m) if h24 else "%d:%02d %s" % ((h - 1) % 12 + 1, m, "PM" if h >= 12 else "AM")
        t = "[%s] %s" % (stamp, x) if st == "brk" else x
        d.t(t + ": ")
    who(vis)
    d.t("there's a charge for ")
    neg_money(d, 30, 800)
    d.t(" from %s on " % pick(MERCH))
    neg_date(d)
    d.t(pick([" i never made", " that I didn't authorize", ", i cancelled that subscription"]) + "\n")
    who(ag)
    d.t("I'm sorry to hear that. Can you confirm the last four digits of the card?\n")
    who(vis)
    if full:
        d.t(pick(["its ", "here's the whole thing ", "", "card is "]))
        card_w(d, brand, pick(["contiguous", "spaces", "spaces", "dashes", "nbsp"]), d=dg)
        if chance(0.4):
            d.t(pick([" exp ", " expires ", " "]))
            exp_w(d)
        if chance(0.4):
            d.t(pick([" cvv ", " and the code is ", " sec code "]))
            cvv_w(d, brand)
        d.t("\n")
        who(ag)
        d.t("Thank you. For your security, please don't share full card numbers in chat, the last four (")
        ign(d, dg[-4:], "ign_card_last4")
        d.t(") is enough. ")
    else:
        ign(d, dg[-4:], "ign_card_last4")
        d.t("\n")
        who(ag)
        d.t("Thank you. ")
    d.t("I've opened dispute ")
    d.n(pick(["DSP%s" % rd(7), rd(10), "CB-%s-%s" % (rd(4), rd(5))]), "neg_case")
    d.t(" and issued a temporary credit of ")
    neg_money(d, 30, 800)
    d.t(". The merchant has 45 days to respond; the reference number for the transaction is ")
    d.n(arn(chance(0.6)), "neg_arn")
    d.t(".\n")
    who(vis)
    d.t(pick(["ok thanks", "thank you!!", "will I get a new card?", "ok. also can you update my phone to "]))
    if d.text().endswith("to "):
        neg_phone(d)
    d.t("\n")
    return d


def s3_merchant_email(full=False):
    d = Doc("email", "disputes")
    brand = pick(["visa16", "mastercard", "amex", "discover"])
    dg = make_card(brand)
    d.t("Subject: RE: Chargeback notification - Case ")
    case = "CB-2025-%s" % rd(6)
    d.n(case, "neg_case")
    d.t("\n\nHello,\n\nPlease find our response to the above chargeback.\n\n")
    d.t("Card: ")
    ign_masked(d, masked(dg, pick(["x4", "stars", "bin", "xdash"])))
    d.t("\nTransaction date: ")
    neg_date(d)
    d.t("\nAmount: ")
    neg_money(d, 30, 2000)
    d.t("\nAuthorization code: ")
    d.n(auth_code(), "neg_auth_code")
    d.t("\nARN: ")
    d.n(arn(True), "neg_arn")
    d.t("\nTransaction ID: ")
    d.n(txn_id(), "neg_txn_id")
    d.t("\nMerchant ID: ")
    d.n(safe_num(pick([12, 15]), "123456789"), "neg_merchant_id")
    d.t("  Terminal ID: ")
    d.n(rd(8), "neg_terminal_id")
    d.t("\nReason code: %s\nOrder number: " % reason_code())
    neg_order(d)
    d.t("\nShipped via UPS ")
    d.n(ups(), "neg_tracking_ups")
    d.t(", delivered ")
    neg_date(d)
    d.t(" and signed for. AVS match (ZIP ")
    d.n(zip4(), "neg_zip4")
    d.t("), CVV match.\n")
    if full:
        d.t("\nThe cardholder's original order form is pasted below:\n> Name: %s\n> Card number: " % name())
        if chance(0.5):
            g = card_written(dg, "spaces")
            cut = g.rfind(" ", 0, 10) if len(g) > 10 else 4
            eid = d.ent("CARD", dg, brand=brand)
            d.s(g[:cut] + "\n> " + g[cut + 1:], "CARD", "card_linebreak_quoted", eid, brand)
        else:
            card_w(d, brand, "spaces", d=dg)
        d.t("\n> Expiration: ")
        exp_w(d, style=pick(["mm/yy", "mm/yyyy"]))
        d.t("\n> Phone: ")
        neg_phone(d)
        d.t("\n")
    d.t("\nWe request that the chargeback be reversed. Call us at ")
    neg_phone(d)
    d.t(" with any questions.\n\nRegards,\n%s\nDisputes Team, %s\n" % (name(), pick(COMPANIES)))
    return d


def s3_cb_export(n, n_full):
    """chargeback queue export (CSV) with masked cards; a few rows carry a full PAN"""
    d = Doc("export", "disputes")
    d.fmt = "csv"
    d.t("case_id,opened,card,brand,amount,reason,arn,auth,status,analyst_note\n")
    full_rows = set(R.sample(range(n), n_full))
    base = R.randint(100000, 900000)
    for i in range(n):
        b = pick(["visa16", "visa16", "mastercard", "amex", "discover", "mastercard2"])
        dg = make_card(b)
        where = pick(["col", "note"]) if i in full_rows else None
        d.n("CB%d" % (base + i), "neg_case")
        d.t(",")
        d.n("2025-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)), "neg_date")
        d.t(",")
        if where == "col":
            card_w(d, b, "contiguous", d=dg, variant="card_wrong_column")
        else:
            ign_masked(d, masked(dg, pick(["stars", "bin", "first4"])))
        d.t(",%s," % BRAND_WORD[b].upper())
        d.n("%.2f" % R.uniform(5, 2500), "neg_amount")
        d.t(",%s," % reason_code())
        d.n(arn(chance(0.5)), "neg_arn")
        d.t(",")
        d.n(auth_code(), "neg_auth_code")
        d.t(",%s," % pick(["OPEN", "REPRESENTED", "WON", "LOST", "PENDING_DOCS"]))
        f = Frag(d)
        if where == "note":
            f.t(pick(["cust emailed full card ", "per call: card ", "CH confirmed card # "]))
            card_w(f, b, pick(["spaces", "contiguous"]), d=dg)
            if chance(0.5):
                f.t(" exp ")
                exp_w(f, style="mm/yy")
        else:
            k = R.randint(1, 8)
            if k == 1:
                f.t("cust says card ending ")
                ign(f, dg[-4:], "ign_card_last4")
                f.t(" not theirs, 2 cards on acct")
            elif k == 2:
                f.t("duplicate of CB%d" % (base + i - 1))
            elif k == 3:
                f.t("refund already issued, see RMA ")
                f.n(rd(6), "neg_rma")
            elif k == 4:
                f.t("rebuttal sent w/ POD, tracking ")
                neg_tracking(f)
            elif k == 5:
                f.t("docs requested, due ")
                neg_date(f)
        csv_field(d, f)
        d.t("\n")
    return d


def s3_call(full=True):
    d = Doc("transcript", "disputes")
    L = Layout(pick(["plain", "speaker_ts", "ts_line", "spk"]), pick(["Agent", "Rep"]), pick(["Customer", "Caller", "Cardholder"]))
    voice = Voice(zero=("zero", "oh"), doubles=0.3, numerals=0.5)
    brand = pick(["visa16", "mastercard", "discover", "visa16", "amex"])
    dg = make_card(brand)
    L.start(d)
    L.head(d, "a"); d.t("Card services dispute line, this is %s. Can I get the last four of the card?" % pick(AGENTS)); L.end(d)
    L.head(d, "c")
    if full:
        d.t("Uh, I'll give you the whole thing, it's ")
        eid = d.ent("CARD", dg, brand=brand)
        d.s(say_groups(dg, std_groups(len(dg)), voice), "CARD", "card_stt_mixed", eid, brand)
    else:
        d.t("It's ")
        ign(d, voice.group(dg[-4:]), "ign_card_last4")
    L.end(d)
    L.head(d, "a"); d.t("Thank you. I see two charges from %s, " % pick(MERCH)); neg_money(d, 10, 400)
    d.t(" on "); neg_date(d); d.t(" and "); neg_money(d, 10, 400); d.t(" on "); neg_date(d); d.t(". Which one?"); L.end(d)
    L.head(d, "c"); d.t("Both. And the statement has this reference, seven four, uh, I can read it if you want."); L.end(d)
    L.head(d, "a"); d.t("No need, I have the ARN on my screen. "); L.end(d)
    if full and chance(0.6):
        L.head(d, "a"); d.t("And for the provisional credit I need the expiration date."); L.end(d)
        L.head(d, "c"); exp_say(d, voice); L.end(d)
    L.head(d, "a"); d.t("Okay, case number is "); cn = rd(8); d.n(" ".join(cn), "neg_case")
    d.t(". Reason code %s, merchant has until " % reason_code()); neg_date(d); d.t(" to respond."); L.end(d)
    L.head(d, "c"); d.t("And you'll send a new card?"); L.end(d)
    L.head(d, "a"); d.t("Yes, the new card arrives in 7 to 10 business days; the card ending ")
    ign(d, dg[-4:], "ign_card_last4"); d.t(" is closed now."); L.end(d)
    return d


def s3_masked_only():
    """a dispute summary full of masked numbers, last fours, ARNs: no secret"""
    d = Doc("notes", "disputes")
    d.t(pick(["Chargeback summary ", "CB REVIEW ", "Dispute recap "]))
    neg_date(d)
    d.t("\n")
    for _ in range(R.randint(2, 4)):
        b = pick(["visa16", "mastercard", "amex", "discover"])
        dg = make_card(b)
        d.t("%s " % BRAND_WORD[b])
        ign_masked(d, masked(dg))
        d.t(" | ")
        neg_money(d, 10, 900)
        d.t(" | auth ")
        d.n(auth_code(), "neg_auth_code")
        d.t(" | ARN ")
        d.n(arn(True), "neg_arn")
        d.t(" | reason %s\n" % reason_code())
    d.t("Cust confirmed l4 ")
    ign(d, rd(4), "ign_card_last4")
    d.t(" and zip ")
    d.n(zip4(), "neg_zip4")
    d.t(". MID ")
    d.n(safe_num(15, "123456789"), "neg_merchant_id")
    d.t(" / txn ")
    d.n(txn_id(), "neg_txn_id")
    d.t(". BIN ")
    d.n(make_card("visa16")[:6], "neg_bin")
    d.t(" issuer confirms. Cust has 2 cards, both active.\n")
    return d


# --------------------------------------------------------------------------
# subject 4: speech-recogniser output, strong accents, noisy lines
# --------------------------------------------------------------------------

ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]

PROFILES = {
    "indian": dict(voice=lambda: Voice(zero=("zero",), doubles=0.85, homo=0.2, numerals=0.15),
                   hi=["Hello, yes, good morning ma'am.", "Hello? Yes, am I audible?", "Hi sir, actually I am calling regarding my payment."],
                   ok=["Yes ma'am.", "Okay okay.", "Yes, correct.", "One minute, please.", "Haan, yes."],
                   lead=["It is ", "Number is ", "Yes, note it down, ", "Okay, ", "My card number is "]),
    "nigerian": dict(voice=lambda: Voice(zero=("zero", "oh"), doubles=0.7, homo=0.2, numerals=0.1),
                     hi=["Good afternoon sir, I want to make a payment please.", "Hello, yes please, I'm calling about my bill."],
                     ok=["Yes sir.", "Okay sir, I'm hearing you.", "Please hold on.", "That's correct."],
                     lead=["The number is ", "Okay, it's ", "Let me read it, ", "Please take it, "]),
    "filipino": dict(voice=lambda: Voice(zero=("zero",), doubles=0.3, homo=0.25, numerals=0.2),
                     hi=["Hello po, good evening.", "Hi ma'am, I would like to pay my bill po."],
                     ok=["Yes po.", "Okay ma'am.", "Yes, that's right po.", "Correct po."],
                     lead=["It's ", "Okay po, ", "The card is ", ""]),
    "southern": dict(voice=lambda: Voice(zero=("oh",), pairs=0.65, homo=0.1, numerals=0.1),
                     hi=["Hey there, yes ma'am, I need to pay on my account.", "Well hi, I got a bill here I need to take care of."],
                     ok=["Yes ma'am.", "Alright.", "Mm-hmm.", "Yep, that's it."],
                     lead=["Alright, it's ", "Okay, you ready? ", "Let's see here, ", "It's "]),
    "elderly": dict(voice=lambda: Voice(zero=("oh", "zero"), pairs=0.35, doubles=0.25, homo=0.1),
                    hi=["Hello? Is this the billing? My grandson said to call.", "Yes, hello dear, I'm calling about the bill that came."],
                    ok=["Yes dear.", "What's that? Oh, yes.", "Hold on, let me get my glasses.", "Alright."],
                    lead=["Let me see, it says ", "Okay, here it is, ", "The numbers on the front are ", "It's "]),
    "noisy": dict(voice=lambda: Voice(zero=("zero", "oh", "o"), homo=0.3, numerals=0.45),
                  hi=["Hello? [noise] hi yeah I'm trying to pay my bill", "hey can you hear me I'm in the car [inaudible]"],
                  ok=["yeah", "okay [noise]", "sorry you're breaking up", "yes"],
                  lead=["yeah it's ", "okay it's ", "", "card is "]),
}

ACKS = ["Mm-hmm.", "Okay.", "Uh-huh.", "Go ahead.", "Yes, go on.", "Okay, next.", "Got it."]


def dob_spoken():
    y, m, dd = R.randint(1938, 2000), R.randint(1, 12), R.randint(1, 28)
    return pick(["%s %s, nineteen %s" % (MONTHS[m - 1].lower(), ORD[dd], pair(str(y)[2:])),
                 "%s %s %s" % (W[m] if m < 10 else TEENS[m - 10], W[dd] if dd < 10 else (TEENS[dd - 10] if dd < 20 else pair(str(dd))), "nineteen " + pair(str(y)[2:]))])


def nat(n):
    """0-99 as words"""
    return W[n] if n < 10 else pair("%02d" % n)


def money_spoken():
    d, c = R.randint(12, 899), R.randint(1, 99)
    if d >= 100:
        h, r = divmod(d, 100)
        dw = W[h] + " hundred" + (pick([" ", " and "]) + nat(r) if r else "") if chance(0.7) or not r else W[h] + " " + (nat(r) if r >= 10 else "oh " + W[r])
    else:
        dw = nat(d)
    return "%s dollars and %s cents" % (dw, nat(c))


def s4_call(secret=True):
    prof_name = pick(list(PROFILES))
    P = PROFILES[prof_name]
    voice = P["voice"]()
    d = Doc("transcript", "accents")
    d.profile = prof_name
    st = pick(["plain", "caps", "spk", "speaker_ts", "ts_line", "paren_ts", "vtt", "none", "oneline", "plain", "spk"])
    L = Layout(st, pick(["Agent", "Rep", "Agent"]), pick(["Customer", "Caller", "Client"]))
    L.start(d)
    company, agent = pick(COMPANIES), pick(AGENTS)

    def A(*parts):
        L.head(d, "a")
        for p in parts:
            d.t(p) if isinstance(p, str) else p()
        L.end(d)

    def C(*parts):
        L.head(d, "c")
        for p in parts:
            d.t(p) if isinstance(p, str) else p()
        L.end(d)

    A("Thank you for calling %s, this is %s, how can I help you today?" % (company, agent))
    C(pick(P["hi"]))
    A(pick(["Sure, can I get the phone number on the account?", "I can help. What's the best callback number in case we get disconnected?"]))
    _, pdg = phone_fmt()
    C(pick(["It's ", "Yes, ", ""]), lambda: d.n(phone_spoken(pdg, voice), "neg_phone_spoken"))
    if chance(0.5):
        A("And your date of birth?")
        C(lambda: d.n(dob_spoken(), "neg_dob_spoken"))
    items = []
    if secret:
        roll = R.random()
        items = ["card"] if roll < 0.55 else (["ssn"] if roll < 0.75 else ["ssn", "card"])
    if "ssn" in items:
        A(pick(["For the credit check I'll need your Social Security number.", "Can you verify your full social please?",
                "And the social security number on the account?"]))
        ss = make_ssn()
        if chance(0.3):
            eid = d.ent("SSN", ss)
            C(pick(P["lead"]).replace("card number", "social").replace("card", "social"),
              lambda: d.s(voice.singles(ss[:3]) + pick([", ", " "]) + voice.singles(ss[3:5]), "SSN", "ssn_spoken_turns", eid))
            A(pick(ACKS))
            C(lambda: d.s(voice.singles(ss[5:]) if chance(0.6) else pairs(ss[5:]), "SSN", "ssn_spoken_turns", eid))
        else:
            C(pick(["It's ", "My social is ", "Okay, ", ""]),
              lambda: d.s(ssn_spoken(ss, voice), "SSN", "ssn_spoken_accent", d.ent("SSN", ss)))
        A(pick(["Thank you, you're verified.", "Okay, that matches.", "Got it, thanks."]))
    if "card" in items:
        A("Your balance is ", lambda: d.n(money_spoken(), "neg_amount_spoken"),
          pick([". What card would you like to use?", ". Can I have the card number?"]))
        brand = pick(["visa16", "visa16", "mastercard", "mastercard", "mastercard2", "amex", "discover", "visa16", "jcb", "discover"])
        dg = make_card(brand)
        gs = split_groups(dg, std_groups(len(dg)))
        pat = pick(["single", "single", "turns", "segments", "dropped", "selfcorr", "stutter", "turns"])
        if pat == "segments" and st in ("none", "oneline"):
            pat = "single"
        lead = pick(P["lead"])
        if pat == "single":
            C(lead, lambda: card_say(d, voice, brand, dg, "card_spoken_accent"))
        elif pat in ("turns", "segments"):
            cut = R.randint(1, len(gs) - 1)
            a, b = "".join(gs[:cut]), "".join(gs[cut:])
            eid = d.ent("CARD", dg, brand=brand)
            var = "card_spoken_turns" if pat == "turns" else "card_spoken_segments"
            C(lead, lambda: d.s(say_groups(a, std_groups(len(dg))[:cut], voice), "CARD", var, eid, brand))
            if pat == "turns":
                A(pick(ACKS))
            C(lambda: d.s(say_groups(b, std_groups(len(dg))[cut:], voice), "CARD", var, eid, brand))
        elif pat == "dropped":
            # the recogniser (or the caller) drops a digit; agent reads back; caller corrects
            dbl = [i for i in range(len(dg) - 1) if dg[i] == dg[i + 1]]
            i = pick(dbl) if dbl else R.randint(4, len(dg) - 2)
            heard = dg[:i] + dg[i + 1:]
            sizes = std_groups(len(dg))
            hs = list(sizes)
            gi, acc = 0, 0
            while acc + sizes[gi] <= i:
                acc += sizes[gi]
                gi += 1
            hs[gi] -= 1
            e1 = d.ent("CARD", dg, heard=heard, brand=brand, misheard=True)
            C(lead, lambda: d.s(say_groups(heard, hs, voice), "CARD", "card_spoken_misheard", e1, brand))
            e2 = d.ent("CARD", dg, heard=heard, brand=brand, misheard=True)
            rb = " ".join(split_groups(heard, hs)) if chance(0.5) else say_groups(heard, hs, Voice(zero=("zero",)), ", ")
            A("Let me read that back, ", lambda: d.s(rb, "CARD", "card_readback_misheard", e2, brand),
              pick(["?", ". I think I'm missing a digit.", ". That's only %s digits." % TEENS[len(heard) - 10]]))
            if dbl:
                x = W[int(dg[i])] if dg[i] != "0" else pick(["zero", "oh"])
                C(pick(["No, ", "No no, ", "No ma'am, "]), lambda: ign(d, "%s %s, not %s" % (x, x, x), "ign_card_fragment"),
                  pick([".", ", double.", ". Double %s." % x]))
            else:
                g_ok = gs[gi]
                g_bad = split_groups(heard, hs)[gi]
                C(pick(["No, the group is ", "No, that part is ", "No, it's "]),
                  lambda: ign(d, "%s, not %s" % (voice.singles(g_ok), voice.singles(g_bad)), "ign_card_fragment"), ".")
            A("Okay, so ", lambda: card_w(d, brand, pick(["spaces", "contiguous"]), d=dg, variant="card_readback_digits")
              if chance(0.5) else card_say(d, Voice(zero=("zero",)), brand, dg, "card_readback_spoken"), "?")
            C(pick(P["ok"]))
        elif pat == "selfcorr":
            j = R.randint(1, len(gs) - 2) if len(gs) > 2 else 1
            part = gs[j][:-1]
            eid = None
            words = []
            for k, g in enumerate(gs):
                if k == j:
                    words.append(voice.singles(part) + pick([", no wait, ", ", sorry, ", "... no, no, ", ", uh, no, "]) + voice.singles(g))
                else:
                    words.append(voice.group(g))
            heard = "".join(gs[:j]) + part + "".join(gs[j:])
            eid = d.ent("CARD", dg, heard=heard, brand=brand, misheard=True)
            C(lead, lambda: d.s(", ".join(words), "CARD", "card_spoken_selfcorrected", eid, brand))
        else:  # stutter: recogniser repeats a word
            i = R.randint(2, len(dg) - 3)
            heard = dg[:i] + dg[i] + dg[i:]
            sizes = std_groups(len(dg))
            hs = list(sizes)
            gi, acc = 0, 0
            while acc + sizes[gi] <= i:
                acc += sizes[gi]
                gi += 1
            hs[gi] += 1
            e1 = d.ent("CARD", dg, heard=heard, brand=brand, misheard=True)
            C(lead, lambda: d.s(say_groups(heard, hs, voice), "CARD", "card_stt_repeated_digit", e1, brand))
            A(pick(["Sorry, I got too many digits there. Could you repeat it slowly?", "I think the line cut, can you say it once more?"]))
            C(lambda: card_say(d, voice, brand, dg, "card_spoken_repeat"))
        if pat not in ("dropped",) and chance(0.15):
            A(pick(["Let me read that back: ", "So that's ", "Okay I have "]),
              lambda: card_w(d, brand, pick(["spaces", "spaces", "contiguous"]), d=dg, variant="card_readback_digits")
              if chance(0.5) else card_say(d, Voice(zero=("zero", "oh")), brand, dg, "card_readback_spoken"), ".")
            C(pick(P["ok"]))
        if chance(0.85):
            A(pick(["And the expiration date?", "What's the expiry on the card?", "Expiration month and year?"]))
            C(pick(["", "It's ", "Expiry is ", "Okay, "]), lambda: exp_say(d, voice, variant="expiry_spoken_accent"))
        if chance(0.8):
            A(pick(["And the three digit code on the back?", "The security code please?", "And the CVV?"])
              if brand != "amex" else "And the four digit code on the front?")
            C(pick(["", "It's ", "Back side is "]), lambda: cvv_say(d, voice, brand, "cvv_spoken_accent"))
        A("Okay, I'm processing ", lambda: d.n(money_spoken(), "neg_amount_spoken"), " now.")
        if chance(0.4):
            C(pick(["Wait, which card ended in ", "Is that going on the card ending "]),
              lambda: ign(d, voice.singles(dg[-4:]), "ign_card_last4"), "?")
            A("Yes, that one.")
    if not secret:
        k = R.randint(1, 4)
        if k == 1:
            A("For verification, the last four of your social?")
            C(lambda: ign(d, voice.singles(rd(4)), "ign_ssn_last4"))
            A("Thank you. I see the payment of ", lambda: d.n(money_spoken(), "neg_amount_spoken"), " posted on ", lambda: neg_date(d), ".")
        elif k == 2:
            A("I can check the gift card balance. Read me the number on the back?")
            C(lambda: d.n(say_groups(giftcard(16), [4, 4, 4, 4], voice), "neg_giftcard_spoken"),
              ", and the PIN is ", lambda: d.n(voice.singles(rd(4)), "neg_giftcard_pin"))
            A("The balance is ", lambda: d.n(money_spoken(), "neg_amount_spoken"), ".")
        elif k == 3:
            A("I'm sending you a one-time code by text. Can you read it to me?")
            C(lambda: d.n(voice.singles(rd(6)), "neg_otp_spoken"))
            A("Thank you. And your zip code?")
            C(lambda: d.n(voice.singles("%05d" % R.randint(10001, 99950)), "neg_zip_spoken"))
        else:
            A("I'll set up the payment arrangement. What's your account number?")
            C(lambda: d.n(say_groups(rd(10), [3, 3, 4], voice), "neg_account_spoken"))
            A("Thanks. The card on file ends in ", lambda: ign(d, rd(4), "ign_card_last4"), ", same card?")
            C(pick(P["ok"]))
    if chance(0.5):
        A("Your confirmation number is ", lambda: d.n(" ".join(conf_no()) if chance(0.5) else conf_no(), "neg_confirmation"), ".")
    C(pick(["Thank you so much.", "Okay thank you, bye.", "Thank you, God bless.", "Alright, bye now."]))
    return d


# --------------------------------------------------------------------------
# subject 6: hard negatives (documents with no secret)
# --------------------------------------------------------------------------

def npi():
    body = "1" + rd(8)
    # NPI check digit: Luhn over 80840 + first 9 digits
    full = luhn_complete("80840" + body)
    return body + full[-1]


def s6_activation():
    d = Doc(pick(["transcript", "chat"]), "negatives")
    L = Layout(pick(["plain", "spk", "speaker_ts"]) if d.kind == "transcript" else "plain",
               pick(["Agent", "Rep"]), pick(["Customer", "Caller"]) if d.kind == "transcript" else "Visitor")
    voice = Voice(zero=("zero", "oh"), numerals=0.5)
    L.head(d, "c"); d.t("Hi, I got a new phone and need to move my line over."); L.end(d)
    L.head(d, "a"); d.t("Sure. I'll need the IMEI, you can dial star pound zero six pound to see it."); L.end(d)
    L.head(d, "c"); d.t(pick(["It says ", "IMEI is ", "ok "]))
    im = imei()
    d.n(pick([im, " ".join(split_groups(im, [2, 6, 6, 1])), "%s %s %s %s" % (im[:2], im[2:8], im[8:14], im[14])]), "neg_imei")
    if chance(0.5):
        d.t(" and IMEI2 ")
        d.n(imei(), "neg_imei")
    L.end(d)
    L.head(d, "a"); d.t("Thanks. And the SIM card number, the ICCID, it's the long number starting with 89?"); L.end(d)
    L.head(d, "c")
    ic = iccid()
    d.n(pick([ic, " ".join(split_groups(ic, [4] * 5))]), "neg_iccid")
    L.end(d)
    L.head(d, "a"); d.t("Perfect. Is this a port-in? I'll need the account number and transfer PIN from your old carrier."); L.end(d)
    L.head(d, "c"); d.t("Account "); d.n(rd(9), "neg_account"); d.t(", PIN "); d.n(rd(pick([4, 6])), "neg_port_pin")
    d.t(", and the number is "); neg_phone(d); L.end(d)
    L.head(d, "a"); d.t("Great. The port should finish by "); d.n(tm(), "neg_time"); d.t(". Your order number is ")
    neg_order(d); d.t(" and the SIM card expires if not activated in 30 days."); L.end(d)
    return d


def s6_ach():
    d = Doc(pick(["notes", "email"]), "negatives")
    if d.kind == "email":
        d.t("From: %s\nSubject: autopay from checking\n\nHi, please switch my autopay to my bank account instead of the card.\n\n" % name())
    else:
        d.t("ACH enrollment - ")
    d.t("Routing ")
    d.n(pick(ROUTING), "neg_routing")
    d.t(pick(["\nAccount ", ", acct ", " / Acct# "]))
    d.n(rd(R.randint(9, 12)), "neg_bank_account")
    d.t(pick(["\nCheck # ", ", check no. "]))
    d.n(str(R.randint(1001, 9999)), "neg_check_number")
    d.t(pick(["\nFirst draft ", ", 1st draft "]))
    neg_date(d)
    d.t(" for ")
    neg_money(d, 40, 500)
    d.t(pick([". Card ending ", "\nremove card x"]))
    ign(d, rd(4), "ign_card_last4")
    d.t(" from autopay")
    if d.kind == "email":
        d.t(". You can reach me at ")
        neg_phone(d)
        d.t(".\n\nThanks,\n%s\n" % pick(FIRST))
    else:
        d.t(". EIN on biz acct ")
        d.n("%02d-%s" % (R.randint(10, 98), rd(7)), "neg_ein")
        d.t("\n")
    return d


def s6_shipping():
    d = Doc(pick(["email", "chat"]), "negatives")
    if d.kind == "email":
        d.t("Subject: Where is my order?\n\nHello,\n\nI ordered on ")
        neg_date(d)
        d.t(", order ")
        neg_order(d)
        d.t(", and the tracking ")
        neg_tracking(d)
        d.t(" hasn't moved in a week. The invoice number is ")
        d.n("INV-%s" % nonluhn(16, "45"), "neg_invoice")
        d.t(". My address is %d %s, %s, %s " % (R.randint(12, 9800), pick(STREETS), *pick(CITIES)))
        d.n(zip4(), "neg_zip4")
        d.t(".\n\n> On ")
        neg_date(d)
        d.t(" Support wrote:\n> Your replacement shipped via FedEx ")
        d.n(fedex(), "neg_tracking_fedex")
        d.t(" and USPS ")
        d.n(usps(), "neg_tracking_usps")
        d.t("\n\nThanks, %s\n" % pick(FIRST))
    else:
        d.t("Visitor: hi, 2 packages, order ")
        d.n(nonluhn(pick([16, 17, 18, 19]), "4569"), "neg_order_luhn_invalid")
        d.t(" and ")
        neg_order(d)
        d.t("\nAgent: I see both. The first shipped UPS ")
        d.n(ups(), "neg_tracking_ups")
        d.t(", the second is USPS ")
        u = usps()
        d.n(" ".join(split_groups(u, [4] * 6)), "neg_tracking_usps")
        d.t(". Delivery by ")
        neg_date(d)
        d.t(" before ")
        d.n(tm(), "neg_time")
        d.t(".\nVisitor: thanks!\n")
    return d


def s6_giftcard():
    d = Doc(pick(["transcript", "chat"]), "negatives")
    L = Layout("plain" if d.kind == "chat" else pick(["plain", "caps", "spk"]), "Agent",
               "Visitor" if d.kind == "chat" else "Caller")
    L.head(d, "c"); d.t("I want to check the balance on a gift card and my rewards card."); L.end(d)
    L.head(d, "a"); d.t("Sure, what's the gift card number and the PIN under the scratch strip?"); L.end(d)
    L.head(d, "c")
    g = giftcard(pick([16, 19]))
    d.n(" ".join(split_groups(g, [4] * 5)), "neg_giftcard")
    d.t(pick([", pin ", " PIN ", " and the pin is "]))
    d.n(rd(pick([4, 8])), "neg_giftcard_pin")
    L.end(d)
    L.head(d, "a"); d.t("The balance is "); neg_money(d, 5, 150); d.t(". And the rewards number?"); L.end(d)
    L.head(d, "c")
    if chance(0.5):
        rw = luhn_complete(pick(["7", "9", "0"]) + rd(14))
        ign(d, rw, "ign_luhn16_noncard_iin")
    else:
        d.n(nonluhn(12, "78"), "neg_loyalty")
    d.t(". It says the card expires ")
    d.n(exp_written(*make_exp(), style=pick(["mm/yy", "mm/yyyy"])), "neg_loyalty_expiry")
    L.end(d)
    L.head(d, "a"); d.t("That's the membership expiry, your points are good until "); neg_date(d)
    d.t(". You have "); d.n(str(R.randint(120, 9000)), "neg_points"); d.t(" points."); L.end(d)
    return d


def s6_insurance():
    d = Doc("transcript", "negatives")
    L = Layout(pick(["plain", "speaker_ts", "ts_line", "paren_ts"]), "Agent", pick(["Member", "Caller"]))
    voice = Voice(zero=("zero", "oh"))
    L.head(d, "a"); d.t("%s member services, can I have your member ID?" % pick(COMPANIES)); L.end(d)
    L.head(d, "c"); d.n(pick(["W", "XKM", "ZGP"]) + rd(9), "neg_member_id"); d.t(", group number "); d.n(rd(6), "neg_group_number"); L.end(d)
    L.head(d, "a"); d.t("And the date of birth?"); L.end(d)
    L.head(d, "c"); d.n(dob_spoken(), "neg_dob_spoken"); L.end(d)
    L.head(d, "a"); d.t("Thank you. I see claim "); d.n(rd(12), "neg_claim"); d.t(" from "); neg_date(d)
    d.t(", billed "); neg_money(d, 80, 4000); d.t(", provider NPI "); d.n(npi(), "neg_npi"); d.t("."); L.end(d)
    L.head(d, "c"); d.t("They said call the billing office at "); neg_phone(d); d.t(" extension "); d.n(rd(4), "neg_extension"); L.end(d)
    L.head(d, "a"); d.t("Yes. Your policy number is "); d.n("%s-%s-%s" % (pick(["HMO", "PPO", "LF"]), rd(3), rd(6)), "neg_policy")
    d.t(", and the social security question is only for Medicare, you don't need it."); L.end(d)
    L.head(d, "c"); d.t("Okay. My appointment is "); neg_date(d); d.t(" at "); d.n(tm(), "neg_time"); d.t("."); L.end(d)
    return d


def s6_security_chat():
    d = Doc("chat", "negatives")
    vis = pick(FIRST)
    d.t("%s: I got locked out, it's asking my security question\n" % vis)
    d.t("Agent: I can help. I've sent a one-time passcode to the phone ending in ")
    d.n(rd(4), "neg_phone_last4")
    d.t(".\n%s: got it " % vis)
    d.n(rd(6) if chance(0.5) else "%s %s" % (rd(3), rd(3)), "neg_otp")
    d.t("\nAgent: Thanks. I also see 2 cards on the account. Is the card ending in ")
    ign(d, rd(4), "ign_card_last4")
    d.t(" still yours?\n%s: yes. the other one ends in " % vis)
    ign(d, rd(4), "ign_card_last4")
    d.t(", they're both mine\nAgent: Great. Please don't post your card details on social media, we had reports of scams. Your ticket is ")
    d.n("TKT%s" % rd(8), "neg_case")
    d.t(".\n%s: ok. also i changed my number to " % vis)
    neg_phone(d)
    d.t(" and my zip is ")
    d.n(zip4(), "neg_zip4")
    d.t("\n")
    return d


def s6_phones():
    d = Doc("transcript", "negatives")
    L = Layout(pick(["plain", "spk", "none", "speaker_ts", "oneline"]), "Agent", "Caller")
    voice = Voice(zero=("oh", "zero"), doubles=0.5, pairs=0.3)
    L.head(d, "a"); d.t("What's the best number to reach you?"); L.end(d)
    _, pd = phone_fmt()
    L.head(d, "c"); d.t("My cell is "); d.n(phone_spoken(pd, voice), "neg_phone_spoken")
    d.t(pick([", or my work, ", ". Or work "]))
    d.n(phone_fmt()[0], "neg_phone"); d.t(" extension "); d.n(rd(4), "neg_extension"); L.end(d)
    L.head(d, "a"); d.t("And you said you're overseas next month?"); L.end(d)
    city, num = pick([("Lagos", "+234 803 %s %s" % (rd(3), rd(4))), ("Manila", "+63 917 %s %s" % (rd(3), rd(4))),
                      ("Chennai", "+91 98%s %s" % (rd(3), rd(5))), ("London", "+44 20 7946 %s" % rd(4))])
    L.head(d, "c"); d.t("Yes, my sister's number in %s is " % city)
    d.n(num, "neg_phone_intl"); L.end(d)
    L.head(d, "a"); d.t("Got it. I'll call back "); neg_date(d); d.t(" at "); d.n(tm(), "neg_time")
    d.t(". Your reference is "); d.n(conf_no(), "neg_confirmation"); d.t("."); L.end(d)
    return d


# --------------------------------------------------------------------------
# checker
# --------------------------------------------------------------------------

ONESD = {"zero": "0", "oh": "0", "o": "0", "one": "1", "won": "1", "two": "2", "to": "2", "too": "2",
         "three": "3", "tree": "3", "four": "4", "for": "4", "five": "5", "fife": "5", "six": "6",
         "seven": "7", "eight": "8", "ate": "8", "nine": "9", "niner": "9"}
TEEND = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENSD = {w: str(i) for i, w in enumerate(TENS) if w}
FILL = {"uh", "um", "er", "ah", "and", "no", "not", "wait", "sorry", "pause", "xxx", "xx", "xxxx"}
NUMWORDS = set(ONESD) | set(TEEND) | set(TENSD) | {"double", "triple", "hundred", "thousand"}
MONWORDS = {m.lower() for m in MONTHS} | {m.lower()[:3] for m in MONTHS} | {"sept"}
VARIANT_MISHEARD = ("misheard", "corrected", "mistyped", "repeated", "selfcorrected")


def unescape_for_digits(t):
    t = re.sub(r"\\u[0-9a-fA-F]{4}", " ", t)
    return re.sub(r'\\[nrt"\\/]', " ", t)


def decode(text):
    toks = [x.lower() for x in re.findall(r"[A-Za-z]+|\d|[,.;]", unescape_for_digits(text))]
    out, i = [], 0

    def nxt(j):
        return toks[j] if j < len(toks) else ""
    while i < len(toks):
        t = toks[i]
        if t in ",.;":
            i += 1
        elif t.isdigit():
            out.append(t)
            i += 1
        elif t in ("double", "triple"):
            assert nxt(i + 1) in ONESD, ("double without digit", text)
            out.append(ONESD[toks[i + 1]] * (2 if t == "double" else 3))
            i += 2
        elif t in ONESD and nxt(i + 1) == "hundred":
            h, j = ONESD[t], i + 2
            if nxt(j) == "and":
                j += 1
            if nxt(j) in TEEND:
                out.append(h + TEEND[toks[j]])
                i = j + 1
            elif nxt(j) in TENSD:
                if nxt(j + 1) in ONESD and ONESD[toks[j + 1]] != "0":
                    out.append(h + TENSD[toks[j]] + ONESD[toks[j + 1]])
                    i = j + 2
                else:
                    out.append(h + TENSD[toks[j]] + "0")
                    i = j + 1
            elif nxt(j) in ONESD:
                out.append(h + "0" + ONESD[toks[j]])
                i = j + 1
            else:
                out.append(h + "00")
                i = j
        elif t in ONESD:
            out.append(ONESD[t])
            i += 1
        elif t in TEEND:
            out.append(TEEND[t])
            i += 1
        elif t in TENSD:
            if nxt(i + 1) in ONESD and ONESD[toks[i + 1]] != "0":
                out.append(TENSD[t] + ONESD[toks[i + 1]])
                i += 2
            else:
                out.append(TENSD[t] + "0")
                i += 1
        elif t in FILL:
            i += 1
        else:
            raise AssertionError("unknown word %r in span %r" % (t, text))
    return "".join(out)


def edge_ok(text, typ, variant):
    words = NUMWORDS | (MONWORDS if typ == "EXPIRY" else set())
    m1 = re.match(r"[A-Za-z]+|\d", text)
    m2 = re.search(r"([A-Za-z]+|\d)$", text)
    ok1 = bool(m1) and (m1.group(0).isdigit() or m1.group(0).lower() in words)
    ok2 = bool(m2) and (m2.group(1).isdigit() or m2.group(1).lower() in words)
    return ok1 and ok2


def is_subseq(a, b):
    it = iter(b)
    return all(c in it for c in a)


def check(docs, path=None):
    errors = []

    def err(doc, msg):
        errors.append("%s: %s" % (doc["id"], msg))
    seen_ids = set()
    for doc in docs:
        text = doc["text"]
        assert doc["id"] not in seen_ids
        seen_ids.add(doc["id"])
        assert doc["kind"] in ("transcript", "notes", "chat", "email", "export"), doc["kind"]
        spans = doc["spans"]
        prev_end = -1
        for sp in spans:
            st, en = sp["start"], sp["end"]
            if not (0 <= st < en <= len(text)):
                err(doc, "span out of range %r" % sp)
                continue
            if st < prev_end:
                err(doc, "overlapping or unsorted spans at %d" % st)
            prev_end = en
            piece = text[st:en]
            if not edge_ok(piece, sp["type"], sp["variant"]):
                err(doc, "span edges %r (%s)" % (piece, sp["type"]))
            if piece != piece.strip():
                err(doc, "span has outer whitespace %r" % piece)
        for ng in doc["negatives"]:
            if not (0 <= ng["start"] < ng["end"] <= len(text)):
                err(doc, "negative out of range")
            for sp in spans:
                if ng["start"] < sp["end"] and sp["start"] < ng["end"]:
                    err(doc, "negative %r overlaps span" % text[ng["start"]:ng["end"]])
        meta = doc.get("_meta", {}).get("ents", {})
        by_ent = {}
        for sp in spans:
            by_ent.setdefault(sp["entity"], []).append(sp)
        for eid, sps in by_ent.items():
            types = {s["type"] for s in sps}
            if len(types) != 1:
                err(doc, "entity %s has types %s" % (eid, types))
                continue
            typ = types.pop()
            m = meta.get(eid)
            if typ == "IGNORE" or typ == "EXPIRY":
                continue
            try:
                heard = "".join(decode(text[s["start"]:s["end"]]) for s in sps)
            except AssertionError as e:
                err(doc, str(e))
                continue
            if m and heard != m["heard"]:
                err(doc, "entity %s decodes to %s, expected %s (%r)" % (eid, heard, m["heard"],
                                                                      [text[s["start"]:s["end"]] for s in sps]))
            if typ == "CARD":
                mis = any(any(k in s["variant"] for k in VARIANT_MISHEARD) for s in sps)
                if mis:
                    val = m["value"] if m else None
                    if not val or not card_like(val) or heard == val:
                        err(doc, "misheard card %s: intended %s not a valid card or heard equals it" % (eid, val))
                    elif not is_subseq(val, heard) and len(heard) >= len(val):
                        err(doc, "corrected card %s: intended not inside what was said" % eid)
                else:
                    if not card_like(heard):
                        err(doc, "card %s %s not Luhn-valid with a brand prefix" % (eid, heard))
                    elif sps[0].get("brand") not in brands_of(heard):
                        err(doc, "card %s brand %s not in %s" % (eid, sps[0].get("brand"), brands_of(heard)))
            elif typ == "SSN":
                if not ssn_ok(heard):
                    err(doc, "ssn %s %s breaks SSA rules" % (eid, heard))
            elif typ == "CVV":
                if len(heard) not in (3, 4):
                    err(doc, "cvv %s %s" % (eid, heard))
        # no unlabelled card-like digit run outside spans (other than inside ARNs / IMEI / ICCID)
        covered = [(s["start"], s["end"]) for s in spans] + \
            [(n["start"], n["end"]) for n in doc["negatives"] if n["kind"] in ("neg_arn", "neg_iccid", "neg_imei")]
        for mm in re.finditer(r"(?<![A-Za-z0-9])\d{13,19}(?![A-Za-z0-9])", text):
            if card_like(mm.group(0)) and not any(a <= mm.start() and mm.end() <= b for a, b in covered):
                err(doc, "unlabelled card-like run %s at %d" % (mm.group(0), mm.start()))
        for mm in grouped_card_runs(text):
            if not any(a < mm.end() and mm.start() < b for a, b in covered):
                err(doc, "unlabelled grouped card-like number %r" % mm.group(0))
        fmt = doc.get("_meta", {}).get("fmt")
        if fmt == "jsonl":
            for ln in text.splitlines():
                if ln.strip():
                    json.loads(ln)
        if fmt in ("csv", "tsv"):
            import csv
            import io
            rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="," if fmt == "csv" else "\t"))
            widths = {len(r) for r in rows if r}
            if len(widths) != 1:
                err(doc, "csv rows of widths %s" % widths)
    if path:
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        lines = [x for x in lines if x]
        if len(lines) != len(docs):
            errors.append("file has %d lines, expected %d" % (len(lines), len(docs)))
        for ln, doc in zip(lines, docs):
            o = json.loads(ln)
            pub = {k: v for k, v in doc.items() if not k.startswith("_")}
            if o != pub:
                errors.append("%s differs on disk" % doc["id"])
            if set(o) != {"id", "kind", "text", "spans", "negatives"}:
                errors.append("%s fields %s" % (doc["id"], sorted(o)))
    return errors


def counts(docs):
    c = {"CARD": 0, "SSN": 0, "CVV": 0, "EXPIRY": 0, "IGNORE": 0}
    none, negs = 0, 0
    for doc in docs:
        ents = {}
        for sp in doc["spans"]:
            ents[sp["entity"]] = sp["type"]
        for t in ents.values():
            c[t] += 1
        if not any(t != "IGNORE" for t in ents.values()):
            none += 1
        negs += len(doc["negatives"])
    return c, none, negs


# --------------------------------------------------------------------------
# plan
# --------------------------------------------------------------------------

def plan():
    P = []
    # 1 long exports
    P += [lambda: s1_jsonl_calls(R.randint(20, 45), 2), lambda: s1_jsonl_calls(R.randint(30, 60), 2),
          lambda: s1_jsonl_calls(R.randint(20, 35), 2, ascii_only=False), lambda: s1_jsonl_calls(R.randint(20, 40), 0),
          lambda: s1_jsonl_chats(R.randint(20, 35), 2), lambda: s1_jsonl_chats(R.randint(25, 45), 2),
          lambda: s1_jsonl_chats(R.randint(20, 30), 2, ascii_only=False), lambda: s1_jsonl_chats(R.randint(20, 30), 0),
          lambda: s1_jsonl_chats(R.randint(40, 60), 2),
          lambda: s1_csv_calls(R.randint(20, 40), 2), lambda: s1_csv_calls(R.randint(25, 50), 3),
          lambda: s1_csv_calls(R.randint(20, 30), 2, delim="\t"), lambda: s1_csv_calls(R.randint(20, 35), 0),
          lambda: s1_ivr_log(R.randint(20, 30), 2), lambda: s1_ivr_log(R.randint(25, 40), 1),
          lambda: s1_ivr_log(R.randint(20, 30), 0)]
    # 2 relay and captions
    P += [lambda: s2_relay(True)] * 9 + [lambda: s2_relay(False)] * 2
    P += [lambda: s2_ip_relay_ivr(True)] * 2 + [lambda: s2_ip_relay_ivr(False)] * 2
    P += [lambda: s2_captions(True)] * 5 + [lambda: s2_captions(False)] * 2
    # 3 disputes
    P += [lambda: s3_intake_note(True)] * 5 + [lambda: s3_intake_note(False)] * 2
    P += [lambda: s3_chat(True)] * 4 + [lambda: s3_chat(False)] * 2
    P += [lambda: s3_merchant_email(True)] + [lambda: s3_merchant_email(False)] * 3
    P += [lambda: s3_cb_export(R.randint(20, 35), 2), lambda: s3_cb_export(R.randint(20, 30), 1)]
    P += [lambda: s3_call(True)] * 3 + [lambda: s3_call(False)] * 2
    P += [s3_masked_only] * 3
    # 4 accents
    P += [lambda: s4_call(True)] * 26 + [lambda: s4_call(False)] * 6
    # 5 hurried notes
    P += [lambda: s5_log(1), lambda: s5_log(1), lambda: s5_log(2), lambda: s5_log(1), lambda: s5_log(1),
          lambda: s5_log(2), lambda: s5_log(1), lambda: s5_log(2), lambda: s5_log(1), lambda: s5_log(2),
          lambda: s5_log(1), lambda: s5_log(1)]
    P += [lambda: s5_tabbed(True)] * 6 + [lambda: s5_tabbed(False)]
    P += [lambda: s5_wrapped(True)] * 6 + [lambda: s5_wrapped(False)]
    P += [lambda: s5_pipe_line(True)] * 5 + [lambda: s5_pipe_line(False)]
    # 6 hard negatives
    P += [s6_activation] * 3 + [s6_ach] * 3 + [s6_shipping] * 3 + [s6_giftcard] * 3 + [s6_insurance] * 3 \
        + [s6_security_chat] * 2 + [s6_phones] * 4
    return P


def generate(seed):
    global R
    R = random.Random(seed)
    P = plan()
    order = list(range(len(P)))
    R.shuffle(order)
    docs = []
    for n, i in enumerate(order):
        docs.append(P[i]().build("desk-%04d" % (n + 1)))
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--show", type=int, default=0, help="print N sample spans")
    ap.add_argument("--check-only", action="store_true", help="regenerate in memory and compare with --out")
    a = ap.parse_args()
    docs = generate(a.seed)
    if a.check_only:
        errs = check(docs, a.out)
        print("\n".join(errs[:60]) if errs else "%s: %d documents, all checks pass" % (a.out, len(docs)))
        sys.exit(1 if errs else 0)
    errs = check(docs)
    if errs:
        print("\n".join(errs[:60]))
        print("%d errors; nothing written" % len(errs))
        sys.exit(1)
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as fh:
        for doc in docs:
            pub = {k: doc[k] for k in ("id", "kind", "text", "spans", "negatives")}
            fh.write(json.dumps(pub, ensure_ascii=False) + "\n")
    errs = check(docs, a.out)
    if errs:
        print("\n".join(errs[:60]))
        sys.exit(1)
    c, none, negs = counts(docs)
    subj = {}
    for doc in docs:
        subj[doc["_meta"]["subject"]] = subj.get(doc["_meta"]["subject"], 0) + 1
    print("wrote %s: %d documents, %d with no secret" % (a.out, len(docs), none))
    print("items: " + ", ".join("%s %d" % kv for kv in c.items()) + "; negatives %d" % negs)
    print("subjects: " + ", ".join("%s %d" % kv for kv in sorted(subj.items())))
    if a.show:
        rs = random.Random(1)
        allsp = [(d["id"], d["text"], s) for d in docs for s in d["spans"]]
        for did, text, s in rs.sample(allsp, min(a.show, len(allsp))):
            print("%s %-6s %-28s %r" % (did, s["type"], s["variant"], text[s["start"]:s["end"]]))


if __name__ == "__main__":
    main()
