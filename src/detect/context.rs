//! Context: the label phrases found in the text ("card number", "SSN",
//! "security code", "order #") and the questions a conversation asks, which
//! decide what a bare number is.
//!
//! Two kinds of context are used:
//!
//! * the **nearest label** before a number in the same turn (or line of a
//!   note), within a few words and with no other number in between;
//! * in a conversation, the **question**: what the other speaker's previous
//!   turn asked for ("What's the expiration on that?").

use std::cell::OnceCell;
use std::ops::Range;

use super::layout::Layout;
use super::lexicon::{self, Cat};
use super::token::{Tok, Token};
use crate::span::Span;

/// A label phrase found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label {
    pub(crate) cat: Cat,
    pub(crate) span: Span,
    /// Index of the phrase's first token.
    pub(crate) first: usize,
    /// Index of the phrase's last token.
    pub(crate) last: usize,
    /// For another kind of number, how many digits it has (see
    /// [`lexicon::other_lengths`]); any number of digits otherwise.
    pub(crate) lengths: (u8, u8),
}

impl Label {
    /// Returns true if a number of `digits` digits can be what the label
    /// names: any number for our secrets, a plausible length for a phone
    /// number, a ZIP code, an IMEI...
    pub(crate) fn fits(&self, digits: usize) -> bool {
        let (lo, hi) = self.lengths;
        usize::from(lo) <= digits && digits <= usize::from(hi)
    }
}

/// Any number of digits.
const ANY_LENGTH: (u8, u8) = (0, u8::MAX);

/// What a turn asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Question {
    /// The label that names what is asked, for reasons.
    pub(crate) label: Label,
    /// The categories asked for, as [`Cat::bit`]s.
    pub(crate) asked: u8,
}

/// What each turn asks ([`Labels::question`] of its content), found when
/// first needed and kept: the passes that join units over turns and find
/// whole answers, and the one that finds what each turn answers, look back
/// at the same turns.
pub(crate) struct Asked(Vec<OnceCell<Option<Question>>>);

impl Asked {
    /// Nothing found yet, for a layout of `turns` turns.
    pub(crate) fn new(turns: usize) -> Asked {
        Asked(vec![OnceCell::new(); turns])
    }

    /// What turn `p` of `layout` asks for.
    pub(crate) fn of(
        &self,
        labels: &Labels,
        layout: &Layout,
        p: usize,
    ) -> Option<Question> {
        let ask = || {
            let content =
                layout.turns.get(p).map_or(Span::new(0, 0), |t| t.content);
            labels.question(content, layout.tokens.get(p).map_or(0, |r| r.end))
        };
        match self.0.get(p) {
            Some(cell) => *cell.get_or_init(ask),
            None => ask(),
        }
    }
}

/// The labels of a text and what is needed to measure distances to them.
pub(crate) struct Labels {
    labels: Vec<Label>,
    /// Where the last search of `labels` ended (see [`Labels::search`]).
    /// Boxed: a cell inside the struct made every `&Labels` a reference to
    /// memory that may change, and the detectors reread its fields in
    /// their loops (digit-turns: +4.6% instructions).
    last: Box<std::cell::Cell<usize>>,
    /// What comes before each token (and the end).
    counts: Counts,
    /// The web addresses, sorted (see [`web_addresses`]).
    urls: Vec<Span>,
    /// The word tokens that may name a month, in order: words of the
    /// lexicon's months, and words of four letters or more that start with
    /// `e` (a label glued to a month, "expMar"). Noted while counting, so
    /// that the expiry dates' pass reads these only.
    pub(crate) month_words: Vec<usize>,
    /// The tokens that may start a unit, a bit per token: digits, number
    /// words, and the brackets that may open a recogniser's segment times
    /// or an annotation (every token that [`super::units::inert`] is false
    /// of). Noted while counting, so that the units' pass, once the glue
    /// between two numbers is broken, goes straight to the next of these
    /// ([`Labels::next_unit_token`]) instead of reading every word, space
    /// and mark before it. A bit set rather than a list of indices: where
    /// most tokens are numbers (a digit a line, numbers read out) a list
    /// cost a push for each and a walk over each again, and made the core
    /// pass dearer there (digit-lines +1.5%, spoken-run +1.9%).
    unit_tokens: Vec<u64>,
    /// Per label, the first label of the list it ends, or itself: the
    /// labels of "SSN + zip 872-32-8496 99635" name the numbers after them
    /// in order (see [`list_heads`]).
    heads: Vec<u32>,
    /// For a list of two labels whose second names one of our secrets
    /// ("phone/SSN", "cb# and ss#"): the list's label index and the first
    /// token of the second number after it, which is that label's (see
    /// [`second_values`]). Sorted by label.
    seconds: Vec<(u32, u32)>,
    /// The labels of our secrets that ask for them in a line of their own
    /// ("Security code please.", "What's the CVV?"), by index, sorted:
    /// they reach over one blank line (see [`asks_alone`]).
    requests: Vec<u32>,
    /// Per label of another kind of number, whether its sentence asks for
    /// it (see [`asks_for_other`]); true for the labels of our secrets.
    asking: Vec<bool>,
    /// The labels of our secrets with a lone digit word after them (see
    /// [`stray_digit_after`]), by index, sorted: few or none.
    stray: Vec<u32>,
}

/// The numbers of things before each token, for distances between tokens:
/// [`Counts::at`] token `t`, for `t` in `0..=tokens` (the end too).
///
/// Kept as the counts before each block of 64 tokens, and for each token
/// the counts from its block's start, packed in a `u32` (see
/// [`Counts::WORD`]): 4 bytes a token. A `Vec` of the five `u32` counts
/// before every token (20 bytes a token) was 10 MB of writes per MB of
/// text, though the counts are read at a few places only; packed, the
/// peak RSS of 1 MB of realistic text went from 19.3 to 16.7 MB and
/// [`Labels::find_in`] from 43.6M to 41.6M instructions, about what the
/// readers pay more (a block's totals and a mask and shift per count),
/// so the whole run is as fast. A bit per token and count, read with a
/// count of bits, took 1 byte a token but 2% more instructions on 1 MB:
/// without the `popcnt` instruction (not in the x86-64 baseline) a count
/// of bits is a dozen instructions, and the readers ([`Labels::before`],
/// [`Labels::question`], [`Labels::closing`], some 40,000 calls per MB)
/// read counts about 200,000 times.
struct Counts {
    /// Per block of 64 tokens: the counts before its first token.
    blocks: Vec<Totals>,
    /// Per token and one for the end: the counts from the start of its
    /// block up to it, packed.
    within: Vec<u32>,
}

/// The five counts, as numbers.
#[derive(Clone, Copy, Debug, Default)]
struct Totals {
    /// Word tokens.
    words: u32,
    /// Digit tokens, number words, and our tags and masks.
    digits: u32,
    /// Line breaks.
    newlines: u32,
    /// Digit tokens and number words ("nine", "twenty").
    numbers: u32,
    /// Sentence ends (`.`, `?`, `!` before a space or a line break).
    stops: u32,
}

impl Counts {
    /// What a token adds to its packed counts in [`Counts::within`]. A
    /// token adds one at most to each count (a word two digits at most: a
    /// number word and a tag of ours), and a token's packed counts are of
    /// the 63 tokens before it in its block at most: 6 bits each, and 7
    /// for digits, which no count can carry over into the next.
    const WORD: u32 = 1;
    const NEWLINE: u32 = 1 << 6;
    const NUMBER: u32 = 1 << 12;
    const STOP: u32 = 1 << 18;
    const DIGIT: u32 = 1 << 24;

    /// The counts before token `t`, `t` up to the number of tokens (the
    /// end), else `None`.
    fn get(&self, t: usize) -> Option<Count<'_>> {
        let within = *self.within.get(t)?;
        let block = self.blocks.get(t / 64)?;
        Some(Count { block, within })
    }

    /// [`Counts::get`] where `t` is known to be a token or the end.
    ///
    /// # Panics
    ///
    /// If `t` is past the end, as indexing a slice does.
    fn at(&self, t: usize) -> Count<'_> {
        Count { block: &self.blocks[t / 64], within: self.within[t] }
    }

    /// The number of tokens.
    fn tokens(&self) -> usize {
        self.within.len() - 1
    }

    /// The counts of the whole text.
    fn end(&self) -> Count<'_> {
        self.at(self.tokens())
    }
}

/// The counts before one token (see [`Counts::at`]).
#[derive(Clone, Copy)]
struct Count<'a> {
    /// The counts before its block.
    block: &'a Totals,
    /// The counts from its block's start, packed (see [`Counts::WORD`]).
    within: u32,
}

impl Count<'_> {
    /// Word tokens.
    fn words(self) -> u32 {
        self.block.words + (self.within & 63)
    }

    /// Line breaks.
    fn newlines(self) -> u32 {
        self.block.newlines + (self.within >> 6 & 63)
    }

    /// Digit tokens and number words ("nine", "twenty").
    fn numbers(self) -> u32 {
        self.block.numbers + (self.within >> 12 & 63)
    }

    /// Sentence ends (`.`, `?`, `!` before a space or a line break).
    fn stops(self) -> u32 {
        self.block.stops + (self.within >> 18 & 63)
    }

    /// Digit tokens, number words, and our tags and masks.
    fn digits(self) -> u32 {
        self.block.digits + (self.within >> 24)
    }

    /// All five, as numbers.
    fn totals(self) -> Totals {
        Totals {
            words: self.words(),
            digits: self.digits(),
            newlines: self.newlines(),
            numbers: self.numbers(),
            stops: self.stops(),
        }
    }
}

impl Labels {
    /// [`slice::partition_point`] of the labels for `pred`, searched from
    /// where the last search ended (see `near`): the passes ask about
    /// numbers mostly in text order, and a binary search over a long
    /// text's labels read a far cache line at each step.
    fn search(&self, pred: impl Fn(&Label) -> bool) -> usize {
        let k =
            super::near::partition_near(&self.labels, self.last.get(), pred);
        self.last.set(k);
        k
    }

    /// Finds every label phrase in `tokens`.
    pub(crate) fn find(text: &str, tokens: &[Token]) -> Labels {
        Labels::find_in(text, tokens, &[])
    }

    /// [`Labels::find`] in a text of turns: `contents` are the token ranges
    /// of what is said, in order (none: all of it). The digits of a header
    /// outside them (a caption's times, "[00:00:54.817 --> 00:00:56.351]")
    /// are not numbers said between a label and its value.
    pub(crate) fn find_in(
        text: &str,
        tokens: &[Token],
        contents: &[Range<usize>],
    ) -> Labels {
        // The content range at or after the token being read.
        let mut content = 0;
        let mut said = |i: usize| {
            if contents.is_empty() {
                return true;
            }
            while contents.get(content).is_some_and(|r| r.end <= i) {
                content += 1;
            }
            contents.get(content).is_some_and(|r| r.start <= i)
        };
        // The words `other_numbers` reads, noted on the way: it then reads
        // only those, not every token again.
        let others = other_number_words();
        let mut watch = Vec::new();
        let mut month_words = Vec::new();
        let mut unit_tokens = Vec::with_capacity(tokens.len() / 64 + 1);
        let mut blocks = Vec::with_capacity(tokens.len() / 64 + 1);
        let mut within = Vec::with_capacity(tokens.len() + 1);
        // The words that start label phrases: the only places a label may
        // start.
        let mut phrase_words = Vec::new();
        // Where a web address's `://` or `www.` starts (see
        // [`address_mark`]), noted on the way: no pass over the bytes.
        let mut marks = Vec::new();
        // Words in camelCase (see [`camel_label`]).
        let mut camels = Vec::new();
        // What comes before the block being read, and from its start up
        // to the token being read (packed, see `Counts::WORD`).
        let mut before = Totals::default();
        let mut c = 0;
        // The block's `c` before each of its tokens, stored once a block.
        let mut at = [0; 64];
        // Where a recogniser's segment times at the start of a line end
        // ("[00:00:58.891 --> 00:01:00.307]  4/27"): no number said.
        let mut cue_end = 0;
        // The lexicon ids of "one" and of the words that make it a pause.
        let one_id = lexicon::lookup("one");
        let pause_words = ["sec", "moment"].map(lexicon::lookup);
        // "let me grab it": the last token of such a pause being read.
        let (let_id, me_id) = (lexicon::lookup("let"), lexicon::lookup("me"));
        // One past the last token of a "let me grab it" being read.
        let mut pause_end = 0;
        // A block of 64 tokens at a time (and one for the end, empty when
        // the tokens fill their last block): the bits of the tokens that
        // may start a unit are set in a register, and they and the counts
        // are stored once a block.
        for base in (0..=tokens.len()).step_by(64) {
            let block = tokens.get(base..).unwrap_or_default();
            let block = block.get(..64).unwrap_or(block);
            c = 0;
            let mut units = 0;
            for (j, t) in block.iter().enumerate() {
                let i = base + j;
                let bit = 1u64 << j;
                at[j & 63] = c;
                // One branch on the class first: spaces (four tokens in ten)
                // and most punctuation count nothing.
                match t.tok {
                    Tok::Space | Tok::Dash | Tok::Comma => {}
                    Tok::Newline => c += Counts::NEWLINE,
                    // "CVV (3 digits on back): 123": a length describes the
                    // number to come, as "the four digits on the front" does.
                    Tok::Digits => {
                        units |= bit;
                        if !(t.span().len() <= 2
                            && lexicon::describes_length(tokens, i))
                            && said(i)
                            && t.span().start >= cue_end
                        {
                            c += Counts::NUMBER | Counts::DIGIT;
                        }
                    }
                    Tok::Dot | Tok::Punct('?' | '!' | ':') => {
                        let ends_sentence = t.tok != Tok::Punct(':')
                            && tokens.get(i + 1).is_none_or(|x| {
                                matches!(x.tok, Tok::Space | Tok::Newline)
                            });
                        c += u32::from(ends_sentence) * Counts::STOP;
                        if let Some(m) = address_mark(text.as_bytes(), t) {
                            marks.push(m);
                        }
                    }
                    // Masked digits ("***", "**/**") stand for a number too.
                    Tok::Punct('*') => {
                        let len = t.span().len();
                        let slash = |k: Option<&Token>| {
                            k.is_some_and(|x| {
                                matches!(x.tok, Tok::Punct('/') | Tok::Dash)
                            })
                        };
                        // Our own mask keeps a number's spaces: "** *" is a
                        // code of three digits, a group of stars beside
                        // another (redacting "cvv00 0,001" again must not take
                        // the "001" the first pass left as the code).
                        let star = |k: Option<usize>| {
                            k.and_then(|k| tokens.get(k))
                                .is_some_and(|x| x.tok == Tok::Punct('*'))
                        };
                        let spaced = |k: Option<usize>| {
                            k.and_then(|k| tokens.get(k))
                                .is_some_and(|x| x.tok == Tok::Space)
                        };
                        let grouped = (spaced(i.checked_sub(1))
                            && star(i.checked_sub(2)))
                            || (spaced(Some(i + 1)) && star(Some(i + 2)));
                        if len >= 3
                            || grouped
                            || (len == 2
                                && (slash(tokens.get(i + 1))
                                    || i > 0 && slash(tokens.get(i - 1))))
                        {
                            c += Counts::DIGIT;
                        }
                    }
                    Tok::Punct('[') => {
                        units |= bit;
                        if i == 0
                            || tokens
                                .get(i - 1)
                                .is_some_and(|p| p.tok == Tok::Newline)
                        {
                            if let Some(len) =
                                super::units::cue_prefix(text, t.span().start)
                            {
                                cue_end = t.span().start + len;
                            }
                        }
                    }
                    Tok::Punct('(' | '<') => units |= bit,
                    Tok::Punct(_) => {}
                    Tok::Word => {
                        let lex = lexicon::get(t.word);
                        // "CollectSSN", "PAY_CardNum": a log's step names join
                        // words in camelCase; read apart below.
                        if lex.is_none() && t.span().len() >= 5 {
                            let b = t.span().of(text).as_bytes();
                            // Most words have no capital after their first
                            // letter, and a look for one costs half as
                            // much a byte as one for a pair: on 1 MB of
                            // realistic text, 3.0M instructions less.
                            let capital = b
                                .get(1..)
                                .unwrap_or_default()
                                .iter()
                                .any(u8::is_ascii_uppercase);
                            if capital
                                && b.windows(2).any(|w| {
                                    w[0].is_ascii_lowercase()
                                        && w[1].is_ascii_uppercase()
                                })
                            {
                                camels.push(i);
                            }
                        }
                        // A hesitation ("uh", "um") is no word between a
                        // label and its number (read here, with the entry's
                        // other flags: read in the test for a pause below, it
                        // cost 7% of this pass).
                        let mut hesitation = false;
                        if let Some(l) = lex {
                            hesitation = l.filler;
                            if l.num.is_some() {
                                units |= bit;
                            }
                            if others.contains(&t.word) {
                                watch.push(i);
                            }
                            if !l.phrases.is_empty() {
                                phrase_words.push(i);
                            }
                        }
                        if lex.is_some_and(|l| l.month.is_some())
                            || (t.span().len() > 3
                                && text
                                    .as_bytes()
                                    .get(t.span().start)
                                    .is_some_and(|b| {
                                        b.eq_ignore_ascii_case(&b'e')
                                    }))
                        {
                            month_words.push(i);
                        }
                        // "the four digits on the front" describes, not
                        // answers.
                        let describes =
                            || lexicon::describes_length(tokens, i);
                        let said = lex.and_then(|l| l.num).is_some_and(|n| {
                            !matches!(
                                n,
                                lexicon::Num::Homophone(_) | lexicon::Num::Oh
                            )
                        }) && !describes()
                            && !lexicon::counted(tokens, i)
                            && !lexicon::counts_a_noun(tokens, i);
                        // A number said in words is a number between a label
                        // and the next value, like digits ("expires ten,
                        // twenty twenty eight and double two six").
                        c +=
                            u32::from(said) * (Counts::NUMBER | Counts::DIGIT);
                        // A pause, "one sec" or "one moment", counts no
                        // words: a label before it is as near the number
                        // after it as across "uh". (Looked for by lexicon
                        // ids: "one" with one of those after it, and one of
                        // those with "one" before it.)
                        let one = |x: &Token| x.word == one_id;
                        let space = |k: usize| {
                            tokens.get(k).is_some_and(|x| x.tok == Tok::Space)
                        };
                        let pause_word = |x: &Token| {
                            x.word != 0 && pause_words.contains(&x.word)
                        };
                        // So does "let me grab it", "let me find that",
                        // "let me see": the card looked for.
                        if t.word == let_id {
                            pause_end = fetch_end(text, tokens, i, me_id)
                                .map_or(0, |e| e + 1);
                        }
                        let pause = (pause_word(t)
                            && i >= 2
                            && space(i - 1)
                            && tokens.get(i - 2).is_some_and(one))
                            || (one(t)
                                && space(i + 1)
                                && tokens.get(i + 2).is_some_and(pause_word))
                            || i < pause_end
                            || hesitation;
                        c += u32::from(!pause) * Counts::WORD;
                        // A tag of ours ("[CVV]") stands for a number.
                        if is_tag(text, tokens, i) {
                            c += Counts::DIGIT;
                        }
                    }
                }
            }
            within
                .extend_from_slice(at.get(..block.len()).unwrap_or_default());
            blocks.push(before);
            unit_tokens.push(units);
            before = Count { block: &before, within: c }.totals();
        }
        // The end, in the last block (which holds fewer than 64 tokens).
        within.push(c);
        let counts = Counts { blocks, within };

        let mut labels: Vec<Label> = Vec::new();
        // The first token a label may start at: past the last one found.
        let mut free_from = 0;
        for &i in &phrase_words {
            let Some(&t) = tokens.get(i).filter(|_| i >= free_from) else {
                continue;
            };
            let Some(lex) = lexicon::get(t.word) else { continue };
            // Hush's own tags ("[CVV]", "[CARD-1]") are not labels, so
            // redacting twice changes nothing; nor is the "sec" of "one
            // sec", nor the "floor" of "the next floor".
            if is_tag(text, tokens, i)
                || (lex.word == "ex"
                    && !after_digits(tokens, i)
                    && !split_expiry(text, tokens, i))
                || a_moment(tokens, i, lex)
                || (lex.word == "floor" && lexicon::next_floor(tokens, i))
                || (spelled(lex) && !spelling_next(text, tokens, i))
            {
                continue;
            }
            let mut matched = None;
            for (rest, cat) in lex.phrases {
                if let Some(last) = match_rest(text, tokens, i, rest) {
                    matched = Some((last, *cat));
                    break;
                }
            }
            // "what card would you like to use? go ahead and read the
            // number": a bare "the number" shortly after a card's label
            // is the card's number.
            let matched = matched.or_else(|| {
                let card = labels.last().filter(|l| {
                    l.cat == Cat::Card
                        && counts.at(i).words() - counts.at(l.last + 1).words()
                            <= ANAPHOR_WORDS
                })?;
                let the = i.checked_sub(2).and_then(|k| tokens.get(k))?;
                let bare = lex.word == "number"
                    && tokens.get(i - 1).is_some_and(|t| t.tok == Tok::Space)
                    && ["the", "that", "this", "your"]
                        .iter()
                        .any(|w| says(text, the, w));
                (bare && card.last < i).then_some((i, Cat::Card))
            });
            let Some((mut last, cat)) = matched else { continue };
            // A label spelled letter by letter ("x p", "c v v") inside a
            // longer spelling is letters of a code ("one z x p r w f a").
            if lex.word.len() == 1 && spelled_on(text, tokens, i, last) {
                continue;
            }
            // "CVV2", "cvc2", an IVR's "ID_SSN9": the digit belongs to
            // the label (but in "exp2/32" it is the month).
            if let Some(next) = tokens.get(last + 1) {
                if matches!(cat, Cat::Cvv | Cat::Ssn)
                    && next.tok == Tok::Digits
                    && next.span().start == tokens[last].span().end
                    && next.span().len() == 1
                {
                    last += 1;
                }
            }
            let lengths = if cat == Cat::Other {
                lexicon::other_lengths(lex.word)
            } else {
                ANY_LENGTH
            };
            labels.push(Label {
                cat,
                span: Span::new(t.span().start, tokens[last].span().end),
                first: i,
                last,
                lengths,
            });
            free_from = last + 1;
        }
        // Only the names of our secrets: "CollectSSN", "CollectExpiry",
        // "GetCardNumber".
        let camel: Vec<Label> = camels
            .iter()
            .filter_map(|&i| {
                camel_word_label(text, tokens, tokens.get(i)?.span())
            })
            .collect();
        if !camel.is_empty() {
            crate::order::merge_by_key(&mut labels, camel, |l| (l.first, 0));
        }
        // "expiery 09.27", "experation date": an expiry's word mistyped.
        // Read among the words noted for months (each word of four
        // letters or more that starts with `e`).
        // Labels stay disjoint: not a word a label holds already (a camel
        // case label's, "expiresA").
        let free = |labels: &[Label], i: usize| {
            let k = labels.partition_point(|l| l.last < i);
            labels.get(k).is_none_or(|l| l.first > i)
        };
        let mistyped: Vec<Label> = month_words
            .iter()
            .filter_map(|&i| {
                let t = tokens.get(i).filter(|t| t.word == 0)?;
                if !free(&labels, i) {
                    return None;
                }
                near_expiry(t.span().of(text)).then_some(Label {
                    cat: Cat::Expiry,
                    span: t.span(),
                    first: i,
                    last: i,
                    lengths: ANY_LENGTH,
                })
            })
            .collect();
        if !mistyped.is_empty() {
            crate::order::merge_by_key(&mut labels, mistyped, |l| {
                (l.first, 0)
            });
        }
        other_numbers(text, tokens, &mut labels, &watch);
        // The words of a web address are not labels ("...articles/3404-Why-
        // was-my-card-declined").
        let urls = web_addresses(text, &marks);
        let inside = |at: usize| {
            let k = urls.partition_point(|u| u.end <= at);
            urls.get(k).is_some_and(|u| u.start <= at)
        };
        // But a key of the address's query names its value
        // ("checkout?card=4111111111111111&exp=0927"): that value is no
        // identifier of the page.
        labels.retain(|l| !inside(l.span.start) || query_key(text, l.span));
        // A label can be followed by the secret it belongs to: "last four
        // of the social" is about the last four digits, "the code on the
        // back of the card" and "the expiration date on the card" are
        // about the code and the date, not the card number.
        // "the sixteen digit number" is the card; "the three digit number"
        // the code.
        for l in labels.iter_mut() {
            let digit_phrase = lexicon::get(tokens[l.first].word)
                .is_some_and(|w| w.word == "digit");
            if !digit_phrase {
                continue;
            }
            let Some(before) =
                l.first.checked_sub(2).and_then(|k| tokens.get(k))
            else {
                continue;
            };
            let n = match before.tok {
                Tok::Digits => before.span().of(text).parse::<u32>().ok(),
                _ => match lexicon::get(before.word).and_then(|w| w.num) {
                    Some(lexicon::Num::Teen(n) | lexicon::Num::Digit(n)) => {
                        Some(u32::from(n))
                    }
                    _ => None,
                },
            };
            match n {
                Some(n) if n >= 12 => l.cat = Cat::Card,
                // "a six digit code to your phone": a one-time code, an
                // account or a ZIP, of that length; a card code has 3 or 4.
                Some(n @ 5..=11) => {
                    l.cat = Cat::Other;
                    l.lengths = (n as u8, n as u8);
                }
                _ => {}
            }
        }
        // "warranty expires 09/2030", "passport 547125688, it expires
        // February 2029", "coupon exp 1/29": the date of another thing.
        labels.retain(|l| {
            l.cat != Cat::Expiry || !expiry_of_other(text, tokens, l.first)
        });
        // Only labels that say so themselves absorb: an absorbed "social"
        // does not pass "last four" on to the next label.
        let original: Vec<Cat> = labels.iter().map(|l| l.cat).collect();
        for k in 0..labels.len() {
            let head = original[k];
            if !matches!(head, Cat::Last4 | Cat::Cvv | Cat::Expiry) {
                continue;
            }
            let end = labels[k].last;
            // Only the next label: in "cvv: last four of card", "last four"
            // names the card, not the cvv.
            let Some(next) = labels.get_mut(k + 1) else { continue };
            // Only within one sentence: "The one ending 5737.\nAgent: And
            // your social security number?" asks for the SSN.
            let between = tokens.get(end + 1..next.first).unwrap_or_default();
            // ... and before any number: "last 4 ssn 1234, full ssn
            // 544983373" is about two numbers. A length is none: "CVV (3
            // digits on back of card)" names the code, and so does "الرمز
            // الأمني (٣ أرقام خلف البطاقة)".
            let stop = between.iter().enumerate().any(|(j, t)| match t.tok {
                Tok::Newline | Tok::Dot | Tok::Punct('?' | '!' | ';') => true,
                Tok::Digits => {
                    t.span().len() > 2
                        || !lexicon::describes_length(tokens, end + 1 + j)
                }
                _ => false,
            });
            // A tag or a mask of ours stands for a number too ("cvv
            // [CVV]: card ...").
            let redacted =
                counts.at(next.first).digits() > counts.at(end + 1).digits();
            // A brand after "for" or "on" says which card the code or date
            // is of, further on too: "security code that's four digits on
            // the front for amex", "the expiration on the visa".
            let of_brand = next.first == next.last
                && matches!(next.cat, Cat::Card)
                && lexicon::get(tokens[next.first].word)
                    .is_some_and(|w| BRANDS.contains(&w.word))
                && next
                    .first
                    .checked_sub(2)
                    .and_then(|k| tokens.get(k))
                    .is_some_and(|t| {
                        ["for", "on", "the", "your", "my"]
                            .iter()
                            .any(|w| says(text, t, w))
                    });
            let reach = if of_brand { 10 } else { 4 };
            if stop
                || redacted
                || counts.at(next.first).words() - counts.at(end + 1).words()
                    > reach
            {
                continue;
            }
            let absorbed = match head {
                Cat::Last4 => matches!(next.cat, Cat::Card | Cat::Ssn),
                _ => next.cat == Cat::Card,
            };
            if absorbed {
                next.cat = head;
            }
        }
        // "SSN last 4", "ssn_last4", "card (last four)": the last four of
        // the secret named just before, one label, as "last four of the
        // social" is (a full SSN after it is an SSN given where its last
        // four were asked for).
        merge_last_four(tokens, &mut labels);
        back_of_other_card(text, tokens, &mut labels);
        seconds_keys(text, tokens, &mut labels);
        let heads = list_heads(tokens, &labels);
        let seconds = second_values(tokens, &labels, &heads);
        let requests = (0..labels.len())
            .filter(|&k| {
                labels[k].cat.is_secret()
                    && asks_alone(text, tokens, &labels[k])
            })
            .map(|k| k as u32)
            .collect();
        let asking = labels
            .iter()
            .map(|l| l.cat.is_secret() || asks_for_other(text, tokens, l))
            .collect();
        // (Only where a number word or digits start within a few tokens
        // of the label, as the bit set of units' first tokens tells: most
        // labels have none there.)
        let unit_near = |l: &Label| {
            (l.last + 1..l.last + 8).any(|t| {
                unit_tokens
                    .get(t / 64)
                    .is_some_and(|w: &u64| w >> (t % 64) & 1 == 1)
            })
        };
        let stray = (0..labels.len())
            .filter(|&k| {
                labels[k].cat.is_secret()
                    && unit_near(&labels[k])
                    && stray_digit_after(tokens, &labels[k])
            })
            .map(|k| k as u32)
            .collect();
        Labels {
            labels,
            last: Box::new(std::cell::Cell::new(0)),
            counts,
            urls,
            month_words,
            unit_tokens,
            heads,
            seconds,
            requests,
            asking,
            stray,
        }
    }

    /// The first token from `i` on that may start a unit (see
    /// `unit_tokens`), if any: a word of 64 bits at a time.
    pub(crate) fn next_unit_token(&self, i: usize) -> Option<usize> {
        let mut w = i / 64;
        let mut bits = self.unit_tokens.get(w)? & (u64::MAX << (i % 64));
        while bits == 0 {
            w += 1;
            bits = *self.unit_tokens.get(w)?;
        }
        Some(w * 64 + bits.trailing_zeros() as usize)
    }

    /// Returns true if byte `at` is inside a web address.
    pub(crate) fn in_web_address(&self, at: usize) -> bool {
        self.web_address_at(at).is_some()
    }

    /// The web address that byte `at` is inside, if any.
    pub(crate) fn web_address_at(&self, at: usize) -> Option<Span> {
        let k = self.urls.partition_point(|u| u.end <= at);
        self.urls.get(k).filter(|u| u.start <= at).copied()
    }

    /// The labels in text order.
    pub(crate) fn all(&self) -> &[Label] {
        &self.labels
    }

    /// The label that ends the turn before, whose content is `prev` and
    /// whose tokens end at token `prev_end`, for a number at token `at`
    /// early in its own turn, whose tokens start at `own_start`: a chat
    /// message sent before the number ("my card number:" / "6037 6929 2786
    /// 5637"). After the label, its turn says two words at most ("is",
    /// "please"); before `at`, its own turn at most `max_words`; no number
    /// between.
    pub(crate) fn carried(
        &self,
        at: usize,
        prev: Span,
        prev_end: usize,
        own_start: usize,
        max_words: u32,
    ) -> Option<Label> {
        let k = self.search(|l| l.last < at);
        let label = *self.labels.get(k.checked_sub(1)?)?;
        let count = |t: usize| self.counts.get(t);
        let (after, end, own, here) = (
            count(label.last + 1)?,
            count(prev_end)?,
            count(own_start)?,
            count(at)?,
        );
        let ends_prev = label.span.start >= prev.start
            && label.span.end <= prev.end
            && end.words() - after.words() <= 2;
        (ends_prev
            && here.words() - own.words() <= max_words
            && here.digits() == after.digits())
        .then_some(label)
    }

    /// Returns the label closest before token `at`, if it lies inside
    /// `within` (a turn's content), ends at most `max_words` words before
    /// `at` and has no digits between it and `at`.
    pub(crate) fn before(
        &self,
        at: usize,
        within: Span,
        max_words: u32,
    ) -> Option<Label> {
        let k = self.search(|l| l.last < at);
        let index = k.checked_sub(1)?;
        let label = *self.labels.get(index)?;
        // On the same line or the next one ("exp date\nJun 2031"), not
        // across a blank line ("Subject: Re: your case\n\n25-7964..."),
        // but for a request on a line of its own: results of a recogniser
        // with no speakers, one paragraph each ("Security code
        // please.\n\num three zero seven"), chat messages pasted with
        // blank lines between.
        let lines = self.counts.at(at).newlines()
            - self.counts.at(label.last + 1).newlines();
        let near = label.span.start >= within.start
            && self.counts.at(at).words()
                - self.counts.at(label.last + 1).words()
                <= max_words
            && (lines <= 1
                || (lines == 2
                    && self.requests.binary_search(&(index as u32)).is_ok()));
        if !near {
            return None;
        }
        // A list of two labels, another number's and one of our secrets',
        // with two numbers after it ("phone/SSN 812-9478 451695258"): the
        // first is the first label's, the second the second's.
        let second = self
            .seconds
            .binary_search_by_key(&(index as u32), |&(l, _)| l)
            .ok()
            .and_then(|k| self.seconds.get(k))
            .map(|&(_, t)| t as usize);
        if self.counts.at(at).digits()
            != self.counts.at(label.last + 1).digits()
        {
            return (second == Some(at)).then_some(label);
        }
        if second.is_some() {
            let head = self
                .heads
                .get(index)
                .and_then(|&h| self.labels.get(h as usize));
            return head.copied();
        }
        // The first number after a list of labels is the first label's
        // ("SSN/DOB 215-77-2317 02/19/1987"), when that names one of our
        // secrets and the last names another number: fail closed.
        let head = self
            .heads
            .get(index)
            .and_then(|&h| self.labels.get(h as usize))
            .filter(|h| {
                label.cat == Cat::Other
                    && matches!(
                        h.cat,
                        Cat::Card | Cat::Ssn | Cat::Cvv | Cat::Expiry
                    )
            });
        Some(head.copied().unwrap_or(label))
    }

    /// Returns the first label after token `at` (the last token of a number)
    /// if it lies inside `within`, at most `max_words` words on and with no
    /// digits in between: "123456789 (SSN)".
    pub(crate) fn after(
        &self,
        at: usize,
        within: Span,
        max_words: u32,
    ) -> Option<Label> {
        let k = self.search(|l| l.first <= at);
        let label = *self.labels.get(k)?;
        // "123456789 (SSN)", not "OH 43210-3755. My SSN is ...".
        let same_sentence = !self.text_has_newline(at, label.first)
            && self.counts.at(label.first).stops()
                == self.counts.at(at + 1).stops();
        let ok = same_sentence
            && label.span.end <= within.end
            && self.counts.at(label.first).words()
                - self.counts.at(at + 1).words()
                <= max_words
            && self.counts.at(label.first).digits()
                == self.counts.at(at + 1).digits();
        ok.then_some(label)
    }

    /// True if a line break lies between tokens `from` and `to`.
    pub(crate) fn text_has_newline(&self, from: usize, to: usize) -> bool {
        self.counts.at(to).newlines() != self.counts.at(from).newlines()
    }

    /// True if label `l` (one of these labels) is followed by a lone digit
    /// word (see [`stray_digit_after`]).
    fn stray_at(&self, l: &Label) -> bool {
        !self.stray.is_empty() && {
            let k = self.search(|x| x.first < l.first);
            self.stray.binary_search(&(k as u32)).is_ok()
        }
    }

    /// What a turn asks for: the last label naming a secret in `content`,
    /// else the last label of another kind of number, else `None`. A label
    /// followed by digits in the same turn labels those digits ("exp 04/30")
    /// and asks for nothing. `end_token` is the turn's last token + 1.
    pub(crate) fn question(
        &self,
        content: Span,
        end_token: usize,
    ) -> Option<Question> {
        let lo = self.search(|l| l.span.start < content.start);
        // A turn holds few labels: counted on from `lo` (a turn of more
        // is searched, so that a long one costs no more than a search).
        let rest = self.labels.get(lo..).unwrap_or_default();
        let n = match rest
            .iter()
            .take(16)
            .position(|l| l.span.end > content.end)
        {
            Some(n) => n,
            None => rest.partition_point(|l| l.span.end <= content.end),
        };
        let inside = rest.get(..n)?;
        let end = end_token.min(self.counts.tokens());
        // No number after the label, or only a lone digit word right after
        // it, which no secret is: a recogniser's "for" or "when you're"
        // ("go ahead with the card number one already").
        let open = |l: &Label| {
            let after = self.counts.at(end).numbers()
                - self.counts.at(l.last + 1).numbers();
            after == 0 || after == 1 && self.stray_at(l)
        };
        let secret = inside.iter().rev().find(|l| l.cat.is_secret());
        // Another number is asked for by a question or a request only:
        // "Your order is ready" names the order and asks for no number.
        let asking = self.asking.get(lo..).unwrap_or_default();
        let other =
            inside.iter().zip(asking).rev().find(|(_, a)| **a).map(|(l, _)| l);
        let chosen = secret.or(other)?;
        // "the card number, the expiration and the security code" asks for
        // all three.
        let asked = inside
            .iter()
            .filter(|l| l.cat.is_secret() && open(l))
            .fold(0u8, |m, l| m | l.cat.bit());
        // "Your cell and your work number?" asks for two numbers, which
        // may be read as one run of any length.
        let mut label = *chosen;
        let others = inside.iter().filter(|l| l.cat == Cat::Other && open(l));
        if others.count() > 1 {
            label.lengths = ANY_LENGTH;
        }
        open(chosen).then_some(Question { label, asked })
    }

    /// [`ending_at`](Labels::ending_at) for tokens asked in increasing
    /// order from `from` on: a walk along the labels, not a search for
    /// each token. (Labels are disjoint and in text order, the order the
    /// search relies on too.)
    pub(crate) fn ending_from(
        &self,
        from: usize,
    ) -> impl FnMut(usize) -> Option<Label> + '_ {
        let mut k = self.search(|l| l.last < from);
        move |token| {
            while self.labels.get(k).is_some_and(|l| l.last < token) {
                k += 1;
            }
            self.labels.get(k).filter(|l| l.last == token).copied()
        }
    }

    /// The label whose last token is `token`, if any.
    pub(crate) fn ending_at(&self, token: usize) -> Option<Label> {
        let k = self.search(|l| l.last < token);
        self.labels.get(k).filter(|l| l.last == token).copied()
    }

    /// True if a label of `cat` lies inside `content`.
    pub(crate) fn has(&self, content: Span, cat: Cat) -> bool {
        let k = self.search(|l| l.span.start < content.start);
        self.labels[k..]
            .iter()
            .take_while(|l| l.span.end <= content.end)
            .any(|l| l.cat == cat)
    }

    /// The categories of the labels inside `content`, as [`Cat::bit`]s.
    pub(crate) fn cats_in(&self, content: Span) -> u8 {
        let k = self.search(|l| l.span.start < content.start);
        self.labels[k..]
            .iter()
            .take_while(|l| l.span.end <= content.end)
            .fold(0, |m, l| m | l.cat.bit())
    }

    /// True if a label inside `content` names something other than `cat`
    /// ("And the expiration?" while a card is read out).
    pub(crate) fn any_other_than(
        &self,
        content: Span,
        cat: Option<Cat>,
    ) -> bool {
        let k = self.search(|l| l.span.start < content.start);
        self.labels[k..]
            .iter()
            .take_while(|l| l.span.end <= content.end)
            .any(|l| Some(l.cat) != cat)
    }

    /// Returns true if a label lies inside `content` other than a card's
    /// brand alone ("is that a visa?" asks which card, not for its number
    /// again).
    pub(crate) fn any_but_brands(&self, text: &str, content: Span) -> bool {
        let k = self.search(|l| l.span.start < content.start);
        self.labels[k..].iter().take_while(|l| l.span.end <= content.end).any(
            |l| {
                let word = l.span.of(text);
                !lexicon::BRANDS.iter().any(|b| word.eq_ignore_ascii_case(b))
            },
        )
    }

    /// Returns true if tokens `range` hold digits, or a tag or a mask that
    /// stands for a number redacted before (`[CARD]`, `****`).
    pub(crate) fn has_digits(&self, range: Range<usize>) -> bool {
        let at = |t: usize| self.counts.get(t).map_or(0, Count::digits);
        at(range.end) > at(range.start)
    }

    /// The last label of a turn whose content is `content` and whose
    /// tokens end at token `end`, when at most three words and one number
    /// follow it there: a request that closes the turn ("go ahead with the
    /// card number", misheard "... the card number one already").
    ///
    /// Inlined: with the packed [`Counts`] the compiler stopped inlining
    /// it into `detect`, which calls it about 16,000 times per MB of
    /// realistic text, and that cost 0.9M instructions more.
    #[inline]
    pub(crate) fn closing(&self, content: Span, end: usize) -> Option<Label> {
        let k = self.search(|l| l.span.start < content.end);
        let label = *self.labels.get(k.checked_sub(1)?)?;
        let (after, to) =
            (self.counts.get(label.last + 1)?, self.counts.get(end)?);
        (label.span.start >= content.start
            && to.words().saturating_sub(after.words()) <= 3
            && to.numbers().saturating_sub(after.numbers()) <= 1)
            .then_some(label)
    }

    /// The number of digit tokens and number words said from token `from`
    /// up to token `to`.
    pub(crate) fn numbers_between(&self, from: usize, to: usize) -> u32 {
        let at = |t: usize| self.counts.get(t).map_or(0, Count::numbers);
        at(to).saturating_sub(at(from))
    }

    /// The number of digit tokens and number words in the whole text.
    pub(crate) fn numbers(&self) -> usize {
        self.counts.end().numbers() as usize
    }

    /// The number of words from token `from` up to token `to`.
    pub(crate) fn words_between(&self, from: usize, to: usize) -> u32 {
        self.counts.at(to).words().saturating_sub(self.counts.at(from).words())
    }

    /// True if a label has a byte inside `span`: one that ends in it, as
    /// well as one inside it.
    pub(crate) fn touches(&self, span: Span) -> bool {
        // Labels are disjoint and in text order: of those that start
        // before the end of `span`, the last ends furthest on.
        let k = self.search(|l| l.span.start < span.end);
        k.checked_sub(1)
            .and_then(|k| self.labels.get(k))
            .is_some_and(|l| l.span.end > span.start)
    }

    /// True if a sentence ends between token `from` and token `to`.
    pub(crate) fn sentence_ends_between(
        &self,
        from: usize,
        to: usize,
    ) -> bool {
        self.counts.at(to).stops() != self.counts.at(from).stops()
    }
}

/// The web addresses in `text`: from the start of the word holding `://`
/// or `www.` to the next white space, for `marks`, where those start (in
/// order; see [`address_mark`]). Sorted and disjoint.
fn web_addresses(text: &str, marks: &[usize]) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out: Vec<Span> = Vec::new();
    for &i in marks {
        if out.last().is_some_and(|u| i < u.end) {
            continue;
        }
        let mut a = i;
        let word =
            |k: usize| bytes.get(k).is_some_and(|c| !c.is_ascii_whitespace());
        while a > 0 && word(a - 1) && i - a < 64 {
            a -= 1;
        }
        let mut b = i;
        while word(b) {
            b += 1;
        }
        // On char boundaries: whitespace is ASCII, so only the 64-byte
        // limit can stop inside a character.
        while a < i && !text.is_char_boundary(a) {
            a += 1;
        }
        out.push(Span::new(a, b));
    }
    out
}

/// Returns true if `span`, inside a web address, lies in a key of its
/// query: after `?`, `&` or `;` and before `=`, with only letters, digits,
/// `_`, `-` and `.` between (`?cc_number=`, `&card.exp=`); or of a value
/// that holds keys and values itself (`state=card:4111...|exp:0927`).
fn query_key(text: &str, span: Span) -> bool {
    let bytes = text.as_bytes();
    let key =
        |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.');
    let before = bytes.get(..span.start).unwrap_or_default();
    let start = before.iter().rev().take(32).position(|b| !key(b));
    let opened = start.and_then(|n| before.len().checked_sub(n + 1));
    let after = bytes.get(span.end..).unwrap_or_default();
    let end = after.iter().take(32).position(|b| !key(b));
    let opens = |o: usize| {
        matches!(bytes.get(o), Some(b'?' | b'&' | b';' | b'|' | b',' | b'='))
    };
    opened.is_some_and(opens)
        && end.is_some_and(|e| matches!(after.get(e), Some(b'=' | b':')))
}

/// Where a `://` or a `www.` of `bytes` starts, if token `t` starts one:
/// its `:`, or the first `.` of its dots, which only a `:` token or a dot
/// token can be (a `:` is a token of its own; a `.` after another dot
/// follows no `www`). Read token by token, in order, these are every
/// match, and none overlaps itself.
fn address_mark(bytes: &[u8], t: &Token) -> Option<usize> {
    let p = t.span().start;
    match (t.tok, bytes.get(p)) {
        (Tok::Punct(':'), _) if bytes.get(p..p + 3) == Some(b"://") => Some(p),
        (Tok::Dot, Some(b'.'))
            if p >= 3 && bytes.get(p - 3..p) == Some(b"www") =>
        {
            Some(p - 3)
        }
        _ => None,
    }
}

/// The label a table's header cell or a word names in camelCase
/// ("SocialSecurityNumber", "CardNumber", "cvvCode", an IVR log's
/// "CollectSSN"), read as the words it joins, as a JSON export's keys are;
/// `None` if it names none. The label covers the cell.
pub(crate) fn camel_label(
    text: &str,
    tokens: &[Token],
    cell: Span,
) -> Option<Label> {
    camel_labels(text, tokens, cell, |all, _| all.first().copied())
}

/// The label a word of a log names in camelCase, for our secrets only: its
/// last one, the noun the words lead to ("CollectSSN", "cardExp",
/// "PAY_CardNum"); a bare "code" is too common a word in logs
/// ("responseCode=000", "codeA") to name a card's code.
fn camel_word_label(
    text: &str,
    tokens: &[Token],
    word: Span,
) -> Option<Label> {
    camel_labels(text, tokens, word, |all, spaced| {
        all.iter()
            .rev()
            .find(|l| !l.span.of(spaced).eq_ignore_ascii_case("code"))
            .copied()
    })
    .filter(|l| l.cat.is_secret())
}

/// The label that `pick` chooses from those of the camelCase words of
/// `cell` read apart (`pick` gets them and the text they are found in);
/// `None` if `cell` has no camelCase. The label covers the cell.
fn camel_labels(
    text: &str,
    tokens: &[Token],
    cell: Span,
    pick: impl Fn(&[Label], &str) -> Option<Label>,
) -> Option<Label> {
    let raw = cell.of(text);
    let bytes = raw.as_bytes();
    let mut spaced = String::with_capacity(raw.len() + 8);
    let mut camel = false;
    for (i, c) in raw.char_indices() {
        if c.is_ascii_uppercase()
            && i > 0
            && bytes.get(i - 1).is_some_and(u8::is_ascii_lowercase)
        {
            spaced.push(' ');
            camel = true;
        }
        spaced.push(c);
    }
    if !camel {
        return None;
    }
    let words = super::token::tokenize(&spaced);
    let named = pick(Labels::find(&spaced, &words).all(), &spaced)?;
    let first = tokens.partition_point(|t| t.span().start < cell.start);
    let last = tokens.partition_point(|t| t.span().end <= cell.end);
    let last = last.checked_sub(1).filter(|&l| l >= first)?;
    Some(Label {
        cat: named.cat,
        span: cell,
        first,
        last,
        lengths: named.lengths,
    })
}

/// Adds the labels of numbers the lexicon does not name: "`<noun>` number"
/// ("loan number", "meter number", "customer number") and "account" right
/// before digits ("deposits to account 482913577") are some other number;
/// a "code" that was texted or emailed is a one-time code, not a CVV.
/// The ids of the words [`other_numbers`] looks at: "number", "no",
/// "account" and "acct" (a word is compared by its id, not its text: a
/// lexicon word has one id, whatever its case).
fn other_number_words() -> [u16; 4] {
    ["number", "no", "account", "acct"].map(lexicon::lookup)
}

/// Joins a last-four label to the card's or SSN's label right before it,
/// with at most two spaces, dashes, underscores or an opening bracket
/// between ("SSN last 4", "ssn_last4", "card (last four)"): one label of
/// the last four, over both, that names what the first one names.
fn merge_last_four(tokens: &[Token], labels: &mut Vec<Label>) {
    let joins = |t: &Token| {
        matches!(t.tok, Tok::Space | Tok::Dash | Tok::Punct('_' | '('))
    };
    let mut k = 1;
    while k < labels.len() {
        let (prev, this) = (labels[k - 1], labels[k]);
        let between =
            tokens.get(prev.last + 1..this.first).unwrap_or_default();
        if this.cat == Cat::Last4
            && matches!(prev.cat, Cat::Card | Cat::Ssn)
            && between.len() <= 2
            && between.iter().all(joins)
        {
            labels[k].first = prev.first;
            labels[k].span = Span::new(prev.span.start, this.span.end);
            labels.remove(k - 1);
        } else {
            k += 1;
        }
    }
}

/// "the number on the back" names a code only on a payment card: next to
/// a card of another kind in the same line ("I can check the gift card
/// balance. Read me the number on the back?", "the number on the back of
/// the gift card"), it is that card's number. A code's label that is only
/// where it is printed ("on the back", "on back"), with the label of a
/// card of another kind ("gift card", "rewards card") within 16 tokens
/// before or after it on its line, names that other card's number.
fn back_of_other_card(text: &str, tokens: &[Token], labels: &mut [Label]) {
    const REACH: usize = 16;
    let on = lexicon::lookup("on");
    let other_card = |l: &Label| {
        l.cat == Cat::Other && {
            let words = l.span.of(text);
            words.len() > 5
                && words
                    .get(words.len() - 4..)
                    .is_some_and(|w| w.eq_ignore_ascii_case("card"))
        }
    };
    let same_line = |a: usize, b: usize| {
        tokens
            .get(a..b)
            .is_some_and(|ts| ts.iter().all(|t| t.tok != Tok::Newline))
    };
    for k in 0..labels.len() {
        let l = labels[k];
        if l.cat != Cat::Cvv
            || tokens.get(l.first).is_none_or(|t| t.word != on)
        {
            continue;
        }
        let before =
            k.checked_sub(1).and_then(|j| labels.get(j)).filter(|p| {
                other_card(p)
                    && l.first - p.last <= REACH
                    && same_line(p.last, l.first)
            });
        let after = labels.get(k + 1).filter(|n| {
            other_card(n)
                && n.first - l.last <= REACH
                && same_line(l.last, n.first)
        });
        if let Some(o) = before.or(after).copied() {
            labels[k].cat = Cat::Other;
            labels[k].lengths = o.lengths;
        }
    }
}

/// Drops the code's label "sec" where it ends a key of joined words that
/// names no secret before it: "duration_sec", "hold-sec" are seconds, as
/// a column named so is (see `table::column_label`); "card_sec" stays.
fn seconds_keys(text: &str, tokens: &[Token], labels: &mut Vec<Label>) {
    let seconds = |k: usize| {
        let l = &labels[k];
        let Some(w) = l.first.checked_sub(2) else { return false };
        let Some([word, join]) = tokens.get(w..l.first) else { return false };
        let glued = matches!(join.tok, Tok::Punct('_') | Tok::Dash)
            && word.tok == Tok::Word
            && word.span().end == join.span().start
            && join.span().end == l.span.start;
        // The word before is a label of its own ("card_sec"): a code.
        let labelled = k
            .checked_sub(1)
            .and_then(|p| labels.get(p))
            .is_some_and(|p| p.last == w);
        l.cat == Cat::Cvv
            && glued
            && !labelled
            && l.span.of(text).eq_ignore_ascii_case("sec")
    };
    let drop: Vec<usize> = (0..labels.len()).filter(|&k| seconds(k)).collect();
    for k in drop.into_iter().rev() {
        labels.remove(k);
    }
}

/// The words for an expiry that a mistyped one is told from, each with
/// the most edits it may be away: one for the short words, two for
/// "expiration".
const EXPIRY_WORDS: [(&str, usize); 6] = [
    ("expiry", 1),
    ("expire", 1),
    ("expires", 1),
    ("expired", 1),
    ("expiring", 1),
    ("expiration", 2),
];

/// Returns true if `word`, in no table, is a mistyped word for an expiry:
/// it starts with "ex" (a slip keeps a word's start: not "empire"), has 5
/// to 12 ASCII letters, and is at most one edit from "expiry", "expires"...
/// or two from "expiration", an edit being a letter added, dropped,
/// changed, or two letters swapped ("expiery", "expirey", "exipry",
/// "experation", "expiraton").
fn near_expiry(word: &str) -> bool {
    let w = word.as_bytes();
    if !(5..=12).contains(&w.len())
        || !w.get(..2).is_some_and(|p| p.eq_ignore_ascii_case(b"ex"))
        || !w.iter().all(u8::is_ascii_alphabetic)
    {
        return false;
    }
    let mut lower = [0u8; 12];
    for (l, b) in lower.iter_mut().zip(w) {
        *l = b.to_ascii_lowercase();
    }
    let lower = lower.get(..w.len()).unwrap_or_default();
    // Every word it may be holds a `p`, an `i` and an `r`; most words
    // that start with "ex" lack one ("extension", "explained", "exactly"),
    // and are not compared.
    if !(lower.contains(&b'p')
        && lower.contains(&b'i')
        && lower.contains(&b'r'))
    {
        return false;
    }
    EXPIRY_WORDS.iter().any(|(t, most)| edits(lower, t.as_bytes(), *most))
}

/// Returns true if `a` is at most `most` edits from `b` (the optimal
/// string alignment distance: letters added, dropped, changed, or two
/// side by side swapped), for words of at most 12 letters.
fn edits(a: &[u8], b: &[u8], most: usize) -> bool {
    const N: usize = 13;
    if a.len() >= N || b.len() >= N || a.len().abs_diff(b.len()) > most {
        return false;
    }
    let mut d = [[0u8; N]; N];
    for (i, row) in (0u8..).zip(d.iter_mut()).take(a.len() + 1) {
        row[0] = i;
    }
    for (j, cell) in (0u8..).zip(d[0].iter_mut()).take(b.len() + 1) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    usize::from(d[a.len()][b.len()]) <= most
}

/// `watch`: the tokens that are one of [`other_number_words`], in order.
fn other_numbers(
    text: &str,
    tokens: &[Token],
    labels: &mut Vec<Label>,
    watch: &[usize],
) {
    let word = |k: usize| lexicon::get(tokens[k].word).map(|l| l.word);
    let inside = |labels: &[Label], k: usize| {
        let j = labels.partition_point(|l| l.last < k);
        labels.get(j).is_some_and(|l| l.first <= k)
    };
    // The word before token `k`, past a speaker's hesitations ("the car
    // uh number", "the car you know number").
    let prev_word = |k: usize| {
        let mut j = k;
        for _ in 0..4 {
            j = j.checked_sub(1)?;
            while tokens[j].tok == Tok::Space {
                j = j.checked_sub(1)?;
            }
            if tokens[j].tok != Tok::Word {
                return None;
            }
            if !hesitation(text, &tokens[j]) {
                return Some(j);
            }
        }
        None
    };
    let [number, no, account, acct] = other_number_words();
    let mut added = Vec::new();
    for &k in watch {
        let Some(t) = tokens.get(k) else { continue };
        if t.tok != Tok::Word || t.word == 0 {
            continue;
        }
        let id = t.word;
        match id {
            _ if (id == number || id == no) && !inside(labels, k) => {
                let Some(j) = prev_word(k) else { continue };
                let noun = tokens[j].span().of(text);
                let said = lexicon::get(tokens[j].word);
                let plain = said.is_none_or(|l| {
                    l.num.is_none() && l.phrases.is_empty() && !l.determiner
                });
                let skip = matches!(
                    noun.to_ascii_lowercase().as_str(),
                    "a" | "an"
                        | "your"
                        | "my"
                        | "his"
                        | "her"
                        | "our"
                        | "their"
                        | "its"
                        | "this"
                        | "these"
                        | "those"
                        | "full"
                        | "whole"
                        | "entire"
                        | "correct"
                        | "what"
                        | "which"
                        | "same"
                        | "first"
                        | "next"
                        | "last"
                        | "good"
                        | "best"
                        | "valid"
                        | "complete"
                        | "long"
                );
                if plain && !skip && !inside(labels, j) && noun.len() > 1 {
                    // "car number": as long as a plate; most nouns say
                    // nothing of the length.
                    let lengths =
                        lexicon::other_lengths(&noun.to_ascii_lowercase());
                    added.push(Label {
                        cat: Cat::Other,
                        span: Span::new(tokens[j].span().start, t.span().end),
                        first: j,
                        last: k,
                        lengths,
                    });
                }
            }
            _ if (id == account || id == acct) && !inside(labels, k) => {
                let next =
                    tokens[k + 1..].iter().find(|x| x.tok != Tok::Space);
                if next.is_some_and(|x| {
                    matches!(x.tok, Tok::Digits | Tok::Punct('#'))
                }) {
                    added.push(Label {
                        cat: Cat::Other,
                        span: t.span(),
                        first: k,
                        last: k,
                        lengths: ANY_LENGTH,
                    });
                }
            }
            _ => {}
        }
    }
    // "I just texted you a code": a one-time code.
    for l in labels.iter_mut() {
        if l.cat == Cat::Cvv
            && word(l.first) == Some("code")
            && l.first == l.last
        {
            let from = l.first.saturating_sub(10);
            let texted = (from..l.first).any(|k| {
                matches!(
                    word(k),
                    Some(
                        "text"
                            | "texted"
                            | "sent"
                            | "send"
                            | "sms"
                            | "email"
                            | "emailed"
                            | "message"
                    )
                )
            });
            if texted {
                l.cat = Cat::Other;
            }
        }
    }
    if !added.is_empty() {
        crate::order::merge_by_key(labels, added, |l| (l.first, 0));
    }
}

/// Returns true if `label` asks for its number on a line that gives none,
/// followed by a blank line or by a short line with no digits (the
/// answer's "sure", "one sec", "hold on let me look" in a transcript with
/// no speakers): after the label, at most four words and no digits to the
/// line's end,
/// and either a `?` after it ("What's the CVV?", "and the expiry date?"),
/// "please" or a need on the line ("Security code please.", "Please read
/// me the card number.", "I need the code on the back."), or a line that
/// opens as a question with no mark ("what's the card number", "can I
/// have the expiry", as recognisers write them). A subject line
/// ("Subject: Re: your card") asks nothing.
/// Returns true if the first number after `label`, at most two words on,
/// is a word for one digit that no other number word or digit follows on its line:
/// "card number one already", where a recogniser heard "whenever you're
/// ready", or "the card number for this payment". A lone digit is no
/// card, code, date or SSN, so the label still asks for one.
fn stray_digit_after(tokens: &[Token], label: &Label) -> bool {
    let is_num = |t: &Token| {
        t.tok == Tok::Digits
            || lexicon::get(t.word).is_some_and(|x| x.num.is_some())
    };
    let mut rest = tokens
        .get(label.last + 1..)
        .unwrap_or_default()
        .iter()
        .take(64)
        .filter(|t| t.tok != Tok::Space)
        .take_while(|t| t.tok != Tok::Newline);
    // Past at most two words ("card number one"): the first number.
    let digit = rest.by_ref().take(3).find(|t| is_num(t)).is_some_and(|t| {
        lexicon::get(t.word).is_some_and(|x| {
            matches!(
                x.num,
                Some(lexicon::Num::Digit(1..=9) | lexicon::Num::Homophone(_))
            )
        })
    });
    digit && !rest.any(is_num)
}

fn asks_alone(text: &str, tokens: &[Token], label: &Label) -> bool {
    /// The most tokens read on either side of the label.
    const REACH: usize = 16;
    let please = |t: &Token| says(text, t, "please");
    let mut asked = false;
    let mut words = 0;
    // The line break that ends the label's line.
    let mut end = None;
    for (k, t) in tokens.iter().enumerate().skip(label.last + 1).take(REACH) {
        match t.tok {
            Tok::Newline => {
                end = Some(k);
                break;
            }
            Tok::Digits => return false,
            Tok::Punct('?') => asked = true,
            Tok::Word => {
                words += 1;
                asked |= please(t);
            }
            _ => {}
        }
    }
    // The next line is blank, or a few words that give no number: the
    // answer comes after it, not two lines on.
    // "let me get it" counts no words, as where labels are counted
    // ("okay hang on let me get it").
    let (let_id, me_id) = (lexicon::lookup("let"), lexicon::lookup("me"));
    let aside_next = end.is_some_and(|n| {
        let mut words = 0;
        let mut fetched = 0;
        for (k, t) in tokens.iter().enumerate().skip(n + 1).take(REACH) {
            if k < fetched {
                continue;
            }
            if t.tok == Tok::Word && t.word == let_id && let_id != 0 {
                if let Some(e) = fetch_end(text, tokens, k, me_id) {
                    fetched = e + 1;
                    continue;
                }
            }
            match t.tok {
                Tok::Newline => return true,
                Tok::Digits => return false,
                Tok::Word => {
                    words += 1;
                    if words > 4 || !aside_word(text, t) {
                        return false;
                    }
                }
                _ => {}
            }
        }
        false
    });
    if !aside_next || words > 4 {
        return false;
    }
    if asked {
        return true;
    }
    // Before the label, on its line: "please" or a need ("I need the
    // security code on the back.", Spanish "Me falta el código de
    // seguridad", "por favor"), or the words of a question with no mark
    // ("what's the card number", as a recogniser writes it; "and the
    // expiry", "now the code", Spanish "cuál es", "me da", "ahora los
    // tres numeritos de atrás").
    let mut first_word = None;
    for t in tokens
        .get(..label.first)
        .unwrap_or_default()
        .iter()
        .rev()
        .take(REACH)
        .take_while(|t| t.tok != Tok::Newline)
        .filter(|t| t.is_word())
    {
        if please(t)
            || ["need", "favor", "necesito", "falta"]
                .iter()
                .any(|w| says(text, t, w))
        {
            return true;
        }
        first_word = Some(t);
    }
    first_word.is_some_and(|t| {
        let w = t.span().of(text);
        [
            "what", "can", "could", "may", "and", "now", "next", "cual",
            "cuál", "me", "ahora", "y",
        ]
        .iter()
        .any(|o| w.eq_ignore_ascii_case(o) || (w == "Cuál" && *o == "cuál"))
    })
}

/// Things with an expiry date that are no payment card.
const EXPIRING_THINGS: &[&str] = &[
    "warranty",
    "guarantee",
    "license",
    "licence",
    "passport",
    "permit",
    "registration",
    "trial",
    "subscription",
    "membership",
    "miles",
    "points",
    "fare",
    "promo",
    "promotion",
    "coupon",
    "voucher",
    "offer",
    "deal",
    "discount",
    "quote",
    "estimate",
    "policy",
    "contract",
    "lease",
    "coverage",
    "certificate",
    "domain",
    "password",
    "link",
    "session",
    "reservation",
    "booking",
    "prescription",
    "lock",
    "credit",
    "credits",
    "tags",
    "sticker",
    "inspection",
];

/// Returns true if the expiry label at token `first` tells the date of
/// another thing, named just before it in its sentence: "warranty
/// expires", "passport J12350410, it expires", "coupon exp", "the fare
/// hold expires". Not when a card is named there ("my card expires", "the
/// credit card on file expires") or a number as long as one lies between:
/// an expiry next to a card stays one.
fn expiry_of_other(text: &str, tokens: &[Token], first: usize) -> bool {
    let (mut words, mut digits) = (0, 0);
    let mut other = false;
    // A card just named, read back to front: a payment card's unless the
    // word before it names a card of another kind ("rewards card").
    let mut card_named = false;
    for t in tokens.get(..first).unwrap_or_default().iter().rev().take(24) {
        match t.tok {
            Tok::Newline
            | Tok::Dot
            | Tok::Punct('?' | '!' | ';' | '"' | '[' | '(') => break,
            // A number as long as a card between them ("my subscription
            // to 3782 822463 10005, exp date 7/30"): the card's date.
            Tok::Digits if !other => {
                digits += t.span().len();
                if digits >= 12 {
                    return false;
                }
            }
            Tok::Word => {
                // Lower-cased once, then compared with each word of the
                // lists (a word longer than all of them is none).
                let w = t.span().of(text).as_bytes();
                let mut low = [0u8; 12];
                if let Some(slot) = low.get_mut(..w.len()) {
                    for (d, s) in slot.iter_mut().zip(w) {
                        *d = s.to_ascii_lowercase();
                    }
                    let is = |x: &&str| x.as_bytes() == &*slot;
                    if card_named {
                        if !OTHER_CARDS.iter().any(is) {
                            return false;
                        }
                        card_named = false;
                        other = true;
                    } else if ["card", "cards"].iter().any(is) {
                        card_named = true;
                    } else if ["visa", "mastercard", "amex"].iter().any(is) {
                        return false;
                    } else if REQUEST_VERBS.iter().any(is) {
                        // "for the provisional credit I need the expiration
                        // date": a request, and what it asks for is the
                        // card's date, whatever the sentence is about.
                        break;
                    }
                    other |= EXPIRING_THINGS.iter().any(is);
                } else if card_named {
                    return false;
                }
                words += 1;
                if words >= 6 {
                    break;
                }
            }
            _ => {}
        }
    }
    other && !card_named
}

/// Verbs that ask for what follows them ("I need the expiration date").
const REQUEST_VERBS: &[&str] =
    &["need", "give", "read", "tell", "provide", "confirm", "verify"];

/// The words before "card" that name a card with an expiry date that is no
/// payment card: "rewards card", "gift card", "library card".
const OTHER_CARDS: &[&str] = &[
    "rewards",
    "reward",
    "loyalty",
    "gift",
    "membership",
    "member",
    "library",
    "insurance",
    "sim",
    "id",
    "student",
    "club",
    "points",
    "discount",
    "transit",
    "parking",
    "access",
    "key",
];

/// The last token of "let me grab it" whose "let" is token `at` (`me_id`:
/// the lexicon id of "me"): a verb of
/// looking for the card ("grab", "get", "find", "see", "check", "look",
/// "pull"), and "it", "that" or "out" after it, if said.
#[cold]
#[inline(never)]
fn fetch_end(
    text: &str,
    tokens: &[Token],
    at: usize,
    me_id: u16,
) -> Option<usize> {
    let me = at + 2;
    let space = tokens.get(at + 1).is_some_and(|t| t.tok == Tok::Space);
    if me_id == 0 || !space || tokens.get(me).is_none_or(|t| t.word != me_id) {
        return None;
    }
    let word = |k: usize, words: &[&str]| {
        tokens.get(k - 1).is_some_and(|t| t.tok == Tok::Space)
            && tokens.get(k).is_some_and(|t| {
                t.tok == Tok::Word && words.iter().any(|w| says(text, t, w))
            })
    };
    let verbs = ["grab", "get", "find", "see", "check", "look", "pull"];
    if !word(me + 2, &verbs) {
        return None;
    }
    match word(me + 4, &["it", "that", "out"]) {
        true => Some(me + 4),
        false => Some(me + 2),
    }
}

/// Returns true if word token `t` may be said while the number asked for
/// is looked up: an acknowledgement, a filler, a number word ("one sec"),
/// "hang on", "let me check", "just a moment"; not the words of a lost
/// answer ("the nightfall role").
fn aside_word(text: &str, t: &Token) -> bool {
    let known = lexicon::get(t.word).is_some_and(|l| {
        l.ack
            || l.filler
            || l.lead
            || l.tail
            || l.num.is_some()
            || matches!(
                l.word,
                "sec"
                    | "moment"
                    | "hang"
                    | "hold"
                    | "on"
                    | "wait"
                    | "let"
                    | "me"
                    | "i"
                    | "just"
                    | "a"
                    | "sorry"
            )
    });
    known
        || ["second", "minute", "grab", "get", "find", "check", "look"]
            .iter()
            .any(|w| says(text, t, w))
}

/// Card brands said alone, as a card's label.
const BRANDS: &[&str] =
    &["visa", "mastercard", "amex", "discover", "jcb", "maestro"];

/// The most words between a card's label and a bare "the number" that
/// names the card's number.
const ANAPHOR_WORDS: u32 = 16;

/// Returns true if token `t` is the word `word` (ASCII, any case).
fn says(text: &str, t: &Token, word: &str) -> bool {
    t.tok == Tok::Word && t.span().of(text).eq_ignore_ascii_case(word)
}

/// Returns true unless the sentence of `label`, a label of another kind of
/// number, tells of that thing rather than asks for its number: the label
/// is the subject of a verb ("Your order is ready, we just need payment to
/// ship it", "the account was closed", "your order shipped"), with no `?`
/// and no "please" in the sentence. Elliptic requests ask ("and a good
/// phone number in case we get disconnected", "Order number:").
fn asks_for_other(text: &str, tokens: &[Token], label: &Label) -> bool {
    /// The most tokens read after the label.
    const REACH: usize = 40;
    let next = tokens
        .iter()
        .skip(label.last + 1)
        .take(4)
        .find(|t| !matches!(t.tok, Tok::Space | Tok::Punct('\'' | '’')));
    // A verb that makes the label the subject of a statement; "order's
    // ready": the `s` of "is". Read lower-cased into a small buffer, so
    // that one match compares it with every verb.
    let tells = next.filter(|t| t.tok == Tok::Word).is_some_and(|t| {
        let w = t.span().of(text).as_bytes();
        let mut low = [0u8; 8];
        let Some(slot) = low.get_mut(..w.len()) else { return false };
        for (d, s) in slot.iter_mut().zip(w) {
            *d = s.to_ascii_lowercase();
        }
        matches!(
            &*slot,
            b"is"
                | b"was"
                | b"were"
                | b"has"
                | b"had"
                | b"will"
                | b"isn"
                | b"wasn"
                | b"hasn"
                | b"shipped"
                | b"ships"
                | b"arrived"
                | b"went"
                | b"came"
                | b"got"
                | b"should"
                | b"would"
                | b"needs"
                | b"looks"
                | b"says"
                | b"shows"
                | b"ready"
                | b"s"
        )
    });
    if !tells {
        return true;
    }
    // A statement, unless its sentence asks after all.
    tokens
        .iter()
        .skip(label.last + 1)
        .take(REACH)
        .take_while(|t| {
            !matches!(t.tok, Tok::Newline | Tok::Punct('!') | Tok::Dot)
        })
        .any(|t| t.tok == Tok::Punct('?') || says(text, t, "please"))
}

/// Returns true if word token `i` follows digits, past spaces and one
/// comma or dash: a note's "4133 ex 04/26", "5990, ex Jul 30" write "ex"
/// for the expiry after the card; "her ex 12/20" does not.
fn after_digits(tokens: &[Token], i: usize) -> bool {
    let mut marks = 0;
    for k in (i.saturating_sub(4)..i).rev() {
        match tokens[k].tok {
            Tok::Space => {}
            Tok::Comma | Tok::Dash if marks == 0 => marks += 1,
            Tok::Digits => return true,
            _ => return false,
        }
    }
    false
}

/// Returns true if word token `i` ("ex") and the next word are a
/// recogniser's "expiration" cut in two: "the ex pirate date", "ex
/// piration".
fn split_expiry(text: &str, tokens: &[Token], i: usize) -> bool {
    let next = tokens
        .get(i + 2)
        .filter(|_| tokens.get(i + 1).is_some_and(|t| t.tok == Tok::Space));
    next.is_some_and(|t| {
        t.tok == Tok::Word
            && t.span()
                .of(text)
                .get(..3)
                .is_some_and(|p| p.eq_ignore_ascii_case("pir"))
    })
}

/// Returns true for "sec" or "second" meaning a moment: "one sec", "a
/// sec", "just a second".
fn a_moment(tokens: &[Token], i: usize, lex: &lexicon::Lex) -> bool {
    matches!(lex.word, "sec" | "second")
        && i.checked_sub(2)
            .and_then(|k| tokens.get(k))
            .and_then(|t| lexicon::get(t.word))
            .is_some_and(|l| {
                matches!(l.word, "one" | "a" | "few" | "couple" | "just")
            })
}

/// Per label of `labels` (in text order), the index of the first label of
/// the list it ends: labels joined by "/", "+", "&", "#", "," or "and" on one
/// line ("SSN/DOB", "SSN + zip", "card + cb#", "ss# dob") name the numbers
/// after them in order. A label in no list is its own head.
fn list_heads(tokens: &[Token], labels: &[Label]) -> Vec<u32> {
    let mut heads: Vec<u32> = Vec::with_capacity(labels.len());
    for (k, l) in labels.iter().enumerate() {
        let joined =
            k.checked_sub(1).and_then(|p| labels.get(p)).is_some_and(|p| {
                let between = tokens.get(p.last + 1..l.first).unwrap_or(&[]);
                between.len() <= 5
                    && between.iter().all(|t| match t.tok {
                        Tok::Space | Tok::Comma => true,
                        Tok::Punct(c) => matches!(c, '/' | '+' | '&' | '#'),
                        Tok::Word => lexicon::get(t.word)
                            .is_some_and(|w| w.word == "and"),
                        _ => false,
                    })
            });
        let head = match heads.last() {
            Some(&h) if joined => h,
            _ => k as u32,
        };
        heads.push(head);
    }
    heads
}

/// Whether every label phrase that starts with `lex` is spelled letter by
/// letter ("c v v", "x p"; not "v code").
fn spelled(lex: &lexicon::Lex) -> bool {
    lex.word.len() == 1
        && lex
            .phrases
            .iter()
            .all(|(rest, _)| rest.iter().all(|w| w.len() == 1))
}

/// Whether a single letter, then a space or a full stop, comes right after
/// token `i`: the only way a label spelled letter by letter ("s s n", "c.
/// v. v.") goes on. Most single letters ("it's") start none.
fn spelling_next(text: &str, tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i + 1..)
        .unwrap_or_default()
        .iter()
        .take(3)
        .find(|t| !matches!(t.tok, Tok::Space | Tok::Dot))
        .is_some_and(|t| t.tok == Tok::Word && t.span().of(text).len() == 1)
}

/// Whether a spelling goes on past tokens `first..=last`: a single letter
/// after them, or one before them and a number after.
fn spelled_on(
    text: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
) -> bool {
    let letter = |t: Option<&Token>| {
        t.is_some_and(|t| {
            t.tok == Tok::Word
                && t.span().len() == 1
                && t.span().of(text).bytes().all(|b| b.is_ascii_alphabetic())
        })
    };
    // One space or a full stop and a space between letters ("x. p. r.").
    let near =
        |from: usize, back: bool| {
            (1..=3)
                .map(|d| {
                    if back {
                        from.checked_sub(d)
                    } else {
                        from.checked_add(d)
                    }
                })
                .map_while(|k| k.and_then(|k| tokens.get(k)))
                .find(|t| !matches!(t.tok, Tok::Space | Tok::Dot))
        };
    let after = near(last, false);
    // A letter before counts when a number goes on after ("one z x p two
    // five"), not before a word ("on t v x p date", a recogniser's "and the
    // exp date").
    let number = after.is_none_or(|t| {
        t.tok == Tok::Digits
            || lexicon::get(t.word).is_some_and(|l| l.num.is_some())
    });
    letter(after) || (letter(near(first, true)) && number)
}

/// The second numbers after lists of two labels whose first names
/// another number and whose second one of our secrets ("phone/SSN
/// 812-9478 451695258", "cb# and ss# 4005822483\n638795512", "DOB/SSN
/// 1982-11-01/587853653"): per such list, its last label's index and the
/// first token of the second number. The first number is one written
/// without spaces (digits joined by dashes, dots, brackets, or a date's
/// slashes); one space,
/// line break, `;`, `,` or `/` lies between the two, and no word.
fn second_values(
    tokens: &[Token],
    labels: &[Label],
    heads: &[u32],
) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    for (k, l) in labels.iter().enumerate() {
        let Some(p) = k.checked_sub(1) else { continue };
        let two = heads.get(k) == Some(&(p as u32))
            && heads.get(p) == Some(&(p as u32))
            && heads.get(k + 1) != Some(&(p as u32));
        if !two
            || labels[p].cat != Cat::Other
            || !matches!(l.cat, Cat::Card | Cat::Ssn)
        {
            continue;
        }
        let mut j = l.last + 1;
        let end = tokens.len().min(j + 24);
        let at = |j: usize| tokens.get(j).filter(|_| j < end).map(|t| t.tok);
        while matches!(at(j), Some(Tok::Space | Tok::Punct(':' | '#'))) {
            j += 1;
        }
        if at(j) != Some(Tok::Digits) {
            continue;
        }
        // A slash inside a date ("DOB/SSN 06/13/1949 682882614"): between
        // groups of four digits at most, never a whole SSN or phone.
        let short = |j: usize| {
            at(j) == Some(Tok::Digits)
                && tokens.get(j).is_some_and(|t| t.span().len() <= 4)
        };
        let date_slash = |j: usize| {
            at(j) == Some(Tok::Punct('/'))
                && j.checked_sub(1).is_some_and(short)
                && short(j + 1)
        };
        while matches!(
            at(j),
            Some(Tok::Digits | Tok::Dash | Tok::Dot | Tok::Punct('(' | ')'))
        ) || date_slash(j)
        {
            j += 1;
        }
        let from = j;
        let mut newlines = 0;
        while let Some(t) = at(j) {
            match t {
                Tok::Space | Tok::Comma | Tok::Punct(';' | '/') => {}
                Tok::Newline => newlines += 1,
                _ => break,
            }
            j += 1;
        }
        if j > from && newlines <= 1 && at(j) == Some(Tok::Digits) {
            out.push((k as u32, j as u32));
        }
    }
    out
}

/// Returns true if word token `i` is one of Hush's tags: `[CARD]`,
/// `[SSN-2]`, `[CARD ending 1111]`.
///
/// Always inlined: the labels' pass asks it of every word, and the
/// readings' pass of every word of the turns it reads, and almost every
/// answer is no at the first test (no `[` before). `#[inline]` alone left
/// it a call, about 27 instructions a word with the call's own; inlined,
/// the core pass over 256 KB of realistic text went from 75.16 to 74.57
/// million instructions.
#[inline(always)]
pub(crate) fn is_tag(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(k) = i.checked_sub(1) else { return false };
    let Some([open, word]) = tokens.get(k..=i) else { return false };
    open.tok == Tok::Punct('[')
        && matches!(word.span().of(text), "CARD" | "SSN" | "CVV" | "EXPIRY")
}

/// Returns true if token `k` stands for a number redacted before: the word
/// of one of Hush's tags (`[CARD]`, see [`is_tag`]) or a mask of three
/// stars or more (`****`).
///
/// Always inlined, as [`is_tag`]: the readings' pass asks it of every
/// token of the turns it reads.
#[inline(always)]
pub(crate) fn is_redacted(text: &str, tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| match t.tok {
        Tok::Word => is_tag(text, tokens, k),
        Tok::Punct('*') => t.span().len() >= 3,
        _ => false,
    })
}

/// Whether word token `t` is a speaker's hesitation ("uh", "okay", "so",
/// "you know", "I mean"), which a recogniser writes down inside a phrase
/// ("social uh security number", "the car you know number").
///
/// Always inlined: the label phrases' matcher asks it of each word after
/// a phrase's first (about 10,000 words per 256 KB of realistic text),
/// and as a call it cost about 35 instructions a word.
#[inline(always)]
fn hesitation(text: &str, t: &Token) -> bool {
    // Every hesitation is a word of at most four letters.
    t.tok == Tok::Word
        && t.span().len() <= 4
        && (lexicon::get(t.word).is_some_and(|l| l.filler) || {
            // Compared only with the words of its length.
            let w = t.span().of(text);
            match w.len() {
                1 => w.eq_ignore_ascii_case("i"),
                2 => w.eq_ignore_ascii_case("so"),
                3 => w.eq_ignore_ascii_case("you"),
                4 => {
                    w.eq_ignore_ascii_case("know")
                        || w.eq_ignore_ascii_case("mean")
                }
                _ => false,
            }
        })
}

/// Matches the remaining words of a phrase after token `i`; returns the
/// index of its last token.
fn match_rest(
    text: &str,
    tokens: &[Token],
    i: usize,
    rest: &[&str],
) -> Option<usize> {
    let mut at = i;
    for want in rest {
        let mut j = at + 1;
        // Words of a phrase may be joined by spaces, hyphens ("v-code"),
        // full stops ("soc. sec.") or `#`, and up to two hesitations.
        // A phrase may be wrapped onto the next line ("sec\ncode 785").
        let mut breaks = 0;
        let mut hesitations = 0;
        let same = |t: &Token| match t.tok {
            Tok::Word => lexicon::get(t.word).is_some_and(|l| l.word == *want),
            Tok::Digits => t.span().of(text) == *want,
            _ => false,
        };
        loop {
            while j < tokens.len()
                && matches!(
                    tokens[j].tok,
                    Tok::Space
                        | Tok::Dash
                        | Tok::Dot
                        | Tok::Punct('#' | '/')
                        | Tok::Newline
                )
            {
                breaks += usize::from(tokens[j].tok == Tok::Newline);
                // A tab parts the cells of a row: "Phone<TAB>card_number"
                // names two columns, not the phone card's number.
                if tokens[j].tok == Tok::Space
                    && text
                        .as_bytes()
                        .get(tokens[j].span().range())
                        .is_some_and(|s| s.contains(&b'\t'))
                {
                    return None;
                }
                j += 1;
            }
            match tokens.get(j) {
                Some(t)
                    if hesitations < 2 && hesitation(text, t) && !same(t) =>
                {
                    hesitations += 1;
                    j += 1;
                }
                _ => break,
            }
        }
        if breaks > 1 {
            return None;
        }
        let t = tokens.get(j)?;
        let same = same(t);
        if !same {
            return None;
        }
        at = j;
    }
    Some(at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::token::tokenize;

    fn cats(text: &str) -> Vec<(Cat, &str)> {
        let tokens = tokenize(text);
        Labels::find(text, &tokens)
            .all()
            .iter()
            .map(|l| (l.cat, &text[l.span.range()]))
            .collect()
    }

    /// `expiry_of_other` compares a word lower-cased into 12 bytes: every
    /// word of its lists fits, in lowercase; and an expiring thing in any
    /// case, or a card between, is found.
    #[test]
    fn expiring_things_fit_the_buffer() {
        for w in EXPIRING_THINGS.iter().chain(OTHER_CARDS).chain(REQUEST_VERBS)
        {
            assert!(
                w.len() <= 12 && !w.bytes().any(|b| b.is_ascii_uppercase())
            );
        }
        let first = |text: &str| {
            let tokens = tokenize(text);
            let k = tokens.iter().rposition(|t| t.tok == Tok::Word);
            expiry_of_other(text, &tokens, k.unwrap_or(0))
        };
        assert!(first("the SUBSCRIPTION expires"));
        assert!(first("Prescription refill expires"));
        assert!(!first("the MasterCard subscription expires"));
        assert!(!first("the subscriptions expire"));
        assert!(first("AND YOUR REWARDS CARD EXPIRES"));
        assert!(first("the gift card expires"));
        assert!(!first("the card expires"));
        assert!(!first("card expires"));
        assert!(!first("my store card expires"));
        assert!(!first("for the provisional credit I need the expiration"));
        assert!(first("the provisional credit expiration"));
    }

    /// The marks read token by token are what `match_indices` finds.
    #[test]
    fn address_marks_are_every_match() {
        let alphabet: &[&str] = &[
            "w", "ww", "www.", ".", "..", "\u{2026}", ":", "://", "/", " ",
            "a", "é",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            let mut text = String::new();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            for k in 0..(state % 24) {
                let pick = (state >> (k % 48)) as usize % alphabet.len();
                text.push_str(alphabet[pick]);
            }
            let mut want: Vec<usize> = text
                .match_indices("://")
                .chain(text.match_indices("www."))
                .map(|(i, _)| i)
                .collect();
            want.sort_unstable();
            let got: Vec<usize> = super::super::token::tokenize(&text)
                .iter()
                .filter_map(|t| address_mark(text.as_bytes(), t))
                .collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    /// `other_numbers` compares words by id: the words it looks for have
    /// one, in any case.
    #[test]
    fn other_number_words_are_in_the_lexicon() {
        for w in ["number", "no", "account", "acct"] {
            assert_ne!(lexicon::lookup(w), 0, "{w}");
            assert_eq!(lexicon::lookup(w), lexicon::lookup(&w.to_uppercase()));
        }
        assert_eq!(
            cats("loan number 5512 and account 48291"),
            vec![(Cat::Other, "loan number"), (Cat::Other, "account")]
        );
    }

    /// `ending_from` walks the labels in order: they are disjoint and in
    /// text order, and it answers as `ending_at` does.
    #[test]
    fn labels_are_disjoint_and_in_order() {
        let texts = [
            "card number 4111 and the security code, exp date 04/29",
            "SSN/DOB: 123-45-6789 01/02/1990; CollectSSN9 account 5512 no 7",
            "last four of the social uh security number? cvv2 956, ex 12/30",
            "PAY_CardNum 4111111111111111 order # 123 loan number 88 acct 9",
        ];
        for text in texts {
            let tokens = tokenize(text);
            let labels = Labels::find_in(text, &tokens, &[]);
            assert!(
                labels.labels.windows(2).all(|w| w[0].last < w[1].first),
                "{text}"
            );
            let mut ending = labels.ending_from(0);
            for k in 0..tokens.len() {
                assert_eq!(ending(k), labels.ending_at(k), "{text} {k}");
            }
        }
    }

    #[test]
    fn phrases_match_on_word_boundaries() {
        assert_eq!(cats("Russian associates"), vec![]);
        assert_eq!(cats("SS# 123"), vec![(Cat::Ssn, "SS")]);
        assert_eq!(cats("soc. sec. no."), vec![(Cat::Ssn, "soc. sec")]);
        assert_eq!(cats("v-code 6174"), vec![(Cat::Cvv, "v-code")]);
        assert_eq!(cats("CVV2 956"), vec![(Cat::Cvv, "CVV2")]);
    }

    #[test]
    fn hesitations_inside_a_phrase() {
        assert_eq!(
            cats("your social uh security number"),
            vec![(Cat::Ssn, "social uh security number")]
        );
        assert_eq!(
            cats("the security you know code"),
            vec![(Cat::Cvv, "security you know code")]
        );
        // Two at most, and a phrase word is never taken for one.
        assert_eq!(cats("security uh um er code"), vec![(Cat::Cvv, "code")]);
        assert_eq!(
            cats("card okay ending in"),
            vec![(Cat::Last4, "card okay ending in")]
        );
        // The noun before "number", past them.
        let l = Labels::find(
            "the plate uh number",
            &tokenize("the plate uh number"),
        );
        assert_eq!(l.all().len(), 1);
        assert_eq!(l.all()[0].lengths, lexicon::other_lengths("plate"));
        // A bare "the number" shortly after a card's label is the card's;
        // after another label, or far after, it is no label.
        assert_eq!(
            cats(
                "what card would you like to use go ahead and read the number"
            ),
            vec![(Cat::Card, "card"), (Cat::Card, "number")]
        );
        assert_eq!(
            cats("card declined and the phone on file and the number"),
            vec![(Cat::Card, "card"), (Cat::Other, "phone")]
        );
        assert_eq!(
            cats(&format!("card {} the number", "and so ".repeat(9))),
            vec![(Cat::Card, "card")]
        );
        // "car number" is the card's, as a recogniser hears it.
        assert_eq!(
            cats("the car uh number"),
            vec![(Cat::Card, "car uh number")]
        );
    }

    #[test]
    fn longest_phrase_wins() {
        assert_eq!(
            cats("the code on the back of the card"),
            vec![(Cat::Cvv, "code on the back of the card")]
        );
        assert_eq!(
            cats("What's the serial on the back?"),
            vec![(Cat::Other, "serial on the back")]
        );
    }

    #[test]
    fn mistyped_expiry_words() {
        for w in [
            "expiery",
            "Expirey",
            "exipry",
            "experation",
            "expiraton",
            "EXPIARY",
            "expird",
            "expir",
        ] {
            assert!(near_expiry(w), "{w}");
        }
        for w in [
            "express",
            "expert",
            "expect",
            "explore",
            "empire",
            "exit",
            "excellent",
            "expose",
            "expiry",
            "extra",
            "exiles",
        ] {
            assert!(!near_expiry(w) || lexicon::lookup(w) != 0, "{w}");
        }
        assert_eq!(cats("expiery 09.27"), vec![(Cat::Expiry, "expiery")]);
        // A camel case label holds the word already: one label, not two
        // over one word (found by the layouts' property test).
        assert_eq!(cats("Agent: expiresA\0\n").len(), 1);
    }

    #[test]
    fn last_four_joins_the_label_before_it() {
        for (text, label) in [
            ("SSN last 4: 8291", "SSN last 4"),
            ("set ssn_last4 = 8291", "ssn_last4"),
            ("card (last four) 0057", "card (last four"),
        ] {
            assert_eq!(cats(text), vec![(Cat::Last4, label)], "{text}");
        }
        // Not over a word or a line.
        assert_eq!(
            cats("SSN and last 4"),
            vec![(Cat::Ssn, "SSN"), (Cat::Last4, "last 4")]
        );
    }

    #[test]
    fn last_four_absorbs_the_noun_after_it() {
        assert_eq!(
            cats("Last four of the social please."),
            vec![(Cat::Last4, "Last four"), (Cat::Last4, "social")]
        );
        assert_eq!(
            cats("What's the social on the account?"),
            vec![(Cat::Ssn, "social")]
        );
    }

    #[test]
    fn question_prefers_secrets_and_the_last_one() {
        let text = "Thank you, card ending 3241. And the expiration date?";
        let tokens = tokenize(text);
        let labels = Labels::find(text, &tokens);
        let q =
            labels.question(Span::new(0, text.len()), tokens.len()).unwrap();
        assert_eq!(q.label.cat, Cat::Expiry);
    }

    #[test]
    fn before_respects_distance_and_digits() {
        let text = "SSN on file, case 123456789";
        let tokens = tokenize(text);
        let labels = Labels::find(text, &tokens);
        let at = tokens.iter().position(|t| t.tok == Tok::Digits).unwrap();
        let l = labels.before(at, Span::new(0, text.len()), 6).unwrap();
        assert_eq!(l.cat, Cat::Other);
    }
}
