//! Writes the starting inputs of every fuzz target into `DIR/TARGET/`:
//! the text of every case in `tests/data/*.toml`, of every item of the
//! labelled corpus, and a short sample of every adversarial family of
//! `examples/complexity`, each in the input format of the target.
//!
//! `cargo run --release --bin seeds -- DIR` (run by `scripts/fuzz.sh`).

#![allow(clippy::print_stderr)]

#[path = "../../../examples/complexity/families.rs"]
#[allow(dead_code)]
mod families;

use std::path::Path;

/// The repository's root (the parent of `fuzz/`).
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// Longest seed kept: AFL++ works best on small inputs.
const MAX: usize = 4096;

/// The texts to start from.
fn texts() -> Vec<String> {
    let mut out = Vec::new();
    let data = Path::new(ROOT).join("tests/data");
    let mut files: Vec<_> = std::fs::read_dir(&data)
        .expect("tests/data")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    for path in files {
        let source = std::fs::read_to_string(&path).expect("a case file");
        let doc: toml::Value = source.parse().expect("valid TOML");
        for case in doc
            .get("case")
            .and_then(toml::Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(t) = case.get("text").and_then(toml::Value::as_str) {
                out.push(t.to_string());
            }
        }
    }
    let corpus = std::fs::read_to_string(data.join("corpus/public.jsonl"))
        .expect("corpus");
    for line in corpus.lines() {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
            if let Some(t) = v["text"].as_str() {
                out.push(t.to_string());
            }
        }
    }
    for f in families::FAMILIES {
        out.push(families::generate(f, 1536, 3));
    }
    for t in &mut out {
        if t.len() > MAX {
            let mut cut = MAX;
            while !t.is_char_boundary(cut) {
                cut -= 1;
            }
            t.truncate(cut);
        }
    }
    out
}

/// The argument lists the `cli` seeds cycle through (see `targets/cli.rs`).
const CLI_ARGS: &[&[u8]] = &[
    b"",
    b"@",
    b"-",
    b"--json\x01@",
    b"--check\x01@",
    b"--style\x01mask\x01@",
    b"--style=numbered\x01-",
    b"--style\x01last4\x01@\x01@",
    b"--only\x01card,ssn\x01@",
    b"--only\x01cvv,expiry\x01--json\x01-",
    b"@closed\x01@",
    b"@closed\x01--json\x01@",
    b"@badname",
    b"@missing\x01@",
    b"@dir\x01@",
    b"--\x01-\x01@",
    b"-V",
    b"--help\x01@closed",
    b"--only\x01",
    b"--style\x01bogus",
    b"--json\x01--check\x01@badname\x01@",
];

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: seeds DIR");
        std::process::exit(2);
    };
    let dir = Path::new(&dir);
    let texts = texts();
    for target in ["scan_redact", "idempotent", "layout", "cli"] {
        std::fs::create_dir_all(dir.join(target)).expect("seed directory");
    }
    for (i, t) in texts.iter().enumerate() {
        let name = format!("{i:04}");
        // Style in bits 0-1; every eighth seed with one kind off.
        let mut byte = (i % 4) as u8;
        if i % 8 == 7 {
            byte |= 4 << ((i / 8) % 4);
        }
        let mut policy_input = vec![byte];
        policy_input.extend_from_slice(t.as_bytes());
        std::fs::write(dir.join("scan_redact").join(&name), &policy_input)
            .expect("write");
        std::fs::write(dir.join("idempotent").join(&name), &policy_input)
            .expect("write");
        std::fs::write(dir.join("layout").join(&name), t.as_bytes())
            .expect("write");
        // The CLI is slow to run (a process each time): a fifth of the texts.
        if i % 5 == 0 {
            let mut cli = CLI_ARGS[(i / 5) % CLI_ARGS.len()].to_vec();
            cli.push(0);
            cli.extend_from_slice(t.as_bytes());
            std::fs::write(dir.join("cli").join(&name), &cli).expect("write");
        }
    }
    // Layout seeds built from fragments (see hush_fuzz::layout_text).
    let built: &[&[u8]] = &[
        b"\x01what's the card number?\x02four one one one\x03uh huh\x04one one one one",
        b"\x06\x0e\x08\x0fit's 4111 1111\x10\x0b\x08\x0f1111 1111\x10",
        b"\x05From to :\x17",
        b"\x13\x14\x15\x16\x17\x16\x1b",
        b"\x1a\x1c\x11\x18 | 123456789\n",
        b"\x0c\x0c\x0c\x0c\x0c4111 1111\x0c1111 1111",
    ];
    for (i, b) in built.iter().enumerate() {
        std::fs::write(dir.join("layout").join(format!("built-{i}")), b)
            .expect("write");
    }
    eprintln!("seeds: {} texts into {}", texts.len(), dir.display());
}
