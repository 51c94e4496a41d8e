"""Checks of the evaluation tooling and of the sets it wrote.

    python3 -m unittest discover -s eval/asr -p 'test_*.py' -v

Unit checks of the number reader, the alignment and the JSON writer, then
invariants of every document in eval/sets/asr-*.jsonl: spans inside the
text and on word boundaries, no overlaps, every secret's value valid (cards
Luhn-valid with a brand prefix, SSNs by SSA rules), JSON exports that parse
with every span inside a string value.
"""

import json
import os
import random
import re
import unittest

import build_sets as bs
import gen_calls as gc
import spoken as nw

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.environ.get("HUSH_ASR_SETS", os.path.join(HERE, "..", "sets"))
LAYOUTS = ["labelled", "unlabelled", "oneline", "json"]


def load(layout):
    path = os.path.join(SETS, f"asr-{layout}.jsonl")
    with open(path) as f:
        return [json.loads(l) for l in f if l.strip()]


class Spoken(unittest.TestCase):
    prof = {"zero": "oh", "double": False, "triple": False, "filler": 0}

    def test_pairs(self):
        r = random.Random(1)
        self.assertEqual(nw.pairs_words("4111", self.prof, r),
                         "forty one eleven")
        self.assertEqual(nw.pairs_words("0720", self.prof, r),
                         "oh seven twenty")
        self.assertEqual(nw.pairs_words("123", self.prof, r),
                         "one twenty three")

    def test_doubles(self):
        r = random.Random(1)
        prof = dict(self.prof, double=True, triple=True)
        words = nw.digits_words("5550", prof, r)
        self.assertEqual(nw.strict_digits(words.split()), "5550")

    def test_strict_digits(self):
        self.assertEqual(nw.strict_digits(
            "forty one eleven double oh nine".split()), "4111009")
        self.assertEqual(nw.strict_digits("for one mine".split()), "1")
        self.assertEqual(nw.strict_digits("thirty".split()), "30")
        self.assertEqual(nw.strict_digits(
            "june of thirty three".split()), "0633")
        self.assertEqual(nw.strict_digits(
            "for won to mine".split(), tolerant=True), "4129")

    def test_spoken_digit_count(self):
        self.assertEqual(nw.spoken_digit_count(
            "forty one eleven".split()), 4)
        self.assertEqual(nw.spoken_digit_count(
            "for won to mine".split()), 4)
        self.assertEqual(nw.spoken_digit_count(
            "for won to mine".split(), tolerant=False), 0)
        self.assertEqual(nw.spoken_digit_count(
            "september twenty seven".split()), 4)

    def test_luhn(self):
        self.assertTrue(nw.luhn_ok("4111111111111111"))
        self.assertFalse(nw.luhn_ok("4111111111111112"))
        self.assertEqual(nw.luhn_check_digit("411111111111111"), "1")


class Generator(unittest.TestCase):
    def test_cards_and_ssns_valid(self):
        r = random.Random(3)
        for _ in range(2000):
            label, brand, num = gc.make_card(r)
            self.assertTrue(nw.luhn_ok(num), num)
            self.assertTrue(label.endswith(str(len(num))))
            s = gc.make_ssn(r)
            self.assertTrue(valid_ssn(s), s)

    def test_calls_are_seeded(self):
        self.assertEqual(gc.make_call(7, 5), gc.make_call(7, 5))
        self.assertNotEqual(gc.make_call(7, 5), gc.make_call(8, 5))

    def test_labels_cover_number_words(self):
        for i in range(1, 40):
            call = gc.make_call(11, i)
            for t in call["turns"]:
                for lab in t["labels"]:
                    words = t["words"][lab["start"]:lab["end"]]
                    self.assertTrue(words)
                    self.assertNotIn(words[0], gc.FILLERS)
                    self.assertNotIn(words[-1], gc.FILLERS)


class Alignment(unittest.TestCase):
    def test_misheard_digits_align_in_place(self):
        ref = "it's four one one one two".split()
        hyp = "its for one one to".split()
        pairs = bs.align(ref, hyp)
        self.assertEqual(bs.hyp_range(pairs, 1, 6), (1, 5))

    def test_deleted_secret_has_no_range(self):
        pairs = bs.align("okay four two".split(), "okay".split())
        self.assertIsNone(bs.hyp_range(pairs, 1, 3))

    def test_insertions_inside_are_kept(self):
        ref = "card four two nine thanks".split()
        hyp = "card for the two nine thanks".split()
        pairs = bs.align(ref, hyp)
        self.assertEqual(bs.hyp_range(pairs, 1, 4), (1, 5))

    def test_edit_ops(self):
        self.assertEqual(bs.edit_ops("4111", "4111"), (0, 0, 0))
        self.assertEqual(bs.edit_ops("4111", "411"), (0, 1, 0))
        self.assertEqual(bs.edit_ops("4111", "41111"), (0, 0, 1))
        self.assertEqual(bs.edit_ops("4111", "4121"), (1, 0, 0))


class JsonWriter(unittest.TestCase):
    def test_dump_matches_json_and_tracks_marks(self):
        obj = {"a": [1, {"b": bs.Tracked("x four two", [(2, 10, {"t": 1})])}],
               "c": "d", "e": [], "f": {}}
        text, spans = bs.dump(obj)
        self.assertEqual(text, json.dumps(obj, indent=2))
        self.assertEqual(text[spans[0]["start"]:spans[0]["end"]], "four two")


def string_ranges(text):
    """The (start, end) of the contents of every JSON string literal."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text[i] == '"':
            j = i + 1
            while text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append((i + 1, j))
            i = j + 1
        else:
            i += 1
    return out


def valid_ssn(s):
    return (len(s) == 9 and s.isdigit() and s[:3] not in ("000", "666")
            and s[0] != "9" and s[3:5] != "00" and s[5:] != "0000")


class Sets(unittest.TestCase):
    """Invariants of the written sets (skipped when they are absent)."""

    @classmethod
    def setUpClass(cls):
        if not os.path.exists(os.path.join(SETS, "asr-labelled.jsonl")):
            raise unittest.SkipTest("no sets written yet")
        cls.docs = {lay: load(lay) for lay in LAYOUTS}
        cls.calls = {}
        with open(os.path.join(HERE, "calls.jsonl")) as f:
            for line in f:
                c = json.loads(line)
                cls.calls[c["id"]] = c

    def test_three_layouts_per_call(self):
        ids = [[d["meta"]["call"] for d in self.docs[lay]]
               for lay in LAYOUTS[:3]]
        self.assertEqual(ids[0], ids[1])
        self.assertEqual(ids[0], ids[2])
        self.assertGreater(len(ids[0]), 0)
        self.assertEqual(len(set(ids[0])), len(ids[0]))

    def test_spans_well_formed(self):
        word = re.compile(r"[a-z']")
        for lay in LAYOUTS:
            for d in self.docs[lay]:
                text = d["text"]
                prev = 0
                for s in sorted(d["spans"], key=lambda s: s["start"]):
                    self.assertLessEqual(prev, s["start"], d["id"])
                    self.assertLess(s["start"], s["end"])
                    self.assertLessEqual(s["end"], len(text))
                    self.assertIn(s["type"], ("CARD", "SSN", "CVV",
                                              "EXPIRY", "IGNORE"))
                    seg = text[s["start"]:s["end"]]
                    self.assertEqual(seg, seg.strip(), d["id"])
                    if s["start"] > 0:
                        self.assertFalse(word.match(text[s["start"] - 1]),
                                         (d["id"], seg))
                    if s["end"] < len(text):
                        self.assertFalse(word.match(text[s["end"]]),
                                         (d["id"], seg))
                    prev = s["end"]
                for n in d["negatives"]:
                    self.assertLess(n["start"], n["end"])
                    for s in d["spans"]:
                        self.assertTrue(n["end"] <= s["start"] or
                                        s["end"] <= n["start"], d["id"])

    def test_one_line_layout_has_no_line_breaks(self):
        for d in self.docs["oneline"]:
            self.assertNotIn("\n", d["text"])

    def test_labelled_layout_labels_every_line(self):
        for d in self.docs["labelled"]:
            for line in d["text"].split("\n"):
                self.assertRegex(line, r"^(Agent|Customer): \S")

    def test_values_valid(self):
        for c in self.calls.values():
            for e in c["entities"].values():
                if e["type"] == "CARD":
                    self.assertTrue(nw.luhn_ok(e["value"]))
                    self.assertTrue(12 <= len(e["value"]) <= 19)
                if e["type"] == "SSN":
                    self.assertTrue(valid_ssn(e["value"]), e["value"])
                if e["type"] == "EXPIRY":
                    self.assertRegex(e["value"],
                                     r"^(0[1-9]|1[0-2])/(2[6-9]|3[0-3])$")

    def test_json_exports_parse_and_spans_in_strings(self):
        self.assertTrue(self.docs["json"])
        for d in self.docs["json"]:
            obj = json.loads(d["text"])
            self.assertTrue("results" in obj or "utterances" in obj)
            ranges = string_ranges(d["text"])
            for s in d["spans"]:
                self.assertTrue(any(a <= s["start"] and s["end"] <= b
                                    for a, b in ranges), (d["id"], s))

    def test_same_items_in_every_text_layout(self):
        for lay in ("unlabelled", "oneline"):
            for a, b in zip(self.docs["labelled"], self.docs[lay]):
                ea = sorted((s["entity"], s["type"]) for s in a["spans"])
                eb = sorted((s["entity"], s["type"]) for s in b["spans"])
                self.assertEqual(ea, eb)
                ta = [a["text"][s["start"]:s["end"]] for s in
                      sorted(a["spans"], key=lambda s: s["start"])]
                tb = [b["text"][s["start"]:s["end"]] for s in
                      sorted(b["spans"], key=lambda s: s["start"])]
                self.assertEqual(ta, tb)


if __name__ == "__main__":
    unittest.main()
