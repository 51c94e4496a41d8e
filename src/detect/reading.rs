//! Readings: a card number or an SSN read out and garbled by speech-to-text,
//! where the context says what is being read.
//!
//! A recogniser drops and mishears digits ("six seven double on one three
//! to seven for a line one of three"): the clean detectors find no number
//! there, and the digits it did get right stay readable. Where the other
//! speaker just asked for the card number or the SSN (or a label just
//! before says so), a **stretch** of the answer dense with number words,
//! digits and homophones, with at most a few other words between them, is
//! the number being read, and is hidden whole: from its first number word
//! to its last. A reading may go on in the same speaker's next turns, past
//! the other speaker's "uh huh" or "and the next four".
//!
//! A recogniser's output with no speaker labels, or run together on one
//! line, is one turn: the label may come a few words before the reading
//! ("the card number please, it's a j c b, ..."), the other speaker's
//! "okay and then" lies between its parts inside the turn, and the
//! read-back or the correction follows it there ("let me read that back
//! ..."). Those stretches are parts of the same reading when only a few
//! words lie between, with no number, label or sentence end among them.
//!
//! Validation confirms, context decides: without the question or the
//! label, nothing here hides anything.

use std::ops::Range;

use super::layout::UNKNOWN;
use super::lexicon::{self as lex, Cat, Num};
use super::token::Tok;
use super::{Doc, context};
use crate::finding::Kind;
use crate::span::Span;

/// The most words that are not numbers between two number words of one
/// stretch ("let me see", "and the blood").
const MAX_GAP: usize = 3;

/// The digits a reading must have, roughly counted, to be hidden: most of
/// a card (whose 16 digits lose a third to a poor recogniser), most of an
/// SSN.
const fn enough(kind: Kind) -> usize {
    match kind {
        Kind::Card => 10,
        _ => 6,
    }
}

/// The digits that complete a reading: after that, the next turn is not
/// its continuation.
const fn complete(kind: Kind) -> usize {
    match kind {
        Kind::Card => 15,
        _ => 9,
    }
}

/// A stretch of tokens dense with numbers.
#[derive(Clone, Debug)]
struct Stretch {
    /// Its first and last number tokens.
    tokens: Range<usize>,
    /// The digits it stands for, roughly: a digit word or homophone is
    /// one, a teen two, a written group its length.
    weight: usize,
    /// The part of `weight` that was spoken: number words, and digits a
    /// recogniser wrote one or two at a time. Written groups of three or
    /// more are the written detectors' to judge (a phone number, a date),
    /// not a garbled reading.
    spoken: usize,
    /// Whether it holds a number heard as one, not only homophones.
    heard: bool,
    /// How many words before it in its turn.
    lead: u32,
}

impl Stretch {
    /// Whether most of it was spoken.
    fn is_spoken(&self) -> bool {
        self.spoken >= 3 && self.spoken * 2 >= self.weight
    }
}

pub(super) fn detect(doc: &mut Doc<'_>) {
    let turns = doc.layout.turns.len();
    let mut t = 0;
    while t < turns {
        t = match reading_at(doc, t) {
            Some(next) => next,
            None => t + 1,
        };
    }
    if doc.layout.conversation {
        read_backs_alone(doc);
        found_read_back(doc);
    }
}

/// The most number words a fringe adds to a card or an SSN on each side
/// (see [`fringes`]).
const FRINGE_WORDS: usize = 6;

/// Number words left readable at the edges of a card or an SSN said in
/// words: the recogniser garbled a word at the edge of the reading, so
/// the number found stops short of it and what follows stays ("...
/// \[CARD\] mind to it for nye", "\[CARD\] page two or three", "too for a
/// \[CARD\]", "sure seven for a \[SSN\]", a read-back's "\[CARD\] a five
/// correct"). The number words next to a found card or SSN, in its turn,
/// are the same reading's, fail closed:
///
/// - found valid (a card that passes Luhn, an SSN that passes the SSA's
///   rules), only number words right next to it, no comma between: the
///   rest of the same run (a valid window picked inside a longer misheard
///   run); not valid, past one other word or a comma between ("mind the
///   zero one zero seven");
/// - a number heard as one among them, or two homophones ("to", "for",
///   "a" is no number): "\[CARD\] to pay it" keeps its "to";
/// - no more digits in all than the longest of its kind (19 for a card, 9
///   for an SSN), or none taken: a card of sixteen and the expiry said
///   right after it ("... one one one one oh nine twenty seven") stay two
///   numbers;
/// - no label, tag, mask, sentence end, cue that takes back ("sorry",
///   "no") or other finding crossed, not "one" of "one moment".
///
/// Run once every card and SSN is found, before the expiry's and the
/// code's detectors.
pub(super) fn fringes(doc: &mut Doc<'_>) {
    // Every finding's parts, sorted: made when the first finding said in
    // words is met (most texts have none, a text of digits thousands).
    let mut taken: Option<Vec<Span>> = None;
    for i in 0..doc.drafts.len() {
        let d = &doc.drafts[i];
        let Some(&first) = d.parts.first() else { continue };
        // A number word at either edge (a written number starts with a
        // digit and ends with its last token's digits).
        let word =
            |k: usize| doc.tokens.get(k).is_some_and(|t| t.tok == Tok::Word);
        let starts_written = doc
            .text
            .as_bytes()
            .get(first.start)
            .is_some_and(u8::is_ascii_digit);
        if !matches!(d.kind, Kind::Card | Kind::Ssn)
            || (starts_written && !word(d.last_token))
        {
            continue;
        }
        let taken = taken.get_or_insert_with(|| {
            let mut all: Vec<Span> = doc
                .drafts
                .iter()
                .flat_map(|d| d.parts.iter().copied())
                .collect();
            all.sort_unstable();
            all
        });
        let valid = match d.kind {
            Kind::Card => {
                (13..=19).contains(&d.digits.len())
                    && crate::validate::luhn::is_valid_bytes(&d.digits)
            }
            Kind::Ssn => {
                d.digits.len() == 9
                    && crate::validate::ssn::is_valid_bytes(&d.digits)
            }
            _ => continue,
        };
        let most = if d.kind == Kind::Card { 19 } else { 9 };
        let mut room = most - d.digits.len().min(most);
        let gap = usize::from(!valid);
        let z = d.last_token;
        let a = doc.tokens.partition_point(|t| t.span().start < first.start);
        let after = fringe(doc, z, true, gap, room, taken);
        if let Some((_, w)) = after {
            room = room.saturating_sub(w);
        }
        let before = fringe(doc, a, false, gap, room, taken);
        if after.is_none() && before.is_none() {
            continue;
        }
        let kind = d.kind;
        let mut spans = Vec::with_capacity(2);
        let d = &mut doc.drafts[i];
        if let Some((k, _)) = before {
            let start = doc.tokens[k].span().start;
            if let Some(p) = d.parts.first_mut() {
                spans.push(Span::new(start, p.start));
                *p = Span::new(start, p.end);
            }
        }
        if let Some((k, _)) = after {
            let end = doc.tokens[k].span().end;
            if let Some(p) = d.parts.last_mut() {
                spans.push(Span::new(p.end, end));
                *p = Span::new(p.start, end);
            }
            d.last_token = k;
        }
        d.reason.push_str("; with the number words next to it");
        for span in spans {
            let at = taken.partition_point(|p| p.start < span.start);
            taken.insert(at, span);
            let units = &doc.units.units;
            let lo = units.partition_point(|u| u.span.end <= span.start);
            let hi =
                lo + units[lo..].partition_point(|u| u.span.start < span.end);
            for u in lo..hi {
                doc.taken.set(u, Some(kind));
            }
        }
    }
}

/// The fringe of [`fringes`] on one side of token `edge` (the last token
/// of a finding when `forward`, its first when not), in the edge's turn,
/// at most `gap` other words between two number words and at most `room`
/// digits: its outermost number token and its digits. `None` when there
/// is none to take. `taken` is every finding's parts, sorted.
fn fringe(
    doc: &Doc<'_>,
    edge: usize,
    forward: bool,
    gap: usize,
    room: usize,
    taken: &[Span],
) -> Option<(usize, usize)> {
    // Only a number said in words at the edge: most findings are written.
    let e = doc.tokens.get(edge)?;
    if e.tok != Tok::Word || lex::get(e.word).and_then(|l| l.num).is_none() {
        return None;
    }
    let turn = doc.layout.turn_at(e.span().start)?;
    let tokens = doc.layout.tokens.get(turn)?.clone();
    let overlaps = |s: Span| {
        let i = taken.partition_point(|p| p.end <= s.start);
        taken.get(i).is_some_and(|p| p.start < s.end)
    };
    let (mut words, mut weight, mut numbers, mut heard) = (0, 0, 0, false);
    let mut best = None;
    let mut k = edge;
    loop {
        k = match forward {
            true => k + 1,
            false => k.checked_sub(1)?,
        };
        if !tokens.contains(&k) || numbers >= FRINGE_WORDS {
            break;
        }
        let t = doc.tokens[k];
        // Past a comma, a pause, only where a word may stand between.
        match t.tok {
            Tok::Space => continue,
            Tok::Comma if gap > 0 => continue,
            Tok::Word => {}
            _ => break,
        }
        if overlaps(t.span()) || doc.labels.touches(t.span()) {
            break;
        }
        let lexed = lex::get(t.word);
        let Some(n) = lexed.and_then(|l| l.num) else {
            // Nor past a cue that takes back: "... three sorry oh eight oh
            // three" is a correction (see `Doc::restarts`). But "no" is
            // what a recogniser writes for "oh" ("nine no seven") as often.
            words += 1;
            let cue = lexed.is_some_and(|l| {
                l.word != "no" && super::cue_word(l) == Some(true)
            });
            if words > gap || cue {
                break;
            }
            continue;
        };
        let w = match n {
            Num::Teen(_) => 2,
            _ => 1,
        };
        // More than the room: another number follows (a code said right
        // after the card), not the rest of this one.
        if weight + w > room {
            return None;
        }
        words = 0;
        weight += w;
        numbers += 1;
        heard |= matches!(n, Num::Digit(_) | Num::Teen(_) | Num::Tens(_));
        if (heard || numbers >= 2) && !(forward && a_while_after(doc, k + 1)) {
            best = Some((k, weight));
        }
    }
    best
}

/// The most words between a card found and its read-back in the same
/// turn, where no speakers are marked ([`found_read_back_after`]): the
/// card's last part, the other speaker's "okay go on", "let me read that
/// back".
const READ_BACK_WORDS: u32 = 16;

/// [`found_read_back`] where no speakers are marked, so that the card and
/// the read-back share a turn (a call run together on one line, or an
/// utterance a line): the first stretch after the card, within
/// [`READ_BACK_WORDS`] words, of most of a card spoken, most of the
/// card's digits in order, with no other number's label between ("... three or two okay go on okay it five five
/// one let me read that back four five five two nine three nine nine
/// seven three and two in five five one is that correct"). Reads a few
/// dozen tokens after each card, not the turn. Run after the near copies
/// ([`super::card::near_copies`]): a read-back found as the card's near
/// copy is theirs, and its correction after it ("... correct uh no that
/// should be forty one eighty three") is read against it.
pub(super) fn found_read_back_after(doc: &mut Doc<'_>) {
    if doc.layout.conversation {
        return;
    }
    let cards: Vec<usize> = doc
        .drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| d.kind == Kind::Card && d.again_in.is_none())
        .map(|(i, _)| i)
        .collect();
    for i in cards {
        let Some(d) = doc.drafts.get(i) else { continue };
        let Some(end) = d.parts.last().map(|p| p.end) else { continue };
        let from = d.last_token + 1;
        let to = doc.tokens.len().min(from + 8 * READ_BACK_WORDS as usize);
        // The first number word after the card, a few words on, no digits
        // before it: a read-back said in words ("four five five two ...");
        // digits written one a line are a list, and a read-back written in
        // digits is the card windows' to find. Most cards have none, and
        // are left after a few tokens.
        let mut words = 0;
        let mut start = None;
        for (k, t) in
            doc.tokens.get(from..to).unwrap_or_default().iter().enumerate()
        {
            match t.tok {
                Tok::Digits => break,
                Tok::Word
                    if lex::get(t.word).is_some_and(|l| l.num.is_some()) =>
                {
                    start = Some(from + k);
                    break;
                }
                Tok::Word if words >= READ_BACK_WORDS => break,
                Tok::Word => words += 1,
                _ => {}
            }
        }
        let Some(start) = start else { continue };
        let card = d.digits.clone();
        let Some(s) = stretches_in(doc, start..to).into_iter().find(|s| {
            s.lead + words <= READ_BACK_WORDS
                && s.weight >= enough(Kind::Card)
                && s.is_spoken()
        }) else {
            continue;
        };
        let (Some(a), Some(z)) =
            (doc.tokens.get(s.tokens.start), doc.tokens.get(s.tokens.end - 1))
        else {
            continue;
        };
        let span = Span::new(a.span().start, z.span().end);
        // Most of the card's digits, in order: another number said there
        // ("and that's for account five five seven six ...") shares about
        // half (see `card::repeats`).
        let said: Vec<u8> = s
            .tokens
            .clone()
            .filter_map(|k| {
                let u = usize::try_from(*doc.unit_at.get(k)?).ok()?;
                Some(doc.units.digits_of(u.checked_sub(1)?))
            })
            .flatten()
            .copied()
            .collect();
        if doc
            .labels
            .any_other_than(Span::new(end, span.start), Some(Cat::Card))
            || doc.labels.sentence_ends_between(from, s.tokens.start)
            || !super::card::repeats(&said, &card)
        {
            continue;
        }
        take_read_back(doc, &s, span);
    }
}

/// Takes the read-backs of the cards found before the readings (read
/// cleanly enough for the card's own windows, or over turns), heard too
/// badly to be found again: "let me read that back four five five two nine
/// three nine nine seven three and two in five five one is that correct"
/// after a card given in five turns. Judged as a reading's read-back is
/// (see [`read_back`]): the other speaker's next turn, opening with most
/// of a card spoken, and no other number's label before it. A read-back
/// found whole is taken already, and ends any stretch.
fn found_read_back(doc: &mut Doc<'_>) {
    let mut ends: Vec<usize> = doc
        .drafts
        .iter()
        .filter(|d| d.kind == Kind::Card && d.again_in.is_none())
        .filter_map(|d| doc.end_turn(d))
        .collect();
    ends.dedup();
    for t in ends {
        read_back(doc, t);
    }
}

/// The most turns between a read-back and the answer it repeats.
const BACK_REACH: usize = 8;

/// The numbers (digit groups and number words) that an answer read too
/// badly to be found must have at least: more than a phone's area code or
/// an amount, under half a card.
const SAID_BADLY: u32 = 6;

/// Takes the cards read back by the speaker who asked for them, when the
/// answer was heard too badly to be read ("the numbers for a five a free
/// three six six ..."), so that nothing was found in it: the asker's next
/// words that hold a number are the card said again ("so that's four eight
/// five eight o three three six six two three six seven nine and two, is
/// that correct"). The asker's turn closes with the card's label (see
/// [`context::Labels::closing`]); the other speakers' turns since (past the
/// asker's own "m h m", "and the next four", within [`BACK_REACH`] turns)
/// say [`SAID_BADLY`] numbers or more; the asker's next turn with a number
/// opens with a stretch of most of a card, spoken, after a few words with
/// no label ("your confirmation number is ..." is another number).
///
/// One walk over the turns, a stretch read only for a read-back's turn.
fn read_backs_alone(doc: &mut Doc<'_>) {
    // The asker, their turn, and the numbers said since.
    let mut pending: Option<(u32, usize, u32)> = None;
    for n in 0..doc.layout.turns.len() {
        let me = doc.layout.turns[n].speaker;
        let content = doc.layout.turns[n].content;
        let tokens = doc.layout.tokens[n].clone();
        let numbers = doc.labels.numbers_between(tokens.start, tokens.end);
        match pending {
            _ if me == UNKNOWN => pending = None,
            // The answer, or another question for the card ("actually
            // can you put it on a new card" / "go ahead with the card
            // number"): the one that closes the turn last is asked.
            Some((asker, at, said)) if asker != me => {
                pending = (n - at <= BACK_REACH).then_some((
                    asker,
                    at,
                    said + numbers,
                ));
            }
            Some((_, at, said)) if numbers > 0 => {
                if said >= SAID_BADLY && n - at <= BACK_REACH {
                    read_back_alone(doc, n);
                }
                pending = None;
            }
            // The asker's "m h m", "and the next four".
            Some(_) if doc.labels.cats_in(content) == 0 => continue,
            _ => pending = None,
        }
        let closes = doc
            .labels
            .closing(content, tokens.end)
            .is_some_and(|l| l.cat == Cat::Card);
        if closes && me != UNKNOWN {
            pending = Some((me, n, 0));
        }
    }
}

/// Takes the card read back at the start of turn `n` (see
/// [`read_backs_alone`]).
fn read_back_alone(doc: &mut Doc<'_>, n: usize) -> Option<()> {
    let s = stretches(doc, n).into_iter().next()?;
    if s.lead > MAX_LEAD || s.weight < enough(Kind::Card) || !s.is_spoken() {
        return None;
    }
    let start = doc.tokens.get(s.tokens.start)?.span().start;
    let end = doc.tokens.get(s.tokens.end - 1)?.span().end;
    let content = doc.layout.turns[n].content;
    if doc.labels.cats_in(Span::new(content.start, start)) != 0 {
        return None;
    }
    let reason = format!(
        "the card read back after its answer; about {} digits heard, \
         unclear: likely misheard",
        s.weight
    );
    doc.take_parts(
        Kind::Card,
        vec![Span::new(start, end)],
        reason,
        s.tokens.end - 1,
    );
    Some(())
}

/// Looks for a reading that starts in turn `t`; takes it and returns the
/// turn after its last part.
fn reading_at(doc: &mut Doc<'_>, t: usize) -> Option<usize> {
    // Only where the context can say card or SSN: a question asking for
    // one, or a label of one in the turn (see `context`).
    let content = doc.layout.turns[t].content;
    let wanted = Cat::Card.bit() | Cat::Ssn.bit();
    let asked = doc
        .questions
        .get(t)
        .copied()
        .flatten()
        .is_some_and(|(q, answered)| !answered && q.asked & wanted != 0);
    if !asked
        && !doc.labels.has(content, Cat::Card)
        && !doc.labels.has(content, Cat::Ssn)
    {
        return None;
    }
    let stretches = stretches(doc, t);
    let mut i = 0;
    while let Some(s) = stretches.get(i) {
        let first = i == 0;
        i += 1;
        let Some((kind, why)) = context(doc, t, s, first) else { continue };
        if s.weight < 3 || !s.is_spoken() {
            continue;
        }
        let mut parts = vec![(t, s.clone())];
        let mut weight = s.weight;
        // The same turn's next stretches, past a few words: a transcript
        // with no speaker labels, run together on one line, has the other
        // speaker's "okay and then" or "got it" inside the one turn. Until
        // the number is complete they are its next parts; after, a stretch
        // of a whole reading again is its read-back or its correction
        // ("let me read that back ...", "no sorry ...").
        let mut next = i;
        let mut again = 0;
        while let Some(n) = stretches.get(next) {
            let more = weight < complete(kind);
            let repeat =
                !more && again < MAX_AGAIN && n.weight >= enough(kind);
            let prev = parts.last().map_or(s, |(_, p)| p);
            if !(more || repeat) || !goes_on(doc, prev, n) {
                break;
            }
            if more {
                weight += n.weight;
            } else {
                again += 1;
            }
            parts.push((t, n.clone()));
            next += 1;
        }
        // The same speaker's next turns, past short acknowledgements.
        let mut last = t;
        if next == stretches.len() {
            while weight < complete(kind) {
                // A turn with one number word alone, the rest garbled ("to
                // my next seven" for "two nine eight seven"), goes on the
                // reading only when the speaker's next turn goes on too.
                // Not "one" in "one moment", "one second".
                let next = continuation(doc, last, kind, 2).or_else(|| {
                    let (n, lone) = continuation(doc, last, kind, 1)
                        .filter(|(_, s)| !a_while_after(doc, s.tokens.end))?;
                    continuation(doc, n, kind, 2).map(|_| (n, lone))
                });
                let Some((n, part)) = next else {
                    break;
                };
                weight += part.weight;
                parts.push((n, part));
                last = n;
            }
        }
        if weight < enough(kind) {
            continue;
        }
        let spans: Vec<Span> = parts
            .iter()
            .map(|(_, p)| {
                Span::new(
                    doc.tokens[p.tokens.start].span().start,
                    doc.tokens[p.tokens.end - 1].span().end,
                )
            })
            .collect();
        // The speaker's turns it was read over (the parts in turn `t`, then
        // one part per turn after).
        let turns = 1 + parts.iter().filter(|(n, _)| *n != t).count();
        let over = if turns > 1 {
            format!(", read over {turns} turns")
        } else if parts.len() > again + 1 {
            format!(", in {} parts", parts.len() - again)
        } else {
            String::new()
        };
        let again = match again {
            0 => "",
            1 => ", then read again",
            _ => ", then read again and corrected",
        };
        let reason = format!(
            "{why}; about {weight} digits heard, unclear: likely misheard{over}{again}"
        );
        let last_token = parts.last().map_or(0, |(_, p)| p.tokens.end - 1);
        doc.take_parts(kind, spans, reason, last_token);
        // Its read-back, when it has one; the turn of the read-back is read
        // for readings in its turn, as any other (the read-back is taken).
        if kind == Kind::Card {
            read_back(doc, last);
        }
        if last > t {
            return Some(last + 1);
        }
        // Another reading may follow in the same turn.
        i = next;
    }
    None
}

/// Takes the card that a reading ending in turn `t` gave, read back by the
/// other speaker in the next turn or the one after ("let me read that back
/// ...", "so that's ... is that correct"), as misheard as the reading or
/// more: the first stretch of that turn, said within its first few words.
/// A card read whole (see
/// `card::read_back`) is judged with the card's own windows; one read as
/// it was heard is judged here, after its reading.
fn read_back(doc: &mut Doc<'_>, t: usize) -> Option<()> {
    let turns = &doc.layout.turns;
    let me = turns.get(t)?.speaker;
    if !doc.layout.conversation || me == UNKNOWN {
        return None;
    }
    let n = (t + 1..turns.len().min(t + 3))
        .find(|&n| turns[n].speaker != me)
        .filter(|&n| turns[n].speaker != UNKNOWN)?;
    let s = stretches(doc, n).into_iter().next()?;
    if s.lead > MAX_LEAD || s.weight < enough(Kind::Card) || !s.is_spoken() {
        return None;
    }
    let span = Span::new(
        doc.tokens[s.tokens.start].span().start,
        doc.tokens[s.tokens.end - 1].span().end,
    );
    // Another number's label before it ("your confirmation number is
    // ..."): that number, not the card again.
    let content = turns[n].content;
    if doc.labels.cats_in(Span::new(content.start, span.start))
        & Cat::Other.bit()
        != 0
    {
        return None;
    }
    take_read_back(doc, &s, span);
    Some(())
}

/// Takes stretch `s`, at `span`, as a card read back however misheard.
fn take_read_back(doc: &mut Doc<'_>, s: &Stretch, span: Span) {
    let reason = format!(
        "the card read back; about {} digits heard, unclear: likely misheard",
        s.weight
    );
    doc.take_parts(Kind::Card, vec![span], reason, s.tokens.end - 1);
}

/// The most times a reading is heard again in its turn (read back,
/// corrected, read back again).
const MAX_AGAIN: usize = 3;

/// The most words between two parts of one reading in one turn: "and the
/// next four then let me see", "okay and then", "got it".
const MAX_ASIDE: u32 = 8;

/// Whether stretch `n` goes on the reading that `prev` ends, in the same
/// turn: only a few words between them, none of them a number, a label or a
/// sentence end, and `n` spoken and no amount ("... fifty dollars").
fn goes_on(doc: &Doc<'_>, prev: &Stretch, n: &Stretch) -> bool {
    let (from, to) = (prev.tokens.end, n.tokens.start);
    let (Some(a), Some(b)) = (
        from.checked_sub(1).and_then(|k| doc.tokens.get(k)),
        doc.tokens.get(to),
    ) else {
        return false;
    };
    let between = Span::new(a.span().end, b.span().start);
    from <= to
        && to - from <= 4 * MAX_ASIDE as usize
        && doc.labels.words_between(from, to) <= MAX_ASIDE
        && !doc.labels.has_digits(from..to)
        && !doc.labels.sentence_ends_between(from, to)
        && !doc.labels.touches(between)
        && n.weight >= 2
        && n.spoken * 2 >= n.weight
        && !doc.unit_word_after(n.tokens.end - 1)
}

/// The most words between a card or SSN label and the reading it names:
/// the speaker's own lead-in, "please, let me grab it, okay", "it's a
/// j c b". No number lies between (see [`context::Labels::before`]).
const MAX_LEAD: u32 = 8;

/// What the context says stretch `s` of turn `t` is: the question being
/// answered (for the first stretch of the turn, said within its first few
/// words) or a label just before it.
fn context(
    doc: &Doc<'_>,
    t: usize,
    s: &Stretch,
    first: bool,
) -> Option<(Kind, String)> {
    let content = doc.layout.turns[t].content;
    let at = s.tokens.start;
    let kind_of = |cat: Cat| match cat {
        Cat::Card => Some(Kind::Card),
        Cat::Ssn => Some(Kind::Ssn),
        _ => None,
    };
    if let Some(l) = doc.labels.before(at, content, MAX_LEAD) {
        let kind = kind_of(l.cat)?;
        return Some((kind, format!("after '{}'", doc.quote(l.span))));
    }
    // With no speakers, a line stands for a turn: the line before asks
    // ("go ahead with the card number when you're ready" / "okay it's too
    // for a line two seven ...", see `Doc::line_question`).
    // The line question is asked of the line's first number only.
    let line = match doc.layout.conversation {
        true => None,
        false => doc.line_question_within(at, MAX_LEAD as usize),
    };
    let q = match line {
        Some(q) => q,
        None => {
            let (q, answered) = doc.questions.get(t).copied().flatten()?;
            if answered || !first || s.lead > 8 {
                return None;
            }
            q
        }
    };
    let kind = if q.asked & Cat::Card.bit() != 0 {
        Kind::Card
    } else if q.asked & Cat::Ssn.bit() != 0 {
        Kind::Ssn
    } else {
        return None;
    };
    let what = if kind == Kind::Card { "card number" } else { "SSN" };
    Some((kind, format!("{what} asked for ('{}')", doc.quote(q.label.span))))
}

/// The next part of a reading that ends in turn `t`: the first stretch of
/// the same speaker's next turn, said within its first few words, when only
/// short acknowledgements of the other speaker lie between ("uh huh", "and
/// the next four", "okay"), of `least` digits or more.
fn continuation(
    doc: &Doc<'_>,
    t: usize,
    kind: Kind,
    least: usize,
) -> Option<(usize, Stretch)> {
    let turns = &doc.layout.turns;
    let me = turns[t].speaker;
    for (n, turn) in turns.iter().enumerate().take(t + 4).skip(t + 1) {
        let tokens = doc.layout.tokens[n].clone();
        if turn.speaker == me {
            let s = stretches(doc, n).into_iter().next()?;
            // Nor is a number another label names before it in the turn
            // ("your ticket number is one nine four ...", "the tracking
            // number is ..."): the speaker has gone on to another number.
            let lead = doc
                .tokens
                .get(s.tokens.start)
                .map(|x| Span::new(turn.content.start, x.span().start));
            let named = lead.is_some_and(|lead| {
                doc.labels.any_other_than(lead, Some(cat_of(kind)))
            });
            return (s.lead <= 6
                && s.weight >= least
                && s.spoken * 2 >= s.weight
                && !named)
                .then_some((n, s));
        }
        // An acknowledgement: a few words, no other number's label, no
        // digits.
        let words = doc.tokens[tokens.clone()]
            .iter()
            .filter(|x| x.tok == Tok::Word)
            .count();
        let other =
            doc.labels.any_other_than(turn.content, Some(cat_of(kind)));
        let digits = doc.tokens[tokens].iter().any(|x| x.tok == Tok::Digits);
        if words > 8 || other || digits {
            return None;
        }
    }
    None
}

/// Returns true if the word at or after token `k` (past spaces) makes a
/// number before it a while: "one moment", "one sec".
fn a_while_after(doc: &Doc<'_>, k: usize) -> bool {
    let rest = doc.tokens.get(k..).unwrap_or_default();
    rest.iter().take(2).find(|t| t.tok != Tok::Space).is_some_and(|t| {
        let w = t.span().of(doc.text);
        ["moment", "second", "sec", "minute", "min"]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
    })
}

/// The label category of a reading of `kind`.
fn cat_of(kind: Kind) -> Cat {
    match kind {
        Kind::Card => Cat::Card,
        _ => Cat::Ssn,
    }
}

/// The stretches of turn `t`: runs of number tokens with at most
/// [`MAX_GAP`] other words between two of them, not crossing a label of
/// another kind, a line break with more than one word around it, a taken
/// unit or a sentence end.
fn stretches(doc: &Doc<'_>, t: usize) -> Vec<Stretch> {
    stretches_in(doc, doc.layout.tokens[t].clone())
}

/// [`stretches`] of tokens `range` (a turn, or a stretch of one).
fn stretches_in(doc: &Doc<'_>, range: Range<usize>) -> Vec<Stretch> {
    let mut out = Vec::new();
    let mut open: Option<Stretch> = None;
    let mut gap = 0;
    let mut words = 0u32;
    let mut taken_at = doc.unit_taken_from(range.start);
    let mut label_ending = doc.labels.ending_from(range.start);
    let close = |open: &mut Option<Stretch>, out: &mut Vec<Stretch>| {
        if let Some(s) = open.take() {
            out.push(s);
        }
    };
    for k in range {
        let tok = doc.tokens[k];
        // A unit already found (a card, an SSN) ends a stretch; so does one
        // of our tags or masks ("[SSN]", "****"), a number found by an
        // earlier pass, so that a second pass reads as the first.
        if taken_at(k) || context::is_redacted(doc.text, &doc.tokens, k) {
            close(&mut open, &mut out);
            gap = 0;
            continue;
        }
        // Digits glued to letters ("x72", "72b", base64) are part of a
        // word, not a number read out (but "00triple00" is one).
        let glued = |j: Option<usize>| {
            j.and_then(|j| doc.tokens.get(j)).is_some_and(|x| {
                x.tok == Tok::Word
                    && lex::get(x.word).and_then(|l| l.num).is_none()
                    && (x.span().end == tok.span().start
                        || x.span().start == tok.span().end)
            })
        };
        let weight = match tok.tok {
            Tok::Digits if glued(k.checked_sub(1)) || glued(Some(k + 1)) => 0,
            Tok::Digits => tok.span().len(),
            Tok::Word => {
                lex::get(tok.word).and_then(|l| l.num).map_or(0, |n| match n {
                    Num::Digit(_) | Num::Oh | Num::Tens(_) => 1,
                    // Spanish "once" is two digits.
                    Num::Homophone(d) => 1 + usize::from(d >= 10),
                    Num::Teen(_) => 2,
                    Num::Repeat(n) => usize::from(n) - 1,
                    Num::Hundred
                    | Num::Thousand
                    | Num::Hundreds(_)
                    | Num::Plural(_) => 1,
                })
            }
            _ => 0,
        };
        // Digits count as spoken only when a recogniser wrote them one or
        // two at a time, alone: not "02/27/1960", not "1991-08-01".
        let joined = |j: Option<usize>| {
            j.and_then(|j| doc.tokens.get(j)).is_some_and(|x| {
                matches!(x.tok, Tok::Dash | Tok::Dot | Tok::Punct(_))
            })
        };
        let spoken = match tok.tok {
            Tok::Digits
                if weight > 2
                    || joined(k.checked_sub(1))
                    || joined(Some(k + 1)) =>
            {
                0
            }
            _ => weight,
        };
        // A homophone ("to", "for") starts a stretch only when a number
        // heard as one follows it at once.
        let homophone = tok.tok == Tok::Word
            && lex::get(tok.word)
                .and_then(|l| l.num)
                .is_some_and(|n| matches!(n, Num::Homophone(_)));
        match tok.tok {
            Tok::Digits | Tok::Word if weight > 0 => {
                match &mut open {
                    Some(s) => {
                        s.tokens.end = k + 1;
                        s.weight += weight;
                        s.spoken += spoken;
                        s.heard |= !homophone;
                    }
                    None => {
                        open = Some(Stretch {
                            tokens: k..k + 1,
                            weight,
                            spoken,
                            heard: !homophone,
                            lead: words,
                        })
                    }
                }
                gap = 0;
                words += 1;
            }
            // A word, or digits glued to one.
            Tok::Word | Tok::Digits => {
                words += 1;
                // Homophones alone ("to reach you") are words, not a
                // reading: a word after them ends them.
                if open.as_ref().is_some_and(|s| !s.heard) {
                    open = None;
                }
                // Not the "floor" right after a digit inside a reading: a
                // recogniser's "four" ("three oh six floor below seven"),
                // where a building's floor is "sixth floor", "floor six".
                let floor = lex::get(tok.word)
                    .is_some_and(|l| l.word == "floor")
                    && open.as_ref().is_some_and(|s| s.weight >= 3)
                    && k.checked_sub(2)
                        .and_then(|j| doc.tokens.get(j))
                        .is_some_and(|d| {
                            d.span().end + 1 == tok.span().start
                                && lex::get(d.word).is_some_and(|l| {
                                    matches!(l.num, Some(Num::Digit(_)))
                                })
                        });
                let label = !floor
                    && label_ending(k).is_some_and(|l| {
                        !matches!(l.cat, Cat::Card | Cat::Ssn)
                    });
                gap += 1;
                if label || gap > MAX_GAP {
                    close(&mut open, &mut out);
                    gap = 0;
                }
            }
            // An ellipsis is a pause, like a word ("one six six... zero
            // five five"), as it is between units.
            Tok::Dot if tok.span().len() >= 2 => {
                gap += 1;
                if gap > MAX_GAP {
                    close(&mut open, &mut out);
                    gap = 0;
                }
            }
            Tok::Punct('?' | '!') | Tok::Dot => {
                close(&mut open, &mut out);
                gap = 0;
            }
            // A line break is a pause, like a word.
            Tok::Newline => {
                gap += 1;
                if gap > MAX_GAP {
                    close(&mut open, &mut out);
                    gap = 0;
                }
            }
            _ => {}
        }
    }
    close(&mut open, &mut out);
    out
}

impl Doc<'_> {
    /// Returns a function telling, for tokens from `from` on in increasing
    /// order, whether token `k` lies inside a unit already taken by a
    /// finding.
    fn unit_taken_from(&self, from: usize) -> impl FnMut(usize) -> bool + '_ {
        let units = &self.units.units;
        let mut i = units.partition_point(|u| u.last < from);
        move |k| {
            while i < units.len() && units[i].last < k {
                i += 1;
            }
            units
                .get(i)
                .is_some_and(|u| u.first <= k && self.taken[i].is_some())
        }
    }

    /// Records a finding made of `parts` (sorted, disjoint) and marks the
    /// units inside them taken.
    fn take_parts(
        &mut self,
        kind: Kind,
        parts: Vec<Span>,
        reason: String,
        last_token: usize,
    ) {
        let Some(first) = parts.first().copied() else { return };
        let units = &self.units.units;
        let mut digits = Vec::new();
        let lo = units.partition_point(|u| u.span.end <= first.start);
        for (i, u) in units.iter().enumerate().skip(lo) {
            if parts.last().is_some_and(|p| u.span.start >= p.end) {
                break;
            }
            if parts
                .iter()
                .any(|p| p.start <= u.span.start && u.span.end <= p.end)
            {
                digits.extend_from_slice(self.units.digits_of(i));
                self.taken.set(i, Some(kind));
            }
        }
        let turn = self.layout.turn_at(first.start).unwrap_or(0);
        self.push(super::Draft {
            kind,
            parts,
            reason,
            digits,
            turn,
            last_token,
            brand: None,
            again_in: None,
        });
    }
}
