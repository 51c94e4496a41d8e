"""over-redaction traps: the long numbers of ordinary support work that must
stay: IBANs (GB, DE, FR, RS...), IDs in URLs (help-centre articles, ticket
links, status and post IDs), ISBNs, UPC/EAN barcodes, UPS/FedEx/USPS tracking
numbers, IMEIs and ICCIDs (Luhn-valid), NPI numbers, phone numbers in every
format, Luhn-valid order numbers, acquirer reference numbers, timestamps
(epoch milliseconds), amounts, routing and account numbers, EINs, ZIP+4,
versions, IP addresses; mixed with the secrets that do belong there, written
in sentences where another noun sits next to them ("SSN for ID verification
- cust provided 550-15-5649"), and the last four digits or masked cards that
may stay.
"""

from __future__ import annotations

import random

from common import (
    COMMON_BRANDS,
    Labels,
    fmt_card,
    fmt_iban,
    fmt_imei,
    fmt_isbn13,
    fmt_ssn,
    fmt_usps,
    luhn_complete,
    make_aba,
    make_account,
    make_amount,
    make_card,
    make_date,
    make_ein,
    make_epoch_ms,
    make_fedex,
    make_iban,
    make_iccid,
    make_imei,
    make_iso_ts,
    make_isbn10,
    make_isbn13,
    make_member,
    make_npi,
    make_phone,
    make_ssn,
    make_ticket,
    make_ups,
    make_upc,
    make_ean13,
    make_usps,
    make_uuid,
    make_zip,
    rand_digits,
)
from docs import chat, email, note, pick_people


def long_id(rng: random.Random, n: int, luhn: bool) -> str:
    d = rng.choice("123456789") + rand_digits(rng, n - 2)
    return luhn_complete(d) if luhn else d + rng.choice("0123456789")


def trap(rng: random.Random, L: Labels) -> str:
    k = rng.randrange(30)
    if k == 0:
        return f"IBAN {L.neg('RS35 2600 0560 1001 6113 79', 'neg_iban')}" if rng.random() < 0.2 else f"IBAN {L.neg(fmt_iban(rng, make_iban(rng)), 'neg_iban')}"
    if k == 1:
        return f"Refund to {L.neg(fmt_iban(rng, make_iban(rng, rng.choice(['GB', 'DE', 'FR', 'NL']))), 'neg_iban')} (BIC {rng.choice(['DEUTDEFF', 'BNPAFRPP', 'NWBKGB2L', 'INGBNL2A'])})"
    if k == 2:
        aid = long_id(rng, rng.choice([13, 14]), rng.random() < 0.5)
        slug = rng.choice(["How-to-update-your-payment-method", "Why-was-my-card-declined", "Reset-your-password"])
        return f"Sent KB link {L.neg(f'https://support.example.com/hc/en-us/articles/{aid}-{slug}', 'neg_url_id')}"
    if k == 3:
        tid = long_id(rng, 16, True)
        return f"see {L.neg(f'https://acme.zendesk.com/agent/tickets/{tid}', 'neg_url_id')}"
    if k == 4:
        sid = long_id(rng, 19, rng.random() < 0.5)
        return f"Cust complained publicly: {L.neg(f'https://x.com/acme_support/status/{sid}', 'neg_url_id')}"
    if k == 5:
        pid = long_id(rng, rng.choice([15, 16, 17]), True)
        return f"FB post {L.neg(f'https://www.facebook.com/acmewireless/posts/{pid}', 'neg_url_id')}"
    if k == 6:
        return f"Book ISBN {L.neg(fmt_isbn13(rng, make_isbn13(rng)), 'neg_isbn')}" if rng.random() < 0.7 else f"ISBN-10 {L.neg(make_isbn10(rng), 'neg_isbn')}"
    if k == 7:
        return rng.choice([f"UPC {L.neg(make_upc(rng), 'neg_upc')}", f"EAN {L.neg(make_ean13(rng), 'neg_ean')}", f"barcode {L.neg(make_ean13(rng), 'neg_ean')}"])
    if k == 8:
        return f"UPS tracking {L.neg(make_ups(rng), 'neg_tracking_ups')}"
    if k == 9:
        return f"FedEx tracking # {L.neg(make_fedex(rng), 'neg_tracking_fedex')}"
    if k == 10:
        return f"USPS tracking {L.neg(fmt_usps(rng, make_usps(rng)), 'neg_tracking_usps')}"
    if k == 11:
        return f"Device IMEI {L.neg(fmt_imei(rng, make_imei(rng)), 'neg_imei')}"
    if k == 12:
        return f"SIM ICCID {L.neg(make_iccid(rng), 'neg_iccid')}"
    if k == 13:
        return f"Provider NPI {L.neg(make_npi(rng), 'neg_npi')}"
    if k == 14:
        return f"Call back at {L.neg(make_phone(rng), 'neg_phone')}"
    if k == 15:
        return f"Alt numbers {L.neg(make_phone(rng), 'neg_phone')} / {L.neg(make_phone(rng), 'neg_phone')}"
    if k == 16:
        n = rng.choice([12, 13, 14, 15, 16])
        return f"Order #{L.neg(long_id(rng, n, True), 'neg_order_luhn')} shipped"
    if k == 17:
        return f"ARN {L.neg(rand_digits(rng, 23), 'neg_arn')} provided to cardholder for the refund trace"
    if k == 18:
        return f"log ts={L.neg(make_epoch_ms(rng), 'neg_timestamp')} event=payment_retry"
    if k == 19:
        return f"Last sync {L.neg(make_iso_ts(rng), 'neg_timestamp')}"
    if k == 20:
        return f"Credit of {L.neg(make_amount(rng), 'neg_amount')} applied"
    if k == 21:
        return f"Routing {L.neg(make_aba(rng), 'neg_routing')} acct {L.neg(make_account(rng), 'neg_account')}"
    if k == 22:
        return f"Business EIN {L.neg(make_ein(rng), 'neg_ein')}"
    if k == 23:
        return f"Billing ZIP {L.neg(make_zip(rng, True), 'neg_zip4')}"
    if k == 24:
        return f"App version {L.neg(rng.choice(['10.0.19045.4291', '17.4.1', '4.11.1111.0', '2024.03.14.1842']), 'neg_version')}"
    if k == 25:
        return f"IP {L.neg(f'{rng.randint(10, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}', 'neg_ip')}"
    if k == 26:
        return f"Member {L.neg(make_member(rng), 'neg_member')}, policy {L.neg(f'AUT-{rand_digits(rng, 4)}-{rand_digits(rng, 4)}-{rand_digits(rng, 2)}', 'neg_policy')}"
    if k == 27:
        return f"Ticket {L.neg(make_ticket(rng), 'neg_ticket')} ref {L.neg(make_uuid(rng), 'neg_uuid')}"
    if k == 28:
        return f"Gift of {L.neg(f'{rng.randint(1, 9)},{rand_digits(rng, 3)}', 'neg_amount')} points, expires {L.neg(make_date(rng), 'neg_date')}"
    return f"Loyalty no. {L.neg(long_id(rng, rng.choice([10, 11, 12]), True), 'neg_loyalty')}"


SSN_SENTENCES = [
    "Needed SSN for ID verification - cust provided {ssn}.",
    "SSN for account verification; customer gave {ssn} over the phone.",
    "Called to update phone number. Verified identity with SSN {ssn}.",
    "Order lookup by SSN: {ssn}",
    "Tax ID (SSN, not EIN) provided for the 1099: {ssn}",
    "Member ID lookup failed, used SSN instead: {ssn}",
    "Verified via SSN {ssn} and the phone on file",
    "Cust read the social from the card - {ssn} - to reopen the case",
    "ID check for the refund: SSN {ssn}, matched",
    "Account number not found; pulled account by social {ssn}",
]

CARD_SENTENCES = [
    "Card for order #{order} is {card}.",
    "Update card on account {acct} to {card} per cust request.",
    "Tracking issue resolved; charged the card {card} for the reshipment.",
    "Cust disputes charge on card {card}, case opened.",
    "Phone payment taken on {card} for invoice {order}.",
]


def positive(rng: random.Random, L: Labels) -> str:
    r = rng.random()
    if r < 0.45:
        s, style = fmt_ssn(rng, make_ssn(rng), rng.choice(["dashes", "dashes", "dashes", "spaces", "plain"]))
        return rng.choice(SSN_SENTENCES).format(ssn=L.mark(s, "SSN", f"trap_ssn_other_noun_{style}"))
    if r < 0.8:
        brand = rng.choice(COMMON_BRANDS)
        c, style = fmt_card(rng, make_card(rng, brand), brand)
        return rng.choice(CARD_SENTENCES).format(card=L.mark(c, "CARD", f"trap_card_other_noun_{style}", brand=brand), order=L.neg(rand_digits(rng, rng.randint(6, 10)), "neg_order"), acct=L.neg(make_account(rng), "neg_account"))
    k = rng.randrange(4)
    if k == 0:
        return f"Card on file ending {L.mark(rand_digits(rng, 4), 'IGNORE', 'ign_card_last4')}"
    if k == 1:
        return f"Masked PAN {L.mark('XXXX-XXXX-XXXX-' + rand_digits(rng, 4), 'IGNORE', 'ign_card_masked')}"
    if k == 2:
        return f"Paid with {L.mark('************' + rand_digits(rng, 4), 'IGNORE', 'ign_card_masked')}"
    return f"SSN last 4 {L.mark(rand_digits(rng, 4), 'IGNORE', 'ign_ssn_last4')} verified"


def build(rng: random.Random, n: int) -> list[dict]:
    from common import finish

    docs = []
    for i in range(n):
        L = Labels()
        company, agent, cust = pick_people(rng)
        lines = [trap(rng, L) for _ in range(rng.randint(3, 6))]
        for _ in range(rng.choice([0, 1, 1, 2])):
            lines.insert(rng.randint(0, len(lines)), positive(rng, L))
        kind = rng.choices(["note", "chat", "email", "ticket"], [45, 15, 20, 20])[0]
        if kind == "note":
            text, layout = note(rng, [x + ("" if x.endswith((".", ")")) else ".") for x in lines], agent)
        elif kind == "chat":
            turns = [("agent" if j % 2 else "customer", x) for j, x in enumerate(lines)]
            text, layout = chat(rng, turns, cust, agent)
        elif kind == "email":
            text, layout = email(rng, [x + "." if not x.endswith(".") else x for x in lines], cust)
        else:
            head = f"Ticket {L.neg(make_ticket(rng), 'neg_ticket')} | {company} | priority {rng.choice(['low', 'normal', 'high'])}\n"
            text, layout = head + "\n".join(f"[{make_date(rng, 'iso')}] {x}" for x in lines), "ticket"
        docs.append(finish(f"trap-{i:04d}", kind, text, L, layout=layout))
    return docs
