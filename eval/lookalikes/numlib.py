"""Shared number helpers for the lookalike generator and checker (stdlib only)."""
import re

# ---------------------------------------------------------------- Luhn
def luhn_sum(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total


def luhn_ok(s):
    return s.isdigit() and luhn_sum(s) % 10 == 0


def luhn_complete(payload):
    for c in "0123456789":
        if luhn_ok(payload + c):
            return payload + c
    raise ValueError


# ---------------------------------------------------------------- card brands
def brand_of(d):
    """Return brand name if digits d have a real card prefix AND a valid length for it."""
    n = len(d)
    p2, p3, p4, p6 = int(d[:2]), int(d[:3]), int(d[:4]), int(d[:6])
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    if 51 <= p2 <= 55 and n == 16:
        return "mastercard"
    if 2221 <= p4 <= 2720 and n == 16:
        return "mastercard"
    if p2 in (34, 37) and n == 15:
        return "amex"
    if (p4 == 6011 or 644 <= p3 <= 649 or p2 == 65 or 622126 <= p6 <= 622925) and n in (16, 19):
        return "discover"
    if 3528 <= p4 <= 3589 and 16 <= n <= 19:
        return "jcb"
    if (300 <= p3 <= 305 or p2 in (36, 38, 39)) and n == 14:
        return "diners"
    if p2 == 62 and 16 <= n <= 19:
        return "unionpay"
    if (p4 in (5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763)) and 12 <= n <= 19:
        return "maestro"
    return None


def card_like(d):
    return d.isdigit() and 12 <= len(d) <= 19 and brand_of(d) is not None and luhn_ok(d)


# ---------------------------------------------------------------- SSN
def ssn_valid(d):
    if not (len(d) == 9 and d.isdigit()):
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return a != 0 and a != 666 and a < 900 and g != 0 and s != 0


# ---------------------------------------------------------------- other check digits
def aba_ok(d):
    if not (len(d) == 9 and d.isdigit()):
        return False
    w = [3, 7, 1] * 3
    return sum(int(c) * x for c, x in zip(d, w)) % 10 == 0 and (0 <= int(d[:2]) <= 12 or 21 <= int(d[:2]) <= 32)


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(country, bban):
    r = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (country, chk, bban)


def ups_check(body15):
    # body15: 15 chars after "1Z"; returns check digit char
    vals = []
    for c in body15:
        if c.isdigit():
            vals.append(int(c))
        else:
            vals.append((ord(c) - 63) % 10)
    odd = sum(vals[0::2])
    even = sum(vals[1::2])
    return str((10 - (odd + 2 * even) % 10) % 10)


def ups_ok(s):
    s = s.replace(" ", "")
    return bool(re.fullmatch(r"1Z[0-9A-Z]{16}", s)) and ups_check(s[2:17]) == s[17]


def usps_check(payload):
    # mod 10, weights 3,1 from the right
    total = 0
    for i, ch in enumerate(reversed(payload)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def usps_ok(s):
    d = re.sub(r"\s", "", s)
    return d.isdigit() and len(d) in (20, 22) and usps_check(d[:-1]) == d[-1]


def npi_ok(d):
    return len(d) == 10 and d.isdigit() and luhn_ok("80840" + d)


MBI_RE = re.compile(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y]{2}[0-9]{2}")

# ---------------------------------------------------------------- spoken numbers
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
HOMO = {"for": 4, "fore": 4, "to": 2, "too": 2, "won": 1, "ate": 8, "oh": 0, "o": 0, "nought": 0}


def words_to_digits(text):
    """Convert a spoken digit string (digit words, pairs, double/triple, homophones, digits) to digits.
    Returns None if unparseable tokens are found."""
    toks = re.findall(r"[A-Za-z]+|\d+|[,;]|\.\.\.|-\s", text.lower())
    out = []
    i = 0
    mult = 1
    fill = {"uh", "um", "umm", "uhh", "er", "and", "that", "s", "is", "it", "sorry", "hmm", "like", "hold", "on", "dash", "hyphen"}
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t * 1 if mult == 1 else t * mult)
            mult = 1
        elif t in ("double", "triple"):
            mult = 2 if t == "double" else 3
        elif t in UNITS or t in HOMO:
            v = UNITS.index(t) if t in UNITS else HOMO[t]
            out.append(str(v) * mult)
            mult = 1
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            v = TENS.index(t)
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                out.append(str(v) + str(UNITS.index(toks[i + 1])))
                i += 1
            else:
                out.append(str(v) + "0")
        elif t == "hundred":
            # "five hundred" -> 500 handled loosely: append two zeros
            out.append("00")
        elif t in fill or t in (",", ";", "...") or t.startswith("-"):
            pass
        else:
            return None
        i += 1
    return "".join(out)


def num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + UNITS[n % 10])
    if n < 1000:
        return UNITS[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + num_words(n % 100))
    if n < 1000000:
        return num_words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + num_words(n % 1000))
    raise ValueError


def cardlike_subrun(text):
    """True if some run of consecutive digit groups (joined by single separators) is card-like."""
    for m in re.finditer(r"\d+(?:[ \-\.\u00a0\u2009\u202f\u2011\u2012\u2013]\d+)*", text):
        groups = [(g.start(), g.end()) for g in re.finditer(r"\d+", m.group())]
        for i in range(len(groups)):
            for j in range(i, len(groups)):
                dd = re.sub(r"\D", "", m.group()[groups[i][0]:groups[j][1]])
                if len(dd) > 19:
                    break
                if card_like(dd):
                    return True
    return False
