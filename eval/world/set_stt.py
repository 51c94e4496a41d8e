"""speech-to-text spellings: labelled call transcripts as recognisers write
them, lower case and without punctuation, where the digits of cards, expiry
dates, security codes and SSNs come out as homophones ("for", "to", "won",
"ate", "free", "mine", "of"), "double for", numerals broken by a misheard
digit ("35 to 95786"), "slashed"/"flash" for slash; with fillers, false
starts, numbers read over two turns, the agent's read-back, and the same
spellings in phone numbers, amounts, times and plain talk as negatives.
"""

from __future__ import annotations

import random

from common import COMMON_BRANDS, Labels, finish, make_card, make_cvv, make_expiry, make_ssn
from docs import pick_people
from speech import ACKS, read_card, read_cvv, read_expiry, read_number, read_ssn, stt_close, stt_fillers, stt_open

LABEL_STYLES = [("agent", "customer"), ("spk_0", "spk_1"), ("speaker 1", "speaker 2"), ("a", "c"), ("rep", "caller"), ("speaker a", "speaker b")]


def card_turns(rng: random.Random, L: Labels, hp: float) -> list[tuple[str, str]]:
    brand = rng.choice(COMMON_BRANDS)
    digits = make_card(rng, brand)
    turns = [("agent", rng.choice(["can i get the card number", "go ahead with the card number", "whats the long number on the front of the card", "and what card would you like to use"]))]
    e = L.entity()
    if rng.random() < 0.3:
        # Read over two turns, the agent acknowledging in between.
        k = rng.choice([4, 8, 8, 10]) if len(digits) >= 14 else 6
        a, sa = read_number(rng, digits[:k], [4, 4, 4][: (k + 3) // 4], hp)
        b, sb = read_number(rng, digits[k:], [4, 4, 4, 4], hp)
        turns.append(("customer", f"{rng.choice(['yeah its ', 'sure ', '', 'okay its '])}{L.mark(a, 'CARD', 'stt_card_two_turns_' + sa.split('_')[0], entity=e, brand=brand)}"))
        turns.append(("agent", rng.choice(ACKS)))
        turns.append(("customer", L.mark(b, "CARD", "stt_card_two_turns_" + sa.split("_")[0], entity=e, brand=brand)))
    else:
        text, style = read_card(rng, digits, brand, hp)
        turns.append(("customer", f"{rng.choice(['yeah its ', 'sure its ', '', 'um okay ', 'its '])}{L.mark(text, 'CARD', 'stt_card_' + style, entity=e, brand=brand)}"))
    if rng.random() < 0.3:
        text, style = read_card(rng, digits, brand, hp, style="words")
        turns.append(("agent", f"let me read that back {L.mark(text, 'CARD', 'stt_card_readback', brand=brand)}"))
        turns.append(("customer", "yes thats right"))
    if rng.random() < 0.8:
        m, y = make_expiry(rng)
        text, style = read_expiry(rng, m, y, hp)
        turns.append(("agent", rng.choice(["and the expiration date", "when does it expire", "expiry date on the card"])))
        turns.append(("customer", f"{rng.choice(['', 'its ', 'uh '])}{L.mark(text, 'EXPIRY', 'stt_expiry_' + style)}"))
    if rng.random() < 0.75:
        cvv = make_cvv(rng, brand)
        text, style = read_cvv(rng, cvv, hp)
        turns.append(("agent", rng.choice(["and the three digit code on the back", "security code", "whats the cvv" if brand != "amex" else "and the four digit code on the front"])))
        turns.append(("customer", f"{rng.choice(['', 'its ', 'uh '])}{L.mark(text, 'CVV', 'stt_cvv_' + style)}"))
    return turns


def ssn_turns(rng: random.Random, L: Labels, hp: float) -> list[tuple[str, str]]:
    d = make_ssn(rng)
    turns = [("agent", rng.choice(["can i get your social security number", "whats your social", "to verify i need your social", "and your ssn"]))]
    if rng.random() < 0.25:
        e = L.entity()
        a, _ = read_number(rng, d[:5], [3, 2], hp)
        b, _ = read_number(rng, d[5:], [4], hp)
        turns.append(("customer", f"its {L.mark(a, 'SSN', 'stt_ssn_two_turns', entity=e)}"))
        turns.append(("agent", rng.choice(ACKS)))
        turns.append(("customer", L.mark(b, "SSN", "stt_ssn_two_turns", entity=e)))
    else:
        text, style = read_ssn(rng, d, hp)
        turns.append(("customer", f"{rng.choice(['', 'sure its ', 'yeah '])}{L.mark(text, 'SSN', 'stt_ssn_' + style)}"))
    if rng.random() < 0.3:
        turns.append(("agent", "and the last four of the social again"))
        turns.append(("customer", L.mark(" ".join(read_number(rng, d[5:], [4], hp, style="words")[0].split()), "IGNORE", "ign_ssn_last4")))
    return turns


def build(rng: random.Random, n: int) -> list[dict]:
    docs = []
    for i in range(n):
        L = Labels()
        company, agent, _ = pick_people(rng)
        hp = rng.choice([0.15, 0.25, 0.35, 0.5])
        turns = stt_open(rng, company, agent)
        blocks = [card_turns(rng, L, hp)]
        if rng.random() < 0.4:
            blocks.append(ssn_turns(rng, L, hp))
        for k in rng.sample(range(10), rng.randint(1, 3)):
            blocks.append(stt_fillers(rng, L, k))
        rng.shuffle(blocks)
        for b in blocks:
            turns += b
        turns += stt_close(rng)
        a, c = rng.choice(LABEL_STYLES)
        text = "\n".join(f"{a if role == 'agent' else c}: {t}" for role, t in turns)
        docs.append(finish(f"stt-{i:04d}", "transcript", text, L, layout=f"{a}/{c}", homophone_rate=hp))
    return docs
