//! Tests of reading policy files: a full valid file, the defaults, and
//! every kind of invalid file, each with its position.

use super::*;
use crate::error::ErrorKind;
use crate::{redact, scan};

/// The example policy shipped with Hush must stay valid.
const EXAMPLE: &str = include_str!("../../../examples/hush.toml");

/// The policy the release archive ships next to the web app (`site/`).
const DEPLOYED: &str = include_str!("../../../deploy/policy.toml");

fn invalid(text: &str) -> Error {
    match Policy::from_toml(text) {
        Ok(p) => panic!("expected an error, got {p:?}"),
        Err(e) => e,
    }
}

/// Asserts the error's kind, line and column, and that its message
/// contains `words`.
fn check(
    text: &str,
    kind: ErrorKind,
    line: usize,
    column: usize,
    words: &str,
) {
    let e = invalid(text);
    assert_eq!(e.kind(), kind, "{e}");
    assert_eq!((e.line(), e.column()), (Some(line), Some(column)), "{e}");
    let message = e.to_string();
    assert!(message.contains(words), "{message:?} lacks {words:?}");
    assert!(
        message.starts_with(&format!("line {line}, column {column}: ")),
        "{message}"
    );
    assert!(!message.contains('\n'), "{message:?}");
}

#[test]
fn the_example_policy_is_valid() {
    let p = Policy::from_toml(EXAMPLE).unwrap();
    assert!(p.name.is_some());
    assert!(p.version.is_some());
    assert!(p.message.is_some());
    assert!(!p.patterns.is_empty());
    assert!(!p.allow.is_empty());
    assert!(p.locked.kinds.contains(Kind::Card));
}

#[test]
fn the_policy_in_the_release_is_valid_and_redacts() {
    let p = Policy::from_toml(DEPLOYED).unwrap();
    assert!(p.name.is_some());
    assert!(p.version.is_some());
    assert!(p.locked.kinds.contains(Kind::Card));
    let text = "card 4111 1111 1111 1111, SSN 123-13-7435";
    let out = redact(text, &scan(text, &p), p.style);
    assert!(!out.contains("4111") && !out.contains("7435"), "{out}");
}

#[test]
fn a_full_policy() {
    let p = Policy::from_toml(
        r#"
name = "Acme support"
version = 3
message = "  Never write card numbers in notes.  "
kinds = ["card", "ssn", "expiry"]
style = "numbered"
locked = ["card", "ssn", "style"]

[[pattern]]
name = "member_id"
label = "MEMBER"
regex = '\bMBR-\d{4}\b'
noun = "member number"
plural = "member numbers"

[[pattern]]
name = "policy_no"
regex = 'POL\d{6}'

[allow]
exact = ["MBR-0000"]
regex = ['POL0000\d\d']
digits = ["4111 1111 1111 1111"]
"#,
    )
    .unwrap();
    assert_eq!(p.name.as_deref(), Some("Acme support"));
    assert_eq!(p.version.as_deref(), Some("3"));
    assert_eq!(
        p.message.as_deref(),
        Some("Never write card numbers in notes.")
    );
    assert_eq!(
        p.kinds,
        KindSet::EMPTY.with(Kind::Card).with(Kind::Ssn).with(Kind::Expiry)
    );
    assert_eq!(p.style, Style::Numbered);
    assert_eq!(
        p.locked.kinds,
        KindSet::EMPTY.with(Kind::Card).with(Kind::Ssn)
    );
    assert!(p.locked.style);
    assert!(!p.locked.allow);
    assert_eq!(p.patterns.len(), 2);
    assert_eq!(p.patterns[0].label(), "MEMBER");
    assert_eq!(p.patterns[0].plural(), "member numbers");
    assert_eq!(p.patterns[1].label(), "POLICY-NO");
    assert_eq!(p.allow.len(), 3);

    let text = "MBR-1234 MBR-0000 POL123456 POL000042 card 4111111111111111, \
                5555555555554444 cvv 123 MBR-1234";
    assert_eq!(
        redact(text, &scan(text, &p), p.style),
        "[MEMBER-1] MBR-0000 [POLICY-NO-1] POL000042 card 4111111111111111, \
         [CARD-1] cvv 123 [MEMBER-1]"
    );
}

#[test]
fn defaults_and_version_forms() {
    let p = Policy::from_toml("name = 'Minimal'").unwrap();
    assert_eq!(p.kinds, KindSet::ALL);
    assert_eq!(p.style, Style::Label);
    assert_eq!(p.locked, Locked::default());
    assert_eq!(p.version, None);
    assert_eq!(p.message, None);
    assert!(p.patterns.is_empty() && p.allow.is_empty());
    let p = Policy::from_toml("name = 'x'\nversion = 1.5").unwrap();
    assert_eq!(p.version.as_deref(), Some("1.5"));
    // A number is shown as written: a version 2.10 is not 2.1.
    let p = Policy::from_toml("name = 'x'\nversion = 2.10").unwrap();
    assert_eq!(p.version.as_deref(), Some("2.10"));
    let p = Policy::from_toml("name = 'x'\nversion = 1e3 # three\n").unwrap();
    assert_eq!(p.version.as_deref(), Some("1e3"));
    let p = Policy::from_toml("name = 'x'\nversion = -7").unwrap();
    assert_eq!(p.version.as_deref(), Some("-7"));
    let p = Policy::from_toml("name = 'x'\nversion = '2025-03'").unwrap();
    assert_eq!(p.version.as_deref(), Some("2025-03"));
    let p =
        Policy::from_toml("name = 'x'\nlocked = ['kinds', 'allow']").unwrap();
    assert_eq!(p.locked.kinds, KindSet::ALL);
    assert!(p.locked.allow && !p.locked.style);
    // Only custom patterns: kinds may be empty then.
    let p = Policy::from_toml(
        "name = 'x'\nkinds = []\n[[pattern]]\nname = 'm'\nregex = 'M\\d+'",
    )
    .unwrap();
    assert!(p.kinds.is_empty());
}

#[test]
fn toml_syntax_errors() {
    check("name = 'x\n", ErrorKind::InvalidPolicy, 1, 10, "literal string");
    check(
        "name = 'x'\nkinds = [\"card\"\n",
        ErrorKind::InvalidPolicy,
        2,
        16,
        "unclosed array",
    );
    check(
        "name = 'x'\nname = 'y'\n",
        ErrorKind::InvalidPolicy,
        2,
        1,
        "duplicate",
    );
}

#[test]
fn unknown_keys_are_errors() {
    // A typo must not silently unlock anything.
    check(
        "name = 'x'\nlockd = ['card']\n",
        ErrorKind::InvalidPolicy,
        2,
        1,
        "unknown field `lockd`",
    );
    check(
        "name = 'x'\n[[pattern]]\nname = 'm'\nregex = 'M'\nlable = 'X'\n",
        ErrorKind::InvalidPolicy,
        5,
        1,
        "unknown field `lable`",
    );
    check(
        "name = 'x'\n[[patterns]]\nname = 'm'\nregex = 'M'\n",
        ErrorKind::InvalidPolicy,
        2,
        3,
        "unknown field `patterns`",
    );
    check(
        "name = 'x'\n[allow]\nexcat = ['a']\n",
        ErrorKind::InvalidPolicy,
        3,
        1,
        "unknown field `excat`",
    );
}

#[test]
fn missing_and_mistyped_fields() {
    let e = invalid("kinds = ['card']\n");
    assert_eq!(e.kind(), ErrorKind::InvalidPolicy);
    assert!(e.to_string().contains("missing field `name`"), "{e}");
    check("name = 5\n", ErrorKind::InvalidPolicy, 1, 8, "string");
    check("name = 'x'\nkinds = 'card'\n", ErrorKind::InvalidPolicy, 2, 9, "");
    for value in ["true", "2025-03-01", "[1, 2]", "{ major = 1 }", "''"] {
        check(
            &format!("name = 'x'\nversion = {value}\n"),
            ErrorKind::InvalidPolicy,
            2,
            11,
            "`version` must be a string or a number",
        );
    }
    check(
        "name = 'x'\n[[pattern]]\nname = 'm'\n",
        ErrorKind::InvalidPolicy,
        2,
        1,
        "missing field `regex`",
    );
    check("name = '  '\n", ErrorKind::InvalidPolicy, 1, 8, "`name`");
    let long = format!("name = 'x'\nmessage = '{}'\n", "a".repeat(1001));
    check(&long, ErrorKind::InvalidPolicy, 2, 11, "`message`");
}

#[test]
fn unknown_kinds_styles_and_locks() {
    check(
        "name = 'x'\nkinds = ['card', 'pin']\n",
        ErrorKind::UnknownKind,
        2,
        18,
        "`kinds`: unknown kind 'pin'",
    );
    check(
        "name = 'x'\nstyle = 'fancy'\n",
        ErrorKind::UnknownStyle,
        2,
        9,
        "`style`: unknown style 'fancy'",
    );
    check(
        "name = 'x'\nlocked = ['kinds', 'styles']\n",
        ErrorKind::InvalidPolicy,
        2,
        20,
        "unknown setting 'styles'",
    );
}

#[test]
fn a_policy_that_redacts_nothing_is_an_error() {
    check(
        "name = 'x'\nkinds = []\n",
        ErrorKind::InvalidPolicy,
        2,
        9,
        "redacts nothing",
    );
}

#[test]
fn pattern_errors_have_the_file_position_and_the_regex_position() {
    let text =
        "name = 'x'\n[[pattern]]\nname = 'member_id'\nregex = 'MBR-('\n";
    check(
        text,
        ErrorKind::InvalidRegex,
        4,
        9,
        "pattern 'member_id': unclosed group",
    );
    let e = invalid(text);
    assert_eq!(e.regex_position(), Some((1, 5)));
    assert_eq!(
        e.to_string(),
        "line 4, column 9: pattern 'member_id': unclosed group (at character 5 of the regex)"
    );
    check(
        "name = 'x'\n[[pattern]]\nname = 'member id'\nregex = 'M'\n",
        ErrorKind::InvalidName,
        3,
        8,
        "not valid",
    );
    check(
        "name = 'x'\n[[pattern]]\nname = 'm'\nregex = 'M'\nlabel = 'CARD'\n",
        ErrorKind::InvalidName,
        5,
        9,
        "pattern 'm'",
    );
    check(
        "name = 'x'\n[[pattern]]\nname = 'm'\nregex = 'M'\nplural = 'Ms'\n",
        ErrorKind::InvalidPolicy,
        5,
        10,
        "needs a `noun`",
    );
    check(
        "name = 'x'\n[[pattern]]\nname = 'm'\nregex = 'M'\n[[pattern]]\nname = 'm'\nregex = 'N'\n",
        ErrorKind::InvalidPolicy,
        6,
        8,
        "two patterns are named 'm'",
    );
    let big = format!(
        "name = 'x'\n[[pattern]]\nname = 'm'\nregex = '{}'\n",
        "a".repeat(1001)
    );
    check(&big, ErrorKind::RegexTooBig, 4, 9, "limit is 1000");
    let mut many = String::from("name = 'x'\n");
    for i in 0..=MAX_PATTERNS {
        many.push_str(&format!(
            "[[pattern]]\nname = 'p{i}'\nregex = 'x{i}'\n"
        ));
    }
    check(&many, ErrorKind::InvalidPolicy, 302, 1, "too many patterns");
}

#[test]
fn allow_errors_name_the_rule() {
    check(
        "name = 'x'\n[allow]\nregex = ['ok', '(']\n",
        ErrorKind::InvalidRegex,
        3,
        16,
        "allow regex 2: unclosed group",
    );
    check(
        "name = 'x'\n[allow]\nexact = ['']\n",
        ErrorKind::InvalidPolicy,
        3,
        10,
        "allow exact 1",
    );
    check(
        "name = 'x'\n[allow]\ndigits = ['4111x']\n",
        ErrorKind::InvalidPolicy,
        3,
        11,
        "allow digits 1",
    );
}

#[test]
fn oversized_files_are_refused() {
    let text = format!("name = 'x'\n#{}\n", " ".repeat(MAX_POLICY_LEN));
    assert_eq!(invalid(&text).kind(), ErrorKind::InvalidPolicy);
}

#[test]
fn set_kind_and_style_respect_locks() {
    let mut p =
        Policy::from_toml("name = 'x'\nlocked = ['card', 'style']").unwrap();
    assert!(!p.set_kind(Kind::Card, false));
    assert!(p.kinds.contains(Kind::Card));
    assert!(p.set_kind(Kind::Card, true));
    assert!(p.set_kind(Kind::Cvv, false));
    assert!(!p.kinds.contains(Kind::Cvv));
    assert!(!p.set_style(Style::Mask));
    assert_eq!(p.style, Style::Label);
    assert!(p.set_style(Style::Label));
    assert!(!p.set_kind(Kind::Custom, true));
    let mut d = Policy::default();
    assert!(d.set_style(Style::Mask));
    assert_eq!(d.style, Style::Mask);
}
