//! Layout: whether a text is a conversation (a call transcript or a chat
//! log) and, if so, its turns: who speaks, and which bytes are what they
//! said as opposed to speaker labels, timestamps and cue lines.
//!
//! A turn is one speaker's contribution: a line `Customer: ...`, a cue of a
//! WebVTT or SRT file, a chat message, or the lines under a header such as
//! `Agent 0:29`. Text that is not a conversation (notes, emails) is one turn
//! with no speaker.
//!
//! Recognised layouts include `Agent:` / `Customer:`, `A:` / `C:`,
//! `Speaker 1 (00:34):`, `[00:00:29] spk_0:`, `00:30 Agent:`,
//! `Jenna (Agent) (16:02):`, `[8:23 PM] Name:`, `20:14 | agent | ...`,
//! WebVTT and SRT cues with or without `<v Name>` tags, and a label and a
//! timestamp alone on a line with the words on the lines below.

use std::cell::Cell;
use std::collections::HashMap;
use std::ops::Range;

use super::bytes::trim;
use super::lexicon;
use super::token::{self, Token};
use crate::span::Span;

/// The speaker id of turns whose speaker is not known.
pub(crate) const UNKNOWN: u32 = u32::MAX;

/// One turn of a conversation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Turn {
    /// Index of the speaker, or [`UNKNOWN`].
    pub(crate) speaker: u32,
    /// The speaker label and timestamps that introduce the turn; empty when
    /// there is none.
    pub(crate) header: Span,
    /// What was said: from the first byte of the first content line to the
    /// end of the last. Never includes a header or a cue line.
    pub(crate) content: Span,
}

/// The turns of a text.
#[derive(Clone, Debug)]
pub(crate) struct Layout {
    /// The turns in text order; their content spans are disjoint.
    pub(crate) turns: Vec<Turn>,
    /// True if the text is a conversation between labelled speakers.
    pub(crate) conversation: bool,
    /// The tokens of each turn's content: those that start inside it (the
    /// header's are not), found once for every stage that reads a turn.
    pub(crate) tokens: Vec<Range<usize>>,
    /// Where [`Layout::turn_at`] found the last turn: the next search
    /// starts there (the passes ask mostly in text order). Boxed, as
    /// `Labels::last` is, so that a `&Layout` stays read-only.
    last: Box<Cell<usize>>,
}

impl Layout {
    /// Returns the index of the turn whose content contains `offset`.
    /// Searched from the turn found last, by galloping (see `near`): a
    /// binary search over a long text's turns read a far cache line at
    /// each step, for every number (3% of the time on realistic text).
    pub(crate) fn turn_at(&self, offset: usize) -> Option<usize> {
        let i =
            super::near::partition_near(&self.turns, self.last.get(), |t| {
                t.content.start <= offset
            });
        self.last.set(i);
        let i = i.checked_sub(1)?;
        (offset < self.turns.get(i)?.content.end).then_some(i)
    }

    /// [`Layout::turn_at`] for offsets asked in text order, as a pass over
    /// the lines asks them: `from` is the last turn found, and the search
    /// steps on from it (a search from the start when the offset lies
    /// before it).
    pub(crate) fn turn_at_from(
        &self,
        offset: usize,
        from: &mut usize,
    ) -> Option<usize> {
        let starts_by = |i: usize| {
            self.turns.get(i).is_some_and(|t| t.content.start <= offset)
        };
        if !starts_by(*from) {
            *from = self.turns.partition_point(|t| t.content.start <= offset);
            *from = from.saturating_sub(1);
        }
        while starts_by(*from + 1) {
            *from += 1;
        }
        let t = self.turns.get(*from)?;
        (t.content.start <= offset && offset < t.content.end).then_some(*from)
    }
}

/// What one line is.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Line {
    Blank,
    /// A line that carries no speech: `WEBVTT`, a cue timing line, an SRT
    /// cue number.
    Structure,
    /// A header with the speech on the same line, starting at `content`.
    Inline {
        /// The label's bytes in the labels' text (see [`classify`]).
        label: Span,
        header_end: usize,
        content: usize,
        end: usize,
        timed: bool,
    },
    /// A clock time alone on its line, as chat tools copy it under each
    /// message (`3:31 PM`): no speech, and no end of the turn.
    Stamp,
    /// A header alone on its line (`Agent 0:29`); the speech follows.
    Alone {
        label: Span,
        timed: bool,
        /// One word alone ("Julio"; see [`one_name_line`]): a speaker only
        /// beside another (see [`split_turns`]).
        one: bool,
    },
    Content,
}

/// Splits `text`, cut into `tokens`, into turns.
pub(crate) fn layout(text: &str, tokens: &[Token]) -> Layout {
    let mut layout = split_turns(text);
    layout.tokens = token_ranges(&layout.turns, tokens);
    layout
}

/// The tokens of each of `turns`, in one walk over the turns: each
/// boundary is found by galloping from the one before, so the work is
/// that of the turns, not of the tokens (a note is one turn).
fn token_ranges(turns: &[Turn], tokens: &[Token]) -> Vec<Range<usize>> {
    // The first token from `k` on that starts at or after `at`.
    let first_from = |k: usize, at: usize| -> usize {
        let rest = tokens.get(k..).unwrap_or_default();
        let mut step = 1;
        while rest.get(step - 1).is_some_and(|t| t.span().start < at) {
            step *= 2;
        }
        // Before `step / 2` every token starts before `at`; at `step - 1`
        // (if there is one) no longer.
        let lo = (step / 2).min(rest.len());
        let hi = step.min(rest.len());
        k + lo
            + rest
                .get(lo..hi)
                .unwrap_or_default()
                .partition_point(|t| t.span().start < at)
    };
    let mut k = 0;
    turns
        .iter()
        .map(|turn| {
            let a = first_from(k, turn.content.start);
            let b = first_from(a, turn.content.end);
            k = b;
            a..b
        })
        .collect()
}

/// The turns of `text` (their tokens not yet found).
fn split_turns(text: &str) -> Layout {
    let lines = lines(text);
    let (kinds, names) = classify(text, &lines);

    // A text is a conversation if some speaker labels recur or name a role.
    // Each line's label is looked up once: `entry` is its place in
    // `counts`. Every label is counted, however many: a day's export holds
    // hundreds of chats, each with its customer's name (a list of the
    // first 64 labels left every later customer's lines untrusted, and
    // what they answered unread as an answer).
    let mut counts: Vec<(&str, usize)> = Vec::new();
    let mut place: HashMap<&str, usize> = HashMap::new();
    // The last few labels seen: a conversation's speakers take turns, so
    // most lines need no hashing.
    let mut recent: [(&str, usize); 4] = [("", usize::MAX); 4];
    let mut entry: Vec<Option<usize>> = Vec::with_capacity(kinds.len());
    for k in &kinds {
        let e = match k {
            Line::Inline { label, .. } | Line::Alone { label, .. } => {
                let label = label.of(&names);
                let seen =
                    recent.iter().find(|r| r.0 == label && r.1 != usize::MAX);
                let i = match seen {
                    Some(&(_, i)) => i,
                    None => {
                        // Past 64 labels, room at once for a label on
                        // every header line left: a day's export of chats
                        // holds a new name on most lines, and a map grown
                        // by doubling hashed each label again at every
                        // step (many-speakers, 81.49 to 77.82 million
                        // instructions). A text of fewer labels never
                        // counts its lines (at 8, counting them cost
                        // realistic 0.14 million).
                        if place.len() == 64 {
                            // (`entry` holds one place for each line before.)
                            place.reserve(headers(kinds.get(entry.len()..)));
                        }
                        let i = *place.entry(label).or_insert_with(|| {
                            counts.push((label, 0));
                            counts.len() - 1
                        });
                        recent.rotate_right(1);
                        recent[0] = (label, i);
                        i
                    }
                };
                if let Some(c) = counts.get_mut(i) {
                    c.1 += 1;
                }
                Some(i)
            }
            _ => None,
        };
        entry.push(e);
    }
    // A label recurs or names a role. A name alone on its line as one
    // word ("Julio") is a speaker only beside another speaker: a role, a
    // longer label, or a second such name ("Summary" twice in a note is
    // none).
    let mut one_word = vec![false; counts.len()];
    for (k, e) in kinds.iter().zip(&entry) {
        if let (Line::Alone { one: true, .. }, Some(e)) = (k, e) {
            if let Some(w) = one_word.get_mut(*e) {
                *w = true;
            }
        }
    }
    let mut trusted_entry: Vec<bool> =
        counts.iter().map(|&(l, n)| n >= 2 || names_a_role(l)).collect();
    let (mut others, mut alone) = (0, 0);
    for ((&t, &w), &(l, _)) in trusted_entry.iter().zip(&one_word).zip(&counts)
    {
        match (t, w && !names_a_role(l)) {
            (true, false) => others += 1,
            (true, true) => alone += 1,
            _ => {}
        }
    }
    if others == 0 && alone < 2 {
        for ((t, &w), &(l, _)) in
            trusted_entry.iter_mut().zip(&one_word).zip(&counts)
        {
            if w && !names_a_role(l) {
                *t = false;
            }
        }
    }
    // The label of line `i` recurs or names a role. The label is read
    // from `names` only for a line with no place in `counts` (no header
    // line lacks one), not cut out of it for each header line in the two
    // passes below (the 1 MB text: 269.77 to 268.98 million
    // instructions).
    let trusted = |i: usize, label: Span| -> bool {
        match entry.get(i).copied().flatten() {
            Some(e) => trusted_entry.get(e).copied().unwrap_or(false),
            None => names_a_role(label.of(&names)),
        }
    };
    let header_lines = kinds
        .iter()
        .enumerate()
        .filter(|(i, k)| match k {
            Line::Inline { label, .. } | Line::Alone { label, .. } => {
                trusted(*i, *label)
            }
            _ => false,
        })
        .count();
    let cues = kinds.iter().filter(|k| **k == Line::Structure).count();
    let conversation = header_lines >= 2 || cues >= 2;
    // In a conversation, a timestamped header names a speaker even if that
    // speaker says only one thing.
    let is_speaker = |i: usize, label: Span, timed: bool| -> bool {
        trusted(i, label) || timed
    };
    if !conversation {
        let whole = Span::new(0, text.len());
        return Layout {
            last: Box::new(Cell::new(0)),
            turns: vec![Turn {
                speaker: UNKNOWN,
                header: Span::new(0, 0),
                content: whole,
            }],
            conversation: false,
            tokens: Vec::new(),
        };
    }

    // Each label's speaker id, by its place in `counts`: ids are given in
    // order of first appearance as a speaker.
    let mut ids: Vec<Option<u32>> = vec![None; counts.len()];
    let mut next_id = 0;
    let mut speaker_id = |i: usize| -> u32 {
        let slot =
            entry.get(i).copied().flatten().and_then(|e| ids.get_mut(e));
        match slot {
            Some(Some(id)) => *id,
            Some(slot) => {
                *slot = Some(next_id);
                next_id += 1;
                next_id - 1
            }
            // Every header line has a place in `counts`.
            None => UNKNOWN,
        }
    };
    let mut turns: Vec<Turn> = Vec::new();
    // The turn being built: its speaker, header and content so far.
    let mut open: Option<Turn> = None;
    let close = |open: &mut Option<Turn>, turns: &mut Vec<Turn>| {
        if let Some(t) = open.take() {
            if !t.content.is_empty() {
                turns.push(t);
            }
        }
    };
    for (i, (line, kind)) in lines.iter().zip(&kinds).enumerate() {
        match kind {
            Line::Blank | Line::Structure => close(&mut open, &mut turns),
            Line::Stamp => {}
            Line::Inline { label, header_end, content, end, timed }
                if is_speaker(i, *label, *timed) =>
            {
                close(&mut open, &mut turns);
                let speaker = speaker_id(i);
                let header = Span::new(line.start, *header_end);
                let end = (*end).min(line.end);
                let start = (*content).min(end);
                open = Some(Turn {
                    speaker,
                    header,
                    content: Span::new(start, end),
                });
                if end < line.end {
                    // The rest of the line is not speech (JSON after the
                    // text field).
                    close(&mut open, &mut turns);
                }
            }
            Line::Alone { label, timed, .. }
                if is_speaker(i, *label, *timed) =>
            {
                close(&mut open, &mut turns);
                let speaker = speaker_id(i);
                open = Some(Turn {
                    speaker,
                    header: *line,
                    // Empty until a content line arrives.
                    content: Span::new(line.end, line.end),
                });
            }
            _ => match &mut open {
                Some(t) if t.content.is_empty() => {
                    t.content = *line;
                }
                Some(t) => t.content.end = line.end,
                None => {
                    open = Some(Turn {
                        speaker: UNKNOWN,
                        header: Span::new(line.start, line.start),
                        content: *line,
                    });
                }
            },
        }
    }
    close(&mut open, &mut turns);
    Layout {
        turns,
        conversation: true,
        tokens: Vec::new(),
        last: Box::new(Cell::new(0)),
    }
}

/// How many of `kinds` are header lines (none for `None`). Kept out of
/// [`split_turns`]'s loop: only a text of many labels asks.
#[cold]
#[inline(never)]
fn headers(kinds: Option<&[Line]>) -> usize {
    let header =
        |k: &&Line| matches!(k, Line::Inline { .. } | Line::Alone { .. });
    kinds.unwrap_or_default().iter().filter(header).count()
}

/// The spans of the lines of `text`, without their line breaks.
fn lines(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    // Sized once: a text of one digit per line has a hundred thousand
    // lines per piece, and the table grown by doubling was copied as it
    // went (`\r` and the rarer breaks alone are not counted: those grow).
    let mut out = Vec::with_capacity(super::bytes::count(bytes, b'\n') + 1);
    let mut start = 0;
    let mut i = 0;
    loop {
        i = next_break_byte(bytes, i);
        let Some(&b) = bytes.get(i) else { break };
        let (is_break, width) = match b {
            b'\n' => (true, 1),
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => (true, 2),
            b'\r' => (true, 1),
            // U+2028 and U+2029 (E2 80 A8/A9), U+0085 (C2 85).
            0xe2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xa8 | 0xa9)) =>
            {
                (true, 3)
            }
            0xc2 if bytes.get(i + 1) == Some(&0x85) => (true, 2),
            _ => (false, 1),
        };
        if is_break {
            out.push(Span::new(start, i));
            start = i + width;
        }
        i += width;
    }
    out.push(Span::new(start, text.len()));
    out
}

/// The first byte from `i` on that may begin a line break: `\n`, `\r`,
/// or the first byte of U+0085 (C2) or of U+2028 and U+2029 (E2); the
/// length of `bytes` if none does.
///
/// Eight bytes at a time, by two tests where a search for four bytes
/// (`find_any`) makes four: whether a byte is below `0E` (`\n` and `\r`
/// are, and so are a tab and other controls) and whether one is above
/// `7F` (C2 and E2 are, and so is any byte of a character that is not
/// ASCII). Where either holds, the four bytes are looked for exactly in
/// the word, and the search goes on if none is there: in ASCII text
/// without tabs every word with no break is passed at the first test.
/// The 1 MB mixed text (no C2 or E2 in it): 5.07 million instructions
/// here before, 272.84 to 269.77 million in all.
fn next_break_byte(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES << 7;
    // Not zero if some byte of `x` is zero, and then its lowest flagged
    // byte is the first zero byte (a borrow only flags bytes above one).
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    while let Some(word) =
        bytes.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok())
    {
        let x = u64::from_le_bytes(word);
        // Some byte below 0E, or some byte above 7F.
        let below = x.wrapping_sub(ONES * 0x0e) & !x & HIGH;
        if (below | (x & HIGH)) != 0 {
            // C2 and E2 differ only in the bit 20, set in both here.
            let exact = zero(x ^ (ONES * u64::from(b'\n')))
                | zero(x ^ (ONES * u64::from(b'\r')))
                | zero((x | (ONES * 0x20)) ^ (ONES * 0xe2));
            if exact != 0 {
                return i + (exact.trailing_zeros() / 8) as usize;
            }
        }
        i += 8;
    }
    while bytes
        .get(i)
        .is_some_and(|b| !matches!(b, b'\n' | b'\r' | 0xc2 | 0xe2))
    {
        i += 1;
    }
    i.min(bytes.len())
}

/// What each line is, and the text its headers' labels are kept in, back
/// to back: each label is read into a `String`, copied there and dropped
/// at once (its memory reused for the next line's), so that a text of many
/// lines does not hold a `String` for each.
fn classify(text: &str, lines: &[Span]) -> (Vec<Line>, String) {
    let mut names = String::new();
    // The memory of the last label read, for the next line's.
    let mut spare = String::new();
    let mut kinds: Vec<Line> = lines
        .iter()
        .map(|l| {
            // A line of ASCII digits alone is content: none of the shapes
            // `line_kind` reads has no byte but digits (a cue timing has
            // `-->`, a clock time and a label a `:`, a name line a
            // letter). Told by its bytes, not by its five readers
            // (digit-lines: a digit a line, 2 million lines in 4 MB).
            let line = l.of(text);
            // (Most lines start with a letter: no call for them.)
            let digit_first =
                line.as_bytes().first().is_some_and(u8::is_ascii_digit);
            match digit_first && digits_only(line) {
                true => Line::Content,
                false => line_kind(line, l.start, &mut names, &mut spare),
            }
        })
        .collect();
    // An SRT cue number is a line of digits right before a cue timing line
    // (a line of structure that is no `WEBVTT` line, as `line_kind` read
    // it: the loop changes only lines before the one it reads). So is a
    // WebVTT cue identifier of one word after a blank line, as Teams
    // writes them ("8181ff87-f5ca-90b6-72ac-32447c010a20/28-0"): the
    // speech comes after the timing line, never before.
    for i in 0..kinds.len().saturating_sub(1) {
        if kinds.get(i + 1) != Some(&Line::Structure) {
            continue;
        }
        let s = trim(lines[i].of(text));
        let number = s.len() <= 6 && s.bytes().all(|b| b.is_ascii_digit());
        let after_blank = i
            .checked_sub(1)
            .is_none_or(|b| matches!(kinds.get(b), Some(Line::Blank)));
        let identifier = after_blank
            && s.len() <= 64
            && !s.bytes().any(|b| b.is_ascii_whitespace());
        if !s.is_empty()
            && (number || identifier)
            && lines
                .get(i + 1)
                .is_some_and(|l| !trim(l.of(text)).starts_with("WEBVTT"))
        {
            kinds[i] = Line::Structure;
        }
    }
    (kinds, names)
}

/// Returns true if `line` is ASCII digits alone (and not empty).
#[inline(never)]
fn digits_only(line: &str) -> bool {
    !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit())
}

/// Reads `line`, which starts at byte `at` of the text; a header's label
/// is added to `names`. `spare` is memory for the label, given back after
/// it was copied: a label of the common shape is read into it, not into a
/// `String` allocated and freed for each line (digit-turns, a header on
/// every line of 12 bytes: 118.24 to 115.69 million instructions).
fn line_kind(
    line: &str,
    at: usize,
    names: &mut String,
    spare: &mut String,
) -> Line {
    let trimmed = trim(line);
    if trimmed.is_empty() {
        return Line::Blank;
    }
    if trimmed.starts_with("WEBVTT") || is_cue_timing(trimmed) {
        return Line::Structure;
    }
    if stamp_line(trimmed) {
        return Line::Stamp;
    }
    let found = header_into(line, spare);
    let mut keep = |label: String| {
        let start = names.len();
        names.push_str(&label);
        *spare = label;
        Span::new(start, names.len())
    };
    match found {
        Some(Header { label, header_end, content: Some(c), end, timed }) => {
            Line::Inline {
                label: keep(label),
                header_end: at + header_end,
                content: at + c,
                end: at + end.unwrap_or(line.len()),
                timed,
            }
        }
        Some(Header { label, content: None, timed, .. }) => {
            Line::Alone { label: keep(label), timed, one: false }
        }
        None if name_line(trimmed) || one_name_line(trimmed) => {
            let label = normalise(trimmed);
            let one = !trimmed.contains(' ');
            if plausible(&label) {
                Line::Alone { label: keep(label), timed: false, one }
            } else {
                Line::Content
            }
        }
        None => Line::Content,
    }
}

/// Returns true if `line` (trimmed) is a clock time alone, as chat tools
/// copy it under or over a message: `3:31 PM`, `10:02 am`, `14:22:05`.
/// A time of hours and minutes alone (`12:28`) may be what was typed,
/// and stays speech.
fn stamp_line(line: &str) -> bool {
    let b = line.as_bytes();
    if !(4..=11).contains(&b.len()) || !b[0].is_ascii_digit() {
        return false;
    }
    let mut cur = Cursor { s: line, i: 0 };
    let two = |cur: &mut Cursor<'_>| cur.digits(2, 2);
    if !(cur.digits(1, 2) && cur.eat(':') && two(&mut cur)) {
        return false;
    }
    let seconds = cur.eat(':') && two(&mut cur);
    cur.skip_spaces();
    let rest = cur.rest();
    let meridiem = matches!(
        rest,
        "AM" | "PM" | "am" | "pm" | "a.m." | "p.m." | "A.M." | "P.M."
    );
    meridiem || (seconds && rest.is_empty())
}

/// Returns true if `line` (trimmed) is a person's or a company's name
/// alone, as chat tools copy the sender above each message: "Sam
/// Martinez", "Ethan from ShopRight", "Emily O'Brien", "Mary J. Blige",
/// "You sent" (Messenger's own messages). Two to four words one space
/// apart, the first capitalised, each capitalised or a particle of a name
/// ("from", "de", "van"...); letters, apostrophes and hyphens, a dot only
/// after an initial inside the name. Not a reply of a word or two ("Okay.",
/// "Thank You"): every word a filler or an acknowledgement. Like any
/// header alone on its line, it names a speaker only where it recurs.
fn name_line(line: &str) -> bool {
    // Most lines are ruled out by their first byte or their length.
    let Some(&first) = line.as_bytes().first() else { return false };
    if line.len() > 40 || !(first.is_ascii_uppercase() || first >= 0x80) {
        return false;
    }
    if line == "You sent" {
        return true;
    }
    let (mut words, mut replies) = (0, 0);
    let mut rest = line.split(' ').peekable();
    while let Some(w) = rest.next() {
        words += 1;
        let last = rest.peek().is_none();
        let particle = matches!(
            w,
            "from"
                | "at"
                | "de"
                | "da"
                | "di"
                | "du"
                | "del"
                | "la"
                | "le"
                | "van"
                | "von"
                | "der"
                | "bin"
                | "al"
        );
        // "J." inside a name.
        let initial = !last
            && w.len() == 2
            && w.ends_with('.')
            && w.as_bytes()[0].is_ascii_uppercase();
        let mut chars = w.chars();
        let capital = chars.next().is_some_and(char::is_uppercase)
            && chars.clone().any(char::is_lowercase)
            && chars
                .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'));
        if words > 4 || !(capital || initial || (particle && words > 1)) {
            return false;
        }
        let l = super::lexicon::get(super::lexicon::lookup(w));
        if l.is_some_and(|l| l.filler || l.ack) {
            replies += 1;
        }
    }
    words >= 2 && replies < words
}

/// Returns true if `line` (trimmed) is one word that may be a sender's
/// name or role alone on its line, as chat tools copy a conversation
/// ("Julio", then the message; "Agente", then the reply): a capital, then
/// letters, one more capital at most ("McKay", "O'Neil"; an apostrophe or a
/// hyphen inside), 3 to 24 bytes; not a number word, nor a word that
/// fills, acknowledges or joins ("Thanks", "Okay", "Twelve"), nor the
/// start of a label ("Visa"). A month's name may be one ("Julio", "June").
fn one_name_line(line: &str) -> bool {
    let b = line.as_bytes();
    if !(3..=24).contains(&b.len()) || !b[0].is_ascii_uppercase() {
        return false;
    }
    let rest = line.chars().skip(1);
    let shape = rest
        .clone()
        .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
        && rest.filter(|c| c.is_uppercase()).count() <= 1;
    shape
        && super::lexicon::get(super::lexicon::lookup(line)).is_none_or(|l| {
            l.num.is_none()
                && !(l.filler || l.ack || l.joining || l.lead || l.tail)
                && !l.determiner
                && l.phrases.is_empty()
        })
}

/// Returns true for a WebVTT or SRT cue timing line:
/// `00:01:02.500 --> 00:01:05.000`, `00:01:02,500 --> ...`.
fn is_cue_timing(line: &str) -> bool {
    // The start time's first character starts the line but for spaces:
    // most lines are ruled out by that byte, without a search for `>`.
    let first = super::bytes::trim_start(line).as_bytes().first();
    if !matches!(first, Some(b'0'..=b'9' | b':' | b'.' | b','))
        || !line.as_bytes().contains(&b'>')
    {
        return false;
    }
    let Some((a, b)) = line.split_once("-->") else { return false };
    let a = a.trim();
    let b = b.split_whitespace().next().unwrap_or("");
    let is_time = |s: &str| {
        !s.is_empty()
            && s.len() <= 13
            && s.contains(':')
            && s.bytes().all(|c| c.is_ascii_digit() || b":.,".contains(&c))
    };
    is_time(a) && is_time(b)
}

#[derive(Debug, PartialEq, Eq)]
struct Header {
    /// The normalised speaker label.
    label: String,
    /// Where the header ends in the line (after `:` or `|`).
    header_end: usize,
    /// Where the speech starts; `None` if the line is only a header.
    content: Option<usize>,
    /// Where the speech ends, if before the end of the line.
    end: Option<usize>,
    /// True if the header holds a clock time.
    timed: bool,
}

impl Header {
    /// A header with a clock time alone on `line`: the speech follows on
    /// the lines below.
    fn timed_alone(label: String, line: &str) -> Header {
        Header {
            label,
            header_end: line.len(),
            content: None,
            end: None,
            timed: true,
        }
    }
}

/// A tiny cursor over one line.
struct Cursor<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Cursor<'a> {
    /// The rest of the line from the cursor (`""` if the cursor is not on
    /// a char boundary, which `bump` never leaves it off).
    fn rest(&self) -> &'a str {
        self.s.get(self.i..).unwrap_or("")
    }

    fn peek(&self) -> Option<char> {
        // An ASCII byte is a character of its own, on a boundary (most of
        // a header): no decoding.
        match self.s.as_bytes().get(self.i) {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            _ => self.rest().chars().next(),
        }
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.i += c.len_utf8();
        Some(c)
    }

    /// Read by bytes: a space or a tab is one ASCII byte, and `peek`
    /// gives any other byte as no space (as it does [`Cursor::digits`]'s
    /// digits).
    fn skip_spaces(&mut self) {
        let b = self.s.as_bytes();
        while matches!(b.get(self.i), Some(b' ' | b'\t')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.bump();
            true
        } else {
            false
        }
    }

    /// Ends a header here: the speech starts after the spaces that follow,
    /// if anything is left on the line.
    fn header_here(&mut self, label: String, timed: bool) -> Option<Header> {
        if !plausible(&label) {
            return None;
        }
        Some(self.plausible_header_here(label, timed))
    }

    /// [`header_here`](Cursor::header_here) for a label already found
    /// [`plausible`].
    fn plausible_header_here(&mut self, label: String, timed: bool) -> Header {
        let header_end = self.i;
        self.skip_spaces();
        let content = (!self.at_end()).then_some(self.i);
        Header { label, header_end, content, end: None, timed }
    }

    fn at_end(&self) -> bool {
        self.rest().trim().is_empty()
    }

    /// Consumes a clock time (`0:29`, `00:00:29`, `00:01:02.500`, `8:23 PM`,
    /// `10:08a`) if one starts here.
    fn time(&mut self) -> bool {
        let save = self.i;
        if self.digits(1, 2) && self.eat(':') && self.digits(2, 2) {
            if self.peek() == Some(':') {
                let before = self.i;
                self.bump();
                if !self.digits(2, 2) {
                    self.i = before;
                }
            }
            if matches!(self.peek(), Some('.' | ',')) {
                let before = self.i;
                self.bump();
                if !self.digits(1, 3) {
                    self.i = before;
                }
            }
            // "10:08a", "2:10p" (attached), "8:23 PM", "10:08 am".
            let attached = self.rest();
            let mut chars = attached.chars();
            let first = chars.next();
            let second = chars.next();
            let letter_then_end = matches!(first, Some('a' | 'p' | 'A' | 'P'))
                && !second.is_some_and(char::is_alphanumeric);
            if letter_then_end {
                self.i += 1;
                return true;
            }
            let before = self.i;
            self.skip_spaces();
            let rest = self.rest();
            // "am" or "pm" in any case (no other character lowercases to
            // an ASCII `a`, `p` or `m`): compared as bytes, no String.
            let b = rest.as_bytes();
            let am_pm = matches!(b.first(), Some(b'a' | b'A' | b'p' | b'P'))
                && matches!(b.get(1), Some(b'm' | b'M'));
            if am_pm && !rest.chars().nth(2).is_some_and(char::is_alphanumeric)
            {
                self.i += 2;
            } else {
                self.i = before;
            }
            return true;
        }
        self.i = save;
        false
    }

    /// Consumes a date such as `12/01/2026` or `2024-06-09`.
    /// Consumes `, 22 Feb, 8:56 AM`, `, 22 Feb 2026, 8:56 AM`, `,
    /// 22/02/2026, 08:56` to the end of the line: a day (with or without
    /// its year) and a clock time after a sender's name.
    fn dated_time(&mut self) -> bool {
        let comma = |cur: &mut Self| {
            let ok = cur.eat(',');
            cur.skip_spaces();
            ok
        };
        let month = |cur: &mut Self| {
            let start = cur.i;
            while cur.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
                cur.bump();
            }
            (3..=9).contains(&(cur.i - start))
        };
        if !comma(self) {
            return false;
        }
        let start = self.i;
        let day_month = |cur: &mut Self| {
            cur.i = start;
            cur.digits(1, 2) && {
                cur.skip_spaces();
                month(cur)
            }
        };
        let month_day = |cur: &mut Self| {
            cur.i = start;
            month(cur) && {
                cur.skip_spaces();
                cur.digits(1, 2)
            }
        };
        let day = self.date() || day_month(self) || month_day(self);
        if !day {
            return false;
        }
        // `22 Feb 2026, ...`
        let save = self.i;
        self.skip_spaces();
        if !self.digits(4, 4) {
            self.i = save;
        }
        if !comma(self) {
            return false;
        }
        let save = self.i;
        if !(self.digits(4, 4) && comma(self)) {
            self.i = save;
        }
        if !self.time() {
            return false;
        }
        self.skip_spaces();
        self.at_end()
    }

    fn date(&mut self) -> bool {
        let save = self.i;
        let ok = self.digits(1, 4)
            && matches!(self.peek(), Some('/' | '-' | '.'))
            && self.bump().is_some()
            && self.digits(1, 2)
            && matches!(self.peek(), Some('/' | '-' | '.'))
            && self.bump().is_some()
            && self.digits(2, 4);
        if !ok {
            self.i = save;
        }
        ok
    }

    /// Consumes `min..=max` ASCII digits, not followed by another one.
    /// Read by bytes (see [`Cursor::skip_spaces`]), not a `peek` and a
    /// `bump` (a second `peek`) a byte: the header parser reads its dates
    /// and clock times with it, a call or three a line. With
    /// `skip_spaces`, the core pass at 256 KB, in millions of
    /// instructions: realistic 73.07 to 72.76, many-speakers 79.26 to
    /// 78.98 (the other families within 0.1%).
    fn digits(&mut self, min: usize, max: usize) -> bool {
        let b = self.s.as_bytes();
        let start = self.i;
        while self.i - start < max
            && b.get(self.i).is_some_and(u8::is_ascii_digit)
        {
            self.i += 1;
        }
        self.i - start >= min && !b.get(self.i).is_some_and(u8::is_ascii_digit)
    }

    /// Consumes a bracketed timestamp (`[00:00:29]`, `[8:23 PM]`,
    /// `[2024-06-09 12:00:20]`).
    fn bracket_time(&mut self) -> bool {
        let save = self.i;
        let open = match self.peek() {
            Some('[') => ']',
            Some('(') => ')',
            _ => return false,
        };
        self.bump();
        let start = self.i;
        while let Some(c) = self.peek() {
            if c == open {
                let inner = self.s.get(start..self.i).unwrap_or("");
                self.bump();
                let clock = inner.contains(':')
                    && inner.len() <= 32
                    && inner.bytes().all(|b| {
                        b.is_ascii_digit() || b" :.,-/TZapmAPM+>".contains(&b)
                    });
                if clock || elapsed(inner) || offsets(inner) || day_half(inner)
                {
                    return true;
                }
                break;
            }
            self.bump();
        }
        self.i = save;
        false
    }
}

/// True for a date and clock time with the half of the day in another
/// script, as phones set to another language write a chat's times:
/// `[오후 3:10]`, `[下午 3:10]`, `[١٤‏/٣‏/٢٠٢٦ ١٠:١٢ م]` (its digits already
/// ASCII in the view, its right-to-left marks zero-width spaces), `[۱۰:۱۲
/// ق.ظ]`. Words of digits and date or time separators, one with a clock
/// time (`3:10`), and at most one word of one to four letters.
fn day_half(inner: &str) -> bool {
    if inner.len() > 48 || !inner.contains(':') {
        return false;
    }
    let mut clock = false;
    let mut letters = 0;
    let words = inner
        .split(|c: char| c.is_whitespace() || c == '\u{200b}')
        .filter(|w| !w.is_empty());
    for w in words {
        let b = w.as_bytes();
        if b.iter().all(|&c| c.is_ascii_digit() || b":.,-/".contains(&c)) {
            clock |= b.windows(4).any(|x| {
                x[0].is_ascii_digit()
                    && x[1] == b':'
                    && x[2].is_ascii_digit()
                    && x[3].is_ascii_digit()
            });
            continue;
        }
        let n = w
            .chars()
            .filter(|&c| c.is_alphabetic() || token::in_word(c))
            .count();
        if !(1..=4).contains(&n)
            || !w
                .chars()
                .all(|c| c.is_alphabetic() || token::in_word(c) || c == '.')
        {
            return false;
        }
        letters += 1;
    }
    clock && letters <= 1
}

/// True for the time since a chat began as Salesforce writes it before the
/// speaker, `( 14m 8s )`, `( 45s )`, `(1h 2m 3s)`: one to three numbers of
/// at most three digits, each followed by `h`, `m` or `s`, in that order.
fn elapsed(inner: &str) -> bool {
    let mut units = b"hms".iter();
    let mut parts = 0;
    for part in inner.split_whitespace() {
        let b = part.as_bytes();
        let Some((&unit, number)) = b.split_last() else { return false };
        if !(1..=3).contains(&number.len())
            || !number.iter().all(u8::is_ascii_digit)
            || !units.any(|&u| u == unit)
        {
            return false;
        }
        parts += 1;
    }
    (1..=3).contains(&parts)
}

/// True for the start and end of a segment in seconds, as recognisers'
/// diarised text writes them after the speaker, `[35.50-36.30]`, `[3.2s -
/// 4.75s]`: two numbers with a decimal point (and an optional `s`), a dash
/// between.
fn offsets(inner: &str) -> bool {
    let seconds = |s: &str| {
        let s = s.trim();
        let s = s.strip_suffix('s').unwrap_or(s);
        s.split_once('.').is_some_and(|(a, b)| {
            (1..=6).contains(&a.len())
                && (1..=3).contains(&b.len())
                && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
        })
    };
    inner.len() <= 32
        && inner.split_once('-').is_some_and(|(a, b)| {
            seconds(a) && seconds(b.trim_start_matches(['-', '>']))
        })
}

/// [`header_into`] with a label of its own (for tests).
#[cfg(test)]
fn header(line: &str) -> Option<Header> {
    header_into(line, &mut String::new())
}

/// Parses a speaker header at the start of `line`, its label read into
/// `spare`'s memory where it can be (see [`line_kind`]).
fn header_into(line: &str, spare: &mut String) -> Option<Header> {
    match simple_header_into(line, spare) {
        Some(found) => found,
        None => match piped_header_into(line, spare) {
            Some(found) => found,
            None => any_header(line),
        },
    }
}

/// [`piped_header_into`] with a label of its own (for tests).
#[cfg(test)]
fn piped_header(line: &str) -> Option<Option<Header>> {
    piped_header_into(line, &mut String::new())
}

/// What [`any_header`] gives for a chat's lines with a clock time and the
/// speaker between bars, `9:49 AM | agent | text`, `20:14 | Rosa Delgado`,
/// read without its general parser: hours of one or two digits, minutes
/// and optional seconds of two, `AM` or `PM` in any case, spaces, a `|`;
/// the label runs to the next `|` or `:`. The line has no tab; with a
/// comma, it is first read as [`csv_header`] reads it, as `any_header`
/// does ("9:49 AM | agent | ok, 10:30, Bob, hi" is a row of a table).
/// `None` for a line of any other shape. On the 1 MB text, 1,984 such
/// lines cost about 2,800 instructions each in `any_header`. The label is
/// read into `spare`'s memory.
fn piped_header_into(
    line: &str,
    spare: &mut String,
) -> Option<Option<Header>> {
    let b = line.as_bytes();
    let digit = |at: usize| b.get(at).is_some_and(u8::is_ascii_digit);
    let spaces = |mut at: usize| {
        while b.get(at) == Some(&b' ') {
            at += 1;
        }
        at
    };
    // The clock time, as `Cursor::time` reads it where a space or the bar
    // follows: the date `any_header` tries first needs a `/`, `-` or `.`
    // after the first digits, a `:` here.
    if !digit(0) {
        return None;
    }
    let hours = if digit(1) { 2 } else { 1 };
    if b.get(hours) != Some(&b':') || !digit(hours + 1) || !digit(hours + 2) {
        return None;
    }
    let mut i = hours + 3;
    if b.get(i) == Some(&b':') {
        if !digit(i + 1) || !digit(i + 2) {
            return None;
        }
        i += 3;
    }
    if !matches!(b.get(i), Some(b' ' | b'|')) {
        return None;
    }
    i = spaces(i);
    // `AM` or `PM` then a space or the bar (any other byte may be a
    // letter of a word, left to `any_header`).
    if matches!(b.get(i), Some(b'a' | b'A' | b'p' | b'P'))
        && matches!(b.get(i + 1), Some(b'm' | b'M'))
    {
        if !matches!(b.get(i + 2), Some(b' ' | b'|')) {
            return None;
        }
        i = spaces(i + 2);
    }
    if b.get(i) != Some(&b'|') || b.contains(&b'\t') {
        return None;
    }
    if b.contains(&b',') {
        if let Some(h) = csv_header(line) {
            return Some(Some(h));
        }
    }
    let mut start = spaces(i + 1);
    let mut end = super::bytes::find_any(b, start, [b'|', b':']);
    // A call id of digits before the event that speaks (as `any_header`
    // reads it): `07:58:39|227355|PROMPT|cc_exp_mmyy`.
    let id = b
        .get(start..end)
        .is_some_and(|f| f.len() >= 3 && f.iter().all(u8::is_ascii_digit));
    if id && b.get(end) == Some(&b'|') {
        start = end + 1;
        end = super::bytes::find_any(b, start, [b'|', b':']);
    }
    let words = line.get(start..end)?;
    // A label of ASCII words one space apart, but for the spaces before
    // the bar, lowercased in `spare` is [`normalise`]'s.
    let bare = words.trim_end_matches(' ');
    let label = match plain(bare.as_bytes()) {
        true => {
            let mut label = std::mem::take(spare);
            label.clear();
            label.push_str(bare);
            label.make_ascii_lowercase();
            label
        }
        false => normalise(words),
    };
    let words = label.bytes().filter(|&c| c == b' ').count() + 1;
    if !(plausible(&label) && words <= 4 || phone_label(&label)) {
        return Some(None);
    }
    // `0:30 | Rosa Delgado` alone on its line.
    if end == b.len() {
        return Some(Some(Header::timed_alone(label, line)));
    }
    let header_end = end + 1;
    let content = spaces(header_end);
    let at_end = line.get(content..).is_none_or(|rest| rest.trim().is_empty());
    Some(Some(Header {
        label,
        header_end,
        content: (!at_end).then_some(content),
        end: None,
        timed: true,
    }))
}

/// [`simple_header_into`] with a label of its own (for tests).
#[cfg(test)]
fn simple_header(line: &str) -> Option<Option<Header>> {
    simple_header_into(line, &mut String::new())
}

/// What [`any_header`] gives for the commonest lines, read without its
/// general parser: `Label words: speech`, optionally after a clock time in
/// brackets (`[01:00:28] spk_1: ...`, `(09:38:54) Agent: ...`, `[8:23 PM]
/// Name: ...`) and with up to two names, roles or clock times in brackets
/// after the label (`Agent (Mei): ...`, `Caller (01:06): ...`). The label
/// is one to four words of ASCII letters, digits and `_` (each starting
/// with a letter or a digit, the first with a letter), one space apart;
/// the bracketed name is ASCII letters and spaces; either may have
/// apostrophes and letters that are not ASCII after its first byte
/// ("O'Neil", "Zoë", see [`other_letters`]); a colon and a space end
/// the header; the line has no tab. `None` for a line of any other shape
/// (and for `From ...`, Zoom's header). On these lines `any_header` takes
/// the same steps and reads nothing past the colon but the spaces after it
/// (tested on random lines and the corpus).
/// The label is read into `spare`'s memory.
fn simple_header_into(
    line: &str,
    spare: &mut String,
) -> Option<Option<Header>> {
    let b = line.as_bytes();
    // Whether the line has a shape read here since the fast path was
    // first compared with `any_header`, which is left to it where they
    // could differ (see below): a clock time's half of the day, a time in
    // brackets after the label, a second group.
    let mut late = false;
    // An optional clock time in brackets, digits and colons only, or
    // `AM` or `PM` after them.
    let (mut i, timed) = match *b.first()? {
        open @ (b'[' | b'(') => {
            let close = if open == b'[' { b']' } else { b')' };
            let inner = b
                .get(1..)?
                .iter()
                .take_while(|&&c| c.is_ascii_digit() || c == b':')
                .count();
            let time = b.get(1..1 + inner)?;
            // `[8:23 PM]`: the half of the day, whose bytes `bracket_time`
            // reads as a clock's too.
            let half = b.get(1 + inner..4 + inner).is_some_and(|h| {
                matches!(h, [b' ', b'a' | b'A' | b'p' | b'P', b'm' | b'M'])
            });
            let inner = if half { inner + 3 } else { inner };
            late |= half;
            if !(1..=32).contains(&inner)
                || !time.contains(&b':')
                || b.get(1 + inner) != Some(&close)
                || b.get(2 + inner) != Some(&b' ')
            {
                return None;
            }
            let mut i = 2 + inner;
            while b.get(i) == Some(&b' ') {
                i += 1;
            }
            (i, true)
        }
        // An unbracketed clock time, `00:28 Rep: ...`, `1:02:03 Agent:
        // ...`: hours of one or two digits, minutes and optional seconds of
        // two, then a space. Whatever else follows digits there (a
        // fraction, `PM`, a date's slash) is left to `any_header`.
        b'0'..=b'9' => {
            let two = |at: usize| {
                b.get(at..at + 2)
                    .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            };
            // (A line of digits ends here at its second byte.)
            let hours = match b.get(1..3)? {
                [b':', _] => 1,
                [h, b':'] if h.is_ascii_digit() => 2,
                _ => return None,
            };
            if !two(hours + 1) {
                return None;
            }
            let mut i = hours + 3;
            if b.get(i) == Some(&b':') {
                if !two(i + 1) {
                    return None;
                }
                i += 3;
            }
            if b.get(i) != Some(&b' ') {
                return None;
            }
            while b.get(i) == Some(&b' ') {
                i += 1;
            }
            // `00:28 pm Agent: ...`: the clock's `am` or `pm`.
            if matches!(b.get(i), Some(b'a' | b'A' | b'p' | b'P'))
                && matches!(b.get(i + 1), Some(b'm' | b'M'))
            {
                return None;
            }
            (i, true)
        }
        _ => (0, false),
    };
    let start = i;
    if !b.get(i)?.is_ascii_alphabetic() || b.get(i..)?.starts_with(b"From ") {
        return None;
    }
    // Whether a word or a group has an apostrophe or a letter that is
    // not ASCII, "O'Neil", "José" (see below).
    let mut other = false;
    let mut words = 0;
    let words_end = loop {
        let first = *b.get(i)?;
        if !first.is_ascii_alphanumeric() {
            return None;
        }
        // The rest of the word by one search, not a bounds check and a
        // step a byte: most lines pass here for a word or more (the 1 MB
        // text: 268.98 to 267.97 million instructions).
        i += b
            .get(i..)
            .unwrap_or_default()
            .iter()
            .position(|&c| !(c.is_ascii_alphanumeric() || c == b'_'))
            .unwrap_or(b.len().saturating_sub(i));
        if matches!(b.get(i), Some(b'\'' | 0x80..)) {
            let end = other_letters(line, i, false);
            other |= end > i;
            i = end;
        }
        words += 1;
        if words > 4 {
            // Prose: five words one space apart at the start of a line
            // with no tab, the first a letter's. `any_header` (no date,
            // time, tag or bracket to read there) counts the same five
            // words as a label's and gives up too, unless the fifth is the
            // hour of a clock time ("...at 12:30"), which it reads apart;
            // most lines of notes and transcripts end here.
            let clock = first.is_ascii_digit() && b.get(i) == Some(&b':');
            // (Not for a line with other letters: as the lines the fast
            // path first took, it is left to `any_header`, which reads a
            // row of a table in it.)
            let prose = start == 0 && !clock && !other && !b.contains(&b'\t');
            return prose.then_some(None);
        }
        match b.get(i) {
            Some(b' ') if b.get(i + 1) == Some(&b'(') => break i,
            Some(b' ') => i += 1,
            Some(b':') => break i,
            _ => return None,
        }
    };
    let words = line.get(start..words_end)?;
    let mut label = std::mem::take(spare);
    label.clear();
    label.push_str(words);
    // Whether the `(role)` has a run of spaces (see below).
    let mut spaced = false;
    // Whether a group is a clock time, `Caller (01:06): ...`.
    let mut timed_group = false;
    // Up to two groups, as `any_header` reads them: a `(Name)` or
    // `(role)`, or a clock time in brackets (digits and colons), which is
    // no part of the label.
    for second in [false, true] {
        if b.get(i) != Some(&b' ') || b.get(i + 1) != Some(&b'(') {
            break;
        }
        late |= second;
        let g_start = i + 2;
        let rest = b.get(g_start..)?;
        if rest.first().is_some_and(u8::is_ascii_digit) {
            let t_len = rest
                .iter()
                .take_while(|&&c| c.is_ascii_digit() || c == b':')
                .count();
            let time = rest.get(..t_len)?;
            if !(1..=32).contains(&t_len)
                || !time.contains(&b':')
                || rest.get(t_len) != Some(&b')')
            {
                return None;
            }
            (timed_group, late) = (true, true);
            i = g_start + t_len + 1;
            continue;
        }
        let mut g_len = rest
            .iter()
            .take_while(|&&c| c.is_ascii_alphabetic() || c == b' ')
            .count();
        if matches!(rest.get(g_len), Some(b'\'' | 0x80..)) {
            let end = other_letters(line, g_start + g_len, true);
            other |= end > g_start + g_len;
            g_len = end - g_start;
        }
        if !(1..=40).contains(&g_len) || b.get(g_start + g_len) != Some(&b')')
        {
            return None;
        }
        let group = line.get(g_start..g_start + g_len)?;
        spaced |= group.as_bytes().windows(2).any(|w| w == b"  ");
        label.push_str(" (");
        label.push_str(group);
        label.push(')');
        i = g_start + g_len + 1;
    }
    // After a time, `column_header` takes a role's word followed by one
    // space for the speaker when no label's colon (`: `) comes within 62
    // bytes: so far a label of these shapes is left to `any_header`. (A
    // plausible label is at most 40 bytes, but one with other letters may
    // be longer in the line than lowercased.)
    if (late || other) && timed && i - start > 56 {
        return None;
    }
    if b.get(i) != Some(&b':')
        || b.get(i + 1) != Some(&b' ')
        || b.contains(&b'\t')
    {
        return None;
    }
    // ASCII, one space between words, no space at either end: lowercasing
    // in place is [`normalise`] (no need to check the label is `plain`),
    // unless the `(role)` has a run of spaces or a letter is not ASCII.
    let label = match spaced || other {
        true => normalise_owned(label),
        false => {
            label.make_ascii_lowercase();
            label
        }
    };
    if !plausible(&label) {
        return Some(None);
    }
    let header_end = i + 1;
    let mut content = header_end;
    while b.get(content) == Some(&b' ') {
        content += 1;
    }
    let at_end = line.get(content..).is_none_or(|rest| rest.trim().is_empty());
    Some(Some(Header {
        label,
        header_end,
        content: (!at_end).then_some(content),
        end: None,
        timed: timed || timed_group,
    }))
}

/// The end of a word of a header's label from byte `at` of `line` (with
/// `group`, of a `(Name)` group), where an apostrophe or a letter that is
/// not ASCII is: the word's apostrophes and letters, and its ASCII letters
/// and digits and `_` (a group's ASCII letters and spaces), as
/// [`simple_header_into`] reads them; `any_header` reads them in its
/// words and groups as well ("O'Neil", "José Núñez"). On the 1 MB text,
/// 447 such headers cost about 5,500 instructions each in `any_header`.
/// Apart, so that the fast path's loop over ASCII words stays as short.
#[inline(never)]
fn other_letters(line: &str, mut at: usize, group: bool) -> usize {
    let b = line.as_bytes();
    let ascii = |c: u8| match group {
        false => c.is_ascii_alphanumeric() || c == b'_',
        true => c.is_ascii_alphabetic() || c == b' ',
    };
    loop {
        let letter = match b.get(at) {
            Some(b'\'') => Some('\''),
            Some(0x80..) => line
                .get(at..)
                .and_then(|r| r.chars().next())
                .filter(|c| c.is_alphabetic()),
            _ => None,
        };
        let Some(letter) = letter else { return at };
        at += letter.len_utf8();
        at += b
            .get(at..)
            .unwrap_or_default()
            .iter()
            .position(|&c| !ascii(c))
            .unwrap_or(b.len().saturating_sub(at));
    }
}

/// Parses a speaker header at the start of `line`, of any shape.
fn any_header(line: &str) -> Option<Header> {
    let bytes = line.as_bytes();
    // `AGT  Thank you...`: a transcript in columns with no times.
    if bytes.first().is_some_and(u8::is_ascii_uppercase) {
        if let Some(h) = role_column(line) {
            return Some(h);
        }
    }
    // Every other header below needs one of these bytes: a JSON line's
    // `{`, a tab, a CSV comma, a label's colon or a clock time's, a `|`, a
    // `<v` tag or a `[`. Most lines of digits or prose hold none: one
    // search.
    if super::bytes::find_any(bytes, 0, *b"{\t,:|<[") == bytes.len() {
        return None;
    }
    let trimmed = line.trim_start();
    if trimmed.starts_with('{') {
        return json_header(line);
    }
    if line.contains('\t') {
        if let Some(h) = tab_header(line) {
            return Some(h);
        }
    }
    if bytes.contains(&b',') {
        if let Some(h) = csv_header(line) {
            return Some(h);
        }
    }
    // Every header has a `:` (a label's colon or a clock time), a `|`, or
    // is a `<v Name>` tag: other lines need no parsing.
    if !bytes.contains(&b':')
        && !bytes.contains(&b'|')
        && !trimmed.starts_with("<v")
        && !trimmed.starts_with('[')
    {
        return None;
    }
    let mut cur = Cursor { s: line, i: 0 };
    cur.skip_spaces();
    // The right-to-left marks before a chat's date (`‏[١٤‏/٣‏/٢٠٢٦ ...`,
    // zero-width spaces in the view).
    while cur.rest().starts_with('\u{200b}') {
        cur.i += '\u{200b}'.len_utf8();
    }
    // A leading date and time: `[00:00:29]`, `00:30`, `[8:23 PM]`,
    // `12/01/2026, 8:23 PM - ` (WhatsApp).
    let save = cur.i;
    if cur.date() {
        // `2024-12-03T16:43:25Z`, `2024-12-03 16:43:25`, `12/01/2026, 8:23`.
        let iso = cur.eat('T');
        if !iso {
            cur.eat(',');
            cur.skip_spaces();
        }
        if cur.time() {
            if !cur.eat('Z') && matches!(cur.peek(), Some('+' | '-')) {
                let before = cur.i;
                cur.bump();
                if !(cur.digits(2, 2) && cur.eat(':') && cur.digits(2, 2)) {
                    cur.i = before;
                }
            }
        } else {
            cur.i = save;
        }
    }
    let had_time = cur.i > save || cur.bracket_time() || cur.time();
    if had_time {
        cur.skip_spaces();
    }
    // `20:14 | agent | text`, `00:01:02 - Agent - text`.
    let sep = cur.peek().filter(|c| matches!(c, '|' | '-'));
    if let (true, Some(sep)) = (had_time, sep) {
        cur.bump();
        cur.skip_spaces();
        let start = cur.i;
        // A dash inside a word or a number ("867-80-5970", "e-mail") is
        // no separator: "12:28 PM - verified SSN 867-80-5970" has no
        // speaker.
        let glued = |cur: &Cursor| {
            let before = line.get(..cur.i).and_then(|s| s.chars().next_back());
            let after = line.get(cur.i + 1..).and_then(|s| s.chars().next());
            sep == '-'
                && before.is_some_and(char::is_alphanumeric)
                && after.is_some_and(char::is_alphanumeric)
        };
        let field = |cur: &mut Cursor| {
            while cur
                .peek()
                .is_some_and(|c| (c != sep || glued(cur)) && c != ':')
            {
                cur.bump();
            }
        };
        field(&mut cur);
        // `2025-12-07 07:58:39|227355|PROMPT|cc_exp_mmyy`: an event log's
        // call id, digits, between the time and the event that speaks.
        let mut start = start;
        let id = line.get(start..cur.i).is_some_and(|f| {
            f.len() >= 3 && f.bytes().all(|b| b.is_ascii_digit())
        });
        if id && sep == '|' && cur.eat('|') {
            start = cur.i;
            field(&mut cur);
        }
        let label = normalise(line.get(start..cur.i).unwrap_or(""));
        if !(plausible(&label) && label.split(' ').count() <= 4
            || phone_label(&label))
        {
            return None;
        }
        // `0:30 | Rosa Delgado` alone on its line: the speech follows.
        if cur.at_end() && sep == '|' && !label.is_empty() {
            return Some(Header::timed_alone(label, line));
        }
        if !(cur.eat(sep) || cur.eat(':')) {
            return None;
        }
        return Some(cur.plausible_header_here(label, true));
    }
    // `16:19:32.930  AGENT    Thank you...`: a caption log in columns.
    if had_time {
        if let Some(h) = column_header(line, cur.i) {
            return Some(h);
        }
    }
    // `<v Customer>text`
    let rest = cur.rest();
    if rest.starts_with("<v ") || rest.starts_with("<v.") {
        let close = rest.find('>')?;
        let name = rest.get(2..close)?.trim_start_matches(|c: char| c != ' ');
        let label = normalise(name);
        let header_end = cur.i + close + 1;
        // The speech ends at a closing `</v>`, if any.
        let end = line
            .get(header_end..)
            .and_then(|s| s.find("</v>"))
            .map(|k| header_end + k);
        return Some(Header {
            label,
            header_end,
            content: Some(header_end),
            end,
            timed: false,
        });
    }
    // `[Agent] text`: a bracketed label that is not a time.
    if cur.peek() == Some('[') {
        let rest = cur.s.get(cur.i + 1..)?;
        let close = rest.find(']')?;
        let inner = rest.get(..close)?;
        let words = inner.split_whitespace().count();
        if (1..=3).contains(&words)
            && inner.chars().next().is_some_and(char::is_alphabetic)
            && inner.chars().all(|c| {
                c.is_alphanumeric()
                    || matches!(c, ' ' | '_' | '-' | '.')
                    || token::in_word(c)
            })
        {
            let label = normalise(inner);
            let header_end = cur.i + 1 + close + 1;
            cur.i = header_end;
            // `[Alicia] 01:12` alone on its line (Dialpad): the speech
            // follows on the lines below.
            cur.skip_spaces();
            if (cur.time() || cur.bracket_time()) && {
                cur.skip_spaces();
                cur.at_end()
            } {
                return Some(Header::timed_alone(label, line));
            }
            // `[고객] [오후 3:10] 4362`: the message's time after the
            // name.
            cur.i = header_end;
            cur.skip_spaces();
            if cur.peek() == Some('[') && cur.bracket_time() {
                cur.eat(':');
                return cur.header_here(label, true);
            }
            // `[partial] customer: 05`, `[final]   agent: ...`, `[Chat]
            // Visitor: ...`: a tag of the line (a streaming caption's state,
            // a channel) before the role that speaks; the role is the
            // speaker, or a caption's partial and final results would be
            // two speakers.
            cur.i = header_end;
            if let Some(h) = tagged_role(&mut cur) {
                return Some(h);
            }
            cur.i = header_end;
            cur.eat(':');
            return cur.header_here(label, false);
        }
    }
    // `**Agent:**`, `__Customer__:`: Markdown emphasis around a label.
    while matches!(cur.peek(), Some('*' | '_')) {
        cur.bump();
    }
    // Zoom chat: `From Sarah Jones to Everyone:`.
    let rest = cur.rest();
    if rest.starts_with("From ") {
        if let (Some(to), Some(colon)) = (rest.find(" to "), rest.find(':')) {
            // `From to :` has no name: `to` is then before the name's start.
            let name = rest.get(5..to).filter(|n| !n.trim().is_empty());
            if let (Some(name), true) = (name, to < colon && colon <= 80) {
                let label = normalise(name);
                cur.i += colon + 1;
                return cur.header_here(label, had_time);
            }
        }
    }
    // The label: words, then optional `(role)` or `(time)` groups.
    let start = cur.i;
    let mut words = 0;
    let mut label_end = start;
    loop {
        // "Lopez, Maria": a comma between the words of a name.
        if words > 0 && cur.rest().starts_with(", ") {
            let rest = cur.rest().get(2..).unwrap_or("").trim_start();
            if rest.chars().next().is_some_and(char::is_uppercase) {
                cur.i += 2;
                cur.skip_spaces();
            }
        }
        let w_start = cur.i;
        let first = cur.peek()?;
        if !(first.is_alphabetic() || words > 0 && first.is_ascii_digit()) {
            break;
        }
        // (A name's combining marks are part of it: "வாடிக்கையாளர்".)
        while cur.peek().is_some_and(|c| {
            c.is_alphanumeric()
                || matches!(c, '_' | '\'' | '’' | '-' | '.')
                || token::in_word(c)
        }) {
            cur.bump();
        }
        if cur.i == w_start {
            break;
        }
        words += 1;
        label_end = cur.i;
        if words > 4 {
            return None;
        }
        let before_space = cur.i;
        cur.skip_spaces();
        // The first character after a two-byte mark and its spaces.
        let after_mark = |cur: &Cursor| {
            cur.rest().get(2..).unwrap_or("").trim_start().chars().next()
        };
        let comma_name = cur.rest().starts_with(", ")
            && after_mark(&cur).is_some_and(char::is_uppercase);
        // `[3/14/26, 10:16 PM] Customer Care - Noura: ...`: a business's
        // chat names the team and the agent (after a time only).
        let team = had_time
            && cur.rest().starts_with("- ")
            && after_mark(&cur).is_some_and(char::is_alphabetic);
        if team {
            cur.i += 2;
            cur.skip_spaces();
            continue;
        }
        if comma_name
            || cur.peek().is_some_and(|c| c.is_alphabetic())
            || (cur.peek().is_some_and(|c| c.is_ascii_digit())
                && !looks_like_time(cur.rest()))
        {
            continue;
        }
        cur.i = before_space;
        break;
    }
    if words == 0 {
        return None;
    }
    let mut label = line.get(start..label_end).unwrap_or("").to_string();
    cur.skip_spaces();
    // `(Agent)`, `(00:34)`, `[00:00:05]`.
    let mut timed_group = false;
    for _ in 0..2 {
        if cur.peek() == Some('[') && cur.bracket_time() {
            timed_group = true;
            cur.skip_spaces();
            continue;
        }
        if cur.peek() != Some('(') {
            break;
        }
        let save = cur.i;
        if cur.bracket_time() {
            timed_group = true;
            cur.skip_spaces();
            continue;
        }
        cur.bump();
        let g_start = cur.i;
        // A role or a name: "(Agent)", "(Yusuf O'Neil)", "(Smith-Jones)".
        while cur.peek().is_some_and(|c| {
            c.is_alphabetic()
                || matches!(c, ' ' | '\'' | '’' | '-' | '.')
                || token::in_word(c)
        }) {
            cur.bump();
        }
        let group = line.get(g_start..cur.i).unwrap_or("");
        if group.is_empty() || group.len() > 40 || !cur.eat(')') {
            cur.i = save;
            break;
        }
        label.push_str(" (");
        label.push_str(group);
        label.push(')');
        cur.skip_spaces();
    }
    let label = normalise_owned(label);
    if !plausible(&label) {
        return None;
    }
    if cur.eat(':') {
        // A clock time is not a label (`4:47`), nor is a URL. (A name in
        // another script may have the number right after it, as Japanese
        // and Chinese write a full-width colon: "お客様：4111...".)
        let digit = |c: char| c.is_ascii_digit() && label.is_ascii();
        if cur.peek().is_some_and(|c| digit(c) || c == '/') {
            return None;
        }
        while matches!(cur.peek(), Some('*' | '_')) {
            cur.bump();
        }
        return Some(
            cur.plausible_header_here(label, had_time || timed_group),
        );
    }
    // `Kevin Lopez, 22 Feb, 8:56 AM` alone on its line (a chat copied
    // with the day and time after each sender).
    if cur.peek() == Some(',') {
        let save = cur.i;
        if cur.dated_time() {
            return Some(Header::timed_alone(label, line));
        }
        // `Иван, [14.03.2026 18:30]` alone on its line (Telegram's copy of
        // several messages).
        cur.i = save + 1;
        cur.skip_spaces();
        if cur.peek() == Some('[') && cur.bracket_time() && cur.at_end() {
            return Some(Header::timed_alone(label, line));
        }
        cur.i = save;
    }
    // `Agent (0:00)` or `00:00:13 Agent` alone on its line.
    if (timed_group || had_time && words <= 2) && cur.at_end() {
        return Some(Header::timed_alone(label, line));
    }
    // `Agent 0:29` alone on its line, or followed by the speech (`AGENT
    // 00:01:14  Go ahead...`).
    if cur.time() || cur.bracket_time() {
        let header_end = cur.i;
        cur.skip_spaces();
        let content = (!cur.at_end()).then_some(cur.i);
        let header_end =
            if content.is_some() { header_end } else { line.len() };
        return Some(Header {
            label,
            header_end,
            content,
            end: None,
            timed: true,
        });
    }
    None
}

/// Parses a role after a bracketed tag of the line, from the cursor right
/// after the tag's `]`: `[partial] customer: 05`. The role is a word or two
/// that [`names_a_role`], with a colon right after it; the cursor is left
/// anywhere when there is none.
fn tagged_role(cur: &mut Cursor) -> Option<Header> {
    cur.skip_spaces();
    let start = cur.i;
    let rest = cur.rest();
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || matches!(c, ' ' | '_' | '-')))
        .filter(|&e| {
            e <= 24 && rest.get(e..).is_some_and(|s| s.starts_with(':'))
        })?;
    let label = normalise(rest.get(..end)?);
    if !names_a_role(&label) {
        return None;
    }
    cur.i = start + end + 1;
    Some(cur.plausible_header_here(label, false))
}

/// Parses the speaker column of a log in columns after its time, from
/// byte `at` of `line`: `16:19:32.930  AGENT    Thank you...`. The speaker
/// is one word (letters, digits, `_`) in capitals or naming a role, with
/// two spaces or more (or a tab) after it; the speech follows.
fn column_header(line: &str, at: usize) -> Option<Header> {
    let rest = line.get(at..)?;
    let mut word_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    // A role's number after a space or a dash, as diarisation names its
    // speakers ("[00:01:30] Speaker 2 Claro, ...", "Guest-1"): one or two
    // digits and a space, part of the speaker's name, not the speech.
    let is_role = |w: &[u8]| {
        let mut lower = [0u8; 16];
        w.len() <= lower.len() && {
            for (l, b) in lower.iter_mut().zip(w) {
                *l = b.to_ascii_lowercase();
            }
            role(lower.get(..w.len()).unwrap_or_default())
        }
    };
    if rest.as_bytes().get(..word_len).is_some_and(is_role) {
        let b = rest.as_bytes();
        let digits = b
            .get(word_len + 1..)
            .unwrap_or_default()
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if matches!(b.get(word_len), Some(b' ' | b'-'))
            && (1..=2).contains(&digits)
            && b.get(word_len + 1 + digits) == Some(&b' ')
        {
            word_len += 1 + digits;
        }
    }
    let word = rest.get(..word_len)?;
    let after = rest.get(word_len..)?;
    let gap = after.len() - after.trim_start_matches([' ', '\t']).len();
    let wide = gap >= 2 || after.starts_with('\t');
    let capitals = word.bytes().any(|b| b.is_ascii_uppercase())
        && !word.bytes().any(|b| b.is_ascii_lowercase());
    let label = normalise(word);
    // One space is enough after a role ("[01:41.049] AGENTE Ahora...",
    // "01:22 Agent Now the expiration date"): a name could be the first
    // word of a note. Not where a label's colon (a colon before a space
    // or the end) soon follows: "(11:31:37 AM) Visitor 50109: jun 27",
    // "[01:00:28] Customer Service Rep Two (Mei): " are longer labels.
    // Read only where needed, and only the first 62 bytes.
    let label_colon = || {
        let head = after.as_bytes().get(..after.len().min(62)).unwrap_or(&[]);
        head.windows(2).any(|w| w == b": ")
            || (after.len() <= 60 && after.ends_with(':'))
    };
    let role = names_a_role(&label);
    let role_then_speech = || gap > 0 && role && !label_colon();
    if !word.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        || !(wide || role_then_speech())
        || gap == after.len()
        || !(capitals || role)
        || !plausible(&label)
    {
        return None;
    }
    Some(Header {
        label,
        header_end: at + word_len,
        content: Some(at + word_len + gap),
        end: None,
        timed: true,
    })
}

/// Parses the speaker column of a transcript in columns with no times:
/// `AGT  Bienvenido a ...`, `CUSTOMER   yes`. The speaker is a role in
/// capitals at the start of the line, with two spaces or more after it
/// (a tab is [`tab_header`]'s); a name in capitals ("NOTE  call back") is
/// no speaker here.
fn role_column(line: &str) -> Option<Header> {
    let word_len = line
        .bytes()
        .position(|b| !(b.is_ascii_alphanumeric() || b == b'_'))?;
    let word = line.get(..word_len)?;
    let after = line.get(word_len..)?;
    if !after.starts_with("  ")
        || word.bytes().any(|b| b.is_ascii_lowercase())
        || !names_a_role(&normalise(word))
    {
        return None;
    }
    column_header(line, 0)
}

/// Parses a tab-separated header: `00:01:14<TAB>AGENT<TAB>text` or
/// `AGENT<TAB>00:01:14<TAB>text`.
fn tab_header(line: &str) -> Option<Header> {
    let mut fields = line.splitn(3, '\t');
    let (a, b) = (fields.next()?, fields.next()?);
    let rest = fields.next()?;
    let is_time = |s: &str| {
        let mut c = Cursor { s: s.trim(), i: 0 };
        (c.time() || c.bracket_time()) && c.at_end()
    };
    let name = if is_time(a) {
        b
    } else if is_time(b) {
        a
    } else {
        return None;
    };
    let label = normalise(name);
    if !plausible(&label) || label.split(' ').count() > 4 {
        return None;
    }
    let header_end = line.len() - rest.len();
    let content = header_end + (rest.len() - rest.trim_start().len());
    Some(Header {
        label,
        header_end,
        content: (content < line.len()).then_some(content),
        end: None,
        timed: true,
    })
}

/// Parses one row of a chat exported as CSV, the message last and the
/// sender's name before it, after a date or a time: `8434716,2024-06-30
/// 21:52:37,Yusuf Kowalski,"September 2032"`, `21:52,Agent,Perfect.`. The
/// header is the row up to the message (and its opening quote); the
/// content is the message, up to its closing quote.
fn csv_header(line: &str) -> Option<Header> {
    let first = csv_first_comma(line)?;
    if !row_may_have_a_time(line.as_bytes(), first) {
        return None;
    }
    csv_cells(line)
}

/// The first comma of a row [`csv_header`] may read. The first cells are
/// short (see `plain` and the name in [`csv_cells`]) and no label's colon
/// comes before them ("00:28 Rep: Hi, thanks..."): most lines of prose and
/// other transcripts end here.
fn csv_first_comma(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    let head = b.get(..b.len().min(42)).unwrap_or_default();
    let first = head.iter().position(|&c| c == b',')?;
    if head.get(..first).is_some_and(|h| h.windows(2).any(|w| w == b": ")) {
        return None;
    }
    Some(first)
}

/// [`csv_header`] once the row's first comma is found and a cell may be
/// a time: its cells are read.
fn csv_cells(line: &str) -> Option<Header> {
    // The cells' starts, commas inside quotes left out (`""` is a quote).
    const MAX_CELLS: usize = 8;
    let b = line.as_bytes();
    let mut starts = [0usize; MAX_CELLS];
    let mut n = 1;
    let mut quoted = false;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'"' => quoted = !quoted,
            b',' if !quoted => {
                *starts.get_mut(n)? = i + 1;
                n += 1;
            }
            _ => {}
        }
    }
    if n < 3 {
        return None;
    }
    let starts = starts.get(..n)?;
    let cell = |k: usize| -> Option<&str> {
        let end = starts.get(k + 1).map_or(line.len(), |&e| e - 1);
        let c = line.get(*starts.get(k)?..end)?.trim();
        Some(
            c.strip_prefix('"').and_then(|c| c.strip_suffix('"')).unwrap_or(c),
        )
    };
    let is_when = |s: &str| {
        let mut c = Cursor { s, i: 0 };
        let date = c.date();
        if date && !c.eat('T') {
            c.skip_spaces();
        }
        let time = c.time();
        c.eat('Z');
        (date || time) && c.at_end()
    };
    // The sender's name first: most rows of other tables have a number
    // there.
    let name = cell(n - 2)?;
    if name.is_empty()
        || name.len() > 40
        || name.bytes().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    // The cells before the name are short and plain, a time or an id
    // with few digits: what is read as a header is not searched, so no
    // number that may be a secret may sit there.
    let plain = |c: &str| {
        c.len() <= 40
            && c.is_ascii()
            && (is_when(c)
                || c.bytes().filter(u8::is_ascii_digit).count() <= 10
                || hex_id(c))
    };
    if !(0..n - 2).all(|k| cell(k).is_some_and(plain))
        || !(0..n - 2).any(|k| cell(k).is_some_and(is_when))
    {
        return None;
    }
    let label = normalise(name);
    if is_when(name) || !plausible(&label) || label.split(' ').count() > 4 {
        return None;
    }
    let mut start = *starts.get(n - 1)?;
    while b.get(start) == Some(&b' ') {
        start += 1;
    }
    let (content, end) = if b.get(start) == Some(&b'"') {
        // The closing quote: the first one not doubled.
        let mut i = start + 1;
        let close = loop {
            match b.get(i) {
                Some(b'"') if b.get(i + 1) == Some(&b'"') => i += 2,
                Some(b'"') => break Some(i),
                Some(_) => i += 1,
                None => break None,
            }
        };
        (start + 1, close)
    } else {
        (start, None)
    };
    let empty = content >= end.unwrap_or(line.len());
    Some(Header {
        label,
        header_end: content,
        content: (!empty).then_some(content),
        end,
        timed: true,
    })
}

/// What [`csv_header`] needs before it reads a row's cells, in a search
/// for commas: a cell other than the last two that could be a date or a
/// time (`is_when` there), with two commas after its start. `b` is the
/// row, `first` its first comma. The first cell could be one if all its
/// bytes before the first comma could be a date's, a time's, white space
/// or a quote; another, if a comma is followed by white space (any byte
/// not ASCII, as it could be some), quotes and a digit. Every comma is
/// counted, in quotes or not: a row's commas out of quotes are among
/// them. Most lines of prose and chats with commas have no such cell (a
/// piped chat's first cell holds a `|`): their cells are not read.
fn row_may_have_a_time(b: &[u8], first: usize) -> bool {
    let space = |c: u8| matches!(c, 0x09..=0x0D | b' ' | b'"' | 0x80..);
    // Digits and `-./:` are `-` to `:`.
    let when_byte = |&c: &u8| {
        space(c)
            || matches!(c, b'-'..=b':' | b'T' | b'Z' | b'a' | b'A' | b'p')
            || matches!(c, b'P' | b'm' | b'M')
    };
    let comma = |from: usize| super::bytes::find_any(b, from, [b',']);
    // Where the two commas after the cell's start are looked for.
    let mut from = 0;
    if !b.get(..first).is_some_and(|h| h.iter().all(when_byte)) {
        let mut at = first;
        loop {
            let rest = b.get(at + 1..).unwrap_or_default();
            let digit = rest.iter().find(|&&c| !space(c));
            if digit.is_some_and(u8::is_ascii_digit) {
                from = at + 1;
                break;
            }
            at = comma(at + 1);
            if at >= b.len() {
                return false;
            }
        }
    }
    let one = comma(from);
    one < b.len() && comma(one + 1) < b.len()
}

/// Parses one line of a JSON-lines transcript:
/// `{"speaker": "agent", "text": "What's the card number?"}`. The header is
/// everything up to the opening quote of the text; the content is the text
/// up to its closing quote.
fn json_header(line: &str) -> Option<Header> {
    let field = |key: &str| -> Option<(usize, usize)> {
        let k = line.find(&format!("\"{key}\""))?;
        let rest = line.get(k + key.len() + 2..)?;
        let colon = rest.find(':')?;
        let after = rest.get(colon + 1..)?;
        let open = after.find('"')?;
        if !after.get(..open)?.trim().is_empty() {
            return None;
        }
        let start = k + key.len() + 2 + colon + 1 + open + 1;
        // The closing quote is the first one not escaped.
        let bytes = line.as_bytes();
        let mut i = start;
        while let Some(&b) = bytes.get(i) {
            match b {
                b'\\' => i += 2,
                b'"' => return Some((start, i)),
                _ => i += 1,
            }
        }
        None
    };
    let (s0, s1) =
        ["speaker", "role", "participant", "channel", "speaker_label"]
            .iter()
            .find_map(|k| field(k))?;
    let (t0, t1) = ["text", "transcript", "content", "utterance", "message"]
        .iter()
        .find_map(|k| field(k))?;
    let label = normalise(line.get(s0..s1)?);
    plausible(&label).then_some(Header {
        label,
        header_end: t0,
        content: Some(t0),
        end: Some(t1),
        timed: false,
    })
}

/// Returns true for an export's hexadecimal id (a contact's UUID
/// `5d012c16-1a2b-...`, a hash `f193284d3b20b049...`): at least 16 hex
/// digits and dashes, with letters, and no more than 8 digits between two
/// letters, dashes or not. Such a cell may be read as a header's: however
/// it is cut, it holds no card number (12 digits or more) and no SSN
/// written on its own ("a4111-1111-1111-1111" has 16 digits between two
/// letters, "ab123456789" 9).
fn hex_id(c: &str) -> bool {
    let b = c.as_bytes();
    if b.len() < 16 || !b.iter().all(|x| x.is_ascii_hexdigit() || *x == b'-') {
        return false;
    }
    let mut letters = 0;
    let mut digits = 0;
    for x in b {
        if x.is_ascii_digit() {
            digits += 1;
            if digits > 8 {
                return false;
            }
        } else if *x != b'-' {
            letters += 1;
            digits = 0;
        }
    }
    letters > 0
}

fn looks_like_time(s: &str) -> bool {
    let mut cur = Cursor { s, i: 0 };
    cur.time()
}

/// Lowercases a label, squeezes spaces and drops timestamp groups.
fn normalise(label: &str) -> String {
    // Most labels are ASCII words one space apart: lowercased at once.
    if plain(label.as_bytes()) {
        return label.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(label.len());
    // Most labels are ASCII: the same, a byte at a time (the white space
    // `split_whitespace` knows in ASCII, including the vertical tab).
    if label.is_ascii() {
        let mut space = false;
        for b in label.bytes() {
            if matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
                space = !out.is_empty();
                continue;
            }
            if space {
                out.push(' ');
                space = false;
            }
            out.push(char::from(b.to_ascii_lowercase()));
        }
        return out;
    }
    normalise_words(label, out)
}

/// [`normalise`] of a label already in a `String`: a plain one is
/// lowercased in place, with no copy.
fn normalise_owned(mut label: String) -> String {
    if plain(label.as_bytes()) {
        label.make_ascii_lowercase();
        return label;
    }
    normalise(&label)
}

/// Returns true if `label` is ASCII words one space apart (no other white
/// space, none at either end): what [`normalise`] only lowercases.
fn plain(label: &[u8]) -> bool {
    label.first().is_some_and(|&c| c != b' ')
        && label.last().is_some_and(|&c| c != b' ')
        && label.iter().all(|&c| {
            c.is_ascii() && !matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
        })
        && !label.windows(2).any(|w| w == b"  ")
}

/// What [`normalise`] does for any label, appended to `out`.
fn normalise_words(label: &str, mut out: String) -> String {
    for w in label.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        // The ASCII letters of a name in another alphabet ("Pe Müller")
        // pushed as bytes: `to_lowercase` makes an iterator for each.
        for c in w.chars() {
            match c.is_ascii() {
                true => out.push(c.to_ascii_lowercase()),
                false => out.extend(c.to_lowercase()),
            }
        }
    }
    out
}

/// Words that start field labels in notes and emails (`Subject:`,
/// `Tracking:`) rather than speaker labels. Sorted, for a binary search.
const FIELD_WORDS: &[&str] = &[
    "account",
    "acct",
    "action",
    "address",
    "alt",
    "amount",
    "attn",
    "balance",
    "bcc",
    "billing",
    "callback",
    "card",
    "case",
    "category",
    "cb",
    "cc",
    "cell",
    "channel",
    "charge",
    "contact",
    "cvv",
    "date",
    "description",
    "disposition",
    "dob",
    "email",
    "error",
    "exp",
    "expiry",
    "fax",
    "fcr",
    "follow",
    "from",
    "fyi",
    "hold",
    "http",
    "https",
    "important",
    "interaction",
    "invoice",
    "issue",
    "mailto",
    "method",
    "mobile",
    "name",
    "next",
    "note",
    "notes",
    "order",
    "outcome",
    "payment",
    "phone",
    "pmt",
    "policy",
    "priority",
    "ps",
    "re",
    "reason",
    "ref",
    "reference",
    "refund",
    "resolution",
    "result",
    "sent",
    "serial",
    "sku",
    "social",
    "ssn",
    "status",
    "steps",
    "subject",
    "summary",
    "tel",
    "ticket",
    "time",
    "to",
    "total",
    "tracking",
    "type",
    "update",
    "warning",
    "zip",
];

/// For each byte, the range of [`FIELD_WORDS`] that start with it (empty
/// for bytes that start none), found at compile time.
const FIELD_GROUPS: [(u8, u8); 256] = {
    assert!(FIELD_WORDS.len() < 256, "indices are bytes");
    let mut groups = [(0u8, 0u8); 256];
    let mut k = 0;
    while k < FIELD_WORDS.len() {
        let first = FIELD_WORDS[k].as_bytes()[0] as usize;
        if groups[first].1 == 0 {
            groups[first].0 = k as u8;
        }
        groups[first].1 = k as u8 + 1;
        k += 1;
    }
    groups
};

/// For each byte, the lengths of the [`FIELD_WORDS`] that start with it,
/// as bits (each is shorter than 16 bytes), found at compile time.
const FIELD_LENGTHS: [u16; 256] = {
    let mut lengths = [0u16; 256];
    let mut k = 0;
    while k < FIELD_WORDS.len() {
        let w = FIELD_WORDS[k].as_bytes();
        assert!(w.len() < 16, "lengths are bits of a u16");
        lengths[w[0] as usize] |= 1 << w.len();
        k += 1;
    }
    lengths
};

/// Returns true if `w` is one of [`FIELD_WORDS`]: compared only with the
/// words that start with its first byte, if one of them is as long. Most
/// first words of labels ("agent", most names) are told by their first
/// byte and length alone: [`plausible`], read for each header, cost 2.9
/// million instructions on the 1 MB text when each was compared with its
/// group of words.
fn is_field_word(w: &str) -> bool {
    let Some(&first) = w.as_bytes().first() else { return false };
    let lengths = FIELD_LENGTHS[usize::from(first)];
    if w.len() >= 16 || lengths & (1 << w.len()) == 0 {
        return false;
    }
    let (lo, hi) = FIELD_GROUPS[usize::from(first)];
    FIELD_WORDS
        .get(usize::from(lo)..usize::from(hi))
        .is_some_and(|group| group.contains(&w))
}

/// Returns true if `label` (normalised) could name a speaker: not a field
/// of a form or note, whose first word is one of [`FIELD_WORDS`] or its
/// plural ("Cards on file:", "Payments:"), nor, in another script, one
/// with a label word of the lexicon ("رمز الأمان:", "有効期限：").
fn plausible(label: &str) -> bool {
    let b = label.as_bytes();
    // The first character a letter: an ASCII one told by its byte.
    let letter = match b.first() {
        Some(c) if c.is_ascii() => c.is_ascii_alphabetic(),
        _ => label.chars().next().is_some_and(char::is_alphabetic),
    };
    if !letter || b.len() > 40 {
        return false;
    }
    let end = b.iter().position(|&c| c == b' ' || c == b'(');
    let first = label.get(..end.unwrap_or(b.len())).unwrap_or("");
    let field = is_field_word;
    let plural_field = first.strip_suffix('s').is_some_and(field);
    (!field(first) && !plural_field || channel(label))
        && (label.is_ascii() || !foreign_field(label))
}

/// Returns true if a word of `label`, which is not ASCII, is a label word
/// of the lexicon (see `lexicon::foreign`): a field of a form in another
/// language. ("Card number:" repeated in a form is no speaker: its first
/// word is a field word; in Hindi or Arabic the first word is "number".)
#[inline(never)]
fn foreign_field(label: &str) -> bool {
    // Latin names ("José Núñez", most labels) have no such word: told by
    // their bytes, no character decoded (many-speakers, 2.57 to 4.30
    // million instructions in `plausible` when every name that was not
    // ASCII was looked up).
    let other_script = label.bytes().any(|b| b >= 0xCD);
    other_script
        && label
            .split(|c: char| !(c.is_alphanumeric() || token::in_word(c)))
            .filter(|w| !w.is_empty() && !w.is_ascii())
            .any(|w| {
                lexicon::get(lexicon::lookup(w))
                    .is_some_and(|l| !l.phrases.is_empty())
            })
}

/// Returns true for "channel 1", "channel 2" (normalised): the speaker of
/// each channel of a stereo call recording, as recognisers name them; a
/// role, though "channel" alone is a field ("Channel: phone").
fn channel(label: &str) -> bool {
    label.strip_prefix("channel ").is_some_and(|n| {
        (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
    })
}

/// Returns true if `label` is a phone number, as WhatsApp names a sender
/// not in the contacts (`3/15/26, 4:14 PM - +1 702 855 0271: ...`): a `+`,
/// then digits, spaces, dashes and brackets, 8 to 20 characters.
fn phone_label(label: &str) -> bool {
    label.starts_with('+')
        && (8..=20).contains(&label.len())
        && label.bytes().skip(1).all(|b| {
            b.is_ascii_digit() || matches!(b, b' ' | b'-' | b'(' | b')')
        })
        && label.bytes().filter(u8::is_ascii_digit).count() >= 7
}

/// Returns true if the label names a role in a conversation, so one line is
/// enough to trust it.
fn names_a_role(label: &str) -> bool {
    // A role word, or "channel 1", in the label, found first: most labels
    // are names, with none, and their words need not be counted (below).
    // The words are split at every byte that is not an ASCII letter,
    // digit or `_`; a piece with bytes of other characters is split again
    // at those that are neither alphanumeric nor `_` (the words of a
    // `split` at either). Read in one plain loop over the bytes: through
    // `split` and `filter`, the words counted first, each label of
    // many-speakers (a name, read here once) cost 690 instructions.
    let bytes = label.as_bytes();
    let piece_is_role = |start: usize, end: usize, other: bool| match other {
        false => bytes.get(start..end).is_some_and(role),
        true => label.get(start..end).is_some_and(|w| {
            w.split(|c: char| !c.is_alphanumeric() && c != '_')
                .any(|w| role(w.as_bytes()))
        }),
    };
    let (mut start, mut other) = (0, false);
    let mut named = false;
    for (i, &b) in bytes.iter().enumerate() {
        if b.is_ascii_alphanumeric() || b == b'_' {
            continue;
        }
        if b >= 0x80 {
            other = true;
            continue;
        }
        if i > start && piece_is_role(start, i, other) {
            named = true;
            break;
        }
        (start, other) = (i + 1, false);
    }
    named = named || piece_is_role(start, bytes.len(), other);
    if !(named || channel(label)) {
        return false;
    }
    // Without its `(role)` groups, a speaker label is a word or two
    // (`Customer`, `Speaker 1`); "cust called re:" is a note. An ASCII
    // label (most) is read by bytes: the same words, no character
    // decoded.
    let bare = label.split('(').next().unwrap_or("");
    let bare_words = match label.is_ascii() {
        true => bare
            .as_bytes()
            .split(|&b| {
                matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
            })
            .filter(|w| !w.is_empty())
            .count(),
        false => bare.split_whitespace().count(),
    };
    bare_words <= 2
}

/// Returns true if `w`, a word of a label (see [`names_a_role`]), is a
/// role's.
fn role(w: &[u8]) -> bool {
    // Every role word (and `spk...`, `speaker_...`) is three bytes or
    // more and starts with one of these letters: most words of a name
    // ("ka", "nguyen") are ruled out before the list is compared
    // (many-speakers: 10,059 labels of names, each read here once).
    let Some(&first) = w.first() else { return false };
    if w.len() < 3
        || !matches!(
            first,
            b'a' | b'c'
                | b'g'
                | b'l'
                | b'm'
                | b'o'
                | b'p'
                | b'r'
                | b's'
                | b't'
                | b'u'
                | b'v'
        )
    {
        return false;
    }
    matches!(
        w,
        b"agent"
            | b"agt"
            | b"customer"
            | b"cust"
            | b"caller"
            | b"rep"
            | b"representative"
            | b"speaker"
            | b"visitor"
            | b"client"
            | b"csr"
            | b"advisor"
            | b"associate"
            | b"operator"
            | b"support"
            | b"member"
            | b"patient"
            | b"guest"
            | b"user"
            // Spanish: `Agente`, `Cliente`, `Operador`, `Usuario`.
            | b"agente"
            | b"cliente"
            | b"operador"
            | b"operadora"
            | b"usuario"
            | b"usuaria"
            | b"asesor"
            | b"asesora"
            | b"titular"
            | b"representante"
            | b"llamante"
    ) || w.starts_with(b"spk")
        // Diarisation's own names: `SPEAKER_00` (pyannote, WhisperX).
        || w.strip_prefix(b"speaker_").is_some_and(|n| {
            !n.is_empty() && n.iter().all(u8::is_ascii_digit)
        })
}

#[cfg(test)]
mod tests {
    /// A line of digits alone, told by [`super::classify`]'s fast path, is
    /// what [`super::line_kind`]'s readers make of it too: content, at any
    /// length, and before a cue timing still an SRT cue number.
    /// A role in capitals and two spaces open a line of a transcript in
    /// columns; a name in capitals, or one space, do not.
    #[test]
    fn a_role_column_is_a_header() {
        let label = |l: &str| super::header(l).map(|h| h.label);
        assert_eq!(
            label("AGT  Adelante con la tarjeta").as_deref(),
            Some("agt")
        );
        assert_eq!(label("CUSTOMER   yes it is").as_deref(), Some("customer"));
        assert_eq!(label("NOTE  call back after 5"), None);
        assert_eq!(label("AGT Adelante"), None);
        assert_eq!(label("Agent  hello"), None);
    }

    /// One word alone on its line is a sender's name beside another
    /// speaker, not on its own.
    #[test]
    fn one_word_names_alone() {
        let speakers = |t: &str| -> Vec<u32> {
            super::split_turns(t).turns.iter().map(|t| t.speaker).collect()
        };
        assert_eq!(
            speakers("Kevin\nhi\nJulio\nhello\nKevin\nok\nJulio\nbye\n"),
            vec![0, 1, 0, 1]
        );
        assert_eq!(
            speakers("Agente\nhola\nJulio\nsi\nJulio\nya\n"),
            vec![0, 1, 1]
        );
        assert_eq!(
            speakers("Pending\none\nPending\ntwo\n"),
            vec![super::UNKNOWN]
        );
        assert_eq!(
            speakers("Thanks\nok\nThanks\nbye\n"),
            vec![super::UNKNOWN]
        );
        assert!(!super::one_name_line("Twelve"));
        assert!(super::one_name_line("O'Neil"));
    }

    #[test]
    fn a_line_of_digits_is_content() {
        let (mut names, mut spare) = (String::new(), String::new());
        let mut line = String::new();
        for n in 0..40u32 {
            line.push(char::from(b'0' + (n * 7 % 10) as u8));
            assert_eq!(
                super::line_kind(&line, 0, &mut names, &mut spare),
                super::Line::Content,
                "{line:?}"
            );
            let text = format!("{line}\n{line}");
            let (kinds, _) = super::classify(&text, &super::lines(&text));
            assert_eq!(kinds, [super::Line::Content, super::Line::Content]);
        }
        for digits in ["0", "12", "1234", "20250101", "123456"] {
            assert_eq!(
                super::line_kind(digits, 0, &mut names, &mut spare),
                super::Line::Content
            );
        }
        let srt = "1\n00:00:01,000 --> 00:00:02,000\nhi\n";
        let lines = super::lines(srt);
        let (kinds, _) = super::classify(srt, &lines);
        assert_eq!(kinds.first(), Some(&super::Line::Structure));
    }

    /// The fast path for `Label: speech` lines gives what the general
    /// parser gives, on random lines of label-like pieces, times, Zoom's
    /// `From`, tabs, brackets and other scripts.
    #[test]
    fn simple_header_is_any_header() {
        let pieces: &[&str] = &[
            "Agent",
            "speaker",
            "1",
            "12",
            "Cust",
            "From",
            "From ",
            " ",
            "  ",
            ":",
            ": ",
            "  ",
            "\t",
            "x",
            "Subject",
            "card",
            "12:30",
            "9:05 ",
            "(",
            ")",
            "[",
            "]",
            "*",
            "_",
            "é",
            "\u{3000}",
            "to",
            " to ",
            "Everyone",
            "?",
            "/",
            "-",
            ",",
            "call",
            "4111",
            "<v",
            "spk_1",
            "[01:00:28] ",
            "(09:38:54) ",
            "00:28 ",
            "1:02:03 ",
            "00:28:5 ",
            "[1:2]",
            "(12:30)",
            " (12:30)",
            "[8:23 PM] ",
            " PM",
            " (Mei)",
            " (Sven Singh)",
            "(Agent)",
            " (",
            "Mei",
            "12:30 PM",
            "[",
            "(",
            " | ",
            "'",
            ".",
            "O'Neil",
            "the order ",
            "my card ",
            "word",
            " x",
            " 12",
            "5 ",
            " 581932056 ",
            "a1",
            "_",
            "José",
            "Zoë",
            "Müller",
            "ß",
            "\u{212A}",
            "İ",
            "’",
            "\u{301}",
            "O'",
            "'s",
            " (José García)",
            " (Zoë O'Neil)",
            "ǅ",
            "¹",
        ];
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let (mut fast, mut timed, mut named, mut other) = (0, 0, 0, 0);
        for _ in 0..400_000 {
            let mut line = String::new();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let n = 1 + (state % 9) as usize;
            let mut r = state;
            for _ in 0..n {
                r = r.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                line.push_str(pieces[(r >> 33) as usize % pieces.len()]);
            }
            if let Some(found) = super::simple_header(&line) {
                fast += 1;
                if let Some(h) = &found {
                    timed += usize::from(h.timed);
                    named += usize::from(h.label.contains('('));
                    other += usize::from(
                        !h.label.is_ascii() || h.label.contains('\''),
                    );
                }
                assert_eq!(found, super::any_header(&line), "{line:?}");
            }
        }
        // Prose with a colon further on is decided on the fast path, as
        // `any_header` decides it; a clock time as the fifth word is not
        // ("call me back at" is a label before a time for `any_header`).
        for (line, fast) in [
            (
                "Cust states order 581932056 never arrived, delivered 2:54 PM",
                true,
            ),
            ("i was charged twice so this month: why", true),
            ("call me back at the 12:30 slot", true),
            ("call me back at 12:30 today", false),
            ("the card is fine\tnow: ok", false),
        ] {
            let found = super::simple_header(line);
            assert_eq!(found.is_some(), fast, "{line:?}");
            if let Some(found) = found {
                assert_eq!(found, super::any_header(line), "{line:?}");
            }
        }
        // FIXME: five words and then a row of a table's cells, which
        // `any_header` reads as a row (`csv_header`), are prose on the
        // fast path. No line of the corpus or the sets has this shape; a
        // name with an apostrophe or a letter that is not ASCII is left to
        // `any_header` (the second line).
        let row = "my card the order card, 12:30, Bob, hi";
        assert_eq!(super::simple_header(row), Some(None));
        assert!(super::any_header(row).is_some_and(|h| h.label == "bob"));
        let row = "my card the order O'Neil, 12:30, Bob, hi";
        assert_eq!(super::simple_header(row), None);
        // Each way through the fast path was taken often enough to mean
        // something.
        assert!(
            fast > 1_000 && timed > 20 && named > 20 && other > 20,
            "{fast} {timed} {named} {other}"
        );
    }

    /// The same on every combination of header parts that are near the
    /// fast path's shape: times, labels, names, colons and what follows.
    #[test]
    fn simple_header_is_any_header_near_its_shape() {
        let times = [
            "",
            "[01:00:28] ",
            "(09:38:54) ",
            "[1:2]  ",
            "[12:30]",
            "(12:30 ",
            "[:] ",
            "[00:00:00:00:00:00:00:00:00:00:00] ",
            "[12] ",
            "(1:2) ",
            "[12:30 PM] ",
            "[8:23 pm] ",
            "(8:23 AM) ",
            "[8:23 Am] ",
            "[8:23 PMx] ",
            "[8:23  PM] ",
            "[8:23 P] ",
            " [12:30] ",
            "[2024-06-09 12:00] ",
            "00:28 ",
            "0:28  ",
            "01:00:28 ",
            "123:45 ",
            "12:345 ",
            "12:34:5 ",
            "12:34.5 ",
            "12:34,500 ",
            "12:34:56.789 ",
            "12:34a ",
            "12:34 pm ",
            "12:34 PM ",
            "12:34 am",
            "12:34 ampm ",
            "12:34 Pmx ",
            "12:34\t",
            "12:34",
            "12:34 | ",
            "12:34 - ",
            "2024-06-09 12:00 ",
            "12/01/2026, 8:23 PM - ",
            "9 ",
            "12:",
        ];
        let labels = [
            "Agent",
            "spk_1",
            "Speaker 1",
            "Customer Service Rep Two",
            "a b c d e",
            "From Sarah",
            "Subject",
            "card",
            "_x",
            "1x",
            "x_",
            "Agent 12",
            "O'Neil",
            "Dr. Who",
            "Lopez, Maria",
            "Agent aaaaaaaaaaaaa bbbbbbbbbbbbbbbbbbbbbbbbbbb",
            "Agent aaaaaaaaaaaaa bbbbbbbbbbbbbbbbbbbbbbbbbbb cc",
            "Agent 1 2",
            "AGENT",
            "x",
            "José Núñez",
            "Zoë",
            "O'Neil Müller",
            "Agent k\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}",
            "Agent k\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}",
            "Agent eééééééééééééééééééééééééééééééééé",
            "Kofi 'x",
            "It's my card",
            "a b c d é",
            "é",
        ];
        let names = [
            "",
            " (Mei)",
            " (Sven Singh)",
            " ()",
            " (Agent",
            " (12:30)",
            " (O'Neil)",
            "  (Mei)",
            " (Mei) (Agent)",
            " (01:06)",
            " (1:2)",
            " (1:2:3:4)",
            " (12)",
            " (01:06) (Mei)",
            " (Mei) (01:06)",
            " (01:06) (02:07)",
            " (Mei) (01:06) (Agent)",
            " (01:06)x",
            " (01:06 PM)",
            " (Mei)x",
            " (aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)",
            " (José García)",
            " (Zoë O'Neil)",
            " (Ünal) (01:06)",
            " (’)",
            " (e\u{301})",
            " (ééééééééééééééééééééé)",
        ];
        let colons =
            [": ", ":", ":  ", " : ", ":\t", "::", ": \u{3000}", ":x"];
        let rests =
            ["", "hi there", "4111 1111", "  ", "\u{3000}", "12:30", "/x"];
        let (mut fast, mut clock) = (0, 0);
        for t in times {
            for l in labels {
                for n in names {
                    for c in colons {
                        for r in rests {
                            let line = format!("{t}{l}{n}{c}{r}");
                            if let Some(found) = super::simple_header(&line) {
                                fast += 1;
                                // An unbracketed clock time read here.
                                clock += usize::from(
                                    t.starts_with(|c: char| {
                                        c.is_ascii_digit()
                                    }) && found.is_some(),
                                );
                                assert_eq!(
                                    found,
                                    super::any_header(&line),
                                    "{line:?}"
                                );
                            }
                        }
                    }
                }
            }
        }
        assert!(fast > 1_000 && clock > 500, "{fast} {clock}");
    }

    /// [`super::csv_header`] before its search for a cell that may be a
    /// time (the reference it is compared with).
    fn csv_header_reference(line: &str) -> Option<super::Header> {
        super::csv_first_comma(line).and_then(|_| super::csv_cells(line))
    }

    /// The fast paths for `Label: speech` and `9:49 AM | agent | speech`
    /// lines give what the general parser gives, and a row of a table is
    /// read as it was before [`super::row_may_have_a_time`], on every line
    /// of the labelled corpus and of the evaluation sets.
    #[test]
    fn fast_paths_are_any_header_on_the_corpus() {
        let corpus = include_str!("../../tests/data/corpus/public.jsonl");
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/eval/sets");
        let mut sets = vec![corpus.to_string()];
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            sets.push(std::fs::read_to_string(entry.path()).unwrap());
        }
        let (mut fast, mut piped, mut rows) = (0, 0, 0);
        for doc in sets.iter().flat_map(|s| s.lines()) {
            let v: serde_json::Value =
                serde_json::from_str(doc).unwrap_or_default();
            let text = v["text"].as_str().unwrap_or("");
            for line in super::lines(text).iter().map(|l| l.of(text)) {
                if let Some(found) = super::simple_header(line) {
                    fast += 1;
                    assert_eq!(found, super::any_header(line), "{line:?}");
                }
                if let Some(found) = super::piped_header(line) {
                    piped += 1;
                    assert_eq!(found, super::any_header(line), "{line:?}");
                }
                let row = super::csv_header(line);
                rows += usize::from(row.is_some());
                assert_eq!(row, csv_header_reference(line), "{line:?}");
            }
        }
        assert!(sets.len() > 20, "{}", sets.len());
        assert!(
            fast > 10_000 && piped > 100 && rows > 10,
            "{fast} {piped} {rows}"
        );
    }

    /// The fast path for chats with the speaker between bars gives what
    /// the general parser gives, on random lines of times, halves of the
    /// day, bars, labels and speech with commas, times, tabs and quotes.
    #[test]
    fn piped_header_is_any_header() {
        let times = [
            "9:49",
            "11:08",
            "20:14:05",
            "1:2",
            "123:45",
            "12:345",
            "9:49:5",
            "9:49:555",
            "09:49.5",
            "9:49a",
            "",
            "2024-06-09 9:49",
            "[9:49]",
            " 9:49",
            "9:49:",
        ];
        let halves = [
            "", " AM", " pm", "AM", " Am", " AMx", " a", " ", "  PM ",
            " PM\t", " PMé", " p.m.",
        ];
        let bars = [" | ", "|", " |", "| ", " - ", ": ", " ||", "  |  "];
        let labels = [
            "agent",
            "Customer",
            "Rosa Delgado",
            "José Núñez",
            "O'Neil",
            "a b c d e",
            "a b c d",
            "Subject",
            "+1 702 855 0271",
            "",
            " ",
            "12",
            "Agent  Smith",
            "AGENT",
            "card",
            "channel 1",
            "x\u{3000}",
            "رمز الأمان",
            "spk_1",
        ];
        let speech = [
            " | ",
            "|",
            ": ",
            ":",
            "ok",
            ", ",
            ",",
            "10:30",
            "2024-06-09",
            "Bob",
            "hi there",
            "\t",
            "\"",
            " ",
            "\u{3000}",
            "4111",
            "a1",
            "Z",
            "é",
            "\u{a0}",
            ", 10:30, Bob, hi",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 11) as usize % n
        };
        let (mut fast, mut found, mut rows, mut alone) = (0, 0, 0, 0);
        for _ in 0..300_000 {
            let mut line = String::new();
            line.push_str(times[next(times.len())]);
            line.push_str(halves[next(halves.len())]);
            line.push_str(bars[next(bars.len())]);
            line.push_str(labels[next(labels.len())]);
            for _ in 0..next(9) {
                line.push_str(speech[next(speech.len())]);
            }
            let Some(piped) = super::piped_header(&line) else { continue };
            fast += 1;
            if let Some(h) = &piped {
                found += 1;
                rows += usize::from(h.end.is_some() || h.label == "bob");
                alone += usize::from(h.content.is_none());
            }
            assert_eq!(piped, super::any_header(&line), "{line:?}");
        }
        // Each way through the fast path was taken often enough to mean
        // something.
        assert!(
            fast > 10_000 && found > 5_000 && rows > 500 && alone > 500,
            "{fast} {found} {rows} {alone}"
        );
    }

    /// [`super::csv_header`] reads a row as it did before its search for a
    /// cell that may be a time, on random rows of dates, times, names,
    /// ids, quotes, white space and prose.
    #[test]
    fn rows_without_a_time_are_no_rows() {
        let cells = [
            "2024-06-30 21:52:37",
            "21:52",
            " 8:23 PM ",
            "\"21:52\"",
            "2024-06-30T21:52:37Z",
            "12/01/2026",
            "8434716",
            "Yusuf Kowalski",
            "Agent",
            "\"September 2032\"",
            "Perfect.",
            "",
            " ",
            "\u{a0}9:05",
            "\u{3000}",
            "\"",
            "\"a, b\"",
            "9:49 AM | agent | ok",
            "5d012c16-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
            "hi there",
            "$3",
            "493.36",
            "x: y",
            "12:30 pm",
            "10:08a",
            "é",
            "\t12:30",
            "4111111111111111",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ];
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 11) as usize % n
        };
        let (mut read, mut rows) = (0, 0);
        for _ in 0..300_000 {
            let mut line = String::new();
            for k in 0..1 + next(6) {
                if k > 0 {
                    line.push_str([",", ", ", " ,"][next(3)]);
                }
                line.push_str(cells[next(cells.len())]);
            }
            let row = super::csv_header(&line);
            read += usize::from(super::csv_first_comma(&line).is_some());
            rows += usize::from(row.is_some());
            assert_eq!(row, csv_header_reference(&line), "{line:?}");
        }
        assert!(read > 100_000 && rows > 5_000, "{read} {rows}");
    }

    /// [`super::names_a_role`] as it was written before its plain loops:
    /// the reference it is compared with.
    fn names_a_role_reference(label: &str) -> bool {
        // Without its `(role)` groups, a speaker label is a word or two
        // (`Customer`, `Speaker 1`); "cust called re:" is a note.
        let bare = label.split('(').next().unwrap_or("");
        // An ASCII label (most) is read by bytes: the same words, no
        // character decoded.
        let ascii = label.is_ascii();
        let bare_words = match ascii {
            true => bare
                .as_bytes()
                .split(|&b| {
                    matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
                })
                .filter(|w| !w.is_empty())
                .count(),
            false => bare.split_whitespace().count(),
        };
        if bare_words > 2 {
            return false;
        }
        // The list of roles is the function's own: only how the label is
        // cut into words is the former function's.
        let role = super::role;
        let named = match ascii {
            true => label
                .as_bytes()
                .split(|&b| !(b.is_ascii_alphanumeric() || b == b'_'))
                .any(role),
            false => label
                .split(|c: char| !c.is_alphanumeric() && c != '_')
                .any(|w| role(w.as_bytes())),
        };
        named || super::channel(label)
    }

    /// `names_a_role` gives what its reference gives, on random labels of
    /// role words, names, groups, digits and other scripts' letters and
    /// spaces.
    #[test]
    fn names_a_role_is_its_reference() {
        let pieces: &[&str] = &[
            "agent",
            "customer",
            "cust",
            "spk",
            "spk_1",
            "speaker_01",
            "speaker_",
            "speaker_x",
            "channel ",
            "channel 1",
            "channel 12",
            "1",
            "ka",
            "nguyen",
            "lopez",
            " ",
            "  ",
            "\t",
            "(",
            ")",
            "'",
            "’",
            "-",
            "_",
            "é",
            "ü",
            "müller",
            "agentü",
            "\u{a0}",
            "\u{3000}",
            "\u{2028}",
            "வாடிக்கையாளர்",
            "rep",
            "repü",
            "asesora",
            "llamante",
            "user",
            "users",
            ".",
            ",",
            "x",
            "\u{301}",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut roles = 0;
        for _ in 0..200_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let mut label = String::new();
            let mut r = state;
            for _ in 0..1 + (state % 6) as usize {
                r = r.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                label.push_str(pieces[(r >> 33) as usize % pieces.len()]);
            }
            let want = names_a_role_reference(&label);
            roles += usize::from(want);
            assert_eq!(super::names_a_role(&label), want, "{label:?}");
        }
        assert!(roles > 10_000, "{roles}");
    }

    /// The lines, found eight bytes at a time, are those of a reading
    /// character by character that ends a line at `\n`, `\r\n`, `\r`,
    /// U+0085, U+2028 and U+2029, on random texts of those, their
    /// neighbours in UTF-8 (U+00A0 and U+2013 share the first bytes of
    /// U+0085 and U+2028) and letters.
    #[test]
    fn lines_end_at_every_line_break() {
        let reference = |text: &str| -> Vec<Span> {
            let mut out = Vec::new();
            let mut start = 0;
            let mut chars = text.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                let end = match c {
                    '\r' if chars.peek().is_some_and(|&(_, n)| n == '\n') => {
                        chars.next();
                        i + 2
                    }
                    '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                        i + c.len_utf8()
                    }
                    _ => continue,
                };
                out.push(Span::new(start, i));
                start = end;
            }
            out.push(Span::new(start, text.len()));
            out
        };
        let pieces = [
            "\n",
            "\r",
            "\r\n",
            "\u{85}",
            "\u{2028}",
            "\u{2029}",
            "\u{a0}",
            "\u{2013}",
            "a",
            "bcdefghij",
            "é",
            " ",
            "\t",
            "£",
            "…",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..5_000 {
            let mut text = String::new();
            for _ in 0..(state % 24) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            assert_eq!(lines(&text), reference(&text), "{text:?}");
        }
    }

    /// The break bytes found eight at a time are those a search byte by
    /// byte finds, from every offset of random byte strings of break
    /// bytes, their near misses (tab, other controls, C3, E3, 82, A2) and
    /// letters.
    #[test]
    fn next_break_byte_is_a_search() {
        let alphabet =
            [b'\n', b'\r', 0xc2, 0xe2, b'\t', 0x0b, 0x0e, 0, 0xc3, 0xe3, 0x82];
        let more = [0xa2, b'a', b'Z', b' ', 0x7f, 0x80, 0xff, b'*', b'-'];
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..20_000 {
            let mut text = Vec::new();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = state % 40;
            for _ in 0..len {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                // Mostly letters, as text is.
                let b = match state % 4 {
                    0 => alphabet[(state >> 8) as usize % alphabet.len()],
                    _ => more[(state >> 8) as usize % more.len()],
                };
                text.push(b);
            }
            for from in 0..=text.len() + 1 {
                let want = (from..text.len())
                    .find(|&k| matches!(text[k], b'\n' | b'\r' | 0xc2 | 0xe2))
                    .unwrap_or(text.len());
                assert_eq!(
                    next_break_byte(&text, from),
                    want,
                    "{text:?} {from}"
                );
            }
        }
    }

    /// The tokens of each turn, found by galloping, are those a search of
    /// all the tokens finds: on the corpus (notes, chats, transcripts with
    /// headers of every kind) and on texts of one turn, of empty turns
    /// and of turns of one token.
    #[test]
    fn turn_tokens_are_those_a_search_finds() {
        let corpus = include_str!("../../tests/data/corpus/public.jsonl");
        let mut texts: Vec<String> = corpus
            .lines()
            .filter_map(|doc| {
                let v: serde_json::Value = serde_json::from_str(doc).ok()?;
                Some(v["text"].as_str()?.to_string())
            })
            .collect();
        texts.push(String::new());
        texts.push("A: 1\nB: 2\nA: 3\nB: 4\n".into());
        texts.push(
            "Agent: hi\nCustomer:\nAgent: ok\n\n\nCustomer: 4111".into(),
        );
        let mut turns = 0;
        for text in &texts {
            let tokens = tokenize(text);
            let l = layout(text, &tokens);
            assert_eq!(l.tokens.len(), l.turns.len());
            for (turn, got) in l.turns.iter().zip(&l.tokens) {
                let search = |at: usize| {
                    tokens.partition_point(|t| t.span().start < at)
                };
                let want =
                    search(turn.content.start)..search(turn.content.end);
                assert_eq!(got, &want, "{text:?}");
                turns += 1;
            }
        }
        assert!(turns > 500, "{turns}");
    }

    /// The ASCII path of `normalise` gives what the general one gives, on
    /// labels of letters, digits, punctuation and every ASCII space.
    #[test]
    fn normalise_ascii_is_normalise() {
        let alphabet = b"aZ 1(\t\n\x0B\x0C\r:-_'.xQ";
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 12) as usize;
            let label: String = (0..len)
                .map(|k| {
                    let i = (state >> (5 * k)) as usize % alphabet.len();
                    char::from(alphabet[i])
                })
                .collect();
            assert_eq!(
                super::normalise(&label),
                super::normalise_words(&label, String::new()),
                "{label:?}"
            );
        }
    }

    use super::*;
    use crate::detect::token::tokenize;

    /// Returns (speaker, content) of each turn.
    fn turns(text: &str) -> Vec<(u32, &str)> {
        let l = layout(text, &tokenize(text));
        l.turns.iter().map(|t| (t.speaker, &text[t.content.range()])).collect()
    }

    #[test]
    fn turn_at_from_is_turn_at() {
        let text = "Agent: hi\nCustomer: card is\n\n4111 1111\n| a | b |\n\
                    Agent: ok\nAgent: and?\nCustomer: 123\nnote";
        let tokens = crate::detect::token::tokenize(text);
        let l = layout(text, &tokens);
        assert!(l.turns.len() > 3);
        // In text order, then in an order that goes back now and then.
        let mut offsets: Vec<usize> = (0..=text.len() + 1).collect();
        offsets.extend((0..text.len()).map(|k| (k * 7919) % (text.len() + 2)));
        let mut from = 0;
        for at in offsets {
            assert_eq!(l.turn_at_from(at, &mut from), l.turn_at(at), "{at}");
        }
    }

    #[test]
    fn salesforce_elapsed_times() {
        let text = "( 14m 25s ) Ty: And the code?\n( 14m 49s ) Leilani Tran: 619\n\
                    ( 45s ) Ty: ok\n(1h 2m 3s) Leilani Tran: thanks";
        assert_eq!(
            turns(text),
            vec![(0, "And the code?"), (1, "619"), (0, "ok"), (1, "thanks")]
        );
        for (inner, yes) in [
            ("14m 8s", true),
            ("45s", true),
            ("1h 2m 3s", true),
            ("8s 14m", false),
            ("1234s", false),
            ("m", false),
            ("", false),
            ("14 m", false),
        ] {
            assert_eq!(super::elapsed(inner), yes, "{inner}");
        }
    }

    #[test]
    fn segment_offsets_after_the_speaker() {
        let text = "spk_0 [32.50-33.95]: And the expiration date?\n\
                    spk_1 [35.50-36.30]: August 31\n\
                    spk_0 [3.2s - 4.75s]: thanks";
        assert_eq!(
            turns(text),
            vec![
                (0, "And the expiration date?"),
                (1, "August 31"),
                (0, "thanks")
            ]
        );
        for (inner, yes) in [
            ("35.50-36.30", true),
            ("3.2s - 4.75s", true),
            ("0.00 --> 4.20", true),
            ("12-34", false),
            ("35.50", false),
            ("4111.1111-1111.1111.1111", false),
            ("a.5-1.0", false),
        ] {
            assert_eq!(super::offsets(inner), yes, "{inner}");
        }
    }

    #[test]
    fn channels_of_a_stereo_recording() {
        let text = "Channel 1: expiry date month and year\nChannel 2: 11/31\n\
                    Channel 1: thanks";
        assert_eq!(
            turns(text),
            vec![
                (0, "expiry date month and year"),
                (1, "11/31"),
                (0, "thanks")
            ]
        );
        // A field of a record is still no speaker.
        assert!(!super::plausible("channel"));
        assert!(!super::plausible("channel web"));
        assert!(super::plausible("channel 2"));
    }

    #[test]
    fn clock_then_name_alone_on_its_line() {
        let text = "0:25 | Maria Patel\nCan I get the card number, please?\n\n\
                    0:30 | Rosa Delgado\nYeah, 4829\n\n0:37 | Maria Patel\nOkay.";
        assert_eq!(
            turns(text),
            vec![
                (0, "Can I get the card number, please?"),
                (1, "Yeah, 4829"),
                (0, "Okay."),
            ]
        );
    }

    #[test]
    fn csv_chat_rows() {
        let text = "Conversation ID,Time,From,Message\n\
                    8434716,2024-06-30 21:52:16,Ebony,\"What's the expiry, please?\"\n\
                    8434716,2024-06-30 21:52:37,Yusuf Kowalski,\"September 2032\"\n\
                    21:53,Ebony,Perfect.";
        assert_eq!(
            turns(text),
            vec![
                (u32::MAX, "Conversation ID,Time,From,Message"),
                (0, "What's the expiry, please?"),
                (1, "September 2032"),
                (0, "Perfect.")
            ]
        );
        // An export's hexadecimal id before the time (an Amazon Connect
        // contact's UUID, a hash).
        for yes in [
            "f193284d3b20b0498a60e3863832e098,00:00:35,contact,Tom Lopez,It's 55339318",
            "5d012c16-1a2b-4c3d-8e9f-0a1b2c3d4e5f,00:00:36,agent,Hannah,\"Okay, go ahead.\"",
        ] {
            assert!(super::csv_header(yes).is_some(), "{yes}");
        }
        // Cells that may hold a secret are never a header's.
        for no in [
            "a4111-1111-1111-1111,00:00:35,contact,Tom Lopez,hi",
            "cc41111111111111,00:00:35,contact,Tom Lopez,hi",
            "1001,2024-06-30,4111111111111111,John Smith,paid",
            "2024-06-30,Agent 7,hello",
            "a,b,c",
        ] {
            assert!(super::csv_header(no).is_none(), "{no}");
        }
    }

    #[test]
    fn names_alone_on_their_lines() {
        for (line, yes) in [
            ("Sam Martinez", true),
            ("Ethan from ShopRight", true),
            ("Emily O'Brien", true),
            ("Mary J. Blige", true),
            ("Ana de la Cruz", true),
            ("You sent", true),
            ("Okay.", false),
            ("Thank You", false),
            ("Okay", false),
            ("Sam", false),
            ("Hello there", false),
            ("Conversation with Sam Martinez", false),
            ("Card Number 4111", false),
            ("Sam Martinez:", false),
            ("J. Smith", true),
            ("Smith J.", false),
            ("SAM MARTINEZ", false),
            ("One Two Three Four Five", false),
        ] {
            assert_eq!(name_line(line), yes, "{line}");
        }
        let text = "Ethan from ShopRight\nExpiry?\n3:31 PM\n\nSam Martinez\n\
                    12 28\n3:32 PM\n\nEthan from ShopRight\nThanks\n\n\
                    Sam Martinez\nbye";
        assert_eq!(
            turns(text),
            vec![(0, "Expiry?"), (1, "12 28"), (0, "Thanks"), (1, "bye")]
        );
        // Once only, a name is no header.
        let text = "Dear team,\nplease call back.\nSam Martinez\nSales";
        assert!(!layout(text, &tokenize(text)).conversation);
    }

    #[test]
    fn clock_times_alone_on_their_lines() {
        for (line, yes) in [
            ("3:31 PM", true),
            ("10:02 am", true),
            ("14:22:05", true),
            ("9:05 p.m.", true),
            ("12:28", false),
            ("0928", false),
            ("3:31 PM ok", false),
            ("123:45 PM", false),
        ] {
            assert_eq!(stamp_line(line), yes, "{line}");
        }
    }

    #[test]
    fn senders_with_the_day_or_a_phone_number() {
        let text = "Dev, 22 Feb, 8:55 AM\nWhat's your SSN?\n\n\
                    Kevin Lopez, 22 Feb 2026, 8:56 AM\n118 38 2822\n\n\
                    Dev, 22/02/2026, 08:57\nThanks";
        assert_eq!(
            turns(text),
            vec![(0, "What's your SSN?"), (1, "118 38 2822"), (0, "Thanks")]
        );
        let text = "3/15/26, 4:17 PM - Zest: the exp date please\n\
                    3/15/26, 4:18 PM - +1 702 855 0271: 11/2030\n\
                    3/15/26, 4:19 PM - Zest: and the code?\n\
                    3/15/26, 4:20 PM - +1 702 855 0271: 206";
        assert_eq!(
            turns(text),
            vec![
                (0, "the exp date please"),
                (1, "11/2030"),
                (0, "and the code?"),
                (1, "206")
            ]
        );
        assert!(!phone_label("+1 702"));
        assert!(!phone_label("+1 702 855 0271 ext"));
    }

    #[test]
    fn plain_note_is_one_turn() {
        let text = "Cust called re: card.\nTracking: 1Z999\npmt method: visa";
        let l = layout(text, &tokenize(text));
        assert!(!l.conversation);
        assert_eq!(l.turns.len(), 1);
        assert_eq!(l.turns[0].content, Span::new(0, text.len()));
    }

    #[test]
    fn colon_labels() {
        let text = "Agent: card please\nCustomer: 4111 1111\nAgent: ok\n\
                    Customer: 1111 1111";
        assert_eq!(
            turns(text),
            vec![
                (0, "card please"),
                (1, "4111 1111"),
                (0, "ok"),
                (1, "1111 1111")
            ]
        );
    }

    #[test]
    fn caption_logs_in_columns() {
        let text = "16:20:14.020  AGENT    what's the card number?\n\
                    16:20:16.270  CALLER   4151, 0590\n\
                    16:20:17.290  Agent\tMm-hmm.\n\
                    16:20:19  caller   78758468\n\
                    16:20:20 Dana said  4111\n\
                    16:20:21  note: 4111";
        assert_eq!(
            turns(text),
            vec![
                (0, "what's the card number?"),
                (1, "4151, 0590"),
                (0, "Mm-hmm."),
                (
                    1,
                    "78758468\n16:20:20 Dana said  4111\n16:20:21  note: 4111"
                ),
            ]
        );
    }

    #[test]
    fn timestamps_and_roles() {
        let text = "Speaker 1 (00:34): hi\n[00:00:29] spk_0: yes\n\
                    00:30 Agent: ok\nJenna (Agent) (16:02): sure\n\
                    [8:23 PM] Dana (Agent): fine\n20:14 | customer | 4111";
        assert_eq!(
            turns(text),
            vec![
                (0, "hi"),
                (1, "yes"),
                (2, "ok"),
                (3, "sure"),
                (4, "fine"),
                (5, "4111")
            ]
        );
    }

    #[test]
    fn header_alone_on_its_line() {
        let text = "Agent 0:29\nCard number?\nCustomer 0:42\n4111\n1111\nAgent 0:57\nok";
        assert_eq!(
            turns(text),
            vec![(0, "Card number?"), (1, "4111\n1111"), (0, "ok")]
        );
    }

    #[test]
    fn webvtt_and_srt() {
        for (line, cue) in [
            ("00:00:01.000 --> 00:00:02.000", true),
            ("  00:01:02,500 --> 00:01:05,000 align:start", true),
            ("1:00 --> 1:02", true),
            ("at 00:00:01.000 --> 00:00:02.000", false),
            ("-->", false),
            ("", false),
        ] {
            assert_eq!(is_cue_timing(line), cue, "{line:?}");
        }
        let vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAGENT: card?\n\n\
                   00:00:03.000 --> 00:00:04.000\n<v Customer>4111 1111</v>\n";
        assert_eq!(turns(vtt), vec![(0, "card?"), (1, "4111 1111")]);
        let srt = "1\n00:00:01,000 --> 00:00:02,000\nfour one\n\n\
                   2\n00:00:03,000 --> 00:00:04,000\none one\n";
        assert_eq!(
            turns(srt),
            vec![(UNKNOWN, "four one"), (UNKNOWN, "one one")]
        );
        // Teams: a cue identifier of one word before each timing line.
        let teams = "WEBVTT\n\nd3a1-90b6/25-0\n00:00:51.280 --> 00:00:52.300\n\
                     <v Ana Ruiz>Sure, 6011 3462,</v>\n\nd3a1-90b6/28-0\n\
                     00:00:52.380 --> 00:00:53.840\n<v Ana Ruiz>3609</v>\n";
        assert_eq!(turns(teams), vec![(0, "Sure, 6011 3462,"), (0, "3609")]);
    }

    /// [`super::plausible`] as it was written before it told most first
    /// words by their first byte and length: the reference it is
    /// compared with.
    fn plausible_reference(label: &str) -> bool {
        let end = label.bytes().position(|b| b == b' ' || b == b'(');
        let first = label.get(..end.unwrap_or(label.len())).unwrap_or("");
        let field = |w: &str| FIELD_WORDS.binary_search(&w).is_ok();
        let plural_field = first.strip_suffix('s').is_some_and(field);
        !label.is_empty()
            && label.len() <= 40
            && (!field(first) && !plural_field || super::channel(label))
            && label.chars().next().is_some_and(char::is_alphabetic)
            && (label.is_ascii() || !super::foreign_field(label))
    }

    #[test]
    fn plausible_is_its_reference() {
        let mut pieces: Vec<String> = [
            "agent",
            "customer",
            "é",
            "José",
            "1",
            "(",
            ")",
            " ",
            "  ",
            "channel",
            "2",
            "12",
            "رمز",
            "الأمان",
            "有効期限",
            "s",
            "(agent)",
            "_",
            "Ünal",
            "aaaaaaaaaaaaaaaaaaaa",
            "customerservice",
        ]
        .map(String::from)
        .to_vec();
        for f in FIELD_WORDS.iter().step_by(3) {
            pieces.extend([f.to_string(), format!("{f}s")]);
        }
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 11) as usize % n
        };
        let mut yes = 0;
        for _ in 0..100_000 {
            let mut label = String::new();
            for _ in 0..1 + next(4) {
                label.push_str(&pieces[next(pieces.len())]);
            }
            let p = super::plausible(&label);
            yes += usize::from(p);
            assert_eq!(p, plausible_reference(&label), "{label:?}");
        }
        assert!((10_000..90_000).contains(&yes), "{yes}");
    }

    #[test]
    fn field_words_are_sorted() {
        assert!(FIELD_WORDS.windows(2).all(|w| w[0] < w[1]));
        // The search by first byte finds what a binary search finds.
        let mut words: Vec<String> = Vec::new();
        for f in FIELD_WORDS {
            let mut cut = f.to_string();
            cut.pop();
            words.extend([
                f.to_string(),
                format!("{f}s"),
                cut,
                f.to_uppercase(),
            ]);
        }
        words.extend(
            ["", "agent", "customer", "é", "zzz", "a", "customerservice"]
                .map(String::from),
        );
        for w in &words {
            assert_eq!(
                is_field_word(w),
                FIELD_WORDS.binary_search(&w.as_str()).is_ok(),
                "{w:?}"
            );
        }
    }

    #[test]
    fn clock_times_and_fields_are_not_labels() {
        assert!(header("4:47 call from cust").is_none());
        assert!(header("Subject: card").is_none());
        assert!(header("https://example.com").is_none());
        assert!(header("- ISSUE: wants to update").is_none());
        // Plural fields too; a name that ends in "s" is still a name.
        assert!(header("Cards on file: 4111 1111 1111 1111").is_none());
        assert!(header("Payments: 2 x $40").is_none());
        assert!(header("Notes: called back").is_none());
        assert!(header("Agnes: hi").is_some());
        assert!(header("Chris Evans: hi").is_some());
        assert!(header("Cass: hi").is_some());
        // A dash in a number or a word is no separator after a time.
        assert!(
            header("10/21/25 12:28 PM - verified SSN 867-80-5970").is_none()
        );
        assert!(header("12:28 PM - sent e-mail re: card").is_none());
        assert!(header("00:01:02 - Agent - card number?").is_some());
        assert!(header("00:01:02 - Mary-Jane - hi").is_some());
    }

    #[test]
    fn whatsapp_json_teams_and_dash_layouts() {
        let text = "12/01/2026, 8:23 PM - Northwind Support: card?\n\
                    12/01/2026, 8:24 PM - Maria: 5400 3156\n\
                    12/01/2026, 8:25 PM - Maria: 6187";
        assert_eq!(
            turns(text),
            vec![(0, "card?"), (1, "5400 3156"), (1, "6187")]
        );
        let text = "{\"speaker\": \"agent\", \"text\": \"card?\", \"t\": 61.2}\n\
                    {\"speaker\": \"customer\", \"text\": \"4111\"}";
        assert_eq!(turns(text), vec![(0, "card?"), (1, "4111")]);
        let text = "Lopez, Maria   2:14\nsocial?\n\nOkafor, James   2:21\n123\n\n\
                    Lopez, Maria   2:25\nok\n\nOkafor, James   2:26\n456\n";
        assert_eq!(
            turns(text),
            vec![(0, "social?"), (1, "123"), (0, "ok"), (1, "456")]
        );
        let text = "00:01:02 - Agent - social?\n00:01:07 - Customer - 494\n";
        assert_eq!(turns(text), vec![(0, "social?"), (1, "494")]);
        let text = "AGENT [00:00:05]: card?\nCUSTOMER [00:00:09]: forty\n";
        assert_eq!(turns(text), vec![(0, "card?"), (1, "forty")]);
    }
}
