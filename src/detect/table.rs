//! Tables: in a Markdown table, a CSV or a tab-separated export, a value's
//! label is the header of its column, not the words before it on the line.
//!
//! ```text
//! | Name    | SSN       | Member ID |
//! |---------|-----------|-----------|
//! | R. Iyer | 733311387 | 718147815 |
//! ```
//!
//! A form printed to text (a PDF read as text, a fixed-width report) keeps
//! its columns with runs of spaces, labels on one line and values under
//! them (see [`spaced`]):
//!
//! ```text
//! Expiration Date                 CVV/CVC (3 or 4 digits)
//! 05/25                           432
//! ```

use super::bytes::{self, find_any};
use super::context::{Label, Labels, camel_label};
use super::lexicon::Cat;
use super::token::{Tok, Token};
use super::units::{Glue, Units};
use crate::span::Span;
use std::ops::Range;

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
        let bytes = text.as_bytes();
        // Sized once (see `layout::lines`).
        let mut out = Vec::with_capacity(bytes::count(bytes, b'\n') + 1);
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
    // A text with no `,`, `|` or tab has no line with a separator: its
    // lines are not read one by one.
    let bytes = text.as_bytes();
    let mut i = match find_any(bytes, 0, [b',', b'|', b'\t']) < bytes.len() {
        true => 0,
        false => lines.len(),
    };
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
        let header = split(text, lines[i], sep.sep);
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
        // Digits in a column's name are a name's (`card_1`, `exp_yy2`): a
        // header may hold them in words of letters, digits and `_` alone,
        // two digits at most.
        let value = |c: &Span| {
            let s = c.of(text).trim();
            let digits = s.bytes().filter(u8::is_ascii_digit).count();
            let name =
                s.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
                    && s.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_')
                    && digits <= 2;
            digits > 0 && !name
        };
        if redacted || header.iter().any(value) {
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
                .map(|cell| column_label(text, tokens, labels, *cell))
                .collect();
            if sep.spaced && !spaced_header(text, &header, &heads) {
                i = j;
                continue;
            }
            for line in &lines[i + 1..j] {
                let row = split(text, *line, sep.sep);
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
    let spaced = spaced(text, tokens, labels, &lines, in_table);
    if !spaced.is_empty() {
        crate::order::merge_by_key(&mut out, spaced, |c| (c.span.start, 0));
    }
    let inserted = insert_values(text, tokens, labels);
    if !inserted.is_empty() {
        crate::order::merge_by_key(&mut out, inserted, |c| (c.span.start, 0));
    }
    out
}

/// The most bytes read from a label back to the `(` of the column list
/// it is in, and on to its `)`.
const MAX_COLUMNS: usize = 400;

/// The most bytes of values read after an SQL statement's column list.
const MAX_VALUES: usize = 64 * 1024;

/// The values of an SQL statement pasted from an error or a log, each
/// under the label of its column: `INSERT INTO customers (id, ssn,
/// card_exp) VALUES (82, '016-29-9026', '2033-08')`, as a table's row is
/// under its header. Read from the labels of our secrets: the column list
/// around one, then `VALUES` and each row of values with as many as there
/// are columns. Only the columns with a label give cells.
fn insert_values(text: &str, tokens: &[Token], labels: &Labels) -> Vec<Cell> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // The column list read last: several labels may be in one.
    let mut done = 0;
    for label in labels.all().iter().filter(|l| l.cat.is_secret()) {
        let (start, end) = (label.span.start, label.span.end);
        if start < done {
            continue;
        }
        // A column's name ends its item of the list: after the rest of
        // the name ("card_exp", "ssn2") comes a `,` or the `)`. Most
        // labels, in prose, are not read further.
        let ends_item = tokens
            .get(label.last + 1..)
            .unwrap_or_default()
            .iter()
            .take(6)
            .find(|t| {
                !matches!(
                    t.tok,
                    Tok::Word | Tok::Digits | Tok::Punct('_' | '`' | '"')
                )
            })
            .is_some_and(|t| matches!(t.tok, Tok::Comma | Tok::Punct(')')));
        if !ends_item {
            continue;
        }
        // The `(` before the label and the `)` after it, on its line.
        let back = start.saturating_sub(MAX_COLUMNS);
        let Some(open) = bytes.get(back..start).and_then(|b| {
            b.iter()
                .rposition(|&c| matches!(c, b'(' | b')' | b'\n'))
                .filter(|&k| b[k] == b'(')
                .map(|k| back + k)
        }) else {
            continue;
        };
        let ahead = bytes.get(end..(end + MAX_COLUMNS).min(bytes.len()));
        let Some(close) = ahead.and_then(|b| {
            b.iter()
                .position(|&c| matches!(c, b'(' | b')' | b'\n'))
                .filter(|&k| b[k] == b')')
                .map(|k| end + k)
        }) else {
            continue;
        };
        done = close;
        // `VALUES (` after it.
        let mut i = close + 1;
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        if !bytes
            .get(i..i + 6)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"values"))
        {
            continue;
        }
        i += 6;
        let columns: Vec<Option<Label>> = split_sql(bytes, open + 1, close)
            .into_iter()
            .map(|c| column_label(text, tokens, labels, c))
            .collect();
        if columns.len() < 2 || columns.iter().all(Option::is_none) {
            continue;
        }
        let limit = (i + MAX_VALUES).min(bytes.len());
        // Each row: `(`, values, `)`, then `,` and the next row.
        loop {
            while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
                i += 1;
            }
            if bytes.get(i) != Some(&b'(') || i >= limit {
                break;
            }
            let Some(row_end) = row_close(bytes, i + 1, limit) else { break };
            let values = split_sql(bytes, i + 1, row_end);
            if values.len() == columns.len() {
                for (span, label) in values.into_iter().zip(&columns) {
                    if label.is_some() {
                        out.push(Cell { span, row_start: i, label: *label });
                    }
                }
            }
            i = row_end + 1;
            while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
                i += 1;
            }
            if bytes.get(i) != Some(&b',') {
                break;
            }
            i += 1;
        }
        done = done.max(i);
    }
    out
}

/// The `)` that closes a row of SQL values opened before `from`: the first
/// one outside quotes, before `limit`.
fn row_close(bytes: &[u8], from: usize, limit: usize) -> Option<usize> {
    let mut quoted = false;
    (from..limit).find(|&k| match bytes.get(k) {
        Some(b'\'') => {
            quoted = !quoted;
            false
        }
        Some(b')') => !quoted,
        _ => false,
    })
}

/// The items of an SQL list from `from` to `to` (columns or values), cut at
/// commas outside single quotes, each without the spaces and the quotes
/// around it.
fn split_sql(bytes: &[u8], from: usize, to: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut quoted = false;
    let mut start = from;
    for k in from..=to {
        match bytes.get(k) {
            Some(b'\'') if k < to => quoted = !quoted,
            Some(b',') if !quoted && k < to => {
                out.push(trim_sql(bytes, start, k));
                start = k + 1;
            }
            _ if k == to => out.push(trim_sql(bytes, start, k)),
            _ => {}
        }
    }
    out
}

/// `from..to` without the spaces, quotes and backticks at either end.
fn trim_sql(bytes: &[u8], mut from: usize, mut to: usize) -> Span {
    let edge = |b: Option<&u8>| {
        b.is_some_and(|&c| {
            c.is_ascii_whitespace() || matches!(c, b'\'' | b'"' | b'`')
        })
    };
    while from < to && edge(bytes.get(from)) {
        from += 1;
    }
    while to > from && edge(bytes.get(to - 1)) {
        to -= 1;
    }
    Span::new(from, to)
}

/// Joins the groups of a card or an SSN kept in columns of their own
/// ("card_1,card_2,card_3,card_4" over "5247,7287,8419,6659", as a form
/// with a box per group exports them): a unit alone in its cell, whose
/// column names the same secret as the column of the cell right before it
/// in its row, where a unit is alone too, is joined to that unit by tight
/// glue, as the groups of a number written with spaces are. Cells with
/// other labels, or none, stay apart: a CSV row's phone, ZIP and amount
/// are separate numbers.
pub(crate) fn join_columns(units: &mut Units, cells: &[Cell]) {
    let alone_in = |units: &Units, i: usize, cell: &Cell| -> bool {
        let Some(u) = units.units.get(i) else { return false };
        let inside = |u: &super::units::Unit| {
            cell.span.start <= u.span.start && u.span.end <= cell.span.end
        };
        inside(u)
            && !u.spoken
            && !i
                .checked_sub(1)
                .and_then(|p| units.units.get(p))
                .is_some_and(inside)
            && !units.units.get(i + 1).is_some_and(inside)
    };
    for pair in cells.windows(2) {
        let [a, b] = pair else { continue };
        let (Some(la), Some(lb)) = (a.label, b.label) else { continue };
        if a.row_start != b.row_start
            || la.cat != lb.cat
            || !matches!(la.cat, Cat::Card | Cat::Ssn)
        {
            continue;
        }
        let i = units.units.partition_point(|u| u.span.start < b.span.start);
        let Some(before) = i.checked_sub(1) else { continue };
        if alone_in(units, i, b) && alone_in(units, before, a) {
            if let Some(u) = units.units.get_mut(i) {
                u.glue = Glue::Tight;
            }
        }
    }
}

/// The label of a column whose name is `cell`: the last label inside it
/// (a name's last word says what it holds: "card_exp" is an expiry,
/// "card_pan" a card), else a name in camel case's ("CardNumber").
fn column_label(
    text: &str,
    tokens: &[Token],
    labels: &Labels,
    cell: Span,
) -> Option<Label> {
    let all = labels.all();
    let k = all.partition_point(|l| l.span.start < cell.start);
    all.get(k..)
        .unwrap_or_default()
        .iter()
        .take_while(|l| l.span.end <= cell.end)
        .last()
        .copied()
        .or_else(|| camel_label(text, tokens, cell))
}

/// The least run of spaces between two cells of a header in [`spaced`]:
/// prose has one space between words, two after a full stop at most.
const HEADER_GAP: usize = 3;

/// The least run of spaces between two cells of a row in [`spaced`].
const ROW_GAP: usize = 2;

/// The longest cell of a spaced table: labels and values, not prose.
const MAX_CELL: usize = 40;

/// The body cells of tables whose columns are kept by spaces alone: a
/// header line of two or more cells, [`HEADER_GAP`] spaces or more apart,
/// one of which names one of our secrets, and below it the lines of values,
/// each value under the column it lies nearest to (a value is left-aligned
/// under its label, or centred, or right-aligned). Only lines that hold a
/// label of our secrets are read as headers, so most text is not read at
/// all. A header names things, so it holds no number of three digits or
/// more ("CVV/CVC (3 or 4 digits)" is a header, "Card 4111 1111" no).
/// The rows are the lines right after the header, up to a line that is no
/// row: one with no digit (a blank line, the next header), a cell longer
/// than [`MAX_CELL`] bytes, two cells nearest to one column, or one cell
/// alone that is not indented.
fn spaced(
    text: &str,
    tokens: &[Token],
    labels: &Labels,
    lines: &[Span],
    in_table: &mut dyn FnMut(usize) -> bool,
) -> Vec<Cell> {
    let mut out = Vec::new();
    // The line read last as a header: each line once.
    let mut done = None;
    // The line of the label being read: labels come in text order.
    let mut i = 0;
    for label in labels.all().iter().filter(|l| l.cat.is_secret()) {
        while lines.get(i).is_some_and(|l| l.end < label.span.start) {
            i += 1;
        }
        let Some(&line) = lines.get(i) else { continue };
        if done.is_some_and(|d| d >= i) {
            continue;
        }
        done = Some(i);
        let s = line.of(text);
        if !has_gap(s.as_bytes(), HEADER_GAP) || !in_table(line.start) {
            continue;
        }
        let header = split_spaced(line, s, HEADER_GAP);
        if header.len() < 2
            || header.iter().any(|c| c.len() > MAX_CELL)
            || !names_only(tokens, line)
        {
            continue;
        }
        let heads: Vec<Option<Label>> = header
            .iter()
            .map(|cell| {
                let all = labels.all();
                let k = all.partition_point(|l| l.span.start < cell.start);
                all.get(k).copied().filter(|l| l.span.end <= cell.end)
            })
            .collect();
        if !heads.iter().flatten().any(|l| l.cat.is_secret()) {
            continue;
        }
        // Columns by their place on the line.
        let cols: Vec<Range<usize>> = header
            .iter()
            .map(|c| c.start - line.start..c.end - line.start)
            .collect();
        for row in lines.iter().skip(i + 1) {
            let r = row.of(text);
            // A line with no digit is no row of values: the next header
            // ("Cardholder Name      Billing ZIP"), or text.
            if !r.bytes().any(|b| b.is_ascii_digit()) || !in_table(row.start) {
                break;
            }
            let cells = split_spaced(*row, r, ROW_GAP);
            let indented = r.starts_with("  ");
            if cells.iter().any(|c| c.len() > MAX_CELL)
                || (cells.len() < 2 && !indented)
            {
                break;
            }
            let Some(placed) = place(&cells, &cols, row.start) else { break };
            for (cell, k) in cells.into_iter().zip(placed) {
                out.push(Cell {
                    span: cell,
                    row_start: row.start,
                    label: heads.get(k).copied().flatten(),
                });
            }
        }
    }
    out
}

/// Returns true if `bytes` hold a run of at least `gap` spaces.
fn has_gap(bytes: &[u8], gap: usize) -> bool {
    let mut run = 0;
    for &b in bytes {
        run = if b == b' ' { run + 1 } else { 0 };
        if run >= gap {
            return true;
        }
    }
    false
}

/// The cells of `line` (its text `s`), cut at runs of at least `gap`
/// spaces, trimmed; none empty.
fn split_spaced(line: Span, s: &str, gap: usize) -> Vec<Span> {
    let mut cells = Vec::new();
    let bytes = s.as_bytes();
    let (mut start, mut spaces) = (None, 0);
    for (i, &b) in bytes.iter().enumerate() {
        if b == b' ' {
            spaces += 1;
            continue;
        }
        match start {
            Some(a) if spaces >= gap => {
                cells.push(Span::new(line.start + a, line.start + i - spaces));
                start = Some(i);
            }
            None => start = Some(i),
            Some(_) => {}
        }
        spaces = 0;
    }
    if let Some(a) = start {
        cells.push(Span::new(line.start + a, line.start + s.len() - spaces));
    }
    cells
}

/// Returns true if the tokens of `line` hold no number of three digits or
/// more: a line of names, not of values.
fn names_only(tokens: &[Token], line: Span) -> bool {
    let k = tokens.partition_point(|t| t.span().start < line.start);
    tokens
        .get(k..)
        .unwrap_or_default()
        .iter()
        .take_while(|t| t.span().start < line.end)
        .all(|t| t.tok != Tok::Digits || t.span().len() < 3)
}

/// The column of each cell of a row starting at byte `row`: the one it
/// overlaps most, else the one nearest to it; `None` when two cells fall
/// in one column or a cell lies as near to two.
fn place(
    cells: &[Span],
    cols: &[Range<usize>],
    row: usize,
) -> Option<Vec<usize>> {
    let mut placed: Vec<usize> = Vec::with_capacity(cells.len());
    for cell in cells {
        let (a, b) = (cell.start - row, cell.end - row);
        // The gap between the cell and a column, below zero when they
        // overlap: the more they overlap, the less.
        let dist =
            |c: &Range<usize>| a.max(c.start) as i64 - b.min(c.end) as i64;
        let mut best: Option<(i64, usize)> = None;
        let mut tie = false;
        for (k, c) in cols.iter().enumerate() {
            let d = dist(c);
            match best {
                Some((bd, _)) if d > bd => {}
                Some((bd, _)) if d == bd => tie = true,
                _ => {
                    best = Some((d, k));
                    tie = false;
                }
            }
        }
        let (_, k) = best?;
        if tie || placed.last().is_some_and(|&p| p >= k) {
            return None;
        }
        placed.push(k);
    }
    Some(placed)
}

/// The cell separator of a table line: `|` (at least two), a tab, or a
/// comma: in a line with no ", " (CSV, not prose), or with a space after
/// every comma ([`Sep::spaced`]: a CSV written with ", ", or prose).
fn separator(line: &str) -> Option<Sep> {
    // Most lines hold none of the three: searched for first, a word at a
    // time, before the count byte by byte.
    let bytes = line.as_bytes();
    if find_any(bytes, 0, [b',', b'|', b'\t']) == bytes.len() {
        return None;
    }
    let t = line.trim().as_bytes();
    let (mut pipes, mut tabs, mut commas, mut spaced) = (0, 0, 0, 0);
    let (mut cell, mut long_cell) = (0, false);
    for (i, &b) in t.iter().enumerate() {
        match b {
            b'|' => pipes += 1,
            b'\t' => tabs += 1,
            b',' => {
                commas += 1;
                spaced += usize::from(t.get(i + 1) == Some(&b' '));
                long_cell |= cell > 40;
                cell = 0;
                continue;
            }
            _ => {}
        }
        cell += 1;
    }
    long_cell |= cell > 40;
    let sep = |sep, spaced| Some(Sep { sep, spaced });
    if pipes >= 2 {
        sep('|', false)
    } else if tabs > 0 {
        sep('\t', false)
    } else if commas > 0 && !long_cell && (spaced == 0 || spaced == commas) {
        sep(',', spaced > 0)
    } else {
        None
    }
}

/// How the cells of a table line are separated.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Sep {
    sep: char,
    /// Commas each followed by a space: prose is written so too ("ok,
    /// thanks"), so such a table needs a header that reads as one (see
    /// [`spaced_header`]).
    spaced: bool,
}

/// Returns true if `header`, a line whose commas each have a space after
/// them, is a table's header: three columns or more, each named in at
/// most three words and no sentence's marks, one of them a label of ours
/// ("name, ssn, member id"), not words of a sentence ("ok, thanks, bye").
fn spaced_header(
    text: &str,
    header: &[Span],
    heads: &[Option<Label>],
) -> bool {
    /// The most words in a column's name.
    const MAX_WORDS: usize = 3;
    header.len() >= 3
        && heads.iter().any(Option::is_some)
        && header.iter().all(|c| {
            let s = c.of(text);
            !s.is_empty()
                && s.split_whitespace().count() <= MAX_WORDS
                && !s.contains(['.', '?', '!', ':', ';', '"'])
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str, gap: usize) -> Vec<&str> {
        split_spaced(Span::new(0, s.len()), s, gap)
            .into_iter()
            .map(|c| &s[c.range()])
            .collect()
    }

    #[test]
    fn cells_kept_by_spaces() {
        let header = "Expiration Date                 CVV/CVC (3 or 4 digits)";
        assert_eq!(
            texts(header, HEADER_GAP),
            vec!["Expiration Date", "CVV/CVC (3 or 4 digits)"]
        );
        // Prose: a full stop and two spaces make no column.
        assert_eq!(texts("Sent the card.  Thanks", HEADER_GAP).len(), 1);
        assert_eq!(texts("   135   ", ROW_GAP), vec!["135"]);
        assert!(has_gap(b"a   b", 3) && !has_gap(b"a  b", 3));
    }

    /// The values `insert_values` puts under a label, and that label.
    fn inserted(text: &str) -> Vec<(&str, &str)> {
        let tokens = crate::detect::token::tokenize(text);
        let labels = Labels::find(text, &tokens);
        insert_values(text, &tokens, &labels)
            .iter()
            .filter_map(|c| Some((c.span.of(text), c.label?.span.of(text))))
            .collect()
    }

    #[test]
    fn sql_values_under_their_columns() {
        assert_eq!(
            inserted(
                "INSERT INTO t (id, `ssn`, note, card_exp) VALUES \
                 (1, '212-40-7781', 'a, b (c)', '2031-04'), (2, '', 'x', '09/29')"
            ),
            vec![
                ("1", "id"),
                ("212-40-7781", "ssn"),
                ("2031-04", "exp"),
                ("2", "id"),
                ("", "ssn"),
                ("09/29", "exp")
            ]
        );
        // A row of another length, a list with no VALUES, prose, and
        // statements cut short read nothing, and never fail.
        for text in [
            "INSERT INTO t (id, ssn) VALUES (1, 2, 3)",
            "the fields (name, ssn, card) are required",
            "INSERT INTO t (id, ssn) VALUES (1, '2",
            "INSERT INTO t (id, ssn) VALUES",
            "(ssn, cvv) values (",
            "(ssn,",
        ] {
            assert_eq!(inserted(text), vec![], "{text}");
        }
    }

    #[test]
    fn values_go_to_the_nearest_column() {
        let cols = [0..15, 32..55];
        // Left-aligned under its label, or nearer to it than to the other.
        let cells = [Span::new(0, 5), Span::new(32, 35)];
        assert_eq!(place(&cells, &cols, 0), Some(vec![0, 1]));
        assert_eq!(place(&[Span::new(27, 30)], &cols, 0), Some(vec![1]));
        // As near to both: no column.
        assert_eq!(place(&[Span::new(20, 27)], &cols, 0), None);
        // Two values in one column: no row.
        let two = [Span::new(0, 3), Span::new(5, 8)];
        assert_eq!(place(&two, &cols, 0), None);
    }
}
