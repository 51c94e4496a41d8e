//! Big texts in pieces: [`scan`](crate::scan) reads a long text piece by
//! piece, each with a margin of the text around it, so that its memory is
//! bounded by the size of a piece, a caller can report progress and stop
//! between pieces ([`Scanner`]), and a file can be redacted as it is read
//! ([`Stream`]), with exactly the result of the whole text.
//!
//! A text of up to [`PIECE`] * 2 bytes (every note, chat and call) is one
//! piece, read as it is. A longer one is cut at line breaks, preferably at
//! a blank line, every [`PIECE`] to 2 * [`PIECE`] bytes, and its last
//! 1.5 * [`PIECE`] bytes or more in two halves (see [`cut`]). Each
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
//!
//! An edited text is scanned again incrementally with [`Rescan`] (or
//! [`Scanner::resume`]): smaller pieces with content-defined cuts, read
//! with the same margins, of which only those whose text changed are read
//! again; the result is that of [`scan`](crate::scan).

use crate::finding::Finding;
use crate::policy::Policy;
use crate::redact::{Numbers, redact_into};
use crate::span::Span;
use std::ops::Range;

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
/// boundary at 2 * [`PIECE`] bytes. Where the text ends before [`LOOK`]
/// bytes on, a rest of 1.5 * [`PIECE`] bytes or more is cut the same way
/// between its middle and [`PIECE`] / 2 bytes after it, a shorter one is
/// the last piece. Reads no byte past [`LOOK`], so that the answer for a
/// prefix of [`LOOK`] bytes or more is the answer for the whole.
fn cut(rest: &str, eof: bool) -> Cut {
    if rest.len() < LOOK {
        return match eof {
            // The end of the text, too long for one piece of the size of
            // the others: two halves, so that two threads share it (a
            // 1 MB text was 256, 256 and 512 KB, and the last piece kept
            // one thread busy alone for half the time).
            true if rest.len() >= PIECE + PIECE / 2 => {
                let half = rest.len() / 2;
                find_cut(rest, half..half + PIECE / 2)
            }
            true => Cut::Last,
            false => Cut::More,
        };
    }
    find_cut(rest, PIECE..2 * PIECE)
}

/// The cut in `window` of `rest`: after the first blank line, else after
/// the first line break, else after the first white space, else at the
/// first character boundary from the window's end.
fn find_cut(rest: &str, window: Range<usize>) -> Cut {
    let bytes = rest.as_bytes();
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
    let mut at = window.end.min(rest.len());
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
    if text.len() < LOOK || whole_json(text) {
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

/// Returns true if `text` is a JSON document read as one piece: any JSON
/// document, up to the longest text the tokenizer reads (4 GB; see
/// `detect::token::MAX_TEXT`). A longer one is cut as other text is.
fn whole_json(text: &str) -> bool {
    !crate::detect::too_long(text.len())
        && crate::detect::looks_like_json(text)
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

/// Runs reads of pieces, which are independent of one another: one after
/// the other ([`InTurn`]), or at once on several threads, as the CLI does
/// for one big file. The core itself starts no thread: [`Scanner`] and
/// [`Stream`] hand each batch of pieces to the pool they are given.
pub trait Pool: Sync {
    /// How many reads the pool runs at once: the most pieces a batch
    /// holds beyond what a step's budget asks for.
    fn width(&self) -> usize;

    /// Returns `read(i)` for each `i` in `0..n`, in that order.
    fn map(
        &self,
        n: usize,
        read: &(dyn Fn(usize) -> Vec<Finding> + Sync),
    ) -> Vec<Vec<Finding>>;
}

/// The pool that reads one piece after the other, on the caller's thread.
#[derive(Clone, Copy, Debug, Default)]
pub struct InTurn;

impl Pool for InTurn {
    fn width(&self) -> usize {
        1
    }

    fn map(
        &self,
        n: usize,
        read: &(dyn Fn(usize) -> Vec<Finding> + Sync),
    ) -> Vec<Vec<Finding>> {
        (0..n).map(read).collect()
    }
}

/// `pool`'s [`map`](Pool::map), checked: a pool that gives back a
/// different number of results than it was asked for is not trusted, and
/// the pieces are read again in turn, so that no piece goes unread.
fn map_all(
    pool: &dyn Pool,
    n: usize,
    read: &(dyn Fn(usize) -> Vec<Finding> + Sync),
) -> Vec<Vec<Finding>> {
    let found = pool.map(n, read);
    match found.len() == n {
        true => found,
        false => InTurn.map(n, read),
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
    crate::order::sort_by_key(&mut found, |f| (f.span().start, 0));
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
    /// For a scan that reuses the findings of an earlier text
    /// ([`Scanner::resume`]): what it knows and what it keeps.
    plan: Option<Plan>,
}

impl Scanner {
    /// Prepares a scan of `text` under `policy`; reads nothing yet.
    pub fn new(text: String, policy: &Policy) -> Scanner {
        let pieces = pieces(&text);
        Scanner::over(text, policy, pieces, None)
    }

    /// A scan of `text` in `pieces`, with what an earlier text gave.
    fn over(
        text: String,
        policy: &Policy,
        pieces: Vec<Span>,
        plan: Option<Plan>,
    ) -> Scanner {
        Scanner {
            text,
            policy: policy.clone(),
            pieces,
            next: 0,
            found: Vec::new(),
            merge: Merge::default(),
            plan,
        }
    }

    /// Prepares a scan of `text` under `policy` that reads again only the
    /// pieces whose text changed since `last`, the scan of an earlier
    /// text (see [`Rescan`]); reads nothing yet. [`finish`](Scanner::finish)
    /// gives what [`scan`](crate::scan) gives, and
    /// [`finish_keep`](Scanner::finish_keep) also what the next scan
    /// reuses.
    pub fn resume(text: String, policy: &Policy, last: &Rescan) -> Scanner {
        let pieces = small_pieces(&text, last.piece);
        let plan = Plan::new(&text, policy, &pieces, last);
        Scanner::over(text, policy, pieces, Some(plan))
    }

    /// Reads whole pieces until at least `budget` more bytes are read or
    /// the text is done; returns whether the text is done.
    pub fn step(&mut self, budget: usize) -> bool {
        self.step_in(budget, &InTurn)
    }

    /// As [`step`](Scanner::step), with the pieces of the step read by
    /// `pool`: at least `budget` bytes, and at least as many pieces as the
    /// pool is wide. The findings are the same whatever the pool.
    pub fn step_in(&mut self, budget: usize, pool: &dyn Pool) -> bool {
        let head = head(&self.text);
        // The pieces of this step, with their findings when the last text
        // gave them.
        let mut batch = Vec::new();
        let mut spent = 0;
        let mut to_read = 0;
        while let Some(&piece) = self.pieces.get(self.next) {
            if spent >= budget && spent > 0 && to_read >= pool.width() {
                break;
            }
            let k = self.next;
            self.next += 1;
            let known = self.plan.as_mut().and_then(|p| p.take(k));
            if known.is_none() {
                spent += piece.len();
                to_read += 1;
            }
            batch.push((k, piece, known));
        }
        let reads: Vec<Span> = batch
            .iter()
            .filter(|(_, _, known)| known.is_none())
            .map(|&(_, piece, _)| piece)
            .collect();
        let (text, policy) = (self.text.as_str(), &self.policy);
        let whole = self.pieces.len() == 1;
        let read = |i: usize| match (whole, reads.get(i)) {
            (true, _) => crate::rules::scan_one(text, policy),
            (false, Some(&piece)) => scan_piece(text, 0, piece, head, policy),
            (false, None) => Vec::new(),
        };
        let mut read_found = map_all(pool, reads.len(), &read).into_iter();
        for (k, piece, known) in batch {
            let new = known.or_else(|| read_found.next()).unwrap_or_default();
            if let Some(plan) = &mut self.plan {
                plan.keep(k, piece, &new);
            }
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
        crate::order::sort_by_key(&mut self.found, |f| (f.span().start, 0));
        (self.text, self.found)
    }

    /// Reads what is left and returns the findings, the same as
    /// [`scan`](crate::scan), and the text with what a scan of its next
    /// edit reuses ([`Scanner::resume`]). A scan made with
    /// [`Scanner::new`] keeps no pieces: the next scan reads all of its
    /// text.
    pub fn finish_keep(mut self) -> (Vec<Finding>, Rescan) {
        while !self.step(usize::MAX) {}
        crate::order::sort_by_key(&mut self.found, |f| (f.span().start, 0));
        let (piece, entries, rescanned) = match self.plan {
            Some(plan) => (plan.piece, plan.entries, plan.rescanned),
            None => (SMALL_PIECE, Vec::new(), self.text.len()),
        };
        let rescan = Rescan {
            piece,
            text: self.text,
            policy: Some(self.policy),
            entries,
            rescanned,
        };
        (self.found, rescan)
    }
}

/// The length the pieces of an incremental scan aim at, in bytes (see
/// [`Rescan`]): a keystroke reads again one or two pieces with their
/// margins, about 90 to 180 KB, while a first scan reads each byte about
/// (`SMALL_PIECE` + [`BACK`] + [`AHEAD`]) / `SMALL_PIECE` = 1.4 times.
pub const SMALL_PIECE: usize = 64 * 1024;

/// The least piece length [`Rescan::with_piece`] takes.
const MIN_SMALL: usize = 1024;

/// A fixed pseudo-random number for each byte value (splitmix64 from a
/// fixed seed), for the rolling hash of [`small_cut`]: the cuts are the
/// same on every machine and in every run.
const GEAR: [u64; 256] = gear();

const fn gear() -> [u64; 256] {
    let mut table = [0u64; 256];
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut i = 0;
    while i < 256 {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        table[i] = z ^ (z >> 31);
        i += 1;
    }
    table
}

/// Where the piece of an incremental scan that starts `rest` ends, for
/// pieces that aim at `piece` bytes; `None` when `rest` is the last piece.
///
/// The cut is content-defined, so that the cuts after an edit fall where
/// they fell before it, shifted: from `piece / 2` bytes on, a rolling hash
/// of the last 64 bytes (a gear hash) picks about one byte in `piece / 2`
/// (one in `piece / 8` past `piece` bytes, one in `piece / 32` past
/// 3/2 * `piece`, as in FastCDC's normalised chunking), and the piece ends
/// at the end of that byte's line (else after the next space or tab, else
/// at the byte). With no pick by 2 * `piece` bytes (a text that repeats a
/// few lines over and over), the same from there: such cuts are chained,
/// and after an edit that moves a line end they may fall elsewhere up to
/// the end of the text (more is read again, never a wrong finding). A
/// cut depends only on the bytes from `piece / 2` - 64 bytes after the
/// start to the end of the line picked, so the cuts of an edited text are
/// those of the text before it up to the edit, and again the same,
/// shifted, from the first cut after the edit that picks the byte it
/// picked before (most often the first one).
fn small_cut(rest: &str, piece: usize) -> Option<usize> {
    let bytes = rest.as_bytes();
    let min = piece / 2;
    let max = 2 * piece;
    let bits = min.max(2).ilog2();
    let mut h = 0u64;
    let mut pick = None;
    let from = min.saturating_sub(64);
    for (i, &b) in bytes.iter().enumerate().take(max).skip(from) {
        h = (h << 1).wrapping_add(GEAR[usize::from(b)]);
        // Easier past `piece` and 3/2 * `piece` bytes, so that a text
        // that repeats a few short documents (few distinct places to
        // pick) is still cut near `piece`.
        let easier = match i {
            i if i < piece => 0,
            i if i < piece + piece / 2 => 2,
            _ => 4,
        };
        let bits = bits.saturating_sub(easier).max(1);
        if i >= min && h >> (64 - bits) == 0 {
            pick = Some(i + 1);
            break;
        }
    }
    let at = match pick {
        Some(at) => at,
        None if bytes.len() <= max => return None,
        None => max,
    };
    let after = bytes.get(at..).unwrap_or_default();
    let near = |want: fn(u8) -> bool| {
        after.iter().take(piece).position(|&b| want(b)).map(|k| at + k + 1)
    };
    let end = near(|b| b == b'\n')
        .or_else(|| near(|b| b == b' ' || b == b'\t'))
        .unwrap_or_else(|| {
            let mut end = at.min(bytes.len());
            while !rest.is_char_boundary(end) {
                end += 1;
            }
            end
        });
    (end < bytes.len()).then_some(end)
}

/// The pieces of an incremental scan of `text`, aiming at `piece` bytes
/// (see [`small_cut`]): in order, covering the text, on `char`
/// boundaries. A text of up to 2 * `piece` + [`BACK`] + [`AHEAD`] bytes,
/// and any JSON document, is one piece, read whole as
/// [`scan`](crate::scan) reads it.
fn small_pieces(text: &str, piece: usize) -> Vec<Span> {
    if text.len() <= 2 * piece + BACK + AHEAD || whole_json(text) {
        return vec![Span::new(0, text.len())];
    }
    let mut out = Vec::new();
    let mut start = 0;
    loop {
        let rest = text.get(start..).unwrap_or("");
        match small_cut(rest, piece) {
            Some(n) if n > 0 => {
                out.push(Span::new(start, start + n));
                start += n;
            }
            _ => {
                out.push(Span::new(start, text.len()));
                return out;
            }
        }
    }
}

/// The lengths of the common start and the common end of `a` and `b`,
/// which never overlap: their sum is at most the shorter length.
fn common(a: &[u8], b: &[u8]) -> (usize, usize) {
    const CHUNK: usize = 64;
    let n = a.len().min(b.len());
    let mut prefix = 0;
    while prefix + CHUNK <= n
        && a.get(prefix..prefix + CHUNK) == b.get(prefix..prefix + CHUNK)
    {
        prefix += CHUNK;
    }
    while prefix < n && a.get(prefix) == b.get(prefix) {
        prefix += 1;
    }
    let rest = n - prefix;
    let mut suffix = 0;
    while suffix + CHUNK <= rest
        && tail(a, suffix, CHUNK) == tail(b, suffix, CHUNK)
    {
        suffix += CHUNK;
    }
    while suffix < rest && tail(a, suffix, 1) == tail(b, suffix, 1) {
        suffix += 1;
    }
    (prefix, suffix)
}

/// The `len` bytes of `s` that end `from` bytes before its end.
fn tail(s: &[u8], from: usize, len: usize) -> Option<&[u8]> {
    let end = s.len().checked_sub(from)?;
    s.get(end.checked_sub(len)?..end)
}

/// The findings of one piece of the last text, and everything their scan
/// read: the piece, its window (the piece with its margins) and whether
/// the table's header was read before it. Offsets in that text.
#[derive(Clone, Debug)]
struct Entry {
    piece: Span,
    window: Span,
    head: bool,
    found: Vec<Finding>,
}

/// The scan of the last text, piece by piece, so that the scan of its
/// next edit reads again only the pieces around the edit: a keystroke in
/// a 1 MB note reads about 100 to 200 KB, not 1 MB. The result is always
/// exactly that of [`scan`](crate::scan) of the new text.
///
/// The new text is cut into small pieces (about [`SMALL_PIECE`] bytes,
/// content-defined so that the cuts after an edit fall where they fell
/// before it), each read with the same margins as [`scan`](crate::scan)
/// reads its pieces ([`BACK`] before, [`AHEAD`] after, the table header
/// if the text starts with a table). A piece's findings are a function of
/// the bytes it read and of where the piece lies in them; the findings of
/// a piece of the last text are taken again, shifted, only when that is
/// proved: same policy, same header, and the whole window lies in the
/// common start of the two texts (same offsets) or in their common end
/// (offsets shifted by the change of length), with the piece at the same
/// place in it. Nothing is guessed from a hash: there is no wrong hit. A
/// text of up to 2 * [`SMALL_PIECE`] + [`BACK`] + [`AHEAD`] bytes, and a
/// JSON document, is read whole, as [`scan`](crate::scan) reads it.
///
/// It keeps one text (the last) and its findings: memory is bounded by
/// the last scan's.
///
/// ```
/// use hush::{scan, Policy, Rescan};
///
/// let mut text: String = (0..8_000)
///     .map(|i| format!("Agent: ticket {i}, card?\nCustomer: 4111 1111 1111 1111\n\n"))
///     .collect();
/// let policy = Policy::default();
/// let mut rescan = Rescan::new();
/// assert_eq!(rescan.scan(&text, &policy), scan(&text, &policy));
/// text.insert_str(200_000, "Customer: SSN is 123-13-7435\n");
/// assert_eq!(rescan.scan(&text, &policy), scan(&text, &policy));
/// assert!(rescan.rescanned() < text.len() / 2);
/// ```
#[derive(Clone, Debug)]
pub struct Rescan {
    piece: usize,
    text: String,
    policy: Option<Policy>,
    entries: Vec<Entry>,
    rescanned: usize,
}

impl Default for Rescan {
    fn default() -> Rescan {
        Rescan::new()
    }
}

impl Rescan {
    /// Nothing scanned yet, pieces of [`SMALL_PIECE`] bytes.
    pub fn new() -> Rescan {
        Rescan::with_piece(SMALL_PIECE)
    }

    /// Nothing scanned yet, pieces of about `piece` bytes (at least 1 KB):
    /// smaller pieces read less again after an edit and more the first
    /// time (each is read with its margins). The result is the same
    /// whatever the piece length.
    pub fn with_piece(piece: usize) -> Rescan {
        Rescan {
            piece: piece.max(MIN_SMALL),
            text: String::new(),
            policy: None,
            entries: Vec::new(),
            rescanned: 0,
        }
    }

    /// Scans `text` under `policy`, reading again only what changed since
    /// the last text, and keeps it for the next; returns exactly what
    /// [`scan`](crate::scan) returns. For a scan in steps, see
    /// [`Scanner::resume`].
    pub fn scan(&mut self, text: &str, policy: &Policy) -> Vec<Finding> {
        let scanner = Scanner::resume(text.to_owned(), policy, self);
        let (found, next) = scanner.finish_keep();
        *self = next;
        found
    }

    /// The last text scanned.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The bytes the last scan read (pieces read with their margins);
    /// pieces taken from the scan before it count nothing.
    pub fn rescanned(&self) -> usize {
        self.rescanned
    }

    /// The pieces of the last text (see [`Rescan`]).
    pub fn pieces(&self) -> Vec<Span> {
        self.entries.iter().map(|e| e.piece).collect()
    }

    /// Forgets the last text: the next scan reads all of its text.
    pub fn clear(&mut self) {
        *self = Rescan::with_piece(self.piece);
    }
}

/// What a [`Scanner::resume`] knows from the last text and keeps for the
/// next.
#[derive(Debug)]
struct Plan {
    piece: usize,
    /// For each piece, its window and whether the header is read.
    keys: Vec<(Span, bool)>,
    /// For each piece, its findings when known from the last text.
    known: Vec<Option<Vec<Finding>>>,
    /// The pieces read so far, for the next scan.
    entries: Vec<Entry>,
    /// The bytes read so far.
    rescanned: usize,
}

impl Plan {
    fn new(
        text: &str,
        policy: &Policy,
        pieces: &[Span],
        last: &Rescan,
    ) -> Plan {
        let whole = pieces.len() <= 1;
        let head_text = if whole { None } else { head(text) };
        let keys: Vec<(Span, bool)> = pieces
            .iter()
            .map(|&p| match whole {
                true => (p, false),
                false => {
                    let w = margin(text, 0, p);
                    let h = head_text
                        .is_some_and(|h| !h.is_empty() && w.start > h.len());
                    (w, h)
                }
            })
            .collect();
        let mut known = vec![None; pieces.len()];
        if last.policy.as_ref() == Some(policy) && !last.entries.is_empty() {
            let old = last.text.as_str();
            let same_head = head(old) == head_text;
            let (prefix, suffix) = common(old.as_bytes(), text.as_bytes());
            let (old_len, new_len) = (old.len(), text.len());
            // From an offset of the new text in the common end to the
            // same byte in the old text, and a finding back.
            let back = |s: Span| {
                Span::new(
                    s.start + old_len - new_len,
                    s.end + old_len - new_len,
                )
            };
            let forth = |f: &Finding| match new_len >= old_len {
                true => f.clone().moved(0, new_len - old_len),
                false => f.clone().moved(old_len - new_len, 0),
            };
            for (k, (&p, &(w, h))) in pieces.iter().zip(&keys).enumerate() {
                if h && !same_head {
                    continue;
                }
                let (was, shifted) = if w.end <= prefix {
                    ((p, w), false)
                } else if w.start >= new_len - suffix {
                    ((back(p), back(w)), true)
                } else {
                    continue;
                };
                let i = last
                    .entries
                    .partition_point(|e| e.piece.start < was.0.start);
                let Some(e) = last.entries.get(i) else { continue };
                if e.piece != was.0 || e.window != was.1 || e.head != h {
                    continue;
                }
                known[k] = Some(match shifted {
                    false => e.found.clone(),
                    true => e.found.iter().map(forth).collect(),
                });
            }
        }
        Plan {
            piece: last.piece,
            keys,
            known,
            entries: Vec::with_capacity(pieces.len()),
            rescanned: 0,
        }
    }

    /// The findings of piece `k` when known from the last text; counts
    /// its window as read when not.
    fn take(&mut self, k: usize) -> Option<Vec<Finding>> {
        let known = self.known.get_mut(k).and_then(Option::take);
        if known.is_none() {
            self.rescanned += self.keys.get(k).map_or(0, |(w, _)| w.len());
        }
        known
    }

    /// Keeps the findings `found` of piece `k`, `piece`, for the next scan.
    fn keep(&mut self, k: usize, piece: Span, found: &[Finding]) {
        if let Some(&(window, head)) = self.keys.get(k) {
            self.entries.push(Entry {
                piece,
                window,
                head,
                found: found.to_vec(),
            });
        }
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
        self.push_in(chunk, out, &InTurn);
    }

    /// As [`push`](Stream::push), with the pieces that are ready read by
    /// `pool`, up to its width at once. The bytes written are the same
    /// whatever the pool; to keep a wide pool busy, push chunks of about
    /// 2 * [`PIECE`] bytes per read it runs at once.
    pub fn push_in(&mut self, chunk: &str, out: &mut String, pool: &dyn Pool) {
        self.buf.push_str(chunk);
        self.run(false, out, pool);
    }

    /// Ends the text: appends the rest of the redacted text to `out`.
    pub fn finish(self, out: &mut String) {
        self.finish_in(out, &InTurn);
    }

    /// As [`finish`](Stream::finish), with the pieces read by `pool`.
    pub fn finish_in(mut self, out: &mut String, pool: &dyn Pool) {
        self.run(true, out, pool);
    }

    /// The bytes of text kept now (for tests of the memory bound).
    pub fn kept(&self) -> usize {
        self.buf.len()
    }

    fn run(&mut self, eof: bool, out: &mut String, pool: &dyn Pool) {
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
                // A JSON document longer than the tokenizer reads is cut
                // into pieces, as `scan` cuts it.
                self.pending = match crate::detect::too_long(self.buf.len()) {
                    true => scan(&self.buf, &self.policy),
                    false => crate::rules::scan_one(&self.buf, &self.policy),
                };
                self.write(self.buf.len(), out);
            }
            return;
        }
        loop {
            // The pieces ready to be read: their end is known and the
            // margin after them is at hand (or the text ends first).
            let mut batch = Vec::new();
            let mut next = self.next;
            let mut known_end = self.end;
            while batch.len() < pool.width().max(1) {
                let end = match known_end.take() {
                    Some(end) => end,
                    None => {
                        let from = next - self.base;
                        let rest = self.buf.get(from..).unwrap_or("");
                        match cut(rest, eof) {
                            Cut::More => break,
                            Cut::At(n) => next + n,
                            Cut::Last => self.base + self.buf.len(),
                        }
                    }
                };
                if !eof && self.base + self.buf.len() <= end + AHEAD {
                    if batch.is_empty() {
                        self.end = Some(end);
                    }
                    break;
                }
                batch.push(Span::new(next - self.base, end - self.base));
                next = end;
                if end >= self.base + self.buf.len() {
                    break;
                }
            }
            if batch.is_empty() {
                return;
            }
            let head = Some(self.head.as_str());
            let (buf, base, policy) =
                (self.buf.as_str(), self.base, &self.policy);
            let read = |i: usize| match batch.get(i) {
                Some(&piece) => scan_piece(buf, base, piece, head, policy),
                None => Vec::new(),
            };
            let found = map_all(pool, batch.len(), &read);
            for (piece, found) in batch.iter().zip(found) {
                let end = self.base + piece.end;
                self.merge.add(&mut self.pending, found, end);
                self.next = end;
                self.end = None;
                self.write(end, out);
            }
            if self.next >= self.base + self.buf.len() {
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
        crate::order::sort_by_key(&mut self.pending, |f| (f.span().start, 0));
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
        let style = self.policy.style;
        redact_into(out, slice, &ready, style, &mut self.numbers);
        self.written = safe;
    }
}
