#!/usr/bin/env python3
"""Checker for world-lookalikes.jsonl (stdlib only). Exit 0 iff all checks pass."""
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from numlib import (luhn_ok, card_like, brand_of, ssn_valid, aba_ok, iban_ok, ups_ok, usps_ok, npi_ok, MBI_RE,
                    words_to_digits)

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "world-lookalikes.jsonl")
TYPES = {"CARD", "SSN", "CVV", "EXPIRY", "IGNORE"}
BRAND_MAP = {"visa16": "visa", "visa13": "visa", "visa19": "visa", "mc": "mastercard", "mc2": "mastercard", "amex": "amex",
             "discover": "discover", "jcb": "jcb", "diners": "diners", "unionpay": "unionpay", "unionpay19": "unionpay",
             "maestro": "maestro"}
MONTHS = "january february march april may june july august september october november december".split()
ZW = "[\u200b\u200c\u200d\u2060\ufeff]"

errors = []


def err(doc, msg):
    errors.append("%s: %s" % (doc["id"], msg))


def digits_of(s):
    """digits of a written or spoken value"""
    s2 = re.sub(ZW, "", s)
    s2 = re.sub(r"^\s*>\s?", "", s2, flags=re.M)  # quoted-email prefixes inside a wrapped value
    if re.fullmatch(r"[\d\s\-\.\u00a0\u2009\u202f\u2010-\u2015/>]+", s2):
        return re.sub(r"\D", "", s2)
    return words_to_digits(s2)


def check_expiry(v):
    low = v.lower()
    for i, m in enumerate(MONTHS):
        if low.startswith(m[:3]):
            return True
    d = digits_of(v)
    if not d:
        return False
    if len(d) in (3, 4):
        m = int(d[:-2])
    elif len(d) == 6:
        m = int(d[:2])
    else:
        return False
    return 1 <= m <= 12


NEG_RULES = {
    "neg_imei": lambda v, d: d is not None and len(d) == 15 and luhn_ok(d),
    "neg_iccid": lambda v, d: d is not None and len(d) in (19, 20) and d.startswith("89") and luhn_ok(d),
    "neg_tracking_ups": lambda v, d: ups_ok(v),
    "neg_tracking_fedex": lambda v, d: d is not None and len(d) in (12, 15, 20, 22),
    "neg_tracking_usps": lambda v, d: usps_ok(v),
    "neg_order_amazon": lambda v, d: re.fullmatch(r"\d{3}-\d{7}-\d{7}", v) is not None,
    "neg_routing": lambda v, d: d is not None and aba_ok(d),
    "neg_confirmation_spoken": lambda v, d: d is not None and 8 <= len(d) <= 10,
    "neg_iban": lambda v, d: iban_ok(v),
    "neg_ein": lambda v, d: re.fullmatch(r"\d{2}-\d{7}", v) is not None,
    "neg_medicare": lambda v, d: MBI_RE.fullmatch(v) is not None,
    "neg_npi": lambda v, d: npi_ok(v),
    "neg_zip4": lambda v, d: re.fullmatch(r"\d{5}-\d{4}", v) is not None,
    "neg_phone": lambda v, d: v == "711" or re.fullmatch(r"[\d\s\-\.\(\)\+]+((ext\.?|Ext\.|x)\s?\d+)?", v.replace(" ext. ", "ext.").replace(" ext ", "ext").replace(" x", "x").replace(" Ext. ", "Ext.")) is not None and 10 <= len(re.sub(r"(ext\.?|Ext\.|x)\s?\d+$", "", re.sub(r"\s(ext\.?|Ext\.|x)", r"\1", v)).replace("(0)", "").translate({ord(c): None for c in " -.()+"})) <= 13,
    "neg_phone_spoken": lambda v, d: d is not None and len(d) == 10,
    "neg_time": lambda v, d: re.search(r"\d{1,2}(:\d{2})|\d+\s?(am|pm)", v.lower()) is not None or (d is not None and 1 <= len(d) <= 4 and not re.search(r"\d", v)),
    "neg_amount": lambda v, d: re.fullmatch(r"(\$|USD )?\d[\d,]*(\.\d{2})?", v) is not None or v.endswith("dollars") or "cents" in v,
    "neg_percent": lambda v, d: v.endswith("%") or v.endswith("percent"),
    "neg_pin": lambda v, d: d is not None and 4 <= len(d) <= 6,
    "neg_gift_pin": lambda v, d: v.isdigit() and 4 <= len(v) <= 8,
    "neg_otp": lambda v, d: d is not None and len(d) == 6,
    "neg_ip": lambda v, d: re.fullmatch(r"(\d{1,3}\.){3}\d{1,3}", v) is not None and all(int(x) < 256 for x in v.split(".")),
    "neg_mac": lambda v, d: re.fullmatch(r"([0-9A-F]{2}:){5}[0-9A-F]{2}", v) is not None,
    "neg_version": lambda v, d: re.search(r"\d+\.\d+|build", v) is not None,
    "neg_vin": lambda v, d: re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v) is not None,
    "neg_extension": lambda v, d: d is not None and 3 <= len(d) <= 4,
    "neg_ssn_impossible": lambda v, d: re.fullmatch(r"\d{3}-\d{2}-\d{4}", v) is not None and not ssn_valid(re.sub(r"\D", "", v)),
    "neg_case_9digit": lambda v, d: d is not None and len(d) == 9,
    "neg_passport": lambda v, d: re.fullmatch(r"[A-Z]?\d{8,9}", v) is not None,
    "neg_library_card": lambda v, d: v.isdigit() and len(v) == 14,
    "neg_eticket": lambda v, d: v.isdigit() and len(v) == 13,
    "neg_gift_card": lambda v, d: not (v.isdigit() and luhn_ok(v)),
    "neg_date": lambda v, d: re.search(r"\d", v) is not None or any(m in v.lower() for m in MONTHS),
    "neg_dob": lambda v, d: re.search(r"(19|20)\d\d|nineteen|two thousand", v) is not None,
    "neg_expiry_noncard": lambda v, d: re.search(r"\d", v) is not None,
    "neg_cpt": lambda v, d: v.isdigit() and len(v) == 5,
    "neg_icd": lambda v, d: re.fullmatch(r"[A-Z]\d{2}(\.\d{1,2})?", v) is not None,
    "neg_confirmation": lambda v, d: re.fullmatch(r"[A-Z0-9][A-Z0-9\-]{4,14}", v) is not None,
    "neg_case_id": lambda v, d: re.fullmatch(r"[A-Z#]*[A-Z0-9 \-#]*\d[A-Z0-9\-]*", v) is not None,
    "neg_address": lambda v, d: re.match(r"\d+ ", v) is not None and re.search(r"[A-Z]{2} \d{5}(-\d{4})?$", v) is not None,
    "neg_swift": lambda v, d: re.fullmatch(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", v) is not None,
    "neg_quantity": lambda v, d: re.search(r"\d|third|hours", v) is not None,
    "neg_sku": lambda v, d: re.fullmatch(r"\d{3}-\d{5}", v) is not None,
    "neg_phone_last4": lambda v, d: re.fullmatch(r"\d{4}", v) is not None,
    "neg_policy": lambda v, d: len(re.sub(r"\D", "", v)) >= 8 or (d is not None and len(d) >= 8),
    "neg_rx": lambda v, d: v.isdigit() and len(v) == 7,
}


def card_runs(text):
    """digit runs joined by single separators; yield (start, end, digits) for every run of consecutive
    groups (group-aligned), which is how a PAN detector would see them"""
    for m in re.finditer(r"\d+(?:[ \-\.\u00a0\u2009\u202f\u2011\u2012\u2013]\d+)*", text):
        groups = [(g.start() + m.start(), g.end() + m.start()) for g in re.finditer(r"\d+", m.group())]
        for i in range(len(groups)):
            for j in range(i, len(groups)):
                st, en = groups[i][0], groups[j][1]
                dd = re.sub(r"\D", "", text[st:en])
                if len(dd) > 19:
                    break
                yield st, en, dd


def main():
    docs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
    ids = [d["id"] for d in docs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    tcount = collections.Counter()
    vcount = collections.Counter()
    ncount = collections.Counter()
    kcount = collections.Counter()
    items = collections.Counter()
    secret_docs = 0
    for d in docs:
        t = d["text"]
        kcount[d["kind"]] += 1
        for k in ("id", "kind", "text", "spans", "negatives"):
            if k not in d:
                err(d, "missing " + k)
        prev_end = -1
        has_secret = False
        ents = collections.defaultdict(list)
        for s in d["spans"]:
            if not (0 <= s["start"] < s["end"] <= len(t)):
                err(d, "span out of range %r" % s)
                continue
            if s["start"] < prev_end:
                err(d, "spans not sorted/disjoint at %d" % s["start"])
            prev_end = s["end"]
            if s["type"] not in TYPES:
                err(d, "bad type " + s["type"])
            v = t[s["start"]:s["end"]]
            if v != v.strip() or not v:
                err(d, "span has outer whitespace %r" % v)
            if not re.match(r"[0-9A-Za-z]", v[0]) and not v[0] in "•*X":
                err(d, "span starts with non-alnum %r" % v)
            tcount[s["type"]] += 1
            vcount[(s["type"], s["variant"])] += 1
            ents[s["entity"]].append(s)
            if s["type"] != "IGNORE":
                has_secret = True
        for e, ss in ents.items():
            typ = {s["type"] for s in ss}
            if len(typ) != 1:
                err(d, "entity %s mixes types" % e)
            typ = typ.pop()
            items[typ] += 1
            val = " ".join(t[s["start"]:s["end"]] for s in ss)
            dd = digits_of(val)
            if typ == "CARD":
                if dd is None or not card_like(dd):
                    err(d, "CARD entity %s not Luhn/brand valid: %r -> %r" % (e, val, dd))
                elif BRAND_MAP.get(ss[0].get("brand")) != brand_of(dd):
                    err(d, "brand mismatch %s vs %s" % (ss[0].get("brand"), brand_of(dd)))
            elif typ == "SSN":
                if dd is None or not ssn_valid(dd):
                    err(d, "SSN entity invalid: %r -> %r" % (val, dd))
            elif typ == "CVV":
                if dd is None or len(dd) not in (3, 4):
                    err(d, "CVV invalid %r" % val)
            elif typ == "EXPIRY":
                if not check_expiry(val):
                    err(d, "EXPIRY invalid %r" % val)
            elif typ == "IGNORE":
                var = ss[0]["variant"]
                if var in ("ign_luhn16_noncard_iin", "ign_gift_card_luhn"):
                    if not (dd and luhn_ok(dd) and brand_of(dd) is None):
                        err(d, "IGNORE luhn-noncard wrong %r" % val)
                if var in ("ign_card_last4", "ign_ssn_last4") and not re.fullmatch(r"\d{4}", val):
                    err(d, "last4 wrong %r" % val)
                if var == "ign_ssn_shaped_nocontext" and not ssn_valid(re.sub(r"\D", "", val)):
                    err(d, "ssn-shaped ignore invalid %r" % val)
        # CVV / EXPIRY must be near a card
        cards = [s for s in d["spans"] if s["type"] == "CARD"]
        for s in d["spans"]:
            if s["type"] in ("CVV", "EXPIRY"):
                if not any(abs(s["start"] - c["end"]) < 700 or abs(c["start"] - s["end"]) < 700 for c in cards):
                    err(d, "%s not near a card" % s["type"])
        if has_secret:
            secret_docs += 1
        spans = d["spans"]
        for n in d["negatives"]:
            if not (0 <= n["start"] < n["end"] <= len(t)):
                err(d, "neg out of range %r" % n)
                continue
            for s in spans:
                if n["start"] < s["end"] and s["start"] < n["end"]:
                    err(d, "negative overlaps span %r %r" % (n, s))
            v = t[n["start"]:n["end"]]
            if v != v.strip():
                err(d, "neg outer whitespace %r" % v)
            ncount[n["kind"]] += 1
            rule = NEG_RULES.get(n["kind"])
            dd = digits_of(v)
            if rule is None:
                rule = lambda v, d: re.search(r"\d", v) is not None or (d is not None and len(d) > 0)
            if not rule(v, dd):
                err(d, "negative %s fails its rule: %r" % (n["kind"], v))
            plain = re.sub(r"\D", "", v)
            if 12 <= len(plain) <= 19 and card_like(plain) and re.fullmatch(r"[\d\s\-\.]+", v):
                err(d, "negative %s is card-like: %r" % (n["kind"], v))
            if n["kind"] not in ("neg_ssn_impossible",) and re.fullmatch(r"\d{3}-\d{2}-\d{4}", v) and ssn_valid(plain):
                err(d, "negative looks like a valid SSN with dashes %r" % v)
        # no unlabelled card-like run anywhere outside spans
        for st, en, dd in card_runs(t):
            if card_like(dd) and not any(s["start"] < en and st < s["end"] for s in spans):
                err(d, "unlabelled card-like digits %s in %r" % (dd, t[st:en]))
        # unlabelled valid SSN-shaped (3-2-4 with dashes) outside spans
        for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", t):
            if ssn_valid(m.group().replace("-", "")) and not any(s["start"] <= m.start() and m.end() <= s["end"] for s in spans):
                err(d, "unlabelled SSN-shaped %r" % m.group())
        # embedded JSON / CSV
        if d["kind"] == "ticket_jsonl":
            for line in t.splitlines():
                if line.strip():
                    try:
                        json.loads(line)
                    except Exception as ex:
                        err(d, "embedded JSON line does not parse: %s %r" % (ex, line[:80]))
        if d["kind"] == "ticket_csv":
            import csv, io
            rows = list(csv.reader(io.StringIO(t)))
            w = {len(r) for r in rows if r}
            if len(w) != 1:
                err(d, "CSV rows have different widths %r" % w)
    for e in errors[:60]:
        print("ERROR", e)
    print("documents:", len(docs), "| with secrets:", secret_docs)
    print("kinds:", dict(kcount))
    print("spans per type:", dict(tcount))
    print("items (entities) per type:", dict(items))
    print("span variants:", dict(sorted(vcount.items())))
    print("negatives per kind:", dict(sorted(ncount.items(), key=lambda x: -x[1])), "total", sum(ncount.values()))
    print("ERRORS:", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
