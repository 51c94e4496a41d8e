#!/usr/bin/env python3
"""Check a world-calls jsonl file.  usage: python3 check.py FILE.jsonl"""
import collections
import json
import re
import sys

TYPES = {"CARD", "SSN", "CVV", "EXPIRY", "IGNORE"}
KINDS = {"transcript", "chat", "note", "email"}
W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
UNIT = {w: str(i) for i, w in enumerate(W)}
UNIT.update({"oh": "0", "o": "0", "won": "1", "to": "2", "too": "2", "tree": "3", "for": "4", "ate": "8", "nein": "9"})
REAL_UNIT = {w: str(i) for i, w in enumerate(W) if i > 0}
TEENS = {w: str(10 + i) for i, w in enumerate(["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                                 "seventeen", "eighteen", "nineteen"])}
TENS = {w: str(i + 2) for i, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
# variants whose first attempt is a misread that is replaced (not deleted) later
SOFT = {"card_readback_corrected", "card_digit_clarified"}


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def brand_ok(v, brand):
    n = len(v)
    if brand == "visa16":
        return v[0] == "4" and n == 16
    if brand == "visa13":
        return v[0] == "4" and n == 13
    if brand == "visa19":
        return v[0] == "4" and n == 19
    if brand == "mastercard":
        return n == 16 and (51 <= int(v[:2]) <= 55 or 2221 <= int(v[:4]) <= 2720)
    if brand == "amex":
        return n == 15 and v[:2] in ("34", "37")
    if brand == "discover":
        return n == 16 and (v.startswith("6011") or v.startswith("65"))
    return False


def ssn_ok(v):
    if not re.fullmatch(r"\d{9}", v):
        return False
    a, g, s = v[:3], v[3:5], v[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def stream(text, months=False):
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt in UNIT:
            out.append(UNIT[nxt] * (2 if t == "double" else 3))
            i += 1
        elif t in TEENS:
            out.append(TEENS[t])
        elif t in TENS:
            if nxt in REAL_UNIT:
                out.append(TENS[t] + REAL_UNIT[nxt])
                i += 1
            else:
                out.append(TENS[t] + "0")
        elif t in UNIT:
            out.append(UNIT[t])
        elif months and len(t) >= 3 and any(m.startswith(t) for m in MONTHS):
            m = [k for k, m in enumerate(MONTHS) if m.startswith(t)][0] + 1
            out.append("%02d" % m)
        i += 1
    return "".join(out)


def by_deleting(s, v, k=2):
    """can v be obtained from s by deleting at most k contiguous chunks?"""
    from functools import lru_cache

    @lru_cache(maxsize=None)
    def f(i, j, c, indel):
        if j == len(v):
            rest = len(s) - i
            return rest == 0 or (indel or c < k)
        if i == len(s):
            return False
        # keep s[i]
        if s[i] == v[j] and f(i + 1, j + 1, c, False):
            return True
        # delete s[i]
        if indel:
            return f(i + 1, j, c, True)
        return c < k and f(i + 1, j, c + 1, True)
    return f(0, 0, 0, False)


def check_doc(d, errs, warns):
    did = d.get("id")
    E = lambda m: errs.append("%s: %s" % (did, m))
    for k in ("id", "kind", "layout", "text", "spans", "negatives"):
        if k not in d:
            E("missing field " + k)
            return
    if d["kind"] not in KINDS:
        E("bad kind")
    text = d["text"]
    n = len(text)
    if "json" in d.get("layout_id", "") or d["layout"].lower().startswith(("aws", "deepgram", "ibm", "chat export json")):
        try:
            json.loads(text)
        except Exception as ex:
            E("JSON layout does not parse: %s" % ex)
    prev_end = -1
    prev_start = -1
    ents = collections.defaultdict(list)
    for s in d["spans"]:
        st, en = s.get("start"), s.get("end")
        if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= n):
            E("span out of range / empty %r" % s)
            continue
        if st < prev_start:
            E("spans not sorted at %d" % st)
        if st < prev_end:
            E("spans overlap at %d" % st)
        prev_start, prev_end = st, en
        if s.get("type") not in TYPES:
            E("bad type %r" % s.get("type"))
        if not s.get("variant") or s.get("entity") in (None, ""):
            E("span without variant/entity %r" % s)
        t = text[st:en]
        if not (t[0].isalnum() and t[-1].isalnum()):
            E("span text does not start/end alnum: %r" % t)
        ents[s["entity"]].append(s)
    spans = d["spans"]
    for ng in d["negatives"]:
        st, en = ng.get("start"), ng.get("end")
        if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= n):
            E("negative out of range %r" % ng)
            continue
        if not ng.get("kind"):
            E("negative without kind")
        for s in spans:
            if st < s["end"] and s["start"] < en:
                E("negative %r overlaps span %r" % (text[st:en], text[s["start"]:s["end"]]))
    for e, ss in ents.items():
        types = {s["type"] for s in ss}
        if len(types) != 1:
            E("entity %s mixes types %s" % (e, types))
            continue
        typ = types.pop()
        vals = {s.get("value") for s in ss}
        if typ != "IGNORE" and (len(vals) != 1 or None in vals):
            E("entity %s: missing or inconsistent value %r" % (e, vals))
            continue
        v = vals.pop() if vals else None
        variants = {s["variant"] for s in ss}
        frag = " ".join(text[s["start"]:s["end"]] for s in ss)
        # JSON docs may carry the same fragment twice (full transcript + segments): check each copy
        if typ == "CARD":
            if not re.fullmatch(r"\d{13,19}", v) or not luhn_ok(v):
                E("entity %s: card value %r not Luhn-valid" % (e, v))
            b = {s.get("brand") for s in ss}
            if len(b) != 1 or not brand_ok(v, b.pop()):
                E("entity %s: brand/prefix/length mismatch %r" % (e, v))
        elif typ == "SSN":
            if not ssn_ok(v):
                E("entity %s: SSN %r breaks SSA rules" % (e, v))
        elif typ == "CVV":
            if not re.fullmatch(r"\d{3,4}", v):
                E("entity %s: CVV %r" % (e, v))
        elif typ == "EXPIRY":
            m = re.fullmatch(r"(\d\d)/(\d\d)", v or "")
            if not m or not 1 <= int(m.group(1)) <= 12:
                E("entity %s: expiry value %r" % (e, v))
                continue
        if typ == "IGNORE":
            continue
        # digit-stream consistency: each copy of the fragments must yield the value
        copies = split_copies(ss, text)
        for cp in copies:
            st_ = [stream(text[s["start"]:s["end"]], months=(typ == "EXPIRY")) for s in cp]
            full = "".join(st_)
            if typ == "EXPIRY":
                mm, yy = v.split("/")
                targets = [mm + yy, str(int(mm)) + yy, mm + "20" + yy, str(int(mm)) + "20" + yy]
                if not any(by_deleting(full, t, 3) for t in targets):
                    E("entity %s: expiry text %r does not yield %s" % (e, frag, v))
            elif variants & SOFT:
                # the first attempt (the first len(v) digits said) is the value with one group/digit
                # misread or missing; the later fragment(s) repair it
                first = full[:len(v)]
                ok = (len(first) == len(v) and sum(a != b for a, b in zip(first, v)) <= 4) or \
                    by_deleting(v, full[:len(v) - 1], 1)
                if not ok or not luhn_ok(v):
                    E("entity %s: soft check failed %r vs %s" % (e, first, v))
            else:
                if not by_deleting(full, v, 2):
                    E("entity %s (%s): text %r does not yield value %s" % (e, ",".join(variants), frag, v))


def split_copies(ss, text):
    """JSON layouts repeat the transcript (full text + segments); group fragments into copies."""
    n = len(ss)
    if n % 2 == 0 and n >= 2:
        h = n // 2
        a, b = ss[:h], ss[h:]
        if all(text[x["start"]:x["end"]] == text[y["start"]:y["end"]] for x, y in zip(a, b)):
            return [a, b]
    return [ss]


def scan_unlabelled(d, warns):
    text = d["text"]
    cover = [False] * len(text)
    for s in d["spans"] + d["negatives"]:
        for i in range(s["start"], s["end"]):
            cover[i] = True
    for m in re.finditer(r"(?<![0-9A-Za-z])\d(?:[ \-.]?\d){12,18}(?![0-9A-Za-z])", text):
        if any(cover[m.start():m.end()]):
            continue
        ds = re.sub(r"\D", "", m.group())
        if luhn_ok(ds):
            warns.append("%s: unlabelled Luhn-valid run %r" % (d["id"], m.group()))
    for m in re.finditer(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)", text):
        if not any(cover[m.start():m.end()]):
            warns.append("%s: unlabelled SSN-shaped %r" % (d["id"], m.group()))


def main(path):
    errs, warns = [], []
    ids = set()
    cnt = collections.Counter()
    kinds = collections.Counter()
    layouts = collections.Counter()
    items = 0
    negk = collections.Counter()
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            d = json.loads(line)
        except Exception as ex:
            errs.append("line %d: bad json %s" % (ln, ex))
            continue
        if d.get("id") in ids:
            errs.append("duplicate id %s" % d.get("id"))
        ids.add(d.get("id"))
        check_doc(d, errs, warns)
        scan_unlabelled(d, warns)
        kinds[d["kind"]] += 1
        layouts[(d["kind"], d.get("layout_id", d["layout"]))] += 1
        seen = set()
        for s in d["spans"]:
            if s["entity"] in seen:
                continue
            seen.add(s["entity"])
            cnt[(s["type"], s["variant"])] += 1
            if s["type"] != "IGNORE":
                items += 1
        for g in d["negatives"]:
            negk[g["kind"]] += 1
    print("docs:", sum(kinds.values()), dict(kinds))
    print("labelled items (non-IGNORE entities):", items)
    bytype = collections.Counter()
    for (t, v), c in cnt.items():
        bytype[t] += c
    print("entities by type:", dict(bytype))
    for (t, v), c in sorted(cnt.items()):
        print("  %-7s %-36s %d" % (t, v, c))
    print("negatives:", sum(negk.values()))
    for k, c in sorted(negk.items()):
        print("  %-28s %d" % (k, c))
    print("layouts:")
    for k, c in sorted(layouts.items()):
        print("  %-11s %-16s %d" % (k[0], k[1], c))
    for w in warns:
        print("WARN", w)
    for e in errs:
        print("ERROR", e)
    print("%d errors, %d warnings" % (len(errs), len(warns)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "world-calls.jsonl"))
