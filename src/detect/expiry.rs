//! Expiry dates: a month and a year next to a card or after a label ("exp",
//! "expires", "valid thru"), in answer to "when does it expire?", or said
//! next in order after the card ([`Doc::next_in_order`]).
//!
//! Forms: `09/27`, `9/27`, `09/2027`, `09-27`, `02 / 31`, `0927`, "September
//! 2027", "Sep '27", "apr/30", "February of twenty twenty nine", "oh nine twenty
//! seven", "nine thirty two" (9/32). A date with a day (`12/04/1951`,
//! "April 18, 2023") is never an expiry.

use std::ops::Range;

use super::lexicon::{self, Cat, Num};
use super::token::{Tok, Token};
use super::units::Glue;
use super::{Ctx, Doc, Marks, table};
use crate::finding::Kind;
use crate::span::Span;

pub(super) fn detect(doc: &mut Doc<'_>) {
    // The turns where a card ends: an expiry date may come next, in order
    // (see [`Doc::next_in_order`]).
    let cards = doc.marks(&[Kind::Card]);
    numeric(doc, &cards, 0..doc.units.units.len());
    let words = doc.labels.month_words.clone();
    let named = doc.drafts.len();
    let left = months(doc, &cards, words.into_iter(), false);
    after_named(doc, &cards, named);
    year_first(doc);
    with_units(doc, &cards);
    date_then_code(doc);
    date_and_code(doc);
    compact(doc, &cards);
    apart(doc);
    in_columns(doc);
    asked_apart(doc);
    year_after_label(doc);
    track(doc);
    // A month named in the read-back of a date said in digits ("one two two
    // eight" "okay, december twenty eight"), or in its correction ("oh
    // eight twenty... wait, March twenty twenty seven"): once those are
    // found.
    months(doc, &cards, left.into_iter(), true);
    leading_oh(doc);
}

/// Widens each expiry date that starts with a one-digit month back over
/// the "or", "our" or "of" just before it: a recogniser's "oh" ("our 9
/// slash 2033", "or 5 27" for "oh five twenty seven"), the month's zero.
/// Not after another number ("4/27 or 5/27" offers two dates), nor "as
/// of".
fn leading_oh(doc: &mut Doc<'_>) {
    let toks = &doc.tokens;
    let mut widen = Vec::new();
    for (d, draft) in doc.drafts.iter().enumerate() {
        let Some(part) = draft.parts.first() else { continue };
        if draft.kind != Kind::Expiry {
            continue;
        }
        let k = toks.partition_point(|t| t.span().start < part.start);
        let one_digit = toks.get(k).is_some_and(|t| {
            (t.tok == Tok::Digits && t.span().len() == 1)
                || lexicon::get(t.word)
                    .is_some_and(|l| matches!(l.num, Some(Num::Digit(1..=9))))
        });
        // "of" too, but for "as of 9/29".
        let as_of = k >= 4
            && toks[k - 4].span().of(doc.text).eq_ignore_ascii_case("as");
        let oh = k >= 2
            && toks[k - 1].tok == Tok::Space
            && toks[k - 2].tok == Tok::Word
            && lexicon::get(toks[k - 2].word).is_some_and(|l| {
                matches!(l.word, "or" | "our") || (l.word == "of" && !as_of)
            });
        let after_number = k >= 4
            && toks[k - 3].tok == Tok::Space
            && (toks[k - 4].tok == Tok::Digits
                || lexicon::get(toks[k - 4].word)
                    .is_some_and(|l| l.num.is_some()));
        if one_digit && oh && !after_number {
            widen.push((d, toks[k - 2].span().start));
        }
    }
    for (d, start) in widen {
        if let Some(part) = doc.drafts[d].parts.first_mut() {
            *part = Span::new(start, part.end);
        }
    }
}

/// A month and a year given apart, each after its own label, as payment
/// records and forms keep them: `exp_month = 09`, `exp_year = 2027` (a
/// card object of a payment API exported as JSON), "expiry month: 9, year:
/// 27", "exp mo 06 yr 2031", "Expiration Month: September" then
/// "Expiration Year: 2030". The month (in digits or by name) follows a
/// label that names an expiry and a word for month; the year comes next, a
/// few tokens on, after a word that names a year and no other digits. One
/// expiry of two parts.
fn apart(doc: &mut Doc<'_>) {
    // Months in digits, written or said ("expiration month twelve okay and
    // the year its twenty twenty nine"): the first number after an expiry
    // label (`apart_at` checks the label again, with its word for month),
    // so that the work is the labels', not every number's...
    let after_labels: Vec<usize> = doc
        .labels
        .all()
        .iter()
        .filter(|l| l.cat == Cat::Expiry)
        .map(|l| doc.units.units.partition_point(|u| u.first <= l.last))
        .collect();
    // ... and the first after a card, which a form's "MM" field may
    // follow with no expiry label (see `apart_at`).
    // (The cards are in text order: each unit is searched for from the
    // last card's, see `near`.)
    let mut candidates = after_labels;
    let mut hint = 0;
    candidates.extend(doc.cards.iter().filter_map(|&(last, _)| {
        let m = super::near::partition_near(&doc.units.units, hint, |u| {
            u.first <= last
        });
        hint = m;
        let u = doc.units.units.get(m)?;
        month_field(doc, u.first).then_some(m)
    }));
    candidates.sort_unstable();
    candidates.dedup();
    for m in candidates {
        let Some(u) = doc.units.units.get(m) else { continue };
        let md = doc.units.digits_of(m);
        if md.len() > 2 || doc.taken[m].is_some() {
            continue;
        }
        let (first, last, span, turn) = (u.first, u.last, u.span, u.turn);
        let Some(y_last) = year_may_follow(doc, m + 1, last) else {
            continue;
        };
        let month = (first..last, span, md.to_vec(), m..m + 1);
        apart_at(doc, month, y_last, turn);
    }
    // ... and by name ("Expiration Month: September", then "Expiration
    // Year: 2030" in a form).
    for w in doc.labels.month_words.clone() {
        let Some(t) = doc.tokens.get(w) else { continue };
        let Some(month) = lexicon::get(t.word).and_then(|l| l.month) else {
            continue;
        };
        let span = t.span();
        // No units of its own: an empty range where the year's would be.
        let at = doc.units.units.partition_point(|u| u.first <= w);
        let Some(y_last) = year_may_follow(doc, at, w) else { continue };
        let Some(turn) = doc.layout.turn_at(span.start) else { continue };
        let digits = format!("{month:02}").into_bytes();
        apart_at(doc, (w..w, span, digits, at..at), y_last, turn);
    }
}

/// A month and a year in two columns of a table side by side, each under
/// a header naming the expiry (`exp_month,exp_year` over `02,2032`, a
/// payment export as CSV): one expiry of two parts, as [`apart`] reads
/// them written one after the other.
fn in_columns(doc: &mut Doc<'_>) {
    let expiry =
        |c: &table::Cell| c.label.is_some_and(|l| l.cat == Cat::Expiry);
    // The one unit that fills a cell, if free.
    let alone = |doc: &Doc<'_>, c: &table::Cell| {
        let units = &doc.units.units;
        let k = units.partition_point(|u| u.span.start < c.span.start);
        let u = units.get(k)?;
        let inside = |u: &super::units::Unit| u.span.end <= c.span.end;
        let next_outside =
            units.get(k + 1).is_none_or(|n| n.span.start >= c.span.end);
        let fills = c.span.of(doc.text).trim() == u.span.of(doc.text);
        (inside(u)
            && next_outside
            && fills
            && !u.spoken
            && doc.taken.get(k).is_some_and(Option::is_none))
        .then_some(k)
    };
    for i in 1..doc.cells.len() {
        let (Some(a), Some(b)) = (doc.cells.get(i - 1), doc.cells.get(i))
        else {
            continue;
        };
        if a.row_start != b.row_start || !expiry(a) || !expiry(b) {
            continue;
        }
        let (Some(m), Some(y)) = (alone(doc, a), alone(doc, b)) else {
            continue;
        };
        let (md, yd) = (doc.units.digits_of(m), doc.units.digits_of(y));
        if y != m + 1
            || md.len() > 2
            || !matches!(yd.len(), 2 | 4)
            || !valid(number(md), number(yd), yd.len(), true)
        {
            continue;
        }
        let mut digits = md.to_vec();
        digits.extend_from_slice(yd);
        let units = &doc.units.units;
        let (Some(mu), Some(yu)) = (units.get(m), units.get(y)) else {
            continue;
        };
        // Two parts: the comma between the cells stays.
        let parts = vec![mu.span, yu.span];
        let end = yu.last;
        doc.take_span(
            Kind::Expiry,
            parts,
            end,
            std::slice::from_ref(&(m..y + 1)),
            digits,
            "Expiry: month and year in the columns of an expiry".to_string(),
        );
    }
}

/// The most tokens from the month to the year in [`apart`]: "\n\nexp
/// year = ", "' \\\n  -d 'card\[exp_year\]=" (a form posted with curl).
const MAX_APART: usize = 20;

/// The tokens read back from a month's value for its form field's name
/// ("MM", "Month"), over spaces, line breaks and a colon.
const FIELD_REACH: usize = 4;

/// The most tokens from the end of a card to the month's value of a form
/// field that has no expiry label ("Card number\n4111...\nMM\n11"): a
/// line or two of the form between them.
const CARD_TO_FIELD: usize = 24;

/// [`MAX_APART`] for a year said: "twelve okay and the year its twenty".
const MAX_APART_SAID: usize = 16;

/// The last unit of a year that may start at unit `y`, a few tokens after
/// token `last` (a month's last): 2 or 4 digits written, or said ("twenty
/// nine", "twenty twenty nine"), not taken. The cheap test [`apart`] makes
/// before reading labels.
fn year_may_follow(doc: &Doc<'_>, y: usize, last: usize) -> Option<usize> {
    let units = &doc.units;
    let yu = units.units.get(y)?;
    let free = |k: usize| doc.taken.get(k).is_some_and(Option::is_none);
    let d = units.digits_of(y);
    let reach = if yu.spoken { MAX_APART_SAID } else { MAX_APART };
    if !free(y) || yu.first.saturating_sub(last) > reach {
        return None;
    }
    match (d.len(), yu.spoken) {
        (2 | 4, false) => Some(y),
        (2, true) => {
            // "twenty twenty nine": "20", then two digits said.
            let then = units.units.get(y + 1).filter(|n| {
                d == b"20"
                    && n.glue == Glue::Tight
                    && n.spoken
                    && units.digits_of(y + 1).len() == 2
                    && free(y + 1)
            });
            Some(if then.is_some() { y + 1 } else { y })
        }
        _ => None,
    }
}

/// [`apart`] for a month (its tokens, first to last, `span`, its digits
/// and units) and the year after it, up to unit `y_last` (which
/// [`year_may_follow`] allowed): takes both if both follow their labels.
fn apart_at(
    doc: &mut Doc<'_>,
    month: (Range<usize>, Span, Vec<u8>, Range<usize>),
    y_last: usize,
    turn: usize,
) {
    let (tokens, span, month_digits, month_units) = month;
    let (first, last) = (tokens.start, tokens.end);
    let y = month_units.end;
    let (Some(yu), Some(yl)) =
        (doc.units.units.get(y), doc.units.units.get(y_last))
    else {
        return;
    };
    let yd: Vec<u8> =
        (y..=y_last).flat_map(|k| doc.units.digits_of(k)).copied().collect();
    if yu.turn != turn || yl.turn != turn {
        return;
    }
    if !valid(number(&month_digits), number(&yd), yd.len(), true) {
        return;
    }
    let Some(content) = doc.layout.turns.get(turn).map(|t| t.content) else {
        return;
    };
    // A word, or the last part of a key written in camel case
    // ("ExpMonth", "ExpYear").
    let word_is = |t: &super::token::Token, w: &[&str]| {
        let s = t.span().of(doc.text);
        t.tok == Tok::Word
            && w.iter().any(|x| {
                s.eq_ignore_ascii_case(x)
                    || s.len() > x.len()
                        && s.get(s.len() - x.len()..).is_some_and(|end| {
                            end.eq_ignore_ascii_case(x)
                                && end.starts_with(|c: char| {
                                    c.is_ascii_uppercase()
                                })
                        })
            })
    };
    // "exp month", "expiry month", "exp mo", "exp. date month": an expiry
    // label and a word for month before the month's value.
    let month_label = doc.labels.before(first, content, 2).is_some_and(|l| {
        l.cat == Cat::Expiry
            && doc.tokens.get(l.first..first).is_some_and(|ts| {
                ts.iter().any(|t| word_is(t, &["month", "mm", "mo", "mth"]))
            })
    });
    // A form's "MM" or "Month" field right after a card ("Card number\n
    // 3411 385924 21891\nMM\n11\nYY\n27"): the card's expiry, which has no
    // label of its own.
    let by_card = !month_label && {
        month_field(doc, first)
            && doc.card_before(first).is_some_and(|d| {
                d.turn == turn
                    && first.saturating_sub(d.last_token) <= CARD_TO_FIELD
            })
    };
    let between = doc.tokens.get(last + 1..yu.first).unwrap_or_default();
    let year_word =
        between.iter().any(|t| word_is(t, &["year", "yr", "yy", "yyyy"]));
    let words = between.iter().filter(|t| t.tok == Tok::Word).count();
    // Said, the year comes after a few more words ("okay and the year its");
    // written, after the key's words ("-d 'card[exp_year]=").
    let most = 5;
    if !(month_label || by_card) || !year_word || words > most {
        return;
    }
    // A form's list writes the month's name after its number ("03 -
    // March", "03 (March)"): the name says the month too.
    let m = number(&month_digits);
    let after = doc.tokens.get(last + 1..yu.first).unwrap_or_default();
    let name = after
        .iter()
        .take(4)
        .take_while(|t| {
            t.tok == Tok::Word
                || matches!(t.tok, Tok::Space | Tok::Dash | Tok::Punct('('))
        })
        .position(|t| t.tok == Tok::Word)
        .filter(|&k| {
            lexicon::get(after[k].word)
                .and_then(|l| l.month)
                .is_some_and(|n| u32::from(n) == m)
        });
    let span = match name {
        // With its closing bracket: "03 (March)".
        Some(k) => match after.get(k + 1) {
            Some(t) if t.tok == Tok::Punct(')') => span.cover(t.span()),
            _ => span.cover(after[k].span()),
        },
        None => span,
    };
    let mut digits = month_digits;
    digits.extend_from_slice(&yd);
    let parts = vec![span, yu.span.cover(yl.span)];
    let end = yl.last;
    doc.take_span(
        Kind::Expiry,
        parts,
        end,
        std::slice::from_ref(&(month_units.start..y_last + 1)),
        digits,
        match by_card {
            true => "Expiry: a form's month and year fields after a card",
            false => "Expiry: month and year after their own labels",
        }
        .to_string(),
    );
}

/// Returns true if the value at token `first` is a form's month field's:
/// the word before it, over spaces, line breaks and a colon, is "MM" or
/// "Month" ("MM\n11", "Month: 11").
fn month_field(doc: &Doc<'_>, first: usize) -> bool {
    first
        .checked_sub(FIELD_REACH)
        .and_then(|from| doc.tokens.get(from..first))
        .or_else(|| doc.tokens.get(..first))
        .unwrap_or_default()
        .iter()
        .rev()
        .find(|t| {
            !matches!(t.tok, Tok::Space | Tok::Newline | Tok::Punct(':'))
        })
        .is_some_and(|t| {
            t.tok == Tok::Word && {
                let s = t.span().of(doc.text);
                s.eq_ignore_ascii_case("mm") || s.eq_ignore_ascii_case("month")
            }
        })
}

/// The most words of an answer that gives a month or a year alone ("uh
/// October", "it's 09", "the year is twenty twenty nine").
const MAX_ANSWER_WORDS: u32 = 6;

/// A month and a year asked for in two questions, as agents and payment
/// bots ask: "And the expiration month?" "uh October" "What year?" "29".
/// Each answer alone is no date, and both stayed. The answer to a question
/// for the expiry that says "month" is the month, when it gives a month
/// alone (a month's name, or a number from 1 to 12); when the same speaker
/// then asks for the year ("What year?") and the other answers with a year
/// alone (2 or 4 digits, written or said), that is the year: one expiry of
/// two parts. A month asked for with no year after is hidden alone: half
/// of the date, asked for as such.
fn asked_apart(doc: &mut Doc<'_>) {
    for t in 0..doc.layout.turns.len() {
        let Some(Some((q, _))) = doc.questions.get(t).copied() else {
            continue;
        };
        let Some(asked_in) = doc.layout.turn_at(q.label.span.start) else {
            continue;
        };
        if q.asked & Cat::Expiry.bit() == 0 {
            continue;
        }
        let month_asked = has_word(doc, asked_in, MONTH_WORDS);
        let Some(month) = answer(doc, t, true) else {
            // A year alone answers the question for the whole date: its
            // month was misheard as other words ("that said tim twenty
            // twenty nine", "our age twenty twenty eight") or left out.
            // Half of the date, asked for as such, as a month alone is.
            if !month_asked {
                if let Some(year) = answer(doc, t, false) {
                    let r =
                        doc.layout.tokens.get(t).map_or(0..0, Clone::clone);
                    take_year_alone(doc, year, r);
                }
            }
            // Fail closed on the first answer only: a later turn may say
            // anything once the date was given.
            let first = asked_in + 1 == t
                && doc.layout.turns[asked_in].speaker
                    != doc.layout.turns[t].speaker;
            if let Some(r) =
                doc.layout.tokens.get(t).cloned().filter(|_| first)
            {
                misheard_answer(doc, r);
            }
            continue;
        };
        let me = doc.layout.turns[t].speaker;
        let other = |k: usize| {
            doc.layout.turns.get(k).is_some_and(|x| x.speaker != me)
        };
        let same = |k: usize| {
            doc.layout.turns.get(k).is_some_and(|x| x.speaker == me)
        };
        let year = (month_asked
            && other(t + 1)
            && same(t + 2)
            && has_word(doc, t + 1, YEAR_WORDS))
        .then(|| answer(doc, t + 2, false))
        .flatten();
        // The date cut in two by the recogniser's segments or a caption's
        // cue: the month alone, then the year alone in the same speaker's
        // next turn ("Um, 02" / "29", "oh eight" / "thirty two").
        // The other speaker may say "uh huh" between.
        let idle = |k: usize| {
            let Some(r) = doc.layout.tokens.get(k) else { return false };
            let ts = doc.tokens.get(r.clone()).unwrap_or_default();
            let words = ts.iter().filter(|x| x.is_word()).count();
            (1..=4).contains(&words)
                && ts.iter().all(|x| match x.tok {
                    Tok::Digits => false,
                    Tok::Word => {
                        lexicon::get(x.word).is_some_and(|l| l.ack || l.filler)
                    }
                    _ => true,
                })
        };
        let next = match (same(t + 1), other(t + 1) && same(t + 2)) {
            (true, _) => Some(t + 1),
            (false, true) if idle(t + 1) => Some(t + 2),
            _ => None,
        };
        let cut = match year {
            None => next.and_then(|k| answer(doc, k, false)),
            Some(_) => None,
        };
        match (year, cut) {
            (Some(y), _) => take_apart(doc, month, Some(y), APART),
            (None, Some(y)) => take_apart(doc, month, Some(y), CUT),
            (None, None) if month_asked => take_apart(doc, month, None, ""),
            (None, None) => {}
        }
    }
    if !doc.layout.conversation {
        asked_apart_in_lines(doc);
    }
}

/// The most words from an expiry's label to the end of its line for the
/// line to ask for the date ("and the expiration date", "when does it
/// expire please").
const CLOSING_WORDS: u32 = 3;

/// The words that ask for a month apart.
const MONTH_WORDS: &[&str] = &["month", "mm"];

/// The words that ask for a year apart.
const YEAR_WORDS: &[&str] = &["year", "yr", "yy", "yyyy"];

/// [`asked_apart`] where lines stand for turns (a transcript with no
/// speakers, one utterance per line): a line that asks for the expiry's
/// month (an expiry label, "month", no digits), the month alone on the
/// next line; then a line that asks for the year and the year alone on the
/// line after it.
fn asked_apart_in_lines(doc: &mut Doc<'_>) {
    /// The most words of a line that asks.
    const QUESTION_WORDS: u32 = 10;
    let asks = |doc: &Doc<'_>, line: &Range<usize>, words: &[&str]| {
        !doc.labels.has_digits(line.clone())
            && doc.labels.words_between(line.start, line.end) <= QUESTION_WORDS
            && has_word_in(doc, line.clone(), words)
    };
    for (first, _, line) in doc.label_lines(Cat::Expiry) {
        // The line after `l`: the token after its line break.
        let next = |l: &Range<usize>| doc.line_of(l.end + 1);
        if !asks(doc, &line, MONTH_WORDS) {
            // The whole date asked for, a year alone on the next line.
            let asked = !doc.labels.has_digits(line.clone())
                && doc.labels.words_between(line.start, line.end)
                    <= QUESTION_WORDS;
            let year = next(&line).filter(|_| asked).and_then(|a| {
                answer_in(doc, a.clone(), true)
                    .is_none()
                    .then(|| answer_in(doc, a.clone(), false))
                    .flatten()
                    .map(|y| (y, a))
            });
            if let Some((year, a)) = year {
                take_year_alone(doc, year, a);
            }
            // Fail closed on the line that answers a line ending with the
            // label ("and the expiration date" / "so ninety six").
            let closes =
                doc.labels.words_between(first, line.end) <= CLOSING_WORDS;
            if let Some(a) =
                doc.line_of(line.end + 1).filter(|_| asked && closes)
            {
                misheard_answer(doc, a);
            }
            continue;
        }
        let Some(m_line) = next(&line) else { continue };
        let Some(month) = answer_in(doc, m_line.clone(), true) else {
            continue;
        };
        let year = next(&m_line)
            .filter(|q| asks(doc, q, YEAR_WORDS))
            .and_then(|q| next(&q))
            .and_then(|y| answer_in(doc, y, false));
        take_apart(doc, month, year, APART);
    }
}

/// The reason for a month and a year asked for apart.
const APART: &str = "Expiry: month and year asked for apart";

/// The reason for a month and a year said in two turns in a row.
const CUT: &str = "Expiry: asked for; month and year in two segments";

/// Takes a month asked for apart, and its year if one was given (`why`).
fn take_apart(
    doc: &mut Doc<'_>,
    month: Answer,
    year: Option<Answer>,
    why: &str,
) {
    let mut parts = vec![month.span];
    let mut units = vec![month.units];
    let mut digits = month.digits;
    let mut last = month.last_token;
    let why = match year {
        Some(y) => {
            parts.push(y.span);
            units.push(y.units);
            digits.extend_from_slice(&y.digits);
            last = y.last_token;
            why
        }
        None => "Expiry: the month asked for",
    };
    doc.take_span(Kind::Expiry, parts, last, &units, digits, why.to_string());
}

/// Takes a year given alone in answer to the question for the expiry date
/// (see [`asked_apart`]), the answer starting at token `from`: a year of
/// four digits, or of two said as one number ("twenty eight"), not a
/// month's number. The answer is tokens `answer`.
fn take_year_alone(doc: &mut Doc<'_>, year: Answer, answer: Range<usize>) {
    let from = answer.start;
    let n = number(&year.digits);
    let plausible = match year.digits.len() {
        4 => (2015..=2049).contains(&n),
        2 => (13..=49).contains(&n),
        _ => false,
    };
    let first = year.units_first_token(doc);
    // Alone: no other number before it in the answer, not even one masked
    // or hidden already ("**** **** **** ****, **** one, three" is a card
    // redacted, not a year).
    // Nor one after it ("13자리[EXPIRY]", a second pass over "13자리100",
    // whose "100" a label took: the answer's numbers were not a year).
    if doc.labels.has_digits(from..first)
        || doc.labels.has_digits(year.last_token + 1..answer.end)
    {
        return;
    }
    // "I've been with you since 2021": a year of the past, not the date.
    // The words just before the year, nearest first.
    let mut before = doc
        .tokens
        .get(first.saturating_sub(4)..first)
        .unwrap_or_default()
        .iter()
        .rev()
        .filter(|t| t.tok == Tok::Word);
    let word = before.next();
    let is = |t: Option<&Token>, words: &[&str]| {
        t.is_some_and(|t| {
            let w = t.span().of(doc.text);
            words.iter().any(|x| w.eq_ignore_ascii_case(x))
        })
    };
    // "I've been with you since 2021": a year of the past, not the date.
    // Spanish "vence el diecinueve": a payment due on a day.
    if !plausible || is(word, &["since", "from", "el"]) {
        return;
    }
    let (span, digits, why) = match month_before(doc, from, first) {
        Some((m, month)) => {
            let mut digits = format!("{month:02}").into_bytes();
            digits.extend_from_slice(&year.digits);
            (
                m.cover(year.span),
                digits,
                "Expiry: month and year, in answer to the question for the \
                 expiry date",
            )
        }
        None => (
            misheard_month(doc, from, first)
                .map_or(year.span, |m| doc.tokens[m].span().cover(year.span)),
            year.digits,
            "Expiry: a year alone, in answer to the question for the \
             expiry date",
        ),
    };
    doc.take_span(
        Kind::Expiry,
        vec![span],
        year.last_token,
        std::slice::from_ref(&year.units),
        digits,
        why.to_string(),
    );
}

/// The month named right before token `first`, from token `from` on, and
/// its number: a month's name before a year ("octubre de 2030", "May of
/// 2029"), which no label made a date, is the date's. A recogniser writes
/// the "of" as "and", "a", "have" or "off" too ("september and thirty
/// three", "may have thirty two"): no other word stands between a month
/// and the year it answers with.
fn month_before(
    doc: &Doc<'_>,
    from: usize,
    first: usize,
) -> Option<(Span, u8)> {
    const OF: &[&str] = &["of", "de", "del", "and", "a", "have", "off"];
    let mut before = doc
        .tokens
        .get(first.saturating_sub(4).max(from)..first)?
        .iter()
        .rev()
        .filter(|t| t.tok == Tok::Word);
    let mut word = before.next()?;
    let w = word.span().of(doc.text);
    if OF.iter().any(|x| w.eq_ignore_ascii_case(x)) {
        word = before.next()?;
    }
    let month = lexicon::get(word.word)?.month?;
    Some((word.span(), month))
}

/// A year alone a few words after an expiry's label, as a recogniser that
/// ran the call on one line writes it ("and the x date that said tim
/// twenty twenty nine and the three digit code"), where the question and
/// its answer share a turn: the first number after the label, within
/// [`MAX_ANSWER_WORDS`] words and with no other label between, when it is
/// a year and nothing more (see [`take_year_alone`]).
fn year_after_label(doc: &mut Doc<'_>) {
    let labels: Vec<(usize, usize, Span)> = doc
        .labels
        .all()
        .iter()
        .filter(|l| l.cat == Cat::Expiry)
        .map(|l| (l.first, l.last, l.span))
        .collect();
    let mut label_before: Option<usize> = None;
    for (first, last, span) in labels {
        let units = &doc.units.units;
        let k = units.partition_point(|u| u.first <= last);
        let before = label_before.replace(last);
        let Some(u) = units.get(k) else { continue };
        // Not the year of a month given just before, after its own label,
        // and found no month ("exp month 13 exp year 2027"): a number
        // left free a few words before this label and right after the
        // label before.
        // Our tags count as no word: a second pass reads "exp[EXPIRY]年0four0
        // twenty exp ..." as the first read "exp100年0four0twenty exp ...".
        let words = |from: usize, to: usize| {
            let tags = doc.tokens.get(from..to).map_or(0, |ts| {
                if ts.len() > 64 {
                    return 0;
                }
                (from..to)
                    .filter(|&j| {
                        super::context::is_tag(doc.text, &doc.tokens, j)
                    })
                    .count() as u32
            });
            doc.labels.words_between(from, to).saturating_sub(tags)
        };
        let month_before = k.checked_sub(1).is_some_and(|p| {
            units[p].last < first
                && doc.taken[p].is_none()
                && doc.labels.words_between(units[p].last + 1, first) <= 3
                && before.is_some_and(|b| {
                    b < units[p].first && words(b + 1, units[p].first) <= 2
                })
        });
        if month_before {
            continue;
        }
        // Only words (with an apostrophe: "that's"), spaces, line breaks
        // and a label's or a speaker's colon or an equals sign between: no
        // quote or bracket of a record's structure ("exp ...\"}, {\"
        // startTime\": \"20.21\""). An apostrophe inside a word only.
        let Some(tokens) = doc.tokens.get(last + 1..u.first) else {
            continue;
        };
        let plain = tokens.iter().enumerate().all(|(j, t)| match t.tok {
            Tok::Space
            | Tok::Newline
            | Tok::Word
            | Tok::Comma
            | Tok::Punct(':' | '=') => true,
            Tok::Punct('\'' | '\u{2019}') => {
                let word = |x: Option<&Token>| x.is_some_and(Token::is_word);
                j > 0 && word(tokens.get(j - 1)) && word(tokens.get(j + 1))
            }
            _ => false,
        });
        if doc.taken[k].is_some()
            || !plain
            || doc.labels.words_between(last + 1, u.first) > MAX_ANSWER_WORDS
            || doc.labels.touches(Span::new(span.end, u.span.start))
        {
            continue;
        }
        // The number from there: the units joined to it, four digits at
        // most, and no more joined after them.
        let joined = |i: usize| {
            units.get(i).is_some_and(|x| {
                !matches!(x.glue, Glue::Break | Glue::Turn | Glue::Line)
            })
        };
        let mut end = k + 1;
        let mut len = doc.units.digits_of(k).len();
        while joined(end) && len <= 4 {
            len += doc.units.digits_of(end).len();
            end += 1;
        }
        // Said, or four digits written in one piece ("exp 2029"; not
        // "20.21", a time or an amount).
        let said = doc.units.all_spoken(k..end);
        if len > 4
            || joined(end)
            || (k..end).any(|i| doc.taken[i].is_some())
            || !(said || (end == k + 1 && len == 4))
        {
            continue;
        }
        let digits: Vec<u8> =
            (k..end).flat_map(|i| doc.units.digits_of(i)).copied().collect();
        let year = Answer {
            span: u.span.cover(units[end - 1].span),
            units: k..end,
            digits,
            last_token: units[end - 1].last,
        };
        let to = year.last_token + 1;
        take_year_alone(doc, year, last + 1..to);
    }
}

/// A month or a year that a turn gives alone (see [`asked_apart`]).
struct Answer {
    span: Span,
    units: Range<usize>,
    digits: Vec<u8>,
    last_token: usize,
}

/// The month (`month`) or the year that turn `t` gives alone: its units'
/// digits, free, make one (1-12; 2 or 4 digits of a plausible year), or,
/// for a month, it names one month and has no digits.
fn answer(doc: &Doc<'_>, t: usize, month: bool) -> Option<Answer> {
    answer_in(doc, doc.layout.tokens.get(t)?.clone(), month)
}

impl Answer {
    /// The first token of its number.
    fn units_first_token(&self, doc: &Doc<'_>) -> usize {
        doc.units.units.get(self.units.start).map_or(0, |u| u.first)
    }
}

/// The number that tokens `r` (a turn, or a line where lines stand for
/// turns) give in answer to the question for the expiry date, asked in the
/// turn or line just before, when it is no date: two to four digits, free,
/// all the numbers the turn says, with no unit after them ("seventy seven
/// days") and no other kind's label in the turn. Hidden all the same: the
/// context says expiry, and a recogniser mishears the "oh" of a month ("so
/// ninety six" for "oh nine two six", "it says seventy seven" for "oh seven
/// two seven"), or the agent's question is answered in words it garbled.
fn misheard_answer(doc: &mut Doc<'_>, r: Range<usize>) {
    const UNITS: &[&str] = &[
        "day", "days", "week", "weeks", "month", "months", "year", "years",
        "minute", "minutes", "hour", "hours", "second", "seconds", "dollars",
        "bucks", "cents", "percent", "times",
    ];
    let Some(said) = said_in(doc, r.clone()) else { return };
    let after = said.last_token + 1..r.end;
    let (Some(a), Some(z)) = (
        doc.tokens.get(r.start),
        r.end.checked_sub(1).and_then(|z| doc.tokens.get(z)),
    ) else {
        return;
    };
    // "since 2021", "at six forty five": a year of the past, a time.
    let first = said.units_first_token(doc);
    let before = doc.tokens.get(r.start..first).unwrap_or_default();
    let word_before = before.iter().rev().find(|t| t.tok == Tok::Word);
    let time_or_past = word_before.is_some_and(|t| {
        let w = t.span().of(doc.text);
        ["since", "from", "at", "by", "until", "till", "before", "after"]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
    });
    // Nor after another number, even one hidden already ("[EXPIRY] one,
    // three"): the answer was given. Nor before one ("13자리[EXPIRY]").
    if !(2..=4).contains(&said.digits.len())
        || doc.labels.has_digits(r.start..first)
        || doc.labels.has_digits(after.clone())
        || time_or_past
        || has_word_in(doc, after, UNITS)
        || doc
            .labels
            .any_other_than(a.span().cover(z.span()), Some(Cat::Expiry))
    {
        return;
    }
    // A month named before it ("may have thirty two") is the date's.
    let (span, digits) = match month_before(doc, r.start, first) {
        Some((m, month)) => {
            let mut digits = format!("{month:02}").into_bytes();
            digits.extend_from_slice(&said.digits);
            (m.cover(said.span), digits)
        }
        None => (said.span, said.digits),
    };
    doc.take_span(
        Kind::Expiry,
        vec![span],
        said.last_token,
        std::slice::from_ref(&said.units),
        digits,
        "Expiry: said in answer to the question for the expiry date; no \
         month and year: likely misheard"
            .to_string(),
    );
}

/// [`answer`] for the tokens `r` (a turn's content, or a line).
fn answer_in(doc: &Doc<'_>, r: Range<usize>, month: bool) -> Option<Answer> {
    let us = answer_units(doc, r.clone())?;
    if us.is_empty() {
        if !month {
            return None;
        }
        // A month's name: one, and no other.
        let words = &doc.labels.month_words;
        let k = words.partition_point(|&w| w < r.start);
        let names: Vec<(usize, u8)> = words[k..]
            .iter()
            .take_while(|&&w| w < r.end)
            .filter_map(|&w| {
                let m = lexicon::get(doc.tokens.get(w)?.word)?.month?;
                Some((w, m))
            })
            .collect();
        let &[(w, m)] = names.as_slice() else { return None };
        return Some(Answer {
            span: doc.tokens[w].span(),
            units: us,
            digits: format!("{m:02}").into_bytes(),
            last_token: w,
        });
    }
    let said = free_units(doc, us)?;
    let n = number(&said.digits);
    let ok = if month {
        matches!(said.digits.len(), 1 | 2) && (1..=12).contains(&n)
    } else {
        valid(1, n, said.digits.len(), true)
    };
    ok.then_some(said)
}

/// The number of the units among tokens `r` (a turn's content), whatever
/// it is, when the words around it are few enough for an answer (see
/// [`answer_units`]).
fn said_in(doc: &Doc<'_>, r: Range<usize>) -> Option<Answer> {
    free_units(doc, answer_units(doc, r)?)
}

/// The units among tokens `r` (a turn's content, or a line), none or
/// more, when the words around them are few enough for an answer. The
/// words of the number count none: "that's our age twenty twenty eight"
/// says as few words as "that's our age 2028". A turn of many more words
/// is no answer however many are numbers.
fn answer_units(doc: &Doc<'_>, r: Range<usize>) -> Option<Range<usize>> {
    let units = &doc.units.units;
    let words = doc.labels.words_between(r.start, r.end);
    if words > 3 * MAX_ANSWER_WORDS {
        return None;
    }
    let from = units.partition_point(|u| u.first < r.start);
    let to = from + units[from..].partition_point(|u| u.first < r.end);
    if words > MAX_ANSWER_WORDS {
        let said: u32 = units[from..to]
            .iter()
            .map(|u| doc.labels.words_between(u.first, u.last + 1))
            .sum();
        if words.saturating_sub(said) > MAX_ANSWER_WORDS {
            return None;
        }
    }
    Some(from..to)
}

/// Units `us` as an answer, if none is taken.
fn free_units(doc: &Doc<'_>, us: Range<usize>) -> Option<Answer> {
    let units = &doc.units.units;
    if us.is_empty() || us.clone().any(|i| doc.taken[i].is_some()) {
        return None;
    }
    let digits: Vec<u8> =
        us.clone().flat_map(|i| doc.units.digits_of(i)).copied().collect();
    Some(Answer {
        span: units[us.start].span.cover(units[us.end - 1].span),
        last_token: units[us.end - 1].last,
        units: us,
        digits,
    })
}

/// True if turn `t` has one of `words` (ASCII, any case).
fn has_word(doc: &Doc<'_>, t: usize, words: &[&str]) -> bool {
    let Some(r) = doc.layout.tokens.get(t) else { return false };
    has_word_in(doc, r.clone(), words)
}

/// True if tokens `r` hold one of `words` (ASCII, any case).
fn has_word_in(doc: &Doc<'_>, r: Range<usize>, words: &[&str]) -> bool {
    doc.tokens.get(r).unwrap_or_default().iter().any(|x| {
        x.tok == Tok::Word
            && words
                .iter()
                .any(|w| x.span().of(doc.text).eq_ignore_ascii_case(w))
    })
}

/// What a question may ask for when a date answers it next after the card
/// (see [`Doc::next_in_order`]).
const ASKED: u8 = Cat::Card.bit() | Cat::Expiry.bit();

/// Returns true if `month` and `year` (two or four digits) make a plausible
/// expiry. Without a label the year must be near today's cards.
pub(super) fn valid(
    month: u32,
    year: u32,
    year_digits: usize,
    labelled: bool,
) -> bool {
    if !(1..=12).contains(&month) {
        return false;
    }
    match year_digits {
        2 => year <= 59 && (labelled || (15..=49).contains(&year)),
        4 => {
            (2000..=2099).contains(&year)
                && (labelled || (2015..=2049).contains(&year))
        }
        _ => false,
    }
}

/// The value of ASCII `digits`, saturating: a long run is no month and no
/// year, whatever its value.
pub(super) fn number(digits: &[u8]) -> u32 {
    digits.iter().fold(0u32, |acc, &b| {
        acc.saturating_mul(10).saturating_add(u32::from(b.wrapping_sub(b'0')))
    })
}

/// Returns true if a word `YYMM` lies within the six tokens before token
/// `first`: the field's name says the year comes first.
fn yymm_before(doc: &Doc<'_>, first: usize) -> bool {
    let from = first.saturating_sub(6);
    doc.tokens.get(from..first).is_some_and(|ts| {
        ts.iter().any(|t| {
            t.tok == Tok::Word
                && t.span().of(doc.text).eq_ignore_ascii_case("yymm")
        })
    })
}

/// The expiry date in a card's magnetic-stripe track data, as logs and
/// terminals leak it: `;4111111111111111=2804201...?` (track 2: the year
/// and month right after the `=`) and `%B4111111111111111^DOE/JOHN^2804...`
/// (track 1: after the name and its closing `^`). The card found, opened
/// by `;` or `%B`, then four digits whose last two make a month.
fn track(doc: &mut Doc<'_>) {
    let bytes = doc.text.as_bytes();
    let mut found: Vec<(Span, usize, Vec<u8>)> = Vec::new();
    for d in doc.drafts.iter().filter(|d| d.kind == Kind::Card) {
        let (Some(first), Some(last)) = (d.parts.first(), d.parts.last())
        else {
            continue;
        };
        let opens = first.start.checked_sub(1).and_then(|k| bytes.get(k))
            == Some(&b';')
            || first
                .start
                .checked_sub(2)
                .and_then(|k| bytes.get(k..first.start))
                .is_some_and(|p| p.eq_ignore_ascii_case(b"%b"));
        let at = match bytes.get(last.end) {
            Some(b'=') => last.end + 1,
            Some(b'^') => {
                // The name: at most 26 bytes, then `^`.
                let name = bytes.get(last.end + 1..).unwrap_or_default();
                let Some(k) = name.iter().take(27).position(|&b| b == b'^')
                else {
                    continue;
                };
                last.end + 1 + k + 1
            }
            _ => continue,
        };
        let Some(yymm) = bytes.get(at..at + 4) else { continue };
        if !opens || !yymm.iter().all(u8::is_ascii_digit) {
            continue;
        }
        let month = u32::from(yymm[2] - b'0') * 10 + u32::from(yymm[3] - b'0');
        if !(1..=12).contains(&month) {
            continue;
        }
        let token = doc.tokens.partition_point(|t| t.span().end <= at);
        let digits = vec![yymm[2], yymm[3], yymm[0], yymm[1]];
        found.push((Span::new(at, at + 4), token, digits));
    }
    for (span, token, digits) in found {
        doc.take_span(
            Kind::Expiry,
            vec![span],
            token,
            &[],
            digits,
            "Expiry: in the card's track data, year first".to_string(),
        );
    }
}

/// Splits compact expiry digits into month and year: `0927`, `927`,
/// `092027`, `92027`.
fn split(digits: &[u8]) -> Option<(u32, u32, usize)> {
    match digits.len() {
        3 => Some((number(&digits[..1]), number(&digits[1..]), 2)),
        4 => Some((number(&digits[..2]), number(&digits[2..]), 2)),
        5 => Some((number(&digits[..1]), number(&digits[1..]), 4)),
        6 => Some((number(&digits[..2]), number(&digits[2..]), 4)),
        _ => None,
    }
}

/// Whether the number starting at token `at`, `month` and `year`, reads
/// back an expiry date just found with the same month and year ("oh four
/// twenty seven" "okay, four twenty seven"): not a code after the date
/// ("exp 09/27 123" is no 1/23).
fn reads_back(doc: &Doc<'_>, at: usize, month: u32, year: u32) -> bool {
    doc.reads_back(at).is_some_and(|d| {
        d.kind == Kind::Expiry
            && split(&d.digits)
                .is_some_and(|(m, y, _)| m == month && y % 100 == year % 100)
    })
}

fn labelled(ctx: &Ctx) -> bool {
    ctx.wants(Cat::Expiry)
}

fn reason(
    doc: &Doc<'_>,
    ctx: &Ctx,
    at: usize,
    card_next: bool,
    in_order: bool,
    again: bool,
    corrects: bool,
) -> String {
    if labelled(ctx) {
        format!("Expiry: {}", doc.why(ctx, at))
    } else if card_next {
        "Expiry: right after a card number".to_string()
    } else if in_order {
        "Expiry: next after the card, in the usual order".to_string()
    } else if again {
        "Expiry: the expiry date read back".to_string()
    } else if corrects {
        "Expiry: said again to correct the expiry date before it".to_string()
    } else {
        "Expiry: month and year".to_string()
    }
}

/// The first token of the words said for the month just before a year
/// that answers alone (tokens `from..year`): one or two words right before
/// it, the month as a recogniser misheard it ("our age" for "oh eight",
/// "pile of" for "April of", "said tim" for "September"). Not a word that
/// only opens an answer ("it's", "that's", "um", "yes"), nor a label or a
/// number; nothing but spaces between.
fn misheard_month(doc: &Doc<'_>, from: usize, year: usize) -> Option<usize> {
    let mut first = None;
    let mut words = 0;
    let mut k = year;
    while k > from && words < 2 {
        k -= 1;
        let t = doc.tokens.get(k)?;
        match t.tok {
            Tok::Space => continue,
            Tok::Word => {
                let w = t.span().of(doc.text);
                let lex = lexicon::get(t.word);
                // "or", "our", "of" for "oh", "age" for "eight": words a
                // number may be misheard as, not joined to the year.
                // Not a word that starts a label ("valid thru").
                let plain = lex.is_none_or(|l| {
                    !(l.filler
                        || l.ack
                        || (l.num.is_none() && !l.phrases.is_empty()))
                });
                if !plain
                    || ANSWER_OPENERS
                        .contains(&w.to_ascii_lowercase().as_str())
                    || doc.labels.touches(t.span())
                {
                    break;
                }
                first = Some(k);
                words += 1;
            }
            _ => break,
        }
    }
    first
}

/// Words that open an answer rather than mishear a month, for
/// [`misheard_month`].
const ANSWER_OPENERS: &[&str] = &[
    "it", "its", "s", "that", "thats", "is", "was", "a", "the", "and", "so",
    "i", "think", "uh", "um", "yes", "yeah", "okay", "ok", "sure", "right",
    "my", "on", "says", "say", "reads", "expires", "expire", "exp", "date",
];

/// The numeric dates a few words after each expiry date with a month's
/// name that [`months`] found (the drafts from `named` on), read again now
/// that those dates are known: "February 2027 -- oh, that's the old card.
/// New one says 08/2030" corrects the first date (see
/// [`Doc::corrects_at`]), and "April of twenty thirty" "so 04/30?" reads
/// it back. [`numeric`] ran before them.
fn after_named(doc: &mut Doc<'_>, cards: &Marks, named: usize) {
    let ends: Vec<usize> = doc
        .drafts
        .get(named..)
        .unwrap_or_default()
        .iter()
        .filter(|d| d.kind == Kind::Expiry)
        .map(|d| d.last_token)
        .collect();
    for end in ends {
        let units = &doc.units.units;
        let from = units.partition_point(|u| u.first <= end);
        // As far as `Doc::corrects_at` walks back.
        let reach = end + super::MAX_CORRECTS_STEPS;
        let to = from + units[from..].partition_point(|u| u.first <= reach);
        numeric(doc, cards, from..to);
    }
}

/// `09/27`, `9/27`, `09/2027`, `09-27`, `02 / 31`: a date that starts at
/// one of the units `us` not yet taken.
/// How far before a date written as a clock time its label or question
/// may end, in bytes: "what's the expiration date on the card? 12:27".
const CLOCK_REACH: usize = 120;

fn numeric(doc: &mut Doc<'_>, cards: &Marks, us: Range<usize>) {
    // A date starts where a unit does (see `numeric_at`): the units' first
    // tokens are read, in text order, not every token.
    // `from`: the first token past the last date taken.
    let mut from = 0;
    let mut last = None;
    for u in us {
        let Some(k) = doc.units.units.get(u).map(|x| x.first) else { break };
        if k < from
            || last == Some(k)
            || doc.taken.get(u).is_some_and(Option::is_some)
        {
            continue;
        }
        last = Some(k);
        // Written as a clock time ("expires 12:27"): a date only after its
        // label or question (told first from the labels just before it,
        // as most times have none), and not a time ("expires at 12:27
        // pm").
        let clock = doc.tokens.get(k + 1).map(|t| t.tok)
            == Some(Tok::Punct(':'))
            && card_field(doc, k).is_none();
        if clock
            && !(doc.cat_just_before(
                doc.tokens[k].span().start,
                Cat::Expiry,
                CLOCK_REACH,
            ) && doc.clock_shaped(u))
        {
            continue;
        }
        let Some((end_tok, m_unit, y_unit)) = numeric_at(doc, k) else {
            continue;
        };
        let month = number(doc.units.digits_of(m_unit));
        let yd = doc.units.digits_of(y_unit);
        // Not a month and year even with a label: no need for the context.
        if !valid(month, number(yd), yd.len(), true) {
            continue;
        }
        let turn = doc.units.units[m_unit].turn;
        let ctx = doc.answer_ctx(m_unit..y_unit + 1, 4, Kind::Expiry);
        let card_next = doc.card_just_before(k, turn).is_some();
        // "01.26" is an expiry after "valid thru date?"; "11.36 dollars"
        // and "$11.36" are amounts.
        let dotted =
            doc.tokens[k + 1..end_tok].iter().any(|t| t.tok == Tok::Dot);
        let amount = dotted
            && (doc.after_symbol(m_unit) || doc.unit_word_after(end_tok));
        if clock && !(labelled(&ctx) && doc.leads_to(ctx.near, k)) {
            continue;
        }
        let again = reads_back(doc, k, month, number(yd));
        let corrects = again || doc.corrects(m_unit) == Some(Kind::Expiry);
        let in_order = !dotted
            && doc.next_in_order(k, m_unit..y_unit + 1, cards, ASKED, true);
        // "6269 7813-8121-0846 08.27 544": a card, a dotted date and a
        // code side by side; after a card, "12.50" alone may be an amount.
        let code_after = dotted && card_next && {
            let next = y_unit + 1;
            let year_end = doc.units.units[y_unit].last;
            doc.units.units.get(next).is_some_and(|n| {
                n.turn == turn
                    && !n.spoken
                    && n.first == year_end + 2
                    && doc
                        .tokens
                        .get(year_end + 1)
                        .is_some_and(|t| t.tok == Tok::Space)
                    && matches!(doc.units.digits_of(next).len(), 3 | 4)
                    && doc.tokens.get(n.last + 1).is_none_or(|t| {
                        matches!(
                            t.tok,
                            Tok::Newline | Tok::Space | Tok::Dot | Tok::Comma
                        )
                    })
            })
        };
        let ok =
            valid(month, number(yd), yd.len(), labelled(&ctx) || corrects)
                && (labelled(&ctx)
                    || corrects
                    || (card_next && (!dotted || code_after))
                    || in_order)
                && !amount;
        if ok {
            let span = doc.tokens[k].span().cover(doc.tokens[end_tok].span());
            let mut digits = doc.units.digits_of(m_unit).to_vec();
            digits.extend_from_slice(yd);
            let mut why = reason(
                doc, &ctx, span.start, card_next, in_order, again, corrects,
            );
            if clock {
                why.push_str("; written as a clock time by the recogniser");
            }
            // The month and the year in fields of their own (see
            // `card_field`) stay two fields, as in a table's columns.
            let parted = card_field(doc, k).is_some_and(|f| {
                f.tok != Tok::Punct('/')
                    && doc.tokens.get(k + 1..end_tok).is_some_and(|ts| {
                        ts.iter().any(|t| {
                            t.tok == f.tok
                                && t.span().of(doc.text)
                                    == f.span().of(doc.text)
                        })
                    })
            });
            let spans = if parted {
                vec![doc.tokens[k].span(), doc.tokens[end_tok].span()]
            } else {
                vec![span]
            };
            doc.take_span(
                Kind::Expiry,
                spans,
                end_tok,
                std::slice::from_ref(&(m_unit..y_unit + 1)),
                digits,
                why,
            );
            from = end_tok + 1;
        }
    }
}

/// `2030-12`, `2030/12` after an expiry label, as a payment record or a
/// configuration file keeps it (`card_exp: "2030-12"`): the year first.
/// Also `1406/09`, a year of Iran's solar Hijri calendar, and `27/04`,
/// with a year of two digits that no month has (13 to 59),
/// as Japanese cards and forms write it ("有効期限 27/04(年/月)", "Expiry
/// (YY/MM): 27/11"). Only after a label: a year and a month alone are a
/// period, and a date with a day (`2030-12-01`) is no expiry.
fn year_first(doc: &mut Doc<'_>) {
    for y in 0..doc.units.units.len() {
        // The year first: most units are none, and the month is not read.
        let Some(yu) = doc.units.units.get(y) else { break };
        let yd = doc.units.digits_of(y);
        let year_digits = match yd.len() {
            4 if yd.starts_with(b"20") || yd.starts_with(b"14") => 4,
            2 if (13..=59).contains(&number(yd)) => 2,
            _ => continue,
        };
        if yu.spoken {
            continue;
        }
        let Some(mu) = doc.units.units.get(y + 1) else { break };
        let md = doc.units.digits_of(y + 1);
        if md.len() != 2
            || mu.spoken
            || mu.first != yu.last + 2
            || doc.taken[y].is_some()
            || doc.taken[y + 1].is_some()
        {
            continue;
        }
        let sep = doc.tokens.get(yu.last + 1).map(|t| t.tok);
        if !matches!(sep, Some(Tok::Dash | Tok::Punct('/'))) {
            continue;
        }
        // Not a date with a day, nor the end of one.
        let part = |a: Option<&super::token::Token>,
                    b: Option<&super::token::Token>| {
            a.is_some_and(|a| {
                matches!(a.tok, Tok::Dash | Tok::Punct('/' | ':') | Tok::Dot)
            }) && b.is_some_and(|b| b.tok == Tok::Digits)
        };
        let after =
            part(doc.tokens.get(mu.last + 1), doc.tokens.get(mu.last + 2));
        let before = yu.first >= 2
            && part(
                doc.tokens.get(yu.first - 1),
                doc.tokens.get(yu.first - 2),
            );
        if after || before {
            continue;
        }
        let (month, year) = (number(md), number(yd));
        let ctx = doc.answer_ctx(y..y + 2, 4, Kind::Expiry);
        // Iran's cards give the year of the solar Hijri calendar
        // ("انقضا ۱۴۰۶/۰۹").
        let solar = (1400..=1430).contains(&year) && (1..=12).contains(&month);
        if !labelled(&ctx) || !(valid(month, year, year_digits, true) || solar)
        {
            continue;
        }
        let span = yu.span.cover(mu.span);
        let mut digits = md.to_vec();
        digits.extend_from_slice(yd);
        let why = reason(doc, &ctx, span.start, false, false, false, false);
        let end = mu.last;
        doc.take_span(
            Kind::Expiry,
            vec![span],
            end,
            std::slice::from_ref(&(y..y + 2)),
            digits,
            why,
        );
    }
}

/// Which of a year or a month the word token `t` marks, when it starts
/// with the character that Japanese, Chinese ("年", "月") and Korean ("년",
/// "월") write after the number: `Some(true)` for a year. A particle may be
/// written on ("月です"); the byte where the character ends comes with it.
fn unit_mark(doc: &Doc<'_>, t: usize) -> Option<(bool, usize)> {
    let tok = doc.tokens.get(t).filter(|x| x.tok == Tok::Word)?;
    // The first byte of the four characters' UTF-8 (年 E5, 月 E6, 년 EB,
    // 월 EC): other words are told without decoding.
    let lead = doc.text.as_bytes().get(tok.span().start)?;
    if !matches!(lead, 0xE5 | 0xE6 | 0xEB | 0xEC) {
        return None;
    }
    let c = tok.span().of(doc.text).chars().next()?;
    let end = tok.span().start + c.len_utf8();
    match c {
        '年' | '년' => Some((true, end)),
        '月' | '월' => Some((false, end)),
        _ => None,
    }
}

/// A month and a year written with the characters for them, as Japanese,
/// Chinese and Korean do: "2030年10月", "12月2031年", "05月/29年", "2029년
/// 6월", "8월 30년". After an expiry label, right after a card, or next
/// after it in order: a year and a month alone are a date like any other.
fn with_units(doc: &mut Doc<'_>, cards: &Marks) {
    // Most texts are ASCII: told at once, no unit read.
    if doc.text.is_ascii() {
        return;
    }
    for a in 0..doc.units.units.len() {
        let Some(au) = doc.units.units.get(a) else { break };
        if au.spoken || doc.taken[a].is_some() {
            continue;
        }
        // The first number's mark: most numbers have none.
        let Some((a_year, _)) = unit_mark(doc, au.last + 1) else {
            continue;
        };
        let Some(bu) = doc.units.units.get(a + 1) else { break };
        let b_mark = unit_mark(doc, bu.last + 1);
        // Between the two: nothing, a space or a slash.
        let gap = doc.tokens.get(au.last + 2..bu.first).unwrap_or_default();
        let gap_ok = gap.len() <= 1
            && gap
                .iter()
                .all(|t| matches!(t.tok, Tok::Space | Tok::Punct('/')));
        let Some((b_year, end)) = b_mark.filter(|_| gap_ok) else {
            continue;
        };
        if a_year == b_year || bu.spoken || doc.taken[a + 1].is_some() {
            continue;
        }
        // "2024年3月15日", "2024년 3월 15일": a date with a day.
        let day = |t: usize| {
            doc.tokens.get(t).is_some_and(|x| x.tok == Tok::Digits)
                && doc.tokens.get(t + 1).is_some_and(|x| {
                    x.tok == Tok::Word
                        && x.span().of(doc.text).starts_with(['日', '일'])
                })
        };
        if !b_year && (day(bu.last + 2) || day(bu.last + 3)) {
            continue;
        }
        let (ad, bd) = (doc.units.digits_of(a), doc.units.digits_of(a + 1));
        let (md, yd) = if a_year { (bd, ad) } else { (ad, bd) };
        if md.len() > 2 || !matches!(yd.len(), 2 | 4) {
            continue;
        }
        let (month, year) = (number(md), number(yd));
        let (first, turn) = (au.first, au.turn);
        let ctx = doc.answer_ctx(a..a + 2, 4, Kind::Expiry);
        let card_next = doc.card_just_before(first, turn).is_some();
        let in_order = doc.next_in_order(first, a..a + 2, cards, ASKED, true);
        if !valid(month, year, yd.len(), labelled(&ctx))
            || !(labelled(&ctx) || card_next || in_order)
        {
            continue;
        }
        let end_tok = bu.last + 1;
        let span = Span::new(au.span.start, end);
        let mut digits = format!("{month:02}").into_bytes();
        digits.extend_from_slice(yd);
        let why =
            reason(doc, &ctx, span.start, card_next, in_order, false, false);
        doc.take_span(
            Kind::Expiry,
            vec![span],
            end_tok,
            std::slice::from_ref(&(a..a + 2)),
            digits,
            why,
        );
    }
}

/// Matches `MM sep YY` at token `k`: returns its last token and the units
/// of the month and the year.
fn numeric_at(doc: &Doc<'_>, k: usize) -> Option<(usize, usize, usize)> {
    let toks = &doc.tokens;
    let m = toks[k];
    if m.tok != Tok::Digits || m.span().len() > 2 {
        return None;
    }
    let m_unit = (doc.unit_at[k] as usize).checked_sub(1)?;
    if doc.taken[m_unit].is_some() {
        return None;
    }
    // The separator first: most numbers have none after them, and are no
    // month whatever comes before them.
    let mut j = k + 1;
    // A field of a record right after a card's, as dumps, gateway logs and
    // exports without a header write card, month, year and code
    // ("4111111111111111|07|31|192", "...;07;31;192", tabs): the month and
    // the year are parted as the card is from the month.
    // (Read only when such a separator follows: most numbers have none.)
    let tab = |t: &Token| t.tok == Tok::Space && t.span().of(doc.text) == "\t";
    let may_part =
        |j: usize| toks.get(j).is_some_and(|t| field_separator(doc.text, t));
    let field = if may_part(k + 1) || may_part(k + 2) {
        card_field(doc, k)
    } else {
        None
    };
    let same_field = |t: &Token| {
        field
            .is_some_and(|f| t.tok == f.tok && (t.tok != Tok::Space || tab(t)))
    };
    // A short space (of any kind: "09 / 27", "09\u{2009}/\u{2009}27"), or
    // one line break in wrapped text ("01 /\n32").
    let space = |j: usize| {
        toks.get(j).is_some_and(|t| {
            // (Two bytes are two characters at most: most spaces are
            // not read as text.)
            (t.tok == Tok::Space
                && (t.span().len() <= 2
                    || t.span().of(doc.text).chars().count() <= 2))
                || t.tok == Tok::Newline
        })
    };
    if space(j) && !toks.get(j).is_some_and(same_field) {
        j += 1;
    }
    let sep = toks.get(j)?;
    let is_sep = same_field(sep)
        || match sep.tok {
            Tok::Punct('/') => true,
            Tok::Dash => sep.span().of(doc.text).chars().count() == 1,
            // "its 01.26", but not "11.36 dollars": see `dotted_amount`.
            Tok::Dot => sep.span().len() == 1 && m.span().len() == 2,
            // "12:27", as a recogniser writes "twelve twenty seven": only
            // after a label, and not a time (see [`numeric`]).
            Tok::Punct(':') => j == k + 1,
            _ => false,
        };
    if !is_sep {
        return None;
    }
    j += 1;
    if space(j) {
        j += 1;
    }
    // Not the second or third part of a date or a time ("EXP:12/27" is
    // a label and its value, and so is "Expiry (MM/YY):11/27", a label
    // with its format in brackets, as a Japanese form writes "有効期限
    // （月／年）：１１／２７").
    // A speaker's colon too, with no space after it as Chinese and
    // Japanese chats write it ("客人：06/30").
    let opens_turn = doc.units.units.get(m_unit).is_some_and(|u| {
        doc.layout
            .turns
            .get(u.turn)
            .is_some_and(|t| t.content.start == m.span().start)
    });
    let after_label = opens_turn
        || k >= 2
            && (doc.labels.ending_at(k - 2).is_some()
                || toks[k - 2].tok == Tok::Punct(')'));
    // Nor after a slash, but for one field of card, date and code
    // ("4111111111111111/07/31/192", see above).
    let slash_before = k > 0 && toks[k - 1].tok == Tok::Punct('/');
    let after_card = field.is_some();
    if k > 0
        && !after_card
        && (slash_before
            || (toks[k - 1].tok == Tok::Punct(':') && !after_label))
    {
        return None;
    }
    if k > 1
        && matches!(toks[k - 1].tok, Tok::Dash | Tok::Dot)
        && toks[k - 2].tok == Tok::Digits
    {
        return None;
    }
    let y = toks.get(j)?;
    if y.tok != Tok::Digits || !matches!(y.span().len(), 2 | 4) {
        return None;
    }
    let y_unit = (doc.unit_at[j] as usize).checked_sub(1)?;
    if doc.taken[y_unit].is_some() {
        return None;
    }
    // Not followed by another date part (`12/04/1951`, `2024-07-06`). After
    // a card, three digits are its code, no part of a date: no day or year
    // has three digits ("4111111111111111/07/31/192").
    if let (Some(a), Some(b)) = (toks.get(j + 1), toks.get(j + 2)) {
        let sep_after = matches!(
            a.tok,
            Tok::Punct('/') | Tok::Dash | Tok::Dot | Tok::Punct(':')
        );
        let code = after_card && b.span().len() == 3;
        if sep_after && b.tok == Tok::Digits && !code {
            return None;
        }
    }
    Some((j, m_unit, y_unit))
}

/// Returns true if token `t` may part a record's fields (see
/// [`card_field`]): a slash, a pipe, a semicolon, a colon, a comma or a tab.
fn field_separator(text: &str, t: &Token) -> bool {
    match t.tok {
        Tok::Punct('/' | '|' | ';' | ':') | Tok::Comma => true,
        Tok::Space => t.span().of(text) == "\t",
        _ => false,
    }
}

/// The separator of a record's fields when token `k` starts the field
/// right after a card's number: a slash, a pipe, a semicolon, a colon, a
/// comma or a tab between them, alone or with one space on each side
/// ("4111111111111111 | 07 | 31 | 192").
fn card_field(doc: &Doc<'_>, k: usize) -> Option<Token> {
    let toks = &doc.tokens;
    let field = |j: usize| {
        toks.get(j).copied().filter(|t| field_separator(doc.text, t))
    };
    let space = |j: usize| {
        toks.get(j).is_some_and(|t| {
            t.tok == Tok::Space && t.span().of(doc.text) == " "
        })
    };
    let before = k.checked_sub(1)?;
    let (sep, card_last) = match field(before) {
        Some(sep) => (sep, before.checked_sub(1)?),
        None if space(before) => {
            let j = before.checked_sub(1)?;
            let sep = field(j).filter(|t| t.tok != Tok::Space)?;
            let c = j.checked_sub(1).filter(|&c| space(c))?;
            (sep, c.checked_sub(1)?)
        }
        None => return None,
    };
    doc.card_before(k).filter(|d| d.last_token == card_last)?;
    Some(sep)
}

/// "September 2027", "Sep '27", "Sept. 2027", "February of twenty twenty
/// nine", "october thirty one", at the tokens `at`. With `again_only`,
/// only those that read back an expiry date found before
/// ([`Doc::reads_back`]). Returns the tokens of the month names followed
/// by a year but not taken.
fn months(
    doc: &mut Doc<'_>,
    cards: &Marks,
    at: impl Iterator<Item = usize>,
    again_only: bool,
) -> Vec<usize> {
    let mut left = Vec::new();
    for k in at {
        let t = doc.tokens[k];
        if t.tok != Tok::Word {
            continue;
        }
        // Most words are no month and cannot hold one after "exp": skip
        // them before reading their text.
        let month_word =
            lexicon::get(t.word).is_some_and(|l| l.month.is_some());
        let may_be_glued = t.span().len() > 3
            && doc
                .text
                .as_bytes()
                .get(t.span().start)
                .is_some_and(|b| b.eq_ignore_ascii_case(&b'e'));
        if !month_word && !may_be_glued {
            continue;
        }
        // "Mar", or "expMar" with the label glued on.
        let word = t.span().of(doc.text);
        let glued = word.len() > 3
            && word
                .as_bytes()
                .get(..3)
                .is_some_and(|p| p.eq_ignore_ascii_case(b"exp"));
        let (month, start) = match lexicon::get(t.word).and_then(|l| l.month) {
            Some(m) => (m, t.span().start),
            None if glued => {
                let rest =
                    lexicon::get(lexicon::lookup(word.get(3..).unwrap_or("")));
                match rest.and_then(|l| l.month) {
                    Some(m) => (m, t.span().start + 3),
                    None => continue,
                }
            }
            None => continue,
        };
        let Some(turn) = doc.layout.turn_at(t.span().start) else { continue };
        let Some(year) = year_after(doc, k) else { continue };
        let again = reads_back(doc, k, u32::from(month), number(&year.digits));
        // Whether the date corrects the expiry before it: looked at only
        // where nothing else takes it (a walk back over the words).
        let speaker = doc.layout.turns[turn].speaker;
        let corrects_now =
            |doc: &Doc<'_>| doc.corrects_at(k, speaker) == Some(Kind::Expiry);
        let mut corrects = false;
        if again_only {
            if year.units.clone().any(|i| doc.taken[i].is_some()) {
                continue;
            }
            corrects = !again && corrects_now(doc);
            if !(again || corrects) {
                continue;
            }
        }
        let ctx = doc.ctx_at(k, turn, 4);
        let ctx = doc.as_answer(ctx, year.units.start, Kind::Expiry);
        let card_next = doc.card_just_before(k, turn).is_some();
        let strong = year.apostrophe || year.dashed || year.digits.len() == 4;
        let in_order =
            doc.next_in_order(k, year.units.clone(), cards, ASKED, true);
        // "4204193751479279  september 31  212": right after a card and
        // right before a code, a month and a year of two digits are its
        // expiry, as "Nov 28" alone may be a day.
        let ok = labelled(&ctx)
            || glued
            || (card_next && (strong || code_after(doc, year.last_token)))
            || in_order
            || again
            || corrects
            || {
                corrects = corrects_now(doc);
                corrects
            };
        let y = number(&year.digits);
        if !valid(u32::from(month), y, year.digits.len(), true) {
            continue;
        }
        if !ok {
            left.push(k);
            continue;
        }
        let span = Span::new(start, doc.tokens[year.last_token].span().end);
        let mut digits = format!("{month:02}").into_bytes();
        digits.extend_from_slice(&year.digits);
        let why = reason(
            doc, &ctx, span.start, card_next, in_order, again, corrects,
        );
        doc.take_span(
            Kind::Expiry,
            vec![span],
            year.last_token,
            std::slice::from_ref(&year.units),
            digits,
            why,
        );
    }
    left
}

/// Returns true if a code follows token `last` (a date's last): three or
/// four digits after a space, a dash or a comma ("- 542", ",  212"), and
/// no more digits after them.
fn code_after(doc: &Doc<'_>, last: usize) -> bool {
    let toks = &doc.tokens;
    let sep = |t: &Token| matches!(t.tok, Tok::Space | Tok::Dash | Tok::Comma);
    let mut j = last + 1;
    while j <= last + 3 && toks.get(j).is_some_and(sep) {
        j += 1;
    }
    let code = toks.get(j).is_some_and(|t| {
        t.tok == Tok::Digits && (3..=4).contains(&t.span().len())
    });
    // Nothing after the code but the end, a line break, or a word or
    // mark that is no digit: "212", "542 thanks", not "212 555 0199".
    let then = match toks.get(j + 1) {
        Some(t) if sep(t) => toks.get(j + 2),
        t => t,
    };
    code && then.is_none_or(|t| t.tok != Tok::Digits)
}

/// A year after a month name.
struct Year {
    digits: Vec<u8>,
    apostrophe: bool,
    dashed: bool,
    units: Range<usize>,
    last_token: usize,
}

fn year_after(doc: &Doc<'_>, k: usize) -> Option<Year> {
    let toks = &doc.tokens;
    let mut j = k + 1;
    if toks.get(j).is_some_and(|t| t.tok == Tok::Dot) {
        j += 1;
    }
    // A space, or a line break in wrapped text ("Mar\n'34", "Mar\n> '34"),
    // a dash or a slash ("Nov-30", "apr/30") or a comma ("July, 2028").
    let mut comma = false;
    let mut dashed = false;
    match toks.get(j).map(|t| t.tok) {
        Some(Tok::Space) => j += 1,
        Some(Tok::Dash | Tok::Punct('/'))
            if toks.get(j + 1).is_some_and(|t| t.tok == Tok::Digits) =>
        {
            dashed = true;
            j += 1;
        }
        Some(Tok::Comma)
            if toks.get(j + 1).is_some_and(|t| t.tok == Tok::Space) =>
        {
            comma = true;
            j += 2;
        }
        Some(Tok::Newline) => {
            j += 1;
            while toks
                .get(j)
                .is_some_and(|t| matches!(t.tok, Tok::Space | Tok::Punct('>')))
            {
                j += 1;
            }
        }
        _ => return None,
    }
    // "July of 2027"; Spanish "julio de 2027", "julio del 27".
    let is_of = toks.get(j).is_some_and(|t| {
        lexicon::get(t.word)
            .is_some_and(|l| matches!(l.word, "of" | "de" | "del"))
    });
    if is_of {
        j += 1;
        if !toks.get(j).is_some_and(|t| t.tok == Tok::Space) {
            return None;
        }
        j += 1;
    }
    let apostrophe = toks
        .get(j)
        .is_some_and(|t| matches!(t.tok, Tok::Punct('\'' | '’' | '‘')));
    if apostrophe {
        j += 1;
    }
    let u = (*doc.unit_at.get(j)? as usize).checked_sub(1)?;
    if doc.taken[u].is_some() {
        return None;
    }
    let units = &doc.units;
    let d = units.digits_of(u);
    let unit = &units.units[u];
    let next = units.units.get(u + 1);
    let (digits, last_unit) = match (d.len(), unit.spoken) {
        (4, _) => (d.to_vec(), u),
        (2, false) => {
            // "April 18, 2023" is a date, and so is "Nov 09 2023"; "exp
            // Jul 30, sec code 649" is not ("May '33, 509" is an expiry
            // and a code).
            let year_after_comma =
                toks.get(unit.last + 1).is_some_and(|t| t.tok == Tok::Comma)
                    && toks
                        .get(unit.last + 2..)
                        .unwrap_or_default()
                        .iter()
                        .take(2)
                        .find(|t| t.tok != Tok::Space)
                        .is_some_and(|t| {
                            t.tok == Tok::Digits && t.span().len() == 4
                        });
            // A year goes on the date ("Nov 09 2023", "Nov 09 23"); three
            // digits are a code after the expiry ("september 31 212").
            let date_goes_on = year_after_comma
                || next.is_some_and(|n| {
                    n.glue == Glue::Tight
                        && doc.taken[u + 1].is_none()
                        && matches!(units.digits_of(u + 1).len(), 2 | 4)
                });
            // "Nov-30" and "May '33" are years; "April 18, 2023" a date.
            if !apostrophe && !dashed && date_goes_on {
                return None;
            }
            (d.to_vec(), u)
        }
        (2, true) => {
            // "twenty twenty nine", "twenty thirty": a four-digit year.
            match next {
                Some(n)
                    if d == b"20"
                        && n.glue == Glue::Tight
                        && n.spoken
                        && units.digits_of(u + 1).len() == 2
                        && doc.taken[u + 1].is_none() =>
                {
                    let mut y = d.to_vec();
                    y.extend_from_slice(units.digits_of(u + 1));
                    // "twenty thirty to you": a recogniser's "two" for the
                    // year's last digit, which the number words before did
                    // not take (a homophone before "you" may be a word).
                    let tens = units.digits_of(u + 1).last() == Some(&b'0');
                    let homophone = units
                        .units
                        .get(u + 2)
                        .filter(|m| {
                            tens && m.glue == Glue::Tight
                                && units.is_homophone_digit(u + 2)
                                && doc.taken[u + 2].is_none()
                        })
                        .and_then(|_| units.digits_of(u + 2).first());
                    match (homophone, y.last_mut()) {
                        (Some(&h), Some(last)) => {
                            *last = h;
                            (y, u + 2)
                        }
                        _ => (y, u + 1),
                    }
                }
                _ => (d.to_vec(), u),
            }
        }
        (1, true) => {
            // "September two eight": a year said digit by digit, two
            // digits and no more.
            next.filter(|n| {
                n.glue == Glue::Tight
                    && n.spoken
                    && units.digits_of(u + 1).len() == 1
                    && doc.taken[u + 1].is_none()
                    && units
                        .units
                        .get(u + 2)
                        .is_none_or(|m| m.glue != Glue::Tight)
            })?;
            let mut y = d.to_vec();
            y.extend_from_slice(units.digits_of(u + 1));
            (y, u + 1)
        }
        _ => return None,
    };
    // "July, 2028" but not "May, 12 of them".
    if (apostrophe && digits.len() != 2) || (comma && digits.len() != 4) {
        return None;
    }
    Some(Year {
        digits,
        apostrophe,
        dashed,
        units: u..last_unit + 1,
        last_token: units.units[last_unit].last,
    })
}

/// Returns true if unit `i` follows a month name ("Sep 11, 2024"): it is a
/// day, not the month of an expiry.
fn after_month_name(doc: &Doc<'_>, i: usize) -> bool {
    let first = doc.units.units[i].first;
    let before = doc.tokens[..first]
        .iter()
        .rev()
        .take(3)
        .find(|t| !matches!(t.tok, Tok::Space | Tok::Dot));
    before.is_some_and(|t| {
        lexicon::get(t.word).is_some_and(|l| l.month.is_some())
    })
}

/// "4539 1488 0343 6467 09 27 123": a card, then its expiry date typed as
/// two groups, a month and a year, and its code, all in one written run
/// with spaces: the date is the two groups after the card. ([`compact`]
/// offers windows that end where the glue does, and "09 27 123" as one
/// number is no date.) The code is then the code's, after the date.
fn date_then_code(doc: &mut Doc<'_>) {
    let mut found = Vec::new();
    for run in doc.free_runs().iter() {
        let s = run.start;
        if run.len() != 3 || s == 0 || doc.taken[s - 1] != Some(Kind::Card) {
            continue;
        }
        let units = &doc.units;
        let spaced = run.clone().all(|k| {
            let u = &units.units[k];
            !u.spoken
                && u.glue == Glue::Tight
                && u.glue_span.of(doc.text).chars().all(char::is_whitespace)
        });
        let (m, y, c) = (
            units.digits_of(s),
            units.digits_of(s + 1),
            units.digits_of(s + 2),
        );
        if spaced
            && (1..=2).contains(&m.len())
            && matches!(y.len(), 2 | 4)
            && matches!(c.len(), 3 | 4)
            && valid(number(m), number(y), y.len(), false)
        {
            found.push(s..s + 2);
        }
    }
    for range in found {
        let why = "Expiry: right after a card number, before its code";
        doc.take(Kind::Expiry, range, why.to_string(), None);
    }
}

/// "4539148803436467 0927123", "exp 0927123": the date (MMYY, MMYYYY)
/// and the code (3 or 4 digits) typed as one block, as a payment form's
/// two fields pasted together: written, right after the card with only a
/// space or two between, in the same turn, or right after an expiry or
/// code label (a question is not enough). Taken
/// whole as the expiry: the code in it is hidden with it. (A block with no
/// card before and no label, an order or a phone number, is not read.)
fn date_and_code(doc: &mut Doc<'_>) {
    let mut found = Vec::new();
    let units = &doc.units.units;
    for i in doc.units.long() {
        let Some(u) = units.get(i) else { continue };
        if !(7..=10).contains(&u.digits.len())
            || doc.taken.get(i).is_none_or(Option::is_some)
        {
            continue;
        }
        let d = doc.units.digits_of(i);
        let year_end = if d.len() <= 8 { 4 } else { 6 };
        let (Some(m), Some(y)) = (d.get(..2), d.get(2..year_end)) else {
            continue;
        };
        if !valid(number(m), number(y), year_end - 2, false) {
            continue;
        }
        let glue = u.glue_span.of(doc.text);
        let after_card = i > 0
            && doc.taken.get(i - 1) == Some(&Some(Kind::Card))
            && units.get(i - 1).is_some_and(|c| c.turn == u.turn)
            && (1..=3).contains(&glue.len())
            && glue.chars().all(char::is_whitespace);
        // A label right before, not a question: the answer to "the
        // routing number?" after the date was asked for is no date.
        let labelled = || {
            let near = doc.ctx(i..i + 1, 3).near;
            near.is_some_and(|l| matches!(l.cat, Cat::Expiry | Cat::Cvv))
        };
        if after_card {
            found.push((
                i,
                "Expiry: date and code typed as one, after the card",
            ));
        } else if labelled() {
            found.push((
                i,
                "Expiry: date and code typed as one, after a label",
            ));
        }
    }
    for (i, why) in found {
        doc.take(Kind::Expiry, i..i + 1, why.to_string(), None);
    }
}

/// `0927`, `0828`, "oh nine twenty seven", "nine thirty two", "one one
/// three zero": digits alone, after an expiry label or question.
fn compact(doc: &mut Doc<'_>, cards: &Marks) {
    doc.take_longest(3..=6, true, |doc, range, run| {
        fits(doc, range, run, cards)
    });
}

/// Records units `range` as an expiry if they form one in context.
fn fits(
    doc: &mut Doc<'_>,
    range: Range<usize>,
    run: Range<usize>,
    cards: &Marks,
) -> bool {
    let units = &doc.units;
    if units.homophone_inside(range.start, &run)
        || units.homophone_inside(range.end - 1, &run)
    {
        return false;
    }
    let digits = doc.digits(range.clone());
    // "Exp (YYMM) : 3004", as a payment message's field is named: the
    // year first.
    let year_first =
        digits.len() == 4 && yymm_before(doc, units.units[range.start].first);
    // "exp=2902" in a terminal's log, "<ExpDate>3110</ExpDate>": four
    // digits whose first two are no month and whose last two are, read
    // year first as track data and payment messages keep them; only
    // written, undotted ("31.01" is a time or an amount) and right after
    // an expiry's label (below): a question's answer said aloud gives the
    // month first.
    let only_year_first = digits.len() == 4
        && !year_first
        && number(&digits[..2]) > 12
        && (1..=12).contains(&number(&digits[2..]));
    let Some((month, year, yd)) = (match year_first || only_year_first {
        true => Some((number(&digits[2..]), number(&digits[..2]), 2)),
        false => split(&digits),
    }) else {
        return false;
    };
    // Not a month and year even with a label: no need for the context.
    if !valid(month, year, yd, true) {
        return false;
    }
    // Year first without a field's name saying so: written, right after
    // an expiry's label, told before the whole context is read (years
    // and amounts are many: "2012", "1905").
    if only_year_first {
        let first = &units.units[range.start];
        let near = doc.ctx_at(first.first, first.turn, 4).near;
        if units.any_spoken(range.clone())
            || near.is_none_or(|l| l.cat != Cat::Expiry)
        {
            return false;
        }
    }
    if doc.after_symbol(range.start) || after_month_name(doc, range.start) {
        return false;
    }
    let mut ctx = doc.answer_ctx(range.clone(), 4, Kind::Expiry);
    // "11.36" after a question is an amount; a dotted expiry needs a
    // label right before it.
    let dotted = range.clone().skip(1).any(|i| {
        units.units[i].glue == Glue::Tight
            && units.units[i].glue_span.of(doc.text) == "."
    });
    if dotted {
        ctx.question = None;
    }
    // Typed right after the card: in the same run, or after a little
    // punctuation or an "x" ("CARD: 6261 ... X 0832").
    let first = &units.units[range.start];
    let in_run = range.start > 0
        && !matches!(first.glue, Glue::Break | Glue::Turn)
        && doc.taken[range.start - 1] == Some(Kind::Card);
    // Three digits said ("six twenty seven"): the recogniser drops the
    // "oh" of "oh six twenty seven"; "737" typed after a card is its code,
    // and "six two eight zero" a code of four digits.
    let said = units.any_spoken(range.clone());
    let after_card = range.start == run.start
        && (digits.len() == 4
            || (said && digits.len() == 3 && range.end == run.end))
        && (in_run || doc.card_just_before(first.first, first.turn).is_some());
    let again = reads_back(doc, units.units[range.start].first, month, year);
    let corrects = again || doc.corrects(range.start) == Some(Kind::Expiry);
    // Next after the card: four digits or more ("0927"), or spoken (a
    // recogniser drops the "oh" of "oh nine thirty two"); "123" typed
    // alone is more likely the code.
    let in_order = !dotted
        && range.start == run.start
        && (digits.len() >= 4 || said)
        && doc.next_in_order(first.first, range.clone(), cards, ASKED, true);
    if !(labelled(&ctx) || after_card || corrects || in_order)
        || !valid(month, year, yd, labelled(&ctx) || corrects)
        || (only_year_first && dotted)
    {
        return false;
    }
    let at = units.units[range.start].span.start;
    let why = reason(doc, &ctx, at, after_card, in_order, again, corrects);
    doc.take(Kind::Expiry, range, why, None);
    true
}

#[cfg(test)]
mod tests {
    /// A run of any length has a value: no overflow, no wrap to a month.
    #[test]
    fn long_numbers_saturate() {
        assert_eq!(super::number(b"0927"), 927);
        assert_eq!(super::number(b"12345678901234567890"), u32::MAX);
        assert!(!super::valid(1, super::number(b"123456789012"), 12, true));
    }
}
