//! Redaction: replacing the parts of findings in a text according to a
//! [`Style`].
//!
//! Redaction never fails and never panics, whatever findings it is given:
//! parts that overlap are merged, parts past the end of the text are
//! clamped and offsets inside a character are widened to the whole
//! character, so a bad offset can hide a little more, never less.

use std::collections::HashMap;

use crate::finding::{Finding, Kind};
use crate::policy::Style;
use crate::span::Span;

/// The character that replaces each letter and digit in [`Style::Mask`].
pub const MASK_CHAR: char = '*';

/// Returns `text` with every part of every finding replaced as `style` says.
///
/// ```
/// use hush::{redact, scan, Policy, Style};
///
/// let text = "card 4111 1111 1111 1111 exp 09/27";
/// let findings = scan(text, &Policy::default());
/// assert_eq!(redact(text, &findings, Style::Label), "card [CARD] exp [EXPIRY]");
/// assert_eq!(
///     redact(text, &findings, Style::Mask),
///     "card **** **** **** **** exp **/**",
/// );
/// assert_eq!(
///     redact(text, &findings, Style::Last4),
///     "card [CARD ending 1111] exp [EXPIRY]",
/// );
/// ```
pub fn redact(text: &str, findings: &[Finding], style: Style) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for r in replacements(text, findings, style) {
        out.push_str(&text[at..r.span.start]);
        out.push_str(&r.text);
        at = r.span.end;
    }
    out.push_str(&text[at..]);
    out
}

/// One replacement made by [`redact`]: the bytes it replaces, the index of
/// the finding they belong to, and the text that takes their place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replacement {
    /// The bytes replaced: on char boundaries, inside the text.
    pub span: Span,
    /// The index, in the findings given, of the finding they belong to.
    pub finding: usize,
    /// What replaces them, for example `[CARD]` or `****`.
    pub text: String,
}

/// Returns what [`redact`] would replace, in text order, without building
/// the redacted text: for a view that shows each replacement on its own.
/// The spans are sorted, disjoint and on char boundaries, whatever the
/// findings.
///
/// ```
/// use hush::{replacements, scan, Policy, Style};
///
/// let text = "SSN 123-13-7435, card 4111 1111 1111 1111";
/// let findings = scan(text, &Policy::default());
/// let r = replacements(text, &findings, Style::Numbered);
/// assert_eq!(r[0].text, "[SSN-1]");
/// assert_eq!(&text[r[1].span.range()], "4111 1111 1111 1111");
/// assert_eq!(r[1].text, "[CARD-1]");
/// ```
pub fn replacements(
    text: &str,
    findings: &[Finding],
    style: Style,
) -> Vec<Replacement> {
    let numbers = match style {
        Style::Numbered => numbering(findings),
        _ => HashMap::new(),
    };
    pieces(text, findings)
        .into_iter()
        .map(|piece| {
            let finding = &findings[piece.finding];
            let kind = finding.kind();
            let mut out = String::new();
            match style {
                Style::Label => push_tag(&mut out, kind, None),
                Style::Numbered => {
                    let n = numbers.get(&(kind, finding.key())).copied();
                    push_tag(&mut out, kind, n.map(Suffix::Number));
                }
                Style::Mask => mask(&text[piece.span.range()], &mut out),
                Style::Last4 => {
                    let tail =
                        finding.last4().filter(|_| piece.last_of_finding);
                    push_tag(&mut out, kind, tail.map(Suffix::Ending));
                }
            }
            Replacement { span: piece.span, finding: piece.finding, text: out }
        })
        .collect()
}

/// Writes `s` with every letter and digit as [`MASK_CHAR`]. A `\uXXXX`
/// escape (how a JSON string may write a character, such as a digit of
/// a redacted number) is one character and becomes one `*`, so a masked
/// JSON string stays valid.
fn mask(s: &str, out: &mut String) {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(c) = s.get(i..).and_then(|r| r.chars().next()) {
        let escape = c == '\\'
            && b.get(i + 1) == Some(&b'u')
            && b.get(i + 2..i + 6)
                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit));
        if escape {
            out.push(MASK_CHAR);
            i += 6;
        } else {
            out.push(if c.is_alphanumeric() { MASK_CHAR } else { c });
            i += c.len_utf8();
        }
    }
}

enum Suffix<'a> {
    Number(usize),
    Ending(&'a str),
}

fn push_tag(out: &mut String, kind: Kind, suffix: Option<Suffix<'_>>) {
    out.push('[');
    out.push_str(kind.tag());
    match suffix {
        None => {}
        Some(Suffix::Number(n)) => {
            out.push('-');
            out.push_str(&n.to_string());
        }
        Some(Suffix::Ending(tail)) => {
            out.push_str(" ending ");
            out.push_str(tail);
        }
    }
    out.push(']');
}

/// Numbers the distinct values of each kind 1, 2, 3... in order of first
/// appearance.
fn numbering(findings: &[Finding]) -> HashMap<(Kind, u64), usize> {
    let mut order: Vec<&Finding> = findings.iter().collect();
    order.sort_by_key(|f| f.span().start);
    let mut next = [1usize; 4];
    let mut numbers = HashMap::new();
    for f in order {
        numbers.entry((f.kind(), f.key())).or_insert_with(|| {
            let n = next[f.kind() as usize];
            next[f.kind() as usize] += 1;
            n
        });
    }
    numbers
}

/// One range of text to replace and the finding it belongs to.
struct Piece {
    span: Span,
    finding: usize,
    last_of_finding: bool,
}

/// Returns the parts of all findings, clamped to char boundaries, sorted and
/// with overlapping parts merged (the merged piece takes the finding of its
/// first part).
fn pieces(text: &str, findings: &[Finding]) -> Vec<Piece> {
    let mut all: Vec<Piece> = Vec::new();
    for (i, f) in findings.iter().enumerate() {
        let n = f.parts().len();
        for (j, part) in f.parts().iter().enumerate() {
            let span = widen(text, *part);
            if !span.is_empty() {
                all.push(Piece {
                    span,
                    finding: i,
                    last_of_finding: j + 1 == n,
                });
            }
        }
    }
    all.sort_by_key(|p| (p.span.start, p.span.end));
    let mut merged: Vec<Piece> = Vec::with_capacity(all.len());
    for p in all {
        match merged.last_mut() {
            Some(last) if p.span.start < last.span.end => {
                last.span.end = last.span.end.max(p.span.end);
                last.last_of_finding |= p.last_of_finding;
            }
            _ => merged.push(p),
        }
    }
    merged
}

/// Clamps a span to the text and widens it to char boundaries.
fn widen(text: &str, span: Span) -> Span {
    let mut start = span.start.min(text.len());
    let mut end = span.end.min(text.len()).max(start);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    Span::new(start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(kind: Kind, parts: &[(usize, usize)], digits: &str) -> Finding {
        let parts = parts.iter().map(|&(s, e)| Span::new(s, e)).collect();
        Finding::new(kind, parts, String::new(), digits.as_bytes())
    }

    #[test]
    fn numbered_gives_same_value_same_token() {
        let text = "a 1 b 2 c 1";
        let fs = [
            finding(Kind::Card, &[(2, 3)], "4111111111111111"),
            finding(Kind::Card, &[(6, 7)], "5555555555554444"),
            finding(Kind::Card, &[(10, 11)], "4111111111111111"),
        ];
        assert_eq!(
            redact(text, &fs, Style::Numbered),
            "a [CARD-1] b [CARD-2] c [CARD-1]"
        );
    }

    #[test]
    fn numbered_counts_each_kind_apart() {
        let text = "x y";
        let fs = [
            finding(Kind::Ssn, &[(2, 3)], "123456789"),
            finding(Kind::Card, &[(0, 1)], "4111111111111111"),
        ];
        assert_eq!(redact(text, &fs, Style::Numbered), "[CARD-1] [SSN-1]");
    }

    #[test]
    fn multi_part_finding_replaces_each_part() {
        let text = "C: 4111 1111\nA: ok\nC: 1111 1111";
        let f = finding(Kind::Card, &[(3, 12), (22, 31)], "4111111111111111");
        assert_eq!(
            redact(text, std::slice::from_ref(&f), Style::Label),
            "C: [CARD]\nA: ok\nC: [CARD]"
        );
        assert_eq!(
            redact(text, &[f], Style::Last4),
            "C: [CARD]\nA: ok\nC: [CARD ending 1111]"
        );
    }

    #[test]
    fn mask_keeps_layout() {
        let text = "né 12-34\n56 fin";
        let f = finding(Kind::Ssn, &[(4, 13)], "123456");
        assert_eq!(redact(text, &[f], Style::Mask), "né **-**\n** fin");
    }

    #[test]
    fn mask_writes_one_star_for_a_json_escape() {
        let text = r#"{"cvv": "\u0035\u00367", "note": "C:\\users"}"#;
        let f = finding(Kind::Cvv, &[(9, 22)], "567");
        assert_eq!(
            redact(text, &[f], Style::Mask),
            r#"{"cvv": "***", "note": "C:\\users"}"#
        );
        let f = finding(Kind::Cvv, &[(0, 8)], "1");
        // Not an escape: masked as any text.
        assert_eq!(redact(r"\u00zz ab", &[f], Style::Mask), r"\***** *b");
    }

    #[test]
    fn overlapping_and_out_of_range_parts_never_panic() {
        let text = "héllo wörld";
        let fs = [
            finding(Kind::Cvv, &[(2, 5)], "123"),
            finding(Kind::Cvv, &[(4, 9)], "123"),
            finding(Kind::Cvv, &[(11, 400)], "123"),
        ];
        let out = redact(text, &fs, Style::Label);
        assert_eq!(out, "h[CVV]r[CVV]");
    }
}
