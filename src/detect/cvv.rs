//! Card security codes (CVV, CVC, CID): three digits, four for Amex, after
//! a label ("CVV", "security code", "code on the back"), in answer to the
//! question for one, typed right after a card number, said next in order
//! after the card and its expiry date ([`Doc::next_in_order`]), or after
//! its length said right after them ("..., the 3 digits are 123",
//! [`named_by_length`]) or "security" alone ([`security_alone`]), or
//! typed with the billing ZIP after it ([`before_zip`]).
//!
//! After a label or a question, three or four digits are a code whatever
//! the card's brand (a misheard or mistyped code is still a code); right
//! after a card, or next in order, with no label, the length must be the
//! brand's.

use std::ops::Range;

use super::context::Label;
use super::lexicon::{self, Cat, Num};
use super::token::Tok;
use super::{Ctx, Doc, Marks};
use crate::finding::Kind;
use crate::span::Span;
use crate::validate::brand::Brand;

pub(super) fn detect(doc: &mut Doc<'_>) {
    // The turns where an expiry date or a card ends, for `in_order`.
    let prior = doc.marks(&[Kind::Expiry, Kind::Card]);
    // The code is the whole run, or its first group when more follows
    // after a comma; the longest that fits wins. Two digits only when said
    // (see [`Evidence::short_said`]).
    doc.take_longest(2..=4, false, |doc, range, run| {
        fits(doc, range, run, &prior)
    });
    before_zip(doc);
    clock(doc);
    restarted(doc);
    misheard_answers(doc);
}

/// The most words of an answer that [`misheard_answer`] reads.
const ANSWER_WORDS: u32 = 8;

/// The first answer to the question for the code, in the turn right after
/// it, when a recogniser garbled it: "seven now too" for "seven oh two",
/// "for five goal" for "four five oh", "the code is seven too far". A
/// few words at most, all said (typed digits are no recogniser's: "86"
/// typed is no code), one digit for certain and two to four in all with
/// the homophones ("too", "for"), no unit after them, no other kind's
/// label and nothing found in the turn yet: its number words and
/// homophones are hidden as the code (fail closed, with a reason that
/// says so).
fn misheard_answers(doc: &mut Doc<'_>) {
    for t in 1..doc.layout.turns.len() {
        let Some(Some((q, _))) = doc.questions.get(t).copied() else {
            continue;
        };
        let asked_in = doc.layout.turn_at(q.label.span.start);
        let first = asked_in == Some(t - 1)
            && doc.layout.turns[t - 1].speaker != doc.layout.turns[t].speaker;
        if q.asked & Cat::Cvv.bit() == 0 || !first {
            continue;
        }
        if let Some(r) = doc.layout.tokens.get(t).cloned() {
            misheard_answer(doc, r, doc.layout.turns[t].content);
        }
    }
    if doc.layout.conversation {
        return;
    }
    // Lines for turns (a transcript with no speakers, a turn a line): the
    // line after one that closes with the code's label ("what's the card
    // verification code" / "seven now too"), or with the words that place
    // it ("the three digit code on the back of the card": its last label,
    // "on the back", with a few words after).
    for (first, last, line) in doc.label_lines(Cat::Cvv) {
        let asks = !doc.labels.has_digits(line.clone())
            && (doc.labels.words_between(first, line.end) <= CLOSING_WORDS
                || doc.labels.words_between(last + 1, line.end)
                    <= CLOSING_WORDS);
        let Some(next) = doc.line_of(line.end + 1).filter(|_| asks) else {
            continue;
        };
        let (Some(a), Some(z)) = (
            doc.tokens.get(next.start),
            next.end.checked_sub(1).and_then(|z| doc.tokens.get(z)),
        ) else {
            continue;
        };
        let content = a.span().cover(z.span());
        misheard_answer(doc, next, content);
    }
    said_after_labels(doc);
}

/// The most words of an answer in the same line as its question (see
/// [`said_after_labels`]).
const SAME_LINE_WORDS: u32 = 5;

/// The most words of a line of one utterance: a line of more is a call run
/// together (see [`said_after_labels`]).
const LONG_LINE: u32 = 40;

/// The most tokens [`said_after_labels`] reads after a label's phrase.
const ANSWER_REACH: usize = 64;

/// [`misheard_answers`] where a call is run together on one line (a
/// recogniser's transcript with no line breaks): the answer follows the
/// question in the same line, right after the words that ask for the code
/// ("... the three digit code on the back of the card okay four to follow
/// thank you ..."). The answer opens at the first number word at most
/// [`ANSWER_WORDS`] words after the label's phrase (a card's label inside
/// it, "of the card", is of the phrase), a number heard as one or a
/// homophone right before another, and runs [`SAME_LINE_WORDS`] words, up
/// to the next label. A label of another kind in the phrase, digits
/// before the answer, or a number hidden already, and there is none.
fn said_after_labels(doc: &mut Doc<'_>) {
    let labels = doc.labels.all();
    let mut answers: Vec<(Range<usize>, Span)> = Vec::new();
    let mut k = 0;
    while let Some(l) = labels.get(k) {
        k += 1;
        if l.cat != Cat::Cvv {
            continue;
        }
        // The phrase: labels of the code or the card a few words apart.
        let mut end = l.last;
        let mut other = false;
        while let Some(n) = labels.get(k) {
            if doc.labels.words_between(end + 1, n.first) > CLOSING_WORDS {
                break;
            }
            other |= !matches!(n.cat, Cat::Cvv | Cat::Card);
            end = n.last;
            k += 1;
        }
        // The phrase's line, when it is no longer than a spoken turn; a
        // call run together on one line is longer (see `Doc::line_of`).
        let line = doc.line_of(end);
        let long = line.as_ref().is_none_or(|l| {
            doc.labels.words_between(l.start, l.end) > LONG_LINE
        });
        let line_end = line.map_or(doc.tokens.len(), |l| l.end);
        // The next label, the line's end, or a few dozen tokens on.
        let stop = labels
            .get(k)
            .map_or(line_end, |n| n.first.min(line_end))
            .min(end + 1 + ANSWER_REACH);
        // The answer opens at the first number word a few words after the
        // phrase (past the words that place the code, "on the back of the
        // card okay"), and runs at most ANSWER_WORDS words.
        // A number heard as one opens it; a homophone or "oh" only right
        // before another number word ("for a four" opens at "four", not at
        // the "of" of "the back of the card").
        let num = |j: usize| {
            doc.tokens
                .get(j)
                .filter(|t| t.tok == Tok::Word)
                .and_then(|t| lexicon::get(t.word).and_then(|l| l.num))
        };
        let next_word = |j: usize| {
            (j + 1..stop).find(|&i| doc.tokens[i].tok != Tok::Space)
        };
        let mut from = None;
        let mut words = 0;
        for j in end + 1..stop {
            let t = &doc.tokens[j];
            // An answer in digits was given already ("its 062").
            if matches!(t.tok, Tok::Digits | Tok::Newline) {
                break;
            }
            let opens = match num(j) {
                Some(Num::Digit(_) | Num::Teen(_) | Num::Tens(_)) => true,
                Some(_) => next_word(j).and_then(num).is_some(),
                None => false,
            };
            if opens {
                from = Some(j);
                break;
            }
            words += u32::from(t.tok == Tok::Word);
            if words > ANSWER_WORDS {
                break;
            }
        }
        let Some(from) = from else { continue };
        // In a line of one utterance (a transcript an utterance a line),
        // only right after the phrase ("the code is seven now far"): the
        // words after an agent's question are the agent's ("... on the
        // back of the card and then we're done"), and the answer is on the
        // next line. A call run together on one line is longer.
        if !long && words > 2 {
            continue;
        }
        // A few words: the call goes on in the same line, the agent's
        // next question and the reference number after it.
        let mut to = from;
        let mut words = 0;
        while to < stop
            && words < SAME_LINE_WORDS
            && doc.tokens[to].tok != Tok::Newline
        {
            words += u32::from(doc.tokens[to].tok == Tok::Word);
            to += 1;
        }
        let r = from..to;
        let (Some(a), Some(z)) = (
            doc.tokens.get(r.start),
            to.checked_sub(1).and_then(|z| doc.tokens.get(z)),
        ) else {
            continue;
        };
        // Nor after a number hidden already (a tag or a mask of ours): the
        // answer was given, and a second pass reads as the first.
        let hidden = (end + 1..to)
            .any(|j| super::context::is_redacted(doc.text, &doc.tokens, j));
        if other || hidden {
            continue;
        }
        answers.push((r, a.span().cover(z.span())));
    }
    for (r, content) in answers {
        misheard_answer(doc, r, content);
    }
}

/// The most words from the code's label to the end of its line for the
/// line to ask for the code ("what's the card verification code").
const CLOSING_WORDS: u32 = 3;

/// [`misheard_answers`] for the turn of tokens `r`, whose content is
/// `content`.
fn misheard_answer(doc: &mut Doc<'_>, r: Range<usize>, content: Span) {
    const UNITS: &[&str] = &[
        "day", "days", "week", "weeks", "month", "months", "year", "years",
        "minute", "minutes", "hour", "hours", "second", "seconds", "dollars",
        "bucks", "cents", "percent", "times", "digit", "digits",
    ];
    let Some(tokens) = doc.tokens.get(r.clone()) else { return };
    if doc.labels.words_between(r.start, r.end) > ANSWER_WORDS
        || doc.labels.any_other_than(content, Some(Cat::Cvv))
    {
        return;
    }
    // Nothing found in the turn yet, no number hidden before.
    let from = doc.units.units.partition_point(|u| u.first < r.start);
    let to =
        from + doc.units.units[from..].partition_point(|u| u.first < r.end);
    if (from..to).any(|i| doc.taken[i].is_some())
        || doc.drafts.iter().rev().take(4).any(|d| {
            d.parts
                .iter()
                .any(|p| content.start <= p.start && p.end <= content.end)
        })
    {
        return;
    }
    let mut parts: Vec<Span> = Vec::new();
    let mut digits = Vec::new();
    let (mut sure, mut last) = (false, None);
    for (k, t) in tokens.iter().enumerate() {
        let num = match t.tok {
            // Typed digits are no recogniser's: two typed are no code
            // ("86"), and a message sent too soon is sent again ("31",
            // "318").
            Tok::Digits => return,
            Tok::Word => match lexicon::get(t.word).and_then(|l| l.num) {
                Some(Num::Digit(d) | Num::Homophone(d)) => {
                    sure |= matches!(
                        lexicon::get(t.word).and_then(|l| l.num),
                        Some(Num::Digit(_))
                    );
                    digits.push(b'0' + d);
                    true
                }
                Some(Num::Oh) => {
                    digits.push(b'0');
                    true
                }
                Some(Num::Teen(v)) => {
                    sure = true;
                    digits.extend_from_slice(format!("{v}").as_bytes());
                    true
                }
                Some(Num::Tens(v)) => {
                    sure = true;
                    digits.push(b'0' + v);
                    true
                }
                Some(Num::Repeat(_)) => true,
                _ => {
                    if UNITS
                        .iter()
                        .any(|u| t.span().of(doc.text).eq_ignore_ascii_case(u))
                    {
                        return;
                    }
                    false
                }
            },
            _ => continue,
        };
        if !num {
            last = None;
            continue;
        }
        let at = r.start + k;
        match (last, parts.last_mut()) {
            (Some(_), Some(p)) => p.end = t.span().end,
            _ => parts.push(t.span()),
        }
        last = Some(at);
    }
    let last_token = match tokens
        .iter()
        .rposition(|t| parts.last().is_some_and(|p| t.span().end == p.end))
    {
        Some(k) => r.start + k,
        None => return,
    };
    if !sure || !(2..=4).contains(&digits.len()) {
        return;
    }
    doc.take_span(
        Kind::Cvv,
        parts,
        last_token,
        std::slice::from_ref(&(from..to)),
        digits,
        "CVV: said in answer to the question for the code; unclear: likely \
         misheard by the recogniser"
            .to_string(),
    );
}

/// A code written as a clock time after its label or in answer to the
/// question for it: "security code is 3:18", "CVV 12:04", as a recogniser
/// writes "three eighteen". A colon breaks every run: the two parts are
/// read here, as one code of three or four digits. Elsewhere it is the
/// time it looks like.
fn clock(doc: &mut Doc<'_>) {
    /// How far before the code its label or question may end, in bytes:
    /// "and the three digit code on the back of the card? 3:18".
    const CLOCK_REACH: usize = 120;
    let mut found = Vec::new();
    let labels = doc.labels.all();
    let mut next = 0;
    for &d in &doc.units.colons {
        let Some(&t) = doc.tokens.get(d) else { break };
        let c = t.span().end;
        // A code's label or question among the two labels last before the
        // colon: the labels are stepped through once, in text order.
        while labels.get(next).is_some_and(|l| l.span.start < c) {
            next += 1;
        }
        let labelled_near = labels
            .get(next.saturating_sub(2)..next)
            .unwrap_or_default()
            .iter()
            .any(|l| {
                l.cat == Cat::Cvv && c - l.span.end.min(c) <= CLOCK_REACH
            });
        // The unit the digits before the colon start.
        let unit =
            doc.unit_at.get(d).and_then(|&u| (u as usize).checked_sub(1));
        let Some(i) = unit.filter(|_| labelled_near) else { continue };
        let Some(u) = doc.units.units.get(i) else { continue };
        if doc.taken.get(i).is_none_or(Option::is_some)
            || doc.taken.get(i + 1).is_none_or(Option::is_some)
            || !doc.clock_shaped(i)
        {
            continue;
        }
        let range = i..i + 2;
        let ctx = code_ctx(doc, &range);
        let labelled = ctx.near.is_some_and(|l| l.cat == Cat::Cvv);
        let asked = ctx.near.is_none() && ctx.wants(Cat::Cvv);
        let first = u.first;
        if (labelled || asked) && doc.leads_to(ctx.near, first) {
            let why = format!(
                "CVV: {}; written as a clock time by the recogniser",
                doc.why(&ctx, u.span.start)
            );
            found.push((range, why));
        }
    }
    for (range, why) in found {
        doc.take(Kind::Cvv, range, why, None);
    }
}

/// A code typed with the billing ZIP code right after it, in the order
/// of a payment form's fields: "4111 1111 1111 1111 0927 123 30301",
/// "cvv 123 30301". The code and the ZIP are one run of two written
/// groups ([`fits`] reads the whole run, eight digits, as no code); the
/// first is the code after the code's label, or right after the card or
/// its expiry date with the brand's length, when the second is a ZIP
/// (five digits, or ZIP+4 written 5-4).
fn before_zip(doc: &mut Doc<'_>) {
    let mut found = Vec::new();
    for run in doc.free_runs().iter() {
        let units = &doc.units;
        let (a, z) = (run.start, run.end);
        // Most runs are one unit, or not a code and a ZIP: told by the
        // count of units and their lengths first.
        let len_of = |k: usize| units.digits_of(k).len();
        let zip = match z.wrapping_sub(a) {
            2 => len_of(a + 1) == 5,
            3 => {
                len_of(a + 1) == 5
                    && len_of(a + 2) == 4
                    && units.units.get(a + 2).is_some_and(|u| {
                        u.glue == super::units::Glue::Tight
                            && doc.text.get(u.glue_span.range()) == Some("-")
                    })
            }
            _ => false,
        };
        let (Some(code), Some(next)) =
            (units.units.get(a), units.units.get(a + 1))
        else {
            continue;
        };
        let len = units.digits_of(a).len();
        if !zip
            || !(3..=4).contains(&len)
            || code.spoken
            || units.any_spoken(a..z)
            || next.turn != code.turn
            || !next.glue_span.of(doc.text).chars().all(|c| c == ' ')
        {
            continue;
        }
        // After the code's label ("cvv 123 30301"), any length it may
        // have; else right after the card, the brand's.
        let near = code_ctx(doc, &(a..a + 1)).near;
        let labelled = near.is_some_and(|l| l.cat == Cat::Cvv);
        let brand_len = match doc.card_brand_for(code.first, code.turn) {
            Some(Brand::Amex) | None => true,
            Some(_) => len == 3,
        };
        // Not after another number's label ("order 123 30301").
        let other = near.is_some_and(|l| l.cat == Cat::Other);
        let after_card = !other && brand_len && doc.follows_card(a);
        if labelled || after_card {
            found.push(a..a + 1);
        }
    }
    for range in found {
        let reason = "CVV: right after a card number, before a ZIP code";
        doc.take(Kind::Cvv, range, reason.to_string(), None);
    }
}

/// Everything known about a candidate code.
#[derive(Clone, Copy, Debug)]
struct Evidence {
    len: usize,
    /// The brand of the card it goes with, if one is in sight.
    brand: Option<Brand>,
    ctx: Ctx,
    /// Typed right after a card number (or its expiry date).
    after_card: bool,
    /// Corrects a code said just before ("123 no wait 132").
    corrects: bool,
    /// Said next after the card and its expiry date (see [`in_order`]).
    in_order: bool,
    /// Two digits said aloud, the whole number the speaker gave: a code of
    /// which the recogniser lost a digit ("okay so five seven", "eighty
    /// six", "big three four" for "six three four").
    short_said: bool,
    /// Written as dollars and cents: "$4.25", how a recogniser writes
    /// "four twenty five" ([`money_shaped`]).
    money: bool,
    /// Its length said right before it, after the card or its expiry date
    /// ([`named_by_length`]).
    named: bool,
}

/// What [`decide`] says: the reason, or `None` to keep the digits.
fn decide(e: &Evidence, why: impl Fn(&Ctx) -> String) -> Option<String> {
    // Amex codes have four digits, the others three; with no card in
    // sight, either.
    let brand_len = match e.brand {
        Some(Brand::Amex) => e.len == 3 || e.len == 4,
        Some(_) => e.len == 3,
        None => true,
    };
    let mismatch = |reason: String| match e.brand {
        Some(b) if !brand_len => {
            format!("{reason}; {} digits for a {} card", e.len, b.name())
        }
        _ => reason,
    };
    let labelled = e.ctx.near.is_some_and(|l| l.cat == Cat::Cvv);
    let asked = e.ctx.near.is_none() && e.ctx.wants(Cat::Cvv);
    // Two digits are a code only when said, whole, in answer to the
    // question for one or after its label: nothing else asks for two.
    if e.len == 2 {
        return (e.short_said && (labelled || asked)).then(|| {
            format!(
                "CVV: {}; 2 digits heard, likely one lost by the recogniser",
                why(&e.ctx)
            )
        });
    }
    if e.money {
        // Only a code asked for or labelled is written so: "security code
        // $9.01". Anywhere else it is the amount it looks like.
        return (labelled || asked).then(|| {
            mismatch(format!(
                "CVV: {}; written as an amount by the recogniser",
                why(&e.ctx)
            ))
        });
    }
    if labelled || asked {
        Some(mismatch(format!("CVV: {}", why(&e.ctx))))
    } else if e.after_card && brand_len {
        Some("CVV: right after a card number".to_string())
    } else if e.corrects {
        Some("CVV: corrects the one before".to_string())
    } else if e.in_order && brand_len && e.ctx.near.is_none() {
        Some(
            "CVV: next after the card and its expiry date, in the usual \
             order"
                .to_string(),
        )
    } else if e.named && brand_len && e.ctx.near.is_none() {
        Some(
            "CVV: its length said right after the card or its expiry date"
                .to_string(),
        )
    } else {
        None
    }
}

/// Returns true if units `range` are three or four digits written as
/// dollars and cents, "$4.25", "$12.08": a recogniser's inverse text
/// normalisation makes "four twenty five" so. Not with a unit word after
/// ("$4.25 dollars" is money said as such) nor with a thousands comma.
fn money_shaped(doc: &Doc<'_>, range: &Range<usize>) -> bool {
    let units = &doc.units;
    let (Some(a), Some(b)) =
        (units.units.get(range.start), units.units.get(range.end - 1))
    else {
        return false;
    };
    range.len() == 2
        && !a.spoken
        && (1..=2).contains(&units.digits_of(range.start).len())
        && units.digits_of(range.end - 1).len() == 2
        && b.glue == super::units::Glue::Tight
        && doc.text.get(b.glue_span.range()) == Some(".")
        && doc.after_symbol(range.start)
        && doc.text.get(a.span.start.saturating_sub(1)..a.span.start)
            == Some("$")
        && !doc.unit_word_after(b.last)
}

/// Returns true if units `range` come next in order ([`Doc::next_in_order`])
/// after the same speaker's expiry date or card (`prior`, per turn), with
/// a card given within the last few turns: "and the safety of the
/// players" "it's three eight two" after the card and its expiry; "123"
/// sent after "4111 1111 1111 1111" and "09/27", one message each.
fn in_order(doc: &Doc<'_>, range: &Range<usize>, prior: &Marks) -> bool {
    let Some(first) = doc.units.units.get(range.start) else { return false };
    let card = doc
        .card_turn_before(first.first)
        .is_some_and(|t| t <= first.turn && first.turn - t <= 8);
    // The question may name the card or the code, nothing else.
    let asked = Cat::Card.bit() | Cat::Cvv.bit();
    card && doc.next_in_order(first.first, range.clone(), prior, asked, false)
}

/// Returns true if units `range`, in a text with no speakers (a call a
/// recogniser wrote on one line, or line by line with no labels), are the
/// next number after an expiry date that is itself the next number after
/// a card, a few words on: "... \[card\] okay and the expiration month and
/// year that's \[expiry\] and the safety of the players the one five nine".
/// The order of a payment by phone, where the turns that would say so are
/// not marked. Said in words only.
fn after_card_and_expiry(doc: &Doc<'_>, range: &Range<usize>) -> bool {
    let units = &doc.units.units;
    let Some(first) = units.get(range.start) else { return false };
    let unknown = |turn: usize| {
        doc.layout
            .turns
            .get(turn)
            .is_some_and(|t| t.speaker == super::layout::UNKNOWN)
    };
    // Said in words, as a recogniser with no number formatting writes
    // it: written digits after a date in a note are a street number, a
    // line of a stack trace, "7-10 days".
    if !unknown(first.turn) || !doc.units.all_spoken(range.clone()) {
        return false;
    }
    let kind = |i: usize| doc.taken.get(i).copied().flatten();
    // The number before is an expiry date's, and the one before that date
    // a card's: no other number between them, but one digit said alone in
    // the question's words ("and the sci fi or three please the cat is
    // ...": the "three" of "three digits", its other words misheard).
    let Some(mut last_of_date) = range.start.checked_sub(1) else {
        return false;
    };
    if kind(last_of_date).is_none()
        && units.get(last_of_date).is_some_and(|u| {
            u.spoken
                && doc.units.digits_of(last_of_date).len() == 1
                && doc.labels.words_between(u.last + 1, first.first) >= 2
        })
    {
        last_of_date = last_of_date.saturating_sub(1);
    }
    if kind(last_of_date) != Some(Kind::Expiry) {
        return false;
    }
    let mut k = last_of_date;
    while k > 0 && kind(k - 1) == Some(Kind::Expiry) && last_of_date - k < 4 {
        k -= 1;
    }
    let card_before =
        k.checked_sub(1).is_some_and(|c| kind(c) == Some(Kind::Card));
    let date_last = units.get(last_of_date).map_or(0, |u| u.last);
    if !card_before
        || doc.labels.words_between(date_last + 1, first.first) > 12
    {
        return false;
    }
    // "i called yesterday at like two fifteen": a time, after "at" in the
    // last three words.
    let at_time = doc
        .tokens
        .get(date_last + 1..first.first)
        .unwrap_or_default()
        .iter()
        .rev()
        .filter(|t| t.tok == super::token::Tok::Word)
        .take(3)
        .any(|t| t.span().of(doc.text).eq_ignore_ascii_case("at"));
    !at_time
}

/// The most words between a label and a code said after it.
const SPOKEN_REACH: u32 = 8;

/// Returns true if the code at units `range`, `len` digits, follows its
/// length said right after the card or its expiry date, in the same turn:
/// "4539 1488 0343 6467 exp 09/27 and the 3 digits are 123", "..., three
/// digits 123". The length must be the code's, with a few words at most
/// on each side of it ("the last three digits" are another number's
/// end).
fn named_by_length(doc: &Doc<'_>, range: &Range<usize>, len: usize) -> bool {
    use super::lexicon::Num;
    use super::token::Tok;
    /// The most tokens from the code back to the length's number: "3
    /// digits are " is five.
    const REACH: usize = 10;
    let units = &doc.units.units;
    let tokens = &doc.tokens;
    let Some(first) = units.get(range.start) else { return false };
    // Most codes follow no card or date: one of the two units before
    // (the length's number may be a unit) is one's, or nothing is read.
    let secret = |b: usize| card_or_date(doc, b);
    let near = |d: usize| range.start.checked_sub(d).is_some_and(secret);
    if !near(1) && !near(2) {
        return false;
    }
    // The first number going back from the code: the length, or nothing.
    let lo = first.first.saturating_sub(REACH);
    let length = (lo..first.first).rev().find_map(|k| {
        let t = tokens.get(k)?;
        let n = match t.tok {
            Tok::Digits => Some(t.span().of(doc.text).parse::<usize>().ok()),
            Tok::Word => match lexicon::get(t.word).and_then(|l| l.num) {
                Some(Num::Digit(d)) => Some(Some(usize::from(d))),
                Some(_) => Some(None),
                None => None,
            },
            _ => None,
        }?;
        Some(
            n.filter(|_| lexicon::describes_length(tokens, k)).map(|n| (k, n)),
        )
    });
    let Some((k, n)) = length.flatten() else { return false };
    // "the last three digits", "the first four digits": part of another
    // number.
    let part_of =
        k.checked_sub(2).and_then(|p| tokens.get(p)).is_some_and(|t| {
            lexicon::get(t.word)
                .is_some_and(|l| matches!(l.word, "last" | "first" | "final"))
        });
    if n != len || part_of || doc.labels.words_between(k + 1, first.first) > 4
    {
        return false;
    }
    // The unit before the length (its number may be a unit of its own) is
    // the card's or its date's, in the same turn, a few words before.
    let before = units[..range.start].iter().rposition(|u| u.last < k);
    let Some(b) = before else { return false };
    let prev = &units[b];
    secret(b)
        && prev.turn == first.turn
        && doc.labels.words_between(prev.last + 1, k) <= 4
}

/// Returns true if unit `b` is a card's or an expiry date's.
fn card_or_date(doc: &Doc<'_>, b: usize) -> bool {
    matches!(
        doc.taken.get(b).copied().flatten(),
        Some(Kind::Card | Kind::Expiry)
    )
}

/// Returns true if the code at units `range` follows the card or its
/// expiry date in the same turn with the word "security" alone between
/// ("exp 0927 security 123", "..., and security 123"): the code's label
/// cut short. Alone, "security" names no number ("security deposit",
/// "for security, ...").
fn security_alone(doc: &Doc<'_>, range: &Range<usize>) -> bool {
    use super::token::Tok;
    let units = &doc.units.units;
    let (Some(b), Some(first)) =
        (range.start.checked_sub(1), units.get(range.start))
    else {
        return false;
    };
    let prev = &units[b];
    if prev.turn != first.turn || !card_or_date(doc, b) {
        return false;
    }
    let mut security = false;
    for t in doc.tokens.get(prev.last + 1..first.first).unwrap_or_default() {
        match t.tok {
            Tok::Word => match lexicon::get(t.word).map(|l| l.word) {
                Some("security") if !security => security = true,
                Some("and" | "the") => {}
                _ => return false,
            },
            Tok::Space | Tok::Comma | Tok::Punct(':') => {}
            _ => return false,
        }
    }
    security
}

fn fits(
    doc: &mut Doc<'_>,
    range: Range<usize>,
    run: Range<usize>,
    prior: &Marks,
) -> bool {
    let units = &doc.units;
    // Two digits only said, whole (see `Evidence::short_said`): most
    // two-digit numbers are written, and go no further.
    let digits: usize = range.clone().map(|i| units.digits_of(i).len()).sum();
    let short_said =
        whole_in_turn(units, &range, &run) && units.all_spoken(range.clone());
    if digits == 2 && !short_said {
        return false;
    }
    if units.homophone_inside(range.start, &run)
        || units.homophone_inside(range.end - 1, &run)
    {
        return false;
    }
    let money = doc.amount(range.clone());
    if money && !money_shaped(doc, &range) {
        return false;
    }
    let first = &units.units[range.start];
    let ctx = code_ctx(doc, &range);
    let brand = doc.card_brand_for(first.first, first.turn);
    let e = Evidence {
        len: digits,
        brand,
        ctx,
        after_card: doc.follows_card(range.start),
        corrects: doc.corrects(range.start) == Some(Kind::Cvv),
        in_order: in_order(doc, &range, prior)
            || after_card_and_expiry(doc, &range),
        short_said,
        money,
        named: named_by_length(doc, &range, digits)
            || security_alone(doc, &range),
    };
    let at = first.span.start;
    let Some(reason) = decide(&e, |ctx| doc.why(ctx, at)) else {
        return false;
    };
    doc.take(Kind::Cvv, range, reason, None);
    true
}

/// The context of a code at units `range`: as an answer, a label within
/// five words, or, said, further before with no number between: the
/// speaker's lead-in ("the cvv please, okay, it's, uh, let me see ...").
/// Not the bare word "code" that far, which a recogniser makes of other
/// labels too ("what's his ship code on the account, it's ...").
fn code_ctx(doc: &Doc<'_>, range: &Range<usize>) -> Ctx {
    let ctx = doc.answer_ctx(range.clone(), 5, Kind::Cvv);
    if !doc.units.units[range.start].spoken || ctx.near.is_some() {
        return ctx;
    }
    let far = doc.answer_ctx(range.clone(), SPOKEN_REACH, Kind::Cvv);
    // ("CVC code" is a code's label, read as two: "code" after another
    // code label is not bare.)
    let bare_code = |l: Label| {
        l.first == l.last
            && lexicon::get(doc.tokens[l.first].word)
                .is_some_and(|w| w.word == "code")
            && !l.first.checked_sub(2).is_some_and(|k| {
                doc.labels.ending_at(k).is_some_and(|b| b.cat == Cat::Cvv)
            })
    };
    match far.near {
        Some(l) if !bare_code(l) => far,
        _ => ctx,
    }
}

/// A code said after a false start in one breath, where a code was asked
/// for or labelled: "two four... uh 242", "five six -- five six nine",
/// "eight five eight fifty". The run, all in one turn and partly said,
/// ends with three or four digits that the digits before them begin
/// ([`super::slip`]), fewer of them; nothing else in the run. The whole
/// run is the code's: the false start tells most of it.
fn restarted(doc: &mut Doc<'_>) {
    let mut found: Vec<(Range<usize>, String)> = Vec::new();
    for run in doc.free_runs().iter() {
        // Most runs are too short to hold a false start and a code.
        if run.len() < 2 {
            continue;
        }
        // A run may go on into the same speaker's next turn: each turn's
        // part is looked at alone.
        let mut start = run.start;
        while start < run.end {
            let turn = doc.units.units[start].turn;
            let end = (start + 1..run.end)
                .find(|&k| doc.units.units[k].turn != turn)
                .unwrap_or(run.end);
            if let Some(code) = restarted_code(doc, start..end) {
                found.push((start..end, code));
            }
            start = end;
        }
    }
    for (range, reason) in found {
        doc.take(Kind::Cvv, range, reason, None);
    }
}

/// The reason units `part`, a run's units in one turn, are a code said
/// after a false start (see [`restarted`]), if they are.
fn restarted_code(doc: &Doc<'_>, part: Range<usize>) -> Option<String> {
    let units = &doc.units;
    let len: usize = part.clone().map(|k| units.digits_of(k).len()).sum();
    if !(4..=7).contains(&len)
        || part.len() < 2
        || !units.any_spoken(part.clone())
        || units.is_homophone(part.start)
        || units.is_homophone(part.end - 1)
    {
        return None;
    }
    let k = (part.start + 1..part.end).find(|&k| {
        let (said, code) =
            (doc.digits(part.start..k), doc.digits(k..part.end));
        (3..=4).contains(&code.len())
            && said.len() < code.len()
            && !units.homophone_inside(k, &part)
            && !units.homophone_inside(k - 1, &part)
            && super::slip(&said, &code)
    })?;
    let first = &units.units[part.start];
    let ctx = code_ctx(doc, &part);
    let labelled = ctx.near.is_some_and(|l| l.cat == Cat::Cvv);
    let asked = ctx.near.is_none() && ctx.wants(Cat::Cvv);
    let code: usize = (k..part.end).map(|i| units.digits_of(i).len()).sum();
    let brand_len = match doc.card_brand_for(first.first, first.turn) {
        Some(Brand::Amex) | None => true,
        Some(_) => code == 3,
    };
    if !(labelled || asked) || !brand_len || doc.amount(part.clone()) {
        return None;
    }
    let why = doc.why(&ctx, first.span.start);
    Some(format!("CVV: {why}, after a false start"))
}

/// Whether units `range` of `run` are all its units in their turn: no
/// digit of the same turn just before or after them.
fn whole_in_turn(
    units: &super::units::Units,
    range: &Range<usize>,
    run: &Range<usize>,
) -> bool {
    let all = &units.units;
    let Some(turn) = all.get(range.start).map(|u| u.turn) else {
        return false;
    };
    let before = range
        .start
        .checked_sub(1)
        .filter(|&k| k >= run.start)
        .and_then(|k| all.get(k));
    let after =
        Some(range.end).filter(|&k| k < run.end).and_then(|k| all.get(k));
    before.is_none_or(|u| u.turn != turn)
        && after.is_none_or(|u| u.turn != turn)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::context::Label;
    use crate::span::Span;

    fn label(cat: Cat) -> Option<Label> {
        Some(Label {
            cat,
            span: Span::new(0, 3),
            first: 0,
            last: 0,
            lengths: (0, u8::MAX),
        })
    }

    fn code(len: usize, brand: Option<Brand>) -> Evidence {
        Evidence {
            len,
            brand,
            ctx: Ctx::default(),
            after_card: false,
            corrects: false,
            in_order: false,
            short_said: false,
            money: false,
            named: false,
        }
    }

    fn decided(e: &Evidence) -> Option<String> {
        decide(e, |_| "'cvv' 1 char before".to_string())
    }

    #[test]
    fn a_label_decides_whatever_the_length() {
        let ctx = Ctx { near: label(Cat::Cvv), ..Ctx::default() };
        assert_eq!(
            decided(&Evidence { ctx, ..code(3, Some(Brand::Visa)) }),
            Some("CVV: 'cvv' 1 char before".into())
        );
        assert_eq!(
            decided(&Evidence { ctx, ..code(4, Some(Brand::Visa)) }),
            Some("CVV: 'cvv' 1 char before; 4 digits for a Visa card".into())
        );
    }

    #[test]
    fn after_a_card_the_length_must_be_the_brands() {
        let after =
            |len, brand| Evidence { after_card: true, ..code(len, brand) };
        assert!(decided(&after(3, Some(Brand::Visa))).is_some());
        assert!(decided(&after(4, Some(Brand::Visa))).is_none());
        assert!(decided(&after(4, Some(Brand::Amex))).is_some());
    }

    #[test]
    fn a_length_said_after_the_card_must_be_the_brands() {
        let named = |len, brand| Evidence { named: true, ..code(len, brand) };
        assert!(decided(&named(3, Some(Brand::Visa))).is_some());
        assert!(decided(&named(4, Some(Brand::Visa))).is_none());
        assert!(decided(&named(4, Some(Brand::Amex))).is_some());
        // Another number's label near it ("the 3 digits of my zip").
        let other = Ctx { near: label(Cat::Other), ..Ctx::default() };
        let zip = Evidence { ctx: other, ..named(3, Some(Brand::Visa)) };
        assert!(decided(&zip).is_none());
    }

    #[test]
    fn two_digits_only_said_and_asked_for() {
        let asked = Ctx { near: label(Cat::Cvv), ..Ctx::default() };
        let said = Evidence { short_said: true, ..code(2, None) };
        assert!(decided(&Evidence { ctx: asked, ..said }).is_some());
        // Typed, or not asked for: two digits are not a code.
        assert!(decided(&Evidence { ctx: asked, ..code(2, None) }).is_none());
        assert!(decided(&said).is_none());
        let after = Evidence { after_card: true, in_order: true, ..said };
        assert!(decided(&after).is_none());
    }

    #[test]
    fn no_context_no_code() {
        assert!(decided(&code(3, None)).is_none());
        let other = Ctx { near: label(Cat::Other), ..Ctx::default() };
        assert!(decided(&Evidence { ctx: other, ..code(3, None) }).is_none());
    }
}
