//! Redacts a file as the `hush` CLI does and times the same span of work
//! that `scripts/compare-redactpii.mjs` times for @redactpii/node: from
//! reading the file to writing the result, with the runtime's own start-up
//! and exit left out on both sides (a process's start and the unmapping of
//! its memory at exit are `hush`'s, but they are not the redactor's, as
//! Node's start-up is not @redactpii/node's). `scripts/compare.sh` prints
//! this beside the time of the whole `hush` process.
//!
//! The work is the CLI's for one input under the streaming size, with its
//! allocator and its thread pool (`src/bin/hush/pool.rs`, included as is):
//! read the file, scan it in pieces on `JOBS` threads, redact with the
//! default label style, write the result. The output is byte for byte the
//! CLI's (`scripts/compare.sh` checks it).
//!
//! `cargo run --release --example throughput -- INPUT OUTPUT [JOBS]`
//! prints the seconds.

use std::io::Write;
use std::time::Instant;

use hush::{Policy, Scanner, redact};

#[path = "../src/bin/hush/pool.rs"]
#[allow(dead_code)]
mod pool;

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(input), Some(output)) = (args.next(), args.next()) else {
        let _ = writeln!(
            std::io::stderr(),
            "usage: throughput INPUT OUTPUT [JOBS]"
        );
        std::process::exit(2);
    };
    let jobs = args.next().and_then(|j| j.parse().ok()).unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, usize::from)
    });
    let policy = Policy::default();
    let start = Instant::now();
    let text = std::fs::read_to_string(&input).expect("a UTF-8 file");
    let mut scanner = Scanner::new(text, &policy);
    let threads = pool::Threads(jobs);
    while !scanner.step_in(threads.batch(), &threads) {}
    let (text, findings) = scanner.finish();
    let redacted = redact(&text, &findings, policy.style);
    std::fs::write(&output, redacted).expect("the output written");
    let seconds = start.elapsed().as_secs_f64();
    writeln!(std::io::stdout(), "{seconds}").expect("the time written");
}
