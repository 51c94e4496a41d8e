//! The error type of the few things that can fail: reading settings that a
//! person typed (a style name, a list of kinds), compiling a custom pattern
//! or an allow rule, and reading a policy file.
//!
//! Scanning itself never fails.
//!
//! An error names what was wrong and where (the line and column in the
//! policy file, the position inside a regex), never the text being
//! redacted: nothing of that text ever reaches an error.

use std::fmt;

/// An error from parsing a setting, a pattern or a policy file. Its message
/// says what was wrong, where, and what is accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(Box<Inner>);

#[derive(Clone, Debug, PartialEq, Eq)]
struct Inner {
    kind: ErrorKind,
    /// The setting as written (a kind or style name, a regex), or empty.
    input: String,
    /// What the error is about: "pattern 'member_id'", "allow regex 2",
    /// "`style`".
    subject: Option<String>,
    /// Line and column (1-based, columns in characters) in the policy file.
    at: Option<(usize, usize)>,
    /// Line and column (1-based, in characters) inside the regex.
    regex_at: Option<(usize, usize)>,
    /// What went wrong, for the kinds that need more than their name.
    detail: String,
}

/// What went wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A kind name that is not `card`, `ssn`, `cvv` or `expiry`.
    UnknownKind,
    /// A style name that is not `label`, `numbered`, `mask` or `last4`.
    UnknownStyle,
    /// A policy file that is not valid: TOML syntax, a missing or unknown
    /// key, a value of the wrong type, or settings that contradict each
    /// other.
    InvalidPolicy,
    /// A regex that does not parse, or uses what Hush does not support.
    InvalidRegex,
    /// A regex that is too long, nests too deeply or compiles too big.
    RegexTooBig,
    /// A pattern name, label or noun that is empty, too long or uses
    /// characters it may not.
    InvalidName,
}

impl Error {
    fn new(kind: ErrorKind, input: &str, detail: String) -> Error {
        Error(Box::new(Inner {
            kind,
            input: input.to_string(),
            subject: None,
            at: None,
            regex_at: None,
            detail,
        }))
    }

    pub(crate) fn unknown_kind(input: &str) -> Error {
        Error::new(ErrorKind::UnknownKind, input, String::new())
    }

    pub(crate) fn unknown_style(input: &str) -> Error {
        Error::new(ErrorKind::UnknownStyle, input, String::new())
    }

    pub(crate) fn policy(detail: impl Into<String>) -> Error {
        Error::new(ErrorKind::InvalidPolicy, "", detail.into())
    }

    pub(crate) fn regex(
        kind: ErrorKind,
        source: &str,
        detail: impl Into<String>,
    ) -> Error {
        Error::new(kind, source, detail.into())
    }

    pub(crate) fn name(input: &str, detail: impl Into<String>) -> Error {
        Error::new(ErrorKind::InvalidName, input, detail.into())
    }

    /// Says what the error is about, unless it already says so.
    pub(crate) fn about(mut self, subject: impl Into<String>) -> Error {
        if self.0.subject.is_none() {
            self.0.subject = Some(subject.into());
        }
        self
    }

    /// Places the error at a line and column of the policy file, unless it
    /// is already placed.
    pub(crate) fn at(mut self, line: usize, column: usize) -> Error {
        if self.0.at.is_none() {
            self.0.at = Some((line, column));
        }
        self
    }

    pub(crate) fn at_in_regex(mut self, line: usize, column: usize) -> Error {
        self.0.regex_at = Some((line, column));
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> ErrorKind {
        self.0.kind
    }

    /// The setting that could not be used, as written: a kind or style
    /// name, or a regex. Empty for errors in the policy file's structure.
    pub fn input(&self) -> &str {
        &self.0.input
    }

    /// What the error is about, for example `pattern 'member_id'` or
    /// `allow regex 2`, when it is about one thing.
    pub fn subject(&self) -> Option<&str> {
        self.0.subject.as_deref()
    }

    /// The line (1-based) in the policy file, when the error comes from one.
    pub fn line(&self) -> Option<usize> {
        self.0.at.map(|(line, _)| line)
    }

    /// The column (1-based, in characters) in the policy file, when the
    /// error comes from one.
    pub fn column(&self) -> Option<usize> {
        self.0.at.map(|(_, column)| column)
    }

    /// The position inside the regex as line and column (1-based, in
    /// characters; the line is 1 unless the regex spans several lines),
    /// when the error is in a regex.
    pub fn regex_position(&self) -> Option<(usize, usize)> {
        self.0.regex_at
    }
}

impl fmt::Display for Error {
    /// For example `line 12, column 9: pattern 'member_id': unclosed group
    /// (at character 5 of the regex)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((line, column)) = self.0.at {
            write!(f, "line {line}, column {column}: ")?;
        }
        if let Some(subject) = &self.0.subject {
            write!(f, "{subject}: ")?;
        }
        match self.0.kind {
            ErrorKind::UnknownKind => write!(
                f,
                "unknown kind '{}'; expected card, ssn, cvv or expiry",
                self.0.input
            )?,
            ErrorKind::UnknownStyle => write!(
                f,
                "unknown style '{}'; expected label, numbered, mask or last4",
                self.0.input
            )?,
            _ => f.write_str(&self.0.detail)?,
        }
        match self.0.regex_at {
            Some((1, column)) => {
                write!(f, " (at character {column} of the regex)")
            }
            Some((line, column)) => {
                write!(f, " (at line {line}, character {column} of the regex)")
            }
            None => Ok(()),
        }
    }
}

impl std::error::Error for Error {}

/// The 1-based line and column (in characters) of byte `offset` in `text`.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = text.get(..offset).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(start..).map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_lines_and_chars() {
        let text = "ab\nçd\nef";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        assert_eq!(line_column(text, 5), (2, 2));
        assert_eq!(line_column(text, 4), (2, 1));
        assert_eq!(line_column(text, 999), (3, 3));
    }

    #[test]
    fn display_places_and_names() {
        let e = Error::regex(ErrorKind::InvalidRegex, "a(", "unclosed group")
            .at_in_regex(1, 2)
            .about("pattern 'x'")
            .at(3, 9);
        assert_eq!(
            e.to_string(),
            "line 3, column 9: pattern 'x': unclosed group (at character 2 of the regex)"
        );
        assert_eq!(e.line(), Some(3));
        assert_eq!(e.column(), Some(9));
        assert_eq!(e.subject(), Some("pattern 'x'"));
        assert_eq!(e.regex_position(), Some((1, 2)));
        assert_eq!(e.input(), "a(");
    }
}
