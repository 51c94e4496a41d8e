#!/usr/bin/env python3
"""Generate eval/sets/payment-flows.jsonl (python3 eval/flows/gen.py eval/sets/payment-flows.jsonl): 80 labelled contact-centre chats and call transcripts
where card number, expiry and security code arrive as a multi-message flow, plus
hard negatives (amounts, quantities, times, dates, order numbers, zip codes...).

stdlib only, seeded.  Offsets are Unicode code points, end exclusive.
"""
import json
import random
import re
import sys

SEED = 4417
R = random.Random(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/flows.jsonl"


# --------------------------------------------------------------------------
# document builder
# --------------------------------------------------------------------------
class Sp:
    """A labelled span piece."""
    def __init__(self, text, type_, variant, entity, brand=None):
        self.text, self.type, self.variant, self.entity, self.brand = text, type_, variant, entity, brand


class Ng:
    """A hard-negative piece (listed under "negatives")."""
    def __init__(self, text, kind):
        self.text, self.kind = str(text), kind


class Doc:
    def __init__(self, kind):
        self.kind = kind
        self.lines = []
        self.n_ent = 0

    def ent(self):
        self.n_ent += 1
        return "e%d" % self.n_ent

    def line(self, *pieces):
        self.lines.append(pieces)

    def build(self, doc_id):
        text, spans, negs = "", [], []
        for i, line in enumerate(self.lines):
            if i:
                text += "\n"
            for p in line:
                if isinstance(p, str):
                    text += p
                elif isinstance(p, Sp):
                    s = len(text)
                    text += p.text
                    d = {"start": s, "end": len(text), "type": p.type, "variant": p.variant,
                         "entity": p.entity}
                    if p.brand:
                        d["brand"] = p.brand
                    spans.append(d)
                elif isinstance(p, Ng):
                    s = len(text)
                    text += p.text
                    negs.append({"start": s, "end": len(text), "kind": p.kind})
                elif isinstance(p, (list, tuple)):
                    raise TypeError("nested pieces: flatten first")
                else:
                    raise TypeError(repr(p))
        return {"id": doc_id, "kind": self.kind, "text": text, "spans": spans, "negatives": negs}


def flat(*items):
    out = []
    for it in items:
        if isinstance(it, (list, tuple)):
            out.extend(flat(*it))
        elif it is None or it == "":
            continue
        else:
            out.append(it)
    return out


# --------------------------------------------------------------------------
# cards
# --------------------------------------------------------------------------
def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


TEST_CARDS = {
    "visa16": ["4111111111111111", "4242424242424242", "4012888888881881"],
    "mastercard": ["5555555555554444", "5105105105105100"],
    "amex": ["378282246310005", "371449635398431"],
    "discover": ["6011111111111117", "6011000990139424"],
}


def new_card(brand=None):
    brand = brand or R.choice(["visa16"] * 4 + ["mastercard"] * 3 + ["amex"] * 2 + ["discover"] * 2)
    if R.random() < 0.12:
        return R.choice(TEST_CARDS[brand]), brand
    if brand == "visa16":
        num = luhn_complete("4" + R.choice("0123456789"), 16)
    elif brand == "mastercard":
        pre = R.choice(["51", "52", "53", "54", "55", "55", "2221", "2304", "2511", "2720"])
        num = luhn_complete(pre, 16)
    elif brand == "amex":
        num = luhn_complete(R.choice(["34", "37"]), 15)
    else:
        num = luhn_complete(R.choice(["6011", "6011", "65"]), 16)
    return num, brand


def groups_of(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def fmt_card(num, style):
    """Return (text, variant)."""
    g = groups_of(num)
    if style == "contiguous":
        return num, "card_contiguous"
    if style == "spaces":
        return " ".join(g), "card_spaces"
    if style == "dashes":
        return "-".join(g), "card_dashes"
    if style == "dots":
        return ".".join(g), "card_dots"
    if style == "irregular":
        # customer typed it with odd grouping
        cuts = sorted(R.sample(range(2, len(num) - 1), R.choice([2, 3])))
        parts, last = [], 0
        for c in cuts:
            parts.append(num[last:c])
            last = c
        parts.append(num[last:])
        return " ".join(parts), "card_irregular_groups"
    if style == "mixed":
        seps = [R.choice([" ", "-", " - ", "  "]) for _ in g[1:]]
        out = g[0]
        for s, x in zip(seps, g[1:]):
            out += s + x
        return out, "card_mixed_sep"
    raise ValueError(style)


def written_card_style():
    return R.choice(["contiguous"] * 3 + ["spaces"] * 4 + ["dashes"] * 2 + ["dots", "irregular", "mixed"])


# --------------------------------------------------------------------------
# number words
# --------------------------------------------------------------------------
ONES = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = [None, None, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
HOMO = {"4": ["for"], "2": ["to", "too"], "8": ["ate"], "3": ["free", "tree"], "1": ["won"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"]


def say_digit(d, zero="oh", homo_p=0.0):
    if d == "0":
        return zero if zero != "mix" else R.choice(["oh", "zero", "o"])
    if homo_p and d in HOMO and R.random() < homo_p:
        return R.choice(HOMO[d])
    return ONES[int(d)]


def say_digits(s, zero="oh", doubles=0.0, homo_p=0.0):
    out, i = [], 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if run >= 3 and R.random() < doubles:
            out.append("triple " + say_digit(d, zero, homo_p))
            i += 3
            continue
        if run >= 2 and R.random() < doubles:
            out.append("double " + say_digit(d, zero, homo_p))
            i += 2
            continue
        out.append(say_digit(d, zero, homo_p))
        i += 1
    return " ".join(out)


def two_words(s, zero="oh", hyphen=False):
    a, b = s[0], s[1]
    if a == "0":
        return say_digit("0", zero) + " " + say_digit(b, zero)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + ("-" if hyphen else " ") + ONES[int(b)]


def say_pairs(g, zero="oh"):
    hy = R.random() < 0.2
    words = []
    i = 0
    if len(g) % 2 == 1:
        # odd length: lead with a single digit
        words.append(say_digit(g[0], zero))
        i = 1
    while i < len(g):
        pr = g[i:i + 2]
        if pr == "00" and words and R.random() < 0.5:
            words.append("hundred")
        else:
            words.append(two_words(pr, zero, hy))
        i += 2
    return " ".join(words)


def words_num(n):
    """0..9999 in plain English (for amounts, quantities)."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        h, r = divmod(n, 100)
        if r == 0:
            return ONES[h] + " hundred"
        return ONES[h] + " hundred " + ("and " if R.random() < 0.3 else "") + words_num(r)
    th, r = divmod(n, 1000)
    return ONES[th] + " thousand" + ("" if r == 0 else " " + words_num(r))


def informal_num(n):
    """199 -> 'one ninety nine', 1250 -> 'twelve fifty'."""
    if n >= 100 and n < 10000 and n % 100 != 0:
        hi, lo = divmod(n, 100)
        return words_num(hi) + " " + (two_words("%02d" % lo) if lo < 10 else words_num(lo))
    return words_num(n)


def year_words(y):
    return "twenty " + (words_num(y % 100) if y % 100 >= 10 else "oh " + ONES[y % 10])


# --------------------------------------------------------------------------
# expiry / cvv
# --------------------------------------------------------------------------
def new_expiry():
    return R.randint(1, 12), R.choice([2026, 2026, 2027, 2027, 2028, 2028, 2029, 2030, 2031])


def fmt_expiry_written(m, y, style=None):
    yy = y % 100
    style = style or R.choice(["mm/yy"] * 5 + ["mmyy"] * 2 + ["m/yy"] * 2 +
                              ["mm/yyyy", "mm-yy", "mon yy", "mon 'yy", "Month yyyy", "mm yy",
                               "mon/yy", "mm / yy", "mm.yy"])
    if style == "mm/yy":
        t = "%02d/%02d" % (m, yy)
    elif style == "mmyy":
        t = "%02d%02d" % (m, yy)
    elif style == "m/yy":
        t = "%d/%02d" % (m, yy)
    elif style == "mm/yyyy":
        t = "%02d/%d" % (m, y)
    elif style == "mm-yy":
        t = "%02d-%02d" % (m, yy)
    elif style == "mm.yy":
        t = "%02d.%02d" % (m, yy)
    elif style == "mm yy":
        t = "%02d %02d" % (m, yy)
    elif style == "mm / yy":
        t = "%02d / %02d" % (m, yy)
    elif style == "mon yy":
        t = "%s %02d" % (R.choice([MON_ABBR[m - 1], MON_ABBR[m - 1].capitalize(), MONTHS[m - 1]]), yy)
    elif style == "mon/yy":
        t = "%s/%02d" % (MON_ABBR[m - 1], yy)
    elif style == "mon 'yy":
        t = "%s '%02d" % (MON_ABBR[m - 1][:3].capitalize(), yy)
    elif style == "Month yyyy":
        t = "%s %d" % (R.choice([MONTHS[m - 1].capitalize(), MONTHS[m - 1]]), y)
    else:
        raise ValueError(style)
    return t


def fmt_expiry_spoken(m, y, zero="oh", homo_p=0.0):
    yy = "%02d" % (y % 100)
    mm = "%02d" % m
    style = R.choice(["pairs", "pairs", "slash", "nozero", "month", "month_full", "month_of",
                      "digits"])
    yw = two_words(yy)
    if homo_p and R.random() < homo_p * 2:
        # recogniser mangles a digit of the year
        yw = yw.replace("eight", "ate").replace(" one", " won").replace(" two", " to")
    if style == "pairs":
        mw = two_words(mm, zero) if m < 10 else two_words(mm)
        if homo_p and m == 8:
            mw = mw.replace("eight", "ate")
        return mw + " " + yw
    if style == "slash":
        mw = two_words(mm, zero) if m < 10 else two_words(mm)
        return mw + " slash " + yw
    if style == "nozero":
        mw = ONES[m] if m < 10 else two_words(mm)
        return mw + " " + yw
    if style == "month":
        return MONTHS[m - 1] + " " + yw
    if style == "month_full":
        return MONTHS[m - 1] + " " + year_words(y)
    if style == "month_of":
        return MONTHS[m - 1] + " of " + yw
    return say_digits(mm + yy, zero)


def new_cvv(brand):
    n = 4 if brand == "amex" else 3
    c = "".join(R.choice("0123456789") for _ in range(n))
    if set(c) == {"0"}:
        c = "7" + c[1:]   # no all-zero codes
    return c


def fmt_cvv_spoken(c, zero="oh", homo_p=0.0):
    if len(c) == 3 and c[0] != "0" and c[1] != "0" and c[2] != "0" and R.random() < 0.25:
        return ONES[int(c[0])] + " " + two_words(c[1:])   # "four eighty two"
    if len(c) == 4 and R.random() < 0.3:
        return say_pairs(c, zero)
    return say_digits(c, zero, doubles=0.5, homo_p=homo_p)


# --------------------------------------------------------------------------
# conversation shell
# --------------------------------------------------------------------------
AGENTS = ["Sam", "Priya", "Diego", "Lena", "Marcus", "Aisha", "Tom", "Keiko", "Rafael", "Nadia",
          "Owen", "Fatima", "Jonas", "Chloe", "Bilal", "Greta", "Imani"]
CUSTS = ["Maria", "Dave", "Jenny K", "Ahmed", "Sofia", "Luis", "Grace", "Tyrone", "Mei", "Patrick",
         "Olga", "Hannah", "Kwame", "Ines", "Rob", "Beatriz", "Yusuf", "Carla M", "Dmitri", "Aoife"]
COMPANIES = ["Northwind Mobile", "BrightHome Energy", "Zephyr Internet", "Acme Outdoor", "PetPal",
             "Lumen Fitness", "Harbor Hotels", "Cobalt Insurance", "Maple Grocers", "Vista Cable",
             "Orbit Streaming", "Quill Books", "Pinecrest Water"]

CHAT_STYLES = ["plain", "plain_short", "bracket_cust_you", "bracket_agent_you", "whatsapp", "named_ampm",
               "pipe"]
TR_STYLES = ["lower", "speaker", "ts_upper", "twoline", "ac", "caller"]


class Conv:
    def __init__(self, kind, style=None):
        self.doc = Doc(kind)
        self.kind = kind
        self.style = style or R.choice(CHAT_STYLES if kind == "chat" else TR_STYLES)
        self.agent = R.choice(AGENTS)
        self.cust = R.choice(CUSTS)
        self.company = R.choice(COMPANIES)
        self.secs = R.randint(7 * 3600, 20 * 3600) if kind == "chat" else 0
        self.day = (R.randint(1, 28), R.randint(1, 12), R.choice([2024, 2025]))
        self.cust_first = self.cust.split()[0]

    def _tick(self, lo=4, hi=40):
        self.secs += R.randint(lo, hi)

    def prefix(self, who):
        st = self.style
        if self.kind == "chat":
            self._tick(5, 70)
            h, m = divmod(self.secs // 60, 60)
            if st == "plain":
                return "Agent: " if who == "a" else "Customer: "
            if st == "plain_short":
                return ("%s: " % self.agent) if who == "a" else ("%s: " % self.cust_first)
            if st == "bracket_cust_you":
                return "[%d:%02d] %s: " % (h, m, self.agent if who == "a" else "You")
            if st == "bracket_agent_you":
                return "[%02d:%02d] %s: " % (h, m, "You" if who == "a" else self.cust)
            if st == "whatsapp":
                d, mo, y = self.day
                name = (self.company if who == "a" else self.cust)
                return "%02d/%02d/%d, %02d:%02d - %s: " % (d, mo, y, h, m, name)
            if st == "named_ampm":
                hh = h % 12 or 12
                return "%s (%d:%02d %s): " % (self.agent if who == "a" else self.cust, hh, m,
                                              "AM" if h < 12 else "PM")
            if st == "pipe":
                return "%02d:%02d | %s | " % (h, m, "agent" if who == "a" else "customer")
        else:
            self._tick(3, 25)
            mm, ss = divmod(self.secs, 60)
            if st == "lower":
                return "agent: " if who == "a" else "customer: "
            if st == "caller":
                return "rep: " if who == "a" else "caller: "
            if st == "speaker":
                return "speaker 1: " if who == "a" else "speaker 2: "
            if st == "ts_upper":
                return "[00:%02d:%02d] %s: " % (mm, ss, "AGENT" if who == "a" else "CUSTOMER")
            if st == "twoline":
                return "%s %d:%02d\n" % ("Agent" if who == "a" else "Customer", mm, ss)
            if st == "ac":
                return "A: " if who == "a" else "C: "
        raise ValueError(st)

    def a(self, *pieces):
        self.doc.line(self.prefix("a"), *flat(*pieces))

    def c(self, *pieces):
        self.doc.line(self.prefix("c"), *flat(*pieces))

    def raw(self, *pieces):
        self.doc.line(*flat(*pieces))


def pick(*opts):
    return R.choice(opts)


def maybe(p, x, alt=""):
    return x if R.random() < p else alt


# --------------------------------------------------------------------------
# chat phrasing pools
# --------------------------------------------------------------------------
CHAT_ISSUES = [
    "hi my payment didnt go through and now my account is suspended",
    "hello, i want to update the card on file",
    "hey need to pay my overdue bill before they cut me off",
    "Hi! I'd like to order the replacement charger for my speaker",
    "hi can i renew my plan over chat?",
    "i want to book the deluxe room for next weekend",
    "my autopay failed again...",
    "can i pay the deposit here",
    "hi, the app keeps rejecting my card so i'll give it to you here",
    "need to reactivate my membership",
    "hello i want to upgrade to the premium plan",
    "hey, trying to pay for the vet appointment",
]

ASK_CARD_CHAT = [
    "Sure, I can help with that. What's the card number?",
    "No problem! Please type the long card number.",
    "Happy to help. Go ahead with the card number when you're ready.",
    "ok, can you send me the card number?",
    "I can take the payment here. Card number please?",
    "Sure thing, what card would you like to use? I'll need the full number.",
    "Got it. Please share the 16 digit number on the front of the card.",
    "Of course. Whenever you're ready, send the card number.",
]
ASK_EXP_CHAT = ["and the expiry?", "And the expiration date?", "and the expiery date?", "exp date pls",
                "whats the exp", "Thanks. Expiry date (MM/YY)?", "and when does it expire?",
                "got it, and the expirey?", "and the valid thru date?", "expiration?"]
ASK_CVV_CHAT = ["and the 3 digits on the back?", "sec code?", "cvc pls", "And the security code?",
                "and the cvv?", "last thing, the securty code on the back", "and the code on the back pls",
                "Thanks! The CVV please.", "and the 3 digit code?", "cvv?"]
ASK_CVV_AMEX = ["and the 4 digit code on the front?", "And the CID, the 4 digits on the front?",
                "sec code pls (4 digits on the front for amex)", "and the security code?"]

CARD_MSG = [
    ("", ""), ("", ""), ("ok its ", ""), ("card is ", ""), ("here: ", ""), ("", " thats the visa"),
    ("", " is the one"), ("its ", " thanks"), ("sure ", ""), ("", " that's the new one"), ("", "."),
    ("card# ", ""), ("its ", " pls hurry"),
    ("number is ", ""), ("ok ", ""), ("Card: ", ""), ("", " (debit)"),
]
EXP_MSG = [("", ""), ("", ""), ("", ""), ("exp ", ""), ("expires ", ""), ("its ", ""), ("exp: ", ""),
           ("valid thru ", ""), ("", " i think"), ("expiry ", ""), ("expirs ", ""), ("Exp. ", ""),
           ("exp date ", ""), ("", "."), ("exp:", ""), ("expiery ", "")]
CVV_MSG = [("", ""), ("", ""), ("", ""), ("its ", ""), ("cvv ", ""), ("code is ", ""), ("", " on the back"),
           ("sec code ", ""), ("cvc: ", ""), ("cvv is ", " i think"), ("security code ", ""),
           ("the code is ", ""), ("cvv: ", ""), ("cvv:", ""), ("", "!"), ("its ", " on the back"), ("cvv ", " ok?")]
CLOSE_A = ["Payment went through, thank you!", "All set, the card is saved.", "Done, you'll get an email receipt shortly.",
           "Thanks, that's processed now.", "Great, everything is updated. Anything else?",
           "Your payment was successful."]
CLOSE_C = ["thanks!", "ty", "great thank you", "awesome thanks so much", "perfect", "ok cool bye",
           "thank u", "thanks for the help :)"]


def ask_card(brand):
    q = R.choice(ASK_CARD_CHAT)
    if brand == "amex":
        q = q.replace("16 digit", "15 digit")
    return q


def with_lbl(pool, sp):
    pre, post = R.choice(pool)
    return [pre, sp, post]


# --------------------------------------------------------------------------
# hard negatives (chat / written)
# --------------------------------------------------------------------------
def amt_text(lo, hi, cents=True, dollar=None):
    v = R.randint(lo, hi)
    if cents and R.random() < 0.5:
        t = "%d.%02d" % (v, R.choice([99, 49, 95, 0, 50, 25]))
    else:
        t = str(v)
    if dollar is None:
        dollar = R.random() < 0.4
    return ("$" + t) if dollar else t


def neg_chat(conv, name):
    a, c = conv.a, conv.c
    if name == "charged_twice":
        c(pick("i was charged ", "btw i was charged ", "also you charged me "),
          Ng(amt_text(100, 399, cents=False), "fill_amount"), pick(" twice last month", " twice", " two times in march"))
        a(pick("I'm sorry about that, I'll look into the duplicate charge.", "I see it, I'll flag it for a refund."))
    elif name == "monthly":
        c("and its ", Ng(pick("49.99", "29.99", "19.95", "$59", "39"), "fill_amount"), pick(" a month right?", " per month?", " monthly yeah?"))
        a("Yes, plus tax.")
    elif name == "quantity_short":
        a(pick("How many do you need?", "how many units?", "Quantity?", "how many would you like?"))
        c(Ng(str(R.randint(2, 12)), "fill_quantity"))
    elif name == "quantity_words":
        c(pick("i need ", "can i get ", "actually make it "), Ng(pick("3", "two", "4", "three", "6"), "fill_quantity"),
          pick(" of them", " boxes", " please", " packs"))
    elif name == "time":
        t = "%d:%02d" % (R.randint(1, 8), R.choice([0, 15, 30, 45]))
        c(pick("can you call me after ", "pls call after ", "im free after "), Ng(t, "fill_time"),
          pick("", "?", " pm", " today"))
        a("Sure, noted.")
    elif name == "delivered":
        d = "%d/%d" % (R.randint(1, 12), R.randint(1, 28))
        c(pick("the last one was delivered on ", "it was delivered on ", "the box came on "), Ng(d, "fill_date"),
          pick(" but it was broken", " and it didnt work", " and it was the wrong colour"))
    elif name == "birthday":
        a(pick("To verify, can you confirm your date of birth?", "For security, what's your birthday?"))
        mo = R.randint(1, 12)
        c(pick("", "its ", "my birthday is "),
          Ng(pick("%s %d" % (MONTHS[mo - 1], R.randint(1, 28)), "%d/%d" % (mo, R.randint(1, 28))), "fill_date"))
    elif name == "order":
        c(pick("its for order ", "order # ", "the order number is ", "order "), Ng(str(R.randint(10000, 99999)), "fill_order_id"))
    elif name == "zip":
        a(pick("And the billing zip?", "billing zip code?", "What's the zip code on the account?"))
        c(Ng(pick("90210", "10001", "60614", "02139", "73301", "94107", "30309"), "neg_zip"))
    elif name == "ext":
        c(pick("if you need me my work line is ext ", "call the office, ext ", "you can reach me at ext "),
          Ng(str(R.randint(100, 999)), "neg_extension"))
    elif name == "room":
        if R.random() < 0.5:
            a(pick("And which room should we send it to?", "And the room number for the delivery?", "room number?"))
            c(pick("", "room ", "im in "), Ng(str(R.choice([R.randint(101, 899), R.randint(1001, 1499)])), "neg_room"))
        else:
            c(pick("oh and im in the dorms, room ", "pls send it to my office, room ", "its for room "),
              Ng(str(R.choice([R.randint(101, 899), R.randint(1001, 1499)])), "neg_room"))
    elif name == "year":
        c(pick("ive been with you guys since ", "been a customer since ", "i signed up in "), Ng(str(R.randint(2009, 2022)), "neg_year"))
    elif name == "otp":
        a(pick("I've sent a verification code to your phone, can you read it back?",
               "Please confirm the one-time code we just texted you."))
        c(pick("the code you texted is ", "got it ", "its ", ""), Ng("%06d" % R.randint(0, 999999), "neg_otp"))
    elif name == "conf":
        a(pick("Done! Your confirmation is ", "You're all set, reference number ", "Confirmation #"),
          Ng(str(R.randint(1000, 9999)), "fill_conf"), pick(".", "", " for your records."))
    elif name == "ticket":
        a(pick("I've opened ticket #", "Your case number is ", "For reference, ticket "), Ng(str(R.randint(1000, 99999)), "fill_ticket"))
    elif name == "phone_last4":
        a(pick("Is the phone number on the account still the one ending in ", "We'll text the number ending "),
          Ng(str(R.randint(1000, 9999)), "neg_phone_last4"), "?")
        c(pick("yes", "yep thats me", "yes that's right"))
    elif name == "apt":
        a(pick("And the apartment number?", "apt/unit #?", "Which unit is it for delivery?"))
        c(pick("", "apt ", "unit "), Ng(str(R.randint(101, 999)), "neg_address_unit"))
    elif name == "store":
        c(pick("i bought it at store ", "the store # on the receipt is ", "it was the one on main st, store "),
          Ng("%04d" % R.randint(10, 2999), "neg_store"))
    elif name == "price":
        c(pick("the website said ", "the ad said "), Ng("$" + str(R.randint(80, 199)), "fill_amount"),
          " not ", Ng("$" + str(R.randint(200, 299)), "fill_amount"))
    elif name == "date_short":
        a(pick("When did the problem start?", "What date was the original order?", "when was the last delivery?"))
        c(Ng("%d/%d" % (R.randint(1, 12), R.randint(1, 28)), "fill_date"))
    elif name == "time_short":
        a(pick("What time works for the technician?", "when should we call you back?"))
        c(pick("", "after ", "around "), Ng(pick("4:30", "5:30", "11:15", "2pm", "3:45"), "fill_time"))
    else:
        raise ValueError(name)


PRE_CARD = ["order", "year", "ticket", "phone_last4", "birthday", "date_short", "monthly", "charged_twice", "otp"]
NEG_CHAT = ["charged_twice", "monthly", "quantity_short", "quantity_words", "time", "delivered", "birthday",
            "order", "zip", "ext", "room", "year", "otp", "conf", "ticket", "phone_last4", "apt", "store", "price",
            "date_short", "time_short"]


# --------------------------------------------------------------------------
# hard negatives (spoken)
# --------------------------------------------------------------------------
def neg_spoken(conv, name):
    a, c = conv.a, conv.c
    if name == "charged_twice":
        v = R.randint(101, 399)
        c(pick("and um i was charged ", "also i got charged ", "you guys charged me "), Ng(informal_num(v), "fill_amount"),
          pick(" twice", " twice last month", " twice in march", " on two different days"))
        a(pick("okay i'm sorry about that i'll put in a refund request", "i see that let me flag it"))
    elif name == "monthly":
        v = R.choice(["forty nine ninety nine", "twenty nine ninety nine", "nineteen ninety five", "fifty nine dollars",
                      "thirty nine ninety nine"])
        c(pick("and it's ", "so that's ", "it's still "), Ng(v, "fill_amount"), pick(" a month right", " a month", " per month yeah"))
        a(pick("that's right plus tax", "yes ma'am", "correct"))
    elif name == "quantity":
        a(pick("how many do you need", "and how many of those", "how many units"))
        c(pick("uh ", "", "i need "), Ng(pick("three", "two", "four", "six", "twelve"), "fill_quantity"),
          pick("", " of them", " boxes", " please"))
    elif name == "time":
        c(pick("can you call me back after ", "i'm home after ", "um the tech can come at "),
          Ng(pick("four thirty", "five thirty", "three fifteen", "two", "six forty five"), "fill_time"))
    elif name == "delivered":
        mo = R.randint(1, 12)
        d = R.choice(["first", "second", "third", "fifth", "twelfth", "twentieth", "twenty third"])
        c(pick("it was delivered on ", "the last one came on ", "it showed up "), Ng("%s %s" % (MONTHS[mo - 1], d), "fill_date"),
          pick(" but it was broken", " and it's not working", ""))
    elif name == "birthday":
        a(pick("and can you verify your date of birth", "and your birthday for verification"))
        mo = R.randint(1, 12)
        c(pick("", "it's ", "uh "), Ng("%s %s" % (MONTHS[mo - 1], R.choice(["fourth", "ninth", "twenty first", "thirtieth", "eleventh"])), "fill_date"))
    elif name == "order":
        v = "%05d" % R.randint(10000, 99999)
        c(pick("the order number is ", "it's for order ", "order number "), Ng(say_digits(v, "oh"), "fill_order_id"))
    elif name == "zip":
        a(pick("and the billing zip code", "and what's the zip code on the account", "and the billing zip"))
        z = R.choice(["90210", "10001", "60614", "02139", "94107", "30309", "77005"])
        c(pick("", "it's ", "uh "), Ng(say_digits(z, R.choice(["oh", "zero"])), "neg_zip"))
    elif name == "ext":
        c(pick("if you need me at work it's extension ", "my desk is extension "), Ng(say_digits(str(R.randint(100, 999))), "neg_extension"))
    elif name == "room":
        a(pick("and what room are you in", "and the room number"))
        v = R.randint(101, 899)
        c(pick("room ", "i'm in ", ""), Ng(pick(informal_num(v), say_digits(str(v))), "neg_room"))
    elif name == "year":
        c(pick("i've been with you guys since ", "i've had the account since "), Ng(year_words(R.randint(2009, 2022)), "neg_year"))
    elif name == "otp":
        a(pick("i just sent a code to your phone can you read that back to me",
               "you should have a text with a six digit code"))
        c(pick("yeah the code you texted is ", "okay it's ", "uh "), Ng(say_digits("%06d" % R.randint(0, 999999), "zero"), "neg_otp"))
    elif name == "conf":
        a(pick("alright your confirmation number is ", "okay and your reference number is "),
          Ng(say_digits(str(R.randint(1000, 9999))), "fill_conf"))
        c(pick("got it", "okay let me write that down", "thank you"))
    elif name == "count":
        c(pick("i only need ", "we ordered "), Ng(pick("two", "three", "five"), "fill_quantity"), pick(" boxes", " of the filters", " cases"))
    else:
        raise ValueError(name)


NEG_SPOKEN = ["charged_twice", "monthly", "quantity", "time", "delivered", "birthday", "order", "zip", "ext", "room",
              "year", "otp", "conf", "count"]


def add_negs(conv, k, spoken=False):
    pool = NEG_SPOKEN if spoken else NEG_CHAT
    for name in R.sample(pool, k):
        (neg_spoken if spoken else neg_chat)(conv, name)


# --------------------------------------------------------------------------
# chat scenarios (card present)
# --------------------------------------------------------------------------
def chat_opening(conv):
    if R.random() < 0.5:
        conv.a(pick("Hi, thanks for contacting %s! My name is %s. How can I help?" % (conv.company, conv.agent),
                    "Hello %s, you're chatting with %s." % (conv.cust_first, conv.agent),
                    "Hi there! %s here from %s support." % (conv.agent, conv.company)))
        conv.c(R.choice(CHAT_ISSUES))
    else:
        conv.c(R.choice(CHAT_ISSUES))
        conv.a(pick("Hi! I can help with that.", "Hello, sure, let me pull up your account.",
                    "Thanks for reaching out, %s here." % conv.agent))


def chat_burst():
    """Card, then expiry and code as separate short messages (order varies)."""
    conv = Conv("chat")
    d = conv.doc
    chat_opening(conv)
    if R.random() < 0.4:
        neg_chat(conv, R.choice(PRE_CARD))   # some numbers before the card, too
    num, brand = new_card()
    ct, cv = fmt_card(num, written_card_style())
    conv.a(ask_card(brand))
    conv.c(with_lbl(CARD_MSG, Sp(ct, "CARD", cv, d.ent(), brand)))
    m, y = new_expiry()
    cvv = new_cvv(brand)
    order = ["e", "c"] if R.random() < 0.65 else ["c", "e"]
    ask = R.random() < 0.6
    for x in order:
        if x == "e":
            if ask:
                conv.a(R.choice(ASK_EXP_CHAT))
            conv.c(with_lbl(EXP_MSG, Sp(fmt_expiry_written(m, y), "EXPIRY", "expiry_written", d.ent())))
        else:
            if ask:
                conv.a(R.choice(ASK_CVV_AMEX if brand == "amex" else ASK_CVV_CHAT))
            conv.c(with_lbl(CVV_MSG, Sp(cvv, "CVV", "cvv_written", d.ent())))
    if R.random() < 0.3:
        conv.a("Thanks, that's the card ending in ", Sp(num[-4:], "IGNORE", "ign_card_last4", d.ent()), ", correct?")
        conv.c(pick("yes", "yep", "correct"))
    k = R.choice([0, 1, 2, 2, 3])
    if k:
        add_negs(conv, k)
    conv.a(R.choice(CLOSE_A))
    conv.c(R.choice(CLOSE_C))
    return d


def chat_oneline():
    """All three values on one line, with or without labels."""
    conv = Conv("chat")
    d = conv.doc
    chat_opening(conv)
    if R.random() < 0.5:
        conv.a(pick("Please send the card number, expiry and security code.",
                    "Can you type the card number, exp date and cvv in one message?",
                    "I'll need the card details (number, expiry, security code)."))
    num, brand = new_card()
    ct, cv = fmt_card(num, written_card_style())
    m, y = new_expiry()
    et = fmt_expiry_written(m, y, R.choice(["mm/yy", "mm/yy", "mmyy", "m/yy", "mm/yyyy", "mon yy"]))
    cvv = new_cvv(brand)
    C = Sp(ct, "CARD", cv, d.ent(), brand)
    E = Sp(et, "EXPIRY", "expiry_written", d.ent())
    V = Sp(cvv, "CVV", "cvv_written", d.ent())
    form = R.randint(0, 7)
    if form == 0:
        conv.c(C, " ", E, " ", V)
    elif form == 1:
        conv.c(C, " exp ", E, " cvv ", V)
    elif form == 2:
        conv.c("card ", C, ", expires ", E, ", code ", V)
    elif form == 3:
        conv.c(C, " - ", E, " - ", V)
    elif form == 4:
        conv.c("ok here ", C, " exp ", E, " cvc ", V, " pls dont save it")
    elif form == 5:
        conv.c(C, " exp", E, " sec code", V)  # typed without spaces after labels
    elif form == 6:
        conv.c(C, "  ", E, "  ", V)
    else:
        conv.c(C, " cvv ", V, " exp ", E)
    k = R.choice([1, 1, 2, 3])
    add_negs(conv, k)
    conv.a(R.choice(CLOSE_A))
    return d


def chat_amex():
    conv = Conv("chat")
    d = conv.doc
    chat_opening(conv)
    num, brand = new_card("amex")
    conv.a(ask_card(brand))
    ct, cv = fmt_card(num, R.choice(["spaces", "contiguous", "dashes", "spaces"]))
    conv.c(pick("its an amex ", "amex: ", "", "ok "), Sp(ct, "CARD", cv, d.ent(), brand))
    cvv = new_cvv(brand)
    m, y = new_expiry()
    if R.random() < 0.5:
        conv.c(pick("cvv ", "cid ", "code ", ""), Sp(cvv, "CVV", "cvv_written", d.ent()))
        conv.c(pick("exp ", "", "and exp "), Sp(fmt_expiry_written(m, y), "EXPIRY", "expiry_written", d.ent()))
    else:
        conv.a(R.choice(ASK_EXP_CHAT))
        conv.c(with_lbl(EXP_MSG, Sp(fmt_expiry_written(m, y), "EXPIRY", "expiry_written", d.ent())))
        conv.a(R.choice(ASK_CVV_AMEX))
        conv.c(pick("cvv ", "its ", "", "4 digits: "), Sp(cvv, "CVV", "cvv_written", d.ent()))
    add_negs(conv, R.choice([0, 1, 2]))
    conv.a(R.choice(CLOSE_A))
    return d


def chat_split_card():
    """Card sent in two or three messages (one entity, several spans)."""
    conv = Conv("chat")
    d = conv.doc
    chat_opening(conv)
    num, brand = new_card(R.choice(["visa16", "mastercard", "discover"]))
    conv.a(ask_card(brand))
    g = groups_of(num)
    e = d.ent()
    sep = R.choice([" ", "", "-"])
    if R.random() < 0.5:
        chunks = [sep.join(g[:2]), sep.join(g[2:])]
    else:
        chunks = [g[0] + sep + g[1], g[2], g[3]]
    for i, ch in enumerate(chunks):
        if i == 0:
            conv.c(pick("", "ok ", "its "), Sp(ch, "CARD", "card_split_messages", e, brand))
        else:
            conv.c(Sp(ch, "CARD", "card_split_messages", e, brand))
    m, y = new_expiry()
    cvv = new_cvv(brand)
    if R.random() < 0.5:
        conv.a(R.choice(ASK_EXP_CHAT))
    conv.c(with_lbl(EXP_MSG, Sp(fmt_expiry_written(m, y, R.choice(["mon yy", "mon 'yy", "Month yyyy", "mm/yy", "m/yy"])),
                                "EXPIRY", "expiry_written", d.ent())))
    if R.random() < 0.6:
        conv.a(R.choice(ASK_CVV_CHAT))
    conv.c(with_lbl(CVV_MSG, Sp(cvv, "CVV", "cvv_written", d.ent())))
    add_negs(conv, R.choice([1, 2]))
    conv.a(R.choice(CLOSE_A))
    return d


def chat_typo_fix():
    """Customer mistypes the card (fails Luhn -> IGNORE), agent complains, customer resends."""
    conv = Conv("chat")
    d = conv.doc
    chat_opening(conv)
    num, brand = new_card(R.choice(["visa16", "mastercard", "discover"]))
    conv.a(ask_card(brand))
    # drop one digit -> 15 digits, or swap two adjacent digits so Luhn fails
    bad = None
    for _ in range(50):
        i = R.randint(1, len(num) - 2)
        cand = num[:i] + num[i + 1] + num[i] + num[i + 2:]
        if cand != num and not luhn_ok(cand):
            bad = cand
            break
    if bad is None or R.random() < 0.4:
        for _ in range(50):
            i = R.randint(2, len(num) - 2)
            bad = num[:i] + num[i + 1:]
            if not luhn_ok(bad):
                break
    assert not luhn_ok(bad)
    conv.c(Sp(fmt_card(bad, "spaces")[0] if len(bad) == 16 else bad, "IGNORE", "ign_card_misread", d.ent()))
    conv.a(pick("Hmm, that number doesn't look right, could you double check?",
                "That card number isn't valid, can you retype it?",
                "It's showing as invalid on my side."))
    conv.c(pick("sorry typo ", "oops ", "my bad, ", "sry "), Sp(fmt_card(num, R.choice(["contiguous", "spaces"]))[0],
                                                         "CARD", "card_contiguous", d.ent(), brand))
    # fix variant of the card span to match its format
    last = d.lines[-1]
    for p in last:
        if isinstance(p, Sp) and p.type == "CARD":
            p.variant = "card_spaces" if " " in p.text else "card_contiguous"
    m, y = new_expiry()
    cvv = new_cvv(brand)
    conv.c(pick("exp ", "", "expiry "), Sp(fmt_expiry_written(m, y), "EXPIRY", "expiry_written", d.ent()))
    conv.a(R.choice(ASK_CVV_CHAT))
    conv.c(with_lbl(CVV_MSG, Sp(cvv, "CVV", "cvv_written", d.ent())))
    add_negs(conv, R.choice([0, 1, 2]))
    conv.a(R.choice(CLOSE_A))
    return d


def chat_whatsapp_shop():
    """WhatsApp order with the card in a burst and lots of other numbers around."""
    conv = Conv("chat", "whatsapp")
    d = conv.doc
    conv.c(pick("Hi, I want to order ", "hello can i order "), Ng(pick("2", "3", "two", "4"), "fill_quantity"),
           pick(" of the blue mugs", " bags of the dog food", " packs of filters", " of the ceramic pots"))
    conv.a(pick("Hi %s! Sure, that comes to " % conv.cust_first, "Hello! The total is "),
           Ng("$" + "%d.%02d" % (R.randint(20, 180), R.choice([0, 50, 99])), "fill_amount"),
           pick(" with shipping.", " incl. delivery.", "."))
    conv.a(pick("You can pay by card here, send the number, expiry and security code.",
                "Please send the card details to confirm."))
    num, brand = new_card()
    ct, cv = fmt_card(num, written_card_style())
    conv.c(Sp(ct, "CARD", cv, d.ent(), brand))
    m, y = new_expiry()
    cvv = new_cvv(brand)
    if R.random() < 0.5:
        conv.c(Sp(fmt_expiry_written(m, y), "EXPIRY", "expiry_written", d.ent()))
        conv.c(Sp(cvv, "CVV", "cvv_written", d.ent()))
    else:
        conv.c(Sp(cvv, "CVV", "cvv_written", d.ent()))
        conv.c(pick("exp ", "", "expires "), Sp(fmt_expiry_written(m, y), "EXPIRY", "expiry_written", d.ent()))
    conv.a(pick("Thank you! Payment received. Order number ", "Paid, thanks. Your order is #"),
           Ng(str(R.randint(10000, 99999)), "fill_order_id"))
    for name in R.sample(["apt", "time_short", "date_short", "zip", "quantity_words"], R.choice([2, 3])):
        neg_chat(conv, name)
    conv.a(pick("Perfect, see you then!", "Noted 👍", "Great, thank you!"))
    return d


def chat_monthname_codefirst():
    """Code before date, date given with a month name, typos in the agent's asks."""
    conv = Conv("chat")
    d = conv.doc
    chat_opening(conv)
    num, brand = new_card()
    conv.a(ask_card(brand))
    ct, cv = fmt_card(num, written_card_style())
    conv.c(with_lbl(CARD_MSG, Sp(ct, "CARD", cv, d.ent(), brand)))
    cvv = new_cvv(brand)
    m, y = new_expiry()
    conv.a(pick("and the secuirty code + expiery?", "cvc and exp pls", "code on the back and expiration date?",
                "Need the sec code and the exp date too"))
    conv.c(pick("code ", "cvv ", "", "its "), Sp(cvv, "CVV", "cvv_written", d.ent()))
    conv.c(pick("and ", "exp ", "", "expires "), Sp(fmt_expiry_written(m, y, R.choice(["mon yy", "mon yy", "Month yyyy", "mon 'yy", "mon/yy"])),
                                                    "EXPIRY", "expiry_written", d.ent()))
    add_negs(conv, R.choice([1, 2, 3]))
    conv.a(R.choice(CLOSE_A))
    conv.c(R.choice(CLOSE_C))
    return d


def chat_readback():
    """Agent reads back card + expiry; customer corrects nothing; then negatives."""
    conv = Conv("chat")
    d = conv.doc
    chat_opening(conv)
    num, brand = new_card()
    conv.a(ask_card(brand))
    e_card = d.ent()
    ct, cv = fmt_card(num, R.choice(["contiguous", "spaces"]))
    conv.c(Sp(ct, "CARD", cv, e_card, brand))
    m, y = new_expiry()
    e_exp = d.ent()
    et = fmt_expiry_written(m, y, R.choice(["mmyy", "m/yy", "mm/yy"]))
    conv.c(Sp(et, "EXPIRY", "expiry_written", e_exp))
    cvv = new_cvv(brand)
    e_cvv = d.ent()
    conv.c(Sp(cvv, "CVV", "cvv_written", e_cvv))
    rb, rv = fmt_card(num, "spaces")
    conv.a("Just to confirm: ", Sp(rb, "CARD", "card_readback_digits", d.ent(), brand), " expiring ",
           Sp("%02d/%02d" % (m, y % 100), "EXPIRY", "expiry_written", d.ent()), "?")
    conv.c(pick("yes", "yep that's it", "correct"))
    add_negs(conv, R.choice([1, 2, 3]))
    conv.a(R.choice(CLOSE_A))
    return d


# --------------------------------------------------------------------------
# transcript scenarios (card present)
# --------------------------------------------------------------------------
GARBLE_CARD = ["okay can i get the long number on the card", "and the card numb her please",
               "go ahead with the card number whenever you're ready", "what's the cart number",
               "can i have the card number please", "alright and the number on the card",
               "okay what's the card you want to use"]
GARBLE_EXP = ["and the expert a shun date", "and the x p date", "and when doesn't expire", "and the expiration",
              "when does it expire", "and the expiry deet", "and experation date on that", "and the ex pirate date",
              "and the expiration date please", "okay and the exploration date"]
GARBLE_CVV = ["and the secure tea coat", "and the safety of the players", "and the c v v please",
              "and the three digit code on the back", "and this security co", "and the see vee vee",
              "and the secured code on the back", "and the three digits on the bag", "and the security code please",
              "and the sick you ready code"]
TR_OPEN_A = ["thank you for calling {co} this is {ag} how can i help you today",
             "{co} billing my name is {ag} who am i speaking with",
             "hi you've reached {co} um this is {ag}",
             "good afternoon {co} {ag} speaking"]
TR_OPEN_C = ["hi yeah um i need to make a payment", "hello uh i want to update my card on the account",
             "hi i'm calling because my payment bounced", "yeah hi i wanna pay my bill",
             "hi um i'd like to renew my subscription", "hello i need to pay the balance on my account"]
FILLERS = ["uh", "um", "uh", "er", "hmm"]


def tr_opening(conv):
    conv.a(R.choice(TR_OPEN_A).format(co=conv.company.lower(), ag=conv.agent.lower()))
    conv.c(R.choice(TR_OPEN_C))
    if R.random() < 0.5:
        conv.a(pick("okay i can help with that", "sure no problem", "alright let me pull that up"))


def spoken_card(num, mode, zero, homo_p=0.0, doubles=0.0, filler_p=0.3, groups=None):
    """Return words for the whole card (mode: single|pairs|mixed|stt)."""
    gs = groups or groups_of(num)
    out = []
    for g in gs:
        if mode == "single":
            w = say_digits(g, zero, doubles, homo_p)
        elif mode == "pairs":
            w = say_pairs(g, zero)
        elif mode == "mixed":
            w = R.choice([g, say_digits(g, zero, doubles, homo_p), say_pairs(g, zero)])
        else:
            w = g
        out.append(w)
    res = out[0]
    for w in out[1:]:
        if R.random() < filler_p:
            res += R.choice([" %s " % R.choice(FILLERS), ", %s, " % R.choice(FILLERS), " ... %s " % R.choice(FILLERS)])
        else:
            res += R.choice([" ", ", ", " ... ", " "])
        res += w
    return res


HOMO_WORDS = {"for", "to", "too", "ate", "free", "tree", "won"}


def has_homo(text):
    return bool(HOMO_WORDS & set(re.findall(r"[a-z]+", text)))


def cvv_var(text):
    return "cvv_stt_homophones" if has_homo(text) else "cvv_spoken"


def exp_var(text):
    return "expiry_stt_homophones" if has_homo(text) else "expiry_spoken"


def card_variant(mode, homo_p, groups_split=False, text=""):
    if text and has_homo(text):
        return "card_stt_homophones"
    if mode == "single":
        return "card_spoken_single"
    if mode == "pairs":
        return "card_spoken_pairs"
    if mode == "mixed":
        return "card_spoken_mixed"
    return "card_stt_digits"


def tr_standard():
    """Garbled agent questions, spoken card, spoken expiry & code."""
    conv = Conv("transcript")
    d = conv.doc
    tr_opening(conv)
    zero = R.choice(["oh", "oh", "zero", "o", "mix"])
    homo_p = R.choice([0.0, 0.0, 0.35])
    mode = R.choice(["single", "single", "pairs", "mixed"])
    num, brand = new_card()
    conv.a(R.choice(GARBLE_CARD))
    words = spoken_card(num, mode, zero, homo_p, doubles=R.choice([0.0, 0.6]))
    conv.c(pick("yeah it's ", "okay it's ", "um ", "", "sure it's "), Sp(words, "CARD", card_variant(mode, homo_p, text=words), d.ent(), brand))
    m, y = new_expiry()
    cvv = new_cvv(brand)
    order = ["e", "c"] if R.random() < 0.7 else ["c", "e"]
    for x in order:
        if x == "e":
            conv.a(R.choice(GARBLE_EXP))
            et = fmt_expiry_spoken(m, y, zero if zero != "mix" else "oh", homo_p)
            conv.c(pick("", "uh ", "it's ", "that's "), Sp(et, "EXPIRY", exp_var(et), d.ent()))
        else:
            conv.a(R.choice(GARBLE_CVV) if brand != "amex" else pick("and the four digit code on the front", "and the secure tea coat the four digits"))
            vt = fmt_cvv_spoken(cvv, zero if zero != "mix" else "oh", homo_p)
            conv.c(pick("", "it's ", "um ", "okay "), Sp(vt, "CVV", cvv_var(vt), d.ent()))
    add_negs(conv, R.choice([0, 1, 2, 2, 3]), spoken=True)
    conv.a(pick("alright that payment went through", "okay you're all set", "perfect that's been processed"))
    conv.c(pick("great thanks", "okay thank you bye", "thanks so much"))
    return d


def tr_no_question():
    """The recogniser dropped the agent's questions: customer turns follow each other."""
    conv = Conv("transcript")
    d = conv.doc
    tr_opening(conv)
    conv.a(R.choice(GARBLE_CARD))
    zero = R.choice(["oh", "zero"])
    num, brand = new_card()
    mode = R.choice(["single", "pairs", "stt"])
    words = spoken_card(num, mode, zero, 0.0, 0.5)
    conv.c(pick("", "yeah ", "okay "), Sp(words, "CARD", card_variant(mode, 0), d.ent(), brand))
    m, y = new_expiry()
    cvv = new_cvv(brand)
    seq = ["e", "c"] if R.random() < 0.6 else ["c", "e"]
    for x in seq:
        if x == "e":
            if mode == "stt" and R.random() < 0.6:
                conv.c(Sp(fmt_expiry_written(m, y, R.choice(["mm/yy", "m/yy", "mm/yyyy"])), "EXPIRY", "expiry_stt_formatted", d.ent()))
            else:
                conv.c(pick("", "uh ", "that's "), Sp(fmt_expiry_spoken(m, y, zero), "EXPIRY", "expiry_spoken", d.ent()))
        else:
            if mode == "stt" and R.random() < 0.6:
                conv.c(Sp(cvv, "CVV", "cvv_stt_digits", d.ent()))
            else:
                conv.c(pick("", "um ", "and "), Sp(fmt_cvv_spoken(cvv, zero), "CVV", "cvv_spoken", d.ent()))
    conv.a(pick("okay thank you", "got it one moment", "thank you let me run that"))
    add_negs(conv, R.choice([1, 2, 3]), spoken=True)
    conv.a(pick("okay that's all done", "you're all set"))
    return d


def tr_multi_turn():
    """Card read over several turns with agent backchannels in between."""
    conv = Conv("transcript")
    d = conv.doc
    tr_opening(conv)
    conv.a(R.choice(GARBLE_CARD))
    zero = R.choice(["oh", "zero", "o"])
    num, brand = new_card()
    gs = groups_of(num)
    e = d.ent()
    mode = R.choice(["single", "single", "pairs", "mixed"])
    homo_p = R.choice([0.0, 0.3])
    # chunks of 1-2 groups
    chunks = []
    i = 0
    while i < len(gs):
        n = R.choice([1, 2]) if len(gs) - i > 1 else 1
        chunks.append(gs[i:i + n])
        i += n
    if len(chunks) == 1:
        chunks = [gs[:2], gs[2:]]
    for j, ch in enumerate(chunks):
        words = spoken_card("".join(ch), mode, zero, homo_p, 0.4, 0.2, groups=ch)
        pre = pick("", "okay ", "um ", "it's ") if j == 0 else pick("", "", "then ", "uh ")
        conv.c(pre, Sp(words, "CARD", "card_multi_turn_homophones" if has_homo(words) else "card_multi_turn", e, brand))
        if j < len(chunks) - 1:
            conv.a(R.choice(["uh huh", "mm hmm", "okay", "yep", "go ahead", "got it"]))
    m, y = new_expiry()
    cvv = new_cvv(brand)
    conv.a(R.choice(GARBLE_EXP))
    et = fmt_expiry_spoken(m, y, zero, homo_p)
    conv.c(pick("", "uh ", "it's "), Sp(et, "EXPIRY", exp_var(et), d.ent()))
    vt = fmt_cvv_spoken(cvv, zero, homo_p)
    if R.random() < 0.7:
        conv.a(R.choice(GARBLE_CVV) if brand != "amex" else "and the four digit code on the front")
        conv.c(pick("", "it's ", "uh ", "okay "), Sp(vt, "CVV", cvv_var(vt), d.ent()))
    else:
        conv.c(pick("", "and the code is ", "and the back is ", "uh and "), Sp(vt, "CVV", cvv_var(vt), d.ent()))
    add_negs(conv, R.choice([0, 1, 2, 3]), spoken=True)
    conv.a(pick("perfect that went through", "alright thank you that's processed"))
    return d


def tr_stt_digits():
    """Recogniser renders the numbers as digits (sometimes with spaces and commas)."""
    conv = Conv("transcript")
    d = conv.doc
    tr_opening(conv)
    conv.a(R.choice(GARBLE_CARD))
    num, brand = new_card()
    g = groups_of(num)
    form = R.choice(["comma", "space", "contig", "pairs_digits"])
    if form == "comma":
        t = ", ".join(g)
    elif form == "space":
        t = " ".join(g)
    elif form == "contig":
        t = num
    else:
        t = " ".join(num[i:i + 2] for i in range(0, len(num), 2))
    conv.c(pick("yeah it's ", "okay ", "", "so "), Sp(t, "CARD", "card_stt_digits", d.ent(), brand))
    m, y = new_expiry()
    cvv = new_cvv(brand)
    conv.a(R.choice(GARBLE_EXP))
    et = R.choice(["%02d/%02d" % (m, y % 100), "%d/%d" % (m, y), "%s %d" % (MONTHS[m - 1], y), "%02d %02d" % (m, y % 100),
                   "%d %d" % (m, y % 100)])
    conv.c(pick("", "it's ", "uh "), Sp(et, "EXPIRY", "expiry_stt_formatted", d.ent()))
    conv.a(R.choice(GARBLE_CVV))
    conv.c(pick("", "it's ", "uh ", "yeah "), Sp(cvv, "CVV", "cvv_stt_digits", d.ent()))
    # negatives in digits too, as the recogniser would write them
    for name in R.sample(["charged", "time", "order", "zip", "room", "conf", "qty"], R.choice([1, 2, 3])):
        if name == "charged":
            conv.c(pick("and i was charged ", "they charged me "), Ng(str(R.randint(120, 399)), "fill_amount"), " twice")
        elif name == "time":
            conv.c(pick("call me back after ", "i'm home at "), Ng("%d:%02d" % (R.randint(1, 7), R.choice([0, 30, 15])), "fill_time"))
        elif name == "order":
            conv.c("the order number is ", Ng(str(R.randint(10000, 99999)), "fill_order_id"))
        elif name == "zip":
            conv.a("and the billing zip")
            conv.c(Ng(R.choice(["90210", "60614", "73301", "11215"]), "neg_zip"))
        elif name == "room":
            conv.a("and what room number")
            conv.c(Ng(str(R.randint(101, 899)), "neg_room"))
        elif name == "conf":
            conv.a("your confirmation number is ", Ng(str(R.randint(1000, 9999)), "fill_conf"))
        else:
            conv.a("how many do you need")
            conv.c(Ng(str(R.randint(2, 9)), "fill_quantity"))
    conv.a(pick("okay you're all set", "thank you that's done"))
    return d


def tr_misheard():
    """Heavy homophones ('for', 'to', 'ate', 'free', 'won') in card and code."""
    conv = Conv("transcript")
    d = conv.doc
    tr_opening(conv)
    conv.a(R.choice(GARBLE_CARD))
    num, brand = new_card(R.choice(["visa16", "mastercard"]))
    words = spoken_card(num, "single", R.choice(["oh", "zero"]), 0.6, 0.3, 0.3)
    conv.c(pick("", "um ", "yeah so "), Sp(words, "CARD", card_variant("single", 1, text=words), d.ent(), brand))
    cvv = new_cvv(brand)
    # make sure at least one misheard digit in the cvv where possible
    cw = say_digits(cvv, "oh", 0.0, 0.8)
    m, y = new_expiry()
    conv.a(R.choice(GARBLE_CVV))
    conv.c(pick("", "it's ", "that's "), Sp(cw, "CVV", cvv_var(cw), d.ent()))
    conv.a(R.choice(GARBLE_EXP))
    et = fmt_expiry_spoken(m, y, "oh", 0.6)
    conv.c(pick("", "uh ", "it's "), Sp(et, "EXPIRY", exp_var(et), d.ent()))
    add_negs(conv, R.choice([1, 2]), spoken=True)
    conv.a(pick("alright that's done", "okay thank you"))
    return d


def tr_oneturn():
    """Customer rattles everything off in one turn."""
    conv = Conv("transcript")
    d = conv.doc
    tr_opening(conv)
    conv.a(pick("okay go ahead with the card number expiration and security code",
                "i'll need the card number the expiry and the code on the back"))
    zero = R.choice(["oh", "zero"])
    num, brand = new_card()
    mode = R.choice(["single", "pairs"])
    m, y = new_expiry()
    cvv = new_cvv(brand)
    conv.c(pick("okay it's ", "sure ", ""), Sp(spoken_card(num, mode, zero, 0.0, 0.4), "CARD", card_variant(mode, 0), d.ent(), brand),
           pick(" expiring ", " and it expires ", " uh expiration ", " exp "),
           Sp(fmt_expiry_spoken(m, y, zero), "EXPIRY", "expiry_spoken", d.ent()),
           pick(" and the code is ", " security code ", " and the back is ", " c v v "),
           Sp(fmt_cvv_spoken(cvv, zero), "CVV", "cvv_spoken", d.ent()))
    conv.a(pick("thank you", "okay one moment"))
    add_negs(conv, R.choice([1, 2, 3]), spoken=True)
    conv.a(pick("okay that's done", "you're all set"))
    return d


# --------------------------------------------------------------------------
# no-card conversations (negatives only)
# --------------------------------------------------------------------------
def nc_membership():
    conv = Conv("chat")
    conv.c(pick("hi when does my membership renew?", "hello, question about my membership renewal"))
    conv.a("Sure! What's your member number?")
    conv.c(Ng(str(R.randint(100000, 999999)), "neg_member_id"))
    mo = R.randint(1, 12)
    conv.a(pick("Thanks. It renews on ", "Your membership renews "), Ng("%02d/%02d" % (mo, R.randint(1, 28)), "fill_date"),
           pick(" for ", " at "), Ng("$" + str(R.choice([49, 79, 99, 120])), "fill_amount"), ".")
    conv.c(pick("can i move it to ", "could it renew on "), Ng("%d/%d" % ((mo % 12) + 1, R.randint(1, 28)), "fill_date"), " instead?")
    conv.a("Yes, I've changed it. Which store do you usually visit?")
    conv.c(Ng("%04d" % R.randint(10, 999), "neg_store"))
    conv.a("And since when have you been a member?")
    conv.c(Ng(str(R.randint(2008, 2022)), "neg_year"))
    conv.a(pick("Great, you qualify for the loyalty discount. Reference ", "Done. Reference "), Ng(str(R.randint(1000, 9999)), "fill_conf"))
    conv.c(pick("thanks", "ty!"))
    return conv.doc


def nc_pin_reset():
    conv = Conv("chat")
    conv.c(pick("hi i need to reset my pin", "my pin reset isnt working", "locked out, need a pin reset"))
    conv.a("I can help. What's the store number where you opened the account?")
    conv.c(Ng("%03d" % R.randint(100, 999), "neg_store"))
    conv.a("And the date you opened it, roughly?")
    conv.c(Ng(pick("%d/%d" % (R.randint(1, 12), R.randint(2018, 2023)), "march %d" % R.randint(2017, 2023),
                   "%02d/%02d" % (R.randint(1, 12), R.randint(18, 23))), "fill_date"))
    conv.a("Thanks. I've sent a reset code to your phone ending in ", Ng(str(R.randint(1000, 9999)), "neg_phone_last4"), ".")
    conv.c(pick("got it ", "its ", ""), Ng("%06d" % R.randint(0, 999999), "neg_otp"))
    conv.a("Verified. The reset link is valid until ", Ng(pick("4:30", "5:15", "11:45"), "fill_time"), pick(" today.", " pm."))
    conv.c(pick("ok and how many tries do i get", "how many attempts before it locks again?"))
    conv.a(Ng(pick("3", "5"), "fill_quantity"), " attempts. Your ticket is ", Ng(str(R.randint(10000, 99999)), "fill_ticket"), ".")
    return conv.doc


def nc_delivery_whatsapp():
    conv = Conv("chat", "whatsapp")
    conv.c(pick("Hi my parcel hasnt arrived", "hello, where is my delivery"))
    conv.a("Hi! Can you send the order number?")
    conv.c(Ng(str(R.randint(10000, 99999)), "fill_order_id"))
    conv.a("Thanks. It was scheduled for ", Ng("%d/%d" % (R.randint(1, 12), R.randint(1, 28)), "fill_date"), ". What's the zip code?")
    conv.c(Ng(R.choice(["90210", "60614", "02139", "30309", "77005"]), "neg_zip"))
    conv.a("And the apartment number?")
    conv.c(Ng(str(R.randint(101, 950)), "neg_address_unit"))
    conv.a("How many boxes were you expecting?")
    conv.c(Ng(pick("2", "3", "two"), "fill_quantity"))
    conv.a("OK. We can redeliver tomorrow, what time?")
    conv.c(pick("after ", ""), Ng(pick("4:30", "17:30", "5pm", "9:15"), "fill_time"))
    conv.a("Booked ✅ ref ", Ng(str(R.randint(1000, 9999)), "fill_conf"))
    return conv.doc


def nc_hotel():
    conv = Conv("chat")
    conv.company = "Harbor Hotels"
    conv.c("hi i have a booking question")
    conv.a("Sure, what's the booking reference?")
    conv.c(Ng(str(R.randint(1000, 9999)), "fill_conf"))
    conv.a("Found it. Which room are you in?")
    conv.c(Ng(str(R.randint(201, 1299)), "neg_room"))
    conv.a("What can I do for you?")
    conv.c(pick("can i check out at ", "late checkout at "), Ng(pick("1pm", "2:30", "12:30"), "fill_time"), "?")
    conv.a("Yes, that's ", Ng("$" + str(R.choice([25, 40, 35])), "fill_amount"), " extra. Also your stay ends ",
           Ng("%02d/%02d" % (R.randint(1, 12), R.randint(1, 28)), "fill_date"), ", right?")
    conv.c(pick("yes", "yep"))
    conv.a("How many keys do you need?")
    conv.c(Ng(pick("2", "3"), "fill_quantity"))
    return conv.doc


def nc_gym_transcript():
    conv = Conv("transcript")
    conv.company = "Lumen Fitness"
    conv.a("thank you for calling %s this is %s" % (conv.company.lower(), conv.agent.lower()))
    conv.c("hi um i want to freeze my membership")
    conv.a("okay what's the member number")
    conv.c(Ng(say_digits(str(R.randint(10000, 99999)), "oh"), "neg_member_id"))
    conv.a("and which location")
    conv.c(pick("the one on fifth street store ", "location "), Ng(say_digits("%03d" % R.randint(100, 999)), "neg_store"))
    conv.a("and from when")
    mo = R.randint(1, 12)
    conv.c(pick("from ", "starting "), Ng("%s %s" % (MONTHS[mo - 1], R.choice(["first", "fifteenth", "tenth"])), "fill_date"))
    conv.a("and until")
    conv.c(Ng("%s %s" % (MONTHS[mo % 12], R.choice(["first", "thirtieth", "twentieth"])), "fill_date"))
    conv.a("okay and it's still ", Ng(pick("twenty nine ninety nine", "forty nine ninety nine", "nineteen ninety nine"), "fill_amount"), " a month after that")
    conv.c(pick("yeah that's fine", "okay"))
    conv.a("your confirmation is ", Ng(say_digits(str(R.randint(1000, 9999))), "fill_conf"))
    return conv.doc


def nc_order_transcript():
    conv = Conv("transcript")
    conv.company = "Maple Grocers"
    conv.a("thank you for calling maple grocers this is %s" % conv.agent.lower())
    conv.c(pick("hi um part of my order is missing", "yeah hi i didn't get all my boxes"))
    conv.a("can i have the order number")
    conv.c(pick("yeah it's ", "uh "), Ng(say_digits(str(R.randint(10000, 99999)), "oh"), "fill_order_id"))
    conv.a("and the zip code on the order")
    conv.c(Ng(say_digits(R.choice(["90210", "60614", "02139", "30309"]), R.choice(["oh", "zero"])), "neg_zip"))
    conv.a("okay i see it was delivered on ", Ng("%s %s" % (R.choice(MONTHS), R.choice(["third", "twelfth", "ninth"])), "fill_date"))
    conv.c(pick("yeah but i only got ", "no i got "), Ng(pick("two", "one", "three"), "fill_quantity"),
           " boxes and i paid ", Ng(informal_num(R.randint(101, 399)), "fill_amount"))
    conv.a("how many should there have been")
    conv.c(Ng(pick("four", "five", "three"), "fill_quantity"))
    conv.a("okay i'll send the rest your reference is ", Ng(say_digits(str(R.randint(1000, 9999))), "fill_conf"))
    conv.c("and when will it come")
    conv.a("by ", Ng(pick("thursday", "friday the twelfth", "june ninth"), "fill_date"), " before ", Ng(pick("five thirty", "four thirty", "noon"), "fill_time"))
    return conv.doc


def nc_pin_transcript():
    conv = Conv("transcript")
    conv.a("%s this is %s how can i help" % (conv.company.lower(), conv.agent.lower()))
    conv.c("hi yeah i forgot my pin for the online account")
    conv.a("no problem can you verify the last four of your phone number")
    conv.c(Ng(say_digits(str(R.randint(1000, 9999)), "oh"), "neg_phone_last4"))
    conv.a("and your date of birth")
    mo = R.randint(1, 12)
    conv.c(Ng("%s %s %s" % (MONTHS[mo - 1], R.choice(["fourth", "ninth", "twenty second"]), "nineteen " + words_num(R.randint(60, 99))), "fill_date"))
    conv.a("okay i sent a text with a code")
    conv.c(pick("okay it says ", ""), Ng(say_digits("%06d" % R.randint(0, 999999), "zero"), "neg_otp"))
    conv.a("great you can set the new pin now it has to be ", Ng(pick("four", "six"), "fill_quantity"), " digits")
    conv.c("okay done")
    conv.a("and your ticket number is ", Ng(say_digits(str(R.randint(10000, 99999))), "fill_ticket"))
    return conv.doc


def nc_billing_chat():
    conv = Conv("chat")
    conv.c(pick("why is my bill higher this month", "my bill went up??"))
    conv.a("Let me check. Can you confirm the last 4 of the phone number on the account?")
    conv.c(Ng(str(R.randint(1000, 9999)), "neg_phone_last4"))
    conv.a("Thanks. Your plan went from ", Ng("$" + str(R.choice([45, 55, 60])), "fill_amount"), " to ",
           Ng("$" + str(R.choice([65, 70, 75])), "fill_amount"), " on ", Ng("%d/%d" % (R.randint(1, 12), 1), "fill_date"), ".")
    conv.c("how many lines am i paying for")
    conv.a(Ng(pick("3", "4", "2"), "fill_quantity"))
    conv.c("ok can i drop one. the line ending ", Ng(str(R.randint(1000, 9999)), "neg_phone_last4"))
    conv.a("Done, effective ", Ng("%02d/%02d" % (R.randint(1, 12), R.randint(1, 28)), "fill_date"), ". Ticket ",
           Ng(str(R.randint(100000, 999999)), "fill_ticket"))
    return conv.doc


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
PLAN = (
    [chat_burst] * 15 + [chat_oneline] * 6 + [chat_amex] * 4 + [chat_split_card] * 4 + [chat_typo_fix] * 3 +
    [chat_whatsapp_shop] * 3 + [chat_monthname_codefirst] * 4 + [chat_readback] * 3 +
    [tr_standard] * 10 + [tr_no_question] * 6 + [tr_multi_turn] * 5 + [tr_stt_digits] * 3 + [tr_misheard] * 3 +
    [tr_oneturn] * 3 +
    [nc_membership, nc_pin_reset, nc_delivery_whatsapp, nc_hotel, nc_gym_transcript, nc_order_transcript,
     nc_pin_transcript, nc_billing_chat]
)
assert len(PLAN) == 80, len(PLAN)


SCEN = []


def main():
    plan = PLAN[:]
    R.shuffle(plan)
    docs = []
    for i, fn in enumerate(plan):
        doc = fn().build("flow-%04d" % (i + 1))
        docs.append(doc)
        SCEN.append(fn.__name__)
    with open(OUT, "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print("wrote", len(docs), "documents to", OUT)


if __name__ == "__main__":
    main()
