"""Builds the evaluation sets from the call scripts and the recogniser's
hypotheses: gold labels on what the recogniser wrote, in four layouts, and
the statistics of how it garbled the secrets.

    python3 eval/asr/build_sets.py eval/asr/calls.jsonl eval/asr/hyps.jsonl

writes eval/sets/asr-labelled.jsonl, asr-unlabelled.jsonl, asr-oneline.jsonl,
asr-json.jsonl and the statistics between the markers in
eval/asr/README.md.

Labels: each turn's hypothesis words are aligned to its reference words
(edit distance). A secret's span runs from the first to the last
hypothesis word aligned to the secret's reference words, misrecognised
words in between included. A secret keeps its type even when its digits
came out wrong; it becomes IGNORE (variant `ign_asr_destroyed`) only when
fewer than half of its digits survive as number-like words.
"""

import argparse
import collections
import hashlib
import json
import os
import sys

import spoken as nw

HERE = os.path.dirname(os.path.abspath(__file__))
NUMBER_WORDS = (set(nw.ONES) | set(nw.TEENS) | set(nw.TENS[2:]) |
                {"oh", "double", "triple", "hundred", "thousand"} |
                set(nw.MONTHS))
SPEAKER = {"agent": "Agent", "customer": "Customer"}


# -- alignment ------------------------------------------------------------
def sub_cost(r, h):
    """Substitution cost: a number word misheard as a number-like word is a
    closer match than an unrelated word."""
    if r == h:
        return 0.0
    r_num = r in NUMBER_WORDS
    h_num = h in NUMBER_WORDS or h in nw.DIGIT_LIKE
    if r_num and h_num:
        return 0.6
    if r_num != (h in NUMBER_WORDS):
        # A number word for a plain word (or the reverse) is a worse match
        # than a plain word for a plain word: ties go to the alignment
        # that keeps numbers with numbers.
        return 1.2
    return 1.0


def align(ref, hyp):
    """Edit-distance alignment: a list of (ref index or None, hyp index or
    None) pairs in order."""
    n, m = len(ref), len(hyp)
    inf = float("inf")
    d = [[inf] * (m + 1) for _ in range(n + 1)]
    d[0] = [float(j) for j in range(m + 1)]
    for i in range(1, n + 1):
        d[i][0] = float(i)
        ri = ref[i - 1]
        row, prev = d[i], d[i - 1]
        for j in range(1, m + 1):
            row[j] = min(prev[j - 1] + sub_cost(ri, hyp[j - 1]),
                         prev[j] + 1.0, row[j - 1] + 1.0)
    pairs = []
    i, j = n, m
    while i > 0 or j > 0:
        if i > 0 and j > 0 and abs(
                d[i][j] - (d[i - 1][j - 1] + sub_cost(ref[i - 1],
                                                      hyp[j - 1]))) < 1e-9:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif i > 0 and abs(d[i][j] - (d[i - 1][j] + 1.0)) < 1e-9:
            pairs.append((i - 1, None))
            i -= 1
        else:
            pairs.append((None, j - 1))
            j -= 1
    pairs.reverse()
    return pairs


def hyp_range(pairs, start, end):
    """The hypothesis words [first, last+1) aligned to reference words in
    [start, end), or None when all of them were deleted."""
    hs = [h for r, h in pairs
          if r is not None and h is not None and start <= r < end]
    if not hs:
        return None
    return min(hs), max(hs) + 1


# -- one call ---------------------------------------------------------------
class Turn:
    """A recognised turn: reference and hypothesis words and times."""

    def __init__(self, t, rec):
        self.speaker = t["speaker"]
        self.ref = t["words"]
        self.hyp = [w["w"] for w in rec["words"]]
        self.times = [(w["start"], w["end"], w["conf"]) for w in rec["words"]]
        self.duration = rec["duration"]
        self.labels = t["labels"]
        self.pairs = align(self.ref, self.hyp)


def label_call(call, turns):
    """Gold items on the hypothesis: per entity its fragments (turn index,
    hyp start, hyp end) and its final type; negatives likewise."""
    ents = {}
    for eid, e in call["entities"].items():
        ents[eid] = {"eid": eid, **e, "frags": [], "ref_words": [],
                     "lost_frags": 0}
    negs = []
    for ti, t in enumerate(turns):
        for lab in t.labels:
            rng = hyp_range(t.pairs, lab["start"], lab["end"])
            if "entity" in lab:
                e = ents[lab["entity"]]
                e["ref_words"] += t.ref[lab["start"]:lab["end"]]
                if rng is None:
                    e["lost_frags"] += 1
                else:
                    e["frags"].append((ti, rng[0], rng[1],
                                       lab["start"], lab["end"]))
            elif rng is not None:
                negs.append({"turn": ti, "hs": rng[0], "he": rng[1],
                             "kind": lab["neg"], "value": lab["value"]})
    for e in ents.values():
        hyp_words = [w for ti, hs, he, _, _ in e["frags"]
                     for w in turns[ti].hyp[hs:he]]
        e["hyp_words"] = hyp_words
        need = sum(ch.isdigit() for ch in e["value"])
        got = nw.spoken_digit_count(hyp_words)
        e["digits_needed"] = need
        e["digits_survived"] = got
        e["hyp_digits"] = nw.strict_digits(hyp_words)
        e["hyp_digits_tolerant"] = nw.strict_digits(hyp_words, True)
        # Exact: the recogniser's words give the digits that were said
        # (a correction's wrong digits included, a month name as its two
        # digits).
        said = nw.strict_digits(e["ref_words"])
        e["exact"] = e["hyp_digits"] == said
        e["exact_tolerant"] = e["hyp_digits_tolerant"] == said
        e["final"] = e["type"]
        e["final_variant"] = e["variant"]
        if e["type"] != "IGNORE" and e["frags"] and got * 2 < need:
            e["final"] = "IGNORE"
            e["final_variant"] = "ign_asr_destroyed"
    return ents, negs


def span_fields(e):
    """The fields of a gold span for entity `e`."""
    f = {"type": e["final"], "variant": e["final_variant"],
         "entity": e["eid"]}
    if e.get("brand"):
        f["brand"] = e["brand"]
    if e["final_variant"] == "ign_asr_destroyed":
        f["asr_type"] = e["type"]
    f["asr_digits_exact"] = e["exact"]
    return f


# -- plain-text layouts -----------------------------------------------------
def text_layout(call, turns, ents, negs, layout):
    """One document in a plain-text layout: 'labelled', 'unlabelled' or
    'oneline'."""
    pieces, starts, pos = [], {}, 0
    for ti, t in enumerate(turns):
        if not t.hyp:
            continue
        if pieces:
            sep = " " if layout == "oneline" else "\n"
            pieces.append(sep)
            pos += len(sep)
        if layout == "labelled":
            lab = SPEAKER[t.speaker] + ": "
            pieces.append(lab)
            pos += len(lab)
        offs = []
        for k, w in enumerate(t.hyp):
            if k:
                pieces.append(" ")
                pos += 1
            offs.append((pos, pos + len(w)))
            pieces.append(w)
            pos += len(w)
        starts[ti] = offs
    text = "".join(pieces)
    spans = []
    for e in ents.values():
        for ti, hs, he, _, _ in e["frags"]:
            o = starts[ti]
            spans.append({"start": o[hs][0], "end": o[he - 1][1],
                          **span_fields(e)})
    spans.sort(key=lambda s: s["start"])
    negatives = [{"start": starts[n["turn"]][n["hs"]][0],
                  "end": starts[n["turn"]][n["he"] - 1][1],
                  "kind": n["kind"]} for n in negs]
    return text, spans, negatives


# -- JSON exports -------------------------------------------------------------
class Tracked(str):
    """A JSON string value with gold spans inside it (offsets within the
    string); the writer turns them into document offsets."""

    def __new__(cls, s, marks=()):
        o = super().__new__(cls, s)
        o.marks = list(marks)
        return o


def dump(obj):
    """json.dumps(obj, indent=2), plus the document offsets of the marks in
    Tracked strings."""
    out, spans = [], []
    pos = [0]

    def w(s):
        out.append(s)
        pos[0] += len(s)

    def go(o, ind):
        if isinstance(o, dict) and o:
            w("{\n")
            items = list(o.items())
            for i, (k, v) in enumerate(items):
                w(" " * (ind + 2) + json.dumps(k) + ": ")
                go(v, ind + 2)
                w(",\n" if i + 1 < len(items) else "\n")
            w(" " * ind + "}")
        elif isinstance(o, list) and o:
            w("[\n")
            for i, v in enumerate(o):
                w(" " * (ind + 2))
                go(v, ind + 2)
                w(",\n" if i + 1 < len(o) else "\n")
            w(" " * ind + "]")
        elif isinstance(o, Tracked):
            enc = json.dumps(str(o))
            assert enc[1:-1] == o, "no escapes in recogniser words"
            for a, b, f in o.marks:
                spans.append({"start": pos[0] + 1 + a, "end": pos[0] + 1 + b,
                              **f})
            w(enc)
        else:
            w(json.dumps(o))

    go(obj, 0)
    text = "".join(out)
    assert json.loads(text) == json.loads(json.dumps(obj, indent=2))
    assert text == json.dumps(obj, indent=2)
    return text, spans


def timeline(turns):
    """Absolute (start, end, conf) of every hypothesis word, per turn, and
    each turn's (start, end): turns follow each other with a short gap."""
    t0, out, bounds = 0.4, [], []
    for t in turns:
        out.append([(round(t0 + a, 2), round(t0 + b, 2), c)
                    for a, b, c in t.times])
        bounds.append((round(t0, 2), round(t0 + t.duration, 2)))
        t0 += t.duration + 0.6
    return out, bounds


def marks_for(turn_idx, word_offs, ents, negs):
    """Marks inside one string made of some hypothesis words (the turn's,
    or all turns' when turn_idx is None): secrets, then negatives marked
    with `_neg`. word_offs[(turn, k)] = (a, b) within the string."""
    marks = []
    for n in negs:
        if turn_idx is None or n["turn"] == turn_idx:
            a = word_offs[(n["turn"], n["hs"])][0]
            b = word_offs[(n["turn"], n["he"] - 1)][1]
            marks.append((a, b, {"kind": n["kind"], "_neg": True}))
    for e in ents.values():
        for ti, hs, he, _, _ in e["frags"]:
            if ti != turn_idx and turn_idx is not None:
                continue
            ks = [(ti, k) for k in range(hs, he) if (ti, k) in word_offs]
            if not ks:
                continue
            marks.append((word_offs[ks[0]][0], word_offs[ks[-1]][1],
                          span_fields(e)))
    return marks


def words_string(turns, only_turn=None):
    """The words of one turn (or all turns) joined by spaces, with each
    word's offsets."""
    parts, offs, pos = [], {}, 0
    for ti, t in enumerate(turns):
        if only_turn is not None and ti != only_turn:
            continue
        for k, w in enumerate(t.hyp):
            if parts:
                parts.append(" ")
                pos += 1
            offs[(ti, k)] = (pos, pos + len(w))
            parts.append(w)
            pos += len(w)
    return "".join(parts), offs


def word_ent(ents, ti, k):
    """The span fields of the entity whose fragment holds word k of turn ti,
    if any."""
    for e in ents.values():
        for fti, hs, he, _, _ in e["frags"]:
            if fti == ti and hs <= k < he:
                return span_fields(e)
    return None


def tracked_string(turns, ents, negs, only_turn=None):
    """One turn's words (or the whole call's) as a Tracked string."""
    s, offs = words_string(turns, only_turn)
    return Tracked(s, marks_for(only_turn, offs, ents, negs))


def tracked_word(ents, ti, k, w):
    """Word k of turn ti as a Tracked string, marked whole when it is part
    of a secret."""
    f = word_ent(ents, ti, k)
    return Tracked(w, [(0, len(w), f)] if f else [])


def aws_export(call, turns, ents, negs):
    """The shape of an Amazon Transcribe batch job's output with speaker
    diarization."""
    times, bounds = timeline(turns)
    spk = {}
    items, segments, audio_segments = [], [], []
    for ti, t in enumerate(turns):
        if not t.hyp:
            continue
        if t.speaker not in spk:
            spk[t.speaker] = f"spk_{len(spk)}"
        label = spk[t.speaker]
        ids, seg_items = [], []
        for k, w in enumerate(t.hyp):
            a, b, c = times[ti][k]
            ids.append(len(items))
            items.append({
                "id": len(items),
                "type": "pronunciation",
                "alternatives": [{"confidence": f"{c:.3f}",
                                  "content": tracked_word(ents, ti, k, w)}],
                "start_time": f"{a:.3f}", "end_time": f"{b:.3f}",
                "speaker_label": label})
            seg_items.append({"start_time": f"{a:.3f}",
                              "speaker_label": label,
                              "end_time": f"{b:.3f}"})
        s, e = times[ti][0][0], times[ti][-1][1]
        segments.append({"start_time": f"{s:.3f}", "speaker_label": label,
                         "end_time": f"{e:.3f}", "items": seg_items})
        audio_segments.append({
            "id": len(audio_segments),
            "transcript": tracked_string(turns, ents, negs, ti),
            "start_time": f"{s:.3f}", "end_time": f"{e:.3f}",
            "speaker_label": label, "items": ids})
    return {
        "jobName": f"{call['id']}-{call['scenario']}",
        "accountId": "111122223333",
        "results": {
            "transcripts": [{"transcript": tracked_string(turns, ents, negs)}],
            "speaker_labels": {"channel_label": "ch_0",
                               "speakers": len(spk),
                               "segments": segments},
            "items": items,
            "audio_segments": audio_segments,
        },
        "status": "COMPLETED",
    }


def assemblyai_export(call, turns, ents, negs):
    """The shape of an AssemblyAI transcript with speaker labels (times in
    milliseconds)."""
    times, bounds = timeline(turns)
    spk = {}
    words, utterances, confs = [], [], []
    for ti, t in enumerate(turns):
        if not t.hyp:
            continue
        if t.speaker not in spk:
            spk[t.speaker] = "AB"[len(spk)]
        label = spk[t.speaker]
        uw = []
        for k, w in enumerate(t.hyp):
            a, b, c = times[ti][k]
            confs.append(c)
            word = {"text": tracked_word(ents, ti, k, w),
                    "start": int(a * 1000), "end": int(b * 1000),
                    "confidence": round(c, 5), "speaker": label}
            uw.append(word)
            words.append(dict(word, text=tracked_word(ents, ti, k, w)))
        utterances.append({
            "confidence": round(sum(x["confidence"] for x in uw) / len(uw),
                                5),
            "end": uw[-1]["end"], "speaker": label, "start": uw[0]["start"],
            "text": tracked_string(turns, ents, negs, ti), "words": uw})
    tid = hashlib.sha1(call["id"].encode()).hexdigest()
    return {
        "id": f"{tid[:8]}-{tid[8:12]}-{tid[12:16]}-{tid[16:20]}-{tid[20:32]}",
        "language_model": "assemblyai_default",
        "acoustic_model": "assemblyai_default",
        "language_code": "en_us",
        "status": "completed",
        "audio_url": f"https://storage.example.com/calls/{call['id']}.wav",
        "text": tracked_string(turns, ents, negs),
        "words": words,
        "utterances": utterances,
        "confidence": round(sum(confs) / max(1, len(confs)), 5),
        "audio_duration": int(bounds[-1][1]) + 1,
        "punctuate": True,
        "format_text": True,
        "speaker_labels": True,
        "speakers_expected": 2,
    }


# -- statistics ---------------------------------------------------------------
def edit_ops(a, b):
    """(substitutions, deletions, insertions) turning sequence a into b."""
    n, m = len(a), len(b)
    d = [[(0, 0, 0, 0)] * (m + 1) for _ in range(n + 1)]
    for j in range(1, m + 1):
        d[0][j] = (j, 0, 0, j)
    for i in range(1, n + 1):
        d[i][0] = (i, 0, i, 0)
        for j in range(1, m + 1):
            c = d[i - 1][j - 1]
            cands = [(c[0] + (a[i - 1] != b[j - 1]),
                      c[1] + (a[i - 1] != b[j - 1]), c[2], c[3])]
            x = d[i - 1][j]
            cands.append((x[0] + 1, x[1], x[2] + 1, x[3]))
            y = d[i][j - 1]
            cands.append((y[0] + 1, y[1], y[2], y[3] + 1))
            d[i][j] = min(cands)
    return d[n][m][1:]


class Stats:
    """Counts over every recognised call."""

    def __init__(self):
        self.calls = self.turns = self.ref_words = 0
        self.wer = [0, 0, 0]
        self.ents = collections.Counter()
        self.destroyed = collections.Counter()
        self.lost = collections.Counter()
        self.exact = collections.Counter()
        self.exact_tol = collections.Counter()
        self.tol_ops = collections.Counter()
        self.partial_lost = collections.Counter()
        self.word_ops = collections.Counter()
        self.digit_ops = collections.Counter()
        self.digit_ops_by = collections.defaultdict(collections.Counter)
        self.confusion = collections.defaultdict(collections.Counter)
        self.negs = collections.Counter()
        self.negs_lost = 0

    def add(self, call, turns, ents, negs):
        self.calls += 1
        for t in turns:
            self.turns += 1
            self.ref_words += len(t.ref)
            s, d, i = edit_ops(t.ref, t.hyp)
            self.wer[0] += s
            self.wer[1] += d
            self.wer[2] += i
            for lab in t.labels:
                if "entity" not in lab:
                    continue
                for r, h in t.pairs:
                    if r is None or not lab["start"] <= r < lab["end"]:
                        continue
                    rw = t.ref[r]
                    if rw not in NUMBER_WORDS and rw != "slash":
                        continue
                    hw = t.hyp[h] if h is not None else "(dropped)"
                    self.confusion[rw][hw] += 1
                    self.word_ops["ref"] += 1
                    if h is None:
                        self.word_ops["del"] += 1
                    elif hw != rw:
                        self.word_ops["sub"] += 1
                hr = hyp_range(t.pairs, lab["start"], lab["end"])
                if hr:
                    inside = [r for r, h in t.pairs
                              if r is None and h is not None and
                              hr[0] <= h < hr[1]]
                    self.word_ops["ins"] += len(inside)
        for e in ents.values():
            typ = e["type"]
            if typ == "IGNORE":
                typ = "IGNORE (" + e["variant"] + ")"
            self.ents[typ] += 1
            if not e["frags"]:
                self.lost[typ] += 1
                continue
            if e["lost_frags"]:
                self.partial_lost[typ] += 1
            if e["final_variant"] == "ign_asr_destroyed":
                self.destroyed[typ] += 1
            if e["exact"]:
                self.exact[typ] += 1
            if e["exact_tolerant"]:
                self.exact_tol[typ] += 1
            ref_d = nw.strict_digits(e["ref_words"])
            ops = edit_ops(ref_d, e["hyp_digits"])
            for k, v in zip(("sub", "del", "ins"), ops):
                self.digit_ops[k] += v
                self.digit_ops_by[typ][k] += v
            self.digit_ops["ref"] += len(ref_d)
            for k, v in zip(("sub", "del", "ins"),
                            edit_ops(ref_d, e["hyp_digits_tolerant"])):
                self.tol_ops[k] += v
            self.tol_ops["ref"] += len(ref_d)
            self.digit_ops_by[typ]["ref"] += len(ref_d)
        n_negs = sum(1 for t in turns for l in t.labels if "neg" in l)
        self.negs_lost += n_negs - len(negs)
        for n in negs:
            self.negs[n["kind"]] += 1

    def markdown(self):
        L = []
        pct = lambda a, b: f"{100 * a / b:.1f}%" if b else "-"
        L.append(f"- {self.calls} calls, {self.turns} turns, "
                 f"{self.ref_words} reference words; word error rate over "
                 f"all speech {pct(sum(self.wer), self.ref_words)} "
                 f"({self.wer[0]} substitutions, {self.wer[1]} deletions, "
                 f"{self.wer[2]} insertions).")
        w = self.word_ops
        L.append(f"- Number words inside secrets (digits, oh, teens, tens, "
                 f"double, triple, month names, 'slash'): {w['ref']}; "
                 f"{pct(w['sub'], w['ref'])} substituted, "
                 f"{pct(w['del'], w['ref'])} deleted, {w['ins']} words "
                 f"inserted inside secret spans "
                 f"({pct(w['ins'], w['ref'])}).")
        d = self.digit_ops
        L.append(f"- Digits of secrets, read back strictly from the "
                 f"hypothesis (real number words only; 'for' or 'mine' is "
                 f"not a digit): {d['ref']} digits; "
                 f"{pct(d['sub'], d['ref'])} substituted, "
                 f"{pct(d['del'], d['ref'])} deleted, "
                 f"{pct(d['ins'], d['ref'])} inserted. Read with the "
                 f"homophones above as digits: "
                 f"{pct(self.tol_ops['sub'], d['ref'])} substituted, "
                 f"{pct(self.tol_ops['del'], d['ref'])} deleted, "
                 f"{pct(self.tol_ops['ins'], d['ref'])} inserted.")
        L.append(f"- Destroyed beyond recognition (fewer than half of the "
                 f"digits left as number-like words, labelled IGNORE "
                 f"`ign_asr_destroyed`): {sum(self.destroyed.values())} of "
                 f"{sum(v for k, v in self.ents.items() if k[0] != 'I')} "
                 f"secrets; gone without a word: "
                 f"{sum(self.lost.values())}.")
        L.append("")
        L.append("| item | count | digits exactly right (strict / with "
                 "homophones) | digit sub / del / ins (strict) | destroyed "
                 "(now IGNORE) | gone (no word left) | a fragment gone |")
        L.append("|---|---|---|---|---|---|---|")
        for typ in sorted(self.ents):
            o = self.digit_ops_by[typ]
            L.append(f"| {typ} | {self.ents[typ]} | "
                     f"{self.exact[typ]} ({pct(self.exact[typ], self.ents[typ])})"
                     f" / {self.exact_tol[typ]} "
                     f"({pct(self.exact_tol[typ], self.ents[typ])}) | "
                     f"{pct(o['sub'], o['ref'])} / {pct(o['del'], o['ref'])} / "
                     f"{pct(o['ins'], o['ref'])} | {self.destroyed[typ]} | "
                     f"{self.lost[typ]} | {self.partial_lost[typ]} |")
        L.append("")
        L.append("What the recogniser wrote for each number word said "
                 "inside a secret (most common first):")
        L.append("")
        L.append("| said | times | written as |")
        L.append("|---|---|---|")
        order = (["zero", "oh"] + nw.ONES[1:] + nw.TEENS + nw.TENS[2:] +
                 ["double", "triple", "hundred", "slash"] + nw.MONTHS)
        for rw in order:
            c = self.confusion.get(rw)
            if not c:
                continue
            tot = sum(c.values())
            top = ", ".join(f"{h} {n}" for h, n in c.most_common(7))
            right = c.get(rw, 0)
            L.append(f"| {rw} | {tot} ({pct(right, tot)} right) | {top} |")
        L.append("")
        L.append(f"Hard negatives labelled: {sum(self.negs.values())} "
                 f"({self.negs_lost} more vanished in recognition): " +
                 ", ".join(f"{k} {v}" for k, v in self.negs.most_common()) +
                 ".")
        return "\n".join(L) + "\n"


# -- main -----------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("calls")
    ap.add_argument("hyps")
    ap.add_argument("--out", default=os.path.join(HERE, "..", "sets"))
    ap.add_argument("--readme", default=os.path.join(HERE, "README.md"))
    ap.add_argument("--json-every", type=int, default=3,
                    help="every Nth call also as a JSON export")
    ap.add_argument("--max-calls", type=int, default=0)
    args = ap.parse_args()
    recs = {}
    with open(args.hyps) as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                recs[r["key"]] = r
    sys.path.insert(0, HERE)
    from recognise import key_of
    outs = {k: [] for k in ("labelled", "unlabelled", "oneline", "json")}
    stats = Stats()
    skipped = 0
    with open(args.calls) as f:
        calls = [json.loads(l) for l in f if l.strip()]
    for call in calls:
        keys = [key_of(call["voices"][t["speaker"]], t["text"])
                for t in call["turns"]]
        if not all(k in recs for k in keys):
            skipped += 1
            continue
        if args.max_calls and stats.calls >= args.max_calls:
            break
        turns = [Turn(t, recs[k]) for t, k in zip(call["turns"], keys)]
        ents, negs = label_call(call, turns)
        stats.add(call, turns, ents, negs)
        n = int(call["id"].split("-")[1])
        meta = {"call": call["id"], "scenario": call["scenario"],
                "voices": {k: f"{v['engine']}:{v['voice']}@{v['stretch']}"
                           for k, v in call["voices"].items()},
                "recogniser": "pocketsphinx 5 en-us"}
        for layout in ("labelled", "unlabelled", "oneline"):
            text, spans, negatives = text_layout(call, turns, ents, negs,
                                                 layout)
            outs[layout].append({
                "id": f"asr-{layout[:3]}-{n:04d}", "kind": "transcript",
                "text": text, "spans": spans, "negatives": negatives,
                "meta": dict(meta, layout=layout)})
        if n % args.json_every == 0:
            shape = "aws_transcribe" if (n // args.json_every) % 2 else \
                "assemblyai"
            obj = (aws_export if shape == "aws_transcribe" else
                   assemblyai_export)(call, turns, ents, negs)
            text, marks = dump(obj)
            spans = [m for m in marks if not m.get("_neg")]
            negatives = [{"start": m["start"], "end": m["end"],
                          "kind": m["kind"]} for m in marks if m.get("_neg")]
            spans.sort(key=lambda s: s["start"])
            negatives.sort(key=lambda s: s["start"])
            outs["json"].append({
                "id": f"asr-json-{n:04d}", "kind": "transcript",
                "text": text, "spans": spans, "negatives": negatives,
                "meta": dict(meta, layout=shape)})
    os.makedirs(args.out, exist_ok=True)
    for layout, docs in outs.items():
        path = os.path.join(args.out, f"asr-{layout}.jsonl")
        with open(path, "w") as f:
            for d in docs:
                f.write(json.dumps(d) + "\n")
        print(f"{path}: {len(docs)} documents", file=sys.stderr)
    if skipped:
        print(f"{skipped} calls not recognised yet, left out",
              file=sys.stderr)
    md = stats.markdown()
    if os.path.exists(args.readme):
        with open(args.readme) as f:
            readme = f.read()
        a, b = "<!-- stats -->\n", "<!-- /stats -->"
        if a in readme and b in readme:
            head, rest = readme.split(a, 1)
            tail = rest.split(b, 1)[1]
            with open(args.readme, "w") as f:
                f.write(head + a + md + b + tail)
    sys.stdout.write(md)


if __name__ == "__main__":
    main()
