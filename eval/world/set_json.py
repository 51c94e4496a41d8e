"""json-exports: call transcripts in the JSON shapes speech and contact-centre
services really write, pretty-printed, and as JSON lines:

- AWS Transcribe batch output: results.transcripts, items (one per word and
  punctuation mark), speaker_labels.segments, audio_segments;
- Amazon Connect Contact Lens post-call output: Participants, Transcript
  turns (Content, ParticipantId, BeginOffsetMillis, Sentiment,
  LoudnessScore), ConversationCharacteristics; and Contact Lens real-time
  segment events, one per line;
- AssemblyAI: text, words, utterances (speaker, text, words);
- Deepgram pre-recorded: metadata, results.channels[].alternatives[]
  (transcript, words with punctuated_word, paragraphs), results.utterances;
- Google Speech-to-Text v1 with diarization: results[].alternatives[] with
  words, the last result carrying every word with its speakerTag;
- Google Contact Center AI Insights: a conversation's transcriptSegments
  (segmentParticipant, words with offsets), and the "entries" import format;
- Twilio Conversational Intelligence: the Sentences list;
- Genesys Cloud speech and text analytics: transcripts[].phrases[]
  (participantPurpose, text, decoratedText, words, startTimeMs);
- plain JSON lines, one turn per line.

Shapes follow the services' documentation (docs.aws.amazon.com transcribe
"diarization-output-batch" and connect "contact-lens-example-output-files",
assemblyai/deepgram/cloud.google.com/twilio API references, the Genesys
transcript URL schema). Where a format has word-level arrays, each word of a
secret is its own JSON value and is labelled too (same entity as the
sentence that holds it): every digit must be hidden. Metadata numbers
(offsets, confidences, account ids, epoch milliseconds, 16-digit
microsecond timestamps) must stay.
"""

from __future__ import annotations

import json
import random

from common import (
    COMMON_BRANDS,
    Labels,
    card_groups,
    fmt_expiry,
    make_card,
    make_cvv,
    make_expiry,
    make_hex,
    make_order,
    make_phone_digits,
    make_ssn,
    make_uuid,
    rand_digits,
    speak_digits,
    speak_expiry,
)
from docs import pick_people


class Lab:
    """A label shared by the tokens of one fragment of a secret."""

    def __init__(self, type_: str, variant: str, entity: str, brand: str | None = None, neg: str | None = None):
        self.type, self.variant, self.entity, self.brand, self.neg = type_, variant, entity, brand, neg

    def mark(self, L: Labels, value: str) -> str:
        if self.neg:
            return L.neg(value, self.neg)
        return L.mark(value, self.type, self.variant, entity=self.entity, brand=self.brand)


class Tok:
    def __init__(self, core: str, suffix: str = "", lab: Lab | None = None):
        self.core, self.suffix, self.lab = core, suffix, lab


def plain(text: str) -> list[Tok]:
    out = []
    for w in text.split():
        core = w.rstrip(".,?!")
        out.append(Tok(core, w[len(core) :]))
    return out


def labelled(cores: list[str], lab: Lab, suffix: str = "") -> list[Tok]:
    toks = [Tok(c, "", lab) for c in cores]
    toks[-1].suffix = suffix
    return toks


class Turn:
    def __init__(self, role: str, toks: list[Tok]):
        self.role, self.toks = role, toks
        self.start = self.end = 0.0
        self.times: list[tuple[float, float]] = []


def timed(rng: random.Random, turns: list[Turn]) -> float:
    t = rng.uniform(0.2, 2.0)
    for tu in turns:
        tu.start = t
        tu.times = []
        for _ in tu.toks:
            d = rng.uniform(0.12, 0.55)
            tu.times.append((round(t, 2), round(t + d, 2)))
            t += d + rng.uniform(0.0, 0.08)
        tu.end = round(t, 2)
        t += rng.uniform(0.3, 2.5)
    return t


def text_of(L: Labels, toks: list[Tok], lower: bool = False, punct: bool = True) -> str:
    """A turn's text; consecutive tokens of one label become one mark."""
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.lab is None:
            w = t.core.lower() if lower else t.core
            out.append(w + (t.suffix if punct else ""))
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and toks[j + 1].lab is t.lab:
            j += 1
        cores = [(x.core.lower() if lower else x.core) + (x.suffix if punct and k < j else "") for k, x in enumerate(toks[i : j + 1], start=i)]
        out.append(t.lab.mark(L, " ".join(cores)) + (toks[j].suffix if punct else ""))
        i = j + 1
    return " ".join(out)


def word(L: Labels, t: Tok, lower: bool = False, punct: bool = False) -> str:
    core = t.core.lower() if lower else t.core
    v = t.lab.mark(L, core) if t.lab and not t.lab.neg else core
    return v + (t.suffix if punct else "")


# ---------------------------------------------------------------------------
# The call


def number_tokens(rng: random.Random, digits: str, sizes: list[int], mode: str) -> list[str]:
    if mode == "words":
        return speak_digits(rng, digits, doubles=False, oh_p=0.4)
    if mode == "single":
        return list(digits)
    if mode == "one":
        return [digits]
    out, i = [], 0
    for s in sizes:
        if i < len(digits):
            out.append(digits[i : i + s])
        i += s
    return out


def make_call(rng: random.Random, L: Labels, company: str, agent: str, mode: str) -> list[Turn]:
    """mode: how the recogniser wrote numbers: "groups" (4111 1111 ...),
    "single" (4 1 1 1 ...), "one" (4111111111111111) or "words"."""
    brand = rng.choice(COMMON_BRANDS)
    card = make_card(rng, brand)
    sizes = card_groups(len(card), brand)
    turns = [
        Turn("agent", plain(rng.choice([f"{company}, this is {agent}.", f"Thanks for calling {company}."]))),
        Turn("customer", plain(rng.choice(["Hi, I'd like to pay my bill.", "I need to update my card.", "Hi, I want to make a payment."]))),
    ]
    def filler() -> list[Turn]:
        k = rng.randrange(3)
        if k == 0:
            ph = make_phone_digits(rng)
            lab = Lab("", "", "", neg="neg_phone")
            toks = [ph[:3], ph[3:6], ph[6:]] if mode != "words" else speak_digits(rng, ph, doubles=False)
            return [Turn("agent", plain("What's a good callback number?")), Turn("customer", plain("It's") + labelled(toks, lab, "."))]
        if k == 1:
            o = make_order(rng).lstrip("#")
            return [Turn("agent", plain("Do you have the order number?")), Turn("customer", plain("Yes, it's") + labelled([o], Lab("", "", "", neg="neg_order"), "."))]
        amt = f"${rng.randint(10, 400)}.{rng.randint(0, 99):02d}"
        return [Turn("agent", plain("I see a charge of") + labelled([amt], Lab("", "", "", neg="neg_amount"), ".") + plain("Is that the one?")), Turn("customer", plain("Yes, that's it."))]
    if rng.random() < 0.3:
        turns += filler()
    turns.append(Turn("agent", plain(rng.choice(["Can I get the card number?", "What card would you like to use?", "Go ahead with the card number."]))))
    e = L.entity()
    toks = number_tokens(rng, card, sizes, mode)
    if rng.random() < 0.3 and len(toks) >= 4:
        k = len(toks) // 2
        lab = Lab("CARD", f"json_card_two_turns_{mode}", e, brand)
        turns.append(Turn("customer", plain("It's") + labelled(toks[:k], lab, ".")))
        turns.append(Turn("agent", plain(rng.choice(["Okay.", "Uh huh.", "Go ahead."]))))
        turns.append(Turn("customer", labelled(toks[k:], lab, ".")))
    else:
        turns.append(Turn("customer", plain(rng.choice(["Sure, it's", "It's", "Yeah,"])) + labelled(toks, Lab("CARD", f"json_card_{mode}", e, brand), ".")))
    if rng.random() < 0.85:
        m, y = make_expiry(rng)
        if mode == "words":
            et = speak_expiry(rng, m, y).split()
        else:
            et = [fmt_expiry(rng, m, y, rng.choice(["mm/yy", "mm/yy", "m/yy", "mm/yyyy"]))[0]]
        turns.append(Turn("agent", plain("And the expiration date?")))
        turns.append(Turn("customer", labelled(et, Lab("EXPIRY", f"json_expiry_{mode}", L.entity()), ".")))
    if rng.random() < 0.75:
        cv = make_cvv(rng, brand)
        ct = speak_digits(rng, cv, doubles=False) if mode == "words" else ([cv] if mode != "single" else list(cv))
        turns.append(Turn("agent", plain("And the security code?")))
        turns.append(Turn("customer", plain("It's") + labelled(ct, Lab("CVV", f"json_cvv_{mode}", L.entity()), ".")))
    if rng.random() < 0.25:
        s = make_ssn(rng)
        st = speak_digits(rng, s, doubles=False) if mode == "words" else ([s[:3], s[3:5], s[5:]] if mode != "one" else [f"{s[:3]}-{s[3:5]}-{s[5:]}"])
        turns.append(Turn("agent", plain("To verify the account, I need your Social Security number.")))
        turns.append(Turn("customer", plain("Sure.") + labelled(st, Lab("SSN", f"json_ssn_{mode}", L.entity()), ".")))
    if rng.random() < 0.3:
        turns += filler()
    turns += [Turn("agent", plain("Thank you, you're all set.")), Turn("customer", plain("Thanks, bye."))]
    timed(rng, turns)
    return turns


# ---------------------------------------------------------------------------
# Formats


def aws_transcribe(rng, L, turns, mode):
    spk = {"agent": "spk_0", "customer": "spk_1"}
    items, segments, audio = [], [], []
    for tu in turns:
        ids = []
        seg_items = []
        for t, (s, e) in zip(tu.toks, tu.times):
            ids.append(len(items))
            items.append({"id": len(items), "start_time": f"{s:.2f}".rstrip("0").rstrip("."), "speaker_label": spk[tu.role], "end_time": f"{e:.2f}".rstrip("0").rstrip("."), "alternatives": [{"confidence": f"{rng.uniform(0.6, 1.0):.3f}", "content": word(L, t)}], "type": "pronunciation"})
            seg_items.append({"start_time": items[-1]["start_time"], "speaker_label": spk[tu.role], "end_time": items[-1]["end_time"]})
            if t.suffix:
                ids.append(len(items))
                items.append({"id": len(items), "speaker_label": spk[tu.role], "alternatives": [{"confidence": "0.0", "content": t.suffix}], "type": "punctuation"})
        segments.append({"start_time": f"{tu.start:.2f}", "speaker_label": spk[tu.role], "end_time": f"{tu.end:.2f}", "items": seg_items})
        audio.append({"id": len(audio), "transcript": text_of(L, tu.toks), "start_time": f"{tu.start:.3f}", "end_time": f"{tu.end:.3f}", "speaker_label": spk[tu.role], "items": ids})
    full = " ".join(text_of(L, tu.toks) for tu in turns)
    return {
        "jobName": f"call-{rand_digits(rng, 6)}-{make_hex(rng, 8)}",
        "accountId": rand_digits(rng, 12),
        "status": "COMPLETED",
        "results": {"transcripts": [{"transcript": full}], "speaker_labels": {"channel_label": "ch_0", "speakers": 2, "segments": segments}, "items": items, "audio_segments": audio},
    }


def contact_lens(rng, L, turns, mode):
    total = int(turns[-1].end * 1000) + rng.randint(200, 3000)
    ids = {"agent": "AGENT", "customer": "CUSTOMER"}
    tr = []
    for tu in turns:
        tr.append({
            "BeginOffsetMillis": int(tu.start * 1000),
            "Content": text_of(L, tu.toks),
            "EndOffsetMillis": int(tu.end * 1000),
            "Id": make_uuid(rng),
            "ParticipantId": ids[tu.role],
            "Sentiment": rng.choice(["NEUTRAL", "NEUTRAL", "POSITIVE", "NEGATIVE"]),
            "LoudnessScore": [round(rng.uniform(60, 85), 2) for _ in range(max(1, int(tu.end - tu.start)))],
        })
    contact = make_uuid(rng)
    return {
        "Version": "1.1.0",
        "AccountId": rand_digits(rng, 12),
        "Channel": "VOICE",
        "ContentMetadata": {"Output": "Raw"},
        "JobStatus": "COMPLETED",
        "LanguageCode": "en-US",
        "Participants": [{"ParticipantId": "CUSTOMER", "ParticipantRole": "CUSTOMER"}, {"ParticipantId": "AGENT", "ParticipantRole": "AGENT"}],
        "Categories": {"MatchedCategories": [], "MatchedDetails": {}},
        "ConversationCharacteristics": {
            "TotalConversationDurationMillis": total,
            "Sentiment": {"OverallSentiment": {"AGENT": round(rng.uniform(-1, 4), 1), "CUSTOMER": round(rng.uniform(-3, 4), 1)}},
            "Interruptions": {"InterruptionsByInterrupter": {}, "TotalCount": 0, "TotalTimeMillis": 0},
            "NonTalkTime": {"TotalTimeMillis": rng.randint(500, 9000), "Instances": []},
            "TalkSpeed": {"DetailsByParticipant": {"AGENT": {"AverageWordsPerMinute": rng.randint(120, 190)}, "CUSTOMER": {"AverageWordsPerMinute": rng.randint(110, 200)}}},
            "TalkTime": {"TotalTimeMillis": total - rng.randint(100, 2000)},
        },
        "CustomerMetadata": {"InputS3Uri": f"s3://connect-{make_hex(rng, 12)}/connect/acme/CallRecordings/2025/03/{rng.randint(1, 28):02d}/{contact}_20250314T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}_UTC.wav", "ContactId": contact, "InstanceId": make_uuid(rng)},
        "Transcript": tr,
    }


def contact_lens_stream(rng, L, turns, mode):
    contact, instance, account = make_uuid(rng), make_uuid(rng), rand_digits(rng, 12)
    lines = [json.dumps({"Version": "1.0.0", "Channel": "VOICE", "AccountId": account, "ContactId": contact, "InstanceId": instance, "LanguageCode": "en-US", "EventType": "STARTED"})]
    for tu in turns:
        ev = {"Version": "1.0.0", "Channel": "VOICE", "AccountId": account, "ContactId": contact, "InstanceId": instance, "LanguageCode": "en-US", "EventType": "SEGMENTS",
              "Segments": [{"Transcript": {"Id": make_uuid(rng), "ParticipantId": tu.role.upper(), "ParticipantRole": tu.role.upper(), "Content": text_of(L, tu.toks), "BeginOffsetMillis": int(tu.start * 1000), "EndOffsetMillis": int(tu.end * 1000), "Sentiment": rng.choice(["NEUTRAL", "POSITIVE", "NEGATIVE"])}}]}
        lines.append(json.dumps(ev, ensure_ascii=False))
    lines.append(json.dumps({"Version": "1.0.0", "Channel": "VOICE", "AccountId": account, "ContactId": contact, "InstanceId": instance, "LanguageCode": "en-US", "EventType": "COMPLETED"}))
    return "\n".join(lines)


def assemblyai(rng, L, turns, mode):
    spk = {"agent": "A", "customer": "B"}
    words, utts = [], []
    for tu in turns:
        uw = []
        for t, (s, e) in zip(tu.toks, tu.times):
            w = {"text": word(L, t, punct=True), "start": int(s * 1000), "end": int(e * 1000), "confidence": round(rng.uniform(0.55, 1.0), 5), "speaker": spk[tu.role]}
            uw.append(w)
        # The top-level words array repeats each word: mark them again.
        words += [{"text": word(L, t, punct=True), "start": int(s * 1000), "end": int(e * 1000), "confidence": w["confidence"], "speaker": spk[tu.role]} for t, (s, e), w in zip(tu.toks, tu.times, uw)]
        utts.append({"confidence": round(rng.uniform(0.8, 0.99), 5), "end": int(tu.end * 1000), "speaker": spk[tu.role], "start": int(tu.start * 1000), "text": text_of(L, tu.toks), "words": uw})
    return {
        "id": make_uuid(rng),
        "language_model": "assemblyai_default",
        "acoustic_model": "assemblyai_default",
        "language_code": "en_us",
        "status": "completed",
        "audio_url": f"https://storage.example.com/calls/{rand_digits(rng, 10)}.mp3",
        "text": " ".join(text_of(L, tu.toks) for tu in turns),
        "words": words,
        "utterances": utts,
        "confidence": round(rng.uniform(0.85, 0.97), 6),
        "audio_duration": int(turns[-1].end) + 1,
        "punctuate": True,
        "format_text": True,
        "speaker_labels": True,
    }


def deepgram(rng, L, turns, mode):
    spk = {"agent": 0, "customer": 1}
    words, paras, utts = [], [], []
    for tu in turns:
        uw = []
        for t, (s, e) in zip(tu.toks, tu.times):
            uw.append({"word": word(L, t, lower=True), "start": s, "end": e, "confidence": round(rng.uniform(0.6, 1.0), 4), "speaker": spk[tu.role], "speaker_confidence": round(rng.uniform(0.3, 0.9), 4), "punctuated_word": word(L, t, punct=True)})
        words += [dict(w, word=word(L, t, lower=True), punctuated_word=word(L, t, punct=True)) for w, t in zip(uw, tu.toks)]
        paras.append({"sentences": [{"text": text_of(L, tu.toks), "start": tu.start, "end": tu.end}], "speaker": spk[tu.role], "num_words": len(tu.toks), "start": tu.start, "end": tu.end})
        utts.append({"start": tu.start, "end": tu.end, "confidence": round(rng.uniform(0.8, 0.99), 4), "channel": 0, "transcript": text_of(L, tu.toks), "words": uw, "speaker": spk[tu.role], "id": make_uuid(rng)})
    # paragraphs=true and utterances=true are request options: not every
    # response has them.
    alt = {"transcript": " ".join(text_of(L, tu.toks) for tu in turns), "confidence": round(rng.uniform(0.9, 0.99), 4), "words": words}
    if rng.random() < 0.5:
        alt["paragraphs"] = {"transcript": "".join(f"\nSpeaker {spk[tu.role]}: {text_of(L, tu.toks)}\n" for tu in turns), "paragraphs": paras}
    results = {"channels": [{"alternatives": [alt]}]}
    if rng.random() < 0.35:
        results["utterances"] = utts
    model = make_uuid(rng)
    return {
        "metadata": {"transaction_key": "deprecated", "request_id": make_uuid(rng), "sha256": make_hex(rng, 64), "created": f"2025-03-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rand_digits(rng, 3)}Z", "duration": round(turns[-1].end + 1, 3), "channels": 1, "models": [model], "model_info": {model: {"name": "2-general-nova", "version": "2024-01-18.26916", "arch": "nova-2"}}},
        "results": results,
    }


def secs(x: float) -> str:
    return f"{x:.3f}".rstrip("0").rstrip(".") + "s"


def google_stt(rng, L, turns, mode):
    results, all_words = [], []
    tag = {"agent": 1, "customer": 2}
    for tu in turns:
        ws = [{"startTime": secs(s), "endTime": secs(e), "word": word(L, t, punct=True)} for t, (s, e) in zip(tu.toks, tu.times)]
        all_words += [{"startTime": secs(s), "endTime": secs(e), "word": word(L, t, punct=True), "speakerTag": tag[tu.role]} for t, (s, e) in zip(tu.toks, tu.times)]
        results.append({"alternatives": [{"transcript": text_of(L, tu.toks), "confidence": round(rng.uniform(0.8, 0.98), 8), "words": ws}], "resultEndTime": secs(tu.end), "languageCode": "en-us"})
    results.append({"alternatives": [{"words": all_words}], "languageCode": "en-us"})
    return {"results": results, "totalBilledTime": f"{int(turns[-1].end) + 1}s", "requestId": rand_digits(rng, 19)}


def ccai_insights(rng, L, turns, mode):
    role = {"agent": "HUMAN_AGENT", "customer": "END_USER"}
    segs = []
    for tu in turns:
        segs.append({
            "text": text_of(L, tu.toks),
            "confidence": round(rng.uniform(0.8, 0.98), 6),
            "words": [{"startOffset": secs(s), "endOffset": secs(e), "word": word(L, t, punct=True), "confidence": round(rng.uniform(0.6, 1.0), 6)} for t, (s, e) in zip(tu.toks, tu.times)],
            "languageCode": "en-US",
            "channelTag": 1 if tu.role == "agent" else 2,
            "segmentParticipant": {"role": role[tu.role], "userId": rand_digits(rng, 6) if tu.role == "agent" else ""},
        })
    proj, conv = rand_digits(rng, 12), rand_digits(rng, 19)
    return {
        "name": f"projects/{proj}/locations/us-central1/conversations/{conv}",
        "dataSource": {"gcsSource": {"audioUri": f"gs://acme-calls/{make_uuid(rng)}.wav"}},
        "createTime": f"2025-03-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rand_digits(rng, 6)}Z",
        "languageCode": "en-US",
        "agentId": f"agent-{rand_digits(rng, 4)}",
        "medium": "PHONE_CALL",
        "duration": f"{int(turns[-1].end)}s",
        "turnCount": len(turns),
        "transcript": {"transcriptSegments": segs},
    }


def ccai_entries(rng, L, turns, mode):
    t0 = rng.randint(1_700_000_000_000_000, 1_760_000_000_000_000)
    return {"entries": [{"start_timestamp_usec": t0 + int(tu.start * 1_000_000), "text": text_of(L, tu.toks), "role": tu.role.upper(), "user_id": 1 if tu.role == "agent" else 2} for tu in turns]}


def twilio(rng, L, turns, mode):
    gt = "GT" + make_hex(rng, 32)
    sents = [{"media_channel": 1 if tu.role == "agent" else 2, "sentence_index": i, "start_time": f"{tu.start:.2f}", "end_time": f"{tu.end:.2f}", "transcript": text_of(L, tu.toks), "sid": "GX" + make_hex(rng, 32), "confidence": f"{rng.uniform(0.8, 0.99):.2f}"} for i, tu in enumerate(turns)]
    url = f"https://intelligence.twilio.com/v2/Transcripts/{gt}/Sentences"
    return {"sentences": sents, "meta": {"page": 0, "page_size": 50, "first_page_url": f"{url}?PageSize=50&Page=0", "previous_page_url": None, "url": f"{url}?PageSize=50&Page=0", "next_page_url": None, "key": "sentences"}}


def genesys(rng, L, turns, mode):
    start = rng.randint(1_735_000_000_000, 1_760_000_000_000)
    purpose = {"agent": "internal", "customer": "external"}
    phrases = []
    for tu in turns:
        ph = {
            "text": text_of(L, tu.toks, lower=True, punct=False),
            "stability": 100,
            "startTimeMs": start + int(tu.start * 1000),
            "duration": {"milliseconds": int((tu.end - tu.start) * 1000)},
            "words": [{"word": word(L, t, lower=True), "confidence": round(rng.uniform(0.5, 1.0), 3), "startTimeMs": start + int(s * 1000), "duration": {"milliseconds": int((e - s) * 1000)}} for t, (s, e) in zip(tu.toks, tu.times)],
            "decoratedText": text_of(L, tu.toks),
            "participantPurpose": purpose[tu.role],
        }
        phrases.append(ph)
    return {
        "organizationId": make_uuid(rng),
        "conversationId": make_uuid(rng),
        "communicationId": make_uuid(rng),
        "recordingId": make_uuid(rng),
        "mediaType": "call",
        "conversationStartTime": start,
        "transcripts": [{"transcriptId": make_uuid(rng), "language": "en-US", "programId": make_uuid(rng), "engineProvider": "GENESYS", "engineName": "Genesys", "phrases": phrases,
                         "analytics": {"sentiment": [{"phraseIndex": i, "sentiment": round(rng.uniform(-1, 1), 2)} for i in range(len(phrases))]}}],
    }


def plain_jsonl(rng, L, turns, mode):
    """One JSON object per turn, in one of the shapes exports use."""
    t0 = rng.randint(1_735_000_000, 1_760_000_000)
    shape = rng.randrange(3)
    lines = []
    for i, tu in enumerate(turns):
        text = text_of(L, tu.toks)
        if shape == 0:
            obj = {"ts": t0 + int(tu.start), "speaker": tu.role, "text": text}
        elif shape == 1:
            obj = {"turn": i, "role": tu.role.upper(), "start": tu.start, "end": tu.end, "content": text}
        else:
            obj = {"timestamp": f"2025-03-14T10:{int(tu.start) // 60:02d}:{int(tu.start) % 60:02d}Z", "participant": {"role": tu.role, "id": rand_digits(rng, 8)}, "message": text}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines)


FORMATS = [
    ("aws_transcribe", aws_transcribe, ["groups", "single", "one"], 2),
    ("contact_lens", contact_lens, ["groups", "single"], 3),
    ("contact_lens_stream", contact_lens_stream, ["groups", "single"], 2),
    ("assemblyai", assemblyai, ["groups", "one"], 3),
    ("deepgram", deepgram, ["words", "words", "groups"], 2),
    ("google_stt", google_stt, ["groups", "words"], 2),
    ("ccai_insights", ccai_insights, ["groups", "words"], 2),
    ("ccai_entries", ccai_entries, ["groups", "one"], 1),
    ("twilio", twilio, ["groups", "one"], 2),
    ("genesys", genesys, ["words", "groups"], 2),
    ("jsonl", plain_jsonl, ["groups", "one", "words"], 2),
]


def build(rng: random.Random, n: int) -> list[dict]:
    from common import finish

    docs = []
    pool = [f for f in FORMATS for _ in range(f[3])]
    for i in range(n):
        L = Labels()
        company, agent, _ = pick_people(rng)
        name, fn, modes, _ = rng.choice(pool)
        mode = rng.choice(modes)
        turns = make_call(rng, L, company, agent, mode)
        out = fn(rng, L, turns, mode)
        marked = out if isinstance(out, str) else json.dumps(out, indent=2, ensure_ascii=False)
        doc = finish(f"json-{i:04d}", "json", marked, L, layout=name, numbers=mode)
        # The export must still be valid JSON (or JSON lines).
        if isinstance(out, str):
            for line in doc["text"].split("\n"):
                json.loads(line)
        else:
            json.loads(doc["text"])
        docs.append(doc)
    return docs
