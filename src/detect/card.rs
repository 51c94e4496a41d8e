//! Card numbers: 12 to 19 digits that pass the Luhn check and match a
//! brand's prefix and length, found inside runs.
//!
//! A run may hold more than a card: "4111 1111 1111 1111 123" is a card
//! and its CVV; a customer may say "oh" before the number. So every window
//! of units that forms a valid card is a candidate, except windows that cut
//! a written number in two (which would find cards inside tracking numbers),
//! and the best set of disjoint candidates is kept: the one covering the
//! most digits.

use std::ops::Range;

use super::Doc;
use super::context::Label;
use super::lexicon::Cat;
use super::units::Glue;
use crate::finding::Kind;
use crate::validate::brand::{self, Brand};
use crate::validate::luhn;

/// A window of units that forms a valid card number.
#[derive(Clone, Debug)]
struct Candidate {
    units: Range<usize>,
    brand: Brand,
    len: usize,
}

pub(super) fn detect(doc: &mut Doc<'_>) {
    for run in doc.units.runs() {
        let candidates = candidates(doc, run.clone());
        for c in best(&candidates, run.clone()) {
            if unlikely(doc, &c, &run) {
                continue;
            }
            let spoken = c.units.clone().any(|i| doc.units.units[i].spoken);
            let turns = doc.turns_in(c.units.clone());
            let mut reason =
                format!("{}, {} digits, Luhn ok", c.brand.name(), c.len);
            if spoken {
                reason.push_str(", spoken");
            }
            if turns > 1 {
                reason.push_str(&format!(", read over {turns} turns"));
            }
            doc.take(Kind::Card, c.units, reason, Some(c.brand));
        }
    }
}

/// Every window of `run` that is a valid card number.
fn candidates(doc: &Doc<'_>, run: Range<usize>) -> Vec<Candidate> {
    let units = &doc.units;
    let mut out = Vec::new();
    let mut digits: Vec<u8> = Vec::with_capacity(24);
    for i in run.clone() {
        if (i > run.start && units.cuts(i)) || units.is_homophone(i) {
            continue;
        }
        digits.clear();
        for j in i..run.end {
            let before = digits.len();
            digits.extend_from_slice(units.digits_of(j));
            // The brand prefix is settled by the first four digits.
            let prefix_grew = before < 4;
            if digits.len() > 19
                || (prefix_grew
                    && !brand::could_start(&digits[..digits.len().min(4)]))
            {
                break;
            }
            let end = j + 1;
            if digits.len() < 12
                || units.is_homophone(j)
                || (end < run.end && units.cuts(end) && !trailer(doc, end))
            {
                continue;
            }
            if let Some(brand) = brand::of_bytes(&digits) {
                if luhn::is_valid_bytes(&digits) {
                    out.push(Candidate {
                        units: i..end,
                        brand,
                        len: digits.len(),
                    });
                }
            }
        }
    }
    // Where a reader only paused (a comma, "uh"), a card may start or end
    // inside the run only next to another card ("4111..., 5500...") or, at
    // its end, before a few digits more (an expiry, a code): not as the
    // tail of a longer number read out ("four seven three six, five
    // eight...").
    // Per unit of the run: does a candidate start (end) there? And the
    // digits from each unit to the end of the run.
    let n = run.end - run.start;
    let mut starts = vec![false; n + 1];
    let mut ends = vec![false; n + 1];
    for c in &out {
        starts[c.units.start - run.start] = true;
        ends[c.units.end - run.start] = true;
    }
    let mut rest = vec![0usize; n + 1];
    for k in (run.start..run.end).rev() {
        rest[k - run.start] =
            rest[k + 1 - run.start] + units.digits_of(k).len();
    }
    // A sentence end ("... in twenty nineteen. 4871 ...") is more than a
    // pause.
    let paused = |k: usize| {
        let u = &units.units[k];
        u.glue == Glue::Loose && !ends_sentence(&doc.text[u.glue_span.range()])
    };
    out.retain(|c| {
        let (a, b) = (c.units.start, c.units.end);
        let start_ok = a == run.start || !paused(a) || ends[a - run.start];
        let end_ok = b == run.end
            || !paused(b)
            || starts[b - run.start]
            || rest[b - run.start] <= 10;
        start_ok && end_ok
    });
    out
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
        || !doc.text[glue.range()].chars().all(char::is_whitespace)
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

/// Picks disjoint candidates covering the most digits (ties: fewer
/// candidates, then the ones that cover whole runs).
fn best(candidates: &[Candidate], run: Range<usize>) -> Vec<Candidate> {
    if candidates.is_empty() {
        return Vec::new();
    }
    let n = run.end - run.start;
    // score[k]: the best over the first k units of the run; from[k]: the
    // candidate that ends there, if used.
    let mut score = vec![(0usize, 0i64); n + 1];
    let mut from: Vec<Option<usize>> = vec![None; n + 1];
    let mut by_end: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
    for (ci, c) in candidates.iter().enumerate() {
        by_end[c.units.end - run.start].push(ci);
    }
    for k in 1..=n {
        score[k] = score[k - 1];
        from[k] = None;
        for &ci in &by_end[k] {
            let c = &candidates[ci];
            let s = score[c.units.start - run.start];
            let whole = c.units == run;
            let cand = (s.0 + c.len, s.1 - 1 + i64::from(whole));
            if cand > score[k] {
                score[k] = cand;
                from[k] = Some(ci);
            }
        }
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

/// Returns true if context says a valid-looking number is something else:
/// right after a label such as "order", "serial", "tracking" or "IMEI", a
/// bare digit block or digits grouped unlike a card
/// (`63632-122-33-0792-42`); after such a question, a part of a longer
/// number read out. A number grouped like a card is still redacted: a
/// leaked card costs more than a hidden order number.
fn unlikely(doc: &Doc<'_>, c: &Candidate, run: &Range<usize>) -> bool {
    let units = &doc.units.units;
    let mut ctx = doc.ctx(c.units.clone(), 3);
    // A label vetoes only on the card's own line: "- Cust called about
    // order status.\n- 4681..." is about two things.
    let at = units[c.units.start].span.start;
    if ctx.near.is_some_and(|l| doc.text[l.span.end..at].contains('\n')) {
        ctx.near = None;
    }
    let other = |l: Option<Label>| l.is_some_and(|l| l.cat == Cat::Other);
    let written = c.units.clone().all(|i| !units[i].spoken);
    let lens: Vec<usize> =
        c.units.clone().map(|i| doc.units.digits_of(i).len()).collect();
    let card_like = match lens.as_slice() {
        [_] | [] => false,
        [4, 6, 4] | [4, 6, 5] => true,
        [init @ .., last] => init.iter().all(|&n| n == 4) && *last <= 4,
    };
    // Part of a longer number said in the same turn (not a number joined
    // to what the speaker said in an earlier turn).
    let joined = |k: usize| {
        k < units.len() && !matches!(units[k].glue, Glue::Break | Glue::Turn)
    };
    let partial = (c.units.start > run.start && joined(c.units.start))
        || (c.units.end < run.end && joined(c.units.end));
    // Phone numbers are grouped 3-3-4: a window that begins or ends with
    // one written in one piece, and a pause after or before it, is two
    // numbers ("617 358 4459 and 646 783"), not "468, 134, 148, 615, 8310".
    let g = |k: usize| units[c.units.start + k].glue;
    let n = lens.len();
    let phone_first = n > 3
        && lens.starts_with(&[3, 3, 4])
        && g(1) == Glue::Tight
        && g(2) == Glue::Tight
        && g(3) == Glue::Loose;
    let phone_last = n > 3
        && lens.ends_with(&[3, 3, 4])
        && g(n - 2) == Glue::Tight
        && g(n - 1) == Glue::Tight
        && g(n - 3) == Glue::Loose;
    let phone_shaped = written && (phone_first || phone_last);
    // A bare block or spoken digits answering "the tracking number?" or
    // "your zip and phone?", with no card label near.
    let answers_other = ctx.near.is_none()
        && !ctx.answered
        && other(ctx.question)
        && (!written || lens.len() == 1);
    // ("Your confirmation number is five nine three 488 eight...": said
    // aloud, a number is never grouped like a card.)
    (other(ctx.near) && (!written || !card_like))
        || (partial && (other(ctx.near) || other(ctx.question)))
        || phone_shaped
        || answers_other
}
