//! What the fuzz targets check: the invariants the core promises
//! (ARCHITECTURE.md, "Architecture invariants"), as functions that panic
//! when one does not hold, so that AFL++ saves the input as a crash.
//!
//! * [`check_scan`]: findings are well formed (parts non-empty, sorted,
//!   disjoint across all findings, on `char` boundaries, inside the text),
//!   of the kinds asked for, the same on a second scan, the same as a scan
//!   of every kind filtered afterwards, and their reasons never repeat the
//!   secret.
//! * [`check_redact`]: the replacements are sorted, disjoint, cover every
//!   part of every finding, and `redact` is the text outside them with
//!   them in between.
//! * [`check_idempotent`]: redacting the redacted text changes nothing.
//!
//! The panic messages name the invariant, never the input: the input is
//! in the crash file AFL++ saves.

use hush::{
    Finding, Kind, KindSet, Policy, Span, Style, redact, replacements, scan,
};

/// The policy and style an input asks for, from its first byte: bits 0-1
/// the style, bits 2-5 the kinds off (a set with every kind off is read
/// as every kind on, since the CLI and the app refuse it).
// `..Policy::default()` keeps this building when `Policy` gains fields.
#[allow(clippy::needless_update)]
pub fn policy_from(byte: u8) -> Policy {
    let mut kinds = KindSet::ALL;
    for (bit, kind) in Kind::ALL.iter().enumerate() {
        if byte >> (2 + bit) & 1 == 1 {
            kinds = kinds.without(*kind);
        }
    }
    if kinds.is_empty() {
        kinds = KindSet::ALL;
    }
    Policy {
        style: Style::ALL[usize::from(byte & 3)],
        kinds,
        ..Policy::default()
    }
}

/// Splits a fuzz input into its policy byte and its text (invalid UTF-8
/// replaced, so every input exercises the scanner).
pub fn split(data: &[u8]) -> (Policy, String) {
    match data.split_first() {
        Some((&b, rest)) => {
            (policy_from(b), String::from_utf8_lossy(rest).into_owned())
        }
        None => (Policy::default(), String::new()),
    }
}

/// The ASCII digits of `text` in `span`.
fn digits_in(text: &str, span: Span) -> String {
    text.get(span.range())
        .unwrap_or("")
        .chars()
        .filter(char::is_ascii_digit)
        .collect()
}

/// Checks the findings of `text` under `policy`; returns them.
pub fn check_scan(text: &str, policy: &Policy) -> Vec<Finding> {
    let findings = scan(text, policy);
    let mut all_parts: Vec<Span> = Vec::new();
    let mut last_start = 0;
    for f in &findings {
        assert!(
            policy.kinds.contains(f.kind()),
            "a finding of a kind not asked for"
        );
        let parts = f.parts();
        assert!(!parts.is_empty(), "a finding with no part");
        for p in parts {
            assert!(p.start < p.end, "an empty part");
            assert!(p.end <= text.len(), "a part past the end of the text");
            assert!(
                text.is_char_boundary(p.start) && text.is_char_boundary(p.end),
                "a part not on char boundaries"
            );
        }
        assert!(
            parts.windows(2).all(|w| w[0].end <= w[1].start),
            "parts not sorted"
        );
        assert!(f.span().start >= last_start, "findings not sorted");
        last_start = f.span().start;
        assert!(!f.reason().is_empty(), "a finding with no reason");
        // The reason is shown and printed (`--check`): it must not hold
        // the secret, neither a part's text nor all its digits.
        let digits: String =
            parts.iter().map(|p| digits_in(text, *p)).collect();
        if digits.len() >= 4 {
            assert!(
                !f.reason().contains(&digits),
                "a reason holds the secret's digits"
            );
        }
        for p in parts {
            let part = text.get(p.range()).unwrap_or("");
            if part.chars().count() >= 4 {
                assert!(
                    !f.reason().contains(part),
                    "a reason holds the secret's text"
                );
            }
        }
        all_parts.extend_from_slice(parts);
    }
    all_parts.sort_by_key(|p| p.start);
    assert!(
        all_parts.windows(2).all(|w| w[0].end <= w[1].start),
        "two findings share a byte"
    );
    // Deterministic: the same text gives the same findings.
    assert!(scan(text, policy) == findings, "a second scan differs");
    // Turning a kind off only removes its findings.
    if policy.kinds != KindSet::ALL {
        let every = Policy { style: policy.style, ..Policy::default() };
        let filtered: Vec<Finding> = scan(text, &every)
            .into_iter()
            .filter(|f| policy.kinds.contains(f.kind()))
            .collect();
        assert!(
            filtered == findings,
            "turning a kind off changed the other findings"
        );
    }
    findings
}

/// Checks `redact` and `replacements` of `text` in `style`; returns the
/// redacted text.
pub fn check_redact(text: &str, findings: &[Finding], style: Style) -> String {
    let reps = replacements(text, findings, style);
    let mut stitched = String::new();
    let mut at = 0;
    for r in &reps {
        assert!(r.span.start >= at, "replacements not sorted or overlapping");
        assert!(r.span.end <= text.len(), "a replacement past the end");
        assert!(r.span.start < r.span.end, "an empty replacement");
        assert!(
            text.is_char_boundary(r.span.start)
                && text.is_char_boundary(r.span.end),
            "a replacement not on char boundaries"
        );
        assert!(r.finding < findings.len(), "a replacement of no finding");
        stitched.push_str(&text[at..r.span.start]);
        stitched.push_str(&r.text);
        at = r.span.end;
    }
    stitched.push_str(&text[at..]);
    // Every byte of every part is replaced.
    for f in findings {
        for p in f.parts() {
            let i = reps.partition_point(|r| r.span.end <= p.start);
            let mut covered = p.start;
            for r in &reps[i..] {
                if r.span.start > covered || covered >= p.end {
                    break;
                }
                covered = r.span.end;
            }
            assert!(covered >= p.end, "a part of a finding is not replaced");
        }
    }
    let out = redact(text, findings, style);
    assert!(out == stitched, "redact differs from its replacements");
    out
}

/// Checks that redacting the output of a redaction changes nothing.
pub fn check_idempotent(text: &str, policy: &Policy) {
    let once = redact(text, &scan(text, policy), policy.style);
    let again = scan(&once, policy);
    let twice = redact(&once, &again, policy.style);
    assert!(twice == once, "redacting twice differs from redacting once");
}

/// The layout fragments of [`layout_text`]: speaker labels and the
/// headers, cues and separators of the transcript and chat layouts the
/// detector reads, with a few numbers and questions to join across them.
pub const FRAGMENTS: &[&str] = &[
    "Agent: ",
    "Customer: ",
    "\nAgent: ",
    "\nCustomer: ",
    "From Sarah Jones to Everyone:",
    "WEBVTT\n\n",
    "00:00:01.000 --> 00:00:02.500\n",
    "<v Agent>",
    "</v>",
    "[00:00:29] spk_0: ",
    "Speaker 1 (00:34): ",
    "[8:23 PM] Ann Lee: ",
    "20:14 | agent | ",
    "{\"speaker\":\"customer\",\"text\":\"",
    "\"}\n",
    "**Agent:** ",
    "| SSN | Card |\n|---|---|\n",
    "From",
    "\n> ",
    "1\n00:00:01,000 --> 00:00:02,000\n",
    "[Agent] ",
    "Agent\n0:29\n",
    "4111 1111 1111 1111",
    "four one one one ",
    "what's the card number?",
    "SSN ",
    "cvv ",
    " to ",
    ":",
];

/// The control bytes that stand for [`FRAGMENTS`], in order: every C0
/// control but NUL, tab, line feed and carriage return, then DEL.
fn fragment_of(byte: u8) -> Option<&'static str> {
    let index = match byte {
        0x01..=0x08 => byte - 0x01,
        0x0b | 0x0c => byte - 0x0b + 8,
        0x0e..=0x1f => byte - 0x0e + 10,
        0x7f => 28,
        _ => return None,
    };
    FRAGMENTS.get(usize::from(index)).copied()
}

/// A layout-shaped text from fuzz bytes: each control byte (but NUL, tab,
/// line feed and carriage return) and DEL becomes a layout fragment of
/// [`FRAGMENTS`], and the rest is the text itself (invalid UTF-8
/// replaced). Real texts are their own seeds; one mutated byte inserts a
/// speaker label, a WebVTT cue or a Zoom header anywhere ("From", " to "
/// and ":" are apart, so that a Zoom header can also come cut short).
pub fn layout_text(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len() * 2);
    let mut plain: Vec<u8> = Vec::new();
    for &b in data {
        match fragment_of(b) {
            Some(f) => {
                out.push_str(&String::from_utf8_lossy(&plain));
                plain.clear();
                out.push_str(f);
            }
            None => plain.push(b),
        }
    }
    out.push_str(&String::from_utf8_lossy(&plain));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fragment_has_a_byte() {
        let bytes: Vec<u8> =
            (0u8..0x80).filter(|b| fragment_of(*b).is_some()).collect();
        assert_eq!(bytes.len(), FRAGMENTS.len());
    }

    #[test]
    fn layout_text_expands_fragments_and_keeps_text() {
        assert_eq!(
            layout_text(b"\x01hi\x02 there"),
            "Agent: hiCustomer:  there"
        );
        assert_eq!(layout_text("tab\there é".as_bytes()), "tab\there é");
        // Byte 0x15 is "From", 0x1f " to ", DEL ":".
        assert_eq!(layout_text(b"\x15\x1f\x7f"), "From to :");
    }

    #[test]
    fn policy_byte_never_turns_everything_off() {
        for b in 0..=255u8 {
            assert!(!policy_from(b).kinds.is_empty());
        }
        assert_eq!(policy_from(0).kinds, KindSet::ALL);
        assert_eq!(policy_from(2).style, Style::ALL[2]);
    }

    #[test]
    fn the_checks_pass_on_a_plain_case() {
        let text = "Agent: card?\nCustomer: 4111 1111 1111 1111 exp 09/27";
        let policy = Policy::default();
        let findings = check_scan(text, &policy);
        assert_eq!(findings.len(), 2);
        for style in Style::ALL {
            let out = check_redact(text, &findings, style);
            assert!(!out.contains("4111"));
        }
        check_idempotent(text, &policy);
    }
}
