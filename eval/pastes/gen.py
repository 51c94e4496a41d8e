#!/usr/bin/env python3
"""Generator: pasted screen/system text in contact-centre tickets (seeded, stdlib only)."""
import json, random, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import *

def CS(t, v, b, e=None): return S(t, 'CARD', v, e, b)
def SS(t, v, e=None): return S(t, 'SSN', v, e)
def XS(t, v, e=None): return S(t, 'EXPIRY', v, e)
def VS(t, v, e=None): return S(t, 'CVV', v, e)
def IG(t, v, e=None): return S(t, 'IGNORE', v, e)

def SEPV(sep):
    return {' ': 'card_spaces', '-': 'card_dashes', '.': 'card_dots', '': 'card_contiguous', ' - ': 'card_mixed_sep'}[sep]

def CARDF(r, pan, b, seps=(' ', '-', '.', '')):
    sep = r.choice(seps)
    return CS(fmt(pan, sep), SEPV(sep), b)

def masked_card(r, pan):
    """Parts for d(): masked card; a span covers the value from first to last digit/mask char that is alnum."""
    st = r.choice(['first6last4', 'stars4', 'x4', 'dots4', 'first4x'])
    if st == 'first6last4': return [IG(pan[:6] + r.choice(['*', 'X', 'x']) * (len(pan) - 10) + pan[-4:], 'ign_card_masked')]
    if st == 'first4x': return [IG(pan[:4] + ' XXXX XXXX ' + pan[-4:], 'ign_card_masked')]
    if st == 'stars4': return ['**** **** **** ', IG(pan[-4:], 'ign_card_last4')]
    if st == 'x4': return [IG('XXXX-XXXX-XXXX-' + pan[-4:], 'ign_card_masked')]
    return ['•••• ', IG(pan[-4:], 'ign_card_last4')]

def exp_text(r, mm, yy, style=None):
    style = style or r.choice(['mm/yy', 'mm/yyyy', 'mmyy', 'yyyy-mm'])
    if style == 'mm/yy': return '%02d/%02d' % (mm, yy % 100), 'expiry_mm_yy'
    if style == 'mm/yyyy': return '%02d/%d' % (mm, yy), 'expiry_mm_yyyy'
    if style == 'mmyy': return '%02d%02d' % (mm, yy % 100), 'expiry_mmyy'
    if style == 'm/yy': return '%d/%02d' % (mm, yy % 100), 'expiry_mm_yy'
    if style == 'mm-yy': return '%02d-%02d' % (mm, yy % 100), 'expiry_mm_yy'
    return '%d-%02d' % (yy, mm), 'expiry_yyyy_mm'

def opener(r, what):
    a = r.choice(AGENTS)
    return r.choice([
        'Agent note (%s): customer pasted %s below.\n' % (a, what),
        'Pasting %s for tier 2, pls review.\n' % what,
        '%s: copying %s here so we have it on the ticket\n' % (a, what),
        'FYI - %s from the customer, verbatim:\n' % what,
        'Escalation from %s. Attached %s:\n' % (a, what),
        'Internal note: %s (copied)\n' % what,
        'Customer sent %s via chat, pasted as-is:\n\n' % what,
        '',
    ])

TEST_PANS = {'visa16': ['4111111111111111', '4242424242424242', '4012888888881881'], 'mastercard': ['5555555555554444', '5105105105105100'], 'amex': ['378282246310005', '371449635398431'], 'discover': ['6011111111111117'], 'jcb': ['3530111333300000'], 'diners': ['30569309025904']}
BRAND_W = [('visa16', 4), ('mastercard', 3), ('mastercard2', 2), ('amex', 3), ('discover', 2), ('visa13', 2), ('visa19', 2), ('jcb', 2), ('diners', 2), ('diners16', 1), ('unionpay', 2), ('maestro', 2)]
_DECK = []
def NEWCARD(r, brand=None):
    if brand is None:
        if not _DECK:
            _DECK.extend(b for b, w in BRAND_W for _ in range(w)); r.shuffle(_DECK)
        brand = _DECK.pop()
    if brand in TEST_PANS and r.random() < 0.12:
        return r.choice(TEST_PANS[brand]), brand
    return make_card(r, brand)

# ---------------------------------------------------------------- URL templates
def t_paylink(d, r, sec):
    host = r.choice(HOSTS); order = digits(r, r.choice([7, 8, 10]))
    d(opener(r, 'the payment link they were sent'))
    d('https://', host, '/', r.choice(['checkout', 'pay', 'v2/payments/hosted', 'billing/pay-now']), '?order_id=', N(order, 'neg_order'))
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    if sec:
        key = r.choice(['pan', 'cc', 'card_number', 'cardNo', 'ccnum'])
        st = r.choice(['contig', 'plus', 'pct20', 'pct2d'])
        if st == 'contig': t, v = pan, 'card_contiguous'
        elif st == 'plus': t, v = fmt(pan, '+'), 'card_url_plus'
        elif st == 'pct20': t, v = fmt(pan, '%20'), 'card_url_pct_encoded'
        else: t, v = fmt(pan, '%2D'), 'card_url_pct_encoded'
        d('&amt=', N(cents(r), 'neg_amount'), '&', key, '=', CS(t, v, b))
        if r.random() < 0.8:
            et = r.choice(['%02d%%2F%02d' % (mm, yy % 100), '%02d%%2F%d' % (mm, yy), '%02d%02d' % (mm, yy % 100)])
            d('&', r.choice(['exp', 'expiry', 'ccexp']), '=', XS(et, 'expiry_url_encoded' if '%' in et else 'expiry_mmyy'))
        else:
            d('&exp_month=', XS('%02d' % mm, 'expiry_split_fields', 'X'), '&exp_year=', XS(str(yy), 'expiry_split_fields', 'X'))
        if r.random() < 0.7:
            d('&', r.choice(['cvv', 'cvc', 'cvv2', 'csc']), '=', VS(make_cvv(r, b), 'cvv_url'))
    else:
        d('&amt=', N(cents(r), 'neg_amount'), '&last4=', IG(pan[-4:], 'ign_card_last4'), '&brand=', b.rstrip('0123456789'))
    d('&session=', N(hexs(r, 24), 'neg_session_id'), '&ts=', N(epoch_ms(r), 'neg_timestamp'), r.choice(['#pay', '#/step/2', '', '#confirm']), '\n')
    d(r.choice(['\nThey say the page shows "Something went wrong" (code ', '\nPage errors with code (']), N(str(r.choice([500, 502, 422, 409])), 'neg_http_status'), '). Link expires after ', N(str(r.choice([15, 30, 60])), 'neg_duration'), ' min.\n')
    if sec: d(r.choice(['Please scrub the link above, it has the full card in it.', 'Reminder: do not forward this link.', 'Told cust not to share links like this again.']))
    d.kind = 'ticket'

def t_redirect(d, r, sec):
    host = r.choice(HOSTS); pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d('Customer got stuck after 3DS. Copied the URL from their address bar:\n\n')
    d('https://acs.', r.choice(['secure3d-bank.com', 'cardinal-auth.net', 'verify.issuer-acs.com']), '/challenge?txid=', N(uuid(r), 'neg_uuid'), '&returnUrl=https%3A%2F%2F', host, '%2Fcomplete%3Fref%3D', N(nonluhn(r, 12), 'neg_ref'))
    if sec:
        d('%26cardNumber%3D', CS(pan, 'card_url_double_encoded', b), '%26expDate%3D')
        d(XS('%02d%%252F%02d' % (mm, yy % 100), 'expiry_url_encoded'))
    else:
        d('%26maskedPan%3D', IG(pan[:6] + 'XXXXXX' + pan[-4:], 'ign_card_masked'))
    d('%26lang%3Den-US&v=', N(r.choice(['2.2.0', '2.1.0', '1.0.2']), 'neg_version'), '\n\nACS said: "Transaction status N, reason ', N(str(r.randint(1, 30)).zfill(2), 'neg_reason_code'), '". Amount ', N('$' + amount(r), 'neg_amount'), ' on order ', N(digits(r, 9), 'neg_order'), '.\n')
    d.kind = 'ticket'

def t_ssn_url(d, r, sec):
    s = make_ssn(r); host = r.choice(['portal.junihealth.org', 'my.cobalt-ins.com', 'apply.arcadiabank.com'])
    d(r.choice(['Applicant says the verify page loops. URL they pasted: ', 'Link from the cust (pre-fill broken):\n', 'Screenshot text / link:\n']))
    d('https://', host, '/', r.choice(['identity/verify', 'apply/step3', 'member/lookup']), '?member=', N(digits(r, 9, '7'), 'neg_member_id'))
    if sec:
        st = 'pct' if d.use == 0 else r.choice(['dash', 'plain'])
        t = {'dash': ssn_dash(s), 'pct': s[:3] + '%2D' + s[3:5] + '%2D' + s[5:], 'plain': s}[st]
        d('&', r.choice(['ssn', 'SSN', 'tin', 'soc_sec']), '=', SS(t, {'dash': 'ssn_dashes', 'pct': 'ssn_url_encoded', 'plain': 'ssn_unformatted_context'}[st]))
    else:
        d('&ssn_last4=', IG(s[-4:], 'ign_ssn_last4'))
    d('&dob=', N('19%02d-%02d-%02d' % (r.randint(40, 99), r.randint(1, 12), r.randint(1, 28)), 'neg_date'), '&zip=', N(zip4(r), 'neg_zip'), '&step=', N(str(r.randint(2, 5)), 'neg_step'), '\n')
    d('Browser: Chrome ', N('%d.0.%d.%d' % (r.randint(120, 131), r.randint(6000, 6800), r.randint(10, 200)), 'neg_version'), ', case ', N('CS-' + digits(r, 8), 'neg_case'), '.')
    if sec and r.random() < 0.5:
        d(' Agent retyped the SSN in the form as ', SS(s[:3] + ' ' + s[3:5] + ' ' + s[5:], 'ssn_spaces'), ' and it went through.')
    d.kind = r.choice(['ticket', 'note'])

def t_safe_urls(d, r, sec):
    # look-alike URLs: long numeric ids, some Luhn-valid by chance with non-card prefix
    d(r.choice(['Links for the supervisor:\n', 'Relevant pages:\n', 'Copied from the CRM sidebar:\n']))
    host = r.choice(HOSTS)
    d('- order: https://', host, '/orders/', N(nonluhn(r, 16, '4'), 'neg_order_luhn_invalid'), '/items?page=', N(str(r.randint(2, 9)), 'neg_page'), '\n')
    d('- session replay: https://replay.', host.split('.', 1)[1], '/s/', IG(luhn_noncard(r, 16), 'ign_luhn_noncard_id'), '?t=', N(epoch_ms(r), 'neg_timestamp'), '\n')
    d('- invoice PDF: https://', host, '/invoices/INV-', N(digits(r, 10), 'neg_invoice'), '.pdf\n')
    d('- ticket: https://support.', host.split('.', 1)[1], '/agent/tickets/', N(digits(r, 7), 'neg_ticket'), '#comment-', N(digits(r, 12), 'neg_comment_id'), '\n')
    d('- api: http://', N(ip(r), 'neg_ip'), ':', N(str(r.choice([8080, 8443, 9000, 3000, 5601])), 'neg_port'), '/v', N(str(r.randint(1, 4)), 'neg_version'), '/accounts/', N(nonluhn(r, 18, '5'), 'neg_account'), '\n')
    if sec:
        pan, b = NEWCARD(r)
        d('\nAlso cust typed this into the coupon field by mistake (!): ', CS(fmt(pan, ' '), 'card_spaces', b), '\n')
    else:
        d('\nNone of these contain card data, safe to share with vendor. Cust card on file ends ', IG(luhn_complete(r, '4', 16)[-4:], 'ign_card_last4'), '.\n')
    d.kind = 'note'

def t_fragment(d, r, sec):
    host = r.choice(HOSTS); pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d('Dev ask: the SPA is putting form state in the hash. Example from a customer session:\n')
    d('https://', host, '/app/', r.choice(['#/wallet/add', '#!/payment', '#/billing/update']), '?state=')
    if sec:
        d('card%3A', CS(pan, 'card_contiguous', b), '%7Cexp%3A', XS('%02d%d' % (mm, yy % 100), 'expiry_mmyy'))
        if r.random() < 0.6: d('%7Ccvc%3A', VS(make_cvv(r, b), 'cvv_url'))
    else:
        d('token%3Atok_', N(alnum(r, 14, string.ascii_letters + string.digits), 'neg_token'), '%7Cbrand%3A', b)
    d('&rid=', N(digits(r, 13, '9'), 'neg_request_id'), '\n')
    d('Release ', N(version(r), 'neg_version'), ' introduced it; build ', N(digits(r, 5), 'neg_build'), '. Jira ', N('PAY-' + digits(r, 4), 'neg_ticket'), '.\n')
    d.kind = 'ticket'

# ---------------------------------------------------------------- log templates
LEVELS = ['INFO', 'WARN', 'ERROR', 'DEBUG']
def t_kvlog(d, r, sec):
    pan, b = NEWCARD(r); svc = r.choice(['payment-svc', 'checkout-api', 'billing-worker', 'ivr-bridge'])
    d(opener(r, 'log lines from %s' % svc))
    for i in range(r.randint(1, 2)):
        d(N(iso_ts(r), 'neg_timestamp'), ' ', r.choice(LEVELS[:2]), ' ', svc, ' trace_id=', N(hexs(r, 32), 'neg_trace_id'), ' msg="request received" order=', N(digits(r, 8), 'neg_order'), ' amount_cents=', N(cents(r), 'neg_amount'), '\n')
    d(N(iso_ts(r), 'neg_timestamp'), ' ', r.choice(['ERROR', 'WARN']), ' ', svc, ' span_id=', N(hexs(r, 16), 'neg_span_id'), ' msg="tokenize failed" ')
    if sec:
        d(r.choice(['pan=', 'card=', 'cc_number=']), CS(pan, 'card_contiguous', b))
        mm, yy = make_exp(r)
        et, ev = exp_text(r, mm, yy); d(' exp=', XS(et, ev))
        d(' http_status=', N(str(r.choice([400, 402, 422, 502])), 'neg_http_status'), ' latency_ms=', N(str(r.randint(40, 3000)), 'neg_duration'), '\n')
        d(N(iso_ts(r), 'neg_timestamp'), ' ERROR ', svc, ' ')
        t = pan if r.random() < 0.5 else fmt(pan, '-')
        d('CardValidationError: number ', CS(t, 'card_contiguous' if t == pan else 'card_dashes', b), ' rejected by vault (', N('VLT-' + digits(r, 4), 'neg_error_code'), ')\n')
    else:
        d('pan_masked=', IG(pan[:6] + 'X' * (len(pan) - 10) + pan[-4:], 'ign_card_masked'), ' bin=', IG(pan[:6], 'ign_card_bin'), ' http_status=', N(str(r.choice([400, 402, 422])), 'neg_http_status'), ' retry=', N(str(r.randint(1, 3)), 'neg_count'), '\n')
    d(r.choice(['\nCan eng look?', '\nSeen 3x today.', '\nCust retried from app v' + version(r) + '.', '']))
    d.kind = 'ticket'

def t_jsonlog(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d(r.choice(['Pulled from Kibana (index payments-*):\n', 'Datadog log excerpt:\n', 'From the CloudWatch stream, two lines:\n']))
    d.js(); d('{"ts":', N(epoch_ms(r), 'neg_timestamp'), ',"level":"info","svc":"gateway-proxy","req_id":"', N(uuid(r), 'neg_uuid'), '","path":"/v1/charges","status":', N(str(r.choice([200, 201, 402])), 'neg_http_status'), ',"dur_ms":', N(str(r.randint(12, 900)), 'neg_duration'), '}'); d.je(); d('\n')
    d.js(); d('{"ts":', N(epoch_ms(r), 'neg_timestamp'), ',"level":"error","svc":"gateway-proxy","body":{"source":{')
    if sec:
        st = r.random()
        d('"number":"', CS(pan if st < 0.6 else fmt(pan, ' '), 'card_json' if st < 0.6 else 'card_spaces', b), '",')
        if r.random() < 0.5:
            d('"exp_month":', XS(str(mm), 'expiry_split_fields', 'EX'), ',"exp_year":', XS(str(yy), 'expiry_split_fields', 'EX'), ',')
        else:
            et, ev = exp_text(r, mm, yy, r.choice(['mm/yy', 'yyyy-mm'])); d('"expiry":"', XS(et, ev), '",')
        d('"cvc":"', VS(make_cvv(r, b), 'cvv_json'), '"')
    else:
        d('"last4":"', IG(pan[-4:], 'ign_card_last4'), '",')
        d('"fingerprint"":"', N(alnum(r, 16, string.ascii_letters + string.digits), 'neg_token'), '","funnel_step":', N(str(r.randint(1, 6)), 'neg_step'))
    d('},"amount":', N(cents(r), 'neg_amount'), ',"currency":"usd"},"err":"card_declined","decline_code":"', r.choice(['insufficient_funds', 'do_not_honor', 'incorrect_cvc']), '"}'); d.je(); d('\n')
    if sec and r.random() < 0.5:
        d('\nSame card shows up in the retry: ', CS(pan, 'card_contiguous', b), ' (no spaces).\n')
    d.kind = 'ticket'

def t_access(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d(r.choice(['nginx access log around the time of the complaint:\n', 'Apache combined log, grep for the customer IP:\n']))
    cip = ip(r)
    for i in range(r.randint(1, 2)):
        d(N(cip, 'neg_ip'), ' - - [', N('%02d/%s/2026:%02d:%02d:%02d +0000' % (r.randint(1, 28), r.choice(['Jan', 'Mar', 'Jul', 'Nov', 'Dec']), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), 'neg_timestamp'), '] "GET /static/app.', hexs(r, 8), '.js HTTP/1.1" ', N('200', 'neg_http_status'), ' ', N(str(r.randint(1000, 90000)), 'neg_bytes'), ' "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_', r.randint(1, 6), ' like Mac OS X)"\n')
    d(N(cip, 'neg_ip'), ' - - [', N('%02d/Dec/2026:%02d:%02d:%02d +0000' % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), 'neg_timestamp'), '] "GET /api/', r.choice(['paybill', 'card/verify', 'wallet']), '?acct=', N(nonluhn(r, 10), 'neg_account'))
    if sec:
        d('&cc=', CS(pan, 'card_contiguous', b), '&exp=', XS('%02d%02d' % (mm, yy % 100), 'expiry_mmyy'))
        if r.random() < 0.6: d('&cvv=', VS(make_cvv(r, b), 'cvv_url'))
    else:
        d('&cc_last4=', IG(pan[-4:], 'ign_card_last4'), '&token=', N(hexs(r, 20), 'neg_token'))
    d(' HTTP/2.0" ', N(str(r.choice([400, 403, 500, 504])), 'neg_http_status'), ' ', N(str(r.randint(100, 900)), 'neg_bytes'), ' "https://', r.choice(HOSTS), '/" "okhttp/', N(version(r), 'neg_version'), '" rt=', N('%.3f' % r.uniform(0.01, 9), 'neg_duration'), '\n')
    d('\n', r.choice(['GET with card in query string -> this is why we need the POST fix.', 'Upstream port ' , 'Only one failing request.']))
    d.kind = 'ticket'

def t_formbody(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d(r.choice(['Request body from the HAR file the customer sent:\n', 'Debug log - POST /charge body:\n', 'Payload (form-encoded) captured by support extension:\n']))
    keys = r.choice([('card_number', 'exp_month', 'exp_year', 'cvc'), ('cardnumber', 'expmonth', 'expyear', 'cvv'), ('cc-number', 'cc-exp-month', 'cc-exp-year', 'cc-csc')])
    d('merchant_id=', N(digits(r, 12, '8'), 'neg_merchant_id'), '&amount=', N(cents(r), 'neg_amount'), '&currency=840&')
    if sec:
        st = r.choice(['contig', 'plus'])
        d(keys[0], '=', CS(pan if st == 'contig' else fmt(pan, '+'), 'card_contiguous' if st == 'contig' else 'card_url_plus', b))
        yt = str(yy) if r.random() < 0.6 else '%02d' % (yy % 100)
        d('&', keys[1], '=', XS('%02d' % mm, 'expiry_split_fields', 'EX'), '&', keys[2], '=', XS(yt, 'expiry_split_fields', 'EX'))
        d('&', keys[3], '=', VS(make_cvv(r, b), 'cvv_field'))
    else:
        d('payment_method=pm_', N(alnum(r, 18, string.ascii_letters + string.digits), 'neg_token'), '&', keys[1], '=&', keys[2], '=')
    d('&postal=', N('%05d' % r.randint(1001, 99950), 'neg_zip'), '&nonce=', N(hexs(r, 16), 'neg_nonce'), '\n\nResponse: HTTP/1.1 ', N(str(r.choice([402, 200, 422])), 'neg_http_status'), ' in ', N(str(r.randint(100, 2000)), 'neg_duration'), 'ms\n')
    d.kind = 'ticket'

def t_multipart(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r); bd = '----WebKitFormBoundary' + alnum(r, 16, string.ascii_letters + string.digits)
    d('Raw request from the proxy capture (multipart):\n\nPOST /account/payment-method HTTP/1.1\nHost: ', r.choice(HOSTS), '\nContent-Type: multipart/form-data; boundary=', bd, '\nContent-Length: ', N(str(r.randint(400, 2000)), 'neg_content_length'), '\n\n')
    def part(nm, val):
        d('--', bd, '\nContent-Disposition: form-data; name="', nm, '"\n\n', val, '\n')
    part('customer_id', N(digits(r, 9, '3'), 'neg_customer_id'))
    if sec:
        part('card_number', CS(fmt(pan, ' ') if r.random() < 0.5 else pan, 'card_multipart', b))
        et, ev = exp_text(r, mm, yy, r.choice(['mm/yy', 'mm/yyyy']))
        part('expiry', XS(et, ev))
        if r.random() < 0.7: part('security_code', VS(make_cvv(r, b), 'cvv_field'))
    else:
        part('card_last4', IG(pan[-4:], 'ign_card_last4'))
    d('--', bd, '\nContent-Disposition: form-data; name="receipt"; filename="IMG_', N(digits(r, 4), 'neg_filename_num'), '.jpg"\nContent-Type: image/jpeg\n\n(binary)\n--', bd, '--\n')
    d.kind = 'ticket'

def t_soap(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d(r.choice(['Legacy gateway SOAP request that failed (from the integration log):\n', 'XML we sent to the processor, copied from the error email:\n']))
    d('<?xml version="1.0" encoding="UTF-8"?>\n<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">\n <soap:Body>\n  <AuthorizeRequest>\n   <MerchantRef>', N(digits(r, 10), 'neg_order'), '</MerchantRef>\n   <Amount currency="USD">', N(amount(r), 'neg_amount'), '</Amount>\n')
    if sec:
        d('   <Card>\n    <CardNumber>', CS(pan, 'card_contiguous', b), '</CardNumber>\n')
        if r.random() < 0.5:
            d('    <ExpiryDate>', XS('%02d%02d' % (mm, yy % 100), 'expiry_mmyy'), '</ExpiryDate>\n')
        else:
            d('    <ExpMonth>', XS('%02d' % mm, 'expiry_split_fields', 'EX'), '</ExpMonth>\n    <ExpYear>', XS(str(yy), 'expiry_split_fields', 'EX'), '</ExpYear>\n')
        d('    <CVV2>', VS(make_cvv(r, b), 'cvv_field'), '</CVV2>\n   </Card>\n')
    else:
        d('   <Token type="network">', N(nonluhn(r, 16, '9'), 'neg_token'), '</Token>\n   <MaskedPAN>', *masked_card(r, pan), '</MaskedPAN>\n')
    d('   <TerminalId>', N(digits(r, 8), 'neg_terminal_id'), '</TerminalId>\n  </AuthorizeRequest>\n </soap:Body>\n</soap:Envelope>\n\nFault: soap:Server - "Timeout after ', N('30000', 'neg_duration'), 'ms" errorCode=', N(digits(r, 4), 'neg_error_code'), '\n')
    d.kind = 'email'

def t_graphql(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d('GraphQL mutation from the network tab (app ', N(version(r), 'neg_version'), '):\n\nmutation AddCard($input: AddCardInput!) { addCard(input: $input) { id last4 } }\n\nVariables:\n')
    d.js(); d('{\n  "input": {\n    "accountId": "', N(digits(r, 11), 'neg_account'), '",\n')
    if sec:
        d('    "card": {\n      "pan": "', CS(pan, 'card_json', b), '",\n      "expiry": { "month": ', XS(str(mm), 'expiry_split_fields', 'EX'), ', "year": ', XS(str(yy), 'expiry_split_fields', 'EX'), ' },\n      "cvv": "', VS(make_cvv(r, b), 'cvv_json'), '"\n    },\n')
    else:
        d('    "card": { "token": "', N(uuid(r), 'neg_uuid'), '", "last4": "', IG(pan[-4:], 'ign_card_last4'), '" },\n')
    d('    "billingZip": "', N('%05d' % r.randint(1001, 99950), 'neg_zip'), '"\n  }\n}'); d.je()
    d('\n\nResponse errors[0].extensions.code = "BAD_USER_INPUT", traceId ', N(hexs(r, 32), 'neg_trace_id'), '\n')
    d.kind = 'ticket'

def t_curl(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d(r.choice(['Repro for eng (copied from Postman "code" view):\n', 'cURL the merchant pasted in their support email:\n']))
    d("curl -X POST https://api.", r.choice(['paystack-demo.com', 'gatewayco.io', 'acquirer-sandbox.net']), "/v1/payment_methods \\\n  -H 'Authorization: Bearer sk_live_", N(alnum(r, 24, string.ascii_letters + string.digits), 'neg_token'), "' \\\n  -H 'Idempotency-Key: ", N(uuid(r), 'neg_uuid'), "' \\\n")
    if sec:
        d("  -d type=card \\\n  -d 'card[number]=", CS(pan, 'card_contiguous', b), "' \\\n  -d 'card[exp_month]=", XS(str(mm), 'expiry_split_fields', 'EX'), "' \\\n  -d 'card[exp_year]=", XS(str(yy), 'expiry_split_fields', 'EX'), "' \\\n")
        if r.random() < 0.7: d("  -d 'card[cvc]=", VS(make_cvv(r, b), 'cvv_field'), "' \\\n")
    else:
        d("  -d type=card \\\n  -d 'card[token]=tok_", N(alnum(r, 12, string.ascii_letters + string.digits), 'neg_token'), "' \\\n")
    d("  -d 'metadata[order]=", N(digits(r, 8), 'neg_order'), "' \\\n  --max-time ", N('30', 'neg_duration'), "\n\nReturns ", N(str(r.choice([401, 402, 429])), 'neg_http_status'), ".\n")
    d.kind = 'ticket'

def t_headers(d, r, sec):
    pan, b = NEWCARD(r)
    d('Response headers from the failing call:\n\nHTTP/1.1 ', N(str(r.choice([402, 500, 503])), 'neg_http_status'), ' ', r.choice(['Payment Required', 'Internal Server Error', 'Service Unavailable']), '\nDate: Tue, ', N('%02d Dec 2026 %02d:%02d:%02d GMT' % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), 'neg_timestamp'), '\nContent-Length: ', N(str(r.randint(50, 900)), 'neg_content_length'), '\nX-Request-Id: ', N(uuid(r), 'neg_uuid'), '\nX-RateLimit-Remaining: ', N(str(r.randint(0, 999)), 'neg_count'), '\nServer: envoy\nVia: 1.1 ', N(ip(r), 'neg_ip'), ':', N(str(r.choice([443, 8443, 9901])), 'neg_port'), '\n')
    if sec:
        d('X-Debug-Card: ', CS(pan, 'card_contiguous', b), '\n')
        if r.random() < 0.5:
            s = make_ssn(r); d('X-Debug-Applicant-SSN: ', SS(s, 'ssn_unformatted_context'), '\n')
    else:
        d('X-Card-Last4: ', IG(pan[-4:], 'ign_card_last4'), '\nX-Card-BIN: ', IG(pan[:6], 'ign_card_bin'), '\n')
    d('Retry-After: ', N(str(r.randint(1, 120)), 'neg_duration'), '\n\n', r.choice(['Debug headers should not be on in prod?!', 'Envoy upstream timeout again.', 'See header dump above.']), '\n')
    d.kind = 'ticket'

def t_gateway_resp(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d(r.choice(['Gateway response for the disputed charge:\n', 'Processor reply copied from the merchant portal:\n', 'Auth result (from VT):\n']))
    rows = [
        ('Result', r.choice(['APPROVED', 'DECLINED', 'REFERRAL'])),
        ('Auth Code', N(auth_code(r), 'neg_auth_code')),
        ('Transaction ID', N(nonluhn(r, r.choice([12, 16, 19]), '6'), 'neg_txn_id')),
        ('Card', masked_card(r, pan)),
        ('AVS Result', N(r.choice(['Y', 'N', 'Z', 'A']), 'neg_avs_code')),
        ('CVV Result', N(r.choice(['M', 'N', 'P']), 'neg_cvv_result_code')),
        ('Amount', N('USD ' + amount(r), 'neg_amount')),
        ('Batch', N(digits(r, 3), 'neg_batch')),
        ('RRN', N(digits(r, 12, '6'), 'neg_rrn')),
    ]
    if sec:
        rows.insert(4, ('Raw PAN (debug)', CS(pan, 'card_contiguous', b)))
        rows.insert(5, ('Exp', XS(*exp_text(r, mm, yy, 'mmyy'))))
    sep = r.choice([': ', '\t', ' = '])
    for k, v in rows:
        d(k, sep, *(v if isinstance(v, list) else [v]), '\n')
    d('\nCust says they never authorised; card ending ', IG(pan[-4:], 'ign_card_last4'), '. Opened dispute ', N('DSP-' + digits(r, 6), 'neg_case'), '.\n')
    d.kind = 'note'

def t_bin_lookup(d, r, sec):
    pan, b = NEWCARD(r)
    d('BIN lookup for the card the customer is asking about:\n\n$ binlist ', IG(pan[:6], 'ign_card_bin'), '\n')
    d.js(); d('{"number":{"length":', N(str(len(pan)), 'neg_length'), ',"luhn":true},"scheme":"', b.rstrip('0123456789'), '","type":"', r.choice(['credit', 'debit']), '","country":{"numeric":"', N('840', 'neg_country_code'), '","alpha2":"US"},"bank":{"name":"', r.choice(['Chase', 'Capital One', 'Citi', 'Wells Fargo']), '","phone":"', N(phone(r), 'neg_phone'), '"}}'); d.je(); d('\n\n')
    if sec:
        d('Full number from their message (', r.choice(['please purge', 'redact before close', 'sensitive']), '): ', CARDF(r, pan, b, (' ', '-')), '\n')
    else:
        d('Only the first six were shared; nothing else on file. Member since ', N('2019-0%d' % r.randint(1, 9), 'neg_date'), '.\n')
    d.kind = 'note'

def t_stacktrace(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d('Stack trace from the agent desktop (shown in the error popup):\n\n')
    if sec:
        d('com.', r.choice(['acme', 'northwind', 'cobalt']), '.payments.CardValidationException: Invalid card ', CS(fmt(pan, ' ') if r.random() < 0.5 else pan, 'card_stacktrace', b), ' exp=', XS(*exp_text(r, mm, yy, 'mm/yy')), '\n')
    else:
        d('com.acme.payments.GatewayTimeoutException: no response from acquirer after ', N('15000', 'neg_duration'), 'ms (card ****', IG(pan[-4:], 'ign_card_last4'), ')\n')
    for cls in r.sample(['CardService', 'PaymentController', 'VaultClient', 'RetryTemplate', 'DispatcherServlet'], 3):
        d('\tat com.acme.payments.', cls, '.', r.choice(['validate', 'charge', 'doFilter', 'invoke']), '(', cls, '.java:', N(str(r.randint(20, 900)), 'neg_line_number'), ')\n')
    d('\t... ', N(str(r.randint(10, 90)), 'neg_count'), ' more\nCaused by: java.net.SocketTimeoutException: Read timed out (', N(ip(r), 'neg_ip'), ':', N(str(r.choice([443, 8443])), 'neg_port'), ')\n')
    d('\nAgent: ', r.choice(AGENTS), ' | Session ', N(digits(r, 10), 'neg_session_id'), ' | Desktop ', N(version(r), 'neg_version'), '\n')
    d.kind = 'ticket'

def t_pytrace(d, r, sec):
    s = make_ssn(r); pan, b = NEWCARD(r)
    d('Batch import crashed, traceback from the job email:\n\nTraceback (most recent call last):\n  File "/opt/app/import_members.py", line ', N(str(r.randint(30, 400)), 'neg_line_number'), ', in <module>\n    row = normalize(raw)\n  File "/opt/app/normalize.py", line ', N(str(r.randint(10, 99)), 'neg_line_number'), ', in normalize\n    ssn = int(raw["ssn"])\n')
    if sec:
        t = r.choice([ssn_dash(s), s[:3] + ' ' + s[3:5] + ' ' + s[5:]])
        d("ValueError: invalid literal for int() with base 10: '", SS(t, 'ssn_dashes' if '-' in t else 'ssn_spaces'), "'\n\nLocals: raw={'member_id': '", N(digits(r, 10, '1'), 'neg_member_id'), "', 'ssn': '", SS(t, 'ssn_dashes' if '-' in t else 'ssn_spaces'), "', 'phone': '", N(phone(r), 'neg_phone'), "'}\n")
    else:
        d("ValueError: invalid literal for int() with base 10: 'XXX-XX-", IG(s[-4:], 'ign_ssn_last4'), "'\n\nrow ", N(str(r.randint(100, 90000)), 'neg_row'), " of ", N('members_2026', 'neg_filename_num'), ".csv, job id ", N(uuid(r), 'neg_uuid'), "\n")
    d('Exit code ', N(str(r.choice([1, 2, 137])), 'neg_exit_code'), '.\n')
    d.kind = 'ticket'

def t_sql(d, r, sec):
    s = make_ssn(r); pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d('DB error when the agent saved the profile:\n\nERROR ', N('23505', 'neg_sqlstate'), ': duplicate key value violates unique constraint "customers_pkey"\nDETAIL: Key (id)=(', N(digits(r, 7), 'neg_customer_id'), ') already exists.\nSTATEMENT: INSERT INTO customers (id, name, ')
    if sec:
        d("ssn, card_pan, card_exp, created_at) VALUES (", digits(r, 7), ", '", name(r), "', '", SS(ssn_dash(s), 'ssn_dashes'), "', '", CS(pan, 'card_contiguous', b), "', '", XS(*exp_text(r, mm, yy, 'yyyy-mm')), "', ", N(epoch_s(r), 'neg_timestamp'), ")\n")
    else:
        d("ssn_last4, phone, created_at) VALUES (", digits(r, 7), ", '", name(r), "', '", IG(s[-4:], 'ign_ssn_last4'), "', '", N(phone(r), 'neg_phone'), "', ", N(epoch_s(r), 'neg_timestamp'), ")\n")
    d('\nPostgres ', N(r.choice(['14.11', '15.6', '16.2']), 'neg_version'), ', host db-', r.randint(1, 9), ':', N('5432', 'neg_port'), '\n')
    d.kind = 'ticket'

def t_validation(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d(r.choice(['Customer copied the error from the checkout page:\n"', 'Error banner text (cust pasted):\n"']))
    if sec:
        t = fmt(pan, ' ')
        d('The card number ', CS(t, 'card_spaces', b), ' could not be verified. Please check the expiry date (', XS(*exp_text(r, mm, yy, 'mm/yyyy')), ') and try again. Error ', N(digits(r, 4, '4'), 'neg_error_code'), '"\n')
    else:
        d('Card ending in ', IG(pan[-4:], 'ign_card_last4'), ' was declined (code ', N('05', 'neg_decline_code'), '). Reference ', N(nonluhn(r, 16, '4'), 'neg_ref_luhn_invalid'), '. Please contact your bank."\n')
    d('\nThey tried ', N(str(r.randint(2, 6)), 'neg_count'), ' times between ', N('%02d:%02d' % (r.randint(8, 11), r.randint(0, 59)), 'neg_time'), ' and ', N('%02d:%02d' % (r.randint(12, 18), r.randint(0, 59)), 'neg_time'), '. Order total ', N('$' + amount(r), 'neg_amount'), '.\n')
    d.kind = 'chat'

# ---------------------------------------------------------------- OCR templates
OCR = {'0': 'O', '1': 'l', '5': 'S', '8': 'B', '2': 'Z'}
OCR_ALT = {'0': 'o', '1': 'I', '5': 'S', '8': 'B', '2': 'Z'}
def ocr_sub(r, s, k=2, pipes=False):
    idx = [i for i, c in enumerate(s) if c in OCR]
    r.shuffle(idx); out = list(s)
    for i in idx[:k]:
        m = r.choice([OCR, OCR_ALT])
        out[i] = '|' if (pipes and s[i] == '1' and r.random() < 0.5) else m[s[i]]
    return ''.join(out)

def t_ocr_card(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r); nm = name(r).upper()
    d(r.choice(['Cust sent a photo of the card, OCR text from the attachment:\n\n', 'Image-to-text of the card photo (auto):\n\n']))
    d({'visa13': 'VISA', 'visa16': r.choice(['CHASE', 'VISA', 'BANK OF AMERICA']), 'visa19': 'VISA DEBIT', 'mastercard': 'Mastercard', 'mastercard2': 'CITI', 'amex': 'AMERICAN EXPRESS', 'discover': 'DISCOVER it', 'jcb': 'JCB', 'diners': 'Diners Club', 'diners16': 'Diners Club International', 'unionpay': 'UnionPay 银联', 'maestro': 'maestro'}[b], '\n')
    if sec:
        t = ocr_sub(r, fmt(pan, ' '), r.randint(1, 3))
        d(CS(t, 'card_ocr_subst', b), '\n', r.choice(['VALID THRU', 'GOOD THRU', 'VALID\nTHRU', 'EXP']), ' ', XS(ocr_sub(r, '%02d/%02d' % (mm, yy % 100), r.choice([0, 1])), 'expiry_ocr'), ' ', nm, '\n')
        d('\n(back) ', r.choice(['AUTHORIZED SIGNATURE', 'NOT VALID UNLESS SIGNED']), ' ', VS(make_cvv(r, b), 'cvv_ocr'), '\nCustomer service 1-', N('%d-%d-%04d' % (r.randint(800, 888), r.randint(200, 999), r.randint(0, 9999)), 'neg_phone'), '\n')
    else:
        d(IG('XXXX XXXX XXXX ' + pan[-4:], 'ign_card_masked'), '\nMEMBER SINCE ', N(str(r.randint(2005, 2024)), 'neg_year'), ' ', nm, '\n(rest of card covered by thumb)\nCustomer service 1-', N('%d-%d-%04d' % (r.randint(800, 888), r.randint(200, 999), r.randint(0, 9999)), 'neg_phone'), '\n')
    d('\n', r.choice(['Told them never to send card photos.', 'Deleted the attachment after copying.', 'OCR is messy, letters for digits.']), '\n')
    d.kind = 'ticket'

def t_ocr_crm(d, r, sec):
    s = make_ssn(r); nm = name(r)
    d('Text from the screenshot the branch sent (OCR):\n\n')
    d('Customer Profile   ', nm, '\nMember ID  ', N(digits(r, 9, '8'), 'neg_member_id'), '\nDOB  ', N('%02d/%02d/19%02d' % (r.randint(1, 12), r.randint(1, 28), r.randint(45, 99)), 'neg_date'), '\n')
    if sec:
        t = ocr_sub(r, ssn_dash(s), r.randint(1, 2))
        d(r.choice(['SSN', 'S5N', 'Social Security #', 'SSN/TIN']), '  ', SS(t, 'ssn_ocr_subst'), '\n')
    else:
        d('SSN  ***-**-', IG(s[-4:], 'ign_ssn_last4'), '\n')
    d('Phone  ', N(phone(r), 'neg_phone'), '\nZip  ', N(zip4(r), 'neg_zip'), '\nLast login  ', N('%02d/%02d/2026 %d:%02d PM' % (r.randint(1, 12), r.randint(1, 28), r.randint(1, 11), r.randint(0, 59)), 'neg_timestamp'), '\nBalance  ', N('$' + amount(r), 'neg_amount'), '\n')
    if sec and r.random() < 0.5:
        d('\nNote: letters in the SSN field are OCR errors, real value is all digits.\n')
    d.kind = 'note'

def t_ocr_spacing(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d(r.choice(['Screenshot OCR (spacing is broken):\n', 'Copied from the screenshot via Snipping Tool text extract:\n']))
    d('Payment Details\nAmount Due ', N('$ ' + amount(r), 'neg_amount'), '   Due Date ', N('%02d/%02d/2026' % (r.randint(1, 12), r.randint(1, 28)), 'neg_date'), '\n')
    if sec:
        g = list(pan); k = 0; out = ''
        # irregular spacing: random breaks
        for i, c in enumerate(g):
            out += c
            if i < len(g) - 1 and r.random() < 0.3: out += r.choice([' ', '  ', ' '])
        if d.use == 0:
            cut = r.choice([i for i in range(4, len(out) - 3) if out[i - 1].isdigit() and out[i].isdigit()])
            out = out[:cut] + '\n' + out[cut:]
            v = 'card_ocr_linebreak'
        else:
            v = 'card_irregular_groups'
        d('Card Number: ', CS(out, v, b), '\nExp ', XS('%02d / %02d' % (mm, yy % 100), 'expiry_mm_yy'), '   CVV ', VS(make_cvv(r, b), 'cvv_field'), '\n')
    else:
        d('Card Number: ', '•••• •••• •••• ', IG(pan[-4:], 'ign_card_last4'), '\nAutopay ON   Confirmation # ', N(nonluhn(r, 14, '2'), 'neg_confirmation'), '\n')
    d('Account # ', N(digits(r, 11, '0'), 'neg_account'), '\n')
    d.kind = 'note'

def t_ocr_receipt(d, r, sec):
    pan, b = NEWCARD(r)
    lab = {'visa13': 'VISA', 'visa16': 'VISA', 'visa19': 'VISA', 'mastercard': 'MC', 'mastercard2': 'MC', 'amex': 'AMEX', 'discover': 'DISC', 'jcb': 'JCB', 'diners': 'DINERS', 'diners16': 'DINERS', 'unionpay': 'UNIONPAY', 'maestro': 'MAESTRO'}[b]
    d('Cust pasted text from a photo of the receipt:\n\n', r.choice(['GROCERY OUTLET #', 'SHELL 0', 'TARGET T-', 'WALGREENS #', 'CVS STORE ']), N(digits(r, 4), 'neg_store_id'), '\n', N('%02d/%02d/26 %02d:%02d' % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)), 'neg_timestamp'), '\nTOTAL  ', N(amount(r), 'neg_amount'), '\n', lab, r.choice([' CREDIT  ', ' DEBIT  ', '  ']) , IG(ocr_sub(r, 'XXXXXXXXXXXX' + pan[-4:], 0), 'ign_card_masked'), '\nAUTH ', N(auth_code(r), 'neg_auth_code'), '  REF ', N(digits(r, 10), 'neg_ref'), '\nAID A0000000', N(digits(r, 5), 'neg_aid'), '\nTC ', N(hexs(r, 16).upper(), 'neg_tc'), '\n')
    if sec:
        # Misread receipt that a customer then retyped correctly
        d('\nThey then typed the full card so we could "find" the charge: ', CARDF(r, pan, b), '\n')
    if True:
        pan = NEWCARD(r)[0]
        bad = list(pan); bad[r.randint(2, len(pan) - 2)] = str((int(bad[3]) + 3) % 10)
        bad = ''.join(bad)
        if luhn_ok(bad): bad = bad[:-1] + str((int(bad[-1]) + 1) % 10)
        d('\nAlso a number handwritten on the back, OCR: ', IG(fmt(bad, ' '), 'ign_card_ocr_luhn_fail'), ' (doesn\'t validate, prob a misread)\n')
    d.kind = 'ticket'

# ---------------------------------------------------------------- PDF templates
def t_pdf_split(d, r, sec):
    pan, b = NEWCARD(r); s = make_ssn(r); mm, yy = make_exp(r)
    d('Copied from the signed application PDF (line breaks as pasted):\n\nAPPLICANT INFORMATION\nName: ', name(r), '    Date of Birth: ', N('%02d/%02d/19%02d' % (r.randint(1, 12), r.randint(1, 28), r.randint(50, 99)), 'neg_date'), '\n')
    if sec:
        ds = ssn_dash(s); cut = r.choice([3, 4, 6])
        d('Social Security Number: ', SS(ds[:cut] + '\n' + ds[cut:], 'ssn_linebreak'), '\n')
        gp = fmt(pan, ' '); cut = gp.rfind(' ', 0, len(gp) // 2 + 3)
        d('Card for autopay: ', CS(gp[:cut] + '\n' + gp[cut + 1:], 'card_linebreak', b), ' Exp: ', XS(*exp_text(r, mm, yy, 'mm/yy')), '\n')
    else:
        d('Social Security Number: on file (last 4: ', IG(s[-4:], 'ign_ssn_last4'), ')\n')
    d('Employer ID: ', N('%02d-%07d' % (r.randint(10, 99), r.randint(0, 9999999)), 'neg_ein'), '\nAddress: ', N(str(r.randint(10, 9999)), 'neg_street_num'), ' Oak St, Unit ', N(str(r.randint(1, 40)), 'neg_unit'), ' ', N(zip4(r), 'neg_zip'), '\nPage ', N('2', 'neg_page'), ' of ', N('4', 'neg_page'), '   Form ', N('AP-' + digits(r, 3), 'neg_form_id'), ' (rev. ', N('03/2024', 'neg_date'), ')\n')
    d.kind = 'email'

def t_pdf_spaced(d, r, sec):
    pan, b = NEWCARD(r); s = make_ssn(r); mm, yy = make_exp(r)
    d(r.choice(['PDF text came out letter-spaced when copied:\n\n', 'Pasted from the statement PDF (every char spaced):\n\n']))
    d('S t a t e m e n t   D a t e   ', N(' '.join('%02d/%02d/2026' % (r.randint(1, 12), r.randint(1, 28))), 'neg_date'), '\n')
    if sec:
        if d.use == 0 or r.random() < 0.6:
            d('C a r d   N u m b e r   ', CS(' '.join(pan), 'card_char_spaced', b), '\n')
            if d.use == 0 or r.random() < 0.5: d('E x p   ', XS(' '.join('%02d/%02d' % (mm, yy % 100)), 'expiry_char_spaced'), '\n')
        if d.use == 0 or r.random() < 0.4:
            d('S S N   ', SS(' '.join(ssn_dash(s)), 'ssn_char_spaced'), '\n')
    else:
        d('A c c o u n t   e n d i n g   ', IG(' '.join(pan[-4:]), 'ign_card_last4'), '\n')
    d('N e w   B a l a n c e   ', N(' '.join('$' + amount(r)), 'neg_amount'), '\nM i n i m u m   D u e   ', N(' '.join('$' + str(r.randint(25, 90)) + '.00'), 'neg_amount'), '\n\n', r.choice(['Normal copy/paste from that PDF does this.', 'Sorry for the formatting.']), '\n')
    d.kind = 'chat'

def t_pdf_hyphen(d, r, sec):
    s = make_ssn(r); pan, b = NEWCARD(r)
    d('From the dispute letter PDF (ligatures and hyphens kept):\n\n"We have ﬁnished our investi-\ngation of the ', N('$' + amount(r), 'neg_amount'), ' transaction dated ', N('%s %d, 2026' % (r.choice(MONTHS), r.randint(1, 28)), 'neg_date'), '. The ﬂagged account holder, veriﬁed by ')
    if sec:
        if r.random() < 0.5:
            d('Social Secu-\nrity Number ', SS(ssn_dash(s), 'ssn_dashes'), ', ')
        else:
            gp = fmt(pan, '-'); cut = gp.find('-', 5)
            d('card num-\nber ', CS(gp[:cut + 1] + '\n' + gp[cut + 1:], 'card_linebreak', b), ', ')
    else:
        d('the last four digits of the Social Secu-\nrity Number (', IG(s[-4:], 'ign_ssn_last4'), '), ')
    d('has been noti-\nﬁed. Claim ', N(digits(r, 10, '2'), 'neg_claim'), ', ﬁle ref ', N('%s/%s' % (digits(r, 4), digits(r, 3)), 'neg_ref'), '."\n')
    d.kind = 'email'

def t_pdf_columns(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    addr_n = str(r.randint(10, 9999))
    d('Two-column PDF form, copy/paste interleaved the columns:\n\n')
    gs = groups(pan)
    if sec:
        e = d.ent(); h = (len(gs) + 1) // 2
        d('Card Number             Billing Address\n', CS(' '.join(gs[:h]), 'card_pdf_column_split', b, e), '           ', N(addr_n, 'neg_street_num'), ' ', r.choice(['Maple Ave', 'Pine Rd', 'Elm St']), '\n', CS(' '.join(gs[h:]), 'card_pdf_column_split', b, e), '                ', r.choice(['Springfield', 'Dayton', 'Fresno']), ' ', N(zip4(r), 'neg_zip'), '\n')
        d('Expiration  ', XS(*exp_text(r, mm, yy, 'mm/yyyy')), '        Phone ', N(phone(r), 'neg_phone'), '\n')
    else:
        d('Card on file            Billing Address\nending ', IG(pan[-4:], 'ign_card_last4'), '             ', N(addr_n, 'neg_street_num'), ' Maple Ave\n                        Dayton ', N(zip4(r), 'neg_zip'), '\nRouting     ', N('0' + digits(r, 8), 'neg_routing'), '   Phone ', N(phone(r), 'neg_phone'), '\n')
    d('\nSignature ____________   Date ', N('%02d/%02d/2026' % (r.randint(1, 12), r.randint(1, 28)), 'neg_date'), '\n')
    d.kind = 'note'

# ---------------------------------------------------------------- spreadsheet templates
def t_sheet(d, r, sec):
    d(r.choice(['Rows from the chargeback spreadsheet (tab separated):\n\n', 'Pasted from Excel:\n\n', 'From the shared Google Sheet:\n\n']))
    d('Date\tOrder\tCard\tExp\tAmount\n')
    nrow = r.randint(3, 4)
    modes = (['apos', 'sci'] + [r.choice(['sci', 'apos', 'masked', 'plain']) for _ in range(nrow - 2)]) if sec else (['sci'] + [r.choice(['sci', 'masked']) for _ in range(nrow - 1)])
    r.shuffle(modes)
    for i in range(nrow):
        pan, b = NEWCARD(r); mm, yy = make_exp(r)
        d(N('2026-%02d-%02d' % (r.randint(1, 12), r.randint(1, 28)), 'neg_date'), '\t', N(digits(r, 8), 'neg_order'), '\t')
        mode = modes[i]
        if mode == 'sci':
            # Excel keeps at most 15 significant digits; 15-digit and shorter PANs only in short form so digits are lost
            d(IG('%.14E' % int(pan) if (len(pan) >= 16 and r.random() < 0.4) else '%.5E' % int(pan), 'ign_card_sci_notation'))
        elif mode == 'apos':
            d("'", CS(pan, 'card_sheet_apostrophe', b))
        elif mode == 'plain':
            d(CS(pan, 'card_contiguous', b))
        else:
            d(*masked_card(r, pan))
        d('\t')
        if mode in ('apos', 'plain'):
            d(XS(*exp_text(r, mm, yy, r.choice(['mm/yy', 'mm/yyyy']))))
        else:
            d(N('%d-%s' % (r.randint(1, 28), r.choice(['Jan', 'Feb', 'Mar'])), 'neg_date') if mode == 'sci' and r.random() < 0.4 else '')
        d('\t', N(amount(r), 'neg_amount'), '\n')
    d('\n', r.choice(['Card column shows in E+15 format for some rows because Excel.', 'Some cards lost digits (scientific notation).', 'Source: finance export ' + version(r)]), '\n')
    d.kind = 'ticket'

def t_csv(d, r, sec):
    d('CSV export from the CRM (first rows):\n\n"customer_id","name","ssn","phone","zip","created"\n')
    for i in range(r.randint(2, 4)):
        s = make_ssn(r)
        d('"', N(digits(r, 8), 'neg_customer_id'), '","', name(r), '","')
        if sec and i < 2:
            d(SS(ssn_dash(s) if r.random() < 0.6 else s, 'ssn_csv'))
        else:
            d(IG('XXX-XX-' + s[-4:], 'ign_ssn_masked'))
        d('","', N(phone(r), 'neg_phone'), '","', N(zip4(r), 'neg_zip'), '","', N(iso_ts(r), 'neg_timestamp'), '"\n')
    d('\nWhy does the export still include SSNs for some rows?\n' if sec else '\nExport looks fine, masked.\n')
    d.kind = 'ticket'

# ---------------------------------------------------------------- HTML / rich text
def t_html_entities(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d('HTML source of the customer\'s message (from the email "view source"):\n\n<div class="msg" data-id="', N(digits(r, 9), 'neg_msg_id'), '">\n<p>Hi, please update my card to&nbsp;')
    if sec:
        ent = r.choice(['&nbsp;', '&#32;', '&#160;', ' &nbsp;'])
        d(CS(ent.join(groups(pan)), 'card_html_entity_sep', b), '&nbsp;exp&nbsp;', XS('%02d&#47;%02d' % (mm, yy % 100), 'expiry_html_entity'), '</p>\n')
        if r.random() < 0.5: d('<p>CVV: <b>', VS(make_cvv(r, b), 'cvv_field'), '</b></p>\n')
    else:
        d('the one ending&nbsp;', IG(pan[-4:], 'ign_card_last4'), ' (same as before)</p>\n')
    d('<p style="font-size:', N('14', 'neg_css'), 'px;color:#', N('333333', 'neg_hex_color'), '">Order&nbsp;#', N(digits(r, 7), 'neg_order'), ' &mdash; $', N(amount(r), 'neg_amount'), '</p>\n</div>\n')
    d.kind = 'email'

def t_html_spans(d, r, sec):
    pan, b = NEWCARD(r); s = make_ssn(r)
    d('Rich-text editor saved the field like this (copied from the CRM HTML view):\n\n<td class="field">')
    if sec:
        if d.use == 1:
            e = d.ent()
            gs = groups(pan)
            for i, g in enumerate(gs):
                d('<span class="g', str(i), '">', CS(g, 'card_html_tag_split', b, e), '</span>')
                if i < len(gs) - 1: d(r.choice([' ', '', '<wbr>']))
        else:
            e = d.ent(); ds = ssn_dash(s)
            tg = r.choice(['b', 'span', 'strong'])
            d('SSN: <%s>' % tg, SS(s[:3], 'ssn_html_split', e), '</%s>-<%s>' % (tg, tg), SS(s[3:5], 'ssn_html_split', e), '</%s>-<%s>' % (tg, tg), SS(s[5:], 'ssn_html_split', e), '</%s>' % tg)
    else:
        d('<span class="mask">•••• •••• •••• </span><span>', IG(pan[-4:], 'ign_card_last4'), '</span>')
    d('</td>\n<td class="meta" data-updated="', N(epoch_ms(r), 'neg_timestamp'), '" data-row="', N(str(r.randint(1, 300)), 'neg_row'), '">v', N(version(r), 'neg_version'), '</td>\n')
    d.kind = 'note'

def t_html_br(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d('Chat widget transcript export (HTML):\n\n<div class="c">Customer (', N('%02d:%02d' % (r.randint(8, 20), r.randint(0, 59)), 'neg_time'), '): ')
    if sec:
        gs = groups(pan); h = len(gs) // 2; e = d.ent()
        d('here it is<br>', CS(' '.join(gs[:h]), 'card_html_tag_split', b, e), '<br/>', CS(' '.join(gs[h:]), 'card_html_tag_split', b, e), '<br>exp ', XS(*exp_text(r, mm, yy, 'm/yy')), '</div>\n')
    else:
        d('my order number is<br>', N(digits(r, 10), 'neg_order'), '<br>tracking ', N(tracking(r), 'neg_tracking'), '</div>\n')
    d('<div class="a">Agent: thanks, one moment &hellip; ref ', N(digits(r, 6), 'neg_ref'), '</div>\n')
    d.kind = 'chat'

def t_markdown(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r); s = make_ssn(r)
    d('## Escalation ', N('ESC-' + digits(r, 5), 'neg_case'), '\n\n| Field | Value |\n|---|---|\n| Customer | ', name(r), ' |\n| Account | `', N(digits(r, 10), 'neg_account'), '` |\n')
    if sec:
        d('| Card | `', CS(fmt(pan, r.choice([' ', '-'])), 'card_markdown', b), '` |\n| Exp | ', XS(*exp_text(r, mm, yy)), ' |\n')
        if r.random() < 0.5: d('| SSN | **', SS(ssn_dash(s), 'ssn_dashes'), '** |\n')
    else:
        d('| Card | ending ', IG(pan[-4:], 'ign_card_last4'), ' |\n| Phone | ', N(phone(r), 'neg_phone'), ' |\n')
    d('| Opened | ', N('2026-%02d-%02d' % (r.randint(1, 12), r.randint(1, 28)), 'neg_date'), ' |\n\n```\nstatus=', N(str(r.choice([402, 500])), 'neg_http_status'), ' retries=', N('3', 'neg_count'), ' region=us-east-1\n```\n')
    d.kind = 'ticket'

def t_unicode(d, r, sec):
    pan, b = NEWCARD(r); s = make_ssn(r); mm, yy = make_exp(r)
    d(r.choice(['Pasted from the customer\'s Word doc:\n', 'Copied out of the banking app (weird spacing):\n']))
    if sec:
        sep = r.choice(['\u00a0', '\u2009', '\u2013', '\u2011', '\u202f', '\u2007'])
        d('Card: ', CS(sep.join(groups(pan)), 'card_unicode_sep', b), '\nValid until ', XS(('%02d\u2044%02d' if r.random() < 0.3 else '%02d/%02d') % (mm, yy % 100), 'expiry_mm_yy'), '\n')
        if d.use == 0 or r.random() < 0.5:
            p2, b2 = NEWCARD(r)
            d('Backup card: ', CS(r.choice(['\u200b', '\u2060', ' \u200b']).join(groups(p2)), 'card_zero_width', b2), '\n')
        if d.use == 0 or r.random() < 0.5:
            d('SSN: ', SS(s[:3] + '\u2013' + s[3:5] + '\u2013' + s[5:], 'ssn_unicode_dash'), '\n')
    else:
        d('Ref\u00a0no.: ', N(digits(r, 8), 'neg_ref'), '\nIBAN: ', N('GB' + digits(r, 2) + ' NWBK ' + ' '.join(digits(r, 4, '6') for _ in range(3)) + ' ' + digits(r, 2), 'neg_iban'), '\nCard: \u2022\u2022\u2022\u2022\u00a0', IG(pan[-4:], 'ign_card_last4'), '\n')
    d('Amount\u00a0', N('€' + amount(r).replace('.', ','), 'neg_amount'), ' \u2014 ', N('%02d.%02d.2026' % (r.randint(1, 28), r.randint(1, 12)), 'neg_date'), '\n')
    d.kind = 'email'

# ---------------------------------------------------------------- email forwards
def t_fwd_quoted(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r); nm = name(r)
    d('Hi team, see below.\n\n---------- Forwarded message ---------\nFrom: ', nm, ' <', nm.split()[0].lower(), N(str(r.randint(10, 99)), 'neg_email_num'), '@example.com>\nDate: ', N('%s, %d Dec 2026 at %d:%02d' % (r.choice(['Mon', 'Tue', 'Fri']), r.randint(1, 28), r.randint(1, 12), r.randint(0, 59)), 'neg_timestamp'), '\nSubject: Re: Invoice ', N(digits(r, 6), 'neg_invoice'), '\n\n')
    d('> Thanks for getting back to me. I tried paying again with my other\n')
    if sec:
        gp = fmt(pan, ' '); cut = gp.rfind(' ', 0, 10)
        d('> card ', CS(gp[:cut] + '\n> ' + gp[cut + 1:], 'card_linebreak_quoted', b), ' exp\n> ', XS(*exp_text(r, mm, yy, 'mm/yy')), ' but it still says declined. Security code is\n> ', VS(make_cvv(r, b), 'cvv_field'), ' if you need it.\n')
    else:
        d('> card (the one ending in ', IG(pan[-4:], 'ign_card_last4'), ') but it still says declined. My\n> phone is ', N(phone(r), 'neg_phone'), '.\n')
    d('>\n>> On ', N('%d/%d/26' % (r.randint(1, 12), r.randint(1, 28)), 'neg_date'), ', Billing wrote:\n>> Your payment of ', N('$' + amount(r), 'neg_amount'), ' failed. Ref ', N(nonluhn(r, 13, '7'), 'neg_ref'), '.\n')
    d.kind = 'email'

def t_qp(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r); s = make_ssn(r)
    d('Raw email source (quoted-printable) from the shared mailbox:\n\nContent-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: quoted-printable\nMessage-ID: <', N(digits(r, 14, '1') + '.' + hexs(r, 8), 'neg_message_id'), '@mail.example.com>\n\n')
    d('Hello,=20I=20would=20like=20to=20pay=20my=20balance=20of=20', N('$' + amount(r), 'neg_amount'), '.=20')
    if sec:
        if d.use == 0:
            gs = groups(pan); gi = r.randrange(len(gs)); k = r.randint(1, len(gs[gi]) - 1)
            gs[gi] = gs[gi][:k] + '=\n' + gs[gi][k:]  # soft line break never splits an =XX escape
            d('My=20card=20number=3D', CS('=20'.join(gs), 'card_qp_softbreak', b), '=20exp=3D', XS('%02d/%02d' % (mm, yy % 100), 'expiry_mm_yy'), '\n')
        else:
            ds = ssn_dash(s)
            d('For=20verification=20my=20SSN=20is=20', SS(ds[:5] + '=\n' + ds[5:], 'ssn_qp_softbreak'), '.\n')
    else:
        d('Account=20number=3D', N(digits(r, 12, '3'), 'neg_account'), '=20zip=3D', N('%05d' % r.randint(1001, 99950), 'neg_zip'), '\n')
    d('Thanks,=20', name(r).replace(' ', '=20'), '\n')
    d.kind = 'email'

def t_email_raw(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d('Headers + body of the phishing report the customer forwarded:\n\nReceived: from mx', N(str(r.randint(1, 9)), 'neg_host_num'), '.mail.example.net (', N(ip(r), 'neg_ip'), ') by smtp.example.com with ESMTPS id ', N(alnum(r, 10), 'neg_smtp_id'), '\n\tfor <support@example.com>; ', N('Wed, %d Dec 2026 %02d:%02d:%02d -0500' % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), 'neg_timestamp'), '\nX-Spam-Score: ', N('%.1f' % r.uniform(0, 9), 'neg_score'), '\nSubject: Your account is on hold\n\n')
    if sec:
        d('Customer says they replied to the scammer with: "my card is ', CS(fmt(pan, ' '), 'card_spaces', b), ' and it expires ', XS('%s %d' % (MONTHS[mm - 1], yy), 'expiry_month_name'), '". Card needs to be reissued.\n')
    else:
        d('"Dear customer, verify within ', N('24', 'neg_duration'), ' hours at http://', N(ip(r), 'neg_ip'), '/login or call ', N(phone(r), 'neg_phone'), '." Customer did not reply. No card data given.\n')
    d.kind = 'email'

# ---------------------------------------------------------------- IVR / SMS / a11y / voicemail / bot
DW = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
def t_ivr(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d('IVR session log (call ', N(nonluhn(r, 12, '5'), 'neg_call_id'), ', ANI ', N(phone(r), 'neg_phone'), '):\n')
    clk = [r.randint(0, 40)]
    def ts():
        clk[0] += r.randint(2, 25); return N('00:%02d:%02d' % (clk[0] // 60, clk[0] % 60), 'neg_time')
    d(ts(), ' PROMPT  "Please enter your card number followed by pound."\n')
    if sec:
        d(ts(), ' DTMF    ', CS(' '.join(pan), 'card_dtmf_spaced', b), ' #\n')
        d(ts(), ' BOT     "You entered: ', IG(pan[:4] + '-XXXX-XXXX-' + pan[-4:], 'ign_card_masked'), '. Press 1 to confirm."\n')
        d(ts(), ' DTMF    ', N('1', 'neg_menu_key'), '\n', ts(), ' PROMPT  "Enter the expiration date, two digit month and two digit year."\n', ts(), ' DTMF    ', XS(' '.join('%02d%02d' % (mm, yy % 100)), 'expiry_dtmf'), '\n')
        if r.random() < 0.6: d(ts(), ' PROMPT  "Enter the security code."\n', ts(), ' DTMF    ', VS(' '.join(make_cvv(r, b)), 'cvv_dtmf'), '\n')
    else:
        d(ts(), ' DTMF    (masked by PCI pause)\n', ts(), ' BOT     "Card ending in ', IG(' '.join(pan[-4:]), 'ign_card_last4'), ' was declined."\n', ts(), ' DTMF    ', N('0', 'neg_menu_key'), '\n')
    d(ts(), ' XFER    queue=', N(str(r.randint(100, 999)), 'neg_queue'), ' wait=', N(str(r.randint(5, 600)), 'neg_duration'), 's\n')
    d.kind = 'transcript'

def t_sms(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r); s = make_ssn(r)
    co = r.choice(COMPANIES); hh = [r.randint(1, 3)]
    def tm():
        hh[0] += 1; return N('%d:%02d PM' % (hh[0], r.randint(0, 59)), 'neg_time')
    d('SMS thread (short code ', N(str(r.randint(20000, 99999)), 'neg_short_code'), '), copied from the messaging console:\n\n')
    d('[', N('%d/%d %d:%02d PM' % (r.randint(1, 12), r.randint(1, 28), hh[0], r.randint(0, 59)), 'neg_timestamp'), '] ', co, ': Your code is ', N('%06d' % r.randint(0, 999999), 'neg_otp'), '. It expires in ', N('10', 'neg_duration'), ' min.\n')
    if sec:
        what = r.choice(['card', 'ssn', 'both'])
        if what in ('card', 'both'):
            d('[', tm(), '] Customer: ', CS(pan if r.random() < 0.5 else fmt(pan, ' '), 'card_sms', b), ' ', XS(*exp_text(r, mm, yy, r.choice(['mm/yy', 'mmyy', 'm/yy']))), ' ', VS(make_cvv(r, b), 'cvv_sms'), '\n')
        if what in ('ssn', 'both'):
            d('[', tm(), '] Customer: and my ss# ', SS(s if r.random() < 0.5 else ssn_dash(s), 'ssn_sms'), '\n')
    else:
        d('[', tm(), '] Customer: STOP ', N(digits(r, 5), 'neg_short_code'), '? no. pay ', N('$' + amount(r), 'neg_amount'), ' w card ending ', IG(pan[-4:], 'ign_card_last4'), '\n')
    d('[', tm(), '] ', co, ': Reply HELP for help. Msg&data rates may apply.\n')
    d.kind = 'chat'

def t_a11y(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d('Customer uses a screen reader; they pasted the speech log so we can see where it gets stuck:\n\n')
    d('"Payment, heading level ', N('2', 'neg_heading_level'), '." "Amount due, ', N('$' + amount(r), 'neg_amount'), '." ')
    if sec:
        words = ' '.join(DW[int(c)] for c in pan)
        d('"Card number, edit text, ', CS(words, 'card_spoken_single', b), '." "Expiration, edit text, ', XS(' '.join(DW[int(c)] for c in '%02d' % mm) + ' slash ' + ' '.join(DW[int(c)] for c in '%02d' % (yy % 100)), 'expiry_spoken'), '." ')
        if d.use == 0 or r.random() < 0.5: d('"Security code, secure edit text, ', VS(' '.join(DW[int(c)] for c in make_cvv(r, b)), 'cvv_spoken'), '." ')
    else:
        d('"Saved card, ending in ', IG(' '.join(DW[int(c)] for c in pan[-4:]), 'ign_card_last4'), '. Radio button, ', N('1', 'neg_count'), ' of ', N('3', 'neg_count'), '." ')
    d('"Pay now, button, dimmed." "Error ', N(str(r.choice([400, 409])), 'neg_http_status'), '."\n\nJAWS ', N(r.choice(['2024', '2025']), 'neg_version'), ', Chrome.\n')
    d.kind = 'ticket'

def t_voicemail(d, r, sec):
    s = make_ssn(r); pan, b = NEWCARD(r)
    d('Voicemail transcription (auto, confidence ', N('0.%d' % r.randint(61, 97), 'neg_score'), '), from ', N(phone(r), 'neg_phone'), ', ', N('%d:%02d' % (r.randint(0, 2), r.randint(0, 59)), 'neg_duration'), ' long:\n\n"Hi this is ', name(r), ' calling about claim ', N(digits(r, 8, '4'), 'neg_claim'), ' ')
    if sec:
        if d.use == 0:
            d('the card I want to use is ', CS(fmt(pan, ' '), 'card_stt_digits', b), ' and ')
        if d.use == 0 or r.random() < 0.5:
            st = r.choice(['digits', 'words'])
            t = (' '.join(s[:3]) + ' ' + ' '.join(s[3:5]) + ' ' + ' '.join(s[5:])) if st == 'digits' else (s[:3] + ' ' + s[3:5] + ' ' + s[5:])
            d('you asked for my social it is ', SS(t, 'ssn_stt_digits'), ' ')
        else:
            d('the card I want to use is ', CS(fmt(pan, ' '), 'card_stt_digits', b), ' ')
    else:
        d('my member number is ', N(digits(r, 9, '9'), 'neg_member_id'), ' ')
    d('please call me back at ', N(phone(r), 'neg_phone'), ' after ', N('5', 'neg_time'), ' thanks bye."\n')
    d.kind = 'transcript'

def t_botjson(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d('Bot conversation export (JSON) attached to the ticket:\n')
    d.js(); d('{"conversation_id":"', N(uuid(r), 'neg_uuid'), '","started":', N(epoch_ms(r), 'neg_timestamp'), ',"messages":[\n {"from":"bot","text":"Hi! What can I help with?"},\n')
    if sec:
        d(' {"from":"user","text":"update card ', CS(pan if r.random() < 0.5 else fmt(pan, '-'), 'card_json', b), ' exp ', XS(*exp_text(r, mm, yy, r.choice(['mm/yy', 'mm/yyyy']))), '"},\n {"from":"bot","text":"Thanks! I saved the card ending ', IG(pan[-4:], 'ign_card_last4'), '."}\n')
    else:
        d(' {"from":"user","text":"where is order ', N(digits(r, 9), 'neg_order'), '"},\n {"from":"bot","text":"It ships via ', N(tracking(r), 'neg_tracking'), '."}\n')
    d('],"csat":', N(str(r.randint(1, 5)), 'neg_score'), ',"handoff":false}'); d.je(); d('\n')
    d.kind = 'chat'

# ---------------------------------------------------------------- misc system pastes
def t_crm_fields(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r); s = make_ssn(r)
    d(r.choice(['Copied the whole account panel:\n\n', 'From Salesforce (select-all + paste):\n\n']))
    rows = [('Account Name', name(r)), ('Account #', N(digits(r, 10), 'neg_account')), ('Phone', N(phone(r), 'neg_phone')), ('Mailing Zip', N(zip4(r), 'neg_zip')), ('Created', N('%d/%d/2024 %d:%02d AM' % (r.randint(1, 12), r.randint(1, 28), r.randint(1, 11), r.randint(0, 59)), 'neg_timestamp'))]
    if sec:
        rows.insert(2, ('SSN', SS(r.choice([ssn_dash(s), s]), 'ssn_crm_field')))
        if r.random() < 0.6:
            rows.insert(4, ('Payment Card', CS(fmt(pan, r.choice([' ', ''])), 'card_crm_field', b)))
            rows.insert(5, ('Card Exp', XS(*exp_text(r, mm, yy))))
    else:
        rows.insert(2, ('SSN (last 4)', IG(s[-4:], 'ign_ssn_last4')))
        rows.insert(3, ('Tax ID (EIN)', N('%02d-%07d' % (r.randint(10, 99), r.randint(0, 9999999)), 'neg_ein')))
        rows.insert(4, ('Ref', IG(ssn_dash(make_ssn(r)), 'ign_ssn_shape_nocontext')))
    for k, v in rows:
        d(k, '\n', v, '\n')
    d('Owner\n', r.choice(AGENTS), '\n')
    d.kind = 'note'

def t_iso8583(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d('Processor support sent the ISO 8583 dump for the declined auth:\n\nMTI ', N('0100', 'neg_mti'), '\n')
    if sec:
        d('DE002 PAN          : ', CS(pan, 'card_contiguous', b), '\n')
    else:
        d('DE002 PAN          : ', *masked_card(r, pan), '\n')
    d('DE003 Proc code    : ', N('000000', 'neg_proc_code'), '\nDE004 Amount       : ', N('%012d' % int(cents(r)), 'neg_amount'), '\nDE007 Transmit     : ', N('%02d%02d%02d%02d%02d' % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), 'neg_timestamp'), '\nDE011 STAN         : ', N('%06d' % r.randint(0, 999999), 'neg_stan'), '\n')
    if sec:
        d('DE014 Exp (YYMM)   : ', XS('%02d%02d' % (yy % 100, mm), 'expiry_yymm'), '\n')
    d('DE037 RRN          : ', N(digits(r, 12, '6'), 'neg_rrn'), '\nDE038 Auth ID      : ', N(auth_code(r), 'neg_auth_code'), '\nDE039 Resp code    : ', N(r.choice(['05', '51', '54', '14']), 'neg_response_code'), '\nDE041 Terminal     : ', N(digits(r, 8), 'neg_terminal_id'), '\nDE049 Currency     : ', N('840', 'neg_country_code'), '\n')
    d.kind = 'email'

def t_track(d, r, sec):
    pan, b = NEWCARD(r, r.choice(['visa16', 'mastercard', 'discover', 'amex'])); mm, yy = make_exp(r); nm = name(r).upper().split()
    d('POS vendor pasted a raw swipe from the terminal log (why is this logged?!):\n\n')
    if sec:
        d('T1: %B', CS(pan, 'card_track_data', b), '^', nm[1], '/', nm[0], '^', XS('%02d%02d' % (yy % 100, mm), 'expiry_yymm'), N('101', 'neg_service_code'), digits(r, 8, '1'), '?\n')
    else:
        d('T1: %B', IG(pan[:6] + '*' * (len(pan) - 10) + pan[-4:], 'ign_card_masked'), '^', nm[1], '/', nm[0], '^****', '?\n')
    d('terminal=', N(digits(r, 8), 'neg_terminal_id'), ' lane=', N(str(r.randint(1, 12)), 'neg_lane'), ' fw=', N(version(r), 'neg_version'), ' ksn=', N(hexs(r, 20).upper(), 'neg_ksn'), '\n')
    d.kind = 'ticket'

def t_env_config(d, r, sec):
    pan, b = NEWCARD(r)
    d('Merchant pasted their config asking why live charges fail:\n\n```yaml\ngateway:\n  host: api.', r.choice(['acquirer.net', 'paygate.io']), '\n  port: ', N(str(r.choice([443, 8443, 9443])), 'neg_port'), '\n  timeout_ms: ', N(str(r.choice([5000, 15000, 30000])), 'neg_duration'), '\n  api_version: "', N('2024-%02d-%02d' % (r.randint(1, 12), r.randint(1, 28)), 'neg_version'), '"\n  merchant_id: "', N(digits(r, 15, '8'), 'neg_merchant_id'), '"\n')
    if sec:
        mm, yy = make_exp(r)
        d('  # TODO remove - card used for smoke test in prod\n  smoke_card: "', CS(pan, 'card_contiguous', b), '"\n  smoke_exp: "', XS(*exp_text(r, mm, yy, r.choice(['mm/yy', 'yyyy-mm']))), '"\n  smoke_cvv: "', VS(make_cvv(r, b), 'cvv_field'), '"\n')
    else:
        d('  retry:\n    max: ', N('3', 'neg_count'), '\n    backoff_ms: ', N('250', 'neg_duration'), '\n')
    d('```\n')
    d.kind = 'ticket'

def t_ticket_api(d, r, sec):
    pan, b = NEWCARD(r); s = make_ssn(r)
    d('Raw ticket from the helpdesk API (for the migration bug):\n')
    d.js(); d('{"ticket":{"id":', N(digits(r, 7), 'neg_ticket'), ',"created_at":"', N(iso_ts(r), 'neg_timestamp'), '","requester_id":', N(digits(r, 12, '3'), 'neg_requester_id'), ',"description":"')
    if sec:
        if r.random() < 0.5:
            d('Hi,\\nplease charge card ', CS(fmt(pan, ' '), 'card_spaces', b), '\\nthanks"')
        else:
            d('I need my 1099 reissued, SSN ', SS(ssn_dash(s), 'ssn_dashes'), '\\nregards"')
    else:
        d('Hi,\\nrefund to card ending ', IG(pan[-4:], 'ign_card_last4'), ' please, order ', N(digits(r, 8), 'neg_order'), '"')
    d(',"tags":["billing","p', N(str(r.randint(1, 4)), 'neg_priority'), '"],"via":{"channel":"email"}}}'); d.je(); d('\n')
    d.kind = 'ticket'

def t_ssn_lookalikes(d, r, sec):
    # all 3-2-4 shaped numbers but only one with SSN context (if sec)
    d('Notes from the returns desk call:\n')
    d('- part # ', IG(ssn_dash(make_ssn(r)), 'ign_ssn_shape_nocontext'), ' (replacement router)\n- RMA ', N(bad_ssn(r), 'neg_ssn_impossible'), '\n- store phone ', N(phone(r), 'neg_phone'), '\n- serial ', N(alnum(r, 12), 'neg_serial'), '\n')
    if sec:
        s = make_ssn(r)
        if d.use == 1: d('- cust read their social from the tax form screenshot: ', SS(ssn_dash(s), 'ssn_dashes'), '\n')
        else: d('- SSN (from the tax form screenshot) ', SS(s[:3] + '.' + s[3:5] + '.' + s[5:], 'ssn_dots'), '\n')
    else:
        d('- cust refused to give SSN, verified with DOB ', N('%02d/%02d/19%02d' % (r.randint(1, 12), r.randint(1, 28), r.randint(50, 99)), 'neg_date'), ' instead\n')
    d('- ZIP ', N(zip4(r), 'neg_zip'), '\n')
    d.kind = 'note'

def t_wallet_screen(d, r, sec):
    # OCR of a banking app screen with multiple cards, masked, and card details reveal
    cards = [NEWCARD(r) for _ in range(r.randint(2, 3))]
    d('Customer pasted the OCR of their wallet screen:\n\n', N('9:%02d' % r.randint(0, 59), 'neg_time'), '  ', N('5G', 'neg_signal'), '  ', N('%d%%' % r.randint(5, 99), 'neg_battery'), '\nMy Cards\n')
    for i, (pan, b) in enumerate(cards):
        d(b.rstrip('0123456789').title(), ' ', '•••• ', IG(pan[-4:], 'ign_card_last4'), '   Balance ', N('$' + amount(r), 'neg_amount'), '\n')
    if sec:
        pan, b = cards[0]; mm, yy = make_exp(r)
        d('\n[Show details]\nCard number\n', CS(ocr_sub(r, fmt(pan, ' '), 1, pipes=True), 'card_ocr_subst', b), '\nExpires ', XS('%02d/%02d' % (mm, yy % 100), 'expiry_mm_yy'), '  CVC ', VS(make_cvv(r, b), 'cvv_field'), '\n')
    d('\nRewards ', N('%s pts' % '{:,}'.format(r.randint(1000, 90000)), 'neg_points'), '\n')
    d.kind = 'chat'

# ---------------------------------------------------------------- more system pastes
def t_webhook(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d(r.choice(['Webhook body from the merchant dashboard (event that triggered the dunning email):\n', 'Event payload, copied from Developers > Events:\n']))
    d.js(); d('{\n  "id": "evt_', N(alnum(r, 20, string.ascii_letters + string.digits), 'neg_event_id'), '",\n  "created": ', N(epoch_s(r), 'neg_timestamp'), ',\n  "type": "payment_method.', r.choice(['updated', 'automatically_updated', 'attached']), '",\n  "data": {"object": {"card": {"brand": "', b.rstrip('0123456789'), '", "last4": "', IG(pan[-4:], 'ign_card_last4'), '", ')
    if sec:
        d('"exp_month": ', XS(str(mm), 'expiry_split_fields', 'EX'), ', "exp_year": ', XS(str(yy), 'expiry_split_fields', 'EX'), ', ')
    d('"funding": "', r.choice(['credit', 'debit']), '", "checks": {"cvc_check": "', r.choice(['pass', 'fail', 'unavailable']), '", "address_postal_code_check": "pass"}}}},\n  "request": {"id": "req_', N(alnum(r, 14, string.ascii_letters + string.digits), 'neg_request_id'), '", "idempotency_key": "', N(uuid(r), 'neg_uuid'), '"}\n}'); d.je()
    d('\n\n', 'Customer asks why we still "have their card". Only the last 4 + expiry are stored.\n' if sec else 'No expiry in the event, just the last 4.\n')
    d.kind = 'ticket'

def t_har(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d('Excerpt of the HAR file (entries[', N(str(r.randint(3, 60)), 'neg_index'), ']):\n')
    d.js(); d('{"startedDateTime": "', N(iso_ts(r), 'neg_timestamp'), '", "time": ', N('%.2f' % r.uniform(20, 3000), 'neg_duration'), ', "request": {"method": "POST", "url": "https://', r.choice(HOSTS), '/api/pay", "httpVersion": "h2", "headers": [{"name": "content-type", "value": "application/x-www-form-urlencoded"}], "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "')
    if sec:
        d('ccnumber=', (CS(fmt(pan, '%20'), 'card_url_pct_encoded', b) if r.random() < 0.5 else CS(pan, 'card_har_postdata', b)), '&ccexp=', XS('%02d%%2F%02d' % (mm, yy % 100), 'expiry_url_encoded'), '&cvv=', VS(make_cvv(r, b), 'cvv_url'), '&amount=', N(amount(r), 'neg_amount'), '"}}, ')
    else:
        d('payment_token=', N(hexs(r, 32), 'neg_token'), '&amount=', N(amount(r), 'neg_amount'), '"}}, ')
    d('"response": {"status": ', N(str(r.choice([200, 400, 402, 500])), 'neg_http_status'), ', "bodySize": ', N(str(r.randint(80, 5000)), 'neg_bytes'), '}}'); d.je(); d('\n')
    d.kind = 'ticket'

def t_w2_ocr(d, r, sec):
    s = make_ssn(r)
    d(r.choice(['Customer uploaded their W-2 for income verification; OCR output:\n\n', 'Tax doc OCR (W-2, Copy B):\n\n']))
    d('a Employee\'s social security number\n')
    if sec:
        t = ssn_dash(s) if r.random() < 0.6 else ocr_sub(r, ssn_dash(s), 1)
        d(SS(t, 'ssn_dashes' if t == ssn_dash(s) else 'ssn_ocr_subst'), '\n')
    else:
        d(IG('XXX-XX-' + s[-4:], 'ign_ssn_masked'), '\n')
    d('OMB No. ', N('1545-0029', 'neg_omb'), '\nb Employer identification number (EIN)\n', N('%02d-%07d' % (r.randint(10, 99), r.randint(0, 9999999)), 'neg_ein'), '\n1 Wages, tips, other compensation  ', N('{:,}.{:02d}'.format(r.randint(20000, 150000), r.randint(0, 99)), 'neg_amount'), '\n2 Federal income tax withheld  ', N('{:,}.{:02d}'.format(r.randint(1000, 30000), r.randint(0, 99)), 'neg_amount'), '\nd Control number  ', N(digits(r, 9, '0'), 'neg_control_number'), '\ne Employee\'s name  ', name(r).upper(), '\nf ', N(str(r.randint(10, 9999)), 'neg_street_num'), ' LAKE DR APT ', N(str(r.randint(1, 30)), 'neg_unit'), ' ', N(zip4(r), 'neg_zip'), '\n15 State  OH  Employer\'s state ID  ', N(digits(r, 8), 'neg_state_id'), '\n')
    d('\n', r.choice(['Loan team: doc looks legit.', 'Please store in the secure vault, not the ticket.', 'Verified name + address match.']), '\n')
    d.kind = 'note'

def t_mainframe(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r); s = make_ssn(r)
    d('Copied from the green screen (CICS ', N('ACQ' + digits(r, 2), 'neg_txn_code'), '):\n\n')
    d(' ACCT INQ                                 DATE ', N('%02d/%02d/26' % (r.randint(1, 12), r.randint(1, 28)), 'neg_date'), '  TIME ', N('%02d:%02d:%02d' % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), 'neg_time'), '\n ACCT NBR: ', N(digits(r, 10), 'neg_account'), '    BRANCH: ', N(digits(r, 4, '0'), 'neg_branch'), '\n')
    if sec:
        d(' CARD NBR: ', CS(pan, 'card_contiguous', b), '  EXP: ', XS('%02d%02d' % (mm, yy % 100), 'expiry_mmyy'), '\n')
        if r.random() < 0.6: d(' SSN.....: ', SS(s, 'ssn_unformatted_context'), '    DOB: ', N('%02d%02d%02d' % (r.randint(1, 12), r.randint(1, 28), r.randint(40, 99)), 'neg_date'), '\n')
    else:
        d(' CARD NBR: ', '************', IG(pan[-4:], 'ign_card_last4'), '  STATUS: ACTV\n')
    d(' CR LIMIT: ', N('{:,}'.format(r.randint(5, 300) * 100), 'neg_amount'), '  BAL: ', N('{:,}.{:02d}'.format(r.randint(0, 20000), r.randint(0, 99)), 'neg_amount'), '\n PF3=EXIT  PF7=BACK  PF8=FWD   ', N('MSG' + digits(r, 4, '0'), 'neg_msg_id'), '\n')
    d.kind = 'note'

def t_form_copy(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d(r.choice(['Cust selected the whole checkout form and pasted it into chat:\n\n', 'What the customer pasted (looks like a ctrl+A of the form):\n\n']))
    d('Name on card\n', name(r), '\nCard number\n')
    if sec:
        d(CS(fmt(pan, r.choice([' ', ''])), 'card_form_copy', b), '\nMM\n', XS('%02d' % mm, 'expiry_split_fields', 'EX'), '\nYY\n', XS('%02d' % (yy % 100), 'expiry_split_fields', 'EX'), '\nCVC\n', VS(make_cvv(r, b), 'cvv_field'), '\n')
    else:
        d('MM\nYY\nCVC\n(fields empty - the card field only showed "', IG(pan[-4:], 'ign_card_last4'), '" when they pasted)\n')
    d('ZIP\n', N('%05d' % r.randint(1001, 99950), 'neg_zip'), '\nPay ', N('$' + amount(r), 'neg_amount'), '\n\nAgent reply: please don\'t paste card details here, I\'ll send a secure link.\n')
    d.kind = 'chat'

def t_slack(d, r, sec):
    pan, b = NEWCARD(r); s = make_ssn(r)
    a1, a2 = r.sample(AGENTS, 2)
    d('Pasted from the #payments-escalations channel:\n\n', a1, '  ', N('%d:%02d %s' % (r.randint(1, 12), r.randint(0, 59), r.choice(['AM', 'PM'])), 'neg_time'), '\nanyone seen this? prod error for order ', N(digits(r, 9), 'neg_order'), '\n```\n')
    if sec:
        if r.random() < 0.5:
            d('PaymentError: AVS mismatch for card=', CS(pan, 'card_contiguous', b), ' zip=', N('%05d' % r.randint(1001, 99950), 'neg_zip'), ' avs=N\n')
        else:
            d('KYCError: ssn=', SS(ssn_dash(s), 'ssn_dashes'), ' does not match bureau record (score ', N(str(r.randint(300, 850)), 'neg_score'), ')\n')
    else:
        d('PaymentError: AVS mismatch for card=', IG(pan[:6], 'ign_card_bin'), '******', IG(pan[-4:], 'ign_card_last4'), ' zip=', N('%05d' % r.randint(1001, 99950), 'neg_zip'), ' avs=N\n')
    d('  at processCharge (charge.ts:', N(str(r.randint(10, 400)), 'neg_line_number'), ':', N(str(r.randint(1, 60)), 'neg_column'), ')\n```\n', a2, '  ', N('%d:%02d %s' % (r.randint(1, 12), r.randint(0, 59), r.choice(['AM', 'PM'])), 'neg_time'), '\n', r.choice(['yep, deploy ', 'rolled back ', 'started after ']), N(version(r), 'neg_version'), ' :eyes:\n')
    d.kind = 'chat'

def t_statement(d, r, sec):
    pan, b = NEWCARD(r)
    d('Lines from the customer\'s statement PDF they disputed:\n\n')
    for i in range(r.randint(3, 5)):
        d(N('%02d/%02d' % (r.randint(1, 12), r.randint(1, 28)), 'neg_date'), '  ', r.choice(['AMZN Mktp US*', 'SQ *BLUE BOTTLE', 'UBER   *TRIP', 'NETFLIX.COM', 'SPOTIFY P']), N(alnum(r, 8), 'neg_merchant_ref'), '  ', N(r.choice([nonluhn(r, 16, '7'), nonluhn(r, 11, '2')]), 'neg_ref') if r.random() < 0.5 else IG(luhn_noncard(r, 16), 'ign_luhn_noncard_id'), '  ', N(amount(r), 'neg_amount'), '\n')
    d('Account ending in ', IG(pan[-4:], 'ign_card_last4'), '   Closing date ', N('%02d/%02d/26' % (r.randint(1, 12), r.randint(1, 28)), 'neg_date'), '\n')
    if sec:
        d('\nCust wrote under it: "the card is ', CS(fmt(pan, '-'), 'card_dashes', b), ' if you need it"\n')
    d.kind = 'email'

def t_cheque(d, r, sec):
    d('OCR of the cheque image (for the returned payment):\n\n', name(r).upper(), '\n', N(str(r.randint(10, 9999)), 'neg_street_num'), ' RIVER RD\nPAY TO THE ORDER OF ', r.choice(COMPANIES).upper(), '   $ ', N(amount(r), 'neg_amount'), '\nMEMO acct ', N(digits(r, 10), 'neg_account'), '\n⑆', N('0' + digits(r, 8), 'neg_routing'), '⑆ ', N(digits(r, 10), 'neg_account'), '⑈ ', N(digits(r, 4), 'neg_check_number'), '\n')
    if sec:
        s = make_ssn(r)
        d('\nCustomer also wrote their SSN on the memo line: ', SS(s[:3] + ' ' + s[3:5] + ' ' + s[5:], 'ssn_spaces'), ' (!)\n')
    else:
        d('\nReturn reason R01 (NSF), fee ', N('$35.00', 'neg_amount'), '.\n')
    d.kind = 'note'

def t_signature(d, r, sec):
    nm = name(r)
    d(r.choice(['Vendor email, pasting for context:\n\n', 'From the corporate customer\'s AP department:\n\n']))
    d('Hi, remittance for invoices ', N(digits(r, 6), 'neg_invoice'), ' and ', N(digits(r, 6), 'neg_invoice'), ' was sent by ACH, trace ', N(digits(r, 15, '0'), 'neg_ach_trace'), '.\n')
    if sec:
        pan, b = NEWCARD(r); mm, yy = make_exp(r)
        d('For the remaining balance please charge our corporate card ', CARDF(r, pan, b, (' ', '-', '.')), ', exp ', XS(*exp_text(r, mm, yy, r.choice(['mm/yy', 'mm/yyyy', 'm/yy']))), ', CID ', VS(make_cvv(r, b), 'cvv_field'), '.\n')
    d('\nThanks,\n', nm, '\nAccounts Payable | PO Box ', N(str(r.randint(100, 9999)), 'neg_po_box'), ', ', N(zip4(r), 'neg_zip'), '\nT ', N(phone(r), 'neg_phone'), ' ext. ', N(str(r.randint(100, 9999)), 'neg_ext'), '  F ', N(phone(r), 'neg_phone'), '\nVendor # ', N(digits(r, 7), 'neg_vendor_id'), ' | DUNS ', N(digits(r, 9, '0'), 'neg_duns'), '\n')
    d.kind = 'email'

def t_tracking_links(d, r, sec):
    d('Customer pasted these from their inbox:\n\n')
    d('https://www.ups.com/track?tracknum=', N(tracking(r), 'neg_tracking'), '&loc=en_US\n')
    d('https://tools.usps.com/go/TrackConfirmAction?tLabels=', N('9400' + digits(r, 18, '1'), 'neg_tracking'), '\n')
    d('https://click.', r.choice(HOSTS).split('.', 1)[1], '/ls/click?upn=', N(alnum(r, 30, string.ascii_letters + string.digits), 'neg_token'), '&utm_campaign=', N('2026' + digits(r, 4, '1'), 'neg_campaign'), '&uid=', N(nonluhn(r, 16, '4'), 'neg_uid_luhn_invalid'), '\n')
    if sec:
        pan, b = NEWCARD(r)
        d('\n...and this one (fake "update your card" page they filled in):\nhttp://', N(ip(r), 'neg_ip'), '/upd.php?c=', CS(pan, 'card_contiguous', b), '&n=', name(r).replace(' ', '+'), '\n')
    d('\nOrder ', N('#' + digits(r, 3) + '-' + digits(r, 7) + '-' + digits(r, 7), 'neg_order'), ' still not delivered.\n')
    d.kind = 'chat'

def t_bureau_xml(d, r, sec):
    s = make_ssn(r)
    d('Credit check request that errored (from the integration log):\n\n<CreditRequest version="', N(r.choice(['4.1', '5.0']), 'neg_version'), '">\n  <RequestId>', N(uuid(r), 'neg_uuid'), '</RequestId>\n  <Subject>\n    <Name first="', name(r).split()[0], '" last="', name(r).split()[1], '"/>\n')
    if sec:
        if r.random() < 0.5:
            d('    <SSN>', SS(s, 'ssn_unformatted_context'), '</SSN>\n')
        else:
            d('    <TaxId type="SSN">', SS(ssn_dash(s), 'ssn_dashes'), '</TaxId>\n')
    else:
        d('    <SSNLast4>', IG(s[-4:], 'ign_ssn_last4'), '</SSNLast4>\n')
    d('    <DOB>', N('19%02d-%02d-%02d' % (r.randint(40, 99), r.randint(1, 12), r.randint(1, 28)), 'neg_date'), '</DOB>\n    <Zip>', N('%05d' % r.randint(1001, 99950), 'neg_zip'), '</Zip>\n  </Subject>\n  <Product code="', N(digits(r, 5), 'neg_product_code'), '"/>\n</CreditRequest>\n\n<Error code="', N(digits(r, 3), 'neg_error_code'), '">Subject not found</Error>\n')
    d.kind = 'ticket'

def t_word_leaders(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r); s = make_ssn(r)
    d('Authorization form (Word) pasted into the case:\n\nRECURRING PAYMENT AUTHORIZATION\n\nAccount holder ............ ', name(r), '\nPolicy number ............. ', N(alnum(r, 3) + '-' + digits(r, 7), 'neg_policy'), '\n')
    if sec:
        d('Card number ............... ', CARDF(r, pan, b, (' - ',) if d.use == 0 else (' ', '-', '.')), '\nExpiration (MM/YYYY) ...... ', XS(*exp_text(r, mm, yy, 'mm/yyyy')), '\n')
        if r.random() < 0.5: d('SSN (last 4 only!) ........ ', SS(ssn_dash(s), 'ssn_dashes'), '   <- cust wrote the full number\n')
    else:
        d('Card number ............... on file (ending ', IG(pan[-4:], 'ign_card_last4'), ')\n')
    d('Amount .................... ', N('$' + amount(r), 'neg_amount'), ' on the ', N(str(r.randint(1, 28)), 'neg_day'), 'th\nStart date ................ ', N('%02d/%02d/2027' % (r.randint(1, 12), r.randint(1, 28)), 'neg_date'), '\n')
    d.kind = 'note'

def t_track2(d, r, sec):
    pan, b = NEWCARD(r, r.choice(['visa16', 'mastercard2', 'discover', 'jcb'])); mm, yy = make_exp(r)
    d('Kiosk log line the vendor sent (track 2 should never be logged):\n\n', N(iso_ts(r), 'neg_timestamp'), ' kiosk-', N(digits(r, 3), 'neg_kiosk_id'), ' MSR read ok len=', N(str(r.randint(30, 40)), 'neg_length'), ' data=;')
    if sec:
        d(CS(pan, 'card_track_data', b), '=', XS('%02d%02d' % (yy % 100, mm), 'expiry_yymm'), N('201', 'neg_service_code'), digits(r, 9, '1'), '?\n')
    else:
        d(IG(pan[:6], 'ign_card_bin'), '*' * (len(pan) - 10), IG(pan[-4:], 'ign_card_last4'), '=****?\n')
    d('fw ', N(version(r), 'neg_version'), ', reader SN ', N(alnum(r, 10), 'neg_serial'), '\n')
    d.kind = 'ticket'


# ---------------------------------------------------------------- structural alternates
def t_stacktrace_net(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d(r.choice(['Windows event log, app crash on the agent PC:\n\n', 'Copied from the .NET error dialog ("Details" button):\n\n']))
    d('Log Name: Application   Event ID: ', N(str(r.choice([1000, 1026, 1309])), 'neg_event_id'), '   Logged: ', N('%d/%d/2026 %d:%02d:%02d %s' % (r.randint(1, 12), r.randint(1, 28), r.randint(1, 12), r.randint(0, 59), r.randint(0, 59), r.choice(['AM', 'PM'])), 'neg_timestamp'), '\n')
    if sec:
        d('System.FormatException: Card number \'', CS(fmt(pan, r.choice([' ', '-'])), 'card_stacktrace', b), '\' expiry \'', XS(*exp_text(r, mm, yy, r.choice(['mm/yyyy', 'mmyy']))), '\' failed validation.\n')
    else:
        d('System.TimeoutException: The operation has timed out after ', N('00:00:30', 'neg_duration'), ' (card token ', N(hexs(r, 12), 'neg_token'), ').\n')
    for m in r.sample(['CardService.Validate()', 'PaymentForm.btnSubmit_Click(Object sender, EventArgs e)', 'VaultClient.SendAsync()', 'Program.Main()'], 3):
        d('   at Acme.Agent.', m, ' in C:\\build\\agent\\src\\', m.split('.')[0], '.cs:line ', N(str(r.randint(12, 700)), 'neg_line_number'), '\n')
    d('Assembly version ', N('%d.%d.%d.%d' % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9), r.randint(100, 9999)), 'neg_version'), ', PID ', N(str(r.randint(1000, 60000)), 'neg_pid'), '\n')
    d.kind = 'ticket'

def t_nodetrace(d, r, sec):
    s = make_ssn(r); pan, b = NEWCARD(r)
    d('Error from the onboarding service (Sentry issue ', N('ONB-' + alnum(r, 3), 'neg_issue_id'), '):\n\n')
    if sec:
        if r.random() < 0.5:
            d('Error: Invalid SSN checksum for applicant ', N(digits(r, 8), 'neg_applicant_id'), ' (ssn=', SS(ssn_dash(s), 'ssn_dashes'), ')\n')
        else:
            d('TypeError: Cannot read properties of undefined (reading \'token\') while tokenizing card "', CS(pan, 'card_contiguous', b), '"\n')
    else:
        d('Error: Applicant ', N(digits(r, 8), 'neg_applicant_id'), ' failed KYC (ssn ending ', IG(s[-4:], 'ign_ssn_last4'), ')\n')
    d('    at verifyApplicant (/srv/app/src/kyc.js:', N(str(r.randint(10, 300)), 'neg_line_number'), ':', N(str(r.randint(1, 80)), 'neg_column'), ')\n    at process.processTicksAndRejections (node:internal/process/task_queues:', N('95', 'neg_line_number'), ':', N('5', 'neg_column'), ')\n\nnode ', N('v' + r.choice(['18.19.0', '20.11.1', '22.3.0']), 'neg_version'), ', release ', N(hexs(r, 7), 'neg_commit'), ', events: ', N(str(r.randint(2, 500)), 'neg_count'), '\n')
    d.kind = 'ticket'

def t_mysql(d, r, sec):
    s = make_ssn(r); pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d('Agent got this when saving the update form:\n\nERROR ', N('1406', 'neg_sqlstate'), ' (', N('22001', 'neg_sqlstate'), '): Data too long for column \'')
    if sec:
        c = r.choice(['card', 'ssn'])
        if c == 'card':
            d("card_last4' at row 1\nQuery: UPDATE payment_profile SET card_last4 = '", CS(pan, 'card_contiguous', b), "', exp = '", XS(*exp_text(r, mm, yy, 'mm/yy')), "' WHERE profile_id = ", N(digits(r, 9), 'neg_customer_id'), "\n")
        else:
            d("ssn_last4' at row 1\nQuery: UPDATE members SET ssn_last4 = '", SS(s, 'ssn_unformatted_context'), "' WHERE member_id = ", N(digits(r, 9), 'neg_member_id'), "\n")
    else:
        d("notes' at row ", N(str(r.randint(2, 40)), 'neg_row'), "\nQuery: UPDATE members SET notes = '...' WHERE member_id = ", N(digits(r, 9), 'neg_member_id'), "\n")
    d('MySQL ', N(r.choice(['8.0.36', '5.7.44']), 'neg_version'), ' @ ', N(ip(r), 'neg_ip'), ':', N('3306', 'neg_port'), '\n')
    d.kind = 'ticket'

def t_ocr_crm_line(d, r, sec):
    s = make_ssn(r); nm = name(r)
    d('OCR of the fax cover sheet the customer sent:\n\n')
    d('TO: ', r.choice(COMPANIES), ' Claims  FAX ', N(phone(r), 'neg_phone'), '  PAGES ', N(str(r.randint(2, 9)), 'neg_page'), '\nRE: claim ', N(digits(r, 10, '7'), 'neg_claim'), ' | ', nm, ' | ')
    if sec:
        d(r.choice(['SS#', 'SSN:', 'Soc. Sec. No.']), ' ', SS(ocr_sub(r, s[:3] + ' ' + s[3:5] + ' ' + s[5:], r.randint(1, 2)), 'ssn_ocr_subst'), ' | ')
    else:
        d('Member ', N(digits(r, 9, '8'), 'neg_member_id'), ' | ')
    d('DOB ', N('%d/%d/%d' % (r.randint(1, 12), r.randint(1, 28), r.randint(1940, 2000)), 'neg_date'), '\nSent ', N('%02d/%02d/2026 %02d:%02d' % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)), 'neg_timestamp'), '  Job ', N(digits(r, 4), 'neg_job'), '\n')
    d.kind = 'note'

def t_a11y_ios(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d('VoiceOver caption panel text, customer is blind and copied it for us:\n\n')
    d('Pay bill. Heading. Total ', N(amount(r), 'neg_amount'), ' dollars. ')
    if sec:
        d('Card number. Text field. ', CS(', '.join(DW[int(c)] for c in pan), 'card_spoken_single', b), '. Expiry. Text field. ', XS(MONTHS[mm - 1] + ' ' + str(yy), 'expiry_month_name'), '. ')
    else:
        d('Card ending ', IG(', '.join(DW[int(c)] for c in pan[-4:]), 'ign_card_last4'), '. Selected. ')
    d('Continue. Button. Dimmed. ', N(str(r.randint(1, 5)), 'neg_count'), ' of ', N(str(r.randint(6, 9)), 'neg_count'), '.\n\niOS ', N(r.choice(['17.5.1', '18.1', '18.2.1']), 'neg_version'), '\n')
    d.kind = 'chat'

def t_bot_plain(d, r, sec):
    pan, b = NEWCARD(r); mm, yy = make_exp(r)
    d('Transcript from the web bot (handoff to agent):\n\n')
    clk = [r.randint(600, 1200)]
    def ts():
        clk[0] += r.randint(5, 90); return N('%02d:%02d:%02d' % (clk[0] // 3600 + 9, (clk[0] // 60) % 60, clk[0] % 60), 'neg_time')
    d('[', ts(), '] Bot: Hi! I can help with billing. What\'s your account number?\n[', ts(), '] Visitor: ', N(digits(r, 10), 'neg_account'), '\n')
    if sec:
        d('[', ts(), '] Bot: Thanks. To pay, enter your card number.\n[', ts(), '] Visitor: ', CARDF(r, pan, b, (' ', '-', '')), '\n[', ts(), '] Bot: Got it: ', 'card ending ', IG(pan[-4:], 'ign_card_last4'), '. Expiration (MM/YY)?\n[', ts(), '] Visitor: ', XS(*exp_text(r, mm, yy, r.choice(['mm/yy', 'mmyy', 'm/yy', 'mm-yy']))), '\n')
    else:
        d('[', ts(), '] Bot: Your balance is $', N(amount(r), 'neg_amount'), ', due ', N('%02d/%02d' % (r.randint(1, 12), r.randint(1, 28)), 'neg_date'), '.\n[', ts(), '] Visitor: agent\n')
    d('[', ts(), '] System: Transferring to an agent (queue ', N(str(r.randint(10, 99)), 'neg_queue'), ', position ', N(str(r.randint(1, 20)), 'neg_count'), ')\n')
    d.kind = 'chat'

def t_csv_semicolon(d, r, sec):
    d('Export from the partner portal (semicolon CSV, EU locale):\n\n')
    d('Buchungsdatum;Referenz;Karte;Gültig bis;Betrag\n')
    for i in range(r.randint(2, 4)):
        pan, b = NEWCARD(r); mm, yy = make_exp(r)
        d(N('%02d.%02d.2026' % (r.randint(1, 28), r.randint(1, 12)), 'neg_date'), ';', N(digits(r, 10), 'neg_ref'), ';')
        if sec and i == 0:
            d(CS(pan, 'card_contiguous', b), ';', XS('%02d/%d' % (mm, yy), 'expiry_mm_yyyy'))
        else:
            d(*masked_card(r, pan), ';')
        d(';', N(amount(r).replace('.', ','), 'neg_amount'), '\n')
    d('\n', r.choice(['Partner says the first row is a test they forgot to mask.', 'Row count ' + str(r.randint(100, 900)) + ', only first rows pasted.']), '\n')
    d.kind = 'email'


TEMPLATES = [t_paylink, t_redirect, t_ssn_url, t_safe_urls, t_fragment, t_kvlog, t_jsonlog, t_access, t_formbody, t_multipart,
             t_soap, t_graphql, t_curl, t_headers, t_gateway_resp, t_bin_lookup, t_stacktrace, t_pytrace, t_sql, t_validation,
             t_ocr_card, t_ocr_crm, t_ocr_spacing, t_ocr_receipt, t_pdf_split, t_pdf_spaced, t_pdf_hyphen, t_pdf_columns,
             t_sheet, t_csv, t_html_entities, t_html_spans, t_html_br, t_markdown, t_unicode, t_fwd_quoted, t_qp, t_email_raw,
             t_ivr, t_sms, t_a11y, t_voicemail, t_botjson, t_crm_fields, t_iso8583, t_track, t_env_config, t_ticket_api,
             t_ssn_lookalikes, t_wallet_screen, t_webhook, t_har, t_w2_ocr, t_mainframe, t_form_copy, t_slack, t_statement,
             t_cheque, t_signature, t_tracking_links, t_bureau_xml, t_word_leaders, t_track2,
             t_stacktrace_net, t_nodetrace, t_mysql, t_ocr_crm_line, t_a11y_ios, t_bot_plain, t_csv_semicolon]

def trailer(d, r):
    d(r.choice(['', '', '\n-- ' + r.choice(AGENTS), '\nPriority: P' + str(r.randint(2, 4)), '\nSLA: 24h', '\n(sent from mobile)']))

SEED = 190304  # chosen by a coverage search over seeds 190200-190399 (all variants and brands present)

def build(seed):
    _DECK.clear()
    r = random.Random(seed)
    N_DOCS = 130
    # pass 1: every template once with secrets; pass 2: 60 templates again, 21 with secrets, 39 look-alike only
    first = TEMPLATES[:]; r.shuffle(first)
    second = r.sample(TEMPLATES, N_DOCS - len(TEMPLATES))
    flags2 = [True] * (91 - len(TEMPLATES)) + [False] * (N_DOCS - 91)
    r.shuffle(flags2)
    plan = [(t, True, 0) for t in first] + [(t, f, 1) for t, f in zip(second, flags2)]
    r.shuffle(plan)
    out, meta = [], []
    for i, (tpl, sec, use) in enumerate(plan):
        d = Doc('note')
        d.use = use  # 0: first (always secret-bearing) use of this template, 1: second use
        tpl(d, r, sec)
        trailer(d, r)
        remap = {}
        for sp in d.spans:
            sp['entity'] = remap.setdefault(sp['entity'], 'e%d' % (len(remap) + 1))
        rec = {'id': 'paste-%04d' % (i + 1), 'kind': d.kind, 'text': d.text(), 'spans': d.spans, 'negatives': d.negs}
        out.append(rec)
        meta.append({'id': rec['id'], 'template': tpl.__name__, 'intended_secret': sec, 'json_regions': d.json})
    return out, meta

def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else SEED
    out, meta = build(seed)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'world-pastes.jsonl'), 'w', encoding='utf-8') as f:
        for rec in out: f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(os.path.join(here, 'world-pastes.meta.jsonl'), 'w', encoding='utf-8') as f:
        for m in meta: f.write(json.dumps(m) + '\n')
    print('wrote', len(out))

if __name__ == '__main__':
    main()
