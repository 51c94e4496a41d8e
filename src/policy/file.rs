//! The policy file, `hush.toml`: an organisation's [`Policy`] written in
//! TOML.
//!
//! ```toml
//! name = "Acme Contact Centre"        # required
//! version = "2025-03"                 # optional: a string, or a number (shown as written)
//! message = "Never write card numbers in notes. See wiki/pci."
//! kinds = ["card", "ssn", "cvv", "expiry"]   # default: all four
//! style = "label"                     # label, numbered, mask, last4
//! locked = ["card", "ssn", "style"]   # or "kinds" (all four), "allow"
//!
//! [[pattern]]
//! name = "member_id"                  # [A-Za-z][A-Za-z0-9_-]*
//! label = "MEMBER-ID"                 # optional: shown as [MEMBER-ID]
//! regex = '\bMBR-\d{8}\b'
//! noun = "member ID"                  # optional: for summaries
//! plural = "member IDs"               # optional
//!
//! [allow]
//! exact = ["1-800-555-0100"]          # the finding's text, exactly
//! regex = ['555-01\d\d']              # matches the finding's whole text
//! digits = ["4111 1111 1111 1111"]    # the value's digits, however said
//! ```
//!
//! Reading is strict, because a policy that is read wrong weakens what it
//! protects without anyone noticing: an unknown key (a typo such as
//! `lockd`), a value of the wrong type, an unknown kind, style or lock, an
//! invalid regex, two patterns with one name, and a policy that redacts
//! nothing are all errors, each with its line and column.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, IgnoredAny, MapAccess, SeqAccess, Visitor};
use toml::Spanned;

use super::{KindSet, Locked, Policy, Style};
use crate::error::{Error, line_column};
use crate::finding::Kind;
use crate::pattern::{Allow, Pattern};

/// The most custom patterns a policy may have.
pub(crate) const MAX_PATTERNS: usize = 100;
/// The most allow rules a policy may have.
pub(crate) const MAX_ALLOW: usize = 1000;
/// The longest name or version, in characters.
const MAX_TITLE_LEN: usize = 100;
/// The longest message for agents, in characters.
pub(crate) const MAX_MESSAGE_LEN: usize = 1000;
/// The largest policy file, in bytes.
pub const MAX_POLICY_LEN: usize = 1 << 20;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    name: Spanned<String>,
    version: Option<Spanned<Version>>,
    message: Option<Spanned<String>>,
    kinds: Option<Spanned<Vec<Spanned<String>>>>,
    style: Option<Spanned<String>>,
    #[serde(default)]
    locked: Vec<Spanned<String>>,
    #[serde(default)]
    pattern: Vec<Spanned<PatternEntry>>,
    allow: Option<AllowEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PatternEntry {
    name: Spanned<String>,
    label: Option<Spanned<String>>,
    regex: Spanned<String>,
    noun: Option<Spanned<String>>,
    plural: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AllowEntry {
    #[serde(default)]
    exact: Vec<Spanned<String>>,
    #[serde(default)]
    regex: Vec<Spanned<String>>,
    #[serde(default)]
    digits: Vec<Spanned<String>>,
}

/// The `version` key: a string, or a number, which is shown as written in
/// the file (`2.10` stays `2.10`, not the float `2.1`). Any other value (a
/// boolean, a date, an array, a table) is read as [`Version::Other`], so
/// that the error names the key and says what to write, as for every other
/// key. A `toml::Value` would do the same, but it brings the code that
/// builds whole TOML tables and dates, and formats floats, into the web
/// app.
enum Version {
    Text(String),
    Number,
    Other,
}

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: de::Deserializer<'de>>(
        d: D,
    ) -> Result<Version, D::Error> {
        d.deserialize_any(VersionVisitor)
    }
}

struct VersionVisitor;

impl<'de> Visitor<'de> for VersionVisitor {
    type Value = Version;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string or a number")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Version, E> {
        Ok(Version::Text(v.to_string()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Version, E> {
        Ok(Version::Text(v))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Version, E> {
        Ok(Version::Number)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Version, E> {
        Ok(Version::Number)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Version, E> {
        Ok(Version::Number)
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Version, E> {
        Ok(Version::Other)
    }

    fn visit_seq<A: SeqAccess<'de>>(
        self,
        mut seq: A,
    ) -> Result<Version, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Version::Other)
    }

    fn visit_map<A: MapAccess<'de>>(
        self,
        mut map: A,
    ) -> Result<Version, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Version::Other)
    }
}

impl Policy {
    /// Reads a policy file (`hush.toml`, see the module docs of
    /// `policy::file` and `examples/hush.toml`).
    ///
    /// A pure function: the caller reads the file. Every problem is an
    /// error naming the key or pattern and its line and column; an invalid
    /// file never gives a weaker policy.
    ///
    /// ```
    /// use hush::{ErrorKind, Policy};
    ///
    /// let err = Policy::from_toml("name = \"x\"\nlockd = [\"card\"]\n")
    ///     .unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::InvalidPolicy);
    /// assert_eq!(err.line(), Some(2));
    /// assert!(err.to_string().starts_with("line 2, column 1: unknown field `lockd`"));
    /// ```
    pub fn from_toml(text: &str) -> Result<Policy, Error> {
        if text.len() > MAX_POLICY_LEN {
            return Err(Error::policy(format!(
                "the policy file is {} bytes; the limit is {MAX_POLICY_LEN}",
                text.len()
            )));
        }
        let file: File = toml::from_str(text).map_err(|e| {
            // TOML's messages can run over several lines; keep one.
            let message = e
                .message()
                .trim()
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join("; ");
            let err = Error::policy(message);
            match e.span() {
                Some(span) => place(err, text, span.start),
                None => err,
            }
        })?;
        build(text, file)
    }
}

/// Places an error at byte `offset` of the file.
fn place(err: Error, text: &str, offset: usize) -> Error {
    let (line, column) = line_column(text, offset);
    err.at(line, column)
}

fn build(text: &str, file: File) -> Result<Policy, Error> {
    let at = |offset: usize| move |e: Error| place(e, text, offset);
    let mut policy = Policy::default();

    let name = file.name.get_ref().trim();
    if name.is_empty() || name.chars().count() > MAX_TITLE_LEN {
        return Err(place(
            Error::policy(format!(
                "`name` must be 1 to {MAX_TITLE_LEN} characters, such as \"Acme support\""
            )),
            text,
            file.name.span().start,
        ));
    }
    policy.name = Some(name.to_string());

    if let Some(version) = &file.version {
        let v = match version.get_ref() {
            Version::Text(s) => s.trim().to_string(),
            Version::Number => {
                text.get(version.span()).unwrap_or_default().trim().to_string()
            }
            Version::Other => String::new(),
        };
        if v.is_empty() || v.chars().count() > MAX_TITLE_LEN {
            return Err(place(
                Error::policy(format!(
                    "`version` must be a string or a number of 1 to {MAX_TITLE_LEN} characters, such as \"2025-03\""
                )),
                text,
                version.span().start,
            ));
        }
        policy.version = Some(v);
    }

    if let Some(message) = &file.message {
        let m = message.get_ref().trim();
        if m.chars().count() > MAX_MESSAGE_LEN {
            return Err(place(
                Error::policy(format!(
                    "`message` is longer than {MAX_MESSAGE_LEN} characters; keep it short and link to the full procedure"
                )),
                text,
                message.span().start,
            ));
        }
        if !m.is_empty() {
            policy.message = Some(m.to_string());
        }
    }

    if let Some(kinds) = &file.kinds {
        let mut set = KindSet::EMPTY;
        for k in kinds.get_ref() {
            let kind = k
                .get_ref()
                .parse::<Kind>()
                .map_err(|e| e.about("`kinds`"))
                .map_err(at(k.span().start))?;
            set = set.with(kind);
        }
        policy.kinds = set;
    }

    if let Some(style) = &file.style {
        policy.style = style
            .get_ref()
            .parse::<Style>()
            .map_err(|e| e.about("`style`"))
            .map_err(at(style.span().start))?;
    }

    let mut locked = Locked::default();
    for item in &file.locked {
        let word = item.get_ref().trim().to_ascii_lowercase();
        match word.as_str() {
            "kinds" => locked.kinds = KindSet::ALL,
            "style" => locked.style = true,
            "allow" => locked.allow = true,
            _ => match word.parse::<Kind>() {
                Ok(kind) => locked.kinds = locked.kinds.with(kind),
                Err(_) => {
                    return Err(place(
                        Error::policy(format!(
                            "`locked`: unknown setting '{}'; expected kinds, card, ssn, cvv, expiry, style or allow",
                            item.get_ref()
                        )),
                        text,
                        item.span().start,
                    ));
                }
            },
        }
    }
    policy.locked = locked;

    if file.pattern.len() > MAX_PATTERNS {
        return Err(place(
            Error::policy(format!(
                "too many patterns ({}); the limit is {MAX_PATTERNS}",
                file.pattern.len()
            )),
            text,
            file.pattern[MAX_PATTERNS].span().start,
        ));
    }
    for entry in &file.pattern {
        let p = entry.get_ref();
        let name = p.name.get_ref();
        if policy.patterns.iter().any(|q| q.name() == name.as_str()) {
            return Err(place(
                Error::policy(format!(
                    "two patterns are named '{name}'; give each its own name"
                )),
                text,
                p.name.span().start,
            ));
        }
        let mut pattern =
            Pattern::new(name, p.regex.get_ref()).map_err(|e| {
                let offset = if e.kind() == crate::ErrorKind::InvalidName {
                    p.name.span().start
                } else {
                    p.regex.span().start
                };
                place(e, text, offset)
            })?;
        if let Some(label) = &p.label {
            pattern = pattern
                .with_label(label.get_ref())
                .map_err(at(label.span().start))?;
        }
        if let Some(noun) = &p.noun {
            pattern = pattern
                .with_noun(
                    noun.get_ref(),
                    p.plural.as_ref().map(|s| s.get_ref().as_str()),
                )
                .map_err(at(noun.span().start))?;
        } else if let Some(plural) = &p.plural {
            return Err(place(
                Error::policy(format!(
                    "pattern '{name}': `plural` needs a `noun` too"
                )),
                text,
                plural.span().start,
            ));
        }
        policy.patterns.push(pattern);
    }

    if let Some(allow) = &file.allow {
        let count = allow.exact.len() + allow.regex.len() + allow.digits.len();
        if count > MAX_ALLOW {
            return Err(Error::policy(format!(
                "too many allow rules ({count}); the limit is {MAX_ALLOW}"
            )));
        }
        for (i, e) in allow.exact.iter().enumerate() {
            let rule = Allow::exact(e.get_ref())
                .map_err(|err| err.about(format!("allow exact {}", i + 1)))
                .map_err(at(e.span().start))?;
            policy.allow.push(rule);
        }
        for (i, r) in allow.regex.iter().enumerate() {
            let rule = Allow::regex(r.get_ref())
                .map_err(|err| err.about(format!("allow regex {}", i + 1)))
                .map_err(at(r.span().start))?;
            policy.allow.push(rule);
        }
        for (i, d) in allow.digits.iter().enumerate() {
            let rule = Allow::digits(d.get_ref())
                .map_err(|err| err.about(format!("allow digits {}", i + 1)))
                .map_err(at(d.span().start))?;
            policy.allow.push(rule);
        }
    }

    if policy.redacts_nothing() {
        let offset = file.kinds.as_ref().map_or(0, |k| k.span().start);
        return Err(place(
            Error::policy(
                "this policy redacts nothing: `kinds` is empty and there is no [[pattern]]; list at least one kind",
            ),
            text,
            offset,
        ));
    }
    Ok(policy)
}

#[cfg(test)]
mod tests;
