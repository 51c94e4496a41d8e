#!/usr/bin/env python3
"""Validate world-scripts.jsonl: offsets, code-point spans, digit values in any script
(Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width...), Luhn/brand prefix/length for
CARD entities, SSA rules for SSNs, CVV length, expiry month/year, no overlapping spans,
negatives outside spans, and a scan for card-like numbers left unlabelled. Exit 1 on any error."""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(os.path.join(HERE, "..", "sets", "world-scripts.jsonl"))

# same table as gen.py (issuer prefixes by brand)
BINS = {
    "visa": ["4"], "mc": ["51", "52", "53", "54", "55", "2221", "2300", "2500", "2720"], "amex": ["34", "37"],
    "discover": ["6011", "65", "644"], "jcb": ["3528", "3530", "3540", "3566", "3589"], "diners": ["36"],
    "unionpay": ["622202", "622848", "621700", "622588", "625911", "621483", "623058"],
    "mada": ["588845", "588848", "588850", "968208", "968205", "440647", "446404", "457865"],
    "meeza": ["507803", "507808"], "rupay": ["652150", "652161", "607153", "608001", "508534", "817200"],
    "troy": ["979200", "979204"], "mir": ["2200", "2201", "2202", "2204"],
    "shetab": ["603799", "610433", "621986", "589210", "627412", "603769", "502229", "622106", "627353", "585983"],
}
LENGTHS = {"amex": {15}, "diners": {14}, "unionpay": {16, 19}}
SEPARATORS = set(" \n\t-‐‑–—.－ー\u3000\u00a0\u202f\u2009")


def digit_of(c):
    v = unicodedata.decimal(c, None)
    return None if v is None else str(v)


def norm(s):
    """digits of any script -> ASCII, other characters kept"""
    return "".join(digit_of(c) or c for c in s)


def digits_only(s, allow_slash=False):
    """(digits, bad characters) of a span value"""
    out, bad = [], []
    for c in s:
        d = digit_of(c)
        if d is not None:
            out.append(d)
        elif c in SEPARATORS or unicodedata.category(c) in ("Cf", "Zs") or (allow_slash and c == "/"):
            continue
        else:
            bad.append(c)
    return "".join(out), bad


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


def ssn_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, s = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def expiry_ok(text, sp):
    n = norm(text)
    runs = re.findall(r"\d+", n)
    mm, yy = sp["month"], sp["year"]
    ys = {str(yy), f"{yy:02d}"}
    if len(runs) == 1 and len(runs[0]) == 4 and not sp.get("month_word") and runs[0] not in ys:
        runs = [runs[0][:2], runs[0][2:]]
    if not any(r in ys for r in runs):
        return False, "year not found"
    if sp.get("month_word"):
        if sp["month_word"] not in text:
            return False, "month word not found"
    elif mm not in [int(r) for r in runs if len(r) <= 2 and r not in ys] + ([mm] if runs.count(f"{mm:02d}") > 1 else []):
        return False, "month not found"
    if not 1 <= mm <= 12:
        return False, "bad month"
    cal = sp.get("calendar", "gregorian")
    y4 = yy if yy > 100 else (yy + (1400 if cal == "solar_hijri" else 2000))
    if (cal == "gregorian" and y4 < 2027) or (cal == "solar_hijri" and y4 < 1405):
        return False, "expired"
    return True, ""


CARDLIKE = re.compile(r"\d(?:[ \-.\u200e\u200f\u061c\u3000\u00a0－ー]?\d)*")


def main():
    errors, warnings = [], []
    docs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
    ids = set()
    c_type, c_var, c_neg, c_ent = (collections.Counter() for _ in range(4))
    c_lang_type = collections.Counter()
    c_script = collections.Counter()
    c_lang_docs = collections.Counter()
    c_kind = collections.Counter()
    c_brand = collections.Counter()
    for d in docs:
        did, text = d["id"], d["text"]
        lang = d.get("meta", {}).get("lang", "?")
        c_lang_docs[lang] += 1
        c_kind[d["kind"]] += 1
        if did in ids:
            errors.append(f"{did}: duplicate id")
        ids.add(did)
        L = len(text)
        spans = sorted(d["spans"], key=lambda s: s["start"])
        for s in spans:
            c_type[s["type"]] += 1
            c_var[(s["type"], s["variant"])] += 1
            if not (0 <= s["start"] < s["end"] <= L):
                errors.append(f"{did}: span out of range {s}")
                continue
            v = text[s["start"]:s["end"]]
            if v != v.strip() or unicodedata.category(v[0])[0] in "ZCP" and v[0] != "*" or unicodedata.category(v[-1])[0] in "ZCP":
                errors.append(f"{did}: span has untrimmed edges {v!r}")
            if s["type"] not in ("CARD", "SSN", "CVV", "EXPIRY", "IGNORE"):
                errors.append(f"{did}: bad type {s['type']}")
        for a, b in zip(spans, spans[1:]):
            if b["start"] < a["end"]:
                errors.append(f"{did}: overlapping spans {a} {b}")
        ents = collections.defaultdict(list)
        for s in spans:
            ents[s["entity"]].append(s)
        for e, ss in ents.items():
            types = {s["type"] for s in ss}
            if len(types) != 1:
                errors.append(f"{did}: entity {e} mixes types {types}")
                continue
            t = types.pop()
            c_ent[t] += 1
            c_lang_type[(lang, t)] += 1
            vals = [text[s["start"]:s["end"]] for s in ss]
            if t == "IGNORE":
                if ss[0]["variant"] == "misread_fails_luhn":
                    dg = "".join(digits_only(v)[0] for v in vals)
                    if luhn_ok(dg):
                        errors.append(f"{did}: misread IGNORE passes Luhn {dg}")
                continue
            c_script[(t, ss[0].get("script", "?"))] += 1
            if t == "EXPIRY":
                if len(ss) != 1:
                    errors.append(f"{did}: split expiry")
                ok, why = expiry_ok(vals[0], ss[0])
                if not ok:
                    errors.append(f"{did}: EXPIRY {vals[0]!r}: {why}")
                continue
            parts = [digits_only(v) for v in vals]
            bad = [c for _, b in parts for c in b]
            if bad:
                errors.append(f"{did}: {t} entity {e} has non-digit content {bad} in {vals}")
            num = "".join(p for p, _ in parts)
            if num != ss[0]["value"]:
                errors.append(f"{did}: {t} entity {e} digits {num} != value {ss[0]['value']}")
            if t == "CARD":
                br = ss[0]["brand"]
                c_brand[(br, len(num))] += 1
                if not luhn_ok(num):
                    errors.append(f"{did}: CARD fails Luhn {num}")
                if not any(num.startswith(p) for p in BINS[br]):
                    errors.append(f"{did}: CARD {num} prefix not {br}")
                if len(num) not in LENGTHS.get(br, {16}):
                    errors.append(f"{did}: CARD {num} length {len(num)} not valid for {br}")
            elif t == "SSN":
                if not ssn_ok(num):
                    errors.append(f"{did}: SSN invalid {num}")
            elif t == "CVV":
                if len(ss) != 1 or len(num) not in (3, 4):
                    errors.append(f"{did}: CVV invalid {vals}")
        # card values that are in the doc: the amex CVV length
        cards = [s for s in spans if s["type"] == "CARD"]
        for s in spans:
            if s["type"] == "CVV" and len(s["value"]) == 4 and not any(c["brand"] == "amex" for c in cards):
                errors.append(f"{did}: 4-digit CVV without an Amex card")
        # negatives
        for n in d["negatives"]:
            c_neg[n["kind"]] += 1
            if not (0 <= n["start"] < n["end"] <= L):
                errors.append(f"{did}: negative out of range {n}")
                continue
            for s in spans:
                if n["start"] < s["end"] and s["start"] < n["end"]:
                    errors.append(f"{did}: negative {n} overlaps span {s}")
            v = text[n["start"]:n["end"]]
            if v != v.strip():
                errors.append(f"{did}: negative has untrimmed edges {v!r}")
            dg, _ = digits_only(v)
            if 13 <= len(dg) <= 19 and luhn_ok(dg) and dg[0] in "2345689" and len(dg) == len(re.sub(r"\D", "", norm(v))):
                warnings.append(f"{did}: negative {n['kind']} {v!r} is a Luhn-valid number with a card-like prefix")
        # unlabelled card-like numbers or SSN values outside spans
        nt = norm(text)
        covered = [False] * L
        for s in spans:
            for i in range(s["start"], s["end"]):
                covered[i] = True
        ssns = {s["value"] for s in spans if s["type"] == "SSN"}
        for m in CARDLIKE.finditer(nt):
            if any(covered[m.start():m.end()]):
                continue
            dg = re.sub(r"\D", "", m.group())
            if 13 <= len(dg) <= 19 and luhn_ok(dg) and dg[0] in "2345689":
                inneg = any(n["start"] <= m.start() and m.end() <= n["end"] for n in d["negatives"])
                if not inneg:
                    errors.append(f"{did}: unlabelled card-like number {m.group()!r}")
            if dg in ssns:
                errors.append(f"{did}: SSN value repeated outside spans")
    for e in errors:
        print("ERROR", e)
    for w in warnings:
        print("WARN ", w)
    print(f"documents: {len(docs)}")
    print("documents by language:", dict(sorted(c_lang_docs.items())))
    print("documents by kind:", dict(sorted(c_kind.items())))
    print(f"documents with CARD/SSN: {sum(1 for d in docs if any(s['type'] in ('CARD', 'SSN') for s in d['spans']))}")
    print(f"documents with no required span: {sum(1 for d in docs if not any(s['type'] != 'IGNORE' for s in d['spans']))}")
    print("spans by type:", dict(sorted(c_type.items())))
    print("entities by type:", dict(sorted(c_ent.items())))
    langs = sorted({l for l, _ in c_lang_type})
    print("entities by language and type:")
    print(f"  {'lang':8s} CARD SSN CVV EXPIRY IGNORE")
    for l in langs:
        print(f"  {l:8s} " + " ".join(f"{c_lang_type[(l, t)]:>{len(t)}d}" for t in ("CARD", "SSN", "CVV", "EXPIRY", "IGNORE")))
    print("required entities by digit script:")
    for (t, sc), c in sorted(c_script.items()):
        print(f"  {t:7s} {sc:6s} {c}")
    print("card brands (brand, length):", dict(sorted(c_brand.items())))
    print("spans by type/variant:")
    for (t, v), c in sorted(c_var.items()):
        print(f"  {t:7s} {v:30s} {c}")
    print(f"negatives: {sum(c_neg.values())}")
    for k, c in sorted(c_neg.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {k:22s} {c}")
    if errors:
        print(f"FAILED: {len(errors)} errors")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
