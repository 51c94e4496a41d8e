//! One input, start to finish: read it, scan it, and produce what goes to
//! standard output (or to `--out-dir`) and the note for standard error.
//!
//! This is the one place that turns an input into output: it reads the
//! whole input (within `--max-size`), and builds the output for the whole
//! input before any of it is written, so an input that fails part-way
//! writes nothing. A single big input to redact is streamed instead, in
//! bounded memory (see [`crate::stream`]).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use hush::{Finding, Kind, Policy, Scanner, Style, Summary, redact};

use crate::input::{self, Input, Text};
use crate::jsonl;
use crate::pool::Threads;

/// What to produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// The redacted text.
    Redact,
    /// One JSON object per input: findings and redacted text.
    Json,
    /// Where secrets are, never the secrets.
    Check,
}

/// Everything a job needs, shared by all jobs.
pub struct Config {
    /// What to find and how to replace it.
    pub policy: Policy,
    /// What to produce.
    pub mode: Mode,
    /// The maximum input size in bytes.
    pub max_size: u64,
    /// `--jsonl-field` (and `--speaker-field`): redact one field of each
    /// JSON line.
    pub jsonl: Option<jsonl::Fields>,
    /// `--out-dir`: write each redacted input there instead of standard
    /// output.
    pub out_dir: Option<PathBuf>,
    /// Several inputs: JSON objects carry `"file"`.
    pub many: bool,
    /// The threads that read the pieces of one input at once: `--jobs`
    /// for a single input, 1 when the inputs themselves run in parallel.
    pub threads: usize,
}

/// The result of one input.
#[derive(Default)]
pub struct Done {
    /// What to write to standard output, in order with the other inputs.
    pub stdout: Vec<u8>,
    /// A line for standard error (the `--check` summary).
    pub note: Option<String>,
    /// Something was found.
    pub found: bool,
}

/// Processes one input, adding the bytes it has scanned to `scanned` as it
/// goes (for the progress line). The error message names the input and
/// never holds its text.
pub fn run(
    input: &Input,
    config: &Config,
    scanned: &AtomicU64,
) -> Result<Done, String> {
    let text =
        input::read(input, config.max_size).map_err(|e| e.to_string())?;
    run_text(input, text, config, scanned)
}

/// Processes the text of one input, already read, adding the bytes it
/// has scanned to `scanned`.
pub fn run_text(
    input: &Input,
    mut text: Text,
    config: &Config,
    scanned: &AtomicU64,
) -> Result<Done, String> {
    fault_injection(input, &text);
    let name = input.name();
    if let Some(fields) = &config.jsonl {
        let out = jsonl::run(&name, &text, fields, config)?;
        return finish(input, config, out);
    }
    let findings =
        scan(&mut text.body, &config.policy, config.threads, scanned);
    let found = !findings.is_empty();
    let done = match config.mode {
        Mode::Redact => Done {
            stdout: redact_plain(&text, &findings, config.policy.style),
            note: None,
            found,
        },
        Mode::Json => {
            let file = config.many.then_some(name.as_str());
            let mut line = json(file, &text, &findings, config.policy.style)
                .to_string()
                .into_bytes();
            line.push(b'\n');
            Done { stdout: line, note: None, found }
        }
        Mode::Check => Done {
            stdout: check_lines(&name, &text.body, &findings),
            note: check_note(&name, &findings, &config.policy),
            found,
        },
    };
    finish(input, config, done)
}

/// Scans `body` in steps, adding each step's bytes to `scanned`; the same
/// findings as [`hush::scan`].
fn scan(
    body: &mut String,
    policy: &Policy,
    threads: usize,
    scanned: &AtomicU64,
) -> Vec<Finding> {
    let mut scanner = Scanner::new(std::mem::take(body), policy);
    let mut reported = 0;
    loop {
        let pool = Threads(threads);
        let finished = scanner.step_in(pool.batch(), &pool);
        let done = scanner.done();
        scanned.fetch_add((done - reported) as u64, Ordering::Relaxed);
        reported = done;
        if finished {
            break;
        }
    }
    let (text, findings) = scanner.finish();
    *body = text;
    findings
}

/// Writes the output to `--out-dir` if asked; otherwise hands it back for
/// standard output.
fn finish(input: &Input, config: &Config, done: Done) -> Result<Done, String> {
    match (&config.out_dir, config.mode) {
        (Some(dir), Mode::Redact) => {
            write_out(input, dir, &done.stdout)?;
            Ok(Done { stdout: Vec::new(), ..done })
        }
        _ => Ok(done),
    }
}

/// The redacted text, with the byte-order mark it began with.
pub fn redact_plain(
    text: &Text,
    findings: &[Finding],
    style: Style,
) -> Vec<u8> {
    let redacted = redact(&text.body, findings, style);
    if text.bom.is_empty() {
        // No second copy of the whole text.
        return redacted.into_bytes();
    }
    let mut out = String::with_capacity(text.bom.len() + redacted.len());
    out.push_str(text.bom);
    out.push_str(&redacted);
    out.into_bytes()
}

/// The `--json` object for one input. Offsets are into the original bytes
/// (after a byte-order mark, if any).
fn json(
    file: Option<&str>,
    text: &Text,
    findings: &[Finding],
    style: Style,
) -> serde_json::Value {
    let shift = text.bom.len();
    let list: Vec<serde_json::Value> = findings
        .iter()
        .map(|f| {
            let parts: Vec<[usize; 2]> = f
                .parts()
                .iter()
                .map(|p| [p.start + shift, p.end + shift])
                .collect();
            let mut obj = serde_json::json!({
                "kind": f.kind().name(),
                "start": f.span().start + shift,
                "end": f.span().end + shift,
                "parts": parts,
                "reason": f.reason(),
            });
            if f.kind() == Kind::Custom {
                obj["pattern"] = f.name().into();
                obj["label"] = f.label().into();
            }
            obj
        })
        .collect();
    let redacted = String::from_utf8(redact_plain(text, findings, style))
        .unwrap_or_default();
    let mut obj = serde_json::json!({
        "findings": list,
        "redacted": redacted,
    });
    if let Some(file) = file {
        obj["file"] = serde_json::Value::from(file);
    }
    obj
}

/// The `--check` report: one line per finding with its line, column (in
/// characters, after any byte-order mark), kind and reason, never its text.
/// One pass over the text for all findings.
fn check_lines(name: &str, body: &str, findings: &[Finding]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut cursor = Cursor::default();
    for f in findings {
        let (line, col) = cursor.advance_to(body, f.span().start);
        let _ = writeln!(
            out,
            "{name}:{line}:{col}: {} ({})",
            f.noun(),
            f.reason()
        );
    }
    out
}

/// The `--check` summary for standard error: "notes.txt: 1 card number
/// found; CVVs are not being looked for".
pub fn check_note(
    name: &str,
    findings: &[Finding],
    policy: &Policy,
) -> Option<String> {
    if findings.is_empty() {
        return None;
    }
    let summary = Summary::for_policy(findings, policy);
    let found = summary.found();
    let found = found.strip_suffix(" redacted").unwrap_or(&found);
    let mut note = format!("{name}: {found} found");
    if let Some(off) = summary.not_redacted() {
        note.push_str("; ");
        note.push_str(
            &off.replace("not being redacted", "not being looked for"),
        );
    }
    Some(note)
}

/// A line and column that moves forward through a text, so positions of
/// sorted findings cost one pass in all.
#[derive(Clone, Copy)]
pub struct Cursor {
    at: usize,
    line: usize,
    col: usize,
}

impl Default for Cursor {
    fn default() -> Cursor {
        Cursor { at: 0, line: 1, col: 1 }
    }
}

impl Cursor {
    /// The line and column (1-based, columns in characters) of byte
    /// `offset`; offsets before the cursor give the cursor's position.
    pub fn advance_to(&mut self, text: &str, offset: usize) -> (usize, usize) {
        let end = offset.min(text.len());
        if let Some(bytes) = text.as_bytes().get(self.at..end) {
            for &b in bytes {
                if b == b'\n' {
                    self.line += 1;
                    self.col = 1;
                } else if b & 0xC0 != 0x80 {
                    self.col += 1;
                }
            }
            self.at = end;
        }
        (self.line, self.col)
    }
}

/// Writes `bytes` as `dir/<the input's file name>`: to a temporary file
/// first, renamed when complete, so a failure never leaves half a file.
fn write_out(input: &Input, dir: &Path, bytes: &[u8]) -> Result<(), String> {
    let name = input.name();
    let file_name = input
        .file_name()
        .ok_or_else(|| format!("{name}: --out-dir needs a file name"))?;
    let target = dir.join(file_name);
    if let (Some(src), Ok(dst)) = (input.path(), target.canonicalize()) {
        if src.canonicalize().is_ok_and(|s| s == dst) {
            return Err(format!(
                "{name}: --out-dir would overwrite the input itself; choose another directory"
            ));
        }
    }
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(file_name);
    tmp_name.push(format!(".hush-{}.tmp", std::process::id()));
    let tmp = dir.join(tmp_name);
    let shown = target.to_string_lossy().into_owned();
    let result = std::fs::write(&tmp, bytes)
        .and_then(|()| std::fs::rename(&tmp, &target));
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(format!("{shown}: cannot write: {e}"));
    }
    Ok(())
}

/// In debug builds only: `HUSH_TEST_PANIC=<input name>` panics while that
/// input is processed, with its text in the panic message, so the tests
/// can check that the panic hook never prints it.
#[cfg(debug_assertions)]
fn fault_injection(input: &Input, text: &Text) {
    let target = std::env::var_os("HUSH_TEST_PANIC");
    if target.is_some_and(|n| n.to_string_lossy() == input.name()) {
        panic!("injected fault while redacting: {}", text.body);
    }
}

#[cfg(not(debug_assertions))]
fn fault_injection(_: &Input, _: &Text) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_counts_lines_and_chars_in_one_pass() {
        let text = "ab\nçd\n\nxyz";
        let mut c = Cursor::default();
        assert_eq!(c.advance_to(text, 0), (1, 1));
        assert_eq!(c.advance_to(text, 1), (1, 2));
        assert_eq!(c.advance_to(text, 5), (2, 2));
        assert_eq!(c.advance_to(text, 8), (4, 1));
        assert_eq!(c.advance_to(text, 3), (4, 1));
        assert_eq!(c.advance_to(text, 99), (4, 4));
    }
}
