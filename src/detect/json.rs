//! A tolerant JSON reader for transcript exports: one pass, no recursion,
//! no copy of the text, never a panic.
//!
//! [`parse`] reads a text made of one JSON value or several one after
//! another (JSON lines, concatenated objects) into a flat *tape*: one
//! [`Node`] per value and per object key, in document order, each container
//! followed by its members and knowing where its subtree ends. Strings are
//! not decoded here; [`chars`] decodes one when it is needed.
//!
//! It is tolerant where exporters are sloppy (raw control characters inside
//! strings, leading zeros, a byte order mark) and strict where the grammar
//! decides what is a string and what is syntax: an unterminated string, a
//! bad escape, a missing comma or colon, or nesting deeper than
//! [`MAX_DEPTH`] make the whole text "not JSON" (`None`), and the caller
//! reads it as plain text.

use crate::span::Span;

/// How deep containers may nest. Transcript exports nest five or six
/// levels; this bounds the stack whatever the input.
pub(crate) const MAX_DEPTH: usize = 128;

/// What a node is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Object,
    Array,
    /// A string: a value or an object key.
    Str,
    Number,
    /// `true`, `false` or `null`.
    Literal,
}

/// One value or key of the tape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Node {
    pub(crate) kind: Kind,
    /// For a string, its content between the quotes (escapes not
    /// decoded); for a container, from its opening bracket to just after
    /// its closing one; else the literal or number.
    pub(crate) start: u32,
    pub(crate) end: u32,
    /// The index of the first node after this one and its members.
    pub(crate) next: u32,
    /// For a string, true if its content holds a backslash escape.
    pub(crate) escaped: bool,
    /// Set by the reader of the tape once the value has been used.
    pub(crate) used: bool,
}

impl Node {
    /// The bytes of the node (see [`Node::start`]).
    pub(crate) fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
}

/// Returns true if `text` starts like a JSON document: white space, then
/// `{`, or `[` and the start of a JSON value or `]`. A transcript that
/// starts with a cue time or a bracketed speaker (`[00:00:01] Agent:`,
/// `[8:23 PM]`, `[Agent]`) is not one: it is read in pieces like any text,
/// not held whole.
pub(crate) fn looks_like_json(text: &str) -> bool {
    let t = text.strip_prefix('\u{feff}').unwrap_or(text);
    let b = t.as_bytes();
    let mut i = skip_ws(b, 0);
    match b.get(i) {
        Some(b'{') => true,
        Some(b'[') => {
            i = skip_ws(b, i + 1);
            match b.get(i) {
                None | Some(b'{' | b'[' | b'"' | b']') => true,
                Some(b't') => b.get(i..i + 4) == Some(b"true"),
                Some(b'f') => b.get(i..i + 5) == Some(b"false"),
                Some(b'n') => b.get(i..i + 4) == Some(b"null"),
                Some(b'-' | b'0'..=b'9') => {
                    let end = skip_ws(b, number_end(b, i));
                    matches!(b.get(end), Some(b',' | b']') | None)
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// The index of the first byte from `i` on that is not JSON white space.
fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while matches!(b.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i += 1;
    }
    i
}

/// Where the JSON number that starts at `i` ends: `i` itself if none does
/// (`00`, a digit after a leading zero, is no number).
fn number_end(b: &[u8], start: usize) -> usize {
    let digits = |mut i: usize| {
        let from = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        (i > from).then_some(i)
    };
    let mut i = start;
    if b.get(i) == Some(&b'-') {
        i += 1;
    }
    i = match b.get(i) {
        Some(b'0') if !b.get(i + 1).is_some_and(u8::is_ascii_digit) => i + 1,
        Some(b'1'..=b'9') => digits(i).unwrap_or(i),
        _ => return start,
    };
    if b.get(i) == Some(&b'.') {
        let Some(j) = digits(i + 1) else { return start };
        i = j;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let Some(k) = digits(j) else { return start };
        i = k;
    }
    i
}

/// Reads `text` as one or more JSON values separated by white space, or by
/// a comma (values copied out of an array).
/// Returns `None` if it is not JSON, or longer than `u32::MAX` bytes.
pub(crate) fn parse(text: &str) -> Option<Vec<Node>> {
    u32::try_from(text.len()).ok()?;
    let mut r = Reader { b: text.as_bytes(), i: 0, tape: Vec::new() };
    if text.starts_with('\u{feff}') {
        r.i = 3;
    }
    r.ws();
    if r.i == r.b.len() {
        return None;
    }
    while r.i < r.b.len() {
        r.value()?;
        r.ws();
        // Values copied out of an array ("{...},{...}", "{...},\n"): a
        // comma between two values, or after the last, is read as white
        // space is.
        if r.b.get(r.i) == Some(&b',') {
            r.i += 1;
            r.ws();
        }
    }
    Some(r.tape)
}

struct Reader<'a> {
    b: &'a [u8],
    i: usize,
    tape: Vec<Node>,
}

/// What the reader expects next inside the innermost open container.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// A value (at the top level, after `[`, `,` or `:`).
    Value,
    /// After `{`: a key or `}`.
    FirstKey,
    /// After a value in a container: `,` or the closing bracket.
    Comma,
    /// After `,` in an object: a key.
    Key,
    /// After `[`: a value or `]`.
    FirstValue,
}

impl Reader<'_> {
    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.b.get(self.i) {
            self.i += 1;
        }
    }

    fn push(&mut self, kind: Kind, start: usize, end: usize) -> usize {
        let k = self.tape.len();
        self.tape.push(Node {
            kind,
            start: start as u32,
            end: end as u32,
            next: k as u32 + 1,
            escaped: false,
            used: false,
        });
        k
    }

    /// Reads one top-level value and everything inside it, with an explicit
    /// stack of the open containers.
    fn value(&mut self) -> Option<()> {
        let mut stack: Vec<usize> = Vec::new();
        let mut expect = Expect::Value;
        loop {
            self.ws();
            let b = *self.b.get(self.i)?;
            match expect {
                Expect::Comma => {
                    let top = *stack.last()?;
                    let close = match self.tape[top].kind {
                        Kind::Object => b'}',
                        _ => b']',
                    };
                    self.i += 1;
                    if b == b',' {
                        expect = if close == b'}' {
                            Expect::Key
                        } else {
                            Expect::Value
                        };
                        continue;
                    }
                    if b != close {
                        return None;
                    }
                    self.close(&mut stack);
                    if stack.is_empty() {
                        return Some(());
                    }
                    continue;
                }
                Expect::FirstKey | Expect::Key => {
                    if b == b'}' && expect == Expect::FirstKey {
                        self.i += 1;
                        self.close(&mut stack);
                        if stack.is_empty() {
                            return Some(());
                        }
                        expect = Expect::Comma;
                        continue;
                    }
                    if b != b'"' {
                        return None;
                    }
                    self.string()?;
                    self.ws();
                    if self.b.get(self.i) != Some(&b':') {
                        return None;
                    }
                    self.i += 1;
                    expect = Expect::Value;
                    continue;
                }
                Expect::FirstValue if b == b']' => {
                    self.i += 1;
                    self.close(&mut stack);
                    if stack.is_empty() {
                        return Some(());
                    }
                    expect = Expect::Comma;
                    continue;
                }
                Expect::Value | Expect::FirstValue => {}
            }
            // A value starts here.
            match b {
                b'{' | b'[' => {
                    if stack.len() >= MAX_DEPTH {
                        return None;
                    }
                    let kind =
                        if b == b'{' { Kind::Object } else { Kind::Array };
                    let k = self.push(kind, self.i, self.i + 1);
                    stack.push(k);
                    self.i += 1;
                    expect = if b == b'{' {
                        Expect::FirstKey
                    } else {
                        Expect::FirstValue
                    };
                    continue;
                }
                b'"' => self.string()?,
                b'-' | b'0'..=b'9' => self.number()?,
                b't' => self.literal(b"true")?,
                b'f' => self.literal(b"false")?,
                b'n' => self.literal(b"null")?,
                _ => return None,
            }
            if stack.is_empty() {
                return Some(());
            }
            expect = Expect::Comma;
        }
    }

    /// Closes the innermost container; the bracket was just consumed.
    fn close(&mut self, stack: &mut Vec<usize>) {
        if let Some(k) = stack.pop() {
            let next = self.tape.len() as u32;
            let node = &mut self.tape[k];
            node.end = self.i as u32;
            node.next = next;
        }
    }

    /// Reads a string starting at the opening quote at `self.i`.
    fn string(&mut self) -> Option<()> {
        let start = self.i + 1;
        let mut i = start;
        let mut escaped = false;
        loop {
            match *self.b.get(i)? {
                b'"' => break,
                b'\\' => {
                    escaped = true;
                    match *self.b.get(i + 1)? {
                        b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r'
                        | b't' => i += 2,
                        b'u' => {
                            let hex = self.b.get(i + 2..i + 6)?;
                            if !hex.iter().all(u8::is_ascii_hexdigit) {
                                return None;
                            }
                            i += 6;
                        }
                        _ => return None,
                    }
                }
                _ => i += 1,
            }
        }
        let k = self.push(Kind::Str, start, i);
        self.tape[k].escaped = escaped;
        self.i = i + 1;
        Some(())
    }

    /// Reads a number: `-`, digits, an optional fraction and exponent.
    fn number(&mut self) -> Option<()> {
        let start = self.i;
        let mut i = self.i;
        let digits = |i: &mut usize, b: &[u8]| -> bool {
            let s = *i;
            while b.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            *i > s
        };
        if self.b[i] == b'-' {
            i += 1;
        }
        if !digits(&mut i, self.b) {
            return None;
        }
        if self.b.get(i) == Some(&b'.') {
            i += 1;
            if !digits(&mut i, self.b) {
                return None;
            }
        }
        if matches!(self.b.get(i), Some(b'e' | b'E')) {
            i += 1;
            if matches!(self.b.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            if !digits(&mut i, self.b) {
                return None;
            }
        }
        self.end_of_scalar(i)?;
        self.push(Kind::Number, start, i);
        self.i = i;
        Some(())
    }

    fn literal(&mut self, word: &[u8]) -> Option<()> {
        let end = self.i + word.len();
        if self.b.get(self.i..end)? != word {
            return None;
        }
        self.end_of_scalar(end)?;
        self.push(Kind::Literal, self.i, end);
        self.i = end;
        Some(())
    }

    /// A number or literal must be followed by white space, punctuation or
    /// the end: `4111 1111` is two values, `12ab` is not JSON.
    fn end_of_scalar(&self, i: usize) -> Option<()> {
        match self.b.get(i) {
            None | Some(b' ' | b'\t' | b'\n' | b'\r' | b',' | b']' | b'}') => {
                Some(())
            }
            _ => None,
        }
    }
}

/// One character of a JSON string's content and where it is: the bytes of
/// the character itself or of the escape that stands for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Char {
    pub(crate) c: char,
    pub(crate) span: Span,
    /// True if it was written as an escape (`\n`, `\u00e9`).
    pub(crate) escape: bool,
}

/// Decodes the content of a string node: `raw` is the text between the
/// quotes and `at` its offset in the document. Escapes give one character
/// each (a surrogate pair `\ud83d\ude00` one character over 12 bytes); a
/// lone surrogate gives U+FFFD.
pub(crate) fn chars(raw: &str, at: usize) -> impl Iterator<Item = Char> + '_ {
    let b = raw.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        let c = raw.get(i..)?.chars().next()?;
        let start = i;
        if c != '\\' {
            i += c.len_utf8();
            return Some(Char {
                c,
                span: Span::new(at + start, at + i),
                escape: false,
            });
        }
        let e = *b.get(i + 1)?;
        let c = match e {
            b'u' => {
                let hi = hex4(b.get(i + 2..i + 6)?)?;
                i += 6;
                if (0xd800..0xdc00).contains(&hi)
                    && b.get(i) == Some(&b'\\')
                    && b.get(i + 1) == Some(&b'u')
                {
                    match b.get(i + 2..i + 6).and_then(hex4) {
                        Some(lo) if (0xdc00..0xe000).contains(&lo) => {
                            i += 6;
                            let c = 0x10000
                                + ((hi - 0xd800) << 10)
                                + (lo - 0xdc00);
                            char::from_u32(c).unwrap_or('\u{fffd}')
                        }
                        _ => '\u{fffd}',
                    }
                } else {
                    char::from_u32(hi).unwrap_or('\u{fffd}')
                }
            }
            _ => {
                i += 2;
                match e {
                    b'n' => '\n',
                    b't' => '\t',
                    b'r' => '\r',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    // `\"`, `\\`, `\/`; the reader refused anything else.
                    other => char::from(other),
                }
            }
        };
        Some(Char { c, span: Span::new(at + start, at + i), escape: true })
    })
}

fn hex4(h: &[u8]) -> Option<u32> {
    let s = std::str::from_utf8(h).ok()?;
    u32::from_str_radix(s, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Option<Vec<Kind>> {
        Some(parse(text)?.iter().map(|n| n.kind).collect())
    }

    fn decode(raw: &str) -> String {
        chars(raw, 0).map(|c| c.c).collect()
    }

    #[test]
    fn reads_objects_arrays_and_scalars() {
        let text = r#"{"a": [1, -2.5e3, "x", true, null], "b": {}}"#;
        let tape = parse(text).unwrap();
        use Kind::*;
        assert_eq!(
            tape.iter().map(|n| n.kind).collect::<Vec<_>>(),
            [
                Object, Str, Array, Number, Number, Str, Literal, Literal,
                Str, Object
            ]
        );
        // The object's subtree is the whole tape; the array's ends at "b".
        assert_eq!(tape[0].next, 10);
        assert_eq!(tape[2].next, 8);
        assert_eq!(&text[tape[1].span().range()], "a");
        assert_eq!(
            &text[tape[2].span().range()],
            r#"[1, -2.5e3, "x", true, null]"#
        );
        assert_eq!(&text[tape[4].span().range()], "-2.5e3");
        assert_eq!(tape[9].next, 10);
    }

    #[test]
    fn reads_several_values_one_after_another() {
        let text = "{\"a\": 1}\n{\"a\": 2}\r\n[3]  \n";
        assert_eq!(kinds(text).unwrap().len(), 8);
        assert_eq!(kinds("\u{feff} [1]").unwrap().len(), 2);
        // Copied out of an array: a comma between values, or after the
        // last; two commas are no JSON.
        let copied = "{\"a\": 1},{\"a\": 2},\n[3],";
        assert_eq!(kinds(copied).unwrap().len(), 8);
        assert_eq!(parse("{\"a\": 1},,{\"a\": 2}"), None);
        assert_eq!(parse("{\"a\": 1}, x"), None);
    }

    #[test]
    fn refuses_what_is_not_json() {
        for bad in [
            "",
            "   ",
            "{",
            "[1,",
            "{\"a\" 1}",
            "{\"a\": 1,}",
            "[1 2]",
            "{\"a\": 1 \"b\": 2}",
            "[\"unterminated]",
            "[\"bad \\x escape\"]",
            "[\"short \\u12\"]",
            "[tru]",
            "[12ab]",
            "[-]",
            "[1.]",
            "[1e]",
            "{1: 2}",
            "[1]]",
            "[}",
            "{]",
            "Agent: hello",
            "[1] trailing words",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn tolerates_sloppy_exporters() {
        // Raw control characters in strings and leading zeros.
        assert!(parse("[\"a\tb\nc\", 007]").is_some());
    }

    #[test]
    fn nesting_is_bounded() {
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_some());
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert_eq!(parse(&deep), None);
        // Far deeper than any stack would allow with recursion.
        let abyss = "[".repeat(1_000_000);
        assert_eq!(parse(&abyss), None);
    }

    #[test]
    fn escapes_are_decoded_and_mapped_to_whole_sequences() {
        assert_eq!(
            decode(r#"a\"b\\c\/d\n\t\r\b\f"#),
            "a\"b\\c/d\n\t\r\u{8}\u{c}"
        );
        assert_eq!(decode(r"caf\u00e9 \uFF14"), "café ４");
        assert_eq!(decode(r"\ud83d\ude00!"), "😀!");
        // Lone surrogates become U+FFFD, never a panic.
        assert_eq!(
            decode(r"\ud83d x \ude00 \ud83d\u0041"),
            "\u{fffd} x \u{fffd} \u{fffd}A"
        );
        let cs: Vec<Char> = chars(r"4\u0031\ud83d\ude00", 10).collect();
        assert_eq!(cs[0].span, Span::new(10, 11));
        assert!(!cs[0].escape);
        assert_eq!((cs[1].c, cs[1].span), ('1', Span::new(11, 17)));
        assert_eq!((cs[2].c, cs[2].span), ('😀', Span::new(17, 29)));
    }

    #[test]
    fn looks_like_json_only_from_an_opening_bracket() {
        assert!(looks_like_json("  \n{\"a\":1}"));
        assert!(looks_like_json("\u{feff}[1]"));
        assert!(!looks_like_json("Agent: {json}"));
        assert!(!looks_like_json("\"a string\""));
        assert!(!looks_like_json("4111"));
        assert!(!looks_like_json(""));
        assert!(looks_like_json("[ -12.5e3 , 2]"));
        assert!(looks_like_json("[0]"));
        assert!(looks_like_json("[]"));
        assert!(looks_like_json("[\n  {\"role\": \"agent\"}]"));
        assert!(looks_like_json("[true, null]"));
    }

    #[test]
    fn a_transcript_in_brackets_is_no_json() {
        assert!(!looks_like_json("[00:00:01] Agent: card number?"));
        assert!(!looks_like_json("[8:23 PM] Sam: hi"));
        assert!(!looks_like_json("[Agent] hello"));
        assert!(!looks_like_json("[12/01/2026, 8:23] Sam: hi"));
        assert!(!looks_like_json("[1.] first"));
        assert!(!looks_like_json("[tr] x"));
    }
}
