//! Counts the bytes an incremental scan (`hush::Rescan`) reads again per
//! keystroke: random single-character insertions and deletions in a long
//! text made of the public corpus's documents, for a few piece lengths,
//! and the time of the incremental and of the whole scan natively (an
//! operation count first; the times are this machine's); every result is
//! checked against `scan` of the edited text.
//!
//! `cargo run --release --example rescan -- [MEGABYTES] [KEYSTROKES]`

use std::time::{Duration, Instant};

use hush::{Policy, Rescan, SMALL_PIECE, scan};

const PUBLIC: &str = include_str!("../tests/data/corpus/public.jsonl");

fn main() {
    let mut args = std::env::args().skip(1);
    let mb: f64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1.0);
    let keys: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20);
    let docs: Vec<String> = PUBLIC
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("line");
            v["text"].as_str().expect("text").to_owned()
        })
        .collect();
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let mut text = String::new();
    while (text.len() as f64) < mb * 1_000_000.0 {
        text.push_str(&docs[next(docs.len())]);
        text.push_str(["\n\n", "\n"][next(2)]);
    }
    let policy = Policy::default();
    for piece in [SMALL_PIECE / 2, SMALL_PIECE, SMALL_PIECE * 2] {
        let mut rescan = Rescan::with_piece(piece);
        let mut edited = text.clone();
        rescan.scan(&edited, &policy);
        let first = rescan.rescanned();
        let pieces = rescan.pieces().len();
        let mut read = Vec::new();
        let (mut fast, mut slow) = (Duration::ZERO, Duration::ZERO);
        for k in 0..keys {
            let mut at = next(edited.len());
            while !edited.is_char_boundary(at) {
                at += 1;
            }
            if k % 3 == 2 && at < edited.len() {
                edited.remove(at);
            } else {
                edited.insert(at, 'a');
            }
            let t = Instant::now();
            let found = rescan.scan(&edited, &policy);
            fast += t.elapsed();
            let t = Instant::now();
            let whole = scan(&edited, &policy);
            slow += t.elapsed();
            assert!(found == whole, "differs from scan");
            read.push(rescan.rescanned());
        }
        read.sort_unstable();
        let mean = read.iter().sum::<usize>() / read.len().max(1);
        #[allow(clippy::print_stdout)]
        {
            println!(
                "{:.1} MB, pieces of {} KB ({pieces} pieces): first scan reads {:.2} MB ({:.2}x); per keystroke median {} KB, mean {} KB, max {} KB ({keys} keystrokes); mean time {:.1} ms, whole scan {:.1} ms",
                text.len() as f64 / 1e6,
                piece / 1024,
                first as f64 / 1e6,
                first as f64 / text.len() as f64,
                read[read.len() / 2] / 1024,
                mean / 1024,
                read[read.len() - 1] / 1024,
                fast.as_secs_f64() * 1e3 / keys.max(1) as f64,
                slow.as_secs_f64() * 1e3 / keys.max(1) as f64,
            );
        }
    }
}
