//! A policy says what to look for and how to hide it: which kinds are on and
//! which replacement style to use. It is plain data with a `Default` that the
//! CLI and the web app share, so the same text gives the same output in both.

use std::fmt;
use std::str::FromStr;

use crate::error::Error;
use crate::finding::Kind;

/// How a finding is replaced in the redacted text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Style {
    /// `[CARD]`, `[SSN]`, `[CVV]`, `[EXPIRY]`.
    #[default]
    Label,
    /// `[CARD-1]`, `[CARD-2]`...: the same value gets the same token
    /// throughout one text.
    Numbered,
    /// Every letter and digit of a finding becomes `*`; spaces, dashes and
    /// line breaks stay, so the layout and the length in characters are
    /// kept.
    Mask,
    /// Cards keep their last four digits (`[CARD ending 1111]`), as PCI DSS
    /// allows; the other kinds are replaced as with [`Style::Label`].
    Last4,
}

impl Style {
    /// Every style, in the order the UI lists them.
    pub const ALL: [Style; 4] =
        [Style::Label, Style::Numbered, Style::Mask, Style::Last4];

    /// The name used on the command line: `label`, `numbered`, `mask`,
    /// `last4`.
    pub const fn name(self) -> &'static str {
        match self {
            Style::Label => "label",
            Style::Numbered => "numbered",
            Style::Mask => "mask",
            Style::Last4 => "last4",
        }
    }
}

impl fmt::Display for Style {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Style {
    type Err = Error;

    fn from_str(s: &str) -> Result<Style, Error> {
        match s.trim().to_ascii_lowercase().as_str() {
            "label" | "labels" => Ok(Style::Label),
            "numbered" | "number" => Ok(Style::Numbered),
            "mask" | "masked" => Ok(Style::Mask),
            "last4" | "last-4" | "keep-last4" => Ok(Style::Last4),
            _ => Err(Error::unknown_style(s)),
        }
    }
}

/// A set of [`Kind`]s.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KindSet(u8);

impl KindSet {
    /// No kind.
    pub const EMPTY: KindSet = KindSet(0);
    /// Every kind.
    pub const ALL: KindSet = KindSet(0b1111);

    /// Returns true if `kind` is in the set.
    pub const fn contains(self, kind: Kind) -> bool {
        self.0 & (1 << kind.index()) != 0
    }

    /// Returns the set with `kind` added.
    #[must_use]
    pub const fn with(self, kind: Kind) -> KindSet {
        KindSet(self.0 | (1 << kind.index()))
    }

    /// Returns the set without `kind`.
    #[must_use]
    pub const fn without(self, kind: Kind) -> KindSet {
        KindSet(self.0 & !(1 << kind.index()))
    }

    /// Adds or removes `kind`.
    pub fn set(&mut self, kind: Kind, on: bool) {
        *self = if on { self.with(kind) } else { self.without(kind) };
    }

    /// Returns true if the set holds no kind.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The kinds in the set, in [`Kind::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Kind> {
        Kind::ALL.into_iter().filter(move |k| self.contains(*k))
    }
}

impl Default for KindSet {
    fn default() -> KindSet {
        KindSet::ALL
    }
}

impl FromIterator<Kind> for KindSet {
    fn from_iter<I: IntoIterator<Item = Kind>>(iter: I) -> KindSet {
        iter.into_iter().fold(KindSet::EMPTY, KindSet::with)
    }
}

impl FromStr for KindSet {
    type Err = Error;

    /// Parses a comma-separated list such as `card,ssn`.
    fn from_str(s: &str) -> Result<KindSet, Error> {
        s.split(',')
            .filter(|part| !part.trim().is_empty())
            .map(str::parse::<Kind>)
            .collect()
    }
}

/// What to look for and how to hide it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Policy {
    /// The kinds reported by [`scan`](crate::scan). Cards are still looked
    /// for when `Card` is off, because CVVs and expiry dates are recognised
    /// by the card they stand next to.
    pub kinds: KindSet,
    /// The replacement style used by [`redact`](fn@crate::redact).
    pub style: Style,
}
