//! Card security codes (CVV, CVC, CID): three digits, four for Amex, after
//! a label ("CVV", "security code", "code on the back"), in answer to the
//! question for one, or typed right after a card number.

use std::ops::Range;

use super::Doc;
use super::lexicon::Cat;
use super::units::Glue;
use crate::finding::Kind;
use crate::validate::brand::Brand;

pub(super) fn detect(doc: &mut Doc<'_>) {
    let amex_anywhere = doc.drafts.iter().any(|d| d.brand == Some(Brand::Amex));
    for run in doc.free_runs() {
        // The code is the whole run, or its first group when more follows
        // after a comma or a line break.
        let mut len = 0;
        for end in run.start + 1..=run.end {
            len += doc.units.digits_of(end - 1).len();
            if len > 4 {
                break;
            }
            let boundary = end == run.end
                || !matches!(doc.units.units[end].glue, Glue::Tight)
                || doc.units.units[end].spoken;
            if boundary && (3..=4).contains(&len) && fits(doc, run.start..end, amex_anywhere) {
                break;
            }
        }
    }
}

fn fits(doc: &mut Doc<'_>, range: Range<usize>, amex_anywhere: bool) -> bool {
    let units = &doc.units;
    if units.is_homophone(range.start) || units.is_homophone(range.end - 1) {
        return false;
    }
    let len = doc.digits(range.clone()).len();
    let first = &units.units[range.start];
    let ctx = doc.ctx(range.clone(), 5);
    let after_card = range.start > 0
        && first.glue != Glue::Break
        && doc.taken[range.start - 1]
        && doc.drafts.last().is_some_and(|d| d.kind == Kind::Card);
    let amex = doc.card_brand_in(first.turn) == Some(Brand::Amex)
        || (doc.card_brand_in(first.turn).is_none() && amex_anywhere);
    let wanted = if amex { 4 } else { 3 };
    let reason = match (ctx.near, ctx.question) {
        // After an explicit label, three or four digits.
        (Some(l), _) if l.cat == Cat::Cvv => format!("CVV: {}", doc.why(&ctx, first.span.start)),
        (None, Some(q)) if q.cat == Cat::Cvv && len == wanted => {
            format!("CVV: {}", doc.why(&ctx, first.span.start))
        }
        _ if after_card && len == wanted => "CVV: right after a card number".to_string(),
        _ => return false,
    };
    doc.take(Kind::Cvv, range, reason, None);
    true
}
