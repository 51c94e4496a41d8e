//! `hush`: redacts card numbers, SSNs, CVVs, expiry dates and an
//! organisation's own identifiers from files or standard input, with the
//! same core as the web app.
//!
//! Exit codes: 0 success (with `--check`: nothing found), 1 with `--check`
//! when something was found, 2 on an error (a bad option or policy, a file
//! that is missing, a directory, too large or not UTF-8, output that cannot
//! be written), 70 on an internal error (a bug: a panic), after a fixed
//! message that never holds any input.
//!
//! The modules: `input` (reading, limits, the byte-order mark), `job` (one
//! input start to finish: the place a streaming core plugs in), `jsonl`
//! (`--jsonl-field`), `batch` (parallel jobs, ordered output, progress).

#![allow(clippy::print_stdout, clippy::print_stderr)]

mod batch;
mod input;
mod job;
mod jsonl;
mod pool;
mod progress;
mod stream;

use std::ffi::OsString;
use std::io::{self, Write};
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicU64;

use anyhow::{Context, bail};
use clap::Parser;
use hush::{Allow, Kind, KindSet, MAX_POLICY_LEN, Pattern, Policy, Style};

use crate::input::{Input, Size};
use crate::job::{Config, Mode};

/// mimalloc reuses the memory of one piece of a long text for the next;
/// glibc's allocator unmapped it, and the next piece took a page fault per
/// 4 KB touched again (see Cargo.toml).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The exit status after a panic (EX_SOFTWARE, "internal software error").
const PANIC_EXIT: i32 = 70;

/// The default of `--max-size`.
const DEFAULT_MAX_SIZE: &str = "32M";

/// hush: redact payment card numbers, SSNs, CVVs and expiry dates
///
/// Reads each FILE (standard input when there is none, or for '-') and
/// writes the redacted text to standard output. Nothing leaves this
/// machine.
#[derive(Parser, Debug)]
#[command(
    name = "hush",
    version,
    max_term_width = 80,
    after_help = AFTER_HELP,
    after_long_help = AFTER_HELP,
)]
struct Cli {
    /// Files to redact ('-' for standard input)
    #[arg(value_name = "FILE")]
    files: Vec<OsString>,

    /// How to replace what is found: label ([CARD], the default), numbered
    /// ([CARD-1], same value same number), mask (**** **** **** ****, every
    /// spoken word as ****), last4 ([CARD ending 1111])
    #[arg(long, value_name = "STYLE")]
    style: Option<Style>,

    /// Look only for these built-in kinds, comma-separated: card, ssn, cvv,
    /// expiry (default: all, or the policy's)
    #[arg(long, value_name = "KINDS")]
    only: Option<KindSet>,

    /// Print one JSON object per input: the findings (UTF-8 byte offsets
    /// into the input, the ranges redacted, the reason) and the redacted
    /// text
    #[arg(long, conflicts_with = "check")]
    json: bool,

    /// Print where secrets are (never the secrets) and exit 1 if any were
    /// found, 0 if none
    #[arg(long)]
    check: bool,

    /// Read the organisation's policy (kinds, style, custom patterns, allow
    /// rules, locks) from this TOML file; see examples/hush.toml
    #[arg(long, value_name = "FILE")]
    policy: Option<PathBuf>,

    /// Also hide matches of REGEX, labelled [NAME] (member_id=MBR-\d{8}
    /// gives [MEMBER-ID]); repeatable. \d \w \s \b are ASCII
    #[arg(long = "pattern", value_name = "NAME=REGEX")]
    patterns: Vec<String>,

    /// Never redact a finding whose whole text REGEX matches (a support
    /// line, a test card); repeatable
    #[arg(long = "allow", value_name = "REGEX")]
    allow: Vec<String>,

    /// Never redact a finding whose text is exactly TEXT; repeatable
    #[arg(long = "allow-exact", value_name = "TEXT")]
    allow_exact: Vec<String>,

    /// Never redact a finding whose value has exactly these digits,
    /// however written or spoken (4111-1111-1111-1111); repeatable
    #[arg(long = "allow-digits", value_name = "DIGITS")]
    allow_digits: Vec<String>,

    /// Refuse inputs held whole larger than SIZE (K, M, G), with an error
    /// and nothing of that input written; a single input to redact over
    /// 16M is streamed in bounded memory instead (a JSON document is held
    /// whole)
    #[arg(long, value_name = "SIZE", default_value = DEFAULT_MAX_SIZE)]
    max_size: Size,

    /// Process N inputs at once (default: the number of cores); output
    /// stays in the order of the arguments. A single input over 512K is
    /// read in pieces on N threads, with the same output
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<NonZeroUsize>,

    /// Write each redacted file into DIR under its own name instead of to
    /// standard output
    #[arg(long, value_name = "DIR", conflicts_with = "json")]
    out_dir: Option<PathBuf>,

    /// The input is JSON lines: redact the string field NAME of each line,
    /// keeping every other field and the key order
    #[arg(long, value_name = "NAME", conflicts_with = "json")]
    jsonl_field: Option<String>,

    /// With --jsonl-field: the field naming each line's speaker, so a
    /// number read out over several messages is found as in a transcript
    #[arg(long, value_name = "NAME", requires = "jsonl_field")]
    speaker_field: Option<String>,
}

const AFTER_HELP: &str = "\
Examples:
  hush notes.txt > notes.redacted.txt
  hush --check calls/*.txt
  hush --policy hush.toml --out-dir redacted/ exports/*.txt
  hush --jsonl-field text --speaker-field role chat.jsonl

Exit status: 0 success (with --check: nothing found), 1 secrets found
(with --check), 2 error, 70 internal error (a bug; nothing of the input is
printed).";

fn main() -> ExitCode {
    install_panic_hook();
    match run() {
        Ok(code) => code,
        Err(err) => {
            let _ = writeln!(io::stderr(), "hush: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// On a panic: wait for any input's output being written to finish, flush
/// it, print one fixed sentence (never the panic's message, which could
/// hold input) and exit with [`PANIC_EXIT`]. Outputs already written for
/// earlier inputs stay complete; nothing of the input being processed is
/// written.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|_| {
        let mut out = io::stdout().lock();
        let _ = out.flush();
        let message: &[u8] = if stream::STREAMING
            .load(std::sync::atomic::Ordering::SeqCst)
        {
            b"hush: internal error; the output stops part-way (what was written is redacted). \
              This is a bug: please report it (without your input).\n"
        } else {
            b"hush: internal error; stopped without writing the input being processed. \
              This is a bug: please report it (without your input).\n"
        };
        let _ = io::stderr().write_all(message);
        std::process::exit(PANIC_EXIT);
    }));
}

fn run() -> anyhow::Result<ExitCode> {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return Ok(clap_error(&e)),
    };
    let config = configure(&cli)?;
    let inputs: Vec<Input> = if cli.files.is_empty() {
        vec![Input::Stdin]
    } else {
        cli.files.iter().map(|f| Input::from_arg(f)).collect()
    };
    if let Some(dir) = &config.out_dir {
        prepare_out_dir(dir, &inputs)?;
    }
    let jobs = cli.jobs.map_or_else(
        || std::thread::available_parallelism().map_or(1, NonZeroUsize::get),
        NonZeroUsize::get,
    );
    // One input: its pieces are read on `jobs` threads; several: the
    // inputs run in parallel, each read in turn.
    let threads = if inputs.len() == 1 { jobs } else { 1 };
    let config = Config { many: inputs.len() > 1, threads, ..config };
    if let [input] = inputs.as_slice() {
        if stream::applies(input, &config, inputs.len()) {
            return streamed(input, &config, cli.check);
        }
    }
    let report = batch::run(&inputs, &config, jobs);
    Ok(if report.failed {
        ExitCode::from(2)
    } else if cli.check && report.found {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Redacts one big input as it is read (see [`stream`]); standard input
/// that proves small takes the ordinary path.
fn streamed(
    input: &Input,
    config: &Config,
    check: bool,
) -> anyhow::Result<ExitCode> {
    let bytes = match stream::run(input, config) {
        Ok(Ok(_)) => return Ok(ExitCode::SUCCESS),
        Ok(Err(bytes)) => bytes,
        Err(e) => {
            let _ = writeln!(io::stderr(), "hush: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    if bytes.len() as u64 > config.max_size {
        let _ = writeln!(
            io::stderr(),
            "hush: standard input: larger than the maximum input size of {}; split it, or raise the limit with --max-size",
            Size(config.max_size)
        );
        return Ok(ExitCode::from(2));
    }
    let done =
        input::text_of(input, bytes).map_err(|e| e.to_string()).and_then(
            |text| job::run_text(input, text, config, &AtomicU64::new(0)),
        );
    let done = match done {
        Ok(done) => done,
        Err(e) => {
            let _ = writeln!(io::stderr(), "hush: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let mut out = io::stdout().lock();
    match out.write_all(&done.stdout).and_then(|()| out.flush()) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            let _ = writeln!(
                io::stderr(),
                "hush: cannot write standard output: {e}"
            );
            return Ok(ExitCode::from(2));
        }
    }
    Ok(if check && done.found { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Prints clap's help or version to standard output (a closed pipe is a
/// normal end; a full disk an error), or its error to standard error.
fn clap_error(e: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind as K;
    match e.kind() {
        K::DisplayHelp | K::DisplayVersion => {
            let text = e.render().to_string();
            let mut out = io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) if err.kind() == io::ErrorKind::BrokenPipe => {
                    ExitCode::SUCCESS
                }
                Err(err) => {
                    let _ = writeln!(
                        io::stderr(),
                        "hush: cannot write the output: {err}"
                    );
                    ExitCode::from(2)
                }
            }
        }
        _ => {
            let rendered = e.render().to_string();
            let mut lines = rendered
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with("Usage:"))
                .filter(|l| !l.starts_with("For more information"));
            let first = lines.next().unwrap_or("bad arguments");
            let first = first.strip_prefix("error: ").unwrap_or(first);
            let mut err = io::stderr().lock();
            let _ = writeln!(err, "hush: {first}");
            for line in lines {
                let _ = writeln!(err, "hush: {line}");
            }
            let _ = writeln!(err, "hush: see 'hush --help'");
            ExitCode::from(2)
        }
    }
}

/// Builds the policy and the rest of the configuration from the command
/// line: the policy file first, then the options on top of it. An option
/// that would change a setting the policy locks is an error.
fn configure(cli: &Cli) -> anyhow::Result<Config> {
    let mut policy = match &cli.policy {
        Some(path) => read_policy(path)?,
        None => Policy::default(),
    };
    let policy_name = policy.name.clone().unwrap_or_default();
    if let Some(kinds) = cli.only {
        if kinds.is_empty() {
            bail!("--only needs at least one kind: card, ssn, cvv or expiry");
        }
        for kind in Kind::ALL {
            if !policy.set_kind(kind, kinds.contains(kind)) {
                let state =
                    if policy.kinds.contains(kind) { "on" } else { "off" };
                bail!(
                    "--only: {} are locked {state} by the policy '{policy_name}'",
                    kind.plural()
                );
            }
        }
    }
    if let Some(style) = cli.style {
        if !policy.set_style(style) {
            bail!(
                "--style: the style is locked to {} by the policy '{policy_name}'",
                policy.style
            );
        }
    }
    for spec in &cli.patterns {
        let Some((name, regex)) = spec.split_once('=') else {
            bail!(
                "--pattern needs NAME=REGEX, such as member_id=MBR-\\d{{8}}"
            );
        };
        if policy.patterns.iter().any(|p| p.name() == name) {
            bail!(
                "--pattern: a pattern is already named '{name}'; choose another name"
            );
        }
        let pattern = Pattern::new(name, regex).context("--pattern")?;
        policy.patterns.push(pattern);
    }
    let allow_count =
        cli.allow.len() + cli.allow_exact.len() + cli.allow_digits.len();
    if allow_count > 0 && policy.locked.allow {
        bail!(
            "--allow: the policy '{policy_name}' locks its allow rules; none can be added"
        );
    }
    for (i, regex) in cli.allow.iter().enumerate() {
        let rule = Allow::regex(regex)
            .map_err(|e| anyhow::anyhow!("--allow {}: {e}", i + 1))?;
        policy.allow.push(rule);
    }
    for (i, text) in cli.allow_exact.iter().enumerate() {
        let rule = Allow::exact(text)
            .map_err(|e| anyhow::anyhow!("--allow-exact {}: {e}", i + 1))?;
        policy.allow.push(rule);
    }
    for (i, digits) in cli.allow_digits.iter().enumerate() {
        let rule = Allow::digits(digits)
            .map_err(|e| anyhow::anyhow!("--allow-digits {}: {e}", i + 1))?;
        policy.allow.push(rule);
    }
    if policy.redacts_nothing() {
        bail!("nothing to look for: turn on a kind or add a --pattern");
    }
    let mode = if cli.json {
        Mode::Json
    } else if cli.check {
        Mode::Check
    } else {
        Mode::Redact
    };
    if cli.out_dir.is_some() && mode == Mode::Check {
        bail!("--out-dir writes redacted files; it does not go with --check");
    }
    Ok(Config {
        policy,
        mode,
        max_size: cli.max_size.0,
        jsonl: cli.jsonl_field.as_ref().map(|field| jsonl::Fields {
            text: field.clone(),
            speaker: cli.speaker_field.clone(),
        }),
        out_dir: cli.out_dir.clone(),
        many: false,
        threads: 1,
    })
}

/// Reads and parses a policy file; errors name the file and the position.
fn read_policy(path: &std::path::Path) -> anyhow::Result<Policy> {
    let name = path.to_string_lossy();
    let meta = std::fs::metadata(path)
        .with_context(|| format!("{name}: cannot open the policy"))?;
    if meta.len() > MAX_POLICY_LEN as u64 {
        bail!("{name}: the policy file is larger than {MAX_POLICY_LEN} bytes");
    }
    let bytes = std::fs::read(path)
        .with_context(|| format!("{name}: cannot read the policy"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "{name}: the policy is not UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    Policy::from_toml(text)
        .map_err(|e| anyhow::anyhow!("{name}: invalid policy: {e}"))
}

/// Checks `--out-dir` before any work: every input is a file, no two share
/// a name, and the directory exists (it is created if missing).
fn prepare_out_dir(
    dir: &std::path::Path,
    inputs: &[Input],
) -> anyhow::Result<()> {
    let mut seen = std::collections::HashSet::new();
    for input in inputs {
        let Some(name) = input.file_name() else {
            bail!(
                "--out-dir needs file arguments: standard input has no file name"
            );
        };
        if !seen.insert(name.to_os_string()) {
            bail!(
                "--out-dir: two inputs are named '{}'; redact them into different directories",
                name.to_string_lossy()
            );
        }
    }
    std::fs::create_dir_all(dir).with_context(|| {
        format!(
            "{}: cannot create the output directory",
            dir.to_string_lossy()
        )
    })
}
