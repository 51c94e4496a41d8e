//! Property tests of the invariants: valid numbers are found however they
//! are written or spoken, redaction hides every digit and is idempotent
//! (also for numbers side by side, labelled values and transcripts), no
//! card- or SSN-valid number survives redaction, spans are well formed,
//! turning a kind off only removes its findings, and scanning never
//! panics, on any text or on layout-shaped ones.
//!
//! Each property runs 400 cases, or `PROPTEST_CASES` (for a long
//! randomized run outside CI: `scripts/props-long.sh`).

use hush::validate::{brand, luhn};
use hush::{
    Finding, Kind, KindSet, MASK_CHAR, Policy, Style, redact, replacements,
    scan,
};
use proptest::prelude::*;

/// The number of cases of each property: `PROPTEST_CASES` if set, else
/// `default`.
pub fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// `text` redacted once in style number `style` (of [`Style::ALL`]), and
/// that output redacted again: the two must be equal.
fn once_and_twice(text: &str, style: usize) -> (String, String) {
    let style = Style::ALL[style];
    let policy = Policy::default();
    let once = redact(text, &scan(text, &policy), style);
    let twice = redact(&once, &scan(&once, &policy), style);
    (once, twice)
}

/// A proptest configuration with [`cases`] cases.
pub fn config(default: u32) -> ProptestConfig {
    ProptestConfig { cases: cases(default), ..ProptestConfig::default() }
}

/// Brand prefixes and lengths, one row per brand range in the table.
const BRANDS: &[(&str, usize)] = &[
    ("4", 16),
    ("4", 13),
    ("4", 19),
    ("51", 16),
    ("55", 16),
    ("2221", 16),
    ("2720", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("6011", 19),
    ("644", 16),
    ("65", 17),
    ("3528", 16),
    ("3589", 19),
    ("300", 14),
    ("36", 14),
    ("38", 15),
    ("62", 16),
    ("62", 19),
    ("50", 12),
    ("56", 13),
    ("69", 18),
];

/// A Luhn-valid card number of a random brand.
fn card() -> impl Strategy<Value = String> {
    (0..BRANDS.len(), prop::collection::vec(0u8..10, 19)).prop_map(
        |(b, body)| {
            let (prefix, len) = BRANDS[b];
            let mut s = prefix.to_string();
            for d in &body[..len - 1 - prefix.len()] {
                s.push((b'0' + d) as char);
            }
            let check = luhn::check_digit(&s).expect("digits");
            s.push(check as char);
            s
        },
    )
}

/// An SSA-valid SSN.
fn ssn() -> impl Strategy<Value = String> {
    (1u32..900, 1u32..100, 1u32..10000)
        .prop_filter("area 666", |(a, _, _)| *a != 666)
        .prop_map(|(a, g, s)| format!("{a:03}{g:02}{s:04}"))
        .prop_filter("advertised", |s| hush::validate::ssn::is_valid(s))
}

const SEPARATORS: &[&str] = &[
    " ", "-", ".", "\u{a0}", "\u{202f}", "\u{2009}", "\u{2007}", "\u{2002}",
    "\u{3000}", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}", "\u{2212}",
    "\u{200b}", "\u{ad}", "  ", "\n", "\n> ", "\r\n",
];

/// Cuts `digits` into groups of 1 to 6 joined by random separators. A
/// number that starts or ends grouped 3-3-4 is left out: that is how phone
/// numbers are written, and Hush reads it so.
fn grouped(digits: String) -> impl Strategy<Value = String> {
    let n = digits.len();
    (
        prop::collection::vec(1usize..7, n),
        prop::collection::vec(0..SEPARATORS.len(), n),
    )
        .prop_filter("phone-shaped", move |(sizes, _)| {
            // The group sizes actually used, the last one cut to fit.
            let mut used = Vec::new();
            let mut at = 0;
            for &s in sizes {
                if at >= n {
                    break;
                }
                used.push(s.min(n - at));
                at += s;
            }
            !(used.starts_with(&[3, 3, 4]) || used.ends_with(&[3, 3, 4]))
        })
        .prop_map(move |(sizes, seps)| {
            let mut out = String::new();
            let mut at = 0;
            for (k, size) in sizes.iter().enumerate() {
                if at >= n {
                    break;
                }
                if at > 0 {
                    out.push_str(SEPARATORS[seps[k]]);
                }
                let end = (at + size).min(n);
                out.push_str(&digits[at..end]);
                at = end;
            }
            out
        })
}

/// Prose without digits or labels around a value.
fn prose() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "Customer",
        "called",
        "about",
        "the",
        "refund",
        "please",
        "update",
        "payment",
        "note:",
        "thanks!",
        "Hi,",
        "résumé",
        "naïve",
        "—",
        "(",
        ")",
        "ok.",
        "😊",
        "new",
        "is",
        "here",
        "it's",
        "François",
    ]);
    prop::collection::vec(words, 0..8).prop_map(|w| w.join(" "))
}

/// Every ASCII digit of `value` inside `text` must be covered by a finding
/// of `kind`.
fn covered(text: &str, value_at: std::ops::Range<usize>, kind: Kind) -> bool {
    let findings = scan(text, &Policy::default());
    text[value_at.clone()].char_indices().all(|(i, c)| {
        let b = value_at.start + i;
        !c.is_ascii_digit()
            || findings.iter().any(|f| {
                f.kind() == kind && f.parts().iter().any(|p| p.contains(b))
            })
    })
}

/// Text built from pieces that exercise the detector: digits, separators,
/// number words, labels, speaker labels and Unicode.
/// A policy with patterns that overlap built-in findings and each other,
/// and an allow rule.
fn custom_policy() -> Policy {
    let mut p = Policy::default();
    for (name, re) in [
        ("digits", r"\d{4,}"),
        ("code", r"[A-Za-z]{2}\d+"),
        ("word", r"(?i)\bcard\b"),
    ] {
        p.patterns.push(hush::Pattern::new(name, re).expect("valid pattern"));
    }
    p.allow.push(hush::Allow::regex(r"\d{4}").expect("valid rule"));
    p
}

fn noisy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[0-9]{1,6}",
        prop::sample::select(vec![
            " ", "-", ".", ",", "\n", "\n> ", "/", ":", "'", "#", "+", "$",
            "\u{a0}", "\u{200b}", "\u{2013}", "…", "é", "😊", "ß", "\u{301}",
        ])
        .prop_map(str::to_string),
        prop::sample::select(vec![
            "four",
            "oh",
            "double",
            "triple",
            "forty",
            "one",
            "nine",
            "hundred",
            "thousand",
            "for",
            "to",
            "uh",
            "card",
            "SSN",
            "social",
            "cvv",
            "exp",
            "expires",
            "order",
            "last four",
            "Agent: ",
            "Customer: ",
            "[00:01:02] spk_0: ",
            "September",
            "May '28",
            "00:00:01.000 --> 00:00:02.000",
            "WEBVTT",
            "twenty",
            // Labels, months and length nouns of other scripts, and the
            // marks that stay in their words.
            "رمز الأمان",
            "تاريخ الانتهاء",
            "سیکیورٹی کوڈ",
            "सीवीवी",
            "समाप्ति तिथि",
            "মেয\u{9bc}াদ",
            "วันหมดอายุ",
            "有効期限は",
            "年",
            "月です",
            "월",
            "자리",
            "桁",
            "СРОК ДЕЙСТВИЯ",
            "Μαρτίου",
            "קוד אבטחה",
            "٤١١١",
            "०७/३३",
            "\u{94d}",
            "\u{e48}",
            "：",
            "（",
        ])
        .prop_map(str::to_string),
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(config(400))]

    #[test]
    fn written_cards_are_found(
        before in prose(),
        number in card().prop_flat_map(grouped),
        after in prose(),
    ) {
        let text = format!("{before} card {number} {after}");
        let at = before.len() + 6;
        prop_assert!(covered(&text, at..at + number.len(), Kind::Card), "{text:?}");
    }

    #[test]
    fn formatted_ssns_are_found(
        before in prose(),
        digits in ssn(),
        sep in prop::sample::select(vec!["-", " ", ".", "\u{a0}", "\u{2013}"]),
        after in prose(),
    ) {
        let value = format!("{}{sep}{}{sep}{}", &digits[..3], &digits[3..5], &digits[5..]);
        let text = format!("{before} SSN {value} {after}");
        let at = before.len() + 5;
        prop_assert!(covered(&text, at..at + value.len(), Kind::Ssn), "{text:?}");
    }

    #[test]
    fn no_digit_of_a_finding_survives(text in noisy()) {
        let findings = scan(&text, &Policy::default());
        let masked = redact(&text, &findings, Style::Mask);
        // Mask keeps the separators of each part in place and hides every
        // letter and digit; outside the parts nothing changes.
        let separators = |s: &str| -> String {
            s.chars().filter(|c| !c.is_alphanumeric() && *c != MASK_CHAR).collect()
        };
        let mut rebuilt = String::new();
        let mut at = 0;
        for r in replacements(&text, &findings, Style::Mask) {
            let part = &text[r.span.range()];
            prop_assert!(!r.text.chars().any(char::is_alphanumeric), "{:?}", r.text);
            prop_assert_eq!(separators(part), separators(&r.text));
            rebuilt.push_str(&text[at..r.span.start]);
            rebuilt.push_str(&r.text);
            at = r.span.end;
        }
        rebuilt.push_str(&text[at..]);
        prop_assert_eq!(rebuilt, masked);
    }

    /// See: issue 9 ("Mask style leaks spoken numbers"): two spoken codes
    /// of as many words mask the same, whatever the digits.
    #[test]
    fn masked_spoken_digits_do_not_tell_which_digits(
        a in prop::collection::vec(0usize..10, 3..=4),
        b in prop::collection::vec(0usize..10, 4),
    ) {
        const WORDS: [&str; 10] =
            ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        let b = &b[..a.len()];
        let say = |d: &[usize]| d.iter().map(|&i| WORDS[i]).collect::<Vec<_>>().join(" ");
        let masked = |d: &[usize]| {
            let text = format!("Agent: and the security code?\nCustomer: {}\n", say(d));
            let findings = scan(&text, &Policy::default());
            prop_assert_eq!(findings.len(), 1, "{:?}", text);
            Ok(redact(&text, &findings, Style::Mask))
        };
        prop_assert_eq!(masked(&a)?, masked(b)?);
    }

    #[test]
    fn redacting_twice_is_redacting_once(text in noisy(), style in 0usize..4) {
        let (once, twice) = once_and_twice(&text, style);
        prop_assert_eq!(once, twice);
    }

    #[test]
    fn spans_are_sorted_disjoint_and_on_char_boundaries(text in noisy()) {
        let findings = scan(&text, &Policy::default());
        let mut last_end = 0;
        for f in &findings {
            for p in f.parts() {
                prop_assert!(p.start < p.end);
                prop_assert!(p.start >= last_end, "overlap in {text:?}");
                prop_assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
                last_end = p.end;
            }
            prop_assert!(!f.reason().is_empty());
        }
    }

    #[test]
    fn spans_stay_sorted_and_disjoint_with_custom_patterns(text in noisy()) {
        let policy = custom_policy();
        let findings = scan(&text, &policy);
        // Sorted by first byte, and no two parts share a byte. A custom
        // match may stand in the gap between two parts of a card written
        // in parts ("card433640,125035 fourfour0 5883919": the pattern
        // `[A-Za-z]{2}\d+` matches "ur0"), so the parts of all findings are
        // sorted before they are compared.
        prop_assert!(findings.windows(2).all(|w| w[0].span().start < w[1].span().start));
        let mut parts: Vec<_> = findings.iter().flat_map(|f| f.parts()).copied().collect();
        parts.sort_by_key(|p| p.start);
        let mut last_end = 0;
        for p in &parts {
            prop_assert!(p.start < p.end);
            prop_assert!(p.start >= last_end, "overlap in {text:?}");
            prop_assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
            last_end = p.end;
        }
        // Every finding with a built-in kind is one the defaults find too.
        let builtin = scan(&text, &Policy::default());
        for f in findings.iter().filter(|f| f.kind().is_builtin()) {
            prop_assert!(builtin.contains(f));
        }
    }

    #[test]
    fn scan_never_panics(text in any::<String>()) {
        let findings = scan(&text, &Policy::default());
        let _ = redact(&text, &findings, Style::Label);
    }
}

// ------------------------------------------------------------------------
// Numbers side by side, labelled values and transcripts; what may survive.

/// A card number as people write it: bare, or in groups of four (Amex
/// 4-6-5) with spaces, dashes or dots.
fn written_card() -> impl Strategy<Value = String> {
    (card(), 0usize..4).prop_map(|(c, how)| {
        let sep = match how {
            0 => return c,
            1 => " ",
            2 => "-",
            _ => ".",
        };
        let sizes: &[usize] =
            if c.len() == 15 { &[4, 6, 5] } else { &[4, 4, 4, 4, 4] };
        let mut out = String::new();
        let mut at = 0;
        for size in sizes {
            if at >= c.len() {
                break;
            }
            if at > 0 {
                out.push_str(sep);
            }
            let end = (at + size).min(c.len());
            out.push_str(&c[at..end]);
            at = end;
        }
        out
    })
}

/// One item of a note: a secret with or without its label, or a number
/// that is not a secret, always behind a word (so that two of those never
/// run together into something card-shaped).
pub fn item() -> impl Strategy<Value = String> {
    let label = |labels: &'static [&'static str]| prop::sample::select(labels);
    prop_oneof![
        4 => (label(&["", "card ", "Card: ", "cc# ", "paid with ", "Visa "]), written_card())
            .prop_map(|(l, c)| format!("{l}{c}")),
        2 => (label(&["", "SSN ", "SSN: ", "social ", "SS# "]), ssn())
            .prop_map(|(l, s)| format!("{l}{}-{}-{}", &s[..3], &s[3..5], &s[5..])),
        1 => (label(&["SSN ", "social security number ", "SSN: "]), ssn())
            .prop_map(|(l, s)| format!("{l}{s}")),
        1 => (label(&["zip ", "ZIP "]), "[0-9]{5}(-[0-9]{4})?")
            .prop_map(|(l, z)| format!("{l}{z}")),
        1 => "[2-9][0-9]{2}-[2-9][0-9]{2}-[0-9]{4}".prop_map(|p| format!("call {p}")),
        1 => (1u32..99_999, 0u32..100).prop_map(|(d, c)| format!("refund ${d}.{c:02}")),
        1 => (1u32..13, 25u32..36, label(&["exp ", "expires ", "exp. "]))
            .prop_map(|(m, y, l)| format!("{l}{m:02}/{y}")),
        1 => ("[0-9]{3}", label(&["cvv ", "CVV: ", "security code "]))
            .prop_map(|(c, l)| format!("{l}{c}")),
        1 => "[0-9]{5,9}".prop_map(|o| format!("order #{o}")),
    ]
}

/// Two to five items side by side: "zip 94107, 4111111111111111",
/// "SSN: 123-45-6789 4111...", "Cards 4111... exp 09/27, 5555... exp 10/28".
pub fn side_by_side() -> impl Strategy<Value = String> {
    let joiner = prop::sample::select(vec![
        ", ", " ", "; ", " and ", "\n", " / ", ". ", ",", " - ",
    ]);
    (
        prop::collection::vec((item(), joiner), 2..6),
        prop::sample::select(vec!["", "Cards ", "Cust gave ", "Note: "]),
    )
        .prop_map(|(items, lead)| {
            let mut out = lead.to_string();
            for (k, (it, j)) in items.iter().enumerate() {
                if k > 0 {
                    out.push_str(j);
                }
                out.push_str(it);
            }
            out
        })
}

/// What the agent asks for: a secret, or nothing in particular.
const ASK_SECRETS: &[&str] = &[
    "Can I get the card number?",
    "And the expiration date?",
    "What's the security code on the back?",
    "Can I have your social security number?",
    "uh huh",
    "Okay, thank you.",
];

/// Questions for numbers that are not secrets: an answer to one of them
/// may be left alone by design (ARCHITECTURE.md, "How a number is
/// judged").
const ASK_OTHERS: &[&str] =
    &["And the zip code?", "What's a good callback number?", "Order number?"];

/// A transcript where the agent asks for numbers (secrets or others) and
/// the customer gives them, written or read out, in one of a few layouts.
pub fn transcript() -> impl Strategy<Value = String> {
    transcript_asking([ASK_SECRETS, ASK_OTHERS].concat())
}

/// A transcript where the agent asks only for secrets (or nothing).
pub fn transcript_of_secrets() -> impl Strategy<Value = String> {
    transcript_asking(ASK_SECRETS.to_vec())
}

/// A transcript where the agent says one of `questions` each turn and the
/// customer answers with a value, written or read out, in one of a few
/// layouts.
fn transcript_asking(
    questions: Vec<&'static str>,
) -> impl Strategy<Value = String> {
    let agent = prop::sample::select(questions);
    let customer = prop_oneof![
        3 => item(),
        2 => card().prop_map(|c| spoken_digits(&c)),
        1 => ssn().prop_map(|s| spoken_digits(&s)),
        1 => prop::sample::select(vec!["sure", "one sec", "hold on", "yes"])
            .prop_map(str::to_string),
    ];
    let layout = prop::sample::select(vec![
        ("Agent: ", "Customer: "),
        ("A: ", "C: "),
        ("[00:00:29] spk_0: ", "[00:00:31] spk_1: "),
        ("Speaker 1 (00:34): ", "Speaker 2 (00:36): "),
        ("20:14 | agent | ", "20:15 | customer | "),
    ]);
    (prop::collection::vec((agent, customer), 1..5), layout).prop_map(
        |(turns, (a, c))| {
            let mut out = String::new();
            for (q, answer) in turns {
                out.push_str(&format!("{a}{q}\n{c}{answer}\n"));
            }
            out
        },
    )
}

/// `digits` read out one word each, "oh" for zero, a pause every four.
fn spoken_digits(digits: &str) -> String {
    const WORDS: [&str; 10] = [
        "oh", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine",
    ];
    let mut out = String::new();
    for (i, b) in digits.bytes().enumerate() {
        if i > 0 {
            out.push_str(if i % 4 == 0 { ", " } else { " " });
        }
        out.push_str(WORDS[usize::from(b - b'0')]);
    }
    out
}

/// Characters that join digit groups into one written number.
fn is_joiner(c: char) -> bool {
    matches!(
        c,
        ' ' | '-'
            | '.'
            | '\u{a0}'
            | '\u{202f}'
            | '\u{2009}'
            | '\u{2007}'
            | '\u{2002}'
            | '\u{3000}'
            | '\u{2010}'
            | '\u{2011}'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{2212}'
            | '\u{200b}'
            | '\u{ad}'
    )
}

/// The written numbers of `text`: maximal runs of digit groups joined by
/// one joiner each, as (byte offset, groups, the joiners between them).
fn written_numbers(text: &str) -> Vec<(usize, Vec<String>, Vec<char>)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_ascii_digit()
            || (i > 0 && chars[i - 1].1.is_ascii_alphanumeric())
        {
            i += 1;
            continue;
        }
        let start = chars[i].0;
        let mut groups = vec![String::new()];
        let mut joiners = Vec::new();
        while i < chars.len() {
            let c = chars[i].1;
            if c.is_ascii_digit() {
                groups.last_mut().unwrap().push(c);
                i += 1;
            } else if is_joiner(c)
                && chars.get(i + 1).is_some_and(|n| n.1.is_ascii_digit())
            {
                joiners.push(c);
                groups.push(String::new());
                i += 1;
            } else {
                break;
            }
        }
        // A number glued to letters ("A1234") is a code, not a number.
        if chars.get(i).is_none_or(|n| !n.1.is_ascii_alphabetic()) {
            out.push((start, groups, joiners));
        }
    }
    out
}

/// What a second look would still call a secret in redacted text: a run
/// of whole digit groups of 13 to 19 digits with a brand's prefix and
/// length and a valid Luhn check, or an SSA-valid SSN written 3-2-4 with
/// one separator, or nine digits right after "SSN". Returns a description
/// of each.
pub fn survivors(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, groups, joiners) in written_numbers(text) {
        for a in 0..groups.len() {
            let mut digits = String::new();
            for g in &groups[a..] {
                digits.push_str(g);
                let n = digits.len();
                if (13..=19).contains(&n)
                    && luhn::is_valid(&digits)
                    && brand::of(&digits).is_some()
                {
                    found.push(format!("card-valid {digits} at byte {at}"));
                }
                if n > 19 {
                    break;
                }
            }
        }
        let sizes: Vec<usize> = groups.iter().map(String::len).collect();
        let all: String = groups.concat();
        if sizes == [3, 2, 4]
            && joiners[0] == joiners[1]
            && hush::validate::ssn::is_valid(&all)
        {
            found.push(format!("SSN-valid {all} at byte {at}"));
        }
        let before = text[..at].trim_end().to_ascii_lowercase();
        if sizes == [9]
            && (before.ends_with("ssn") || before.ends_with("ssn:"))
            && hush::validate::ssn::is_valid(&all)
        {
            found.push(format!("labelled SSN {all} at byte {at}"));
        }
    }
    found
}

/// Layout-shaped text: lines that start with pieces of speaker labels,
/// cue timings, chat and Zoom headers (whole, cut short or unclosed) and
/// go on with the pieces of [`noisy`].
fn layoutish() -> impl Strategy<Value = String> {
    let header = prop::sample::select(vec![
        "Agent: ",
        "Customer: ",
        "A: ",
        "From Ann Lee to Everyone: ",
        "From to :",
        "From ",
        "From x to ",
        "[",
        "[Agent",
        "[Agent] ",
        "[00:00:29] spk_0: ",
        "[00:00:29",
        "Speaker 1 (00:34): ",
        "Speaker 1 (",
        "WEBVTT\n\n",
        "00:00:01.000 --> 00:00:02.000\n",
        " --> ",
        "<v Agent>",
        "<v ",
        "</v>",
        "1\n00:00:01,000 --> 00:00:02,000\n",
        "[8:23 PM] Ann: ",
        "20:14 | agent | ",
        "| ",
        "|---|---|\n",
        "{\"speaker\":\"agent\",\"text\":\"",
        "\"}",
        "**Agent:** ",
        "__Customer__: ",
        "Lopez, Maria: ",
        "Agent\n0:29\n",
        "お客様：",
        "オペレーター（佐藤）：",
        "[10:02] வாடிக்கையாளர்: ",
        "> ",
        "\t",
        "",
    ]);
    prop::collection::vec((header, noisy()), 0..12).prop_map(|lines| {
        let mut out = String::new();
        for (h, body) in lines {
            out.push_str(h);
            out.push_str(&body);
            out.push('\n');
        }
        out
    })
}

/// Checks the findings of `text`: parts non-empty, inside the text, on
/// char boundaries, sorted, and no two findings sharing a byte.
fn well_formed(text: &str, findings: &[Finding]) -> Result<(), String> {
    let mut parts: Vec<hush::Span> = Vec::new();
    let mut last_start = 0;
    for f in findings {
        if f.parts().is_empty() || f.span().start < last_start {
            return Err("findings not sorted, or one with no part".into());
        }
        last_start = f.span().start;
        for p in f.parts() {
            if p.start >= p.end
                || p.end > text.len()
                || !text.is_char_boundary(p.start)
                || !text.is_char_boundary(p.end)
            {
                return Err(format!("bad part {p:?}"));
            }
        }
        parts.extend_from_slice(f.parts());
    }
    parts.sort_by_key(|p| p.start);
    if parts.windows(2).any(|w| w[0].end > w[1].start) {
        return Err("two findings share a byte".into());
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(400))]

    #[test]
    fn scan_never_panics_on_layouts(text in layoutish()) {
        let findings = scan(&text, &Policy::default());
        prop_assert_eq!(well_formed(&text, &findings), Ok(()), "{:?}", text);
        for style in Style::ALL {
            let _ = redact(&text, &findings, style);
        }
    }

    #[test]
    fn redacting_twice_is_redacting_once_side_by_side(
        text in side_by_side(),
        style in 0usize..4,
    ) {
        let (once, twice) = once_and_twice(&text, style);
        prop_assert_eq!(&once, &twice, "{:?}", text);
    }

    #[test]
    fn redacting_twice_is_redacting_once_in_transcripts(
        text in transcript(),
        style in 0usize..4,
    ) {
        let (once, twice) = once_and_twice(&text, style);
        prop_assert_eq!(&once, &twice, "{:?}", text);
    }

    #[test]
    fn no_card_or_ssn_survives_side_by_side(text in side_by_side()) {
        let out = redact(&text, &scan(&text, &Policy::default()), Style::Label);
        let left = survivors(&out);
        prop_assert!(left.is_empty(), "{:?} -> {:?}: {:?}", text, out, left);
    }

    #[test]
    fn findings_are_well_formed_side_by_side(text in side_by_side()) {
        let findings = scan(&text, &Policy::default());
        prop_assert_eq!(well_formed(&text, &findings), Ok(()), "{:?}", text);
    }

    #[test]
    fn scanning_is_deterministic(text in prop_oneof![noisy(), side_by_side(), transcript()]) {
        let policy = Policy::default();
        prop_assert_eq!(scan(&text, &policy), scan(&text, &policy));
    }

    #[test]
    fn turning_a_kind_off_only_removes_its_findings(
        text in prop_oneof![side_by_side(), transcript(), noisy()],
        off in 0usize..4,
    ) {
        let kind = Kind::ALL[off];
        let policy =
            Policy { kinds: KindSet::ALL.without(kind), ..Policy::default() };
        let all: Vec<Finding> = scan(&text, &Policy::default())
            .into_iter()
            .filter(|f| f.kind() != kind)
            .collect();
        prop_assert_eq!(scan(&text, &policy), all, "{:?}", text);
    }

    #[test]
    fn no_card_or_ssn_survives_in_transcripts(text in transcript_of_secrets()) {
        let out = redact(&text, &scan(&text, &Policy::default()), Style::Label);
        let left = survivors(&out);
        prop_assert!(left.is_empty(), "{:?} -> {:?}: {:?}", text, out, left);
    }
}

#[test]
fn survivors_sees_what_a_second_pass_would() {
    // Cards: whole, in groups, inside a longer run of groups.
    assert_eq!(survivors("card 4111 1111 1111 1111").len(), 1);
    assert_eq!(survivors("4111-1111-1111-1111").len(), 1);
    assert_eq!(survivors("94107 4111 1111 1111 1111").len(), 1);
    assert!(!survivors("zip 94107, 4111111111111111").is_empty());
    // SSNs: 3-2-4 with one separator, or nine digits after "SSN".
    assert_eq!(survivors("it's 733-31-1387").len(), 1);
    assert_eq!(survivors("SSN: 733311387").len(), 1);
    // Not secrets: redacted, phone numbers, a failed Luhn check, mixed
    // separators, a code glued to letters, nine digits with no label.
    assert!(survivors("card [CARD] exp [EXPIRY]").is_empty());
    assert!(survivors("call 555-867-5309").is_empty());
    assert!(survivors("4111 1111 1111 1112").is_empty());
    assert!(survivors("733-31.1387").is_empty());
    assert!(survivors("A4111111111111111").is_empty());
    assert!(survivors("member 733311387").is_empty());
}
