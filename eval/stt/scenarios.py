"""Dialogue scenarios for world-stt. Each scenario returns a list of turns
(role, markup) with role 'A' (agent) or 'C' (customer); markup as in core.py."""
from core import *

COMPANIES = ['Northwind Energy', 'Bluebird Streaming', 'Acme Wireless', 'Pinecrest Credit Union', 'Harbor Health Plan',
             'Summit Auto Insurance', 'Lumen Home Internet', 'Riverside Medical Billing', 'SkyWay Airlines',
             'Cobalt Fitness', 'Maple & Main Furniture', 'Orion Telecom', 'Greenleaf Pharmacy', 'Atlas Moving Co',
             'Keystone Water Utility', 'Beacon Home Warranty', 'Trailhead Outfitters', 'Vista Hotels']
AGENTS = ['Maria', 'Kevin', 'Priya', 'Jamal', 'Sofia', 'Derek', 'Aisha', 'Tom', 'Lena', 'Carlos', 'Megan', 'Ravi']
CUSTS = ['Linda Park', 'James Okafor', 'Rosa Delgado', 'Brian Walsh', 'Nguyen Tran', 'Patricia Hill', 'Omar Haddad',
         'Kelly Brooks', 'Daniel Cho', 'Fatima Noor', 'Greg Sullivan', 'Ana Ribeiro']
STREETS = ['Maple Street', 'Oak Ridge Drive', 'West 14th Avenue', 'Lakeview Court', 'Route 9', 'Cedar Lane', 'Elm Street']
CITIES = [('Columbus', 'Ohio', '432'), ('Tacoma', 'Washington', '984'), ('Raleigh', 'North Carolina', '276'),
          ('Mesa', 'Arizona', '852'), ('Albany', 'New York', '122'), ('Boise', 'Idaho', '837'), ('Tulsa', 'Oklahoma', '741')]


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.n = 0
        self.ents = {}
        self.tags = []
        self.company = rng.choice(COMPANIES)
        self.agent = rng.choice(AGENTS)
        self.cust = rng.choice(CUSTS)

    def e(self, typ, **info):
        self.n += 1
        k = 'e%d' % self.n
        self.ents[k] = dict(type=typ, **info)
        return k


# ------------------------------------------------------------------ number speech
CARD_STYLES = ['itn_groups', 'itn_contig', 'itn_dashes', 'itn_halves', 'itn_mixed', 'words', 'homo', 'dbl', 'pairs', 'quant',
               'wrong_groups', 'punct', 'disfluent', 'selfcorrect']


def has_repeat(d):
    return any(d[i] == d[i + 1] for i in range(len(d) - 1))


def new_card(ctx, brand, need_repeat=False):
    r = ctx.rng
    while True:
        d = card(brand, r)
        if not need_repeat or has_repeat(d):
            return d


def card_groups(ctx, d, brand, style):
    """-> (list of group texts, seps, fill, said_digits)"""
    r = ctx.rng
    gs = groups_of(d, brand_groups(brand))
    zero = r.choice(['oh', 'oh', 'zero', 'o'])
    said = d
    if style == 'itn_groups':
        return gs, [' '], 0, said
    if style == 'itn_contig':
        return [d], [' '], 0, said
    if style == 'itn_dashes':
        # Whisper-style formatting of a digit string read in groups
        return gs, ['-'], 0, said
    if style == 'itn_halves':
        h = len(d) // 2 + r.choice([0, 1, -1])
        return [d[:h], d[h:]], [' '], 0, said
    if style == 'itn_mixed':
        st = ['dig', 'words'] + [r.choice(['dig', 'words', 'pairs']) for _ in gs[2:]]
        r.shuffle(st)
        return [say_group(g, s, r, zero) for g, s in zip(gs, st)], [' ', ', ', ' '], 0, said
    if style == 'words':
        return [say_group(g, 'words', r, zero) for g in gs], [', ', ' ', '. '], 0, said
    if style == 'homo':
        return [say_group(g, 'homo', r, zero) for g in gs], [' ', ', '], 0, said
    if style == 'dbl':
        return [say_group(g, 'dbl', r, zero) for g in gs], [', ', ' '], 0, said
    if style == 'pairs':
        return [say_group(g, 'pairs', r, zero) for g in gs], [', ', ' ', '. '], 0, said
    if style == 'quant':
        four = [k for k, g in enumerate(gs) if len(g) == 4]
        # a spoken quantity that ends on 'hundred'/'thousand'/a bare tens word would swallow the next
        # group when read aloud ("six thousand five hundred | nine..."), so only use it where unambiguous
        qok = lambda g: len(g) == 4 and g[0] != '0' and g[3] != '0'
        four = [k for k, g in enumerate(gs) if qok(g)] or four
        st = [r.choice(['quant', 'itnq', 'dig', 'itnq']) if qok(g) else (r.choice(['itnq', 'dig']) if len(g) == 4 else r.choice(['dig', 'words'])) for g in gs]
        if 'quant' not in st:
            st[r.choice(four)] = 'quant'
        if 'itnq' not in st:
            st[r.choice([k for k in four if st[k] != 'quant'] or four)] = 'itnq'
        return [say_group(g, s, r, zero) for g, s in zip(gs, st)], [', ', ' ', '. '], 0, said
    if style == 'wrong_groups':
        k = r.choice([2, 3, 2])
        return [d[i:i + k] for i in range(0, len(d), k)], [' '], 0, said
    if style == 'punct':
        return gs, ['. ', ', ', '. ', '? '], 0, said
    if style == 'disfluent':
        out = [say_group(g, r.choice(['words', 'dig', 'words']), r, zero) for g in gs]
        i = r.randrange(len(out))
        # repetition / restart of a group
        first = out[i].split()[0] if ' ' in out[i] else out[i][:2]
        out[i] = first + ', ' + out[i]
        said = d  # repetition does not change the digit sequence for decoding purposes
        return out, [' ', ', '], 0.6, None
    if style == 'selfcorrect':
        i = r.randrange(1, len(gs))
        g = gs[i]
        j = r.randrange(len(g))
        wrong = g[:j] + str((int(g[j]) + r.choice([3, 5, 1])) % 10) + g[j + 1:]
        fix = r.choice(['no wait, ', 'sorry, ', 'no, sorry, ', 'scratch that, ', "no, it's "])
        out = gs[:i] + [wrong + ', ' + fix + g] + gs[i + 1:]
        return out, [' ', ', '], 0, None
    if style == 'gap':
        # recogniser could not make out one group: it emits a tag or drops it
        i = r.randrange(1, len(gs) - 1)
        out = [say_group(g, r.choice(['dig', 'words']), r, zero) for g in gs]
        out[i] = r.choice(['[inaudible]', '<unk>', '(unintelligible)', '[crosstalk]', '...'])
        return out, [' '], 0, None
    raise ValueError(style)


def say_card(ctx, d, brand, style, variant=None, ent=None, luhn=True):
    r = ctx.rng
    gs, seps, fill, said = card_groups(ctx, d, brand, style)
    e = ent or ctx.e('CARD', digits=d, brand=brand, luhn_valid=luhn, style=style, said=said)
    return S('CARD', e, variant or 'card_stt_' + style, join_groups(gs, r, seps, fill), brand), e


SSN_STYLES = ['itn_dash', 'itn_space', 'itn_contig', 'words', 'pairs', 'quant', 'mixed', 'dbl', 'itn_comma', 'homo']


def ssn_groups(ctx, d, style):
    r = ctx.rng
    a, g, s = d[:3], d[3:5], d[5:]
    zero = r.choice(['oh', 'zero', 'o'])
    if style == 'itn_dash':
        return [d[:3] + '-' + d[3:5] + '-' + d[5:]], ''
    if style == 'itn_space':
        return [a, g, s], ' '
    if style == 'itn_comma':
        return [a, g, s], ', '
    if style == 'itn_contig':
        return [d], ''
    if style == 'words':
        return [words(a, r, zero), words(g, r, zero), words(s, r, zero)], r.choice([', ', ' ', '... '])
    if style == 'homo':
        return [words(a, r, zero, homo=0.6), words(g, r, zero, homo=0.6), words(s, r, zero, homo=0.6)], ' '
    if style == 'dbl':
        return [words(a, r, zero, dbl=1), words(g, r, zero, dbl=1), words(s, r, zero, dbl=1)], ', '
    if style == 'pairs':
        return [pairs(a, r, zero), pairs(g, r, zero), pairs(s, r, zero)], r.choice([', ', ' - ', ' '])
    if style == 'quant':
        aa = quantity(a) if a[0] != '0' else words(a, r, zero)
        return [aa, pairs(g, r, zero), pairs(s, r, zero)], ', '
    if style == 'mixed':
        return [words(a, r, zero), pairs(g, r, zero), s], ', '
    raise ValueError(style)


def need_ssn(ctx, style):
    r = ctx.rng
    while True:
        d = ssn(r)
        if style == 'dbl' and not has_repeat(d):
            continue
        if style == 'quant' and (d[0] == '0' or d[2] == '0'):
            continue
        return d


def say_ssn(ctx, style, variant=None):
    d = need_ssn(ctx, style)
    gs, sep = ssn_groups(ctx, d, style)
    e = ctx.e('SSN', digits=d, style=style)
    return S('SSN', e, variant or 'ssn_stt_' + style, sep.join(gs)), e, d


def say_exp(ctx, style=None, variant=None):
    r = ctx.rng
    m, y = r.randint(1, 12), r.randint(2027, 2032)
    style = style or r.choice(EXP_STYLES)
    e = ctx.e('EXPIRY', month=m, year=y, style=style)
    return S('EXPIRY', e, variant or 'expiry_' + style, expiry_say(m, y, style, r)), e


def say_cvv(ctx, n=3, style=None, variant=None):
    r = ctx.rng
    while True:
        c = digits(n, r, first_nonzero=False)
        if style in ('quant', 'dollar', 'pair') and c[0] == '0':
            continue
        if style == 'homo' and not any(x in c for x in '4218'):
            continue
        break
    style = style or r.choice(CVV_STYLES)
    e = ctx.e('CVV', digits=c, style=style)
    return S('CVV', e, variant or 'cvv_' + style, cvv_say(c, style, r)), e


# ------------------------------------------------------------------ negatives
def neg_phone_spoken(ctx, style=None):
    r = ctx.rng
    p = phone(r)
    style = style or r.choice(['itn', 'itn_paren', 'words', 'mixed', 'contig', 'plus1'])
    if style == 'itn':
        v = '%s-%s-%s' % (p[:3], p[3:6], p[6:])
    elif style == 'itn_paren':
        v = '(%s) %s-%s' % (p[:3], p[3:6], p[6:])
    elif style == 'words':
        v = '%s, %s, %s' % (words(p[:3], r), words(p[3:6], r), words(p[6:], r))
    elif style == 'mixed':
        v = '%s %s %s' % (words(p[:3], r), p[3:6], pairs(p[6:], r))
    elif style == 'contig':
        v = p
    else:
        v = '+1 %s %s %s' % (p[:3], p[3:6], p[6:])
    return N('neg_phone', v), p


def amount(ctx):
    r = ctx.rng
    v = r.choice(['$%d.%02d' % (r.randint(5, 900), r.randint(0, 99)), '$%d' % r.randint(10, 2500),
                  '$%s,%03d.%02d' % (r.randint(1, 4), r.randint(0, 999), r.randint(0, 99)),
                  '%d dollars and %d cents' % (r.randint(10, 300), r.randint(1, 99)),
                  '%s dollars' % pairs(str(r.randint(11, 99)), r)])
    return N('neg_amount', v)


def date_neg(ctx, kind='neg_date'):
    r = ctx.rng
    m, d = r.randint(1, 12), r.randint(1, 28)
    v = r.choice(['%s %d%s' % (MONTHS[m - 1], d, r.choice(['', 'th', ''])), '%d/%d' % (m, d),
                  '%d/%d/%d' % (m, d, r.choice([2025, 2026])), 'the %s' % ordinal(d),
                  '%s %s' % (MONTHS[m - 1], ordinal(d))])
    return N(kind, v)


ORD = {1: 'first', 2: 'second', 3: 'third', 5: 'fifth', 8: 'eighth', 9: 'ninth', 12: 'twelfth', 20: 'twentieth'}


def ordinal(d):
    if d in ORD:
        return ORD[d]
    if d > 20 and d % 10 in ORD and d != 30:
        return 'twenty ' + ORD[d % 10] if d < 30 else 'thirty first'
    return '%d%s' % (d, 'th' if d not in (1, 21, 31) else 'st')


def dob(ctx):
    r = ctx.rng
    m, d, y = r.randint(1, 12), r.randint(1, 28), r.randint(1948, 2001)
    v = r.choice(['%02d/%02d/%d' % (m, d, y), '%s %d, %d' % (MONTHS[m - 1], d, y),
                  '%s %s %s' % (pair('%02d' % m, r), pair('%02d' % d, r), pairs(str(y), r)),
                  '%d %d %d' % (m, d, y), '%s %s, %s' % (MONTHS[m - 1], ordinal(d), pairs(str(y), r))])
    return N('neg_dob', v)


def zipc(ctx, plus4=False, spoken=None):
    r = ctx.rng
    z = r.choice(CITIES)[2] + digits(2, r, False)
    if plus4:
        return N('neg_zip4', z + '-' + digits(4, r, False))
    if spoken or (spoken is None and r.random() < 0.4):
        return N('neg_zip', words(z, r))
    return N('neg_zip', z)


def address(ctx):
    r = ctx.rng
    return N('neg_address', '%d %s' % (r.randint(12, 9899), r.choice(STREETS)))


def order_no(ctx, kind=None):
    r = ctx.rng
    t = kind or r.choice(['o16', 'o10', 'o8', 'amz', 'alnum'])
    if t == 'o16':
        v = luhn_fail(16, r, first=r.choice(['4', '5', '3', '6']))
        v = r.choice([v, ' '.join(v[i:i + 4] for i in range(0, 16, 4))])
        return N('neg_order_luhn_invalid', v)
    if t == 'o10':
        return N('neg_order', digits(10, r))
    if t == 'o8':
        return N('neg_order', words(digits(8, r), r))
    if t == 'amz':
        return N('neg_order', '%s-%s-%s' % (digits(3, r), digits(7, r, False), digits(7, r, False)))
    return N('neg_order', 'W' + digits(9, r))


def tracking(ctx):
    r = ctx.rng
    t = r.choice(['ups', 'fedex', 'usps'])
    if t == 'ups':
        v = '1Z %s %s %s %s' % (r.choice(['999', 'A12', '4E8']), 'AA' + digits(1, r), digits(2, r, False), digits(8, r, False))
    elif t == 'fedex':
        v = digits(12, r)
    else:
        x = '9400' + digits(18, r, False)
        v = ' '.join(x[i:i + 4] for i in range(0, 22, 4))
    return N('neg_tracking', v), t


def time_neg(ctx):
    r = ctx.rng
    return N('neg_time', r.choice(['%d:%02d' % (r.randint(1, 12), r.choice([0, 15, 30, 45])) + r.choice([' p.m.', ' a.m.', 'pm', '']),
                                   '%s %s' % (DW[r.randint(2, 9)], r.choice(['thirty', 'fifteen', "o'clock", 'forty five']))]))


def conf_code(ctx):
    r = ctx.rng
    return N('neg_conf', r.choice([''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6)),
                                   digits(7, r), 'CNF-' + digits(6, r)]))


def acct(ctx):
    r = ctx.rng
    n = r.choice([8, 10, 11, 12])
    v = digits(n, r)
    if r.random() < 0.3:
        v = words(v, r)
    return N('neg_account', v)


# ------------------------------------------------------------------ turn text pools
def greet(ctx):
    r = ctx.rng
    return r.choice([
        'Thank you for calling %s, this is %s. How can I help you today?' % (ctx.company, ctx.agent),
        "%s, my name is %s, who do I have the pleasure of speaking with?" % (ctx.company, ctx.agent),
        'Hi, thanks for calling %s. This call may be recorded for quality and training purposes. How can I help?' % ctx.company,
        "Good afternoon, you've reached %s billing, %s speaking." % (ctx.company, ctx.agent),
    ])


ACK = ['Okay.', 'Uh huh.', 'Mm-hmm.', 'Got it.', 'Okay, go ahead.', 'Yep.', 'Okay, next.', 'Mhm.', 'Alright.']
ASK_CARD = ['Can I get the card number, please?', "Okay, and what's the long number on the front of the card?",
            "Go ahead with the card number whenever you're ready.", "And the card number you'd like to use?",
            'Okay, can you read me the sixteen digits on the card?', 'What card would you like to put that on?']
ASK_EXP = ['And the expiration date?', 'What is the expiration on that card?', 'And when does it expire?',
           'Expiry date, month and year?', 'Okay. And the exp date?']
ASK_CVV = ['And the three digit security code on the back?', 'And the CVV, the three digits on the back?',
           'Last thing, the security code on the back of the card.', 'And the CVC code, please.',
           'Can you read me the three digit code on the signature strip?']
CLOSE = ['Is there anything else I can help you with today?', 'Alright, you are all set. Have a great day.',
         "Okay, that's been processed. You'll get an email confirmation shortly."]


def pre(ctx, x):
    r = ctx.rng
    return r.choice(['', '', 'Yeah, ', 'Sure, ', "It's ", 'Okay, ', 'Um, ', 'So it is ', "Yes it's ", 'Let me grab it... okay, ']) + x


# ------------------------------------------------------------------ scenarios
REASONS = ['Hi, yeah, I want to pay my bill. It says I owe %(amt)s.',
           "I got a past due notice for %(amt)s and I want to take care of it today.",
           "Hi, I'd like to renew my membership. The renewal is %(amt)s, right?",
           'Yeah, I need to pay the deductible on my claim, the letter says %(amt)s.',
           "I want to order the sectional from your website but it won't take my card. It's %(amt)s with delivery.",
           'Hello? Yes, hi. I am calling to make a payment, my account is past due, %(amt)s I think.',
           "My daughter's tuition payment, the balance is %(amt)s."]
WALLET = ['Hold on, let me get my wallet.', 'Okay, one second, it is in my purse.', "Sure, it's a %(brand)s.", 'Yeah, hang on.']
BRANDNAME = {'visa16': 'Visa', 'visa19': 'Visa', 'visa13': 'Visa', 'mc51': 'Mastercard', 'mc2': 'Mastercard', 'amex': 'American Express',
             'discover': 'Discover', 'discover19': 'Discover', 'diners': 'Diners Club', 'jcb': 'JCB', 'unionpay19': 'UnionPay'}


def sc_payment(ctx, cstyle=None, brand=None, estyle=None, vstyle=None, with_zip=True):
    r = ctx.rng
    brand = brand or r.choice(['visa16', 'mc51', 'mc2', 'discover', 'jcb', 'visa16', 'mc51'])
    cstyle = cstyle or r.choice(CARD_STYLES)
    d = new_card(ctx, brand, need_repeat=cstyle == 'dbl')
    cm, _ = say_card(ctx, d, brand, cstyle)
    em, _ = say_exp(ctx, estyle)
    vm, _ = say_cvv(ctx, 4 if brand == 'amex' else 3, vstyle)
    reason = r.choice(REASONS) % {'amt': amount(ctx)}
    if r.random() < 0.3:
        reason += ' The order number is ' + order_no(ctx, 'o16') + '.'
    t = [('A', greet(ctx)),
         ('C', reason),
         ('A', r.choice(['I can help with that. ', 'Sure. ', 'Okay, I see that. ', "No problem, let's get that paid. "]) + r.choice(ASK_CARD))]
    if r.random() < 0.4:
        t += [('C', r.choice(WALLET) % {'brand': BRANDNAME[brand]}), ('A', r.choice(['Take your time.', 'Sure.', 'Okay, go ahead.']))]
    t.append(('C', pre(ctx, cm)))
    if r.random() < 0.3:
        # expiry and code given in one breath
        t += [('A', 'And the expiration date and the security code?'),
              ('C', r.choice(['It expires ', 'Expiration ', 'Um, ']) + em + r.choice([' and the code is ', ', security code ', ', and then ']) + vm + '.')]
    else:
        ask = 'And the four digit code on the front of the card, above the number?' if brand == 'amex' else r.choice(ASK_CVV)
        t += [('A', r.choice(ASK_EXP)), ('C', pre(ctx, em)), ('A', ask), ('C', pre(ctx, vm))]
    if with_zip:
        t += [('A', r.choice(['And the billing zip code?', 'What zip code is the card billed to?', 'And the zip code for the billing address?'])), ('C', zipc(ctx))]
    t += [('A', r.choice(['Thank you. Your payment of %s went through, confirmation number %s.',
                          'Okay, %s has been applied. Your confirmation is %s.',
                          'All set, %s processed, and your reference number is %s.']) % (amount(ctx), conf_code(ctx))),
          ('C', r.choice(['Great, thanks.', 'Can you repeat that confirmation?', 'Perfect, thank you so much.', 'Thanks, bye.']))]
    ctx.tags.append('payment:' + cstyle)
    return t


def sc_ivr(ctx):
    """Self-service IVR / voice bot collecting a payment, then confirming what it heard."""
    r = ctx.rng
    brand = r.choice(['visa16', 'mc2', 'discover', 'mc51'])
    d = new_card(ctx, brand)
    cm, _ = say_card(ctx, d, brand, r.choice(['words', 'homo', 'pairs', 'itn_mixed']))
    gs = groups_of(d, brand_groups(brand))
    em, _ = say_exp(ctx, r.choice(['oh_mm_yy', 'slash_words', 'month_yyyy_words', 'digits_words']))
    vm, _ = say_cvv(ctx, 3, r.choice(['words', 'homo', 'spaced']))
    t = [('A', 'Welcome to %s. Please say or enter your account number.' % ctx.company), ('C', acct(ctx)),
         ('A', 'Thanks. Your balance is %s. To pay by card, please say the card number.' % amount(ctx)),
         ('C', cm),
         ('A', 'I heard ' + S('CARD', ctx.e('CARD', digits=d, brand=brand, luhn_valid=True, style='bot_readback'), 'card_readback_digits', r.choice([' '.join(' '.join(g) for g in gs), ' '.join(gs)]), brand) + '. Is that correct?'),
         ('C', 'Yes.'), ('A', 'Please say the expiration date.'), ('C', em),
         ('A', 'And the three digit security code.'), ('C', vm),
         ('A', 'Thank you. Your payment is confirmed. Your confirmation number is %s.' % conf_code(ctx))]
    ctx.tags.append('ivr_bot_payment')
    return t


def sc_voicemail(ctx, with_card=True):
    r = ctx.rng
    ph, _ = neg_phone_spoken(ctx, r.choice(['words', 'itn', 'mixed']))
    parts = ["Hi, this is %s, I'm calling about my account %s." % (ctx.cust, acct(ctx))]
    if with_card:
        brand = r.choice(['visa16', 'mc51', 'amex', 'discover'])
        d = new_card(ctx, brand)
        cm, _ = say_card(ctx, d, brand, r.choice(['itn_groups', 'itn_mixed', 'punct', 'words', 'wrong_groups']))
        em, _ = say_exp(ctx)
        vm, _ = say_cvv(ctx, 4 if brand == 'amex' else 3)
        parts += ['I want to pay the %s balance so you can just put it on my card, the number is %s, expiration %s, and the code on the back is %s.' % (amount(ctx), cm, em, vm)]
    else:
        parts += ['I was told someone would call me back about order %s, it was supposed to be delivered on %s.' % (order_no(ctx, r.choice(['o10', 'amz'])), date_neg(ctx))]
    parts += ['You can call me back at %s. Thank you, bye.' % ph]
    ctx.tags.append('voicemail' + ('_card' if with_card else '_no_sensitive'))
    return [('C', ' '.join(parts))]


def sc_appointment(ctx):
    r = ctx.rng
    t = [('A', greet(ctx)), ('C', 'I need to reschedule my technician visit.'),
         ('A', 'Sure, can I have the work order number?'), ('C', N('neg_order', r.choice(['WO-', '']) + digits(8, r))),
         ('A', 'I see it for %s between %s and %s at %s. What works better?' % (date_neg(ctx), time_neg(ctx), time_neg(ctx), address(ctx))),
         ('C', 'Can we do %s, anytime after %s?' % (date_neg(ctx), time_neg(ctx))),
         ('A', 'Yes. Booked. The tech will call from %s about thirty minutes before.' % neg_phone_spoken(ctx, r.choice(['itn', 'itn_paren']))[0]),
         ('C', 'And the gate code is %s, unit %s.' % (N('neg_gate_code', r.choice(['#', 'star ']) + digits(4, r, False)), N('neg_apt', str(r.randint(100, 420))))),
         ('A', 'Noted. Your new confirmation is %s. The visit fee is %s.' % (conf_code(ctx), amount(ctx)))]
    ctx.tags.append('no_sensitive:appointment')
    return t


def sc_card_turns(ctx, brand=None, confirm='ack', exp_split=False):
    """card read over several customer turns; agent acks or repeats each group."""
    r = ctx.rng
    brand = brand or r.choice(['visa16', 'mc2', 'amex', 'discover', 'diners', 'visa19', 'jcb'])
    d = new_card(ctx, brand)
    gs = groups_of(d, brand_groups(brand))
    gstyle = r.choice(['dig', 'words', 'pairs', 'mix'])
    e = ctx.e('CARD', digits=d, brand=brand, luhn_valid=True, style='turns_' + gstyle)
    e2 = ctx.e('CARD', digits=d, brand=brand, luhn_valid=True, style='agent_confirm_groups') if confirm == 'repeat' else None
    said2 = []
    t = [('A', greet(ctx)), ('C', 'Hi, I need to update the card on my account, the old one expired.'),
         ('A', r.choice(ASK_CARD) + ' Go slowly, a few digits at a time.')]
    # chunk groups into customer turns (1 or 2 groups per turn)
    chunks, i = [], 0
    while i < len(gs):
        k = 1 if r.random() < 0.7 or i == len(gs) - 1 else 2
        chunks.append(gs[i:i + k])
        i += k
    for ci, ch in enumerate(chunks):
        st = gstyle if gstyle != 'mix' else r.choice(['dig', 'words', 'pairs'])
        txt = ' '.join(say_group(g, st, r, 'oh') for g in ch)
        lead = r.choice(['', '', 'Okay, ', 'Then ', 'Um, ', 'Next is '] if ci else ['', "It's ", 'Okay, so ', 'Ready? '])
        t.append(('C', lead + S('CARD', e, 'card_turns_' + gstyle, txt, brand) + r.choice(['', '', '.', '...'])))
        if ci < len(chunks) - 1:
            if confirm == 'repeat':
                rep = ' '.join(ch)
                said2.append(''.join(ch))
                ctx.ents[e2]['said'] = ''.join(said2)
                t.append(('A', r.choice(['', 'Okay, ', 'Got ']) + S('CARD', e2, 'card_readback_groups', rep, brand) + r.choice(['.', ', go ahead.', ', okay.'])))
            else:
                t.append(('A', r.choice(ACK)))
    if exp_split:
        m, y = r.randint(1, 12), r.randint(2027, 2032)
        ee = ctx.e('EXPIRY', month=m, year=y, style='split_turns')
        t += [('A', r.choice(ASK_EXP)),
              ('C', S('EXPIRY', ee, 'expiry_split_turns', (r.choice(['oh ', 'zero ']) + DW[m]) if m < 10 else pair('%02d' % m, r)) + '...'),
              ('A', 'Uh huh.'),
              ('C', S('EXPIRY', ee, 'expiry_split_turns', pair(str(y)[2:], r)) + '.')]
    else:
        em, _ = say_exp(ctx)
        t += [('A', r.choice(ASK_EXP)), ('C', pre(ctx, em))]
    t += [('A', 'Thanks. The new card is saved, and the old one ending in %s is removed.' % S('IGNORE', ctx.e('IGNORE'), 'ign_card_last4', digits(4, r, False)))]
    t += [('C', 'Great. Oh, and can you send the receipt by text to ' + neg_phone_spoken(ctx)[0] + '?'),
          ('A', 'Sure. Your next bill of %s is due %s.' % (amount(ctx), date_neg(ctx)))]
    ctx.tags.append('card_over_turns:' + confirm)
    return t


def sc_readback(ctx, correct=False):
    r = ctx.rng
    brand = r.choice(['visa16', 'mc51', 'discover', 'mc2', 'unionpay19'])
    d = new_card(ctx, brand)
    cm, e = say_card(ctx, d, brand, r.choice(['words', 'itn_mixed', 'pairs', 'homo', 'itn_groups']))
    gs = groups_of(d, brand_groups(brand))
    t = [('A', greet(ctx)), ('C', "I'd like to make a payment on my account, account number " + acct(ctx) + '.'),
         ('A', r.choice(ASK_CARD)), ('C', pre(ctx, cm))]
    if correct:
        # agent misreads one group, customer corrects it
        i = r.randrange(1, len(gs))
        g = gs[i]
        wrong = g[:-1] + str((int(g[-1]) + 4) % 10)
        rb = gs[:i] + [wrong] + gs[i + 1:]
        eb = ctx.e('CARD', digits=''.join(rb), brand=brand, luhn_valid=luhn_ok(''.join(rb)), style='readback_misread')
        t += [('A', 'Let me read that back. ' + S('CARD', eb, 'card_readback_misread', ' '.join(rb), brand) + '?'),
              ('C', 'No, the %s group is ' % ['first', 'second', 'third', 'fourth', 'last'][min(i, 4)] +
               S('CARD', ctx.e('CARD', digits=g, brand=brand, luhn_valid=None, style='correction_fragment'), 'card_correction_fragment', words(g, r), brand)
               + ', not ' + S('IGNORE', ctx.e('IGNORE'), 'ign_misread_fragment', wrong) + '.'),
              ('A', 'Sorry about that. So ' + S('CARD', ctx.e('CARD', digits=d, brand=brand, luhn_valid=True, style='readback'), 'card_readback_digits', ' '.join(gs), brand) + '.'),
              ('C', 'Yes, that is right.')]
    else:
        sep = r.choice([' ', '-', ' ', ', '])
        t += [('A', r.choice(['Let me read that back: ', 'Okay, I have ', 'So that is ']) +
               S('CARD', ctx.e('CARD', digits=d, brand=brand, luhn_valid=True, style='readback'), 'card_readback_digits', sep.join(gs), brand) + r.choice(['?', '. Correct?', ', is that right?'])),
              ('C', r.choice(['Yes.', 'Yep, that is it.', 'Correct.']))]
    em, _ = say_exp(ctx)
    vm, _ = say_cvv(ctx)
    t += [('A', r.choice(ASK_EXP)), ('C', em), ('A', r.choice(ASK_CVV)), ('C', pre(ctx, vm)),
          ('A', 'Perfect, the payment of %s is scheduled for %s.' % (amount(ctx), date_neg(ctx)))]
    ctx.tags.append('readback' + ('_corrected' if correct else ''))
    return t


def sc_ssn_verify(ctx, style=None):
    r = ctx.rng
    style = style or r.choice(SSN_STYLES)
    sm, e, d = say_ssn(ctx, style)
    lab = r.choice(['social security number', 'social', 'SSN', 'social security'])
    t = [('A', greet(ctx)), ('C', "Hi, I'm calling about my claim, I got a letter dated " + date_neg(ctx) + '.'),
         ('A', 'I can look into that. First I need to verify your identity. Can I have your date of birth?'),
         ('C', dob(ctx)),
         ('A', 'Thank you. And your full %s?' % lab),
         ('C', pre(ctx, sm)),
         ('A', 'Thank you. And a good callback number in case we get disconnected?')]
    if r.random() < 0.45:
        # agent reads the SSN back for confirmation (a second, separate item)
        info = ctx.ents[e]
        rb = r.choice([d[:3] + '-' + d[3:5] + '-' + d[5:], ' '.join([d[:3], d[3:5], d[5:]]), words(d, r, sep=' ')])
        t.insert(-1, ('A', r.choice(['Let me confirm, ', 'I have ', 'So that is ']) + S('SSN', ctx.e('SSN', digits=d, style='agent_readback'), 'ssn_readback', rb) + r.choice(['?', ', correct?', '.'])))
        t.insert(-1, ('C', r.choice(['Yes.', 'Correct.', 'Mm-hmm, yes.'])))
    ph, _ = neg_phone_spoken(ctx)
    t += [('C', ph), ('A', "Okay, I see the claim, number %s, it's in review." % N('neg_claim', 'CLM-' + digits(8, r))),
          ('C', 'How long will that take?'), ('A', 'Usually %s business days.' % r.choice(['seven to ten', '10', 'five']))]
    ctx.tags.append('ssn:' + style)
    return t


def sc_ssn_turns(ctx):
    r = ctx.rng
    d = need_ssn(ctx, 'words')
    e = ctx.e('SSN', digits=d, style='turns')
    st = r.choice(['words', 'dig', 'pairs'])
    parts = [d[:3], d[3:5], d[5:]]
    if r.random() < 0.4:
        parts = [d[:3], d[3:5], d[5:7], d[7:]]
    t = [('A', greet(ctx)), ('C', 'Yeah, I want to check the status of my application.'),
         ('A', 'Sure. To verify, I need your social security number.'),
         ('C', 'Okay, hang on.')]
    for i, p in enumerate(parts):
        txt = p if st == 'dig' else (words(p, r) if st == 'words' else pairs(p, r))
        lead = r.choice(['', "It's "]) if i == 0 else r.choice(['', 'then ', ''])
        t.append(('C', lead + S('SSN', e, 'ssn_turns_' + st, txt) + r.choice(['', '.', '...'])))
        if i < len(parts) - 1:
            t.append(('A', r.choice(ACK)))
    t += [('A', 'Thank you, and your zip code?'), ('C', zipc(ctx)),
          ('A', 'Thanks, you are verified. Your application number %s was approved on %s.' % (N('neg_app', digits(9, r)), date_neg(ctx)))]
    ctx.tags.append('ssn_over_turns:' + st)
    return t


def sc_amex(ctx):
    r = ctx.rng
    brand = r.choice(['amex', 'amex', 'diners'])
    st = r.choice(['itn_groups', 'words', 'itn_mixed', 'pairs', 'wrong_groups'])
    d = new_card(ctx, brand)
    cm, _ = say_card(ctx, d, brand, st)
    t = [('A', greet(ctx)), ('C', 'I want to book the package for ' + date_neg(ctx) + ', two adults.'),
         ('A', 'Wonderful. The total comes to %s. What card will you be using?' % amount(ctx)),
         ('C', 'American Express.' if brand == 'amex' else 'Diners Club.'),
         ('A', 'Go ahead with the number.'), ('C', pre(ctx, cm))]
    em, _ = say_exp(ctx)
    t += [('A', r.choice(ASK_EXP)), ('C', em)]
    if brand == 'amex':
        vm, _ = say_cvv(ctx, 4, r.choice(['dig', 'words', 'pair', 'spaced']))
        t += [('A', 'And the four digit code printed on the front, above the card number?'), ('C', pre(ctx, vm))]
    else:
        vm, _ = say_cvv(ctx, 3)
        t += [('A', r.choice(ASK_CVV)), ('C', pre(ctx, vm))]
    t += [('A', 'Your confirmation code is %s. You will receive it by email.' % conf_code(ctx))]
    ctx.tags.append(brand + ':' + st)
    return t


def sc_misheard(ctx):
    r = ctx.rng
    brand = r.choice(['visa16', 'mc51', 'discover'])
    d = new_card(ctx, brand)
    bad = misheard(d, r)
    st = r.choice(['itn_groups', 'itn_mixed', 'words', 'homo'])
    gs, seps, fill, _ = card_groups(ctx, bad, brand, st)
    e = ctx.e('CARD', digits=bad, true_digits=d, brand=brand, luhn_valid=False, style='misheard_' + st)
    t = [('A', greet(ctx)), ('C', 'My card got charged twice for the same order, order ' + order_no(ctx, r.choice(['o16', 'o10', 'amz'])) + '.'),
         ('A', 'Sorry about that. Which card was charged? I need the full card number to find the transactions.'),
         ('C', 'Sure, the card number is ' + S('CARD', e, 'card_misheard_luhn_fail', join_groups(gs, r, seps), brand) + '.'),
         ('A', "Hmm, that doesn't seem to match. Can you read it one more time?"),
         ('C', r.choice(['Sure. ', 'Oh sorry. ']) + S('CARD', ctx.e('CARD', digits=d, brand=brand, luhn_valid=True, style='itn_groups'), 'card_stt_itn_groups', ' '.join(groups_of(d, brand_groups(brand))), brand) + '.'),
         ('A', 'Got it, I see both charges of %s on %s. I have refunded one.' % (amount(ctx), date_neg(ctx)))]
    ctx.tags.append('misheard_luhn_fail')
    return t


def sc_order_status(ctx):
    r = ctx.rng
    tr, carrier = tracking(ctx)
    ph, _ = neg_phone_spoken(ctx)
    t = [('A', greet(ctx)), ('C', "Hi, I'm checking on an order, it hasn't arrived yet."),
         ('A', 'Sure, do you have the order number?'), ('C', pre(ctx, order_no(ctx, r.choice(['o16', 'o10', 'amz', 'o8'])))),
         ('A', 'Thank you. I see it shipped %s by %s, tracking number %s.' % (date_neg(ctx), {'ups': 'UPS', 'fedex': 'FedEx', 'usps': 'USPS'}[carrier], tr)),
         ('C', "It says delivered but I don't have it. I live at " + address(ctx) + ', apartment ' + N('neg_apt', str(r.randint(2, 40)) + r.choice(['B', '', 'C'])) + '.'),
         ('A', "I'll open a lost package claim. What's the best number to reach you?"),
         ('C', ph), ('A', "And is that a mobile? Okay. I'll also note your order total of %s. Someone will call you between %s and %s." % (amount(ctx), time_neg(ctx), time_neg(ctx))),
         ('C', 'Thanks.')]
    ctx.tags.append('no_sensitive:order_status')
    return t


def sc_tech_imei(ctx):
    r = ctx.rng
    im = imei(r)
    imv = r.choice([im, ' '.join([im[:2], im[2:8], im[8:14], im[14:]]), words(im, r)])
    t = [('A', greet(ctx)), ('C', "My new phone won't activate."),
         ('A', "I can help. Can you dial star pound zero six pound and read me the IMEI?"),
         ('C', 'Okay, it says ' + N('neg_imei', imv) + '.'),
         ('A', 'Thanks. And the account number?'), ('C', acct(ctx)),
         ('A', 'And the mobile number you are porting?')]
    ph, _ = neg_phone_spoken(ctx)
    t += [('C', ph), ('A', 'Okay, and the SIM card number on the back of the SIM, the ICCID?'),
          ('C', N('neg_iccid', '8901' + digits(15, r, False))),
          ('A', 'Great. Your port request is %s, it should complete by %s.' % (N('neg_ticket', 'PR' + digits(7, r)), time_neg(ctx)))]
    ctx.tags.append('no_sensitive:imei')
    return t


def sc_last4(ctx):
    r = ctx.rng
    t = [('A', greet(ctx)), ('C', 'There is a charge on my statement I do not recognize.'),
         ('A', 'Let me verify you. Last four of your social?'),
         ('C', S('IGNORE', ctx.e('IGNORE'), 'ign_ssn_last4', r.choice([words(digits(4, r, False), r), digits(4, r, False)]))),
         ('A', 'And your date of birth?'), ('C', dob(ctx)),
         ('A', 'Thank you. Which card, the one ending in ' + S('IGNORE', ctx.e('IGNORE'), 'ign_card_last4', digits(4, r, False)) + ' or the one ending in ' +
          S('IGNORE', ctx.e('IGNORE'), 'ign_card_last4', digits(4, r, False)) + '?'),
         ('C', 'The second one. It was %s on %s.' % (amount(ctx), date_neg(ctx))),
         ('A', "I've opened dispute %s. You'll get a provisional credit within %s business days." % (N('neg_case', digits(9, r)), r.choice(['ten', '10', 'five'])))]
    ctx.tags.append('last4_only')
    return t


def sc_dob_vs_expiry(ctx):
    r = ctx.rng
    brand = r.choice(['visa16', 'mc2', 'discover'])
    d = new_card(ctx, brand)
    cm, _ = say_card(ctx, d, brand, r.choice(['itn_groups', 'words', 'itn_mixed', 'quant']))
    m, y = r.randint(1, 12), r.randint(1955, 1999)
    dobv = r.choice(['%s %s %s' % (r.choice(['oh', 'zero']) + ' ' + DW[m] if m < 10 else pair('%02d' % m, r), pair('%02d' % r.randint(1, 28), r), pairs(str(y), r)),
                     '%02d/%02d/%d' % (m, r.randint(1, 28), y), '%s of %s' % (MONTHS[m - 1], pairs(str(y), r))])
    em, _ = say_exp(ctx, r.choice(['oh_mm_yy', 'month_of_yy', 'slash_words', 'mm_yy', 'month_yyyy_words']))
    t = [('A', greet(ctx)), ('A', 'Before we start, can you confirm your date of birth?'),
         ('C', N('neg_dob', dobv)),
         ('A', 'Thank you. Now I need to re-verify the card on file, can you read me the number?'), ('C', pre(ctx, cm)),
         ('A', 'And the expiration?'), ('C', pre(ctx, em)),
         ('A', 'Okay, and your member since date, just for the rewards record, was %s?' % N('neg_date', '%s %d' % (MONTHS[r.randint(0, 11)], r.randint(2005, 2020)))),
         ('C', 'Yes.')]
    ctx.tags.append('dob_vs_expiry')
    return t


def sc_bank_routing(ctx):
    r = ctx.rng
    ab = aba(r)
    t = [('A', greet(ctx)), ('C', 'I want to switch to autopay from my checking account.'),
         ('A', 'Sure. I need the routing number and account number from a check.'),
         ('C', 'Routing number is ' + N('neg_routing', r.choice([ab, words(ab, r), '%s %s %s' % (ab[:3], ab[3:6], ab[6:])])) + '.'),
         ('A', 'Okay.'), ('C', 'And the account is ' + acct(ctx) + '.'),
         ('A', 'And the check number in the corner, just to confirm the account type?'), ('C', N('neg_check', str(r.randint(101, 4800)))),
         ('A', 'Autopay will start on %s for %s.' % (date_neg(ctx), amount(ctx)))]
    ctx.tags.append('no_sensitive:routing')
    return t


def sc_insurance(ctx):
    r = ctx.rng
    sm, _, _ = say_ssn(ctx, r.choice(SSN_STYLES))
    t = [('A', greet(ctx)), ('C', 'Hi, I need to check whether a procedure is covered.'),
         ('A', 'Can I have your member ID?'), ('C', N('neg_member_id', r.choice(['H', 'XQ', 'W']) + digits(8, r))),
         ('A', 'And the group number on the card?'), ('C', N('neg_group', digits(6, r))),
         ('A', 'For security, also the social security number of the policy holder.'), ('C', pre(ctx, sm)),
         ('A', 'Thanks. What is the procedure code?'), ('C', 'It is CPT ' + N('neg_cpt', str(r.randint(10021, 99499))) + '.'),
         ('A', "That is covered after your deductible of %s. Reference number for this call is %s." % (amount(ctx), N('neg_ref', digits(11, r))))]
    ctx.tags.append('insurance_ssn')
    return t


def sc_travel(ctx):
    r = ctx.rng
    brand = r.choice(['visa16', 'mc51', 'amex', 'jcb', 'visa19'])
    st = r.choice(['itn_groups', 'punct', 'itn_mixed', 'words', 'wrong_groups', 'quant'])
    d = new_card(ctx, brand)
    cm, _ = say_card(ctx, d, brand, st)
    em, _ = say_exp(ctx)
    vm, _ = say_cvv(ctx, 4 if brand == 'amex' else 3)
    ff = digits(r.choice([9, 10]), r)
    t = [('A', greet(ctx)), ('C', 'I need to change my flight, confirmation ' + conf_code(ctx) + '.'),
         ('A', 'I see flight %s on %s departing at %s. The change fee is %s.' % (N('neg_flight', r.choice(['SW', 'UA ', 'flight ']) + str(r.randint(100, 2999))), date_neg(ctx), time_neg(ctx), amount(ctx))),
         ('C', 'Fine. Can you also add my frequent flyer number, ' + N('neg_loyalty', ff) + '?'),
         ('A', 'Done. ' + r.choice(ASK_CARD)), ('C', pre(ctx, cm)),
         ('A', r.choice(ASK_EXP)), ('C', em), ('A', r.choice(ASK_CVV)), ('C', vm),
         ('A', 'You are rebooked on the %s flight, seat %s.' % (time_neg(ctx), N('neg_seat', str(r.randint(8, 38)) + r.choice('ABCDEF'))))]
    ctx.tags.append('travel:' + st)
    return t


def sc_phone_turns(ctx):
    r = ctx.rng
    p = phone(r)
    t = [('A', greet(ctx)), ('C', "I'd like to update the phone number on file."),
         ('A', 'Sure, go ahead with the new number.'),
         ('C', N('neg_phone', words(p[:3], r))), ('A', 'Uh huh.'),
         ('C', N('neg_phone', r.choice([words(p[3:6], r), p[3:6]]))), ('A', 'Okay.'),
         ('C', N('neg_phone', r.choice([pairs(p[6:], r), p[6:], words(p[6:], r)]))),
         ('A', 'So that is %s. And is there an extension?' % N('neg_phone', '%s-%s-%s' % (p[:3], p[3:6], p[6:]))),
         ('C', 'Yes, extension ' + N('neg_ext', r.choice([str(r.randint(100, 9999)), words(str(r.randint(100, 9999)), r)])) + '.'),
         ('A', 'Updated. I also have your mailing address as %s, zip %s. Correct?' % (address(ctx), zipc(ctx, plus4=r.random() < 0.5))),
         ('C', 'Correct.'), ('A', 'Your reference number is ' + N('neg_ref', digits(8, r)) + '.')]
    ctx.tags.append('no_sensitive:phone_over_turns')
    return t


def sc_update_card(ctx):
    r = ctx.rng
    brand = r.choice(['mc2', 'visa16', 'discover', 'unionpay19', 'visa13'])
    st = r.choice(['itn_contig', 'itn_halves', 'dbl', 'disfluent', 'selfcorrect', 'homo', 'itn_groups'])
    d = new_card(ctx, brand, need_repeat=st == 'dbl')
    cm, _ = say_card(ctx, d, brand, st)
    em, _ = say_exp(ctx)
    t = [('A', greet(ctx)), ('C', 'My subscription payment failed, I got a new card in the mail.'),
         ('A', 'No problem. Is this for the card ending in %s?' % S('IGNORE', ctx.e('IGNORE'), 'ign_card_last4', digits(4, r, False))),
         ('C', 'Yes, that one was replaced.'), ('A', 'Okay, the new card number?'), ('C', pre(ctx, cm)),
         ('A', 'And expiration?'), ('C', pre(ctx, em)),
         ('A', 'Thank you. I will retry the %s charge now. Your plan renews on %s.' % (amount(ctx), date_neg(ctx)))]
    ctx.tags.append('update_card:' + st)
    return t


def sc_cvv_only(ctx):
    r = ctx.rng
    vm, _ = say_cvv(ctx, 3, r.choice(['homo', 'pair', 'dollar', 'words', 'mixed', 'quant']))
    t = [('A', greet(ctx)), ('C', 'I placed an order online but it asked me to call in.'),
         ('A', 'Yes, for large orders we verify by phone. Order %s for %s. Is this with the card ending in %s?' % (order_no(ctx, 'alnum'), amount(ctx), S('IGNORE', ctx.e('IGNORE'), 'ign_card_last4', digits(4, r, False)))),
         ('C', 'Yes.'), ('A', 'Can you read me the security code on the back of that card?'),
         ('C', r.choice(['The code is ', "It's ", 'Um, ', '']) + vm + '.'),
         ('A', 'And the expiration date printed on the card?')]
    em, _ = say_exp(ctx)
    t += [('C', em), ('A', 'Thank you, the order is released and will ship by %s.' % date_neg(ctx))]
    ctx.tags.append('cvv_expiry_on_file_card')
    return t


def sc_declined_retry(ctx):
    r = ctx.rng
    b1, b2 = r.choice(['visa16', 'mc51']), r.choice(['discover', 'mc2', 'amex', 'visa16'])
    c1 = new_card(ctx, b1)
    c2 = new_card(ctx, b2)
    m1, _ = say_card(ctx, c1, b1, r.choice(['itn_groups', 'words', 'itn_mixed']))
    m2, _ = say_card(ctx, c2, b2, r.choice(['pairs', 'quant', 'punct', 'wrong_groups', 'itn_contig']))
    e1, _ = say_exp(ctx)
    e2, _ = say_exp(ctx)
    t = [('A', greet(ctx)), ('C', 'I need to pay the past due amount of ' + amount(ctx) + '.'),
         ('A', r.choice(ASK_CARD)), ('C', m1), ('A', 'Expiration?'), ('C', e1),
         ('A', "I'm sorry, that card was declined. Do you have another card?"),
         ('C', 'Ugh. Okay, try this one. ' + m2), ('A', 'And that one expires?'), ('C', e2),
         ('A', 'That went through. Your receipt number is %s.' % N('neg_receipt', digits(10, r)))]
    ctx.tags.append('declined_two_cards')
    return t


def sc_ein_business(ctx):
    r = ctx.rng
    ein = '%02d-%07d' % (r.choice([12, 27, 46, 81, 94, 33]), r.randint(1000000, 9999999))
    t = [('A', greet(ctx)), ('C', "I'm calling for my business account, it's an LLC."),
         ('A', 'Okay, can I have the tax ID on the account?'),
         ('C', 'Sure, the EIN is ' + N('neg_ein', r.choice([ein, words(ein.replace('-', ''), r)])) + '.'),
         ('A', 'Thanks. And the last four of the owner social?'),
         ('C', S('IGNORE', ctx.e('IGNORE'), 'ign_ssn_last4', digits(4, r, False))),
         ('A', 'Got it. Invoice %s for %s is due on %s.' % (N('neg_invoice', 'INV-' + digits(6, r)), amount(ctx), date_neg(ctx))),
         ('C', 'Can you send it to the office fax, ' + neg_phone_spoken(ctx, 'itn')[0] + '?')]
    ctx.tags.append('no_sensitive:ein_last4')
    return t


def sc_repeat_hallucination(ctx):
    """Whisper-style duplicated phrase: the same card fragment emitted twice."""
    r = ctx.rng
    brand = r.choice(['visa16', 'mc51', 'discover'])
    d = new_card(ctx, brand)
    gs = groups_of(d, brand_groups(brand))
    e = ctx.e('CARD', digits=d, brand=brand, luhn_valid=True, style='whisper_repeat', said=None)
    k = r.randint(1, 2)
    rep = ' '.join(gs[:k + 1])
    val = ' '.join(gs[:k + 1]) + ', ' + rep + ' ' + ' '.join(gs[k + 1:])
    em, _ = say_exp(ctx, r.choice(['mm_yy', 'month_yyyy_itn', 'date_like']))
    t = [('A', 'Okay go ahead with the card.'),
         ('C', "It's " + S('CARD', e, 'card_stt_repeated_chunk', val, brand) + '.'),
         ('A', 'And the expiry?'), ('C', em), ('A', 'Thank you for watching.')]
    ctx.tags.append('whisper_repetition')
    return t


def sc_account_open(ctx):
    """New account / credit application: SSN, DOB, then a card for the opening deposit."""
    r = ctx.rng
    sm, _, _ = say_ssn(ctx, r.choice(SSN_STYLES))
    brand = r.choice(['visa16', 'mc2', 'discover', 'amex', 'jcb'])
    d = new_card(ctx, brand)
    cm, _ = say_card(ctx, d, brand, r.choice(['itn_groups', 'itn_dashes', 'words', 'pairs', 'itn_mixed', 'punct']))
    em, _ = say_exp(ctx)
    t = [('A', greet(ctx)), ('C', "I'd like to open a new savings account, I saw the promo rate online."),
         ('A', 'Great. I will need some information. Your full name and date of birth?'),
         ('C', '%s, born %s.' % (ctx.cust, dob(ctx))),
         ('A', 'And your social security number? This is for the credit check.'), ('C', pre(ctx, sm)),
         ('A', 'Thank you. Home address?'), ('C', '%s, %s, zip %s.' % (address(ctx), r.choice(CITIES)[0], zipc(ctx, spoken=False))),
         ('A', 'The minimum opening deposit is %s. You can fund it with a debit card. Card number?' % amount(ctx)),
         ('C', pre(ctx, cm)), ('A', 'Expiration?'), ('C', em),
         ('A', 'Your new account number is %s and the routing number is %s.' % (N('neg_account', digits(10, r)), N('neg_routing', aba(r))))]
    ctx.tags.append('account_open_ssn_card')
    return t


def sc_device_return(ctx):
    r = ctx.rng
    im = imei(r)
    tr, _ = tracking(ctx)
    t = [('A', greet(ctx)), ('C', "I'm returning the phone I bought last week, it keeps dropping calls."),
         ('A', 'Sorry to hear that. Can you read me the IMEI from the box label?'),
         ('C', N('neg_imei', r.choice([im, ' '.join([im[:2], im[2:8], im[8:14], im[14:]]), words(im, r), pairs(im[:14], r) + ' ' + DW[int(im[14])]]))),
         ('A', 'Thanks. And the order number?'), ('C', order_no(ctx, r.choice(['o16', 'amz']))),
         ('A', 'Okay, I issued return authorization %s. Ship it with the prepaid label, tracking %s.' % (N('neg_rma', 'RMA' + digits(8, r)), tr)),
         ('C', 'And the refund goes back to my card?'),
         ('A', 'Yes, %s back to the card ending in %s within %s business days.' % (amount(ctx), S('IGNORE', ctx.e('IGNORE'), 'ign_card_last4', digits(4, r, False)), r.choice(['five to seven', '10', '3']))),
         ('C', 'Okay, and my new number for texts is ' + neg_phone_spoken(ctx)[0] + '.')]
    ctx.tags.append('no_sensitive:device_return')
    return t


SCENARIOS = {
    'device_return': sc_device_return,
    'account_open': sc_account_open,
    'payment': sc_payment, 'card_turns': sc_card_turns, 'readback': sc_readback, 'ssn_verify': sc_ssn_verify,
    'ssn_turns': sc_ssn_turns, 'amex': sc_amex, 'misheard': sc_misheard, 'order_status': sc_order_status,
    'tech_imei': sc_tech_imei, 'last4': sc_last4, 'dob_vs_expiry': sc_dob_vs_expiry, 'bank_routing': sc_bank_routing,
    'insurance': sc_insurance, 'travel': sc_travel, 'phone_turns': sc_phone_turns, 'update_card': sc_update_card,
    'cvv_only': sc_cvv_only, 'declined_retry': sc_declined_retry, 'ein_business': sc_ein_business,
    'repeat_hallucination': sc_repeat_hallucination, 'ivr': sc_ivr, 'voicemail': sc_voicemail,
    'appointment': sc_appointment,
}
