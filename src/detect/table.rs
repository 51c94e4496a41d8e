//! Tables: in a Markdown table, a CSV or a tab-separated export, a value's
//! label is the header of its column, not the words before it on the line.
//!
//! ```text
//! | Name    | SSN       | Member ID |
//! |---------|-----------|-----------|
//! | R. Iyer | 733311387 | 718147815 |
//! ```

use super::bytes::find_any;
use super::context::{Label, Labels, camel_label};
use super::token::Token;
use crate::span::Span;

/// A cell of a table row below its header, and its column's label.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cell {
    pub(crate) span: Span,
    /// Where the cell's row (its line) starts.
    pub(crate) row_start: usize,
    /// The label found in the column's header, if any.
    pub(crate) label: Option<Label>,
}

/// Finds the body cells of every table in `text`, sorted by position.
pub(crate) fn cells(
    text: &str,
    tokens: &[Token],
    labels: &Labels,
    in_table: &mut dyn FnMut(usize) -> bool,
) -> Vec<Cell> {
    let lines: Vec<Span> = {
        let mut out = Vec::new();
        let bytes = text.as_bytes();
        let mut start = 0;
        loop {
            let i = find_any(bytes, start, [b'\n']);
            out.push(Span::new(start, i));
            if i >= bytes.len() {
                break;
            }
            start = i + 1;
        }
        out
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        // `in_table` first: it is the cheaper test (a search, not a read of
        // the line), and most lines of a conversation fail it.
        let sep = match in_table(lines[i].start) {
            true => separator(lines[i].of(text)),
            false => None,
        };
        let Some(sep) = sep else {
            i += 1;
            continue;
        };
        let header = split(text, lines[i], sep);
        // A header row names its columns: words, not digits, nor a number
        // redacted before (a cell of `*`, or one of our tags: `[CVV]`,
        // `card [CARD]`).
        let redacted = header.iter().any(|c| {
            let s = c.of(text).trim();
            masked_word(s)
                || holds_tag(s)
                || (s.starts_with('[')
                    && s.ends_with(']')
                    && s.len() > 2
                    && s.bytes()
                        .skip(1)
                        .take(1)
                        .all(|b| b.is_ascii_uppercase()))
        });
        if redacted || lines[i].of(text).bytes().any(|b| b.is_ascii_digit()) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < lines.len()
            && in_table(lines[j].start)
            && separator(lines[j].of(text)) == Some(sep)
        {
            j += 1;
        }
        if j - i >= 2 && header.len() >= 2 {
            let heads: Vec<Option<Label>> = header
                .iter()
                .map(|cell| {
                    let all = labels.all();
                    let k = all.partition_point(|l| l.span.start < cell.start);
                    all.get(k)
                        .copied()
                        .filter(|l| l.span.end <= cell.end)
                        .or_else(|| camel_label(text, tokens, *cell))
                })
                .collect();
            for line in &lines[i + 1..j] {
                let row = split(text, *line, sep);
                if row.len() != header.len() {
                    continue;
                }
                for (cell, label) in row.into_iter().zip(&heads) {
                    out.push(Cell {
                        span: cell,
                        row_start: line.start,
                        label: *label,
                    });
                }
            }
        }
        i = j.max(i + 1);
    }
    out
}

/// The cell separator of a table line: `|` (at least two), a tab, or a
/// comma in a line with no ", " (CSV, not prose).
fn separator(line: &str) -> Option<char> {
    // Most lines hold none of the three: searched for first, a word at a
    // time, before the count byte by byte.
    let bytes = line.as_bytes();
    if find_any(bytes, 0, [b',', b'|', b'\t']) == bytes.len() {
        return None;
    }
    let t = line.trim().as_bytes();
    let (mut pipes, mut tabs, mut commas, mut prose) = (0, 0, 0, false);
    let (mut cell, mut long_cell) = (0, false);
    for (i, &b) in t.iter().enumerate() {
        match b {
            b'|' => pipes += 1,
            b'\t' => tabs += 1,
            b',' => {
                commas += 1;
                prose |= t.get(i + 1) == Some(&b' ');
                long_cell |= cell > 40;
                cell = 0;
                continue;
            }
            _ => {}
        }
        cell += 1;
    }
    long_cell |= cell > 40;
    if pipes >= 2 {
        Some('|')
    } else if tabs > 0 {
        Some('\t')
    } else if commas > 0 && !prose && !long_cell {
        Some(',')
    } else {
        None
    }
}

/// The cells of a line, trimmed, without the empty edges of `| a | b |`.
fn split(text: &str, line: Span, sep: char) -> Vec<Span> {
    let s = line.of(text);
    let mut cells = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), sep))) {
        if c == sep {
            let raw = s.get(start..i).unwrap_or("");
            let lead = raw.len() - raw.trim_start().len();
            let inner = raw.trim();
            let a = line.start + start + lead;
            cells.push(Span::new(a, a + inner.len()));
            start = i + c.len_utf8();
        }
    }
    if sep == '|' {
        if cells.first().is_some_and(|c| c.is_empty()) {
            cells.remove(0);
        }
        if cells.last().is_some_and(|c| c.is_empty()) {
            cells.pop();
        }
    }
    cells
}

/// Returns true if `cell` holds one of Hush's tags for a built-in kind
/// anywhere: `card [CARD]`, `[SSN-2]`, `[CARD ending 1111]`.
fn holds_tag(cell: &str) -> bool {
    cell.match_indices('[').any(|(i, _)| {
        let rest = cell.get(i + 1..).unwrap_or("");
        ["CARD", "SSN", "CVV", "EXPIRY"].iter().any(|name| {
            rest.strip_prefix(name).is_some_and(|r| {
                matches!(r.bytes().next(), Some(b']' | b'-' | b' '))
            })
        })
    })
}

/// Returns true if `cell` holds a mask of ours: a run of `*` with no letter
/// or digit on either side (`****`, `**/**`), not Markdown emphasis around
/// a word (`**Name**`).
fn masked_word(cell: &str) -> bool {
    let b = cell.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'*' {
            i += 1;
            continue;
        }
        let start = i;
        while b.get(i) == Some(&b'*') {
            i += 1;
        }
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let before = cell.get(..start).and_then(|s| s.chars().next_back());
        let after = cell.get(i..).and_then(|s| s.chars().next());
        if !word(before) && !word(after) {
            return true;
        }
    }
    false
}
