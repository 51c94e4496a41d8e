"""Writes seeded contact-centre call scripts: who says what, in which voice,
and which words of each turn are a secret (card, SSN, CVV, expiry date) or a
hard negative (phone, order, case, tracking, member and account numbers, ZIP
codes, amounts, dates, confirmation codes, one-time passcodes...).

    python3 eval/asr/gen_calls.py --seed 7 --calls 160 > eval/asr/calls.jsonl

Every number is spoken as words, the way a caller reads it: in groups,
digit by digit, in pairs ("forty one eleven"), with "oh", "double",
"triple", fillers and corrections, and a card or SSN sometimes over several
turns with the agent's "uh huh" in between. Cards are Luhn-valid across
brands and lengths; SSNs follow the SSA rules.
"""

import argparse
import json
import random
import re

import spoken as nw

VOICES = [
    # (engine, voice, weight)
    ("flite", "rms", 30),
    ("flite", "slt", 20),
    ("flite", "awb", 20),
    ("flite", "kal16", 15),
    ("festival", "cmu_us_slt_arctic_hts", 15),
]

COMPANIES = [
    "northwind energy", "globex telecom", "acme insurance",
    "contoso bank", "blue harbor hotels", "summit airlines",
    "pinecrest utilities", "brightline internet", "evergreen pharmacy",
    "redwood home goods", "lakeside dental", "metro water",
    "silver peak wireless", "harbor freight lines", "sunrise fitness",
    "orchard health plan", "keystone auto club", "riverbend cable",
]
AGENTS = ["lena", "marcus", "priya", "tom", "ana", "david", "keisha",
          "omar", "julie", "sam", "grace", "victor"]
CUSTOMERS = ["john smith", "maria garcia", "wei chen", "linda brown",
             "james wilson", "fatima khan", "robert jones", "emily davis",
             "carlos lopez", "susan miller", "kevin nguyen", "olivia taylor"]
MONTH_NAMES = nw.MONTHS
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth",
            "twenty first", "twenty second", "twenty third",
            "twenty fourth", "twenty fifth", "twenty sixth",
            "twenty seventh", "twenty eighth"]
LETTERS = ["b", "c", "d", "f", "g", "h", "j", "k", "m", "n", "p", "r", "t",
           "v", "x", "z"]
BACKCHANNELS = ["uh huh.", "okay.", "mhm.", "got it.", "yep.", "okay, go on.",
                "next four?", "and the next four?", "go ahead.", "uh huh, go on.",
                "okay, and then?", "right."]

# (brand label, prefixes, lengths, weight)
BRANDS = [
    ("visa", ["4"], [16], 22),
    ("visa", ["4"], [13], 2),
    ("visa", ["4"], [19], 2),
    ("mastercard", ["51", "52", "53", "54", "55"], [16], 16),
    ("mastercard", [str(p) for p in range(2221, 2721)], [16], 6),
    ("amex", ["34", "37"], [15], 12),
    ("discover", ["6011", "644", "645", "646", "647", "648", "649", "65"],
     [16], 9),
    ("discover", ["6011", "65"], [19], 2),
    ("jcb", [str(p) for p in range(3528, 3590)], [16], 5),
    ("jcb", [str(p) for p in range(3528, 3590)], [19], 1),
    ("diners", ["36", "38", "39", "300", "301", "302", "303", "304", "305"],
     [14], 5),
    ("unionpay", ["62"], [16, 17, 18, 19], 5),
    ("maestro", ["5018", "5020", "5038", "5893", "6304", "6759", "6761",
                 "6763"], [12, 13, 15, 16, 18, 19], 4),
]
BRAND_SAY = {"visa": "visa", "mastercard": "mastercard",
             "amex": "american express", "discover": "discover",
             "jcb": "j c b", "diners": "diners club", "unionpay": "union pay",
             "maestro": "maestro"}


def wchoice(rng, items, weights):
    """random.choices with one result."""
    return rng.choices(items, weights=weights, k=1)[0]


def rand_digits(rng, n, first_nonzero=False):
    """n random digits."""
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def make_card(rng):
    """A Luhn-valid card number: (brand label, digits)."""
    brand, prefixes, lengths, _ = wchoice(rng, BRANDS,
                                          [b[3] for b in BRANDS])
    prefix = rng.choice(prefixes)
    length = rng.choice(lengths)
    body = prefix + rand_digits(rng, length - 1 - len(prefix))
    num = body + nw.luhn_check_digit(body)
    assert nw.luhn_ok(num) and len(num) == length
    return f"{brand}{length}", brand, num


def card_groups(rng, num, brand, irregular):
    """How the caller cuts the number: the printed grouping, or an
    irregular one."""
    n = len(num)
    if irregular:
        sizes, left = [], n
        while left:
            s = min(left, rng.choice([2, 3, 3, 4, 4, 5]))
            if left - s == 1:
                s += 1
            sizes.append(s)
            left -= s
    elif brand == "amex":
        sizes = [4, 6, 5]
    elif brand == "diners":
        sizes = [4, 6, 4]
    else:
        sizes = [4] * (n // 4) + ([n % 4] if n % 4 else [])
        if sizes[-1] == 1:
            sizes[-2:] = [5]
    return nw.split_groups(num, sizes)


def make_ssn(rng):
    """A valid SSN by SSA rules: area 001-899 but not 666, group 01-99,
    serial 0001-9999."""
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


FILLERS = {"uh", "um", "let", "me", "see", "then", "okay"}


def trim(words, start, end):
    """Narrows a labelled range to its first and last number word: fillers
    said before or after the number are not part of it."""
    while start < end and words[start] in FILLERS:
        start += 1
    while end > start and words[end - 1] in FILLERS:
        end -= 1
    return start, end


def clean(text):
    """Lower-case words without punctuation: the reference words."""
    return [w for w in re.sub(r"[^a-z' ]", " ", text.lower()).split()]


class Call:
    """A call being written: turns of parts, each part plain or labelled."""

    def __init__(self, rng, cid, scenario):
        self.rng = rng
        self.id = cid
        self.scenario = scenario
        self.turns = []
        self.entities = {}
        self.nneg = 0
        voices = rng.sample(VOICES, 2) if rng.random() < 0.85 else \
            [wchoice(rng, VOICES, [v[2] for v in VOICES])] * 2
        if voices[0] == voices[1]:
            voices = rng.sample(VOICES, 2)
        self.voices = {}
        for who, v in zip(("agent", "customer"), voices):
            self.voices[who] = {"engine": v[0], "voice": v[1],
                                "stretch": round(rng.uniform(1.0, 1.2), 2)}
        self.cust = {
            "zero": "oh" if rng.random() < 0.75 else "zero",
            "double": rng.random() < 0.55,
            "triple": rng.random() < 0.35,
            "filler": rng.choice([0.0, 0.0, 0.1, 0.2, 0.3]),
        }
        self.agent = {"zero": "oh" if rng.random() < 0.6 else "zero",
                      "double": rng.random() < 0.3, "triple": False,
                      "filler": 0.0}
        self.company = rng.choice(COMPANIES)
        self.agent_name = rng.choice(AGENTS)
        self.cust_name = rng.choice(CUSTOMERS)

    # -- writing turns -------------------------------------------------
    def say(self, speaker, *parts):
        """Adds a turn. A part is a string or (string, label)."""
        ps = []
        for p in parts:
            if isinstance(p, tuple):
                ps.append({"text": p[0], "label": p[1]})
            elif p:
                ps.append({"text": p})
        self.turns.append({"speaker": speaker, "parts": ps})

    def a(self, *parts):
        """An agent turn."""
        self.say("agent", *parts)

    def c(self, *parts):
        """A customer turn."""
        self.say("customer", *parts)

    def entity(self, typ, variant, value, **kw):
        """Registers a secret; returns its label."""
        eid = f"e{len(self.entities) + 1}"
        self.entities[eid] = dict(type=typ, variant=variant, value=value, **kw)
        return {"entity": eid}

    def neg(self, kind, value):
        """A label for a hard negative."""
        self.nneg += 1
        return {"neg": kind, "value": value}

    def filler(self, prof):
        """An 'uh' between groups, sometimes."""
        if self.rng.random() < prof["filler"]:
            return self.rng.choice(["uh, ", "um, ", "uh ", "let me see, "])
        return ""

    def read(self, groups, style, prof, fillers=True):
        """Reads a list of digit groups aloud: one string, groups separated
        by pauses (commas)."""
        out = []
        for i, g in enumerate(groups):
            f = self.filler(prof) if fillers and i else ""
            out.append(f + nw.group_words(g, style, prof, self.rng))
        return ", ".join(out)

    def num(self, digits, sizes, prof=None, style=None):
        """A number (a negative) read in groups of `sizes`."""
        prof = prof or self.cust
        style = style or self.rng.choice(["digits", "digits", "pairs",
                                          "mixed"])
        return self.read(nw.split_groups(digits, sizes), style, prof)

    # -- secrets -----------------------------------------------------------
    def card_reading(self, brand_label=None, lead=None):
        """The customer reads a card number (maybe over several turns, with
        fillers or a correction), then maybe the agent reads it back.
        Returns (brand, digits)."""
        rng = self.rng
        blabel, brand, num = make_card(rng)
        style = wchoice(rng, ["digits", "pairs", "mixed", "single"],
                        [45, 20, 20, 15])
        irregular = rng.random() < 0.12
        groups = card_groups(rng, num, brand, irregular)
        multi = rng.random() < 0.3 and len(groups) >= 3
        correction = rng.random() < 0.1
        variant = {"digits": "card_spoken_groups",
                   "pairs": "card_spoken_pairs",
                   "mixed": "card_spoken_mixed",
                   "single": "card_spoken_single"}[style]
        if multi:
            variant = "card_multi_turn"
        if correction:
            variant = "card_correction"
        label = self.entity("CARD", variant, num, brand=blabel)
        texts = []
        for i, g in enumerate(groups):
            gst = "digits" if style == "single" else style
            t = nw.group_words(g, gst, self.cust, rng)
            if correction and i == len(groups) // 2:
                k = rng.randrange(len(g))
                wrong = g[:k] + str((int(g[k]) + rng.randint(1, 9)) % 10) + \
                    g[k + 1:]
                t = (nw.group_words(wrong, gst, self.cust, rng) + ", " +
                     rng.choice(["sorry, ", "no wait, ", "no, sorry, ",
                                 "oops, "]) + t)
            f = self.filler(self.cust) if i else ""
            texts.append(f + t)
        pre = lead if lead is not None else rng.choice(
            ["", "sure, ", "yeah, it's ", "okay, it's ", "the number is ",
             f"it's a {BRAND_SAY[brand]}, ", "ready? okay, ", "um, okay, ",
             "let me grab it. okay, "])
        sep = " " if style == "single" else ", "
        if not multi:
            tail = rng.choice(["", "", ".", ". that's it."])
            self.c(pre, (sep.join(texts), label), tail)
        else:
            chunks, i = [], 0
            while i < len(texts):
                k = 1 if len(texts) - i <= 2 else rng.choice([1, 1, 2])
                chunks.append(texts[i:i + k])
                i += k
            for j, ch in enumerate(chunks):
                self.c(pre if j == 0 else rng.choice(["", "", "then ",
                                                      "okay, "]),
                       (", ".join(ch), label))
                if j + 1 < len(chunks):
                    self.a(rng.choice(BACKCHANNELS))
        if rng.random() < 0.3:
            rb = self.entity("CARD", "card_readback", num, brand=blabel)
            rgroups = card_groups(rng, num, brand, False)
            self.a(rng.choice(["let me read that back. ", "so that's ",
                               "okay, I have "]),
                   (self.read(rgroups, "digits", self.agent, False), rb),
                   rng.choice([". is that correct?", ". right?",
                               ", correct?"]))
            self.c(rng.choice(["yes, that's right.", "yep.", "correct.",
                               "yes."]))
        return brand, num

    def expiry_words(self, mm, yy):
        """An expiry date said aloud, with its variant."""
        rng, p = self.rng, self.cust
        m2, y2 = f"{mm:02d}", f"{yy:02d}"
        form = rng.choice(["pairs", "short", "month", "month_of",
                           "month_full", "slash", "digits", "pairs_full"])
        if form == "pairs":
            return "expiry_spoken_pairs", \
                f"{nw.pair_words(m2, p, rng)} {nw.pair_words(y2, p, rng)}"
        if form == "short":
            return "expiry_spoken_short", \
                f"{nw.ONES[mm] if mm < 10 else nw.pair_words(m2, p, rng)} " \
                f"{nw.pair_words(y2, p, rng)}"
        if form == "month":
            return "expiry_spoken_month", \
                f"{MONTH_NAMES[mm - 1]} {nw.pair_words(y2, p, rng)}"
        if form == "month_of":
            return "expiry_spoken_month", \
                f"{MONTH_NAMES[mm - 1]} of {nw.pair_words(y2, p, rng)}"
        if form == "month_full":
            return "expiry_spoken_month", \
                f"{MONTH_NAMES[mm - 1]} twenty {nw.pair_words(y2, p, rng)}"
        if form == "slash":
            return "expiry_spoken_slash", \
                f"{nw.pair_words(m2, p, rng)} slash " \
                f"{rng.choice([nw.pair_words(y2, p, rng), nw.digits_words(y2, p, rng)])}"
        if form == "digits":
            return "expiry_spoken_digits", nw.digits_words(m2 + y2, p, rng)
        return "expiry_spoken_pairs", \
            f"{nw.pair_words(m2, p, rng)}, twenty {nw.pair_words(y2, p, rng)}"

    def expiry(self, ask=True):
        """The agent asks for the expiry date; the customer gives it."""
        rng = self.rng
        mm, yy = rng.randint(1, 12), rng.randint(26, 33)
        variant, words = self.expiry_words(mm, yy)
        label = self.entity("EXPIRY", variant, f"{mm:02d}/{yy:02d}")
        if ask:
            self.a(rng.choice(["and the expiration date?",
                               "what's the expiry date on that card?",
                               "and when does it expire?",
                               "okay. and the expiration, month and year?",
                               "thank you. the expiration date please.",
                               "and the exp date?"]))
        self.c(rng.choice(["", "it's ", "uh, ", "expires ", "that's ",
                           "it expires "]), (words, label))

    def cvv(self, brand):
        """The agent asks for the security code; the customer gives it."""
        rng = self.rng
        n = 4 if brand == "amex" else 3
        code = rand_digits(rng, n)
        style = rng.choice(["digits", "digits", "pairs"])
        words = nw.group_words(code, style, self.cust, rng)
        label = self.entity("CVV", "cvv_spoken" if style == "digits"
                            else "cvv_spoken_pairs", code)
        where = "four digit code on the front" if n == 4 else \
            "three digit code on the back"
        self.a(rng.choice([f"and the {where}?",
                           "and the security code?",
                           f"last thing, the {where} of the card.",
                           "and the c v v please?",
                           "what's the card verification code?"]))
        self.c(rng.choice(["", "it's ", "uh, ", "the code is ", "okay, "]),
               (words, label))

    def ssn(self):
        """The agent asks for the SSN; the customer reads it."""
        rng = self.rng
        s = make_ssn(rng)
        groups = nw.split_groups(s, [3, 2, 4])
        form = wchoice(rng, ["groups", "pairs", "single", "multi"],
                       [45, 15, 20, 20])
        variant = {"groups": "ssn_spoken_groups", "pairs": "ssn_spoken_pairs",
                   "single": "ssn_spoken_single",
                   "multi": "ssn_multi_turn"}[form]
        label = self.entity("SSN", variant, s)
        self.a(rng.choice([
            "can I get your social security number please?",
            "for verification I'll need your social security number.",
            "and what's your social?",
            "can you verify the social security number on the account?",
            "I just need your social to confirm your identity.",
        ]))
        pre = rng.choice(["", "sure, ", "it's ", "okay, it's ", "yeah, "])
        if form == "multi":
            self.c(pre, (nw.digits_words(groups[0], self.cust, rng), label))
            self.a(rng.choice(BACKCHANNELS[:6]))
            self.c((self.read(groups[1:], "digits", self.cust), label))
        elif form == "single":
            self.c(pre, (" ".join(nw.digits_words(g, self.cust, rng)
                                  for g in groups), label))
        else:
            st = "pairs" if form == "pairs" else "digits"
            self.c(pre, (self.read(groups, st, self.cust), label))
        return s

    def ssn_last4(self):
        """Only the last four of the SSN: IGNORE."""
        rng = self.rng
        last = rand_digits(rng, 4)
        label = self.entity("IGNORE", "ign_ssn_last4", last)
        self.a(rng.choice(["can you verify the last four of your social?",
                           "and the last four digits of your social "
                           "security number?"]))
        self.c(rng.choice(["", "it's ", "sure, "]),
               (nw.group_words(last, rng.choice(["digits", "pairs"]),
                               self.cust, rng), label))

    def card_last4(self, speaker="agent"):
        """'the card ending in ...': IGNORE."""
        rng = self.rng
        last = rand_digits(rng, 4)
        label = self.entity("IGNORE", "ign_card_last4", last)
        words = nw.group_words(last, rng.choice(["digits", "pairs"]),
                               self.agent if speaker == "agent"
                               else self.cust, rng)
        if speaker == "agent":
            self.a(rng.choice(["I see the card ending in ",
                               "was it the visa ending in ",
                               "I have a card on file ending in "]),
                   (words, label), rng.choice(["?", ". is that the one?"]))
            self.c(rng.choice(["yes, that one.", "yeah, that's it.",
                               "yes."]))
        else:
            self.c(rng.choice(["it was my card ending in ",
                               "the one that ends in ",
                               "I used the card ending "]),
                   (words, label), ".")

    # -- negatives -------------------------------------------------------
    def phone(self, ask=None):
        rng = self.rng
        d = (str(rng.randint(2, 9)) + str(rng.randint(0, 8)) +
             str(rng.randint(0, 9)) + str(rng.randint(2, 9)) +
             rand_digits(rng, 6))
        self.a(ask or rng.choice([
            "can I have the phone number on the account?",
            "what's the best callback number for you?",
            "and a good phone number in case we get disconnected?",
            "can you confirm the phone number on file?"]))
        self.c(rng.choice(["", "sure, it's ", "it's ", "area code "]),
               (self.num(d, [3, 3, 4]), self.neg("neg_phone", d)))

    def account(self, what=None):
        rng = self.rng
        n = rng.choice([8, 10, 11, 12, 16])
        d = rand_digits(rng, n, True)
        if n == 16 and nw.luhn_ok(d):
            d = d[:-1] + str((int(d[-1]) + 1) % 10)
        what = what or rng.choice(["account number", "member number",
                                   "customer number", "policy number",
                                   "rewards number"])
        sizes = {8: [4, 4], 10: [3, 3, 4], 11: [3, 4, 4], 12: [4, 4, 4],
                 16: [4, 4, 4, 4]}[n]
        kind = "neg_account_16_luhn_invalid" if n == 16 else "neg_account"
        if what == "member number":
            kind = "neg_member_16_luhn_invalid" if n == 16 else "neg_member_id"
        self.a(rng.choice([f"can I get your {what}?",
                           f"what's the {what} please?",
                           f"do you have your {what} handy?"]))
        self.c(rng.choice(["", "yeah, it's ", "sure, ", "okay, "]),
               (self.num(d, sizes), self.neg(kind, d)))

    def order(self, speaker="customer"):
        rng = self.rng
        n = rng.choice([7, 8, 9, 10])
        d = rand_digits(rng, n, True)
        sizes = {7: [3, 4], 8: [4, 4], 9: [3, 3, 3], 10: [3, 3, 4]}[n]
        self.a(rng.choice(["do you have the order number?",
                           "what's the order number?",
                           "can you read me the order number on the receipt?"]))
        self.c(rng.choice(["", "it's ", "yes, it's ", "uh, "]),
               (self.num(d, sizes), self.neg("neg_order", d)))

    def case_number(self):
        rng = self.rng
        d = rand_digits(rng, 9, True)
        self.a(rng.choice(["I've opened a case for you. the case number is ",
                           "your ticket number is ",
                           "let me give you a reference number, it's "]),
               (self.num(d, [3, 3, 3], self.agent, "digits"),
                self.neg("neg_case_9digit", d)), ".")
        self.c(rng.choice(["okay, got it.", "thanks, I wrote it down.",
                           "let me write that down."]))

    def case_from_customer(self):
        rng = self.rng
        n = rng.choice([8, 9, 10])
        d = rand_digits(rng, n, True)
        sizes = {8: [4, 4], 9: [3, 3, 3], 10: [3, 3, 4]}[n]
        self.a(rng.choice(["do you have a case number from last time?",
                           "is there a ticket number I can look up?"]))
        self.c(rng.choice(["yes, it's ", "yeah, ", "it's "]),
               (self.num(d, sizes), self.neg(
                   "neg_case_9digit" if n == 9 else "neg_case", d)))

    def tracking(self):
        rng = self.rng
        if rng.random() < 0.5:
            d = rand_digits(rng, 12, True)
            sizes = [4, 4, 4]
        else:
            d = rng.choice(["9400", "9205", "9261", "9274"]) + \
                rand_digits(rng, 18)
            sizes = [4, 4, 4, 4, 4, 2]
        self.a(rng.choice(["the tracking number is ",
                           "here's your tracking number: "]),
               (self.num(d, sizes, self.agent, "digits"),
                self.neg("neg_tracking", d)), ".")
        self.c(rng.choice(["okay.", "thanks.", "got it, thank you."]))

    def zip_code(self, plus4=False):
        rng = self.rng
        d = rand_digits(rng, 9 if plus4 else 5, True)
        self.a(rng.choice(["and the billing zip code?",
                           "what's the zip code on the account?",
                           "can I get the zip code?"]))
        self.c(rng.choice(["", "it's ", "uh, "]),
               (self.num(d, [5, 4] if plus4 else [5]),
                self.neg("neg_zip4" if plus4 else "neg_zip", d)))

    def amount_words(self):
        rng = self.rng
        dollars = rng.choice([rng.randint(5, 99), rng.randint(100, 999)])
        cents = rng.choice([0, rng.randint(1, 99)])
        if dollars >= 100:
            h, r = divmod(dollars, 100)
            dw = f"{nw.ONES[h]} hundred"
            if r:
                dw += " " + (nw.pair_words(f"{r:02d}", self.agent, rng)
                             if r >= 10 else nw.ONES[r])
        else:
            dw = nw.pair_words(f"{dollars:02d}", self.agent, rng) \
                if dollars >= 10 else nw.ONES[dollars]
        text = f"{dw} dollars"
        if cents:
            cw = nw.pair_words(f"{cents:02d}", self.agent, rng) \
                if cents >= 10 else nw.ONES[cents]
            text += f" and {cw} cents"
        return text, f"{dollars}.{cents:02d}"

    def amount(self, lead):
        text, v = self.amount_words()
        return (text, self.neg("neg_amount", v)), lead

    def date_words(self, dob=False):
        rng = self.rng
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        if dob:
            y = rng.randint(1945, 2004)
            yw = f"nineteen {nw.pair_words(str(y)[2:], self.cust, rng)}" \
                if y < 2000 else "two thousand" + (
                    f" {nw.ONES[y - 2000]}" if y > 2000 else "")
            form = rng.choice(["name", "digits"])
            if form == "name":
                return f"{MONTH_NAMES[m - 1]} {ORDINALS[d - 1]}, {yw}", \
                    f"{y}-{m:02d}-{d:02d}"
            return (f"{nw.pair_words(f'{m:02d}', self.cust, rng)}, "
                    f"{nw.pair_words(f'{d:02d}', self.cust, rng)}, {yw}",
                    f"{y}-{m:02d}-{d:02d}")
        return f"{MONTH_NAMES[m - 1]} {ORDINALS[d - 1]}", f"{m:02d}-{d:02d}"

    def dob(self):
        text, v = self.date_words(dob=True)
        self.a(self.rng.choice(["and your date of birth?",
                                "can you confirm your date of birth?"]))
        self.c(self.rng.choice(["", "it's ", "sure, "]),
               (text, self.neg("neg_dob", v)))

    def otp(self):
        rng = self.rng
        d = rand_digits(rng, 6)
        self.a(rng.choice(["I just sent a six digit code to your phone. "
                           "can you read it to me?",
                           "you should get a one time passcode by text. "
                           "what does it say?"]))
        self.c(rng.choice(["", "okay, it's ", "uh, it says ", "got it, "]),
               (self.num(d, rng.choice([[3, 3], [6], [2, 2, 2]])),
                self.neg("neg_otp", d)))

    def conf_code(self):
        rng = self.rng
        if rng.random() < 0.5:
            d = rand_digits(rng, rng.choice([6, 7, 8]), True)
            words = self.num(d, [3, len(d) - 3], self.agent, "digits")
            kind = "neg_conf_numeric"
        else:
            chars = [rng.choice(LETTERS) if rng.random() < 0.4
                     else rng.choice("0123456789") for _ in range(6)]
            d = "".join(chars).upper()
            words = " ".join(c if c.isalpha() else
                             nw.digit_word(c, self.agent) for c in chars)
            kind = "neg_conf_alnum"
        self.a(rng.choice(["your confirmation number is ",
                           "the confirmation code is ",
                           "your reference is "]),
               (words, self.neg(kind, d)), ".")
        self.c(rng.choice(["great, thanks.", "okay.", "thank you."]))

    def imei(self):
        rng = self.rng
        body = "35" + rand_digits(rng, 12)
        d = body + nw.luhn_check_digit(body)
        self.a("can you read me the i m e i number? it's under settings, "
               "about phone.")
        self.c(rng.choice(["okay, it's ", "it says ", ""]),
               (self.num(d, [2, 6, 6, 1], style="digits"),
                self.neg("neg_imei_luhn_valid", d)))

    def extension(self):
        rng = self.rng
        d = str(rng.randint(100, 9999))
        self.a("if you need to call back, ask for extension ",
               (nw.group_words(d, "digits", self.agent, rng),
                self.neg("neg_extension", d)), ".")


# -- scenarios --------------------------------------------------------------
def greet(c):
    rng = c.rng
    c.a(rng.choice([f"thank you for calling {c.company}, my name is "
                    f"{c.agent_name}. how can I help you today?",
                    f"{c.company}, this is {c.agent_name} speaking. "
                    "how can I help?",
                    f"hi, thanks for calling {c.company}. who am I "
                    "speaking with?"]))


def close(c):
    rng = c.rng
    c.a(rng.choice(["is there anything else I can help you with today?",
                    "anything else I can do for you?"]))
    c.c(rng.choice(["no, that's all. thank you.", "no, that's it, thanks.",
                    "nope, thanks for your help."]))
    c.a(rng.choice([f"thank you for calling {c.company}. have a great day.",
                    "you're welcome. bye now."]))


def take_card(c, lead_q=True):
    rng = c.rng
    if lead_q:
        c.a(rng.choice(["go ahead with the card number when you're ready.",
                        "can I get the card number please?",
                        "what's the long number on the front of the card?",
                        "okay, what card would you like to use?",
                        "and the card number?"]))
    brand, num = c.card_reading()
    if rng.random() < 0.15:
        # Expiry given with the card, unasked.
        c.expiry(ask=False)
    else:
        c.expiry()
    c.cvv(brand)
    return brand


def payment(c):
    rng = c.rng
    greet(c)
    c.c(rng.choice(["hi, I'd like to pay my bill.",
                    "hello, I need to make a payment on my account.",
                    "yeah hi, I got a late notice and want to pay it."]))
    rng.choice([c.phone, c.account])()
    if rng.random() < 0.4:
        c.dob()
    amt, _ = c.amount("")
    c.a("thank you. I see a balance of ", amt,
        rng.choice([". would you like to pay that today?",
                    ", due on the fifteenth. pay the full amount?"]))
    c.c(rng.choice(["yes, the full amount.", "yes please, with a card.",
                    "yeah, let's do that."]))
    take_card(c)
    if rng.random() < 0.7:
        c.zip_code(plus4=rng.random() < 0.25)
    c.a("thank you, that went through.")
    c.conf_code()
    close(c)


def refund(c):
    rng = c.rng
    greet(c)
    c.c(rng.choice(["hi, I returned an item and haven't got my refund.",
                    "I was charged twice and I'd like a refund.",
                    "I want to cancel my order and get my money back."]))
    c.order()
    d, _ = c.date_words()
    c.a("I see it. it was placed on ", (d, c.neg("neg_date", _)),
        ". and the total was ", *c.amount(""), ".")
    c.c("yes, that's the one.")
    if rng.random() < 0.5:
        c.card_last4("agent")
    else:
        c.card_last4("customer")
    if rng.random() < 0.35:
        c.c("actually that card is closed. can you put it on a new card?")
        take_card(c)
    c.a(rng.choice(["the refund will show in five to seven business days.",
                    "you'll see the credit in three to five days."]))
    if rng.random() < 0.5:
        c.case_number()
    if rng.random() < 0.4:
        c.tracking()
    close(c)


def verification(c):
    rng = c.rng
    greet(c)
    c.c(rng.choice(["hi, I'm locked out of my account.",
                    "hello, I need to update my address.",
                    "I got a letter about my benefits and have questions."]))
    c.a("I can help with that. first I need to verify your identity. "
        "can I have your full name?")
    c.c(f"it's {c.cust_name}.")
    if rng.random() < 0.85:
        c.ssn()
    else:
        c.ssn_last4()
    c.dob()
    rng.choice([c.phone, c.account, c.zip_code])()
    if rng.random() < 0.5:
        c.otp()
    if rng.random() < 0.3:
        c.account("member number")
    if rng.random() < 0.3:
        c.ssn_last4()
    c.a("thank you, you're verified.")
    if rng.random() < 0.5:
        c.case_number()
    close(c)


def booking(c):
    rng = c.rng
    greet(c)
    c.c(rng.choice(["hi, I'd like to book a room for next month.",
                    "I want to book two tickets.",
                    "hello, I need to change my reservation."]))
    d1, v1 = c.date_words()
    c.a("sure. what dates are you looking at?")
    c.c("checking in ", (d1, c.neg("neg_date", v1)), rng.choice([
        ", for three nights.", ", two adults and one child.",
        ", for four nights, two adults."]))
    c.a("I have that available at ", *c.amount(""),
        " per night. shall I book it?")
    c.c("yes please.")
    if rng.random() < 0.5:
        c.phone()
    take_card(c)
    if rng.random() < 0.5:
        c.zip_code()
    c.conf_code()
    if rng.random() < 0.3:
        c.extension()
    close(c)


def support(c):
    rng = c.rng
    greet(c)
    c.c(rng.choice(["my internet keeps dropping.",
                    "my new phone won't activate.",
                    "the router you sent me doesn't work."]))
    rng.choice([c.case_from_customer, c.account, c.phone])()
    if rng.random() < 0.5:
        c.imei()
    if rng.random() < 0.5:
        c.order()
    if rng.random() < 0.5:
        c.otp()
    c.a("okay, I've reset the device on our end.")
    if rng.random() < 0.4:
        c.a("there's a fee of ", *c.amount(""),
            " for the replacement. do you want to pay by card?")
        c.c("sure.")
        take_card(c)
    if rng.random() < 0.6:
        c.tracking()
    c.case_number()
    close(c)


def card_update(c):
    rng = c.rng
    greet(c)
    c.c(rng.choice(["I got a new card and need to update my autopay.",
                    "my card expired, I need to put a new one on file."]))
    rng.choice([c.account, c.phone])()
    if rng.random() < 0.5:
        c.ssn_last4()
    c.card_last4("agent")
    c.a("okay, I'll replace that one.")
    take_card(c)
    if rng.random() < 0.5:
        c.zip_code(plus4=rng.random() < 0.3)
    c.a("all set, your autopay will use the new card on the ",
        (ORDINALS[rng.randint(0, 27)], c.neg("neg_date", "day")),
        " of each month.")
    close(c)


def new_account(c):
    rng = c.rng
    greet(c)
    c.c(rng.choice(["hi, I'd like to open a new account.",
                    "I want to apply for the store credit card.",
                    "I'm calling to set up service at my new place."]))
    c.a("great. can I have your full name?")
    c.c(f"{c.cust_name}.")
    c.dob()
    c.ssn()
    c.phone()
    c.zip_code(plus4=rng.random() < 0.3)
    if rng.random() < 0.4:
        c.a("and your annual income, roughly?")
        text, v = c.amount_words()
        c.c("about ", (text, c.neg("neg_amount", v)), ".")
    if rng.random() < 0.5:
        c.a("there's a deposit of ", *c.amount(""),
            ". would you like to pay that by card now?")
        c.c("sure.")
        take_card(c)
    c.a("you're all set. your new account number is ",
        (c.num(d := rand_digits(rng, 10, True), [3, 3, 4], c.agent,
               "digits"), c.neg("neg_account", d)), ".")
    c.c("okay, thank you.")
    close(c)


SCENARIOS = [("payment", payment, 30), ("refund", refund, 15),
             ("verification", verification, 20), ("booking", booking, 15),
             ("support", support, 12), ("card_update", card_update, 8),
             ("new_account", new_account, 12)]


def make_call(seed, i):
    """Call number i of the run with this seed."""
    rng = random.Random(f"{seed}-{i}")
    name, fn, _ = wchoice(rng, SCENARIOS, [s[2] for s in SCENARIOS])
    c = Call(rng, f"call-{i:04d}", name)
    fn(c)
    turns = []
    for t in c.turns:
        words, spans, tts = [], [], []
        for p in t["parts"]:
            ws = clean(p["text"])
            if "label" in p and ws:
                a, b = trim(ws, 0, len(ws))
                spans.append({"start": len(words) + a, "end": len(words) + b,
                              **p["label"]})
            words += ws
            tts.append(p["text"])
        text = "".join(tts).strip()
        if words:
            turns.append({"speaker": t["speaker"], "text": text,
                          "words": words, "labels": spans})
    return {"id": c.id, "seed": seed, "scenario": name, "voices": c.voices,
            "entities": c.entities, "turns": turns}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--calls", type=int, default=160)
    args = ap.parse_args()
    for i in range(1, args.calls + 1):
        print(json.dumps(make_call(args.seed, i)))


if __name__ == "__main__":
    main()
