#!/usr/bin/env python3
"""Write eval/sets/unlabelled-calls.jsonl: contact-centre phone calls as a
speech recogniser transcribes them, with no speaker labels.

    python3 eval/calls/gen.py eval/sets/unlabelled-calls.jsonl [--seed N]

Written from how callers give card numbers, expiry dates, security codes and
social security numbers over the phone and from what recognisers do to them,
without reading the redaction tool or its tests.  Python 3 standard library
only; the same seed gives the same file byte for byte.

Each call is a list of utterances (agent and customer, never labelled).  Half
the documents put every utterance on one line (an export that joins the
recogniser's segments), half put one utterance per line.  About a third are
"garbled": the recogniser mishears digits ("for", "to", "won", "ate", "free",
"sex", "nein"), drops a digit word, hears "fifty three" as "fifteen three",
inserts a stray word inside a number, or garbles the agent's questions
("what's alone number on the front of the current").  Labels stay true to what
was said.

Span fields beyond the corpus format (ignored by the scorer):
  value    what the speaker meant by this stretch (digits; MM/YY for expiry)
  digits   the digits the text itself reads as (recogniser output)
  reading  one reading of the entity (pieces of one reading share it)
  role     given | correction | readback | readback_error | fix | misread |
           reread | volunteered
  luhn     (CARD) Luhn state of the whole reading the span belongs to
  style    how the digits were grouped (digits, groups, pairs, mixed, runs)
  asr      list of recogniser errors inside the span, if any
verify.py checks all of these.
"""
import json
import random
import sys

SEED = 20261211
N_ONELINE = 70
N_LINES = 70

# ----------------------------------------------------------------- numbers

UNIT = "zero one two three four five six seven eight nine".split()
TEEN = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
        "eighteen nineteen").split()
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty",
        7: "seventy", 8: "eighty", 9: "ninety"}
UNITVAL = {w: str(i) for i, w in enumerate(UNIT)}
UNITVAL.update({"oh": "0", "o": "0", "for": "4", "to": "2", "too": "2",
                "won": "1", "ate": "8", "free": "3", "sex": "6", "nein": "9",
                "line": "9", "mine": "9"})
TEENVAL = {w: str(10 + i) for i, w in enumerate(TEEN)}
TENSVAL = {w: str(t) for t, w in TENS.items()}
HOMO = {"four": ["for", "for"], "two": ["to", "too", "to"], "one": ["won"],
        "eight": ["ate"], "three": ["free"], "six": ["sex"],
        "nine": ["nein", "line", "mine"], "oh": ["o"]}
TEEN_OF = {"thirty": "thirteen", "forty": "fourteen", "fifty": "fifteen",
           "sixty": "sixteen", "seventy": "seventeen", "eighty": "eighteen",
           "ninety": "nineteen"}
MONTHS = ("january february march april may june july august september "
          "october november december").split()
ORD = ("first second third fourth fifth sixth seventh eighth ninth tenth "
       "eleventh twelfth thirteenth fourteenth fifteenth sixteenth "
       "seventeenth eighteenth nineteenth twentieth").split()
ORD += ["twenty " + o for o in ORD[:9]] + ["thirtieth", "thirty first"]
NUMWORDS = set(UNITVAL) | set(TEENVAL) | set(TENSVAL) | {"double", "triple",
                                                          "hundred"}
BREAK = "\n"   # a recogniser segment boundary inside one person's speech


def parse_digits(words, months=False):
    """Digits a run of recogniser words reads as.  A tens word takes the
    unit word right after it ("forty one" 41, "forty" alone 40); "double" and
    "triple" repeat the unit after them; "hundred" is 00; anything else is
    skipped."""
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        if w.isdigit():
            out.append(w)
        elif w in ("double", "triple") and nxt in UNITVAL:
            out.append(UNITVAL[nxt] * (2 if w == "double" else 3))
            i += 1
        elif w in TENSVAL:
            if nxt in UNITVAL and UNITVAL[nxt] != "0":
                out.append(TENSVAL[w] + UNITVAL[nxt])
                i += 1
            else:
                out.append(TENSVAL[w] + "0")
        elif w in TEENVAL:
            out.append(TEENVAL[w])
        elif w in UNITVAL:
            out.append(UNITVAL[w])
        elif w == "hundred":
            out.append("00")
        elif months and w in MONTHS:
            out.append(str(MONTHS.index(w) + 1))
        i += 1
    return "".join(out)


def nw(n):
    """Cardinal words for 0..999999."""
    if n < 10:
        return UNIT[n]
    if n < 20:
        return TEEN[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ("" if u == 0 else " " + UNIT[u])
    if n < 1000:
        h, r = divmod(n, 100)
        return UNIT[h] + " hundred" + ("" if r == 0 else " " + nw(r))
    th, r = divmod(n, 1000)
    return nw(th) + " thousand" + ("" if r == 0 else " " + nw(r))


def pair_words(ab, zero="oh"):
    a, b = int(ab[0]), int(ab[1])
    if a == 0:
        if b == 0:
            return ["double", zero] if zero == "oh" else [zero, zero]
        return [zero, UNIT[b]]
    if a == 1:
        return [TEEN[b]]
    if b == 0:
        return [TENS[a]]
    return [TENS[a], UNIT[b]]


def digit_words(ds, zero="oh"):
    return [zero if d == "0" else UNIT[int(d)] for d in ds]


def run_words(ds, zero="oh"):
    out = []
    i = 0
    while i < len(ds):
        j = i
        while j < len(ds) and ds[j] == ds[i]:
            j += 1
        n = j - i
        w = zero if ds[i] == "0" else UNIT[int(ds[i])]
        while n >= 2:
            if n == 3 or n == 5:
                out += ["triple", w]
                n -= 3
            else:
                out += ["double", w]
                n -= 2
        if n == 1:
            out.append(w)
        i = j
    return out


def group_words(rng, g, style, zero):
    """One group of digits said in a style."""
    if style in ("digits", "groups"):
        return digit_words(g, zero)
    if style == "runs":
        return run_words(g, zero)
    if style == "pairs":
        if len(g) % 2:
            if rng.random() < 0.5:
                return digit_words(g[0], zero) + sum(
                    (pair_words(g[k:k + 2], zero) for k in range(1, len(g), 2)), [])
            return sum((pair_words(g[k:k + 2], zero)
                        for k in range(0, len(g) - 1, 2)), []) + digit_words(g[-1], zero)
        if len(g) == 4 and g[2:] == "00" and g[0] != "0" and rng.random() < 0.6:
            return pair_words(g[:2], zero) + ["hundred"]
        return sum((pair_words(g[k:k + 2], zero) for k in range(0, len(g), 2)), [])
    if style == "mixed":
        if len(g) == 4:
            form = rng.choice(["ddp", "pdd", "pp", "dddd", "ddp"])
            if form == "ddp":
                return digit_words(g[:2], zero) + pair_words(g[2:], zero)
            if form == "pdd":
                return pair_words(g[:2], zero) + digit_words(g[2:], zero)
            if form == "pp":
                return pair_words(g[:2], zero) + pair_words(g[2:], zero)
            return digit_words(g, zero)
        if len(g) == 3:
            return digit_words(g[0], zero) + pair_words(g[1:], zero)
        if len(g) == 2:
            return pair_words(g, zero) if rng.random() < 0.6 else digit_words(g, zero)
        cut = rng.choice(range(1, len(g)))
        return digit_words(g[:cut], zero) + group_words(rng, g[cut:], "pairs", zero)
    raise ValueError(style)


def luhn_ok(ds):
    s = 0
    for i, d in enumerate(reversed(ds)):
        v = int(d)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_digit(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return d


# brand: length, prefixes, groups as read, names a caller uses
BRANDS = {
    "visa16": (16, ["4"], (4, 4, 4, 4), ["visa", "visa", "visa debit"]),
    "mastercard16": (16, ["51", "52", "53", "54", "55", "2221", "2297", "2720"],
                     (4, 4, 4, 4), ["mastercard", "master card", "debit mastercard"]),
    "amex15": (15, ["34", "37"], (4, 6, 5), ["amex", "american express", "amex"]),
    "discover16": (16, ["6011", "644", "645", "649", "65"], (4, 4, 4, 4),
                   ["discover", "discover card"]),
    "visa13": (13, ["4"], (4, 4, 5), ["old visa", "visa"]),
    "diners14": (14, ["36", "38", "300", "305"], (4, 6, 4), ["diners club", "diners card"]),
    "visa19": (19, ["4"], (4, 4, 4, 4, 3), ["visa", "visa debit"]),
    "unionpay19": (19, ["62"], (4, 4, 4, 4, 3), ["union pay", "unionpay card"]),
}
BRAND_WEIGHTS = [("visa16", 40), ("mastercard16", 25), ("amex15", 14),
                 ("discover16", 10), ("visa13", 3), ("diners14", 3),
                 ("visa19", 3), ("unionpay19", 2)]


def make_card(rng, brand, runs=False):
    length, prefixes, _, _ = BRANDS[brand]
    body = rng.choice(prefixes)
    while len(body) < length - 1:
        body += str(rng.randrange(10))
    body = list(body)
    if runs:  # a double or triple somewhere after the prefix
        for _ in range(rng.choice([1, 2, 2])):
            p = rng.randrange(4, length - 4)
            n = rng.choice([2, 2, 3])
            for k in range(p, min(p + n, length - 1)):
                body[k] = body[p]
    body = "".join(body)
    return body + luhn_digit(body)


def split_groups(number, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(number[i:i + s])
        i += s
    return out


def make_ssn(rng):
    while True:
        area = rng.randrange(1, 900)
        if area == 666:
            continue
        return "%03d%02d%04d" % (area, rng.randrange(1, 100), rng.randrange(1, 10000))


def make_phone(rng):
    """A North American number: no area code or exchange of the N11 kind."""
    while True:
        ph = (str(rng.randrange(2, 10)) + "%02d" % rng.randrange(100)
              + str(rng.randrange(2, 10)) + "%02d" % rng.randrange(100)
              + "%04d" % rng.randrange(10000))
        if ph[1:3] != "11" and ph[4:6] != "11":
            return ph


def digits_n(rng, n, first_nonzero=True):
    s = str(rng.randrange(1, 10)) if first_nonzero else str(rng.randrange(10))
    while len(s) < n:
        s += str(rng.randrange(10))
    return s


# ------------------------------------------------------------- the world

SECTORS = {
    "utility": dict(companies=["northgate power", "clearwater utilities", "summit gas and electric",
                               "bay county water", "tri valley energy"],
                    bill=["bill", "electric bill", "balance"], acct="account number"),
    "telecom": dict(companies=["nimbus wireless", "parkline cable", "horizon fiber", "bluewave mobile",
                               "crestview internet"],
                    bill=["bill", "phone bill", "monthly bill"], acct="account number"),
    "insurance": dict(companies=["keystone auto insurance", "harbor mutual", "lakeshore health plan",
                                 "granite life"],
                      bill=["premium", "payment", "monthly premium"], acct="policy number"),
    "medical": dict(companies=["valley medical billing", "sunrise dental", "mercy clinic billing office",
                               "pinewood orthopedics"],
                    bill=["balance", "statement", "bill"], acct="account number"),
    "subscription": dict(companies=["streamly", "the daily ledger", "fitzone gym", "readwell books club",
                                    "homechef meals"],
                         bill=["membership", "subscription", "balance"], acct="member id"),
    "finance": dict(companies=["first harbor credit union", "pinnacle card services", "meridian auto finance",
                               "oakline loans"],
                    bill=["loan payment", "car payment", "minimum payment"], acct="account number"),
}
BOOKING = [
    ("skyline airways", "flight"), ("coastal inn and suites", "hotel"), ("redrock tours", "tour"),
    ("metro rail", "train"), ("grand theater box office", "show"), ("riverside arena", "game"),
    ("lakeside resort", "hotel"), ("sunway car rental", "car"),
]
RETAIL = ["oakwood furniture", "brightside pharmacy", "evergreen outdoor supply", "lumen electronics",
          "happy paws pet supply", "northstar mattress", "kitchen corner", "petal and stem florist"]
IDENTITY = [("tri county benefits center", "benefits"), ("unity payroll services", "payroll"),
            ("first harbor credit union", "bank"), ("lakeshore health plan", "insurance"),
            ("pinnacle card services", "credit"), ("state unemployment office", "benefits"),
            ("clearpath tax services", "tax"), ("granite life", "insurance")]
AGENTS = ["sam", "maria", "devon", "priya", "jake", "linda", "omar", "keisha", "tom", "rachel", "luis",
          "ana", "brian", "nicole", "marcus", "jen", "carlos", "tiffany", "kevin", "aisha"]
FIRST = ["james", "patricia", "robert", "jennifer", "michael", "linda", "david", "barbara", "william",
         "susan", "joseph", "jessica", "thomas", "karen", "daniel", "nancy", "mark", "betty", "steven",
         "angela", "paul", "donna", "kenneth", "carol", "joshua", "michelle", "wei", "fatima", "jose",
         "guadalupe", "dmitri", "keanu", "tanya", "raj", "olga", "yusuf"]
LAST = ["smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis", "rodriguez",
        "martinez", "hernandez", "lopez", "wilson", "anderson", "thomas", "taylor", "moore", "jackson",
        "martin", "lee", "thompson", "white", "harris", "clark", "lewis", "nguyen", "patel", "kim",
        "okafor", "kowalski", "schmidt", "o'brien", "washington", "ramirez"]
STREETS = ["main street", "oak avenue", "maple drive", "elm street", "cedar lane", "sunset boulevard",
           "park road", "lincoln way", "river road", "hillcrest drive", "washington avenue",
           "pine street", "lakeview court", "church street", "meadow lane"]
CITIES = ["springfield", "riverside", "fairview", "madison", "georgetown", "salem", "clinton",
          "franklin", "greenville", "bristol", "oakdale", "lakewood"]

# agent's questions: clean, and as a recogniser garbles them
Q = {
    "card": [
        ("what's the long number on the front of the card", "what's alone number on the front of the current"),
        ("can i get the card number please", "can i get the car number please"),
        ("go ahead with the card number whenever you're ready", "go ahead with the cart number whenever you're ready"),
        ("and what's the card number", "and what's the cardinal number"),
        ("okay can you read me the number on the card", "okay can you read me the number on the cart"),
        ("i'll need the {n} digit number on the front", "i'll need the {n} digit number on the fraud"),
        ("alright go ahead with the card number", "all right go ahead with the carton number"),
        ("what card would you like to use go ahead and read the number", "what car would you like to use go ahead and read the number"),
        ("okay and the card number starting with the first digit", "okay and the card member starting with the first digit"),
    ],
    "exp": [
        ("and the expiration date", "and the explanation date"),
        ("what's the expiration on that", "what's the expression on that"),
        ("and when does it expire", "and when does it expired"),
        ("expiry date please", "expire e date please"),
        ("the month and year of expiration", "the month and year of expert ration"),
        ("and the exp date on the card", "and the ex date on the cart"),
        ("okay and the expiration month and year", "okay and the explanation month and year"),
    ],
    "cvv": [
        ("and the three digits on the back", "and the tree digits on the bag"),
        ("and the security code", "and the security card"),
        ("what's the cvv", "what's the see vv"),
        ("can i get the three digit security code on the back of the card", "can i get the three digit security cold on the back of the car"),
        ("and the cvv code on the back", "and the c v d code on the back"),
        ("last thing the security code on the back", "last thing the security coat on the back"),
    ],
    "cvv_amex": [
        ("and the four digit code on the front", "and the for digit code on the front"),
        ("and the security code that's the four digits on the front", "and the security card that's the four digits on the front"),
        ("and the cid the four digits above the number", "and the sid the for digits above the number"),
    ],
    "ssn": [
        ("can i get your social security number", "can i get your social security member"),
        ("for verification i'll need your full social", "for verification i'll need your fool social"),
        ("what's your social security number", "what's your so she'll security number"),
        ("can you give me your social please", "can you give me your social peace"),
        ("and your social security number please", "and you're social security number please"),
        ("i'll need to verify your social security number", "i'll need to very fire social security number"),
    ],
    "ssn4": [
        ("can you verify the last four of your social", "can you verify the last for of your social"),
        ("i just need the last four digits of your social security number", "i just need the last four digits of your social security member"),
        ("and the last four of the social on the account", "and the last four of the sochi on the account"),
        ("can i have the last four of your social to verify", "can i have the last four of your social to very fight"),
    ],
}
INTERJ = ["okay", "mhm", "got it", "go on", "okay and then", "yep", "uh huh", "okay go ahead",
          "alright", "okay keep going", "mhm okay", "yes"]
INTERJ4 = ["and the next four", "next four", "okay and the next four", "got it and the next four"]
HESIT = ["uh", "um", "let me see", "hang on", "sorry", "hold on", "um let me see", "uh sorry",
         "wait", "hang on a sec", "sorry it's kind of worn", "uh hold on", "um sorry"]
CORR = ["no sorry", "sorry i mean", "no wait", "uh no", "actually no", "sorry no", "no no"]
LEADIN = ["the number is", "yeah it's", "okay ready", "let me grab it okay", "okay it's", "sure it's",
          "alright", "it's going to be", "yeah okay", "one sec okay it's", "okay you ready it's",
          "let me get my wallet okay", "um okay", "yeah so it's"]
AFFIRM = ["yes", "yep that's right", "correct", "yeah", "that's it", "yes that's correct", "mhm yes"]


class L:
    """A labelled stretch: a span of a secret or a negative."""

    def __init__(self, words, lab, pre=""):
        words = [w for w in words if w]
        self.pre = pre      # words said just before, outside the label ("the" fifth)
        self.words = words
        self.text = " ".join(words).replace(" \n ", "\n")
        self.lab = lab


class Call:
    def __init__(self, rng, layout, garbled, ctype):
        self.rng = rng
        self.layout = layout
        self.garbled = garbled
        self.ctype = ctype
        self.utts = []
        self.ents = {}
        self.n_ent = 0
        self.n_read = 0
        self.events = []
        self.hrate = rng.uniform(0.15, 0.45) if garbled else 0.0
        self.zero = rng.choice(["oh", "oh", "oh", "zero"])
        self.agent = rng.choice(AGENTS)
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.meta = {}

    # -- utterances
    def say(self, *parts):
        parts = [p for p in parts if p]
        if parts:
            self.utts.append(parts)

    A = say
    C = say

    def pick(self, xs):
        return self.rng.choice(xs)

    def chance(self, p):
        return self.rng.random() < p

    def q(self, key, **fmt):
        clean, garbled = self.pick(Q[key])
        if self.garbled and self.chance(0.5):
            self.events.append("prompt")
            return garbled.format(**fmt)
        return clean.format(**fmt)

    def ent(self, typ, **info):
        self.n_ent += 1
        eid = "e%d" % self.n_ent
        self.ents[eid] = dict(type=typ, **info)
        return eid

    def reading(self):
        self.n_read += 1
        return "r%d" % self.n_read

    # -- recogniser errors on a spoken number
    def garble(self, words, p=0.7, drop=True, months=False):
        if not self.garbled or not self.chance(p):
            return words, []
        rng = self.rng
        words = list(words)
        ev = []
        for i, w in enumerate(words):
            if w in HOMO and rng.random() < self.hrate:
                words[i] = rng.choice(HOMO[w])
                ev.append("homophone")
        num_idx = [i for i, w in enumerate(words) if w in NUMWORDS or (months and w in MONTHS)]
        if len(num_idx) >= 5:
            cand = [i for i in num_idx if words[i] in TEEN_OF and i + 1 < len(words)
                    and words[i + 1] in UNITVAL and UNITVAL[words[i + 1]] != "0"]
            if cand and rng.random() < 0.35:
                i = rng.choice(cand)
                words[i] = TEEN_OF[words[i]]
                ev.append("tens_as_teen")
            if drop and rng.random() < 0.22:
                cand = [i for i in num_idx if words[i] in UNITVAL and i > 0
                        and words[i - 1] not in ("double", "triple")]
                if cand:
                    del words[rng.choice(cand)]
                    ev.append("dropped_digit")
            if rng.random() < 0.2:
                num_idx = [i for i, w in enumerate(words) if w in NUMWORDS]
                cand = [i for i in num_idx[:-1] if words[i] not in ("double", "triple")
                        and words[i + 1] in NUMWORDS]
                if cand:
                    i = rng.choice(cand)
                    words.insert(i + 1, rng.choice(["them", "and", "the", "in", "that", "is", "a", "then"]))
                    ev.append("stray_word")
        # a span runs from the first to the last number word
        ok = lambda w: w in NUMWORDS or (months and w in MONTHS)
        while words and not ok(words[0]):
            words.pop(0)
        while words and not ok(words[-1]):
            words.pop()
        self.events += ev
        return words, ev

    def neg(self, words, kind, garble=True):
        if isinstance(words, str):
            words = words.split()
        if garble and self.garbled and self.chance(0.5):
            heard = [self.pick(HOMO[w]) if w in HOMO and self.rng.random() < self.hrate else w
                     for w in words]
            if heard != words:
                self.events.append("homophone_outside_secrets")
            words = heard
        return L(words, {"neg": kind})

    def span(self, words, typ, eid, variant, value, reading, role="given", ev=None, **extra):
        lab = dict(type=typ, variant=variant, entity=eid)
        if typ == "CARD":
            lab["brand"] = self.ents[eid]["brand"]
        lab.update(value=value, reading=reading, role=role)
        lab.update(extra)
        if ev:
            lab["asr"] = sorted(set(ev))
        return L(words, lab)


# ------------------------------------------------------ negatives, said

def say_phone(c, ph):
    r = c.rng.random()
    z = c.zero
    if r < 0.45:
        return digit_words(ph, z)
    if r < 0.75:
        return digit_words(ph[:6], z) + group_words(c.rng, ph[6:], "pairs", z)
    if r < 0.9:
        return digit_words(ph[:3], z) + ["uh"] + digit_words(ph[3:6], z) + digit_words(ph[6:], z)
    return digit_words(ph[:3], z) + digit_words(ph[3:6], z) + [BREAK] + digit_words(ph[6:], z)


def give_phone(c, kind="neg_phone", lead=None):
    ph = make_phone(c.rng)
    if lead is None:
        lead = c.pick(["yeah it's", "it's", "sure it's", "okay", ""])
    if c.chance(0.35):
        return [lead, "area code", c.neg(say_phone(c, ph), kind)]
    return [lead, c.neg(say_phone(c, ph), kind)]


def money_words(rng, amount_cents):
    """How people say an amount: "two hundred forty nine dollars and fifty
    cents", "two forty nine fifty", "forty two fifty"."""
    d, ct = divmod(amount_cents, 100)
    r = rng.random()
    if r < 0.4 or ct == 0:
        s = (nw(d) if d != 100 or rng.random() < 0.5 else "a hundred") + " dollars"
        if ct:
            s += " and " + nw(ct) + " cents"
        return s
    cents = " ".join(pair_words("%02d" % ct))
    if d >= 100 and d % 100:
        h, rest = divmod(d, 100)
        return nw(h) + " " + " ".join(pair_words("%02d" % rest)) + " " + cents
    return nw(d) + " " + cents


def amount(c, lo=1500, hi=60000):
    cents = c.rng.randrange(lo, hi)
    if c.chance(0.4):
        cents = cents // 100 * 100 + c.pick([0, 50, 99, 25, 0])
    return c.neg(money_words(c.rng, cents), "neg_amount", garble=False)


def year_words(y):
    if 2000 <= y < 2010:
        return "two thousand " + UNIT[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    return nw(hi) + " " + (nw(lo) if lo >= 10 else ("oh " + UNIT[lo] if lo else "hundred"))


def dob(c):
    rng = c.rng
    y, m, d = rng.randrange(1945, 2004), rng.randrange(1, 13), rng.randrange(1, 29)
    r = rng.random()
    if r < 0.35:
        s = "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], year_words(y))
    elif r < 0.55:
        s = "%s %s %s" % (" ".join(pair_words("%02d" % m, "oh")) if m < 10 or m > 12 else nw(m),
                          nw(d) if d >= 10 else "oh " + UNIT[d], year_words(y))
    elif r < 0.7:
        s = "%s %s %s" % (nw(m), nw(d), nw(y % 100) if y % 100 >= 10 else "oh " + UNIT[y % 100])
    elif r < 0.85:
        s = "%s %s %s" % (MONTHS[m - 1], nw(d), year_words(y))
    else:
        s = " ".join(digit_words("%02d%02d%04d" % (m, d, y), "zero"))
    return c.neg(s, "neg_dob", garble=False)


def a_date(c):
    m, d = c.rng.randrange(1, 13), c.rng.randrange(1, 29)
    r = c.rng.random()
    if r < 0.5:
        return c.neg("%s %s" % (MONTHS[m - 1], ORD[d - 1]), "neg_date", garble=False)
    if r < 0.7:
        return c.neg("%s %s twenty twenty %s" % (MONTHS[m - 1], ORD[d - 1], c.pick(["five", "six"])),
                     "neg_date", garble=False)
    if r < 0.85:
        n = c.neg(ORD[d - 1], "neg_date", garble=False)
        n.pre = "the"
        return n
    return c.neg("%s %s" % (nw(m), nw(d)), "neg_date", garble=False)


def a_time(c, evening=False):
    h = c.rng.randrange(5, 11) if evening else c.rng.randrange(1, 13)
    mi = c.pick([0, 15, 30, 45, 0, 30])
    s = nw(h) + ("" if mi == 0 else " " + nw(mi)) if mi or c.chance(0.5) else nw(h) + " o'clock"
    if c.chance(0.3):
        s += " p m" if evening else c.pick([" a m", " p m"])
    return c.neg(s, "neg_time", garble=False)


def zipcode(c):
    z = "%05d" % c.rng.randrange(1001, 99950)
    return c.neg(digit_words(z, c.zero), "neg_zip")


def code_words(c, n_letters, n_digits, nato=False):
    letters = "abcdefghjkmnprstuvwxyz"
    alpha = {"b": "boy", "c": "charlie", "d": "david", "f": "frank", "k": "kilo", "m": "mary",
             "n": "nancy", "p": "peter", "s": "sam", "t": "tom", "v": "victor", "x": "x ray"}
    items = [c.pick(letters) for _ in range(n_letters)] + [str(c.rng.randrange(10)) for _ in range(n_digits)]
    if c.chance(0.5):
        c.rng.shuffle(items)
        if items[0].isdigit() and n_letters:
            k = next(i for i, x in enumerate(items) if not x.isdigit())
            items[0], items[k] = items[k], items[0]
    out = []
    for x in items:
        if x.isdigit():
            out.append(c.zero if x == "0" else UNIT[int(x)])
        elif nato and x in alpha and c.chance(0.5):
            out += [x, "as in", alpha[x]]
        else:
            out.append(x)
    return " ".join(out)


def conf_code(c):
    return c.neg(code_words(c, c.pick([1, 2, 2, 3]), c.pick([4, 5, 6]), nato=True), "neg_conf", garble=False)


def digits_neg(c, n, kind, style=None, first_nonzero=True):
    ds = digits_n(c.rng, n, first_nonzero)
    style = style or c.pick(["digits", "digits", "groups", "pairs", "mixed"])
    if style == "groups":
        words = []
        for k in range(0, n, 4 if n % 4 == 0 or n > 9 else 3):
            words += digit_words(ds[k:k + (4 if n % 4 == 0 or n > 9 else 3)], c.zero) + [c.pick(["", "", "uh"])]
        words = [w for w in words if w]
        while words[-1] == "uh":
            words.pop()
    elif style == "pairs" and n % 2 == 0:
        words = group_words(c.rng, ds, "pairs", c.zero)
    elif style == "mixed":
        words = group_words(c.rng, ds, "mixed", c.zero)
    else:
        words = digit_words(ds, c.zero)
    return c.neg(words, kind), ds


def address(c):
    r = c.rng.random()
    if r < 0.4:
        num = digit_words(str(c.rng.randrange(100, 9999)), c.zero)
    elif r < 0.7:
        n = c.rng.randrange(1000, 9999)
        num = pair_words(str(n)[:2]) + pair_words(str(n)[2:], c.zero)
    else:
        num = nw(c.rng.randrange(10, 999)).split()
    return c.neg(num, "neg_address", garble=False), c.pick(STREETS)


def card_last4(c, number=None):
    ds = number[-4:] if number else "%04d" % c.rng.randrange(10000)
    words = digit_words(ds, c.zero) if c.chance(0.7) else group_words(c.rng, ds, "pairs", c.zero)
    return c.neg(words, "neg_card_last4", garble=False)


def qty(c, n=None):
    n = n or c.rng.randrange(2, 7)
    return c.neg(nw(n), "neg_qty", garble=False)


# ------------------------------------------------------------ secrets

def choose_brand(c):
    names = [b for b, _ in BRAND_WEIGHTS]
    return c.rng.choices(names, weights=[w for _, w in BRAND_WEIGHTS])[0]


def choose_style(c, brand):
    return c.rng.choices(["digits", "groups", "pairs", "mixed", "runs"],
                         weights=[22, 34, 14, 18, 12])[0]


def render_groups(c, groups, style):
    """Words for each group, retried until the whole reading parses back."""
    for attempt in range(20):
        st = style if attempt < 15 else "digits"
        gw = [group_words(c.rng, g, st, c.zero) for g in groups]
        if parse_digits(sum(gw, [])) == "".join(groups) and all(parse_digits(w) == g for w, g in zip(gw, groups)):
            return gw, st
    raise RuntimeError("cannot render %s" % groups)


def wrong_group(c, g):
    g = list(g)
    if len(g) >= 2 and c.chance(0.4):
        i = c.rng.randrange(len(g) - 1)
        if g[i] != g[i + 1]:
            g[i], g[i + 1] = g[i + 1], g[i]
            return "".join(g)
    i = c.rng.randrange(len(g))
    g[i] = c.pick([d for d in "0123456789" if d != g[i]])
    return "".join(g)


def with_correction(c, gw, groups, style):
    """Put a correction into one group's words: a wrong group then the right
    one, or a false start."""
    k = c.rng.randrange(len(groups))
    g = groups[k]
    if c.chance(0.5):
        wg = wrong_group(c, g)
        wrong = group_words(c.rng, wg, "digits" if style in ("groups", "runs") else style, c.zero)
        gw[k] = wrong + c.pick(CORR).split() + gw[k]
    else:
        cut = c.rng.randrange(1, max(2, len(g) - 1))
        gw[k] = digit_words(g[:cut], c.zero) + c.pick(["uh sorry", "sorry", "no wait", "um"]).split() + gw[k]
    return gw


def join_groups(c, gws, style, allow_break=True):
    words = []
    for i, gw in enumerate(gws):
        if i:
            r = c.rng.random()
            if style == "groups" and allow_break and c.layout == "lines" and r < 0.3:
                words.append(BREAK)
            elif r < (0.35 if style == "groups" else 0.12):
                words += c.pick(HESIT).split()
        words += gw
    return words


def readback_words(c, number, sizes):
    groups = split_groups(number, sizes)
    st = c.pick(["digits", "digits", "groups", "pairs"])
    gw, _ = render_groups(c, groups, st if st != "groups" else "digits")
    words = []
    for i, w in enumerate(gw):
        if i and c.chance(0.15):
            words.append(c.pick(["uh", "um"]))
        words += w
    return words


def take_card(c, brand=None, lead=True, prompt=True, allow_pieces=True, readback=None,
              declined=False, volunteer_rest=False, before=None, after=None):
    """The agent asks, the customer reads the card.  Returns the entity."""
    rng = c.rng
    brand = brand or choose_brand(c)
    style = choose_style(c, brand)
    number = make_card(rng, brand, runs=(style == "runs"))
    length, _, sizes, names = BRANDS[brand]
    misread = c.chance(0.05) and not volunteer_rest
    eid = c.ent("CARD", brand=brand, number=number, luhn=luhn_ok(number))
    c.last_card = (eid, number, brand)
    bname = c.pick(names)
    if prompt:
        if c.chance(0.3):
            c.A(c.pick(["what type of card is it", "is that visa mastercard or amex", "and what kind of card"]))
            art = "an" if bname[0] in "aeiou" else "a"
            c.C(c.pick(["it's %s %s" % (art, bname), bname, "%s %s" % (art, bname)]))
            c.A(c.q("card", n=nw(length)))
        else:
            c.A(c.q("card", n=nw(length)))

    def one_reading(num, role, variant_hint=None, correction=False, delivery=None):
        groups = split_groups(num, sizes)
        gw, st = render_groups(c, groups, style)
        if correction:
            gw = with_correction(c, gw, groups, st)
        delivery = delivery or rng.choices(["continuous", "pieces"], weights=[66, 34])[0]
        if not allow_pieces:
            delivery = "continuous"
        r = c.reading()
        ll = luhn_ok(num)
        leadin = []
        if lead and not (before and role == "given"):
            li = c.pick(LEADIN)
            if c.chance(0.35):
                card = bname if bname.endswith("card") else bname + " card"
                art = "an" if bname[0] in "aeiou" else "a"
                li = c.pick(["it's %s %s" % (art, bname), "it's %s %s" % (art, card), "okay it's my %s" % bname])
                li += " " + c.pick(["", "okay", "the number is", "ready"])
            leadin = li.split()
        if delivery == "continuous":
            words = join_groups(c, gw, st)
            words, ev = c.garble(words)
            variant = variant_hint or ("card_correction" if correction else
                                       "card_groups_split" if BREAK in words else "card_" + st)
            tail = [c.pick(["", "", "", "that's it", "and that's the whole number", "okay"])]
            if after and role == "given":
                tail = after
            sp = c.span(words, "CARD", eid, variant, num, r, role, ev, luhn=ll, style=st,
                        **({"correction": True} if correction else {}))
            if volunteer_rest:
                return [" ".join(leadin), sp], r
            c.C(*(before if before and role == "given" else []), " ".join(leadin), sp, *tail)
        else:
            # pieces: one, two or four groups at a time with the agent between
            if len(groups) == 4 and c.chance(0.4):
                chunks = [[0, 1], [2, 3]]
            elif len(groups) == 5 and c.chance(0.5):
                chunks = [[0, 1], [2, 3], [4]]
            else:
                chunks = [[i] for i in range(len(groups))]
            pos = 0
            for ci, ch in enumerate(chunks):
                words = join_groups(c, [gw[i] for i in ch], st, allow_break=False)
                val = "".join(groups[i] for i in ch)
                words, ev = c.garble(words, p=0.5)
                has_corr = correction and any(
                    parse_digits(gw[i]) != groups[i] for i in ch)
                variant = variant_hint or ("card_correction" if has_corr else "card_pieces")
                sp = c.span(words, "CARD", eid, variant, val, r, role, ev, luhn=ll, style=st,
                            piece="%d/%d" % (ci + 1, len(chunks)), at=pos,
                            **({"correction": True} if has_corr else {}))
                pos += len(val)
                pre = " ".join(leadin) if ci == 0 else c.pick(["", "", "", "uh", "okay", "then"])
                first_parts = before if before and ci == 0 and role == "given" else []
                last_parts = after if after and ci == len(chunks) - 1 and role == "given" else []
                c.C(*first_parts, pre, sp, *last_parts)
                if ci < len(chunks) - 1:
                    nxt_len = sum(len(groups[i]) for i in chunks[ci + 1])
                    if nxt_len == 4 and c.chance(0.35):
                        c.A(c.pick(INTERJ4))
                    else:
                        c.A(c.pick(INTERJ))
        return None, r

    if misread:
        bad = list(number)
        i = rng.randrange(4, length - 1)
        bad[i] = c.pick([d for d in "0123456789" if d != bad[i]])
        bad = "".join(bad)
        if luhn_ok(bad):
            misread = False
    if misread:
        one_reading(bad, "misread", "card_misread")
        c.A(c.pick(["hmm that's not coming up as a valid card number can you read it again for me",
                    "it's saying invalid card number could you repeat that",
                    "i think i missed a digit can you give it to me one more time"]))
        c.C(c.pick(["oh sorry", "okay", "sure", "oh okay let me look again"]))
        one_reading(number, "reread", "card_reread", delivery="continuous")
    elif volunteer_rest:
        return one_reading(number, "given", correction=c.chance(0.1), delivery="continuous")[0], eid
    else:
        one_reading(number, "given", correction=c.chance(0.13))
    if readback is None:
        readback = c.chance(0.4)
    if readback:
        rb_err = c.chance(0.25)
        rb_num = number
        if rb_err:
            gi = c.rng.randrange(1, len(sizes) - 1)
            groups = split_groups(number, sizes)
            groups[gi] = wrong_group(c, groups[gi])
            rb_num = "".join(groups)
        words = readback_words(c, rb_num, sizes)
        words, ev = c.garble(words, p=0.5)
        r = c.reading()
        pre, post = c.pick([("let me read that back", "is that correct"), ("so that's", "correct"),
                            ("okay i have", ""), ("just to confirm i have", "is that right"),
                            ("i'm showing", "did i get that right"), ("okay so", "right"),
                            ("let me make sure i got that", "")])
        c.A(pre, c.span(words, "CARD", eid, "card_readback_error" if rb_err else "card_readback",
                        rb_num, r, "readback_error" if rb_err else "readback", ev,
                        luhn=luhn_ok(rb_num)), post)
        if rb_err:
            groups = split_groups(number, sizes)
            g = groups[gi]
            at = sum(sizes[:gi])
            gwords = group_words(c.rng, g, c.pick(["digits", "digits", "pairs"]), c.zero)
            gwords, ev = c.garble(gwords, p=0.4, drop=False)
            pre = c.pick(["no the %s part is" % ["", "second", "third", "fourth"][gi],
                          "no it's", "uh no that should be", "not quite it's"])
            c.C(pre, c.span(gwords, "CARD", eid, "card_fix_group", g, c.reading(), "fix", ev,
                            luhn=None, at=at, partial=True))
            c.A(c.pick(["sorry about that got it", "okay fixed thank you", "my apologies i've corrected that",
                        "okay got it now"]))
        else:
            c.C(c.pick(AFFIRM))
    return eid


def expiry_words(c, m, yy, form):
    z = c.zero
    year = nw(yy)
    if form == "expiry_mm_yy":
        mw = pair_words("%02d" % m, "oh") if m < 10 else [nw(m)]
        return mw + year.split()
    if form == "expiry_m_yy":
        return nw(m).split() + year.split()
    if form == "expiry_month_name":
        return [MONTHS[m - 1]] + year.split()
    if form == "expiry_month_name_full":
        return [MONTHS[m - 1]] + c.pick([["of"], []]) + ["twenty"] + year.split()
    if form == "expiry_slash":
        mw = pair_words("%02d" % m, "oh") if (m < 10 and c.chance(0.5)) else nw(m).split()
        return mw + ["slash"] + year.split()
    if form == "expiry_slash_digits":
        return digit_words("%02d" % m, "oh") + ["slash"] + digit_words("%02d" % yy, z)
    if form == "expiry_digits":
        return digit_words("%02d%02d" % (m, yy), z)
    if form == "expiry_month_slash_name":
        return ["%s" % MONTHS[m - 1], "of", "twenty"] + year.split()
    raise ValueError(form)


EXP_FORMS = [("expiry_mm_yy", 26), ("expiry_m_yy", 12), ("expiry_month_name", 14),
             ("expiry_month_name_full", 8), ("expiry_slash", 14), ("expiry_slash_digits", 10),
             ("expiry_digits", 12)]


def take_expiry(c, card_eid, prompt=True, readback=None, then_zip=None, inline=False):
    m = c.rng.randrange(1, 13)
    yy = c.rng.randrange(26, 35)
    value = "%02d/%02d" % (m, yy)
    eid = c.ent("EXPIRY", value=value, card=card_eid)
    form = c.rng.choices([f for f, _ in EXP_FORMS], weights=[w for _, w in EXP_FORMS])[0]
    words = expiry_words(c, m, yy, form)
    ev = []
    if c.garbled and 2 <= m <= 9 and form in ("expiry_mm_yy", "expiry_m_yy") and c.chance(0.35):
        words = [TENS[m]] + nw(yy).split()     # "nine twenty seven" heard "ninety twenty seven"
        form = "expiry_merged_tens"
        ev = ["merged_tens"]
        c.events.append("merged_tens")
    else:
        words, ev = c.garble(words, p=0.5, drop=False, months=True)
    sp = c.span(words, "EXPIRY", eid, form, value, c.reading(), "given", ev)
    if inline:
        return sp, eid
    if prompt:
        c.A(c.q("exp"))
    lead = c.pick(["", "", "it's", "uh", "expires", "that's", "um it says", "okay"])
    if then_zip is None:
        then_zip = c.chance(0.15)
    if then_zip:
        c.C(lead, sp, c.pick(["and the zip code is", "and my zip is", "and billing zip", "zip code"]),
            zipcode(c))
    else:
        c.C(lead, sp)
    if readback if readback is not None else c.chance(0.15):
        w2 = expiry_words(c, m, yy, c.pick(["expiry_mm_yy", "expiry_month_name", "expiry_m_yy"]))
        c.A(c.pick(["okay", "so", "got it"]), c.span(w2, "EXPIRY", eid, "expiry_readback", value,
                                                     c.reading(), "readback"))
    return eid


def take_cvv(c, card_eid, prompt=True, inline=False):
    brand = c.ents[card_eid]["brand"]
    n = 4 if brand == "amex15" else 3
    v = "%0*d" % (n, c.rng.randrange(10 ** n))
    eid = c.ent("CVV", value=v, card=card_eid)
    r = c.rng.random()
    if r < 0.6:
        words, variant = digit_words(v, c.zero), "cvv_digits"
    elif r < 0.85 and n == 3:
        words, variant = digit_words(v[0], c.zero) + pair_words(v[1:]), "cvv_pairs"
    elif r < 0.85:
        words, variant = pair_words(v[:2]) + pair_words(v[2:]), "cvv_pairs"
    else:
        words, variant = run_words(v, c.zero), "cvv_runs"
    if parse_digits(words) != v:
        words, variant = digit_words(v, c.zero), "cvv_digits"
    if variant == "cvv_runs" and not {"double", "triple"} & set(words):
        variant = "cvv_digits"
    words, ev = c.garble(words, p=0.55, drop=False)
    sp = c.span(words, "CVV", eid, variant, v, c.reading(), "given", ev)
    if inline:
        return sp, eid
    if prompt:
        c.A(c.q("cvv_amex" if n == 4 and c.chance(0.7) else "cvv"))
    c.C(c.pick(["", "", "it's", "uh", "that's", "okay it's", "let me flip it over", "um"]), sp)
    return eid


def ssn_words(c, ssn, style):
    groups = [ssn[:3], ssn[3:5], ssn[5:]]
    for _ in range(20):
        if style == "pairs":
            gw = [digit_words(groups[0][0], c.zero) + pair_words(groups[0][1:]) if c.chance(0.5)
                  else digit_words(groups[0], c.zero),
                  pair_words(groups[1]), pair_words(groups[2][:2]) + pair_words(groups[2][2:])]
        else:
            gw = [group_words(c.rng, g, style if style != "groups" else "digits", c.zero) for g in groups]
        if parse_digits(sum(gw, [])) == ssn and all(parse_digits(w) == g for w, g in zip(gw, groups)):
            return gw, style
        style = "digits"
    raise RuntimeError(ssn)


def take_ssn(c, prompt=True, whose=None, readback=None, variant_over=None):
    ssn = make_ssn(c.rng)
    eid = c.ent("SSN", value=ssn)
    style = c.rng.choices(["digits", "groups", "pairs", "runs"], weights=[35, 40, 15, 10])[0]
    if style == "runs":
        s = list(ssn)
        p = c.rng.randrange(0, 8)
        s[p + 1] = s[p]
        ssn2 = "".join(s)
        if ssn2[:3] not in ("000", "666") and ssn2[0] != "9" and ssn2[3:5] != "00" and ssn2[5:] != "0000":
            ssn = ssn2
            c.ents[eid]["value"] = ssn
    gw, style = ssn_words(c, ssn, style)
    groups = [ssn[:3], ssn[3:5], ssn[5:]]
    if prompt:
        q = c.q("ssn")
        if whose:
            q = c.pick(["and %s social security number" % whose, "can i also get %s social" % whose,
                        "and what's %s social" % whose])
        c.A(q)
    correction = c.chance(0.08)
    if correction:
        k = c.rng.randrange(3)
        wg = wrong_group(c, groups[k])
        gw[k] = digit_words(wg, c.zero) + c.pick(CORR).split() + gw[k]
    lead = c.pick(["", "", "sure it's", "yeah it's", "okay", "it's", "um", "yep"])
    delivery = c.rng.choices(["continuous", "pieces"], weights=[65, 35])[0]
    r = c.reading()
    if delivery == "continuous":
        words = join_groups(c, gw, "groups" if style in ("groups", "pairs") else style)
        words, ev = c.garble(words, p=0.6)
        variant = variant_over or ("ssn_correction" if correction else
                                   "ssn_groups_split" if BREAK in words else "ssn_" + style)
        c.C(lead, c.span(words, "SSN", eid, variant, ssn, r, "given", ev, style=style,
                         **({"correction": True} if correction else {})))
    else:
        chunks = [[0], [1], [2]] if c.chance(0.6) else [[0, 1], [2]]
        pos = 0
        for ci, ch in enumerate(chunks):
            words = sum((gw[i] for i in ch), [])
            val = "".join(groups[i] for i in ch)
            words, ev = c.garble(words, p=0.45, drop=False)
            has_corr = correction and any(parse_digits(gw[i]) != groups[i] for i in ch)
            c.C(lead if ci == 0 else "", c.span(words, "SSN", eid,
                                                variant_over or ("ssn_correction" if has_corr else "ssn_pieces"),
                                                val, r, "given", ev, style=style, piece="%d/%d" % (ci + 1, len(chunks)),
                                                at=pos, **({"correction": True} if has_corr else {})))
            pos += len(val)
            if ci < len(chunks) - 1:
                c.A(c.pick(["mhm", "okay", "yep", "uh huh", "go on", "got it", "okay and"]))
    if readback if readback is not None else c.chance(0.2):
        words = digit_words(ssn, c.zero)
        if c.chance(0.4):
            words = digit_words(ssn[:3], c.zero) + digit_words(ssn[3:5], c.zero) + digit_words(ssn[5:], c.zero)
        words, ev = c.garble(words, p=0.4)
        c.A(c.pick(["okay i have", "let me repeat that", "so that's", "just to confirm"]),
            c.span(words, "SSN", eid, "ssn_readback", ssn, c.reading(), "readback", ev),
            c.pick(["correct", "is that right", ""]))
        c.C(c.pick(AFFIRM))
    return eid


def take_ssn_last4(c, prompt=True):
    """The last four of a social: not a secret to hide (IGNORE).  Now and
    then the caller gives the whole number anyway (SSN)."""
    if prompt:
        c.A(c.q("ssn4"))
    if c.chance(0.15):
        return take_ssn(c, prompt=False, variant_over="ssn_full_when_last4_asked")
    v = "%04d" % c.rng.randrange(1, 10000)
    eid = c.ent("IGNORE", value=v, what="ssn_last4")
    style = c.pick(["digits", "digits", "digits", "pairs"])
    words = group_words(c.rng, v, style, c.zero)
    if parse_digits(words) != v:
        words = digit_words(v, c.zero)
    words, ev = c.garble(words, p=0.4, drop=False)
    c.C(c.pick(["", "it's", "sure", "yeah it's", "um"]),
        c.span(words, "IGNORE", eid, "ssn_last4", v, c.reading(), "given", ev))
    return eid


# ------------------------------------------------------------ scenes

def greet(c, company):
    c.A(c.pick([
        "thank you for calling %s my name is %s how can i help you today" % (company, c.agent),
        "thanks for calling %s this is %s how may i help you" % (company, c.agent),
        "%s this is %s speaking how can i help" % (company, c.agent),
        "hi thank you for calling %s this call may be recorded for quality and training my name is %s how can i help you" % (company, c.agent),
        "good morning %s %s speaking" % (company, c.agent),
        "hello and thank you for calling %s you're speaking with %s what can i do for you today" % (company, c.agent),
    ]))


def closing(c, company):
    c.A(c.pick(["is there anything else i can help you with today", "anything else i can do for you",
                "is there anything else"]))
    c.C(c.pick(["no that's it thank you", "nope that's all thanks", "no i think that's everything",
                "that's it thanks so much", "no thank you have a good one"]))
    c.A(c.pick(["thank you for calling %s have a great day" % company, "alright you have a good day bye bye",
                "thanks for being %s %s customer take care" % (
                    "" if company.startswith("the ") else "an" if company[0] in "aeiou" else "a", company), "okay have a good one bye"]))


def small_talk(c):
    if c.chance(0.25):
        c.say(c.pick(["sorry can you hear me okay", "sorry my dog is barking", "hang on let me turn the tv down",
                      "sorry i'm driving", "sorry you cut out for a second"]))
        c.say(c.pick(["yes i can hear you", "no problem take your time", "that's okay", "you're fine"]))


def ask_callback(c):
    c.A(c.pick(["in case we get disconnected what's a good callback number",
                "and a good phone number to reach you at", "can i get a callback number just in case"]))
    c.C(*give_phone(c, "neg_callback"))


def identify(c, acct_noun="account number"):
    """The agent finds the account: account number, phone or DOB."""
    r = c.rng.random()
    if r < 0.45:
        c.A(c.pick(["can i get the %s please" % acct_noun, "sure can i start with your %s" % acct_noun,
                    "i can help with that what's the %s" % acct_noun]))
        n = c.pick([8, 9, 10, 10, 11, 12])
        lead = c.pick(["yeah it's", "it's", "sure it's", "uh let me find it okay", "um", ""])
        kind = {"policy number": "neg_policy", "member id": "neg_member"}.get(acct_noun, "neg_account")
        if kind == "neg_policy" and c.chance(0.6):
            c.C(lead, c.neg(code_words(c, c.pick([1, 2]), n - 1), kind))
        else:
            c.C(lead, digits_neg(c, n, kind)[0])
    elif r < 0.8:
        c.A(c.pick(["can i get the phone number on the account", "what's the phone number associated with the account",
                    "sure can i get the phone number on file"]))
        c.C(*give_phone(c))
    else:
        c.A(c.pick(["can i have your name and date of birth", "can i get your full name and date of birth please"]))
        c.C("it's %s %s" % (c.first, c.last), c.pick(["and", "birthday is", "date of birth"]), dob(c))
        return
    c.A(c.pick(["and the name on the account", "thank you and can you verify your name",
                "thanks and who am i speaking with"]))
    c.C(c.pick(["%s %s" % (c.first, c.last), "it's %s %s" % (c.first, c.last), "%s" % c.first + " " + c.last]))


def verify_identity(c):
    r = c.rng.random()
    if r < 0.3:
        take_ssn_last4(c)
        c.A(c.pick(["thank you you're verified", "perfect thank you", "great that matches"]))
    elif r < 0.65:
        take_ssn(c)
        c.A(c.pick(["thank you", "okay that matches", "perfect you're verified"]))
    elif r < 0.8:
        c.A(c.pick(["can you verify your date of birth", "and your date of birth please", "for security what's your date of birth"]))
        c.C(c.pick(["", "sure", "it's", "um"]), dob(c))
    else:
        c.A(c.pick(["and what's the zip code on the account", "can you verify the zip code on file"]))
        c.C(c.pick(["", "it's", "yeah"]), zipcode(c))


def confirm_payment(c, card_eid):
    num = c.ents[card_eid]["number"]
    bn = BRANDS[c.ents[card_eid]["brand"]][3][0]
    c.A(c.pick(["okay that went through", "alright that payment is approved", "okay you're all set",
                "perfect that's been processed"]),
        c.pick(["on your %s ending in" % bn, "on the card ending in", "charged to the card ending in"]),
        card_last4(c, num))
    c.A(c.pick(["your confirmation number is", "your reference number is", "the confirmation code is",
                "let me give you a confirmation number it's"]), conf_code(c))
    if c.chance(0.3):
        c.C(c.pick(["sorry can you repeat that", "can you say that again", "hang on let me write that down okay go"]))
        c.A(c.pick(["sure", "no problem", "it's"]), conf_code(c))
        c.meta["conf_repeated_differs"] = True
    c.C(c.pick(["okay got it", "thank you", "great thanks", "okay"]))


def card_details(c, card_eid, need_exp=True, need_cvv=True, zip_ask=None):
    brand = c.ents[card_eid]["brand"]
    order = ["exp", "cvv"] if c.chance(0.85) else ["cvv", "exp"]
    for step in order:
        if step == "exp" and need_exp:
            take_expiry(c, card_eid)
        if step == "cvv" and need_cvv:
            take_cvv(c, card_eid)
    if zip_ask if zip_ask is not None else c.chance(0.4):
        c.A(c.pick(["and the billing zip code", "what's the zip code for the billing address",
                    "and the zip code where you get the statement"]))
        c.C(c.pick(["", "it's", "uh"]), zipcode(c))
    if c.chance(0.2):
        c.A(c.pick(["and the name as it appears on the card", "and the cardholder name"]))
        c.C("%s %s" % (c.first, c.last))


def pay_with_card(c, amount_part=None):
    """Card, expiry, code; sometimes declined and a second card; sometimes all
    at once."""
    if c.chance(0.12):
        # the customer volunteers number, expiry and code in one breath
        brand = choose_brand(c)
        c.A(c.q("card", n=nw(BRANDS[brand][0])))
        parts, card = take_card(c, brand=brand, prompt=False, allow_pieces=False, readback=False, volunteer_rest=True)
        esp, _ = take_expiry(c, card, inline=True)
        csp, _ = take_cvv(c, card, inline=True)
        c.C(*parts, c.pick(["expiration", "expires", "exp date is", "and it expires"]), esp,
            c.pick(["and the code is", "security code", "and the three digits are", "cvv"]), csp)
        c.A(c.pick(["wow okay you were ready thank you", "okay got all that", "great thank you"]))
        card_details(c, card, need_exp=False, need_cvv=False)
        return card
    before = after = None
    r = c.rng.random()
    if r < 0.12 and c.meta.get("acct"):
        before = [c.pick(["okay so that's for account", "this is for account number", "for account"]),
                  digits_neg(c, c.rng.randrange(8, 13), c.meta["acct"])[0], c.pick(["and the card is", "the card number is", "and the card"])]
    elif r < 0.24:
        after = [c.pick(["and the billing zip is", "and my zip code is", "zip code", "and the zip on it is"]), zipcode(c)]
    elif r < 0.3 and c.meta.get("acct"):
        after = [c.pick(["and that's for account", "and my account number is", "and it's for policy"]),
                 digits_neg(c, c.rng.randrange(8, 13), c.meta["acct"])[0]]
    card = take_card(c, before=before, after=after)
    card_details(c, card, need_exp=c.chance(0.85), need_cvv=c.chance(0.8), zip_ask=False if after and "neg_zip" in str([getattr(p, "lab", "") for p in after]) else None)
    if c.chance(0.33):
        c.A(c.pick(["i'm sorry it looks like that card was declined do you have another card you'd like to try",
                    "hmm that didn't go through the bank declined it is there another card",
                    "it's coming back declined unfortunately do you have a different card"]))
        c.C(c.pick(["ugh okay let me get my other card", "seriously okay hang on", "okay try my other one",
                    "oh that's weird okay i have another one"]))
        card = take_card(c)
        card_details(c, card, need_exp=c.chance(0.75), need_cvv=c.chance(0.7), zip_ask=False)
    return card


def flow_pay(c):
    sector = c.pick(list(SECTORS))
    s = SECTORS[sector]
    co = c.pick(s["companies"])
    bill = c.pick(s["bill"])
    c.meta.update(company=co, sector=sector)
    c.meta["acct"] = {"policy number": "neg_policy", "member id": "neg_member"}.get(s["acct"], "neg_account")
    greet(c, co)
    c.C(c.pick(["hi yeah i need to make a payment on my %s" % bill,
                "hi i got a notice that my %s is past due and i want to pay it" % bill,
                "yeah hi i'm calling to pay my %s" % bill,
                "um hi i wanted to pay my %s over the phone" % bill,
                "hi i'd like to pay my %s with a card please" % bill]))
    identify(c, s["acct"])
    if c.chance(0.45):
        verify_identity(c)
    small_talk(c)
    if c.chance(0.6):
        due = [c.pick(["due on", "that was due on", "past due since"]), a_date(c)]
    else:
        due = [c.pick(["", "today", "that's past due"])]
    c.A(c.pick(["okay i see a balance of", "alright your current balance is", "it looks like you owe",
                "okay the amount due is"]), amount(c), *due)
    if c.chance(0.5):
        c.C(c.pick(["okay i'll pay the whole thing", "let's do the full amount", "yeah pay all of it"]))
    else:
        c.C(c.pick(["can i just pay", "i can only do", "let's do"]), amount(c, 1000, 20000),
            c.pick(["today", "for now", "right now"]))
    if c.chance(0.3):
        ask_callback(c)
    c.A(c.pick(["okay and what card will you be using", "sure we can do that over the phone",
                "okay i can take that payment for you", "alright"]))
    card = pay_with_card(c)
    confirm_payment(c, card)
    if c.chance(0.35):
        c.A(c.pick(["your next bill will be", "your next payment of", "the next statement should be about"]),
            amount(c), c.pick(["due on", "on"]), a_date(c))
    closing(c, co)


def flow_update(c):
    sector = c.pick(list(SECTORS))
    s = SECTORS[sector]
    co = c.pick(s["companies"])
    c.meta.update(company=co, sector=sector)
    greet(c, co)
    c.C(c.pick(["hi i need to update the card on my account my old one expired",
                "yeah i got a new card in the mail and need to update my autopay",
                "hi my card got stolen so i need to change the card you have on file",
                "i need to change my payment method please"]))
    identify(c, s["acct"])
    verify_identity(c)
    old = "%04d" % c.rng.randrange(10000)
    c.A(c.pick(["okay i see a card ending in", "right now you have a card on file ending in",
                "the card we have is the one ending in"]), card_last4(c, old),
        c.pick(["is that the one you want to replace", "is that the old card", "is that right"]))
    if c.chance(0.6):
        c.C(c.pick(["yes that's the old one", "yeah that one", "yep", "right"]))
    else:
        c.C(c.pick(["yeah the one ending in", "yes ending in", "mhm"]), card_last4(c, old),
            c.pick(["that's the old one", "", "it expired"]))
    card = take_card(c)
    card_details(c, card, need_exp=c.chance(0.85), need_cvv=c.chance(0.7))
    if c.chance(0.35):
        c.C(c.pick(["actually can you add a second card as a backup", "oh and can i put my other card on there as a backup too"]))
        c.A(c.pick(["sure go ahead with that number", "of course", "yes we can do that"]))
        card2 = take_card(c, prompt=False)
        card_details(c, card2, need_exp=c.chance(0.9), need_cvv=c.chance(0.6), zip_ask=False)
    c.A(c.pick(["okay that's updated", "you're all set the new card is on file", "alright that's been saved"]),
        c.pick(["your next autopay of", "the next payment of", "your next charge of"]), amount(c),
        c.pick(["will go out on", "will come out on", "is scheduled for"]), a_date(c))
    closing(c, co)


def flow_booking(c):
    co, thing = c.pick(BOOKING)
    c.meta.update(company=co, sector="travel_tickets")
    greet(c, co)
    if thing in ("show", "game", "tour"):
        c.C(c.pick(["hi i'd like to buy", "yeah i want to get", "hi can i book"]), qty(c),
            c.pick(["tickets for the", "seats for the"]), thing, c.pick(["on", "for"]), a_date(c))
        c.A(c.pick(["we have seats at", "there's a", "okay there's availability at"]), a_time(c, evening=True),
            c.pick(["or", "and another at", "and a later one at"]), a_time(c, evening=True))
        c.C(c.pick(["the first one", "the later one please", "let's do the earlier one"]))
        c.A(c.pick(["okay the total comes to", "that'll be", "with fees that's"]), amount(c, 4000, 48000))
    elif thing == "hotel":
        c.C(c.pick(["hi i need a room for", "i want to book a room for"]), qty(c),
            c.pick(["nights checking in", "nights starting"]), a_date(c))
        c.A(c.pick(["how many guests", "and how many adults"]))
        c.C(qty(c), c.pick(["adults", "adults and one child", "of us"]))
        c.A(c.pick(["i have a king room at", "the rate is", "i can do a double queen for"]), amount(c, 9000, 40000),
            c.pick(["per night", "a night plus tax"]))
    elif thing == "flight":
        c.C(c.pick(["hi i need to book a flight to", "i'd like to change my flight to"]), c.pick(CITIES),
            c.pick(["on", "leaving"]), a_date(c))
        c.A(c.pick(["i have a flight departing at", "there's one at"]), a_time(c),
            c.pick(["flight number", "that's flight"]), c.neg(" ".join(pair_words("%04d" % c.rng.randrange(1000, 2999))) if c.chance(0.6)
                  else nw(c.rng.randrange(100, 999)), "neg_flight", garble=False))
        c.A(c.pick(["the fare is", "that comes to", "the change fee is"]), amount(c, 5000, 90000))
    else:
        c.C(c.pick(["hi i want to reserve a", "i need to rent a", "can i book a"]), thing,
            c.pick(["from", "starting"]), a_date(c), c.pick(["to", "until", "through"]), a_date(c))
        c.A(c.pick(["that comes to", "the total with tax is"]), amount(c, 8000, 70000))
    c.C(c.pick(["okay that's fine", "okay let's do it", "sounds good", "yeah go ahead"]))
    if c.chance(0.35):
        ask_callback(c)
    c.A(c.pick(["great i'll just need a card to hold that", "okay i can take payment now",
                "perfect i'll need a credit card for that"]))
    card = pay_with_card(c)
    c.A(c.pick(["you're all booked", "okay that's confirmed", "great you're all set"]),
        c.pick(["your confirmation number is", "your booking reference is", "confirmation code"]), conf_code(c))
    if c.chance(0.4):
        c.A(c.pick(["and it's on the card ending in", "charged to your card ending in"]),
            card_last4(c, c.ents[card]["number"]))
    if c.chance(0.3):
        c.A(c.pick(["you'll get a text confirmation at", "we'll text the details to"]),
            c.neg(say_phone(c, make_phone(c.rng)), "neg_phone"))
    closing(c, co)


def flow_order(c):
    co = c.pick(RETAIL)
    c.meta.update(company=co, sector="retail")
    greet(c, co)
    c.C(c.pick(["hi i'd like to place an order", "yeah i saw something in your catalog i want to order",
                "hi i want to order over the phone the website isn't working"]))
    c.A(c.pick(["sure what's the item number", "okay do you have the item number", "of course what item is it"]))
    c.C(c.pick(["it's", "item number", "the number is"]), digits_neg(c, c.pick([6, 7, 8]), "neg_item")[0],
        c.pick(["and i need", "quantity", "i'd like"]), qty(c))
    c.A(c.pick(["okay with shipping that comes to", "your total is", "that'll be"]), amount(c, 2000, 150000))
    c.A(c.pick(["and what's the shipping address", "where are we shipping that"]))
    a, st = address(c)
    c.C(a, st, c.pick(["", "apartment " + c.pick(["four b", "twelve", "two oh one"]), ""]),
        c.pick(CITIES), c.pick(["", "zip", "and the zip is"]), zipcode(c))
    card = pay_with_card(c)
    c.A(c.pick(["okay your order number is", "your order is confirmed order number"]),
        digits_neg(c, c.pick([8, 9, 10]), "neg_order")[0])
    if c.chance(0.5):
        c.A(c.pick(["it should arrive by", "expect it around"]), a_date(c))
    closing(c, co)


def flow_identity(c):
    co, kind = c.pick(IDENTITY)
    c.meta.update(company=co, sector=kind)
    greet(c, co)
    c.C(c.pick({
        "benefits": ["hi i'm calling about my claim", "yeah i applied for benefits and haven't heard anything",
                     "hi i need to check the status of my application"],
        "payroll": ["hi i need a copy of my w two", "my direct deposit didn't come through",
                    "i'm a new employee and they said to call about my tax forms"],
        "bank": ["hi i'm locked out of my online banking", "i want to open a savings account",
                 "i need to reset my password"],
        "insurance": ["hi i need to add my wife to my plan", "i'm calling about a claim that got denied",
                      "i want to update my beneficiary"],
        "credit": ["hi i want to apply for a credit card", "i got a letter saying i was pre approved",
                   "i'd like to raise my credit limit"],
        "tax": ["hi i'm calling about my tax return", "i need to set up an appointment to file"],
    }[kind]))
    c.A(c.pick(["i can help with that can i have your full name", "okay first can i get your name"]))
    c.C("%s %s" % (c.first, c.last))
    c.A(c.pick(["and your date of birth", "date of birth please", "and what's your birthday"]))
    c.C(c.pick(["", "it's", "uh"]), dob(c))
    take_ssn(c)
    if c.chance(0.4):
        kind_n = c.pick(["neg_member", "neg_claim"])
        c.A(c.pick(["and your member id", "do you have your member number"] if kind_n == "neg_member"
                   else ["what's the claim number", "do you have the claim number handy"]))
        if c.chance(0.5):
            c.C(c.pick(["it's", "yeah", ""]), digits_neg(c, 9, kind_n, style="groups")[0])
        else:
            c.C(c.pick(["it's", "yeah", ""]), c.neg(code_words(c, c.pick([1, 2, 3]), c.pick([7, 8, 9])), kind_n))
    if kind in ("insurance", "benefits", "tax", "credit") and c.chance(0.65):
        c.A(c.pick(["and i'll need your spouse's social as well", "i'll also need your spouse's social security number",
                    "and the dependent's social", "and for your son i'll need his social"]))
        c.C(c.pick(["okay hang on let me get it", "sure one sec", "okay"]))
        take_ssn(c, prompt=False)
    if kind == "credit":
        c.A(c.pick(["and your annual income", "what's your yearly household income"]))
        c.C(c.pick(["about", "around", ""]), c.neg(c.pick(["sixty two thousand", "forty five thousand",
                                                            "a hundred and ten thousand", "eighty thousand dollars",
                                                            "fifty two thousand five hundred"]), "neg_amount",
                                                  garble=False))
        c.A("and your home address")
        a, st = address(c)
        c.C(a, st, c.pick(CITIES), zipcode(c))
        c.A("how long have you lived there")
        c.C(c.neg(nw(c.rng.randrange(2, 15)), "neg_duration", garble=False), "years")
    if c.chance(0.4):
        ask_callback(c)
    c.A(c.pick(["okay i've opened a case your case number is", "your reference number for this call is",
                "i'll put in a ticket the number is"]), digits_neg(c, c.pick([7, 8, 9, 10]), "neg_case")[0])
    c.A(c.pick(["you should hear back in", "it takes about"]),
        c.neg(c.pick(["seven to ten", "three to five", "five to seven", "ten"]), "neg_duration", garble=False),
        "business days")
    if c.chance(0.25):
        # sometimes a premium or fee is paid at the end of the same call
        c.C(c.pick(["oh and while i have you can i pay my premium", "can i also pay the fee now"]))
        c.A(c.pick(["sure that's", "yes the amount is"]), amount(c, 2000, 30000))
        card = pay_with_card(c)
        confirm_payment(c, card)
    closing(c, co)


def flow_change(c):
    sector = c.pick(list(SECTORS))
    s = SECTORS[sector]
    co = c.pick(s["companies"])
    c.meta.update(company=co, sector=sector)
    greet(c, co)
    what = c.pick(["address", "phone", "both"])
    c.C(c.pick({"address": ["hi i moved and need to update my address", "i need to change my mailing address"],
                "phone": ["hi i got a new phone number and need to update it", "i need to change the phone number on my account"],
                "both": ["hi i moved so my address and phone number changed", "i need to update my contact info"]}[what]))
    identify(c, s["acct"])
    if c.chance(0.6):
        if c.chance(0.55):
            take_ssn_last4(c)
        else:
            take_ssn(c)
    else:
        verify_identity(c)
    if what in ("address", "both"):
        c.A(c.pick(["okay what's the new address", "go ahead with the new address"]))
        a, st = address(c)
        c.C(a, st, c.pick(["", "unit " + c.pick(["three", "two b", "one oh four"])]), c.pick(CITIES),
            c.pick(["", "and the zip is", "zip"]), zipcode(c))
        c.A(c.pick(["and the old address was", "i'm showing the old address as"]), address(c)[0], c.pick(STREETS),
            c.pick(["correct", "right"]))
        c.C(c.pick(AFFIRM))
    if what in ("phone", "both"):
        c.A(c.pick(["and the new phone number", "what's the new number"]))
        c.C(*give_phone(c))
        c.A(c.pick(["and i'll remove the old one ending in", "the old number ending in"]),
            c.neg(digit_words("%04d" % c.rng.randrange(10000), c.zero), "neg_phone_last4"),
            c.pick(["okay", "right"]))
        c.C(c.pick(AFFIRM))
    if c.chance(0.3):
        c.A("and is your email still the same")
        c.C("yes")
    c.A(c.pick(["that's all updated", "okay you're all set", "done"]), c.pick(["your reference number is", "the confirmation is"]),
        conf_code(c))
    closing(c, co)


def flow_dispute(c):
    co = c.pick(["pinnacle card services", "first harbor credit union", "meridian bank card center",
                 "keystone federal credit union"])
    c.meta.update(company=co, sector="card_issuer")
    greet(c, co)
    c.C(c.pick(["hi there's a charge on my card i don't recognize", "i want to dispute a charge",
                "someone used my card i think"]))
    if c.chance(0.75):
        c.A(c.pick(["i can help with that can i have the card number", "okay can you read me the full card number",
                    "sure what's the card number on the account"]))
        card = take_card(c, prompt=False, readback=c.chance(0.3))
        if c.chance(0.5):
            take_expiry(c, card)
    else:
        c.A(c.pick(["which card is this on", "can you give me the last four of the card"]))
        c.C(c.pick(["the one ending in", "it's the card ending in", "uh ending in"]), card_last4(c))
    if c.chance(0.6):
        take_ssn_last4(c)
    else:
        c.A("and your date of birth")
        c.C(dob(c))
    c.A(c.pick(["okay which charge is it", "what's the transaction you're disputing"]))
    c.C(c.pick(["there's one for", "it's a charge of", "i see"]), amount(c, 500, 90000),
        c.pick(["on", "from", "dated"]), a_date(c), c.pick(["from some store", "from a website i've never used", ""]))
    if c.chance(0.5):
        c.C(c.pick(["and another one for", "and a second one for"]), amount(c, 500, 20000))
    c.A(c.pick(["okay i've filed the dispute your case number is", "i've opened a claim the claim number is"]),
        digits_neg(c, c.pick([8, 9, 10, 12]), "neg_case")[0])
    c.A(c.pick(["you'll get a new card in", "the new card should arrive in"]),
        c.neg(c.pick(["seven to ten", "five to seven", "three to five"]), "neg_duration", garble=False),
        "business days")
    if c.chance(0.4):
        c.A(c.pick(["if you have questions call us at", "you can reach the fraud team at"]),
            c.neg("one eight hundred " + " ".join(digit_words(digits_n(c.rng, 7), c.zero)), "neg_callback"))
    closing(c, co)


def flow_nocard(c):
    kind = c.pick(["order_status", "appointment", "balance", "tracking", "callback"])
    co = c.pick({"order_status": RETAIL, "tracking": RETAIL,
                 "appointment": SECTORS["medical"]["companies"] + ["sunway car rental", "fitzone gym"],
                 "balance": SECTORS["utility"]["companies"] + SECTORS["finance"]["companies"]
                 + SECTORS["telecom"]["companies"],
                 "callback": [x for v in SECTORS.values() for x in v["companies"]]}[kind])
    c.meta.update(company=co, sector="no_card_" + kind)
    greet(c, co)
    if kind in ("order_status", "tracking"):
        c.C(c.pick(["hi i'm checking on an order", "my package never showed up", "where's my order"]))
        c.A("do you have the order number")
        c.C(c.pick(["yeah it's", "it's", "let me see it's"]), digits_neg(c, c.pick([9, 10, 12]), "neg_order")[0])
        c.A(c.pick(["okay i see it shipped on", "that went out on"]), a_date(c),
            c.pick(["the tracking number is", "here's the tracking number"]))
        r = c.rng.random()
        if r < 0.4:
            tn = "9400" + digits_n(c.rng, 18, False)        # a postal tracking number, 22 digits
        elif r < 0.7:
            tn = digits_n(c.rng, 12)                         # a courier's 12 digits
        else:
            tn = None
        if tn:
            c.A(c.neg(digit_words(tn, c.zero), "neg_tracking"))
            c.C(c.pick(["can you read that again", "hang on let me write it down okay go ahead"]))
            words = []
            for k in range(0, len(tn), 4):
                words += digit_words(tn[k:k + 4], c.zero) + ([c.pick(["", "uh"])] if k + 4 < len(tn) else [])
            c.A(c.pick(["sure", "no problem it's"]), c.neg([w for w in words if w], "neg_tracking"))
        else:
            code = "one z " + code_words(c, 3, 13)
            c.A(c.neg(code, "neg_tracking", garble=False))
            c.C(c.pick(["can you read that again", "sorry one more time"]))
            c.A(c.pick(["sure", "no problem"]), c.neg(code, "neg_tracking", garble=False))
    elif kind == "appointment":
        c.C(c.pick(["hi i need to reschedule my appointment", "i want to book an appointment"]))
        c.A("can i get your date of birth")
        c.C(dob(c))
        c.A(c.pick(["i have an opening on", "the next available is"]), a_date(c), "at", a_time(c))
        c.C(c.pick(["do you have anything later", "that works"]))
        c.A(c.pick(["i also have", "or"]), a_date(c), "at", a_time(c))
        c.C(c.pick(["okay the second one", "perfect"]))
    elif kind == "balance":
        c.C(c.pick(["hi i want to check my balance", "how much do i owe right now"]))
        identify(c, "account number")
        c.A(c.pick(["your balance is", "you owe"]), amount(c), c.pick(["and your last payment of", "we received"]),
            amount(c), c.pick(["on", "posted on"]), a_date(c))
        c.C(c.pick(["okay i'll pay online", "okay i'll mail a check", "thanks i'll call back to pay"]))
    else:
        c.C(c.pick(["hi i missed a call from this number", "someone from your office called me"]))
        c.A("can i get the number they called", c.pick(["", "you at"]))
        c.C(*give_phone(c))
        c.A(c.pick(["okay it looks like it was about your account ending in", "that was regarding account ending in"]),
            c.neg(digit_words("%04d" % c.rng.randrange(10000), c.zero), "neg_account_last4"))
        c.A(c.pick(["you can call them directly at extension", "their extension is"]),
            c.neg(digit_words(digits_n(c.rng, c.pick([3, 4])), c.zero), "neg_extension"))
    if c.chance(0.5):
        ask_callback(c)
    closing(c, co)


FLOWS = [("pay_bill", flow_pay, 35), ("update_card", flow_update, 20), ("booking", flow_booking, 17),
         ("order", flow_order, 10), ("identity_ssn", flow_identity, 24), ("change_contact", flow_change, 11),
         ("dispute", flow_dispute, 12), ("no_card", flow_nocard, 11)]


def assemble(c, docid):
    text = []
    spans, negs = [], []
    pos = 0
    for ui, parts in enumerate(c.utts):
        if ui:
            text.append("\n")
            pos += 1
        first = True
        for p in parts:
            if isinstance(p, L) and p.pre:
                if not first:
                    text.append(" ")
                    pos += 1
                first = False
                text.append(p.pre)
                pos += len(p.pre)
            s = p.text if isinstance(p, L) else " ".join(p.split())
            if not s:
                continue
            if not first:
                text.append(" ")
                pos += 1
            first = False
            if isinstance(p, L):
                lab = dict(p.lab)
                if "neg" in lab:
                    negs.append({"start": pos, "end": pos + len(s), "kind": lab["neg"]})
                else:
                    d = dict(start=pos, end=pos + len(s))
                    d.update(lab)
                    d["digits"] = parse_digits(p.words, months=(lab["type"] == "EXPIRY"))
                    spans.append(d)
            text.append(s)
            pos += len(s)
    t = "".join(text)
    if c.layout == "oneline":
        t = t.replace("\n", " ")
    order = ["start", "end", "type", "variant", "entity", "brand"]
    spans = [{k: s[k] for k in order if k in s} | {k: v for k, v in s.items() if k not in order}
             for s in sorted(spans, key=lambda s: s["start"])]
    ents = {}
    for eid, e in c.ents.items():
        ents[eid] = e
    meta = {"layout": c.layout, "garbled": bool(c.events), "call_type": c.ctype}
    meta.update(c.meta)
    meta["asr_events"] = sorted(set(c.events))
    meta["utterances"] = len(c.utts)
    meta["entities"] = ents
    return {"id": docid, "kind": "transcript", "text": t, "spans": spans,
            "negatives": sorted(negs, key=lambda n: n["start"]), "meta": meta}


def main(argv):
    out = None
    seed = SEED
    args = list(argv[1:])
    while args:
        a = args.pop(0)
        if a == "--seed":
            seed = int(args.pop(0))
        else:
            out = a
    if not out:
        sys.exit("usage: gen.py OUT.jsonl [--seed N]")
    rng = random.Random(seed)
    plan = []
    for name, fn, n in FLOWS:
        plan += [(name, fn)] * n
    layouts = ["oneline"] * N_ONELINE + ["lines"] * N_LINES
    rng.shuffle(plan)
    rng.shuffle(layouts)
    assert len(plan) == len(layouts), (len(plan), len(layouts))
    docs = []
    for i, ((name, fn), layout) in enumerate(zip(plan, layouts)):
        garbled = rng.random() < 0.4
        c = Call(rng, layout, garbled, name)
        fn(c)
        docs.append(assemble(c, "ucall-%04d" % (i + 1)))
    with open(out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote %d documents to %s" % (len(docs), out))


if __name__ == "__main__":
    main(sys.argv)
