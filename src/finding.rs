//! A finding is one secret found in the text: its kind, the byte ranges
//! that hide it and a reason a person can read.
//!
//! A finding usually has one part. A number read out over several speaker
//! turns has one part per fragment, so the agent's "uh huh" between the
//! fragments stays visible.
//!
//! Findings come from three places: the built-in detectors (cards, SSNs,
//! CVVs, expiry dates), the custom patterns of a [`Policy`](crate::Policy)
//! (a member number shown as `[MEMBER-ID]`), and a person who redacts a
//! piece of text by hand ([`Finding::by_hand`]). Each has a name, a label
//! for the redacted text and nouns for summaries; for the built-in kinds
//! they are the [`Kind`]'s own.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

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
    /// A match of one of the policy's custom patterns (a member number, a
    /// policy number...). The finding names its pattern:
    /// [`Finding::name`], [`Finding::label`], [`Finding::noun`].
    Custom,
    /// Text a person selected and redacted by hand.
    Manual,
}

impl Kind {
    /// The built-in kinds, the ones a person turns on and off, in the order
    /// the UI and the summaries list them. [`Kind::Custom`] and
    /// [`Kind::Manual`] are not among them.
    pub const ALL: [Kind; 4] =
        [Kind::Card, Kind::Ssn, Kind::Cvv, Kind::Expiry];

    /// Returns true for the four kinds of [`Kind::ALL`].
    pub const fn is_builtin(self) -> bool {
        !matches!(self, Kind::Custom | Kind::Manual)
    }

    /// The lowercase name used on the command line and in JSON: `card`,
    /// `ssn`, `cvv`, `expiry`, `custom` or `manual`.
    pub const fn name(self) -> &'static str {
        match self {
            Kind::Card => "card",
            Kind::Ssn => "ssn",
            Kind::Cvv => "cvv",
            Kind::Expiry => "expiry",
            Kind::Custom => "custom",
            Kind::Manual => "manual",
        }
    }

    /// The uppercase tag used by the `label` style: `CARD`, `SSN`, `CVV`,
    /// `EXPIRY`; `CUSTOM` (a custom finding uses its pattern's label
    /// instead, see [`Finding::label`]) and `REDACTED` for text redacted by
    /// hand.
    pub const fn tag(self) -> &'static str {
        match self {
            Kind::Card => "CARD",
            Kind::Ssn => "SSN",
            Kind::Cvv => "CVV",
            Kind::Expiry => "EXPIRY",
            Kind::Custom => "CUSTOM",
            Kind::Manual => "REDACTED",
        }
    }

    /// A short description for people, singular: "card number", "SSN",
    /// "CVV", "expiry date"; "custom match" (a custom finding uses its
    /// pattern's noun instead, see [`Finding::noun`]) and "selection" for
    /// text redacted by hand.
    pub const fn noun(self) -> &'static str {
        match self {
            Kind::Card => "card number",
            Kind::Ssn => "SSN",
            Kind::Cvv => "CVV",
            Kind::Expiry => "expiry date",
            Kind::Custom => "custom match",
            Kind::Manual => "selection",
        }
    }

    /// The plural of [`Kind::noun`].
    pub const fn plural(self) -> &'static str {
        match self {
            Kind::Card => "card numbers",
            Kind::Ssn => "SSNs",
            Kind::Cvv => "CVVs",
            Kind::Expiry => "expiry dates",
            Kind::Custom => "custom matches",
            Kind::Manual => "selections",
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

/// The names of a custom pattern, shared by the pattern and its findings.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Names {
    /// `member_id`.
    pub(crate) name: String,
    /// `MEMBER-ID`, shown as `[MEMBER-ID]`.
    pub(crate) label: String,
    /// `member ID`.
    pub(crate) noun: String,
    /// `member IDs`.
    pub(crate) plural: String,
}

/// The reason of every finding made by [`Finding::by_hand`].
pub const BY_HAND: &str = "redacted by hand";

/// One secret found by [`scan`](crate::scan), or redacted by hand.
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
    /// The pattern's names, for [`Kind::Custom`] only.
    names: Option<Arc<Names>>,
}

impl Finding {
    /// The same finding with its offsets moved from a text where byte
    /// `from` is the byte `to` of another. Every part must start at `from`
    /// or later.
    pub(crate) fn moved(mut self, from: usize, to: usize) -> Finding {
        for p in &mut self.parts {
            *p = Span::new(p.start - from + to, p.end - from + to);
        }
        self
    }

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
        Finding {
            kind,
            parts,
            reason,
            key: key_of(kind, digits),
            last4,
            names: None,
        }
    }

    /// A finding from its fields as they were, for [`crate::wire`], which
    /// has checked that the parts are sorted, disjoint and non-empty.
    pub(crate) fn from_parts(
        kind: Kind,
        parts: Vec<Span>,
        reason: String,
        key: u64,
        last4: Option<[u8; 4]>,
        names: Option<Arc<Names>>,
    ) -> Finding {
        Finding { kind, parts, reason, key, last4, names }
    }

    /// Creates a finding of a custom pattern over `span`, whose text is
    /// `value`: the key is taken from the label and the text, so the same
    /// text gets the same number in the `numbered` style.
    pub(crate) fn custom(
        names: Arc<Names>,
        span: Span,
        value: &str,
        reason: String,
    ) -> Finding {
        debug_assert!(!span.is_empty());
        let key = key_of_text(&names.label, value);
        Finding {
            kind: Kind::Custom,
            parts: vec![span],
            reason,
            key,
            last4: None,
            names: Some(names),
        }
    }

    /// A finding for text a person selected and redacted by hand: `span`
    /// over `text`, widened to `char` boundaries and clamped to the text.
    /// Its kind is [`Kind::Manual`], its label `REDACTED` and its reason
    /// "redacted by hand". Returns `None` when the span covers nothing.
    ///
    /// The same text redacted by hand twice gets the same key, so the
    /// `numbered` style gives it the same number.
    ///
    /// ```
    /// use hush::{redact, Finding, Kind, Span, Style};
    ///
    /// let text = "Member Jane Roe called";
    /// let f = Finding::by_hand(text, Span::new(7, 15)).unwrap();
    /// assert_eq!(f.kind(), Kind::Manual);
    /// assert_eq!(f.reason(), "redacted by hand");
    /// assert_eq!(redact(text, &[f], Style::Label), "Member [REDACTED] called");
    /// assert!(Finding::by_hand(text, Span::new(40, 50)).is_none());
    /// ```
    pub fn by_hand(text: &str, span: Span) -> Option<Finding> {
        let span = crate::span::widen(text, span);
        let value = text.get(span.range())?;
        if value.is_empty() {
            return None;
        }
        Some(Finding {
            kind: Kind::Manual,
            parts: vec![span],
            reason: BY_HAND.to_string(),
            key: key_of_text(Kind::Manual.tag(), value),
            last4: None,
            names: None,
        })
    }

    /// What was found.
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The name used on the command line and in JSON: the kind's name for
    /// the built-in kinds (`card`...), the pattern's name for a custom
    /// finding (`member_id`), `manual` for text redacted by hand.
    pub fn name(&self) -> &str {
        match &self.names {
            Some(n) => &n.name,
            None => self.kind.name(),
        }
    }

    /// The label the redacted text shows: `CARD`, `SSN`, `CVV`, `EXPIRY`,
    /// the pattern's label for a custom finding (`MEMBER-ID`), `REDACTED`
    /// for text redacted by hand.
    pub fn label(&self) -> &str {
        match &self.names {
            Some(n) => &n.label,
            None => self.kind.tag(),
        }
    }

    /// What this is, for people, singular: "card number", "member ID",
    /// "selection".
    pub fn noun(&self) -> &str {
        match &self.names {
            Some(n) => &n.noun,
            None => self.kind.noun(),
        }
    }

    /// The plural of [`Finding::noun`].
    pub fn plural(&self) -> &str {
        match &self.names {
            Some(n) => &n.plural,
            None => self.kind.plural(),
        }
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
pub(crate) fn key_of(kind: Kind, digits: &[u8]) -> u64 {
    fnv(std::iter::once(kind as u8).chain(digits.iter().copied()))
}

/// Hashes a label and a text into a finding key.
fn key_of_text(label: &str, text: &str) -> u64 {
    fnv(label.bytes().chain(std::iter::once(0xff)).chain(text.bytes()))
}

fn fnv(bytes: impl Iterator<Item = u8>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}
