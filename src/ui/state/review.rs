//! Review helpers: where a selection in either pane falls in the input,
//! which stretches of the input the texts redacted by hand cover, and the
//! masked preview of a finding for the findings list.
//!
//! Plain functions over byte offsets; the UI converts the browser's UTF-16
//! selection offsets with [`utf16_to_byte`] before calling them.

use std::ops::Range;

use hush::{Finding, Kind};

use super::{FindingId, Segment};

/// The most texts that can be redacted by hand at once; the oldest is
/// forgotten beyond it, so the work per keystroke stays bounded.
pub const MAX_HAND: usize = 100;

/// The byte offset in `text` of the UTF-16 code unit offset `units`, as the
/// browser gives selection offsets. An offset inside a surrogate pair or
/// past the end is clamped to the nearest char boundary before it.
pub fn utf16_to_byte(text: &str, units: usize) -> usize {
    let mut seen = 0;
    for (at, c) in text.char_indices() {
        if seen >= units {
            return at;
        }
        seen += c.len_utf16();
        if seen > units {
            return at;
        }
    }
    text.len()
}

/// Maps a byte range of the redacted output to the byte range of the input
/// it shows. A range that starts or ends inside a replacement (`[CARD]`)
/// takes the whole replaced stretch. Returns `None` if the output could
/// not be lined up with the input (the unmarked fallback view) or the
/// range is empty.
pub fn output_to_input(
    text: &str,
    segments: &[Segment],
    out: Range<usize>,
) -> Option<Range<usize>> {
    if out.start >= out.end {
        return None;
    }
    let mut pos = 0;
    let mut start = None;
    let mut end = None;
    for seg in segments {
        let (input, len, one_to_one) = match seg {
            Segment::Plain(r) | Segment::Kept { range: r, .. } => {
                (r.clone(), r.len(), true)
            }
            Segment::Redacted { range, text: shown, .. } => {
                (range.clone(), shown.len(), false)
            }
            Segment::Unmarked => return None,
        };
        let seg_end = pos + len;
        if start.is_none() && out.start < seg_end {
            start = Some(if one_to_one {
                input.start + (out.start - pos)
            } else {
                input.start
            });
        }
        if end.is_none() && out.end <= seg_end {
            end = Some(if one_to_one {
                input.start + (out.end - pos)
            } else {
                input.end
            });
            break;
        }
        pos = seg_end;
    }
    let (start, end) = (start?, end.unwrap_or(text.len()));
    let range = start..end.min(text.len());
    let ok = range.start < range.end
        && text.is_char_boundary(range.start)
        && text.is_char_boundary(range.end);
    ok.then_some(range)
}

/// Narrows `range` of `text` to leave out white space at either end;
/// `None` if nothing else is in it or it is not a valid range.
pub fn trim_range(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let slice = text.get(range.clone())?;
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if trimmed.is_empty() {
        return None;
    }
    let start = range.start + lead;
    Some(start..start + trimmed.len())
}

/// Returns true if the two ranges share a byte.
pub fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// One place where a text redacted by hand occurs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandHit {
    /// Which text redacted by hand (index into the list) this is.
    pub source: usize,
    /// Its identity: the text's key and the occurrence's number.
    pub id: FindingId,
    /// The bytes to redact: the occurrence without what another finding
    /// already covers. Sorted, disjoint, never empty.
    pub parts: Vec<Range<usize>>,
}

/// A stable key for a text redacted by hand (FNV-1a over a tag and the
/// bytes), so its identity survives edits elsewhere. The tag keeps it apart
/// from the core's keys for detected findings.
pub fn hand_key(hand: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in b"hush:hand\0".iter().chain(hand.as_bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Finds every occurrence of each text redacted by hand in `text` (match
/// by text, not by offset, so a redaction survives edits elsewhere) and
/// cuts away what the detected findings' parts (`taken`, sorted and
/// disjoint) or an earlier occurrence already cover, and the white space
/// at the ends of what is left. Occurrences left with nothing are
/// dropped. The result is in text order.
///
/// The cost is one substring search per text redacted by hand and one walk
/// over the results: linear in the text for a bounded number of them.
pub fn hand_hits(
    text: &str,
    hand: &[std::rc::Rc<str>],
    taken: &[Range<usize>],
) -> Vec<HandHit> {
    let mut found: Vec<(Range<usize>, usize, FindingId)> = Vec::new();
    for (source, needle) in hand.iter().enumerate() {
        if needle.is_empty() {
            continue;
        }
        let key = hand_key(needle);
        for (nth, (at, _)) in text.match_indices(&**needle).enumerate() {
            let nth = u32::try_from(nth).unwrap_or(u32::MAX);
            found.push((
                at..at + needle.len(),
                source,
                FindingId { key, nth },
            ));
        }
    }
    hush::order::sort_by_key(&mut found, |(r, source, _)| (r.start, *source));
    let mut hits = Vec::with_capacity(found.len());
    let mut claimed_to = 0;
    let mut t = 0;
    for (range, source, id) in found {
        let start = range.start.max(claimed_to);
        if start >= range.end {
            continue;
        }
        claimed_to = range.end;
        // Skip the taken parts that end before this occurrence; they end
        // before every later occurrence too, whose starts only grow.
        while t < taken.len() && taken[t].end <= start {
            t += 1;
        }
        let mut parts = Vec::new();
        let mut at = start;
        let mut k = t;
        while at < range.end {
            match taken.get(k) {
                Some(p) if p.start < range.end => {
                    if p.start > at {
                        parts.push(at..p.start);
                    }
                    at = at.max(p.end);
                    k += 1;
                }
                _ => {
                    parts.push(at..range.end);
                    at = range.end;
                }
            }
        }
        // Each part without the white space at its ends (the spaces around
        // a card inside the selection stay), and none that is only white
        // space.
        let parts: Vec<Range<usize>> =
            parts.into_iter().filter_map(|p| trim_range(text, p)).collect();
        if !parts.is_empty() {
            hits.push(HandHit { source, id, parts });
        }
    }
    hits
}

/// A finding as the findings list shows it: its kind and its last digits at
/// most, never the secret (`Visa •••• 1111`, `SSN •••-••-6789`,
/// `CVV •••`, `Expiry ••/••`, `[MEMBER-ID] ••••`, `[REDACTED] ••••`).
pub fn preview(text: &str, finding: &Finding) -> String {
    const DOT: char = '\u{2022}';
    let digits: String = finding
        .parts()
        .iter()
        .filter_map(|p| text.get(p.range()))
        .flat_map(str::chars)
        .filter(char::is_ascii_digit)
        .collect();
    match finding.kind() {
        Kind::Card => {
            let brand = card_brand(finding.reason()).unwrap_or("Card");
            match finding.last4() {
                Some(last4) => format!("{brand} {DOT}{DOT}{DOT}{DOT} {last4}"),
                None => format!("{brand} {DOT}{DOT}{DOT}{DOT}"),
            }
        }
        Kind::Ssn => {
            // The last four only when the SSN is written in digits; a spoken
            // one shows none rather than guessing.
            let tail = match digits.get(5..) {
                Some(tail) if digits.len() == 9 => tail.to_owned(),
                _ => DOT.to_string().repeat(4),
            };
            format!("SSN {DOT}{DOT}{DOT}-{DOT}{DOT}-{tail}")
        }
        Kind::Cvv => {
            let n =
                if (3..=4).contains(&digits.len()) { digits.len() } else { 3 };
            format!("CVV {}", DOT.to_string().repeat(n))
        }
        Kind::Expiry => format!("Expiry {DOT}{DOT}/{DOT}{DOT}"),
        // A custom pattern's label, or the selection's, and no character of
        // the text.
        Kind::Custom | Kind::Manual => {
            format!("[{}] {DOT}{DOT}{DOT}{DOT}", finding.label())
        }
    }
}

/// The brand at the start of a card's reason ("Visa, 16 digits, Luhn
/// ok"), if the reason has that shape.
fn card_brand(reason: &str) -> Option<&str> {
    let mut fields = reason.split(", ");
    let brand = fields.next()?;
    let digits = fields.next()?;
    (digits.ends_with(" digits") && !brand.is_empty()).then_some(brand)
}
