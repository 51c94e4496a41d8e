//! Units and runs: the digits of a text, however they were written.
//!
//! A **unit** is one piece of a number as it appears in the text: a run of
//! ASCII digits (`4111`), or one spoken number ("four", "oh", "forty one",
//! "double five", "nine hundred"). Each unit knows the digits it stands for.
//!
//! Between two units is **glue**: what separates them. Glue is *tight*
//! (a space, dash or dot between written groups), *loose* (commas, fillers
//! like "uh", an ellipsis, " - "), a *line* break (a number split over two
//! lines, also in `> `-quoted email), a *turn* (a number continued in the
//! same speaker's next turn after the other speaker's "uh huh"), or a
//! *break* (anything else: a word, a slash, a blank line).
//!
//! A **run** is a maximal sequence of units joined by glue that is not a
//! break. Detectors look for card numbers, SSNs and the rest inside runs.

use std::ops::Range;

use super::context::{Asked, Labels};
use super::layout::{Layout, Turn, UNKNOWN};
use super::lexicon::{self, Cat, Lex, Num};
use super::token::{Tok, Token};
use crate::span::Span;

/// What separates a unit from the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Glue {
    /// Not joined: the unit starts a new run.
    Break,
    /// A space, a dash or a dot between written digit groups.
    Tight,
    /// Commas, fillers, an ellipsis, a spaced dash, joining words.
    Loose,
    /// One line break, with optional `> ` quote markers.
    Line,
    /// The same speaker's next turn.
    Turn,
}

/// Why a spoken unit is uncertain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Weak {
    /// Certainly a digit.
    No,
    /// "oh": a digit only next to other digits.
    Oh,
    /// "for", "to", "won", "ate": a digit only between two digits.
    Homophone,
}

/// One piece of a number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Unit {
    /// The bytes of the digits or number words.
    pub(crate) span: Span,
    /// The digits it stands for, in [`Units::digits`].
    pub(crate) digits: Range<usize>,
    /// True for number words, false for written digits.
    pub(crate) spoken: bool,
    /// Index of the first token.
    pub(crate) first: usize,
    /// Index of the last token.
    pub(crate) last: usize,
    /// Index of the turn in the layout.
    pub(crate) turn: usize,
    /// What joins it to the unit before.
    pub(crate) glue: Glue,
    /// The bytes between the unit before and this one.
    pub(crate) glue_span: Span,
    /// A fingerprint of those bytes, to tell separators apart.
    pub(crate) sep: u64,
    /// True if those bytes hold the other speaker's acknowledgement ("go
    /// ahead"): the number continues, but the words between are not part
    /// of it.
    pub(crate) aside: bool,
    weak: Weak,
}

/// The units of a text.
pub(crate) struct Units {
    pub(crate) units: Vec<Unit>,
    /// The digits of all units, back to back, as ASCII.
    pub(crate) digits: Vec<u8>,
    /// Digits the other speaker read back between two parts of a number
    /// ("5451, yes"): not units, but hidden with the number they repeat.
    pub(crate) echoes: Vec<Span>,
    /// Per unit, its place in a chain of homophones (see
    /// [`Units::mark_edges`]).
    edge: Vec<Edge>,
    /// Per unit, and one past the last: how many units before it are
    /// spoken (see [`Units::spoken_in`]).
    spoken_before: Vec<u32>,
    /// The units that start a run after a blank line in their turn, a
    /// short gap from the unit before: where [`join_paragraphs`] looks.
    paragraph_starts: Vec<usize>,
    /// The units after a full stop and a line break in their turn (see
    /// [`GlueAcc::segment_stop`]): where [`join_segments`] looks.
    segment_starts: Vec<usize>,
    /// The first tokens of the units with letters read as digits, as a
    /// scan's text has them ("630o", "99S5": see [`read_letters`]), in
    /// order. Tokens, not units: units are dropped after they are found.
    pub(crate) letters_read: Vec<usize>,
    /// The tokens of digits with a colon right after them and digits right
    /// after it ("12:27", "3:18", "10:01:02"), in order: where a date or a
    /// code written as a clock time may be (see [`Doc::clock_shaped`]).
    /// Found as the colons are passed: no pass of its own.
    ///
    /// [`Doc::clock_shaped`]: super::Doc::clock_shaped
    pub(crate) colons: Vec<usize>,
    /// The written units of seven digits or more, in order (see
    /// [`Units::long`]).
    long: Vec<u32>,
}

impl Units {
    /// Puts the digits of the units `range`, back to back, in `out` in
    /// place of what it held (a buffer kept for many calls).
    fn digits_into(&self, range: Range<usize>, out: &mut Vec<u8>) {
        out.clear();
        for i in range {
            out.extend_from_slice(self.digits_of(i));
        }
    }

    /// The digits of unit `i`.
    pub(crate) fn digits_of(&self, i: usize) -> &[u8] {
        &self.digits[self.units[i].digits.clone()]
    }

    /// How many of units `range` are spoken, in constant time: a card's
    /// window is asked this for each of its units' questions.
    pub(crate) fn spoken_in(&self, range: Range<usize>) -> usize {
        let before = |k: usize| {
            let n = self.spoken_before.len().saturating_sub(1);
            self.spoken_before.get(k.min(n)).map_or(0, |&c| c as usize)
        };
        before(range.end).saturating_sub(before(range.start))
    }

    /// Returns true if one of units `range` is spoken.
    pub(crate) fn any_spoken(&self, range: Range<usize>) -> bool {
        self.spoken_in(range) > 0
    }

    /// Returns true if all units `range` are spoken (an empty range is).
    pub(crate) fn all_spoken(&self, range: Range<usize>) -> bool {
        let len = range.len();
        self.spoken_in(range) == len
    }

    /// The runs: ranges of unit indices whose units are joined.
    pub(crate) fn runs(&self) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        for (i, u) in self.units.iter().enumerate() {
            if i > start && u.glue == Glue::Break {
                out.push(start..i);
                start = i;
            }
        }
        if start < self.units.len() {
            out.push(start..self.units.len());
        }
        out
    }

    /// Returns true if a candidate may not begin (or end) between units
    /// `i - 1` and `i` because that would cut one number in two: written
    /// groups joined by a space, dash or dot (`4111 1111|1111`), or words
    /// read in one breath ("four one|one one"). Commas, fillers, line
    /// breaks and turns are where a reader pauses, and may be cut.
    /// A switch between written digits and words ("4111 one one one")
    /// is a group boundary, and so is the edge of a homophone at the start
    /// or end of a run ("for | nine three eight"), which may or may not be
    /// a digit.
    pub(crate) fn cuts(&self, i: usize) -> bool {
        i > 0
            && i < self.units.len()
            && self.units[i].glue == Glue::Tight
            && self.units[i].spoken == self.units[i - 1].spoken
            && !self.edge_chain_before(i)
            && !self.edge_chain_after(i)
    }

    /// Returns true if the separator between units `i - 1` and `i` differs
    /// from the one before or after it in the same written number: the
    /// writer's own boundary between two numbers (`536-90-4399 555-1234`,
    /// `4111-1111-1111-1111 5555-...`).
    pub(crate) fn separator_changes(&self, i: usize) -> bool {
        let tight_written = |k: usize| {
            k > 0
                && k < self.units.len()
                && self.units[k].glue == Glue::Tight
                && !self.units[k].spoken
                && !self.units[k - 1].spoken
        };
        if !tight_written(i) {
            return false;
        }
        let sep = self.units[i].sep;
        (tight_written(i - 1) && self.units[i - 1].sep != sep)
            || (tight_written(i + 1) && self.units[i + 1].sep != sep)
    }

    /// Returns true if unit `i` is a homophone ("for", "to") inside `run`
    /// (a run, or the part of one not yet taken), which may not begin or
    /// end a number. At the edge of a run one may.
    pub(crate) fn homophone_inside(
        &self,
        i: usize,
        run: &Range<usize>,
    ) -> bool {
        self.is_homophone(i) && i != run.start && i + 1 != run.end
    }

    /// Returns true if unit `i` is a single homophone digit ("to", "for"),
    /// wherever it stands.
    pub(crate) fn is_homophone_digit(&self, i: usize) -> bool {
        self.units.get(i).is_some_and(|u| u.weak == Weak::Homophone)
            && self.digits_of(i).len() == 1
    }

    /// Returns true if unit `i` is a homophone ("for", "to") inside a run,
    /// which may not begin or end a number. At the edge of a run one may.
    pub(crate) fn is_homophone(&self, i: usize) -> bool {
        self.units[i].weak == Weak::Homophone
            && !self.edge_chain_before(i + 1)
            && !self.edge_chain_after(i)
    }

    /// True if the units from the start of the run up to `i` are all
    /// homophones (and there is at least one).
    fn edge_chain_before(&self, i: usize) -> bool {
        i > 0 && self.edge.get(i - 1).is_some_and(|e| e.from_start)
    }

    /// True if the units from `i` to the end of the run are all homophones
    /// (and there is at least one).
    fn edge_chain_after(&self, i: usize) -> bool {
        self.edge.get(i).is_some_and(|e| e.to_end)
    }

    /// Computes [`Units::edge`] in two passes, so that every question about
    /// a chain of homophones costs O(1) instead of a walk along the chain.
    fn mark_edges(&mut self) {
        let n = self.units.len();
        let starts_run = |u: &Unit| matches!(u.glue, Glue::Break | Glue::Turn);
        let mut edge = vec![Edge::default(); n];
        for j in 0..n {
            let u = &self.units[j];
            edge[j].from_start = u.weak == Weak::Homophone
                && (j == 0 || starts_run(u) || edge[j - 1].from_start);
        }
        for j in (0..n).rev() {
            edge[j].to_end = self.units[j].weak == Weak::Homophone
                && (j + 1 == n
                    || starts_run(&self.units[j + 1])
                    || edge[j + 1].to_end);
        }
        self.edge = edge;
    }

    /// Counts the spoken units before each unit (see [`Units::spoken_in`]),
    /// and notes the long written ones (see [`Units::long`]) on the way.
    fn count_spoken(&mut self) {
        let mut count = 0u32;
        let mut out = Vec::with_capacity(self.units.len() + 1);
        for (i, u) in self.units.iter().enumerate() {
            out.push(count);
            count += u32::from(u.spoken);
            if u.digits.len() >= 7 && !u.spoken {
                self.long.push(i as u32);
            }
        }
        out.push(count);
        self.spoken_before = out;
    }

    /// The written units of seven digits or more, in order: the passes
    /// that read only one long block (a date and code typed as one, a
    /// card glued to what follows it) walk these, not every unit (two
    /// walks over every unit cost 0.9% of the scan of 64 KB of realistic
    /// text).
    pub(crate) fn long(&self) -> impl Iterator<Item = usize> + '_ {
        self.long.iter().map(|&i| i as usize)
    }
}

/// Where a unit stands in a chain of homophones.
#[derive(Clone, Copy, Debug, Default)]
struct Edge {
    /// It and every unit before it back to the start of its run (or turn)
    /// are homophones.
    from_start: bool,
    /// It and every unit after it up to the end of its run (or turn) are
    /// homophones.
    to_end: bool,
}

/// The longest glue, in bytes, that can join two units.
const MAX_GLUE: usize = 40;

/// Accumulates the tokens between two units.
#[derive(Default)]
struct GlueAcc {
    broken: bool,
    start: Option<usize>,
    spaces: usize,
    dashes: usize,
    dots: usize,
    commas: usize,
    newlines: usize,
    words: usize,
    /// Acknowledgements ("go ahead", "next four").
    acks: usize,
    slashes: usize,
    /// Question marks: a recogniser's guess at the tone of a pause
    /// ("5488. 9672. 2996? 5413").
    questions: usize,
    /// True while only spaces and quote markers follow a line break.
    line_start: bool,
    /// A full stop or comma ended the line the glue starts on.
    sentence_end: bool,
    /// Bytes of segment times in the glue, not counted in its length.
    skipped: usize,
}

impl GlueAcc {
    /// Counts token `t` (a separator, or a word that is no number: `word`
    /// if it joins or fills) into the glue read since the last unit.
    ///
    /// Always inlined, into its three callers in [`units`]: it is called
    /// for every token between two units while the glue holds, and as a
    /// call (`#[inline]` left it one) it cost a tenth more. With
    /// [`GlueAcc::classify`] inlined too, the core pass at 256 KB, in
    /// millions of instructions: spoken-run 84.90 to 82.50, digit-lines
    /// 305.13 to 301.72, realistic 74.35 to 74.12 (with
    /// `context::hesitation`'s, below).
    #[inline(always)]
    fn add(&mut self, text: &str, t: &Token, word: Option<&Lex>) {
        // Once broken, or longer than any glue that joins, the glue is a
        // break whatever comes next: nothing more to count.
        if self.broken {
            return;
        }
        let start = *self.start.get_or_insert(t.span().start);
        if t.span().start.saturating_sub(start + self.skipped) > MAX_GLUE {
            self.broken = true;
            return;
        }
        let chars = || {
            let s = t.span().of(text);
            if s.is_ascii() { s.len() } else { s.chars().count() }
        };
        match t.tok {
            // A tab separates columns: two values, not one number. (Most
            // spaces are one `' '`, read without a search.)
            Tok::Space
                if text.as_bytes().get(t.span().range()) == Some(b" ") =>
            {
                self.spaces += 1;
            }
            Tok::Space if t.span().of(text).contains('\t') => {
                self.broken = true;
            }
            Tok::Space => self.spaces += chars(),
            Tok::Dash => {
                self.dashes += chars();
                self.line_start = false;
            }
            Tok::Dot => {
                self.dots +=
                    if t.span().of(text) == "\u{2026}" { 3 } else { chars() };
                self.line_start = false;
            }
            // A quoted-printable soft line break: `=` right after the
            // unit, at the end of its line, as a raw e-mail wraps a line
            // of more than 76 characters ("4539 1488 0343 64=\n67"). It
            // joins like the line break alone.
            Tok::Punct('=')
                if start == t.span().start
                    && matches!(
                        text.as_bytes().get(t.span().end),
                        Some(b'\n' | b'\r')
                    ) => {}
            // A semicolon between groups is a comma ("4539; 1488; ...").
            Tok::Comma | Tok::Punct(';') => {
                self.commas += 1;
                self.line_start = false;
            }
            Tok::Newline => {
                // "It's 358618489171105.\n00:01:26": a sentence ended there
                // (unless only an acknowledgement comes before the next
                // part: a recogniser ends every segment with a full stop,
                // "It's 6251 1354.\nOkay.\n9690 3395 3.").
                if self.newlines == 0
                    && (self.dots > 0 || self.commas > 0 || self.questions > 0)
                {
                    self.sentence_end = true;
                }
                self.newlines += 1;
                self.line_start = true;
            }
            Tok::Punct('>') if self.line_start => {}
            Tok::Punct('?') => {
                self.questions += 1;
                self.line_start = false;
            }
            // "3792 / 680485 / 25766": a spaced slash between groups.
            Tok::Punct('/') if self.spaces > 0 && self.slashes == 0 => {
                self.slashes += 1;
                self.line_start = false;
            }
            Tok::Word if word.is_some() => {
                self.words += 1;
                self.line_start = false;
            }
            _ => self.broken = true,
        }
    }

    /// Returns true if the glue is a full stop and one line break, with
    /// spaces at most around them (".\n", ". \n"): where a recogniser's
    /// segment ends and the next begins on its own line.
    fn segment_stop(&self) -> bool {
        !self.broken
            && self.dots == 1
            && self.newlines == 1
            && self.sentence_end
            && self.spaces <= 4
            && self.words
                | self.acks
                | self.commas
                | self.questions
                | self.dashes
                | self.slashes
                == 0
    }

    /// Adds an acknowledgement word.
    fn ack(&mut self, t: &Token) {
        if self.broken {
            return;
        }
        self.start.get_or_insert(t.span().start);
        self.acks += 1;
        self.line_start = false;
    }

    /// What the glue read joins, for a unit that starts at byte `end`.
    /// Always inlined, into [`push`] (itself inlined twice): it is asked
    /// once for every unit after the first of its turn (see
    /// [`GlueAcc::add`] for the numbers).
    #[inline(always)]
    fn classify(&self, end: usize) -> Glue {
        // Most glue is a space or three between written groups, or one
        // line break: tight or a line, as the rules below say (tested on
        // every accumulator of small counts), told from a few counts.
        let len =
            (end - self.start.unwrap_or(end)).saturating_sub(self.skipped);
        let plain = !self.broken
            && !self.sentence_end
            && self.words | self.acks | self.commas | self.questions == 0
            && len <= 32;
        if plain && self.newlines == 1 {
            return Glue::Line;
        }
        if plain
            && self.newlines | self.dashes | self.dots | self.slashes == 0
            && self.spaces <= 3
        {
            return Glue::Tight;
        }
        self.rules(end)
    }

    /// What joins the units before and after the glue, by its counts.
    fn rules(&self, end: usize) -> Glue {
        let len =
            (end - self.start.unwrap_or(end)).saturating_sub(self.skipped);
        // A comma with no space is a thousands separator ("21,342").
        let thousands = self.commas > 0 && self.spaces == 0 && self.words == 0;
        // An acknowledgement on a line of its own between two parts ("4111
        // 1111\ngo ahead\n1111 1111") is a turn of the other speaker in a
        // transcript with no labels.
        let ack_line = self.acks + self.words > 0 && self.newlines == 2;
        // A recogniser's full stop at the end of a segment, with only the
        // next segment's times after it ("8463.\n[02:33.300 -->
        // 02:35.843]  8194"), marks a pause, not a sentence: a card read in
        // groups is a segment per group.
        let segment = self.skipped > 0
            && self.newlines == 1
            && self.words + self.acks + self.questions == 0;
        if self.broken
            || (self.sentence_end && !ack_line && !segment)
            || (self.newlines >= 2 && !ack_line)
            || len > MAX_GLUE
            || (len > 32 && self.acks == 0)
            || self.words > 2
            || self.words + self.acks > 5
            || thousands
            || (self.questions > 0 && (self.spaces == 0 || self.questions > 1))
        {
            Glue::Break
        } else if self.acks > 0 || ack_line {
            Glue::Loose
        } else if self.newlines == 1 {
            Glue::Line
        } else if self.commas > 0
            || self.questions > 0
            || self.slashes > 0
            || self.words > 0
            || self.dots > 1
            || (self.dots == 1 && self.spaces > 0)
            || (self.dashes > 0 && self.spaces > 0)
            || self.spaces > 3
        {
            if self.spaces > 8 { Glue::Break } else { Glue::Loose }
        } else if self.dashes > 2 || self.dots > 1 {
            Glue::Break
        } else {
            Glue::Tight
        }
    }
}

/// Finds the units of `text`.
pub(crate) fn units(
    text: &str,
    tokens: &[Token],
    layout: &Layout,
    labels: &Labels,
    asked: &Asked,
) -> Units {
    let mut turn_of = TurnOf::new(&layout.turns);
    let mut out = Units {
        // One unit for each digit token or number word, as a rule: room
        // for them at once, not a vector doubled from empty and copied.
        // An eighth more: the homophones next to digits ("to", "for") are
        // units until `resolve_weak` drops the doubtful ones, and with
        // room for the numbers alone the vector was doubled and copied
        // near its end (256 KB of realistic text: 10,059 numbers, 10,332
        // units at most, 885 KB copied; 3% to 8% more units than numbers
        // in most of the families of `scripts/complexity.sh`, 28% in a
        // Zoom chat, twice as many only in a text of homophones).
        units: Vec::with_capacity({
            let n = labels.numbers();
            n.saturating_add(n / 8)
        }),
        digits: Vec::new(),
        echoes: Vec::new(),
        edge: Vec::new(),
        spoken_before: Vec::new(),
        paragraph_starts: Vec::new(),
        segment_starts: Vec::new(),
        letters_read: Vec::new(),
        colons: Vec::new(),
        long: Vec::new(),
    };
    let mut glue = GlueAcc::default();
    let mut i = 0;
    while i < tokens.len() {
        // Once the glue is broken only the next number matters: the
        // spaces, punctuation and words that are no lexicon word before it
        // change nothing (most of a text). The tokens that are not
        // [`inert`] were noted by the labels' pass: the next of them is
        // found without reading the tokens before it.
        if glue.broken {
            match labels.next_unit_token(i) {
                Some(k) if k < tokens.len() => i = k,
                _ => break,
            }
        }
        let t = tokens[i];
        let Some(turn) = turn_of.of(&t) else {
            glue.broken = true;
            i += 1;
            continue;
        };
        match t.tok {
            Tok::Digits => {
                // "6759 3074 5198 630o" under a card's label: a scan's
                // letters for digits (digits with a word glued after).
                let word_after = tokens.get(i + 1).is_some_and(|n| {
                    n.tok == Tok::Word && n.span().start == t.span().end
                });
                if word_after {
                    let read = letters_unit(
                        text, tokens, labels, &mut out, &mut glue, turn, i,
                    );
                    if let Some(last) = read {
                        i = last + 1;
                        continue;
                    }
                }
                // The letters that open the group were passed over with
                // the words of a broken glue ("Card: l488 ...").
                let opens = i.checked_sub(1).filter(|&k| {
                    tokens[k].tok == Tok::Word
                        && tokens[k].span().end == t.span().start
                        && letters_first(text, tokens, k)
                });
                if let Some(from) = opens {
                    let read = letters_unit(
                        text, tokens, labels, &mut out, &mut glue, turn, from,
                    );
                    if let Some(last) = read {
                        i = last + 1;
                        continue;
                    }
                }
                if poisoned(text, tokens, i) || in_or_at_tag(text, tokens, i) {
                    glue.broken = true;
                } else {
                    let digits = t.span().of(text).as_bytes();
                    push(
                        text, &mut out, &mut glue, turn, i, i, tokens, digits,
                        false,
                    );
                }
                i += 1;
            }
            Tok::Word => {
                // "4539 l488 O343 6467" under a card's label: a group that
                // opens with a scan's letters for digits.
                if letters_first(text, tokens, i) {
                    let read = letters_unit(
                        text, tokens, labels, &mut out, &mut glue, turn, i,
                    );
                    if let Some(last) = read {
                        i = last + 1;
                        continue;
                    }
                }
                // "5448 9625 hang on 8049 7584": a pause while reading is
                // one word of glue, as "um" is.
                let pause = match glue.broken || out.units.is_empty() {
                    true => None,
                    false => pause_end(text, tokens, i),
                };
                if let Some(last) = pause {
                    glue.words += 1;
                    glue.start.get_or_insert(t.span().start);
                    glue.line_start = false;
                    i = last + 1;
                    continue;
                }
                let word = lexicon::get(t.word);
                let spoken = word.and_then(|w| spoken(text, tokens, i, w));
                match spoken {
                    Some(s) => {
                        let last = s.last;
                        let digits = &s.digits[..s.len];
                        push(
                            text, &mut out, &mut glue, turn, i, last, tokens,
                            digits, true,
                        );
                        if let Some(u) = out.units.last_mut() {
                            u.weak = s.weak;
                        }
                        i = last + 1;
                    }
                    None => {
                        let joins = word.filter(|w| w.filler || w.joining);
                        // "go ahead", and the "four" of "next four" (and
                        // of a recogniser's "next floor").
                        let ack = joins.is_none()
                            && word.is_some_and(|w| {
                                w.ack
                                    || (w.num.is_some()
                                        && lexicon::counted(tokens, i))
                                    || (w.word == "floor"
                                        && lexicon::next_floor(tokens, i))
                            });
                        if ack {
                            glue.ack(&t);
                        } else {
                            glue.add(text, &t, joins);
                        }
                        i += 1;
                    }
                }
            }
            Tok::Punct('[' | '(' | '<') => {
                // "[00:18.741 --> 00:21.098]  It's 6251 1354.": a
                // recogniser's segment times at the start of a line are no
                // number, and the glue between two segments does not count
                // them.
                // At the start of a line, whatever the glue before it (a
                // question mark broke it: "month?\n[00:01:02.590 --> ...").
                let line_start = glue.line_start
                    || glue.start.is_none()
                    || i.checked_sub(1)
                        .and_then(|k| tokens.get(k))
                        .is_none_or(|p| p.tok == Tok::Newline);
                let cue = match t.tok {
                    Tok::Punct('[') if line_start => {
                        cue_prefix(text, t.span().start)
                    }
                    _ => None,
                };
                if let Some(len) = cue {
                    let end = t.span().start + len;
                    glue.start.get_or_insert(t.span().start);
                    glue.skipped += len;
                    // Segments written a paragraph each: the blank line
                    // before a segment's times parts no more than a line
                    // break does.
                    let newline = |k: Option<usize>| {
                        k.and_then(|k| tokens.get(k))
                            .is_some_and(|p| p.tok == Tok::Newline)
                    };
                    if newline(i.checked_sub(1)) && newline(i.checked_sub(2)) {
                        glue.newlines = glue.newlines.saturating_sub(1);
                    }
                    while tokens.get(i).is_some_and(|x| x.span().start < end) {
                        i += 1;
                    }
                    continue;
                }
                match annotation(tokens, i) {
                    // "[crosstalk]", "(inaudible)", "<unk>": a filler.
                    Some(last) => {
                        glue.words += 1;
                        glue.start.get_or_insert(t.span().start);
                        i = last + 1;
                    }
                    None => {
                        glue.add(text, &t, None);
                        i += 1;
                    }
                }
            }
            Tok::Punct(':') => {
                let digits_at = |k: Option<usize>| {
                    k.and_then(|k| tokens.get(k))
                        .is_some_and(|d| d.tok == Tok::Digits)
                };
                if digits_at(i.checked_sub(1)) && digits_at(Some(i + 1)) {
                    out.colons.push(i - 1);
                }
                glue.add(text, &t, None);
                i += 1;
            }
            _ => {
                glue.add(text, &t, None);
                i += 1;
            }
        }
    }
    // Join turns first: an "oh oh oh oh" alone in its turn is digits when
    // it continues a number.
    // Paragraphs first: their indices are those of the units as found.
    join_segments(&mut out);
    join_paragraphs(text, tokens, layout, labels, &mut out);
    if layout.conversation {
        join_turns(text, tokens, layout, labels, asked, &mut out);
    }
    let answers = match layout.conversation {
        true => whole_answers(text, tokens, layout, labels, asked, &out),
        false => line_answers(text, tokens, labels, &out),
    };
    resolve_weak(&mut out, &answers);
    out.mark_edges();
    out.count_spoken();
    out
}

/// The first units of the runs that are a whole answer to a question for
/// a card, an SSN or a security code: the run is all the turn says but
/// "it's", "sure" or a hesitation, and the other speaker's turn just
/// before asks for one. Its "oh"s and homophones are digits, as a
/// recogniser writes them ("and the CVV?" "oh for oh", "seven to to",
/// "33 mine").
fn whole_answers(
    text: &str,
    tokens: &[Token],
    layout: &Layout,
    labels: &Labels,
    asked: &Asked,
    u: &Units,
) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < u.units.len() {
        let first = i;
        let t = u.units[i].turn;
        i += 1;
        while i < u.units.len()
            && u.units[i].turn == t
            && u.units[i].glue != Glue::Break
        {
            i += 1;
        }
        // One run, alone in its turn.
        let alone = i >= u.units.len() || u.units[i].turn != t;
        let (Some(turn), Some(prev), Some(last)) = (
            layout.turns.get(t),
            t.checked_sub(1).and_then(|p| layout.turns.get(p)),
            u.units.get(i - 1),
        ) else {
            continue;
        };
        if !alone
            || first > 0 && u.units[first - 1].turn == t
            || prev.speaker == turn.speaker
        {
            continue;
        }
        let around = |a: usize, b: usize| only_fillers(text, tokens, a, b);
        let Some(range) = layout.tokens.get(t) else { continue };
        let (lo, hi) = (range.start, range.end);
        let first_token = u.units[first].first;
        if !(around(lo, first_token) && around(last.last + 1, hi)) {
            continue;
        }
        let asks = asked.of(labels, layout, t - 1).is_some_and(|q| {
            matches!(
                q.label.cat,
                Cat::Cvv | Cat::Card | Cat::Ssn | Cat::Expiry
            )
        });
        if asks {
            out.push(first);
        }
    }
    out
}

/// Whether tokens `a..b` say nothing but "it's", "sure", "yes" or a
/// hesitation around an answer.
fn only_fillers(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    tokens.get(a..b).is_some_and(|r| r.iter().all(|x| fills(text, x)))
}

/// Whether token `x` is no more than a filler around an answer (see
/// [`only_fillers`]): a hesitation, "it's", "sure", "yes", a space, a mark
/// or a line break.
fn fills(text: &str, x: &Token) -> bool {
    match x.tok {
        Tok::Word => {
            let w = x.span().of(text);
            lexicon::get(x.word).is_some_and(|l| l.filler)
                || ["it", "s", "is", "its", "sure", "yes", "yeah", "a"]
                    .iter()
                    .any(|h| w.eq_ignore_ascii_case(h))
        }
        Tok::Digits => false,
        _ => true,
    }
}

/// [`whole_answers`] in a transcript with no speakers, a line per turn:
/// the first units of the runs that are all their line says but "it's" or
/// a hesitation, when the line before closes with the label of a card, an
/// SSN or a security code ("and the security code on the back" / "its 1 0
/// mine 7").
///
/// Read from the labels (few), not the units: each label's line break is
/// looked for among the few tokens after it, the run among the units by a
/// search, and each line is read at most once, after the one label that
/// closes the line before.
fn line_answers(
    text: &str,
    tokens: &[Token],
    labels: &Labels,
    u: &Units,
) -> Vec<usize> {
    /// The most tokens between a label and the end of its line: three
    /// words and the spaces and marks between.
    const TAIL: usize = 12;
    let mut out = Vec::new();
    if u.units.is_empty() {
        return out;
    }
    for l in labels.all() {
        if !matches!(l.cat, Cat::Cvv | Cat::Card | Cat::Ssn | Cat::Expiry) {
            continue;
        }
        let Some(nl) = (l.last + 1..tokens.len())
            .take(TAIL)
            .find(|&k| tokens[k].tok == Tok::Newline)
        else {
            continue;
        };
        let Some(end) = tokens.get(nl) else { continue };
        let closes = labels
            .closing(Span::new(l.span.start, end.span().start), nl)
            .is_some_and(|c| c.first == l.first);
        if !closes {
            continue;
        }
        // The run that opens the next line.
        let first = u.units.partition_point(|x| x.first <= nl);
        let Some(a) = u.units.get(first) else { continue };
        let mut i = first + 1;
        while u
            .units
            .get(i)
            .is_some_and(|x| matches!(x.glue, Glue::Tight | Glue::Loose))
        {
            i += 1;
        }
        let z = &u.units[i - 1];
        // Nothing else on its line: fillers before it, and after it up to
        // the line's end.
        // (A "\r\n" is two tokens.)
        let crlf = text.as_bytes().get(end.span().range()) == Some(b"\r")
            && tokens.get(nl + 1).is_some_and(|t| t.tok == Tok::Newline);
        let from = nl + 1 + usize::from(crlf);
        let same_line = tokens
            .get(from..a.first)
            .is_some_and(|r| r.iter().all(|t| t.tok != Tok::Newline));
        if !same_line || !only_fillers(text, tokens, from, a.first) {
            continue;
        }
        let rest = tokens.get(z.last + 1..).unwrap_or_default();
        let line_end = rest
            .iter()
            .position(|t| t.tok == Tok::Newline || !fills(text, t))
            .map_or(tokens.len(), |p| z.last + 1 + p);
        if tokens.get(line_end).is_none_or(|t| t.tok == Tok::Newline) {
            out.push(first);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Adds the unit of tokens `first..=last`, standing for `digits`, with
/// the glue read since the unit before. Inlined into its two callers: a
/// call passed its ten arguments through the stack for every unit.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn push(
    text: &str,
    out: &mut Units,
    glue: &mut GlueAcc,
    turn: usize,
    first: usize,
    last: usize,
    tokens: &[Token],
    digits: &[u8],
    spoken: bool,
) {
    let span = Span::new(tokens[first].span().start, tokens[last].span().end);
    let start = out.digits.len();
    // Most units are a few digits (one, when digits are read out one by
    // one): pushed a byte at a time, not by a call to copy memory.
    if digits.len() <= 4 {
        for &d in digits {
            out.digits.push(d);
        }
    } else {
        out.digits.extend_from_slice(digits);
    }
    let (g, glue_span) = match out.units.last() {
        Some(prev) if prev.turn == turn => {
            (glue.classify(span.start), Span::new(prev.span.end, span.start))
        }
        Some(prev) => (Glue::Break, Span::new(prev.span.end, span.start)),
        None => (Glue::Break, Span::new(0, span.start)),
    };
    // Separators are compared only between units joined tightly (at most
    // `MAX_GLUE` bytes apart) and the unit a window is cut from: a longer
    // glue has a separator of its own that equals none of theirs, and is
    // not hashed (that was a pass over all the text between numbers).
    // (Bytes: the glue lies between tokens, on character boundaries.)
    let sep = match text.as_bytes().get(glue_span.range()) {
        Some(s) if s.len() <= MAX_GLUE => {
            s.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
            })
        }
        _ => LONG_SEP,
    };
    // A thousands comma inside one written number ("7,680": a
    // recogniser's way to write "seven thousand six hundred eighty") joins
    // its two groups as a space would: one to three digits before it,
    // three after, and nothing else between. An amount with cents
    // ("65,178.62") is no such number.
    let cents = || {
        let b = text.as_bytes();
        b.get(span.end) == Some(&b'.')
            && b.get(span.end + 1).is_some_and(u8::is_ascii_digit)
    };
    let g = if g == Glue::Break
        && !spoken
        && digits.len() == 3
        && glue_span.len() == 1
        && text.as_bytes().get(glue_span.start) == Some(&b',')
        && !cents()
        && out.units.last().is_some_and(|p| {
            p.turn == turn && !p.spoken && p.digits.len() <= 3
        }) {
        Glue::Tight
    } else {
        g
    };
    if g == Glue::Break
        && glue.segment_stop()
        && out
            .units
            .last()
            .is_some_and(|p| p.turn == turn && p.spoken == spoken)
    {
        out.segment_starts.push(out.units.len());
    }
    if g == Glue::Break
        && glue.newlines >= 2
        && out.units.last().is_some_and(|p| p.turn == turn)
        && glue_span.len() <= MAX_PARAGRAPH_GAP
    {
        out.paragraph_starts.push(out.units.len());
    }
    out.units.push(Unit {
        span,
        digits: start..out.digits.len(),
        spoken,
        first,
        last,
        turn,
        glue: g,
        glue_span,
        sep,
        aside: (glue.acks > 0 || glue.newlines == 2) && g != Glue::Break,
        weak: Weak::No,
    });
    *glue = GlueAcc::default();
}

/// What a speaker says to pause while reading a number: "hang on", "one
/// sec", "let me see", "bear with me".
const PAUSES: &[&[&str]] = &[
    &["hang", "on"],
    &["hold", "on"],
    &["one", "sec"],
    &["one", "second"],
    &["one", "moment"],
    &["just", "a", "sec"],
    &["just", "a", "second"],
    &["just", "a", "moment"],
    &["wait", "a", "sec"],
    &["wait", "a", "second"],
    &["give", "me", "a", "sec"],
    &["give", "me", "a", "second"],
    &["let", "me", "see"],
    &["let", "me", "check"],
    &["bear", "with", "me"],
];

/// The last token of a pause ([`PAUSES`]) that starts at word token `i`,
/// its words one space apart.
fn pause_end(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let first = tokens.get(i)?.span().of(text);
    // Most words start no pause: their length and first letter say so
    // before any phrase is compared.
    let b0 = first.as_bytes().first()?.to_ascii_lowercase();
    if !matches!(
        (first.len(), b0),
        (3, b'o' | b'l') | (4, b'h' | b'j' | b'w' | b'g' | b'b')
    ) {
        return None;
    }
    'phrases: for phrase in PAUSES {
        if !phrase[0].eq_ignore_ascii_case(first) {
            continue;
        }
        let mut k = i;
        for w in &phrase[1..] {
            let space = tokens.get(k + 1).is_some_and(|t| t.tok == Tok::Space);
            let word = tokens.get(k + 2).filter(|t| t.tok == Tok::Word);
            match word {
                Some(t)
                    if space && t.span().of(text).eq_ignore_ascii_case(w) =>
                {
                    k += 2;
                }
                _ => continue 'phrases,
            }
        }
        return Some(k);
    }
    None
}

/// Returns true for a token that adds nothing to a broken glue and starts
/// no unit: a space, a separator or a word that is no number word (in no
/// table, or only in those of other words: "the", "card", "okay"; a pause,
/// a filler or an acknowledgement counts only in a glue not broken).
/// Brackets are not: they may open segment times or an annotation, whose
/// tokens are skipped together.
///
/// The definition only: [`Labels::find_in`] notes the tokens it is false
/// of while it counts (it reads each word's lexicon entry anyway), and
/// [`units`] skips to them ([`Labels::next_unit_token`]); tested equal
/// (`unit_tokens_are_the_tokens_not_inert`).
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn inert(t: &Token) -> bool {
    match t.tok {
        Tok::Digits | Tok::Punct('[' | '(' | '<') => false,
        Tok::Word => lexicon::get(t.word).is_none_or(|l| l.num.is_none()),
        _ => true,
    }
}

/// The turn whose content holds a token, for tokens read in text order.
///
/// Asked for every token the units' pass reads, most of them in the turn
/// asked about last: that turn's content is kept at hand, not looked up
/// (with a bounds check) twice a token. 1 MB of realistic text, 259.82 to
/// 258.89 million instructions; the core pass at 256 KB: realistic 71.59
/// to 71.37M, spoken-run 82.74 to 82.00M, digit-lines 308.96 to 306.99M.
struct TurnOf<'a> {
    turns: &'a [Turn],
    /// The first turn that does not end before the last token asked about.
    k: usize,
    /// The content of turn `k` (`usize::MAX` for both past the last turn).
    start: usize,
    end: usize,
}

impl<'a> TurnOf<'a> {
    fn new(turns: &'a [Turn]) -> Self {
        let mut of = TurnOf { turns, k: 0, start: 0, end: 0 };
        of.load();
        of
    }

    /// Reads the content of turn `k`.
    fn load(&mut self) {
        (self.start, self.end) =
            self.turns.get(self.k).map_or((usize::MAX, usize::MAX), |t| {
                (t.content.start, t.content.end)
            });
    }

    /// The turn whose content holds `t`, or `None` for headers, timestamps
    /// and cue lines. `t` starts no earlier than the token asked before.
    #[inline(always)]
    fn of(&mut self, t: &Token) -> Option<usize> {
        let span = t.span();
        while self.end <= span.start {
            self.k += 1;
            self.load();
        }
        (self.start <= span.start && span.end <= self.end).then_some(self.k)
    }
}

/// The length of the segment times a recogniser writes at the start of a
/// line (Whisper's `[00:18.741 --> 00:21.098]`, `[01:02:03.500 -->
/// 01:02:05.000]`, a caption's `[11:03:53] ` with a space after it) at
/// byte `at` of `text`, through the closing bracket.
pub(crate) fn cue_prefix(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes().get(at..)?;
    let mut k = 0;
    let eat = |k: &mut usize, c: u8| {
        let ok = b.get(*k) == Some(&c);
        *k += usize::from(ok);
        ok
    };
    let digits = |k: &mut usize, lo: usize, hi: usize| {
        let n = b.get(*k..).map_or(0, |r| {
            r.iter().take(hi).take_while(|c| c.is_ascii_digit()).count()
        });
        *k += n;
        n >= lo
    };
    // 1:02, 00:01:02, with .5, .500 or ,500 after.
    let time = |k: &mut usize| {
        if !(digits(k, 1, 2) && eat(k, b':') && digits(k, 2, 2)) {
            return false;
        }
        if b.get(*k) == Some(&b':')
            && b.get(*k + 1).is_some_and(u8::is_ascii_digit)
        {
            *k += 1;
            if !digits(k, 2, 2) {
                return false;
            }
        }
        if matches!(b.get(*k), Some(b'.' | b',')) {
            *k += 1;
            return digits(k, 1, 3);
        }
        true
    };
    let spaces = |k: &mut usize| {
        while b.get(*k) == Some(&b' ') {
            *k += 1;
        }
    };
    // A caption's time of the line alone, with its seconds, before the
    // words: `[11:03:53] TOO NINE...` (captioned telephone, a relay
    // log's lines with no speaker).
    let stamp = |k: &mut usize| {
        let mut j = 1;
        let ok = digits(&mut j, 1, 2)
            && eat(&mut j, b':')
            && digits(&mut j, 2, 2)
            && eat(&mut j, b':')
            && digits(&mut j, 2, 2)
            && eat(&mut j, b']')
            && b.get(j) == Some(&b' ');
        if ok {
            *k = j;
        }
        ok
    };
    if b.first() == Some(&b'[') && stamp(&mut k) {
        return Some(k);
    }
    let ok = eat(&mut k, b'[')
        && time(&mut k)
        && {
            spaces(&mut k);
            eat(&mut k, b'-') && eat(&mut k, b'-') && eat(&mut k, b'>')
        }
        && {
            spaces(&mut k);
            time(&mut k)
        }
        && eat(&mut k, b']');
    ok.then_some(k)
}

/// A group of digits with letters read as digits ([`read_letters`]).
struct LettersRead {
    /// Its last token.
    last: usize,
    /// Its digits, as ASCII.
    digits: [u8; MAX_LETTERS_GROUP],
    /// How many of `digits` there are.
    len: usize,
}

/// The longest group [`read_letters`] reads, in characters: a card
/// written without spaces.
const MAX_LETTERS_GROUP: usize = 19;

/// The digit a scanned character recognised as a letter stands for: the
/// shapes that text recognition confuses ("O" and "D" for 0, "l" and "I"
/// for 1, "Z" for 2, "S" for 5, "G" and "b" for 6, "B" for 8, "g" and "q"
/// for 9).
fn letter_digit(b: u8) -> Option<u8> {
    match b {
        b'O' | b'o' | b'D' | b'Q' => Some(b'0'),
        b'I' | b'l' | b'i' => Some(b'1'),
        b'Z' | b'z' => Some(b'2'),
        b'S' | b's' => Some(b'5'),
        b'G' | b'b' => Some(b'6'),
        b'B' => Some(b'8'),
        b'g' | b'q' => Some(b'9'),
        _ => None,
    }
}

/// Returns true for a word of one or two letters that [`letter_digit`]
/// reads as digits: the letters a group of digits may hold.
fn read_as_digits(word: &[u8]) -> bool {
    word.len() <= 2 && word.iter().all(|&b| letter_digit(b).is_some())
}

/// Reads the group of digits that starts at token `i` (digits, or the
/// letters of [`letters_first`]) with one or two letters in it, as text
/// recognition writes a card or an SSN it misread ("6759 3074 5198 630o",
/// "Soc. Sec. No. 77l 72 99S5", "37S3 082O66 60Z05", "4539 l488"): the
/// letters as the digits they look like. Only in the value of a card's,
/// an SSN's or a code's label ("CVV: 4O2", see [`after_secret_label`]):
/// anywhere else such groups
/// are times ("12.095Z"), ids, hashes and sizes ("10.81s"), and stay as
/// they are.
///
/// The group: digit tokens and words of one or two such letters, glued
/// together, with nothing glued before or after it; at most two letters,
/// at least twice as many digits, and at most [`MAX_LETTERS_GROUP`]
/// characters in all.
fn read_letters(
    text: &str,
    tokens: &[Token],
    labels: &Labels,
    i: usize,
) -> Option<LettersRead> {
    let glued = |a: &Token, b: &Token| a.span().end == b.span().start;
    let first = tokens.get(i)?;
    if i > 0
        && tokens.get(i - 1).is_some_and(|p| {
            matches!(p.tok, Tok::Word | Tok::Digits) && glued(p, first)
        })
    {
        return None;
    }
    let mut out =
        LettersRead { last: i, digits: [0; MAX_LETTERS_GROUP], len: 0 };
    let mut letters = 0;
    let mut k = i;
    while let Some(t) = tokens.get(k) {
        if k > i && !glued(&tokens[k - 1], t) {
            break;
        }
        let bytes = t.span().of(text).as_bytes();
        match t.tok {
            Tok::Digits => {}
            Tok::Word if read_as_digits(bytes) => {
                letters += bytes.len();
            }
            // Glued to anything else ("60Z05x", "1Z999AA"): no group.
            Tok::Word => return None,
            _ => break,
        }
        for &b in bytes {
            let d = match b {
                b'0'..=b'9' => b,
                _ => letter_digit(b)?,
            };
            *out.digits.get_mut(out.len)? = d;
            out.len += 1;
        }
        out.last = k;
        k += 1;
    }
    let digits = out.len - letters;
    ((1..=2).contains(&letters)
        && digits >= 2 * letters
        && after_secret_label(text, tokens, labels, i))
    .then_some(out)
}

/// Returns true if word token `i` may open a group of [`read_letters`]:
/// one or two letters it reads as digits, digits glued after them
/// ("l488", "O343").
fn letters_first(text: &str, tokens: &[Token], i: usize) -> bool {
    let (Some(t), Some(n)) = (tokens.get(i), tokens.get(i + 1)) else {
        return false;
    };
    t.tok == Tok::Word
        && t.span().len() <= 2
        && n.tok == Tok::Digits
        && n.span().start == t.span().end
        && read_as_digits(t.span().of(text).as_bytes())
}

/// The unit of [`read_letters`] at token `i`, if there is one,
/// pushed to `out`; its last token. A call of its own: most digits glued
/// to a word are none ("10am", "2nd"), and the units' loop stays small.
#[inline(never)]
fn letters_unit(
    text: &str,
    tokens: &[Token],
    labels: &Labels,
    out: &mut Units,
    glue: &mut GlueAcc,
    turn: usize,
    i: usize,
) -> Option<usize> {
    let r = read_letters(text, tokens, labels, i)?;
    let digits = r.digits.get(..r.len)?;
    push(text, out, glue, turn, i, r.last, tokens, digits, false);
    out.letters_read.push(i);
    Some(r.last)
}

/// Returns true if the label nearest before token `i` names a card, an
/// SSN or a card's code, and what stands between them is what stands between a label and
/// its value and other groups of the same number: spaces, line breaks
/// (two at most), dashes, dots, colons, digits, short words (letters read
/// as digits, "is") and two longer words at most ("Card number is", with
/// "card" the label). At most [`LABEL_REACH`] tokens.
fn after_secret_label(
    text: &str,
    tokens: &[Token],
    labels: &Labels,
    i: usize,
) -> bool {
    let all = labels.all();
    let k = all.partition_point(|l| l.last < i);
    let Some(label) = k.checked_sub(1).and_then(|k| all.get(k)) else {
        return false;
    };
    // Not a label glued to digits before it: letters of an id
    // ("6986cc04-5850-38b0": "cc" is a card's label elsewhere).
    let in_id =
        label.first.checked_sub(1).and_then(|j| tokens.get(j)).is_some_and(
            |p| {
                p.tok == Tok::Digits
                    && tokens
                        .get(label.first)
                        .is_some_and(|f| p.span().end == f.span().start)
            },
        );
    if !matches!(label.cat, Cat::Card | Cat::Ssn | Cat::Cvv)
        || in_id
        || i.saturating_sub(label.last) > LABEL_REACH
    {
        return false;
    }
    let (mut newlines, mut words) = (0, 0);
    let from = label.last + 1;
    for (k, t) in tokens.get(from..i).unwrap_or_default().iter().enumerate() {
        // A word glued to digits is letters read as digits, or this is
        // an id ("6986cc04-5850-38b0"), not a number read under a label.
        let glued = |o: Option<&Token>| {
            o.is_some_and(|o| {
                o.tok == Tok::Digits
                    && (o.span().end == t.span().start
                        || o.span().start == t.span().end)
            })
        };
        let k = from + k;
        let in_digits = t.tok == Tok::Word
            && (glued(k.checked_sub(1).and_then(|j| tokens.get(j)))
                || glued(tokens.get(k + 1)));
        match t.tok {
            Tok::Word if in_digits => {
                let b = t.span().of(text).as_bytes();
                if !read_as_digits(b) {
                    return false;
                }
            }
            Tok::Newline => newlines += 1,
            Tok::Word if t.span().len() > 2 => words += 1,
            Tok::Space
            | Tok::Dash
            | Tok::Dot
            | Tok::Digits
            | Tok::Punct(':' | '#' | '|') => {}
            Tok::Word => {}
            _ => return false,
        }
    }
    newlines <= 2 && words <= 2
}

/// How many tokens [`after_secret_label`] reads back: a label, then up to
/// four groups of a number with their separators.
const LABEL_REACH: usize = 24;

/// Returns true if digit token `i` is one of Hush's own tags' digits, or
/// glued to one of its tags: a number of ours, not the text's, which joins
/// no number beside it, so that a second pass reads as the first.
///
/// - Inside the tag: the last four of `[CARD ending 1111]`, the number of
///   `[SSN-2]`. (Redacted again, "order #465923691, [CARD ending 0005]"
///   read the order number and the tag's digits as one 13-digit card;
///   "[CARD-1], one" an expiry.)
/// - Glued to it or to a mask of ours (`****0000000`), no space between:
///   `[CVV]0000000` was `forty0000000`, digits glued to a word, which the
///   first pass left (see [`poisoned`]).
fn in_or_at_tag(text: &str, tokens: &[Token], i: usize) -> bool {
    let tok = |k: usize| tokens.get(k).map(|t| t.tok);
    // Almost every digit token fails this first test: no bracket or star
    // beside it.
    let before = i.checked_sub(1).and_then(tok);
    if !matches!(before, Some(Tok::Punct(']' | '*')))
        && !matches!(tok(i + 1), Some(Tok::Punct(']' | '[' | '*')))
    {
        return false;
    }
    let t = tokens[i];
    let close_after = tok(i + 1) == Some(Tok::Punct(']'));
    let glued = |k: usize| {
        tokens.get(k).is_some_and(|o| {
            o.span().end == t.span().start || o.span().start == t.span().end
        })
    };
    let close_before =
        i > 0 && tok(i - 1) == Some(Tok::Punct(']')) && glued(i - 1);
    let open_after = tok(i + 1) == Some(Tok::Punct('[')) && glued(i + 1);
    // A mask of ours, three stars or more, glued on either side.
    let mask = |k: usize| {
        tokens.get(k).is_some_and(|o| {
            o.tok == Tok::Punct('*') && o.span().len() >= 3 && glued(k)
        })
    };
    if (i > 0 && mask(i - 1)) || mask(i + 1) {
        return true;
    }
    if !(close_after || close_before || open_after) {
        return false;
    }
    let is = |k: usize, s: &str| {
        tokens.get(k).is_some_and(|w| w.span().of(text) == s)
    };
    // The tag that opens at `[` token `k`, and the token after its `]`.
    let tag_at = |k: usize| -> Option<usize> {
        if !super::context::is_tag(text, tokens, k + 1) {
            return None;
        }
        match tok(k + 2)? {
            Tok::Punct(']') => Some(k + 3),
            Tok::Dash
                if tok(k + 3)? == Tok::Digits
                    && tok(k + 4)? == Tok::Punct(']') =>
            {
                Some(k + 5)
            }
            Tok::Space
                if is(k + 3, "ending")
                    && tok(k + 4)? == Tok::Space
                    && tok(k + 5)? == Tok::Digits
                    && tok(k + 6)? == Tok::Punct(']') =>
            {
                Some(k + 7)
            }
            _ => None,
        }
    };
    // Inside: `[CARD-1]` (the `[` three tokens before), `[CARD ending
    // 1111]` (five before).
    let inside = close_after
        && [3, 5]
            .iter()
            .any(|&back| i.checked_sub(back).and_then(tag_at) == Some(i + 2));
    // Glued after a tag's `]`: the tag opens two, four or six tokens
    // before that `]`.
    let after = close_before
        && [3, 5, 7]
            .iter()
            .any(|&len| i.checked_sub(len).and_then(tag_at) == Some(i));
    inside || after || (open_after && tag_at(i + 1).is_some())
}

/// Returns true if the digit token `i` is glued to letters (`1Z999`,
/// `AUTH61269`, `cvv2`) or follows a `+` (an international phone number):
/// such digits are never part of a secret. Letters of scripts written
/// without spaces (`番号は4111...`) do not count.
fn poisoned(text: &str, tokens: &[Token], i: usize) -> bool {
    // Digits with no word before or after them (and no `+` before) are
    // never poisoned: most digits, between spaces or separators, told by
    // the classes of their neighbours alone.
    let tok = |j: Option<usize>| j.and_then(|j| tokens.get(j)).map(|o| o.tok);
    if !matches!(tok(i.checked_sub(1)), Some(Tok::Word | Tok::Punct('+')))
        && tok(Some(i + 1)) != Some(Tok::Word)
    {
        return false;
    }
    let t = tokens[i];
    let touches = |j: usize| {
        let o = tokens[j];
        o.span().end == t.span().start || o.span().start == t.span().end
    };
    let before = i.checked_sub(1).map(|j| (tokens[j], touches(j)));
    let after = tokens.get(i + 1).map(|o| (*o, touches(i + 1)));
    // "cvv123", "exp0927", "SSN123456789": a label glued to its value.
    // ("cvv2" is a label of its own.)
    // ("exp2/32" too: one digit before a slash.)
    let slash_after =
        tokens.get(i + 1).is_some_and(|o| o.tok == Tok::Punct('/'));
    let secret_label = |o: &Token| {
        lexicon::get(o.word).is_some_and(|l| {
            l.phrases
                .iter()
                .any(|(rest, cat)| rest.is_empty() && cat.is_secret())
        })
    };
    let label_glued = (t.span().len() >= 2 || slash_after)
        && matches!(before, Some((o, true)) if secret_label(&o));
    // "4111111111111111exp 09/27", "...cvv123": the next label glued on;
    // also on the last group of a number written in groups ("5514 8377
    // 6788 3617EXP:04/2027", "5150 6647 5192 0356sec code 069").
    let starts_secret_label = |o: &Token| {
        lexicon::get(o.word)
            .is_some_and(|l| l.phrases.iter().any(|(_, cat)| cat.is_secret()))
    };
    let last_group = i >= 2
        && matches!(
            tokens[i - 1].tok,
            Tok::Space | Tok::Dash | Tok::Dot | Tok::Punct('/')
        )
        && tokens[i - 2].tok == Tok::Digits;
    // ... or on a value of a label before ("EXP:1028CVV:425").
    let labelled = label_glued
        || (i >= 2
            && matches!(tokens[i - 1].tok, Tok::Punct(':' | '#'))
            && secret_label(&tokens[i - 2]));
    let label_after = match after {
        Some((o, true)) => {
            ((t.span().len() >= 12 || last_group)
                && (secret_label(&o) || starts_secret_label(&o)))
                || (labelled && secret_label(&o))
        }
        _ => false,
    };
    // Scripts written without spaces (Japanese, Chinese, Thai) glue
    // numbers to the words around them: "カード番号は4111...です".
    let spaceless = |o: &Token| {
        o.tok == Tok::Word
            && text.get(o.span().range()).is_some_and(|w| {
                w.chars().all(|c| !c.is_ascii() && c.is_alphabetic())
            })
    };
    let word = |o: &Token| o.tok == Tok::Word && !spaceless(o);
    // A card's magnetic stripe, track 1, as a terminal logs it:
    // "%B4111111111111111^SMITH/JOHN^2709...": the format code `B` is
    // glued to the card number.
    let track = (12..=19).contains(&t.span().len())
        && matches!(after, Some((o, true)) if o.tok == Tok::Punct('^'))
        && matches!(before, Some((o, true)) if o.span().len() == 1
            && text.get(o.span().range()) == Some("B"))
        && i.checked_sub(2)
            .and_then(|j| tokens.get(j))
            .is_some_and(|o| o.tok == Tok::Punct('%'));
    if track {
        return false;
    }
    (matches!(before, Some((o, true)) if word(&o) || o.tok == Tok::Punct('+'))
        && !label_glued)
        || (matches!(after, Some((o, true)) if word(&o)) && !label_after)
}

/// A spoken unit: up to four digits.
struct Spoken {
    digits: [u8; 4],
    len: usize,
    last: usize,
    weak: Weak,
}

impl Spoken {
    fn new(value: u32, width: usize, last: usize) -> Spoken {
        let mut digits = [b'0'; 4];
        let mut v = value;
        for k in (0..width).rev() {
            digits[k] = b'0' + (v % 10) as u8;
            v /= 10;
        }
        Spoken { digits, len: width, last, weak: Weak::No }
    }
}

/// Returns the index of the next word token after token `i` if only a short
/// space or one hyphen separates them ("forty one", "forty-one").
///
/// Inlined: [`spoken`] asks it for every number word (is a "hundred" or
/// a digit next?), and as a call it passed its arguments and result
/// through the stack each time (the core pass at 256 KB, in millions of
/// instructions: spoken-run 86.83 to 86.29, digit-lines 315.16 to 314.24,
/// realistic 75.93 to 75.80).
#[inline(always)]
fn next_word(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let sep = tokens.get(i + 1)?;
    let ok = match sep.tok {
        Tok::Space => sep.span().len() <= 3,
        Tok::Dash => {
            sep.span().len() <= 3 && sep.span().of(text).chars().count() == 1
        }
        _ => false,
    };
    let w = tokens.get(i + 2)?;
    (ok && w.tok == Tok::Word).then_some(i + 2)
}

/// Returns true if word token `p` ends the start of a date said before
/// its year: a month's name, "slash", or "of" after a month's name
/// ("september thirty won", "o two slash thirty won", "august of twenty
/// ate").
#[inline(never)]
fn date_word_at(text: &str, tokens: &[Token], p: usize) -> bool {
    let month = |p: usize| {
        tokens
            .get(p)
            .and_then(|t| lexicon::get(t.word))
            .is_some_and(|l| l.month.is_some())
    };
    month(p)
        || is_word(tokens, p, "slash")
        || (is_word(tokens, p, "of")
            && p.checked_sub(2)
                .filter(|&q| next_word(text, tokens, q) == Some(p))
                .is_some_and(month))
}

fn num_at(tokens: &[Token], i: usize) -> Option<Num> {
    lexicon::get(tokens[i].word)?.num
}

fn is_word(tokens: &[Token], i: usize, want: &str) -> bool {
    lexicon::get(tokens[i].word).is_some_and(|l| l.word == want)
}

/// Parses the spoken number that starts with word token `i` (`w`).
fn spoken(text: &str, tokens: &[Token], i: usize, w: &Lex) -> Option<Spoken> {
    let num = w.num?;
    if interjection(tokens, i, num)
        || pronoun_one(text, tokens, i, w)
        || lexicon::counted(tokens, i)
        || lexicon::describes_length(tokens, i)
        || lexicon::counts_a_noun(tokens, i)
    {
        return None;
    }
    let digit_after = |j: usize| -> Option<(u32, usize)> {
        let k = next_word(text, tokens, j)?;
        match num_at(tokens, k)? {
            Num::Digit(d) if d > 0 => Some((u32::from(d), k)),
            _ => None,
        }
    };
    // The units of a tens word: "forty one", and in Spanish "cuarenta y
    // uno" ("y" is "and"; only a digit after it joins).
    let units_after = |j: usize| -> Option<(u32, usize)> {
        digit_after(j).or_else(|| {
            let y = next_word(text, tokens, j)?;
            if !is_word(tokens, y, "y") {
                return None;
            }
            digit_after(y)
        })
    };
    // A recogniser's homophone for the units of a tens word read among
    // other number words: "oh four twenty ate" is 04 28, as "twenty eight"
    // would be. Only after a number word and at the end of what is said or
    // before another number word: "I paid twenty for it", "twenty to
    // five" stay words.
    // So after a month's name or "slash", as a year ("september thirty
    // won", "february twenty ate", "august of twenty ate", "o two slash
    // thirty won").
    let homophone_after = |j: usize| -> Option<(u32, usize)> {
        let before = j
            .checked_sub(2)
            .filter(|&p| next_word(text, tokens, p) == Some(j));
        let said_before =
            before.and_then(|p| num_at(tokens, p)).is_some_and(|n| {
                matches!(
                    n,
                    Num::Digit(_)
                        | Num::Oh
                        | Num::Teen(_)
                        | Num::Tens(_)
                        | Num::Homophone(1..=9)
                )
            });
        let k = next_word(text, tokens, j)?;
        let Num::Homophone(d @ 1..=9) = num_at(tokens, k)? else {
            return None;
        };
        if !said_before
            && !before.is_some_and(|p| date_word_at(text, tokens, p))
        {
            return None;
        }
        let ends = match tokens.get(k + 1) {
            None => true,
            Some(t) if t.tok == Tok::Space => next_word(text, tokens, k)
                .is_some_and(|n| num_at(tokens, n).is_some()),
            Some(t) => t.tok != Tok::Dash,
        };
        ends.then_some((u32::from(d), k))
    };
    // A number below 100 after "hundred", "thousand" or "and":
    // "twenty seven", "twelve", "five".
    let below_100 = |j: usize| -> Option<(u32, usize)> {
        let mut k = next_word(text, tokens, j)?;
        if is_word(tokens, k, "and") {
            k = next_word(text, tokens, k)?;
        }
        match num_at(tokens, k)? {
            Num::Tens(t) => match units_after(k) {
                Some((d, k2)) => Some((u32::from(t) * 10 + d, k2)),
                None => Some((u32::from(t) * 10, k)),
            },
            Num::Teen(n) => Some((u32::from(n), k)),
            Num::Digit(d) => Some((u32::from(d), k)),
            // "six hundred oh four".
            Num::Oh => digit_after(k),
            _ => None,
        }
    };
    // "four hundred seventeen" after "thousand": 417.
    let hundreds_after = |j: usize| -> Option<(u32, usize)> {
        let k = next_word(text, tokens, j)?;
        let Num::Digit(h @ 1..=9) = num_at(tokens, k)? else {
            return None;
        };
        let k = next_word(text, tokens, k)
            .filter(|&k| num_at(tokens, k) == Some(Num::Hundred))?;
        let (rest, last) = below_100(k).unwrap_or((0, k));
        Some((u32::from(h) * 100 + rest, last))
    };
    // "forty one hundred" is 4100, "twelve hundred and five" 1205; "forty
    // one" alone is 41.
    let hundreds = |v: u32, last: usize| -> Spoken {
        let hundred = next_word(text, tokens, last)
            .filter(|&k| num_at(tokens, k) == Some(Num::Hundred));
        match hundred {
            Some(k) => {
                let (rest, end) = below_100(k).unwrap_or((0, k));
                Spoken::new(v * 100 + rest, 4, end)
            }
            None => Spoken::new(v, 2, last),
        }
    };
    Some(match num {
        Num::Digit(d) => {
            let d = u32::from(d);
            let mult = next_word(text, tokens, i)
                .and_then(|k| Some((num_at(tokens, k)?, k)));
            match mult {
                // "dos ceros" is 00, "tres sietes" 777.
                Some((Num::Plural(p), k)) if (2..=3).contains(&d) => {
                    let n = d as usize;
                    Spoken::new(u32::from(p) * [0, 1, 11, 111][n], n, k)
                }
                Some((Num::Hundred, k)) if d > 0 => {
                    let (rest, last) = below_100(k).unwrap_or((0, k));
                    Spoken::new(d * 100 + rest, 3, last)
                }
                Some((Num::Thousand, k)) if d > 0 => {
                    // "two thousand twenty seven", "two thousand and five",
                    // "two thousand four hundred seventeen".
                    let (rest, last) = hundreds_after(k)
                        .or_else(|| below_100(k))
                        .unwrap_or((0, k));
                    Spoken::new(d * 1000 + rest, 4, last)
                }
                _ => Spoken::new(d, 1, i),
            }
        }
        Num::Oh => Spoken { weak: Weak::Oh, ..Spoken::new(0, 1, i) },
        // "of", "or", "our" stand for a zero only between two single
        // digits ("five five of eight"); "seven of twenty six" is a date.
        Num::Homophone(0) if !between_single_digits(text, tokens, i) => {
            return None;
        }
        // Spanish "once" is 11, only next to another Spanish number word
        // ("cuarenta y cinco once"): "six three four once the zip code"
        // is English.
        Num::Homophone(d) if d >= 10 => {
            if !spanish_beside(text, tokens, i) {
                return None;
            }
            Spoken::new(u32::from(d), 2, i)
        }
        Num::Homophone(d) => {
            Spoken { weak: Weak::Homophone, ..Spoken::new(u32::from(d), 1, i) }
        }
        Num::Teen(n) => hundreds(u32::from(n), i),
        Num::Tens(t) => match units_after(i).or_else(|| homophone_after(i)) {
            Some((d, k)) => hundreds(u32::from(t) * 10 + d, k),
            None => hundreds(u32::from(t) * 10, i),
        },
        // "trescientos ochenta y siete" is 387, "quinientos dos" 502,
        // "cien" 100.
        Num::Hundreds(h) => {
            let (rest, last) = below_100(i).unwrap_or((0, i));
            Spoken::new(u32::from(h) * 100 + rest, 3, last)
        }
        Num::Repeat(n) => {
            // "double five", "triple oh", "double 5".
            let k = next_word(text, tokens, i).or_else(|| {
                let sep = tokens.get(i + 1)?;
                let d = tokens.get(i + 2)?;
                (sep.tok == Tok::Space
                    && d.tok == Tok::Digits
                    && d.span().len() == 1)
                    .then_some(i + 2)
            })?;
            let d = match tokens[k].tok {
                Tok::Digits => {
                    u32::from(text.as_bytes()[tokens[k].span().start] - b'0')
                }
                _ => match num_at(tokens, k)? {
                    Num::Digit(d) => u32::from(d),
                    Num::Oh => 0,
                    // "double for": a recogniser's "double four".
                    Num::Homophone(d) if d < 10 => u32::from(d),
                    _ => return None,
                },
            };
            let n = usize::from(n);
            Spoken::new(d * [0, 1, 11, 111][n], n, k)
        }
        Num::Hundred | Num::Thousand | Num::Plural(_) => return None,
    })
}

/// Returns true if a Spanish number word is the word just before or after
/// word token `i`, with a space or a comma and a space between.
fn spanish_beside(text: &str, tokens: &[Token], i: usize) -> bool {
    let spanish =
        |k: usize| lexicon::get(tokens[k].word).is_some_and(|l| l.spanish);
    let before = match i.checked_sub(1).map(|k| tokens[k].tok) {
        Some(Tok::Space) => match i.checked_sub(2).map(|k| tokens[k].tok) {
            Some(Tok::Word) => i.checked_sub(2),
            Some(Tok::Comma) => i.checked_sub(3),
            _ => None,
        },
        _ => None,
    };
    let after = next_word(text, tokens, i).or_else(|| {
        (tokens.get(i + 1)?.tok == Tok::Comma
            && tokens.get(i + 2)?.tok == Tok::Space
            && tokens.get(i + 3)?.tok == Tok::Word)
            .then_some(i + 3)
    });
    before.is_some_and(spanish) || after.is_some_and(spanish)
}

/// Returns true if the word token `i` stands between two single digits,
/// written or spoken, with one space on each side: "five of eight", "5 or
/// 8".
fn between_single_digits(text: &str, tokens: &[Token], i: usize) -> bool {
    let single = |k: usize| {
        let t = tokens[k];
        match t.tok {
            Tok::Digits => t.span().len() == 1,
            Tok::Word => matches!(
                num_at(tokens, k),
                Some(Num::Digit(_) | Num::Oh | Num::Homophone(_))
            ),
            _ => false,
        }
    };
    let spaced = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.tok == Tok::Space && text.get(t.span().range()) == Some(" ")
        })
    };
    // At the end of what is said ("... four four oh\n"), a single digit
    // before is enough.
    let ends = tokens.get(i + 1).is_none_or(|t| {
        matches!(t.tok, Tok::Newline | Tok::Comma | Tok::Dot | Tok::Punct(_))
    });
    i >= 2
        && spaced(i - 1)
        && single(i - 2)
        && (ends
            || (spaced(i + 1) && tokens.get(i + 2).is_some() && single(i + 2)))
}

/// Returns the last token of a bracketed annotation of one or two words
/// that starts at token `i`: `[crosstalk]`, `(inaudible)`, `[no audio]`,
/// `<unk>`.
fn annotation(tokens: &[Token], i: usize) -> Option<usize> {
    let close = match tokens[i].tok {
        Tok::Punct('[') => ']',
        Tok::Punct('(') => ')',
        Tok::Punct('<') => '>',
        _ => return None,
    };
    let mut words = 0;
    for (k, t) in tokens.iter().enumerate().skip(i + 1).take(4) {
        match t.tok {
            Tok::Punct(c) if c == close => return (words > 0).then_some(k),
            Tok::Word if num_at(tokens, k).is_none() => words += 1,
            Tok::Space | Tok::Dash => {}
            _ => return None,
        }
    }
    None
}

/// Returns true for an "oh" that is an exclamation: followed by a comma or
/// `!` and then a word that is not a number ("Oh, and I get off at four").
fn interjection(tokens: &[Token], i: usize, num: Num) -> bool {
    if num != Num::Oh {
        return false;
    }
    // After a digit it is a zero ("six three seven oh,").
    let before = tokens[..i].iter().rev().find(|t| t.tok != Tok::Space);
    if before.is_some_and(|t| {
        t.tok == Tok::Digits
            || lexicon::get(t.word).is_some_and(|l| l.num.is_some())
    }) {
        return false;
    }
    let punct = tokens
        .get(i + 1)
        .is_some_and(|t| matches!(t.tok, Tok::Comma | Tok::Punct('!' | '?')));
    if !punct {
        return false;
    }
    // The next word that is not a filler ("oh, uh, zero" is a zero).
    let next = tokens[i + 2..].iter().position(|t| {
        let filler = lexicon::get(t.word).is_some_and(|l| l.filler);
        !(t.tok == Tok::Space || t.tok == Tok::Comma || filler)
    });
    match next.map(|k| i + 2 + k) {
        Some(k) if tokens[k].tok == Tok::Word => num_at(tokens, k).is_none(),
        Some(k) => tokens[k].tok != Tok::Digits,
        None => true,
    }
}

/// Returns true for "one" used as a pronoun: "the one from Target", "that
/// one" (but not "was that one six eight three").
fn pronoun_one(text: &str, tokens: &[Token], i: usize, w: &Lex) -> bool {
    if w.word != "one" || i < 2 || tokens[i - 1].tok != Tok::Space {
        return false;
    }
    // "was that one six eight three" reads a number; "this one 4526..."
    // points at one.
    let digit_next = next_word(text, tokens, i)
        .is_some_and(|k| num_at(tokens, k).is_some());
    !digit_next
        && lexicon::get(tokens[i - 2].word).is_some_and(|l| l.determiner)
}

/// The fingerprint of one byte of glue, as [`Unit::sep`] takes it.
const fn sep_of(b: u8) -> u64 {
    (0xcbf2_9ce4_8422_2325u64 ^ b as u64).wrapping_mul(0x0100_0000_01b3)
}
/// The separator of a glue longer than `MAX_GLUE` bytes.
const LONG_SEP: u64 = u64::MAX;
const DOT: u64 = sep_of(b'.');
const COMMA: u64 = sep_of(b',');

/// Drops uncertain spoken units that are not among digits: an "oh" with no
/// digit in its run, a homophone without a digit on both sides.
fn resolve_weak(u: &mut Units, answers: &[usize]) {
    // Most texts have no "oh" or homophone among their numbers, and most
    // runs none: those are read once and left.
    let weak = |i: &usize| u.units[*i].weak != Weak::No;
    if !(0..u.units.len()).any(|i| weak(&i)) {
        return;
    }
    let runs = u.runs();
    let mut keep = vec![true; u.units.len()];
    for run in &runs {
        // A whole answer to "the CVV?" keeps every number word it has.
        if !run.clone().any(|i| weak(&i))
            || answers.binary_search(&run.start).is_ok()
        {
            continue;
        }
        let firm = run.clone().any(|i| u.units[i].weak == Weak::No);
        // A number word that is certainly a digit.
        let solid =
            |j: usize| u.units[j].weak != Weak::Homophone && u.units[j].spoken;
        let spoken_digits = run
            .clone()
            .filter(|&j| solid(j))
            .map(|j| u.digits_of(j).len())
            .sum::<usize>();
        // Digits certainly said or written: not homophones, not "oh".
        let strong_digits = run
            .clone()
            .filter(|&j| u.units[j].weak == Weak::No)
            .map(|j| u.digits_of(j).len())
            .sum::<usize>();
        let mut i = run.start;
        while i < run.end {
            match u.units[i].weak {
                Weak::No => i += 1,
                Weak::Oh => {
                    keep[i] = firm;
                    i += 1;
                }
                Weak::Homophone => {
                    // Speech-to-text writes "for" for 4 among number words,
                    // never among digits: "$6 to 6281" is not 6-2-6281. A
                    // chain of them ("five for to zero") needs a number
                    // word at both ends.
                    let mut b = i;
                    while b + 1 < run.end
                        && u.units[b + 1].weak == Weak::Homophone
                    {
                        b += 1;
                    }
                    // At the edge of a run, a homophone next to a long
                    // spoken number may be its first or last digit ("for
                    // nine three eight, ...").
                    let inner = |j: usize| solid(j);
                    // In a long number being read, a recogniser's own digit
                    // formatting puts homophones between written digits
                    // too: "6 to 6 4 1...", "35 to 95786".
                    let long = strong_digits >= 8;
                    let firm = |j: usize| u.units[j].weak == Weak::No;
                    // The recogniser's digits come one or two at a time,
                    // alone: not the cents of "607.54 to 4773...".
                    let dotted = |k: usize| {
                        k > run.start
                            && k < run.end
                            && u.units[k].glue == Glue::Tight
                            && matches!(u.units[k].sep, DOT | COMMA)
                    };
                    let short = |j: usize| {
                        firm(j)
                            && (u.units[j].spoken
                                || (u.digits_of(j).len() <= 2
                                    && !(j < i && dotted(j))
                                    && !(j > b && dotted(j + 1))))
                    };
                    let ok = match (i > run.start, b + 1 < run.end) {
                        // Between a number word and written digits ("04/2033
                        // ... and ate two nine"), like at an edge.
                        (true, true) => {
                            (inner(i - 1) && inner(b + 1))
                                || ((inner(i - 1) || inner(b + 1))
                                    && spoken_digits >= 2)
                                || (long
                                    && firm(i - 1)
                                    && firm(b + 1)
                                    && (short(i - 1) || short(b + 1)))
                                // Two or more side by side between written
                                // groups ("095 ate mine 156"): misheard
                                // digits, not a range ("$6 to 6281").
                                || (long && b > i && firm(i - 1) && firm(b + 1))
                        }
                        (false, true) => {
                            (inner(b + 1) && spoken_digits >= 2)
                                || (long && short(b + 1))
                        }
                        (true, false) => {
                            (inner(i - 1) && spoken_digits >= 2)
                                || (long && short(i - 1))
                        }
                        (false, false) => false,
                    };
                    for k in &mut keep[i..=b] {
                        *k = ok;
                    }
                    i = b + 1;
                }
            }
        }
    }
    if keep.iter().all(|&k| k) {
        return;
    }
    // In place: `retain_mut` visits the units once each, in order.
    let mut keep = keep.into_iter();
    let mut dropped = false;
    u.units.retain_mut(|unit| {
        if keep.next().unwrap_or(true) {
            if dropped {
                unit.glue = Glue::Break;
            }
            dropped = false;
            true
        } else {
            dropped = true;
            false
        }
    });
}

/// The longest gap between the two halves of a number split over two
/// paragraphs, in bytes: a few words, spaces and the blank line.
const MAX_PARAGRAPH_GAP: usize = 80;

/// Joins, over a line break, the groups a recogniser wrote one segment
/// to a line, each ending with a full stop ("It's 4003.\n9944.\n3085.\n
/// 3104."; a segment's times between the lines are `segment` in
/// [`GlueAcc::rules`]): a full stop after a group of a card's size or two
/// (three to eight digits, written or read out) and another such group on
/// the next line is a pause, not the end of a number. A longer number ends
/// a sentence ("It's 358618489171105.\n00:01:26").
fn join_segments(u: &mut Units) {
    let n = u.units.len();
    // The digits of the group that unit `k` ends (`back`) or starts: a
    // written unit is a group; spoken units joined tightly make one
    // ("four oh oh three"), counted up to nine digits: no walk goes
    // further.
    let group = |u: &Units, k: usize, back: bool| {
        let mut d = 0;
        let mut i = k;
        loop {
            let unit = &u.units[i];
            d += unit.digits.len();
            if d > 8 || !unit.spoken {
                return d;
            }
            let tight = |x: &Unit| x.spoken && x.glue == Glue::Tight;
            i = match back {
                true if i > 0 && tight(unit) => i - 1,
                false if u.units.get(i + 1).is_some_and(tight) => i + 1,
                _ => return d,
            };
        }
    };
    for &k in &std::mem::take(&mut u.segment_starts) {
        if k == 0 || k >= n || u.units[k].glue != Glue::Break {
            continue;
        }
        let card_group = |d: usize| (3..=8).contains(&d);
        if card_group(group(u, k - 1, true)) && card_group(group(u, k, false))
        {
            u.units[k].glue = Glue::Line;
        }
    }
}

/// Joins a number split over two paragraphs of one turn: "card number
/// 4111 1111", a blank line, "1111 1111" (two chat messages exported with
/// no sender, a note broken in the middle of the number). A blank line
/// ends a run, so each half alone is too short to be a card and both
/// stayed. They are one number when the first half follows a card or SSN
/// label, is too short to be hidden alone after it (under 12 digits for a
/// card: past that, the rest is at most the last four) and ends its
/// paragraph, and the second opens the next paragraph (after a few lead
/// words at most), is no date or time, and completes the number: 13 to 19
/// digits in all for a card, 9 for an SSN. Then
/// the second half's first unit gets [`Glue::Turn`], as a number read over
/// two turns of one speaker. Two references in two notes are not joined:
/// no label says card or SSN before the first.
fn join_paragraphs(
    text: &str,
    tokens: &[Token],
    layout: &Layout,
    labels: &Labels,
    u: &mut Units,
) {
    let n = u.units.len();
    let starts_run = |x: &Unit| matches!(x.glue, Glue::Break | Glue::Turn);
    // The most digits a half is read over: past that, no card.
    const MOST: usize = 19;
    for &k in &std::mem::take(&mut u.paragraph_starts) {
        if k == 0 || k >= n {
            continue;
        }
        // The run before `k` and the run from `k`, each walked no further
        // than a card's length of digits (so the whole pass is linear).
        let mut a = k - 1;
        let mut da = u.units[a].digits.len();
        while a > 0 && !starts_run(&u.units[a]) && da <= MOST {
            a -= 1;
            da += u.units[a].digits.len();
        }
        let mut end = k + 1;
        let mut db = u.units[k].digits.len();
        while end < n && !starts_run(&u.units[end]) && db <= MOST {
            db += u.units[end].digits.len();
            end += 1;
        }
        let (a, b) = (a..k, k..end);
        let (first, second) = (&u.units[a.start], &u.units[b.start]);
        let gap = second.glue_span;
        if second.glue != Glue::Break
            || first.turn != second.turn
            || !blank_line(gap.of(text))
        {
            continue;
        }
        // The lengths first: most paragraphs end with no partial number.
        let card = (4..=11).contains(&da) && (13..=19).contains(&(da + db));
        let ssn = (3..=6).contains(&da) && da + db == 9;
        if !(card || ssn) {
            continue;
        }
        let Some(turn) = layout.turns.get(second.turn) else { continue };
        let cat = labels
            .before(first.first, turn.content, 3)
            .map(|l| l.cat)
            .or_else(|| asked_before(text, tokens, labels, first.first));
        let completes = match cat {
            Some(Cat::Card) => card,
            Some(Cat::Ssn) => ssn,
            _ => false,
        };
        // A date or a time is not the rest of a number ("card 4111 1111
        // 111", then "12/2028").
        let whole = Span::new(second.span.start, u.units[b.end - 1].span.end);
        let after = text.get(whole.end..).and_then(|s| s.chars().next());
        if !completes
            || whole.of(text).contains(['/', ':'])
            || matches!(after, Some('/' | ':'))
        {
            continue;
        }
        // Nothing but punctuation, line breaks and a few words that go on
        // with a number between the halves ("okay", "and the rest").
        let last = u.units[a.end - 1].last;
        let words_ok = |w: &Lex| w.filler || w.tail || w.lead;
        if quiet(tokens, last + 1..second.first, 3, words_ok) {
            u.units[b.start].glue = Glue::Turn;
        }
    }
}

/// Returns true if tokens `range` hold nothing but white space, line
/// breaks, light punctuation and at most `max` words, each a lexicon word
/// that `word_ok` accepts ("the next four" is a count, no word): what may
/// lie between two parts of one number.
fn quiet(
    tokens: &[Token],
    range: Range<usize>,
    max: usize,
    word_ok: impl Fn(&Lex) -> bool,
) -> bool {
    let from = range.start;
    let Some(between) = tokens.get(range) else { return false };
    let mut n = 0;
    between.iter().enumerate().all(|(k, t)| match t.tok {
        // "the next four are ...": a count, not a digit.
        Tok::Word if lexicon::counted(tokens, from + k) => true,
        Tok::Space | Tok::Dot | Tok::Comma | Tok::Dash | Tok::Newline => true,
        Tok::Punct(c) => matches!(c, '?' | '!' | '"' | '\'' | '’' | ':' | ';'),
        Tok::Word => {
            n += 1;
            n <= max && lexicon::get(t.word).is_some_and(&word_ok)
        }
        Tok::Digits => false,
    })
}

/// The most words of an aside before the next part of a number read over
/// turns (see [`aside`]).
const ASIDE_WORDS: u32 = 16;

/// Returns true if the words `lead` before the next part of a reading are
/// an aside, then the part: "sorry, my kid is yelling. 0343", "hang on
/// let me get my glasses, next is 0343". The reader stopped in the middle
/// of a card or an SSN (`reading`: the kind asked for or labelled, and
/// the digits read so far, fewer than it has), said something that is no
/// number and names no other, and went on: a sentence or a clause of at
/// most [`ASIDE_WORDS`] words, ended by a mark, then at most four lead
/// words. A turn that begins with another number's label ("my zip is")
/// starts a new number.
fn aside(
    tokens: &[Token],
    labels: &Labels,
    lead: Range<usize>,
    reading: (Option<Cat>, usize),
) -> bool {
    let kind = reading.0;
    let Some(between) = tokens.get(lead.clone()) else { return false };
    if !incomplete(reading) || between.iter().any(|t| t.tok == Tok::Digits) {
        return false;
    }
    // The last mark that ends a sentence or a clause.
    let Some(mark) = between.iter().rposition(|t| {
        matches!(t.tok, Tok::Dot | Tok::Comma | Tok::Punct('!' | '?' | ';'))
    }) else {
        return false;
    };
    let (Some(first), Some(last)) = (between.first(), between.get(mark))
    else {
        return false;
    };
    let said = Span::new(first.span().start, last.span().end);
    labels.words_between(lead.start, lead.start + mark) <= ASIDE_WORDS
        && !labels.any_other_than(said, kind)
        && quiet(tokens, lead.start + mark + 1..lead.end, 4, |w| {
            w.filler || w.lead
        })
}

/// Whether a reading of `reading.1` digits so far, of a card or an SSN
/// (`reading.0`, the kind asked for or labelled), has digits still to
/// come.
fn incomplete(reading: (Option<Cat>, usize)) -> bool {
    match reading {
        (Some(Cat::Card), read) => (4..16).contains(&read),
        (Some(Cat::Ssn), read) => (3..9).contains(&read),
        _ => false,
    }
}

/// The most words a recogniser writes for the digits it garbled before the
/// next part of a reading (see [`garbled`]).
const GARBLED_WORDS: u32 = 4;

/// Returns true if the words `lead` before the next part of a reading are
/// what a recogniser wrote for digits it misheard: "bait to double eight"
/// for "eight two double eight", "but what i do three" for "one eight two
/// three". The reader stopped in the middle of a card or an SSN (`reading`,
/// as for [`aside`]); the words are few ([`GARBLED_WORDS`]), bare (no mark,
/// as a recogniser writes them, no digits), name no other number and hold
/// no correction's cue ("no", "sorry", "wait"), no number word (an "our"
/// for "oh" is the part's own first digit) and no month (the expiry date
/// after the card).
fn garbled(
    tokens: &[Token],
    labels: &Labels,
    lead: Range<usize>,
    reading: (Option<Cat>, usize),
) -> bool {
    let kind = reading.0;
    let Some(between) = tokens.get(lead.clone()) else { return false };
    let (Some(first), Some(last)) = (between.first(), between.last()) else {
        return false;
    };
    let words = labels.words_between(lead.start, lead.end);
    incomplete(reading)
        && (1..=GARBLED_WORDS).contains(&words)
        && between.iter().all(|t| matches!(t.tok, Tok::Word | Tok::Space))
        && !labels.any_other_than(first.span().cover(last.span()), kind)
        && !between.iter().any(|t| {
            lexicon::get(t.word).is_some_and(|l| {
                l.num.is_some()
                    || l.month.is_some()
                    || super::cue_word(l) == Some(true)
            })
        })
}

/// How far back [`asked_before`] reads the paragraph before, in bytes.
const MAX_ASK: usize = 400;

/// What the paragraph before the one that token `at` opens asks for:
/// "Sure, what's the card number?", then a paragraph "5325 2170" (a chat
/// exported as a list of messages with no sender). The paragraph of `at`
/// may open with a few lead words ("ok so"); the paragraph before is read
/// back at most [`MAX_ASK`] bytes.
fn asked_before(
    text: &str,
    tokens: &[Token],
    labels: &Labels,
    at: usize,
) -> Option<Cat> {
    // Back from `at` over lead words and white space to a blank line.
    let mut k = at;
    let mut words = 0;
    let mut breaks = 0;
    while breaks < 2 {
        k = k.checked_sub(1)?;
        let t = tokens.get(k)?;
        match t.tok {
            Tok::Newline => breaks += 1,
            Tok::Space => {}
            Tok::Word if breaks == 0 && words < 3 => {
                words += 1;
                if !lexicon::get(t.word).is_some_and(|w| w.lead || w.filler) {
                    return None;
                }
            }
            _ => return None,
        }
    }
    // The end of the paragraph before: past more blank lines.
    while matches!(tokens.get(k)?.tok, Tok::Newline | Tok::Space) {
        k = k.checked_sub(1)?;
    }
    let end = tokens.get(k)?.span().end;
    let mut from = end.saturating_sub(MAX_ASK);
    while !text.is_char_boundary(from) && from < end {
        from += 1;
    }
    let window = text.get(from..end)?;
    // Its start: after the blank line before it, if that is near.
    let start = window
        .rfind("\n\n")
        .or_else(|| window.rfind("\n\r\n"))
        .map_or(from, |i| from + i);
    let q = labels.question(Span::new(start, end), at)?;
    [Cat::Card, Cat::Ssn]
        .into_iter()
        .find(|c| q.label.cat == *c || q.asked & c.bit() != 0)
}

/// Returns true if `gap` holds a blank line: two line breaks with only
/// white space between them.
fn blank_line(gap: &str) -> bool {
    let mut breaks = 0;
    for c in gap.chars() {
        match c {
            '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                breaks += 1;
                if breaks == 2 {
                    return true;
                }
            }
            '\r' => {}
            c if c.is_whitespace() => {}
            _ => breaks = 0,
        }
    }
    false
}

/// Joins a number read over several turns: where a turn ends with a run
/// and the same speaker's next turn starts with one, and only short
/// acknowledgements by the other speaker lie between, the second run's
/// first unit gets [`Glue::Turn`].
fn join_turns(
    text: &str,
    tokens: &[Token],
    layout: &Layout,
    labels: &Labels,
    asked: &Asked,
    u: &mut Units,
) {
    // The range of units in each turn.
    let mut by_turn: Vec<Range<usize>> = vec![0..0; layout.turns.len()];
    let mut k = 0;
    while k < u.units.len() {
        let t = u.units[k].turn;
        let start = k;
        while k < u.units.len() && u.units[k].turn == t {
            k += 1;
        }
        by_turn[t] = start..k;
    }
    let only = |from: usize, to: usize, tail: bool, max: usize| -> bool {
        quiet(tokens, from..to, max, |w| {
            w.filler || if tail { w.tail } else { w.lead }
        })
    };
    let tokens_of = |t: usize| layout.tokens[t].clone();
    // Captions name the speaker only when it changes: a caption with no
    // label, right after one of a known speaker, goes on with what that
    // speaker said ("CUSTOMER: Sure, it's 4394 8469", then a cue "7086
    // 4452"), unless it opens with a dash, the mark of a new speaker.
    // (It stays a turn of no known speaker: a question it follows is
    // still asked of it.)
    let cue_goes_on = |before: &Turn, after: &Turn| -> bool {
        const MAX_CUE: usize = 200;
        let gap = Span::new(before.content.end, after.content.start);
        before.speaker != UNKNOWN
            && after.speaker == UNKNOWN
            && gap.len() <= MAX_CUE
            && gap.of(text).contains("-->")
            && !super::bytes::trim_start(after.content.of(text))
                .starts_with(['-', '\u{2013}', '\u{2014}'])
    };
    let mut drop = vec![false; u.units.len()];
    // The digits another speaker read back in a turn (one buffer for all).
    let mut their_digits: Vec<u8> = Vec::new();
    // Per turn with a run at its end: the digits the other speaker read
    // back, those of the run, and those of the next part as it is read;
    // one buffer each for all turns.
    let mut echoed: Vec<u8> = Vec::new();
    let mut tail: Vec<u8> = Vec::new();
    let mut said: Vec<u8> = Vec::new();
    // For a unit that continues a reading in a later turn: the first unit of
    // the reading and the digits read before it. Remembered so that a
    // reading over many turns is never walked back to its start.
    let mut reading: Vec<Option<(usize, usize)>> = vec![None; u.units.len()];
    for t in 0..layout.turns.len() {
        let units = by_turn[t].clone();
        if units.is_empty() {
            continue;
        }
        let last = &u.units[units.end - 1];
        let turn = &layout.turns[t];
        // The tokens after the run: from the one after its last.
        let rest = last.last + 1..tokens_of(t).end;
        if !only(rest.start, rest.end, true, 2) {
            continue;
        }
        // A run labelled as another kind of number ("Serial 67385-...")
        // is complete, not the first part of a secret.
        let mut head = units.end - 1;
        while head > units.start && u.units[head].glue != Glue::Break {
            head -= 1;
        }
        // Nor is "the card ending in 6810".
        let near = labels.before(u.units[head].first, turn.content, 3);
        if near.is_some_and(|l| l.cat == Cat::Last4) {
            continue;
        }
        let this_part: usize =
            (head..units.end).map(|i| u.digits_of(i).len()).sum();
        // Nor a phone number written as one: 3-3-4 or 1-3-3-4 (unless the
        // card number was asked for: see below).
        let mut written = [0usize; 4];
        let n = units.end - head;
        for (slot, i) in written.iter_mut().zip(head..units.end) {
            *slot = if u.units[i].spoken { 0 } else { u.digits_of(i).len() };
        }
        let phone = matches!(written.get(..n), Some([3, 3, 4] | [1, 3, 3, 4]));
        // Where the reading began, when this turn already continues one: the
        // reader and the question are those of its first part.
        // (Echoes of the other speaker between the parts are left out.)
        let (first, read_so_far) = match reading[head] {
            Some((first, before)) => (first, before + this_part),
            None => (head, this_part),
        };
        let began = u.units[first].turn;
        // The reader's next turn, past at most two short acknowledgements.
        let me = layout.turns[began].speaker;
        // What was asked before the first part: an acknowledgement may name
        // it again ("got it, and the rest of the card?").
        // A question the reader already answered with a number ("the
        // phone number?", then ten digits) asks nothing of a later reading.
        let warns = |r: Range<usize>| {
            tokens.get(r).unwrap_or_default().iter().any(|x| {
                x.is_word()
                    && [
                        "avoid", "not", "never", "don", "dont", "stop",
                        "refrain", "shouldn", "shouldnt",
                    ]
                    .iter()
                    .any(|w| x.span().of(text).eq_ignore_ascii_case(w))
            })
        };
        let asked_turn = |p: usize| {
            asked.of(labels, layout, p).filter(|q| q.label.cat == Cat::Card)
        };
        let asked_label = (0..began)
            .rev()
            .take(8)
            .take_while(|&p| {
                layout.turns[p].speaker != me || by_turn[p].is_empty()
            })
            .filter(|&p| layout.turns[p].speaker != me)
            // Each turn's question once, however many parts look back at
            // it.
            .find_map(|p| asked.of(labels, layout, p))
            .map(|q| q.label);
        let asked = asked_label.map(|l| l.cat);
        // Asked for the card number, digits grouped like a phone number
        // and more in the next turn are the card read out in parts ("400,
        // 000, 0000", "okay", "zero zero, zero zero, zero two"): a phone
        // number has its ten digits already.
        if phone && asked != Some(Cat::Card) {
            continue;
        }
        // The last four asked for and given are complete: "and the last
        // four of the card?" after them asks for another number.
        if asked == Some(Cat::Last4) && read_so_far >= 4 {
            continue;
        }
        // A member or case number read out is not joined into a card; nor
        // a run labelled as another kind of number in the reader's own
        // words, which say what is read whatever was asked before. Unless
        // the parts together are longer than that kind can be: "the car
        // number" (a recogniser's "card": a plate has at most 8
        // characters), 6 digits, "okay", 8 more. `other_most`: the most
        // digits of the other kind.
        let other_most = match near {
            Some(l) => (l.cat == Cat::Other).then_some(l.lengths.1),
            None => asked_label
                .filter(|l| l.cat == Cat::Other)
                .map(|l| l.lengths.1),
        };
        if other_most == Some(u8::MAX) {
            continue;
        }
        let mut next = None;
        // Whether a yes-or-no question of the other speaker's lies between
        // (see `aside_asked` below).
        let mut asked_aside = false;
        // The digits the other speaker read back, if any.
        echoed.clear();
        // Whether `tail` holds the digits of this part (once an echo is
        // looked for).
        let mut tail_read = false;
        for (n, t2) in (t + 1..layout.turns.len()).enumerate() {
            let other = &layout.turns[t2];
            let same = (other.speaker == me && (me != UNKNOWN || n == 0))
                || (n == 0 && cue_goes_on(turn, other));
            if same && !by_turn[t2].is_empty() {
                next = Some(t2);
                break;
            }
            // An acknowledgement: no label (a question for something else
            // ends the number), not too long, and no digits but a lone
            // spoken one ("next four?", "one second") or an echo of the
            // part just read ("5451, yes").
            let r = tokens_of(t2);
            // A number redacted before ("[CARD]", "****") was said here:
            // the reading before it is over, as if its digits were there.
            if by_turn[t2].is_empty() && labels.has_digits(r.clone()) {
                break;
            }
            // The words of the turn that are not number words.
            let number_words: u32 = by_turn[t2]
                .clone()
                .map(|i| {
                    let x = &u.units[i];
                    labels.words_between(x.first, x.last + 1)
                })
                .sum();
            let words = labels
                .words_between(r.start, r.end)
                .saturating_sub(number_words) as usize;
            let theirs = by_turn[t2].clone();
            their_digits.clear();
            for i in theirs.clone() {
                their_digits.extend_from_slice(u.digits_of(i));
            }
            let lone = theirs.len() <= 1
                && theirs
                    .clone()
                    .all(|i| u.units[i].spoken && u.digits_of(i).len() == 1);
            let echo = !their_digits.is_empty() && {
                if !tail_read {
                    u.digits_into(head..units.end, &mut tail);
                    tail_read = true;
                }
                tail.ends_with(&their_digits)
            };
            if echo {
                echoed.clone_from(&their_digits);
            }
            // "Was that 1488 or 1468?": the last group read, offered with
            // another of its length to choose from, is an echo of it.
            let group = u.digits_of(units.end - 1);
            let offered = !echo
                && group.len() >= 3
                && (2..=3).contains(&theirs.len())
                && theirs.clone().all(|i| u.digits_of(i).len() == group.len())
                && theirs.clone().any(|i| u.digits_of(i) == group);
            if offered {
                echoed.clear();
                echoed.extend_from_slice(group);
            }
            let echo = echo || offered;
            // Speech-to-text sometimes gives a part of a number to the
            // wrong speaker: a turn of nothing but digits, right after the
            // reading and before it is complete, is its next part.
            let incomplete = match asked {
                Some(Cat::Card) => read_so_far < 16,
                Some(Cat::Ssn) => read_so_far < 9,
                _ => false,
            };
            let bare = !theirs.is_empty()
                && words <= 2
                && only(r.start, u.units[theirs.start].first, false, 2);
            if n <= 2 && incomplete && bare && !echo {
                next = Some(t2);
                break;
            }
            // A real question ("And which apartment is that?", "how many
            // payments") ends the number; "and then?", "what's next?",
            // "two more groups?" do not. Punctuation may be missing, so
            // the words decide.
            let r = tokens_of(t2);
            let word_is = |w: &[&str]| {
                tokens[r.clone()].iter().any(|x| {
                    lexicon::get(x.word).is_some_and(|l| w.contains(&l.word))
                })
            };
            let goes_on = word_is(&[
                "next",
                "then",
                "rest",
                "more",
                "else",
                "continue",
                "go",
                "remaining",
                "last",
            ]);
            let question_mark =
                tokens[r.clone()].iter().any(|x| x.tok == Tok::Punct('?'));
            let opens_question = tokens[r.clone()]
                .iter()
                .find(|x| x.is_word())
                .and_then(|x| lexicon::get(x.word))
                .is_some_and(|l| {
                    matches!(
                        l.word,
                        "can"
                            | "could"
                            | "would"
                            | "do"
                            | "does"
                            | "may"
                            | "will"
                            | "is"
                            | "are"
                    )
                });
            let wh = word_is(&[
                "what", "which", "how", "when", "where", "who", "why",
            ]);
            let is_question = question_mark || opens_question || wh;
            // Unless a short yes-or-no question of the agent's comes in
            // the middle of a card or an SSN asked for ("is that a visa?",
            // then "yes. 0343 6467"): the reading goes on after the answer.
            // A question for something new ("what's the best call back
            // number") ends it.
            let aside_asked = incomplete
                && opens_question
                && !wh
                && words <= ASIDE_WORDS as usize;
            let asks = is_question && words > 3 && !goes_on && !aside_asked;
            asked_aside |= is_question && words > 3 && !goes_on && !echo;
            // Naming what is being read is fine when asking for more ("and
            // the rest of the card number?") or in a remark ("please avoid
            // sharing full card numbers in chat"), not when asking again
            // ("Can I get your social security number?").
            let reasks = is_question
                && labels.any_but_brands(text, other.content)
                && !goes_on;
            if n >= 3
                || words > 20
                || (asks && !echo)
                || reasks
                || !(lone || echo)
                || (labels.any_other_than(other.content, asked)
                    && !(asked.is_none()
                        && !is_question
                        && labels.has(other.content, Cat::Card)
                        // A request for the card ("Go ahead and send the
                        // card number here.") is no remark: what comes
                        // after it is a new number. A warning is ("please
                        // avoid sharing full card numbers in chat").
                        && (asked_turn(t2).is_none() || warns(r.clone()))))
            {
                break;
            }
        }
        let Some(t2) = next else { continue };
        let units2 = by_turn[t2].clone();
        if units2.is_empty() {
            continue;
        }
        // A short number said again whole at the start of the next part,
        // and more after it, is sent again, not read on: "31", then "318"
        // (a message sent too soon); "12", then "12/27". Not for a card
        // or an SSN asked for, whose false starts are their own.
        if first == head
            && this_part <= 4
            && !matches!(asked, Some(Cat::Card | Cat::Ssn))
        {
            u.digits_into(head..units.end, &mut tail);
            said.clear();
            for k in units2.clone().take(8) {
                said.extend_from_slice(u.digits_of(k));
            }
            if said.len() > tail.len() && said.starts_with(&tail) {
                continue;
            }
        }
        if let Some(most) = other_most {
            let next_part: usize =
                units2.clone().map(|i| u.digits_of(i).len()).sum();
            if read_so_far + next_part <= usize::from(most) {
                continue;
            }
        }
        // The words before the next part: from the turn's start to the
        // part's first token.
        let lead = tokens_of(t2).start..u.units[units2.start].first;
        let kind = asked.or(near.map(|l| l.cat));
        // After a question between, the answer's number completes the one
        // asked for ("yes. 0343 6467"), or is another ("yes, 12
        // payments").
        let completes = || {
            let next_part: usize =
                units2.clone().map(|i| u.digits_of(i).len()).sum();
            match asked {
                Some(Cat::Card) => {
                    (13..=19).contains(&(read_so_far + next_part))
                }
                Some(Cat::Ssn) => read_so_far + next_part == 9,
                _ => false,
            }
        };
        if (only(lead.start, lead.end, false, 4)
            || aside(tokens, labels, lead.clone(), (kind, read_so_far))
            || garbled(tokens, labels, lead.clone(), (kind, read_so_far)))
            && (!asked_aside || completes())
        {
            // "Was that one six eight three?" "yes, one six eight three.
            // Then one two five three": confirming the group the other
            // speaker read back, before going on, is an echo too.
            u.digits_into(head..units.end, &mut tail);
            let mut repeat = None;
            said.clear();
            for k in units2.clone().take(8) {
                said.extend_from_slice(u.digits_of(k));
                if said.len() > tail.len() {
                    break;
                }
                let more =
                    k + 1 < units2.end && u.units[k + 1].glue != Glue::Break;
                if said.len() >= 3 && said == echoed && more {
                    repeat = Some(k + 1);
                }
            }
            let resume = repeat.unwrap_or(units2.start);
            reading[resume] = Some((first, read_so_far));
            for (unit, gone) in u.units[units2.start..resume]
                .iter()
                .zip(&mut drop[units2.start..resume])
            {
                u.echoes.push(unit.span);
                *gone = true;
            }
            u.units[resume].glue = Glue::Turn;
            // The other speaker's units in between ("one second", an
            // echo) leave the sequence so the two parts meet.
            for theirs in by_turn[t + 1..t2].iter().cloned() {
                let lone = theirs.len() == 1
                    && u.units[theirs.start].spoken
                    && u.digits_of(theirs.start).len() == 1;
                for i in theirs {
                    if !lone {
                        u.echoes.push(u.units[i].span);
                    }
                    drop[i] = true;
                }
            }
        }
    }
    if drop.iter().any(|&d| d) {
        let mut k = 0;
        u.units.retain(|_| {
            k += 1;
            !drop[k - 1]
        });
    }
    // Sorted, so that a finding finds the echoes between its parts by a
    // binary search.
    u.echoes.sort_unstable();
}

#[cfg(test)]
mod tests {
    #[test]
    fn cue_prefixes() {
        let len = |s: &str| super::cue_prefix(s, 0);
        assert_eq!(len("[00:18.741 --> 00:21.098]  It's"), Some(25));
        assert_eq!(len("[01:02:03.500 --> 01:02:05.000] hi"), Some(31));
        assert_eq!(len("[0:05 --> 0:07]"), Some(15));
        assert_eq!(len("[00:01,000-->00:02,000]"), Some(23));
        assert_eq!(len("[11:03:53] TOO NINE"), Some(10));
        assert_eq!(len("[11:03:53]"), None);
        assert_eq!(len("[12:27] exp"), None);
        for no in [
            "[00:18.741]",
            "[crosstalk]",
            "[00:18 -> 00:21]",
            "[1234 --> 5678]",
            "[00:18.741 --> 00:21.098",
            "[",
        ] {
            assert_eq!(len(no), None, "{no}");
        }
    }

    use super::*;
    use crate::detect::layout::layout;
    use crate::detect::token::tokenize;

    /// The tight glue and the line told at once are what the rules give,
    /// on every accumulator of small counts.
    #[test]
    fn plain_glue_is_the_rules_glue() {
        let mut tight = (0, 0);
        for bits in 0..1u32 << 15 {
            let n = |at: u32| ((bits >> at) & 1) as usize;
            for spaces in 0..6 {
                for (len, skipped) in
                    [(0, 0), (3, 0), (32, 0), (33, 0), (40, 8)]
                {
                    let g = GlueAcc {
                        broken: n(0) == 1,
                        start: Some(100),
                        spaces,
                        dashes: n(1) + n(2),
                        dots: n(3),
                        commas: n(4),
                        newlines: n(5) + n(6),
                        words: n(7),
                        acks: n(8),
                        slashes: n(9),
                        questions: n(14),
                        line_start: n(10) == 1,
                        sentence_end: n(11) == 1,
                        skipped: skipped + n(12),
                    };
                    let end = 100 + len + n(13);
                    assert_eq!(g.classify(end), g.rules(end));
                    match g.classify(end) {
                        Glue::Tight => tight.0 += 1,
                        Glue::Line => tight.1 += 1,
                        _ => {}
                    }
                }
            }
        }
        assert!(tight.0 > 100 && tight.1 > 100, "{tight:?}");
    }

    #[test]
    fn spoken_counts_are_the_units_counted() {
        let mut seen = (0, 0);
        for text in [
            "",
            "4111 1111 1111 1111",
            "four one one one, 1111 one one one one 1111 and 0927",
            "Agent: the card?\nCaller: four one 11 one one one one\nAgent: ok",
            "cvv one two three, exp 09/27, ssn 123 45 6789 nine",
        ] {
            let tokens = tokenize(text);
            let l = layout(text, &tokens);
            let labels = Labels::find(text, &tokens);
            let u =
                units(text, &tokens, &l, &labels, &Asked::new(l.turns.len()));
            let n = u.units.len();
            let spoken = u.units.iter().filter(|x| x.spoken).count();
            seen = (seen.0 + spoken, seen.1 + n - spoken);
            for a in 0..=n + 1 {
                for b in a..=n + 1 {
                    let want = u
                        .units
                        .get(a..b.min(n))
                        .map_or(0, |r| r.iter().filter(|x| x.spoken).count());
                    assert_eq!(u.spoken_in(a..b), want, "{text:?} {a}..{b}");
                    assert_eq!(u.any_spoken(a..b), want > 0);
                }
            }
            for a in 0..=n {
                for b in a..=n {
                    let all = u.units[a..b].iter().all(|x| x.spoken);
                    assert_eq!(u.all_spoken(a..b), all, "{text:?} {a}..{b}");
                }
            }
        }
        // Spoken and written units both.
        assert!(seen.0 > 5 && seen.1 > 5, "{seen:?}");
    }

    /// The labels' pass notes exactly the tokens that are not [`inert`]:
    /// from every token on, the next it gives is the next not inert, the
    /// one the units' pass skips to; on texts of every token class,
    /// brackets, number words and words that are no number, in any case.
    #[test]
    fn unit_tokens_are_the_tokens_not_inert() {
        let pieces = [
            "4",
            "12",
            "four",
            "Forty",
            "oh",
            "to",
            "the",
            "card",
            "uh",
            " ",
            "\n",
            "[",
            "(",
            "<",
            ">",
            "]",
            ")",
            "-",
            ".",
            ",",
            "*",
            "#",
            "é",
            "dos",
            "once",
            "veinte",
            "[00:18.741 --> 00:21.098] ",
            "EXP",
        ];
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let mut texts = vec![
            String::new(),
            "Agent: the card?\nCaller: four one 11 one (one) one one".into(),
            "[crosstalk] <unk> cvv one two three, exp 09/27, ssn 123".into(),
        ];
        for _ in 0..3_000 {
            let mut text = String::new();
            for _ in 0..16 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
                if state & 1 == 0 {
                    text.push(' ');
                }
            }
            texts.push(text);
        }
        let mut seen = 0;
        for text in &texts {
            let tokens = tokenize(text);
            let want: Vec<usize> =
                (0..tokens.len()).filter(|&i| !inert(&tokens[i])).collect();
            let l = layout(text, &tokens);
            let next = |labels: &Labels| -> Vec<usize> {
                (0..=tokens.len() + 64)
                    .map(|i| labels.next_unit_token(i).unwrap_or(usize::MAX))
                    .collect()
            };
            let want: Vec<usize> = (0..=tokens.len() + 64)
                .map(|i| {
                    want.iter()
                        .copied()
                        .find(|&k| k >= i)
                        .unwrap_or(usize::MAX)
                })
                .collect();
            assert_eq!(
                next(&Labels::find_in(text, &tokens, &l.tokens)),
                want,
                "{text:?}"
            );
            assert_eq!(next(&Labels::find(text, &tokens)), want, "{text:?}");
            seen += tokens.iter().filter(|t| !inert(t)).count();
        }
        assert!(seen > 10_000, "{seen}");
    }

    /// Returns each run as (digits, glues) for inspection.
    fn runs(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        let l = layout(text, &tokens);
        let labels = Labels::find(text, &tokens);
        let u = units(text, &tokens, &l, &labels, &Asked::new(l.turns.len()));
        u.runs()
            .into_iter()
            .map(|r| {
                let mut s = String::new();
                for i in r {
                    if !s.is_empty() {
                        s.push(match u.units[i].glue {
                            Glue::Tight => '.',
                            Glue::Loose => ',',
                            Glue::Line => '/',
                            Glue::Turn => '|',
                            Glue::Break => '#',
                        });
                    }
                    s.push_str(std::str::from_utf8(u.digits_of(i)).unwrap());
                }
                s
            })
            .collect()
    }

    #[test]
    fn written_groups() {
        assert_eq!(
            runs("cc 4111-1111 1111.1111 now"),
            vec!["4111.1111.1111.1111"]
        );
        assert_eq!(runs("a 1Z999 b AUTH61269 +1 555"), vec!["555"]);
        assert_eq!(runs("3001\n> 341442 5295"), vec!["3001/341442.5295"]);
        assert_eq!(runs("1\n\n2"), vec!["1", "2"]);
        assert_eq!(
            runs("$21,342.74 on 6/18"),
            vec!["21", "342.74", "6", "18"]
        );
        // A thousands comma inside a number joins its groups; four digits
        // after it do not.
        assert_eq!(runs("2417 7,680 98"), vec!["2417.7.680.98"]);
        assert_eq!(runs("12,000 miles 7,6801"), vec!["12.000", "7", "6801"]);
    }

    #[test]
    fn spoken_numbers() {
        assert_eq!(
            runs("forty one eleven, double five, triple oh"),
            vec!["41.11,55,000"]
        );
        assert_eq!(runs("sixty-two fifty five"), vec!["62.55"]);
        assert_eq!(runs("nine hundred and twelve"), vec!["912"]);
        assert_eq!(runs("two thousand twenty seven"), vec!["2027"]);
        assert_eq!(runs("two thousand four hundred seventeen"), vec!["2417"]);
        assert_eq!(runs("seven thousand six hundred"), vec!["7600"]);
        assert_eq!(runs("5358, uh, nine two"), vec!["5358,9.2"]);
    }

    #[test]
    fn weak_words() {
        assert_eq!(runs("oh okay"), Vec::<String>::new());
        assert_eq!(runs("oh nine twenty seven"), vec!["0.9.27"]);
        assert_eq!(runs("four one for one"), vec!["4.1.4.1"]);
        assert_eq!(runs("I paid for two"), vec!["2"]);
        assert_eq!(runs("go to one place"), vec!["1"]);
        // A homophone is the units of a tens word among number words.
        assert_eq!(runs("oh for twenty ate"), vec!["0.4.28"]);
        assert_eq!(runs("two sixty free sex nine"), vec!["2.63.6.9"]);
        assert_eq!(runs("sixty free sex nine"), vec!["60.3.6.9"]);
        // Not after a number word: two numbers, not 24.
        assert_eq!(runs("I paid twenty for it"), vec!["20.4"]);
        // Before a word that says no number: not 22.
        assert_eq!(runs("five twenty to the hour"), vec!["5.20.2"]);
    }

    #[test]
    fn turns_join_over_acknowledgements() {
        let text = "Agent: number?\nCustomer: four one one one\n\
                    Agent: uh huh\nCustomer: and then two two\n";
        assert_eq!(runs(text), vec!["4.1.1.1|2.2"]);
        let text = "Agent: number?\nCustomer: four one one one\n\
                    Agent: the refund is 20 dollars\nCustomer: two two\n";
        assert_eq!(runs(text), vec!["4.1.1.1", "20", "2.2"]);
    }
}
