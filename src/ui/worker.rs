//! The scan worker's side of the app: what `static/scan-worker.js` calls
//! in its own copy of the module, off the page's main thread.
//!
//! The page never runs this code: the worker loads the same wasm module
//! (the page hands it the compiled module, so nothing is fetched twice),
//! and `main` does nothing there (see `src/bin/hush-web.rs`). A
//! [`ScanJob`] is one text under one policy, scanned in steps with
//! [`hush::Scanner`] so that the worker can report progress between steps
//! and drop the job when a newer one arrives. The worker keeps the last
//! text it scanned for the text box (up to [`EDIT_MAX_BYTES`]) with the
//! findings of its pieces ([`hush::Rescan`]): a newer edit of it reads
//! again only the pieces around the edit, with exactly the findings of a
//! whole scan; a different text or policy reads everything again and
//! replaces it. A job ends either as the findings, encoded for the page
//! ([`hush::wire`]), or, for a text too big to show in the page, as a
//! [`BigResult`]: the redacted text as bytes for a Blob, its first part to
//! show, and the summary.
//!
//! Errors carry a fixed sentence, never the text; a panic prints nothing
//! (the hook is silenced in [`worker_start`]).

use std::cell::RefCell;

use hush::{Finding, Kind, Policy, Rescan, Scanner, Style, Summary, redact};
use wasm_bindgen::prelude::*;

use super::file::{EDIT_MAX_BYTES, FileError, MAX_INPUT_BYTES, decode_bytes};
use super::state::{BIG_HEAD_BYTES, MAX_LISTED_BIG, Rules, head};

/// Called once when the worker has loaded the module: a panic in the
/// worker must not print its message (it may quote the text). The page
/// sees the failure as an error of the worker and fails closed.
#[wasm_bindgen(js_name = workerStart)]
pub fn worker_start() {
    std::panic::set_hook(Box::new(|_| {}));
}

thread_local! {
    /// The last policy read, by its source text, so that a policy file is
    /// parsed (and its patterns compiled) once, not for every keystroke.
    static RULES: RefCell<Option<(Option<String>, Rules)>> =
        const { RefCell::new(None) };

    /// The last text of up to [`EDIT_MAX_BYTES`] scanned to the end, with
    /// the findings of its pieces, for the scan of its next edit.
    static LAST: RefCell<Rescan> = RefCell::new(Rescan::new());
}

/// The rules of the deployment's policy file `source` (`None`: the
/// built-in defaults), as the page read them.
fn rules_for(source: Option<String>) -> Result<Rules, JsValue> {
    RULES.with(|cell| {
        let mut cell = cell.borrow_mut();
        if let Some((src, rules)) = cell.as_ref() {
            if *src == source {
                return Ok(rules.clone());
            }
        }
        let rules = match source.as_deref() {
            None => Rules::default(),
            Some(text) => Rules::from_toml(text)
                .map_err(|_| JsValue::from_str("the policy is not valid"))?,
        };
        *cell = Some((source, rules.clone()));
        Ok(rules)
    })
}

/// The policy a job runs under: the deployment's rules with the person's
/// settings, `kinds` a bit for each of [`Kind::ALL`] and `style` its name.
fn policy_for(
    source: Option<String>,
    kinds: u8,
    style: &str,
) -> Result<Policy, JsValue> {
    let rules = rules_for(source)?;
    let mut settings = rules.defaults();
    for (i, kind) in Kind::ALL.into_iter().enumerate() {
        settings.kinds.set(kind, kinds & (1 << i) != 0);
    }
    settings.style = style
        .parse::<Style>()
        .map_err(|_| JsValue::from_str("unknown style"))?;
    Ok(rules.with_settings(settings))
}

/// One text scanned in steps.
#[wasm_bindgen]
pub struct ScanJob {
    scanner: Scanner,
    policy: Policy,
    /// Whether the text is one a person edits: its scan resumes the last
    /// one, and is kept for the next.
    keep: bool,
}

#[wasm_bindgen]
impl ScanJob {
    /// A job over a text the page had (typed or pasted).
    #[wasm_bindgen(constructor)]
    pub fn new(
        text: String,
        policy: Option<String>,
        kinds: u8,
        style: &str,
    ) -> Result<ScanJob, JsValue> {
        if text.len() > MAX_INPUT_BYTES {
            return Err(JsValue::from_str(&FileError::TooLarge.to_string()));
        }
        ScanJob::of(text, policy, kinds, style)
    }

    /// A job over a file's bytes; an error says why they are not text
    /// the page takes (the [`FileError`]'s sentence).
    #[wasm_bindgen(js_name = fromBytes)]
    pub fn from_bytes(
        bytes: Vec<u8>,
        policy: Option<String>,
        kinds: u8,
        style: &str,
    ) -> Result<ScanJob, JsValue> {
        let text = decode_bytes(bytes)
            .map_err(|e| JsValue::from_str(&e.to_string()))?;
        ScanJob::of(text, policy, kinds, style)
    }

    fn of(
        text: String,
        policy: Option<String>,
        kinds: u8,
        style: &str,
    ) -> Result<ScanJob, JsValue> {
        let policy = policy_for(policy, kinds, style)?;
        let keep = text.len() <= EDIT_MAX_BYTES;
        let scanner = LAST.with(|last| match keep {
            true => Scanner::resume(text, &policy, &last.borrow()),
            false => {
                // A big text is not edited: free the last one's memory.
                last.borrow_mut().clear();
                Scanner::new(text, &policy)
            }
        });
        Ok(ScanJob { scanner, policy, keep })
    }

    /// Finishes the scan: the text, its findings, and, for a text a
    /// person edits, the scan kept for its next edit.
    fn finish(self) -> (String, Vec<Finding>) {
        if !self.keep {
            return self.scanner.finish();
        }
        let (findings, rescan) = self.scanner.finish_keep();
        let text = rescan.text().to_owned();
        LAST.with(|last| *last.borrow_mut() = rescan);
        (text, findings)
    }

    /// Scans about `budget` more bytes (whole pieces); true when done.
    pub fn step(&mut self, budget: usize) -> bool {
        self.scanner.step(budget)
    }

    /// The bytes scanned so far.
    pub fn done(&self) -> usize {
        self.scanner.done()
    }

    /// The text's length in bytes.
    pub fn total(&self) -> usize {
        self.scanner.len()
    }

    /// Finishes the scan; the findings, encoded for the page.
    pub fn findings(self) -> Vec<u8> {
        let (_, findings) = self.finish();
        hush::wire::encode(&findings)
    }

    /// Finishes the scan and redacts: the result for a big text.
    pub fn redacted(self) -> BigResult {
        let policy = self.policy.clone();
        let (text, findings) = self.finish();
        let summary = Summary::for_policy(&findings, &policy).found();
        let list = listing(&text, &findings);
        let input_head = head(&text, BIG_HEAD_BYTES).to_owned();
        let bytes = text.len();
        let output = redact(&text, &findings, policy.style);
        drop(text);
        BigResult {
            summary,
            count: findings.len(),
            bytes,
            input_head,
            output_head: head(&output, BIG_HEAD_BYTES).to_owned(),
            list,
            output: output.into_bytes(),
        }
    }
}

/// The first findings of a big text, one line each: where (line) and
/// what, with the reason; never the secret itself.
fn listing(text: &str, findings: &[Finding]) -> Vec<String> {
    let mut out = Vec::new();
    let (mut line, mut at) = (1usize, 0usize);
    for f in findings.iter().take(MAX_LISTED_BIG) {
        let start = f.span().start.min(text.len());
        if start >= at {
            let between = text.as_bytes().get(at..start).unwrap_or_default();
            line += between.iter().filter(|b| **b == b'\n').count();
            at = start;
        }
        out.push(format!("Line {line}: {} ({})", f.noun(), f.reason()));
    }
    out
}

/// What the worker gives the page for a big text.
#[wasm_bindgen]
pub struct BigResult {
    summary: String,
    count: usize,
    bytes: usize,
    input_head: String,
    output_head: String,
    list: Vec<String>,
    output: Vec<u8>,
}

#[wasm_bindgen]
impl BigResult {
    /// "2 card numbers, 1 SSN redacted".
    pub fn summary(&self) -> String {
        self.summary.clone()
    }

    /// How many findings.
    pub fn count(&self) -> usize {
        self.count
    }

    /// The input's length in bytes.
    pub fn bytes(&self) -> usize {
        self.bytes
    }

    /// The first part of the input, to show.
    #[wasm_bindgen(js_name = inputHead)]
    pub fn input_head(&self) -> String {
        self.input_head.clone()
    }

    /// The first part of the redacted text, to show.
    #[wasm_bindgen(js_name = outputHead)]
    pub fn output_head(&self) -> String {
        self.output_head.clone()
    }

    /// The first findings, a line each, joined by line feeds.
    pub fn list(&self) -> String {
        self.list.join("\n")
    }

    /// The whole redacted text as UTF-8 bytes (taken: a second call gives
    /// nothing).
    pub fn output(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.output)
    }
}
