"""brands-beyond-the-usual: card numbers of the schemes and ranges a US-centric
brand table misses (UATP 1..., UnionPay 62 and 81, JCB 3088-3094, RuPay 60/
65/81/82/508, Mir 2200-2204, Troy 9792, Verve 5061/6500, Elo, Hipercard,
Dankort 5019, mada, Meeza, Maestro of 12 to 19 digits, Visa and Discover of
19) and the payment processors' published test cards (Stripe, Adyen,
Braintree, Worldpay, Checkout.com, Cybersource, Mastercard Gateway,
Authorize.net), each given as a card in a note, chat, email or call.
"""

from __future__ import annotations

import random

from common import (
    Labels,
    fmt_card,
    fmt_expiry,
    luhn_complete,
    luhn_valid,
    make_card,
    make_cvv,
    make_expiry,
    rand_digits,
    speak_digits,
    card_groups,
    group,
)
from docs import chat, closing, email, note, note_filler, opening, pick_people, transcript

# (processor, brand, number as published, where it is published)
STRIPE = "https://docs.stripe.com/testing (as mirrored in gist DominicWatts/e5a83ae2f2c53c244a619a7af4448d23)"
ADYEN = "github:amercier/adyen-test-cards src/index.ts; github:adyen-examples/adyen-testcards-extension data/cards.json"
BRAINTREE = "https://developer.paypal.com/braintree/docs/reference/general/testing (as mirrored in gist DominicWatts/e268e59f870408c6ac86df856977d2d3)"
WORLDPAY = "https://developer.worldpay.com/docs/access-worldpay/testing/payments-test-values/"
CHECKOUT = "https://checkoutdocs.readme.io/docs/testing"
CYBERSOURCE = "https://developer.cybersource.com/docs/cybs/en-us/click-to-pay/developer/all/rest/click-to-pay/uc-reference-test-cards.html"
MCGATEWAY = "https://developer.mastercard.com/mastercard-gateway/documentation/testing/test-cards/test-card-numbers/test-card-numbers-brand/"
AUTHNET = "github:processwith/test-payment-cards README.md (Authorize.Net sandbox)"

TEST_CARDS = [
    ("stripe", "visa", "4242424242424242", STRIPE), ("stripe", "visa_debit", "4000056655665556", STRIPE),
    ("stripe", "mastercard", "5555555555554444", STRIPE), ("stripe", "mastercard_2series", "2223003122003222", STRIPE),
    ("stripe", "mastercard_debit", "5200828282828210", STRIPE), ("stripe", "mastercard_prepaid", "5105105105105100", STRIPE),
    ("stripe", "amex", "378282246310005", STRIPE), ("stripe", "amex", "371449635398431", STRIPE),
    ("stripe", "discover", "6011111111111117", STRIPE), ("stripe", "discover", "6011000990139424", STRIPE),
    ("stripe", "discover_debit", "6011981111111113", STRIPE), ("stripe", "diners", "3056930009020004", STRIPE),
    ("stripe", "diners14", "36227206271667", STRIPE), ("stripe", "bccard_dinacard", "6555900000604105", STRIPE),
    ("stripe", "jcb", "3566002020360505", STRIPE), ("stripe", "unionpay", "6200000000000005", STRIPE),
    ("stripe", "unionpay_debit", "6200000000000047", STRIPE), ("stripe", "unionpay19", "6205500000000000004", STRIPE),
    ("adyen", "amex", "3700 0000 0000 002", ADYEN), ("adyen", "bancontact_maestro", "6703 4444 4444 4449", ADYEN),
    ("adyen", "bancontact19", "6703 0000 0000 0000 003", ADYEN), ("adyen", "bancontact_visa", "4871 0499 9999 9910", ADYEN),
    ("adyen", "cartes_bancaires", "4360 0000 0100 0005", ADYEN), ("adyen", "cartes_bancaires_visa", "4035 5010 0000 0008", ADYEN),
    ("adyen", "unionpay81", "8171 9999 2766 0000", ADYEN), ("adyen", "unionpay81_19", "8171 9999 0000 0000 021", ADYEN),
    ("adyen", "unionpay", "6243 0300 0000 0001", ADYEN), ("adyen", "unionpay", "6250 9470 0000 0014", ADYEN),
    ("adyen", "diners", "3600 6666 3333 44", ADYEN), ("adyen", "diners", "3607 0500 0010 20", ADYEN),
    ("adyen", "discover", "6011 6011 6011 6611", ADYEN), ("adyen", "discover", "6445 6445 6445 6445", ADYEN),
    ("adyen", "dankort", "5019 5555 4444 5555", ADYEN), ("adyen", "elo", "5066 9911 1111 1118", ADYEN),
    ("adyen", "hipercard", "6062 8288 8866 6688", ADYEN), ("adyen", "jcb", "3569 9900 1009 5841", ADYEN),
    ("adyen", "maestro", "6771 7980 2100 0008", ADYEN), ("adyen", "maestro", "5000 5500 0000 0029", ADYEN),
    ("adyen", "mastercard_2series", "2222 4000 7000 0005", ADYEN), ("adyen", "uatp", "1354 1001 4004 955", ADYEN),
    ("adyen", "visa", "4111 1111 4555 1142", ADYEN), ("adyen", "vpay19", "4013 2500 0000 0000 006", ADYEN),
    ("adyen", "visa_electron", "4001 0200 0000 0009", ADYEN),
    ("braintree", "amex", "378282246310005", BRAINTREE), ("braintree", "diners", "36259600000004", BRAINTREE),
    ("braintree", "discover", "6011000991300009", BRAINTREE), ("braintree", "jcb", "3530111333300000", BRAINTREE),
    ("braintree", "maestro", "6304000000000000", BRAINTREE), ("braintree", "mastercard_2series", "2223000048400011", BRAINTREE),
    ("braintree", "visa", "4005519200000004", BRAINTREE), ("braintree", "visa", "4009348888881881", BRAINTREE),
    ("braintree", "visa", "4217651111111119", BRAINTREE), ("braintree", "visa", "4500600000000061", BRAINTREE),
    ("braintree", "unionpay", "6243030000000001", BRAINTREE), ("braintree", "unionpay", "6221261111117766", BRAINTREE),
    ("braintree", "unionpay", "6223164991230014", BRAINTREE),
    ("worldpay", "amex", "343434343434343", WORLDPAY), ("worldpay", "discover_diners", "6011000400000000", WORLDPAY),
    ("worldpay", "jcb", "3528000700000000", WORLDPAY), ("worldpay", "maestro", "6759649826438453", WORLDPAY),
    ("worldpay", "mastercard", "5454545454545454", WORLDPAY), ("worldpay", "mastercard_2series", "2221000000000009", WORLDPAY),
    ("worldpay", "mastercard_debit", "5163613613613613", WORLDPAY), ("worldpay", "visa", "4444333322221111", WORLDPAY),
    ("worldpay", "visa13", "4911830000000", WORLDPAY), ("worldpay", "visa_debit", "4462030000000000", WORLDPAY),
    ("worldpay", "visa_debit19", "4917610000000000003", WORLDPAY), ("worldpay", "visa_electron", "4917300800000000", WORLDPAY),
    ("checkout", "visa", "4543 4740 0224 9996", CHECKOUT), ("checkout", "mastercard", "5436 0310 3060 6378", CHECKOUT),
    ("checkout", "mastercard_2series", "2223 0000 1047 9399", CHECKOUT), ("checkout", "mastercard", "5199 9923 1264 1465", CHECKOUT),
    ("checkout", "amex", "3456 789012 34564", CHECKOUT), ("checkout", "amex", "3782 822463 10005", CHECKOUT),
    ("checkout", "diners", "3012 345678 9019", CHECKOUT), ("checkout", "discover", "6011 1111 1111 1117", CHECKOUT),
    ("checkout", "jcb", "3530 1113 3330 0000", CHECKOUT), ("checkout", "visa_debit", "4658 5840 9000 0001", CHECKOUT),
    ("checkout", "maestro", "5000 1866 2234 6654", CHECKOUT), ("checkout", "visa_commercial", "4484 0700 0003 5519", CHECKOUT),
    ("cybersource", "cartes_bancaires", "4360000001000005", CYBERSOURCE), ("cybersource", "carnet", "5062210000000009", CYBERSOURCE),
    ("cybersource", "unionpay", "6279886248094966", CYBERSOURCE), ("cybersource", "discover", "6445644564456445", CYBERSOURCE),
    ("cybersource", "jaywan", "6790090000002009", CYBERSOURCE), ("cybersource", "paypak", "2205430000003002", CYBERSOURCE),
    ("cybersource", "mada", "4464040000000007", CYBERSOURCE), ("cybersource", "elo", "4514160000000003", CYBERSOURCE),
    ("cybersource", "eftpos18", "401795000000000009", CYBERSOURCE), ("cybersource", "meeza", "5078083000000002", CYBERSOURCE),
    ("mastercard_gateway", "mastercard", "5123450000000008", MCGATEWAY), ("mastercard_gateway", "mastercard_2series", "2223000000000007", MCGATEWAY),
    ("mastercard_gateway", "visa", "4508750015741019", MCGATEWAY), ("mastercard_gateway", "amex", "371881634498004", MCGATEWAY),
    ("authorize_net", "amex", "370000000000002", AUTHNET), ("authorize_net", "diners", "38000000000006", AUTHNET),
    ("authorize_net", "discover", "6011000000000012", AUTHNET), ("authorize_net", "jcb_3088", "3088000000000017", AUTHNET),
    ("authorize_net", "mastercard", "5424000000000015", AUTHNET), ("authorize_net", "visa13", "4007000000027", AUTHNET),
    ("authorize_net", "visa13", "4012888818888", AUTHNET),
]

EXTENDED = ["uatp", "unionpay", "unionpay81", "jcb_3088", "rupay", "mir", "troy", "verve", "elo", "hipercard", "dankort", "mada", "meeza", "maestro", "visa19", "discover19", "jcb19"]
BRAND_NAMES = {
    "uatp": "UATP", "unionpay": "UnionPay", "unionpay81": "UnionPay", "jcb_3088": "JCB", "rupay": "RuPay", "mir": "Mir", "troy": "Troy",
    "verve": "Verve", "elo": "Elo", "hipercard": "Hipercard", "dankort": "Dankort", "mada": "mada", "meeza": "Meeza", "maestro": "Maestro",
    "visa19": "Visa", "discover19": "Discover", "jcb19": "JCB",
}


def pick(rng: random.Random) -> tuple[str, str, str, str | None]:
    """(digits, brand, variant, source)"""
    r = rng.random()
    if r < 0.45:
        proc, brand, num, src = rng.choice(TEST_CARDS)
        return num.replace(" ", ""), brand, f"testcard_{proc}", src
    if r < 0.9:
        brand = rng.choice(EXTENDED)
        return make_card(rng, brand), brand, f"brand_{brand}", None
    # After a card label, a Luhn-valid number with a prefix no table has.
    n = rng.choice([12, 13, 14, 15, 16, 17, 18, 19])
    prefix = rng.choice(["0", "7", "8", "9", "1"]) + rand_digits(rng, 3)
    return luhn_complete(prefix + rand_digits(rng, n - 5)), "unknown", "brand_unknown_prefix_labelled", None


def render(rng: random.Random, digits: str, brand: str) -> str:
    if len(digits) not in (12, 13, 14, 15, 16, 17, 18, 19):
        return digits
    b = "amex" if brand.startswith("amex") else ("uatp" if brand == "uatp" else "")
    style = rng.choice(["spaces", "spaces", "contiguous", "contiguous", "dashes"])
    if b == "uatp" and style != "contiguous" and rng.random() < 0.5:
        # UATP cards are printed 4-5-6; Adyen's list writes 4-4-4-3.
        return group(digits, [4, 4, 4, 3], " " if style == "spaces" else "-")
    return fmt_card(rng, digits, b, style)[0]


def build(rng: random.Random, n: int) -> list[dict]:
    from common import finish

    docs = []
    for i in range(n):
        L = Labels()
        company, agent, cust = pick_people(rng)
        kind = rng.choices(["note", "chat", "transcript", "email"], [40, 20, 25, 15])[0]
        cards = [pick(rng) for _ in range(rng.randint(1, 2))]
        sources = sorted({c[3] for c in cards if c[3]})

        def m(digits, brand, variant, text=None):
            return L.mark(text or render(rng, digits, brand), "CARD", variant, brand=brand, luhn=luhn_valid(digits))

        if kind == "note":
            lines = [note_filler(rng, L, k) for k in rng.sample(range(12), rng.randint(1, 3))]
            for digits, brand, variant, src in cards:
                name = BRAND_NAMES.get(brand, "")
                lab = rng.choice([f"{name} card" if name else "card", "Card number:", "pmt method card", "CC#", f"{name}" if name else "Card:", "new card on file"])
                line = f"{lab} {m(digits, brand, variant)}"
                if rng.random() < 0.6:
                    mm, yy = make_expiry(rng)
                    line += f" exp {L.mark(fmt_expiry(rng, mm, yy)[0], 'EXPIRY', 'brand_context_expiry')}"
                if rng.random() < 0.5:
                    line += f" cvv {L.mark(make_cvv(rng, brand), 'CVV', 'brand_context_cvv')}"
                lines.insert(rng.randint(0, len(lines)), line)
            text, layout = note(rng, lines, agent)
        elif kind == "chat":
            turns = [("agent", f"Hi {cust.split()[0]}, how can I help?")]
            for digits, brand, variant, src in cards:
                turns.append(("agent", "Which card would you like to use for the payment?"))
                turns.append(("customer", rng.choice(["my card is ", "card number ", "it's ", ""]) + m(digits, brand, variant)))
            turns.append(("agent", "Thanks, the payment went through."))
            text, layout = chat(rng, turns, cust, agent)
        elif kind == "email":
            body = [f"I'd like to update the card on my account ({rng.choice(['order', 'booking', 'subscription'])} {L.neg(rand_digits(rng, 8), 'neg_reference')})."]
            for digits, brand, variant, src in cards:
                name = BRAND_NAMES.get(brand, "")
                body.append(f"Please use my {name + ' ' if name else ''}card {m(digits, brand, variant)} from now on.")
            body.append(f"You can call me at {L.neg(rng.choice(['(312) 555-0143', '+44 20 7946 0958', '+91 98450 12345', '+55 11 91234-5678', '+7 495 123-45-67']), 'neg_phone')}.")
            text, layout = email(rng, body, cust)
        else:
            turns = opening(rng, company, agent)
            for digits, brand, variant, src in cards:
                turns.append(("agent", "Can I get the card number?"))
                if rng.random() < 0.5:
                    sizes = card_groups(len(digits), "amex" if brand.startswith("amex") else brand)
                    parts, j = [], 0
                    for s in sizes:
                        parts.append(" ".join(speak_digits(rng, digits[j : j + s])))
                        j += s
                    said = ", ".join(p for p in parts if p)
                    turns.append(("customer", f"Sure, it's {m(digits, brand, variant + '_spoken', said)}."))
                else:
                    turns.append(("customer", f"It's {m(digits, brand, variant)}."))
                if rng.random() < 0.6:
                    mm, yy = make_expiry(rng)
                    turns += [("agent", "And the expiration?"), ("customer", f"{L.mark(fmt_expiry(rng, mm, yy, 'mm/yy')[0], 'EXPIRY', 'brand_context_expiry')}.")]
            turns += closing(rng)
            text, layout = transcript(rng, turns)
        extra = {"layout": layout}
        if sources:
            extra["source"] = "; ".join(sources)
        docs.append(finish(f"brand-{i:04d}", kind, text, L, **extra))
    return docs
