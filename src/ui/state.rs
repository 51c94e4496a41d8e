//! The web app's state: the text being redacted, the settings, the findings
//! a person chose to keep visible, and the redacted output derived from
//! them.
//!
//! Everything here is plain data and pure functions over the core's API, so
//! it is tested natively with `cargo test`; the UI wraps [`reduce`] in a
//! five-line `yew::Reducible`. The state lives in memory only: the settings
//! are saved by the UI ([`encode_settings`]), the text never is.
//!
//! Offsets here are the core's UTF-8 byte offsets: the view slices the
//! input with them and hands whole strings to the DOM, so nothing needs
//! UTF-16 offsets.

use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::ops::Range;
use std::rc::Rc;

use hush::{Finding, Kind, KindSet, Policy, Style, Summary, redact, scan};

use super::file::{FileError, decode_text};

/// A finding's identity that survives edits elsewhere in the text: the
/// finding's key (its kind and value) and how many earlier findings have the
/// same key. It is what "keep this one visible" remembers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FindingId {
    key: u64,
    nth: u32,
}

/// Something that happened: a person's action or the result of one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// The input text changed (typing, pasting, cutting).
    Edit(String),
    /// A file was opened or dropped: its name and its bytes.
    Load {
        /// The file's name, shown in the message.
        name: String,
        /// The file's contents.
        bytes: Vec<u8>,
    },
    /// A file was not read: too large, or the browser could not read it.
    Reject {
        /// The file's name.
        name: String,
        /// Why.
        why: FileError,
    },
    /// Clear the input, the output and the kept findings.
    Clear,
    /// Turn a kind on or off.
    SetKind(Kind, bool),
    /// Choose the replacement style.
    SetStyle(Style),
    /// Keep a finding visible, or redact it again.
    ToggleKept(FindingId),
    /// Show a message (from copy and download, which the UI carries out).
    Notify(Notice),
    /// Hide the message.
    Dismiss,
}

/// A message for the person, shown in a status line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The redacted text is on the clipboard.
    Copied,
    /// The browser refused the clipboard; the output is selected instead.
    CopyDenied,
    /// The redacted text was saved as a file.
    Downloaded,
    /// A file was opened into the input.
    Loaded {
        /// The file's name.
        name: String,
    },
    /// A file was not opened; the input is unchanged.
    Rejected {
        /// The file's name.
        name: String,
        /// Why.
        why: FileError,
    },
    /// The input and output were cleared.
    Cleared,
}

impl Notice {
    /// Returns true for messages about something that did not work.
    pub fn is_problem(&self) -> bool {
        matches!(self, Notice::CopyDenied | Notice::Rejected { .. })
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::Copied => f.write_str("Copied the redacted text."),
            Notice::CopyDenied => f.write_str(
                "The browser blocked the clipboard. The redacted text is \
                 selected: press Ctrl+C (\u{2318}C on a Mac) to copy it.",
            ),
            Notice::Downloaded => {
                write!(f, "Saved the redacted text as {DOWNLOAD_NAME}.")
            }
            Notice::Loaded { name } => write!(f, "Opened {name}."),
            Notice::Rejected { name, why } => write!(
                f,
                "Could not open {name}: {why}. Your text is unchanged."
            ),
            Notice::Cleared => f.write_str("Cleared."),
        }
    }
}

/// The name of the downloaded file.
pub const DOWNLOAD_NAME: &str = "redacted.txt";

/// One stretch of the redacted output, for the highlighted view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    /// Text copied unchanged from the input: a byte range of the input.
    Plain(Range<usize>),
    /// A part of a finding, replaced.
    Redacted {
        /// Index into [`State::findings`].
        finding: usize,
        /// The replacement, for example `[CARD]`.
        text: String,
    },
    /// A part of a finding the person chose to keep visible: a byte range
    /// of the input.
    Kept {
        /// Index into [`State::findings`].
        finding: usize,
        /// The part's byte range in the input.
        range: Range<usize>,
    },
    /// The whole output as one unmarked string. Used only if the
    /// highlighted view could not be lined up with the core's output, so
    /// the view never shows anything but what the core produced.
    Unmarked,
}

/// The redacted text and what the view needs to show it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Output {
    /// The redacted text: exactly what is copied and downloaded.
    pub text: String,
    /// The output cut into stretches; their texts joined give `text`.
    pub segments: Vec<Segment>,
    /// What was redacted (the kept findings are not counted).
    pub summary: Summary,
    /// How many findings are kept visible.
    pub kept: usize,
}

/// The whole state of the page.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    text: Rc<str>,
    policy: Policy,
    findings: Rc<[Finding]>,
    ids: Rc<[FindingId]>,
    kept: BTreeSet<FindingId>,
    output: Rc<Output>,
    notice: Option<Notice>,
}

impl Default for State {
    fn default() -> State {
        State::new(Policy::default())
    }
}

impl State {
    /// An empty page with the given settings.
    pub fn new(policy: Policy) -> State {
        State {
            text: Rc::from(""),
            policy,
            findings: Rc::from(Vec::new()),
            ids: Rc::from(Vec::new()),
            kept: BTreeSet::new(),
            output: Rc::new(Output::default()),
            notice: None,
        }
    }

    /// The input text.
    pub fn text(&self) -> &Rc<str> {
        &self.text
    }

    /// The settings: kinds on and style.
    pub fn policy(&self) -> Policy {
        self.policy.clone()
    }

    /// What the core found, sorted by position.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// The identity of `findings()[i]`.
    pub fn id(&self, i: usize) -> Option<FindingId> {
        self.ids.get(i).copied()
    }

    /// Returns true if the person chose to keep the finding `id` visible.
    pub fn is_kept(&self, id: FindingId) -> bool {
        self.kept.contains(&id)
    }

    /// The redacted output.
    pub fn output(&self) -> &Output {
        &self.output
    }

    /// The message to show, if any.
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    /// The summary line: "2 card numbers, 1 SSN redacted", followed by
    /// how many are kept visible; empty when there is no text.
    pub fn summary_line(&self) -> String {
        if self.text.is_empty() {
            return String::new();
        }
        let mut line = self.output.summary.to_string();
        match self.output.kept {
            0 => {}
            n => line.push_str(&format!(" \u{b7} {n} kept visible")),
        }
        line
    }

    fn set_text(&mut self, text: Rc<str>) {
        self.text = text;
        self.rescan();
        // A kept finding that is gone from the text is forgotten, so that
        // typing the same number again later redacts it.
        let ids: BTreeSet<FindingId> = self.ids.iter().copied().collect();
        self.kept.retain(|id| ids.contains(id));
        self.rerender();
    }

    fn rescan(&mut self) {
        let findings = scan(&self.text, &self.policy);
        self.ids = Rc::from(identities(&findings));
        self.findings = Rc::from(findings);
    }

    fn rerender(&mut self) {
        let kept: Vec<bool> =
            self.ids.iter().map(|id| self.kept.contains(id)).collect();
        self.output = Rc::new(render(
            &self.text,
            &self.findings,
            &kept,
            self.policy.style,
        ));
    }
}

/// Applies `action` to `state`.
pub fn reduce(state: &State, action: Action) -> State {
    let mut next = state.clone();
    match action {
        Action::Edit(text) => {
            if *text != *state.text {
                next.notice = None;
                next.set_text(Rc::from(text));
            }
        }
        Action::Load { name, bytes } => match decode_text(&bytes) {
            Ok(text) => {
                next.kept.clear();
                next.set_text(Rc::from(text));
                next.notice = Some(Notice::Loaded { name });
            }
            Err(why) => next.notice = Some(Notice::Rejected { name, why }),
        },
        Action::Reject { name, why } => {
            next.notice = Some(Notice::Rejected { name, why });
        }
        Action::Clear => {
            next.kept.clear();
            next.set_text(Rc::from(""));
            next.notice = Some(Notice::Cleared);
        }
        Action::SetKind(kind, on) => {
            let mut kinds = state.policy.kinds;
            kinds.set(kind, on);
            if kinds != state.policy.kinds {
                next.policy.kinds = kinds;
                next.rescan();
                next.rerender();
            }
        }
        Action::SetStyle(style) => {
            if style != state.policy.style {
                next.policy.style = style;
                next.rerender();
            }
        }
        Action::ToggleKept(id) => {
            if !next.kept.remove(&id) && next.ids.contains(&id) {
                next.kept.insert(id);
            }
            next.rerender();
        }
        Action::Notify(notice) => next.notice = Some(notice),
        Action::Dismiss => next.notice = None,
    }
    next
}

/// Numbers findings with the same key 0, 1, 2... in text order.
fn identities(findings: &[Finding]) -> Vec<FindingId> {
    let mut seen: HashMap<u64, u32> = HashMap::new();
    findings
        .iter()
        .map(|f| {
            let nth = seen.entry(f.key()).or_insert(0);
            let id = FindingId { key: f.key(), nth: *nth };
            *nth += 1;
            id
        })
        .collect()
}

/// Redacts `text` with every finding not kept, and cuts the result into
/// segments for the highlighted view.
///
/// The output text always comes from [`hush::redact`]. The segments are
/// built from [`hush::replacements`] and the kept findings' parts, and
/// checked against it; if they do not add up to the same text, the view
/// falls back to [`Segment::Unmarked`].
pub fn render(
    text: &str,
    findings: &[Finding],
    kept: &[bool],
    style: Style,
) -> Output {
    let is_kept = |i: usize| kept.get(i).copied().unwrap_or(false);
    let hidden_ids: Vec<usize> =
        (0..findings.len()).filter(|&i| !is_kept(i)).collect();
    let hidden: Vec<Finding> =
        hidden_ids.iter().map(|&i| findings[i].clone()).collect();
    let out = redact(text, &hidden, style);
    let segments = match segments(text, findings, &hidden, &hidden_ids, style)
    {
        Some(segs) if adds_up(text, &segs, &out) => segs,
        _ => vec![Segment::Unmarked],
    };
    Output {
        text: out,
        segments,
        summary: Summary::of(&hidden),
        kept: findings.len() - hidden.len(),
    }
}

/// Returns true if the segments' texts, joined, equal `out`.
fn adds_up(text: &str, segs: &[Segment], out: &str) -> bool {
    let mut rest = out;
    for seg in segs {
        let piece = match seg {
            Segment::Plain(r) | Segment::Kept { range: r, .. } => {
                &text[r.clone()]
            }
            Segment::Redacted { text, .. } => text.as_str(),
            Segment::Unmarked => return false,
        };
        match rest.strip_prefix(piece) {
            Some(r) => rest = r,
            None => return false,
        }
    }
    rest.is_empty()
}

/// Builds the segments: the core's replacements for the hidden findings,
/// the parts of the kept ones, and the plain text between. Returns `None`
/// if a kept part is not a range on char boundaries or overlaps another
/// piece (then the view shows the output unmarked).
fn segments(
    text: &str,
    findings: &[Finding],
    hidden: &[Finding],
    hidden_ids: &[usize],
    style: Style,
) -> Option<Vec<Segment>> {
    let mut pieces: Vec<(Range<usize>, Segment)> =
        hush::replacements(text, hidden, style)
            .into_iter()
            .map(|r| {
                let finding = hidden_ids[r.finding];
                (r.span.range(), Segment::Redacted { finding, text: r.text })
            })
            .collect();
    for (i, f) in findings.iter().enumerate() {
        if hidden_ids.binary_search(&i).is_ok() {
            continue;
        }
        for part in f.parts() {
            let range = part.range();
            if range.start >= range.end
                || range.end > text.len()
                || !text.is_char_boundary(range.start)
                || !text.is_char_boundary(range.end)
            {
                return None;
            }
            let seg = Segment::Kept { finding: i, range: range.clone() };
            pieces.push((range, seg));
        }
    }
    pieces.sort_by_key(|(r, _)| r.start);
    let mut segs = Vec::with_capacity(pieces.len() * 2 + 1);
    let mut at = 0;
    for (range, seg) in pieces {
        if range.start < at {
            return None;
        }
        if range.start > at {
            segs.push(Segment::Plain(at..range.start));
        }
        at = range.end;
        segs.push(seg);
    }
    if at < text.len() {
        segs.push(Segment::Plain(at..text.len()));
    }
    Some(segs)
}

/// The key under which the settings are saved in `localStorage`.
pub const SETTINGS_KEY: &str = "hush.settings";

/// Writes the settings (never any text) as a short string such as
/// `kinds=card,ssn;style=label`.
pub fn encode_settings(policy: &Policy) -> String {
    let kinds: Vec<&str> = policy.kinds.iter().map(Kind::name).collect();
    format!("kinds={};style={}", kinds.join(","), policy.style.name())
}

/// Reads settings written by [`encode_settings`]. Anything missing or not
/// understood keeps its default, so an old or damaged value never stops
/// the page from working.
pub fn decode_settings(saved: &str) -> Policy {
    let mut policy = Policy::default();
    for field in saved.split(';') {
        match field.split_once('=') {
            Some(("kinds", v)) => {
                if let Ok(kinds) = v.parse::<KindSet>() {
                    policy.kinds = kinds;
                }
            }
            Some(("style", v)) => {
                if let Ok(style) = v.parse::<Style>() {
                    policy.style = style;
                }
            }
            _ => {}
        }
    }
    policy
}

#[cfg(test)]
mod tests;
