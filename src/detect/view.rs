//! Stage 0, the view: the text the detector reads, and the way back from
//! its offsets to the text the user gave.
//!
//! Most texts are read as they are. Two kinds are not:
//!
//! - **Decimal digits of other scripts** (full-width `４１１１`,
//!   Arabic-Indic `٤١١١`, Devanagari `४१११`... every Unicode `Nd` digit, see
//!   [`super::digits`]) are read as the ASCII digit of the same value, so a
//!   card written in them is found like any other; with them full-width
//!   Latin letters and solidus, a katakana `ー` typed for a dash and the
//!   invisible bidirectional marks between groups (see [`normal`]).
//! - **JSON** (an object or array, or several one after another as in JSON
//!   lines) is read as the conversation it holds, not as JSON syntax: see
//!   [`super::export`]. Its view has *pages* (the conversation, the texts
//!   with no speaker, the other values), which the detector reads as
//!   separate documents (see [`drafts`]), so a timestamp is never taken for
//!   the answer to the agent's question.
//!
//! The view's text is built from pieces, each recorded as a [`Seg`]: bytes
//! copied from the original, *atoms* (one character standing for a whole
//! escape sequence or a digit of another script) and *synthetic* text (the
//! speaker labels, spaces and line breaks the view adds). [`View::map`]
//! takes a span of the view's text back to spans of the original: copied
//! bytes map byte for byte, an atom touched maps to all of its original
//! bytes, synthetic text maps to nothing, so a finding read across a label
//! or between two JSON strings becomes one part per original piece and
//! never covers JSON syntax. An escape that stands for white space or
//! punctuation (`\n`, `\u2011`) is left out of parts too, so a redaction
//! never cuts or masks an escape sequence. *Shadows* (another rendering of
//! a word) and *mirrors* (a copy of the same bytes elsewhere) add the
//! original bytes that say the same thing as what was found.
//!
//! Memory: one 16-byte segment per piece (runs of copied bytes, of atoms of
//! the same shape and of synthetic text are merged), never a table per
//! byte. Texts over 1 GiB are read as they are.

use super::Draft;
use super::{digits, export, json, markup};
use crate::span::Span;

/// The largest text a view is made for: offsets are `u32`, and a view's
/// text is never more than about twice as long as the original.
const MAX_LEN: usize = 1 << 30;

/// Returns what the detector reads for `c`, when not `c` itself, given the
/// characters before and after it:
///
/// - a decimal digit of any script (`٤`, `４`, `४`): its ASCII digit;
/// - full-width Latin letters, solidus, colon and brackets (`ＣＶＶ`, `／`,
///   `：`, `（`), typed in an East Asian input mode: their ASCII forms (the
///   tokenizer already knows the full-width hyphen, full stop and comma);
/// - the Arabic date separator `؍` (`٠٩؍٢٧`): `/`; the Arabic comma and
///   thousands separator: `,`; the Arabic decimal separator `٫`: `.`;
/// - the katakana long vowel mark `ー` between two digits, typed for a
///   dash (`５４４６ー６３９８`): `-`;
/// - the fraction slash `⁄` and the division slash `∕` between two digits
///   (`01⁄31`, as a word processor writes a date): `/`;
/// - the invisible bidirectional marks (U+061C, U+200E, U+200F, U+202A to
///   U+202E, U+2066 to U+2069) that right-to-left text puts between digit
///   groups: a zero-width space, which the tokenizer reads as a space.
pub(crate) fn normal(c: char, prev: char, next: char) -> Option<char> {
    let is_digit = |c: char| digits::value(c).is_some();
    match c {
        c if c.is_ascii() => None,
        '\u{ff0f}' | '\u{060d}' => Some('/'),
        // A chat's or a form's full-width colon ("お客様：", "有効期限：")
        // and brackets ("オペレーター（佐藤）：").
        '\u{ff1a}' => Some(':'),
        '\u{ff08}' => Some('('),
        '\u{ff09}' => Some(')'),
        '\u{060c}' | '\u{066c}' => Some(','),
        '\u{066b}' => Some('.'),
        '\u{ff21}'..='\u{ff3a}' | '\u{ff41}'..='\u{ff5a}' => {
            char::from_u32(u32::from(c) - 0xff21 + 0x41)
        }
        '\u{30fc}' if is_digit(prev) && is_digit(next) => Some('-'),
        // The fraction and division slashes a word processor puts between
        // digits ("01\u{2044}31").
        '\u{2044}' | '\u{2215}' if is_digit(prev) && is_digit(next) => {
            Some('/')
        }
        '\u{061c}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}' => Some('\u{200b}'),
        // The zero-width characters (format characters, no digit of any
        // script) stay as they are: told at once, without a search of the
        // digit table (a text may hold one between every two digits).
        '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => None,
        // The spaces, dashes, punctuation and symbols of the blocks from
        // General Punctuation to Miscellaneous Symbols and Arrows, and the
        // CJK punctuation: no digit among them (tested in digits.rs), told
        // without a search of the digit table.
        PUNCTUATION_FIRST..=SYMBOLS_LAST | CJK_FIRST..=CJK_LAST => None,
        c => digits::value(c).map(|d| char::from(b'0' + d)),
    }
}

/// The first and last characters of the blocks from General Punctuation
/// to Miscellaneous Symbols and Arrows, and of CJK Symbols and Punctuation
/// (the ideographic space, full stop and brackets): no character of them
/// is a digit of any script.
#[cfg(test)]
pub(crate) const NO_DIGITS: [(char, char); 2] =
    [(PUNCTUATION_FIRST, SYMBOLS_LAST), (CJK_FIRST, CJK_LAST)];
const PUNCTUATION_FIRST: char = '\u{2000}';
const SYMBOLS_LAST: char = '\u{2bff}';
const CJK_FIRST: char = '\u{3000}';
const CJK_LAST: char = '\u{303f}';

/// The most digits a group joined over zero-width characters holds.
const MAX_JOINED: usize = 4;

/// Returns true if the character of `s` at byte `i` is a zero-width one
/// inside a short group of digits (`4\u{200d}99`, `20\u{200b}29`): it shows
/// nothing, so the view reads the group as one (see [`convert`]). In a
/// longer run (a zero-width character between every digit) each stays a
/// place where the run may be cut, as a space is, so that a card inside
/// it is still found.
fn joins_digits(s: &str, i: usize) -> bool {
    let (Some(before), Some(rest)) = (s.get(..i), s.get(i..)) else {
        return false;
    };
    let mut after = rest.chars();
    if !after.next().is_some_and(is_zero_width) {
        return false;
    }
    // The group after, then the one before with what is left of
    // `MAX_JOINED`: read no further than the sum can tell.
    let from = s.len() - after.as_str().len();
    before.chars().next_back().is_some_and(is_digit)
        && after.clone().next().is_some_and(is_digit)
        && MAX_JOINED
            .checked_sub(count_after(s, from, MAX_JOINED))
            .is_some_and(|left| count(before.chars().rev(), left) <= left)
}

/// A zero-width character: format characters that show nothing.
fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}')
}

fn is_digit(c: char) -> bool {
    digits::value(c).is_some()
}

/// The digits of a group on one side of a zero-width character, up to
/// one more than `most`, read over a few characters at most: a group of
/// more (a run of zero-width characters) counts as too long, and no run is
/// walked to its end. (A zero-width character is no digit: told first, it
/// needs no search of the digit table.)
fn count(chars: impl Iterator<Item = char>, most: usize) -> usize {
    let mut digits = 0;
    for (n, c) in chars.enumerate() {
        if is_zero_width(c) {
        } else if is_digit(c) {
            digits += 1;
        } else {
            break;
        }
        if digits > most || n >= 4 * MAX_JOINED {
            return most + 1;
        }
    }
    digits
}

/// [`count`] of the characters of `s` from byte `from` on, with ASCII
/// digits and the zero-width characters told by their bytes (the digits
/// of a long run with a zero-width character between every two are read
/// for each of them), any other character decoded.
fn count_after(s: &str, from: usize, most: usize) -> usize {
    let bytes = s.as_bytes();
    let mut digits = 0;
    let mut at = from;
    for n in 0.. {
        // The character at `at`: a digit or not, and its width; or the
        // end of the group.
        let (digit, width) = match bytes.get(at) {
            None => break,
            Some(b) if b.is_ascii_digit() => (true, 1),
            Some(b) if b.is_ascii() => break,
            Some(0xe2) => match bytes.get(at + 1..at + 3) {
                Some([0x80, 0x8b..=0x8d] | [0x81, 0xa0]) => (false, 3),
                _ => match s.get(at..).and_then(|r| r.chars().next()) {
                    Some(c) if is_digit(c) => (true, c.len_utf8()),
                    _ => break,
                },
            },
            Some(0xef)
                if bytes.get(at + 1..at + 3) == Some(&[0xbb, 0xbf][..]) =>
            {
                (false, 3)
            }
            Some(_) => match s.get(at..).and_then(|r| r.chars().next()) {
                Some(c) if is_zero_width(c) => (false, c.len_utf8()),
                Some(c) if is_digit(c) => (true, c.len_utf8()),
                _ => break,
            },
        };
        digits += usize::from(digit);
        if digits > most || n >= 4 * MAX_JOINED {
            return most + 1;
        }
        at += width;
    }
    digits
}

/// The first byte at or after `from` that is 0xD8 or more, `&`, `<`, `%`,
/// `+` or `\\`, or `=` in quoted-printable text (`qp`): eight bytes at a
/// time while they are all ASCII with none of them (most text), then byte
/// by byte.
#[inline]
fn next_special(bytes: &[u8], mut from: usize, qp: bool) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // True if some byte of `x` is zero.
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    while let Some(&b) = bytes.get(from) {
        let eight = bytes
            .get(from..from + 8)
            .and_then(|c| <[u8; 8]>::try_from(c).ok())
            .map(u64::from_ne_bytes);
        match eight {
            Some(x)
                if x & HIGH == 0
                    && !zero(x ^ (ONES * u64::from(b'&')))
                    && !zero(x ^ (ONES * u64::from(b'<')))
                    && !zero(x ^ (ONES * u64::from(b'%')))
                    && !zero(x ^ (ONES * u64::from(b'+')))
                    && !zero(x ^ (ONES * u64::from(b'\\')))
                    && !(qp && zero(x ^ (ONES * u64::from(b'=')))) =>
            {
                from += 8
            }
            _ if b >= 0xd8
                || matches!(b, b'&' | b'<' | b'%' | b'+' | b'\\')
                || (qp && b == b'=') =>
            {
                return Some(from);
            }
            _ => from += 1,
        }
    }
    None
}

/// What the view reads for the text of `s` at byte `i`, a byte that
/// [`next_special`] found, when not that text itself: the length of the
/// original it stands for, the character and how it relates:
///
/// - a character [`normal`] changes, as an atom;
/// - a zero-width character between two digits, with the digit after it,
///   as that digit (an atom): it shows nothing, so `4\u{200d}99` is read
///   as `499`, not as a digit and a group;
/// - an HTML character reference or a bare tag ([`markup`]): a reference
///   to a letter or digit as an atom, any other, and a tag, as markup
///   inside a finding only (never at the edge of a part, so a part never
///   cuts one, but redacted with the digits around it: `12&#47;29`);
/// - a percent escape of a web address or a form that stands for a space
///   or punctuation ([`markup::percent`]: `08%2F27`), and a `+` between
///   two digits, a form's space (`3056+930902+5904`), as markup;
/// - the escapes `\\n`, `\\r` and `\\t` of a string copied out of a log
///   line, a JSON fragment or source code (`"Card: 4539...\\nExp:
///   12/27"`, `note\\t4539...`): the line break or the tab they stand
///   for, as white space written as an escape (never in a part), with
///   every backslash before it (`\\\\n`, escaped again).
/// - in quoted-printable text (`qp`, see [`markup::quoted_printable`]),
///   its escapes of a space or punctuation as markup, and its soft line
///   breaks as nothing at all (`4539=\\n1488` is read `45391488`).
fn convert(s: &str, i: usize, qp: bool) -> Option<(usize, char, Rel)> {
    let rest = s.get(i..)?;
    match rest.as_bytes().first()? {
        // (A soft line break stands for nothing: NUL, never added.)
        b'=' if qp => {
            let (len, c) = markup::quoted(rest.as_bytes())?;
            Some((len, c.unwrap_or('\0'), Rel::Inner))
        }
        b'&' => {
            let (len, c) = markup::reference(rest.as_bytes())?;
            let c = normal(c, ' ', ' ').unwrap_or(c);
            let rel = if c.is_alphanumeric() { Rel::Atom } else { Rel::Inner };
            Some((len, c, rel))
        }
        b'<' => {
            let (len, c) = markup::tag(rest.as_bytes())?;
            Some((len, c, Rel::Inner))
        }
        b'%' => {
            let (len, c) = markup::percent(rest.as_bytes())?;
            Some((len, c, Rel::Inner))
        }
        b'\\' => {
            // From the first backslash of a run: an escape escaped again
            // (`\\\\n` in a log line that quotes JSON) is still one.
            if i > 0 && s.as_bytes().get(i - 1) == Some(&b'\\') {
                return None;
            }
            let slashes = rest.bytes().take(8).take_while(|&b| b == b'\\');
            let n = slashes.count();
            let c = match rest.as_bytes().get(n)? {
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                _ => return None,
            };
            Some((n + 1, c, Rel::Glue))
        }
        // A form's escaped space between digits: "cc=3056+930902+5904".
        b'+' => {
            let digit = |b: Option<&u8>| b.is_some_and(u8::is_ascii_digit);
            let bytes = s.as_bytes();
            (digit(bytes.get(i + 1)) && i > 0 && digit(bytes.get(i - 1)))
                .then_some((1, ' ', Rel::Inner))
        }
        _ => {
            let mut chars = rest.chars();
            let c = chars.next()?;
            let next = chars.next().unwrap_or(' ');
            let prev = s.get(..i)?.chars().next_back().unwrap_or(' ');
            if let Some(n) = normal(c, prev, next) {
                return Some((c.len_utf8(), n, Rel::Atom));
            }
            if joins_digits(s, i) {
                let n = normal(next, c, chars.next().unwrap_or(' '));
                return Some((
                    c.len_utf8() + next.len_utf8(),
                    n.unwrap_or(next),
                    Rel::Atom,
                ));
            }
            None
        }
    }
}

/// Returns true if the view changes some part of `text` (see
/// [`convert`]). Only the bytes [`next_special`] finds are decoded, with
/// their neighbours.
#[cfg(test)]
fn changes(text: &str) -> bool {
    first_change(text, markup::quoted_printable(text)).is_some()
}

/// The first byte of `text` where the view changes it (see [`convert`]),
/// if any.
fn first_change(text: &str, qp: bool) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(|| {
        let i = next_special(bytes, at, qp)?;
        at = i + 1;
        Some(i)
    })
    .find(|&i| convert(text, i, qp).is_some())
}

/// How a segment of the view's text relates to the original.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rel {
    /// The same bytes (or one ASCII byte shown as another: `_` as a space).
    Copy,
    /// Each atom stands for `ow` original bytes as a whole.
    Atom,
    /// Like `Atom`, but for white space or punctuation written as an
    /// escape (`\u00a0`, `\n`, `%20`, `=20`): an atom maps to its original
    /// bytes when the span has some of the view's text on both sides of it
    /// (the escape's digits inside a card are the card's: "4290\u00a05722"
    /// is hidden whole), else to nothing.
    Glue,
    /// Like `Glue`, for HTML markup (`&nbsp;`, `</p>`).
    Inner,
    /// Added by the view: maps to nothing.
    Synth,
}

/// A run of the view's text: `n` units of `vw` bytes in the view, each
/// standing for `ow` bytes of the original from `o` on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Seg {
    v: u32,
    o: u32,
    n: u32,
    vw: u8,
    ow: u8,
    rel: Rel,
}

impl Seg {
    fn vlen(&self) -> usize {
        self.n as usize * usize::from(self.vw)
    }

    fn vend(&self) -> usize {
        self.v as usize + self.vlen()
    }
}

/// Builds a view's text piece by piece.
#[derive(Debug, Default)]
pub(crate) struct Builder {
    text: String,
    segs: Vec<Seg>,
    /// Whether the text is quoted-printable (see [`convert`]).
    qp: bool,
    /// (span in the view, span of the original): the original bytes are
    /// redacted whenever a finding touches the view's span.
    shadows: Vec<(Span, Span)>,
    /// (original, copy): see [`Builder::mirror`].
    mirrors: Vec<(Span, Span)>,
    /// Where each page but the first starts: see [`Builder::page`].
    pages: Vec<usize>,
}

impl Builder {
    /// Starts a new page here: the text from here on is read apart from
    /// the text before, as another document.
    pub(crate) fn page(&mut self) {
        if !self.text.is_empty() {
            self.pages.push(self.text.len());
        }
    }

    /// The length of the text so far.
    pub(crate) fn len(&self) -> usize {
        self.text.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    fn push(&mut self, seg: Seg) {
        if seg.n == 0 {
            return;
        }
        if let Some(last) = self.segs.last_mut() {
            let joins = last.rel == seg.rel
                && last.vend() == seg.v as usize
                && match seg.rel {
                    Rel::Synth => true,
                    _ => {
                        last.vw == seg.vw
                            && last.ow == seg.ow
                            && last.o as usize
                                + last.n as usize * usize::from(last.ow)
                                == seg.o as usize
                    }
                };
            if joins {
                last.n += seg.n;
                return;
            }
        }
        self.segs.push(seg);
    }

    /// Adds text that is not in the original.
    pub(crate) fn synth(&mut self, s: &str) {
        let v = self.text.len() as u32;
        self.text.push_str(s);
        self.push(Seg {
            v,
            o: 0,
            n: s.len() as u32,
            vw: 1,
            ow: 0,
            rel: Rel::Synth,
        });
    }

    /// Adds `s`, the original bytes from `at` on, as they are.
    fn copy(&mut self, at: usize, s: &str) {
        let v = self.text.len() as u32;
        self.text.push_str(s);
        self.push(Seg {
            v,
            o: at as u32,
            n: s.len() as u32,
            vw: 1,
            ow: 1,
            rel: Rel::Copy,
        });
    }

    /// Adds the original byte at `at`, shown as the ASCII byte `b`.
    pub(crate) fn copy_byte(&mut self, at: usize, b: u8) {
        let v = self.text.len() as u32;
        self.text.push(char::from(b & 0x7f));
        self.push(Seg { v, o: at as u32, n: 1, vw: 1, ow: 1, rel: Rel::Copy });
    }

    /// Adds `s`, the original bytes from `at` on, with what the view
    /// changes changed (see [`convert`]).
    pub(crate) fn source(&mut self, at: usize, s: &str) {
        self.source_from(at, s, 0);
    }

    /// [`Builder::source`], when nothing before byte `from` of `s` is
    /// changed (the first change, known already): those bytes are not
    /// read again.
    fn source_from(&mut self, at: usize, s: &str, mut from: usize) {
        let bytes = s.as_bytes();
        let mut run = 0;
        let qp = self.qp;
        while let Some(i) = next_special(bytes, from, qp) {
            from = i + 1;
            let Some((len, c, rel)) = convert(s, i, qp) else { continue };
            self.copy(at + run, s.get(run..i).unwrap_or(""));
            if c != '\0' {
                self.push_atom(Span::new(at + i, at + i + len), c, rel);
            }
            run = i + len;
            from = run;
        }
        self.copy(at + run, s.get(run..).unwrap_or(""));
    }

    /// Adds the character `c` standing for the escape sequence at `orig`
    /// (changed as [`normal`] says, out of context). A finding that
    /// touches it takes all of `orig`, unless it is white space or
    /// punctuation: then it is never in a part, so that a part never cuts
    /// or masks an escape.
    pub(crate) fn atom(&mut self, orig: Span, c: char) {
        let c = normal(c, ' ', ' ').unwrap_or(c);
        let rel = if c.is_alphanumeric() { Rel::Atom } else { Rel::Glue };
        self.push_atom(orig, c, rel);
    }

    /// Adds `c` for the original bytes `orig`, related as `rel` says.
    fn push_atom(&mut self, orig: Span, c: char, rel: Rel) {
        let v = self.text.len() as u32;
        self.text.push(c);
        self.push(Seg {
            v,
            o: orig.start as u32,
            n: 1,
            vw: c.len_utf8() as u8,
            ow: orig.len().min(255) as u8,
            rel,
        });
    }

    /// Records that the original bytes `orig` say the same as the view's
    /// span `virt` (another rendering of the same word).
    pub(crate) fn shadow(&mut self, virt: Span, orig: Span) {
        if !virt.is_empty() && !orig.is_empty() {
            self.shadows.push((virt, orig));
        }
    }

    /// Records that the original bytes `dst` are a copy of the original
    /// bytes `src` (the same bytes, in a whole transcript written next to
    /// its turns): whatever is redacted in `src` is redacted in `dst` at
    /// the same offsets.
    pub(crate) fn mirror(&mut self, src: Span, dst: Span) {
        if !src.is_empty() && src.len() == dst.len() {
            self.mirrors.push((src, dst));
        }
    }

    /// Returns the text so far.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// Adds everything built in `other`.
    pub(crate) fn append(&mut self, other: Builder) {
        let shift = self.text.len();
        self.text.push_str(&other.text);
        for mut s in other.segs {
            s.v += shift as u32;
            self.push(s);
        }
        self.shadows.extend(
            other
                .shadows
                .into_iter()
                .map(|(v, o)| (Span::new(v.start + shift, v.end + shift), o)),
        );
        self.mirrors.extend(other.mirrors);
        self.pages.extend(other.pages.into_iter().map(|p| p + shift));
    }

    fn finish(mut self) -> View {
        self.shadows.sort_unstable();
        self.mirrors.sort_unstable();
        let mut pages = vec![0];
        pages.extend(self.pages);
        pages.push(self.text.len());
        View {
            text: self.text,
            segs: self.segs,
            shadows: self.shadows,
            mirrors: self.mirrors,
            pages,
        }
    }
}

/// The text the detector reads, when it is not the original, and the map
/// back.
#[derive(Debug)]
pub(crate) struct View {
    text: String,
    segs: Vec<Seg>,
    shadows: Vec<(Span, Span)>,
    /// (original, copy), sorted; the originals never overlap but may
    /// repeat (one turn copied in two transcripts).
    mirrors: Vec<(Span, Span)>,
    /// The bounds of the pages: 0, the start of each next page, the end.
    pages: Vec<usize>,
}

/// Finds the drafts of `text` with `detect`: on `text` itself when it is
/// read as it is, else on each page of its view, with the parts mapped
/// back to `text`.
pub(super) fn drafts(
    text: &str,
    detect: impl Fn(&str) -> Vec<Draft>,
) -> Vec<Draft> {
    let Some(view) = View::of(text) else { return detect(text) };
    let mut drafts = Vec::new();
    for page in view.pages.windows(2) {
        let Some(page_text) = view.text.get(page[0]..page[1]) else {
            continue;
        };
        for mut d in detect(page_text) {
            for p in &mut d.parts {
                *p = Span::new(p.start + page[0], p.end + page[0]);
            }
            drafts.push(d);
        }
    }
    view.map_drafts(text, &mut drafts);
    drafts
}

impl View {
    /// Prepares the view of `text`, or returns `None` when the detector
    /// reads `text` itself: not JSON and no digit outside ASCII (a byte
    /// scan, no decoding, for ASCII and Latin-1 text).
    pub(crate) fn of(text: &str) -> Option<View> {
        if text.len() > MAX_LEN {
            return None;
        }
        if json::looks_like_json(text) {
            if let Some(mut tape) = json::parse(text) {
                return Some(export::build(text, &mut tape).finish());
            }
        }
        // The bytes before the first change are read once, not again by
        // the builder.
        let qp = markup::quoted_printable(text);
        let first = first_change(text, qp)?;
        let mut b = Builder { qp, ..Builder::default() };
        b.source_from(0, text, first);
        Some(b.finish())
    }

    /// Appends to `out` the spans of the original that `span` of the view's
    /// text stands for, in the order of the view, merging spans that touch.
    /// They fall on `char` boundaries of the original and are never empty.
    pub(crate) fn map(&self, span: Span, out: &mut Vec<Span>) {
        let (a, b) = (span.start, span.end);
        let k = self.segs.partition_point(|s| s.vend() <= a);
        for s in &self.segs[k..] {
            let v = s.v as usize;
            if v >= b {
                break;
            }
            let lo = a.max(v) - v;
            let hi = b.min(s.vend()) - v;
            let o = s.o as usize;
            let piece = match s.rel {
                Rel::Copy => Span::new(o + lo, o + hi),
                Rel::Atom => {
                    let (vw, ow) = (usize::from(s.vw), usize::from(s.ow));
                    Span::new(o + lo / vw * ow, o + hi.div_ceil(vw) * ow)
                }
                Rel::Glue | Rel::Inner => {
                    // The atoms with some of `span` on both sides.
                    let (vw, ow) = (usize::from(s.vw), usize::from(s.ow));
                    let from = if a < v { 0 } else { (a - v) / vw + 1 };
                    let to = if b > s.vend() {
                        s.n as usize
                    } else {
                        (b - v).saturating_sub(1) / vw
                    };
                    Span::new(o + from * ow, o + to.max(from) * ow)
                }
                Rel::Synth => continue,
            };
            if piece.is_empty() {
                continue;
            }
            match out.last_mut() {
                Some(last)
                    if last.end >= piece.start
                        && last.start <= piece.start =>
                {
                    last.end = last.end.max(piece.end);
                }
                _ => out.push(piece),
            }
        }
    }

    /// Appends the originals of the shadows that `span` of the view's text
    /// touches.
    fn shadows_of(&self, span: Span, out: &mut Vec<Span>) {
        let k = self.shadows.partition_point(|s| s.0.end <= span.start);
        out.extend(
            self.shadows[k..]
                .iter()
                .take_while(|s| s.0.start < span.end)
                .filter(|s| s.0.overlaps(span))
                .map(|s| s.1),
        );
    }

    /// Appends the copies of the original bytes `span` (see
    /// [`Builder::mirror`]).
    fn mirrors_of(&self, span: Span, out: &mut Vec<Span>) {
        let k = self.mirrors.partition_point(|m| m.0.end <= span.start);
        for &(src, dst) in &self.mirrors[k..] {
            if src.start >= span.end {
                break;
            }
            let a = span.start.max(src.start) - src.start;
            let b = span.end.min(src.end) - src.start;
            if a < b {
                out.push(Span::new(dst.start + a, dst.start + b));
            }
        }
    }

    /// Maps the parts of every draft back to the original: sorted, disjoint,
    /// non-empty parts that touch merged, and no byte in two drafts (the
    /// first in the original keeps it). A piece of `original` with no letter
    /// or digit is no part (a word array's punctuation item, `","`, between
    /// the words of a card: nothing to hide). Drafts left with no part go.
    pub(super) fn map_drafts(&self, original: &str, drafts: &mut Vec<Draft>) {
        let mut all: Vec<(Span, usize)> = Vec::new();
        let mut buf = Vec::new();
        for (i, d) in drafts.iter().enumerate() {
            buf.clear();
            for &p in &d.parts {
                self.map(p, &mut buf);
                self.shadows_of(p, &mut buf);
            }
            // Copies of copies too (words to words to a transcript), a
            // bounded number of times.
            let mut k = 0;
            let cap = 4 * buf.len() + 64;
            while k < buf.len() && buf.len() < cap {
                self.mirrors_of(buf[k], &mut buf);
                k += 1;
            }
            let said = |s: &Span| {
                original
                    .get(s.range())
                    .is_some_and(|t| t.chars().any(char::is_alphanumeric))
            };
            all.extend(buf.iter().filter(|s| said(s)).map(|&s| (s, i)));
        }
        // At the same start, the longest part first: one finding over a
        // whole phrase rather than several over its words.
        all.sort_unstable_by_key(|&(s, i)| {
            (s.start, std::cmp::Reverse(s.end), i)
        });
        let mut parts: Vec<Vec<Span>> = vec![Vec::new(); drafts.len()];
        let mut covered = 0;
        for (s, i) in all {
            let start = s.start.max(covered);
            if start >= s.end {
                continue;
            }
            covered = s.end;
            let p = &mut parts[i];
            match p.last_mut() {
                Some(last) if last.end == start => last.end = s.end,
                _ => p.push(Span::new(start, s.end)),
            }
        }
        for (d, p) in drafts.iter_mut().zip(parts) {
            d.parts = p;
        }
        drafts.retain(|d| !d.parts.is_empty());
    }
}

#[cfg(test)]
mod tests;
