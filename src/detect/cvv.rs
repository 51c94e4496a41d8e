//! Card security codes (CVV, CVC, CID): three digits, four for Amex, after
//! a label ("CVV", "security code", "code on the back"), in answer to the
//! question for one, or typed right after a card number.
//!
//! After a label or a question, three or four digits are a code whatever
//! the card's brand (a misheard or mistyped code is still a code); right
//! after a card with no label, the length must be the brand's.

use std::ops::Range;

use super::layout::UNKNOWN;
use super::lexicon::Cat;
use super::{Ctx, Doc};
use crate::finding::Kind;
use crate::validate::brand::Brand;

pub(super) fn detect(doc: &mut Doc<'_>) {
    // The turns that hold an expiry date, for `in_order`.
    let mut expiry = vec![false; doc.layout.turns.len()];
    for d in doc.drafts.iter().filter(|d| d.kind == Kind::Expiry) {
        if let Some(t) = expiry.get_mut(d.turn) {
            *t = true;
        }
    }
    // The code is the whole run, or its first group when more follows
    // after a comma; the longest that fits wins.
    doc.take_longest(3..=4, false, |doc, range, run| {
        fits(doc, range, run, &expiry)
    });
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
    /// The whole answer to the question that follows the card and its
    /// expiry date (see [`in_order`]).
    in_order: bool,
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
    if labelled || asked {
        Some(mismatch(format!("CVV: {}", why(&e.ctx))))
    } else if e.after_card && brand_len {
        Some("CVV: right after a card number".to_string())
    } else if e.corrects {
        Some("CVV: corrects the one before".to_string())
    } else if e.in_order && brand_len && e.ctx.near.is_none() {
        Some(
            "CVV: answers the question after the card and its expiry date \
             (the usual order), a question not understood"
                .to_string(),
        )
    } else {
        None
    }
}

/// Returns true if units `range` are all a speaker says in their turn
/// (but for a few words: "it's", "the", "um") in answer to the other
/// speaker's turn just before, when their own turn before that gave an
/// expiry date (`expiry`, per turn) and a card came shortly before it.
/// Agents ask for the card, its expiry date and its code in that order,
/// and a recogniser garbles the words of the last question more often than
/// digits ("and the safety of the players", "the sci fi or three"): the
/// order still says what the three or four digits are.
fn in_order(doc: &Doc<'_>, range: &Range<usize>, expiry: &[bool]) -> bool {
    let units = &doc.units.units;
    let (Some(first), Some(last)) = (
        units.get(range.start),
        range.end.checked_sub(1).and_then(|k| units.get(k)),
    ) else {
        return false;
    };
    let t = first.turn;
    let turns = &doc.layout.turns;
    let (Some(asked), Some(before)) = (t.checked_sub(1), t.checked_sub(2))
    else {
        return false;
    };
    let me = turns[t].speaker;
    // The other speaker asked, just before; the same speaker gave the
    // expiry date in the turn before that.
    if !doc.layout.conversation
        || me == UNKNOWN
        || turns[asked].speaker == me
        || turns[asked].speaker == UNKNOWN
        || turns[before].speaker != me
        || !expiry.get(before).copied().unwrap_or(false)
    {
        return false;
    }
    // A question that names something else than the card and its data
    // ("the billing zip code", "the last four of your phone") is that.
    let card_data = Cat::Card.bit() | Cat::Cvv.bit() | Cat::Expiry.bit();
    if doc.labels.cats_in(turns[asked].content) & !card_data != 0 {
        return false;
    }
    // The only number of its turn, and the turn little else.
    let alone = range.start.checked_sub(1).is_none_or(|k| units[k].turn != t)
        && units.get(range.end).is_none_or(|u| u.turn != t);
    let words = doc.layout.tokens[t].clone();
    let few = doc.labels.words_between(words.start, first.first) <= 3
        && doc.labels.words_between(last.last + 1, words.end) <= 3;
    // And a card given shortly before, within the last few turns.
    let card = doc
        .card_before(first.first)
        .is_some_and(|d| d.turn < before && before - d.turn <= 6);
    alone && few && card
}

fn fits(
    doc: &mut Doc<'_>,
    range: Range<usize>,
    run: Range<usize>,
    expiry: &[bool],
) -> bool {
    let units = &doc.units;
    if units.homophone_inside(range.start, &run)
        || units.homophone_inside(range.end - 1, &run)
        || doc.amount(range.clone())
    {
        return false;
    }
    let first = &units.units[range.start];
    let ctx = doc.answer_ctx(range.clone(), 5, Kind::Cvv);
    let brand = doc
        .card_brand_in(first.turn)
        .or_else(|| doc.card_before(first.first).and_then(|d| d.brand));
    let e = Evidence {
        len: doc.digits(range.clone()).len(),
        brand,
        ctx,
        after_card: doc.follows_card(range.start),
        corrects: doc.corrects(range.start) == Some(Kind::Cvv),
        in_order: in_order(doc, &range, expiry),
    };
    let at = first.span.start;
    let Some(reason) = decide(&e, |ctx| doc.why(ctx, at)) else {
        return false;
    };
    doc.take(Kind::Cvv, range, reason, None);
    true
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
    fn no_context_no_code() {
        assert!(decided(&code(3, None)).is_none());
        let other = Ctx { near: label(Cat::Other), ..Ctx::default() };
        assert!(decided(&Evidence { ctx: other, ..code(3, None) }).is_none());
    }
}
