//! Tests of custom patterns and allow rules: compiling (names, labels,
//! limits, ASCII classes, error positions) and matching through `scan`.

use super::*;
use crate::policy::Policy;
use crate::redact::redact;
use crate::span::Span;
use crate::{Style, scan};

fn with_patterns(patterns: &[(&str, &str)]) -> Policy {
    let mut p = Policy::default();
    for (name, re) in patterns {
        p.patterns.push(Pattern::new(name, re).unwrap());
    }
    p
}

fn redacted(text: &str, policy: &Policy) -> String {
    redact(text, &scan(text, policy), policy.style)
}

fn err(name: &str, re: &str) -> Error {
    Pattern::new(name, re).unwrap_err()
}

#[test]
fn names_give_label_and_nouns() {
    let p = Pattern::new("member_id", "MBR-[0-9]+").unwrap();
    assert_eq!(p.name(), "member_id");
    assert_eq!(p.label(), "MEMBER-ID");
    assert_eq!(p.noun(), "member ID");
    assert_eq!(p.plural(), "member IDs");
    assert_eq!(p.regex(), "MBR-[0-9]+");
    let p = Pattern::new("policy-number", "P[0-9]+").unwrap();
    assert_eq!(p.label(), "POLICY-NUMBER");
    assert_eq!(p.noun(), "policy number");
    let p = p.with_label("POLICY").unwrap();
    let p =
        p.with_noun("insurance policy", Some("insurance policies")).unwrap();
    assert_eq!(p.label(), "POLICY");
    assert_eq!(p.plural(), "insurance policies");
    let p = p.with_noun("passport", None).unwrap();
    assert_eq!(p.plural(), "passports");
}

#[test]
fn invalid_names_and_labels() {
    for name in ["", "9lives", "member id", "mémbre", "card", "SSN", "manual"]
    {
        let e = err(name, "x");
        assert_eq!(e.kind(), ErrorKind::InvalidName, "{name:?}");
    }
    let long = "a".repeat(MAX_NAME_LEN + 1);
    assert_eq!(err(&long, "x").kind(), ErrorKind::InvalidName);
    let p = Pattern::new("m", "x").unwrap();
    for label in ["", "  ", "A[B]", "CARD", "redacted", "a\nb"] {
        let e = p.clone().with_label(label).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidName, "{label:?}");
        assert_eq!(e.subject(), Some("pattern 'm'"));
    }
    assert!(p.clone().with_noun("", None).is_err());
    assert!(p.with_noun("x", Some("[y]")).is_err());
}

#[test]
fn regex_errors_name_the_pattern_and_the_position() {
    let e = err("member_id", "MBR-(");
    assert_eq!(e.kind(), ErrorKind::InvalidRegex);
    assert_eq!(e.subject(), Some("pattern 'member_id'"));
    assert_eq!(e.regex_position(), Some((1, 5)));
    assert_eq!(e.input(), "MBR-(");
    assert_eq!(
        e.to_string(),
        "pattern 'member_id': unclosed group (at character 5 of the regex)"
    );
    let e = err("x", "ab[c");
    assert_eq!(e.regex_position(), Some((1, 3)));
    let e = err("x", "a{2,1}");
    assert_eq!(e.kind(), ErrorKind::InvalidRegex);
    let e = err("x", "é(?P<n>a)(?P<n>b)");
    // Positions count characters, not bytes.
    assert_eq!(e.regex_position(), Some((1, 14)), "{e}");
    let e = err("x", "(?x)\n  a\n  (");
    assert_eq!(e.regex_position(), Some((3, 3)));
    assert!(e.to_string().ends_with("(at line 3, character 3 of the regex)"));
    // Look-around and back-references are not supported by `regex`.
    assert_eq!(err("x", r"a(?=b)").kind(), ErrorKind::InvalidRegex);
    assert_eq!(err("x", r"(a)\1").kind(), ErrorKind::InvalidRegex);
    // Invalid UTF-8 is refused.
    assert_eq!(err("x", r"(?-u:\xFF)").kind(), ErrorKind::InvalidRegex);
}

#[test]
fn empty_and_empty_matching_regexes_are_refused() {
    assert_eq!(err("x", "").kind(), ErrorKind::InvalidRegex);
    assert_eq!(err("x", "   ").kind(), ErrorKind::InvalidRegex);
    let e = err("x", "[0-9]*");
    assert!(e.to_string().contains("matches empty text"), "{e}");
    assert!(err("x", r"\b").to_string().contains("empty text"));
    assert!(Pattern::new("x", "[0-9]+").is_ok());
}

#[test]
fn unicode_classes_are_refused_with_a_hint() {
    let e = err("x", r"ID-\pL+");
    assert_eq!(e.kind(), ErrorKind::InvalidRegex);
    assert_eq!(e.regex_position(), Some((1, 4)));
    assert!(e.to_string().contains("[A-Za-z]"), "{e}");
    assert!(err("x", r"[\p{Greek}0-9]+").to_string().contains("Unicode"));
}

#[test]
fn limits() {
    let long = "a".repeat(MAX_REGEX_LEN + 1);
    let e = err("x", &long);
    assert_eq!(e.kind(), ErrorKind::RegexTooBig);
    let deep = format!("{}a{}", "(".repeat(40), ")".repeat(40));
    let e = err("x", &deep);
    assert_eq!(e.kind(), ErrorKind::RegexTooBig);
    assert!(e.regex_position().is_some());
    let big = err("x", r"(?:[a-z]{1000}){100}");
    assert_eq!(big.kind(), ErrorKind::RegexTooBig, "{big}");
    assert!(big.to_string().contains("too big"));
    // Nesting up to the limit is fine.
    let ok = format!("{}a{}", "(".repeat(20), ")".repeat(20));
    assert!(Pattern::new("x", &ok).is_ok());
}

#[test]
fn perl_classes_and_word_boundaries_are_ascii() {
    let p = with_patterns(&[("id", r"\bID\d{3}\b")]);
    assert_eq!(redacted("x ID123 y", &p), "x [ID] y");
    // Arabic-Indic digits are not \d.
    assert_eq!(redacted("x ID١٢٣ y", &p), "x ID١٢٣ y");
    // ASCII \b: a non-ASCII letter is not a word character, so there is a
    // boundary between "é" and "I".
    assert_eq!(redacted("éID123", &p), "é[ID]");
    let p = with_patterns(&[("w", r"[\w&&[^_]]+-\s?\D\d")]);
    assert_eq!(redacted("ab-x1", &p), "[W]");
    assert_eq!(redacted("ab- x1", &p), "[W]");
    assert_eq!(redacted("éb-x1", &p), "é[W]");
    let p = with_patterns(&[("w", r"\B\d\d\b{end}")]);
    assert_eq!(redacted("a12 34", &p), "a[W] 34");
}

#[test]
fn case_insensitive_and_non_ascii_literals_work() {
    let p = with_patterns(&[("member_id", r"(?i)\bmbr-\d{4}\b")]);
    assert_eq!(redacted("Mbr-1234 MBR-5678", &p), "[MEMBER-ID] [MEMBER-ID]");
    let p = with_patterns(&[("ref", r"Réf\.\s?\d+")]);
    assert_eq!(redacted("la Réf. 42 ici", &p), "la [REF] ici");
    let p = with_patterns(&[("x", "(?x) a b  # the letters\n c")]);
    assert_eq!(redacted("abc", &p), "[X]");
}

#[test]
fn custom_findings_take_every_style() {
    let mut p = with_patterns(&[("member_id", r"MBR-\d{4}")]);
    let text = "MBR-1234, MBR-5678, MBR-1234, card 4111111111111111";
    p.style = Style::Numbered;
    assert_eq!(
        redacted(text, &p),
        "[MEMBER-ID-1], [MEMBER-ID-2], [MEMBER-ID-1], card [CARD-1]"
    );
    p.style = Style::Mask;
    assert_eq!(
        redacted(text, &p),
        "****-****, ****-****, ****-****, card ****************"
    );
    p.style = Style::Last4;
    assert_eq!(
        redacted(text, &p),
        "[MEMBER-ID], [MEMBER-ID], [MEMBER-ID], card [CARD ending 1111]"
    );
    let f = &scan(text, &p)[0];
    assert_eq!(f.kind(), Kind::Custom);
    assert_eq!(f.name(), "member_id");
    assert_eq!(f.label(), "MEMBER-ID");
    assert_eq!(f.reason(), "matches the pattern 'member_id'");
    assert_eq!(f.last4(), None);
}

#[test]
fn custom_matches_never_overlap_builtin_findings() {
    // A pattern that would take part of a card is dropped where the card
    // is; the card is found as a card.
    let p = with_patterns(&[("paid", r"paid \d+"), ("digits", r"\d{6}")]);
    let text = "paid 4111111111111111 and 123456";
    let f = scan(text, &p);
    assert_eq!(f.len(), 2);
    assert_eq!(f[0].kind(), Kind::Card);
    assert_eq!(f[1].name(), "digits");
    assert_eq!(redacted(text, &p), "paid [CARD] and [DIGITS]");
    // With cards off, the pattern takes the number.
    let mut p = p;
    p.kinds = p.kinds.without(Kind::Card);
    assert_eq!(redacted(text, &p), "[PAID] and [DIGITS]");
}

#[test]
fn overlapping_custom_matches_are_joined() {
    let p = with_patterns(&[("b", r"\d\d-Y"), ("a", r"X-\d\d")]);
    let text = "X-12-Y and 34-Y";
    let f = scan(text, &p);
    assert_eq!(f.len(), 2);
    assert_eq!(&text[f[0].span().range()], "X-12-Y");
    assert_eq!(f[0].name(), "a");
    assert_eq!(f[1].name(), "b");
    assert_eq!(redacted(text, &p), "[A] and [B]");
    // At the same start, the pattern written first labels the finding.
    let p = with_patterns(&[("short", r"AB"), ("long", r"ABC")]);
    let f = scan("ABC", &p);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].name(), "short");
    assert_eq!(f[0].span(), Span::new(0, 3));
}

#[test]
fn custom_findings_are_sorted_among_builtin_ones() {
    let p = with_patterns(&[("m", r"MBR-\d{4}")]);
    let text = "SSN 123-13-7435 MBR-1234 card 4111111111111111 MBR-9999";
    let kinds: Vec<Kind> = scan(text, &p).iter().map(Finding::kind).collect();
    assert_eq!(kinds, [Kind::Ssn, Kind::Custom, Kind::Card, Kind::Custom]);
}

#[test]
fn patterns_apply_with_every_builtin_kind_off() {
    let mut p = with_patterns(&[("m", r"MBR-\d{4}")]);
    p.kinds = crate::KindSet::EMPTY;
    assert_eq!(
        redacted("MBR-1234 4111111111111111", &p),
        "[M] 4111111111111111"
    );
}

#[test]
fn allow_exact_matches_the_whole_finding_text() {
    let mut p = Policy::default();
    p.allow.push(Allow::exact("4111 1111 1111 1111").unwrap());
    let text = "test 4111 1111 1111 1111, real 4111-1111-1111-1111";
    assert_eq!(redacted(text, &p), "test 4111 1111 1111 1111, real [CARD]");
    // Part of a finding's text is not enough.
    let mut p = Policy::default();
    p.allow.push(Allow::exact("4111").unwrap());
    assert_eq!(redacted("card 4111 1111 1111 1111", &p), "card [CARD]");
}

#[test]
fn allow_regex_must_match_the_whole_text() {
    let mut p = with_patterns(&[("phone", r"\b1-800-\d{3}-\d{4}\b")]);
    p.allow.push(Allow::regex(r"1-800-555-01\d\d").unwrap());
    let text = "call 1-800-555-0100 or 1-800-555-0199x or 1-800-444-0100";
    assert_eq!(
        redacted(text, &p),
        "call 1-800-555-0100 or 1-800-555-0199x or [PHONE]"
    );
    // An alternation is anchored as a whole: "a|ab" allows "ab".
    let mut p = with_patterns(&[("x", "ab")]);
    p.allow.push(Allow::regex("a|ab").unwrap());
    assert_eq!(redacted("ab", &p), "ab");
    // Allow regexes may match empty text (they only ever test findings).
    assert!(Allow::regex("x*").is_ok());
    assert_eq!(Allow::regex("(").unwrap_err().regex_position(), Some((1, 1)));
}

#[test]
fn allow_digits_matches_however_the_value_is_written_or_spoken() {
    let mut p = Policy::default();
    p.allow.push(Allow::digits("4111-1111-1111-1111").unwrap());
    let text = "Customer: four one one one one one one one \
                one one one one one one one one\n\
                Customer: 4111111111111111 or 5555 5555 5555 4444";
    assert_eq!(
        redacted(text, &p),
        "Customer: four one one one one one one one \
         one one one one one one one one\n\
         Customer: 4111111111111111 or [CARD]"
    );
    // Custom findings: the ASCII digits of their text.
    let mut p = with_patterns(&[("m", r"MBR-\d{4}")]);
    p.allow.push(Allow::digits("1234").unwrap());
    assert_eq!(redacted("MBR-1234 MBR-5678", &p), "MBR-1234 [M]");
    assert!(Allow::digits("12a4").is_err());
    assert!(Allow::digits(" - ").is_err());
    assert!(Allow::digits(&"1".repeat(33)).is_err());
    assert!(Allow::exact("").is_err());
}

#[test]
fn allow_applies_to_a_finding_in_several_parts_joined_by_spaces() {
    let text = "Agent: card number?\nCustomer: four one one one, one one one one\n\
                Agent: uh huh\nCustomer: one one one one one one one one\n";
    let f = scan(text, &Policy::default());
    assert_eq!(f[0].parts().len(), 2);
    let mut p = Policy::default();
    p.allow.push(
        Allow::exact(
            "four one one one, one one one one one one one one one one one one",
        )
        .unwrap(),
    );
    assert!(scan(text, &p).is_empty());
}

#[test]
fn allow_rules_compare_by_value() {
    assert_eq!(Allow::exact("a").unwrap(), Allow::exact("a").unwrap());
    assert_ne!(Allow::exact("a").unwrap(), Allow::regex("a").unwrap());
    assert_eq!(Allow::digits("12 3").unwrap().value(), "123");
    assert_eq!(Allow::regex("a+").unwrap().rule(), "regex");
    assert_eq!(
        format!("{:?}", Allow::exact("a").unwrap()),
        "Allow::exact(\"a\")"
    );
    assert_eq!(
        Pattern::new("a", "x").unwrap(),
        Pattern::new("a", "x").unwrap()
    );
    assert_ne!(
        Pattern::new("a", "x").unwrap(),
        Pattern::new("a", "y").unwrap()
    );
}

#[test]
fn matching_time_is_linear_for_a_pathological_pattern() {
    // (a+)+$ backtracks exponentially in many engines; here it is linear.
    let p = with_patterns(&[("x", r"(a+)+b")]);
    let text = "a".repeat(50_000);
    assert!(scan(&text, &p).is_empty());
}

#[test]
fn a_match_between_two_parts_of_a_card_is_hidden_too() {
    // The card is written in three parts; the custom match stands in the
    // gap between the second and the third, and is a finding of its own.
    let text = "card433640,125035 fourfour0 5883919";
    let p = with_patterns(&[("code", r"[A-Za-z]{2}\d+")]);
    let f = scan(text, &p);
    assert_eq!(f.len(), 2);
    assert_eq!(f[0].parts().len(), 3);
    assert_eq!(f[1].span(), Span::new(24, 27));
    assert_eq!(redacted(text, &p), "card[CARD],[CARD] fourfo[CODE] [CARD]");
}
