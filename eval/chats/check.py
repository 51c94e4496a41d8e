#!/usr/bin/env python3
"""Validate world-chats.jsonl: offsets, Luhn/brand/length for CARD entities, SSA rules for SSNs,
CVV/expiry shape, no overlapping spans, negatives outside spans. Exit 1 on any error."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "world-chats.jsonl")

WORD = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
        "six": "6", "seven": "7", "eight": "8", "nine": "9"}
MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def card_brand(num):
    n = len(num)
    if n < 12:
        return None
    p2, p3, p4 = int(num[:2]), int(num[:3]), int(num[:4])
    if num[0] == "4":
        return "visa" if n in (13, 16, 19) else None
    if p2 in (34, 37):
        return "amex" if n == 15 else None
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
        return "mc" if n == 16 else None
    if num.startswith("6011") or 644 <= p3 <= 649 or p2 == 65:
        return "discover" if n in (16, 19) else None
    if 3528 <= p4 <= 3589:
        return "jcb" if 16 <= n <= 19 else None
    if p2 in (36, 38) or 300 <= p3 <= 305:
        return "diners" if n in (14, 16) else None
    if p2 == 62:
        return "unionpay" if 16 <= n <= 19 else None
    return None


def to_digits(s):
    """digits of a value written with digits and/or number words; None if something else is inside"""
    out = []
    for tok in re.findall(r"[A-Za-z]+|\d|[^\sA-Za-z\d]", s):
        if tok.isdigit():
            out.append(tok)
        elif tok.lower() in WORD:
            out.append(WORD[tok.lower()])
        elif tok in "-.,/":
            continue
        else:
            return None
    return "".join(out)


def ssn_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, s = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def expiry_ok(s):
    t = s.strip().lower()
    m = re.fullmatch(r"(\d{1,2})\s?[/\-. ]?\s?(\d{2}|\d{4})", t)
    if m:
        mo = int(m.group(1))
        return 1 <= mo <= 12
    m = re.fullmatch(r"([a-z]+)\.?\s+'?(\d{2}|\d{4})", t)
    if m:
        return m.group(1)[:3] in MONTHS
    return False


def main():
    errors = []
    warnings = []
    docs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
    ids = set()
    cnt_type = collections.Counter()
    cnt_var = collections.Counter()
    cnt_neg = collections.Counter()
    cnt_ent = collections.Counter()
    for d in docs:
        did = d["id"]
        if did in ids:
            errors.append(f"{did}: duplicate id")
        ids.add(did)
        text = d["text"]
        L = len(text)
        spans = sorted(d["spans"], key=lambda s: s["start"])
        for s in spans:
            cnt_type[s["type"]] += 1
            cnt_var[(s["type"], s["variant"])] += 1
            if not (0 <= s["start"] < s["end"] <= L):
                errors.append(f"{did}: span out of range {s}")
                continue
            v = text[s["start"]:s["end"]]
            if v != v.strip() or not re.match(r"[\w*•X]", v) or not re.search(r"[\w]$", v):
                errors.append(f"{did}: span has untrimmed edges {v!r}")
            if s["type"] not in ("CARD", "SSN", "CVV", "EXPIRY", "IGNORE"):
                errors.append(f"{did}: bad type {s['type']}")
        for a, b in zip(spans, spans[1:]):
            if b["start"] < a["end"]:
                errors.append(f"{did}: overlapping spans {a} {b}")
        # entities
        ents = collections.defaultdict(list)
        for s in spans:
            ents[s["entity"]].append(s)
        for e, ss in ents.items():
            types = {s["type"] for s in ss}
            if len(types) != 1:
                errors.append(f"{did}: entity {e} mixes types {types}")
                continue
            t = types.pop()
            cnt_ent[t] += 1
            vals = [text[s["start"]:s["end"]] for s in ss]
            if t == "IGNORE":
                continue
            digs = [to_digits(v) for v in vals]
            if any(x is None for x in digs) and t != "EXPIRY":
                errors.append(f"{did}: entity {e} ({t}) has non-digit content {vals}")
                continue
            if t == "CARD":
                num = "".join(digs)
                if not luhn_ok(num) or card_brand(num) is None:
                    errors.append(f"{did}: CARD entity {e} invalid: {num} from {vals}")
            elif t == "SSN":
                num = "".join(digs)
                if not ssn_ok(num):
                    errors.append(f"{did}: SSN entity {e} invalid: {num}")
            elif t == "CVV":
                num = "".join(digs)
                if len(ss) != 1 or not (3 <= len(num) <= 4):
                    errors.append(f"{did}: CVV entity {e} invalid: {vals}")
            elif t == "EXPIRY":
                if len(ss) != 1 or not expiry_ok(vals[0]):
                    errors.append(f"{did}: EXPIRY entity {e} unparseable: {vals}")
        # IGNORE misreads must really fail as cards
        for s in spans:
            if s["type"] == "IGNORE" and s["variant"] == "misread_fails_luhn":
                num = to_digits(text[s["start"]:s["end"]])
                if num and luhn_ok(num) and card_brand(num):
                    errors.append(f"{did}: misread IGNORE is actually a valid card {num}")
        # negatives
        for n in d["negatives"]:
            cnt_neg[n["kind"]] += 1
            if not (0 <= n["start"] < n["end"] <= L):
                errors.append(f"{did}: negative out of range {n}")
                continue
            for s in spans:
                if n["start"] < s["end"] and s["start"] < n["end"]:
                    errors.append(f"{did}: negative {n} overlaps span {s}")
            v = text[n["start"]:n["end"]]
            if v != v.strip():
                errors.append(f"{did}: negative has untrimmed edges {v!r}")
            dg = re.sub(r"[ \-.]", "", v)
            if dg.isdigit() and 13 <= len(dg) <= 19 and luhn_ok(dg) and card_brand(dg):
                warnings.append(f"{did}: negative {n['kind']} {v!r} is Luhn-valid with a card prefix")
    for e in errors:
        print("ERROR", e)
    for w in warnings:
        print("WARN ", w)
    print(f"documents: {len(docs)}")
    print(f"documents with CARD/SSN: {sum(1 for d in docs if any(s['type'] in ('CARD', 'SSN') for s in d['spans']))}")
    print(f"documents with no required span: {sum(1 for d in docs if not any(s['type'] != 'IGNORE' for s in d['spans']))}")
    print("spans by type:", dict(sorted(cnt_type.items())))
    print("entities by type:", dict(sorted(cnt_ent.items())))
    print("spans by type/variant:")
    for (t, v), c in sorted(cnt_var.items()):
        print(f"  {t:7s} {v:22s} {c}")
    print(f"negatives: {sum(cnt_neg.values())}")
    for k, c in sorted(cnt_neg.items(), key=lambda x: -x[1]):
        print(f"  {k:22s} {c}")
    if errors:
        print(f"FAILED: {len(errors)} errors")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
