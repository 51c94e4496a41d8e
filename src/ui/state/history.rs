//! Undo and redo of the page's review actions: keeping or re-redacting a
//! finding, redacting a selection, turning a kind on or off, choosing a
//! style, and Clear and Open file.
//!
//! Typing in the input is not recorded here: the text area keeps its own
//! browser undo. An entry remembers what its action changed, as it was
//! before; undoing puts that back and records the present in the redo
//! stack, so undo and redo are exact inverses. Only Clear and Open file
//! replace the text, so only their entries hold a text; the others leave
//! whatever was typed since untouched.
//!
//! Both stacks are bounded ([`MAX_STEPS`] entries, [`MAX_TEXT_BYTES`] of
//! remembered text), and they live in memory only, like the text.

use std::collections::BTreeSet;
use std::fmt;
use std::rc::Rc;

use hush::{Kind, Style};

use super::{FindingId, Settings};

/// The most entries each stack keeps; older ones are forgotten.
pub const MAX_STEPS: usize = 100;

/// The most bytes of text the undo stack keeps (from Clear and Open file);
/// older text-holding entries are forgotten first.
pub const MAX_TEXT_BYTES: usize = 32 * 1024 * 1024;

/// What an undoable action did, in words for the undo and redo buttons and
/// the message after undoing ("Undone: clear").
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// A finding of this kind (by its noun) was kept visible.
    Keep(String),
    /// A kept finding of this kind (by its noun) was redacted again.
    Redact(String),
    /// A selection was redacted by hand.
    RedactSelection,
    /// A kind was turned on or off.
    Kind(Kind, bool),
    /// The style was changed.
    Style(Style),
    /// The input was cleared.
    Clear,
    /// A file was opened into the input.
    Open(String),
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Change::Keep(noun) => write!(f, "keep a {noun} visible"),
            Change::Redact(noun) => write!(f, "redact a {noun} again"),
            Change::RedactSelection => f.write_str("redact the selection"),
            Change::Kind(kind, true) => write!(f, "turn {} on", kind.plural()),
            Change::Kind(kind, false) => {
                write!(f, "turn {} off", kind.plural())
            }
            Change::Style(style) => write!(f, "switch to the {style} style"),
            Change::Clear => f.write_str("clear"),
            Change::Open(name) => write!(f, "open {name}"),
        }
    }
}

/// The part of the state an action can change, as it was.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    /// What the action did.
    pub change: Change,
    /// The input text, for Clear and Open file only.
    pub text: Option<Rc<str>>,
    /// The settings.
    pub settings: Settings,
    /// The findings kept visible.
    pub kept: BTreeSet<FindingId>,
    /// The texts redacted by hand.
    pub hand: Rc<[Rc<str>]>,
}

impl Snapshot {
    fn text_bytes(&self) -> usize {
        self.text.as_ref().map_or(0, |t| t.len())
    }
}

/// The undo and redo stacks. Cloning is cheap: the stacks are shared
/// until one of the clones changes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    undo: Rc<Vec<Snapshot>>,
    redo: Rc<Vec<Snapshot>>,
}

impl History {
    /// Records an action about to be applied: `before` is what it changes,
    /// as it is now. Clears the redo stack, as a new action does in any
    /// editor.
    pub fn record(&mut self, before: Snapshot) {
        push_bounded(Rc::make_mut(&mut self.undo), before);
        self.redo = Rc::default();
    }

    /// Takes the last action to undo.
    pub fn pop_undo(&mut self) -> Option<Snapshot> {
        Rc::make_mut(&mut self.undo).pop()
    }

    /// Takes the last undone action to redo.
    pub fn pop_redo(&mut self) -> Option<Snapshot> {
        Rc::make_mut(&mut self.redo).pop()
    }

    /// Remembers the present, before an undo changes it, for redo.
    pub fn push_redo(&mut self, now: Snapshot) {
        push_bounded(Rc::make_mut(&mut self.redo), now);
    }

    /// Remembers the present, before a redo changes it, for undo; unlike
    /// [`History::record`] it keeps the rest of the redo stack.
    pub fn push_undo(&mut self, now: Snapshot) {
        push_bounded(Rc::make_mut(&mut self.undo), now);
    }

    /// Forgets what could be redone (the text was typed over).
    pub fn clear_redo(&mut self) {
        if !self.redo.is_empty() {
            self.redo = Rc::default();
        }
    }

    /// What Undo would undo.
    pub fn next_undo(&self) -> Option<&Snapshot> {
        self.undo.last()
    }

    /// What Redo would redo.
    pub fn next_redo(&self) -> Option<&Snapshot> {
        self.redo.last()
    }

    /// The number of actions that can be undone.
    #[cfg(test)]
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }
}

/// Pushes `entry`, then forgets the oldest entries beyond the bounds.
fn push_bounded(stack: &mut Vec<Snapshot>, entry: Snapshot) {
    stack.push(entry);
    let mut over = stack.len().saturating_sub(MAX_STEPS);
    let mut bytes: usize = stack.iter().map(Snapshot::text_bytes).sum();
    // Drop from the oldest end until both bounds hold; the newest entry
    // always stays.
    let mut cut = 0;
    while cut + 1 < stack.len() && (over > 0 || bytes > MAX_TEXT_BYTES) {
        bytes -= stack[cut].text_bytes();
        over = over.saturating_sub(1);
        cut += 1;
    }
    stack.drain(..cut);
}
