//! Tokens: the text cut into runs of one character class (digits, letters,
//! spaces, dashes...). Every later stage works on tokens, never on raw
//! bytes, so Unicode spaces, dashes and zero-width characters are handled in
//! one place.

use super::lexicon;
use crate::span::Span;

/// The class of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tok {
    /// ASCII digits `0-9`.
    Digits,
    /// Letters (any script), and digits of other scripts.
    Word,
    /// Horizontal space: ASCII space and tab, Unicode space separators,
    /// zero-width characters and soft hyphens.
    Space,
    /// Hyphen-minus and the Unicode dashes.
    Dash,
    /// One or more full stops, or an ellipsis.
    Dot,
    /// A comma.
    Comma,
    /// One line break (`\n`, `\r\n`, `\r`, U+0085, U+2028, U+2029).
    Newline,
    /// Any other single character.
    Punct(char),
}

/// A token and the bytes it covers.
///
/// Sixteen bytes, not the 24 of a [`Span`] of two `usize`s beside the
/// class and the word: the offsets are kept in 32 bits (see [`MAX_TEXT`]).
/// A text makes about one token per two bytes, and every stage reads the
/// tokens again. The core pass over 256 KB of realistic text: its peak of
/// heap 9.04 to 7.99 MB, for 74.57 to 75.20 million instructions (the
/// offsets are widened where read).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) tok: Tok,
    /// For a word in the lexicon, its id (see [`lexicon::get`]); else 0.
    pub(crate) word: u16,
    /// The offset of the first byte.
    start: u32,
    /// The offset one past the last byte.
    end: u32,
}

/// The longest text [`tokenize`] reads, in bytes: offsets of 32 bits. The
/// scanner cuts any longer text into pieces, even a JSON document (see
/// `scanner::pieces`); a longer text given to [`tokenize`] has only its
/// first [`MAX_TEXT`] bytes read, never a wrong offset.
pub(crate) const MAX_TEXT: usize = u32::MAX as usize;

impl Token {
    /// The token of class `tok` over `span` (which ends at most at
    /// [`MAX_TEXT`]), with lexicon id `word`.
    #[inline(always)]
    fn new(tok: Tok, span: Span, word: u16) -> Token {
        Token { tok, word, start: span.start as u32, end: span.end as u32 }
    }

    /// The bytes the token covers.
    #[inline(always)]
    pub(crate) fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    pub(crate) fn is_word(&self) -> bool {
        self.tok == Tok::Word
    }
}

/// Returns the class of an ASCII character.
const fn ascii_class(c: char) -> Tok {
    match c {
        '0'..='9' => Tok::Digits,
        ' ' | '\t' | '\u{b}' | '\u{c}' => Tok::Space,
        '-' => Tok::Dash,
        '.' => Tok::Dot,
        ',' => Tok::Comma,
        '\n' | '\r' => Tok::Newline,
        'a'..='z' | 'A'..='Z' => Tok::Word,
        c => Tok::Punct(c),
    }
}

/// Returns the class of one character.
fn class(c: char) -> Tok {
    match c {
        c if c.is_ascii() => ascii_class(c),
        '\u{2026}' => Tok::Dot,
        '\u{85}' | '\u{2028}' | '\u{2029}' => Tok::Newline,
        // No-break, narrow no-break, ogham, en/em/thin/hair/figure and the
        // other Unicode spaces, ideographic space.
        '\u{a0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200a}'
        | '\u{202f}'
        | '\u{205f}'
        | '\u{3000}' => Tok::Space,
        // Zero-width space, non-joiner, joiner, word joiner, BOM, soft
        // hyphen, Mongolian vowel separator: invisible, so treated as space.
        '\u{200b}'..='\u{200d}'
        | '\u{2060}'
        | '\u{feff}'
        | '\u{ad}'
        | '\u{180e}' => Tok::Space,
        // Hyphen, non-breaking hyphen, figure dash, en dash, em dash,
        // horizontal bar, minus sign, small and full-width hyphen-minus.
        '\u{2010}'..='\u{2015}'
        | '\u{2212}'
        | '\u{fe58}'
        | '\u{fe63}'
        | '\u{ff0d}'
        | '\u{2043}' => Tok::Dash,
        '\u{ff0e}' | '\u{2024}' => Tok::Dot,
        '\u{ff0c}' => Tok::Comma,
        c if c.is_alphanumeric() || in_word(c) => Tok::Word,
        c if c.is_whitespace() => Tok::Space,
        c => Tok::Punct(c),
    }
}

/// Returns true for the combining marks that are part of a word but not
/// letters to `char::is_alphanumeric`: the virama and nukta of the Indic
/// scripts ("सुरक्षा", "নিরাপত্তা" would be cut in three), the Thai tone
/// marks ("หมดอายุ" has none, "ข้อมูล" has one), the Arabic harakat and the
/// combining accents of Latin letters written decomposed ("co\u{301}digo").
pub(super) fn in_word(c: char) -> bool {
    match c {
        '\u{0300}'..='\u{036f}'
        | '\u{0610}'..='\u{061a}'
        | '\u{064b}'..='\u{065f}'
        | '\u{0670}'
        | '\u{0e31}'..='\u{0e3a}'
        | '\u{0e47}'..='\u{0e4e}' => true,
        // The dandas are full stops.
        '\u{0964}' | '\u{0965}' => false,
        '\u{0900}'..='\u{0dff}' => true,
        _ => false,
    }
}

/// The class of each ASCII byte, so the common case needs no decoding.
const ASCII: [Tok; 128] = {
    let mut t = [Tok::Punct('?'); 128];
    let mut b = 0;
    while b < 128 {
        t[b] = ascii_class(b as u8 as char);
        b += 1;
    }
    t
};

/// For each ASCII byte, the class it continues a run of, as a small
/// number: 1 digits, 2 letters, 3 spaces, 4 dashes, 5 dots, 6 `*`; 0 for a
/// byte that continues no run (see [`run_id`]).
const ASCII_RUN: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = run_id(ascii_class(b as u8 as char));
        b += 1;
    }
    t
};

/// The run number of words, in [`ASCII_RUN`].
const WORD_RUN: u8 = run_id(Tok::Word);

/// The number of the runs a token of class `tok` makes, as in
/// [`ASCII_RUN`]; 0 for classes that are one character each.
const fn run_id(tok: Tok) -> u8 {
    match tok {
        Tok::Digits => 1,
        Tok::Word => 2,
        Tok::Space => 3,
        Tok::Dash => 4,
        Tok::Dot => 5,
        Tok::Punct('*') => 6,
        _ => 0,
    }
}

/// Returns the class of the character at byte `i` and its width (a
/// space one byte wide past the end, which the caller never asks for).
///
/// Inlined, with the decoding of other characters in a function of its
/// own ([`wide_class_at`]): the tokenizer calls it for every token that is
/// one character (punctuation, commas, line breaks), and as a call it
/// cost about twelve instructions each. The core pass at 256 KB, in
/// millions of instructions: digit-lines 306.05 to 305.13, echoes 235.20
/// to 234.67, realistic 74.42 to 74.35 (spoken-run 84.64 to 84.90).
#[inline(always)]
fn class_at(text: &str, i: usize) -> (Tok, usize) {
    let b = text.as_bytes().get(i).copied().unwrap_or(b' ');
    match ASCII.get(usize::from(b)) {
        Some(&tok) => (tok, 1),
        None => wide_class_at(text, i),
    }
}

/// [`class_at`] for a character that is not ASCII.
#[inline(never)]
fn wide_class_at(text: &str, i: usize) -> (Tok, usize) {
    let c = text.get(i..).and_then(|s| s.chars().next()).unwrap_or(' ');
    (class(c), c.len_utf8())
}

/// [`ASCII_RUN`] for every byte value: [`NOT_ASCII`] for the bytes of
/// characters that are not ASCII, so that a run's bytes are read by one
/// table look-up each, which needs no bounds check (a `u8` is always
/// below 256; the `get` in [`run_end`] compiles to a plain load).
const BYTE_RUN: [u8; 256] = {
    let mut t = [NOT_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = ASCII_RUN[b];
        b += 1;
    }
    t
};

/// The entry of [`BYTE_RUN`] for a byte of a character that is not ASCII:
/// the character must be decoded to know its class.
const NOT_ASCII: u8 = u8::MAX;

/// The end of the run of class number `run` (see [`ASCII_RUN`]) that goes
/// on at byte `i`: ASCII bytes by table, others decoded. The flag is true
/// if the run holds a character that is not ASCII.
///
/// Each byte is classed by [`BYTE_RUN`], one look-up whatever the byte:
/// with [`ASCII_RUN`] (128 entries) each byte took a second bounds check
/// besides that of the text, and a run's bytes are a third of all the
/// instructions of `tokenize` (the core pass over 256 KB of realistic
/// text: 75.41 to 75.16 million instructions). Reading the run with
/// `Iterator::position` over the rest of the text cost more: most runs
/// are a byte or a few (75.41 to 76.11 million).
fn run_end(text: &str, mut i: usize, run: u8) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut wide = false;
    while let Some(&b) = bytes.get(i) {
        match BYTE_RUN.get(usize::from(b)).copied().unwrap_or(NOT_ASCII) {
            id if id == run => i += 1,
            NOT_ASCII => {
                let (next, w) = class_at(text, i);
                if run_id(next) != run {
                    break;
                }
                wide = true;
                i += w;
            }
            _ => break,
        }
    }
    (i, wide)
}

/// Cuts `text` into tokens. Digits, letters, spaces, dashes and dots merge
/// into runs; line breaks, commas and other punctuation are one token each.
/// Words found in the lexicon get its id.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let text = match super::too_long(text.len()) {
        true => {
            let mut end = MAX_TEXT;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text.get(..end).unwrap_or("")
        }
        false => text,
    };
    let bytes = text.as_bytes();
    let index = lexicon::index();
    // Prose makes about one token per 2-3 bytes (a word and a space): room
    // for one per 2 bytes spares the copies of growing (megabytes a piece).
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 2 + 1);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let start = i;
        let run = ASCII_RUN.get(usize::from(b)).copied().unwrap_or(0);
        // Words that start with an ASCII letter, each with the one space
        // after it when another such word follows: prose, "word word
        // word", without going back to the class of each token's first
        // byte. In 1 MB of realistic text a third of the tokens are one
        // space, most of them between two words (117,000 of 180,000).
        // The 1 MB pass, in millions of instructions: 264.60 to 259.14
        // (this and a test of any one space alone first, which cost more
        // than it spared: 263.38); realistic 72.55 to 71.49, spoken-run
        // 84.73 to 82.42, notes 102.62 to 101.79.
        if run == WORD_RUN {
            let mut start = start;
            loop {
                let wide;
                (i, wide) = run_end(text, start + 1, WORD_RUN);
                let word = match wide {
                    false => index.lookup_letters(bytes, start, i),
                    // "código": a word with accents, looked up without them.
                    true => {
                        text.get(start..i).map_or(0, lexicon::lookup_folded)
                    }
                };
                out.push(Token::new(Tok::Word, Span::new(start, i), word));
                let next =
                    bytes.get(i + 1).map_or(0, |&n| BYTE_RUN[usize::from(n)]);
                if bytes.get(i) != Some(&b' ') || next != WORD_RUN {
                    break;
                }
                out.push(Token::new(Tok::Space, Span::new(i, i + 1), 0));
                start = i + 1;
            }
            continue;
        }
        // An ASCII byte that starts a run of its class: the rest of the
        // run's ASCII bytes by table, without decoding (most tokens).
        if run != 0 {
            i = run_end(text, i + 1, run).0;
            let tok = ASCII[usize::from(b)];
            out.push(Token::new(tok, Span::new(start, i), 0));
            continue;
        }
        let (tok, width) = class_at(text, i);
        i += width;
        match tok {
            Tok::Newline
                if bytes.get(start) == Some(&b'\r')
                    && bytes.get(i) == Some(&b'\n') =>
            {
                i += 1;
            }
            Tok::Digits
            | Tok::Word
            | Tok::Space
            | Tok::Dash
            | Tok::Dot
            | Tok::Punct('*') => i = run_end(text, i, run_id(tok)).0,
            _ => {}
        }
        let word = if tok == Tok::Word {
            text.get(start..i).map_or(0, lexicon::lookup_folded)
        } else {
            0
        };
        out.push(Token::new(tok, Span::new(start, i), word));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classes(text: &str) -> Vec<(Tok, &str)> {
        tokenize(text)
            .into_iter()
            .map(|t| (t.tok, &text[t.span().range()]))
            .collect()
    }

    #[test]
    fn digits_words_and_separators() {
        assert_eq!(
            classes("cc# 4111-1111.22,x"),
            vec![
                (Tok::Word, "cc"),
                (Tok::Punct('#'), "#"),
                (Tok::Space, " "),
                (Tok::Digits, "4111"),
                (Tok::Dash, "-"),
                (Tok::Digits, "1111"),
                (Tok::Dot, "."),
                (Tok::Digits, "22"),
                (Tok::Comma, ","),
                (Tok::Word, "x"),
            ]
        );
    }

    #[test]
    fn unicode_spaces_dashes_and_invisibles() {
        let text = "41\u{a0}11\u{2013}22\u{200b}33\u{ad}44\u{3000}55";
        let toks: Vec<Tok> =
            tokenize(text).into_iter().map(|t| t.tok).collect();
        assert_eq!(
            toks,
            vec![
                Tok::Digits,
                Tok::Space,
                Tok::Digits,
                Tok::Dash,
                Tok::Digits,
                Tok::Space,
                Tok::Digits,
                Tok::Space,
                Tok::Digits,
                Tok::Space,
                Tok::Digits,
            ]
        );
    }

    #[test]
    fn crlf_is_one_newline() {
        assert_eq!(
            classes("1\r\n\r2\n"),
            vec![
                (Tok::Digits, "1"),
                (Tok::Newline, "\r\n"),
                (Tok::Newline, "\r"),
                (Tok::Digits, "2"),
                (Tok::Newline, "\n"),
            ]
        );
    }

    /// The runs as the class of each character alone says, a character at
    /// a time: what `tokenize` must give, however it reads the bytes.
    fn reference(text: &str) -> Vec<(Tok, Span)> {
        let mut out: Vec<(Tok, Span)> = Vec::new();
        for (i, c) in text.char_indices() {
            let tok = class(c);
            let end = i + c.len_utf8();
            let merges =
                run_id(tok) != 0 || (c == '\n' && text[..i].ends_with('\r'));
            match out.last_mut() {
                Some((last, span))
                    if merges && *last == tok && span.end == i =>
                {
                    span.end = end;
                }
                _ => out.push((tok, Span::new(i, end))),
            }
        }
        out
    }

    #[test]
    fn runs_are_those_of_each_character_alone() {
        let pieces = [
            "4",
            "1",
            "a",
            "Z",
            "é",
            "٤",
            " ",
            "\t",
            "\u{a0}",
            "\u{200b}",
            "-",
            "\u{2013}",
            ".",
            "\u{2026}",
            ",",
            "\n",
            "\r",
            "*",
            "#",
            "?",
            "x",
            " ",
            " ",
            "card",
            "CVV",
            "Expiry",
            "the",
            "\r\n",
            "০",
            "\u{200d}",
            "\u{301}",
            "código",
            "Numero",
            "abcdefghijklmnopqrstuvwxyz",
            "securitycode",
            "ß",
            "\u{3000}",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..12 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            let tokens = tokenize(&text);
            let got: Vec<(Tok, Span)> =
                tokens.iter().map(|t| (t.tok, t.span())).collect();
            assert_eq!(got, reference(&text), "{text:?}");
            // A word has the id of its lookup alone, however it was read.
            for t in &tokens {
                let want = match t.tok {
                    Tok::Word => lexicon::lookup(&text[t.span().range()]),
                    _ => 0,
                };
                assert_eq!(t.word, want, "{text:?}");
            }
        }
    }

    #[test]
    fn other_scripts_are_words() {
        assert_eq!(classes("é٤x"), vec![(Tok::Word, "é٤x")]);
        // Combining marks stay in their word.
        for w in ["सुरक्षा", "নিরাপত্তা", "ข้อมูล", "co\u{301}digo", "رَمْز"]
        {
            assert_eq!(classes(w), vec![(Tok::Word, w)]);
        }
        assert_eq!(classes("कोड।")[1], (Tok::Punct('।'), "।"));
    }
}
