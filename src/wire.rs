//! Findings as bytes, to pass them between two copies of the core that
//! share no memory: the web app scans in a Web Worker and shows the
//! findings in the page.
//!
//! [`encode`] writes a flat little-endian form; [`decode`] reads it back
//! and checks everything a [`Finding`] promises (a known kind, parts
//! non-empty, sorted and disjoint, UTF-8 strings), so bytes that are cut
//! short or damaged give `None`, never a finding that breaks those
//! promises and never a panic. The format is private to one build: both
//! sides run the same code, so it has no version.

use std::sync::Arc;

use crate::finding::{Finding, Kind, Names};
use crate::span::Span;

/// The kinds in the order of their byte in the encoding.
const KINDS: [Kind; 6] = [
    Kind::Card,
    Kind::Ssn,
    Kind::Cvv,
    Kind::Expiry,
    Kind::Custom,
    Kind::Manual,
];

/// Writes `findings` as bytes for [`decode`].
///
/// ```
/// use hush::{scan, wire, Policy};
///
/// let text = "card 4111 1111 1111 1111, SSN 123-13-7435";
/// let findings = scan(text, &Policy::default());
/// assert_eq!(wire::decode(&wire::encode(&findings)), Some(findings));
/// ```
pub fn encode(findings: &[Finding]) -> Vec<u8> {
    let mut out = Vec::with_capacity(8 + findings.len() * 64);
    put_len(&mut out, findings.len());
    for f in findings {
        let kind = KINDS.iter().position(|k| *k == f.kind()).unwrap_or(0);
        out.push(kind as u8);
        put_len(&mut out, f.parts().len());
        for p in f.parts() {
            put_len(&mut out, p.start);
            put_len(&mut out, p.end);
        }
        out.extend_from_slice(&f.key().to_le_bytes());
        match f.last4() {
            Some(l) if l.len() == 4 => {
                out.push(1);
                out.extend_from_slice(l.as_bytes());
            }
            _ => out.push(0),
        }
        put_str(&mut out, f.reason());
        match f.kind() {
            Kind::Custom => {
                out.push(1);
                for s in [f.name(), f.label(), f.noun(), f.plural()] {
                    put_str(&mut out, s);
                }
            }
            _ => out.push(0),
        }
    }
    out
}

/// Reads findings written by [`encode`]; `None` if the bytes are not
/// exactly such findings.
pub fn decode(bytes: &[u8]) -> Option<Vec<Finding>> {
    let mut r = Reader { bytes, at: 0 };
    let n = r.len()?;
    // Every finding takes at least 20 bytes: no allocation beyond the
    // input's size, whatever the count says.
    let mut out = Vec::with_capacity(n.min(bytes.len() / 20));
    for _ in 0..n {
        let kind = *KINDS.get(usize::from(r.byte()?))?;
        let count = r.len()?;
        if count == 0 {
            return None;
        }
        let mut parts = Vec::with_capacity(count.min(r.left() / 16));
        let mut last_end = 0;
        for _ in 0..count {
            let (start, end) = (r.len()?, r.len()?);
            if start >= end || start < last_end {
                return None;
            }
            last_end = end;
            parts.push(Span::new(start, end));
        }
        let key = u64::from_le_bytes(r.take(8)?.try_into().ok()?);
        let last4 = match r.byte()? {
            0 => None,
            1 => {
                let t: [u8; 4] = r.take(4)?.try_into().ok()?;
                if !t.iter().all(u8::is_ascii_digit) {
                    return None;
                }
                Some(t)
            }
            _ => return None,
        };
        let reason = r.str()?;
        let names = match (r.byte()?, kind) {
            (0, Kind::Custom) => return None,
            (0, _) => None,
            (1, Kind::Custom) => Some(Arc::new(Names {
                name: r.str()?,
                label: r.str()?,
                noun: r.str()?,
                plural: r.str()?,
            })),
            _ => return None,
        };
        out.push(Finding::from_parts(kind, parts, reason, key, last4, names));
    }
    (r.left() == 0).then_some(out)
}

fn put_len(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(&(n as u64).to_le_bytes());
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_len(out, s.len());
    out.extend_from_slice(s.as_bytes());
}

/// A cursor over the bytes; every read checks the length.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn left(&self) -> usize {
        self.bytes.len().saturating_sub(self.at)
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let slice = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(slice)
    }

    fn byte(&mut self) -> Option<u8> {
        self.take(1)?.first().copied()
    }

    fn len(&mut self) -> Option<usize> {
        let n = u64::from_le_bytes(self.take(8)?.try_into().ok()?);
        usize::try_from(n).ok()
    }

    fn str(&mut self) -> Option<String> {
        let n = self.len()?;
        let bytes = self.take(n)?;
        std::str::from_utf8(bytes).ok().map(str::to_owned)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Pattern, Policy, scan};

    fn sample() -> (String, Vec<Finding>) {
        let mut policy = Policy::default();
        policy
            .patterns
            .push(Pattern::new("member_id", r"\bMBR-\d{8}\b").unwrap());
        let text = "Agent: card?\nCustomer: four one one one, 1111 1111 \
                    1111\nAgent: uh huh\nCustomer: 1111 exp 09/27 cvv 123, \
                    SSN 123-13-7435, member MBR-20240117"
            .to_owned();
        let mut found = scan(&text, &policy);
        found.extend(Finding::by_hand(&text, Span::new(0, 5)));
        (text, found)
    }

    #[test]
    fn round_trip_keeps_everything() {
        let (_, found) = sample();
        assert!(found.iter().any(|f| f.kind() == Kind::Custom));
        assert!(found.iter().any(|f| f.kind() == Kind::Manual));
        assert!(found.iter().any(|f| f.last4().is_some()));
        let back = decode(&encode(&found)).unwrap();
        assert_eq!(back, found);
        for (a, b) in back.iter().zip(&found) {
            assert_eq!(
                (a.name(), a.label(), a.noun(), a.plural(), a.last4()),
                (b.name(), b.label(), b.noun(), b.plural(), b.last4())
            );
        }
        assert_eq!(decode(&encode(&[])), Some(Vec::new()));
    }

    #[test]
    fn damaged_bytes_are_refused_never_a_panic() {
        let (_, found) = sample();
        let bytes = encode(&found);
        // Every prefix, and every single-byte change.
        for cut in 0..bytes.len() {
            assert_eq!(decode(&bytes[..cut]), None, "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode(&longer), None);
        for i in 0..bytes.len() {
            for v in [0u8, 1, 7, 0x80, 0xff] {
                let mut b = bytes.clone();
                b[i] = v;
                if let Some(back) = decode(&b) {
                    for f in back {
                        let parts = f.parts();
                        assert!(!parts.is_empty());
                        assert!(parts.iter().all(|p| p.start < p.end));
                        assert!(
                            parts.windows(2).all(|w| w[0].end <= w[1].start)
                        );
                    }
                }
            }
        }
        // A huge count allocates nothing up front.
        let mut huge = u64::MAX.to_le_bytes().to_vec();
        huge.push(0);
        assert_eq!(decode(&huge), None);
    }
}
