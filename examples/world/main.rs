//! Realistic contact-centre text at any size, for benchmarks and for
//! comparing redactors (`scripts/compare.sh`, `scripts/rss.sh`); the
//! generator is `text.rs`.
//!
//! ```text
//! cargo run --release --example world -- gen GENRE SIZE [SEED] > f.txt
//! cargo run --release --example world -- secrets GENRE SIZE [SEED]
//! cargo run --release --example world -- leaks GENRE SIZE SEED OUTPUT...
//! ```
//!
//! `GENRE` is `mixed` (chats, call notes and transcripts), `chat`,
//! `notes`, `speech` (speech-to-text transcripts) or `jsonl`. `SIZE` is
//! bytes or `K`, `M`, `G` (`64M`, `1G`); the text is streamed, so any size
//! fits. `SEED` defaults to 1. `gen` prints the text and, on standard
//! error, how many secrets it holds. `secrets` prints one line per secret:
//! its kind and byte ranges (`card 1042-1061`, parts joined by `,`).
//! `leaks` makes the same text again and says, for each OUTPUT (a
//! redactor's output for that text), how many of its secrets are left
//! readable: still written there exactly as in the input, with the words
//! around them (see [`leaks`]). With `WORLD_SHOW=N` in the environment it
//! also prints the lines of the first N readable secrets of each output.

// A command-line tool: its output is the point.
#![allow(clippy::print_stdout, clippy::print_stderr)]

#[allow(dead_code)]
#[path = "../complexity/families.rs"]
mod families;
mod text;

use std::collections::HashMap;
use std::io::{BufWriter, Write};
use std::process::ExitCode;

use text::{Genre, Secret, What, World};

const USAGE: &str = "usage: world gen GENRE SIZE [SEED] | secrets GENRE SIZE [SEED] | leaks GENRE SIZE SEED OUTPUT...\n  GENRE: mixed, chat, notes, speech, jsonl";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["gen", genre, size, rest @ ..] if rest.len() <= 1 => {
            generate(genre, size, rest.first().copied())
        }
        ["secrets", genre, size, rest @ ..] if rest.len() <= 1 => {
            list(genre, size, rest.first().copied())
        }
        ["leaks", genre, size, seed, outputs @ ..] if !outputs.is_empty() => {
            leaks_cmd(genre, size, seed, outputs)
        }
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("world: {e}");
            ExitCode::from(2)
        }
    }
}

fn genre(name: &str) -> Result<Genre, String> {
    Genre::from_name(name).ok_or_else(|| format!("unknown genre '{name}'"))
}

/// `1048576`, `512K`, `10M`, `1G`.
fn parse_size(s: &str) -> Result<u64, String> {
    let (num, mult) = match s.char_indices().last() {
        Some((i, 'K' | 'k')) => (&s[..i], 1 << 10),
        Some((i, 'M' | 'm')) => (&s[..i], 1 << 20),
        Some((i, 'G' | 'g')) => (&s[..i], 1 << 30),
        _ => (s, 1),
    };
    let n: u64 = num.parse().map_err(|_| format!("bad size '{s}'"))?;
    Ok(n * mult)
}

fn parse_seed(s: Option<&str>) -> Result<u64, String> {
    s.map_or(Ok(1), |s| s.parse().map_err(|_| format!("bad seed '{s}'")))
}

fn generate(g: &str, size: &str, seed: Option<&str>) -> Result<(), String> {
    let (g, size, seed) = (genre(g)?, parse_size(size)?, parse_seed(seed)?);
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    let mut counts: HashMap<What, usize> = HashMap::new();
    let written = World::new(g, seed)
        .write(size, &mut out, &mut |s| {
            *counts.entry(s.what).or_default() += 1
        })
        .and_then(|n| out.flush().map(|()| n))
        .map_err(|e| format!("cannot write: {e}"))?;
    let counts: Vec<String> = What::ALL
        .iter()
        .map(|w| {
            format!("{} {}", counts.get(w).copied().unwrap_or(0), w.name())
        })
        .collect();
    eprintln!("world: {written} bytes; secrets: {}", counts.join(", "));
    Ok(())
}

fn list(g: &str, size: &str, seed: Option<&str>) -> Result<(), String> {
    let (g, size, seed) = (genre(g)?, parse_size(size)?, parse_seed(seed)?);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut lines = Vec::new();
    World::new(g, seed)
        .write(size, &mut std::io::sink(), &mut |s| lines.push(s))
        .map_err(|e| e.to_string())?;
    for s in lines {
        let parts: Vec<String> =
            s.parts.iter().map(|(a, b)| format!("{a}-{b}")).collect();
        writeln!(out, "{} {}", s.what.name(), parts.join(","))
            .map_err(|e| format!("cannot write: {e}"))?;
    }
    out.flush().map_err(|e| format!("cannot write: {e}"))
}

fn leaks_cmd(
    g: &str,
    size: &str,
    seed: &str,
    outputs: &[&str],
) -> Result<(), String> {
    let (g, size, seed) =
        (genre(g)?, parse_size(size)?, parse_seed(Some(seed))?);
    let size = usize::try_from(size).map_err(|_| "too large".to_string())?;
    let (input, secrets) = World::text(g, seed, size);
    let show = std::env::var("WORLD_SHOW")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    for path in outputs {
        let output = std::fs::read_to_string(path)
            .map_err(|e| format!("{path}: cannot read: {e}"))?;
        let left = leaks(&input, &secrets, &output);
        let mut line = format!("{path}:");
        for w in What::ALL {
            let total = secrets.iter().filter(|s| s.what == w).count();
            let n = left.iter().filter(|&&i| secrets[i].what == w).count();
            line.push_str(&format!(" {} {n}/{total}", w.name()));
        }
        let total = secrets.len();
        line.push_str(&format!("; all {}/{total} left readable", left.len()));
        println!("{line}");
        for &i in left.iter().take(show) {
            let s = &secrets[i];
            let (a, b) = (s.parts[0].0, s.parts[s.parts.len() - 1].1);
            let from = input[..a].rfind('\n').map_or(0, |n| n + 1);
            let to = input[b..].find('\n').map_or(input.len(), |n| b + n);
            println!("  {}: {}", s.what.name(), &input[from..to]);
        }
    }
    Ok(())
}

/// The secrets (their indices) that `output` leaves readable.
///
/// A part is readable when the output still holds it exactly as the input
/// wrote it, between the same neighbours (the word before it and the
/// character after it on its line, never another secret): a redactor that
/// hid it, or any of its digits, changed that text. The same neighbourhood
/// may occur in the input outside any secret (a CVV's "is 123." as a
/// price); such occurrences are counted in the input and subtracted, so
/// only the secrets' own copies count. A secret is readable when any of
/// its parts is.
fn leaks(input: &str, secrets: &[Secret], output: &str) -> Vec<usize> {
    let mut bounds: Vec<(usize, usize)> =
        secrets.iter().flat_map(|s| s.parts.iter().copied()).collect();
    bounds.sort_unstable();
    let mut groups: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, s) in secrets.iter().enumerate() {
        for &(a, b) in &s.parts {
            let k = bounds.partition_point(|p| p.0 < a);
            let floor = if k > 0 { bounds[k - 1].1.min(a) } else { 0 };
            let ceil = bounds.get(k + 1).map_or(input.len(), |p| p.0.max(b));
            let start = context_start(input, a, floor);
            let end = context_end(input, b, ceil);
            groups.entry(&input[start..end]).or_default().push(i);
        }
    }
    let mut keys: Vec<&str> = groups.keys().copied().collect();
    // Longest first, so a pattern that contains another is found whole.
    keys.sort_unstable_by_key(|k| std::cmp::Reverse(k.len()));
    let alternation: Vec<String> =
        keys.iter().map(|k| regex::escape(k)).collect();
    let re = regex::RegexBuilder::new(&alternation.join("|"))
        .size_limit(1 << 30)
        .dfa_size_limit(1 << 30)
        .build()
        .expect("escaped literals compile");
    let count = |text: &str| {
        let mut n: HashMap<&str, usize> = HashMap::new();
        for m in re.find_iter(text) {
            if let Some((k, _)) = groups.get_key_value(m.as_str()) {
                *n.entry(k).or_default() += 1;
            }
        }
        n
    };
    let (before, after) = (count(input), count(output));
    let mut left = Vec::new();
    for (k, ids) in &groups {
        let elsewhere =
            before.get(k).copied().unwrap_or(0).saturating_sub(ids.len());
        let readable =
            after.get(k).copied().unwrap_or(0).saturating_sub(elsewhere);
        left.extend(ids.iter().take(readable));
    }
    left.sort_unstable();
    left.dedup();
    left
}

/// Where the neighbourhood before byte `a` starts: the word before it on
/// its line and the spaces between, not before `floor`.
fn context_start(text: &str, a: usize, floor: usize) -> usize {
    let b = text.as_bytes();
    let mut i = a;
    while i > floor && b[i - 1] == b' ' {
        i -= 1;
    }
    while i > floor && !b[i - 1].is_ascii_whitespace() && a - i < 24 {
        i -= 1;
    }
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Where the neighbourhood after byte `b` ends: its next character unless
/// that ends the line, not after `ceil`.
fn context_end(text: &str, b: usize, ceil: usize) -> usize {
    match text[b..].chars().next() {
        Some(c) if c != '\n' && b + c.len_utf8() <= ceil => b + c.len_utf8(),
        _ => b,
    }
}
