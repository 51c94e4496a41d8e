//! Card numbers, in two passes over the runs of units.
//!
//! 1. **Valid numbers.** Every window of a run that forms a number of 12 to
//!    19 digits matching a brand's prefix and length and passing the Luhn
//!    check is a candidate; the best set of disjoint candidates is kept (the
//!    one covering the most digits). A run may hold more than a card: "4111
//!    1111 1111 1111 123" is a card and its CVV, "4111111111111111
//!    5555555555554444" two cards, "ref 12345 4111111111111111" a reference
//!    and a card. Windows start and end where the writer or the speaker
//!    made a boundary (see [`may_cut`]), never inside a written group.
//! 2. **Validation confirms, context decides.** Where the context says
//!    card (a card label just before, the question being answered, a table
//!    column), a run of card length or close to it is hidden even when Luhn
//!    or the brand fails: a misheard or mistyped digit leaves the rest of a
//!    real card number readable otherwise.
//!
//! For each candidate, [`evidence`] gathers what is known about it in one
//! plain struct, and [`decide`] turns it into hide or keep, with the reason
//! written from the same evidence.

use std::ops::Range;

use super::Doc;
use super::context::Label;
use super::layout::UNKNOWN;
use super::lexicon::{self, Cat};
use super::token::{Tok, Token};
use super::units::Glue;
use crate::finding::Kind;
use crate::span::Span;
use crate::validate::brand::{self, Brand};
use crate::validate::{iban, luhn, ssn};

/// The shortest and longest runs hidden on context alone: a 16-digit card
/// with up to four digits dropped, or three added, by speech-to-text or a
/// typo. Measured against the hard negatives of `tests/data`: phone numbers
/// (7-11 digits) stay below, and the other long numbers that follow a card
/// label (gift and SIM cards, orders) have labels of their own.
const CONTEXT_LENGTHS: Range<usize> = 12..20;

/// The most words between a card and its read-back where no speakers are
/// marked ("you know nine six so that's", "let me read that back").
const READ_BACK_WORDS: u32 = 8;

pub(super) fn detect(doc: &mut Doc<'_>) {
    let mut scratch = Scratch::default();
    let mut tables = BestTables::default();
    for run in doc.units.runs() {
        let candidates = candidates(doc, run.clone(), &mut scratch);
        let chosen = best(&candidates, run.clone(), &mut tables);
        if let Some((c, reason)) = short_inside(doc, &chosen, &run) {
            doc.take(Kind::Card, c.units, reason, None);
            continue;
        }
        // Each candidate is judged, then the best of those hidden are taken:
        // a longer window kept as another number ("order 61324
        // 4000000000006" read as one 18-digit number) does not shadow the
        // card inside it, which its own evidence judges.
        // The digits of the whole run, once: a part's evidence names it.
        let run_digits: usize = match candidates.is_empty() {
            true => 0,
            false => run.clone().map(|k| doc.units.digits_of(k).len()).sum(),
        };
        let judge = |c: &Candidate| -> Option<Reason> {
            match decide(&evidence(doc, c, (&run, run_digits), &candidates)) {
                Decision::Hide(reason) => Some(reason),
                Decision::Keep(_) => None,
            }
        };
        // The chosen ones are judged first. When all of them are hidden,
        // they are the best of those hidden, whatever the others are (see
        // [`best`]): the others need no judging (a run of digits one per
        // line has tens of thousands of candidates, a few thousand
        // chosen).
        let first: Vec<Option<Reason>> = chosen.iter().map(judge).collect();
        if first.iter().all(Option::is_some) {
            for (c, reason) in chosen.into_iter().zip(first) {
                let Some(reason) = reason else { continue };
                doc.take(Kind::Card, c.units, reason.text(), c.brand);
            }
            continue;
        }
        // `candidates` come by start, then end, one per window; `chosen`
        // are some of them, in the same order: their judgements are
        // reused as the walk meets them.
        let key = |u: &Range<usize>| (u.start, u.end);
        let mut again = chosen.iter().zip(&first).peekable();
        let reasons: Vec<Option<Reason>> = candidates
            .iter()
            .map(|c| match again.peek() {
                Some((d, r)) if key(&d.units) == key(&c.units) => {
                    let r = **r;
                    again.next();
                    r
                }
                _ => judge(c),
            })
            .collect();
        let hidden: Vec<Candidate> = candidates
            .iter()
            .zip(&reasons)
            .filter(|(_, r)| r.is_some())
            .map(|(c, _)| c.clone())
            .collect();
        for c in best(&hidden, run.clone(), &mut tables) {
            let Ok(k) = candidates
                .binary_search_by(|d| key(&d.units).cmp(&key(&c.units)))
            else {
                continue;
            };
            let Some(reason) = reasons.get(k).copied().flatten() else {
                continue;
            };
            doc.take(Kind::Card, c.units, reason.text(), c.brand);
        }
    }
    misheard(doc);
    regrouped(doc);
    odd_separators(doc);
    digit_list(doc);
    glued(doc);
    split_fields(doc);
    split_parts(doc);
}

/// A card written down in parts with other words between them, as an
/// agent types it while the caller reads: "card - first 8: 4188 8117 /
/// on hold 1 min / rest of card 0597 5247", "card first 8 4188 8117, last
/// 8 0597 5247". After a card label (or in the question for one), the
/// runs of four digits or more, each at most [`PART_GAP`] bytes after the
/// one before, with nothing but shorter numbers (times, "1 min") and
/// words between, and no label of anything but a card; a count after
/// "first", "last", "rest"... is no part ("8" of "last 8"), and the
/// digits after it may be the whole card ("card first 8 4188 8117 0597
/// 5247"). The parts together 13 to 19 digits, valid and of a brand,
/// grouped as cards are (4-4-4-4, 4-6-5) or each in one piece (not a
/// phone number's 3-3-4 nor decimals), the first after the label (see
/// [`Doc::ctx`]). Each part alone is too short for a card, and each
/// stayed. Read from the card labels, which are few: no walk over every
/// run.
fn split_parts(doc: &mut Doc<'_>) {
    let runs = doc.free_runs();
    let labels = doc.labels.all();
    let mut found: Vec<(Vec<Range<usize>>, Brand, usize)> = Vec::new();
    // The first run not yet read: a label after a card found reads on
    // from past it.
    let mut next_run = 0;
    for l in labels.iter().filter(|l| l.cat == Cat::Card) {
        let units = &doc.units.units;
        let from = runs.partition_point(|r| {
            units.get(r.start).is_some_and(|u| u.span.start < l.span.end)
        });
        let from = from.max(next_run);
        let Some(pieces) = parts_after(doc, &runs, from, l.span.end) else {
            continue;
        };
        let Some((parts, brand, len)) = chain(doc, &pieces) else {
            continue;
        };
        // The first part right after the label, or in answer to the
        // question it is in (the count before it, if any, stands between:
        // "first 8 4188 8117").
        let (head, at) = &pieces[0];
        if !doc.ctx(*at..head.end, 4).wants(Cat::Card) {
            continue;
        }
        let last = parts.last().map_or(0, |p| p.end);
        next_run = runs.partition_point(|r| r.start < last);
        found.push((parts, brand, len));
    }
    for (parts, brand, len) in found {
        let reason = Reason::Valid { brand, len, spoken: false, turns: 1 };
        let why = match parts.len() {
            1 => format!("{}; after a count of its digits", reason.text()),
            n => format!("{}; written in {n} parts", reason.text()),
        };
        doc.take_apart(Kind::Card, &parts, why, Some(brand));
    }
}

/// The most bytes between two parts of [`split_parts`]: a line of the
/// agent's between.
const PART_GAP: usize = 160;

/// The most parts of [`split_parts`]: a card's four groups, each on a
/// line of its own.
const MAX_PARTS: usize = 4;

/// The pieces [`split_parts`] reads from `runs[from..]`, the first at most
/// [`PART_GAP`] bytes after byte `after` (a label's end): runs of written
/// digits cut where a count or a time stands, of four to nineteen digits,
/// each with the unit its label is looked for before (the count, when
/// there is one), at most [`MAX_PARTS`] of them, each at most
/// [`PART_GAP`] bytes after the one before. `None` when there is none.
fn parts_after(
    doc: &Doc<'_>,
    runs: &[Range<usize>],
    from: usize,
    after: usize,
) -> Option<Vec<(Range<usize>, usize)>> {
    const COUNTING: &[&str] =
        &["first", "last", "next", "rest", "remaining", "final", "other"];
    let units = &doc.units;
    let tok =
        |t: Option<usize>| t.and_then(|t| doc.tokens.get(t)).map(|t| t.tok);
    // A count of digits: one or two digits after "first", "last"...
    let count = |k: usize| {
        units.units[k]
            .first
            .checked_sub(2)
            .and_then(|t| doc.tokens.get(t))
            .is_some_and(|t| {
                t.tok == Tok::Word
                    && COUNTING
                        .iter()
                        .any(|w| t.span().of(doc.text).eq_ignore_ascii_case(w))
            })
    };
    // A part of a time ("... 8117\n10:03 cx ..."): a line's time stamp
    // joins no part.
    let timed = |k: usize| {
        let u = &units.units[k];
        let colon = Some(Tok::Punct(':'));
        (tok(Some(u.last + 1)) == colon
            && tok(Some(u.last + 2)) == Some(Tok::Digits))
            || (tok(u.first.checked_sub(1)) == colon
                && tok(u.first.checked_sub(2)) == Some(Tok::Digits))
    };
    let mut pieces: Vec<(Range<usize>, usize)> = Vec::new();
    // Where the last piece (or the label) ends.
    let mut end = after;
    // A count that ends its run ("first 8: 4188 8117"): the next run's.
    let mut counted = None;
    for r in runs.get(from..).unwrap_or_default() {
        let start = units.units.get(r.start)?.span.start;
        if start.saturating_sub(end) > PART_GAP || pieces.len() == MAX_PARTS {
            break;
        }
        if units.any_spoken(r.clone()) {
            continue;
        }
        let (mut a, mut at) = (r.start, r.start);
        if let Some(c) = counted.take().filter(|&c| c + 1 == r.start) {
            at = c;
        }
        let mut push = |p: Range<usize>, at: usize| {
            let n: usize = p.clone().map(|k| units.digits_of(k).len()).sum();
            if (4..=19).contains(&n) {
                end = units.units[p.end - 1].span.end;
                pieces.push((p, at));
            }
        };
        for k in r.clone() {
            // Counts and a time's parts have one or two digits.
            if units.digits_of(k).len() > 2 {
                continue;
            }
            if timed(k) {
                if a < k {
                    push(a..k, at);
                }
                (a, at) = (k + 1, k + 1);
            } else if count(k) {
                if a < k {
                    push(a..k, at);
                }
                (a, at) = (k + 1, k);
            }
        }
        if a < r.end {
            push(a..r.end, at);
        } else {
            counted = Some(at);
        }
    }
    (!pieces.is_empty()).then_some(pieces)
}

/// The first parts of `pieces` (see [`parts_after`]) that make a card in
/// [`split_parts`]: 13 to 19 digits, valid, of a brand, grouped as cards
/// are or each in one piece, with no label but a card's (or its last
/// four's) between them. One piece alone only after a count ("first 8
/// 4188 8117 0597 5247"): any other run was judged whole before.
fn chain(
    doc: &Doc<'_>,
    pieces: &[(Range<usize>, usize)],
) -> Option<(Vec<Range<usize>>, Brand, usize)> {
    let units = &doc.units;
    let (head, at) = pieces.first()?;
    let mut parts: Vec<Range<usize>> = Vec::new();
    let mut digits: Vec<u8> = Vec::new();
    let mut brand = None;
    for (p, _) in pieces {
        digits.extend_from_slice(&doc.digits(p.clone()));
        parts.push(p.clone());
        if digits.len() > 19 {
            return None;
        }
        if parts.len() == 1 && at == &head.start {
            continue;
        }
        if digits.len() >= 13 && luhn::is_valid_bytes(&digits) {
            brand = brand::of_bytes(&digits);
            if brand.is_some() {
                break;
            }
        }
    }
    let brand = brand?;
    let lens: Vec<usize> = parts
        .iter()
        .flat_map(Clone::clone)
        .map(|u| units.digits_of(u).len())
        .collect();
    let grouped = card_groups(&lens) || parts.iter().all(|p| p.len() == 1);
    let span = |a: &Range<usize>, b: &Range<usize>| {
        Span::new(
            units.units[a.end - 1].span.end,
            units.units[b.start].span.start,
        )
    };
    let mine = Cat::Card.bit() | Cat::Last4.bit();
    let clean = parts
        .windows(2)
        .all(|w| doc.labels.cats_in(span(&w[0], &w[1])) & !mine == 0);
    let len = digits.len();
    (grouped && clean).then_some((parts, brand, len))
}

/// The longest key between two fields' values, in bytes: a form's field
/// name ("\nCard number (2): ", `"><input name="card[]" value="`), not a
/// sentence.
const FIELD_KEY_MAX: usize = 48;

/// A card or an SSN typed into a form's boxes, a group a box, and copied
/// with the boxes' names ("ssn1=412&ssn2=55&ssn3=7890"); for a card: "cc1=4539&cc2=1488&cc3=0343&cc4=6467", "Card number
/// (2): 1488" a line, `<input name="card[]" value="1488">`, an export's
/// `"card_part2": "1488"` or `"card": ["4539 1488", "0343 6467"]`. The
/// values are runs of written digits (two or more), each after the
/// same key: what lies between two values is short, holds a letter, and
/// is the same each time but for the field's number (see [`field_key`]
/// and [`same_key`]), and the first value comes after it too (see
/// [`keyed_first`]). A chain of such values, as long as the key stays
/// the same, is one card or nothing: its groups as cards are grouped,
/// 13 to 19 digits in all, valid and of a brand, or failing Luhn where
/// a key names the card. A key that names a last four, or only another
/// number ("Order 1:"), keeps them all. Three boxes of 3, 2 and 4 digits
/// are an SSN where a key names the SSN (and not its last four), whatever
/// the SSA rules say. The values are hidden and the keys between them
/// stay.
fn split_fields(doc: &mut Doc<'_>) {
    let runs = doc.free_runs();
    let units = &doc.units.units;
    // The runs that may be a field's value: their units, bytes and
    // digits.
    let values: Vec<(&Range<usize>, (usize, usize), usize)> = runs
        .iter()
        .filter_map(|r| {
            let us = units.get(r.clone())?;
            let (first, last) = (us.first()?, us.last()?);
            let mut digits = 0;
            for u in us {
                if u.spoken {
                    return None;
                }
                digits += u.digits.len();
            }
            (digits >= 2).then_some((
                r,
                (first.span.start, last.span.end),
                digits,
            ))
        })
        .collect();
    let span = |k: usize| values.get(k).map(|v| v.1);
    // What lies between values `k` and `k + 1`, when short.
    let gap = |k: usize| {
        let ((_, end), (start, _)) = (span(k)?, span(k + 1)?);
        if start.checked_sub(end)? > FIELD_KEY_MAX {
            return None;
        }
        doc.text.get(end..start)
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i + 1 < values.len() {
        // Told first, from what is cheap: a chain of two values needs 13
        // digits, a longer one the same gap again.
        let Some(first_key) = gap(i) else {
            i += 1;
            continue;
        };
        let again = |j: usize| gap(j).is_some_and(|g| same_key(g, first_key));
        let enough = values[i].2 + values[i + 1].2 >= 13;
        if !same_end(doc.text.as_bytes(), span(i), span(i + 1))
            || !field_key(first_key)
            || !(enough || again(i + 1))
        {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j + 1 < values.len() && again(j) && gap(j).is_some_and(field_key)
        {
            j += 1;
        }
        let (mut from, to) = (i, j);
        i = j;
        let digits = |from: usize| -> usize {
            values[from..=to].iter().map(|v| v.2).sum()
        };
        if digits(from) < 9 || to - from > 5 {
            continue;
        }
        // The first value came after a key of its own (the field before
        // the boxes, "exp=0927" before "\nCard (1): ..."): the boxes
        // start at the next.
        let before = span(from).and_then(|(at, _)| {
            let mut a = at.saturating_sub(FIELD_KEY_MAX);
            while !doc.text.is_char_boundary(a) {
                a += 1;
            }
            doc.text.get(a..at)
        });
        if !before.is_some_and(|b| keyed_first(b, first_key)) {
            from += 1;
        }
        let len = digits(from);
        if to == from || to - from > 4 || !(9..=19).contains(&len) {
            continue;
        }
        let chain: Vec<Range<usize>> =
            values[from..=to].iter().map(|v| v.0.clone()).collect();
        let mut lens = Vec::new();
        for r in &chain {
            lens.extend(r.clone().map(|k| doc.units.digits_of(k).len()));
        }
        let ssn = lens == [3, 2, 4] && chain.len() == 3;
        let card_like = (13..=19).contains(&len) && card_groups(&lens);
        if !(ssn || card_like) {
            continue;
        }
        // The labels in the keys (the first value's as long as the
        // others'), and those just before each value in its turn.
        let ctxs: Vec<_> =
            chain.iter().map(|r| doc.ctx(r.clone(), 3)).collect();
        let mut cats = 0;
        for (k, r) in chain.iter().enumerate() {
            let Some(at) = units.get(r.start).map(|u| u.span.start) else {
                continue;
            };
            let from = match k.checked_sub(1).map(|p| &chain[p]) {
                Some(p) => units.get(p.end - 1).map_or(at, |u| u.span.end),
                None => at.saturating_sub(first_key.len()),
            };
            cats |= doc.labels.cats_in(crate::span::Span::new(from, at));
            cats |= ctxs[k].near.map_or(0, |l| l.cat.bit());
        }
        let mut all = Vec::with_capacity(len);
        for r in &chain {
            all.extend_from_slice(&doc.digits(r.clone()));
        }
        // An SSN's three boxes: where a key names the SSN (nine digits
        // in three boxes say nothing alone), and not its last four.
        if ssn {
            if cats & Cat::Ssn.bit() != 0 && cats & Cat::Last4.bit() == 0 {
                let rules = match ssn::is_valid_bytes(&all) {
                    true => "SSA rules ok",
                    false => "SSA rules fail: likely mistyped",
                };
                let reason = format!(
                    "SSN: in three fields after an SSN label, {rules}"
                );
                found.push((chain, Kind::Ssn, reason, None));
            }
            continue;
        }
        // A last four is no part of a card; a key that names the card
        // names what its parts are parts of ("card part 2": not a part
        // number); a key that names only another number keeps them.
        let card = cats & Cat::Card.bit() != 0;
        if cats & Cat::Last4.bit() != 0 || (!card && cats != 0) {
            continue;
        }
        let mut turns: Vec<usize> =
            chain.iter().map(|r| units[r.start].turn).collect();
        turns.dedup();
        let turns = turns.len();
        let valid = luhn::is_valid_bytes(&all)
            .then(|| brand::of_bytes(&all))
            .flatten();
        let reason = match valid {
            Some(brand) => Reason::Valid { brand, len, spoken: false, turns },
            None if card || ctxs[0].wants(Cat::Card) => {
                let why = match card || ctxs[0].near.is_some() {
                    true => "after a card label",
                    false => "card number asked for",
                };
                Reason::Context { why, len, spoken: false, turns }
            }
            None => continue,
        };
        found.push((chain, Kind::Card, reason.text(), valid));
    }
    for (chain, kind, reason, brand) in found {
        doc.take_apart(kind, &chain, reason, brand);
    }
}

/// Returns true if the four bytes before two values, at the starts of
/// spans `a` and `b`, are the same but for digits (a field's number): the
/// end of a key ("cc1=" and "cc2=", "(1): ", `lue="`). Most numbers a few
/// words apart are not after the same word.
fn same_end(
    text: &[u8],
    a: Option<(usize, usize)>,
    b: Option<(usize, usize)>,
) -> bool {
    let (Some((a, _)), Some((b, _))) = (a, b) else {
        return false;
    };
    let (Some(x), Some(y)) = (
        a.checked_sub(4).and_then(|k| text.get(k..a)),
        b.checked_sub(4).and_then(|k| text.get(k..b)),
    ) else {
        return false;
    };
    x.iter()
        .zip(y)
        .all(|(p, q)| p == q || (p.is_ascii_digit() && q.is_ascii_digit()))
}

/// Returns true if `between`, what lies between two values, may be the
/// key of a form's field ([`FIELD_KEY_MAX`] bytes at most, checked by the
/// caller): a letter in it, two line breaks at most, and no number of its
/// own (a run of three digits or more; one or two are the field's
/// number: "cc2", "(3)").
fn field_key(between: &str) -> bool {
    let (mut letter, mut breaks, mut run) = (false, 0, 0);
    for &b in between.as_bytes() {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        breaks += usize::from(b == b'\n');
        if run > 2 || breaks > 2 {
            return false;
        }
        // Bytes of other scripts may be letters: `keyed_first` asks for
        // a letter again, one character at a time.
        letter |= b.is_ascii_alphabetic() || !b.is_ascii();
    }
    letter
}

/// The characters of `text` from its end, each run of ASCII digits as
/// one `#`: a key with its field's number left out.
fn key_shape_rev(text: &str) -> impl Iterator<Item = char> + '_ {
    let mut digit = false;
    text.chars().rev().filter_map(move |c| {
        let (was, is) = (digit, c.is_ascii_digit());
        digit = is;
        match (was, is) {
            (true, true) => None,
            (false, true) => Some('#'),
            (_, false) => Some(c),
        }
    })
}

/// Returns true if keys `a` and `b` are the same but for their fields'
/// numbers ("&cc2=" and "&cc3=").
fn same_key(a: &str, b: &str) -> bool {
    key_shape_rev(a).eq(key_shape_rev(b))
}

/// Returns true if the text just `before` the first value of a chain is
/// the end of the chain's `key`: the key is the end of the field before
/// (no letter nor digit: "&", a line break, `">`) and then the key
/// proper, which the first value comes after too ("cc1=" and "&cc2=",
/// "Card (1): " at the start of its line and "\nCard (2): "). Two
/// numbers that happen to be the same few words apart, or a speaker's
/// two answers to two questions, are no form's fields.
fn keyed_first(before: &str, key: &str) -> bool {
    let shared = key_shape_rev(before)
        .zip(key_shape_rev(key))
        .take_while(|(a, b)| a == b)
        .count();
    key_shape_rev(key).take(shared).any(char::is_alphabetic)
        && key_shape_rev(key).skip(shared).all(|c| !c.is_alphanumeric())
}

/// A card written with no space before what follows it: its date and
/// code ("45391488034364670927123", a payment form's fields pasted as
/// one), or another card ("card numbers 4539148803436467" and the next
/// with no space). One written block of 20 to 38 digits, too long for one
/// card, whose first 13 to 19 digits are a valid card of a brand and
/// whose rest is another such card, or a date (MMYY, MMYYYY) and a code
/// of 3 or 4 digits, or one of the two; taken whole where the context
/// says card (a label, the card asked for): a long reference number that
/// splits so by chance has no such label.
fn glued(doc: &mut Doc<'_>) {
    let mut found = Vec::new();
    for i in doc.units.long() {
        let Some(u) = doc.units.units.get(i) else { continue };
        if !(20..=38).contains(&u.digits.len())
            || doc.taken.get(i).is_none_or(Option::is_some)
        {
            continue;
        }
        let digits = doc.units.digits_of(i);
        let Some((brand, len, rest)) = split_glued(digits) else {
            continue;
        };
        if !doc.ctx(i..i + 1, 3).wants(Cat::Card) {
            continue;
        }
        let reason = format!(
            "{}, {} digits, Luhn ok, with {rest} written on with no space",
            brand.name(),
            len,
        );
        found.push((i, reason, brand));
    }
    for (i, reason, brand) in found {
        doc.take(Kind::Card, i..i + 1, reason, Some(brand));
    }
}

/// Splits the digits of a block too long for one card into a valid card
/// (its brand and length) and what follows it with no space: another
/// valid card, a date (MMYY, MMYYYY) with or without a code of 3 or 4
/// digits, or a code alone. The first split that fits, shortest card
/// first.
fn split_glued(digits: &[u8]) -> Option<(Brand, usize, &'static str)> {
    use super::expiry::{number, valid};
    // A date of `n` digits at the start of `d`: month, then year.
    let date = |d: &[u8], n: usize| {
        let (Some(m), Some(y)) = (d.get(..2), d.get(2..n)) else {
            return false;
        };
        valid(number(m), number(y), n - 2, false)
    };
    // No brand starts so: no length is tried.
    if !brand::could_start(digits.get(..4).unwrap_or_default()) {
        return None;
    }
    (13..=19).find_map(|len| {
        let (card, rest) = (digits.get(..len)?, digits.get(len..)?);
        if !luhn::is_valid_bytes(card) {
            return None;
        }
        let brand = brand::of_bytes(card)?;
        let what = match rest.len() {
            13..=19 if luhn::is_valid_bytes(rest) => {
                brand::of_bytes(rest).map(|_| "another card")?
            }
            4 | 6 if date(rest, rest.len()) => "its date",
            7 | 8 if date(rest, 4) => "its date and code",
            9 | 10 if date(rest, 6) => "its date and code",
            _ => return None,
        };
        Some((brand, len, what))
    })
}

/// A card printed in its groups with one mark between them that no
/// number's runs join on but the same each time: "4111,1111,1111,1111",
/// "4111/1111/1111/1111", "4111:1111:1111:1111", "4111;1111;1111;1111",
/// "4111_1111_1111_1111", "4111|1111|1111|1111", "\"4111\",\"1111\",..."
/// (test data of card sanitizers, a form's fields pasted with their own
/// separator), `[4111] [1111] [1111] [1111]` (boxes set apart), "3782:822463:10005" (see [`Doc::marked_groups`]). Written
/// groups as cards are printed ([`card_groups`]), of a brand and valid: a
/// date, a time or a list of amounts has other lengths or fails Luhn.
/// After a card label, a number of a card's length so grouped is hidden
/// though it fails Luhn, as one grouped by spaces is.
fn odd_separators(doc: &mut Doc<'_>) {
    let mut found = Vec::new();
    for mut range in doc.marked_groups(4) {
        // The month of the date after the card, in the next column
        // ("card,4539,1488,0343,6467,12/27"), is no group of it.
        if range.len() > 3 && month_of_date(doc, range.end - 1) {
            range.end -= 1;
        }
        let mut lens = [0usize; 5];
        for (slot, i) in lens.iter_mut().zip(range.clone()) {
            *slot = doc.units.digits_of(i).len();
        }
        let lens = lens.get(..range.len()).unwrap_or_default();
        if range.len() < 3 || !card_groups(lens) {
            continue;
        }
        let digits = doc.digits(range.clone()).into_owned();
        let len = digits.len();
        let valid = luhn::is_valid_bytes(&digits)
            .then(|| brand::of_bytes(&digits))
            .flatten();
        let reason = match valid {
            Some(brand) => {
                Reason::Valid { brand, len, spoken: false, turns: 1 }
            }
            None if CONTEXT_LENGTHS.contains(&len) => {
                let ctx = doc.ctx(range.clone(), 3);
                if !ctx.wants(Cat::Card) {
                    continue;
                }
                let why = match (ctx.near, ctx.column) {
                    (Some(_), true) => "in a card column",
                    (Some(_), false) => "after a card label",
                    (None, _) => "card number asked for",
                };
                Reason::Context { why, len, spoken: false, turns: 1 }
            }
            None => continue,
        };
        found.push((range, reason, valid));
    }
    for (range, reason, brand) in found {
        // Groups in a row's cells or columns ("4539 | 1488 | ...",
        // "card,4539,1488,...") are hidden cell by cell, so that the row
        // keeps its cells.
        let (Some(x), Some(y)) = (
            doc.units.units.get(range.start),
            doc.units.units.get(range.start + 1),
        ) else {
            continue;
        };
        let cells = doc.tokens.get(x.last + 1..y.first).is_some_and(|m| {
            m.iter().any(|t| {
                matches!(t.tok, Tok::Comma | Tok::Punct('|' | ';' | '\t'))
            })
        });
        if cells {
            let each: Vec<Range<usize>> = range.map(|k| k..k + 1).collect();
            doc.take_apart(Kind::Card, &each, reason.text(), brand);
        } else {
            doc.take(Kind::Card, range, reason.text(), brand);
        }
    }
}

/// A card keyed one digit at a time and logged as a list:
/// "keypress: 4,5,3,9,1,4,8,8,...", "digits 4;5;3;9;...": 13 to 19 written
/// digits, each alone, with the same one mark between every two (a comma,
/// a semicolon or a pipe, which no run joins on), the whole list a valid
/// number of a brand, after a card label or a word for keyed digits
/// ("dtmf", "keypress", "entered"...) among the three words before it. A
/// list of other single digits ("ratings 4,5,3,5,...") passes Luhn and a
/// brand one time in a few dozen: the words before it decide.
fn digit_list(doc: &mut Doc<'_>) {
    const KEYED: &[&str] = &[
        "dtmf",
        "keypress",
        "keypresses",
        "keys",
        "key",
        "digits",
        "entered",
        "input",
        "pressed",
        "keyed",
        "typed",
        "tones",
    ];
    let units = &doc.units.units;
    let mark = |k: usize| -> Option<Tok> {
        let (x, y) = (units.get(k)?, units.get(k + 1)?);
        match doc.tokens.get(x.last + 1..y.first)? {
            [t] if matches!(t.tok, Tok::Comma | Tok::Punct(';' | '|')) => {
                Some(t.tok)
            }
            _ => None,
        }
    };
    // (Taken first: a byte a unit, where a unit is 88; most units of a
    // long run of single digits are taken by then.)
    let single = |k: usize| {
        doc.taken.get(k).is_some_and(|t| t.is_none())
            && units.get(k).is_some_and(|u| !u.spoken)
            && doc.units.digits_of(k).len() == 1
    };
    let mut found = Vec::new();
    let mut k = 0;
    while k < units.len() {
        if !single(k) {
            k += 1;
            continue;
        }
        let Some(sep) = mark(k) else {
            k += 1;
            continue;
        };
        let mut end = k + 1;
        while end < units.len() && single(end) && end - k < 20 {
            if mark(end) != Some(sep) {
                end += 1;
                break;
            }
            end += 1;
        }
        // `end` is one past the last digit of the list (or past the
        // twentieth: too long for a card).
        let range = k..end;
        if (13..=19).contains(&range.len()) && end - k < 20 {
            let digits = doc.digits(range.clone()).into_owned();
            let brand = luhn::is_valid_bytes(&digits)
                .then(|| brand::of_bytes(&digits))
                .flatten();
            let first = units[k].first;
            let keyed = doc
                .tokens
                .get(first.saturating_sub(8)..first)
                .unwrap_or_default()
                .iter()
                .rev()
                .filter(|t| t.tok == Tok::Word)
                .take(3)
                .any(|t| {
                    let w = t.span().of(doc.text);
                    KEYED.iter().any(|x| w.eq_ignore_ascii_case(x))
                });
            let said = keyed || doc.ctx(range.clone(), 3).wants(Cat::Card);
            if let Some(brand) = brand.filter(|_| said) {
                let len = digits.len();
                found.push((range, brand, len));
            }
        }
        k = end.max(k + 1);
    }
    for (range, brand, len) in found {
        let reason = Reason::Valid { brand, len, spoken: false, turns: 1 };
        doc.take(Kind::Card, range, reason.text(), Some(brand));
    }
}

/// A group taken back as the card is read: "4803 7123 198 -- no, 1998
/// 3269", "... one nine" / "eight -- no, one nine nine eight...". The
/// last group (or two, or three) before a restart cue is said again, with
/// a slip ([`super::slip`]), at the start of the run after the cue; the
/// run before without them and the run after form a valid card. The
/// whole reading is the card's, the group taken back too.
fn regrouped(doc: &mut Doc<'_>) {
    let mut found: Vec<(Range<usize>, Brand, Vec<u8>)> = Vec::new();
    for (before, after) in corrected_pairs(doc) {
        let again = doc.digits(after.clone());
        // Nothing taken back: the cue was a hesitation ("four nine two
        // nine oh nine oh four wait double eight five three..."), and the
        // two runs together are a valid card of a brand, judged as any
        // card is. Not where an SSN is asked for: "[SSN] uh sorry [SSN]"
        // is an SSN corrected.
        let said = doc.digits(before.clone());
        let len = said.len() + again.len();
        if (12..=19).contains(&len)
            && !doc.ctx(before.clone(), 3).wants(Cat::Ssn)
        {
            let mut all = said.into_owned();
            all.extend_from_slice(&again);
            let brand = luhn::is_valid_bytes(&all)
                .then(|| brand::of_bytes(&all))
                .flatten();
            if let Some(brand) = brand {
                let whole = before.start..after.end;
                let mut c = Candidate::plain(whole.clone(), len);
                c.brand = Some(brand);
                let e = evidence(doc, &c, (&whole, len), &[]);
                if matches!(decide(&e), Decision::Hide(_)) {
                    found.push((whole, brand, all));
                    continue;
                }
            }
        }
        for j in (before.start + 1..before.end).rev().take(3) {
            let head = doc.digits(before.start..j);
            let dropped = doc.digits(j..before.end);
            let len = head.len() + again.len();
            if !(12..=19).contains(&len) || !super::slip(&dropped, &again) {
                continue;
            }
            let mut all = head.into_owned();
            all.extend_from_slice(&again);
            if !luhn::is_valid_bytes(&all) {
                continue;
            }
            if let Some(brand) = brand::of_bytes(&all) {
                found.push((before.start..after.end, brand, all));
                break;
            }
        }
    }
    for (range, brand, digits) in found {
        let len = digits.len();
        let spoken = doc.units.any_spoken(range.clone());
        let turns = doc.turns_in(range.clone());
        let mut text = Reason::Valid { brand, len, spoken, turns }.text();
        text.push_str(", a group said again");
        doc.take(Kind::Card, range, text, Some(brand));
        if let Some(d) = doc.drafts.last_mut() {
            d.digits = digits;
        }
    }
}

/// The pairs of free runs, side by side, that a card may be read over
/// with a correction between: the run before (of two units or more) ends
/// where a restart cue begins, and the run after starts where it ends; not
/// the other speaker cutting in (whose question may ask for another
/// number). Together they hold a card's length or more.
fn corrected_pairs(doc: &Doc<'_>) -> Vec<(Range<usize>, Range<usize>)> {
    let runs = doc.free_runs();
    let units = &doc.units;
    let count = |r: &Range<usize>| -> usize {
        r.clone().map(|k| units.digits_of(k).len()).sum()
    };
    runs.windows(2)
        .filter_map(|pair| match pair {
            [before, after] => Some((before.clone(), after.clone())),
            _ => None,
        })
        .filter(|(before, after)| {
            before.end == after.start
                && before.len() >= 2
                && count(before) + count(after) >= CONTEXT_LENGTHS.start
                && doc.restart_between(
                    &units.units[before.end - 1],
                    units.units[after.start].first,
                ) == Some(false)
        })
        .collect()
}

/// Where the context says card (the card number asked for, a card
/// label), runs `before` (of `said` digits) and `after` (of `again`), a
/// correction cue between (see [`super::corrected`]), are one card read
/// with a correction when they hold a card's length once the last one to
/// three groups before the cue are left out, or none: "five seven --
/// sorry -- o five seven", misheard or misspoken, hidden on context.
/// Returns the reason.
pub(super) fn corrected(
    doc: &Doc<'_>,
    before: &Range<usize>,
    after: &Range<usize>,
    (said, again): (usize, usize),
) -> Option<String> {
    let len = corrected_len(doc, before, said, again)?;
    let c = Candidate::plain(before.clone(), len);
    let e = evidence(doc, &c, (before, said), &[]);
    let Decision::Hide(Reason::Context { why, .. }) = decide(&e) else {
        return None;
    };
    let whole = before.start..after.end;
    let spoken = doc.units.any_spoken(whole.clone());
    let turns = doc.turns_in(whole);
    let mut text = Reason::Context { why, len, spoken, turns }.text();
    text.push_str(", corrected as it was read");
    Some(text)
}

/// The length of a card read as run `before` (of `said` digits), a
/// correction cue, and a run of `again` digits, with the last one to
/// three groups of `before` taken back, or none: of the lengths in
/// [`CONTEXT_LENGTHS`], the nearest to 16.
fn corrected_len(
    doc: &Doc<'_>,
    before: &Range<usize>,
    said: usize,
    again: usize,
) -> Option<usize> {
    let mut dropped = 0;
    let mut lens = vec![said + again];
    for j in (before.start + 1..before.end).rev().take(3) {
        dropped += doc.units.digits_of(j).len();
        lens.push(said - dropped + again);
    }
    lens.into_iter()
        .filter(|len| CONTEXT_LENGTHS.contains(len))
        .min_by_key(|&len| len.abs_diff(16))
}

/// A window of units that forms a card number or a near one.
#[derive(Clone, Debug)]
struct Candidate {
    units: Range<usize>,
    /// The brand, when the digits match one and pass Luhn.
    brand: Option<Brand>,
    len: usize,
    /// Written groups joined across a comma or a word ("3903447, 6266
    /// 4070 8546"): a window within one written number is preferred.
    crosses: bool,
    /// It takes the edge group of a number written with other separators
    /// right next to it ("808-255-[6320 4766 8369 8908] 0877"): a dash or
    /// a dot binds a group more tightly than a space, so a window that
    /// leaves that number whole is preferred.
    splits: bool,
    /// Written groups joined across a line break: a card may wrap, so only
    /// among windows of as many digits is one within a line preferred.
    wraps: bool,
    /// Whether it stands alone ([`stands_alone`]), if that was needed yet.
    alone: Option<bool>,
}

impl Candidate {
    /// A window of `len` digits judged on context alone: no brand, none of
    /// the flags that rank valid windows against each other.
    fn plain(units: Range<usize>, len: usize) -> Candidate {
        Candidate {
            units,
            brand: None,
            len,
            crosses: false,
            splits: false,
            wraps: false,
            alone: None,
        }
    }
}

/// How a number is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    /// One written group of digits: `4111111111111111`.
    Block,
    /// Written groups as cards are printed: 4-4-4-4, 4-6-5, 4-4-4-1..4.
    CardGroups,
    /// Written groups of any other shape: `63632-122-33-0792-42`.
    OtherGroups,
    /// Spoken, or digits and words mixed.
    Spoken,
}

/// Everything known about a candidate: what decides whether it is hidden.
#[derive(Clone, Debug)]
struct Evidence {
    len: usize,
    /// The digits of the whole number it is part of (`len` when it is no
    /// part).
    whole: usize,
    /// The brand, if the digits match one and pass Luhn.
    brand: Option<Brand>,
    form: Form,
    /// Spoken digits, and over how many turns.
    spoken: bool,
    turns: usize,
    /// The nearest label before it on its line, and whether it is the table
    /// column's header.
    near: Option<Label>,
    column: bool,
    /// The label of the question the other speaker asked before it.
    question: Option<Label>,
    /// True if the same speaker already answered that question.
    answered: bool,
    /// True if it answers a question for the card number: the first number
    /// of the turn, said within its first few words.
    card_asked: bool,
    /// Said by the other speaker right after a card was given: the card
    /// read back to confirm it (see [`read_back`]).
    read_back: bool,
    /// Part of a longer number said or written in one piece.
    partial: bool,
    /// Two phone numbers written 3-3-4 next to each other.
    phone_shaped: bool,
    /// Written as one phone number: 3-3-4 or 1-3-3-4 groups.
    phone: bool,
    /// Part of an IBAN with a valid checksum.
    iban: bool,
    /// Inside a web address.
    url: bool,
    /// Its run follows an international dialling code (`+49 40 9993695`).
    intl_phone: bool,
}

/// What [`decide`] says.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Decision {
    /// A card: the reason, for the person reviewing.
    Hide(Reason),
    /// Not a card: why, for tests and for reading the code.
    Keep(&'static str),
}

/// Why a candidate is a card. It is written out ([`Reason::text`]) only
/// for the candidates taken: a run of many digits has many candidates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reason {
    /// A valid number of `brand`.
    Valid { brand: Brand, len: usize, spoken: bool, turns: usize },
    /// An invalid number where the context says card (`why`).
    Context { why: &'static str, len: usize, spoken: bool, turns: usize },
}

impl Reason {
    /// The reason, for the person reviewing. Written piece by piece: a
    /// list of cards has one per line, and `format!` cost more than the
    /// rest of taking one.
    fn text(self) -> String {
        let mut reason = String::with_capacity(64);
        let turns = match self {
            Reason::Valid { brand, len, spoken, turns } => {
                reason.push_str(brand.name());
                reason.push_str(", ");
                push_number(&mut reason, len);
                reason.push_str(" digits, Luhn ok");
                if spoken {
                    reason.push_str(", spoken");
                }
                turns
            }
            Reason::Context { why, len, spoken, turns } => {
                let fault = if spoken { "misheard" } else { "mistyped" };
                reason.push_str(why);
                reason.push_str("; ");
                push_number(&mut reason, len);
                reason.push_str(" digits, Luhn fails: likely ");
                reason.push_str(fault);
                turns
            }
        };
        if turns > 1 {
            reason.push_str(", read over ");
            push_number(&mut reason, turns);
            reason.push_str(" turns");
        }
        reason
    }
}

/// Appends `n` in decimal to `out`.
fn push_number(out: &mut String, n: usize) {
    // At most 20 digits.
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    let mut n = n;
    loop {
        k -= 1;
        if let Some(d) = digits.get_mut(k) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || k == 0 {
            break;
        }
    }
    for &d in digits.get(k..).unwrap_or_default() {
        out.push(char::from(d));
    }
}

/// Decides whether a candidate is a card number. Validation confirms,
/// context decides: a valid number is hidden unless its context says it is
/// something else and it fits that kind; an invalid one only where the
/// context says card.
fn decide(e: &Evidence) -> Decision {
    let other =
        |l: Option<Label>| l.filter(|l| l.cat == Cat::Other && l.fits(e.len));
    if e.iban {
        return Decision::Keep("part of an IBAN");
    }
    if e.url {
        return Decision::Keep("inside a web address");
    }
    if e.phone_shaped {
        return Decision::Keep("phone numbers side by side");
    }
    if e.intl_phone && e.form != Form::CardGroups {
        return Decision::Keep("an international phone number");
    }
    let card_said = e.near.is_some_and(|l| l.cat == Cat::Card)
        || (e.near.is_none() && (e.card_asked || e.read_back));
    match e.brand {
        Some(brand) => {
            // Right after "order" or "IMEI", a block or an irregular grouping
            // is that number; a number grouped like a card is still hidden:
            // a leaked card costs more than a hidden order number.
            if other(e.near).is_some() && e.form != Form::CardGroups {
                return Decision::Keep("labelled as another number");
            }
            // The label fits the whole: "ICCID 8961 8167 1067 0079 7910"
            // holds a 16-digit window that passes Luhn by chance.
            let whole = |l: Option<Label>| {
                l.is_some_and(|l| {
                    l.cat == Cat::Other && (l.fits(e.len) || l.fits(e.whole))
                })
            };
            if e.partial && (whole(e.near) || whole(e.question)) {
                return Decision::Keep("part of another, longer number");
            }
            // A bare block or spoken digits answering "the tracking
            // number?", when they can be one.
            if e.near.is_none()
                && !e.answered
                && other(e.question).is_some()
                && matches!(e.form, Form::Block | Form::Spoken)
            {
                return Decision::Keep(
                    "answers a question for another number",
                );
            }
            Decision::Hide(Reason::Valid {
                brand,
                len: e.len,
                spoken: e.spoken,
                turns: e.turns,
            })
        }
        None if e.phone => Decision::Keep("written as a phone number"),
        None if card_said && CONTEXT_LENGTHS.contains(&e.len) => {
            let why = match (e.near, e.column) {
                (Some(_), true) => "in a card column",
                (Some(_), false) => "after a card label",
                (None, _) if e.card_asked => "card number asked for",
                (None, _) => "the card read back",
            };
            Decision::Hide(Reason::Context {
                why,
                len: e.len,
                spoken: e.spoken,
                turns: e.turns,
            })
        }
        None => Decision::Keep("not a valid card number, no card context"),
    }
}

/// Gathers the evidence about candidate `c` of `run` (its units and its
/// digits); `beside` are the run's candidates, by start and then end.
fn evidence(
    doc: &Doc<'_>,
    c: &Candidate,
    (run, run_digits): (&Range<usize>, usize),
    beside: &[Candidate],
) -> Evidence {
    let units = &doc.units.units;
    let range = c.units.clone();
    let spoken = doc.units.any_spoken(range.clone());
    // The digits of each unit: on the stack for a window of card length.
    let mut small = [0usize; 24];
    let long: Vec<usize>;
    let lens: &[usize] = if range.len() <= small.len() {
        for (slot, i) in small.iter_mut().zip(range.clone()) {
            *slot = doc.units.digits_of(i).len();
        }
        small.get(..range.len()).unwrap_or_default()
    } else {
        long = range.clone().map(|i| doc.units.digits_of(i).len()).collect();
        &long
    };
    let form = if spoken {
        Form::Spoken
    } else {
        match lens {
            [_] => Form::Block,
            _ if card_groups(lens) => Form::CardGroups,
            _ => Form::OtherGroups,
        }
    };
    // Part of a longer number said or written in one piece (not a number
    // joined to what the speaker said in an earlier turn, nor a block of
    // digits next to another number).
    // Written, only the same separator joins ("order #00000 and 4000 0000
    // 0000 0002" is two numbers); spoken, pauses and fillers do too.
    let joined = |k: usize| {
        k < units.len()
            && match units[k].glue {
                Glue::Break | Glue::Turn => false,
                Glue::Loose => spoken,
                Glue::Tight => spoken || !doc.units.separator_changes(k),
                Glue::Line => spoken,
            }
    };
    // Nor is a card printed in its groups (4-4-4-4, 4-6-5, 4-4-4-4-3) that
    // ends the run after a group of another length ("order 48213 4111 1111
    // 1111 1111"): a number grouped in fours all along stays one number, a
    // change of group length starts another; so does a block of 12 digits
    // or more after it, a number of its own. (A shorter group after the
    // card, "5073 2689 9814 5357 605", may end a tracking number as well as
    // be a code: left to context.)
    let other_shape = |k: usize| {
        form == Form::CardGroups
            && lens.first() != Some(&doc.units.digits_of(k).len())
    };
    // Nor is a card printed in its groups right next to another card
    // printed in its groups ("order #00000 and 3400 000000 00009 4000 0000
    // 0000 0002"): two cards, each judged as it would be once the other is
    // hidden.
    let card_beside = |k: usize, after: bool| {
        form == Form::CardGroups && card_at(doc, beside, k, after)
    };
    let partial = form != Form::Block
        && ((range.start > run.start
            && joined(range.start)
            && !other_shape(range.start - 1)
            && !card_beside(range.start, false))
            || (range.end < run.end
                && joined(range.end)
                && !(other_shape(range.end)
                    && doc.units.digits_of(range.end).len() >= 12)
                && !card_beside(range.end, true)));
    // Such a part has the context of the whole: "USPS tracking 9400 4029
    // 0391 4017 0538 90".
    let head = if partial { run.start..run.end } else { range.clone() };
    let ctx = doc.ctx(head.clone(), 3);
    // As an answer, only the first number of the turn ("the card number?"
    // is not answered by the order number said after the card).
    let answer = doc.as_answer(ctx, head.start, Kind::Card);
    // Another number's label vetoes only on the number's own line: "- Cust
    // called about order status.\n- 4681..." is about two things. A card
    // label counts on the line before too ("Card number:\n4111...").
    let at = units[head.start].span.start;
    // Nor does it reach past the number it labels: in "order #61324
    // 4000000000006" the card is a number of its own.
    let own_number = !partial && range.start > run.start && !spoken;
    let near = ctx.near.filter(|l| {
        ctx.column
            || l.cat != Cat::Other
            || (!own_number
                && !doc
                    .text
                    .get(l.span.end..at)
                    .is_none_or(|s| s.contains('\n')))
    });
    Evidence {
        len: c.len,
        whole: if partial { run_digits } else { c.len },
        brand: c.brand,
        form,
        spoken,
        turns: doc.turns_in(range.clone()),
        near,
        column: ctx.column,
        question: ctx.question,
        answered: ctx.answered,
        card_asked: answer.question.is_some()
            && answer.asked & Cat::Card.bit() != 0,
        read_back: read_back(doc, &range),
        partial,
        phone_shaped: phone_shaped(doc, &range, lens),
        phone: form == Form::OtherGroups
            && matches!(lens, [3, 3, 4] | [1, 3, 3, 4]),
        iban: iban_at(doc, run),
        // The value of a card key of the address's query is the card's
        // (`?card=4111...`): the label was kept for that (see
        // `Labels::new`).
        // So is a whole value of the query, digits alone, of a card's
        // brand and valid (`upd.php?c=4111...&n=...`): a form's field
        // sent as a link. A number in the address's path stays (a ticket's
        // or a post's id).
        url: doc.labels.in_web_address(units[range.start].span.start)
            && !near.is_some_and(|l| {
                l.cat == Cat::Card && doc.labels.in_web_address(l.span.start)
            })
            && !(c.brand.is_some()
                && !spoken
                && range == *run
                && query_value(
                    doc,
                    units[range.start].span.start,
                    units[range.end - 1].span.end,
                )),
        intl_phone: after_country_code(doc, units[run.start].first),
    }
}

/// Returns true if the digits from byte `start` to byte `end` are the
/// whole value of a web address's query: `=` before them, a `?` of the
/// same address before that, and the value's end after them (`&`, `#`, a
/// quote, a bracket, a space or the address's end).
fn query_value(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    let bytes = doc.text.as_bytes();
    let Some(address) = doc.labels.web_address_at(start) else {
        return false;
    };
    let ends = end >= address.end
        || matches!(
            bytes.get(end),
            Some(b'&' | b'#' | b'"' | b'\'' | b')' | b']' | b'>' | b';')
        );
    // The query's `?` in the address's first 4 KB: found early in most
    // (after the path); a long address's many numbers read no more than
    // that each.
    let to = start.min(address.start.saturating_add(4096));
    start > 0
        && bytes.get(start - 1) == Some(&b'=')
        && ends
        && bytes.get(address.start..to).is_some_and(|b| b.contains(&b'?'))
}

/// Returns true if one of `candidates` (by start, then end) starts at unit
/// `k` (`after`) or ends there, printed as a card ([`stands_alone`]).
fn card_at(
    doc: &Doc<'_>,
    candidates: &[Candidate],
    k: usize,
    after: bool,
) -> bool {
    // A card has at most 19 units: those that end at `k` start after
    // `k - 19`.
    let from = if after { k } else { k.saturating_sub(19) };
    let first = candidates.partition_point(|d| d.units.start < from);
    candidates
        .get(first..)
        .unwrap_or_default()
        .iter()
        .take_while(|d| d.units.start <= k)
        .filter(|d| if after { d.units.start == k } else { d.units.end == k })
        .any(|d| d.alone.unwrap_or_else(|| stands_alone(doc, &d.units)))
}

/// Returns true if units `range` are said by one speaker in the turn right
/// after the other speaker gave a card, or the one after that: the card
/// read back to confirm it ("let me read that back, four one one one...",
/// "so that's ... right?"), as misheard as the first reading, or more.
/// Only spoken: in writing, a long number after a card ("call 1-819-851-
/// 2296") is as likely another number, and a card repeated is valid.
///
/// A recogniser's output with no speakers marked (a line per turn, or all
/// on one line) does not say who speaks: there the read-back is a spoken
/// number said a few words after the card, in its line or the next, with
/// no label between ("... sixty you know nine six so that's four seven
/// nine six ... right"; "let me read that back" on the next line).
fn read_back(doc: &Doc<'_>, range: &Range<usize>) -> bool {
    let units = &doc.units.units;
    if !doc.units.all_spoken(range.clone()) {
        return false;
    }
    let Some(first) = units.get(range.start) else { return false };
    let turns = &doc.layout.turns;
    let t = first.turn;
    let me = turns[t].speaker;
    let Some(card) = doc.card_before(first.first) else { return false };
    let Some(ct) = doc.end_turn(card) else { return false };
    let card_end = card.parts.last().map_or(0, |p| p.end);
    let between =
        doc.labels.cats_in(crate::span::Span::new(card_end, first.span.start));
    let repeated = || {
        let mut said = [0u8; 24];
        let mut n = 0;
        for i in range.clone() {
            for &d in doc.units.digits_of(i) {
                if let Some(slot) = said.get_mut(n) {
                    *slot = d;
                    n += 1;
                }
            }
        }
        repeats(said.get(..n).unwrap_or_default(), &card.digits)
    };
    if me == UNKNOWN {
        // Said from the start: not the second half of a stretch of
        // numbers ("five free six is [five uh zero ...]"), which
        // `Doc::repeats` takes whole when it is the card again.
        let lead = first.first.saturating_sub(4).max(card.last_token + 1);
        let near = turns[ct].speaker == UNKNOWN
            && ct <= t
            && t - ct <= 1
            && doc.labels.words_between(card.last_token + 1, first.first)
                <= READ_BACK_WORDS
            && doc.labels.numbers_between(lead, first.first) == 0
            && between == 0;
        return near && repeated();
    }
    let them = turns[ct].speaker;
    // After a label of another number ("your confirmation number is
    // ..."), only the card's own digits are its read-back.
    doc.layout.conversation
        && me != UNKNOWN
        && them != UNKNOWN
        && them != me
        && ct < t
        && t - ct <= 2
        && (between & Cat::Other.bit() == 0 || repeated())
}

/// Returns true if `said` repeats most of `card`'s digits in order, as a
/// read-back does however misheard: their longest common subsequence is
/// at least two thirds of the shorter. (Two unrelated numbers of 12 to 19
/// digits share about half.)
pub(super) fn repeats(said: &[u8], card: &[u8]) -> bool {
    const MAX: usize = 24;
    if said.is_empty()
        || card.is_empty()
        || said.len() > MAX
        || card.len() > MAX
    {
        return false;
    }
    // One row of the dynamic programme at a time.
    let mut row = [0u8; MAX + 1];
    for &a in said {
        let mut diag = 0u8;
        for (j, &b) in card.iter().enumerate() {
            let up = row.get(j + 1).copied().unwrap_or(0);
            let left = row.get(j).copied().unwrap_or(0);
            let v = if a == b { diag + 1 } else { up.max(left) };
            diag = up;
            if let Some(slot) = row.get_mut(j + 1) {
                *slot = v;
            }
        }
    }
    let common = usize::from(row.get(card.len()).copied().unwrap_or(0));
    common * 3 >= said.len().min(card.len()) * 2
}

/// Returns true for the groupings cards are printed in: 4-4-4-4, 4-4-4-3,
/// 4-6-5 (Amex), 4-6-4 (Diners) and the like.
fn card_groups(lens: &[usize]) -> bool {
    match lens {
        [] | [_] => false,
        [4, 6, 4] | [4, 6, 5] => true,
        [init @ .., last] => {
            init.len() >= 2 && init.iter().all(|&n| n == 4) && *last <= 4
        }
    }
}

/// Phone numbers are grouped 3-3-4: a window that begins or ends with one
/// written in one piece, and a pause after or before it, is two numbers
/// ("617 358 4459 and 646 783"), not "468, 134, 148, 615, 8310".
fn phone_shaped(doc: &Doc<'_>, range: &Range<usize>, lens: &[usize]) -> bool {
    let units = &doc.units.units;
    if doc.units.any_spoken(range.clone()) {
        return false;
    }
    let g = |k: usize| units[range.start + k].glue;
    let n = lens.len();
    let first = n > 3
        && lens.starts_with(&[3, 3, 4])
        && g(1) == Glue::Tight
        && g(2) == Glue::Tight
        && g(3) == Glue::Loose;
    let last = n > 3
        && lens.ends_with(&[3, 3, 4])
        && g(n - 2) == Glue::Tight
        && g(n - 1) == Glue::Tight
        && g(n - 3) == Glue::Loose;
    first || last
}

/// Returns true if `run` continues an IBAN with a valid checksum:
/// `IBAN RS35 2600 0560 1001 6113 79`. The country code and check digits
/// (`RS35`) are glued to letters, so they are not a unit: look just before
/// the run for them, then check the whole.
fn iban_at(doc: &Doc<'_>, run: &Range<usize>) -> bool {
    let tokens = &doc.tokens;
    let Some(first) = doc.units.units.get(run.start).map(|u| u.first) else {
        return false;
    };
    let text = |k: usize| tokens.get(k).map_or("", |t| t.span().of(doc.text));
    // Back over groups of letters and digits joined by single spaces to the
    // country code and check digits, `RS35`: two capital letters glued to
    // two digits.
    let mut k = first;
    let mut start = None;
    for _ in 0..16 {
        let Some(j) = k.checked_sub(1) else { break };
        let Some(&t) = tokens.get(j) else { break };
        match t.tok {
            Tok::Space if t.span().len() == 1 => {}
            Tok::Digits if t.span().len() == 2 && j > 0 => {
                let Some(&c) = tokens.get(j - 1) else { break };
                let country = text(j - 1);
                if c.tok == Tok::Word
                    && c.span().end == t.span().start
                    && country.len() == 2
                    && country.bytes().all(|b| b.is_ascii_uppercase())
                {
                    start = Some(j - 1);
                    break;
                }
            }
            Tok::Word | Tok::Digits => {}
            _ => break,
        }
        k = j;
    }
    let Some(start) = start else { return false };
    // The IBAN from there: at most 34 capital letters and digits, ending
    // at the end of some group.
    let mut chars: Vec<u8> = Vec::with_capacity(34);
    for (j, t) in tokens.iter().enumerate().skip(start) {
        match t.tok {
            Tok::Word | Tok::Digits => {
                let s = doc.text.get(t.span().range()).unwrap_or("");
                if chars.len() + s.len() > 34
                    || !s
                        .bytes()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                {
                    break;
                }
                chars.extend(s.bytes());
                let group_ends =
                    tokens.get(j + 1).is_none_or(|n| n.tok != t.tok);
                if group_ends && iban::is_valid(&chars) {
                    return true;
                }
            }
            Tok::Space if t.span().len() == 1 => {}
            _ => break,
        }
    }
    false
}

/// Returns true if token `first` follows a dialling code: `+49 40...`,
/// `+1 (617)...`. The code's digits are glued to the `+`, so they are no
/// unit: the run of the number starts after them.
fn after_country_code(doc: &Doc<'_>, first: usize) -> bool {
    let tokens = &doc.tokens;
    let Some(k) = first.checked_sub(3) else { return false };
    let Some([plus, code, gap]) = tokens.get(k..k + 3) else { return false };
    plus.tok == Tok::Punct('+')
        && code.tok == Tok::Digits
        && code.span().len() <= 3
        && matches!(gap.tok, Tok::Space | Tok::Dash | Tok::Dot)
}

/// Returns true if a card may begin (or end) at the boundary before unit
/// `i` of a run when the card is units `window`: where the writer or the
/// speaker made a boundary. Inside a written number, groups are cut only
/// where the separator changes (`536-90-4399 555-1234`), or around a
/// window that stands alone (see [`stands_alone`]).
/// `alone` says whether the window stands alone ([`stands_alone`]), found
/// at most once for its two ends and the check after.
fn may_cut(
    doc: &Doc<'_>,
    i: usize,
    window: &Range<usize>,
    alone: &mut Option<bool>,
) -> bool {
    boundary(doc, i)
        || (*alone.get_or_insert_with(|| stands_alone(doc, window))
            && same_separator(doc, i, window))
}

/// Returns true if the writer or the speaker made a boundary before unit
/// `i`: it is not inside a written group, or the separator changes there.
fn boundary(doc: &Doc<'_>, i: usize) -> bool {
    !doc.units.cuts(i) || doc.units.separator_changes(i)
}

/// Returns false if no window that starts at unit `i` stands alone
/// ([`stands_alone`]): such a window is written, and its first group is
/// one block of 12 digits or more or the first of a card's groups, four
/// digits ([`card_groups`]).
fn opens_alone(doc: &Doc<'_>, i: usize) -> bool {
    let n = doc.units.digits_of(i).len();
    !doc.units.units[i].spoken && (n == 4 || n >= 12)
}

/// Returns true if the written groups of `window` are joined by the
/// separator that joins it to the number it is cut from at `i`: "94107
/// 4111 1111 1111 1111" is two numbers side by side, but the "4338" of
/// "001-01-4338" does not start a card "4338\n3610 0889 2946" written with
/// spaces.
fn same_separator(doc: &Doc<'_>, i: usize, window: &Range<usize>) -> bool {
    let u = &doc.units.units;
    let Some(sep) = u.get(i).map(|x| x.sep) else { return false };
    // Nor one that goes on over a line break or into the next turn: a
    // card cut out of another number and wrapped as well is two numbers
    // on two lines ("7777 4770 4593 5151" then "8624", a gift card and
    // its PIN, is no card "4770 4593 5151 8624").
    (window.start + 1..window.end).all(|k| match u[k].glue {
        Glue::Tight => u[k].sep == sep,
        Glue::Line | Glue::Turn => false,
        _ => true,
    })
}

/// Returns true if written units `window` are a card by their shape alone,
/// whatever stands next to them: one block of 12 or more digits, or groups
/// printed as on a card (`Card 1 4111 1111 1111 1111`).
fn stands_alone(doc: &Doc<'_>, window: &Range<usize>) -> bool {
    let units = &doc.units;
    if units.any_spoken(window.clone()) {
        return false;
    }
    // A card has at most 19 digits, so at most 19 units.
    let mut lens = [0usize; 19];
    let mut n = 0;
    for k in window.clone() {
        let Some(slot) = lens.get_mut(n) else { return false };
        *slot = units.digits_of(k).len();
        n += 1;
    }
    let lens = &lens[..n];
    matches!(lens, [n] if *n >= 12) || card_groups(lens)
}

/// Copies of a card one keystroke off, near it: "I think I typed 4988
/// 3969 5083 054 on the form (missed a digit). The correct card number is
/// 4988 3969 5082 3054". The copy fails Luhn and has no label of its own,
/// yet it shows all of the card but a digit. A run of card length that is
/// not taken, whose digits are the digits of a card found within
/// [`NEAR_COPY`] bytes but for one digit changed, added or dropped, or two
/// neighbours swapped, is that card mistyped or misheard. Another number is
/// one edit from a card only by chance: 1 in 10^10 for a 16-digit order.
pub(super) fn near_copies(doc: &mut Doc<'_>) {
    // Where the cards found are, in text order, and their digits.
    // (where, draft, strong): a valid card, or one read aloud (its
    // read-back, misheard, is the copy), is a strong source. A number
    // written and hidden on context alone (a timestamp in a column named
    // for cards) has near copies by chance (the next timestamp): it is a
    // source only of a copy that is itself a valid card of a brand, which
    // a pause or an odd grouping kept from being read as one ("457783
    // 02289 58326 061... 457783 022 895 83230 61", the card typed again
    // with a digit fixed, in the same message).
    let mut cards: Vec<Found> = doc
        .drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| d.kind == Kind::Card && d.digits.len() >= 13)
        .filter_map(|(i, d)| {
            let first = d.parts.first()?;
            let spoken = first.of(doc.text).starts_with(char::is_alphabetic);
            Some((first.start, i, d.brand.is_some() || spoken))
        })
        .collect();
    cards.sort_unstable();
    // The SSNs found, for their false starts ("133... I always mess this
    // up, 133-87-5240").
    let mut ssns: Vec<Found> = doc
        .drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| d.kind == Kind::Ssn && d.digits.len() == 9)
        .filter_map(|(i, d)| Some((d.parts.first()?.start, i, true)))
        .collect();
    if cards.is_empty() && ssns.is_empty() {
        return;
    }
    ssns.sort_unstable();
    // The cards typed over several messages or read over several turns,
    // by where their last part ends: a part of one may be typed again,
    // corrected ([`part_corrected`]). (A card of one part corrected in a
    // group is read by `Doc::group_corrected`.) Most texts have none.
    let mut parted: Vec<(usize, usize)> = cards
        .iter()
        .filter_map(|&(_, d, _)| {
            let parts = &doc.drafts.get(d)?.parts;
            (parts.len() >= 2).then_some((parts.last()?.end, d))
        })
        .collect();
    parted.sort_unstable();
    // The turns that answer a question about a digit of a card just read
    // ([`clarify_turns`]), from the turns the cards end in.
    let ended: Vec<usize> = cards
        .iter()
        .filter_map(|&(_, d, _)| {
            let end = doc.drafts.get(d)?.parts.last()?.end;
            doc.layout.turn_at(end.saturating_sub(1))
        })
        .collect();
    let answers = clarify_turns(doc, &ended);
    // The cards and SSNs that start at or after the run's start: the runs
    // come in text order, so these only move on; a false start looks
    // after its run only, from here.
    let (mut card_at, mut ssn_at) = (0, 0);
    let mut copies = Vec::new();
    for whole in doc.free_runs().iter().cloned() {
        let Some(first) = doc.units.units.get(whole.start) else { continue };
        let start_at = first.span.start;
        while cards.get(card_at).is_some_and(|&(at, ..)| at < start_at) {
            card_at += 1;
        }
        while ssns.get(ssn_at).is_some_and(|&(at, ..)| at < start_at) {
            ssn_at += 1;
        }
        let later = cards.get(card_at..).unwrap_or_default();
        let ssns_later = ssns.get(ssn_at..).unwrap_or_default();
        let judge = |run: &Range<usize>| {
            copy_of(doc, (&cards, later), &parted, run)
                .or_else(|| ssn_false_start(doc, ssns_later, run))
                .or_else(|| clarified(doc, &answers, run))
        };
        if let Some((len, copy)) = judge(&whole) {
            copies.push((whole, len, copy));
            continue;
        }
        // A run over several turns: each turn's piece too. An amount that
        // ends one message joins the digits that open the next ("why is
        // it $1236.64", then "37161 532510 8802 no wait 371615 3215 088
        // 02"): the copy is that message's piece.
        let one_turn = doc.units.units.get(whole.end - 1).map(|u| u.turn)
            == Some(first.turn);
        if one_turn {
            continue;
        }
        let mut start = whole.start;
        for k in whole.start + 1..=whole.end {
            let turn =
                doc.units.units.get(k).is_some_and(|u| u.glue == Glue::Turn);
            if !(turn || (k == whole.end && start > whole.start)) {
                continue;
            }
            let piece = start..k;
            if let Some((len, copy)) = judge(&piece) {
                copies.push((piece, len, copy));
            }
            start = k;
        }
    }
    for (run, len, copy) in copies {
        // The reason: words, the count of digits, words.
        let said = |before: &str, after: &str| {
            let mut reason = String::from(before);
            push_number(&mut reason, len);
            reason.push_str(after);
            reason
        };
        let (kind, reason, brand) = match copy {
            Copy::Mistyped => (
                Kind::Card,
                said(
                    "one digit off a card nearby; ",
                    " digits: likely a mistyped copy",
                ),
                None,
            ),
            Copy::FalseStart => (
                Kind::Card,
                said("the first ", " digits of a card read whole right after"),
                None,
            ),
            Copy::SsnFalseStart => (
                Kind::Ssn,
                said("the first ", " digits of an SSN said whole right after"),
                None,
            ),
            Copy::Clarified => (
                Kind::Card,
                said(
                    "asked about a digit of the card just read; ",
                    " digits given again: the card's",
                ),
                None,
            ),
            Copy::Part => (
                Kind::Card,
                said(
                    "one digit off a part of the card before; ",
                    " digits: the part typed again, corrected",
                ),
                None,
            ),
            Copy::Valid(b) => (
                Kind::Card,
                said(
                    &format!("{}, ", b.name()),
                    " digits, Luhn ok; one digit off a card nearby",
                ),
                Some(b),
            ),
        };
        doc.take(kind, run, reason, brand);
    }
}

/// The most digits of an answer to a question about a digit or a group of
/// a card ([`clarified`]): a group, or a group and a digit.
const MAX_CLARIFIED: usize = 5;

/// The turns that may answer the other speaker's question about a digit or
/// a group of a card read just before ("4006 2948 \[inaudible\] two three
/// seven 8082" / "Sorry, you cut out on the third group. Was that a three
/// or an eight?" / "It's 3."), in order: the card's reader's next turn,
/// right after the question, at most eight words long. The question asks
/// about a group, a digit or a part, or says the line cut out; it names no
/// other number ("the three digit code on the back?") and holds no written
/// digits ("I heard 6445 9319 ...?"). `ended`: the turns the cards' last
/// parts end in. Most texts have none, and their runs are not asked.
fn clarify_turns(doc: &Doc<'_>, ended: &[usize]) -> Vec<usize> {
    const ABOUT: &[&str] =
        &["group", "digit", "part", "cut", "missed", "catch", "hear"];
    let turns = &doc.layout.turns;
    let tokens_of = |t: usize| {
        let r = doc.layout.tokens.get(t).cloned().unwrap_or_default();
        doc.tokens.get(r).unwrap_or_default()
    };
    let mut out: Vec<usize> = ended
        .iter()
        .filter_map(|&card_turn| {
            let answer = card_turn + 2;
            let (card, question, own) = (
                turns.get(card_turn)?,
                turns.get(card_turn + 1)?,
                turns.get(answer)?,
            );
            if card.speaker != own.speaker
                || own.speaker == UNKNOWN
                || question.speaker == own.speaker
            {
                return None;
            }
            let asked = tokens_of(card_turn + 1);
            let about = |t: &Token| {
                t.is_word() && {
                    let w = t.span().of(doc.text);
                    ABOUT.iter().any(|a| {
                        w.get(..a.len())
                            .is_some_and(|h| h.eq_ignore_ascii_case(a))
                    })
                }
            };
            let asks = asked.iter().any(|t| t.tok == Tok::Punct('?'))
                && asked.iter().any(about)
                && !asked.iter().any(|t| t.tok == Tok::Digits)
                && !doc
                    .labels
                    .any_other_than(question.content, Some(Cat::Card));
            let r = doc.layout.tokens.get(answer)?.clone();
            (asks && doc.labels.words_between(r.start, r.end) <= 8)
                .then_some(answer)
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether free units `run` answer a question about a digit or a group of
/// a card ([`clarify_turns`]): they lie in one of `answers` and say at
/// most [`MAX_CLARIFIED`] digits.
fn clarified(
    doc: &Doc<'_>,
    answers: &[usize],
    run: &Range<usize>,
) -> Option<(usize, Copy)> {
    if answers.is_empty() || run.len() > MAX_CLARIFIED {
        return None;
    }
    let first = doc.units.units.get(run.start)?;
    let last = doc.units.units.get(run.end.checked_sub(1)?)?;
    if last.turn != first.turn || answers.binary_search(&first.turn).is_err() {
        return None;
    }
    let len: usize = run.clone().map(|i| doc.units.digits_of(i).len()).sum();
    (len <= MAX_CLARIFIED).then_some((len, Copy::Clarified))
}

/// Whether free units `run` are a near copy of a card ([`near_copies`]):
/// how many digits, and what copy.
fn copy_of(
    doc: &Doc<'_>,
    (cards, later): (&[Found], &[Found]),
    parted: &[(usize, usize)],
    run: &Range<usize>,
) -> Option<(usize, Copy)> {
    let len: usize =
        run.clone().map(|i| doc.units.units[i].digits.len()).sum();
    if len < MIN_FALSE_START {
        return None;
    }
    let (Some(first), Some(last)) =
        (doc.units.units.get(run.start), doc.units.units.get(run.end - 1))
    else {
        return None;
    };
    if false_start(doc, later, last.span.end, run, len) {
        return Some((len, Copy::FalseStart));
    }
    if len < MIN_PART_COPY {
        return None;
    }
    if !CONTEXT_LENGTHS.contains(&len) {
        let at = first.span.start;
        let part =
            !parted.is_empty() && part_corrected(doc, parted, at, run, len);
        return part.then_some((len, Copy::Part));
    }
    let digits = doc.digits(run.clone());
    let lo = first.span.start.saturating_sub(NEAR_COPY);
    let hi = last.span.end.saturating_add(NEAR_COPY);
    let from = cards.partition_point(|&(at, ..)| at < lo);
    // A weak source lies close: the same message or the next line.
    let close = first.span.start.saturating_sub(WEAK_NEAR)
        ..last.span.end.saturating_add(WEAK_NEAR);
    let near = |strong_only: bool| {
        cards
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&(at, ..)| at <= hi)
            .take(16)
            .filter(|&&(at, _, strong)| {
                strong || (!strong_only && close.contains(&at))
            })
            .any(|&(_, d, _)| {
                doc.drafts.get(d).is_some_and(|d| one_edit(&digits, &d.digits))
            })
    };
    // (The brand asked last: most runs are near no card.)
    let valid =
        || brand::of_bytes(&digits).filter(|_| luhn::is_valid_bytes(&digits));
    if near(true) {
        return Some((digits.len(), Copy::Mistyped));
    }
    let b = near(false).then(valid).flatten()?;
    Some((digits.len(), Copy::Valid(b)))
}

/// The fewest digits of a card's start said before it is read whole that
/// are hidden as the card's ([`false_start`]): four digits are the first
/// four of a card read right after them 1 in 10,000 times by chance.
const MIN_FALSE_START: usize = 4;

/// Returns true if the digits of `run` (`len` of them, ending at byte
/// `end`) are the first digits of one of `cards` (sorted by where they
/// start) that starts within [`WEAK_NEAR`]
/// bytes after them, in a later turn or after a dash or an ellipsis that
/// cuts them off: a false start, the card's first groups said, then
/// the card read whole after a word from the other speaker or a cue
/// ("Okay. 4882 4161 --" "-- sorry, I talked over you. Go ahead." "So,
/// 4882 4161 9451 0932.").
fn false_start(
    doc: &Doc<'_>,
    cards: &[Found],
    end: usize,
    run: &Range<usize>,
    len: usize,
) -> bool {
    // (`cards` start at the run's start or after: the first after it is
    // one of the first few, as a rule.)
    let from = match cards.iter().take(8).position(|&(at, ..)| at >= end) {
        Some(i) => i,
        None => cards.partition_point(|&(at, ..)| at < end),
    };
    let turn = doc.units.units.get(run.start).map(|u| u.turn);
    // The first digit, to pass at once the cards that start otherwise.
    let lead = doc.units.digits_of(run.start).first();
    // Or in the same turn, cut off by a dash or an ellipsis ("forty two
    // sixty four sixty five... that's confusing, single digits: four two
    // six four six five ...").
    let cut_off = || {
        let after = doc.text.get(end..).unwrap_or("").trim_start();
        ["--", "\u{2014}", "\u{2013}", "...", "\u{2026}"]
            .iter()
            .any(|m| after.starts_with(m))
    };
    let mut digits = None;
    cards
        .get(from..)
        .unwrap_or_default()
        .iter()
        .take_while(|&&(at, ..)| at - end <= WEAK_NEAR)
        .take(2)
        .filter_map(|&(_, d, _)| doc.drafts.get(d))
        // Read whole in a later turn, or cut off: in one turn, or with no
        // speakers, a reference or an order number may share a test
        // card's first digits ("Ref 4111 1111" above "card on file 4111
        // 1111 1111 1111").
        .filter(|d| d.digits.len() > len && d.digits.first() == lead)
        .filter(|d| turn < Some(d.turn) || cut_off())
        .any(|d| {
            let digits = digits.get_or_insert_with(|| doc.digits(run.clone()));
            d.digits.starts_with(digits)
        })
}

/// The fewest digits of an SSN's start said before it is said whole that
/// are hidden as the SSN's ([`ssn_false_start`]): its area number.
const MIN_SSN_FALSE_START: usize = 3;

/// [`false_start`] of an SSN: the digits of free units `run`, three or
/// more, are the first digits of an SSN said whole within [`WEAK_NEAR`]
/// bytes after them, in a later turn or cut off ("133... I always mess
/// this up, 133-87-5240").
fn ssn_false_start(
    doc: &Doc<'_>,
    ssns: &[Found],
    run: &Range<usize>,
) -> Option<(usize, Copy)> {
    if ssns.is_empty() {
        return None;
    }
    let len: usize =
        run.clone().map(|i| doc.units.units[i].digits.len()).sum();
    if !(MIN_SSN_FALSE_START..9).contains(&len) {
        return None;
    }
    let last = doc.units.units.get(run.end.checked_sub(1)?)?;
    false_start(doc, ssns, last.span.end, run, len)
        .then_some((len, Copy::SsnFalseStart))
}

/// A card or an SSN found, for [`near_copies`]: where its first part
/// starts, its draft, and whether it is a strong source of copies.
type Found = (usize, usize, bool);

/// What a near copy of a card is ([`near_copies`]).
enum Copy {
    /// The first digits of a card said before the card is read whole.
    FalseStart,
    /// The first digits of an SSN said before the SSN is said whole.
    SsnFalseStart,
    /// The card mistyped or misheard, near a valid or spoken card.
    Mistyped,
    /// A valid card of a brand, near the same card mistyped.
    Valid(Brand),
    /// One written part of a card typed again, corrected.
    Part,
    /// Digits of a card given again when the other speaker asked about a
    /// digit or a group of it.
    Clarified,
}

/// The fewest digits of a part of a card typed again, corrected, that is
/// hidden as the card's ([`part_corrected`]): one edit off six digits or
/// more of a card just before is 1 in 10,000 by chance.
const MIN_PART_COPY: usize = 6;

/// Returns true if the digits of `run` (`len` of them, fewer than a card's,
/// from byte `at` on) are one written part of a card of several parts (typed
/// over several messages or read over several turns) that ends within
/// [`WEAK_NEAR`] bytes before it, typed again with one digit changed,
/// added, dropped or two swapped: a chat's "3710", "8665 5840 371", then
/// "wait no 8665 5840 361". The part's digits are those written in it (a
/// part read aloud is corrected as `Doc::group_corrected` reads it).
fn part_corrected(
    doc: &Doc<'_>,
    parted: &[(usize, usize)],
    at: usize,
    run: &Range<usize>,
    len: usize,
) -> bool {
    // The two cards whose last parts end closest before it.
    let before = parted.partition_point(|&(end, _)| end <= at);
    let mut part = Vec::new();
    parted
        .get(..before)
        .unwrap_or_default()
        .iter()
        .rev()
        .take(2)
        .filter(|&&(end, _)| at - end <= WEAK_NEAR)
        .filter_map(|&(_, d)| doc.drafts.get(d))
        .any(|d| {
            d.parts.iter().any(|p| {
                let text = p.of(doc.text);
                let written = text.bytes().all(|b| {
                    b.is_ascii_digit() || matches!(b, b' ' | b'-' | b'.')
                });
                if !written || text.len() + 1 < len {
                    return false;
                }
                part.clear();
                part.extend(text.bytes().filter(u8::is_ascii_digit));
                part.len() >= MIN_PART_COPY
                    && part.len().abs_diff(len) <= 1
                    && one_edit(&doc.digits(run.clone()), &part)
            })
        })
}

/// How far from a card its mistyped copy may be, in bytes: a note or an
/// email's few paragraphs.
const NEAR_COPY: usize = 2048;

/// How far from a number hidden on context alone a valid card one digit
/// off it may be, in bytes, to be its copy: the same message or the next.
const WEAK_NEAR: usize = 256;

/// Returns true if `a` and `b` differ by exactly one edit: a digit changed,
/// added or dropped, or two neighbours swapped.
pub(super) fn one_edit(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // The common prefix, then what is left of each.
    let p = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    let s = short.get(p..).unwrap_or_default();
    let l = long.get(p..).unwrap_or_default();
    match long.len() - short.len() {
        0 => {
            if s.is_empty() {
                return false;
            }
            let changed = s.get(1..) == l.get(1..);
            let swapped = s.len() >= 2
                && s.first() == l.get(1)
                && s.get(1) == l.first()
                && s.get(2..) == l.get(2..);
            changed || swapped
        }
        1 => l.get(1..) == Some(s),
        _ => false,
    }
}

/// What [`candidates`] reads a run into, kept from one run to the next.
#[derive(Default)]
struct Scratch {
    /// The run's digits back to back: the digits of every window are a
    /// slice of them.
    digits: Vec<u8>,
    /// Per unit of the run, and one past its end: where its digits start.
    at: Vec<usize>,
    /// The checksum of every window of `digits`.
    luhn: luhn::Windows,
    /// Per unit of the run, and one past its end: whether it is joined to
    /// the unit before by a mark ([`punct_glue`]).
    marks: Vec<bool>,
    /// The chains of the run that have another number's shape, found
    /// once a window asks (see [`Chains`]).
    chains: Chains,
    /// Per unit of the run, and one past its end: how many units before
    /// it start a date written year first ([`year_first_date`]).
    years: Vec<u32>,
}

/// The chains of units of a run that one mark joins (a dash, a dot) and
/// that have the shape of another number ([`other_shape`]): what
/// `takes_whole` (the walk, kept for the tests) looks for in a window,
/// found once for the run and not by a walk over every window (a run of
/// digits with a dash or a dot between every few has a window or more at
/// every unit).
#[derive(Default)]
struct Chains {
    /// Their first and last units, in order (both ends increase from one
    /// to the next).
    shaped: Vec<(usize, usize)>,
    /// Per unit of the run, and one past its end: the first of `shaped`
    /// that starts at it or after it.
    next: Vec<u32>,
    /// Whether they are those of the run read now.
    found: bool,
}

impl Chains {
    /// Forgets the chains found: a new run is read.
    fn forget(&mut self) {
        self.found = false;
    }

    /// Finds the chains of `run` (its marks `marks`, one per unit and one
    /// past its end).
    fn fill(&mut self, doc: &Doc<'_>, run: &Range<usize>, marks: &[bool]) {
        let units = &doc.units.units;
        self.shaped.clear();
        self.next.clear();
        // The separator that joins unit `k` to the one before, if it is
        // written punctuation.
        let punct = |k: usize| {
            let marked = k
                .checked_sub(run.start)
                .and_then(|x| marks.get(x))
                .copied()
                .unwrap_or(false);
            units.get(k).filter(|_| marked).map(|x| x.sep)
        };
        let mut k = run.start + 1;
        while k < run.end {
            let Some(sep) = punct(k) else {
                k += 1;
                continue;
            };
            // The chain of units `k - 1 ..= last` joined by `sep`, as far
            // as it goes.
            let first = k - 1;
            let mut last = k;
            while last + 1 < run.end && punct(last + 1) == Some(sep) {
                last += 1;
            }
            if punct(first) != Some(sep)
                && punct(last + 1) != Some(sep)
                && other_shape(doc, first, last)
            {
                self.shaped.push((first, last));
            }
            k = last + 1;
        }
        let mut next = 0;
        for k in run.start..=run.end {
            while self.shaped.get(next).is_some_and(|&(f, _)| f < k) {
                next += 1;
            }
            self.next.push(next as u32);
        }
    }

    /// Returns true if written units `window` of `run` (its marks
    /// `marks`) hold, whole, a chain of another number's shape and more
    /// groups besides: what `takes_whole` says of them. The run's
    /// chains are found at its first window asked.
    #[inline(never)]
    fn taken_whole(
        &mut self,
        doc: &Doc<'_>,
        (run, marks): (&Range<usize>, &[bool]),
        window: &Range<usize>,
    ) -> bool {
        if !self.found {
            self.fill(doc, run, marks);
            self.found = true;
        }
        let (i, end) = (window.start, window.end);
        let first = self.next.get(i - run.start).copied();
        // The first chain that starts in the window: any later one ends
        // later.
        match first.and_then(|j| self.shaped.get(j as usize)) {
            Some(&(first, last)) if last < end => first > i || last + 1 < end,
            _ => false,
        }
    }
}

/// Every window of `run` that is a valid card number.
fn candidates(
    doc: &Doc<'_>,
    run: Range<usize>,
    scratch: &mut Scratch,
) -> Vec<Candidate> {
    let units = &doc.units;
    let mut out = Vec::new();
    // A card has 12 digits or more: most runs are shorter.
    let total: usize = run.clone().map(|k| units.digits_of(k).len()).sum();
    if total < 12 {
        return out;
    }
    let Scratch { digits, at, luhn, marks, chains, years } = scratch;
    digits.clear();
    at.clear();
    // Room for the whole run at once: a run of digits one per line has a
    // hundred thousand units, and each table grown by doubling was copied
    // as it went.
    digits.reserve(total);
    at.reserve(run.len() + 1);
    marks.clear();
    marks.reserve(run.len() + 1);
    years.clear();
    years.reserve(run.len() + 1);
    for k in run.clone() {
        at.push(digits.len());
        digits.extend_from_slice(units.digits_of(k));
    }
    at.push(digits.len());
    marks.extend((run.start..=run.end).map(|k| punct_glue(doc, k)));
    years.push(0);
    let mut n = 0;
    for k in run.clone() {
        n += u32::from(year_first_date(doc, k));
        years.push(n);
    }
    let years = &*years;
    let marks = &*marks;
    let punct = |k: usize| match k.checked_sub(run.start) {
        Some(x) if k <= run.end => marks.get(x).copied().unwrap_or(false),
        _ => punct_glue(doc, k),
    };
    // Whether a unit after the first of window `i..end` is joined to the
    // one before it by a mark: [`takes_whole`] looks for nothing else (a
    // search of a few bytes, not a call per unit).
    let marked_inside = |i: usize, end: usize| {
        let (a, b) = (i + 1 - run.start, end - run.start);
        marks.get(a..b).is_none_or(|m| m.contains(&true))
    };
    // The run's chains, found once a window asks: most runs have none.
    chains.forget();
    // The checksums are read as far as the windows reach: most runs end at
    // a prefix no brand has, and in a long written number most units start
    // no window.
    luhn.clear();
    // Per unit of the run, and one past its end: where its digits start,
    // which is where the digits of the unit before end.
    let ends: &[usize] = at;
    // The first unit boundary at least 12 digits past the start: it only
    // moves on as the start does, so it is found once for the whole run.
    let mut first_long = 0;
    for (x, &s) in ends.iter().enumerate().take(run.len()) {
        let i = run.start + x;
        // No window from here on reaches 12 digits.
        if digits.len().saturating_sub(s) < 12 {
            break;
        }
        // The brand prefix is settled by the first four digits: a prefix
        // no brand allows has no longer one that does. Asked first: it
        // reads the run's digits alone, and rules out most starts.
        if !brand::could_start(digits.get(s..s + 4).unwrap_or_default()) {
            continue;
        }
        // Nor does a card start with an amount ("refund $12733.08"), but
        // where the card number was asked for (see [`asked_card`]).
        if units.is_homophone(i)
            || (after_currency(doc, i) && !asked_card(doc, i))
        {
            continue;
        }
        // Inside a written group a window starts only if it stands alone
        // (see [`may_cut`]): from most units of a long run none does, and
        // no window from them is tried.
        if i != run.start && !boundary(doc, i) && !opens_alone(doc, i) {
            continue;
        }
        // The brands the window's first digits allow, once for its every
        // length.
        let mut head = None;
        // A window has 19 digits at most.
        luhn.fill_to(digits, s + 19);
        // The windows of fewer than 12 digits: skipped.
        first_long = first_long.max(x + 1);
        while ends.get(first_long).is_some_and(|&e| e.saturating_sub(s) < 12) {
            first_long += 1;
        }
        for (y, &e) in ends.iter().enumerate().skip(first_long) {
            let len = e.saturating_sub(s);
            if len > 19 {
                break;
            }
            // The window is units `i..end`.
            let end = run.start + y;
            // The checksum and the brand first: they are cheap, and most
            // windows fail them (nine in ten the checksum, read before the
            // unit at the window's end).
            if !luhn.is_valid(s..e) || units.is_homophone(end - 1) {
                continue;
            }
            let window = digits.get(s..e).unwrap_or_default();
            let head = *head.get_or_insert_with(|| {
                brand::Head::new(window.get(..8).unwrap_or_default())
            });
            let Some(brand) = head.brand(len) else { continue };
            if said_twice(doc, ends, (x, y), run.start, window) {
                continue;
            }
            let window = i..end;
            let mut alone = None;
            let start_ok =
                i == run.start || may_cut(doc, i, &window, &mut alone);
            let end_ok = end == run.end
                || may_cut(doc, end, &window, &mut alone)
                || trailer(doc, end);
            // Nor does a card go on into a date written year first (the
            // time stamp of a log's next line: "ani=4045550105\n2025-12-07
            // 07:34:48|...").
            let into_date = || {
                years.get(y).zip(years.get(x + 1)).is_some_and(|(b, a)| b > a)
            };
            if start_ok && end_ok && !into_date() {
                // Only in writing: a reading mixes words and digits and
                // pauses anywhere ("... eight six, 46000, uh, 0").
                let written = !units.any_spoken(i..end);
                let written_glue = |glue: Glue| {
                    written
                        && (i + 1..end).any(|k| units.units[k].glue == glue)
                };
                // A hesitation between groups is no boundary between two
                // written numbers: looked at only where one may be.
                // Nor is a number of another shape written with dashes or
                // dots ("509-202-2671 6011 7553 8495 3181").
                let crosses = (written_glue(Glue::Loose)
                    && (i + 1..end).any(|k| {
                        units.units[k].glue == Glue::Loose
                            && !hesitates(doc, k)
                    })
                    && !fours(doc, &window))
                    || (written
                        && marked_inside(i, end)
                        && chains.taken_whole(doc, (&run, marks), &window));
                let wraps = written_glue(Glue::Line);
                let splits = written && splits(doc, &window, &run, &punct);
                out.push(Candidate {
                    units: window,
                    brand: Some(brand),
                    len,
                    crosses,
                    splits,
                    wraps,
                    alone,
                });
            }
        }
    }
    // Where a reader only paused (a comma, "uh"), a spoken card may start or
    // end inside the run only next to another card ("four one..., five five
    // ...") or, at its end, before a few digits more (an expiry, a code)
    // and then the run's end or another card: not as the tail of a longer
    // number read out ("four seven three six, five eight..."). Written
    // numbers have their own boundaries.
    if out.is_empty() {
        return out;
    }
    let n = run.end - run.start;
    let mut starts = vec![false; n + 1];
    let mut ends = vec![false; n + 1];
    for c in &out {
        starts[c.units.start - run.start] = true;
        ends[c.units.end - run.start] = true;
    }
    // From each unit: the digits up to the run's end or the next place a
    // card may start, whichever comes first. Measured to the end of the
    // run only, a card with its date and then another card ("... four,
    // one five four four, oh oh oh oh, one" "four oh oh oh ...") kept its
    // first card readable, and a second pass, the second card a tag of
    // ours, found it.
    // (A unit's digits counted from `at`, where each starts in the run's
    // digits: the units themselves are not read again.)
    let mut rest = vec![0usize; n + 1];
    for x in (0..n).rev() {
        rest[x] = if starts[x] {
            0
        } else {
            let len = match (at.get(x), at.get(x + 1)) {
                (Some(&a), Some(&b)) => b.saturating_sub(a),
                _ => 0,
            };
            rest[x + 1] + len
        };
    }
    // A sentence end ("... in twenty nineteen. 4871 ...") is more than a
    // pause.
    let paused = |k: usize| {
        let u = &units.units[k];
        u.glue == Glue::Loose
            && !ends_sentence(doc.text.get(u.glue_span.range()).unwrap_or(""))
    };
    // A run right after a number redacted before ("[EXPIRY], four nine
    // three...") is read as the tail it was before that pass.
    let after_redacted = units.units[run.start].spoken
        && doc.after_redacted(units.units[run.start].first);
    // After a restart cue ("6584 2453 (sorry) 658424 538 1943 739", "four
    // one one, no wait, four one one one..."), the number starts again.
    let restarts = |k: usize| {
        let gap = units.units[k - 1].last + 1..units.units[k].first;
        doc.tokens.get(gap).and_then(super::cue_only).is_some()
    };
    // Written units `a..b` all joined by one separator (a space, a dash, a
    // dot), after a comma or the like, and not by that separator to the
    // unit after: one number the writer wrote as a whole, after another
    // ("order #80423, 6254-4313-8743-23900", "Acct# 19307087, 5020 9589
    // 2410 243720").
    let marked_whole = |a: usize, b: usize| {
        let u = &units.units;
        let Some(sep) = u.get(a + 1).filter(|_| b > a + 1).map(|x| x.sep)
        else {
            return false;
        };
        let same = |k: usize| {
            u.get(k).is_some_and(|x| x.glue == Glue::Tight && x.sep == sep)
        };
        a > run.start
            && !units.any_spoken(a - 1..b)
            && u.get(a).is_some_and(|x| x.glue == Glue::Loose)
            && (a + 1..b).all(same)
            && (b == run.end || !same(b))
    };
    out.retain(|c| {
        let (a, b) = (c.units.start, c.units.end);
        let start_ok = (a == run.start && !after_redacted)
            || (a != run.start && (!paused(a) || restarts(a)))
            || ends[a - run.start]
            || marked_whole(a, b);
        let end_ok = b == run.end
            || !paused(b)
            || starts[b - run.start]
            || rest[b - run.start] <= 10;
        // A number that stands alone may start and end anywhere: asked
        // only when its ends would not do (most windows have no pause).
        (start_ok && end_ok)
            || c.alone.unwrap_or_else(|| stands_alone(doc, &c.units))
    });
    out
}

/// Returns true if the window of the run's units `x..y` (its digits
/// `window`; `ends[k]`, where the run's unit `k` starts in the run's
/// digits; the run starts at unit `run_start`) is one number said twice
/// with a pause or a word between: "i think it's 62148155, hold on, yes
/// 62148155" is an order number confirmed, not a card. Halves written or
/// read tightly ("4242 4242 4242 4242"), or with a hesitation alone
/// between ("4242 4242 hmm 4242 4242"), are one number.
fn said_twice(
    doc: &Doc<'_>,
    ends: &[usize],
    (x, y): (usize, usize),
    run_start: usize,
    window: &[u8],
) -> bool {
    let half = window.len() / 2;
    let (Some(a), Some(b)) = (window.get(..half), window.get(half..)) else {
        return false;
    };
    if window.len() % 2 != 0 || a != b {
        return false;
    }
    let s = ends.get(x).copied().unwrap_or(0);
    // The unit where the second half starts, after a loose glue with more
    // than a hesitation.
    (x + 1..y).any(|k| {
        ends.get(k) == Some(&(s + half))
            && doc
                .units
                .units
                .get(run_start + k)
                .is_some_and(|u| u.glue == Glue::Loose)
            && !hesitates(doc, run_start + k)
    })
}

/// Returns true if written units `window` hold, whole, a number written
/// with a dash or a dot in the groups of another kind of number (a phone
/// number, a ZIP+4, an SSN, a date) and more groups written otherwise: two
/// numbers
/// side by side, "509-202-2671 6011 7553 8495 3181", not one card.
///
/// The walk over one window; [`Chains::taken_whole`] answers the same from
/// the chains of the whole run, found once (tested equal).
#[cfg(test)]
fn takes_whole(
    doc: &Doc<'_>,
    window: &Range<usize>,
    marked: &impl Fn(usize) -> bool,
) -> bool {
    let u = &doc.units.units;
    // The separator that joins unit `k` to the one before, if it is
    // written punctuation.
    let punct = |k: usize| u.get(k).filter(|_| marked(k)).map(|x| x.sep);
    let (i, end) = (window.start, window.end);
    let mut k = i + 1;
    while k < end {
        let Some(sep) = punct(k) else {
            k += 1;
            continue;
        };
        // The chain of units `k - 1 ..= last` joined by `sep`.
        let first = k - 1;
        let mut last = k;
        while last + 1 < end && punct(last + 1) == Some(sep) {
            last += 1;
        }
        let whole = punct(first) != Some(sep) && punct(last + 1) != Some(sep);
        let more = first > i || last + 1 < end;
        if whole && more && other_shape(doc, first, last) {
            return true;
        }
        k = last + 1;
    }
    false
}

/// Returns true if written units `first ..= last`, one chain joined by a
/// dash or a dot, have the shape of another number: a phone number with
/// its area code, a ZIP+4, an SSN, a date. "5-1" or "6.035080.3" are only
/// groupings.
fn other_shape(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let mut lens = [0usize; 4];
    let n = last + 1 - first;
    for (slot, x) in lens.iter_mut().zip(first..=last) {
        *slot = doc.units.digits_of(x).len();
    }
    // The value of unit `x` of the chain, for a date's day and month.
    let value = |x: usize| {
        doc.units.digits_of(first + x).iter().fold(0u32, |v, d| {
            v.saturating_mul(10)
                .saturating_add(u32::from(d.saturating_sub(b'0')))
        })
    };
    let day_month = |a: u32, b: u32| {
        (1..=31).contains(&a) && (1..=31).contains(&b) && (a <= 12 || b <= 12)
    };
    match lens.get(..n) {
        // Not a local phone number, 3-4: any grouping may end so.
        Some([3, 3, 4] | [1, 3, 3, 4] | [5, 4] | [3, 2, 4]) => true,
        // A date only with a month and a day ("2024-07-15"), not any
        // groups of its lengths ("9406-07-75").
        Some([4, 2, 2]) => day_month(value(1), value(2)),
        Some([2, 2, 4] | [1, 2, 4] | [2, 1, 4] | [1, 1, 4]) => {
            day_month(value(0), value(1))
        }
        _ => false,
    }
}

/// Returns true if unit `k` is joined to the unit before by written
/// punctuation (a dash, a dot), not by white space alone, of any kind
/// (`\u{a0}`, a zero-width space).
fn punct_glue(doc: &Doc<'_>, k: usize) -> bool {
    let u = &doc.units.units;
    let (Some(prev), Some(x)) =
        (k.checked_sub(1).and_then(|p| u.get(p)), u.get(k))
    else {
        return false;
    };
    x.glue == Glue::Tight
        && doc
            .tokens
            .get(prev.last + 1..x.first)
            .is_some_and(|g| g.iter().any(|t| t.tok != Tok::Space))
}

/// Returns true if written units `window` of `run` take the edge group of
/// a number written with other separators next to it: the window's first
/// unit is joined to the one before by a dash or a dot and to the next
/// one by something else ("555-[1234 4111 ...]"), or its last unit so to
/// the one after ("[... 1111 5555]-0123"), or an edge group goes on into
/// a time or a date.
fn splits(
    doc: &Doc<'_>,
    window: &Range<usize>,
    run: &Range<usize>,
    punct: &impl Fn(usize) -> bool,
) -> bool {
    let units = &doc.units;
    let differs = |a: usize, b: usize| {
        units.units.get(b).is_none_or(|u| {
            u.glue != Glue::Tight
                || units.units.get(a).is_none_or(|x| x.sep != u.sep)
        })
    };
    let (i, end) = (window.start, window.end);
    (i > run.start && i + 1 < end && punct(i) && differs(i, i + 1))
        || (end < run.end
            && end > i + 1
            && punct(end)
            && differs(end, end - 1))
        // The edge group goes on into a time or a date past the run:
        // "3676.8598.5446.25\n[00]:00:49".
        || (end > i + 1 && doc.punct_around(end - 1, true, &['/', ':']))
        || (i + 1 < end && doc.punct_around(i, false, &['/', ':']))
}

/// Returns true if the glue before unit `k` holds a speaker's hesitation
/// and no other word ("6011 6881, uh, 3736"): one number read out with a
/// pause, not two written numbers side by side ("3903447, 6266 ...").
fn hesitates(doc: &Doc<'_>, k: usize) -> bool {
    let Some(glue) =
        doc.units.units.get(k).and_then(|u| doc.text.get(u.glue_span.range()))
    else {
        return false;
    };
    let mut words = glue
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some()
        && words.all(|w| {
            lexicon::get(lexicon::lookup(w)).is_some_and(|l| l.filler)
        })
}

/// Returns true if units `window` are four written groups of four digits,
/// as a card is printed, read with a pause at a comma ("4278 5562, 0000
/// 1234"): one number, not two side by side.
fn fours(doc: &Doc<'_>, window: &Range<usize>) -> bool {
    let units = &doc.units.units;
    window.len() == 4
        && window.clone().all(|k| {
            units.get(k).is_some_and(|u| u.digits.len() == 4 && !u.spoken)
        })
        && (window.start + 1..window.end).all(|k| {
            units.get(k).is_some_and(|u| {
                u.glue != Glue::Loose
                    || doc.text.get(u.glue_span.range()) == Some(", ")
            })
        })
}

/// Returns true if `glue` holds a full stop, `?` or `!` followed by a space.
fn ends_sentence(glue: &str) -> bool {
    let g = glue.trim_start();
    (g.starts_with('.') || g.starts_with('?') || g.starts_with('!'))
        && !g.starts_with("..")
        && g.len() > 1
}

/// Returns true if the written groups from `end` on may be cut off a card:
/// a CVV or an expiry typed right after the number after a space ("4111
/// 1111 1111 1111 123"), one or two groups of at most four digits. Spoken
/// digits are never cut this way: without a pause, "... zero | three one
/// nine" is as likely one long number as a card and a code.
fn trailer(doc: &Doc<'_>, end: usize) -> bool {
    let units = &doc.units;
    let glue = units.units[end].glue_span;
    if units.units[end - 1].spoken
        || !doc
            .text
            .get(glue.range())
            .is_some_and(|g| g.chars().all(char::is_whitespace))
    {
        return false;
    }
    let mut k = end;
    while k < units.units.len() && (k == end || units.cuts(k)) {
        if units.units[k].spoken
            || units.digits_of(k).len() > 4
            || k - end >= 2
        {
            return false;
        }
        k += 1;
    }
    true
}

/// Picks disjoint candidates covering the most digits within written
/// numbers, then the most digits (ties: the most within lines, fewer
/// candidates, then the ones that cover whole runs): "3903447, 6266 4070 8546 0007" is an order
/// number and a card, not a 19-digit Diners Club card and "0007".
///
/// Taking away candidates it did not pick changes nothing: it picks the
/// same ones among any of `candidates` (in their order) that hold them.
/// Each pick is the first option that reaches the best score at its end
/// (a later one must beat it), its score is made of the picks before it
/// only, and taking options away lowers no score of those and raises no
/// other. So the cards chosen among all the candidates of a run are the
/// best of those hidden when they are all hidden, whatever the others are.
fn best(
    candidates: &[Candidate],
    run: Range<usize>,
    tables: &mut BestTables,
) -> Vec<Candidate> {
    if candidates.is_empty() {
        return Vec::new();
    }
    let n = run.end - run.start;
    let BestTables { score, from, first, by_end } = tables;
    // A table big enough for the run is reused, cleared; a bigger one is
    // allocated zeroed at once, as the memory comes.
    fn fresh<T: Clone>(v: &mut Vec<T>, len: usize, zero: T) {
        if v.capacity() < len {
            *v = vec![zero; len];
        } else {
            v.clear();
            v.resize(len, zero);
        }
    }
    // A table written in order is emptied, with room for `len` (a new
    // one, not grown: growing copies what it held).
    fn room<T>(v: &mut Vec<T>, len: usize) {
        v.clear();
        if v.capacity() < len {
            *v = Vec::with_capacity(len);
        }
    }
    // score[k]: the best over the first k units of the run; from[k]: the
    // candidate that ends there, if used. Pushed in order, once each: not
    // zeroed first (a run of digits one per line has a hundred thousand
    // units).
    room(score, n + 1);
    room(from, n + 1);
    score.push((0, 0, 0, 0));
    from.push(None);
    // The candidates by where they end, in their order for the same end
    // (a counting sort: the ends lie in the run).
    let slot = |c: &Candidate| c.units.end.saturating_sub(run.start).min(n);
    fresh(first, n + 2, 0);
    for c in candidates {
        first[slot(c) + 1] += 1;
    }
    for k in 1..first.len() {
        first[k] += first[k - 1];
    }
    fresh(by_end, candidates.len(), 0);
    for (ci, c) in candidates.iter().enumerate() {
        let at = &mut first[slot(c)];
        by_end[*at] = ci;
        *at += 1;
    }
    let mut next = 0;
    for k in 1..=n {
        let mut best = score[k - 1];
        let mut best_from = None;
        while let Some(&ci) = by_end.get(next) {
            let c = &candidates[ci];
            if c.units.end > run.start + k {
                break;
            }
            next += 1;
            if c.units.end < run.start + k {
                continue;
            }
            let s = score[c.units.start - run.start];
            let whole = c.units == run;
            let inside = if c.crosses || c.splits { 0 } else { c.len };
            let in_line = if c.wraps { 0 } else { c.len };
            let cand = (
                s.0 + inside,
                s.1 + c.len,
                s.2 + in_line,
                s.3 - 1 + i64::from(whole),
            );
            if cand > best {
                best = cand;
                best_from = Some(ci);
            }
        }
        score.push(best);
        from.push(best_from);
    }
    let mut out = Vec::new();
    let mut k = n;
    while k > 0 {
        match from[k] {
            Some(ci) => {
                out.push(candidates[ci].clone());
                k = candidates[ci].units.start - run.start;
            }
            None => k -= 1,
        }
    }
    out.reverse();
    out
}

/// The tables [`best`] fills for a run, kept from one run to the next (a
/// text has thousands of runs; a run of digits one per line may hold a
/// hundred thousand units).
#[derive(Default)]
struct BestTables {
    score: Vec<(usize, usize, usize, i64)>,
    from: Vec<Option<usize>>,
    first: Vec<usize>,
    by_end: Vec<usize>,
}

/// The second pass: in card context, a run of card length that is no valid
/// card is a misheard or mistyped one. The whole run when it is short
/// enough, else its longest start that is, cut where the run may be cut
/// (the rest may be an expiry date or a code).
/// Where the context says card and a run of card length holds only a
/// short valid window (12 to 14 digits: "4246 [6675 3838 6844] 0", a
/// Maestro by chance inside a mistyped 17-digit number) with digits before
/// it, or after it in the same written groups, the run is the card, not
/// the window: returns the whole run and why, if its evidence says hide.
/// A window of 15 digits or more is a card of its own ("Card 1 4111 1111
/// 1111 1111").
fn short_inside(
    doc: &Doc<'_>,
    chosen: &[Candidate],
    run: &Range<usize>,
) -> Option<(Candidate, String)> {
    if chosen.is_empty() || chosen.iter().any(|c| c.len >= 15) {
        return None;
    }
    let len: usize = run.clone().map(|k| doc.units.digits_of(k).len()).sum();
    let covered: usize = chosen.iter().map(|c| c.len).sum();
    if covered == len
        || !CONTEXT_LENGTHS.contains(&len)
        || doc.amount(run.clone())
    {
        return None;
    }
    // Digits left over after the window are the same number only when the
    // writer went on with the same separator ("5052 0802 4800 1813"), not
    // an expiry or a code after a card ("3000-947385-2817 05/31 897",
    // "4592939552354, 09/32, 153").
    let first =
        chosen.iter().map(|c| c.units.start).min().unwrap_or(run.start);
    let last = chosen.iter().map(|c| c.units.end).max().unwrap_or(run.end);
    let goes_on = last < run.end
        && doc.units.units[last].glue == Glue::Tight
        && !doc.units.separator_changes(last)
        && !(last + 1 == run.end && month_of_date(doc, last));
    // Nor when the whole run is a valid card of its brand's length, which
    // one in ten runs of that length is by chance: "411 91 69394
    // 5.1-1-8617.5 7", a 19-digit Visa with its separators changing,
    // whose first 13 digits pass as a Visa of their own. Within one line:
    // a run that goes on into the next line's time ("3676.8598.5446.25\n
    // 00:00:49") is two numbers, valid together or not.
    let whole = || {
        let units = &doc.units.units;
        if (run.start + 1..run.end).any(|k| units[k].glue == Glue::Line) {
            return None;
        }
        let digits = doc.digits(run.clone());
        crate::validate::brand::of_bytes(&digits)
            .filter(|_| crate::validate::luhn::is_valid_bytes(&digits))
    };
    let brand = match first == run.start && !goes_on {
        true => Some(whole()?),
        false => None,
    };
    let c = Candidate { brand, ..Candidate::plain(run.clone(), len) };
    let e = evidence(doc, &c, (run, len), &[]);
    match decide(&e) {
        Decision::Hide(reason)
            if e.near.is_some() || e.card_asked || e.read_back =>
        {
            Some((c, reason.text()))
        }
        _ => None,
    }
}

/// Returns true if unit `k` starts a date written year first, "2025-12-07",
/// "2026/01/31": a year of 19xx or 20xx, then a month and a day, each after
/// the same dash, slash or dot, all written, and not joined to the unit
/// before by that mark.
fn year_first_date(doc: &Doc<'_>, k: usize) -> bool {
    let units = &doc.units;
    // Most units are no year: four digits, 19.. or 20.., read first.
    let year = units.digits_of(k);
    if year.len() != 4 || !matches!(year, [b'1', b'9', ..] | [b'2', b'0', ..])
    {
        return false;
    }
    let (Some(y), Some(m), Some(d)) =
        (units.units.get(k), units.units.get(k + 1), units.units.get(k + 2))
    else {
        return false;
    };
    let glue = |u: &super::units::Unit| {
        doc.text.get(u.glue_span.range()).unwrap_or("")
    };
    let value = |i: usize| {
        let digits = units.digits_of(i);
        (1..=2).contains(&digits.len()).then(|| {
            digits.iter().fold(0u32, |n, &b| n * 10 + u32::from(b - b'0'))
        })
    };
    let sep = glue(m);
    matches!(sep, "-" | "/" | ".")
        && glue(d) == sep
        && glue(y) != sep
        && m.glue == Glue::Tight
        && d.glue == Glue::Tight
        && !(y.spoken || m.spoken || d.spoken)
        && value(k + 1).is_some_and(|v| (1..=12).contains(&v))
        && value(k + 2).is_some_and(|v| (1..=31).contains(&v))
}

/// Returns true if unit `i` is the month of a date that goes on after a
/// slash: "3821 205788 9369 09/28" is a card and its expiry, the "09" no
/// digits of the card.
fn month_of_date(doc: &Doc<'_>, i: usize) -> bool {
    let u = &doc.units.units[i];
    let month = doc.units.digits_of(i);
    let is_month = matches!(
        month,
        [b'1'..=b'9'] | [b'0', b'1'..=b'9'] | [b'1', b'0'..=b'2']
    );
    let slash =
        doc.tokens.get(u.last + 1).is_some_and(|t| t.tok == Tok::Punct('/'));
    let year = doc.tokens.get(u.last + 2).is_some_and(|t| {
        t.tok == Tok::Digits && matches!(t.span().len(), 2 | 4)
    });
    !u.spoken && is_month && slash && year
}

/// Whether unit `i` comes right after a currency symbol: an amount.
fn after_currency(doc: &Doc<'_>, i: usize) -> bool {
    let first = doc.units.units[i].first;
    first
        .checked_sub(1)
        .and_then(|k| doc.tokens.get(k))
        .is_some_and(|t| matches!(t.tok, Tok::Punct('$' | '£' | '€' | '¥')))
}

/// Whether unit `i`, after a currency symbol, is a group of four digits a
/// recogniser wrote as an amount ("thirty six twelve" as "$36.12 five
/// three three ..."), in a turn that answers the other speaker's question
/// for the card number, not answered yet: a card read there may start
/// with it. An amount of another shape ("refund $12733.08") starts none.
fn asked_card(doc: &Doc<'_>, i: usize) -> bool {
    let units = &doc.units;
    let (Some(u), Some(cents)) = (units.units.get(i), units.units.get(i + 1))
    else {
        return false;
    };
    let four = !u.spoken
        && !cents.spoken
        && (1..=2).contains(&units.digits_of(i).len())
        && units.digits_of(i + 1).len() == 2
        && cents.glue_span.of(doc.text) == ".";
    four && doc
        .questions
        .get(u.turn)
        .copied()
        .flatten()
        .is_some_and(|(q, answered)| !answered && q.label.cat == Cat::Card)
}

fn misheard(doc: &mut Doc<'_>) {
    for run in doc.free_runs().iter().cloned() {
        let mut window = None;
        let mut len = 0;
        for end in run.start + 1..=run.end {
            len += doc.units.digits_of(end - 1).len();
            if len >= CONTEXT_LENGTHS.end {
                break;
            }
            let cut_ok = end == run.end
                || !doc.units.cuts(end)
                || doc.units.separator_changes(end)
                || trailer(doc, end);
            if CONTEXT_LENGTHS.contains(&len) && cut_ok {
                window = Some((run.start..end, len));
            }
        }
        let Some((units, len)) = window else { continue };
        if doc.amount(units.clone()) {
            continue;
        }
        let c = Candidate {
            units,
            brand: None,
            len,
            crosses: false,
            splits: false,
            wraps: false,
            alone: None,
        };
        let run_digits =
            run.clone().map(|k| doc.units.digits_of(k).len()).sum();
        let e = evidence(doc, &c, (&run, run_digits), &[]);
        if let Decision::Hide(reason) = decide(&e) {
            doc.take(Kind::Card, c.units, reason.text(), None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    /// A small random source for the tests: `next(n)` is below `n`.
    fn xorshift(seed: u64) -> impl FnMut(u64) -> usize {
        let mut state = seed;
        move |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n) as usize
        }
    }

    /// What [`detect`] rests on: [`best`] of candidates that hold all it
    /// picked among more picks the same ones. Random windows over random
    /// runs, with equal scores common (few lengths, few flags).
    #[test]
    fn taking_away_candidates_not_picked_changes_no_pick() {
        let mut next = xorshift(0x2545_F491_4F6C_DD1D);
        let mut tables = BestTables::default();
        for _ in 0..3_000 {
            let start = next(5);
            let run = start..start + 1 + next(20);
            let mut all = Vec::new();
            for a in run.clone() {
                for b in a + 1..=run.end {
                    if next(3) == 0 {
                        all.push(Candidate {
                            units: a..b,
                            brand: None,
                            len: 12 + next(3) * 2,
                            crosses: next(4) == 0,
                            splits: next(6) == 0,
                            wraps: next(4) == 0,
                            alone: None,
                        });
                    }
                }
            }
            let chosen = best(&all, run.clone(), &mut tables);
            let key = |c: &Candidate| (c.units.start, c.units.end);
            let picked: Vec<_> = chosen.iter().map(key).collect();
            for _ in 0..4 {
                let some: Vec<Candidate> = all
                    .iter()
                    .filter(|c| picked.contains(&key(c)) || next(2) == 0)
                    .cloned()
                    .collect();
                let again = best(&some, run.clone(), &mut tables);
                assert_eq!(again.iter().map(key).collect::<Vec<_>>(), picked);
            }
        }
    }

    /// [`Chains`] answers what the walk over each window answered
    /// ([`takes_whole`]), for every window of up to 19 units of random
    /// runs of groups joined by dashes, dots, slashes, spaces, commas and
    /// line breaks.
    #[test]
    fn chains_are_the_walks_over_each_window() {
        let mut next = xorshift(0x9E37_79B9_7F4A_7C15);
        const SEPS: &[&str] =
            &[" ", "-", ".", "-", ".", "/", ", ", "\n", " - ", " uh ", "  "];
        let mut chains = Chains::default();
        let (mut windows, mut taken) = (0, 0);
        for _ in 0..1_000 {
            let mut text = String::from("ref ");
            for g in 0..2 + next(14) {
                if g > 0 {
                    text.push_str(SEPS[next(SEPS.len() as u64)]);
                }
                for _ in 0..1 + next(5) {
                    text.push(char::from(b'0' + next(10) as u8));
                }
            }
            let doc = Doc::new(&text);
            for run in doc.units.runs() {
                let marks: Vec<bool> = (run.start..=run.end)
                    .map(|k| punct_glue(&doc, k))
                    .collect();
                let punct = |k: usize| match k.checked_sub(run.start) {
                    Some(x) if k <= run.end => marks[x],
                    _ => punct_glue(&doc, k),
                };
                chains.forget();
                for i in run.clone() {
                    for end in i + 1..=run.end.min(i + 19) {
                        let window = i..end;
                        let walked = takes_whole(&doc, &window, &punct);
                        assert_eq!(
                            chains.taken_whole(&doc, (&run, &marks), &window),
                            walked,
                            "{text:?} {window:?}"
                        );
                        windows += 1;
                        taken += usize::from(walked);
                    }
                }
            }
        }
        assert!(windows > 10_000 && taken > 100, "{windows} {taken}");
    }

    #[test]
    fn one_edit_is_one_keystroke() {
        let card = b"4988396950823054";
        for (other, yes) in [
            (&b"498839695083054"[..], true), // one digit dropped
            (b"4988396950823054", false),    // the same
            (b"4988396950823055", true),     // the last changed
            (b"5988396950823054", true),     // the first changed
            (b"4988396950828354", false),    // changed twice
            (b"4988396905823054", true),     // two neighbours swapped
            (b"49883969508230547", true),    // one added at the end
            (b"04988396950823054", true),    // one added at the start
            (b"49883969508230", false),      // two dropped
            (b"4988396950832045", false),    // swapped apart
            (b"", false),
        ] {
            let got = one_edit(card, other);
            assert_eq!(got, yes, "{}", String::from_utf8_lossy(other));
            assert_eq!(one_edit(other, card), yes);
        }
    }

    fn label(cat: Cat, lengths: (u8, u8)) -> Option<Label> {
        Some(Label { cat, span: Span::new(0, 4), first: 0, last: 0, lengths })
    }

    fn valid() -> Evidence {
        Evidence {
            len: 16,
            whole: 16,
            brand: Some(Brand::Visa),
            form: Form::Block,
            spoken: false,
            turns: 1,
            near: None,
            column: false,
            question: None,
            answered: false,
            card_asked: false,
            read_back: false,
            partial: false,
            phone_shaped: false,
            phone: false,
            iban: false,
            url: false,
            intl_phone: false,
        }
    }

    fn hidden(e: &Evidence) -> bool {
        matches!(decide(e), Decision::Hide(_))
    }

    /// The reason `decide` gives for hiding `e`, written out.
    fn reason(e: &Evidence) -> String {
        match decide(e) {
            Decision::Hide(r) => r.text(),
            Decision::Keep(why) => panic!("kept: {why}"),
        }
    }

    #[test]
    fn numbers_in_reasons_are_written_in_decimal() {
        for n in [0, 1, 9, 10, 16, 19, 99, 100, 12345, usize::MAX] {
            let mut s = String::from("x");
            push_number(&mut s, n);
            assert_eq!(s, format!("x{n}"));
        }
        let r = Reason::Context {
            why: "card label",
            len: 15,
            spoken: true,
            turns: 3,
        };
        assert_eq!(
            r.text(),
            "card label; 15 digits, Luhn fails: likely misheard, read over 3 turns"
        );
    }

    #[test]
    fn a_valid_card_is_hidden_with_its_brand() {
        assert_eq!(reason(&valid()), "Visa, 16 digits, Luhn ok");
    }

    #[test]
    fn another_label_wins_only_when_the_number_fits_it() {
        let order = label(Cat::Other, (0, u8::MAX));
        let phone = label(Cat::Other, (7, 12));
        assert!(!hidden(&Evidence { near: order, ..valid() }));
        // Grouped as on a card: hidden all the same.
        assert!(hidden(&Evidence {
            near: order,
            form: Form::CardGroups,
            ..valid()
        }));
        // Fifteen digits are no phone number.
        assert!(hidden(&Evidence { near: phone, len: 15, ..valid() }));
        assert!(hidden(&Evidence { question: phone, len: 15, ..valid() }));
        assert!(!hidden(&Evidence { question: order, ..valid() }));
        // A window of a longer number grouped in fours, the whole of which
        // fits the label (a 20-digit ICCID): no card; nor where only the
        // window would fit a label of another length.
        let iccid = label(Cat::Other, (18, 22));
        let grouped = Evidence {
            form: Form::CardGroups,
            partial: true,
            whole: 20,
            ..valid()
        };
        assert!(!hidden(&Evidence { near: iccid, ..grouped.clone() }));
        assert!(!hidden(&Evidence { question: iccid, ..grouped.clone() }));
        assert!(hidden(&Evidence { near: phone, ..grouped.clone() }));
        assert!(hidden(&grouped));
    }

    #[test]
    fn an_invalid_number_is_hidden_only_in_card_context() {
        let invalid = Evidence { brand: None, len: 16, ..valid() };
        assert!(!hidden(&invalid));
        let card = label(Cat::Card, (0, u8::MAX));
        assert_eq!(
            reason(&Evidence { near: card, ..invalid.clone() }),
            "after a card label; 16 digits, Luhn fails: likely mistyped"
        );
        assert_eq!(
            reason(&Evidence {
                question: card,
                card_asked: true,
                spoken: true,
                form: Form::Spoken,
                len: 15,
                turns: 2,
                ..invalid.clone()
            }),
            "card number asked for; 15 digits, Luhn fails: likely misheard, \
             read over 2 turns"
        );
        // Too short or too long for a card, even after "card".
        assert!(!hidden(&Evidence { near: card, len: 10, ..invalid.clone() }));
        assert!(!hidden(&Evidence { near: card, len: 25, ..invalid }));
    }

    #[test]
    fn structure_vetoes_win() {
        assert!(!hidden(&Evidence { iban: true, ..valid() }));
        assert!(!hidden(&Evidence { url: true, ..valid() }));
        assert!(!hidden(&Evidence { phone_shaped: true, ..valid() }));
    }

    #[test]
    fn card_groupings() {
        assert!(card_groups(&[4, 4, 4, 4]));
        assert!(card_groups(&[4, 4, 4, 1]));
        assert!(card_groups(&[4, 6, 5]));
        assert!(!card_groups(&[16]));
        assert!(!card_groups(&[4, 4]));
        assert!(!card_groups(&[5, 3, 2, 4, 2]));
    }

    /// What [`split_fields`] reads as a form's keys: short, a letter, the
    /// field's number left out; the first value after the same key.
    #[test]
    fn field_keys() {
        assert!(field_key("&cc2="));
        assert!(field_key("\nCard number (2): "));
        assert!(!field_key("&&"), "no letter");
        assert!(!field_key("\n\n\nx "), "three line breaks");
        assert!(!field_key(" ext 123 "), "a number of its own");
        assert!(same_key("&cc2=", "&cc13="));
        assert!(!same_key("&cc2=", "&cd2="));
        assert!(keyed_first("POST /pay?cc1=", "&cc2="));
        assert!(keyed_first("Card number (1): ", "\nCard number (2): "));
        assert!(!keyed_first("card number ", "\n\nOrder "));
        assert!(!keyed_first(
            "Agent: Card number?\nCustomer: ",
            "\nAgent: And the expiration?\nCustomer: "
        ));
        let text = b"cc1=4539&cc2=1488 is 4539 or 1488";
        assert!(same_end(text, Some((4, 8)), Some((13, 17))));
        assert!(!same_end(text, Some((21, 25)), Some((29, 33))));
        assert!(!same_end(text, Some((2, 8)), Some((13, 17))), "too early");
    }

    /// What [`opens_alone`] rests on: card groups start with a group of
    /// four.
    #[test]
    fn card_groups_open_with_four() {
        let mut lens = Vec::new();
        for n in 0..6u32 {
            for code in 0..14usize.pow(n) {
                lens.clear();
                let mut c = code;
                for _ in 0..n {
                    lens.push(c % 14 + 1);
                    c /= 14;
                }
                if card_groups(&lens) {
                    assert_eq!(lens.first(), Some(&4), "{lens:?}");
                }
            }
        }
    }
}
