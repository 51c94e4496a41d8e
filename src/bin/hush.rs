//! `hush`: redacts card numbers, SSNs, CVVs and expiry dates from files or
//! standard input, with the same core as the web app.
//!
//! Exit codes: 0 success (with `--check`: nothing found), 1 with `--check`
//! when something was found, 2 on an error (a file that is missing, a
//! directory, not UTF-8, or a bad option).

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::{self, Read, Write};
use std::process::ExitCode;

use anyhow::{Context, bail};
use hush::{Finding, KindSet, Policy, Style, Summary, redact, scan};

const USAGE: &str = "\
hush: redact payment card numbers, SSNs, CVVs and expiry dates

Usage: hush [OPTIONS] [FILE...]

Reads each FILE (standard input when there is none, or for '-') and writes
the redacted text to standard output. Nothing leaves this machine.

Options:
  --style STYLE   how to replace what is found: label (default, [CARD]),
                  numbered ([CARD-1], same value same number), mask
                  (**** **** **** ****), last4 ([CARD ending 1111])
  --only KINDS    look only for these kinds, comma-separated: card, ssn,
                  cvv, expiry (default: all)
  --json          print one JSON object per input: the findings (UTF-8 byte
                  offsets, the ranges redacted, the reason) and the redacted
                  text
  --check         print where secrets are (never the secrets) and exit 1 if
                  any were found, 0 if none
  -h, --help      print this help
  -V, --version   print the version

Exit status: 0 success, 1 secrets found (with --check), 2 error.
";

/// What the command line asked for.
struct Args {
    policy: Policy,
    mode: Mode,
    files: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Redact,
    Json,
    Check,
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(err) => {
            eprintln!("hush: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn run() -> anyhow::Result<ExitCode> {
    let Some(args) = parse(std::env::args().skip(1))? else {
        return Ok(ExitCode::SUCCESS);
    };
    let inputs: Vec<String> =
        if args.files.is_empty() { vec!["-".to_string()] } else { args.files };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = false;
    let mut found = false;
    for path in &inputs {
        let text = match read(path) {
            Ok(text) => text,
            Err(err) => {
                // Report and go on with the other files; write nothing of
                // this one.
                eprintln!("hush: {err:#}");
                failed = true;
                continue;
            }
        };
        let findings = scan(&text, &args.policy);
        found |= !findings.is_empty();
        match args.mode {
            Mode::Redact => out.write_all(
                redact(&text, &findings, args.policy.style).as_bytes(),
            )?,
            Mode::Json => {
                let name = (inputs.len() > 1).then_some(path.as_str());
                writeln!(
                    out,
                    "{}",
                    json(name, &text, &findings, args.policy.style)
                )?;
            }
            Mode::Check => check(&mut out, path, &text, &findings)?,
        }
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::from(2)
    } else if args.mode == Mode::Check && found {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Parses the arguments; `None` when `--help` or `--version` was handled.
fn parse(argv: impl Iterator<Item = String>) -> anyhow::Result<Option<Args>> {
    let mut args = Args {
        policy: Policy::default(),
        mode: Mode::Redact,
        files: Vec::new(),
    };
    let mut argv = argv.peekable();
    let mut options_done = false;
    while let Some(arg) = argv.next() {
        if options_done || arg == "-" || !arg.starts_with('-') {
            args.files.push(arg);
            continue;
        }
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => {
                (n.to_string(), Some(v.to_string()))
            }
            _ => (arg.clone(), None),
        };
        let mut value = |what: &str| -> anyhow::Result<String> {
            match inline.clone().or_else(|| argv.next()) {
                Some(v) => Ok(v),
                None => bail!("{name} needs a value: {what}"),
            }
        };
        match name.as_str() {
            "--" => options_done = true,
            "-h" | "--help" => {
                print!("{USAGE}");
                return Ok(None);
            }
            "-V" | "--version" => {
                println!("hush {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            "--style" => {
                let v = value("label, numbered, mask or last4")?;
                args.policy.style = v.parse::<Style>()?;
            }
            "--only" => {
                let v = value("a list such as card,ssn")?;
                let kinds = v.parse::<KindSet>()?;
                if kinds.is_empty() {
                    bail!(
                        "--only needs at least one kind: card, ssn, cvv or expiry"
                    );
                }
                args.policy.kinds = kinds;
            }
            "--json" => args.mode = Mode::Json,
            "--check" => args.mode = Mode::Check,
            _ => bail!("unknown option '{arg}'; see 'hush --help'"),
        }
    }
    Ok(Some(args))
}

/// Reads a file, or standard input for `-`, as UTF-8.
fn read(path: &str) -> anyhow::Result<String> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        io::stdin()
            .read_to_end(&mut buf)
            .context("cannot read standard input")?;
        buf
    } else {
        let meta = std::fs::metadata(path)
            .with_context(|| format!("{path}: cannot open"))?;
        if meta.is_dir() {
            bail!("{path}: is a directory; give the files inside it");
        }
        std::fs::read(path).with_context(|| format!("{path}: cannot read"))?
    };
    let name = if path == "-" { "standard input" } else { path };
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        anyhow::anyhow!("{name}: not UTF-8 text (invalid byte at offset {at}); convert it to UTF-8 first")
    })
}

/// The `--json` object for one input.
fn json(
    file: Option<&str>,
    text: &str,
    findings: &[Finding],
    style: Style,
) -> serde_json::Value {
    let list: Vec<serde_json::Value> = findings
        .iter()
        .map(|f| {
            let parts: Vec<[usize; 2]> =
                f.parts().iter().map(|p| [p.start, p.end]).collect();
            serde_json::json!({
                "kind": f.kind().name(),
                "start": f.span().start,
                "end": f.span().end,
                "parts": parts,
                "reason": f.reason(),
            })
        })
        .collect();
    let mut obj = serde_json::json!({
        "findings": list,
        "redacted": redact(text, findings, style),
    });
    if let Some(file) = file {
        obj["file"] = serde_json::Value::from(file);
    }
    obj
}

/// The `--check` report: one line per finding with its position, kind and
/// reason, never its text; then a summary on standard error.
fn check(
    out: &mut impl Write,
    path: &str,
    text: &str,
    findings: &[Finding],
) -> anyhow::Result<()> {
    let name = if path == "-" { "<stdin>" } else { path };
    for f in findings {
        let at = f.span().start;
        let line = text[..at].matches('\n').count() + 1;
        let col =
            text[..at].rsplit('\n').next().map_or(0, |l| l.chars().count())
                + 1;
        writeln!(
            out,
            "{name}:{line}:{col}: {} ({})",
            f.kind().noun(),
            f.reason()
        )?;
    }
    if !findings.is_empty() {
        eprintln!(
            "{name}: {}",
            Summary::of(findings).to_string().replace(" redacted", " found")
        );
    }
    Ok(())
}
