//! Speed of `scan` + `redact` on realistic text and on inputs built to be
//! worst cases, at two sizes each so that linear time shows as equal MB/s.
//!
//! `cargo bench --bench scan`

#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{
    BenchmarkId, Criterion, Throughput, criterion_group, criterion_main,
};
use hush::{Policy, redact, scan};

const CORPUS: &str = include_str!("../tests/data/corpus/public.jsonl");

/// The texts of the public corpus, back to back, repeated to `size` bytes.
fn realistic(size: usize) -> String {
    let texts: Vec<String> = CORPUS
        .lines()
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).ok()?;
            Some(v["text"].as_str()?.to_string())
        })
        .collect();
    let mut out = String::with_capacity(size + 4096);
    'outer: loop {
        for t in &texts {
            out.push_str(t);
            out.push_str("\n\n");
            if out.len() >= size {
                break 'outer;
            }
        }
    }
    out
}

fn repeat(piece: &str, size: usize) -> String {
    piece.repeat(size / piece.len() + 1)
}

/// Builds a text of about the given size in bytes.
type Maker = Box<dyn Fn(usize) -> String>;

fn bench(c: &mut Criterion) {
    let policy = Policy::default();
    let mut g = c.benchmark_group("scan+redact");
    g.sample_size(10);
    let cases: Vec<(&str, Maker)> = vec![
        ("notes-and-transcripts", Box::new(realistic)),
        ("digit-groups", Box::new(|n| repeat("4111 1111 1111 1111 1 ", n))),
        (
            "spoken-digits",
            Box::new(|n| repeat("four one oh double five, uh, ", n)),
        ),
        ("homophones", Box::new(|n| repeat("to for to ", n))),
        (
            "labels",
            Box::new(|n| repeat("cvv ssn exp last four of the social ", n)),
        ),
        (
            "turns",
            Box::new(|n| repeat("A: card number?\nC: four one one one\n", n)),
        ),
        ("unicode", Box::new(|n| repeat("Zoë 😊 ٤١١١ ‐ 　 ", n))),
    ];
    for (name, make) in &cases {
        for size in [20 * 1024, 1024 * 1024] {
            let text = make(size);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(
                BenchmarkId::new(*name, size),
                &text,
                |b, text| {
                    b.iter(|| {
                        let findings = scan(black_box(text), &policy);
                        black_box(redact(text, &findings, policy.style))
                    })
                },
            );
        }
    }
    g.finish();
}

/// The cost of a policy's custom patterns and allow rules: the same
/// realistic text with the built-in defaults and with `examples/hush.toml`
/// (two patterns, three allow rules), and the example's patterns alone
/// (every built-in kind off).
fn bench_policy(c: &mut Criterion) {
    let example = Policy::from_toml(include_str!("../examples/hush.toml"))
        .expect("the example policy is valid");
    let mut patterns_only = example.clone();
    patterns_only.kinds = hush::KindSet::EMPTY;
    patterns_only.allow.clear();
    let policies = [
        ("defaults", Policy::default()),
        ("example-policy", example),
        ("patterns-only", patterns_only),
    ];
    let mut g = c.benchmark_group("policy");
    g.sample_size(10);
    for size in [20 * 1024, 1024 * 1024] {
        let text = realistic(size);
        g.throughput(Throughput::Bytes(text.len() as u64));
        for (name, policy) in &policies {
            g.bench_with_input(
                BenchmarkId::new(*name, size),
                &text,
                |b, text| {
                    b.iter(|| {
                        let findings = scan(black_box(text), policy);
                        black_box(redact(text, &findings, policy.style))
                    })
                },
            );
        }
    }
    g.finish();
}

criterion_group!(benches, bench, bench_policy);
criterion_main!(benches);
