#!/usr/bin/env python3
"""Generator for the 'world-lookalikes' evaluation set (probe19).

Realistic contact-centre documents dense with numbers that look like secrets but
are not (phones, IMEIs, ICCIDs, tracking numbers, routing numbers...), with real
secrets (PAN, SSN, CVV, expiry) placed among them in about a third of documents.
stdlib only, fixed seed.  Output: world-lookalikes.jsonl next to this file.
"""
import json
import os
import time
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from numlib import (cardlike_subrun, luhn_complete, luhn_ok, card_like, brand_of, ssn_valid, aba_ok,
                    iban_make, ups_check, usps_check, npi_ok, num_words, UNITS, TEENS, TENS)

SEED = 190019
R = random.Random(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "world-lookalikes.jsonl")


# =============================================================== segments
class N:
    """negative (lookalike) segment"""
    def __init__(self, text, kind):
        self.text, self.kind = text, kind


class S:
    """labelled span segment"""
    def __init__(self, text, typ, variant, ent, brand=None):
        self.text, self.typ, self.variant, self.ent, self.brand = text, typ, variant, ent, brand


class Ent:
    pass


def ch(*xs):
    return R.choice(xs)


def maybe(p=0.5):
    return R.random() < p


def dg(n, first=None):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first is not None:
        s = first + s[len(first):]
    return s


def nz(n):
    return str(R.choice("123456789")) + dg(n - 1)


# =============================================================== cards
BRANDS = {
    "visa16": (["4"], 16), "visa13": (["4"], 13), "visa19": (["4"], 19),
    "mc": (["51", "52", "53", "54", "55"], 16),
    "mc2": ([str(x) for x in (2221, 2223, 2300, 2410, 2515, 2630, 2717, 2720)], 16),
    "amex": (["34", "37"], 15),
    "discover": (["6011", "644", "645", "647", "649", "65"], 16),
    "jcb": ([str(x) for x in (3528, 3530, 3541, 3566, 3571, 3589)], 16),
    "diners": (["36", "38", "300", "301", "305"], 14),
    "unionpay": (["621", "623", "625"], 16), "unionpay19": (["621", "623", "625"], 19),
    "maestro": (["6759", "5018", "5020", "6304"], 16),
}
BRAND_CHECK = {"visa16": "visa", "visa13": "visa", "visa19": "visa", "mc": "mastercard", "mc2": "mastercard", "amex": "amex",
               "discover": "discover", "jcb": "jcb", "diners": "diners", "unionpay": "unionpay", "unionpay19": "unionpay",
               "maestro": "maestro"}
BRAND_NAME = {"visa16": "Visa", "visa13": "Visa", "visa19": "Visa", "mc": "Mastercard", "mc2": "Mastercard",
              "amex": "Amex", "discover": "Discover", "jcb": "JCB", "diners": "Diners Club",
              "unionpay": "UnionPay", "unionpay19": "UnionPay", "maestro": "Maestro"}


def gen_card(brand):
    pre, n = BRANDS[brand]
    while True:
        p = R.choice(pre)
        d = luhn_complete(p + dg(n - len(p) - 1))
        if card_like(d) and brand_of(d) == BRAND_CHECK[brand]:
            return d


def card_groups(d):
    n = len(d)
    if n == 15:
        return [4, 6, 5]
    if n == 14:
        return [4, 6, 4]
    if n == 13:
        return [4, 3, 3, 3]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4] * (n // 4)


def split(d, groups):
    out, i = [], 0
    for g in groups:
        out.append(d[i:i + g])
        i += g
    if i < len(d):
        out.append(d[i:])
    return [x for x in out if x]


def fmt_card(d, style):
    g = split(d, card_groups(d))
    if style == "contiguous":
        return d
    if style == "spaces":
        return " ".join(g)
    if style == "dashes":
        return "-".join(g)
    if style == "dots":
        return ".".join(g)
    if style == "mixed_sep":
        return g[0] + "".join(R.choice([" ", "-", " - ", "."]) + x for x in g[1:])
    if style == "irregular_groups":
        parts, i = [], 0
        while i < len(d):
            k = R.choice([2, 3, 5, 6, 4])
            parts.append(d[i:i + k])
            i += k
        return " ".join(parts)
    if style == "unicode_space":
        return R.choice(["\u00a0", "\u2009", "\u202f"]).join(g)
    if style == "unicode_dash":
        return R.choice(["\u2013", "\u2011", "\u2012"]).join(g)
    raise ValueError(style)


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        d = "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
        if ssn_valid(d):
            return d


def fmt_ssn(d, style):
    a, g, s = d[:3], d[3:5], d[5:]
    return {"dashes": "%s-%s-%s", "spaces": "%s %s %s", "dots": "%s.%s.%s",
            "unformatted_context": "%s%s%s", "unicode": "%s\u2011%s\u2011%s"}[style] % (a, g, s)


# =============================================================== spoken
ZW = ["zero", "oh"]


def w1(c, zero="oh", homo=0.0):
    if c == "0":
        return zero
    if homo and R.random() < homo:
        alt = {"4": "for", "2": "to", "1": "won", "8": "ate"}.get(c)
        if alt:
            return alt
    return UNITS[int(c)]


def sp_digits(d, groups=None, zero=None, homo=0.0, sep=", ", dbl=False):
    zero = zero or R.choice(ZW)
    chunks = split(d, groups) if groups else [d]
    out = []
    for ck in chunks:
        ws, i = [], 0
        while i < len(ck):
            c = ck[i]
            if dbl and i + 1 < len(ck) and ck[i + 1] == c:
                if i + 2 < len(ck) and ck[i + 2] == c:
                    ws.append("triple " + w1(c, zero))
                    i += 3
                    continue
                ws.append("double " + w1(c, zero))
                i += 2
                continue
            ws.append(w1(c, zero, homo))
            i += 1
        out.append(" ".join(ws))
    return sep.join(out)


def pair_word(p):
    if p[0] == "0":
        return "oh " + UNITS[int(p[1])] if len(p) == 2 else "oh"
    if len(p) == 1:
        return UNITS[int(p)]
    n = int(p)
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


def sp_pairs(d, sep=" "):
    head = ""
    if len(d) % 2:  # odd length: say the first digit alone so "ninety" + "seven" never fuse
        head, d = w1(d[0]) + sep, d[1:]
    return head + sep.join(pair_word(d[i:i + 2]) for i in range(0, len(d), 2))


# =============================================================== lookalike values
US_AREAS = ["212", "312", "415", "617", "713", "404", "206", "303", "602", "704", "980", "646", "470", "872",
            "929", "973", "214", "305", "512", "801", "919", "818", "503", "612", "480", "720"]


def us_phone_digits():
    return R.choice(US_AREAS) + str(R.randint(2, 9)) + dg(2) + dg(4)


def fmt_us_phone(d, style=None):
    a, e, n = d[:3], d[3:6], d[6:]
    style = style or R.choice(["paren", "dash", "dot", "plus1sp", "plus1dash", "1dash", "plain", "plus1", "paren_nosp", "sp"])
    return {"paren": "(%s) %s-%s", "dash": "%s-%s-%s", "dot": "%s.%s.%s", "plus1sp": "+1 %s %s %s",
            "plus1dash": "+1-%s-%s-%s", "1dash": "1-%s-%s-%s", "plain": "%s%s%s", "plus1": "+1%s%s%s",
            "paren_nosp": "(%s)%s-%s", "sp": "%s %s %s"}[style] % (a, e, n)


def phone_any():
    r = R.random()
    if r < 0.55:
        p = fmt_us_phone(us_phone_digits())
        if maybe(0.15):
            p += ch(" ext. ", " x", " ext ", " Ext. ") + str(R.randint(100, 9999))
        return p
    if r < 0.7:
        return ch("+44 20 7%s %s" % (dg(3), dg(4)), "020 7%s %s" % (dg(3), dg(4)), "07%s %s" % (dg(3), dg(6)),
                  "+44 (0)161 %s %s" % (dg(3), dg(4)), "+44 7%s %s" % (dg(3), dg(6)), "0161 %s %s" % (dg(3), dg(4)))
    if r < 0.82:
        return ch("+91 9%s %s" % (dg(4), dg(5)), "+91-98%s-%s" % (dg(3), dg(5)), "09%s %s" % (dg(4), dg(5)),
                  "+91 22 2%s %s" % (dg(3), dg(4)), "+91 80 4%s %s" % (dg(3), dg(4)))
    return ch("+61 2 9%s %s" % (dg(3), dg(4)), "+49 30 %s%s" % (dg(4), dg(3)), "+33 1 %s %s %s %s" % (dg(2), dg(2), dg(2), dg(2)),
              "+52 55 %s %s" % (dg(4), dg(4)), "+63 917 %s %s" % (dg(3), dg(4)), "+1 (416) %s-%s" % (nz(3), dg(4)),
              "+353 1 %s %s" % (dg(3), dg(4)), "+27 21 %s %s" % (dg(3), dg(4)))


def phone_spoken():
    d = us_phone_digits()
    style = R.randint(0, 3)
    if style == 0:
        return sp_digits(d, [3, 3, 4], sep=", ")
    if style == 1:
        return sp_digits(d[:6], [3, 3], sep=" ") + " " + sp_pairs(d[6:])
    if style == 2:
        return sp_digits(d, [3, 3, 4], sep=" ", dbl=True)
    return d[:3] + " " + sp_digits(d[3:], [3, 4], sep=" ")


def imei():
    tac = ch("35", "86", "01", "99", "35")
    tac = tac + dg(6 if tac != "35" else 6)
    return luhn_complete(tac + dg(14 - len(tac)))


def fmt_imei(d):
    return ch(d, d, "%s %s %s %s" % (d[:2], d[2:8], d[8:14], d[14]), "%s-%s-%s-%s" % (d[:2], d[2:8], d[8:14], d[14]))


def iccid(n=None):
    n = n or ch(19, 20, 19)
    cc = ch("01", "1", "44", "91", "61")
    return luhn_complete("89" + cc + dg(n - 3 - len(cc)))


def ups():
    body = "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6)) + ch("01", "02", "03", "12", "13") + dg(7)
    return "1Z" + body + ups_check(body)


def fedex(n=None):
    n = n or ch(12, 12, 15, 20, 22)
    while True:
        if n == 12:
            d = ch("7", "5", "3", "6") + dg(11)
        elif n == 15:
            d = (ch("0", "1", "96") + dg(15))[:15]
            if maybe(0.5):
                d = luhn_complete(d[:14])
        elif n == 20:
            d = "00" + dg(18)
        else:
            d = "96" + dg(20)
        if not card_like(d):
            return d


def usps(n=None):
    n = n or ch(22, 22, 20)
    if n == 22:
        p = ch("9400", "9205", "9361", "9270", "9405", "9407") + "1" + dg(16)
    else:
        p = ch("0300", "7019", "0230") + dg(15)
    d = p + usps_check(p)
    return d


def fmt_usps(d):
    if maybe(0.4):
        v = " ".join(split(d, [4, 4, 4, 4, 4, 2]))
        if not cardlike_subrun(v):
            return v
    return d


def noncard_digits(n, first=None):
    """n digits that are NOT a Luhn-valid card-like number."""
    while True:
        d = (first or str(R.randint(1, 9))) + dg(n - len(first or "x"))
        if not card_like(d):
            return d


def luhn_noncard(n, prefix):
    """Luhn-valid digits with a non-card prefix (for IGNORE ign_luhn16_noncard_iin)."""
    while True:
        d = luhn_complete(prefix + dg(n - len(prefix) - 1))
        if brand_of(d) is None:
            return d


def amazon_order():
    return "%s-%s-%s" % (ch("111", "112", "113", "114", "701", "702"), dg(7), dg(7))


def routing():
    while True:
        d = "%02d" % R.choice(list(range(1, 13)) + list(range(21, 33))) + dg(7)
        if aba_ok(d):
            return d


KNOWN_ROUTING = ["021000021", "026009593", "121000248", "011000138", "322271627", "111000025", "061000104"]


def routing_any():
    return ch(*KNOWN_ROUTING) if maybe(0.3) else routing()


def iban():
    while True:
        v = _iban()
        if not cardlike_subrun(v):
            return v


def _iban():
    c = ch("GB", "DE", "FR", "NL", "ES", "IE")
    if c == "GB":
        b = ch("NWBK", "BARC", "LOYD", "HBUK") + dg(6) + dg(8)
    elif c == "IE":
        b = ch("AIBK", "BOFI") + dg(6) + dg(8)
    elif c == "DE":
        b = dg(18)
    elif c == "FR":
        b = dg(10) + dg(11) + dg(2)
    elif c == "NL":
        b = ch("ABNA", "INGB", "RABO") + dg(10)
    else:
        b = dg(20)
    s = iban_make(c, b)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if maybe(0.6) else s


def ein():
    return "%s-%s" % (ch("12", "20", "27", "36", "45", "46", "54", "61", "81", "84", "94"), dg(7))


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    L = lambda: R.choice(MBI_L)
    AN = lambda: R.choice(MBI_L + "0123456789")
    s = str(R.randint(1, 9)) + L() + AN() + dg(1) + L() + AN() + dg(1) + L() + L() + dg(2)
    return ch(s, "%s-%s-%s" % (s[:4], s[4:7], s[7:]))


def npi():
    while True:
        d = luhn_complete("80840" + ch("1", "2") + dg(8))[5:]
        if npi_ok(d):
            return d


def zip5():
    return "%05d" % R.randint(1001, 99950)


def zip4():
    return zip5() + "-" + dg(4)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def date_any():
    y = R.randint(2023, 2026)
    m = R.randint(1, 12)
    dd = R.randint(1, 28)
    return ch("%d/%d/%d" % (m, dd, y), "%02d/%02d/%d" % (m, dd, y), "%d-%02d-%02d" % (y, m, dd),
              "%s %d, %d" % (MONTHS[m - 1], dd, y), "%d %s %d" % (dd, MONTHS[m - 1][:3], y),
              "%s %d" % (MONTHS[m - 1][:3], dd), "%d/%d" % (m, dd), "%02d/%02d" % (m, dd), "%d.%d.%d" % (dd, m, y),
              "%d/%d/%02d" % (m, dd, y % 100))


def dob():
    y, m, d = R.randint(1941, 2003), R.randint(1, 12), R.randint(1, 28)
    return ch("%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1], d, y), "%d-%02d-%02d" % (y, m, d))


def time_any():
    h, mi = R.randint(1, 12), R.randint(0, 59)
    return ch("%d:%02d %s" % (h, mi, ch("AM", "PM", "am", "pm")), "%d:%02dp" % (h, mi), "%02d:%02d" % (R.randint(0, 23), mi),
              "%d:%02d" % (h, mi), "%02d:%02d:%02d" % (R.randint(0, 23), mi, R.randint(0, 59)))


def amount():
    v = R.choice([R.randint(5, 99), R.randint(100, 999), R.randint(1000, 25000)])
    c = R.randint(0, 99)
    return ch("$%d.%02d" % (v, c), "$%s.%02d" % ("{:,}".format(v), c), "$%d" % v, "%d.%02d" % (v, c),
              "USD %d.%02d" % (v, c), "$%s" % "{:,}".format(v))


def amount_words():
    v = R.randint(12, 1999)
    s = num_words(v).replace("-", " ") + " dollars"
    if maybe(0.5):
        s += " and " + num_words(R.randint(1, 99)).replace("-", " ") + " cents"
    return s


def case_id():
    return ch("CS-%s" % dg(6), "INC%s" % dg(7), "#%s" % nz(7), "TKT-%s" % dg(6), "%s" % nz(8), "SR %s-%s" % (dg(4), dg(6)),
              "CAS-%s-%s" % (dg(5), "".join(R.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(6))), "000%s" % dg(5))


def conf_code():
    return ch("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
              "CNF-%s" % dg(5), "%s%s" % (R.choice("ABCDEFGHJK"), dg(9)), "PA%s" % dg(8), "%s-%s" % (dg(3), dg(3)))


def pnr():
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + "".join(
        R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))


def serial():
    return ch("C02%s" % "".join(R.choice("ABCDEFGHJKLMNPQRTVWXY0123456789") for _ in range(9)),
              "SN%s" % dg(10), "%s%s%s" % (dg(2), R.choice("ABCDEFGHJK"), dg(7)), "4CE%s%s" % (dg(4), "".join(R.choice("ABCDEFXYZ") for _ in range(3))),
              "R58%s%s" % ("".join(R.choice("ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(2)), dg(6)))


def version():
    return ch("v%d.%d.%d" % (R.randint(1, 12), R.randint(0, 30), R.randint(0, 99)), "%d.%d.%d" % (R.randint(14, 18), R.randint(0, 7), R.randint(0, 3)),
              "%d.%d.%d.%d" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 999), R.randint(0, 9999)), "build %d%s%d" % (R.randint(20, 23), R.choice("ABCDEFG"), R.randint(100, 999)))


def ip():
    return ch("192.168.%d.%d" % (R.randint(0, 2), R.randint(1, 254)), "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
              "%d.%d.%d.%d" % (R.choice([73, 98, 24, 68, 174, 100, 172]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))


def mac():
    return ":".join("%02X" % R.randint(0, 255) for _ in range(6))


def vin():
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return ch("1HG", "2T1", "3FA", "5YJ", "1FT", "WBA", "JTD") + "".join(R.choice(A) for _ in range(14))


def member_id():
    return ch("%s%s" % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)), dg(9)),
              "W%s" % dg(9), "%s" % nz(9), "MBR%s" % dg(9), "%s-%s" % (dg(4), dg(5)), "U%s %s" % (dg(4), dg(4)))


def policy():
    return ch("PA-%s-%s-%s" % (dg(4), dg(4), dg(2)), "HO3 %s" % dg(8), "%s-%s-%s" % (dg(3), dg(2), dg(5)),
              "POL%s" % dg(9), "%s%s" % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)), dg(10)),
              "%s %s %s" % (dg(3), dg(4), dg(4)))


def claim():
    return ch("CLM-%s" % dg(8), "%s-%s" % (dg(2), dg(7)), "%s%s" % (dg(4), "".join(R.choice("ABCDEFGHJK") for _ in range(2)) + dg(4)),
              "%s" % nz(11), "%s %s %s" % (dg(3), dg(3), dg(4)))


def meter():
    return ch(nz(8), nz(9), "%s %s %s" % (dg(2), dg(3), dg(3)), "E%s" % dg(8), nz(10))


def acct(n=None):
    return noncard_digits(n or R.randint(8, 12))


def flight():
    return ch("UA %d" % R.randint(100, 2999), "BA0%d" % R.randint(100, 999), "AA%d" % R.randint(10, 2999),
              "DL %d" % R.randint(100, 2999), "6E %d" % R.randint(100, 999), "WN%d" % R.randint(100, 4999), "LH 4%d" % R.randint(10, 99))


def eticket():
    return ch("001", "016", "006", "125", "220", "098") + dg(10)


STREETS = ["Maple Ave", "Oak St", "Sunset Blvd", "Elm Street", "W Fullerton Pkwy", "Lakeshore Dr", "Highland Ave",
           "Peachtree Rd NE", "Cedar Ln", "Mission St", "Bay Rd", "Ridgewood Ct", "Hawthorne Way", "N Broadway"]
CITIES = [("Chicago", "IL", "606"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Fresno", "CA", "937"), ("Atlanta", "GA", "303"),
          ("Denver", "CO", "802"), ("Tampa", "FL", "336"), ("Portland", "OR", "972"), ("Raleigh", "NC", "276"), ("Phoenix", "AZ", "850"),
          ("Newark", "NJ", "071"), ("Boise", "ID", "837"), ("Brooklyn", "NY", "112"), ("Seattle", "WA", "981")]


def address(z4=None):
    city, st, zp = R.choice(CITIES)
    unit = ch("", "", " Apt %d" % R.randint(1, 999), " Unit %d%s" % (R.randint(1, 40), R.choice("ABCD")), " #%d" % R.randint(100, 2400))
    z = zp + "%02d" % R.randint(1, 99)
    if z4 or (z4 is None and maybe(0.5)):
        z += "-" + dg(4)
    return "%d %s%s, %s, %s %s" % (R.randint(10, 24999), R.choice(STREETS), unit, city, st, z)


FIRST = ["Maria", "James", "Priya", "Tomás", "Keisha", "Wei", "Olu", "Sean", "Fatima", "Dmitri", "Ana", "Jordan",
         "Siobhán", "Raj", "Linh", "Brittany", "Marcus", "Chloé", "Kenji", "Aisha", "Darnell", "Ingrid", "Mateo", "Zoe"]
LAST = ["Garcia", "Nguyen", "Patel", "O'Brien", "Okafor", "Schmidt", "Kowalski", "Haddad", "Lindqvist", "Reyes", "Brown",
        "Nakamura", "Dubois", "Hughes", "Mensah", "Ferreira", "Ivanova", "Walsh"]
AGENTS = ["Dana", "Mike", "Tasha", "Chris", "Leah", "Omar", "Becca", "Luis", "Nina", "Greg", "Ama", "Hye-jin"]


def cname():
    return R.choice(FIRST) + " " + R.choice(LAST).replace("'", "")


# =============================================================== context
DOMAINS = {
    "telecom": ["Northpoint Wireless", "Acme Mobile", "Vireo Telecom", "BlueJay Fiber"],
    "retail": ["Harbor & Pine Outfitters", "ShopRight Online", "Kestrel Home Goods", "Marlow Electronics"],
    "insurance": ["BrightHome Insurance", "Cobalt Auto Insurance", "Summit Mutual"],
    "bank": ["Pinecrest Credit Union", "Northwind Bank", "First Lakes Savings"],
    "health": ["Riverbend Health Plan", "CareFirstline Pharmacy", "Mercy Valley Medical Billing"],
    "utility": ["Harbor Utilities", "Tri-County Gas & Electric", "Clearwater Water Dept"],
    "travel": ["Skylark Airways", "Meridian Hotels", "GoFar Travel"],
    "software": ["Quillsoft", "Nimbus Cloud", "PixelForge Software"],
}


class Ctx:
    def __init__(self, kind, domain):
        self.kind = kind
        self.domain = domain
        self.company = R.choice(DOMAINS[domain])
        self.cust = cname()
        self.agent = R.choice(AGENTS)
        self.mode = {"transcript": "conv", "chat": "conv", "note": "note", "email": "email", "ticket": "note"}[kind]
        self.spoken = kind == "transcript"
        self.used = set()


def SAY(ctx, d, groups=None):
    """render digits d as spoken words in transcripts (sometimes), else digits"""
    if ctx.spoken and maybe(0.45):
        if maybe(0.5):
            return sp_digits(d, groups, sep=" ")
        return sp_pairs(d)
    return d


def QA(ctx, q, a, note, email=None):
    """q, a, note, email: lists of segments"""
    if ctx.mode == "conv":
        return [("A", q), ("C", a)]
    if ctx.mode == "note":
        return [(None, note)]
    return [("C", email if email is not None else a)]


# =============================================================== lookalike makers
def mk_phone(ctx):
    if ctx.spoken and maybe(0.5):
        p = N(phone_spoken(), "neg_phone_spoken")
    else:
        p = N(phone_any(), "neg_phone")
    return QA(ctx, [ch("What's the best callback number?", "And a good number to reach you?", "Can I get a phone number in case we get disconnected?")],
              [ch("", "yeah ", "sure, ", "it's "), p, ch("", ".", ", that's my cell", " - that's the house phone", " or email is fine too")],
              [ch("CB# ", "cb ", "callback: ", "Cust cb num ", "best # "), p],
              [ch("You can reach me at ", "My cell is ", "Please call me on "), p, "."])


def mk_phone_pair(ctx):
    a, b = N(phone_any(), "neg_phone"), N(phone_any(), "neg_phone")
    return QA(ctx, ["Is the number on the account still current?"],
              ["no, the old one was ", a, ", the new one is ", b],
              ["updated phone ", a, " -> ", b],
              ["Please replace my old number ", a, " with ", b, "."])


def mk_imei(ctx):
    v = imei()
    p = N(fmt_imei(v) if not ctx.spoken or maybe(0.5) else sp_digits(v, [3, 3, 3, 3, 3], sep=" "), "neg_imei")
    return QA(ctx, [ch("Can you read me the IMEI? Dial star pound zero six pound.", "I need the IMEI off the device, it's in settings under About.", "Is the phone in front of you? I'll need the IMEI to check it's not blacklisted.", "What's the IMEI on the box?")],
              [ch("ok it says ", "IMEI is ", "", "hang on... ", "the box says IMEI ", "um "), p],
              [ch("IMEI ", "imei: ", "Dev IMEI ", "IMEI1 "), p, ch("", " (blocked list chk ok)", " - not blacklisted", ", clean")],
              ["The IMEI on the phone is ", p, "."])


def p_is_digits(v):
    return True


def mk_iccid(ctx):
    v = iccid()
    p = N(v if maybe(0.7) else " ".join(split(v, [4, 4, 4, 4, 4])), "neg_iccid")
    if ctx.domain == "travel":
        return QA(ctx, ["Is the travel eSIM showing in settings? I need its ICCID."], [ch("yes, ", "it says "), p],
                  ["travel eSIM ICCID ", p, " not activating"], ["The eSIM ICCID from my order is ", p, "."])
    return QA(ctx, [ch("And the SIM card number, the long one printed on the SIM starting with 89?", "Can you read the number on the SIM card holder?", "I need the ICCID from the new SIM kit.")],
              [ch("got it, ", "ok ", "", "it's a long one, "), p],
              [ch("new SIM ICCID ", "SIM swap - ICCID ", "eSIM ICCID: ", "sim card # "), p, ch("", " activated", " (replacement)")],
              ["The SIM card number (ICCID) is ", p, "."])


def mk_port_pin(ctx):
    v = dg(ch(4, 6))
    p = N(v if not ctx.spoken or maybe(0.5) else sp_digits(v, sep=" "), "neg_pin")
    return QA(ctx, [ch("For the port-out I'll need the account PIN, not your card.", "What's your account PIN?", "Do you have the number transfer PIN from the app?")],
              [ch("the PIN is ", "it's ", "I set it to ", "pin "), p],
              [ch("acct PIN verified (", "port-out PIN set to ", "verified w/ account PIN "), p, ch(")", "", " per cust")],
              ["My account PIN is ", p, " if you need it for the transfer."])


def mk_ups(ctx):
    p = N(ups(), "neg_tracking_ups")
    return QA(ctx, [ch("Do you have the tracking number?", "Can you read me the tracking number off the label?")],
              ["yes it's UPS ", p],
              [ch("Tracking: UPS ", "UPS trk ", "RMA label UPS "), p, ch("", " delivered", " - in transit", ", exception")],
              ["UPS says ", p, " was delivered but nothing arrived."])


def mk_fedex(ctx):
    v = fedex()
    p = N(v if maybe(0.7) else " ".join(split(v, [4] * 6)), "neg_tracking_fedex")
    return QA(ctx, [ch("Which carrier, and the tracking?", "Do you have the FedEx number from the email?", "Can you give me the tracking on the return?")],
              [ch("FedEx, ", "it came FedEx, ", "fedex ", "the email says "), p],
              [ch("FedEx ", "fedex trk# ", "Replacement shipped FedEx "), p],
              ["The FedEx tracking number is ", p, "."])


def mk_usps(ctx):
    p = N(fmt_usps(usps()), "neg_tracking_usps")
    return QA(ctx, [ch("What tracking number do you see?", "Was it shipped with the post office? What's the tracking?")],
              [ch("USPS ", "it's post office, ", "the receipt says "), p],
              [ch("USPS ", "Return label USPS ", "usps trk "), p],
              ["My USPS tracking is ", p, " and it has been stuck for a week."])


def mk_amazon(ctx):
    p = N(amazon_order(), "neg_order_amazon")
    return QA(ctx, [ch("Do you have the order number?", "What's the order number on the confirmation?", "Which order is it?")],
              [ch("it's ", "", "order ", "ok "), p, ch("", " from the app", ", I bought it through Amazon", " - the marketplace one")],
              [ch("Amz order ", "Order ", "Marketplace order# "), p],
              ["Order ", p, " was placed through Amazon."])


def mk_order16(ctx):
    v = noncard_digits(16, ch("1", "3", "7", "9", "2"))
    p = N(v, "neg_order")
    return QA(ctx, [ch("And the order number?", "Can I get the order number from your receipt?", "Which order number are we talking about?")],
              [ch("", "sure, order ", "it's ", "the long number is "), p],
              [ch("Order #", "order ", "ORD "), p, ch("", " shipped", " partially refunded")],
              ["My order number is ", p, "."])


def mk_invoice(ctx):
    v = ch("INV-%s" % dg(8), noncard_digits(16, "7"), "%s-%s" % (dg(4), dg(6)), noncard_digits(10, "2"))
    p = N(v, "neg_invoice")
    return QA(ctx, [ch("Which invoice is this about?", "Do you have the invoice number?", "What invoice number is at the top right?")],
              [ch("invoice ", "", "inv ", "it's "), p],
              [ch("Invoice ", "inv# ", "re: invoice "), p, " for ", N(amount(), "neg_amount")],
              ["I'm writing about invoice ", p, "."])


def mk_routing(ctx):
    r, a = N(SAY(ctx, routing_any()), "neg_routing"), N(acct(), "neg_account")
    return QA(ctx, [ch("For the ACH I need the routing and account number.", "Which bank account should autopay come out of?", "Can you read me the numbers at the bottom of a check?")],
              [ch("routing ", "the routing is ", "ABA "), r, ch(" and account ", ", account number ", " then ", ", checking "), a],
              [ch("ACH setup RTN ", "ABA ", "routing# "), r, ch(" acct ", " / acct# ", ", acct "), a],
              ["For direct debit: routing number ", r, ", account number ", a, "."])


def mk_iban(ctx):
    p = N(iban(), "neg_iban")
    return QA(ctx, ["What IBAN should the refund go to?"],
              ["it's ", p],
              ["refund via SEPA/IBAN ", p],
              ["Please send the refund to IBAN ", p, "."])


def mk_ein(ctx):
    p = N(ein(), "neg_ein")
    return QA(ctx, [ch("And the business tax ID?", "Do you have the EIN for the business?", "What's the federal tax ID on the W-9?")],
              [ch("EIN is ", "", "it's ", "the tax ID is "), p],
              [ch("EIN ", "biz tax id ", "FEIN: "), p, ch(" on W-9", "", " (LLC)")],
              ["Our EIN is ", p, " - it's on the W-9 I attached."])


def mk_member(ctx):
    p = N(member_id(), "neg_member_id")
    grp = N(ch(dg(5), dg(6), "GRP-%s" % dg(4)), "neg_group_number")
    return QA(ctx, [ch("What's the member ID on your insurance card?", "Can I have the member ID from the front of the card?", "Do you have your insurance card? I need the ID and group number.")],
              [ch("member ID ", "ID is ", "it says ", ""), p, ch(", group ", " group number ", ", and group "), grp],
              [ch("Mbr ID ", "member id: ", "ins card mbr# "), p, " grp ", grp],
              ["My member ID is ", p, " (group ", grp, ")."])


def mk_mbi(ctx):
    p = N(mbi(), "neg_medicare")
    return QA(ctx, ["Do you have the red white and blue Medicare card handy?"],
              ["yeah the number is ", p],
              ["Medicare MBI ", p, " verified"],
              ["My Medicare number is ", p, "."])


def mk_npi(ctx):
    p = N(npi(), "neg_npi")
    return QA(ctx, ["Which provider? Do you have the NPI?"],
              ["the NPI on the bill is ", p],
              ["rendering prov NPI ", p],
              ["The provider NPI on the statement is ", p, "."])


def mk_policy(ctx):
    p = N(policy(), "neg_policy")
    return QA(ctx, [ch("Can I get the policy number?", "Do you have your policy number handy?", "Which policy is this for?")],
              [ch("policy number ", "it's ", "the auto policy, ", ""), p],
              [ch("Pol# ", "policy ", "POLICY NO. "), p],
              ["My policy number is ", p, "."])


def mk_claim(ctx):
    p = N(claim(), "neg_claim")
    return QA(ctx, ["Do you have a claim number?"],
              [ch("yes, ", ""), p],
              ["claim ", p, " opened, DOL ", N(date_any(), "neg_date")],
              ["Regarding claim ", p, "."])


def mk_zip4(ctx):
    a = N(address(True), "neg_address")
    return QA(ctx, [ch("What's the service address?", "Can you confirm the address on the account?", "Where should we send the technician?")],
              [ch("", "it's ", "same as billing, "), a],
              [ch("Svc addr ", "ship to ", "addr verified: "), a],
              ["My address is ", a, "."])


def mk_address(ctx):
    a = N(address(False), "neg_address")
    return QA(ctx, [ch("And the mailing address?", "Where should the new card be mailed?", "What's the shipping address?")],
              [ch("it's ", "", "send it to "), a],
              [ch("mailing addr upd to ", "new addr: ", "addr change -> ", "ship to "), a],
              ["Please send it to ", a, "."])


def mk_dates(ctx):
    d1, d2 = N(date_any(), "neg_date"), N(date_any(), "neg_date")
    return QA(ctx, [ch("When did you first notice the charge?", "What dates were you billed?", "When did this start?")],
              [ch("on ", "first ", "it was "), d1, ch(", and again ", " and then ", ", then again on "), d2],
              [ch("charges on ", "dup chg ", "billed "), d1, ch(" & ", " and ", ", "), d2],
              ["I was charged on ", d1, " and again on ", d2, "."])


def spoken_dob():
    y, m, d = R.randint(1941, 2003), R.randint(1, 12), R.randint(1, 28)
    ords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
    dd = ords[d - 1] if d <= 20 else "twenty " + ords[d - 21]
    yy = ("nineteen " + num_words(y % 100).replace("-", " ")) if y < 2000 else "two thousand " + UNITS[y % 10]
    return ch("%s %s %s" % (MONTHS[m - 1].lower(), dd, yy), "%s %s %s" % (pair_word("%02d" % m), pair_word("%02d" % d), yy))


def mk_dob(ctx):
    d = N(spoken_dob() if ctx.spoken and maybe(0.5) else dob(), "neg_dob")
    return QA(ctx, [ch("Can you verify your date of birth?", "And your date of birth?", "What's the DOB on the account?")],
              [ch("", "it's ", "sure ", "born "), d],
              [ch("DOB ", "dob: ", "verified DOB "), d],
              ["My date of birth is ", d, "."])


def mk_monthday(ctx):
    # date of a month written like an expiry (03/27)
    m, d = R.randint(1, 12), R.randint(13, 28)
    p = N("%02d/%02d" % (m, d), "neg_date")
    return QA(ctx, [ch("When is the appointment?", "When did the technician say they'd come?", "What date works for the install?")],
              [ch("on ", "", "they said "), p, ch(" at ", " around ", " between "), N(time_any(), "neg_time")],
              [ch("appt ", "tech visit sched ", "callback sched "), p, " ", N(time_any(), "neg_time")],
              ["The technician is booked for ", p, " at ", N(time_any(), "neg_time"), "."])


def mk_the_nth(ctx):
    n = R.randint(1, 28)
    suf = "th" if 4 <= n <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    p = N("the %d%s" % (n, suf), "neg_date")
    return QA(ctx, ["When does your bill usually come out?"],
              ["around ", p, " of every month"],
              ["autopay draft moved to ", p],
              ["My payment usually comes out on ", p, "."])


def mk_amounts(ctx):
    a1 = N(amount_words() if ctx.spoken and maybe(0.5) else amount(), "neg_amount")
    a2 = N(amount(), "neg_amount")
    return QA(ctx, [ch("I see a balance here, what amount were you expecting?", "How much were you quoted?", "What amount did you expect to see?")],
              [ch("it should be ", "I was told ", "normally it's "), a1, ch(" not ", ", but I got billed ", " and you took "), a2],
              ch(["bal disputed: expected ", a1, " billed ", a2], ["cust says should be ", a1, ", stmt shows ", a2], ["billed ", a2, " vs quoted ", a1]),
              ["My bill should have been ", a1, " but you charged ", a2, "."])


def mk_percent(ctx):
    p = N(ch("%d%%" % R.randint(5, 40), "%d.%d%%" % (R.randint(1, 29), R.randint(0, 9)), "%d percent" % R.randint(5, 40)), "neg_percent")
    return QA(ctx, [ch("I can offer a loyalty discount.", "There's a retention offer on your account.", "I can apply a discount for the trouble.")],
              [ch("how much, like ", "is it the ", "the ad said "), p, ch("?", " off?", "")],
              [ch("applied ", "offered "), p, " loyalty disc x12 mo"],
              ["Your rep promised me ", p, " off."])


def mk_case(ctx):
    p = N(case_id(), "neg_case_id")
    return QA(ctx, [ch("Your case number is ", "I've opened ticket ", "For reference, that's case ", "I'm escalating this under "), p, "."],
              [ch("ok thanks", "got it", "great", "can you spell that", "ok writing it down")],
              [ch("Case ", "ref ", "Ticket ", "opened "), p, ch(" created", " escalated to T2", " linked", "", " - pending billing")],
              ["I was given case number ", p, " last time."])


def mk_case9(ctx):
    p = N(SAY(ctx, nz(9)), "neg_case_9digit")
    return QA(ctx, [ch("Do you have the reference number from last time?", "Did the last agent give you a ticket number?", "Is there a case number on the email you got?")],
              [ch("yes ", "it's ", "I think it's ", "the email says "), p],
              [ch("prev ref# ", "prior case ", "ref from last call: ", "old ticket "), p],
              ["My previous reference number was ", p, "."])


def mk_conf(ctx):
    p = N(conf_code(), "neg_confirmation")
    return QA(ctx, [ch("Your confirmation number is ", "The payment went through, confirmation ", "Write this down: confirmation "), p, "."],
              [ch("thank you", "ok", "got it thanks")],
              [ch("conf# ", "Confirmation: ", "pmt conf "), p],
              ["My confirmation code was ", p, "."])


def mk_otp(ctx):
    p = N(SAY(ctx, dg(6)), "neg_otp")
    return QA(ctx, [ch("I just texted you a six digit verification code, can you read it back?", "I sent a security code to your phone, what does it say?", "You should get a one-time passcode by text.")],
              [ch("yeah it's ", "", "got it, ", "the security code is "), p],
              ch(["OTP verified (", p, ")"], ["2FA code ", p, " ok"], ["sec code texted, cust read back ", p]),
              ["The verification code you texted me was ", p, " but it says expired."])


def mk_gift(ctx):
    # gift card that does NOT look like a PAN (fails Luhn or non-card length) + PIN
    v = ch(noncard_digits(16, "6"), noncard_digits(19, "6"), noncard_digits(15, "0"), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) + "-" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)) + "-" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5)))
    while v.isdigit() and luhn_ok(v):
        v = noncard_digits(16, "6")
        if luhn_ok(v):
            v = v[:-1] + str((int(v[-1]) + 1) % 10)
    g = N(v, "neg_gift_card")
    pin = N(dg(ch(4, 8)), "neg_gift_pin")
    return QA(ctx, [ch("Go ahead with the gift card number and the PIN under the scratch strip.", "What's the number on the back of the gift card?", "I can check the gift card balance for you.")],
              [ch("card is ", "the gift card is ", "", "ok "), g, ch(" and the pin is ", ", PIN ", " pin "), pin],
              ["GC ", g, " PIN ", pin, " bal ", N(amount(), "neg_amount")],
              ["The gift card number is ", g, ", PIN ", pin, "."])


def mk_loyalty(ctx):
    p = N(ch(noncard_digits(12, "8"), noncard_digits(11, "1"), "%s %s %s" % (dg(3), dg(4), dg(4)), "FF%s" % dg(8)), "neg_loyalty")
    return QA(ctx, [ch("Do you have your rewards number?", "Are you a rewards member?", "Can I get your loyalty number to add the points?")],
              [ch("yes, ", "yep ", "I think it's "), p],
              [ch("rewards# ", "loyalty ", "member card "), p, " pts adj ", N(str(R.randint(100, 5000)), "neg_quantity")],
              ["My rewards number is ", p, "."])


def mk_version(ctx):
    v, i = N(version(), "neg_version"), N(ip(), "neg_ip")
    return QA(ctx, ["What version is the app, and what IP does the router show?"],
              [v, ", and the IP is ", i],
              [ch("fw ", "app ver ", "ver "), v, ch(" WAN IP ", " ip ", "; IP "), i],
              ["I'm on version ", v, ", IP address ", i, "."])


def mk_serial(ctx):
    p = N(serial(), "neg_serial")
    return QA(ctx, [ch("What's the serial number on the back?", "Can you flip it over and read the serial?", "What serial number is on the warranty card?")],
              [ch("S/N ", "serial ", "", "it says "), p],
              [ch("SN ", "S/N: ", "unit serial "), p],
              ["The serial number is ", p, "."])


def mk_mac(ctx):
    p = N(mac(), "neg_mac")
    return QA(ctx, ["And the MAC address on the modem sticker?"],
              [p],
              ["modem MAC ", p, " reprovisioned"],
              ["Modem MAC is ", p, "."])


def mk_meter(ctx):
    p = N(meter(), "neg_meter")
    k = N("%s kWh" % "{:,}".format(R.randint(200, 3400)), "neg_quantity")
    return QA(ctx, [ch("Can you read me the meter number?", "Can you go out to the meter and read me the number on it?")],
              [ch("meter number ", "the meter says ", "ok it's "), p, ch(", it shows ", " and the reading is ", ", dial says "), k],
              ["Meter# ", p, " read ", k],
              ["My meter number is ", p, " and it read ", k, " which seems wrong."])


def mk_deposit(ctx):
    p = N(amount(), "neg_amount")
    return QA(ctx, [ch("There's a security deposit on new accounts.", "Your security deposit will be refunded after twelve on-time payments."), " It's ", N(amount(), "neg_amount"), "."],
              [ch("how much is the security deposit?", "ok", "I already paid a security deposit")],
              [ch("sec deposit ", "security deposit of ", "deposit "), p, ch(" waived per policy", " applied to bal", " refunded")],
              ["Why was I charged a security deposit of ", p, "?"])


def mk_sec_question(ctx):
    return QA(ctx, [ch("I'll need the answer to your security question.", "Can you answer the security question on file?")],
              ["it's my first car, a ", N(str(R.randint(1988, 2009)), "neg_year"), " Civic"],
              ch(["passed security question; ", "acct security PIN reset"], ["failed sec question x", N("2", "neg_quantity"), ", verified via OTP instead"], ["sec Q answered ok"]),
              ["I forgot the answer to my security question, it might be ", N(str(R.randint(1988, 2009)), "neg_year"), " something."])


def mk_social_media(ctx):
    p = N(SAY(ctx, nz(9)), "neg_member_id")
    return QA(ctx, [ch("How did you hear about the promotion?", "Where did you see that offer?")],
              [ch("on social media, your post said to quote my member number ", "it was on your social media page, I'm member ", "a social media ad, my member number is "), p],
              [ch("cust saw promo on social media; mbr# ", "promo via social media, member ", "social media offer - mbr "), p],
              ["I saw your offer on social media. My member number is ", p, "."])


def mk_ssa_office(ctx):
    p = N(ch("1-800-772-1213", "800-772-1213", "(800) 772-1213", "1 800 772 1213"), "neg_phone")
    return QA(ctx, [ch("Did they tell you anything about the name change?", "Do we have updated ID on file after the marriage?")],
              [ch("I have to call the Social Security office first, the number is ", "the Social Security office said to call them at ", "not yet, Social Security gave me "), p],
              ch(["cust to contact Social Security office (", p, ") re name change"], ["gave SSA office # ", p, " for name chg"], ["name change pending w/ Social Security - ", p]),
              ["The Social Security office number I was given is ", p, "."])


def mk_expires_noncard(ctx):
    if ctx.domain == "software":
        lab, val = ch(("your trial expires ", "%02d/%02d" % (R.randint(1, 12), R.randint(13, 28))),
                      ("the license expires ", "%02d/%02d/%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(2026, 2028))),
                      ("the SSL certificate expires ", "%d-%02d-%02d" % (R.randint(2026, 2028), R.randint(1, 12), R.randint(1, 28))),
                      ("your subscription expires ", "%s %d" % (R.choice(MONTHS), R.randint(2026, 2028))))
        p = N(val, "neg_expiry_noncard")
        return QA(ctx, ["Just so you know, ", lab, p, "."], [ch("ok", "noted", "wait, really?")], [lab.replace("your ", "").replace("the ", ""), p],
                  ["Your portal says ", lab, p, "."])
    if ctx.domain == "travel":
        lab, val = ch(("the travel voucher expires ", "%d/%d/%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(2026, 2027))),
                      ("your miles expire ", "%02d/%02d" % (R.randint(1, 12), R.randint(13, 28))),
                      ("the fare hold expires ", "%s %d" % (R.choice(MONTHS)[:3], R.randint(1, 28))))
        p = N(val, "neg_expiry_noncard")
        return QA(ctx, ["Also, ", lab, p, "."], [ch("ok", "good to know")], [lab.replace("your ", "").replace("the ", ""), p],
                  ["I was told ", lab, p, "."])
    opts = [("promo code SAVE%d expires " % R.randint(10, 40), "%d/%d" % (R.randint(1, 12), R.randint(1, 28))),
            ("your trial expires ", "%02d/%02d" % (R.randint(1, 12), R.randint(13, 28))),
            ("license expires ", "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31))),
            ("warranty expires ", "%02d/%d" % (R.randint(1, 12), R.randint(2026, 2030))),
            ("passport expires ", "%d-%02d-%02d" % (R.randint(2027, 2034), R.randint(1, 12), R.randint(1, 28))),
            ("quote valid until ", "%d/%d/%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(2025, 2026))),
            ("coupon exp ", "%d/%d" % (R.randint(1, 12), R.randint(26, 30))),
            ("the lease expires ", "%s %d" % (R.choice(MONTHS), R.randint(2026, 2029)))]
    keep = {"retail": (0, 3, 6), "insurance": (2, 5, 7), "utility": (0, 5, 7), "bank": (2, 4, 5), "health": (1, 2, 5), "telecom": (0, 1, 3, 6)}.get(ctx.domain, range(len(opts)))
    lab, val = opts[R.choice(list(keep))]
    p = N(val, "neg_expiry_noncard")
    return QA(ctx, ["Just so you know, ", lab, p, "."],
              [ch("ok", "noted", "good to know")],
              [lab, p],
              ["I noticed ", lab, p, "."])


def mk_flight(ctx):
    f, r, t = N(flight(), "neg_flight"), N(pnr(), "neg_confirmation"), N(eticket(), "neg_eticket")
    return QA(ctx, [ch("Which flight and booking reference?", "Can I get your booking reference and flight?")],
              [ch("", "it was "), f, ch(", booking ", ", confirmation ", ", record locator "), r, ch(", ticket number ", " and the e-ticket is "), t],
              [f, " PNR ", r, " e-tkt ", t],
              ["I was booked on ", f, " (booking ref ", r, ", e-ticket ", t, ")."])


def mk_passport(ctx):
    p = N(ch(nz(9), "%s%s" % (R.choice("ACEFGHJK"), dg(8))), "neg_passport")
    e = N("%s %d" % (R.choice(MONTHS), R.randint(2027, 2035)), "neg_expiry_noncard")
    return QA(ctx, ["For the international booking I need the passport number."],
              ["passport ", p, ", it expires ", e],
              ["passport ", p, " exp ", e],
              ["My passport number is ", p, " and it expires ", e, "."])


def mk_hotel(ctx):
    p = N(SAY(ctx, nz(ch(8, 10))), "neg_confirmation_spoken" if ctx.spoken else "neg_confirmation")
    return QA(ctx, ["What's the hotel confirmation?"],
              [p, ", checking in ", N(date_any(), "neg_date")],
              ["hotel conf ", p, " ci ", N(date_any(), "neg_date")],
              ["Hotel confirmation ", p, "."])


def mk_rx(ctx):
    p = N(nz(7), "neg_rx")
    return QA(ctx, [ch("Which prescription?", "Do you have the Rx number from the label?")],
              [ch("Rx number ", "the label says ", "Rx "), p, ch(", qty ", ", it's a ", ", quantity "), N(str(R.choice([30, 60, 90])), "neg_quantity")],
              ["Rx# ", p, " qty ", N(str(R.choice([30, 60, 90])), "neg_quantity"), " refill too soon"],
              ["My prescription number is ", p, "."])


def mk_cpt(ctx):
    return QA(ctx, [ch("What was billed?", "What codes are on the explanation of benefits?")],
              ["it says CPT ", N(ch("99213", "99214", "80053", "85025", "71046"), "neg_cpt"), " and diagnosis ", N(ch("E11.9", "J06.9", "M54.5", "I10", "Z00.00"), "neg_icd")],
              ["CPT ", N(ch("99213", "99214", "80053", "85025", "71046"), "neg_cpt"), " dx ", N(ch("E11.9", "J06.9", "M54.5", "I10"), "neg_icd"), " DOS ", N(date_any(), "neg_date")],
              ["The bill shows CPT code ", N(ch("99213", "99214", "80053"), "neg_cpt"), "."])


def mk_vin(ctx):
    p = N(vin(), "neg_vin")
    return QA(ctx, ["And the VIN?"],
              [p],
              ["VIN ", p],
              ["The VIN is ", p, "."])


def mk_ext(ctx):
    p = N(SAY(ctx, str(R.randint(200, 899))), "neg_extension")
    return QA(ctx, [ch("If we get cut off, I'm at extension ", "My direct line is the main number, extension ", "You can ask for me at ext. "), p, "."],
              [ch("ok", "thanks", "ok got it")],
              [ch("direct line ext ", "gave cust my ext ", "cust to ask for ext "), p],
              ["My office line is the main number, extension ", p, "."])


def mk_store(ctx):
    return QA(ctx, [ch("Which store did you buy it at?", "Is the store number on the receipt?")],
              ["store number ", N(str(R.randint(100, 2999)), "neg_store_number"), ", register ", N(str(R.randint(1, 12)), "neg_quantity")],
              ["purchased store #", N(str(R.randint(100, 2999)), "neg_store_number"), " qty ", N(str(R.randint(1, 6)), "neg_quantity")],
              ["I bought it at store #", N(str(R.randint(100, 2999)), "neg_store_number"), "."])


def mk_library(ctx):
    p = N(noncard_digits(14, "2"), "neg_library_card")
    return QA(ctx, ["Which card did you use to register, the library card?"],
              ["yeah the library card, ", p],
              [ch("linked library card ", "library card # ", "lib card on acct "), p],
              ["My library card number is ", p, "."])


def mk_ssn_impossible(ctx):
    a = ch("000", "666", str(R.randint(900, 999)))
    v = "%s-%s-%s" % (a, dg(2), dg(4))
    if maybe(0.3):
        v = "%03d-00-%s" % (R.randint(100, 899), dg(4))
    p = N(v, "neg_ssn_impossible")
    return QA(ctx, [ch("What's the part number on the box?", "Is there a model or part number on the label?")],
              [ch("part number ", "it says ", "model "), p],
              [ch("SKU ", "part# ", "model "), p, " out of stock"],
              ["The part number is ", p, "."])


def mk_state_id(ctx):
    p = N(ch("D%s-%s-%s" % (dg(3), dg(4), dg(4)), "%s%s" % (R.choice("ABCDFGHK"), dg(7)), "S%s %s %s" % (dg(3), dg(3), dg(3))), "neg_license")
    e = N("%02d/%02d/%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(2026, 2031)), "neg_expiry_noncard")
    return QA(ctx, ["Can you verify your ID card or driver's license number?"],
              ["license ", p, ", expires ", e],
              ["ID verified, DL ", p, " exp ", e],
              ["My driver's license is ", p, " (expires ", e, ")."])


LOOK = {
    "telecom": [mk_imei, mk_iccid, mk_port_pin, mk_phone_pair, mk_version, mk_mac, mk_serial, mk_amounts, mk_otp,
                mk_deposit, mk_conf, mk_the_nth, mk_zip4, mk_ups, mk_fedex, mk_usps, mk_imei, mk_iccid],
    "retail": [mk_ups, mk_fedex, mk_usps, mk_amazon, mk_imei, mk_order16, mk_invoice, mk_gift, mk_loyalty, mk_store,
               mk_expires_noncard, mk_serial, mk_address, mk_ssn_impossible, mk_percent],
    "insurance": [mk_policy, mk_claim, mk_vin, mk_imei, mk_member, mk_ein, mk_dates, mk_state_id, mk_address, mk_amounts,
                  mk_expires_noncard, mk_case9],
    "bank": [mk_routing, mk_iban, mk_ein, mk_sec_question, mk_dates, mk_amounts, mk_otp, mk_case, mk_zip4, mk_dob,
             mk_state_id, mk_ssa_office],
    "health": [mk_member, mk_mbi, mk_npi, mk_rx, mk_usps, mk_fedex, mk_cpt, mk_dob, mk_claim, mk_monthday, mk_amounts, mk_ssa_office,
               mk_social_media],
    "utility": [mk_meter, mk_deposit, mk_zip4, mk_monthday, mk_the_nth, mk_amounts, mk_conf, mk_sec_question,
                mk_case9, mk_library],
    "travel": [mk_flight, mk_passport, mk_iccid, mk_hotel, mk_loyalty, mk_dates, mk_amounts, mk_expires_noncard, mk_conf],
    "software": [mk_version, mk_serial, mk_fedex, mk_ups, mk_invoice, mk_expires_noncard, mk_mac, mk_case, mk_percent, mk_social_media],
}
COMMON = [mk_phone, mk_case, mk_dates, mk_amounts, mk_ext, mk_conf, mk_address, mk_case9]


# =============================================================== secret makers
def exp_value(spoken=False):
    m, y = R.randint(1, 12), R.randint(2026, 2032)
    if spoken:
        return ch("%s %s" % (pair_word("%02d" % m), num_words(y % 100).replace("-", " ")),
                  "%s twenty %s" % (MONTHS[m - 1].lower(), num_words(y % 100).replace("-", " ")),
                  "%s %d" % (MONTHS[m - 1], y), "%s %s" % (sp_digits("%02d" % m, sep=" "), sp_digits("%02d" % (y % 100), sep=" ")))
    return ch("%02d/%02d" % (m, y % 100), "%d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
              "%02d%02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1], y), "%s '%02d" % (MONTHS[m - 1][:3], y % 100),
              "%02d / %02d" % (m, y % 100))


def card_val(ctx, brand=None, style=None):
    brand = brand or R.choice(list(BRANDS))
    d = gen_card(brand)
    if ctx.spoken:
        st = style or ch("stt_digits", "spoken_single", "spoken_pairs", "spoken_mixed")
        if st == "stt_digits":
            return fmt_card(d, ch("spaces", "contiguous")), "card_stt_digits", brand
        if st == "spoken_single":
            return sp_digits(d, card_groups(d), sep=ch(", ", " ", "... "), homo=ch(0, 0, 0.25), dbl=maybe(0.3)), "card_spoken_single", brand
        if st == "spoken_pairs":
            return ", ".join(sp_pairs(g) for g in split(d, card_groups(d))), "card_spoken_pairs", brand
        gs = split(d, card_groups(d))
        return " ".join(g if maybe(0.5) else sp_digits(g, sep=" ") for g in gs), "card_spoken_mixed", brand
    st = style or ch("contiguous", "spaces", "dashes", "dots", "mixed_sep", "irregular_groups", "unicode_space", "unicode_dash", "spaces", "contiguous")
    return fmt_card(d, st), "card_" + st, brand


def digits_of_seg(v):
    import re as _re
    if _re.fullmatch(r"[\d\s\-\.\u00a0\u2009\u202f\u2011\u2012\u2013]+", v):
        return _re.sub(r"\D", "", v)
    from numlib import words_to_digits
    return words_to_digits(v)


def cvv_val(ctx, brand):
    n = 4 if brand == "amex" else 3
    v = dg(n)
    if ctx.spoken and maybe(0.6):
        return sp_digits(v, sep=" "), "cvv_spoken"
    return v, "cvv_written"


def sec_card(ctx, lead=None, exp=True, cvv=None, brand=None, mid=None):
    """card (+exp, +cvv). lead: list of segments placed right before the card in the same turn.
    mid: segments placed between the card and the CVV (e.g. an order number)."""
    cv, var, brand = card_val(ctx, brand)
    seg = [S(cv, "CARD", var, Ent(), brand)]
    cvv = maybe(0.5) if cvv is None else cvv
    tail = []
    if exp:
        e = exp_value(ctx.spoken and maybe(0.6))
        tail += [ch(" exp ", " expires ", ", exp. ", " good thru ", " exp date ", " ", ", expiration "), S(e, "EXPIRY", "expiry_spoken" if ctx.spoken and not e[0].isdigit() and not e[0].isupper() else "expiry_written", Ent())]
    if mid:
        tail += mid
    if cvv:
        c, cvar = cvv_val(ctx, brand)
        tail += [ch(" cvv ", " CVV ", ", security code ", " cvc ", " (cvv ", " sec code ", ", the three digits on the back are ", " CID ") if brand != "amex" else ch(" CID ", ", four digit code on the front ", " cvv "), S(c, "CVV", cvar, Ent())]
    lead = lead or []
    if ctx.mode == "conv" and not lead and maybe(0.3):
        d = digits_of_seg(cv)
        rb = fmt_card(d, ch("spaces", "dashes")) if not ctx.spoken else sp_digits(d, card_groups(d), sep=", ")
        return [("A", [ch("Go ahead with the card number.", "What card are we using?")]), ("C", [ch("", "ok ", "it's ")] + seg + tail),
                ("A", [ch("Let me read that back: ", "So that's ", "Just to confirm, "), S(rb, "CARD", "card_readback_digits" if not ctx.spoken else "card_readback_spoken", Ent(), brand), "?"]),
                ("C", [ch("yes", "yep that's it", "correct")])]
    if ctx.mode == "conv":
        q = ch("What card would you like to use today?", "Go ahead with the card number when you're ready.", "And which card should I put on file?", "Can I get the card number please?")
        return [("A", [q]), ("C", lead + ([] if lead else [ch("", "ok ", "it's ", "yeah it's ")]) + seg + tail)]
    if ctx.mode == "note":
        lab = "" if lead else ch("pmt method: ", "cc ", "card ", "new card on file ", "charged ", BRAND_NAME[brand] + " ")
        return [(None, lead + [lab] + seg + tail)]
    lab = "" if lead else ch("Please charge my card ", "The card to use is ", "You can bill ", "Use my " + BRAND_NAME[brand] + " ")
    return [("C", lead + [lab] + seg + tail + ["."])]


def sec_ssn(ctx, lead=None, trail=None):
    d = gen_ssn()
    if ctx.spoken:
        st = ch("spoken_single", "spoken_pairs", "stt_digits")
        if st == "spoken_single":
            v = sp_digits(d, [3, 2, 4], sep=ch(", ", " ", " - "), dbl=maybe(0.3))
        elif st == "spoken_pairs":
            v = "%s %s %s" % (sp_digits(d[:3], sep=" "), pair_word(d[3:5]), sp_pairs(d[5:]))
        else:
            v = fmt_ssn(d, ch("dashes", "spaces", "unformatted_context"))
        var = "ssn_" + st
    else:
        st = ch("dashes", "spaces", "dots", "unformatted_context", "unicode", "dashes")
        v, var = fmt_ssn(d, st), "ssn_" + st
    seg = S(v, "SSN", var, Ent())
    lead = lead or []
    trail = trail or []
    lab = ch("SSN ", "social ", "SS# ", "soc sec ", "social security number ", "SSN: ")
    if ctx.mode == "conv":
        return [("A", [ch("Can I get your social security number for the credit check?", "I'll need your SSN to verify.", "What's the social on the account?")]),
                ("C", lead + [ch("", "it's ", "my social is ", "sure, ")] + [seg] + trail)]
    if ctx.mode == "note":
        return [(None, lead + [lab if not lead or maybe(0.7) else "", seg] + trail)]
    return [("C", lead + ["My " + ch("SSN", "social security number", "social") + " is ", seg] + trail + ["."])]


def ign_last4(ctx):
    what = ch("card", "ssn")
    v = dg(4)
    if what == "card":
        s = S(v, "IGNORE", "ign_card_last4", Ent())
        dt = N("%02d/%02d" % (R.randint(1, 12), R.randint(13, 28)), "neg_date")
        return QA(ctx, [ch("Which card was charged?", "Which card did the charge go to?")], [ch("the one ending in ", "my debit card, last four ", "ending "), s, ch(", on ", " back on ", ", it posted "), dt],
                  ch(["card ending ", s, " charged ", dt], ["cc x", s, " txn ", dt], ["disputed chg ", dt, " on card ending -", s], ["Visa ending ", s, " on ", dt]),
                  ["It was charged to the card ending in ", s, " on ", dt, "."])
    s = S(v, "IGNORE", "ign_ssn_last4", Ent())
    return QA(ctx, ["Can you verify the last four of your social?"], [ch("", "it's ", "sure ") , s],
              ["verified last 4 SSN ", s],
              ["The last four of my social are ", s, "."])


def ign_masked(ctx):
    d = gen_card(ch("visa16", "mc", "discover"))
    v = ch("************" + d[-4:], "XXXX-XXXX-XXXX-" + d[-4:], "%s******%s" % (d[:6], d[-4:]), "•••• •••• •••• " + d[-4:], "%s XXXX XXXX %s" % (d[:4], d[-4:]))
    s = S(v, "IGNORE", "ign_card_masked", Ent())
    return QA(ctx, ["I see the card on file as ", s, ", is that right?"], ["yes"],
              ["pmt method on file ", s, " (masked)"],
              ["Your receipt shows ", s, "."])


def ign_luhn_noncard(ctx):
    kind = ch("gift", "rewards", "loyalty")
    v = luhn_noncard(ch(16, 16, 19), ch("6006", "6035", "7777", "9843", "6046", "8"))
    if maybe(0.3):
        v = " ".join(split(v, [4, 4, 4, 4, 3]))
    var = "ign_gift_card_luhn" if kind == "gift" else "ign_luhn16_noncard_iin"
    s = S(v, "IGNORE", var, Ent())
    pin = N(dg(ch(4, 6, 8)), "neg_gift_pin")
    lab = {"gift": "gift card", "rewards": "rewards card", "loyalty": "store loyalty card"}[kind]
    return QA(ctx, ["Go ahead with the %s number." % lab], [ch("", "ok ", "it's "), s, " and the PIN is ", pin],
              [lab + " ", s, " pin ", pin],
              ["My %s number is " % lab, s, " (PIN ", pin, ")."])


def ign_ssn_shaped(ctx):
    d = gen_ssn()
    s = S("%s-%s-%s" % (d[:3], d[3:5], d[5:]), "IGNORE", "ign_ssn_shaped_nocontext", Ent())
    return QA(ctx, ["Is there a reference on the letter?"], ["the top says ref ", s],
              ["ltr ref ", s],
              ["The letter has reference ", s, " at the top."])


def ign_ambig3(ctx):
    """3-digit number whose role is genuinely unclear, next to a card with no label."""
    cv, var, brand = card_val(ctx, ch("visa16", "mc", "discover"))
    e = exp_value(False)
    a = S(dg(3), "IGNORE", "ign_ambiguous_3digit", Ent())
    segs = [S(cv, "CARD", var, Ent(), brand), " ", S(e, "EXPIRY", "expiry_written", Ent()), ch(" - ", " / ", " ... "), a, ch(" ??", " (cust unsure which)", " - asked to confirm, line dropped")]
    if ctx.mode == "conv":
        return [("A", ["Can I get the card details?"]), ("C", segs)]
    return [(None if ctx.mode == "note" else "C", ["cust read "] + segs)]


# --- combos: secret placed right next to lookalikes
def combo_phone_card(ctx):
    p = N(phone_any(), "neg_phone")
    return sec_card(ctx, lead=[ch("call me at ", "cb ", "my number is "), p, ch(", card ", " - card ", ". card is ", " and the card is ")])


def combo_order_cvv(ctx):
    o = N(ch(amazon_order(), noncard_digits(16, "1"), "W%s" % dg(9)), "neg_order")
    return sec_card(ctx, exp=True, cvv=True, mid=[ch(", order ", " for order ", " / order# "), o])


def combo_ssn_routing(ctx):
    r, a = N(routing_any(), "neg_routing"), N(acct(), "neg_account")
    return sec_ssn(ctx, trail=[ch(", routing ", " then routing number ", " - direct deposit RTN "), r, ch(" acct ", " account ", ", acct "), a])


def combo_imei_card(ctx):
    i = N(imei(), "neg_imei")
    return sec_card(ctx, lead=["IMEI ", i, ch(", pay with ", "; charge device to ", " - card ")])


def combo_iccid_ssn(ctx):
    i = N(iccid(), "neg_iccid")
    return sec_ssn(ctx, lead=["SIM ", i, ch(" and ", ", ", "; ")])


def combo_tracking_card(ctx):
    t = N(ups(), "neg_tracking_ups") if maybe(0.5) else N(fmt_usps(usps()), "neg_tracking_usps")
    return sec_card(ctx, lead=[ch("tracking ", "trk "), t, ch(", refund to ", " - refund card ", ". card ")])


def combo_dob_ssn(ctx):
    d = N(dob(), "neg_dob")
    return sec_ssn(ctx, lead=[ch("DOB ", "born ", "date of birth "), d, ch(", ", " and ", "; ")])


def combo_member_ssn(ctx):
    m = N(nz(9), "neg_member_id")
    return sec_ssn(ctx, lead=["member ID ", m, ch(", ", " - ", " and ")])


def combo_invoice_card(ctx):
    i = N(noncard_digits(16, ch("1", "7", "9")), "neg_invoice")
    return sec_card(ctx, lead=[ch("invoice ", "inv "), i, ch(", pay with ", " charge to ", " - ")])


def combo_promo_card(ctx):
    pe = N("%d/%d" % (R.randint(1, 12), R.randint(1, 28)), "neg_expiry_noncard")
    return sec_card(ctx, exp=True, lead=["promo expires ", pe, ch("; ", ". ", ", ")])


def combo_ein_ssn(ctx):
    e = N(ein(), "neg_ein")
    return sec_ssn(ctx, lead=["EIN ", e, ch(" (business), ", " and for the owner ", "; sole prop ")])


def combo_zip_cvv(ctx):
    z = N(zip4(), "neg_zip4")
    return sec_card(ctx, exp=True, cvv=True, mid=[ch(", billing zip ", " zip ", " / billing ZIP "), z])


def combo_ext_cvv(ctx):
    x = N(str(R.randint(200, 899)), "neg_extension")
    return sec_card(ctx, exp=True, cvv=True, mid=[ch(", my extension is ", " ext ", " - desk ext "), x])


def combo_mbi_ssn(ctx):
    m = N(mbi(), "neg_medicare")
    return sec_ssn(ctx, lead=["Medicare ", m, ch(", ", " and ")])


def combo_prepaid_visa(ctx):
    """a Visa *gift* card is a real PAN"""
    d = gen_card("visa16")
    cv = fmt_card(d, ch("spaces", "contiguous", "dashes"))
    e = exp_value(False)
    c = dg(3)
    segs = [ch("it's one of those Visa gift cards, ", "prepaid Visa gift card ", "Vanilla Visa gift card "), S(cv, "CARD", "card_" + ("spaces" if " " in cv else "dashes" if "-" in cv else "contiguous"), Ent(), "visa16"),
            " exp ", S(e, "EXPIRY", "expiry_written", Ent()), " cvv ", S(c, "CVV", "cvv_written", Ent())]
    if ctx.mode == "conv":
        return [("A", ["How would you like to pay?"]), ("C", segs)]
    if ctx.mode == "email":
        return [("C", ["Please use my "] + segs + ["."])]
    return [(None, segs)]


def combo_passport_ssn(ctx):
    p = N(nz(9), "neg_passport")
    return sec_ssn(ctx, lead=["passport ", p, ch(", and ", "; ")])


SECRET_COMBOS = [combo_phone_card, combo_order_cvv, combo_ssn_routing, combo_imei_card, combo_iccid_ssn,
                 combo_tracking_card, combo_dob_ssn, combo_member_ssn, combo_invoice_card, combo_promo_card,
                 combo_ein_ssn, combo_zip_cvv, combo_ext_cvv, combo_mbi_ssn, combo_prepaid_visa, combo_passport_ssn]
DOMAIN_COMBOS = {
    "telecom": [combo_imei_card, combo_iccid_ssn, combo_phone_card, combo_zip_cvv],
    "retail": [combo_order_cvv, combo_tracking_card, combo_prepaid_visa, combo_promo_card, combo_invoice_card],
    "insurance": [combo_dob_ssn, combo_ein_ssn, combo_phone_card, combo_zip_cvv],
    "bank": [combo_ssn_routing, combo_ein_ssn, combo_dob_ssn, combo_ext_cvv],
    "health": [combo_member_ssn, combo_mbi_ssn, combo_dob_ssn, combo_phone_card],
    "utility": [combo_ssn_routing, combo_zip_cvv, combo_phone_card, combo_ext_cvv],
    "travel": [combo_passport_ssn, combo_phone_card, combo_promo_card, combo_order_cvv],
    "software": [combo_invoice_card, combo_order_cvv, combo_ext_cvv, combo_promo_card],
}
GENERIC_COMBOS = [combo_phone_card, combo_order_cvv, combo_zip_cvv, combo_ext_cvv, combo_dob_ssn, combo_promo_card,
                  combo_invoice_card, combo_prepaid_visa, combo_tracking_card]
IGNORES = [ign_last4, ign_masked, ign_luhn_noncard, ign_ssn_shaped, ign_ambig3]


def sec_card_multiturn(ctx):
    """card read over several speaker turns (transcripts), other speaker's acknowledgements stay outside."""
    brand = ch("visa16", "mc", "discover", "amex", "mc2")
    d = gen_card(brand)
    gs = split(d, card_groups(d))
    e = Ent()
    cut = R.randint(1, len(gs) - 1)
    spoken = lambda g: sp_digits(g, sep=" ", homo=ch(0, 0.2)) if maybe(0.7) else g
    first = ", ".join(spoken(g) for g in gs[:cut])
    rest = ", ".join(spoken(g) for g in gs[cut:])
    turns = [("A", [ch("Okay, go ahead with the card number.", "Ready when you are for the card.")]),
             ("C", [ch("ok it's ", "", "so "), S(first, "CARD", "card_multi_turn", e, brand)]),
             ("A", [ch("uh huh", "mm-hmm", "okay", "go on")]),
             ("C", [S(rest, "CARD", "card_multi_turn", e, brand)])]
    if maybe(0.6):
        turns += [("A", ["And the expiration?"]), ("C", [S(exp_value(True), "EXPIRY", "expiry_spoken", Ent())])]
    return turns


def sec_ssn_multiturn(ctx):
    d = gen_ssn()
    e = Ent()
    return [("A", ["And I'll need the social to run the credit check."]),
            ("C", [S(sp_digits(d[:3], sep=" ", dbl=True), "SSN", "ssn_multi_turn", e)]),
            ("A", [ch("okay", "uh huh", "yep")]),
            ("C", [S(sp_digits(d[3:5], sep=" ") + ", " + sp_digits(d[5:], sep=" ", dbl=True), "SSN", "ssn_multi_turn", e)])]


# =============================================================== fillers
REASON = {
    "telecom": ["my phone has no service since the update", "I want to switch my number over from another carrier", "I'm being charged for a line I cancelled", "the replacement phone never activated"],
    "retail": ["my package says delivered but it's not here", "I was charged twice for one order", "I want to return a jacket that didn't fit", "my gift card balance is wrong"],
    "insurance": ["I need to add a vehicle to my policy", "I'm calling about a claim from the hail storm", "my premium went up and nobody told me why", "I need proof of insurance for the DMV"],
    "bank": ["I need to set up direct deposit", "there's a charge on my statement I don't recognise", "I want to open a business account", "my wire hasn't arrived"],
    "health": ["my claim was denied", "I got a bill for a visit that should be covered", "the pharmacy says my refill is too soon", "I need a new insurance card"],
    "utility": ["my bill doubled this month", "I'm moving and need to transfer service", "I want to set up a payment arrangement", "the meter reading looks wrong"],
    "travel": ["my flight was cancelled and I need a refund", "I need to change the name on a booking", "the hotel charged me a no-show fee", "I never got my miles for the trip"],
    "software": ["my license key stopped working", "I was billed for a renewal I cancelled", "the app crashes on launch since the last update", "I need an invoice for my accountant"],
}
NOTE_FILLER = ["Cust frustrated, apologized.", "Advised 3-5 business days.", "Educated cust on self-service app.", "Cust requested supervisor, declined after explanation.",
               "No further questions.", "Resolved FCR.", "Sent recap email.", "Hold time approx %d min." , "Transferred to T2.", "will f/u in 48h",
               "acct in good standing", "verified name + addr", "cust ok w/ resolution", "escalated per SOP %d", "waived late fee one-time courtesy"]
AGENT_FILLER = ["Let me pull that up for you.", "Thanks for your patience.", "One moment while I check.", "I'm sorry about that.", "Okay, I've got that noted.", "Bear with me, the system is slow today."]
CUST_FILLER = ["ok", "sure", "thanks", "yeah that's right", "hello? are you still there", "sorry, one sec", "great thank you", "lol ok", "perfect"]


def note_filler():
    f = R.choice(NOTE_FILLER)
    if "%d" in f:
        return [f.split("%d")[0], N(str(R.randint(2, 45)), "neg_quantity"), f.split("%d")[1]]
    return [f]


# =============================================================== document builder
class Retry(Exception):
    pass


class Doc:
    def __init__(self):
        self.buf, self.pos, self.spans, self.negs, self.ents = [], 0, [], [], {}

    def t(self, s):
        self.buf.append(s)
        self.pos += len(s)

    def seg(self, x, low=False):
        if isinstance(x, str):
            self.t(x.lower() if low else x)
        elif isinstance(x, N):
            if cardlike_subrun(x.text):
                raise Retry()
            st = self.pos
            self.t(x.text)
            self.negs.append({"start": st, "end": self.pos, "kind": x.kind})
        else:
            st = self.pos
            self.t(x.text)
            if x.ent not in self.ents:
                self.ents[x.ent] = "e%d" % (len(self.ents) + 1)
            sp = {"start": st, "end": self.pos, "type": x.typ, "variant": x.variant, "entity": self.ents[x.ent]}
            if x.brand:
                sp["brand"] = x.brand
            self.spans.append(sp)

    def segs(self, lst, low=False):
        for x in lst:
            self.seg(x, low)

    def text(self):
        return "".join(self.buf)


def fmt_clock(sec, style):
    m, s = divmod(sec, 60)
    h, m = divmod(m, 60)
    if style == 0:
        return "%02d:%02d:%02d" % (h, m, s)
    if style == 1:
        return "%d:%02d" % (m, s)
    return "%02d:%02d" % (m, s)


def render_transcript(ctx, turns, doc):
    lay = R.randint(0, 7)
    labs = ch(("Agent", "Customer"), ("AGENT", "CALLER"), ("Rep", "Caller"), ("A", "C"), ("Speaker 1", "Speaker 2"),
              ("spk_0", "spk_1"), (ctx.agent, ctx.cust.split()[0]), ("Agent", "Cust"))
    low = maybe(0.4)
    t = R.randint(0, 20)
    if lay == 6:
        doc.t("WEBVTT\n\n")
    if maybe(0.3):
        doc.t(ch("[Call recording - %s - inbound]\n" % ctx.company, "Transcript generated by auto-ASR (confidence 0.%d)\n" % R.randint(71, 97), "Call ID: %s\n" % ("".join(R.choice("abcdef0123456789") for _ in range(12)))))
    for role, segs in turns:
        t += R.randint(3, 25)
        lab = labs[0] if role == "A" else labs[1]
        if lay == 0:
            doc.t(lab + ": ")
        elif lay == 1:
            doc.t("%s (%s): " % (lab, fmt_clock(t, 2)))
        elif lay == 2:
            doc.t("[%s] %s: " % (fmt_clock(t, 0), lab))
        elif lay == 3:
            doc.t("%s %s\n" % (lab, fmt_clock(t, 1)))
        elif lay == 4:
            doc.t("%s | %s | " % (fmt_clock(t, 2), lab.lower()))
        elif lay == 5:
            doc.t("%s: " % lab.upper())
        elif lay == 6:
            e = t + R.randint(2, 9)
            doc.t("%s.%03d --> %s.%03d\n<v %s>" % (fmt_clock(t, 0), R.randint(0, 999), fmt_clock(e, 0), R.randint(0, 999), lab))
        else:
            doc.t("%s %s: " % (fmt_clock(t, 1), lab))
        doc.segs(segs, low=(low and role == "C"))
        doc.t("\n\n" if lay == 6 else "\n")


def render_chat(ctx, turns, doc):
    lay = R.randint(0, 5)
    cn = ctx.cust.split()[0]
    clock = R.randint(7, 21) * 3600 + R.randint(0, 50) * 60
    h, m = divmod(clock // 60, 60)
    hdr = ch("*** Chat started %d-%02d-%02dT%02d:%02d:%02dZ ***\n" % (R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28), h, m, R.randint(0, 59)),
             "--- %s joined the chat ---\n" % ctx.agent, "Visitor %d connected\n" % R.randint(10000, 99999), "Chat transcript - %s\n" % ctx.company, "")
    doc.t(hdr)
    if maybe(0.5):
        turns = [("A", [ch("Hi, thanks for contacting %s! How can I help?" % ctx.company, "Welcome to %s chat support." % ctx.company, "Hello %s, I'm %s. What can I do for you today?" % (cn, ctx.agent))])] + turns
    for role, segs in turns:
        clock += R.randint(4, 110)
        h, m = divmod(clock // 60, 60)
        h %= 24
        who = ctx.agent if role == "A" else cn
        if lay == 0:
            doc.t("[%d:%02d %s] %s: " % ((h - 1) % 12 + 1, m, "AM" if h < 12 else "PM", who))
        elif lay == 1:
            doc.t("%02d:%02d | %s | " % (h, m, "agent" if role == "A" else "customer"))
        elif lay == 2:
            doc.t("%s (%02d:%02d): " % (who + " (Agent)" if role == "A" else who, h, m))
        elif lay == 3:
            doc.t("%s: " % ("Agent" if role == "A" else "Visitor"))
        elif lay == 4:
            doc.t("%s  %d:%02d %s\n" % (who, (h - 1) % 12 + 1, m, "AM" if h < 12 else "PM"))
        else:
            doc.t("(%02d:%02d:%02d) %s: " % (h, m, clock % 60, who.lower()))
        doc.segs(segs, low=(role == "C" and maybe(0.3)))
        doc.t("\n")
    doc.t(ch("Chat ended by agent.", "%s left the chat." % cn, "Thanks for chatting with us!", "*** Chat closed ***"))


def render_note(ctx, turns, doc):
    lay = R.randint(0, 4)
    hdr = ch("Call notes %d/%d %d:%02d%s - %s\n" % (R.randint(1, 12), R.randint(1, 28), R.randint(1, 12), R.randint(0, 59), ch("a", "p"), ctx.agent),
             "NOTES (%s):\n" % date_any(), "Interaction %s\n" % ("TKT%s" % dg(8)), "%s | %s\n" % (ctx.company, ctx.cust), "")
    doc.t(hdr)
    if lay != 4 and maybe(0.6):
        r = R.choice(REASON[ctx.domain])
        for a, b in (("I'm being", "being"), ("I'm ", ""), ("I've ", ""), ("I was", "was"), ("I want", "wants"), ("I need", "needs"), ("I never", "never"), ("I don't", "doesn't"), ("my ", ""), ("me ", "cust ")):
            r = r.replace(a, b)
        turns = [(None, [ch("Cust ", "Caller ", "") + ctx.cust + ch(" called re: ", " states ", " upset - ", ": ") + r])] + turns
    items = []
    used = set()
    for role, segs in turns:
        items.append(segs)
        if maybe(0.3):
            f = note_filler()
            if f[0] not in used:
                used.add(f[0])
                items.append(f)
    pre = {0: "- ", 1: "* ", 2: "", 3: "", 4: ""}[lay]
    for i, segs in enumerate(items):
        if lay in (0, 1, 2):
            doc.t(pre)
            doc.segs(segs)
            doc.t("\n")
        elif lay == 3:
            doc.segs(segs)
            last = segs[-1] if isinstance(segs[-1], str) else segs[-1].text
            end = "" if last.endswith(".") else "."
            doc.t(end + (" " if i < len(items) - 1 else ""))
        else:
            doc.segs(segs)
            doc.t(" | " if i < len(items) - 1 else "")


def render_email(ctx, turns, doc, quoted=None):
    if maybe(0.6):
        doc.t("From: %s <%s.%s%d@%s>\n" % (ctx.cust, ctx.cust.split()[0].lower(), ctx.cust.split()[1].lower(), R.randint(1, 99), ch("gmail.com", "outlook.com", "yahoo.com", "icloud.com")))
        doc.t("To: support@%s.example\n" % ctx.company.lower().replace(" ", "-").replace("&", "and"))
        doc.t("Subject: %s\n\n" % ch("Re: Your case", "Billing question", "Urgent - " + R.choice(REASON[ctx.domain]), "Fwd: statement", "refund??"))
    doc.t(ch("Hi,\n\n", "Hello %s team,\n\n" % ctx.company, "Dear Customer Service,\n\n", "hi there\n\n", "To whom it may concern,\n\n"))
    doc.t("I'm writing because " + R.choice(REASON[ctx.domain]) + ".")
    if maybe(0.5):
        w = R.randint(0, 2)
        if w == 0:
            doc.t(" I've been a customer for ")
            doc.seg(N(str(R.randint(3, 22)), "neg_quantity"))
            doc.t(" years and this has never happened.")
        elif w == 1:
            doc.t(" This is the ")
            doc.seg(N(ch("3rd", "4th", "third", "5th"), "neg_quantity"))
            doc.t(" time I'm writing about this.")
        else:
            doc.t(" I spent ")
            doc.seg(N(str(R.randint(40, 95)), "neg_quantity"))
            doc.t(" minutes on hold on ")
            doc.seg(N(date_any(), "neg_date"))
            doc.t(".")
    for i, (role, segs) in enumerate(turns):
        doc.t("\n\n" if maybe(0.45) else " ")
        doc.segs(segs)
    doc.t("\n\n" + ch("Thanks,", "Regards,", "Best,", "Thank you in advance,", "Cheers") + "\n" + ctx.cust + "\n")
    if maybe(0.7):
        doc.seg(N(phone_any(), "neg_phone"))
        doc.t("\n")
        if maybe(0.5):
            doc.seg(N(address(), "neg_address"))
            doc.t("\n")
    if maybe(0.3):
        doc.t(ch("Sent from my iPhone\n", "Get Outlook for Android\n"))
    if quoted is not None or maybe(0.5):
        doc.t("\n" + ch("On %s, %s Support <help@example.com> wrote:\n" % (date_any(), ctx.company), "-----Original Message-----\n", "> On %s, Support wrote:\n" % date_any()))
        qs = quoted or [["Thank you for contacting us. Your case ", N(case_id(), "neg_case_id"), " is open."],
                        ["Please call us at ", N(phone_any(), "neg_phone"), " Mon-Fri ", N("8am-6pm", "neg_time"), " if you need anything else."]]
        for q in qs:
            doc.t("> ")
            doc.segs(q)
            doc.t("\n")


TICKET_ROT = [0]


def render_ticket(ctx, turns, doc):
    TICKET_ROT[0] += 1
    lay = ("csv", "jsonl", "kv")[TICKET_ROT[0] % 3]
    ctx.ticket_layout = lay
    if lay == "csv":
        doc.t(ch("ticket_id,created_at,channel,agent,contact_phone,note\n", "Case Number,Created Date,Origin,Owner,Phone,Comment Body\n"))
        tid = nz(8)
        base = R.randint(1704067200, 1790000000)
        ph = N(fmt_us_phone(us_phone_digits(), ch("dash", "paren", "plus1")), "neg_phone")
        for role, segs in turns:
            doc.seg(N(tid, "neg_case_id"))
            doc.t(",")
            base += R.randint(30, 90000)
            doc.seg(N(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(base)), "neg_timestamp"))
            doc.t(",%s,%s," % (ch("Phone", "Chat", "Email", "Web"), ctx.agent))
            doc.seg(ph)
            doc.t(',"')
            doc.segs(segs)
            doc.t('"\n')
    elif lay == "jsonl":
        tid = "%s-%s" % (ch("CS", "INC", "T"), dg(7))
        base = R.randint(1704067200, 1790000000)
        tz = ch("Z", "ms", "-05:00")
        for role, segs in turns:
            doc.t('{"ticket":"')
            doc.seg(N(tid, "neg_case_id"))
            doc.t('","ts":"')
            base += R.randint(30, 90000)
            doc.seg(N(time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(base)) + (".%03dZ" % R.randint(0, 999) if tz == "ms" else tz), "neg_timestamp"))
            doc.t('","author":"%s","visibility":"%s","body":"' % (ch("agent", "system") if role is None else ("agent" if role == "A" else "customer"), ch("internal", "public")))
            doc.segs(segs)
            doc.t('"}\n')
    else:
        doc.t("Case Number: ")
        doc.seg(N(nz(8), "neg_case_id"))
        doc.t("\nStatus: %s\nPriority: P%d\nAccount: %s\nContact Phone: " % (ch("Open", "Pending", "Escalated"), R.randint(1, 4), ctx.cust))
        doc.seg(N(phone_any(), "neg_phone"))
        doc.t("\nOpened: ")
        doc.seg(N(date_any(), "neg_date"))
        doc.t("\nSubject: %s\nDescription:\n" % R.choice(REASON[ctx.domain]))
        pre = ch("  ", "> ", "  - ", "")
        for role, segs in turns:
            doc.t(pre)
            doc.segs(segs)
            doc.t("\n")


def conv_open(ctx):
    return [("A", [ch("Thank you for calling %s, this is %s. How can I help?" % (ctx.company, ctx.agent), "%s, %s speaking." % (ctx.company, ctx.agent), "Hi, you've reached %s support." % ctx.company)]),
            ("C", [ch("hi, ", "yeah hi ", "hello, ", "") + R.choice(REASON[ctx.domain])])]


def conv_close(ctx):
    return [("A", [ch("Is there anything else I can help with?", "You're all set.", "Alright, I've documented everything.")]),
            ("C", [ch("no that's it, thanks", "great thank you so much", "ok bye")])]


def build_doc(idx, kind, domain, secret):
    ctx = Ctx(kind, domain)
    pool = list(dict.fromkeys(LOOK[domain]))
    k = R.randint(3, min(6, len(pool)))
    makers = R.sample(pool, k) + R.sample([m for m in COMMON if m not in pool], R.randint(1, 3))
    blocks = [m(ctx) for m in makers]
    if secret:
        combos = DOMAIN_COMBOS[domain] + R.sample(GENERIC_COMBOS, 2) + [combo_dob_ssn, combo_ssn_routing]
        nsec = ch(1, 1, 2)
        SSNF = {combo_ssn_routing, combo_iccid_ssn, combo_dob_ssn, combo_member_ssn, combo_ein_ssn, combo_mbi_ssn, combo_passport_ssn, sec_ssn, sec_ssn_multiturn}
        picked = []
        for c in R.sample(combos, len(combos)):
            if c in picked or (c in SSNF and any(p in SSNF for p in picked)):
                continue
            picked.append(c)
            if len(picked) == nsec:
                break
        extra = None
        if ctx.spoken and maybe(0.35):
            extra = ch(sec_card_multiturn, sec_card_multiturn, sec_ssn_multiturn)
        elif maybe(0.25):
            extra = ch(sec_card, sec_ssn)
        if extra and not (extra in SSNF and any(p in SSNF for p in picked)):
            picked.append(extra)
        sb = [c(ctx) for c in picked]
        for b in sb:
            blocks.insert(R.randint(1, len(blocks)), b)
    if maybe(0.4):
        pool = [ign_last4] * 6 + [ign_masked] * 4 + [ign_luhn_noncard] * 5 + [ign_ssn_shaped] * 2 + ([ign_ambig3] * 3 if secret else [])
        blocks.insert(R.randint(0, len(blocks)), R.choice(pool)(ctx))
    turns = []
    for b in blocks:
        turns += b
        if ctx.mode == "conv" and maybe(0.2):
            turns.append(("A", [R.choice(AGENT_FILLER)]))
            if maybe(0.5):
                turns.append(("C", [R.choice(CUST_FILLER)]))
    doc = Doc()
    if kind == "transcript":
        render_transcript(ctx, conv_open(ctx) + turns + conv_close(ctx), doc)
    elif kind == "chat":
        render_chat(ctx, [("C", [R.choice(REASON[domain])])] + turns, doc)
    elif kind == "note":
        render_note(ctx, turns, doc)
    elif kind == "email":
        render_email(ctx, turns, doc)
    else:
        render_ticket(ctx, turns, doc)
    sub = kind if kind != "ticket" else "ticket_" + ctx.ticket_layout
    return {"id": "lookalike-%04d" % idx, "kind": sub, "domain": domain, "text": doc.text(),
            "spans": doc.spans, "negatives": doc.negs}


# =============================================================== hand-shaped special documents
def special_email_wrapped(idx):
    ctx = Ctx("email", ch("retail", "software", "utility"))
    doc = Doc()
    brand = ch("visa16", "mc", "discover")
    d = gen_card(brand)
    g = split(d, [4, 4, 4, 4])
    doc.t("Subject: Re: payment failed - order ")
    doc.seg(N(amazon_order() if maybe(0.5) else noncard_digits(16, "1"), "neg_order"))
    doc.t("\n\nHi %s,\n\nSorry, I typed it wrong last time. The card ending in " % ctx.agent)
    doc.seg(S(d[-4:], "IGNORE", "ign_card_last4", Ent()))
    doc.t(" is the old one. Please use\n")
    doc.seg(S("%s %s %s\n%s" % tuple(g), "CARD", "card_linebreak", Ent(), brand))
    doc.t(" exp ")
    doc.seg(S(exp_value(False), "EXPIRY", "expiry_written", Ent()))
    doc.t(" instead. My phone is ")
    doc.seg(N(phone_any(), "neg_phone"))
    doc.t(" and the package should ship to\n")
    doc.seg(N(address(True), "neg_address"))
    doc.t(".\n\nThanks,\n%s\n\nOn %s, %s Billing <billing@example.com> wrote:\n" % (ctx.cust, date_any(), ctx.company))
    d2 = gen_card("amex")
    doc.t("> We could not charge the card you sent us (")
    doc.seg(S("%s %s\n> %s" % (d2[:4], d2[4:10], d2[10:]), "CARD", "card_linebreak_quoted", Ent(), "amex"))
    doc.t(").\n> Invoice ")
    doc.seg(N(noncard_digits(16, "7"), "neg_invoice"))
    doc.t(" for ")
    doc.seg(N(amount(), "neg_amount"))
    doc.t(" remains open. Please reply by ")
    doc.seg(N(date_any(), "neg_date"))
    doc.t(" or call ")
    doc.seg(N(fmt_us_phone(us_phone_digits(), "1dash"), "neg_phone"))
    doc.t(".\n> Reference: ")
    doc.seg(N(conf_code(), "neg_confirmation"))
    doc.t("\n")
    return {"id": "lookalike-%04d" % idx, "kind": "email", "domain": ctx.domain, "text": doc.text(), "spans": doc.spans, "negatives": doc.negs}


def special_telecom_transcript(idx):
    """IMEI, ICCID read over turns, SIM card, port PIN; card read across turns right after a spoken phone number."""
    ctx = Ctx("transcript", "telecom")
    doc = Doc()
    im = imei()
    ic = iccid(20)
    ph = us_phone_digits()
    pin = dg(4)
    turns = conv_open(ctx) + [
        ("A", ["Which number are we porting in?"]),
        ("C", [N(sp_digits(ph, [3, 3, 4], sep=", ", dbl=True), "neg_phone_spoken")]),
        ("A", ["And the account PIN from your old carrier? Not a card PIN, the transfer PIN."]),
        ("C", [N(sp_digits(pin, sep=" "), "neg_pin")]),
        ("A", ["Got it. Now the IMEI, dial star pound oh six pound."]),
        ("C", ["okay it shows ", N(im, "neg_imei"), ch("", " and there's a second one but I only have one SIM")]),
        ("A", ["And the SIM card number on the new SIM, starts with eight nine."]),
        ("C", [N(ic, "neg_iccid")]),
        ("A", ["Perfect. There's a ", N("$35", "neg_amount"), " activation fee. What card would you like to use?"]),
    ] + sec_card_multiturn(ctx)[1:] + [
        ("A", ["And the security code?"]),
        ("C", [S(sp_digits(dg(3), sep=" "), "CVV", "cvv_spoken", Ent())]),
        ("A", ["Thanks. Your port request number is ", N(conf_code(), "neg_confirmation"), ", it usually completes within ", N("24 hours", "neg_quantity"), "."]),
    ] + conv_close(ctx)
    render_transcript(ctx, turns, doc)
    return {"id": "lookalike-%04d" % idx, "kind": "transcript", "domain": "telecom", "text": doc.text(), "spans": doc.spans, "negatives": doc.negs}


def special_social_senses(idx):
    """'social', 'security', 'card' in other senses; no secrets, one SSN-shaped IGNORE."""
    ctx = Ctx(ch("chat", "note"), "health")
    doc = Doc()
    blocks = [mk_social_media(ctx), mk_ssa_office(ctx), mk_sec_question(ctx), mk_deposit(ctx), mk_member(ctx), mk_library(ctx), ign_ssn_shaped(ctx), mk_dob(ctx)]
    R.shuffle(blocks)
    turns = [t for b in blocks for t in b]
    (render_chat if ctx.kind == "chat" else render_note)(ctx, turns, doc)
    return {"id": "lookalike-%04d" % idx, "kind": ctx.kind, "domain": "health", "text": doc.text(), "spans": doc.spans, "negatives": doc.negs}


def special_order_export(idx):
    """order-system export where a PAN sits in a free-text field between 16-digit order/invoice numbers."""
    doc = Doc()
    doc.t("order_id,order_ref,placed,total,ship_zip,carrier,tracking,cust_comment\n")
    secret_row = R.randint(1, 4)
    for r in range(6):
        doc.seg(N(noncard_digits(16, ch("1", "3", "7")), "neg_order"))
        doc.t(",")
        doc.seg(N(amazon_order(), "neg_order_amazon"))
        doc.t(",")
        doc.seg(N("%d-%02d-%02d" % (R.randint(2024, 2026), R.randint(1, 12), R.randint(1, 28)), "neg_date"))
        doc.t(",")
        doc.seg(N("%d.%02d" % (R.randint(5, 900), R.randint(0, 99)), "neg_amount"))
        doc.t(",")
        doc.seg(N(zip4(), "neg_zip4"))
        doc.t(",")
        c = ch("UPS", "FedEx", "USPS")
        doc.t(c + ",")
        if c == "UPS":
            doc.seg(N(ups(), "neg_tracking_ups"))
        elif c == "FedEx":
            doc.seg(N(fedex(ch(12, 15, 22)), "neg_tracking_fedex"))
        else:
            doc.seg(N(usps(22), "neg_tracking_usps"))
        doc.t(',"')
        if r == secret_row:
            brand = ch("visa16", "mc", "jcb")
            doc.t("pls charge ")
            doc.seg(S(fmt_card(gen_card(brand), "contiguous"), "CARD", "card_contiguous", Ent(), brand))
            doc.t(" instead, exp ")
            doc.seg(S(exp_value(False), "EXPIRY", "expiry_written", Ent()))
        else:
            doc.t(ch("leave at side door", "gift - no invoice in box", "call ", "", "use code SPRING%d" % R.randint(10, 30)))
            if doc.buf[-1] == "call ":
                doc.seg(N(phone_any(), "neg_phone"))
                doc.t(" on arrival")
        doc.t('"\n')
    return {"id": "lookalike-%04d" % idx, "kind": "ticket_csv", "domain": "retail", "text": doc.text(), "spans": doc.spans, "negatives": doc.negs}


def special_bank_note(idx):
    doc = Doc()
    doc.t("Acct maint %s - %s\n" % (date_any(), ch(*AGENTS)))
    doc.t("Business acct opening. EIN ")
    doc.seg(N(ein(), "neg_ein"))
    doc.t(", owner SSN ")
    doc.seg(S(fmt_ssn(gen_ssn(), "dashes"), "SSN", "ssn_dashes", Ent()))
    doc.t(" (verified vs ID).\nFunding via ACH from ext bank RTN ")
    doc.seg(N(routing_any(), "neg_routing"))
    doc.t(" acct ")
    doc.seg(N(acct(10), "neg_account"))
    doc.t(".\nDebit card ordered, will arrive in ")
    doc.seg(N("7-10", "neg_quantity"))
    doc.t(" days; cust asked about card PIN - advised set at ATM. Temp online PIN ")
    doc.seg(N(dg(4), "neg_pin"))
    doc.t(" NOT stored.\nWire instructions sent for IBAN ")
    doc.seg(N(iban(), "neg_iban"))
    doc.t(" (EUR supplier), SWIFT ")
    doc.seg(N(ch("DEUTDEFF", "BNPAFRPP", "NWBKGB2L", "INGBNL2A"), "neg_swift"))
    doc.t(".\nOld card ")
    doc.seg(S("XXXX XXXX XXXX " + dg(4), "IGNORE", "ign_card_masked", Ent()))
    doc.t(" closed. Security deposit box #")
    doc.seg(N(str(R.randint(100, 999)), "neg_box_number"))
    doc.t(" rental ")
    doc.seg(N(amount(), "neg_amount"))
    doc.t("/yr.\nCB ")
    doc.seg(N(phone_any(), "neg_phone"))
    doc.t("\n")
    return {"id": "lookalike-%04d" % idx, "kind": "note", "domain": "bank", "text": doc.text(), "spans": doc.spans, "negatives": doc.negs}




def special_order_paste(idx):
    """customer pastes an order confirmation into an email: many amounts, masked card, gift card, tax %."""
    ctx = Ctx("email", "retail")
    doc = Doc()
    doc.t("Subject: Wrong item - order ")
    o = amazon_order()
    doc.seg(N(o, "neg_order_amazon"))
    doc.t("\n\nHi,\n\nI got the wrong size. Here's the confirmation you sent me:\n\n---------- Forwarded message ---------\nFrom: %s <orders@example.com>\nDate: %s\n\nOrder #" % (ctx.company, time.strftime("%a, %b %d, %Y at %I:%M %p", time.gmtime(R.randint(1704067200, 1790000000)))))
    doc.seg(N(o, "neg_order_amazon"))
    doc.t("\nArriving: ")
    doc.seg(N(date_any(), "neg_date"))
    doc.t("\n\n")
    for _ in range(R.randint(2, 4)):
        doc.seg(N(str(R.randint(1, 3)), "neg_quantity"))
        doc.t(" x %s (SKU " % ch("Merino crew sweater, M", "USB-C cable 2m", "Cast iron skillet 12in", "Trail runner, size 10.5", "LED bulb 4-pack"))
        doc.seg(N("%s-%s" % (dg(3), dg(5)), "neg_sku"))
        doc.t(")  ")
        doc.seg(N("$%d.%02d" % (R.randint(5, 180), R.randint(0, 99)), "neg_amount"))
        doc.t("\n")
    doc.t("Subtotal: ")
    doc.seg(N("$%d.%02d" % (R.randint(60, 400), R.randint(0, 99)), "neg_amount"))
    doc.t("\nTax (")
    doc.seg(N("%.2f%%" % R.choice([6.25, 8.25, 7.0, 9.5, 10.25]), "neg_percent"))
    doc.t("): ")
    doc.seg(N("$%d.%02d" % (R.randint(3, 40), R.randint(0, 99)), "neg_amount"))
    doc.t("\nGift card applied: -")
    doc.seg(N("$%d.00" % R.choice([25, 50, 100]), "neg_amount"))
    doc.t(" (card ")
    doc.seg(S("**** **** **** " + dg(4), "IGNORE", "ign_card_masked", Ent()))
    doc.t(")\nPaid with: %s ending in " % ch("Visa", "Mastercard", "Amex", "Discover"))
    doc.seg(S(dg(4), "IGNORE", "ign_card_last4", Ent()))
    doc.t("\nShip to: ")
    doc.seg(N(address(True), "neg_address"))
    doc.t("\nQuestions? Call ")
    doc.seg(N(ch("1-888-%s-%s" % (nz(3), dg(4)), "(866) %s-%s" % (nz(3), dg(4))), "neg_phone"))
    doc.t("\n---------------------------------------\n\nCan you send a label for the exchange? My cell is ")
    doc.seg(N(phone_any(), "neg_phone"))
    doc.t(".\n\n%s\n" % ctx.cust)
    return {"id": "lookalike-%04d" % idx, "kind": "email", "domain": "retail", "text": doc.text(), "spans": doc.spans, "negatives": doc.negs}


def special_stt_recogniser(idx):
    """ASR output with recogniser spellings in look-alikes (for/to/won/ate), spoken tracking and member id,
    agent reads back the phone number; the SSN is spoken with 'double'."""
    ctx = Ctx("transcript", "insurance")
    doc = Doc()
    ph = us_phone_digits()
    homo = lambda d: " ".join({"4": "for", "2": "to", "1": "won", "8": "ate", "0": "oh"}.get(c, UNITS[int(c)]) if R.random() < 0.5 else UNITS[int(c)] for c in d)
    pol = dg(3) + "-" + dg(2) + "-" + dg(5)
    ssn = gen_ssn()
    while not any(ssn[i] == ssn[i + 1] for i in range(8)):
        ssn = gen_ssn()
    turns = conv_open(ctx) + [
        ("A", ["Can I get the phone number on the policy?"]),
        ("C", [N(homo(ph[:3]) + " " + homo(ph[3:6]) + " " + homo(ph[6:]), "neg_phone_spoken")]),
        ("A", ["Let me read that back, ", N(ph[:3] + "-" + ph[3:6] + "-" + ph[6:], "neg_phone"), "?"]),
        ("C", ["yes"]),
        ("A", ["And the policy number?"]),
        ("C", [N(sp_digits(pol.replace("-", ""), [3, 2, 5], sep=" dash ", dbl=True), "neg_policy")]),
        ("A", ["And the vehicle, can you read me the VIN?"]),
        ("C", [N(vin(), "neg_vin"), ch("", " I think")]),
        ("A", ["The adjuster's direct number is ", N(fmt_us_phone(us_phone_digits(), "dash"), "neg_phone"), ", claim ", N(claim(), "neg_claim"), "."]),
        ("A", ["To set up the refund by check I need to verify your identity. What's your social?"]),
        ("C", [S(sp_digits(ssn, [3, 2, 4], sep=", ", dbl=True, homo=0.3), "SSN", "ssn_spoken_single", Ent())]),
        ("A", ["Thank you. The deductible was ", N(amount_words(), "neg_amount"), " and you'll get back ", N(amount(), "neg_amount"), "."]),
        ("C", ["and the tow was on ", N("march " + ch("twenty seventh", "third", "twelfth"), "neg_date"), ", the yard is open til ", N(ch("five thirty", "six", "four pm"), "neg_time")]),
    ] + conv_close(ctx)
    render_transcript(ctx, turns, doc)
    return {"id": "lookalike-%04d" % idx, "kind": "transcript", "domain": "insurance", "text": doc.text(), "spans": doc.spans, "negatives": doc.negs}


def special_chat_platform_jsonl(idx):
    """chat-platform export: JSON lines with nested metadata (IPs, user agents with version numbers, session ids)."""
    doc = Doc()
    sid = "".join(R.choice("0123456789abcdef") for _ in range(24))
    base = R.randint(1704067200, 1790000000)
    ua = "Mozilla/5.0 (iPhone; CPU iPhone OS %d_%d like Mac OS X) AppleWebKit/605.1.15 Version/%d.%d Mobile/15E148 Safari/604.1" % (R.randint(15, 18), R.randint(0, 6), R.randint(15, 18), R.randint(0, 6))
    brand = ch("visa16", "mc", "amex", "discover")
    d = gen_card(brand)
    o = noncard_digits(16, ch("1", "3", "7"))
    msgs = [("visitor", ["hi, my order ", N(o, "neg_order"), " says payment declined"]),
            ("agent", ["Sorry about that! I can take a new card here. Order ", N(o, "neg_order"), " is on hold for ", N("48", "neg_quantity"), " hours."]),
            ("visitor", ["ok ", S(fmt_card(d, ch("spaces", "contiguous")), "CARD", "card_spaces", Ent(), brand), " exp ", S(exp_value(False), "EXPIRY", "expiry_written", Ent())]),
            ("agent", ["And the security code on the card?"]),
            ("visitor", [S(dg(4 if brand == "amex" else 3), "CVV", "cvv_written", Ent())]),
            ("agent", ["Thanks. Confirmation ", N(conf_code(), "neg_confirmation"), ", total ", N(amount(), "neg_amount"), "."]),
            ("visitor", ["cool. also my zip changed to ", N(zip4(), "neg_zip4")])]
    vip, aip, aua = ip(), ip(), "AgentDesk/%d.%d.%d" % (R.randint(3, 9), R.randint(0, 20), R.randint(0, 9))
    for i, (who, segs) in enumerate(msgs):
        base += R.randint(5, 120)
        doc.t('{"session":"%s","seq":%d,"ts":' % (sid, i + 1))
        doc.seg(N(str(base * 1000 + R.randint(0, 999)), "neg_timestamp"))
        doc.t(',"from":"%s","meta":{"ip":"' % who)
        doc.seg(N(vip if who == "visitor" else aip, "neg_ip"))
        doc.t('","ua":"%s"},"text":"' % (ua if who == "visitor" else aua))
        doc.segs(segs)
        doc.t('"}\n')
    for sp in doc.spans:
        if sp["type"] == "CARD":
            v = doc.text()[sp["start"]:sp["end"]]
            sp["variant"] = "card_spaces" if " " in v else "card_contiguous"
    return {"id": "lookalike-%04d" % idx, "kind": "ticket_jsonl", "domain": "retail", "text": doc.text(), "spans": doc.spans, "negatives": doc.negs}


def special_utility_csv(idx):
    """billing-system CSV: account numbers, meter ids, ZIP+4, kWh, amounts; one row carries an SSN for a credit check."""
    doc = Doc()
    doc.t("acct_no,meter_id,svc_zip,read_date,kwh,amount_due,agent_note\n")
    srow = R.randint(1, 4)
    for r in range(6):
        doc.seg(N(noncard_digits(12, ch("1", "3", "5", "7")), "neg_account"))
        doc.t(",")
        doc.seg(N(meter(), "neg_meter"))
        doc.t(",")
        doc.seg(N(zip4(), "neg_zip4"))
        doc.t(",")
        doc.seg(N("%02d/%02d/%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(2025, 2026)), "neg_date"))
        doc.t(",")
        doc.seg(N(str(R.randint(180, 2600)), "neg_quantity"))
        doc.t(",")
        doc.seg(N("%d.%02d" % (R.randint(20, 700), R.randint(0, 99)), "neg_amount"))
        doc.t(',"')
        if r == srow:
            v = gen_ssn()
            doc.t("new svc - credit chk SSN ")
            doc.seg(S(v, "SSN", "ssn_unformatted_context", Ent()))
            doc.t(", deposit ")
            doc.seg(N("$%d" % R.choice([150, 200, 250, 300]), "neg_amount"))
        else:
            doc.t(ch("est read", "pmt arrangement ", "move-out final bill", "budget billing", "remote disconnect scheduled "))
            if doc.buf[-1].endswith(" "):
                doc.seg(N(date_any(), "neg_date"))
        doc.t('"\n')
    return {"id": "lookalike-%04d" % idx, "kind": "ticket_csv", "domain": "utility", "text": doc.text(), "spans": doc.spans, "negatives": doc.negs}


def special_health_email(idx):
    """health-plan email thread: Medicare MBI, DOB, date of service written like an expiry (03/27), claim, NPI, last four of SSN."""
    doc = Doc()
    name = cname()
    mm, dd = R.randint(1, 12), R.randint(13, 28)
    doc.t("From: %s\nSubject: Re: Claim " % name)
    c = claim()
    doc.seg(N(c, "neg_claim"))
    doc.t(" denied\n\nHello,\n\nThe visit on ")
    doc.seg(N("%02d/%02d" % (mm, dd), "neg_date"))
    doc.t(" was my annual physical (CPT ")
    doc.seg(N("99396", "neg_cpt"))
    doc.t("), it should be covered ")
    doc.seg(N("100%", "neg_percent"))
    doc.t(". My Medicare number is ")
    doc.seg(N(mbi(), "neg_medicare"))
    doc.t(", date of birth ")
    doc.seg(N(dob(), "neg_dob"))
    doc.t(", and the last four of my social are ")
    doc.seg(S(dg(4), "IGNORE", "ign_ssn_last4", Ent()))
    doc.t(" if you need them. Dr. %s's NPI is " % R.choice(LAST))
    doc.seg(N(npi(), "neg_npi"))
    doc.t(" and the office fax is ")
    doc.seg(N(fmt_us_phone(us_phone_digits(), "dash"), "neg_phone"))
    doc.t(".\n\nMy new insurance card came but the member ID (")
    doc.seg(N(member_id(), "neg_member_id"))
    doc.t(") is different from the old card, and it says the card expires ")
    doc.seg(N("12/31/%d" % R.randint(2026, 2027), "neg_expiry_noncard"))
    doc.t(". Is that right?\n\n%s\n\n> On %s, Member Services wrote:\n> We reviewed claim " % (name, date_any()))
    doc.seg(N(c, "neg_claim"))
    doc.t(" for date of service ")
    doc.seg(N("%d/%d/%d" % (mm, dd, R.randint(2025, 2026)), "neg_date"))
    doc.t(".\n> The amount billed, ")
    doc.seg(N(amount(), "neg_amount"))
    doc.t(", was applied to your deductible. Call ")
    doc.seg(N(ch("1-800-%s-%s" % (nz(3), dg(4)), "(877) %s-%s" % (nz(3), dg(4))), "neg_phone"))
    doc.t(" (TTY ")
    doc.seg(N("711", "neg_phone"))
    doc.t(").\n")
    return {"id": "lookalike-%04d" % idx, "kind": "email", "domain": "health", "text": doc.text(), "spans": doc.spans, "negatives": doc.negs}


def special_telecom_chat_two_cards(idx):
    """SIM card vs credit card, two IMEIs, contract end date shaped like an expiry, then the real card + CVV."""
    ctx = Ctx("chat", "telecom")
    doc = Doc()
    brand = ch("mc2", "visa16", "jcb", "diners", "unionpay")
    i1, i2 = imei(), imei()
    turns = [("C", ["my new phone says SIM card not supported"]),
             ("A", ["Can you send me the IMEI? Dual-SIM phones show two."]),
             ("C", ["IMEI1 ", N(i1, "neg_imei"), " IMEI2 ", N(i2, "neg_imei")]),
             ("A", ["Thanks. Your contract ends ", N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 28)), "neg_expiry_noncard"), " so the device balance of ", N(amount(), "neg_amount"), " is due if you switch."]),
             ("C", ["ugh ok. the SIM card number is ", N(iccid(), "neg_iccid")]),
             ("A", ["To pay the balance I can take a credit card here."]),
             ("C", [S(fmt_card(gen_card(brand), ch("spaces", "dashes")), "CARD", "card_spaces", Ent(), brand), " ", S(exp_value(False), "EXPIRY", "expiry_written", Ent()), ch(" code ", " cvc "), S(dg(3), "CVV", "cvv_written", Ent())]),
             ("A", ["Done, receipt ", N(conf_code(), "neg_confirmation"), " sent to your line ending ", N(dg(4), "neg_phone_last4"), "."])]
    render_chat(ctx, turns, doc)
    for sp in doc.spans:
        if sp["type"] == "CARD":
            v = doc.text()[sp["start"]:sp["end"]]
            sp["variant"] = "card_spaces" if " " in v else "card_dashes"
    return {"id": "lookalike-%04d" % idx, "kind": "chat", "domain": "telecom", "text": doc.text(), "spans": doc.spans, "negatives": doc.negs}


SPECIALS = [special_email_wrapped, special_telecom_transcript, special_social_senses, special_order_export, special_bank_note,
            special_order_paste, special_stt_recogniser, special_chat_platform_jsonl, special_utility_csv, special_health_email,
            special_telecom_chat_two_cards]


def skeleton(text):
    import re
    return re.sub(r"\d", "#", text)


def main():
    n = 150
    kinds = ["transcript"] * 34 + ["chat"] * 31 + ["note"] * 29 + ["email"] * 24 + ["ticket"] * 27
    R.shuffle(kinds)
    doms = (list(DOMAINS) * 20)[:n]
    R.shuffle(doms)
    secrets = [True] * 44 + [False] * (n - 44 - 11)
    R.shuffle(secrets)
    # specials: 10 docs (2 of each), placed at fixed-random positions
    spec_pos = sorted(R.sample(range(1, n + 1), len(SPECIALS)))
    docs = []
    si = 0
    seen = set()
    ki = 0
    for idx in range(1, n + 1):
        if idx in spec_pos:
            while True:
                try:
                    d = SPECIALS[si % len(SPECIALS)](idx)
                    break
                except Retry:
                    pass
            si += 1
        else:
            while True:
                try:
                    d = build_doc(idx, kinds[ki], doms[ki], secrets[ki])
                except Retry:
                    continue
                if skeleton(d["text"]) not in seen:
                    break
            ki += 1
        seen.add(skeleton(d["text"]))
        docs.append(d)
    with open(OUT, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote", len(docs), "docs to", OUT)


if __name__ == "__main__":
    main()
