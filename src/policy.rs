//! A policy says what to look for and how to hide it: which kinds are on,
//! which replacement style to use, the organisation's custom patterns, the
//! text never to redact (allow rules), which settings agents may not change
//! (locks), and a message for agents. It is plain data with a `Default`
//! that the CLI and the web app share, so the same text gives the same
//! output in both; an organisation writes it as a `hush.toml` file
//! ([`Policy::from_toml`]).

mod file;

pub use self::file::MAX_POLICY_LEN;

use std::fmt;
use std::str::FromStr;

use crate::error::Error;
use crate::finding::Kind;
use crate::pattern::{Allow, Pattern};

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

    /// Returns true if `kind` is in the set. Only the built-in kinds of
    /// [`Kind::ALL`] are ever in a set.
    pub const fn contains(self, kind: Kind) -> bool {
        self.0 & (1 << kind.index()) != 0
    }

    /// Returns the set with `kind` added, if it is a built-in kind.
    #[must_use]
    pub const fn with(self, kind: Kind) -> KindSet {
        KindSet((self.0 | (1 << kind.index())) & KindSet::ALL.0)
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

    /// The built-in kinds not in the set, in [`Kind::ALL`] order.
    #[must_use]
    pub const fn complement(self) -> KindSet {
        KindSet(!self.0 & KindSet::ALL.0)
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
///
/// `Policy::default()` looks for every built-in kind and replaces with
/// labels (`[CARD]`), with no custom pattern, no allow rule and no lock: the
/// built-in defaults of the CLI and the web app.
///
/// ```
/// use hush::{redact, scan, Kind, Policy};
///
/// let policy = Policy::from_toml(r#"
///     name = "Acme support"
///     version = "3"
///     kinds = ["card", "ssn", "cvv", "expiry"]
///     locked = ["card", "ssn"]
///
///     [[pattern]]
///     name = "member_id"
///     regex = '\bMBR-\d{8}\b'
///
///     [allow]
///     exact = ["1-800-555-0100"]
/// "#)?;
/// assert!(policy.locked.kinds.contains(Kind::Card));
/// let text = "MBR-20240117 paid with 4111 1111 1111 1111";
/// assert_eq!(
///     redact(text, &scan(text, &policy), policy.style),
///     "[MEMBER-ID] paid with [CARD]",
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Policy {
    /// The built-in kinds reported by [`scan`](crate::scan). Cards are
    /// still looked for when `Card` is off, because CVVs and expiry dates
    /// are recognised by the card they stand next to.
    pub kinds: KindSet,
    /// The replacement style used by [`redact`](fn@crate::redact).
    pub style: Style,
    /// Custom patterns, in the order they were written: their matches are
    /// findings of [`Kind::Custom`] where no built-in finding is.
    pub patterns: Vec<Pattern>,
    /// Allow rules: a finding any of them allows is dropped.
    pub allow: Vec<Allow>,
    /// The settings agents may not change.
    pub locked: Locked,
    /// The policy's name, to show which policy is active (`None` for the
    /// built-in defaults).
    pub name: Option<String>,
    /// The policy's version, as written.
    pub version: Option<String>,
    /// A short message for agents: why, and where the full procedure is.
    pub message: Option<String>,
}

/// The settings of a [`Policy`] that agents may not change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Locked {
    /// The kinds whose on or off state is locked.
    pub kinds: KindSet,
    /// The style is locked.
    pub style: bool,
    /// No allow rule may be added (the CLI's `--allow`).
    pub allow: bool,
}

impl Default for Locked {
    /// Nothing locked.
    fn default() -> Locked {
        Locked { kinds: KindSet::EMPTY, style: false, allow: false }
    }
}

impl Policy {
    /// Turns `kind` on or off, unless it is locked. Returns false, and
    /// changes nothing, when the kind is locked to another state.
    pub fn set_kind(&mut self, kind: Kind, on: bool) -> bool {
        if self.kinds.contains(kind) == on {
            return true;
        }
        if self.locked.kinds.contains(kind) || !kind.is_builtin() {
            return false;
        }
        self.kinds.set(kind, on);
        true
    }

    /// Sets the style, unless it is locked. Returns false, and changes
    /// nothing, when the style is locked to another one.
    pub fn set_style(&mut self, style: Style) -> bool {
        if self.style == style {
            return true;
        }
        if self.locked.style {
            return false;
        }
        self.style = style;
        true
    }

    /// Returns true if the policy can redact nothing: no kind on and no
    /// custom pattern.
    pub fn redacts_nothing(&self) -> bool {
        self.kinds.is_empty() && self.patterns.is_empty()
    }
}
