"""Spoken numbers: how people read digits aloud, and how many digits a run of
(possibly misrecognised) words stands for.

Used by gen_calls.py to write what the speakers say and by build_sets.py to
decide whether a recognised number survived.
"""

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]

# Words a recogniser writes for a single spoken digit (homophones and near
# misses). These count as "number-like" when deciding whether a number
# survived recognition; they are not used to generate speech.
DIGIT_LIKE = {
    "oh": "0", "o": "0", "zero": "0", "of": "0", "or": "0", "our": "0",
    "owe": "0", "all": "0", "hour": "0",
    "one": "1", "won": "1", "on": "1", "wan": "1",
    "two": "2", "to": "2", "too": "2", "do": "2",
    "three": "3", "free": "3", "tree": "3", "there": "3", "through": "3",
    "four": "4", "for": "4", "fore": "4", "far": "4", "floor": "4",
    "five": "5", "fine": "5", "fife": "5", "find": "5",
    "six": "6", "sex": "6", "sick": "6", "sticks": "6", "sixth": "6",
    "seven": "7", "several": "7",
    "eight": "8", "ate": "8", "aid": "8", "made": "8", "hate": "8",
    "eighth": "8",
    "nine": "9", "mine": "9", "nein": "9", "line": "9", "night": "9",
    "nice": "9", "ninth": "9",
}
STRICT_DIGITS = {w: str(i) for i, w in enumerate(ONES)}
STRICT_DIGITS["oh"] = "0"


def zero(prof):
    """The speaker's word for 0."""
    return prof["zero"]


def digit_word(d, prof):
    """One digit as a word."""
    return zero(prof) if d == "0" else ONES[int(d)]


def pair_words(p, prof, rng):
    """Two digits read as a pair: '41' -> 'forty one', '07' -> 'oh seven'."""
    a, b = p[0], p[1]
    if a == "0":
        if b == "0":
            return rng.choice([f"double {zero(prof)}",
                               f"{zero(prof)} {zero(prof)}"])
        return f"{zero(prof)} {ONES[int(b)]}"
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return f"{TENS[int(a)]} {ONES[int(b)]}"


def digits_words(g, prof, rng):
    """Digit by digit, with 'double'/'triple' for repeats if the speaker
    says them."""
    out = []
    i = 0
    while i < len(g):
        j = i
        while j < len(g) and g[j] == g[i]:
            j += 1
        run = j - i
        w = digit_word(g[i], prof)
        if run >= 3 and prof["triple"] and rng.random() < 0.6:
            out.append(f"triple {w}")
            i += 3
        elif run >= 2 and prof["double"] and rng.random() < 0.7:
            out.append(f"double {w}")
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def pairs_words(g, prof, rng):
    """A group read in pairs: '4111' -> 'forty one eleven',
    '123' -> 'one twenty three', '12345' -> 'twelve thirty four five'."""
    if len(g) == 1:
        return digit_word(g, prof)
    if len(g) == 3:
        return f"{digit_word(g[0], prof)} {pair_words(g[1:], prof, rng)}"
    out = []
    i = 0
    while i + 1 < len(g):
        out.append(pair_words(g[i:i + 2], prof, rng))
        i += 2
    if i < len(g):
        out.append(digit_word(g[i], prof))
    return " ".join(out)


def group_words(g, style, prof, rng):
    """One group of digits in the given style ('digits', 'pairs' or
    'mixed')."""
    if style == "pairs" or (style == "mixed" and rng.random() < 0.5):
        return pairs_words(g, prof, rng)
    return digits_words(g, prof, rng)


def split_groups(digits, sizes):
    """Cuts `digits` into consecutive groups of the given sizes."""
    out, i = [], 0
    for s in sizes:
        out.append(digits[i:i + s])
        i += s
    assert i == len(digits), (digits, sizes)
    return out


def spoken_digit_count(words, tolerant=True):
    """How many digits a run of words stands for.

    With `tolerant`, recogniser homophones ('for', 'to', 'mine', 'of') count
    as digits, and month names as two digits: this measures whether a
    number is still recognisable as a number in the hypothesis.
    """
    n = 0
    prev_tens = False
    for w in words:
        tens_now = False
        if w in ("double",):
            n += 1
        elif w in ("triple",):
            n += 2
        elif w in TEENS:
            n += 2
        elif w in TENS[2:]:
            n += 2
            tens_now = True
        elif w == "hundred":
            n += 2
        elif w == "thousand":
            n += 3
        elif w in MONTHS and tolerant:
            n += 2
        elif w in STRICT_DIGITS or (tolerant and w in DIGIT_LIKE):
            # 'forty one' is two digits, not three.
            n += 0 if prev_tens and w not in ("oh", "zero") else 1
        prev_tens = tens_now
    return n


def strict_digits(words, tolerant=False):
    """The digit string that a strict reader gets from number words
    (real number words only, no homophones). 'forty one' -> '41',
    'double five' -> '55', 'forty' -> '40', 'oh' -> '0', 'june' -> '06'.
    With `tolerant`, recogniser homophones count too ('for' -> '4',
    'mine' -> '9')."""
    out = []
    pending_mult = 1
    i = 0
    while i < len(words):
        w = words[i]
        if w == "double":
            pending_mult = 2
        elif w == "triple":
            pending_mult = 3
        elif w in MONTHS:
            out.append(f"{MONTHS.index(w) + 1:02d}")
            pending_mult = 1
        elif w in STRICT_DIGITS or (tolerant and w in DIGIT_LIKE):
            d = STRICT_DIGITS.get(w) or DIGIT_LIKE[w]
            out.append(d * pending_mult)
            pending_mult = 1
        elif w in TEENS:
            out.append(str(10 + TEENS.index(w)) * pending_mult)
            pending_mult = 1
        elif w in TENS[2:]:
            t = TENS.index(w)
            nxt = words[i + 1] if i + 1 < len(words) else None
            if nxt in ONES[1:]:
                out.append(f"{t}{ONES.index(nxt)}")
                i += 1
            else:
                out.append(f"{t}0")
            pending_mult = 1
        else:
            pending_mult = 1
        i += 1
    return "".join(out)


def luhn_check_digit(body):
    """The digit that makes `body` + digit pass Luhn."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    """True if `num` passes the Luhn check."""
    return luhn_check_digit(num[:-1]) == num[-1]
