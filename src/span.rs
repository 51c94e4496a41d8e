//! A span is a half-open range of UTF-8 byte offsets into the scanned text.
//!
//! Spans always fall on `char` boundaries of the text they came from, so
//! `&text[span.range()]` never panics. Only the web UI converts them to
//! UTF-16 offsets.

use std::ops::Range;

/// A half-open range `start..end` of UTF-8 byte offsets.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash,
)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span. `start` must not be greater than `end`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Returns the span as a `Range`, ready for slicing.
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Returns the length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Returns true if the span covers no bytes.
    pub const fn is_empty(self) -> bool {
        self.start >= self.end
    }

    /// Returns true if the two spans share at least one byte.
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Returns true if `offset` lies inside the span.
    pub const fn contains(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// Returns the bytes of `text` the span covers, or `""` when it does not
    /// fall inside `text` on char boundaries (never for a span made from
    /// that text). The core reads text this way, not with `&text[..]`, so
    /// a wrong offset cannot panic.
    pub(crate) fn of(self, text: &str) -> &str {
        text.get(self.range()).unwrap_or("")
    }

    /// Returns the smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// Clamps a span to the text and widens it to char boundaries, so a bad
/// offset covers a little more, never less.
pub(crate) fn widen(text: &str, span: Span) -> Span {
    let mut start = span.start.min(text.len());
    let mut end = span.end.min(text.len()).max(start);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    Span::new(start, end)
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn of_is_the_text_or_empty_never_a_panic() {
        let text = "é 41";
        assert_eq!(Span::new(3, 5).of(text), "41");
        assert_eq!(Span::new(0, 2).of(text), "é");
        // Inside the `é`, reversed, past the end: empty, not a panic.
        assert_eq!(Span::new(1, 3).of(text), "");
        assert_eq!(Span::new(4, 3).of(text), "");
        assert_eq!(Span::new(3, 9).of(text), "");
    }
}
