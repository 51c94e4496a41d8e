"""typos-and-mishearings: cards and SSNs with one digit changed, dropped,
doubled, or two neighbouring digits swapped, where the context says card or
SSN (a label in a note, the agent's question in a call, a table column);
and the same renderings under an order, tracking, phone or case label as hard
negatives. Under PCI DSS 15 of 16 digits of a real PAN is still cardholder
data, so a mistyped or misheard card given as a card is labelled CARD.
"""

from __future__ import annotations

import random

from common import (
    COMMON_BRANDS,
    Labels,
    finish,
    fmt_card,
    fmt_expiry,
    fmt_ssn,
    make_card,
    make_cvv,
    make_expiry,
    make_ssn,
    person,
    rand_digits,
    speak_digits,
)
from docs import chat, closing, note, note_filler, opening, pick_people, transcript

HOW = ["changed", "changed", "dropped", "dropped", "doubled", "swapped", "swapped", "none"]


def mutate(rng: random.Random, text: str, how: str) -> str:
    """`text` (digits with separators) with one typing error."""
    pos = [i for i, c in enumerate(text) if c.isdigit()]
    if how == "none":
        return text
    if how == "swapped":
        pairs = [i for i in pos if i + 1 < len(text) and text[i + 1].isdigit() and text[i] != text[i + 1]]
        if not pairs:
            return mutate(rng, text, "changed")
        i = rng.choice(pairs)
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    i = rng.choice(pos)
    if how == "changed":
        d = rng.choice([x for x in "0123456789" if x != text[i]])
        return text[:i] + d + text[i + 1 :]
    if how == "dropped":
        return text[:i] + text[i + 1 :]
    if how == "doubled":
        return text[:i] + text[i] + text[i:]
    raise ValueError(how)


def spoken(rng: random.Random, digits: str) -> str:
    """Digits read in groups of four (or 3-2-4 for nine), as words or as a
    recogniser's numerals."""
    if len(digits) in (8, 9, 10):
        sizes = [3, 2, len(digits) - 5]
    else:
        sizes = [4] * (len(digits) // 4) + ([len(digits) % 4] if len(digits) % 4 else [])
    groups, i = [], 0
    for s in sizes:
        groups.append(digits[i : i + s])
        i += s
    if rng.random() < 0.4:
        return " ".join(groups)
    sep = rng.choice([" ", ", ", " ... "])
    return sep.join(" ".join(speak_digits(rng, g)) for g in groups)


CARD_LABELS = ["CC#", "Card number:", "card", "Visa", "MC", "pmt card", "new card", "card on file updated to", "cust card", "CC:"]
SSN_LABELS = ["SSN:", "SSN", "social", "SS#", "soc sec", "ssn verified", "Social Security #"]
NEG_LABELS_CARDLIKE = [("Order number:", "neg_order_cardlike"), ("tracking #", "neg_tracking_cardlike"), ("Case", "neg_case_cardlike"), ("Confirmation", "neg_confirmation_cardlike"), ("Acct no.", "neg_account_cardlike"), ("Invoice", "neg_invoice_cardlike")]
NEG_LABELS_SSNLIKE = [("phone", "neg_phone_ssnlike"), ("Order #", "neg_order_ssnlike"), ("member ID", "neg_member_ssnlike"), ("case", "neg_case_ssnlike"), ("policy", "neg_policy_ssnlike"), ("routing", "neg_routing_ssnlike")]
NEG_QUESTIONS = {
    "neg_order_cardlike": "And the order number?",
    "neg_tracking_cardlike": "Do you have the tracking number?",
    "neg_case_cardlike": "What's the case number from your last call?",
    "neg_confirmation_cardlike": "What confirmation number did you get?",
    "neg_account_cardlike": "What's the account number on the bill?",
    "neg_invoice_cardlike": "Which invoice number is it?",
    "neg_phone_ssnlike": "What's a good callback number?",
    "neg_order_ssnlike": "And the order number?",
    "neg_member_ssnlike": "Can I get your member ID?",
    "neg_case_ssnlike": "Do you have the case number?",
    "neg_policy_ssnlike": "What's your policy number?",
    "neg_routing_ssnlike": "What's the routing number on the check?",
}


def item(rng: random.Random):
    """(kind, original rendering, mutated rendering, how, brand)."""
    how = rng.choice(HOW)
    if rng.random() < 0.6:
        brand = rng.choice(COMMON_BRANDS)
        digits = make_card(rng, brand)
        text, _ = fmt_card(rng, digits, brand, rng.choice(["spaces", "spaces", "contiguous", "dashes"]))
        return "card", text, mutate(rng, text, how), how, brand
    text, _ = fmt_ssn(rng, make_ssn(rng), rng.choice(["dashes", "dashes", "plain", "spaces"]))
    return "ssn", text, mutate(rng, text, how), how, None


def neg_label(rng: random.Random, kind: str, original: str) -> tuple[str, str]:
    """A label for another kind of number that could be written like
    `original`: a phone or routing number is never grouped 3-2-4."""
    if kind == "card":
        return rng.choice(NEG_LABELS_CARDLIKE)
    plain = original.isdigit()
    return rng.choice([x for x in NEG_LABELS_SSNLIKE if plain or x[1] not in ("neg_phone_ssnlike", "neg_routing_ssnlike")])


def negative_like(rng: random.Random, kind: str, original: str, how: str) -> str:
    """Another number with the same shape and the same kind of error."""
    other = "".join(rng.choice("0123456789") if c.isdigit() else c for c in original)
    if other[0] == "0":
        other = "7" + other[1:]
    return mutate(rng, other, how)


def build(rng: random.Random, n: int) -> list[dict]:
    docs = []
    for i in range(n):
        L = Labels()
        company, agent, cust = pick_people(rng)
        kind = rng.choices(["note", "chat", "transcript", "table"], [35, 20, 30, 15])[0]
        items = [item(rng) for _ in range(rng.randint(1, 2))]
        layout = kind
        if kind == "table":
            k0 = items[0][0]
            header = ["Name", "Phone", "card_number" if k0 == "card" else "SSN", "Status"]
            rows = []
            sep = rng.choice(["\t", ","])
            for _ in range(rng.randint(2, 4)):
                k, orig, mut, how, brand = item(rng)
                while k != k0:
                    k, orig, mut, how, brand = item(rng)
                val = L.mark(mut, "CARD" if k == "card" else "SSN", f"typo_{k}_{how}_table", brand=brand)
                rows.append(sep.join([person(rng), L.neg(f"{rng.randint(200, 989)}-{rng.randint(200, 999)}-{rand_digits(rng, 4)}", "neg_phone"), val, rng.choice(["active", "pending", "declined"])]))
            text = sep.join(header) + "\n" + "\n".join(rows)
            layout = "tsv" if sep == "\t" else "csv"
        elif kind == "note":
            lines = [note_filler(rng, L, k) for k in rng.sample(range(12), rng.randint(1, 2))]
            for k, orig, mut, how, brand in items:
                lab = rng.choice(CARD_LABELS if k == "card" else SSN_LABELS)
                lines.insert(rng.randint(0, len(lines)), f"{lab} {L.mark(mut, 'CARD' if k == 'card' else 'SSN', f'typo_{k}_{how}_note', brand=brand)}")
                if k == "card" and rng.random() < 0.5:
                    m, y = make_expiry(rng)
                    lines.append(f"exp {L.mark(fmt_expiry(rng, m, y)[0], 'EXPIRY', 'typo_card_context_expiry')} cvv {L.mark(make_cvv(rng, brand), 'CVV', 'typo_card_context_cvv')}")
                nl, nk = neg_label(rng, k, orig)
                lines.insert(rng.randint(0, len(lines)), f"{nl} {L.neg(negative_like(rng, k, orig, how), nk)}")
            text, layout = note(rng, lines, agent)
        elif kind == "chat":
            turns = [("agent", f"Hi {cust.split()[0]}, how can I help today?")]
            for k, orig, mut, how, brand in items:
                turns.append(("agent", "Please send the card number you'd like to use." if k == "card" else "To verify, I need your SSN."))
                turns.append(("customer", rng.choice(["", "ok ", "it's ", "my card number is " if k == "card" else "my ssn is "]) + L.mark(mut, "CARD" if k == "card" else "SSN", f"typo_{k}_{how}_chat", brand=brand)))
                nl, nk = neg_label(rng, k, orig)
                turns.append(("agent", NEG_QUESTIONS[nk]))
                turns.append(("customer", L.neg(negative_like(rng, k, orig, how), nk)))
            turns.append(("agent", "Thanks, one moment."))
            text, layout = chat(rng, turns, cust, agent)
        else:
            turns = opening(rng, company, agent)
            for k, orig, mut, how, brand in items:
                digits = "".join(c for c in mut if c.isdigit())
                said = spoken(rng, digits)
                words = not any(c.isdigit() for c in said)
                ask = rng.choice(["Can I get the card number?", "Go ahead with the long number on the front of the card.", "What's the card number you'd like to use?"]) if k == "card" else rng.choice(["Can I get your social security number?", "What's your social?", "I'll need your SSN to verify the account."])
                turns.append(("agent", ask))
                turns.append(("customer", rng.choice(["", "Sure, ", "Yeah it's ", "Okay, "]) + L.mark(said, "CARD" if k == "card" else "SSN", f"typo_{k}_{how}_call_{'words' if words else 'digits'}", brand=brand)))
                if k == "card" and rng.random() < 0.5:
                    m, y = make_expiry(rng)
                    turns.append(("agent", "And the expiration date?"))
                    turns.append(("customer", L.mark(fmt_expiry(rng, m, y, "mm/yy")[0], "EXPIRY", "typo_card_context_expiry")))
                nl, nk = neg_label(rng, k, orig)
                neg = negative_like(rng, k, orig, how)
                nd = "".join(c for c in neg if c.isdigit())
                turns.append(("agent", NEG_QUESTIONS[nk]))
                turns.append(("customer", rng.choice(["", "Uh it's ", "Yes, "]) + L.neg(spoken(rng, nd) if rng.random() < 0.5 else neg, nk)))
            turns += closing(rng)
            text, layout = transcript(rng, turns)
        docs.append(finish(f"typo-{i:04d}", kind, text, L, layout=layout))
    return docs
