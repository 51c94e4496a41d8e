"""unlabelled and one-line transcripts: whole calls as recognisers output them,
with no speaker labels: one turn per line, or the whole call on one line;
lower case without punctuation (pocketsphinx, streaming recognisers) or
Whisper-style sentence case with punctuation and formatted numbers, or
Whisper's timestamped segments. Cards, SSNs, expiry dates and security codes
are read in one turn or over two with the agent's "uh huh" in between.
"""

from __future__ import annotations

import random

from common import COMMON_BRANDS, Labels, finish, fmt_card, fmt_expiry, fmt_ssn, make_card, make_cvv, make_expiry, make_ssn
from docs import agent_filler, closing, opening, pick_people
from speech import ACKS, read_card, read_cvv, read_expiry, read_number, read_ssn, stt_close, stt_fillers, stt_open


def lower_turns(rng, L, company, agent, hp):
    """A call in recogniser style: lower case, no punctuation."""
    turns = stt_open(rng, company, agent)
    brand = rng.choice(COMMON_BRANDS)
    digits = make_card(rng, brand)
    turns.append(("agent", rng.choice(["can i get the card number please", "whats the card number", "go ahead with the card number"])))
    if rng.random() < 0.4:
        e = L.entity()
        k = 8 if len(digits) >= 14 else 6
        a, _ = read_number(rng, digits[:k], [4, 4], hp)
        b, _ = read_number(rng, digits[k:], [4, 4, 4], hp)
        turns.append(("customer", f"its {L.mark(a, 'CARD', 'unl_card_two_turns', entity=e, brand=brand)}"))
        turns.append(("agent", rng.choice(ACKS)))
        turns.append(("customer", L.mark(b, "CARD", "unl_card_two_turns", entity=e, brand=brand)))
    else:
        text, style = read_card(rng, digits, brand, hp)
        turns.append(("customer", f"{rng.choice(['', 'its ', 'yeah its '])}{L.mark(text, 'CARD', 'unl_card_' + style.split('_')[0], brand=brand)}"))
    if rng.random() < 0.8:
        m, y = make_expiry(rng)
        text, style = read_expiry(rng, m, y, hp)
        turns += [("agent", "and the expiration date"), ("customer", L.mark(text, "EXPIRY", "unl_expiry_" + style.split("_")[0]))]
    if rng.random() < 0.7:
        text, style = read_cvv(rng, make_cvv(rng, brand), hp)
        turns += [("agent", "and the security code on the back"), ("customer", f"its {L.mark(text, 'CVV', 'unl_cvv_' + style)}")]
    if rng.random() < 0.35:
        text, style = read_ssn(rng, make_ssn(rng), hp)
        turns += [("agent", "i also need your social security number to verify"), ("customer", L.mark(text, "SSN", "unl_ssn_" + style.split("_")[0]))]
    for k in rng.sample(range(10), rng.randint(1, 3)):
        pos = rng.choice([2, len(turns)])
        turns[pos:pos] = stt_fillers(rng, L, k)
    return turns + stt_close(rng)


def whisper_turns(rng, L, company, agent):
    """A call as Whisper writes it: sentences, punctuation, formatted numbers."""
    turns = opening(rng, company, agent)
    brand = rng.choice(COMMON_BRANDS)
    digits = make_card(rng, brand)
    turns.append(("agent", rng.choice(["Can I get the card number, please?", "What's the card number?", "Go ahead with the card number whenever you're ready."])))
    if rng.random() < 0.35:
        e = L.entity()
        k = 8 if len(digits) >= 14 else 6
        a = " ".join(digits[i : i + 4] for i in range(0, k, 4))
        b = " ".join(digits[i : i + 4] for i in range(k, len(digits), 4))
        turns.append(("customer", f"It's {L.mark(a, 'CARD', 'unl_card_two_turns_whisper', entity=e, brand=brand)}."))
        turns.append(("agent", rng.choice(["Uh-huh.", "Okay.", "Mm-hmm.", "Go ahead."])))
        turns.append(("customer", f"{L.mark(b, 'CARD', 'unl_card_two_turns_whisper', entity=e, brand=brand)}."))
    else:
        text, style = fmt_card(rng, digits, brand, rng.choice(["spaces", "spaces", "dashes", "contiguous"]))
        if rng.random() < 0.2:
            text, style = "-".join(digits), "digit_dashes"
        turns.append(("customer", f"{rng.choice(['Sure, it is ', 'Yeah, it is ', 'Okay, ', ''])}{L.mark(text, 'CARD', 'unl_card_whisper_' + style, brand=brand)}."))
    if rng.random() < 0.8:
        m, y = make_expiry(rng)
        text, style = fmt_expiry(rng, m, y, rng.choice(["mm/yy", "m/yy", "month yyyy", "mm/yyyy"]))
        turns += [("agent", "And the expiration date?"), ("customer", f"{L.mark(text, 'EXPIRY', 'unl_expiry_whisper')}.")]
    if rng.random() < 0.7:
        turns += [("agent", "And the security code on the back?"), ("customer", f"It's {L.mark(make_cvv(rng, brand), 'CVV', 'unl_cvv_whisper')}.")]
    if rng.random() < 0.35:
        s, style = fmt_ssn(rng, make_ssn(rng), rng.choice(["dashes", "plain", "spaces"]))
        turns += [("agent", "I'll also need your Social Security number."), ("customer", f"Sure, {L.mark(s, 'SSN', 'unl_ssn_whisper_' + style)}.")]
    for k in rng.sample(range(8), rng.randint(1, 3)):
        pos = rng.choice([2, len(turns)])
        turns[pos:pos] = agent_filler(rng, L, k)
    return turns + closing(rng)


def build(rng: random.Random, n: int) -> list[dict]:
    docs = []
    for i in range(n):
        L = Labels()
        company, agent, _ = pick_people(rng)
        layout = rng.choice(["lines_lower", "lines_lower", "oneline_lower", "oneline_lower", "lines_whisper", "oneline_whisper", "segments_whisper"])
        hp = rng.choice([0.0, 0.15, 0.3])
        turns = whisper_turns(rng, L, company, agent) if "whisper" in layout else lower_turns(rng, L, company, agent, hp)
        texts = [t for _, t in turns]
        if layout.startswith("lines"):
            text = "\n".join(texts)
        elif layout.startswith("oneline"):
            text = " ".join(texts)
        else:
            t = rng.uniform(0, 5)
            lines = []
            for x in texts:
                d = 1.0 + len(x) / 14
                lines.append(f"[{int(t // 60):02d}:{t % 60:06.3f} --> {int((t + d) // 60):02d}:{(t + d) % 60:06.3f}]  {x}")
                t += d + rng.uniform(0.1, 1.5)
            text = "\n".join(lines)
        docs.append(finish(f"unl-{i:04d}", "transcript", text, L, layout=layout, homophone_rate=hp if "lower" in layout else 0.0))
    return docs
