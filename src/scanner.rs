//! Big texts in pieces: [`scan`](crate::scan) reads a long text piece by
//! piece, each with a margin of the text around it, so that its memory is
//! bounded by the size of a piece, a caller can report progress and stop
//! between pieces ([`Scanner`]), and a file can be redacted as it is read
//! ([`Stream`]), with exactly the result of the whole text.
//!
//! A text of up to [`PIECE`] * 2 bytes (every note, chat and call) is one
//! piece, read as it is. A longer one is cut at line breaks, preferably at
//! a blank line, every [`PIECE`] to 2 * [`PIECE`] bytes (see [`cut`]). Each
//! piece is read with [`BACK`] bytes of text before it and [`AHEAD`] bytes
//! after it, so the agent's question before an answer, a label on the line
//! before, and a number read over the cut are seen as in the whole text; a
//! finding belongs to the piece where it starts, and one that overlaps a
//! finding of the piece before is that same number, seen again. A table's
//! header is read before every piece of the table (see [`head`]). A JSON
//! document is read whole (its structure says who speaks).
//!
//! Every cut depends only on the text from the cut before up to
//! 2 * [`PIECE`] bytes on, so [`Stream`] makes the same cuts as [`pieces`]
//! while it reads, and writes the same bytes.

use crate::finding::Finding;
use crate::policy::Policy;
use crate::redact::{Numbers, replacements_numbered};
use crate::span::Span;

/// The least length of a piece, in bytes.
pub const PIECE: usize = 256 * 1024;

/// The text read before a piece (the question, the label before a
/// number), in bytes: far more than any context the detectors look back
/// over, which is a few turns.
pub const BACK: usize = 16 * 1024;

/// The text read after a piece (the end of a number read over the cut),
/// in bytes.
pub const AHEAD: usize = 8 * 1024;

/// The most bytes [`cut`] looks at past the start of a piece.
const LOOK: usize = 2 * PIECE + 4;

/// Where the next piece ends, for the text `rest` that starts where the
/// piece starts; `eof` says whether `rest` runs to the end of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cut {
    /// The piece runs to the end of the text.
    Last,
    /// More text is needed to decide.
    More,
    /// The piece ends this many bytes on.
    At(usize),
}

/// Decides where the piece that starts `rest` ends: at the first blank
/// line between [`PIECE`] and 2 * [`PIECE`] bytes on, else at the first
/// line break there, else at the first white space, else at a character
/// boundary at 2 * [`PIECE`] bytes. Reads no byte past [`LOOK`], so that
/// the answer for a prefix of [`LOOK`] bytes or more is the answer for the
/// whole.
fn cut(rest: &str, eof: bool) -> Cut {
    if rest.len() < LOOK {
        return if eof { Cut::Last } else { Cut::More };
    }
    let bytes = rest.as_bytes();
    let window = PIECE..2 * PIECE;
    let mut first_break = None;
    let mut first_space = None;
    for i in window.clone() {
        let b = bytes.get(i).copied().unwrap_or(0);
        if b == b'\n' {
            // A blank line: the line after this break is empty.
            let next = bytes.get(i + 1).copied();
            if matches!(next, Some(b'\n'))
                || (next == Some(b'\r') && bytes.get(i + 2) == Some(&b'\n'))
            {
                return Cut::At(i + 1);
            }
            first_break.get_or_insert(i + 1);
        } else if b == b' ' || b == b'\t' {
            first_space.get_or_insert(i + 1);
        }
    }
    if let Some(at) = first_break.or(first_space) {
        return Cut::At(at);
    }
    let mut at = window.end;
    while !rest.is_char_boundary(at) {
        at += 1;
    }
    Cut::At(at)
}

/// Cuts `text` into the pieces [`scan`](crate::scan) reads one by one: in
/// order, covering the text, on `char` boundaries. A text of up to
/// 2 * [`PIECE`] bytes, and any JSON document, is one piece.
///
/// ```
/// let text = "Agent: card number?\nCustomer: 4111 1111 1111 1111\n\n";
/// assert_eq!(hush::pieces(text).len(), 1);
/// let long = text.repeat(20_000);
/// let pieces = hush::pieces(&long);
/// assert!(pieces.len() > 1);
/// assert_eq!(pieces[0].start, 0);
/// assert_eq!(pieces.last().unwrap().end, long.len());
/// ```
pub fn pieces(text: &str) -> Vec<Span> {
    if text.len() < LOOK || crate::detect::looks_like_json(text) {
        return vec![Span::new(0, text.len())];
    }
    let mut out = Vec::new();
    let mut start = 0;
    loop {
        let rest = text.get(start..).unwrap_or("");
        match cut(rest, true) {
            Cut::At(n) => {
                out.push(Span::new(start, start + n));
                start += n;
            }
            Cut::Last | Cut::More => {
                out.push(Span::new(start, text.len()));
                return out;
            }
        }
    }
}

/// The header of a table that starts the text: its first line, when it
/// holds two or more of one cell separator (tab, comma, `|`, `;`), with a
/// Markdown separator line after it. `None` for other texts.
fn head(text: &str) -> Option<&str> {
    const LINE: usize = 1024;
    let near = |from: usize| {
        let b = text.as_bytes().get(from..)?;
        b.iter().take(LINE).position(|&b| b == b'\n').map(|k| from + k)
    };
    let first_end = near(0)?;
    let first = text.get(..first_end)?;
    let cells = |c: char| first.matches(c).count() >= 2;
    if !(['\t', ',', '|', ';'].into_iter().any(cells)
        && first.chars().any(char::is_alphabetic))
    {
        return None;
    }
    let markdown = near(first_end + 1)
        .and_then(|second_end| text.get(first_end + 1..second_end))
        .is_some_and(|second| {
            second.contains('-')
                && second
                    .chars()
                    .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t' | '\r'))
        });
    let end = match markdown {
        true => near(first_end + 1).unwrap_or(first_end),
        false => first_end,
    };
    text.get(..end)
}

/// The text read for `piece` of `buf`, a buffer that holds the text from
/// byte `base` on and runs to the end of the text or past the piece's
/// margin after: from the start of the first line that starts at most
/// [`BACK`] bytes before the piece, to the end of the last line that ends
/// at most [`AHEAD`] bytes after it (or to a character boundary where no
/// line breaks are). Offsets in `buf`.
fn margin(buf: &str, base: usize, piece: Span) -> Span {
    let bytes = buf.as_bytes();
    let want = (base + piece.start).saturating_sub(BACK);
    let mut start = want.saturating_sub(base).min(piece.start);
    if want > 0 && start < piece.start {
        let line = bytes
            .get(start..piece.start)
            .and_then(|b| b.iter().position(|&b| b == b'\n'));
        match line {
            Some(k) => start += k + 1,
            None => {
                while !buf.is_char_boundary(start) {
                    start += 1;
                }
            }
        }
    }
    let mut end = piece.end + AHEAD;
    if end >= buf.len() {
        end = buf.len();
    } else {
        let line = bytes
            .get(piece.end..end)
            .and_then(|b| b.iter().rposition(|&b| b == b'\n'));
        match line {
            Some(k) => end = piece.end + k + 1,
            None => {
                while !buf.is_char_boundary(end) {
                    end -= 1;
                }
            }
        }
    }
    Span::new(start, end.max(start))
}

/// The findings that belong to `piece` of `buf` (a buffer that holds the
/// text from byte `base` on), read with its margins and, for a piece of a
/// table, the table's header `head` before them. Offsets in the whole
/// text.
fn scan_piece(
    buf: &str,
    base: usize,
    piece: Span,
    head: Option<&str>,
    policy: &Policy,
) -> Vec<Finding> {
    let read = margin(buf, base, piece);
    let Some(slice) = buf.get(read.range()) else { return Vec::new() };
    let at = base + read.start;
    let (lo, hi) = (base + piece.start, base + piece.end);
    let head = head.filter(|h| !h.is_empty() && at > h.len());
    let found = match head {
        Some(h) => {
            let mut joined = String::with_capacity(h.len() + 1 + slice.len());
            joined.push_str(h);
            joined.push('\n');
            joined.push_str(slice);
            let skip = h.len() + 1;
            crate::rules::scan_one(&joined, policy)
                .into_iter()
                .filter(|f| f.span().start >= skip)
                .map(|f| f.moved(skip, at))
                .collect::<Vec<_>>()
        }
        None => crate::rules::scan_one(slice, policy)
            .into_iter()
            .map(|f| f.moved(0, at))
            .collect(),
    };
    found
        .into_iter()
        .filter(|f| lo <= f.span().start && f.span().start < hi)
        .collect()
}

/// Joins the findings of the pieces, in order.
#[derive(Debug, Default)]
struct Merge {
    /// The parts of the findings so far that reach past the end of the
    /// last piece: the only ones a finding of the next piece can overlap.
    reach: Vec<(usize, Vec<Span>)>,
}

impl Merge {
    /// Adds to `found` the findings `new` of the piece that ends at `end`,
    /// leaving out one that shares a byte with a finding of an earlier
    /// piece (the same number, seen again from this piece).
    fn add(
        &mut self,
        found: &mut Vec<Finding>,
        new: Vec<Finding>,
        end: usize,
    ) {
        for f in new {
            let overlaps = f.parts().iter().any(|p| {
                self.reach
                    .iter()
                    .flat_map(|(_, parts)| parts)
                    .any(|q| p.start < q.end && q.start < p.end)
            });
            if overlaps {
                continue;
            }
            if f.span().end > end {
                self.reach.push((f.span().end, f.parts().to_vec()));
            }
            found.push(f);
        }
        self.reach.retain(|&(reach, _)| reach > end);
    }
}

/// What [`scan`](crate::scan) does: every piece, read with its margins.
pub(crate) fn scan(text: &str, policy: &Policy) -> Vec<Finding> {
    let pieces = pieces(text);
    if pieces.len() <= 1 {
        return crate::rules::scan_one(text, policy);
    }
    let head = head(text);
    let mut merge = Merge::default();
    let mut found = Vec::new();
    for piece in pieces {
        let new = scan_piece(text, 0, piece, head, policy);
        merge.add(&mut found, new, piece.end);
    }
    found.sort_by_key(|f| f.span().start);
    found
}

/// A scan of one text, done in steps.
///
/// Each [`step`](Scanner::step) reads whole pieces (see [`pieces`]), and
/// [`finish`](Scanner::finish) gives exactly what [`scan`](crate::scan)
/// gives for the whole text: a caller reports progress between steps, and
/// stops when the text is no longer wanted.
///
/// ```
/// use hush::{scan, Policy, Scanner};
///
/// let text = "Card 4111 1111 1111 1111\n\nSSN 123-13-7435\n".repeat(30_000);
/// let policy = Policy::default();
/// let mut scanner = Scanner::new(text.clone(), &policy);
/// while !scanner.step(64 * 1024) {
///     assert!(scanner.done() < scanner.len());
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
    merge: Merge,
}

impl Scanner {
    /// Prepares a scan of `text` under `policy`; reads nothing yet.
    pub fn new(text: String, policy: &Policy) -> Scanner {
        let pieces = pieces(&text);
        Scanner {
            text,
            policy: policy.clone(),
            pieces,
            next: 0,
            found: Vec::new(),
            merge: Merge::default(),
        }
    }

    /// Reads whole pieces until at least `budget` more bytes are read or
    /// the text is done; returns whether the text is done.
    pub fn step(&mut self, budget: usize) -> bool {
        let head = head(&self.text);
        let mut spent = 0;
        while let Some(&piece) = self.pieces.get(self.next) {
            if spent >= budget && spent > 0 {
                break;
            }
            self.next += 1;
            spent += piece.len();
            let new = if self.pieces.len() == 1 {
                crate::rules::scan_one(&self.text, &self.policy)
            } else {
                scan_piece(&self.text, 0, piece, head, &self.policy)
            };
            self.merge.add(&mut self.found, new, piece.end);
        }
        self.next >= self.pieces.len()
    }

    /// The bytes read so far.
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

    /// The text being read.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Reads what is left and returns the text and its findings, the same
    /// as [`scan`](crate::scan).
    pub fn finish(mut self) -> (String, Vec<Finding>) {
        while !self.step(usize::MAX) {}
        self.found.sort_by_key(|f| f.span().start);
        (self.text, self.found)
    }
}

/// Redacts a text as it is read, in bounded memory: give it the text in
/// chunks of any size with [`push`](Stream::push), then call
/// [`finish`](Stream::finish); the bytes written are exactly
/// `redact(text, &scan(text, policy), policy.style)` for the whole text.
///
/// It keeps at most about 2 * [`PIECE`] + [`BACK`] + [`AHEAD`] bytes of
/// text, and the findings not written yet, whatever the length of the
/// text; a JSON document is kept whole, as [`scan`](crate::scan) reads it
/// whole.
///
/// ```
/// use hush::{redact, scan, Policy, Stream};
///
/// let text = "Customer: my card is 4111 1111 1111 1111\n\n".repeat(20_000);
/// let policy = Policy::default();
/// let mut stream = Stream::new(&policy);
/// let mut out = String::new();
/// for chunk in text.as_bytes().chunks(100_000) {
///     stream.push(std::str::from_utf8(chunk).unwrap(), &mut out);
/// }
/// stream.finish(&mut out);
/// assert_eq!(out, redact(&text, &scan(&text, &policy), policy.style));
/// ```
#[derive(Debug)]
pub struct Stream {
    policy: Policy,
    /// The text kept: from byte `base` of the whole text on.
    buf: String,
    base: usize,
    /// Where the next piece starts, in the whole text.
    next: usize,
    /// Whether the text is one piece read whole (JSON, or short), and the
    /// table header: known once [`LOOK`] bytes are at hand.
    whole: Option<bool>,
    head: String,
    /// The findings not written yet, offsets in the whole text.
    pending: Vec<Finding>,
    merge: Merge,
    /// Where the piece that starts at `next` ends, once known.
    end: Option<usize>,
    /// The bytes written so far.
    written: usize,
    numbers: Numbers,
}

impl Stream {
    /// A stream that redacts under `policy`.
    pub fn new(policy: &Policy) -> Stream {
        Stream {
            policy: policy.clone(),
            buf: String::new(),
            base: 0,
            next: 0,
            whole: None,
            head: String::new(),
            pending: Vec::new(),
            merge: Merge::default(),
            end: None,
            written: 0,
            numbers: Numbers::default(),
        }
    }

    /// Adds `chunk`, the next part of the text, and appends to `out` what
    /// can already be written.
    pub fn push(&mut self, chunk: &str, out: &mut String) {
        self.buf.push_str(chunk);
        self.run(false, out);
    }

    /// Ends the text: appends the rest of the redacted text to `out`.
    pub fn finish(mut self, out: &mut String) {
        self.run(true, out);
    }

    /// The bytes of text kept now (for tests of the memory bound).
    pub fn kept(&self) -> usize {
        self.buf.len()
    }

    fn run(&mut self, eof: bool, out: &mut String) {
        if self.whole.is_none() {
            if self.buf.len() < LOOK && !eof {
                return;
            }
            // What `pieces` decides from the start of the text.
            self.whole = Some(
                self.buf.len() < LOOK
                    || crate::detect::looks_like_json(&self.buf),
            );
            self.head = head(&self.buf).unwrap_or("").to_owned();
        }
        if self.whole == Some(true) {
            if eof {
                self.pending = crate::rules::scan_one(&self.buf, &self.policy);
                self.write(self.buf.len(), out);
            }
            return;
        }
        loop {
            let end = match self.end {
                Some(end) => end,
                None => {
                    let from = self.next - self.base;
                    let rest = self.buf.get(from..).unwrap_or("");
                    match cut(rest, eof) {
                        Cut::More => return,
                        Cut::At(n) => *self.end.insert(self.next + n),
                        Cut::Last => self.base + self.buf.len(),
                    }
                }
            };
            // The margin after the piece must be at hand, unless the text
            // ends first.
            if !eof && self.base + self.buf.len() <= end + AHEAD {
                return;
            }
            let piece = Span::new(self.next - self.base, end - self.base);
            let head = Some(self.head.as_str());
            let found =
                scan_piece(&self.buf, self.base, piece, head, &self.policy);
            self.merge.add(&mut self.pending, found, end);
            self.next = end;
            self.end = None;
            self.write(end, out);
            if end >= self.base + self.buf.len() {
                return;
            }
            // Keep what the next piece reads before it, and what is not
            // written yet.
            let keep = self.next.saturating_sub(BACK).min(self.written);
            let mut drop = keep.saturating_sub(self.base).min(self.buf.len());
            while !self.buf.is_char_boundary(drop) {
                drop -= 1;
            }
            self.buf.drain(..drop);
            self.base += drop;
        }
    }

    /// Writes the redacted text from `written` up to `upto` (offsets in
    /// the whole text), stopping before any finding that reaches past it.
    fn write(&mut self, upto: usize, out: &mut String) {
        self.pending.sort_by_key(|f| f.span().start);
        let mut safe = upto;
        loop {
            let before = safe;
            for f in &self.pending {
                if f.span().start < safe && f.span().end > safe {
                    safe = f.span().start;
                }
            }
            if safe == before {
                break;
            }
        }
        if safe <= self.written {
            return;
        }
        let (Some(a), Some(b)) =
            (self.written.checked_sub(self.base), safe.checked_sub(self.base))
        else {
            return;
        };
        let Some(slice) = self.buf.get(a..b) else { return };
        let split = self.pending.partition_point(|f| f.span().start < safe);
        let ready: Vec<Finding> = self
            .pending
            .drain(..split)
            .map(|f| f.moved(self.written, 0))
            .collect();
        let mut at = 0;
        let style = self.policy.style;
        for r in replacements_numbered(slice, &ready, style, &mut self.numbers)
        {
            out.push_str(slice.get(at..r.span.start).unwrap_or(""));
            out.push_str(&r.text);
            at = r.span.end;
        }
        out.push_str(slice.get(at..).unwrap_or(""));
        self.written = safe;
    }
}
