"""other-scripts: cards, SSNs, security codes and expiry dates written with
the decimal digits of other scripts, as input methods produce them:
full-width (Japanese and Chinese IMEs: ４１１１, with full-width hyphens,
slashes, ideographic spaces, or the katakana long-vowel mark for a dash),
Arabic-Indic (٤١١١), Eastern Arabic-Indic (Persian/Urdu: ۴۱۱۱), Devanagari
(४१११), Bengali (৪১১১) and Thai (๔๑๑๑); with ASCII separators or the
script's own; half-converted mixes of ASCII and full-width digits; in the
script's language or in English notes that pasted them. Phone numbers,
dates, amounts and order numbers in the same digits are the negatives.
"""

from __future__ import annotations

import random

from common import (
    COMMON_BRANDS,
    Labels,
    card_groups,
    group,
    make_card,
    make_cvv,
    make_expiry,
    make_phone_digits,
    make_ssn,
    rand_digits,
)

ZERO = {"fullwidth": 0xFF10, "arabic": 0x0660, "persian": 0x06F0, "devanagari": 0x0966, "bengali": 0x09E6, "thai": 0x0E50}

# Label words in each language (card number, expiry date, security code,
# phone number, order number, social security number, amount).
WORDS = {
    "ja": ("カード番号", "有効期限", "セキュリティコード", "電話番号", "注文番号", "社会保障番号", "金額"),
    "zh": ("卡号", "有效期", "安全码", "电话", "订单号", "社会安全号码", "金额"),
    "ar": ("رقم البطاقة", "تاريخ الانتهاء", "رمز الأمان", "رقم الهاتف", "رقم الطلب", "رقم الضمان الاجتماعي", "المبلغ"),
    "fa": ("شماره کارت", "تاریخ انقضا", "کد امنیتی", "شماره تلفن", "شماره سفارش", "شماره تامین اجتماعی", "مبلغ"),
    "hi": ("कार्ड नंबर", "समाप्ति तिथि", "सीवीवी", "फ़ोन नंबर", "ऑर्डर नंबर", "सामाजिक सुरक्षा नंबर", "राशि"),
    "bn": ("কার্ড নম্বর", "মেয়াদ শেষের তারিখ", "সিভিভি", "ফোন নম্বর", "অর্ডার নম্বর", "সামাজিক নিরাপত্তা নম্বর", "পরিমাণ"),
    "th": ("หมายเลขบัตร", "วันหมดอายุ", "รหัสความปลอดภัย", "หมายเลขโทรศัพท์", "หมายเลขคำสั่งซื้อ", "หมายเลขประกันสังคม", "จำนวนเงิน"),
    "en": ("Card number:", "Exp", "CVV", "Phone:", "Order #", "SSN:", "Amount:"),
}
LANG_SCRIPTS = {"ja": ["fullwidth"], "zh": ["fullwidth"], "ar": ["arabic"], "fa": ["persian"], "hi": ["devanagari"], "bn": ["bengali"], "th": ["thai"], "en": ["fullwidth", "arabic", "persian", "devanagari", "bengali", "thai", "mixed"]}
COLON = {"ja": "：", "zh": "：", "ar": ": ", "fa": ": ", "hi": ": ", "bn": ": ", "th": " ", "en": " "}
INTRO = {
    "ja": "お客様からのお支払い情報です。",
    "zh": "客户提供的付款信息如下。",
    "ar": "معلومات الدفع التي قدمها العميل.",
    "fa": "اطلاعات پرداخت مشتری.",
    "hi": "ग्राहक द्वारा दी गई भुगतान जानकारी।",
    "bn": "গ্রাহকের দেওয়া পেমেন্টের তথ্য।",
    "th": "ข้อมูลการชำระเงินจากลูกค้า",
    "en": "Customer pasted the details from their banking app:",
}


def to_script(text: str, script: str, rng: random.Random) -> str:
    """ASCII digits in `text` as `script`'s digits ("mixed": some groups
    full-width, some ASCII, as a half-converted IME input)."""
    if script == "mixed":
        out, fw = [], rng.random() < 0.5
        for ch in text:
            if ch.isdigit():
                out.append(chr(ZERO["fullwidth"] + int(ch)) if fw else ch)
            else:
                out.append(ch)
                if ch in " -" and rng.random() < 0.7:
                    fw = not fw
        return "".join(out)
    z = ZERO[script]
    return "".join(chr(z + int(c)) if c.isdigit() else c for c in text)


def seps(rng: random.Random, script: str) -> tuple[str, str]:
    """(group separator, date separator) as that script's input produces."""
    if script == "fullwidth":
        return rng.choice([("　", "／"), ("－", "／"), ("ー", "/"), (" ", "/"), ("-", "/"), ("", "／")])
    if script in ("arabic", "persian"):
        return rng.choice([(" ", "/"), ("-", "/"), (" ", "؍"), ("", "/"), ("\u200f ", "/")])
    return rng.choice([(" ", "/"), ("-", "/"), ("", "/"), (" ", "-")])


def build(rng: random.Random, n: int) -> list[dict]:
    from common import finish

    docs = []
    for i in range(n):
        L = Labels()
        lang = rng.choice(["ja", "zh", "ar", "fa", "hi", "bn", "th", "en", "en", "en"])
        script = rng.choice(LANG_SCRIPTS[lang])
        w = WORDS[lang]
        col = COLON[lang]
        gsep, dsep = seps(rng, script if script != "mixed" else "fullwidth")
        if script == "mixed":
            gsep = rng.choice([" ", "-"])
        blocks: list[list[str]] = []
        variant = f"script_{script}"
        items = rng.sample(["card", "card", "ssn", "phone_first"], k=rng.randint(1, 3))
        for it in items:
            if it == "card":
                brand = rng.choice(COMMON_BRANDS)
                d = make_card(rng, brand)
                sizes = card_groups(len(d), brand)
                text = group(d, sizes, gsep) if gsep else d
                block = [f"{w[0]}{col}{L.mark(to_script(text, script, rng), 'CARD', variant + '_card', brand=brand)}"]
                if rng.random() < 0.8:
                    mo, yy = make_expiry(rng)
                    e = rng.choice([f"{mo:02d}{dsep}{yy:02d}", f"{mo:02d}{dsep}20{yy:02d}"])
                    block.append(f"{w[1]}{col}{L.mark(to_script(e, script, rng), 'EXPIRY', variant + '_expiry')}")
                if rng.random() < 0.7:
                    block.append(f"{w[2]}{col}{L.mark(to_script(make_cvv(rng, brand), script, rng), 'CVV', variant + '_cvv')}")
                blocks.append(block)
            elif it == "ssn":
                s = make_ssn(rng)
                sep = rng.choice(["-", "-", gsep or "-", "－" if script == "fullwidth" else "-"])
                text = f"{s[:3]}{sep}{s[3:5]}{sep}{s[5:]}" if rng.random() < 0.8 else s
                blocks.append([f"{w[5]}{col}{L.mark(to_script(text, script, rng), 'SSN', variant + '_ssn')}"])
            else:
                p = make_phone_digits(rng)
                text = rng.choice([f"{p[:3]}-{p[3:6]}-{p[6:]}", f"({p[:3]}) {p[3:6]}-{p[6:]}", p, f"+1 {p[:3]} {p[3:6]} {p[6:]}"])
                blocks.append([f"{w[3]}{col}{L.neg(to_script(text, script, rng), 'neg_phone')}"])
        # Negatives in the same digits.
        for k in rng.sample(range(4), rng.randint(1, 3)):
            if k == 0:
                p = make_phone_digits(rng)
                blocks.append([f"{w[3]}{col}{L.neg(to_script(f'{p[:3]}-{p[3:6]}-{p[6:]}', script, rng), 'neg_phone')}"])
            elif k == 1:
                blocks.append([f"{w[4]}{col}{L.neg(to_script(rand_digits(rng, rng.randint(8, 12)), script, rng), 'neg_order')}"])
            elif k == 2:
                y, mo, d = rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28)
                blocks.append([L.neg(to_script(f"{y}{dsep}{mo:02d}{dsep}{d:02d}", script, rng), "neg_date")])
            else:
                amt = f"{rng.randint(10, 90000):,}.{rng.randint(0, 99):02d}"
                blocks.append([f"{w[6]}{col}{L.neg(to_script(amt, script, rng), 'neg_amount')}"])
        rng.shuffle(blocks)
        rest = [x for b in blocks for x in b]
        head = INTRO[lang]
        joiner = rng.choice(["\n", "\n", "، " if lang in ("ar", "fa") else ("、" if lang in ("ja", "zh") else " | ")])
        text = head + "\n" + joiner.join(rest)
        docs.append(finish(f"script-{i:04d}", "note", text, L, layout=f"{lang}/{script}", language=lang))
    return docs
