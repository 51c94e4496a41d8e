//! Detection: from text to findings.
//!
//! The pipeline, each stage linear in the text:
//!
//! 0. [`view`]: the text the detector reads: the original, or its digits of
//!    other scripts as ASCII, or the conversation a JSON export holds; the
//!    findings' offsets are mapped back to the original at the end.
//! 1. [`token`]: cut the text into tokens (digits, words, spaces, dashes...).
//! 2. [`layout`]: find the turns of a conversation, if it is one.
//! 3. [`context`]: find label phrases ("card", "SSN", "security code",
//!    "order #") and what each turn asks for.
//! 4. [`units`]: find the pieces of numbers, written or spoken, and join
//!    them into runs.
//! 5. The detectors, in order of priority, each taking the units it uses
//!    so no two findings overlap: [`card`], [`ssn`], [`expiry`], [`cvv`].

mod bytes;
mod card;
mod context;
mod cvv;
mod digits;
mod expiry;
mod export;
mod json;
pub(crate) use self::json::looks_like_json;
/// Whether a text of `len` bytes is longer than the longest read whole
/// ([`token::MAX_TEXT`]). Asked with `u32::try_from`, not a comparison
/// with the limit: on wasm32 no text can be longer, and clippy refuses a
/// comparison that is always false there.
pub(crate) fn too_long(len: usize) -> bool {
    u32::try_from(len).is_err()
}
mod layout;
mod lexicon;
mod markup;
mod near;
mod reading;
mod ssn;
mod table;
mod token;
mod units;
mod view;

/// Which units are taken ([`taken::Taken`]).
mod taken {
    use crate::finding::Kind;

    /// Per unit: the kind of the finding it is part of, if any; and how
    /// many times a unit was taken or freed, so that what is found from
    /// the taken units is kept as long as they stay the same. Read by
    /// index; written only by [`Taken::set`], which counts.
    pub(super) struct Taken {
        kinds: Vec<Option<Kind>>,
        changes: u64,
    }

    impl Taken {
        /// `units` units, none taken.
        pub(super) fn new(units: usize) -> Taken {
            Taken { kinds: vec![None; units], changes: 0 }
        }

        pub(super) fn get(&self, i: usize) -> Option<&Option<Kind>> {
            self.kinds.get(i)
        }

        /// Marks unit `i` as part of a finding of `kind`, or of none.
        pub(super) fn set(&mut self, i: usize, kind: Option<Kind>) {
            if let Some(slot) = self.kinds.get_mut(i) {
                if slot.is_some() != kind.is_some() {
                    self.changes += 1;
                }
                *slot = kind;
            }
        }

        /// How many times a unit was taken or freed so far.
        pub(super) fn changes(&self) -> u64 {
            self.changes
        }
    }

    impl std::ops::Index<usize> for Taken {
        type Output = Option<Kind>;

        fn index(&self, i: usize) -> &Option<Kind> {
            &self.kinds[i]
        }
    }
}

use std::borrow::Cow;
use std::ops::Range;

use self::context::{Asked, Label, Labels, Question};
use self::layout::Layout;
use self::lexicon::{self as lex, Cat};
use self::token::{Tok, Token};
use self::units::{Glue, Units};
use crate::finding::{Finding, Kind};
use crate::policy::Policy;
use crate::span::Span;
use crate::validate::brand::Brand;

/// Finds every card number, SSN, CVV and expiry date in `text` that
/// `policy` asks for.
///
/// Never fails, never panics; time is linear in `text.len()`. The findings
/// are sorted by their first byte and no two share a byte.
///
/// ```
/// use hush::{scan, Kind, Policy};
///
/// let text = "Customer: it's four one one one, one one one one\n\
///             Agent: uh huh\n\
///             Customer: one one one one, one one one one";
/// let findings = scan(text, &Policy::default());
/// assert_eq!(findings.len(), 1);
/// assert_eq!(findings[0].kind(), Kind::Card);
/// // One part per turn: the agent's "uh huh" stays.
/// assert_eq!(findings[0].parts().len(), 2);
/// ```
pub(crate) fn scan(text: &str, policy: &Policy) -> Vec<Finding> {
    if policy.kinds.is_empty() {
        return Vec::new();
    }
    // Stage 0: the text itself, or the pages of its view (see `view`).
    let mut drafts = view::drafts(text, detect);
    crate::order::sort_by_key(&mut drafts, |d| (d.parts[0].start, 0));
    drafts
        .into_iter()
        .filter(|d| policy.kinds.contains(d.kind))
        .map(|d| {
            let reason = safe_reason(text, &d.parts, &d.digits, d.reason);
            Finding::new(d.kind, d.parts, reason, &d.digits)
        })
        .collect()
}

/// `reason`, unless it holds what it hides: a label quoted in it that
/// holds the secret's own words ("asked for 'twentyCVC'" for the code
/// "venty twenty"), or its digits. Then its quoted words are left out,
/// and if it still holds them, it says no more than that a finding was
/// made. A reason is shown and printed (`--check`); the secret never is.
fn safe_reason(
    text: &str,
    parts: &[Span],
    digits: &[u8],
    reason: String,
) -> String {
    // Each finding's reason is asked this. A reason holds a few of the
    // bytes of a secret at most ("Visa, 16 digits"): the bytes it holds are
    // noted first, and a secret with a byte it lacks is not searched for
    // (card-list: 11% of the core's instructions before); the digits are
    // spelled out on the stack, not in a string built for each finding.
    let holds = |r: &str| {
        let mut seen = [false; 256];
        for &b in r.as_bytes() {
            seen[usize::from(b)] = true;
        }
        let may_hold = |s: &[u8]| s.iter().all(|&b| seen[usize::from(b)]);
        let mut buf = [0u8; 32];
        let ascii = |d: u8| if d <= 9 { b'0' + d } else { d };
        let small =
            digits.len() <= buf.len() && digits.iter().all(u8::is_ascii);
        let digits_in = match small {
            true => {
                for (b, &d) in buf.iter_mut().zip(digits) {
                    *b = ascii(d);
                }
                let spelled = buf.get(..digits.len()).unwrap_or_default();
                spelled.len() >= 4
                    && may_hold(spelled)
                    && std::str::from_utf8(spelled)
                        .is_ok_and(|d| r.contains(d))
            }
            false => {
                let spelled: String =
                    digits.iter().map(|&d| char::from(ascii(d))).collect();
                spelled.len() >= 4 && r.contains(&spelled)
            }
        };
        digits_in
            || parts.iter().any(|p| {
                text.get(p.range()).is_some_and(|s| {
                    s.len() <= r.len()
                        && may_hold(s.as_bytes())
                        && s.chars().count() >= 4
                        && r.contains(s)
                })
            })
    };
    if !holds(&reason) {
        return reason;
    }
    // Every quoted stretch ('...') left out.
    let mut out = String::with_capacity(reason.len());
    let mut quoted = false;
    for c in reason.chars() {
        match (c, quoted) {
            ('\'', false) => {
                quoted = true;
                out.push_str("its label");
            }
            ('\'', true) => quoted = false,
            (c, false) => out.push(c),
            (_, true) => {}
        }
    }
    match holds(&out) {
        true => "found here".to_string(),
        false => out,
    }
}

/// Runs the detectors on `text`; the parts of the drafts are offsets in
/// `text`.
fn detect(text: &str) -> Vec<Draft> {
    let mut doc = Doc::new(text);
    card::detect(&mut doc);
    ssn::detect(&mut doc);
    reading::detect(&mut doc);
    card::near_copies(&mut doc);
    reading::found_read_back_after(&mut doc);
    corrected(&mut doc);
    reading::fringes(&mut doc);
    expiry::detect(&mut doc);
    cvv::detect(&mut doc);
    doc.repeats();
    doc.restarts();
    doc.group_after_read_back();
    doc.drafts
}

/// Cards and SSNs read with a correction between two runs: the run before
/// (of two units or more) ends where a restart cue begins, the run after
/// starts where it ends, not the other speaker cutting in. Each pair is
/// offered to the card ([`card::corrected`]), then to the SSN
/// ([`ssn::corrected`]), which decide on context. Looked at last, once
/// every valid reading is found: one walk over the pairs.
fn corrected(doc: &mut Doc<'_>) {
    let runs = doc.free_runs();
    let mut found: Vec<(Kind, Range<usize>, String)> = Vec::new();
    for pair in runs.windows(2) {
        let [before, after] = pair else { continue };
        if before.end != after.start || before.len() < 2 {
            continue;
        }
        let units = &doc.units;
        let count = |r: &Range<usize>| -> usize {
            r.clone().map(|k| units.digits_of(k).len()).sum()
        };
        let lens = (count(before), count(after));
        // The shortest reading either may hide: an SSN with two digits
        // dropped.
        if lens.0 + lens.1 < 7 {
            continue;
        }
        let at = units.units[after.start].first;
        if doc.restart_between(&units.units[before.end - 1], at) != Some(false)
        {
            continue;
        }
        let reason = card::corrected(doc, before, after, lens)
            .map(|r| (Kind::Card, r))
            .or_else(|| {
                ssn::corrected(doc, before, after, lens)
                    .map(|r| (Kind::Ssn, r))
            });
        if let Some((kind, reason)) = reason {
            found.push((kind, before.start..after.end, reason));
        }
    }
    for (kind, range, reason) in found {
        doc.take(kind, range, reason, None);
    }
}

/// What each turn answers: the last open question of the other speaker
/// before it, looking back past short remarks without labels or question
/// marks ("Hmm, that doesn't match what I have"). The flag is true when the
/// same speaker already said a number since: a re-read, which only a
/// number as distinct as an SSN may claim.
fn questions(
    text: &str,
    tokens: &[Token],
    layout: &Layout,
    labels: &Labels,
    asked: &Asked,
    units: &Units,
) -> Vec<Option<(Question, bool)>> {
    let mut has_units = vec![false; layout.turns.len()];
    for u in &units.units {
        has_units[u.turn] = true;
    }
    // The units of turn `turn` (units are in text order, so by turn).
    let units_of = |turn: usize| {
        let a = units.units.partition_point(|u| u.turn < turn);
        let b = units.units.partition_point(|u| u.turn <= turn);
        a..b
    };
    // Turn `t` says again all the digits of the same speaker's turn `p`
    // right before it, a short part, and goes on: "31", then "318" (a chat
    // message sent too soon, then whole; a streaming recogniser's partial
    // result, then its final). `p` gave no answer of its own, only the
    // start of `t`'s.
    let completes = |p: usize, t: usize| {
        if p + 1 != t {
            return false;
        }
        // Only a short part: one unit of four digits at most.
        let part = units_of(p);
        if part.len() != 1 || units.digits_of(part.start).len() > 4 {
            return false;
        }
        let mut now = units_of(t)
            .take(8)
            .flat_map(|i| units.digits_of(i).iter().copied());
        units.digits_of(part.start).iter().all(|&d| now.next() == Some(d))
            && now.next().is_some()
    };
    let ranges = &layout.tokens;
    // Per turn, when a later turn first looks back at it (most turns are
    // never looked at): the question it asks (kept in `asked`, which the
    // units' passes filled in part), and whether it is a long remark or
    // asks something without a label.
    let mut asked_in =
        |p: usize| -> Option<Question> { asked.of(labels, layout, p) };
    let ends_look = |p: usize| -> bool {
        let r = ranges[p].clone();
        // A question with no label ("where should we ship the
        // replacement", "can i get the passcode") asks for something
        // else; punctuation may be missing.
        let ts = tokens.get(r.clone()).unwrap_or_default();
        labels.words_between(r.start, r.end) > 12
            || ts.iter().any(|x| x.tok == Tok::Punct('?'))
            || starts_question(ts)
    };
    // Turn `p` goes on with turn `b`, the one before, as one sentence cut
    // into caption lines: the same speaker, no number in `b`, no full stop
    // or question mark at its end, and `p` opens with a word in lower case.
    let continues = |b: usize, p: usize| -> bool {
        let same = layout.turns.get(b).map(|t| t.speaker)
            == layout.turns.get(p).map(|t| t.speaker);
        let open = tokens
            .get(ranges[b].clone())
            .unwrap_or_default()
            .iter()
            .rev()
            .find(|x| !matches!(x.tok, Tok::Space | Tok::Newline))
            .is_some_and(|x| {
                !matches!(x.tok, Tok::Dot | Tok::Punct('?' | '!'))
            });
        let lower = tokens
            .get(ranges[p].clone())
            .unwrap_or_default()
            .iter()
            .find(|x| x.is_word())
            .is_some_and(|x| {
                x.span().of(text).starts_with(|c: char| c.is_lowercase())
            });
        same && !has_units[b] && open && lower
    };
    (0..layout.turns.len())
        .map(|t| {
            let me = layout.turns[t].speaker;
            let mut answered = false;
            // The speaker said they would give another number instead
            // ("Can I give you my member ID instead?").
            let mut offered_other = None;
            // The other speaker's turn after the one being looked at: if it
            // asks to hear it again ("sorry, what was that?"), what was said
            // before is said again, not answered. (Read only for a turn
            // with a number.)
            let mut next_other: Option<usize> = None;
            // The question of the same speaker's turn right before, given
            // to them by a slip of the recogniser's (see below).
            let mut slip: Option<Question> = None;
            let asks_again_in = |p: usize| {
                asks_again(tokens.get(ranges[p].clone()).unwrap_or_default())
            };
            for p in (0..t).rev().take(8) {
                let turn = &layout.turns[p];
                let r = ranges[p].clone();
                if turn.speaker == me && me != layout::UNKNOWN {
                    // A recogniser that gave the question to the wrong
                    // speaker ("Customer: And the expiration date?" /
                    // "Customer: November 2027"): a question for a secret
                    // right before, with its question mark and no number,
                    // is asked all the same, unless the other speaker's
                    // question before it is still open.
                    if p + 1 == t && !has_units[p] {
                        let ts = tokens.get(r.clone()).unwrap_or_default();
                        slip = ts
                            .iter()
                            .any(|x| x.tok == Tok::Punct('?'))
                            .then(|| asked_in(p))
                            .flatten()
                            .filter(|q| q.label.cat.is_secret());
                        if slip.is_some() {
                            continue;
                        }
                    }
                    if !has_units[p] && labels.has(turn.content, Cat::Other) {
                        offered_other = asked_in(p);
                    }
                    // A number redacted before ("[CARD]", "****") was
                    // said too, so that a second pass reads as the first.
                    let said = has_units[p] || labels.has_digits(r);
                    answered |= said
                        && !next_other.is_some_and(asks_again_in)
                        && !(has_units[t] && completes(p, t));
                    next_other = None;
                    continue;
                }
                // A caption line that goes on with the question of the
                // line before ("And the four digit code printed on the
                // front," / "above the number?"): that line's secret is
                // what is asked.
                let own = asked_in(p);
                let before = p
                    .checked_sub(1)
                    .filter(|&b| {
                        own.is_none_or(|q| !q.label.cat.is_secret())
                            && continues(b, p)
                    })
                    .and_then(&mut asked_in)
                    .filter(|q| q.label.cat.is_secret());
                if let Some(q) = before.or(own) {
                    let q = match offered_other {
                        Some(o) if q.label.cat.is_secret() => Question {
                            label: o.label,
                            asked: Cat::Other.bit(),
                        },
                        _ => q,
                    };
                    return match slip {
                        Some(s) if answered => Some((s, false)),
                        _ => Some((q, answered)),
                    };
                }
                if has_units[p]
                    || ends_look(p)
                        && !(me != layout::UNKNOWN && asks_again_in(p))
                {
                    return slip.map(|s| (s, false));
                }
                next_other = Some(p);
            }
            slip.map(|s| (s, false))
        })
        .collect()
}

/// Returns true if a short turn asks to hear something again: "sorry,
/// what was that?", "say that again?", "can you repeat that", "pardon?",
/// "I didn't catch that", "you cut out", "I missed that"; or, having cut
/// in, gives the floor back: "-- sorry, go ahead."
fn asks_again(tokens: &[Token]) -> bool {
    let (mut words, mut what, mut was, mut that, mut again) =
        (0, false, false, false, false);
    let (mut sorry, mut ahead) = (false, false);
    // At most nine words are read: a long turn is no such request.
    for t in tokens.iter().filter(|t| t.is_word()).take(9) {
        words += 1;
        match lex::get(t.word).map_or("", |l| l.word) {
            "what" => what = true,
            "was" => was = true,
            "that" => that = true,
            "sorry" => sorry = true,
            "ahead" => ahead = true,
            "again" | "repeat" | "pardon" | "catch" | "hear" | "missed"
            | "cut" | "broke" => again = true,
            _ => {}
        }
    }
    words <= 8 && (again || what && was && that || sorry && ahead)
}

/// Returns true if the words open like a question: "where should we...",
/// "can i get...", "do you have...".
fn starts_question(tokens: &[Token]) -> bool {
    let first = tokens.iter().find(|t| t.is_word());
    first.is_some_and(|t| {
        lex::get(t.word).is_some_and(|l| {
            matches!(
                l.word,
                "what"
                    | "which"
                    | "where"
                    | "when"
                    | "how"
                    | "who"
                    | "why"
                    | "can"
                    | "could"
                    | "would"
                    | "do"
                    | "does"
                    | "did"
                    | "may"
                    | "is"
                    | "are"
                    | "will"
            )
        })
    })
}

/// Where the findings of some kinds end ([`Doc::marks`]): per turn, and
/// their last tokens in text order.
struct Marks {
    turns: Vec<bool>,
    ends: Vec<usize>,
}

/// A finding in the making.
#[derive(Clone, Debug)]
struct Draft {
    kind: Kind,
    parts: Vec<Span>,
    reason: String,
    digits: Vec<u8>,
    /// The turn of its first part.
    turn: usize,
    /// Index of its last token.
    last_token: usize,
    /// For cards, the brand.
    brand: Option<Brand>,
    /// The turn where it was said again whole, if [`Doc::repeats`] found
    /// it so (a read-back).
    again_in: Option<usize>,
}

/// Everything known about the text being scanned.
struct Doc<'t> {
    text: &'t str,
    tokens: Vec<Token>,
    layout: Layout,
    labels: Labels,
    units: Units,
    /// Per unit: the kind of the finding it is part of, if any.
    taken: taken::Taken,
    /// The last free runs found ([`Doc::free_runs`]), and the count of
    /// changes of `taken` they were found at: the detectors that follow
    /// one another with no finding between read them again, not walk the
    /// units again.
    free: std::cell::Cell<Option<(u64, FreeRuns)>>,
    /// Per token: 1 + the index of the unit that starts there, or 0.
    unit_at: Vec<u32>,
    /// The body cells of tables, with their column's label.
    cells: Vec<table::Cell>,
    /// Per turn: what the other speaker asked for, and whether it was
    /// already answered.
    questions: Vec<Option<(Question, bool)>>,
    drafts: Vec<Draft>,
    /// The card drafts as (last token, draft index), in text order: those
    /// found after every card before them (most), in a vector...
    cards: Vec<(usize, usize)>,
    /// ... and those found after a card further on (a reading over several
    /// turns comes after the pass that finds cards typed in one go), in a
    /// set. A binary search of one vector in the order found gave answers
    /// that hung on text far away.
    late_cards: std::collections::BTreeSet<(usize, usize)>,
    /// The draft that ends at each token.
    /// Per token: 1 + the index of the draft that ends there, or 0.
    ends: Vec<u32>,
    /// The token indices of the line breaks, found when
    /// [`Doc::line_of`] is first asked.
    line_breaks: std::cell::OnceCell<Vec<u32>>,
}

/// The free runs of units ([`Doc::free_runs`]).
type FreeRuns = std::rc::Rc<Vec<Range<usize>>>;

/// The context of a candidate.
#[derive(Clone, Copy, Debug, Default)]
struct Ctx {
    /// The closest label before it in its turn, or its table column's.
    near: Option<Label>,
    /// True if `near` is the header of its table column.
    column: bool,
    /// What the other speaker asked for: the label that says it.
    question: Option<Label>,
    /// Everything the other speaker asked for, as [`Cat::bit`]s.
    asked: u8,
    /// True if the same speaker already answered that question.
    answered: bool,
}

impl Ctx {
    /// Returns true if the context asks for `cat`: the near label names it,
    /// or, with no near label, the question does.
    fn wants(&self, cat: Cat) -> bool {
        match self.near {
            Some(l) => l.cat == cat,
            None => self.question.is_some() && self.asked & cat.bit() != 0,
        }
    }
}

impl<'t> Doc<'t> {
    fn new(text: &'t str) -> Doc<'t> {
        let tokens = token::tokenize(text);
        let layout = layout::layout(text, &tokens);
        let labels = Labels::find_in(text, &tokens, &layout.tokens);
        let asked = Asked::new(layout.turns.len());
        let units = units::units(text, &tokens, &layout, &labels, &asked);
        let mut unit_at = vec![0u32; tokens.len()];
        for (i, u) in units.units.iter().enumerate() {
            unit_at[u.first] = i as u32 + 1;
        }
        let questions = if layout.conversation {
            questions(text, &tokens, &layout, &labels, &asked, &units)
        } else {
            vec![None; layout.turns.len()]
        };
        let taken = taken::Taken::new(units.units.len());
        // Pipes in a chat log (`20:14 | agent | ...`) are not a table: in a
        // conversation, only lines no speaker says may be. A table pasted
        // above a chat log is still a table (it lost its columns, and a
        // column's SSNs and codes were left readable, when any two speaker
        // lines came anywhere after it).
        let mut from = 0;
        let mut in_table = |at: usize| {
            !layout.conversation
                || layout.turn_at_from(at, &mut from).is_some_and(|t| {
                    layout
                        .turns
                        .get(t)
                        .is_some_and(|t| t.speaker == layout::UNKNOWN)
                })
        };
        let cells = table::cells(text, &tokens, &labels, &mut in_table);
        let mut units = units;
        if !cells.is_empty() {
            table::join_columns(&mut units, &cells);
        }
        Doc {
            cells,
            text,
            tokens,
            layout,
            labels,
            units,
            taken,
            free: Default::default(),
            unit_at,
            questions,
            drafts: Vec::new(),
            cards: Vec::new(),
            late_cards: Default::default(),
            ends: Vec::new(),
            line_breaks: Default::default(),
        }
    }

    /// The groups of written digits joined by one odd mark, the same each
    /// time and with no space: "4111_1111_1111_1111", "4111|1111|...",
    /// "123/45/6789", "\"4111\",\"1111\",..." (a form's fields, a column
    /// copied with its own separator), or boxes printed apart, `[4111]
    /// [1111] ...`, `(4111) (1111) ...`. A mark is one to three characters
    /// that are neither letters, digits, spaces nor line breaks (but the
    /// space between a closing bracket and an opening one, and a space on
    /// each side of a one-character mark: `4539 | 1488 | ...`, `4539 :
    /// 1488 : ...`), and that
    /// break the run (groups joined by a dash or a dot were judged as one
    /// run already). Each range holds three to five units, none spoken nor
    /// taken, with nothing joined on either side (the same mark and a
    /// digit before the first group or after the last: a longer list is
    /// not one number). Only groups whose first has `first_len` digits are
    /// read (a card's first group has four, an SSN's three: the times and
    /// dates that make most such groups in a chat log have two). Linear:
    /// each unit is looked at in one range at most.
    fn marked_groups(&self, first_len: usize) -> Vec<Range<usize>> {
        let toks = &self.tokens;
        let units = &self.units.units;
        // The mark of tokens `from..to` (one to three, none a space, a
        // line break, a word or digits): their classes (a `Punct` holds
        // its character) and their length in bytes, compared without
        // reading the text.
        let mark_of = |from: usize, to: usize| {
            let marks = toks.get(from..to)?;
            if !(1..=3).contains(&marks.len()) {
                return None;
            }
            // Boxes printed apart: `[4539] [1488] ...`, `(4539) (1488)
            // ...`: a group's closing bracket, a space, the next one's
            // opening bracket.
            let boxed = match marks {
                [a, b, c] => {
                    b.tok == Tok::Space
                        && matches!(
                            (a.tok, c.tok),
                            (Tok::Punct(']'), Tok::Punct('['))
                                | (Tok::Punct(')'), Tok::Punct('('))
                                | (Tok::Punct('>'), Tok::Punct('<'))
                                | (Tok::Punct('}'), Tok::Punct('{'))
                                | (Tok::Punct('"'), Tok::Punct('"'))
                                | (Tok::Punct('\''), Tok::Punct('\''))
                        )
                }
                _ => false,
            };
            // Or cells apart: `4539 | 1488 | ...`, a row of a text table
            // or a form's boxes so pasted, or groups apart by a mark with
            // a space on each side (`4539 : 1488 : ...`, `4539 ~ 1488`).
            let celled = matches!(
                marks,
                [a, b, c] if a.tok == Tok::Space
                    && matches!(b.tok, Tok::Punct(_))
                    && c.tok == Tok::Space
            );
            let mut key = [Tok::Space; 3];
            for (j, (slot, t)) in key.iter_mut().zip(marks).enumerate() {
                let space = t.tok == Tok::Space
                    && ((boxed && j == 1) || (celled && j != 1));
                if !space
                    && matches!(
                        t.tok,
                        Tok::Space | Tok::Newline | Tok::Word | Tok::Digits
                    )
                {
                    return None;
                }
                *slot = t.tok;
            }
            let (a, z) = (marks.first()?.span(), marks.last()?.span());
            Some((key, z.end.saturating_sub(a.start)))
        };
        // The mark between units `a` and `a + 1`, which it does not join.
        let between = |a: usize| {
            let (x, y) = (units.get(a)?, units.get(a + 1)?);
            if y.glue != Glue::Break {
                return None;
            }
            Some((
                mark_of(x.last + 1, y.first)?,
                y.first.saturating_sub(x.last + 1),
            ))
        };
        let free = |i: usize| {
            units.get(i).is_some_and(|u| !u.spoken)
                && self.taken.get(i).is_some_and(|t| t.is_none())
        };
        let digit_at =
            |k: usize| toks.get(k).is_some_and(|t| t.tok == Tok::Digits);
        let mut out = Vec::new();
        let mut k = 0;
        while k < units.len() {
            // Most units are apart from the next by more than three tokens
            // (a word, spaces), or joined to it, or of another length:
            // told first, from the two units alone.
            let x = &units[k];
            let near = x.digits.len() == first_len
                && units.get(k + 1).is_some_and(|y| {
                    y.glue == Glue::Break
                        && (2..=4).contains(&y.first.wrapping_sub(x.last))
                });
            let found = near.then(|| between(k)).flatten();
            let Some((sep, count)) = found.filter(|_| free(k) && free(k + 1))
            else {
                k += 1;
                continue;
            };
            let mut n = 2;
            while n < 5
                && free(k + n)
                && between(k + n - 1) == Some((sep, count))
            {
                n += 1;
            }
            // Three groups at least: a card has four or three, an SSN
            // three; two with a mark are most often a date, a time or a
            // fraction.
            if n < 3 {
                k += 1;
                continue;
            }
            let (first, last) = (units[k].first, units[k + n - 1].last);
            let before = first
                .checked_sub(count)
                .and_then(|a| mark_of(a, first))
                .is_some_and(|m| m == sep)
                && first.checked_sub(count + 1).is_some_and(digit_at);
            let after = mark_of(last + 1, last + 1 + count)
                .is_some_and(|m| m == sep)
                && digit_at(last + 1 + count);
            if !(before || after) {
                out.push(k..k + n);
            }
            k += n;
        }
        out
    }

    /// The runs, cut where a unit is already taken: ranges of untaken
    /// units that are joined.
    ///
    /// Shared: a detector reads them while it takes units, and the next
    /// one reads the same runs when it took none.
    fn free_runs(&self) -> FreeRuns {
        let changes = self.taken.changes();
        // Each unit taken or freed since the last walk splits a run in two
        // at most: the runs found then, and one more per change, are room
        // enough for the runs now (and there are never more runs than
        // units). The first walk grows its vector.
        let mut room = 0;
        if let Some((at, runs)) = self.free.take() {
            if at == changes {
                self.free.set(Some((at, runs.clone())));
                return runs;
            }
            let since = usize::try_from(changes.saturating_sub(at));
            room = runs.len().saturating_add(since.unwrap_or(usize::MAX));
        }
        let room = room.min(self.units.units.len());
        let runs = std::rc::Rc::new(self.free_runs_walk(room));
        self.free.set(Some((changes, runs.clone())));
        runs
    }

    /// [`Doc::free_runs`], found in one walk over the units, into a vector
    /// with room for `room` runs.
    ///
    /// (Grown from empty, with mimalloc, the CLI's allocator, the vector
    /// was copied a dozen times a walk, and a piece is walked some six
    /// times. The throughput run over 1 MB of mixed text, one thread:
    /// 272.33 to 271.05 million instructions. The core pass, under
    /// glibc's allocator, which often grows a vector where it is, is
    /// unchanged.)
    fn free_runs_walk(&self, room: usize) -> Vec<Range<usize>> {
        // One walk over the units: a run ends at a break in the glue, and
        // a taken unit cuts it.
        let mut out = Vec::with_capacity(room);
        let mut start = 0;
        for (i, u) in self.units.units.iter().enumerate() {
            if self.taken.get(i).is_some_and(Option::is_some) {
                if start < i {
                    out.push(start..i);
                }
                start = i + 1;
            } else if i > start && u.glue == Glue::Break {
                out.push(start..i);
                start = i;
            }
        }
        if start < self.units.units.len() {
            out.push(start..self.units.units.len());
        }
        out
    }

    /// The context of units `range`, with labels at most `max_words` words
    /// before.
    fn ctx(&self, range: Range<usize>, max_words: u32) -> Ctx {
        let first = &self.units.units[range.start];
        self.ctx_at(first.first, first.turn, max_words)
    }

    /// The context of a candidate starting at token `token` in turn
    /// `turn`.
    fn ctx_at(&self, token: usize, turn: usize, max_words: u32) -> Ctx {
        let content = self.layout.turns[turn].content;
        let question = self.questions[turn];
        // In a table, the column header is the label.
        let at = self.tokens[token].span().start;
        let k = self.cells.partition_point(|c| c.span.end <= at);
        if let Some(cell) = self.cells.get(k).filter(|c| c.span.start <= at) {
            // A column with no label in its header ("Value") takes the
            // label of its row ("| CVV | 559 |").
            return Ctx {
                near: cell.label.or_else(|| {
                    self.labels
                        .before(token, content, max_words)
                        .filter(|l| l.span.start >= cell.row_start)
                }),
                column: cell.label.is_some(),
                question: None,
                asked: 0,
                answered: false,
            };
        }
        let near = self
            .labels
            .before(token, content, max_words)
            .or_else(|| self.carried(token, turn, max_words));
        // With no speakers, a line stands for a turn: what the line before
        // asks (see [`Doc::line_question`]).
        let question = match self.layout.conversation {
            true => question,
            false => self.line_question(token).map(|q| (q, false)),
        };
        Ctx {
            near,
            column: false,
            question: question.map(|q| q.0.label),
            asked: question.map_or(0, |q| q.0.asked),
            answered: question.is_some_and(|q| q.1),
        }
    }

    /// The first token of the line of token `token`, if it lies at most
    /// `reach` tokens back: a walk of `reach` steps at most.
    fn line_start_near(&self, token: usize, reach: usize) -> Option<usize> {
        let mut k = token;
        while let Some(before) = k.checked_sub(1) {
            if self.tokens.get(before).is_none_or(|t| t.tok == Tok::Newline) {
                return Some(k);
            }
            if token - before > reach {
                return None;
            }
            k = before;
        }
        Some(0)
    }

    /// In a text with no speakers, what the line before the one of token
    /// `token` asks for, when the token opens the numbers of its line
    /// after a few words at most: a recogniser's transcript written an
    /// utterance a line ("go ahead with the card number when you're
    /// ready" / "it said he's a double four nine six ..."). The line
    /// before holds no digits; [`Labels::question`] reads it as it reads a
    /// turn, and a question for a card or an SSN counts. Reads the two
    /// lines only.
    fn line_question(&self, token: usize) -> Option<Question> {
        self.line_question_within(token, 5)
    }

    /// [`Doc::line_question`] for a number after at most `lead_words`
    /// words in its line (a reading's stretch may open after more: "okay
    /// it's too for a line two seven ...", see `reading::context`).
    fn line_question_within(
        &self,
        token: usize,
        lead_words: usize,
    ) -> Option<Question> {
        /// The most tokens from the question's label to the number.
        const REACH: usize = 64;
        // A card's or an SSN's label not far before, first: most numbers
        // have none, and are not looked at further.
        let labels = self.labels.all();
        let last = labels.partition_point(|l| l.last < token).checked_sub(1);
        let asked = last.and_then(|k| labels.get(k)).is_some_and(|l| {
            matches!(l.cat, Cat::Card | Cat::Ssn | Cat::Cvv | Cat::Expiry)
                && token - l.last <= REACH
        });
        if !asked {
            return None;
        }
        // The start of the line, a short walk back (most numbers are far
        // into their line, as in a note).
        let opens = self.line_start_near(token, 4 * lead_words + 1)?;
        let words = self.tokens.get(opens..token).map_or(0, |lead| {
            lead.iter().filter(|t| t.tok == Tok::Word).count()
        });
        // Nor after a number hidden already in the line (a tag or a mask,
        // "**** oh, one ..."): the answer was given, and a second pass
        // reads as the first.
        if words > lead_words
            || self.labels.numbers_between(opens, token) != 0
            || self.labels.has_digits(opens..token)
        {
            return None;
        }
        // The line before, right before (no blank line between).
        let before = opens.checked_sub(2)?;
        let asking = self.line_of(before)?;
        if asking.start >= asking.end || self.labels.has_digits(asking.clone())
        {
            return None;
        }
        let (a, z) =
            (self.tokens.get(asking.start)?, self.tokens.get(asking.end - 1)?);
        // A line's bare "code" asks for the long numbers only: it is too
        // often another's ("what's his ship code on the account", a
        // recogniser's "zip code"), where no speaker says who answered
        // what before. A code's or an expiry's own label asks for it ("and
        // the three digit code on the back", "the expiration month").
        let long = Cat::Card.bit() | Cat::Ssn.bit();
        let q = self.labels.question(a.span().cover(z.span()), asking.end)?;
        let bare = q.label.span.of(self.text).eq_ignore_ascii_case("code");
        let wanted = match bare {
            true => long,
            false => long | Cat::Cvv.bit() | Cat::Expiry.bit(),
        };
        (q.label.cat.bit() & wanted != 0)
            .then_some(Question { asked: q.asked & wanted, ..q })
    }

    /// The label that ends the same speaker's turn right before turn
    /// `turn`, for a number at token `token` (see [`Labels::carried`]);
    /// the other speaker may have acknowledged it between ("Sure, it's a
    /// Mastercard." / "Sure." / "It's 2271 3940 4732": see
    /// [`Doc::acknowledges`]).
    fn carried(
        &self,
        token: usize,
        turn: usize,
        max_words: u32,
    ) -> Option<Label> {
        let own = self.layout.turns.get(turn)?;
        if own.speaker == layout::UNKNOWN {
            return None;
        }
        let prev = turn.checked_sub(1)?;
        let prev = if self.layout.turns.get(prev)?.speaker == own.speaker {
            prev
        } else {
            let before = prev.checked_sub(1)?;
            (self.layout.turns.get(before)?.speaker == own.speaker
                && self.acknowledges(prev))
            .then_some(before)?
        };
        let before = self.layout.turns.get(prev)?;
        let prev_end = self.layout.tokens.get(prev)?.end;
        let own_start = self.layout.tokens.get(turn)?.start;
        let label = self.labels.carried(
            token,
            before.content,
            prev_end,
            own_start,
            max_words,
        )?;
        // A question of their own ("what's the security code?") gives no
        // number; the other speaker's question still names it. What
        // follows the label in its turn is read up to 16 tokens.
        let tail = self.tokens.get(label.last + 1..prev_end)?;
        (tail.len() <= 16 && !tail.iter().any(|t| t.tok == Tok::Punct('?')))
            .then_some(label)
    }

    /// Returns true if turn `turn` only acknowledges what was said before
    /// it ("Sure.", "Okay, go ahead."): four words at most, each an
    /// acknowledgement or a filler, no digits and no question.
    fn acknowledges(&self, turn: usize) -> bool {
        let Some(r) = self.layout.tokens.get(turn).cloned() else {
            return false;
        };
        let Some(content) = self.layout.turns.get(turn).map(|t| t.content)
        else {
            return false;
        };
        let tokens = self.tokens.get(r.clone()).unwrap_or_default();
        self.labels.words_between(r.start, r.end) <= 4
            && !self.labels.has_digits(r)
            && !self.labels.touches(content)
            && tokens.iter().all(|t| match t.tok {
                Tok::Punct('?') => false,
                Tok::Word => {
                    lexicon::get(t.word).is_some_and(|l| l.ack || l.filler)
                }
                _ => true,
            })
    }

    /// The ends of the windows that start at `run.start`, hold `lens`
    /// digits and end where the run may be cut (not inside a written
    /// group), shortest first.
    ///
    /// A window never spans a line break or a turn. With `cut_words`, it
    /// may also end between spoken words or after a written group of its
    /// own ("exp 0927 123": an expiry, then a code); without, only where
    /// the run ends or the speaker paused, so the first digits of "the code
    /// is 389 403" or "four eight two nine one three" are not a code.
    ///
    /// The ends are written to `out` (cleared first), so one buffer serves
    /// every run.
    fn windows(
        &self,
        run: Range<usize>,
        lens: std::ops::RangeInclusive<usize>,
        cut_words: bool,
        out: &mut Vec<usize>,
    ) {
        out.clear();
        let mut len = 0;
        let u = &self.units.units;
        for end in run.start + 1..=run.end {
            len += self.units.digits_of(end - 1).len();
            if len > *lens.end() {
                break;
            }
            let last = end == run.end;
            let glue = if last { Glue::Break } else { u[end].glue };
            // A written group on its own may end a window after a space.
            let own_group = end == run.start + 1
                && !last
                && u[end]
                    .glue_span
                    .of(self.text)
                    .chars()
                    .all(char::is_whitespace);
            let boundary = glue != Glue::Tight
                || (cut_words
                    && (u[end].spoken || u[end - 1].spoken || own_group));
            if boundary && lens.contains(&len) {
                out.push(end);
            }
            if matches!(glue, Glue::Line | Glue::Turn) {
                break;
            }
        }
    }

    /// For each run not yet taken, offers `fits` the windows that start the
    /// run and hold `lens` digits, longest first, until it takes one: "one
    /// one three zero" is 11/30, not 1/13. See [`Doc::windows`] for
    /// `cut_words`.
    fn take_longest(
        &mut self,
        lens: std::ops::RangeInclusive<usize>,
        cut_words: bool,
        mut fits: impl FnMut(&mut Doc<'t>, Range<usize>, Range<usize>) -> bool,
    ) {
        let mut ends = Vec::new();
        for whole in self.free_runs().iter() {
            let mut run = whole.clone();
            while !run.is_empty() {
                self.windows(run.clone(), lens.clone(), cut_words, &mut ends);
                let taken = ends
                    .iter()
                    .rev()
                    .copied()
                    .find(|&end| fits(self, run.start..end, run.clone()));
                // What follows a comma or a joining word after the number
                // taken is offered again ("02/27, 03/27": said again or
                // corrected); `fits` decides with its own context.
                match taken {
                    Some(end)
                        if self
                            .units
                            .units
                            .get(end)
                            .is_some_and(|u| u.glue != Glue::Break) =>
                    {
                        run = end..run.end;
                    }
                    _ => break,
                }
            }
        }
    }

    /// The context of units `range` when they answer a question: the
    /// question counts only for the first number of the turn, said within
    /// its first few words ("um, one oh four", not the time mentioned
    /// later).
    fn answer_ctx(
        &self,
        range: Range<usize>,
        max_words: u32,
        kind: Kind,
    ) -> Ctx {
        let ctx = self.ctx(range.clone(), max_words);
        self.as_answer(ctx, range.start, kind)
    }

    /// Drops the question from `ctx` unless unit `first` is the first
    /// number of its turn that is not already something else: "4111...,
    /// 09/27, 157" answers "the card, the expiry and the code" in order,
    /// but a second number of the same kind is not an answer.
    fn as_answer(&self, mut ctx: Ctx, first: usize, kind: Kind) -> Ctx {
        // Nothing to drop (most numbers: no question before them).
        if ctx.question.is_none() {
            return ctx;
        }
        let units = &self.units.units;
        let u = &units[first];
        // A number of the same kind said right after the answer ("02/27,
        // 03/27", "737, or 747") is the answer again, repeated or
        // corrected, and as much a secret: only a comma or one word
        // between them, in a chain back to the first.
        // Not when the question asked for more, still unanswered ("the
        // expiration and the code?" "09/27, 157": the code comes next).
        let cat = |k: Kind| match k {
            Kind::Card => Cat::Card.bit(),
            Kind::Ssn => Cat::Ssn.bit(),
            Kind::Cvv => Cat::Cvv.bit(),
            Kind::Expiry => Cat::Expiry.bit(),
            Kind::Custom | Kind::Manual => 0,
        };
        // With no speakers, the question is the line before's (see
        // [`Doc::line_question`]): the answer's turn is its line.
        // (A line question is asked of a number a few words into its line:
        // its start is a short walk back.)
        let opens = match self.layout.conversation {
            true => 0,
            false => self
                .line_start_near(u.first, 64)
                .unwrap_or(u.first.saturating_sub(64)),
        };
        let before = (0..first)
            .rev()
            .take_while(|&k| {
                units[k].turn == u.turn && units[k].first >= opens
            })
            .take(16);
        let answered = before
            .clone()
            .filter_map(|k| self.taken[k])
            .fold(cat(kind), |m, t| m | cat(t));
        let more_asked = ctx.asked & !answered != 0;
        let mut chain_start = (!more_asked).then_some(u.first);
        let earlier = before.clone().any(|k| match self.taken[k] {
            None => true,
            Some(t) if t == kind => {
                let next = chain_start.take();
                match next {
                    Some(next)
                        if self
                            .labels
                            .words_between(units[k].last + 1, next)
                            <= 1 =>
                    {
                        chain_start = Some(units[k].first);
                        false
                    }
                    _ => true,
                }
            }
            Some(_) => {
                chain_start = None;
                false
            }
        });
        // Within a few words of the turn's start, or of the answer before
        // it ("[card]... May twenty nine... and six seven three").
        let start_tok = self.layout.tokens[u.turn].start.max(opens);
        let mut late = self.labels.words_between(start_tok, u.first) > 8;
        // After a false start ("four nine one, let me start over, four nine
        // one seven..."), the answer starts again.
        let restarted = self.restart_before(u.first);
        // Only the answers taken within those few words matter, so the
        // look-back stops there: never a walk to the start of a long turn.
        if late {
            // At most 16 numbers back, as for `earlier`: a list of numbers
            // with no word between them is never walked to its start.
            for k in (0..first)
                .rev()
                .take_while(|&k| units[k].turn == u.turn)
                .take(16)
            {
                if self.labels.words_between(units[k].last + 1, u.first) > 8 {
                    break;
                }
                if self.taken[k].is_some() {
                    late = false;
                    break;
                }
            }
        }
        if (earlier || late) && !restarted || ctx.answered {
            ctx.question = None;
        }
        ctx
    }

    /// Returns true if a restart cue ends just before token `at`: "sorry",
    /// "no wait", "let me start over", "I mean", after digits said first.
    fn restart_before(&self, at: usize) -> bool {
        let (mut words, mut cue) = (0, false);
        for t in self
            .tokens
            .get(at.saturating_sub(16)..at)
            .unwrap_or(&[])
            .iter()
            .rev()
        {
            match t.tok {
                Tok::Word
                    if lex::get(t.word).is_some_and(|l| l.num.is_some()) =>
                {
                    return cue;
                }
                Tok::Word => {
                    words += 1;
                    match lex::get(t.word).map_or("", |l| l.word) {
                        "sorry" | "wait" | "start" | "again" | "scratch"
                        | "actually" | "oops" | "mean" | "no" | "over" => {
                            cue = true;
                        }
                        "let" | "me" | "i" | "that" | "hold" | "on" | "uh"
                        | "um" | "s" | "it" | "is" => {}
                        _ => return false,
                    }
                    if words > 6 {
                        return false;
                    }
                }
                Tok::Digits | Tok::Newline => return cue,
                _ => {}
            }
        }
        cue
    }

    /// Returns true if token `first` follows, after a comma or spaces only,
    /// a number redacted before: a tag of ours (`[EXPIRY]`, `[CARD-2]`,
    /// `[MEMBER-ID]`) or a mask (`****`). A second pass then sees what
    /// follows as the first pass did: the rest of a longer reading.
    fn after_redacted(&self, first: usize) -> bool {
        let mut k = first;
        for _ in 0..3 {
            let Some(j) = k.checked_sub(1) else { return false };
            let Some(t) = self.tokens.get(j) else { return false };
            match t.tok {
                Tok::Space | Tok::Comma => k = j,
                Tok::Punct('*') => return t.span().len() >= 3,
                Tok::Punct(']') => {
                    // Back to the `[`: one upper-case word, then digits,
                    // dashes, spaces or words ("ending 1111").
                    let from = j.saturating_sub(8);
                    let Some(open) = (from..j).rev().find(|&o| {
                        self.tokens
                            .get(o)
                            .is_some_and(|t| t.tok == Tok::Punct('['))
                    }) else {
                        return false;
                    };
                    return self.tokens.get(open + 1).is_some_and(|w| {
                        let s = w.span().of(self.text);
                        w.tok == Tok::Word
                            && s.len() >= 3
                            && s.bytes().all(|b| b.is_ascii_uppercase())
                    });
                }
                _ => return false,
            }
        }
        false
    }

    /// Returns true if unit `i` directly follows `#` ("report #882"), a
    /// currency sign ("$1047") or `+`: an identifier, an amount or a phone
    /// number, never a code or a date.
    fn after_symbol(&self, i: usize) -> bool {
        let first = self.units.units[i].first;
        match first.checked_sub(1).map(|k| self.tokens[k].tok) {
            // "CVV#123", "SS#..." : the `#` belongs to a label.
            Some(Tok::Punct('#')) => {
                !(first >= 2 && self.labels.ending_at(first - 2).is_some())
            }
            Some(Tok::Punct('$' | '£' | '€' | '¥' | '+')) => true,
            _ => false,
        }
    }

    /// Returns the kind of the finding that unit `i` corrects: "oh nine
    /// twenty six, no sorry, ten twenty seven", "cvv 123 no wait 132", or
    /// the same speaker's next turn "sorry, no, it is ten twenty seven".
    fn corrects(&self, i: usize) -> Option<Kind> {
        let u = &self.units.units[i];
        self.corrects_at(u.first, self.layout.turns[u.turn].speaker)
    }

    /// [`Doc::corrects`] for the number that starts at token `first`, said
    /// by `speaker` ("wait, March twenty twenty seven": the month name is
    /// the number's first token). Across one turn of the other speaker
    /// too: a question that says only a number and a few words of
    /// confirmation ("Got it, 01/29?", "Okay, October twenty thirty?"),
    /// answered with a cue ("No, sorry, June 2029."), corrects the finding
    /// that ends the turn before the question, read back with a slip; and
    /// so does the number said again after the other speaker cut in ("It's
    /// one three --" "-- sorry, go ahead." "I said one three six.").
    pub(crate) fn corrects_at(
        &self,
        first: usize,
        speaker: u32,
    ) -> Option<Kind> {
        // No finding ends within the walk's reach (most numbers): no walk.
        // (Or-ed together, not searched: the loop runs in vector steps.)
        let reach = first.saturating_sub(MAX_CORRECTS_STEPS)..first;
        let any_end = |e: &[u32]| e.iter().fold(0, |a, &d| a | d) != 0;
        if !self.ends.get(reach).is_some_and(any_end) {
            return None;
        }
        let mut k = first;
        let (mut words, mut cue) = (0, false);
        // The read-back question crossed, if any, and whether its `?` was
        // seen; then whether the turn before it was entered.
        let (mut question, mut asked, mut before) = (None, false, false);
        // Punctuation counts no words: the walk is bounded in tokens too.
        let mut steps = 0;
        // The turn the last token read lies in, and its content: the
        // tokens before it in the same turn need no search.
        let mut here: Option<(usize, Span)> = None;
        while k > 0 && words <= 10 && steps < MAX_CORRECTS_STEPS {
            k -= 1;
            steps += 1;
            if let Some(d) = self.draft_ending(k) {
                return cue.then_some(self.drafts[d].kind);
            }
            let t = self.tokens[k];
            // Across a header, only into the same speaker's previous turn,
            // or over one read-back question of the other speaker.
            let at = t.span().start;
            let turn = match here {
                Some((i, c)) if c.start <= at && at < c.end => Some(i),
                _ => {
                    let found = self.layout.turn_at(at);
                    here = found.map(|i| (i, self.layout.turns[i].content));
                    found
                }
            };
            match turn {
                None => continue,
                Some(turn) if self.layout.turns[turn].speaker != speaker => {
                    if !cue
                        || before
                        || speaker == layout::UNKNOWN
                        || question.is_some_and(|q| q != turn)
                    {
                        return None;
                    }
                    question = Some(turn);
                    let in_question = match t.tok {
                        Tok::Punct('?') => {
                            asked = true;
                            true
                        }
                        Tok::Space | Tok::Comma | Tok::Dot | Tok::Dash => true,
                        Tok::Punct('/') | Tok::Digits => asked,
                        Tok::Word => {
                            words += 1;
                            lex::get(t.word).is_some_and(|l| {
                                let read_back = l.num.is_some()
                                    || l.month.is_some()
                                    || l.joining;
                                (asked && read_back)
                                    || l.filler
                                    || l.ack
                                    || interruption_word(l.word)
                            }) || interruption_word(t.span().of(self.text))
                        }
                        _ => false,
                    };
                    if !in_question {
                        return None;
                    }
                    continue;
                }
                Some(_) if question.is_some() => {
                    // The turn the question read back or the other speaker
                    // cut into: its finding ends it, after a little
                    // punctuation at most.
                    before = true;
                    match t.tok {
                        Tok::Space | Tok::Dot | Tok::Comma | Tok::Dash => {
                            continue;
                        }
                        Tok::Punct(_) => continue,
                        _ => return None,
                    }
                }
                Some(_) => {}
            }
            match t.tok {
                Tok::Space
                | Tok::Comma
                | Tok::Dot
                | Tok::Dash
                | Tok::Newline => {}
                Tok::Punct('\'' | '’' | ':' | '!' | ';' | '(' | ')' | '/') =>
                    {}
                // A chat's correction: an asterisk glued to the number at
                // the start of its message or line ("5776", then
                // "*5767"), not one inside a line ("4*").
                Tok::Punct('*') => {
                    let glued = k + 1 == first
                        && self
                            .tokens
                            .get(first)
                            .is_some_and(|n| n.span().start == t.span().end);
                    let opens = k.checked_sub(1).is_none_or(|j| {
                        matches!(self.tokens[j].tok, Tok::Newline)
                    }) || here.is_some_and(|(_, c)| c.start == at);
                    if !(glued && opens) {
                        return None;
                    }
                    cue = true;
                }
                // An arrow, but not a quote marker at a line's start.
                Tok::Punct('>' | '\u{2192}') => {
                    let quote = k.checked_sub(1).is_none_or(|j| {
                        matches!(
                            self.tokens[j].tok,
                            Tok::Newline | Tok::Punct('>')
                        )
                    });
                    cue |= !quote;
                }
                Tok::Word => {
                    words += 1;
                    match lex::get(t.word).and_then(cue_word) {
                        Some(true) => cue = true,
                        Some(false) => {}
                        // "oh eight --" "Sorry, you cut out there." "I
                        // said zero eight nine." with no speaker named.
                        None if interruption_word(t.span().of(self.text)) => {}
                        None => return None,
                    }
                }
                _ => return None,
            }
        }
        None
    }

    /// Returns the finding that the number starting at token `at` may
    /// read back: said again
    /// right after it, in any form, by either speaker, with at most a few
    /// words of confirmation between ("oh four twenty seven" "okay, four
    /// twenty seven"; "one two two eight" "got it, december twenty
    /// eight"), across at most one line break or turn.
    fn reads_back(&self, at: usize) -> Option<&Draft> {
        let mut k = at;
        let (mut words, mut breaks) = (0, 0);
        // A few words, so a few tokens but for runs of punctuation.
        let stop = at.saturating_sub(64);
        while k > stop && words <= 6 {
            k -= 1;
            if let Some(d) = self.draft_ending(k) {
                return self.drafts.get(d);
            }
            let t = self.tokens[k];
            match t.tok {
                Tok::Space | Tok::Comma | Tok::Dot | Tok::Dash => {}
                Tok::Punct('\'' | '’' | ':' | '!' | ';') => {}
                Tok::Newline => {
                    breaks += 1;
                    if breaks > 1 {
                        return None;
                    }
                }
                Tok::Word => {
                    words += 1;
                    // Speaker labels between are fine.
                    if self.layout.turn_at(t.span().start).is_none() {
                        continue;
                    }
                    let l = lex::get(t.word)?;
                    if !matches!(
                        l.word,
                        "okay"
                            | "ok"
                            | "so"
                            | "that"
                            | "s"
                            | "is"
                            | "i"
                            | "have"
                            | "got"
                            | "it"
                            | "just"
                            | "to"
                            | "confirm"
                            | "right"
                            | "yes"
                            | "yeah"
                            | "alright"
                            | "great"
                            | "perfect"
                            | "thanks"
                            | "thank"
                            | "you"
                            | "uh"
                            | "um"
                            | "and"
                    ) {
                        return None;
                    }
                }
                _ => return None,
            }
        }
        None
    }

    /// Returns true if `label` is the own label of the number that starts
    /// at token `at`: only "is", "#", "number", ":"... lie between ("part
    /// number is 443-05-0000"), not other words ("SSN for ID verification -
    /// cust provided 550-15-5649": the "ID" is the verification's).
    /// Returns true if written unit `k` goes on after it (`after`), or
    /// before it, with a slash and a few digits: a part of a date
    /// ("09/13/1973"), cut from the run by the slash.
    fn slash_around(&self, k: usize, after: bool) -> bool {
        self.punct_around(k, after, &['/'])
    }

    /// Returns true if written unit `k` goes on after it (`after`), or
    /// before it, with one of `marks` and one to four digits: a part of a
    /// date or a time ("09/13", "00:00:49"), cut from the run by the mark.
    fn punct_around(&self, k: usize, after: bool, marks: &[char]) -> bool {
        let Some(u) = self.units.units.get(k).filter(|u| !u.spoken) else {
            return false;
        };
        let (mark, digits) = match after {
            true => (u.last.checked_add(1), u.last.checked_add(2)),
            false => (u.first.checked_sub(1), u.first.checked_sub(2)),
        };
        let tok = |k: Option<usize>| {
            k.and_then(|k| self.tokens.get(k)).map(|t| t.tok)
        };
        // A part of a date or a time has at most four digits: a longer
        // number across a slash is a list ("account 718560913305/4499-...").
        let part = digits.and_then(|k| self.tokens.get(k));
        matches!(tok(mark), Some(Tok::Punct(c)) if marks.contains(&c))
            && part
                .is_some_and(|t| t.tok == Tok::Digits && t.span().len() <= 4)
    }

    fn own_label(&self, label: &Label, at: usize) -> bool {
        let between = self.tokens.get(label.last + 1..at).unwrap_or(&[]);
        between.len() <= 16
            && between.iter().all(|t| match t.tok {
                Tok::Word => lex::get(t.word).is_some_and(|l| {
                    matches!(
                        l.word,
                        "is" | "was" | "number" | "no" | "the" | "of" | "s"
                    )
                }),
                Tok::Digits | Tok::Newline => false,
                _ => true,
            })
    }

    /// Returns true if units `range` are an amount: after a currency sign,
    /// before "dollars", "cents"..., or written with two decimals
    /// (`20.00`).
    fn amount(&self, range: Range<usize>) -> bool {
        let units = &self.units.units;
        let last = units[range.end - 1].last;
        let decimals = range.len() == 2
            && !units[range.start].spoken
            && units[range.end - 1].glue == Glue::Tight
            && self.units.digits_of(range.end - 1).len() == 2
            && self.text.get(units[range.end - 1].glue_span.range())
                == Some(".");
        decimals
            || self.after_symbol(range.start)
            || self.unit_word_after(last)
    }

    /// Returns true if the word right after token `last` makes the number
    /// that ends there an amount or a share: "dollars", "cents", "percent".
    fn unit_word_after(&self, last: usize) -> bool {
        let after = self.tokens.get(last + 1..).unwrap_or_default();
        after.iter().take(2).any(|t| {
            lex::get(t.word).is_some_and(|l| {
                matches!(
                    l.word,
                    "dollars" | "bucks" | "cents" | "percent" | "usd"
                )
            })
        })
    }

    /// Returns true if units `i` and `i + 1` are written as a clock time
    /// and nothing else says it is one: "12:27", "3:18", one or two digits,
    /// a colon and two, with no seconds, no "am", "pm" or "o'clock" after
    /// them and no "at", "by", "until" before. A recogniser's inverse
    /// text normalisation writes "twelve twenty seven" so; a caller
    /// reading an expiry date or a code says it so. Only the callers that
    /// see the label of one ask.
    fn clock_shaped(&self, i: usize) -> bool {
        let units = &self.units.units;
        let (Some(a), Some(b)) = (units.get(i), units.get(i + 1)) else {
            return false;
        };
        let tok = |k: usize| self.tokens.get(k).map(|t| t.tok);
        let word_at = |k: usize| {
            self.tokens
                .get(k)
                .filter(|t| t.tok == Tok::Word)
                .map(|t| t.span().of(self.text))
        };
        if a.spoken
            || b.spoken
            || b.first != a.last + 2
            || a.first != a.last
            || b.first != b.last
            || tok(a.last + 1) != Some(Tok::Punct(':'))
            || !(1..=2).contains(&self.units.digits_of(i).len())
            || self.units.digits_of(i + 1).len() != 2
        {
            return false;
        }
        // Seconds, or a time before ("10:12:27"); a word or digits glued
        // on either side ("12:27pm", "v1:18").
        let glued = |k: usize| match tok(k) {
            Some(Tok::Punct(':') | Tok::Word | Tok::Digits) => true,
            // A dot before digits is part of a number ("12:27.5"); a full
            // stop after the time is not.
            Some(Tok::Dot) => matches!(tok(k + 1), Some(Tok::Digits)),
            _ => false,
        };
        if a.first.checked_sub(1).is_some_and(glued) || glued(b.last + 1) {
            return false;
        }
        // A transcript's time stamp: in brackets ("[03:18]", "(03:18)"), or
        // before a speaker's name ("03:18 Caller: ..."), as a call run on
        // one line keeps them.
        let bracketed =
            matches!(
                a.first.checked_sub(1).and_then(tok),
                Some(Tok::Punct('[' | '('))
            ) || matches!(tok(b.last + 1), Some(Tok::Punct(']' | ')')));
        let speaker = {
            let mut k = b.last + 1;
            if tok(k) == Some(Tok::Space) {
                k += 1;
            }
            let mut words = 0;
            while tok(k) == Some(Tok::Word) && words < 3 {
                words += 1;
                k += 1;
                if tok(k) == Some(Tok::Space) && tok(k + 1) == Some(Tok::Word)
                {
                    k += 1;
                }
            }
            words > 0 && tok(k) == Some(Tok::Punct(':'))
        };
        if bracketed || speaker {
            return false;
        }
        // "12:27 pm", "3:18 o'clock", "12:27 EST".
        let after = word_at(b.last + 2).unwrap_or("");
        let timed = [
            "am", "pm", "a", "p", "o", "oclock", "hours", "hrs", "h", "est",
            "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc",
            "et", "ct", "pt", "mt", "bst", "cet",
        ]
        .iter()
        .any(|w| after.eq_ignore_ascii_case(w));
        // "at 12:27", "by 3:18", "until 11:30".
        let before = a.first.checked_sub(2).and_then(word_at).unwrap_or("");
        let at = [
            "at", "by", "until", "till", "til", "from", "around", "before",
            "after", "since", "@",
        ]
        .iter()
        .any(|w| before.eq_ignore_ascii_case(w));
        !timed && !at
    }

    /// Returns true if one of the two labels last before byte `at` is of
    /// `cat` and ends at most `reach` bytes before it: a quick test, in
    /// constant time after a binary search, before the context of a value
    /// that only a label of `cat` makes one (see [`Doc::clock_shaped`]).
    fn cat_just_before(&self, at: usize, cat: Cat, reach: usize) -> bool {
        let all = self.labels.all();
        let k = all.partition_point(|l| l.span.start < at);
        all.get(k.saturating_sub(2)..k).unwrap_or_default().iter().any(|l| {
            l.cat == cat && l.span.end <= at && at - l.span.end <= reach
        })
    }

    /// Returns true if the words from `label` to token `first` only lead to
    /// the value: "expires 12:27", "the expiration date is uh 12:27",
    /// "security code it's 3:18"; not "expiry reminder sent 10:45", where
    /// the time is the reminder's. With no label (the value answers a
    /// question), true.
    fn leads_to(&self, label: Option<Label>, first: usize) -> bool {
        const LEAD: &[&str] = &[
            "is", "it", "its", "s", "on", "of", "date", "the", "will", "be",
            "would", "that", "was", "are", "they", "re", "number", "code",
        ];
        let Some(l) = label else { return true };
        let between = self.tokens.get(l.last + 1..first).unwrap_or_default();
        let mut words = 0;
        between.iter().filter(|t| t.tok == Tok::Word).all(|t| {
            words += 1;
            let w = t.span().of(self.text);
            words <= 4
                && (LEAD.iter().any(|x| w.eq_ignore_ascii_case(x))
                    || lex::get(t.word).is_some_and(|l| l.filler))
        })
    }

    /// Returns true if unit `i` comes right after a card number, or after
    /// an expiry date that comes right after one: in the same run
    /// ("4111 1111 1111 1111 123"), or across a `|`, `,` or `;` as in
    /// exported records ("4111111111111111|09/27|352").
    fn follows_card(&self, i: usize) -> bool {
        /// The most words from the card to the date when a question for
        /// the date lies between: one short question.
        const MAX_ASKED_AFTER_CARD: u32 = 12;
        let u = &self.units.units[i];
        // Typed right after the card, in the same turn: not a number given
        // in answer to a later question.
        let same_turn = !matches!(u.glue, Glue::Break | Glue::Turn);
        let k = if i > 0 && same_turn && self.taken[i - 1].is_some() {
            self.units.units[i - 1].last
        } else {
            // Walk back over separators to the previous finding (a slash
            // too: "4111111111111111/0731/192", card, date and code
            // written as one field).
            let mut k = u.first;
            let mut steps = 0;
            while k > 0 && steps < 4 {
                k -= 1;
                steps += 1;
                match self.tokens[k].tok {
                    Tok::Space
                    | Tok::Punct('|' | ';' | '/')
                    | Tok::Comma
                    | Tok::Dot => continue,
                    // A symbol as a label: "💳 4462 ... 🗓 11/29 🔒 959".
                    Tok::Punct(c) if !c.is_ascii() => continue,
                    _ => break,
                }
            }
            k
        };
        let Some(prev) = self.draft_ending(k) else { return false };
        let prev = &self.drafts[prev];
        match prev.kind {
            Kind::Card => true,
            Kind::Expiry => {
                let first = self
                    .tokens
                    .partition_point(|t| t.span().start < prev.parts[0].start);
                let turns = &self.layout.turns;
                let t = self.layout.turn_at(prev.parts[0].start);
                self.card_before(first).is_some_and(|d| {
                    // Or the card ends the same speaker's turn before,
                    // and the date opens this one: a chat's next message
                    // ("3586-9727-1273-2722", then "04/29  247").
                    let next_turn = t.is_some_and(|t| {
                        t == d.turn + 1
                            && turns.get(t).map(|x| x.speaker)
                                == turns.get(d.turn).map(|x| x.speaker)
                            && self.layout.tokens.get(d.turn).is_some_and(
                                |r| self.answer_words(d.last_token + 1..r.end),
                            )
                            && self.layout.tokens.get(t).is_some_and(|r| {
                                self.answer_words(r.start..first)
                            })
                    });
                    // Past its label too: "205 exp mo 5 yr 2025 / 681".
                    let labelled = first - d.last_token <= 9
                        && self.labels.words_between(d.last_token + 1, first)
                            <= 2
                        && !self.labels.has_digits(d.last_token + 1..first);
                    // Or the date answers the question for it, asked right
                    // after the card, and the code comes with the date:
                    // "When does it expire?" "4/27 and 897".
                    let asked = self
                        .labels
                        .words_between(d.last_token + 1, first)
                        <= MAX_ASKED_AFTER_CARD
                        && !self.labels.has_digits(d.last_token + 1..first)
                        && self.tokens.get(d.last_token).is_some_and(|c| {
                            let between =
                                Span::new(c.span().end, prev.parts[0].start);
                            self.labels.cats_in(between) & Cat::Expiry.bit()
                                != 0
                        });
                    first - d.last_token <= 5 || labelled || next_turn || asked
                })
            }
            _ => false,
        }
    }

    /// The digits of units `range`, concatenated: borrowed where the
    /// units' digits lie back to back (units are stored in text order, so
    /// most runs do), copied where a unit dropped between them left its
    /// digits behind.
    fn digits(&self, range: Range<usize>) -> std::borrow::Cow<'_, [u8]> {
        let units = &self.units.units;
        let back_to_back = units
            .get(range.clone())
            .unwrap_or_default()
            .windows(2)
            .all(|w| w[0].digits.end == w[1].digits.start);
        let whole = match (units.get(range.start), range.end.checked_sub(1)) {
            (Some(a), Some(z)) if back_to_back && z >= range.start => {
                units.get(z).and_then(|z| {
                    self.units.digits.get(a.digits.start..z.digits.end)
                })
            }
            _ => None,
        };
        match whole {
            Some(slice) => std::borrow::Cow::Borrowed(slice),
            None => {
                // Copied a unit at a time, into room for all of them.
                let len =
                    range.clone().map(|i| self.units.digits_of(i).len()).sum();
                let mut out = Vec::with_capacity(len);
                for i in range {
                    out.extend_from_slice(self.units.digits_of(i));
                }
                std::borrow::Cow::Owned(out)
            }
        }
    }

    /// The parts that cover units `range`: one per turn, and one per
    /// recogniser's segment (the times "[02:33.300 --> 02:35.843]" between
    /// two groups are not redacted).
    fn parts(&self, range: Range<usize>) -> Vec<Span> {
        let units = &self.units.units;
        let mut parts: Vec<Span> = Vec::new();
        // Segment times between two units: "-->", or a caption's time at
        // the start of a line. Both take three bytes or more, and most gaps
        // are a space or a line break.
        let times = |gap: &str| {
            gap.len() >= 3
                && (bytes::contains(gap.as_bytes(), b"-->")
                    || gap.rfind('\n').is_some_and(|n| {
                        units::cue_prefix(gap, n + 1).is_some()
                    }))
        };
        for i in range.clone() {
            let u = &units[i];
            // (A gap of under three bytes is read for no times: its
            // length is known from the offsets.)
            let timed = |p: &Span| {
                u.span.start.saturating_sub(p.end) >= 3
                    && self.text.get(p.end..u.span.start).is_some_and(times)
            };
            match parts.last_mut() {
                Some(p)
                    if i > range.start
                        && u.glue != Glue::Turn
                        && !u.aside
                        && !timed(p) =>
                {
                    p.end = u.span.end;
                }
                _ => parts.push(u.span),
            }
        }
        parts
    }

    /// Records a finding over units `range` and marks them taken.
    fn take(
        &mut self,
        kind: Kind,
        range: Range<usize>,
        reason: String,
        brand: Option<Brand>,
    ) {
        self.take_apart(kind, std::slice::from_ref(&range), reason, brand);
    }

    /// Records one finding over the units of `ranges` (in order, apart:
    /// what lies between them, a form's field names, stays) and marks
    /// them taken.
    fn take_apart(
        &mut self,
        kind: Kind,
        ranges: &[Range<usize>],
        reason: String,
        brand: Option<Brand>,
    ) {
        let (Some(head), Some(tail)) = (ranges.first(), ranges.last()) else {
            return;
        };
        let (Some(first), Some(last)) = (
            self.units.units.get(head.start),
            tail.end.checked_sub(1).and_then(|k| self.units.units.get(k)),
        ) else {
            return;
        };
        let (turn, first, last) = (first.turn, first.first, last.last);
        let digits = match ranges {
            [r] => self.digits(r.clone()).into_owned(),
            _ => ranges.iter().fold(Vec::new(), |mut all, r| {
                all.extend_from_slice(&self.digits(r.clone()));
                all
            }),
        };
        // A scan's letters read as digits ("630o"): the reason says so,
        // as the agent sees letters where it says digits.
        let read = &self.units.letters_read;
        let from = read.partition_point(|&t| t < first);
        let reason = match read.get(from).is_some_and(|&t| t <= last) {
            true => {
                format!("{reason}; letters read as the digits they look like")
            }
            false => reason,
        };
        let mut parts = match ranges {
            [r] => self.parts(r.clone()),
            _ => ranges.iter().flat_map(|r| self.parts(r.clone())).collect(),
        };
        if parts.len() > 1 {
            // Read-backs of the parts by the other speaker go too.
            let (lo, hi) = (parts[0].end, parts[parts.len() - 1].start);
            let echoes = &self.units.echoes;
            let from = echoes.partition_point(|e| e.start < lo);
            parts.extend(
                echoes[from..]
                    .iter()
                    .take_while(|e| e.start < hi)
                    .filter(|e| e.end <= hi),
            );
            parts.sort();
        }
        let draft = Draft {
            kind,
            parts,
            reason,
            digits,
            turn,
            last_token: last,
            brand,
            again_in: None,
        };
        for r in ranges {
            for i in r.clone() {
                self.taken.set(i, Some(kind));
            }
        }
        self.push(draft);
    }

    /// The draft that ends at token `k`, if any.
    fn draft_ending(&self, k: usize) -> Option<usize> {
        let d = *self.ends.get(k)?;
        (d > 0).then(|| d as usize - 1)
    }

    /// Records that draft `d` ends at token `k`.
    fn set_end(&mut self, k: usize, d: usize) {
        if self.ends.len() < self.tokens.len() {
            self.ends.resize(self.tokens.len(), 0);
        }
        if let Some(slot) = self.ends.get_mut(k) {
            *slot = d as u32 + 1;
        }
    }

    fn push(&mut self, draft: Draft) {
        let i = self.drafts.len();
        self.set_end(draft.last_token, i);
        if draft.kind == Kind::Card {
            let last = draft.last_token;
            if self.cards.last().is_none_or(|&(l, _)| l < last) {
                self.cards.push((last, i));
            } else {
                self.late_cards.insert((last, i));
            }
        }
        self.drafts.push(draft);
    }

    /// Records a finding that is not made of units alone (a month name and
    /// a year), in one part or more (in text order), and marks the units
    /// in `units` taken.
    fn take_span(
        &mut self,
        kind: Kind,
        parts: Vec<Span>,
        last_token: usize,
        units: &[Range<usize>],
        digits: Vec<u8>,
        reason: String,
    ) {
        let start = parts.first().map_or(0, |p| p.start);
        let turn = self.layout.turn_at(start).unwrap_or(0);
        for i in units.iter().flat_map(Clone::clone) {
            self.taken.set(i, Some(kind));
        }
        self.push(Draft {
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

    /// Adds to each finding the same digits said again right after it, to
    /// confirm: "737, 7 3 7", "4111..., I repeat, 4111...". A repeat is
    /// the secret again, whatever its form; an SSN's with one digit
    /// changed or two swapped too (a read-back misheard: "let me confirm
    /// 326 66 1246" after "326 66 2146").
    fn repeats(&mut self) {
        // A number said again may be said a third time after that, and
        // more: an export's renderings of one utterance, one per line
        // (Azure's display, lexical, ITN and masked ITN forms), each
        // repeat looked for after the one before. A few rounds at most,
        // each over the drafts the round before added to.
        const ROUNDS: usize = 4;
        let mut pending: Vec<usize> = (0..self.drafts.len()).collect();
        for _ in 0..ROUNDS {
            if pending.is_empty() {
                break;
            }
            pending = self.repeats_of(&pending);
        }
    }

    /// One round of [`Doc::repeats`] over drafts `which`: returns those
    /// said again.
    fn repeats_of(&mut self, which: &[usize]) -> Vec<usize> {
        let units = &self.units.units;
        let mut added = Vec::new();
        // From the last draft's units (see [`near`]).
        let mut hint = 0;
        for &d in which {
            let Some(draft) = self.drafts.get(d) else { continue };
            if draft.digits.len() < 3 {
                continue;
            }
            let k = near::partition_near(units, hint, |u| {
                u.first <= draft.last_token
            });
            hint = k;
            let Some(next) = units.get(k) else { continue };
            // Only a pause or a few words ("again", "that's") between.
            let between = self
                .tokens
                .get(draft.last_token + 1..next.first)
                .unwrap_or(&[]);
            // A long number (a card, an SSN) said again is as good as
            // certain: past a few more words ("let me read that back",
            // "just to confirm i have"), on the next line too (the other
            // speaker's read-back, in a transcript with no speaker
            // labels, or the next turn: what its header says, a time or a
            // caption's number, is not said), but no other number and no
            // label.
            let long = draft.digits.len() >= 7
                && self.said_between(draft.last_token + 1, next.first);
            let close = long
                || between.len() <= 6
                    && between.iter().all(|t| match t.tok {
                        Tok::Word => lex::get(t.word).is_some_and(|l| {
                            matches!(
                                l.word,
                                "again"
                                    | "that"
                                    | "s"
                                    | "is"
                                    | "i"
                                    | "repeat"
                                    | "so"
                            ) || l.filler
                        }),
                        Tok::Newline | Tok::Digits => false,
                        Tok::Punct(c) => {
                            matches!(c, '\'' | '’' | ':' | ';' | '!')
                        }
                        _ => true,
                    });
            // A short one (a code, a date) read back by the other speaker
            // first thing in the next turn, after a word or two at most:
            // "226" / "226, thanks", "(ENTERED 226)".
            let short = || {
                let speaker =
                    |t: usize| self.layout.turns.get(t).map(|x| x.speaker);
                let turn = k.checked_sub(1).and_then(|j| units.get(j));
                draft.digits.len() < 7
                    && turn.is_some_and(|u| {
                        u.turn + 1 == next.turn
                            && speaker(u.turn) != speaker(next.turn)
                            && speaker(u.turn) != Some(layout::UNKNOWN)
                            && speaker(next.turn) != Some(layout::UNKNOWN)
                    })
                    && self.said_within(draft.last_token + 1, next.first, 3)
            };
            if !(close || short())
                || self.layout.turns.get(next.turn).is_none()
            {
                continue;
            }
            let mut said: Vec<u8> = Vec::with_capacity(draft.digits.len());
            let mut end = k;
            // A card said again may stop once on a word the recogniser
            // heard in a pause ("five three six is five oh three..."):
            // the same 12 digits or more are the card all the same.
            let mut pauses = usize::from(draft.digits.len() >= 12);
            while end < units.len()
                && said.len() < draft.digits.len()
                && self.taken[end].is_none()
                && units[end].turn == next.turn
            {
                if end > k && units[end].glue == Glue::Break {
                    let gap = units[end - 1].last + 1..units[end].first;
                    let pause = self.labels.words_between(gap.start, gap.end)
                        <= 1
                        && !self.labels.has_digits(gap.clone())
                        && !self.labels.text_has_newline(gap.start, gap.end)
                        && !self.labels.touches(Span::new(
                            units[end - 1].span.end,
                            units[end].span.start,
                        ));
                    if !pause || pauses == 0 {
                        break;
                    }
                    pauses -= 1;
                }
                said.extend_from_slice(self.units.digits_of(end));
                end += 1;
            }
            // An SSN read back with one digit off (misheard, misread: two
            // digits swapped, one changed) is the secret all but one
            // digit. (A card's near copies are judged by the card's own
            // evidence, `card::copy_of`: one hidden on context alone has
            // none.)
            let slip = said != draft.digits
                && draft.kind == Kind::Ssn
                && draft.digits.len() == 9
                && said.len() == draft.digits.len()
                && card::one_edit(&said, &draft.digits);
            // Read back whole: not the start of a longer number.
            let whole = || {
                units.get(end).is_none_or(|u| {
                    u.turn != next.turn || u.glue != Glue::Tight
                })
            };
            if (said == draft.digits && (close || whole())) || slip && close {
                added.push((d, k..end, slip, next.turn));
            }
        }
        let again: Vec<usize> = added.iter().map(|&(d, ..)| d).collect();
        for (d, range, slip, turn) in added {
            let span = Span::new(
                self.units.units[range.start].span.start,
                self.units.units[range.end - 1].span.end,
            );
            let last = self.units.units[range.end - 1].last;
            for i in range {
                self.taken.set(i, Some(self.drafts[d].kind));
            }
            let draft = &mut self.drafts[d];
            draft.parts.push(span);
            draft.parts.sort();
            let suffix = match slip {
                true => ", said again one digit off",
                false => ", said twice",
            };
            if !draft.reason.ends_with(suffix) {
                draft.reason.push_str(suffix);
            }
            draft.last_token = last;
            draft.again_in = Some(turn);
            self.set_end(last, d);
        }
        again
    }

    /// Returns true if what is said between tokens `from` and `to` (the
    /// content of at most three turns: their headers are left out) is a
    /// few words at most, with no digits, no label and at most one line
    /// break: what may lie between a long number and the same number said
    /// again.
    fn said_between(&self, from: usize, to: usize) -> bool {
        self.said_within(from, to, 8)
    }

    /// [`Doc::said_between`] with at most `max_words` words.
    fn said_within(&self, from: usize, to: usize, max_words: u32) -> bool {
        const MAX_TOKENS: usize = 32;
        let at = |k: usize| {
            self.tokens.get(k).map_or(self.text.len(), |t| t.span().start)
        };
        let (Some(a), Some(b)) = (
            self.layout.turn_at(at(from.saturating_sub(1))),
            self.layout.turn_at(at(to)),
        ) else {
            return false;
        };
        if b < a || b - a > 2 {
            return false;
        }
        let (mut tokens, mut words, mut newlines) = (0, 0, 0);
        for r in &self.layout.tokens[a..=b] {
            let piece = r.start.max(from)..r.end.min(to);
            if piece.is_empty() {
                continue;
            }
            let Some(ts) = self.tokens.get(piece.clone()) else {
                return false;
            };
            tokens += ts.len();
            words += self.labels.words_between(piece.start, piece.end);
            newlines += ts.iter().filter(|t| t.tok == Tok::Newline).count();
            let (Some(first), Some(last)) = (ts.first(), ts.last()) else {
                continue;
            };
            let span = first.span().cover(last.span());
            if self.labels.has_digits(piece) || self.labels.touches(span) {
                return false;
            }
        }
        // A line break between two turns is their boundary.
        tokens <= MAX_TOKENS && words <= max_words && newlines <= 1
    }

    /// Adds to a card or an SSN the group of it that its speaker says
    /// again after the other speaker read it back wrong: "657 02 3130" "I
    /// have 657-02-3310?" "Last part's 3130" ("No, it ends three seven two
    /// six"). The group is the only number of the speaker's next turn but
    /// one, the turn between is the other speaker's and holds digits, and
    /// its digits (three or four) are the finding's own, in a row: the
    /// secret said again, whatever the words around it.
    fn group_after_read_back(&mut self) {
        if !self.layout.conversation {
            return;
        }
        let turns = &self.layout.turns;
        let units = &self.units.units;
        let mut added = Vec::new();
        for (d, draft) in self.drafts.iter().enumerate() {
            if !matches!(draft.kind, Kind::Card | Kind::Ssn)
                || draft.digits.len() < 9
            {
                continue;
            }
            let Some(mut t) = self.end_turn(draft) else { continue };
            // The read-back may be the finding's already (said again, or
            // one digit off, see [`Doc::repeats`]): the speaker's turn is
            // the one before it.
            if let [.., a, b] = draft.parts.as_slice() {
                let (ta, tb) = (
                    self.layout.turn_at(a.start),
                    self.layout.turn_at(b.start),
                );
                if let (Some(ta), Some(tb)) = (ta, tb) {
                    let other = turns.get(ta).map(|x| x.speaker)
                        != turns.get(tb).map(|x| x.speaker);
                    let read_back = draft.again_in == Some(tb);
                    if tb == ta + 1 && tb == t && other && read_back {
                        t = ta;
                    }
                }
            }
            let (Some(me), Some(back), Some(again)) =
                (turns.get(t), turns.get(t + 1), turns.get(t + 2))
            else {
                continue;
            };
            let (Some(back_tokens), Some(tokens)) =
                (self.layout.tokens.get(t + 1), self.layout.tokens.get(t + 2))
            else {
                continue;
            };
            if me.speaker == layout::UNKNOWN
                || back.speaker == me.speaker
                || again.speaker != me.speaker
                || !self.labels.has_digits(back_tokens.clone())
            {
                continue;
            }
            // The units of the turn: one run, free.
            let from = units.partition_point(|u| u.first < tokens.start);
            let to =
                from + units[from..].partition_point(|u| u.first < tokens.end);
            if from == to
                || to - from > 4
                || (from + 1..to).any(|i| units[i].glue == Glue::Break)
                || (from..to).any(|i| self.taken[i].is_some())
            {
                continue;
            }
            let said: Vec<u8> = (from..to)
                .flat_map(|i| self.units.digits_of(i))
                .copied()
                .collect();
            let own = matches!(said.len(), 3 | 4)
                && bytes::contains(&draft.digits, &said);
            if own {
                added.push((d, from..to));
            }
        }
        for (d, range) in added {
            // A group that two findings hold goes to the first.
            if range.clone().any(|i| self.taken[i].is_some()) {
                continue;
            }
            let span = Span::new(
                self.units.units[range.start].span.start,
                self.units.units[range.end - 1].span.end,
            );
            for i in range {
                self.taken.set(i, Some(self.drafts[d].kind));
            }
            let draft = &mut self.drafts[d];
            draft.parts.push(span);
            draft.parts.sort();
            draft
                .reason
                .push_str(", a group said again after a wrong read-back");
        }
    }

    /// Adds to each finding what its speaker said of it and took back: a
    /// false start just before it ("four nine zero, let me start over,
    /// four nine zero five...", "3873, no, sorry, 3871...") and a
    /// correction of its last group just after it ("800 45 6808, no no,
    /// 6880", "CVV 380 NOT 308"). Said and taken back, those digits are
    /// the secret's own, give or take one slip ([`slip`]); only a
    /// correction cue lies between ([`cue_only`]). Expiry dates are left:
    /// a date said first may be another card's.
    fn restarts(&mut self) {
        let units = &self.units.units;
        // (draft, units, true for a false start before it)
        let mut added: Vec<(usize, Range<usize>, bool)> = Vec::new();
        // The units of each draft are looked up from those of the draft
        // before: drafts come mostly in text order (see [`near`]).
        let mut hint = 0;
        for (d, draft) in self.drafts.iter().enumerate() {
            if draft.kind == Kind::Expiry {
                continue;
            }
            let (Some(first), Some(last)) =
                (draft.parts.first(), draft.parts.last())
            else {
                continue;
            };
            let k = near::partition_near(units, hint, |u| {
                u.span.start < first.start
            });
            if let Some(range) =
                k.checked_sub(1).and_then(|p| self.false_start(draft, p))
            {
                added.push((d, range, true));
            }
            let k =
                near::partition_near(units, k, |u| u.span.start < last.end);
            if let Some(range) = self.taken_back(draft, k) {
                added.push((d, range, false));
            }
            let k = near::partition_near(units, k, |u| {
                u.first <= draft.last_token
            });
            hint = k;
            if let Some(range) = self.group_corrected(draft, k) {
                added.push((d, range, false));
            }
            let again = self.read_back_corrected(draft, k);
            for range in again.into_iter().flatten().flatten() {
                added.push((d, range, false));
            }
        }
        for (d, range, before) in added {
            // A run claimed by two findings goes to the first.
            if range.clone().any(|i| self.taken[i].is_some()) {
                continue;
            }
            let span = Span::new(
                self.units.units[range.start].span.start,
                self.units.units[range.end - 1].span.end,
            );
            for i in range {
                self.taken.set(i, Some(self.drafts[d].kind));
            }
            let draft = &mut self.drafts[d];
            if before {
                draft.parts.insert(0, span);
                draft.reason.push_str(", after a false start");
            } else {
                draft.parts.push(span);
                draft.parts.sort();
                if !draft.reason.ends_with(", then corrected") {
                    draft.reason.push_str(", then corrected");
                }
            }
        }
    }

    /// The units of a false start of `draft` that ends with unit `prev`:
    /// the free run there, if only a restart cue lies between and its
    /// digits begin the draft's ([`slip`]).
    fn false_start(&self, draft: &Draft, prev: usize) -> Option<Range<usize>> {
        let units = &self.units.units;
        let first = draft.parts.first()?;
        let u = units.get(prev)?;
        if self.taken.get(prev)?.is_some() || u.span.end > first.start {
            return None;
        }
        // (The finding may start at no unit, as a reading over number
        // words does: its first token, then.)
        // (Searched from the unit before, which ends before it.)
        let at = near::partition_near(&self.tokens, u.last + 1, |t| {
            t.span().start < first.start
        });
        // Or the first groups said twice with only punctuation between, as
        // a recogniser repeats a chunk ("4266 2120, 4266 2120 6315 8143"):
        // then at least four digits, the very digits the finding begins
        // with.
        let echo = |gap: &[Token]| {
            gap.iter()
                .all(|t| matches!(t.tok, Tok::Space | Tok::Comma | Tok::Dot))
        };
        let (exactly, echoed) = match self.restart_between(u, at) {
            Some(exactly) => (exactly, false),
            None if self.tokens.get(u.last + 1..at).is_some_and(echo) => {
                (true, true)
            }
            None => return None,
        };
        let mut start = prev;
        while start > 0
            && self.taken[start - 1].is_none()
            && units[start].glue != Glue::Break
            && units[start].glue != Glue::Turn
        {
            start -= 1;
        }
        // Over turns, the false start is all its turn says, after a few
        // words at most and no other number: "Um, nine --", "Sure, 350 --".
        let same_turn = self.layout.turn_at(first.start) == Some(u.turn);
        if !same_turn {
            let opens = self.layout.tokens.get(u.turn)?.start;
            let head = self.tokens.get(opens..units[start].first)?;
            let other_number = head.iter().any(|t| match t.tok {
                Tok::Digits => true,
                Tok::Word => lex::get(t.word).is_some_and(|l| l.num.is_some()),
                _ => false,
            });
            if other_number || head.iter().filter(|t| t.is_word()).count() > 3
            {
                return None;
            }
        }
        let said = self.digits(start..prev + 1);
        // A card's false start is shorter than the card (a whole card said
        // first is a finding of its own); a code or an SSN may be said
        // whole, then again; one digit alone only where it was cut off.
        if echoed && said.len() < 4 {
            return None;
        }
        let fits = match draft.kind {
            Kind::Card => !said.is_empty() && said.len() < draft.digits.len(),
            _ => {
                (said.len() >= 2 || exactly && !said.is_empty())
                    && said.len() <= draft.digits.len()
            }
        };
        let begins = if exactly {
            draft.digits.starts_with(&said)
        } else {
            slip(&said, &draft.digits)
        };
        // A card's few digits said right before the cue, in its turn, go
        // with it even when it does not begin with them: card digits
        // either way, or the cue was a recogniser's "oh" ("four nine no
        // six six eight one ..." for "four nine oh six six ...").
        // Spoken, as a recogniser writes a reading (a typed number before
        // "no" is another one corrected: "order 6110, no, 6011 ..."), and
        // two digits at least: one word alone is too often no digit ("can
        // you read it one more time? Oh sorry. 5547 ...").
        let short_start = draft.kind == Kind::Card
            && same_turn
            && !echoed
            && (2..=4).contains(&said.len())
            && self.units.all_spoken(start..prev + 1);
        (fits && (begins || short_start)).then_some(start..prev + 1)
    }

    /// A read-back with a slip and its correction, from unit `next` on:
    /// the other speaker's next turn says the draft's number with one slip
    /// ("Was that 407?"), and the draft's speaker's turn after it says
    /// it, or a group of it, again after a cue ("No, four seven zero.",
    /// "Oh wait, no, the first group is six zero one one"). Returns the
    /// units of the read-back (if no finding took them) and of the
    /// correction.
    fn read_back_corrected(
        &self,
        draft: &Draft,
        next: usize,
    ) -> Option<[Option<Range<usize>>; 2]> {
        let units = &self.units.units;
        let turns = &self.layout.turns;
        let said_by =
            turns.get(units.get(next.checked_sub(1)?)?.turn)?.speaker;
        // The run of units from `k` in one turn, of at most eight.
        let run = |k: usize| {
            let mut end = k + 1;
            while end < units.len()
                && end - k < 8
                && matches!(units[end].glue, Glue::Tight | Glue::Loose)
            {
                end += 1;
            }
            end
        };
        let back = units.get(next)?;
        let back_end = run(next);
        if !self.layout.conversation
            || said_by == layout::UNKNOWN
            || turns.get(back.turn)?.speaker == said_by
            || back.turn != units[next - 1].turn + 1
        {
            return None;
        }
        let heard = self.digits(next..back_end);
        let free = (next..back_end).all(|i| self.taken[i].is_none());
        if heard.len() != draft.digits.len()
            || heard == draft.digits
            || (free && !slip(&heard, &draft.digits))
        {
            return None;
        }
        let again = units.get(back_end)?;
        let again_end = run(back_end);
        // (The correction may be found already, as one: "No, four seven
        // zero." corrects the code across the read-back.)
        if again.turn != back.turn + 1
            || turns.get(again.turn)?.speaker != said_by
            || (back_end..again_end)
                .any(|i| self.taken[i].is_some_and(|k| k != draft.kind))
        {
            return None;
        }
        let opens = self.layout.tokens.get(again.turn)?.start;
        if !self.cue_between(opens..again.first) {
            return None;
        }
        let said = self.digits(back_end..again_end);
        let inside = said.len() >= 3 && bytes::contains(&draft.digits, &said);
        inside.then_some([
            free.then_some(next..back_end),
            Some(back_end..again_end),
        ])
    }

    /// The units of one group of card `draft` said again to correct it,
    /// from unit `next` on: "typo, last group is 4896", "wait last 4
    /// should be 6013 sorry", "Not quite, I misread it, the second part
    /// should be one three three six", or right after the other speaker
    /// read the card back, "No, four four one three, not what you said".
    /// Within the two turns after the card: three to five digits, none
    /// taken, one digit at most off the card's digits somewhere (a group
    /// with a slip: 1 in 20 of all four-digit numbers), after a correction
    /// cue and a word that names a group ("group", "part", "last", "first
    /// four"...), or after a cue at the start of the turn that answers a
    /// read-back; no other digits before it in its turn, at most twelve
    /// words.
    fn group_corrected(
        &self,
        draft: &Draft,
        next: usize,
    ) -> Option<Range<usize>> {
        if draft.kind != Kind::Card {
            return None;
        }
        let units = &self.units.units;
        let turns = &self.layout.turns;
        let last = *draft.parts.last()?;
        let card_turn = self.layout.turn_at(last.start)?;
        let said_by = turns.get(card_turn)?.speaker;
        // "last 4 should be 6013": the count is no group.
        let mut next = next;
        let count = units.get(next).is_some_and(|u| {
            self.units.digits_of(next).len() == 1
                && u.first >= 2
                && self.tokens.get(u.first - 2).is_some_and(|t| {
                    let w = t.span().of(self.text);
                    w.eq_ignore_ascii_case("last")
                        || w.eq_ignore_ascii_case("first")
                })
        });
        if count
            && units.get(next + 1).is_some_and(|x| x.turn == units[next].turn)
        {
            next += 1;
        }
        let u = units.get(next)?;
        if self.taken.get(next)?.is_some() || u.turn > card_turn + 2 {
            return None;
        }
        let mut end = next + 1;
        while end < units.len()
            && end - next < 8
            && matches!(units[end].glue, Glue::Tight | Glue::Loose)
        {
            end += 1;
        }
        if (next..end).any(|i| self.taken[i].is_some()) {
            return None;
        }
        let said = self.digits(next..end);
        // One digit off, or two neighbours swapped ("two eight four seven
        // six, no, it's two eight seven four six").
        let near = |w: &[u8]| {
            let pairs = w.iter().zip(said.iter()).enumerate();
            let mut off = pairs.filter(|(_, (a, b))| a != b).map(|(i, _)| i);
            match (off.next(), off.next(), off.next()) {
                (None, _, _) | (Some(_), None, _) => true,
                (Some(i), Some(j), None) => {
                    j == i + 1
                        && w.get(i) == said.get(j)
                        && w.get(j) == said.get(i)
                }
                _ => false,
            }
        };
        if !(3..=5).contains(&said.len()) {
            return None;
        }
        // A group like one of the card's, but a digit ("the last group is
        // 4896"), or a group of four said again in its place right after
        // the card, after a cue ("... eight three two three sorry oh eight
        // oh three": see `regroup` below).
        let like = draft.digits.windows(said.len()).any(near);
        if !like && said.len() != 4 {
            return None;
        }
        // The words before it: from the card's end in the card's turn,
        // else from its turn's start.
        let from = if u.turn == card_turn {
            draft.last_token + 1
        } else {
            self.layout.tokens.get(u.turn)?.start
        };
        let gap = self.tokens.get(from..u.first)?;
        let (mut words, mut cue, mut group) = (0, false, false);
        // A cue that takes back ("sorry", "wait", "I mean", "no, that
        // should be"), not the "correct" of "is that correct? yep, it's".
        let mut takes_back = false;
        // Right after "last" or "first": "last 4", "first four".
        let mut ordinal = false;
        for t in gap {
            match t.tok {
                Tok::Digits if ordinal && t.span().len() == 1 => {
                    ordinal = false;
                }
                Tok::Digits | Tok::Newline => return None,
                Tok::Word => {
                    words += 1;
                    // More than twelve words: no correction of a group
                    // (and no walk over a long turn).
                    if words > 12 {
                        return None;
                    }
                    let w = t.span().of(self.text);
                    let l = lex::get(t.word);
                    if l.and_then(cue_word) == Some(true)
                        || ["typo", "misread", "misspoke"]
                            .iter()
                            .any(|c| c.eq_ignore_ascii_case(w))
                    {
                        cue = true;
                    }
                    if [
                        "sorry",
                        "wait",
                        "oops",
                        "mean",
                        "meant",
                        "actually",
                        "scratch",
                        "correction",
                        "typo",
                        "misread",
                        "misspoke",
                        "no",
                        "should",
                    ]
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(w))
                    {
                        takes_back = true;
                    }
                    if GROUP_WORDS.iter().any(|g| g.eq_ignore_ascii_case(w)) {
                        group = true;
                    }
                    // A number word is the value's, never before it ("oh"
                    // opens a sentence as often).
                    let number = l.is_some_and(|l| {
                        l.num.is_some() && !matches!(l.word, "oh" | "o")
                    });
                    if number && !ordinal {
                        return None;
                    }
                    ordinal = ["last", "first"]
                        .iter()
                        .any(|o| o.eq_ignore_ascii_case(w));
                }
                Tok::Space => {}
                _ => ordinal = false,
            }
        }
        // A reply to the other speaker's read-back of the card: the turn
        // just before, with the card, is theirs.
        let replies = u.turn == card_turn + 1
            && said_by != layout::UNKNOWN
            && turns.get(u.turn)?.speaker != said_by
            && words <= 3;
        let same_speaker =
            !self.layout.conversation || turns.get(u.turn)?.speaker == said_by;
        // A group named in the next turn corrects the card just said, by
        // either speaker (a read-back corrected: "the second part should
        // be one three three six").
        let named = like && group && (same_speaker || u.turn == card_turn + 1);
        let replies = like && replies;
        // The card's last group said again, whatever its digits, right
        // after the card in its own turn: a cue and a word or two between
        // ("sorry, that's ..."), or up to six with a cue that takes back
        // ("I'm sorry, that's ...", not "is that correct? yep, it's ..."),
        // none the label of another number ("sorry, my extension is
        // 4412").
        let regroup = u.turn == card_turn
            && (words <= 3 || (words <= 6 && takes_back))
            && gap.first().zip(gap.last()).is_none_or(|(a, z)| {
                !self
                    .labels
                    .any_other_than(a.span().cover(z.span()), Some(Cat::Card))
            });
        let ok = cue && words <= 12 && (named || replies || regroup);
        ok.then_some(next..end)
    }

    /// The units of a correction of `draft`'s last group that starts with
    /// unit `next`: the free run there, in the same turn after a cue
    /// ("6808, no no, 6880"), if the group begins it ([`slip`]) and it is
    /// no longer than the draft.
    fn taken_back(&self, draft: &Draft, next: usize) -> Option<Range<usize>> {
        let units = &self.units.units;
        let last = draft.parts.last()?;
        let (g, u) = (units.get(next.checked_sub(1)?)?, units.get(next)?);
        if self.taken.get(next)?.is_some()
            || self.taken.get(next - 1)? != &Some(draft.kind)
            || g.span.end != last.end
        {
            return None;
        }
        if !self.cue_between(g.last + 1..u.first) {
            return None;
        }
        // The run there, of at most eight units.
        let mut end = next + 1;
        while end < units.len()
            && end - next < 8
            && self.taken[end].is_none()
            && matches!(units[end].glue, Glue::Tight | Glue::Loose)
        {
            end += 1;
        }
        // A code said digit by digit ("five two five, hold on, the light's
        // bad, it's five five two") is a unit per word: its group is the
        // run of its last part, of a code's length at most; a card read
        // digit by digit, its last four ("... one eight seven one no sorry
        // one five seven one eight thirty nine five": before, a part of
        // more than four units had no group, and the correction stayed).
        let mut group =
            Cow::Borrowed(self.units.digits.get(g.digits.clone())?);
        if g.spoken && group.len() < 3 {
            // At most four units back: no walk to the start of the text.
            let lo = next.saturating_sub(4);
            let from = units
                .get(lo..next)?
                .iter()
                .rposition(|x| x.span.start < last.start)
                .map_or(lo, |k| lo + k + 1);
            group = self.digits(from..next);
        }
        let said = self.digits(next..end);
        (group.len() >= 3
            && said.len() <= draft.digits.len()
            && slip(&group, &said))
        .then_some(next..end)
    }

    /// Returns true if tokens `range` hold a correction cue ([`cue_only`]),
    /// and no label if they hold other words ("hold on, the zip is" is no
    /// correction of a code).
    fn cue_between(&self, range: Range<usize>) -> bool {
        let Some(tokens) = self.tokens.get(range) else { return false };
        match cue_only(tokens) {
            Some(0) => true,
            Some(_) => match (tokens.first(), tokens.last()) {
                (Some(a), Some(z)) => {
                    !self.labels.touches(a.span().cover(z.span()))
                }
                _ => false,
            },
            None => false,
        }
    }

    /// Returns whether a false start that ends with unit `u` may lead to
    /// token `at`: `Some(false)` if only a restart cue lies between
    /// ("3873, no, sorry, 3871..."), also where the cue opens the same
    /// speaker's next turn ("Customer: two seven four seven..." then
    /// "Customer: sorry, double two four seven..."); `Some(true)` if the
    /// other speaker cut in with a turn of a few words and no number
    /// ("Um, nine --", "\[crosstalk\] sorry, what was that?", "I said
    /// 990."): then only the very digits said after are its start.
    /// Either way nothing but punctuation and fillers follows the false
    /// start in its own turn.
    fn restart_between(&self, u: &units::Unit, at: usize) -> Option<bool> {
        let gap = self.tokens.get(u.last + 1..at)?;
        if !gap.iter().any(|t| t.tok == Tok::Newline) {
            return self.cue_between(u.last + 1..at).then_some(false);
        }
        let turns = &self.layout.turns;
        let next = self
            .layout
            .turn_at(self.tokens.get(at.checked_sub(1)?)?.span().end)?;
        let (was, is) = (turns.get(u.turn)?, turns.get(next)?);
        if was.speaker != is.speaker || is.speaker == layout::UNKNOWN {
            return None;
        }
        let cut_in = next == u.turn + 2 && {
            let r = self.layout.tokens.get(u.turn + 1)?.clone();
            turns.get(u.turn + 1)?.speaker != is.speaker
                && self.labels.words_between(r.start, r.end) <= 12
                && !self.tokens.get(r)?.iter().any(|t| t.tok == Tok::Digits)
        };
        if next != u.turn + 1 && !cut_in {
            return None;
        }
        // The rest of the false start's turn: fillers and punctuation.
        let rest = self.layout.tokens.get(u.turn)?.end;
        let tail = self.tokens.get(u.last + 1..rest).unwrap_or(&[]);
        let idle = |ts: &[Token]| {
            ts.iter().all(|t| match t.tok {
                Tok::Digits => false,
                Tok::Word => lex::get(t.word).is_some_and(|l| l.filler),
                _ => true,
            })
        };
        // The next turn opens with the cue (or, after the other speaker
        // cut in, with nothing).
        let opens = self.layout.tokens.get(next)?.start;
        let head = self.tokens.get(opens..at).unwrap_or(&[]);
        (idle(tail) && (self.cue_between(opens..at) || cut_in && idle(head)))
            .then_some(cut_in)
    }

    /// The number of distinct turns units `range` span.
    fn turns_in(&self, range: Range<usize>) -> usize {
        1 + range
            .skip(1)
            .filter(|&i| self.units.units[i].glue == Glue::Turn)
            .count()
    }

    /// The turn where draft `d` ends: a card read over several turns ends
    /// in the last.
    fn end_turn(&self, d: &Draft) -> Option<usize> {
        self.layout.turn_at(d.parts.last()?.start)
    }

    /// The turn where the last card before token `at` ends.
    fn card_turn_before(&self, at: usize) -> Option<usize> {
        self.end_turn(self.card_before(at)?)
    }

    /// Where the findings of `kinds` end, for [`Doc::next_in_order`].
    fn marks(&self, kinds: &[Kind]) -> Marks {
        let mut turns = vec![false; self.layout.turns.len()];
        let mut ends = Vec::new();
        for d in self.drafts.iter().filter(|d| kinds.contains(&d.kind)) {
            if let Some(t) = self.end_turn(d).and_then(|t| turns.get_mut(t)) {
                *t = true;
            }
            ends.push(d.last_token);
        }
        ends.sort_unstable();
        Marks { turns, ends }
    }

    /// Returns true if units `range`, said from token `start` on (a month
    /// name may come before them), are all their speaker says in their
    /// turn but for a few words ("it's", "the"), and come next after what
    /// the same speaker gave in a turn marked in `prior`: in the turn just
    /// before, or in the one before the other speaker's question, when that
    /// question names nothing but the categories `allowed` ([`Cat::bit`]s:
    /// "the billing zip code" is a ZIP code, "the security code" no expiry
    /// date).
    ///
    /// Agents ask for the card, its expiry date and its code in that
    /// order, and customers in a chat send them so, one message each. A
    /// recogniser garbles the words of a question ("and the safety of the
    /// players") more often than its digits: the order still says what
    /// the digits are.
    ///
    /// With no speakers to go by (a transcript with no speaker labels, one
    /// utterance per line; chat messages pasted one per line), lines stand
    /// for turns: see [`Doc::next_line_in_order`].
    fn next_in_order(
        &self,
        start: usize,
        range: Range<usize>,
        prior: &Marks,
        allowed: u8,
        then_code: bool,
    ) -> bool {
        let units = &self.units.units;
        let last = range.end.checked_sub(1).and_then(|k| units.get(k));
        let (Some(first), Some(last)) = (units.get(range.start), last) else {
            return false;
        };
        let turns = &self.layout.turns;
        let t = first.turn;
        let me = turns[t].speaker;
        if !self.layout.conversation || me == layout::UNKNOWN {
            return self.next_line_in_order(
                start,
                range,
                &prior.ends,
                allowed,
            );
        }
        // A message of several lines: each line after the first stands for
        // a message of its own, as in a chat with no speakers ("2367 1083
        // 2429 9860", then "02/2026", then "211", under one header).
        let opens = self.layout.tokens.get(t).map_or(start, |r| r.start);
        if self.labels.text_has_newline(opens, start.min(first.first)) {
            return self.next_line_in_order(
                start,
                range,
                &prior.ends,
                allowed,
            );
        }
        let Some(before) = t.checked_sub(1) else { return false };
        let marked = |k: usize| {
            prior.turns.get(k).copied().unwrap_or(false)
                && turns[k].speaker == me
        };
        // A chat's card, then "code 7932", then "04/31": the code the
        // customer sent first, under its own label, between the card and
        // the date (for an expiry date only).
        let code_between = |k: usize| {
            let from = units.partition_point(|u| u.turn < k);
            let to = units.partition_point(|u| u.turn <= k);
            then_code
                && to == from + 1
                && units
                    .get(from)
                    .is_some_and(|u| (3..=4).contains(&u.digits.len()))
                && self.labels.cats_in(turns[k].content) & Cat::Cvv.bit() != 0
                && k.checked_sub(1).is_some_and(marked)
        };
        // "so that's 4111 ... is that correct?" "yes" and then the date:
        // the reader's confirmation of the card the other speaker read
        // back, a few words with no number, between the card and the date.
        let confirmed = |k: usize| {
            let from = units.partition_point(|u| u.turn < k);
            let quiet = units.get(from).is_none_or(|u| u.turn != k)
                && self.labels.words_between(
                    self.layout.tokens[k].start,
                    self.layout.tokens[k].end,
                ) <= CONFIRM_WORDS
                && !self.labels.has_digits(self.layout.tokens[k].clone());
            let read_back = k.checked_sub(1).is_some_and(|b| {
                turns[b].speaker != me
                    && turns[b].speaker != layout::UNKNOWN
                    && prior.turns.get(b).copied().unwrap_or(false)
                    && b.checked_sub(1).is_some_and(marked)
            });
            quiet && read_back
        };
        let follows = if turns[before].speaker == me {
            marked(before) || code_between(before) || confirmed(before)
        } else {
            turns[before].speaker != layout::UNKNOWN
                && self.labels.cats_in(turns[before].content) & !allowed == 0
                && before.checked_sub(1).is_some_and(marked)
        };
        // The only number of its turn, and the turn little else. With
        // `then_code`, an expiry date may have the code after it, the last
        // number of the turn ("04/29  247" after the card in the message
        // before).
        let code = units.get(range.end).filter(|u| {
            then_code
                && u.turn == t
                && (3..=4).contains(&u.digits.len())
                && units.get(range.end + 1).is_none_or(|v| v.turn != t)
        });
        let alone =
            range.start.checked_sub(1).is_none_or(|k| units[k].turn != t)
                && (code.is_some()
                    || units.get(range.end).is_none_or(|u| u.turn != t));
        let words = self.layout.tokens[t].clone();
        let few = self.answer_words_naming(words.start..start, allowed)
            && match code {
                Some(c) => {
                    self.answer_words_naming(last.last + 1..c.first, allowed)
                        && self.answer_words_naming(
                            c.last + 1..words.end,
                            allowed,
                        )
                }
                None => {
                    self.answer_words_naming(last.last + 1..words.end, allowed)
                }
            };
        follows && alone && few
    }

    /// [`Doc::next_in_order`] where lines stand for turns: units `range`,
    /// said from token `start` on, are all of their line but for a few
    /// words, and a finding of `ends` (last tokens, sorted) ends in the line
    /// before, or in the line before a short question with no digits that
    /// names nothing but the categories `allowed` ("and the security card",
    /// "the nine zero two" after the expiry date two lines up).
    fn next_line_in_order(
        &self,
        start: usize,
        range: Range<usize>,
        ends: &[usize],
        allowed: u8,
    ) -> bool {
        let units = &self.units.units;
        let (Some(first), Some(last)) = (
            units.get(range.start),
            range.end.checked_sub(1).and_then(|k| units.get(k)),
        ) else {
            return false;
        };
        let Some(line) = self.line_of(start.min(first.first)) else {
            return false;
        };
        let alone = range
            .start
            .checked_sub(1)
            .and_then(|k| units.get(k))
            .is_none_or(|u| u.last < line.start)
            && units.get(range.end).is_none_or(|u| u.first >= line.end);
        // A value of a key (`"stability": 100`, `"content": "123"`) is the
        // key's, not an answer (but a word of a language we have no labels
        // for, then a colon, may be one: "सीवीवी: १२३").
        let mut before = self
            .tokens
            .get(line.start..start.min(first.first))
            .unwrap_or_default()
            .iter()
            .rev()
            .filter(|t| t.tok != Tok::Space)
            .map(|t| t.tok);
        let keyed = match before.next() {
            Some(Tok::Punct('"' | '=')) => true,
            Some(Tok::Punct(':')) => before.next() == Some(Tok::Punct('"')),
            _ => false,
        };
        if !alone
            || keyed
            || !self.answer_words(line.start..start)
            || !self.answer_words(last.last + 1..line.end)
        {
            return false;
        }
        let ends_in = |r: &Range<usize>| {
            let k = ends.partition_point(|&e| e < r.start);
            ends.get(k).is_some_and(|&e| e < r.end)
        };
        // The line before: its last token is the one before the line
        // break that ends it.
        let before = |l: &Range<usize>| {
            l.start.checked_sub(2).and_then(|k| self.line_of(k))
        };
        let Some(prev) = before(&line) else { return false };
        if ends_in(&prev) {
            return true;
        }
        let span = |r: &Range<usize>| {
            let (Some(a), Some(b)) = (
                self.tokens.get(r.start),
                r.end.checked_sub(1).and_then(|k| self.tokens.get(k)),
            ) else {
                return Span::new(0, 0);
            };
            Span::new(a.span().start, b.span().end)
        };
        const QUESTION_WORDS: u32 = 10;
        !prev.is_empty()
            && !self.labels.has_digits(prev.clone())
            && self.labels.words_between(prev.start, prev.end)
                <= QUESTION_WORDS
            && self.labels.cats_in(span(&prev)) & !allowed == 0
            && before(&prev).is_some_and(|p| ends_in(&p))
    }

    /// The lines that hold a label of `cat`, each once, in order: the first
    /// token of the line's first such label, the last token of its last
    /// such label, and the line's tokens (see [`Doc::line_of`]).
    fn label_lines(&self, cat: Cat) -> Vec<(usize, usize, Range<usize>)> {
        let mut out: Vec<(usize, usize, Range<usize>)> = Vec::new();
        for l in self.labels.all().iter().filter(|l| l.cat == cat) {
            // Another label of the last line found: it ends later.
            if let Some((_, last, line)) = out.last_mut() {
                if line.contains(&l.first) {
                    *last = l.last;
                    continue;
                }
            }
            let Some(line) = self.line_of(l.first) else { continue };
            out.push((l.first, l.last, line));
        }
        out
    }

    /// The tokens of the line that holds token `at`, line breaks excluded;
    /// `None` when that token is a line break or the line is longer than a
    /// spoken turn is (then there are no lines to go by).
    fn line_of(&self, at: usize) -> Option<Range<usize>> {
        const MAX_LINE: usize = 256;
        let tokens = &self.tokens;
        if tokens.get(at)?.tok == Tok::Newline {
            return None;
        }
        // Once a line too long was met, the lines are found in the index
        // of the line breaks: on a text of one long line, each call walked
        // 256 tokens back. Most texts have no such line and no index.
        if let Some(breaks) = self.line_breaks.get() {
            let k = breaks.partition_point(|&b| (b as usize) < at);
            let start = k
                .checked_sub(1)
                .and_then(|j| breaks.get(j))
                .map_or(0, |&b| b as usize + 1);
            let end = breaks.get(k).map_or(tokens.len(), |&b| b as usize);
            return (at - start <= MAX_LINE && end - at <= MAX_LINE)
                .then_some(start..end);
        }
        let too_long = || {
            self.line_breaks.get_or_init(|| {
                let newline = |(k, t): (usize, &Token)| {
                    (t.tok == Tok::Newline).then_some(k as u32)
                };
                tokens.iter().enumerate().filter_map(newline).collect()
            });
            None
        };
        let mut start = at;
        while start > 0 && tokens[start - 1].tok != Tok::Newline {
            start -= 1;
            if at - start > MAX_LINE {
                return too_long();
            }
        }
        let mut end = at + 1;
        while tokens.get(end).is_some_and(|t| t.tok != Tok::Newline) {
            end += 1;
            if end - at > MAX_LINE {
                return too_long();
            }
        }
        Some(start..end)
    }

    /// Returns true if tokens `range` hold at most three words, all but
    /// one of them the small words an answer wraps a number in ("it's",
    /// "the", "um", "yes"): the one other may be a garbled label ("the cat
    /// is"), but "i was charged" or "twice this month" tell of something
    /// else.
    fn answer_words(&self, range: Range<usize>) -> bool {
        self.answer_words_naming(range, 0)
    }

    /// [`Doc::answer_words`], where the words of a label of the categories
    /// `named` ([`Cat::bit`]s) are not counted: they say what the number
    /// is ("318 on the back", sent after the card and its expiry date).
    fn answer_words_naming(&self, range: Range<usize>, named: u8) -> bool {
        // Most answers pass without reading their labels, and most other
        // stretches fail at once on their count of words: read first.
        if self.answer_words_in(range.clone(), 0) {
            return true;
        }
        named != 0
            && self.labels.cats_in(self.token_span(&range)) & named != 0
            && self.answer_words_in(range, named)
    }

    /// The span of tokens `range` (empty when there are none).
    fn token_span(&self, range: &Range<usize>) -> crate::span::Span {
        let start = self.tokens.get(range.start).map_or(0, |t| t.span().start);
        let end = range
            .end
            .checked_sub(1)
            .and_then(|k| self.tokens.get(k))
            .map_or(start, |t| t.span().end);
        crate::span::Span::new(start, end.max(start))
    }

    /// [`Doc::answer_words_naming`], read word by word.
    fn answer_words_in(&self, range: Range<usize>, named: u8) -> bool {
        const SMALL: &[&str] = &[
            "a", "and", "but", "it", "is", "its", "ok", "okay", "s", "so",
            "sure", "that", "the", "yeah", "yes",
        ];
        if named == 0 && self.labels.words_between(range.start, range.end) > 3
        {
            return false;
        }
        // At most three words, so few tokens but for punctuation runs.
        let Some(tokens) = self.tokens.get(range.clone()) else {
            return false;
        };
        if tokens.len() > 64 {
            return false;
        }
        let labels = self.labels.all();
        let mut k = labels.partition_point(|l| l.last < range.start);
        let (mut words, mut other) = (0, 0);
        for (i, t) in (range.start..).zip(tokens) {
            if t.tok != Tok::Word {
                continue;
            }
            while labels.get(k).is_some_and(|l| l.last < i) {
                k += 1;
            }
            let in_label = labels
                .get(k)
                .is_some_and(|l| l.first <= i && l.cat.bit() & named != 0);
            if in_label {
                continue;
            }
            words += 1;
            let w = t.span().of(self.text);
            let small = lex::get(t.word).is_some_and(|l| l.filler)
                || SMALL.iter().any(|s| w.eq_ignore_ascii_case(s));
            other += usize::from(!small);
        }
        words <= 3 && other <= 1
    }

    /// Returns the card found in `turn` that ends shortly before token
    /// `at`, with only spaces and punctuation between.
    fn card_just_before(&self, at: usize, turn: usize) -> Option<&Draft> {
        let d = self.card_before(at)?;
        // "4768...1328, date November 2026", Spanish "fecha": the word
        // names the field that follows. "4539...6467 (visa) 09/27": or the
        // card's brand, after it.
        let word_ok = |t: &Token| {
            let w = t.span().of(self.text);
            [
                "x",
                "date",
                "fecha",
                "visa",
                "mastercard",
                "mc",
                "amex",
                "discover",
                "debit",
                "credit",
            ]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
        };
        // "... 4 1 8 and it's six twenty seven": the words that lead to
        // the next thing said, two or three of them.
        let lead = |t: &Token| {
            let w = t.span().of(self.text);
            ["and", "it", "its", "s", "is", "that", "so", "uh", "um"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
        };
        // And with the field named, "the date on it is 12/27" (not "and
        // the 12/15 payment").
        let with_name = |t: &Token| {
            let w = t.span().of(self.text);
            ["the", "on"].iter().any(|x| w.eq_ignore_ascii_case(x))
        };
        // A few tokens at most: the card is right before (and no walk back
        // to a card far away).
        let between = self.tokens.get(d.last_token + 1..at)?;
        // The turn where the card ends: one read over turns starts in
        // another ("... then fifty six eighty six that's five twenty
        // eight").
        let last_turn = self
            .tokens
            .get(d.last_token)
            .and_then(|t| self.layout.turn_at(t.span().start))
            .unwrap_or(d.turn);
        if last_turn != turn || between.len() > 12 {
            return None;
        }
        let words = between.iter().filter(|t| t.tok == Tok::Word);
        let (mut named, mut led, mut more) = (0, 0, 0);
        for t in words {
            match (word_ok(t), lead(t)) {
                (true, _) => named += 1,
                (false, true) => led += 1,
                (false, false) if with_name(t) => more += 1,
                (false, false) => return None,
            }
        }
        // With the field named, a few more words: "the date on it is
        // 12/27".
        let near = between.iter().all(|t| {
            matches!(
                t.tok,
                Tok::Word
                    | Tok::Space
                    | Tok::Comma
                    | Tok::Punct(_)
                    | Tok::Dash
                    | Tok::Dot
            )
        }) && named <= 1
            && (named == 1 || more == 0)
            && named + led + more <= 3 + 2 * named;
        near.then_some(d)
    }

    /// The last card that ends before token `at`, whatever pass found it.
    /// (Read by the detectors; [`Doc::repeats`], which comes after them,
    /// moves a card's last token on without telling these.)
    pub(super) fn card_before(&self, at: usize) -> Option<&Draft> {
        let k = self.cards.partition_point(|&(l, _)| l < at);
        let early = k.checked_sub(1).and_then(|k| self.cards.get(k)).copied();
        let late = self.late_cards.range(..(at, 0)).next_back().copied();
        let (_, d) = early.into_iter().chain(late).max()?;
        self.drafts.get(d)
    }

    /// The first card that ends after token `at`.
    fn card_after(&self, at: usize) -> Option<&Draft> {
        let k = self.cards.partition_point(|&(l, _)| l <= at);
        let early = self.cards.get(k).copied();
        let late = self.late_cards.range((at + 1, 0)..).next().copied();
        let (_, d) = early.into_iter().chain(late).min()?;
        self.drafts.get(d)
    }

    /// The brand of the card a code at token `at` of `turn` goes with,
    /// which says whether it has 3 or 4 digits: the card before it in its
    /// turn, else the next card on its line and in its turn ("the code is
    /// 1234 on the amex 3782..."), else the last card before it. Never a
    /// card further on in a note, which is one turn (a Visa at the end of
    /// a day's notes made an Amex's 4-digit code at its start too long).
    fn card_brand_for(&self, at: usize, turn: usize) -> Option<Brand> {
        let before = self.card_before(at);
        let in_turn =
            |d: &&Draft| d.turn == turn || self.end_turn(d) == Some(turn);
        let after = || {
            let d = self.card_after(at).filter(|d| d.turn == turn)?;
            let start = d.parts.first()?.start;
            let first =
                self.tokens.partition_point(|t| t.span().start < start);
            (!self.labels.text_has_newline(at, first)).then_some(d)
        };
        before
            .filter(in_turn)
            .and_then(|d| d.brand)
            .or_else(|| after().and_then(|d| d.brand))
            .or_else(|| before.and_then(|d| d.brand))
    }

    /// Describes where a label is relative to the candidate at `at`:
    /// "'social' 7 chars before" or "agent asked for 'social'".
    fn why(&self, ctx: &Ctx, at: usize) -> String {
        match (ctx.near, ctx.question) {
            (Some(l), _) if ctx.column => {
                format!("in column '{}'", self.quote(l.span))
            }
            (Some(l), _) => {
                let gap =
                    Span::new(l.span.end, at).of(self.text).chars().count();
                let unit = if gap == 1 { "char" } else { "chars" };
                format!("'{}' {gap} {unit} before", self.quote(l.span))
            }
            (None, Some(q)) => {
                format!("asked for '{}'", self.quote(q.span))
            }
            (None, None) => String::new(),
        }
    }

    /// Whether `label` names the SSN ("social", "ssn", "social security
    /// number"), whatever category it took ("the last four of your
    /// social" is a label of the last four).
    fn names_ssn(&self, label: &Label) -> bool {
        self.names(label, Cat::Ssn)
    }

    /// Returns true if a word of `label` starts a phrase of `cat`.
    fn names(&self, label: &Label, cat: Cat) -> bool {
        self.tokens.get(label.first..=label.last).is_some_and(|ts| {
            ts.iter().any(|t| {
                lex::get(t.word)
                    .is_some_and(|l| l.phrases.iter().any(|(_, c)| *c == cat))
            })
        })
    }

    /// The text of a label, shortened and flattened for a reason.
    fn quote(&self, span: Span) -> String {
        /// The most characters quoted.
        const MOST: usize = 32;
        let mut s: String = span
            .of(self.text)
            .chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .take(MOST + 1)
            .collect();
        // A longer label is cut after its last whole word within the
        // limit, and says so ("digit code on the front of the…", not
        // "... of the c").
        if let Some((cut, _)) = s.char_indices().nth(MOST) {
            s.truncate(cut);
            if let Some(space) = s.rfind(' ') {
                s.truncate(space);
            }
            s.push('…');
        }
        s
    }
}

/// What word `l` says between a number and its correction: `Some(true)`
/// for a cue ("sorry", "no", "wait", "scratch", "corr", "typo", "hang
/// on", "I said", "that's the old card, the new one says"), `Some(false)`
/// for a word that may stand around one ("let me", "it's", "cust", a
/// filler, a number word left out of the number: "six fore, uh, sorry,
/// six four..."), `None` for any other word.
pub(super) fn cue_word(l: &lex::Lex) -> Option<bool> {
    match l.word {
        "sorry" | "wait" | "start" | "again" | "scratch" | "actually"
        | "oops" | "mean" | "meant" | "rather" | "no" | "nope" | "over"
        | "not" | "correction" | "corrected" | "corr" | "typo"
        | "restarted" | "restart" | "restarts" | "hang" | "hold"
        | "should" | "said" | "old" | "new" | "correct" | "transposed"
        | "wrong" | "xxx" | "xx" => Some(true),
        "let" | "me" | "i" | "m" | "that" | "s" | "it" | "its" | "is"
        | "on" | "so" | "be" | "make" | "says" | "first" | "cust" | "cx"
        | "customer" | "to" | "the" | "card" | "group" | "go" | "ahead"
        | "crosstalk" | "quite" | "my" | "mine" | "own" | "digits"
        | "husband" | "wife" | "partner" | "mom" | "dad" | "mother"
        | "father" | "son" | "daughter" | "brother" | "sister" => Some(false),
        _ if l.filler || l.num.is_some() => Some(false),
        _ => None,
    }
}

/// The most words of the reader's confirmation of a card read back to
/// them ("yes that's right") between the card and its date (see
/// [`Doc::next_in_order`]).
const CONFIRM_WORDS: u32 = 4;

/// The most tokens [`Doc::corrects_at`] walks back over.
pub(super) const MAX_CORRECTS_STEPS: usize = 64;

/// Words that name a group of a card's digits in a correction ("the last
/// group is 4896", "second part should be...", "last 4 should be 6013").
const GROUP_WORDS: &[&str] = &[
    "group", "groups", "part", "set", "block", "section", "chunk", "digits",
    "last", "first", "second", "third", "fourth", "middle", "end",
];

/// Returns true if `w` is a word of someone who cut in or did not hear
/// ("sorry, you cut out there", "say again?", "I missed that").
fn interruption_word(w: &str) -> bool {
    const WORDS: &[&str] = &[
        "sorry", "you", "cut", "out", "there", "say", "again", "come",
        "pardon", "missed", "that", "broke", "up", "repeat", "i", "go",
        "ahead", "what", "was",
    ];
    WORDS.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// If `tokens`, the gap between a number and its correction, hold a
/// correction cue and nothing else but a few words around it ("no,
/// sorry,", "I'm sorry, that's", "let me start over", "-- hang on --",
/// "->", "(typo)", "-- cust corrected:"), with at most three words of
/// other kinds ("hold on, the light's bad, it's"), returns how many of
/// those. No digits and no line break.
fn cue_only(tokens: &[Token]) -> Option<usize> {
    let (mut words, mut other, mut cue) = (0, 0, false);
    for t in tokens {
        match t.tok {
            Tok::Word => {
                words += 1;
                match lex::get(t.word).and_then(cue_word) {
                    Some(true) => cue = true,
                    Some(false) => {}
                    None => other += 1,
                }
            }
            Tok::Punct('>' | '\u{2192}') => cue = true,
            Tok::Digits | Tok::Newline => return None,
            _ => {}
        }
    }
    (cue && words <= 6 + other && other <= 3).then_some(other)
}

/// Returns true if `said`, the digits of a false start, begins the number
/// `digits` that follows it: exactly, or with one slip of the tongue when
/// at least three digits were said: one digit changed ("3873, no, sorry,
/// 3871..."), two neighbours swapped ("sixty three oh four, actually no,
/// thirty six oh four..."), one dropped or one added.
fn slip(said: &[u8], digits: &[u8]) -> bool {
    if digits.starts_with(said) {
        return true;
    }
    let n = said.len();
    if n < 3 {
        return false;
    }
    // The first place `said` and the prefix `b` differ.
    let differ = |b: &[u8]| said.iter().zip(b).position(|(x, y)| x != y);
    let same = |a: Option<&[u8]>, b: Option<&[u8]>| a.is_some() && a == b;
    if let Some(b) = digits.get(..n) {
        if let Some(i) = differ(b) {
            let changed = same(said.get(i + 1..), b.get(i + 1..));
            let swapped = said.get(i) == b.get(i + 1)
                && said.get(i + 1) == b.get(i)
                && same(said.get(i + 2..), b.get(i + 2..));
            if changed || swapped {
                return true;
            }
        }
    }
    let dropped = digits.get(..n + 1).is_some_and(|b| {
        let i = differ(b).unwrap_or(n);
        same(said.get(i..), b.get(i + 1..))
    });
    let added = digits.get(..n - 1).is_some_and(|b| {
        let i = differ(b).unwrap_or(n - 1);
        same(said.get(i + 1..), b.get(i..))
    });
    dropped || added
}

#[cfg(test)]
mod tests;
