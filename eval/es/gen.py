#!/usr/bin/env python3
"""Seeded generator for a Spanish / Spanglish contact-centre redaction test set.

Writes world-spanish.jsonl next to this file. Deterministic: same seed -> same file.
Standard library only.
"""
import json
import os
import random
import re
import unicodedata

SEED = 20261202
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- number words
DIG_ES = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve']
TEENS_ES = {10: 'diez', 11: 'once', 12: 'doce', 13: 'trece', 14: 'catorce', 15: 'quince',
            16: 'dieciséis', 17: 'diecisiete', 18: 'dieciocho', 19: 'diecinueve', 20: 'veinte',
            21: 'veintiuno', 22: 'veintidós', 23: 'veintitrés', 24: 'veinticuatro',
            25: 'veinticinco', 26: 'veintiséis', 27: 'veintisiete', 28: 'veintiocho',
            29: 'veintinueve'}
TENS_ES = {3: 'treinta', 4: 'cuarenta', 5: 'cincuenta', 6: 'sesenta', 7: 'setenta',
           8: 'ochenta', 9: 'noventa'}
HUND_ES = {1: 'ciento', 2: 'doscientos', 3: 'trescientos', 4: 'cuatrocientos', 5: 'quinientos',
           6: 'seiscientos', 7: 'setecientos', 8: 'ochocientos', 9: 'novecientos'}
PLURAL_ES = ['ceros', 'unos', 'doses', 'treses', 'cuatros', 'cincos', 'seises', 'sietes',
             'ochos', 'nueves']
HOMO_ES = {5: 'sinco', 0: 'sero', 9: 'nuebe', 4: 'quatro'}
DIG_EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
TEENS_EN = {10: 'ten', 11: 'eleven', 12: 'twelve', 13: 'thirteen', 14: 'fourteen', 15: 'fifteen',
            16: 'sixteen', 17: 'seventeen', 18: 'eighteen', 19: 'nineteen'}
TENS_EN = {2: 'twenty', 3: 'thirty', 4: 'forty', 5: 'fifty', 6: 'sixty', 7: 'seventy',
           8: 'eighty', 9: 'ninety'}
HOMO_ASR = {2: 'dose', 3: 'trace', 6: 'says', 5: 'sinko', 4: 'quatro'}
HOMO_EN = {4: 'for', 2: 'to', 8: 'ate', 1: 'won'}
MESES = ['', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
         'septiembre', 'octubre', 'noviembre', 'diciembre']
MONTHS_EN = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
             'September', 'October', 'November', 'December']


def strip_acc(s):
    out = []
    for ch in s:
        d = unicodedata.normalize('NFD', ch)
        base = ''.join(c for c in d if unicodedata.category(c) != 'Mn')
        out.append(base if len(base) == 1 else ch)
    return ''.join(out)


class Ctx:
    def __init__(self, lang='es', acc=True, punct=True, itn='none', zero_o=0.0, homo=0.0,
                 doble=0.3):
        self.lang, self.acc, self.punct, self.itn = lang, acc, punct, itn
        self.zero_o, self.homo, self.doble = zero_o, homo, doble
        self.tags = set()

    def digits(self):
        if self.itn == 'full':
            return True
        if self.itn == 'none':
            return False
        return R.random() < 0.5


def dw(d, ctx, lang=None):
    lang = lang or ctx.lang
    d = int(d)
    if lang == 'en':
        if ctx.homo and d in HOMO_EN and R.random() < ctx.homo:
            ctx.tags.add('stt_homophone')
            return HOMO_EN[d]
        if d == 0:
            if R.random() < 0.6:
                ctx.tags.add('oh_zero')
                return 'oh'
            return 'zero'
        return DIG_EN[d]
    if ctx.homo and getattr(ctx, 'asr_en', False) and d in HOMO_ASR and R.random() < ctx.homo:
        ctx.tags.add('english_asr_of_spanish')
        return HOMO_ASR[d]
    if ctx.homo and d in HOMO_ES and R.random() < ctx.homo:
        ctx.tags.add('stt_homophone')
        return HOMO_ES[d]
    if d == 0 and ctx.zero_o and R.random() < ctx.zero_o:
        ctx.tags.add('o_zero')
        return 'o'
    return DIG_ES[d]


def pw(n, ctx, lang=None):
    """two-digit value, leading zero spoken."""
    lang = lang or ctx.lang
    n = int(n)
    if n < 10:
        if n == 0 and R.random() < 0.5:
            ctx.tags.add('doble')
            return 'doble cero' if lang == 'es' else 'double oh'
        return dw(0, ctx, lang) + ' ' + dw(n, ctx, lang)
    if lang == 'en':
        if n < 20:
            return TEENS_EN[n]
        t, u = divmod(n, 10)
        return TENS_EN[t] + ('' if u == 0 else R.choice([' ', '-', ' ']) + DIG_EN[u])
    if n < 30:
        w = TEENS_ES[n]
        if n == 20 and ctx.homo and R.random() < ctx.homo:
            ctx.tags.add('stt_homophone')
            w = 'beinte'
        if not ctx.acc:
            w = strip_acc(w)
        return w
    t, u = divmod(n, 10)
    return TENS_ES[t] + ('' if u == 0 else ' y ' + DIG_ES[u])


def hw(n, ctx, lang=None):
    """three-digit value, leading zeros spoken."""
    lang = lang or ctx.lang
    n = int(n)
    if n < 100:
        return dw(0, ctx, lang) + ' ' + pw(n, ctx, lang)
    h, r = divmod(n, 100)
    if lang == 'en':
        return DIG_EN[h] + ' ' + pw(r, ctx, lang)
    if h == 1:
        head = 'cien' if r == 0 else 'ciento'
    else:
        head = HUND_ES[h]
    if r == 0:
        return head
    return head + ' ' + (DIG_ES[r] if r < 10 else pw(r, ctx, lang))


# chunk = (kind, text, value) kind: d digit word, p pair, h hundreds, n numerals
def ch_digits(g, ctx, lang=None):
    lang = lang or ctx.lang
    out = []
    i = 0
    while i < len(g):
        run = 1
        while i + run < len(g) and g[i + run] == g[i]:
            run += 1
        d = int(g[i])
        if run >= 2 and R.random() < ctx.doble:
            k = 3 if run >= 3 and R.random() < 0.5 else 2
            ctx.tags.add('doble')
            if lang == 'en':
                word = 'oh' if d == 0 else DIG_EN[d]
                txt = ('double ' if k == 2 else 'triple ') + word
            else:
                if R.random() < 0.55:
                    txt = ('doble ' if k == 2 else 'triple ') + DIG_ES[d]
                else:
                    txt = DIG_ES[k] + ' ' + PLURAL_ES[d]
            out.append(('d', txt, d))
            i += k
            continue
        out.append(('d', dw(d, ctx, lang), d))
        i += 1
    return out


def split_pairs(L):
    if L == 4:
        return [2, 2]
    if L == 6:
        return [2, 2, 2]
    if L == 5:
        return R.choice([[2, 2, 1], [1, 2, 2], [2, 1, 2]])
    if L == 3:
        return R.choice([[1, 2], [2, 1]])
    if L == 2:
        return [2]
    if L == 1:
        return [1]
    return [2] * (L // 2) + ([1] if L % 2 else [])


def ch_pairs(g, ctx, lang=None):
    lang = lang or ctx.lang
    out, i = [], 0
    for L in split_pairs(len(g)):
        s = g[i:i + L]
        i += L
        if L == 1:
            out.append(('d', dw(s, ctx, lang), int(s)))
        else:
            out.append(('p', pw(s, ctx, lang), int(s)))
    return out


def ch_mixed(g, ctx, lang=None):
    lang = lang or ctx.lang
    out, i = [], 0
    parts = split_pairs(len(g))
    for L in parts:
        s = g[i:i + L]
        i += L
        if L == 2 and R.random() < 0.5:
            out.extend(ch_digits(s, ctx, lang))
        elif L == 2:
            out.append(('p', pw(s, ctx, lang), int(s)))
        else:
            out.extend(ch_digits(s, ctx, lang))
    kinds = {k for k, _, _ in out}
    if kinds == {'p'} or kinds == {'d'}:  # force a real mix
        s = g[:2]
        rest = [c for c in out]
        if kinds == {'p'}:
            out = ch_digits(s, ctx, lang) + rest[1:]
        else:
            out = [('p', pw(s, ctx, lang), int(s))] + ch_digits(g[2:], ctx, lang)
    return out


def ch_hund(g, ctx, lang=None):
    lang = lang or ctx.lang
    L = len(g)
    if L == 4:
        return [('d', dw(g[0], ctx, lang), int(g[0])), ('h', hw(g[1:], ctx, lang), int(g[1:]))]
    if L == 3:
        return [('h', hw(g, ctx, lang), int(g))]
    if L == 6:
        return [('h', hw(g[:3], ctx, lang), 0), ('h', hw(g[3:], ctx, lang), 0)]
    if L == 5:
        return [('p', pw(g[:2], ctx, lang), int(g[:2])), ('h', hw(g[2:], ctx, lang), 0)]
    if L == 2:
        return [('p', pw(g, ctx, lang), int(g))]
    return ch_digits(g, ctx, lang)


def ch_itn(g, ctx, lang=None):
    return [('n', g, int(g))]


def ch_itn_pairs(g, ctx, lang=None):
    out, i = [], 0
    for L in split_pairs(len(g)):
        out.append(('n', g[i:i + L], 0))
        i += L
    return out


STYLE_FN = {'digits': ch_digits, 'pairs': ch_pairs, 'mixed': ch_mixed, 'hund': ch_hund,
            'itn': ch_itn, 'itn_pairs': ch_itn_pairs}
STYLE_TAG = {'digits': 'words_digit_by_digit', 'pairs': 'pairs', 'mixed': 'mixed_digits_words',
             'hund': 'three_digit_groups', 'itn': 'itn_digits', 'itn_pairs': 'itn_pairs',
             'itn_mixed': 'itn_words_mixed', 'codeswitch': 'code_switch_es_en'}


def needs_comma(prev, nxt, lang):
    if prev[0] == 'h' and nxt[0] != 'n':
        return True
    if lang == 'en' and prev[0] == 'p' and prev[2] >= 20 and prev[2] % 10 == 0 and nxt[0] in 'dp':
        return True
    if lang == 'en' and prev[0] == 'p' and prev[2] >= 20 and prev[2] % 10 == 0:
        return True
    return False


def join_chunks(chunks, ctx, lang):
    s = ''
    for i, c in enumerate(chunks):
        if i:
            s += ', ' if needs_comma(chunks[i - 1], c, lang) else ' '
        s += c[1]
    return s


FILLERS_ES = ['eh', 'este', 'mmm', 'em']
FILLERS_EN = ['uh', 'um', 'eh']


def speak_number(num, grouping, style, ctx, nfrag=1, correction=False, fillers=False,
                 numsep=None, lang=None):
    """Return (fragments, tags). Each fragment is a span text."""
    lang = lang or ctx.lang
    ctx.tags = set()
    groups, i = [], 0
    for L in grouping:
        groups.append(num[i:i + L])
        i += L
    # per-group chunks
    gch = []
    for g in groups:
        st, glang = style, lang
        if style == 'itn_mixed':
            st = R.choice(['itn', 'digits', 'pairs', 'itn'])
        elif style == 'codeswitch':
            st = R.choice(['digits', 'digits', 'pairs'])
            glang = R.choice(['es', 'en'])
        gch.append((g, st, STYLE_FN[st](g, ctx, glang), glang))
    if style == 'codeswitch' and len({x[3] for x in gch}) == 1 and len(gch) > 1:
        g, st, _, gl = gch[-1]
        gl = 'en' if gl == 'es' else 'es'
        gch[-1] = (g, st, STYLE_FN[st](g, ctx, gl), gl)
    tags = {STYLE_TAG[style]}
    if lang == 'en' and style not in ('itn', 'itn_pairs'):
        tags.add('english_words')
    # group separators
    if style in ('itn', 'itn_pairs') and numsep is not None:
        base = numsep
    elif ctx.punct:
        base = R.choice([', ', ', ', ' ', '... ', ', '])
    else:
        base = ' '
    if style == 'hund' or any(c[-1][0] == 'h' for _, _, c, _ in gch) or (correction and ctx.punct) \
            or (style == 'codeswitch' and ctx.punct):
        if base.strip() == '' or base == '. ':
            base = ', '
    texts = []
    for g, st, c, gl in gch:
        if st == 'itn':
            texts.append(c[0][1])
        elif st == 'itn_pairs':
            texts.append(' '.join(x[1] for x in c))
        else:
            texts.append(join_chunks(c, ctx, gl))
    # correction: wrong version of one group, then marker, then right group
    corr_at = None
    if correction and ctx.punct and len(groups) > 1:
        corr_at = R.randrange(len(groups))
        g = groups[corr_at]
        pos = R.randrange(len(g))
        wrong = g[:pos] + str((int(g[pos]) + R.randint(1, 8)) % 10) + g[pos + 1:]
        st, gl = gch[corr_at][1], gch[corr_at][3]
        wt = STYLE_FN[st](wrong, ctx, gl)
        wtxt = join_chunks(wt, ctx, gl) if st != 'itn' else wrong
        if lang == 'en':
            marker = R.choice([', no, sorry, ', ', sorry, I mean ', ', no wait, sorry, '])
        else:
            marker = R.choice([', no, perdón, ', ', no no, perdón, es ', ', perdón, ',
                               ', digo, ', ', no, espere, es '])
            if not ctx.acc:
                marker = strip_acc(marker)
        texts[corr_at] = wtxt + marker + texts[corr_at]
        tags.add('correction')
    seps = [base] * (len(groups) - 1)
    if fillers and ctx.punct and seps:
        k = R.randrange(len(seps))
        f = R.choice(FILLERS_EN if lang == 'en' else FILLERS_ES)
        seps[k] = R.choice([', %s, ' % f, '... %s... ' % f, ', %s... ' % f])
        tags.add('filler_inside')
    elif fillers and seps:
        k = R.randrange(len(seps))
        seps[k] = ' %s ' % R.choice(FILLERS_EN if lang == 'en' else FILLERS_ES)
        tags.add('filler_inside')
    # fragments
    nfrag = max(1, min(nfrag, len(groups)))
    if nfrag > 1:
        cuts = sorted(R.sample(range(1, len(groups)), nfrag - 1))
        tags.add('over_turns')
    else:
        cuts = []
    frags, cur = [], ''
    for k, t in enumerate(texts):
        if k in cuts:
            frags.append(cur)
            cur = ''
        if cur:
            cur += seps[k - 1]
        cur += t
    frags.append(cur)
    tags |= ctx.tags
    ctx.tags = set()
    return frags, tags


# ---------------------------------------------------------------- values
def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + ''.join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in '0123456789':
        if luhn_ok(body + c):
            return body + c


BRAND_W = [('visa', 40), ('mastercard', 30), ('amex', 15), ('discover', 15)]


def new_card(brand=None):
    if brand is None:
        brand = R.choices([b for b, _ in BRAND_W], [w for _, w in BRAND_W])[0]
    if brand == 'visa':
        return brand, luhn_complete('4' + str(R.randint(0, 9)), 16)
    if brand == 'mastercard':
        if R.random() < 0.75:
            p = str(R.randint(51, 55))
        else:
            p = str(R.randint(2221, 2720))
        return brand, luhn_complete(p, 16)
    if brand == 'amex':
        return brand, luhn_complete(R.choice(['34', '37']), 15)
    p = R.choice(['6011', '65', '644', '645', '646', '647', '648', '649'])
    return 'discover', luhn_complete(p, 16)


def new_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        return '%03d%02d%04d' % (a, g, s)


def card_grouping(num):
    return [4, 6, 5] if len(num) == 15 else [4, 4, 4, 4]


def fmt_card(num, sep=' '):
    g = card_grouping(num)
    out, i = [], 0
    for L in g:
        out.append(num[i:i + L])
        i += L
    return sep.join(out)


# ---------------------------------------------------------------- document builder
class Doc:
    def __init__(self, did, kind):
        self.id, self.kind = did, kind
        self.next_entity = 0

    def ent(self):
        e = self.next_entity
        self.next_entity += 1
        return e


def S(text, typ, variant, entity, brand=None):
    m = {'type': typ, 'variant': variant, 'entity': entity}
    if brand:
        m['brand'] = brand
    return (text, m)


def N(text, kind):
    return (text, {'neg': kind})


def T(template, **kw):
    out = []
    for i, piece in enumerate(re.split(r'\{(\w+)\}', template)):
        if i % 2 == 0:
            if piece:
                out.append(piece)
        else:
            v = kw[piece]
            if isinstance(v, (str, tuple)):
                out.append(v)
            else:
                out.extend(v)
    return out


def render_parts(parts, lower=False, noacc=False, nopunct=False):
    text, spans, negs = '', [], []
    for p in parts:
        if isinstance(p, str):
            s, m = p, None
        else:
            s, m = p
        s0 = s
        if m is None and nopunct:
            s = re.sub(r'[¿¡;:]', '', s)
            s = re.sub(r'[,.?!]+(?=\s|$)', '', s)
        if lower and not (m and 'neg' in m and re.search(r'[A-Z]\d|\d[A-Z]', s)):
            s = s.lower()
        if noacc:
            s = strip_acc(s)
        st = len(text)
        text += s
        if m is None:
            continue
        if 'neg' in m:
            negs.append({'start': st, 'end': len(text), 'kind': m['neg']})
        else:
            mm = dict(m)
            if noacc and strip_acc(s0) != s0:
                mm['variant'] += '+no_accents'
            spans.append(dict(start=st, end=len(text), **mm))
    return text, spans, negs


# ---------------------------------------------------------------- pools
FIRST = ['María', 'José', 'Guadalupe', 'Juan Carlos', 'Ana Lucía', 'Luis', 'Carmen', 'Jorge',
         'Rosa', 'Miguel Ángel', 'Yesenia', 'Francisco', 'Marisol', 'Ramón', 'Daniela', 'Héctor',
         'Leticia', 'Eduardo', 'Xiomara', 'Raúl', 'Patricia', 'Alejandro', 'Beatriz', 'Óscar',
         'Maribel', 'Ernesto', 'Gisela', 'Wilfredo', 'Yolanda', 'Fernando', 'Ivonne', 'Julio César',
         'Noemí', 'Rigoberto', 'Araceli', 'Tomás', 'Lourdes', 'Andrés', 'Socorro', 'Kevin']
LAST = ['García', 'Hernández', 'Martínez', 'López', 'Rodríguez', 'Pérez', 'Sánchez', 'Ramírez',
        'Torres', 'Flores', 'Rivera', 'Gómez', 'Díaz', 'Reyes', 'Cruz', 'Morales', 'Ortiz',
        'Gutiérrez', 'Chávez', 'Ramos', 'Vargas', 'Castillo', 'Jiménez', 'Mendoza', 'Ruiz',
        'Aguilar', 'Salazar', 'Delgado', 'Castro', 'Vega', 'Soto', 'Rosario', 'Medina', 'Figueroa']
AGENTS = ['Laura', 'Kevin', 'Diana', 'Marco', 'Sofía', 'Brian', 'Valeria', 'Carlos', 'Jessica',
          'Ángel', 'Melissa', 'Iván', 'Karla', 'Roberto', 'Stephanie', 'Édgar', 'Paola', 'Nelson']

INDUSTRIES = {
    'bank': dict(co=['Banco Pacífico Federal', 'First Coastal Bank', 'Cooperativa de Crédito Unidos',
                     'Sunstate Savings Bank', 'Banco Familiar USA'],
                 reasons=['quiero pagar el saldo de mi tarjeta de crédito',
                          'me aparece un cargo que yo no hice',
                          'necesito activar la tarjeta nueva que me llegó',
                          'quiero hacer un pago a mi préstamo de auto con otra tarjeta',
                          'me bloquearon la tarjeta y no sé por qué']),
    'issuer': dict(co=['Tarjetas Horizonte', 'Capital Estrella Card Services', 'NovaCard',
                       'Liberty Rewards Card'],
                   reasons=['quiero disputar un cargo de una tienda',
                            'perdí mi tarjeta y necesito reportarla',
                            'quiero subir mi límite de crédito',
                            'me llegó una alerta de fraude']),
    'telco': dict(co=['Telemóvil USA', 'ConectaWireless', 'SkyLink Mobile', 'Red Latina Telecom',
                      'MetroCel'],
                  reasons=['quiero pagar mi factura del celular', 'quiero agregar una línea',
                           'me cobraron doble este mes', 'quiero poner el pago automático']),
    'utility': dict(co=['Energía del Sur', 'AguaCity Utilities', 'Gas Natural del Valle',
                        'Texas Luz y Fuerza'],
                    reasons=['quiero pagar la luz antes de que me la corten',
                             'me llegó un recibo muy alto', 'quiero hacer un arreglo de pago']),
    'insurance': dict(co=['Seguros Horizonte', 'Protección Familiar Insurance', 'Amparo Auto Seguros',
                          'Guardian Hispano Life'],
                      reasons=['quiero pagar la prima de mi póliza de auto',
                               'tengo una pregunta sobre un reclamo',
                               'quiero cambiar la tarjeta del pago mensual']),
    'retail': dict(co=['MegaTienda', 'Casa Hogar Store', 'ElectroMundo', 'Moda Plaza Online'],
                   reasons=['quiero hacer un pedido por teléfono', 'mi pedido no ha llegado',
                            'quiero devolver una licuadora', 'no pasó el pago en la página']),
    'airline': dict(co=['AeroSol Airlines', 'SkyLatina', 'Costa Air', 'Vuela Américas'],
                    reasons=['quiero cambiar la fecha de mi vuelo',
                             'quiero comprar un boleto para mi mamá',
                             'quiero pagar una maleta extra']),
    'health': dict(co=['Clínica San Rafael Billing', 'MedPay Services', 'Hospital Santa Fe Billing',
                       'SaludPlus Health Plan'],
                   reasons=['me llegó una factura del hospital', 'quiero pagar el copago de mi hija',
                            'quiero saber cuánto debo del deducible']),
}

ACKS = ['ajá', 'sí', 'okey', 'perfecto', 'ajá, siga', 'mhm', 'sí, adelante', 'ok', 'le escucho',
        'ajá, ajá', 'muy bien', 'sí, lo tengo', 'okay', 'ándele', 'sí señora', 'sí señor']
ACKS_EN = ['uh huh', 'okay', 'mhm', 'go ahead', 'got it', 'yes', 'perfect']
CONT = ['', '', 'y luego ', 'después ', 'ok, ', 'y ', 'eh ', 'y el resto ', 'lo que sigue es ']

AREA = ['305', '786', '213', '323', '915', '956', '210', '718', '347', '312', '602', '407', '469',
        '832', '909', '619', '505', '787', '201', '702']


# ---------------------------------------------------------------- negatives
def n_phone(ctx):
    a = R.choice(AREA)
    ex = str(R.randint(2, 9)) + '%02d' % R.randint(0, 99)
    ln = '%04d' % R.randint(0, 9999)
    if ctx.digits():
        v = R.choice(['(%s) %s-%s', '%s-%s-%s', '%s %s %s', '%s.%s.%s']) % (a, ex, ln)
        var = 'digits'
    else:
        m = R.random()
        if m < 0.35:
            v = '%s, %s, %s' % (' '.join(dw(c, ctx) for c in a), ' '.join(dw(c, ctx) for c in ex),
                                ' '.join(dw(c, ctx) for c in ln))
        elif m < 0.7:
            v = '%s, %s, %s, %s' % (' '.join(dw(c, ctx) for c in a), ' '.join(dw(c, ctx) for c in ex),
                                    pw(ln[:2], ctx), pw(ln[2:], ctx))
        else:
            v = '%s, %s %s, %s, %s' % (' '.join(dw(c, ctx) for c in a), dw(ex[0], ctx),
                                       pw(ex[1:], ctx), pw(ln[:2], ctx), pw(ln[2:], ctx))
    t = R.choice([
        [('A', '¿Me confirma un número de teléfono, por favor?'), ('C', 'Sí, es el {V}.')],
        [('A', '¿A qué número le podemos llamar si se corta la llamada?'), ('C', 'Al {V}, ese es mi celular.')],
        [('C', 'Mi número de casa es {V}, pero mejor el celular.')],
        [('A', 'Tengo registrado el {V}, ¿sigue siendo correcto?'), ('C', 'Sí, ese mismo.')],
        [('C', 'Si necesitan algo llámenme al {V}.')],
        [('A', 'Le va a llegar un texto al {V}.')],
    ])
    return t, N(v, 'neg_phone')


def money_words(d, c, ctx):
    w = apocope(num_es(d, ctx)) + (' dólar' if d == 1 else ' dólares')
    if c:
        w += ' con ' + apocope(num_es(c, ctx)) + (' centavo' if c == 1 else ' centavos')
    return w


def apocope(w):
    w = re.sub(r'veintiuno$', 'veintiún', w)
    return re.sub(r'\buno$', 'un', w)


def num_es(n, ctx):
    if n < 10:
        return DIG_ES[n]
    if n < 100:
        return pw(n, ctx, 'es')
    if n < 1000:
        return hw(n, ctx, 'es')
    th, r = divmod(n, 1000)
    head = 'mil' if th == 1 else num_es(th, ctx) + ' mil'
    return head + ('' if r == 0 else ' ' + num_es(r, ctx))


def n_amount(ctx):
    d = R.choice([R.randint(20, 99), R.randint(100, 480), R.randint(1000, 2500), R.randint(5, 19)])
    c = R.choice([0, 0, 50, 99, R.randint(1, 99)])
    if ctx.digits():
        v = R.choice(['$%d.%02d' % (d, c), '$%s.%02d' % (format(d, ','), c),
                      '%d.%02d dólares' % (d, c), '%d dólares' % d if c == 0 else '$%d.%02d' % (d, c)])
    else:
        v = money_words(d, c, ctx)
    t = R.choice([
        [('A', 'Su saldo pendiente es de {V}.')],
        [('C', '¿Cuánto debo?'), ('A', 'El total es {V}.')],
        [('A', 'Vamos a aplicar un pago de {V}, ¿correcto?'), ('C', 'Sí, correcto.')],
        [('C', 'Me cobraron {V} y no sé de qué es.')],
        [('A', 'El cargo mensual queda en {V} con impuestos.')],
        [('C', 'Quiero pagar nada más {V} hoy y el resto la otra semana.')],
    ])
    return t, N(v, 'neg_amount')


def n_date(ctx):
    day = R.randint(1, 28)
    mo = R.randint(1, 12)
    yr = R.choice([2025, 2026])
    if ctx.digits():
        v = R.choice(['%d de %s' % (day, MESES[mo]), '%d de %s de %d' % (day, MESES[mo], yr),
                      '%02d/%02d/%d' % (mo, day, yr), '%d/%d/%d' % (mo, day, yr)])
    else:
        dd = 'primero' if day == 1 else num_es(day, ctx)
        v = R.choice(['%s de %s' % (dd, MESES[mo]), '%s de %s de dos mil %s' % (dd, MESES[mo], num_es(yr - 2000, ctx))])
    t = R.choice([
        [('A', 'Su próximo pago vence el {V}.')],
        [('C', 'El cargo es del {V}, yo ese día estaba en el trabajo.')],
        [('A', 'La fecha de corte es el {V}.')],
        [('C', 'Me llegó la carta el {V}.')],
        [('A', 'El técnico puede ir el {V}, ¿le queda bien?'), ('C', 'Sí, ese día estoy.')],
        [('A', 'Queda programado para el {V}.')],
    ])
    return t, N(v, 'neg_date')


def n_dob(ctx):
    day, mo, yr = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2001)
    if ctx.digits():
        v = R.choice(['%02d/%02d/%d' % (mo, day, yr), '%d de %s de %d' % (day, MESES[mo], yr)])
    else:
        dd = 'primero' if day == 1 else num_es(day, ctx)
        v = '%s de %s de mil novecientos %s' % (dd, MESES[mo], num_es(yr - 1900, ctx)) if yr < 2000 else \
            '%s de %s de dos mil %s' % (dd, MESES[mo], num_es(yr - 2000, ctx))
    t = R.choice([
        [('A', '¿Su fecha de nacimiento?'), ('C', 'El {V}.')],
        [('A', 'Para verificar, ¿me da su fecha de nacimiento?'), ('C', 'Nací el {V}.')],
        [('C', 'Mi fecha de nacimiento es {V}.')],
    ])
    return t, N(v, 'neg_dob')


def n_time(ctx):
    h = R.randint(1, 11)
    if ctx.digits():
        v = R.choice(['%d:%02d a.m.' % (h, R.choice([0, 15, 30, 45])), '%d:%02d p.m.' % (h, R.choice([0, 30])),
                      '%d:00' % R.randint(8, 17)])
    else:
        hh = 'una' if h == 1 else num_es(h, ctx)
        v = R.choice(['%s y media' % hh, '%s de la tarde' % hh, '%s y cuarto' % hh,
                      '%s en punto' % hh])
    t = R.choice([
        [('A', 'El técnico llega entre las ocho y las {V}.')] if False else [('A', 'La cita quedó a las {V}.')],
        [('C', 'Yo llamé ayer como a las {V} y nadie me contestó.')],
        [('A', 'Nuestro horario es hasta las {V}.')],
        [('C', 'Salgo del trabajo a las {V}.')],
    ])
    return t, N(v, 'neg_time')


def n_account(ctx):
    L = R.randint(8, 12)
    acct = ''.join(str(R.randint(0, 9)) for _ in range(L))
    if ctx.digits():
        v = acct
    else:
        v = ' '.join(dw(c, ctx) for c in acct)
    t = R.choice([
        [('A', '¿Tiene su número de cuenta?'), ('C', 'Sí, es el {V}.')],
        [('C', 'El número de cuenta que sale en el recibo es {V}.')],
        [('A', 'Lo encontré, cuenta {V} a su nombre.')],
    ])
    return t, N(v, 'neg_account')


def n_order(ctx):
    v = R.choice(['%03d-%07d-%07d' % (R.randint(100, 999), R.randint(0, 9999999), R.randint(0, 9999999)),
                  '%d' % R.randint(10000000, 99999999), 'A%d' % R.randint(100000, 999999),
                  'W%09d' % R.randint(0, 999999999), '#%d' % R.randint(100000, 9999999)])
    t = R.choice([
        [('A', '¿Tiene el número de pedido?'), ('C', 'Sí, es {V}.')],
        [('C', 'La orden es la {V}.')],
        [('A', 'Veo el pedido {V}, salió del almacén.')],
    ])
    return t, N(v, 'neg_order')


def usps():
    return R.choice(['9400', '9205', '9361']) + ''.join(str(R.randint(0, 9)) for _ in range(18))


def n_tracking(ctx):
    m = R.random()
    if m < 0.4:
        v = '1Z' + ''.join(R.choice('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(6)) + \
            ''.join(str(R.randint(0, 9)) for _ in range(10))
    elif m < 0.75:
        u = usps()
        v = ' '.join(u[i:i + 4] for i in range(0, 22, 4))
    else:
        v = ''.join(str(R.randint(0, 9)) for _ in range(12))
    t = R.choice([
        [('A', 'El número de rastreo es {V}.')],
        [('C', 'El tracking que me mandaron es {V} y no se mueve.')],
        [('A', 'Le mando por texto el número de guía, {V}.')],
    ])
    return t, N(v, 'neg_tracking')


def n_confirmation(ctx):
    m = R.random()
    if m < 0.4:
        v = ''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6))
    elif m < 0.7:
        v = '%d' % R.randint(1000000, 99999999)
    else:
        v = '%s-%d' % (R.choice(['CNF', 'PG', 'RX', 'TX']), R.randint(100000, 9999999))
    t = R.choice([
        [('A', 'Su número de confirmación es {V}.')],
        [('A', 'Anote la confirmación: {V}.'), ('C', 'Ya la anoté, gracias.')],
        [('C', '¿Me da un número de confirmación?'), ('A', 'Claro, es {V}.')],
        [('A', 'El código de reservación es {V}.')],
    ])
    return t, N(v, 'neg_confirmation')


def n_zip(ctx):
    z = R.choice(['33135', '78521', '90011', '60623', '77036', '85009', '10032', '33012', '92105',
                  '79936', '07087', '32822', '75217', '98101'])
    if R.random() < 0.2:
        z = z + '-%04d' % R.randint(1, 9999)
        v = z
    elif ctx.digits():
        v = z
    else:
        v = R.choice([' '.join(dw(c, ctx) for c in z), pw(z[:2], ctx) + ', ' + hw(z[2:], ctx)])
        if v.startswith('cero cero') or v.startswith('doble'):
            v = ' '.join(dw(c, ctx) for c in z)
    t = R.choice([
        [('A', '¿Su código postal?'), ('C', '{V}.')],
        [('A', '¿Y el código postal de la dirección de facturación?'), ('C', 'Es el {V}.')],
        [('C', 'Vivo en el código postal {V}.')],
    ])
    return t, N(v, 'neg_zip')


STREETS = ['calle Ocho', 'Flagler Street', 'avenida Central', 'Bissonnet Street', 'calle Mesa',
           'Cesar Chavez Avenue', 'Alameda Street', 'Bergenline Avenue', 'calle Loíza', 'Pico Boulevard']


def n_address(ctx):
    num = R.randint(100, 9999)
    if ctx.digits():
        v = R.choice(['%d %s' % (num, R.choice(STREETS)), '%d %s, apartamento %d' % (num, R.choice(STREETS), R.randint(1, 40)),
                      '%d SW %dth St' % (num, R.randint(4, 30))])
    else:
        v = R.choice(['calle %s número %s' % (num_es(R.randint(2, 60), ctx), num_es(R.choice([100, 200, 400, 1200, 350]), ctx)),
                      '%s %s' % (num_es(num, ctx), R.choice(STREETS))])
    t = R.choice([
        [('A', '¿Su dirección?'), ('C', '{V}.')],
        [('C', 'Me mudé, ahora vivo en {V}.')],
        [('A', 'La dirección que tengo es {V}, ¿es correcta?'), ('C', 'Sí.')],
    ])
    return t, N(v, 'neg_address')


def n_age(ctx):
    tpl, lo, hi = R.choice([('Es para mi mamá, ella tiene {V} y no sabe usar la computadora.', 60, 95),
                            ('Yo tengo {V}, no entiendo esas aplicaciones.', 55, 88),
                            ('Mi hijo tiene {V} y lo quiero poner en mi plan.', 12, 25),
                            ('Es para mi papá, tiene {V}.', 58, 94)])
    a = R.randint(lo, hi)
    v = '%d años' % a if ctx.digits() else num_es(a, ctx) + ' años'
    return [('C', tpl)], N(v, 'neg_age')


QTY_T = [
    ('C', 'Ya llamé {V} por lo mismo.', ['tres veces', 'una vez', 'cuatro veces', 'dos veces', '5 veces']),
    ('A', 'El reembolso tarda {V}.', ['cinco días hábiles', 'siete a diez días', 'dos semanas', '48 horas', 'un mes']),
    ('C', 'Llevo {V} esperando.', ['dos semanas', 'tres meses', 'veinte minutos', 'diez minutos', 'un mes']),
    ('C', 'Quiero agregar {V} más.', ['dos líneas', 'una línea', 'dos maletas', '3 líneas']),
    ('A', 'Se lo puedo dividir en {V}.', ['3 cuotas', 'seis meses', 'dos pagos', 'cuatro pagos']),
    ('C', 'Tengo {V} sin servicio.', ['tres días', 'una semana', '2 días', 'cuatro días']),
]


def n_quantity(ctx):
    spk, tpl, vals = R.choice(QTY_T)
    return [(spk, tpl)], N(R.choice(vals), 'neg_quantity')


def n_policy(ctx):
    v = R.choice(['%s-%04d-%04d' % (R.choice(['HZ', 'AU', 'PF', 'GL']), R.randint(0, 9999), R.randint(0, 9999)),
                  '%d' % R.randint(1000000000, 9999999999),
                  '%s%07d' % (R.choice(['POL', 'AX', 'H']), R.randint(0, 9999999))])
    t = R.choice([
        [('A', '¿Me da el número de póliza?'), ('C', 'Sí, {V}.')],
        [('C', 'La póliza es la {V}.')],
        [('A', 'Póliza {V}, cobertura completa.')],
    ])
    return t, N(v, 'neg_policy')


def n_member(ctx):
    v = R.choice(['W%09d' % R.randint(0, 999999999), '%s%d' % (R.choice(['XGH', 'MBR', 'ZQ']), R.randint(10000000, 99999999)),
                  '%d %d' % (R.randint(100, 999), R.randint(100000, 999999))])
    t = R.choice([
        [('A', '¿Tiene su tarjeta del seguro? Necesito el número de miembro.'), ('C', 'Sí, dice {V}.')],
        [('C', 'Mi ID de miembro es {V}.')],
        [('A', 'El número de identificación del paciente es {V}.')],
    ])
    return t, N(v, 'neg_member_id')


def n_case(ctx):
    v = R.choice(['%08d' % R.randint(0, 99999999), '2025-%06d' % R.randint(0, 999999), 'CS%d' % R.randint(100000, 999999)])
    t = R.choice([
        [('A', 'Le abrí un caso, el número es {V}.')],
        [('C', 'Ya tengo un número de reporte, el {V}.')],
        [('A', 'Voy a referenciar el ticket {V}.')],
    ])
    return t, N(v, 'neg_case')


def aba():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        d[0] = R.choice([0, 1, 2, 3])
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return ''.join(map(str, x))


def n_routing(ctx):
    v = aba()
    t = R.choice([
        [('C', 'El número de ruta del banco es {V}.')],
        [('A', 'Para el débito automático necesito el número de ruta.'), ('C', 'Es {V}.')],
        [('C', 'Routing {V}, la cuenta es de cheques.')],
    ])
    return t, N(v, 'neg_routing')


def n_flight(ctx):
    v = R.choice(['%d' % R.randint(100, 2999), '%s %d' % (R.choice(['AS', 'SL', 'CA', 'VA']), R.randint(100, 2999))])
    t = R.choice([[('C', 'Es el vuelo {V} a San Juan.')], [('A', 'El vuelo {V} sale por la puerta {G}.')],
                  [('A', 'Lo cambio al vuelo {V} del jueves.')]])
    return t, N(v, 'neg_flight')


def n_meter(ctx):
    v = '%02d-%04d-%03d' % (R.randint(0, 99), R.randint(0, 9999), R.randint(0, 999))
    return [[('A', 'El número de medidor es {V}.')], [('C', 'El medidor dice {V}.')]][R.randint(0, 1)], N(v, 'neg_meter')


def n_itin(ctx):
    v = '9%02d-%d%d-%04d' % (R.randint(0, 99), R.choice([7, 8]), R.randint(0, 9), R.randint(1, 9999))
    t = R.choice([
        [('C', 'Yo no tengo seguro social, tengo ITIN, es el {V}.')],
        [('A', 'El ITIN que me dio, {V}, no lo acepta el sistema para esto.')],
    ])
    return t, N(v, 'neg_itin')


def n_ext(ctx):
    v = '%d' % R.randint(1000, 9999)
    t = R.choice([[('A', 'Si se corta, marque la extensión {V}.')], [('A', 'Mi extensión directa es {V}.')]])
    return t, N(v, 'neg_extension')


NEGS = {'phone': n_phone, 'amount': n_amount, 'date': n_date, 'dob': n_dob, 'time': n_time,
        'account': n_account, 'order': n_order, 'tracking': n_tracking, 'conf': n_confirmation,
        'zip': n_zip, 'address': n_address, 'age': n_age, 'qty': n_quantity, 'policy': n_policy,
        'member': n_member, 'case': n_case, 'routing': n_routing, 'flight': n_flight,
        'meter': n_meter, 'itin': n_itin, 'ext': n_ext}
IND_NEGS = {'bank': ['account', 'routing', 'case', 'itin'], 'issuer': ['account', 'case'],
            'telco': ['account', 'ext'], 'utility': ['account', 'meter'],
            'insurance': ['policy', 'case'], 'retail': ['order', 'tracking'],
            'airline': ['flight', 'conf'], 'health': ['member', 'case']}
COMMON = ['phone', 'amount', 'date', 'dob', 'time', 'conf', 'zip', 'address', 'age', 'qty']


def pick_negs(pool, n):
    out = []
    for _ in range(n * 4):
        k = R.choice(pool)
        if k not in out or (k in ('phone', 'amount', 'date') and out.count(k) < 2):
            out.append(k)
        if len(out) == n:
            break
    return out


def neg_turns(key, ctx):
    tpl, negpart = NEGS[key](ctx)
    out = []
    for spk, s in tpl:
        gate = str(R.randint(1, 40))
        out.append((spk, T(s, V=[negpart], G=gate)))
    return out


# ---------------------------------------------------------------- secrets in dialogue
ASK_CARD = ['¿Me da el número de la tarjeta, por favor?', 'Muy bien, ¿cuál es el número de la tarjeta?',
            'Adelante con los dieciséis dígitos de la tarjeta.', '¿Con qué tarjeta va a pagar? Me da el número.',
            'Perfecto, cuando usted esté lista me lee el número de la tarjeta.',
            'Necesito el número completo de la tarjeta, despacito por favor.',
            'Ok, dígame el número de la tarjeta de débito.']
CARD_INTRO = ['Sí, es la {V}', 'Ok, es {V}', 'A ver, déjeme buscarla... ya, es {V}', 'Es una Visa, {V}',
              'Mire, el número es {V}', 'Claro, {V}', 'Sí, mi tarjeta es {V}', 'Bueno, {V}',
              'Tengo la tarjeta aquí, {V}', 'Okey, el número de la tarjeta es {V}']
ASK_EXP = ['¿Fecha de vencimiento?', '¿Y cuándo vence la tarjeta?', '¿La fecha de expiración?',
           '¿Qué fecha de vencimiento tiene?', 'Ahora la fecha de vencimiento, mes y año.',
           '¿Hasta cuándo es válida?']
EXP_INTRO = ['{V}', 'Vence {V}', 'Vence en {V}', 'Es {V}', 'Dice {V}', 'Expira en {V}', 'La fecha es {V}',
             'Dice que vence {V}']
ASK_CVV = ['¿Y el código de seguridad?', 'Ahora los tres numeritos de atrás.', '¿El código CVV?',
           'Me falta el código de seguridad, los tres dígitos de atrás de la tarjeta.',
           '¿Me da el código de atrás?', '¿El CVV, por favor?', 'Y por último el código de seguridad.']
CVV_INTRO = ['{V}', 'Es {V}', 'El código es {V}', 'Los de atrás son {V}', 'Es el {V}', 'Ok, {V}',
             'El CVV es {V}', 'Atrás dice {V}']
ASK_SSN = ['Para verificar su identidad, ¿me da su número de seguro social?',
           '¿Me confirma los nueve dígitos de su seguro social?', 'Necesito su social para continuar.',
           '¿Cuál es su número de seguro social?', 'Por seguridad, ¿el número del social?']
SSN_INTRO = ['Sí, es {V}', 'Mi seguro social es {V}', 'Es el {V}', 'Ok, {V}', 'Mi social es {V}',
             'A ver, {V}', 'Claro, {V}']


def pick_card_style(ctx):
    if getattr(ctx, 'asr_en', False) and ctx.itn != 'full' and R.random() < 0.3:
        return 'codeswitch'
    if ctx.lang == 'en' and ctx.itn == 'full':
        opts = ['itn', 'itn', 'itn_mixed']
    elif ctx.lang == 'en':
        opts = ['digits', 'digits', 'pairs', 'mixed', 'itn_mixed'] if ctx.punct else \
            ['digits', 'digits', 'itn_mixed']
    elif ctx.itn == 'full':
        opts = ['itn', 'itn', 'itn_pairs', 'itn_mixed']
    elif ctx.itn == 'mixed':
        opts = ['itn_mixed', 'itn_mixed', 'digits', 'pairs', 'itn_pairs', 'mixed']
    else:
        opts = ['digits', 'digits', 'pairs', 'pairs', 'pairs', 'mixed', 'mixed'] + (['hund'] if ctx.punct else [])
    return R.choice(opts)


def vname(tags, first=None):
    rest = sorted(set(tags) - {first}, key=lambda t: (t not in STYLE_TAG.values(), t))
    return '+'.join(([first] if first else []) + rest)


def spoken_secret_turns(frags, typ, variant_tags, entity, brand, intro, ack_pool, doc, ack_spk='A'):
    """Customer reads frags over turns; returns list of (spk, parts)."""
    out = []
    variant = vname(variant_tags)
    for k, f in enumerate(frags):
        sp = S(f, typ, variant, entity, brand)
        if k == 0:
            out.append(('C', T(intro + R.choice(['.', '.', '', '...']), V=[sp])))
        else:
            out.append(('C', [R.choice(CONT), sp, R.choice(['.', '', '.', '...'])]))
        if k < len(frags) - 1:
            out.append((ack_spk, [R.choice(ack_pool)]))
    return out


def exp_value():
    return R.randint(1, 12), R.randint(2026, 2032)


def speak_exp(m, y, ctx):
    yy = y % 100
    lang = ctx.lang
    if lang == 'en' and R.random() < 0.6:
        f = R.choice(['en_words', 'en_month', 'digits'])
        if f == 'en_words':
            return '%s %s' % (pw(m, ctx, 'en') if m >= 10 else dw(0, ctx, 'en') + ' ' + dw(m, ctx, 'en'), pw(yy, ctx, 'en')), 'exp_words_en'
        if f == 'en_month':
            return '%s %s' % (R.choice([MONTHS_EN[m], MONTHS_EN[m][:3]]), R.choice([str(y), 'twenty ' + pw(yy, ctx, 'en')])), 'exp_month_name_en'
        return R.choice(['%02d/%02d' % (m, yy), '%d/%02d' % (m, yy)]), 'exp_digits'
    use_digits = ctx.itn == 'full' or (ctx.itn == 'mixed' and R.random() < 0.4)
    if use_digits:
        f = R.choice(['%02d/%02d', '%d/%02d', '%02d/20%02d', '%02d-%02d', '%02d%02d', '%02d %02d',
                      '%d del %02d', 'MES de 20%02d', 'MES 20%02d', 'MES del %02d'])
        if f.startswith('MES'):
            return f.replace('MES', MESES[m]) % yy, 'exp_month_name_digits'
        return f % (m, yy), 'exp_digits'
    mword = DIG_ES[m] if m < 10 else TEENS_ES[m]
    f = R.choice(['m_del_yy', 'name_del_yy', 'name_de_yyyy', 'cero_m_yy', 'mes_ano', 'name_dos_mil',
                  'm_del_yy', 'name_del_yy'])
    if f == 'm_del_yy':
        return '%s del %s' % (mword, pw(yy, ctx, 'es')), 'exp_words_m_del_yy'
    if f == 'name_del_yy':
        return '%s del %s' % (MESES[m], pw(yy, ctx, 'es')), 'exp_month_name_words'
    if f == 'name_de_yyyy':
        return '%s de %d' % (MESES[m], y), 'exp_month_name_digits'
    if f == 'name_dos_mil':
        return '%s de dos mil %s' % (MESES[m], pw(yy, ctx, 'es')), 'exp_month_name_words'
    if f == 'cero_m_yy':
        mm = 'cero ' + DIG_ES[m] if m < 10 else mword
        return '%s, %s' % (mm, pw(yy, ctx, 'es')), 'exp_words_mm_yy'
    return '%s del año %s' % (mword, pw(yy, ctx, 'es')), 'exp_words_mes_ano'


def speak_cvv(cvv, ctx):
    L = len(cvv)
    if ctx.lang == 'en' and R.random() < 0.6:
        return ' '.join(dw(c, ctx, 'en') for c in cvv), 'cvv_words_en'
    if ctx.digits():
        return cvv, 'cvv_digits'
    f = R.choice(['digits', 'digits', 'hund', 'mixed'])
    if f == 'digits':
        return join_chunks(ch_digits(cvv, ctx, 'es'), ctx, 'es'), 'cvv_words_digit_by_digit'
    if f == 'hund':
        if L == 3:
            return hw(cvv, ctx, 'es'), 'cvv_three_digit'
        return pw(cvv[:2], ctx, 'es') + ' ' + pw(cvv[2:], ctx, 'es'), 'cvv_pairs'
    if L == 3:
        return dw(cvv[0], ctx, 'es') + ' ' + pw(cvv[1:], ctx, 'es'), 'cvv_mixed'
    return dw(cvv[0], ctx, 'es') + ' ' + dw(cvv[1], ctx, 'es') + ' ' + pw(cvv[2:], ctx, 'es'), 'cvv_mixed'


def new_cvv(brand):
    return '%04d' % R.randint(0, 9999) if brand == 'amex' else '%03d' % R.randint(0, 999)


def ssn_style(ctx):
    if ctx.lang == 'en':
        return R.choice(['digits', 'pairs', 'itn']) if ctx.punct else R.choice(['digits', 'itn'])
    if ctx.itn == 'full':
        return 'itn'
    if ctx.itn == 'mixed':
        return R.choice(['itn', 'digits', 'pairs', 'itn_mixed'])
    return R.choice(['digits', 'pairs', 'pairs', 'mixed'] + (['hund'] if ctx.punct else []))


# ---------------------------------------------------------------- plans
def payment_turns(doc, ctx, plan, ack_pool, en_agent=False):
    """Card (+ optional misread, readback, second card), expiry, CVV. Returns turns."""
    turns = []
    cards = []
    brand, num = new_card(plan.get('brand'))
    ask = R.choice(ASK_CARD_EN if en_agent else ASK_CARD)
    turns.append(('A', [ask]))
    grouping = card_grouping(num)

    def read_card(num, brand, kind_tag=None, nfrag=1, entity=None, typ='CARD', brand_label=True):
        style = pick_card_style(ctx)
        numsep = R.choice([' ', ' ', '-', ', ', '. ']) if style in ('itn', 'itn_pairs') else None
        if numsep is not None and not ctx.punct:
            numsep = ' '
        corr = plan.get('correction') and style not in ('itn', 'itn_pairs') and ctx.punct
        frags, tags = speak_number(num, grouping, style, ctx, nfrag=nfrag, correction=corr,
                                   fillers=R.random() < 0.25, numsep=numsep)
        if kind_tag:
            tags.add(kind_tag)
        e = doc.ent() if entity is None else entity
        intro = R.choice(CARD_INTRO_EN if ctx.lang == 'en' else CARD_INTRO)
        if brand != 'visa' and 'Visa' in intro:
            intro = intro.replace('una Visa', 'una Master' if brand == 'mastercard' else 'una American Express' if brand == 'amex' else 'una Discover')
        return spoken_secret_turns(frags, typ, tags, e, brand if typ == 'CARD' else None, intro, ack_pool, doc)

    if plan.get('misread'):
        pos = R.randrange(len(num))
        bad = num[:pos] + str((int(num[pos]) + R.randint(1, 9)) % 10) + num[pos + 1:]
        turns += read_card(bad, brand, 'misread_luhn_fail', typ='IGNORE')
        turns.append(('A', [R.choice(['Mmm, el sistema me dice que ese número no es válido. ¿Me lo repite?',
                                      'No me pasa, creo que falta o sobra un número. Otra vez, por favor.',
                                      'Sorry, the system says invalid card number, can you repeat it?' if en_agent else
                                      'Me sale error, vamos de nuevo desde el principio.'])]))
    nfrag = R.choice([2, 2, 3, 4]) if plan.get('over_turns') else 1
    turns += read_card(num, brand, nfrag=nfrag)
    if plan.get('readback'):
        rctx = Ctx(lang='en' if en_agent else 'es', acc=ctx.acc, punct=ctx.punct, itn=ctx.itn)
        style = R.choice(['digits', 'itn', 'pairs'] if rctx.punct else ['digits', 'itn'])
        frags, tags = speak_number(num, grouping, style, rctx, numsep=' ')
        tags.add('readback')
        e = doc.ent()
        variant = vname(tags, 'readback')
        tpl = R.choice(['Le repito: {V}. ¿Correcto?', 'Déjeme confirmar, {V}, ¿verdad?',
                        'Ok, tengo {V}.', 'Entonces es la {V}, ¿sí?'] if not en_agent else
                       ['Let me read it back: {V}, correct?', 'Okay I have {V}.'])
        turns.append(('A', T(tpl, V=[S(frags[0], 'CARD', variant, e, brand)])))
        turns.append(('C', [R.choice(['Sí, correcto.', 'Así es.', 'Ajá, sí.', 'Yes.', 'Eso.'])]))
    if plan.get('last4'):
        l4 = num[-4:]
        v = ' '.join(dw(c, ctx) for c in l4) if not ctx.digits() else l4
        tpl = R.choice(['Tarjeta que termina en {V}, ¿correcto?', 'La que termina en {V}.',
                        'Ok, la terminación {V}.'] if not en_agent else ['Card ending in {V}, right?'])
        turns.append(('A', T(tpl, V=[S(v, 'IGNORE', 'last4', doc.ent())])))
        turns.append(('C', [R.choice(['Sí.', 'Esa misma.', 'Correcto.'])]))
    if plan.get('exp'):
        m, y = exp_value()
        v, var = speak_exp(m, y, ctx)
        turns.append(('A', [R.choice(ASK_EXP_EN if en_agent else ASK_EXP)]))
        intro = R.choice(EXP_INTRO)
        if var == 'exp_words_mes_ano':
            intro = R.choice(['El mes {V}', 'Mes {V}'])
        turns.append(('C', T(intro + '.', V=[S(v, 'EXPIRY', var, doc.ent())])))
    if plan.get('cvv'):
        cvv = new_cvv(brand)
        v, var = speak_cvv(cvv, ctx)
        ask = R.choice(ASK_CVV_EN if en_agent else ASK_CVV)
        if brand == 'amex' and not en_agent:
            ask = R.choice(['Como es American Express, ¿los cuatro dígitos del frente, el código de seguridad?',
                            '¿El código de cuatro dígitos?'])
        turns.append(('A', [ask]))
        turns.append(('C', T(R.choice(CVV_INTRO) + '.', V=[S(v, 'CVV', var, doc.ent())])))
    if plan.get('card2'):
        turns.append(('A', [R.choice(['Lo siento, la tarjeta fue rechazada. ¿Tiene otra?',
                                      'No pasó el pago con esa, ¿quiere intentar con otra tarjeta?'])]))
        turns.append(('C', [R.choice(['Ay, qué raro. Sí, tengo otra.', 'Sí, pruebe con la del trabajo.'])]))
        b2, n2 = new_card()
        g2 = card_grouping(n2)
        style = pick_card_style(ctx)
        frags, tags = speak_number(n2, g2, style, ctx, numsep=' ')
        tags.add('second_card')
        turns += spoken_secret_turns(frags, 'CARD', tags, doc.ent(), b2, R.choice(CARD_INTRO), ack_pool, doc)
        if R.random() < 0.7:
            m, y = exp_value()
            v, var = speak_exp(m, y, ctx)
            turns.append(('A', [R.choice(ASK_EXP)]))
            turns.append(('C', T(R.choice(EXP_INTRO) + '.', V=[S(v, 'EXPIRY', var + '+second_card', doc.ent())])))
    return turns


ASK_CARD_EN = ['Okay, can I have the card number please?', 'Go ahead with the card number.',
               'What card would you like to use? Please read me the number.']
CARD_INTRO_EN = ['Yes, it is {V}', 'Okay, {V}', 'Sí, es {V}', 'It is a Visa, {V}', 'Eh, {V}']
ASK_EXP_EN = ['And the expiration date?', 'Expiration date?', 'When does it expire?']
ASK_CVV_EN = ['And the security code on the back?', 'The three digit CVV?', 'CVV code please.']
ASK_SSN_EN = ['Can I have your social security number to verify?', 'I need your SSN, please.',
              'Can you verify the social?']


def ssn_turns(doc, ctx, plan, ack_pool, en_agent=False):
    turns = []
    ssn = new_ssn()
    turns.append(('A', [R.choice(ASK_SSN_EN if en_agent else ASK_SSN)]))
    style = ssn_style(ctx)
    numsep = R.choice(['-', ' ', ' ', '']) if style == 'itn' else None
    nfrag = R.choice([2, 3]) if plan.get('ssn_over_turns') else 1
    frags, tags = speak_number(ssn, [3, 2, 4], style, ctx, nfrag=nfrag, numsep=numsep,
                               correction=plan.get('ssn_correction') and style != 'itn',
                               fillers=R.random() < 0.2)
    intro = R.choice(SSN_INTRO)
    turns += spoken_secret_turns(frags, 'SSN', tags, doc.ent(), None, intro, ack_pool, doc)
    if plan.get('ssn_readback'):
        rctx = Ctx(lang='es', acc=ctx.acc, punct=ctx.punct, itn=ctx.itn)
        st = R.choice(['digits', 'itn'])
        fr, tg = speak_number(ssn, [3, 2, 4], st, rctx, numsep='-')
        tg.add('readback')
        turns.append(('A', T(R.choice(['Le confirmo, {V}.', 'Tengo {V}, ¿correcto?']),
                             V=[S(fr[0], 'SSN', vname(tg, 'readback'), doc.ent())])))
        turns.append(('C', ['Sí.']))
    return turns


def ssn_last4_turns(doc, ctx, en_agent=False):
    l4 = '%04d' % R.randint(1, 9999)
    v = ' '.join(dw(c, ctx) for c in l4) if not ctx.digits() else l4
    if R.random() < 0.4 and not ctx.digits():
        v = pw(l4[:2], ctx) + ' ' + pw(l4[2:], ctx)
    return [('A', [R.choice(['¿Me da los últimos cuatro de su seguro social?',
                             'Para verificar, los últimos cuatro dígitos del social.'] if not en_agent else
                            ['Last four of your social?'])]),
            ('C', T(R.choice(['{V}.', 'Son {V}.', 'Los últimos cuatro son {V}.']),
                    V=[S(v, 'IGNORE', 'ssn_last4', doc.ent())]))]


def make_plan(has_secret, card=False, ssn=False):
    if not has_secret:
        return dict(secret=False, last4=R.random() < 0.4, ssn_last4=R.random() < 0.3)
    p = dict(secret=True, card=card, ssn=ssn)
    if card:
        p.update(exp=R.random() < 0.9, cvv=R.random() < 0.75, over_turns=R.random() < 0.3,
                 correction=R.random() < 0.18, readback=R.random() < 0.12, last4=R.random() < 0.15,
                 card2=R.random() < 0.05, misread=R.random() < 0.04)
    if ssn:
        p.update(ssn_over_turns=R.random() < 0.3, ssn_correction=R.random() < 0.1,
                 ssn_readback=R.random() < 0.08)
    p['ssn_last4'] = (not ssn) and R.random() < 0.2
    return p


# ---------------------------------------------------------------- transcripts
LABELS = [('Agente', 'Cliente'), ('AGENTE', 'CLIENTE'), ('Speaker 0', 'Speaker 1'), ('spk_0', 'spk_1'),
          ('A', 'C'), ('Agent', 'Customer'), ('[ch_0]', '[ch_1]'), ('REP', 'CALLER'),
          ('Representante', 'Llamante'), ('Guest-1', 'Guest-2'), ('Operador', 'Usuario'),
          ('speaker_1', 'speaker_2'), ('AGT', 'CUST'), ('Asesor', 'Titular')]

GREET = ['Gracias por llamar a {co}, le atiende {ag}, ¿en qué le puedo ayudar?',
         '{co}, buenas tardes, mi nombre es {ag}. ¿Con quién tengo el gusto?',
         'Bienvenido a {co}. Esta llamada puede ser grabada para fines de calidad. Habla {ag}.',
         'Buenos días, {co}, departamento de pagos, habla {ag}.',
         'Hola, gracias por su paciencia, le habla {ag} de {co}.']
GREET_EN = ['Thank you for calling {co}, my name is {ag}, how can I help you?',
            '{co}, this is {ag}, para español oprima dos... okay, how can I help?',
            'Hi, thanks for calling {co}, this is {ag}. Do you prefer English or Spanish?']
OPEN_C = ['Hola, buenas. Mire, {r}.', 'Sí, buenas tardes, mi nombre es {n}, {r}.', 'Bueno, sí, {r}.',
          'Hola señorita, fíjese que {r}.', 'Buenos días, le llamo porque {r}.', 'Ay, hola, sí, {r}.']
OPEN_C_EN = ['Hi, yes, eh, I speak a little English, {r}.', 'Hello, sí, {r}, okay?',
             'Yes hi, mi nombre es {n}, I need help, {r}.']
CLOSE = [[('A', '¿Hay algo más en lo que le pueda ayudar?'), ('C', 'No, eso es todo, muchas gracias.'),
          ('A', 'Gracias a usted, que tenga buen día.')],
         [('C', 'Ok, muchas gracias, muy amable.'), ('A', 'Con gusto, hasta luego.')],
         [('A', 'Listo, quedó todo. Le va a llegar un correo de confirmación.'), ('C', 'Perfecto, gracias.')],
         [('C', 'Bueno, gracias mija.'), ('A', 'Para servirle, que Dios la bendiga.')],
         [('A', 'Le voy a transferir a una breve encuesta.'), ('C', 'Está bien, bye.')]]
CLOSE_EN = [[('A', 'Anything else I can help with?'), ('C', 'No, gracias, thank you.')],
            [('C', 'Okay thank you so much, bye.'), ('A', 'You are welcome, have a good day.')]]


def ts_fmt(sec, style):
    m, s = divmod(sec, 60)
    h, m = divmod(m, 60)
    if style == 0:
        return '[%02d:%02d:%02d]' % (h, m, s)
    if style == 1:
        return '%02d:%02d' % (m, s)
    if style == 2:
        return '(%d:%02d)' % (m, s)
    return '[%02d:%02d.%03d]' % (m, s, R.randint(0, 999))


def render_transcript(turns, doc, names):
    mode = R.choice(['labels', 'labels', 'labels', 'labels_ts', 'labels_ts', 'whisper', 'names', 'paragraph'])
    lab = R.choice(LABELS)
    if mode == 'names':
        lab = (names[0], names[1].split()[0])
    sep = R.choice([': ', ': ', ' ', ':  ']) if mode != 'names' else ': '
    if lab[0].startswith('['):
        sep = ' '
    parts = []
    t = R.randint(0, 20)
    tsst = R.randint(0, 3)
    nl = R.choice(['\n', '\n', '\n\n'])
    for k, (spk, ps) in enumerate(turns):
        if k:
            parts.append(' ' if mode == 'paragraph' else nl)
        if mode == 'labels_ts':
            parts.append(N(ts_fmt(t, tsst), 'neg_timestamp'))
            parts.append(' ')
        if mode == 'whisper':
            t2 = t + R.randint(2, 9)
            parts.append(N('[%02d:%02d.%03d --> %02d:%02d.%03d]' % (t // 60, t % 60, R.randint(0, 499),
                                                                   t2 // 60, t2 % 60, R.randint(500, 999)),
                           'neg_timestamp'))
            parts.append('  ')
            t = t2
        elif mode != 'paragraph':
            parts.append((lab[0] if spk == 'A' else lab[1]) + sep)
        t += R.randint(2, 14)
        parts.extend(ps)
    return parts, mode, lab


def transcript_doc(doc, plan, spanglish=False):
    ind = R.choice(list(INDUSTRIES))
    co = R.choice(INDUSTRIES[ind]['co'])
    ag = R.choice(AGENTS)
    cust = R.choice(FIRST) + ' ' + R.choice(LAST)
    if spanglish:
        ctx = Ctx(lang=R.choice(['en', 'es']), acc=False, punct=R.random() < 0.5,
                  itn=R.choice(['none', 'none', 'mixed', 'full']), zero_o=0.2, homo=0.2, doble=0.4)
        ctx.asr_en = True
    else:
        ctx = Ctx(lang='es', acc=R.random() < 0.7, punct=R.random() < 0.65,
                  itn=R.choices(['none', 'mixed', 'full'], [45, 30, 25])[0], zero_o=0.1,
                  homo=0.08 if R.random() < 0.3 else 0.0, doble=0.35)
    lower = R.random() < (0.55 if not ctx.punct else 0.3)
    noacc = (not ctx.acc) or R.random() < 0.2
    ack_pool = ACKS_EN + ACKS[:6] if spanglish else ACKS
    turns = []
    turns.append(('A', [R.choice(GREET_EN if spanglish else GREET).format(co=co, ag=ag)]))
    reason = R.choice(INDUSTRIES[ind]['reasons'])
    turns.append(('C', [R.choice(OPEN_C_EN if spanglish else OPEN_C).format(r=reason, n=cust)]))
    blocks = []
    pool = COMMON + IND_NEGS[ind] * 2
    nneg = R.randint(4, 8)
    negkeys = pick_negs(pool, nneg)
    verif = [('neg', k) for k in negkeys[:R.randint(1, 3)]]
    if plan.get('ssn'):
        verif.insert(R.randint(0, len(verif)), ('ssn', None))
    if plan.get('ssn_last4'):
        verif.append(('ssn4', None))
    blocks += verif
    rest = [('neg', k) for k in negkeys[len(verif):]]
    mid = R.randint(0, len(rest))
    blocks += rest[:mid]
    if plan.get('card'):
        blocks.append(('pay', None))
    elif plan.get('last4'):
        blocks.append(('last4only', None))
    blocks += rest[mid:]
    for b, k in blocks:
        if b == 'neg':
            nt = neg_turns(k, ctx)
            if spanglish and R.random() < 0.3:
                pass
            turns += nt
        elif b == 'ssn':
            turns += ssn_turns(doc, ctx, plan, ack_pool, en_agent=spanglish)
        elif b == 'ssn4':
            turns += ssn_last4_turns(doc, ctx, en_agent=spanglish)
        elif b == 'pay':
            turns += payment_turns(doc, ctx, plan, ack_pool, en_agent=spanglish)
        elif b == 'last4only':
            l4 = new_card()[1][-4:]
            v = ' '.join(dw(c, ctx) for c in l4) if not ctx.digits() else l4
            turns.append(('A', T(R.choice(['Veo la tarjeta que termina en {V}, ¿quiere usar esa?',
                                           'Tiene guardada una tarjeta terminación {V}.']),
                                 V=[S(v, 'IGNORE', 'last4', doc.ent())])))
            turns.append(('C', [R.choice(['Sí, esa misma.', 'No, esa ya se venció, mejor pago en la tienda.'])]))
    turns += R.choice(CLOSE_EN if spanglish else CLOSE)
    parts, mode, lab = render_transcript(turns, doc, (ag, cust))
    text, spans, negs = render_parts(parts, lower=lower, noacc=noacc, nopunct=not ctx.punct)
    meta = dict(industry=ind, layout=mode, labels=list(lab), lower=lower, no_accents=noacc,
                punct=ctx.punct, itn=ctx.itn, lang=('spanglish' if spanglish else 'es'))
    return text, spans, negs, meta


# ---------------------------------------------------------------- chats
def typo(s):
    reps = [('tarjeta', 'targeta'), ('número', 'numero'), ('código', 'codigo'), ('quiero', 'kiero'),
            ('está', 'esta'), ('aquí', 'aqui'), ('qué', 'que'), ('por favor', 'porfa'), ('también', tambien_t()),
            ('seguridad', 'seguridá'), ('gracias', 'grax'), ('siguiente', 'sigiente')]
    for a, b in reps:
        if a in s and R.random() < 0.5:
            s = s.replace(a, b)
    return s


def tambien_t():
    return 'tambien'


def chat_card(num):
    g = card_grouping(num)
    groups, i = [], 0
    for L in g:
        groups.append(num[i:i + L])
        i += L
    r = R.random()
    if r < 0.28:
        return ' '.join(groups), 'chat_spaces'
    if r < 0.5:
        return '-'.join(groups), 'chat_dashes'
    if r < 0.66:
        return num, 'chat_contiguous'
    if r < 0.73:
        return '.'.join(groups), 'chat_dots'
    if r < 0.84:
        k = R.randint(3, 7)
        m = R.randint(k + 3, len(num) - 3)
        return num[:k] + ' ' + num[k:m] + ' ' + num[m:], 'chat_irregular_grouping'
    if r < 0.92:
        return '\u00a0'.join(groups), 'chat_nbsp'
    return '\u2013'.join(groups), 'chat_en_dash'


def chat_exp(m, y):
    f = R.choice(['%02d/%02d', '%d/%02d', '%02d/%d', '%02d-%02d', '%02d%02d', 'MES %d', 'mes3 %02d', '%d/%d'])
    yy = y % 100
    if f == 'MES %d':
        return '%s %d' % (MESES[m], y), 'exp_month_name_digits'
    if f == 'mes3 %02d':
        return '%s %02d' % (MESES[m][:3], yy), 'exp_month_abbr'
    if f in ('%02d/%d', '%d/%d'):
        return f % (m, y), 'exp_digits_4y'
    return f % (m, yy), 'exp_digits'


def chat_ssn(ssn):
    f = R.choice(['-', ' ', '', '-', '.'])
    v = f.join([ssn[:3], ssn[3:5], ssn[5:]]) if f else ssn
    return v, {'-': 'ssn_dashes', ' ': 'ssn_spaces', '': 'ssn_contiguous', '.': 'ssn_dots'}[f]


CHAT_OPEN = ['hola buenas tardes, quiero pagar mi factura', 'hola necesito ayuda con un cargo que no reconozco',
             'buenas, no me deja pagar en la app', 'hola, quiero actualizar la tarjeta de mi pago automático',
             'buenos dias, me pueden ayudar a pagar lo que debo?', 'hola?? alguien me puede ayudar',
             'quiero hacer un pedido pero la pagina no acepta mi tarjeta', 'necesito reactivar mi servicio']
CHAT_AG_CARD = ['Con gusto le ayudo. ¿Me proporciona el número de la tarjeta?',
                'Claro, por favor escriba el número de la tarjeta con la que desea pagar.',
                'Perfecto. ¿Cuál es el número de tarjeta?', 'Para procesar el pago necesito los datos de la tarjeta.']
CHAT_CARD = ['mi tarjeta es {C}', 'es la {C}', '{C}', 'ok aqui esta el número {C}', 'tarjeta: {C}',
             'número de tarjeta {C}', 'visa {C}', 'a ver... {C}', 'es esta {C} gracias']
CHAT_COMBO = ['{C} exp {E} cvv {V}', '{C} vence {E} código {V}', 'tarjeta {C}\nvence {E}\ncvv {V}',
              'número {C}, fecha {E}, el de atras {V}', '{C}\n{E}\n{V}']
CHAT_EXP = ['vence {E}', 'exp {E}', '{E}', 'la fecha es {E}', 'fecha de vencimiento {E}', 'vence el {E}']
CHAT_CVV = ['cvv {V}', 'el código de atrás es {V}', '{V}', 'código de seguridad {V}', 'cvc: {V}',
            'los 3 numeritos son {V}']
CHAT_SSN = ['mi social es {S}', 'ssn {S}', 'seguro social: {S}', 'el número de seguro social es {S}',
            '{S} ese es mi social']


def chat_secret_msgs(doc, plan):
    msgs = []
    if plan.get('ssn'):
        ssn = new_ssn()
        msgs.append(('A', [R.choice(['Para verificar su identidad, ¿me indica su número de seguro social?',
                                     'Necesito validar su identidad con su SSN.'])]))
        if plan.get('ssn_over_turns'):
            e = doc.ent()
            msgs.append(('C', T('mi social es {S}', S=[S(ssn[:3] + '-' + ssn[3:5], 'SSN', 'ssn_dashes+over_turns', e)])))
            msgs.append(('C', [S(ssn[5:], 'SSN', 'ssn_dashes+over_turns', e)]))
        else:
            v, var = chat_ssn(ssn)
            msgs.append(('C', T(typo(R.choice(CHAT_SSN)), S=[S(v, 'SSN', var, doc.ent())])))
    if plan.get('ssn_last4'):
        l4 = '%04d' % R.randint(1, 9999)
        msgs.append(('A', ['¿Me confirma los últimos 4 de su seguro social?']))
        msgs.append(('C', [S(l4, 'IGNORE', 'ssn_last4', doc.ent())]))
    if plan.get('card'):
        brand, num = new_card(plan.get('brand'))
        msgs.append(('A', [R.choice(CHAT_AG_CARD)]))
        cv, cvar = chat_card(num)
        m, y = exp_value()
        ev, evar = chat_exp(m, y)
        cvv = new_cvv(brand)
        if plan.get('exp') and plan.get('cvv') and R.random() < 0.35:
            tpl = typo(R.choice(CHAT_COMBO))
            msgs.append(('C', T(tpl, C=[S(cv, 'CARD', cvar, doc.ent(), brand)], E=[S(ev, 'EXPIRY', evar, doc.ent())],
                                V=[S(cvv, 'CVV', 'cvv_digits', doc.ent())])))
        else:
            if plan.get('over_turns'):
                e = doc.ent()
                k = R.choice([4, 8, 10] if len(num) == 15 else [4, 8, 12])
                a, b = num[:k], num[k:]
                sp = lambda x: ' '.join(x[i:i + 4] for i in range(0, len(x), 4))
                msgs.append(('C', T(typo(R.choice(['mi tarjeta es {C}', '{C}', 'es la {C}'])), C=[S(sp(a), 'CARD', 'chat_spaces+over_turns', e, brand)])))
                if R.random() < 0.5:
                    msgs.append(('A', [R.choice(['ok', 'sí, continúe', 'Le escucho, continúe por favor.'])]))
                msgs.append(('C', [S(sp(b), 'CARD', 'chat_spaces+over_turns', e, brand)]))
            else:
                msgs.append(('C', T(typo(R.choice(CHAT_CARD)), C=[S(cv, 'CARD', cvar, doc.ent(), brand)])))
            if plan.get('exp'):
                msgs.append(('A', [R.choice(['¿Fecha de vencimiento?', 'Gracias. ¿Y la fecha de vencimiento (MM/AA)?'])]))
                msgs.append(('C', T(typo(R.choice(CHAT_EXP)), E=[S(ev, 'EXPIRY', evar, doc.ent())])))
            if plan.get('cvv'):
                msgs.append(('A', [R.choice(['¿Código de seguridad?', 'Por último el CVV de 3 dígitos.'
                                             if brand != 'amex' else 'Por último el código de 4 dígitos.'])]))
                if R.random() < 0.15:
                    cctx = Ctx(acc=False)
                    v = ' '.join(dw(c, cctx) for c in cvv)
                    var = 'cvv_words_digit_by_digit'
                else:
                    v, var = cvv, 'cvv_digits'
                msgs.append(('C', T(typo(R.choice(CHAT_CVV)), V=[S(v, 'CVV', var, doc.ent())])))
        if plan.get('last4') or R.random() < 0.3:
            msgs.append(('A', T(R.choice(['Listo, el pago con la tarjeta terminada en {L} fue aprobado.',
                                          'Su tarjeta ****{L} quedó registrada.',
                                          'Pago aplicado a la tarjeta XXXX-XXXX-XXXX-{L}.']),
                                L=[S(num[-4:], 'IGNORE', 'last4', doc.ent())])))
    elif plan.get('last4'):
        l4 = new_card()[1][-4:]
        msgs.append(('A', T('Veo registrada la tarjeta {L}. ¿Desea usarla?',
                            L=[S('************' + l4, 'IGNORE', 'masked_card', doc.ent())])))
        msgs.append(('C', ['si esa']))
    return msgs


def chat_doc(doc, plan):
    ind = R.choice(list(INDUSTRIES))
    co = R.choice(INDUSTRIES[ind]['co'])
    ag = R.choice(AGENTS)
    cust = R.choice(FIRST) + ' ' + R.choice(LAST)
    ctx = Ctx(lang='es', acc=R.random() < 0.5, itn=R.choice(['full', 'full', 'mixed']))
    msgs = [('A', [R.choice(['¡Hola! Soy %s de %s. ¿En qué le puedo ayudar hoy?' % (ag, co),
                             'Bienvenido al chat de %s. Un agente le atenderá en breve.' % co,
                             'Hola %s, gracias por contactar a %s.' % (cust.split()[0], co)])])]
    msgs.append(('C', [typo(R.choice(CHAT_OPEN))]))
    pool = COMMON + IND_NEGS[ind] * 2
    negs = [neg_turns(k, ctx) for k in pick_negs(pool, R.randint(4, 7))]
    cut = R.randint(1, len(negs) - 1)
    for nt in negs[:cut]:
        msgs += nt
    msgs += chat_secret_msgs(doc, plan)
    for nt in negs[cut:]:
        msgs += nt
    msgs.append(('C', [R.choice(['gracias', 'ok gracias!!', 'muchas gracias por su ayuda', 'bye'])]))
    layout = R.choice(['plain', 'time', 'angle', 'named', 'system'])
    parts = []
    h, mi = R.randint(8, 20), R.randint(0, 59)
    for k, (spk, ps) in enumerate(msgs):
        if k:
            parts.append('\n')
        mi += R.randint(0, 3)
        if mi > 59:
            h, mi = h + 1, mi - 60
        if layout == 'plain':
            parts.append('Agente: ' if spk == 'A' else 'Cliente: ')
        elif layout == 'time':
            parts.append('[')
            parts.append(N('%d:%02d %s' % ((h - 1) % 12 + 1, mi, 'PM' if h >= 12 else 'AM'), 'neg_timestamp'))
            parts.append('] ' + ('%s (Soporte): ' % ag if spk == 'A' else 'Tú: '))
        elif layout == 'angle':
            parts.append('<%s> ' % (ag if spk == 'A' else 'Visitante'))
        elif layout == 'named':
            parts.append('%s: ' % (ag if spk == 'A' else cust))
        else:
            if k == 1:
                parts.append('*** %s se unió a la conversación ***\n' % ag)
            parts.append('%s\n' % ('Agente' if spk == 'A' else cust.split()[0]))
        for p in ps:
            if isinstance(p, str) and spk == 'C':
                p = p.lower() if R.random() < 0.5 else p
            parts.append(p)
    noacc = R.random() < 0.4
    text, spans, negs_ = render_parts(parts, noacc=noacc)
    return text, spans, negs_, dict(industry=ind, layout='chat_' + layout, no_accents=noacc)


def whatsapp_doc(doc, plan):
    ind = R.choice(list(INDUSTRIES))
    co = R.choice(INDUSTRIES[ind]['co'])
    cust = R.choice(FIRST) + ' ' + R.choice(LAST)
    ctx = Ctx(lang='es', acc=False, itn='full')
    msgs = [('C', [typo(R.choice(CHAT_OPEN))]), ('A', ['Hola %s 👋, con gusto le ayudamos.' % cust.split()[0]])]
    pool = COMMON + IND_NEGS[ind] * 2
    negs = [neg_turns(k, ctx) for k in pick_negs(pool, R.randint(3, 6))]
    cut = R.randint(1, len(negs))
    for nt in negs[:cut]:
        msgs += nt
    if R.random() < 0.3:
        msgs.append(('C', ['<Multimedia omitido>']))
    msgs += chat_secret_msgs(doc, plan)
    for nt in negs[cut:]:
        msgs += nt
    msgs.append(('A', [R.choice(['¡Gracias por escribirnos!', 'Quedamos atentos 🙂', 'Que tenga excelente día.'])]))
    style = R.choice(['ios', 'android'])
    d, mo, yr = R.randint(1, 28), R.randint(1, 12), R.choice([25, 26])
    h, mi, sec = R.randint(7, 21), R.randint(0, 50), R.randint(0, 59)
    parts = []
    for k, (spk, ps) in enumerate(msgs):
        if k:
            parts.append('\n')
        mi += R.randint(0, 4)
        if mi > 59:
            h, mi = h + 1, mi - 60
        name = co if spk == 'A' else cust
        if style == 'ios':
            parts.append('[')
            parts.append(N('%d/%d/%02d, %02d:%02d:%02d' % (d, mo, yr, h, mi, sec), 'neg_timestamp'))
            parts.append('] %s: ' % name)
        else:
            hh = (h - 1) % 12 + 1
            parts.append(N('%d/%d/%02d %d:%02d %s' % (d, mo, yr, hh, mi, 'p. m.' if h >= 12 else 'a. m.'), 'neg_timestamp'))
            parts.append(' - %s: ' % name)
        for p in ps:
            parts.append(p.lower() if isinstance(p, str) and spk == 'C' and R.random() < 0.6 else p)
    text, spans, negs_ = render_parts(parts, noacc=R.random() < 0.5)
    return text, spans, negs_, dict(industry=ind, layout='whatsapp_' + style)


# ---------------------------------------------------------------- agent notes (English, Spanish quotes)
NOTE_NEG_EN = {
    'neg_phone': ['Callback # {V}.', 'Best contact number {V}.', 'Cx updated cell to {V}.'],
    'neg_amount': ['Payment amt {V}.', 'Balance due {V}.', 'Cx disputes charge of {V}.'],
    'neg_date': ['Next due date {V}.', 'Charge posted {V}.', 'Tech visit sched for {V}.'],
    'neg_dob': ['Verified DOB {V}.', 'DOB on file {V}, matches.'],
    'neg_time': ['Cx asked for callback at {V}.', 'Cx says she called yesterday around {V}.'],
    'neg_account': ['Acct {V}.', 'Account # {V} verified.'],
    'neg_order': ['Order {V}.', 'Re: order {V}, not delivered.'],
    'neg_tracking': ['Tracking {V}.', 'UPS/USPS tracking {V} shows no movement.'],
    'neg_confirmation': ['Conf# {V}.', 'Confirmation {V} given to cx.'],
    'neg_zip': ['Billing ZIP {V}.', 'ZIP {V} verified.'],
    'neg_address': ['New address {V}.', 'Service addr {V}.'],
    'neg_age': ['Caller is daughter of acct holder (mother is {V}).', 'Cx is {V}, needed extra help.'],
    'neg_quantity': ['Cx has called {Q} about this.', 'Cx says issue going on for {Q}.'],
    'neg_policy': ['Policy {V}.', 'Pol# {V}, auto.'],
    'neg_member_id': ['Member ID {V}.', 'Patient ID {V}.'],
    'neg_case': ['Case {V} opened.', 'Ref ticket {V}.'],
    'neg_routing': ['Routing {V} for ACH.', 'ABA {V}.'],
    'neg_flight': ['Flight {V} changed.', 'Rebooked on flight {V}.'],
    'neg_meter': ['Meter {V}.'],
    'neg_itin': ['Cx has ITIN {V} (no SSN).'],
    'neg_extension': ['Transferred to ext {V}.'],
}
NOTE_REASON = {'bank': ['to pay her card balance', 'about a blocked debit card', 'to make a car loan payment'],
               'issuer': ['about a charge she does not recognize', 'to report a lost card', 'about a fraud alert'],
               'telco': ['to add a line', 'to pay the phone bill', 'about a double charge'],
               'utility': ['to pay the bill before disconnection', 'about a high bill', 'to set up a payment plan'],
               'insurance': ['to pay auto policy premium', 'about a claim', 'to update autopay card'],
               'retail': ['about a missing order', 'to place a phone order', 'to return a blender'],
               'airline': ['to book a flight for his mother', 'to change a flight date', 'to pay for an extra bag'],
               'health': ['about a hospital bill', 'to pay a copay', 'about the deductible']}
NOTE_QTY = ['3 times', 'twice', 'several times', '2 weeks', '5-7 business days', '48 hrs', 'a month']


def note_doc(doc, plan):
    ind = R.choice(list(INDUSTRIES))
    co = R.choice(INDUSTRIES[ind]['co'])
    ag = R.choice(AGENTS)
    cust = R.choice(FIRST) + ' ' + R.choice(LAST)
    ctx = Ctx(lang='es', acc=R.random() < 0.5, itn=R.choice(['full', 'full', 'none']))
    dctx = Ctx(lang='es', itn='full')
    sents = []
    rs = R.choice(NOTE_REASON[ind])
    sents.append([R.choice(['Spanish-speaking cx %s called %s.' % (cust, rs),
                            'SPANISH LINE. Cx %s called %s.' % (cust, rs),
                            'Cx (Spanish only) %s called in %s.' % (cust, rs),
                            'Spoke w/ %s in Spanish, call was %s.' % (cust, rs)])])
    pool = COMMON + IND_NEGS[ind] * 2
    for key in pick_negs(pool, R.randint(4, 8)):
        tpl, negpart = NEGS[key](dctx)
        kind = negpart[1]['neg']
        if R.random() < 0.25:
            # Spanish quote of a customer line
            tpl2, negpart2 = NEGS[key](ctx)
            cl = [s for spk, s in tpl2 if '{V}' in s]
            if cl:
                sents.append(T('Cx said "' + cl[0] + '"', V=[negpart2], G='12'))
                continue
        tpl = R.choice(NOTE_NEG_EN[kind])
        if kind == 'neg_quantity':
            negpart = N(R.choice(NOTE_QTY), kind)
            tpl = tpl.replace('{Q}', '{V}')
        if kind == 'neg_age':
            negpart = N('%d y/o' % R.randint(60, 94), kind)
        if negpart[0].endswith('.') and tpl.endswith('{V}.'):
            tpl = tpl[:-1]
        sents.append(T(tpl, V=[negpart]))
    sec = []
    if plan.get('ssn'):
        ssn = new_ssn()
        if R.random() < 0.3:
            style = R.choice(['digits', 'pairs', 'mixed'])
            fr, tags = speak_number(ssn, [3, 2, 4], style, Ctx(lang='es', acc=ctx.acc))
            sec.append(T('Cx gave SSN as "{S}".', S=[S(fr[0], 'SSN', 'note_quote+' + vname(tags), doc.ent())]))
        else:
            v, var = chat_ssn(ssn)
            sec.append(T(R.choice(['Verified SSN {S}.', 'SS# {S} verified.', 'soc sec {S}.', 'Cx verified w/ social {S}.']),
                         S=[S(v, 'SSN', var, doc.ent())]))
    if plan.get('ssn_last4'):
        sec.append(T('Verified last 4 SSN {L}.', L=[S('%04d' % R.randint(1, 9999), 'IGNORE', 'ssn_last4', doc.ent())]))
    if plan.get('card'):
        brand, num = new_card(plan.get('brand'))
        bname = {'visa': 'Visa', 'mastercard': 'MC', 'amex': 'Amex', 'discover': 'Discover'}[brand]
        m, y = exp_value()
        cvv = new_cvv(brand)
        if R.random() < 0.3:
            style = R.choice(['digits', 'pairs', 'mixed'])
            fr, tags = speak_number(num, card_grouping(num), style, Ctx(lang='es', acc=ctx.acc))
            c = [S(fr[0], 'CARD', 'note_quote+' + vname(tags), doc.ent(), brand)]
            sec.append(T('Cx read card: "{C}".', C=c))
        else:
            cv, cvar = chat_card(num)
            c = [S(cv, 'CARD', cvar.replace('chat_', 'note_'), doc.ent(), brand)]
            sec.append(T(R.choice(['Cx provided %s {C}.' % bname, 'New card on file: {C}.',
                                   'Took pmt w/ %s {C}.' % bname, 'Card # {C}.']), C=c))
        if plan.get('exp'):
            if R.random() < 0.3:
                v, var = speak_exp(m, y, Ctx(lang='es', acc=ctx.acc, itn='none'))
                sec.append(T('Exp per cx "{E}".', E=[S(v, 'EXPIRY', var + '+note_quote', doc.ent())]))
            else:
                v, var = chat_exp(m, y)
                sec.append(T(R.choice(['Exp {E}.', 'exp date {E}.', 'Expires {E}.']), E=[S(v, 'EXPIRY', var, doc.ent())]))
        if plan.get('cvv'):
            if R.random() < 0.25:
                v, var = speak_cvv(cvv, Ctx(lang='es', acc=ctx.acc))
                sec.append(T('Cx said "el código de atrás es {V}".', V=[S(v, 'CVV', var + '+note_quote', doc.ent())]))
            else:
                sec.append(T(R.choice(['CVV {V}.', 'cvv: {V}.', 'Sec code {V}.', 'CVC {V}.']), V=[S(cvv, 'CVV', 'cvv_digits', doc.ent())]))
        if plan.get('last4'):
            sec.append(T('Confirmed card ending {L}.', L=[S(num[-4:], 'IGNORE', 'last4', doc.ent())]))
    elif plan.get('last4'):
        l4 = new_card()[1][-4:]
        if R.random() < 0.5:
            sec.append(T('Card on file {L}.', L=[S('XXXX XXXX XXXX ' + l4, 'IGNORE', 'masked_card', doc.ent())]))
        else:
            v = ' '.join(DIG_ES[int(c)] for c in l4)
            sec.append(T('Cx said "la tarjeta termina en {L}".', L=[S(v, 'IGNORE', 'last4', doc.ent())]))
    pos = R.randint(1, len(sents))
    sents = sents[:pos] + sec + sents[pos:]
    sents.append([R.choice(['Cx satisfied.', 'Call ended, no further action.', 'Advised cx of 3-5 business days.',
                            'Pmt posted. Disposition: RESOLVED.', 'Escalated to Tier 2.'])])
    layout = R.choice(['oneline', 'lines', 'header', 'bullets'])
    parts = []
    if layout == 'header':
        parts.append('NOTE | Agent: %s | Lang: ES | Queue: %s\n' % (ag, ind.upper()))
    joiner = {'oneline': ' ', 'lines': '\n', 'header': '\n', 'bullets': '\n- '}[layout]
    if layout == 'bullets':
        parts.append('- ')
    for k, s in enumerate(sents):
        if k:
            parts.append(joiner)
        parts.extend(s)
    text, spans, negs_ = render_parts(parts)
    return text, spans, negs_, dict(industry=ind, layout='note_' + layout)


# ---------------------------------------------------------------- emails
def email_doc(doc, plan):
    ind = R.choice(list(INDUSTRIES))
    co = R.choice(INDUSTRIES[ind]['co'])
    cust = R.choice(FIRST) + ' ' + R.choice(LAST)
    ctx = Ctx(lang='es', itn='full', acc=R.random() < 0.6)
    parts = ['Asunto: %s\n\n' % R.choice(['Pago de mi cuenta', 'Cargo no reconocido', 'Actualizar tarjeta',
                                          'URGENTE - servicio cortado', 'Re: su solicitud']),
             R.choice(['Estimados señores de %s:\n\n' % co, 'Buenas tardes,\n\n', 'Hola:\n\n'])]
    parts.append(R.choice(INDUSTRIES[ind]['reasons']).capitalize() + '. ')
    pool = COMMON + IND_NEGS[ind] * 2
    body = []
    for key in pick_negs(pool, R.randint(3, 6)):
        tpl, negpart = NEGS[key](ctx)
        cl = [s for spk, s in tpl if '{V}' in s]
        body.append(T(cl[0] + ' ', V=[negpart], G='7'))
    sec = []
    if plan.get('card'):
        brand, num = new_card(plan.get('brand'))
        if R.random() < 0.35:
            g = card_grouping(num)
            k = g[0] + g[1] if len(g) == 4 else g[0]
            a = fmt_card(num)
            cut = a.index(' ', len(num[:k]) + 0)  # break after second group
            v = a[:cut] + '\n' + a[cut + 1:]
            var = 'email_line_break'
            sec.append(T('Mi tarjeta es la {C}', C=[S(v, 'CARD', var, doc.ent(), brand)]))
        else:
            cv, cvar = chat_card(num)
            sec.append(T(R.choice(['Les paso los datos de mi tarjeta: {C}', 'El número de la tarjeta es {C}']),
                         C=[S(cv, 'CARD', cvar.replace('chat_', 'email_'), doc.ent(), brand)]))
        if plan.get('exp'):
            m, y = exp_value()
            v, var = chat_exp(m, y)
            sec.append(T(', con vencimiento {E}', E=[S(v, 'EXPIRY', var, doc.ent())]))
        if plan.get('cvv'):
            sec.append(T(R.choice([' y el código de seguridad {V}', ' (CVV {V})']),
                         V=[S(new_cvv(brand), 'CVV', 'cvv_digits', doc.ent())]))
        sec.append(['. '])
    if plan.get('ssn'):
        v, var = chat_ssn(new_ssn())
        sec.append(T('Mi número de seguro social es {S}. ', S=[S(v, 'SSN', var, doc.ent())]))
    if plan.get('last4') and not plan.get('card'):
        sec.append(T('Ya tengo registrada la tarjeta que termina en {L}. ',
                     L=[S(new_card()[1][-4:], 'IGNORE', 'last4', doc.ent())]))
    pos = R.randint(0, len(body))
    for b in body[:pos] + sec + body[pos:]:
        parts.extend(b)
    parts.append('\n\nAtentamente,\n%s\n' % cust)
    tpl, negpart = n_phone(ctx)
    parts.extend(['Tel. ', negpart, '\n'])
    if R.random() < 0.5:
        tpl, negpart = n_case(ctx)
        parts.extend(['\n> El %s, %s escribió:\n> Gracias por contactarnos. Su número de caso es ' % (
            R.choice(['lun', 'mar', 'jue']), co), negpart, '.\n> No envíe datos de su tarjeta por correo.\n'])
    text, spans, negs_ = render_parts(parts)
    return text, spans, negs_, dict(industry=ind, layout='email')


# ---------------------------------------------------------------- main
def main():
    kinds = (['transcript'] * 60 + ['transcript_spanglish'] * 14 + ['chat'] * 16 + ['whatsapp'] * 10 +
             ['agent_note'] * 14 + ['email'] * 6)
    no_secret = {'transcript': 6, 'transcript_spanglish': 2, 'chat': 3, 'whatsapp': 1, 'agent_note': 1, 'email': 1}
    R.shuffle(kinds)
    n_secret = len(kinds) - sum(no_secret.values())
    # quotas: 84 documents with a card; 40 with an SSN (all 22 card-less ones + 18 card ones)
    flags = [(True, True)] * 18 + [(True, False)] * 66 + [(False, True)] * (n_secret - 84)
    R.shuffle(flags)
    seen = {}
    out = []
    for i, k in enumerate(kinds):
        seen[k] = seen.get(k, 0) + 1
        has_secret = seen[k] > no_secret[k]
        plan = make_plan(has_secret, *(flags.pop() if has_secret else (False, False)))
        doc = Doc('es-%04d' % (i + 1), k)
        if k == 'transcript':
            text, spans, negs, meta = transcript_doc(doc, plan)
            dkind = 'transcript'
        elif k == 'transcript_spanglish':
            text, spans, negs, meta = transcript_doc(doc, plan, spanglish=True)
            dkind = 'transcript'
        elif k in ('chat', 'whatsapp'):
            text, spans, negs, meta = (chat_doc if k == 'chat' else whatsapp_doc)(doc, plan)
            dkind = 'chat'
        elif k == 'agent_note':
            text, spans, negs, meta = note_doc(doc, plan)
            dkind = 'agent_note'
        else:
            text, spans, negs, meta = email_doc(doc, plan)
            dkind = 'email'
        # renumber entities in order of first appearance
        remap = {}
        for s in spans:
            if s['entity'] not in remap:
                remap[s['entity']] = len(remap)
            s['entity'] = remap[s['entity']]
        meta['source'] = k
        out.append(({'id': doc.id, 'kind': dkind, 'text': text, 'spans': spans, 'negatives': negs},
                    dict(id=doc.id, **meta)))
    with open(os.path.join(HERE, '..', 'sets', 'world-spanish.jsonl'), 'w', encoding='utf-8') as f:
        for d, _ in out:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    # generation metadata (layout, recogniser style, industry) kept out of the scored file
    with open(os.path.join(HERE, 'world-spanish.meta.jsonl'), 'w', encoding='utf-8') as f:
        for _, m in out:
            f.write(json.dumps(m, ensure_ascii=False) + '\n')
    print('wrote', len(out), 'documents')


if __name__ == '__main__':
    main()
