//! Card security codes (CVV, CVC, CID): three digits, four for Amex, after
//! a label ("CVV", "security code", "code on the back"), in answer to the
//! question for one, or typed right after a card number.

use std::ops::Range;

use super::Doc;
use super::lexicon::Cat;
use crate::finding::Kind;
use crate::validate::brand::Brand;

pub(super) fn detect(doc: &mut Doc<'_>) {
    // The code is the whole run, or its first group when more follows
    // after a comma; the longest that fits wins.
    doc.take_longest(3..=4, false, fits);
}

fn fits(doc: &mut Doc<'_>, range: Range<usize>, run: Range<usize>) -> bool {
    let units = &doc.units;
    if units.homophone_inside(range.start, &run)
        || units.homophone_inside(range.end - 1, &run)
        || doc.amount(range.clone())
    {
        return false;
    }
    let len = doc.digits(range.clone()).len();
    let first = &units.units[range.start];
    let ctx = doc.answer_ctx(range.clone(), 5, Kind::Cvv);
    let after_card = doc.follows_card(range.start);
    // Amex codes have four digits, the others three; with no card in
    // sight, either.
    let brand = doc
        .card_brand_in(first.turn)
        .or_else(|| doc.card_before(first.first).and_then(|d| d.brand));
    let len_ok = match brand {
        Some(Brand::Amex) => len == 3 || len == 4,
        Some(_) => len == 3,
        None => true,
    };
    // "the four digits on the front", "4-digit code".
    let asked_four = ctx.question.is_some_and(|q| {
        let turn = doc.layout.turn_at(q.span.start).unwrap_or(0);
        let asked = &doc.text[doc.layout.turns[turn].content.range()];
        asked.contains("four") || asked.contains('4')
    });
    let reason = match (ctx.near, ctx.question) {
        // After an explicit label, three or four digits.
        (Some(l), _) if l.cat == Cat::Cvv && (len_ok || range.len() == 1) => {
            format!("CVV: {}", doc.why(&ctx, first.span.start))
        }
        (None, Some(_))
            if ctx.wants(Cat::Cvv) && (len_ok || (asked_four && len == 4)) =>
        {
            format!("CVV: {}", doc.why(&ctx, first.span.start))
        }
        _ if after_card && len_ok => {
            "CVV: right after a card number".to_string()
        }
        _ if doc.corrects(range.start) == Some(Kind::Cvv) => {
            "CVV: corrects the one before".to_string()
        }
        _ => return false,
    };
    doc.take(Kind::Cvv, range, reason, None);
    true
}
