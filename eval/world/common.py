"""Shared pieces of the world evaluation sets: labelled marks, number makers
(cards, SSNs, IBANs, IMEIs...), their written and spoken renderings, and the
people, companies and phrases the documents are made of.

Everything here is deterministic given a `random.Random`; nothing reads the
clock or the environment.

Labelling works by marks: a labelled value is wrapped in private-use
sentinels while a document is composed (`Labels.mark`, `Labels.neg`), and
`finish` strips them and turns them into code-point spans. That keeps the
offsets right whatever is composed around the value (JSON escaping, line
wrapping, concatenation).
"""

from __future__ import annotations

import json
import random
import unicodedata

# Sentinels: start, separator between the label id and the value, end.
MS, MM, ME = "\ue000", "\ue001", "\ue002"

TYPES = ("CARD", "SSN", "CVV", "EXPIRY", "IGNORE")


class Labels:
    """The labels of one document, referred to by marks in its text."""

    def __init__(self) -> None:
        self.items: list[dict] = []
        self._entities = 0

    def entity(self) -> str:
        """A fresh entity id for an item given in several fragments."""
        self._entities += 1
        return f"e{self._entities}"

    def mark(
        self,
        value: str,
        type_: str,
        variant: str,
        entity: str | None = None,
        brand: str | None = None,
        **extra,
    ) -> str:
        """`value` wrapped so that `finish` labels it `type_`."""
        assert type_ in TYPES, type_
        assert value and value == value.strip(), repr(value)
        item = {"type": type_, "variant": variant, "entity": entity or self.entity()}
        if brand:
            item["brand"] = brand
        item.update(extra)
        self.items.append(item)
        return f"{MS}{len(self.items) - 1}{MM}{value}{ME}"

    def neg(self, value: str, kind: str) -> str:
        """`value` wrapped so that `finish` records it as a hard negative."""
        assert value and value == value.strip(), repr(value)
        self.items.append({"neg": kind})
        return f"{MS}{len(self.items) - 1}{MM}{value}{ME}"


def strip_marks(text: str, labels: Labels) -> tuple[str, list[dict], list[dict]]:
    """The text without marks, its spans and its negatives (code points)."""
    out: list[str] = []
    spans: list[dict] = []
    negatives: list[dict] = []
    n = 0  # code points written so far
    i = 0
    while i < len(text):
        c = text[i]
        if c == MS:
            j = text.index(MM, i)
            k = text.index(ME, j)
            ident = int(text[i + 1 : j])
            value = text[j + 1 : k]
            assert MS not in value and MM not in value, "nested marks"
            item = labels.items[ident]
            if "neg" in item:
                negatives.append({"start": n, "end": n + len(value), "kind": item["neg"]})
            else:
                span = {"start": n, "end": n + len(value)}
                span.update(item)
                spans.append(span)
            out.append(value)
            n += len(value)
            i = k + 1
        else:
            assert c not in (MM, ME), "stray sentinel"
            out.append(c)
            n += 1
            i += 1
    spans.sort(key=lambda s: s["start"])
    negatives.sort(key=lambda s: s["start"])
    return "".join(out), spans, negatives


def finish(doc_id: str, kind: str, marked: str, labels: Labels, **fields) -> dict:
    """A corpus document (the format of tests/data/corpus/README.md)."""
    text, spans, negatives = strip_marks(marked, labels)
    for s in spans:
        v = text[s["start"] : s["end"]]
        assert v == v.strip() and v, (doc_id, v)
        if s["type"] != "IGNORE":
            assert any(ch.isnumeric() for ch in v) or any(
                w.lower() in SPOKEN_WORDS for w in v.replace("-", " ").split()
            ), (doc_id, v)
    doc = {"id": doc_id, "kind": kind, "text": text, "spans": spans, "negatives": negatives}
    doc.update(fields)
    return doc


def dump_jsonl(docs: list[dict], path: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------
# Check digits


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(payload: str) -> str:
    for c in "0123456789":
        if luhn_valid(payload + c):
            return payload + c
    raise AssertionError(payload)


def rand_digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------------------
# Payment cards

# brand -> (prefixes, lengths). Prefixes are expanded from ranges in the
# published IIN tables (Wikipedia "Payment card number", the schemes' own
# pages, processors' test-card lists).
def _range(a: int, b: int) -> list[str]:
    return [str(x) for x in range(a, b + 1)]


BRANDS: dict[str, tuple[list[str], list[int]]] = {
    "visa": (["4"], [16]),
    "visa13": (["4"], [13]),
    "visa19": (["4"], [19]),
    "mastercard": (_range(51, 55), [16]),
    "mastercard2": (_range(2221, 2720), [16]),
    "amex": (["34", "37"], [15]),
    "discover": (["6011", "65"] + _range(644, 649), [16]),
    "discover19": (["6011", "65"], [19]),
    "jcb": (_range(3528, 3589), [16]),
    "jcb19": (_range(3528, 3589), [19]),
    "jcb_3088": (_range(3088, 3094), [16]),
    "diners": (["36", "38"] + _range(300, 305), [14]),
    "unionpay": (["62"], [16, 17, 18, 19]),
    "unionpay81": (_range(8100, 8171), [16, 17, 18, 19]),
    "maestro": (["5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763"], [12, 13, 15, 16, 17, 18, 19]),
    "uatp": (["1"], [15]),
    "rupay": (_range(6069, 6080) + _range(652150, 653149)[::37] + ["81", "82"] + _range(5085, 5089), [16]),
    "mir": (_range(2200, 2204), [16, 19]),
    "troy": (["9792"], [16]),
    "verve": (_range(506099, 506198)[::7] + _range(650002, 650027), [16, 19]),
    "elo": (
        ["401178", "401179", "431274", "438935", "451416", "457393", "457631", "457632", "504175", "627780", "636297", "636368"]
        + _range(506699, 506778)[::5]
        + _range(509000, 509999)[::97]
        + _range(650031, 650033)
        + _range(650405, 650439)[::6],
        [16],
    ),
    "hipercard": (["606282", "384100", "384140", "384160"], [16, 19]),
    "dankort": (["5019"], [16]),
    "mada": (["440647", "440795", "446404", "457865", "588845", "636120", "968208"], [16]),
    "meeza": (["507803", "507808", "507809"], [16]),
}

# Brands a contact centre in the US or Europe sees most.
COMMON_BRANDS = ["visa", "visa", "visa", "mastercard", "mastercard", "mastercard2", "amex", "discover", "jcb", "diners", "unionpay", "maestro", "visa13", "visa19"]


def make_card(rng: random.Random, brand: str) -> str:
    prefixes, lengths = BRANDS[brand]
    prefix = rng.choice(prefixes)
    n = rng.choice(lengths)
    return luhn_complete(prefix + rand_digits(rng, n - len(prefix) - 1))


def card_groups(n: int, brand: str = "") -> list[int]:
    """How a card of `n` digits is printed."""
    if brand == "amex" or (n == 15 and brand != "uatp"):
        return [4, 6, 5]
    if n == 14:
        return [4, 6, 4]
    if brand == "uatp":
        return [4, 5, 6]
    return {12: [4, 4, 4], 13: [4, 4, 5], 16: [4, 4, 4, 4], 17: [4, 4, 4, 5], 18: [4, 4, 4, 6], 19: [4, 4, 4, 4, 3]}[n]


def group(digits: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for s in sizes:
        out.append(digits[i : i + s])
        i += s
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(x for x in out if x)


def irregular_groups(rng: random.Random, n: int) -> list[int]:
    sizes = []
    while sum(sizes) < n:
        sizes.append(rng.choice([2, 3, 3, 4, 5, 6]))
    sizes[-1] -= sum(sizes) - n
    return [s for s in sizes if s > 0]


def fmt_card(rng: random.Random, digits: str, brand: str = "", style: str | None = None) -> tuple[str, str]:
    """A written card and the name of its style."""
    style = style or rng.choice(["spaces", "spaces", "contiguous", "contiguous", "dashes", "dots", "irregular"])
    g = card_groups(len(digits), brand) if len(digits) in (12, 13, 14, 15, 16, 17, 18, 19) else [4] * 5
    if style == "contiguous":
        return digits, style
    if style == "spaces":
        return group(digits, g, " "), style
    if style == "dashes":
        return group(digits, g, "-"), style
    if style == "dots":
        return group(digits, g, "."), style
    if style == "irregular":
        return group(digits, irregular_groups(rng, len(digits)), " "), style
    raise ValueError(style)


def brand_of(digits: str) -> str:
    """A coarse brand name for reports."""
    n = len(digits)
    if digits[0] == "4":
        return f"visa{n}"
    if digits[:2] in ("34", "37") and n == 15:
        return "amex"
    if 51 <= int(digits[:2]) <= 55 or 2221 <= int(digits[:4]) <= 2720:
        return "mastercard"
    if digits.startswith(("6011", "65")) or 644 <= int(digits[:3]) <= 649:
        return "discover"
    if 3528 <= int(digits[:4]) <= 3589:
        return "jcb"
    if digits[:2] in ("36", "38") or 300 <= int(digits[:3]) <= 305:
        return "diners"
    if digits.startswith("62"):
        return "unionpay"
    return "other"


# ---------------------------------------------------------------------------
# Social Security numbers


def make_ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def fmt_ssn(rng: random.Random, d: str, style: str | None = None) -> tuple[str, str]:
    style = style or rng.choice(["dashes", "dashes", "dashes", "spaces", "plain", "dots"])
    if style == "dashes":
        return f"{d[:3]}-{d[3:5]}-{d[5:]}", style
    if style == "spaces":
        return f"{d[:3]} {d[3:5]} {d[5:]}", style
    if style == "dots":
        return f"{d[:3]}.{d[3:5]}.{d[5:]}", style
    return d, "plain"


def impossible_ssn(rng: random.Random) -> str:
    kind = rng.choice(["000", "666", "9xx", "g00", "s0000"])
    if kind == "000":
        return f"000-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    if kind == "666":
        return f"666-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    if kind == "9xx":
        return f"9{rng.randint(0, 99):02d}-{rng.randint(70, 88)}-{rng.randint(1000, 9999)}"
    if kind == "g00":
        return f"{rng.randint(100, 665)}-00-{rng.randint(1000, 9999)}"
    return f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-0000"


# ---------------------------------------------------------------------------
# Expiry dates and security codes

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def make_expiry(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 12), rng.randint(25, 33)


def fmt_expiry(rng: random.Random, m: int, y: int, style: str | None = None) -> tuple[str, str]:
    style = style or rng.choice(["mm/yy", "mm/yy", "mm/yy", "m/yy", "mm/yyyy", "mm-yy", "mmyy", "month yyyy", "mon 'yy"])
    return {
        "mm/yy": f"{m:02d}/{y:02d}",
        "m/yy": f"{m}/{y:02d}",
        "mm/yyyy": f"{m:02d}/20{y:02d}",
        "mm-yy": f"{m:02d}-{y:02d}",
        "mmyy": f"{m:02d}{y:02d}",
        "month yyyy": f"{MONTHS[m - 1]} 20{y:02d}",
        "mon 'yy": f"{MONTHS[m - 1][:3]} '{y:02d}",
    }[style], style


def make_cvv(rng: random.Random, brand: str = "") -> str:
    return rand_digits(rng, 4 if brand == "amex" else 3)


# ---------------------------------------------------------------------------
# Spoken numbers

DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

# What speech recognisers write for a digit word (seen in pocketsphinx, and
# in Whisper/AWS/Google transcripts of read-out numbers).
HOMOPHONES = {
    "0": ["oh", "of", "or", "our", "o"],
    "1": ["won"],
    "2": ["to", "too"],
    "3": ["free", "there"],
    "4": ["for", "far", "fore"],
    "8": ["ate", "aid", "made"],
    "9": ["mine"],
}

SPOKEN_WORDS = set(DIGIT_WORDS) | set(TEENS) | set(TENS[2:]) | {"oh", "o", "double", "triple", "hundred", "thousand", "nought"} | {w for ws in HOMOPHONES.values() for w in ws} | {m.lower() for m in MONTHS}


def two_digit_words(n: int) -> str:
    if n < 10:
        return DIGIT_WORDS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else f"{TENS[t]} {DIGIT_WORDS[u]}"


def digit_word(rng: random.Random, d: str, homophone_p: float = 0.0, oh_p: float = 0.5) -> str:
    if homophone_p and d in HOMOPHONES and rng.random() < homophone_p:
        return rng.choice(HOMOPHONES[d])
    if d == "0" and rng.random() < oh_p:
        return "oh"
    return DIGIT_WORDS[int(d)]


def speak_digits(rng: random.Random, digits: str, homophone_p: float = 0.0, doubles: bool = True, oh_p: float = 0.5) -> list[str]:
    """Digit by digit, with "double"/"triple" for runs when `doubles`."""
    words: list[str] = []
    i = 0
    while i < len(digits):
        d = digits[i]
        run = 1
        while i + run < len(digits) and digits[i + run] == d:
            run += 1
        if doubles and run in (2, 3) and rng.random() < 0.5:
            words.append("double" if run == 2 else "triple")
            words.append(digit_word(rng, d, homophone_p, oh_p))
            i += run
            continue
        words.append(digit_word(rng, d, homophone_p, oh_p))
        i += 1
    return words


def speak_pairs(rng: random.Random, digits: str) -> list[str]:
    """ "forty one eleven": pairs, as people read card groups."""
    words: list[str] = []
    for i in range(0, len(digits), 2):
        p = digits[i : i + 2]
        if len(p) == 1 or p[0] == "0":
            words.extend(speak_digits(rng, p, doubles=False))
        else:
            words.append(two_digit_words(int(p)))
    return words


def speak_groups(rng: random.Random, digits: str, sizes: list[int], style: str, homophone_p: float = 0.0) -> list[str]:
    """A number read group by group; each group is one string of words."""
    out: list[str] = []
    i = 0
    for s in sizes:
        g = digits[i : i + s]
        i += s
        if not g:
            continue
        if style == "pairs" and len(g) % 2 == 0 and rng.random() < 0.7:
            out.append(" ".join(speak_pairs(rng, g)))
        else:
            out.append(" ".join(speak_digits(rng, g, homophone_p)))
    return out


def speak_expiry(rng: random.Random, m: int, y: int, homophone_p: float = 0.0) -> str:
    mm = f"{m:02d}"
    style = rng.choice(["digits", "digits", "month", "twenty"])
    if style == "month":
        return f"{MONTHS[m - 1].lower()} twenty {two_digit_words(y)}"
    month = " ".join(speak_digits(rng, mm, homophone_p, doubles=False, oh_p=0.8))
    year = two_digit_words(y) if style == "twenty" or rng.random() < 0.6 else " ".join(speak_digits(rng, f"{y:02d}", homophone_p, doubles=False))
    return f"{month} {year}"


# ---------------------------------------------------------------------------
# Other numbers that must stay


def make_phone(rng: random.Random, style: str | None = None) -> str:
    a = f"{rng.randint(2, 9)}{rng.randint(0, 8)}{rng.randint(0, 9)}"
    e = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
    n = f"{rng.randint(0, 9999):04d}"
    style = style or rng.choice(["paren", "dashes", "dots", "e164", "plus1", "plain", "1dash", "ext", "uk", "de", "fr", "in", "au"])
    return {
        "paren": f"({a}) {e}-{n}",
        "dashes": f"{a}-{e}-{n}",
        "dots": f"{a}.{e}.{n}",
        "e164": f"+1{a}{e}{n}",
        "plus1": f"+1 {a} {e} {n}",
        "plain": f"{a}{e}{n}",
        "1dash": f"1-{a}-{e}-{n}",
        "ext": f"{a}-{e}-{n} ext. {rng.randint(10, 9999)}",
        "uk": f"+44 {rng.choice(['20', '161', '131', '7700'])} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        "de": f"+49 {rng.choice(['30', '89', '40', '151'])} {rng.randint(1000000, 99999999)}",
        "fr": f"+33 {rng.randint(1, 9)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        "in": f"+91 {rng.randint(70000, 99999)} {rng.randint(10000, 99999)}",
        "au": f"+61 {rng.randint(2, 4)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
    }[style]


def make_phone_digits(rng: random.Random) -> str:
    return f"{rng.randint(2, 9)}{rng.randint(0, 8)}{rng.randint(0, 9)}{rng.randint(2, 9)}{rand_digits(rng, 6)}"


def make_zip(rng: random.Random, plus4: bool = False) -> str:
    z = f"{rng.randint(1001, 99950):05d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if plus4 else z


def make_date(rng: random.Random, style: str | None = None, year: tuple[int, int] = (2023, 2025)) -> str:
    y, m, d = rng.randint(*year), rng.randint(1, 12), rng.randint(1, 28)
    style = style or rng.choice(["us", "iso", "us_short", "eu", "text"])
    return {
        "us": f"{m:02d}/{d:02d}/{y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "us_short": f"{m}/{d}/{y % 100:02d}",
        "eu": f"{d:02d}.{m:02d}.{y}",
        "text": f"{MONTHS[m - 1][:3]} {d}, {y}",
    }[style]


def make_dob(rng: random.Random) -> str:
    return make_date(rng, rng.choice(["us", "us", "iso"]), (1940, 2003))


def make_time(rng: random.Random) -> str:
    h, mi = rng.randint(1, 12), rng.randint(0, 59)
    return rng.choice([f"{h}:{mi:02d} {rng.choice(['AM', 'PM', 'am', 'pm'])}", f"{rng.randint(0, 23):02d}:{mi:02d}"])


def make_amount(rng: random.Random) -> str:
    v = rng.choice([rng.randint(5, 300) + rng.randint(0, 99) / 100, rng.randint(300, 25000) + rng.randint(0, 99) / 100, float(rng.randint(10, 500))])
    return rng.choice([f"${v:,.2f}", f"${v:.2f}", f"{v:.2f} USD", f"USD {v:,.2f}", f"€{v:,.2f}", f"£{v:.2f}"])


def make_order(rng: random.Random, luhn: bool = False) -> str:
    """An order number as shops print them."""
    style = rng.choice(["amazon", "shopify", "plain", "prefixed", "long"])
    if style == "amazon":
        return f"{rng.randint(111, 114)}-{rand_digits(rng, 7)}-{rand_digits(rng, 7)}"
    if style == "shopify":
        return f"#{rng.randint(1001, 99999)}"
    if style == "prefixed":
        return f"{rng.choice(['SO', 'ORD', 'WO', 'PO'])}-{rand_digits(rng, rng.randint(6, 9))}"
    n = rng.randint(12, 19) if style == "long" else rng.randint(8, 11)
    d = rng.choice("123456789") + rand_digits(rng, n - 2)
    return luhn_complete(d) if luhn else d + rng.choice("0123456789")


def make_ticket(rng: random.Random) -> str:
    return rng.choice([
        f"CS-{rand_digits(rng, 8)}",
        f"INC{rand_digits(rng, 7)}",
        f"#{rng.randint(100000, 9999999)}",
        f"TKT-{rng.randint(10000, 999999)}",
        f"{rng.randint(10000000, 99999999)}",
        f"Case {rand_digits(rng, 8)}",
    ])


def make_account(rng: random.Random) -> str:
    return rand_digits(rng, rng.randint(8, 12))


def make_member(rng: random.Random) -> str:
    return rng.choice([f"{rng.choice('ABCDEFGHJKMNPRSTUVWXYZ')}{rand_digits(rng, 9)}", rand_digits(rng, 9), f"{rand_digits(rng, 3)} {rand_digits(rng, 3)} {rand_digits(rng, 3)}", f"MBR{rand_digits(rng, 8)}"])


def make_imei(rng: random.Random) -> str:
    return luhn_complete(rng.choice(["35", "86", "01", "99", "35", "35"]) + rand_digits(rng, 12))


def fmt_imei(rng: random.Random, d: str) -> str:
    return rng.choice([d, f"{d[:2]}-{d[2:8]}-{d[8:14]}-{d[14]}", f"{d[:2]} {d[2:8]} {d[8:14]} {d[14]}"])


def make_iccid(rng: random.Random) -> str:
    issuer = rng.choice(["8901260", "891480", "890141", "894412", "8949226", "893107"])
    n = rng.choice([19, 19, 20])
    return luhn_complete(issuer + rand_digits(rng, n - len(issuer) - 1))


def make_npi(rng: random.Random) -> str:
    p = rng.choice("12") + rand_digits(rng, 8)
    return p + luhn_complete("80840" + p)[-1]


def make_aba(rng: random.Random) -> str:
    while True:
        d = f"{rng.choice(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32'])}{rand_digits(rng, 6)}"
        for c in "0123456789":
            x = [int(ch) for ch in d + c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return d + c


def make_ein(rng: random.Random) -> str:
    return f"{rng.choice(['12', '20', '27', '33', '45', '46', '52', '81', '84', '91', '94'])}-{rand_digits(rng, 7)}"


IBAN_BBAN = {
    "GB": "AAAA" + "n" * 14,
    "DE": "n" * 18,
    "FR": "n" * 10 + "c" * 11 + "n" * 2,
    "RS": "n" * 18,
    "NL": "AAAA" + "n" * 10,
    "ES": "n" * 20,
    "IT": "A" + "n" * 10 + "c" * 12,
    "BE": "n" * 12,
    "CH": "n" * 5 + "c" * 12,
    "PL": "n" * 24,
    "AT": "n" * 16,
    "IE": "AAAA" + "n" * 14,
    "PT": "n" * 21,
}


def make_iban(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(list(IBAN_BBAN))
    bban = ""
    for ch in IBAN_BBAN[country]:
        if ch == "n":
            bban += rng.choice("0123456789")
        elif ch == "A":
            bban += rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        else:
            bban += rng.choice("0123456789" * 3 + "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    rearranged = bban + country + "00"
    num = int("".join(str(int(ch, 36)) for ch in rearranged))
    check = 98 - num % 97
    return f"{country}{check:02d}{bban}"


def fmt_iban(rng: random.Random, iban: str) -> str:
    return rng.choice([iban, group(iban, [4] * 9, " ")])


def make_isbn13(rng: random.Random) -> str:
    p = rng.choice(["978", "979"]) + rand_digits(rng, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(p))
    return p + str((10 - s % 10) % 10)


def fmt_isbn13(rng: random.Random, d: str) -> str:
    return rng.choice([d, f"{d[:3]}-{d[3]}-{d[4:7]}-{d[7:12]}-{d[12]}", f"{d[:3]}-{d[3:5]}-{d[5:9]}-{d[9:12]}-{d[12]}"])


def make_isbn10(rng: random.Random) -> str:
    p = rand_digits(rng, 9)
    s = sum(int(c) * (10 - i) for i, c in enumerate(p))
    c = (11 - s % 11) % 11
    return p + ("X" if c == 10 else str(c))


def make_upc(rng: random.Random) -> str:
    p = rand_digits(rng, 11)
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(p))
    return p + str((10 - s % 10) % 10)


def make_ean13(rng: random.Random) -> str:
    p = rng.choice(["400", "500", "590", "690", "760", "800", "871"]) + rand_digits(rng, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(p))
    return p + str((10 - s % 10) % 10)


def make_ups(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(6)) + rand_digits(rng, 9)
    total = 0
    for i, ch in enumerate(body):
        v = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        total += v * 2 if i % 2 == 1 else v
    return "1Z" + body + str((10 - total % 10) % 10)


def make_fedex(rng: random.Random) -> str:
    n = rng.choice([12, 15, 20])
    if n == 12:
        p = rand_digits(rng, 11)
        w = [1, 3, 7]
        s = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(p)))
        return p + str(s % 11 % 10)
    if n == 15:
        p = rng.choice("0123456789") + rand_digits(rng, 13)
        s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(p)))
        return p + str((10 - s % 10) % 10)
    p = "9622" + rand_digits(rng, 15)
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(p)))
    return p + str((10 - s % 10) % 10)


def make_usps(rng: random.Random) -> str:
    p = rng.choice(["9400", "9205", "9270", "9361", "9407"]) + rand_digits(rng, 17)
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(p)))
    return p + str((10 - s % 10) % 10)


def fmt_usps(rng: random.Random, d: str) -> str:
    return rng.choice([d, group(d, [4, 4, 4, 4, 4, 2], " ")])


def make_epoch_ms(rng: random.Random) -> str:
    return str(rng.randint(1_700_000_000_000, 1_790_000_000_000))


def make_iso_ts(rng: random.Random) -> str:
    return f"{rng.randint(2023, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}{rng.choice(['Z', '.' + rand_digits(rng, 3) + 'Z', '+00:00', '-05:00'])}"


def make_uuid(rng: random.Random) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def make_hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# ---------------------------------------------------------------------------
# People and places

FIRST = ["Maria", "James", "Aisha", "Wei", "Carlos", "Priya", "Tom", "Fatima", "Liam", "Sofia", "Noah", "Mei", "Olivia", "Diego", "Hannah", "Kwame", "Yuki", "Elena", "Omar", "Grace", "Ravi", "Chloe", "Ahmed", "Lucy", "Mateo", "Zoe", "Ivan", "Nadia", "Sam", "Rosa"]
LAST = ["Garcia", "Smith", "Khan", "Chen", "Rodriguez", "Patel", "Nguyen", "Johnson", "Okafor", "Müller", "Rossi", "Kim", "Brown", "Silva", "Haddad", "Ivanova", "Tanaka", "O'Brien", "Kowalski", "Dubois", "Martin", "Lopez", "Wilson", "Ali", "Schmidt"]
AGENTS = ["Dana", "Marcus", "Lena", "Jordan", "Priya", "Tyler", "Aaliyah", "Ben", "Carmen", "Devon", "Erin", "Felix"]
COMPANIES = ["Acme Wireless", "Globex Telecom", "BrightHome Insurance", "Northwind Travel", "Contoso Bank", "Initech Utilities", "Umbrella Health", "Stark Auto Finance", "Blue Harbor Energy", "Wayfarer Airlines", "Pinecrest Pharmacy", "Summit Cable"]
STREETS = ["Maple Ave", "Oak St", "Elm Street", "Pine Rd", "Cedar Ln", "Lakeview Dr", "Main St", "Sunset Blvd", "Park Ave", "Hillcrest Rd"]
CITIES = [("Austin", "TX"), ("Denver", "CO"), ("Columbus", "OH"), ("Tampa", "FL"), ("Portland", "OR"), ("Raleigh", "NC"), ("Phoenix", "AZ"), ("Madison", "WI"), ("Boise", "ID"), ("Albany", "NY")]
ISSUES = ["a double charge", "a late fee", "a declined payment", "a refund that never arrived", "updating the card on file", "a billing address change", "cancelling autopay", "a disputed charge", "setting up a payment plan", "a renewal charge"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def address(rng: random.Random, labels: Labels | None = None) -> str:
    city, st = rng.choice(CITIES)
    z = make_zip(rng, rng.random() < 0.3)
    zz = labels.neg(z, "neg_zip4" if "-" in z else "neg_zip") if labels else z
    return f"{rng.randint(10, 9999)} {rng.choice(STREETS)}, {city}, {st} {zz}"


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def validate(docs: list[dict]) -> None:
    """Checks what the corpus format promises: unique ids; spans inside the
    text, sorted and disjoint; one type per entity; negatives outside every
    span; JSON exports still valid JSON (or JSON lines)."""
    ids = set()
    for d in docs:
        assert d["id"] not in ids, d["id"]
        ids.add(d["id"])
        text = d["text"]
        end = 0
        types: dict[str, str] = {}
        for s in d["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(text), (d["id"], s)
            assert s["start"] >= end, (d["id"], "overlapping spans", s)
            end = s["end"]
            assert s["type"] in TYPES, (d["id"], s)
            assert types.setdefault(s["entity"], s["type"]) == s["type"], (d["id"], "entity with two types", s)
        for n in d["negatives"]:
            assert 0 <= n["start"] < n["end"] <= len(text), (d["id"], n)
            for s in d["spans"]:
                assert n["end"] <= s["start"] or s["end"] <= n["start"], (d["id"], "negative inside a span", n, s)
        if d["kind"] == "json":
            if text.lstrip().startswith("{\n"):
                json.loads(text)
            else:
                for line in text.split("\n"):
                    json.loads(line)
