//! Hush finds payment card numbers (PANs), US Social Security numbers, card
//! security codes (CVV/CVC) and card expiry dates in call notes, chat logs,
//! emails and speech-to-text call transcripts, and redacts them. It is pure
//! Rust with no I/O, so the same core runs in a browser tab (compiled to
//! WebAssembly), in the `hush` command-line tool and in tests.
//!
//! # Example
//!
//! ```
//! use hush::{redact, scan, Kind, Policy};
//!
//! let text = "Cust card 4111-1111-1111-1111 exp 09/27, SSN 123-13-7435";
//! let policy = Policy::default();
//! let findings = scan(text, &policy);
//! assert_eq!(findings[0].kind(), Kind::Card);
//! assert_eq!(&text[findings[0].span().range()], "4111-1111-1111-1111");
//! assert_eq!(
//!     redact(text, &findings, policy.style),
//!     "Cust card [CARD] exp [EXPIRY], SSN [SSN]",
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Policies
//!
//! A [`Policy`] says which kinds to look for and how to replace them, and
//! carries an organisation's own rules: custom patterns ([`Pattern`], a
//! member number shown as `[MEMBER-ID]`), allow rules ([`Allow`], text never
//! redacted, such as the support line), locked settings and a message for
//! agents. [`Policy::from_toml`] reads it from a `hush.toml` file. A person
//! can also redact any text by hand ([`Finding::by_hand`]).
//!
//! # Guarantees
//!
//! * [`scan`] never fails and never panics, for any `&str`, and its running
//!   time is linear in the length of the text (custom patterns use the
//!   `regex` crate, whose search is linear whatever the pattern).
//! * Offsets are UTF-8 byte offsets that fall on `char` boundaries.
//! * The core does no I/O, reads no clock, uses no randomness and logs
//!   nothing. A [`Finding`] holds offsets, never a copy of the secret.
//!
//! # What is detected
//!
//! * Card numbers of 12 to 19 digits that pass the Luhn check and match a
//!   brand's prefix and length, written with any mix of spaces, dashes, dots,
//!   Unicode spaces and dashes, zero-width characters and line breaks between
//!   digit groups.
//! * SSNs written 3-2-4 with one consistent separator and valid by SSA
//!   rules, and nine bare digits with SSN context ("SSN", "social", "SS#"...).
//! * CVVs and expiry dates after a label ("CVV", "exp"...) or next to a card.
//! * In transcripts, all of the above spoken as words ("four one one one",
//!   "oh", "double five", "forty one eleven"), in speech-to-text layouts, and
//!   read out over several speaker turns.
//! * Decimal digits of every script (`٤١١١`, full-width `４１１１`), read as
//!   ASCII digits.
//! * JSON transcript exports (Contact Lens, AWS Transcribe, AssemblyAI,
//!   Deepgram, chat logs, JSON lines), read as the conversation they hold;
//!   the parts found lie inside string values, so redacted JSON stays JSON.
//!
//! # What is not detected
//!
//! * Card numbers that fail the Luhn check (a misheard digit), and numbers of
//!   brands not in the table (see [`validate::brand`]).
//! * SSNs with no separators and no SSN context nearby: nine digits alone are
//!   as likely to be a case, member or policy number.
//! * Bank account and routing numbers, names, addresses, dates of birth.

#![deny(missing_docs)]
// No panic may print input, and the core must not panic at all (see
// "Panics" in ARCHITECTURE.md). These lints make each way the library
// could panic on purpose, or by slicing a `str` off a char boundary, an
// error in clippy. `indexing_slicing` is not among them: the core indexes
// vectors by token, unit and turn numbers built in the same pass, and the
// argument for that is in ARCHITECTURE.md. Tests may unwrap.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::todo,
        clippy::unimplemented,
        clippy::unreachable,
        clippy::string_slice,
    )
)]

mod detect;
mod error;
mod finding;
pub mod order;
mod pattern;
mod policy;
mod redact;
mod rules;
mod scanner;
mod span;
mod summary;
pub mod validate;
pub mod wire;

pub use crate::error::{Error, ErrorKind};
pub use crate::finding::{BY_HAND, Finding, Kind};
pub use crate::pattern::{
    Allow, MAX_NAME_LEN, MAX_REGEX_LEN, NEST_LIMIT, Pattern, SIZE_LIMIT,
};
pub use crate::policy::{KindSet, Locked, MAX_POLICY_LEN, Policy, Style};
pub use crate::redact::{
    MASK_CHAR, MASK_WORD_WIDTH, Replacement, mask, redact, replacements,
};
pub use crate::rules::scan;
pub use crate::scanner::{
    AHEAD, BACK, InTurn, PIECE, Pool, Rescan, SMALL_PIECE, Scanner, Stream,
    pieces,
};
pub use crate::span::Span;
pub use crate::summary::Summary;
