//! Redaction: replacing the parts of findings in a text according to a
//! [`Style`].
//!
//! Redaction never fails and never panics, whatever findings it is given:
//! parts that overlap are merged, parts past the end of the text are
//! clamped and offsets inside a character are widened to the whole
//! character, so a bad offset can hide a little more, never less.

use std::collections::HashMap;

use crate::finding::Finding;
use crate::policy::Style;
use crate::span::{Span, widen};

/// The character that replaces each letter and digit in [`Style::Mask`].
pub const MASK_CHAR: char = '*';

/// Returns `text` with every part of every finding replaced as `style` says.
///
/// In [`Style::Mask`], each word of a finding becomes [`MASK_WORD_WIDTH`]
/// stars and each written digit one star, so the layout is kept but the
/// length of a spoken number word never narrows down the digit.
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
    redact_into(&mut out, text, findings, style, &mut Numbers::default());
    out
}

/// [`redact`], appended to `out`, with the numbers of [`Style::Numbered`]
/// carried in `numbers`. Each replacement is written into `out` itself:
/// no string of its own.
pub(crate) fn redact_into(
    out: &mut String,
    text: &str,
    findings: &[Finding],
    style: Style,
    numbers: &mut Numbers,
) {
    if style == Style::Numbered {
        numbers.assign(findings);
    }
    let mut at = 0;
    // The spans are sorted, disjoint and on char boundaries (`pieces`), so
    // `get` never misses; if it did, the text between is left out rather
    // than shown.
    for piece in pieces(text, findings) {
        out.push_str(text.get(at..piece.span.start).unwrap_or(""));
        push_replacement(out, text, findings, &piece, style, numbers);
        at = piece.span.end;
    }
    out.push_str(text.get(at..).unwrap_or(""));
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
    replacements_numbered(text, findings, style, &mut Numbers::default())
}

/// The numbers of [`Style::Numbered`] given so far: carried from one chunk
/// of a text to the next, they number a text redacted chunk by chunk as
/// [`replacements`] numbers it whole.
#[derive(Clone, Debug, Default)]
pub(crate) struct Numbers {
    given: HashMap<(String, u64), usize>,
    next: HashMap<String, usize>,
}

impl Numbers {
    /// Numbers the values of `findings` not numbered yet, in the order of
    /// their first byte.
    fn assign(&mut self, findings: &[Finding]) {
        let mut order: Vec<&Finding> = findings.iter().collect();
        crate::order::sort_by_key(&mut order, |f| (f.span().start, 0));
        for f in order {
            let key = (f.label().to_owned(), f.key());
            if !self.given.contains_key(&key) {
                let n = self.next.entry(key.0.clone()).or_insert(0);
                *n += 1;
                self.given.insert(key, *n);
            }
        }
    }

    fn get(&self, label: &str, key: u64) -> Option<usize> {
        self.given.get(&(label.to_owned(), key)).copied()
    }
}

/// [`replacements`], with the numbers of [`Style::Numbered`] carried in
/// `numbers`.
pub(crate) fn replacements_numbered(
    text: &str,
    findings: &[Finding],
    style: Style,
    numbers: &mut Numbers,
) -> Vec<Replacement> {
    if style == Style::Numbered {
        numbers.assign(findings);
    }
    pieces(text, findings)
        .into_iter()
        .map(|piece| {
            let mut out = String::new();
            push_replacement(&mut out, text, findings, &piece, style, numbers);
            Replacement { span: piece.span, finding: piece.finding, text: out }
        })
        .collect()
}

/// What replaces `piece` of `text` in `style`, appended to `out`.
fn push_replacement(
    out: &mut String,
    text: &str,
    findings: &[Finding],
    piece: &Piece,
    style: Style,
    numbers: &Numbers,
) {
    let finding = &findings[piece.finding];
    let label = finding.label();
    match style {
        Style::Label => push_tag(out, label, None),
        Style::Numbered => {
            let n = numbers.get(label, finding.key());
            push_tag(out, label, n.map(Suffix::Number));
        }
        Style::Mask => {
            mask_into(out, text.get(piece.span.range()).unwrap_or(""))
        }
        Style::Last4 => {
            let tail = finding.last4().filter(|_| piece.last_of_finding);
            push_tag(out, label, tail.map(Suffix::Ending));
        }
    }
}

/// How many [`MASK_CHAR`]s replace each word in [`Style::Mask`], whatever
/// its length: "three four seven" and "one one one" both become
/// `**** **** ****`, so the length of a spoken digit never tells which
/// digit it was. A written digit is one `*`.
pub const MASK_WORD_WIDTH: usize = 4;

/// Masks `part` as [`Style::Mask`] does: each run of letters (a word)
/// becomes [`MASK_WORD_WIDTH`] stars, each other letter or digit (a written
/// digit) one star; spaces, dashes, slashes and line breaks stay. For a
/// view that shows a piece of a finding on its own.
///
/// ```
/// assert_eq!(hush::mask("three four seven"), "**** **** ****");
/// assert_eq!(hush::mask("4111-1111"), "****-****");
/// ```
pub fn mask(part: &str) -> String {
    let mut out = String::with_capacity(part.len());
    mask_into(&mut out, part);
    out
}

/// Masks `part` into `out`. A `\uXXXX` escape (how a JSON string may
/// write a character: a digit, a letter, a surrogate pair) counts as the
/// one character it stands for and is replaced whole, or kept whole when
/// it is not a letter or digit, so a masked JSON string stays valid; so
/// do `\n`, `\"` and the other escapes of one letter.
fn mask_into(out: &mut String, part: &str) {
    let mut in_word = false;
    let mut i = 0;
    while let Some((c, len)) = char_at(part, i) {
        if c.is_alphabetic() {
            if !in_word {
                out.extend(std::iter::repeat_n(MASK_CHAR, MASK_WORD_WIDTH));
            }
            in_word = true;
        } else {
            in_word = false;
            if c.is_alphanumeric() {
                out.push(MASK_CHAR);
            } else {
                out.push_str(part.get(i..i + len).unwrap_or(""));
            }
        }
        i += len;
    }
}

/// The character at byte `i` of `s` and how many bytes write it: one
/// character, a `\uXXXX` escape (12 bytes for a surrogate pair; a lone
/// surrogate is U+FFFD), or a JSON escape of one letter (`\n`).
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let c = s.get(i..)?.chars().next()?;
    let hex = |at: usize| -> Option<u32> {
        let h = s.as_bytes().get(at..at + 6)?;
        if h[0] != b'\\' || h[1] != b'u' {
            return None;
        }
        let h = std::str::from_utf8(&h[2..]).ok()?;
        if !h.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(h, 16).ok()
    };
    // `\n`, `\"` and the other escapes of one letter: the character they
    // stand for, none a letter or digit (kept whole).
    if c == '\\' {
        let named = match s.as_bytes().get(i + 1) {
            Some(b'n') => Some('\n'),
            Some(b't') => Some('\t'),
            Some(b'r') => Some('\r'),
            Some(b'b') => Some('\u{8}'),
            Some(b'f') => Some('\u{c}'),
            Some(&b @ (b'"' | b'\\' | b'/')) => Some(char::from(b)),
            _ => None,
        };
        if let Some(named) = named {
            return Some((named, 2));
        }
    }
    let Some(hi) = hex(i) else { return Some((c, c.len_utf8())) };
    if (0xd800..0xdc00).contains(&hi) {
        if let Some(lo) = hex(i + 6).filter(|lo| (0xdc00..0xe000).contains(lo))
        {
            let c = 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
            return Some((char::from_u32(c).unwrap_or('\u{fffd}'), 12));
        }
    }
    Some((char::from_u32(hi).unwrap_or('\u{fffd}'), 6))
}

enum Suffix<'a> {
    Number(usize),
    Ending(&'a str),
}

fn push_tag(out: &mut String, label: &str, suffix: Option<Suffix<'_>>) {
    out.push('[');
    out.push_str(label);
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
    crate::order::sort_by_key(&mut all, |p| (p.span.start, p.span.end));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Kind;

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
    fn mask_replaces_a_json_escape_whole() {
        let text = r#"{"cvv": "\u0035\u00367", "note": "C:\\users"}"#;
        let f = finding(Kind::Cvv, &[(9, 22)], "567");
        assert_eq!(
            redact(text, &[f], Style::Mask),
            r#"{"cvv": "***", "note": "C:\\users"}"#
        );
        // A letter written as an escape is part of its word; a surrogate
        // pair is one character; an escaped space stays as it is.
        assert_eq!(
            mask(r"caf\u00e9 \ud835\udc00x\u0020\u2014"),
            r"**** ****\u0020\u2014"
        );
        // Not an escape: masked as any text.
        assert_eq!(mask(r"\u00zz ab"), r"\********** ****");
        // The escapes of one letter stay whole: the string stays valid.
        assert_eq!(
            mask(r#"4539\n1488\"0343\t6467\\"#),
            r#"****\n****\"****\t****\\"#
        );
        assert_eq!(mask(r"\q12"), r"\******");
    }

    /// See: issue 9 ("Mask style leaks spoken numbers").
    #[test]
    fn mask_gives_every_word_the_same_width() {
        let mask_all = |text: &str| {
            let f = finding(Kind::Cvv, &[(0, text.len())], "000");
            redact(text, &[f], Style::Mask)
        };
        assert_eq!(mask_all("three four seven"), "**** **** ****");
        assert_eq!(mask_all("one oh six"), "**** **** ****");
        assert_eq!(mask_all("three four seven"), mask_all("one two six"));
        assert_eq!(mask_all("September 2027"), mask_all("May 2027"));
        assert_eq!(mask_all("Sep '27"), "**** '**");
        assert_eq!(mask_all("twenty-seven"), "****-****");
        assert_eq!(mask_all("4th"), "*****");
        assert_eq!(mask_all("12/27"), "**/**");
        assert_eq!(mask_all("Zoë"), "****");
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
