//! Social Security numbers: nine digits valid by SSA rules, either written
//! 3-2-4 with one consistent separator, or in any other form (nine bare
//! digits, spoken, read with commas) with SSN context: a label such as
//! "SSN", "social" or "SS#" just before, a table column, or the other
//! speaker having just asked for it. Where the context says SSN, seven to
//! ten digits are hidden even when the SSA rules fail: a misheard or
//! mistyped SSN is still someone's SSN.
//!
//! [`evidence`] gathers what is known about a candidate; [`decide`] turns
//! it into hide or keep, with the reason written from the same evidence.

use std::ops::Range;

use super::context::Label;
use super::lexicon::{self, Cat};
use super::units::Glue;
use super::{Ctx, Doc};
use crate::finding::Kind;
use crate::span::Span;
use crate::validate::ssn;

/// The lengths hidden on context alone: an SSN with up to two digits
/// dropped or one added. Phone numbers written as such are kept (see
/// [`Shape::Phone`]); seven bare digits after "social" are more likely a
/// misheard SSN than anything else.
const CONTEXT_LENGTHS: Range<usize> = 7..11;

pub(super) fn detect(doc: &mut Doc<'_>) {
    for run in doc.free_runs().iter().cloned() {
        let mut i = run.start;
        // Where the units not taken yet begin.
        let mut from = run.start;
        while i < run.end {
            let taken = nine(doc, i, run.clone()).or_else(|| {
                (i == run.start).then(|| near(doc, &run)).flatten()
            });
            match taken {
                Some((end, reason)) => {
                    // An SSN side by side with the number before it
                    // ("SSN0000000 010010001"): that number is judged as a
                    // run of its own, as it is once the SSN is a tag.
                    // (`near` takes a run whole, or nothing.)
                    if i > from {
                        let before = from..i;
                        if let Some((_, why)) = near(doc, &before) {
                            doc.take(Kind::Ssn, before, why, None);
                        }
                    }
                    doc.take(Kind::Ssn, i..end, reason, None);
                    i = end;
                    from = end;
                }
                None => i += 1,
            }
        }
    }
    odd_marks(doc);
}

/// An SSN printed 3-2-4 with a mark no run joins on, the same twice:
/// "123_45_6789", "123/45/6789", "123|45|6789", "123:45:6789" (a form's
/// field, a column copied with its own separator; see
/// [`Doc::marked_groups`]). Hidden where the context says SSN, as any
/// other grouping is: such a mark says less than a dash, and without a
/// label "123/45/6789" may be anything.
fn odd_marks(doc: &mut Doc<'_>) {
    let mut found = Vec::new();
    for range in doc.marked_groups(3) {
        let lens = range.clone().map(|k| doc.units.digits_of(k).len());
        if !lens.eq([3, 2, 4]) {
            continue;
        }
        let e = evidence(doc, range.clone(), Shape::Plain);
        let at = doc.units.units[range.start].span.start;
        if let Decision::Hide(reason) = decide(&e, |ctx| doc.why(ctx, at)) {
            found.push((range, reason));
        }
    }
    for (range, reason) in found {
        doc.take(Kind::Ssn, range, reason, None);
    }
}

/// An SSN read with a correction: "276 48, oops, 84 0620". The last
/// group or two of run `before` (of `said` digits), before a restart cue
/// (see [`super::corrected`]), are said again, changed, at the start of
/// run `after` (of `again`); neither run alone is an SSN's length. Where
/// the context says SSN, the run before without them and the run after
/// are the SSN, and the whole reading is hidden, the group taken back too.
/// Returns the reason.
pub(super) fn corrected(
    doc: &Doc<'_>,
    before: &Range<usize>,
    after: &Range<usize>,
    (said, again): (usize, usize),
) -> Option<String> {
    let units = &doc.units;
    // At most two groups of up to four digits are taken back.
    if said + again < CONTEXT_LENGTHS.start
        || said + again >= CONTEXT_LENGTHS.end + 8
        || units.is_homophone(before.start)
        || units.is_homophone(after.end - 1)
    {
        return None;
    }
    let head = |j: usize| doc.digits(before.start..j);
    let rest = doc.digits(after.clone());
    // The digits read, with the last one or two groups taken back, or
    // none: nine that pass the SSA rules first.
    let mut reads: Vec<Vec<u8>> = Vec::with_capacity(3);
    for j in (before.start + 1..before.end).rev().take(2) {
        let mut all = head(j).into_owned();
        all.extend_from_slice(&rest);
        reads.push(all);
    }
    let mut all = head(before.end).into_owned();
    all.extend_from_slice(&rest);
    reads.push(all);
    let valid = reads.iter().any(|r| r.len() == 9 && ssn::is_valid_bytes(r));
    let len = reads
        .iter()
        .map(Vec::len)
        .filter(|len| CONTEXT_LENGTHS.contains(len))
        .min_by_key(|&len| len.abs_diff(9))?;
    let e = evidence(doc, before.clone(), shape(doc, before.clone()));
    if e.amount || e.shape != Shape::Plain || !e.ctx.wants(Cat::Ssn) {
        return None;
    }
    let whole = before.start..after.end;
    let form = if units.any_spoken(whole.clone()) { "spoken, " } else { "" };
    let why = doc.why(&e.ctx, units.units[before.start].span.start);
    let fault = match (valid, form.is_empty()) {
        (true, _) => String::new(),
        (false, true) => format!("; {len} digits: likely mistyped"),
        (false, false) => format!("; {len} digits: likely misheard"),
    };
    let over = match doc.turns_in(whole) {
        1 => String::new(),
        n => format!(", read over {n} turns"),
    };
    Some(format!("SSN: {form}{why}{fault}, corrected as it was read{over}"))
}

/// How the digits are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// 3-2-4 with one separator, as SSNs are printed.
    Formatted(&'static str),
    /// 5-4 with a dash: a ZIP+4.
    Zip4,
    /// 3-3-4 or 3-4 with separators, or (3) 3-4: a phone number.
    Phone,
    /// A date: `2024-02-21`, `02/21/2024`, `21.02.2024`.
    Date,
    /// Anything else: bare, spaced unlike an SSN, spoken.
    Plain,
}

/// Everything known about a candidate SSN.
#[derive(Clone, Copy, Debug)]
struct Evidence {
    len: usize,
    /// Nine digits that pass the SSA rules.
    ssa_ok: bool,
    shape: Shape,
    spoken: bool,
    turns: usize,
    /// The context: labels, column, question.
    ctx: Ctx,
    /// The nearest label, when it is the number's own: right before it,
    /// with nothing but "is", "#", "number"... between. Looked for only
    /// where [`decide`] reads it (see [`evidence`]).
    own: Option<Label>,
    /// True if `own` is a tax ID's label ("tax id", "TIN"): a person's tax
    /// ID is their SSN, printed 3-2-4; a business's (an EIN) is 2-7.
    own_tax_id: bool,
    /// An SSN label right after it on the same line ("123456789 (SSN)").
    after: Option<Label>,
    /// An amount: after `$`, before "dollars".
    amount: bool,
    /// The last four of the SSN were asked for or named ("the last four
    /// of your social"): that label.
    last4_of_ssn: Option<Label>,
    /// Said after an SSN and a correction cue ("\[SSN\] no that's my
    /// husband's sorry" "mine is ...", "(transposed digits; correct:
    /// 429754746)"): see [`Doc::corrects`].
    corrects: bool,
    /// Nine digits listed right after an SSN in the same turn, a few
    /// words between and no label ("my ssn 412557890 and my wife
    /// 523447891"): see [`listed`].
    listed: bool,
}

/// What [`decide`] says.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Decision {
    Hide(String),
    Keep(&'static str),
}

/// Decides whether a candidate is an SSN.
fn decide(e: &Evidence, why: impl Fn(&Ctx) -> String) -> Decision {
    if e.amount {
        return Decision::Keep("an amount");
    }
    let ssn_said = e.ctx.wants(Cat::Ssn)
        || (e.ctx.near.is_none()
            && e.after.is_some_and(|l| l.cat == Cat::Ssn));
    let form = if e.spoken { "spoken, " } else { "" };
    let over = if e.turns > 1 {
        format!(", read over {} turns", e.turns)
    } else {
        String::new()
    };
    let context = || match (e.ctx.near, e.ctx.question, e.after) {
        (None, None, Some(l)) if l.cat == Cat::Ssn => {
            "SSN label right after".to_string()
        }
        _ => why(&e.ctx),
    };
    match e.shape {
        // A dashed 3-2-4 is an SSN unless its own label says it is a part,
        // case or other number; a tax ID so printed is a person's SSN.
        Shape::Formatted(sep) if e.ssa_ok => {
            if e.own.is_some_and(|l| l.cat == Cat::Other) && !e.own_tax_id {
                Decision::Keep("labelled as another number")
            } else {
                Decision::Hide(format!("SSN: {sep} 3-2-4, SSA rules ok"))
            }
        }
        // Written 5-4 is a ZIP+4 unless an SSN label says otherwise.
        Shape::Zip4 if e.ctx.near.is_none_or(|l| l.cat != Cat::Ssn) => {
            Decision::Keep("a ZIP+4")
        }
        Shape::Phone => Decision::Keep("written as a phone number"),
        Shape::Date => Decision::Keep("a date"),
        // Asked for the last four, the customer gave the whole number:
        // more than was asked, and all of it the SSN.
        _ if !ssn_said
            && e.len >= 7
            && CONTEXT_LENGTHS.contains(&e.len)
            && e.last4_of_ssn.is_some() =>
        {
            let asked = Ctx { near: e.last4_of_ssn, ..Ctx::default() };
            Decision::Hide(format!(
                "SSN: {form}{} digits where its last four were asked for \
                 ({}){over}",
                e.len,
                why(&asked),
            ))
        }
        _ if !ssn_said && e.corrects && e.len == 9 && e.ssa_ok => {
            Decision::Hide(format!(
                "SSN: {form}said again to correct the SSN before it{over}"
            ))
        }
        _ if !ssn_said && e.listed && e.len == 9 && e.ssa_ok => {
            Decision::Hide(format!(
                "SSN: {form}listed right after another SSN{over}"
            ))
        }
        _ if !ssn_said => Decision::Keep("no SSN context"),
        _ if e.len == 9 && e.ssa_ok => {
            Decision::Hide(format!("SSN: {form}{}{over}", context()))
        }
        _ if CONTEXT_LENGTHS.contains(&e.len) => {
            let fault = if e.spoken { "misheard" } else { "mistyped" };
            let rules = if e.len == 9 {
                "SSA rules fail".to_string()
            } else {
                format!("{} digits", e.len)
            };
            Decision::Hide(format!(
                "SSN: {form}{}; {rules}: likely {fault}{over}",
                context()
            ))
        }
        _ => Decision::Keep("not SSN length"),
    }
}

/// Returns true if a candidate of `shape` is kept whatever else is known
/// about it ([`decide`] keeps a phone number and a date before it looks
/// at anything but the amount, which keeps too). [`near`] and [`nine`]
/// ask it before they gather the evidence: the runs of seven to ten
/// digits of realistic text are mostly phone numbers ("594-217-8392",
/// "(602) 558-5985"), and the evidence (two label searches, the label
/// after, the amount) cost about 1,300 instructions a run.
fn kept_by_shape(shape: Shape) -> bool {
    matches!(shape, Shape::Phone | Shape::Date)
}

/// Gathers the evidence about units `range`, of `shape` (see [`shape`]).
/// The number's own label is looked for only where [`decide`] reads it,
/// for nine digits printed as an SSN that pass the SSA rules (else
/// `own` is `None`).
fn evidence(doc: &Doc<'_>, range: Range<usize>, shape: Shape) -> Evidence {
    let units = &doc.units;
    let digits = doc.digits(range.clone());
    let spoken = units.any_spoken(range.clone());
    let ctx = doc.ctx(range.clone(), 8);
    let ssa_ok = ssn::is_valid_bytes(&digits);
    let own = match shape {
        Shape::Formatted(_) if ssa_ok => {
            doc.ctx(range.clone(), 3).near.filter(|l| {
                let at = units.units[range.start].first;
                doc.own_label(l, at)
            })
        }
        _ => None,
    };
    let own_tax_id = own.is_some_and(|l| {
        let word = doc.text.get(l.span.range()).unwrap_or("");
        word.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("tax"))
            || word.eq_ignore_ascii_case("tin")
            // An ITIN starts with 9, which no SSN does: one that passes
            // the SSA rules is an SSN under the wrong label.
            || word.eq_ignore_ascii_case("itin")
    });
    let after = {
        let u = &units.units[range.end - 1];
        let content = doc.layout.turns[u.turn].content;
        doc.labels.after(u.last, content, 2)
    };
    // A walk back over the words: only for nine digits that nothing else
    // says are an SSN (see [`decide`]).
    let corrects = digits.len() == 9
        && ssa_ok
        && shape == Shape::Plain
        && !ctx.wants(Cat::Ssn)
        && doc.corrects(range.start) == Some(Kind::Ssn);
    let listed = digits.len() == 9
        && ssa_ok
        && !ctx.wants(Cat::Ssn)
        && listed(doc, range.start, ctx.column);
    Evidence {
        len: digits.len(),
        ssa_ok,
        shape,
        spoken,
        turns: doc.turns_in(range.clone()),
        ctx,
        own,
        own_tax_id,
        after,
        amount: doc.amount(range.clone()),
        // Or the last four of nothing named ("the last four of the sochi
        // on the account", "the last four please") given as nine digits
        // that can be an SSN: a card has twelve or more.
        last4_of_ssn: [ctx.near, ctx.question]
            .into_iter()
            .flatten()
            .find(|l| {
                l.cat == Cat::Last4
                    && (doc.names_ssn(l)
                        || (digits.len() == 9
                            && ssa_ok
                            && !doc.names(l, Cat::Card)))
            })
            .or_else(|| {
                (digits.len() == 9 && ssa_ok && ctx.near.is_none())
                    .then(|| whole_of(doc, range.start))
                    .flatten()
                    .filter(|l| {
                        l.cat == Cat::Ssn
                            || (l.cat == Cat::Last4 && doc.names_ssn(l))
                    })
            }),
        corrects,
        listed,
    }
}

/// The label of the number said just before unit `first`, in its turn,
/// when this one is called the whole of it: "ssn last 4: 7890, full:
/// 412557890", "last 4 of social 7890 and the full one is 412557890". The
/// label names the last four; the number after "full" is the SSN they end.
fn whole_of(doc: &Doc<'_>, first: usize) -> Option<super::context::Label> {
    use super::token::Tok;
    /// The most words between the two numbers: "and the full one is".
    const MAX_WORDS: usize = 5;
    let units = &doc.units.units;
    let (prev, u) = (units.get(first.checked_sub(1)?)?, units.get(first)?);
    if prev.turn != u.turn {
        return None;
    }
    let mut words = 0;
    let mut whole = false;
    for t in doc.tokens.get(prev.last + 1..u.first)? {
        match t.tok {
            Tok::Digits => return None,
            Tok::Word => {
                words += 1;
                let w = t.span().of(doc.text);
                whole |= ["full", "whole", "entire", "complete"]
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(x));
            }
            _ => {}
        }
    }
    if !whole || words > MAX_WORDS {
        return None;
    }
    let content = doc.layout.turns.get(prev.turn)?.content;
    doc.labels.before(prev.first, content, 3)
}

/// Returns true if unit `first` follows an SSN in its turn, joined to it
/// by "and" ("&", "plus") with at most a few words and no label between,
/// or after a comma, a slash or a space under a plural label or between
/// two numbers of nine digits written whole: a household's numbers given
/// one after the other ("my ssn 412557890 and my wife 523447891", "SSNs:
/// 412557890, 523447891", "ssn 412557890, 523447891 for my wife", "ss#
/// (both) 545839444/703073342"). A label between names what follows ("and
/// account 523447891"); a column after the SSN's in a table ("Maria
/// Martin,412557890,845800784") and a phone number after a few words
/// ("... text to +33 2 82 17 85 91") are no such list.
fn listed(doc: &Doc<'_>, first: usize, in_column: bool) -> bool {
    use super::token::Tok;
    /// The most words between the SSN and the next one: "and my wife's
    /// is" is four.
    const MAX_WORDS: u32 = 5;
    /// The most tokens before the SSN a plural label is looked for in:
    /// "SSNs: " is three.
    const PLURAL_REACH: usize = 4;
    let units = &doc.units.units;
    let Some(prev) = first.checked_sub(1) else { return false };
    let (Some(p), Some(u)) = (units.get(prev), units.get(first)) else {
        return false;
    };
    if doc.taken.get(prev).copied().flatten() != Some(Kind::Ssn)
        || p.turn != u.turn
        || doc.labels.words_between(p.last + 1, u.first) > MAX_WORDS
        || doc.labels.cats_in(Span::new(p.span.end, u.span.start)) != 0
    {
        return false;
    }
    let word = |t: &super::token::Token, words: &[&str]| {
        lexicon::get(t.word).is_some_and(|l| words.contains(&l.word))
    };
    let between = doc.tokens.get(p.last + 1..u.first).unwrap_or_default();
    let joined = between
        .iter()
        .any(|t| t.tok == Tok::Punct('&') || word(t, &["and", "plus"]));
    // ", " (or "; ") alone between, after "SSNs" or "socials", or from
    // one number of nine digits written whole to another ("ssn 412557890,
    // 523447891 for my wife"): outside a table, whose next column has a
    // header of its own.
    // Or a slash or one space alone ("ss# (both) 545839444/703073342").
    let comma = match between {
        [c, s] => {
            (c.tok == Tok::Comma || c.tok == Tok::Punct(';'))
                && s.tok == Tok::Space
        }
        [c] => {
            c.tok == Tok::Punct('/')
                || c.tok == Tok::Space
                    && matches!(c.span().of(doc.text), " " | "\t")
        }
        _ => false,
    };
    let whole = || {
        !in_column
            && !p.spoken
            && !u.spoken
            && doc.units.digits_of(prev).len() == 9
            && doc.units.digits_of(first).len() == 9
    };
    let plural = || {
        let from = p.first.saturating_sub(PLURAL_REACH);
        doc.tokens
            .get(from..p.first)
            .unwrap_or_default()
            .iter()
            .any(|t| word(t, &["ssns", "socials"]))
    };
    joined || (comma && (plural() || whole()))
}

/// The shape of written units `range`.
fn shape(doc: &Doc<'_>, range: Range<usize>) -> Shape {
    let units = &doc.units;
    let u = &units.units[range.clone()];
    if u.iter().any(|u| u.spoken) {
        return Shape::Plain;
    }
    // Every shape has at most three groups.
    let mut small = [0usize; 3];
    let Some(lens) = small.get_mut(..range.len()) else {
        return Shape::Plain;
    };
    for (len, i) in lens.iter_mut().zip(range.clone()) {
        *len = units.digits_of(i).len();
    }
    let range_start = range.start;
    let sep = |k: usize| doc.text.get(u[k].glue_span.range()).unwrap_or("");
    let tight = |k: usize| u[k].glue == Glue::Tight;
    match &*lens {
        [3, 2, 4] if tight(1) && tight(2) && sep(1) == sep(2) => {
            Shape::Formatted(match sep(1) {
                "-" => "dashed",
                "." => "dotted",
                _ => "spaced",
            })
        }
        [5, 4] if tight(1) && sep(1).trim() == "-" => Shape::Zip4,
        [3, 3, 4] | [3, 4] if u[1..].iter().all(|u| u.glue == Glue::Tight) => {
            Shape::Phone
        }
        [4, 2, 2] | [2, 2, 4] | [1, 1, 4] | [1, 2, 4] | [2, 1, 4]
            if tight(1)
                && tight(2)
                && sep(1) == sep(2)
                && sep(1) != " "
                && calendar(units, range_start, lens) =>
        {
            Shape::Date
        }
        _ => Shape::Plain,
    }
}

/// Whether the three groups from unit `first`, of `lens` digits (ASCII),
/// can be a date: a year of 19xx or 20xx, first or last, and a month and
/// a day in either order ("98-61-6206" is an SSN with a digit dropped,
/// not a date).
fn calendar(
    units: &super::units::Units,
    first: usize,
    lens: &[usize],
) -> bool {
    let value = |k: usize| {
        units
            .digits_of(first + k)
            .iter()
            .fold(0u32, |v, &d| v * 10 + u32::from(d.wrapping_sub(b'0')))
    };
    let year = |v: u32| (1900..=2099).contains(&v);
    let day_month = |a: u32, b: u32| {
        (1..=12).contains(&a) && (1..=31).contains(&b)
            || (1..=31).contains(&a) && (1..=12).contains(&b)
    };
    match lens {
        [4, _, _] => year(value(0)) && day_month(value(1), value(2)),
        _ => year(value(2)) && day_month(value(0), value(1)),
    }
}

/// Returns the end of an SSN of nine digits that starts at unit `i` of
/// `run`, with the reason it is one.
fn nine(
    doc: &Doc<'_>,
    i: usize,
    run: Range<usize>,
) -> Option<(usize, String)> {
    let units = &doc.units;
    let cut = |k: usize| units.cuts(k) && !units.separator_changes(k);
    // A group that goes on into a date ("485 31 4403 09/13/1973", "DOB
    // 09/13/1973 485 31 4403") is the date's, not the same number's; nor
    // is the number side by side with an SSN written as one (at most three
    // groups, see [`apart`]): looked at only then, as most windows of a
    // long run of groups start at a cut.
    let start_cut = i > run.start && cut(i) && !doc.slash_around(i - 1, false);
    if units.is_homophone(i) || (start_cut && i - run.start > 3) {
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
        || (start_cut && !apart(doc, i..end, run.start..i))
        || (end < run.end
            && cut(end)
            && !doc.slash_around(end, true)
            && !apart(doc, i..end, end..run.end))
    {
        return None;
    }
    let shape = shape(doc, i..end);
    if kept_by_shape(shape) {
        return None;
    }
    let e = evidence(doc, i..end, shape);
    // Nine digits failing the SSA rules are left to [`near`], which wants
    // the whole run.
    if !e.ssa_ok {
        return None;
    }
    match decide(&e, |ctx| doc.why(ctx, units.units[i].span.start)) {
        Decision::Hide(reason) => Some((end, reason)),
        Decision::Keep(_) => None,
    }
}

/// Returns true if written units `window`, nine digits written as an SSN
/// is (one block, or 3-2-4), and `other`, the rest of their run on one
/// side, are two numbers side by side: `other` is a number of its own
/// shape too (a block of five digits or more, an SSN, a phone number, a
/// ZIP+4): "SSN/ZIP 380478345 73719", "SSN 539 43 9539 067 25 2079".
fn apart(doc: &Doc<'_>, window: Range<usize>, other: Range<usize>) -> bool {
    let units = &doc.units;
    // Cheap tests first: most calls are in long runs of groups.
    if other.len() > 3 || window.len() > 3 {
        return false;
    }
    let lens = |r: Range<usize>| -> Option<([usize; 3], usize)> {
        let mut out = [0usize; 3];
        let n = r.len();
        for (slot, k) in out.iter_mut().zip(r.clone()) {
            if units.units[k].spoken {
                return None;
            }
            *slot = units.digits_of(k).len();
        }
        (n <= 3).then_some((out, n))
    };
    let (Some((w, wn)), Some((o, on))) = (lens(window), lens(other)) else {
        return false;
    };
    let ssn = matches!(w.get(..wn), Some([9] | [3, 2, 4]));
    let own = match o.get(..on) {
        Some([n]) => *n >= 5,
        Some(shape) => matches!(shape, [3, 2, 4] | [3, 3, 4] | [5, 4]),
        None => false,
    };
    ssn && own
}

/// A whole run of seven to ten digits where the context says SSN: a
/// misheard, mistyped or impossible SSN.
fn near(doc: &Doc<'_>, run: &Range<usize>) -> Option<(usize, String)> {
    let units = &doc.units;
    let len: usize = run.clone().map(|k| units.digits_of(k).len()).sum();
    if !CONTEXT_LENGTHS.contains(&len)
        || units.is_homophone(run.start)
        || units.is_homophone(run.end - 1)
    {
        return None;
    }
    let shape = shape(doc, run.clone());
    if kept_by_shape(shape) {
        return None;
    }
    let e = evidence(doc, run.clone(), shape);
    match decide(&e, |ctx| doc.why(ctx, units.units[run.start].span.start)) {
        Decision::Hide(reason) => Some((run.end, reason)),
        Decision::Keep(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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

    fn plain() -> Evidence {
        Evidence {
            len: 9,
            ssa_ok: true,
            shape: Shape::Plain,
            spoken: false,
            turns: 1,
            ctx: Ctx::default(),
            own: None,
            own_tax_id: false,
            after: None,
            amount: false,
            last4_of_ssn: None,
            corrects: false,
            listed: false,
        }
    }

    fn decided(e: &Evidence) -> Decision {
        decide(e, |_| "context".to_string())
    }

    #[test]
    fn formatted_needs_no_context_but_its_own_label_wins() {
        let dashed = Evidence { shape: Shape::Formatted("dashed"), ..plain() };
        assert_eq!(
            decided(&dashed),
            Decision::Hide("SSN: dashed 3-2-4, SSA rules ok".into())
        );
        assert!(matches!(
            decided(&Evidence { own: label(Cat::Other), ..dashed }),
            Decision::Keep(_)
        ));
        // But a tax ID printed as an SSN is one.
        let tax_id =
            Evidence { own: label(Cat::Other), own_tax_id: true, ..dashed };
        assert_eq!(
            decided(&tax_id),
            Decision::Hide("SSN: dashed 3-2-4, SSA rules ok".into())
        );
    }

    #[test]
    fn the_whole_ssn_given_for_its_last_four_is_hidden() {
        let asked = Evidence { last4_of_ssn: label(Cat::Last4), ..plain() };
        assert_eq!(
            decided(&asked),
            Decision::Hide(
                "SSN: 9 digits where its last four were asked for (context)"
                    .into()
            )
        );
        // The last four themselves are not the SSN's to hide here.
        assert!(matches!(
            decided(&Evidence { len: 4, ..asked }),
            Decision::Keep(_)
        ));
    }

    #[test]
    fn bare_digits_need_context() {
        assert!(matches!(decided(&plain()), Decision::Keep(_)));
        let ssn = Ctx { near: label(Cat::Ssn), ..Ctx::default() };
        assert_eq!(
            decided(&Evidence { ctx: ssn, ..plain() }),
            Decision::Hide("SSN: context".into())
        );
    }

    #[test]
    fn context_hides_what_the_rules_reject() {
        let ssn = Ctx { near: label(Cat::Ssn), ..Ctx::default() };
        assert_eq!(
            decided(&Evidence { ctx: ssn, len: 8, ssa_ok: false, ..plain() }),
            Decision::Hide("SSN: context; 8 digits: likely mistyped".into())
        );
        assert_eq!(
            decided(&Evidence {
                ctx: ssn,
                ssa_ok: false,
                spoken: true,
                ..plain()
            }),
            Decision::Hide(
                "SSN: spoken, context; SSA rules fail: likely misheard".into()
            )
        );
        assert!(matches!(
            decided(&Evidence { ctx: ssn, len: 6, ssa_ok: false, ..plain() }),
            Decision::Keep(_)
        ));
        assert!(matches!(
            decided(&Evidence {
                ctx: ssn,
                shape: Shape::Phone,
                len: 10,
                ..plain()
            }),
            Decision::Keep(_)
        ));
    }
}
