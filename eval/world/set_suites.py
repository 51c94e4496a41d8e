"""public-suites: test strings from other projects' test suites and from
vendors' documentation, quoted as they are, labelled with our rule
("validation confirms, context decides"). Each document names its source
(repository@commit and path, or the page) in `source`, what that suite
expects in `their_expected`, and `differs` where their expectation and our
label disagree about what must be hidden (with the reason in `note`).

Markup in the texts below: ⟦TYPE|value⟧ labels a value (CARD, SSN, CVV,
EXPIRY, IGNORE), ⟦neg:kind|value⟧ records a hard negative.
"""

from __future__ import annotations

import re

from common import Labels, finish, luhn_valid

PRESIDIO = "github:microsoft/presidio@0aa9f8e44275cb52c00fbbebe19168e934e1f076"
ZENDESK = "github:zendesk/credit_card_sanitizer@cd4c9d08a3a9a962cc6bb8ef0db57cf85c916e7c test/credit_card_sanitizer_test.rb"
SCRUBADUB = "github:LeapBeyond/scrubadub@53772cbef417da290d25c95373031f786ab3b5c6"
REDACTPII = "github:solvvy/redact-pii@392a69a8d82de020731dcc10ef830e55fcb7e68d"
GDLP = "github:GoogleCloudPlatform/python-docs-samples@023fff0aad8a63c1f53203bb774328695a6fa74e dlp/snippets/deid_test.py"
PIICODEX = "github:EdyVision/pii-codex@e823e2c17f073966fdaf23b7dc169402f0572c69 tests/pii_codex/services/test_detection_service.py"
NIGHTFALL = "github:nightfallai/nightfall-python-sdk@bf1b734cde0336fd29ea56d207375966dfafd027"
AZURE = "github:Azure/azure-sdk-for-python@0449a524afdcbfe2bf8a9098893e4869610d1085 sdk/textanalytics/azure-ai-textanalytics/tests/test_recognize_pii_entities.py"
CHECKOUT = "https://checkoutdocs.readme.io/docs/testing"
STRIPE = "gist:DominicWatts/e5a83ae2f2c53c244a619a7af4448d23 (Stripe test card details, from https://docs.stripe.com/testing)"

P_CC = f"{PRESIDIO} presidio-analyzer/tests/test_credit_card_recognizer.py"
P_SSN = f"{PRESIDIO} presidio-analyzer/tests/test_us_ssn_recognizer.py"
P_CTX = f"{PRESIDIO} presidio-analyzer/tests/data/context_sentences_tests.txt"
P_ENG = f"{PRESIDIO} presidio-analyzer/tests/test_analyzer_engine.py"
P_DEMO = f"{PRESIDIO} e2e-tests/resources/demo.txt"
P_E2E = f"{PRESIDIO} e2e-tests/tests/test_package_e2e_integration_flows.py"
P_ANON = f"{PRESIDIO} presidio-anonymizer/tests/test_anonymizer_engine.py"
P_SPARK = f"{PRESIDIO} docs/samples/fabric/artifacts/presidio_and_spark.ipynb"
P_PHONE = f"{PRESIDIO} presidio-analyzer/tests/test_phone_recognizer.py"
P_IBAN = f"{PRESIDIO} presidio-analyzer/tests/test_iban_recognizer.py"
P_CHANGE = f"{PRESIDIO} CHANGELOG.md (#1609: 13-digit timestamps are not cards)"
S_CC = f"{SCRUBADUB} tests/test_detector_credit_card.py"
S_SSN = f"{SCRUBADUB} tests/test_detector_en_US_social_security_number.py"
S_PHONE = f"{SCRUBADUB} tests/test_detector_phone_numbers.py"
R_RED = f"{REDACTPII} test/redactor.test.ts"
R_CUSTOM = f"{REDACTPII} test/customRedactor.test.ts"
R_GCP = f"{REDACTPII} test/GcpDLPRedactor.test.ts"
N_TEST = f"{NIGHTFALL} tests/test_api.py"
N_README = f"{NIGHTFALL} README.md"

# (source, text with markup, what the suite expects, differs, note)
E = []


def add(source, text, their, differs=False, note=""):
    E.append((source, text, their, differs, note))


# Presidio: credit cards.
add(P_CC, "⟦CARD|4012888888881881⟧ ⟦CARD|4012-8888-8888-1881⟧ ⟦CARD|4012 8888 8888 1881⟧", "3 CREDIT_CARD")
add(P_CC, "⟦neg:neg_timestamp|1748503543012⟧", "none (a 13-digit timestamp)")
add(P_CC, "⟦CARD|122000000000003⟧", "CREDIT_CARD (AirPlus, UATP range)")
add(P_CC, "my credit card: ⟦CARD|122000000000003⟧", "CREDIT_CARD")
for num in ["371449635398431", "5555555555554444", "5019717010103742", "30569309025904", "6011000400000000", "3528000700000000", "6759649826438453", "4111111111111111", "4917300800000000", "4484070000000000"]:
    add(P_CC, f"⟦CARD|{num}⟧", "CREDIT_CARD")
add(P_CC, "⟦IGNORE|4012-8888-8888-1882⟧", "none (Luhn fails)", note="no context, Luhn fails: its kind is undecidable, so IGNORE")
add(P_CC, "my credit card number is ⟦CARD|4012-8888-8888-1882⟧", "none (Luhn fails)", True, "given as a card: a mistyped card is still cardholder data")
add(P_CC, "⟦IGNORE|36168002586008⟧", "none (Luhn fails)", note="no context, Luhn fails: IGNORE")
add(P_CC, "my credit card number is ⟦CARD|36168002586008⟧", "none (Luhn fails)", True, "given as a card: a mistyped card is still cardholder data")
# Presidio: SSNs.
add(P_SSN, "⟦IGNORE|078-051121⟧ ⟦IGNORE|07805-1121⟧", "2 US_SSN, very weak (score 0-0.3)", note="irregular grouping, no context: undecidable")
add(P_SSN, "⟦IGNORE|078051121⟧", "US_SSN, weak (score up to 0.4)", note="nine bare digits, no context: undecidable")
for t in ["⟦SSN|078-05-1123⟧", "⟦SSN|078.05.1123⟧", "⟦SSN|078 05 1123⟧", "abc ⟦SSN|078 05 1123⟧ abc"]:
    add(P_SSN, t, "US_SSN, medium (0.5-0.6)", note="3-2-4 with one separator: written as an SSN")
add(P_SSN, "⟦neg:neg_long_number|0780511201⟧", "none")
add(P_SSN, "⟦IGNORE|078051120⟧", "none (078-05-1120 is the famous Woolworth sample number)", note="nine bare digits, no context: undecidable")
for t in ["000000000", "666000000", "078-05-0000", "078 00 1123"]:
    add(P_SSN, f"⟦neg:neg_ssn_impossible|{t}⟧", "none (not a valid SSN)")
add(P_SSN, "⟦IGNORE|693-09.4444⟧", "none (mixed separators)", note="mixed separators, no context: undecidable")
# Presidio: context sentences.
add(P_CTX, "my ssn is ⟦SSN|078-051121⟧", "US_SSN with context boost")
add(P_CTX, "my social security number is ⟦SSN|078051120⟧", "none (on Presidio's list of invalid SSNs)", True, "labelled as an SSN, so hidden whatever its value")
add(P_CTX, "my social security number is ⟦SSN|078-05-1121⟧", "US_SSN")
add(P_CTX, "my social security number is ⟦SSN|078051121⟧", "US_SSN")
add(P_CTX, "my ssns is ⟦SSN|078-05-1121⟧", "US_SSN")
add(P_CTX, "my ssid is ⟦SSN|078-05-1121⟧", "US_SSN", note="'ssid' is a typo or a Wi-Fi name; the 3-2-4 shape says SSN")
add(P_CTX, "my itin is ⟦neg:neg_itin|911-70-1234⟧", "US_ITIN", note="an ITIN, not an SSN: out of scope, stays")
add(P_CTX, "my itin: ⟦neg:neg_itin|911701234⟧", "US_ITIN", note="out of scope, stays")
add(P_CTX, "my taxpayer id is ⟦neg:neg_itin|911-701234⟧ ⟦neg:neg_itin|91170-1234⟧", "US_ITIN", note="out of scope, stays")
add(P_CTX, "routing number is: ⟦neg:neg_routing|101205681⟧", "ABA_ROUTING_NUMBER", note="out of scope, stays")
add(P_CTX, "my bank account number is ⟦neg:neg_account|912803456⟧", "US_BANK_NUMBER", note="out of scope, stays")
add(P_CTX, "my passport number is ⟦neg:neg_passport|912803456⟧", "US_PASSPORT", note="out of scope, stays")
add(P_CTX, "my phone number is ⟦neg:neg_phone|(425) 882-9090⟧", "PHONE_NUMBER", note="out of scope, stays")
add(P_CTX, "try one of these phones ⟦neg:neg_phone|052 5552606⟧ ⟦neg:neg_phone|074-7111234⟧", "PHONE_NUMBER", note="out of scope, stays")
add(P_CTX, "my driver license is: ⟦neg:neg_driver_license|1234567901234⟧", "US_DRIVER_LICENSE", note="out of scope, stays")
# Presidio: engine, demo, anonymizer, samples.
add(P_ENG, " Credit card: ⟦CARD|4095-2609-9393-4932⟧,  my phone is ⟦neg:neg_phone|425 8829090⟧", "CREDIT_CARD and PHONE_NUMBER")
add(P_ENG, "My credit card number is ⟦CARD|4916994465041084⟧", "CREDIT_CARD")
add(P_ENG, "My name is Bart Simpson, and Credit card: ⟦CARD|4095-2609-9393-4932⟧,  my phone is ⟦neg:neg_phone|425 8829090⟧", "PERSON, CREDIT_CARD, PHONE_NUMBER")
add(P_ENG, "My name is David and his number is ⟦CARD|4095-2609-9393-4932⟧", "CREDIT_CARD")
add(f"{PRESIDIO} presidio-analyzer/tests/test_analyzer_engine_provider.py", "My Credit card number is ⟦CARD|4917300800000000⟧", "at least one result")
add(P_DEMO, "My credit card number is ⟦CARD|4095-2609-9393-4932⟧ and my crypto wallet id is 16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ.", "CREDIT_CARD, CRYPTO")
add(P_DEMO, "This is a valid International Bank Account Number: ⟦neg:neg_iban|IL150120690000003111111⟧ . Can you please check the status on bank account ⟦neg:neg_account|954567876544⟧?", "IBAN_CODE, US_BANK_NUMBER", note="out of scope, stays")
add(P_DEMO, "Kate's social security number is ⟦SSN|078-05-1126⟧.  Her driver license? it is 1234567A.", "US_SSN, US_DRIVER_LICENSE")
add(P_DEMO, "My passport: ⟦neg:neg_passport|191280342⟧ and my phone number: ⟦neg:neg_phone|(212) 555-1234⟧.", "US_PASSPORT, PHONE_NUMBER", note="out of scope, stays")
add(P_E2E, "Patient John Smith, SSN ⟦SSN|123-45-6789⟧, email john@example.com, phone ⟦neg:neg_phone|555-123-4567⟧, lives at 123 Main St, works at Acme Corp", "US_SSN among others")
add(P_ANON, "Fake card number ⟦CARD|4151 3217 6243 3448⟧.com that overlaps with nonexisting URL.", "CREDIT_CARD 17-36 (and a URL overlapping it)")
add(P_SPARK, "He said credit card ⟦CARD|4123-4567-8901-2345⟧ and phone ⟦neg:neg_phone|646-555-0123⟧ are on file.", "CREDIT_CARD, PHONE_NUMBER (sample output)")
add(P_SPARK, "SSN is ⟦SSN|987-65-4321⟧; credit card: ⟦CARD|4444-3333-2222-1111⟧.", "<US_ITIN> for the SSN, <CREDIT_CARD>", note="987 is no SSA area (Presidio calls it an ITIN) but it is given as the SSN, so hidden either way")
add(P_PHONE, "My US number is ⟦neg:neg_phone|(415) 555-0132⟧, and my international one is ⟦neg:neg_phone|+1 415 555 0132⟧", "2 PHONE_NUMBER", note="out of scope, stays")
add(P_PHONE, "My Japanese number is ⟦neg:neg_phone|090-1234-5678⟧", "PHONE_NUMBER", note="out of scope, stays")
add(P_PHONE, "Brazil: ⟦neg:neg_phone|+55 11 98456 5666⟧", "PHONE_NUMBER", note="out of scope, stays")
add(P_PHONE, "My CN number is ⟦neg:neg_phone|13812345678⟧", "PHONE_NUMBER", note="out of scope, stays")
for t in ["AL47 2121 1009 0000 0002 3569 8741", "AT611904300234573201", "BE71 0961 2345 6769", "AZ21 NABZ 0000 0000 1370 1000 1944", "AD12 0001 2030 2003 5910 0100"]:
    add(P_IBAN, f"⟦neg:neg_iban|{t}⟧", "IBAN_CODE", note="out of scope, stays")

# zendesk/credit_card_sanitizer
Z = ZENDESK
for t in ["Hello ⟦CARD|4111 1111 1111 1111⟧ there", "Hello ⟦CARD|4111 1111 1111 1111⟧ z 3 there", "Hello ⟦CARD|4111-1111-1111-1111⟧ there", "Hello ⟦CARD|4111111111111111⟧ there", "Hello, I ordered 6 items. My cc is ⟦CARD|4111111111111111⟧", "My cc is ⟦CARD|4111111111111111⟧, I repeat, ⟦CARD|4111111111111111⟧", "⟦CARD|4111 1111 1111 1111⟧ \n ⟦CARD|4111 1111 1111 1111⟧", '<span style="display:none;">⟦CARD|4111111111111111⟧</span>', "你好 ⟦CARD|4111 1111 1111 1111⟧ there", "Hello ⟦CARD|4111 1111 1111 1111⟧ there and hello ⟦CARD|3782 822463 10005⟧ there"]:
    add(Z, t, "sanitized (first 6 and last 4 kept)", note="the suite keeps the first six and last four digits visible; we hide the whole number")
add(Z, "Hello ⟦CARD|4111111111111111⟧ expiration ⟦EXPIRY|12/16⟧ there", "card sanitized, 'expiration 12/16' unchanged", True, "the expiry next to a card is hidden too")
for t, e in [("⟦CARD|4111 1111 1111 1111⟧ ⟦EXPIRY|03/2015⟧", "03/2015"), ("⟦CARD|4111 1111 1111 1111⟧ ⟦EXPIRY|3/15⟧", "3/15"), ("⟦CARD|4111 1111 1111 1111⟧    ⟦EXPIRY|03/2015⟧", "03/2015"), ("⟦CARD|4111 1111 1111 1111⟧ ⟦EXPIRY|03-2015⟧ asdbhasd", "03-2015"), ("⟦CARD|4111 1111 1111 1111⟧ ⟦EXPIRY|3-15⟧", "3-15")]:
    add(Z, t, f"card sanitized, expiry {e} unchanged", True, "the expiry next to a card is hidden too")
add(Z, "CREDIT CARD⟦CARD|4111 1111 1111 1111⟧ exp⟦EXPIRY|06/17⟧", "card sanitized, 'exp06/17' unchanged", True, "the expiry after 'exp' is hidden too")
add(Z, "cc⟦CARD|4111 1111 1111 1111⟧ exp⟦EXPIRY|06/17⟧", "card sanitized, 'exp06/17' unchanged", True, "the expiry after 'exp' is hidden too")
add(Z, "creditcard ⟦CARD|4111 1111 1111 1111⟧exp⟦EXPIRY|06/17⟧", "card sanitized, 'exp06/17' unchanged", True, "the expiry glued to 'exp' is hidden too")
add(Z, "creditcard ⟦CARD|4111 1111 1111 1111⟧\n⟦EXPIRY|06/17⟧\n⟦CVV|111⟧", "card sanitized, '06/17' and '111' unchanged", True, "the expiry and the code on the next lines are hidden too")
add(Z, "creditcard ⟦CARD|4111 1111 1111 1111⟧\nasdfasdf", "sanitized")
add(Z, "a⟦IGNORE|4111111111111111⟧b", "sanitized with parse_flanking: false, unchanged with parse_flanking: true", note="glued to letters on both sides: undecidable")
add(Z, "Hello  0      0      0     14     20      1      1     20     34      9      1      0      0      0      0      0", "unchanged (and fast)")
add(Z, "Hello ⟦IGNORE|12 345123 451234 81⟧ there", "unchanged (Luhn fails)", note="no context, Luhn fails: undecidable")
add(Z, "Hello ⟦neg:neg_short_number|49 9273 987 16⟧ there", "unchanged (too short)")
add(Z, "⟦IGNORE|41111111111111112⟧", "unchanged", note="17 digits, no context: a card with a doubled digit, or an ID")
add(Z, "⟦CARD|4111\n1111\n1111\n1111⟧", "unchanged (groups on separate lines)", True, "a Luhn-valid Visa number written in four groups is a card whatever the separator")
add(Z, "⟦CARD|4111,1111,1111,1111⟧", "unchanged (comma separators)", True, "a Luhn-valid Visa number written in four groups is a card whatever the separator")
add(Z, "⟦CARD|4111.1111.1111.1111⟧", "unchanged (period separators)", True, "a Luhn-valid Visa number written in four groups is a card whatever the separator")
add(Z, "⟦CARD|4111/1111/1111/1111⟧", "unchanged (slash separators)", True, "a Luhn-valid Visa number written in four groups is a card whatever the separator")
add(Z, "⟦CARD|4111:1111:1111:1111⟧", "unchanged (colon separators)", True, "a Luhn-valid Visa number written in four groups is a card whatever the separator")
add(Z, "⟦IGNORE|(411)111-111111-1111⟧", "unchanged (parentheses)", note="laid out like a phone number but 16 digits: undecidable")
for t in ["⟦neg:neg_url_id|http://support.zendesk.com/tickets/4111111111111111⟧", "blah blah  ⟦neg:neg_url_id|http://support.zendesk.com/tickets/4111111111111111.json⟧", '"⟦neg:neg_url_id|http://support.zendesk.com/tickets/4111111111111111⟧"', "(⟦neg:neg_url_id|http://support.zendesk.com/tickets/4111111111111111⟧)"]:
    add(Z, t, "unchanged (part of a URL)")
add(Z, '<a href="⟦neg:neg_url_id|/tickets/40004595⟧">#40004595</a>', "unchanged (part of an HTML tag)")
for t in ["+⟦IGNORE|4111111111111111⟧", "blah blah  +⟦IGNORE|4111111111111111⟧.json", '"+⟦IGNORE|4111111111111111⟧"', "(+⟦IGNORE|4111111111111111⟧)"]:
    add(Z, t, "unchanged (starts with +)", note="a '+' suggests a phone number but E.164 allows 15 digits, not 16: undecidable")
add(Z, "⟦neg:neg_url_id|/knowledge/articles/4402126792468/en-us⟧", "unchanged (relative URL)")
add(Z, '<a style="vertical-align:middle" href="⟦neg:neg_url_id|/knowledge/articles/4402126792468/en-us⟧">Edit article</a>', "unchanged (relative URL in HTML)")
add(Z, "&#43; ⟦neg:neg_phone|1 936 321 1111⟧", "unchanged (numeric HTML entity)")
add(Z, "Hello ⟦IGNORE|4111 1111&1111 1111⟧ there", "unchanged (shipping numbers with &)", note="undecidable")
add(Z, "⟦neg:neg_long_number|612999921404471347800000⟧", "unchanged (a valid card followed by more digits)")
add(Z, "Hello ⟦IGNORE|4xxx 1111 1111 1111⟧ there", "unchanged", note="already masked")
for t, their in [("Hello ⟦CARD|41 11 11 11 11 11 11 11⟧ there", "sanitized; unchanged with use_groupings: true"), ("Hello ⟦CARD|4309101628905909⟧ there", "sanitized"), ("Hello ⟦CARD|55555 55555 554444⟧ there", "unchanged with use_groupings: true"),
                 ("Hello ⟦CARD|3782 822463 10005⟧ there", "sanitized"), ("Hello ⟦CARD|3782 8224 6310 005⟧ there", "unchanged with use_groupings: true"), ("Hello ⟦CARD|3056 930902 5904⟧ there", "sanitized"),
                 ("Hello ⟦CARD|3056 9309 0259 04⟧ there", "unchanged with use_groupings: true"), ("Hello ⟦CARD|6799990100000000019⟧ there", "sanitized"), ("Hello ⟦CARD|6799 9901000 00000 019⟧ there", "sanitized"),
                 ("Hello ⟦CARD|679 99901000 00000 019⟧ there", "unchanged with use_groupings: true"), ("Hello ⟦CARD|38983157382956⟧ there", "sanitized"), ("Hello ⟦CARD|6541 1329 6757 9073⟧ there", "sanitized"),
                 ("Hello ⟦CARD|3898 315738 2956⟧ there", "sanitized"), ("Hello ⟦CARD|6371297163350358⟧ there", "sanitized"), ("Hello ⟦CARD|6372 1422 0256 7480⟧ there", "sanitized"),
                 ("Hello ⟦CARD|9595220257947347⟧ there", "sanitized (korean_local)"), ("Hello ⟦CARD|9600 2007 6943 7063⟧ there", "sanitized (korean_local)"), ("Hello ⟦CARD|6296291900662503314⟧ there", "sanitized (union_pay)"),
                 ("Hello ⟦CARD|6245 5863 5509 5465 6⟧ there", "sanitized (union_pay, 17 digits)"), ("Hello ⟦CARD|6286 8374 42593 6055 30⟧ there", "sanitized (union_pay, 18 digits)"), ("Hello ⟦CARD|6252682282 79 4962⟧ there", "unchanged with use_groupings: true"),
                 ("Hello ⟦CARD|4673 6276 7569 9641 181⟧ there", "sanitized (19 digits)")]:
    differs = "unchanged" in their and "sanitized" not in their
    add(Z, t, their, differs, "grouping is not evidence against a card: a Luhn-valid number of a card's length and prefix, given alone, is a card" if differs else "")
for t in ["04881621594644972", "05555555555554444", "06011000000000000", "0378282246310005", "030569309025904", "22446465232914667322"]:
    add(Z, f"⟦neg:neg_long_number|{t}⟧", "unchanged (a card embedded in a longer number)")
add(Z, "⟦neg:neg_arn|74537606287640125960797⟧ and ⟦neg:neg_arn|74537606281640124230958⟧", "unchanged (ARN numbers)")

# scrubadub
for num in ["378282246310005", "371449635398431", "378734493671000", "30569309025904", "38520000023237", "6011111111111117", "6011000990139424", "3530111333300000", "3566002020360505", "5555555555554444", "5105105105105100", "4111111111111111", "4012888888881881"]:
    add(S_CC, f"My credit card is ⟦CARD|{num}⟧.", "{{CREDIT_CARD}}")
for s in ["726-60-2033", "109-99-6000", "109.99.6000", "109 99 6000"]:
    add(S_SSN, f"My social security number is ⟦SSN|{s}⟧", "{{SOCIAL_SECURITY_NUMBER}}")
for ph in ["1-312-515-2239", "+1-312-515-2239", "1 (312) 515-2239", "(312)515-2239", "312-515-2239 x12", "+47 21 30 85 99", "+86 135 3727 4136", "+61267881324"]:
    add(S_PHONE, f"My phone number is ⟦neg:neg_phone|{ph}⟧", "{{PHONE}}", note="out of scope, stays")
add(S_PHONE, "Call me on my cell ⟦neg:neg_phone|312.714.8142⟧ or in my office ⟦neg:neg_phone|773.415.7432⟧", "2 {{PHONE}}", note="out of scope, stays")

# redact-pii
for t in ["my card: ⟦CARD|1234 5678 8765 4321⟧.", "my 2nd card: ⟦CARD|1234-5678-8765-4321⟧.", "my 3rd card: ⟦CARD|1234 5678 8765 4321⟧.", "my AMEX card: ⟦CARD|1234 567890 12345⟧.", "my AMEX 2nd card: ⟦CARD|1234-567890-12345⟧.", "my AMEX 3rd card: ⟦CARD|123456789012345⟧.", "my DINERS card: ⟦CARD|1234 567890 1234⟧.", "my DINERS 2nd card: ⟦CARD|1234-567890-1234⟧.", "my DINERS 3rd card: ⟦CARD|12345678901234⟧."]:
    add(R_RED, t, "CREDIT_CARD_NUMBER", note="Luhn fails, but given as a card")
for t, their in [("my ssn: ⟦SSN|123 45 6789⟧.", "US_SOCIAL_SECURITY_NUMBER"), ("my ssn: ⟦SSN|123-45-6789⟧.", "US_SOCIAL_SECURITY_NUMBER"), ("my ssn: ⟦SSN|123.45.6789⟧.", "US_SOCIAL_SECURITY_NUMBER"), ("my ssn: ⟦SSN|123456789⟧.", "DIGITS (redacted, as digits)")]:
    add(R_RED, t, their)
for ph in ["(+44) (555)123-1234", "1-555-123-1234", "555.123.1234", "5551231234"]:
    add(R_RED, f"my phone: ⟦neg:neg_phone|{ph}⟧.", "PHONE_NUMBER", note="out of scope, stays")
add(R_RED, "codeA: 123, codeB: ⟦neg:neg_code|6789⟧", "codeB: DIGITS (any 4+ digits are redacted)", True, "codes are not secrets of ours: they stay")
add(R_RED, "Hey it's David Johnson with ACME Corp. Give me a call at ⟦neg:neg_phone|555-555-5555⟧", "PERSON_NAME, PHONE_NUMBER", note="out of scope, stays")
add(R_GCP, "Hey it's David Johnson with ACME Corp. My SSN is ⟦SSN|123-45-6789⟧.", "US_SOCIAL_SECURITY_NUMBER (quote 123-45-6789)")
add(R_CUSTOM, "Hi banana, my credit card is ⟦CARD|4111111111111111⟧ and I need help. Thanks, John", "CREDIT_CARD_NUMBER")

# Google Cloud DLP samples
add(GDLP, "My SSN is ⟦SSN|372819127⟧", "My SSN is *********")
add(GDLP, "My favorite color is blue", "unchanged")
add(GDLP, "My phone number is ⟦neg:neg_phone|4359916732⟧", "PHONE_TOKEN (when asked for PHONE_NUMBER)", note="out of scope, stays")
add(GDLP, "my email is abby_abernathy@example.org and phone is ⟦neg:neg_phone|858-555-0222⟧", "EMAIL_ADDRESS and PHONE_NUMBER (when asked for them)", note="out of scope, stays")

# pii-codex (DLP test data from dlptest.com)
for t in ["My SSN is ⟦SSN|489-36-8350⟧", "SSN: ⟦SSN|514-14-8905⟧", "Social Security Number: ⟦SSN|690-05-5315⟧", "My number is ⟦SSN|421-37-1396⟧", "SSN ⟦SSN|458-02-6124⟧"]:
    add(PIICODEX, t, "US_SOCIAL_SECURITY_NUMBER")
add(PIICODEX, "No SSN here", "none")
add(PIICODEX, "Random text ⟦SSN|123-45-6789⟧", "none (generic SSN format without context)", True, "3-2-4 with dashes is an SSN's own shape: hidden")
add(PIICODEX, "Robert Aragon, SSN: ⟦SSN|489-36-8350⟧, DOB: ⟦neg:neg_date|6/7/1981⟧", "US_SOCIAL_SECURITY_NUMBER, DATE, PERSON", note="the date of birth is out of scope and stays")

# Nightfall
add(N_TEST, "⟦CARD|4916-6734-7572-5015⟧ is my credit card number, ⟦SSN|489-36-8350⟧ ssn", "CREDIT_CARD_NUMBER, US_SOCIAL_SECURITY_NUMBER")
add(N_README, "hello world", "none")
add(N_README, "my SSN is ⟦SSN|678-99-8212⟧", "US_SOCIAL_SECURITY_NUMBER")
add(N_README, "⟦CARD|4242-4242-4242-4242⟧", "none shown (the README's rule looks for SSNs only)", note="Stripe's test card, alone")

# Azure AI Language SDK tests
add(AZURE, "My SSN is ⟦SSN|859-98-0987⟧.", "USSocialSecurityNumber 859-98-0987")
add(AZURE, "Your ABA number - ⟦neg:neg_routing|111000025⟧ - is the first 9 digits in the lower left hand corner of your personal check.", "111000025 (ABA routing; the service returned PhoneNumber)", note="out of scope, stays")
add(AZURE, "Is ⟦neg:neg_cpf|998.214.865-68⟧ your Brazilian CPF number?", "Brazil CPF Number", note="out of scope, stays")

# Processors' test-card pages
add(CHECKOUT, "Card type | Number | CVV |\nVisa | ⟦CARD|4242 4242 4242 4242⟧ | ⟦CVV|100⟧ |\nAMEX | ⟦CARD|3456 789012 34564⟧ | ⟦CVV|1051⟧ |\nDinersClub | ⟦CARD|3012 345678 9019⟧ | ⟦CVV|257⟧ |", "test cards")
add(STRIPE, "BRAND | NUMBER | CVC | DATE |\nUnionPay (19-digit card) | ⟦CARD|6205500000000000004⟧ | Any 3 digits | Any future date |\nBCcard and DinaCard | ⟦CARD|6555900000604105⟧ | Any 3 digits | Any future date |", "test cards")

MARK = re.compile(r"⟦([A-Za-z_:]+)\|(.*?)⟧", re.S)


def build(rng, n=None):
    docs = []
    for i, (source, text, their, differs, note) in enumerate(E):
        L = Labels()

        def sub(m):
            tag, value = m.group(1), m.group(2)
            if tag.startswith("neg:"):
                return L.neg(value, tag[4:])
            extra = {}
            if tag == "CARD":
                digits = "".join(c for c in value if c.isdigit())
                extra["luhn"] = luhn_valid(digits)
            return L.mark(value, tag, f"suite_{source.split('/')[1].split('@')[0].split(' ')[0].lower()}_{tag.lower()}" if source.startswith("github:") else f"suite_docs_{tag.lower()}", **extra)

        marked = MARK.sub(sub, text)
        fields = {"source": source, "their_expected": their, "differs": differs}
        if note:
            fields["note"] = note
        docs.append(finish(f"suite-{i:04d}", "test_string", marked, L, **fields))
    return docs
