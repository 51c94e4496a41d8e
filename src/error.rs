//! The error type of the few things that can fail: reading settings that a
//! person typed (a style name, a list of kinds).
//!
//! Scanning itself never fails.

use std::fmt;

/// An error from parsing a setting. Its message says what was wrong and
/// what is accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    input: String,
}

/// What went wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A kind name that is not `card`, `ssn`, `cvv` or `expiry`.
    UnknownKind,
    /// A style name that is not `label`, `numbered`, `mask` or `last4`.
    UnknownStyle,
}

impl Error {
    pub(crate) fn unknown_kind(input: &str) -> Error {
        Error { kind: ErrorKind::UnknownKind, input: input.to_string() }
    }

    pub(crate) fn unknown_style(input: &str) -> Error {
        Error { kind: ErrorKind::UnknownStyle, input: input.to_string() }
    }

    /// What went wrong.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The text that could not be parsed.
    pub fn input(&self) -> &str {
        &self.input
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ErrorKind::UnknownKind => write!(
                f,
                "unknown kind '{}'; expected card, ssn, cvv or expiry",
                self.input
            ),
            ErrorKind::UnknownStyle => write!(
                f,
                "unknown style '{}'; expected label, numbered, mask or last4",
                self.input
            ),
        }
    }
}

impl std::error::Error for Error {}
