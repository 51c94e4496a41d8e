//! The driver of `scripts/complexity.sh`: generates the adversarial input
//! families of `families.rs` and runs the core on them.
//!
//! ```text
//! cargo run --release --example complexity -- list
//! cargo run --release --example complexity -- gen FAMILY SIZE [SEED] > f.txt
//! cargo run --release --example complexity -- run FILE [STYLE]
//! cargo run --release --example complexity -- measure FAMILY SIZE...
//! cargo run --release --example complexity -- seeds DIR SIZE
//! ```
//!
//! `SIZE` is bytes, or with a `K` or `M` suffix (`256K`, `4M`). `run` reads
//! `FILE` (`-` for standard input), runs `scan` with the default policy and
//! `redact` in `STYLE` (default `label`), and prints one line: input bytes,
//! findings, output bytes, then the CPU and the wall-clock seconds of one
//! pass of the core, and the number of passes they are the mean of (short
//! passes are repeated up to 0.3 s of CPU). `measure` is for callgrind (see
//! [`measure`]). `seeds` writes every family at `SIZE` into
//! `DIR/FAMILY.txt`, the seeds of the fuzzers.

// A command-line tool: its output is the point.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod families;

use std::io::{Read, Write};
use std::process::ExitCode;
use std::time::Instant;

use hush::{Policy, Style, redact, scan};

const USAGE: &str = "usage: complexity list | gen FAMILY SIZE [SEED] | run FILE [STYLE] | seeds DIR SIZE";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["list"] => {
            for f in families::FAMILIES {
                let how = if f.cli_check { "cli-check" } else { "core" };
                println!("{}\t{how}\t{}", f.name, f.about);
            }
            Ok(())
        }
        ["gen", name, size, rest @ ..] if rest.len() <= 1 => {
            generate(name, size, rest.first().copied())
        }
        ["run", file, rest @ ..] if rest.len() <= 1 => {
            run(file, rest.first().copied())
        }
        ["seeds", dir, size] => seeds(dir, size),
        ["measure", name, sizes @ ..] => measure(name, sizes),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("complexity: {e}");
            ExitCode::from(2)
        }
    }
}

/// `256K` → 262144; `4M` → 4194304; `100` → 100.
fn parse_size(s: &str) -> Result<usize, String> {
    let (num, mult) = match s.as_bytes().last() {
        Some(b'K' | b'k') => (&s[..s.len() - 1], 1024),
        Some(b'M' | b'm') => (&s[..s.len() - 1], 1024 * 1024),
        _ => (s, 1),
    };
    num.parse::<usize>()
        .map(|n| n * mult)
        .map_err(|_| format!("bad size '{s}': bytes, or with K or M"))
}

fn family(name: &str) -> Result<&'static families::Family, String> {
    families::find(name)
        .ok_or_else(|| format!("no family '{name}'; see 'complexity list'"))
}

fn generate(name: &str, size: &str, seed: Option<&str>) -> Result<(), String> {
    let f = family(name)?;
    let size = parse_size(size)?;
    let seed = match seed {
        Some(s) => s.parse().map_err(|_| format!("bad seed '{s}'"))?,
        None => 1,
    };
    let text = families::generate(f, size, seed);
    std::io::stdout()
        .write_all(text.as_bytes())
        .map_err(|e| format!("cannot write: {e}"))
}

fn run(file: &str, style: Option<&str>) -> Result<(), String> {
    let style = match style {
        Some(s) => s.parse::<Style>().map_err(|e| e.to_string())?,
        None => Style::Label,
    };
    let mut text = String::new();
    if file == "-" {
        std::io::stdin().read_to_string(&mut text)
    } else {
        std::fs::File::open(file).and_then(|mut f| f.read_to_string(&mut text))
    }
    .map_err(|e| format!("{file}: {e}"))?;
    let policy = Policy::default();
    // Repeat short passes until 0.3 s of CPU have passed, for a reading
    // finer than the 10 ms clock tick; report the mean of a pass.
    let (cpu0, wall0) = (cpu_seconds(), Instant::now());
    let mut reps = 0u32;
    let (found, out_len) = loop {
        let findings = scan(&text, &policy);
        let out = redact(&text, &findings, style);
        reps += 1;
        let spent = cpu_seconds().map_or(0.0, |c| c - cpu0.unwrap_or(0.0));
        if reps >= 100 || spent >= 0.3 || cpu0.is_none() {
            break (findings.len(), out.len());
        }
    };
    let wall = wall0.elapsed().as_secs_f64() / f64::from(reps);
    let cpu = match (cpu0, cpu_seconds()) {
        (Some(a), Some(b)) => (b - a) / f64::from(reps),
        _ => wall,
    };
    println!("{} {found} {out_len} {cpu:.6} {wall:.6} {reps}", text.len());
    Ok(())
}

/// The CPU time (user + system) of this process so far, from
/// `/proc/self/stat` (Linux; clock ticks of 1/100 s), or `None`.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which ends with the last ')'.
    let rest = stat.get(stat.rfind(')')? + 2..)?;
    let fields: Vec<&str> = rest.split(' ').collect();
    // utime and stime are fields 14 and 15 of the line, 12 and 13 here.
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

fn seeds(dir: &str, size: &str) -> Result<(), String> {
    let size = parse_size(size)?;
    std::fs::create_dir_all(dir).map_err(|e| format!("{dir}: {e}"))?;
    for f in families::FAMILIES {
        let path = format!("{dir}/{}.txt", f.name);
        std::fs::write(&path, families::generate(f, size, 7))
            .map_err(|e| format!("{path}: {e}"))?;
    }
    Ok(())
}

/// Generates `name` at each size and runs [`core`] on each text, printing
/// one line per size: bytes and findings. Under `valgrind --tool=callgrind
/// --toggle-collect='*core_pass*' --dump-after='*core_pass*'`, each call
/// of [`core_pass`] is its own dump with only the core's instructions: the
/// generation is not counted, and one process measures every size.
fn measure(name: &str, sizes: &[&str]) -> Result<(), String> {
    let f = family(name)?;
    for size in sizes {
        let text = families::generate(f, parse_size(size)?, 1);
        let found = core_pass(&text);
        println!("{} {found}", text.len());
    }
    Ok(())
}

/// One `scan` + `redact` in the label style; returns the number of
/// findings. Never inlined, so that callgrind can find it by name.
#[inline(never)]
fn core_pass(text: &str) -> usize {
    let findings = scan(text, &Policy::default());
    let out = redact(text, &findings, Style::Label);
    std::hint::black_box(out);
    findings.len()
}
