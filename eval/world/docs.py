"""Document layouts (call notes, chats, emails, transcripts, exports) and the
ordinary lines around the secrets, each carrying the hard negatives a real
document has: phone numbers, orders, amounts, dates, tickets, addresses.

A turn is `(role, text)` with role "agent" or "customer"; texts may contain
marks (see common.Labels).
"""

from __future__ import annotations

import random

from common import (
    AGENTS,
    COMPANIES,
    ISSUES,
    Labels,
    address,
    make_account,
    make_amount,
    make_date,
    make_member,
    make_order,
    make_phone,
    make_ticket,
    make_time,
    person,
)

# ---------------------------------------------------------------------------
# Ordinary lines with negatives


def note_filler(rng: random.Random, L: Labels, k: int | None = None) -> str:
    k = rng.randrange(12) if k is None else k % 12
    if k == 0:
        return f"Cust called re {rng.choice(ISSUES)}."
    if k == 1:
        return f"Callback number {L.neg(make_phone(rng), 'neg_phone')}."
    if k == 2:
        return f"Order {L.neg(make_order(rng), 'neg_order')} placed {L.neg(make_date(rng), 'neg_date')}."
    if k == 3:
        return f"Refund of {L.neg(make_amount(rng), 'neg_amount')} issued, allow 5-7 business days."
    if k == 4:
        return f"Ticket {L.neg(make_ticket(rng), 'neg_ticket')} updated at {L.neg(make_time(rng), 'neg_time')}."
    if k == 5:
        return f"Member ID {L.neg(make_member(rng), 'neg_member')} verified."
    if k == 6:
        return f"Acct {L.neg(make_account(rng), 'neg_account')} in good standing."
    if k == 7:
        return f"Ship to {address(rng, L)}."
    if k == 8:
        return f"Balance {L.neg(make_amount(rng), 'neg_amount')} due {L.neg(make_date(rng), 'neg_date')}."
    if k == 9:
        return "Educated cust on the mobile app."
    if k == 10:
        return f"Hold time approx {rng.randint(2, 25)} min."
    return f"Cust prefers text to {L.neg(make_phone(rng), 'neg_phone')}."


def agent_filler(rng: random.Random, L: Labels, k: int | None = None) -> list[tuple[str, str]]:
    """A short exchange with negatives in it."""
    k = rng.randrange(8) if k is None else k % 8
    if k == 0:
        return [("agent", f"I see a charge of {L.neg(make_amount(rng), 'neg_amount')} from {L.neg(make_date(rng), 'neg_date')}."), ("customer", "Yes, that's the one.")]
    if k == 1:
        return [("agent", "What's the best number to reach you?"), ("customer", f"It's {L.neg(make_phone(rng), 'neg_phone')}.")]
    if k == 2:
        return [("agent", "Do you have the order number?"), ("customer", f"Sure, it's {L.neg(make_order(rng), 'neg_order')}.")]
    if k == 3:
        return [("agent", f"Your case number is {L.neg(make_ticket(rng), 'neg_ticket')}."), ("customer", "Okay, got it.")]
    if k == 4:
        return [("customer", f"I called on {L.neg(make_date(rng), 'neg_date')} around {L.neg(make_time(rng), 'neg_time')} and nobody fixed it.")]
    if k == 5:
        return [("agent", "Can you confirm the address on the account?"), ("customer", f"{address(rng, L)}.")]
    if k == 6:
        return [("agent", f"Your new balance is {L.neg(make_amount(rng), 'neg_amount')}."), ("customer", "Great, thank you.")]
    return [("agent", "And your member ID?"), ("customer", f"{L.neg(make_member(rng), 'neg_member')}")]


def opening(rng: random.Random, company: str, agent: str) -> list[tuple[str, str]]:
    return [
        ("agent", rng.choice([f"Thank you for calling {company}, my name is {agent}. How can I help you today?", f"{company} billing, this is {agent}. Who am I speaking with?", f"Hi, you've reached {company}. This is {agent}."])),
        ("customer", rng.choice([f"Hi, I'm calling about {rng.choice(ISSUES)}.", f"Hello. I need help with {rng.choice(ISSUES)}.", f"Yeah hi, it's about {rng.choice(ISSUES)}."])),
    ]


def closing(rng: random.Random) -> list[tuple[str, str]]:
    return [("agent", rng.choice(["Is there anything else I can help with?", "You're all set.", "Thanks for your patience."])), ("customer", rng.choice(["No, that's it. Thanks!", "Great, thank you so much.", "Thanks, bye."]))]


# ---------------------------------------------------------------------------
# Layouts

LABEL_NAMES = [("Agent", "Customer"), ("A", "C"), ("Rep", "Caller"), ("AGENT", "CUSTOMER"), ("Agent", "Client")]


def clock(sec: int, hours: bool = False) -> str:
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    return f"{h:02d}:{m:02d}:{s:02d}" if hours else f"{m + 60 * h}:{s:02d}"


def transcript(rng: random.Random, turns: list[tuple[str, str]], style: str | None = None, names: tuple[str, str] | None = None) -> tuple[str, str]:
    """Turns laid out as a labelled transcript; returns (text, style)."""
    style = style or rng.choice(["colon", "colon", "colon", "speaker_time", "bracket_spk", "time_label", "label_time_line", "vtt", "srt"])
    a, c = names or rng.choice(LABEL_NAMES)
    t = rng.randint(3, 40)
    lines: list[str] = []
    for i, (role, text) in enumerate(turns):
        who = a if role == "agent" else c
        t += rng.randint(7, 14)
        if style == "colon":
            lines.append(f"{who}: {text}")
        elif style == "speaker_time":
            lines.append(f"Speaker {1 if role == 'agent' else 2} ({clock(t)}): {text}")
        elif style == "bracket_spk":
            lines.append(f"[{clock(t, True)}] spk_{0 if role == 'agent' else 1}: {text}")
        elif style == "time_label":
            lines.append(f"{clock(t)} {who}: {text}")
        elif style == "label_time_line":
            lines.append(f"{who} {clock(t)}\n{text}")
        elif style == "vtt":
            end = t + rng.randint(2, 6)
            lines.append(f"{i + 1}\n{clock(t, True)}.{rng.randint(0, 499):03d} --> {clock(end, True)}.{rng.randint(500, 999):03d}\n<v {who}>{text}</v>\n")
        elif style == "srt":
            end = t + rng.randint(2, 6)
            lines.append(f"{i + 1}\n{clock(t, True)},{rng.randint(0, 499):03d} --> {clock(end, True)},{rng.randint(500, 999):03d}\n{who}: {text}\n")
        else:
            raise ValueError(style)
    body = "\n".join(lines)
    if style == "vtt":
        body = "WEBVTT\n\n" + body
    return body.rstrip("\n"), style


def chat(rng: random.Random, turns: list[tuple[str, str]], customer: str, agent: str, style: str | None = None) -> tuple[str, str]:
    style = style or rng.choice(["ampm", "pipe", "whatsapp", "zoom", "plain", "teams"])
    sec = (rng.randint(8, 20) * 60 + rng.randint(0, 50)) * 60
    lines = []
    if style == "pipe":
        lines.append(f"--- {agent} joined the chat ---")
    day = rng.randint(1, 28)
    for role, text in turns:
        sec += rng.randint(5, 150)
        h, m, ss = sec // 3600, sec // 60 % 60, sec % 60
        who = agent if role == "agent" else customer
        if style == "ampm":
            lines.append(f"[{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}] {who}: {text}")
        elif style == "pipe":
            lines.append(f"{h:02d}:{m:02d} | {role} | {text}")
        elif style == "whatsapp":
            lines.append(f"[{day:02d}/03/2025, {h:02d}:{m:02d}:{ss:02d}] {who}: {text}")
        elif style == "zoom":
            lines.append(f"{h:02d}:{m:02d}:{ss:02d} From {who} to Everyone:\n\t{text}")
        elif style == "teams":
            lines.append(f"{who}  {(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}\n{text}")
        else:
            lines.append(f"{who}: {text}")
    return "\n".join(lines), style


def note(rng: random.Random, lines: list[str], agent: str) -> tuple[str, str]:
    style = rng.choice(["header", "bullets", "plain", "crm", "oneline"])
    if style == "header":
        return f"NOTES ({make_date(rng, 'text')}):\n" + "\n".join(lines), style
    if style == "bullets":
        return f"Call summary - agent {agent}\n" + "\n".join(f"- {x}" for x in lines), style
    if style == "crm":
        return f"Subject: {rng.choice(ISSUES).capitalize()}\nDescription:\n" + "\n".join(lines) + f"\nOwner: {agent}", style
    if style == "oneline":
        return " ".join(lines), style
    return "\n".join(lines), style


def email(rng: random.Random, body: list[str], sender: str) -> tuple[str, str]:
    company = rng.choice(COMPANIES)
    user = sender.lower().replace(" ", ".").replace("'", "")
    head = f"From: {sender} <{user}{rng.randint(1, 99)}@example.com>\nTo: support@{company.lower().replace(' ', '-')}.example\nDate: {make_date(rng, 'text')}\nSubject: {rng.choice(['Re: your account', 'Payment update', 'Question about my bill', 'Fwd: statement', 'Card change'])}\n\n"
    return head + "Hello,\n\n" + "\n".join(body) + f"\n\nThanks,\n{sender.split()[0]}", "email"


def pick_people(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(COMPANIES), rng.choice(AGENTS), person(rng)
