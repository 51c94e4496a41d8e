"""Render a scenario (list of (role, markup) turns) into the layout of a real
speech-to-text product or export. Every renderer returns a markup string."""
import json
import re
from core import *
from scenarios import date_neg

PUNCT_END = '.,?!'


# ------------------------------------------------------------------ timing / tokens
def timeline(turns, rng, t0=None):
    t = rng.uniform(0.5, 40.0) if t0 is None else t0
    out = []
    for role, m in turns:
        plain, marks = parse(m)
        toks = []
        for mo in re.finditer(r'\S+', plain):
            s, e = mo.start(), mo.end()
            # split trailing punctuation (AWS / Speechmatics / Rev style)
            pe = e
            while pe > s + 1 and plain[pe - 1] in PUNCT_END:
                pe -= 1
            toks.append([s, pe, 'w'])
            for k in range(pe, e):
                toks.append([k, k + 1, 'p'])
        start = t
        for tk in toks:
            if tk[2] == 'w':
                d = rng.uniform(0.18, 0.55)
                tk += [round(t, 2), round(t + d, 2), round(rng.uniform(0.62, 1.0), 4)]
                t += d + rng.choice([0, 0, 0.03, 0.08])
            else:
                tk += [None, None, 0.0]
        end = t
        out.append(dict(role=role, m=m, plain=plain, marks=marks, toks=toks, start=round(start, 2), end=round(end, 2)))
        t += rng.uniform(0.3, 2.5)
    return out


def tok_m(turn, tk, sfx):
    return wrap(turn['plain'], turn['marks'], tk[0], tk[1], sfx)


def window(turns, maxlen=9):
    """Part of a call around the first labelled span (JSON exports are kept short).
    The window is widened so that no labelled entity is cut in half."""
    idx = [i for i, (_, m) in enumerate(turns) if '⟦S|' in m]
    if not idx:
        return turns[1:1 + maxlen]
    a = max(0, idx[0] - 2)
    b = min(len(turns), max(i for i in idx if i - a < maxlen) + 2)
    ents = lambda m: set(re.findall(r'⟦S\|[A-Z]+\|([^|]+)\|', m))
    while True:
        inside = set().union(*[ents(m) for _, m in turns[a:b]])
        need = [i for i, (_, m) in enumerate(turns) if ents(m) & inside]
        na, nb = min([a] + need), max([b] + [i + 1 for i in need])
        if (na, nb) == (a, b):
            return turns[a:b]
        a, b = na, nb


def lower_nopunct(m):
    return tmap(m, lambda x: re.sub(r'\s+', ' ', re.sub(r"(?<!\d)[.,?!]|[.,?!](?!\d)", '', x)).lower() if x.strip() else x)


def redact_types(m, types, token='[PII]'):
    def rep(mo):
        h = mo.group(1).split('|')
        if h[0] == 'S' and h[1] in types:
            return token
        return mo.group(0)
    return MK.sub(rep, m)


def squeeze(m):
    return re.sub(r' {2,}', ' ', m).strip()


def J(obj, indent=None):
    """json.dumps that keeps the markup characters literal."""
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def uuid(rng):
    h = '0123456789abcdef'
    p = [8, 4, 4, 4, 12]
    return '-'.join(''.join(rng.choice(h) for _ in range(n)) for n in p)


def role_names(ctx, style):
    if style == 'agent_customer':
        return {'A': 'Agent', 'C': 'Customer'}
    if style == 'spk':
        return {'A': 'spk_0', 'C': 'spk_1'}
    if style == 'channel':
        return {'A': 'Channel 1', 'C': 'Channel 2'}
    if style == 'upper':
        return {'A': 'AGENT', 'C': 'CALLER'}
    if style == 'speakerN':
        return {'A': 'Speaker 1', 'C': 'Speaker 2'}
    if style == 'speaker0':
        return {'A': 'Speaker 0', 'C': 'Speaker 1'}
    if style == 'names':
        return {'A': ctx.agent + ' (Agent)', 'C': ctx.cust}
    if style == 'rep_cust':
        return {'A': 'Rep', 'C': 'Cust'}
    raise ValueError(style)


# ------------------------------------------------------------------ text layouts
def r_labeled(ctx, turns, rng, style='agent_customer', ts=None, raw=False):
    names = role_names(ctx, style)
    tl = timeline(turns, rng)
    lines = []
    slip = rng.randrange(len(tl)) if rng.random() < 0.25 else None
    for k, t in enumerate(tl):
        m = lower_nopunct(t['m']) if raw else t['m']
        if k == slip:
            # diarisation error: the turn is attributed to the other speaker
            t = dict(t, role={'A': 'C', 'C': 'A'}[t['role']])
        if ts == 'bracket':
            lines.append('[%s] %s: %s' % (ts_hms(t['start']), names[t['role']], m))
        elif ts == 'paren':
            lines.append('%s (%s): %s' % (names[t['role']], ts_hms(t['start'], hours=False), m))
        elif ts == 'range':
            lines.append('%s [%.2f-%.2f]: %s' % (names[t['role']], t['start'], t['end'], m))
        else:
            lines.append('%s: %s' % (names[t['role']], m))
    sep = '\n\n' if rng.random() < 0.25 else '\n'
    return sep.join(lines)


def r_whisper_plain(ctx, turns, rng, raw=False):
    ms = [t[1] for t in turns]
    if raw:
        ms = [lower_nopunct(m) for m in ms]
    out, para = [], []
    for m in ms:
        para.append(m)
        if rng.random() < 0.2:
            out.append(' '.join(para))
            para = []
    if para:
        out.append(' '.join(para))
    return '\n\n'.join(out) if rng.random() < 0.5 else ' '.join(out)


def cue_chunks(turns, rng, maxw=(6, 13), by_turn=False):
    """Split the word stream into subtitle cues. Returns list of (start, end, markup, role)."""
    tl = timeline(turns, rng)
    cues = []
    for t in tl:
        ws = [tk for tk in t['toks'] if tk[2] == 'w']
        # the recogniser often closes a cue in the middle of a long number
        forced = None
        smarks = [mk for mk in t['marks'] if mk[2][0] == 'S']
        if smarks and rng.random() < 0.7:
            s0, e0 = smarks[0][0], smarks[0][1]
            inside = [k for k, tk in enumerate(ws) if s0 <= tk[0] and tk[1] <= e0]
            if len(inside) >= 2:
                forced = rng.choice(inside[1:])
        i = 0
        while i < len(ws):
            n = rng.randint(*maxw)
            if forced is not None and i < forced < i + n:
                n = forced - i
            chunk = ws[i:i + n]
            # extend to trailing punctuation
            a = chunk[0][0]
            b = chunk[-1][1]
            while b < len(t['plain']) and t['plain'][b] in PUNCT_END:
                b += 1
            cues.append((chunk[0][3], chunk[-1][4], wrap(t['plain'], t['marks'], a, b), t['role']))
            i += n
    if not by_turn:
        # whisper merges across speakers sometimes: join some adjacent short cues
        merged = []
        for c in cues:
            if merged and len(parse(merged[-1][2])[0].split()) + len(parse(c[2])[0].split()) <= 9 and rng.random() < 0.5:
                p = merged[-1]
                merged[-1] = (p[0], c[1], p[2] + ' ' + c[2], p[3])
            else:
                merged.append(c)
        cues = merged
    return cues


def replace_plain_char(m, idx, ch):
    """Replace the character at plain-text index idx inside a markup string
    (a line break inside a span stays inside the span)."""
    p = 0
    i = 0
    while i < len(m):
        if m[i] == '⟦':
            i = m.index('⟧', i) + 1
            continue
        if p == idx:
            return m[:i] + ch + m[i + 1:]
        p += 1
        i += 1
    raise IndexError(idx)


def r_srt(ctx, turns, rng):
    cues = cue_chunks(turns, rng)
    out = []
    for i, (s, e, m, _) in enumerate(cues, 1):
        # whisper often wraps long cue text onto two lines
        pl, mk = parse(m)
        inner = [k for (a, b, h) in mk if h[0] == 'S' for k in range(a + 1, b - 1) if pl[k] == ' ']
        if inner and rng.random() < 0.6:
            # line wrap inside the number: one span that contains the line break
            m = replace_plain_char(m, rng.choice(inner), '\n')
        elif len(pl) > 42 and rng.random() < 0.5:
            # break at a space in the middle
            mid = pl.rfind(' ', 0, len(pl) // 2 + 6)
            m = replace_plain_char(m, mid, '\n')
        out.append('%d\n%s --> %s\n%s\n' % (i, ts_hms(s, ','), ts_hms(e, ','), m))
    return '\n'.join(out)


def r_vtt_whisper(ctx, turns, rng):
    cues = cue_chunks(turns, rng)
    out = ['WEBVTT\n']
    for s, e, m, _ in cues:
        out.append('%s --> %s\n%s\n' % (ts_hms(s, '.'), ts_hms(e, '.'), m))
    return '\n'.join(out)


def r_vtt_zoom(ctx, turns, rng):
    names = {'A': ctx.agent + ' ' + rng.choice(['Reyes', 'Kim', 'Patel', 'Moore']), 'C': ctx.cust}
    cues = cue_chunks(turns, rng, maxw=(8, 18), by_turn=True)
    out = ['WEBVTT\n']
    for i, (s, e, m, role) in enumerate(cues, 1):
        out.append('%d\n%s --> %s\n%s: %s\n' % (i, ts_hms(s, '.'), ts_hms(e, '.'), names[role], m))
    return '\n'.join(out)


def r_vtt_teams(ctx, turns, rng):
    ph = phone(rng)
    cname = rng.choice([ctx.cust, '+1 %s-%s-%s' % (ph[:3], ph[3:6], ph[6:])])
    names = {'A': ctx.agent + ' ' + rng.choice(['Reyes', 'Kim', 'Patel', 'Moore']), 'C': cname}
    cues = cue_chunks(turns, rng, maxw=(10, 20), by_turn=True)
    base = uuid(rng)
    out = ['WEBVTT\n']
    for i, (s, e, m, role) in enumerate(cues):
        nm = names[role]
        nmm = N('neg_phone', nm) if nm.startswith('+1') else nm
        out.append('%s/%d-%d\n%s --> %s\n<v %s>%s</v>\n' % (base, 10 + i * 3, 0, ts_hms(s, '.'), ts_hms(e, '.'), nmm, m))
    return '\n'.join(out)


def r_otter(ctx, turns, rng):
    named = rng.random() < 0.5
    names = {'A': ctx.agent, 'C': ctx.cust.split()[0]} if named else {'A': 'Speaker 1', 'C': 'Speaker 2'}
    tl = timeline(turns, rng)
    out = []
    for t in tl:
        out.append('%s  %s\n%s\n' % (names[t['role']], ts_hms(t['start'], hours=t['start'] >= 3600), t['m']))
    head = '%s call - %s\n%s\n\n' % (ctx.company, rng.choice(['Mon, 3/3', 'Tue, 11/18', 'Thu, 6/5']), rng.choice(['12:14 PM \u2022 18 min', '9:02 AM \u2022 7 min']))
    return head + '\n'.join(out)


def r_teams_txt(ctx, turns, rng):
    names = {'A': ctx.agent + ' ' + rng.choice(['Reyes', 'Kim', 'Patel']), 'C': ctx.cust}
    tl = timeline(turns, rng)
    return '\n'.join('%s   %s\n%s\n' % (names[t['role']], ts_hms(t['start'], hours=False), t['m']) for t in tl)


def r_gong(ctx, turns, rng):
    names = {'A': ctx.agent + ' ' + rng.choice(['Reyes', 'Kim', 'Patel']), 'C': ctx.cust}
    tl = timeline(turns, rng)
    out, last = [], None
    for t in tl:
        if t['role'] != last:
            out.append('\n%s | %s' % (ts_hms(t['start'], hours=False), names[t['role']]))
        out.append(t['m'])
        last = t['role']
    return ('Call: %s support | %s\n' % (ctx.company, rng.choice(['Inbound', 'Outbound callback']))) + '\n'.join(out)


def r_csv(ctx, turns, rng):
    tl = timeline(turns, rng)
    out = ['start_time,end_time,speaker,channel,text']
    for t in tl:
        txt = t['m'].replace('"', '""')
        out.append('%.2f,%.2f,%s,%d,"%s"' % (t['start'], t['end'], {'A': 'AGENT', 'C': 'CUSTOMER'}[t['role']], {'A': 0, 'C': 1}[t['role']], txt))
    return '\n'.join(out)


def hard_wrap(m, width, rng):
    """Agent pasted the transcript into a fixed-width notes field: wrap at spaces."""
    plain = parse(m)[0]
    cuts, col, last_space = [], 0, None
    for i, ch in enumerate(plain):
        if ch == '\n':
            col, last_space = 0, None
            continue
        if ch == ' ':
            last_space = i
        col += 1
        if col > width and last_space is not None:
            cuts.append(last_space)
            col = i - last_space
            last_space = None
    for c in cuts:
        m = replace_plain_char(m, c, '\n')
    return m


def r_crm(ctx, turns, rng):
    style = rng.choice(['agent_customer', 'spk', 'rep_cust', 'speakerN'])
    excerpt = window(turns, 8)
    body = r_labeled(ctx, excerpt, rng, style=style, ts=rng.choice([None, 'bracket', None]), raw=rng.random() < 0.3)
    if rng.random() < 0.4:
        body = hard_wrap(body, rng.choice([60, 72, 80]), rng)
    case = N('neg_case', rng.choice(['0', '']) + digits(7, rng))
    head = rng.choice([
        'Case %s | Billing | Phone\nNotes: cust called in, see transcript snippet below (copied from call recording tool)\n-----\n' % case,
        'CALL NOTE %s\nInteraction ID: %s\nPasted transcript:\n"""\n' % (date_neg(ctx, 'neg_date'), N('neg_interaction_id', digits(12, rng))),
        'Agent %s - case %s\nSummary: payment/verification call. Transcript excerpt:\n\n' % (ctx.agent, case),
    ])
    tail = rng.choice(['\n-----\nResolution: processed, cust satisfied. Follow up in %s days.' % rng.choice(['3', '5', 'two']),
                       '\n"""\nNext steps: none. Callback # on file.', '\n\nEscalated to Tier 2 (ticket %s).' % N('neg_ticket', 'INC' + digits(7, rng))])
    # agent's own typed summary of what was captured
    shown = set(re.findall(r'⟦S\|[A-Z]+\|(e\d+)', body))
    cards = [k for k in shown if ctx.ents.get(k, {}).get('type') == 'CARD' and ctx.ents[k].get('luhn_valid')]
    exps = [k for k in shown if ctx.ents.get(k, {}).get('type') == 'EXPIRY']
    summ = []
    if cards and rng.random() < 0.8:
        d = ctx.ents[cards[0]]['digits']
        summ.append(rng.choice(['New card on file ending %s', 'CC ending in %s charged', 'card x%s updated']) % S('IGNORE', ctx.e('IGNORE'), 'ign_card_last4', d[-4:]))
    if exps and rng.random() < 0.8:
        info = ctx.ents[exps[0]]
        m, y = info['month'], info['year']
        ee = ctx.e('EXPIRY', month=m, year=y, style='agent_typed')
        summ.append(rng.choice(['exp %s', 'exp date %s', 'exp. %s']) % S('EXPIRY', ee, 'expiry_agent_typed', rng.choice(['%02d/%02d' % (m, y % 100), '%d/%d' % (m, y), '%02d%02d' % (m, y % 100)])))
    if any(ctx.ents.get(k, {}).get('type') == 'CVV' for k in shown):
        summ.append('cvv verified')
    if summ:
        tail = '\nAgent summary: ' + ', '.join(summ) + '.' + tail
    return head + body + tail


def r_azure_log(ctx, turns, rng):
    """Azure Speech SDK console sample output with interim RECOGNIZING hypotheses."""
    excerpt = [t for t in window(turns, 6)]
    tl = timeline(excerpt, rng)
    out = ['Speak into your microphone.' if rng.random() < 0.3 else 'Session started event. SessionId=%s' % uuid(rng).replace('-', '')]
    pi = 0
    for t in tl:
        ws = [tk for tk in t['toks'] if tk[2] == 'w']
        if t['role'] == 'C' and len(ws) > 2 and '⟦S|' in t['m']:
            cuts = sorted(set(rng.sample(range(1, len(ws)), min(2, len(ws) - 1))))
            for c in cuts:
                pi += 1
                pm = lower_nopunct(wrap(t['plain'], t['marks'], 0, ws[c - 1][1], '_p%d' % pi))
                out.append('RECOGNIZING: Text=%s' % pm)
        out.append('RECOGNIZED: Text=%s' % t['m'])
    out.append('CANCELED: Reason=EndOfStream' if rng.random() < 0.5 else 'Session stopped event.')
    return '\n'.join(out)


# ------------------------------------------------------------------ JSON exports
def r_aws(ctx, turns, rng):
    tl = timeline(window(turns), rng)
    spk = {'A': 'spk_0', 'C': 'spk_1'}
    items, segs, texts = [], [], []
    iid = 0
    for t in tl:
        texts.append(t['m'])
        seg_items = []
        for tk in t['toks']:
            c = tok_m(t, tk, 'w')
            if tk[2] == 'w':
                items.append({'id': iid, 'type': 'pronunciation', 'alternatives': [{'confidence': '%.4f' % tk[5], 'content': c}],
                              'start_time': '%.3f' % tk[3], 'end_time': '%.3f' % tk[4], 'speaker_label': spk[t['role']]})
                seg_items.append({'speaker_label': spk[t['role']], 'start_time': '%.3f' % tk[3], 'end_time': '%.3f' % tk[4]})
            else:
                items.append({'id': iid, 'type': 'punctuation', 'alternatives': [{'confidence': '0.0', 'content': c}], 'speaker_label': spk[t['role']]})
            iid += 1
        segs.append({'start_time': '%.3f' % t['start'], 'end_time': '%.3f' % t['end'], 'speaker_label': spk[t['role']], 'items': seg_items})
    acct_id = digits(12, rng)
    doc = {'jobName': 'cc-%s-%s' % (ctx.company.split()[0].lower(), digits(10, rng)), 'accountId': '⟦N|neg_json_id⟧%s⟦/⟧' % acct_id,
           'status': 'COMPLETED',
           'results': {'transcripts': [{'transcript': ' '.join(texts)}],
                       'speaker_labels': {'channel_label': 'ch_0', 'speakers': 2, 'segments': segs},
                       'items': items}}
    return J(doc, indent=rng.choice([None, 2]))


def r_aws_analytics(ctx, turns, rng):
    tl = timeline(window(turns, 10), rng)
    tr = []
    for t in tl:
        tr.append({'Id': uuid(rng), 'ParticipantRole': {'A': 'AGENT', 'C': 'CUSTOMER'}[t['role']], 'Content': t['m'],
                   'BeginOffsetMillis': int(t['start'] * 1000), 'EndOffsetMillis': int(t['end'] * 1000),
                   'Sentiment': rng.choice(['NEUTRAL', 'NEUTRAL', 'POSITIVE', 'NEGATIVE']),
                   'LoudnessScores': [round(rng.uniform(60, 85), 2) for _ in range(rng.randint(2, 4))]})
    doc = {'JobStatus': 'COMPLETED', 'LanguageCode': 'en-US', 'AccountId': '⟦N|neg_json_id⟧%s⟦/⟧' % digits(12, rng),
           'Channel': 'VOICE', 'Participants': [{'ParticipantRole': 'AGENT'}, {'ParticipantRole': 'CUSTOMER'}],
           'ConversationCharacteristics': {'TotalConversationDurationMillis': int(tl[-1]['end'] * 1000) + 1200,
                                           'NonTalkTime': {'TotalTimeMillis': rng.randint(2000, 9000)}},
           'Transcript': tr}
    return J(doc, indent=2)


def r_contact_lens(ctx, turns, rng, redact=('CARD', 'SSN')):
    tl = timeline(window(turns, 10), rng)
    tr = []
    for t in tl:
        m = redact_types(t['m'], redact)
        tr.append({'BeginOffsetMillis': int(t['start'] * 1000), 'Content': m, 'EndOffsetMillis': int(t['end'] * 1000),
                   'Id': uuid(rng), 'ParticipantId': {'A': 'AGENT', 'C': 'CUSTOMER'}[t['role']],
                   'Sentiment': rng.choice(['NEUTRAL', 'NEUTRAL', 'POSITIVE']),
                   'LoudnessScore': [round(rng.uniform(55, 80), 2) for _ in range(3)]})
    doc = {'Version': '1.1.0', 'AccountId': '⟦N|neg_json_id⟧%s⟦/⟧' % digits(12, rng), 'Channel': 'VOICE',
           'ContentMetadata': {'Output': 'Redacted', 'RedactionTypes': ['PII']}, 'JobStatus': 'COMPLETED',
           'LanguageCode': 'en-US', 'Participants': [{'ParticipantId': 'CUSTOMER', 'ParticipantRole': 'CUSTOMER'},
                                                      {'ParticipantId': 'AGENT', 'ParticipantRole': 'AGENT'}],
           'Transcript': tr}
    return J(doc, indent=2)


def r_google(ctx, turns, rng, words_on=True):
    tl = timeline(window(turns), rng)
    res = []
    for t in tl:
        alt = {'transcript': t['m'], 'confidence': round(rng.uniform(0.78, 0.97), 8)}
        if words_on:
            alt['words'] = [{'startTime': '%.3fs' % tk[3], 'endTime': '%.3fs' % tk[4], 'word': tok_m(t, [tk[0], tk[1] + (1 if tk[1] < len(t['plain']) and t['plain'][tk[1]] in PUNCT_END else 0)], 'w')}
                            for tk in t['toks'] if tk[2] == 'w']
        res.append({'alternatives': [alt], 'channelTag': {'A': 1, 'C': 2}[t['role']],
                    'resultEndTime': '%.3fs' % t['end'], 'languageCode': 'en-us'})
    doc = {'results': res, 'totalBilledTime': '%ds' % (int(tl[-1]['end']) + 15), 'requestId': '⟦N|neg_json_id⟧%s⟦/⟧' % digits(19, rng)}
    return J(doc, indent=2)


def r_deepgram(ctx, turns, rng, paragraphs=True, utterances=False):
    tl = timeline(window(turns, 7), rng)
    wl = []
    para_lines, paras = [], []
    for t in tl:
        sp = {'A': 0, 'C': 1}[t['role']]
        ws = []
        for tk in t['toks']:
            if tk[2] != 'w':
                continue
            b = tk[1]
            while b < len(t['plain']) and t['plain'][b] in PUNCT_END:
                b += 1
            w = tmap(tok_m(t, tk, 'w'), lambda x: x.lower())
            ws.append({'word': w, 'start': tk[3], 'end': tk[4], 'confidence': tk[5], 'speaker': sp,
                       'speaker_confidence': round(rng.uniform(0.3, 0.9), 4),
                       'punctuated_word': wrap(t['plain'], t['marks'], tk[0], b, 'pw')})
        wl += ws
        para_lines.append('Speaker %d: %s' % (sp, suffix(t['m'], 'p')))
        paras.append({'sentences': [{'text': suffix(t['m'], 's'), 'start': t['start'], 'end': t['end']}], 'speaker': sp,
                      'num_words': len(ws), 'start': t['start'], 'end': t['end']})
    alt = {'transcript': ' '.join(t['m'] for t in tl), 'confidence': round(rng.uniform(0.9, 0.99), 4), 'words': wl}
    if paragraphs:
        alt['paragraphs'] = {'transcript': '\n' + '\n\n'.join(para_lines) + '\n', 'paragraphs': paras}
    doc = {'metadata': {'transaction_key': 'deprecated', 'request_id': uuid(rng),
                        'sha256': ''.join(rng.choice('0123456789abcdef') for _ in range(64)),
                        'created': '2025-%02d-%02dT%02d:%02d:%02d.%03dZ' % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)),
                        'duration': round(tl[-1]['end'] + 1.3, 5), 'channels': 1, 'models': [uuid(rng)],
                        'model_info': {}},
           'results': {'channels': [{'alternatives': [alt]}]}}
    if utterances:
        doc['results']['utterances'] = [{'start': t['start'], 'end': t['end'], 'confidence': round(rng.uniform(0.8, 0.99), 4),
                                         'channel': 0, 'transcript': suffix(t['m'], 'u'), 'speaker': {'A': 0, 'C': 1}[t['role']],
                                         'id': uuid(rng)} for t in tl]
    mid = doc['metadata']['models'][0]
    doc['metadata']['model_info'] = {mid: {'name': 'general-nova-3', 'version': '2025-01-14.12345', 'arch': 'nova-3'}}
    return J(doc, indent=rng.choice([None, 2]))


def azure_forms(m, sfx):
    lex = squeeze(tmap(m, num_to_words_text, entsuffix=sfx + 'lex', varsuffix='_lexical'))
    itn = suffix(lower_nopunct(m), sfx + 'itn')
    return lex, itn


def r_azure_batch(ctx, turns, rng, combined=True):
    tl = timeline(window(turns, 6), rng)
    phrases = []
    for i, t in enumerate(tl):
        lex, itn = azure_forms(t['m'], 'r')
        off = t['start']
        dur = t['end'] - t['start']
        phrases.append({'recognitionStatus': 'Success', 'channel': 0, 'speaker': {'A': 1, 'C': 2}[t['role']],
                        'offset': 'PT%.2fS' % off, 'duration': 'PT%.2fS' % dur,
                        'offsetInTicks': float(int(off * 1e7)), 'durationInTicks': float(int(dur * 1e7)),
                        'nBest': [{'confidence': round(rng.uniform(0.7, 0.96), 7), 'lexical': lex, 'itn': itn,
                                   'maskedITN': suffix(itn, 'm'), 'display': t['m']}]})
    doc = {'source': 'https://ccrecordings.blob.core.windows.net/calls/%s.wav' % digits(10, rng),
           'timestamp': '2025-%02d-%02dT%02d:%02d:%02dZ' % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)),
           'durationInTicks': int(tl[-1]['end'] * 1e7), 'duration': 'PT%dM%dS' % divmod(int(tl[-1]['end']), 60)}
    if combined:
        disp = ' '.join(t['m'] for t in tl)
        lex, itn = azure_forms(disp, 'c')
        doc['combinedRecognizedPhrases'] = [{'channel': 0, 'lexical': lex, 'itn': itn, 'maskedITN': suffix(itn, 'm'),
                                             'display': suffix(disp, 'c')}]
    doc['recognizedPhrases'] = phrases
    return J(doc, indent=2)


def r_azure_detailed(ctx, turns, rng):
    """Real-time recognizer, detailed output format: one JSON object per recognized utterance (JSON lines)."""
    tl = timeline(window(turns, 5), rng)
    lines = []
    for t in tl:
        lex, itn = azure_forms(t['m'], 'r')
        lines.append(J({'Id': uuid(rng).replace('-', ''), 'RecognitionStatus': 'Success', 'Offset': int(t['start'] * 1e7),
                        'Duration': int((t['end'] - t['start']) * 1e7), 'Channel': 0,
                        'DisplayText': t['m'],
                        'NBest': [{'Confidence': round(rng.uniform(0.7, 0.96), 7), 'Lexical': lex, 'ITN': itn,
                                   'MaskedITN': suffix(itn, 'm'), 'Display': suffix(t['m'], 'd')}]}))
    return '\n'.join(lines)


def r_assembly(ctx, turns, rng):
    tl = timeline(window(turns, 7), rng)
    ws = []
    for t in tl:
        for tk in t['toks']:
            if tk[2] != 'w':
                continue
            b = tk[1]
            while b < len(t['plain']) and t['plain'][b] in PUNCT_END:
                b += 1
            ws.append({'text': wrap(t['plain'], t['marks'], tk[0], b, 'w'), 'start': int(tk[3] * 1000), 'end': int(tk[4] * 1000),
                       'confidence': tk[5], 'speaker': {'A': 'A', 'C': 'B'}[t['role']]})
    doc = {'id': uuid(rng), 'status': 'completed', 'language_code': 'en_us', 'audio_duration': int(tl[-1]['end']) + 2,
           'text': ' '.join(t['m'] for t in tl), 'confidence': round(rng.uniform(0.85, 0.97), 16), 'words': ws,
           'punctuate': True, 'format_text': True, 'speaker_labels': True}
    return J(doc, indent=2)


def r_rev(ctx, turns, rng):
    tl = timeline(window(turns, 7), rng)
    mons = []
    for t in tl:
        els = []
        toks = t['toks']
        for k, tk in enumerate(toks):
            if tk[2] == 'w':
                els.append({'type': 'text', 'value': tok_m(t, tk, 'w'), 'ts': tk[3], 'end_ts': tk[4], 'confidence': round(tk[5], 2)})
            else:
                els.append({'type': 'punct', 'value': t['plain'][tk[0]]})
            if k + 1 < len(toks) and toks[k + 1][2] == 'w':
                els.append({'type': 'punct', 'value': ' '})
        mons.append({'speaker': {'A': 0, 'C': 1}[t['role']], 'elements': els})
    return J({'monologues': mons}, indent=rng.choice([None, 2]))


def r_vosk(ctx, turns, rng):
    """Vosk / Kaldi: lowercase words, no ITN, one JSON result per utterance (customer channel only)."""
    tl = timeline([x for x in window(turns, 8) if x[0] == 'C'], rng)
    out = []
    for t in tl:
        m = squeeze(tmap(t['m'], num_to_words_text, varsuffix='_lexical'))
        plain, marks = parse(m)
        res = []
        tt = t['start']
        for mo in re.finditer(r'\S+', plain):
            d = rng.uniform(0.15, 0.45)
            res.append({'conf': round(rng.uniform(0.55, 1.0), 6), 'end': round(tt + d, 6), 'start': round(tt, 6),
                        'word': wrap(plain, marks, mo.start(), mo.end(), 'w')})
            tt += d
        out.append({'result': res, 'text': m.strip()})
    return J(out, indent=2)


def r_speechmatics(ctx, turns, rng):
    tl = timeline(window(turns, 6), rng)
    res = []
    for t in tl:
        for tk in t['toks']:
            if tk[2] == 'w':
                res.append({'alternatives': [{'confidence': round(tk[5], 2), 'content': tok_m(t, tk, 'w'), 'language': 'en',
                                              'speaker': {'A': 'S1', 'C': 'S2'}[t['role']]}],
                            'end_time': tk[4], 'start_time': tk[3], 'type': 'word'})
            else:
                res.append({'alternatives': [{'confidence': 1.0, 'content': t['plain'][tk[0]], 'language': 'en',
                                              'speaker': {'A': 'S1', 'C': 'S2'}[t['role']]}],
                            'attaches_to': 'previous', 'end_time': res[-1]['end_time'], 'is_eos': t['plain'][tk[0]] != ',',
                            'start_time': res[-1]['end_time'], 'type': 'punctuation'})
    doc = {'format': '2.9', 'job': {'created_at': '2025-04-%02dT10:%02d:11.250Z' % (rng.randint(1, 28), rng.randint(0, 59)),
                                     'data_name': 'call_%s.wav' % digits(8, rng), 'duration': int(tl[-1]['end']) + 1, 'id': ''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(10))},
           'metadata': {'created_at': '2025-04-02T10:33:54.000Z', 'type': 'transcription',
                        'transcription_config': {'language': 'en', 'diarization': 'speaker', 'operating_point': 'enhanced'}},
           'results': res}
    return J(doc, indent=2)


def r_whisper_verbose(ctx, turns, rng):
    cues = cue_chunks(turns, rng, maxw=(8, 16))
    segs = []
    seek = 0
    for i, (s, e, m, _) in enumerate(cues):
        ntok = len(parse(m)[0].split()) + rng.randint(2, 6)
        toks = [50364 + int(s * 50)] + [rng.randint(220, 50000) for _ in range(ntok)] + [50364 + int(e * 50)]
        segs.append({'id': i, 'seek': seek, 'start': round(s, 2), 'end': round(e, 2), 'text': ' ' + m, 'tokens': toks,
                     'temperature': rng.choice([0.0, 0.0, 0.2]), 'avg_logprob': round(-rng.uniform(0.1, 0.6), 6),
                     'compression_ratio': round(rng.uniform(1.1, 1.8), 6), 'no_speech_prob': round(rng.uniform(0.0001, 0.1), 8)})
        if e - seek / 100 > 30:
            seek += 3000
    doc = {'task': 'transcribe', 'language': 'english', 'duration': round(cues[-1][1] + 0.7, 2),
           'text': ''.join(' ' + suffix(m, 't') for _, m in turns), 'segments': segs}
    return J(doc, indent=rng.choice([None, 2]))


def r_voicemail(ctx, turns, rng):
    ph = phone(rng)
    caller = rng.choice(['(%s) %s-%s' % (ph[:3], ph[3:6], ph[6:]), '+1%s' % ph, ctx.cust])
    callerm = caller if caller == ctx.cust else N('neg_phone', caller)
    head = rng.choice(['Voicemail from %s\n%s \u2022 %s\nTranscript (beta):\n',
                       'New voicemail - %s - received %s - duration %s\n\n'])
    dur = '0:%02d' % rng.randint(25, 59)
    when = N('neg_date', '%s %d' % (rng.choice(['Mar', 'Jun', 'Oct', 'Jan']), rng.randint(1, 28))) + ', ' + N('neg_time', '%d:%02d %s' % (rng.randint(1, 12), rng.randint(0, 59), rng.choice(['AM', 'PM'])))
    body = ' '.join(m for _, m in turns)
    if rng.random() < 0.5:
        body = lower_nopunct(body)
    return head % (callerm, when, N('neg_duration', dur)) + body + rng.choice(['', '\n\nWas this transcript useful? Yes / No'])


def r_ivr_log(ctx, turns, rng):
    tl = timeline(turns, rng)
    day = '2025-%02d-%02d' % (rng.randint(1, 12), rng.randint(1, 28))
    out = []
    h0 = rng.randint(8, 20)
    for t in tl:
        ts = N('neg_timestamp', '%sT%02d:%02d:%06.3fZ' % (day, h0 + int(t['start'] // 3600), int(t['start'] % 3600 // 60), t['start'] % 60))
        if t['role'] == 'A':
            out.append('%s | BOT    | %s' % (ts, t['m']))
        else:
            out.append('%s | CALLER | %s | asr_confidence=%s' % (ts, lower_nopunct(t['m']), N('neg_confidence', '%.2f' % rng.uniform(0.41, 0.97))))
    return 'conversation_id=%s channel=voice\n' % uuid(rng) + '\n'.join(out)


def r_genesys(ctx, turns, rng):
    """Contact-centre platform transcript export with raw recogniser text and a decorated (formatted) text."""
    tl = timeline(window(turns, 8), rng)
    phrases = []
    for t in tl:
        lex = squeeze(tmap(t['m'], num_to_words_text, entsuffix='raw', varsuffix='_lexical'))
        phrases.append({'text': lex, 'stability': round(rng.uniform(0.8, 1.0), 2), 'startTimeMs': int(t['start'] * 1000) + 1730000000000,
                        'duration': {'milliseconds': int((t['end'] - t['start']) * 1000)},
                        'participantPurpose': {'A': 'internal', 'C': 'external'}[t['role']],
                        'decoratedText': t['m'], 'alternatives': []})
    doc = {'organizationId': uuid(rng), 'conversationId': uuid(rng), 'communicationId': uuid(rng),
           'mediaType': 'call', 'language': 'en-US',
           'transcripts': [{'utteranceId': uuid(rng), 'phrases': phrases}]}
    return J(doc, indent=2)


RENDERERS = {
    'labeled_agent_customer': lambda c, t, r: r_labeled(c, t, r, 'agent_customer'),
    'labeled_spk': lambda c, t, r: r_labeled(c, t, r, 'spk', raw=r.random() < 0.5),
    'labeled_channel': lambda c, t, r: r_labeled(c, t, r, 'channel', raw=r.random() < 0.5),
    'labeled_bracket_ts': lambda c, t, r: r_labeled(c, t, r, r.choice(['agent_customer', 'upper']), ts='bracket'),
    'labeled_speaker_paren_ts': lambda c, t, r: r_labeled(c, t, r, 'speakerN', ts='paren', raw=True),
    'deepgram_paragraph_text': lambda c, t, r: r_labeled(c, t, r, 'speaker0', raw=False),
    'aws_text_range': lambda c, t, r: r_labeled(c, t, r, 'spk', ts='range'),
    'whisper_txt': lambda c, t, r: r_whisper_plain(c, t, r, raw=False),
    'whisper_txt_raw': lambda c, t, r: r_whisper_plain(c, t, r, raw=True),
    'whisper_srt': r_srt, 'whisper_vtt': r_vtt_whisper, 'zoom_vtt': r_vtt_zoom, 'teams_vtt': r_vtt_teams,
    'otter_txt': r_otter, 'teams_docx_txt': r_teams_txt, 'gong_txt': r_gong, 'csv_export': r_csv, 'crm_note': r_crm,
    'azure_sdk_log': r_azure_log,
    'aws_transcribe_json': r_aws, 'aws_call_analytics_json': r_aws_analytics, 'contact_lens_redacted_json': r_contact_lens,
    'google_stt_json': r_google, 'google_stt_json_nowords': lambda c, t, r: r_google(c, t, r, words_on=False),
    'deepgram_json': lambda c, t, r: r_deepgram(c, t, r, paragraphs=r.random() < 0.5),
    'deepgram_json_utterances': lambda c, t, r: r_deepgram(c, t, r, paragraphs=False, utterances=True),
    'azure_batch_json': r_azure_batch, 'azure_batch_json_nocombined': lambda c, t, r: r_azure_batch(c, t, r, combined=False),
    'azure_realtime_detailed_jsonl': r_azure_detailed,
    'assemblyai_json': r_assembly, 'revai_json': r_rev, 'vosk_json': r_vosk, 'speechmatics_json': r_speechmatics,
    'whisper_verbose_json': r_whisper_verbose, 'genesys_like_json': r_genesys, 'voicemail_txt': r_voicemail, 'ivr_log': r_ivr_log,
}
JSON_FORMATS = {k for k in RENDERERS if k.endswith('_json') or k.endswith('_json_nowords') or k.endswith('_json_utterances') or k.endswith('_nocombined')}
JSONL_FORMATS = {'azure_realtime_detailed_jsonl'}
