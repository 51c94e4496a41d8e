//! Sorts the crashes of a fuzz target into families, smallest input first,
//! to turn them into regression cases.
//!
//! ```text
//! cargo afl build --release && fuzz/target/release/triage TARGET FILE...
//! ```
//!
//! For `scan_redact` and `layout`, a family is the panic message and where
//! it was raised; for `idempotent`, it is what the second pass found (kind
//! and reason, digits left out). Prints each family with its count and its
//! smallest input (escaped).

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::collections::BTreeMap;
use std::panic;
use std::sync::Mutex;

use hush::{Finding, redact, scan};

static LAST_PANIC: Mutex<String> = Mutex::new(String::new());

/// The family of one input, or `None` when it passes.
fn family(target: &str, data: &[u8]) -> Option<String> {
    match target {
        "idempotent" => {
            let (policy, text) = hush_fuzz::split(data);
            let once = redact(&text, &scan(&text, &policy), policy.style);
            let again: Vec<Finding> = scan(&once, &policy);
            let twice = redact(&once, &again, policy.style);
            if twice == once {
                return None;
            }
            let mut what: Vec<String> = again
                .iter()
                .map(|f| {
                    let reason: String = f
                        .reason()
                        .chars()
                        .map(|c| if c.is_ascii_digit() { '#' } else { c })
                        .collect();
                    format!("{} ({reason})", f.kind().name())
                })
                .collect();
            what.sort();
            what.dedup();
            Some(format!(
                "style {}: second pass finds {}",
                policy.style.name(),
                what.join(", ")
            ))
        }
        "scan_redact" | "layout" => {
            let data = data.to_vec();
            let target = target.to_string();
            let result = panic::catch_unwind(move || {
                if target == "layout" {
                    let text = hush_fuzz::layout_text(&data);
                    let policy = hush::Policy::default();
                    let f = hush_fuzz::check_scan(&text, &policy);
                    for style in hush::Style::ALL {
                        hush_fuzz::check_redact(&text, &f, style);
                    }
                } else {
                    let (policy, text) = hush_fuzz::split(&data);
                    let f = hush_fuzz::check_scan(&text, &policy);
                    hush_fuzz::check_redact(&text, &f, policy.style);
                }
            });
            result.err().map(|_| {
                LAST_PANIC.lock().map(|s| s.clone()).unwrap_or_default()
            })
        }
        _ => None,
    }
}

fn escaped(data: &[u8]) -> String {
    let s = String::from_utf8_lossy(data);
    let e: String = s.escape_debug().collect();
    if e.chars().count() > 400 {
        format!(
            "{}... ({} bytes)",
            e.chars().take(400).collect::<String>(),
            data.len()
        )
    } else {
        e
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((target, files)) = args.split_first() else {
        eprintln!("usage: triage TARGET FILE...");
        std::process::exit(2);
    };
    panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        // Keep the message short: a slicing panic quotes the text.
        let msg: String = msg.chars().take(80).collect();
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = format!("panic at {at}: {msg}");
        }
    }));
    // Family -> (count, smallest input, its file).
    let mut families: BTreeMap<String, (usize, Vec<u8>, String)> =
        BTreeMap::new();
    let mut passed = 0;
    for path in files {
        let Ok(data) = std::fs::read(path) else { continue };
        match family(target, &data) {
            None => passed += 1,
            Some(f) => {
                let e = families.entry(f).or_insert((
                    0,
                    data.clone(),
                    path.clone(),
                ));
                e.0 += 1;
                if data.len() < e.1.len() {
                    e.1 = data;
                    e.2 = path.clone();
                }
            }
        }
    }
    let mut list: Vec<_> = families.into_iter().collect();
    list.sort_by_key(|e| std::cmp::Reverse(e.1.0));
    println!(
        "{} inputs, {passed} pass now, {} families",
        files.len(),
        list.len()
    );
    for (f, (n, smallest, file)) in list {
        println!("\n{n:5}  {f}\n       smallest: \"{}\"", escaped(&smallest));
        println!("       file:     {file}");
        if target == "idempotent" {
            let (policy, text) = hush_fuzz::split(&smallest);
            let once = redact(&text, &scan(&text, &policy), policy.style);
            let twice = redact(&once, &scan(&once, &policy), policy.style);
            println!("       once:     \"{}\"", escaped(once.as_bytes()));
            println!("       twice:    \"{}\"", escaped(twice.as_bytes()));
        }
    }
}
