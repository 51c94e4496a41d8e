#!/usr/bin/env python3
"""Deterministic generator of chat / messaging documents for a redaction eval set.

Output: world-chats.jsonl (one JSON object per line) next to this file.
Every document is built from segments:
  ('t', text)                               plain text
  ('s', text, TYPE, variant, entity)        a span to hide (CARD/SSN/CVV/EXPIRY) or IGNORE
  ('n', text, kind)                         a recorded hard negative
so offsets are computed exactly when the segments are concatenated.
"""
import datetime as dt
import json
import os
import random
import re

SEED = 20260312
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "world-chats.jsonl")

# --------------------------------------------------------------------------- numbers


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def rdig(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def card_brand(num):
    n = len(num)
    p2, p3, p4 = int(num[:2]), int(num[:3]), int(num[:4])
    if num[0] == "4":
        return "visa" if n in (13, 16, 19) else None
    if p2 in (34, 37):
        return "amex" if n == 15 else None
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
        return "mc" if n == 16 else None
    if num.startswith("6011") or 644 <= p3 <= 649 or p2 == 65:
        return "discover" if n in (16, 19) else None
    if 3528 <= p4 <= 3589:
        return "jcb" if 16 <= n <= 19 else None
    if p2 in (36, 38) or 300 <= p3 <= 305:
        return "diners" if n in (14, 16) else None
    if p2 == 62:
        return "unionpay" if 16 <= n <= 19 else None
    return None


def is_card(num):
    return num.isdigit() and card_brand(num) is not None and luhn_ok(num)


# brand/length mix drawn from a shuffled bag so that the set has a stable, realistic mix
CARD_BAG_SPEC = [(("visa", 16), 42), (("visa", 19), 2), (("visa", 13), 1), (("mc", 16), 26), (("amex", 15), 12),
                 (("discover", 16), 6), (("discover", 19), 1), (("jcb", 16), 3), (("diners", 14), 3),
                 (("unionpay", 16), 2), (("unionpay", 19), 2)]
_card_bag = []


def draw(r, bag, spec):
    if not bag:
        for item, n in spec:
            bag.extend([item] * n)
        r.shuffle(bag)
    return bag.pop()


def gen_card(r, brand=None, length=None):
    if brand is None:
        brand, length = draw(r, _card_bag, CARD_BAG_SPEC)
    if brand == "visa":
        prefix = "4" + rdig(r, 5)
        length = length or r.choices([16, 19, 13], [93, 5, 2])[0]
    elif brand == "mc":
        prefix = ("5" + str(r.randint(1, 5))) if r.random() < 0.8 else str(r.randint(2221, 2720))
        prefix += rdig(r, 6 - len(prefix))
        length = 16
    elif brand == "amex":
        prefix = r.choice(["34", "37", "37"]) + rdig(r, 4)
        length = 15
    elif brand == "discover":
        prefix = r.choice(["6011", "65", "644", "645", "649"])
        prefix += rdig(r, 6 - len(prefix))
        length = length or 16
    elif brand == "jcb":
        prefix = str(r.randint(3528, 3589)) + rdig(r, 2)
        length = 16
    elif brand == "diners":
        prefix = r.choice(["36", "38", "305"])
        prefix += rdig(r, 6 - len(prefix))
        length = 14
    else:
        prefix = "62" + str(r.randint(0, 1)) + rdig(r, 3)
        if prefix.startswith("622"):
            prefix = "6217" + rdig(r, 2)
        length = length or r.choice([16, 16, 19])
    num = luhn_complete(prefix + rdig(r, length - len(prefix) - 1))
    assert is_card(num), (brand, num)
    return num, brand


def groups_for(num, brand):
    n = len(num)
    if brand == "amex":
        return [4, 6, 5]
    if brand == "diners" and n == 14:
        return [4, 6, 4]
    if n == 13:
        return [4, 3, 3, 3]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4] * (n // 4)


def chunk(num, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    if i < len(num):
        out[-1] += num[i:]
    return out


CARD_STYLES = ["spaces", "plain", "dashes", "dots", "mixed_grouping", "extra_spaces", "mixed_separators"]
CARD_STYLE_W = [40, 26, 12, 3, 8, 6, 5]
CARD_STYLE_VARIANT = {"spaces": "whole_spaced", "plain": "whole_plain", "dashes": "whole_dashed",
                      "dots": "whole_dotted", "mixed_grouping": "mixed_grouping",
                      "extra_spaces": "extra_spaces", "mixed_separators": "mixed_separators"}


def fmt_card(r, num, brand, style):
    g = chunk(num, groups_for(num, brand))
    if style == "spaces":
        return " ".join(g)
    if style == "plain":
        return num
    if style == "dashes":
        return "-".join(g)
    if style == "dots":
        return ".".join(g)
    if style == "mixed_grouping":
        # people merge some of the printed groups ("45320151 12830366", "4532 012830366"...)
        while True:
            sizes = list(groups_for(num, brand))
            for _ in range(r.randint(1, 2)):
                if len(sizes) < 3:
                    break
                i = r.randrange(len(sizes) - 1)
                sizes[i:i + 2] = [sizes[i] + sizes[i + 1]]
            if sizes != groups_for(num, brand) and len(sizes) > 1:
                return " ".join(chunk(num, sizes))
    if style == "extra_spaces":
        while True:
            seps = [r.choice([" ", " ", "  ", "   "]) for _ in g[1:]]
            if any(len(s) > 1 for s in seps):
                break
        lead = r.choice(["", "", " "])
        return lead.strip() + g[0] + "".join(s + x for s, x in zip(seps, g[1:]))
    if style == "mixed_separators":
        while True:
            seps = [r.choice([" ", "-", " - ", "-"]) for _ in g[1:]]
            if len(set(seps)) > 1:
                break
        return g[0] + "".join(s + x for s, x in zip(seps, g[1:]))
    raise ValueError(style)


WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def digits_to_words(r, digits, group=4, oh=False):
    ws = []
    for i, d in enumerate(digits):
        w = WORDS[int(d)]
        if d == "0" and oh and r.random() < 0.6:
            w = "oh"
        ws.append(w)
    out = ""
    for i, w in enumerate(ws):
        if i and group and i % group == 0:
            out += r.choice([", ", " ", "... "])
        elif i:
            out += " "
        out += w
    return out


def gen_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g = r.randint(1, 99)
    s = r.randint(1, 9999)
    return f"{a:03d}{g:02d}{s:04d}"


def fmt_ssn(r, ssn, style):
    a, g, s = ssn[:3], ssn[3:5], ssn[5:]
    return {"dashed": f"{a}-{g}-{s}", "spaced": f"{a} {g} {s}", "compact": ssn,
            "dotted": f"{a}.{g}.{s}", "mixed": f"{a}-{g} {s}"}[style]


MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def gen_exp(r):
    y = r.choice([2026, 2027, 2027, 2028, 2028, 2029, 2030, 2031])
    m = r.randint(5, 12) if y == 2026 else r.randint(1, 12)
    return m, y


EXP_STYLES = ["mm/yy", "m/yy", "mmyy", "mm-yyyy", "mm/yyyy", "month_name", "mm yy", "mm-yy"]
EXP_W = [42, 10, 10, 6, 10, 10, 6, 6]


def fmt_exp(r, m, y, style):
    yy = y % 100
    if style == "mm/yy":
        return f"{m:02d}/{yy:02d}"
    if style == "m/yy":
        return f"{m}/{yy:02d}"
    if style == "mmyy":
        return f"{m:02d}{yy:02d}"
    if style == "mm-yyyy":
        return f"{m:02d}-{y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "mm yy":
        return f"{m:02d} {yy:02d}"
    if style == "mm-yy":
        return f"{m:02d}-{yy:02d}"
    if style == "month_name":
        mn = r.choice([MONTHS[m - 1], MONTHS[m - 1].capitalize(), MONTHS_LONG[m - 1],
                       "sept" if m == 9 else MONTHS[m - 1]])
        yr = r.choice([f"{yy:02d}", str(y), f"'{yy:02d}", f"{yy:02d}"])
        return f"{mn} {yr}"
    raise ValueError(style)


def gen_cvv(r, brand):
    return rdig(r, 4) if brand == "amex" else rdig(r, 3)


def not_card_digits(r, n, first=None):
    """Random digit string of length n that is NOT a Luhn-valid card of a real brand."""
    while True:
        s = (first or "") + rdig(r, n - len(first or ""))
        if not is_card(s):
            return s


# --------------------------------------------------------------------------- negatives

AREA = ["212", "312", "415", "617", "702", "713", "206", "305", "404", "503", "602", "646",
        "720", "773", "818", "919", "469", "512", "614", "980"]


def phone10(r):
    return r.choice(AREA) + str(r.randint(2, 9)) + rdig(r, 2) + rdig(r, 4)


def fmt_phone(r, p, style=None):
    style = style or r.choice(["paren", "dash", "dot", "plain", "plus1", "plus1sp", "1dash", "paren_nospace"])
    a, b, c = p[:3], p[3:6], p[6:]
    return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}", "plain": p,
            "plus1": f"+1{p}", "plus1sp": f"+1 {a} {b} {c}", "1dash": f"1-{a}-{b}-{c}",
            "paren_nospace": f"({a}){b}-{c}"}[style]


def intl_phone(r):
    return r.choice([f"+44 7700 {rdig(r, 6)}", f"07{r.randint(400, 999)} {rdig(r, 6)}",
                     f"+52 55 {rdig(r, 4)} {rdig(r, 4)}", f"+91 9{rdig(r, 4)} {rdig(r, 5)}",
                     f"+1 (416) {r.randint(200, 999)}-{rdig(r, 4)}", f"+61 4{rdig(r, 2)} {rdig(r, 3)} {rdig(r, 3)}"])


def tollfree(r):
    return r.choice([f"1-800-{r.randint(200, 999)}-{rdig(r, 4)}", f"1 (888) {r.randint(200, 999)}-{rdig(r, 4)}",
                     f"877-{r.randint(200, 999)}-{rdig(r, 4)}", f"1-866-{r.randint(200, 999)}-{rdig(r, 4)}"])


def amazon_order(r):
    return f"{r.choice(['111', '112', '113', '114'])}-{rdig(r, 7)}-{rdig(r, 7)}"


def order_no(r):
    return r.choice([
        lambda: amazon_order(r),
        lambda: "W" + rdig(r, 9),
        lambda: rdig(r, 8),
        lambda: "#" + str(r.randint(100000, 999999)),
        lambda: "ORD-" + rdig(r, 7),
        lambda: str(r.randint(2, 9)) + rdig(r, 12),
        lambda: "BBY01-" + rdig(r, 12),
        lambda: rdig(r, 4) + "-" + rdig(r, 4) + "-" + rdig(r, 4),
    ])()


def ups(r):
    alnum = "ABCDEFGHJKLMNPRSTUVWXY0123456789"
    return "1Z" + "".join(r.choice(alnum) for _ in range(6)) + r.choice(["01", "02", "03", "12", "13", "42"]) + rdig(r, 8)


def usps_check(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


def usps(r):
    n = r.choice([22, 22, 22, 20])
    if n == 22:
        body = r.choice(["9400", "9400", "9205", "9361", "9405", "9261", "9270"]) + rdig(r, 17)
    else:
        body = r.choice(["0307", "7019", "7020", "7021"]) + rdig(r, 15)
    num = body + usps_check(body)
    return num


def fmt_long(r, num, size=4, p_space=0.5):
    if r.random() < p_space:
        return " ".join(num[i:i + size] for i in range(0, len(num), size))
    return num


def fedex(r):
    n = r.choice([12, 12, 15])
    first = r.choice(["7", "5", "2", "6"]) if n == 12 else r.choice(["0", "9", "6"])
    return not_card_digits(r, n, first)


def imei(r):
    tac = r.choice(["35", "35", "35", "86", "01", "99"]) + rdig(r, 6)
    return luhn_complete(tac + rdig(r, 6))


def fmt_imei(r, s):
    return r.choice([s, s, f"{s[:2]}-{s[2:8]}-{s[8:14]}-{s[14]}", f"{s[:2]} {s[2:8]} {s[8:14]} {s[14]}"])


def iccid(r):
    return luhn_complete("8901" + r.choice(["260", "410", "118", "480"]) + rdig(r, 11))


def routing(r):
    pref = r.choice(["0210", "0260", "0110", "0710", "1110", "1210", "3222", "0430", "0720"])
    while True:
        b = pref + rdig(r, 4)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(x) * y for x, y in zip(b, w))
        c = (10 - s % 10) % 10
        return b + str(c)


def money(r, lo=5, hi=2500):
    v = r.uniform(lo, hi)
    if r.random() < 0.25:
        v = round(v)
    s = f"{v:,.2f}"
    return r.choice(["$" + s, "$" + s, "$" + s, "USD " + s, "$" + s.replace(",", "")])


def zip4(r):
    return zip5(r) + "-" + rdig(r, 4)


STREETS = ["W Fullerton Ave", "Maple St", "Oak Ridge Dr", "N Lincoln Ave", "Elm St", "Park Blvd",
           "Sunset Ln", "Washington St", "Highland Ave", "Cedar Ct", "E 14th St", "Lakeview Rd"]


def zip5(r):
    return r.choice(CITIES)[2]
CITIES = [("Chicago", "IL", "60614"), ("New York", "NY", "10025"), ("San Francisco", "CA", "94110"), ("Cambridge", "MA", "02139"),
          ("Houston", "TX", "77005"), ("Seattle", "WA", "98103"), ("Atlanta", "GA", "30309"), ("Phoenix", "AZ", "85004"),
          ("Miami", "FL", "33131"), ("Denver", "CO", "80205"), ("Philadelphia", "PA", "19103"), ("Minneapolis", "MN", "55408"),
          ("Portland", "OR", "97214"), ("Hoboken", "NJ", "07030"), ("Detroit", "MI", "48226"), ("Dallas", "TX", "75201")]


def address(r, with_zip4=True):
    c, st, z = r.choice(CITIES)
    apt = r.choice(["", "", f" Apt {r.randint(1, 40)}{r.choice(['', 'B', 'C'])}", f" #{r.randint(100, 2400)}",
                    f" Unit {r.randint(1, 12)}"])
    return f"{r.randint(12, 9800)} {r.choice(STREETS)}{apt}, {c}, {st} " + (z + "-" + rdig(r, 4) if with_zip4 and r.random() < 0.6 else z)


def case_no(r):
    return r.choice([lambda: "0" + rdig(r, 7), lambda: "INC" + rdig(r, 7), lambda: str(r.randint(100000, 9999999)),
                     lambda: "CS-2026-" + rdig(r, 6), lambda: "SR 1-" + rdig(r, 10), lambda: "#" + rdig(r, 6),
                     lambda: "TCK-" + rdig(r, 5)])()


def conf_code(r):
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return r.choice([lambda: "".join(r.choice(al) for _ in range(6)),
                     lambda: "".join(r.choice(al) for _ in range(8)),
                     lambda: rdig(r, 5) + "-" + "".join(r.choice(al) for _ in range(2)),
                     lambda: "PMT" + rdig(r, 9),
                     lambda: rdig(r, 10)])()


CUR_DATE = [dt.datetime(2026, 2, 1)]


def date_str(r, year=None):
    """a date near the chat date (recent past or near future)"""
    t = CUR_DATE[0] + dt.timedelta(days=r.randint(-75, 40))
    y, m, d = t.year, t.month, t.day
    return r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}", f"{MONTHS_LONG[m - 1]} {d}",
                     f"{MONTHS_LONG[m - 1][:3]} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y % 100}"])


def dob(r):
    y, m, d = r.randint(1948, 2004), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{MONTHS_LONG[m - 1]} {d}, {y}", f"{m}-{d}-{y}",
                     f"{m:02d}{d:02d}{y}"])


def acct_no(r):
    return r.choice([lambda: rdig(r, 10), lambda: "ACC-" + rdig(r, 8), lambda: rdig(r, 4) + " " + rdig(r, 4) + " " + rdig(r, 4),
                     lambda: "0" + rdig(r, 11), lambda: str(r.randint(1, 9)) + rdig(r, 8), lambda: rdig(r, 12),
                     lambda: rdig(r, 3) + "-" + rdig(r, 6) + "-" + rdig(r, 3)])()


def gift_card(r):
    kind = r.choice(["16a", "16b", "19", "15", "amz"])
    if kind == "16a":
        return fmt_long(r, not_card_digits(r, 16, r.choice(["6006", "6046", "6085", "7777", "6104"])), 4, 0.6)
    if kind == "16b":
        return fmt_long(r, not_card_digits(r, 16, r.choice(["6100", "6039", "6364"])), 4, 0.5)
    if kind == "19":
        return fmt_long(r, not_card_digits(r, 19, r.choice(["98", "60", "71"])), 4, 0.5)
    if kind == "15":
        return fmt_long(r, not_card_digits(r, 15, "0" + str(r.randint(1, 9))), 3, 0.4)
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(r.choice(al) for _ in range(4)) + "-" + "".join(r.choice(al) for _ in range(6)) + "-" + "".join(r.choice(al) for _ in range(5))


def ref16(r):
    """16-digit reference number that is not a card (fails Luhn or non-card prefix)."""
    first = r.choice(["0", "1", "2026", "9", "8", "7", "3000"])
    if r.random() < 0.3:   # a reference that happens to pass Luhn, but with a prefix no card scheme uses
        first = r.choice(["0", "1", "9", "8", "7"])
        return fmt_long(r, luhn_complete(first + rdig(r, 15 - len(first))), 4, 0.3)
    return fmt_long(r, not_card_digits(r, 16, first), 4, 0.3)


def vin(r):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return r.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "WBA", "1C4"]) + "".join(r.choice(al) for _ in range(6)) + r.choice("ABCDEFGHJKLMN") + rdig(r, 1) + r.choice("ABCDEFGHJKLMN") + rdig(r, 6)


def serial(r):
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return r.choice([lambda: "C02" + "".join(r.choice(al) for _ in range(9)),
                     lambda: "SN" + rdig(r, 10), lambda: "R58" + "".join(r.choice(al) for _ in range(8)),
                     lambda: rdig(r, 4) + "-" + rdig(r, 4) + "-" + rdig(r, 4)])()


def member_id(r):
    return r.choice([lambda: "W" + rdig(r, 9), lambda: "XJH" + rdig(r, 9), lambda: rdig(r, 9),
                     lambda: "MBR-" + rdig(r, 8), lambda: rdig(r, 3) + "-" + rdig(r, 3) + "-" + rdig(r, 3),
                     lambda: "ZGP" + rdig(r, 8) + "01"])()


# --------------------------------------------------------------------------- segment helpers


def S(text, typ, var, ent):
    return ("s", text, typ, var, ent)


def N(text, kind):
    return ("n", text, kind)


def F(template, **kw):
    out = []
    parts = re.split(r"\{(\w+)\}", template)
    for i, p in enumerate(parts):
        if i % 2 == 0:
            if p:
                out.append(("t", p))
        else:
            v = kw[p]
            if isinstance(v, str):
                out.append(("t", v))
            elif isinstance(v, tuple):
                out.append(v)
            else:
                out.extend(v)
    return out


def M(role, *parts, gap=None, attach=False):
    segs = []
    for p in parts:
        if isinstance(p, str):
            segs.append(("t", p))
        elif isinstance(p, tuple):
            segs.append(p)
        else:
            segs.extend(p)
    return {"role": role, "segs": segs, "gap": gap, "attach": attach}


FIRST = ["Maria", "James", "Aisha", "Tom", "Priya", "Kevin", "Linda", "Jorge", "Mei", "Daniel", "Fatima",
         "Brian", "Ashley", "Oluwaseun", "Karen", "Luis", "Hannah", "Derek", "Sofia", "Marcus", "Yuki",
         "Rebecca", "Andre", "Nicole", "Tyler", "Gloria", "Sam", "Emily", "Victor", "Destiny"]
LAST = ["Lopez", "Smith", "Khan", "Nguyen", "Patel", "O'Brien", "Johnson", "Garcia", "Chen", "Williams",
        "Okafor", "Miller", "Rossi", "Kowalski", "Brown", "Davis", "Martinez", "Tanaka", "Hughes", "Reyes"]
AGENTS = ["Sarah", "Mike", "Jasmine", "Alex", "Priyanka", "Carlos", "Becky", "Omar", "Tanya", "Kyle",
          "Rachel", "Dev", "Monique", "Grace", "Ethan", "Lena"]
COMPANIES = ["Acme Wireless", "BrightHome Energy", "ShopRight", "Northwind Bank", "Zest Telecom",
             "Pinnacle Insurance", "Cloudline Internet", "UrbanCart", "SkyWay Airlines", "FitLife Gym",
             "Harbor Credit Union", "Vista Health", "QuickShip Outlet", "StreamBox", "Metro Utilities"]


class Ctx:
    def __init__(self, r):
        self.r = r
        self.ent = 0
        self.cf = r.choice(FIRST)
        self.cl = r.choice(LAST)
        self.af = r.choice(AGENTS)
        self.al = r.choice("ABCDEFGHJKLMNPRSTW")
        self.company = r.choice(COMPANIES)
        self.vid = str(r.randint(1000, 99999))
        self.phone = phone10(r)
        self.t0 = dt.datetime(2026, r.randint(1, 3), r.randint(1, 28), r.randint(7, 21), r.randint(0, 59), r.randint(0, 59))
        self.t = self.t0
        self.casual = r.random() < 0.6

    def E(self):
        e = self.ent
        self.ent += 1
        return e

    def c(self, s):
        """customer phrasing: casual customers drop capitals and final periods"""
        if self.casual:
            s = s[0].lower() + s[1:] if s and not s.startswith("I ") and not s.startswith("I'") else s
            if s.endswith(".") and self.r.random() < 0.7:
                s = s[:-1]
        return s


# --------------------------------------------------------------------------- dialogue pieces


def greet(ctx):
    r = ctx.r
    out = []
    out.append(M("a", r.choice([f"Hi, thanks for contacting {ctx.company}! My name is {ctx.af}. How can I help you today?",
                                f"Hello, you're chatting with {ctx.af}. What can I do for you?",
                                f"Hi there! {ctx.af} here from {ctx.company} support 😊 How can I help?",
                                f"Good {'morning' if ctx.t.hour < 12 else 'afternoon' if ctx.t.hour < 18 else 'evening'}, my name is {ctx.af}. How may I assist you?"])))
    return out


def closing(ctx):
    r = ctx.r
    out = []
    if r.random() < 0.8:
        out.append(M("a", r.choice(["Is there anything else I can help you with today?", "Anything else I can do for you?",
                                    "Is there anything else?"])))
        out.append(M("c", ctx.c(r.choice(["No that's all, thanks!", "nope thats it thank you", "No, thank you.", "thats all ty",
                                           "No thanks 👍", "all good thx"]))))
    if r.random() < 0.7:
        out.append(M("a", r.choice(["Thank you for chatting with us, have a great day!", "You're welcome! Take care.",
                                    f"Thanks for choosing {ctx.company}. Have a good one!"])))
    return out


def verify_preamble(ctx):
    """account lookup: phone / account / zip / order — all hard negatives"""
    r = ctx.r
    out = []
    kinds = ["phone", "acct", "zip", "email"] + (["order", "order"] if ctx.company in RETAIL else [])
    k = r.choice(kinds)
    if k == "phone":
        out.append(M("a", "Can I have the phone number on the account?"))
        out.append(M("c", F(ctx.c("{P}"), P=N(fmt_phone(r, ctx.phone), "neg_phone"))))
    elif k == "acct":
        out.append(M("a", "Could you please provide your account number?"))
        out.append(M("c", F(ctx.c(r.choice(["It's {A}", "{A}", "account # {A}", "sure, {A}"])), A=N(acct_no(r), "neg_account"))))
    elif k == "zip":
        out.append(M("a", "To pull up your account, can I get your full name and billing ZIP code?"))
        out.append(M("c", F(ctx.c(f"{ctx.cf} {ctx.cl}, " + "{Z}"), Z=N(r.choice([zip5(r), zip4(r)]), "neg_zip"))))
    elif k == "order":
        out.append(M("a", "Do you have your order number handy?"))
        out.append(M("c", F(ctx.c(r.choice(["yes its {O}", "Order {O}", "{O}", "order number is {O}"])), O=N(order_no(r), "neg_order"))))
    else:
        out.append(M("a", "What's the email address on the account?"))
        out.append(M("c", f"{ctx.cf.lower()}.{ctx.cl.lower().replace(chr(39), '')}{r.randint(1, 99)}@gmail.com"))
    out.append(M("a", r.choice(["Thank you, I've located your account.", "Thanks! One moment while I pull that up.",
                                "Perfect, I see it here.", "Got it, thanks for waiting."]), gap=r.randint(20, 90)))
    return out


def card_msgs_whole(ctx, num, brand, style=None, var_override=None, template=None):
    r = ctx.r
    style = style or r.choices(CARD_STYLES, CARD_STYLE_W)[0]
    var = var_override or CARD_STYLE_VARIANT[style]
    txt = fmt_card(r, num, brand, style)
    tmpl = template or ctx.c(r.choice(["{C}", "{C}", "its {C}", "card number is {C}", "Sure, it's {C}", "ok {C}",
                                        "{C} thanks", "here you go {C}", "It is {C}.", "Number: {C}"]))
    return [M("c", F(tmpl, C=S(txt, "CARD", var, ctx.E())))]


def card_msgs_emoji(ctx, num, brand):
    r = ctx.r
    style = r.choice(["spaces", "plain", "dashes"])
    txt = fmt_card(r, num, brand, style)
    tmpl = r.choice(["💳 {C} 🙏", "{C}!!", "({C})", "\"{C}\"", "{C}..", "card#{C}", "ok here it is -> {C} <-",
                     "{C} ✅", "*{C}*", "{C}?", "📌{C}"])
    return [M("c", F(tmpl, C=S(txt, "CARD", "emoji_punct", ctx.E())))]


def card_msgs_split(ctx, num, brand):
    r = ctx.r
    mode = r.choice(["groups", "groups", "groups", "uneven", "halves"])
    if mode == "groups":
        frags = chunk(num, groups_for(num, brand))
    elif mode == "halves":
        g = chunk(num, groups_for(num, brand))
        h = (len(g) + 1) // 2
        frags = [" ".join(g[:h]), " ".join(g[h:])]
    else:
        n = len(num)
        while True:
            k = r.randint(1, 3)
            cuts = sorted(r.sample(range(3, n - 2), k))
            sizes = [b - a for a, b in zip([0] + cuts, cuts + [n])]
            if all(3 <= x <= 8 for x in sizes):
                break
        frags = chunk(num, sizes)
    e = ctx.E()
    out = []
    for i, f in enumerate(frags):
        if i == 0 and r.random() < 0.3:
            tm = ctx.c(r.choice(["its {F}", "ok {F}", "card is {F}"]))
        elif i == len(frags) - 1 and r.random() < 0.25:
            tm = ctx.c(r.choice(["{F} thats it", "{F}.", "{F} done"]))
        else:
            tm = "{F}"
        out.append(M("c", F(tm, F=S(f, "CARD", "split_messages", e)), gap=r.randint(2, 9)))
        if 0 < i < len(frags) - 1 and r.random() < 0.15:
            out.append(M("a", r.choice(["mhm", "ok go on", "got it so far"]), gap=r.randint(2, 5)))
    return out


def card_msgs_words(ctx, num, brand):
    r = ctx.r
    w = digits_to_words(r, num, group=r.choice([4, 4, 0]), oh=r.random() < 0.5)
    tmpl = ctx.c(r.choice(["{C}", "ok its {C}", "using voice to text sorry. {C}", "{C} is the card number"]))
    return [M("c", F(tmpl, C=S(w, "CARD", "words", ctx.E())))]


def exp_seg(ctx, m, y, style=None, var=None):
    r = ctx.r
    style = style or r.choices(EXP_STYLES, EXP_W)[0]
    return S(fmt_exp(r, m, y, style), "EXPIRY", var or style, ctx.E()), style


def cvv_seg(ctx, cvv, var="digits"):
    r = ctx.r
    if var == "words":
        return S(" ".join(WORDS[int(d)] for d in cvv), "CVV", "words", ctx.E())
    return S(cvv, "CVV", var, ctx.E())


def ask_card(ctx, brand=None):
    r = ctx.r
    return M("a", r.choice(["Can I get the long card number please?", "Please provide the full card number.",
                            "What is the card number you would like to use?",
                            "Sure! Go ahead with the card number when you're ready.",
                            "I can take the payment here. What's the card number?",
                            "OK, please enter the 16-digit number on the front of the card."]))


def ask_exp(ctx):
    return M("a", ctx.r.choice(["And the expiration date?", "What's the expiry date on the card?",
                                "Thank you. Expiration month and year?", "Got it, and the exp date please",
                                "Thanks. What is the expiration date (MM/YY)?"]))


def ask_cvv(ctx, brand):
    if brand == "amex":
        return M("a", ctx.r.choice(["And the 4-digit security code on the front of the card?",
                                    "Last thing, the 4 digit CID above the card number please"]))
    return M("a", ctx.r.choice(["and the 3 digits on the back?", "Last thing, the security code (CVV) on the back please",
                                "Can I get the 3-digit code on the back of the card?", "And the CVV?",
                                "Thanks, and the security code?"]))


def give_exp_cvv(ctx, brand, m, y, cvv, how=None):
    """messages with expiry and CVV after the card was given"""
    r = ctx.r
    how = how or r.choice(["separate", "separate", "combined", "combined", "only_exp"])
    out = []
    if how == "separate":
        out.append(ask_exp(ctx))
        e, _ = exp_seg(ctx, m, y)
        out.append(M("c", F(ctx.c(r.choice(["{E}", "{E}", "exp {E}", "Expires {E}", "its {E}", "{E} is the expiry"])), E=e)))
        out.append(ask_cvv(ctx, brand))
        v = cvv_seg(ctx, cvv, "words" if r.random() < 0.06 else "digits")
        out.append(M("c", F(ctx.c(r.choice(["{V}", "{V}", "{V}", "its {V}", "cvv {V}", "{V} 👍", "Security code is {V}.",
                                            "the back says {V}"])), V=v)))
    elif how == "combined":
        out.append(M("a", r.choice(["Thank you. And the expiration date and security code?",
                                    "Great, now the exp date and CVV please", "Expiry and the code on the back?"])))
        e, _ = exp_seg(ctx, m, y)
        v = cvv_seg(ctx, cvv)
        tm = ctx.c(r.choice(["{E} {V}", "{E} and {V}", "exp {E} cvv {V}", "{E}, {V}", "{E}\n{V}", "Exp: {E} CVV: {V}",
                             "expires {E}, code is {V}"]))
        out.append(M("c", F(tm, E=e, V=v)))
    else:
        out.append(ask_exp(ctx))
        e, _ = exp_seg(ctx, m, y)
        out.append(M("c", F(ctx.c(r.choice(["{E}", "exp {E}", "{E} I think"])), E=e)))
    return out


def last4_ignore(ctx, num, var="card_last4"):
    return S(num[-4:], "IGNORE", var, ctx.E())


def masked(ctx, num, brand):
    r = ctx.r
    l4 = num[-4:]
    style = r.choice(["stars", "x", "stars_compact", "bin_last4", "dots"])
    if style == "stars":
        t = "**** **** **** " + l4 if brand != "amex" else "**** ****** *" + l4
    elif style == "x":
        t = "XXXX-XXXX-XXXX-" + l4
    elif style == "stars_compact":
        t = "*" * (len(num) - 4) + l4
    elif style == "bin_last4":
        t = num[:6] + "*" * (len(num) - 10) + l4
    else:
        t = "•••• " + l4
    return S(t, "IGNORE", "masked_card", ctx.E())


def payment_confirm(ctx, num, brand):
    r = ctx.r
    amt = N(money(r, 20, 900), "neg_amount")
    cf = N(conf_code(r), "neg_confirmation")
    if r.random() < 0.5:
        return M("a", F(r.choice(["Thank you! Your payment of {A} has been applied to the card ending in {L}. Confirmation number: {C}",
                                  "All set ✅ {A} was charged to the {B} ending {L}. Your confirmation # is {C}.",
                                  "Payment successful. Amount: {A}, card ending {L}, ref {C}."]),
                            A=amt, L=last4_ignore(ctx, num), C=cf, B=brand_name(brand)), gap=r.randint(30, 120))
    return M("a", F(r.choice(["Payment processed for {A}. Confirmation {C}. You'll get an email receipt shortly.",
                              "That went through! Confirmation code {C} for {A}.",
                              "Done, the card now shows as {K} on your account. Your payment of {A} posted, confirmation {C}."]),
                    A=amt, C=cf, K=masked(ctx, num, brand)), gap=r.randint(30, 120))


def brand_name(b):
    return {"visa": "Visa", "mc": "Mastercard", "amex": "Amex", "discover": "Discover", "jcb": "JCB",
            "diners": "Diners Club", "unionpay": "UnionPay"}[b]


def reason_pay(ctx):
    r = ctx.r
    return M("c", ctx.c(r.choice([
        "Hi, I need to pay my bill.", "I want to update the card on my account.",
        "My autopay failed and I need to make a payment.", "Hi can I pay over chat? the website keeps giving me an error",
        "I'd like to place my order through chat, checkout isn't working.", "need to make a payment before my service gets cut off",
        "I got an email that my payment declined, I want to use a different card.",
        "Can I renew my membership here?"])))


def typo_variant(r, num):
    kind = r.choice(["sub", "sub", "transpose", "drop", "extra"])
    for _ in range(100):
        d = list(num)
        i = r.randrange(len(d) - 1)
        if kind == "sub":
            d[i] = str((int(d[i]) + r.randint(1, 9)) % 10)
        elif kind == "transpose":
            d[i], d[i + 1] = d[i + 1], d[i]
        elif kind == "drop":
            del d[i]
        else:
            d.insert(i, str(r.randint(0, 9)))
        t = "".join(d)
        if t != num and not is_card(t):
            return t, kind
    raise RuntimeError


# --------------------------------------------------------------------------- card scenarios


def sc_pay(ctx, mode):
    r = ctx.r
    msgs = []
    num, brand = gen_card(r)
    if mode == "prepaid":
        num, brand = gen_card(r, "visa", 16)
    m, y = gen_exp(r)
    cvv = gen_cvv(r, brand)

    if mode == "volunteered":
        msgs += greet(ctx) if r.random() < 0.4 else []
        st = r.choices(CARD_STYLES, CARD_STYLE_W)[0]
        e, _ = exp_seg(ctx, m, y)
        tm = ctx.c(r.choice(["Hi, I want to pay my balance of {A} with card {C} exp {E}",
                             "hello pls charge {A} to {C} expiry {E}, order {O}",
                             "Hi! can you put {A} on this card {C} {E} thanks"]))
        parts = dict(A=N(money(r, 20, 600), "neg_amount"), C=S(fmt_card(r, num, brand, st), "CARD", CARD_STYLE_VARIANT[st], ctx.E()),
                     E=e, O=N(order_no(r), "neg_order"))
        msgs.append(M("c", F(tm, **parts)))
        if r.random() < 0.5:
            msgs.append(M("a", r.choice(["Thanks for reaching out! Just a heads up, for your security please avoid sending card details in chat. Since it's here already, can you confirm the security code?",
                                         "Thank you. Let me pull up the account. What's the CVV on the back?"])))
            msgs.append(M("c", F(ctx.c(r.choice(["{V}", "oh sorry. {V}", "its {V}"])), V=cvv_seg(ctx, cvv))))
        else:
            msgs.append(M("a", "Thanks! Can I confirm the name on the account?"))
            msgs.append(M("c", f"{ctx.cf} {ctx.cl}"))
        msgs.append(payment_confirm(ctx, num, brand))
        msgs += closing(ctx)
        return msgs

    msgs += greet(ctx)
    if mode == "prepaid":
        msgs.append(M("c", ctx.c("Hi, can I pay for my order with a Visa gift card? It keeps getting declined online")))
        msgs.append(M("a", F("Let me check. Can you give me the order number?")))
        msgs.append(M("c", F(ctx.c("{O}"), O=N(order_no(r), "neg_order"))))
        msgs.append(M("a", F("Thanks. The total is {A}. I can try the gift card here, what's the 16-digit number on it?", A=N(money(r, 20, 200), "neg_amount"))))
        msgs += card_msgs_whole(ctx, num, brand, template=ctx.c(r.choice(["{C}", "its {C}", "ok it's {C}"])))
        msgs += give_exp_cvv(ctx, brand, m, y, cvv, "combined")
        msgs.append(payment_confirm(ctx, num, brand))
        msgs += closing(ctx)
        return msgs

    msgs.append(reason_pay(ctx))
    if r.random() < 0.65:
        msgs += verify_preamble(ctx)
    if r.random() < 0.35:
        msgs.append(M("a", F(r.choice(["Your current balance is {A}, due on {D}.", "I see a past due amount of {A} as of {D}.",
                                       "The order total comes to {A}. Estimated delivery {D}."]),
                             A=N(money(r, 30, 1800), "neg_amount"), D=N(date_str(r, 2026), "neg_date"))))

    if mode == "warning":
        msgs.append(M("a", r.choice([
            "For your security, please don't send your full card number in this chat. I'll send you a secure payment link instead.",
            "Please do NOT type card details here. I'm sending a secure link now.",
            "Just so you know, we can't accept card numbers over chat. One moment while I generate a payment link for you."])))
        msgs.append(M("a", F("Here it is: https://pay.{D}.com/s/{K}", D=ctx.company.split()[0].lower(),
                             K=N("".join(r.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789abcdefghjkmnpqrstuvwxyz") for _ in range(8)), "neg_url_token"))))
        msgs.append(M("c", ctx.c(r.choice(["the link isnt loading", "ugh that link doesn't work on my phone", "it says page expired"]))))
        e, _ = exp_seg(ctx, m, y)
        st = r.choices(CARD_STYLES, CARD_STYLE_W)[0]
        tm = ctx.c(r.choice(["just use this {C} exp {E} cvv {V}", "its fine, {C} {E} {V}", "here {C}\n{E}\n{V}",
                             "I don't care just charge it. {C} exp {E}, code {V}"]))
        msgs.append(M("c", F(tm, C=S(fmt_card(r, num, brand, st), "CARD", CARD_STYLE_VARIANT[st], ctx.E()), E=e, V=cvv_seg(ctx, cvv))))
        msgs.append(M("a", r.choice(["I've removed that message for your protection. I'm not able to process cards shared in chat, let me transfer you to our secure phone line.",
                                     "Thank you, I understand. Since it's already here I'll process it now and the transcript will be masked.",
                                     "Please don't share those details here in the future. I'll go ahead and process it."])))
        if r.random() < 0.6:
            msgs.append(payment_confirm(ctx, num, brand))
        else:
            msgs.append(M("a", F("Please call {P} and select option 2, reference case {K}.", P=N(tollfree(r), "neg_phone"), K=N(case_no(r), "neg_case"))))
        msgs += closing(ctx)
        return msgs

    if mode == "screenshot":
        msgs.append(ask_card(ctx))
        msgs.append(M("c", [], attach=True))
        msgs.append(M("a", r.choice(["I'm sorry, I'm unable to open images here. Could you type the number?",
                                     "The image didn't come through on my end, can you type it out?"])))
        kind = r.choice(["front_ocr", "bank_app", "wallet"])
        e, _ = exp_seg(ctx, m, y, style="mm/yy")
        name = f"{ctx.cf.upper()} {ctx.cl.upper()}"
        if kind == "front_ocr":
            body = F("ok I copied the text from the pic:\n" + brand_name(brand).upper() + "\n{C}\nVALID THRU {E}\n" + name,
                     C=S(fmt_card(r, num, brand, "spaces"), "CARD", "screenshot_paste", ctx.E()), E=e)
        elif kind == "bank_app":
            body = F("copied from my bank app\nCard details\nCard number\n{C}\nExpiry date\n{E}\nSecurity code\n{V}\nCopy",
                     C=S(fmt_card(r, num, brand, r.choice(["spaces", "plain"])), "CARD", "screenshot_paste", ctx.E()), E=e, V=cvv_seg(ctx, cvv))
        else:
            body = F(f"{brand_name(brand)} Debit\n" + "{C}\nExp {E}   CVC {V}\nBilling address\n{AD}",
                     C=S(fmt_card(r, num, brand, "spaces"), "CARD", "screenshot_paste", ctx.E()), E=e, V=cvv_seg(ctx, cvv),
                     AD=N(address(r), "neg_address"))
        msgs.append(M("c", body))
        if kind == "front_ocr":
            msgs.append(ask_cvv(ctx, brand))
            msgs.append(M("c", F("{V}", V=cvv_seg(ctx, cvv))))
        msgs.append(payment_confirm(ctx, num, brand))
        msgs += closing(ctx)
        return msgs

    msgs.append(ask_card(ctx, brand))
    if mode == "whole" or mode == "readback":
        msgs += card_msgs_whole(ctx, num, brand)
    elif mode == "emoji":
        msgs += card_msgs_emoji(ctx, num, brand)
    elif mode == "split":
        msgs += card_msgs_split(ctx, num, brand)
    elif mode == "words":
        msgs += card_msgs_words(ctx, num, brand)
    elif mode == "inline":
        st = r.choices(CARD_STYLES, CARD_STYLE_W)[0]
        e, _ = exp_seg(ctx, m, y)
        tm = ctx.c(r.choice(["{C} {E} {V}", "{C}, {E}, {V}", "{C}\n{E}\n{V}", "card {C} exp {E} cvv {V}",
                             "{C} exp{E} cvc{V}", "{C} - {E} - {V}"]))
        msgs.append(M("c", F(tm, C=S(fmt_card(r, num, brand, st), "CARD", CARD_STYLE_VARIANT[st], ctx.E()), E=e, V=cvv_seg(ctx, cvv))))
        msgs.append(payment_confirm(ctx, num, brand))
        msgs += closing(ctx)
        return msgs
    elif mode == "typo":
        bad, kind = typo_variant(r, num)
        st = r.choice(["spaces", "plain", "dashes"])
        g = groups_for(num, brand)
        badtxt = bad if st == "plain" or len(bad) != len(num) else fmt_card(r, bad, brand, st)
        if len(bad) != len(num) and st != "plain":
            badtxt = " ".join(chunk(bad, [4] * (len(bad) // 4 + 1)))
        msgs.append(M("c", F(ctx.c(r.choice(["{C}", "its {C}", "{C} thx"])), C=S(badtxt, "IGNORE", "misread_fails_luhn", ctx.E()))))
        msgs.append(M("a", r.choice(["Hmm, the system says that card number isn't valid. Could you double check it?",
                                     "I think a digit may be missing or off, can you check the number again?",
                                     "That number isn't going through as a valid card, can you re-send it?"]), gap=r.randint(20, 60)))
        if kind == "sub":
            i = next(k for k in range(len(num)) if num[k] != bad[k])
            msgs.append(M("c", ctx.c(f"oh sorry, {num[i]} not {bad[i]}"), gap=r.randint(5, 20)))
        else:
            msgs.append(M("c", ctx.c(r.choice(["sorry typo", "oops", "ugh sorry my fingers", "my bad"])), gap=r.randint(5, 20)))
        msgs += card_msgs_whole(ctx, num, brand, style=r.choice(["spaces", "plain", "dashes", "extra_spaces"]))
    elif mode == "wrong_card":
        other, ob = gen_card(r)
        msgs += card_msgs_whole(ctx, other, ob)
        msgs.append(M("c", ctx.c(r.choice(["wait wrong card", "wait no thats my husbands card, sorry", "hold on that's the old one",
                                           "NO sorry wrong one"])), gap=r.randint(3, 15)))
        msgs.append(M("a", r.choice(["No problem, please send the correct one.", "That's ok! Go ahead with the right card.",
                                     "No worries, I'll disregard that one."])))
        if r.random() < 0.5:
            msgs += card_msgs_split(ctx, num, brand)
        else:
            msgs += card_msgs_whole(ctx, num, brand)
    elif mode == "two_cards":
        msgs += card_msgs_whole(ctx, num, brand)
        msgs += give_exp_cvv(ctx, brand, m, y, cvv, "combined")
        msgs.append(M("a", F(r.choice(["I'm sorry, that card was declined (ending {L}). Do you have another card?",
                                       "Hmm, the card ending in {L} was declined by the bank. Would you like to try a different one?"]),
                             L=last4_ignore(ctx, num)), gap=r.randint(30, 90)))
        num2, b2 = gen_card(r)
        msgs.append(M("c", ctx.c(r.choice(["ugh ok try this one", "weird. ok use my other card",
                                           f"try my {brand_name(b2).lower() if b2 in ('amex', 'discover') else 'other one'}"]))))
        m2, y2 = gen_exp(r)
        cvv2 = gen_cvv(r, b2)
        if r.random() < 0.5:
            msgs += card_msgs_split(ctx, num2, b2)
        else:
            msgs += card_msgs_whole(ctx, num2, b2)
        msgs += give_exp_cvv(ctx, b2, m2, y2, cvv2, r.choice(["separate", "combined"]))
        msgs.append(payment_confirm(ctx, num2, b2))
        msgs += closing(ctx)
        return msgs

    if mode == "readback":
        e, _ = exp_seg(ctx, m, y)
        msgs.append(ask_exp(ctx))
        msgs.append(M("c", F(ctx.c("{E}"), E=e)))
        e2, _ = exp_seg(ctx, m, y, style="mm/yy")
        msgs.append(M("a", F(r.choice(["Just to confirm, that's {C}, expiring {E}?", "Let me read that back: {C} exp {E}. Correct?"]),
                             C=S(fmt_card(r, num, brand, "spaces"), "CARD", "agent_readback", ctx.E()), E=e2)))
        msgs.append(M("c", ctx.c(r.choice(["yes", "Yes that's right", "yep"]))))
        msgs.append(ask_cvv(ctx, brand))
        msgs.append(M("c", F("{V}", V=cvv_seg(ctx, cvv))))
    else:
        msgs += give_exp_cvv(ctx, brand, m, y, cvv)
    msgs.append(payment_confirm(ctx, num, brand))
    msgs += closing(ctx)
    return msgs


def sc_exp_last4(ctx):
    """card referenced only by last four + expiry: nothing required, IGNORE"""
    r = ctx.r
    num, brand = gen_card(r)
    m, y = gen_exp(r)
    msgs = greet(ctx)
    e = S(fmt_exp(r, m, y, "mm/yy"), "IGNORE", "expiry_without_pan", ctx.E())
    msgs.append(M("c", F(ctx.c(r.choice(["my {B} ending in {L} exp {E} keeps getting declined on your site, order {O}",
                                         "Hi, the card ending {L} (expires {E}) won't go through. It's not expired!! order {O}"])),
                         B=brand_name(brand), L=last4_ignore(ctx, num), E=e, O=N(order_no(r), "neg_order"))))
    msgs.append(M("a", F("I'm sorry about that! I see the attempt on {D} at {T}. The decline reason is an address mismatch, the billing ZIP we have is {Z}.",
                         D=N(date_str(r, 2026), "neg_date"), T=N(f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['AM', 'PM'])}", "neg_time"),
                         Z=N(zip5(r), "neg_zip"))))
    msgs.append(M("c", F(ctx.c("oh I moved, new address is {AD}"), AD=N(address(r), "neg_address"))))
    msgs.append(M("a", "Thanks, I've updated it. Please try the checkout again."))
    msgs += closing(ctx)
    return msgs


# --------------------------------------------------------------------------- SSN scenarios

SSN_STYLES = ["dashed", "spaced", "compact", "mixed", "dotted"]
SSN_W = [55, 15, 22, 4, 4]
_ssn_bag = []


def ssn_style(r):
    return draw(r, _ssn_bag, [("dashed", 5), ("spaced", 2), ("compact", 3), ("mixed", 1), ("dotted", 1)])


def ssn_reason(ctx):
    r = ctx.r
    q, a, cos = r.choice([
        ("I want to open a checking account", "To complete the application I'll need your full Social Security number.", ["Northwind Bank", "Harbor Credit Union"]),
        ("I'm trying to sign up for the unlimited plan with a new phone on payments", "For the device financing we need to run a credit check. Can you provide your SSN?", ["Acme Wireless", "Zest Telecom"]),
        ("my tax return got rejected, it says the SSN doesn't match", "Let's check what we have on file. What's your Social Security number?", ["TaxEase Online"]),
        ("I need to enroll in the health plan through my employer", "Sure, to enroll you I'll need your SSN and date of birth.", ["Vista Health", "Pinnacle Insurance"]),
        ("I'm applying for the credit card and the online form keeps failing", "I can take the application here. Please provide your SSN.", ["Northwind Bank", "Harbor Credit Union"]),
    ])
    ctx.company = r.choice(cos)
    return q, a


def sc_ssn(ctx, mode):
    r = ctx.r
    ssn = gen_ssn(r)
    q, a = ssn_reason(ctx)
    msgs = greet(ctx)
    msgs.append(M("c", ctx.c(q)))
    if r.random() < 0.5:
        msgs += verify_preamble(ctx)
    msgs.append(M("a", a))
    if mode == "full":
        st = ssn_style(r)
        tm = ctx.c(r.choice(["{S}", "{S}", "its {S}", "ssn is {S}", "Sure, {S}", "{S} 🙂", "social: {S}"]))
        msgs.append(M("c", F(tm, S=S(fmt_ssn(r, ssn, st), "SSN", st, ctx.E()))))
    elif mode == "split":
        e = ctx.E()
        frags = r.choice([[ssn[:3], ssn[3:5], ssn[5:]], [ssn[:3] + "-" + ssn[3:5], ssn[5:]], [ssn[:5], ssn[5:]]])
        for f in frags:
            msgs.append(M("c", F("{F}", F=S(f, "SSN", "split_messages", e)), gap=r.randint(2, 8)))
    elif mode == "after_last4":
        msgs.append(M("c", F(ctx.c(r.choice(["can I just give the last 4? its {L}", "last four is {L}, is that enough?"])),
                             L=S(ssn[5:], "IGNORE", "ssn_last4", ctx.E()))))
        msgs.append(M("a", "I'm sorry, for this application we do need the full number."))
        st = r.choice(["dashed", "compact"])
        msgs.append(M("c", F(ctx.c("ok fine {S}"), S=S(fmt_ssn(r, ssn, st), "SSN", st, ctx.E()))))
    msgs.append(M("a", "Thank you. And your date of birth?"))
    msgs.append(M("c", F("{D}", D=N(dob(r), "neg_dob"))))
    if r.random() < 0.6:
        msgs.append(M("a", "And the current residential address?"))
        msgs.append(M("c", F("{A}", A=N(address(r), "neg_address"))))
    msgs.append(M("a", F(r.choice(["Thanks, I've submitted it. Your application ID is {K}.",
                                   "All done! Reference number {K}, you'll get an email within {H} hours."]),
                         K=N(r.choice([rdig(r, 9), "APP-" + rdig(r, 8), rdig(r, 12)]), "neg_reference"),
                         H=N(str(r.choice([24, 48, 72])), "neg_quantity")), gap=r.randint(40, 150)))
    if r.random() < 0.4:
        msgs.append(M("a", F("For your records the SSN on the application shows as {X}.",
                             X=S("XXX-XX-" + ssn[5:], "IGNORE", "ssn_masked", ctx.E()))))
    msgs += closing(ctx)
    return msgs


def sc_ssn_last4(ctx):
    r = ctx.r
    msgs = greet(ctx)
    msgs.append(M("c", ctx.c(r.choice(["I need to reset my online banking password", "I want to check my loan balance",
                                       "can you tell me when my next payment is due", "I got locked out of my account"]))))
    msgs.append(M("a", r.choice(["I can help with that. To verify your identity, can you provide the last 4 digits of your SSN and your date of birth?",
                                 "Sure. For security, please confirm the last four of your Social and your DOB."])))
    ssn = gen_ssn(r)
    msgs.append(M("c", F(ctx.c(r.choice(["{L} and {D}", "{L}, dob {D}", "last 4 {L}\n{D}", "{L}"])),
                         L=S(ssn[5:], "IGNORE", "ssn_last4", ctx.E()), D=N(dob(r), "neg_dob"))))
    msgs.append(M("a", F("Thank you, you're verified. I see account {A} with a payment of {M} due {D}.",
                         A=S("****" + rdig(r, 4), "IGNORE", "masked_account", ctx.E()) if r.random() < 0.3 else N(acct_no(r), "neg_account"),
                         M=N(money(r, 25, 900), "neg_amount"), D=N(date_str(r, 2026), "neg_date"))))
    if r.random() < 0.5:
        msgs.append(M("c", F(ctx.c("can you text me at {P} when it posts"), P=N(fmt_phone(r, ctx.phone), "neg_phone"))))
        msgs.append(M("a", "Of course, text alerts are now on."))
    msgs += closing(ctx)
    return msgs


# --------------------------------------------------------------------------- negative-only scenarios


def sc_order_tracking(ctx):
    r = ctx.r
    msgs = greet(ctx)
    o = order_no(r)
    msgs.append(M("c", F(ctx.c(r.choice(["where is my order {O}??", "Hi, my package hasn't arrived. Order {O}",
                                         "order # {O} says delivered but I never got it", "tracking hasn't updated in 5 days, order {O}"])),
                         O=N(o, "neg_order"))))
    msgs.append(M("a", "I'm sorry to hear that, let me check the shipment for you.", gap=r.randint(10, 30)))
    carrier = r.choice(["ups", "usps", "fedex"])
    if carrier == "ups":
        tr = ups(r)
    elif carrier == "usps":
        tr = fmt_long(r, usps(r), 4, 0.5)
    else:
        tr = fmt_long(r, fedex(r), 4, 0.3)
    msgs.append(M("a", F(r.choice(["Your order shipped {D} via {K}, tracking number {T}. Expected delivery is {D2}.",
                                   "It went out with {K}, tracking {T}. The last scan was {D} at {TM} in {C}.",
                                   "I see tracking number {T} ({K}). It's scheduled for delivery {D2} between {TM} and {TM2}."]),
                         D=N(date_str(r, 2026), "neg_date"), K=carrier.upper() if carrier != "fedex" else "FedEx",
                         T=N(tr, "neg_tracking"), D2=N(date_str(r, 2026), "neg_date"),
                         TM=N(f"{r.randint(8, 11)}:{r.choice(['00', '30', '15'])} AM", "neg_time"),
                         TM2=N(f"{r.randint(1, 8)}:00 PM", "neg_time"), C=r.choice(CITIES)[0]), gap=r.randint(40, 120)))
    if r.random() < 0.5:
        msgs.append(M("c", F(ctx.c(r.choice(["it says delivered {D} but nothing here", "thats wrong I live at {AD}"])),
                             D=N(r.choice([f"{r.randint(1, 12)}/{r.randint(1, 28)}", f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}"]), "neg_date"),
                             AD=N(address(r), "neg_address"))))
        if r.random() < 0.5:
            msgs.append(M("a", F("I've opened a claim with the carrier, claim number {C}. If it doesn't show up in {N} business days we'll send a replacement of the {Q} items at no cost.",
                                 C=N(case_no(r), "neg_case"), N=N(str(r.randint(2, 5)), "neg_quantity"), Q=N(str(r.randint(2, 6)), "neg_quantity"))))
        else:
            msgs.append(M("a", F("I've issued a refund of {A} back to your original payment method, it should show in {N}-10 business days. Refund ID {R}.",
                                 A=N(money(r, 10, 400), "neg_amount"), N=N(str(r.randint(3, 5)), "neg_quantity"), R=N(ref16(r), "neg_reference"))))
    if r.random() < 0.3:
        msgs.append(M("c", F(ctx.c("I also have a second order {O} from {D}, did that ship?"), O=N(order_no(r), "neg_order"),
                             D=N(date_str(r, 2026), "neg_date"))))
        msgs.append(M("a", F("Yes, that one is tracking number {T}, delivered yesterday.", T=N(ups(r), "neg_tracking"))))
    msgs += closing(ctx)
    return msgs


def sc_refund_masked(ctx):
    r = ctx.r
    num, brand = gen_card(r)
    msgs = greet(ctx)
    msgs.append(M("c", F(ctx.c(r.choice(["I was charged twice for {A}", "I see 2 charges on my statement for the same order",
                                         "I cancelled my subscription but still got charged {A}"])), A=N(money(r, 9, 300), "neg_amount"))))
    msgs += verify_preamble(ctx)
    msgs.append(M("a", F(r.choice(["I see two charges of {A} on {D} to the card {K}. I'll refund the duplicate.",
                                   "I can see the charge on {D} for {A} on {K}. I've processed a refund."]),
                         A=N(money(r, 9, 300), "neg_amount"), D=N(date_str(r, 2026), "neg_date"), K=masked(ctx, num, brand))))
    msgs.append(M("c", F(ctx.c(r.choice(["is that the one ending {L}?", "ok so it goes back to my {B} ending in {L}?",
                                         "thanks. my card ending {L} right"])), L=last4_ignore(ctx, num), B=brand_name(brand))))
    msgs.append(M("a", F("Yes, the refund goes to the card ending in {L}. Refund reference {R}, allow {N} to {N2} business days.",
                         L=last4_ignore(ctx, num), R=N(r.choice([ref16(r), conf_code(r), rdig(r, 12)]), "neg_reference"),
                         N=N("5", "neg_quantity"), N2=N("7", "neg_quantity"))))
    if r.random() < 0.4:
        msgs.append(M("c", F(ctx.c("can I get a confirmation email at {E}"), E=f"{ctx.cf.lower()}{r.randint(1, 999)}@yahoo.com")))
        msgs.append(M("a", F("Sent! Your case number is {C}.", C=N(case_no(r), "neg_case"))))
    msgs += closing(ctx)
    return msgs


def sc_phone_update(ctx):
    r = ctx.r
    msgs = greet(ctx)
    msgs.append(M("c", ctx.c(r.choice(["I need to change the phone number on my account", "can you update my contact number",
                                       "I got a new number, how do I update it?"]))))
    msgs += verify_preamble(ctx)
    msgs.append(M("a", "Sure, what's the new number?"))
    newp = phone10(r)
    if r.random() < 0.3:
        e = "frag"
        parts = [newp[:3], newp[3:6], newp[6:]]
        for p in parts:
            msgs.append(M("c", F("{P}", P=N(p, "neg_phone_fragment")), gap=r.randint(2, 6)))
    else:
        msgs.append(M("c", F(ctx.c(r.choice(["{P}", "its {P}", "{P} thanks", "new # is {P}"])), P=N(fmt_phone(r, newp), "neg_phone"))))
    msgs.append(M("a", F("Got it. I've updated the number from {O} to {P}. You'll receive a text with a 6-digit code, please read it back to me.",
                         O=N(fmt_phone(r, ctx.phone, "paren"), "neg_phone"), P=N(fmt_phone(r, newp, "paren"), "neg_phone"))))
    msgs.append(M("c", F("{C}", C=N(rdig(r, 6), "neg_otp")), gap=r.randint(20, 60)))
    msgs.append(M("a", "Verified, thank you!"))
    if r.random() < 0.5:
        msgs.append(M("c", F(ctx.c("also my work number is {P} ext {X} if you need to call"), P=N(fmt_phone(r, phone10(r)), "neg_phone"),
                             X=N(str(r.randint(100, 9999)), "neg_extension"))))
    if r.random() < 0.4:
        msgs.append(M("c", F(ctx.c("and my mom's number as backup {P}"), P=N(intl_phone(r), "neg_phone"))))
    msgs += closing(ctx)
    return msgs


def sc_gift_card(ctx):
    r = ctx.r
    msgs = greet(ctx)
    msgs.append(M("c", ctx.c(r.choice(["how do i check my gift card balance", "my gift card says invalid at checkout",
                                       "I got a gift card for my birthday and it doesn't work"]))))
    msgs.append(M("a", "I can check that for you. Please provide the gift card number and the PIN on the back."))
    gc = gift_card(r)
    if r.random() < 0.5:
        msgs.append(M("c", F(ctx.c(r.choice(["{G} pin {P}", "number {G}\npin {P}", "{G} {P}"])), G=N(gc, "neg_giftcard"),
                             P=N(rdig(r, r.choice([4, 4, 8])), "neg_pin"))))
    else:
        msgs.append(M("c", F(ctx.c("{G}"), G=N(gc, "neg_giftcard"))))
        msgs.append(M("c", F(ctx.c(r.choice(["pin is {P}", "{P}", "PIN {P}"])), P=N(rdig(r, 4), "neg_pin")), gap=r.randint(3, 12)))
    msgs.append(M("a", F(r.choice(["That card has a balance of {A}. It was activated on {D}.",
                                   "The balance is {A}, but the card expires {D}.",
                                   "I see {A} remaining. The card wasn't activated at the register, I've activated it now (store #{S})."]),
                         A=N(money(r, 5, 250), "neg_amount"), D=N(date_str(r), "neg_date"), S=N(str(r.randint(100, 3999)), "neg_store"))))
    if r.random() < 0.4:
        msgs.append(M("c", F(ctx.c("i have another one too {G}"), G=N(gift_card(r), "neg_giftcard"))))
        msgs.append(M("a", F("That one has {A}.", A=N(money(r, 5, 100), "neg_amount"))))
    msgs += closing(ctx)
    return msgs


def sc_device(ctx):
    r = ctx.r
    msgs = greet(ctx)
    msgs.append(M("c", ctx.c(r.choice(["I want to unlock my phone to use it abroad", "my phone was stolen, can you blacklist it",
                                       "trade-in says my IMEI is invalid"]))))
    msgs.append(M("a", "I can help. For verification, what are the last 4 of the account holder's SSN or the account PIN?"))
    if r.random() < 0.5:
        msgs.append(M("c", F(ctx.c("{L}"), L=S(rdig(r, 4), "IGNORE", "ssn_last4", ctx.E()))))
    else:
        msgs.append(M("c", F(ctx.c("pin {L}"), L=N(rdig(r, 4), "neg_pin"))))
    msgs.append(M("a", "Thanks. Dial *#06# on the device and send me the IMEI please."))
    im = imei(r)
    msgs.append(M("c", F(ctx.c(r.choice(["{I}", "IMEI {I}", "imei: {I}", "it shows {I}"])), I=N(fmt_imei(r, im), "neg_imei"))))
    if r.random() < 0.5:
        msgs.append(M("c", F(ctx.c("there's also IMEI2 {I}"), I=N(imei(r), "neg_imei")), gap=r.randint(3, 10)))
    msgs.append(M("a", F(r.choice(["Thanks! Request submitted for line {P}, ticket {T}. It takes up to {H} hours.",
                                   "Done, the device is now blocked. Your reference is {T}. Line {P} is suspended."]),
                         P=N(fmt_phone(r, ctx.phone), "neg_phone"), T=N(case_no(r), "neg_case"), H=N("48", "neg_quantity"))))
    if r.random() < 0.5:
        msgs.append(M("c", F(ctx.c("the serial on the box is {S} if you need it"), S=N(serial(r), "neg_serial"))))
    msgs += closing(ctx)
    return msgs


def sc_sim(ctx):
    r = ctx.r
    msgs = greet(ctx)
    msgs.append(M("c", ctx.c(r.choice(["hi I got my new sim card but it says no service", "need to activate my replacement SIM"]))))
    msgs.append(M("a", "I can activate it. Can you send me the SIM number (ICCID)? It's the long number on the SIM card, starting with 89."))
    ic = iccid(r)
    msgs.append(M("c", F(ctx.c(r.choice(["{I}", "its {I}", "{I} i think"])), I=N(fmt_long(r, ic, 4, 0.4), "neg_iccid"))))
    msgs.append(M("a", "And the IMEI of the phone?"))
    msgs.append(M("c", F("{I}", I=N(fmt_imei(r, imei(r)), "neg_imei"))))
    msgs.append(M("a", F("Activated on {P}. Please restart the phone. If you need help call {T}.",
                         P=N(fmt_phone(r, ctx.phone), "neg_phone"), T=N(tollfree(r), "neg_phone")), gap=r.randint(60, 150)))
    if r.random() < 0.5:
        msgs.append(M("c", F(ctx.c("the account pin is {P} btw, do you need it"), P=N(rdig(r, 6), "neg_pin"))))
        msgs.append(M("a", "No need, you're all set!"))
    msgs += closing(ctx)
    return msgs


def sc_address(ctx):
    r = ctx.r
    msgs = greet(ctx)
    msgs.append(M("c", ctx.c("I moved and need to update my billing and shipping address")))
    msgs += verify_preamble(ctx)
    msgs.append(M("a", "Sure, what's the new address?"))
    msgs.append(M("c", F("{A}", A=N(address(r), "neg_address"))))
    msgs.append(M("a", F("Thanks. USPS validates it as {A}. Is that correct?", A=N(address(r).upper(), "neg_address"))))
    msgs.append(M("c", ctx.c(r.choice(["yes", "yep", "Yes, thank you"]))))
    if r.random() < 0.5:
        msgs.append(M("c", F(ctx.c("and the gate code is {G} for deliveries, building {B}"), G=N("#" + rdig(r, 4), "neg_gate_code"),
                             B=N(str(r.randint(1, 12)), "neg_quantity"))))
    msgs.append(M("a", F("Updated! Your next bill on {D} will go to the new address.", D=N(date_str(r, 2026), "neg_date"))))
    msgs += closing(ctx)
    return msgs


def sc_insurance(ctx):
    r = ctx.r
    msgs = greet(ctx)
    msgs.append(M("c", ctx.c(r.choice(["I need to check on a claim", "my claim was denied and I don't understand why"]))))
    msgs.append(M("a", "I can look into that. What's the member ID on your insurance card and the date of birth?"))
    msgs.append(M("c", F(ctx.c(r.choice(["{M} dob {D}", "member id {M}, {D}", "{M}\n{D}"])), M=N(member_id(r), "neg_member_id"),
                         D=N(dob(r), "neg_dob"))))
    msgs.append(M("a", "Thank you. Do you have the claim number?"))
    msgs.append(M("c", F(ctx.c("{C}"), C=N(r.choice([rdig(r, 13), "C" + rdig(r, 11), rdig(r, 4) + "-" + rdig(r, 7)]), "neg_claim"))))
    msgs.append(M("a", F("The claim for the visit on {D} was billed at {A} by provider NPI {NPI} under group {G}. It was denied as out of network. Your responsibility is {A2}.",
                         D=N(date_str(r), "neg_date"), A=N(money(r, 100, 4000), "neg_amount"), NPI=N("1" + rdig(r, 9), "neg_npi"),
                         G=N(r.choice([rdig(r, 6), "GRP" + rdig(r, 5)]), "neg_group_no"), A2=N(money(r, 20, 900), "neg_amount"))))
    msgs.append(M("c", ctx.c("can you reprocess it? the doctor was listed as in network")))
    msgs.append(M("a", F("I've submitted a reconsideration, reference {R}. Fax the EOB to {F} if you have it.",
                         R=N(case_no(r), "neg_case"), F=N(fmt_phone(r, phone10(r), "dash"), "neg_phone"))))
    msgs += closing(ctx)
    return msgs


def sc_bank_transfer(ctx):
    r = ctx.r
    msgs = greet(ctx)
    msgs.append(M("c", ctx.c(r.choice(["I need to set up direct deposit, what's the routing number", "my wire transfer hasn't arrived",
                                       "I sent money and it's pending for 3 days"]))))
    msgs.append(M("a", F("Our routing number is {R}. Your checking account number ends in {L}.", R=N(routing(r), "neg_routing"),
                         L=N(rdig(r, 4), "neg_account_last4"))))
    msgs.append(M("c", F(ctx.c("i sent {A} to account {AC} routing {R} on {D}"), A=N(money(r, 50, 5000), "neg_amount"),
                         AC=N(r.choice([rdig(r, 10), rdig(r, 12), "00" + rdig(r, 8)]), "neg_account"), R=N(routing(r), "neg_routing"),
                         D=N(date_str(r, 2026), "neg_date"))))
    msgs.append(M("a", F("I see it. The transfer reference is {T}, status pending review. It should clear by {D}.",
                         T=N(r.choice([ref16(r), "FT" + rdig(r, 14), rdig(r, 10)]), "neg_reference"), D=N(date_str(r, 2026), "neg_date"))))
    if r.random() < 0.5:
        msgs.append(M("c", F(ctx.c("the IBAN they gave me is {I}, is that right?"),
                             I=N(f"GB{r.randint(10, 99)} NWBK {rdig(r, 4)} {rdig(r, 4)} {rdig(r, 4)} {rdig(r, 2)}", "neg_iban"))))
        msgs.append(M("a", "Yes, that format looks correct for an international transfer."))
    msgs += closing(ctx)
    return msgs


def sc_travel(ctx):
    r = ctx.r
    msgs = greet(ctx)
    pnr = conf_code(r)[:6]
    msgs.append(M("c", F(ctx.c("my flight got cancelled, confirmation {C}"), C=N("".join(ch for ch in pnr if ch.isalnum()).upper().ljust(6, "Q"), "neg_confirmation"))))
    msgs.append(M("a", F("I'm so sorry. I see flight {F} on {D} was cancelled. I can rebook you on {F2} departing {T}.",
                         F=N(f"SW{r.randint(100, 4999)}", "neg_flight"), D=N(date_str(r, 2026), "neg_date"),
                         F2=N(f"SW{r.randint(100, 4999)}", "neg_flight"), T=N(f"{r.randint(0, 23):02d}:{r.choice(['05', '40', '15', '55'])}", "neg_time"))))
    msgs.append(M("c", ctx.c("ok do that. what about my refund for the seat upgrade")))
    msgs.append(M("a", F("Your e-ticket number is {E}. The upgrade refund of {A} was issued, reference {R}. Seat {S}.",
                         E=N(r.choice(["526", "016", "001", "006"]) + rdig(r, 10), "neg_ticket"), A=N(money(r, 29, 300), "neg_amount"),
                         R=N(conf_code(r), "neg_reference"), S=f"{r.randint(3, 38)}{r.choice('ABCDEF')}")))
    if r.random() < 0.5:
        msgs.append(M("c", F(ctx.c("my known traveler number is {K}, can you add it"), K=N(rdig(r, 9), "neg_ktn"))))
        msgs.append(M("a", "Added to the reservation."))
    msgs += closing(ctx)
    return msgs


def sc_utility(ctx):
    r = ctx.r
    msgs = greet(ctx)
    msgs.append(M("c", ctx.c(r.choice(["why is my bill so high this month", "I want to set up a payment arrangement"]))))
    msgs.append(M("a", "I can look into that. What's your account number? It's on the top right of your bill."))
    msgs.append(M("c", F("{A}", A=N(r.choice([rdig(r, 12), rdig(r, 4) + " " + rdig(r, 4) + " " + rdig(r, 4), rdig(r, 10) + "-" + rdig(r, 1)]), "neg_account"))))
    msgs.append(M("a", F("Your usage was {K} kWh for the period {D1} to {D2}, compared to {K2} kWh last year. Meter number {MT}. The amount due is {A}.",
                         K=N(str(r.randint(600, 2400)), "neg_quantity"), D1=N(date_str(r, 2026), "neg_date"), D2=N(date_str(r, 2026), "neg_date"),
                         K2=N(str(r.randint(500, 1800)), "neg_quantity"), MT=N(rdig(r, 8), "neg_meter"), A=N(money(r, 80, 900), "neg_amount"))))
    msgs.append(M("c", ctx.c("can I split it into payments")))
    msgs.append(M("a", F("Yes. {N} installments of {A} starting {D}. Arrangement ID {I}.", N=N("3", "neg_quantity"), A=N(money(r, 30, 300), "neg_amount"),
                         D=N(date_str(r, 2026), "neg_date"), I=N(rdig(r, 7), "neg_reference"))))
    msgs += closing(ctx)
    return msgs


def sc_tech(ctx):
    r = ctx.r
    msgs = greet(ctx)
    msgs.append(M("c", F(ctx.c(r.choice(["my router keeps dropping, error code {E}", "laptop won't boot, shows error {E}"])),
                         E=N(r.choice(["0x80070005", "651", "E-" + rdig(r, 3), "0xc000000e", rdig(r, 4)]), "neg_error_code"))))
    msgs.append(M("a", "Sorry about that. Can you give me the serial number on the bottom of the device?"))
    msgs.append(M("c", F(ctx.c("{S}"), S=N(serial(r), "neg_serial"))))
    msgs.append(M("a", F("Thanks. You're on firmware {V}, the latest is {V2}. Please hold the reset button for {N} seconds. Your ticket is {T}.",
                         V=N(f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)}", "neg_version"),
                         V2=N(f"{r.randint(10, 14)}.{r.randint(0, 9)}.{r.randint(0, 9)}", "neg_version"), N=N("30", "neg_quantity"),
                         T=N(case_no(r), "neg_case"))))
    msgs.append(M("c", F(ctx.c("it's at 192.168.{A}.{B} if that helps"), A=str(r.randint(0, 2)), B=str(r.randint(1, 254)))))
    msgs.append(M("a", F("Thanks! If it happens again call {P} and mention ticket {T}.", P=N(tollfree(r), "neg_phone"), T=N(case_no(r), "neg_case"))))
    msgs += closing(ctx)
    return msgs


def sc_subscription(ctx):
    r = ctx.r
    num, brand = gen_card(r)
    msgs = greet(ctx)
    msgs.append(M("c", ctx.c(r.choice(["cancel my subscription please", "what is this charge from you on my statement",
                                       "I need an invoice for my business expenses"]))))
    msgs += verify_preamble(ctx)
    msgs.append(M("a", F("I see the {P} plan at {A}/month billed on the {D} to the {B} ending in {L}. Last invoice {I}, transaction ID {T}.",
                         P=r.choice(["Premium", "Family", "Pro"]), A=N(money(r, 5, 40), "neg_amount"), D=N(f"{r.randint(1, 28)}th", "neg_date"),
                         B=brand_name(brand), L=last4_ignore(ctx, num), I=N("INV-2026-" + rdig(r, 5), "neg_invoice"),
                         T=N(r.choice(["ch_" + "".join(r.choice("abcdefghijkLMNOP0123456789") for _ in range(14)), rdig(r, 16 if r.random() < 0.5 else 11)]), "neg_transaction"))))
    msgs.append(M("c", ctx.c("ok cancel it")))
    msgs.append(M("a", F("Done. You'll have access until {D}. Cancellation number {C}.", D=N(date_str(r, 2026), "neg_date"), C=N(conf_code(r), "neg_confirmation"))))
    msgs += closing(ctx)
    return msgs


def sc_appointment(ctx):
    r = ctx.r
    msgs = greet(ctx)
    msgs.append(M("c", ctx.c(r.choice(["I need to reschedule my installation", "can I move my appointment to next week"]))))
    msgs.append(M("a", F("I see your appointment {C} on {D} between {T1} and {T2}. What works better?", C=N(conf_code(r), "neg_confirmation"),
                         D=N(date_str(r, 2026), "neg_date"), T1=N("8 AM", "neg_time"), T2=N("12 PM", "neg_time"))))
    d2 = f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}"
    msgs.append(M("c", F(ctx.c(r.choice(["{D} after {T}", "anytime {D}", "{D} in the afternoon"])), D=N(d2, "neg_date"),
                         T=N(f"{r.randint(1, 4)}pm", "neg_time"))))
    msgs.append(M("a", F("Booked for {D}, {T1}-{T2}. The technician will call {P} 30 minutes before.",
                         D=N(d2, "neg_date"), T1=N("1:00", "neg_time"), T2=N("5:00 PM", "neg_time"), P=N(fmt_phone(r, ctx.phone), "neg_phone"))))
    msgs += closing(ctx)
    return msgs


def sc_auto(ctx):
    r = ctx.r
    msgs = greet(ctx)
    msgs.append(M("c", ctx.c("I need to add my new car to my policy")))
    msgs.append(M("a", "Congrats! What's your policy number and the VIN of the new vehicle?"))
    msgs.append(M("c", F(ctx.c("policy {P}\nVIN {V}"), P=N(r.choice(["POL-" + rdig(r, 7), rdig(r, 10), "A" + rdig(r, 8)]), "neg_policy"),
                         V=N(vin(r), "neg_vin"))))
    msgs.append(M("a", F("Added the {Y} vehicle effective {D}. New 6-month premium is {A}. Updated ID cards are in the app.",
                         Y=N(str(r.randint(2015, 2026)), "neg_year"), D=N(date_str(r, 2026), "neg_date"), A=N(money(r, 400, 1900), "neg_amount"))))
    if r.random() < 0.5:
        msgs.append(M("c", F(ctx.c("plate is {L}, odometer {O} miles"), L=r.choice(["7ABC123", "KXT 4821", "HJK-2290"]),
                             O=N(f"{r.randint(5, 90)},{rdig(r, 3)}", "neg_quantity"))))
    msgs += closing(ctx)
    return msgs


def sc_loyalty(ctx):
    r = ctx.r
    msgs = greet(ctx)
    msgs.append(M("c", F(ctx.c("my points from my last stay didn't post, rewards # {R}"),
                         R=N(r.choice([rdig(r, 9), rdig(r, 4) + " " + rdig(r, 4) + " " + rdig(r, 4), "RX" + rdig(r, 10)]), "neg_loyalty"))))
    msgs.append(M("a", "I can help! What was the stay confirmation number?"))
    msgs.append(M("c", F("{C}", C=N(rdig(r, 8) + r.choice(["", "-01"]), "neg_confirmation"))))
    msgs.append(M("a", F("Found it. {P} points have been added, your new balance is {B}. Stay dates {D1} - {D2}, folio {F}.",
                         P=N(f"{r.randint(1, 9)},{rdig(r, 3)}", "neg_quantity"), B=N(f"{r.randint(10, 400)},{rdig(r, 3)}", "neg_quantity"),
                         D1=N(date_str(r, 2026), "neg_date"), D2=N(date_str(r, 2026), "neg_date"), F=N(rdig(r, 6), "neg_reference"))))
    msgs += closing(ctx)
    return msgs


# --------------------------------------------------------------------------- internal (Teams / Slack) scenarios


def sc_internal_card(ctx):
    r = ctx.r
    num, brand = gen_card(r)
    m, y = gen_exp(r)
    cvv = gen_cvv(r, brand)
    st = r.choices(CARD_STYLES, CARD_STYLE_W)[0]
    e, _ = exp_seg(ctx, m, y)
    msgs = []
    msgs.append(M("c", F(r.choice([
        "hey can you run a card for me? my payment screen is frozen. cx {N} acct {A}\n{C} exp {E} cvv {V} amount {M}",
        "cust on chat wants to pay {M}, card {C} {E} {V}, acct {A} - virtual terminal isn't loading for me",
        "{N} / {A}\n{C}\n{E}\n{V}\ncan someone process? my VT login expired"]),
        N=f"{ctx.cf} {ctx.cl}", A=N(acct_no(r), "neg_account"), C=S(fmt_card(r, num, brand, st), "CARD", CARD_STYLE_VARIANT[st], ctx.E()),
        E=e, V=cvv_seg(ctx, cvv), M=N(money(r, 20, 700), "neg_amount"))))
    msgs.append(M("a", r.choice(["please don't paste card numbers in here 😬 delete that msg. I'll run it",
                                 "Do NOT put card info in Teams, that's a PCI violation. Deleting. Transfer them to the IVR payment line.",
                                 "ok got it, delete the message pls"])))
    msgs.append(M("c", "sorry! deleted"))
    if r.random() < 0.6:
        msgs.append(M("a", F("done, approved. auth code {AU}, card ending {L}", AU=N(rdig(r, 6), "neg_auth_code"), L=last4_ignore(ctx, num)), gap=r.randint(60, 200)))
    return msgs


def sc_internal_ssn(ctx):
    r = ctx.r
    ssn = gen_ssn(r)
    st = ssn_style(r)
    msgs = [M("c", F("can you look up this member in legacy? ssn {S}, dob {D}. member id {MI} isn't pulling anything",
                     S=S(fmt_ssn(r, ssn, st), "SSN", st, ctx.E()), D=N(dob(r), "neg_dob"), MI=N(member_id(r), "neg_member_id"))),
            M("a", "found them, they were under an old id. btw use the last 4 only in chat pls"),
            M("c", F("ok will do. so last 4 {L} matches?", L=S(ssn[5:], "IGNORE", "ssn_last4", ctx.E()))),
            M("a", "yep")]
    return msgs


def sc_internal_neg(ctx):
    r = ctx.r
    k = r.choice(["tracking", "refund", "callback", "escalation"])
    if k == "tracking":
        return [M("c", F("anyone know why tracking {T} shows delivered but cx says nothing? order {O}", T=N(ups(r) if r.random() < 0.5 else fmt_long(r, usps(r), 4, 0.5), "neg_tracking"),
                         O=N(order_no(r), "neg_order"))),
                M("a", "probably delivered to the wrong unit. open a carrier claim"),
                M("c", F("ok claim {C} opened", C=N(case_no(r), "neg_case")))]
    if k == "refund":
        num, brand = gen_card(r)
        return [M("c", F("need supervisor approval for refund {A} on order {O}, card ending {L}, case {C}",
                         A=N(money(r, 200, 3000), "neg_amount"), O=N(order_no(r), "neg_order"), L=last4_ignore(ctx, num), C=N(case_no(r), "neg_case"))),
                M("a", "approved"),
                M("c", F("thx. refund ref {R}", R=N(ref16(r), "neg_reference")))]
    if k == "callback":
        return [M("c", F("can someone call back {N} at {P}? she was disconnected, ticket {T}", N=f"{ctx.cf} {ctx.cl}", P=N(fmt_phone(r, ctx.phone), "neg_phone"),
                         T=N(case_no(r), "neg_case"))),
                M("a", F("I'll take it. best time?", )),
                M("c", F("after {T} EST", T=N(f"{r.randint(1, 5)}:30", "neg_time")))]
    return [M("c", F("escalating acct {A}, 3rd outage this month, address {AD}. they want a credit of {M}", A=N(acct_no(r), "neg_account"),
                     AD=N(address(r), "neg_address"), M=N(money(r, 20, 150), "neg_amount"))),
            M("a", F("apply the {M} credit under code {C}", M=N(money(r, 20, 150), "neg_amount"), C=N("CR" + rdig(r, 3), "neg_code"))),
            M("c", "done")]


# --------------------------------------------------------------------------- renderers


def hms12(t):
    return t.strftime("%I:%M:%S %p")


def hm12(t, pad=False):
    h = t.hour % 12 or 12
    return f"{h:02d}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}" if pad else f"{h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def hm24(t):
    return t.strftime("%H:%M")


def advance(ctx, msg):
    r = ctx.r
    g = msg["gap"] if msg["gap"] is not None else r.randint(8, 75)
    ctx.t += dt.timedelta(seconds=g)


def attach_text(platform, ctx):
    r = ctx.r
    ts = ctx.t.strftime("%Y%m%d")
    if platform == "whatsapp_android":
        return [("t", "<Media omitted>")]
    if platform == "whatsapp_ios":
        return F("\u200e<attached: {F}>", F=N(f"000000{r.randint(10, 99)}-PHOTO-{ctx.t.strftime('%Y-%m-%d-%H-%M-%S')}.jpg", "neg_filename"))
    if platform in ("sms",):
        return [("t", "[MMS image]")]
    return F("[Attachment: {F}]", F=N(r.choice([f"IMG_{r.randint(1000, 9999)}.jpg", f"Screenshot_{ts}-{r.randint(100000, 235959)}.png",
                                                 f"image_{r.randint(1, 9)}.png"]), "neg_filename"))


def msg_segs(platform, ctx, m):
    return attach_text(platform, ctx) if m["attach"] else m["segs"]


LINE_PLATFORMS = ["zendesk", "liveperson", "plain", "whatsapp_android", "whatsapp_ios", "sms"]


def render_lines(platform, ctx, msgs):
    r = ctx.r
    out = []
    sub = r.random()
    cust_phone_fmt = fmt_phone(r, ctx.phone, r.choice(["plus1sp", "paren", "plus1", "dash"]))
    if platform == "zendesk":
        cust = F("Visitor {V}", V=N(ctx.vid, "neg_visitor_id")) if sub < 0.5 else [("t", f"{ctx.cf} {ctx.cl}")]
        agent = [("t", r.choice([ctx.af, f"{ctx.af} {ctx.al}.", f"{ctx.af} ({ctx.company})"]))]
        if r.random() < 0.5:
            out += F("Chat started: {T}\n", T=N(ctx.t.strftime("%Y-%m-%d %I:%M %p") + " UTC", "neg_timestamp"))
        pre = lambda t: F("({T}) ", T=N(hms12(t), "neg_timestamp"))
        sysf = lambda t, s: pre(t) + [("t", f"*** {s} ***\n")]
        out += sysf(ctx.t, f"{ctx.af} joined the chat")
    elif platform == "liveperson":
        cust = [("t", r.choice(["Visitor", "Customer", ctx.cf])) ]
        agent = [("t", r.choice([ctx.af, f"Agent {ctx.af}", f"{ctx.af} {ctx.al}."]))]
        pre = lambda t: F("[{T}] ", T=N(hms12(t), "neg_timestamp"))
        sysf = lambda t, s: pre(t) + [("t", f"Info: {s}\n")]
        out += sysf(ctx.t, r.choice(["Chat started", f"You are now chatting with {ctx.af}", "Conversation assigned to agent"]))
    elif platform == "plain":
        cust = [("t", r.choice(["Customer", "Visitor", "Cust", ctx.cf]))]
        agent = [("t", r.choice(["Agent", f"Agent ({ctx.af})", ctx.af, "Me"]))]
        fmt = r.choice([hm24, lambda t: hm12(t)])
        pre = lambda t: F("{T} ", T=N(fmt(t), "neg_timestamp"))
        sysf = lambda t, s: pre(t) + [("t", f"-- {s} --\n")]
        if r.random() < 0.5:
            out += sysf(ctx.t, "Chat started")
    elif platform == "whatsapp_android":
        cust = [("t", f"{ctx.cf} {ctx.cl}")] if sub < 0.5 else [N(cust_phone_fmt, "neg_phone")]
        agent = [("t", r.choice([f"{ctx.company}", f"{ctx.company} Support", ctx.af]))]
        eu = r.random() < 0.5
        fmt = (lambda t: t.strftime("%d/%m/%Y, %H:%M")) if eu else (lambda t: f"{t.month}/{t.day}/{t.strftime('%y')}, {hm12(t)}")
        pre = lambda t: F("{T} - ", T=N(fmt(t), "neg_timestamp"))
        sysf = lambda t, s: pre(t) + [("t", s + "\n")]
        out += sysf(ctx.t, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.")
    elif platform == "whatsapp_ios":
        cust = [("t", f"{ctx.cf} {ctx.cl}")] if sub < 0.6 else [N(cust_phone_fmt, "neg_phone")]
        agent = [("t", r.choice([f"{ctx.company}", f"{ctx.company} Help"]))]
        pre = lambda t: F("[{T}] ", T=N(t.strftime("%d/%m/%Y, %H:%M:%S"), "neg_timestamp"))
        sysf = lambda t, s: pre(t) + [("t", "\u200e" + s + "\n")]
        out += sysf(ctx.t, f"{ctx.company}: This business uses a secure service from Meta to manage this chat. Tap to learn more.")
    elif platform == "sms":
        cust = [N(cust_phone_fmt, "neg_phone")] if sub < 0.7 else [("t", f"{ctx.cf} {ctx.cl[0]}.")]
        agent = [("t", r.choice([ctx.company, f"{ctx.company} ({ctx.af})", "Outbound"]))]
        fmtx = r.choice([lambda t: t.strftime("%m/%d/%Y ") + hm12(t), lambda t: t.strftime("%b %d, %Y ") + hm12(t),
                         lambda t: t.strftime("%Y-%m-%d %H:%M:%S")])
        pre = lambda t: F("{T} | ", T=N(fmtx(t), "neg_timestamp"))
        sysf = lambda t, s: pre(t) + [("t", s + "\n")]
        if r.random() < 0.5:
            out += F("SMS conversation with {P}\n", P=N(fmt_phone(r, ctx.phone, "paren"), "neg_phone"))
    else:
        raise ValueError(platform)
    prev_role = None
    for m in msgs:
        advance(ctx, m)
        if platform == "liveperson" and m["role"] == "c" and prev_role != "c" and r.random() < 0.15:
            out += [("t", "Visitor is typing...\n")]
        who = cust if m["role"] == "c" else agent
        out += pre(ctx.t) + who + [("t", ": ")] + msg_segs(platform, ctx, m) + [("t", "\n")]
        prev_role = m["role"]
    ctx.t += dt.timedelta(seconds=r.randint(20, 200))
    if platform == "zendesk":
        out += sysf(ctx.t, r.choice([f"{'Visitor ' + ctx.vid if sub < 0.5 else ctx.cf} left the chat", "Chat ended by agent"]))
    elif platform == "liveperson":
        out += sysf(ctx.t, r.choice(["Visitor has left the chat", "Conversation closed by agent"]))
    elif platform == "plain" and r.random() < 0.5:
        out += sysf(ctx.t, "Chat ended")
    return out


def render_salesforce(ctx, msgs):
    r = ctx.r
    out = []
    out += F("Chat Started: {T}\n", T=N(ctx.t.strftime("%A, %B %d, %Y, %H:%M:%S") + " (+0000)", "neg_timestamp"))
    out += [("t", f"Chat Origin: {r.choice(['Billing Chat', 'Web Support', 'Payments', 'Customer Care'])}\n")]
    aname = f"{ctx.af} {ctx.al}"
    out += [("t", f"Agent {aname}\n")]
    cust = r.choice(["Visitor", f"{ctx.cf} {ctx.cl}", ctx.cf])
    for m in msgs:
        advance(ctx, m)
        el = int((ctx.t - ctx.t0).total_seconds())
        e = f"{el}s" if el < 60 else (f"{el // 60}m {el % 60}s" if el < 3600 else f"{el // 3600}h {el % 3600 // 60}m {el % 60}s")
        who = cust if m["role"] == "c" else aname
        out += F("( {E} ) ", E=N(e, "neg_elapsed")) + [("t", f"{who}: ")] + msg_segs("salesforce", ctx, m) + [("t", "\n")]
    return out


def render_blocks(platform, ctx, msgs):
    """Intercom / Freshchat / Messenger / Slack / Teams copies: name (and time) on one line, message on the next"""
    r = ctx.r
    out = []
    cname = f"{ctx.cf} {ctx.cl}"
    aname = {"intercom": f"{ctx.af} from {ctx.company}", "freshchat": ctx.af, "messenger": ctx.company,
             "slack": f"{ctx.af} {ctx.al}.", "teams": f"{ctx.al}{r.choice(['ewis', 'ark', 'oss', 'ill'])}, {ctx.af}"}[platform]
    if platform == "teams":
        cname = f"{ctx.cl}, {ctx.cf}"
    if platform == "intercom" and r.random() < 0.6:
        out += F("Conversation with " + cname + "\nStarted on {T}\n\n", T=N(ctx.t.strftime("%b %d, %Y at ") + hm12(ctx.t), "neg_timestamp"))
    if platform == "messenger":
        out += F("{T}\n", T=N(ctx.t.strftime("%b %d, %Y, ").upper() + hm12(ctx.t), "neg_timestamp"))
    prev = None
    last_t = ctx.t
    for i, m in enumerate(msgs):
        advance(ctx, m)
        name = cname if m["role"] == "c" else aname
        body = msg_segs(platform, ctx, m)
        if platform == "intercom":
            if m["role"] != prev:
                if prev is not None:
                    out += [("t", "\n")]
                out += [("t", name + "\n")]
            out += body + [("t", "\n")]
            nxt = msgs[i + 1]["role"] if i + 1 < len(msgs) else None
            if nxt != m["role"]:
                out += F("{T}\n", T=N(hm12(ctx.t), "neg_timestamp"))
        elif platform == "freshchat":
            if m["role"] != prev:
                out += [("t", ("\n" if prev else "") + name + ", ")] + F("{T}\n", T=N(ctx.t.strftime("%d %b, ") + hm12(ctx.t), "neg_timestamp"))
            out += body + [("t", "\n")]
        elif platform == "messenger":
            if (ctx.t - last_t).total_seconds() > 600:
                out += F("\n{T}\n", T=N(hm12(ctx.t), "neg_timestamp"))
                prev = None
            if m["role"] != prev:
                out += [("t", (cname if m["role"] == "c" else "You sent") + "\n")]
            out += body + [("t", "\n")]
        elif platform == "slack":
            if m["role"] != prev:
                out += [("t", ("\n" if prev else "") + name + "  ")] + F("{T}\n", T=N(hm12(ctx.t), "neg_timestamp"))
            out += body + [("t", "\n")]
        elif platform == "teams":
            out += F("[{T}] " + name + "\n", T=N(f"{ctx.t.month}/{ctx.t.day}/{ctx.t.year} " + hm12(ctx.t), "neg_timestamp")) + body + [("t", "\n\n")]
        prev = m["role"]
        last_t = ctx.t
    return out


def wrap_segs(segs, width):
    out = []
    col = 0
    for seg in segs:
        if seg[0] == "t":
            for tok in re.findall(r"\n| +|[^ \n]+", seg[1]):
                if tok == "\n":
                    out.append(("t", "\n"))
                    col = 0
                elif tok.startswith(" "):
                    out.append(("t", tok))
                    col += len(tok)
                else:
                    if col + len(tok) > width and out and out[-1][0] == "t" and out[-1][1].startswith(" ") and col > len(out[-1][1]):
                        out[-1] = ("t", "\n")
                        col = 0
                    out.append(("t", tok))
                    col += len(tok)
        else:
            ln = len(seg[1])
            if col + ln > width and out and out[-1][0] == "t" and out[-1][1].startswith(" ") and col > len(out[-1][1]):
                out[-1] = ("t", "\n")
                col = 0
            out.append(seg)
            col += ln
    return out


def render_email(ctx, msgs):
    r = ctx.r
    out = []
    case = case_no(r)
    out += [("t", f"From: {ctx.company} Chat <no-reply@{ctx.company.split()[0].lower()}.com>\n")]
    out += F("Sent: {T}\n", T=N(ctx.t.strftime("%A, %B ") + f"{ctx.t.day}, {ctx.t.year} " + hm12(ctx.t), "neg_timestamp"))
    out += [("t", f"To: support-archive@{ctx.company.split()[0].lower()}.com\n")]
    out += F("Subject: Chat Transcript - Case {C}\n\n", C=N(case, "neg_case"))
    out += F("Chat transcript for case {C}\nVisitor: " + f"{ctx.cf} {ctx.cl}" + "\nAgent: " + ctx.af + "\nDuration: {D}\n\n",
             C=N(case, "neg_case"), D=N(f"{r.randint(4, 30)} min", "neg_quantity"))
    width = r.choice([72, 76, 80])
    for m in msgs:
        advance(ctx, m)
        who = "Visitor" if m["role"] == "c" else ctx.af
        line = F("[{T}] ", T=N(hm12(ctx.t), "neg_timestamp")) + [("t", who + ": ")] + msg_segs("email", ctx, m) + [("t", "\n")]
        out += wrap_segs(line, width)
    out += [("t", "\n-- \nThis transcript was generated automatically. Please do not reply.\n")]
    return out


CUSTOMER_PLATFORMS = ["zendesk", "liveperson", "salesforce", "plain", "intercom", "freshchat", "whatsapp_android",
                      "whatsapp_ios", "sms", "messenger", "email"]
CUSTOMER_PLATFORM_W = [12, 12, 10, 10, 10, 6, 10, 6, 9, 7, 8]


def render(platform, ctx, msgs):
    if platform in LINE_PLATFORMS:
        return render_lines(platform, ctx, msgs)
    if platform == "salesforce":
        return render_salesforce(ctx, msgs)
    if platform == "email":
        return render_email(ctx, msgs)
    return render_blocks(platform, ctx, msgs)


# --------------------------------------------------------------------------- CRM note (agent's own summary of a chat)


def note_doc(ctx, kind):
    r = ctx.r
    segs = []
    segs += F("Chat summary {D} - " + ctx.af + "\n", D=N(ctx.t.strftime("%m/%d/%Y %H:%M"), "neg_timestamp"))
    if kind == "card":
        num, brand = gen_card(r)
        m, y = gen_exp(r)
        cvv = gen_cvv(r, brand)
        st = r.choices(CARD_STYLES, CARD_STYLE_W)[0]
        e, _ = exp_seg(ctx, m, y)
        segs += F("Cust {N} chatted in re: past due bal {A} on acct {AC}. Cust could not use pay link, provided card over chat "
                  "({B}) {C} exp {E} cvv {V}. Pmt posted, conf {CF}. Cust asked for callback at {P}, advised not to send card info in chat going forward.\n",
                  N=f"{ctx.cf} {ctx.cl}", A=N(money(r, 40, 1200), "neg_amount"), AC=N(acct_no(r), "neg_account"), B=brand_name(brand),
                  C=S(fmt_card(r, num, brand, st), "CARD", CARD_STYLE_VARIANT[st], ctx.E()), E=e, V=cvv_seg(ctx, cvv),
                  CF=N(conf_code(r), "neg_confirmation"), P=N(fmt_phone(r, ctx.phone), "neg_phone"))
    elif kind == "ssn":
        ssn = gen_ssn(r)
        st = ssn_style(r)
        segs += F("Chat w/ {N}. Verified w/ SSN {S} and DOB {D}. Updated mailing addr to {AD}. Pending docs, case {C}. Follow up {F}.\n",
                  N=f"{ctx.cf} {ctx.cl}", S=S(fmt_ssn(r, ssn, st), "SSN", st, ctx.E()), D=N(dob(r), "neg_dob"), AD=N(address(r), "neg_address"),
                  C=N(case_no(r), "neg_case"), F=N(date_str(r, 2026), "neg_date"))
    else:
        num, brand = gen_card(r)
        segs += F("Cust {N} on chat re order {O} ({Q} items, total {A}). Tracking {T} shows exception since {D}. Reshipped, new order {O2}. "
                  "Refund of shipping {A2} to card ending {L}. Cust phone {P}, ZIP {Z}.\n",
                  N=f"{ctx.cf} {ctx.cl}", O=N(order_no(r), "neg_order"), Q=N(str(r.randint(1, 6)), "neg_quantity"), A=N(money(r, 20, 900), "neg_amount"),
                  T=N(ups(r) if r.random() < 0.5 else fmt_long(r, usps(r), 4, 0.5), "neg_tracking"), D=N(date_str(r, 2026), "neg_date"),
                  O2=N(order_no(r), "neg_order"), A2=N(money(r, 5, 30), "neg_amount"), L=last4_ignore(ctx, num), P=N(fmt_phone(r, ctx.phone), "neg_phone"),
                  Z=N(zip4(r), "neg_zip"))
    return segs


# --------------------------------------------------------------------------- build


def materialize(segs):
    text = []
    pos = 0
    spans, negs = [], []
    for seg in segs:
        s = seg[1]
        if seg[0] == "s":
            spans.append({"start": pos, "end": pos + len(s), "type": seg[2], "variant": seg[3], "entity": seg[4]})
        elif seg[0] == "n":
            negs.append({"start": pos, "end": pos + len(s), "kind": seg[2]})
        text.append(s)
        pos += len(s)
    return "".join(text), spans, negs


PLAN = [
    # (scenario, arg, count, platform-group)
    ("pay", "whole", 7, "cust"), ("pay", "split", 7, "cust"), ("pay", "typo", 4, "cust"), ("pay", "wrong_card", 3, "cust"),
    ("pay", "warning", 4, "cust"), ("pay", "screenshot", 3, "cust"), ("pay", "words", 2, "cust"), ("pay", "two_cards", 2, "cust"),
    ("pay", "volunteered", 3, "cust"), ("pay", "inline", 3, "cust"), ("pay", "readback", 2, "cust"), ("pay", "emoji", 2, "cust"),
    ("pay", "prepaid", 1, "cust"), ("exp_last4", None, 2, "cust"),
    ("internal_card", None, 3, "internal"), ("note", "card", 2, "note"),
    ("ssn", "full", 5, "cust"), ("ssn", "split", 2, "cust"), ("ssn", "after_last4", 1, "cust"), ("internal_ssn", None, 1, "internal"),
    ("note", "ssn", 1, "note"), ("ssn_last4", None, 4, "cust"),
    ("order_tracking", None, 6, "cust"), ("refund_masked", None, 5, "cust"), ("phone_update", None, 4, "cust"),
    ("gift_card", None, 4, "cust"), ("device", None, 3, "cust"), ("sim", None, 3, "cust"), ("address", None, 3, "cust"),
    ("insurance", None, 3, "cust"), ("bank_transfer", None, 3, "cust"), ("travel", None, 3, "cust"), ("utility", None, 3, "cust"),
    ("tech", None, 3, "cust"), ("subscription", None, 3, "cust"), ("appointment", None, 2, "cust"), ("auto", None, 2, "cust"),
    ("loyalty", None, 2, "cust"), ("internal_neg", None, 2, "internal"), ("note", "neg", 2, "note"),
]

RETAIL = ["ShopRight", "UrbanCart", "QuickShip Outlet", "HomeGoods Direct"]
TELCO = ["Acme Wireless", "Zest Telecom"]
COMPANY_BY_SCEN = {
    "pay": TELCO + ["BrightHome Energy", "Cloudline Internet", "FitLife Gym", "StreamBox", "Metro Utilities"] + RETAIL,
    "exp_last4": RETAIL, "ssn_last4": ["Northwind Bank", "Harbor Credit Union", "Vista Health", "Pinnacle Insurance"],
    "order_tracking": RETAIL, "refund_masked": RETAIL + ["StreamBox", "FitLife Gym"], "phone_update": TELCO + ["Northwind Bank", "Metro Utilities"],
    "gift_card": RETAIL, "device": TELCO, "sim": TELCO, "address": RETAIL + ["Metro Utilities", "Northwind Bank"],
    "insurance": ["Vista Health", "Pinnacle Insurance"], "bank_transfer": ["Northwind Bank", "Harbor Credit Union"],
    "travel": ["SkyWay Airlines"], "utility": ["Metro Utilities", "BrightHome Energy"], "tech": ["Cloudline Internet", "Acme Wireless"],
    "subscription": ["StreamBox", "FitLife Gym", "Cloudline Internet"], "appointment": ["Cloudline Internet", "BrightHome Energy"],
    "auto": ["Pinnacle Insurance"], "loyalty": ["Harborview Hotels"],
}

SCEN = {
    "pay": sc_pay, "exp_last4": sc_exp_last4, "ssn": sc_ssn, "ssn_last4": sc_ssn_last4, "order_tracking": sc_order_tracking,
    "refund_masked": sc_refund_masked, "phone_update": sc_phone_update, "gift_card": sc_gift_card, "device": sc_device,
    "sim": sc_sim, "address": sc_address, "insurance": sc_insurance, "bank_transfer": sc_bank_transfer, "travel": sc_travel,
    "utility": sc_utility, "tech": sc_tech, "subscription": sc_subscription, "appointment": sc_appointment, "auto": sc_auto,
    "loyalty": sc_loyalty, "internal_card": sc_internal_card, "internal_ssn": sc_internal_ssn, "internal_neg": sc_internal_neg,
}


def main():
    r = random.Random(SEED)
    jobs = []
    for sc, arg, n, grp in PLAN:
        jobs += [(sc, arg, grp)] * n
    r.shuffle(jobs)
    docs = []
    for i, (sc, arg, grp) in enumerate(jobs):
        ctx = Ctx(r)
        CUR_DATE[0] = ctx.t0
        if sc in COMPANY_BY_SCEN:
            ctx.company = r.choice(COMPANY_BY_SCEN[sc])
        if grp == "note":
            platform = "crm_note"
            segs = note_doc(ctx, arg)
        else:
            if grp == "internal":
                platform = r.choice(["teams", "slack"])
            else:
                platform = r.choices(CUSTOMER_PLATFORMS, CUSTOMER_PLATFORM_W)[0]
            fn = SCEN[sc]
            msgs = fn(ctx, arg) if arg is not None else fn(ctx)
            segs = render(platform, ctx, msgs)
        text, spans, negs = materialize(segs)
        docs.append({"id": f"chat-{i + 1:04d}", "kind": "chat", "text": text, "spans": spans, "negatives": negs,
                     "meta": {"platform": platform, "scenario": sc + (f":{arg}" if arg else "")}})
    with open(OUT, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {OUT}")


if __name__ == "__main__":
    main()
