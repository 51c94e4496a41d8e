#!/usr/bin/env python3
"""Check eval/sets/unlabelled-calls.jsonl (or any file gen.py writes).

    python3 eval/calls/verify.py eval/sets/unlabelled-calls.jsonl [--stats]

Every document: the corpus shape; recogniser text (lower case, no
punctuation but apostrophes, no speaker labels, one line or one utterance per
line); spans inside the text, sorted, disjoint, starting and ending on a
number word; one type per entity; the span's text reads as the digits it
records; the digits are what the label says (a card of its brand's length
whose pieces join up to the number, Luhn state as recorded; a valid SSN of
nine digits; a three digit code, four for Amex; a month and year; the last
four of a social); corrections, read-backs with a wrong digit and the
recogniser's errors explain every difference between what was said and what
was meant; negatives inside the text, outside every span, holding a number.
Written separately from gen.py: its own reading of number words.
Exit status 1 and a list of problems if anything fails.
"""
import json
import re
import sys
from collections import Counter, defaultdict

DIGIT = {"zero": 0, "oh": 0, "o": 0, "one": 1, "won": 1, "two": 2, "to": 2, "too": 2,
         "three": 3, "free": 3, "four": 4, "for": 4, "five": 5, "six": 6, "sex": 6,
         "seven": 7, "eight": 8, "ate": 8, "nine": 9, "nein": 9, "line": 9, "mine": 9}
TEENS = {w: 10 + i for i, w in enumerate(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
MONTH = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
ORDINALS = set(("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                 "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
                 "twentieth thirtieth").split())
NUMBER_WORDS = set(DIGIT) | set(TEENS) | set(TENS) | {"double", "triple", "hundred"}
BRAND_LEN = {"visa16": 16, "mastercard16": 16, "amex15": 15, "discover16": 16, "visa13": 13,
             "diners14": 14, "visa19": 19, "unionpay19": 19}
BRAND_PREFIX = {"visa16": ("4",), "visa13": ("4",), "visa19": ("4",), "amex15": ("34", "37"),
                "mastercard16": tuple("51 52 53 54 55".split()) + tuple(str(i) for i in range(2221, 2721)),
                "discover16": ("6011", "644", "645", "646", "647", "648", "649", "65"),
                "diners14": ("300", "301", "302", "303", "304", "305", "36", "38"),
                "unionpay19": ("62",)}
TYPES = {"CARD", "SSN", "CVV", "EXPIRY", "IGNORE"}


def read_number(words, months=False):
    """Digits that recogniser words spell, independent of gen.py."""
    out = ""
    k = 0
    n = len(words)
    while k < n:
        w = words[k]
        nxt = words[k + 1] if k + 1 < n else ""
        if re.fullmatch(r"[0-9]+", w):
            out += w
        elif w == "double" and nxt in DIGIT:
            out += str(DIGIT[nxt]) * 2
            k += 1
        elif w == "triple" and nxt in DIGIT:
            out += str(DIGIT[nxt]) * 3
            k += 1
        elif w in TENS:
            if DIGIT.get(nxt, 0) > 0:
                out += str(TENS[w] + DIGIT[nxt])
                k += 1
            else:
                out += str(TENS[w])
        elif w in TEENS:
            out += str(TEENS[w])
        elif w in DIGIT:
            out += str(DIGIT[w])
        elif w == "hundred":
            out += "00"
        elif months and w in MONTH:
            out += str(MONTH[w])
        k += 1
    return out


def luhn(ds):
    total = 0
    for i, ch in enumerate(ds[::-1]):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def one_off(a, b):
    """a and b differ in one digit, or by two neighbours swapped."""
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return True
    return (len(diff) == 2 and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


def cut_explains(heard, meant):
    """heard is meant with one stretch said first and taken back."""
    if heard == meant:
        return True
    for i in range(len(heard) + 1):
        for j in range(i, len(heard) + 1):
            if heard[:i] + heard[j:] == meant:
                return True
    return False


def valid_ssn(s):
    return (len(s) == 9 and s.isdigit() and s[:3] not in ("000", "666") and s[0] != "9"
            and s[3:5] != "00" and s[5:] != "0000")


def expiry_ok(heard, value):
    mm, yy = value.split("/")
    m = str(int(mm))
    return heard in {m + yy, mm + yy, m + "20" + yy, mm + "20" + yy}


def check(doc, problems, seen_ids):
    did = doc.get("id", "?")

    def bad(msg):
        problems.append("%s: %s" % (did, msg))

    for key in ("id", "kind", "text", "spans", "negatives", "meta"):
        if key not in doc:
            bad("missing " + key)
            return
    if did in seen_ids:
        bad("duplicate id")
    seen_ids.add(did)
    if not re.fullmatch(r"ucall-\d{4}", did):
        bad("id shape")
    if doc["kind"] != "transcript":
        bad("kind")
    text, meta = doc["text"], doc["meta"]
    layout = meta.get("layout")
    if layout not in ("oneline", "lines"):
        bad("layout %r" % layout)
    if not isinstance(meta.get("garbled"), bool):
        bad("garbled flag")
    if not re.fullmatch(r"[a-z0-9' \n]+", text):
        bad("characters outside lower-case recogniser text: %r" % sorted(set(re.sub(r"[a-z0-9' \n]", "", text))))
    if "  " in text or text != text.strip() or " \n" in text or "\n " in text:
        bad("stray whitespace")
    if layout == "oneline" and "\n" in text:
        bad("oneline document has a line break")
    if layout == "lines" and text.count("\n") < 5:
        bad("lines document with few lines")
    if re.search(r"(?m)^(agent|customer|caller|speaker|spk)", text):
        bad("speaker label")

    ents = meta.get("entities", {})
    spans = doc["spans"]
    prev_end = 0
    etype = {}
    readings = defaultdict(list)
    for s in spans:
        for key in ("start", "end", "type", "variant", "entity"):
            if key not in s:
                bad("span without %s" % key)
                return
        a, b = s["start"], s["end"]
        if not (0 <= a < b <= len(text)):
            bad("span %d-%d outside text" % (a, b))
            continue
        if a < prev_end:
            bad("span %d-%d unsorted or overlapping" % (a, b))
        prev_end = b
        t = s["type"]
        if t not in TYPES:
            bad("type %s" % t)
        if not s["variant"] or not isinstance(s["variant"], str):
            bad("variant")
        if etype.setdefault(s["entity"], t) != t:
            bad("entity %s has two types" % s["entity"])
        e = ents.get(s["entity"])
        if not e or e["type"] != t:
            bad("entity %s missing from meta or of another type" % s["entity"])
            continue
        st = text[a:b]
        words = st.split()
        if st != st.strip() or not words:
            bad("span %r has whitespace at its edge" % st)
            continue
        edge = NUMBER_WORDS | (set(MONTH) if t == "EXPIRY" else set())
        if words[0] not in edge or words[-1] not in edge:
            bad("span %r does not start and end on a number word" % st)
        if a > 0 and text[a - 1] not in " \n" or b < len(text) and text[b] not in " \n":
            bad("span %r cuts a word" % st)
        heard = read_number(words, months=(t == "EXPIRY"))
        if heard != s.get("digits"):
            bad("span %r reads %s, recorded %s" % (st, heard, s.get("digits")))
        value = s.get("value", "")
        asr = s.get("asr")
        if asr and not meta["garbled"]:
            bad("recogniser errors in a document not marked garbled")
        if t == "CARD" and s.get("brand") != e.get("brand"):
            bad("card span brand differs from entity")
        if t == "CARD" and s.get("brand") not in BRAND_LEN:
            bad("brand %s" % s.get("brand"))
        # what was heard against what was meant
        if not asr:
            if s.get("correction"):
                if heard == value or not cut_explains(heard, value):
                    bad("correction %r not explained: heard %s meant %s" % (st, heard, value))
            elif t == "EXPIRY":
                if not expiry_ok(heard, value):
                    bad("expiry %r reads %s, not %s" % (st, heard, value))
            elif heard != value:
                bad("span %r reads %s but is labelled %s" % (st, heard, value))
        else:
            if abs(len(heard) - len(value.replace("/", ""))) > 3 + (4 if s.get("correction") else 0):
                bad("garbled span %r too far from its value" % st)
        readings[(s["entity"], s.get("reading"))].append(s)

    # entities and readings
    for eid, e in ents.items():
        t = e["type"]
        if eid not in etype:
            bad("entity %s has no span" % eid)
        if t == "CARD":
            num, brand = e["number"], e["brand"]
            if len(num) != BRAND_LEN.get(brand, -1):
                bad("card %s has %d digits, %s needs %s" % (eid, len(num), brand, BRAND_LEN.get(brand)))
            if not num.startswith(BRAND_PREFIX[brand]):
                bad("card %s prefix does not fit %s" % (eid, brand))
            if luhn(num) != e["luhn"]:
                bad("card %s Luhn recorded %s" % (eid, e["luhn"]))
        elif t == "SSN":
            if not valid_ssn(e["value"]):
                bad("ssn %s invalid" % e["value"])
        elif t == "CVV":
            card = ents.get(e.get("card"))
            want = 4 if card and card["brand"] == "amex15" else 3
            if not (e["value"].isdigit() and len(e["value"]) == want):
                bad("cvv %s should have %d digits" % (e["value"], want))
        elif t == "EXPIRY":
            m = re.fullmatch(r"(\d\d)/(\d\d)", e["value"])
            if not m or not 1 <= int(m.group(1)) <= 12 or not 25 <= int(m.group(2)) <= 40:
                bad("expiry %s" % e["value"])
            if e.get("card") not in ents:
                bad("expiry without its card")
        elif t == "IGNORE":
            if not re.fullmatch(r"\d{4}", e["value"]):
                bad("ignore %s is not four digits" % e["value"])

    for (eid, r), ss in readings.items():
        e = ents[eid]
        t = e["type"]
        role = ss[0].get("role")
        if any(x.get("role") != role for x in ss):
            bad("reading %s mixes roles" % r)
        ss = sorted(ss, key=lambda x: x.get("at", 0))
        joined = "".join(x.get("value", "") for x in ss)
        heard = "".join(x["digits"] for x in ss)
        if len(ss) > 1:
            pos = 0
            for x in ss:
                if x.get("at") != pos:
                    bad("pieces of %s do not join up" % r)
                pos += len(x["value"])
        if t == "CARD":
            n = BRAND_LEN[e["brand"]]
            if role == "fix":
                at = ss[0]["at"]
                if e["number"][at:at + len(joined)] != joined or len(joined) >= 12:
                    bad("fix %s is not a group of the card" % joined)
                continue
            if len(joined) != n:
                bad("card reading %s has %d digits, %s needs %d" % (r, len(joined), e["brand"], n))
            for x in ss:
                if x.get("luhn") != luhn(joined):
                    bad("card reading %s Luhn recorded %s" % (r, x.get("luhn")))
            if role in ("given", "reread", "readback"):
                if joined != e["number"]:
                    bad("card reading %s is not the card" % r)
            elif role in ("readback_error", "misread"):
                if not one_off(joined, e["number"]):
                    bad("%s reading %s is not one digit off" % (role, r))
            else:
                bad("card role %s" % role)
            if len(heard) < 12:
                bad("card reading %s only %d digits heard" % (r, len(heard)))
        elif t == "SSN":
            if joined != e["value"]:
                bad("ssn reading %s is not the ssn" % r)
            if not 7 <= len(heard) <= 13:
                bad("ssn reading %s heard %d digits" % (r, len(heard)))
        elif joined != e["value"]:
            bad("%s reading %s value %s is not %s" % (t, r, joined, e["value"]))

    # negatives
    negs = doc["negatives"]
    for n in negs:
        a, b = n.get("start"), n.get("end")
        if not isinstance(a, int) or not isinstance(b, int) or not 0 <= a < b <= len(text):
            bad("negative %r outside text" % n)
            continue
        if not str(n.get("kind", "")).startswith("neg_"):
            bad("negative kind %r" % n.get("kind"))
        nt = text[a:b]
        if nt != nt.strip():
            bad("negative %r has whitespace at its edge" % nt)
        if not (set(nt.split()) & (NUMBER_WORDS | ORDINALS | {"thousand"}) or re.search(r"\d", nt)):
            bad("negative %r holds no number" % nt)
        if a > 0 and text[a - 1] not in " \n" or b < len(text) and text[b] not in " \n":
            bad("negative %r cuts a word" % nt)
        for s in spans:
            if a < s["end"] and s["start"] < b:
                bad("negative %r overlaps span %r" % (nt, text[s["start"]:s["end"]]))
    for x, y in zip(sorted(negs, key=lambda n: n["start"]), sorted(negs, key=lambda n: n["start"])[1:]):
        if y["start"] < x["end"]:
            bad("negatives overlap")


def stats(docs):
    c_type, c_var, c_ent, c_neg, c_lay = Counter(), Counter(), Counter(), Counter(), Counter()
    brands, roles, asr = Counter(), Counter(), Counter()
    for d in docs:
        c_lay[(d["meta"]["layout"], d["meta"]["garbled"])] += 1
        for s in d["spans"]:
            c_type[s["type"]] += 1
            c_var[(s["type"], s["variant"])] += 1
            roles[(s["type"], s.get("role"))] += 1
            for ev in s.get("asr", []):
                asr[ev] += 1
        for eid, e in d["meta"]["entities"].items():
            c_ent[e["type"]] += 1
            if e["type"] == "CARD":
                brands[e["brand"]] += 1
        for n in d["negatives"]:
            c_neg[n["kind"]] += 1
    print("documents %d  (layout, garbled): %s" % (len(docs), dict(sorted(c_lay.items()))))
    print("call types:", dict(Counter(d["meta"]["call_type"] for d in docs)))
    print("entities:", dict(c_ent), " spans:", dict(c_type), " negatives:", sum(c_neg.values()))
    print("card brands:", dict(brands))
    print("variants:")
    for (t, v), n in sorted(c_var.items()):
        print("  %-7s %-28s %d" % (t, v, n))
    print("roles:", {"%s/%s" % k: n for k, n in sorted(roles.items())})
    print("recogniser errors inside spans:", dict(asr))
    print("negatives:", dict(sorted(c_neg.items())))


def main(argv):
    if len(argv) < 2:
        sys.exit("usage: verify.py FILE.jsonl [--stats]")
    problems, seen, docs = [], set(), []
    with open(argv[1], encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                doc = json.loads(line)
            except ValueError as err:
                problems.append("line %d: not JSON (%s)" % (ln, err))
                continue
            docs.append(doc)
            check(doc, problems, seen)
    if "--stats" in argv:
        stats(docs)
    for p in problems:
        print(p)
    print("%d documents, %d problems" % (len(docs), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
