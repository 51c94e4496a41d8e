//! A finding is one secret found in the text: its kind, the byte ranges
//! that hide it and a reason a person can read.
//!
//! A finding usually has one part. A number read out over several speaker
//! turns has one part per fragment, so the agent's "uh huh" between the
//! fragments stays visible.

use std::fmt;
use std::str::FromStr;

use crate::error::Error;
use crate::span::Span;

/// What was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A payment card number (PAN).
    Card,
    /// A US Social Security number.
    Ssn,
    /// A card verification value (CVV, CVC, CID).
    Cvv,
    /// A card expiry date.
    Expiry,
}

impl Kind {
    /// Every kind, in the order the UI and the summaries list them.
    pub const ALL: [Kind; 4] =
        [Kind::Card, Kind::Ssn, Kind::Cvv, Kind::Expiry];

    /// The lowercase name used on the command line and in JSON: `card`,
    /// `ssn`, `cvv` or `expiry`.
    pub const fn name(self) -> &'static str {
        match self {
            Kind::Card => "card",
            Kind::Ssn => "ssn",
            Kind::Cvv => "cvv",
            Kind::Expiry => "expiry",
        }
    }

    /// The uppercase tag used by the `label` style: `CARD`, `SSN`, `CVV`,
    /// `EXPIRY`.
    pub const fn tag(self) -> &'static str {
        match self {
            Kind::Card => "CARD",
            Kind::Ssn => "SSN",
            Kind::Cvv => "CVV",
            Kind::Expiry => "EXPIRY",
        }
    }

    /// A short description for people, singular: "card number", "SSN",
    /// "CVV", "expiry date".
    pub const fn noun(self) -> &'static str {
        match self {
            Kind::Card => "card number",
            Kind::Ssn => "SSN",
            Kind::Cvv => "CVV",
            Kind::Expiry => "expiry date",
        }
    }

    /// The plural of [`Kind::noun`].
    pub const fn plural(self) -> &'static str {
        match self {
            Kind::Card => "card numbers",
            Kind::Ssn => "SSNs",
            Kind::Cvv => "CVVs",
            Kind::Expiry => "expiry dates",
        }
    }

    pub(crate) const fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Kind {
    type Err = Error;

    fn from_str(s: &str) -> Result<Kind, Error> {
        match s.trim().to_ascii_lowercase().as_str() {
            "card" | "cards" | "pan" => Ok(Kind::Card),
            "ssn" | "ssns" => Ok(Kind::Ssn),
            "cvv" | "cvc" => Ok(Kind::Cvv),
            "expiry" | "exp" | "expiration" => Ok(Kind::Expiry),
            _ => Err(Error::unknown_kind(s)),
        }
    }
}

/// One secret found by [`scan`](crate::scan).
///
/// A finding holds offsets, never a copy of the secret: the caller slices
/// the text it scanned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    kind: Kind,
    parts: Vec<Span>,
    reason: String,
    key: u64,
    last4: Option<[u8; 4]>,
}

impl Finding {
    /// Creates a finding. `parts` must be non-empty, sorted and disjoint;
    /// `digits` is the value as ASCII digits (however it was written), from
    /// which the key and, for cards, the last four digits are taken.
    pub(crate) fn new(
        kind: Kind,
        parts: Vec<Span>,
        reason: String,
        digits: &[u8],
    ) -> Finding {
        debug_assert!(!parts.is_empty());
        debug_assert!(parts.windows(2).all(|w| w[0].end <= w[1].start));
        let last4 = match (kind, digits.len()) {
            (Kind::Card, n) if n >= 4 => {
                let mut t = [0u8; 4];
                t.copy_from_slice(&digits[n - 4..]);
                Some(t)
            }
            _ => None,
        };
        Finding { kind, parts, reason, key: key_of(kind, digits), last4 }
    }

    /// What was found.
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The byte ranges that hide the secret: sorted, disjoint, never empty.
    pub fn parts(&self) -> &[Span] {
        &self.parts
    }

    /// The span from the start of the first part to the end of the last.
    pub fn span(&self) -> Span {
        let first = self.parts[0];
        let last = self.parts[self.parts.len() - 1];
        Span::new(first.start, last.end)
    }

    /// Why this was judged a secret, for example "Visa, 16 digits, Luhn ok".
    pub fn reason(&self) -> &str {
        &self.reason
    }

    /// An opaque identity of the value: two findings of the same kind with
    /// the same digits have the same key.
    pub fn key(&self) -> u64 {
        self.key
    }

    /// The last four digits of a card number (which PCI DSS allows to
    /// show), as ASCII digits; `None` for the other kinds.
    pub fn last4(&self) -> Option<&str> {
        // The bytes are ASCII digits by construction.
        self.last4.as_ref().and_then(|t| std::str::from_utf8(t).ok())
    }
}

/// Hashes a digit string into a finding key (FNV-1a, stable across runs and
/// platforms).
fn key_of(kind: Kind, digits: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&(kind as u8)).chain(digits) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}
