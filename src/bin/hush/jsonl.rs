//! `--jsonl-field`: redact one string field in each line of a JSON-lines
//! export (a chat or transcript export, one message per line), keeping
//! every other field and the order of the keys.
//!
//! A card is often read out over several messages, so the values are not
//! scanned one by one: they are joined into one text, one value per line
//! (with `--speaker-field`, as `Speaker: value`, so the detector sees the
//! turns of the conversation), scanned once, and each finding is mapped
//! back to the values it covers. A finding that runs over several values
//! is replaced in each of them.

use hush::{Replacement, Style, mask, replacements, scan};
use serde_json::{Map, Value};

use crate::input::Text;
use crate::job::{Config, Done, Mode, check_note};

/// The fields named on the command line.
pub struct Fields {
    /// The field to redact.
    pub text: String,
    /// The field naming the speaker of each line, if any.
    pub speaker: Option<String>,
}

/// One value to redact: the line it is on and where it lies in the joined
/// text.
struct Entry {
    line: usize,
    start: usize,
    end: usize,
}

/// The longest speaker name kept in the joined text, in characters.
const MAX_SPEAKER: usize = 40;

/// Redacts `fields.text` in every line of `text`. An input with a line
/// that is not JSON is an error, and nothing of it is written; lines
/// without the field (or where it is not a string) and blank lines are
/// written as they were.
pub fn run(
    name: &str,
    text: &Text,
    fields: &Fields,
    config: &Config,
) -> Result<Done, String> {
    let lines: Vec<&str> = text.body.split_inclusive('\n').collect();
    let mut objects: Vec<Option<Map<String, Value>>> =
        Vec::with_capacity(lines.len());
    let mut joined = String::new();
    let mut entries: Vec<Entry> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            objects.push(None);
            continue;
        }
        let value: Value = serde_json::from_str(content).map_err(|e| {
            // serde_json's own message is kept out: only the category and
            // column, never any of the line's text.
            format!(
                "{name}: line {} is not valid JSON ({:?} error at column {}); nothing of this file was written",
                i + 1,
                e.classify(),
                e.column()
            )
            .replace("Syntax error", "syntax error")
            .replace("Eof error", "unexpected end")
            .replace("Data error", "data error")
            .replace("Io error", "read error")
        })?;
        let Value::Object(map) = value else {
            objects.push(None);
            continue;
        };
        if let Some(Value::String(value)) = map.get(&fields.text) {
            if let Some(speaker) = fields
                .speaker
                .as_ref()
                .and_then(|f| map.get(f))
                .and_then(speaker_name)
            {
                joined.push_str(&speaker);
                joined.push_str(": ");
            }
            let start = joined.len();
            joined.push_str(value);
            entries.push(Entry { line: i, start, end: joined.len() });
            joined.push('\n');
            objects.push(Some(map));
        } else {
            objects.push(None);
        }
    }

    let policy = &config.policy;
    let findings = scan(&joined, policy);
    let found = !findings.is_empty();
    if config.mode == Mode::Check {
        return Ok(Done {
            stdout: check_lines(name, &joined, &entries, &findings),
            note: check_note(name, &findings, policy),
            found,
        });
    }

    let reps = replacements(&joined, &findings, policy.style);
    let mut per_entry: Vec<Vec<(usize, usize, String)>> =
        entries.iter().map(|_| Vec::new()).collect();
    for r in &reps {
        // Entries are sorted and disjoint: the first one ending after the
        // replacement starts, then those it runs into.
        let first = entries.partition_point(|e| e.end <= r.span.start);
        let covered: Vec<usize> = (first..entries.len())
            .take_while(|&k| entries[k].start < r.span.end)
            .collect();
        for (n, &k) in covered.iter().enumerate() {
            let e = &entries[k];
            let a = r.span.start.max(e.start);
            let b = r.span.end.min(e.end);
            if a >= b {
                continue;
            }
            let last = n + 1 == covered.len();
            let whole = a == r.span.start && b == r.span.end;
            let fragment = &joined[a..b];
            let label =
                findings.get(r.finding).map_or("REDACTED", |f| f.label());
            let text =
                piece_text(r, fragment, whole, last, label, policy.style);
            per_entry[k].push((a - e.start, b - e.start, text));
        }
    }

    let mut out = String::with_capacity(text.body.len() + 3);
    out.push_str(text.bom);
    let mut next_entry = 0;
    for (i, line) in lines.iter().enumerate() {
        let entry = entries
            .get(next_entry)
            .filter(|e| e.line == i)
            .map(|e| (next_entry, e));
        let Some((k, e)) = entry else {
            out.push_str(line);
            continue;
        };
        next_entry += 1;
        if per_entry[k].is_empty() {
            out.push_str(line);
            continue;
        }
        let value = &joined[e.start..e.end];
        let mut redacted = String::with_capacity(value.len());
        let mut at = 0;
        for (a, b, t) in &per_entry[k] {
            redacted.push_str(&value[at..*a]);
            redacted.push_str(t);
            at = *b;
        }
        redacted.push_str(&value[at..]);
        let Some(mut map) = objects[i].take() else {
            return Err(format!(
                "{name}: line {} could not be redacted",
                i + 1
            ));
        };
        map.insert(fields.text.clone(), Value::String(redacted));
        let json = serde_json::to_string(&map).map_err(|_| {
            format!("{name}: line {} could not be written as JSON", i + 1)
        })?;
        out.push_str(&json);
        let content = line.trim_end_matches(['\n', '\r']);
        out.push_str(&line[content.len()..]);
    }
    Ok(Done { stdout: out.into_bytes(), note: None, found })
}

/// What replaces one fragment of a replacement: the replacement itself if
/// the fragment is all of it; otherwise the fragment masked (mask style),
/// or the label without "ending 1111" on every fragment but the last.
fn piece_text(
    r: &Replacement,
    fragment: &str,
    whole: bool,
    last: bool,
    label: &str,
    style: Style,
) -> String {
    match style {
        _ if whole => r.text.clone(),
        Style::Mask => mask(fragment),
        Style::Last4 if !last => format!("[{label}]"),
        _ => r.text.clone(),
    }
}

/// A speaker name fit for a `Speaker: ` prefix: one line, no colon, at
/// most 40 characters; `None` if nothing is left.
fn speaker_name(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    let clean: String = s
        .chars()
        .map(|c| if c.is_control() || c == ':' { ' ' } else { c })
        .take(MAX_SPEAKER)
        .collect();
    let clean = clean.trim();
    (!clean.is_empty()).then(|| clean.to_string())
}

/// `--check` lines: the line of the JSON-lines file and the position (in
/// characters, 1-based) inside the field's text. One pass for all
/// findings: the count goes on from the previous finding in the same value.
fn check_lines(
    name: &str,
    joined: &str,
    entries: &[Entry],
    findings: &[hush::Finding],
) -> Vec<u8> {
    use std::io::Write;
    let mut out = Vec::new();
    let mut k = 0;
    // The position counted so far: entry, byte offset, character column.
    let (mut counted, mut pos, mut col) = (usize::MAX, 0, 1);
    for f in findings {
        let start = f.span().start;
        while k + 1 < entries.len() && entries[k].end < start {
            k += 1;
        }
        let Some(e) = entries.get(k) else { break };
        let start = start.clamp(e.start, e.end);
        if counted != k || pos > start {
            (counted, pos, col) = (k, e.start, 1);
        }
        col += joined.as_bytes()[pos..start]
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count();
        pos = start;
        let _ = writeln!(
            out,
            "{name}:{}:{col}: {} ({})",
            e.line + 1,
            f.noun(),
            f.reason()
        );
    }
    out
}
