//! Scanning a big text in steps: [`Scanner`] scans the text piece by piece,
//! so that a caller (the web app's worker, the CLI) can report progress
//! between steps, and stop when the text it scans is no longer wanted.

use crate::finding::Finding;
use crate::policy::Policy;
use crate::span::Span;

/// A scan of one text, done in steps.
///
/// The text is cut into pieces that the detectors judge independently (see
/// [`pieces`]); each [`step`](Scanner::step) scans whole pieces, and
/// [`finish`](Scanner::finish) gives exactly what [`scan`](crate::scan)
/// gives for the whole text.
///
/// ```
/// use hush::{scan, Policy, Scanner};
///
/// let text = "Card 4111 1111 1111 1111\n\nSSN 123-13-7435\n".repeat(100);
/// let policy = Policy::default();
/// let mut scanner = Scanner::new(text.clone(), &policy);
/// while !scanner.step(1024) {
///     assert!(scanner.done() <= scanner.len());
/// }
/// let (text_back, findings) = scanner.finish();
/// assert_eq!(text_back, text);
/// assert_eq!(findings, scan(&text, &policy));
/// ```
#[derive(Debug)]
pub struct Scanner {
    text: String,
    policy: Policy,
    pieces: Vec<Span>,
    next: usize,
    found: Vec<Finding>,
}

impl Scanner {
    /// Prepares a scan of `text` under `policy`; scans nothing yet.
    pub fn new(text: String, policy: &Policy) -> Scanner {
        let pieces = pieces(&text);
        Scanner {
            text,
            policy: policy.clone(),
            pieces,
            next: 0,
            found: Vec::new(),
        }
    }

    /// Scans whole pieces until at least `budget` more bytes are done or
    /// the text is done; returns whether the text is done.
    pub fn step(&mut self, budget: usize) -> bool {
        let mut spent = 0;
        while let Some(&piece) = self.pieces.get(self.next) {
            if spent >= budget && spent > 0 {
                break;
            }
            self.next += 1;
            spent += piece.len();
            let Some(slice) = self.text.get(piece.range()) else { continue };
            self.found.extend(
                crate::detect::scan(slice, &self.policy)
                    .into_iter()
                    .map(|f| f.shifted(piece.start)),
            );
        }
        self.next >= self.pieces.len()
    }

    /// The bytes scanned so far.
    pub fn done(&self) -> usize {
        self.pieces.get(self.next).map_or(self.text.len(), |p| p.start)
    }

    /// The length of the text in bytes.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// Whether the text is empty.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The text being scanned.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Scans what is left and returns the text and its findings, the same
    /// as [`scan`](crate::scan) (custom patterns and allow rules applied
    /// to the whole text).
    pub fn finish(mut self) -> (String, Vec<Finding>) {
        while !self.step(usize::MAX) {}
        let findings =
            crate::rules::apply(&self.text, &self.policy, self.found);
        (self.text, findings)
    }
}

/// Cuts `text` into pieces that the detectors judge independently:
/// scanning each piece alone gives the findings of the whole text. The
/// pieces are in order, cover the text and fall on `char` boundaries.
pub fn pieces(text: &str) -> Vec<Span> {
    crate::detect::pieces(text)
}
