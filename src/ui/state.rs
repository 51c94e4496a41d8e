//! The web app's state: the text being redacted, the settings, the active
//! policy, the person's review (findings kept visible, text redacted by
//! hand), the undo history and the redacted output derived from them.
//!
//! Everything here is plain data and pure functions over the core's API, so
//! it is tested natively with `cargo test`; the UI wraps [`reduce_timed`] in
//! a five-line `yew::Reducible`. The state lives in memory only: the
//! settings are saved by the UI ([`encode_settings`]), the text never is.
//!
//! Offsets here are the core's UTF-8 byte offsets: the view slices the
//! input with them and hands whole strings to the DOM. The only UTF-16 in
//! the app is the browser's selection offsets, converted by
//! [`review::utf16_to_byte`].

use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::ops::Range;
use std::rc::Rc;

use hush::{
    Finding, Kind, KindSet, Policy, Span, Style, Summary, redact, scan,
};

use super::file::{FileError, decode_text};

pub mod history;
pub mod review;

use history::{Change, History, Snapshot};
use review::{HandHit, MAX_HAND};

/// The settings a person can change (unless the policy locks them): which
/// kinds are looked for and how they are replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Settings {
    /// The kinds looked for.
    pub kinds: KindSet,
    /// The replacement style.
    pub style: Style,
}

impl Default for Settings {
    fn default() -> Settings {
        let p = Policy::default();
        Settings { kinds: p.kinds, style: p.style }
    }
}

/// The active policy as the page uses it: the deployment's `policy.toml`
/// (or the built-in defaults), with its name, version, message for
/// agents, default settings, custom patterns, allow rules and locks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rules {
    policy: Policy,
    /// The policy file's text, for the scan worker, which reads it again
    /// (`None`: the built-in defaults, or a policy made in code).
    source: Option<Rc<str>>,
}

impl Rules {
    /// The rules of a policy made in code, or built in.
    #[cfg(test)]
    pub fn new(policy: Policy) -> Rules {
        Rules { policy, source: None }
    }

    /// The rules of a policy file's text.
    pub fn from_toml(text: &str) -> Result<Rules, hush::Error> {
        let policy = Policy::from_toml(text)?;
        Ok(Rules { policy, source: Some(Rc::from(text)) })
    }

    /// The policy as written.
    #[cfg(test)]
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// "Acme Contact Centre 2025-03", or "Built-in defaults".
    pub fn title(&self) -> String {
        match (&self.policy.name, &self.policy.version) {
            (Some(name), Some(version)) => format!("{name} {version}"),
            (Some(name), None) => name.clone(),
            _ => "Built-in defaults".to_owned(),
        }
    }

    /// The policy's name and version for the footer's version line;
    /// `None` for the built-in defaults.
    pub fn label(&self) -> Option<crate::ui::release::PolicyLabel<'_>> {
        let name = self.policy.name.as_deref()?;
        let version = self.policy.version.as_deref().unwrap_or("");
        Some(crate::ui::release::PolicyLabel { name, version })
    }

    /// What the organisation tells its agents.
    pub fn message(&self) -> Option<&str> {
        self.policy.message.as_deref()
    }

    /// The settings the page starts with.
    pub fn defaults(&self) -> Settings {
        Settings { kinds: self.policy.kinds, style: self.policy.style }
    }

    /// The kinds whose switch is locked.
    pub fn locked_kinds(&self) -> KindSet {
        self.policy.locked.kinds
    }

    /// Returns true if the kind's switch is locked.
    pub fn kind_locked(&self, kind: Kind) -> bool {
        self.policy.locked.kinds.contains(kind)
    }

    /// Returns true if the style is locked.
    pub fn style_locked(&self) -> bool {
        self.policy.locked.style
    }

    /// The plurals of the policy's custom patterns ("member IDs"), which
    /// are always looked for.
    pub fn pattern_plurals(&self) -> Vec<String> {
        self.policy.patterns.iter().map(|p| p.plural().to_owned()).collect()
    }

    /// The settings the page uses: the policy's defaults, with whatever
    /// the person saved for the settings that are not locked. A saved
    /// choice of no kind at all is ignored (it would redact nothing).
    pub fn settings_with(&self, saved: &Saved) -> Settings {
        let mut s = self.defaults();
        if let Some(kinds) = saved.kinds.filter(|k| !k.is_empty()) {
            for kind in Kind::ALL {
                if !self.kind_locked(kind) {
                    s.kinds.set(kind, kinds.contains(kind));
                }
            }
        }
        if let Some(style) = saved.style.filter(|_| !self.style_locked()) {
            s.style = style;
        }
        s
    }

    /// The policy the core is given: this one with the person's settings
    /// where they are not locked.
    pub fn with_settings(&self, settings: Settings) -> Policy {
        let mut p = self.policy.clone();
        for kind in Kind::ALL {
            p.set_kind(kind, settings.kinds.contains(kind));
        }
        p.set_style(settings.style);
        p
    }
}

/// A finding's identity that survives edits elsewhere in the text: the
/// finding's key (its kind and value, or the text redacted by hand) and how
/// many earlier findings have the same key. It is what "keep this one
/// visible" and the current finding remember.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FindingId {
    key: u64,
    nth: u32,
}

/// Where a selection to redact was made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selected {
    /// A byte range of the redacted output as it was at revision `rev`.
    Output {
        /// The output's revision the range refers to.
        rev: u64,
        /// Byte offsets into the output text.
        range: Range<usize>,
    },
    /// A byte range of the input text.
    Input(Range<usize>),
    /// Nothing is selected.
    Nothing,
}

/// What is about to leave the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    /// Copy to the clipboard.
    Copy,
    /// Save as a file.
    Download,
}

/// Something that happened: a person's action or the result of one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// The input text changed by typing or cutting.
    Edit(String),
    /// The input text changed by a paste or a drop of text: like
    /// [`Action::Edit`], and the view brings the first finding into view.
    Paste(String),
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
    /// Clear the input, the output and the review (undoable).
    Clear,
    /// Turn a kind on or off.
    SetKind(Kind, bool),
    /// Choose the replacement style.
    SetStyle(Style),
    /// Keep a finding visible, or redact it again.
    ToggleKept(FindingId),
    /// Redact the selected text by hand.
    RedactSelection(Selected),
    /// Make a finding the current one (chosen in the list, or by next and
    /// previous), or none.
    Select(Option<FindingId>),
    /// Undo the last review action.
    Undo,
    /// Redo the last undone action.
    Redo,
    /// Copy or Download was pressed while findings are kept visible: ask
    /// first.
    Ask(Export),
    /// The output of revision `rev` was put on the clipboard.
    Copied {
        /// The revision copied.
        rev: u64,
    },
    /// The browser refused the clipboard; the output is selected instead.
    CopyDenied,
    /// The output of revision `rev` was saved as a file.
    Downloaded {
        /// The revision saved.
        rev: u64,
    },
    /// The message numbered `seq` has been shown long enough.
    Expire(u64),
    /// Hide the message.
    Dismiss,
    /// A text too big to edit in the page was opened (`name`) or pasted
    /// (`None`): the page hands it to the scan worker and shows a summary.
    OpenBig {
        /// The file's name, or `None` for a paste.
        name: Option<String>,
    },
    /// The worker has scanned `done` of the `total` bytes of job `job`.
    Progress {
        /// The job.
        job: u64,
        /// Bytes scanned.
        done: usize,
        /// Bytes in all.
        total: usize,
    },
    /// The worker found `findings` in the text of job `job`.
    Scanned {
        /// The job.
        job: u64,
        /// What it found.
        findings: Vec<Finding>,
    },
    /// The worker scanned and redacted the big text of job `job`.
    BigScanned {
        /// The job.
        job: u64,
        /// What to show.
        view: BigView,
    },
    /// The worker did not finish job `job`: it stopped, ran out of
    /// memory, or could not start.
    ScanFailed {
        /// The job.
        job: u64,
    },
    /// The worker refused the big text of job `job`: not text, or too
    /// large (`why`, a fixed sentence).
    NotOpened {
        /// The job.
        job: u64,
        /// Why, in words.
        why: String,
    },
    /// Cancel pressed: stop the scan, show no output.
    Cancel,
    /// Scan the text again after a cancelled or failed scan.
    Retry,
}

/// A message for the person, shown in a status line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The redacted text is on the clipboard, with `kept` findings kept
    /// visible in it.
    Copied {
        /// How many findings are kept visible in what was copied.
        kept: usize,
    },
    /// The browser refused the clipboard; the output is selected instead.
    CopyDenied,
    /// The redacted text was saved as a file.
    Downloaded {
        /// How many findings are kept visible in what was saved.
        kept: usize,
    },
    /// Copy or Download with findings kept visible: confirm or cancel.
    Ask {
        /// What is about to happen.
        export: Export,
        /// How many findings are kept visible.
        kept: usize,
    },
    /// The output changed while it was being copied; nothing reliable is
    /// on the clipboard.
    Stale,
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
    /// An action was undone.
    Undone(Change),
    /// An action was redone.
    Redone(Change),
    /// Redact selection was pressed with nothing selected.
    NothingSelected,
    /// The selected text is already all redacted.
    AlreadyRedacted,
    /// Redact selection while the text is being scanned (or has no
    /// output): the selection may not be what the output will show.
    Busy,
    /// A big file or paste was not taken (`name`: the file's, if any).
    NotOpened {
        /// The file's name, if it was a file.
        name: Option<String>,
        /// Why.
        why: String,
    },
}

impl Notice {
    /// Returns true for messages about something that did not work.
    pub fn is_problem(&self) -> bool {
        matches!(
            self,
            Notice::CopyDenied
                | Notice::Rejected { .. }
                | Notice::Stale
                | Notice::NothingSelected
                | Notice::NotOpened { .. }
                | Notice::Busy
        )
    }

    /// Returns true for messages that hide by themselves after a few
    /// seconds; problems and questions stay until answered or dismissed.
    pub fn hides_by_itself(&self) -> bool {
        !self.is_problem() && !matches!(self, Notice::Ask { .. })
    }
}

/// "1 finding is" / "2 findings are".
fn findings_are(n: usize) -> String {
    if n == 1 {
        "1 finding is".to_owned()
    } else {
        format!("{n} findings are")
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::Copied { kept: 0 } => {
                f.write_str("Copied the redacted text.")
            }
            Notice::Copied { kept } => write!(
                f,
                "Copied, with {} kept visible (not redacted).",
                count(*kept, "finding", "findings")
            ),
            Notice::CopyDenied => f.write_str(
                "The browser blocked the clipboard. The redacted text is \
                 selected: press Ctrl+C (\u{2318}C on a Mac) to copy it.",
            ),
            Notice::Downloaded { kept: 0 } => {
                write!(f, "Saved the redacted text as {DOWNLOAD_NAME}.")
            }
            Notice::Downloaded { kept } => write!(
                f,
                "Saved as {DOWNLOAD_NAME}, with {} kept visible (not \
                 redacted).",
                count(*kept, "finding", "findings")
            ),
            Notice::Ask { export, kept } => {
                let what = match export {
                    Export::Copy => "copied",
                    Export::Download => "saved",
                };
                write!(
                    f,
                    "{} kept visible and will be {what} unredacted.",
                    findings_are(*kept)
                )
            }
            Notice::Stale => f.write_str(
                "The text changed while it was being copied. Copy it again.",
            ),
            Notice::Loaded { name } => write!(f, "Opened {name}."),
            Notice::Rejected { name, why } => write!(
                f,
                "Could not open {name}: {why}. Your text is unchanged."
            ),
            Notice::Cleared => f.write_str("Cleared."),
            Notice::Undone(change) => write!(f, "Undone: {change}."),
            Notice::Redone(change) => write!(f, "Redone: {change}."),
            Notice::NothingSelected => f.write_str(
                "Select some text in the redacted text or the original \
                 first.",
            ),
            Notice::AlreadyRedacted => {
                f.write_str("The selected text is already redacted.")
            }
            Notice::Busy => f.write_str(
                "The redacted text is not up to date yet: select again once \
                 it is.",
            ),
            Notice::NotOpened { name: Some(name), why } => {
                write!(
                    f,
                    "Could not open {name}: {why}. Nothing was redacted."
                )
            }
            Notice::NotOpened { name: None, why } => write!(
                f,
                "Could not take the pasted text: {why}. Nothing was redacted."
            ),
        }
    }
}

/// "1 finding", "2 findings".
fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 { format!("1 {one}") } else { format!("{n} {many}") }
}

/// The name of the downloaded file.
pub const DOWNLOAD_NAME: &str = "redacted.txt";

/// Texts up to this many bytes are scanned in the page, at once, as they
/// are typed: a note of this size takes a few milliseconds, less than a
/// round trip to the scan worker would add. Longer ones are scanned in the
/// worker, off the page's thread.
pub const SYNC_MAX_BYTES: usize = 32 * 1024;

/// How much of a big text, and of its redacted text, the page shows.
pub const BIG_HEAD_BYTES: usize = 64 * 1024;

/// How many findings of a big text the page lists.
pub const MAX_LISTED_BIG: usize = 1000;

/// The first `max` bytes of `text` or fewer, ending on a `char` boundary.
pub fn head(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or_default()
}

/// Where the scan of the text stands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Work {
    /// The output is the text's (or nothing is running).
    #[default]
    Idle,
    /// The scan worker is scanning the text: `done` of `total` bytes.
    Running {
        /// Bytes scanned so far.
        done: usize,
        /// The text's length in bytes (0 until the worker says).
        total: usize,
    },
    /// The person cancelled the scan: there is no output.
    Cancelled,
    /// The scan failed (the worker stopped, ran out of memory, or could
    /// not be started): there is no output.
    Failed,
}

/// A text too big to edit in the page (more than
/// [`EDIT_MAX_BYTES`](super::file::EDIT_MAX_BYTES)): it lives in the scan
/// worker's messages only, and the page shows a summary and the first part
/// of it and of its redacted text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Big {
    /// The file's name, or `None` for a paste.
    pub name: Option<String>,
    /// The result of the last finished scan, if any.
    pub result: Option<BigView>,
}

/// What the scan worker found in a big text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BigView {
    /// "2 card numbers, 1 SSN redacted".
    pub summary: String,
    /// How many findings.
    pub count: usize,
    /// The text's length in bytes.
    pub bytes: usize,
    /// The first [`BIG_HEAD_BYTES`] of the text.
    pub input_head: String,
    /// The first [`BIG_HEAD_BYTES`] of the redacted text.
    pub output_head: String,
    /// The first [`MAX_LISTED_BIG`] findings, a line each ("Line 3: card
    /// number (Visa, 16 digits, Luhn ok)").
    pub list: Vec<String>,
}

/// A scan for the worker to run: the newest one the page wants.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Job {
    /// The job's number; results of older jobs are ignored.
    pub id: u64,
    /// The text, or `None` for a big text (the page hands the worker the
    /// file or the pasted text it kept).
    pub text: Option<Rc<str>>,
    /// The policy file's text (`None`: the built-in defaults).
    pub source: Option<Rc<str>>,
    /// The kinds looked for, a bit for each of [`Kind::ALL`].
    pub kinds: u8,
    /// The style's name.
    pub style: &'static str,
}

/// "48.2 MB", "512 KB", "12 bytes" (a KB is 1024 bytes, as the limits
/// are counted).
pub fn size(bytes: usize) -> String {
    const MB: f64 = 1024.0 * 1024.0;
    let b = bytes as f64;
    if b >= MB {
        format!("{:.1} MB", b / MB)
    } else if b >= 1024.0 {
        format!("{:.0} KB", b / 1024.0)
    } else if bytes == 1 {
        "1 byte".to_owned()
    } else {
        format!("{bytes} bytes")
    }
}

/// One stretch of the redacted output, for the highlighted view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    /// Text copied unchanged from the input: a byte range of the input.
    Plain(Range<usize>),
    /// A part of a finding, replaced.
    Redacted {
        /// Index into [`State::findings`].
        finding: usize,
        /// The byte range of the input it replaces.
        range: Range<usize>,
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
    /// The text the output was made from, which the segments' ranges
    /// refer to. While the scan worker scans a newer text, the output is
    /// still the last scanned text's.
    pub source: Rc<str>,
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
    rules: Rc<Rules>,
    settings: Settings,
    /// The policy the core is given: the rules with the settings.
    policy: Rc<Policy>,
    hand: Rc<[Rc<str>]>,
    findings: Rc<[Finding]>,
    ids: Rc<[FindingId]>,
    kept: BTreeSet<FindingId>,
    current: Option<FindingId>,
    output: Rc<Output>,
    rev: u64,
    reveal: u64,
    notice: Option<Notice>,
    notice_seq: u64,
    history: History,
    typed_since_replace: bool,
    redact_ms: Option<f64>,
    /// The newest scan's number: every rescan takes a new one.
    job: u64,
    /// When the newest scan started, in ms of the clock.
    started: f64,
    work: Work,
    big: Option<Rc<Big>>,
    /// Forget kept findings that are gone when the next scan is done (the
    /// text changed).
    prune_kept: bool,
    /// The text the findings and the output belong to: the text, once its
    /// scan is done.
    scanned: Rc<str>,
}

impl Default for State {
    fn default() -> State {
        State::new(Rc::new(Rules::default()), Settings::default())
    }
}

impl State {
    /// An empty page under `rules`, with the given settings (see
    /// [`Rules::settings_with`]).
    pub fn new(rules: Rc<Rules>, settings: Settings) -> State {
        let policy = Rc::new(rules.with_settings(settings));
        let settings = Settings { kinds: policy.kinds, style: policy.style };
        State {
            text: Rc::from(""),
            rules,
            settings,
            policy,
            hand: Rc::from(Vec::new()),
            findings: Rc::from(Vec::new()),
            ids: Rc::from(Vec::new()),
            kept: BTreeSet::new(),
            current: None,
            output: Rc::new(Output::default()),
            rev: 0,
            reveal: 0,
            notice: None,
            notice_seq: 0,
            history: History::default(),
            typed_since_replace: false,
            redact_ms: None,
            job: 0,
            started: 0.0,
            work: Work::Idle,
            big: None,
            prune_kept: false,
            scanned: Rc::from(""),
        }
    }

    /// Where the scan stands.
    pub fn work(&self) -> &Work {
        &self.work
    }

    /// The big text being shown, if the text is one.
    pub fn big(&self) -> Option<&Big> {
        self.big.as_deref()
    }

    /// Returns true if there is a text: typed, pasted, opened or big.
    pub fn has_text(&self) -> bool {
        !self.text.is_empty() || self.big.is_some()
    }

    /// Returns true if there is a finished output to copy or save: the
    /// scan of the present text is done, and neither failed nor was
    /// cancelled.
    pub fn can_export(&self) -> bool {
        if self.work != Work::Idle {
            return false;
        }
        match self.big() {
            Some(big) => big.result.is_some(),
            None => !self.output.text.is_empty(),
        }
    }

    /// The scan the worker should run now, if one is running.
    pub fn job(&self) -> Option<Job> {
        if !matches!(self.work, Work::Running { .. }) {
            return None;
        }
        let kinds = Kind::ALL
            .into_iter()
            .enumerate()
            .filter(|(_, k)| self.policy.kinds.contains(*k))
            .fold(0u8, |bits, (i, _)| bits | (1 << i));
        Some(Job {
            id: self.job,
            text: self.big.is_none().then(|| self.text.clone()),
            source: self.rules.source.clone(),
            kinds,
            style: self.policy.style.name(),
        })
    }

    /// The newest scan's number.
    pub fn job_id(&self) -> u64 {
        self.job
    }

    /// The input text.
    pub fn text(&self) -> &Rc<str> {
        &self.text
    }

    /// The active policy.
    pub fn rules(&self) -> &Rules {
        &self.rules
    }

    /// The settings in use: kinds on and style.
    pub fn settings(&self) -> Settings {
        self.settings
    }

    /// The policy the core is given: the active policy with the settings.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// What was found, detected and redacted by hand, in text order.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// The identity of `findings()[i]`.
    pub fn id(&self, i: usize) -> Option<FindingId> {
        self.ids.get(i).copied()
    }

    /// The index of the finding with identity `id`.
    pub fn index_of(&self, id: FindingId) -> Option<usize> {
        self.ids.iter().position(|x| *x == id)
    }

    /// Returns true if `findings()[i]` was redacted by hand.
    pub fn is_by_hand(&self, i: usize) -> bool {
        self.findings.get(i).is_some_and(|f| f.kind() == Kind::Manual)
    }

    /// Returns true if the person chose to keep the finding `id` visible.
    pub fn is_kept(&self, id: FindingId) -> bool {
        self.kept.contains(&id)
    }

    /// The current finding: the one chosen in the list or reached with
    /// next and previous.
    pub fn current(&self) -> Option<FindingId> {
        self.current.filter(|id| self.ids.contains(id))
    }

    /// The finding after (or before) the current one, wrapping around; the
    /// first (or last) when there is no current one.
    pub fn neighbour(&self, forward: bool) -> Option<FindingId> {
        let n = self.ids.len();
        if n == 0 {
            return None;
        }
        let i = match self.current().and_then(|id| self.index_of(id)) {
            None if forward => 0,
            None => n - 1,
            Some(i) if forward => (i + 1) % n,
            Some(i) => (i + n - 1) % n,
        };
        self.id(i)
    }

    /// The redacted output.
    pub fn output(&self) -> &Output {
        &self.output
    }

    /// The output's revision: it changes whenever the output may have.
    pub fn rev(&self) -> u64 {
        self.rev
    }

    /// Changes when the view should bring the first finding into view
    /// (after a paste, a drop or an opened file).
    pub fn reveal(&self) -> u64 {
        self.reveal
    }

    /// The message to show, if any.
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    /// The number of the message shown, for hiding it after a while.
    pub fn notice_seq(&self) -> u64 {
        self.notice_seq
    }

    /// Returns true if the output on screen is what was last copied.
    pub fn copied(&self) -> bool {
        matches!(self.notice, Some(Notice::Copied { .. }))
    }

    /// What Undo would undo, if anything.
    pub fn can_undo(&self) -> Option<&Change> {
        self.history.next_undo().map(|s| &s.change)
    }

    /// What Redo would redo, if anything.
    pub fn can_redo(&self) -> Option<&Change> {
        self.history.next_redo().map(|s| &s.change)
    }

    /// Returns true if Ctrl+Z typed in the input should undo the page's
    /// last action rather than the text area's own typing: the last action
    /// replaced the text (Clear, Open file) and nothing was typed since, so
    /// the browser has nothing of its own to undo.
    pub fn undo_from_input(&self) -> bool {
        !self.typed_since_replace
            && self.history.next_undo().is_some_and(|s| s.text.is_some())
    }

    /// Returns true if Ctrl+Shift+Z typed in the input should redo the
    /// page's last undone action: it puts back a text (Clear, Open file)
    /// and nothing was typed since.
    pub fn redo_from_input(&self) -> bool {
        !self.typed_since_replace
            && self.history.next_redo().is_some_and(|s| s.text.is_some())
    }

    /// How long the last redaction took (scan, redact and the view's
    /// segments), in ms, if a clock was given.
    pub fn redact_ms(&self) -> Option<f64> {
        self.redact_ms
    }

    /// The summary line: "2 card numbers, 1 SSN redacted", how many are
    /// kept visible, and every time what is not being looked for
    /// ("CVVs are not being redacted").
    pub fn summary_line(&self) -> String {
        let mut parts = Vec::new();
        if matches!(self.work, Work::Failed | Work::Cancelled) {
            parts.push("Not redacted".to_owned());
        } else if let Some(big) = self.big() {
            if let Some(view) = &big.result {
                parts.push(view.summary.clone());
            }
        } else if !self.text.is_empty() {
            parts.push(self.output.summary.found());
            if self.output.kept > 0 {
                parts.push(format!("{} kept visible", self.output.kept));
            }
        }
        if let Some(off) = self.off_line() {
            parts.push(off);
        }
        parts.join(" \u{b7} ")
    }

    /// "CVVs and expiry dates are not being redacted" (the core's words,
    /// as the CLI says them), or `None` when every kind is on.
    pub fn off_line(&self) -> Option<String> {
        if self.policy.redacts_nothing() {
            return Some(
                "Nothing is being looked for: every kind is off".to_owned(),
            );
        }
        let off = Summary::for_policy(&[], &self.policy).not_redacted()?;
        let mut chars = off.chars();
        chars.next().map(|c| c.to_uppercase().chain(chars).collect())
    }

    fn snapshot(&self, change: Change, with_text: bool) -> Snapshot {
        Snapshot {
            change,
            text: with_text.then(|| self.text.clone()),
            settings: self.settings,
            kept: self.kept.clone(),
            hand: self.hand.clone(),
        }
    }

    /// Puts back what `snap` remembers; returns the present as a snapshot
    /// of the same kind, for the other stack.
    fn restore(
        &mut self,
        snap: Snapshot,
        clock: &dyn Fn() -> f64,
    ) -> Snapshot {
        let now = self.snapshot(snap.change.clone(), snap.text.is_some());
        let rescan = snap.settings.kinds != self.settings.kinds
            || snap.hand != self.hand
            || snap.text.is_some();
        if let Some(text) = snap.text {
            self.text = text;
            self.typed_since_replace = false;
        }
        self.set_settings(snap.settings);
        self.hand = snap.hand;
        self.kept = snap.kept;
        if rescan {
            self.rescan(clock);
        } else {
            self.rerender(clock);
        }
        now
    }

    /// Changes the settings (within the policy's locks) and the policy the
    /// core is given.
    fn set_settings(&mut self, settings: Settings) {
        if settings != self.settings {
            let policy = self.rules.with_settings(settings);
            self.settings =
                Settings { kinds: policy.kinds, style: policy.style };
            self.policy = Rc::new(policy);
        }
    }

    fn set_text(&mut self, text: Rc<str>, clock: &dyn Fn() -> f64) {
        self.text = text;
        self.big = None;
        self.prune_kept = true;
        self.rescan(clock);
    }

    /// Scans the text again and redraws the output: at once for a short
    /// text, else by asking the scan worker (see [`State::job`]); its
    /// answer comes as [`Action::Scanned`] or [`Action::BigScanned`].
    fn rescan(&mut self, clock: &dyn Fn() -> f64) {
        let start = clock();
        self.job += 1;
        self.started = start;
        if self.big.is_some() || self.text.len() > SYNC_MAX_BYTES {
            let total = self.big.is_none().then_some(self.text.len());
            self.work = Work::Running { done: 0, total: total.unwrap_or(0) };
            return;
        }
        self.work = Work::Idle;
        let detected = scan(&self.text, &self.policy);
        self.found(detected, start, clock);
    }

    /// Shows what the scan of the text found.
    fn found(
        &mut self,
        detected: Vec<Finding>,
        start: f64,
        clock: &dyn Fn() -> f64,
    ) {
        self.scanned = self.text.clone();
        let taken = sorted_parts(&detected);
        let hits = review::hand_hits(&self.scanned, &self.hand, &taken);
        let (findings, ids) = merge(&self.scanned, detected, hits);
        self.findings = Rc::from(findings);
        self.ids = Rc::from(ids);
        // After an edit, a kept finding that is gone from the text is
        // forgotten, so that typing the same number again later redacts it.
        if std::mem::take(&mut self.prune_kept) {
            let present: BTreeSet<FindingId> =
                self.ids.iter().copied().collect();
            self.kept.retain(|id| present.contains(id));
        }
        self.render(start, clock);
    }

    /// Empties the output: nothing to show, copy or save.
    fn no_output(&mut self) {
        self.scanned = Rc::from("");
        self.findings = Rc::from(Vec::new());
        self.ids = Rc::from(Vec::new());
        self.output = Rc::new(Output::default());
        self.rev += 1;
        if let Some(big) = &self.big {
            self.big = Some(Rc::new(Big { result: None, ..(**big).clone() }));
        }
    }

    /// Redraws the output from the findings (after a change of the style or
    /// of what is kept).
    fn rerender(&mut self, clock: &dyn Fn() -> f64) {
        let start = clock();
        self.render(start, clock);
    }

    fn render(&mut self, start: f64, clock: &dyn Fn() -> f64) {
        let kept: Vec<bool> =
            self.ids.iter().map(|id| self.kept.contains(id)).collect();
        let mut output =
            render(&self.scanned, &self.findings, &kept, &self.policy);
        output.source = self.scanned.clone();
        self.output = Rc::new(output);
        self.rev += 1;
        self.redact_ms = Some((clock() - start).max(0.0));
    }

    fn notify(&mut self, notice: Notice) {
        self.notice = Some(notice);
        self.notice_seq += 1;
    }

    /// The input range to redact for a selection, trimmed of white space.
    fn selected_range(&self, sel: &Selected) -> Option<Range<usize>> {
        let range = match sel {
            Selected::Output { rev, range } if *rev == self.rev => {
                review::output_to_input(
                    &self.scanned,
                    &self.output.segments,
                    range.clone(),
                )?
            }
            Selected::Input(range) => range.clone(),
            _ => return None,
        };
        review::trim_range(&self.scanned, range)
    }

    /// Redacts `range` of the input by hand: kept findings in it are
    /// redacted again, and the rest of it is remembered by its text.
    /// Returns false if nothing changed.
    fn redact_range(&mut self, range: Range<usize>) -> bool {
        let mut changed = false;
        let mut outside = vec![range.clone()];
        for (i, f) in self.findings.iter().enumerate() {
            let parts: Vec<Range<usize>> =
                f.parts().iter().map(|p| p.range()).collect();
            if !parts.iter().any(|p| review::overlaps(p, &range)) {
                continue;
            }
            if let Some(id) = self.ids.get(i) {
                changed |= self.kept.remove(id);
            }
            outside = outside
                .into_iter()
                .flat_map(|o| subtract(o, &parts))
                .collect();
        }
        let rest_has_text = outside.iter().any(|r| {
            self.scanned.get(r.clone()).is_some_and(|s| !s.trim().is_empty())
        });
        let needle = self.scanned.get(range).filter(|_| rest_has_text);
        if let Some(needle) = needle {
            if !self.hand.iter().any(|h| **h == *needle) {
                let mut hand: Vec<Rc<str>> = self.hand.to_vec();
                hand.push(Rc::from(needle));
                if hand.len() > MAX_HAND {
                    hand.remove(0);
                }
                self.hand = Rc::from(hand);
                changed = true;
            }
        }
        changed
    }
}

/// Every part of every finding, sorted by start.
fn sorted_parts(findings: &[Finding]) -> Vec<Range<usize>> {
    let mut parts: Vec<Range<usize>> = findings
        .iter()
        .flat_map(|f| f.parts().iter().map(|p| p.range()))
        .collect();
    hush::order::sort_by_key(&mut parts, |r| (r.start, 0));
    parts
}

/// `range` without the bytes of `parts`.
fn subtract(range: Range<usize>, parts: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = vec![range];
    for p in parts {
        out = out
            .into_iter()
            .flat_map(|r| {
                if !review::overlaps(&r, p) {
                    return vec![r];
                }
                let mut left = Vec::new();
                if r.start < p.start {
                    left.push(r.start..p.start);
                }
                if p.end < r.end {
                    left.push(p.end..r.end);
                }
                left
            })
            .collect();
    }
    out
}

/// The detected findings and the findings redacted by hand, merged in text
/// order, with their identities. Each part of a hand-made occurrence is a
/// finding of its own ([`Finding::by_hand`] takes one span).
fn merge(
    text: &str,
    detected: Vec<Finding>,
    hits: Vec<HandHit>,
) -> (Vec<Finding>, Vec<FindingId>) {
    let ids = identities(&detected);
    let mut all: Vec<(Finding, FindingId)> =
        detected.into_iter().zip(ids).collect();
    for hit in hits {
        for (j, part) in hit.parts.iter().enumerate() {
            let Some(f) = Finding::by_hand(text, Span::from(part.clone()))
            else {
                continue;
            };
            let nth = hit.id.nth.saturating_mul(64).saturating_add(j as u32);
            all.push((f, FindingId { key: hit.id.key, nth }));
        }
    }
    hush::order::sort_by_key(&mut all, |(f, _)| (f.span().start, 0));
    all.into_iter().unzip()
}

/// Applies `action` to `state`, with no clock: [`State::redact_ms`] stays
/// 0. For tests; the app uses [`reduce_timed`].
#[cfg(test)]
pub fn reduce(state: &State, action: Action) -> State {
    reduce_timed(state, action, &|| 0.0)
}

/// Applies `action` to `state`; `clock` (in ms) times the redaction.
pub fn reduce_timed(
    state: &State,
    action: Action,
    clock: &dyn Fn() -> f64,
) -> State {
    let mut next = state.clone();
    match action {
        Action::Edit(text) | Action::Paste(text) if *text == *state.text => {}
        Action::Edit(text) => {
            next.notice = None;
            next.typed_since_replace = true;
            next.history.clear_redo();
            next.set_text(Rc::from(text), clock);
        }
        Action::Paste(text) => {
            next.notice = None;
            next.typed_since_replace = true;
            next.history.clear_redo();
            next.set_text(Rc::from(text), clock);
            next.reveal_first();
        }
        Action::Load { name, bytes } => match decode_text(&bytes) {
            Ok(text) => {
                let change = Change::Open(name.clone());
                next.history.record(state.snapshot(change, true));
                next.kept.clear();
                next.hand = Rc::from(Vec::new());
                next.typed_since_replace = false;
                next.set_text(Rc::from(text), clock);
                next.reveal_first();
                next.notify(Notice::Loaded { name });
            }
            Err(why) => next.notify(Notice::Rejected { name, why }),
        },
        Action::Reject { name, why } => {
            next.notify(Notice::Rejected { name, why });
        }
        Action::Clear if state.big.is_some() => {
            // A big text is not kept for Undo: it is not in the page.
            next.current = None;
            next.typed_since_replace = false;
            next.set_text(Rc::from(""), clock);
            next.notify(Notice::Cleared);
        }
        Action::Clear => {
            if !state.text.is_empty() || !state.hand.is_empty() {
                next.history.record(state.snapshot(Change::Clear, true));
                next.kept.clear();
                next.hand = Rc::from(Vec::new());
                next.current = None;
                next.typed_since_replace = false;
                next.set_text(Rc::from(""), clock);
                next.notify(Notice::Cleared);
            }
        }
        Action::SetKind(kind, on) => {
            let mut kinds = state.settings.kinds;
            kinds.set(kind, on);
            if kinds != state.settings.kinds && !state.rules.kind_locked(kind)
            {
                let change = Change::Kind(kind, on);
                next.history.record(state.snapshot(change, false));
                next.set_settings(Settings { kinds, ..state.settings });
                next.notice = None;
                next.rescan(clock);
            }
        }
        Action::SetStyle(style) => {
            if style != state.settings.style && !state.rules.style_locked() {
                let change = Change::Style(style);
                next.history.record(state.snapshot(change, false));
                next.set_settings(Settings { style, ..state.settings });
                next.notice = None;
                next.rerender(clock);
            }
        }
        Action::ToggleKept(id) => {
            if let Some(i) = state.index_of(id) {
                let noun = noun_of(state, i);
                let change = if state.is_kept(id) {
                    Change::Redact(noun)
                } else {
                    Change::Keep(noun)
                };
                next.history.record(state.snapshot(change, false));
                if !next.kept.remove(&id) {
                    next.kept.insert(id);
                }
                next.current = Some(id);
                next.notice = None;
                next.rerender(clock);
            }
        }
        Action::RedactSelection(_) if state.work != Work::Idle => {
            next.notify(Notice::Busy);
        }
        Action::RedactSelection(sel) => match state.selected_range(&sel) {
            None => next.notify(Notice::NothingSelected),
            Some(range) => {
                let before = state.snapshot(Change::RedactSelection, false);
                if next.redact_range(range) {
                    next.history.record(before);
                    next.notice = None;
                    next.rescan(clock);
                } else {
                    next.notify(Notice::AlreadyRedacted);
                }
            }
        },
        Action::Select(id) => next.current = id,
        Action::Undo => {
            if let Some(snap) = next.history.pop_undo() {
                let change = snap.change.clone();
                let now = next.restore(snap, clock);
                next.history.push_redo(now);
                next.notify(Notice::Undone(change));
            }
        }
        Action::Redo => {
            if let Some(snap) = next.history.pop_redo() {
                let change = snap.change.clone();
                let now = next.restore(snap, clock);
                next.history.push_undo(now);
                next.notify(Notice::Redone(change));
            }
        }
        Action::Ask(export) => {
            next.notify(Notice::Ask { export, kept: state.output.kept });
        }
        Action::Copied { rev } if rev == state.rev => {
            next.notify(Notice::Copied { kept: state.output.kept });
        }
        Action::Copied { .. } => next.notify(Notice::Stale),
        Action::CopyDenied => next.notify(Notice::CopyDenied),
        Action::Downloaded { rev } => {
            if rev == state.rev {
                next.notify(Notice::Downloaded { kept: state.output.kept });
            }
        }
        Action::Expire(seq) => {
            let hides =
                state.notice.as_ref().is_some_and(|n| n.hides_by_itself());
            if seq == state.notice_seq && hides {
                next.notice = None;
            }
        }
        Action::Dismiss => next.notice = None,
        Action::OpenBig { name } => {
            next.history = History::default();
            next.kept.clear();
            next.hand = Rc::from(Vec::new());
            next.current = None;
            next.typed_since_replace = false;
            next.text = Rc::from("");
            next.big = Some(Rc::new(Big { name: name.clone(), result: None }));
            next.no_output();
            next.rescan(clock);
            next.reveal_first();
            next.notice = None;
            if let Some(name) = name {
                next.notify(Notice::Loaded { name });
            }
        }
        Action::Progress { job, done, total } if job == state.job => {
            if let Work::Running { .. } = state.work {
                next.work = Work::Running { done, total };
            }
        }
        Action::Scanned { job, findings }
            if job == state.job
                && matches!(state.work, Work::Running { .. })
                && state.big.is_none() =>
        {
            next.work = Work::Idle;
            next.found(findings, state.started, clock);
        }
        Action::BigScanned { job, view }
            if job == state.job
                && matches!(state.work, Work::Running { .. }) =>
        {
            if let Some(big) = &state.big {
                next.work = Work::Idle;
                next.big = Some(Rc::new(Big {
                    result: Some(view),
                    ..(**big).clone()
                }));
                next.rev += 1;
                next.redact_ms = Some((clock() - state.started).max(0.0));
            }
        }
        Action::ScanFailed { job } if job == state.job => {
            next.work = Work::Failed;
            next.no_output();
        }
        Action::NotOpened { job, why } if job == state.job => {
            let name = state.big.as_ref().and_then(|b| b.name.clone());
            next.big = None;
            next.text = Rc::from("");
            next.work = Work::Idle;
            next.no_output();
            next.notify(Notice::NotOpened { name, why });
        }
        Action::Progress { .. }
        | Action::Scanned { .. }
        | Action::BigScanned { .. }
        | Action::ScanFailed { .. }
        | Action::NotOpened { .. } => {}
        Action::Cancel => {
            if matches!(state.work, Work::Running { .. }) {
                next.job += 1;
                next.work = Work::Cancelled;
                next.no_output();
            }
        }
        Action::Retry => {
            if matches!(state.work, Work::Cancelled | Work::Failed) {
                next.rescan(clock);
            }
        }
    }
    next
}

impl State {
    /// Asks the view to bring the first finding into view. It does not
    /// become current: F8 then goes to it first.
    fn reveal_first(&mut self) {
        self.current = None;
        self.reveal += 1;
    }
}

/// "card number", "SSN"..., or "text redacted by hand".
fn noun_of(state: &State, i: usize) -> String {
    state.findings.get(i).map_or("finding", Finding::noun).to_owned()
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
/// segments for the highlighted view. The [`Output::source`] is left empty
/// for the caller (the state keeps the text it scanned there).
///
/// The output text always comes from [`hush::redact`]. The segments are
/// built from [`hush::replacements`] and the kept findings' parts, and
/// checked against it; if they do not add up to the same text, the view
/// falls back to [`Segment::Unmarked`].
pub fn render(
    text: &str,
    findings: &[Finding],
    kept: &[bool],
    policy: &Policy,
) -> Output {
    let style = policy.style;
    let is_kept = |i: usize| kept.get(i).copied().unwrap_or(false);
    let hidden_ids: Vec<usize> =
        (0..findings.len()).filter(|&i| !is_kept(i)).collect();
    let hidden: Vec<Finding> =
        hidden_ids.iter().filter_map(|&i| findings.get(i).cloned()).collect();
    let out = redact(text, &hidden, style);
    let segments = match segments(text, findings, &hidden, &hidden_ids, style)
    {
        Some(segs) if adds_up(text, &segs, &out) => segs,
        _ => vec![Segment::Unmarked],
    };
    Output {
        source: Rc::from(""),
        text: out,
        segments,
        summary: Summary::for_policy(&hidden, policy),
        kept: findings.len() - hidden.len(),
    }
}

/// Returns true if the segments' texts, joined, equal `out`.
fn adds_up(text: &str, segs: &[Segment], out: &str) -> bool {
    let mut rest = out;
    for seg in segs {
        let piece = match seg {
            Segment::Plain(r) | Segment::Kept { range: r, .. } => {
                match text.get(r.clone()) {
                    Some(piece) => piece,
                    None => return false,
                }
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
    let mut pieces: Vec<(Range<usize>, Segment)> = Vec::new();
    for r in hush::replacements(text, hidden, style) {
        let finding = *hidden_ids.get(r.finding)?;
        let range = r.span.range();
        let seg =
            Segment::Redacted { finding, range: range.clone(), text: r.text };
        pieces.push((range, seg));
    }
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
    hush::order::sort_by_key(&mut pieces, |(r, _)| (r.start, 0));
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

/// Settings read back from storage; what is missing or not understood is
/// `None` and keeps the policy's default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Saved {
    /// The kinds that were on.
    pub kinds: Option<KindSet>,
    /// The style.
    pub style: Option<Style>,
}

/// Writes the settings (never any text) as a short string such as
/// `kinds=card,ssn;style=label`. A choice of no kind at all is never
/// written: it would redact nothing on every later visit, so only the
/// style is saved and the kinds go back to the policy's defaults.
pub fn encode_settings(settings: &Settings) -> String {
    let style = format!("style={}", settings.style.name());
    if settings.kinds.is_empty() {
        return style;
    }
    let kinds: Vec<&str> = settings.kinds.iter().map(Kind::name).collect();
    format!("kinds={};{style}", kinds.join(","))
}

/// Reads settings written by [`encode_settings`]. Anything missing, not
/// understood, or turning every kind off is ignored, so an old or damaged
/// value never stops the page from working or from redacting.
pub fn decode_settings(saved: &str) -> Saved {
    let mut out = Saved::default();
    for field in saved.split(';') {
        match field.split_once('=') {
            Some(("kinds", v)) => {
                out.kinds =
                    v.parse::<KindSet>().ok().filter(|k| !k.is_empty());
            }
            Some(("style", v)) => out.style = v.parse::<Style>().ok(),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests;
