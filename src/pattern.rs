//! Custom patterns and allow rules: the regular expressions an organisation
//! writes into its policy.
//!
//! A **custom pattern** is something to hide besides the built-in kinds: a
//! name (`member_id`), a label shown in the redacted text (`[MEMBER-ID]`)
//! and a regex (`MBR-[0-9]{8}`). An **allow rule** is text that is never
//! redacted, whatever found it: the company's support line, a test card
//! used in training.
//!
//! Regexes are compiled with the `regex` crate, whose search time is linear
//! in the text whatever the pattern, so no pattern a person writes can hang
//! the page. On top of that, Hush bounds what a pattern may cost:
//!
//! * at most [`MAX_REGEX_LEN`] bytes of regex, nesting at most
//!   [`NEST_LIMIT`] deep, compiled to at most [`SIZE_LIMIT`] bytes;
//! * `\d`, `\w`, `\s` and `\b` (and `\D`, `\W`, `\S`, `\B`, `\b{start}`...)
//!   mean their ASCII forms, as if written `(?-u:\d)`: identifiers are
//!   ASCII, digits in other scripts are not found anywhere in Hush, and a
//!   Unicode `\b` makes the regex engine about 40 times slower on text with
//!   any non-ASCII letter;
//! * Unicode classes (`\p{L}`, `\pN`) are refused, with a hint to write the
//!   characters (`[A-Za-z]`) instead. `.`, `(?i)` and literal non-ASCII
//!   characters work as usual.
//!
//! Errors name the position inside the regex (see [`Error`]).

use std::fmt;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use regex::{Regex, RegexBuilder};
use regex_syntax::ast::{self, Ast, ClassSet, ClassSetItem};

use crate::error::{Error, ErrorKind};
use crate::finding::{Finding, Kind, Names, key_of};

/// The longest regex accepted, in bytes.
pub const MAX_REGEX_LEN: usize = 1000;
/// The deepest nesting of groups, classes and repetitions accepted.
pub const NEST_LIMIT: u32 = 32;
/// The most memory one compiled regex may take, in bytes.
pub const SIZE_LIMIT: usize = 1 << 20;
/// The most memory the lazy DFA of one regex may cache, in bytes.
const DFA_SIZE_LIMIT: usize = 256 << 10;
/// The longest name, label or noun of a pattern, in characters.
pub const MAX_NAME_LEN: usize = 40;

/// A custom pattern: something an organisation hides besides the built-in
/// kinds, with the label its findings show.
///
/// ```
/// use hush::{redact, scan, Pattern, Policy, Style};
///
/// let mut policy = Policy::default();
/// policy.patterns.push(Pattern::new("member_id", r"\bMBR-\d{8}\b")?);
/// let text = "Member MBR-20240117 called about card 4111 1111 1111 1111";
/// let findings = scan(text, &policy);
/// assert_eq!(
///     redact(text, &findings, Style::Label),
///     "Member [MEMBER-ID] called about card [CARD]",
/// );
/// assert_eq!(findings[0].noun(), "member ID");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct Pattern {
    names: Arc<Names>,
    source: String,
    regex: Regex,
}

impl Pattern {
    /// Compiles a pattern named `name` (ASCII letters, digits, `_` and `-`,
    /// starting with a letter, such as `member_id`). Its label is the name
    /// in capitals with `-` for `_` (`MEMBER-ID`); its noun is the name
    /// with spaces for `_` and `-`, with `id` written `ID` ("member ID"),
    /// and its plural the noun with an `s`.
    ///
    /// Fails when the name is not valid, the regex does not parse, uses a
    /// Unicode class, is too big, or matches empty text.
    pub fn new(name: &str, regex: &str) -> Result<Pattern, Error> {
        check_name(name)?;
        let subject = format!("pattern '{name}'");
        let compiled = compile(regex, true).map_err(|e| e.about(&subject))?;
        let noun = noun_of(name);
        let names = Names {
            name: name.to_string(),
            label: name.replace('_', "-").to_ascii_uppercase(),
            plural: format!("{noun}s"),
            noun,
        };
        Ok(Pattern {
            names: Arc::new(names),
            source: regex.to_string(),
            regex: compiled,
        })
    }

    /// Returns the pattern with another label (shown as `[LABEL]`): 1 to
    /// 40 characters, no brackets or control characters, and not the label
    /// of a built-in kind (`CARD`, `SSN`, `CVV`, `EXPIRY`, `REDACTED`).
    pub fn with_label(mut self, label: &str) -> Result<Pattern, Error> {
        check_words(label, "label")
            .map_err(|e| e.about(format!("pattern '{}'", self.name())))?;
        let reserved = Kind::ALL
            .iter()
            .chain(&[Kind::Custom, Kind::Manual])
            .any(|k| k.tag().eq_ignore_ascii_case(label.trim()));
        if reserved {
            return Err(Error::name(
                label,
                format!(
                    "the label '{label}' is a built-in kind's; choose another"
                ),
            )
            .about(format!("pattern '{}'", self.name())));
        }
        Arc::make_mut(&mut self.names).label = label.trim().to_string();
        Ok(self)
    }

    /// Returns the pattern with other nouns for summaries ("member ID",
    /// "member IDs"); without `plural`, the noun with an `s`.
    pub fn with_noun(
        mut self,
        noun: &str,
        plural: Option<&str>,
    ) -> Result<Pattern, Error> {
        let subject = format!("pattern '{}'", self.name());
        check_words(noun, "noun").map_err(|e| e.about(&subject))?;
        let plural = match plural {
            Some(p) => {
                check_words(p, "plural").map_err(|e| e.about(&subject))?;
                p.trim().to_string()
            }
            None => format!("{}s", noun.trim()),
        };
        let names = Arc::make_mut(&mut self.names);
        names.noun = noun.trim().to_string();
        names.plural = plural;
        Ok(self)
    }

    /// The name, such as `member_id`.
    pub fn name(&self) -> &str {
        &self.names.name
    }

    /// The label its findings show, such as `MEMBER-ID`.
    pub fn label(&self) -> &str {
        &self.names.label
    }

    /// What a match is, for people: "member ID".
    pub fn noun(&self) -> &str {
        &self.names.noun
    }

    /// The plural of [`Pattern::noun`].
    pub fn plural(&self) -> &str {
        &self.names.plural
    }

    /// The regex as written.
    pub fn regex(&self) -> &str {
        &self.source
    }

    pub(crate) fn names(&self) -> &Arc<Names> {
        &self.names
    }

    pub(crate) fn compiled(&self) -> &Regex {
        &self.regex
    }
}

impl fmt::Debug for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pattern")
            .field("name", &self.names.name)
            .field("label", &self.names.label)
            .field("regex", &self.source)
            .finish()
    }
}

impl PartialEq for Pattern {
    fn eq(&self, other: &Pattern) -> bool {
        self.names == other.names && self.source == other.source
    }
}

impl Eq for Pattern {}

impl Hash for Pattern {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.names.hash(state);
        self.source.hash(state);
    }
}

/// An allow rule: text that is never redacted, whatever found it.
///
/// A rule is tested against the **text of a finding**: the text of its
/// parts joined by one space (for a finding in one piece, exactly the text
/// it covers). An [`exact`](Allow::exact) rule allows a finding whose text
/// equals it; a [`regex`](Allow::regex) rule one whose whole text it
/// matches (as if written `\A(?:regex)\z`); a [`digits`](Allow::digits)
/// rule one whose value has exactly these digits, however it was written
/// or spoken (for custom findings, the ASCII digits of its text).
///
/// ```
/// use hush::{scan, Allow, Policy};
///
/// let mut policy = Policy::default();
/// policy.allow.push(Allow::digits("4111 1111 1111 1111")?);
/// let text = "training card 4111-1111-1111-1111, real 5555 5555 5555 4444";
/// let findings = scan(text, &policy);
/// assert_eq!(findings.len(), 1);
/// assert_eq!(&text[findings[0].span().range()], "5555 5555 5555 4444");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct Allow(Rule);

#[derive(Clone)]
enum Rule {
    Exact(String),
    Regex { source: String, regex: Regex },
    Digits(String),
}

impl Allow {
    /// A rule allowing findings whose text is exactly `text` (compared
    /// byte for byte, case included).
    pub fn exact(text: &str) -> Result<Allow, Error> {
        if text.is_empty() {
            return Err(Error::policy(
                "the exact text is empty; write the text to allow",
            ));
        }
        if text.len() > MAX_REGEX_LEN {
            return Err(Error::policy(format!(
                "the exact text is {} bytes long; the limit is {MAX_REGEX_LEN}",
                text.len()
            )));
        }
        Ok(Allow(Rule::Exact(text.to_string())))
    }

    /// A rule allowing findings whose whole text `regex` matches.
    pub fn regex(regex: &str) -> Result<Allow, Error> {
        let compiled = compile(regex, false)?;
        Ok(Allow(Rule::Regex { source: regex.to_string(), regex: compiled }))
    }

    /// A rule allowing findings whose value has exactly these digits:
    /// `digits` may group them with spaces, dashes, dots or slashes
    /// (`4111 1111 1111 1111`).
    pub fn digits(digits: &str) -> Result<Allow, Error> {
        let mut value = String::new();
        for c in digits.chars() {
            match c {
                '0'..='9' => value.push(c),
                ' ' | '-' | '.' | '/' => {}
                _ => {
                    return Err(Error::policy(format!(
                        "digits may hold only 0-9, spaces, dashes, dots and slashes, not '{c}'"
                    )));
                }
            }
        }
        if value.is_empty() || value.len() > 32 {
            return Err(Error::policy(
                "digits must hold 1 to 32 digits, such as \"4111 1111 1111 1111\"",
            ));
        }
        Ok(Allow(Rule::Digits(value)))
    }

    /// What the rule is: `exact`, `regex` or `digits`.
    pub fn rule(&self) -> &'static str {
        match self.0 {
            Rule::Exact(_) => "exact",
            Rule::Regex { .. } => "regex",
            Rule::Digits(_) => "digits",
        }
    }

    /// The rule as written: the exact text, the regex, or the digits
    /// (without separators).
    pub fn value(&self) -> &str {
        match &self.0 {
            Rule::Exact(s) | Rule::Digits(s) => s,
            Rule::Regex { source, .. } => source,
        }
    }

    /// Returns true if this rule allows `finding`, found in `text`.
    pub fn allows(&self, text: &str, finding: &Finding) -> bool {
        match &self.0 {
            Rule::Exact(s) => finding_text(text, finding) == *s,
            Rule::Regex { regex, .. } => {
                regex.is_match(&finding_text(text, finding))
            }
            Rule::Digits(d) => {
                if finding.kind().is_builtin() {
                    finding.key() == key_of(finding.kind(), d.as_bytes())
                } else {
                    let t = finding_text(text, finding);
                    t.bytes()
                        .filter(u8::is_ascii_digit)
                        .eq(d.as_bytes().iter().copied())
                }
            }
        }
    }
}

impl fmt::Debug for Allow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Allow::{}({:?})", self.rule(), self.value())
    }
}

impl PartialEq for Allow {
    fn eq(&self, other: &Allow) -> bool {
        self.rule() == other.rule() && self.value() == other.value()
    }
}

impl Eq for Allow {}

impl Hash for Allow {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.rule().hash(state);
        self.value().hash(state);
    }
}

/// The text of a finding as allow rules see it: its parts joined by one
/// space. Parts outside the text or off char boundaries are skipped.
fn finding_text<'t>(
    text: &'t str,
    finding: &Finding,
) -> std::borrow::Cow<'t, str> {
    match finding.parts() {
        [one] => text.get(one.range()).unwrap_or_default().into(),
        parts => parts
            .iter()
            .filter_map(|p| text.get(p.range()))
            .collect::<Vec<_>>()
            .join(" ")
            .into(),
    }
}

/// Checks a pattern name: `[A-Za-z][A-Za-z0-9_-]*`, at most 40 bytes, not
/// the name of a built-in kind.
fn check_name(name: &str) -> Result<(), Error> {
    let ok = name.len() <= MAX_NAME_LEN
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if !ok {
        return Err(Error::name(
            name,
            format!(
                "the pattern name '{name}' is not valid; use 1 to {MAX_NAME_LEN} ASCII letters, digits, '_' or '-', starting with a letter (such as member_id)"
            ),
        ));
    }
    let reserved = Kind::ALL
        .iter()
        .chain(&[Kind::Custom, Kind::Manual])
        .any(|k| k.name().eq_ignore_ascii_case(name));
    if reserved {
        return Err(Error::name(
            name,
            format!(
                "the pattern name '{name}' is a built-in kind's; choose another"
            ),
        ));
    }
    Ok(())
}

/// Checks a label or noun: 1 to 40 characters, no brackets, no control
/// characters.
fn check_words(words: &str, what: &str) -> Result<(), Error> {
    let w = words.trim();
    let ok = !w.is_empty()
        && w.chars().count() <= MAX_NAME_LEN
        && !w.chars().any(|c| c.is_control() || c == '[' || c == ']');
    if ok {
        Ok(())
    } else {
        Err(Error::name(
            words,
            format!(
                "the {what} is not valid; use 1 to {MAX_NAME_LEN} characters, without brackets"
            ),
        ))
    }
}

/// "member_id" → "member ID".
fn noun_of(name: &str) -> String {
    name.split(['_', '-'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.eq_ignore_ascii_case("id") {
                "ID".to_string()
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Compiles `source` with Hush's limits and ASCII classes. `custom` is
/// true for custom patterns, which may not match empty text; allow rules
/// are anchored at both ends.
fn compile(source: &str, custom: bool) -> Result<Regex, Error> {
    if source.len() > MAX_REGEX_LEN {
        return Err(Error::regex(
            ErrorKind::RegexTooBig,
            source,
            format!(
                "the regex is {} bytes long; the limit is {MAX_REGEX_LEN}",
                source.len()
            ),
        ));
    }
    if source.trim().is_empty() {
        return Err(Error::regex(
            ErrorKind::InvalidRegex,
            source,
            "the regex is empty; write what to match",
        ));
    }
    let mut ast = ast::parse::ParserBuilder::new()
        .nest_limit(NEST_LIMIT)
        .build()
        .parse(source)
        .map_err(|e| {
            let kind = match e.kind() {
                ast::ErrorKind::NestLimitExceeded(_) => ErrorKind::RegexTooBig,
                _ => ErrorKind::InvalidRegex,
            };
            let at = e.span().start;
            Error::regex(kind, source, e.kind().to_string())
                .at_in_regex(at.line, at.column)
        })?;
    to_ascii(&mut ast).map_err(|span| unicode_class(source, span))?;
    let hir = regex_syntax::hir::translate::TranslatorBuilder::new()
        .build()
        .translate(source, &ast)
        .map_err(|e| {
            let at = e.span().start;
            Error::regex(ErrorKind::InvalidRegex, source, e.kind().to_string())
                .at_in_regex(at.line, at.column)
        })?;
    if custom && hir.properties().minimum_len() == Some(0) {
        return Err(Error::regex(
            ErrorKind::InvalidRegex,
            source,
            "the regex matches empty text; make it match at least one character (+ rather than *)",
        ));
    }
    let mut printed = String::new();
    ast::print::Printer::new().print(&ast, &mut printed).map_err(|_| {
        Error::regex(
            ErrorKind::InvalidRegex,
            source,
            "the regex cannot be compiled",
        )
    })?;
    if !custom {
        printed = format!(r"\A(?:{printed})\z");
    }
    RegexBuilder::new(&printed)
        .size_limit(SIZE_LIMIT)
        .dfa_size_limit(DFA_SIZE_LIMIT)
        // Room for the groups added around word boundaries and the anchors.
        .nest_limit(NEST_LIMIT + 4)
        .build()
        .map_err(|e| match e {
            regex::Error::CompiledTooBig(_) => Error::regex(
                ErrorKind::RegexTooBig,
                source,
                "the regex is too big once compiled; use smaller counted repetitions ({n}) or fewer alternatives",
            ),
            _ => Error::regex(
                ErrorKind::InvalidRegex,
                source,
                "the regex cannot be compiled",
            ),
        })
}

/// Rewrites the Perl classes and word boundaries of `ast` to their ASCII
/// forms; returns the span of a Unicode class, which Hush refuses. Recursion is bounded by the parser's
/// nest limit.
fn to_ascii(ast: &mut Ast) -> Result<(), ast::Span> {
    match ast {
        Ast::ClassPerl(perl) => {
            let span = perl.span;
            let item = ClassSetItem::Ascii(ascii_of(perl));
            *ast = Ast::class_bracketed(ast::ClassBracketed {
                span,
                negated: false,
                kind: ClassSet::Item(item),
            });
        }
        Ast::Assertion(a) if is_word_boundary(&a.kind) => {
            let span = a.span;
            let inner = std::mem::replace(ast, Ast::empty(span));
            let flags = ast::Flags {
                span,
                items: vec![
                    ast::FlagsItem {
                        span,
                        kind: ast::FlagsItemKind::Negation,
                    },
                    ast::FlagsItem {
                        span,
                        kind: ast::FlagsItemKind::Flag(ast::Flag::Unicode),
                    },
                ],
            };
            *ast = Ast::group(ast::Group {
                span,
                kind: ast::GroupKind::NonCapturing(flags),
                ast: Box::new(inner),
            });
        }
        Ast::ClassUnicode(u) => return Err(u.span),
        Ast::ClassBracketed(c) => to_ascii_set(&mut c.kind)?,
        Ast::Repetition(r) => to_ascii(&mut r.ast)?,
        Ast::Group(g) => to_ascii(&mut g.ast)?,
        Ast::Alternation(a) => {
            for x in &mut a.asts {
                to_ascii(x)?;
            }
        }
        Ast::Concat(c) => {
            for x in &mut c.asts {
                to_ascii(x)?;
            }
        }
        Ast::Empty(_)
        | Ast::Flags(_)
        | Ast::Literal(_)
        | Ast::Dot(_)
        | Ast::Assertion(_) => {}
    }
    Ok(())
}

fn to_ascii_set(set: &mut ClassSet) -> Result<(), ast::Span> {
    match set {
        ClassSet::Item(item) => to_ascii_item(item),
        ClassSet::BinaryOp(op) => {
            to_ascii_set(&mut op.lhs)?;
            to_ascii_set(&mut op.rhs)
        }
    }
}

fn to_ascii_item(item: &mut ClassSetItem) -> Result<(), ast::Span> {
    match item {
        ClassSetItem::Perl(perl) => {
            *item = ClassSetItem::Ascii(ascii_of(perl))
        }
        ClassSetItem::Unicode(u) => return Err(u.span),
        ClassSetItem::Bracketed(c) => to_ascii_set(&mut c.kind)?,
        ClassSetItem::Union(u) => {
            for x in &mut u.items {
                to_ascii_item(x)?;
            }
        }
        ClassSetItem::Empty(_)
        | ClassSetItem::Literal(_)
        | ClassSetItem::Range(_)
        | ClassSetItem::Ascii(_) => {}
    }
    Ok(())
}

/// `\d` → `[:digit:]`, `\W` → `[:^word:]`...: the same sets as `(?-u:\d)`.
fn ascii_of(perl: &ast::ClassPerl) -> ast::ClassAscii {
    let kind = match perl.kind {
        ast::ClassPerlKind::Digit => ast::ClassAsciiKind::Digit,
        ast::ClassPerlKind::Space => ast::ClassAsciiKind::Space,
        ast::ClassPerlKind::Word => ast::ClassAsciiKind::Word,
    };
    ast::ClassAscii { span: perl.span, kind, negated: perl.negated }
}

fn is_word_boundary(kind: &ast::AssertionKind) -> bool {
    use ast::AssertionKind as A;
    matches!(
        kind,
        A::WordBoundary
            | A::NotWordBoundary
            | A::WordBoundaryStart
            | A::WordBoundaryEnd
            | A::WordBoundaryStartAngle
            | A::WordBoundaryEndAngle
            | A::WordBoundaryStartHalf
            | A::WordBoundaryEndHalf
    )
}

fn unicode_class(source: &str, span: ast::Span) -> Error {
    Error::regex(
        ErrorKind::InvalidRegex,
        source,
        "Unicode classes such as \\p{L} are not supported; write the characters instead, such as [A-Za-z]",
    )
    .at_in_regex(span.start.line, span.start.column)
}

#[cfg(test)]
mod tests;
