//! Social Security numbers: nine digits valid by SSA rules, either written
//! 3-2-4 with one consistent separator, or in any other form (nine bare
//! digits, spoken, read with commas) with SSN context: a label such as
//! "SSN", "social" or "SS#" just before, or the other speaker having just
//! asked for it.

use std::ops::Range;

use super::Doc;
use super::lexicon::Cat;
use super::units::Glue;
use crate::finding::Kind;
use crate::validate::ssn;

pub(super) fn detect(doc: &mut Doc<'_>) {
    for run in doc.free_runs() {
        let mut i = run.start;
        while i < run.end {
            match at(doc, i, run.clone()) {
                Some((end, reason)) => {
                    doc.take(Kind::Ssn, i..end, reason, None);
                    i = end;
                }
                None => i += 1,
            }
        }
    }
}

/// Returns the end of an SSN that starts at unit `i` of `run`, with the
/// reason it is one.
fn at(doc: &Doc<'_>, i: usize, run: Range<usize>) -> Option<(usize, String)> {
    let units = &doc.units;
    if (i > run.start && units.cuts(i)) || units.is_homophone(i) {
        return None;
    }
    let mut len = 0;
    let mut end = i;
    while end < run.end && len < 9 {
        len += units.digits_of(end).len();
        end += 1;
    }
    if len != 9
        || units.is_homophone(end - 1)
        || (end < run.end && units.cuts(end))
    {
        return None;
    }
    let digits = doc.digits(i..end);
    if !ssn::is_valid_bytes(&digits) || doc.amount(i..end) {
        return None;
    }
    // Written 5-4 is a ZIP+4 unless a label says otherwise.
    let spoken = units.units[i..end].iter().any(|u| u.spoken);
    let lens: Vec<usize> =
        (i..end).map(|k| units.digits_of(k).len()).collect();
    let zip4 = !spoken
        && lens == [5, 4]
        && units.units[i + 1].glue == Glue::Tight
        && doc.text[units.units[i + 1].glue_span.range()].trim() == "-";
    let ctx = doc.ctx(i..end, 8);
    let formatted = formatted(doc, i..end);
    if formatted {
        // A dashed 3-2-4 is an SSN unless a label right before says it is
        // a part, case or other number.
        let near = doc.ctx(i..end, 3).near;
        if near.is_some_and(|l| l.cat == Cat::Other) {
            return None;
        }
        let sep = &doc.text[units.units[i + 1].glue_span.range()];
        let what = match sep {
            "-" => "dashed",
            "." => "dotted",
            _ => "spaced",
        };
        return Some((end, format!("SSN: {what} 3-2-4, SSA rules ok")));
    }
    let after = {
        let u = &units.units[end - 1];
        let content = doc.layout.turns[u.turn].content;
        doc.labels.after(u.last, content, 2)
    };
    let by_label = if zip4 {
        ctx.near.is_some_and(|l| l.cat == Cat::Ssn)
    } else {
        ctx.wants(Cat::Ssn)
            || (ctx.near.is_none() && after.is_some_and(|l| l.cat == Cat::Ssn))
    };
    if !by_label {
        return None;
    }
    let why = match (ctx.near, ctx.question, after) {
        (None, None, Some(l)) => {
            format!("'{}' right after", doc.quote(l.span))
        }
        _ => doc.why(&ctx, units.units[i].span.start),
    };
    let form = if units.units[i..end].iter().any(|u| u.spoken) {
        "spoken, "
    } else {
        ""
    };
    let turns = doc.turns_in(i..end);
    let over = if turns > 1 {
        format!(", read over {turns} turns")
    } else {
        String::new()
    };
    Some((end, format!("SSN: {form}{why}{over}")))
}

/// Returns true if units `range` are written 3-2-4 with one separator.
fn formatted(doc: &Doc<'_>, range: Range<usize>) -> bool {
    let units = &doc.units;
    if range.len() != 3 {
        return false;
    }
    let lens: Vec<usize> =
        range.clone().map(|i| units.digits_of(i).len()).collect();
    let u = &units.units[range.clone()];
    lens == [3, 2, 4]
        && u.iter().all(|u| !u.spoken)
        && u[1].glue == Glue::Tight
        && u[2].glue == Glue::Tight
        && doc.text[u[1].glue_span.range()] == doc.text[u[2].glue_span.range()]
}
