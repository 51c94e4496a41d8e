#!/usr/bin/env python3
"""Deterministic generator for the world-stt probe set (speech-to-text output
from contact-centre calls).  python3 gen.py  ->  world-stt.jsonl
Python 3 stdlib only; fixed seed."""
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import finalize, parse, S, N, luhn_ok, ssn_ok  # noqa: E402
import scenarios as SC  # noqa: E402
from renderers import RENDERERS, JSON_FORMATS, JSONL_FORMATS  # noqa: E402

SEED = 20261202

# (format, scenario, kwargs)  -- each row is one document
PLAN = [
    # ---------------- plain-text transcript layouts
    ('labeled_agent_customer', 'payment', dict(cstyle='words', brand='amex')),
    ('labeled_agent_customer', 'ssn_verify', dict(style='pairs')),
    ('labeled_agent_customer', 'card_turns', dict(confirm='repeat')),
    ('labeled_agent_customer', 'order_status', {}),
    ('labeled_spk', 'payment', dict(cstyle='homo')),
    ('labeled_spk', 'ssn_turns', {}),
    ('labeled_spk', 'misheard', {}),
    ('labeled_spk', 'payment', dict(cstyle='gap')),
    ('zoom_vtt', 'tech_imei', {}),
    ('labeled_spk', 'device_return', {}),
    ('whisper_txt_raw', 'device_return', {}),
    ('whisper_txt_raw', 'payment', dict(cstyle='quant', brand='mc2')),
    ('labeled_channel', 'readback', dict(correct=True)),
    ('labeled_channel', 'payment', dict(cstyle='quant', brand='diners')),
    ('labeled_channel', 'phone_turns', {}),
    ('labeled_bracket_ts', 'amex', {}),
    ('labeled_bracket_ts', 'insurance', {}),
    ('labeled_bracket_ts', 'dob_vs_expiry', {}),
    ('labeled_bracket_ts', 'last4', {}),
    ('labeled_speaker_paren_ts', 'payment', dict(cstyle='dbl')),
    ('labeled_speaker_paren_ts', 'ssn_verify', dict(style='quant')),
    ('deepgram_paragraph_text', 'card_turns', dict(confirm='ack', exp_split=True)),
    ('deepgram_paragraph_text', 'update_card', {}),
    ('aws_text_range', 'payment', dict(cstyle='wrong_groups')),
    ('aws_text_range', 'ssn_verify', dict(style='mixed')),
    ('whisper_txt', 'payment', dict(cstyle='itn_mixed')),
    ('whisper_txt', 'payment', dict(cstyle='itn_dashes', brand='visa13')),
    ('whisper_txt', 'readback', {}),
    ('whisper_txt', 'ssn_verify', dict(style='itn_dash')),
    ('whisper_txt', 'repeat_hallucination', {}),
    ('whisper_txt', 'misheard', {}),
    ('whisper_txt_raw', 'payment', dict(cstyle='pairs')),
    ('whisper_txt_raw', 'update_card', {}),
    ('whisper_txt_raw', 'ssn_verify', dict(style='words')),
    ('whisper_srt', 'payment', dict(cstyle='punct', brand='diners')),
    ('whisper_srt', 'card_turns', dict(confirm='ack')),
    ('whisper_srt', 'ssn_verify', dict(style='itn_space')),
    ('whisper_srt', 'travel', {}),
    ('whisper_vtt', 'payment', dict(cstyle='itn_groups', brand='amex')),
    ('whisper_vtt', 'amex', {}),
    ('whisper_vtt', 'repeat_hallucination', {}),
    ('zoom_vtt', 'payment', dict(cstyle='selfcorrect')),
    ('zoom_vtt', 'insurance', {}),
    ('teams_vtt', 'update_card', {}),
    ('teams_vtt', 'ssn_turns', {}),
    ('teams_vtt', 'ein_business', {}),
    ('otter_txt', 'payment', dict(cstyle='itn_halves', brand='jcb')),
    ('otter_txt', 'card_turns', dict(confirm='repeat', exp_split=True)),
    ('otter_txt', 'cvv_only', {}),
    ('teams_docx_txt', 'readback', dict(correct=True)),
    ('teams_docx_txt', 'ssn_verify', dict(style='dbl')),
    ('gong_txt', 'payment', dict(cstyle='disfluent', brand='visa19')),
    ('gong_txt', 'declined_retry', {}),
    ('csv_export', 'payment', dict(cstyle='itn_contig', brand='discover19')),
    ('csv_export', 'ssn_verify', dict(style='homo')),
    ('crm_note', 'payment', dict(cstyle='gap')),
    ('crm_note', 'ssn_verify', dict(style='itn_comma')),
    ('crm_note', 'card_turns', dict(confirm='ack')),
    ('crm_note', 'misheard', {}),
    ('crm_note', 'readback', {}),
    ('crm_note', 'last4', {}),
    ('crm_note', 'cvv_only', {}),
    ('crm_note', 'order_status', {}),
    ('crm_note', 'travel', {}),
    ('crm_note', 'payment', dict(cstyle='itn_dashes')),
    ('azure_sdk_log', 'payment', dict(cstyle='words')),
    ('azure_sdk_log', 'cvv_only', {}),
    ('voicemail_txt', 'voicemail', {}),
    ('labeled_agent_customer', 'account_open', {}),
    ('whisper_txt', 'account_open', {}),
    ('otter_txt', 'account_open', {}),
    ('teams_docx_txt', 'ssn_verify', dict(style='itn_contig')),
    ('labeled_channel', 'ssn_turns', {}),
    ('gong_txt', 'account_open', {}),
    ('voicemail_txt', 'voicemail', dict(with_card=False)),
    ('voicemail_txt', 'voicemail', {}),
    ('ivr_log', 'ivr', {}),
    ('ivr_log', 'ivr', {}),
    ('labeled_agent_customer', 'appointment', {}),
    ('otter_txt', 'appointment', {}),
    # ---------------- JSON exports
    ('google_stt_json_nowords', 'voicemail', {}),
    ('genesys_like_json', 'payment', dict(cstyle='homo')),
    ('genesys_like_json', 'ssn_turns', {}),
    ('genesys_like_json', 'phone_turns', {}),
    ('aws_call_analytics_json', 'account_open', {}),
    ('deepgram_json', 'device_return', {}),
    ('whisper_verbose_json', 'account_open', {}),
    ('aws_transcribe_json', 'payment', dict(cstyle='itn_groups', with_zip=False, brand='amex')),
    ('aws_transcribe_json', 'ssn_verify', dict(style='itn_dash')),
    ('aws_transcribe_json', 'cvv_only', {}),
    ('aws_transcribe_json', 'order_status', {}),
    ('aws_transcribe_json', 'card_turns', dict(confirm='ack')),
    ('aws_call_analytics_json', 'payment', dict(cstyle='itn_mixed')),
    ('aws_call_analytics_json', 'ssn_turns', {}),
    ('aws_call_analytics_json', 'tech_imei', {}),
    ('contact_lens_redacted_json', 'payment', dict(cstyle='itn_groups')),
    ('contact_lens_redacted_json', 'ssn_verify', dict(style='itn_space')),
    ('contact_lens_redacted_json', 'amex', {}),
    ('google_stt_json', 'payment', dict(cstyle='itn_contig', with_zip=False)),
    ('google_stt_json', 'dob_vs_expiry', {}),
    ('google_stt_json', 'readback', {}),
    ('google_stt_json_nowords', 'payment', dict(cstyle='quant')),
    ('google_stt_json_nowords', 'ssn_verify', dict(style='itn_space')),
    ('deepgram_json', 'payment', dict(cstyle='itn_groups', with_zip=False, brand='diners')),
    ('deepgram_json', 'cvv_only', {}),
    ('deepgram_json', 'bank_routing', {}),
    ('deepgram_json', 'last4', {}),
    ('deepgram_json_utterances', 'card_turns', dict(confirm='repeat')),
    ('deepgram_json_utterances', 'ssn_verify', dict(style='words')),
    ('azure_batch_json', 'cvv_only', {}),
    ('azure_batch_json', 'ssn_verify', dict(style='itn_dash')),
    ('azure_batch_json_nocombined', 'payment', dict(cstyle='words', with_zip=False)),
    ('azure_batch_json_nocombined', 'insurance', {}),
    ('azure_realtime_detailed_jsonl', 'payment', dict(cstyle='itn_mixed')),
    ('azure_realtime_detailed_jsonl', 'ssn_verify', dict(style='pairs')),
    ('assemblyai_json', 'payment', dict(cstyle='itn_groups')),
    ('assemblyai_json', 'travel', {}),
    ('revai_json', 'payment', dict(cstyle='pairs', with_zip=False)),
    ('revai_json', 'ssn_turns', {}),
    ('vosk_json', 'cvv_only', {}),
    ('vosk_json', 'dob_vs_expiry', {}),
    ('speechmatics_json', 'payment', dict(cstyle='itn_halves', brand='unionpay19')),
    ('speechmatics_json', 'update_card', {}),
    ('whisper_verbose_json', 'payment', dict(cstyle='punct')),
    ('whisper_verbose_json', 'ssn_verify', dict(style='itn_contig')),
    ('whisper_verbose_json', 'order_status', {}),
    ('whisper_verbose_json', 'declined_retry', {}),
]


def kind_of(fmt):
    return 'note' if fmt == 'crm_note' else 'transcript'


def base_ent(e):
    return re.match(r'e\d+', e).group(0)


SCEN_COMPANY = {'device_return': ['Acme Wireless', 'Orion Telecom'],'insurance': ['Harbor Health Plan', 'Riverside Medical Billing', 'Summit Auto Insurance'],
                'travel': ['SkyWay Airlines', 'Vista Hotels'], 'tech_imei': ['Acme Wireless', 'Orion Telecom'],
                'appointment': ['Lumen Home Internet', 'Beacon Home Warranty', 'Keystone Water Utility'],
                'amex': ['Vista Hotels', 'SkyWay Airlines', 'Atlas Moving Co'], 'order_status': ['Trailhead Outfitters', 'Maple & Main Furniture', 'Greenleaf Pharmacy'],
                'bank_routing': ['Keystone Water Utility', 'Northwind Energy', 'Pinecrest Credit Union'],
                'ssn_verify': ['Harbor Health Plan', 'Pinecrest Credit Union', 'Riverside Medical Billing', 'Summit Auto Insurance'],
                'ssn_turns': ['Pinecrest Credit Union', 'Harbor Health Plan'], 'last4': ['Pinecrest Credit Union']}


MACHINE_PATTERNS = [
    # (kind, regex with one group = the value)
    ('neg_stt_timestamp', r'(\d\d:\d\d:\d\d[,.]\d\d\d)'),
    ('neg_stt_timestamp', r'"(?:start_time|end_time|startTime|endTime|offset|resultEndTime)": "([0-9.]+s?)"'),
    ('neg_stt_timestamp', r'"(?:start|end|ts|end_ts|BeginOffsetMillis|EndOffsetMillis|startTimeMs|Offset|Duration)": ([0-9.]+)'),
    ('neg_stt_confidence', r'"(?:confidence|Confidence|conf)": "?([0-9.]+)"?'),
    ('neg_stt_token_ids', r'"tokens": \[([0-9, \n]+?)\]'),
    ('neg_stt_ticks', r'"(?:offsetInTicks|durationInTicks)": ([0-9.]+)'),
]


def machine_negatives(text, spans, negs, fmt, rng, per_kind=4):
    """Record a sample of the recogniser's own numbers (timestamps, confidences, token ids, ticks)
    as negatives. Only a sample is recorded; the rest are unlabelled numbers like any other."""
    taken = [(x['start'], x['end']) for x in spans + negs]
    out = []
    for kind, rx in MACHINE_PATTERNS:
        found = [(m.start(1), m.end(1)) for m in re.finditer(rx, text)]
        found = [(a, b) for a, b in found if not any(a < y and x < b for x, y in taken)]
        if not found:
            continue
        for a, b in sorted(rng.sample(found, min(per_kind, len(found)))):
            # a token-id list: record one id
            if kind == 'neg_stt_token_ids':
                ids = list(re.finditer(r'\d+', text[a:b]))
                mm = ids[len(ids) // 2]
                a, b = a + mm.start(), a + mm.end()
            out.append({'start': a, 'end': b, 'kind': kind})
            taken.append((a, b))
    return out


def build(i, fmt, scen, kw, rng):
    ctx = SC.Ctx(rng)
    if scen in SCEN_COMPANY:
        ctx.company = rng.choice(SCEN_COMPANY[scen])
    turns = SC.SCENARIOS[scen](ctx, **kw)
    markup = RENDERERS[fmt](ctx, turns, rng)
    text, spans, negs = finalize(markup)
    negs = sorted(negs + machine_negatives(text, spans, negs, fmt, rng), key=lambda n: n['start'])
    # Every rendering of one utterance (transcript text, per-word items, lexical/ITN/display forms,
    # interim hypotheses, paragraph copies) is a fragment of the SAME item: leaking any copy leaks
    # the number. The rendering of each span is kept in meta.span_renderings (same order as spans).
    ents, rends = {}, []
    for s in spans:
        e = s['entity']
        b = base_ent(e)
        rends.append(e[len(b):] or 'primary')
        s['entity'] = b
        if b not in ents:
            ents[b] = dict(ctx.ents[b])
        if ents[b]['type'] == 'CARD' and ents[b].get('luhn_valid') is not True:
            # the brief asks for these to be labelled CARD; the corpus README would type a
            # Luhn-failing misread as IGNORE. Recorded so either reading can be scored.
            ents[b]['readme_strict_type'] = 'IGNORE'
        if rends[-1].startswith('_p'):
            ents[b]['has_partial_hypotheses'] = True
    doc = {
        'id': 'stt-%03d' % i,
        'kind': kind_of(fmt),
        'text': text,
        'spans': spans,
        'negatives': negs,
        'meta': {'set': 'world-stt', 'format': fmt, 'scenario': scen,
                 'scenario_detail': ctx.tags, 'company': ctx.company,
                 'embedded_json': 'document' if fmt in JSON_FORMATS else ('lines' if fmt in JSONL_FORMATS else None),
                 'entities': ents, 'span_renderings': rends},
    }
    return doc


def main():
    rng = random.Random(SEED)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'world-stt.jsonl')
    docs = [build(i, f, s, kw, rng) for i, (f, s, kw) in enumerate(PLAN)]
    with open(out, 'w', encoding='utf-8') as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + '\n')
    print('wrote %d docs to %s' % (len(docs), out))


if __name__ == '__main__':
    main()
