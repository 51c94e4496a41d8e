"""side-by-side: a card or SSN right next to another number, separated only by
a space, a tab, ", ", "/", ";" or a line break, as agents type notes and CRMs
export rows: two cards in a row, "Card 1 4111...", "ref 12345 4111...", a
date then a card, an SSN then a phone, tab-separated columns, a card glued to
the label after it ("4111111111111111exp 09/27", "...cvv123").
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
    make_account,
    make_amount,
    make_card,
    make_cvv,
    make_date,
    make_dob,
    make_expiry,
    make_member,
    make_order,
    make_phone,
    make_ssn,
    make_zip,
    person,
    rand_digits,
)
from docs import chat, closing, note, note_filler, opening, pick_people, transcript

SEPS = {"space": " ", "tab": "\t", "comma": ", ", "slash": "/", "semicolon": ";", "newline": "\n"}
SPOKEN_SEPS = {"space": " ", "comma": ", "}


def pick_card(rng: random.Random) -> tuple[str, str]:
    brand = rng.choice(COMMON_BRANDS)
    return make_card(rng, brand), brand


def card_text(rng: random.Random, style: str | None = None) -> tuple[str, str, str]:
    digits, brand = pick_card(rng)
    text, style = fmt_card(rng, digits, brand, style or rng.choice(["spaces", "spaces", "contiguous", "contiguous", "dashes"]))
    return text, brand, style


def lead(rng: random.Random, spoken: bool, options: list[str]) -> str:
    """A note's lead-in words; a caller's reply has none (the agent's
    question gives the context)."""
    return "" if spoken else rng.choice(options)


def pick_sep(rng: random.Random, spoken: bool) -> tuple[str, str]:
    name = rng.choice(list(SPOKEN_SEPS if spoken else SEPS))
    return name, (SPOKEN_SEPS if spoken else SEPS)[name]


# Each scenario returns (fragment, question): the fragment is a note line or
# a customer's reply; the question is what the agent asked in a call.


def sc_two_cards(rng, L, spoken):
    sname, sep = pick_sep(rng, spoken)
    c1, b1, style = card_text(rng)
    digits, b2 = pick_card(rng)
    c2, _ = fmt_card(rng, digits, b2, style)
    v = f"sbs_card_card_{sname}"
    lead_ = lead(rng, spoken, ["Cards on file: ", "Cust has two cards ", "Old and new card ", "cc ", "", "Both cards: "])
    return lead_ + L.mark(c1, "CARD", v, brand=b1) + sep + L.mark(c2, "CARD", v, brand=b2), "Which cards should I put on the account?"


def sc_index_card(rng, L, spoken):
    c, b, _ = card_text(rng, rng.choice(["spaces", "contiguous", "dashes"]))
    n = rng.randint(1, 3)
    lab = rng.choice([f"Card {n}", f"card {n}", f"Card #{n}", f"CC{n}", f"Option {n}", f"Visa {n}" if b.startswith("visa") else f"Card {n}"])
    head, num = lab.rsplit(" ", 1) if " " in lab else (lab[:2], lab[2:])
    joined = f"{head} {L.neg(num, 'neg_list_index')}" if " " in lab else f"{head}{L.neg(num, 'neg_list_index')}"
    glue = rng.choice([" ", " ", ": "])
    return f"{joined}{glue}{L.mark(c, 'CARD', 'sbs_index_card' + ('_colon' if glue == ': ' else ''), brand=b)}", "Which card do you want to use?"


def sc_ref_card(rng, L, spoken):
    sname, sep = pick_sep(rng, spoken)
    c, b, _ = card_text(rng)
    ref = rng.choice([rand_digits(rng, rng.randint(4, 8)), f"{rng.randint(100, 999)}-{rand_digits(rng, 4)}"])
    lab = rng.choice(["ref", "Ref#", "conf", "auth", "txn", "claim"])
    return f"{lab} {L.neg(ref, 'neg_reference')}{sep}{L.mark(c, 'CARD', f'sbs_ref_card_{sname}', brand=b)}", "Do you have the reference and the card you paid with?"


def sc_date_card(rng, L, spoken):
    sname, sep = pick_sep(rng, spoken)
    c, b, _ = card_text(rng)
    d = rng.choice([make_dob(rng), make_date(rng)])
    return f"{lead(rng, spoken, ['', 'DOB and card ', 'verified ', 'paid on '])}{L.neg(d, 'neg_date')}{sep}{L.mark(c, 'CARD', f'sbs_date_card_{sname}', brand=b)}", "Date of birth and the card number please."


def sc_amount_card(rng, L, spoken):
    sname, sep = pick_sep(rng, spoken)
    c, b, _ = card_text(rng)
    return f"{rng.choice(['charged', 'refund', 'paid', 'pmt'])} {L.neg(make_amount(rng), 'neg_amount')}{sep}{L.mark(c, 'CARD', f'sbs_amount_card_{sname}', brand=b)}", "How much and on which card?"


def sc_phone_card(rng, L, spoken):
    sname, sep = pick_sep(rng, spoken)
    c, b, _ = card_text(rng)
    ph = make_phone(rng, rng.choice(["paren", "dashes", "dots", "plain", "e164"]))
    if rng.random() < 0.5:
        return f"{lead(rng, spoken, ['', 'cb# + card ', 'phone/card '])}{L.neg(ph, 'neg_phone')}{sep}{L.mark(c, 'CARD', f'sbs_phone_card_{sname}', brand=b)}", "Your callback number and the card number?"
    return f"{lead(rng, spoken, ['', 'card + cb# ', 'card/phone '])}{L.mark(c, 'CARD', f'sbs_card_phone_{sname}', brand=b)}{sep}{L.neg(ph, 'neg_phone')}", "The card number and a callback number?"


def sc_card_zip(rng, L, spoken):
    c, b, _ = card_text(rng)
    z = make_zip(rng, rng.random() < 0.3)
    return f"{lead(rng, spoken, ['card and billing zip ', 'cc ', 'CC + ZIP: ', ''])}{L.mark(c, 'CARD', 'sbs_card_zip', brand=b)} {L.neg(z, 'neg_zip')}", "Card number and billing zip code?"


def sc_card_exp_cvv(rng, L, spoken):
    seps = {"space": " ", "comma": ", "} if spoken else {"space": " ", "slash": "/", "semicolon": ";", "tab": "\t", "pipe": " | ", "comma": ", ", "two_spaces": "  "}
    sname = rng.choice(list(seps))
    sep = seps[sname]
    c, b, _ = card_text(rng)
    m, y = make_expiry(rng)
    e, _ = fmt_expiry(rng, m, y, rng.choice(["mmyy", "mm/yy"]) if sname == "slash" else rng.choice(["mm/yy", "mm/yy", "mmyy", "mm/yyyy", "m/yy"]))
    cv = make_cvv(rng, b)
    v = f"sbs_card_exp_cvv_{sname}"
    return f"{lead(rng, spoken, ['cc ', 'card ', 'pmt: ', '', 'CC info: '])}{L.mark(c, 'CARD', v, brand=b)}{sep}{L.mark(e, 'EXPIRY', v)}{sep}{L.mark(cv, 'CVV', v)}", "Card number, expiration and the security code?"


def sc_glued(rng, L, spoken):
    c, b, _ = card_text(rng, rng.choice(["contiguous", "contiguous", "spaces"]))
    m, y = make_expiry(rng)
    e, _ = fmt_expiry(rng, m, y, rng.choice(["mm/yy", "mmyy", "mm/yyyy"]))
    cv = make_cvv(rng, b)
    k = rng.randrange(7)
    before = lead(rng, spoken, ["", "", "cc ", "CARD", "cc#", "Visa " if b.startswith("visa") else "MC " if b.startswith("master") else "cc "])
    card = L.mark(c, "CARD", f"sbs_glued_{['exp', 'exp', 'cvv', 'cvv', 'exp_cvv', 'exp_cvv', 'sec'][k]}", brand=b)
    if k == 0:
        return f"{before}{card}exp {L.mark(e, 'EXPIRY', 'sbs_glued_exp')}", None
    if k == 1:
        return f"{before}{card}exp{L.mark(e, 'EXPIRY', 'sbs_glued_exp')}", None
    if k == 2:
        return f"{before}{card}cvv{L.mark(cv, 'CVV', 'sbs_glued_cvv')}", None
    if k == 3:
        return f"{before}{card}CVV {L.mark(cv, 'CVV', 'sbs_glued_cvv')}", None
    if k == 4:
        return f"{before}{card}EXP:{L.mark(e, 'EXPIRY', 'sbs_glued_exp_cvv')}CVV:{L.mark(cv, 'CVV', 'sbs_glued_exp_cvv')}", None
    if k == 5:
        return f"{before}{card}exp {L.mark(e, 'EXPIRY', 'sbs_glued_exp_cvv')}cvv{L.mark(cv, 'CVV', 'sbs_glued_exp_cvv')}", None
    return f"{before}{card}sec code {L.mark(cv, 'CVV', 'sbs_glued_sec')}", None


def ssn_text(rng, styles=("dashes", "dashes", "spaces", "plain")):
    s, style = fmt_ssn(rng, make_ssn(rng), rng.choice(styles))
    return s, style


def sc_ssn_phone(rng, L, spoken):
    sname, sep = pick_sep(rng, spoken)
    s, _ = ssn_text(rng)
    ph = rng.choice([f"{rng.randint(200, 999)}-{rand_digits(rng, 4)}", make_phone(rng, rng.choice(["paren", "dashes", "plain", "dots"]))])
    if rng.random() < 0.65:
        return f"{lead(rng, spoken, ['SSN ', 'SSN: ', 'ss# ', 'Social '])}{L.mark(s, 'SSN', f'sbs_ssn_phone_{sname}')}{sep}{L.neg(ph, 'neg_phone')}", "Your social and a good phone number?"
    return f"{lead(rng, spoken, ['phone/SSN ', 'Phone + SSN: ', 'cb# and ss# '])}{L.neg(ph, 'neg_phone')}{sep}{L.mark(s, 'SSN', f'sbs_phone_ssn_{sname}')}", "Your phone number and social?"


def sc_ssn_date(rng, L, spoken):
    sname, sep = pick_sep(rng, spoken)
    s, _ = ssn_text(rng)
    d = make_dob(rng)
    if rng.random() < 0.5:
        return f"{lead(rng, spoken, ['SSN/DOB ', 'SSN + DOB: ', 'ss# dob '])}{L.mark(s, 'SSN', f'sbs_ssn_date_{sname}')}{sep}{L.neg(d, 'neg_date')}", "Social and date of birth?"
    return f"{lead(rng, spoken, ['DOB/SSN ', 'DOB + SSN: ', 'dob ss# '])}{L.neg(d, 'neg_date')}{sep}{L.mark(s, 'SSN', f'sbs_date_ssn_{sname}')}", "Date of birth and social?"


def sc_ssn_zip(rng, L, spoken):
    s, _ = ssn_text(rng)
    return f"{lead(rng, spoken, ['SSN + zip ', 'ss# zip ', 'SSN/ZIP '])}{L.mark(s, 'SSN', 'sbs_ssn_zip')} {L.neg(make_zip(rng), 'neg_zip')}", "Your social and zip code?"


def sc_two_ssns(rng, L, spoken):
    sname, sep = pick_sep(rng, spoken)
    s1, st = ssn_text(rng)
    s2, _ = fmt_ssn(rng, make_ssn(rng), st)
    v = f"sbs_ssn_ssn_{sname}"
    return f"{lead(rng, spoken, ['SSNs ', 'Primary and joint SSN ', 'ss# (both) '])}{L.mark(s1, 'SSN', v)}{sep}{L.mark(s2, 'SSN', v)}", "Both socials please, yours and your spouse's."


def sc_account_card(rng, L, spoken):
    sname, sep = pick_sep(rng, spoken)
    c, b, _ = card_text(rng)
    return f"{rng.choice(['acct', 'Acct#', 'account'])} {L.neg(make_account(rng), 'neg_account')}{sep}{L.mark(c, 'CARD', f'sbs_account_card_{sname}', brand=b)}", "Account number and the card to charge?"


def sc_order_card(rng, L, spoken):
    sname, sep = pick_sep(rng, spoken)
    c, b, _ = card_text(rng)
    return f"{rng.choice(['order', 'Order#', 'ord'])} {L.neg(make_order(rng), 'neg_order')}{sep}{L.mark(c, 'CARD', f'sbs_order_card_{sname}', brand=b)}", "Order number and the card you used?"


def sc_member_ssn(rng, L, spoken):
    sname, sep = pick_sep(rng, spoken)
    s, _ = ssn_text(rng)
    return f"{rng.choice(['member', 'Member ID', 'MBR'])} {L.neg(make_member(rng), 'neg_member')}{sep}{rng.choice(['SSN ', 'ss# ', ''])}{L.mark(s, 'SSN', f'sbs_member_ssn_{sname}')}", "Member ID and social?"


def sc_card_last4(rng, L, spoken):
    c, b, _ = card_text(rng)
    old, ob = pick_card(rng)
    return f"new card {L.mark(c, 'CARD', 'sbs_card_then_last4', brand=b)} replaces card ending {L.mark(old[-4:], 'IGNORE', 'ign_card_last4')}", "What's the new card?"


SCENARIOS = [
    (sc_two_cards, 3), (sc_index_card, 3), (sc_ref_card, 3), (sc_date_card, 3), (sc_amount_card, 2), (sc_phone_card, 3),
    (sc_card_zip, 2), (sc_card_exp_cvv, 4), (sc_glued, 4), (sc_ssn_phone, 4), (sc_ssn_date, 3), (sc_ssn_zip, 1),
    (sc_two_ssns, 2), (sc_account_card, 2), (sc_order_card, 2), (sc_member_ssn, 2), (sc_card_last4, 1),
]


def pick_scenario(rng, spoken=False):
    fns = [f for f, w in SCENARIOS for _ in range(w) if not (spoken and f in (sc_glued, sc_table_free))]
    return rng.choice(fns)


def sc_table_free(rng, L, spoken):
    raise AssertionError("placeholder, never picked")


HEADERS = {
    "name": ["Name", "Customer", "cust_name"],
    "phone": ["Phone", "phone_number", "Callback"],
    "ssn": ["SSN", "ssn", "SocialSecurityNumber", "SS#"],
    "card": ["Card", "card_number", "CC", "PAN", "CardNumber"],
    "exp": ["Exp", "exp_date", "Expiry"],
    "cvv": ["CVV", "cvv", "CVC"],
    "amount": ["Amount", "amt"],
    "order": ["Order", "order_id"],
    "dob": ["DOB", "birth_date"],
    "zip": ["Zip", "ZIP"],
    "account": ["Account", "acct_no"],
}


def table_doc(rng, L):
    kind = rng.choice(["tsv", "tsv", "csv", "markdown"])
    cols = ["name"]
    main = rng.choice(["card", "ssn", "both"])
    pool = ["phone", "amount", "order", "dob", "zip", "account"]
    rng.shuffle(pool)
    if main in ("card", "both"):
        cols += ["card"] + (["exp"] if rng.random() < 0.7 else []) + (["cvv"] if rng.random() < 0.5 else [])
    if main in ("ssn", "both"):
        cols.insert(rng.randint(1, len(cols)), "ssn")
    for c in pool[: rng.randint(1, 3)]:
        cols.insert(rng.randint(1, len(cols)), c)
    header = [rng.choice(HEADERS[c]) for c in cols]
    sep = {"tsv": "\t", "csv": ",", "markdown": " | "}[kind]
    card_style = rng.choice(["contiguous", "spaces", "dashes"])
    ssn_style = rng.choice(["dashes", "plain", "spaces"])
    rows = []
    for _ in range(rng.randint(2, 5)):
        cells = []
        digits, brand = pick_card(rng)
        for c in cols:
            if c == "name":
                cells.append(person(rng))
            elif c == "phone":
                cells.append(L.neg(make_phone(rng, rng.choice(["dashes", "paren", "plain"])), "neg_phone"))
            elif c == "ssn":
                s, _ = fmt_ssn(rng, make_ssn(rng), ssn_style)
                cells.append(L.mark(s, "SSN", f"sbs_table_{kind}_ssn"))
            elif c == "card":
                cells.append(L.mark(fmt_card(rng, digits, brand, card_style)[0], "CARD", f"sbs_table_{kind}_card", brand=brand))
            elif c == "exp":
                m, y = make_expiry(rng)
                cells.append(L.mark(fmt_expiry(rng, m, y, "mm/yy")[0], "EXPIRY", f"sbs_table_{kind}_exp"))
            elif c == "cvv":
                cells.append(L.mark(make_cvv(rng, brand), "CVV", f"sbs_table_{kind}_cvv"))
            elif c == "amount":
                cells.append(L.neg(f"{rng.randint(5, 900)}.{rng.randint(0, 99):02d}", "neg_amount"))
            elif c == "order":
                cells.append(L.neg(make_order(rng).lstrip("#"), "neg_order"))
            elif c == "dob":
                cells.append(L.neg(make_dob(rng), "neg_date"))
            elif c == "zip":
                cells.append(L.neg(make_zip(rng), "neg_zip"))
            elif c == "account":
                cells.append(L.neg(make_account(rng), "neg_account"))
        rows.append(sep.join(cells))
    if kind == "markdown":
        lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"] + ["| " + r + " |" for r in rows]
    else:
        lines = [sep.join(header)] + rows
    intro = rng.choice(["", "Export from CRM:\n", f"Report generated {make_date(rng, 'iso')}\n", "Paste of the payments sheet:\n"])
    return intro + "\n".join(lines), "export"


def build(rng: random.Random, n: int) -> list[dict]:
    docs = []
    for i in range(n):
        L = Labels()
        company, agent, cust = pick_people(rng)
        kind = rng.choices(["note", "chat", "transcript", "export"], [40, 25, 20, 15])[0]
        layout = kind
        if kind == "export":
            text, layout = table_doc(rng, L)
        elif kind == "note":
            lines = [note_filler(rng, L, k) for k in rng.sample(range(12), rng.randint(1, 3))]
            for _ in range(rng.randint(1, 3)):
                frag, _ = pick_scenario(rng)(rng, L, False)
                lines.insert(rng.randint(0, len(lines)), frag)
            text, layout = note(rng, lines, agent)
        elif kind == "chat":
            turns = [("agent", f"Hi {cust.split()[0]}, thanks for contacting {company}! How can I help?")]
            for _ in range(rng.randint(1, 2)):
                frag, q = pick_scenario(rng)(rng, L, False)
                if q and rng.random() < 0.7:
                    turns.append(("agent", q))
                turns.append(("customer", rng.choice(["", "", "ok ", "sure: ", "here you go "]) + frag))
                if rng.random() < 0.5:
                    turns.append(("agent", note_filler(rng, L).replace("Cust ", "You ")))
            turns.append(("agent", "Thanks, you're all set."))
            text, layout = chat(rng, turns, cust, agent)
        else:
            turns = opening(rng, company, agent)
            for _ in range(rng.randint(1, 2)):
                frag, q = pick_scenario(rng, True)(rng, L, True)
                turns.append(("agent", q or "Go ahead with the card details."))
                turns.append(("customer", rng.choice(["", "Sure, ", "Yeah it's ", "Okay so "]) + frag))
            turns += closing(rng)
            text, layout = transcript(rng, turns)
        docs.append(finish(f"sbs-{i:04d}", kind, text, L, layout=layout))
    return docs
