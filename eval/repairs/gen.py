#!/usr/bin/env python3
"""Generate the 'world-calls' evaluation set: numbers read with mistakes and fixes.

usage: python3 gen.py OUT.jsonl
Python 3 stdlib only; seeded and deterministic.
"""
import json
import random
import re
import sys

SEED = 7717

# ---------------------------------------------------------------- values

def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


BRAND_LEN = {"visa16": 16, "mastercard": 16, "amex": 15, "discover": 16,
             "visa13": 13, "visa19": 19}
GROUPS = {"visa16": [4, 4, 4, 4], "mastercard": [4, 4, 4, 4], "amex": [4, 6, 5],
          "discover": [4, 4, 4, 4], "visa13": [4, 3, 3, 3], "visa19": [4, 4, 4, 4, 3]}
BRAND_NAME = {"visa16": "Visa", "mastercard": "Mastercard", "amex": "Amex",
              "discover": "Discover", "visa13": "Visa", "visa19": "Visa"}


def make_card(rng, brand):
    n = BRAND_LEN[brand]
    while True:
        if brand.startswith("visa"):
            pre = "4"
        elif brand == "mastercard":
            pre = str(rng.randint(51, 55)) if rng.random() < 0.7 else str(rng.randint(2221, 2720))
        elif brand == "amex":
            pre = rng.choice(["34", "37"])
        else:
            pre = "6011" if rng.random() < 0.5 else "65" + str(rng.randint(0, 9))
        body = pre + "".join(str(rng.randint(0, 9)) for _ in range(n - 1 - len(pre)))
        c = luhn_complete(body)
        # avoid runs that look like famous test numbers
        if max(c.count(x) for x in "0123456789") <= 5 and "0000" not in c and "1111" not in c:
            return c


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        return "%03d%02d%04d" % (a, g, s)


def pick_brand(rng):
    r = rng.random()
    if r < 0.42:
        return "visa16"
    if r < 0.66:
        return "mastercard"
    if r < 0.80:
        return "amex"
    if r < 0.90:
        return "discover"
    if r < 0.95:
        return "visa13"
    return "visa19"


def split_groups(v, brand):
    out, i = [], 0
    for g in GROUPS[brand]:
        out.append(v[i:i + g])
        i += g
    return out


def mutate_digit(rng, s, pos=None):
    """change one digit (breaks Luhn for a card)."""
    if pos is None:
        pos = rng.randrange(len(s))
    c = s[pos]
    n = rng.choice([x for x in "0123456789" if x != c])
    return s[:pos] + n + s[pos + 1:], pos, n


def swap_adjacent(rng, s):
    for _ in range(20):
        i = rng.randrange(len(s) - 1)
        if s[i] != s[i + 1]:
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return mutate_digit(rng, s)[0]


def make_expiry(rng):
    m = rng.randint(1, 12)
    y = rng.randint(26, 33)
    return m, y


def phone_digits(rng):
    a = "%d%d%d" % (rng.randint(2, 9), rng.randint(0, 9), rng.randint(0, 9))
    e = "%d%d%d" % (rng.randint(2, 9), rng.randint(0, 9), rng.randint(0, 9))
    while a[1:] == "11" or e[1:] == "11":
        a = "%d%d%d" % (rng.randint(2, 9), rng.randint(0, 8), rng.randint(0, 9))
        e = "%d%d%d" % (rng.randint(2, 9), rng.randint(0, 8), rng.randint(0, 9))
    s = "%04d" % rng.randint(0, 9999)
    return a + e + s


def digits(rng, n, first_nonzero=True):
    s = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return s + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def nonluhn_digits(rng, n):
    while True:
        s = digits(rng, n)
        if not luhn_ok(s):
            return s


def imei(rng):
    body = rng.choice(["35", "86", "01", "35"]) + digits(rng, 12, False)
    return luhn_complete(body)


# ---------------------------------------------------------------- speech

W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
HOMO = {"4": ["for"], "2": ["to", "too"], "8": ["ate"], "1": ["won"], "3": ["tree"],
        "9": ["nein"], "0": ["oh"]}
HOMO_W = {"4": 1.0, "2": 1.0, "8": 0.6, "1": 0.5, "3": 0.25, "9": 0.1}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]


def zero_word(rng, zs=None):
    return zs or rng.choice(["zero", "oh", "oh", "o", "zero"])


def say_digit(rng, c, zs=None, homo=0.0):
    if homo and c in HOMO and c != "0" and rng.random() < homo * HOMO_W[c]:
        return rng.choice(HOMO[c])
    if c == "0":
        return zero_word(rng, zs)
    return W[int(c)]


def say_single(rng, ds, zs=None, homo=0.0, dbl=0.0):
    out, i = [], 0
    while i < len(ds):
        c = ds[i]
        if dbl and i + 2 < len(ds) + 0 and ds[i:i + 3] == c * 3 and rng.random() < dbl:
            out.append("triple " + say_digit(rng, c, zs))
            i += 3
            continue
        if dbl and i + 1 < len(ds) and ds[i + 1] == c and rng.random() < dbl:
            out.append("double " + say_digit(rng, c, zs))
            i += 2
            continue
        out.append(say_digit(rng, c, zs, homo))
        i += 1
    return " ".join(out)


def say_pair(rng, p, zs=None, hyph=False):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word(rng, zs if zs != "zero" else "oh") + " " + say_digit(rng, p[1], zs)
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + ("-" if hyph else " ") + W[b]


def say_pairs(rng, ds, zs=None):
    hyph = rng.random() < 0.25
    out = []
    i = 0
    if len(ds) % 2 == 1:
        out.append(say_digit(rng, ds[0], zs))
        i = 1
    while i < len(ds):
        out.append(say_pair(rng, ds[i:i + 2], zs, hyph))
        i += 2
    return " ".join(out)


def say_group(rng, g, style, zs=None):
    if style == "single":
        return say_single(rng, g, zs)
    if style == "double":
        return say_single(rng, g, zs, dbl=0.9)
    if style == "pairs":
        return say_pairs(rng, g, zs)
    if style == "homo":
        return say_single(rng, g, zs, homo=0.5)
    if style == "numeral":
        return g
    if style == "mixed":
        # digits and words mixed: "4 1 four seven" / "41 four seven"
        r = rng.random()
        if r < 0.4:
            return " ".join(c if rng.random() < 0.5 else say_digit(rng, c, zs) for c in g)
        if r < 0.7 and len(g) >= 4:
            return g[:2] + " " + say_single(rng, g[2:], zs)
        return say_single(rng, g[:2], zs) + " " + g[2:]
    raise ValueError(style)


GROUP_SEPS = [", ", ", ", " ", "... ", " - ", ", uh, ", ". "]


class Voice:
    """per-document speaking habits: zero word, group style, separator."""

    def __init__(self, rng, fmt):
        self.rng = rng
        self.fmt = fmt  # words | digits | mixed
        self.zs = rng.choice(["zero", "oh", "o", None, None])
        if fmt == "digits":
            self.style = "numeral"
            self.sep = rng.choice([" ", " ", "-", ", ", ""])
        else:
            r = rng.random()
            if fmt == "mixed":
                self.style = "mixed"
            elif r < 0.45:
                self.style = "single"
            elif r < 0.65:
                self.style = "pairs"
            elif r < 0.8:
                self.style = "homo"
            elif r < 0.9:
                self.style = "double"
            else:
                self.style = "single"
            self.sep = rng.choice(GROUP_SEPS)
        self.hes = "uh"
        self.homo = 0.0 if fmt == "digits" else rng.choice([0.0, 0.0, 0.15, 0.25, 0.35])

    def group(self, g, style=None):
        st = style or self.style
        if st == "mixed" and self.rng.random() < 0.3:
            st = "single"
        if st == "single" and self.homo:
            return say_single(self.rng, g, self.zs, homo=self.homo)
        if st == "double" and self.homo:
            return say_single(self.rng, g, self.zs, homo=self.homo, dbl=0.9)
        return say_group(self.rng, g, st, self.zs)

    def groups(self, gs, style=None, seps=None):
        out = []
        for i, g in enumerate(gs):
            if i:
                out.append(seps[i - 1] if seps else self.sep_pick())
            out.append(self.group(g, style))
        return "".join(out)

    def sep_pick(self):
        if self.rng.random() < 0.75:
            return self.sep
        if self.fmt == "digits":
            return self.rng.choice([" ", " ", ", "])
        return self.rng.choice([", ", " ", "... ", ", " + self.hes + ", "])

    def number(self, ds, style=None):
        """short number (cvv, ssn parts, expiry pieces)."""
        st = style or self.style
        if st in ("numeral",):
            return ds
        if st == "mixed":
            st = self.rng.choice(["single", "numeral", "pairs"])
            if st == "numeral":
                return ds
        if st == "double":
            st = "single"
        if st == "pairs" and len(ds) == 3 and self.rng.random() < 0.6:
            return say_digit(self.rng, ds[0], self.zs) + " " + say_pair(self.rng, ds[1:], self.zs)
        if st == "pairs" and len(ds) == 2:
            return say_pair(self.rng, ds, self.zs)
        if st == "pairs" and len(ds) == 4:
            return say_pairs(self.rng, ds, self.zs)
        if st == "homo":
            return say_single(self.rng, ds, self.zs, homo=0.4)
        return say_single(self.rng, ds, self.zs, homo=self.homo)

    def ssn(self, v, seps=None):
        a, g, s = v[:3], v[3:5], v[5:]
        if self.fmt == "digits":
            sep = self.rng.choice([" ", "-", " ", ""])
            return a + sep + g + sep + s
        st = self.style if self.style != "double" else "single"
        if st == "pairs":
            pa = say_digit(self.rng, a[0], self.zs) + " " + say_pair(self.rng, a[1:], self.zs)
            parts = [pa, say_pair(self.rng, g, self.zs), say_pairs(self.rng, s, self.zs)]
        elif st == "mixed":
            parts = [a if self.rng.random() < .5 else say_single(self.rng, a, self.zs),
                     say_single(self.rng, g, self.zs), s if self.rng.random() < .5 else say_single(self.rng, s, self.zs)]
        else:
            h = 0.35 if st == "homo" else self.homo
            parts = [say_single(self.rng, x, self.zs, homo=h) for x in (a, g, s)]
        seps = seps or [self.sep_pick(), self.sep_pick()]
        return parts[0] + seps[0] + parts[1] + seps[1] + parts[2]

    def expiry(self, m, y):
        rng = self.rng
        mm = "%02d" % m
        if self.fmt == "digits":
            return rng.choice([mm + "/" + str(y), "%d/%d" % (m, y), mm + str(y),
                               MONTHS[m - 1] + " 20" + str(y), mm + "/20" + str(y)])
        r = rng.random()
        yw = say_pair(rng, str(y))
        if r < 0.35:
            return (say_pair(rng, mm, "oh") if m < 10 else say_pair(rng, mm)) + " " + yw
        if r < 0.55:
            return say_single(rng, mm, self.zs) + " " + say_single(rng, str(y))
        if r < 0.8:
            return MONTHS[m - 1] + " twenty " + yw
        if r < 0.9:
            return MONTHS[m - 1] + " of twenty " + yw
        return (say_digit(rng, str(m)) if m < 10 else say_pair(rng, mm)) + " " + yw


# ---------------------------------------------------------------- pieces

def T(s):
    return ("t", s)


def L(s, typ, ent, variant, **kw):
    return ("L", s, dict(type=typ, entity=ent, variant=variant, **kw))


def N(s, kind):
    return ("N", s, kind)


class Builder:
    def __init__(self, esc=None):
        self.parts = []
        self.n = 0
        self.spans = []
        self.negs = []
        self.esc = esc

    def _put(self, s):
        if self.esc:
            s = self.esc(s)
        self.parts.append(s)
        self.n += len(s)
        return s

    def add(self, s):
        self._put(s)

    def raw(self, s):
        self.parts.append(s)
        self.n += len(s)

    def piece(self, p):
        if p[0] == "t":
            self._put(p[1])
        elif p[0] == "L":
            st = self.n
            s = self._put(p[1])
            if self.esc:
                assert s == p[1], "label text needs escaping: %r" % p[1]
            d = dict(start=st, end=self.n)
            d.update(p[2])
            self.spans.append(d)
        else:
            st = self.n
            self._put(p[1])
            self.negs.append(dict(start=st, end=self.n, kind=p[2]))

    def pieces(self, ps):
        for p in ps:
            self.piece(p)

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------- phrase banks

COMPANIES = ["Northwind Mobile", "Bluebell Energy", "Crestline Insurance", "Harbor Freight Lines",
             "Pinecrest Credit Union", "Lumen Cable", "Sparrow Air", "Maple & Finch Furniture",
             "Orbit Streaming", "Redwood Dental Group", "Kestrel Home Warranty", "Tidewater Water Company",
             "Summit Fitness", "Brightpath Tuition", "Copperleaf Hotels", "Ironclad Storage",
             "Nimbus Internet", "Oakline Pharmacy", "Valley Vet Clinic", "Quarry Auto Parts",
             "Silverline Travel", "Greenway Lawn Care", "Meridian Health Billing", "Blue Heron Books",
             "Parkside Property Mgmt", "Swift Courier", "Golden Gate Gas & Electric", "Atlas Rentals",
             "Cobalt Wireless", "Willow Creek HOA"]
AGENTS = ["Priya", "Marcus", "Dana", "Jorge", "Keisha", "Tom", "Aisha", "Brent", "Mei", "Oksana",
          "Luis", "Hannah", "Devon", "Ravi", "Shauna", "Noah", "Beatriz", "Femi", "Colleen", "Yusuf"]
CUSTOMERS = ["Linda Park", "Gary Olsen", "Maria Gonzalez", "Tyrone Brooks", "Chen Wei", "Fatima Khan",
             "Bob Kowalski", "Sofia Rossi", "Kwame Mensah", "Erin O'Neill", "Dmitri Ivanov",
             "Paula Henderson", "Ahmed Hassan", "Jenna Li", "Walter Briggs", "Rosa Delgado",
             "Nguyen Thi Lan", "Patrick Doyle", "Ama Owusu", "Hiroshi Sato", "Brenda Watts",
             "Carlos Mendez", "Svetlana Petrova", "Darnell Hayes", "Megan Schultz"]
REASONS = ["I want to pay my bill before it goes late", "my autopay failed this month",
           "I need to update the card on file", "I was double charged for the renewal",
           "I'd like to book the repair visit", "I'm calling to reinstate my policy",
           "I need to pay the deductible", "my payment bounced and I got a late fee",
           "I want to upgrade my plan", "I'm trying to order a replacement part",
           "I have to pay the past due balance so you don't shut off service",
           "I need to set up a payment arrangement", "my card expired and the subscription stopped",
           "I'm calling about the deposit for the rental", "I want to pay for my prescription refill",
           "I need to open a new account", "I'm behind on the HOA dues",
           "my order got cancelled because the card didn't go through", "I'd like to prepay the vet bill",
           "I got a collections letter and want to settle it"]
GREETS = ["Thank you for calling {co}, this is {ag}, how can I help you today?",
          "{co}, {ag} speaking. What can I do for you?",
          "Hi, you've reached {co} billing, my name is {ag}. Who do I have the pleasure of speaking with?",
          "Good afternoon, {co}, this call may be recorded. I'm {ag}, how can I help?",
          "Hello and thanks for holding, this is {ag} with {co}.",
          "Thanks for calling {co} customer care, {ag} here."]
CLOSES = [("Anything else I can help with today?", "No, that's it, thanks."),
          ("You're all set. Have a good one.", "You too, bye."),
          ("Alright, that's processed. Thanks for calling {co}.", "Thank you, bye bye."),
          ("Is there anything else?", "Nope. Thanks for being patient with me."),
          ("Okay, you should get an email receipt shortly.", "Great, thanks so much."),
          ("Thanks for your patience today.", "Thank you, appreciate it.")]
ASK_CARD = ["What card would you like to use today?", "Go ahead with the card number whenever you're ready.",
            "Can I get the long number on the front of the card?", "And the card number, please?",
            "Okay, I'll need the full card number.", "Which card are we putting this on? Go ahead with the number.",
            "Alright, read me the card number when you're ready.", "I can take the payment now, what's the card number?",
            "What's the sixteen digit number on the card?", "Let's get the new card on file. Go ahead.",
            "Go ahead with the {brand} number."]
LEADS = ["", "", "Okay, it's ", "Yeah, ", "Sure, ", "Alright, ", "Okay so ", "It's ", "Um, okay, ",
         "Let me grab it. Okay, ", "Ready? ", "So it's ", "Yep, ", "Okay. ", "Hold on. Okay, "]
RESTARTS = ["... sorry, let me start over, ", " -- hang on, let me start again. ", ", wait, I lost my place, ",
            "... sorry, from the top, ", ", no, let me do that again, ", " -- sorry, my kid's yelling -- okay, ",
            "... ugh, sorry, starting over, ", ", hold on, I'm gonna start again, ", ", sorry sorry, ",
            "... wait, let me put my glasses on. Okay, ", ", oh, I skipped one, let me redo it, ",
            " -- no, I messed that up -- ", ", actually let me start again, ", "... okay, again, "]
GROUP_FIXES = ["... no, ", ", no sorry, ", " -- wait, no -- ", ", scratch that, ", ", sorry, I mean ",
               ", no no, ", "... no, it's ", ", oops, ", ", I'm sorry, that's ", " -- no, hold on -- "]
DIGIT_FIXES = ["... no, ", ", no, ", " -- sorry -- ", ", I mean ", ", wait, "]
CROSS = ["[crosstalk]", "[CROSSTALK]", "[overlapping speech]", "(crosstalk)", "[cross talk]"]
INAUD = ["[inaudible]", "<unk>", "[unintelligible]", "[INAUDIBLE]", "[noise]"]
ASK_EXP = ["And the expiration date?", "What's the expiry on that?", "Expiration, month and year?",
           "And when does it expire?", "Okay, the exp date?", "Can I get the expiration date on the card?"]
ASK_CVV = ["And the three digit code on the back?", "Security code, please.", "And the CVV?",
           "Last thing, the security code on the back of the card.", "What's the CVC?",
           "And the little code by the signature strip?"]
ASK_CVV_AMEX = ["And the four digit code on the front, above the number?", "And the CID, the four digits on the front?",
                "Security code, that's four digits on the front for Amex."]
ASK_SSN = ["For verification, can I get your social security number?", "I'll need the social to run the credit check.",
           "Can you verify the full social on the account?", "What's your SSN, please?",
           "To open the account I need your social security number.",
           "Can I have the social for the primary account holder?"]
SWITCH = ["Actually, wait, can you use my other card instead? ", "Oh, hold on, I don't want that one, that's the joint card. Use this one: ",
          "Actually no, put it on my {brand}. ", "Hmm, you know what, let me use a different card. ",
          "Sorry, that one's maxed out, let me give you another. ", "Actually my husband says use the {brand}. Okay, "]
ACKS = ["Mm-hmm.", "Okay.", "Uh huh.", "Go ahead.", "Yep.", "Got it.", "Okay, go on.", "Mhm."]


# ---------------------------------------------------------------- context

class Ctx:
    def __init__(self, rng, fmt, hes):
        self.rng = rng
        self.voice = Voice(rng, fmt)
        self.voice.hes = hes
        self.hes = hes
        self.fmt = fmt
        self.k = 0
        self.co = rng.choice(COMPANIES)
        self.ag = rng.choice(AGENTS)
        self.cu = rng.choice(CUSTOMERS)
        self.last_card = None
        self.brand = None

    def ent(self):
        self.k += 1
        return "e%d" % self.k

    def c(self, xs):
        return self.rng.choice(xs)

    def filler(self):
        return self.c([self.hes, self.hes, "um", "uh", "..."]) if self.hes != "%HESITATION" else "%HESITATION"


def join_run(*parts):
    return "".join(parts)


def card_meta(val, brand, variant, render):
    return dict(value=val, brand=brand, render=render)


def agent_readback(ctx, ds, brand=None, wrong=False):
    """agent reads a card back; digits style depends on fmt."""
    rng = ctx.rng
    if ctx.fmt == "digits" or rng.random() < 0.3:
        if brand:
            gs = split_groups(ds, brand)
            return rng.choice([" ", "-", " "]).join(gs)
        return ds
    if brand:
        gs = split_groups(ds, brand)
        return ", ".join(say_single(rng, g, "zero") for g in gs)
    return say_single(rng, ds, "zero")


# ---------------------------------------------------------------- transcript items
# each returns a list of turns: (role, [pieces])

def tx_card(ctx, variant, brand=None):
    rng, v = ctx.rng, ctx.voice
    brand = brand or pick_brand(rng)
    val = make_card(rng, brand)
    gs = split_groups(val, brand)
    ctx.last_card, ctx.brand = val, brand
    e = ctx.ent()
    meta = dict(value=val, brand=brand, render=v.style + ("+homophones" if v.homo and v.style in ("single", "double") else ""))
    turns = [("A", [T(ctx.c(ASK_CARD).format(brand=BRAND_NAME[brand]))])]
    lead = ctx.c(LEADS)
    ng = len(gs)

    def lab(s, var=variant):
        return L(s, "CARD", e, var, **meta)

    if variant == "card_false_start":
        r = rng.random()
        if r < 0.5:  # same digits, lost place
            k = rng.randint(1, ng - 2)
            part = v.groups(gs[:k])
            if rng.random() < 0.5:
                part += v.sep_pick() + v.group(gs[k][:rng.randint(1, len(gs[k]) - 1)], "single")
        else:  # misread digits early, restart
            k = rng.randint(1, 2)
            wrong = swap_adjacent(rng, "".join(gs[:k]))
            part = v.groups(split_groups(wrong + val[len(wrong):], brand)[:k])
        run = part + ctx.c(RESTARTS) + v.groups(gs)
        turns.append(("C", [T(lead), lab(run), T(ctx.c([".", ".", "", " -- got that?"]))]))
    elif variant == "card_group_corrected":
        i = rng.randrange(ng)
        wrong = swap_adjacent(rng, gs[i]) if rng.random() < 0.6 else mutate_digit(rng, gs[i])[0]
        out = []
        for j, g in enumerate(gs):
            if j:
                out.append(v.sep_pick())
            if j == i:
                out.append(v.group(wrong) + ctx.c(GROUP_FIXES) + v.group(g))
            else:
                out.append(v.group(g))
        turns.append(("C", [T(lead), lab("".join(out)), T(".")]))
    elif variant == "card_digit_corrected":
        i = rng.randrange(1, ng)
        g = gs[i]
        j = rng.randrange(1, len(g))
        bad = rng.choice([x for x in "0123456789" if x != g[j]])
        if rng.random() < 0.5:
            fixed = say_single(rng, g[:j + 0], v.zs) + " " + say_digit(rng, bad, v.zs) + ctx.c(DIGIT_FIXES) + \
                say_single(rng, g[j:], v.zs)
            var = "card_digit_corrected"
        else:
            fixed = say_single(rng, g[:j], v.zs) + " " + say_digit(rng, bad, v.zs) + ctx.c(["... sorry, ", " -- no, ", ", no, "]) + \
                say_single(rng, g, v.zs)
            var = "card_digit_corrected"
        out = []
        for jj, gg in enumerate(gs):
            if jj:
                out.append(v.sep_pick())
            out.append(fixed if jj == i else v.group(gg))
        turns.append(("C", [T(lead), lab("".join(out), var), T(".")]))
    elif variant == "card_digit_clarified":
        i = rng.randrange(1, ng)
        g = gs[i]
        j = rng.randrange(0, len(g) - (1 if i == ng - 1 else 0))
        out = []
        for jj, gg in enumerate(gs):
            if jj:
                out.append(v.sep_pick())
            if jj == i:
                ws = [say_digit(rng, c, v.zs) for c in gg]
                ws[j] = ctx.c(INAUD)
                out.append(" ".join(ws))
            else:
                out.append(v.group(gg))
        turns.append(("C", [T(lead), lab("".join(out)), T(".")]))
        alt = rng.choice([x for x in "0123456789" if x != g[j] and x != "0"])
        pair = [say_digit(rng, g[j], "zero"), W[int(alt)]]
        rng.shuffle(pair)
        art = lambda w: ("an " if w[0] in "aeio" else "a ") + w
        q = art(pair[0]) + " or " + art(pair[1])
        qq = q[q.index(" ") + 1:]
        turns.append(("A", [T(ctx.c(["Sorry, you cut out on the %s group. Was that " % ORD[i + 1],
                                     "I missed a digit in the %s set, was it " % ORD[i + 1],
                                     "Sorry, was that "])), T(q[:q.index(" ") + 1]),
                            L(qq, "IGNORE", ctx.ent(), "ign_agent_digit_query"), T("?")]))
        ans = say_digit(rng, g[j], v.zs if v.zs != "o" else "zero") if ctx.fmt != "digits" else g[j]
        if rng.random() < 0.5:
            turns.append(("C", [T(ctx.c(["", "It's ", "That's "]) ), lab(ans), T(ctx.c([".", ", yeah.", ". Sorry."]))]))
        else:
            turns.append(("C", [T(ctx.c(["", "Oh, "])), lab(ans + ctx.c([". ", ", ", ", so "]) + v.group(g)),
                                T(ctx.c([".", " for that part."]))]))
    elif variant == "card_readback_corrected":
        formB = rng.random() < 0.45
        i = rng.randrange(ng)
        wrong_g = swap_adjacent(rng, gs[i]) if rng.random() < 0.6 else mutate_digit(rng, gs[i])[0]
        wgs = list(gs)
        wgs[i] = wrong_g
        wrong = "".join(wgs)
        if formB:  # caller misread, agent echoes it, caller catches it
            turns.append(("C", [T(lead), lab(v.groups(wgs)), T(".")]))
        else:
            turns.append(("C", [T(lead), lab(v.groups(gs)), T(".")]))
        turns.append(("A", [T(ctx.c(["Let me read that back: ", "Okay, I have ", "So that's ", "Just to confirm, "])),
                            L(agent_readback(ctx, wrong, brand), "IGNORE", ctx.ent(), "ign_readback_wrong", value=wrong),
                            T(ctx.c(["?", ", correct?", ". Is that right?"]))]))
        where = ["", "the %s group is " % ORD[i + 1], "the %s part should be " % ORD[i + 1]]
        if i == ng - 1:
            where += ["the last ones are "]
        pre = ctx.c(["No, ", "No no, ", "Not quite, ", "Oh wait, no, "]) + (ctx.c(["I said that wrong, ", "I misread it, ", ""]) if formB else "")
        turns.append(("C", [T(pre + ctx.c(where)), lab(v.group(gs[i])), T(ctx.c([".", ", not what you said.", "."]))]))
        if rng.random() < 0.6:
            turns.append(("A", [T(ctx.c(["My apologies. So ", "Got it, ", "Okay, corrected: "])),
                                L(agent_readback(ctx, val, brand), "CARD", ctx.ent(), "card_readback_final", value=val, brand=brand),
                                T(".")]))
        else:
            turns.append(("A", [T(ctx.c(["Sorry about that. Card ending in ", "Fixed, ending "])),
                                L(gs[-1][-4:] if ctx.fmt == "digits" else say_single(rng, val[-4:], "zero"),
                                  "IGNORE", ctx.ent(), "ign_card_last4"), T(".")]))
    elif variant in ("card_abandoned_full", "card_abandoned_partial"):
        b1 = pick_brand(rng)
        v1 = make_card(rng, b1)
        g1 = split_groups(v1, b1)
        if variant == "card_abandoned_full":
            s1 = L(v.groups(g1), "CARD", e, "card_abandoned_full", value=v1, brand=b1, render=v.style)
            e2 = ctx.ent()
        else:
            k = rng.randint(1, 2)
            s1 = L(v.groups(g1[:k]), "IGNORE", e, "ign_card_abandoned_partial")
            e2 = ctx.ent()
        turns.append(("C", [T(lead), s1, T(". " + ctx.c(["", "Hmm. ", "Oh wait. "]))]))
        sw = ctx.c(SWITCH).format(brand=BRAND_NAME[brand])
        if rng.random() < 0.4:
            turns[-1][1][-1] = T(ctx.c([".", "... hmm.", "... oh wait."]))
            turns.append(("A", [T(ctx.c(["Okay, no problem, go ahead.", "Sure, whenever you're ready.", "Mm-hmm."]))]))
            turns.append(("C", [T(sw), L(v.groups(gs), "CARD", e2, "card_after_switch", **meta), T(".")]))
        else:
            turns[-1][1][-1] = T(". " + sw)
            turns[-1][1].append(L(v.groups(gs), "CARD", e2, "card_after_switch", **meta))
            turns[-1][1].append(T("."))
    elif variant == "card_crosstalk":
        k = rng.randint(1, 3)
        part = v.group(gs[0][:k], "single") if rng.random() < 0.7 else v.group(gs[0])
        run = part + " -- " + ctx.c(CROSS) + " -- " + ctx.c(["sorry, ", "sorry, go ahead -- okay, ", "", "you go, okay, "]) + v.groups(gs)
        turns.append(("C", [T(lead), lab(run), T(".")]))
    elif variant == "card_crosstalk_turns":
        k = rng.randint(1, 2)
        turns.append(("C", [T(lead), lab(v.groups(gs[:k]) + (v.sep_pick() + v.group(gs[k][:2], "single") if rng.random() < .5 else "")),
                            T(" --")]))
        turns.append(("A", [T(ctx.c(["-- sorry, I talked over you. Go ahead.", "Oh, sorry, go ahead, from the start please.",
                                     "-- sorry, that was me. Please continue."]))]))
        turns.append(("C", [T(ctx.c(["Okay, ", "From the top: ", "So, ", ""])), lab(v.groups(gs)), T(".")]))
    elif variant == "card_agent_requested_restart":
        k = rng.randint(1, ng - 1)
        turns.append(("C", [T(lead), lab(v.groups(gs[:k])), T(ctx.c(["...", " --", "..."]))]))
        turns.append(("A", [T(ctx.c(["Sorry, you're breaking up. Can you start from the beginning?",
                                     "I'm so sorry, I didn't catch that, could you repeat the whole number?",
                                     "Can you go a little slower and start over for me?",
                                     "Sorry, my screen froze. One more time from the beginning?"]))]))
        turns.append(("C", [T(ctx.c(["Sure. ", "Okay. ", "Yeah, no problem. ", "Alright, slowly. "])), lab(v.groups(gs)), T(".")]))
    elif variant == "card_turns_group_corrected":
        k = rng.randint(1, ng - 1)
        turns.append(("C", [T(lead), lab(v.groups(gs[:k])), T(ctx.c(["...", ",", ""]))]))
        turns.append(("A", [T(ctx.c(ACKS))]))
        rest = gs[k:]
        wrong = swap_adjacent(rng, rest[0])
        run = v.group(wrong) + ctx.c(GROUP_FIXES) + v.groups(rest)
        turns.append(("C", [lab(run), T(".")]))
    elif variant == "card_hesitation":
        out = []
        for j, g in enumerate(gs):
            if j:
                out.append(ctx.c([", " + ctx.filler() + ", ", " " + ctx.filler() + " ", v.sep, ", " + ctx.filler() + " " + ctx.filler() + ", ",
                                  ", and then ", ", " + ctx.filler() + ", the next ones are ", "... then ", " " + ctx.filler() + " " + ctx.filler() + " "]))
            out.append(v.group(g))
        run = "".join(out)
        turns.append(("C", [T(lead), lab(run), T(".")]))
    elif variant == "card_switch_midread":
        b1 = pick_brand(rng)
        v1 = make_card(rng, b1)
        k = rng.randint(4, 9)
        turns.append(("C", [T(lead), L(say_single(rng, v1[:k], v.zs) if ctx.fmt != "digits" else v1[:4] + " " + v1[4:k],
                                       "IGNORE", e, "ign_card_abandoned_partial"),
                            T(ctx.c(["... oh, that's my debit card, hang on. ", " -- wait, wrong card. ",
                                     "... no, that's my work card. One sec. "]))]))
        e2 = ctx.ent()
        turns.append(("C", [T(ctx.c(["Okay, here: ", "Right, ", "So it's "])), L(v.groups(gs), "CARD", e2, "card_after_switch", **meta), T(".")]))
    elif variant == "card_regroup_restart":
        # starts in pairs, gets confused, restarts digit by digit
        part = say_pairs(rng, gs[0], v.zs) + " " + say_pair(rng, gs[1][:2], v.zs)
        run = part + ctx.c(["... sorry, let me just do it one at a time, ", ", no, let me say each number, ",
                            "... that's confusing, single digits: "]) + " ".join(say_single(rng, g, v.zs) for g in gs)
        meta2 = dict(meta, render="pairs+single")
        turns.append(("C", [T(lead), L(run, "CARD", e, variant, **meta2), T(".")]))
    else:
        raise ValueError(variant)
    return turns


CARD_TX_VARIANTS = ["card_false_start", "card_group_corrected", "card_digit_corrected", "card_digit_clarified",
                    "card_readback_corrected", "card_abandoned_full", "card_abandoned_partial",
                    "card_crosstalk", "card_crosstalk_turns", "card_agent_requested_restart",
                    "card_turns_group_corrected", "card_hesitation", "card_switch_midread",
                    "card_regroup_restart"]


def tx_expiry(ctx, variant):
    rng, v = ctx.rng, ctx.voice
    m, y = make_expiry(rng)
    e = ctx.ent()
    val = "%02d/%02d" % (m, y)
    turns = [("A", [T(ctx.c(ASK_EXP))])]
    lead = ctx.c(["", "", "It's ", "Um, ", "Expires ", "Okay, ", "It says "])
    if variant == "expiry_plain":
        turns.append(("C", [T(lead), L(v.expiry(m, y), "EXPIRY", e, "expiry_spoken", value=val), T(".")]))
        return turns
    if variant == "expiry_corrected":
        m0 = rng.choice([x for x in range(1, 13) if x != m])
        first = v.expiry(m0, y).rsplit(" ", 1)[0] if ctx.fmt != "digits" and rng.random() < 0.5 else v.expiry(m0, y)
        run = first + ctx.c(["... wait, ", ", no, ", " -- sorry, it's ", "... no, hang on, ", ", I mean "]) + v.expiry(m, y)
    elif variant == "expiry_year_corrected":
        y0 = rng.choice([x for x in range(y - 2, y + 3) if x != y and x >= 24])
        run = v.expiry(m, y0) + ctx.c([", no, ", "... wait, that's the old one, ", " -- sorry, ", ", no, the new one is "]) + v.expiry(m, y)
    elif variant == "expiry_old_card_corrected":
        m0, y0 = make_expiry(rng)
        run = v.expiry(m0, y0) + ctx.c([" -- oh, that's the old card. New one says ", "... no wait, I'm looking at the expired one. It's ",
                                        ", oops, that's the card that got replaced, the new one is "]) + v.expiry(m, y)
    elif variant == "expiry_readback_corrected":
        turns.append(("C", [T(lead), L(v.expiry(m, y), "EXPIRY", e, variant, value=val), T(".")]))
        m0 = rng.choice([x for x in range(1, 13) if x != m])
        wr = ("%02d/%02d" % (m0, y)) if ctx.fmt == "digits" else (MONTHS[m0 - 1] + " twenty " + say_pair(rng, str(y)))
        turns.append(("A", [T(ctx.c(["", "Okay, ", "Got it, "])), L(wr, "IGNORE", ctx.ent(), "ign_expiry_readback_wrong"), T("?")]))
        turns.append(("C", [T(ctx.c(["No, ", "No, sorry, ", "Not quite, "])), L(v.expiry(m, y), "EXPIRY", e, variant, value=val), T(".")]))
        return turns
    else:
        raise ValueError(variant)
    turns.append(("C", [T(lead), L(run, "EXPIRY", e, variant, value=val), T(".")]))
    return turns


def tx_cvv(ctx, variant, amex=None):
    rng, v = ctx.rng, ctx.voice
    amex = ctx.brand == "amex" if amex is None else amex
    n = 4 if amex else 3
    val = digits(rng, n, False)
    e = ctx.ent()
    turns = [("A", [T(ctx.c(ASK_CVV_AMEX if amex else ASK_CVV))])]
    lead = ctx.c(["", "", "It's ", "Um, ", "Okay, ", "Let me flip it over. "])
    if variant == "cvv_plain":
        turns.append(("C", [T(lead), L(v.number(val), "CVV", e, "cvv_spoken" if ctx.fmt != "digits" else "cvv_stt_digits", value=val), T(".")]))
        return turns
    if variant == "cvv_false_start":
        k = rng.randint(1, n - 1)
        run = v.number(val[:k], "single") + ctx.c(["... ", " -- ", ", uh, ", "... " + ctx.filler() + " "]) + v.number(val)
    elif variant == "cvv_corrected":
        wrong = swap_adjacent(rng, val) if rng.random() < .6 else mutate_digit(rng, val)[0]
        run = v.number(wrong) + ctx.c([", no sorry, ", "... no, ", " -- wait, it's ", ", I mean ", ", hold on, the light's bad, it's "]) + v.number(val)
    elif variant == "cvv_readback_corrected":
        turns.append(("C", [T(lead), L(v.number(val), "CVV", e, variant, value=val), T(".")]))
        wrong = swap_adjacent(rng, val)
        wr = wrong if ctx.fmt == "digits" else (say_digit(rng, wrong[0]) + " " + say_pair(rng, wrong[1:]) if n == 3 and wrong[1] != "0" else say_single(rng, wrong, "zero"))
        turns.append(("A", [T(ctx.c(["", "Okay, ", "Was that "])), L(wr, "IGNORE", ctx.ent(), "ign_cvv_readback_wrong"), T("?")]))
        turns.append(("C", [T(ctx.c(["No, ", "No, ", "Nope, "])), L(v.number(val, "single"), "CVV", e, variant, value=val), T(".")]))
        return turns
    elif variant == "cvv_crosstalk_turns":
        turns.append(("C", [T(lead), L(v.number(val[:rng.randint(1, n - 1)], "single"), "CVV", e, variant, value=val), T(" --")]))
        turns.append(("A", [T(ctx.c(["-- sorry, go ahead.", "Sorry, you cut out there.", "[crosstalk] sorry, what was that?"]))]))
        turns.append(("C", [T(ctx.c(["", "I said ", "It's "])), L(v.number(val), "CVV", e, variant, value=val), T(".")]))
        return turns
    else:
        raise ValueError(variant)
    turns.append(("C", [T(lead), L(run, "CVV", e, variant, value=val), T(".")]))
    return turns


def tx_ssn(ctx, variant):
    rng, v = ctx.rng, ctx.voice
    val = make_ssn(rng)
    e = ctx.ent()
    turns = [("A", [T(ctx.c(ASK_SSN))])]
    lead = ctx.c(["", "Sure, ", "Yeah, it's ", "Okay, ", "Um, ", "It's "])
    if variant == "ssn_plain":
        turns.append(("C", [T(lead), L(v.ssn(val), "SSN", e, "ssn_spoken_single" if ctx.fmt != "digits" else "ssn_stt_digits", value=val), T(".")]))
        return turns
    if variant == "ssn_false_start":
        if rng.random() < 0.5:
            part = say_single(rng, val[:rng.randint(1, 4)], v.zs) if ctx.fmt != "digits" else val[:3]
        else:
            part = say_single(rng, swap_adjacent(rng, val[:3]), v.zs) if ctx.fmt != "digits" else swap_adjacent(rng, val[:3])
        run = part + ctx.c(["... sorry, ", " -- no, let me start again, ", ", wait, ", "... I always mess this up, ", ", no, "]) + v.ssn(val)
    elif variant == "ssn_group_corrected":
        seg = rng.choice([1, 2])
        a, g, s = val[:3], val[3:5], val[5:]
        if seg == 1:
            wg = swap_adjacent(rng, g) if g[0] != g[1] else mutate_digit(rng, g)[0]
            run = v.number(a) + v.sep_pick() + v.number(wg) + ctx.c(GROUP_FIXES) + v.number(g) + v.sep_pick() + v.number(s)
        else:
            ws = swap_adjacent(rng, s)
            run = v.number(a) + v.sep_pick() + v.number(g) + v.sep_pick() + v.number(ws) + ctx.c(GROUP_FIXES) + v.number(s)
    elif variant == "ssn_readback_corrected":
        turns.append(("C", [T(lead), L(v.ssn(val), "SSN", e, variant, value=val), T(".")]))
        wrong = val[:5] + swap_adjacent(rng, val[5:])
        wr = wrong[:3] + "-" + wrong[3:5] + "-" + wrong[5:] if ctx.fmt == "digits" else say_single(rng, wrong[:3], "zero") + ", " + say_single(rng, wrong[3:5], "zero") + ", " + say_single(rng, wrong[5:], "zero")
        turns.append(("A", [T(ctx.c(["I have ", "Let me confirm, ", "So "])), L(wr, "IGNORE", ctx.ent(), "ign_ssn_readback_wrong"), T("?")]))
        turns.append(("C", [T(ctx.c(["No, the last four are ", "Last part's ", "No, it ends "])), L(v.number(val[5:]), "SSN", e, variant, value=val), T(".")]))
        return turns
    elif variant == "ssn_crosstalk_turns":
        turns.append(("C", [T(lead), L(v.number(val[:3]), "SSN", e, variant, value=val), T(" --")]))
        turns.append(("A", [T(ctx.c(["-- sorry, go ahead.", "Sorry, you broke up, from the start?", "Oh sorry, I thought you were done."]))]))
        turns.append(("C", [T(ctx.c(["", "Okay, ", "I said "])), L(v.ssn(val), "SSN", e, variant, value=val), T(".")]))
        return turns
    elif variant in ("ssn_abandoned_full", "ssn_abandoned_partial"):
        v0 = make_ssn(rng)
        if variant == "ssn_abandoned_full":
            turns.append(("C", [T(lead), L(v.ssn(v0), "SSN", e, variant, value=v0), T(ctx.c(["... oh wait, that's my wife's. ", " -- no, that's my husband's, sorry. ", ". Hmm, no, that's my dad's, I have his card too. "]))]))
        else:
            turns.append(("C", [T(lead), L(v.number(v0[:3]) + v.sep_pick() + v.number(v0[3:5]), "IGNORE", e, "ign_ssn_abandoned_partial"),
                                T(ctx.c(["... wait, that's my son's. ", " -- no, that's my mom's, sorry. "]))]))
        e2 = ctx.ent()
        turns.append(("C", [T(ctx.c(["Mine is ", "Mine's ", "Okay, mine: "])), L(v.ssn(val), "SSN", e2, "ssn_after_switch", value=val), T(".")]))
        return turns
    else:
        raise ValueError(variant)
    turns.append(("C", [T(lead), L(run, "SSN", e, variant, value=val), T(".")]))
    return turns


# ---------------------------------------------------------------- transcript negatives

STREETS = ["Oak Ridge Drive", "Maple Avenue", "Elm Street", "Cedar Lane", "Harbor View Road", "Birch Court",
           "Lakeshore Blvd", "Pine Hollow Way", "Sunset Terrace", "Mill Creek Road"]
CITIES = [("Denver", "CO", "802"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Tampa", "FL", "336"),
          ("Fresno", "CA", "937"), ("Tacoma", "WA", "984"), ("Raleigh", "NC", "276"), ("Omaha", "NE", "681"),
          ("Albany", "NY", "122"), ("Tucson", "AZ", "857")]


def amount_words(rng, dollars, cents):
    def under100(n):
        if n < 10:
            return W[n]
        if n < 20:
            return TEENS[n - 10]
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + W[n % 10])
    r = rng.random()
    if dollars < 100 and cents and r < 0.5:
        return under100(dollars) + " " + under100(cents) if cents >= 10 else under100(dollars) + " oh " + W[cents]
    if 100 <= dollars < 1000 and dollars % 100 != 0 and r < 0.5:
        return W[dollars // 100] + " " + (under100(dollars % 100) if dollars % 100 >= 10 else "oh " + W[dollars % 100])
    s = ""
    if dollars >= 100:
        s = W[dollars // 100] + " hundred" + (" and " + under100(dollars % 100) if dollars % 100 else "")
    else:
        s = under100(dollars)
    s += " dollars"
    if cents:
        s += " and " + under100(cents) + " cents"
    return s


def neg_phone(ctx, corrected=False):
    rng = ctx.rng
    p = phone_digits(rng)
    a, e, l = p[:3], p[3:6], p[6:]
    def fmt(a):
        if ctx.fmt == "digits":
            return rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s %s %s", "%s.%s.%s"]) % (a, e, l)
        if rng.random() < 0.3:
            return say_single(rng, a, "oh", homo=ctx.voice.homo) + ", " + say_single(rng, e, "oh", homo=ctx.voice.homo) + ", " + say_pairs(rng, l, "oh")
        return say_single(rng, a, "oh", homo=ctx.voice.homo) + ", " + say_single(rng, e, "oh", homo=ctx.voice.homo) + ", " + say_single(rng, l, "oh", homo=ctx.voice.homo)
    if corrected:
        wa = swap_adjacent(rng, a) if a[1] != a[2] else mutate_digit(rng, a, 2)[0]
        first = wa if ctx.fmt == "digits" else say_single(rng, wa, "oh", homo=ctx.voice.homo)
        s = first + ctx.c(["... no, ", ", sorry, ", " -- wait, that's my old area code, "]) + fmt(a)
        k = "neg_phone_corrected"
    else:
        s = fmt(a)
        k = "neg_phone"
    return [("A", [T(ctx.c(["What's a good callback number?", "And the phone number on the account?",
                            "Can I get a number in case we get disconnected?", "Best number to text the receipt to?"]))]),
            ("C", [T(ctx.c(["", "It's ", "Sure, ", "My cell is "])), N(s, k), T(".")])]


def neg_order(ctx, corrected=False):
    rng = ctx.rng
    n = rng.choice([7, 8, 9, 10, 11, 12])
    o = digits(rng, n)
    pre = ctx.c(["", "", "W", "SO-", "A"])
    def fmt(o):
        if ctx.fmt == "digits":
            return pre + o
        lead = {"W": "W as in William, ", "SO-": "S O ", "A": "A as in apple, ", "": ""}[pre]
        return lead + say_single(rng, o, "zero" if rng.random() < .5 else "oh", homo=ctx.voice.homo)
    if corrected:
        wo = swap_adjacent(rng, o)
        s = fmt(wo) + ctx.c(["... no wait, ", ", sorry, that's wrong, ", " -- no, "]) + (say_single(rng, o[-4:], "oh", homo=ctx.voice.homo) if ctx.fmt != "digits" else o[-4:]) + ctx.c([" at the end", ""])
        k = "neg_order_corrected"
    else:
        s = fmt(o)
        k = "neg_order_id"
    return [("A", [T(ctx.c(["Do you have the order number?", "What's the order number on the confirmation email?",
                            "Which order is this about?"]))]),
            ("C", [T(ctx.c(["Yeah, it's ", "Order ", "Um, ", ""])), N(s, k), T(".")])]


def neg_amount(ctx, corrected=False):
    rng = ctx.rng
    d, c = rng.randint(9, 980), rng.choice([0, 0, rng.randint(1, 99)])
    def fmt(d, c):
        if ctx.fmt == "digits":
            return "$%d.%02d" % (d, c) if c else "$%d" % d
        return amount_words(rng, d, c)
    if corrected:
        d0 = int(swap_adjacent(rng, str(d))) if len(set(str(d))) > 1 else d + 10
        s = fmt(d0, c) + ctx.c([", no, ", "... sorry, ", " -- I mean "]) + fmt(d, c)
        return [("C", [T(ctx.c(["The charge was ", "They took ", "It was "])), N(s, "neg_amount_corrected"), T(ctx.c([".", ", I think.", " on my statement."]))])]
    return [("A", [T(ctx.c(["Your balance today is ", "The amount due is ", "Okay, I'm showing a past due amount of ",
                            "That'll be a payment of "])), N(fmt(d, c), "neg_amount"), T(ctx.c([".", ", is that what you'd like to pay?", " even."]))])]


def neg_date(ctx, corrected=False):
    rng = ctx.rng
    m, dd = rng.randint(1, 12), rng.randint(1, 28)
    def fmt(m, dd):
        r = rng.random()
        if ctx.fmt == "digits":
            return rng.choice(["%s %d" % (MONTHS[m - 1], dd), "%d/%d" % (m, dd), "the %d%s" % (dd, "th" if 4 <= dd <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")), "%s %dth" % (MONTHS[m - 1][:3], dd) if dd > 3 and dd < 21 else "%s %d" % (MONTHS[m - 1], dd)])
        if r < 0.5:
            return MONTHS[m - 1] + " " + ORD[dd]
        return "the " + ORD[dd]
    if corrected:
        d0 = dd + rng.choice([-1, 1, 2]) if dd > 1 else 2
        s = fmt(m, d0) + ctx.c([", no, ", "... wait, no, ", " -- sorry, "]) + fmt(m, dd)
        k = "neg_date_corrected"
    else:
        s = fmt(m, dd)
        k = "neg_date"
    return [("C", [T(ctx.c(["I called about this on ", "The charge posted ", "I paid it on ", "They said it would be fixed by ",
                            "My last payment was "])), N(s, k), T(ctx.c([".", " and nothing happened.", ", I'm pretty sure."]))])]


def neg_time(ctx):
    rng = ctx.rng
    h, mi = rng.randint(1, 12), rng.choice([0, 15, 30, 45, 10, 20])
    if ctx.fmt == "digits":
        s = "%d:%02d" % (h, mi) + ctx.c([" a.m.", " p.m.", "", " PM"])
    else:
        s = ctx.c([W[h] if h < 10 else TEENS[h - 10]]) + ("" if mi == 0 else " " + (TENS[mi // 10] + (" " + W[mi % 10] if mi % 10 else "") if mi >= 20 else TEENS[mi - 10]))
        if mi == 0:
            s += ctx.c([" o'clock", ""]) if s else ""
    return [("A", [T(ctx.c(["The technician can come at ", "We're open until ", "The callback is scheduled for around "])),
                   N(s, "neg_time"), T(ctx.c([".", " tomorrow.", " on Thursday."]))])]


def neg_zip(ctx, corrected=False):
    rng = ctx.rng
    city, st, z3 = ctx.c(CITIES)
    z = z3 + "%02d" % rng.randint(1, 99)
    plus4 = rng.random() < 0.3
    def fmt(z):
        if ctx.fmt == "digits":
            return z + ("-%04d" % rng.randint(1, 9999) if plus4 else "")
        return say_single(rng, z, "oh", homo=ctx.voice.homo) + ((", " + say_single(rng, "%04d" % rng.randint(1, 9999), "oh")) if plus4 else "")
    if corrected:
        wz = z[:3] + swap_adjacent(rng, z[3:]) if z[3] != z[4] else z[:4] + str((int(z[4]) + 1) % 10)
        s = fmt(wz) + ctx.c([", no, ", "... sorry, that's my old one, ", " -- no, "]) + fmt(z)
        k = "neg_zip_corrected"
    else:
        s = fmt(z)
        k = "neg_zip4" if plus4 else "neg_zip"
    return [("A", [T(ctx.c(["And the billing ZIP code?", "What's the ZIP on the card?", "Can I get the zip code for the billing address?"]))]),
            ("C", [T(ctx.c(["", "It's ", "Zip is "])), N(s, k), T(".")])]


def neg_account(ctx):
    rng = ctx.rng
    a = digits(rng, rng.choice([8, 10, 11, 12]), False)
    if ctx.fmt == "digits":
        s = a if rng.random() < .5 else " ".join(a[i:i + 4] for i in range(0, len(a), 4))
    else:
        s = say_single(rng, a, ctx.c(["oh", "zero"]), homo=ctx.voice.homo)
    return [("A", [T(ctx.c(["Can I get the account number?", "Do you have your account number handy?", "What's the member number?"]))]),
            ("C", [T(ctx.c(["Yeah, ", "It's ", "Account ", ""])), N(s, "neg_account"), T(".")])]


def neg_conf(ctx):
    rng = ctx.rng
    r = rng.random()
    if r < 0.4:
        c = ctx.c("BCDFGHKMPRTX") + str(rng.randint(1, 9)) + digits(rng, 5, False)
        s = c if ctx.fmt == "digits" else c[0] + " " + " ".join(say_digit(rng, x, "zero") for x in c[1:])
    elif r < 0.7:
        c = digits(rng, 9)
        s = c[:3] + " " + c[3:6] + " " + c[6:] if ctx.fmt == "digits" else say_single(rng, c, "zero", homo=ctx.voice.homo)
    else:
        c = digits(rng, 8)
        s = c if ctx.fmt == "digits" else say_pairs(rng, c, "oh")
    return [("A", [T(ctx.c(["Your confirmation number is ", "Okay, it went through. Confirmation ", "Reference number for today is ",
                            "I'll give you a confirmation code: "])), N(s, "neg_confirmation"), T(".")]),
            ("C", [T(ctx.c(["Got it.", "Hold on, let me write that down.", "Okay, thanks."]))])]


def neg_ext(ctx):
    rng = ctx.rng
    x = digits(rng, rng.choice([3, 4, 4, 5]))
    s = x if ctx.fmt == "digits" else say_single(rng, x, "oh", homo=ctx.voice.homo)
    return [("A", [T(ctx.c(["If we get cut off, my direct extension is ", "You can ask for me at extension ", "Call back and dial extension "])),
                   N(s, "neg_extension"), T(".")])]


def neg_imei(ctx):
    rng = ctx.rng
    i = imei(rng)
    s = i if ctx.fmt == "digits" else say_single(rng, i, "zero", homo=ctx.voice.homo)
    return [("A", [T("Can you read me the IMEI from the settings screen?")]),
            ("C", [T(ctx.c(["Okay, it's ", "It says ", ""])), N(s, "neg_imei"), T(".")])]


def neg_case(ctx):
    rng = ctx.rng
    c = digits(rng, rng.choice([7, 8, 10]))
    s = c if ctx.fmt == "digits" else say_single(rng, c, "zero", homo=ctx.voice.homo)
    return [("C", [T(ctx.c(["I already have a case open, it's ", "The last rep gave me case number ", "Ticket "])),
                   N(s, "neg_case"), T(".")])]


def neg_address(ctx):
    rng = ctx.rng
    h = str(rng.randint(12, 9899))
    city, st, z3 = ctx.c(CITIES)
    hs = h if ctx.fmt == "digits" or rng.random() < .5 else say_pairs(rng, h, "oh")
    return [("A", [T("And the billing address?")]),
            ("C", [N(hs + " " + ctx.c(STREETS) + ctx.c(["", ", apartment " + str(rng.randint(2, 40))]) + ", " + city, "neg_address"), T(".")])]


def neg_qty(ctx):
    rng = ctx.rng
    q = rng.randint(2, 9)
    return [("C", [T(ctx.c(["I ordered ", "They sent me ", "I need "])), N(W[q] if ctx.fmt != "digits" else str(q), "neg_quantity"),
                   T(ctx.c([" of the chargers.", " boxes but only one came.", " replacement filters."]))])]


def neg_dob(ctx):
    rng = ctx.rng
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(1945, 2003)
    if ctx.fmt == "digits":
        s = ctx.c(["%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1], d, y)])
    else:
        s = MONTHS[m - 1] + " " + ORD[d] + ", nineteen " + say_pair(rng, str(y)[2:]) if y < 2000 else MONTHS[m - 1] + " " + ORD[d] + ", two thousand " + W[y % 10]
    return [("A", [T("And your date of birth?")]), ("C", [N(s, "neg_dob"), T(".")])]


def neg_last4(ctx):
    rng = ctx.rng
    l4 = ctx.last_card[-4:] if ctx.last_card else digits(rng, 4, False)
    s = l4 if ctx.fmt == "digits" else say_single(rng, l4, "oh")
    return [("A", [T(ctx.c(["Okay, and that's the card ending in ", "I'll charge the card ending ", "So that's on the one ending "])),
                   L(s, "IGNORE", ctx.ent(), "ign_card_last4"), T(".")])]


NEG_GENS = [(neg_phone, True), (neg_order, True), (neg_amount, True), (neg_date, True), (neg_time, False),
            (neg_zip, True), (neg_account, False), (neg_conf, False), (neg_ext, False), (neg_imei, False),
            (neg_case, False), (neg_address, False), (neg_qty, False), (neg_dob, False)]


def some_negs(ctx, n):
    rng = ctx.rng
    out = []
    gens = rng.sample(NEG_GENS, n)
    for g, can_corr in gens:
        if g is neg_zip:
            ctx.zip_used = True
        if can_corr and rng.random() < 0.4:
            out.append(g(ctx, corrected=True))
        else:
            out.append(g(ctx))
    return out


# ---------------------------------------------------------------- transcript layouts

def flat_text(s):
    s = s.lower()
    s = s.replace("...", " ")
    s = re.sub(r"(?<!\d)[.,](?!\d)|[?!;]|(?<!\d):", "", s)
    s = s.replace(" -- ", " ").replace("--", " ")
    s = re.sub(r"\s+", " ", s)
    return s.replace("%hesitation", "%HESITATION")


def flat_piece(p):
    if p[0] == "t":
        return ("t", flat_text(p[1]))
    t = flat_text(p[1]).strip()
    return (p[0], t, p[2])


def hex_uuid(rng):
    def grp(n):
        while True:
            g = "".join(rng.choice("0123456789abcdef") for _ in range(n))
            if any(c.isalpha() for c in g):
                return g
    return "-".join(grp(n) for n in (8, 4, 4, 4, 12))


def json_esc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def fmt_ts(sec, style):
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    ms = int((sec - int(sec)) * 1000)
    s = int(s)
    m = int(m)
    h = int(h)
    if style == "hms":
        return "%02d:%02d:%02d" % (h, m, s)
    if style == "ms":
        return "%02d:%02d" % (m + 60 * h, s)
    if style == "m:s":
        return "%d:%02d" % (m + 60 * h, s)
    if style == "vtt":
        return "%02d:%02d:%02d.%03d" % (h, m, s, ms)
    if style == "srt":
        return "%02d:%02d:%02d,%03d" % (h, m, s, ms)
    raise ValueError(style)


def turn_len(ps):
    return sum(len(p[1]) for p in ps)


def split_label_piece(rng, ps):
    """split one long label into two cue fragments (same entity)."""
    out = [[]]
    done = False
    for p in ps:
        if not done and p[0] == "L" and len(p[1]) > 45 and p[2]["type"] in ("CARD", "SSN") and rng.random() < 0.6:
            t = p[1]
            cands = [i for i in range(len(t) // 3, 2 * len(t) // 3) if t[i] == " " and t[i - 1].isalnum() and t[i + 1].isalnum()]
            if cands:
                i = rng.choice(cands)
                out[-1].append(("L", t[:i], p[2]))
                out.append([("L", t[i + 1:], p[2])])
                done = True
                continue
        out[-1].append(p)
    return out


TX_LAYOUTS = ["agent_customer", "speaker_num", "spk", "ts_bracket", "otter", "webvtt", "srt", "oneline",
              "aws_json", "deepgram_json", "watson_json", "genesys"]


def render_tx(ctx, turns, layout):
    rng = ctx.rng
    clock = rng.uniform(0.3, 8.0)
    first = ctx.cu.split()[0]
    desc = layout
    if layout in ("oneline", "watson_json"):
        turns = [(r, [flat_piece(p) for p in ps]) for r, ps in turns]
    times = []
    for r, ps in turns:
        dur = max(1.2, turn_len(ps) / rng.uniform(11, 16))
        times.append((clock, clock + dur))
        clock += dur + rng.uniform(0.2, 2.5)

    if layout in ("agent_customer", "spk", "speaker_num", "ts_bracket", "genesys", "otter"):
        b = Builder()
        if layout == "agent_customer":
            names = ctx.c([("Agent", "Customer"), ("AGENT", "CALLER"), ("Rep", "Caller"),
                           ("Agent (%s)" % ctx.ag, first), (ctx.ag, ctx.cu), ("A", "C")])
            desc = "plain '%s:' / '%s:' lines" % names
        elif layout == "spk":
            names = ("spk_0", "spk_1") if rng.random() < .7 else ("spk_1", "spk_0")
            desc = "spk_N: lines"
        elif layout == "speaker_num":
            names = ("Speaker 1", "Speaker 2") if rng.random() < .7 else ("Speaker 2", "Speaker 1")
            sty = rng.choice(["plain", "ts"])
            desc = "Speaker N lines" + (" with (mm:ss)" if sty == "ts" else "")
        elif layout == "ts_bracket":
            names = ctx.c([("Agent", "Customer"), ("spk_0", "spk_1"), ("AGENT", "CUSTOMER")])
            desc = "[hh:mm:ss] speaker: lines"
        elif layout == "otter":
            names = ctx.c([(ctx.ag, first), ("Speaker 1", "Speaker 2"), (ctx.ag + " (" + ctx.co + ")", ctx.cu)])
            desc = "otter-style: name + m:ss header line, text below, blank line"
        else:
            names = ("Agent " + ctx.ag, "Customer")
            wall = rng.randint(8, 18) * 3600 + rng.randint(0, 3599)
            desc = "hh:mm:ss Agent Name / Customer lines (contact-centre export)"
        for i, (r, ps) in enumerate(turns):
            nm = names[0] if r == "A" else names[1]
            if layout == "speaker_num" and sty == "ts":
                b.add("%s (%s): " % (nm, fmt_ts(times[i][0], "ms")))
            elif layout == "ts_bracket":
                b.add("[%s] %s: " % (fmt_ts(times[i][0], "hms"), nm))
            elif layout == "genesys":
                b.add("%s %s: " % (fmt_ts(wall + times[i][0], "hms"), nm))
            elif layout == "otter":
                b.add("%s  %s\n" % (nm, fmt_ts(times[i][0], "m:s")))
            else:
                b.add(nm + ": ")
            b.pieces(ps)
            b.add("\n\n" if layout == "otter" else "\n")
        return b, desc

    if layout == "oneline":
        b = Builder()
        for i, (r, ps) in enumerate(turns):
            if i and not b.parts[-1].endswith(" "):
                b.add(" ")
            for p in ps:
                if p[0] == "t":
                    t = p[1]
                    if b.parts and b.parts[-1].endswith(" ") and t.startswith(" "):
                        t = t.lstrip(" ")
                    if t:
                        b.add(t)
                else:
                    b.piece(p)
        txt = b.text()
        return b, "one long unpunctuated lowercase line, no speaker labels"

    if layout in ("webvtt", "srt"):
        b = Builder()
        if layout == "webvtt":
            b.add("WEBVTT\n\n")
        spk_style = rng.choice(["v", "name", "dash"]) if layout == "webvtt" else rng.choice(["SPEAKER", "name", "none"])
        names = (ctx.ag, ctx.cu) if spk_style in ("v", "name") else ("SPEAKER_00", "SPEAKER_01")
        n = 0
        numbered = rng.random() < 0.5
        for i, (r, ps) in enumerate(turns):
            cues = split_label_piece(rng, ps)
            t0, t1 = times[i]
            step = (t1 - t0) / len(cues)
            for j, cps in enumerate(cues):
                n += 1
                a, z = t0 + j * step, t0 + (j + 1) * step
                nm = names[0] if r == "A" else names[1]
                if layout == "webvtt":
                    if numbered:
                        b.add("%d\n" % n)
                    b.add("%s --> %s\n" % (fmt_ts(a, "vtt"), fmt_ts(z, "vtt")))
                    if spk_style == "v":
                        b.add("<v %s>" % nm)
                    elif spk_style == "name":
                        b.add(nm + ": ")
                    else:
                        b.add("- ")
                else:
                    b.add("%d\n%s --> %s\n" % (n, fmt_ts(a, "srt"), fmt_ts(z, "srt")))
                    if spk_style == "SPEAKER":
                        b.add("[%s]: " % nm)
                    elif spk_style == "name":
                        b.add(nm + ": ")
                b.pieces(cps)
                if layout == "webvtt" and spk_style == "v":
                    b.add("</v>")
                b.add("\n\n")
        return b, "%s cues (speaker style: %s); long turns split across cues" % (layout.upper(), spk_style)

    # JSON layouts: content escaped, structure raw
    b = Builder(esc=json_esc)
    dup = rng.random() < 0.6
    if layout == "aws_json":
        b.raw('{"jobName":"%s","accountId":"%d","status":"COMPLETED","results":{' % (
            "call-%s-%d" % (ctx.co.split()[0].lower(), rng.randint(10000, 99999)), rng.randint(10 ** 11, 10 ** 12 - 1)))
        if dup:
            b.raw('"transcripts":[{"transcript":"')
            for i, (r, ps) in enumerate(turns):
                if i:
                    b.add(" ")
                b.pieces(ps)
            b.raw('"}],')
        b.raw('"speaker_labels":{"channel_label":"ch_0","speakers":2},"audio_segments":[')
        item = 0
        for i, (r, ps) in enumerate(turns):
            if i:
                b.raw(",")
            nw = sum(len(p[1].split()) for p in ps)
            b.raw('{"id":%d,"transcript":"' % i)
            b.pieces(ps)
            b.raw('","start_time":"%.3f","end_time":"%.3f","speaker_label":"spk_%d","items":[%s]}' % (
                times[i][0], times[i][1], 0 if r == "A" else 1, ",".join(str(x) for x in range(item, item + nw))))
            item += nw
        b.raw(']}}')
        return b, "AWS Transcribe-like JSON (audio_segments%s; word items omitted)" % (" + full results.transcripts" if dup else "")
    if layout == "deepgram_json":
        b.raw('{\n  "metadata": {\n    "request_id": "%08x-%04x-4%03x-a%03x-%012x",\n    "created": "2026-11-%02dT%02d:%02d:%02d.%03dZ",\n    "duration": %.2f,\n    "channels": 1\n  },\n  "results": {\n' % (
            rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12), rng.getrandbits(12), rng.getrandbits(48),
            rng.randint(1, 30), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999), clock))
        if dup:
            b.raw('    "channels": [\n      {\n        "alternatives": [\n          {\n            "transcript": "')
            for i, (r, ps) in enumerate(turns):
                if i:
                    b.add(" ")
                b.pieces(ps)
            b.raw('",\n            "confidence": %.4f\n          }\n        ]\n      }\n    ],\n' % rng.uniform(0.9, 0.99))
        b.raw('    "utterances": [\n')
        for i, (r, ps) in enumerate(turns):
            b.raw('      {\n        "start": %.2f,\n        "end": %.2f,\n        "confidence": %.4f,\n        "channel": 0,\n        "transcript": "' % (
                times[i][0], times[i][1], rng.uniform(0.75, 0.99)))
            b.pieces(ps)
            b.raw('",\n        "speaker": %d,\n        "id": "%s"\n      }%s\n' % (
                0 if r == "A" else 1, hex_uuid(rng), "," if i < len(turns) - 1 else ""))
        b.raw('    ]\n  }\n}\n')
        return b, "Deepgram-like pretty JSON (utterances with speaker%s)" % (" + channels[0].alternatives[0].transcript" if dup else "")
    if layout == "watson_json":
        b.raw('{"result_index":0,"results":[')
        for i, (r, ps) in enumerate(turns):
            if i:
                b.raw(",")
            b.raw('{"final":true,"alternatives":[{"transcript":"')
            b.pieces(ps)
            b.raw(' ","confidence":%.2f}]}' % rng.uniform(0.6, 0.98))
        b.raw(']}')
        return b, "IBM Watson-like JSON (results[].alternatives[].transcript, lowercase, %HESITATION, no speakers)"
    raise ValueError(layout)


# ---------------------------------------------------------------- transcript documents

class Deck:
    def __init__(self, rng, items):
        self.rng, self.items, self.cur = rng, list(items), []

    def pop(self):
        if not self.cur:
            self.cur = list(self.items)
            self.rng.shuffle(self.cur)
        return self.cur.pop()


def opening(ctx):
    rng = ctx.rng
    t = [("A", [T(ctx.c(GREETS).format(co=ctx.co, ag=ctx.ag))])]
    r = ctx.c(REASONS)
    g = ctx.c(["Hi, ", "Hey, ", "Hello, yes, ", "Hi there, ", ""]) + ctx.c(["this is %s. " % ctx.cu, "my name's %s, " % ctx.cu.split()[0], ""])
    g = g[:1].upper() + g[1:]
    if not g or g.endswith(". "):
        r = r[0].upper() + r[1:]
    t.append(("C", [T(g + r + ".")]))
    if rng.random() < 0.5:
        t.append(("A", [T(ctx.c(["I can help with that.", "Sorry to hear that, let's get it sorted.", "Sure thing.",
                                 "No problem, let me pull up the account."]))]))
    return t


def make_transcript(rng, decks, layout):
    if layout in ("oneline", "watson_json"):
        fmt = "words" if rng.random() < 0.85 else "mixed"
    elif layout in ("aws_json", "deepgram_json"):
        fmt = rng.choice(["digits", "words", "digits", "mixed"])
    else:
        fmt = rng.choice(["words", "words", "words", "digits", "mixed"])
    if layout == "watson_json":
        hes = "%HESITATION"
    elif layout in ("spk", "ts_bracket", "oneline") and rng.random() < 0.35:
        hes = "%HESITATION"
    else:
        hes = rng.choice(["uh", "um", "uh", "uh"])
    ctx = Ctx(rng, fmt, hes)
    turns = opening(ctx)
    ctx.zip_used = False
    negs = some_negs(ctx, rng.randint(3, 5))
    plan = rng.choice(["pay", "pay", "pay", "ssn", "ssn_pay", "pay_ssn", "pay_ssn"])
    blocks = []
    if plan in ("ssn", "ssn_pay"):
        sv = decks["ssn"].pop()
        if plan == "ssn" and sv == "ssn_plain":
            sv = "ssn_false_start"
        blocks.append(tx_ssn(ctx, sv))
    if "pay" in plan:
        if rng.random() < 0.6:
            negs.append(neg_amount(ctx))
        cv = decks["card"].pop()
        blocks.append(tx_card(ctx, cv))
        r = rng.random()
        if r < 0.8:
            blocks.append(tx_expiry(ctx, decks["exp"].pop()))
        if r < 0.55 or r > 0.9:
            blocks.append(tx_cvv(ctx, decks["cvv"].pop()))
        if rng.random() < 0.35 and cv != "card_readback_corrected":
            blocks.append(neg_last4(ctx))
        if rng.random() < 0.5 and not ctx.zip_used:
            blocks.append(neg_zip(ctx, corrected=rng.random() < 0.3))
    if plan == "pay_ssn" or (plan == "ssn" and rng.random() < 0.4):
        blocks.append(tx_ssn(ctx, decks["ssn"].pop()))
    # interleave: some negatives before, some between, the rest after
    rng.shuffle(negs)
    post = [n for n in negs if "onfirmation" in n[0][1][0][1] or "eference number" in n[0][1][0][1]]
    negs = [n for n in negs if n not in post]
    seq = []
    pre = rng.randint(1, max(1, len(negs) - 1))
    seq.extend(negs[:pre])
    rest = negs[pre:]
    for bl in blocks:
        seq.append(bl)
        if rest and rng.random() < 0.5:
            seq.append(rest.pop())
    seq.extend(rest)
    seq.extend(post)
    for s in seq:
        turns.extend(s)
    a, c = ctx.c(CLOSES)
    turns.append(("A", [T(a.format(co=ctx.co))]))
    turns.append(("C", [T(c)]))
    b, desc = render_tx(ctx, turns, layout)
    return b, desc


# ---------------------------------------------------------------- typed (chat / notes)

def typed_card(rng, val, brand, style):
    gs = split_groups(val, brand)
    if style == "contig":
        return val
    if style == "spaces":
        return " ".join(gs)
    if style == "dashes":
        return "-".join(gs)
    if style == "dots":
        return ".".join(gs)
    # irregular
    out, i = [], 0
    while i < len(val):
        k = rng.choice([3, 4, 4, 5, 6])
        out.append(val[i:i + k])
        i += k
    return " ".join(out)


def typed_wrong(rng, val):
    r = rng.random()
    if r < 0.35:
        return mutate_digit(rng, val)[0], "one digit mistyped"
    if r < 0.7:
        return swap_adjacent(rng, val), "two digits swapped"
    if r < 0.85:
        i = rng.randrange(4, len(val))
        return val[:i] + val[i + 1:], "digit dropped"
    i = rng.randrange(4, len(val))
    return val[:i] + val[i] + val[i:], "digit doubled"


def typed_card_wrong_same_layout(rng, wrong, val, brand, style):
    """format a wrong value with the grouping of the right one (len may differ)."""
    if len(wrong) == len(val):
        return typed_card(rng, wrong, brand, style)
    if style == "contig":
        return wrong
    sep = {"spaces": " ", "dashes": "-", "dots": "."}.get(style, " ")
    return sep.join(wrong[i:i + 4] for i in range(0, len(wrong), 4))


def typed_ssn(rng, v, style=None):
    style = style or rng.choice(["dash", "dash", "space", "contig", "dot"])
    a, g, s = v[:3], v[3:5], v[5:]
    return {"dash": "%s-%s-%s", "space": "%s %s %s", "dot": "%s.%s.%s", "contig": "%s%s%s"}[style] % (a, g, s)


def typed_exp(rng, m, y, style=None):
    style = style or rng.choice(["mm/yy", "m/yy", "mm/yyyy", "mmyy", "mon yy", "month yyyy", "mm-yy"])
    return {"mm/yy": "%02d/%02d" % (m, y), "m/yy": "%d/%02d" % (m, y), "mm/yyyy": "%02d/20%02d" % (m, y),
            "mmyy": "%02d%02d" % (m, y), "mon yy": "%s '%02d" % (MONTHS[m - 1][:3], y),
            "month yyyy": "%s 20%02d" % (MONTHS[m - 1], y), "mm-yy": "%02d-%02d" % (m, y)}[style]


def t_phone(rng):
    p = phone_digits(rng)
    return rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "+1 %s %s %s"]) % (p[:3], p[3:6], p[6:])


def t_order(rng):
    return rng.choice(["#", "", "W", "ORD-", "SO"]) + digits(rng, rng.choice([7, 8, 9, 10]))


def t_amount(rng):
    d = rng.randint(5, 2400)
    return rng.choice(["$%d.%02d" % (d, rng.randint(0, 99)), "$%d" % d, "%d.%02d USD" % (d, rng.randint(0, 99))])


def t_date(rng):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(["%d/%d" % (m, d), "%s %d" % (MONTHS[m - 1], d), "%s %d" % (MONTHS[m - 1][:3], d),
                       "%02d/%02d/2026" % (m, d), "the %d%s" % (d, "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))])


def t_zip(rng):
    city, st, z3 = rng.choice(CITIES)
    z = z3 + "%02d" % rng.randint(1, 99)
    if rng.random() < 0.4:
        return z + "-%04d" % rng.randint(1, 9999), "neg_zip4"
    return z, "neg_zip"


def t_tracking(rng):
    return rng.choice(["1Z%s%s" % ("".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(6)), digits(rng, 10, False)),
                       "94" + digits(rng, 20, False), digits(rng, 12)])


# typed negatives: (text builder) -> list of pieces for a line/message
NOTE_PRE = {
    "phone": ["call me back at ", "cb# ", "cb ", "best # ", "ph: "],
    "order": ["order ", "ord ", "order #", "re: order "],
    "amount": ["amt ", "charged ", "balance ", "pmt of ", "refund "],
    "date": ["on ", "pd ", "since ", "called ", "due "],
    "zip": ["zip ", "ZIP: ", "billing zip ", "zip code "],
    "account": ["acct ", "account # ", "acct#", "member no. "],
    "conf": ["conf ", "confirmation ", "ref# ", "auth code "],
    "tracking": ["tracking ", "trk ", "tracking # "],
    "imei": ["IMEI ", "imei: ", "device IMEI "],
    "case": ["case ", "tkt #", "ticket ", "case# "],
    "ext": ["ext ", "x", "extension "],
    "time": ["at ", "around ", "cb after "],
    "qty": ["qty ", "x", "ordered "],
    "addr": ["addr ", "ship to ", "billing addr "],
}
CHAT_PRE_C = {
    "phone": ["you can call me at ", "my number is ", "text me at ", "my cell is "],
    "order": ["my order number is ", "order #", "its order ", "the order is "],
    "amount": ["you charged me ", "the bill says ", "they took ", "why is it "],
    "date": ["i paid on ", "since ", "it was due ", "i called on "],
    "zip": ["zip is ", "billing zip ", "zip code "],
    "account": ["my account number is ", "acct ", "account # "],
    "conf": ["i have a confirmation number ", "the last guy gave me ref ", "conf # "],
    "tracking": ["tracking says ", "the tracking number is ", "tracking # "],
    "imei": ["the imei is ", "IMEI: ", "imei "],
    "case": ["i already have case ", "ticket ", "case number "],
    "ext": ["my office line is ext ", "if you call my work ask for ext "],
    "time": ["after ", "i get off at ", "call after "],
    "qty": ["i ordered ", "i only got "],
    "addr": ["im at ", "ship it to ", "address is "],
}
CHAT_PRE_A = {
    "order": ["I see order ", "I'm looking at order #", "For reference, order "],
    "amount": ["I see a balance of ", "The amount due is ", "I'm showing a charge of "],
    "conf": ["Your confirmation number is ", "For reference, confirmation ", "Reference: "],
    "tracking": ["Your tracking number is ", "It shipped with tracking "],
    "case": ["I've opened case ", "Your case number is ", "Ticket created: "],
    "ext": ["You can reach me directly at ext. ", "If we get disconnected ask for extension "],
    "date": ["I see the last payment posted on ", "Your due date is "],
}


def tneg_items(rng):
    def z():
        s, k = t_zip(rng)
        return N(s, k)
    return {
        "phone": lambda: N(t_phone(rng), "neg_phone"),
        "order": lambda: N(t_order(rng), "neg_order_id"),
        "amount": lambda: N(t_amount(rng), "neg_amount"),
        "date": lambda: N(t_date(rng), "neg_date"),
        "zip": z,
        "account": lambda: N(digits(rng, rng.choice([8, 10, 11]), False), "neg_account"),
        "conf": lambda: N(rng.choice("BCDFGHKMPRTX") + digits(rng, 6, False) if rng.random() < .6 else digits(rng, 9), "neg_confirmation"),
        "tracking": lambda: N(t_tracking(rng), "neg_tracking"),
        "imei": lambda: N(imei(rng), "neg_imei"),
        "case": lambda: N(digits(rng, rng.choice([7, 8])), "neg_case"),
        "ext": lambda: N(digits(rng, 4), "neg_extension"),
        "time": lambda: N("%d:%02d%s" % (rng.randint(1, 12), rng.choice([0, 15, 30, 45, 5]), rng.choice(["", " pm", "am", " PM"])), "neg_time"),
        "qty": lambda: N(str(rng.randint(2, 12)), "neg_quantity"),
        "addr": lambda: N("%d %s" % (rng.randint(10, 9999), rng.choice(STREETS)), "neg_address"),
    }


QTY_SFX = [" units", " filters", "", " of them"]


def tnegs(rng, n, mode="note"):
    """typed hard negatives; mode note -> list of piece lists; mode chat -> list of (role, pieces)."""
    items = tneg_items(rng)
    keys = rng.sample(sorted(items), n)
    out = []
    for k in keys:
        if mode == "note":
            ps = [T(rng.choice(NOTE_PRE[k])), items[k]()]
            if k == "qty":
                ps.append(T(rng.choice(QTY_SFX)))
            out.append(ps)
        else:
            role = "A" if k in CHAT_PRE_A and rng.random() < 0.5 else "C"
            pre = CHAT_PRE_A[k] if role == "A" else CHAT_PRE_C[k]
            ps = [T(rng.choice(pre)), items[k]()]
            if k == "qty":
                ps.append(T(rng.choice([" of them", " but only one came", " boxes"])))
            elif role == "A":
                ps.append(T(rng.choice([".", ".", ""])))
            out.append((role, ps))
    return out


class TCtx:
    def __init__(self, rng):
        self.rng = rng
        self.k = 0
        self.co = rng.choice(COMPANIES)
        self.ag = rng.choice(AGENTS)
        self.cu = rng.choice(CUSTOMERS)
        self.style = rng.choice(["contig", "spaces", "spaces", "dashes", "irregular", "dots"])

    def ent(self):
        self.k += 1
        return "e%d" % self.k

    def c(self, xs):
        return self.rng.choice(xs)


# ---- chat items: list of (role, pieces) messages

def chat_card(tc, variant):
    rng = tc.rng
    brand = pick_brand(rng)
    val = make_card(rng, brand)
    e = tc.ent()
    meta = dict(value=val, brand=brand)
    st = tc.style
    good = typed_card(rng, val, brand, st)
    msgs = []
    if rng.random() < 0.7:
        msgs.append(("A", [T(tc.c(["Please enter the card number you'd like to use.", "Go ahead and send the card number here, it's a secure chat.",
                                   "What card should I put this on?", "Can you type the full card number?"]))]))
    if variant == "card_chat_typo_fix":
        wrong, why = typed_wrong(rng, val)
        msgs.append(("C", [T(tc.c(["", "ok ", "its ", "here: "])), L(typed_card_wrong_same_layout(rng, wrong, val, brand, st), "CARD", e, variant, **meta)]))
        if rng.random() < 0.6:
            msgs.append(("A", [T(tc.c(["Hmm, that number isn't validating. Could you double-check it?", "That doesn't look quite right, can you check the digits?",
                                       "I'm getting an invalid card error."]))]))
        msgs.append(("C", [T(tc.c(["sorry typo: ", "oops. ", "ugh sorry ", "*", "sorry fat fingers ", "my bad, it's "])), L(good, "CARD", e, variant, **meta)]))
    elif variant == "card_chat_partial_fix":
        i = len(val) - rng.randint(1, 4)
        wrong = val[:i] + rng.choice([x for x in "0123456789" if x != val[i]]) + val[i + 1:]
        msgs.append(("C", [L(typed_card(rng, wrong, brand, st), "CARD", e, variant, **meta)]))
        msgs.append(("C", [T(tc.c(["wait last 4 should be ", "sorry ends in ", "*", "typo, last group is "])), L(val[-4:], "CARD", e, variant, **meta),
                           T(tc.c(["", " sorry", "!"]))]))
    elif variant == "card_chat_split_fix":
        k = len(val) // 2
        k -= k % 4
        msgs.append(("C", [L(" ".join(split_groups(val, brand))[:k + k // 4 - 1] if st != "contig" else val[:k], "CARD", e, variant, **meta)]))
        rest = val[k:]
        wrest, _ = typed_wrong(rng, rest) if rng.random() < .5 else (swap_adjacent(rng, rest), "")
        fm = lambda x: " ".join(x[i:i + 4] for i in range(0, len(x), 4)) if st != "contig" else x
        msgs.append(("C", [L(fm(wrest), "CARD", e, variant, **meta)]))
        msgs.append(("C", [T(tc.c(["wait no ", "sorry that second part is ", "oops ", "no wait: "])), L(fm(rest), "CARD", e, variant, **meta)]))
    elif variant == "card_chat_inline_fix":
        wrong, why = typed_wrong(rng, val)
        msgs.append(("C", [T(tc.c(["card is ", "", "use "])),
                           L(typed_card_wrong_same_layout(rng, wrong, val, brand, st) + tc.c([" no wait ", " sorry ", " -- typo, ", " i mean ", "... "]) + good, "CARD", e, variant, **meta)]))
    elif variant == "card_chat_abandoned":
        b1 = pick_brand(rng)
        v1 = make_card(rng, b1)
        msgs.append(("C", [L(typed_card(rng, v1, b1, st), "CARD", e, "card_abandoned_full", value=v1, brand=b1)]))
        msgs.append(("C", [T(tc.c(["actually use my ", "wait no, put it on the ", "nvm that one is expired, use the "]) + BRAND_NAME[brand].lower() + tc.c([" instead", "", " pls"]))]))
        e2 = tc.ent()
        msgs.append(("C", [L(good, "CARD", e2, "card_after_switch", **meta)]))
    elif variant == "card_chat_abandoned_partial":
        b1 = pick_brand(rng)
        v1 = make_card(rng, b1)
        msgs.append(("C", [L(typed_card(rng, v1, b1, st)[:rng.randint(5, 9)].strip(" -."), "IGNORE", e, "ign_card_abandoned_partial")]))
        msgs.append(("C", [T(tc.c(["oops sent too early, and wrong card anyway", "sorry hit enter, different card:", "ignore that"]))]))
        e2 = tc.ent()
        msgs.append(("C", [L(good, "CARD", e2, "card_after_switch", **meta)]))
    else:
        raise ValueError(variant)
    tc.last = val
    tc.brand = brand
    return msgs


def chat_cvv(tc, variant):
    rng = tc.rng
    n = 4 if getattr(tc, "brand", "") == "amex" else 3
    val = digits(rng, n, False)
    e = tc.ent()
    wrong = swap_adjacent(rng, val)
    msgs = [("A", [T(tc.c(["And the security code?", "CVV please", "And the 3 digits on the back?" if n == 3 else "And the 4 digit code on the front?"]))])]
    if variant == "cvv_chat_fix":
        msgs.append(("C", [L(wrong, "CVV", e, variant, value=val)]))
        msgs.append(("C", [T(tc.c(["sorry ", "*", "wait its ", "no "])), L(val, "CVV", e, variant, value=val)]))
    elif variant == "cvv_typed_not":
        sep = tc.c([" (not ", " not ", " -- not ", " (NOT "])
        msgs.append(("C", [T(tc.c(["", "cvv ", "its "])), L(val + sep + wrong, "CVV", e, variant, value=val), T(")" if "(" in sep else tc.c(["", ", i misread it before"]))]))
    else:
        msgs.append(("C", [T(tc.c(["", "cvv ", "code is "])), L(val, "CVV", e, "cvv_written", value=val)]))
    return msgs


def chat_exp(tc, variant):
    rng = tc.rng
    m, y = make_expiry(rng)
    e = tc.ent()
    val = "%02d/%02d" % (m, y)
    msgs = [("A", [T(tc.c(["Expiration date?", "And the exp date?", "What's the expiry?"]))])]
    if variant == "expiry_chat_fix":
        m0 = rng.choice([x for x in range(1, 13) if x != m])
        stl = rng.choice(["mm/yy", "m/yy", "mm/yyyy", "mon yy"])
        msgs.append(("C", [L(typed_exp(rng, m0, y, stl), "EXPIRY", e, variant, value=val)]))
        msgs.append(("C", [T(tc.c(["sorry ", "oh wait its ", "no ", "*"])), L(typed_exp(rng, m, y, stl), "EXPIRY", e, variant, value=val),
                           T(tc.c(["", " new card", " sorry"]))]))
    elif variant == "expiry_chat_inline_fix":
        y0 = y - rng.randint(1, 3)
        stl = rng.choice(["mm/yy", "m/yy", "mm/yyyy"])
        msgs.append(("C", [T(tc.c(["exp ", "", "expires "])), L(typed_exp(rng, m, y0, stl) + tc.c([" no wait ", " oops ", " sorry i mean ", " -> "]) + typed_exp(rng, m, y, stl), "EXPIRY", e, variant, value=val)]))
    else:
        msgs.append(("C", [T(tc.c(["", "exp ", "expires "])), L(typed_exp(rng, m, y), "EXPIRY", e, "expiry_written", value=val)]))
    return msgs


def chat_ssn(tc, variant):
    rng = tc.rng
    val = make_ssn(rng)
    e = tc.ent()
    msgs = [("A", [T(tc.c(["To verify, please provide your SSN.", "I'll need your social security number for the credit check.",
                           "Can you confirm the SSN on the account?"]))])]
    if variant == "ssn_chat_fix":
        wrong = val[:3] + swap_adjacent(rng, val[3:])
        stl = rng.choice(["dash", "space", "contig"])
        msgs.append(("C", [T(tc.c(["", "ssn ", "its "])), L(typed_ssn(rng, wrong, stl), "SSN", e, variant, value=val)]))
        if rng.random() < 0.5:
            msgs.append(("A", [T(tc.c(["That doesn't match what we have on file.", "Hmm, that's not matching."]))]))
        msgs.append(("C", [T(tc.c(["sorry typo ", "oops ", "sorry ", "*"])), L(typed_ssn(rng, val, stl), "SSN", e, variant, value=val)]))
    elif variant == "ssn_chat_inline_fix":
        wrong = val[:3] + swap_adjacent(rng, val[3:])
        stl = rng.choice(["dash", "space", "contig"])
        msgs.append(("C", [T(tc.c(["social ", "my ss is ", "ssn: "])), L(typed_ssn(rng, wrong, stl) + tc.c([" no wait ", " sorry ", "... i mean "]) + typed_ssn(rng, val, stl), "SSN", e, variant, value=val)]))
    else:
        msgs.append(("C", [T(tc.c(["", "ssn ", "social is "])), L(typed_ssn(rng, val), "SSN", e, "ssn_typed", value=val)]))
    return msgs


CHAT_CARD_V = ["card_chat_typo_fix", "card_chat_typo_fix", "card_chat_partial_fix", "card_chat_split_fix", "card_chat_inline_fix",
               "card_chat_abandoned", "card_chat_abandoned_partial"]
CHAT_LAYOUTS = ["chat_bracket", "chat_name_time", "chat_pipe", "chat_slack", "chat_json", "chat_plain", "chat_sms"]


def make_chat(rng, decks, layout):
    tc = TCtx(rng)
    msgs = [("A", [T(tc.c(["Hi, thanks for contacting %s! My name is %s. How can I help?" % (tc.co, tc.ag),
                           "Hello, you're chatting with %s from %s." % (tc.ag, tc.co), "Hi there, how can I help you today?"]))])]
    r = tc.c(REASONS)
    msgs.append(("C", [T(tc.c(["hi ", "hello, ", "hey ", ""]) + r.lower().replace("i'm", "im").replace("i'd", "id"))]))
    negmsgs = [[m] for m in tnegs(rng, rng.randint(3, 5), "chat")]
    blocks = []
    plan = rng.choice(["pay", "pay", "ssn_pay", "ssn", "pay_ssn"])
    if plan.startswith("ssn"):
        sv = decks["chat_ssn"].pop()
        if plan == "ssn" and sv == "plain":
            sv = "ssn_chat_fix"
        blocks.append(chat_ssn(tc, sv))
    if "pay" in plan:
        blocks.append(chat_card(tc, decks["chat_card"].pop()))
        if rng.random() < 0.75:
            blocks.append(chat_exp(tc, decks["chat_exp"].pop()))
        if rng.random() < 0.6:
            blocks.append(chat_cvv(tc, decks["chat_cvv"].pop()))
        if rng.random() < 0.3:
            l4 = tc.last[-4:]
            blocks.append([("A", [T(tc.c(["Thanks, the card ending in ", "Payment applied to card ending ", "Got it: ****"])),
                                  L(l4, "IGNORE", tc.ent(), "ign_card_last4")])])
    if plan == "pay_ssn":
        blocks.append(chat_ssn(tc, decks["chat_ssn"].pop()))
    seq = []
    pre = rng.randint(1, len(negmsgs) - 1)
    seq += negmsgs[:pre]
    rest = negmsgs[pre:]
    for bl in blocks:
        seq.append(bl)
        if rest and rng.random() < 0.5:
            seq.append(rest.pop())
    seq += rest
    for s in seq:
        msgs += s
    msgs.append(("A", [T(tc.c(["You're all set! Anything else?", "Thanks for chatting with us.", "Done, you'll get an email receipt."]))]))
    if rng.random() < 0.6:
        msgs.append(("C", [T(tc.c(["thx", "no thats it thanks", "ty!!", "great thank u"]))]))
    return render_chat(rng, tc, msgs, layout)


def render_chat(rng, tc, msgs, layout):
    first = tc.cu.split()[0]
    t = rng.randint(8, 20) * 3600 + rng.randint(0, 3000)
    times = []
    for _ in msgs:
        times.append(t)
        t += rng.randint(5, 95)
    def hm(x, ampm=False, sec=False):
        h, m, s = x // 3600, (x // 60) % 60, x % 60
        if ampm:
            return "%d:%02d %s" % ((h - 1) % 12 + 1, m, "AM" if h < 12 else "PM")
        return "%02d:%02d:%02d" % (h, m, s) if sec else "%02d:%02d" % (h, m)
    if layout == "chat_json":
        day = rng.randint(1, 29)
        b = Builder(esc=json_esc)
        b.raw('{\n  "conversation_id": "%d",\n  "channel": "web_chat",\n  "messages": [\n' % rng.randint(10 ** 8, 10 ** 9))
        for i, (r, ps) in enumerate(msgs):
            b.raw('    {"author": "%s", "name": "%s", "sent_at": "2026-11-%02dT%s.%03dZ", "body": "' % (
                "agent" if r == "A" else "visitor", tc.ag if r == "A" else first, day, hm(times[i], sec=True), rng.randint(0, 999)))
            b.pieces(ps)
            b.raw('"}%s\n' % ("," if i < len(msgs) - 1 else ""))
        b.raw("  ]\n}\n")
        return b, "chat export JSON (messages[].body)"
    b = Builder()
    if layout == "chat_plain":
        b.add("*** Chat started %s ***\n" % hm(times[0], sec=True))
        b.add("--- %s joined the chat ---\n" % tc.ag)
    for i, (r, ps) in enumerate(msgs):
        nm_a, nm_c = tc.ag, first
        if layout == "chat_bracket":
            b.add("[%s] %s: " % (hm(times[i], sec=True), "Agent" if r == "A" else "Customer"))
        elif layout == "chat_name_time":
            b.add("%s (%s): " % ((nm_a + " (Agent)") if r == "A" else nm_c, hm(times[i], ampm=True)))
        elif layout == "chat_pipe":
            b.add("%s | %s | " % (hm(times[i]), "agent" if r == "A" else "customer"))
        elif layout == "chat_slack":
            b.add("%s  %s\n" % (nm_a if r == "A" else tc.cu, hm(times[i], ampm=True)))
        elif layout == "chat_plain":
            b.add("%s: " % ("Agent" if r == "A" else "Visitor"))
        elif layout == "chat_sms":
            b.add("%s %s  " % ("OUT" if r == "A" else "IN ", hm(times[i])))
        b.pieces(ps)
        b.add("\n\n" if layout == "chat_slack" else "\n")
    desc = {"chat_bracket": "[hh:mm:ss] Agent/Customer: lines", "chat_name_time": "Name (h:mm AM): lines",
            "chat_pipe": "hh:mm | role | message", "chat_slack": "name + time header line, message below",
            "chat_plain": "*** Chat started *** header, Agent:/Visitor: lines", "chat_sms": "SMS export IN/OUT hh:mm"}[layout]
    return b, desc


# ---- notes: list of lines, each a list of pieces

def note_card(tc, variant):
    rng = tc.rng
    brand = pick_brand(rng)
    val = make_card(rng, brand)
    e = tc.ent()
    meta = dict(value=val, brand=brand)
    st = tc.style
    good = typed_card(rng, val, brand, st)
    lab = lambda s, var=variant: L(s, "CARD", e, var, **meta)
    lbl = tc.c(["cc ", "card ", "CC# ", "Card: ", "new card ", "pmt card ", "CARD "])
    lines = []
    if variant == "card_typed_correction":
        wrong, why = typed_wrong(rng, val)
        w = typed_card_wrong_same_layout(rng, wrong, val, brand, st)
        lines.append([T(lbl), lab(w + tc.c([" -- typo, ", " typo -> ", " (typo) ", " // corrected: ", " ** correction ** ", " sorry typo "]) + good)])
    elif variant == "card_typed_cust_corrected":
        gs = split_groups(val, brand)
        k = rng.randint(1, 2)
        wg = swap_adjacent(rng, gs[0]) if rng.random() < .5 else gs[0]
        part = " ".join([wg] + gs[1:k]) if st != "contig" else "".join([wg] + gs[1:k])
        if wg == gs[0]:
            gs2 = list(gs)
            gs2[k - 1] = swap_adjacent(rng, gs2[k - 1])
            part = " ".join(gs2[:k]) if st != "contig" else "".join(gs2[:k])
        lines.append([T(lbl), lab(part + tc.c(["... (cust corrected) ", " -- cust corrected: ", "... caller stopped, reread: ", " [cx restarted] "]) + good)])
    elif variant == "card_strikethrough":
        wrong, why = typed_wrong(rng, val)
        w = typed_card_wrong_same_layout(rng, wrong, val, brand, st)
        mk = tc.c([("~~", "~~"), ("~~", "~~"), ("~", "~"), ("<s>", "</s>"), ("[strike]", "[/strike]")])
        if rng.random() < 0.5 or st == "contig":
            lines.append([T(lbl + mk[0]), lab(w + mk[1] + " " + good)])
        else:
            gs = split_groups(val, brand)
            i = rng.randrange(len(gs))
            wg = swap_adjacent(rng, gs[i])
            sep = {"dashes": "-", "dots": "."}.get(st, " ")
            parts = gs[:i] + ["%s%s%s %s" % (mk[0], wg, mk[1], gs[i])] + gs[i + 1:]
            txt = sep.join(parts)
            if i == 0:
                lines.append([T(lbl + mk[0]), lab(txt[len(mk[0]):])])
            else:
                lines.append([T(lbl), lab(txt)])
    elif variant == "card_typed_correction_later_line":
        wrong, why = typed_wrong(rng, val)
        w = typed_card_wrong_same_layout(rng, wrong, val, brand, st)
        lines.append([T(lbl), lab(w)])
        lines.append("GAP")
        lines.append([T(tc.c(["CORRECTION: card # is ", "** corr - cc should read ", "edit: card no. ", "UPDATE - cx reread card: "])), lab(good)])
    elif variant == "card_typed_digit_note":
        i = len(val) - 1
        wrong = val[:i] + rng.choice([x for x in "0123456789" if x != val[i]])
        w = typed_card(rng, wrong, brand, st)
        sfx = tc.c([" (last digit %s not %s" % (val[i], wrong[i]), " - last digit is %s, not %s" % (val[i], wrong[i])])
        lines.append([T(lbl), lab(w + sfx), T((")" if "(" in sfx else "") + tc.c(["", " per cust"]))])
    elif variant == "card_note_old_new":
        b1 = pick_brand(rng)
        v1 = make_card(rng, b1)
        lines.append([T(tc.c(["old card ", "card on file was ", "tried "])), L(typed_card(rng, v1, b1, st), "CARD", e, "card_abandoned_full", value=v1, brand=b1),
                      T(tc.c([" (declined)", " - expired, cust gave new card", " -- cx changed mind"]))])
        e2 = tc.ent()
        lines.append([T(tc.c(["new card ", "replaced w/ ", "now using "])), L(good, "CARD", e2, "card_after_switch", **meta)])
    elif variant == "card_note_spoken_restart":
        # agent typed what the caller read including the restart
        gs = split_groups(val, brand)
        k = rng.randint(1, 2)
        lines.append([T(tc.c(["cust read ", "caller gave "])), lab(" ".join(gs[:k]) + tc.c([" then restarted: ", " (restart) ", " ... lost place, again: "]) + good)])
    else:
        raise ValueError(variant)
    tc.last, tc.brand = val, brand
    return lines


def note_cvv(tc, variant):
    rng = tc.rng
    n = 4 if getattr(tc, "brand", "") == "amex" else 3
    val = digits(rng, n, False)
    e = tc.ent()
    wrong = swap_adjacent(rng, val)
    lbl = tc.c(["CVV ", "cvv ", "CVC: ", "sec code ", "CID "]) if n == 4 else tc.c(["CVV ", "cvv ", "CVC: ", "sec code ", "cvv2 "])
    if variant == "cvv_typed_not":
        sep = tc.c([" (not ", " not ", " NOT "])
        return [[T(lbl), L(val + sep + wrong, "CVV", e, variant, value=val), T(")" if "(" in sep else "")]]
    if variant == "cvv_typed_corrected":
        return [[T(lbl), L(wrong + tc.c([" -> ", " >> ", " corr ", " typo, ", " / "]) + val, "CVV", e, variant, value=val)]]
    return [[T(lbl), L(val, "CVV", e, "cvv_written", value=val)]]


def note_exp(tc, variant):
    rng = tc.rng
    m, y = make_expiry(rng)
    e = tc.ent()
    val = "%02d/%02d" % (m, y)
    lbl = tc.c(["exp ", "Exp: ", "EXP ", "expires ", "exp date "])
    stl = rng.choice(["mm/yy", "m/yy", "mm/yyyy", "mmyy", "mm-yy"])
    if variant == "expiry_typed_corrected":
        m0 = rng.choice([x for x in range(1, 13) if x != m])
        return [[T(lbl), L(typed_exp(rng, m0, y, stl) + tc.c([" corr ", " -> ", " (typo) ", " no, "]) + typed_exp(rng, m, y, stl), "EXPIRY", e, variant, value=val)]]
    if variant == "expiry_typed_cust_said":
        y0 = y - 1
        return [[T(lbl), L(typed_exp(rng, m, y, stl) + tc.c([" (cust said ", " (cx first said "]) + typed_exp(rng, m, y0, stl), "EXPIRY", e, variant, value=val),
                 T(tc.c([", old card)", ", then corrected)", ")"]))]]
    return [[T(lbl), L(typed_exp(rng, m, y), "EXPIRY", e, "expiry_written", value=val)]]


def note_ssn(tc, variant):
    rng = tc.rng
    val = make_ssn(rng)
    e = tc.ent()
    lbl = tc.c(["SSN ", "ssn: ", "SS# ", "soc ", "social "])
    wrong = val[:3] + swap_adjacent(rng, val[3:])
    stl = rng.choice(["dash", "dash", "space", "contig"])
    if variant == "ssn_typed_correction":
        return [[T(lbl), L(typed_ssn(rng, wrong, stl) + tc.c([" >> corrected to ", " -> ", " (typo) ", " -- corr: "]) + typed_ssn(rng, val, stl), "SSN", e, variant, value=val),
                 T(tc.c([" per caller", "", " (verified)"]))]]
    if variant == "ssn_typed_transposed":
        return [[T(lbl), L(typed_ssn(rng, wrong, stl) + tc.c([" (transposed, should be ", " (cx transposed digits; correct: "]) + typed_ssn(rng, val, stl), "SSN", e, variant, value=val), T(")")]]
    return [[T(lbl), L(typed_ssn(rng, val), "SSN", e, "ssn_typed", value=val)]]


NOTE_CARD_V = ["card_typed_correction", "card_typed_cust_corrected", "card_strikethrough", "card_typed_correction_later_line",
               "card_typed_digit_note", "card_note_old_new", "card_note_spoken_restart"]
NOTE_LAYOUTS = ["note_free", "note_fields", "note_bullets", "note_crm", "note_terse", "note_log"]


def make_note(rng, decks, layout):
    tc = TCtx(rng)
    lines = []
    blocks = []
    plan = rng.choice(["pay", "pay", "pay_ssn", "ssn", "ssn_pay"])
    if plan.startswith("ssn"):
        sv = decks["note_ssn"].pop()
        if plan == "ssn" and sv == "plain":
            sv = "ssn_typed_correction"
        blocks.append(note_ssn(tc, sv))
    if "pay" in plan:
        blocks.append(note_card(tc, decks["note_card"].pop()))
        if rng.random() < 0.8:
            blocks.append(note_exp(tc, decks["note_exp"].pop()))
        if rng.random() < 0.6:
            blocks.append(note_cvv(tc, decks["note_cvv"].pop()))
        if rng.random() < 0.35:
            blocks.append([[T(tc.c(["conf'd card ending ", "charged card ending in ", "last4 "])), L(tc.last[-4:], "IGNORE", tc.ent(), "ign_card_last4")]])
    if plan == "pay_ssn":
        blocks.append(note_ssn(tc, decks["note_ssn"].pop()))
    negs = [[ps] for ps in tnegs(rng, rng.randint(3, 5))]
    seq = []
    pre = rng.randint(1, len(negs) - 1)
    seq += negs[:pre]
    rest = negs[pre:]
    for bl in blocks:
        seq.append(bl)
        if rest and rng.random() < 0.5:
            seq.append(rest.pop())
    seq += rest
    body = []
    for s in seq:
        for ln in s:
            if ln == "GAP":
                body.append(tnegs(rng, 1)[0])
                continue
            body.append(ln)
    reason = tc.c(REASONS)
    b = Builder()
    ag = tc.ag
    if layout == "note_free":
        b.add("%s called re: %s. " % (tc.cu, reason.replace("I'm", "cx is").replace("I ", "cx ").replace("my ", "their ")))
        for i, ln in enumerate(body):
            b.pieces(ln)
            b.add(tc.c([". ", ". ", "; ", ", "]) if i < len(body) - 1 else ".")
            if rng.random() < 0.25:
                b.add("\n")
        b.add(tc.c([" Advised 3-5 business days.", " Cx satisfied.", " Will follow up.", ""]) + "\n-- " + ag + "\n")
        desc = "free-text agent note (sentences, occasional line breaks)"
    elif layout == "note_fields":
        b.add("Caller: %s\nCompany: %s\nReason: %s\n" % (tc.cu, tc.co, reason))
        for ln in body:
            b.pieces(ln)
            b.add("\n")
        b.add("Agent: %s\n" % ag)
        desc = "key/value lines"
    elif layout == "note_bullets":
        b.add("Call summary - %s\n" % tc.cu)
        bullet = tc.c(["- ", "* ", "• "])
        for ln in body:
            b.add(bullet)
            b.pieces(ln)
            b.add("\n")
        desc = "bullet list"
    elif layout == "note_crm":
        b.add("Case %s | Created %02d/%02d/2026 %02d:%02d | Owner: %s\nSubject: %s\n----\n" % (
            digits(rng, 8), rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 19), rng.randint(0, 59), ag,
            reason if len(reason) < 45 else reason[:45].rsplit(" ", 1)[0] + "..."))
        for i, ln in enumerate(body):
            b.pieces(ln)
            b.add(tc.c(["\n", " | ", "\n"]) if i < len(body) - 1 else "\n")
        desc = "CRM case header + notes body"
    elif layout == "note_terse":
        b.add("CX CLD RE %s. " % tc.c(["PMT", "DBL CHG", "NEW CARD", "PAST DUE", "ACCT VERIF", "REFUND"]))
        for ln in body:
            b.pieces([(p[0], p[1].upper()) + tuple(p[2:]) if p[0] == "t" else p for p in ln])
            b.add(tc.c([". ", " / ", ". ", " ; "]))
        b.add("ADV 3-5 BUS DAYS. -%s\n" % ag[:2].upper())
        desc = "terse uppercase agent shorthand"
    else:
        t = rng.randint(8, 17) * 60 + rng.randint(0, 59)
        md = "%d/%d" % (rng.randint(1, 12), rng.randint(1, 28))
        for ln in body:
            t += rng.randint(1, 6)
            b.add("%s %02d:%02d %s - " % (md, t // 60, t % 60, ag))
            b.pieces(ln)
            b.add("\n")
        desc = "timestamped log entries, one per line"
    return b, desc


# ---------------------------------------------------------------- main

def main(out):
    rng = random.Random(SEED)
    decks = {
        "card": Deck(rng, CARD_TX_VARIANTS),
        "exp": Deck(rng, ["expiry_plain", "expiry_corrected", "expiry_year_corrected", "expiry_old_card_corrected",
                          "expiry_readback_corrected", "expiry_corrected"]),
        "cvv": Deck(rng, ["cvv_plain", "cvv_false_start", "cvv_corrected", "cvv_readback_corrected", "cvv_crosstalk_turns",
                          "cvv_corrected"]),
        "ssn": Deck(rng, ["ssn_plain", "ssn_false_start", "ssn_group_corrected", "ssn_readback_corrected",
                          "ssn_crosstalk_turns", "ssn_abandoned_full", "ssn_abandoned_partial", "ssn_false_start"]),
        "chat_card": Deck(rng, CHAT_CARD_V),
        "chat_exp": Deck(rng, ["expiry_chat_fix", "expiry_chat_inline_fix", "plain"]),
        "chat_cvv": Deck(rng, ["cvv_chat_fix", "cvv_typed_not", "plain"]),
        "chat_ssn": Deck(rng, ["ssn_chat_fix", "ssn_chat_inline_fix", "plain", "ssn_chat_fix"]),
        "note_card": Deck(rng, NOTE_CARD_V),
        "note_exp": Deck(rng, ["expiry_typed_corrected", "expiry_typed_cust_said", "plain"]),
        "note_cvv": Deck(rng, ["cvv_typed_not", "cvv_typed_corrected", "plain"]),
        "note_ssn": Deck(rng, ["ssn_typed_correction", "ssn_typed_transposed", "plain"]),
    }
    jobs = [("transcript", TX_LAYOUTS[i % len(TX_LAYOUTS)]) for i in range(72)]
    jobs += [("chat", CHAT_LAYOUTS[i % len(CHAT_LAYOUTS)]) for i in range(24)]
    jobs += [("note", NOTE_LAYOUTS[i % len(NOTE_LAYOUTS)]) for i in range(24)]
    rng.shuffle(jobs)
    docs = []
    for i, (kind, layout) in enumerate(jobs):
        if kind == "transcript":
            b, desc = make_transcript(rng, decks, layout)
        elif kind == "chat":
            b, desc = make_chat(rng, decks, layout)
        else:
            b, desc = make_note(rng, decks, layout)
        spans = sorted(b.spans, key=lambda d: d["start"])
        negs = sorted(b.negs, key=lambda d: d["start"])
        docs.append({"id": "wc-%04d" % (i + 1), "kind": kind, "layout": desc, "layout_id": layout,
                     "text": b.text(), "spans": spans, "negatives": negs})
    with open(out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 gen.py OUT.jsonl")
    main(sys.argv[1])
