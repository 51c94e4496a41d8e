#!/usr/bin/env python3
"""Deterministic generator of the world-scripts evaluation set (payment and identity details
written in non-Latin scripts). Stdlib only, fixed seed: running it again gives the same bytes.

Output: ../sets/world-scripts.jsonl (one JSON object per line).
A document is a list of segments:
  plain str                      text
  S(text, TYPE, variant, ...)    a span (CARD/SSN/CVV/EXPIRY/IGNORE)
  N(text, kind)                  a recorded hard negative
Offsets are computed when the segments are concatenated (Python str indices = code points).
"""
import json
import os
import random

SEED = 20261202
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "sets", "world-scripts.jsonl"))

R = random.Random(SEED)

# ------------------------------------------------------------------ digits and scripts
DIGITS = {
    "ascii": "0123456789",
    "ar": "٠١٢٣٤٥٦٧٨٩",      # Arabic-Indic U+0660
    "fa": "۰۱۲۳۴۵۶۷۸۹",      # Extended Arabic-Indic U+06F0 (Persian, Urdu)
    "deva": "०१२३४५६७८९",    # Devanagari
    "beng": "০১২৩৪৫৬৭৮৯",    # Bengali
    "thai": "๐๑๒๓๔๕๖๗๘๙",
    "fw": "０１２３４５６７８９",  # full-width
}
RLM, LRM, ALM, ZWNJ, NBSP, NNBSP, IDSP = "\u200f", "\u200e", "\u061c", "\u200c", "\u00a0", "\u202f", "\u3000"
AR_COMMA, AR_DATESEP, AR_THOU, AR_DEC = "\u060c", "\u060d", "\u066c", "\u066b"


def nd(s, script):
    """ASCII digits of s written in another script (other characters unchanged)"""
    if script == "ascii":
        return s
    tab = DIGITS[script]
    return "".join(tab[int(c)] if c in "0123456789" else c for c in s)


def fw(s):
    """full-width form of digits and ASCII punctuation (IME input in Japanese / Chinese)"""
    out = []
    for c in s:
        if c == " ":
            out.append(IDSP)
        elif "!" <= c <= "~":
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


def mixdig(s, script, r=None):
    """some digit groups native, some ASCII (keyboard switched mid-number)"""
    r = r or R
    parts = s.split(" ")
    while True:
        flags = [r.random() < 0.5 for _ in parts]
        if any(flags) and not all(flags):
            break
    return " ".join(nd(p, script) if f else p for p, f in zip(parts, flags))


# ------------------------------------------------------------------ segments
class S:
    def __init__(self, text, typ, variant, ent=None, **extra):
        self.text, self.typ, self.variant, self.ent, self.extra = text, typ, variant, ent, extra


class N:
    def __init__(self, text, kind):
        self.text, self.kind = text, kind


def materialize(segs):
    text, spans, negs, pos = [], [], [], 0
    ents, nxt = {}, 0
    for seg in segs:
        if isinstance(seg, S):
            key = seg.ent if seg.ent is not None else ("auto", len(spans))
            if key not in ents:
                ents[key] = nxt
                nxt += 1
            sp = {"start": pos, "end": pos + len(seg.text), "type": seg.typ, "variant": seg.variant,
                  "entity": ents[key]}
            sp.update(seg.extra)
            spans.append(sp)
            s = seg.text
        elif isinstance(seg, N):
            negs.append({"start": pos, "end": pos + len(seg.text), "kind": seg.kind})
            s = seg.text
        else:
            s = seg
        text.append(s)
        pos += len(s)
    return "".join(text), spans, negs


# ------------------------------------------------------------------ numbers
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


def rd(n, r=None, first=None):
    r = r or R
    s = "".join(str(r.randint(0, 9)) for _ in range(n))
    if first is not None:
        s = r.choice(first) + s[1:]
    return s


# issuer prefixes (IIN/BIN ranges) by brand, from public knowledge of the schemes
BINS = {
    "visa": ["4"],
    "mc": ["51", "52", "53", "54", "55", "2221", "2300", "2500", "2720"],
    "amex": ["34", "37"],
    "discover": ["6011", "65", "644"],
    "jcb": ["3528", "3530", "3540", "3566", "3589"],
    "diners": ["36"],
    "unionpay": ["622202", "622848", "621700", "622588", "625911", "621483", "623058"],
    "mada": ["588845", "588848", "588850", "968208", "968205", "440647", "446404", "457865"],
    "meeza": ["507803", "507808"],
    "rupay": ["652150", "652161", "607153", "608001", "508534", "817200"],
    "troy": ["979200", "979204"],
    "mir": ["2200", "2201", "2202", "2204"],
    "shetab": ["603799", "610433", "621986", "589210", "627412", "603769", "502229", "622106", "627353", "585983"],
}
LENGTHS = {"amex": [15], "diners": [14], "unionpay": [16, 16, 19], "discover": [16]}


def gen_card(brand, length=None, r=None):
    r = r or R
    pre = r.choice(BINS[brand])
    length = length or r.choice(LENGTHS.get(brand, [16]))
    return luhn_complete(pre + rd(length - len(pre) - 1, r))


def card_groups(num, brand=None):
    n = len(num)
    if n == 15:
        return [4, 6, 5]
    if n == 14:
        return [4, 6, 4]
    if n == 19:
        return [4, 4, 4, 4, 3]
    if n == 18:
        return [6, 12] if False else [4, 4, 4, 4, 2]
    return [4] * (n // 4)


def chunks(num, sizes=None):
    sizes = sizes or card_groups(num)
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    return out


def cf(num, sep=" ", script="ascii", sizes=None):
    """card formatted in groups"""
    if sep == "":
        return nd(num, script)
    return sep.join(nd(g, script) for g in chunks(num, sizes))


def gen_ssn(r=None):
    r = r or R
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"


def sf(ssn, sep="-", script="ascii"):
    return nd(sep.join([ssn[:3], ssn[3:5], ssn[5:]]) if sep is not None else ssn, script)


def gen_cvv(brand, r=None):
    r = r or R
    return rd(4 if brand == "amex" else 3, r)


def gen_exp(r=None):
    r = r or R
    return r.randint(1, 12), r.randint(2027, 2031)


def card_span(num, brand, text, variant, script="ascii", ent=None):
    return S(text, "CARD", variant, ent=ent, brand=brand, value=num, script=script)


def exp_span(text, variant, mm, yy, script="ascii", month_word=None, calendar="gregorian"):
    ex = {"month": mm, "year": yy, "script": script, "calendar": calendar}
    if month_word:
        ex["month_word"] = month_word
    return S(text, "EXPIRY", variant, **ex)


def cvv_span(text, variant, value, script="ascii"):
    return S(text, "CVV", variant, value=value, script=script)


def ssn_span(text, variant, value, script="ascii", ent=None):
    return S(text, "SSN", variant, ent=ent, value=value, script=script)


def ign(text, variant, ent=None):
    return S(text, "IGNORE", variant, ent=ent)


def card_prefix(num):
    """True when a digit string could be a payment card (any scheme above, 13-19 digits, Luhn)"""
    if not (13 <= len(num) <= 19) or not luhn_ok(num):
        return False
    return num[0] in "2345689"


def safe_digits(n, first="123456789", r=None):
    """random digit string that is not a Luhn-valid card-like number"""
    r = r or R
    while True:
        s = r.choice(first) + rd(n - 1, r)
        if not card_prefix(s):
            return s


# ---- national identifiers and other hard negatives (with their real check digits)
def iban(country, bban):
    conv = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(conv) % 97
    return f"{country}{check:02d}{bban}"


def iban_spaced(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def saudi_id(first="1", r=None):
    body = first + rd(8, r)
    return luhn_complete(body)


def emirates_id(r=None):
    r = r or R
    body = "784" + str(r.randint(1970, 2002)) + rd(7, r)
    n = luhn_complete(body)
    return f"{n[:3]}-{n[3:7]}-{n[7:14]}-{n[14]}"


def iran_code(r=None):
    r = r or R
    while True:
        b = rd(9, r)
        s = sum(int(b[i]) * (10 - i) for i in range(9)) % 11
        c = s if s < 2 else 11 - s
        code = b + str(c)
        if len(set(code)) > 1:
            return code


def thai_id(r=None):
    r = r or R
    b = str(r.randint(1, 3)) + rd(11, r)
    s = sum(int(b[i]) * (13 - i) for i in range(12))
    c = (11 - s % 11) % 10
    n = b + str(c)
    return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"


def israeli_id(r=None):
    r = r or R
    b = rd(8, r, first="0123")
    for c in "0123456789":
        t = b + c
        s = 0
        for i, ch in enumerate(t):
            d = int(ch) * (1 if i % 2 == 0 else 2)
            s += d - 9 if d > 9 else d
        if s % 10 == 0:
            return t


def greek_afm(r=None):
    r = r or R
    while True:
        b = rd(8, r, first="0123456789"[1:])
        s = sum(int(b[i]) * 2 ** (8 - i) for i in range(8))
        c = s % 11 % 10
        return b + str(c)


def china_id(r=None):
    r = r or R
    area = r.choice(["110105", "310115", "440305", "510107", "330106", "320102"])
    y = r.randint(1960, 2003)
    birth = f"{y}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    b = area + birth + rd(3, r)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(b[i]) * w[i] for i in range(17))
    return b + "10X98765432"[s % 11]


def korea_rrn(r=None):
    r = r or R
    y = r.randint(60, 99)
    b = f"{y:02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + r.choice("12") + rd(5, r)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(b[i]) * w[i] for i in range(12)) % 11) % 10
    n = b + str(c)
    return n[:6] + "-" + n[6:]


def my_number(r=None):
    r = r or R
    b = rd(11, r, first="123456789")
    s = 0
    for n in range(1, 12):
        p = int(b[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    rem = s % 11
    c = 0 if rem <= 1 else 11 - rem
    n = b + str(c)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


VERH_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
          [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
          [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
          [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERH_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
          [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
          [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VERH_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(r=None):
    r = r or R
    b = rd(11, r, first="23456789")
    c = 0
    for i, ch in enumerate(reversed(b)):
        c = VERH_D[c][VERH_P[(i + 1) % 8][int(ch)]]
    n = b + str(VERH_INV[c])
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def snils(r=None):
    r = r or R
    b = rd(9, r, first="123")
    s = sum(int(b[i]) * (9 - i) for i in range(9))
    if s > 101:
        s %= 101
    c = 0 if s in (100, 101) else s
    return f"{b[:3]}-{b[3:6]}-{b[6:9]} {c:02d}"


def pan_card(r=None):
    r = r or R
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "".join(r.choice(L) for _ in range(3)) + "P" + r.choice(L) + rd(4, r, first="123456789") + r.choice(L)


def pick(*xs):
    return R.choice(xs)


def money(lo, hi, sep=",", dec=None, r=None):
    r = r or R
    v = r.randint(lo, hi)
    s = f"{v:,}".replace(",", sep)
    if dec is not None:
        s += dec + f"{r.randint(0, 99):02d}" if r.random() < 0.5 else dec + "00"
    return s


def inr(v):
    """Indian grouping 12,34,567"""
    s = str(v)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts) + "," + tail


MONTHS = {
    "ar_msa": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    "ar_lev": ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"],
    "fa_solar": ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"],
    "fa_greg": ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"],
    "ur": ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"],
    "hi": ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
    "bn": ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"],
    "ta": ["ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்", "அக்டோபர்", "நவம்பர்", "டிசம்பர்"],
    "th": ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
    "th_abbr": ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."],
    "ru_gen": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "ru_nom": ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
    "uk_nom": ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"],
    "uk_gen": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
    "he": ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"],
    "el_nom": ["Ιανουάριος", "Φεβρουάριος", "Μάρτιος", "Απρίλιος", "Μάιος", "Ιούνιος", "Ιούλιος", "Αύγουστος", "Σεπτέμβριος", "Οκτώβριος", "Νοέμβριος", "Δεκέμβριος"],
    "el_gen": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
}

DOCS = []


def add(lang, kind, segs, **meta):
    DOCS.append((lang, kind, segs, meta))


def typo(num, pos=None, r=None):
    r = r or R
    pos = r.randrange(4, len(num) - 1) if pos is None else pos
    d = r.choice([c for c in "0123456789" if c != num[pos]])
    return num[:pos] + d + num[pos + 1:]


def egypt_id():
    """14 digits: century (2/3), YYMMDD, governorate, serial, check; kept clear of card-like Luhn collisions"""
    while True:
        c = R.choice("23")
        yy = R.randint(60, 99) if c == "2" else R.randint(0, 5)
        n = c + f"{yy:02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + R.choice(["01", "02", "21", "12", "88"]) + rd(4) + rd(1)
        if not card_prefix(n):
            return n


def sa_phone(r=None):
    return "05" + rd(1, r, first="0345689") + " " + rd(3, r) + " " + rd(4, r)


# ================================================================== ARABIC
def arabic():
    # A1 Saudi WhatsApp chat: mada card split over messages with a typo, then corrected in full
    num = gen_card("mada")
    bad = typo(num, 9)
    mm, yy = gen_exp()
    cv = gen_cvv("mada")
    g = chunks(bad)
    ts = ["\u200f[١٤\u200f/٣\u200f/٢٠٢٦ ١٠:%s م]" % nd(f"{m:02d}", "ar") for m in (12, 13, 13, 13, 14, 14, 15, 16, 16, 17)]
    tsn = [N(t.replace("\u200f[", "[").lstrip("\u200f"), "neg_timestamp") for t in ts]
    segs = ["\u200f", tsn[0], " خدمة العملاء - نورة: هلا والله أبو فهد، عشان نجدد الاشتراك أحتاج رقم البطاقة لو سمحت\n",
            "\u200f", tsn[1], " أبو فهد: مدى الراجحي\n"]
    for i, gg in enumerate(g):
        segs += ["\u200f", tsn[2 + min(i, 2)], " أبو فهد: ", ign(nd(gg, "ar"), "misread_fails_luhn", ent="bad"), "\n"]
    segs += ["\u200f", tsn[5], " خدمة العملاء - نورة: الرقم ما مشى معي، النظام يقول رقم البطاقة غير صحيح 🙏 تأكد منه\n",
             "\u200f", tsn[6], " أبو فهد: اوه سوري غلطت، هذا الصح\n", "\u200f", tsn[7], " أبو فهد: ",
             card_span(num, "mada", cf(num, "", "ar"), "plain_native", "ar"), "\n",
             "\u200f", tsn[8], " خدمة العملاء - نورة: تمام مشى ✅ وتاريخ الانتهاء والثلاث أرقام اللي ورا البطاقة؟\n",
             "\u200f", tsn[9], " أبو فهد: ", exp_span(nd(f"{mm:02d}/{yy % 100:02d}", "ar"), "mm/yy", mm, yy % 100, "ar"),
             " و", cvv_span(nd(cv, "ar"), "after_waw", cv, "ar"), "\n",
             "\u200f", N("[١٤\u200f/٣\u200f/٢٠٢٦ ١٠:١٨ م]", "neg_timestamp"), " خدمة العملاء - نورة: تم الدفع، المبلغ ",
             N(nd("٣٤٥" if False else "345", "ar") + AR_DEC + "٠٠", "neg_amount"), " ريال، ورقم العملية ",
             N(nd(safe_digits(12), "ar"), "neg_reference"), ". يوصلك إيصال على جوالك ", N(nd(sa_phone(), "ar"), "neg_phone"), "\n"]
    add("ar-gulf", "chat", segs, scenario="split_typo_then_full")

    # A2 MSA form copy (Saudi), ASCII digits, dashes, Hijri date
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    nid = saudi_id("1")
    segs = ["نموذج طلب استرداد مبلغ\n", "التاريخ: ", N(nd(f"٢٣{AR_DATESEP}٠٩{AR_DATESEP}١٤٤٧", "ar") + "هـ", "neg_date_hijri"), "\n",
            "اسم العميل: عبدالله بن سعد القحطاني\n", "رقم الهوية الوطنية: ", N(nid, "neg_national_id"), "\n",
            "رقم الجوال: ", N(sa_phone(), "neg_phone"), "\n", "المدينة: الرياض – الرمز البريدي: ", N(rd(5, first="1"), "neg_postal"), "\n",
            "رقم الطلب: ", N("ORD-" + safe_digits(8), "neg_order"), "\n",
            "بيانات البطاقة المراد الاسترداد إليها:\n", "رقم البطاقة: ", card_span(num, "visa", cf(num, "-"), "dashed"), "\n",
            "تاريخ الانتهاء (شهر/سنة): ", exp_span(f"{mm:02d}/{yy}", "mm/yyyy", mm, yy), "\n",
            "رمز التحقق (CVV): ", cvv_span(cv, "digits", cv), "\n",
            "المبلغ المطلوب استرداده: ", N(money(200, 4000, ",", "."), "neg_amount"), " ر.س\n",
            "رقم الآيبان (للاحتياط): ", N(iban_spaced(iban("SA", rd(2, first="1368") + rd(18))), "neg_iban"), "\n"]
    add("ar-msa", "form", segs, scenario="refund_form")

    # A3 UAE email, RLM marks between groups, Emirates ID, AE IBAN
    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    card_txt = (" " + RLM).join(chunks(num))
    eid = emirates_id()
    segs = ["من: مريم الحمادي\nإلى: حجوزات الفندق\nالموضوع: تأكيد الحجز رقم ", N("HX" + safe_digits(7), "neg_booking"), "\n\n",
            "السلام عليكم ورحمة الله،\n\n", "أرجو تأكيد حجزي من ", N("١٢/٠٤/٢٠٢٦", "neg_date"), " إلى ", N("١٥/٠٤/٢٠٢٦", "neg_date"),
            " (ثلاث ليالٍ). هذه بيانات البطاقة لضمان الحجز:\n", "رقم البطاقة: ", card_span(num, "mc", card_txt, "rlm_between_groups"), "\n",
            "صالحة حتى: ", exp_span(f"{mm:02d}/{yy}", "mm/yyyy", mm, yy), "\n",
            "الرمز الأمني (٣ أرقام خلف البطاقة): ", cvv_span(cv, "digits", cv), "\n\n",
            "رقم الهوية الإماراتية إذا احتجتوه: ", N(eid, "neg_emirates_id"), "\n",
            "وللتواصل: ", N("+971 50 " + rd(3) + " " + rd(4), "neg_phone"), "\n\n", "مع الشكر،\nمريم\n"]
    add("ar-gulf", "email", segs, scenario="hotel_guarantee")

    # A4 Egyptian chat: "الفيزا", month as number + year with سنة
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["العميل: ازيك، عايز أدفع فاتورة النت بالفيزا بس الأبلكيشن بيعلق\n",
            "خدمة العملاء (أحمد): أهلاً بحضرتك يا فندم، ممكن رقم الموبايل المسجل الأول؟\n",
            "العميل: ", N(nd("010" + rd(8), "ar"), "neg_phone"), "\n",
            "خدمة العملاء (أحمد): تمام، المطلوب ", N(nd("٤٥٠", "ar") if False else nd("450", "ar"), "neg_amount"), " جنيه. ابعتلي رقم الكارت ولو سمحت متبعتش الباسورد\n",
            "العميل: ", card_span(num, "visa", cf(num, " ", "ar"), "spaced_native", "ar"), "\n",
            "العميل: وبينتهي شهر ", exp_span(nd(f"{mm} سنة {yy}", "ar"), "month_num_sana", mm, yy, "ar"), "\n",
            "خدمة العملاء (أحمد): والـ cvv اللي ورا الكارت؟\n",
            "العميل: ", cvv_span(cv, "ascii_in_arabic", cv), "\n",
            "خدمة العملاء (أحمد): اتدفعت يا فندم ✔ رقم العملية ", N(safe_digits(10), "neg_reference"), "\n"]
    add("ar-egy", "chat", segs, scenario="bill_pay")

    # A5 Egyptian CRM note, English + Arabic, Meeza card
    num = gen_card("meeza")
    mm, yy = gen_exp()
    cv = gen_cvv("meeza")
    segs = ["Case ", N("#" + safe_digits(7), "neg_case"), " | Agent: Mona S. | ", N("2026-05-19 14:32", "neg_timestamp"), "\n",
            "Cust (Arabic speaker) wants to pay installment with كارت ميزة. Said: \"رقم الكارت ",
            card_span(num, "meeza", cf(num, " "), "spaced"), " ومدته لحد ", exp_span(f"{mm:02d}/{yy % 100:02d}", "mm/yy", mm, yy % 100),
            "\". CVV given verbally: ", cvv_span(cv, "digits", cv), ".\n",
            "National ID on file: ", N(egypt_id(), "neg_national_id"), " - verified.\n",
            "Callback: ", N("+20 12 " + rd(4) + " " + rd(4), "neg_phone"), "\n", "Installment: ", N("1,850.00", "neg_amount"), " EGP\n"]
    add("ar-egy", "crm_note", segs, scenario="crm_mixed")

    # A6 Levantine chat (Jordan): card split into 4 messages, LRM marks, Levantine month name
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    mw = MONTHS["ar_lev"][mm - 1]
    segs = ["الزبون: مرحبا، بدي أجدد اشتراك الجيم أونلاين بس الموقع ما عم يقبل البطاقة\n",
            "الموظفة (رنا): أهلين فيك، بقدر أعمله عنك هلق. شو رقم البطاقة؟\n",
            "الزبون: لحظة ببعتلك ياه على دفعات\n"]
    for gg in chunks(num):
        segs += ["الزبون: ", LRM, card_span(num, "visa", gg, "split_messages", ent="c"), LRM, "\n"]
    segs += ["الموظفة (رنا): تمام وصل. وتاريخ الانتهاء؟\n",
             "الزبون: ", exp_span(f"{mw} {yy}", "month_name", mm, yy, month_word=mw), "\n",
             "الموظفة (رنا): والرمز اللي ع ظهر البطاقة (٣ أرقام)؟\n", "الزبون: ", cvv_span(cv, "digits", cv), "\n",
             "الموظفة (رنا): تم ✔️ الاشتراك شغال لحد ", N("٣١/١٢/٢٠٢٦", "neg_date"), ". رقم المرجع ", N("JO-" + safe_digits(6), "neg_reference"), "\n"]
    add("ar-lev", "chat", segs, scenario="split_card_month_name")

    # A7 Levantine negative-only: OTP, phone, tracking, last 4
    segs = ["الزبونة: مرحبا، وصلني مسج فيه كود ", N(nd(rd(6), "ar"), "neg_otp"), " وما طلبت شي!! هاد احتيال؟\n",
            "الموظف (سامر): أهلا فيكي، لا تعطي هالكود لحدا. الكود للتحقق من عملية شراء بقيمة ", N("٢٤٫٥٠", "neg_amount"), " دينار على البطاقة المنتهية بـ ",
            ign(nd(rd(4), "ar"), "card_last4"), "\n",
            "الزبونة: أنا ما عملت هالعملية. رقمي ", N("079 " + rd(3) + " " + rd(4), "neg_phone"), "\n",
            "الموظف (سامر): تمام، وقفت البطاقة مؤقتاً وفتحت اعتراض رقم ", N(safe_digits(9), "neg_case"),
            ". البطاقة الجديدة بتوصلك مع أرامكس رقم الشحنة ", N(safe_digits(10, "34"), "neg_tracking"), "\n"]
    add("ar-lev", "chat", segs, scenario="fraud_otp_negative")

    # A8 US Arabic-speaking customer, SSN dashed (Arabic-Indic) + compact repeat
    ssn = gen_ssn()
    segs = ["Call notes – Arabic line – ", N("03/02/2026", "neg_date"), "\n",
            "الموظف: للتحقق من هويتك، ممكن رقم الضمان الاجتماعي؟\n",
            "العميل: ", ssn_span(sf(ssn, "-", "ar"), "dashed_native", ssn, "ar"), "\n",
            "الموظف: وتاريخ الميلاد؟\n", "العميل: ", N("١٩٨٤/٠٧/٢٢", "neg_dob"), "\n",
            "الموظف: والرمز البريدي؟\n", "العميل: ", N("48126", "neg_zip"), " - ديربورن، ميشيغان\n",
            "Agent note: SSN verified (", ign("XXX-XX-" + ssn[5:], "ssn_masked"), "). Cust phone ", N("(313) 555-" + rd(4), "neg_phone"), "\n"]
    add("ar-msa", "transcript", segs, scenario="us_ssn")

    # A9 MSA email: Amex with 4-digit code, Arabic comma, date with ؍
    num = gen_card("amex")
    mm, yy = gen_exp()
    cv = gen_cvv("amex")
    segs = ["السادة خدمة العملاء المحترمين،\n\n", "تحية طيبة وبعد،\n",
            "أرجو تحديث وسيلة الدفع المسجلة في حسابي رقم ", N(nd(safe_digits(8), "ar"), "neg_account"),
            " لتكون بطاقة أمريكان إكسبريس رقم ", card_span(num, "amex", cf(num, " ", "ar"), "amex_4_6_5_native", "ar"),
            AR_COMMA + " وتنتهي صلاحيتها في ", exp_span(nd(f"{mm:02d}{AR_DATESEP}{yy}", "ar"), "mm_datesep_yyyy", mm, yy, "ar"),
            AR_COMMA + " ورمز الأمان المكوّن من أربعة أرقام هو ", cvv_span(nd(cv, "ar"), "amex_cid_native", cv, "ar"), ".\n",
            "علماً بأن آخر فاتورة صدرت بتاريخ ", N(nd(f"٠٥{AR_DATESEP}٠٢{AR_DATESEP}٢٠٢٦", "ar"), "neg_date"), " بمبلغ ",
            N(nd("1", "ar") + AR_THOU + nd("275", "ar") + AR_DEC + nd("50", "ar"), "neg_amount"), " درهم.\n\n", "وتفضلوا بقبول فائق الاحترام،\nخالد المنصوري\n"]
    add("ar-msa", "email", segs, scenario="amex_update")

    # A10 Saudi chat: everything in one line with Arabic commas and و / ب prefixes
    num = gen_card("mada")
    mm, yy = gen_exp()
    cv = gen_cvv("mada")
    segs = ["العميل: السلام عليكم، ابي اسدد المخالفة ", N(nd(safe_digits(10), "ar"), "neg_reference"), " ببطاقتي\n",
            "الموظف (فيصل): وعليكم السلام، أرسل البيانات الله يسعدك\n",
            "العميل: رقم البطاقة ", card_span(num, "mada", cf(num, " "), "spaced"), AR_COMMA + " وتنتهي ب",
            exp_span(f"{mm}/{yy % 100}", "m/yy_attached_ba", mm, yy % 100), AR_COMMA + " والرمز ", cvv_span(cv, "digits", cv),
            "\n", "الموظف (فيصل): تم السداد، وصلتك رسالة على ", N("05" + rd(8), "neg_phone"), "\n"]
    add("ar-gulf", "chat", segs, scenario="inline_commas")

    # A11 Gulf negative-only: bank transfer with IBAN, OTP called رمز التحقق
    segs = ["العميل: حولت مبلغ ", N("٥٬٠٠٠", "neg_amount"), " ريال لحساب أخوي على الآيبان ", N(iban("SA", "80" + rd(18)), "neg_iban"),
            " بس ما وصل\n", "الموظف (عبدالرحمن): حياك الله، عطني رقم الحوالة لو سمحت\n",
            "العميل: ", N(safe_digits(16, "1789"), "neg_reference"), " بتاريخ ", N("١٠/٠٢/٢٠٢٦", "neg_date"), "\n",
            "الموظف (عبدالرحمن): الحوالة معلقة، أحتاج أتحقق. وصلك رمز التحقق على جوالك الحين، عطني إياه\n",
            "العميل: ", N(rd(4), "neg_otp"), "\n", "الموظف (عبدالرحمن): تم، بتوصل خلال ٢٤ ساعة. رقم حسابك ", N(safe_digits(15, "5"), "neg_account"),
            " مربوط بهوية مقيم ", N(saudi_id("2"), "neg_iqama"), "\n"]
    add("ar-gulf", "chat", segs, scenario="transfer_negative")

    # A12 Gulf (Kuwait) call transcript, ASCII digits read in groups
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    g = chunks(num)
    segs = ["[00:01:12] الموظف: شلونك، شنو رقم الكرت؟\n", "[00:01:20] العميل: ", card_span(num, "visa", g[0] + " " + g[1], "spoken_groups", ent="c"), "\n",
            "[00:01:24] الموظف: إي نعم\n", "[00:01:26] العميل: ", card_span(num, "visa", g[2] + " " + g[3], "spoken_groups", ent="c"), "\n",
            "[00:01:31] الموظف: والانتهاء؟\n", "[00:01:33] العميل: شهر ", exp_span(f"{mm} {yy}", "month_space_year", mm, yy), "\n",
            "[00:01:40] الموظف: والثلاث أرقام ورا؟\n", "[00:01:42] العميل: ", cvv_span(cv, "digits", cv), "\n",
            "[00:01:50] الموظف: المبلغ ", N("12.500", "neg_amount"), " دينار، تحب أرسل الإيصال على ", N("+965 " + rd(4) + " " + rd(4), "neg_phone"), "؟\n"]
    for i, s in enumerate(segs):
        if isinstance(s, str) and s.startswith("[00"):
            segs[i] = s  # timestamps not recorded
    add("ar-gulf", "transcript", segs, scenario="call_split_turns")

    # A13 Egyptian: keyboard switched mid-number, expiry with month name (Egyptian usage)
    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    mw = MONTHS["ar_msa"][mm - 1]
    segs = ["العميلة: الكارت بتاعي ", card_span(num, "mc", mixdig(cf(num, " "), "ar"), "mixed_digit_scripts", "mixed"), "\n",
            "العميلة: وبينتهي ", exp_span(f"{mw} {nd(str(yy), 'ar')}", "month_name", mm, yy, "ar", month_word=mw), "\n",
            "خدمة العملاء (منة): والكود اللي ورا؟\n", "العميلة: ", cvv_span(nd(cv, "ar"), "digits_native", cv, "ar"), "\n",
            "خدمة العملاء (منة): تم يا فندم. الأوردر رقم ", N(nd(safe_digits(9), "ar"), "neg_order"), " هيوصل خلال ٣ أيام على العنوان ",
            N("١٢ شارع التحرير، الدقي", "neg_address"), "\n"]
    add("ar-egy", "chat", segs, scenario="mixed_digits")

    # A14 US SSN in chat: compact, label "السوشال سكيورتي"
    ssn = gen_ssn()
    segs = ["Agent (Layla): عشان أفتح الحساب محتاجة رقم السوشال سكيورتي\n",
            "Customer: ", ssn_span(ssn, "compact", ssn), "\n", "Customer: ورقم التليفون ", N("(718) 555-" + rd(4), "neg_phone"), "\n",
            "Agent (Layla): شكراً، والزيب كود؟\n", "Customer: ", N("11209", "neg_zip"), "\n"]
    add("ar-egy", "chat", segs, scenario="us_ssn_compact")

    # A15 MSA form printout, labels only, value on next line, Arabic-Indic digits with dashes
    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    segs = ["طلب اشتراك – الصفحة ٢\n", "ـــــــــــــــــــــ\n", "رقم بطاقة الائتمان\n", card_span(num, "mc", cf(num, "-", "ar"), "dashed_native", "ar"), "\n",
            "تاريخ انتهاء الصلاحية\n", exp_span(nd(f"{mm:02d}/{yy % 100:02d}", "ar"), "mm/yy", mm, yy % 100, "ar"), "\n",
            "الرقم السري الخلفي (CVV2)\n", cvv_span(nd(cv, "ar"), "digits_native", cv, "ar"), "\n",
            "رقم الهاتف\n", N(nd("0" + rd(2, first="5") + "-" + rd(7), "ar"), "neg_phone"), "\n",
            "صندوق البريد\n", N(nd(rd(5), "ar"), "neg_postal"), "\n"]
    add("ar-msa", "form", segs, scenario="form_native_dashes")

    # A16 UAE negative-only with masked card and Emirates ID
    segs = ["ملاحظة الوكيل: العميل سأل عن استرداد مبلغ ", N("AED 1,249.00", "neg_amount"), " للطلب ", N(safe_digits(10, "4"), "neg_order"),
            ". البطاقة المستخدمة ", ign("**** **** **** " + rd(4), "masked_card"), ". رقم الهوية ", N(emirates_id(), "neg_emirates_id"),
            "، الهاتف ", N("055 " + rd(3) + " " + rd(4), "neg_phone"), ". الاسترداد خلال ٥-٧ أيام عمل.\n"]
    add("ar-gulf", "crm_note", segs, scenario="refund_negative")




def ir_mobile(script="fa", sep=" "):
    return nd("09" + R.choice(["12", "13", "19", "35", "36", "01", "21"]) + sep + rd(3) + sep + rd(4), script)


def ir_exp():
    """Iranian cards print the expiry in the Solar Hijri calendar, year/month"""
    return R.randint(1, 12), R.randint(1406, 1409)


# ================================================================== PERSIAN
def persian():
    # P1 shop chat, Shetab card with Persian digits and dashes, CVV2, Solar Hijri expiry, رمز پویا (OTP) negative
    num = gen_card("shetab")
    mm, yy = ir_exp()
    cv = gen_cvv("shetab")
    segs = ["مشتری: سلام، پرداخت سفارشم ", N(nd(safe_digits(7), "fa"), "neg_order"), " انجام نمیشه، درگاه خطا میده\n",
            "پشتیبان (سارا): سلام وقت بخیر. می‌تونم از طریق پرداخت تلفنی براتون ثبت کنم. شماره کارت رو بفرمایید\n",
            "مشتری: ", card_span(num, "shetab", cf(num, "-", "fa"), "dashed_native", "fa"), "\n",
            "پشتیبان (سارا): سی‌وی‌وی۲ و تاریخ انقضا؟\n",
            "مشتری: cvv2: ", cvv_span(nd(cv, "fa"), "digits_native", cv, "fa"), "\n",
            "مشتری: انقضا ", exp_span(nd(f"{yy}/{mm:02d}", "fa"), "solar_yyyy/mm", mm, yy, "fa", calendar="solar_hijri"), "\n",
            "پشتیبان (سارا): الان رمز پویا براتون پیامک شد، لطفاً فقط داخل صفحه وارد کنید و برای من نفرستید.\n",
            "مشتری: اومد ", N(nd(rd(6), "fa"), "neg_otp"), " اینه؟\n",
            "پشتیبان (سارا): 🙏 نه لطفاً رمز رو برای کسی نفرستید. مبلغ ", N(nd("2٬450٬000", "fa"), "neg_amount"),
            " ریال کسر شد، کد پیگیری ", N(nd(safe_digits(12), "fa"), "neg_reference"), "\n"]
    add("fa", "chat", segs, scenario="shetab_otp")

    # P2 refund form copy: national code, postal code, card ASCII spaced, Sheba
    num = gen_card("shetab")
    segs = ["فرم درخواست بازگشت وجه\n", "نام و نام خانوادگی: مهدی رضایی\n", "کد ملی: ", N(nd(iran_code(), "fa"), "neg_national_id"), "\n",
            "تلفن همراه: ", N(ir_mobile("ascii", ""), "neg_phone"), "\n", "کد پستی: ", N(nd(safe_digits(5, "13579") + "-" + safe_digits(5), "fa"), "neg_postal"), "\n",
            "شماره کارت جهت واریز: ", card_span(num, "shetab", cf(num, " "), "spaced"), "\n",
            "شماره شبا: ", N(iban("IR", "0" + rd(2, first="15") + "0" + rd(18)), "neg_iban"), "\n",
            "تاریخ درخواست: ", N(nd("1405/02/18", "fa"), "neg_date_solar"), "\n",
            "مبلغ: ", N("۸۵۰٬۰۰۰", "neg_amount"), " تومان\n"]
    add("fa", "form", segs, scenario="refund_form_card_for_deposit")

    # P3 US Persian customer, SSN compact in Persian digits after label
    ssn = gen_ssn()
    segs = ["Agent (Nima): برای تأیید هویت، لطفاً شماره سوشال سکیوریتی‌تون رو بفرمایید\n",
            "Customer: ", ssn_span(nd(ssn, "fa"), "compact_native", ssn, "fa"), "\n",
            "Agent (Nima): ممنون. آدرس پستی؟\n", "Customer: ", N("18345 Ventura Blvd, Tarzana CA 91356", "neg_address"), "\n",
            "Agent (Nima): شماره تماس؟\n", "Customer: ", N("818-555-" + rd(4), "neg_phone"), "\n"]
    add("fa", "chat", segs, scenario="us_ssn_native_compact")

    # P4 split card over messages with a correction of one group
    num = gen_card("shetab")
    mm, yy = ir_exp()
    cv = gen_cvv("shetab")
    g = chunks(num)
    wrong = g[3][:-1] + str((int(g[3][-1]) + 5) % 10)
    segs = ["کاربر: شماره کارتم:\n"]
    for gg in g[:3]:
        segs += ["کاربر: ", card_span(num, "shetab", nd(gg, "fa"), "split_messages", "fa", ent="c"), "\n"]
    segs += ["کاربر: ", ign(nd(wrong, "fa"), "wrong_group", ent="w"), "\n",
             "کاربر: ببخشید رقم آخر ", nd(g[3][-1], "fa"), " هست نه ", nd(wrong[-1], "fa"), "\n",
             "کاربر: ", card_span(num, "shetab", nd(g[3], "fa"), "split_messages", "fa", ent="c"), "\n",
             "اپراتور: باشه درست شد. تاریخ انقضای کارت؟\n", "کاربر: ", exp_span(nd(f"{yy % 100:02d}/{mm:02d}", "fa"), "solar_yy/mm", mm, yy % 100, "fa", calendar="solar_hijri"),
             "\n", "اپراتور: و کد سی وی وی دو؟\n", "کاربر: ", cvv_span(cv, "digits", cv), "\n"]
    add("fa", "chat", segs, scenario="split_with_correction")

    # P5 diaspora Visa card, Gregorian expiry with Persian month name, ZWNJ labels
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    mw = MONTHS["fa_greg"][mm - 1]
    segs = ["سلام، می‌خواستم بلیت پرواز ", N("IR712", "neg_flight"), " رو با کارت ویزای خودم بخرم. اطلاعات:\n",
            "شماره‌ی کارت: ", card_span(num, "visa", cf(num, " ", "fa"), "spaced_native", "fa"), "\n",
            "تاریخ انقضاء: ", exp_span(f"{mw} {nd(str(yy), 'fa')}", "month_name", mm, yy, "fa", month_word=mw), "\n",
            "کد امنیتی سه رقمی پشت کارت: ", cvv_span(nd(cv, "fa"), "digits_native", cv, "fa"), "\n",
            "شماره پاسپورت: ", N("K" + rd(8), "neg_passport"), "\n", "تاریخ پرواز: ", N("۲۰۲۶/۰۶/۱۴", "neg_date"), "\n"]
    add("fa", "email", segs, scenario="visa_month_name")

    # P6 negative-only: post tracking (24 digits), reference numbers, dates
    segs = ["مشتری: بسته‌ام هنوز نرسیده. کد رهگیری ", N(nd(safe_digits(24), "fa"), "neg_tracking"), "\n",
            "پشتیبان (امیر): سلام، سفارش ", N(nd(safe_digits(8), "fa"), "neg_order"), " در تاریخ ", N("۱۴۰۳/۱۱/۰۲", "neg_date_solar"),
            " ارسال شده. مبلغ ", N("۱٬۲۵۰٬۰۰۰", "neg_amount"), " تومان از کارت ", ign(nd("6037", "fa") + "\u200e-****-****-" + nd(rd(4), "fa"), "masked_card"),
            " برداشت شده.\n", "مشتری: شماره تماسم ", N(ir_mobile(), "neg_phone"), " هست\n"]
    add("fa", "chat", segs, scenario="tracking_negative")

    # P7 CRM note English + Persian, card unbroken ASCII, CVV2 label
    num = gen_card("discover")
    mm, yy = gen_exp()
    cv = gen_cvv("discover")
    segs = ["CRM note ", N("2026-04-07", "neg_date"), " – Farsi speaking cust, son translating.\n",
            "Cust read card: ", card_span(num, "discover", num, "plain"), " / انقضا ", exp_span(f"{mm:02d}/{yy % 100:02d}", "mm/yy", mm, yy % 100),
            " / کد CVV2: ", cvv_span(cv, "digits", cv), "\nTicket ", N("TK-" + safe_digits(6), "neg_ticket"), ", callback ", N("(310) 555-" + rd(4), "neg_phone"), "\n"]
    add("fa", "crm_note", segs, scenario="crm_mixed")

    # P8 SSN dashed with Persian digits, label without hamza
    ssn = gen_ssn()
    segs = ["مشتری: شماره تامین اجتماعی امریکا: ", ssn_span(sf(ssn, "-", "fa"), "dashed_native", ssn, "fa"), "\n",
            "مشتری: تاریخ تولد ", N("1362/05/14", "neg_dob_solar"), " یعنی ", N("05/08/1983", "neg_dob"), "\n",
            "نماینده: ممنون، پرونده ", N(safe_digits(7), "neg_case"), " ثبت شد.\n"]
    add("fa", "chat", segs, scenario="us_ssn_dashed_native")

    # P9 mixed digit scripts in one card + dynamic PIN mention
    num = gen_card("shetab")
    mm, yy = ir_exp()
    cv = gen_cvv("shetab")
    segs = ["اپراتور: شماره کارت مبدأ؟\n", "مشتری: ", card_span(num, "shetab", mixdig(cf(num, " "), "fa"), "mixed_digit_scripts", "mixed"), "\n",
            "اپراتور: cvv2؟\n", "مشتری: ", cvv_span(nd(cv, "fa"), "digits_native", cv, "fa"), " و تاریخ ", exp_span(nd(f"{mm:02d}/{yy % 100:02d}", "fa"), "solar_mm/yy", mm, yy % 100, "fa", calendar="solar_hijri"), "\n",
            "اپراتور: رمز دوم رو خودتون در صفحه بزنید. شماره پیگیری شما ", N(nd(safe_digits(6), "fa"), "neg_reference"), "\n"]
    add("fa", "chat", segs, scenario="mixed_digits")

    # P10 insurance call transcript negative-only with national code and Sheba
    segs = ["[۰۰:۰۲:۱۰] کارشناس: کد ملی بیمه‌گذار؟\n", "[۰۰:۰۲:۱۵] مشتری: ", N(nd(iran_code(), "fa"), "neg_national_id"), "\n",
            "[۰۰:۰۲:۳۰] کارشناس: شماره بیمه‌نامه؟\n", "[۰۰:۰۲:۳۴] مشتری: ", N(nd("1403/" + safe_digits(6), "fa"), "neg_policy"), "\n",
            "[۰۰:۰۲:۵۰] کارشناس: خسارت به شبای ", N(iban_spaced(iban("IR", "0" + rd(2, first="15") + "0" + rd(18))), "neg_iban"), " واریز می‌شه. تا ", N("۱۴۰۵/۰۳/۱۰", "neg_date_solar"), "\n"]
    add("fa", "transcript", segs, scenario="insurance_negative")

    # P11 card on two lines in an email (line break inside number), ASCII
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    g = chunks(num)
    segs = ["با سلام\nلطفاً هزینه‌ی اشتراک سالانه را از این کارت کسر کنید: ",
            card_span(num, "visa", g[0] + " " + g[1] + "\n" + g[2] + " " + g[3], "line_break"), "\n",
            "اعتبار تا ", exp_span(f"{mm:02d}/{yy}", "mm/yyyy", mm, yy), "، سی‌وی‌وی ", cvv_span(cv, "digits", cv), "\nبا تشکر، لیلا\n",
            "شماره اشتراک: ", N(safe_digits(9), "neg_account"), "\n"]
    add("fa", "email", segs, scenario="line_break_card")

    # P12 SSN in two messages after a Persian request
    ssn = gen_ssn()
    segs = ["نماینده: شماره اجتماعی (SSN) رو برای فرم اعتبارسنجی لازم دارم.\n", "مشتری: باشه یه لحظه\n",
            "مشتری: ", ssn_span(nd(ssn[:5], "fa"), "split_messages", ssn, "fa", ent="s"), "\n",
            "مشتری: ", ssn_span(nd(ssn[5:], "fa"), "split_messages", ssn, "fa", ent="s"), "\n",
            "نماینده: ممنون. درآمد سالانه؟\n", "مشتری: ", N("$62,000", "neg_amount"), "\n"]
    add("fa", "chat", segs, scenario="us_ssn_split")


# ================================================================== URDU
def pk_mobile(sep="-"):
    return "03" + R.choice(["00", "01", "21", "33", "45", "12"]) + sep + rd(7)


def cnic():
    return rd(5, first="34") + "-" + rd(7) + "-" + rd(1)


def urdu():
    # U1 e-commerce chat, ASCII digits
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["کسٹمر: السلام علیکم، میرا آرڈر ", N("#" + safe_digits(15, "1"), "neg_order"), " کی پیمنٹ فیل ہو گئی\n",
            "ایجنٹ (عائشہ): وعلیکم السلام، آپ کارڈ کی تفصیل بتا دیں میں دوبارہ ٹرائی کرتی ہوں\n",
            "کسٹمر: کارڈ نمبر ", card_span(num, "visa", cf(num, " "), "spaced"), "\n",
            "کسٹمر: ایکسپائری ", exp_span(f"{mm:02d}/{yy % 100:02d}", "mm/yy", mm, yy % 100), "\n",
            "ایجنٹ (عائشہ): اور کارڈ کے پیچھے تین ہندسے؟\n", "کسٹمر: ", cvv_span(cv, "digits", cv), "\n",
            "ایجنٹ (عائشہ): آپ کے نمبر ", N(pk_mobile(), "neg_phone"), " پر او ٹی پی آیا ہوگا، وہ صرف ایپ میں ڈالیں\n",
            "کسٹمر: جی ", N(rd(6), "neg_otp"), " ڈال دیا\n", "ایجنٹ (عائشہ): پیمنٹ ہو گئی، Rs. ", N("12,499", "neg_amount"), "\n"]
    add("ur", "chat", segs, scenario="ecommerce_chat")

    # U2 bank form copy: CNIC, IBAN PK, card in Urdu (extended Arabic-Indic) digits
    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    segs = ["درخواست فارم برائے ادائیگی\n", "نام: محمد عمران\n", "شناختی کارڈ نمبر: ", N(cnic(), "neg_cnic"), "\n",
            "موبائل نمبر: ", N(nd(pk_mobile(), "fa"), "neg_phone"), "\n",
            "کارڈ نمبر: ", card_span(num, "mc", cf(num, " ", "fa"), "spaced_native", "fa"), "\n",
            "میعاد ختم ہونے کی تاریخ: ", exp_span(nd(f"{mm:02d}/{yy}", "fa"), "mm/yyyy", mm, yy, "fa"), "\n",
            "سی وی وی: ", cvv_span(nd(cv, "fa"), "digits_native", cv, "fa"), "\n",
            "آئی بی اے این: ", N(iban("PK", R.choice(["HABB", "MEZN", "UNIL", "SCBL"]) + rd(16)), "neg_iban"), "\n"]
    add("ur", "form", segs, scenario="bank_form")

    # U3 US Urdu-speaking customer: SSN spaced
    ssn = gen_ssn()
    segs = ["ایجنٹ: آپ کا سوشل سیکیورٹی نمبر کیا ہے؟\n", "کسٹمر: ", ssn_span(sf(ssn, " "), "spaced", ssn), "\n",
            "ایجنٹ: اور زپ کوڈ؟\n", "کسٹمر: ", N("77036", "neg_zip"), " ہیوسٹن\n", "ایجنٹ: شکریہ، اکاؤنٹ ", N(safe_digits(10), "neg_account"), " ویریفائی ہو گیا\n"]
    add("ur", "transcript", segs, scenario="us_ssn")

    # U4 split card, agent reads back, expiry month name in Urdu
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    mw = MONTHS["ur"][mm - 1]
    g = chunks(num)
    segs = ["کسٹمر: پہلے آٹھ ", card_span(num, "visa", g[0] + " " + g[1], "split_messages", ent="c"), "\n",
            "کسٹمر: باقی ", card_span(num, "visa", g[2] + " " + g[3], "split_messages", ent="c"), "\n",
            "ایجنٹ (بلال): میں دہرا دیتا ہوں: ", card_span(num, "visa", cf(num, " "), "agent_readback"), " ٹھیک ہے؟\n",
            "کسٹمر: جی بالکل۔ ختم ہونے کی تاریخ ", exp_span(f"{mw} {yy}", "month_name", mm, yy, month_word=mw), "\n",
            "ایجنٹ (بلال): اور سی وی سی؟\n", "کسٹمر: ", cvv_span(cv, "digits", cv), "\n"]
    add("ur", "chat", segs, scenario="split_readback")

    # U5 negative-only: utility bill, reference, CNIC, amount
    segs = ["کسٹمر: بجلی کا بل ", N("Rs. 8,450", "neg_amount"), " آیا ہے، ریفرنس نمبر ", N(safe_digits(14, "0"), "neg_reference"),
            "\n", "ایجنٹ: جی، آخری تاریخ ", N("۲۰/۰۶/۲۰۲۶", "neg_date"), " ہے۔ آپ کا شناختی کارڈ؟\n", "کسٹمر: ", N(cnic(), "neg_cnic"), "\n",
            "ایجنٹ: آپ کے کارڈ ending ", ign(rd(4), "card_last4"), " سے آٹو پے لگا ہوا ہے\n",
            "کسٹمر: نمبر بدل گیا، نیا نمبر ", N("+92 3" + rd(2) + " " + rd(7), "neg_phone"), "\n"]
    add("ur", "chat", segs, scenario="utility_negative")

    # U6 email, Amex 4-6-5 dashes, 4-digit CID
    num = gen_card("amex")
    mm, yy = gen_exp()
    cv = gen_cvv("amex")
    segs = ["محترم ٹیم،\n", "براہ کرم ہوٹل بکنگ ", N("BK" + safe_digits(8), "neg_booking"), " کے لیے میرا امریکن ایکسپریس کارڈ استعمال کریں:\n",
            card_span(num, "amex", cf(num, "-"), "amex_dashed"), "\n", "ایکسپائری: ", exp_span(f"{mm:02d}-{yy % 100:02d}", "mm-yy", mm, yy % 100), "\n",
            "سیکیورٹی کوڈ (سامنے چار ہندسے): ", cvv_span(cv, "amex_cid", cv), "\n", "شکریہ\nفاطمہ\n"]
    add("ur", "email", segs, scenario="amex_email")

    # U7 CRM note roman Urdu + Urdu script, card in Urdu digits unbroken
    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    segs = ["Note: caller ne Urdu mein card diya – ", card_span(num, "mc", nd(num, "fa"), "plain_native", "fa"), " | میعاد ",
            exp_span(nd(f"{mm}/{yy % 100}", "fa"), "m/yy", mm, yy % 100, "fa"), " | CVV ", cvv_span(cv, "digits", cv), "\n",
            "Callback: ", N(pk_mobile(""), "neg_phone"), " | Ticket ", N(safe_digits(8), "neg_ticket"), "\n"]
    add("ur", "crm_note", segs, scenario="crm_native_plain")

    # U8 negative-only: courier tracking, OTP
    segs = ["کسٹمر: ٹی سی ایس کی ٹریکنگ ", N(safe_digits(11, "7"), "neg_tracking"), " پر کچھ نہیں دکھا رہا\n",
            "ایجنٹ: آپ کو جو کوڈ ایس ایم ایس میں آیا ہے وہ بتائیں تاکہ ویریفائی کر سکوں\n", "کسٹمر: ", N(rd(4), "neg_otp"), "\n",
            "ایجنٹ: شکریہ۔ پارسل ", N("۱۵ جون", "neg_date"), " تک پہنچ جائے گا، COD رقم ", N("۳,۲۰۰", "neg_amount"), " روپے\n"]
    add("ur", "chat", segs, scenario="courier_negative")

    # U9 Visa with RLM before each dash
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["کسٹمر: کارڈ کا نمبر یہ ہے ", card_span(num, "visa", (RLM + "-").join(chunks(num)), "rlm_dashes"), "\n",
            "کسٹمر: ویلڈ تھرو ", exp_span(f"{mm:02d}/{yy % 100:02d}", "mm/yy", mm, yy % 100), " اور پیچھے والا کوڈ ", cvv_span(cv, "digits", cv), "\n",
            "ایجنٹ: ٹھیک ہے، رسید ", N(safe_digits(9), "neg_reference"), "\n"]
    add("ur", "chat", segs, scenario="rlm_dashes")

    # U10 SSN context-only, no dashes, Urdu question
    ssn = gen_ssn()
    segs = ["ایجنٹ: ٹیکس فارم کے لیے اپنا ایس ایس این بتائیں\n", "کسٹمر: ", ssn_span(nd(ssn, "fa"), "compact_native", ssn, "fa"), "\n",
            "ایجنٹ: اور آپ کا فون؟\n", "کسٹمر: ", N("(630) 555-" + rd(4), "neg_phone"), "\n"]
    add("ur", "chat", segs, scenario="us_ssn_context")

    # U11 card with double spaces, expiry "09 / 2028"
    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    segs = ["ایجنٹ (حمزہ): پیمنٹ کے لیے کارڈ نمبر؟\n", "کسٹمر: ", card_span(num, "mc", "  ".join(chunks(num)), "double_spaces"), "\n",
            "کسٹمر: ", exp_span(f"{mm:02d} / {yy}", "mm / yyyy", mm, yy), " تک چلے گا\n", "ایجنٹ (حمزہ): سی وی وی نمبر؟\n",
            "کسٹمر: ", cvv_span(cv, "digits", cv), "\n", "ایجنٹ (حمزہ): ", N("PKR 4,999", "neg_amount"), " کٹ گئے، شکریہ\n"]
    add("ur", "chat", segs, scenario="extra_spaces")


def in_mobile(script="ascii", plus=True):
    s = ("+91 " if plus else "") + R.choice("6789") + rd(4) + " " + rd(5)
    return nd(s, script)


# ================================================================== HINDI
def hindi():
    # H1 RuPay card in Hindi chat, UPI ref and OTP negatives
    num = gen_card("rupay")
    mm, yy = gen_exp()
    cv = gen_cvv("rupay")
    segs = ["ग्राहक: नमस्ते, मेरा बिजली बिल का पेमेंट फेल हो गया और पैसे कट गए ₹", N(inr(R.randint(1200, 9000)), "neg_amount"), "\n",
            "एजेंट (प्रिया): नमस्ते सर, UPI ट्रांजैक्शन आईडी बताइए\n", "ग्राहक: ", N(safe_digits(12, "4567"), "neg_upi_ref"), "\n",
            "एजेंट (प्रिया): वो 3-5 दिन में रिफंड हो जाएगा। अभी कार्ड से पे करना है तो कार्ड नंबर बताइए\n",
            "ग्राहक: रुपे कार्ड है ", card_span(num, "rupay", cf(num, " "), "spaced"), "\n",
            "ग्राहक: एक्सपायरी ", exp_span(f"{mm:02d}/{yy % 100:02d}", "mm/yy", mm, yy % 100), " और सीवीवी ", cvv_span(cv, "digits", cv), "\n",
            "एजेंट (प्रिया): आपके नंबर ", N(in_mobile(), "neg_phone"), " पर ओटीपी गया है, कृपया उसे किसी को न बताएं\n",
            "ग्राहक: ठीक है, ", N(rd(6), "neg_otp"), " डाल दिया पेज पर\n"]
    add("hi", "chat", segs, scenario="rupay_bill")

    # H2 form: Aadhaar, PAN, PIN code, card in Devanagari digits
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["आवेदन पत्र – क्रेडिट कार्ड भुगतान हेतु\n", "नाम: सुनीता शर्मा\n", "आधार संख्या: ", N(aadhaar(), "neg_aadhaar"), "\n",
            "पैन: ", N(pan_card(), "neg_pan_card"), "\n", "पिन कोड: ", N(nd(R.choice(["110092", "226010", "302017", "452001"]), "deva"), "neg_postal"), "\n",
            "कार्ड संख्या: ", card_span(num, "visa", cf(num, " ", "deva"), "spaced_native", "deva"), "\n",
            "समाप्ति तिथि (माह/वर्ष): ", exp_span(nd(f"{mm:02d}/{yy}", "deva"), "mm/yyyy", mm, yy, "deva"), "\n",
            "सीवीवी: ", cvv_span(nd(cv, "deva"), "digits_native", cv, "deva"), "\n", "दिनांक: ", N("१४/०३/२०२६", "neg_date"), "\n"]
    add("hi", "form", segs, scenario="kyc_form_native")

    # H3 US Hindi-speaking customer SSN
    ssn = gen_ssn()
    segs = ["Agent (Rahul): सर, वेरिफिकेशन के लिए अपना सोशल सिक्योरिटी नंबर बताइए\n", "Customer: ", ssn_span(sf(ssn, "-"), "dashed", ssn), "\n",
            "Agent (Rahul): धन्यवाद। डेट ऑफ बर्थ?\n", "Customer: ", N("11/23/1979", "neg_dob"), "\n",
            "Agent (Rahul): और फोन नंबर ", N("(732) 555-" + rd(4), "neg_phone"), " ही है?\n", "Customer: हाँ जी\n"]
    add("hi", "chat", segs, scenario="us_ssn")

    # H4 railway: PNR, amount in lakh grouping, card dashed, expiry month name in Hindi
    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    mw = MONTHS["hi"][mm - 1]
    segs = ["ग्राहक: टिकट बुक करते वक्त पैसा कट गया, PNR ", N(safe_digits(10, "2468"), "neg_pnr"), " नहीं आया\n",
            "एजेंट: कृपया दोबारा बुक करने के लिए कार्ड का नंबर दें\n", "ग्राहक: ", card_span(num, "mc", cf(num, "-"), "dashed"), "\n",
            "ग्राहक: वैधता ", exp_span(f"{mw} {yy}", "month_name", mm, yy, month_word=mw), " तक है\n",
            "एजेंट: कार्ड के पीछे के 3 अंक?\n", "ग्राहक: ", cvv_span(cv, "digits", cv), "\n",
            "एजेंट: कुल राशि ₹", N(inr(R.randint(100000, 250000)), "neg_amount"), " (ग्रुप बुकिंग)। ट्रेन ", N("12951", "neg_train"), "\n"]
    add("hi", "chat", segs, scenario="railway_month_name")

    # H5 negative-only: bank account + IFSC + Aadhaar
    segs = ["ग्राहक: मेरे खाते ", N(safe_digits(11, "3"), "neg_account"), " में NEFT नहीं आया। IFSC ", N("SBIN000" + rd(4), "neg_ifsc"), "\n",
            "एजेंट: UTR नंबर बताइए\n", "ग्राहक: ", N("SBIN" + rd(12), "neg_utr"), "\n", "एजेंट: आधार से लिंक नंबर?\n",
            "ग्राहक: आधार ", N(aadhaar(), "neg_aadhaar"), ", मोबाइल ", N(in_mobile(plus=False), "neg_phone"), "\n",
            "एजेंट: ठीक है, राशि ₹", N(inr(45000), "neg_amount"), " दिनांक ", N("05-01-2026", "neg_date"), " को होल्ड पर है।\n"]
    add("hi", "chat", segs, scenario="neft_negative")

    # H6 call transcript, card in two turns, CVV labelled CVV नंबर
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    g = chunks(num)
    segs = ["एजेंट: जी सर, कार्ड नंबर बोलिए\n", "ग्राहक: ", card_span(num, "visa", g[0] + " " + g[1], "split_turns", ent="c"), "\n",
            "एजेंट: जी\n", "ग्राहक: ", card_span(num, "visa", g[2] + " " + g[3], "split_turns", ent="c"), "\n",
            "एजेंट: एक्सपायरी डेट?\n", "ग्राहक: ", exp_span(f"{mm:02d} {yy % 100:02d}", "mm yy", mm, yy % 100), "\n",
            "एजेंट: CVV नंबर?\n", "ग्राहक: ", cvv_span(cv, "digits", cv), "\n", "एजेंट: धन्यवाद, रेफरेंस नंबर ", N(safe_digits(8), "neg_reference"), "\n"]
    add("hi", "transcript", segs, scenario="split_turns")

    # H7 email mixed English/Hindi, card unbroken
    num = gen_card("rupay")
    mm, yy = gen_exp()
    cv = gen_cvv("rupay")
    segs = ["Subject: Policy renewal ", N("POL/" + safe_digits(9), "neg_policy"), "\n\n", "नमस्कार,\nकृपया मेरी पॉलिसी का प्रीमियम ₹",
            N(inr(R.randint(8000, 60000)), "neg_amount"), " इस कार्ड से काट लें:\n", "Card no. ", card_span(num, "rupay", num, "plain"),
            "\nExp. ", exp_span(f"{mm}/{yy}", "m/yyyy", mm, yy), "\nCVV ", cvv_span(cv, "digits", cv), "\n\n",
            "धन्यवाद,\nअमित वर्मा\nमो. ", N(in_mobile(), "neg_phone"), "\n"]
    add("hi", "email", segs, scenario="insurance_email")

    # H8 mixed digit scripts (Devanagari + ASCII)
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["ग्राहक: कार्ड नं. ", card_span(num, "visa", mixdig(cf(num, " "), "deva"), "mixed_digit_scripts", "mixed"), "\n",
            "ग्राहक: एक्सपायरी ", exp_span(nd(f"{mm:02d}", "deva") + "/" + f"{yy % 100:02d}", "mm/yy_mixed", mm, yy % 100, "mixed"),
            "\n", "ग्राहक: सीवीवी ", cvv_span(nd(cv, "deva"), "digits_native", cv, "deva"), "\n"]
    add("hi", "chat", segs, scenario="mixed_digits")

    # H9 negative-only: courier, PIN code
    segs = ["एजेंट: डिलीवरी के लिए जो ओटीपी आया है वो डिलीवरी बॉय को बताइए, मुझे नहीं\n",
            "ग्राहक: ओके। ट्रैकिंग ", N(safe_digits(13, "1"), "neg_tracking"), " पिन ", N("560034", "neg_postal"), "\n",
            "एजेंट: ऑर्डर ", N("OD" + safe_digits(18), "neg_order"), " कल तक पहुँच जाएगा। COD ₹", N("1,499", "neg_amount"), "\n"]
    add("hi", "chat", segs, scenario="courier_negative")

    # H10 CRM note: card with dots
    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    segs = ["कॉल नोट्स (", N("12-03-2026 16:40", "neg_timestamp"), "):\n", "ग्राहक ने कार्ड दिया: ", card_span(num, "mc", cf(num, "."), "dotted"), "\n",
            "वैध तिथि: ", exp_span(f"{mm:02d}-{yy}", "mm-yyyy", mm, yy), "\n", "पीछे का कोड: ", cvv_span(cv, "digits", cv), "\n",
            "कस्टमर आईडी: ", N(safe_digits(9), "neg_customer_id"), "\n"]
    add("hi", "crm_note", segs, scenario="crm_dotted")

    # H11 SSN spaced, Devanagari digits
    ssn = gen_ssn()
    segs = ["एजेंट: अमेरिका का SSN बताइए, टैक्स फॉर्म के लिए\n", "ग्राहक: ", ssn_span(sf(ssn, " ", "deva"), "spaced_native", ssn, "deva"), "\n",
            "एजेंट: और ज़िप कोड?\n", "ग्राहक: ", N("08817", "neg_zip"), "\n"]
    add("hi", "chat", segs, scenario="us_ssn_native")

    # H12 Amex with transliterated labels
    num = gen_card("amex")
    mm, yy = gen_exp()
    cv = gen_cvv("amex")
    segs = ["ग्राहक: अमेक्स कार्ड है – ", card_span(num, "amex", cf(num, " "), "amex_4_6_5"), "\n",
            "एजेंट: एक्सपायरी मंथ और ईयर?\n", "ग्राहक: ", exp_span(f"{mm:02d}/{yy}", "mm/yyyy", mm, yy), "\n",
            "एजेंट: अमेक्स में सामने 4 अंकों का कोड होता है\n", "ग्राहक: ", cvv_span(cv, "amex_cid", cv), "\n"]
    add("hi", "chat", segs, scenario="amex")


# ================================================================== BENGALI
def bd_mobile(script="beng"):
    return nd("01" + R.choice("3456789") + rd(2) + "-" + rd(6), script)


def bengali():
    # B1 Bangladesh e-commerce chat, Bengali digits
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["গ্রাহক: আসসালামু আলাইকুম, অর্ডার ", N(nd(safe_digits(9), "beng"), "neg_order"), " এর পেমেন্ট কার্ডে করতে চাই\n",
            "এজেন্ট (তানিয়া): ওয়ালাইকুম আসসালাম, কার্ড নম্বরটি দিন\n", "গ্রাহক: ", card_span(num, "visa", cf(num, " ", "beng"), "spaced_native", "beng"), "\n",
            "গ্রাহক: মেয়াদ শেষ ", exp_span(nd(f"{mm:02d}/{yy % 100:02d}", "beng"), "mm/yy", mm, yy % 100, "beng"), "\n",
            "এজেন্ট (তানিয়া): কার্ডের পেছনের ৩টি সংখ্যা?\n", "গ্রাহক: ", cvv_span(nd(cv, "beng"), "digits_native", cv, "beng"), "\n",
            "এজেন্ট (তানিয়া): ধন্যবাদ, ৳", N(nd("2,350", "beng"), "neg_amount"), " পরিশোধ হয়েছে। ডেলিভারি ", N("১৮/০৩/২০২৬", "neg_date"), "\n"]
    add("bn", "chat", segs, scenario="ecommerce_native")

    # B2 negative-only: bKash transaction, NID, phone, OTP
    segs = ["গ্রাহক: বিকাশে ", N("৫,০০০", "neg_amount"), " টাকা পাঠিয়েছি ভুল নম্বরে ", N(bd_mobile(), "neg_phone"), "\n",
            "এজেন্ট: TrxID দিন\n", "গ্রাহক: ", N("9" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)), "neg_trxid"), "\n",
            "এজেন্ট: আপনার এনআইডি নম্বর?\n", "গ্রাহক: ", N(nd(safe_digits(10, "1234567"), "beng"), "neg_national_id"), "\n",
            "এজেন্ট: ভেরিফিকেশন কোড যেটা এসএমএসে গেছে সেটা বলুন\n", "গ্রাহক: ", N(nd(rd(6), "beng"), "neg_otp"), "\n"]
    add("bn", "chat", segs, scenario="bkash_negative")

    # B3 US Bengali speaker SSN
    ssn = gen_ssn()
    segs = ["এজেন্ট: আপনার সোশ্যাল সিকিউরিটি নম্বরটা বলবেন?\n", "গ্রাহক: ", ssn_span(sf(ssn, "-", "beng"), "dashed_native", ssn, "beng"), "\n",
            "এজেন্ট: ধন্যবাদ। ফোন ", N("(347) 555-" + rd(4), "neg_phone"), " আর জিপ ", N("11432", "neg_zip"), " ঠিক আছে?\n", "গ্রাহক: জি\n"]
    add("bn", "chat", segs, scenario="us_ssn_native")

    # B4 West Bengal form (India): RuPay, Aadhaar, PIN
    num = gen_card("rupay")
    mm, yy = gen_exp()
    cv = gen_cvv("rupay")
    segs = ["আবেদনপত্র\n", "নাম: দেবাশীষ মুখার্জি\n", "আধার নম্বর: ", N(aadhaar(), "neg_aadhaar"), "\n", "পিন কোড: ", N("700029", "neg_postal"), "\n",
            "কার্ড নম্বর: ", card_span(num, "rupay", cf(num, "-"), "dashed"), "\n",
            "মেয়াদ উত্তীর্ণের তারিখ: ", exp_span(f"{mm:02d}/{yy}", "mm/yyyy", mm, yy), "\n", "সিভিভি: ", cvv_span(cv, "digits", cv), "\n",
            "মোবাইল: ", N(in_mobile(), "neg_phone"), "\n"]
    add("bn", "form", segs, scenario="form_rupay")

    # B5 split card over messages, Bengali digits, month name expiry
    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    mw = MONTHS["bn"][mm - 1]
    segs = ["এজেন্ট (রাকিব): কার্ড নম্বর দিন প্লিজ\n"]
    for gg in chunks(num):
        segs += ["গ্রাহক: ", card_span(num, "mc", nd(gg, "beng"), "split_messages", "beng", ent="c"), "\n"]
    segs += ["গ্রাহক: মেয়াদ ", exp_span(f"{mw} {nd(str(yy), 'beng')}", "month_name", mm, yy, "beng", month_word=mw), " পর্যন্ত\n",
             "এজেন্ট (রাকিব): CVV?\n", "গ্রাহক: ", cvv_span(nd(cv, "beng"), "digits_native", cv, "beng"), "\n"]
    add("bn", "chat", segs, scenario="split_month_name")

    # B6 email: card with line break, Bengali calendar date negative
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    g = chunks(num)
    segs = ["প্রিয় মহোদয়,\n", "আমার সদস্যপদ ", N(nd(safe_digits(6), "beng"), "neg_member_id"), " নবায়নের জন্য নিচের কার্ড ব্যবহার করুন।\nকার্ডের নম্বর: ",
            card_span(num, "visa", nd(g[0] + " " + g[1] + " " + g[2] + "\n" + g[3], "beng"), "line_break_native", "beng"), "\n",
            "এক্সপায়ারি: ", exp_span(nd(f"{mm:02d}/{yy % 100:02d}", "beng"), "mm/yy", mm, yy % 100, "beng"), " সিভিভি ", cvv_span(nd(cv, "beng"), "digits_native", cv, "beng"),
            "\n", "তারিখ: ", N("১২ ফাল্গুন ১৪৩২", "neg_date_bangla"), "\n"]
    add("bn", "email", segs, scenario="line_break")

    # B7 negative-only: prepaid meter token (20 digits), meter number
    segs = ["গ্রাহক: প্রিপেইড মিটারে টোকেন ঢুকছে না। টোকেন: ", N(nd("-".join(rd(4) for _ in range(5)), "beng"), "neg_token"), "\n",
            "এজেন্ট: মিটার নম্বর?\n", "গ্রাহক: ", N(nd(safe_digits(11, "0"), "beng"), "neg_meter"), "\n",
            "এজেন্ট: রিচার্জ ৳", N("১,০০০", "neg_amount"), " সফল হয়েছে ", N("০৫/০২/২০২৬", "neg_date"), " তারিখে।\n"]
    add("bn", "chat", segs, scenario="meter_negative")

    # B8 CRM note English + Bengali, unbroken ASCII card
    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    segs = ["Note: Cust (Bangla) said \"আমার কার্ড নাম্বার ", card_span(num, "mc", num, "plain"), ", ", exp_span(f"{mm:02d}/{yy % 100:02d}", "mm/yy", mm, yy % 100),
            ", সিকিউরিটি কোড ", cvv_span(cv, "digits", cv), "\". Payment ", N("$89.99", "neg_amount"), " posted. Case ", N(safe_digits(8), "neg_case"), "\n"]
    add("bn", "crm_note", segs, scenario="crm_mixed")

    # B9 SSN compact after label, Bengali digits
    ssn = gen_ssn()
    segs = ["এজেন্ট: ট্যাক্স রিটার্নের জন্য আপনার SSN লাগবে\n", "গ্রাহক: ", ssn_span(nd(ssn, "beng"), "compact_native", ssn, "beng"), "\n",
            "এজেন্ট: আর আপনার ITIN নেই তো?\n", "গ্রাহক: না\n"]
    add("bn", "chat", segs, scenario="us_ssn_compact_native")

    # B10 mixed digits card
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["গ্রাহক: কার্ড ", card_span(num, "visa", mixdig(cf(num, " "), "beng"), "mixed_digit_scripts", "mixed"), "\n",
            "গ্রাহক: মেয়াদ ", exp_span(f"{mm:02d}/{yy}", "mm/yyyy", mm, yy), "\n", "এজেন্ট: আর পেছনের কোড?\n", "গ্রাহক: ", cvv_span(cv, "digits", cv), "\n",
            "এজেন্ট: ধন্যবাদ, আপনার ফোন ", N(bd_mobile("ascii"), "neg_phone"), " এ মেসেজ যাবে\n"]
    add("bn", "chat", segs, scenario="mixed_digits")

    # B11 card last 4 and refund, negative-only
    segs = ["এজেন্ট: আপনার কার্ডের শেষ চার সংখ্যা ", ign(nd(rd(4), "beng"), "card_last4"), " তে ৳", N("৩,৪৫০.০০", "neg_amount"),
            " রিফান্ড হবে। রেফারেন্স ", N(nd(safe_digits(10), "beng"), "neg_reference"), "\n", "গ্রাহক: কত দিন লাগবে?\n", "এজেন্ট: ৭-১০ কর্মদিবস\n"]
    add("bn", "chat", segs, scenario="refund_negative")


# ================================================================== TAMIL
def tamil():
    num = gen_card("rupay")
    mm, yy = gen_exp()
    cv = gen_cvv("rupay")
    segs = ["வாடிக்கையாளர்: வணக்கம், என் கார்டு எண் ", card_span(num, "rupay", cf(num, " "), "spaced"), "\n",
            "முகவர் (கவிதா): காலாவதி தேதி?\n", "வாடிக்கையாளர்: ", exp_span(f"{mm:02d}/{yy % 100:02d}", "mm/yy", mm, yy % 100), "\n",
            "முகவர் (கவிதா): கார்டின் பின்புறம் உள்ள 3 இலக்க CVV எண்?\n", "வாடிக்கையாளர்: ", cvv_span(cv, "digits", cv), "\n",
            "முகவர் (கவிதா): நன்றி. ₹", N(inr(R.randint(2000, 30000)), "neg_amount"), " செலுத்தப்பட்டது\n"]
    add("ta", "chat", segs, scenario="card_chat")

    segs = ["வாடிக்கையாளர்: OTP ", N(rd(6), "neg_otp"), " வந்தது, ஆனால் பணம் போகவில்லை\n", "முகவர்: உங்கள் மொபைல் ", N(in_mobile(), "neg_phone"),
            " தானா? ஆதார் எண் ", N(aadhaar(), "neg_aadhaar"), " சரிபார்க்கப்பட்டது\n", "வாடிக்கையாளர்: ஆமாம். முகவரி பின்கோடு ", N("600 017", "neg_postal"), "\n"]
    add("ta", "chat", segs, scenario="otp_negative")

    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    mw = MONTHS["ta"][mm - 1]
    segs = ["அட்டை எண்: ", card_span(num, "visa", cf(num, "-"), "dashed"), "\n", "காலாவதி: ", exp_span(f"{mw} {yy}", "month_name", mm, yy, month_word=mw), "\n",
            "பாதுகாப்பு குறியீடு: ", cvv_span(cv, "digits", cv), "\n", "ஆர்டர் எண்: ", N(safe_digits(10), "neg_order"), "\n"]
    add("ta", "form", segs, scenario="form_month_name")

    ssn = gen_ssn()
    segs = ["முகவர்: உங்கள் சோஷியல் செக்யூரிட்டி எண் சொல்லுங்கள்\n", "வாடிக்கையாளர்: ", ssn_span(ssn, "compact", ssn), "\n",
            "முகவர்: நன்றி, உங்கள் ZIP ", N("94538", "neg_zip"), " சரியா?\n"]
    add("ta", "chat", segs, scenario="us_ssn")

    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    g = chunks(num)
    segs = ["[", N("10:02", "neg_timestamp"), "] வாடிக்கையாளர்: ", card_span(num, "mc", g[0] + " " + g[1], "split_messages", ent="c"), "\n",
            "[", N("10:02", "neg_timestamp"), "] வாடிக்கையாளர்: ", card_span(num, "mc", g[2] + " " + g[3], "split_messages", ent="c"), "\n",
            "[", N("10:03", "neg_timestamp"), "] முகவர்: எக்ஸ்பைரி டேட் மற்றும் CVV?\n", "[", N("10:04", "neg_timestamp"), "] வாடிக்கையாளர்: ",
            exp_span(f"{mm}/{yy % 100}", "m/yy", mm, yy % 100), " ", cvv_span(cv, "digits", cv), "\n"]
    add("ta", "chat", segs, scenario="split")


# ================================================================== THAI
def th_phone(script="ascii"):
    return nd("0" + R.choice("689") + rd(1) + "-" + rd(3) + "-" + rd(4), script)


def thai():
    # T1 chat, Thai labels
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["ลูกค้า: สวัสดีค่ะ จะชำระค่าประกันรถ กรมธรรม์ ", N(safe_digits(10), "neg_policy"), " ค่ะ\n",
            "เจ้าหน้าที่ (นิด): สวัสดีค่ะ รบกวนแจ้งหมายเลขบัตรเครดิตค่ะ\n", "ลูกค้า: ", card_span(num, "visa", cf(num, " "), "spaced"), "\n",
            "เจ้าหน้าที่ (นิด): วันหมดอายุบัตรค่ะ\n", "ลูกค้า: ", exp_span(f"{mm:02d}/{yy % 100:02d}", "mm/yy", mm, yy % 100), "\n",
            "เจ้าหน้าที่ (นิด): เลข 3 ตัวหลังบัตรค่ะ\n", "ลูกค้า: ", cvv_span(cv, "digits", cv), "\n",
            "เจ้าหน้าที่ (นิด): ชำระเรียบร้อย ", N("8,450.00", "neg_amount"), " บาท ค่ะ\n"]
    add("th", "chat", segs, scenario="insurance_chat")

    # T2 form copy with Thai digits, BE date, citizen ID
    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    segs = ["แบบฟอร์มขอตัดบัตรเครดิตอัตโนมัติ\n", "ชื่อ-นามสกุล: นายสมชาย ใจดี\n", "เลขประจำตัวประชาชน: ", N(nd(thai_id(), "thai"), "neg_thai_id"), "\n",
            "โทรศัพท์มือถือ: ", N(th_phone("thai"), "neg_phone"), "\n", "เลขที่บัตรเครดิต: ", card_span(num, "mc", cf(num, "-", "thai"), "dashed_native", "thai"), "\n",
            "บัตรหมดอายุ (ด/ป): ", exp_span(nd(f"{mm:02d}/{yy % 100:02d}", "thai"), "mm/yy", mm, yy % 100, "thai"), "\n",
            "รหัส CVV: ", cvv_span(nd(cv, "thai"), "digits_native", cv, "thai"), "\n", "วันที่: ", N("๑๕/๐๓/๒๕๖๙", "neg_date_be"), "\n"]
    add("th", "form", segs, scenario="form_native_be")

    # T3 negative-only: OTP with Ref, tracking
    segs = ["ลูกค้า: ได้ SMS รหัส OTP ", N(rd(6), "neg_otp"), " (Ref: ", N("KXPT", "neg_otp_ref"), ") แต่ไม่ได้ทำรายการ\n",
            "เจ้าหน้าที่: ห้ามแจ้ง OTP ให้ผู้ใดนะคะ เบอร์ ", N(th_phone(), "neg_phone"), " ใช่ไหมคะ\n", "ลูกค้า: ใช่ค่ะ พัสดุเลขที่ ",
            N("TH" + safe_digits(12) + "A", "neg_tracking"), " ยังไม่มาส่ง\n", "เจ้าหน้าที่: สั่งซื้อวันที่ ", N("2 ม.ค. 2569", "neg_date_be"),
            " ยอด ", N("1,290", "neg_amount"), " บาท ค่ะ\n"]
    add("th", "chat", segs, scenario="otp_negative")

    # T4 expiry with Thai month name (Gregorian year), JCB plain
    num = gen_card("jcb")
    mm, yy = gen_exp()
    cv = gen_cvv("jcb")
    mw = MONTHS["th"][mm - 1]
    segs = ["ลูกค้า: บัตร JCB ครับ ", card_span(num, "jcb", num, "plain"), "\n", "ลูกค้า: หมดอายุเดือน", exp_span(f"{mw} {yy}", "month_name", mm, yy, month_word=mw), "\n",
            "เจ้าหน้าที่: รหัสความปลอดภัยหลังบัตรค่ะ\n", "ลูกค้า: ", cvv_span(cv, "digits", cv), "\n",
            "เจ้าหน้าที่: จองห้องพักหมายเลขยืนยัน ", N(safe_digits(9), "neg_booking"), " เรียบร้อยค่ะ\n"]
    add("th", "chat", segs, scenario="month_name_jcb")

    # T5 split card over LINE messages, Thai month abbreviation
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    mw = MONTHS["th_abbr"][mm - 1]
    segs = []
    for i, gg in enumerate(chunks(num)):
        segs += [N(f"14:{20 + i:02d}", "neg_timestamp"), "\tคุณลูกค้า\t", card_span(num, "visa", gg, "split_messages", ent="c"), "\n"]
    segs += [N("14:25", "neg_timestamp"), "\tแอดมิน\tรับทราบค่ะ วันหมดอายุ + CVV ด้วยนะคะ\n",
             N("14:26", "neg_timestamp"), "\tคุณลูกค้า\t", exp_span(f"{mw} {yy % 100:02d}", "month_abbr", mm, yy % 100, month_word=mw), "\n",
             N("14:26", "neg_timestamp"), "\tคุณลูกค้า\tcvv ", cvv_span(cv, "digits", cv), "\n"]
    add("th", "chat", segs, scenario="line_split")

    # T6 email, Thai digits spaced
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["เรียน ฝ่ายบริการลูกค้า\n\nขอเปลี่ยนบัตรที่ใช้ตัดค่าสมาชิก หมายเลขสมาชิก ", N(safe_digits(8), "neg_member_id"), " เป็นบัตรใบใหม่\n",
            "หมายเลขบัตร ", card_span(num, "visa", cf(num, " ", "thai"), "spaced_native", "thai"), "\n",
            "วันหมดอายุ ", exp_span(nd(f"{mm:02d}/{yy}", "thai"), "mm/yyyy", mm, yy, "thai"), "\n", "CVV ", cvv_span(nd(cv, "thai"), "digits_native", cv, "thai"), "\n\nขอบคุณค่ะ\n",
            "โทร ", N(th_phone(), "neg_phone"), "\n"]
    add("th", "email", segs, scenario="email_native")

    # T7 US Thai-speaking customer SSN (context only, no dashes)
    ssn = gen_ssn()
    segs = ["เจ้าหน้าที่: ขอเลขประกันสังคมอเมริกา (Social Security Number) เพื่อยืนยันตัวตนค่ะ\n", "ลูกค้า: ", ssn_span(ssn, "compact", ssn), "\n",
            "เจ้าหน้าที่: ขอบคุณค่ะ รหัสไปรษณีย์?\n", "ลูกค้า: ", N("90027", "neg_zip"), "\n"]
    add("th", "chat", segs, scenario="us_ssn_context")

    # T8 negative-only: bank transfer, account number with dashes, PromptPay
    segs = ["ลูกค้า: โอนเงินเข้าบัญชี ", N(f"{rd(3)}-{rd(1)}-{rd(5)}-{rd(1)}", "neg_account"), " แล้วค่ะ จำนวน ", N("15,000.00", "neg_amount"), " บาท\n",
            "เจ้าหน้าที่: พร้อมเพย์ที่ใช้คือเลขบัตรประชาชน ", N(thai_id(), "neg_thai_id"), " ใช่ไหมคะ\n",
            "ลูกค้า: ใช่ค่ะ เลขที่อ้างอิง ", N(safe_digits(15, "2"), "neg_reference"), " เวลา ", N("10:42", "neg_time"), "\n"]
    add("th", "chat", segs, scenario="transfer_negative")

    # T9 CRM note English + Thai
    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    segs = ["CRM: Thai caller, paid deposit. บัตร ", card_span(num, "mc", cf(num, " "), "spaced"), " หมดอายุ ", exp_span(f"{mm:02d}/{yy}", "mm/yyyy", mm, yy),
            " CVV2 ", cvv_span(cv, "digits", cv), ". Deposit THB ", N("3,000", "neg_amount"), ". Tour date ", N("20/05/2026", "neg_date"), "\n"]
    add("th", "crm_note", segs, scenario="crm_mixed")

    # T10 UnionPay 19 with irregular grouping
    num = gen_card("unionpay", 19)
    mm, yy = gen_exp()
    cv = gen_cvv("unionpay")
    segs = ["ลูกค้า (ชาวจีน): บัตรยูเนี่ยนเพย์ ", card_span(num, "unionpay", num[:6] + " " + num[6:], "irregular_grouping"), "\n",
            "เจ้าหน้าที่: บัตรหมดอายุเมื่อไรคะ\n", "ลูกค้า: ", exp_span(f"{mm:02d}/{yy % 100:02d}", "mm/yy", mm, yy % 100), "\n",
            "เจ้าหน้าที่: รหัส CVN2 ด้านหลังบัตรค่ะ\n", "ลูกค้า: ", cvv_span(cv, "digits", cv), "\n"]
    add("th", "chat", segs, scenario="unionpay19")

    # T11 transcript, card with Thai/ASCII digit groups mixed
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["พนักงาน: เลขบัตรค่ะ\n", "ลูกค้า: ", card_span(num, "visa", mixdig(cf(num, " "), "thai"), "mixed_digit_scripts", "mixed"), "\n",
            "พนักงาน: วันที่หมดอายุค่ะ\n", "ลูกค้า: ", exp_span(f"{mm} / {yy % 100}", "m / yy", mm, yy % 100), "\n",
            "พนักงาน: เลขหลังบัตรสามตัวค่ะ\n", "ลูกค้า: ", cvv_span(cv, "digits", cv), "\n"]
    add("th", "transcript", segs, scenario="mixed_digits")


# ================================================================== JAPANESE
def jp_mobile():
    return "0" + R.choice(["90", "80", "70"]) + "-" + rd(4) + "-" + rd(4)


def japanese():
    # J1 form copy with full-width digits and ideographic spaces, JCB
    num = gen_card("jcb")
    mm, yy = gen_exp()
    cv = gen_cvv("jcb")
    segs = ["【お支払い情報】\n", "カード番号：", card_span(num, "jcb", fw(cf(num, " ")), "fullwidth_ideographic_space", "fw"), "\n",
            "有効期限（月／年）：", exp_span(fw(f"{mm:02d}/{yy % 100:02d}"), "fullwidth_mm/yy", mm, yy % 100, "fw"), "\n",
            "セキュリティコード：", cvv_span(fw(cv), "fullwidth", cv, "fw"), "\n", "カード名義人：TARO YAMADA\n",
            "【お届け先】\n", N("〒" + fw(rd(3) + "-" + rd(4)), "neg_postal"), "　東京都世田谷区桜新町１－２－３\n", "電話番号：", N(fw(jp_mobile()), "neg_phone"), "\n"]
    add("ja", "form", segs, scenario="fullwidth_form")

    # J2 chat, expiry 2027年9月, katakana ー as dash
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["お客様：カードの変更をお願いします\n", "オペレーター（佐藤）：かしこまりました。新しいカード番号をお願いいたします。\n",
            "お客様：", card_span(num, "visa", "ー".join(chunks(num)), "katakana_long_vowel_dash"), "\n",
            "お客様：有効期限は", exp_span(f"{yy}年{mm}月", "yyyy年m月", mm, yy), "です\n", "オペレーター（佐藤）：カード裏面の3桁の番号もお願いします。\n",
            "お客様：", cvv_span(cv, "digits", cv), "\n", "オペレーター（佐藤）：ありがとうございます。会員番号", N(safe_digits(10), "neg_member_id"), "に登録しました。\n"]
    add("ja", "chat", segs, scenario="katakana_dash")

    # J3 negative-only: My Number, tracking, order, amount
    segs = ["お客様：荷物が届きません。お問い合わせ番号は", N(f"{rd(4)}-{rd(4)}-{rd(4)}", "neg_tracking"), "です。\n",
            "オペレーター：ご注文番号をお願いします。\n", "お客様：", N(safe_digits(3) + "-" + safe_digits(7) + "-" + safe_digits(7), "neg_order"), "\n",
            "オペレーター：", N("2026年3月14日", "neg_date"), "発送済み、", N("12,800", "neg_amount"), "円（税込）です。\n",
            "お客様：あと、年末調整でマイナンバー", N(my_number(), "neg_my_number"), "を伝えたんですが大丈夫ですか？\n"]
    add("ja", "chat", segs, scenario="tracking_negative")

    # J4 OTP vs security code
    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    segs = ["お客様：カード番号 ", card_span(num, "mc", cf(num, "-"), "dashed"), "\n", "お客様：期限 ", exp_span(f"{mm:02d}/{yy % 100:02d}", "mm/yy", mm, yy % 100),
            "、CVC ", cvv_span(cv, "digits", cv), "\n", "オペレーター：ただいまSMSで認証コードを送信しました。画面に入力してください（こちらには伝えないでください）。\n",
            "お客様：", N(rd(6), "neg_otp"), "って来ました\n", "オペレーター：お客様、認証コードはお伝えいただかなくて大丈夫です。\n"]
    add("ja", "chat", segs, scenario="otp_vs_cvc")

    # J5 US resident Japanese: SSN full-width
    ssn = gen_ssn()
    segs = ["担当：本人確認のため、ソーシャルセキュリティ番号（SSN）をお願いします。\n", "お客様：", ssn_span(fw(sf(ssn, "-")), "fullwidth_dashed", ssn, "fw"), "\n",
            "担当：ありがとうございます。ご住所のZIPコードは", N("90501", "neg_zip"), "でよろしいですか。\n"]
    add("ja", "chat", segs, scenario="us_ssn_fullwidth")

    # J6 email, Amex, expiry with 月/年 words
    num = gen_card("amex")
    mm, yy = gen_exp()
    cv = gen_cvv("amex")
    segs = ["件名：予約番号", N(safe_digits(8), "neg_booking"), "のお支払いについて\n\n", "いつもお世話になっております。\n",
            "以下のカードで決済をお願いいたします。\n", "・カード番号：", card_span(num, "amex", cf(num, " "), "amex_4_6_5"), "\n",
            "・有効期限：", exp_span(f"{mm:02d}月/{yy % 100:02d}年", "mm月/yy年", mm, yy % 100), "\n",
            "・セキュリティコード（表面4桁）：", cvv_span(cv, "amex_cid", cv), "\n\n", "よろしくお願いいたします。\n鈴木 花子\n", N("03-" + rd(4) + "-" + rd(4), "neg_phone"), "\n"]
    add("ja", "email", segs, scenario="amex_email")

    # J7 full-width digits without spaces
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["お客様：", card_span(num, "visa", fw(num), "fullwidth_plain", "fw"), "です\n", "お客様：期限は", exp_span(fw(f"{mm}/{yy % 100}"), "fullwidth_m/yy", mm, yy % 100, "fw"),
            "\n", "お客様：ＣＶＶは", cvv_span(fw(cv), "fullwidth", cv, "fw"), "\n", "オペレーター：承知しました。お支払い金額は", N("５，５００", "neg_amount"), "円です。\n"]
    add("ja", "chat", segs, scenario="fullwidth_plain")

    # J8 CRM note English + Japanese, expiry year/month
    num = gen_card("jcb")
    mm, yy = gen_exp()
    cv = gen_cvv("jcb")
    segs = ["Ticket ", N(safe_digits(7), "neg_ticket"), " / JP caller. カード番号 ", card_span(num, "jcb", cf(num, " "), "spaced"), " 有効期限 ",
            exp_span(f"{yy % 100:02d}/{mm:02d}", "yy/mm", mm, yy % 100), "(年/月) / sec code ", cvv_span(cv, "digits", cv), ". Callback ", N("+81 " + jp_mobile()[1:], "neg_phone"), "\n"]
    add("ja", "crm_note", segs, scenario="crm_yy_mm")

    # J9 negative-only: bank transfer form
    segs = ["【口座振替依頼書（写し）】\n", "金融機関コード：", N("0005", "neg_bank_code"), "　支店番号：", N(rd(3), "neg_branch"), "\n",
            "口座番号（普通）：", N(rd(7), "neg_account"), "\n", "個人番号：", N(my_number().replace(" ", ""), "neg_my_number"), "\n",
            "住所：", N("〒530-0001", "neg_postal"), " 大阪府大阪市北区梅田\n", "引落日：毎月", N("27日", "neg_date"), "\n"]
    add("ja", "form", segs, scenario="bank_form_negative")

    # J10 split over two turns with full-width hyphens
    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    g = chunks(num)
    segs = ["お客様：カード番号前半 ", card_span(num, "mc", fw(g[0] + "-" + g[1]), "split_fullwidth_hyphen", "fw", ent="c"), "\n",
            "オペレーター：はい\n", "お客様：後半 ", card_span(num, "mc", fw(g[2] + "-" + g[3]), "split_fullwidth_hyphen", "fw", ent="c"), "\n",
            "オペレーター：有効期限をお願いします\n", "お客様：", exp_span(f"{mm}月{yy}年", "m月yyyy年", mm, yy), "まで\n",
            "オペレーター：裏面の署名欄の右にある数字３桁は？\n", "お客様：", cvv_span(cv, "digits", cv), "\n"]
    add("ja", "chat", segs, scenario="split_fullwidth")

    # J11 Reiwa date negative + last 4 ignore
    segs = ["オペレーター：下4桁", ign(rd(4), "card_last4"), "のカードで", N("令和8年2月3日", "neg_date_reiwa"), "に", N("3,980", "neg_amount"),
            "円のご請求がございます。\n", "お客様：身に覚えがありません。電話番号は", N(jp_mobile(), "neg_phone"), "です。\n",
            "オペレーター：調査番号", N("INV-" + safe_digits(9), "neg_case"), "で承りました。\n"]
    add("ja", "chat", segs, scenario="dispute_negative")

    # J12 card with ideographic spaces (ASCII digits), full-width slash in expiry
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["カード番号　", card_span(num, "visa", IDSP.join(chunks(num)), "ideographic_space"), "\n有効期限　", exp_span(f"{mm:02d}／{yy % 100:02d}", "fullwidth_slash", mm, yy % 100),
            "\nセキュリティーコード　", cvv_span(cv, "digits", cv), "\n"]
    add("ja", "form", segs, scenario="ideographic_space")


# ================================================================== CHINESE
def cn_mobile(sep=" "):
    return "1" + R.choice(["38", "39", "58", "86", "37", "77"]) + sep + rd(4) + sep + rd(4)


def chinese():
    # C1 UnionPay credit, 卡号, 有效期 2027年9月, 验证码 negative
    num = gen_card("unionpay", 16)
    mm, yy = gen_exp()
    cv = gen_cvv("unionpay")
    segs = ["客户：你好，我想用信用卡付一下订单", N(safe_digits(18, "2"), "neg_order"), "\n", "客服（小王）：您好，请提供卡号、有效期和卡背面后三位。\n",
            "客户：卡号", card_span(num, "unionpay", cf(num, " "), "spaced"), "\n", "客户：有效期", exp_span(f"{yy}年{mm}月", "yyyy年m月", mm, yy), "\n",
            "客户：后三位", cvv_span(cv, "digits", cv), "\n", "客服（小王）：已提交，稍后您手机", N(cn_mobile(), "neg_phone"), "会收到验证码，请勿告诉他人。\n",
            "客户：收到了，", N(rd(6), "neg_otp"), "\n", "客服（小王）：亲，验证码请自己在页面输入哦，不用发给我～ 金额¥", N("1,280.00", "neg_amount"), "\n"]
    add("zh-Hans", "chat", segs, scenario="unionpay_otp")

    # C2 full-width digits, CVV码 label
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["客户：信用卡号：", card_span(num, "visa", fw(num), "fullwidth_plain", "fw"), "\n", "客户：有效期至：", exp_span(fw(f"{mm:02d}/{yy % 100:02d}"), "fullwidth_mm/yy", mm, yy % 100, "fw"),
            "\n", "客户：CVV码：", cvv_span(fw(cv), "fullwidth", cv, "fw"), "\n", "客服：好的，已为您预订酒店，订单号", N(safe_digits(12, "8"), "neg_booking"), "。\n"]
    add("zh-Hans", "chat", segs, scenario="fullwidth")

    # C3 negative-only: ID card 18, express tracking, phone, postcode
    segs = ["客户：快递一直没到，单号", N("SF" + safe_digits(13, "1"), "neg_tracking"), "\n", "客服：亲，麻烦提供一下收件人手机号\n", "客户：", N(cn_mobile("-"), "neg_phone"),
            "\n", "客服：实名认证需要身份证号\n", "客户：", N(china_id(), "neg_cn_id"), "\n", "客服：收到，地址邮编", N("200120", "neg_postal"), "，预计", N("3月18日", "neg_date"), "送达。\n"]
    add("zh-Hans", "chat", segs, scenario="tracking_negative")

    # C4 19-digit UnionPay debit split in messages (bank card for a refund, no CVV)
    num = gen_card("unionpay", 19)
    g = chunks(num)
    segs = ["客服：退款需要您提供银行卡号和开户行。\n", "客户：", card_span(num, "unionpay", g[0] + " " + g[1], "split_messages", ent="c"), "\n",
            "客户：", card_span(num, "unionpay", g[2] + " " + g[3] + " " + g[4], "split_messages", ent="c"), "\n", "客户：工商银行北京朝阳支行\n",
            "客服：好的，退款¥", N("356.50", "neg_amount"), "将在3-5个工作日到账，退款单号", N(safe_digits(16, "1"), "neg_refund_id"), "\n"]
    add("zh-Hans", "chat", segs, scenario="debit_refund_split")

    # C5 US Chinese customer SSN
    ssn = gen_ssn()
    segs = ["客服：为了核实身份，请提供您的社会安全号码（SSN）。\n", "客户：", ssn_span(sf(ssn, " "), "spaced", ssn), "\n",
            "客服：谢谢，您的邮编是", N("11354", "neg_zip"), "吗？\n", "客户：对，电话", N("(718) 555-" + rd(4), "neg_phone"), "\n"]
    add("zh-Hans", "chat", segs, scenario="us_ssn")

    # C6 email, 安全码, month/year words
    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    segs = ["主题：更新自动扣款信用卡\n\n您好，\n我的会员号是", N(safe_digits(9), "neg_member_id"), "，请将扣款卡更换为：\n",
            "卡号：", card_span(num, "mc", cf(num, "-"), "dashed"), "\n", "有效期：", exp_span(f"{mm:02d}月{yy % 100:02d}年", "mm月yy年", mm, yy % 100), "\n",
            "安全码（卡背面签名栏后三位）：", cvv_span(cv, "digits", cv), "\n\n谢谢！\n李明\n"]
    add("zh-Hans", "email", segs, scenario="email_month_year_words")

    # C7 CRM note English + Chinese
    num = gen_card("unionpay", 16)
    mm, yy = gen_exp()
    cv = gen_cvv("unionpay")
    segs = ["Case ", N(safe_digits(8), "neg_case"), ": Mandarin caller. 银联卡 ", card_span(num, "unionpay", num, "plain"), ", 有效期 ",
            exp_span(f"{mm:02d}/{yy}", "mm/yyyy", mm, yy), ", CVN2 ", cvv_span(cv, "digits", cv), ". Amount CNY ", N("2,480", "neg_amount"), "\n"]
    add("zh-Hans", "crm_note", segs, scenario="crm_mixed")

    # C8 readback by agent, then masked
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["客户：卡号是", card_span(num, "visa", cf(num, " "), "spaced"), "，过期时间", exp_span(f"{mm}/{yy % 100}", "m/yy", mm, yy % 100), "，背面三位数", cvv_span(cv, "digits", cv), "\n",
            "客服：跟您核对一下，卡号", card_span(num, "visa", cf(num, " "), "agent_readback"), "，对吗？\n", "客户：对的\n",
            "客服：已成功扣款，以后页面只会显示", ign(num[:4] + " **** **** " + num[-4:], "masked_card"), "\n"]
    add("zh-Hans", "chat", segs, scenario="readback")

    # ---- Traditional (Taiwan / Hong Kong)
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["客人：我要刷卡付款，卡號", card_span(num, "visa", cf(num, "-"), "dashed"), "\n", "客服：請問有效期限？\n", "客人：", exp_span(f"{mm:02d}/{yy % 100:02d}", "mm/yy", mm, yy % 100), "\n",
            "客服：卡片背面末三碼？\n", "客人：", cvv_span(cv, "digits", cv), "\n", "客服：已完成刷卡 NT$", N("3,580", "neg_amount"), "，發票號碼", N("AB-" + rd(8), "neg_invoice"), "\n"]
    add("zh-Hant", "chat", segs, scenario="taiwan_chat")

    L = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
    segs = ["客人：我要改手機號碼，舊的", N("09" + rd(2) + "-" + rd(3) + "-" + rd(3), "neg_phone"), "\n", "客服：請提供身分證字號驗證\n",
            "客人：", N(R.choice(L[:10]) + R.choice("12") + rd(8), "neg_tw_id"), "\n", "客服：謝謝，公司統一編號？\n", "客人：", N(safe_digits(8), "neg_tax_id"),
            "\n", "客服：已於民國", N("115年3月2日", "neg_date_roc"), "更新完成。\n"]
    add("zh-Hant", "chat", segs, scenario="taiwan_negative")

    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    segs = ["付款授權書\n", "持卡人姓名：陳大文\n", "信用卡號碼：", card_span(num, "mc", IDSP.join(chunks(num)), "ideographic_space"), "\n",
            "到期日：", exp_span(f"{mm:02d}/{yy}", "mm/yyyy", mm, yy), "\n", "安全碼：", cvv_span(cv, "digits", cv), "\n",
            "聯絡電話：", N(R.choice("569") + rd(3) + " " + rd(4), "neg_phone"), "\n", "身份證號碼：", N("A" + rd(6) + "(" + rd(1) + ")", "neg_hkid"), "\n"]
    add("zh-Hant", "form", segs, scenario="hk_form")

    num = gen_card("jcb")
    mm, yy = gen_exp()
    cv = gen_cvv("jcb")
    segs = ["客人：JCB卡 ", card_span(num, "jcb", cf(num, " "), "spaced"), "\n", "客人：到期日是", exp_span(f"{yy}年{mm:02d}月", "yyyy年mm月", mm, yy), "\n",
            "客人：CVV碼", cvv_span(cv, "digits", cv), "\n", "客服：訂房代號", N(safe_digits(10), "neg_booking"), "已保留，入住", N("4/12", "neg_date"), "\n"]
    add("zh-Hant", "chat", segs, scenario="jcb_words")

    ssn = gen_ssn()
    segs = ["客戶服務紀錄：客戶為美國稅務居民，已提供美國社會安全號碼 ", ssn_span(sf(ssn, "-"), "dashed", ssn), "，用於 FATCA 申報表。\n",
            "客戶賬戶號碼：", N(rd(3) + "-" + rd(6) + "-" + rd(3), "neg_account"), "\n", "日期：", N("2026年2月14日", "neg_date"), "\n"]
    add("zh-Hant", "crm_note", segs, scenario="fatca_ssn")

    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["客人：卡號 ", card_span(num, "visa", fw(cf(num, "-")), "fullwidth_hyphen", "fw"), "\n", "客人：有效月年 ", exp_span(fw(f"{mm:02d}{yy % 100:02d}"), "fullwidth_mmyy", mm, yy % 100, "fw"), "\n",
            "客人：安全碼 ", cvv_span(fw(cv), "fullwidth", cv, "fw"), "\n", "客服：好的，購物金額 NT$", N("12,990", "neg_amount"), "，分", N("6", "neg_quantity"), "期。\n"]
    add("zh-Hant", "chat", segs, scenario="fullwidth_hyphen")


# ================================================================== KOREAN
def kr_mobile():
    return "010-" + rd(4) + "-" + rd(4)


def korean():
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["고객: 안녕하세요 결제가 안 돼서요\n", "상담원(김지은): 안녕하세요 고객님, 카드번호 알려주시면 수기결제 도와드리겠습니다.\n",
            "고객: 카드번호는 ", card_span(num, "visa", cf(num, "-"), "dashed"), "이에요\n", "고객: 유효기간은 ", exp_span(f"{mm:02d}월/{yy % 100:02d}년", "mm월/yy년", mm, yy % 100), "이고요\n",
            "상담원(김지은): 카드 뒷면 CVC 3자리도 부탁드립니다.\n", "고객: ", cvv_span(cv, "digits", cv), "\n",
            "상담원(김지은): 결제 완료되었습니다. 주문번호 ", N(safe_digits(14, "2"), "neg_order"), ", 결제금액 ", N("39,800", "neg_amount"), "원입니다.\n"]
    add("ko", "chat", segs, scenario="particles")

    num = gen_card("mc")
    mm, yy = gen_exp()
    segs = ["[정기결제 신청서]\n", "성명: 박민수\n", "휴대폰: ", N(kr_mobile(), "neg_phone"), "\n", "카드번호: ", card_span(num, "mc", cf(num, " "), "spaced"), "\n",
            "유효기간(MM/YY): ", exp_span(f"{mm:02d}/{yy % 100:02d}", "mm/yy", mm, yy % 100), "\n", "생년월일 6자리: ", N(korea_rrn()[:6], "neg_dob"), "\n",
            "카드 비밀번호 앞 2자리: ", ign(rd(2), "card_pin_2digits"), "\n", "우편번호: ", N(rd(5, first="0123456"), "neg_postal"), "\n"]
    add("ko", "form", segs, scenario="korean_form")

    segs = ["고객: 세금계산서 발행해주세요. 사업자등록번호 ", N(f"{rd(3, first='123456789')}-{rd(2)}-{rd(5)}", "neg_business_no"), "입니다\n",
            "상담원: 네, 택배 송장번호는 ", N(safe_digits(12, "6"), "neg_tracking"), " (CJ대한통운)입니다.\n",
            "고객: 본인확인용 주민번호 ", N(korea_rrn(), "neg_rrn"), " 맞죠?\n", "상담원: 네 확인되었습니다. 인증번호 ", N(rd(6), "neg_otp"), "는 입력창에만 넣어주세요.\n"]
    add("ko", "chat", segs, scenario="business_negative")

    ssn = gen_ssn()
    segs = ["상담원: 본인 확인을 위해 소셜 시큐리티 번호 부탁드립니다.\n", "고객: 소셜 번호는 ", ssn_span(sf(ssn, "-"), "dashed_particle", ssn), "이에요\n",
            "상담원: 감사합니다. 전화번호 ", N("(213) 555-" + rd(4), "neg_phone"), " 맞으세요?\n"]
    add("ko", "chat", segs, scenario="us_ssn")

    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = []
    for i, gg in enumerate(chunks(num)):
        segs += ["[고객] [", N(f"오후 3:{10 + i:02d}", "neg_timestamp"), "] ", card_span(num, "visa", gg, "split_messages", ent="c"), "\n"]
    segs += ["[상담원] [", N("오후 3:15", "neg_timestamp"), "] 유효기간이랑 CVC 알려주세요\n",
             "[고객] [", N("오후 3:16", "neg_timestamp"), "] ", exp_span(f"{yy}년 {mm}월", "yyyy년 m월", mm, yy), "까지고 CVC는 ", cvv_span(cv, "digits", cv), "\n"]
    add("ko", "chat", segs, scenario="kakao_split")

    num = gen_card("amex")
    mm, yy = gen_exp()
    cv = gen_cvv("amex")
    segs = ["제목: 예약 ", N(safe_digits(9), "neg_booking"), " 보증용 카드 정보\n\n안녕하세요,\n아래 카드로 보증 부탁드립니다.\n",
            "카드 번호: ", card_span(num, "amex", cf(num, " "), "amex_4_6_5"), "\n", "만료일: ", exp_span(f"{mm:02d}/{yy}", "mm/yyyy", mm, yy), "\n",
            "보안코드(앞면 4자리): ", cvv_span(cv, "amex_cid", cv), "\n감사합니다.\n"]
    add("ko", "email", segs, scenario="amex_email")

    segs = ["고객: 환불 계좌는 신한 ", N(f"110-{rd(3)}-{rd(6)}", "neg_account"), "이에요\n", "상담원: 예금주 확인 후 ", N("52,000", "neg_amount"), "원 환불됩니다. ",
            N("2026.03.20", "neg_date"), "까지 입금 예정입니다.\n", "고객: 국민은행 ", N(f"{rd(6)}-{rd(2)}-{rd(6)}", "neg_account"), "로 바꿔도 되나요?\n"]
    add("ko", "chat", segs, scenario="refund_account_negative")

    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    segs = ["고객: ", card_span(num, "mc", num, "plain"), "\n", "고객: 유효기간 ", exp_span(f"{mm:02d}{yy % 100:02d}", "mmyy", mm, yy % 100), "\n",
            "고객: cvc ", cvv_span(cv, "digits", cv), "\n", "상담원: 네 확인했습니다. 할부는 ", N("3", "neg_quantity"), "개월로 진행할게요.\n"]
    add("ko", "chat", segs, scenario="compact")

    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["Note ", N("2026-03-05", "neg_date"), ": Korean speaking cust. 카드 ", card_span(num, "visa", cf(num, " "), "spaced"), " / 유효 ",
            exp_span(f"{mm:02d}/{yy % 100:02d}", "mm/yy", mm, yy % 100), " / 보안코드 ", cvv_span(cv, "digits", cv), ". Order ", N("KR" + safe_digits(10), "neg_order"), "\n"]
    add("ko", "crm_note", segs, scenario="crm_mixed")

    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    g = chunks(num)
    segs = ["상담원: 카드 번호 불러주세요.\n", "고객: ", card_span(num, "mc", g[0] + " " + g[1], "split_turns", ent="c"), "\n", "상담원: 네.\n",
            "고객: ", card_span(num, "mc", g[2] + " " + g[3], "split_turns", ent="c"), "\n", "상담원: 유효기간이요?\n", "고객: ", exp_span(f"{mm}월 {yy % 100}년", "m월 yy년", mm, yy % 100), "\n",
            "상담원: 뒷면 세 자리 숫자요.\n", "고객: ", cvv_span(cv, "digits", cv), "\n"]
    add("ko", "transcript", segs, scenario="split_turns")

    ssn = gen_ssn()
    segs = ["상담원: 신용조회를 위해 SSN이 필요합니다.\n", "고객: ", ssn_span(ssn, "compact", ssn), "\n", "상담원: 생년월일은요?\n", "고객: ", N("1988년 4월 12일", "neg_dob"), "\n"]
    add("ko", "chat", segs, scenario="us_ssn_compact")

    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["고객: 카드번호가 ", card_span(num, "visa", fw(cf(num, " ")), "fullwidth", "fw"), " 입니다\n", "고객: 유효기간 ", exp_span(f"{mm:02d}/{yy % 100:02d}", "mm/yy", mm, yy % 100),
            " cvc ", cvv_span(cv, "digits", cv), "\n", "상담원: 휴대폰으로 온 인증번호 ", N(rd(6), "neg_otp"), " 확인됐습니다. 고객센터 ", N("1588-" + rd(4), "neg_phone"), "\n"]
    add("ko", "chat", segs, scenario="fullwidth")


# ================================================================== RUSSIAN / UKRAINIAN
def ru_mobile():
    return f"+7 (9{rd(2)}) {rd(3)}-{rd(2)}-{rd(2)}"


def cyrillic():
    # R1 Mir card chat
    num = gen_card("mir")
    mm, yy = gen_exp()
    cv = gen_cvv("mir")
    segs = ["Клиент: Здравствуйте, не проходит оплата заказа № ", N(safe_digits(9), "neg_order"), "\n",
            "Оператор (Елена): Добрый день! Могу провести оплату вручную. Номер карты, пожалуйста.\n", "Клиент: Карта Мир ", card_span(num, "mir", cf(num, " "), "spaced"), "\n",
            "Клиент: срок действия ", exp_span(f"{mm:02d}/{yy % 100:02d}", "mm/yy", mm, yy % 100), "\n", "Оператор (Елена): И трёхзначный код на обороте карты.\n",
            "Клиент: ", cvv_span(cv, "digits", cv), "\n", "Оператор (Елена): Сейчас придёт код из СМС на номер ", N(ru_mobile(), "neg_phone"), ", введите его на странице, мне его сообщать не нужно.\n",
            "Клиент: пришёл ", N(rd(4), "neg_otp"), ", ввёл\n", "Оператор (Елена): Оплата ", N("12" + NBSP + "490,00", "neg_amount"), " ₽ прошла.\n"]
    add("ru", "chat", segs, scenario="mir_otp")

    # R2 form: ИНН, СНИЛС, паспорт, счёт, БИК
    segs = ["Заявление на возврат денежных средств\n", "ФИО: Смирнов Андрей Петрович\n", "Паспорт: ", N(f"{rd(2)} {rd(2)} {rd(6)}", "neg_passport"), "\n",
            "ИНН: ", N(safe_digits(12, "7"), "neg_inn"), "\n", "СНИЛС: ", N(snils(), "neg_snils"), "\n", "Счёт получателя: ", N("40817810" + rd(12), "neg_account"), "\n",
            "БИК: ", N("0445" + rd(5), "neg_bik"), "\n", "Сумма к возврату: ", N("3" + NNBSP + "250,00", "neg_amount"), " руб.\n", "Дата: ", N("14.03.2026", "neg_date"), "\n"]
    add("ru", "form", segs, scenario="refund_form_negative")

    # R3 email, Visa, expiry with month name (genitive)
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    mw = MONTHS["ru_gen"][mm - 1]
    segs = ["Тема: Продление подписки\n\nДобрый день!\nПрошу списать оплату за год с карты ", card_span(num, "visa", cf(num, "-"), "dashed"), ".\n",
            "Карта действует до ", exp_span(f"{mw} {yy}", "month_name_genitive", mm, yy, month_word=mw), " года, CVV-код ", cvv_span(cv, "digits", cv), ".\n",
            "Номер договора ", N(safe_digits(8), "neg_contract"), ".\nС уважением,\nОльга\n", N("8 (812) " + rd(3) + "-" + rd(2) + "-" + rd(2), "neg_phone"), "\n"]
    add("ru", "email", segs, scenario="month_name")

    # R4 US Russian speaker SSN
    ssn = gen_ssn()
    segs = ["Оператор: для проверки личности назовите, пожалуйста, ваш номер социального страхования (SSN).\n", "Клиент: ", ssn_span(sf(ssn, "-"), "dashed", ssn), "\n",
            "Оператор: Спасибо. Почтовый индекс ", N("11235", "neg_zip"), "?\n", "Клиент: Да, Брайтон-Бич.\n"]
    add("ru", "transcript", segs, scenario="us_ssn")

    # R5 split card in Telegram messages
    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    segs = []
    for i, gg in enumerate(chunks(num)):
        segs += ["Иван, [", N(f"14.03.2026 18:{30 + i:02d}", "neg_timestamp"), "]\n", card_span(num, "mc", gg, "split_messages", ent="c"), "\n"]
    segs += ["Поддержка, [", N("14.03.2026 18:35", "neg_timestamp"), "]\nСпасибо. Срок действия и CVC?\n",
             "Иван, [", N("14.03.2026 18:36", "neg_timestamp"), "]\n", exp_span(f"{mm:02d}/{yy}", "mm/yyyy", mm, yy), " CVC ", cvv_span(cv, "digits", cv), "\n"]
    add("ru", "chat", segs, scenario="telegram_split")

    # R6 negative-only: Russian Post tracking, phone 8-800, amount
    segs = ["Клиент: посылка ", N(safe_digits(14, "1"), "neg_tracking"), " застряла на сортировке\n", "Оператор: Проверила, заказ от ", N("02.03.2026", "neg_date"),
            " на ", N("4" + NBSP + "780", "neg_amount"), " ₽. Оплачен картой ", ign("**** " + rd(4), "masked_card"), ".\n",
            "Оператор: Если будут вопросы, звоните ", N("8-800-" + rd(3) + "-" + rd(2) + "-" + rd(2), "neg_phone"), "\n"]
    add("ru", "chat", segs, scenario="tracking_negative")

    # R7 CRM note mixed, card plain, code after Russian label only
    num = gen_card("mir")
    mm, yy = gen_exp()
    cv = gen_cvv("mir")
    segs = ["CRM ", N("2026-03-11", "neg_date"), ": RU caller. Номер карты ", card_span(num, "mir", num, "plain"), ", действует до ", exp_span(f"{mm:02d}.{yy % 100:02d}", "mm.yy", mm, yy % 100),
            ", код с обратной стороны ", cvv_span(cv, "digits", cv), ". Ticket ", N(safe_digits(7), "neg_ticket"), "\n"]
    add("ru", "crm_note", segs, scenario="crm_dotted_expiry")

    # R8 Russian: readback and correction
    num = gen_card("visa")
    bad = typo(num, 7)
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["Клиент: ", ign(cf(bad, " "), "misread_fails_luhn"), "\n", "Оператор: Карта не проходит проверку, проверьте номер, пожалуйста.\n",
            "Клиент: ой, опечатка, правильно ", card_span(num, "visa", cf(num, " "), "spaced"), "\n", "Клиент: действует до ", exp_span(f"{mm}/{yy % 100}", "m/yy", mm, yy % 100),
            ", CVV2 ", cvv_span(cv, "digits", cv), "\n"]
    add("ru", "chat", segs, scenario="typo_correction")

    # U1 Ukrainian chat: картка, термін дії, CVV2
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["Клієнт: Добрий день, хочу оплатити рахунок ", N(safe_digits(8), "neg_invoice"), "\n", "Оператор (Оксана): Вітаю! Номер картки, будь ласка.\n",
            "Клієнт: ", card_span(num, "visa", cf(num, " "), "spaced"), "\n", "Клієнт: термін дії ", exp_span(f"{mm:02d}/{yy % 100:02d}", "mm/yy", mm, yy % 100), ", CVV2 ", cvv_span(cv, "digits", cv), "\n",
            "Оператор (Оксана): Дякую, оплату ", N("1" + NBSP + "250,00", "neg_amount"), " грн проведено.\n"]
    add("uk", "chat", segs, scenario="ua_chat")

    # U2 Ukrainian negative-only: РНОКПП, IBAN UA, Nova Poshta TTN, phone
    segs = ["Клієнт: повернення на рахунок ", N(iban("UA", rd(6, first="3") + "0000" + rd(15)), "neg_iban"), "\n", "Оператор: Вкажіть РНОКПП (ІПН).\n",
            "Клієнт: ", N(safe_digits(10, "123"), "neg_inn"), "\n", "Оператор: ТТН Нової Пошти ", N("2045" + rd(10), "neg_tracking"), ", телефон ", N("+380 67 " + rd(3) + " " + rd(2) + " " + rd(2), "neg_phone"), "\n"]
    add("uk", "chat", segs, scenario="ua_negative")

    # U3 Ukrainian email, month name nominative, Mastercard with line break
    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    mw = MONTHS["uk_nom"][mm - 1]
    g = chunks(num)
    segs = ["Доброго дня!\nПрошу оформити автоплатіж з картки\n", card_span(num, "mc", g[0] + " " + g[1] + "\n" + g[2] + " " + g[3], "line_break"), "\n",
            "Діє до: ", exp_span(f"{mw} {yy}", "month_name", mm, yy, month_word=mw), "\n", "Код безпеки: ", cvv_span(cv, "digits", cv), "\n", "Особовий рахунок: ", N(safe_digits(9), "neg_account"), "\n"]
    add("uk", "email", segs, scenario="ua_month_name")

    # U4 Ukrainian SSN in US
    ssn = gen_ssn()
    segs = ["Оператор: Назвіть, будь ласка, ваш номер соціального страхування (Social Security).\n", "Клієнт: ", ssn_span(ssn, "compact", ssn), "\n",
            "Оператор: Дякую. Телефон ", N("(267) 555-" + rd(4), "neg_phone"), "?\n"]
    add("uk", "chat", segs, scenario="us_ssn")


# ================================================================== HEBREW
def il_mobile():
    return "05" + R.choice("0234") + "-" + rd(7)


def hebrew():
    # He1 chat, תוקף, 3 ספרות בגב
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["לקוח: היי, אני רוצה לשלם את החשבון ", N(safe_digits(9), "neg_invoice"), "\n", "נציגה (מיכל): שלום! מספר כרטיס בבקשה\n",
            "לקוח: ", card_span(num, "visa", cf(num, " "), "spaced"), "\n", "נציגה (מיכל): תוקף?\n", "לקוח: ", exp_span(f"{mm:02d}/{yy % 100:02d}", "mm/yy", mm, yy % 100), "\n",
            "נציגה (מיכל): ו-3 הספרות בגב הכרטיס\n", "לקוח: ", cvv_span(cv, "digits", cv), "\n", "נציגה (מיכל): בוצע, ", N("₪1,250.00", "neg_amount"), ". אסמכתא ", N(safe_digits(7), "neg_reference"), "\n"]
    add("he", "chat", segs, scenario="bill_chat")

    # He2 form: ת"ז (9 digits, SSN-shaped), phone, מיקוד
    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    segs = ["טופס הוראת קבע\n", "שם: יוסי כהן\n", "ת\"ז: ", N(israeli_id(), "neg_israeli_id"), "\n", "טלפון נייד: ", N(il_mobile(), "neg_phone"), "\n",
            "מיקוד: ", N(rd(7, first="1234567"), "neg_postal"), "\n", "מס' כרטיס: ", card_span(num, "mc", cf(num, "-"), "dashed"), "\n",
            "בתוקף עד: ", exp_span(f"{mm:02d}/{yy}", "mm/yyyy", mm, yy), "\n", "CVV: ", cvv_span(cv, "digits", cv), "\n"]
    add("he", "form", segs, scenario="standing_order_form")

    # He3 negative-only: IBAN IL, account, ID
    segs = ["לקוחה: ההחזר צריך להיכנס לחשבון ", N(f"{rd(2)}-{rd(3)}-{rd(6)}", "neg_account"), " בבנק לאומי\n", "נציג: אפשר IBAN?\n",
            "לקוחה: ", N(iban_spaced(iban("IL", "010" + rd(3) + rd(13))), "neg_iban"), "\n", "נציג: ומספר תעודת זהות לאימות\n", "לקוחה: ", N(israeli_id(), "neg_israeli_id"), "\n",
            "נציג: תודה, ההחזר של ", N("340 ש\"ח", "neg_amount"), " יועבר עד ", N("20.03.26", "neg_date"), "\n"]
    add("he", "chat", segs, scenario="refund_negative")

    # He4 US Israeli-American SSN, context label in Hebrew, no dashes
    ssn = gen_ssn()
    segs = ["נציג: לצורך הטופס האמריקאי אני צריך את מספר הסושיאל סקיוריטי שלך\n", "לקוח: ", ssn_span(ssn, "compact", ssn), "\n",
            "נציג: ומספר הזהות הישראלי?\n", "לקוח: ", N(israeli_id(), "neg_israeli_id"), "\n"]
    add("he", "chat", segs, scenario="us_ssn_vs_israeli_id")

    # He5 email Amex, RLM in text
    num = gen_card("amex")
    mm, yy = gen_exp()
    cv = gen_cvv("amex")
    segs = ["שלום רב,\nאבקש לחייב את ההזמנה ", N(safe_digits(8), "neg_order"), " בכרטיס אמריקן אקספרס:\n", card_span(num, "amex", cf(num, " "), "amex_4_6_5"), "\n",
            "תוקף: ", exp_span(f"{mm}/{yy % 100}", "m/yy", mm, yy % 100), RLM, "\n", "קוד אבטחה (4 ספרות בחזית הכרטיס): ", cvv_span(cv, "amex_cid", cv), "\n", "תודה,\nדנה\n"]
    add("he", "email", segs, scenario="amex_email")

    # He6 split messages WhatsApp style
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = []
    for i, gg in enumerate(chunks(num)):
        segs += ["[", N(f"14.3.2026, 9:{41 + i:02d}:05", "neg_timestamp"), "] אבי: ", card_span(num, "visa", gg, "split_messages", ent="c"), "\n"]
    segs += ["[", N("14.3.2026, 9:46:11", "neg_timestamp"), "] שירות לקוחות: קיבלתי. תוקף ו-CVV?\n", "[", N("14.3.2026, 9:46:40", "neg_timestamp"), "] אבי: ",
             exp_span(f"{mm:02d}/{yy % 100:02d}", "mm/yy", mm, yy % 100), "\n", "[", N("14.3.2026, 9:46:52", "neg_timestamp"), "] אבי: ", cvv_span(cv, "digits", cv), "\n"]
    add("he", "chat", segs, scenario="whatsapp_split")

    # He7 month name expiry in Hebrew
    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    mw = MONTHS["he"][mm - 1]
    segs = ["לקוחה: הכרטיס ", card_span(num, "mc", num, "plain"), " בתוקף עד ", exp_span(f"{mw} {yy}", "month_name", mm, yy, month_word=mw), ", הקוד מאחור ", cvv_span(cv, "digits", cv), "\n",
            "נציג: תודה, חויבו ", N("89.90", "neg_amount"), " ₪ ב-", N("3", "neg_quantity"), " תשלומים\n"]
    add("he", "chat", segs, scenario="month_name_inline")

    # He8 CRM note English + Hebrew
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["Ticket ", N(safe_digits(6), "neg_ticket"), " – Hebrew speaker. מספר כרטיס ", card_span(num, "visa", cf(num, "-"), "dashed"), " תוקף ", exp_span(f"{mm:02d}/{yy}", "mm/yyyy", mm, yy),
            " cvv ", cvv_span(cv, "digits", cv), ". Phone ", N("+972-" + il_mobile()[1:], "neg_phone"), "\n"]
    add("he", "crm_note", segs, scenario="crm_mixed")

    # He9 negative-only: OTP קוד אימות, last 4
    segs = ["נציג: שלחנו לך קוד אימות ב-SMS, תקליד אותו באפליקציה\n", "לקוח: קיבלתי ", N(rd(6), "neg_otp"), "\n", "נציג: מעולה. הכרטיס שמסתיים ב-",
            ign(rd(4), "card_last4"), " חסום עכשיו. כרטיס חדש יישלח לכתובת עם מיקוד ", N(rd(7, first="1234567"), "neg_postal"), "\n"]
    add("he", "chat", segs, scenario="otp_negative")

    # He10 transcript: card in two turns + Diners 14
    num = gen_card("diners")
    mm, yy = gen_exp()
    cv = gen_cvv("diners")
    g = chunks(num)
    segs = ["נציגה: מספר הכרטיס?\n", "לקוח: ", card_span(num, "diners", g[0] + " " + g[1], "split_turns", ent="c"), "\n", "נציגה: כן\n",
            "לקוח: ", card_span(num, "diners", g[2], "split_turns", ent="c"), "\n", "נציגה: תוקף?\n", "לקוח: ", exp_span(f"{mm:02d}{yy % 100:02d}", "mmyy", mm, yy % 100), "\n",
            "נציגה: שלוש ספרות אחרונות בגב הכרטיס?\n", "לקוח: ", cvv_span(cv, "digits", cv), "\n"]
    add("he", "transcript", segs, scenario="diners_split")

    # He11 LRM-isolated number in RTL text
    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    segs = ["לקוח: כרטיס: \u2066", card_span(num, "mc", cf(num, " "), "isolate_marks"), "\u2069 תוקף: \u2066", exp_span(f"{mm:02d}/{yy % 100:02d}", "mm/yy", mm, yy % 100),
            "\u2069 קוד: ", cvv_span(cv, "digits", cv), "\n"]
    add("he", "chat", segs, scenario="bidi_isolates")


# ================================================================== GREEK
def gr_mobile():
    return "69" + R.choice("3479") + " " + rd(3) + " " + rd(4)


def greek():
    # G1 chat
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["Πελάτης: Καλησπέρα, θέλω να πληρώσω την παραγγελία ", N(safe_digits(8), "neg_order"), "\n", "Εκπρόσωπος (Μαρία): Καλησπέρα σας! Τον αριθμό της κάρτας παρακαλώ.\n",
            "Πελάτης: ", card_span(num, "visa", cf(num, " "), "spaced"), "\n", "Πελάτης: λήγει ", exp_span(f"{mm:02d}/{yy % 100:02d}", "mm/yy", mm, yy % 100), "\n",
            "Εκπρόσωπος (Μαρία): Και τα 3 ψηφία στο πίσω μέρος;\n", "Πελάτης: ", cvv_span(cv, "digits", cv), "\n",
            "Εκπρόσωπος (Μαρία): Ολοκληρώθηκε, ", N("1.250,00", "neg_amount"), " €.\n"]
    add("el", "chat", segs, scenario="greek_chat")

    # G2 form: ΑΦΜ (9 digits), ΑΜΚΑ (11), ΤΚ, phone
    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    segs = ["ΕΝΤΟΛΗ ΠΑΓΙΑΣ ΧΡΕΩΣΗΣ\n", "Ονοματεπώνυμο: Γεώργιος Παπαδόπουλος\n", "ΑΦΜ: ", N(greek_afm(), "neg_afm"), "\n", "ΑΜΚΑ: ", N(safe_digits(11, "0123"), "neg_amka"), "\n",
            "Τηλ.: ", N(gr_mobile(), "neg_phone"), "\n", "Διεύθυνση: Εγνατίας 45, ΤΚ ", N(rd(3, first="5") + " " + rd(2), "neg_postal"), " Θεσσαλονίκη\n",
            "Αριθμός κάρτας: ", card_span(num, "mc", cf(num, "-"), "dashed"), "\n", "Ημερομηνία λήξης: ", exp_span(f"{mm:02d}/{yy}", "mm/yyyy", mm, yy), "\n",
            "Κωδικός ασφαλείας (CVV2): ", cvv_span(cv, "digits", cv), "\n"]
    add("el", "form", segs, scenario="standing_order_form")

    # G3 email month name genitive
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    mw = MONTHS["el_nom"][mm - 1]
    segs = ["Θέμα: Κράτηση ", N("GR" + safe_digits(6), "neg_booking"), "\n\nΚαλημέρα σας,\nγια την εγγύηση της κράτησης:\nΑρ. κάρτας ", card_span(num, "visa", num, "plain"), "\n",
            "Λήξη: ", exp_span(f"{mw} {yy}", "month_name", mm, yy, month_word=mw), "\n", "CVV: ", cvv_span(cv, "digits", cv), "\n\nΕυχαριστώ,\nΕλένη\n", N("210 " + rd(3) + " " + rd(4), "neg_phone"), "\n"]
    add("el", "email", segs, scenario="month_name")

    # G4 negative-only: IBAN GR, AFM, amount
    segs = ["Πελάτισσα: Η επιστροφή να γίνει στο IBAN ", N(iban_spaced(iban("GR", "011" + rd(4) + rd(16))), "neg_iban"), "\n", "Εκπρόσωπος: Χρειάζομαι και ΑΦΜ για το τιμολόγιο.\n",
            "Πελάτισσα: ", N(greek_afm(), "neg_afm"), "\n", "Εκπρόσωπος: Ευχαριστώ. Ποσό επιστροφής ", N("89,90", "neg_amount"), " €, έως ", N("20/03/2026", "neg_date"), ".\n"]
    add("el", "chat", segs, scenario="refund_negative")

    # G5 Greek-American SSN
    ssn = gen_ssn()
    segs = ["Εκπρόσωπος: Για την ταυτοποίηση χρειάζομαι τον αριθμό κοινωνικής ασφάλισης (SSN).\n", "Πελάτης: ", ssn_span(sf(ssn, "-"), "dashed", ssn), "\n",
            "Εκπρόσωπος: Και το ZIP code;\n", "Πελάτης: ", N("11103", "neg_zip"), ", Αστόρια\n"]
    add("el", "transcript", segs, scenario="us_ssn")

    # G6 split messages Viber
    num = gen_card("mc")
    mm, yy = gen_exp()
    cv = gen_cvv("mc")
    g = chunks(num)
    segs = ["Πελάτης: ", card_span(num, "mc", g[0] + " " + g[1], "split_messages", ent="c"), "\n", "Πελάτης: ", card_span(num, "mc", g[2] + " " + g[3], "split_messages", ent="c"), "\n",
            "Εκπρόσωπος: Λήξη και κωδικός;\n", "Πελάτης: ", exp_span(f"{mm}/{yy % 100}", "m/yy", mm, yy % 100), " και ", cvv_span(cv, "digits", cv), "\n"]
    add("el", "chat", segs, scenario="split")

    # G7 CRM mixed
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    segs = ["Note ", N("2026-03-09", "neg_date"), ": Greek caller. Αριθμός κάρτας ", card_span(num, "visa", cf(num, "."), "dotted"), ", λήξη ", exp_span(f"{mm:02d}-{yy % 100:02d}", "mm-yy", mm, yy % 100),
            ", κωδ. ασφαλείας ", cvv_span(cv, "digits", cv), ". Case ", N(safe_digits(7), "neg_case"), "\n"]
    add("el", "crm_note", segs, scenario="crm_dotted")

    # G8 negative-only OTP + last 4
    segs = ["Εκπρόσωπος: Σας στάλθηκε κωδικός μιας χρήσης (OTP) με SMS, πληκτρολογήστε τον στην εφαρμογή.\n", "Πελάτης: Μου ήρθε ", N(rd(6), "neg_otp"), "\n",
            "Εκπρόσωπος: Μην τον λέτε σε κανέναν. Η κάρτα που λήγει σε ", ign(rd(4), "card_last4"), " ενεργοποιήθηκε.\n"]
    add("el", "chat", segs, scenario="otp_negative")

    # G9 Amex
    num = gen_card("amex")
    mm, yy = gen_exp()
    cv = gen_cvv("amex")
    segs = ["Πελάτης: American Express ", card_span(num, "amex", cf(num, " "), "amex_4_6_5"), ", ισχύει έως ", exp_span(f"{mm:02d}/{yy % 100:02d}", "mm/yy", mm, yy % 100), "\n",
            "Εκπρόσωπος: Τον 4ψήφιο κωδικό στην μπροστινή πλευρά;\n", "Πελάτης: ", cvv_span(cv, "amex_cid", cv), "\n"]
    add("el", "chat", segs, scenario="amex")

    # G10 month name genitive ("τέλος Σεπτεμβρίου 2028")
    num = gen_card("visa")
    mm, yy = gen_exp()
    cv = gen_cvv("visa")
    mw = MONTHS["el_gen"][mm - 1]
    segs = ["Πελάτισσα: η κάρτα μου είναι η ", card_span(num, "visa", cf(num, "-"), "dashed"), " και λήγει τέλος ", exp_span(f"{mw} {yy}", "month_name_genitive", mm, yy, month_word=mw), "\n",
            "Εκπρόσωπος: Το CVV;\n", "Πελάτισσα: ", cvv_span(cv, "digits", cv), "\n"]
    add("el", "chat", segs, scenario="month_genitive")

    # G11 negative: courier voucher, phone, time
    segs = ["Πελάτης: Ο αριθμός αποστολής ACS είναι ", N(safe_digits(10, "7"), "neg_tracking"), ", δεν έχει έρθει\n", "Εκπρόσωπος: Θα σας καλέσει ο κούριερ στο ",
            N(gr_mobile(), "neg_phone"), " μεταξύ ", N("10:00", "neg_time"), " και ", N("14:00", "neg_time"), "\n"]
    add("el", "chat", segs, scenario="courier_negative")




def main():
    for fn in (arabic, persian, urdu, hindi, bengali, tamil, thai, japanese, chinese, korean, cyrillic, hebrew, greek):
        fn()
    out = []
    for i, (lang, kind, segs, meta) in enumerate(DOCS):
        text, spans, negs = materialize(segs)
        m = {"lang": lang}
        m.update(meta)
        out.append({"id": f"wscr-{i + 1:04d}", "kind": kind, "text": text, "spans": spans, "negatives": negs, "meta": m})
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} documents to {OUT}")


if __name__ == "__main__":
    main()
