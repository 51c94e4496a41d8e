"""How speech recognisers write read-out numbers: number words and their
homophones ("for"/"far" for four, "to"/"too" for two, "won" for one,
"ate"/"aid"/"made" for eight, "free"/"there" for three, "mine" for nine,
"of"/"or"/"our" for oh), "double for", numerals broken up by a misheard
digit ("35 to 95786", "6 to 6"), "slashed"/"flash" for slash, fillers and
false starts; lower case, no punctuation. Also the ordinary words and
numbers of a call in that style, used by the STT and unlabelled sets.

Based on what pocketsphinx, Whisper and the cloud recognisers produce for
read-out card numbers (see /work/shared/SETUP.md: 10-17% of digits come out
wrong, as the words above).
"""

from __future__ import annotations

import random

from common import (
    DIGIT_WORDS,
    HOMOPHONES,
    MONTHS,
    Labels,
    card_groups,
    digit_word,
    make_phone_digits,
    rand_digits,
    two_digit_words,
)

FILLERS = ["uh", "um", "uh", "erm", "hmm"]


def chunks(digits: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for s in sizes:
        if i < len(digits):
            out.append(digits[i : i + s])
        i += s
    if i < len(digits):
        out.append(digits[i:])
    return out


def words_group(rng: random.Random, g: str, hp: float) -> list[str]:
    """One group as words, with homophones and "double"/"triple"."""
    out: list[str] = []
    i = 0
    while i < len(g):
        d = g[i]
        run = 1
        while i + run < len(g) and g[i + run] == d and run < 3:
            run += 1
        if run >= 2 and rng.random() < 0.5:
            out += ["double" if run == 2 else "triple", digit_word(rng, d, hp)]
            i += run
        else:
            out.append(digit_word(rng, d, hp))
            i += 1
    return out


def numerals_group(rng: random.Random, g: str, hp: float, spaced: bool) -> list[str]:
    """One group as a recogniser's numerals, broken where a digit came out
    as a homophone: "35 to 95786"; `spaced` gives "6 to 6" style."""
    toks: list[str] = []
    run = ""
    for d in g:
        if d in HOMOPHONES and d != "0" and rng.random() < hp:
            if run:
                toks.append(run)
                run = ""
            toks.append(rng.choice(HOMOPHONES[d]))
        elif spaced:
            toks.append(d)
        else:
            run += d
    if run:
        toks.append(run)
    return toks


def read_number(rng: random.Random, digits: str, sizes: list[int], hp: float = 0.3, style: str | None = None, fillers: bool = True) -> tuple[str, str]:
    """A number as a recogniser wrote it; returns (text, style)."""
    style = style or rng.choice(["words", "words", "words", "numerals", "spaced", "mixed"])
    parts: list[str] = []
    for g in chunks(digits, sizes):
        if style == "words" or (style == "mixed" and rng.random() < 0.5):
            toks = words_group(rng, g, hp)
        else:
            toks = numerals_group(rng, g, hp * 1.5, style == "spaced")
        parts.append(" ".join(toks))
    out = parts[0]
    for p in parts[1:]:
        if fillers and rng.random() < 0.2:
            out += f" {rng.choice(FILLERS)} {p}"
        else:
            out += f" {p}"
    if rng.random() < 0.12 and len(digits) > 8:
        # A false start: the first digits, a correction, then the number.
        k = rng.randint(2, 5)
        start = " ".join(words_group(rng, digits[:k], hp))
        out = f"{start} {rng.choice(['sorry', 'no wait', 'uh sorry', 'let me start over'])} {out}"
        style += "_false_start"
    return out, style


def read_card(rng: random.Random, digits: str, brand: str = "", hp: float = 0.3, style: str | None = None) -> tuple[str, str]:
    return read_number(rng, digits, card_groups(len(digits), brand), hp, style)


def read_ssn(rng: random.Random, digits: str, hp: float = 0.3) -> tuple[str, str]:
    text, style = read_number(rng, digits, [3, 2, 4], hp)
    if rng.random() < 0.25 and style.startswith("words"):
        a, b, c = (" ".join(words_group(rng, g, hp)) for g in chunks(digits, [3, 2, 4]))
        text, style = f"{a} dash {b} dash {c}", "words_dash"
    return text, style


def read_cvv(rng: random.Random, cvv: str, hp: float = 0.35) -> tuple[str, str]:
    style = rng.choice(["words", "words", "numerals", "spaced"])
    if style == "words":
        return " ".join(words_group(rng, cvv, hp)), style
    return " ".join(numerals_group(rng, cvv, hp, style == "spaced")), style


SLASH = ["slash", "slashed", "flash", "slash", ""]


def read_expiry(rng: random.Random, m: int, y: int, hp: float = 0.35) -> tuple[str, str]:
    """ "of mine slashed twenty seven", "oh 9 slash 27", "september twenty
    twenty seven"."""
    style = rng.choice(["words", "words", "numerals", "month"])
    if style == "month":
        return f"{MONTHS[m - 1].lower()} {rng.choice(['twenty ' + two_digit_words(y), 'twenty twenty ' + DIGIT_WORDS[y % 10] if y < 30 and y % 10 else 'twenty ' + two_digit_words(y)])}", style
    mm = f"{m:02d}"
    sep = rng.choice(SLASH)
    if style == "numerals":
        month = mm if rng.random() < 0.5 else str(m)
        year = rng.choice([f"{y:02d}", f"20{y:02d}"])
        if mm[0] == "0" and rng.random() < 0.4:
            month = f"{rng.choice(HOMOPHONES['0'])} {m}"
        return " ".join(x for x in [month, sep, year] if x), style + ("_" + sep if sep else "_nosep")
    if m < 10 or rng.random() < 0.5:
        month = " ".join(digit_word(rng, d, hp, oh_p=0.9) for d in mm)
    else:
        month = two_digit_words(m)
    if rng.random() < 0.6:
        year = two_digit_words(y)
    else:
        year = " ".join(digit_word(rng, d, hp) for d in f"{y:02d}")
    return " ".join(x for x in [month, sep, year] if x), style + ("_" + sep if sep else "_nosep")


# ---------------------------------------------------------------------------
# The rest of a call, in recogniser style (lower case, no punctuation).


def phone_spoken(rng: random.Random, L: Labels) -> str:
    d = make_phone_digits(rng)
    text, _ = read_number(rng, d, [3, 3, 4], 0.3, fillers=False)
    return L.neg(text, "neg_phone_spoken")


def stt_fillers(rng: random.Random, L: Labels, k: int | None = None) -> list[tuple[str, str]]:
    """An exchange with numbers and homophones that are not secrets."""
    k = rng.randrange(10) if k is None else k % 10
    if k == 0:
        return [("agent", "whats the best number to reach you"), ("customer", f"its {phone_spoken(rng, L)}")]
    if k == 1:
        amt = rng.choice(["for ninety nine", "to hundred dollars", "forty nine ninety five", "a hundred and twenty to dollars", "ate dollars and fifty cents", f"{rng.randint(20, 400)} dollars"])
        return [("customer", f"i was charged {L.neg(amt, 'neg_amount_spoken')} twice this month")]
    if k == 2:
        t = rng.choice(["for thirty", "to fifteen", "ate oclock", "ten thirty", "mine am", "noon"])
        return [("customer", f"i called yesterday at like {L.neg(t, 'neg_time_spoken')} and got cut off")]
    if k == 3:
        yrs = rng.choice(["for 10 years", "for ten years", "for like five years", "for 2 years"])
        return [("customer", f"ive been a customer {L.neg(yrs, 'neg_duration_spoken')} and this never happened")]
    if k == 4:
        days = rng.choice(["to 3 days", "three to five days", "2 to 3 business days", "five to seven business days"])
        return [("agent", f"the refund should post in {L.neg(days, 'neg_duration_spoken')}")]
    if k == 5:
        order = rand_digits(rng, rng.randint(6, 9))
        text, _ = read_number(rng, order, [3] * 3, 0.3, fillers=False)
        return [("agent", "do you have the order number"), ("customer", f"yeah its {L.neg(text, 'neg_order_spoken')}")]
    if k == 6:
        z = rand_digits(rng, 5)
        text, _ = read_number(rng, z, [5], 0.3, style=rng.choice(["words", "spaced", "numerals"]), fillers=False)
        return [("agent", "and the billing zip code"), ("customer", L.neg(text, "neg_zip_spoken"))]
    if k == 7:
        return [("customer", "i need to talk to someone about our account there are two charges on it"), ("agent", "sure i can help you with that")]
    if k == 8:
        return [("customer", "i won a free month with the promotion but mine ended early"), ("agent", "let me take a look at that for you")]
    return [("agent", f"your balance is {L.neg(rng.choice(['for hundred and twelve dollars', 'to fifty', 'ninety nine dollars', 'one hundred and four dollars']), 'neg_amount_spoken')}"), ("customer", "okay")]


def stt_open(rng: random.Random, company: str, agent: str) -> list[tuple[str, str]]:
    c = company.lower()
    return [
        ("agent", rng.choice([f"thank you for calling {c} my name is {agent.lower()} how can i help you", f"hi this is {agent.lower()} with {c} who am i speaking with", f"{c} this is {agent.lower()}"])),
        ("customer", rng.choice(["hi yeah i need to make a payment", "hello im calling about my bill", "hi um i want to update my card", "yes hi i have a question about a charge"])),
    ]


def stt_close(rng: random.Random) -> list[tuple[str, str]]:
    return [("agent", rng.choice(["is there anything else i can help with", "alright youre all set", "thank you for your patience"])), ("customer", rng.choice(["no thats it thanks", "great thank you bye", "thanks"]))]


ACKS = ["uh huh", "okay", "mhm", "go ahead", "yep", "okay next", "got it"]
